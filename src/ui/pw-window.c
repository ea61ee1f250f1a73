/* pw-window.c: a window showing one plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's outline on the left; on the right its overview, its indicator
 * grid, its charts or one of its chapters. A window without a plan shows the
 * start page with the recent plans. Every edit goes through the plan's undo
 * history, whose "modified" state marks the title and guards closing the
 * window. The charts are exported and the report printed from here too, in
 * read-only windows as well: reviewers print.
 *
 * This file builds the window and holds its state and its pages; its
 * actions are in pw-window-actions.c, its file choosers and saving in
 * pw-window-files.c, its banners in pw-window-banners.c.
 */

#define G_LOG_DOMAIN "pw-window"

#include "config.h"

#include "pw-window-private.h"

#include <glib/gi18n.h>

#include "pw-locate.h"
#include "pw-open.h"
#include "pw-plan-file.h"
#include "pw-plan-page.h"
#include "pw-recent-row.h"
#include "pw-style.h"

#define MAX_RECENT 8

enum {
  PROP_0,
  PROP_PLAN,
  PROP_READ_ONLY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwWindow, pw_window, GTK_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static gboolean
is_read_only (PwWindow *self)
{
  return self->read_only || self->not_writable;
}

gboolean
pw_window_is_modified (PwWindow *self)
{
  return self->plan != NULL && pw_history_get_modified (pw_plan_get_history (self->plan));
}

/* Whether closing would lose something: changes since the last save, or a
 * plan that has never been saved and holds something (imported, or new and
 * filled in). */
static gboolean
needs_saving (PwWindow *self)
{
  if (self->plan == NULL)
    return FALSE;
  /* in review, only comments can have changed: they are worth keeping */
  if (is_read_only (self))
    return pw_window_is_modified (self);
  if (pw_window_is_modified (self))
    return TRUE;
  return self->file == NULL &&
         (self->source != NULL ||
          g_list_model_get_n_items (pw_plan_get_indicators (self->plan)) > 0 ||
          g_list_model_get_n_items (pw_plan_get_chapters (self->plan)) > 0);
}

/* Hands what every page has typed and not yet stored to the model. Called
 * before every command that reads or writes the plan (the commands of
 * plan_commands, switching pages, closing): nothing typed is lost. FALSE
 * when a page refused a text; it shows why, and the command does not run. */
gboolean
pw_window_commit_pages (PwWindow *self)
{
  gboolean ok = TRUE;

  if (self->plan == NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->page_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PW_IS_PLAN_PAGE (child))
      ok &= pw_plan_page_commit (PW_PLAN_PAGE (child));

  return ok;
}

void
pw_window_update_title (PwWindow *self)
{
  const char *title = NULL;
  GFile *shown = self->file != NULL ? self->file : self->source;
  g_autofree char *path = shown != NULL ? g_file_get_parse_name (shown) : NULL;
  g_autofree char *full = NULL;

  if (self->plan != NULL)
    title = pw_plan_get_title (self->plan);
  if (title == NULL || *title == '\0')
    title = self->plan != NULL ? _("Untitled Plan") : _("Plan Workbench");

  /* • marks unsaved changes, as other GNOME applications do */
  full = needs_saving (self) ? g_strconcat ("• ", title, NULL) : g_strdup (title);
  gtk_window_set_title (GTK_WINDOW (self), full);
  gtk_label_set_label (self->title_label, full);

  if (self->source != NULL && self->file == NULL)
    {
      g_autofree char *imported = g_strdup_printf (_("Imported from %s"), path);
      gtk_label_set_label (self->subtitle_label, imported);
    }
  else
    gtk_label_set_label (self->subtitle_label, path);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), path != NULL);
}

static void
recent_activated_cb (PwWindow      *self,
                     GtkListBoxRow *row)
{
  g_autoptr(GFile) file = g_file_new_for_uri (pw_recent_row_get_uri (PW_RECENT_ROW (row)));

  pw_window_load_file (self, file);
}

/* Newest first; the manager keeps its items in the order they were first
 * added, and a plan used again today may be older than eight others. */
static int
compare_recent_newest_first (gconstpointer a,
                             gconstpointer b)
{
  return g_date_time_compare (gtk_recent_info_get_modified ((GtkRecentInfo *) b),
                              gtk_recent_info_get_modified ((GtkRecentInfo *) a));
}

static void
fill_recent_list (PwWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  /* reversed first, so that of two items of the same time the later added
   * comes first through the stable sort */
  items = g_list_sort (g_list_reverse (items), compare_recent_newest_first);
  for (GList *l = items; l != NULL && shown < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      GtkWidget *row;

      if (g_strcmp0 (gtk_recent_info_get_mime_type (info), MIME_TYPE) != 0 &&
          !g_str_has_suffix (uri, ".plan"))
        continue;
      if (!gtk_recent_info_exists (info))
        continue;

      row = pw_recent_row_new (uri, gtk_recent_info_get_display_name (info));
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), shown > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_heading), shown > 0);
}

static void
history_changed (PwWindow *self)
{
  pw_window_update_title (self);
  pw_window_update_actions (self);
}

/* The findings of the import are the plan's, saved with it until cleared. */
static void
findings_changed (PwWindow *self)
{
  PwFindings *findings = self->plan != NULL ? pw_plan_get_findings (self->plan) : NULL;

  g_set_object (&self->findings, findings);
  pw_overview_page_set_findings (self->overview_page, findings);
  if (findings == NULL)
    gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
}

/* The focus moved to a field by a command (F6, Alt+1): the caret at its
 * end, its text not selected. */
void
pw_window_unselect_focus (PwWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (GTK_IS_EDITABLE (focus) && gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), NULL, NULL))
    gtk_editable_set_position (GTK_EDITABLE (focus), -1);
}

/* An error about this window's plan, in a dialog on it. */
void
pw_window_show_error (PwWindow   *self,
                      const char *primary,
                      const char *secondary)
{
  pw_show_error (GTK_WINDOW (self), primary, secondary);
}

void
pw_window_set_plan (PwWindow   *self,
                    PwPlan     *plan,
                    PwFindings *findings)
{
  if (findings != NULL && plan != NULL && pw_plan_get_findings (plan) == NULL)
    {
      PwHistory *history = pw_plan_get_history (plan);

      /* the plan keeps the findings, so that saving keeps them */
      pw_history_block (history);
      pw_plan_set_findings (plan, findings);
      pw_history_unblock (history);
    }
  if (!g_set_object (&self->plan, plan))
    return;

  g_signal_group_set_target (self->history_signals, plan ? pw_plan_get_history (plan) : NULL);
  g_signal_group_set_target (self->plan_signals, plan);

  pw_outline_set_plan (self->outline, plan);
  pw_plan_page_set_plan (PW_PLAN_PAGE (self->overview_page), plan);
  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
  findings_changed (self);
  pw_plan_page_set_plan (PW_PLAN_PAGE (self->grid), plan);
  pw_plan_page_set_plan (PW_PLAN_PAGE (self->chapter_page), plan);
  pw_plan_page_set_plan (PW_PLAN_PAGE (self->charts_page), plan);
  pw_comments_pane_set_plan (self->comments_pane, plan);

  gtk_stack_set_visible_child_name (self->main_stack, plan ? "plan" : "start");
  if (plan == NULL)
    fill_recent_list (self);

  pw_window_track_files (self);
  pw_window_update_title (self);
  pw_window_update_banner (self);
  pw_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/* Callbacks */

static void
outline_changed_cb (PwWindow *self)
{
  g_autoptr(GObject) part = NULL;
  PwChapter *chapter = NULL;

  /* what was typed on the page being left goes into the plan first; a text
   * refused stays in its editor, on the page left, for when it comes back */
  pw_window_commit_pages (self);

  switch (pw_outline_get_page (self->outline))
    {
    case PW_PAGE_OVERVIEW:
      gtk_stack_set_visible_child_name (self->page_stack, "overview");
      break;
    case PW_PAGE_INDICATORS:
      gtk_stack_set_visible_child_name (self->page_stack, "indicators");
      break;
    case PW_PAGE_CHAPTER:
      part = pw_outline_get_selected (self->outline);
      if (PW_IS_PART (part))
        {
          /* a part (篇) opens at its first chapter */
          g_autoptr(PwChapter) first = g_list_model_get_item (pw_part_get_chapters (PW_PART (part)), 0);

          chapter = first;
          g_clear_object (&part);
        }
      else if (PW_IS_CHAPTER (part))
        chapter = PW_CHAPTER (part);
      else if (part != NULL)
        chapter = pw_plan_find_chapter_of (self->plan, part);
      pw_chapter_page_set_chapter (self->chapter_page, chapter);
      if (part != NULL && !PW_IS_CHAPTER (part))
        pw_chapter_page_show_part (self->chapter_page, part);
      gtk_stack_set_visible_child_name (self->page_stack, "chapter");
      break;
    case PW_PAGE_CHARTS:
      gtk_stack_set_visible_child_name (self->page_stack, "charts");
      break;
    default:
      break;
    }

  /* the focus was in the page left: the stack moved it to the new page's
   * first field, which GTK selects whole, and the next key would replace
   * it (a chapter's title) */
  pw_window_unselect_focus (self);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PwWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    pw_window_open_in_window (self, l->data);
  return files != NULL;
}

static void
update_comment_count (PwWindow *self)
{
  guint n_open = pw_comments_pane_get_n_open (self->comments_pane);
  g_autofree char *label = n_open > 0 ? g_strdup_printf (_("Comments %'u"), n_open) : g_strdup (_("Comments"));

  gtk_label_set_label (self->comments_count, label);
}

/* The keyboard shortcuts window, built the first time it is shown. */
static void
show_shortcuts_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       data)
{
  GtkApplicationWindow *window = data;
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/planworkbench/PlanWorkbench/pw-shortcuts.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* modal, hidden on close, transient for the window, and its
       * accelerators those of the window's application */
      gtk_application_window_set_help_overlay (window, shortcuts);
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

static void
show_object_cb (PwWindow   *self,
                const char *id)
{
  PwObject *object = id != NULL ? pw_plan_find_object (self->plan, id) : NULL;

  pw_window_show_object (self, object);
}

/* GtkWindow overrides */

static gboolean
pw_window_close_request (GtkWindow *window)
{
  PwWindow *self = PW_WINDOW (window);

  /* a text that cannot be stored keeps the window open, showing why */
  if (!self->closing && !pw_window_commit_pages (self))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }

  if (!self->closing && needs_saving (self))
    {
      pw_window_ask_before_closing (self);
      return TRUE;
    }

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  pw_window_closing_cleanly (self);
  return GTK_WINDOW_CLASS (pw_window_parent_class)->close_request (window);
}

/* F6 between the outline and the page (GtkPaned's key): a field reached so
 * is not all selected, as GTK selects a field the keyboard moves to, or the
 * next key typed would replace it (the plan's title). */
static void
panes_cycled_cb (PwWindow *self)
{
  pw_window_unselect_focus (self);
}

/* F6 where neither pane has the focus (the header bar, a banner): the
 * outline, from where the panes' own F6 goes on to the page and back;
 * Shift+F6, the page. F6 did nothing there, once a menu of the header bar
 * had been used. */
static gboolean
focus_panes (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  PwWindow *self = PW_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *panes = gtk_widget_get_ancestor (GTK_WIDGET (self->outline), GTK_TYPE_PANED);

  if (self->plan == NULL || panes == NULL || !gtk_widget_get_mapped (panes))
    return FALSE;
  if (focus != NULL && gtk_widget_is_ancestor (focus, panes))
    return FALSE;
  if (g_variant_get_boolean (args))
    {
      GtkWidget *page = gtk_stack_get_visible_child (self->page_stack);

      if (!gtk_widget_grab_focus (page) && !gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD))
        return FALSE;
      pw_window_unselect_focus (self);
      return TRUE;
    }
  return gtk_widget_child_focus (GTK_WIDGET (self->outline), GTK_DIR_TAB_FORWARD);
}

/* GObject overrides */

static void
pw_window_dispose (GObject *object)
{
  PwWindow *self = (PwWindow *) object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->history_signals != NULL)
    g_signal_group_set_target (self->history_signals, NULL);
  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);

  pw_window_dispose_recovery (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_WINDOW);

  g_clear_object (&self->history_signals);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->settings);
  g_clear_object (&self->plan);
  g_clear_object (&self->findings);
  g_clear_object (&self->file);
  g_clear_object (&self->source);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->export_folder);

  G_OBJECT_CLASS (pw_window_parent_class)->dispose (object);
}

static void
pw_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PwWindow *self = PW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PwWindow *self = PW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      pw_window_set_read_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_window_class_init (PwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pw_window_dispose;
  object_class->get_property = pw_window_get_property;
  object_class->set_property = pw_window_set_property;

  window_class->close_request = pw_window_close_request;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PW_TYPE_OUTLINE);
  g_type_ensure (PW_TYPE_OVERVIEW_PAGE);
  g_type_ensure (PW_TYPE_INDICATOR_GRID);
  g_type_ensure (PW_TYPE_CHAPTER_PAGE);
  g_type_ensure (PW_TYPE_CHARTS_PAGE);
  g_type_ensure (PW_TYPE_COMMENTS_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/planworkbench/PlanWorkbench/pw-window.ui");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F6, 0, focus_panes, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, focus_panes, "b", TRUE);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, import_label);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, recent_heading);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, grid);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, chapter_page);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, charts_page);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, comments_pane);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, comments_button);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, comments_revealer);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, comments_count);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, edit_copy_button);
  gtk_widget_class_bind_template_callback (widget_class, show_object_cb);
  gtk_widget_class_bind_template_callback (widget_class, panes_cycled_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, recent_activated_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "import_banner_closed_cb",
                                                G_CALLBACK (pw_window_import_banner_closed_cb));

  pw_window_class_init_actions (widget_class);
  pw_window_class_init_recovery (widget_class);
}

static void
pw_window_init (PwWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSimpleAction) shortcuts = g_simple_action_new ("show-help-overlay", NULL);
  GtkDropTarget *drop;

  pw_style_load ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Running from the build folder without the compiled schema must not
   * abort: the window then simply does not remember its size. */
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) != NULL)
    self->settings = g_settings_new (APPLICATION_ID);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1200, 760);

  self->history_signals = g_signal_group_new (PW_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "notify::modified", G_CALLBACK (history_changed), self);
  g_signal_group_connect_swapped (self->history_signals, "notify::can-undo", G_CALLBACK (history_changed), self);
  g_signal_group_connect_swapped (self->history_signals, "notify::can-redo", G_CALLBACK (history_changed), self);

  self->plan_signals = g_signal_group_new (PW_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "notify::title", G_CALLBACK (pw_window_update_title), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::findings", G_CALLBACK (findings_changed), self);

  pw_window_init_recovery (self);

  g_signal_connect_object (shortcuts, "activate", G_CALLBACK (show_shortcuts_activated), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (shortcuts));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (self->comments_pane, "notify::n-open", G_CALLBACK (update_comment_count), self,
                           G_CONNECT_SWAPPED);
  if (self->settings != NULL)
    {
      g_autofree char *user = g_settings_get_string (self->settings, "comment-author");
      pw_comments_pane_set_user (self->comments_pane, *user != '\0' ? user : g_get_real_name ());
    }
  else
    pw_comments_pane_set_user (self->comments_pane, g_get_real_name ());

  fill_recent_list (self);
  pw_window_update_title (self);
  pw_window_update_banner (self);
  pw_window_update_actions (self);
}

/* Public API */

PwWindow *
pw_window_new (PwApplication *application)
{
  return g_object_new (PW_TYPE_WINDOW, "application", application, NULL);
}

/**
 * pw_window_get_plan:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
PwPlan *
pw_window_get_plan (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);

  return self->plan;
}

/**
 * pw_window_get_file:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the file the plan was opened from:
 *   its .plan file, or the text document it was imported from
 */
GFile *
pw_window_get_file (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);

  return self->file != NULL ? self->file : self->source;
}

/**
 * pw_window_get_read_only:
 * @self: a window
 *
 * Returns: whether the plan cannot be changed in this window: opened with
 *   --read-only, or its file cannot be written
 */
gboolean
pw_window_get_read_only (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), FALSE);

  return is_read_only (self);
}

void
pw_window_set_read_only (PwWindow *self,
                         gboolean  read_only)
{
  g_return_if_fail (PW_IS_WINDOW (self));

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;

  self->read_only = read_only;
  pw_window_update_banner (self);
  pw_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

/**
 * pw_window_load_file:
 * @self: a window
 * @file: a .plan file or the text of a plan document
 *
 * Shows the plan of @file. On failure the window keeps what it showed and
 * the error is shown in a dialog, with the line where there is one.
 *
 * Returns: whether the plan was loaded
 */
gboolean
pw_window_load_file (PwWindow *self,
                     GFile    *file)
{
  return pw_window_load_file_full (self, file, NULL);
}

/**
 * pw_window_load_file_full:
 * @self: a window
 * @file: a .plan file or the text of a plan document
 * @error_parent: (nullable): the window that shows the error; %NULL for @self
 *
 * As pw_window_load_file(), the error shown over @error_parent: the window
 * the user opened the file from, when @self was made for the file and goes
 * once it fails.
 *
 * Returns: whether the plan was loaded
 */
gboolean
pw_window_load_file_full (PwWindow  *self,
                          GFile     *file,
                          GtkWindow *error_parent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwFindings) findings = NULL;
  g_autofree char *name = NULL;
  gboolean is_plan;

  g_return_val_if_fail (PW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  findings = pw_findings_new (name);
  is_plan = pw_is_plan_file (file);
  plan = pw_open_document (file, findings, &error);
  if (plan == NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);
      g_autofree char *uri = g_file_get_uri (file);

      /* not a recent plan: the file chooser put it in the recent files
       * (or it was one, and is broken now), and the start page listed it */
      gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
      pw_show_error (error_parent != NULL ? error_parent : GTK_WINDOW (self), primary, error->message);
      return FALSE;
    }

  g_clear_object (&self->file);
  g_clear_object (&self->source);
  if (is_plan)
    {
      self->file = g_object_ref (file);
      self->not_writable = !pw_window_file_is_writable (file);
      pw_window_add_recent (file);
    }
  else
    {
      self->source = g_object_ref (file);
      self->not_writable = FALSE;
    }
  pw_window_remember_folder (self, file);

  pw_window_set_plan (self, plan, is_plan ? NULL : findings);
  if (!is_plan)
    pw_window_show_import_banner (self);
  return TRUE;
}

/**
 * pw_window_save:
 * @self: a window
 * @file: (nullable): where to save; %NULL for the plan's own file
 * @error: return location for an error
 *
 * Saves without asking, for scripts and tests. The window's Save action
 * asks for a file when there is none and shows errors in a dialog.
 *
 * Returns: whether the plan was saved
 */
gboolean
pw_window_save (PwWindow  *self,
                GFile     *file,
                GError   **error)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->plan != NULL, FALSE);

  if (file == NULL)
    file = self->file;
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!pw_plan_save (self->plan, file, error))
    return FALSE;

  g_set_object (&self->file, file);
  pw_history_set_unmodified (pw_plan_get_history (self->plan));
  pw_window_track_files (self);
  pw_window_update_title (self);
  pw_window_update_actions (self);
  return TRUE;
}

/**
 * pw_window_show_chapter:
 * @self: a window
 * @index: the position of a chapter in the plan
 *
 * Returns: whether the plan has that chapter, now shown
 */
gboolean
pw_window_show_chapter (PwWindow *self,
                        guint     index)
{
  g_autoptr(PwChapter) chapter = NULL;

  g_return_val_if_fail (PW_IS_WINDOW (self), FALSE);

  if (self->plan == NULL)
    return FALSE;
  chapter = g_list_model_get_item (pw_plan_get_chapters (self->plan), index);
  return chapter != NULL && pw_outline_select_object (self->outline, G_OBJECT (chapter));
}

/**
 * pw_window_show_object:
 * @self: a window
 * @object: (nullable): an object of the plan; %NULL for the plan itself
 *
 * Shows @object: an indicator in the grid (clearing filters that hide it),
 * anything else as win.show-object does, the plan on the overview.
 */
void
pw_window_show_object (PwWindow *self,
                       PwObject *object)
{
  g_return_if_fail (PW_IS_WINDOW (self));

  if (self->plan == NULL)
    return;
  if (PW_IS_INDICATOR (object))
    {
      pw_outline_select_page (self->outline, PW_PAGE_INDICATORS);
      pw_indicator_grid_show_indicator (self->grid, PW_INDICATOR (object));
      return;
    }
  if (object != NULL && !PW_IS_PLAN (object) && pw_object_get_id (object) != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-object", "s", pw_object_get_id (object));
      return;
    }
  pw_outline_select_page (self->outline, PW_PAGE_OVERVIEW);
}

/**
 * pw_window_get_comments_pane:
 * @self: a window
 *
 * Returns: (transfer none): the comments pane, for tests
 */
GtkWidget *
pw_window_get_comments_pane (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->comments_pane);
}
