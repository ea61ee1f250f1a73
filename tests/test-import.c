/* test-import.c: the text importer against the seed documents and made-up cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected numbers of the seeds were counted by reading the documents
 * in ../shared/seeds/, not by running the importer; each comment says how.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pw-import-private.h"
#include "pw-import-html.h"
#include "pw-importer.h"
#include "pw-plan-file.h"
#include "pw-test-util.h"

typedef struct
{
  guint chapters;
  guint sections;
  guint indicators;
  guint binding;
  guint expected;
  guint unknown;
  guint boxes;      /* 专栏 boxes: columns with a number */
  guint columns;    /* every column, with those of 保障工程 sections */
  guint projects;
  guint services;
  guint prose;      /* indicators taken from the text */
} Summary;

typedef struct
{
  int line;
  const char *category;
  const char *domain;
  const char *name;
  const char *unit;
  const char *baseline; /* NULL: absent */
  const char *target;
  PwNature nature;
} Row;

/* Helpers */

static char *
read_seed (const char *prefix,
           gsize      *length)
{
  g_autofree char *path = pw_test_seed_path (prefix);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  if (path == NULL)
    return NULL;
  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

static PwPlan *
import (const char *data,
        gssize      length,
        PwFindings   *report)
{
  g_autoptr(GError) error = NULL;
  PwPlan *plan = pw_import_text (data, length < 0 ? strlen (data) : (gsize) length, report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
summarize (PwPlan  *plan,
           Summary *s)
{
  GListModel *chapters = pw_plan_get_chapters (plan);
  GListModel *indicators = pw_plan_get_indicators (plan);

  memset (s, 0, sizeof *s);
  s->chapters = g_list_model_get_n_items (chapters);
  for (guint i = 0; i < s->chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *columns = pw_chapter_get_boxes (chapter);

      s->sections += g_list_model_get_n_items (pw_chapter_get_sections (chapter));
      s->services += g_list_model_get_n_items (pw_chapter_get_service_items (chapter));
      s->columns += g_list_model_get_n_items (columns);
      for (guint j = 0; j < g_list_model_get_n_items (columns); j++)
        {
          g_autoptr(PwBox) column = g_list_model_get_item (columns, j);

          s->boxes += pw_box_get_number (column) > 0;
          s->projects += g_list_model_get_n_items (pw_box_get_projects (column));
        }
    }

  s->indicators = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < s->indicators; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      switch (pw_indicator_get_nature (indicator))
        {
        case PW_NATURE_BINDING:
          s->binding++;
          break;
        case PW_NATURE_EXPECTED:
          s->expected++;
          break;
        case PW_NATURE_UNKNOWN:
        default:
          s->unknown++;
          break;
        }
      s->prose += pw_indicator_get_origin (indicator) == PW_ORIGIN_PROSE;
    }
}

static void
assert_summary (const Summary *got,
                const Summary *want)
{
  g_assert_cmpuint (got->chapters, ==, want->chapters);
  g_assert_cmpuint (got->sections, ==, want->sections);
  g_assert_cmpuint (got->indicators, ==, want->indicators);
  g_assert_cmpuint (got->binding, ==, want->binding);
  g_assert_cmpuint (got->expected, ==, want->expected);
  g_assert_cmpuint (got->unknown, ==, want->unknown);
  g_assert_cmpuint (got->boxes, ==, want->boxes);
  g_assert_cmpuint (got->columns, ==, want->columns);
  g_assert_cmpuint (got->projects, ==, want->projects);
  g_assert_cmpuint (got->services, ==, want->services);
  g_assert_cmpuint (got->prose, ==, want->prose);
}

static void
assert_rows (PwPlan    *plan,
             const Row *rows,
             gsize      n_rows)
{
  for (gsize i = 0; i < n_rows; i++)
    {
      const Row *row = &rows[i];
      PwIndicator *indicator = pw_test_indicator_at_line (plan, row->line);

      g_test_message ("row of line %d: %s", row->line, row->name);
      g_assert_nonnull (indicator);
      g_assert_cmpstr (pw_indicator_get_category (indicator), ==, row->category);
      g_assert_cmpstr (pw_indicator_get_domain (indicator), ==, row->domain);
      g_assert_cmpstr (pw_indicator_get_name (indicator), ==, row->name);
      g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, row->unit);
      pw_test_assert_value (pw_indicator_get_baseline (indicator), row->baseline);
      pw_test_assert_value (pw_indicator_get_target (indicator), row->target);
      g_assert_cmpint (pw_indicator_get_nature (indicator), ==, row->nature);
      g_assert_cmpint (pw_indicator_get_origin (indicator), ==, PW_ORIGIN_TABLE);
    }
}

static PwChapter *
nth_chapter (PwPlan *plan,
             guint   n)
{
  g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (plan), n);

  return chapter;
}

static PwSection *
nth_section (PwPlan *plan,
             guint   chapter,
             guint   n)
{
  GListModel *sections = pw_chapter_get_sections (nth_chapter (plan, chapter));
  g_autoptr(PwSection) section = g_list_model_get_item (sections, n);

  return section;
}

static PwBox *
nth_column (PwPlan *plan,
            guint   chapter,
            guint   n)
{
  GListModel *columns = pw_chapter_get_boxes (nth_chapter (plan, chapter));
  g_autoptr(PwBox) column = g_list_model_get_item (columns, n);

  return column;
}

/* The chapter (numbered as printed) an indicator belongs to. */
static int
chapter_number_of (PwPlan      *plan,
                   PwIndicator *indicator)
{
  const char *id = pw_indicator_get_chapter (indicator);
  PwChapter *chapter;

  g_assert_nonnull (id);
  chapter = pw_plan_find_chapter (plan, id);
  g_assert_nonnull (chapter);
  return pw_chapter_get_number (chapter);
}

static guint
count_findings (PwFindings     *report,
                PwFindingKind  kind,
                int           line,
                const char   *needle)
{
  GListModel *entries = pw_findings_get_list (report);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(PwFinding) entry = g_list_model_get_item (entries, i);

      if (pw_finding_get_kind (entry) == kind &&
          (line < 0 || pw_finding_get_line (entry) == line) &&
          (needle == NULL || strstr (pw_finding_get_message (entry), needle) != NULL))
        n++;
    }
  return n;
}

static void
add_id (GHashTable *ids,
        gpointer    object)
{
  const char *id = pw_object_get_id (PW_OBJECT (object));

  g_assert_nonnull (id);
  g_assert_false (g_hash_table_contains (ids, id));
  g_hash_table_add (ids, g_strdup (id));
}

/* Every object has an id, no two the same; the history is empty. */
static void
assert_ids_and_history (PwPlan *plan)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *chapters = pw_plan_get_chapters (plan);
  GListModel *indicators = pw_plan_get_indicators (plan);
  PwHistory *history = pw_plan_get_history (plan);

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *lists[] = { pw_chapter_get_sections (chapter), pw_chapter_get_boxes (chapter),
                              pw_chapter_get_service_items (chapter) };

      add_id (ids, chapter);
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint j = 0; j < g_list_model_get_n_items (lists[l]); j++)
          {
            g_autoptr(GObject) object = g_list_model_get_item (lists[l], j);

            add_id (ids, object);
            if (PW_IS_BOX (object))
              {
                GListModel *projects = pw_box_get_projects (PW_BOX (object));

                for (guint k = 0; k < g_list_model_get_n_items (projects); k++)
                  {
                    g_autoptr(PwProject) project = g_list_model_get_item (projects, k);

                    add_id (ids, project);
                    g_assert_nonnull (pw_project_get_name (project));
                    g_assert_nonnull (pw_project_get_description (project));
                  }
              }
          }
    }
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      add_id (ids, indicator);
      g_assert_cmpint (pw_indicator_get_source_line (indicator), >, 0);
      g_assert_true (pw_indicator_get_origin (indicator) == PW_ORIGIN_TABLE ||
                     pw_indicator_get_origin (indicator) == PW_ORIGIN_PROSE);
      if (pw_indicator_get_chapter (indicator) != NULL)
        g_assert_nonnull (pw_plan_find_chapter (plan, pw_indicator_get_chapter (indicator)));
    }

  g_assert_false (pw_history_get_can_undo (history));
  g_assert_false (pw_history_get_can_redo (history));
  g_assert_false (pw_history_get_modified (history));
}

/* All the text the plan holds, for looking things up. */
static char *
plan_text (PwPlan *plan)
{
  GString *out = g_string_new (pw_plan_get_preface (plan));
  GListModel *chapters = pw_plan_get_chapters (plan);

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *sections = pw_chapter_get_sections (chapter);
      GListModel *columns = pw_chapter_get_boxes (chapter);

      g_string_append_printf (out, "\n%s\n%s", pw_chapter_get_title (chapter),
                              pw_chapter_get_text (chapter) ? pw_chapter_get_text (chapter) : "");
      for (guint j = 0; j < g_list_model_get_n_items (sections); j++)
        {
          g_autoptr(PwSection) section = g_list_model_get_item (sections, j);

          g_string_append_printf (out, "\n%s\n%s", pw_section_get_title (section),
                                  pw_section_get_text (section) ? pw_section_get_text (section) : "");
        }
      for (guint j = 0; j < g_list_model_get_n_items (columns); j++)
        {
          g_autoptr(PwBox) column = g_list_model_get_item (columns, j);
          GListModel *projects = pw_box_get_projects (column);

          g_string_append_printf (out, "\n%s", pw_box_get_title (column));
          for (guint k = 0; k < g_list_model_get_n_items (projects); k++)
            {
              g_autoptr(PwProject) project = g_list_model_get_item (projects, k);

              g_string_append_printf (out, "\n%s", pw_project_get_description (project));
            }
        }
    }

  return g_string_free (out, FALSE);
}

/* Nothing dropped: every line of the document after its title line that is
 * a paragraph (30 characters or more, not a table row) is in the plan, less
 * its item number, or for a line of l-bulleted items, each item is. */
static void
assert_nothing_dropped (PwPlan     *plan,
                        const char *data,
                        int         title_line)
{
  g_autofree char *all = plan_text (plan);
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);
  g_autoptr(GRegex) bookmark = g_regex_new ("\\[bookmark: [^]]*\\]", 0, 0, NULL);
  /* an item's number is the project's number, not part of its text */
  g_autoptr(GRegex) marker = g_regex_new ("^(?:[0-9]{1,3}[.、]|——)\\s*", 0, 0, NULL);

  for (int i = title_line; lines[i] != NULL; i++)
    {
      g_autofree char *clean = g_regex_replace_literal (bookmark, lines[i], -1, 0, "", 0, NULL);
      g_autofree char *stripped = g_strstrip (g_strdup (clean));
      g_autofree char *line = g_regex_replace_literal (marker, stripped, -1, 0, "", 0, NULL);
      g_auto(GStrv) pieces = NULL;

      if (g_utf8_strlen (line, -1) < 30 || strstr (line, " | ") != NULL)
        continue;
      if (g_str_has_prefix (line, "l "))
        pieces = g_strsplit (line + 2, " l ", -1);
      else
        pieces = g_strsplit (line, "\x01", -1);
      for (guint k = 0; pieces[k] != NULL; k++)
        {
          char *piece = g_strstrip (pieces[k]);
          gsize len = strlen (piece);

          while (len > 0 && (piece[len - 1] == '|' || piece[len - 1] == ' '))
            piece[--len] = '\0';
          if (strstr (all, piece) == NULL)
            g_error ("line %d is not in the plan: %s", i + 1, piece);
        }
    }
}

/* import → save → pw_plan_check gives no error; the file loads back with
 * the same numbers. */
static void
assert_saves_and_checks (PwPlan *plan)
{
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *name = g_strdup_printf ("import-%p.plan", (void *) plan);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwFindings) check = NULL;
  g_autoptr(PwPlan) loaded = NULL;
  Summary before;
  Summary after;

  g_assert_true (pw_plan_save (plan, file, &error));
  g_assert_no_error (error);
  check = pw_plan_check (file, name);
  g_assert_cmpuint (pw_findings_count (check, PW_FINDING_ERROR), ==, 0);
  loaded = pw_plan_load (file, &error);
  g_assert_no_error (error);
  summarize (plan, &before);
  summarize (loaded, &after);
  assert_summary (&after, &before);
}

/* Copies of a document: re-encoded, with CRLF, with a byte-order mark. */
static char *
to_crlf (const char *data,
         gsize       length,
         gsize      *out_length)
{
  GString *out = g_string_sized_new (length + length / 20);

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == '\n')
        g_string_append_c (out, '\r');
      g_string_append_c (out, data[i]);
    }
  *out_length = out->len;
  return g_string_free (out, FALSE);
}

static char *
to_gb18030 (const char *data,
            gsize       length,
            gsize      *out_length)
{
  g_autoptr(GError) error = NULL;
  char *out = g_convert (data, length, "GB18030", "UTF-8", NULL, out_length, &error);

  g_assert_no_error (error);
  return out;
}

static char *
with_bom (const char *data,
          gsize       length,
          gsize      *out_length)
{
  char *out = g_malloc (length + 3);

  memcpy (out, "\xEF\xBB\xBF", 3);
  memcpy (out + 3, data, length);
  *out_length = length + 3;
  return out;
}

/* The findings as "line kind message", less the one about the encoding. */
static GPtrArray *
findings_of (PwFindings *report)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  GListModel *entries = pw_findings_get_list (report);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(PwFinding) entry = g_list_model_get_item (entries, i);
      const char *message = pw_finding_get_message (entry);

      if (strstr (message, "GB18030") != NULL)
        continue;
      g_ptr_array_add (out, g_strdup_printf ("%d %d %s", pw_finding_get_line (entry),
                                             pw_finding_get_kind (entry), message));
    }
  return out;
}

/* The same plan and the same findings, on the same lines, from each copy. */
static void
assert_variants (const char    *prefix,
                 const Summary *want)
{
  gsize length = 0;
  g_autofree char *data = read_seed (prefix, &length);
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gsize crlf_length = 0;
  gsize gb_length = 0;
  gsize bom_length = 0;
  gsize gb_crlf_length = 0;
  gsize bom_crlf_length = 0;
  g_autofree char *crlf = NULL;
  g_autofree char *gb = NULL;
  g_autofree char *bom = NULL;
  g_autofree char *gb_crlf = NULL;
  g_autofree char *bom_crlf = NULL;
  struct
  {
    const char *what;
    const char *data;
    gsize length;
  } copies[5];

  if (data == NULL)
    return;

  plan = import (data, length, report);
  findings = findings_of (report);

  crlf = to_crlf (data, length, &crlf_length);
  gb = to_gb18030 (data, length, &gb_length);
  bom = with_bom (data, length, &bom_length);
  gb_crlf = to_gb18030 (crlf, crlf_length, &gb_crlf_length);
  bom_crlf = with_bom (crlf, crlf_length, &bom_crlf_length);
  copies[0].what = "CRLF", copies[0].data = crlf, copies[0].length = crlf_length;
  copies[1].what = "GB18030", copies[1].data = gb, copies[1].length = gb_length;
  copies[2].what = "BOM", copies[2].data = bom, copies[2].length = bom_length;
  copies[3].what = "GB18030 CRLF", copies[3].data = gb_crlf, copies[3].length = gb_crlf_length;
  copies[4].what = "BOM CRLF", copies[4].data = bom_crlf, copies[4].length = bom_crlf_length;

  for (guint c = 0; c < G_N_ELEMENTS (copies); c++)
    {
      g_autoptr(PwFindings) copy_report = pw_findings_new (NULL);
      g_autoptr(PwPlan) copy = NULL;
      g_autoptr(GPtrArray) copy_findings = NULL;
      Summary got;

      g_test_message ("%s %s", prefix, copies[c].what);
      copy = import (copies[c].data, copies[c].length, copy_report);
      summarize (copy, &got);
      assert_summary (&got, want);
      g_assert_cmpstr (pw_plan_get_title (copy), ==, pw_plan_get_title (plan));
      g_assert_cmpstr (pw_plan_get_issued (copy), ==, pw_plan_get_issued (plan));

      copy_findings = findings_of (copy_report);
      g_assert_cmpuint (copy_findings->len, ==, findings->len);
      for (guint i = 0; i < findings->len; i++)
        g_assert_cmpstr (g_ptr_array_index (copy_findings, i), ==, g_ptr_array_index (findings, i));
      if (strstr (copies[c].what, "GB18030") != NULL)
        g_assert_cmpuint (count_findings (copy_report, PW_FINDING_GUESS, 0, "GB18030"), ==, 1);
    }
}

/* The seeds */

/* 000, Zhumadian. Counted by reading:
 * - chapters: 第一章 … 第十三章 (lines 34 … 710): 13.
 * - sections 第X节 per chapter: 2,3,3,3,2,3,3,3,2,2,3,3,5 = 37.
 * - the table (lines 90–392), one cell per line: 31 rows, a row per nature
 *   cell; 约束性 in rows 3,4,5,6,7,8,10,16,17,20,21,25 = 12, 预期性 19.
 * - 专栏1 … 专栏6 with items 1.… : 4,3,4,5,2,3 = 21 projects.
 * - no service-item lists; the table exists, so no targets from the text.
 * - rows with one value (one cell between name and nature): 零就业家庭动态清零
 *   (196), 申请公租房的保障率 (264), 住房安全保障率 (270), 城乡低保标准年度增幅
 *   (278), 无障碍改造数 (284), 应急广播…覆盖率 (332), 高等教育毛入学率 (366): 7.
 * - targets of the text that differ from the table: 义务教育巩固率 97% (line
 *   80) against >96%; 普惠性幼儿园覆盖率 80%以上 (434) against >85%;
 *   高中阶段教育毛入学率 93.5% (438) against 94%. */
static const Summary seed_000 = { 13, 37, 31, 12, 19, 0, 6, 6, 21, 0, 0 };

static const Row rows_000[] = {
  { 110, "总体", NULL, "人均公共服务财政支出", "元", "5185", "稳定增长", PW_NATURE_EXPECTED },
  { 126, "总体", NULL, "劳动年龄人口平均受教育年限", "年", "10.5", "11.0左右", PW_NATURE_BINDING },
  { 142, "基本公共服务", "幼儿照护", "以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率",
    NULL, "≥90%", "≥90%", PW_NATURE_BINDING },
  { 160, "基本公共服务", "现代教育", "九年义务教育巩固率",
    NULL, "96.5%", ">96%", PW_NATURE_BINDING },
  /* after the page break that repeats 基本 / 公共 / 服务 / 卫生健康 */
  { 218, "基本公共服务", "卫生健康", "每千人口拥有执业(助理)医师",
    "人", "2.52", "3.6左右", PW_NATURE_EXPECTED },
  /* one value */
  { 282, "基本公共服务", "兜底救助", "困难重度残疾人家庭无障碍改造数",
    "户", NULL, "5988", PW_NATURE_BINDING },
  /* after the second page break: the category repeated, a new domain */
  { 306, "基本公共服务", "文化体育", "每万人拥有公共文化设施建筑面积", "平方米", "2865.3", "3000",
    PW_NATURE_EXPECTED },
  /* a new category: the domain is reset */
  { 348, "普惠性非基本公共服务", NULL, "普惠性幼儿园覆盖率",
    NULL, "69.6%", ">85%", PW_NATURE_EXPECTED },
  { 364, "普惠性非基本公共服务", NULL, "高等教育毛入学率", NULL, NULL, "60%", PW_NATURE_EXPECTED },
};

static void
test_seed_000 (void)
{
  gsize length = 0;
  g_autofree char *data = read_seed ("000_", &length);
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = NULL;
  Summary got;

  if (data == NULL)
    return;

  plan = import (data, length, report);
  summarize (plan, &got);
  assert_summary (&got, &seed_000);

  g_assert_cmpstr (pw_plan_get_title (plan), ==, "驻马店市“十四五”公共服务和社会保障规划");
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "驻马店市");
  g_assert_cmpstr (pw_plan_get_issuer (plan), ==, "驻马店市人民政府");
  g_assert_cmpstr (pw_plan_get_doc_number (plan), ==, "驻政〔2022〕39号");
  /* 成文日期, not the publication date 2022年05月23日 */
  g_assert_cmpstr (pw_plan_get_issued (plan), ==, "2022-05-17");
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2021);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2025);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2020);
  g_assert_cmpint (pw_plan_get_heading_style (plan), ==, PW_HEADING_CHAPTER);
  g_assert_true (g_str_has_prefix (pw_plan_get_preface (plan),
                                   "“十四五”时期,是我市完成全面建成小康社会"));

  /* headings glued to their numbers */
  g_assert_cmpstr (pw_chapter_get_title (nth_chapter (plan, 2)), ==, "提供安全普惠的婴幼儿照护服务");
  g_assert_cmpint (pw_chapter_get_number (nth_chapter (plan, 12)), ==, 13);

  assert_rows (plan, rows_000, G_N_ELEMENTS (rows_000));

  /* a domain's indicators in the chapter about it, the rest where the table is */
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 142)), ==, 3);
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 160)), ==, 4);
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 276)), ==, 8);
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 290)), ==, 10);
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 110)), ==, 2);
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 348)), ==, 2);

  /* the 专栏 boxes */
  {
    PwBox *column = nth_column (plan, 2, 0);
    g_autoptr(PwProject) project = g_list_model_get_item (pw_box_get_projects (column), 3);

    g_assert_cmpint (pw_box_get_number (column), ==, 1);
    g_assert_cmpstr (pw_box_get_title (column), ==, "优生优育服务建设项目");
    g_assert_cmpint (pw_project_get_number (project), ==, 4);
    g_assert_cmpstr (pw_project_get_name (project), ==, "普惠托育服务设施建设工程");
    g_assert_true (g_str_has_suffix (pw_project_get_description (project),
                                     "加强家庭育儿和婴幼儿早期发展指导。"));
  }

  /* the report */
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 80, "义务教育巩固率"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 434, "普惠性幼儿园覆盖率"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 438, "高中阶段教育毛入学率"), ==,
                    1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, -1, NULL), ==, 3);
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, -1, "one value"), ==, 7);
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, 284, "5988"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, 366, "line 444"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_ERROR, -1, NULL), ==, 0);

  assert_ids_and_history (plan);
  assert_nothing_dropped (plan, data, 26);
  assert_saves_and_checks (plan);
}

/* 001, Xinxiang. Counted by reading:
 * - chapters 第一章 … 第十三章: 13; sections 2,3,3,3,2,3,3,3,2,2,3,3,5 = 37.
 * - no table, no 专栏, no service items.
 * - targets in 第二章第三节 主要目标 (lines 34–40): 义务教育巩固率 96.5%,
 *   基本医疗保险参保率 97%以上, 护理型床位占比 55%以上, 失能特困人员集中
 *   供养率 不低于90%, 残疾人“两项补贴”覆盖率 99%以上 (line 36); 县域就诊率
 *   90%左右 (37); 旅游业综合贡献占生产总值比重 超过12%, 经常参加体育锻炼
 *   人口比例 40.5%以上 (38); 基本养老保险参保率 超过95%, 失业保险、工伤
 *   保险参保人数 59万人、60万人 (40): 11.
 * - the notice has no 文号; signed 2023年2月21日. */
static const Summary seed_001 = { 13, 37, 11, 0, 0, 11, 0, 0, 0, 0, 11 };

static void
test_seed_001 (void)
{
  gsize length = 0;
  g_autofree char *data = read_seed ("001_", &length);
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = NULL;
  PwIndicator *indicator;
  Summary got;
  static const struct
  {
    const char *name;
    const char *target;
    const char *unit;
    int line;
  } targets[] = {
    { "义务教育巩固率", "96.5%", NULL, 36 },
    { "基本医疗保险参保率", "97%以上", NULL, 36 },
    { "失能特困人员集中供养率", "不低于90%", NULL, 36 },
    { "残疾人“两项补贴”覆盖率", "99%以上", NULL, 36 },
    { "县域就诊率", "90%左右", NULL, 37 },
    { "经常参加体育锻炼人口比例", "40.5%以上", NULL, 38 },
    { "基本养老保险参保率", "超过95%", NULL, 40 },
    { "失业保险参保人数", "59万人", "万人", 40 },
    { "工伤保险参保人数", "60万人", "万人", 40 },
  };

  if (data == NULL)
    return;

  plan = import (data, length, report);
  summarize (plan, &got);
  assert_summary (&got, &seed_001);

  g_assert_cmpstr (pw_plan_get_title (plan), ==, "新乡市“十四五”公共服务和社会保障规划");
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "新乡市");
  g_assert_cmpstr (pw_plan_get_issuer (plan), ==, "新乡市人民政府");
  g_assert_null (pw_plan_get_doc_number (plan));
  g_assert_cmpstr (pw_plan_get_issued (plan), ==, "2023-02-21");
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2021);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2025);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2020);

  for (gsize i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      indicator = pw_test_indicator_named (plan, targets[i].name);
      g_test_message ("target %s", targets[i].name);
      g_assert_nonnull (indicator);
      pw_test_assert_value (pw_indicator_get_target (indicator), targets[i].target);
      g_assert_null (pw_indicator_get_baseline (indicator));
      g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, targets[i].unit);
      g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_UNKNOWN);
      g_assert_cmpint (pw_indicator_get_origin (indicator), ==, PW_ORIGIN_PROSE);
      g_assert_cmpint (pw_indicator_get_source_line (indicator), ==, targets[i].line);
      /* the chapter of the 主要目标 section: 第二章 */
      g_assert_cmpint (chapter_number_of (plan, indicator), ==, 2);
    }

  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, 40, "失业保险参保人数"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, -1, "Target taken from the text"), ==, 11);
  g_assert_cmpuint (count_findings (report, PW_FINDING_DOUBT, 0, "文号"), ==, 1);

  assert_ids_and_history (plan);
  assert_nothing_dropped (plan, data, 7);
  assert_saves_and_checks (plan);
}

/* 002, Pingdingshan. Counted by reading:
 * - chapters 第一章, 第二章, 第三章, 第四章, 第五章, 第6章, 第七章, 第八章: 8.
 * - sections: 2 (第一节, 第二节), 4 (第一节, 第2节, 第3节, 第四节), 2 (第三章
 *   prints only 幼有所育 and 学有所教), 3, 5, 4, 4, 5 = 29.
 * - the tab table (lines 40–237): 27 rows, a block each; 约束性 13, 预期性 14.
 * - 专栏1 … 专栏14; items: 4 (1、), 5 (1. and 4、 mixed), 3, 2, 1 (专栏5,
 *   no numbers), 2, 3, 3, 1 (专栏9), 3, 8, 6, 1 (专栏13), 4 = 46.
 * - no title line: the preface names the plan (编制《…》, line 3); no issuer,
 *   文号 or date. */
static const Summary seed_002 = { 8, 29, 27, 13, 14, 0, 14, 14, 46, 0, 0 };

static const Row rows_002[] = {
  { 51, "总体", NULL, "人均公共服务财政支出", "元", "——", "稳定增长", PW_NATURE_BINDING },
  /* 基本 / 公共服务: a category cell wrapped over two lines */
  { 66, "基本公共服务", "幼儿照护", "每千人口拥有3岁以下婴幼儿托位数",
    "个", "0.7", "4.5", PW_NATURE_EXPECTED },
  { 87, "基本公共服务", "现代教育", "九年义务教育巩固率",
    NULL, "99％", "≥99％", PW_NATURE_EXPECTED },
  { 115, "基本公共服务", "卫生健康", "每千常住人口医疗卫生机构床位数",
    "张", "6.62", "7.7", PW_NATURE_EXPECTED },
  /* a baseline printed empty */
  { 178, "基本公共服务", "兜底救助", "低收入重度残疾人家居无障碍改造率",
    NULL, "", "100%", PW_NATURE_BINDING },
  { 213, "普惠性非基本公共服务", NULL, "每千常住人口执业（助理）医师数",
    "人", "2.81", "3.7", PW_NATURE_EXPECTED },
  { 234, "普惠性非基本公共服务", NULL, "城镇老旧小区改造率",
    NULL, "——", "90%", PW_NATURE_EXPECTED },
};

static void
test_seed_002 (void)
{
  gsize length = 0;
  g_autofree char *data = read_seed ("002_", &length);
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = NULL;
  g_autofree char *all = NULL;
  Summary got;

  if (data == NULL)
    return;

  plan = import (data, length, report);
  summarize (plan, &got);
  assert_summary (&got, &seed_002);

  g_assert_cmpstr (pw_plan_get_title (plan), ==, "平顶山市“十四五”公共服务和社会保障规划");
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "平顶山市");
  g_assert_null (pw_plan_get_issuer (plan));
  g_assert_null (pw_plan_get_doc_number (plan));
  g_assert_null (pw_plan_get_issued (plan));
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2025);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2020);

  /* 第6章 among 第七章; [bookmark: …] between number and title */
  g_assert_cmpint (pw_chapter_get_number (nth_chapter (plan, 5)), ==, 6);
  g_assert_cmpstr (pw_chapter_get_title (nth_chapter (plan, 5)), ==, "大力发展高品质生活服务");
  {
    PwSection *section = nth_section (plan, 1, 1);

    g_assert_cmpint (pw_section_get_number (section), ==, 2);
    g_assert_cmpstr (pw_section_get_title (section), ==, "发展思路");
  }

  assert_rows (plan, rows_002, G_N_ELEMENTS (rows_002));
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 66)), ==, 3);
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 213)), ==, 5);

  /* 专栏2 mixes 1. and 4、; 专栏5 is one paragraph */
  {
    GListModel *columns = pw_chapter_get_boxes (nth_chapter (plan, 2));
    g_autoptr(PwBox) second = g_list_model_get_item (columns, 1);
    g_autoptr(PwBox) fifth = g_list_model_get_item (columns, 4);
    g_autoptr(PwProject) fourth = g_list_model_get_item (pw_box_get_projects (second), 3);
    g_autoptr(PwProject) only = g_list_model_get_item (pw_box_get_projects (fifth), 0);

    g_assert_cmpstr (pw_box_get_title (second), ==, "“劳有所得”重点工程");
    g_assert_cmpint (pw_project_get_number (fourth), ==, 4);
    g_assert_cmpstr (pw_project_get_name (fourth), ==, "返乡入乡创业产业集群培育工程");
    g_assert_cmpint (pw_box_get_number (fifth), ==, 5);
    g_assert_cmpstr (pw_project_get_name (only), ==, "公租房及棚户区改造项目");
  }

  /* the section headings missing from 第三章, said in the report */
  g_assert_cmpuint (count_findings (report, PW_FINDING_DOUBT, 277, "劳有所得"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, 311, "专栏5"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, 3, "title"), ==, 1);

  /* bookmarks and page footers are not text */
  all = plan_text (plan);
  g_assert_null (strstr (all, "bookmark"));
  g_assert_null (strstr (all, "— \n4"));

  assert_ids_and_history (plan);
  assert_nothing_dropped (plan, data, 0);
  assert_saves_and_checks (plan);
}

/* 003, Xianning. Counted by reading:
 * - chapters 第一章 … 第六章: 6; sections 2,3,4,9,2,4 = 24.
 * - the pipe table (lines 69–122): rows 1 … 53; 约束性 in rows 3, 6, 8, 12,
 *   14, 22, 23, 24, 29, 34, 35, 38, 42, 43, 44, 45, 49: 17; 预期性 36.
 * - 专栏1 … 专栏9, items "l ": 4, 8, 12, 1, 8, 6, 11, 10, 11 = 71 (专栏8's
 *   "1.基础设施无障碍 … 2.信息无障碍" are sub-items of one item).
 * - 发文日期 2022-08-15, not the 发布日期 2022年09月02日.
 * - 孤儿和事实无人抚养儿童保障覆盖率 is row 6 (line 75) and row 42 (111);
 *   婴儿死亡率 and 5岁以下儿童死亡率 are (%) in the table, ‰ in line 22;
 *   人均体育场地面积: >2.6 in the table, 2.5平方米 in line 189. */
static const Summary seed_003 = { 6, 24, 53, 17, 36, 0, 9, 9, 71, 0, 0 };

static const Row rows_003[] = {
  /* the first row of a category carries it */
  { 70, NULL, "托育照护服务", "学前三年毛入园率", "%", "90", "95", PW_NATURE_EXPECTED },
  /* shifted rows: no category cell, an empty cell at the end */
  { 71, NULL, "托育照护服务", "每千人口拥有3岁以下婴幼儿托位数",
    "个", "-", "4.5", PW_NATURE_EXPECTED },
  { 95, NULL, "医疗卫生服务", "孕妇死亡率", "1/10万", "13.95", "≤10", PW_NATURE_EXPECTED },
  { 102, NULL, "公共文体服务", "经常参加体育锻炼人数比例", "%", ">37", "41", PW_NATURE_EXPECTED },
  { 111, NULL, "兜底保障服务", "孤儿和事实无人抚养儿童保障覆盖率",
    "%", "100", "100", PW_NATURE_BINDING },
  /* the last row lacks the trailing empty cell */
  { 122, NULL, "公共安全服务", "森林火灾受害率", "%", "-", "<0.9", PW_NATURE_EXPECTED },
};

static void
test_seed_003 (void)
{
  gsize length = 0;
  g_autofree char *data = read_seed ("003_", &length);
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = NULL;
  Summary got;

  if (data == NULL)
    return;

  plan = import (data, length, report);
  summarize (plan, &got);
  assert_summary (&got, &seed_003);

  g_assert_cmpstr (pw_plan_get_title (plan), ==, "咸宁市公共服务“十四五”规划");
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "咸宁市");
  g_assert_cmpstr (pw_plan_get_issuer (plan), ==, "咸宁市发展和改革委员会");
  g_assert_cmpstr (pw_plan_get_doc_number (plan), ==, "咸发改社会〔2022〕14号");
  g_assert_cmpstr (pw_plan_get_issued (plan), ==, "2022-08-15");
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2020);

  assert_rows (plan, rows_003, G_N_ELEMENTS (rows_003));
  /* every domain is a section of 第四章 重点任务 */
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 70)), ==, 4);
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 111)), ==, 4);

  /* the l-bulleted boxes */
  {
    g_autoptr(PwBox) box = g_list_model_get_item (pw_chapter_get_boxes (nth_chapter (plan, 3)), 7);
    g_autoptr(PwProject) third = g_list_model_get_item (pw_box_get_projects (box), 2);

    g_assert_cmpint (pw_box_get_number (box), ==, 8);
    g_assert_cmpstr (pw_box_get_title (box), ==, "兜底保障服务提升重点工程");
    g_assert_cmpstr (pw_project_get_name (third), ==, "无障碍服务重点项目");
    g_assert_nonnull (strstr (pw_project_get_description (third), "2.信息无障碍"));
  }

  /* —— lines outside a 保障工程 section stay prose: ---健康发展带 */
  {
    PwSection *layout = nth_section (plan, 4, 1);

    g_assert_nonnull (strstr (pw_section_get_text (layout), "---健康发展带"));
  }

  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 22, "婴儿死亡率"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 22, "5岁以下儿童死亡率"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 111, "twice"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 189, "人均体育场地面积"), ==, 1);

  assert_ids_and_history (plan);
  assert_nothing_dropped (plan, data, 10);
  assert_saves_and_checks (plan);
}

/* 004, Panjin. Counted by reading:
 * - chapters 一、 … 十一、: 11; sections (一)(二) in each of the first ten,
 *   (一) … (六) in 十一、: 26.
 * - no table, no 专栏; no figures in (二)发展目标, so no targets from the text.
 * - —— lines under (二)保障工程: 5, 5, 3, 4, 7, 3, 5, 3 = 35 projects, in 8
 *   boxes of their own.
 * - service items: 7, 10, 7, 21, 13, 2 (共两项), 11, 10 = 81, each list as
 *   long as declared.
 * - a second notice (盘政办发〔2018〕7号) from line 157. */
static const Summary seed_004 = { 11, 26, 0, 0, 0, 0, 0, 8, 35, 81, 0 };

static void
test_seed_004 (void)
{
  gsize length = 0;
  g_autofree char *data = read_seed ("004_", &length);
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = NULL;
  Summary got;

  if (data == NULL)
    return;

  plan = import (data, length, report);
  summarize (plan, &got);
  assert_summary (&got, &seed_004);

  g_assert_cmpstr (pw_plan_get_title (plan), ==, "盘锦市“十三五”推进基本公共服务均等化规划");
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "盘锦市");
  g_assert_cmpstr (pw_plan_get_issuer (plan), ==, "盘锦市人民政府");
  /* the appended notice's 盘政办发〔2018〕7号 and 2018年3月2日 do not override */
  g_assert_cmpstr (pw_plan_get_doc_number (plan), ==, "盘政发〔2018〕5号");
  g_assert_cmpstr (pw_plan_get_issued (plan), ==, "2018-04-12");
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2016);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2020);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2015);
  g_assert_cmpint (pw_plan_get_heading_style (plan), ==, PW_HEADING_ENUMERATION);

  {
    PwChapter *education = nth_chapter (plan, 2);
    PwChapter *housing = nth_chapter (plan, 7);
    GListModel *services = pw_chapter_get_service_items (education);
    g_autoptr(PwServiceItem) seventh = g_list_model_get_item (services, 6);
    g_autoptr(PwServiceItem) second = g_list_model_get_item (pw_chapter_get_service_items (housing), 1);
    g_autoptr(PwBox) works = g_list_model_get_item (pw_chapter_get_boxes (education), 0);
    g_autoptr(PwProject) first = g_list_model_get_item (pw_box_get_projects (works), 0);
    g_autoptr(PwSection) tasks = g_list_model_get_item (pw_chapter_get_sections (education), 0);

    g_assert_cmpstr (pw_chapter_get_title (education), ==, "基本公共教育");
    g_assert_cmpint (pw_service_item_get_number (seventh), ==, 7);
    g_assert_cmpstr (pw_service_item_get_name (seventh), ==, "免除普通高中家庭经济困难学生学杂费");
    g_assert_cmpstr (pw_service_item_get_domain (seventh), ==, "基本公共教育");
    g_assert_cmpstr (pw_service_item_get_name (second), ==, "城镇棚户区及城乡危房改造");
    g_assert_cmpint (pw_box_get_number (works), ==, 0);
    g_assert_cmpstr (pw_box_get_title (works), ==, "保障工程");
    g_assert_cmpstr (pw_project_get_name (first), ==, "农村学前教育发展计划");
    /* the —— lines under (一)重点任务 are prose */
    g_assert_true (g_str_has_prefix (pw_section_get_text (tasks), "——全面普及学前教育。"));
  }

  g_assert_cmpuint (count_findings (report, PW_FINDING_DOUBT, 157, "盘政办发〔2018〕7号"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, -1, NULL), ==, 0);

  assert_ids_and_history (plan);
  assert_nothing_dropped (plan, data, 8);
  assert_saves_and_checks (plan);
}

static void
test_variants_000 (void)
{
  assert_variants ("000_", &seed_000);
}

static void
test_variants_001 (void)
{
  assert_variants ("001_", &seed_001);
}

static void
test_variants_002 (void)
{
  assert_variants ("002_", &seed_002);
}

static void
test_variants_003 (void)
{
  assert_variants ("003_", &seed_003);
}

static void
test_variants_004 (void)
{
  assert_variants ("004_", &seed_004);
}

/* 000 in traditional characters: the same plan. */
static void
test_traditional (void)
{
  static const char *words[][2] = {
    { "节", "節" },         { "指标", "指標" },     { "约束性", "約束性" }, { "预期性", "預期性" },
    { "专栏", "專欄" },     { "领域", "領域" },     { "总体", "總體" },     { "应保尽保", "應保盡保" },
    { "动态清零", "動態清零" }, { "稳定增长", "穩定增長" }, { "服务", "服務" }, { "规划", "規劃" },
    { "发展", "發展" },     { "项目", "項目" },
  };
  gsize length = 0;
  g_autofree char *data = read_seed ("000_", &length);
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GString) text = NULL;
  PwIndicator *indicator;
  Summary got;

  if (data == NULL)
    return;

  text = g_string_new (data);
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    g_string_replace (text, words[i][0], words[i][1], 0);
  g_assert_nonnull (strstr (text->str, "第一節發展基础"));

  plan = import (text->str, text->len, report);
  summarize (plan, &got);
  assert_summary (&got, &seed_000);
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, 0, "traditional"), ==, 1);

  /* values are read in simplified form, so that the goal is understood */
  indicator = pw_test_indicator_at_line (plan, 150);
  g_assert_nonnull (indicator);
  pw_test_assert_value (pw_indicator_get_target (indicator), "应保尽保");
  g_assert_cmpint (pw_value_get_kind (pw_indicator_get_target (indicator)), ==, PW_VALUE_QUALITATIVE);
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_BINDING);
}

/* Made-up documents */

static const char enumeration_plan[] =
  "某市人民政府关于印发某市“十四五”基本公共服务规划的通知\n"
  "某政发〔2021〕3号\n"
  "某市人民政府\n"
  "2021年3月1日\n"
  "某市“十四五”基本公共服务规划\n"
  "为推进基本公共服务均等化,制定本规划。\n"
  "一、总体要求\n"
  "(一)指导思想\n"
  "——公平公正。坚持基本公共服务均等化主攻方向。\n"
  "(二)保障工程\n"
  "——农村学前教育发展计划。加强普惠性幼儿园建设。\n"
  "——基础教育提升计划。进一步加强义务教育学校标准化建设。\n"
  "二、基本公共教育\n"
  "本领域服务项目共3项,具体包括:免费义务教育、寄宿生生活补助。\n"
  "三、基本住房保障\n"
  "本领域服务项目共两项,公共租赁住房、城镇棚户区及城乡危房改造(含“城中村”、危房)。";

static void
test_enumeration (void)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import (enumeration_plan, -1, report);
  Summary got;
  PwChapter *housing;

  summarize (plan, &got);
  g_assert_cmpuint (got.chapters, ==, 3);
  g_assert_cmpuint (got.sections, ==, 2);
  /* the —— line under (一)指导思想 is prose, those under (二)保障工程 are projects */
  g_assert_cmpuint (got.projects, ==, 2);
  g_assert_cmpuint (got.services, ==, 4);
  g_assert_cmpint (pw_plan_get_heading_style (plan), ==, PW_HEADING_ENUMERATION);
  g_assert_cmpstr (pw_plan_get_doc_number (plan), ==, "某政发〔2021〕3号");
  g_assert_cmpstr (pw_plan_get_issued (plan), ==, "2021-03-01");
  g_assert_cmpstr (pw_plan_get_preface (plan), ==, "为推进基本公共服务均等化,制定本规划。");

  /* declared 3, listed 2 */
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 14, "declares 3"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, -1, NULL), ==, 1);

  /* 共两项, with a 、 inside parentheses that does not split */
  housing = nth_chapter (plan, 2);
  {
    g_autoptr(PwServiceItem) item = g_list_model_get_item (pw_chapter_get_service_items (housing), 1);

    g_assert_cmpstr (pw_service_item_get_name (item), ==, "城镇棚户区及城乡危房改造(含“城中村”、危房)");
  }

  /* no final newline, and the last line kept */
  g_assert_nonnull (strstr (pw_chapter_get_text (housing), "共两项"));
  assert_ids_and_history (plan);
}

static const char cell_table_plan[] =
  "第一章 总体要求\n"
  "第一节 主要目标\n"
  "到2025年,九年义务教育巩固率达到97%,人均预期寿命达到79岁。\n"
  "2020年,城镇登记失业率为3.2%。\n"
  "\n"
  "领域\n\n指标\n\n2020年\n\n2025年\n\n指标性质\n\n"
  "总体\n\n指标\n\n人均预期寿命(岁)\n\n78.3\n\n提高1岁\n\n预期性\n\n"
  "城镇登记失业率（%）\n\n3.2\n\n预期性\n\n"
  "基本\n\n公共\n\n服务\n\n现代教育\n\n九年义务教育巩固率\n\n96.5%\n\n>96%\n\n约束性\n\n"
  "— 2 —\n\n"
  "基本\n\n公共\n\n服务\n\n现代教育\n\n高中阶段教育毛入学率\n\n92%\n\n94%\n\n预期性\n\n"
  "普惠性非基本公共服务\n\n普惠性幼儿园覆盖率\n\n69.6%\n\n>85%\n\n预期性\n\n"
  "九年义务教育巩固率\n\n96.5%\n\n>96%\n\n约束性\n\n"
  "第二章 发展公平优质教育\n"
  "正文。\n";

static void
test_cell_table (void)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import (cell_table_plan, -1, report);
  PwIndicator *indicator;
  Summary got;

  summarize (plan, &got);
  g_assert_cmpuint (got.indicators, ==, 6);
  g_assert_cmpuint (got.binding, ==, 2);
  g_assert_cmpuint (got.expected, ==, 4);

  /* a single value the text gives as a past figure is the baseline */
  indicator = pw_test_indicator_named (plan, "城镇登记失业率");
  g_assert_nonnull (indicator);
  g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, "%");
  pw_test_assert_value (pw_indicator_get_baseline (indicator), "3.2");
  g_assert_null (pw_indicator_get_target (indicator));
  g_assert_cmpstr (pw_indicator_get_category (indicator), ==, "总体");
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, 30, "baseline"), ==, 1);

  /* the page footer between two rows is not a cell; the repeated category
   * keeps the domain */
  indicator = pw_test_indicator_at_line (plan, 60);
  g_assert_nonnull (indicator);
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "高中阶段教育毛入学率");
  g_assert_cmpstr (pw_indicator_get_domain (indicator), ==, "现代教育");
  pw_test_assert_value (pw_indicator_get_baseline (indicator), "92%");

  /* a new category resets the domain */
  indicator = pw_test_indicator_at_line (plan, 70);
  g_assert_nonnull (indicator);
  g_assert_cmpstr (pw_indicator_get_category (indicator), ==, "普惠性非基本公共服务");
  g_assert_null (pw_indicator_get_domain (indicator));

  /* the target of the text differs from the table; the same indicator twice */
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 3, "九年义务教育巩固率"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 78, "twice"), ==, 1);
  /* 79岁 and 提高1岁 are not compared: a change is not a number */
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, -1, NULL), ==, 2);
  assert_ids_and_history (plan);
}

static const char pipe_table_plan[] =
  "第1章 总体要求\n"
  "2020年,婴儿死亡率为4.5%,孕产妇死亡率为12/10万。\n"
  "表1 主要指标\n"
  "| 类别 | 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性 |\n"
  "|---|---|---|---|---|---|---|\n"
  "| 健康 | 1 | 婴儿死亡率 | ‰ | 4.5 | ≤4 | 预期性 |\n"
  "| 2 | 孕产妇死亡率 | 1/10万 | 12 | ≤12 | 约束性 | |\n"
  "| 3 | 人均预期寿命 | 岁 | 78 | 79 | 预期性 | |\n"
  "| 教育 | 4 | 劳动年龄人口平均受教育年限 | 年 | 10.9 | 11.3 | 约束性 |\n"
  "第2章健康\n"
  "第１节　医疗\n"
  "正文。\n";

static void
test_pipe_table (void)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import (pipe_table_plan, -1, report);
  PwIndicator *indicator;
  Summary got;

  summarize (plan, &got);
  g_assert_cmpuint (got.chapters, ==, 2);
  g_assert_cmpuint (got.sections, ==, 1);
  g_assert_cmpuint (got.indicators, ==, 4);

  indicator = pw_test_indicator_at_line (plan, 7);
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "孕产妇死亡率");
  g_assert_cmpstr (pw_indicator_get_domain (indicator), ==, "健康");
  g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, "1/10万");
  pw_test_assert_value (pw_indicator_get_baseline (indicator), "12");
  pw_test_assert_value (pw_indicator_get_target (indicator), "≤12");
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_BINDING);

  indicator = pw_test_indicator_at_line (plan, 9);
  g_assert_cmpstr (pw_indicator_get_domain (indicator), ==, "教育");
  /* the domain's chapter: 第2章健康 for 健康 */
  g_assert_cmpint (chapter_number_of (plan, pw_test_indicator_at_line (plan, 6)), ==, 2);

  /* ‰ in the table, % in the text, for the same 4.5 */
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, 2, "婴儿死亡率"), ==, 1);
  g_assert_cmpuint (count_findings (report, PW_FINDING_INCONSISTENCY, -1, NULL), ==, 1);
  /* 第１节　医疗: full-width digit and space */
  {
    PwSection *section = nth_section (plan, 1, 0);

    g_assert_cmpstr (pw_section_get_title (section), ==, "医疗");
  }
}

static const char tab_table_plan[] =
  "第一章 发展目标\n"
  "表2-1：指标\n"
  "\t\n\t领域\n\t指标\n\t2020年\n\t2025年\n\t指标\n性质\n\n"
  "\t基本\n公共服务\n\t幼儿照护\n\t每千人口拥有3岁以下\n婴幼儿托位数（个）\n\t0.7\n\t4.5\n\t预期性\n\n"
  "\t\n\t\n\t孤儿保障覆盖率\n\t≥99%\n\t应保尽保\n\t约束性\n\n"
  "第二章 托育\n";

/* A 责任单位 column, last, after the nature; in a pipe table and in a
 * real table (a Word or HTML table's rows). */
static const char responsible_plan[] =
  "第一章 发展目标\n"
  "表1 主要指标\n"
  "| 领域 | 指标名称 | 单位 | 2025年 | 2030年 | 属性 | 责任单位 |\n"
  "|---|---|---|---|---|---|---|\n"
  "| 健康 | 婴儿死亡率 | ‰ | 4.5 | ≤4 | 预期性 | 市卫生健康委 |\n"
  "| | 孕产妇死亡率 | 1/10万 | 12 | ≤12 | 约束性 | 市卫生健康委、市妇联 |\n"
  "| 教育 | 劳动年龄人口平均受教育年限 | 年 | 10.9 | 11.3 | 约束性 | |\n"
  "第二章 健康\n"
  "正文。\n";

static void
assert_units (PwIndicator *indicator,
              const char  *first,
              const char  *second)
{
  const char * const *units = pw_indicator_get_responsible (indicator);

  g_assert_nonnull (indicator);
  if (first == NULL)
    {
      g_assert_true (units == NULL || units[0] == NULL);
      return;
    }
  g_assert_nonnull (units);
  g_assert_cmpstr (units[0], ==, first);
  g_assert_cmpstr (units[1], ==, second);
  if (second != NULL)
    g_assert_null (units[2]);
}

static void
test_responsible_column (void)
{
  static const char *header[] = { "领域", "指标名称", "单位", "2025年", "2030年", "指标属性", "牵头单位" };
  static const char *rows[][7] = {
    { "经济", "地区生产总值增长", "%", "5.0", "5左右", "预期性", "市发展改革委" },
    { "", "城镇调查失业率", "%", "5.0", "<5.5", "约束性", "市人力资源社会保障局；市统计局" },
  };
  g_autoptr(PwPlan) plan = import (responsible_plan, -1, NULL);
  g_auto(PwImportLines) lines = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) from_rows = NULL;
  PwIndicator *indicator;

  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, 3);
  indicator = pw_test_indicator_at_line (plan, 5);
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "婴儿死亡率");
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_EXPECTED);
  assert_units (indicator, "市卫生健康委", NULL);
  indicator = pw_test_indicator_at_line (plan, 6);
  g_assert_cmpstr (pw_indicator_get_domain (indicator), ==, "健康");
  pw_test_assert_value (pw_indicator_get_target (indicator), "≤12");
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_BINDING);
  assert_units (indicator, "市卫生健康委", "市妇联");
  indicator = pw_test_indicator_at_line (plan, 7);
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_BINDING);
  assert_units (indicator, NULL, NULL);

  pw_import_lines_init_empty (&lines);
  pw_import_lines_add (&lines, "第一章　发展目标", -1, 1, PW_IMPORT_HINT_BOLD, 0);
  pw_import_lines_add_row (&lines, 1, header, G_N_ELEMENTS (header), 2, PW_IMPORT_HINT_HEADER);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    pw_import_lines_add_row (&lines, 1, rows[i], G_N_ELEMENTS (rows[i]), 3 + i, 0);
  pw_import_lines_add (&lines, "第二章　产业", -1, 5, PW_IMPORT_HINT_BOLD, 0);
  from_rows = pw_import_lines (&lines, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (from_rows)), ==, 2);
  indicator = pw_test_indicator_at_line (from_rows, 3);
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "地区生产总值增长");
  assert_units (indicator, "市发展改革委", NULL);
  indicator = pw_test_indicator_at_line (from_rows, 4);
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_BINDING);
  assert_units (indicator, "市人力资源社会保障局", "市统计局");
}

static void
test_tab_table (void)
{
  g_autoptr(PwPlan) plan = import (tab_table_plan, -1, NULL);
  PwIndicator *indicator;

  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, 2);
  indicator = pw_test_indicator_at_line (plan, 14);
  g_assert_nonnull (indicator);
  /* a name wrapped over two lines, its unit in the trailing full-width parentheses */
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "每千人口拥有3岁以下婴幼儿托位数");
  g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, "个");
  g_assert_cmpstr (pw_indicator_get_category (indicator), ==, "基本公共服务");
  indicator = pw_test_indicator_at_line (plan, 22);
  g_assert_nonnull (indicator);
  g_assert_cmpstr (pw_indicator_get_domain (indicator), ==, "幼儿照护");
  pw_test_assert_value (pw_indicator_get_target (indicator), "应保尽保");
  g_assert_cmpint (chapter_number_of (plan, indicator), ==, 2);
}

static const char boxes_plan[] =
  "第一章 重点任务\n"
  "第一节 幼有所育\n"
  "正文。\n"
  "专栏1 重点工程\n"
  "1.甲工程。内容甲。\n"
  "2、乙工程。内容乙:\n"
  "1.子项一。\n"
  "2.子项二。\n"
  "3.丙工程:内容丙。\n"
  "(1)丙的子项。\n"
  "  [bookmark: _Toc1]4.丁工程。内容丁。\n"
  "正文继续,不属于专栏。\n"
  "专栏 2：单段专栏\n"
  "全市新建托育项目43个，床位数6092个。\n"
  "正文再继续。\n"
  "— 3 —\n"
  "第二章 其他\n";

static void
test_boxes (void)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import (boxes_plan, -1, report);
  GListModel *columns = pw_chapter_get_boxes (nth_chapter (plan, 0));
  g_autoptr(PwBox) first = g_list_model_get_item (columns, 0);
  g_autoptr(PwBox) second = g_list_model_get_item (columns, 1);
  GListModel *projects = pw_box_get_projects (first);
  g_autoptr(PwProject) b = g_list_model_get_item (projects, 1);
  g_autoptr(PwProject) c = g_list_model_get_item (projects, 2);
  g_autoptr(PwProject) d = g_list_model_get_item (projects, 3);
  g_autoptr(PwProject) single = g_list_model_get_item (pw_box_get_projects (second), 0);
  PwSection *section = nth_section (plan, 0, 0);

  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 4);
  g_assert_cmpstr (pw_project_get_name (b), ==, "乙工程");
  g_assert_cmpstr (pw_project_get_description (b), ==, "乙工程。内容乙:\n1.子项一。\n2.子项二。");
  g_assert_cmpint (pw_project_get_number (c), ==, 3);
  g_assert_cmpstr (pw_project_get_name (c), ==, "丙工程");
  g_assert_nonnull (strstr (pw_project_get_description (c), "(1)丙的子项。"));
  g_assert_cmpint (pw_project_get_number (d), ==, 4);
  g_assert_cmpstr (pw_project_get_description (d), ==, "丁工程。内容丁。");
  g_assert_cmpstr (pw_box_get_title (second), ==, "单段专栏");
  g_assert_cmpstr (pw_project_get_name (single), ==, "全市新建托育项目43个，床位数6092个");
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, 14, "专栏2"), ==, 1);
  /* the prose after the boxes stays in the section; the footer is gone */
  g_assert_cmpstr (pw_section_get_text (section), ==, "正文。\n正文继续,不属于专栏。\n正文再继续。");
}

/* Issue 14: add_project kept a reference of its own to every project it
 * made, so that no imported project was ever freed. */
static void
test_projects_freed (void)
{
  PwFindings *report = pw_findings_new (NULL);
  PwPlan *plan = import (boxes_plan, -1, report);
  GListModel *columns = pw_chapter_get_boxes (nth_chapter (plan, 0));
  GPtrArray *projects = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(PwBox) box = g_list_model_get_item (columns, i);
      GListModel *list = pw_box_get_projects (box);

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(PwProject) project = g_list_model_get_item (list, j);
          gpointer *weak = g_new (gpointer, 1);

          *weak = project;
          g_object_add_weak_pointer (G_OBJECT (project), weak);
          g_ptr_array_add (projects, weak);
        }
    }
  /* the five projects of the two boxes, as test_boxes counts them */
  g_assert_cmpuint (projects->len, ==, 5);

  g_object_unref (plan);
  g_object_unref (report);
  for (guint i = 0; i < projects->len; i++)
    g_assert_null (*(gpointer *) g_ptr_array_index (projects, i));
  g_ptr_array_unref (projects);
}

static const char prose_plan[] =
  "第一章 总体要求\n"
  "第一节 主要目标\n"
  "到2025年,失业保险、工伤保险参保人数分别达到59万人、60万人,残疾人基本康复服务覆盖率和辅助器具"
  "适配率均达到85%以上,城乡居民收入增长与经济增长基本同步。\n"
  "我市养老服务水平达到或超过全省平均水平。\n"
  "第二章 其他\n"
  "到2025年,每千人口拥有3岁以下婴幼儿托位数达到4.5个。\n";

static void
test_prose_targets (void)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import (prose_plan, -1, report);
  static const char *names[] = { "失业保险参保人数", "工伤保险参保人数", "残疾人基本康复服务覆盖率",
                                 "辅助器具适配率" };
  static const char *targets[] = { "59万人", "60万人", "85%以上", "85%以上" };

  /* only the figures of the 主要目标 section; "达到或超过全省平均水平" has none */
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, 4);
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PwIndicator *indicator = pw_test_indicator_named (plan, names[i]);

      g_assert_nonnull (indicator);
      pw_test_assert_value (pw_indicator_get_target (indicator), targets[i]);
      g_assert_cmpint (pw_indicator_get_origin (indicator), ==, PW_ORIGIN_PROSE);
      g_assert_cmpint (pw_indicator_get_source_line (indicator), ==, 3);
    }
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, 3, "Target taken from the text"), ==, 4);
  /* no period printed: guessed from the year the targets name */
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2025);
}

static const char second_notice_plan[] =
  "某县“十三五”规划\n"
  "一、背景\n"
  "(一)基础\n"
  "正文。\n"
  "二、目标\n"
  "正文。\n"
  "附件:某县清单\n"
  "某县人民政府办公室关于公布\n"
  "取消行政职权事项的通知\n"
  "某政办发〔2018〕7号\n"
  "各乡镇人民政府:\n"
  "附件:1.取消事项目录(28项)\n"
  "2.调整事项目录(9项)\n"
  "某县人民政府办公室\n"
  "2018年3月2日\n";

static void
test_second_notice (void)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import (second_notice_plan, -1, report);
  PwChapter *last;

  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 2);
  g_assert_null (pw_plan_get_doc_number (plan));
  g_assert_null (pw_plan_get_issued (plan));
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2016);
  g_assert_cmpuint (count_findings (report, PW_FINDING_DOUBT, 8, "某政办发〔2018〕7号"), ==, 1);
  last = nth_chapter (plan, 1);
  g_assert_cmpstr (pw_chapter_get_text (last), ==,
                   "正文。\n附件:某县清单\n某县人民政府办公室关于公布\n取消行政职权事项的通知\n"
                   "某政办发〔2018〕7号\n各乡镇人民政府:\n附件:1.取消事项目录(28项)\n"
                   "2.调整事项目录(9项)\n某县人民政府办公室\n2018年3月2日");
}

static const char heading_plan[] =
  "第一章\n"
  "\n"
  "发展基础\n"
  "正文一。\n"
  "第二章  总体要求\n"
  "第三章 主要任务\n"
  "第五章 保障措施\n"
  "第一章 这不是一章,编号倒退\n";

static void
test_headings (void)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import (heading_plan, -1, report);

  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 4);
  /* the title on the line after the number */
  g_assert_cmpstr (pw_chapter_get_title (nth_chapter (plan, 0)), ==, "发展基础");
  g_assert_cmpstr (pw_chapter_get_text (nth_chapter (plan, 0)), ==, "正文一。");
  /* 第四章 is missing: reported */
  g_assert_cmpint (pw_chapter_get_number (nth_chapter (plan, 3)), ==, 5);
  g_assert_cmpuint (count_findings (report, PW_FINDING_DOUBT, 7, "follows chapter 3"), ==, 1);
  /* a number going back is not a chapter */
  g_assert_cmpstr (pw_chapter_get_text (nth_chapter (plan, 3)), ==, "第一章 这不是一章,编号倒退");
}

/* Errors and hostile input */

static void
assert_error (const char *data,
              gsize       length,
              int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = pw_import_text (data, length, report, &error);

  g_assert_null (plan);
  g_assert_error (error, PW_IMPORT_ERROR, code);
  g_assert_cmpuint (g_list_model_get_n_items (pw_findings_get_list (report)), ==, 0);
}

/* A text of 100 characters (control characters that text holds among
 * them: tab, line ends, form feed, vertical tab, Ctrl+Z), then @n_bad
 * stray ones: half U+0001, half U+FFFD, the last ending the text. */
static char *
text_with_strays (guint n_bad)
{
  GString *text = g_string_new ("总体要求\n\t\f\v\x1A\r\n");

  for (guint i = 0; i < 89; i++)
    g_string_append_c (text, 'a');
  for (guint i = 0; i < n_bad; i++)
    g_string_append (text, i % 2 == 0 ? "\x01" : "\xEF\xBF\xBD");
  return g_string_free (text, FALSE);
}

/* Stray control and replacement characters: a text may hold two, and one
 * more per hundred characters, and still be text. */
static void
test_stray_characters (void)
{
  for (guint n_bad = 0; n_bad <= 4; n_bad++)
    {
      g_autofree char *text = text_with_strays (n_bad);
      g_autoptr(GError) error = NULL;
      g_autoptr(PwPlan) plan = pw_import_text (text, strlen (text), NULL, &error);

      /* 100 + n_bad characters: at most 2 + 1 stray ones */
      if (n_bad <= 3)
        {
          g_assert_no_error (error);
          g_assert_nonnull (plan);
        }
      else
        {
          g_assert_null (plan);
          g_assert_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_NOT_TEXT);
        }
    }
}

static void
test_errors (void)
{
  static const guchar png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
  };
  static const guchar latin1[] = "caf\xe9 na\xefve \xff\xfe\xfd";
  g_autofree char *controls = g_strnfill (200, '\x01');

  assert_error ("", 0, PW_IMPORT_ERROR_EMPTY);
  assert_error (" \n\t\r\n", 5, PW_IMPORT_ERROR_EMPTY);
  assert_error ("\xEF\xBB\xBF", 3, PW_IMPORT_ERROR_EMPTY);
  assert_error ("\xE3\x80\x80\n", 4, PW_IMPORT_ERROR_EMPTY);
  assert_error ((const char *) png, sizeof png, PW_IMPORT_ERROR_NOT_TEXT);
  assert_error ((const char *) latin1, sizeof latin1 - 1, PW_IMPORT_ERROR_NOT_TEXT);
  assert_error (controls, 200, PW_IMPORT_ERROR_NOT_TEXT);
  assert_error ("text\0with a NUL", 15, PW_IMPORT_ERROR_NOT_TEXT);

  /* UTF-16 with a byte-order mark is text */
  {
    g_autoptr(GError) error = NULL;
    gsize length = 0;
    g_autofree char *utf16 = g_convert ("\xEF\xBB\xBF第一章 总体要求\n正文。\n", -1, "UTF-16",
                                        "UTF-8", NULL, &length, &error);
    g_autoptr(PwPlan) plan = NULL;

    g_assert_no_error (error);
    plan = import (utf16, length, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 1);
  }

  /* a file that does not exist */
  {
    g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/plan.txt");
    g_autoptr(GError) error = NULL;
    g_autoptr(PwPlan) plan = pw_import_text_file (file, NULL, &error);

    g_assert_null (plan);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }
}

/* Whatever the input, an error or a plan, never a crash or a hang; a plan
 * made of text always has ids and an empty history. */
static void
import_anything (const char *data,
                 gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = pw_import_text (data, length, report, &error);

  if (plan == NULL)
    g_assert_true (g_error_matches (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_NOT_TEXT) ||
                   g_error_matches (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_EMPTY));
  else
    {
      g_assert_no_error (error);
      assert_ids_and_history (plan);
    }
}

static void
test_truncated (void)
{
  static const char *prefixes[] = { "000_", "001_", "002_", "003_", "004_" };

  for (gsize s = 0; s < G_N_ELEMENTS (prefixes); s++)
    {
      gsize length = 0;
      g_autofree char *data = read_seed (prefixes[s], &length);
      gsize gb_length = 0;
      g_autofree char *gb = NULL;

      if (data == NULL)
        return;
      gb = to_gb18030 (data, length, &gb_length);

      /* cut everywhere in the first kilobytes (inside characters too), then
       * at steps through the rest */
      for (gsize cut = 1; cut < length; cut += cut < 600 ? 1 : 997)
        {
          import_anything (data, cut);
          if (cut < gb_length)
            import_anything (gb, cut);
        }
    }
}

static void
test_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240517);
  static const char *pieces[] = {
    "第", "一", "十", "章", "节", "、", "(", ")", "（", "）", "专栏", "1.", "l ", "——", "|", "\t",
    "\n", "\r\n", "\r", " ", "　", "指标", "领域", "2020年", "2025年", "约束性", "预期性", "≥",
    "96.5%", "应保尽保", "本领域服务项目共", "项,具体包括:", "到2025年,", "达到", "分别达到",
    "、", "。", ":", "保障工程", "[bookmark: _Toc1]", "[bookmark:", "— 4 —", "前言", "规划",
    "〔2022〕", "号", "基本", "公共", "服务", "总体", "率", "(%)", "一、", "(一)", "第6章",
    "关于印发", "的通知", "2022年5月17日", "人民政府", "\xEF\xBB\xBF", "\xe6\xb8", "\xff", "\0",
  };

  /* random bytes */
  for (int i = 0; i < 300; i++)
    {
      gsize length = g_rand_int_range (rand, 1, 2048);
      g_autofree guchar *bytes = g_malloc (length);

      for (gsize j = 0; j < length; j++)
        bytes[j] = g_rand_int_range (rand, 0, 256);
      import_anything ((const char *) bytes, length);
    }

  /* random text made of the pieces that the importer looks for */
  for (int i = 0; i < 400; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      int n = g_rand_int_range (rand, 1, 600);

      for (int j = 0; j < n; j++)
        {
          const char *piece = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];

          g_string_append_len (text, piece, *piece ? (gssize) strlen (piece) : 1);
        }
      import_anything (text->str, text->len);
    }

  /* lines of a seed, shuffled, when the seeds are there (without skipping
   * the rest of this test when they are not) */
  {
    const char *dir = g_getenv ("PW_SEEDS_DIR");
    g_autofree char *path = dir != NULL ? g_build_filename (dir, "000_2d67e22d560ad0ea.txt", NULL) : NULL;
    g_autofree char *data = NULL;

    if (path != NULL && g_file_get_contents (path, &data, NULL, NULL))
      {
        g_auto(GStrv) lines = g_strsplit (data, "\n", -1);
        guint n_lines = g_strv_length (lines);

        for (int i = 0; i < 40; i++)
          {
            g_autoptr(GString) text = g_string_new (NULL);

            for (guint j = 0; j < n_lines; j++)
              {
                g_string_append (text, lines[g_rand_int_range (rand, 0, n_lines)]);
                g_string_append_c (text, '\n');
              }
            import_anything (text->str, text->len);
          }
      }
  }
}

/* Shapes that could make a careless reader slow or loop. */
static void
test_pathological (void)
{
  static const char *units[] = {
    "专栏1 x\n", "第一章 x\n", "第一节 x\n", "\t领域\n", "|领域|指标|2020年|2025年|指标性质|\n",
    "l a l b l c ", "1.a\n", "——\n", "到2025年,率达到1%,",
    "领域\n\n指标\n\n2020年\n\n2025年\n\n指标性质\n\n",
    "服务项目共99项,具体包括:", "、", "\n", "— 4 —\n", "[bookmark:", "第", "(一)a\n",
  };

  for (gsize u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      while (text->len < 300 * 1024)
        g_string_append (text, units[u]);
      g_test_message ("unit %" G_GSIZE_FORMAT " repeated", u);
      import_anything (text->str, text->len);
    }

  /* one line of a megabyte */
  {
    g_autoptr(GString) text = g_string_new (NULL);

    while (text->len < 1024 * 1024)
      g_string_append (text, "义务教育巩固率达到96.5%,");
    import_anything (text->str, text->len);
  }
}

/* Hard-wrapped text as extracted from PDF: every paragraph cut at 30
 * characters, a running head and a page footer at each page break, a
 * heading never joined to the text around it. */
static char *
hard_wrap (const char *const *paragraphs)
{
  GString *out = g_string_new ("某市教育事业发展“十五五”规划\n\n");
  guint on_page = 0;
  guint page = 1;

  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      const char *text = paragraphs[p];
      glong n = g_utf8_strlen (text, -1);

      for (glong at = 0; at < n; at += 30)
        {
          const char *from = g_utf8_offset_to_pointer (text, at);
          const char *to = g_utf8_offset_to_pointer (text, MIN (n, at + 30));

          g_string_append_len (out, from, to - from);
          g_string_append_c (out, '\n');
          if (++on_page == 12)
            {
              g_string_append_printf (out, "\n— %u —\n\n某市教育事业发展“十五五”规划\n", page++);
              on_page = 0;
            }
        }
    }
  return g_string_free (out, FALSE);
}

/* Lines that start like a chapter heading but repeat its number (the cells
 * of a table naming their chapter) do not hide the chapters. */
static void
test_repeated_chapter_numbers (void)
{
  g_autoptr(GString) text = g_string_new ("某市“十五五”规划\n\n");
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  for (int n = 1; n <= 3; n++)
    {
      g_string_append_printf (text, "第%d章 推进第%d项建设\n\n这一章的正文。\n\n", n, n);
      for (int k = 1; k <= 4; k++)
        g_string_append_printf (text, "第%d章指标%d\n\n", n, k);
    }
  plan = pw_import_text (text->str, text->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 3);
}

static void
test_hard_wrapped (void)
{
  static const char *const paragraphs[] = {
    "第一章　发展基础",
    "“十四五”时期，全市教育事业取得长足进步，学前教育普及普惠水平持续提升，义务教育优质均衡发展取得明显成效，高中阶段教育多样化发展格局基本形成，职业教育服务产业能力不断增强，高等教育内涵建设持续深化。",
    "第一节　主要成就",
    "教育投入持续加大，办学条件显著改善，新建改扩建中小学校一百二十所，新增学位十五万个，教师队伍素质明显提高，教育信息化水平走在全省前列，人民群众对教育的满意度稳步提升。",
    "第二节　面临形势",
    "人口结构变化对教育资源布局提出新要求，人工智能等新技术深刻改变教育形态，人民群众对优质教育的期盼更加强烈，教育改革发展进入提质增效的新阶段，必须准确把握新形势新任务新要求。",
    "第二章　总体要求",
    "坚持教育优先发展，坚持立德树人根本任务，坚持以人民为中心发展教育，加快建设高质量教育体系，到2030年基本建成教育强市，为全市经济社会发展提供坚实的人才支撑和智力支持。",
    NULL,
  };
  g_autofree char *text = hard_wrap (paragraphs);
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import (text, -1, report);
  g_autoptr(PwChapter) first = NULL;
  g_autoptr(PwSection) section = NULL;
  const char *prose;

  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 2);
  first = g_list_model_get_item (pw_plan_get_chapters (plan), 0);
  g_assert_cmpstr (pw_chapter_get_title (first), ==, "发展基础");
  g_assert_cmpuint (g_list_model_get_n_items (pw_chapter_get_sections (first)), ==, 2);
  /* the paragraph comes back whole, over the page break, without the
   * footer or the running head */
  prose = pw_chapter_get_text (first);
  g_assert_nonnull (prose);
  g_assert_cmpstr (prose, ==, paragraphs[1]);
  section = g_list_model_get_item (pw_chapter_get_sections (first), 0);
  g_assert_cmpstr (pw_section_get_text (section), ==, paragraphs[3]);
  g_assert_cmpuint (count_findings (report, PW_FINDING_GUESS, 0, "hard-wrapped"), ==, 1);
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2026);
}

/* A text cut into lines where it lies (pw_import_lines_init() takes the
 * buffer): every kind of line end, what cleaning drops, white space at
 * either end, and keys that are the text itself unless a character changes.
 * The expected texts, keys and character counts are read off the input. */
static void
test_lines_in_place (void)
{
  static const char input[] = "  第一章　总则  \r\n"         /* 1: CRLF, spaces around */
                              "[bookmark: _Toc1]一、目标\r"   /* 2: lone CR, a bookmark */
                              "\t指标\x01名称\x0c\n"            /* 3: a tab, controls */
                              "\n"                            /* 4: blank */
                              "覆盖率（％）达到９５";         /* 5: full-width, no end */
  g_auto(PwImportLines) lines = { 0 };

  pw_import_lines_init (&lines, g_strdup (input), strlen (input));
  g_assert_cmpuint (lines.n_lines, ==, 5);

  g_assert_cmpstr (lines.lines[0].text, ==, "第一章　总则");
  g_assert_cmpstr (lines.lines[0].key, ==, "第一章 总则");
  g_assert_cmpuint (lines.lines[0].n_chars, ==, 6);
  g_assert_true (lines.lines[0].indented);
  g_assert_cmpint (lines.lines[0].number, ==, 1);

  g_assert_cmpstr (lines.lines[1].text, ==, "一、目标");
  g_assert_true (lines.lines[1].key == lines.lines[1].text);
  g_assert_cmpuint (lines.lines[1].n_chars, ==, 4);
  g_assert_cmpint (lines.lines[1].number, ==, 2);

  /* the control character goes, the form feed is a space, trimmed at the end */
  g_assert_cmpstr (lines.lines[2].text, ==, "指标名称");
  g_assert_true (lines.lines[2].key == lines.lines[2].text);
  g_assert_cmpuint (lines.lines[2].tabs, ==, 1);
  g_assert_cmpuint (lines.lines[2].n_chars, ==, 4);

  g_assert_true (lines.lines[3].blank);
  g_assert_cmpstr (lines.lines[3].text, ==, "");
  g_assert_cmpuint (lines.lines[3].n_chars, ==, 0);

  g_assert_cmpstr (lines.lines[4].text, ==, "覆盖率（％）达到９５");
  g_assert_cmpstr (lines.lines[4].key, ==, "覆盖率(%)达到95");
  g_assert_cmpuint (lines.lines[4].n_chars, ==, 10);
  g_assert_cmpint (lines.lines[4].number, ==, 5);
}

/* The stream of lines that the HTML and Word readers make: paragraphs with
 * hints and the rows of a real table, with a vertically merged category cell
 * given in its first row only. */
static void
test_lines_stream (void)
{
  static const char *header[] = { "类别", "指标名称", "单位", "2025年", "2030年", "属性" };
  static const char *rows[][6] = {
    { "经济发展", "地区生产总值增长", "%", "5.0", "5左右", "预期性" },
    { "", "全员劳动生产率", "万元/人", "30", "≥36", "预期性" },
    { "民生福祉", "城镇调查失业率", "%", "5.0", "<5.5", "约束性" },
  };
  g_auto(PwImportLines) lines = { 0 };
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwChapter) chapter = NULL;
  PwIndicator *indicator;

  pw_import_lines_init_empty (&lines);
  pw_import_lines_add (&lines, "某市国民经济和社会发展第十五个五年规划纲要", -1, 1,
                       PW_IMPORT_HINT_BOLD | PW_IMPORT_HINT_CENTRED, 1);
  pw_import_lines_add (&lines, "第一章　发展目标", -1, 2,
                       PW_IMPORT_HINT_BOLD | PW_IMPORT_HINT_CENTRED, 0);
  pw_import_lines_add (&lines, "到2030年，经济实力明显增强。\n主要指标如下。", -1, 3, 0, 0);
  pw_import_lines_add_row (&lines, 1, header, G_N_ELEMENTS (header), 4, PW_IMPORT_HINT_HEADER);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    pw_import_lines_add_row (&lines, 1, rows[i], G_N_ELEMENTS (rows[i]), 5 + i, 0);
  pw_import_lines_add (&lines, "第二章　产业", -1, 8, PW_IMPORT_HINT_BOLD, 0);
  pw_import_lines_add (&lines, "建设现代化产业体系。", -1, 9, 0, 0);

  /* the line break made two lines of paragraph 3; a row is its cells joined by tabs */
  g_assert_cmpuint (lines.n_lines, ==, 10);
  g_assert_cmpint (lines.lines[3].number, ==, 3);
  g_assert_cmpuint (lines.lines[4].table, ==, 1);
  g_assert_cmpuint (lines.lines[4].n_cells, ==, 6);
  g_assert_cmpstr (pw_import_line_cell (&lines, &lines.lines[5], 3), ==, "5.0");
  g_assert_cmpstr (lines.lines[6].text, ==, "全员劳动生产率\t万元/人\t30\t≥36\t预期性");
  g_assert_cmpstr (pw_import_line_cell (&lines, &lines.lines[6], 0), ==, "");
  g_assert_cmpuint (lines.lines[1].level, ==, 0);
  g_assert_cmpuint (lines.lines[0].level, ==, 1);

  plan = pw_import_lines (&lines, report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, 3);

  indicator = pw_test_indicator_at_line (plan, 6);
  g_assert_nonnull (indicator);
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "全员劳动生产率");
  g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, "万元/人");
  /* the merged 类别 cell, empty below its first row; not one of the
   * categories of public services, so it is the domain */
  g_assert_cmpstr (pw_indicator_get_domain (indicator), ==, "经济发展");
  pw_test_assert_value (pw_indicator_get_baseline (indicator), "30");
  pw_test_assert_value (pw_indicator_get_target (indicator), "≥36");
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_EXPECTED);
  indicator = pw_test_indicator_at_line (plan, 7);
  g_assert_nonnull (indicator);
  g_assert_cmpstr (pw_indicator_get_domain (indicator), ==, "民生福祉");
  pw_test_assert_value (pw_indicator_get_target (indicator), "<5.5");
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_BINDING);

  chapter = g_list_model_get_item (pw_plan_get_chapters (plan), 1);
  g_assert_cmpstr (pw_chapter_get_title (chapter), ==, "产业");

  /* an empty stream */
  {
    g_auto(PwImportLines) empty = { 0 };
    g_autoptr(GError) empty_error = NULL;

    pw_import_lines_init_empty (&empty);
    pw_import_lines_add (&empty, "  ", -1, 1, 0, 0);
    g_assert_null (pw_import_lines (&empty, NULL, &empty_error));
    g_assert_error (empty_error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_EMPTY);
  }
}

/* Headings without numbers that the format marks: a page's <h2>/<h3>, a
 * Word file's outline levels. The levels say what they are; a numbered
 * level that the format marks too needs fewer headings to count. */
static const char styled_page[] =
  "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
  "<h1>某区养老服务发展规划</h1>"
  "<h2>发展基础</h2><p>养老服务体系基本建立。</p>"
  "<h3>主要成就</h3><p>床位数稳步增长。</p>"
  "<h3>面临形势</h3><p>老龄化程度加深。</p>"
  "<h2>发展目标</h2><p>到2030年，养老服务更加完善。</p>"
  "<h2>保障措施</h2><h3>加强组织领导</h3><p>建立工作机制。</p>"
  "</body></html>";

static void
test_styled_headings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_import_html (styled_page, strlen (styled_page), NULL, &error);
  g_auto(PwImportLines) lines = { 0 };
  g_autoptr(PwPlan) numbered = NULL;
  PwChapter *chapter;

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "某区养老服务发展规划");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 3);
  chapter = nth_chapter (plan, 0);
  g_assert_cmpint (pw_chapter_get_number (chapter), ==, 1);
  g_assert_cmpstr (pw_chapter_get_title (chapter), ==, "发展基础");
  g_assert_cmpuint (g_list_model_get_n_items (pw_chapter_get_sections (chapter)), ==, 2);
  g_assert_cmpstr (pw_section_get_title (nth_section (plan, 0, 1)), ==, "面临形势");
  chapter = nth_chapter (plan, 2);
  g_assert_cmpint (pw_chapter_get_number (chapter), ==, 3);
  g_assert_cmpstr (pw_chapter_get_title (chapter), ==, "保障措施");
  g_assert_cmpuint (g_list_model_get_n_items (pw_chapter_get_sections (chapter)), ==, 1);

  /* two 一、 chapters marked as outline level 1 among more unmarked 一、二、
   * list items than numbers alone would allow: the marked ones are the
   * chapters, the list items stay text */
  pw_import_lines_init_empty (&lines);
  pw_import_lines_add (&lines, "某区养老服务发展规划", -1, 1, PW_IMPORT_HINT_CENTRED, 0);
  pw_import_lines_add (&lines, "一、发展基础", -1, 2, 0, 1);
  pw_import_lines_add (&lines, "一、床位增加。", -1, 3, 0, 0);
  pw_import_lines_add (&lines, "二、护理提升。", -1, 4, 0, 0);
  pw_import_lines_add (&lines, "一、机构增加。", -1, 5, 0, 0);
  pw_import_lines_add (&lines, "二、保障措施", -1, 6, 0, 1);
  pw_import_lines_add (&lines, "一、组织领导。", -1, 7, 0, 0);
  pw_import_lines_add (&lines, "二、资金投入。", -1, 8, 0, 0);
  numbered = pw_import_lines (&lines, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (numbered)), ==, 2);
  g_assert_cmpstr (pw_chapter_get_title (nth_chapter (numbered, 1)), ==, "保障措施");
}

/* A line longer than any paragraph is refused where it is, whatever the
 * line ends before it; lines of exactly the limit are not. */
static void
test_long_line (void)
{
  const gsize max = PW_IMPORT_MAX_LINE;
  g_autoptr(GString) data = g_string_sized_new (2 * max + 16);
  g_auto(PwImportText) text = { 0 };
  g_autoptr(GError) error = NULL;

  /* two CRLF lines, then 10,000,001 bytes: line 3, 9.5 MB */
  g_string_append (data, "a\r\nb\r\n");
  g_string_set_size (data, data->len + max + 1);
  memset (data->str + 6, 'x', max + 1);
  g_assert_false (pw_import_decode (data->str, data->len, &text, &error));
  g_assert_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "3: The line is 9 MB long"));
  g_clear_error (&error);

  /* a line one byte short of the limit, then one over it ending in \n */
  g_string_set_size (data, 0);
  g_string_set_size (data, 2 * max + 2);
  memset (data->str, 'y', data->len);
  data->str[max - 1] = '\n';
  data->str[2 * max + 1] = '\n';
  g_assert_false (pw_import_decode (data->str, data->len, &text, &error));
  g_assert_true (g_str_has_prefix (error->message, "2: The line is 9 MB long"));
  g_clear_error (&error);

  /* two lines of exactly the limit, apart by a lone CR */
  g_string_set_size (data, 0);
  g_string_set_size (data, 2 * max + 1);
  memset (data->str, 'z', data->len);
  data->str[max] = '\r';
  g_assert_true (pw_import_decode (data->str, data->len, &text, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (text.length, ==, 2 * max + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/import/long-line", test_long_line);
  g_test_add_func ("/pw/import/seed/000", test_seed_000);
  g_test_add_func ("/pw/import/seed/001", test_seed_001);
  g_test_add_func ("/pw/import/seed/002", test_seed_002);
  g_test_add_func ("/pw/import/seed/003", test_seed_003);
  g_test_add_func ("/pw/import/seed/004", test_seed_004);
  g_test_add_func ("/pw/import/variants/000", test_variants_000);
  g_test_add_func ("/pw/import/variants/001", test_variants_001);
  g_test_add_func ("/pw/import/variants/002", test_variants_002);
  g_test_add_func ("/pw/import/variants/003", test_variants_003);
  g_test_add_func ("/pw/import/variants/004", test_variants_004);
  g_test_add_func ("/pw/import/traditional", test_traditional);
  g_test_add_func ("/pw/import/enumeration", test_enumeration);
  g_test_add_func ("/pw/import/cell-table", test_cell_table);
  g_test_add_func ("/pw/import/pipe-table", test_pipe_table);
  g_test_add_func ("/pw/import/tab-table", test_tab_table);
  g_test_add_func ("/pw/import/styled-headings", test_styled_headings);
  g_test_add_func ("/pw/import/responsible-column", test_responsible_column);
  g_test_add_func ("/pw/import/boxes", test_boxes);
  g_test_add_func ("/pw/import/projects-freed", test_projects_freed);
  g_test_add_func ("/pw/import/prose-targets", test_prose_targets);
  g_test_add_func ("/pw/import/second-notice", test_second_notice);
  g_test_add_func ("/pw/import/headings", test_headings);
  g_test_add_func ("/pw/import/errors", test_errors);
  g_test_add_func ("/pw/import/stray-characters", test_stray_characters);
  g_test_add_func ("/pw/import/truncated", test_truncated);
  g_test_add_func ("/pw/import/random", test_random);
  g_test_add_func ("/pw/import/pathological", test_pathological);
  g_test_add_func ("/pw/import/lines-stream", test_lines_stream);
  g_test_add_func ("/pw/import/lines-in-place", test_lines_in_place);
  g_test_add_func ("/pw/import/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/pw/import/repeated-chapter-numbers", test_repeated_chapter_numbers);

  return g_test_run ();
}
