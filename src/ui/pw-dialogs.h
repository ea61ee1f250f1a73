/* pw-dialogs.h: the small dialogs the window and its dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void                  pw_show_error            (GtkWindow            *parent,
                                                const char           *primary,
                                                const char           *secondary);
void                  pw_export_chooser_show    (GtkWindow             *dialog,
                                                 GtkFileChooserNative **chooser,
                                                 GCallback              response,
                                                 const char            *title,
                                                 GtkFileChooserAction   action,
                                                 GFile                 *folder,
                                                 const char            *filter_name,
                                                 const char            *pattern,
                                                 const char            *mime_type,
                                                 const char            *name);
GFile                *pw_export_chooser_finish  (GtkWindow             *dialog,
                                                 GtkFileChooserNative **chooser,
                                                 int                    response);
void                  pw_export_chooser_destroy (GtkFileChooserNative **chooser);

G_END_DECLS
