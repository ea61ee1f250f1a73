/* pw-file-watch.h: notices when another program changes a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PW_TYPE_FILE_WATCH (pw_file_watch_get_type ())

G_DECLARE_FINAL_TYPE (PwFileWatch, pw_file_watch, PW, FILE_WATCH, GObject)

PwFileWatch *pw_file_watch_new         (GFile       *file);
GFile       *pw_file_watch_get_file    (PwFileWatch *self);
gboolean     pw_file_watch_get_changed (PwFileWatch *self);
gboolean     pw_file_watch_get_deleted (PwFileWatch *self);
void         pw_file_watch_reset       (PwFileWatch *self);

G_END_DECLS
