/* test-grid.c: nothing typed is lost; the indicator grid as a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with the environment of tests/meson.build. The windows
 * belong to a registered application, so that a key such as Ctrl+S is
 * looked up in the application's own accelerators and runs what the key
 * runs. Keys inside the grid reach its key controller, as a keyboard would.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "pw-application.h"
#include "pw-chapter-page.h"
#include "pw-indicator-grid.h"
#include "pw-overview-page.h"
#include "pw-plan-file.h"
#include "pw-test-ui.h"
#include "pw-test-util.h"
#include "pw-window.h"

#define GRID_INDICATOR "高中阶段教育毛入学率"

static PwApplication *app;

typedef enum
{
  PAGE_GRID,
  PAGE_OVERVIEW,
  PAGE_CHAPTER,
} Page;

/* Auxiliary methods */

static GtkWidget *
template_child (GtkWidget  *widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

/* A copy of the sample, to be saved over. */
static GFile *
copy_sample (void)
{
  g_autofree char *source = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.plan", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_file_new_for_path (path);
}

static PwWindow *
open_window (GFile *file)
{
  PwWindow *window = pw_window_new (app);

  g_assert_true (pw_window_load_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  return window;
}

/* Runs what @accel runs in the application, as the key would. */
static void
press_accel (PwWindow   *window,
             const char *accel)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (actions);
  g_assert_nonnull (actions[0]);
  g_assert_true (g_action_parse_detailed_name (actions[0], &name, &target, &error));
  g_assert_no_error (error);

  if (g_str_has_prefix (name, "app."))
    g_action_group_activate_action (G_ACTION_GROUP (app), name + 4, target);
  else
    g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), name, target));
  pw_test_ui_iterate ();
}

static PwIndicatorGrid *
window_grid (PwWindow *window)
{
  return PW_INDICATOR_GRID (template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid"));
}

static guint
find_row (PwIndicatorGrid *grid,
          const char      *name)
{
  GListModel *rows = pw_indicator_grid_get_rows (grid);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (rows, i);

      if (g_strcmp0 (pw_indicator_get_name (indicator), name) == 0)
        return i;
    }
  g_assert_not_reached ();
}

static PwIndicator *
find_indicator (PwPlan     *plan,
                const char *name)
{
  GListModel *indicators = pw_plan_get_indicators (plan);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      if (g_strcmp0 (pw_indicator_get_name (indicator), name) == 0)
        return indicator;
    }
  g_assert_not_reached ();
}

static PwChapter *
nth_chapter (PwPlan *plan,
             guint   index)
{
  g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (plan), index);

  return chapter;
}

static GtkWindow *
find_dialog_for (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return window;
    }
  return NULL;
}

static void
respond (GtkWindow *dialog,
         int        response)
{
  g_object_ref (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  g_object_unref (dialog);
  pw_test_ui_iterate ();
}

/* What each page's test types, left in its editor, and how the plan reads
 * once it is stored. */
static const char *
typed_text (Page page)
{
  switch (page)
    {
    case PAGE_GRID:
      return "93.5%";
    case PAGE_OVERVIEW:
      return "驻马店市公共服务规划（修订稿）";
    case PAGE_CHAPTER:
    default:
      return "推进基本公共服务均等化（修订）";
    }
}

static void
type_on_page (PwWindow *window,
              Page      page)
{
  PwIndicatorGrid *grid = window_grid (window);
  GtkWidget *entry;

  switch (page)
    {
    case PAGE_GRID:
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
      pw_test_ui_iterate ();
      pw_indicator_grid_set_cursor (grid, find_row (grid, GRID_INDICATOR),
                                    pw_indicator_grid_find_column (grid, "2023"));
      g_assert_true (pw_indicator_grid_start_editing (grid, typed_text (page)));
      break;
    case PAGE_OVERVIEW:
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");
      pw_test_ui_iterate ();
      entry = template_child (template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "overview_page"),
                              PW_TYPE_OVERVIEW_PAGE, "title_entry");
      gtk_widget_grab_focus (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), typed_text (page));
      break;
    case PAGE_CHAPTER:
      g_assert_true (pw_window_show_chapter (window, 2));
      pw_test_ui_iterate ();
      entry = template_child (template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page"),
                              PW_TYPE_CHAPTER_PAGE, "title_entry");
      gtk_widget_grab_focus (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), typed_text (page));
      break;
    default:
      g_assert_not_reached ();
    }
  pw_test_ui_iterate ();
}

/* Whether @plan holds what type_on_page() typed. */
static gboolean
holds_typed (PwPlan *plan,
             Page    page)
{
  PwValue *value;

  switch (page)
    {
    case PAGE_GRID:
      value = pw_indicator_get_actual (find_indicator (plan, GRID_INDICATOR), 2023);
      return value != NULL && g_strcmp0 (pw_value_get_text (value), typed_text (page)) == 0;
    case PAGE_OVERVIEW:
      return g_strcmp0 (pw_plan_get_title (plan), typed_text (page)) == 0;
    case PAGE_CHAPTER:
    default:
      return g_strcmp0 (pw_chapter_get_title (nth_chapter (plan, 2)), typed_text (page)) == 0;
    }
}

static gboolean
file_holds_typed (GFile *file,
                  Page   page)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) saved = pw_plan_load (file, &error);

  g_assert_no_error (error);
  return holds_typed (saved, page);
}

/* Tests */

/* Ctrl+S while a cell or field is being edited saves what was typed, and
 * the window then has nothing left to save. */
static void
test_commit_save (gconstpointer data)
{
  Page page = GPOINTER_TO_INT (data);
  g_autoptr(GFile) file = copy_sample ();
  PwWindow *window = open_window (file);

  type_on_page (window, page);
  g_assert_false (holds_typed (pw_window_get_plan (window), page));
  press_accel (window, "<Control>s");
  g_assert_true (holds_typed (pw_window_get_plan (window), page));
  g_assert_false (pw_history_get_modified (pw_plan_get_history (pw_window_get_plan (window))));
  g_assert_true (file_holds_typed (file, page));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+Z during an edit stores it first and undoes it as one step; Redo
 * brings it back, and it is saved. */
static void
test_commit_undo (gconstpointer data)
{
  Page page = GPOINTER_TO_INT (data);
  g_autoptr(GFile) file = copy_sample ();
  PwWindow *window = open_window (file);
  PwPlan *plan = pw_window_get_plan (window);

  /* an earlier edit, so that there is something to undo */
  pw_history_begin (pw_plan_get_history (plan), "Earlier");
  pw_plan_set_region (plan, "驻马店");
  pw_history_end (pw_plan_get_history (plan));

  type_on_page (window, page);
  press_accel (window, "<Control>z");
  g_assert_false (holds_typed (plan, page));
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "驻马店");
  press_accel (window, "<Control><Shift>z");
  g_assert_true (holds_typed (plan, page));
  press_accel (window, "<Control>s");
  g_assert_true (file_holds_typed (file, page));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+W and Ctrl+Q during an edit ask to save it; saving keeps it. */
static void
test_commit_close (Page        page,
                   const char *accel)
{
  g_autoptr(GFile) file = copy_sample ();
  PwWindow *window = open_window (file);
  GtkWindow *dialog;

  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_nullify_pointer), &window);
  type_on_page (window, page);
  press_accel (window, accel);
  g_assert_nonnull (window);
  dialog = find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  respond (dialog, GTK_RESPONSE_ACCEPT);
  pw_test_ui_iterate ();
  g_assert_null (window);
  g_assert_true (file_holds_typed (file, page));
}

static void
test_commit_close_window (gconstpointer data)
{
  test_commit_close (GPOINTER_TO_INT (data), "<Control>w");
}

static void
test_commit_quit (gconstpointer data)
{
  test_commit_close (GPOINTER_TO_INT (data), "<Control>q");
}

/* A plan imported from a text document and never saved asks before it is
 * closed, though nothing was changed since. */
static void
test_close_unsaved_import (void)
{
  static const char document[] =
    "某市“十四五”公共服务规划\n"
    "\n"
    "第一章 发展基础\n"
    "\n"
    "“十三五”时期，全市公共服务水平稳步提高。\n";
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.txt", NULL);
  g_autoptr(GFile) file = NULL;
  PwWindow *window;
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (path, document, -1, NULL));
  file = g_file_new_for_path (path);
  window = open_window (file);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_nullify_pointer), &window);
  g_assert_false (pw_history_get_modified (pw_plan_get_history (pw_window_get_plan (window))));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (pw_window_get_plan (window))), >, 0);

  press_accel (window, "<Control>w");
  g_assert_nonnull (window);
  dialog = find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  respond (dialog, GTK_RESPONSE_CANCEL);
  g_assert_nonnull (window);

  /* a window with an empty new plan closes at once */
  gtk_window_destroy (GTK_WINDOW (window));
  window = pw_window_new (app);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_nullify_pointer), &window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  g_assert_nonnull (pw_window_get_plan (window));
  press_accel (window, "<Control>w");
  g_assert_null (window);
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *name;
    Page page;
  } pages[] = {
    { "grid", PAGE_GRID },
    { "overview", PAGE_OVERVIEW },
    { "chapter", PAGE_CHAPTER },
  };
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  app = pw_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  /* the windows keep it alive, not a main loop */
  g_application_hold (G_APPLICATION (app));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *save = g_strdup_printf ("/pw/grid/commit-save/%s", pages[i].name);
      g_autofree char *undo = g_strdup_printf ("/pw/grid/commit-undo/%s", pages[i].name);
      g_autofree char *close = g_strdup_printf ("/pw/grid/commit-close/%s", pages[i].name);
      g_autofree char *quit = g_strdup_printf ("/pw/grid/commit-quit/%s", pages[i].name);

      g_test_add_data_func (save, GINT_TO_POINTER (pages[i].page), test_commit_save);
      g_test_add_data_func (undo, GINT_TO_POINTER (pages[i].page), test_commit_undo);
      g_test_add_data_func (close, GINT_TO_POINTER (pages[i].page), test_commit_close_window);
      g_test_add_data_func (quit, GINT_TO_POINTER (pages[i].page), test_commit_quit);
    }
  g_test_add_func ("/pw/grid/close-unsaved-import", test_close_unsaved_import);

  status = g_test_run ();
  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  return status;
}
