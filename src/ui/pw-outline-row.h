/* pw-outline-row.h: a row of the outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-outline.h"

G_BEGIN_DECLS

#define PW_TYPE_OUTLINE_ROW (pw_outline_row_get_type ())

G_DECLARE_FINAL_TYPE (PwOutlineRow, pw_outline_row, PW, OUTLINE_ROW, GtkWidget)

PwOutlineRow *pw_outline_row_new           (PwOutline    *outline,
                                            GtkListItem  *list_item);
PwOutline    *pw_outline_row_get_outline   (PwOutlineRow *self);
GtkListItem  *pw_outline_row_get_list_item (PwOutlineRow *self);
GtkWidget    *pw_outline_row_get_expander  (PwOutlineRow *self);
GtkEntry     *pw_outline_row_get_entry     (PwOutlineRow *self);
GObject      *pw_outline_row_get_item      (PwOutlineRow *self);
void          pw_outline_row_set_item      (PwOutlineRow *self,
                                            GObject      *item);
void          pw_outline_row_show          (PwOutlineRow *self,
                                            const char   *icon_name,
                                            const char   *text,
                                            PwPlan       *plan,
                                            const char   *id);
void          pw_outline_row_begin_rename  (PwOutlineRow *self,
                                            const char   *title);
char         *pw_outline_row_end_rename    (PwOutlineRow *self);

G_END_DECLS
