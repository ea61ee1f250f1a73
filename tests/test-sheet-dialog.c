/* test-sheet-dialog.c: Export ▸ Spreadsheet… and the merge report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog offers the three exports, asks for the year of a collection
 * (by default the year after the sample's last data, 2023), cannot write
 * templates for a plan without responsible units, and writes what it
 * offers; the merge report lists every entry under its kind.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pw-plan-file.h"
#include "pw-sheet-dialog.h"
#include "pw-test-ui.h"
#include "pw-test-util.h"

static PwPlan *
load_sample (void)
{
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PwPlan *plan = pw_plan_load (file, &error);

  g_assert_no_error (error);
  return plan;
}

static guint
count_labels (GtkWidget  *widget,
              const char *prefix)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix))
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, prefix);
  return n;
}

static void
test_export (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *made = NULL;
  gsize length;
  PwSheetDialog *dialog = pw_sheet_dialog_new (NULL, plan);
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (pw_plan_get_indicators (plan), 0);

  gtk_window_present (GTK_WINDOW (dialog));
  pw_test_ui_settle ();

  g_assert_cmpint (pw_sheet_dialog_get_choice (dialog), ==, PW_SHEET_EXPORT_XLSX);
  g_assert_cmpint (pw_sheet_dialog_get_year (dialog), ==, 2024);
  g_assert_true (pw_sheet_dialog_export (dialog, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpmem (data, 2, "PK", 2);

  /* templates: only once a unit is responsible for something; the sample
   * has project leads */
  pw_sheet_dialog_set_choice (dialog, PW_SHEET_EXPORT_COLLECTION);
  pw_indicator_set_responsible_text (indicator, "市财政局");
  g_assert_true (pw_sheet_dialog_export (dialog, folder, &error));
  g_assert_no_error (error);
  made = g_build_filename (dir, "市财政局.xlsx", NULL);
  g_assert_true (g_file_test (made, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_report (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "filled.csv", NULL);
  const char *files[] = { path, NULL };
  g_autoptr(PwMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  g_assert_true (g_file_set_contents (path,
                                      "指标名称,单位,2023年实际值,2024年实际值\n"
                                      "人均预期寿命,岁,79.0,79.2\n"
                                      "每万人口全科医生数,人,,3.1\n", -1, NULL));
  report = pw_sheet_merge (plan, files, &error);
  g_assert_no_error (error);

  dialog = pw_merge_report_dialog_new (NULL, report);
  gtk_window_present (GTK_WINDOW (dialog));
  pw_test_ui_settle ();
  /* filled, changed, not matched: one line each, under its heading */
  g_assert_cmpuint (count_labels (dialog, "filled.csv:2  人均预期寿命 · 2024年实际值: 79.2"), ==, 1);
  g_assert_cmpuint (count_labels (dialog, "filled.csv:2  人均预期寿命 · 2023年实际值: 78.9 → 79.0"), ==, 1);
  g_assert_cmpuint (count_labels (dialog, "filled.csv:3  每万人口全科医生数"), ==, 1);
  g_assert_cmpuint (count_labels (dialog, "Not matched"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Export… when the file cannot be written: the dialog goes, and an error
 * dialog over the window names the file (the dialogs' common export path,
 * pw-export-base.c). Nothing can create a file in /proc, as root either. */
static void
test_export_fails (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autoptr(GFile) folder = g_file_new_for_path ("/proc");
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  PwSheetDialog *dialog;
  GtkWindow *chooser, *error_dialog;
  g_autofree char *text = NULL;
  gint64 deadline;

  gtk_window_present (window);
  dialog = pw_sheet_dialog_new (window, plan);
  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (g_nullify_pointer), &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  pw_test_ui_settle ();

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  pw_test_ui_settle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  chooser = pw_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, window);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "指标.xlsx");
  /* the chooser checks the folder and the name asynchronously first */
  deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  while (dialog != NULL && g_get_monotonic_time () < deadline)
    pw_test_ui_wait_ms (20);
  g_assert_null (dialog);

  error_dialog = pw_test_ui_find_dialog_for (window);
  g_assert_nonnull (error_dialog);
  g_object_get (error_dialog, "text", &text, NULL);
  g_assert_cmpstr (text, ==, "Could not export the spreadsheet to “/proc/指标.xlsx”");
  g_assert_false (g_file_test ("/proc/指标.xlsx", G_FILE_TEST_EXISTS));

  gtk_window_destroy (window);
  pw_test_ui_settle ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  g_test_add_func ("/pw/sheet-dialog/export", test_export);
  g_test_add_func ("/pw/sheet-dialog/report", test_report);
  g_test_add_func ("/pw/sheet-dialog/export-fails", test_export_fails);

  return g_test_run ();
}
