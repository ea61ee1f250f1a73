/* pw-window-actions.c: the actions of a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every win.* action and the one function that decides which can run. The
 * commands that read or write the plan run through one dispatcher, which
 * first has every page store what was typed.
 */

#define G_LOG_DOMAIN "pw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-window-private.h"

#include "pw-chart.h"
#include "pw-comment-dialog.h"
#include "pw-comments.h"
#include "pw-export-dialog.h"
#include "pw-locate.h"
#include "pw-new-plan-dialog.h"
#include "pw-plan-file.h"
#include "pw-print.h"
#include "pw-sheet-dialog.h"


/* Auxiliary methods */

/* The one place that decides which actions can run. */
void
pw_window_update_actions (PwWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_plan = self->plan != NULL;
  gboolean editable = has_plan && !pw_window_get_read_only (self);
  PwHistory *history = has_plan ? pw_plan_get_history (self->plan) : NULL;

  /* review mode locks the content, not the comments: Save keeps them */
  gtk_widget_action_set_enabled (widget, "win.save", editable || (has_plan && pw_window_is_modified (self)));
  gtk_widget_action_set_enabled (widget, "win.save-as", has_plan);
  gtk_widget_action_set_enabled (widget, "win.undo", editable && pw_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo", editable && pw_history_get_can_redo (history));
  gtk_widget_action_set_enabled (widget, "win.find", has_plan);
  pw_outline_set_editable (self->outline, editable);
  gtk_widget_action_set_enabled (widget, "win.show-page", has_plan);
  /* reviewers print and export too: read-only windows included */
  gtk_widget_action_set_enabled (widget, "win.export-chart", has_plan);
  gtk_widget_action_set_enabled (widget, "win.export-sheet", has_plan);
  gtk_widget_action_set_enabled (widget, "win.merge-sheet", editable);
  gtk_widget_action_set_enabled (widget, "win.print", has_plan);
  gtk_widget_action_set_enabled (widget, "win.show-object", has_plan);
  gtk_widget_action_set_enabled (widget, "win.clear-findings", editable);
  gtk_widget_action_set_enabled (widget, "win.add-comment", has_plan);
  /* the comments pane has nothing to show beside the start page: the
   * button pressed there stayed down, showing nothing */
  gtk_widget_set_sensitive (GTK_WIDGET (self->comments_button), has_plan);
  if (!has_plan)
    gtk_toggle_button_set_active (self->comments_button, FALSE);
  gtk_widget_action_set_enabled (widget, "win.comment-on", has_plan);
  gtk_widget_action_set_enabled (widget, "win.reply-comment", has_plan);
  gtk_widget_action_set_enabled (widget, "win.merge-comments", has_plan);
  gtk_widget_action_set_enabled (widget, "win.compare", has_plan);
  gtk_widget_action_set_enabled (widget, "win.edit-copy", has_plan && pw_window_get_read_only (self));
  gtk_widget_action_set_enabled (widget, "win.review", has_plan && !self->not_writable);

  pw_plan_page_set_editable (PW_PLAN_PAGE (self->grid), editable);
  pw_plan_page_set_editable (PW_PLAN_PAGE (self->overview_page), editable);
  pw_plan_page_set_editable (PW_PLAN_PAGE (self->chapter_page), editable);
}

static char *
sample_path (void)
{
  const char *dir = g_getenv ("PW_SAMPLES_DIR");

  return g_build_filename (dir != NULL ? dir : PKGDATADIR "/samples", "zhumadian.plan", NULL);
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

      if (parent != NULL && pw_window_file_is_writable (parent))
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
      /* (when running it failed at once, print_action() said so and
       * disconnected this) */
      gtk_print_operation_get_error (operation, &error);
      pw_window_show_error (self, _("Could not print the report"), error != NULL ? error->message : "");
      break;
    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      break;
    }
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

/* Callbacks */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pw_window_choose_file (PW_WINDOW (widget), _("Open Plan"), FALSE);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pw_window_choose_file (PW_WINDOW (widget), _("Import Plan Document"), TRUE);
}

static void
import_clipboard_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  pw_window_import_clipboard (PW_WINDOW (widget));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  pw_window_open_in_window (PW_WINDOW (widget), file);
}

static void
new_response (PwNewPlanDialog *dialog,
              int              response,
              PwWindow        *self)
{
  g_autoptr(PwPlan) plan = NULL;
  PwWindow *window = self;

  if (response == GTK_RESPONSE_ACCEPT)
    plan = pw_new_plan_dialog_make_plan (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (plan == NULL)
    return;

  if (self->plan != NULL)
    {
      window = pw_window_new (PW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
      gtk_window_present (GTK_WINDOW (window));
    }
  pw_window_set_plan (window, plan, NULL);
}

/* 新建: a choice of skeleton, period and title (PwNewPlanDialog); the plan
 * opens in this window when it has none, else in a new one. */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PwNewPlanDialog *dialog = pw_new_plan_dialog_new (GTK_WINDOW (widget));

  g_signal_connect_object (dialog, "response", G_CALLBACK (new_response), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pw_window_save_or_ask (PW_WINDOW (widget));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pw_window_save_as (PW_WINDOW (widget));
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

  if (g_str_equal (page, "overview") || g_str_equal (page, "report"))
    pw_outline_select_page (self->outline, PW_PAGE_OVERVIEW);
  else if (g_str_equal (page, "indicators"))
    pw_outline_select_page (self->outline, PW_PAGE_INDICATORS);
  else if (g_str_equal (page, "charts"))
    pw_outline_select_page (self->outline, PW_PAGE_CHARTS);

  /* the keys then act on the page shown (Alt+2 and the arrows move in the
   * grid), not on the outline */
  gtk_widget_grab_focus (gtk_stack_get_visible_child (self->page_stack));
  /* a field that gets the focus back is not all selected (as GTK does for
   * a field reached by the keyboard), or the next key would replace it */
  pw_window_unselect_focus (self);

  /* the import banner's Show Report: the overview, at its report (at the
   * end of the page, out of sight otherwise) */
  if (g_str_equal (page, "report"))
    pw_overview_page_show_report (self->overview_page);
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
  pw_export_base_set_folder (PW_EXPORT_BASE (dialog), folder);
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

  pw_export_base_set_folder (PW_EXPORT_BASE (dialog), folder);
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
      /* said here, not again when the operation is done */
      g_signal_handlers_disconnect_by_func (operation, print_done, self);
      pw_window_show_error (self, _("Could not print the report"), error != NULL ? error->message : "");
    }
}

/* Goes to the object with the id given: a part, chapter, section or 专栏 in
 * the outline, a project in its chapter, an indicator in the grid. */
/* An outline action (outline.rename, outline.add-chapter(true) …) on the
 * object of an id, from a menu outside the outline (the headings of a
 * chapter page): the object is selected in the outline first. */
static void
outline_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;
  const char *id;
  const char *detailed;
  PwObject *object;

  g_variant_get (parameter, "(&s&s)", &id, &detailed);
  object = pw_plan_find_object (self->plan, id);
  if (object == NULL || !g_str_has_prefix (detailed, "outline.") ||
      !g_action_parse_detailed_name (detailed, &name, &target, NULL))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  pw_outline_reveal (self->outline, G_OBJECT (object));
  if (!gtk_widget_activate_action_variant (GTK_WIDGET (self->outline), name, target))
    gtk_widget_error_bell (widget);
}

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

/* From a context menu: on the object under the pointer. */
static void
comment_on_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  const char *target;
  int year, paragraph;

  g_variant_get (parameter, "(&sii)", &target, &year, &paragraph);
  gtk_toggle_button_set_active (self->comments_button, TRUE);
  pw_comment_dialog_present (GTK_WINDOW (self), self->plan, *target != '\0' ? target : NULL, year, paragraph,
                             NULL, self->settings);
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
  pw_window_choose_file (self, _("Merge Comments From"), FALSE);
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
  pw_window_choose_file (self, _("Compare With an Earlier Version"), FALSE);
  self->choose_for = CHOOSE_COMPARE;
}

static void
edit_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  self->after_save = AFTER_SAVE_EDIT;
  pw_window_save_as (self);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  pw_window_set_read_only (self, !self->read_only);
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
  { "win.outline", "(ss)", outline_action },
  { "win.clear-findings", NULL, clear_findings_action },
  { "win.add-comment", NULL, add_comment_action },
  { "win.comment-on", "(sii)", comment_on_action },
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
        if (!pw_window_commit_pages (self))
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

/* Class */

void
pw_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-clipboard", NULL, import_clipboard_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  for (guint i = 0; i < G_N_ELEMENTS (plan_commands); i++)
    gtk_widget_class_install_action (widget_class, plan_commands[i].name, plan_commands[i].parameter_type,
                                     plan_command_activated);
}
