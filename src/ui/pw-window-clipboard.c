/* pw-window-clipboard.c: Import from Clipboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads what the clipboard holds — a web page or a Word or WPS document
 * copied as text/html, or plain text — without blocking the window, and
 * imports it through the same readers and the same structure finder as a
 * file (pw_import_clipboard()).
 */

#define G_LOG_DOMAIN "pw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-window-private.h"

#include "pw-open.h"

typedef struct
{
  PwWindow *window; /* owned */
  char *mime_type;
} ClipboardRead;

/* Auxiliary methods */

static void
clipboard_read_free (ClipboardRead *read)
{
  g_object_unref (read->window);
  g_free (read->mime_type);
  g_free (read);
}

static void
show_failure (PwWindow     *self,
              const GError *error)
{
  pw_window_show_error (self, _("Could not import the clipboard"), error->message);
}

/* Shows @plan in @self, or in a new window when @self shows a plan. */
static void
show_imported (PwWindow   *self,
               PwPlan     *plan,
               PwFindings *findings)
{
  PwWindow *target = self;

  if (self->plan != NULL)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

      target = pw_window_new (app != NULL ? PW_APPLICATION (app) : NULL);
      gtk_window_present (GTK_WINDOW (target));
    }

  g_clear_object (&target->file);
  g_clear_object (&target->source);
  target->not_writable = FALSE;
  pw_window_set_plan (target, plan, findings);
  pw_window_show_import_banner (target);
}

/* Callbacks */

static void
spliced_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(PwFindings) findings = NULL;
  g_autoptr(PwPlan) plan = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    {
      show_failure (read->window, error);
      clipboard_read_free (read);
      return;
    }

  contents = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  findings = pw_findings_new (_("Clipboard"));
  plan = pw_import_clipboard (contents, read->mime_type, findings, &error);
  if (plan == NULL)
    show_failure (read->window, error);
  else
    show_imported (read->window, plan, findings);
  clipboard_read_free (read);
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) output = NULL;
  const char *mime_type = NULL;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, &mime_type, &error);
  if (stream == NULL)
    {
      g_autoptr(GError) empty = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                                     _("The clipboard holds no text: copy the "
                                                       "plan in Word, WPS or the browser first."));

      show_failure (read->window, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED)
                                    ? empty
                                    : error);
      clipboard_read_free (read);
      return;
    }

  read->mime_type = g_strdup (mime_type);
  output = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (output, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                  G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, spliced_cb, read);
}

/* Public API */

/**
 * pw_window_import_clipboard:
 * @self: a window
 *
 * Imports what the clipboard holds into @self, or into a new window when
 * @self already shows a plan: a web page when the clipboard offers
 * text/html, else its text; a failure is shown in a dialog. Returns at
 * once: the clipboard is read asynchronously.
 */
void
pw_window_import_clipboard (PwWindow *self)
{
  /* Only a type the clipboard offers is asked for: a program that is asked
   * for another may answer with what it holds anyway (xclip gives its plain
   * text for text/html), which was then read as a page. */
  static const char *html_types[] = { "text/html", NULL };
  static const char *text_types[] = { "text/plain;charset=utf-8", "text/plain", NULL };
  GdkClipboard *clipboard;
  ClipboardRead *read;

  g_return_if_fail (PW_IS_WINDOW (self));

  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  read = g_new0 (ClipboardRead, 1);
  read->window = g_object_ref (self);
  gdk_clipboard_read_async (clipboard,
                            gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html")
                              ? html_types
                              : text_types,
                            G_PRIORITY_DEFAULT, NULL, clipboard_read_cb, read);
}
