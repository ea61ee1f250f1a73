/* pw-outline-chooser.h: a dialog that chooses a place in the outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwOutlineChoice:
 * @PW_OUTLINE_CHOOSE_HOLDER: a part, chapter or section (what holds paragraphs)
 * @PW_OUTLINE_CHOOSE_BOX: a 专栏 (what holds projects)
 */
typedef enum
{
  PW_OUTLINE_CHOOSE_HOLDER,
  PW_OUTLINE_CHOOSE_BOX,
} PwOutlineChoice;

#define PW_TYPE_OUTLINE_CHOOSER (pw_outline_chooser_get_type ())

G_DECLARE_FINAL_TYPE (PwOutlineChooser, pw_outline_chooser, PW, OUTLINE_CHOOSER, GtkDialog)

PwOutlineChooser *pw_outline_chooser_new      (GtkWindow       *parent,
                                               PwPlan          *plan,
                                               PwOutlineChoice  choice,
                                               GObject         *current,
                                               const char      *title,
                                               const char      *button);
GtkListBox       *pw_outline_chooser_get_list (PwOutlineChooser *self);
GObject          *pw_outline_chooser_get_row_object (PwOutlineChooser *self,
                                                     GtkListBoxRow    *row);

G_END_DECLS
