/* pw-change-row.h: a row of the list of changes since an earlier version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-change.h"

G_BEGIN_DECLS

#define PW_TYPE_CHANGE_ROW (pw_change_row_get_type ())

G_DECLARE_FINAL_TYPE (PwChangeRow, pw_change_row, PW, CHANGE_ROW, GtkBox)

GtkWidget *pw_change_row_new  (void);
void       pw_change_row_show (PwChangeRow *self,
                               PwChange    *change);

G_END_DECLS
