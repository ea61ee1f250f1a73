/* pw-dialogs.c: the small dialogs the window and its dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An error told in a message dialog, and the file chooser of an export: the
 * export's own dialog (a chart, a spreadsheet) makes its choices, hides,
 * and asks where to write; cancelled, it comes back with its choices.
 */

#define G_LOG_DOMAIN "pw-dialogs"

#include "config.h"

#include "pw-dialogs.h"

#include <glib/gi18n.h>

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

/**
 * pw_export_chooser_show:
 * @dialog: the export's dialog, transient for the window the export is for
 * @chooser: (out): where @dialog keeps its chooser while it is up
 * @response: the handler of the chooser's response, called on @dialog
 *   (swapped), which calls pw_export_chooser_finish()
 * @title: the chooser's title
 * @action: saving a file, or choosing a folder
 * @folder: (nullable): where to start
 * @filter_name: (nullable): the name of the one filter, e.g. PDF documents
 * @pattern: (nullable): its pattern
 * @mime_type: (nullable): its type
 * @name: (nullable): the file name suggested
 *
 * Hides @dialog and shows a modal chooser with its Export button, unless
 * one is up already.
 */
void
pw_export_chooser_show (GtkWindow             *dialog,
                        GtkFileChooserNative **chooser,
                        GCallback              response,
                        const char            *title,
                        GtkFileChooserAction   action,
                        GFile                 *folder,
                        const char            *filter_name,
                        const char            *pattern,
                        const char            *mime_type,
                        const char            *name)
{
  if (*chooser != NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);
  *chooser = gtk_file_chooser_native_new (title, gtk_window_get_transient_for (dialog), action,
                                          _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (*chooser), TRUE);
  if (filter_name != NULL)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, filter_name);
      if (pattern != NULL)
        gtk_file_filter_add_pattern (filter, pattern);
      if (mime_type != NULL)
        gtk_file_filter_add_mime_type (filter, mime_type);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (*chooser), filter);
    }
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (*chooser), folder, NULL);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (*chooser), name);
  g_signal_connect_object (*chooser, "response", response, dialog, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (*chooser));
}

/**
 * pw_export_chooser_finish:
 * @dialog: the export's dialog, hidden while the chooser was up
 * @chooser: (inout): its chooser, answered; cleared
 * @response: the chooser's response
 *
 * Returns: (transfer full) (nullable): the file chosen; %NULL when the
 *   chooser was cancelled, and @dialog is shown again with its choices
 */
GFile *
pw_export_chooser_finish (GtkWindow             *dialog,
                          GtkFileChooserNative **chooser,
                          int                    response)
{
  GFile *file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (*chooser)) : NULL;

  g_clear_object (chooser);
  if (file == NULL)
    gtk_window_present (dialog);
  return file;
}

/**
 * pw_export_chooser_destroy:
 * @chooser: (inout): a dialog's chooser, or %NULL; cleared
 *
 * For the dispose of the export's dialog.
 */
void
pw_export_chooser_destroy (GtkFileChooserNative **chooser)
{
  if (*chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (*chooser));
  g_clear_object (chooser);
}
