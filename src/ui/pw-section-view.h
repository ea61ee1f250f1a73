/* pw-section-view.h: one section of a chapter: its heading and its prose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-section.h"
#include "pw-types.h"

G_BEGIN_DECLS

#define PW_TYPE_SECTION_VIEW (pw_section_view_get_type ())

G_DECLARE_FINAL_TYPE (PwSectionView, pw_section_view, PW, SECTION_VIEW, GtkWidget)

GtkWidget *pw_section_view_new               (void);
PwSection *pw_section_view_get_section       (PwSectionView  *self);
void       pw_section_view_set_section       (PwSectionView  *self,
                                              PwSection      *section);
void       pw_section_view_set_heading_style (PwSectionView  *self,
                                              PwHeadingStyle  style);
void       pw_section_view_set_editable      (PwSectionView  *self,
                                              gboolean        editable);
gboolean   pw_section_view_commit            (PwSectionView  *self);

G_END_DECLS
