/* test-plan-file.c: saving and loading .plan files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a user relies on: a plan saved and opened again is the same plan,
 * field by field; saving it again gives the same bytes; every file the
 * program writes follows the schema; the bundled samples open; a save that
 * fails leaves the old file; --check finds every problem, with its place.
 * Hostile and broken files are in test-plan-hostile.c.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include "pw-comments.h"
#include "pw-heap.h"
#include "pw-locate.h"
#include "pw-plan-file.h"
#include "pw-test-schema.h"
#include "pw-test-util.h"

/* Helpers */

static PwValue *
value (const char *text)
{
  return pw_value_new (text);
}

static void
set_value (PwIndicator *indicator,
           const char  *which,
           const char  *text)
{
  g_autoptr(PwValue) v = value (text);

  if (strcmp (which, "baseline") == 0)
    pw_indicator_set_baseline (indicator, v);
  else
    pw_indicator_set_target (indicator, v);
}

static void
set_actual (PwIndicator *indicator,
            int          year,
            const char  *text)
{
  g_autoptr(PwValue) v = value (text);

  pw_indicator_set_actual (indicator, year, v);
}

/* A plan with every field filled, and the awkward cases of text: Chinese,
 * quotes, <, >, &, a carriage return, tabs, leading and trailing spaces,
 * empty strings where the model allows them, ten years of actual values. */
static PwPlan *
make_full_plan (void)
{
  PwPlan *plan = pw_plan_new ();
  PwThresholds *thresholds = pw_plan_get_thresholds (plan);
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(PwChapter) empty_chapter = pw_chapter_new ();
  g_autoptr(PwSection) section = pw_section_new ();
  g_autoptr(PwSection) bare_section = pw_section_new ();
  g_autoptr(PwBox) column = pw_box_new ();
  g_autoptr(PwProject) project = pw_project_new ();
  g_autoptr(PwProject) bare_project = pw_project_new ();
  g_autoptr(PwServiceItem) item = pw_service_item_new ();
  g_autoptr(PwIndicator) full = pw_indicator_new ();
  g_autoptr(PwIndicator) qualitative = pw_indicator_new ();
  g_autoptr(PwIndicator) blank = pw_indicator_new ();
  g_autoptr(PwComment) comment = pw_comment_new ();
  g_autoptr(PwComment) plan_comment = pw_comment_new ();

  pw_plan_set_title (plan, "驻马店市“十四五”公共服务和社会保障规划 <草案> & \"修订\"");
  pw_plan_set_region (plan, "驻马店市");
  pw_plan_set_issuer (plan, "  驻马店市人民政府  ");
  pw_plan_set_doc_number (plan, "驻政〔2022〕39号");
  pw_plan_set_issued (plan, "2022-05-17");
  pw_plan_set_start_year (plan, 2016);
  pw_plan_set_end_year (plan, 2025);
  pw_plan_set_baseline_year (plan, 2015);
  pw_plan_set_heading_style (plan, PW_HEADING_ENUMERATION);
  pw_plan_set_sample (plan, TRUE);
  pw_plan_set_preface (plan, "第一段：为贯彻落实……\n\n第三段 with\ttab & <tag> \"quoted\" 'single'\r\nend ");

  pw_thresholds_set_ahead (thresholds, 1.25);
  pw_thresholds_set_on_track (thresholds, 0.85);
  pw_thresholds_set_binding_on_track (thresholds, 0.95);
  pw_thresholds_set_lagging (thresholds, 0.5);
  pw_thresholds_set_tolerance (thresholds, 0.1);

  pw_object_set_id (PW_OBJECT (chapter), "ch-3");
  pw_chapter_set_number (chapter, 3);
  pw_chapter_set_title (chapter, "提供安全普惠的婴幼儿照护服务");
  pw_chapter_set_text (chapter, "导语第一段。\n导语第二段，含 & 与 < 符号。");

  pw_object_set_id (PW_OBJECT (section), "sec-1");
  pw_section_set_number (section, 1);
  pw_section_set_title (section, "（一）提升优生优育服务水平");
  pw_section_set_text (section, "健全生育支持政策。\n\n  保留前后空格  ");
  pw_chapter_insert_section (chapter, 0, section);
  pw_section_set_title (bare_section, "");
  pw_section_set_text (bare_section, "");
  pw_chapter_insert_section (chapter, 1, bare_section);

  pw_object_set_id (PW_OBJECT (column), "col-专栏1");
  pw_box_set_number (column, 1);
  pw_box_set_title (column, "专栏1 优生优育服务建设项目");
  pw_project_set_number (project, 7);
  pw_project_set_name (project, "妇幼健康体系工程 \"A&B\"");
  pw_project_set_description (project, "新建市妇幼保健院；\n改扩建县级妇幼保健机构。");
  pw_project_set_lead (project, "市卫生健康委");
  pw_project_set_start_year (project, 2021);
  pw_project_set_end_year (project, 2025);
  pw_project_set_investment (project, 52000.5);
  pw_project_set_status (project, PW_PROJECT_SUSPENDED);
  pw_project_set_progress (project, 45);
  pw_box_insert_project (column, 0, project);
  pw_project_set_name (bare_project, "");
  pw_project_set_investment (bare_project, 0.1);
  pw_box_insert_project (column, 1, bare_project);
  pw_chapter_insert_box (chapter, 0, column);

  pw_service_item_set_number (item, 2);
  pw_service_item_set_domain (item, "基本公共教育");
  pw_service_item_set_name (item, "免费义务教育");
  pw_chapter_insert_service_item (chapter, 0, item);

  pw_plan_insert_chapter (plan, 0, chapter);
  pw_plan_insert_chapter (plan, 1, empty_chapter);

  pw_object_set_id (PW_OBJECT (full), "ind-9");
  pw_indicator_set_category (full, "基本公共服务");
  pw_indicator_set_domain (full, "幼儿照护");
  pw_indicator_set_name (full, "以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率 <%> & “引号”");
  pw_indicator_set_unit (full, "%");
  set_value (full, "baseline", "≥90%");
  set_value (full, "target", "> 96% 左右");
  pw_indicator_set_nature (full, PW_NATURE_BINDING);
  pw_indicator_set_chapter (full, "ch-3");
  pw_indicator_set_origin (full, PW_ORIGIN_TABLE);
  pw_indicator_set_source_line (full, 97);
  pw_indicator_set_note (full, "数据来源：市卫生健康委\n口径：<常住人口>");
  pw_indicator_set_responsible (full, (const char *[]) { "市卫生健康委", " 市教育局 & <医保局> ", NULL });
  for (int year = 2016; year <= 2025; year++)
    {
      g_autofree char *text = g_strdup_printf ("%d.%d%%", 90 + year % 7, year % 10);
      set_actual (full, year, text);
    }
  set_actual (full, 2019, "——");
  pw_indicator_set_state (full, 2020, PW_QUAL_STATE_LARGELY_DONE);
  pw_plan_insert_indicator (plan, 0, full);

  pw_indicator_set_name (qualitative, "困难群众基本生活保障");
  set_value (qualitative, "target", "应保尽保");
  pw_indicator_set_nature (qualitative, PW_NATURE_EXPECTED);
  pw_indicator_set_origin (qualitative, PW_ORIGIN_PROSE);
  pw_indicator_set_state (qualitative, 2021, PW_QUAL_STATE_NOT_STARTED);
  pw_indicator_set_state (qualitative, 2022, PW_QUAL_STATE_IN_PROGRESS);
  pw_indicator_set_state (qualitative, 2024, PW_QUAL_STATE_DONE);
  pw_indicator_set_note (qualitative, "   \t ");
  set_value (qualitative, "baseline", "  ");
  pw_plan_insert_indicator (plan, 1, qualitative);

  /* empty strings where absent would be NULL */
  pw_indicator_set_category (blank, "");
  pw_indicator_set_name (blank, "");
  pw_indicator_set_note (blank, "");
  set_value (blank, "baseline", "");
  pw_plan_insert_indicator (plan, 2, blank);

  pw_object_set_id (PW_OBJECT (comment), "cmt-1");
  pw_comment_set_target (comment, "ind-9");
  pw_comment_set_author (comment, "李明 \"审阅\" & <组长>");
  pw_comment_set_created (comment, "2026-03-01T09:30:00+08:00");
  pw_comment_set_text (comment, "进度滞后，请说明原因。\n第二行\t& <b>");
  pw_comment_set_resolved (comment, TRUE);
  pw_plan_insert_comment (plan, 0, comment);
  pw_comment_set_text (plan_comment, "整体意见");
  pw_comment_set_created (plan_comment, "2026-03-02");
  pw_plan_insert_comment (plan, 1, plan_comment);

  return plan;
}

static char *
describe_value (const GValue *v)
{
  if (G_VALUE_HOLDS (v, PW_TYPE_VALUE))
    {
      PwValue *pv = g_value_get_boxed (v);
      return pv != NULL ? g_strdup_printf ("“%s”", pw_value_get_text (pv)) : g_strdup ("NULL");
    }
  return g_strdup_value_contents (v);
}

/* Whether two findings agree in every field, the subject included (which
 * their text leaves out). */
static gboolean
diff_findings (PwFindings *a,
               PwFindings *b)
{
  GListModel *la = pw_findings_get_list (a);
  GListModel *lb = pw_findings_get_list (b);
  guint n = g_list_model_get_n_items (la);

  if (n != g_list_model_get_n_items (lb) ||
      g_strcmp0 (pw_findings_get_file_name (a), pw_findings_get_file_name (b)) != 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwFinding) fa = g_list_model_get_item (la, i);
      g_autoptr(PwFinding) fb = g_list_model_get_item (lb, i);

      if (g_strcmp0 (pw_finding_get_subject (fa), pw_finding_get_subject (fb)) != 0 ||
          pw_finding_get_kind (fa) != pw_finding_get_kind (fb) ||
          pw_finding_get_line (fa) != pw_finding_get_line (fb) ||
          pw_finding_get_column (fa) != pw_finding_get_column (fb) ||
          g_strcmp0 (pw_finding_get_message (fa), pw_finding_get_message (fb)) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Compares every readable property of two objects of the same type; NULL
 * when they agree, else what differs. */
static char *
diff_properties (GObject    *a,
                 GObject    *b,
                 const char *where)
{
  g_autofree GParamSpec **specs = NULL;
  guint n_specs;

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return g_strdup_printf ("%s: %s against %s", where, G_OBJECT_TYPE_NAME (a), G_OBJECT_TYPE_NAME (b));

  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      gboolean same;

      if (!(specs[i]->flags & G_PARAM_READABLE))
        continue;

      g_value_init (&va, specs[i]->value_type);
      g_value_init (&vb, specs[i]->value_type);
      g_object_get_property (a, specs[i]->name, &va);
      g_object_get_property (b, specs[i]->name, &vb);

      if (specs[i]->value_type == PW_TYPE_PART)
        {
          /* a reference: the same part is the one with the same id */
          PwObject *pa = g_value_get_object (&va);
          PwObject *pb = g_value_get_object (&vb);

          same = (pa == NULL) == (pb == NULL) &&
                 (pa == NULL || g_strcmp0 (pw_object_get_id (pa), pw_object_get_id (pb)) == 0);
        }
      else if (specs[i]->value_type == PW_TYPE_FINDINGS)
        {
          PwFindings *fa = g_value_get_object (&va);
          PwFindings *fb = g_value_get_object (&vb);
          g_autofree char *ta = fa != NULL ? pw_findings_to_string (fa) : NULL;
          g_autofree char *tb = fb != NULL ? pw_findings_to_string (fb) : NULL;

          same = g_strcmp0 (ta, tb) == 0;
          if (same && fa != NULL)
            same = diff_findings (fa, fb);
        }
      else if (specs[i]->value_type == PW_TYPE_VALUE)
        {
          PwValue *pa = g_value_get_boxed (&va);
          PwValue *pb = g_value_get_boxed (&vb);

          same = pw_value_equal (pa, pb) &&
                 (pa == NULL || (pw_value_get_kind (pa) == pw_value_get_kind (pb) &&
                                 pw_value_get_comparator (pa) == pw_value_get_comparator (pb)));
        }
      else if (specs[i]->value_type == G_TYPE_STRV)
        {
          static const char * const none[] = { NULL };
          const char * const *sa = g_value_get_boxed (&va);
          const char * const *sb = g_value_get_boxed (&vb);

          same = g_strv_equal (sa ? sa : none, sb ? sb : none);
        }
      else
        same = g_param_values_cmp (specs[i], &va, &vb) == 0;

      if (!same)
        {
          g_autofree char *da = describe_value (&va);
          g_autofree char *db = describe_value (&vb);

          return g_strdup_printf ("%s.%s: %s against %s", where, specs[i]->name, da, db);
        }
    }

  return NULL;
}

static char *diff_objects (GObject *a, GObject *b, const char *where);

static char *
diff_lists (GListModel *a,
            GListModel *b,
            const char *where)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return g_strdup_printf ("%s: %u items against %u", where, n, g_list_model_get_n_items (b));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) ia = g_list_model_get_item (a, i);
      g_autoptr(GObject) ib = g_list_model_get_item (b, i);
      g_autofree char *place = g_strdup_printf ("%s[%u]", where, i);
      char *diff = diff_objects (ia, ib, place);

      if (diff != NULL)
        return diff;
    }

  return NULL;
}

/* Every field of two objects and of everything they hold. */
static char *
diff_objects (GObject    *a,
              GObject    *b,
              const char *where)
{
  char *diff = diff_properties (a, b, where);

  if (diff != NULL)
    return diff;

  if (PW_IS_PLAN (a))
    {
      g_autofree char *thresholds = g_strdup_printf ("%s.thresholds", where);

      if ((diff = diff_properties (G_OBJECT (pw_plan_get_thresholds (PW_PLAN (a))),
                                   G_OBJECT (pw_plan_get_thresholds (PW_PLAN (b))), thresholds)) ||
          (diff = diff_lists (pw_plan_get_parts (PW_PLAN (a)), pw_plan_get_parts (PW_PLAN (b)),
                              "parts")) ||
          (diff = diff_lists (pw_plan_get_chapters (PW_PLAN (a)), pw_plan_get_chapters (PW_PLAN (b)),
                              "chapters")) ||
          (diff = diff_lists (pw_plan_get_indicators (PW_PLAN (a)),
                              pw_plan_get_indicators (PW_PLAN (b)), "indicators")) ||
          (diff = diff_lists (pw_plan_get_comments (PW_PLAN (a)), pw_plan_get_comments (PW_PLAN (b)),
                              "comments")))
        return diff;
    }
  else if (PW_IS_CHAPTER (a))
    {
      g_autofree char *sections = g_strdup_printf ("%s.sections", where);
      g_autofree char *columns = g_strdup_printf ("%s.columns", where);
      g_autofree char *items = g_strdup_printf ("%s.service-items", where);

      if ((diff = diff_lists (pw_chapter_get_sections (PW_CHAPTER (a)),
                              pw_chapter_get_sections (PW_CHAPTER (b)), sections)) ||
          (diff = diff_lists (pw_chapter_get_boxes (PW_CHAPTER (a)),
                              pw_chapter_get_boxes (PW_CHAPTER (b)), columns)) ||
          (diff = diff_lists (pw_chapter_get_service_items (PW_CHAPTER (a)),
                              pw_chapter_get_service_items (PW_CHAPTER (b)), items)))
        return diff;
    }
  else if (PW_IS_PART (a))
    {
      GListModel *ca = pw_part_get_chapters (PW_PART (a));
      GListModel *cb = pw_part_get_chapters (PW_PART (b));
      guint n = g_list_model_get_n_items (ca);

      /* the chapters themselves are compared in the plan's list */
      if (n != g_list_model_get_n_items (cb))
        return g_strdup_printf ("%s: %u chapters against %u", where, n, g_list_model_get_n_items (cb));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PwObject) xa = g_list_model_get_item (ca, i);
          g_autoptr(PwObject) xb = g_list_model_get_item (cb, i);

          if (g_strcmp0 (pw_object_get_id (xa), pw_object_get_id (xb)) != 0)
            return g_strdup_printf ("%s: chapter %s against %s", where, pw_object_get_id (xa),
                                    pw_object_get_id (xb));
        }
    }
  else if (PW_IS_BOX (a))
    {
      g_autofree char *projects = g_strdup_printf ("%s.projects", where);

      return diff_lists (pw_box_get_projects (PW_BOX (a)), pw_box_get_projects (PW_BOX (b)),
                         projects);
    }
  else if (PW_IS_INDICATOR (a))
    {
      PwIndicator *ia = PW_INDICATOR (a);
      PwIndicator *ib = PW_INDICATOR (b);
      guint n = pw_indicator_get_n_years (ia);

      if (n != pw_indicator_get_n_years (ib))
        return g_strdup_printf ("%s: %u years against %u", where, n, pw_indicator_get_n_years (ib));
      for (guint i = 0; i < n; i++)
        {
          int year = pw_indicator_get_nth_year (ia, i);
          PwValue *va = pw_indicator_get_actual (ia, year);
          PwValue *vb = pw_indicator_get_actual (ib, year);

          if (year != pw_indicator_get_nth_year (ib, i))
            return g_strdup_printf ("%s: year %d against %d", where, year, pw_indicator_get_nth_year (ib, i));
          if (!pw_value_equal (va, vb))
            return g_strdup_printf ("%s: actual %d “%s” against “%s”", where, year,
                                    va ? pw_value_get_text (va) : "NULL",
                                    vb ? pw_value_get_text (vb) : "NULL");
          if (pw_indicator_get_state (ia, year) != pw_indicator_get_state (ib, year))
            return g_strdup_printf ("%s: state of %d differs", where, year);
        }
    }

  return NULL;
}

static GBytes *
save_to_bytes (PwPlan *plan)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = pw_plan_to_bytes (plan, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static PwPlan *
load_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PwPlan *plan = pw_plan_load_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static GBytes *
bytes_from_string (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strstr_len (data, size, needle) != NULL;
}

static char *
report_text (PwFindings *report)
{
  return pw_findings_to_string (report);
}

/* Tests */

static void
test_round_trip (void)
{
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(PwPlan) loaded = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autofree char *diff = NULL;

  first = save_to_bytes (plan);
  loaded = load_bytes (first);

  diff = diff_objects (G_OBJECT (plan), G_OBJECT (loaded), "plan");
  g_assert_null (diff);

  /* and again: the same bytes */
  second = save_to_bytes (loaded);
  g_assert_true (g_bytes_equal (first, second));

  /* The comparison is not blind: a changed field shows. */
  {
    g_autoptr(PwIndicator) indicator = g_list_model_get_item (pw_plan_get_indicators (loaded), 0);
    g_autofree char *changed = NULL;

    set_actual (indicator, 2023, "99.9%");
    changed = diff_objects (G_OBJECT (plan), G_OBJECT (loaded), "plan");
    g_assert_nonnull (changed);
    g_assert_nonnull (strstr (changed, "2023"));
  }
}

static void
test_empty_and_absent (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwPlan) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwChapter) a = pw_chapter_new ();
  g_autoptr(PwChapter) b = pw_chapter_new ();
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwValue) empty = pw_value_new ("");
  g_autoptr(PwChapter) la = NULL;
  g_autoptr(PwChapter) lb = NULL;
  g_autoptr(PwIndicator) li = NULL;

  pw_plan_set_title (plan, "");
  pw_plan_set_preface (plan, "");
  pw_chapter_set_text (a, "");
  pw_chapter_set_title (b, NULL);
  pw_indicator_set_baseline (indicator, empty);
  pw_plan_insert_chapter (plan, 0, a);
  pw_plan_insert_chapter (plan, 1, b);
  pw_plan_insert_indicator (plan, 0, indicator);

  bytes = save_to_bytes (plan);
  g_assert_true (bytes_contain (bytes, "<title/>"));
  g_assert_true (bytes_contain (bytes, "<baseline/>"));
  g_assert_false (bytes_contain (bytes, "<target"));

  loaded = load_bytes (bytes);
  la = g_list_model_get_item (pw_plan_get_chapters (loaded), 0);
  lb = g_list_model_get_item (pw_plan_get_chapters (loaded), 1);
  li = g_list_model_get_item (pw_plan_get_indicators (loaded), 0);

  g_assert_cmpstr (pw_plan_get_title (loaded), ==, "");
  g_assert_cmpstr (pw_plan_get_region (loaded), ==, NULL);
  g_assert_cmpstr (pw_plan_get_preface (loaded), ==, "");
  g_assert_cmpstr (pw_chapter_get_text (la), ==, "");
  g_assert_cmpstr (pw_chapter_get_text (lb), ==, NULL);
  g_assert_cmpstr (pw_chapter_get_title (lb), ==, NULL);
  g_assert_nonnull (pw_indicator_get_baseline (li));
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_baseline (li)), ==, "");
  g_assert_null (pw_indicator_get_target (li));
}

/* 责任单位: one element per unit, in order; a file without them opens with
 * none and saves to the same bytes; typed text splits into units; undoable. */
static void
test_responsible (void)
{
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(GBytes) bytes = save_to_bytes (plan);
  g_autoptr(PwPlan) loaded = load_bytes (bytes);
  g_autoptr(PwIndicator) full = g_list_model_get_item (pw_plan_get_indicators (loaded), 0);
  g_autoptr(PwIndicator) other = g_list_model_get_item (pw_plan_get_indicators (loaded), 1);
  const char *without =
    PW_TEST_PLAN_HEAD
    "  <indicators>\n"
    "    <indicator id=\"ind-1\">\n"
    "      <name>x</name>\n"
    "      <target>≥90%</target>\n"
    "      <actual year=\"2022\">91%</actual>\n"
    "    </indicator>\n"
    "  </indicators>\n"
    "</plan>\n";
  g_autoptr(GBytes) old_bytes = bytes_from_string (without);
  g_autoptr(PwPlan) old_plan = load_bytes (old_bytes);
  g_autoptr(PwIndicator) old_indicator = g_list_model_get_item (pw_plan_get_indicators (old_plan), 0);
  g_autoptr(GBytes) old_again = save_to_bytes (old_plan);
  PwHistory *history = pw_plan_get_history (old_plan);
  g_autofree char *joined = NULL;

  g_assert_true (bytes_contain (bytes,
                                "      <target>&gt; 96% 左右</target>\n"
                                "      <responsible>市卫生健康委</responsible>\n"
                                "      <responsible> 市教育局 &amp; &lt;医保局&gt; </responsible>\n"
                                "      <actual year=\"2016\">"));
  g_assert_cmpuint (g_strv_length ((char **) pw_indicator_get_responsible (full)), ==, 2);
  g_assert_cmpstr (pw_indicator_get_responsible (full)[0], ==, "市卫生健康委");
  g_assert_cmpstr (pw_indicator_get_responsible (full)[1], ==, " 市教育局 & <医保局> ");
  g_assert_null (pw_indicator_get_responsible (other)[0]);

  /* an older file: nothing added, the same bytes */
  g_assert_null (pw_indicator_get_responsible (old_indicator)[0]);
  g_assert_true (g_bytes_equal (old_bytes, old_again));

  /* as typed in a cell or read from a table */
  pw_indicator_set_responsible_text (old_indicator, " 市教育局、市卫健委，市人社局\n市教育局 ; ");
  joined = pw_indicator_dup_responsible_text (old_indicator);
  g_assert_cmpstr (joined, ==, "市教育局、市卫健委、市人社局");
  g_assert_true (pw_history_get_can_undo (history));
  pw_history_undo (history);
  g_assert_null (pw_indicator_get_responsible (old_indicator)[0]);
  pw_history_redo (history);
  g_assert_cmpstr (pw_indicator_get_responsible (old_indicator)[2], ==, "市人社局");
  pw_indicator_set_responsible_text (old_indicator, "");
  g_assert_null (pw_indicator_get_responsible (old_indicator)[0]);
}

/* A file of many kilobytes, read in chunks of a few: the texts, the
 * attribute values (with escaped ampersands) and the empty elements fall on
 * every side of each chunk's end, as a padding of 0–36 characters before
 * each indicator shifts them; each reads back as written. */
static void
test_chunk_boundaries (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) plan = NULL;
  GListModel *indicators;
  const guint n = 400;

  g_string_append (text,
                   PW_TEST_PLAN_HEAD
                   "  <chapter id=\"ch-a&amp;b\" number=\"1\">\n"
                   "    <title>第一章</title>\n"
                   "  </chapter>\n"
                   "  <indicators>\n");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (text, "    <indicator id=\"ind-%u&amp;&amp;\" nature=\"binding\" chapter=\"ch-a&amp;b\">\n"
                                    "      <name>指标%u", i, i);
      for (guint j = 0; j < i % 37; j++)
        g_string_append (text, "数");
      g_string_append_printf (text, "</name>\n"
                                    "      <unit/>\n"
                                    "      <target>≥%u.5</target>\n"
                                    "      <actual year=\"2022\">%u &amp; %u</actual>\n"
                                    "      <actual year=\"2021\">%u.25</actual>\n"
                                    "    </indicator>\n", i, i, i + 1, i);
    }
  g_string_append (text, "  </indicators>\n</plan>\n");
  g_assert_cmpuint (text->len, >, 30 * 4096);

  bytes = g_bytes_new (text->str, text->len);
  plan = load_bytes (bytes);
  indicators = pw_plan_get_indicators (plan);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autofree char *id = g_strdup_printf ("ind-%u&&", i);
      g_autofree char *target = g_strdup_printf ("≥%u.5", i);
      g_autofree char *actual = g_strdup_printf ("%u & %u", i, i + 1);
      g_autoptr(GString) name = g_string_new (NULL);

      g_string_append_printf (name, "指标%u", i);
      for (guint j = 0; j < i % 37; j++)
        g_string_append (name, "数");

      g_assert_cmpstr (pw_object_get_id (PW_OBJECT (indicator)), ==, id);
      g_assert_cmpstr (pw_indicator_get_chapter (indicator), ==, "ch-a&b");
      g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_BINDING);
      g_assert_cmpstr (pw_indicator_get_name (indicator), ==, name->str);
      g_assert_true (pw_indicator_get_unit (indicator) == NULL || *pw_indicator_get_unit (indicator) == '\0');
      g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, target);
      g_assert_cmpuint (pw_indicator_get_n_years (indicator), ==, 2);
      g_assert_cmpint (pw_indicator_get_nth_year (indicator, 0), ==, 2021);
      g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_actual (indicator, 2021)), ==, i + 0.25);
      g_assert_cmpstr (pw_value_get_text (pw_indicator_get_actual (indicator, 2022)), ==, actual);
    }
}

static void
test_values_reparsed (void)
{
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(GBytes) bytes = save_to_bytes (plan);
  g_autoptr(PwPlan) loaded = load_bytes (bytes);
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (pw_plan_get_indicators (loaded), 0);
  PwValue *baseline = pw_indicator_get_baseline (indicator);
  PwValue *placeholder = pw_indicator_get_actual (indicator, 2019);

  /* The text as printed, and what it means, derived again. */
  g_assert_cmpstr (pw_value_get_text (baseline), ==, "≥90%");
  g_assert_cmpint (pw_value_get_kind (baseline), ==, PW_VALUE_NUMBER);
  g_assert_cmpint (pw_value_get_comparator (baseline), ==, PW_COMPARATOR_GREATER_EQUAL);
  g_assert_cmpfloat (pw_value_get_number (baseline), ==, 90);
  g_assert_cmpint (pw_value_get_unit_kind (baseline), ==, PW_UNIT_PERCENT);
  g_assert_cmpint (pw_value_get_kind (placeholder), ==, PW_VALUE_NONE);
  g_assert_cmpint (pw_indicator_get_state (indicator, 2020), ==, PW_QUAL_STATE_LARGELY_DONE);
}

static void
test_format (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(GBytes) bytes = NULL;
  const char *expected =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
    "  <meta>\n"
    "    <title>A &amp; B &lt;c&gt; \"d\"&#13;</title>\n"
    "    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n"
    "  </meta>\n"
    "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n"
    "  <indicators>\n"
    "    <indicator id=\"ind-1\" nature=\"expected\">\n"
    "      <name>x</name>\n"
    "      <baseline/>\n"
    "      <actual year=\"2022\" state=\"done\">1&lt;2</actual>\n"
    "      <actual year=\"2023\" state=\"in-progress\"/>\n"
    "    </indicator>\n"
    "  </indicators>\n"
    "</plan>\n";

  pw_plan_set_title (plan, "A & B <c> \"d\"\r");
  pw_indicator_set_name (indicator, "x");
  pw_indicator_set_nature (indicator, PW_NATURE_EXPECTED);
  set_value (indicator, "baseline", "");
  set_actual (indicator, 2022, "1<2");
  pw_indicator_set_state (indicator, 2022, PW_QUAL_STATE_DONE);
  pw_indicator_set_state (indicator, 2023, PW_QUAL_STATE_IN_PROGRESS);
  pw_plan_insert_indicator (plan, 0, indicator);

  bytes = save_to_bytes (plan);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected, strlen (expected));
}

/* The writer's own tags, byte for byte: an element with attributes and
 * children, one with attributes only (/>), a comment whose text is its
 * content on the same line, one without text, and escaping inside an
 * attribute (" & < > and a line break) and inside content. */
static void
test_format_comments (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwComment) with_text = pw_comment_new ();
  g_autoptr(PwComment) without_text = pw_comment_new ();
  g_autoptr(GBytes) bytes = NULL;
  /* the head as the writer writes it for a new plan */
  const char *expected =
    PW_TEST_PLAN_HEAD
    "  <indicators>\n"
    "    <indicator id=\"ind-1\">\n"
    "      <name>指标</name>\n"
    "    </indicator>\n"
    "  </indicators>\n"
    "  <comments>\n"
    "    <comment id=\"cmt-1\" target=\"ind-1\" author=\"张&quot;三&quot; &amp; &lt;李&gt;&#10;四\">请说明 &lt;原因&gt; &amp; \"数据\"\n"
    "第二行</comment>\n"
    "    <comment id=\"cmt-2\" target=\"ind-1\" resolved=\"true\"/>\n"
    "  </comments>\n"
    "</plan>\n";

  pw_object_set_id (PW_OBJECT (indicator), "ind-1");
  pw_indicator_set_name (indicator, "指标");
  pw_plan_insert_indicator (plan, 0, indicator);
  pw_object_set_id (PW_OBJECT (with_text), "cmt-1");
  pw_comment_set_target (with_text, "ind-1");
  pw_comment_set_author (with_text, "张\"三\" & <李>\n四");
  pw_comment_set_text (with_text, "请说明 <原因> & \"数据\"\n第二行");
  pw_plan_insert_comment (plan, 0, with_text);
  pw_object_set_id (PW_OBJECT (without_text), "cmt-2");
  pw_comment_set_target (without_text, "ind-1");
  pw_comment_set_resolved (without_text, TRUE);
  pw_plan_insert_comment (plan, 1, without_text);

  bytes = save_to_bytes (plan);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected, strlen (expected));
}

static void
test_schema_validates (void)
{
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(GBytes) bytes = save_to_bytes (plan);
  g_autoptr(GBytes) embedded = pw_plan_file_get_schema ();
  g_autoptr(GBytes) source = pw_test_source_schema ();
  g_autofree char *with_embedded = pw_test_validate (embedded, bytes);
  g_autofree char *with_source = pw_test_validate (source, bytes);
  g_autoptr(PwPlan) empty = pw_plan_new ();
  g_autoptr(GBytes) empty_bytes = save_to_bytes (empty);
  g_autofree char *empty_errors = pw_test_validate (source, empty_bytes);
  g_autoptr(GBytes) broken = bytes_from_string (
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\"><meta/></plan>");
  g_autofree char *broken_errors = pw_test_validate (source, broken);

  /* the program carries data/plan.rng as it is */
  g_assert_true (g_bytes_equal (embedded, source));
  g_assert_null (with_embedded);
  g_assert_null (with_source);
  g_assert_null (empty_errors);
  /* and the schema does refuse something */
  g_assert_nonnull (broken_errors);
}

/* A plan with an indicator of every kind saves a file that the schema
 * accepts and that reads back with each kind. */
static void
test_schema_every_kind (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) source = pw_test_source_schema ();
  g_autofree char *errors = NULL;
  g_autoptr(PwPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;

  for (guint kind = 0; kind < PW_N_KINDS; kind++)
    {
      g_autoptr(PwIndicator) indicator = pw_indicator_new ();
      g_autofree char *name = g_strdup_printf ("indicator %u", kind);

      pw_indicator_set_name (indicator, name);
      set_value (indicator, "target", "5");
      pw_indicator_set_kind (indicator, kind);
      pw_plan_insert_indicator (plan, kind, indicator);
    }
  bytes = save_to_bytes (plan);
  errors = pw_test_validate (source, bytes);
  g_assert_null (errors);

  loaded = pw_plan_load_bytes (bytes, &error);
  g_assert_no_error (error);
  for (guint kind = 0; kind < PW_N_KINDS; kind++)
    {
      g_autoptr(PwIndicator) indicator =
          g_list_model_get_item (pw_plan_get_indicators (loaded), kind);

      g_assert_cmpint (pw_indicator_get_kind (indicator), ==, kind);
    }
}

/* `xmllint --noout --relaxng data/plan.rng FILE` passes on a saved file. */
static void
test_xmllint (void)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = pw_test_source_path ("data/plan.rng");
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(GBytes) bytes = save_to_bytes (plan);
  g_autofree char *path = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* tools/dev installs libxml2-utils: without xmllint the set-up is broken */
  g_assert_nonnull (xmllint);

  path = pw_test_write_temp_file ("xmllint.plan", g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  {
    const char *argv[] = { xmllint, "--noout", "--relaxng", schema, path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                  NULL, &output, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_nonnull (strstr (output, "validates"));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
test_samples (void)
{
  g_autofree char *dir_path = pw_test_source_path ("data/samples");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GBytes) schema = pw_test_source_schema ();
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_samples = 0;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(PwPlan) plan = NULL;
      g_autoptr(PwFindings) report = NULL;
      g_autofree char *problems = NULL;
      g_autofree char *invalid = NULL;
      g_autoptr(GBytes) bytes = NULL;
      char *contents;
      gsize length;

      if (!g_str_has_suffix (name, ".plan"))
        continue;
      n_samples++;
      g_test_message ("sample %s", name);

      path = g_build_filename (dir_path, name, NULL);
      file = g_file_new_for_path (path);
      plan = pw_plan_load (file, &error);
      g_assert_no_error (error);
      g_assert_nonnull (plan);
      g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), >, 0);

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new_take (contents, length);
      invalid = pw_test_validate (schema, bytes);
      g_assert_null (invalid);

      report = pw_plan_check (file, name);
      problems = report_text (report);
      g_assert_cmpstr (problems, ==, "");
    }

  /* An empty folder must not pass. */
  g_assert_cmpuint (n_samples, >, 0);
}

static void
test_history_clean (void)
{
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(GBytes) bytes = save_to_bytes (plan);
  g_autoptr(PwPlan) loaded = load_bytes (bytes);
  PwHistory *history = pw_plan_get_history (loaded);

  g_assert_false (pw_history_get_can_undo (history));
  g_assert_false (pw_history_get_can_redo (history));
  g_assert_false (pw_history_get_modified (history));
  g_assert_true (pw_history_is_recording (history));

  /* and it records edits made after loading */
  pw_plan_set_title (loaded, "改");
  g_assert_true (pw_history_get_can_undo (history));
}

static void
test_ids (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwIndicator) named = pw_indicator_new ();
  g_autoptr(PwIndicator) unnamed = pw_indicator_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) loaded = NULL;
  g_autofree char *fresh = NULL;
  g_autoptr(PwIndicator) first = NULL;

  pw_object_set_id (PW_OBJECT (named), "ind-41");
  pw_plan_insert_indicator (plan, 0, named);
  pw_plan_insert_indicator (plan, 1, unnamed);

  bytes = save_to_bytes (plan);
  /* the writer gave the object without an id one */
  g_assert_nonnull (pw_object_get_id (PW_OBJECT (unnamed)));
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (unnamed)), !=, "ind-41");

  loaded = load_bytes (bytes);
  first = g_list_model_get_item (pw_plan_get_indicators (loaded), 0);
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (first)), ==, "ind-41");

  /* ids read are reserved: a new one does not collide */
  fresh = pw_plan_make_id (loaded, "ind");
  g_assert_cmpstr (fresh, !=, "ind-41");
  g_assert_cmpstr (fresh, !=, pw_object_get_id (PW_OBJECT (unnamed)));
}

static void
assert_file_bytes (const char *path,
                   GBytes     *expected)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static void
test_save_and_backup (void)
{
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "backup.plan", NULL);
  g_autofree char *backup_path = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(GBytes) first = save_to_bytes (plan);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) loaded = NULL;

  g_assert_true (pw_plan_save (plan, file, &error));
  g_assert_no_error (error);
  assert_file_bytes (path, first);

  loaded = pw_plan_load (file, &error);
  g_assert_no_error (error);
  pw_plan_set_title (loaded, "第二版");
  second = save_to_bytes (loaded);
  g_assert_true (pw_plan_save (loaded, file, &error));
  g_assert_no_error (error);

  /* the new version in place, the previous one kept as FILE~ */
  assert_file_bytes (path, second);
  assert_file_bytes (backup_path, first);
}

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_failed_save_keeps_old_file (void)
{
  g_autofree char *root = pw_test_temp_dir ();
  g_autofree char *dir = g_build_filename (root, "failed-save", NULL);
  g_autofree char *path = g_build_filename (dir, "old.plan", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (pw_plan_get_indicators (plan), 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, "the old file", -1, &error);
  g_assert_no_error (error);

  /* a bell character, which XML 1.0 cannot hold, late in the file */
  pw_indicator_set_note (indicator, "响铃\a");
  g_assert_false (pw_plan_save (plan, file, &error));
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_UNSAVABLE);
  g_assert_nonnull (strstr (error->message, "ind-9"));
  g_assert_nonnull (strstr (error->message, "U+0007"));
  g_clear_error (&error);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "the old file");
  /* no temporary file, no backup of a save that did not happen */
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* a new file is not left half-written */
  g_assert_false (pw_plan_save (plan, new_file, &error));
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_UNSAVABLE);
  g_assert_false (g_file_query_exists (new_file, NULL));
  g_assert_cmpuint (count_files (dir), ==, 1);
}

static void
test_save_io_error (void)
{
  g_autofree char *root = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (root, "no-such-folder", "x.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(GError) error = NULL;

  /* an I/O error keeps its GIO error */
  g_assert_false (pw_plan_save (plan, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}


/* A save over a file that is there: @real, in a fresh folder @name, holds
 * OLD_FILE with @mode; the test links @saved to it, then save_over_save(). */
#define OLD_FILE "the old file\n"

typedef struct
{
  char *dir;
  char *real;        /* the file that holds OLD_FILE */
  char *saved;       /* the name saved to */
  PwPlan *plan;
  GBytes *old;       /* OLD_FILE */
  GBytes *expected;  /* what the save writes */
} SaveOver;

static void
save_over_init (SaveOver   *s,
                const char *name,
                const char *real,
                const char *saved,
                guint       mode)
{
  g_autofree char *root = pw_test_temp_dir ();
  g_autofree char *real_dir = NULL;

  s->dir = g_build_filename (root, name, NULL);
  s->real = g_build_filename (s->dir, real, NULL);
  s->saved = g_build_filename (s->dir, saved, NULL);
  s->plan = make_full_plan ();
  s->old = g_bytes_new_static (OLD_FILE, strlen (OLD_FILE));
  s->expected = save_to_bytes (s->plan);

  real_dir = g_path_get_dirname (s->real);
  g_assert_cmpint (g_mkdir_with_parents (real_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (s->real, OLD_FILE, -1, NULL));
  g_assert_cmpint (g_chmod (s->real, mode), ==, 0);
}

static void
save_over_clear (SaveOver *s)
{
  g_free (s->dir);
  g_free (s->real);
  g_free (s->saved);
  g_object_unref (s->plan);
  g_bytes_unref (s->old);
  g_bytes_unref (s->expected);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SaveOver, save_over_clear)

/* Saves the plan to s->saved, which then holds it whole. */
static void
save_over_save (SaveOver *s)
{
  g_autoptr(GFile) file = g_file_new_for_path (s->saved);
  g_autoptr(GError) error = NULL;

  g_assert_true (pw_plan_save (s->plan, file, &error));
  g_assert_no_error (error);
  assert_file_bytes (s->saved, s->expected);
}

/* Issue 14: saved through a symbolic link, g_file_replace() overwrote the
 * real file in place and gave the backup of a 0600 file the mode 0755. The
 * link stays a link, the real file is replaced, its backup sits beside it
 * with its mode. */
static void
test_save_through_symlink (void)
{
  g_auto(SaveOver) s = { 0 };
  g_autofree char *real_dir = NULL;
  g_autofree char *real_backup = NULL;
  g_autofree char *link_backup = NULL;

  save_over_init (&s, "symlink-save", "real/plan.plan", "link.plan", 0600);
  real_dir = g_path_get_dirname (s.real);
  real_backup = g_strconcat (s.real, "~", NULL);
  link_backup = g_strconcat (s.saved, "~", NULL);
  g_assert_cmpint (symlink ("real/plan.plan", s.saved), ==, 0);

  save_over_save (&s);
  g_assert_true (g_file_test (s.saved, G_FILE_TEST_IS_SYMLINK));
  assert_file_bytes (real_backup, s.old);
  g_assert_cmpuint (file_mode (real_backup), ==, 0600);
  g_assert_cmpuint (file_mode (s.real), ==, 0600);
  g_assert_false (g_file_test (link_backup, G_FILE_TEST_EXISTS));
  /* the folder of the link holds the link and the folder, nothing else */
  g_assert_cmpuint (count_files (s.dir), ==, 2);
  g_assert_cmpuint (count_files (real_dir), ==, 2);
}

/* A file with two names: the name saved to holds the new file, whole; the
 * other keeps the previous version (doc/plan-format.md says so). */
static void
test_save_hard_linked (void)
{
  g_auto(SaveOver) s = { 0 };
  g_autofree char *backup = NULL;

  save_over_init (&s, "hardlink-save", "other.plan", "plan.plan", 0640);
  backup = g_strconcat (s.saved, "~", NULL);
  g_assert_cmpint (link (s.real, s.saved), ==, 0);

  save_over_save (&s);
  assert_file_bytes (s.real, s.old);
  assert_file_bytes (backup, s.old);
  g_assert_cmpuint (file_mode (s.saved), ==, 0640);
  g_assert_cmpuint (file_mode (backup), ==, 0640);
  g_assert_cmpuint (count_files (s.dir), ==, 3);
}

/* Issue 14: the messages of a failed save give the reason in plain words,
 * naming the file or folder; nothing is left behind. */
static void
test_save_messages (void)
{
  g_autofree char *root = pw_test_temp_dir ();
  g_autofree char *dir = g_build_filename (root, "save-messages", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "x.plan", NULL);
  g_autofree char *folder = g_build_filename (dir, "a-folder.plan", NULL);
  g_autofree char *loop = g_build_filename (dir, "loop.plan", NULL);
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GFile) loop_file = g_file_new_for_path (loop);
  g_autofree char *missing_dir = g_path_get_dirname (missing);
  g_autofree char *expected = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (symlink ("loop.plan", loop), ==, 0);

  g_assert_false (pw_plan_save (plan, missing_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  expected = g_strdup_printf ("Could not write in the folder “%s”: it does not exist", missing_dir);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  g_assert_false (pw_plan_save (plan, folder_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_nonnull (strstr (error->message, "it is a folder"));
  g_clear_error (&error);

  g_assert_false (pw_plan_save (plan, loop_file, &error));
  g_assert_nonnull (strstr (error->message, "loop.plan"));
  g_assert_nonnull (strstr (error->message, "circle"));
  g_clear_error (&error);

  g_assert_cmpuint (count_files (dir), ==, 2);
}

/* What a killed save leaves (.NAME.pw-save-PID-…, of a process that is
 * gone) is removed when the file is next opened; that of a live process,
 * and other files, are not. */
static void
test_stale_temporaries (void)
{
  g_autofree char *root = pw_test_temp_dir ();
  g_autofree char *dir = g_build_filename (root, "stale", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.plan", NULL);
  g_autofree char *stale = NULL;
  g_autofree char *alive = NULL;
  g_autofree char *other = g_build_filename (dir, ".other.plan.pw-save-1-0", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(PwPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  GPid child = 0;
  char *argv[] = { (char *) "true", NULL };
  int status;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (pw_plan_save (plan, file, &error));
  g_assert_no_error (error);

  /* a process that is gone: a child, waited for */
  g_assert_true (g_spawn_async (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &child, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  stale = g_strdup_printf ("%s/.plan.plan.pw-save-%d-0badcafe", dir, (int) child);
  alive = g_strdup_printf ("%s/.plan.plan.pw-save-%d-0badcafe", dir, 1);
  g_assert_true (g_file_set_contents (stale, "half a file", -1, NULL));
  g_assert_true (g_file_set_contents (alive, "being written", -1, NULL));
  g_assert_true (g_file_set_contents (other, "of another file", -1, NULL));

  loaded = pw_plan_load (file, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (alive, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
}

/* Saving a plan also removes the temporary files that killed saves of the
 * other plans of its folder left (.NAME.pw-save-PID-XXXXXXXX, of a process
 * that is gone, untouched for over a minute): they were removed only when
 * their own plan was next opened. Fresh ones, those of a live process and
 * names not quite ours stay. */
static void
test_stale_temporaries_of_folder (void)
{
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "saved.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(GError) error = NULL;
  GPid child = 0;
  char *argv[] = { (char *) "true", NULL };
  int status;
  struct {
    const char *format;
    gboolean old;
    gboolean removed;
  } files[] = {
    { ".other.plan.pw-save-%d-0badcafe", TRUE, TRUE },
    { ".第二稿.plan.pw-save-%d-12345678", TRUE, TRUE },
    { ".other.plan.pw-save-%d-0badcafe.x", TRUE, FALSE },  /* not our pattern */
    { "other.plan.pw-save-%d-0badcafe", TRUE, FALSE },     /* not hidden */
    { ".other.plan.pw-save-%d-0bad", TRUE, FALSE },        /* not eight digits */
    { ".fresh.plan.pw-save-%d-0badcafe", FALSE, FALSE },   /* not a minute old */
  };
  g_autofree char *alive = g_build_filename (dir, ".alive.plan.pw-save-1-0badcafe", NULL);
  char *paths[G_N_ELEMENTS (files)] = { NULL };
  struct utimbuf long_ago = { time (NULL) - 120, time (NULL) - 120 };

  g_assert_true (g_spawn_async (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &child, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_autofree char *name = g_strdup_printf (files[i].format, (int) child);
#pragma GCC diagnostic pop

      paths[i] = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_set_contents (paths[i], "half a file", -1, NULL));
      if (files[i].old)
        g_assert_cmpint (g_utime (paths[i], &long_ago), ==, 0);
    }
  g_assert_true (g_file_set_contents (alive, "being written", -1, NULL));
  g_assert_cmpint (g_utime (alive, &long_ago), ==, 0);

  g_assert_true (pw_plan_save (plan, file, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_assert_cmpint (g_file_test (paths[i], G_FILE_TEST_EXISTS), ==, !files[i].removed);
  g_assert_true (g_file_test (alive, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_free (paths[i]);
}

typedef void (*Spoil) (PwPlan *plan);

static void
spoil_control_character (PwPlan *plan)
{
  g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (plan), 0);

  pw_chapter_set_title (chapter, "标题\x01");
}

static void
spoil_noncharacter (PwPlan *plan)
{
  g_autoptr(PwProject) project = NULL;
  g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (plan), 0);
  g_autoptr(PwBox) column = g_list_model_get_item (pw_chapter_get_boxes (chapter), 0);

  project = g_list_model_get_item (pw_box_get_projects (column), 0);
  pw_project_set_lead (project, "\xEF\xBF\xBF");
}

static void
spoil_duplicate_id (PwPlan *plan)
{
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (pw_plan_get_indicators (plan), 1);

  pw_object_set_id (PW_OBJECT (indicator), "ind-9");
}

static void
spoil_missing_chapter (PwPlan *plan)
{
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (pw_plan_get_indicators (plan), 0);

  pw_indicator_set_chapter (indicator, "ch-404");
}

static void
spoil_missing_target (PwPlan *plan)
{
  g_autoptr(PwComment) comment = g_list_model_get_item (pw_plan_get_comments (plan), 0);

  pw_comment_set_target (comment, "ind-404");
}

static void
spoil_year_outside_period (PwPlan *plan)
{
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (pw_plan_get_indicators (plan), 0);

  /* the period shrinks after the values were entered */
  pw_plan_set_start_year (plan, 2018);
  pw_plan_set_baseline_year (plan, 2017);
  g_assert_nonnull (indicator);
}

static void
spoil_project_years (PwPlan *plan)
{
  g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (plan), 0);
  g_autoptr(PwBox) column = g_list_model_get_item (pw_chapter_get_boxes (chapter), 0);
  g_autoptr(PwProject) project = g_list_model_get_item (pw_box_get_projects (column), 0);

  pw_project_set_start_year (project, 2026);
}

static void
spoil_issued (PwPlan *plan)
{
  pw_plan_set_issued (plan, "2022年5月");
}

static void
spoil_id_with_space (PwPlan *plan)
{
  g_autoptr(PwComment) comment = g_list_model_get_item (pw_plan_get_comments (plan), 1);

  pw_object_set_id (PW_OBJECT (comment), "cmt 2");
}

static void
test_unsavable (void)
{
  static const struct
  {
    Spoil spoil;
    const char *in_message;
  } cases[] = {
    { spoil_control_character, "U+0001" },
    { spoil_noncharacter, "U+FFFF" },
    { spoil_duplicate_id, "ind-9" },
    { spoil_missing_chapter, "ch-404" },
    { spoil_missing_target, "ind-404" },
    { spoil_year_outside_period, "2016" },
    { spoil_project_years, "2026" },
    { spoil_issued, "2022年5月" },
    { spoil_id_with_space, "cmt 2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PwPlan) plan = make_full_plan ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      cases[i].spoil (plan);
      bytes = pw_plan_to_bytes (plan, &error);
      g_test_message ("case %u: %s", i, error ? error->message : "saved");
      g_assert_null (bytes);
      g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_UNSAVABLE);
      g_assert_nonnull (strstr (error->message, cases[i].in_message));
    }
}

static void
test_check_clean (void)
{
  g_autoptr(PwPlan) plan = make_full_plan ();
  g_autoptr(GBytes) bytes = save_to_bytes (plan);
  g_autofree char *path = pw_test_write_temp_file ("clean.plan", g_bytes_get_data (bytes, NULL),
                                           g_bytes_get_size (bytes));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwFindings) report = pw_plan_check (file, "clean.plan");
  g_autofree char *text = report_text (report);

  g_assert_cmpstr (text, ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (pw_findings_get_list (report)), ==, 0);
}

/* A file that breaks each rule of the model once. */
static const char rules_file[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
  "  <meta>\n"
  "    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n"
  "  </meta>\n"
  "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n"
  "  <chapter id=\"ch-1\" number=\"1\">\n"
  "    <title>第一章 总体要求</title>\n"
  "    <column id=\"col-2\" number=\"1\">\n"
  "      <project id=\"prj-3\" number=\"1\">\n"
  "        <name>项目</name>\n"
  "        <start>2024</start>\n"
  "        <end>2022</end>\n"
  "      </project>\n"
  "    </column>\n"
  "  </chapter>\n"
  "  <indicators>\n"
  "    <indicator id=\"ind-4\" chapter=\"ch-9\">\n"
  "      <name>指标一</name>\n"
  "      <actual year=\"2021\">1</actual>\n"
  "      <actual year=\"2030\">2</actual>\n"
  "      <actual year=\"2021\">3</actual>\n"
  "    </indicator>\n"
  "    <indicator id=\"prj-3\">\n"
  "      <name>指标二</name>\n"
  "    </indicator>\n"
  "  </indicators>\n"
  "  <comments>\n"
  "    <comment id=\"cmt-5\" target=\"ind-404\">意见</comment>\n"
  "  </comments>\n"
  "</plan>\n";

static void
test_check_rules (void)
{
  g_autofree char *path = pw_test_write_temp_file ("rules.plan", rules_file, -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwFindings) report = pw_plan_check (file, "rules.plan");
  g_autofree char *text = report_text (report);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  static const struct
  {
    const char *at;
    const char *says;
  } expected[] = {
    { "<start>2024", "2024" },
    { "chapter=\"ch-9\"", "ch-9" },
    { "year=\"2030\"", "2030" },
    { "year=\"2021\">3", "2021" },
    { "id=\"prj-3\">\n      <name>指标二", "prj-3" },
    { "target=\"ind-404\"", "ind-404" },
  };
  g_auto(GStrv) lines = NULL;

  g_test_message ("%s", text);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_list_model_get_n_items (pw_findings_get_list (report)), ==, G_N_ELEMENTS (expected));

  /* every problem, in the order of the file, at its line and column */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *prefix = NULL;
      int line, column;

      pw_test_position_of (rules_file, expected[i].at, &line, &column);
      prefix = g_strdup_printf ("rules.plan:%d:%d: ", line, column);
      g_assert_true (g_str_has_prefix (lines[i], prefix));
      g_assert_nonnull (strstr (lines[i], expected[i].says));
    }
  /* the repeated id names where it was first used */
  g_assert_nonnull (strstr (lines[4], "line 10"));

  /* loading stops at the first, with its place */
  plan = pw_plan_load (file, &error);
  g_assert_null (plan);
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "12:9: "));
}

static void
test_check_schema (void)
{
  const char *document =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
    "  <meta>\n"
    "    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n"
    "  </meta>\n"
    "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n"
    "  <chapter id=\"ch-1\" number=\"1\">\n"
    "    <title>标题</title>\n"
    "    <figure>图</figure>\n"
    "  </chapter>\n"
    "  <indicators>\n"
    "    <indicator id=\"ind-2\" nature=\"mandatory\">\n"
    "      <actual year=\"2030\">1</actual>\n"
    "    </indicator>\n"
    "  </indicators>\n"
    "</plan>\n";
  g_autofree char *path = pw_test_write_temp_file ("schema.plan", document, -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwFindings) report = pw_plan_check (file, "schema.plan");
  g_autofree char *text = report_text (report);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  int line, column;
  g_autofree char *figure_at = NULL;
  g_autofree char *year_at = NULL;

  g_test_message ("%s", text);

  /* the schema's findings, with places */
  pw_test_position_of (document, "<figure>", &line, &column);
  figure_at = g_strdup_printf ("schema.plan:%d:%d: error: ", line, column);
  g_assert_nonnull (strstr (text, figure_at));
  g_assert_nonnull (strstr (text, "figure"));
  g_assert_nonnull (strstr (text, "schema.plan:12:"));
  /* and the rules' alongside */
  pw_test_position_of (document, "year=\"2030\"", &line, &column);
  year_at = g_strdup_printf ("schema.plan:%d:%d: error: ", line, column);
  g_assert_nonnull (strstr (text, year_at));

  /* loading refuses the unknown element, at its place */
  plan = pw_plan_load (file, &error);
  g_assert_null (plan);
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "9:5: "));
  g_assert_nonnull (strstr (error->message, "figure"));
}

/* Fields that only the format's table names (WORD_FIELD: <lead>,
 * <description>) are read by their word, in their place and once. */
static void
test_word_fields (void)
{
  const char *head =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
    "  <meta>\n"
    "    <region>驻马店市</region>\n"
    "    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n"
    "  </meta>\n"
    "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n"
    "  <chapter id=\"ch-1\" number=\"1\">\n"
    "    <column id=\"col-1\" number=\"1\">\n"
    "      <project id=\"prj-1\" number=\"1\">\n";
  const char *tail =
    "      </project>\n"
    "    </column>\n"
    "  </chapter>\n"
    "</plan>\n";
  struct {
    const char *fields;
    const char *message; /* NULL: loads */
  } cases[] = {
    { "        <description>托育</description>\n        <lead>市卫健委</lead>\n", NULL },
    { "        <lead>市卫健委</lead>\n        <description>托育</description>\n",
      "12:9: The element <description> must come before <lead> in <project>" },
    { "        <lead>市卫健委</lead>\n        <lead>市发改委</lead>\n",
      "12:9: The element <lead> may appear only once in <project>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *document = g_strconcat (head, cases[i].fields, tail, NULL);
      g_autofree char *path = pw_test_write_temp_file ("fields.plan", document, -1);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(PwPlan) plan = pw_plan_load (file, &error);

      if (cases[i].message == NULL)
        {
          g_autoptr(PwChapter) chapter = NULL;
          g_autoptr(PwBox) box = NULL;
          g_autoptr(PwProject) project = NULL;

          g_assert_no_error (error);
          g_assert_cmpstr (pw_plan_get_region (plan), ==, "驻马店市");
          chapter = g_list_model_get_item (pw_plan_get_chapters (plan), 0);
          box = g_list_model_get_item (pw_chapter_get_boxes (chapter), 0);
          project = g_list_model_get_item (pw_box_get_projects (box), 0);
          g_assert_cmpstr (pw_project_get_description (project), ==, "托育");
          g_assert_cmpstr (pw_project_get_lead (project), ==, "市卫健委");
        }
      else
        {
          g_assert_null (plan);
          g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID);
          g_assert_cmpstr (error->message, ==, cases[i].message);
        }
    }
}

/* Parts and findings (version 2) */

/* A 纲要 of three parts: the first with prose and chapters 1–2, the second
 * with no chapters, the third with chapter 3; chapter 4 in no part (an
 * annex); and the findings of its import. */
static PwPlan *
make_plan_with_parts (void)
{
  PwPlan *plan = pw_plan_new ();
  g_autoptr(PwFindings) findings = pw_findings_new ("纲要 <草案>.txt");
  const char *titles[] = { "聚焦走在前做示范", "空篇", "加强规划实施保障" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(PwPart) part = pw_part_new ();
      g_autofree char *id = g_strdup_printf ("part-%u", i + 1);

      pw_object_set_id (PW_OBJECT (part), id);
      pw_part_set_number (part, i + 1);
      pw_part_set_title (part, titles[i]);
      pw_plan_insert_part (plan, i, part);
    }
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(PwChapter) chapter = pw_chapter_new ();
      g_autoptr(PwPart) part = g_list_model_get_item (pw_plan_get_parts (plan), i < 2 ? 0 : 2);
      g_autofree char *id = g_strdup_printf ("ch-%u", i + 10);
      g_autofree char *title = g_strdup_printf ("第%u章", i + 1);

      pw_object_set_id (PW_OBJECT (chapter), id);
      pw_chapter_set_number (chapter, i + 1);
      pw_chapter_set_title (chapter, title);
      if (i < 3)
        pw_chapter_set_part (chapter, part);
      pw_plan_insert_chapter (plan, i, chapter);
    }
  {
    g_autoptr(PwPart) first = g_list_model_get_item (pw_plan_get_parts (plan), 0);

    pw_part_set_text (first, "坚持稳中求进。\n  第二段 & <b>");
  }

  pw_findings_add (findings, PW_FINDING_GUESS, 12, 0, "ch-10", "章号从 1 开始");
  pw_findings_add (findings, PW_FINDING_DOUBT, 40, 3, NULL, "“专栏1”像上期规划的完成情况 <表>");
  pw_findings_add (findings, PW_FINDING_INCONSISTENCY, 0, 0, "ind-404", "%s", "");
  pw_plan_set_findings (plan, findings);
  return plan;
}

static void
test_parts_format (void)
{
  g_autoptr(PwPlan) plan = make_plan_with_parts ();
  g_autoptr(GBytes) bytes = save_to_bytes (plan);
  const char *expected =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"2\">\n"
    "  <meta>\n"
    "    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n"
    "  </meta>\n"
    "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n"
    "  <part id=\"part-1\" number=\"1\">\n"
    "    <title>聚焦走在前做示范</title>\n"
    "    <p>坚持稳中求进。</p>\n"
    "    <p>  第二段 &amp; &lt;b&gt;</p>\n"
    "    <chapter id=\"ch-10\" number=\"1\">\n"
    "      <title>第1章</title>\n"
    "    </chapter>\n"
    "    <chapter id=\"ch-11\" number=\"2\">\n"
    "      <title>第2章</title>\n"
    "    </chapter>\n"
    "  </part>\n"
    "  <part id=\"part-2\" number=\"2\">\n"
    "    <title>空篇</title>\n"
    "  </part>\n"
    "  <part id=\"part-3\" number=\"3\">\n"
    "    <title>加强规划实施保障</title>\n"
    "    <chapter id=\"ch-12\" number=\"3\">\n"
    "      <title>第3章</title>\n"
    "    </chapter>\n"
    "  </part>\n"
    "  <chapter id=\"ch-13\" number=\"4\">\n"
    "    <title>第4章</title>\n"
    "  </chapter>\n"
    "  <findings file=\"纲要 &lt;草案&gt;.txt\">\n"
    "    <finding kind=\"guess\" line=\"12\" subject=\"ch-10\">章号从 1 开始</finding>\n"
    "    <finding kind=\"doubt\" line=\"40\" column=\"3\">“专栏1”像上期规划的完成情况 &lt;表&gt;</finding>\n"
    "    <finding kind=\"inconsistency\" subject=\"ind-404\"/>\n"
    "  </findings>\n"
    "</plan>\n";

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected, strlen (expected));
}

static void
test_parts_round_trip (void)
{
  g_autoptr(PwPlan) plan = make_plan_with_parts ();
  g_autoptr(GBytes) first = save_to_bytes (plan);
  g_autoptr(PwPlan) loaded = load_bytes (first);
  g_autoptr(GBytes) second = save_to_bytes (loaded);
  g_autofree char *diff = diff_objects (G_OBJECT (plan), G_OBJECT (loaded), "plan");
  g_autoptr(GBytes) schema = pw_test_source_schema ();
  g_autofree char *invalid = pw_test_validate (schema, first);
  g_autoptr(PwPart) third = g_list_model_get_item (pw_plan_get_parts (loaded), 2);
  g_autoptr(PwChapter) annex = g_list_model_get_item (pw_plan_get_chapters (loaded), 3);
  PwHistory *history = pw_plan_get_history (loaded);

  g_assert_null (diff);
  g_assert_true (g_bytes_equal (first, second));
  g_assert_null (invalid);

  /* what the reader rebuilt, checked by hand */
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_parts (loaded)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (loaded)), ==, 4);
  g_assert_cmpstr (pw_part_get_title (third), ==, "加强规划实施保障");
  g_assert_cmpuint (g_list_model_get_n_items (pw_part_get_chapters (third)), ==, 1);
  g_assert_null (pw_chapter_get_part (annex));
  {
    g_autoptr(PwFinding) second_finding = g_list_model_get_item (pw_findings_get_list (pw_plan_get_findings (loaded)), 1);

    g_assert_cmpstr (pw_finding_get_message (second_finding), ==, "“专栏1”像上期规划的完成情况 <表>");
  }
  /* the comparison is not blind to the part of a chapter */
  pw_chapter_set_part (annex, third);
  g_clear_pointer (&diff, g_free);
  diff = diff_objects (G_OBJECT (plan), G_OBJECT (loaded), "plan");
  g_assert_nonnull (diff);
  g_assert_nonnull (strstr (diff, "part"));
  pw_history_undo (history);

  /* clearing the findings is an edit, saved as version 1 when nothing else
   * needs version 2, and undone in one step */
  pw_plan_set_findings (loaded, NULL);
  g_assert_true (pw_history_get_can_undo (history));
  {
    g_autoptr(PwPlan) bare = pw_plan_new ();
    g_autoptr(GBytes) bare_bytes = save_to_bytes (bare);
    g_autoptr(GBytes) cleared = save_to_bytes (loaded);

    g_assert_true (bytes_contain (bare_bytes, "version=\"1\""));
    g_assert_false (bytes_contain (cleared, "<findings"));
    g_assert_true (bytes_contain (cleared, "version=\"2\""));
  }
  pw_history_undo (history);
  g_assert_nonnull (pw_plan_get_findings (loaded));
}

/* @text with its version="N" made version="@version" */
static char *
with_version (const char *text,
              const char *version)
{
  g_autoptr(GString) out = g_string_new (text);
  g_autofree char *replacement = g_strdup_printf ("version=\"%s\"", version);

  g_string_replace (out, "version=\"N\"", replacement, 1);
  return g_strdup (out->str);
}

/* Version 1 has no parts and no findings: a file that says version 1 and
 * holds one is refused at its place; a newer version still is refused as
 * such. */
static void
test_parts_version (void)
{
  const char *head =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"N\">\n"
    "  <meta>\n"
    "    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n"
    "  </meta>\n"
    "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n"
    "  <chapter id=\"ch-1\" number=\"1\"/>\n"
    "  <part id=\"part-2\" number=\"1\">\n"
    "    <chapter id=\"ch-3\" number=\"2\"/>\n"
    "  </part>\n"
    "  <chapter id=\"ch-4\" number=\"3\"/>\n"
    "</plan>\n";
  g_autofree char *one = with_version (head, "1");
  g_autofree char *two = with_version (head, "2");
  g_autofree char *three = with_version (head, "3");
  g_autoptr(GBytes) one_bytes = bytes_from_string (one);
  g_autoptr(GBytes) two_bytes = bytes_from_string (two);
  g_autoptr(GBytes) three_bytes = bytes_from_string (three);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwPlan) loaded = NULL;
  g_autoptr(PwChapter) middle = NULL;

  plan = pw_plan_load_bytes (one_bytes, &error);
  g_assert_null (plan);
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "8:3: "));
  g_assert_nonnull (strstr (error->message, "version 2"));
  g_clear_error (&error);

  plan = pw_plan_load_bytes (three_bytes, &error);
  g_assert_null (plan);
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_VERSION);
  g_clear_error (&error);

  /* chapters in no part, before and after one, are kept where they are */
  loaded = load_bytes (two_bytes);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (loaded)), ==, 3);
  middle = g_list_model_get_item (pw_plan_get_chapters (loaded), 1);
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (middle)), ==, "ch-3");
  g_assert_true (pw_chapter_get_part (middle) == pw_plan_find_part (loaded, "part-2"));
  g_assert_cmpstr (pw_chapter_get_title (middle), ==, NULL);
}

/* A part whose chapters are not together cannot be written as the nesting
 * of the file: the save is refused and names the part. */
static void
test_parts_unsavable (void)
{
  g_autoptr(PwPlan) plan = make_plan_with_parts ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwChapter) annex = g_list_model_get_item (pw_plan_get_chapters (plan), 3);

  pw_chapter_set_part (annex, pw_plan_find_part (plan, "part-1"));
  bytes = pw_plan_to_bytes (plan, &error);
  g_assert_null (bytes);
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_UNSAVABLE);
  g_assert_nonnull (strstr (error->message, "part-1"));
}

static void
test_check_unreadable (void)
{
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "absent.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwFindings) report = pw_plan_check (file, "absent.plan");
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (pw_findings_get_list (report)), ==, 1);
  g_assert_cmpuint (pw_findings_count (report, PW_FINDING_ERROR), ==, 1);

  plan = pw_plan_load (file, &error);
  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Past line 65535, where libxml2 stops counting lines of nodes. */
static void
test_far_line_numbers (void)
{
  g_autoptr(GString) document = g_string_new (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
    "  <meta>\n"
    "    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n"
    "  </meta>\n"
    "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n"
    "  <chapter id=\"ch-1\" number=\"1\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autofree char *expected = NULL;
  int line = 7;

  for (int i = 0; i < 70000; i++, line++)
    g_string_append (document, "    <p>段落</p>\n");
  g_string_append (document,
                   "  </chapter>\n"
                   "  <indicators>\n"
                   "    <indicator id=\"ch-1\"/>\n"
                   "  </indicators>\n"
                   "</plan>\n");
  line += 3;

  bytes = g_bytes_new (document->str, document->len);
  plan = pw_plan_load_bytes (bytes, &error);
  g_assert_null (plan);
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID);
  expected = g_strdup_printf ("%d:16: ", line);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_nonnull (strstr (error->message, "line 7"));
}

/* Whether a stretch of the process's heap is marked for transparent huge
 * pages (VmFlags "hg" in /proc/self/smaps). */
G_GNUC_UNUSED static gboolean
heap_has_huge_page_stretch (void)
{
  g_autofree char *smaps = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean in_heap = FALSE;

  if (!g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL))
    return FALSE;
  lines = g_strsplit (smaps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_ascii_isxdigit (lines[i][0]) && strchr (lines[i], '-') != NULL)
      in_heap = g_str_has_suffix (lines[i], "[heap]");
    else if (in_heap && g_str_has_prefix (lines[i], "VmFlags:"))
      {
        g_auto(GStrv) flags = g_strsplit (lines[i] + strlen ("VmFlags:"), " ", -1);

        if (g_strv_contains ((const char * const *) flags, "hg"))
          return TRUE;
      }
  return FALSE;
}

/* A file of over 8 MB is read into a heap grown at once and asked for in
 * huge pages (pw-heap.c); the plan read there is the same as any. */
static void
test_large_file (void)
{
  g_autoptr(GString) text = g_string_new (PW_TEST_PLAN_HEAD
                                          "  <chapter id=\"ch-1\" number=\"1\">\n"
                                          "    <title>第一章</title>\n"
                                          "  </chapter>\n"
                                          "  <indicators>\n");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  GListModel *indicators;
  const guint n = 27000;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text,
                            "    <indicator id=\"ind-%u\" nature=\"expected\" chapter=\"ch-1\">\n"
                            "      <name>第%u项指标：每千人口拥有的服务设施数量</name>\n"
                            "      <unit>个</unit>\n"
                            "      <baseline>%u</baseline>\n"
                            "      <target>≥%u.5</target>\n"
                            "      <actual year=\"2021\">%u.25</actual>\n"
                            "      <actual year=\"2022\">%u.75</actual>\n"
                            "    </indicator>\n", i, i + 1, i, i, i, i + 1);
  g_string_append (text, "  </indicators>\n</plan>\n");
  g_assert_cmpuint (text->len, >, 8 << 20);
  path = pw_test_write_temp_file ("large.plan", text->str, text->len);
  file = g_file_new_for_path (path);

  /* no test before this one reads a file that large; AddressSanitizer's
   * malloc has no heap to mark */
#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
  g_assert_false (heap_has_huge_page_stretch ());
#endif
  plan = pw_plan_load (file, &error);
  g_assert_no_error (error);
#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
  g_assert_true (heap_has_huge_page_stretch ());
#endif

  indicators = pw_plan_get_indicators (plan);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n);
  for (guint i = 0; i < n; i += 997)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autofree char *id = g_strdup_printf ("ind-%u", i);
      g_autofree char *name = g_strdup_printf ("第%u项指标：每千人口拥有的服务设施数量", i + 1);

      g_assert_cmpstr (pw_object_get_id (PW_OBJECT (indicator)), ==, id);
      g_assert_cmpstr (pw_indicator_get_name (indicator), ==, name);
      g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, "个");
      g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_baseline (indicator)), ==, i);
      g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_target (indicator)), ==, i + 0.5);
      g_assert_cmpint (pw_value_get_comparator (pw_indicator_get_target (indicator)), ==,
                       PW_COMPARATOR_GREATER_EQUAL);
      g_assert_cmpuint (pw_indicator_get_n_years (indicator), ==, 2);
      g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_actual (indicator, 2021)), ==, i + 0.25);
      g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_actual (indicator, 2022)), ==, i + 1.75);
    }
}

/* The values a reader makes are carved from blocks (pw-value.c), freed by
 * the last of their values: values kept after their plan is gone still
 * read as they were printed, whichever block they came from and in
 * whatever order they go. */
static void
test_values_outlive_plan (void)
{
  g_autoptr(GString) text = g_string_new (PW_TEST_PLAN_HEAD "  <indicators>\n");
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_value_unref);
  g_autoptr(GBytes) bytes = NULL;
  PwPlan *plan;
  GListModel *indicators;
  const guint n = 3000;

  /* 3,000 × 3 different values of about 40 bytes: several blocks of 32 KiB */
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text,
                            "    <indicator id=\"ind-%u\">\n"
                            "      <name>指标%u</name>\n"
                            "      <baseline>%u.5万人</baseline>\n"
                            "      <target>≥%u</target>\n"
                            "      <actual year=\"2021\">%u.25</actual>\n"
                            "    </indicator>\n", i, i, i, i, i);
  g_string_append (text, "  </indicators>\n</plan>\n");
  bytes = g_bytes_new (text->str, text->len);
  plan = load_bytes (bytes);
  indicators = pw_plan_get_indicators (plan);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n);

  /* every fifth indicator's values kept, in turn from the end */
  for (guint i = n; i-- > 0;)
    if (i % 5 == 0)
      {
        g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

        g_ptr_array_add (kept, pw_value_ref (pw_indicator_get_baseline (indicator)));
        g_ptr_array_add (kept, pw_value_ref (pw_indicator_get_target (indicator)));
        g_ptr_array_add (kept, pw_value_ref (pw_indicator_get_actual (indicator, 2021)));
      }
  g_object_unref (plan);

  g_assert_cmpuint (kept->len, ==, 3 * n / 5);
  for (guint k = 0; k < kept->len; k += 3)
    {
      guint i = 5 * (n / 5 - 1 - k / 3);
      g_autofree char *baseline = g_strdup_printf ("%u.5万人", i);
      g_autofree char *target = g_strdup_printf ("≥%u", i);
      g_autofree char *actual = g_strdup_printf ("%u.25", i);

      g_assert_cmpstr (pw_value_get_text (kept->pdata[k]), ==, baseline);
      g_assert_cmpfloat (pw_value_get_number (kept->pdata[k]), ==, i + 0.5);
      g_assert_cmpstr (pw_value_get_suffix (kept->pdata[k]), ==, "万人");
      g_assert_cmpstr (pw_value_get_text (kept->pdata[k + 1]), ==, target);
      g_assert_cmpint (pw_value_get_comparator (kept->pdata[k + 1]), ==, PW_COMPARATOR_GREATER_EQUAL);
      g_assert_cmpfloat (pw_value_get_number (kept->pdata[k + 1]), ==, i);
      g_assert_cmpstr (pw_value_get_text (kept->pdata[k + 2]), ==, actual);
      g_assert_cmpfloat (pw_value_get_number (kept->pdata[k + 2]), ==, i + 0.25);
    }

  /* the first half let go, then the rest as the array goes */
  g_ptr_array_remove_range (kept, 0, kept->len / 2);
  g_assert_cmpstr (pw_value_get_text (kept->pdata[kept->len - 1]), ==, "0.25");
}

/* Reviewers' comments (issue 11) */

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

static PwComment *
nth_comment (PwPlan *plan,
             guint   n)
{
  g_autoptr(PwComment) comment = g_list_model_get_item (pw_plan_get_comments (plan), n);

  g_assert_nonnull (comment);
  return comment; /* the plan keeps it */
}

static void
test_comments_round_trip (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) schema = pw_test_source_schema ();
  g_autofree char *errors = NULL;
  g_autoptr(PwPlan) back = NULL;
  PwComment *on_cell, *on_paragraph, *on_box, *on_plan, *reply, *sample_comment;

  /* the sample has one: on 第七章 (ch-43) */
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_comments (plan)), ==, 1);
  sample_comment = nth_comment (plan, 0);
  g_assert_cmpuint (pw_plan_count_open_comments (plan), ==, 1);

  on_cell = pw_plan_add_comment (plan, "ind-104", 2023, 0, "王审阅", "2023年托位数2.6个，请核实口径。");
  on_paragraph = pw_plan_add_comment (plan, "sec-10", 0, 2, "王审阅", "第二段的表述请与指标表一致。");
  on_box = pw_plan_add_comment (plan, "col-12", 0, 0, "李专家", "专栏1的投资合计与项目之和不符。");
  on_plan = pw_plan_add_comment (plan, NULL, 0, 0, "李专家", "全文请统一“托位”的写法。\n另起一行。");
  reply = pw_plan_reply_to_comment (plan, sample_comment, "起草人", "已在中期评估报告中补充说明。");
  pw_comment_set_resolved (sample_comment, TRUE);

  /* a reply follows its thread and is on the same object */
  g_assert_true (nth_comment (plan, 1) == reply);
  g_assert_cmpstr (pw_comment_get_target (reply), ==, "ch-43");
  g_assert_cmpstr (pw_comment_get_reply_to (reply), ==, pw_object_get_id (PW_OBJECT (sample_comment)));
  g_assert_true (pw_plan_get_thread_root (plan, reply) == sample_comment);
  /* four open threads: the sample's is resolved, the reply is no thread */
  g_assert_cmpuint (pw_plan_count_open_comments (plan), ==, 4);
  g_assert_cmpuint (pw_plan_count_comments_on (plan, "ch-43", FALSE), ==, 1);
  g_assert_cmpuint (pw_plan_count_comments_on (plan, "ch-43", TRUE), ==, 0);
  g_assert_nonnull (pw_comment_get_created (on_cell));
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$",
                                       pw_comment_get_created (on_cell), 0, 0));

  bytes = save_to_bytes (plan);
  errors = pw_test_validate (schema, bytes);
  g_assert_cmpstr (errors, ==, NULL);
  g_assert_true (bytes_contain (bytes, "year=\"2023\""));
  g_assert_true (bytes_contain (bytes, "paragraph=\"2\""));
  g_assert_true (bytes_contain (bytes, "resolved=\"true\""));

  back = load_bytes (bytes);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_comments (back)), ==, 6);
  {
    PwComment *c1 = nth_comment (back, 0), *c2 = nth_comment (back, 1), *c3 = nth_comment (back, 2);
    PwComment *c4 = nth_comment (back, 3), *c5 = nth_comment (back, 4), *c6 = nth_comment (back, 5);

    g_assert_true (pw_comment_get_resolved (c1));
    g_assert_cmpstr (pw_comment_get_text (c2), ==, "已在中期评估报告中补充说明。");
    g_assert_cmpstr (pw_comment_get_author (c2), ==, "起草人");
    g_assert_true (pw_plan_get_thread_root (back, c2) == c1);
    g_assert_cmpstr (pw_comment_get_target (c3), ==, "ind-104");
    g_assert_cmpint (pw_comment_get_year (c3), ==, 2023);
    g_assert_cmpstr (pw_comment_get_created (c3), ==, pw_comment_get_created (on_cell));
    g_assert_cmpstr (pw_comment_get_target (c4), ==, "sec-10");
    g_assert_cmpint (pw_comment_get_paragraph (c4), ==, 2);
    g_assert_cmpstr (pw_comment_get_target (c5), ==, "col-12");
    g_assert_null (pw_comment_get_target (c6));
    g_assert_cmpstr (pw_comment_get_text (c6), ==, pw_comment_get_text (on_plan));
    g_assert_cmpstr (pw_comment_get_text (c5), ==, pw_comment_get_text (on_box));
    g_assert_cmpstr (pw_comment_get_text (c4), ==, pw_comment_get_text (on_paragraph));
  }
}

static void
test_comments_describe (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwComment *cell = pw_plan_add_comment (plan, "ind-104", 2023, 0, "甲", "x");
  PwComment *paragraph = pw_plan_add_comment (plan, "sec-10", 0, 2, "甲", "x");
  PwComment *box = pw_plan_add_comment (plan, "col-12", 0, 0, "甲", "x");
  PwComment *project = pw_plan_add_comment (plan, "prj-14", 0, 0, "甲", "x");
  PwComment *whole = pw_plan_add_comment (plan, NULL, 0, 0, "甲", "x");
  g_autofree char *a = pw_plan_describe_comment_target (plan, cell);
  g_autofree char *b = pw_plan_describe_comment_target (plan, paragraph);
  g_autofree char *c = pw_plan_describe_comment_target (plan, box);
  g_autofree char *d = pw_plan_describe_comment_target (plan, project);
  g_autofree char *e = pw_plan_describe_comment_target (plan, whole);

  /* as the sample file names them (tests run with LANGUAGE=C) */
  g_assert_cmpstr (a, ==, "indicator “每千人口拥有3岁以下婴幼儿托位数”, 2023");
  g_assert_cmpstr (b, ==, "第三章 第二节 扩大普惠托育服务供给, paragraph 2");
  g_assert_cmpstr (c, ==, "专栏1 优生优育服务建设项目");
  g_assert_cmpstr (d, ==, "project “产前筛查工程”");
  g_assert_cmpstr (e, ==, "驻马店市“十四五”公共服务和社会保障规划");
}

static void
test_comments_delete_thread (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwComment *first = nth_comment (plan, 0);
  PwComment *reply = pw_plan_reply_to_comment (plan, first, "乙", "答复");
  PwComment *other = pw_plan_add_comment (plan, "ind-104", 0, 0, "丙", "另一条");

  pw_plan_reply_to_comment (plan, reply, "甲", "答复的答复");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_comments (plan)), ==, 4);
  /* the reply to the reply joins the thread before the other comment */
  g_assert_true (nth_comment (plan, 3) == other);

  pw_plan_delete_comment (plan, first);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_comments (plan)), ==, 1);
  g_assert_true (nth_comment (plan, 0) == other);

  /* one step of the history brings the whole thread back */
  g_assert_true (pw_history_undo (pw_plan_get_history (plan)));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_comments (plan)), ==, 4);
}

/* A reviewer's copy: the same file, commented by the reviewer while the
 * drafter went on; merged back, every comment lands on its object. */
static void
test_comments_merge (void)
{
  g_autoptr(PwPlan) working = load_sample ();
  g_autoptr(PwPlan) copy = load_sample ();
  g_autoptr(GBytes) copy_bytes = NULL;
  g_autoptr(PwPlan) reviewed = NULL;
  guint n_orphaned = 99;
  guint n_merged;
  GListModel *comments;

  /* the drafter adds one comment and removes project prj-14 meanwhile */
  pw_plan_add_comment (working, "ind-101", 0, 0, "起草人", "已更新2023年数据。");
  {
    PwChapter *chapter = pw_plan_find_chapter (working, "ch-8");
    g_autoptr(PwBox) box = g_list_model_get_item (pw_chapter_get_boxes (chapter), 0);

    pw_box_remove_project (box, 1);
    g_assert_null (pw_plan_find_object (working, "prj-14"));
  }

  /* the reviewer answers the sample's comment, resolves it, and comments on a
   * cell, a project (the one the drafter removed) and a paragraph */
  pw_plan_reply_to_comment (copy, nth_comment (copy, 0), "审阅人（示例）", "补充：请附数据来源。");
  pw_comment_set_resolved (nth_comment (copy, 0), TRUE);
  pw_plan_add_comment (copy, "ind-104", 2022, 0, "审阅人（示例）", "2022年1.9个偏低。");
  pw_plan_add_comment (copy, "prj-14", 0, 0, "审阅人（示例）", "投资是否含中央资金？");
  pw_plan_add_comment (copy, "sec-10", 0, 1, "审阅人（示例）", "请补充托育机构数量。");
  /* saved and read back, as a file sent back would be */
  copy_bytes = save_to_bytes (copy);
  reviewed = load_bytes (copy_bytes);

  n_merged = pw_plan_merge_comments (working, reviewed, &n_orphaned);
  /* the resolution of the sample's comment, and four new ones */
  g_assert_cmpuint (n_merged, ==, 5);
  g_assert_cmpuint (n_orphaned, ==, 1);

  comments = pw_plan_get_comments (working);
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 6);
  {
    PwComment *c0 = nth_comment (working, 0), *c1 = nth_comment (working, 1);
    PwComment *c2 = nth_comment (working, 2), *c3 = nth_comment (working, 3);
    PwComment *c4 = nth_comment (working, 4), *c5 = nth_comment (working, 5);

    g_assert_true (pw_comment_get_resolved (c0));
    /* the reply right after its thread, still answering it */
    g_assert_cmpstr (pw_comment_get_text (c1), ==, "补充：请附数据来源。");
    g_assert_true (pw_plan_get_thread_root (working, c1) == c0);
    /* the drafter's own, then the reviewer's, each under an id of its own */
    g_assert_cmpstr (pw_comment_get_text (c2), ==, "已更新2023年数据。");
    g_assert_cmpstr (pw_comment_get_target (c3), ==, "ind-104");
    g_assert_cmpint (pw_comment_get_year (c3), ==, 2022);
    g_assert_cmpstr (pw_object_get_id (PW_OBJECT (c2)), !=, pw_object_get_id (PW_OBJECT (c3)));
    /* the removed project's comment stays, on the plan, saying what it was on */
    g_assert_null (pw_comment_get_target (c4));
    g_assert_nonnull (strstr (pw_comment_get_text (c4), "产前筛查工程"));
    g_assert_nonnull (strstr (pw_comment_get_text (c4), "投资是否含中央资金？"));
    g_assert_cmpstr (pw_comment_get_target (c5), ==, "sec-10");
    g_assert_cmpint (pw_comment_get_paragraph (c5), ==, 1);
  }

  /* merging again changes nothing; the result saves as a valid file */
  g_assert_cmpuint (pw_plan_merge_comments (working, reviewed, NULL), ==, 0);
  {
    g_autoptr(GBytes) bytes = save_to_bytes (working);
    g_autoptr(GBytes) schema = pw_test_source_schema ();
    g_autofree char *errors = pw_test_validate (schema, bytes);

    g_assert_cmpstr (errors, ==, NULL);
  }
}

static void
test_comments_bad_reply (void)
{
  g_autoptr(GBytes) bytes = bytes_from_string (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
    "  <meta>\n    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n  </meta>\n"
    "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n"
    "  <comments>\n"
    "    <comment id=\"cmt-1\" author=\"甲\" reply-to=\"cmt-9\">回复</comment>\n"
    "  </comments>\n"
    "</plan>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_plan_load_bytes (bytes, &error);

  g_assert_null (plan);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "cmt-9"));
}

/* Once a large plan is read, freeing and taking again a few hundred KiB
 * (a PDF's page stream: zlib's 256 KiB, page after page) keeps the top of
 * the heap instead of giving it back to the system and faulting it in
 * again each time: a report of 10,000 indicators made 95,000 page faults
 * instead of 38,000, and 0.3 s of system time. */
#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
static void
test_heap_kept_after_reading (void)
{
  PwHeapReservation heap;

  pw_heap_reserve (8 << 20, &heap);
  g_assert_true (heap.padded);
  pw_heap_release (&heap);
  for (guint round = 0; round < 8; round++)
    {
      gpointer blocks[4];
      void *top;

      for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
        blocks[i] = g_malloc (64 << 10);
      top = sbrk (0);
      for (guint i = G_N_ELEMENTS (blocks); i > 0; i--)
        g_free (blocks[i - 1]);
      /* the first free gives back what was reserved and not filled */
      if (round > 0)
        g_assert_true (sbrk (0) == top);
    }
}
#endif

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/plan-file/round-trip", test_round_trip);
  g_test_add_func ("/pw/plan-file/empty-and-absent", test_empty_and_absent);
  g_test_add_func ("/pw/plan-file/values-reparsed", test_values_reparsed);
  g_test_add_func ("/pw/plan-file/chunk-boundaries", test_chunk_boundaries);
  g_test_add_func ("/pw/plan-file/responsible", test_responsible);
  g_test_add_func ("/pw/plan-file/format", test_format);
  g_test_add_func ("/pw/plan-file/format-comments", test_format_comments);
  g_test_add_func ("/pw/plan-file/schema-validates", test_schema_validates);
  g_test_add_func ("/pw/plan-file/schema-every-kind", test_schema_every_kind);
  g_test_add_func ("/pw/plan-file/xmllint", test_xmllint);
  g_test_add_func ("/pw/plan-file/samples", test_samples);
  g_test_add_func ("/pw/plan-file/history-clean", test_history_clean);
  g_test_add_func ("/pw/plan-file/ids", test_ids);
  g_test_add_func ("/pw/plan-file/save-and-backup", test_save_and_backup);
  g_test_add_func ("/pw/plan-file/failed-save-keeps-old-file", test_failed_save_keeps_old_file);
  g_test_add_func ("/pw/plan-file/save-io-error", test_save_io_error);
  g_test_add_func ("/pw/plan-file/save-through-symlink", test_save_through_symlink);
  g_test_add_func ("/pw/plan-file/save-hard-linked", test_save_hard_linked);
  g_test_add_func ("/pw/plan-file/save-messages", test_save_messages);
  g_test_add_func ("/pw/plan-file/stale-temporaries", test_stale_temporaries);
  g_test_add_func ("/pw/plan-file/stale-temporaries-of-folder", test_stale_temporaries_of_folder);
  g_test_add_func ("/pw/plan-file/unsavable", test_unsavable);
  g_test_add_func ("/pw/plan-file/check-clean", test_check_clean);
  g_test_add_func ("/pw/plan-file/check-rules", test_check_rules);
  g_test_add_func ("/pw/plan-file/check-schema", test_check_schema);
  g_test_add_func ("/pw/plan-file/check-unreadable", test_check_unreadable);
  g_test_add_func ("/pw/plan-file/word-fields", test_word_fields);
  g_test_add_func ("/pw/plan-file/far-line-numbers", test_far_line_numbers);
  g_test_add_func ("/pw/plan-file/large-file", test_large_file);
  g_test_add_func ("/pw/plan-file/values-outlive-plan", test_values_outlive_plan);
  g_test_add_func ("/pw/plan-file/comments-round-trip", test_comments_round_trip);
  g_test_add_func ("/pw/plan-file/comments-describe", test_comments_describe);
  g_test_add_func ("/pw/plan-file/comments-delete-thread", test_comments_delete_thread);
  g_test_add_func ("/pw/plan-file/comments-merge", test_comments_merge);
  g_test_add_func ("/pw/plan-file/comments-bad-reply", test_comments_bad_reply);
  g_test_add_func ("/pw/plan-file/parts/format", test_parts_format);
  g_test_add_func ("/pw/plan-file/parts/round-trip", test_parts_round_trip);
  g_test_add_func ("/pw/plan-file/parts/version", test_parts_version);
  g_test_add_func ("/pw/plan-file/parts/unsavable", test_parts_unsavable);
#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
  /* glibc's heap, which AddressSanitizer's malloc replaces */
  g_test_add_func ("/pw/plan-file/heap-kept-after-reading", test_heap_kept_after_reading);
#endif

  return g_test_run ();
}
