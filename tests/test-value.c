/* test-value.c: the value parser, against every value the seeds print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The seed table lists every distinct text printed in the baseline (2020)
 * and target (2025) columns of the indicator tables of the seed plans, read
 * from the files by hand: 000 (one cell per line, lines 110–390), 002 (tab
 * cells after 表2-1, lines 51–236) and 003 (pipe rows after 表1, lines
 * 70–122). 001 and 004 print no indicator table. The comment on each row
 * says where the text is printed (file:line). The expected meaning of each
 * was worked out from the text, not from the parser.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pw-test-util.h"
#include "pw-value.h"
#include "pw-value-cache.h"

typedef struct
{
  const char *text;
  PwValueKind kind;
  double number; /* NAN: none */
  PwComparator comparator;
  PwUnitKind unit_kind;
  PwRelativeMode relative_mode;
  PwQualitative qualitative;
  const char *suffix;
} ValueCase;

#define NUMBER(text, number, comparator, unit) \
  { text, PW_VALUE_NUMBER, number, PW_COMPARATOR_##comparator, PW_UNIT_##unit, \
    PW_RELATIVE_NONE, PW_QUALITATIVE_NONE, NULL }
#define NUMBER_WITH_UNIT(text, number, comparator, unit, suffix) \
  { text, PW_VALUE_NUMBER, number, PW_COMPARATOR_##comparator, PW_UNIT_##unit, \
    PW_RELATIVE_NONE, PW_QUALITATIVE_NONE, suffix }
#define RELATIVE(text, change, comparator, unit, mode, suffix) \
  { text, PW_VALUE_RELATIVE, change, PW_COMPARATOR_##comparator, PW_UNIT_##unit, \
    PW_RELATIVE_##mode, PW_QUALITATIVE_NONE, suffix }
#define QUALITATIVE(text, goal) \
  { text, PW_VALUE_QUALITATIVE, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, \
    PW_RELATIVE_NONE, PW_QUALITATIVE_##goal, NULL }
#define REFERENCE(text, comparator, figure) \
  { text, PW_VALUE_QUALITATIVE, NAN, PW_COMPARATOR_##comparator, PW_UNIT_PLAIN, \
    PW_RELATIVE_NONE, PW_QUALITATIVE_REFERENCE, figure }
#define BLANK(text, kind) \
  { text, PW_VALUE_##kind, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, \
    PW_RELATIVE_NONE, PW_QUALITATIVE_NONE, NULL }
#define INVALID(text) \
  { text, PW_VALUE_INVALID, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, \
    PW_RELATIVE_NONE, PW_QUALITATIVE_NONE, NULL }

/* Every distinct value of the seeds' indicator tables, in the order first met. */
static const ValueCase seed_cases[] = {
  NUMBER ("5185", 5185, EQUAL, PLAIN), /* 000:112 */
  QUALITATIVE ("稳定增长", STEADY_GROWTH), /* 000:114, 002:53 */
  NUMBER ("78.34", 78.34, EQUAL, PLAIN), /* 000:120 */
  RELATIVE ("提高1岁", 1, EQUAL, PLAIN, ABSOLUTE, "岁"), /* 000:122 */
  NUMBER ("10.5", 10.5, EQUAL, PLAIN), /* 000:128 */
  NUMBER ("11.0左右", 11.0, ABOUT, PLAIN), /* 000:130 */
  NUMBER ("≥90%", 90, GREATER_EQUAL, PERCENT), /* 000:144, 000:146 */
  NUMBER ("≥99%", 99, GREATER_EQUAL, PERCENT), /* 000:152, 002:74 */
  QUALITATIVE ("应保尽保", COVER_ALL_ELIGIBLE), /* 000:154, 000:264, 000:270, 002:75, 003:75, 003:104 */
  NUMBER ("96.5%", 96.5, EQUAL, PERCENT), /* 000:162 */
  NUMBER (">96%", 96, GREATER, PERCENT), /* 000:164 */
  NUMBER ("100%", 100, EQUAL, PERCENT), /* 000:170, 000:172, 000:292, 000:294, 002:159, … */
  NUMBER ("39.99", 39.99, EQUAL, PLAIN), /* 000:180 */
  NUMBER (">25", 25, GREATER, PLAIN), /* 000:182 */
  NUMBER ("75.1", 75.1, EQUAL, PLAIN), /* 000:188 */
  NUMBER ("105.67", 105.67, EQUAL, PLAIN), /* 000:190 */
  QUALITATIVE ("动态清零", DYNAMIC_ZERO), /* 000:196, 002:110, 003:83 */
  NUMBER ("7.05", 7.05, EQUAL, PLAIN), /* 000:204 */
  NUMBER ("7.2", 7.2, EQUAL, PLAIN), /* 000:206 */
  NUMBER ("2.52", 2.52, EQUAL, PLAIN), /* 000:220 */
  NUMBER ("3.6左右", 3.6, ABOUT, PLAIN), /* 000:222 */
  NUMBER ("2.84", 2.84, EQUAL, PLAIN), /* 000:228 */
  NUMBER ("4.3左右", 4.3, ABOUT, PLAIN), /* 000:230 */
  NUMBER ("96%", 96, EQUAL, PERCENT), /* 000:236 */
  NUMBER ("97%", 97, EQUAL, PERCENT), /* 000:238, 002:137 */
  NUMBER ("502.87", 502.87, EQUAL, PLAIN), /* 000:246 */
  NUMBER ("518.52", 518.52, EQUAL, PLAIN), /* 000:248 */
  NUMBER ("40%", 40, EQUAL, PERCENT), /* 000:254 */
  NUMBER ("55%", 55, EQUAL, PERCENT), /* 000:256 */
  REFERENCE ("不低于上年度人均消费支出增幅", AT_LEAST, "上年度人均消费支出增幅"), /* 000:278, 002:173 */
  NUMBER ("5988", 5988, EQUAL, PLAIN), /* 000:284 */
  NUMBER ("2865.3", 2865.3, EQUAL, PLAIN), /* 000:308 */
  NUMBER ("3000", 3000, EQUAL, PLAIN), /* 000:310 */
  NUMBER ("4900", 4900, EQUAL, PLAIN), /* 000:316 */
  NUMBER ("5000", 5000, EQUAL, PLAIN), /* 000:318 */
  NUMBER ("2.22", 2.22, EQUAL, PLAIN), /* 000:324 */
  NUMBER ("≥2.6", 2.6, GREATER_EQUAL, PLAIN), /* 000:326 */
  NUMBER ("90%", 90, EQUAL, PERCENT), /* 000:332, 002:236 */
  NUMBER ("69.6%", 69.6, EQUAL, PERCENT), /* 000:350 */
  NUMBER (">85%", 85, GREATER, PERCENT), /* 000:352 */
  NUMBER ("0.4", 0.4, EQUAL, PLAIN), /* 000:358 */
  NUMBER ("4.5", 4.5, EQUAL, PLAIN), /* 000:360, 002:68, 003:71, 003:85 */
  NUMBER ("60%", 60, EQUAL, PERCENT), /* 000:366 */
  NUMBER ("92%", 92, EQUAL, PERCENT), /* 000:372 */
  NUMBER ("94%", 94, EQUAL, PERCENT), /* 000:374 */
  NUMBER ("6.2", 6.2, EQUAL, PLAIN), /* 000:380 */
  NUMBER ("8.5", 8.5, EQUAL, PLAIN), /* 000:382 */
  NUMBER ("3.87", 3.87, EQUAL, PLAIN), /* 000:388 */
  NUMBER ("4.83", 4.83, EQUAL, PLAIN), /* 000:390 */
  BLANK ("", EMPTY), /* 002:179, the empty 2020 cell of 低收入重度残疾人家居无障碍改造率 */
  BLANK ("——", NONE), /* 002:52, 002:102, 002:109, 002:158, … */
  NUMBER ("78.1", 78.1, EQUAL, PLAIN), /* 002:59 */
  NUMBER ("79.1", 79.1, EQUAL, PLAIN), /* 002:60 */
  NUMBER ("0.7", 0.7, EQUAL, PLAIN), /* 002:67 */
  NUMBER ("≥90% ", 90, GREATER_EQUAL, PERCENT), /* 002:81, 002:82 */
  NUMBER ("99％", 99, EQUAL, PERCENT), /* 002:88 */
  NUMBER ("≥99％", 99, GREATER_EQUAL, PERCENT), /* 002:89 */
  NUMBER ("100％", 100, EQUAL, PERCENT), /* 002:95, 002:96 */
  NUMBER ("6.5", 6.5, EQUAL, PLAIN), /* 002:103 */
  NUMBER ("6.62", 6.62, EQUAL, PLAIN), /* 002:116 */
  NUMBER ("7.7", 7.7, EQUAL, PLAIN), /* 002:117 */
  NUMBER ("2.73", 2.73, EQUAL, PLAIN), /* 002:123 */
  NUMBER (">4.3", 4.3, GREATER, PLAIN), /* 002:124 */
  NUMBER ("2.49", 2.49, EQUAL, PLAIN), /* 002:130 */
  NUMBER ("3.93", 3.93, EQUAL, PLAIN), /* 002:131 */
  NUMBER ("98.5%", 98.5, EQUAL, PERCENT), /* 002:138 */
  NUMBER ("90％", 90, EQUAL, PERCENT), /* 002:144 */
  NUMBER ("98.5％", 98.5, EQUAL, PERCENT), /* 002:145 */
  NUMBER ("45％", 45, EQUAL, PERCENT), /* 002:151 */
  NUMBER ("≥55％", 55, GREATER_EQUAL, PERCENT), /* 002:152 */
  NUMBER ("248", 248, EQUAL, PLAIN), /* 002:193 */
  NUMBER ("300", 300, EQUAL, PLAIN), /* 002:194 */
  NUMBER ("1.9", 1.9, EQUAL, PLAIN), /* 002:200 */
  NUMBER ("2.6", 2.6, EQUAL, PLAIN), /* 002:201 */
  NUMBER ("80%", 80, EQUAL, PERCENT), /* 002:207 */
  NUMBER ("85%", 85, EQUAL, PERCENT), /* 002:208 */
  NUMBER ("2.81", 2.81, EQUAL, PLAIN), /* 002:214 */
  NUMBER ("3.7", 3.7, EQUAL, PLAIN), /* 002:215 */
  NUMBER ("60％", 60, EQUAL, PERCENT), /* 002:222 */
  NUMBER ("94％", 94, EQUAL, PERCENT), /* 002:228 */
  NUMBER ("96％", 96, EQUAL, PERCENT), /* 002:229 */
  NUMBER ("90", 90, EQUAL, PLAIN), /* 003:70, 003:72 */
  NUMBER ("95", 95, EQUAL, PLAIN), /* 003:70, 003:78, 003:79, 003:93 */
  BLANK ("-", NONE), /* 003:71 to 003:74, 003:76, 003:83, … */
  NUMBER ("≥80", 80, GREATER_EQUAL, PLAIN), /* 003:73 */
  NUMBER ("≥90", 90, GREATER_EQUAL, PLAIN), /* 003:74 */
  NUMBER ("100", 100, EQUAL, PLAIN), /* 003:75, 003:100, 003:103, 003:109, … */
  NUMBER (">80", 80, GREATER, PLAIN), /* 003:76 */
  NUMBER ("99", 99, EQUAL, PLAIN), /* 003:77 */
  NUMBER ("99.6", 99.6, EQUAL, PLAIN), /* 003:77 */
  NUMBER ("96", 96, EQUAL, PLAIN), /* 003:78 */
  NUMBER ("93", 93, EQUAL, PLAIN), /* 003:79 */
  NUMBER ("71.9", 71.9, EQUAL, PLAIN), /* 003:80 */
  NUMBER ("72", 72, EQUAL, PLAIN), /* 003:80 */
  NUMBER ("11.1", 11.1, EQUAL, PLAIN), /* 003:81 */
  NUMBER ("11.4", 11.4, EQUAL, PLAIN), /* 003:81 */
  NUMBER ("13.7", 13.7, EQUAL, PLAIN), /* 003:82 */
  NUMBER ("14.8", 14.8, EQUAL, PLAIN), /* 003:82 */
  NUMBER ("24.8", 24.8, EQUAL, PLAIN), /* 003:84 */
  NUMBER ("18", 18, EQUAL, PLAIN), /* 003:84, 003:90 */
  NUMBER ("5.5", 5.5, EQUAL, PLAIN), /* 003:85 */
  NUMBER ("17.72", 17.72, EQUAL, PLAIN), /* 003:86 */
  NUMBER ("8", 8, EQUAL, PLAIN), /* 003:86 */
  NUMBER ("10", 10, EQUAL, PLAIN), /* 003:87 */
  NUMBER ("6", 6, EQUAL, PLAIN), /* 003:88 */
  NUMBER ("17", 17, EQUAL, PLAIN), /* 003:89 */
  NUMBER ("2.77", 2.77, EQUAL, PLAIN), /* 003:91 */
  NUMBER ("3.2", 3.2, EQUAL, PLAIN), /* 003:91 */
  NUMBER ("3.11", 3.11, EQUAL, PLAIN), /* 003:92 */
  NUMBER ("4.2", 4.2, EQUAL, PLAIN), /* 003:92 */
  NUMBER (">95", 95, GREATER, PLAIN), /* 003:93, 003:110, 003:121 */
  NUMBER ("26", 26, EQUAL, PLAIN), /* 003:94 */
  NUMBER ("≥30", 30, GREATER_EQUAL, PLAIN), /* 003:94 */
  NUMBER ("13.95", 13.95, EQUAL, PLAIN), /* 003:95 */
  NUMBER ("≤10", 10, LESS_EQUAL, PLAIN), /* 003:95 */
  NUMBER ("1.78", 1.78, EQUAL, PLAIN), /* 003:96 */
  NUMBER ("≤5", 5, LESS_EQUAL, PLAIN), /* 003:96 */
  NUMBER ("3.31", 3.31, EQUAL, PLAIN), /* 003:97 */
  NUMBER ("≤6", 6, LESS_EQUAL, PLAIN), /* 003:97 */
  NUMBER ("78.71", 78.71, EQUAL, PLAIN), /* 003:98 */
  NUMBER ("79.5", 79.5, EQUAL, PLAIN), /* 003:98 */
  NUMBER ("38", 38, EQUAL, PLAIN), /* 003:99 */
  NUMBER ("60", 60, EQUAL, PLAIN), /* 003:99, 003:106, 003:107 */
  NUMBER ("2.03", 2.03, EQUAL, PLAIN), /* 003:101 */
  NUMBER (">2.6", 2.6, GREATER, PLAIN), /* 003:101 */
  NUMBER (">37", 37, GREATER, PLAIN), /* 003:102 */
  NUMBER ("41", 41, EQUAL, PLAIN), /* 003:102 */
  NUMBER ("18.62", 18.62, EQUAL, PLAIN), /* 003:105 */
  NUMBER ("55", 55, EQUAL, PLAIN), /* 003:106 */
  NUMBER ("34", 34, EQUAL, PLAIN), /* 003:107 */
  NUMBER ("15", 15, EQUAL, PLAIN), /* 003:108 */
  QUALITATIVE ("全覆盖", FULL_COVERAGE), /* 003:108 */
  NUMBER ("97", 97, EQUAL, PLAIN), /* 003:109 */
  NUMBER ("90.67", 90.67, EQUAL, PLAIN), /* 003:110 */
  NUMBER ("56", 56, EQUAL, PLAIN), /* 003:113 */
  NUMBER ("65", 65, EQUAL, PLAIN), /* 003:113 */
  NUMBER ("50", 50, EQUAL, PLAIN), /* 003:118 */
  NUMBER ("70", 70, EQUAL, PLAIN), /* 003:120 */
  NUMBER ("<0.9", 0.9, LESS, PLAIN), /* 003:122 */
};

/* The forms the issue names that the seeds happen not to print, and the
 * edge cases of real cells: full-width forms, spaces, separators, signs,
 * units, and garbage that must be flagged rather than guessed at. */
static const ValueCase edge_cases[] = {
  /* printed forms of other plans */
  NUMBER ("93.5%以上", 93.5, AT_LEAST, PERCENT),
  NUMBER ("约3.6", 3.6, ABOUT, PLAIN),
  NUMBER ("3.6 左右", 3.6, ABOUT, PLAIN),
  NUMBER ("不低于90%", 90, AT_LEAST, PERCENT),
  NUMBER ("90%以下", 90, AT_MOST, PERCENT),
  NUMBER ("不超过10", 10, AT_MOST, PLAIN),
  NUMBER ("10以内", 10, AT_MOST, PLAIN),
  NUMBER ("达到90%以上", 90, AT_LEAST, PERCENT),
  NUMBER ("≥90%以上", 90, AT_LEAST, PERCENT),
  NUMBER ("约90%左右", 90, ABOUT, PERCENT),
  NUMBER ("5‰", 5, EQUAL, PERMILLE),
  /* look-alikes of the comparison signs */
  NUMBER ("≧90%", 90, GREATER_EQUAL, PERCENT),
  NUMBER ("≦10", 10, LESS_EQUAL, PLAIN),
  NUMBER ("＞90", 90, GREATER, PLAIN),
  NUMBER ("﹥90", 90, GREATER, PLAIN),
  NUMBER ("＜0.9", 0.9, LESS, PLAIN),
  NUMBER (">=90", 90, GREATER_EQUAL, PLAIN),
  /* full-width digits and spaces */
  NUMBER ("９６．５％", 96.5, EQUAL, PERCENT),
  NUMBER ("≥９０％", 90, GREATER_EQUAL, PERCENT),
  NUMBER (" ≥ 90 % ", 90, GREATER_EQUAL, PERCENT),
  NUMBER ("\u3000" "78.34\u3000", 78.34, EQUAL, PLAIN),
  /* thousands separators */
  NUMBER ("5,988", 5988, EQUAL, PLAIN),
  NUMBER ("12,345.6", 12345.6, EQUAL, PLAIN),
  NUMBER ("1,234,567", 1234567, EQUAL, PLAIN),
  NUMBER ("1,000.5", 1000.5, EQUAL, PLAIN),
  INVALID ("1,2"),
  INVALID ("12,34"),
  INVALID ("1,2345"),
  INVALID ("1,000,00"),
  INVALID ("1，234"),   /* a full-width comma separates clauses, not digits */
  /* signs */
  NUMBER ("−3.2%", -3.2, EQUAL, PERCENT),
  NUMBER ("-5", -5, EQUAL, PLAIN),
  NUMBER ("－5", -5, EQUAL, PLAIN),
  NUMBER ("+5", 5, EQUAL, PLAIN),
  NUMBER ("≥-5", -5, GREATER_EQUAL, PLAIN),
  NUMBER ("0", 0, EQUAL, PLAIN),
  NUMBER (".5", 0.5, EQUAL, PLAIN),
  /* units after the number */
  NUMBER_WITH_UNIT ("13.95/10万", 13.95, EQUAL, PER_100K, "/10万"),
  NUMBER_WITH_UNIT ("1/10万", 1, EQUAL, PER_100K, "/10万"),
  NUMBER_WITH_UNIT ("59万人", 59, EQUAL, PLAIN, "万人"),
  NUMBER_WITH_UNIT ("1.5万元", 1.5, EQUAL, PLAIN, "万元"),
  NUMBER_WITH_UNIT ("≥2.6平方米", 2.6, GREATER_EQUAL, PLAIN, "平方米"),
  /* changes against the baseline */
  RELATIVE ("提高2个百分点", 2, EQUAL, PERCENT, ABSOLUTE, "个百分点"),
  RELATIVE ("下降2个百分点", -2, EQUAL, PERCENT, ABSOLUTE, "个百分点"),
  RELATIVE ("比2020年增长30%", 30, EQUAL, PERCENT, PERCENT, NULL),
  RELATIVE ("增长30%", 30, EQUAL, PERCENT, PERCENT, NULL),
  RELATIVE ("降低10%", -10, EQUAL, PERCENT, PERCENT, NULL),
  RELATIVE ("提高1岁以上", 1, AT_LEAST, PLAIN, ABSOLUTE, "岁"),
  RELATIVE ("提高5个", 5, EQUAL, PLAIN, ABSOLUTE, "个"),
  /* goals in words */
  QUALITATIVE ("基本实现全覆盖", FULL_COVERAGE),
  QUALITATIVE ("实现动态清零", DYNAMIC_ZERO),
  QUALITATIVE ("应助尽助", COVER_ALL_ELIGIBLE),
  /* 应X尽X cut short: the parser read past the end of "应" (issue 14; valgrind
   * or ASan shows it) */
  INVALID ("应"),
  INVALID ("应保"),
  INVALID ("应保尽"),
  QUALITATIVE ("持续提高", STEADY_GROWTH),
  QUALITATIVE ("100%覆盖", FULL_COVERAGE),
  REFERENCE ("高于全国平均", GREATER, "全国平均"),
  /* no value */
  BLANK ("/", NONE),
  BLANK ("— —", NONE),
  BLANK ("无", NONE),
  BLANK ("   ", EMPTY),
  /* garbage: kept as printed and flagged */
  INVALID ("abc"),
  INVALID ("≥"),
  INVALID ("约"),
  INVALID ("不低于"),
  INVALID ("提高"),
  INVALID ("≥abc"),
  INVALID ("1.2.3"),
  INVALID ("59万人、60万人"),
  INVALID ("90%、95%"),
  INVALID ("9 0"),
  INVALID ("≥90%左右"),
  INVALID ("≥90%以下"),
  INVALID ("3.6左右以上"),
  INVALID ("90%%"),
  INVALID ("%90"),
  INVALID ("1e5"),
  INVALID ("0x10"),
  INVALID ("NaN"),
  INVALID ("inf"),
  INVALID ("不低于2020年水平"),
  INVALID ("提高1岁、2岁"),
};

static void
check_case (gconstpointer data)
{
  const ValueCase *c = data;
  g_autoptr(PwValue) value = pw_value_new (c->text);

  g_test_message ("value \"%s\"", c->text);

  /* the printed text is kept exactly */
  g_assert_cmpstr (pw_value_get_text (value), ==, c->text);

  g_assert_cmpint (pw_value_get_kind (value), ==, c->kind);
  if (isnan (c->number))
    g_assert_true (isnan (pw_value_get_number (value)));
  else
    g_assert_cmpfloat_with_epsilon (pw_value_get_number (value), c->number, 1e-9);
  g_assert_cmpint (pw_value_get_comparator (value), ==, c->comparator);
  g_assert_cmpint (pw_value_get_unit_kind (value), ==, c->unit_kind);
  g_assert_cmpint (pw_value_get_relative_mode (value), ==, c->relative_mode);
  g_assert_cmpint (pw_value_get_qualitative (value), ==, c->qualitative);
  g_assert_cmpstr (pw_value_get_suffix (value), ==, c->suffix);

  if (c->kind == PW_VALUE_INVALID)
    g_assert_nonnull (pw_value_get_problem (value));
  else
    g_assert_null (pw_value_get_problem (value));

  g_assert_true (pw_value_has_number (value) == (c->kind == PW_VALUE_NUMBER));
  g_assert_true (pw_value_is_blank (value) ==
                 (c->kind == PW_VALUE_EMPTY || c->kind == PW_VALUE_NONE));
}

/* The forms of target that say their kind, as printed in the seeds, the
 * corpus (../shared/corpus) and the 十五五 plans the issue names; the
 * meaning of each worked out from the text. */
typedef struct
{
  const char *text;
  PwValueKind kind;
  double number; /* NAN: none */
  double high;   /* NAN: not a range */
  PwComparator comparator;
  PwUnitKind unit_kind;
  PwIndicatorKind form;
} FormCase;

static const FormCase form_cases[] = {
  /* 〔 〕: a total or a change over the period (nanjing 专栏2) */
  { "〔20〕", PW_VALUE_NUMBER, 20, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_CUMULATIVE },
  { "〔＞15〕", PW_VALUE_NUMBER, 15, NAN, PW_COMPARATOR_GREATER, PW_UNIT_PLAIN, PW_KIND_CUMULATIVE },
  { "[5000]", PW_VALUE_NUMBER, 5000, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_CUMULATIVE },
  { "累计新增10万人", PW_VALUE_NUMBER, 10, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_CUMULATIVE },
  { "五年累计30万人以上", PW_VALUE_NUMBER, 30, NAN, PW_COMPARATOR_AT_LEAST, PW_UNIT_PLAIN, PW_KIND_CUMULATIVE },
  /* guangzhou 专栏1, a baseline */
  { "“十四五”累计新增160", PW_VALUE_NUMBER, 160, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_CUMULATIVE },
  /* a change over the period is a change against the baseline */
  { "累计降低8.2", PW_VALUE_RELATIVE, -8.2, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_RELATIVE },
  /* 年均增长: a rate in per cent, printed or not (guangzhou 专栏1) */
  { "年均增长5%以上", PW_VALUE_NUMBER, 5, NAN, PW_COMPARATOR_AT_LEAST, PW_UNIT_PERCENT, PW_KIND_GROWTH },
  { "“十五五”年均增长5.0左右", PW_VALUE_NUMBER, 5, NAN, PW_COMPARATOR_ABOUT, PW_UNIT_PERCENT, PW_KIND_GROWTH },
  { "“十四五”年均增长4.0", PW_VALUE_NUMBER, 4, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PERCENT, PW_KIND_GROWTH },
  { "年均5%", PW_VALUE_NUMBER, 5, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PERCENT, PW_KIND_GROWTH },
  /* a fall of at least 2% a year: the rate is −2 or less */
  { "年均下降2%以上", PW_VALUE_NUMBER, -2, NAN, PW_COMPARATOR_AT_MOST, PW_UNIT_PERCENT, PW_KIND_GROWTH },
  /* per year */
  { "每年新增1.2万人", PW_VALUE_NUMBER, 1.2, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_ANNUAL },
  { "年均新增5万人", PW_VALUE_NUMBER, 5, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_ANNUAL },
  /* changes against the baseline */
  { "下降13.5%", PW_VALUE_RELATIVE, -13.5, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PERCENT, PW_KIND_RELATIVE },
  { "下降13.5%以上", PW_VALUE_RELATIVE, -13.5, NAN, PW_COMPARATOR_AT_MOST, PW_UNIT_PERCENT, PW_KIND_RELATIVE },
  { "提高2个百分点", PW_VALUE_RELATIVE, 2, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PERCENT, PW_KIND_RELATIVE },
  { "比2025年提高10%", PW_VALUE_RELATIVE, 10, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PERCENT, PW_KIND_RELATIVE },
  /* ranges */
  { "5—5.5", PW_VALUE_RANGE, 5, 5.5, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_RANGE },
  { "5%—6%", PW_VALUE_RANGE, 5, 6, PW_COMPARATOR_EQUAL, PW_UNIT_PERCENT, PW_KIND_RANGE },
  { "5-6%", PW_VALUE_RANGE, 5, 6, PW_COMPARATOR_EQUAL, PW_UNIT_PERCENT, PW_KIND_RANGE },
  { "90-95", PW_VALUE_RANGE, 90, 95, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_RANGE },
  { "5~8", PW_VALUE_RANGE, 5, 8, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_RANGE },
  { "5至8万人", PW_VALUE_RANGE, 5, 8, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_RANGE },
  /* hold or cap: a level form; the importer chooses the kind (test-kinds) */
  { "保持在95%以上", PW_VALUE_NUMBER, 95, NAN, PW_COMPARATOR_AT_LEAST, PW_UNIT_PERCENT, PW_KIND_LEVEL },
  { "控制在5.5%以内", PW_VALUE_NUMBER, 5.5, NAN, PW_COMPARATOR_AT_MOST, PW_UNIT_PERCENT, PW_KIND_LEVEL },
  /* goals in words of the 十五五 tables (nanjing, guangzhou, huangpu) */
  { "基本稳定", PW_VALUE_QUALITATIVE, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_QUALITATIVE },
  { "与经济增长\n保持同步", PW_VALUE_QUALITATIVE, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_QUALITATIVE },
  { "与经济增长同步", PW_VALUE_QUALITATIVE, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_QUALITATIVE },
  { "完成省定目标", PW_VALUE_QUALITATIVE, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_QUALITATIVE },
  { "完成省下达目标", PW_VALUE_QUALITATIVE, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_QUALITATIVE },
  { "基本消除", PW_VALUE_QUALITATIVE, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_QUALITATIVE },
  /* plain forms stay levels */
  { ">25", PW_VALUE_NUMBER, 25, NAN, PW_COMPARATOR_GREATER, PW_UNIT_PLAIN, PW_KIND_LEVEL },
  { "≤10", PW_VALUE_NUMBER, 10, NAN, PW_COMPARATOR_LESS_EQUAL, PW_UNIT_PLAIN, PW_KIND_LEVEL },
  /* still not one value */
  { "2021-2024年累计降低8.2", PW_VALUE_INVALID, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_LEVEL },
  { "6—5", PW_VALUE_INVALID, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_LEVEL },
  { "〔〕", PW_VALUE_INVALID, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_LEVEL },
  { "“十五五”", PW_VALUE_INVALID, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_LEVEL },
  { "年均浓度", PW_VALUE_INVALID, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_LEVEL },
  { "十", PW_VALUE_INVALID, NAN, NAN, PW_COMPARATOR_EQUAL, PW_UNIT_PLAIN, PW_KIND_LEVEL },
};

static void
test_forms (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (form_cases); i++)
    {
      const FormCase *c = &form_cases[i];
      g_autoptr(PwValue) value = pw_value_new (c->text);

      g_test_message ("value \"%s\"", c->text);
      g_assert_cmpstr (pw_value_get_text (value), ==, c->text);
      g_assert_cmpint (pw_value_get_kind (value), ==, c->kind);
      g_assert_cmpint (pw_value_get_form (value), ==, c->form);
      if (isnan (c->number))
        g_assert_true (isnan (pw_value_get_number (value)));
      else
        g_assert_cmpfloat_with_epsilon (pw_value_get_number (value), c->number, 1e-9);
      if (isnan (c->high))
        g_assert_true (isnan (pw_value_get_high (value)));
      else
        g_assert_cmpfloat_with_epsilon (pw_value_get_high (value), c->high, 1e-9);
      if (c->kind != PW_VALUE_QUALITATIVE)
        {
          g_assert_cmpint (pw_value_get_comparator (value), ==, c->comparator);
          g_assert_cmpint (pw_value_get_unit_kind (value), ==, c->unit_kind);
        }
      g_assert_true ((pw_value_get_problem (value) != NULL) == (c->kind == PW_VALUE_INVALID));
    }
}

/* The table holds each printed text once. */
static void
test_seed_table_distinct (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (seed_cases); i++)
    g_assert_true (g_hash_table_add (seen, (gpointer) seed_cases[i].text));
  g_assert_cmpuint (g_hash_table_size (seen), ==, 139);
}

/* Each value of the table is printed in its seed, so that the table is the
 * seeds' and not made up. */
static void
test_seed_table_printed (void)
{
  const char *prefixes[] = { "000", "002", "003" };
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *path = pw_test_seed_path (prefixes[i]);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        return;
      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      g_string_append (all, contents);
      g_string_append_c (all, '\n');
    }

  for (guint i = 0; i < G_N_ELEMENTS (seed_cases); i++)
    {
      const char *text = seed_cases[i].text;
      g_autofree char *line = g_strconcat ("\n", text, "\n", NULL);
      g_autofree char *cell = g_strconcat ("\t", text, "\n", NULL);
      g_autofree char *pipe = g_strconcat ("| ", text, " |", NULL);

      if (*text == '\0')
        continue;
      g_test_message ("value \"%s\"", text);
      g_assert_true (strstr (all->str, line) != NULL ||
                     strstr (all->str, cell) != NULL ||
                     strstr (all->str, pipe) != NULL);
    }
}

static void
test_resolve (void)
{
  struct
  {
    const char *value;
    const char *baseline;
    gboolean resolves;
    double number;
  } cases[] = {
    { "提高1岁", "78.34", TRUE, 79.34 },
    { "增长30%", "100", TRUE, 130 },
    { "比2020年增长30%", "100", TRUE, 130 },
    { "提高2个百分点", "96.5%", TRUE, 98.5 },
    { "下降2个百分点", "96.5%", TRUE, 94.5 },
    { "降低10%", "13.95", TRUE, 12.555 },
    { "提高1岁", ">37", TRUE, 38 },
    { "提高1岁", NULL, FALSE, NAN },
    { "提高1岁", "——", FALSE, NAN },
    { "提高1岁", "", FALSE, NAN },
    { "提高1岁", "应保尽保", FALSE, NAN },
    { "提高1岁", "abc", FALSE, NAN },
    { "≥90%", NULL, TRUE, 90 },
    { "≥90%", "80%", TRUE, 90 },
    { "3.6左右", "2.52", TRUE, 3.6 },
    { "应保尽保", "≥99%", FALSE, NAN },
    { "——", "5", FALSE, NAN },
    { "", "5", FALSE, NAN },
    { "1,2", "5", FALSE, NAN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PwValue) value = pw_value_new (cases[i].value);
      g_autoptr(PwValue) baseline = cases[i].baseline ? pw_value_new (cases[i].baseline) : NULL;
      double number = 0;

      g_test_message ("%s on %s", cases[i].value, cases[i].baseline);
      g_assert_true (pw_value_resolve (value, baseline, &number) == cases[i].resolves);
      if (cases[i].resolves)
        g_assert_cmpfloat_with_epsilon (number, cases[i].number, 1e-9);
      else
        g_assert_true (isnan (number));
    }

  {
    double number = 0;

    g_assert_false (pw_value_resolve (NULL, NULL, &number));
    g_assert_true (isnan (number));
  }
}

static void
test_unit_kind (void)
{
  g_assert_cmpint (pw_unit_kind_from_text ("1/10万"), ==, PW_UNIT_PER_100K);
  g_assert_cmpint (pw_unit_kind_from_text ("/10万"), ==, PW_UNIT_PER_100K);
  g_assert_cmpint (pw_unit_kind_from_text ("1/１０万"), ==, PW_UNIT_PER_100K);
  g_assert_cmpint (pw_unit_kind_from_text ("1/万"), ==, PW_UNIT_PER_10K);
  g_assert_cmpint (pw_unit_kind_from_text ("%"), ==, PW_UNIT_PERCENT);
  g_assert_cmpint (pw_unit_kind_from_text ("％"), ==, PW_UNIT_PERCENT);
  g_assert_cmpint (pw_unit_kind_from_text (" % "), ==, PW_UNIT_PERCENT);
  g_assert_cmpint (pw_unit_kind_from_text ("‰"), ==, PW_UNIT_PERMILLE);
  g_assert_cmpint (pw_unit_kind_from_text ("岁"), ==, PW_UNIT_PLAIN);
  g_assert_cmpint (pw_unit_kind_from_text ("万人"), ==, PW_UNIT_PLAIN);
  g_assert_cmpint (pw_unit_kind_from_text ("平方米"), ==, PW_UNIT_PLAIN);
  g_assert_cmpint (pw_unit_kind_from_text (""), ==, PW_UNIT_PLAIN);
  g_assert_cmpint (pw_unit_kind_from_text (NULL), ==, PW_UNIT_PLAIN);
}

static void
check_format (double      number,
              const char *expected)
{
  g_autofree char *text = pw_format_number (number);

  g_assert_cmpstr (text, ==, expected);
  g_assert_true (g_ascii_strtod (text, NULL) == number);
}

/* "0.0012" has 2, "3000" 1, "1.5e-07" 2 */
static int
significant_digits (const char *text)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean point = strchr (text, '.') != NULL;

  for (const char *p = text; *p && *p != 'e'; p++)
    if (g_ascii_isdigit (*p) && (digits->len > 0 || *p != '0'))
      g_string_append_c (digits, *p);
  if (!point)
    while (digits->len > 1 && digits->str[digits->len - 1] == '0')
      g_string_truncate (digits, digits->len - 1);

  return digits->len;
}

static void
test_format_number (void)
{
  const double round_trips[] = {
    78.34 + 1, 1.0 / 3, 2.0 / 3, 1e-7, 123456789.123, 5e15, -0.1, 96.5 * 0.25,
    0.1 + 0.2, 1e20 / 3, 1e-9 / 3, G_MAXDOUBLE, -G_MINDOUBLE,
  };

  check_format (78.34, "78.34");
  check_format (5988, "5988");
  check_format (5185.0, "5185");
  check_format (0.1, "0.1");
  check_format (0.1 + 0.2, "0.30000000000000004");
  check_format (13.95, "13.95");
  check_format (12345.6, "12345.6");
  check_format (1234567, "1234567");
  check_format (-3.2, "-3.2");
  check_format (100, "100");
  check_format (3000, "3000");
  check_format (0.0012, "0.0012");
  check_format (1e-7, "1e-07");
  check_format (0, "0");
  check_format (-0.0, "0");

  for (guint i = 0; i < G_N_ELEMENTS (round_trips); i++)
    {
      g_autofree char *text = pw_format_number (round_trips[i]);
      int digits = significant_digits (text);

      g_test_message ("%s", text);
      g_assert_true (g_ascii_strtod (text, NULL) == round_trips[i]);

      /* shortest: one significant digit fewer no longer reads back */
      if (digits > 1)
        {
          char format[8];
          char buf[G_ASCII_DTOSTR_BUF_SIZE];

          g_snprintf (format, sizeof format, "%%.%dg", digits - 1);
          g_ascii_formatd (buf, sizeof buf, format, round_trips[i]);
          g_assert_true (g_ascii_strtod (buf, NULL) != round_trips[i]);
        }
    }
}

static void
test_equal (void)
{
  g_autoptr(PwValue) a = pw_value_new ("90%");
  g_autoptr(PwValue) b = pw_value_new ("90%");
  g_autoptr(PwValue) c = pw_value_new ("90％");

  /* equal when printed the same: the printed text is the value */
  g_assert_true (pw_value_equal (a, b));
  g_assert_false (pw_value_equal (a, c));
  g_assert_true (pw_value_equal (NULL, NULL));
  g_assert_false (pw_value_equal (a, NULL));
  g_assert_false (pw_value_equal (NULL, a));
}

static void
test_null_text (void)
{
  g_autoptr(PwValue) value = pw_value_new (NULL);

  g_assert_cmpstr (pw_value_get_text (value), ==, "");
  g_assert_cmpint (pw_value_get_kind (value), ==, PW_VALUE_EMPTY);
  g_assert_true (pw_value_is_blank (value));
  g_assert_true (pw_value_is_blank (NULL));
}

static void
test_boxed (void)
{
  g_autoptr(PwValue) value = pw_value_new ("≥90%");
  PwValue *copy = g_boxed_copy (PW_TYPE_VALUE, value);

  /* immutable: a copy is the same value with one more reference */
  g_assert_true (copy == value);
  g_boxed_free (PW_TYPE_VALUE, copy);
  g_assert_cmpstr (pw_value_get_text (value), ==, "≥90%");
}

static void
add_cases (const char      *area,
           const ValueCase *cases,
           guint            n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *path = g_strdup_printf ("/pw/value/%s/%03u", area, i);

      g_test_add_data_func (path, &cases[i], check_case);
    }
}

/* The value cache gives the value of each text, shared between lookups of
 * the same text, whether the text fits in a slot (≤ 19 bytes), is longer
 * (compared through the value) or is too long to cache, and keeps giving
 * the right value once far more texts than it holds went through it. */
static void
test_cache (void)
{
  g_autoptr(PwValueCache) cache = pw_value_cache_new ();
  /* 24 bytes: the same first 19, then different */
  static const char long_a[] = "≥95.5%以上左右aaaa";
  static const char long_b[] = "≥95.5%以上左右aaab";
  static const char too_long[] = "不低于上年度人均消费支出增幅";
  g_autoptr(PwValue) first = pw_value_cache_lookup (cache, "96.5%", strlen ("96.5%"));
  g_autoptr(PwValue) again = pw_value_cache_lookup (cache, "96.5%", strlen ("96.5%"));
  g_autoptr(PwValue) other = pw_value_cache_lookup (cache, "96.5", strlen ("96.5"));
  g_autoptr(PwValue) a = pw_value_cache_lookup (cache, long_a, strlen (long_a));
  g_autoptr(PwValue) b = pw_value_cache_lookup (cache, long_b, strlen (long_b));
  g_autoptr(PwValue) a_again = pw_value_cache_lookup (cache, long_a, strlen (long_a));
  g_autoptr(PwValue) long1 = pw_value_cache_lookup (cache, too_long, strlen (too_long));
  g_autoptr(PwValue) long2 = pw_value_cache_lookup (cache, too_long, strlen (too_long));

  g_assert_cmpuint (strlen (long_a), >, 19);
  g_assert_cmpuint (strlen (too_long), >, 32);

  /* asking for the memory of a lookup early changes nothing */
  for (guint step = 0; step < 2; step++)
    {
      pw_value_cache_prefetch (cache, "96.5%", strlen ("96.5%"), step);
      pw_value_cache_prefetch (cache, "never looked up", strlen ("never looked up"), step);
      pw_value_cache_prefetch (cache, too_long, strlen (too_long), step);
    }
  {
    g_autoptr(PwValue) after = pw_value_cache_lookup (cache, "96.5%", strlen ("96.5%"));

    g_assert_true (after == first);
  }

  /* with the hash computed once, as a reader that asked early does: the
   * same values as without */
  {
    guint32 hash = pw_value_cache_hash ("96.5%", strlen ("96.5%"));
    guint32 new_hash = pw_value_cache_hash ("≥98.0%", strlen ("≥98.0%"));
    g_autoptr(PwValue) hashed = NULL;
    g_autoptr(PwValue) new_hashed = NULL;
    g_autoptr(PwValue) new_again = NULL;

    for (guint step = 0; step < 2; step++)
      {
        pw_value_cache_prefetch_hashed (cache, strlen ("96.5%"), hash, step);
        pw_value_cache_prefetch_hashed (cache, strlen ("≥98.0%"), new_hash, step);
      }
    hashed = pw_value_cache_lookup_hashed (cache, "96.5%", strlen ("96.5%"), hash);
    new_hashed = pw_value_cache_lookup_hashed (cache, "≥98.0%", strlen ("≥98.0%"), new_hash);
    new_again = pw_value_cache_lookup (cache, "≥98.0%", strlen ("≥98.0%"));

    g_assert_true (hashed == first);
    g_assert_true (new_again == new_hashed);
    g_assert_cmpstr (pw_value_get_text (new_hashed), ==, "≥98.0%");
    g_assert_cmpfloat (pw_value_get_number (new_hashed), ==, 98.0);
    g_assert_cmpint (pw_value_get_comparator (new_hashed), ==, PW_COMPARATOR_GREATER_EQUAL);
  }

  g_assert_true (first == again);
  g_assert_cmpstr (pw_value_get_text (first), ==, "96.5%");
  g_assert_cmpfloat (pw_value_get_number (first), ==, 96.5);
  g_assert_cmpint (pw_value_get_unit_kind (first), ==, PW_UNIT_PERCENT);
  g_assert_true (other != first);
  g_assert_cmpstr (pw_value_get_text (other), ==, "96.5");
  g_assert_cmpint (pw_value_get_unit_kind (other), !=, PW_UNIT_PERCENT);

  g_assert_true (a == a_again);
  g_assert_true (a != b);
  g_assert_cmpstr (pw_value_get_text (a), ==, long_a);
  g_assert_cmpstr (pw_value_get_text (b), ==, long_b);

  g_assert_true (long1 != long2);
  g_assert_cmpstr (pw_value_get_text (long1), ==, too_long);
  g_assert_cmpstr (pw_value_get_text (long2), ==, too_long);

  /* 200,000 texts, more than the cache's 32,768 slots: each lookup still
   * gives its own text and number, and the values taken before stay valid */
  for (int i = 0; i < 200000; i++)
    {
      char text[16];
      int length = g_snprintf (text, sizeof text, "%d.%d", i / 10, i % 10);
      g_autoptr(PwValue) value = pw_value_cache_lookup (cache, text, length);

      g_assert_cmpstr (pw_value_get_text (value), ==, text);
      g_assert_cmpfloat_with_epsilon (pw_value_get_number (value), i / 10 + (i % 10) / 10.0, 1e-9);
    }
  g_assert_cmpstr (pw_value_get_text (first), ==, "96.5%");
  g_assert_cmpstr (pw_value_get_text (a), ==, long_a);
}

/* The number of a decimal is the double nearest it, as the C library's
 * correctly rounded strtod() reads it, whatever its digits and however
 * many: short ones are read by a faster way than strtod(), long ones by it. */
static void
test_decimal_exact (void)
{
  static const char * const fixed[] = {
    "0.1", "0.3", "17.48", "2.675", "1.005", "9007199254740993", "999999999999999",
    "123456789012.345", "0.000000000000001", "0.00000000000001", "5,988.25", "-0.07",
    "1234567890123456789", "3.14159265358979", "100", "0",
  };
  GRand *rand = g_rand_new_with_seed (17);

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      g_autoptr(PwValue) value = pw_value_new (fixed[i]);
      g_autofree char *plain = g_strdup (fixed[i]);
      char *comma = strchr (plain, ',');

      if (comma != NULL)
        memmove (comma, comma + 1, strlen (comma));
      g_assert_cmpint (pw_value_get_kind (value), ==, PW_VALUE_NUMBER);
      g_assert_true (pw_value_get_number (value) == g_ascii_strtod (plain, NULL));
    }

  for (guint i = 0; i < 20000; i++)
    {
      char text[32];
      int n_digits = g_rand_int_range (rand, 1, 18);
      int point = g_rand_int_range (rand, 0, n_digits);
      int n = 0;

      for (int d = 0; d < n_digits; d++)
        {
          if (d == point && d > 0)
            text[n++] = '.';
          text[n++] = '0' + g_rand_int_range (rand, d == 0 ? 1 : 0, 10);
        }
      text[n] = '\0';
      {
        g_autoptr(PwValue) value = pw_value_new (text);

        g_assert_true (pw_value_get_number (value) == g_ascii_strtod (text, NULL));
      }
    }
  g_rand_free (rand);
}

/* Digits with at most one point ("17.48", "007", "2021"), which values
 * read apart from the grammar, read as the grammar reads the same digits
 * with a space around them: every property alike. */
static void
test_plain_decimal (void)
{
  GRand *rand = g_rand_new_with_seed (4);

  for (guint i = 0; i < 5000; i++)
    {
      char text[32];
      int n_digits = g_rand_int_range (rand, 1, 18);
      int point = g_rand_int_range (rand, 0, n_digits + 1);
      int n = 0;

      for (int d = 0; d < n_digits; d++)
        {
          if (d == point && d > 0)
            text[n++] = '.';
          text[n++] = '0' + g_rand_int_range (rand, 0, 10);
        }
      text[n] = '\0';
      {
        g_autofree char *spaced = g_strdup_printf (" %s ", text);
        g_autoptr(PwValue) plain = pw_value_new (text);
        g_autoptr(PwValue) general = pw_value_new (spaced);

        g_assert_cmpint (pw_value_get_kind (plain), ==, PW_VALUE_NUMBER);
        g_assert_cmpint (pw_value_get_kind (plain), ==, pw_value_get_kind (general));
        g_assert_true (pw_value_get_number (plain) == pw_value_get_number (general));
        g_assert_true (pw_value_get_number (plain) == g_ascii_strtod (text, NULL));
        g_assert_cmpint (pw_value_get_comparator (plain), ==, pw_value_get_comparator (general));
        g_assert_cmpint (pw_value_get_unit_kind (plain), ==, pw_value_get_unit_kind (general));
        g_assert_cmpstr (pw_value_get_suffix (plain), ==, pw_value_get_suffix (general));
        g_assert_cmpint (pw_value_get_relative_mode (plain), ==, pw_value_get_relative_mode (general));
        g_assert_cmpint (pw_value_get_qualitative (plain), ==, pw_value_get_qualitative (general));
        g_assert_cmpstr (pw_value_get_problem (plain), ==, pw_value_get_problem (general));
        g_assert_cmpint (pw_value_get_form (plain), ==, pw_value_get_form (general));
        g_assert_true (isnan (pw_value_get_high (plain)) && isnan (pw_value_get_high (general)));
      }
    }
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_cases ("seed", seed_cases, G_N_ELEMENTS (seed_cases));
  add_cases ("edge", edge_cases, G_N_ELEMENTS (edge_cases));
  g_test_add_func ("/pw/value/seed-table/distinct", test_seed_table_distinct);
  g_test_add_func ("/pw/value/seed-table/printed", test_seed_table_printed);
  g_test_add_func ("/pw/value/resolve", test_resolve);
  g_test_add_func ("/pw/value/forms", test_forms);
  g_test_add_func ("/pw/value/unit-kind", test_unit_kind);
  g_test_add_func ("/pw/value/format-number", test_format_number);
  g_test_add_func ("/pw/value/equal", test_equal);
  g_test_add_func ("/pw/value/null-text", test_null_text);
  g_test_add_func ("/pw/value/boxed", test_boxed);
  g_test_add_func ("/pw/value/cache", test_cache);
  g_test_add_func ("/pw/value/decimal-exact", test_decimal_exact);
  g_test_add_func ("/pw/value/plain-decimal", test_plain_decimal);

  return g_test_run ();
}
