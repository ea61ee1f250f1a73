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
 * pw_export_chooser_new:
 * @parent: the window the export is for
 * @title: the chooser's title
 * @action: saving a file, or choosing a folder
 * @folder: (nullable): where to start
 * @filter_name: (nullable): the name of the one filter, e.g. PDF documents
 * @pattern: (nullable): its pattern
 * @mime_type: (nullable): its type
 * @name: (nullable): the file name suggested
 *
 * Returns: (transfer full): a modal chooser, with its Export button; the
 *   caller connects its response and shows it
 */
GtkFileChooserNative *
pw_export_chooser_new (GtkWindow            *parent,
                       const char           *title,
                       GtkFileChooserAction  action,
                       GFile                *folder,
                       const char           *filter_name,
                       const char           *pattern,
                       const char           *mime_type,
                       const char           *name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, parent, action, _("_Export"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (filter_name != NULL)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, filter_name);
      if (pattern != NULL)
        gtk_file_filter_add_pattern (filter, pattern);
      if (mime_type != NULL)
        gtk_file_filter_add_mime_type (filter, mime_type);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  return chooser;
}

/**
 * pw_export_chooser_finish:
 * @chooser: a chooser of pw_export_chooser_new(), answered
 * @response: its response
 * @dialog: the export's dialog, hidden while the chooser was up
 *
 * Returns: (transfer full) (nullable): the file chosen; %NULL when the
 *   chooser was cancelled, and @dialog is shown again with its choices
 */
GFile *
pw_export_chooser_finish (GtkFileChooserNative *chooser,
                          int                   response,
                          GtkWindow            *dialog)
{
  GFile *file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  if (file == NULL)
    gtk_window_present (dialog);
  return file;
}
