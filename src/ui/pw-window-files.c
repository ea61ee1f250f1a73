/* pw-window-files.c: what a window reads and writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file choosers (open, import, save as, the documents merged or compared
 * with the plan), saving and what follows it (closing, editing a copy), the
 * question asked before closing with unsaved changes, and the folders and
 * recent files remembered.
 */

#define G_LOG_DOMAIN "pw-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pw-window-private.h"

#include "pw-changes-view.h"
#include "pw-comments.h"
#include "pw-compare.h"
#include "pw-open.h"
#include "pw-plan-file.h"


/* Auxiliary methods */

gboolean
pw_window_file_is_writable (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  /* a file that cannot be asked is treated as writable; saving will tell */
  return info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE) ||
         g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
}

void
pw_window_remember_folder (PwWindow *self,
                           GFile    *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = parent ? g_file_get_path (parent) : NULL;

  if (self->settings != NULL && path != NULL)
    g_settings_set_string (self->settings, "last-folder", path);
}

void
pw_window_add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) MIME_TYPE,
    .app_name = (char *) (g_get_application_name () ? g_get_application_name () : "plan-workbench"),
    .app_exec = (char *) "plan-workbench %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static gboolean
save_to (PwWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;

  if (!pw_plan_save (self->plan, file, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *primary = g_strdup_printf (_("Could not save “%s”"), name);

      pw_window_show_error (self, primary, error->message);
      return FALSE;
    }

  g_set_object (&self->file, file);
  self->not_writable = FALSE;
  pw_history_set_unmodified (pw_plan_get_history (self->plan));
  pw_window_track_files (self);
  pw_window_remember_folder (self, file);
  pw_window_add_recent (file);
  pw_window_update_title (self);
  pw_window_update_banner (self);
  pw_window_update_actions (self);
  return TRUE;
}

static void
after_save (PwWindow *self,
            gboolean  saved)
{
  AfterSave then = self->after_save;

  self->after_save = AFTER_SAVE_NOTHING;
  if (saved && then == AFTER_SAVE_EDIT)
    pw_window_set_read_only (self, FALSE);
  if (saved && then == AFTER_SAVE_CLOSE)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
overwrite_response (PwWindow  *self,
                    int        response,
                    GtkDialog *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL && self->file != NULL)
    after_save (self, save_to (self, self->file));
  else
    self->after_save = AFTER_SAVE_NOTHING;
}

/* Another program changed the file since it was read or written: saving
 * would replace its version, so the user chooses. */
static void
ask_before_overwriting (PwWindow *self)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *backup = g_strconcat (name, "~", NULL);
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                   _("“%s” was changed by another program. Save over it?"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("Saving replaces the other program’s version with yours; "
                                              "that version is kept as the backup “%s”."), backup);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Save Anyway"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT),
                            "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (overwrite_response), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
pw_window_save_or_ask (PwWindow *self)
{
  if (self->file != NULL && !self->not_writable)
    {
      if (pw_window_file_changed_on_disk (self))
        ask_before_overwriting (self);
      else
        after_save (self, save_to (self, self->file));
    }
  else
    pw_window_save_as (self);
}

static void
set_chooser_folder (PwWindow       *self,
                    GtkFileChooser *chooser)
{
  g_autofree char *folder = self->settings ? g_settings_get_string (self->settings, "last-folder") : NULL;

  if (folder != NULL && *folder != '\0')
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (chooser, dir, NULL);
    }
}

static void
add_filters (GtkFileChooser *chooser,
             gboolean        plans,
             gboolean        text)
{
  if (plans)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, C_("file filter", "Plans"));
      gtk_file_filter_add_pattern (filter, "*.plan");
      gtk_file_filter_add_mime_type (filter, MIME_TYPE);
      gtk_file_chooser_add_filter (chooser, filter);
    }

  if (text)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      /* what pw_open_document() imports: text, Markdown, web pages, Word */
      static const char * const patterns[] = {
        "*.txt", "*.md", "*.html", "*.htm", "*.docx", "*.odt",
      };
      static const char * const mime_types[] = {
        "text/plain", "text/markdown", "text/html",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
      };

      gtk_file_filter_set_name (filter, _("Plan documents (text, Markdown, web pages, Word)"));
      for (guint i = 0; i < G_N_ELEMENTS (mime_types); i++)
        gtk_file_filter_add_mime_type (filter, mime_types[i]);
      for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
        gtk_file_filter_add_pattern (filter, patterns[i]);
      gtk_file_chooser_add_filter (chooser, filter);
    }
}

void
pw_window_open_in_window (PwWindow *self,
                          GFile    *file)
{
  GApplication *app;

  /* An empty window takes the plan; otherwise the application finds the
   * window that shows it, or makes one. */
  if (self->plan == NULL)
    {
      pw_window_load_file (self, file);
      return;
    }

  app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  if (app != NULL)
    g_application_open (app, &file, 1, "");
}

/* The file the window's chooser answered with, or %NULL when it was
 * cancelled; the chooser is let go of either way. */
static GFile *
chosen_file (PwWindow *self,
             int       response)
{
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  return file;
}

static void
open_response (PwWindow             *self,
               int                   response,
               GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = chosen_file (self, response);

  if (file == NULL)
    return;
  switch (self->choose_for)
    {
    case CHOOSE_MERGE:
      pw_window_merge_comments (self, file);
      break;
    case CHOOSE_COMPARE:
      pw_window_compare_with (self, file);
      break;
    default:
      pw_window_open_in_window (self, file);
    }
}

/* @chosen with ".plan" added when its name does not end in it (in any
 * case), as office programs add their own extension: a plan saved as
 * "noext" would not open as a plan from a file manager. */
static GFile *
with_plan_extension (GFile *chosen)
{
  g_autofree char *name = g_file_get_basename (chosen);
  g_autoptr(GFile) parent = g_file_get_parent (chosen);
  g_autofree char *named = NULL;
  size_t length = name != NULL ? strlen (name) : 0;

  if (parent == NULL || (length >= 5 && g_ascii_strcasecmp (name + length - 5, ".plan") == 0))
    return g_object_ref (chosen);
  named = g_strconcat (name, ".plan", NULL);
  return g_file_get_child (parent, named);
}

static void show_save_chooser (PwWindow *self,
                               GFile    *file);

static void
save_as_response (PwWindow             *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) chosen = chosen_file (self, response);
  g_autoptr(GFile) file = NULL;

  if (chosen == NULL)
    {
      self->after_save = AFTER_SAVE_NOTHING;
      return;
    }

  /* The chooser asked before replacing the name typed, not this one: it
   * comes back on this name, and asks when Save is pressed again. */
  file = with_plan_extension (chosen);
  if (!g_file_equal (file, chosen) && g_file_query_exists (file, NULL))
    {
      show_save_chooser (self, file);
      return;
    }

  after_save (self, save_to (self, file));
}

void
pw_window_choose_file (PwWindow   *self,
                       const char *title,
                       gboolean    text_first)
{
  if (self->chooser != NULL)
    return;

  self->choose_for = CHOOSE_OPEN;
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (self->chooser), !text_first, TRUE);
  if (text_first)
    add_filters (GTK_FILE_CHOOSER (self->chooser), TRUE, FALSE);
  set_chooser_folder (self, GTK_FILE_CHOOSER (self->chooser));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (open_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The chooser of Save As, on @file, or in the last folder on a name made
 * of the plan's title when %NULL. */
static void
show_save_chooser (PwWindow *self,
                   GFile    *file)
{
  g_autofree char *name = NULL;

  self->chooser = gtk_file_chooser_native_new (_("Save Plan"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (self->chooser), TRUE, FALSE);

  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), file, NULL);
  else
    {
      const char *title = pw_plan_get_title (self->plan);

      set_chooser_folder (self, GTK_FILE_CHOOSER (self->chooser));
      name = g_strconcat (title != NULL && *title != '\0' ? title : _("Untitled"), ".plan", NULL);
      g_strdelimit (name, "/\\", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_as_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
pw_window_save_as (PwWindow *self)
{
  if (self->chooser == NULL && self->plan != NULL)
    show_save_chooser (self, self->file);
}

static void
close_response (PwWindow  *self,
                int        response,
                GtkDialog *dialog)
{
  /* The window may be gone before the dialog is finalized: let go of it. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  switch (response)
    {
    case GTK_RESPONSE_ACCEPT:
      self->after_save = AFTER_SAVE_CLOSE;
      pw_window_save_or_ask (self);
      break;
    case GTK_RESPONSE_REJECT:
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;
    default:
      break;
    }
}

void
pw_window_ask_before_closing (PwWindow *self)
{
  const char *title = pw_plan_get_title (self->plan);
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save changes to “%s” before closing?"),
                                   title != NULL && *title != '\0' ? title : _("Untitled Plan"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("If you don’t save, your changes will be lost."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Discard"), GTK_RESPONSE_REJECT,
                          _("_Save"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT),
                            "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Public API */

/**
 * pw_window_merge_comments:
 * @self: a window
 * @file: another version of the plan, e.g. a reviewer's copy
 *
 * Brings the comments of @file into the plan (pw_plan_merge_comments()) and
 * says how many came in.
 *
 * Returns: whether @file could be read
 */
gboolean
pw_window_merge_comments (PwWindow *self,
                          GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) other = NULL;
  g_autofree char *name = NULL;
  g_autofree char *secondary = NULL;
  GtkWidget *dialog;
  guint n_orphaned = 0;
  guint n;

  g_return_val_if_fail (PW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->plan != NULL, FALSE);

  name = g_file_get_parse_name (file);
  other = pw_open_document (file, NULL, &error);
  if (other == NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);

      pw_window_show_error (self, primary, error->message);
      return FALSE;
    }

  n = pw_plan_merge_comments (self->plan, other, &n_orphaned);
  secondary = n_orphaned > 0
                  ? g_strdup_printf (_("%'u comments added or updated; %'u of them were on parts of the plan that are gone, and are now on the whole plan with a note."), n, n_orphaned)
                  : g_strdup_printf (_("%'u comments added or updated."), n);
  gtk_toggle_button_set_active (self->comments_button, TRUE);
  pw_comments_pane_set_state_filter (self->comments_pane, 2);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_INFO, GTK_BUTTONS_CLOSE, _("Comments merged from “%s”"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
changes_view_destroyed (PwWindow *self)
{
  pw_indicator_grid_set_changes (self->grid, NULL);
}

/**
 * pw_window_compare_with:
 * @self: a window
 * @file: an earlier version of the plan
 *
 * Shows what changed from @file to the plan of the window, in a window of
 * its own whose entries show their objects here.
 *
 * Returns: (transfer none) (nullable): the changes view, or %NULL when
 *   @file could not be read
 */
GtkWindow *
pw_window_compare_with (PwWindow *self,
                        GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) other = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *name = NULL;
  PwChangesView *view;

  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->plan != NULL, NULL);

  name = g_file_get_parse_name (file);
  other = pw_open_document (file, NULL, &error);
  if (other == NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);

      pw_window_show_error (self, primary, error->message);
      return NULL;
    }

  changes = pw_plan_compare (other, self->plan);
  view = pw_changes_view_new (self, changes, pw_plan_count_comment_changes (other, self->plan), name);
  /* the grid tints what changed while the changes are shown */
  pw_indicator_grid_set_changes (self->grid, changes);
  g_signal_connect_object (view, "destroy", G_CALLBACK (changes_view_destroyed), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (view));
  return GTK_WINDOW (view);
}
