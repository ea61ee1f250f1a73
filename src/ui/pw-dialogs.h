/* pw-dialogs.h: the small dialogs the window and its dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pw_show_error (GtkWindow  *parent,
                    const char *primary,
                    const char *secondary);

G_END_DECLS
