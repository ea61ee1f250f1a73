/* test-formats.c: web pages and Word files, read as their text is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inputs are made at test time by tests/make-documents.py (a small
 * plan made up there, in .txt, .docx and .html, and hostile files), or are
 * the corpus's Guangzhou 纲要, as the city's site serves it and converted to
 * Word. Expected values come from those documents as written, never from
 * running the readers.
 */

#include "config.h"

#include <gio/gio.h>
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "pw-import-html.h"
#include "pw-import-private.h"
#include "pw-import-word.h"
#include "pw-open.h"
#include "pw-test-util.h"

static char *documents;

/* Auxiliary methods */

static const char *
documents_dir (void)
{
  if (documents == NULL)
    {
      g_autofree char *script = pw_test_source_path ("tests/make-documents.py");
      g_autoptr(GError) error = NULL;
      const char *argv[] = { "python3", script, NULL, NULL };
      int status = 0;

      documents = pw_test_temp_dir ();
      argv[2] = documents;
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                    &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
  return documents;
}

static char *
document (const char *name)
{
  return g_build_filename (documents_dir (), name, NULL);
}

static char *
corpus_path (const char *name)
{
  g_autofree char *source = pw_test_source_path ("");
  char *path = g_build_filename (source, "..", "shared", "corpus", name, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *reason = g_strdup_printf ("the corpus is absent (%s)", path);

      g_test_skip (reason);
      g_free (path);
      return NULL;
    }
  return path;
}

static PwPlan *
import (const char *path,
        GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return pw_import_document (file, NULL, error);
}

/* Reads a Word file or a web page into lines, blank lines left out. */
static void
read_lines (const char    *path,
            PwImportLines *lines)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  gboolean ok;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  if (g_str_has_suffix (path, ".docx") || g_str_has_suffix (path, ".odt"))
    ok = pw_import_word_read (data, length, lines, &error);
  else
    ok = pw_import_html_read (data, length, lines, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static const PwImportLine *
find_line (const PwImportLines *lines,
           const char          *text)
{
  for (guint i = 0; i < lines->n_lines; i++)
    if (strcmp (lines->lines[i].text, text) == 0)
      return &lines->lines[i];
  return NULL;
}

static const PwImportLine *
expect_line (const PwImportLines *lines,
             const char          *text)
{
  const PwImportLine *line = find_line (lines, text);

  if (line == NULL)
    g_error ("no line “%s”", text);
  return line;
}

static gboolean
any_line_has (const PwImportLines *lines,
              const char          *needle)
{
  for (guint i = 0; i < lines->n_lines; i++)
    if (strstr (lines->lines[i].text, needle) != NULL)
      return TRUE;
  return FALSE;
}

static void
assert_cells (const PwImportLines *lines,
              const PwImportLine  *line,
              const char * const  *cells)
{
  guint n = g_strv_length ((char **) cells);

  g_assert_nonnull (line);
  g_assert_cmpuint (line->table, >, 0);
  g_assert_cmpuint (line->n_cells, ==, n);
  for (guint k = 0; k < n; k++)
    g_assert_cmpstr (pw_import_line_cell (lines, line, k), ==, cells[k]);
}

/* The row whose cell @k is @text (there must be one). */
static const PwImportLine *
find_row (const PwImportLines *lines,
          guint                k,
          const char          *text)
{
  for (guint i = 0; i < lines->n_lines; i++)
    {
      const PwImportLine *line = &lines->lines[i];

      if (line->table > 0 && line->n_cells > k && strcmp (pw_import_line_cell (lines, line, k), text) == 0)
        return line;
    }
  g_error ("no row with “%s” in cell %u", text, k);
}

static gboolean
plan_text_has (PwPlan     *plan,
               const char *needle)
{
  GListModel *chapters = pw_plan_get_chapters (plan);

  if (pw_plan_get_preface (plan) != NULL && strstr (pw_plan_get_preface (plan), needle) != NULL)
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *sections = pw_chapter_get_sections (chapter);

      if (pw_chapter_get_text (chapter) != NULL && strstr (pw_chapter_get_text (chapter), needle) != NULL)
        return TRUE;
      for (guint j = 0; j < g_list_model_get_n_items (sections); j++)
        {
          g_autoptr(PwSection) section = g_list_model_get_item (sections, j);

          if (pw_section_get_text (section) != NULL && strstr (pw_section_get_text (section), needle) != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

typedef struct
{
  guint parts, chapters, sections, boxes, projects, indicators;
} Counts;

static Counts
count (PwPlan *plan)
{
  GListModel *chapters = pw_plan_get_chapters (plan);
  Counts c = { 0 };

  c.parts = g_list_model_get_n_items (pw_plan_get_parts (plan));
  c.chapters = g_list_model_get_n_items (chapters);
  c.indicators = g_list_model_get_n_items (pw_plan_get_indicators (plan));
  for (guint i = 0; i < c.chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);

      c.sections += g_list_model_get_n_items (pw_chapter_get_sections (chapter));
      c.boxes += g_list_model_get_n_items (boxes);
      for (guint j = 0; j < g_list_model_get_n_items (boxes); j++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);

          c.projects += g_list_model_get_n_items (pw_box_get_projects (box));
        }
    }
  return c;
}

static const char *
value_text (PwValue *value)
{
  return value != NULL ? pw_value_get_text (value) : NULL;
}

static int
chapter_number (PwPlan      *plan,
                PwIndicator *indicator)
{
  GListModel *chapters = pw_plan_get_chapters (plan);

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);

      if (g_strcmp0 (pw_object_get_id (PW_OBJECT (chapter)), pw_indicator_get_chapter (indicator)) == 0)
        return pw_chapter_get_number (chapter);
    }
  return -1;
}

/* Two plans read from two renderings of one document are the same model. */
static void
assert_same_model (PwPlan *a,
                   PwPlan *b)
{
  Counts ca = count (a);
  Counts cb = count (b);
  GListModel *ia = pw_plan_get_indicators (a);
  GListModel *ib = pw_plan_get_indicators (b);

  g_assert_cmpstr (pw_plan_get_title (a), ==, pw_plan_get_title (b));
  g_assert_cmpint (pw_plan_get_start_year (a), ==, pw_plan_get_start_year (b));
  g_assert_cmpint (pw_plan_get_end_year (a), ==, pw_plan_get_end_year (b));
  g_assert_cmpuint (ca.parts, ==, cb.parts);
  g_assert_cmpuint (ca.chapters, ==, cb.chapters);
  g_assert_cmpuint (ca.sections, ==, cb.sections);
  g_assert_cmpuint (ca.boxes, ==, cb.boxes);
  g_assert_cmpuint (ca.projects, ==, cb.projects);
  g_assert_cmpuint (ca.indicators, ==, cb.indicators);

  for (guint i = 0; i < ca.indicators; i++)
    {
      g_autoptr(PwIndicator) x = g_list_model_get_item (ia, i);
      g_autoptr(PwIndicator) y = g_list_model_get_item (ib, i);

      g_assert_cmpstr (pw_indicator_get_category (x), ==, pw_indicator_get_category (y));
      g_assert_cmpstr (pw_indicator_get_domain (x), ==, pw_indicator_get_domain (y));
      g_assert_cmpstr (pw_indicator_get_name (x), ==, pw_indicator_get_name (y));
      g_assert_cmpstr (pw_indicator_get_unit (x), ==, pw_indicator_get_unit (y));
      g_assert_cmpstr (value_text (pw_indicator_get_baseline (x)), ==,
                       value_text (pw_indicator_get_baseline (y)));
      g_assert_cmpstr (value_text (pw_indicator_get_target (x)), ==,
                       value_text (pw_indicator_get_target (y)));
      g_assert_cmpint (pw_indicator_get_nature (x), ==, pw_indicator_get_nature (y));
      g_assert_cmpint (chapter_number (a, x), ==, chapter_number (b, y));
    }
}

/* Tests */

/* The made-up plan, as tests/make-documents.py writes it (its ROWS). */
static const struct
{
  const char *domain, *name, *unit, *baseline, *target;
  PwNature nature;
} synthetic_rows[] = {
  { "教育", "学前教育毛入园率", "%", "92", "≥95", PW_NATURE_EXPECTED },
  { "教育", "义务教育巩固率", "%", "96", "97", PW_NATURE_BINDING },
  { "卫生健康", "每千人口执业（助理）医师数", "人", "3.1", "3.5", PW_NATURE_EXPECTED },
  { "卫生健康", "人均预期寿命", "岁", "80.2", "81", PW_NATURE_EXPECTED },
  { "养老", "养老机构护理型床位占比", "%", "55", "≥65", PW_NATURE_BINDING },
};

static void
assert_synthetic_plan (PwPlan *plan)
{
  static const char *const chapter_titles[] = { "发展基础", "发展目标", "重点任务" };
  GListModel *chapters = pw_plan_get_chapters (plan);
  GListModel *indicators = pw_plan_get_indicators (plan);
  Counts c = count (plan);
  g_autoptr(PwChapter) third = NULL;
  g_autoptr(PwBox) box = NULL;
  g_autoptr(PwProject) first = NULL;
  g_autoptr(PwProject) second = NULL;

  g_assert_cmpstr (pw_plan_get_title (plan), ==, "某市“十五五”公共服务发展规划");
  g_assert_cmpstr (pw_plan_get_doc_number (plan), ==, "某政〔2026〕7号");
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2026);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2030);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2025);

  g_assert_cmpuint (c.chapters, ==, 3);
  g_assert_cmpuint (c.sections, ==, 6);
  g_assert_cmpuint (c.boxes, ==, 2);
  g_assert_cmpuint (c.projects, ==, 2);
  g_assert_cmpuint (c.indicators, ==, G_N_ELEMENTS (synthetic_rows));

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);

      g_assert_cmpint (pw_chapter_get_number (chapter), ==, i + 1);
      g_assert_cmpstr (pw_chapter_get_title (chapter), ==, chapter_titles[i]);
      g_assert_cmpuint (g_list_model_get_n_items (pw_chapter_get_sections (chapter)), ==, 2);
    }

  third = g_list_model_get_item (chapters, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pw_chapter_get_boxes (third)), ==, 1);
  box = g_list_model_get_item (pw_chapter_get_boxes (third), 0);
  g_assert_cmpint (pw_box_get_number (box), ==, 2);
  g_assert_cmpstr (pw_box_get_title (box), ==, "教育提升工程");
  first = g_list_model_get_item (pw_box_get_projects (box), 0);
  second = g_list_model_get_item (pw_box_get_projects (box), 1);
  g_assert_cmpstr (pw_project_get_name (first), ==, "学位扩容工程");
  g_assert_cmpstr (pw_project_get_name (second), ==, "教师培养工程");

  for (guint i = 0; i < G_N_ELEMENTS (synthetic_rows); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      g_assert_cmpstr (pw_indicator_get_domain (indicator), ==, synthetic_rows[i].domain);
      g_assert_cmpstr (pw_indicator_get_name (indicator), ==, synthetic_rows[i].name);
      g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, synthetic_rows[i].unit);
      g_assert_cmpstr (value_text (pw_indicator_get_baseline (indicator)), ==, synthetic_rows[i].baseline);
      g_assert_cmpstr (value_text (pw_indicator_get_target (indicator)), ==, synthetic_rows[i].target);
      g_assert_cmpint (pw_indicator_get_nature (indicator), ==, synthetic_rows[i].nature);
    }

  /* What is not the plan's text stays out: the footnote's number, a header,
   * a footnote, the page's chrome. */
  g_assert_true (plan_text_has (plan, "新增公办学位1.2万个，公共服务"));
  g_assert_false (plan_text_has (plan, "页眉"));
  g_assert_false (plan_text_has (plan, "脚注"));
  g_assert_false (plan_text_has (plan, "栏目"));
  g_assert_false (plan_text_has (plan, "相关文章"));
  g_assert_false (plan_text_has (plan, "分享到"));
}

static void
test_synthetic_same_model (void)
{
  static const char *const names[] = { "plan.txt", "plan.docx", "plan-other-tool.docx", "plan.odt",
                                        "plan.html" };
  g_autoptr(PwPlan) text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = document (names[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(PwPlan) plan = import (path, &error);

      g_assert_no_error (error);
      g_test_message ("%s", names[i]);
      assert_synthetic_plan (plan);
      if (text == NULL)
        text = g_steal_pointer (&plan);
      else
        assert_same_model (text, plan);
    }
}

/* The indicator table of plan.docx and plan.odt: the caption merged over
 * six columns, a header row, a domain merged down. */
static void
assert_indicator_table (const PwImportLines *lines)
{
  static const char *const header[] = { "领域", "指标", "单位", "2025年", "2030年", "属性", NULL };
  static const char *const merged[] = { "", "义务教育巩固率", "%", "96", "97", "约束性", NULL };
  static const char *const caption[] = { "专栏1 “十五五”公共服务主要指标", NULL };
  const PwImportLine *line;

  assert_cells (lines, find_line (lines, "专栏1 “十五五”公共服务主要指标"), caption);
  line = find_row (lines, 0, "领域");
  assert_cells (lines, line, header);
  g_assert_cmpuint (line->hints & PW_IMPORT_HINT_HEADER, ==, PW_IMPORT_HINT_HEADER);
  assert_cells (lines, find_row (lines, 1, "义务教育巩固率"), merged);
}

/* An OpenDocument text read natively: headings with their outline levels,
 * the title's automatic style, a real table with spans, the text box's
 * paragraphs, and neither the tracked deletion nor the footnote. */
static void
test_odt_lines (void)
{
  g_autofree char *path = document ("plan.odt");
  g_auto(PwImportLines) lines = { 0 };
  const PwImportLine *line;

  read_lines (path, &lines);

  line = expect_line (&lines, "第一章 发展基础");
  g_assert_cmpuint (line->level, ==, 1);
  g_assert_cmpuint (line->hints & (PW_IMPORT_HINT_BOLD | PW_IMPORT_HINT_CENTRED), ==,
                    PW_IMPORT_HINT_BOLD | PW_IMPORT_HINT_CENTRED);
  line = expect_line (&lines, "第二节 面临形势");
  g_assert_cmpuint (line->level, ==, 2);
  g_assert_cmpuint (line->hints & PW_IMPORT_HINT_BOLD, ==, 0);
  line = expect_line (&lines, "某市“十五五”公共服务发展规划");
  g_assert_cmpuint (line->level, ==, 0);
  g_assert_cmpuint (line->hints & PW_IMPORT_HINT_CENTRED, ==, PW_IMPORT_HINT_CENTRED);

  assert_indicator_table (&lines);

  /* the box, after its anchor; the footnote's number off the word */
  g_assert_nonnull (find_line (&lines, "专栏2 教育提升工程"));
  g_assert_nonnull (find_line (&lines, "2.教师培养工程。培训骨干教师3000人次。"));
  g_assert_true (any_line_has (&lines, "全市新增公办学位1.2万个，"));
  g_assert_false (any_line_has (&lines, "已删除"));
  g_assert_false (any_line_has (&lines, "注释的文字"));
}

static void
test_docx_lines (void)
{
  g_autofree char *path = document ("plan.docx");
  g_auto(PwImportLines) lines = { 0 };
  const PwImportLine *line;

  read_lines (path, &lines);

  /* Chapter and section numbers come from numbering.xml: the text has none. */
  line = expect_line (&lines, "第一章 发展基础");
  g_assert_cmpuint (line->level, ==, 1);
  g_assert_cmpuint (line->hints & (PW_IMPORT_HINT_NUMBERED | PW_IMPORT_HINT_BOLD | PW_IMPORT_HINT_CENTRED), ==,
                    PW_IMPORT_HINT_NUMBERED | PW_IMPORT_HINT_BOLD | PW_IMPORT_HINT_CENTRED);
  line = expect_line (&lines, "第二节 面临形势");
  g_assert_cmpuint (line->level, ==, 2);
  g_assert_cmpuint (line->hints & PW_IMPORT_HINT_BOLD, ==, 0);
  /* Sections restart under each chapter. */
  g_assert_nonnull (find_line (&lines, "第三章 重点任务"));
  g_assert_nonnull (find_line (&lines, "第一节 办好人民满意的教育"));

  /* The table: the caption merged over six columns, a header row, a domain
   * merged down, a tracked change accepted. */
  assert_indicator_table (&lines);
  g_assert_false (any_line_has (&lines, "98"));

  /* The text box, once (not again from its VML fallback). */
  g_assert_nonnull (find_line (&lines, "专栏2 教育提升工程"));
  g_assert_nonnull (find_line (&lines, "1.学位扩容工程。新建改扩建中小学20所。"));
  g_assert_cmpuint (find_line (&lines, "2.教师培养工程。培训骨干教师3000人次。") -
                    find_line (&lines, "1.学位扩容工程。新建改扩建中小学20所。"), ==, 1);
  for (guint i = 0, n = 0; i < lines.n_lines; i++)
    if (strstr (lines.lines[i].text, "学位扩容工程") != NULL)
      g_assert_cmpuint (++n, ==, 1);

  /* The raised footnote number and the footnote reference are dropped. */
  g_assert_nonnull (find_line (&lines, "“十四五”时期，全市新增公办学位1.2万个，公共服务水平稳步提高。"));
  g_assert_false (any_line_has (&lines, "页眉"));
  g_assert_false (any_line_has (&lines, "脚注"));
}

static void
test_docx_features (void)
{
  /* As Word shows them (see features_document () in make-documents.py). */
  static const char *const numbered[] = {
    "一、甲", "（一）乙", "3.丙", "①丁", "②戊", "4.己", "③庚", "（二）辛", "3.壬", "④癸",
    "二、子", "五、丑", "三、寅", "第十九章 卯", "第二十章 辰", "第二十一章 巳",
  };
  g_autofree char *path = document ("features.docx");
  g_auto(PwImportLines) lines = { 0 };
  guint i;

  read_lines (path, &lines);
  for (i = 0; i < G_N_ELEMENTS (numbered); i++)
    {
      g_assert_cmpstr (lines.lines[i].text, ==, numbered[i]);
      g_assert_cmpuint (lines.lines[i].hints & PW_IMPORT_HINT_NUMBERED, ==, PW_IMPORT_HINT_NUMBERED);
    }
  g_assert_cmpstr (lines.lines[i++].text, ==, "可见文字");
  g_assert_cmpstr (lines.lines[i++].text, ==, "结果");
  g_assert_cmpstr (lines.lines[i++].text, ==, "面积2000万m²");
  g_assert_cmpstr (lines.lines[i++].text, ==, "加上");
  /* A one-cell table is a frame: its paragraphs are lines, not a row. */
  g_assert_cmpstr (lines.lines[i].text, ==, "专栏3 框内标题");
  g_assert_cmpuint (lines.lines[i++].table, ==, 0);
  g_assert_cmpstr (lines.lines[i++].text, ==, "1.框内条目。");
  g_assert_cmpstr (lines.lines[i++].text, ==, "表后");
  for (; i < lines.n_lines; i++)
    g_assert_true (lines.lines[i].blank);
}

static void
test_html_lines (void)
{
  g_autofree char *path = document ("plan.html");
  g_auto(PwImportLines) lines = { 0 };
  const PwImportLine *line;
  const PwImportLine *item;
  static const char *const first_row[] = { "教育", "学前教育毛入园率", "%", "92", "≥95", "预期性", NULL };
  static const char *const merged[] = { "", "人均预期寿命", "岁", "80.2", "81", "预期性", NULL };
  static const char *const caption[] = { "专栏1 “十五五”公共服务主要指标", NULL };

  read_lines (path, &lines);

  /* The article body only: it starts with the notice, and nothing of the
   * menus, navigation, share links, related articles, footer or scripts. */
  g_assert_cmpstr (lines.lines[0].text, ==, "某市人民政府关于印发某市“十五五”公共服务发展规划的通知");
  for (const char *const *chrome = (const char *const[]) { "栏目", "政务公开", "分享到", "微博", "相关文章",
                                                           "关于我们", "主办", "var menu", "统计", "打印",
                                                           "color", NULL };
       *chrome != NULL; chrome++)
    g_assert_false (any_line_has (&lines, *chrome));

  line = expect_line (&lines, "第一章 发展基础");
  g_assert_cmpuint (line->hints & (PW_IMPORT_HINT_BOLD | PW_IMPORT_HINT_CENTRED), ==,
                    PW_IMPORT_HINT_BOLD | PW_IMPORT_HINT_CENTRED);
  line = expect_line (&lines, "第一节 主要成就");
  g_assert_cmpuint (line->hints & (PW_IMPORT_HINT_BOLD | PW_IMPORT_HINT_CENTRED), ==, PW_IMPORT_HINT_CENTRED);

  /* <sup>1</sup> glued to a word is a footnote's number; after a Latin
   * letter, an exponent. */
  g_assert_nonnull (find_line (&lines, "“十四五”时期，全市新增公办学位1.2万个，公共服务水平稳步提高。"));
  g_assert_nonnull (find_line (&lines, "新增绿地面积120万m²。"));

  /* colspan and rowspan; <th> makes a header row. */
  assert_cells (&lines, find_line (&lines, "专栏1 “十五五”公共服务主要指标"), caption);
  g_assert_cmpuint (find_row (&lines, 0, "领域")->hints & PW_IMPORT_HINT_HEADER, ==, PW_IMPORT_HINT_HEADER);
  assert_cells (&lines, find_row (&lines, 1, "学前教育毛入园率"), first_row);
  assert_cells (&lines, find_row (&lines, 1, "人均预期寿命"), merged);

  /* <br> breaks the line; both pieces are on the same source line. */
  line = expect_line (&lines, "1.学位扩容工程。新建改扩建中小学20所。");
  item = expect_line (&lines, "2.教师培养工程。培训骨干教师3000人次。");
  g_assert_true (item == line + 1);
  g_assert_cmpint (item->number, ==, line->number);
}

/* The clipboard's text/html: a fragment as a browser copies it, and the
 * UTF-16 with a byte-order mark that some put there. */
static void
test_html_clipboard (void)
{
  const char *fragment =
    "<meta charset='utf-8'><p>某县“十五五”养老服务规划</p><p><b>第一章 总则</b></p>"
    "<p>正文一。</p><p><b>第二章 目标</b></p><p>正文二。</p>";
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_import_html (fragment, strlen (fragment), NULL, &error);
  g_autofree gunichar2 *utf16 = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  glong n = 0;
  static const guint8 bom[] = { 0xFF, 0xFE };

  g_assert_no_error (error);
  g_assert_cmpuint (count (plan).chapters, ==, 2);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "某县“十五五”养老服务规划");
  g_clear_object (&plan);

  utf16 = g_utf8_to_utf16 (fragment, -1, NULL, &n, NULL);
  g_byte_array_append (bytes, bom, 2);
  g_byte_array_append (bytes, (const guint8 *) utf16, n * 2);
  plan = pw_import_html ((const char *) bytes->data, bytes->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (plan).chapters, ==, 2);
}

/* What a file is, is told by its content. */
static void
test_sniffing (void)
{
  g_autofree char *docx = document ("plan.docx");
  g_autofree char *html = document ("plan.html");
  g_autofree char *text = document ("plan.txt");
  g_autofree char *dir = pw_test_temp_dir ();
  static const struct { const char *from_name, *to_name; } cases[] = {
    { "plan.docx", "word-named.txt" },
    { "plan.html", "page-named.txt" },
    { "plan.txt", "text-named.html" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *from = document (cases[i].from_name);
      g_autofree char *to = g_build_filename (dir, cases[i].to_name, NULL);
      g_autofree char *data = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PwPlan) plan = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (from, &data, &length, NULL));
      g_assert_true (g_file_set_contents (to, data, length, NULL));
      plan = import (to, &error);
      g_assert_no_error (error);
      g_test_message ("%s", cases[i].to_name);
      assert_synthetic_plan (plan);
    }
}

/* Writes a compound file holding @streams (NULL-terminated names). */
static void
write_compound_file (const char         *path,
                     const char * const *streams)
{
  g_autoptr(GError) error = NULL;
  GsfOutput *sink = gsf_output_stdio_new (path, &error);
  GsfOutfile *ole;

  g_assert_no_error (error);
  ole = gsf_outfile_msole_new (sink);
  for (guint i = 0; streams[i] != NULL; i++)
    {
      GsfOutput *child = gsf_outfile_new_child (ole, streams[i], FALSE);
      static const char filler[512] = { 1 };

      g_assert_true (gsf_output_write (child, sizeof filler, (const guint8 *) filler));
      g_assert_true (gsf_output_close (child));
      g_object_unref (child);
    }
  g_assert_true (gsf_output_close (GSF_OUTPUT (ole)));
  g_object_unref (ole);
  g_object_unref (sink);
}

static void
limit_memory (gpointer data)
{
#ifndef __SANITIZE_ADDRESS__
  struct rlimit limit = { 1024UL * 1024 * 1024, 1024UL * 1024 * 1024 };

  setrlimit (RLIMIT_AS, &limit);
#endif
  /* (AddressSanitizer reserves terabytes of address space for itself: its
   * build, tools/dev test --sanitize, cannot measure memory this way) */
}

/* Each hostile input: one clear line and exit 1 from --import, in under a
 * second, within a gigabyte of address space. */
static void
test_hostile (void)
{
  static const struct
  {
    const char *name;
    int code;
    const char *says;
  } cases[] = {
    { "bomb.docx", PW_IMPORT_ERROR_DAMAGED, "zip bomb" },
    { "bomb.odt", PW_IMPORT_ERROR_DAMAGED, "zip bomb" },
    { "dotdot.odt", PW_IMPORT_ERROR_DAMAGED, "../../evil.xml" },
    { "truncated.odt", PW_IMPORT_ERROR_DAMAGED, "cut short" },
    { "declared.docx", PW_IMPORT_ERROR_DAMAGED, "zip bomb" },
    { "dotdot.docx", PW_IMPORT_ERROR_DAMAGED, "../../evil.xml" },
    { "encrypted.docx", PW_IMPORT_ERROR_ENCRYPTED, "encrypted" },
    { "truncated.docx", PW_IMPORT_ERROR_DAMAGED, "cut short" },
    { "badheader.docx", PW_IMPORT_ERROR_DAMAGED, "“word/numbering.xml” is not where" },
    { "nested.html", PW_IMPORT_ERROR_DAMAGED, "1000 deep" },
    { "wrong-charset.html", PW_IMPORT_ERROR_CHARSET, "“gbk”, but its text is UTF-8" },
    { "bad-utf8.html", PW_IMPORT_ERROR_CHARSET, "the page says it is UTF-8, but its bytes are not UTF-8 (they read as GBK)" },
    { "unknown-charset.html", PW_IMPORT_ERROR_CHARSET, "“x-no-such-set”" },
    { "password.docx", PW_IMPORT_ERROR_ENCRYPTED, "password" },
    { "legacy.doc", PW_IMPORT_ERROR_UNSUPPORTED, "(.docx)" },
  };
  g_autofree char *password = document ("password.docx");
  g_autofree char *legacy = document ("legacy.doc");
  g_autofree char *program = NULL;
  g_autofree char *output = NULL;

  write_compound_file (password, (const char *const[]) { "EncryptionInfo", "EncryptedPackage", NULL });
  write_compound_file (legacy, (const char *const[]) { "WordDocument", "1Table", NULL });
  program = g_build_filename (g_getenv ("PW_BUILD_DIR"), "src", "plan-workbench", NULL);
  output = document ("out.plan");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = document (cases[i].name);
      g_autoptr(GError) error = NULL;
      g_autoptr(PwPlan) plan = NULL;
      g_autofree char *err = NULL;
      g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LANGUAGE", "C", TRUE);
      g_auto(GStrv) err_lines = NULL;
      const char *argv[] = { program, "--import", path, "--output", output, NULL };
      gint64 start;
      int status = 0;

      g_test_message ("%s", cases[i].name);

      start = g_get_monotonic_time ();
      plan = import (path, &error);
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
      g_assert_null (plan);
      g_assert_error (error, PW_IMPORT_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));

      env = g_environ_unsetenv (env, "DISPLAY");
      g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, limit_memory, NULL, NULL, &err,
                    &status, NULL);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 1);
      err_lines = g_strsplit (g_strchomp (err), "\n", -1);
      g_assert_cmpuint (g_strv_length (err_lines), ==, 1);
      g_assert_true (g_str_has_prefix (err_lines[0], path));
      g_assert_nonnull (strstr (err_lines[0], cases[i].says));
      /* The place of the first bad byte, as an editor counts it. */
      if (strcmp (cases[i].name, "bad-utf8.html") == 0)
        g_assert_true (g_str_has_prefix (err_lines[0] + strlen (path), ":3:10: error: "));
      g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
    }
}

/* The Guangzhou 纲要 as the city's site serves it and as LibreOffice turned
 * the page's article into Word: the same lines, the same model. */
static void
test_corpus_guangzhou (void)
{
  g_autofree char *html = corpus_path ("guangzhou-15th-outline.html");
  g_autofree char *docx = corpus_path ("guangzhou-15th-outline.docx");
  g_auto(PwImportLines) from_html = { 0 };
  g_auto(PwImportLines) from_docx = { 0 };
  g_autoptr(PwPlan) plan_html = NULL;
  g_autoptr(PwPlan) plan_docx = NULL;
  g_autoptr(GError) error = NULL;
  guint i, j;
  guint tables = 0;
  guint first_table_rows = 0;
  static const char *const header[] = { "类别", "指标", "单位", "2025年 完成值", "2030年 目标值", "属性", NULL };
  static const char *const row_1[] = { "经济发展", "1. 地区生产总值年均增长", "%", "“十四五”年均增长4.0",
                                       "“十五五”年均增长5.0左右", "预期性", NULL };
  static const char *const row_8[] = { "科技创新", "8. 全社会研发经费支出占地区生产总值比重", "%", "3.4",
                                       "4.0左右", "预期性", NULL };
  static const char *const row_13[] = { "", "13. 机场旅客/货邮吞吐量", "万人次/ 万吨", "8358/244", "11000/350",
                                        "预期性", NULL };
  static const char *const row_24a[] = { "", "24. 每千人口拥有医护人员数", "每千人口拥有执业（助理）医师数", "人",
                                         "4.45", "4.50", "预期性", NULL };
  static const char *const row_24b[] = { "", "", "每千人口拥有注册护士数", "人", "5.21", "5.30", "", NULL };
  static const char *const row_29[] = { "", "29. 单位地区生产总值生产安全事故死亡率", "人/百亿元", "0.61",
                                        "完成省下达目标", "约束性", NULL };

  if (html == NULL || docx == NULL)
    return;

  read_lines (html, &from_html);
  read_lines (docx, &from_docx);

  /* Line for line the same, blank lines aside: text, hints and cells. */
  for (i = 0, j = 0;; i++, j++)
    {
      while (i < from_html.n_lines && from_html.lines[i].blank)
        i++;
      while (j < from_docx.n_lines && from_docx.lines[j].blank)
        j++;
      if (i == from_html.n_lines || j == from_docx.n_lines)
        break;
      g_assert_cmpstr (from_html.lines[i].text, ==, from_docx.lines[j].text);
      g_assert_cmpuint (from_html.lines[i].hints, ==, from_docx.lines[j].hints);
      g_assert_cmpuint (from_html.lines[i].table, ==, from_docx.lines[j].table);
      g_assert_cmpuint (from_html.lines[i].n_cells, ==, from_docx.lines[j].n_cells);
      for (guint k = 0; k < from_html.lines[i].n_cells; k++)
        g_assert_cmpstr (pw_import_line_cell (&from_html, &from_html.lines[i], k), ==,
                         pw_import_line_cell (&from_docx, &from_docx.lines[j], k));
    }
  g_assert_cmpuint (i, ==, from_html.n_lines);
  g_assert_cmpuint (j, ==, from_docx.n_lines);

  /* What the page holds, read off it (a cell's paragraphs joined by a space):
   * the notice first, twelve 专栏 tables,
   * the first of 32 rows (its caption, its header, 30 rows of indicators),
   * footnote numbers off the words they follow. */
  g_assert_cmpstr (from_html.lines[0].text, ==, "穗府〔2026〕4号");
  for (i = 0; i < from_html.n_lines; i++)
    {
      tables = MAX (tables, from_html.lines[i].table);
      first_table_rows += from_html.lines[i].table == 1;
    }
  g_assert_cmpuint (tables, ==, 12);
  g_assert_cmpuint (first_table_rows, ==, 32);
  assert_cells (&from_html, find_row (&from_html, 0, "类别"), header);
  assert_cells (&from_html, find_row (&from_html, 1, "1. 地区生产总值年均增长"), row_1);
  assert_cells (&from_html, find_row (&from_html, 1, "8. 全社会研发经费支出占地区生产总值比重"), row_8);
  assert_cells (&from_html, find_row (&from_html, 1, "13. 机场旅客/货邮吞吐量"), row_13);
  assert_cells (&from_html, find_row (&from_html, 1, "24. 每千人口拥有医护人员数"), row_24a);
  assert_cells (&from_html, find_row (&from_html, 2, "每千人口拥有注册护士数"), row_24b);
  assert_cells (&from_html, find_row (&from_html, 1, "29. 单位地区生产总值生产安全事故死亡率"), row_29);
  g_assert_true (any_line_has (&from_html, "“四个出新出彩”，进一步增强城市能级量级"));
  g_assert_false (any_line_has (&from_html, "门户网站"));

  plan_html = import (html, &error);
  g_assert_no_error (error);
  plan_docx = import (docx, &error);
  g_assert_no_error (error);
  assert_same_model (plan_html, plan_docx);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/formats/synthetic/same-model", test_synthetic_same_model);
  g_test_add_func ("/pw/formats/docx/lines", test_docx_lines);
  g_test_add_func ("/pw/formats/odt/lines", test_odt_lines);
  g_test_add_func ("/pw/formats/docx/features", test_docx_features);
  g_test_add_func ("/pw/formats/html/lines", test_html_lines);
  g_test_add_func ("/pw/formats/html/clipboard", test_html_clipboard);
  g_test_add_func ("/pw/formats/sniffing", test_sniffing);
  g_test_add_func ("/pw/formats/hostile", test_hostile);
  g_test_add_func ("/pw/formats/corpus/guangzhou", test_corpus_guangzhou);

  status = g_test_run ();
  g_free (documents);
  return status;
}
