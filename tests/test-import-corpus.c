/* test-import-corpus.c: the importer against real plans it was not built on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The documents are those of ../shared/corpus/ (see its README). Every
 * expected number was counted by reading the document (grep and sed on the
 * file: headings, table rows, 专栏 captions), never by running the importer;
 * each comment says how.
 */

#include "config.h"

#include <string.h>

#include "pw-import-html.h"
#include "pw-import-word.h"
#include "pw-importer.h"
#include "pw-test-util.h"

typedef struct
{
  guint parts;
  guint chapters;
  guint sections;
  guint indicators;
  guint binding;
  guint expected;
  guint boxes;      /* numbered 专栏 boxes */
  guint projects;   /* projects of every box, numbered or not */
} Counts;

typedef struct
{
  int line;
  const char *domain;
  const char *name;
  const char *unit;
  const char *baseline; /* NULL: absent */
  const char *target;
  PwNature nature;
} Row;

/* Helpers */

static PwPlan *
import_corpus (const char *name,
               PwFindings *report)
{
  const char *dir = g_getenv ("PW_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  PwPlan *plan;

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the corpus is absent (../shared/corpus)");
      return NULL;
    }
  path = g_build_filename (dir, name, NULL);
  file = g_file_new_for_path (path);
  plan = pw_import_text_file (file, report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* A web page or a Word file of the corpus, through its reader. */
static PwPlan *
import_corpus_markup (const char *name,
                      PwFindings *report)
{
  const char *dir = g_getenv ("PW_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  PwPlan *plan;

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the corpus is absent (../shared/corpus)");
      return NULL;
    }
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  g_assert_no_error (error);
  if (g_str_has_suffix (name, ".docx"))
    plan = pw_import_word (data, length, report, &error);
  else
    plan = pw_import_html (data, length, report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
count (PwPlan *plan,
       Counts *c)
{
  GListModel *chapters = pw_plan_get_chapters (plan);
  GListModel *indicators = pw_plan_get_indicators (plan);

  memset (c, 0, sizeof *c);
  c->parts = g_list_model_get_n_items (pw_plan_get_parts (plan));
  c->chapters = g_list_model_get_n_items (chapters);
  for (guint i = 0; i < c->chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);

      c->sections += g_list_model_get_n_items (pw_chapter_get_sections (chapter));
      for (guint j = 0; j < g_list_model_get_n_items (boxes); j++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);

          c->boxes += pw_box_get_number (box) > 0;
          c->projects += g_list_model_get_n_items (pw_box_get_projects (box));
        }
    }
  c->indicators = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < c->indicators; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      c->binding += pw_indicator_get_nature (indicator) == PW_NATURE_BINDING;
      c->expected += pw_indicator_get_nature (indicator) == PW_NATURE_EXPECTED;
    }
}

static gboolean
has_indicator_named (PwPlan     *plan,
                     const char *name)
{
  return pw_test_indicator_named (plan, name) != NULL;
}

/* The box numbered @number, in any chapter, or NULL. */
static PwBox *
find_box (PwPlan *plan,
          int     number)
{
  GListModel *chapters = pw_plan_get_chapters (plan);

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);

      for (guint j = 0; j < g_list_model_get_n_items (boxes); j++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);

          if (pw_box_get_number (box) == number)
            return box;
        }
    }
  return NULL;
}

/* Each numbered box holds the items counted by reading it; @names, when
 * not NULL, the name of one item of a box ({ box, item from 1, name }). */
typedef struct
{
  int box;
  guint item;
  const char *name;
} ItemName;

static void
assert_boxes (PwPlan         *plan,
              const guint    *items,
              gsize           n_boxes,
              const ItemName *names,
              gsize           n_names)
{
  for (gsize b = 1; b <= n_boxes; b++)
    {
      PwBox *box = find_box (plan, b);

      g_test_message ("专栏%" G_GSIZE_FORMAT, b);
      g_assert_nonnull (box);
      g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (box)), ==, items[b - 1]);
    }
  for (gsize k = 0; k < n_names; k++)
    {
      PwBox *box = find_box (plan, names[k].box);
      g_autoptr(PwProject) project = g_list_model_get_item (pw_box_get_projects (box), names[k].item - 1);

      g_test_message ("专栏%d item %u", names[k].box, names[k].item);
      g_assert_nonnull (project);
      g_assert_cmpstr (pw_project_get_name (project), ==, names[k].name);
    }
}

static void
assert_rows (PwPlan    *plan,
             const Row *rows,
             gsize      n_rows)
{
  for (gsize i = 0; i < n_rows; i++)
    {
      PwIndicator *indicator = rows[i].line > 0 ? pw_test_indicator_at_line (plan, rows[i].line)
                                                : pw_test_indicator_named (plan, rows[i].name);

      g_test_message ("row of line %d: %s", rows[i].line, rows[i].name);
      g_assert_nonnull (indicator);
      g_assert_cmpstr (pw_indicator_get_domain (indicator), ==, rows[i].domain);
      g_assert_cmpstr (pw_indicator_get_name (indicator), ==, rows[i].name);
      g_assert_cmpstr (pw_indicator_get_unit (indicator), ==, rows[i].unit);
      pw_test_assert_value (pw_indicator_get_baseline (indicator), rows[i].baseline);
      pw_test_assert_value (pw_indicator_get_target (indicator), rows[i].target);
      g_assert_cmpint (pw_indicator_get_nature (indicator), ==, rows[i].nature);
    }
}

static void
assert_counts (const Counts *got,
               const Counts *want)
{
  g_assert_cmpuint (got->parts, ==, want->parts);
  g_assert_cmpuint (got->chapters, ==, want->chapters);
  g_assert_cmpuint (got->sections, ==, want->sections);
  g_assert_cmpuint (got->indicators, ==, want->indicators);
  g_assert_cmpuint (got->binding, ==, want->binding);
  g_assert_cmpuint (got->expected, ==, want->expected);
  g_assert_cmpuint (got->boxes, ==, want->boxes);
  g_assert_cmpuint (got->projects, ==, want->projects);
}

static guint
count_findings (PwFindings *report,
                const char *word)
{
  guint n = 0;

  GListModel *entries = pw_findings_get_list (report);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(PwFinding) finding = g_list_model_get_item (entries, i);

      n += strstr (pw_finding_get_message (finding), word) != NULL;
    }
  return n;
}

static PwChapter *
nth_chapter (PwPlan *plan,
             guint   n)
{
  g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (plan), n);

  return chapter;
}

static PwPart *
nth_part (PwPlan *plan,
          guint   n)
{
  g_autoptr(PwPart) part = g_list_model_get_item (pw_plan_get_parts (plan), n);

  return part;
}

/* Tests */

static void
test_nanjing (void)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import_corpus ("nanjing-15th-outline.txt", report);
  /* grep after the 目录 (line 274 on): ^第…篇 17, ^第…章 65, ^第…节 179,
   * ^专栏 23; 专栏2's rows (lines 367–394): 24 numbered indicators, 10 and
   * 24 with two rows each, so 26; 约束性 in rows 13–16, 18, 22–24 (24
   * twice): 9; the other 17 预期性. 专栏1 is the previous plan's results. */
  const Counts want = { 17, 65, 179, 26, 9, 17, 23, 100 };
  /* the items of each box, read box by box (a judgement where it says):
   * 3 a table of 10 numbered clusters, their 26 chains in the second column
   * (a cluster is an item, its chains its description); 5 a table of 11
   * 板块 (江北新区（浦口区） wrapped over two lines); 7 an introducing
   * sentence, then 4 numbered items; 13 a table of 4 types, each cell
   * listing that type's projects; 14 2 items 一、 and 二、, each with four
   * numbered points (kept in the item, as sub-items); 16, 18 and 19 two
   * unnumbered paragraphs each, 续建工程：… / 新建工程：…; 17 a table of the 9
   * 新城; 21 a table whose last 类型 cell (重大工程项目) is merged over two
   * rows: 4 items */
  static const guint items[] = { 0, 0, 10, 5, 11, 3, 4, 5, 6, 4, 5, 2,
                                 4, 2, 4, 2, 9, 2, 2, 6, 4, 4, 6 };
  static const ItemName names[] = {
    { 3, 1, "人工智能（软件和信息服务）" },
    { 3, 10, "机器人" },
    { 5, 1, "江北新区（浦口区）" },
    { 5, 11, "高淳区" },
    { 7, 1, "“两城”" },
    { 13, 2, "轨道交通" },
    { 14, 2, "2050年市域空间格局" },
    { 16, 1, "续建工程" },
    { 16, 2, "新建工程" },
    { 17, 9, "淳化新城" },
    { 18, 2, "非物质文化遗产传承活化工程" },
    { 21, 4, "重大工程项目" },
    { 23, 6, "城市安全基础设施优化工程" },
  };
  static const Row rows[] = {
    /* the 分类 cell (经济强 …) is printed on the first row of its group */
    { 367, "经济强", "地区生产总值（GDP）年均增长率", "%", NULL, "5以上", PW_NATURE_EXPECTED },
    { 368, "经济强", "制造业增加值占比", "%", NULL, "基本稳定", PW_NATURE_EXPECTED },
    /* a target wrapped over two lines (与经济增长 / 保持同步) */
    { 374, "百姓富", "居民人均可支配收入增长", NULL, NULL, "与经济增长保持同步", PW_NATURE_EXPECTED },
    /* one numbered indicator with two rows: a name wrapped over two lines
     * and a sub-name column, the name merged over the second row */
    { 377, "百姓富", "每千人口拥有医护人员数：执业（助理）医师数", "人", NULL, "5", PW_NATURE_EXPECTED },
    { 379, "百姓富", "每千人口拥有医护人员数：注册护士数", "人", NULL, "5.5", PW_NATURE_EXPECTED },
    { 384, "环境美", "细颗粒物（PM2.5）年均浓度", "微克/立方米", NULL, "完成省定目标", PW_NATURE_BINDING },
    { 387, "社会文明程度高", "劳动年龄人口平均受教育年限", "年", NULL, "13.5", PW_NATURE_BINDING },
    { 392, "城市安全韧性", "粮食综合生产能力", "万吨", NULL, "＞100", PW_NATURE_BINDING },
    /* the nature cell merged over the second row */
    { 393, "城市安全韧性", "生产安全事故：起数下降", "%", NULL, "〔20〕", PW_NATURE_BINDING },
    { 394, "城市安全韧性", "生产安全事故：死亡人数下降", "%", NULL, "〔16〕", PW_NATURE_BINDING },
  };
  Counts got;
  PwChapter *chapter;
  PwPart *part;

  if (plan == NULL)
    return;
  count (plan, &got);
  assert_counts (&got, &want);
  assert_rows (plan, rows, G_N_ELEMENTS (rows));
  assert_boxes (plan, items, G_N_ELEMENTS (items), names, G_N_ELEMENTS (names));

  /* the title over lines 1–2; 第十五个五年 is 2026–2030, not 2035 */
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "南京市国民经济和社会发展第十五个五年规划纲要");
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2026);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2030);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2025);
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "南京市");

  /* 篇 titles wrapped over two lines (lines 275–276, 540–541) */
  part = nth_part (plan, 0);
  g_assert_cmpint (pw_part_get_number (part), ==, 1);
  g_assert_cmpstr (pw_part_get_title (part), ==,
                   "聚焦走在前做示范，推进中国式现代化南京新实践实现良好开局");
  part = nth_part (plan, 2);
  g_assert_cmpstr (pw_part_get_title (part), ==,
                   "勇担第一方阵使命，建设具有全球影响力的产业科技创新中心主承载区");
  g_assert_cmpuint (g_list_model_get_n_items (pw_part_get_chapters (part)), ==, 4);
  part = nth_part (plan, 16);
  g_assert_cmpint (pw_part_get_number (part), ==, 17);
  /* 第十七篇 holds 第六十二章 to 第六十五章 */
  g_assert_cmpuint (g_list_model_get_n_items (pw_part_get_chapters (part)), ==, 4);

  /* the contents (lines 10–272) are no chapter: chapter 1 is 发展基础, in part 1 */
  chapter = nth_chapter (plan, 0);
  g_assert_cmpstr (pw_chapter_get_title (chapter), ==, "发展基础");
  g_assert_true (pw_chapter_get_part (chapter) == nth_part (plan, 0));
  chapter = nth_chapter (plan, 64);
  g_assert_cmpint (pw_chapter_get_number (chapter), ==, 65);
  g_assert_cmpstr (pw_chapter_get_title (chapter), ==, "广泛凝聚社会力量");
  g_assert_cmpuint (g_list_model_get_n_items (pw_chapter_get_sections (chapter)), ==, 0);

  /* 专栏1's indicators are the previous plan's, and the report says so */
  g_assert_false (has_indicator_named (plan, "研发经费支出占地区生产总值比重"));
  g_assert_cmpuint (count_findings (report, "完成情况"), >=, 1);
}

static void
test_huangpu (void)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import_corpus ("huangpu-heritage-14th.md", report);
  /* ^[一二三四五]、 after the plan's title (line 26): 5 chapters; （一）… under
   * 三、 (3) and 四、 (5): 8 sections; 附件1: 11 numbered indicators, 约束性
   * 1, 5, 6, 7; 附件2: 22 numbered tasks and projects */
  const Counts want = { 0, 5, 8, 11, 4, 7, 0, 22 };
  static const Row rows[] = {
    { 159, "保护修缮", "居住类历史建筑全项目修缮建筑面积", "万平方米", NULL, "30", PW_NATURE_BINDING },
    /* the merged 类型 cell is printed only on the first row of its group */
    { 183, "红色文化", "红色文物保护建筑修缮改造", "处", NULL, "4", PW_NATURE_EXPECTED },
    { 193, "红色文化", "“建筑可阅读”线下走读线路数", "条", NULL, "5", PW_NATURE_EXPECTED },
    /* a unit printed — and a target in words */
    { 205, "民生改善", "消除老旧小区手拎马桶", NULL, NULL, "基本消除", PW_NATURE_BINDING },
    { 225, "民生改善", "老旧住宅综合修缮改造受益户数", "万户", NULL, ">2", PW_NATURE_BINDING },
    { 247, "智慧管理", "优秀历史建筑和不可移动文物保护铭牌二维码覆盖率", "％", NULL, "100", PW_NATURE_EXPECTED },
    { 269, "多元参与", "新增文物保护员", "人", NULL, ">50", PW_NATURE_EXPECTED },
  };
  Counts got;
  g_autoptr(PwChapter) last = NULL;
  g_autoptr(PwBox) box = NULL;
  g_autoptr(PwProject) project = NULL;

  if (plan == NULL)
    return;
  count (plan, &got);
  assert_counts (&got, &want);
  assert_rows (plan, rows, G_N_ELEMENTS (rows));

  /* the front matter, the quotes and the notice are metadata */
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "黄浦区历史风貌保护和利用“十四五”规划");
  g_assert_cmpstr (pw_plan_get_doc_number (plan), ==, "黄府办发〔2021〕28号");
  g_assert_cmpstr (pw_plan_get_issuer (plan), ==, "上海市黄浦区人民政府办公室");
  /* the issuer is of 上海市's district 黄浦区, and the plan is named after it */
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "黄浦区");
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2021);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2025);
  last = g_list_model_get_item (pw_plan_get_chapters (plan), 0);
  g_assert_cmpstr (pw_chapter_get_title (last), ==, "“十三五”发展回顾");
  g_clear_object (&last);

  /* 附件2's tasks: a box of their own in the last chapter */
  last = g_list_model_get_item (pw_plan_get_chapters (plan), 4);
  box = g_list_model_get_item (pw_chapter_get_boxes (last), 0);
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (box)), ==, 22);
  project = g_list_model_get_item (pw_box_get_projects (box), 1);
  g_assert_cmpint (pw_project_get_number (project), ==, 2);
  g_assert_cmpstr (pw_project_get_name (project), ==, "老市府大楼（160街坊）");
  g_clear_object (&project);
  project = g_list_model_get_item (pw_box_get_projects (box), 21);
  g_assert_cmpint (pw_project_get_number (project), ==, 22);
}

static void
test_putuo (void)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import_corpus ("putuo-greening-15th.md", report);
  /* ^第.部分 6; ^[一二三四]、 2+4+2+2+3+4 = 17; ^（[一二三四]） 3+4+2+4+2+4
   * = 19; 表2 (lines 660–846): 14 numbered rows and one 其中 row; 约束性
   * rows 1, 2, 3, 9, 12 and 其中 under 1: 6 */
  const Counts want = { 6, 17, 19, 15, 6, 9, 0, 0 };
  static const Row rows[] = {
    /* 属性 before 单位, the baseline column headed “十四五”现状 */
    { 676, "绿化", "新建绿地", "万平方米", "90.87", "35", PW_NATURE_BINDING },
    /* a 其中 row: no nature, no unit of its own */
    { 686, "绿化", "其中：公园绿地", "万平方米", "58.46", "17.5", PW_NATURE_BINDING },
    { 718, "绿化", "公园数量", "座", "59", "69", PW_NATURE_EXPECTED },
    { 768, "市容景观建设", "重要区域、重点单体建（构）筑物的景观照明集中控制纳控率", "%", "92.1", "95以上", PW_NATURE_EXPECTED },
    { 782, "市容环境卫生责任区管理", "《责任告知书》送达率", "%", "100", "100", PW_NATURE_BINDING },
    { 808, "市容整治", "户外广告整治", "块", "1045", "230", PW_NATURE_EXPECTED },
    { 846, "环卫", "新能源环卫车辆占比", "%", "/", "70以上", PW_NATURE_EXPECTED },
  };
  Counts got;
  PwPart *part;

  if (plan == NULL)
    return;
  count (plan, &got);
  assert_counts (&got, &want);
  assert_rows (plan, rows, G_N_ELEMENTS (rows));

  g_assert_cmpstr (pw_plan_get_title (plan), ==, "普陀区绿化建设和市容景观提升“十五五”规划");
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "普陀区");
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2026);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2030);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2025);
  part = nth_part (plan, 4);
  g_assert_cmpint (pw_part_get_number (part), ==, 5);
  g_assert_cmpstr (pw_part_get_title (part), ==, "主要任务");
  g_assert_cmpuint (g_list_model_get_n_items (pw_part_get_chapters (part)), ==, 3);

  /* the 其中 row is a part of 新建绿地, a total over the period (新建):
   * of the same kind, said in the report; 公园数量 is a level */
  g_assert_cmpint (pw_indicator_get_kind (pw_test_indicator_at_line (plan, 676)), ==, PW_KIND_CUMULATIVE);
  g_assert_cmpint (pw_indicator_get_kind (pw_test_indicator_at_line (plan, 686)), ==, PW_KIND_CUMULATIVE);
  g_assert_cmpuint (count_findings (report, "“其中：公园绿地” is judged as"), ==, 1);
  g_assert_cmpint (pw_indicator_get_kind (pw_test_indicator_at_line (plan, 718)), ==, PW_KIND_AUTO);

  /* 表1 is the 十四五 plan's completion table: none of its rows (新建绿地
   * 75 → 90.87) is an indicator, and the report says so */
  g_assert_null (pw_test_indicator_at_line (plan, 58));
  g_assert_cmpuint (count_findings (report, "完成情况"), >=, 1);
}

/* The Guangzhou plan, as its page and as its Word file: 专栏1's 29
 * numbered indicators, every field as the table prints it (24 has two rows,
 * its name merged over both, so 30; a cell's two paragraphs read as one
 * with a space, as the browser shows them). */
static void
check_guangzhou (const char *name)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(PwPlan) plan = import_corpus_markup (name, report);
  /* the body's centred headings (after the 目录, which lists the same):
   * 第…篇 11, 第…章 33, 第…节 94; 专栏1 the indicators: 约束性 rows 15–18
   * and 29, so 5, the other 25 预期性; 专栏2–12 tables of numbered rows:
   * 4 + 7 + 4 + 6 + 3 + 10 + 7 + 2 + 4 + 5 + 4 = 56 */
  const Counts want = { 11, 33, 94, 30, 5, 25, 12, 56 };
  static const Row rows[] = {
    { 0, "经济发展", "地区生产总值年均增长", "%", "“十四五”年均增长4.0", "“十五五”年均增长5.0左右", PW_NATURE_EXPECTED },
    { 0, "经济发展", "全员劳动生产率", "万元/人", "28", "36", PW_NATURE_EXPECTED },
    { 0, "经济发展", "工业总产值", "万亿元", "2.5", "3", PW_NATURE_EXPECTED },
    /* the number glued to an opening quote */
    { 0, "经济发展", "“15+8”产业增加值占地区生产总值比重*", "%", "58.6", "67.5", PW_NATURE_EXPECTED },
    { 0, "经济发展", "数字经济核心产业增加值占地区生产总值比重", "%", "15.0", "18.0", PW_NATURE_EXPECTED },
    { 0, "经济发展", "社会消费品零售总额年均增长", "%", "“十四五”年均增长4.1", "“十五五”年均增长 5.0左右", PW_NATURE_EXPECTED },
    { 0, "经济发展", "海洋生产总值*", "亿元", "5231", "7300", PW_NATURE_EXPECTED },
    { 0, "科技创新", "全社会研发经费支出占地区生产总值比重", "%", "3.4", "4.0左右", PW_NATURE_EXPECTED },
    { 0, "科技创新", "企业研发经费支出占全社会研发经费支出比重", "%", "66", "70", PW_NATURE_EXPECTED },
    { 0, "科技创新", "每万人高价值发明专利拥有量", "件", "43.9", "60", PW_NATURE_EXPECTED },
    { 0, "对外开放", "商品进出口总值年均增长", "%", "“十四五”年均增长5.4", "“十五五”年均增长 6.0左右", PW_NATURE_EXPECTED },
    { 0, "对外开放", "服务外包合同执行额", "亿美元", "200", "240", PW_NATURE_EXPECTED },
    /* the unit's cell holds 万人次/ and 万吨 as two paragraphs */
    { 0, "对外开放", "机场旅客/货邮吞吐量", "万人次/万吨", "8358/244", "11000/350", PW_NATURE_EXPECTED },
    { 0, "对外开放", "港口货物/集装箱吞吐量", "亿吨/万标箱", "6.99/2805", "7.4/3100", PW_NATURE_EXPECTED },
    { 0, "绿色低碳", "单位地区生产总值二氧化碳排放降低", "%", "2021-2024年累计降低8.2", "完成省下达目标", PW_NATURE_BINDING },
    { 0, "绿色低碳", "细颗粒物（PM2.5）年均浓度", "微克/立方米", "21.5", "≤20", PW_NATURE_BINDING },
    { 0, "绿色低碳", "地表水优良水体比例*", "%", "100", "完成省下达目标", PW_NATURE_BINDING },
    { 0, "绿色低碳", "森林覆盖率", "%", "41.65", "完成省下达目标", PW_NATURE_BINDING },
    { 0, "民生福祉", "常住人口城镇化率", "%", "87.56", "88", PW_NATURE_EXPECTED },
    { 0, "民生福祉", "累计城镇新增就业人数", "万人", "“十四五” 累计新增160", "完成省下达目标", PW_NATURE_EXPECTED },
    { 0, "民生福祉", "常住居民人均可支配收入年均增速", "%", "“十四五”年均增长5.0", "与经济增长同步", PW_NATURE_EXPECTED },
    /* — in the unit column: no unit */
    { 0, "民生福祉", "城乡居民人均可支配收入比值", NULL, "1.99", "1.9", PW_NATURE_EXPECTED },
    { 0, "民生福祉", "普通高中入学率", "%", "57.61", "≥70", PW_NATURE_EXPECTED },
    /* the name and the nature merged over two rows */
    { 0, "民生福祉", "每千人口拥有医护人员数：每千人口拥有执业（助理）医师数", "人", "4.45", "4.50", PW_NATURE_EXPECTED },
    { 0, "民生福祉", "每千人口拥有医护人员数：每千人口拥有注册护士数", "人", "5.21", "5.30", PW_NATURE_EXPECTED },
    { 0, "民生福祉", "养老机构认知障碍照护床位数", "张", "5500", "≥7000", PW_NATURE_EXPECTED },
    /* 26. 3岁以下: a number, a point and a space, then the name */
    { 0, "民生福祉", "3岁以下婴幼儿入托率", "%", "10", "20", PW_NATURE_EXPECTED },
    { 0, "民生福祉", "人均预期寿命", "岁", "84.38", "≥85", PW_NATURE_EXPECTED },
    { 0, "安全保障", "电力电源装机规模", "万千瓦", "1624", "2050", PW_NATURE_EXPECTED },
    { 0, "安全保障", "单位地区生产总值生产安全事故死亡率", "人/百亿元", "0.61", "完成省下达目标", PW_NATURE_BINDING },
  };
  static const guint items[] = { 0, 4, 7, 4, 6, 3, 10, 7, 2, 4, 5, 4 };
  /* an item's name is the bold first paragraph of its cell */
  static const ItemName names[] = {
    { 2, 1, "汽车" },
    { 2, 4, "时尚消费品" },
    { 3, 7, "船舶与海洋工程" },
    { 7, 2, "环南昆山—罗浮山县镇村高质量发展文旅协作示范区" },
    { 7, 10, "中新广州知识城智创文旅功能区" },
    { 8, 1, "航空及低空项目" },
    { 11, 5, "专门教育" },
    { 12, 4, "专业公共卫生机构" },
  };
  Counts got;

  if (plan == NULL)
    return;
  g_test_message ("%s", name);
  count (plan, &got);
  assert_counts (&got, &want);
  g_assert_cmpuint (G_N_ELEMENTS (rows), ==, want.indicators);
  assert_rows (plan, rows, G_N_ELEMENTS (rows));
  assert_boxes (plan, items, G_N_ELEMENTS (items), names, G_N_ELEMENTS (names));

  g_assert_cmpstr (pw_plan_get_title (plan), ==, "广州市国民经济和社会发展第十五个五年规划纲要");
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "广州市");
  g_assert_cmpstr (pw_plan_get_doc_number (plan), ==, "穗府〔2026〕4号");
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2026);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2030);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2025);
  g_assert_cmpstr (pw_part_get_title (nth_part (plan, 1)), ==,
                   "坚持产业第一、制造业立市，推动现代化产业体系整体新跃升");
  g_assert_cmpstr (pw_chapter_get_title (nth_chapter (plan, 0)), ==, "发展基础和发展环境");
}

static void
test_guangzhou_html (void)
{
  check_guangzhou ("guangzhou-15th-outline.html");
}

static void
test_guangzhou_docx (void)
{
  check_guangzhou ("guangzhou-15th-outline.docx");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/import-corpus/nanjing", test_nanjing);
  g_test_add_func ("/pw/import-corpus/huangpu", test_huangpu);
  g_test_add_func ("/pw/import-corpus/putuo", test_putuo);
  g_test_add_func ("/pw/import-corpus/guangzhou/html", test_guangzhou_html);
  g_test_add_func ("/pw/import-corpus/guangzhou/docx", test_guangzhou_docx);

  return g_test_run ();
}
