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
 */

#define G_LOG_DOMAIN "pw-window"

#include "config.h"

#include "pw-window.h"

#include <glib/gi18n.h>

#include "pw-chapter-page.h"
#include "pw-chart.h"
#include "pw-charts-page.h"
#include "pw-comments.h"
#include "pw-comments-pane.h"
#include "pw-compare.h"
#include "pw-changes-view.h"
#include "pw-locate.h"
#include "pw-enums.h"
#include "pw-export-dialog.h"
#include "pw-sheet-dialog.h"
#include "pw-indicator-grid.h"
#include "pw-open.h"
#include "pw-locate.h"
#include "pw-outline.h"
#include "pw-overview-page.h"
#include "pw-plan-file.h"
#include "pw-plan-page.h"
#include "pw-print.h"

#define MIME_TYPE "application/x-plan-workbench"
#define MAX_RECENT 8

typedef enum
{
  AFTER_SAVE_NOTHING,
  AFTER_SAVE_CLOSE,
  AFTER_SAVE_EDIT,   /* Edit a Copy: the copy saved is editable */
} AfterSave;

typedef enum
{
  CHOOSE_OPEN,
  CHOOSE_MERGE,
  CHOOSE_COMPARE,
} ChooseFor;

struct _PwWindow
{
  GtkApplicationWindow parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkRevealer *import_revealer;
  GtkLabel *import_label;
  GtkStack *main_stack;
  GtkListBox *recent_list;
  GtkLabel *recent_heading;
  PwOutline *outline;
  GtkStack *page_stack;
  PwOverviewPage *overview_page;
  PwIndicatorGrid *grid;
  PwChapterPage *chapter_page;
  PwChartsPage *charts_page;
  PwCommentsPane *comments_pane;
  GtkToggleButton *comments_button;
  GtkRevealer *comments_revealer;
  GtkLabel *comments_count;
  GtkWidget *edit_copy_button;

  /* Owned */
  PwPlan *plan;
  PwFindings *report;
  GFile *file;   /* where the plan is saved; NULL until it has been */
  GFile *source; /* the text document a plan was imported from */
  GtkFileChooserNative *chooser;
  GSettings *settings;
  GSignalGroup *history_signals;
  GSignalGroup *plan_signals;
  GtkPrintSettings *print_settings; /* of the last print, for this session */
  GtkPageSetup *page_setup;
  GFile *export_folder;             /* of the last chart exported */

  gboolean read_only;     /* asked for (--read-only) */
  gboolean not_writable;  /* the file cannot be written */
  gboolean closing;       /* the user chose to discard changes */
  ChooseFor choose_for;   /* what the file chosen to open is for */
  AfterSave after_save;
};

enum {
  PROP_0,
  PROP_PLAN,
  PROP_READ_ONLY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwWindow, pw_window, GTK_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void save_as (PwWindow *self);

/* Auxiliary methods */

/* The application's style sheet, once for the display, by the first window:
 * the same look with or without the application around (tests, tools). */
static void
load_style (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) css = NULL;
  g_autoptr(GtkCssProvider) palette = NULL;
  GString *rules;

  if (loaded)
    return;
  loaded = TRUE;

  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/planworkbench/PlanWorkbench/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  /* The colours of the statuses come from the charts' palette, so that the
   * grid, the overview and the charts agree. */
  rules = g_string_new (NULL);
  for (PwStatus status = 0; status < PW_N_STATUSES; status++)
    {
      double ink[3];

      pw_chart_status_ink (status, ink);
      g_string_append_printf (rules, ".pw-status-%s { color: rgb(%d,%d,%d); }\n",
                              pw_enum_to_nick (PW_TYPE_STATUS, status),
                              (int) (ink[0] * 255 + 0.5), (int) (ink[1] * 255 + 0.5), (int) (ink[2] * 255 + 0.5));
    }
  palette = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (palette, rules->str, rules->len);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (palette),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_string_free (rules, TRUE);
}

static gboolean
is_read_only (PwWindow *self)
{
  return self->read_only || self->not_writable;
}

static gboolean
is_modified (PwWindow *self)
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
    return is_modified (self);
  if (is_modified (self))
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
static gboolean
commit_pages (PwWindow *self)
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

static void
update_title (PwWindow *self)
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
update_banner (PwWindow *self)
{
  const char *text = NULL;

  if (self->plan == NULL)
    text = NULL;
  else if (self->read_only && self->not_writable)
    text = _("Review: the plan cannot be changed here, but you can comment on it. The file cannot be written: comments are saved into a copy.");
  else if (self->read_only)
    text = _("Review: the plan cannot be changed here, but you can comment on it; saving keeps only your comments.");
  else if (self->not_writable)
    text = _("You cannot change this file: it is read-only. You can comment on it and save your comments into a copy, or edit a copy.");
  else if (pw_plan_get_sample (self->plan))
    text = _("This is a sample plan: its actual values and project details are illustrative, not real data.");

  gtk_label_set_label (self->banner_label, text);
  gtk_revealer_set_reveal_child (self->banner_revealer, text != NULL);
  gtk_widget_set_visible (self->edit_copy_button, self->plan != NULL && is_read_only (self));
}

/* Appends a count and frees it. */
static void
append_count (GString *out,
              char    *count)
{
  if (out->len > 0)
    g_string_append (out, " · ");
  g_string_append (out, count);
  g_free (count);
}

/* After an import: what was found, e.g. 13 章 · 37 节 · 31 项指标 · 6 个专栏
 * · 21 个项目 · 7 处需核对. */
static void
show_import_banner (PwWindow *self)
{
  GListModel *chapters = pw_plan_get_chapters (self->plan);
  guint n_parts = g_list_model_get_n_items (pw_plan_get_parts (self->plan));
  guint n_chapters = g_list_model_get_n_items (chapters);
  guint n_sections = 0, n_boxes = 0, n_projects = 0;
  guint n_indicators = g_list_model_get_n_items (pw_plan_get_indicators (self->plan));
  guint n_findings = self->report != NULL ? g_list_model_get_n_items (pw_findings_get_list (self->report)) : 0;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);

      n_sections += g_list_model_get_n_items (pw_chapter_get_sections (chapter));
      n_boxes += g_list_model_get_n_items (boxes);
      for (guint j = 0; j < g_list_model_get_n_items (boxes); j++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);
          n_projects += g_list_model_get_n_items (pw_box_get_projects (box));
        }
    }

  if (n_parts > 0)
    append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u part", "%u parts", n_parts), n_parts));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u chapter", "%u chapters", n_chapters), n_chapters));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u section", "%u sections", n_sections), n_sections));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", n_indicators), n_indicators));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u box", "%u boxes", n_boxes), n_boxes));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", n_projects), n_projects));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding to check",
                                                   "%u findings to check", n_findings), n_findings));

  gtk_label_set_label (self->import_label, text->str);
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);
}

/* The one place that decides which actions can run. */
static void
update_actions (PwWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_plan = self->plan != NULL;
  gboolean editable = has_plan && !is_read_only (self);
  PwHistory *history = has_plan ? pw_plan_get_history (self->plan) : NULL;

  /* review mode locks the content, not the comments: Save keeps them */
  gtk_widget_action_set_enabled (widget, "win.save", editable || (has_plan && is_modified (self)));
  gtk_widget_action_set_enabled (widget, "win.save-as", has_plan);
  gtk_widget_action_set_enabled (widget, "win.undo", editable && pw_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo", editable && pw_history_get_can_redo (history));
  gtk_widget_action_set_enabled (widget, "win.find", has_plan);
  gtk_widget_action_set_enabled (widget, "win.show-page", has_plan);
  /* reviewers print and export too: read-only windows included */
  gtk_widget_action_set_enabled (widget, "win.export-chart", has_plan);
  gtk_widget_action_set_enabled (widget, "win.export-sheet", has_plan);
  gtk_widget_action_set_enabled (widget, "win.merge-sheet", editable);
  gtk_widget_action_set_enabled (widget, "win.print", has_plan);
  gtk_widget_action_set_enabled (widget, "win.show-object", has_plan);
  gtk_widget_action_set_enabled (widget, "win.clear-findings", editable);
  gtk_widget_action_set_enabled (widget, "win.add-comment", has_plan);
  gtk_widget_action_set_enabled (widget, "win.reply-comment", has_plan);
  gtk_widget_action_set_enabled (widget, "win.merge-comments", has_plan);
  gtk_widget_action_set_enabled (widget, "win.compare", has_plan);
  gtk_widget_action_set_enabled (widget, "win.edit-copy", has_plan && is_read_only (self));
  gtk_widget_action_set_enabled (widget, "win.review", has_plan && !self->not_writable);

  pw_indicator_grid_set_editable (self->grid, editable);
  pw_overview_page_set_editable (self->overview_page, editable);
  pw_chapter_page_set_editable (self->chapter_page, editable);
}

static void
show_error (PwWindow   *self,
            const char *primary,
            const char *secondary)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remember_folder (PwWindow *self,
                 GFile    *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = parent ? g_file_get_path (parent) : NULL;

  if (self->settings != NULL && path != NULL)
    g_settings_set_string (self->settings, "last-folder", path);
}

static void
add_recent (GFile *file)
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

static void
recent_activated_cb (PwWindow      *self,
                     GtkListBoxRow *row)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "pw-uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  pw_window_load_file (self, file);
}

static void
fill_recent_list (PwWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (GList *l = items; l != NULL && shown < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      GtkWidget *row, *box, *name, *place;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GFile) parent = NULL;
      g_autofree char *folder = NULL;

      if (g_strcmp0 (gtk_recent_info_get_mime_type (info), MIME_TYPE) != 0 &&
          !g_str_has_suffix (uri, ".plan"))
        continue;
      if (!gtk_recent_info_exists (info))
        continue;

      file = g_file_new_for_uri (uri);
      parent = g_file_get_parent (file);
      folder = parent ? g_file_get_parse_name (parent) : NULL;

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_widget_set_margin_top (box, 8);
      gtk_widget_set_margin_bottom (box, 8);
      name = gtk_label_new (gtk_recent_info_get_display_name (info));
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      place = gtk_label_new (folder);
      gtk_label_set_xalign (GTK_LABEL (place), 0);
      gtk_label_set_ellipsize (GTK_LABEL (place), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_add_css_class (place, "dim-label");
      gtk_widget_add_css_class (place, "caption");
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), place);

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "pw-uri", g_strdup (uri), g_free);
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
  update_title (self);
  update_actions (self);
}

/* The findings of the import are the plan's, saved with it until cleared. */
static void
findings_changed (PwWindow *self)
{
  PwFindings *findings = self->plan != NULL ? pw_plan_get_findings (self->plan) : NULL;

  g_set_object (&self->report, findings);
  pw_overview_page_set_report (self->overview_page, findings);
  if (findings == NULL)
    gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
}

static void
set_plan (PwWindow *self,
          PwPlan   *plan,
          PwFindings *report)
{
  if (report != NULL && plan != NULL && pw_plan_get_findings (plan) == NULL)
    {
      PwHistory *history = pw_plan_get_history (plan);

      /* the plan keeps the report, so that saving keeps it */
      pw_history_block (history);
      pw_plan_set_findings (plan, report);
      pw_history_unblock (history);
    }
  if (!g_set_object (&self->plan, plan))
    return;

  g_signal_group_set_target (self->history_signals, plan ? pw_plan_get_history (plan) : NULL);
  g_signal_group_set_target (self->plan_signals, plan);

  pw_outline_set_plan (self->outline, plan);
  pw_overview_page_set_plan (self->overview_page, plan);
  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
  findings_changed (self);
  pw_indicator_grid_set_plan (self->grid, plan);
  pw_chapter_page_set_plan (self->chapter_page, plan);
  pw_charts_page_set_plan (self->charts_page, plan);
  pw_comments_pane_set_plan (self->comments_pane, plan);

  gtk_stack_set_visible_child_name (self->main_stack, plan ? "plan" : "start");
  if (plan == NULL)
    fill_recent_list (self);

  update_title (self);
  update_banner (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

static gboolean
check_writable (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  /* a file that cannot be asked is treated as writable; saving will tell */
  return info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE) ||
         g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
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

      show_error (self, primary, error->message);
      return FALSE;
    }

  g_set_object (&self->file, file);
  self->not_writable = FALSE;
  pw_history_set_unmodified (pw_plan_get_history (self->plan));
  remember_folder (self, file);
  add_recent (file);
  update_title (self);
  update_banner (self);
  update_actions (self);
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
save (PwWindow *self)
{
  if (self->file != NULL && !self->not_writable)
    after_save (self, save_to (self, self->file));
  else
    save_as (self);
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

static char *
sample_path (void)
{
  const char *dir = g_getenv ("PW_SAMPLES_DIR");

  return g_build_filename (dir != NULL ? dir : PKGDATADIR "/samples", "zhumadian.plan", NULL);
}

static void
open_in_window (PwWindow *self,
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

/* Callbacks */

static void
import_banner_closed_cb (PwWindow *self)
{
  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
}

static void
outline_changed_cb (PwWindow *self)
{
  g_autoptr(GObject) part = NULL;
  PwChapter *chapter = NULL;

  /* what was typed on the page being left goes into the plan first; a text
   * refused stays in its editor, on the page left, for when it comes back */
  commit_pages (self);

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
}

static void
open_response (PwWindow             *self,
               int                   response,
               GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

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
      open_in_window (self, file);
    }
}

static void
save_as_response (PwWindow             *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    {
      self->after_save = AFTER_SAVE_NOTHING;
      return;
    }

  after_save (self, save_to (self, file));
}

static void
choose_file_to_open (PwWindow   *self,
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

static void
save_as (PwWindow *self)
{
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->plan == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Plan"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (self->chooser), TRUE, FALSE);

  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), self->file, NULL);
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

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  choose_file_to_open (PW_WINDOW (widget), _("Open Plan"), FALSE);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_file_to_open (PW_WINDOW (widget), _("Import Plan Document"), TRUE);
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  open_in_window (PW_WINDOW (widget), file);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwWindow *window = self;

  if (self->plan != NULL)
    {
      window = pw_window_new (PW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
      gtk_window_present (GTK_WINDOW (window));
    }
  set_plan (window, plan, NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (PW_WINDOW (widget));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as (PW_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  /* text typed but not yet handed to the model (the dispatcher stored it)
   * is part of what to undo: it is undone first, and Redo brings it back */
  pw_history_undo (pw_plan_get_history (self->plan));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  pw_history_redo (pw_plan_get_history (self->plan));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  pw_outline_select_page (self->outline, PW_PAGE_INDICATORS);
  gtk_widget_activate_action (GTK_WIDGET (self->grid), "grid.find", NULL);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  const char *page = g_variant_get_string (parameter, NULL);

  if (g_str_equal (page, "overview"))
    pw_outline_select_page (self->outline, PW_PAGE_OVERVIEW);
  else if (g_str_equal (page, "indicators"))
    pw_outline_select_page (self->outline, PW_PAGE_INDICATORS);
  else if (g_str_equal (page, "charts"))
    pw_outline_select_page (self->outline, PW_PAGE_CHARTS);

  /* the keys then act on the page shown (Alt+2 and the arrows move in the
   * grid), not on the outline */
  gtk_widget_grab_focus (gtk_stack_get_visible_child (self->page_stack));
}

/* Where the file chooser of an export starts: where the last chart went,
 * else beside the plan when that folder can be written, else the folder
 * last opened from or saved to. */
static GFile *
get_export_folder (PwWindow *self)
{
  GFile *shown = pw_window_get_file (self);
  g_autofree char *last = NULL;

  if (self->export_folder != NULL)
    return g_object_ref (self->export_folder);
  if (shown != NULL && g_file_is_native (shown))
    {
      g_autoptr(GFile) parent = g_file_get_parent (shown);

      if (parent != NULL && check_writable (parent))
        return g_steal_pointer (&parent);
    }
  last = self->settings != NULL ? g_settings_get_string (self->settings, "last-folder") : NULL;
  if (last != NULL && *last != '\0')
    return g_file_new_for_path (last);
  return NULL;
}

static void
chart_exported (PwWindow *self,
                GFile    *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  g_set_object (&self->export_folder, parent);
}

static void
export_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  PwChartKind kind = PW_CHART_PROGRESS;
  PwChartOptions options = { 0 };
  g_autoptr(GFile) folder = get_export_folder (self);
  PwExportDialog *dialog;

  /* the chart shown on the Charts page; from another page, the progress of
   * every indicator */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "charts") == 0)
    {
      kind = pw_charts_page_get_kind (self->charts_page);
      pw_charts_page_get_options (self->charts_page, &options);
    }

  dialog = pw_export_dialog_new (GTK_WINDOW (self), self->plan, kind, &options);
  pw_export_dialog_set_folder (dialog, folder);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (chart_exported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_sheet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  g_autoptr(GFile) folder = get_export_folder (self);
  PwSheetDialog *dialog = pw_sheet_dialog_new (GTK_WINDOW (self), self->plan);

  pw_sheet_dialog_set_folder (dialog, folder);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
merge_sheet_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  g_autoptr(GFile) folder = get_export_folder (self);

  pw_sheet_merge_files (GTK_WINDOW (self), self->plan, folder);
}

static void
print_done (PwWindow                *self,
            GtkPrintOperationResult  result,
            GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      /* the next print of this window starts from these */
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
      if (pw_print_operation_get_page_setup (operation) != NULL)
        g_set_object (&self->page_setup, pw_print_operation_get_page_setup (operation));
      break;
    case GTK_PRINT_OPERATION_RESULT_ERROR:
      /* unless running it failed at once, and said so */
      gtk_print_operation_get_error (operation, &error);
      if (g_object_get_data (G_OBJECT (operation), "pw-error-shown") == NULL)
        show_error (self, _("Could not print the report"), error != NULL ? error->message : "");
      break;
    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      break;
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  operation = pw_print_operation_new (self->plan, self->print_settings, self->page_setup);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done), self, G_CONNECT_SWAPPED);
  /* asynchronous: the dialog and the printing hold the operation */
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_object_set_data (G_OBJECT (operation), "pw-error-shown", GINT_TO_POINTER (TRUE));
      show_error (self, _("Could not print the report"), error != NULL ? error->message : "");
    }
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
      save (self);
      break;
    case GTK_RESPONSE_REJECT:
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;
    default:
      break;
    }
}

static void
ask_before_closing (PwWindow *self)
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

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PwWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    open_in_window (self, l->data);
  return files != NULL;
}

/* Goes to the object with the id given: a part, chapter, section or 专栏 in
 * the outline, a project in its chapter, an indicator in the grid. */
static void
show_object_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  PwObject *object = pw_plan_find_object (self->plan, g_variant_get_string (parameter, NULL));
  GObject *part = NULL;
  PwChapter *chapter = NULL;

  if (object == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if (PW_IS_INDICATOR (object))
    {
      GListModel *rows = pw_indicator_grid_get_rows (self->grid);

      pw_outline_select_page (self->outline, PW_PAGE_INDICATORS);
      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr(GObject) row = g_list_model_get_item (rows, i);

          if (row == G_OBJECT (object))
            {
              pw_indicator_grid_set_cursor (self->grid, i, 0);
              break;
            }
        }
      return;
    }

  if (PW_IS_PROJECT (object))
    {
      GListModel *chapters = pw_plan_get_chapters (self->plan);

      for (guint i = 0; i < g_list_model_get_n_items (chapters) && part == NULL; i++)
        {
          g_autoptr(PwChapter) candidate = g_list_model_get_item (chapters, i);
          GListModel *boxes = pw_chapter_get_boxes (candidate);

          for (guint j = 0; j < g_list_model_get_n_items (boxes) && part == NULL; j++)
            {
              g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);
              guint position;

              if (g_list_store_find (G_LIST_STORE (pw_box_get_projects (box)), object, &position))
                part = G_OBJECT (box);
            }
        }
    }
  else if (PW_IS_SECTION (object) || PW_IS_BOX (object))
    part = G_OBJECT (object);

  if (PW_IS_PART (object) || PW_IS_CHAPTER (object))
    pw_outline_select_object (self->outline, G_OBJECT (object));
  else if (part != NULL && (chapter = pw_plan_find_chapter_of (self->plan, part)) != NULL &&
           pw_outline_select_object (self->outline, G_OBJECT (chapter)))
    pw_chapter_page_show_part (self->chapter_page, part);
  else
    gtk_widget_error_bell (widget);
}

static void
clear_findings_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  PwHistory *history = pw_plan_get_history (self->plan);

  pw_history_begin (history, _("Clear Import Report"));
  pw_plan_set_findings (self->plan, NULL);
  pw_history_end (history);
}

/* What is shown, as a comment's object: the indicator (and the year) at the
 * grid's cursor, the chapter, section or 专栏 of the outline, else the plan. */
static void
shown_object (PwWindow    *self,
              const char **target,
              int         *year)
{
  const char *page = gtk_stack_get_visible_child_name (self->page_stack);

  *target = NULL;
  *year = 0;
  if (g_strcmp0 (page, "indicators") == 0)
    {
      GListModel *rows = pw_indicator_grid_get_rows (self->grid);
      guint row = GTK_INVALID_LIST_POSITION, column = GTK_INVALID_LIST_POSITION;
      g_autoptr(PwIndicator) indicator = NULL;

      pw_indicator_grid_get_cursor (self->grid, &row, &column);
      if (row != GTK_INVALID_LIST_POSITION)
        indicator = g_list_model_get_item (rows, row);
      if (indicator != NULL)
        {
          *target = pw_object_get_id (PW_OBJECT (indicator));
          for (int y = pw_plan_get_start_year (self->plan); y <= pw_plan_get_end_year (self->plan); y++)
            {
              char key[16];

              g_snprintf (key, sizeof key, "%d", y);
              if (column != GTK_INVALID_LIST_POSITION && pw_indicator_grid_find_column (self->grid, key) == (int) column)
                *year = y;
            }
        }
    }
  else if (g_strcmp0 (page, "chapter") == 0)
    {
      g_autoptr(GObject) part = pw_outline_get_selected (self->outline);

      if (PW_IS_OBJECT (part))
        *target = pw_object_get_id (PW_OBJECT (part));
    }
}

static void
add_comment_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  const char *target;
  int year;

  shown_object (self, &target, &year);
  gtk_toggle_button_set_active (self->comments_button, TRUE);
  pw_comment_dialog_present (GTK_WINDOW (self), self->plan, target, year, 0, NULL, self->settings);
}

static void
reply_comment_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  PwComment *comment = pw_plan_find_comment (self->plan, g_variant_get_string (parameter, NULL));

  if (comment != NULL)
    pw_comment_dialog_present (GTK_WINDOW (self), self->plan, NULL, 0, 0, comment, self->settings);
}

static void
merge_comments_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  if (self->chooser != NULL)
    return;
  choose_file_to_open (self, _("Merge Comments From"), FALSE);
  self->choose_for = CHOOSE_MERGE;
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  if (self->chooser != NULL)
    return;
  choose_file_to_open (self, _("Compare With an Earlier Version"), FALSE);
  self->choose_for = CHOOSE_COMPARE;
}

static void
edit_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  self->after_save = AFTER_SAVE_EDIT;
  save_as (self);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  pw_window_set_read_only (self, !self->read_only);
}

static void
update_comment_count (PwWindow *self)
{
  guint n_open = pw_comments_pane_get_n_open (self->comments_pane);
  g_autofree char *label = n_open > 0 ? g_strdup_printf (_("Comments %u"), n_open) : g_strdup (_("Comments"));

  gtk_label_set_label (self->comments_count, label);
}

static void
show_object_cb (PwWindow   *self,
                const char *id)
{
  PwObject *object = id != NULL ? pw_plan_find_object (self->plan, id) : NULL;

  pw_window_show_object (self, object);
}

/* The commands that read or write the plan: each runs only after every page
 * has stored what was typed (commit_pages). A command added here gets that
 * for free; one that does not touch the plan is installed on its own. */
static const struct
{
  const char *name;
  const char *parameter_type;
  GtkWidgetActionActivateFunc activate;
} plan_commands[] = {
  { "win.save", NULL, save_action },
  { "win.save-as", NULL, save_as_action },
  { "win.undo", NULL, undo_action },
  { "win.redo", NULL, redo_action },
  { "win.find", NULL, find_action },
  { "win.show-page", "s", show_page_action },
  { "win.export-chart", NULL, export_chart_action },
  { "win.export-sheet", NULL, export_sheet_action },
  { "win.merge-sheet", NULL, merge_sheet_action },
  { "win.print", NULL, print_action },
  { "win.show-object", "s", show_object_action },
  { "win.clear-findings", NULL, clear_findings_action },
  { "win.add-comment", NULL, add_comment_action },
  { "win.reply-comment", "s", reply_comment_action },
  { "win.merge-comments", NULL, merge_comments_action },
  { "win.compare", NULL, compare_action },
  { "win.edit-copy", NULL, edit_copy_action },
  { "win.review", NULL, review_action },
};

static void
plan_command_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  for (guint i = 0; i < G_N_ELEMENTS (plan_commands); i++)
    if (g_str_equal (plan_commands[i].name, action_name))
      {
        if (!commit_pages (self))
          {
            gtk_widget_error_bell (widget);
            return;
          }
        if (self->plan != NULL)
          plan_commands[i].activate (widget, action_name, parameter);
        return;
      }

  g_assert_not_reached ();
}

/* GtkWindow overrides */

static gboolean
pw_window_close_request (GtkWindow *window)
{
  PwWindow *self = PW_WINDOW (window);

  /* a text that cannot be stored keeps the window open, showing why */
  if (!self->closing && !commit_pages (self))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }

  if (!self->closing && needs_saving (self))
    {
      ask_before_closing (self);
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

  return GTK_WINDOW_CLASS (pw_window_parent_class)->close_request (window);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_WINDOW);

  g_clear_object (&self->history_signals);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->settings);
  g_clear_object (&self->plan);
  g_clear_object (&self->report);
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
  gtk_widget_class_bind_template_callback (widget_class, outline_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, recent_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_banner_closed_cb);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  for (guint i = 0; i < G_N_ELEMENTS (plan_commands); i++)
    gtk_widget_class_install_action (widget_class, plan_commands[i].name, plan_commands[i].parameter_type,
                                     plan_command_activated);
}

static void
pw_window_init (PwWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GtkDropTarget *drop;

  load_style ();
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
  g_signal_group_connect_swapped (self->plan_signals, "notify::title", G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::findings", G_CALLBACK (findings_changed), self);

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
  update_title (self);
  update_banner (self);
  update_actions (self);
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
  update_banner (self);
  update_actions (self);
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
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwFindings) report = NULL;
  g_autofree char *name = NULL;
  gboolean is_plan;

  g_return_val_if_fail (PW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_parse_name (file);
  report = pw_findings_new (name);
  is_plan = pw_is_plan_file (file);
  plan = pw_open_document (file, report, &error);
  if (plan == NULL)
    {
      g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);

      show_error (self, primary, error->message);
      return FALSE;
    }

  g_clear_object (&self->file);
  g_clear_object (&self->source);
  if (is_plan)
    {
      self->file = g_object_ref (file);
      self->not_writable = !check_writable (file);
      add_recent (file);
    }
  else
    {
      self->source = g_object_ref (file);
      self->not_writable = FALSE;
    }
  remember_folder (self, file);

  set_plan (self, plan, is_plan ? NULL : report);
  if (!is_plan)
    show_import_banner (self);
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
  update_title (self);
  update_actions (self);
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

      show_error (self, primary, error->message);
      return FALSE;
    }

  n = pw_plan_merge_comments (self->plan, other, &n_orphaned);
  secondary = n_orphaned > 0
                  ? g_strdup_printf (_("%u comments added or updated; %u of them were on parts of the plan that are gone, and are now on the whole plan with a note."), n, n_orphaned)
                  : g_strdup_printf (_("%u comments added or updated."), n);
  gtk_toggle_button_set_active (self->comments_button, TRUE);
  pw_comments_pane_set_state_filter (self->comments_pane, 2);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_INFO, GTK_BUTTONS_CLOSE, _("Comments merged from “%s”"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
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

      show_error (self, primary, error->message);
      return NULL;
    }

  changes = pw_plan_compare (other, self->plan);
  view = pw_changes_view_new (self, changes, name);
  gtk_window_present (GTK_WINDOW (view));
  return GTK_WINDOW (view);
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
