/* test-kinds.c: every form of target of the seeds and the corpus, read and judged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table lists each distinct form of target printed in the indicator
 * tables of ../shared/seeds (000 Zhumadian, 002 Pingdingshan, 003 Xianning:
 * 十四五, 2020 → 2025) and ../shared/corpus (nanjing 专栏2, putuo 表2,
 * guangzhou 专栏1: 十五五, 2025 → 2030; huangpu 附件1: 十四五), read from the
 * files, with the name, unit, baseline and nature printed beside it; then
 * the forms the issue names that those tables do not print (年均增长5%以上,
 * 下降13.5%, 5—5.5, 保持在95%以上, 控制在5.5%以内, 每年 …), with figures
 * made up. For each: the kind the importer gives it (from the target, or
 * from a mark in the name or unit, reported as a guess), and the status for
 * the stated actual values, worked out by hand with the method of
 * doc/progress.md (the figures of its worked examples are rows here).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pw-enums.h"
#include "pw-import-kind.h"
#include "pw-progress.h"
#include "pw-test-util.h"

#define EPS 1e-4

typedef struct
{
  const char *source;  /* seed prefix or corpus file; NULL: a form the issue names */
  int t0;              /* baseline year; the final year is t0 + 5 */
  const char *name;
  const char *unit;
  const char *baseline;
  const char *target;
  PwNature nature;
  PwIndicatorKind kind;  /* the kind judged after import */
  gboolean guessed;      /* chosen on a mark of the name or unit, and reported */
  PwIndicatorKind fix;   /* the kind staff choose after reading the report; AUTO: none */
  const char *actuals;   /* "2021=6.1 2022=5.8"; "2022:in-progress" for a state */
  int year;              /* the year looked at */
  PwStatus status;
  gboolean alert;
  double completion;     /* P, NAN: not asserted */
  double schedule;       /* S, NAN: not asserted */
} Row;

#define B PW_NATURE_BINDING
#define E PW_NATURE_EXPECTED
#define K(x) PW_KIND_##x
#define S(x) PW_STATUS_##x

static const Row rows[] = {
  /* 000 Zhumadian, the one-cell-per-line table */
  { "000", 2020, "每千人口拥有3岁以下婴幼儿托位数", "个", "0.4", "4.5", E, K (LEVEL), FALSE, K (AUTO),
    "2022=1.8", 2022, S (LAGGING), FALSE, 0.341463, 0.853659 }, /* progress.md example 1 */
  { "000", 2020, "适龄儿童免疫规划疫苗接种率", NULL, "≥90%", "≥90%", B, K (LEVEL), FALSE, K (AUTO),
    "2022=89%", 2022, S (LAGGING), TRUE, NAN, NAN }, /* hold it, not held */
  { "000", 2020, "九年义务教育巩固率", NULL, "96.5%", ">96%", B, K (LEVEL), FALSE, K (AUTO),
    "2022=96.8%", 2022, S (ACHIEVED), FALSE, NAN, NAN }, /* example 6 */
  { "000", 2020, "义务教育家庭经济困难学生生活补助", NULL, "100%", "100%", B, K (LEVEL), FALSE, K (AUTO),
    "2023=100%", 2023, S (ACHIEVED), FALSE, NAN, NAN },
  { "000", 2020, "人均公共服务财政支出", "元", "5185", "稳定增长", E, K (QUALITATIVE), FALSE, K (AUTO),
    "2022:in-progress", 2022, S (ON_TRACK), FALSE, NAN, NAN },
  { "000", 2020, "人均预期寿命", "岁", "78.34", "提高1岁", E, K (RELATIVE), FALSE, K (AUTO),
    "2023=78.9", 2023, S (ON_TRACK), FALSE, 0.56, 0.933333 }, /* example 3 */
  /* a rise reached in 2022 (79.4 ≥ 79.34) stays achieved in 2023 (79.0), as before kinds */
  { "000", 2020, "人均预期寿命", "岁", "78.34", "提高1岁", E, K (RELATIVE), FALSE, K (AUTO),
    "2022=79.4 2023=79.0", 2023, S (ACHIEVED), FALSE, NAN, NAN },
  { "000", 2020, "劳动年龄人口平均受教育年限", "年", "10.5", "11.0左右", B, K (LEVEL), FALSE, K (AUTO),
    "2024=10.9", 2024, S (ACHIEVED), FALSE, NAN, NAN },
  { "000", 2020, "孤儿和事实无人抚养儿童保障覆盖率", NULL, "≥99%", "应保尽保", B, K (QUALITATIVE), FALSE,
    K (AUTO), "2021:in-progress 2022:largely-done", 2023, S (AHEAD), FALSE, NAN, NAN }, /* example 8 */
  /* the false alert of the issue: a five-year total, yearly flows entered */
  { "000", 2020, "城镇新增就业人数", "万人", "39.99", ">25", B, K (CUMULATIVE), TRUE, K (AUTO),
    "2021=6.1 2022=5.8 2023=5.9", 2023, S (AHEAD), FALSE, 0.712, 1.186667 }, /* example 10 */
  { "000", 2020, "参加职业技能培训人数", "万人", "75.1", "105.67", E, K (LEVEL), FALSE, K (AUTO),
    "2023=95", 2023, S (ON_TRACK), FALSE, 0.650965, 1.084942 },
  { "000", 2020, "零就业家庭动态清零", NULL, NULL, "动态清零", B, K (QUALITATIVE), FALSE, K (AUTO),
    "2021:done", 2022, S (ACHIEVED), FALSE, NAN, NAN },
  { "000", 2020, "每千人口拥有执业(助理)医师", "人", "2.52", "3.6左右", E, K (LEVEL), FALSE, K (AUTO),
    "2022=2.9", 2022, S (LAGGING), FALSE, 0.351852, 0.87963 }, /* example 4 */
  { "000", 2020, "养老机构护理型床位占比", NULL, "40%", "55%", B, K (LEVEL), FALSE, K (AUTO),
    "2023=48.5%", 2023, S (LAGGING), TRUE, 0.566667, 0.944444 }, /* example 5 */
  { "000", 2020, "城乡低保标准年度增幅", NULL, NULL, "不低于上年度人均消费支出增幅", E, K (QUALITATIVE), FALSE,
    K (AUTO), "", 2023, S (NO_DATA), FALSE, NAN, NAN },
  { "000", 2020, "人均体育场地面积", "平方米", "2.22", "≥2.6", E, K (LEVEL), FALSE, K (AUTO),
    "2023=2.45", 2023, S (ON_TRACK), FALSE, 0.605263, 1.008772 },
  { "000", 2020, "普惠性幼儿园覆盖率", NULL, "69.6%", ">85%", E, K (LEVEL), FALSE, K (AUTO),
    "2023=86% 2024=84.5%", 2024, S (ACHIEVED), FALSE, NAN, NAN }, /* example 7 */

  /* 002 Pingdingshan: full-width per cent; a yearly target printed bare */
  { "002", 2020, "九年义务教育巩固率", NULL, "99％", "≥99％", E, K (LEVEL), FALSE, K (AUTO),
    "2022=98.8%", 2022, S (LAGGING), FALSE, NAN, NAN },
  { "002", 2020, "城镇新增就业人数", "万人", "——", "6.5", B, K (CUMULATIVE), TRUE, K (ANNUAL),
    "2021=6.8 2022=6.2", 2022, S (LAGGING), TRUE, 0.953846, 0.953846 }, /* example 11 */
  { "002", 2020, "城镇新增就业人数", "万人", "——", "6.5", B, K (CUMULATIVE), TRUE, K (ANNUAL),
    "2021=6.8", 2021, S (ACHIEVED), FALSE, NAN, NAN },
  { "002", 2020, "养老机构护理型床位占比", NULL, "45％", "≥55％", B, K (LEVEL), FALSE, K (AUTO),
    "2023=52%", 2023, S (AHEAD), FALSE, 0.7, 1.166667 },
  { "002", 2020, "基本养老保险参保率", NULL, "90％", "98.5％", E, K (LEVEL), FALSE, K (AUTO),
    "2022=93%", 2022, S (LAGGING), FALSE, 0.352941, 0.882353 },
  { "002", 2020, "每千常住人口注册护士数", "人", "2.73", ">4.3", E, K (LEVEL), FALSE, K (AUTO),
    "2023=3.7", 2023, S (ON_TRACK), FALSE, 0.617834, 1.029724 },

  /* 003 Xianning: pipe rows */
  { "003", 2020, "孕妇死亡率", "1/10万", "13.95", "≤10", E, K (LEVEL), FALSE, K (AUTO),
    "2022=12.5 2023=9.6 2024=10.8", 2024, S (ON_TRACK), FALSE, 0.797468, 0.996835 }, /* example 2 */
  { "003", 2020, "森林火灾受害率", "%", "-", "<0.9", E, K (LEVEL), FALSE, K (AUTO),
    "2023=0.5", 2023, S (ACHIEVED), FALSE, NAN, NAN },
  { "003", 2020, "孕前优生健康检查目标人群覆盖率", "%", "-", "≥80", E, K (LEVEL), FALSE, K (AUTO),
    "2023=75", 2023, S (NOT_ASSESSABLE), FALSE, NAN, NAN },
  /* a five-year total below the last one: read as a level it would be a
   * fall from 24.8 to 18, met by any single year's flow */
  { "003", 2020, "城镇新增就业人数", "万人次", "24.8", "18", E, K (CUMULATIVE), TRUE, K (AUTO),
    "2021=3.9 2022=3.5", 2022, S (ON_TRACK), FALSE, 0.411111, 1.027778 },
  { "003", 2020, "特殊困难老年人适老化改造", "%", "15", "全覆盖", E, K (QUALITATIVE), FALSE, K (AUTO),
    "2023:not-started", 2023, S (LAGGING), FALSE, NAN, NAN },
  { "003", 2020, "基本医疗保险参保率", "%", "95", ">95", B, K (LEVEL), FALSE, K (AUTO),
    "2022=95", 2022, S (LAGGING), TRUE, NAN, NAN },
  /* 新增 in the name of an average: the schooling of those newly at work,
   * a level, not years added up */
  { "003", 2020, "新增劳动力平均受教育年限", "年", "13.7", "14.8", E, K (LEVEL), FALSE, K (AUTO),
    "2021=13.9 2022=14.1", 2022, S (ON_TRACK), FALSE, 0.363636, 0.909091 },

  /* nanjing 专栏2: no baseline column; growth rates marked in the name */
  { "nanjing-15th-outline.txt", 2025, "地区生产总值（GDP）年均增长率", "%", NULL, "5以上", E, K (GROWTH), TRUE,
    K (AUTO), "2026=5.2 2027=4.9", 2027, S (ON_TRACK), FALSE, 0.403895, 1.009737 },
  { "nanjing-15th-outline.txt", 2025, "全社会研发经费投入年均增长", "%", NULL, "7.5", E, K (GROWTH), TRUE,
    K (AUTO), "2026=6.0", 2026, S (LAGGING), FALSE, 0.16114, 0.805702 },
  { "nanjing-15th-outline.txt", 2025, "规上生产性服务业营业收入年均增速", "%", NULL, "6", E, K (GROWTH), TRUE,
    K (AUTO), "2026=7.0", 2026, S (AHEAD), FALSE, 0.232229, 1.161145 },
  { "nanjing-15th-outline.txt", 2025, "制造业增加值占比", "%", NULL, "基本稳定", E, K (QUALITATIVE), FALSE,
    K (AUTO), "2026:in-progress", 2026, S (ON_TRACK), FALSE, NAN, NAN },
  { "nanjing-15th-outline.txt", 2025, "居民人均可支配收入增长", NULL, NULL, "与经济增长\n保持同步", E,
    K (QUALITATIVE), FALSE, K (AUTO), "", 2026, S (NO_DATA), FALSE, NAN, NAN },
  { "nanjing-15th-outline.txt", 2025, "人均预期寿命", "岁", NULL, "≥85", E, K (LEVEL), FALSE, K (AUTO),
    "2027=85.1", 2027, S (ACHIEVED), FALSE, NAN, NAN },
  { "nanjing-15th-outline.txt", 2025, "单位地区生产总值二氧化碳排放降低", "%", NULL, "完成省定目标", B,
    K (QUALITATIVE), FALSE, K (AUTO), "2026:in-progress", 2026, S (ON_TRACK), FALSE, NAN, NAN },
  { "nanjing-15th-outline.txt", 2025, "文化产业增加值占GDP比重", "%", NULL, "6.5左右", E, K (LEVEL), FALSE,
    K (AUTO), "2027=6.3", 2027, S (ACHIEVED), FALSE, NAN, NAN },
  { "nanjing-15th-outline.txt", 2025, "粮食综合生产能力", "万吨", NULL, "＞100", B, K (LEVEL), FALSE, K (AUTO),
    "2026=101", 2026, S (ACHIEVED), FALSE, NAN, NAN },
  /* 〔20〕 under a name that falls by per cent: a 20% fall over the
   * period; without a baseline the fall achieved is entered as such */
  { "nanjing-15th-outline.txt", 2025, "起数下降", "%", NULL, "〔20〕", B, K (RELATIVE), TRUE, K (AUTO),
    "2027=下降9%", 2027, S (AHEAD), FALSE, 0.45, 1.125 }, /* example 13 */
  { "nanjing-15th-outline.txt", 2025, "起数下降", "%", NULL, "〔20〕", B, K (RELATIVE), TRUE, K (AUTO),
    "2027=91", 2027, S (NOT_ASSESSABLE), FALSE, NAN, NAN },
  { "nanjing-15th-outline.txt", 2025, "起数下降", "%", "100", "〔20〕", B, K (RELATIVE), TRUE, K (AUTO),
    "2027=91", 2027, S (AHEAD), FALSE, 0.45, 1.125 },

  /* putuo 表2: baseline “十四五”现状 (2025); 新建 is a total over the period */
  { "putuo-greening-15th.md", 2025, "新建绿地", "万平方米", "90.87", "35", B, K (CUMULATIVE), TRUE, K (AUTO),
    "2026=8 2027=6", 2027, S (ON_TRACK), FALSE, 0.4, 1.0 },
  { "putuo-greening-15th.md", 2025, "绿化覆盖率", "%", "31.46", "31.5", B, K (LEVEL), FALSE, K (AUTO),
    "2027=31.47", 2027, S (LAGGING), TRUE, 0.25, 0.625 },
  { "putuo-greening-15th.md", 2025, "重要区域、重点单体建（构）筑物的景观照明集中控制纳控率", "%", "92.1",
    "95以上", E, K (LEVEL), FALSE, K (AUTO), "2026=95.2", 2026, S (ACHIEVED), FALSE, NAN, NAN },
  { "putuo-greening-15th.md", 2025, "新能源环卫车辆占比", "%", "/", "70以上", E, K (LEVEL), FALSE, K (AUTO),
    "2027=65", 2027, S (NOT_ASSESSABLE), FALSE, NAN, NAN },

  /* huangpu 附件1: 2025 targets, no baseline */
  { "huangpu-heritage-14th.md", 2020, "消除老旧小区手拎马桶", NULL, "—", "基本消除", B, K (QUALITATIVE), FALSE,
    K (AUTO), "2023:done", 2023, S (ACHIEVED), FALSE, NAN, NAN },
  { "huangpu-heritage-14th.md", 2020, "老旧住房综合修缮改造累计面积", "万平方米", NULL, "100", B,
    K (CUMULATIVE), TRUE, K (AUTO), "2021=18 2022=22 2023=19", 2023, S (LAGGING), TRUE, 0.59, 0.983333 },
  { "huangpu-heritage-14th.md", 2020, "新增文物保护员", "人", NULL, ">50", E, K (CUMULATIVE), TRUE, K (AUTO),
    "2021=12 2022=15", 2022, S (AHEAD), FALSE, 0.54, 1.35 },

  /* guangzhou 专栏1: rates printed in the cells, the baseline a rate too */
  { "guangzhou-15th-outline.html", 2025, "地区生产总值年均增长", "%", "“十四五”年均增长4.0",
    "“十五五”年均增长5.0左右", E, K (GROWTH), FALSE, K (AUTO), "2026=5.1 2027=4.8", 2027, S (ON_TRACK), FALSE,
    0.396087, 0.990217 }, /* example 12 */
  { "guangzhou-15th-outline.html", 2025, "社会消费品零售总额年均增长", "%", "“十四五”年均增长4.1",
    "“十五五”年均增长5.0左右", E, K (GROWTH), FALSE, K (AUTO), "2026=4.0", 2026, S (LAGGING), FALSE,
    0.160773, 0.803865 },
  { "guangzhou-15th-outline.html", 2025, "年均浓度" /* 细颗粒物（PM<sub>2.5</sub>）年均浓度 */, "微克/立方米", "21.5", "≤20", B,
    K (LEVEL), FALSE, K (AUTO), "2027=20.8", 2027, S (AHEAD), FALSE, 0.466667, 1.166667 },
  { "guangzhou-15th-outline.html", 2025, "城乡居民人均可支配收入比值", "—", "1.99", "1.9", E, K (LEVEL), FALSE,
    K (AUTO), "2027=1.95", 2027, S (AHEAD), FALSE, 0.444444, 1.111111 },
  { "guangzhou-15th-outline.html", 2025, "养老机构认知障碍照护床位数", "张", "5500", "≥7000", E, K (LEVEL), FALSE,
    K (AUTO), "2027=6000", 2027, S (LAGGING), FALSE, 0.333333, 0.833333 },
  { "guangzhou-15th-outline.html", 2025, "全社会研发经费支出占地区生产总值比重", "%", "3.4", "4.0左右", E,
    K (LEVEL), FALSE, K (AUTO), "2027=3.6", 2027, S (LAGGING), FALSE, 0.333333, 0.833333 },
  { "guangzhou-15th-outline.html", 2025, "累计城镇新增就业人数", "万人", "“十四五”累计新增160", "完成省下达目标",
    E, K (QUALITATIVE), FALSE, K (AUTO), "", 2026, S (NO_DATA), FALSE, NAN, NAN },

  /* forms the issue names that these tables do not print; figures made up */
  { NULL, 2020, "一般公共预算收入", "亿元", "100", "年均增长5%以上", E, K (GROWTH), FALSE, K (AUTO),
    "2022=111", 2022, S (ON_TRACK), FALSE, 0.427791, 1.069478 }, /* example 12 */
  { NULL, 2020, "城镇新增就业人数", "万人", "——", "累计新增10万人", E, K (CUMULATIVE), FALSE, K (AUTO),
    "2021=2.5 2022=2.1", 2022, S (AHEAD), FALSE, 0.46, 1.15 },
  { NULL, 2020, "城镇新增就业人数", "万人", "——", "每年新增1.2万人", E, K (ANNUAL), FALSE, K (AUTO),
    "2022=1.1", 2022, S (ON_TRACK), FALSE, 0.916667, 0.916667 },
  { NULL, 2020, "单位地区生产总值能源消耗", "吨标准煤/万元", "0.5", "下降13.5%", B, K (RELATIVE), FALSE,
    K (AUTO), "2022=0.47", 2022, S (AHEAD), FALSE, 0.444444, 1.111111 }, /* example 13 */
  { NULL, 2020, "高中阶段教育毛入学率", "%", "96.5%", "提高2个百分点", E, K (RELATIVE), FALSE, K (AUTO),
    "2023=97.5", 2023, S (LAGGING), FALSE, 0.5, 0.833333 },
  { NULL, 2020, "每千人口注册护士数", "人", "4.2", "5—5.5", E, K (RANGE), FALSE, K (AUTO),
    "2023=4.6", 2023, S (LAGGING), FALSE, 0.5, 0.833333 }, /* example 14 */
  { NULL, 2020, "每千人口注册护士数", "人", "4.2", "5—5.5", E, K (RANGE), FALSE, K (AUTO),
    "2023=4.6 2024=5.2", 2024, S (ACHIEVED), FALSE, NAN, NAN },
  { NULL, 2020, "每千人口注册护士数", "人", "4.2", "5—5.5", E, K (RANGE), FALSE, K (AUTO),
    "2024=5.8", 2024, S (LAGGING), FALSE, NAN, NAN },
  { NULL, 2020, "居民收入增长", "%", "5.5", "5%—6%", E, K (RANGE), FALSE, K (AUTO),
    "2022=6.5%", 2022, S (LAGGING), FALSE, NAN, NAN },
  /* hold: checked in every year, unlike a floor, which counts once crossed */
  { NULL, 2020, "基本养老保险参保率", "%", "93%", "保持在95%以上", B, K (HOLD), FALSE, K (AUTO),
    "2022=95.5% 2023=94.8%", 2023, S (AHEAD), FALSE, 0.9, 1.5 }, /* example 15 */
  { NULL, 2020, "基本养老保险参保率", "%", "96%", "保持在95%以上", B, K (HOLD), FALSE, K (AUTO),
    "2022=94.8%", 2022, S (LAGGING), TRUE, NAN, NAN },
  { NULL, 2020, "城镇调查失业率", "%", "5.2%", "控制在5.5%以内", E, K (HOLD), FALSE, K (AUTO),
    "2022=5.3% 2023=5.7%", 2023, S (LAGGING), FALSE, NAN, NAN }, /* example 15 */
  { NULL, 2020, "城镇调查失业率", "%", "5.2%", "控制在5.5%以内", E, K (HOLD), FALSE, K (AUTO),
    "2022=5.3%", 2022, S (ACHIEVED), FALSE, NAN, NAN },
  /* a cumulative total with a year left out cannot be added up */
  { NULL, 2020, "城镇新增就业人数", "万人", "——", "累计新增10万人", E, K (CUMULATIVE), FALSE, K (AUTO),
    "2021=2.5 2023=2.1", 2023, S (NOT_ASSESSABLE), FALSE, NAN, NAN },
};

/* Auxiliary methods */

static char *
source_path (const char *source)
{
  g_autofree char *seeds = NULL;
  g_autofree char *corpus = NULL;
  g_autofree char *path = NULL;

  if (g_ascii_isdigit (source[0]))
    return pw_test_seed_path (source);

  seeds = pw_test_seed_path ("000");
  if (seeds == NULL)
    return NULL;
  corpus = g_build_filename (g_getenv ("PW_SEEDS_DIR"), "..", "corpus", NULL);
  path = g_build_filename (corpus, source, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *reason = g_strdup_printf ("the corpus is absent (%s)", corpus);
      g_test_skip (reason);
      return NULL;
    }
  return g_steal_pointer (&path);
}

static void
set_actuals (PwIndicator *indicator,
             const char  *actuals)
{
  g_auto(GStrv) items = g_strsplit (actuals, " ", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      const char *equals = strchr (items[i], '=');
      const char *colon = strchr (items[i], ':');
      int year = atoi (items[i]);

      if (*items[i] == '\0')
        continue;
      g_assert_cmpint (year, >, 2000);
      if (equals != NULL)
        {
          g_autoptr(PwValue) value = pw_value_new (equals + 1);

          pw_indicator_set_actual (indicator, year, value);
        }
      else
        {
          int state;

          g_assert_nonnull (colon);
          g_assert_true (pw_enum_from_nick (PW_TYPE_QUAL_STATE, colon + 1, &state));
          pw_indicator_set_state (indicator, year, state);
        }
    }
}

static PwIndicator *
import_row (const Row *row,
            char     **guess)
{
  PwIndicator *indicator = pw_indicator_new ();
  g_autoptr(PwValue) baseline = row->baseline ? pw_value_new (row->baseline) : NULL;
  g_autoptr(PwValue) target = pw_value_new (row->target);

  pw_indicator_set_name (indicator, row->name);
  pw_indicator_set_unit (indicator, row->unit);
  pw_indicator_set_baseline (indicator, baseline);
  pw_indicator_set_target (indicator, target);
  pw_indicator_set_nature (indicator, row->nature);
  pw_indicator_set_kind (indicator, pw_import_choose_kind (row->name, row->unit, target, guess));
  return indicator;
}

/* Tests */

static void
test_row (gconstpointer data)
{
  const Row *row = data;
  g_autoptr(PwThresholds) thresholds = pw_thresholds_new ();
  g_autofree char *guess = NULL;
  g_autoptr(PwIndicator) indicator = import_row (row, &guess);
  PwProgress progress;

  g_test_message ("%s: %s %s → %s", row->source ? row->source : "issue", row->name,
                  row->baseline ? row->baseline : "", row->target);

  /* the form as printed: the text is in the document, beside its name */
  if (row->source != NULL)
    {
      g_autofree char *path = source_path (row->source);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        return;
      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (contents, row->target));
      g_assert_nonnull (strstr (contents, row->name));
    }

  /* the value keeps the printed text */
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, row->target);

  /* the kind, and whether the import report says it was guessed */
  g_assert_cmpint (pw_indicator_get_judged_kind (indicator), ==, row->kind);
  g_assert_true ((guess != NULL) == row->guessed);
  if (guess != NULL)
    g_assert_nonnull (strstr (guess, row->name));

  if (row->fix != PW_KIND_AUTO)
    pw_indicator_set_kind (indicator, row->fix);

  set_actuals (indicator, row->actuals);
  pw_progress_compute (indicator, thresholds, row->t0, row->t0 + 5, row->year, &progress);
  g_assert_cmpint (progress.kind, ==, row->fix != PW_KIND_AUTO ? row->fix : row->kind);
  g_assert_cmpint (progress.status, ==, row->status);
  g_assert_true (progress.alert == row->alert);
  if (!isnan (row->completion))
    g_assert_cmpfloat_with_epsilon (progress.completion, row->completion, EPS);
  if (!isnan (row->schedule))
    g_assert_cmpfloat_with_epsilon (progress.schedule, row->schedule, EPS);
}

/* Every kind is in the table, and every form of the seeds and corpus
 * listed once per status it shows. */
static void
test_coverage (void)
{
  gboolean seen[PW_N_KINDS] = { FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    seen[rows[i].fix != PW_KIND_AUTO ? rows[i].fix : rows[i].kind] = TRUE;
  for (int kind = PW_KIND_LEVEL; kind < PW_N_KINDS; kind++)
    {
      g_test_message ("kind %s", pw_enum_to_nick (PW_TYPE_INDICATOR_KIND, kind));
      g_assert_true (seen[kind]);
    }
}

/* The sample plan: 城镇新增就业人数 is a five-year total and is no longer a
 * false alert; its yearly flows 6.1 + 5.8 + 5.9 = 17.8 of 25 by 2023. */
static void
test_sample (void)
{
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "kind=\"cumulative\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/pw/kinds/row/%02u", i);

      g_test_add_data_func (path, &rows[i], test_row);
    }
  g_test_add_func ("/pw/kinds/coverage", test_coverage);
  g_test_add_func ("/pw/kinds/sample-file", test_sample);

  return g_test_run ();
}
