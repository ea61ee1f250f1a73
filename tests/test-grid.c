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
#include <gdk/x11/gdkx.h>
#include <string.h>

#include "pw-application.h"
#include "pw-chapter-page.h"
#include "pw-comment-menu.h"
#include "pw-grid-cell.h"
#include "pw-indicator-grid.h"
#include "pw-overview-page.h"
#include "pw-plan-file.h"
#include "pw-project-list.h"
#include "pw-style.h"
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
  PAGE_PROJECT, /* a cell of a 专栏's project list, on a chapter page */
} Page;

/* Auxiliary methods */

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
  return PW_INDICATOR_GRID (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid"));
}

static PwChapter *
nth_chapter (PwPlan *plan,
             guint   index)
{
  g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (plan), index);

  return chapter;
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
    case PAGE_PROJECT:
      return "市妇幼保健院";
    case PAGE_CHAPTER:
    default:
      return "推进基本公共服务均等化（修订）";
    }
}

/* The project whose lead unit PAGE_PROJECT types: the second of the third
 * chapter's 专栏. */
static PwProject *
typed_project (PwPlan *plan)
{
  g_autoptr(PwBox) box = g_list_model_get_item (pw_chapter_get_boxes (nth_chapter (plan, 2)), 0);
  g_autoptr(PwProject) project = g_list_model_get_item (pw_box_get_projects (box), 1);

  return project;
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
      pw_indicator_grid_set_cursor (grid, pw_test_ui_find_row (grid, GRID_INDICATOR),
                                    pw_indicator_grid_find_column (grid, "2023"));
      g_assert_true (pw_indicator_grid_start_editing (grid, typed_text (page)));
      break;
    case PAGE_OVERVIEW:
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");
      pw_test_ui_iterate ();
      entry = pw_test_ui_template_child (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "overview_page"),
                                         PW_TYPE_OVERVIEW_PAGE, "title_entry");
      gtk_widget_grab_focus (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), typed_text (page));
      break;
    case PAGE_CHAPTER:
      g_assert_true (pw_window_show_chapter (window, 2));
      pw_test_ui_iterate ();
      entry = pw_test_ui_template_child (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page"),
                                         PW_TYPE_CHAPTER_PAGE, "title_entry");
      gtk_widget_grab_focus (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), typed_text (page));
      break;
    case PAGE_PROJECT:
      {
        GtkWidget *chapter_page;
        PwProjectList *list;

        g_assert_true (pw_window_show_chapter (window, 2));
        pw_test_ui_settle ();
        chapter_page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page");
        list = PW_PROJECT_LIST (pw_test_ui_find_descendant (chapter_page, PW_TYPE_PROJECT_LIST));
        pw_project_list_set_cursor (list, 1, "lead");
        g_assert_true (pw_test_ui_press_key (GTK_WIDGET (list), GDK_KEY_F2, 0));
        g_assert_nonnull (pw_project_list_get_editor (list));
        gtk_editable_set_text (pw_project_list_get_editor (list), typed_text (PAGE_PROJECT));
      }
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
      value = pw_indicator_get_actual (pw_test_find_indicator (plan, GRID_INDICATOR), 2023);
      return value != NULL && g_strcmp0 (pw_value_get_text (value), typed_text (page)) == 0;
    case PAGE_OVERVIEW:
      return g_strcmp0 (pw_plan_get_title (plan), typed_text (page)) == 0;
    case PAGE_PROJECT:
      return g_strcmp0 (pw_project_get_lead (typed_project (plan)), typed_text (page)) == 0;
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
  PwWindow *window = pw_test_ui_open_window (app, file);

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
  PwWindow *window = pw_test_ui_open_window (app, file);
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
  PwWindow *window = pw_test_ui_open_window (app, file);
  GtkWindow *dialog;

  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_nullify_pointer), &window);
  type_on_page (window, page);
  press_accel (window, accel);
  g_assert_nonnull (window);
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pw_test_ui_respond (dialog, GTK_RESPONSE_ACCEPT);
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
  window = pw_test_ui_open_window (app, file);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_nullify_pointer), &window);
  g_assert_false (pw_history_get_modified (pw_plan_get_history (pw_window_get_plan (window))));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (pw_window_get_plan (window))), >, 0);

  press_accel (window, "<Control>w");
  g_assert_nonnull (window);
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pw_test_ui_respond (dialog, GTK_RESPONSE_CANCEL);
  g_assert_nonnull (window);

  /* a window with an empty new plan closes at once */
  gtk_window_destroy (GTK_WINDOW (window));
  window = pw_window_new (app);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_nullify_pointer), &window);
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  pw_test_ui_new_plan (window, 0, 0);
  g_assert_nonnull (pw_window_get_plan (window));
  press_accel (window, "<Control>w");
  g_assert_null (window);
}


/* The grid of a window on a copy of the sample, shown. */
static PwIndicatorGrid *
open_grid (PwWindow **window)
{
  g_autoptr(GFile) file = copy_sample ();
  PwIndicatorGrid *grid;

  *window = pw_test_ui_open_window (app, file);
  gtk_window_set_default_size (GTK_WINDOW (*window), 1200, 760);
  grid = window_grid (*window);
  gtk_widget_activate_action (GTK_WIDGET (*window), "win.show-page", "s", "indicators");
  pw_test_ui_settle ();
  return grid;
}

static void
key (PwIndicatorGrid *grid,
     guint            keyval,
     GdkModifierType  state)
{
  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (grid), keyval, state));
}

static char *
text_at (PwIndicatorGrid *grid,
         guint            row,
         const char      *column)
{
  return pw_indicator_grid_get_cell_text (grid, row, pw_indicator_grid_find_column (grid, column));
}

static PwIndicator *
row_at (PwIndicatorGrid *grid,
        guint            row)
{
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (pw_indicator_grid_get_rows (grid), row);

  return indicator;
}

/* Puts @provider on the grid's clipboard, presses Ctrl+V and waits for the
 * paste (it reads the clipboard asynchronously). */
static void
paste (PwIndicatorGrid    *grid,
       GdkContentProvider *provider)
{
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (grid)), provider);
  key (grid, GDK_KEY_v, GDK_CONTROL_MASK);
  pw_test_ui_wait_ms (100);
  pw_test_ui_iterate ();
}

static GdkContentProvider *
provider_for (const char *mime_type,
              const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return gdk_content_provider_new_for_bytes (mime_type, bytes);
}

/* A column of three values copied from LibreOffice Calc: as text, one cell a
 * line, each line ended by \n; as HTML, the table Calc writes (its own
 * attributes sdval and sdnum, the number's text as shown). */
#define CALC_TSV "93.1%\n1.5\n九十三\n"
#define CALC_HTML \
  "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n" \
  "<html>\n<head>\n\t<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"/>\n" \
  "\t<title></title>\n\t<meta name=\"generator\" content=\"LibreOffice 7.4.7.2 (Linux)\"/>\n" \
  "\t<style type=\"text/css\">\n\t\tbody,div,table,thead,tbody,tfoot,tr,th,td,p { font-family:\"Liberation Sans\"; font-size:x-small }\n" \
  "\t</style>\n</head>\n<body>\n" \
  "<table cellspacing=\"0\" border=\"0\">\n\t<colgroup width=\"85\"></colgroup>\n" \
  "\t<tr>\n\t\t<td height=\"17\" align=\"right\" sdval=\"0.931\" sdnum=\"2052;0;0.0%\">93.1%</td>\n\t</tr>\n" \
  "\t<tr>\n\t\t<td height=\"17\" align=\"right\" sdval=\"1.5\" sdnum=\"2052;\">1.5</td>\n\t</tr>\n" \
  "\t<tr>\n\t\t<td height=\"17\" align=\"left\">九十三</td>\n\t</tr>\n" \
  "</table>\n<!-- ************************************************************************** -->\n" \
  "</body>\n\n</html>\n"

/* A table of indicators copied from Calc, with its header row. */
#define CALC_TABLE_TSV \
  "指标名称\t单位\t2020年\t2025年\t指标属性\n" \
  "每千人口拥有3岁以下婴幼儿托位数\t个\t1.5\t4.5\t预期性\n" \
  "九年义务教育巩固率\t%\t95.2\t≥96\t约束性\n"
#define CALC_TABLE_HTML \
  "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"/><style>td { }</style></head><body>\n" \
  "<table cellspacing=\"0\" border=\"0\">\n<colgroup span=\"5\" width=\"85\"></colgroup>\n" \
  "<tr><td height=\"17\" align=\"left\">指标名称</td><td align=\"left\">单位</td><td align=\"left\">2020年</td>" \
  "<td align=\"left\">2025年</td><td align=\"left\">指标属性</td></tr>\n" \
  "<tr><td height=\"17\" align=\"left\">每千人口拥有3岁以下<br>婴幼儿托位数</td><td align=\"left\">个</td>" \
  "<td align=\"right\" sdval=\"1.5\" sdnum=\"2052;\">1.5</td><td align=\"right\" sdval=\"4.5\" sdnum=\"2052;\">4.5</td>" \
  "<td align=\"left\">预期性</td></tr>\n" \
  "<tr><td height=\"17\" align=\"left\">九年义务教育巩固率</td><td align=\"left\">%</td>" \
  "<td align=\"right\" sdval=\"95.2\" sdnum=\"2052;\">95.2</td><td align=\"left\">&ge;96</td>" \
  "<td align=\"left\">约束性</td></tr>\n</table>\n</body></html>\n"

/* After editing row 2, the cursor moved to row 5: Ctrl+Delete deletes row 5,
 * the one highlighted. */
static void
test_delete_cursor_row (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  PwPlan *plan = pw_window_get_plan (window);
  g_autoptr(PwIndicator) second = g_object_ref (row_at (grid, 2));
  g_autoptr(PwIndicator) fifth = g_object_ref (row_at (grid, 5));
  guint n = g_list_model_get_n_items (pw_plan_get_indicators (plan));
  guint row;

  pw_indicator_grid_set_cursor (grid, 2, pw_indicator_grid_find_column (grid, "unit"));
  g_assert_true (pw_indicator_grid_start_editing (grid, "人"));
  key (grid, GDK_KEY_Return, 0);
  key (grid, GDK_KEY_Down, 0);
  key (grid, GDK_KEY_Down, 0);
  pw_indicator_grid_get_cursor (grid, &row, NULL);
  g_assert_cmpuint (row, ==, 5);

  g_assert_true (pw_test_ui_press_shortcut (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "view"),
                                            GDK_KEY_Delete, GDK_CONTROL_MASK));
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, n - 1);
  g_assert_true (g_list_store_find (G_LIST_STORE (pw_plan_get_indicators (plan)), second, NULL));
  g_assert_false (g_list_store_find (G_LIST_STORE (pw_plan_get_indicators (plan)), fifth, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+Insert adds a row below the cursor's, as the context menu, the
 * shortcuts window and README.md say: the grid's own keys took it for Copy
 * (what it is in a text field), so it never reached the grid's shortcut;
 * the clipboard keeps what it held. */
static void
test_ctrl_insert_adds_row (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  PwPlan *plan = pw_window_get_plan (window);
  GtkWidget *view = pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "view");
  g_autoptr(PwIndicator) third = g_object_ref (row_at (grid, 3));
  guint n = g_list_model_get_n_items (pw_plan_get_indicators (plan));
  g_autofree char *text = NULL;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (grid)), "held");
  pw_indicator_grid_set_cursor (grid, 2, pw_indicator_grid_find_column (grid, "name"));
  /* as GTK delivers it: the grid's key controller first, then shortcuts */
  g_assert_false (pw_test_ui_press_key (GTK_WIDGET (grid), GDK_KEY_Insert, GDK_CONTROL_MASK));
  g_assert_true (pw_test_ui_press_shortcut (view, GDK_KEY_Insert, GDK_CONTROL_MASK));
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, n + 1);
  g_assert_true (row_at (grid, 3) != third);
  g_assert_true (row_at (grid, 4) == third);
  text = pw_test_ui_clipboard_text (GTK_WIDGET (grid));
  g_assert_cmpstr (text, ==, "held");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Deleting a row and undoing it leave the rows before it where they were
 * on the screen, as in a spreadsheet, in both views (the frozen columns'
 * too): the row under the cursor, and one above the middle of the view
 * (GTK's list keeps its middle row in place). */
static void
test_undo_delete_keeps_scroll (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "scrolled")));
  GtkAdjustment *frozen = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "frozen_scrolled")));
  const guint rows[] = { 10, 6 };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PwIndicator) deleted = NULL;
      double before;
      guint row;

      gtk_adjustment_set_value (v, 200);
      pw_test_ui_settle ();
      before = gtk_adjustment_get_value (v);
      g_assert_cmpfloat (before, >, 0);

      pw_indicator_grid_set_cursor (grid, rows[i], pw_indicator_grid_find_column (grid, "unit"));
      pw_test_ui_settle ();
      g_assert_cmpfloat (gtk_adjustment_get_value (v), ==, before);
      deleted = g_object_ref (row_at (grid, rows[i]));

      g_assert_true (pw_test_ui_press_shortcut (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "view"),
                                                GDK_KEY_Delete, GDK_CONTROL_MASK));
      pw_test_ui_settle ();
      pw_test_ui_wait_ms (100);
      pw_test_ui_settle ();
      g_assert_true (row_at (grid, rows[i]) != deleted);
      g_assert_cmpfloat (gtk_adjustment_get_value (v), ==, before);
      g_assert_cmpfloat (gtk_adjustment_get_value (frozen), ==, before);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
      pw_test_ui_settle ();
      pw_test_ui_wait_ms (100);
      pw_test_ui_settle ();
      g_assert_true (row_at (grid, rows[i]) == deleted);
      pw_indicator_grid_get_cursor (grid, &row, NULL);
      g_assert_cmpuint (row, ==, rows[i]);
      g_assert_cmpfloat (gtk_adjustment_get_value (v), ==, before);
      g_assert_cmpfloat (gtk_adjustment_get_value (frozen), ==, before);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The last indicator moved up (Alt+Up) twice: the cursor follows it, so
 * the second move moves it again, not the indicator it passed. */
static void
test_move_last_up (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  guint n = g_list_model_get_n_items (pw_indicator_grid_get_rows (grid));
  g_autoptr(PwIndicator) last = NULL;
  guint row;

  key (grid, GDK_KEY_End, GDK_CONTROL_MASK);
  key (grid, GDK_KEY_Home, 0);
  pw_indicator_grid_get_cursor (grid, &row, NULL);
  g_assert_cmpuint (row, ==, n - 1);
  last = g_object_ref (row_at (grid, n - 1));
  for (guint i = 1; i <= 2; i++)
    {
      g_assert_true (pw_test_ui_press_shortcut (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "view"),
                                                GDK_KEY_Up, GDK_ALT_MASK));
      g_assert_true (row_at (grid, n - 1 - i) == last);
      pw_indicator_grid_get_cursor (grid, &row, NULL);
      g_assert_cmpuint (row, ==, n - 1 - i);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Shift+arrows make a range; Delete clears it; one undo brings it all back
 * and puts the cursor where it was. */
static void
test_clear_range (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  PwHistory *history = pw_plan_get_history (pw_window_get_plan (window));
  const char *columns[] = { "baseline", "target", "nature" };
  char *before[3][3];
  guint first = 3, row, column;

  for (guint r = 0; r < 3; r++)
    for (guint c = 0; c < 3; c++)
      before[r][c] = text_at (grid, first + r, columns[c]);

  pw_indicator_grid_set_cursor (grid, first, pw_indicator_grid_find_column (grid, "baseline"));
  key (grid, GDK_KEY_Right, GDK_SHIFT_MASK);
  key (grid, GDK_KEY_Right, GDK_SHIFT_MASK);
  key (grid, GDK_KEY_Down, GDK_SHIFT_MASK);
  key (grid, GDK_KEY_Down, GDK_SHIFT_MASK);
  key (grid, GDK_KEY_Delete, 0);

  for (guint r = 0; r < 3; r++)
    for (guint c = 0; c < 3; c++)
      {
        g_autofree char *text = text_at (grid, first + r, columns[c]);
        g_assert_true (text == NULL || *text == '\0');
      }
  /* the row after the range is untouched */
  {
    g_autofree char *after = text_at (grid, first + 3, "baseline");
    g_assert_nonnull (after);
  }

  pw_indicator_grid_set_cursor (grid, 20, 0);
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Clear Cells");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pw_test_ui_iterate ();
  for (guint r = 0; r < 3; r++)
    for (guint c = 0; c < 3; c++)
      {
        g_autofree char *text = text_at (grid, first + r, columns[c]);
        g_assert_cmpstr (text, ==, before[r][c]);
        g_free (before[r][c]);
      }
  pw_indicator_grid_get_cursor (grid, &row, &column);
  g_assert_cmpuint (row, ==, first);
  g_assert_cmpint (column, ==, pw_indicator_grid_find_column (grid, "baseline"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
check_pasted_column (PwIndicatorGrid *grid,
                     guint            first)
{
  PwValue *value;

  value = pw_indicator_get_actual (row_at (grid, first), 2023);
  g_assert_cmpstr (pw_value_get_text (value), ==, "93.1%");
  g_assert_cmpint (pw_value_get_kind (value), ==, PW_VALUE_NUMBER);
  g_assert_cmpfloat_with_epsilon (pw_value_get_number (value), 93.1, 1e-9);
  g_assert_cmpint (pw_value_get_unit_kind (value), ==, PW_UNIT_PERCENT);

  value = pw_indicator_get_actual (row_at (grid, first + 1), 2023);
  g_assert_cmpstr (pw_value_get_text (value), ==, "1.5");
  g_assert_cmpfloat_with_epsilon (pw_value_get_number (value), 1.5, 1e-9);

  /* unreadable: kept as typed, marked */
  value = pw_indicator_get_actual (row_at (grid, first + 2), 2023);
  g_assert_cmpstr (pw_value_get_text (value), ==, "九十三");
  g_assert_cmpint (pw_value_get_kind (value), ==, PW_VALUE_INVALID);
}

/* A column of values from Calc pasted into the 2023 column fills it
 * downward, parsed, as one undo step. */
static void
test_paste_column (gconstpointer data)
{
  const char *mime_type = data;
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  PwHistory *history = pw_plan_get_history (pw_window_get_plan (window));
  g_autoptr(GdkContentProvider) provider = NULL;
  g_autofree char *below = text_at (grid, 7, "2023");
  guint first = 4;

  provider = provider_for (mime_type, g_str_equal (mime_type, "text/html") ? CALC_HTML : CALC_TSV);
  pw_indicator_grid_set_cursor (grid, first, pw_indicator_grid_find_column (grid, "2023"));
  paste (grid, provider);
  check_pasted_column (grid, first);
  {
    g_autofree char *after = text_at (grid, 7, "2023");
    g_assert_cmpstr (after, ==, below);
  }

  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Paste");
  g_assert_true (pw_history_undo (history));
  g_assert_cmpstr (pw_history_get_undo_label (history), !=, "Paste");
  g_assert_true (pw_history_redo (history));
  check_pasted_column (grid, first);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A table of indicators pasted into a new plan makes them, its columns
 * matched by their headers, every value parsed. */
static void
test_paste_into_empty_plan (gconstpointer data)
{
  const char *mime_type = data;
  PwWindow *window = pw_window_new (app);
  PwIndicatorGrid *grid = window_grid (window);
  g_autoptr(GdkContentProvider) provider = NULL;
  PwPlan *plan;
  GListModel *indicators;
  PwIndicator *first, *second;

  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  pw_test_ui_new_plan (window, 0, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  pw_test_ui_settle ();
  plan = pw_window_get_plan (window);
  indicators = pw_plan_get_indicators (plan);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 0);

  provider = provider_for (mime_type, g_str_equal (mime_type, "text/html") ? CALC_TABLE_HTML : CALC_TABLE_TSV);
  paste (grid, provider);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 2);
  first = g_list_model_get_item (indicators, 0);
  second = g_list_model_get_item (indicators, 1);
  g_object_unref (first);
  g_object_unref (second);

  g_assert_cmpstr (pw_indicator_get_name (first), ==,
                   g_str_equal (mime_type, "text/html") ? "每千人口拥有3岁以下\n婴幼儿托位数" : "每千人口拥有3岁以下婴幼儿托位数");
  g_assert_cmpstr (pw_indicator_get_unit (first), ==, "个");
  g_assert_cmpfloat_with_epsilon (pw_value_get_number (pw_indicator_get_baseline (first)), 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (pw_value_get_number (pw_indicator_get_target (first)), 4.5, 1e-9);
  g_assert_cmpint (pw_indicator_get_nature (first), ==, PW_NATURE_EXPECTED);

  g_assert_cmpstr (pw_indicator_get_name (second), ==, "九年义务教育巩固率");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (second)), ==, "≥96");
  g_assert_cmpint (pw_value_get_comparator (pw_indicator_get_target (second)), ==, PW_COMPARATOR_GREATER_EQUAL);
  g_assert_cmpfloat_with_epsilon (pw_value_get_number (pw_indicator_get_target (second)), 96, 1e-9);
  g_assert_cmpint (pw_indicator_get_nature (second), ==, PW_NATURE_BINDING);

  /* one step undoes them all */
  g_assert_true (pw_history_undo (pw_plan_get_history (plan)));
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 0);

  pw_history_set_unmodified (pw_plan_get_history (plan));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pasting more rows than there are below the cursor asks; adding makes the
 * indicators the rows need. */
static void
test_paste_adds_rows (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GListModel *indicators = pw_plan_get_indicators (pw_window_get_plan (window));
  g_autoptr(GdkContentProvider) provider = provider_for ("text/plain;charset=utf-8", CALC_TSV);
  guint n = g_list_model_get_n_items (indicators);
  GtkWindow *dialog;

  pw_indicator_grid_set_cursor (grid, n - 2, pw_indicator_grid_find_column (grid, "2023"));
  paste (grid, provider);
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n);
  pw_test_ui_respond (dialog, GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n + 1);
  check_pasted_column (grid, n - 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Two indicators under a header row of the words a plan's table has, as
 * Calc copies them. */
#define HEADED_TSV \
  "指标\t单位\t基期值\t目标值\t指标性质\n" \
  "养老机构护理型床位占比\t%\t50\t60\t约束性\n" \
  "社区托育点数\t万个\t3.5\t≥4\t预期性\n"
#define HEADED_HTML \
  "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"/></head><body>\n" \
  "<table cellspacing=\"0\" border=\"0\">\n<colgroup span=\"5\" width=\"85\"></colgroup>\n" \
  "<tr><td height=\"17\" align=\"left\">指标</td><td align=\"left\">单位</td><td align=\"left\">基期值</td>" \
  "<td align=\"left\">目标值</td><td align=\"left\">指标性质</td></tr>\n" \
  "<tr><td height=\"17\" align=\"left\">养老机构护理型床位占比</td><td align=\"left\">%</td>" \
  "<td align=\"right\" sdval=\"50\" sdnum=\"2052;\">50</td><td align=\"right\" sdval=\"60\" sdnum=\"2052;\">60</td>" \
  "<td align=\"left\">约束性</td></tr>\n" \
  "<tr><td height=\"17\" align=\"left\">社区托育点数</td><td align=\"left\">万个</td>" \
  "<td align=\"right\" sdval=\"3.5\" sdnum=\"2052;\">3.5</td><td align=\"left\">&ge;4</td>" \
  "<td align=\"left\">预期性</td></tr>\n</table>\n</body></html>\n"

static void
check_headed_row (PwIndicator *indicator,
                  const char  *name,
                  const char  *unit,
                  const char  *baseline,
                  const char  *target,
                  PwNature     nature)
{
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, name);
  g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, unit);
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_baseline (indicator)), ==, baseline);
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, target);
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, nature);
}

/* A table with its header row pasted on a plan's row adds its indicators
 * below that row, in the category of the row, as one step; the rows that
 * were there are not written over. */
static void
test_paste_headed_table (gconstpointer data)
{
  const char *mime_type = data;
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  PwHistory *history = pw_plan_get_history (pw_window_get_plan (window));
  GListModel *indicators = pw_plan_get_indicators (pw_window_get_plan (window));
  g_autoptr(GdkContentProvider) provider = provider_for (mime_type, g_str_equal (mime_type, "text/html") ? HEADED_HTML : HEADED_TSV);
  guint n = g_list_model_get_n_items (indicators);
  const char *columns[] = { "name", "unit", "baseline", "target", "nature" };
  const guint first = 4;
  PwIndicator *old[3];
  char *before[3][G_N_ELEMENTS (columns)];
  guint row;

  for (guint r = 0; r < 3; r++)
    {
      old[r] = g_object_ref (row_at (grid, first + r));
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        before[r][c] = text_at (grid, first + r, columns[c]);
    }
  g_assert_cmpstr (before[0][0], !=, "");

  pw_indicator_grid_set_cursor (grid, first, pw_indicator_grid_find_column (grid, "name"));
  paste (grid, provider);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n + 2);
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Paste Indicators");
  /* the row pasted on, then the two added, then the rows that followed it */
  for (guint r = 0; r < 3; r++)
    {
      guint at = r == 0 ? first : first + 2 + r;

      g_assert_true (row_at (grid, at) == old[r]);
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          g_autofree char *text = text_at (grid, at, columns[c]);

          g_assert_cmpstr (text, ==, before[r][c]);
        }
    }
  check_headed_row (row_at (grid, first + 1), "养老机构护理型床位占比", "%", "50", "60", PW_NATURE_BINDING);
  check_headed_row (row_at (grid, first + 2), "社区托育点数", "万个", "3.5", "≥4", PW_NATURE_EXPECTED);
  g_assert_cmpstr (pw_indicator_get_category (row_at (grid, first + 1)), ==, pw_indicator_get_category (old[0]));
  pw_indicator_grid_get_cursor (grid, &row, NULL);
  g_assert_cmpuint (row, ==, first + 1);

  /* one undo takes both away */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n);
  for (guint r = 0; r < 3; r++)
    {
      g_assert_true (row_at (grid, first + r) == old[r]);
      g_object_unref (old[r]);
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        g_free (before[r][c]);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Rows copied without their header, the first one's name with 指标 in it
 * (a header's word), write over the rows from the cursor on, as any other
 * rows: a header row names another column too. */
static void
test_paste_rows_named_like_headers (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GListModel *indicators = pw_plan_get_indicators (pw_window_get_plan (window));
  g_autoptr(GdkContentProvider) provider = provider_for ("text/plain;charset=utf-8",
                                                         "科学指标数据库学科数\t个\t3\t5\t预期性\n"
                                                         "社区托育点数\t万个\t3.5\t≥4\t预期性\n");
  guint n = g_list_model_get_n_items (indicators);
  const guint first = 4;

  pw_indicator_grid_set_cursor (grid, first, pw_indicator_grid_find_column (grid, "name"));
  paste (grid, provider);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n);
  check_headed_row (row_at (grid, first), "科学指标数据库学科数", "个", "3", "5", PW_NATURE_EXPECTED);
  check_headed_row (row_at (grid, first + 1), "社区托育点数", "万个", "3.5", "≥4", PW_NATURE_EXPECTED);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+C puts the range on the clipboard as tab-separated text and as an
 * HTML table; Ctrl+V elsewhere puts the same texts there. */
static void
test_copy_paste_round_trip (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (grid));
  const char *columns[] = { "unit", "baseline", "target" };
  g_autoptr(GString) expected = g_string_new (NULL);
  GdkContentFormats *formats;
  guint from = 0, to = 10;

  for (guint r = 0; r < 2; r++)
    for (guint c = 0; c < 3; c++)
      {
        g_autofree char *text = text_at (grid, from + r, columns[c]);
        g_string_append_printf (expected, "%s%c", text ? text : "", c == 2 ? '\n' : '\t');
      }

  pw_indicator_grid_set_cursor (grid, from, pw_indicator_grid_find_column (grid, "unit"));
  key (grid, GDK_KEY_Down, GDK_SHIFT_MASK);
  key (grid, GDK_KEY_Right, GDK_SHIFT_MASK);
  key (grid, GDK_KEY_Right, GDK_SHIFT_MASK);
  key (grid, GDK_KEY_c, GDK_CONTROL_MASK);

  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/html"));
  {
    g_autofree char *text = pw_test_ui_clipboard_text (GTK_WIDGET (grid));

    g_assert_cmpstr (text, ==, expected->str);
  }

  pw_indicator_grid_set_cursor (grid, to, pw_indicator_grid_find_column (grid, "unit"));
  key (grid, GDK_KEY_v, GDK_CONTROL_MASK);
  pw_test_ui_wait_ms (100);
  pw_test_ui_iterate ();
  for (guint r = 0; r < 2; r++)
    for (guint c = 0; c < 3; c++)
      {
        g_autofree char *copied = text_at (grid, from + r, columns[c]);
        g_autofree char *pasted = text_at (grid, to + r, columns[c]);
        g_assert_cmpstr (pasted, ==, copied);
      }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A qualitative target's year (人均公共服务财政支出, 稳定增长: 基本实现 in
 * 2023 in the sample) takes a number pasted or typed over its state: the
 * state goes, the value shows; a state's word pasted is a state again; a
 * text that is neither is kept and marked, as typing it is. */
static void
test_paste_over_state (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  guint row = pw_test_ui_find_row (grid, "人均公共服务财政支出");
  int column = pw_indicator_grid_find_column (grid, "2023");
  PwIndicator *indicator = row_at (grid, row);
  g_autoptr(GdkContentProvider) number = provider_for ("text/plain;charset=utf-8", "5600\n");
  g_autoptr(GdkContentProvider) state = provider_for ("text/plain;charset=utf-8", "已实现\n");
  g_autoptr(GdkContentProvider) words = provider_for ("text/plain;charset=utf-8", "约五千\n");
  PwValue *value;

  g_assert_cmpint (pw_indicator_get_state (indicator, 2023), ==, PW_QUAL_STATE_LARGELY_DONE);
  pw_indicator_grid_set_cursor (grid, row, column);
  paste (grid, number);
  g_assert_cmpint (pw_indicator_get_state (indicator, 2023), ==, PW_QUAL_STATE_NONE);
  value = pw_indicator_get_actual (indicator, 2023);
  g_assert_nonnull (value);
  g_assert_cmpint (pw_value_get_kind (value), ==, PW_VALUE_NUMBER);
  g_assert_cmpfloat (pw_value_get_number (value), ==, 5600);
  {
    g_autofree char *shown = text_at (grid, row, "2023");
    g_assert_cmpstr (shown, ==, "5600");
  }

  paste (grid, state);
  g_assert_cmpint (pw_indicator_get_state (indicator, 2023), ==, PW_QUAL_STATE_DONE);
  g_assert_null (pw_indicator_get_actual (indicator, 2023));

  paste (grid, words);
  g_assert_cmpint (pw_indicator_get_state (indicator, 2023), ==, PW_QUAL_STATE_NONE);
  value = pw_indicator_get_actual (indicator, 2023);
  g_assert_cmpstr (pw_value_get_text (value), ==, "约五千");
  g_assert_cmpint (pw_value_get_kind (value), ==, PW_VALUE_INVALID);
  g_assert_true (gtk_widget_get_visible (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "reason_label")));

  /* typing does the same as pasting */
  paste (grid, state);
  g_assert_true (pw_indicator_grid_start_editing (grid, "5700"));
  key (grid, GDK_KEY_Return, 0);
  g_assert_cmpint (pw_indicator_get_state (indicator, 2023), ==, PW_QUAL_STATE_NONE);
  g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_actual (indicator, 2023)), ==, 5700);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
assert_cursor (PwIndicatorGrid *grid,
               guint            row,
               const char      *column)
{
  guint at_row, at_column;

  pw_indicator_grid_get_cursor (grid, &at_row, &at_column);
  g_assert_cmpuint (at_row, ==, row);
  g_assert_cmpint (at_column, ==, pw_indicator_grid_find_column (grid, column));
}

/* Calc's keys: Enter after a run of Tabs goes back to the column where the
 * run started, one row down; after typing, the arrows store and move;
 * after F2 they move the caret and the cell stays open. */
static void
test_keys (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  PwIndicator *indicator = row_at (grid, 2);
  GtkEditable *editor;

  /* unit, baseline, target typed in a run of Tabs, then Enter */
  pw_indicator_grid_set_cursor (grid, 2, pw_indicator_grid_find_column (grid, "unit"));
  g_assert_true (pw_indicator_grid_start_editing (grid, "万人"));
  key (grid, GDK_KEY_Tab, 0);
  assert_cursor (grid, 2, "baseline");
  g_assert_true (pw_indicator_grid_start_editing (grid, "12"));
  key (grid, GDK_KEY_Tab, 0);
  assert_cursor (grid, 2, "target");
  g_assert_true (pw_indicator_grid_start_editing (grid, "15"));
  key (grid, GDK_KEY_Return, 0);
  assert_cursor (grid, 3, "unit");
  g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, "万人");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_baseline (indicator)), ==, "12");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, "15");
  /* a plain Enter then stays in its column */
  key (grid, GDK_KEY_Return, 0);
  assert_cursor (grid, 4, "unit");

  /* typed: each arrow stores and moves */
  pw_indicator_grid_set_cursor (grid, 5, pw_indicator_grid_find_column (grid, "2023"));
  g_assert_true (pw_indicator_grid_start_editing (grid, "61"));
  key (grid, GDK_KEY_Right, 0);
  assert_cursor (grid, 5, "2024");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_actual (row_at (grid, 5), 2023)), ==, "61");
  g_assert_true (pw_indicator_grid_start_editing (grid, "62"));
  key (grid, GDK_KEY_Down, 0);
  assert_cursor (grid, 6, "2024");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_actual (row_at (grid, 5), 2024)), ==, "62");
  g_assert_true (pw_indicator_grid_start_editing (grid, "63"));
  key (grid, GDK_KEY_Left, 0);
  assert_cursor (grid, 6, "2023");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_actual (row_at (grid, 6), 2024)), ==, "63");
  g_assert_true (pw_indicator_grid_start_editing (grid, "64"));
  key (grid, GDK_KEY_Up, 0);
  assert_cursor (grid, 5, "2023");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_actual (row_at (grid, 6), 2023)), ==, "64");

  /* F2: Up and Down take the caret to the ends of the text, Left and Right
   * are the editor's; the cursor stays and the cell stays open */
  key (grid, GDK_KEY_F2, 0);
  editor = pw_indicator_grid_get_editor (grid);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (editor), ==, "61");
  key (grid, GDK_KEY_Up, 0);
  g_assert_cmpint (gtk_editable_get_position (editor), ==, 0);
  key (grid, GDK_KEY_Down, 0);
  g_assert_cmpint (gtk_editable_get_position (editor), ==, 2);
  g_assert_false (pw_test_ui_press_key (GTK_WIDGET (grid), GDK_KEY_Left, 0));
  g_assert_false (pw_test_ui_press_key (GTK_WIDGET (grid), GDK_KEY_Right, 0));
  assert_cursor (grid, 5, "2023");
  g_assert_true (pw_indicator_grid_get_editor (grid) == editor);
  key (grid, GDK_KEY_Escape, 0);
  g_assert_null (pw_indicator_grid_get_editor (grid));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+D fills the first row of the range down, as one undo step; undo and
 * redo put the cursor on the cell they changed. */
static void
test_fill_down_undo_cursor (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  PwHistory *history = pw_plan_get_history (pw_window_get_plan (window));
  g_autofree char *unit = text_at (grid, 7, "unit");
  char *before[3];

  /* 万人 (城镇新增就业人数) over 万人, nothing and 张: a fill that changes
   * something (the units of rows 3 to 6 are all empty, and a fill that
   * changes nothing is no undo step) */
  g_assert_cmpstr (unit, ==, "万人");

  for (guint r = 0; r < 3; r++)
    before[r] = text_at (grid, 8 + r, "unit");
  pw_indicator_grid_set_cursor (grid, 7, pw_indicator_grid_find_column (grid, "unit"));
  for (guint r = 0; r < 3; r++)
    key (grid, GDK_KEY_Down, GDK_SHIFT_MASK);
  key (grid, GDK_KEY_d, GDK_CONTROL_MASK);
  for (guint r = 0; r < 3; r++)
    {
      g_autofree char *text = text_at (grid, 8 + r, "unit");

      g_assert_cmpstr (text, ==, unit);
    }
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Fill Down");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pw_test_ui_iterate ();
  for (guint r = 0; r < 3; r++)
    {
      g_autofree char *text = text_at (grid, 8 + r, "unit");

      g_assert_cmpstr (text, ==, before[r]);
      g_free (before[r]);
    }

  /* a value typed on row 6, the cursor taken far away: undo and redo come
   * back to it */
  pw_indicator_grid_set_cursor (grid, 6, pw_indicator_grid_find_column (grid, "2022"));
  g_assert_true (pw_indicator_grid_start_editing (grid, "77"));
  key (grid, GDK_KEY_Return, 0);
  assert_cursor (grid, 7, "2022");
  pw_indicator_grid_set_cursor (grid, 20, pw_indicator_grid_find_column (grid, "unit"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pw_test_ui_iterate ();
  assert_cursor (grid, 6, "2022");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_actual (row_at (grid, 6), 2022)), !=, "77");
  pw_indicator_grid_set_cursor (grid, 1, pw_indicator_grid_find_column (grid, "name"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  pw_test_ui_iterate ();
  assert_cursor (grid, 6, "2022");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_actual (row_at (grid, 6), 2022)), ==, "77");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The list of a cell's choices, opened with Alt+Down, and the one labelled
 * @label chosen in it, as a click does. */
static void
choose_in_cell (PwIndicatorGrid *grid,
                guint            row,
                const char      *column,
                const char      *label)
{
  GtkWidget *cell;
  GtkListBox *list;
  GtkListBoxRow *found = NULL;

  pw_indicator_grid_set_cursor (grid, row, pw_indicator_grid_find_column (grid, column));
  pw_test_ui_settle ();
  key (grid, GDK_KEY_Down, GDK_ALT_MASK);
  pw_test_ui_iterate ();
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, column));
  g_assert_nonnull (cell);
  g_assert_true (pw_grid_cell_has_popup (PW_GRID_CELL (cell)));
  list = GTK_LIST_BOX (pw_test_ui_find_descendant (cell, GTK_TYPE_LIST_BOX));
  g_assert_nonnull (list);
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *choice = gtk_list_box_get_row_at_index (list, i);

      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (choice))), label) == 0)
        found = choice;
    }
  g_assert_nonnull (found);
  g_signal_emit_by_name (list, "row-activated", found);
  pw_test_ui_settle ();
}

/* 指标性质 and a qualitative target's yearly state are chosen from a list in
 * the cell; typing them still works. */
static void
test_choices (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  guint row = pw_test_ui_find_row (grid, "人均公共服务财政支出");
  PwIndicator *indicator = row_at (grid, row);
  PwNature other;

  other = pw_indicator_get_nature (indicator) == PW_NATURE_BINDING ? PW_NATURE_EXPECTED : PW_NATURE_BINDING;
  choose_in_cell (grid, row, "nature", pw_nature_to_label (other));
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, other);
  g_assert_null (pw_indicator_grid_get_editor (grid));
  g_assert_cmpstr (pw_history_get_undo_label (pw_plan_get_history (pw_window_get_plan (window))), !=, NULL);

  g_assert_cmpint (pw_indicator_get_state (indicator, 2023), ==, PW_QUAL_STATE_LARGELY_DONE);
  choose_in_cell (grid, row, "2023", pw_qual_state_to_label (PW_QUAL_STATE_DONE));
  g_assert_cmpint (pw_indicator_get_state (indicator, 2023), ==, PW_QUAL_STATE_DONE);
  g_assert_null (pw_indicator_grid_get_editor (grid));

  /* typed, in words as the list shows them */
  pw_indicator_grid_set_cursor (grid, row, pw_indicator_grid_find_column (grid, "2022"));
  g_assert_true (pw_indicator_grid_start_editing (grid, pw_qual_state_to_label (PW_QUAL_STATE_IN_PROGRESS)));
  key (grid, GDK_KEY_Return, 0);
  g_assert_cmpint (pw_indicator_get_state (indicator, 2022), ==, PW_QUAL_STATE_IN_PROGRESS);
  pw_indicator_grid_set_cursor (grid, row, pw_indicator_grid_find_column (grid, "nature"));
  g_assert_true (pw_indicator_grid_start_editing (grid, pw_nature_to_label (PW_NATURE_BINDING)));
  key (grid, GDK_KEY_Return, 0);
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_BINDING);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The line under the grid says why the value under the cursor cannot be
 * read, while the cursor is on it, and goes when it leaves. */
static void
test_reason_line (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GtkWidget *reason = pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "reason_label");

  pw_indicator_grid_set_cursor (grid, 5, pw_indicator_grid_find_column (grid, "2023"));
  g_assert_false (gtk_widget_get_visible (reason));
  g_assert_true (pw_indicator_grid_start_editing (grid, "约九十"));
  key (grid, GDK_KEY_Return, 0);
  g_assert_cmpint (pw_value_get_kind (pw_indicator_get_actual (row_at (grid, 5), 2023)), ==, PW_VALUE_INVALID);
  g_assert_false (gtk_widget_get_visible (reason));
  key (grid, GDK_KEY_Up, 0);
  g_assert_true (gtk_widget_get_visible (reason));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (reason)), "约九十"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (reason)),
                            pw_value_get_problem (pw_indicator_get_actual (row_at (grid, 5), 2023))));
  key (grid, GDK_KEY_Right, 0);
  g_assert_false (gtk_widget_get_visible (reason));
  key (grid, GDK_KEY_Left, 0);
  g_assert_true (gtk_widget_get_visible (reason));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Alt+1, Alt+2 and Alt+3 put the focus in the page they show, so that the
 * keys after act on it (the arrows move the grid's cursor). */
static void
test_page_keys_focus (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  const struct {
    const char *accel;
    const char *page;
  } pages[] = {
    { "<Alt>1", "overview_page" },
    { "<Alt>3", "charts_page" },
    { "<Alt>2", "grid" },
  };
  guint row;

  pw_indicator_grid_set_cursor (grid, 3, pw_indicator_grid_find_column (grid, "unit"));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, pages[i].page);
      GtkWidget *focus;

      press_accel (window, pages[i].accel);
      pw_test_ui_settle ();
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_true (focus == page || gtk_widget_is_ancestor (focus, page));
    }
  g_assert_true (pw_test_ui_press_key_to (gtk_root_get_focus (GTK_ROOT (window)), GDK_KEY_Down, 0));
  pw_indicator_grid_get_cursor (grid, &row, NULL);
  g_assert_cmpuint (row, ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A column copied from LibreOffice Calc 24.2, which adds its own JSON of
 * each value (data-sheets-value, entities for its quotes) and writes an
 * empty cell as <br>: a negative percentage, an empty cell (it empties the
 * cell pasted on, as in Calc) and a number with a thousands separator. */
#define CALC24_TSV "-1.5%\n\n12,500\n"
#define CALC24_HTML \
  "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n" \
  "<html>\n<head>\n\t<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"/>\n" \
  "\t<title></title>\n\t<meta name=\"generator\" content=\"LibreOffice 24.2.7.2 (Linux)\"/>\n" \
  "\t<style type=\"text/css\">\n\t\tbody,div,table,thead,tbody,tfoot,tr,th,td,p { font-family:\"Liberation Sans\"; font-size:x-small }\n" \
  "\t\ta.comment-indicator:hover + comment { background:#ffd; position:absolute; display:block; border:1px solid black; padding:0.5em;  }\n" \
  "\t</style>\n</head>\n<body>\n" \
  "<table cellspacing=\"0\" border=\"0\">\n\t<colgroup width=\"85\"></colgroup>\n" \
  "\t<tr>\n\t\t<td height=\"17\" align=\"right\" sdval=\"-0.015\" sdnum=\"2052;0;0.0%\" " \
  "data-sheets-value=\"{ &quot;1&quot;: 3, &quot;3&quot;: -0.015}\" " \
  "data-sheets-numberformat=\"{ &quot;1&quot;: 2, &quot;2&quot;: &quot;0.0%&quot;, &quot;3&quot;: 1}\">-1.5%</td>\n\t</tr>\n" \
  "\t<tr>\n\t\t<td height=\"17\" align=\"left\" data-sheets-value=\"{ &quot;1&quot;: 2, &quot;2&quot;: &quot;&quot;}\"><br></td>\n\t</tr>\n" \
  "\t<tr>\n\t\t<td height=\"17\" align=\"right\" sdval=\"12500\" sdnum=\"2052;0;#,##0\" " \
  "data-sheets-value=\"{ &quot;1&quot;: 3, &quot;3&quot;: 12500}\">12,500</td>\n\t</tr>\n" \
  "</table>\n<!-- ************************************************************************** -->\n" \
  "</body>\n\n</html>\n"

static void
test_paste_calc24 (gconstpointer data)
{
  const char *mime_type = data;
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  g_autoptr(GdkContentProvider) provider = NULL;
  guint first = 4;
  PwValue *value;

  g_assert_nonnull (pw_indicator_get_actual (row_at (grid, first + 1), 2023));
  provider = provider_for (mime_type, g_str_equal (mime_type, "text/html") ? CALC24_HTML : CALC24_TSV);
  pw_indicator_grid_set_cursor (grid, first, pw_indicator_grid_find_column (grid, "2023"));
  paste (grid, provider);

  value = pw_indicator_get_actual (row_at (grid, first), 2023);
  g_assert_cmpstr (pw_value_get_text (value), ==, "-1.5%");
  g_assert_cmpint (pw_value_get_kind (value), ==, PW_VALUE_NUMBER);
  g_assert_cmpfloat_with_epsilon (pw_value_get_number (value), -1.5, 1e-9);
  g_assert_cmpint (pw_value_get_unit_kind (value), ==, PW_UNIT_PERCENT);
  value = pw_indicator_get_actual (row_at (grid, first + 1), 2023);
  g_assert_true (value == NULL || *pw_value_get_text (value) == '\0');
  value = pw_indicator_get_actual (row_at (grid, first + 2), 2023);
  g_assert_cmpint (pw_value_get_kind (value), ==, PW_VALUE_NUMBER);
  g_assert_cmpfloat_with_epsilon (pw_value_get_number (value), 12500, 1e-9);
  {
    g_autofree char *shown = text_at (grid, first, "2023");

    g_assert_cmpstr (shown, ==, "-1.5%");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_cells (GtkWidget *widget,
               GPtrArray *cells)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (PW_IS_GRID_CELL (child) && gtk_widget_get_mapped (child))
        g_ptr_array_add (cells, child);
      collect_cells (child, cells);
    }
}

/* Whether a cell of the scrolling columns is cut by the left edge of the
 * view: the column beside the frozen ones shown in part (性质 as 性). */
static gboolean
column_cut_at_left (PwIndicatorGrid *grid)
{
  GtkWidget *scrolled = pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "scrolled");
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_cells (scrolled, cells);
  g_assert_cmpuint (cells->len, >, 0);
  for (guint i = 0; i < cells->len; i++)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (cells, i), scrolled, &bounds));
      if (bounds.origin.x < -0.5 && bounds.origin.x + bounds.size.width > 0.5)
        return TRUE;
    }
  return FALSE;
}

/* Whether the view's left edge is at a column's start: the cells' places
 * in their rows (in the scrolled window they may be those of the layout
 * before a change of the page's width). */
static gboolean
at_column_start (PwIndicatorGrid *grid)
{
  GtkWidget *scrolled = pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "scrolled");
  double value = gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)));
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_cells (scrolled, cells);
  g_assert_cmpuint (cells->len, >, 0);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (cells, i);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (cell, gtk_widget_get_parent (gtk_widget_get_parent (cell)), &bounds));
      if (ABS (bounds.origin.x - value) < 0.5)
        return TRUE;
    }
  return FALSE;
}

/* Scrolled sideways, by the scroll bar or by the cursor, the grid shows
 * whole columns beside the frozen ones, as a spreadsheet does. */
static void
test_scroll_whole_columns (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (
    GTK_SCROLLED_WINDOW (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "scrolled")));
  const double steps[] = { 30, 110, 250, 200, 20 };

  g_assert_cmpfloat (gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h), >, 300);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      gtk_adjustment_set_value (h, steps[i]);
      pw_test_ui_wait_ms (150);
      pw_test_ui_settle ();
      g_test_message ("scrolled to %g: at %g", steps[i], gtk_adjustment_get_value (h));
      g_assert_false (column_cut_at_left (grid));
    }

  /* the cursor walking right from the name brings columns in whole */
  gtk_adjustment_set_value (h, 0);
  pw_test_ui_wait_ms (150);
  pw_test_ui_settle ();
  pw_indicator_grid_set_cursor (grid, 2, pw_indicator_grid_find_column (grid, "name"));
  for (guint i = 0; i < 9; i++)
    {
      key (grid, GDK_KEY_Right, 0);
      pw_test_ui_wait_ms (100);
      pw_test_ui_settle ();
      g_assert_false (column_cut_at_left (grid));
    }
  g_assert_cmpfloat (gtk_adjustment_get_value (h), >, 0);

  /* a range of 2023 and 2024 selected, the window made larger and the range
   * selected again, as the screenshots do: the view still starts at a
   * column (its scroll, computed before the wider page was laid out,
   * snapped to the end of the scrolling and left 性质 cut, read as 质) */
  pw_indicator_grid_select (grid, 24, pw_indicator_grid_find_column (grid, "2023"), 27, pw_indicator_grid_find_column (grid, "2024"));
  pw_test_ui_wait_ms (150);
  pw_test_ui_settle ();
  g_assert_false (column_cut_at_left (grid));
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  pw_test_ui_settle ();
  pw_indicator_grid_select (grid, 24, pw_indicator_grid_find_column (grid, "2023"), 27, pw_indicator_grid_find_column (grid, "2024"));
  for (guint i = 0; i < 4; i++)
    {
      pw_test_ui_wait_ms (100);
      pw_test_ui_settle ();
    }
  g_test_message ("at 1600×1000: scrolled to %g of %g", gtk_adjustment_get_value (h),
                  gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h));
  g_assert_false (column_cut_at_left (grid));
  /* at 1200×760 the view at a column past the end of the scrolling at
   * 1600×1000; the window made larger pushes it back to that end, where
   * the view stayed with 性质 cut (质 beside the name, as the screenshots
   * showed) */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  for (guint i = 0; i < 3; i++)
    {
      pw_test_ui_wait_ms (100);
      pw_test_ui_settle ();
    }
  gtk_adjustment_set_value (h, 600);
  pw_test_ui_wait_ms (150);
  pw_test_ui_settle ();
  g_test_message ("at 1200×760: at %g", gtk_adjustment_get_value (h));
  g_assert_true (at_column_start (grid));
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  for (guint i = 0; i < 4; i++)
    {
      pw_test_ui_wait_ms (100);
      pw_test_ui_settle ();
    }
  g_test_message ("then at 1600×1000: at %g of %g", gtk_adjustment_get_value (h),
                  gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h), <, 600);
  g_assert_true (at_column_start (grid));

  /* a scroll to just before the end, where the next column's start is
   * past the end */
  gtk_adjustment_set_value (h, gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h) - 1);
  pw_test_ui_wait_ms (150);
  pw_test_ui_settle ();
  g_test_message ("scrolled to the end less 1: at %g of %g", gtk_adjustment_get_value (h),
                  gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h));
  g_assert_false (column_cut_at_left (grid));
  g_assert_true (at_column_start (grid));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The cell's context menu, opened as a right click opens it, and the item
 * of @action chosen in it, as a click on it does. */
static GtkWidget *
menu_on (PwIndicatorGrid *grid,
         guint            row,
         const char      *column)
{
  GtkWidget *cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, column));
  GtkWidget *popover;

  g_assert_nonnull (cell);
  popover = pw_comment_menu_show_at (cell, 4, 4);
  g_assert_nonnull (popover);
  return popover;
}

static void
choose (GtkWidget  *popover,
        const char *action,
        const char *label)
{
  g_autofree char *found = NULL;

  g_assert_true (pw_test_ui_menu_find (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)), action,
                                       &found, NULL));
  g_assert_cmpstr (found, ==, label);
  g_assert_true (gtk_widget_activate_action (popover, action, NULL));
  gtk_popover_popdown (GTK_POPOVER (popover));
  pw_test_ui_wait_ms (100);
  pw_test_ui_iterate ();
}

/* A cell's context menu has Calc's Cut, Copy, Paste, Insert Row and Delete
 * Rows: a right click in the range keeps it and Copy copies it; Paste puts
 * it where the menu was opened; outside the range the cell clicked is the
 * cursor, whose row Insert Row adds below and Delete Rows deletes. */
static void
test_context_menu (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  PwPlan *plan = pw_window_get_plan (window);
  guint n = g_list_model_get_n_items (pw_plan_get_indicators (plan));
  g_autofree char *unit0 = text_at (grid, 0, "unit");
  g_autofree char *baseline0 = text_at (grid, 0, "baseline");
  g_autofree char *unit1 = text_at (grid, 1, "unit");
  g_autofree char *baseline1 = text_at (grid, 1, "baseline");
  g_autofree char *expected = g_strdup_printf ("%s\t%s\n%s\t%s\n", unit0, baseline0, unit1, baseline1);
  g_autoptr(PwIndicator) sixth = g_object_ref (row_at (grid, 6));
  guint row, column;

  pw_indicator_grid_set_cursor (grid, 0, pw_indicator_grid_find_column (grid, "unit"));
  key (grid, GDK_KEY_Down, GDK_SHIFT_MASK);
  key (grid, GDK_KEY_Right, GDK_SHIFT_MASK);
  pw_test_ui_settle ();
  choose (menu_on (grid, 1, "baseline"), "grid.copy", "_Copy");
  pw_indicator_grid_get_cursor (grid, &row, &column);
  g_assert_cmpuint (row, ==, 0);
  {
    g_autofree char *text = pw_test_ui_clipboard_text (GTK_WIDGET (grid));

    g_assert_cmpstr (text, ==, expected);
  }

  choose (menu_on (grid, 8, "unit"), "grid.paste", "_Paste");
  {
    g_autofree char *unit8 = text_at (grid, 8, "unit");
    g_autofree char *baseline9 = text_at (grid, 9, "baseline");

    g_assert_cmpstr (unit8, ==, unit0);
    g_assert_cmpstr (baseline9, ==, baseline1);
  }

  choose (menu_on (grid, 5, "name"), "grid.add-row", "_Insert Row Below");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, n + 1);
  g_assert_true (row_at (grid, 7) == sixth);
  {
    g_autofree char *name = text_at (grid, 6, "name");

    g_assert_true (name == NULL || *name == '\0');
  }
  pw_test_ui_settle ();
  choose (menu_on (grid, 7, "unit"), "grid.delete-rows", "_Delete Rows");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, n);
  g_assert_false (g_list_store_find (G_LIST_STORE (pw_plan_get_indicators (plan)), sixth, NULL));

  pw_test_ui_settle ();
  choose (menu_on (grid, 2, "unit"), "grid.cut", "Cu_t");
  {
    g_autofree char *unit2 = text_at (grid, 2, "unit");

    g_assert_true (unit2 == NULL || *unit2 == '\0');
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The gesture of @view on @button in @phase (the grid's presses are on its
 * two views, not on each cell). */
static GtkGesture *
view_gesture (GtkWidget           *view,
              guint                button,
              GtkPropagationPhase  phase)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) && gtk_event_controller_get_propagation_phase (controller) == phase &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == button)
        return GTK_GESTURE (controller);
    }
  return NULL;
}

/* A press of @button on the middle of @cell, as its view receives it. */
static void
press_cell (GtkWidget           *cell,
            guint                button,
            GtkPropagationPhase  phase,
            int                  n_press)
{
  GtkWidget *view = gtk_widget_get_ancestor (cell, GTK_TYPE_COLUMN_VIEW);
  GtkGesture *gesture = view_gesture (view, button, phase);
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (cell) / 2.0, gtk_widget_get_height (cell) / 2.0);
  graphene_point_t at;

  g_assert_nonnull (gesture);
  g_assert_true (gtk_widget_compute_point (cell, view, &middle, &at));
  g_signal_emit_by_name (gesture, "pressed", n_press, (double) at.x, (double) at.y);
  pw_test_ui_settle ();
}

/* A click on a cell clipped at the grid's right edge brings it wholly into
 * view at once, as in Calc: it came into view only once typing began, the
 * columns moving under the pointer then, so that the next click at the
 * same place landed in another column. Typing then scrolls no more. */
static void
test_click_scrolls_clipped_column (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GtkWidget *scrolled = pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "scrolled");
  GtkWidget *view = pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "view");
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkGesture *gesture = view_gesture (view, GDK_BUTTON_PRIMARY, GTK_PHASE_CAPTURE);
  GtkWidget *clipped = NULL;
  guint clipped_column = 0, row, column;
  graphene_rect_t bounds;
  graphene_point_t at;
  double page, scrolled_to;

  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  pw_test_ui_settle ();
  page = gtk_adjustment_get_page_size (h);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0);
  for (guint c = 0; c < 64 && clipped == NULL; c++)
    {
      GtkWidget *cell = pw_test_ui_find_cell (GTK_WIDGET (grid), 2, c);

      if (cell != NULL && gtk_widget_get_ancestor (cell, GTK_TYPE_COLUMN_VIEW) == view &&
          gtk_widget_compute_bounds (cell, scrolled, &bounds) &&
          bounds.origin.x < page - 10 && bounds.origin.x + bounds.size.width > page + 10)
        {
          clipped = cell;
          clipped_column = c;
        }
    }
  g_assert_nonnull (clipped);
  g_assert_nonnull (gesture);

  /* a click 5 pixels left of the view's right edge */
  g_assert_true (gtk_widget_compute_point (scrolled, view,
                                           &GRAPHENE_POINT_INIT ((float) page - 5, bounds.origin.y + bounds.size.height / 2),
                                           &at));
  g_signal_emit_by_name (gesture, "pressed", 1, (double) at.x, (double) at.y);
  pw_test_ui_settle ();
  pw_indicator_grid_get_cursor (grid, &row, &column);
  g_assert_cmpuint (row, ==, 2);
  g_assert_cmpuint (column, ==, clipped_column);
  clipped = pw_test_ui_find_cell (GTK_WIDGET (grid), 2, clipped_column);
  g_assert_true (gtk_widget_compute_bounds (clipped, scrolled, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, page + 0.5);
  scrolled_to = gtk_adjustment_get_value (h);
  g_assert_cmpfloat (scrolled_to, >, 0);

  g_assert_true (pw_indicator_grid_start_editing (grid, "9"));
  pw_test_ui_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, scrolled_to);
  key (grid, GDK_KEY_Escape, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A click, a double click and a right click on cells of both views reach
 * the cell under the pointer, through the views' gestures: a cell has none
 * of its own (200 rows of cells are made at once). */
static void
test_press_on_cells (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  int target = pw_indicator_grid_find_column (grid, "target");
  int name = pw_indicator_grid_find_column (grid, "name");
  GtkWidget *cell = pw_test_ui_find_cell (GTK_WIDGET (grid), 3, target);
  g_autoptr(GListModel) controllers = NULL;
  GtkWidget *popover;
  guint row, column;

  g_assert_nonnull (cell);
  controllers = gtk_widget_observe_controllers (cell);
  g_assert_cmpuint (g_list_model_get_n_items (controllers), ==, 0);

  /* a click on row 3's target, then on row 5's name (a frozen column) */
  press_cell (cell, GDK_BUTTON_PRIMARY, GTK_PHASE_CAPTURE, 1);
  pw_indicator_grid_get_cursor (grid, &row, &column);
  g_assert_cmpuint (row, ==, 3);
  g_assert_cmpuint (column, ==, (guint) target);
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), 5, name);
  g_assert_nonnull (cell);
  press_cell (cell, GDK_BUTTON_PRIMARY, GTK_PHASE_CAPTURE, 1);
  pw_indicator_grid_get_cursor (grid, &row, &column);
  g_assert_cmpuint (row, ==, 5);
  g_assert_cmpuint (column, ==, (guint) name);
  g_assert_null (pw_test_ui_find_descendant (cell, GTK_TYPE_TEXT));

  /* its second press opens the editor in the cell, with the name */
  press_cell (cell, GDK_BUTTON_PRIMARY, GTK_PHASE_CAPTURE, 2);
  {
    GtkWidget *editor = pw_test_ui_find_descendant (cell, GTK_TYPE_TEXT);

    g_assert_nonnull (editor);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==,
                     pw_indicator_get_name (row_at (grid, 5)));
  }
  key (grid, GDK_KEY_Escape, 0);

  /* a right click on row 2's target: the cells' menu, with Add Comment */
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), 2, target);
  press_cell (cell, GDK_BUTTON_SECONDARY, GTK_PHASE_BUBBLE, 1);
  popover = pw_test_ui_find_descendant (cell, GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (popover);
  g_assert_true (pw_test_ui_menu_find (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)), "win.comment-on",
                                       NULL, NULL));
  g_assert_true (pw_test_ui_menu_find (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)), "grid.copy",
                                       NULL, NULL));
  pw_indicator_grid_get_cursor (grid, &row, &column);
  g_assert_cmpuint (row, ==, 2);
  gtk_popover_popdown (GTK_POPOVER (popover));
  pw_test_ui_wait_ms (100);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+Home goes to the first cell and scrolls the columns back to their
 * start, not only the rows; Home too (the row's first cell). The first
 * columns are frozen, and the view was left where it was. */
static void
test_ctrl_home_scrolls_back (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (
    GTK_SCROLLED_WINDOW (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "scrolled")));
  guint row, column;

  for (guint i = 0; i < 2; i++)
    {
      key (grid, GDK_KEY_End, GDK_CONTROL_MASK);
      pw_test_ui_settle ();
      pw_test_ui_wait_ms (100);
      pw_test_ui_settle ();
      g_assert_cmpfloat (gtk_adjustment_get_value (h), >, gtk_adjustment_get_lower (h));

      key (grid, GDK_KEY_Home, i == 0 ? GDK_CONTROL_MASK : 0);
      pw_test_ui_settle ();
      pw_test_ui_wait_ms (100);
      pw_test_ui_settle ();
      pw_indicator_grid_get_cursor (grid, &row, &column);
      g_assert_cmpuint (row, ==, i == 0 ? 0 : g_list_model_get_n_items (pw_indicator_grid_get_rows (grid)) - 1);
      g_assert_cmpuint (column, ==, 0);
      g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, gtk_adjustment_get_lower (h));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Escape with no cell being edited, then a double click on a cell, then
 * Escape again: nothing was changed, so the plan is not marked modified
 * (the title's •, Save asked on close) and there is nothing to undo. */
static void
test_double_click_unmodified (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  PwHistory *history = pw_plan_get_history (pw_window_get_plan (window));
  int baseline = pw_indicator_grid_find_column (grid, "baseline");
  GtkWidget *cell;

  g_assert_false (pw_history_get_modified (history));
  pw_indicator_grid_set_cursor (grid, 3, baseline + 1);
  pw_test_ui_settle ();
  /* not editing: the grid leaves Escape to the window */
  pw_test_ui_press_key (GTK_WIDGET (grid), GDK_KEY_Escape, 0);
  pw_test_ui_settle ();
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), 0, baseline);
  g_assert_nonnull (cell);
  press_cell (cell, GDK_BUTTON_PRIMARY, GTK_PHASE_CAPTURE, 1);
  press_cell (cell, GDK_BUTTON_PRIMARY, GTK_PHASE_CAPTURE, 2);
  g_assert_nonnull (pw_test_ui_find_descendant (cell, GTK_TYPE_TEXT));
  g_assert_false (pw_history_get_modified (history));
  g_assert_null (pw_history_get_undo_label (history));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  key (grid, GDK_KEY_Escape, 0);
  g_assert_false (pw_history_get_modified (history));
  g_assert_null (pw_history_get_undo_label (history));

  /* and the same double click, committed with Enter unchanged */
  press_cell (cell, GDK_BUTTON_PRIMARY, GTK_PHASE_CAPTURE, 1);
  press_cell (cell, GDK_BUTTON_PRIMARY, GTK_PHASE_CAPTURE, 2);
  key (grid, GDK_KEY_Return, 0);
  g_assert_false (pw_history_get_modified (history));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window opens on the overview: the grid makes its cells (200 rows'
 * worth) only when its page is shown, with the plan's rows already there. */
static void
test_cells_when_shown (void)
{
  g_autoptr(GFile) file = copy_sample ();
  PwWindow *window = pw_test_ui_open_window (app, file);
  PwIndicatorGrid *grid = window_grid (window);

  pw_test_ui_settle ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (grid)));
  g_assert_null (pw_test_ui_find_descendant (GTK_WIDGET (grid), PW_TYPE_GRID_CELL));
  /* the sample's 31 indicators */
  g_assert_cmpuint (g_list_model_get_n_items (pw_indicator_grid_get_rows (grid)), ==, 31);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  pw_test_ui_settle ();
  g_assert_nonnull (pw_test_ui_find_cell (GTK_WIDGET (grid), 0, pw_indicator_grid_find_column (grid, "name")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the cell would show its tooltip now (as GTK asks before showing
 * it). */
static gboolean
shows_tooltip (GtkWidget *cell)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (cell, "query-tooltip", 4, 4, FALSE, tooltip, &shown);
  return shown;
}

static GtkColumnViewColumn *view_column (PwIndicatorGrid *grid,
                                         const char      *view,
                                         const char      *title);

/* A cell's tooltip (the whole of a long name) is not drawn over the cell's
 * open context menu, nor over its list of choices. */
static void
test_tooltip_not_over_menu (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  guint row = pw_test_ui_find_row (grid, "每千人口拥有3岁以下婴幼儿托位数");
  GtkWidget *cell, *popover;

  /* a column too narrow for the name: the cell has a tooltip */
  gtk_column_view_column_set_fixed_width (view_column (grid, "frozen_view", "Indicator"), 90);
  pw_indicator_grid_set_cursor (grid, row, pw_indicator_grid_find_column (grid, "name"));
  pw_test_ui_settle ();
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, "name"));
  g_assert_nonnull (cell);
  g_assert_true (shows_tooltip (cell));

  popover = menu_on (grid, row, "name");
  pw_test_ui_iterate ();
  g_assert_false (shows_tooltip (cell));
  gtk_popover_popdown (GTK_POPOVER (popover));
  pw_test_ui_wait_ms (50);
  pw_test_ui_iterate ();
  g_assert_true (shows_tooltip (cell));

  /* the choices of 性质, opened with Alt+Down */
  pw_indicator_grid_set_cursor (grid, row, pw_indicator_grid_find_column (grid, "nature"));
  pw_test_ui_settle ();
  key (grid, GDK_KEY_Down, GDK_ALT_MASK);
  pw_test_ui_iterate ();
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, "nature"));
  g_assert_nonnull (cell);
  g_assert_true (pw_grid_cell_has_popup (PW_GRID_CELL (cell)));
  g_assert_false (shows_tooltip (cell));

  /* closed before the window goes: a window destroyed with its popup open
   * left GTK a dead surface to ask the pointer's position of, which failed
   * the next test now and then */
  gtk_popover_popdown (GTK_POPOVER (pw_test_ui_find_descendant (cell, GTK_TYPE_POPOVER)));
  pw_test_ui_wait_ms (50);
  pw_test_ui_iterate ();
  gtk_window_destroy (GTK_WINDOW (window));

  /* the next tests start from the widths of the table */
  {
    g_autoptr(GSettings) settings = g_settings_new ("io.github.planworkbench.PlanWorkbench");

    g_settings_reset (settings, "grid-column-widths");
  }
}

/* A cell shows its whole text in a tooltip only when the cell cuts it: not
 * 万人 said again under the pointer, in a column as wide as it, but a
 * name longer than its column is narrow. */
static void
test_tooltip_only_when_cut (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  guint row = pw_test_ui_find_row (grid, "城镇新增就业人数");
  GtkWidget *cell;

  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, "unit"));
  g_assert_nonnull (cell);
  g_assert_false (shows_tooltip (cell));
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, "name"));
  g_assert_false (shows_tooltip (cell));

  gtk_column_view_column_set_fixed_width (view_column (grid, "frozen_view", "Indicator"), 60);
  pw_test_ui_settle ();
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, "name"));
  g_assert_true (shows_tooltip (cell));
  gtk_window_destroy (GTK_WINDOW (window));

  {
    g_autoptr(GSettings) settings = g_settings_new ("io.github.planworkbench.PlanWorkbench");

    g_settings_reset (settings, "grid-column-widths");
  }
}

/* Moves the pointer of the display (Xvfb's) to @widget's middle, as a user
 * does: GDK then gets the motion, and GTK's tooltips their timeout. */
static void
pointer_to (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
  graphene_point_t at;
  double x = 0, y = 0;
  g_autofree char *command = NULL;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &middle, &at));
  if (GDK_IS_POPUP (surface))
    {
      x = gdk_popup_get_position_x (GDK_POPUP (surface));
      y = gdk_popup_get_position_y (GDK_POPUP (surface));
    }
  command = g_strdup_printf ("xdotool mousemove %d %d", (int) (x + at.x), (int) (y + at.y));
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
  pw_test_ui_wait_ms (100);
  pw_test_ui_settle ();
}

/* A window destroyed while a cell's list of choices is open, the pointer
 * over the list: the next window works without a critical (GDK kept the
 * dead popup's surface as the one under the pointer). G_DEBUG=
 * fatal-criticals makes a critical fail the test. */
static void
test_close_with_choices_open (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  guint row = pw_test_ui_find_row (grid, "每千人口拥有3岁以下婴幼儿托位数");
  GtkWidget *cell;

  pw_indicator_grid_set_cursor (grid, row, pw_indicator_grid_find_column (grid, "nature"));
  pw_test_ui_settle ();
  key (grid, GDK_KEY_Down, GDK_ALT_MASK);
  pw_test_ui_settle ();
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, "nature"));
  g_assert_nonnull (cell);
  g_assert_true (pw_grid_cell_has_popup (PW_GRID_CELL (cell)));
  pointer_to (pw_test_ui_find_descendant (cell, GTK_TYPE_LIST_BOX));
  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();

  /* the next window: the pointer over a long name, its tooltip shown */
  grid = open_grid (&window);
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  pw_indicator_grid_set_cursor (grid, row, pw_indicator_grid_find_column (grid, "nature"));
  pw_test_ui_settle ();
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, "name"));
  g_assert_nonnull (cell);
  pointer_to (cell);
  pw_test_ui_wait_ms (1200);
  pw_test_ui_settle ();
  key (grid, GDK_KEY_Down, GDK_ALT_MASK);
  pw_test_ui_settle ();
  key (grid, GDK_KEY_Escape, 0);
  pw_test_ui_settle ();
  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
  /* where Xvfb starts it, for the next tests */
  g_assert_true (g_spawn_command_line_sync ("xdotool mousemove 800 500", NULL, NULL, NULL, NULL));
}

/* How many pixels of @widget, as the window draws it, are of the blue of
 * the focus and the selection. */
static guint
blue_pixels (GtkWindow *window,
             GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (window);
  int width = gtk_widget_get_width (root), height = gtk_widget_get_height (root);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (root);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  graphene_rect_t bounds;
  guint blue = 0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc (width * 4 * height);
  gdk_texture_download (texture, pixels, width * 4);
  g_assert_true (gtk_widget_compute_bounds (widget, root, &bounds));
  for (int y = MAX (0, (int) bounds.origin.y); y < MIN (height, (int) (bounds.origin.y + bounds.size.height)); y++)
    for (int x = MAX (0, (int) bounds.origin.x); x < MIN (width, (int) (bounds.origin.x + bounds.size.width)); x++)
      {
        /* GDK_MEMORY_DEFAULT: B G R A */
        guchar *p = pixels + y * width * 4 + x * 4;

        if (p[0] > p[2] + 40 && p[0] > p[1] + 15)
          blue++;
      }
  return blue;
}

/* After Enter the cursor is on the next row, and nothing blue is left on
 * the row it came from: no focus outline of GTK's own. */
static void
test_focus_follows_cursor (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GtkWidget *scrolled = pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "scrolled");
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GtkWidget *row = NULL;
  int unit = pw_indicator_grid_find_column (grid, "unit");
  guint cursor;

  /* the row clicked has GTK's focus, drawn as the keyboard's focus */
  pw_indicator_grid_set_cursor (grid, 3, (guint) unit);
  collect_cells (scrolled, cells);
  for (guint i = 0; i < cells->len && row == NULL; i++)
    {
      GtkListItem *item = pw_grid_cell_get_list_item (g_ptr_array_index (cells, i));

      if (gtk_list_item_get_position (item) == 3)
        row = gtk_widget_get_parent (gtk_widget_get_parent (g_ptr_array_index (cells, i)));
    }
  g_assert_nonnull (row);
  gtk_widget_grab_focus (row);
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  pw_test_ui_settle ();
  g_assert_true (gtk_widget_has_focus (row) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), row));

  key (grid, GDK_KEY_Return, 0);
  pw_test_ui_settle ();
  pw_indicator_grid_get_cursor (grid, &cursor, NULL);
  g_assert_cmpuint (cursor, ==, 4);
  g_test_message ("%u blue pixels on the row left", blue_pixels (GTK_WINDOW (window), row));
  g_assert_cmpuint (blue_pixels (GTK_WINDOW (window), row), <, 20);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The text typed into a cell of the highlighted row can be read: rendered,
 * the editor holds pixels far from its background. */
static void
test_editor_visible (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  GtkWidget *editor;
  graphene_rect_t bounds;
  int width, height, stride, left, top, right, bottom;
  guint contrast = 0;
  double background[3];

  /* the whole row highlighted, then typing into one of its cells */
  pw_indicator_grid_set_cursor (grid, 3, 0);
  key (grid, GDK_KEY_End, GDK_SHIFT_MASK);
  key (grid, GDK_KEY_Home, 0);
  pw_indicator_grid_set_cursor (grid, 3, pw_indicator_grid_find_column (grid, "name"));
  key (grid, GDK_KEY_End, GDK_SHIFT_MASK);
  g_assert_true (pw_indicator_grid_start_editing (grid, "新指标名称八八八"));
  pw_test_ui_settle ();

  editor = GTK_WIDGET (pw_indicator_grid_get_editor (grid));
  g_assert_nonnull (editor);
  g_assert_cmpint (gtk_widget_get_width (editor), >, 40);
  g_assert_cmpint (gtk_widget_get_height (editor), >, 10);

  /* the cell drawn as its row draws it, the editor inside */
  width = gtk_widget_get_width (gtk_widget_get_parent (editor));
  height = gtk_widget_get_height (gtk_widget_get_parent (editor));
  g_assert_true (gtk_widget_compute_bounds (editor, gtk_widget_get_parent (editor), &bounds));
  paintable = gtk_widget_paintable_new (gtk_widget_get_parent (editor));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (editor)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  stride = width * 4;
  pixels = g_malloc (stride * height);
  gdk_texture_download (texture, pixels, stride);
  left = MAX (0, (int) bounds.origin.x);
  top = MAX (0, (int) bounds.origin.y);
  right = MIN (width, (int) (bounds.origin.x + bounds.size.width));
  bottom = MIN (height, (int) (bounds.origin.y + bounds.size.height));

  /* the background: a pixel at the editor's middle right, past the text
   * and inside its border; the text: pixels far from it, inside the
   * editor's border (6 px in): some 500 for the text typed, 18 (the caret)
   * for white text on white; the borders, counted before, made 155 of
   * white on white and let it pass */
  for (int k = 0; k < 3; k++)
    background[k] = pixels[((top + bottom) / 2) * stride + (right - 10) * 4 + k];
  g_assert_cmpfloat (background[0] + background[1] + background[2], >, 3 * 200);
  for (int y = top + 6; y < bottom - 6; y++)
    for (int x = left + 6; x < right - 6; x++)
      {
        guchar *p = pixels + y * stride + x * 4;
        double distance = 0;

        for (int k = 0; k < 3; k++)
          distance += (p[k] - background[k]) * (p[k] - background[k]);
        if (distance > 3 * 100 * 100)
          contrast++;
      }
  g_test_message ("%u pixels of text in a %d×%d editor", contrast, right - left, bottom - top);
  if (g_getenv ("PW_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("PW_SCREENSHOT_DIR"), "grid-editor.png", NULL);
      gdk_texture_save_to_png (texture, path);
    }
  g_assert_cmpuint (contrast, >, 120);

  key (grid, GDK_KEY_Escape, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* 责任单位 typed into its column, as a plan prints them: two units; the
 * cell shows them joined again, and one undo takes them away. */
static void
test_responsible_column (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  PwIndicator *indicator = row_at (grid, 1);
  const char * const *units;
  g_autofree char *shown = NULL;

  g_assert_cmpint (pw_indicator_grid_find_column (grid, "responsible"), >=, 0);
  pw_indicator_grid_set_cursor (grid, 1, pw_indicator_grid_find_column (grid, "responsible"));
  g_assert_true (pw_indicator_grid_start_editing (grid, "市教育局，市卫健委"));
  key (grid, GDK_KEY_Return, 0);

  units = pw_indicator_get_responsible (indicator);
  g_assert_nonnull (units);
  g_assert_cmpstr (units[0], ==, "市教育局");
  g_assert_cmpstr (units[1], ==, "市卫健委");
  g_assert_null (units[2]);
  shown = text_at (grid, 1, "responsible");
  g_assert_cmpstr (shown, ==, "市教育局、市卫健委");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pw_test_ui_iterate ();
  units = pw_indicator_get_responsible (indicator);
  g_assert_true (units == NULL || units[0] == NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkColumnViewColumn *
view_column (PwIndicatorGrid *grid,
             const char      *view,
             const char      *title)
{
  GtkColumnView *column_view = GTK_COLUMN_VIEW (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, view));
  GListModel *columns = gtk_column_view_get_columns (column_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  g_assert_not_reached ();
}

/* A column made wider (as dragging its header's border does) is as wide in
 * the next window, and the others keep their own width. */
static void
test_column_width_kept (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  int unit_width = gtk_column_view_column_get_fixed_width (view_column (grid, "view", "Unit"));
  g_autoptr(GSettings) settings = NULL;

  g_assert_cmpint (gtk_column_view_column_get_fixed_width (view_column (grid, "frozen_view", "Indicator")), !=, 333);
  gtk_column_view_column_set_fixed_width (view_column (grid, "frozen_view", "Indicator"), 333);
  gtk_column_view_column_set_fixed_width (view_column (grid, "view", "2023"), 111);
  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_iterate ();

  grid = open_grid (&window);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (view_column (grid, "frozen_view", "Indicator")), ==, 333);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (view_column (grid, "view", "2023")), ==, 111);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (view_column (grid, "view", "2022")), !=, 111);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (view_column (grid, "view", "Unit")), ==, unit_width);
  gtk_window_destroy (GTK_WINDOW (window));

  /* the next tests start from the widths of the table */
  settings = g_settings_new ("io.github.planworkbench.PlanWorkbench");
  g_settings_reset (settings, "grid-column-widths");
}

/* Emits a press at @x, @y of @view on the view's gesture that sees the
 * presses on its titles first (of any button, in the capture phase), as
 * GTK does for a press of the first button. */
static void
press_titles (GtkColumnView *view,
              int            n_press,
              double         x,
              double         y)
{
  GtkGesture *gesture = view_gesture (GTK_WIDGET (view), 0, GTK_PHASE_CAPTURE);

  g_assert_nonnull (gesture);
  g_signal_emit_by_name (gesture, "pressed", n_press, x, y);
  pw_test_ui_settle ();
}

/* Where the title of @view's column @title ends, in @view: its right
 * border, and the middle of the row of titles. */
static void
title_border (GtkColumnView *view,
              const char    *title,
              double        *x,
              double        *y)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  GtkWidget *titles = gtk_widget_get_first_child (GTK_WIDGET (view));
  GtkWidget *widget = gtk_widget_get_first_child (titles);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++, widget = gtk_widget_get_next_sibling (widget))
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      graphene_rect_t bounds;

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) != 0)
        continue;
      g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (view), &bounds));
      *x = bounds.origin.x + bounds.size.width - 1;
      *y = bounds.origin.y + bounds.size.height / 2;
      return;
    }
  g_assert_not_reached ();
}

/* A double click on the right border of a column's title fits the column
 * to its content, as in Calc: the Indicator column becomes as wide as the
 * longest name in view written on one line (measured here with the grid's
 * font), without sorting by it, and is that wide in the next window; the
 * Unit column narrows to its title. */
static void
test_column_fit (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GtkColumnView *frozen = GTK_COLUMN_VIEW (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "frozen_view"));
  GtkColumnView *view = GTK_COLUMN_VIEW (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "view"));
  int before = gtk_column_view_column_get_fixed_width (view_column (grid, "frozen_view", "Indicator"));
  int unit_before = gtk_column_view_column_get_fixed_width (view_column (grid, "view", "Unit"));
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GSettings) settings = NULL;
  int widest = 0, width, fitted;
  double x, y;

  /* the longest name of the first rows (all in view): 以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率 */
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (grid), "以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率");
  pango_layout_get_pixel_size (layout, &widest, NULL);
  g_assert_cmpint (before, <, widest);

  /* one press on the border is no fit (it starts a drag); two are */
  title_border (frozen, "Indicator", &x, &y);
  press_titles (frozen, 1, x, y);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (view_column (grid, "frozen_view", "Indicator")), ==, before);
  press_titles (frozen, 2, x, y);
  fitted = gtk_column_view_column_get_fixed_width (view_column (grid, "frozen_view", "Indicator"));
  /* the name on one line, with the cell's padding (a few pixels) */
  g_assert_cmpint (fitted, >=, widest);
  g_assert_cmpint (fitted, <=, widest + 30);
  g_assert_cmpint (gtk_sorter_get_order (gtk_column_view_get_sorter (frozen)), ==, GTK_SORTER_ORDER_NONE);
  pw_test_ui_settle ();
  {
    GtkWidget *cell = pw_test_ui_find_cell (GTK_WIDGET (grid), pw_test_ui_find_row (grid, "以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率"),
                                            pw_indicator_grid_find_column (grid, "name"));

    g_assert_nonnull (cell);
    g_assert_cmpint (gtk_widget_get_width (cell), >=, widest);
  }

  /* the Unit column: a few characters under a longer title */
  title_border (view, "Unit", &x, &y);
  press_titles (view, 2, x, y);
  width = gtk_column_view_column_get_fixed_width (view_column (grid, "view", "Unit"));
  g_assert_cmpint (width, <, unit_before);
  {
    g_autoptr(PangoLayout) title = gtk_widget_create_pango_layout (GTK_WIDGET (grid), "Unit");
    int title_width;

    pango_layout_get_pixel_size (title, &title_width, NULL);
    g_assert_cmpint (width, >=, title_width);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_iterate ();

  /* kept, as a width dragged is */
  grid = open_grid (&window);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (view_column (grid, "frozen_view", "Indicator")), ==, fitted);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (view_column (grid, "view", "Unit")), ==, width);
  gtk_window_destroy (GTK_WINDOW (window));

  settings = g_settings_new ("io.github.planworkbench.PlanWorkbench");
  g_settings_reset (settings, "grid-column-widths");
}

static guint
count_cells (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += PW_IS_GRID_CELL (child) ? 1 : count_cells (child);
  return n;
}

typedef struct
{
  GtkWidget *grid;
  guint cells; /* in the grid at the end of its first frame */
  guint rows;  /* that its views had then */
  int height;  /* of the views' rows */
} FirstFrame;

static void
first_frame_painted (GdkFrameClock *clock,
                     FirstFrame    *first)
{
  GtkWidget *view = pw_test_ui_find_descendant (first->grid, GTK_TYPE_COLUMN_VIEW);

  if (first->cells == 0 && gtk_widget_get_mapped (first->grid))
    {
      first->cells = count_cells (first->grid);
      first->rows = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view))));
      first->height = gtk_widget_get_height (view);
    }
}

static const char *
cell_text (GtkWidget *cell)
{
  GtkWidget *inscription = pw_test_ui_find_descendant (cell, GTK_TYPE_INSCRIPTION);

  g_assert_nonnull (inscription);
  return gtk_inscription_get_text (GTK_INSCRIPTION (inscription));
}

/* A plan of 1,000 indicators: the grid's first frame makes the cells of
 * the rows that one screen shows, not of the 200 rows GTK 4.8's views make
 * as soon as they have them; every row is there at the next frames (the
 * last one scrolled to), and a row far down is shown at once when asked
 * for before that. */
static void
test_first_screen_rows (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GPtrArray) indicators = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "large.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwIndicator) far = NULL;
  g_autoptr(GError) error = NULL;
  PwWindow *window = pw_window_new (app);
  PwIndicatorGrid *grid = window_grid (window);
  FirstFrame first = { GTK_WIDGET (grid), 0, 0, 0 };
  GtkWidget *view, *cell;
  guint name, row, column;
  gulong handler;

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *text = g_strdup_printf ("指标 %u", i + 1);
      PwIndicator *indicator = pw_indicator_new ();

      pw_indicator_set_name (indicator, text);
      g_ptr_array_add (indicators, indicator);
    }
  pw_plan_insert_indicators (plan, 0, (PwIndicator **) indicators->pdata, indicators->len);
  g_assert_true (pw_plan_save (plan, file, &error));
  g_assert_no_error (error);
  g_assert_true (pw_window_load_file (window, file));
  name = pw_indicator_grid_find_column (grid, "name");
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));

  handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                              G_CALLBACK (first_frame_painted), &first);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  while (first.cells == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), handler);
  /* rows of 42 px enough to fill the views' height, far fewer than 200 */
  g_assert_cmpint (first.height, >, 400);
  g_assert_cmpint (first.rows * 42, >=, first.height);
  g_assert_cmpuint (first.rows, <, 50);

  pw_test_ui_settle ();
  view = pw_test_ui_find_descendant (GTK_WIDGET (grid), GTK_TYPE_COLUMN_VIEW);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)))), ==, 1000);
  /* GTK's 200 rows made now: the first frame made a quarter of them at most */
  g_assert_cmpuint (first.cells * 4, <, count_cells (GTK_WIDGET (grid)));
  pw_indicator_grid_set_cursor (grid, 999, name);
  pw_test_ui_settle ();
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), 999, name);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_get_mapped (cell));
  g_assert_cmpstr (cell_text (cell), ==, "指标 1000");

  /* the file opened again in the window, a row far down asked for at once */
  g_assert_true (pw_window_load_file (window, file));
  far = g_list_model_get_item (pw_plan_get_indicators (pw_window_get_plan (window)), 700);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  pw_window_show_object (window, PW_OBJECT (far));
  pw_test_ui_settle ();
  pw_indicator_grid_get_cursor (grid, &row, &column);
  g_assert_cmpuint (row, ==, 700);
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), 700, name);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_get_mapped (cell));
  g_assert_cmpstr (cell_text (cell), ==, "指标 701");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The label that shows under @widget, or NULL. */
static GtkWidget *
mapped_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = mapped_label (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* A Chinese name cut by its column shows whole in its tooltip, on one line,
 * when the pointer rests on its cell (through Xvfb, as a user's does):
 * GTK 4.8's own label of a tooltip gave a name of fifteen characters two
 * lines of eight. */
static void
test_tooltip_on_one_line (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  guint row = pw_test_ui_find_row (grid, "每千人口拥有3岁以下婴幼儿托位数");
  GtkWidget *cell, *tip = NULL, *label;
  int one_line;

  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  gtk_column_view_column_set_fixed_width (view_column (grid, "frozen_view", "Indicator"), 60);
  pw_indicator_grid_set_cursor (grid, row, pw_indicator_grid_find_column (grid, "unit"));
  pw_test_ui_settle ();
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, "name"));
  g_assert_nonnull (cell);
  pointer_to (cell);
  pw_test_ui_wait_ms (1200);
  pw_test_ui_settle ();

  /* GTK's tooltip is a child of the window, named tooltip in CSS */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_mapped (child) && g_strcmp0 (gtk_widget_get_css_name (child), "tooltip") == 0)
      tip = child;
  g_assert_nonnull (tip);
  label = mapped_label (tip);
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "每千人口拥有3岁以下婴幼儿托位数");
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, G_MAXINT / 2, NULL, &one_line, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (label), ==, one_line);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
  g_assert_true (g_spawn_command_line_sync ("xdotool mousemove 800 500", NULL, NULL, NULL, NULL));
  {
    g_autoptr(GSettings) settings = g_settings_new ("io.github.planworkbench.PlanWorkbench");

    g_settings_reset (settings, "grid-column-widths");
  }
}

/* Runs @command (xdotool), then lets the window take what it did. */
static void
run_xdotool (const char *command)
{
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
  pw_test_ui_wait_ms (150);
  pw_test_ui_settle ();
}

/* A name clicked and typed over with Xvfb's pointer and keys, as a user
 * does, takes what was typed: the click gives the focus to the view of the
 * frozen columns, which took no typing, and the letters went nowhere. */
static void
test_type_over_clicked_name (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  guint row = pw_test_ui_find_row (grid, "人均预期寿命");
  GListModel *rows = pw_indicator_grid_get_rows (grid);
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (rows, row);
  GtkWidget *cell;

  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), row, pw_indicator_grid_find_column (grid, "name"));
  g_assert_nonnull (cell);
  pointer_to (cell);
  run_xdotool ("xdotool click 1");
  run_xdotool ("xdotool type --delay 20 abc");
  run_xdotool ("xdotool key Return");
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "abc");

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
  g_assert_true (g_spawn_command_line_sync ("xdotool mousemove 800 500", NULL, NULL, NULL, NULL));
}

/* Moves the pointer of the display (Xvfb's, through xdotool) to @x, @y of
 * @widget, as a user does, and lets the window take the motion. */
static void
pointer_at (GtkWidget *widget,
            double     x,
            double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t at = GRAPHENE_POINT_INIT ((float) x, (float) y);
  graphene_point_t in_native;
  double dx = 0, dy = 0;
  g_autofree char *command = NULL;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &at, &in_native));
  gtk_native_get_surface_transform (native, &dx, &dy);
  command = g_strdup_printf ("xdotool mousemove --sync --window %lu %d %d",
                             (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                             (int) (in_native.x + dx), (int) (in_native.y + dy));
  run_xdotool (command);
}

/* Presses the first button at @x, @y of @view, moves the pointer @dx to
 * the right in steps, as a hand does, and lets go. */
static void
drag_in_titles (GtkColumnView *view,
                double         x,
                double         y,
                double         dx)
{
  pointer_at (GTK_WIDGET (view), x, y);
  run_xdotool ("xdotool mousedown 1");
  for (int i = 1; i <= 6; i++)
    pointer_at (GTK_WIDGET (view), x + dx * i / 6, y);
  run_xdotool ("xdotool mouseup 1");
}

/* The titles of @view's columns, in its order, one string. */
static char *
column_titles (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_string_append_printf (titles, "%s|", gtk_column_view_column_get_title (column));
    }
  return g_string_free (titles, FALSE);
}

/* A title dragged sideways with Xvfb's pointer (as when aiming at its
 * border to widen the column) leaves the columns in their order, in both
 * views: the cursor, the range and Copy go by the grid's own order of
 * columns, which a column moved on the screen no longer matched (Right
 * skipped one). Dragging a title's border still widens its column, and a
 * click on a title still sorts by it. */
static void
test_titles_not_reordered (void)
{
  PwWindow *window;
  PwIndicatorGrid *grid = open_grid (&window);
  GtkColumnView *views[2];
  g_autoptr(GSettings) settings = g_settings_new ("io.github.planworkbench.PlanWorkbench");
  int width;
  double x, y;

  views[0] = GTK_COLUMN_VIEW (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "frozen_view"));
  views[1] = GTK_COLUMN_VIEW (pw_test_ui_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "view"));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      const char *title = i == 0 ? "Category" : "Unit";
      g_autofree char *before = column_titles (views[i]);
      g_autofree char *after = NULL;

      /* from the middle of the title, past the next column's */
      title_border (views[i], title, &x, &y);
      drag_in_titles (views[i], x - 30, y, 150);
      pw_test_ui_wait_ms (300);
      pw_test_ui_settle ();
      after = column_titles (views[i]);
      g_assert_cmpstr (after, ==, before);
    }

  /* the border of Unit's title, 40 pixels to the right */
  width = gtk_column_view_column_get_fixed_width (view_column (grid, "view", "Unit"));
  title_border (views[1], "Unit", &x, &y);
  drag_in_titles (views[1], x, y, 40);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (view_column (grid, "view", "Unit")), >=, width + 30);

  /* a click on Baseline's title sorts by it */
  title_border (views[1], "Baseline", &x, &y);
  pointer_at (GTK_WIDGET (views[1]), x - 20, y);
  run_xdotool ("xdotool click 1");
  g_assert_cmpint (gtk_sorter_get_order (gtk_column_view_get_sorter (views[1])), !=, GTK_SORTER_ORDER_NONE);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
  g_assert_true (g_spawn_command_line_sync ("xdotool mousemove 800 500", NULL, NULL, NULL, NULL));
  g_settings_reset (settings, "grid-column-widths");
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
    { "project", PAGE_PROJECT },
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
  g_test_add_func ("/pw/grid/delete-cursor-row", test_delete_cursor_row);
  g_test_add_func ("/pw/grid/undo-delete-keeps-scroll", test_undo_delete_keeps_scroll);
  g_test_add_func ("/pw/grid/move-last-up", test_move_last_up);
  g_test_add_func ("/pw/grid/clear-range", test_clear_range);
  g_test_add_data_func ("/pw/grid/paste-column/tsv", "text/plain;charset=utf-8", test_paste_column);
  g_test_add_data_func ("/pw/grid/paste-column/html", "text/html", test_paste_column);
  g_test_add_data_func ("/pw/grid/paste-into-empty-plan/tsv", "text/plain;charset=utf-8", test_paste_into_empty_plan);
  g_test_add_data_func ("/pw/grid/paste-into-empty-plan/html", "text/html", test_paste_into_empty_plan);
  g_test_add_func ("/pw/grid/paste-adds-rows", test_paste_adds_rows);
  g_test_add_data_func ("/pw/grid/paste-headed-table/tsv", "text/plain;charset=utf-8", test_paste_headed_table);
  g_test_add_data_func ("/pw/grid/paste-headed-table/html", "text/html", test_paste_headed_table);
  g_test_add_func ("/pw/grid/paste-rows-named-like-headers", test_paste_rows_named_like_headers);
  g_test_add_func ("/pw/grid/copy-paste-round-trip", test_copy_paste_round_trip);
  g_test_add_func ("/pw/grid/paste-over-state", test_paste_over_state);
  g_test_add_func ("/pw/grid/scroll-whole-columns", test_scroll_whole_columns);
  g_test_add_func ("/pw/grid/focus-follows-cursor", test_focus_follows_cursor);
  g_test_add_func ("/pw/grid/editor-visible", test_editor_visible);
  g_test_add_func ("/pw/grid/responsible-column", test_responsible_column);
  g_test_add_func ("/pw/grid/column-width-kept", test_column_width_kept);
  g_test_add_func ("/pw/grid/column-fit", test_column_fit);
  g_test_add_func ("/pw/grid/titles-not-reordered", test_titles_not_reordered);
  g_test_add_func ("/pw/grid/tooltip-only-when-cut", test_tooltip_only_when_cut);
  g_test_add_func ("/pw/grid/tooltip-on-one-line", test_tooltip_on_one_line);
  g_test_add_func ("/pw/grid/type-over-clicked-name", test_type_over_clicked_name);
  g_test_add_func ("/pw/grid/context-menu", test_context_menu);
  g_test_add_func ("/pw/grid/press-on-cells", test_press_on_cells);
  g_test_add_func ("/pw/grid/click-scrolls-clipped-column", test_click_scrolls_clipped_column);
  g_test_add_func ("/pw/grid/double-click-unmodified", test_double_click_unmodified);
  g_test_add_func ("/pw/grid/ctrl-home-scrolls-back", test_ctrl_home_scrolls_back);
  g_test_add_func ("/pw/grid/ctrl-insert-adds-row", test_ctrl_insert_adds_row);
  g_test_add_func ("/pw/grid/cells-when-shown", test_cells_when_shown);
  g_test_add_func ("/pw/grid/first-screen-rows", test_first_screen_rows);
  g_test_add_func ("/pw/grid/tooltip-not-over-menu", test_tooltip_not_over_menu);
  g_test_add_func ("/pw/grid/keys", test_keys);
  g_test_add_func ("/pw/grid/fill-down-undo-cursor", test_fill_down_undo_cursor);
  g_test_add_func ("/pw/grid/choices", test_choices);
  g_test_add_func ("/pw/grid/close-with-choices-open", test_close_with_choices_open);
  g_test_add_func ("/pw/grid/reason-line", test_reason_line);
  g_test_add_func ("/pw/grid/page-keys-focus", test_page_keys_focus);
  g_test_add_data_func ("/pw/grid/paste-calc24/tsv", "text/plain;charset=utf-8", test_paste_calc24);
  g_test_add_data_func ("/pw/grid/paste-calc24/html", "text/html", test_paste_calc24);

  status = g_test_run ();
  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  return status;
}
