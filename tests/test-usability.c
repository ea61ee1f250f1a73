/* test-usability.c: what a new user meets first, driven by the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Defects found by using the window as a newcomer would (under Xvfb, with
 * xdotool), each kept as the test that failed before its fix: dialogs that
 * Escape or Enter did not answer, a menu whose keys clashed, a button whose
 * result was out of sight.
 */

#include "config.h"

#include <gtk/gtk.h>

#include "pw-comment-dialog.h"
#include "pw-comments-pane.h"
#include "pw-export-dialog.h"
#include "pw-indicator-grid.h"
#include "pw-new-plan-dialog.h"
#include "pw-overview-page.h"
#include "pw-progress.h"
#include "pw-project-list.h"
#include "pw-sheet-dialog.h"
#include "pw-test-ui.h"
#include "pw-test-util.h"
#include "pw-window.h"

/* Auxiliary methods */

static GtkWidget *
find_button_with_action (GtkWidget  *widget,
                         const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_action (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Tests */

/* F6 moves between the outline and the page (GtkPaned's keys) also from
 * the header bar, where the focus stays after one of its menus or
 * buttons: F6 did nothing there. Shift+F6 goes to the page. */
static void
test_usability_f6_from_header (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  GtkWidget *button = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "comments_button");
  GtkWidget *outline = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "outline");
  GtkWidget *overview = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "overview_page");
  GtkWidget *focus;

  pw_test_ui_settle ();
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (pw_test_ui_press_shortcut (button, GDK_KEY_F6, 0));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == outline || gtk_widget_is_ancestor (focus, outline));

  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (pw_test_ui_press_shortcut (button, GDK_KEY_F6, GDK_SHIFT_MASK));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == overview || gtk_widget_is_ancestor (focus, overview));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* F6 from the outline into the overview lands in its first field without
 * selecting its text (GTK selects a field reached by the keyboard), or the
 * next key typed would replace the plan's title; Shift+F6 from the header
 * bar too. */
static void
test_usability_f6_no_select_all (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  GtkWidget *outline = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "outline");
  GtkWidget *overview = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "overview_page");
  GtkWidget *button = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "comments_button");
  GtkWidget *focus;

  pw_test_ui_settle ();
  g_assert_true (gtk_widget_child_focus (outline, GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, outline));

  g_assert_true (pw_test_ui_press_shortcut (focus, GDK_KEY_F6, 0));
  pw_test_ui_settle ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, overview));
  g_assert_true (GTK_IS_EDITABLE (focus));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), NULL, NULL));

  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (pw_test_ui_press_shortcut (button, GDK_KEY_F6, GDK_SHIFT_MASK));
  pw_test_ui_settle ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, overview));
  g_assert_true (GTK_IS_EDITABLE (focus));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), NULL, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A page shown while the focus is in the page left (a chapter chosen by a
 * command, a search result, a comment's Show): GtkStack moves the focus to
 * the new page's first field, which GTK then selects whole, so the next key
 * would replace the chapter's title. */
static void
test_usability_page_change_no_select_all (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  GtkWidget *overview = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "overview_page");
  GtkWidget *chapter_page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page");
  GtkWidget *focus;

  pw_test_ui_settle ();
  g_assert_true (gtk_widget_child_focus (overview, GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, overview));

  g_assert_true (pw_window_show_chapter (window, 2));
  pw_test_ui_settle ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, chapter_page));
  g_assert_true (GTK_IS_EDITABLE (focus));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), NULL, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The header bar's Comments button waits for a plan: on the start page it
 * could be pressed, and stayed down, with no pane and nothing to show. */
static void
test_usability_comments_button_start (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  PwWindow *window = pw_window_new (NULL);
  GtkWidget *button = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "comments_button");

  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_settle ();
  g_assert_false (gtk_widget_is_sensitive (button));

  g_assert_true (pw_window_load_file (window, file));
  pw_test_ui_settle ();
  g_assert_true (gtk_widget_is_sensitive (button));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file that could not be opened is not among the recent plans of the
 * start page: GTK's file chooser adds what it is answered with to the
 * recent files, and a truncated plan chosen from Open stayed listed as
 * one, to fail again from there. A plan opened is listed. */
static void
test_usability_broken_not_recent (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *contents = NULL;
  g_autofree char *broken_path = NULL;
  g_autofree char *good_path = NULL;
  g_autofree char *broken_uri = NULL;
  g_autofree char *good_uri = NULL;
  g_autoptr(GFile) broken = NULL;
  g_autoptr(GFile) good = NULL;
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  PwWindow *window;
  GtkWindow *dialog;
  gsize length;

  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  good_path = pw_test_write_temp_file ("opened.plan", contents, length);
  broken_path = pw_test_write_temp_file ("truncated.plan", contents, length / 2);
  good = g_file_new_for_path (good_path);
  broken = g_file_new_for_path (broken_path);
  good_uri = g_file_get_uri (good);
  broken_uri = g_file_get_uri (broken);

  /* what the chooser does with the file chosen (it reads the type first) */
  g_assert_true (gtk_recent_manager_add_item (recent, broken_uri));
  for (int i = 0; i < 1000 && !gtk_recent_manager_has_item (recent, broken_uri); i++)
    pw_test_ui_wait_ms (10);
  g_assert_true (gtk_recent_manager_has_item (recent, broken_uri));

  window = pw_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (pw_window_load_file (window, broken));
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  g_assert_false (gtk_recent_manager_has_item (recent, broken_uri));

  g_assert_true (pw_window_load_file (window, good));
  g_assert_true (gtk_recent_manager_has_item (recent, good_uri));
  gtk_recent_manager_remove_item (recent, good_uri, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The context menu shown in @widget (a grid's or a list's cell), if any. */
static GtkWidget *
shown_menu (GtkWidget *widget)
{
  if (GTK_IS_POPOVER_MENU (widget) && gtk_widget_get_visible (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = shown_menu (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether @menu offers Add Comment, and shows all its items at once. */
static void
check_comment_menu (GtkWidget *menu)
{
  GMenuModel *model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu));
  GMenuModel *last = g_menu_model_get_item_link (model, g_menu_model_get_n_items (model) - 1, G_MENU_LINK_SECTION);
  g_autofree char *action = NULL;
  GtkWidget *scrolled = pw_test_ui_find_descendant (menu, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;

  /* the last item: Add Comment (in a section of its own after the cell's) */
  if (last == NULL)
    last = g_object_ref (model);
  g_assert_true (g_menu_model_get_item_attribute (last, g_menu_model_get_n_items (last) - 1,
                                                  G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "win.comment-on");
  g_object_unref (last);

  /* nothing to scroll to: the menu was a row short of its items */
  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), <=, gtk_adjustment_get_page_size (adjustment) + 0.5);
}

/* The keyboard opens the context menu of the grids' cursor, as a right
 * click does (Shift+F10 and the Menu key did nothing in the indicators'
 * grid and a 专栏's projects, so a reviewer at the keyboard could not
 * comment on a figure); and the menu shows every item: its Add Comment was
 * cut in half, the menu scrolling. */
static void
test_usability_cell_menu_key (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwIndicatorGrid *grid = PW_INDICATOR_GRID (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid"));
  GtkWidget *chapter_page, *menu;
  PwProjectList *list;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  pw_test_ui_settle ();
  pw_indicator_grid_set_cursor (grid, 2, pw_indicator_grid_find_column (grid, "name"));
  pw_test_ui_settle ();
  g_assert_null (shown_menu (GTK_WIDGET (grid)));

  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (grid), GDK_KEY_F10, GDK_SHIFT_MASK));
  pw_test_ui_settle ();
  menu = shown_menu (GTK_WIDGET (grid));
  g_assert_nonnull (menu);
  check_comment_menu (menu);
  gtk_popover_popdown (GTK_POPOVER (menu));
  pw_test_ui_settle ();

  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (grid), GDK_KEY_Menu, 0));
  pw_test_ui_settle ();
  menu = shown_menu (GTK_WIDGET (grid));
  g_assert_nonnull (menu);
  gtk_popover_popdown (GTK_POPOVER (menu));
  pw_test_ui_settle ();

  /* a project of a 专栏 */
  g_assert_true (pw_window_show_chapter (window, 2));
  pw_test_ui_settle ();
  chapter_page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page");
  list = PW_PROJECT_LIST (pw_test_ui_find_descendant (chapter_page, PW_TYPE_PROJECT_LIST));
  pw_project_list_set_cursor (list, 1, "lead");
  pw_test_ui_settle ();
  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (list), GDK_KEY_F10, GDK_SHIFT_MASK));
  pw_test_ui_settle ();
  menu = shown_menu (GTK_WIDGET (list));
  g_assert_nonnull (menu);
  check_comment_menu (menu);
  gtk_popover_popdown (GTK_POPOVER (menu));
  pw_test_ui_settle ();

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Types @text into @column of the row of @name, as a user does: the
 * cursor there, the text, Enter. */
static void
type_in_grid (PwIndicatorGrid *grid,
              const char      *name,
              const char      *column,
              const char      *text)
{
  pw_indicator_grid_set_cursor (grid, pw_test_ui_find_row (grid, name),
                                pw_indicator_grid_find_column (grid, column));
  g_assert_true (pw_indicator_grid_start_editing (grid, text));
  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (grid), GDK_KEY_Return, 0));
  pw_test_ui_iterate ();
}

/* An import keeps a table's target as printed, “十四五”年均增长5.0左右: an
 * average growth, judged so. Staff correct it to the bare figure 5.0; it
 * used to become a level then (the Kind column read 存量（按目标）), and a
 * year's growth of 5.2 “achieved” the five years' target at once. The
 * figure retyped keeps the kind its words stated, in the same undo step;
 * another figure is another target, judged by what it states. */
static void
test_usability_target_keeps_kind (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwPlan *plan = pw_window_get_plan (window);
  PwIndicatorGrid *grid = PW_INDICATOR_GRID (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid"));
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwIndicator) growth = pw_indicator_new ();
  g_autoptr(PwIndicator) total = pw_indicator_new ();
  g_autoptr(PwValue) baseline = pw_value_new ("4.0");
  g_autoptr(PwValue) words = pw_value_new ("“十四五”年均增长5.0左右");
  g_autoptr(PwValue) bracket = pw_value_new ("〔20〕");
  g_autoptr(PwValue) actual = pw_value_new ("5.2");
  PwProgress progress;

  pw_object_set_id (PW_OBJECT (growth), "ind-test-growth");
  pw_indicator_set_name (growth, "地区生产总值年均增长");
  pw_indicator_set_unit (growth, "%");
  pw_indicator_set_baseline (growth, baseline);
  pw_indicator_set_target (growth, words);
  pw_indicator_set_actual (growth, 2023, actual);
  pw_object_set_id (PW_OBJECT (total), "ind-test-total");
  pw_indicator_set_name (total, "单位地区生产总值能耗降低");
  pw_indicator_set_unit (total, "%");
  pw_indicator_set_target (total, bracket);
  pw_plan_insert_indicator (plan, 0, growth);
  pw_plan_insert_indicator (plan, 1, total);
  g_assert_cmpint (pw_indicator_get_judged_kind (growth), ==, PW_KIND_GROWTH);
  g_assert_cmpint (pw_indicator_get_judged_kind (total), ==, PW_KIND_CUMULATIVE);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  pw_test_ui_settle ();

  type_in_grid (grid, "地区生产总值年均增长", "target", "5.0");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (growth)), ==, "5.0");
  g_assert_cmpint (pw_indicator_get_kind (growth), ==, PW_KIND_GROWTH);
  /* 5.2 in 2023 of 2021–2025: ahead of an average of 5.0, not achieved */
  pw_plan_compute_progress (plan, growth, 2023, &progress);
  g_assert_cmpint (progress.status, !=, PW_STATUS_ACHIEVED);

  /* one step back: the words, and no kind chosen */
  g_assert_true (pw_history_undo (history));
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (growth)), ==, "“十四五”年均增长5.0左右");
  g_assert_cmpint (pw_indicator_get_kind (growth), ==, PW_KIND_AUTO);

  /* another figure: a level, as it states */
  type_in_grid (grid, "地区生产总值年均增长", "target", "6");
  g_assert_cmpint (pw_indicator_get_kind (growth), ==, PW_KIND_AUTO);
  g_assert_cmpint (pw_indicator_get_judged_kind (growth), ==, PW_KIND_LEVEL);

  /* 〔20〕 as 20: still a total over the period */
  type_in_grid (grid, "单位地区生产总值能耗降低", "target", "20");
  g_assert_cmpint (pw_indicator_get_judged_kind (total), ==, PW_KIND_CUMULATIVE);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Alt+1 back to the overview gives the focus back to the field it was in:
 * as it was left, not with its whole text selected, for the next key
 * replaced the issuer then (the same for any page's field). */
static void
test_usability_page_keeps_field (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwOverviewPage *overview = PW_OVERVIEW_PAGE (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "overview_page"));
  GtkWidget *issuer = pw_test_ui_template_child (GTK_WIDGET (overview), PW_TYPE_OVERVIEW_PAGE, "issuer_entry");
  GtkWidget *focus;
  int start, end;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");
  pw_test_ui_settle ();
  gtk_widget_grab_focus (issuer);
  gtk_editable_set_position (GTK_EDITABLE (issuer), 2);
  pw_test_ui_iterate ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  pw_test_ui_settle ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");
  pw_test_ui_settle ();

  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, issuer));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (issuer), &start, &end));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issuer)), ==, "驻马店市人民政府");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* After an import, the banner's Show Report shows the report: it is at the
 * end of the overview, below the fold of any window, and the button used
 * to show the top of the page (where the user already was) and no more. */
static void
test_usability_show_report (void)
{
  g_autofree char *seed = pw_test_seed_path ("000_");
  g_autoptr(GFile) file = NULL;
  PwWindow *window;
  GtkWidget *banner, *button, *page, *scrolled, *report_list, *report_box, *focus;
  graphene_point_t top;

  if (seed == NULL)
    return;

  file = g_file_new_for_path (seed);
  window = pw_window_new (NULL);
  g_assert_true (pw_window_load_file (window, file));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  pw_test_ui_settle ();

  page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "overview_page");
  scrolled = pw_test_ui_template_child (page, PW_TYPE_OVERVIEW_PAGE, "scrolled");
  report_box = pw_test_ui_template_child (page, PW_TYPE_OVERVIEW_PAGE, "report_box");
  report_list = pw_test_ui_template_child (page, PW_TYPE_OVERVIEW_PAGE, "report_list");
  g_assert_true (gtk_widget_get_visible (report_box));

  /* the user is on the grid, then asks for the report */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  pw_test_ui_settle ();
  banner = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "import_revealer");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  button = find_button_with_action (banner, "win.show-page");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  for (int i = 0; i < 20 && !gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), report_list); i++)
    pw_test_ui_wait_ms (50);
  pw_test_ui_settle ();

  /* the overview, its report's heading in sight, the first finding focused */
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_true (gtk_widget_compute_point (report_box, scrolled, &GRAPHENE_POINT_INIT (0, 0), &top));
  g_assert_cmpfloat (top.y, >=, 0);
  g_assert_cmpfloat (top.y, <, gtk_widget_get_height (scrolled) / 2);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, report_list));
  g_assert_true (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (report_list), 0)) == focus ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (report_list), 0))));

  pw_history_set_unmodified (pw_plan_get_history (pw_window_get_plan (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+N, a title typed, then Enter makes the plan the dialog offers, as
 * in every GNOME dialog: the focus is in the title, not on the drop-down
 * that Enter opens; Escape leaves without a plan. */
static void
test_usability_new_plan_enter (void)
{
  PwWindow *window = pw_window_new (NULL);
  GtkWindow *dialog;
  GtkWidget *focus;
  GtkWidget *title;
  PwPlan *plan;

  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  g_assert_null (pw_window_get_plan (window));

  /* Escape cancels */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  pw_test_ui_settle ();
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_true (PW_IS_NEW_PLAN_DIALOG (dialog));
  pw_test_ui_wait_mapped (GTK_WIDGET (dialog));
  g_assert_true (pw_test_ui_press_shortcut (gtk_window_get_focus (dialog), GDK_KEY_Escape, 0));
  g_assert_null (pw_test_ui_find_dialog_for (GTK_WINDOW (window)));
  g_assert_null (pw_window_get_plan (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  pw_test_ui_settle ();
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_true (PW_IS_NEW_PLAN_DIALOG (dialog));
  pw_test_ui_wait_mapped (GTK_WIDGET (dialog));
  focus = gtk_window_get_focus (dialog);
  title = pw_test_ui_template_child (GTK_WIDGET (dialog), PW_TYPE_NEW_PLAN_DIALOG, "title_entry");
  g_assert_nonnull (focus);
  g_assert_false (GTK_IS_DROP_DOWN (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN) != NULL);
  g_assert_true (gtk_widget_is_ancestor (focus, title));
  /* the coming period is offered, an empty plan */
  g_assert_cmpint (pw_new_plan_dialog_get_template (PW_NEW_PLAN_DIALOG (dialog)), ==, PW_TEMPLATE_EMPTY);
  g_assert_cmpint (pw_new_plan_dialog_get_period (PW_NEW_PLAN_DIALOG (dialog)), ==, PW_PERIOD_15TH);

  /* Enter in the title: the dialog's choice, an empty 十五五 plan with that
   * title, in this window, unmodified */
  gtk_editable_set_text (GTK_EDITABLE (title), " 驻马店市“十五五”养老服务体系规划 ");
  g_assert_true (pw_test_ui_press_shortcut (focus, GDK_KEY_Return, 0));
  /* a button shows itself pressed a moment before it is clicked */
  pw_test_ui_wait_ms (500);
  g_assert_null (pw_test_ui_find_dialog_for (GTK_WINDOW (window)));
  plan = pw_window_get_plan (window);
  g_assert_nonnull (plan);
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2026);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2030);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "驻马店市“十五五”养老服务体系规划");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 0);
  g_assert_false (pw_history_get_modified (pw_plan_get_history (plan)));
  g_assert_false (pw_history_get_can_undo (pw_plan_get_history (plan)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_notify (guint *count)
{
  (*count)++;
}

/* The New Plan dialog's properties follow its widgets and notify a change
 * only: a choice in a drop-down is the property, set twice it notifies once. */
static void
test_usability_new_plan_properties (void)
{
  PwNewPlanDialog *dialog = pw_new_plan_dialog_new (NULL);
  GtkDropDown *choice = GTK_DROP_DOWN (pw_test_ui_template_child (GTK_WIDGET (dialog), PW_TYPE_NEW_PLAN_DIALOG,
                                                                  "template_choice"));
  guint notified = 0;
  g_autoptr(PwPlan) plan = NULL;

  g_signal_connect_swapped (dialog, "notify::template", G_CALLBACK (count_notify), &notified);
  gtk_drop_down_set_selected (choice, PW_TEMPLATE_SPECIAL);
  g_assert_cmpint (pw_new_plan_dialog_get_template (dialog), ==, PW_TEMPLATE_SPECIAL);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (dialog, "template", PW_TEMPLATE_SPECIAL, NULL);
  g_assert_cmpuint (notified, ==, 1);
  pw_new_plan_dialog_set_period (dialog, PW_PERIOD_14TH);
  pw_new_plan_dialog_set_plan_title (dialog, "   ");

  /* the special plan's four chapters in 十四五, no title for spaces */
  plan = pw_new_plan_dialog_make_plan (dialog);
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2021);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2020);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 4);
  g_assert_true (pw_plan_get_title (plan) == NULL || *pw_plan_get_title (plan) == '\0');

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Export Chart…: Enter exports; the format's drop-down does not take it. */
static void
test_usability_export_enter (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwExportDialog *dialog = pw_export_dialog_new (GTK_WINDOW (window), pw_window_get_plan (window),
                                                 PW_CHART_PROGRESS, NULL);
  GtkWidget *focus;

  gtk_window_present (GTK_WINDOW (dialog));
  pw_test_ui_wait_mapped (GTK_WIDGET (dialog));
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_nonnull (focus);
  g_assert_null (gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN));
  g_assert_true (focus == gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The main menu: every item has a key of its own (Alt+letter picks it
 * at once), as the HIG asks. */
static void
test_usability_menu_mnemonics (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);

  pw_test_ui_check_menu_keys (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Export Spreadsheet…: Enter exports; the first choice, a radio button,
 * does not take it. */
static void
test_usability_sheet_enter (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwSheetDialog *dialog = pw_sheet_dialog_new (GTK_WINDOW (window), pw_window_get_plan (window));
  GtkWidget *focus;

  gtk_window_present (GTK_WINDOW (dialog));
  pw_test_ui_wait_mapped (GTK_WIDGET (dialog));
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_nonnull (focus);
  g_assert_false (GTK_IS_CHECK_BUTTON (focus));
  g_assert_true (focus == gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_text_view (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Add Comment…: Enter starts a new line of the text, Ctrl+Enter adds the
 * comment (before, only a click on the button did: Ctrl+Enter made a new
 * line too), and the button is the dialog's suggested action. */
static void
test_usability_comment_ctrl_enter (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwPlan *plan = pw_window_get_plan (window);
  guint before = g_list_model_get_n_items (pw_plan_get_comments (plan));
  GtkWindow *dialog;
  GtkWidget *text;
  g_autoptr(PwComment) added = NULL;

  pw_comment_dialog_present (GTK_WINDOW (window), plan, "ind-104", 2023, 0, NULL, NULL);
  pw_test_ui_settle ();
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pw_test_ui_wait_mapped (GTK_WIDGET (dialog));
  g_assert_true (gtk_widget_has_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT),
                                           "suggested-action"));
  text = find_text_view (GTK_WIDGET (dialog));
  g_assert_nonnull (text);
  g_assert_true (gtk_window_get_focus (dialog) == text);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text)), "请核实2023年数据。", -1);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (pw_test_ui_press_shortcut (text, GDK_KEY_Return, GDK_CONTROL_MASK));
  pw_test_ui_settle ();
  g_assert_null (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_comments (plan)), ==, before + 1);
  added = g_list_model_get_item (pw_plan_get_comments (plan), before);
  g_assert_cmpstr (pw_comment_get_text (added), ==, "请核实2023年数据。");
  g_assert_cmpint (pw_comment_get_year (added), ==, 2023);

  pw_history_set_unmodified (pw_plan_get_history (plan));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  g_test_add_func ("/pw/usability/show-report", test_usability_show_report);
  g_test_add_func ("/pw/usability/target-keeps-kind", test_usability_target_keeps_kind);
  g_test_add_func ("/pw/usability/cell-menu-key", test_usability_cell_menu_key);
  g_test_add_func ("/pw/usability/broken-not-recent", test_usability_broken_not_recent);
  g_test_add_func ("/pw/usability/comments-button-start", test_usability_comments_button_start);
  g_test_add_func ("/pw/usability/f6-from-header", test_usability_f6_from_header);
  g_test_add_func ("/pw/usability/f6-no-select-all", test_usability_f6_no_select_all);
  g_test_add_func ("/pw/usability/page-change-no-select-all", test_usability_page_change_no_select_all);
  g_test_add_func ("/pw/usability/page-keeps-field", test_usability_page_keeps_field);
  g_test_add_func ("/pw/usability/new-plan-enter", test_usability_new_plan_enter);
  g_test_add_func ("/pw/usability/new-plan-properties", test_usability_new_plan_properties);
  g_test_add_func ("/pw/usability/export-enter", test_usability_export_enter);
  g_test_add_func ("/pw/usability/sheet-enter", test_usability_sheet_enter);
  g_test_add_func ("/pw/usability/comment-ctrl-enter", test_usability_comment_ctrl_enter);
  g_test_add_func ("/pw/usability/menu-mnemonics", test_usability_menu_mnemonics);

  return g_test_run ();
}
