/* test-sheet.c: filled sheets merged back into a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a user relies on: a sheet exported and merged back unchanged changes
 * nothing; a sheet filled by a department puts every value in place, lists
 * what it filled and what it changed (old → new), and merges nothing it
 * cannot read or that two sheets give differently; rows are found by their
 * id, or by name and unit when a sheet was retyped; a CSV saved by WPS in
 * GB18030 reads as one saved by Excel in UTF-8; the merge is one undo step.
 * The expected values are those of the sample plan (data/samples), read
 * from the file by hand.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pw-import-sheet.h"
#include "pw-plan-file.h"
#include "pw-sheet.h"
#include "pw-test-util.h"

/* Helpers */

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

static char *
write_file (const char *dir,
            const char *name,
            const char *data,
            gssize      length)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return path;
}

static const char *
actual_text (PwPlan     *plan,
             const char *name,
             int         year)
{
  PwValue *value = pw_indicator_get_actual (pw_test_find_indicator (plan, name), year);

  return value != NULL ? pw_value_get_text (value) : NULL;
}

static const PwMergeEntry *
find_entry (PwMergeReport *report,
            PwMergeKind    kind,
            const char    *object)
{
  for (guint i = 0; i < pw_merge_report_get_n_entries (report); i++)
    {
      const PwMergeEntry *entry = pw_merge_report_get_entry (report, i);

      if (entry->kind == kind && g_strcmp0 (entry->object, object) == 0)
        return entry;
    }
  return NULL;
}

static PwMergeReport *
merge (PwPlan     *plan,
       const char *path)
{
  const char *files[] = { path, NULL };
  g_autoptr(GError) error = NULL;
  PwMergeReport *report = pw_sheet_merge (plan, files, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Tests */

/* Export, change nothing, merge back: nothing changes. */
static void
test_round_trip (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "export.csv", NULL);
  g_autofree char *projects = g_build_filename (dir, "export-projects.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwMergeReport) report = NULL;
  const char *files[] = { path, projects, NULL };

  g_assert_true (pw_sheet_export (plan, file, &error));
  g_assert_no_error (error);
  pw_history_set_unmodified (pw_plan_get_history (plan));

  report = pw_sheet_merge (plan, files, &error);
  g_assert_no_error (error);
  /* 31 indicators and 21 projects, all found, nothing to do */
  g_assert_cmpuint (pw_merge_report_get_n_rows (report), ==, 31 + 21);
  g_assert_cmpuint (pw_merge_report_get_n_entries (report), ==, 0);
  g_assert_false (pw_history_get_modified (pw_plan_get_history (plan)));
  g_assert_false (pw_history_get_can_undo (pw_plan_get_history (plan)));
}

/* A sheet as a department fills one: values in place, all reported. */
static void
test_filled (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autofree char *dir = pw_test_temp_dir ();
  PwIndicator *life = pw_test_find_indicator (plan, "人均预期寿命");
  PwIndicator *orphans = pw_test_find_indicator (plan, "孤儿和事实无人抚养儿童保障覆盖率");
  const char *life_id = pw_object_get_id (PW_OBJECT (life));
  g_autofree char *csv = g_strdup_printf (
    "\xEF\xBB\xBF" "编号,领域,指标名称,单位,2023年实际值,2024年实际值,备注\r\n"
    /* 2023 was 78.9: 78.90 means the same; 2024 is new */
    "%s,,人均预期寿命,岁,78.90,79.1,\r\n"
    /* by name and unit, no id: 2023 was 96.2% */
    ",幼儿照护,以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率,,96.4%%,,\"据卫健委统计，含流动儿童\"\r\n"
    /* a qualitative target takes a state */
    ",,孤儿和事实无人抚养儿童保障覆盖率,,,推进中,\r\n"
    /* not in the plan */
    ",,每万人口全科医生数,人,,2.5,\r\n"
    /* cannot be read */
    ",,城镇新增就业人数,万人,,约五万,\r\n",
    life_id);
  g_autofree char *path = write_file (dir, "filled.csv", csv, -1);
  g_autoptr(PwMergeReport) report = merge (plan, path);
  PwHistory *history = pw_plan_get_history (plan);
  const PwMergeEntry *entry;
  g_autofree char *text = NULL;

  g_assert_cmpuint (pw_merge_report_get_n_rows (report), ==, 4);

  /* filled: 79.1 for 2024 and the state */
  g_assert_cmpstr (actual_text (plan, "人均预期寿命", 2024), ==, "79.1");
  g_assert_cmpstr (actual_text (plan, "人均预期寿命", 2023), ==, "78.9");
  g_assert_cmpint (pw_indicator_get_state (orphans, 2024), ==, PW_QUAL_STATE_IN_PROGRESS);
  g_assert_cmpuint (pw_merge_report_count (report, PW_MERGE_FILLED), ==, 3);

  /* changed, with the old value: 96.2% → 96.4%, and the note */
  entry = find_entry (report, PW_MERGE_CHANGED, "以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->field, ==, "2023年实际值");
  g_assert_cmpstr (entry->old_text, ==, "96.2%");
  g_assert_cmpstr (entry->new_text, ==, "96.4%");
  g_assert_cmpint (entry->line, ==, 3);
  g_assert_cmpstr (actual_text (plan, "以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率", 2023), ==, "96.4%");
  g_assert_cmpstr (pw_indicator_get_note (pw_test_find_indicator (plan, "以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率")),
                   ==, "据卫健委统计，含流动儿童");
  g_assert_cmpuint (pw_merge_report_count (report, PW_MERGE_CHANGED), ==, 1);
  g_assert_cmpuint (pw_merge_report_count (report, PW_MERGE_FILLED), ==, 3);

  /* not matched, unreadable: reported, nothing merged */
  entry = find_entry (report, PW_MERGE_UNMATCHED, "每万人口全科医生数");
  g_assert_nonnull (entry);
  g_assert_cmpint (entry->line, ==, 5);
  entry = find_entry (report, PW_MERGE_UNREADABLE, "城镇新增就业人数");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->new_text, ==, "约五万");
  g_assert_null (actual_text (plan, "城镇新增就业人数", 2024));

  /* the report says it all, one line each */
  text = pw_merge_report_to_string (report);
  g_assert_nonnull (strstr (text, "filled.csv:3: changed: 以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率, 2023年实际值: 96.2% → 96.4%"));
  g_assert_nonnull (strstr (text, "filled.csv:5: not matched: 每万人口全科医生数"));

  /* one undo step takes it all back */
  g_assert_true (pw_history_undo (history));
  g_assert_null (actual_text (plan, "人均预期寿命", 2024));
  g_assert_cmpstr (actual_text (plan, "以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率", 2023), ==, "96.2%");
  g_assert_cmpint (pw_indicator_get_state (orphans, 2024), ==, PW_QUAL_STATE_NONE);
  g_assert_false (pw_history_get_can_undo (history));
}

/* WPS saves CSV in GB18030, and as text with tabs; the projects' sheet. */
static void
test_wps_gb18030 (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autofree char *dir = pw_test_temp_dir ();
  const char *utf8 =
    "项目名称\t牵头单位\t项目状态\t完成进度(%)\r\n"
    "妇幼健康体系工程\t市卫生健康委\t已完工\t100\r\n"
    "产前筛查工程\t市卫生健康委\t在建\t75%\r\n"
    "新生儿疾病筛查工程\t市卫生健康委\t快完了\t120\r\n";
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autofree char *path = NULL;
  g_autoptr(PwImportWorkbook) workbook = NULL;
  g_autoptr(PwMergeReport) report = NULL;

  g_assert_no_error (error);
  /* really not UTF-8 */
  g_assert_false (g_utf8_validate (gb, length, NULL));
  path = write_file (dir, "wps.csv", gb, length);

  workbook = pw_import_workbook_read_csv (gb, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (workbook->encoding, ==, "GB18030");
  g_assert_cmpint (workbook->separator, ==, '\t');

  report = merge (plan, path);
  g_assert_cmpuint (pw_merge_report_get_n_rows (report), ==, 3);
  /* 妇幼健康体系工程 was in progress at 45%, 产前筛查工程 at 60% */
  g_assert_cmpuint (pw_merge_report_count (report, PW_MERGE_CHANGED), ==, 3);
  g_assert_cmpuint (pw_merge_report_count (report, PW_MERGE_UNREADABLE), ==, 2);
  g_assert_nonnull (find_entry (report, PW_MERGE_UNREADABLE, "新生儿疾病筛查工程"));
  {
    const PwMergeEntry *entry = find_entry (report, PW_MERGE_CHANGED, "产前筛查工程");

    g_assert_nonnull (entry);
    g_assert_cmpstr (entry->old_text, ==, "60");
    g_assert_cmpstr (entry->new_text, ==, "75%");
  }
}

/* Two units fill the same indicator differently: neither value is merged. */
static void
test_conflict (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *a = write_file (dir, "a.csv",
                                   "指标名称,单位,2024年实际值\n人均预期寿命,岁,79.1\n参加职业技能培训人数,万人,97\n", -1);
  g_autofree char *b = write_file (dir, "b.csv",
                                   "指标名称;单位;2024年实际值\n人均预期寿命;岁;79.3\n参加职业技能培训人数;万人;97.0\n", -1);
  const char *files[] = { a, b, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PwMergeReport) report = pw_sheet_merge (plan, files, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pw_merge_report_count (report, PW_MERGE_CONFLICT), ==, 2);
  g_assert_null (actual_text (plan, "人均预期寿命", 2024));
  /* 97 and 97.0 agree */
  g_assert_cmpuint (pw_merge_report_count (report, PW_MERGE_FILLED), ==, 1);
  g_assert_cmpstr (actual_text (plan, "参加职业技能培训人数", 2024), ==, "97");
}

/* A file that is not a sheet: an error, and nothing merged. */
static void
test_unreadable_file (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *good = write_file (dir, "good.csv", "指标名称,单位,2024年实际值\n人均预期寿命,岁,79.1\n", -1);
  g_autofree char *quote = write_file (dir, "quote.csv", "指标名称,单位\n\"人均预期寿命,岁\n", -1);
  const char *files[] = { good, quote, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PwMergeReport) report = pw_sheet_merge (plan, files, &error);

  g_assert_null (report);
  g_assert_error (error, PW_SHEET_ERROR, PW_SHEET_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "quote.csv: 2:"));
  g_assert_null (actual_text (plan, "人均预期寿命", 2024));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/sheet/round-trip", test_round_trip);
  g_test_add_func ("/pw/sheet/filled", test_filled);
  g_test_add_func ("/pw/sheet/wps-gb18030", test_wps_gb18030);
  g_test_add_func ("/pw/sheet/conflict", test_conflict);
  g_test_add_func ("/pw/sheet/unreadable-file", test_unreadable_file);

  return g_test_run ();
}
