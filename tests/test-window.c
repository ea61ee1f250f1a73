/* test-window.c: the window, driven through its widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (tools/dev test starts it) with the environment of
 * tests/meson.build: cairo renderer, no accessibility bus, settings in memory.
 * Keys reach the grid through its own key controller, as a keyboard would;
 * buttons and menu items are their actions.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/lsan_interface.h>
#endif

#include "pw-application.h"
#include "pw-changes-view.h"
#include "pw-chapter-page.h"
#include "pw-comment-dialog.h"
#include "pw-comment-menu.h"
#include "pw-comment-row.h"
#include "pw-comments.h"
#include "pw-comments-pane.h"
#include "pw-compare.h"
#include "pw-grid-cell.h"
#include "pw-indicator-grid.h"
#include "pw-locate.h"
#include "pw-plan-file.h"
#include "pw-prose-view.h"
#include "pw-recent-row.h"
#include "pw-test-ui.h"
#include "pw-test-util.h"
#include "pw-window.h"
#include "pw-window-private.h"

/* The sample holds the 31 indicators of the Zhumadian plan's table (3 总体,
 * 22 基本公共服务, 6 普惠性非基本公共服务), counted in the seed document. */
#define SAMPLE_TITLE "驻马店市“十四五”公共服务和社会保障规划"
#define SAMPLE_INDICATORS 31

/* Auxiliary methods */

static PwIndicatorGrid *
show_grid (PwWindow *window)
{
  PwIndicatorGrid *grid = PW_INDICATOR_GRID (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  pw_test_ui_iterate ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (grid)));
  return grid;
}

/* Sends a key to the grid's view as the keyboard would. */
static void
press_key (PwIndicatorGrid *grid,
           guint            keyval,
           GdkModifierType  state)
{
  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (grid), keyval, state));
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  else if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)))
    g_string_append_printf (out, "%s\n", gtk_inscription_get_text (GTK_INSCRIPTION (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

/* Tests */

static void
test_window_open_sample (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwIndicatorGrid *grid;
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, SAMPLE_TITLE);
  g_assert_false (pw_window_get_read_only (window));

  grid = show_grid (window);
  g_assert_cmpuint (g_list_model_get_n_items (pw_indicator_grid_get_rows (grid)), ==, SAMPLE_INDICATORS);

  /* the first rows are on screen, with the seed's printed values */
  collect_text (GTK_WIDGET (grid), text);
  g_assert_nonnull (strstr (text->str, "人均公共服务财政支出"));
  g_assert_nonnull (strstr (text->str, "5185"));
  g_assert_nonnull (strstr (text->str, "稳定增长"));
  g_assert_nonnull (strstr (text->str, "31"));

  /* every row can be reached: the last one too */
  pw_indicator_grid_set_cursor (grid, SAMPLE_INDICATORS - 1, 0);
  pw_test_ui_iterate ();
  g_string_truncate (text, 0);
  collect_text (GTK_WIDGET (grid), text);
  g_assert_nonnull (strstr (text->str, "城镇老旧小区改造"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A plan opened goes into the list of recent files, and the tests' list is
 * the build folder's: the suite never fills the user's own with its
 * temporary plans (which the start page and the file chooser then show). */
static void
test_window_recent_files (void)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autofree char *filename = NULL;
  g_autofree char *build = g_canonicalize_filename (g_getenv ("PW_BUILD_DIR"), NULL);
  g_autofree char *prefix = g_strconcat (build, G_DIR_SEPARATOR_S, NULL);
  g_autofree char *home = g_build_filename (g_get_home_dir (), ".local", "share", NULL);
  PwWindow *window;

  g_object_get (manager, "filename", &filename, NULL);
  g_assert_true (g_str_has_prefix (filename, prefix));
  g_assert_false (g_str_has_prefix (filename, home));

  /* more plans used before than the start page shows: the one opened last
   * is listed all the same */
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("older-%d.plan", i);
      g_autofree char *path = pw_test_write_temp_file (name, "", 0);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      pw_window_add_recent (file);
    }

  window = pw_test_ui_open_sample (NULL);
  {
    g_autofree char *uri = g_file_get_uri (pw_window_get_file (window));
    g_autofree char *name = g_file_get_basename (pw_window_get_file (window));
    g_autofree char *folder = g_path_get_dirname (g_file_peek_path (pw_window_get_file (window)));
    PwWindow *start = pw_window_new (NULL);
    GtkListBox *list;
    GtkListBoxRow *row = NULL;

    g_assert_true (gtk_recent_manager_has_item (manager, uri));

    /* the start page of a new window lists it: its name, its folder under
     * it; activating the row opens it */
    list = GTK_LIST_BOX (pw_test_ui_template_child (GTK_WIDGET (start), PW_TYPE_WINDOW, "recent_list"));
    for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
      if (g_strcmp0 (pw_recent_row_get_uri (PW_RECENT_ROW (row)), uri) == 0)
        break;
    g_assert_nonnull (row);
    {
      g_autoptr(GString) text = g_string_new (NULL);

      collect_text (GTK_WIDGET (row), text);
      g_assert_nonnull (strstr (text->str, name));
      g_assert_nonnull (strstr (text->str, folder));
    }
    g_signal_emit_by_name (list, "row-activated", row);
    g_assert_nonnull (pw_window_get_plan (start));
    g_assert_true (g_file_equal (pw_window_get_file (start), pw_window_get_file (window)));
    gtk_window_destroy (GTK_WINDOW (start));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Edit a target by keyboard, see the model and the status change, undo it,
 * save and load the file back. */
static void
test_window_edit_target (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwPlan *plan = pw_window_get_plan (window);
  PwIndicatorGrid *grid = show_grid (window);
  PwIndicator *indicator = pw_test_find_indicator (plan, "养老机构护理型床位占比");
  int target = pw_indicator_grid_find_column (grid, "target");
  int status = pw_indicator_grid_find_column (grid, "status");
  guint row = pw_test_ui_find_row (grid, "养老机构护理型床位占比");
  g_autofree char *status_before = NULL;
  g_autofree char *status_after = NULL;
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "edited.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) loaded = NULL;
  g_autoptr(GBytes) saved_bytes = NULL;
  g_autoptr(GBytes) loaded_bytes = NULL;
  guint cursor_row, cursor_column;
  GtkEditable *editor;

  /* 40% → 55%, 约束性; 46% in 2023 is lagging, an alert */
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, "55%");
  status_before = pw_indicator_grid_get_cell_text (grid, row, status);
  g_assert_nonnull (strstr (status_before, "Lagging"));

  /* Move there with the arrow keys from the top left. */
  pw_indicator_grid_set_cursor (grid, 0, 0);
  for (guint i = 0; i < row; i++)
    press_key (grid, GDK_KEY_Down, 0);
  for (int i = 0; i < target; i++)
    press_key (grid, GDK_KEY_Right, 0);
  pw_indicator_grid_get_cursor (grid, &cursor_row, &cursor_column);
  g_assert_cmpuint (cursor_row, ==, row);
  g_assert_cmpint (cursor_column, ==, target);

  /* F2 edits the cell in place, with its printed text */
  press_key (grid, GDK_KEY_F2, 0);
  editor = pw_indicator_grid_get_editor (grid);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (editor), ==, "55%");
  gtk_editable_set_text (editor, "48%");

  /* Enter keeps it and moves down, like a spreadsheet */
  press_key (grid, GDK_KEY_Return, 0);
  g_assert_null (pw_indicator_grid_get_editor (grid));
  pw_indicator_grid_get_cursor (grid, &cursor_row, NULL);
  g_assert_cmpuint (cursor_row, ==, row + 1);
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, "48%");

  /* 46% of 40 → 48 in 2023: P = 0.75, τ = 0.6, S = 1.25: ahead */
  status_after = pw_indicator_grid_get_cell_text (grid, row, status);
  g_assert_nonnull (strstr (status_after, "Ahead"));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Escape leaves a cell as it was */
  pw_indicator_grid_set_cursor (grid, row, target);
  press_key (grid, GDK_KEY_F2, 0);
  gtk_editable_set_text (pw_indicator_grid_get_editor (grid), "99%");
  press_key (grid, GDK_KEY_Escape, 0);
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, "48%");

  /* Undo is the window's, through the model's history */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  pw_test_ui_iterate ();
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, "55%");
  g_clear_pointer (&status_after, g_free);
  status_after = pw_indicator_grid_get_cell_text (grid, row, status);
  g_assert_cmpstr (status_after, ==, status_before);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, SAMPLE_TITLE);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  pw_test_ui_iterate ();
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, "48%");

  /* Save and load back: the same plan, byte for byte */
  g_assert_true (pw_window_save (window, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, SAMPLE_TITLE);
  loaded = pw_plan_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (pw_test_find_indicator (loaded, "养老机构护理型床位占比"))), ==, "48%");
  saved_bytes = pw_plan_to_bytes (plan, &error);
  loaded_bytes = pw_plan_to_bytes (loaded, &error);
  g_assert_true (g_bytes_equal (saved_bytes, loaded_bytes));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The kind column: 城镇新增就业人数 is a five-year total, ahead; choosing
 * 存量 (level) re-judges it at once, and undo brings the total back. */
static void
test_window_kind (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwPlan *plan = pw_window_get_plan (window);
  PwIndicatorGrid *grid = show_grid (window);
  PwIndicator *indicator = pw_test_find_indicator (plan, "城镇新增就业人数");
  int kind = pw_indicator_grid_find_column (grid, "kind");
  int status = pw_indicator_grid_find_column (grid, "status");
  guint row = pw_test_ui_find_row (grid, "城镇新增就业人数");
  g_autofree char *text = NULL;
  GtkEditable *editor;

  g_assert_cmpint (kind, >=, 0);
  text = pw_indicator_grid_get_cell_text (grid, row, kind);
  g_assert_cmpstr (text, ==, "Cumulative");
  g_clear_pointer (&text, g_free);
  text = pw_indicator_grid_get_cell_text (grid, row, status);
  g_assert_nonnull (strstr (text, "Ahead"));

  pw_indicator_grid_set_cursor (grid, row, kind);
  press_key (grid, GDK_KEY_F2, 0);
  editor = pw_indicator_grid_get_editor (grid);
  g_assert_nonnull (editor);
  gtk_editable_set_text (editor, "Level");
  press_key (grid, GDK_KEY_Return, 0);
  g_assert_cmpint (pw_indicator_get_kind (indicator), ==, PW_KIND_LEVEL);
  g_clear_pointer (&text, g_free);
  text = pw_indicator_grid_get_cell_text (grid, row, status);
  g_assert_nonnull (strstr (text, "Lagging"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  pw_test_ui_iterate ();
  g_assert_cmpint (pw_indicator_get_kind (indicator), ==, PW_KIND_CUMULATIVE);
  g_clear_pointer (&text, g_free);
  text = pw_indicator_grid_get_cell_text (grid, row, status);
  g_assert_nonnull (strstr (text, "Ahead"));

  /* a kind not chosen reads from the target */
  g_clear_pointer (&text, g_free);
  text = pw_indicator_grid_get_cell_text (grid, pw_test_ui_find_row (grid, "养老机构护理型床位占比"), kind);
  g_assert_cmpstr (text, ==, "Level (from the target)");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Typing starts editing and replaces the cell; an unreadable value is kept
 * as typed and marked. */
static void
test_window_type_into_cell (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwPlan *plan = pw_window_get_plan (window);
  PwIndicatorGrid *grid = show_grid (window);
  PwIndicator *indicator = pw_test_find_indicator (plan, "高中阶段教育毛入学率");
  guint row = pw_test_ui_find_row (grid, "高中阶段教育毛入学率");
  int column = pw_indicator_grid_find_column (grid, "2024");
  GtkEditable *editor;

  pw_indicator_grid_set_cursor (grid, row, column);
  g_assert_true (pw_indicator_grid_start_editing (grid, "9"));
  editor = pw_indicator_grid_get_editor (grid);
  g_assert_cmpstr (gtk_editable_get_text (editor), ==, "9");
  gtk_editable_set_text (editor, "93.1%");
  /* Tab keeps it and moves right */
  press_key (grid, GDK_KEY_Tab, 0);
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_actual (indicator, 2024)), ==, "93.1%");

  pw_indicator_grid_set_cursor (grid, row, column);
  pw_indicator_grid_start_editing (grid, "九十三");
  press_key (grid, GDK_KEY_Return, 0);
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_actual (indicator, 2024)), ==, "九十三");
  g_assert_cmpint (pw_value_get_kind (pw_indicator_get_actual (indicator, 2024)), ==, PW_VALUE_INVALID);

  /* Delete clears the cell */
  pw_indicator_grid_set_cursor (grid, row, column);
  press_key (grid, GDK_KEY_Delete, 0);
  g_assert_null (pw_indicator_get_actual (indicator, 2024));

  /* the computed columns are not editable */
  pw_indicator_grid_set_cursor (grid, row, pw_indicator_grid_find_column (grid, "status"));
  g_assert_false (pw_indicator_grid_start_editing (grid, "x"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_add_and_delete_rows (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwPlan *plan = pw_window_get_plan (window);
  PwIndicatorGrid *grid = show_grid (window);
  GListModel *indicators = pw_plan_get_indicators (plan);
  g_autoptr(PwIndicator) added = NULL;

  pw_indicator_grid_set_cursor (grid, 4, 0);
  gtk_widget_activate_action (GTK_WIDGET (grid), "grid.add-row", NULL);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, SAMPLE_INDICATORS + 1);
  /* below the cursor, in its category and domain, named by typing */
  added = g_list_model_get_item (indicators, 5);
  g_assert_cmpstr (pw_indicator_get_domain (added), ==, "幼儿照护");
  g_assert_nonnull (pw_object_get_id (PW_OBJECT (added)));
  g_assert_nonnull (pw_indicator_grid_get_editor (grid));
  gtk_editable_set_text (pw_indicator_grid_get_editor (grid), "新生儿访视率");
  press_key (grid, GDK_KEY_Return, 0);
  g_assert_cmpstr (pw_indicator_get_name (added), ==, "新生儿访视率");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, SAMPLE_INDICATORS);

  pw_indicator_grid_set_cursor (grid, 0, 0);
  gtk_widget_activate_action (GTK_WIDGET (grid), "grid.delete-rows", NULL);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, SAMPLE_INDICATORS - 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, SAMPLE_INDICATORS);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
filter_child (PwIndicatorGrid *grid,
              const char      *name)
{
  GObject *bar = gtk_widget_get_template_child (GTK_WIDGET (grid), PW_TYPE_INDICATOR_GRID, "filter_bar");
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (bar), G_OBJECT_TYPE (bar), name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

/* The search field and the filters narrow the rows; cleared, every
 * indicator is back. */
static void
test_window_filters (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwIndicatorGrid *grid = show_grid (window);
  GListModel *rows = pw_indicator_grid_get_rows (grid);
  GtkEditable *search = GTK_EDITABLE (filter_child (grid, "search_entry"));
  GtkDropDown *status = GTK_DROP_DOWN (filter_child (grid, "status_filter"));
  GtkDropDown *nature = GTK_DROP_DOWN (filter_child (grid, "nature_filter"));

  /* 每千常住人口医疗卫生机构床位数, 每千人口拥有执业(助理)医师,
   * 每千常住人口注册护士数, 每千人口拥有3岁以下婴幼儿托位数 */
  gtk_editable_set_text (search, "每千");
  g_signal_emit_by_name (search, "search-changed");
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);

  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, SAMPLE_INDICATORS);

  /* the alert: 养老机构护理型床位占比 (城镇新增就业人数 is a five-year
   * total, ahead of schedule: 17.8 of 25 by 2023) */
  gtk_drop_down_set_selected (status, 1);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);

  /* binding and an alert at once: the same one */
  gtk_drop_down_set_selected (nature, 1);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);

  gtk_drop_down_set_selected (status, 0);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 12);

  gtk_drop_down_set_selected (nature, 0);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, SAMPLE_INDICATORS);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_read_only (void)
{
  PwWindow *window = pw_window_new (NULL);
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PwIndicatorGrid *grid;
  PwIndicator *indicator;
  GtkWidget *banner;

  pw_window_set_read_only (window, TRUE);
  g_assert_true (pw_window_load_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));

  grid = show_grid (window);
  indicator = pw_test_find_indicator (pw_window_get_plan (window), "九年义务教育巩固率");

  pw_indicator_grid_set_cursor (grid, pw_test_ui_find_row (grid, "九年义务教育巩固率"),
                                pw_indicator_grid_find_column (grid, "target"));
  g_assert_false (pw_indicator_grid_start_editing (grid, "97%"));
  press_key (grid, GDK_KEY_Delete, 0);
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, ">96%");

  /* the actions that edit are off; a copy may still be saved elsewhere */
  gtk_widget_activate_action (GTK_WIDGET (grid), "grid.add-row", NULL);
  gtk_widget_activate_action (GTK_WIDGET (grid), "grid.delete-rows", NULL);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (pw_window_get_plan (window))), ==, SAMPLE_INDICATORS);
  g_assert_false (pw_plan_page_get_editable (PW_PLAN_PAGE (grid)));

  banner = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "banner_revealer");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "banner_label"))), "Review"));
  g_assert_true (gtk_widget_get_visible (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "edit_copy_button")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_close_asks (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwPlan *plan = pw_window_get_plan (window);
  GtkWindow *dialog;

  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_nullify_pointer), &window);

  /* changed: asks first */
  pw_plan_set_region (plan, "驻马店");
  gtk_window_close (GTK_WINDOW (window));
  pw_test_ui_iterate ();
  g_assert_nonnull (window);
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);

  /* Cancel keeps the window and the change */
  pw_test_ui_respond (dialog, GTK_RESPONSE_CANCEL);
  g_assert_nonnull (window);
  g_assert_null (pw_test_ui_find_dialog_for (GTK_WINDOW (window)));
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "驻马店");

  /* Discard closes it */
  gtk_window_close (GTK_WINDOW (window));
  pw_test_ui_iterate ();
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pw_test_ui_respond (dialog, GTK_RESPONSE_REJECT);
  g_assert_null (window);
}

/* Save As on @name typed in folder @dir, as Enter in the chooser does;
 * waits until the window's file is @expected (a name in @dir), or until the
 * chooser comes back, which is returned. */
static GtkWindow *
save_as_named (PwWindow   *window,
               const char *dir,
               const char *name,
               const char *expected)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) want = g_file_new_build_filename (dir, expected, NULL);
  GtkWindow *chooser;
  GtkWindow *again = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL);
  pw_test_ui_settle ();
  chooser = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_true (GTK_IS_FILE_CHOOSER (chooser));
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* the chooser checks the folder and the name asynchronously first */
  g_signal_connect_swapped (chooser, "destroy", G_CALLBACK (g_nullify_pointer), &chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  while (g_get_monotonic_time () < deadline)
    {
      GFile *file;

      pw_test_ui_wait_ms (20);
      file = pw_window_get_file (window);
      if (file != NULL && g_file_equal (file, want))
        break;
      again = chooser == NULL ? pw_test_ui_find_dialog_for (GTK_WINDOW (window)) : NULL;
      if (again != NULL)
        break;
    }
  if (chooser != NULL)
    g_signal_handlers_disconnect_by_func (chooser, G_CALLBACK (g_nullify_pointer), &chooser);
  return again;
}

/* Save As with a name typed without .plan (Ctrl+Shift+S, /tmp/x/noext,
 * Enter) saves noext.plan, as LibreOffice adds its own extension, and a
 * name with another extension gets it too; a name ending in .plan, in any
 * case, is kept. When noext.plan is there already, the chooser (which
 * asked about noext only) comes back on noext.plan, and Cancel writes
 * nothing. */
static void
test_window_save_as_adds_extension (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  g_autofree char *dir = pw_test_temp_dir ();
  static const struct {
    const char *typed;
    const char *saved;
  } names[] = {
    { "noext", "noext.plan" },
    { "report.v2", "report.v2.plan" },
    { "Kept.PLAN", "Kept.PLAN" },
    { "kept.plan", "kept.plan" },
  };
  GtkWindow *again;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *typed = g_build_filename (dir, names[i].typed, NULL);
      g_autofree char *saved = g_build_filename (dir, names[i].saved, NULL);

      g_assert_null (save_as_named (window, dir, names[i].typed, names[i].saved));
      g_assert_cmpstr (g_file_peek_path (pw_window_get_file (window)), ==, saved);
      g_assert_true (g_file_test (saved, G_FILE_TEST_IS_REGULAR));
      g_assert_true (g_str_equal (typed, saved) || !g_file_test (typed, G_FILE_TEST_EXISTS));
    }

  /* noext.plan is there: the chooser again, on it */
  again = save_as_named (window, dir, "noext", "none");
  g_assert_true (GTK_IS_FILE_CHOOSER (again));
  {
    g_autofree char *current = NULL;
    g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (again));
    g_autofree char *kept = g_build_filename (dir, "kept.plan", NULL);
    g_autofree char *noext = g_build_filename (dir, "noext", NULL);

    /* the chooser selects an existing file once it has read its folder */
    for (gint64 deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
         (current == NULL || *current == '\0') && g_get_monotonic_time () < deadline;)
      {
        g_free (current);
        pw_test_ui_wait_ms (20);
        current = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (again));
      }
    g_assert_cmpstr (current, ==, "noext.plan");
    g_assert_cmpstr (g_file_peek_path (folder), ==, dir);
    pw_test_ui_respond (again, GTK_RESPONSE_CANCEL);
    g_assert_cmpstr (g_file_peek_path (pw_window_get_file (window)), ==, kept);
    g_assert_false (g_file_test (noext, G_FILE_TEST_EXISTS));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

static void
test_window_close_unmodified (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);

  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_nullify_pointer), &window);
  gtk_window_close (GTK_WINDOW (window));
  pw_test_ui_iterate ();
  g_assert_null (window);
}

/* Opening a file that a window already shows presents that window; the
 * read-only hint of --read-only reaches the window. */
static void
test_window_open_twice (void)
{
  g_autoptr(PwApplication) app = pw_application_new ();
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GList *windows;

  /* not the one instance of the session: this test's own */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  pw_test_ui_discard_drafts ();

  g_application_open (G_APPLICATION (app), &file, 1, "read-only");
  pw_test_ui_iterate ();
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (pw_window_get_read_only (windows->data));

  g_application_open (G_APPLICATION (app), &file, 1, "");
  pw_test_ui_iterate ();
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);

  gtk_window_destroy (windows->data);
  pw_test_ui_iterate ();
}

/* Issue 14: Ctrl+Q (app.quit) closed one window per press, the list of
 * windows changing while it was walked. */
static void
test_window_quit_closes_all (void)
{
  g_autoptr(PwApplication) app = pw_application_new ();
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  pw_test_ui_discard_drafts ();
  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("quit-%u.plan", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (g_file_set_contents (path, contents, length, NULL));
      g_application_open (G_APPLICATION (app), &file, 1, "");
      pw_test_ui_iterate ();
    }
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 3);

  /* Ctrl+Q is app.quit */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");

    g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>q"));
  }
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 0);
}

static void
test_window_bad_file_keeps_window (void)
{
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "broken.plan", NULL);
  g_autoptr(GFile) file = NULL;
  PwWindow *window = pw_window_new (NULL);
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (path, "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\"><meta>", -1, NULL));
  file = g_file_new_for_path (path);

  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));

  g_assert_false (pw_window_load_file (window, file));
  g_assert_null (pw_window_get_plan (window));
  g_assert_null (pw_window_get_file (window));

  /* the error is shown, with the place in the file */
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  {
    g_autofree char *secondary = NULL;

    g_object_get (dialog, "secondary-text", &secondary, NULL);
    g_assert_true (g_regex_match_simple ("^1:[0-9]+: ", secondary, 0, 0));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A broken plan opened from a window that shows a plan (Open, a recent
 * plan, a file dropped): the error is shown over that window, with the
 * place in the file, and no empty window is left behind for it. */
static void
test_window_bad_file_from_plan (void)
{
  g_autoptr(PwApplication) app = pw_application_new ();
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) sample_file = g_file_new_for_path (sample);
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "broken.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;
  PwWindow *window;
  GtkWindow *dialog;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  pw_test_ui_discard_drafts ();
  /* the second line breaks off inside an element */
  g_assert_true (g_file_set_contents (path, "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n<meta>", -1, NULL));

  g_application_open (G_APPLICATION (app), &sample_file, 1, "");
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  pw_test_ui_wait_mapped (GTK_WIDGET (window));

  /* what Open does with the file chosen */
  pw_window_open_in_window (window, file);
  pw_test_ui_iterate ();

  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  g_assert_true (gtk_application_get_windows (GTK_APPLICATION (app))->data == window);
  g_assert_true (g_file_equal (pw_window_get_file (window), sample_file));
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_object_get (dialog, "text", &primary, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (primary, "broken.plan"));
  g_assert_true (g_regex_match_simple ("(^|:)2:[0-9]+: ", secondary, 0, 0));

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_iterate ();
}

static void
test_window_import_text (void)
{
  g_autofree char *seed = pw_test_seed_path ("000_");
  g_autoptr(GFile) file = NULL;
  PwWindow *window;

  if (seed == NULL)
    return;

  file = g_file_new_for_path (seed);
  window = pw_window_new (NULL);
  g_assert_true (pw_window_load_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));

  /* imported, not yet saved: the file to save is still to be chosen */
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (pw_window_get_plan (window))), ==, 31);
  g_assert_true (g_file_equal (pw_window_get_file (window), file));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "subtitle_label"))), "Imported"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Nanjing 纲要 of ../shared/corpus: 17 篇 (counted in the document). */
static void
test_window_import_parts (void)
{
  const char *seeds = g_getenv ("PW_SEEDS_DIR");
  g_autofree char *path = seeds ? g_build_filename (seeds, "..", "corpus", "nanjing-15th-outline.txt", NULL) : NULL;
  g_autofree char *dir = NULL;
  g_autofree char *saved_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) saved = NULL;
  g_autoptr(GError) error = NULL;
  PwWindow *window;
  PwWindow *reopened;
  PwPlan *plan;
  GListModel *rows;
  PwFindings *findings;
  guint n_findings;
  const char *chapter_subject = NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("../shared/corpus is absent");
      return;
    }

  file = g_file_new_for_path (path);
  window = pw_window_new (NULL);
  g_assert_true (pw_window_load_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  plan = pw_window_get_plan (window);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_parts (plan)), ==, 17);

  /* the banner says what was found, the parts first */
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "import_revealer"))));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "import_label"))),
                                   "17 parts · "));

  /* the outline: the three pages, then the 17 parts, closed */
  rows = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (
    gtk_widget_get_first_child (gtk_widget_get_first_child (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "outline"))))));
  for (guint i = 0; i < 17; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, 3 + i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      g_assert_true (PW_IS_PART (item));
      g_assert_cmpint (pw_part_get_number (PW_PART (item)), ==, i + 1);
    }

  /* a finding about a chapter goes to it, its part opened */
  findings = pw_plan_get_findings (plan);
  g_assert_nonnull (findings);
  n_findings = g_list_model_get_n_items (pw_findings_get_list (findings));
  for (guint i = 0; i < n_findings && chapter_subject == NULL; i++)
    {
      g_autoptr(PwFinding) finding = g_list_model_get_item (pw_findings_get_list (findings), i);
      const char *subject = pw_finding_get_subject (finding);

      if (subject != NULL && pw_plan_find_chapter (plan, subject) != NULL)
        chapter_subject = g_intern_string (subject);
    }
  if (chapter_subject != NULL)
    {
      g_autoptr(GObject) selected = NULL;
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-object", "s", chapter_subject);
      pw_test_ui_iterate ();
      selected = G_OBJECT (gtk_tree_list_row_get_item (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows))));
      g_assert_true (selected == G_OBJECT (pw_plan_find_chapter (plan, chapter_subject)));
    }

  /* saved and opened again: the parts and the findings are kept */
  dir = pw_test_temp_dir ();
  saved_path = g_build_filename (dir, "nanjing.plan", NULL);
  saved = g_file_new_for_path (saved_path);
  g_assert_true (pw_window_save (window, saved, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));

  reopened = pw_window_new (NULL);
  g_assert_true (pw_window_load_file (reopened, saved));
  gtk_window_present (GTK_WINDOW (reopened));
  pw_test_ui_wait_mapped (GTK_WIDGET (reopened));
  plan = pw_window_get_plan (reopened);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_parts (plan)), ==, 17);
  g_assert_nonnull (pw_plan_get_findings (plan));
  g_assert_cmpuint (g_list_model_get_n_items (pw_findings_get_list (pw_plan_get_findings (plan))), ==, n_findings);
  /* no banner for a plan opened: it was not imported now */
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (pw_test_ui_template_child (GTK_WIDGET (reopened), PW_TYPE_WINDOW, "import_revealer"))));

  /* clearing the report is an edit, undone like any other */
  gtk_widget_activate_action (GTK_WIDGET (reopened), "win.clear-findings", NULL);
  g_assert_null (pw_plan_get_findings (plan));
  gtk_widget_activate_action (GTK_WIDGET (reopened), "win.undo", NULL);
  g_assert_nonnull (pw_plan_get_findings (plan));

  gtk_window_destroy (GTK_WINDOW (reopened));
}

/* Puts @data on the display's clipboard as @mime_type, as another program
 * copying would. */
static void
copy_to_clipboard (GtkWidget  *widget,
                   const char *mime_type,
                   const char *data,
                   gsize       length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(GdkContentProvider) provider = gdk_content_provider_new_for_bytes (mime_type, bytes);

  g_assert_true (gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), provider));
}

/* Runs the main loop until @window shows a plan (the clipboard is read
 * asynchronously), for at most ten seconds. */
static PwPlan *
wait_for_plan (PwWindow *window)
{
  for (guint i = 0; i < 1000 && pw_window_get_plan (window) == NULL; i++)
    pw_test_ui_wait_ms (10);
  return pw_window_get_plan (window);
}

/* Import from Clipboard: the Guangzhou page of ../shared/corpus copied as
 * text/html into an empty window, then the Nanjing 纲要 copied as text into
 * a new window (the first keeps its plan), then an empty clipboard: a
 * message, no plan. Counts read off the documents (test-import-corpus.c). */
static void
test_window_import_clipboard (void)
{
  const char *seeds = g_getenv ("PW_SEEDS_DIR");
  g_autofree char *html_path = seeds ? g_build_filename (seeds, "..", "corpus", "guangzhou-15th-outline.html", NULL) : NULL;
  g_autofree char *text_path = seeds ? g_build_filename (seeds, "..", "corpus", "nanjing-15th-outline.txt", NULL) : NULL;
  g_autofree char *html = NULL;
  g_autofree char *text = NULL;
  gsize html_length = 0, text_length = 0;
  GListModel *toplevels = gtk_window_get_toplevels ();
  PwWindow *window;
  PwWindow *second = NULL;
  PwPlan *plan;
  GtkWindow *dialog;
  guint n_windows;

  if (html_path == NULL || !g_file_get_contents (html_path, &html, &html_length, NULL) ||
      !g_file_get_contents (text_path, &text, &text_length, NULL))
    {
      g_test_skip ("../shared/corpus is absent");
      return;
    }

  window = pw_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  g_assert_null (pw_window_get_plan (window));

  /* a web page copied from the browser */
  copy_to_clipboard (GTK_WIDGET (window), "text/html", html, html_length);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-clipboard", NULL));
  plan = wait_for_plan (window);
  g_assert_nonnull (plan);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "广州市国民经济和社会发展第十五个五年规划纲要");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_parts (plan)), ==, 11);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 33);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, 30);
  g_assert_nonnull (pw_plan_get_findings (plan));
  /* the banner, and no file yet: Save asks for one */
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "import_revealer"))));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "import_label"))),
                                   "11 parts · 33 chapters · 94 sections · 30 indicators · 12 boxes · 56 projects"));
  g_assert_null (pw_window_get_file (window));

  /* plain text into a window that shows a plan: a new window */
  n_windows = g_list_model_get_n_items (toplevels);
  copy_to_clipboard (GTK_WIDGET (window), "text/plain;charset=utf-8", text, text_length);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-clipboard", NULL));
  for (guint i = 0; i < 1000 && g_list_model_get_n_items (toplevels) == n_windows; i++)
    pw_test_ui_wait_ms (10);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_windows + 1);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (PW_IS_WINDOW (toplevel) && toplevel != GTK_WINDOW (window))
        second = PW_WINDOW (toplevel);
    }
  g_assert_nonnull (second);
  plan = wait_for_plan (second);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "南京市国民经济和社会发展第十五个五年规划纲要");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_parts (plan)), ==, 17);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, 26);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_parts (pw_window_get_plan (window))), ==, 11);
  gtk_window_destroy (GTK_WINDOW (second));

  /* nothing to import: a message, the plan kept */
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-clipboard", NULL));
  dialog = NULL;
  for (guint i = 0; i < 1000 && (dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window))) == NULL; i++)
    pw_test_ui_wait_ms (10);
  g_assert_nonnull (dialog);
  pw_test_ui_respond (dialog, GTK_RESPONSE_CLOSE);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_parts (pw_window_get_plan (window))), ==, 11);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Puts @data on the display's clipboard from another program, xclip, as
 * @target (a MIME type, or NULL for its plain text), and waits until the
 * window's clipboard sees it. Returns xclip, which serves it until it is
 * ended. */
static GSubprocess *
copy_from_other_program (GtkWidget  *widget,
                         const char *target,
                         const char *data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  const char *argv[] = { "xclip", "-selection", "clipboard", "-quiet",
                         target != NULL ? "-t" : NULL, target, NULL };
  const char *offered = target != NULL ? target : "text/plain;charset=utf-8";
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, strlen (data));
  GSubprocess *xclip;
  GOutputStream *in;

  xclip = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                             G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  in = g_subprocess_get_stdin_pipe (xclip);
  g_assert_true (g_output_stream_write_all (in, data, strlen (data), NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (in, NULL, &error));

  /* GDK 4.8.3 asks the new owner for its TARGETS through an X11 selection
   * stream that it never frees (a program that only reads the clipboard
   * leaks it too): what is allocated while the main loop only waits for
   * GDK to see xclip is left out of LeakSanitizer's count. */
#ifdef __SANITIZE_ADDRESS__
  __lsan_disable ();
#endif
  for (guint i = 0; i < 1000 && (gdk_clipboard_is_local (clipboard) ||
                                 !gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), offered)); i++)
    pw_test_ui_wait_ms (10);
#ifdef __SANITIZE_ADDRESS__
  __lsan_enable ();
#endif
  g_assert_false (gdk_clipboard_is_local (clipboard));
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), offered));
  return xclip;
}

static void
end_other_program (GSubprocess *xclip)
{
  g_subprocess_force_exit (xclip);
  g_assert_true (g_subprocess_wait (xclip, NULL, NULL));
  g_object_unref (xclip);
}

/* Import from Clipboard of what another program holds. Plain text put there
 * by xclip was imported as a web page (the window asked for text/html
 * first, and xclip answers any type with its text): a plan of one
 * paragraph. The clipboard's formats decide: text when it offers text, a
 * page only when it offers text/html. The counts are read off the texts
 * below: two chapters, the second with two sections. */
static void
test_window_import_clipboard_other_program (void)
{
  static const char title[] = "示例市国民经济和社会发展第十五个五年规划纲要";
  g_autofree char *text = g_strconcat (title, "\n"
                                       "第一章 发展基础\n"
                                       "过去五年,全市经济持续增长。\n"
                                       "第二章 总体要求\n"
                                       "第一节 指导思想\n"
                                       "坚持稳中求进工作总基调。\n"
                                       "第二节 主要目标\n"
                                       "经济保持合理增长。\n", NULL);
  /* the same on one line: read as text, it would be one paragraph */
  g_autofree char *page = g_strconcat ("<html><head><meta charset=\"utf-8\"><title>", title, "</title></head><body>"
                                       "<h1>", title, "</h1>"
                                       "<p>第一章 发展基础</p><p>过去五年,全市经济持续增长。</p>"
                                       "<p>第二章 总体要求</p><p>第一节 指导思想</p><p>坚持稳中求进工作总基调。</p>"
                                       "<p>第二节 主要目标</p><p>经济保持合理增长。</p></body></html>", NULL);
  const char *copied[] = { NULL, "text/html" };
  const char *contents[] = { text, page };

  for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
    {
      PwWindow *window = pw_window_new (NULL);
      GSubprocess *xclip;
      PwChapter *second;
      PwPlan *plan;

      gtk_window_present (GTK_WINDOW (window));
      pw_test_ui_wait_mapped (GTK_WIDGET (window));
      xclip = copy_from_other_program (GTK_WIDGET (window), copied[i], contents[i]);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-clipboard", NULL));
      plan = wait_for_plan (window);
      g_assert_nonnull (plan);
      g_test_message ("copied as %s: “%s”", copied[i] ? copied[i] : "text", pw_plan_get_title (plan));
      g_assert_cmpstr (pw_plan_get_title (plan), ==, title);
      g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 2);
      second = g_list_model_get_item (pw_plan_get_chapters (plan), 1);
      g_assert_cmpstr (pw_chapter_get_title (second), ==, "总体要求");
      g_assert_cmpuint (g_list_model_get_n_items (pw_chapter_get_sections (second)), ==, 2);
      g_object_unref (second);

      end_other_program (xclip);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Review (issue 11): a plan opened read-only locks its content, not its
 * comments; Save keeps the comments, and nothing else changes. */
static void
test_window_review_comments (void)
{
  PwWindow *window = pw_window_new (NULL);
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *copy_path = g_build_filename (dir, "reviewed.plan", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(PwPlan) saved = NULL;
  g_autoptr(PwPlan) sample = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GError) error = NULL;
  PwIndicatorGrid *grid;
  GtkWindow *dialog;
  PwPlan *plan;

  pw_window_set_read_only (window, TRUE);
  g_assert_true (pw_window_load_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  plan = pw_window_get_plan (window);

  /* the count in the header bar: the sample's one open comment */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "comments_count"))), ==, "Comments 1");

  /* content refused */
  grid = show_grid (window);
  pw_indicator_grid_set_cursor (grid, pw_test_ui_find_row (grid, "每千人口拥有3岁以下婴幼儿托位数"),
                                pw_indicator_grid_find_column (grid, "2023"));
  g_assert_false (pw_indicator_grid_start_editing (grid, "3.0"));

  /* a comment on the cell at the cursor, by the shortcut's action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-comment", NULL));
  pw_test_ui_iterate ();
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_true (PW_IS_COMMENT_DIALOG (dialog));
  pw_comment_dialog_set_text (PW_COMMENT_DIALOG (dialog), "2023年托位数请核实。");
  pw_test_ui_respond (dialog, GTK_RESPONSE_ACCEPT);

  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_comments (plan)), ==, 2);
  {
    g_autoptr(PwComment) comment = g_list_model_get_item (pw_plan_get_comments (plan), 1);
    PwIndicator *indicator = pw_test_find_indicator (plan, "每千人口拥有3岁以下婴幼儿托位数");

    g_assert_cmpstr (pw_comment_get_target (comment), ==, pw_object_get_id (PW_OBJECT (indicator)));
    g_assert_cmpint (pw_comment_get_year (comment), ==, 2023);
    g_assert_cmpstr (pw_comment_get_text (comment), ==, "2023年托位数请核实。");
    g_assert_cmpstr (pw_comment_get_author (comment), ==, g_get_real_name ());
  }
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "comments_count"))), ==, "Comments 2");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "comments_revealer"))));

  /* Save is on for the comments, and what it writes differs from the sample
   * by the comment only */
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  g_assert_true (pw_window_save (window, copy, &error));
  g_assert_no_error (error);
  saved = pw_plan_load (copy, &error);
  g_assert_no_error (error);
  sample = pw_plan_load (file, &error);
  g_assert_no_error (error);
  changes = pw_plan_compare (sample, saved);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_comments (saved)), ==, 2);
  g_assert_true (pw_window_get_read_only (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The pane lists the comments by state, and a comment shows its object. */
static void
test_window_comments_pane (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwPlan *plan = pw_window_get_plan (window);
  PwCommentsPane *pane = PW_COMMENTS_PANE (pw_window_get_comments_pane (window));
  g_autoptr(PwComment) first = g_list_model_get_item (pw_plan_get_comments (plan), 0);
  g_autoptr(GObject) selected = NULL;

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "comments_button")), TRUE);
  pw_test_ui_iterate ();
  g_assert_cmpuint (pw_comments_pane_get_n_shown (pane), ==, 1);

  pw_plan_add_comment (plan, NULL, 0, 0, "甲", "全文统一写法。");
  pw_plan_reply_to_comment (plan, first, "乙", "已说明。");
  pw_comment_set_resolved (first, TRUE);
  pw_test_ui_iterate ();
  /* open: the new thread; resolved: the sample's with its reply; all: 3 */
  g_assert_cmpuint (pw_comments_pane_get_n_shown (pane), ==, 1);
  pw_comments_pane_set_state_filter (pane, 1);
  g_assert_cmpuint (pw_comments_pane_get_n_shown (pane), ==, 2);
  pw_comments_pane_set_state_filter (pane, 2);
  g_assert_cmpuint (pw_comments_pane_get_n_shown (pane), ==, 3);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "comments_count"))), ==, "Comments 1");

  /* the sample's comment is on 第七章 (ch-43): activating it shows that chapter */
  g_signal_emit_by_name (pane, "show-object", pw_comment_get_target (first));
  pw_test_ui_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "page_stack"))), ==, "chapter");
  g_assert_true (pw_chapter_page_get_chapter (PW_CHAPTER_PAGE (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page"))) ==
                 pw_plan_find_chapter (plan, "ch-43"));

  /* a resolved thread reopens */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reply-comment", "s", pw_object_get_id (PW_OBJECT (first)));
  pw_test_ui_iterate ();
  {
    GtkWindow *dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));

    g_assert_nonnull (dialog);
    pw_test_ui_respond (dialog, GTK_RESPONSE_CANCEL);
  }
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_comments (plan)), ==, 3);

  pw_history_set_unmodified (pw_plan_get_history (plan));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The text view of the comment dialog open over @window. */
static GtkTextView *
comment_dialog_text (GtkWindow *dialog)
{
  g_assert_true (PW_IS_COMMENT_DIALOG (dialog));
  return GTK_TEXT_VIEW (pw_test_ui_template_child (GTK_WIDGET (dialog), PW_TYPE_COMMENT_DIALOG, "text_view"));
}

/* Writes @text in the comment dialog over @window and accepts it. */
static void
write_comment (PwWindow   *window,
               const char *text)
{
  GtkWindow *dialog;

  pw_test_ui_iterate ();
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (comment_dialog_text (dialog)), text, -1);
  pw_test_ui_respond (dialog, GTK_RESPONSE_ACCEPT);
}

/* The button @name of the comments pane's row of @comment, shown. */
static GtkWidget *
comment_row_button (GtkWidget  *pane,
                    PwComment  *comment,
                    const char *name)
{
  GPtrArray *stack = g_ptr_array_new ();
  GtkWidget *button = NULL;

  g_ptr_array_add (stack, pane);
  while (stack->len > 0 && button == NULL)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (PW_IS_COMMENT_ROW (w) && pw_comment_row_get_comment (PW_COMMENT_ROW (w)) == comment &&
          gtk_widget_get_mapped (w))
        button = pw_test_ui_template_child (w, PW_TYPE_COMMENT_ROW, name);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_ptr_array_unref (stack);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  return button;
}

/* Chooses Add Comment in a context menu, as a click on it would: its
 * action, with its target, from where the menu is. */
static void
choose_menu_item (GtkWidget *popover)
{
  g_autoptr(GVariant) target = NULL;

  g_assert_nonnull (popover);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (pw_test_ui_menu_find (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)),
                                       "win.comment-on", NULL, &target));
  g_assert_true (gtk_widget_activate_action_variant (popover, "win.comment-on", target));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* Is @widget the outline entry of the object of @data? */
static gboolean
is_row_of (GtkWidget *widget,
           gpointer   data)
{
  g_autoptr(GObject) object = NULL;
  GtkTreeListRow *row;

  if (!gtk_widget_get_mapped (widget) || !GTK_IS_TREE_EXPANDER (widget))
    return FALSE;
  row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (widget));
  object = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  return object == data;
}

/* The name cell of a project's row in a 专栏's list. */
static gboolean
is_project_name_of (GtkWidget *widget,
                    gpointer   data)
{
  GtkListItem *item;

  if (!PW_IS_GRID_CELL (widget) || !gtk_widget_has_css_class (widget, "pw-project-name") ||
      !gtk_widget_get_mapped (widget))
    return FALSE;
  item = pw_grid_cell_get_list_item (PW_GRID_CELL (widget));
  return item != NULL && gtk_list_item_get_item (item) == data;
}

static gboolean
is_prose_of (GtkWidget *widget,
             gpointer   data)
{
  return PW_IS_PROSE_VIEW (widget) && pw_prose_view_get_object (PW_PROSE_VIEW (widget)) == data &&
         gtk_widget_get_mapped (widget);
}

static gboolean
is_marker (GtkWidget *widget,
           gpointer   data)
{
  return gtk_widget_has_css_class (widget, "pw-comment-marker");
}

/* The marker in @row: its count, or NULL when it is hidden. */
static const char *
marker_count (GtkWidget *row)
{
  GtkWidget *marker = pw_test_ui_find_widget (row, is_marker, NULL);

  g_assert_nonnull (marker);
  return gtk_widget_get_visible (marker) ? gtk_label_get_label (GTK_LABEL (gtk_widget_get_last_child (marker))) : NULL;
}

/* The context menu comments on what was clicked: a grid cell (its year), an
 * outline entry, a project's row, a paragraph; the markers count the
 * threads; one's own comment is edited. In review mode, as a reviewer. */
static void
test_window_comment_menus (void)
{
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PwWindow *window = pw_window_new (NULL);
  PwIndicatorGrid *grid;
  GtkWidget *cell, *row;
  guint want[2];
  PwPlan *plan;
  PwObject *chapter, *project, *section;
  GListModel *comments;
  guint n;

  pw_window_set_read_only (window, TRUE);
  g_assert_true (pw_window_load_file (window, file));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  pw_test_ui_settle ();
  plan = pw_window_get_plan (window);
  comments = pw_plan_get_comments (plan);
  n = g_list_model_get_n_items (comments);

  /* a cell of 2023: the comment is on that year of the indicator */
  grid = show_grid (window);
  pw_test_ui_settle ();
  want[0] = pw_test_ui_find_row (grid, "每千人口拥有3岁以下婴幼儿托位数");
  want[1] = pw_indicator_grid_find_column (grid, "2023");
  pw_indicator_grid_set_cursor (grid, want[0], want[1]);
  pw_test_ui_settle ();
  cell = pw_test_ui_find_cell (GTK_WIDGET (grid), want[0], want[1]);
  g_assert_nonnull (cell);
  g_assert_false (gtk_widget_has_css_class (cell, "commented"));
  pw_indicator_grid_set_cursor (grid, 0, 0);
  choose_menu_item (pw_comment_menu_show_at (cell, 4, 4));
  {
    guint r = G_MAXUINT, c = G_MAXUINT;

    /* the cell clicked became the cursor */
    pw_indicator_grid_get_cursor (grid, &r, &c);
    g_assert_cmpuint (r, ==, want[0]);
    g_assert_cmpuint (c, ==, want[1]);
  }
  write_comment (window, "2023年数据请核实。");
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, n + 1);
  {
    g_autoptr(PwComment) comment = g_list_model_get_item (comments, n);

    g_assert_cmpstr (pw_comment_get_target (comment), ==,
                     pw_object_get_id (PW_OBJECT (pw_test_find_indicator (plan, "每千人口拥有3岁以下婴幼儿托位数"))));
    g_assert_cmpint (pw_comment_get_year (comment), ==, 2023);
  }
  pw_test_ui_settle ();
  g_assert_true (gtk_widget_has_css_class (cell, "commented"));

  /* the outline entry of 第七章, which has the sample's comment */
  chapter = PW_OBJECT (pw_plan_find_chapter (plan, "ch-43"));
  row = pw_test_ui_find_widget (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "outline"), is_row_of, chapter);
  g_assert_nonnull (row);
  g_assert_cmpstr (marker_count (row), ==, "1");
  choose_menu_item (pw_comment_menu_show_at (row, 4, 4));
  write_comment (window, "本章标题请与目录一致。");
  pw_test_ui_settle ();
  g_assert_cmpstr (marker_count (row), ==, "2");
  {
    g_autoptr(PwComment) comment = g_list_model_get_item (comments, n + 1);

    g_assert_cmpstr (pw_comment_get_target (comment), ==, "ch-43");
    g_assert_cmpint (pw_comment_get_paragraph (comment), ==, 0);
  }

  /* a project's cell (its name, as a grid's cell): no corner mark, then one */
  project = pw_plan_find_object (plan, "prj-16");
  pw_window_show_object (window, project);
  pw_test_ui_settle ();
  row = pw_test_ui_find_widget (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page"),
                     is_project_name_of, project);
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_has_css_class (row, "commented"));
  choose_menu_item (pw_comment_menu_show_at (row, 4, 4));
  write_comment (window, "投资来源请列明。");
  pw_test_ui_settle ();
  g_assert_true (gtk_widget_has_css_class (row, "commented"));
  {
    g_autoptr(PwComment) comment = g_list_model_get_item (comments, n + 2);

    g_assert_cmpstr (pw_comment_get_target (comment), ==, "prj-16");
  }

  /* the second paragraph of a section (sec-9, given two) */
  section = pw_plan_find_object (plan, "sec-9");
  pw_section_set_text (PW_SECTION (section), "第一段。\n第二段，有一处表述要改。");
  pw_window_show_object (window, section);
  pw_test_ui_settle ();
  {
    GtkWidget *view = pw_test_ui_find_widget (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page"), is_prose_of, section);
    GtkTextBuffer *buffer;
    GtkTextIter iter;

    g_assert_nonnull (view);
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, 1, 3);
    gtk_text_buffer_place_cursor (buffer, &iter);
    /* the item the view's own context menu adds */
    g_assert_true (gtk_widget_activate_action (view, "prose.add-comment", NULL));
  }
  write_comment (window, "此处表述请修改。");
  {
    g_autoptr(PwComment) comment = g_list_model_get_item (comments, n + 3);

    g_assert_cmpstr (pw_comment_get_target (comment), ==, "sec-9");
    g_assert_cmpint (pw_comment_get_paragraph (comment), ==, 2);
  }

  /* one's own comment has Edit, which starts from its text */
  {
    g_autoptr(PwComment) own = g_list_model_get_item (comments, n + 2);
    GtkWidget *pane = pw_window_get_comments_pane (window);
    GtkWidget *edit = NULL;
    GtkWindow *dialog;
    GtkTextBuffer *buffer;
    GtkTextIter start, end;
    g_autofree char *before = NULL;

    g_assert_cmpstr (pw_comment_get_author (own), ==, g_get_real_name ());
    pw_comments_pane_set_state_filter (PW_COMMENTS_PANE (pane), 2);
    pw_test_ui_settle ();
    /* the rows of the pane: the Edit of the project's comment */
    edit = comment_row_button (pane, own, "edit_button");
    g_assert_true (gtk_widget_get_visible (edit));
    g_signal_emit_by_name (edit, "clicked");
    pw_test_ui_iterate ();
    dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
    g_assert_nonnull (dialog);
    buffer = gtk_text_view_get_buffer (comment_dialog_text (dialog));
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    before = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (before, ==, "投资来源请列明。");
    gtk_text_buffer_set_text (buffer, "投资来源和资金到位情况请列明。", -1);
    pw_test_ui_respond (dialog, GTK_RESPONSE_ACCEPT);
    g_assert_cmpstr (pw_comment_get_text (own), ==, "投资来源和资金到位情况请列明。");
    g_assert_cmpuint (g_list_model_get_n_items (comments), ==, n + 4);

    /* the row's Resolve resolves the thread, its Delete deletes the comment:
     * the row's buttons act on its own comment, through the pane's actions */
    g_assert_false (pw_comment_get_resolved (own));
    pw_test_ui_settle ();
    g_signal_emit_by_name (comment_row_button (pane, own, "resolve_button"), "clicked");
    g_assert_true (pw_comment_get_resolved (own));
    pw_test_ui_settle ();
    g_signal_emit_by_name (comment_row_button (pane, own, "delete_button"), "clicked");
    g_assert_cmpuint (g_list_model_get_n_items (comments), ==, n + 3);
    g_assert_null (pw_plan_find_comment (plan, pw_object_get_id (PW_OBJECT (own))));
  }

  pw_history_set_unmodified (pw_plan_get_history (plan));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An earlier version of the sample, in a new folder: another target for
 * 托位数 (4 instead of 4.5). */
static GFile *
write_earlier_sample (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *text = NULL;
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *old_path = g_build_filename (dir, "earlier.plan", NULL);
  g_autoptr(GString) earlier = NULL;

  g_assert_true (g_file_get_contents (sample, &text, NULL, NULL));
  earlier = g_string_new (text);
  g_assert_cmpuint (g_string_replace (earlier, "<target>4.5</target>", "<target>4</target>", 0), ==, 1);
  g_assert_true (g_file_set_contents (old_path, earlier->str, -1, NULL));
  return g_file_new_for_path (old_path);
}

static gboolean
label_has_selection (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_selection_bounds (GTK_LABEL (widget), NULL, NULL))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (label_has_selection (child))
      return TRUE;
  return FALSE;
}

/* The list of changes opens with the focus on the list, the first change
 * not selected as text (its old and new values are selectable, to copy, and
 * the window gave the first of them the focus, all selected). */
static void
test_window_changes_view_focus (void)
{
  g_autoptr(GFile) old_file = write_earlier_sample ();
  PwWindow *window = pw_test_ui_open_sample (NULL);
  GtkWindow *view;
  GtkWidget *focus;
  GtkWidget *list;

  view = pw_window_compare_with (window, old_file);
  g_assert_nonnull (view);
  pw_test_ui_wait_mapped (GTK_WIDGET (view));
  pw_test_ui_settle ();

  list = pw_test_ui_template_child (GTK_WIDGET (view), PW_TYPE_CHANGES_VIEW, "list");
  focus = gtk_window_get_focus (view);
  g_assert_nonnull (focus);
  g_assert_false (GTK_IS_LABEL (focus));
  g_assert_true (focus == list || gtk_widget_is_ancestor (focus, list));
  g_assert_false (label_has_selection (GTK_WIDGET (view)));

  gtk_window_destroy (view);
  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_iterate ();
}

/* Compare With…: the changes from an earlier version, each showing its object. */
static void
test_window_changes_view (void)
{
  /* the earlier version had another target for 托位数 (4 instead of 4.5) */
  g_autoptr(GFile) old_file = write_earlier_sample ();
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwChangesView *view;
  GListModel *changes;
  guint target_row = G_MAXUINT;

  view = PW_CHANGES_VIEW (pw_window_compare_with (window, old_file));
  g_assert_nonnull (view);
  pw_test_ui_iterate ();
  changes = pw_changes_view_get_changes (view);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
  {
    g_autoptr(PwChange) change = g_list_model_get_item (changes, 0);

    g_assert_cmpint (pw_change_get_kind (change), ==, PW_CHANGE_CHANGED);
    g_assert_cmpstr (pw_change_get_old_text (change), ==, "4");
    g_assert_cmpstr (pw_change_get_new_text (change), ==, "4.5");
    target_row = 0;
  }

  pw_changes_view_activate (view, target_row);
  pw_test_ui_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "page_stack"))), ==, "indicators");
  {
    PwIndicatorGrid *grid = PW_INDICATOR_GRID (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid"));
    guint row = G_MAXUINT, column = G_MAXUINT;
    g_autoptr(PwIndicator) at_cursor = NULL;

    pw_indicator_grid_get_cursor (grid, &row, &column);
    at_cursor = g_list_model_get_item (pw_indicator_grid_get_rows (grid), row);
    g_assert_cmpstr (pw_indicator_get_name (at_cursor), ==, "每千人口拥有3岁以下婴幼儿托位数");

    /* the grid tints the changed cell, that one only, while the changes are shown */
    row = pw_test_ui_find_row (grid, "每千人口拥有3岁以下婴幼儿托位数");
    g_assert_true (pw_indicator_grid_is_changed (grid, row, pw_indicator_grid_find_column (grid, "target")));
    g_assert_false (pw_indicator_grid_is_changed (grid, row, pw_indicator_grid_find_column (grid, "baseline")));
    g_assert_false (pw_indicator_grid_is_changed (grid, row, pw_indicator_grid_find_column (grid, "2023")));
    g_assert_false (pw_indicator_grid_is_changed (grid, pw_test_ui_find_row (grid, "城镇新增就业人数"),
                                                  pw_indicator_grid_find_column (grid, "target")));
    /* Escape closes the list, as it closes a dialog */
    g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
    pw_test_ui_wait_mapped (GTK_WIDGET (view));
    g_assert_true (pw_test_ui_press_shortcut (gtk_window_get_focus (GTK_WINDOW (view)) != NULL
                                                ? gtk_window_get_focus (GTK_WINDOW (view))
                                                : GTK_WIDGET (view),
                                              GDK_KEY_Escape, 0));
    g_assert_null (view);
    g_assert_false (pw_indicator_grid_is_changed (grid, row, pw_indicator_grid_find_column (grid, "target")));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A reviewer's copy that differs by its comments alone says so. */
static void
test_window_changes_only_comments (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) sample_file = g_file_new_for_path (sample);
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *copy_path = g_build_filename (dir, "reviewed.plan", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(GError) error = NULL;
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwPlan *plan = pw_window_get_plan (window);
  g_autoptr(PwComment) first = g_list_model_get_item (pw_plan_get_comments (plan), 0);
  GtkWindow *view;
  GtkWidget *summary;

  /* the reviewer added two comments and resolved the sample's: three */
  pw_plan_add_comment (plan, "ind-104", 2023, 0, "王审阅", "请核实。");
  pw_plan_add_comment (plan, NULL, 0, 0, "王审阅", "全文请统一写法。");
  pw_comment_set_resolved (first, TRUE);
  g_assert_true (pw_window_save (window, copy, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));

  window = pw_test_ui_open_window (NULL, copy);
  view = pw_window_compare_with (window, sample_file);
  g_assert_nonnull (view);
  pw_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (pw_changes_view_get_changes (PW_CHANGES_VIEW (view))), ==, 0);
  summary = pw_test_ui_template_child (GTK_WIDGET (view), PW_TYPE_CHANGES_VIEW, "summary_label");
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (summary)), "Only the comments changed since "));
  g_assert_true (g_str_has_suffix (gtk_label_get_label (GTK_LABEL (summary)), ": 3 comments added, changed or removed."));

  gtk_window_destroy (view);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_shortcut_label (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_SHORTCUT_LABEL (widget) &&
         g_strcmp0 (gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (widget)), data) == 0;
}

/* The keyboard shortcuts window is built when Keyboard Shortcuts is first
 * chosen, not as each window opens; it shows the application's
 * accelerators, Ctrl+? opens it. */
static void
test_window_shortcuts_window (void)
{
  g_autoptr(PwApplication) app = pw_application_new ();
  g_auto(GStrv) accels = NULL;
  g_autoptr(GError) error = NULL;
  GtkShortcutsWindow *shortcuts;
  GLogLevelFlags fatal;
  PwWindow *window;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>question");

  window = pw_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  /* GTK 4.8's shortcuts window warns, laying itself out, that a label of
   * its own asked for a negative width: not fatal here */
  fatal = g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  pw_test_ui_settle ();
  shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (shortcuts)) == GTK_WINDOW (window));
  /* New plan, through the application's accelerator of win.new */
  g_assert_nonnull (pw_test_ui_find_widget (GTK_WIDGET (shortcuts), is_shortcut_label, (gpointer) "<Control>n"));

  /* closed, it is hidden and shown again as it was */
  gtk_window_close (GTK_WINDOW (shortcuts));
  pw_test_ui_settle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  pw_test_ui_settle ();
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_log_set_always_fatal (fatal);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_iterate ();
}

/* The renderer the program chooses before GTK starts: GL never loaded for
 * the Cairo renderer; Cairo without a GPU's render node; a choice made in
 * the environment kept. */
static void
test_window_renderer (void)
{
  g_autofree char *dri = g_dir_make_tmp ("pw-dri-XXXXXX", NULL);
  g_autofree char *card = g_build_filename (dri, "card0", NULL);
  g_autofree char *render = g_build_filename (dri, "renderD128", NULL);
  g_autofree char *renderer = g_strdup (g_getenv ("GSK_RENDERER"));
  g_autofree char *debug = g_strdup (g_getenv ("GDK_DEBUG"));

  g_assert_true (g_file_set_contents (card, "", 0, NULL));

  /* the Cairo renderer chosen: OpenGL is not loaded */
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_unsetenv ("GDK_DEBUG");
  pw_application_choose_renderer (dri);
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");

  /* nothing chosen, a display device but no render node: software GL */
  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("GDK_DEBUG");
  pw_application_choose_renderer (dri);
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");

  /* GL asked for: kept, and loaded */
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_unsetenv ("GDK_DEBUG");
  pw_application_choose_renderer (dri);
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
  g_assert_null (g_getenv ("GDK_DEBUG"));

  /* GDK's own debugging flags set: nothing changed */
  g_unsetenv ("GSK_RENDERER");
  g_setenv ("GDK_DEBUG", "events", TRUE);
  pw_application_choose_renderer (dri);
  g_assert_null (g_getenv ("GSK_RENDERER"));
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "events");

  /* a GPU: GTK chooses */
  g_assert_true (g_file_set_contents (render, "", 0, NULL));
  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("GDK_DEBUG");
  pw_application_choose_renderer (dri);
  g_assert_null (g_getenv ("GSK_RENDERER"));
  g_assert_null (g_getenv ("GDK_DEBUG"));

  if (renderer != NULL)
    g_setenv ("GSK_RENDERER", renderer, TRUE);
  if (debug != NULL)
    g_setenv ("GDK_DEBUG", debug, TRUE);
  g_unlink (render);
  g_unlink (card);
  g_rmdir (dri);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  g_test_add_func ("/pw/window/open-sample", test_window_open_sample);
  g_test_add_func ("/pw/window/recent-files", test_window_recent_files);
  g_test_add_func ("/pw/window/edit-target", test_window_edit_target);
  g_test_add_func ("/pw/window/kind", test_window_kind);
  g_test_add_func ("/pw/window/type-into-cell", test_window_type_into_cell);
  g_test_add_func ("/pw/window/add-and-delete-rows", test_window_add_and_delete_rows);
  g_test_add_func ("/pw/window/filters", test_window_filters);
  g_test_add_func ("/pw/window/read-only", test_window_read_only);
  g_test_add_func ("/pw/window/close-asks", test_window_close_asks);
  g_test_add_func ("/pw/window/close-unmodified", test_window_close_unmodified);
  g_test_add_func ("/pw/window/save-as-adds-extension", test_window_save_as_adds_extension);
  g_test_add_func ("/pw/window/open-twice", test_window_open_twice);
  g_test_add_func ("/pw/window/quit-closes-all", test_window_quit_closes_all);
  g_test_add_func ("/pw/window/bad-file-keeps-window", test_window_bad_file_keeps_window);
  g_test_add_func ("/pw/window/bad-file-from-plan", test_window_bad_file_from_plan);
  g_test_add_func ("/pw/window/import-text", test_window_import_text);
  g_test_add_func ("/pw/window/import-parts", test_window_import_parts);
  g_test_add_func ("/pw/window/import-clipboard", test_window_import_clipboard);
  g_test_add_func ("/pw/window/import-clipboard-other-program", test_window_import_clipboard_other_program);
  g_test_add_func ("/pw/window/review-comments", test_window_review_comments);
  g_test_add_func ("/pw/window/comments-pane", test_window_comments_pane);
  g_test_add_func ("/pw/window/comment-menus", test_window_comment_menus);
  g_test_add_func ("/pw/window/changes-view", test_window_changes_view);
  g_test_add_func ("/pw/window/changes-view-focus", test_window_changes_view_focus);
  g_test_add_func ("/pw/window/changes-only-comments", test_window_changes_only_comments);
  g_test_add_func ("/pw/window/renderer", test_window_renderer);
  g_test_add_func ("/pw/window/shortcuts-window", test_window_shortcuts_window);

  return g_test_run ();
}
