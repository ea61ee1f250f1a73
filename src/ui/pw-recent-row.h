/* pw-recent-row.h: a row of the start page's list of recent plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PW_TYPE_RECENT_ROW (pw_recent_row_get_type ())

G_DECLARE_FINAL_TYPE (PwRecentRow, pw_recent_row, PW, RECENT_ROW, GtkListBoxRow)

GtkWidget  *pw_recent_row_new     (const char  *uri,
                                   const char  *name);
const char *pw_recent_row_get_uri (PwRecentRow *self);

G_END_DECLS
