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

#include "pw-export-dialog.h"
#include "pw-test-ui.h"
#include "pw-test-util.h"
#include "pw-window.h"

/* Tests */

/* Ctrl+N then Enter makes the plan the dialog offers, as in every GNOME
 * dialog: the focus is on Create, not on the drop-down that Enter opens. */
static void
test_usability_new_plan_enter (void)
{
  PwWindow *window = pw_window_new (NULL);
  GtkWindow *dialog;
  GtkWidget *focus;
  PwPlan *plan;

  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  g_assert_null (pw_window_get_plan (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  pw_test_ui_settle ();
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pw_test_ui_wait_mapped (GTK_WIDGET (dialog));
  focus = gtk_window_get_focus (dialog);
  g_assert_nonnull (focus);
  g_assert_false (GTK_IS_DROP_DOWN (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN) != NULL);
  g_assert_true (focus == gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT));

  /* Enter on it: the dialog's choice, an empty 十五五 plan, in this window */
  g_assert_true (pw_test_ui_press_shortcut (focus, GDK_KEY_Return, 0));
  /* a button shows itself pressed a moment before it is clicked */
  pw_test_ui_wait_ms (500);
  g_assert_null (pw_test_ui_find_dialog_for (GTK_WINDOW (window)));
  plan = pw_window_get_plan (window);
  g_assert_nonnull (plan);
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2026);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2030);

  pw_history_set_unmodified (pw_plan_get_history (plan));
  gtk_window_destroy (GTK_WINDOW (window));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  g_test_add_func ("/pw/usability/new-plan-enter", test_usability_new_plan_enter);
  g_test_add_func ("/pw/usability/export-enter", test_usability_export_enter);
  g_test_add_func ("/pw/usability/menu-mnemonics", test_usability_menu_mnemonics);

  return g_test_run ();
}
