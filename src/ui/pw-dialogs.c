/* pw-dialogs.c: the small dialogs the window and its dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An error told in a message dialog.
 */

#define G_LOG_DOMAIN "pw-dialogs"

#include "config.h"

#include "pw-dialogs.h"


/* Public API */

/**
 * pw_show_error:
 * @parent: the window the error is about
 * @primary: what failed, e.g. Could not save “FILE”
 * @secondary: why
 *
 * Shows an error in a modal message dialog, which closes itself.
 */
void
pw_show_error (GtkWindow  *parent,
               const char *primary,
               const char *secondary)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
