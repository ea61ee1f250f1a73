/* pw-window-recovery.c: what keeps a window's work from being lost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The draft of the plan's unsaved changes, written now and then
 * (pw-autosave.c) and removed once they are saved or discarded; the banner
 * that offers a draft left by a crash, to recover or discard; and the banner
 * shown when another program changes the plan's file, to reload it or keep
 * the version shown. Saving over a file changed on the disk asks first
 * (pw-window-files.c).
 *
 * What is being typed in an editor still open (a cell of the grid or of a
 * project list, a field, prose) is in the draft too: the text the focus is
 * in schedules the draft as it changes, and the draft about to be written takes it into the plan first,
 * leaving the editor open.
 */

#define G_LOG_DOMAIN "pw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-window-private.h"

#include "pw-autosave.h"
#include "pw-compare.h"
#include "pw-draft.h"
#include "pw-file-watch.h"
#include "pw-indicator-grid.h"
#include "pw-project-list.h"
#include "pw-property-entry.h"
#include "pw-prose-view.h"


/* Auxiliary methods */

/* "14:05" for today, "2026-12-06 14:05" otherwise. */
static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (time == NULL)
    return g_strdup ("");
  if (g_date_time_get_year (now) == g_date_time_get_year (time) &&
      g_date_time_get_day_of_year (now) == g_date_time_get_day_of_year (time))
    return g_date_time_format (time, "%H:%M");
  return g_date_time_format (time, "%Y-%m-%d %H:%M");
}

/* What the banner says of @draft: when it was written and what it changes
 * in the plan shown (the file as it is on the disk). */
static char *
describe_draft (PwWindow *self,
                PwDraft  *draft)
{
  g_autofree char *when = format_time (pw_draft_get_time (draft));
  const char *title = pw_draft_get_title (draft);
  g_autoptr(PwPlan) drafted = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changes;

  if (title == NULL || *title == '\0')
    title = _("Untitled Plan");

  drafted = pw_draft_load (draft, &error);
  if (drafted == NULL)
    return g_strdup_printf (_("Unsaved changes to “%s” from %s were kept when Plan Workbench stopped, "
                              "but they cannot be read: %s"), title, when, error->message);

  if (self->plan == NULL)
    {
      guint n = g_list_model_get_n_items (pw_plan_get_indicators (drafted));
      g_autofree char *indicators = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u indicator",
                                                                  "%'u indicators", n), n);

      return g_strdup_printf (_("The plan “%s”, never saved, was kept from %s when Plan Workbench stopped (%s)."),
                              title, when, indicators);
    }

  changes = pw_plan_compare (self->plan, drafted);
  n_changes = g_list_model_get_n_items (changes);
  if (n_changes == 0)
    return g_strdup_printf (_("Unsaved changes to this plan from %s were kept when Plan Workbench stopped; "
                              "the file now holds the same."), when);
  else
    {
      g_autoptr(PwChange) first = g_list_model_get_item (changes, 0);
      g_autofree char *example = pw_change_to_string (first);
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u change to the file",
                                                             "%'u changes to the file", n_changes), n_changes);

      /* Translators: the time, "3 changes to the file", and the first of them */
      return g_strdup_printf (_("Unsaved changes to this plan from %s were kept when Plan Workbench stopped: "
                                "%s, such as %s."), when, count, example);
    }
}

static void
hide_recovery (PwWindow *self)
{
  g_clear_object (&self->offered_draft);
  gtk_revealer_set_reveal_child (self->recovery_revealer, FALSE);
}

static void
hide_disk_banner (PwWindow *self)
{
  gtk_revealer_set_reveal_child (self->disk_revealer, FALSE);
}

/* Callbacks */

/* Text typed in the focus, not stored yet: the draft is due. */
static void
typing_cb (PwWindow *self)
{
  if (self->autosave != NULL)
    pw_autosave_schedule (self->autosave);
}

/* The typing followed is that of the focus: a text field's (a cell's
 * editor, a field, a title being renamed) or a text view's (prose). */
static void
focus_changed_cb (PwWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (self->editor_signals != NULL)
    g_signal_group_set_target (self->editor_signals, GTK_IS_EDITABLE (focus) ? focus : NULL);
  if (self->buffer_signals != NULL)
    g_signal_group_set_target (self->buffer_signals,
                               GTK_IS_TEXT_VIEW (focus) ? gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)) : NULL);
}

/* The draft is about to be written: the text of the editor the focus is in
 * goes into the plan, the editor staying open (the other editors stored
 * theirs when the focus left them). */
static void
keep_typed_cb (PwWindow   *self,
               PwAutosave *autosave)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *widget;

  /* not into a plan the window has replaced meanwhile */
  if (focus == NULL || self->plan == NULL || pw_autosave_get_plan (autosave) != self->plan)
    return;
  if ((widget = gtk_widget_get_ancestor (focus, PW_TYPE_PROPERTY_ENTRY)) != NULL)
    pw_property_entry_keep (PW_PROPERTY_ENTRY (widget));
  else if ((widget = gtk_widget_get_ancestor (focus, PW_TYPE_PROSE_VIEW)) != NULL)
    pw_prose_view_commit (PW_PROSE_VIEW (widget));
  else if ((widget = gtk_widget_get_ancestor (focus, PW_TYPE_INDICATOR_GRID)) != NULL)
    pw_indicator_grid_keep_editing (PW_INDICATOR_GRID (widget));
  else if ((widget = gtk_widget_get_ancestor (focus, PW_TYPE_PROJECT_LIST)) != NULL)
    pw_project_list_keep_editing (PW_PROJECT_LIST (widget));
}

static void
file_changed_cb (PwWindow *self)
{
  g_autofree char *name = g_file_get_basename (pw_file_watch_get_file (self->watch));
  g_autofree char *text = NULL;
  gboolean deleted = pw_file_watch_get_deleted (self->watch);

  if (!pw_file_watch_get_changed (self->watch))
    return;

  if (deleted)
    text = g_strdup_printf (_("“%s” was deleted or moved by another program. Save the plan to keep it."), name);
  else if (pw_window_is_modified (self))
    text = g_strdup_printf (_("“%s” was changed by another program. Reload it to see that version, "
                              "losing your unsaved changes, or keep yours."), name);
  else
    text = g_strdup_printf (_("“%s” was changed by another program. Reload it to see that version, "
                              "or keep the one shown."), name);

  gtk_label_set_label (self->disk_label, text);
  gtk_widget_set_visible (self->reload_button, !deleted);
  gtk_revealer_set_reveal_child (self->disk_revealer, TRUE);
}

static void
recover_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  g_autoptr(PwDraft) draft = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file;

  if (self->offered_draft == NULL)
    return;

  draft = g_object_ref (self->offered_draft);
  plan = pw_draft_load (draft, &error);
  if (plan == NULL)
    {
      pw_window_show_error (self, _("Could not recover the unsaved changes"), error->message);
      return;
    }
  hide_recovery (self);

  /* the plan is the draft's, its file the one the draft was of: saving
   * writes the recovered changes there */
  file = pw_draft_get_file (draft);
  g_set_object (&self->file, file);
  g_set_object (&self->source, pw_draft_get_source (draft));
  self->not_writable = file != NULL && !pw_window_file_is_writable (file);
  pw_window_set_plan (self, plan, NULL);
  pw_history_set_modified (pw_plan_get_history (plan));
  /* the changes stay in the draft until they are saved or discarded */
  pw_autosave_adopt (self->autosave, draft);
  pw_window_update_title (self);
  pw_window_update_actions (self);
}

static void
discard_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->offered_draft != NULL)
    pw_draft_discard (self->offered_draft);
  hide_recovery (self);

  /* an empty window opened only to offer the draft (of a plan never saved,
   * beside the windows of the files the program was started with) has
   * nothing left to show */
  if (self->plan == NULL && app != NULL && gtk_application_get_windows (app)->next != NULL)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  g_autoptr(GFile) file = self->file != NULL ? g_object_ref (self->file) : NULL;

  if (file == NULL)
    return;

  hide_disk_banner (self);
  /* the user chose the other version over the changes shown */
  if (self->autosave != NULL)
    pw_autosave_discard (self->autosave);
  pw_window_load_file (self, file);
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  /* the user knows: saving now replaces the other version without asking
   * again (which stays as the backup, FILE~) */
  if (self->watch != NULL)
    pw_file_watch_reset (self->watch);
  hide_disk_banner (self);
}

/* Window internals */

void
pw_window_class_init_recovery (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PwWindow, recovery_revealer);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, recovery_label);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, disk_revealer);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, disk_label);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, reload_button);

  gtk_widget_class_install_action (widget_class, "win.recover-draft", NULL, recover_draft_action);
  gtk_widget_class_install_action (widget_class, "win.discard-draft", NULL, discard_draft_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.keep-mine", NULL, keep_mine_action);
}

/* After the window's plan or its file changed (opened, saved, recovered):
 * the draft follows the plan, the watch the file, as it is now. */
void
pw_window_track_files (PwWindow *self)
{
  if (self->plan == NULL)
    g_clear_object (&self->autosave);
  else if (self->autosave == NULL || pw_autosave_get_plan (self->autosave) != self->plan)
    {
      /* a plan replaced keeps what it had not drafted yet, in its draft */
      g_clear_object (&self->autosave);
      self->autosave = pw_autosave_new (self->plan);
      g_signal_connect_object (self->autosave, "prepare", G_CALLBACK (keep_typed_cb), self, G_CONNECT_SWAPPED);
    }
  if (self->autosave != NULL)
    pw_autosave_set_files (self->autosave, self->file, self->source);

  hide_disk_banner (self);
  if (self->file == NULL || self->plan == NULL)
    g_clear_object (&self->watch);
  else if (self->watch != NULL && g_file_equal (pw_file_watch_get_file (self->watch), self->file))
    pw_file_watch_reset (self->watch);
  else
    {
      g_clear_object (&self->watch);
      self->watch = pw_file_watch_new (self->file);
      g_signal_connect_object (self->watch, "changed", G_CALLBACK (file_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

/* Whether another program changed the file since the window read or wrote
 * it (a file deleted is not: saving brings it back). */
gboolean
pw_window_file_changed_on_disk (PwWindow *self)
{
  return self->watch != NULL && pw_file_watch_get_changed (self->watch) &&
         !pw_file_watch_get_deleted (self->watch);
}

/* The window closes as the user chose: what was unsaved was saved or
 * discarded, so its draft goes. A draft offered and not answered stays, to
 * be offered again next time. */
void
pw_window_closing_cleanly (PwWindow *self)
{
  if (self->autosave != NULL)
    pw_autosave_discard (self->autosave);
}

void
pw_window_init_recovery (PwWindow *self)
{
  self->editor_signals = g_signal_group_new (GTK_TYPE_EDITABLE);
  g_signal_group_connect_swapped (self->editor_signals, "changed", G_CALLBACK (typing_cb), self);
  self->buffer_signals = g_signal_group_new (GTK_TYPE_TEXT_BUFFER);
  g_signal_group_connect_swapped (self->buffer_signals, "changed", G_CALLBACK (typing_cb), self);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_changed_cb), NULL);
}

void
pw_window_dispose_recovery (PwWindow *self)
{
  /* changes not yet in the draft are written to it now, with what is
   * being typed */
  g_clear_object (&self->autosave);
  if (self->editor_signals != NULL)
    g_signal_group_set_target (self->editor_signals, NULL);
  g_clear_object (&self->editor_signals);
  if (self->buffer_signals != NULL)
    g_signal_group_set_target (self->buffer_signals, NULL);
  g_clear_object (&self->buffer_signals);
  g_clear_object (&self->offered_draft);
  g_clear_object (&self->watch);
}

/* Public API */

/**
 * pw_window_offer_draft:
 * @self: a window showing the file @draft is of, or no plan
 * @draft: a draft left by a crash, claimed by this process
 *
 * Shows the banner that offers to recover @draft's changes or to discard
 * them, saying when they were made and what they change in the file.
 */
void
pw_window_offer_draft (PwWindow *self,
                       PwDraft  *draft)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PW_IS_WINDOW (self));
  g_return_if_fail (PW_IS_DRAFT (draft));

  g_set_object (&self->offered_draft, draft);
  text = describe_draft (self, draft);
  gtk_label_set_label (self->recovery_label, text);
  gtk_revealer_set_reveal_child (self->recovery_revealer, TRUE);
}

/**
 * pw_window_get_offered_draft:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the draft the window offers to
 *   recover, until the user answers
 */
PwDraft *
pw_window_get_offered_draft (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);

  return self->offered_draft;
}
