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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  g_test_add_func ("/pw/sheet-dialog/export", test_export);
  g_test_add_func ("/pw/sheet-dialog/report", test_report);

  return g_test_run ();
}
