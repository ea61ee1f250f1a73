/* pw-count-row.h: a row of the overview's lists of counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PW_TYPE_COUNT_ROW (pw_count_row_get_type ())

G_DECLARE_FINAL_TYPE (PwCountRow, pw_count_row, PW, COUNT_ROW, GtkListBoxRow)

GtkWidget *pw_count_row_new       (const char *label,
                                   const char *marker_class,
                                   gboolean    total);
void       pw_count_row_set_count (PwCountRow *self,
                                   guint       count);

G_END_DECLS
