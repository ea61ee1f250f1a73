/* pw-value-parse.c: reading a value as printed in a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser reads the forms that the indicator tables of real plans print:
 * plain numbers (5185, 78.34, 5,988), percentages (96.5%, 99％), per mille,
 * comparators before or after the number (≥90%, >96%, ≤10, 3.6左右,
 * 93.5%以上, 不低于90%), units after the number (1岁, 59万人, 13.95/10万),
 * changes against the baseline (提高1岁, 增长30%, 提高2个百分点),
 * placeholders (——, -, /) and goals in words (应保尽保, 稳定增长, 动态清零,
 * 全覆盖, 不低于上年度人均消费支出增幅), ranges (5—5.5, 5%—6%), and the
 * marks of a kind of target before the number: a period named in quotes
 * (“十五五”), 〔 〕 or 累计 for a total over the period, 年均增长 for an
 * average growth rate, 每年 or 年均新增 for a target per year. Anything else
 * is kept as printed and flagged with the reason; it is never guessed at.
 *
 * One job: the parser's steps (normalizing, numbers, units, comparators,
 * the marks of a kind, ranges, goals in words), which share the word tables
 * at the top; pw_value_new() (pw-value.c) calls pw_value_parse() and keeps
 * the result in the boxed type.
 */

#define G_LOG_DOMAIN "pw-value"

#include "config.h"

#include "pw-value-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Auxiliary methods */

typedef struct
{
  const char *word;
  int comparator;
} Word;

/* Longest first where one word is the start of another. */
static const Word prefix_comparators[] = {
  { "≥", PW_COMPARATOR_GREATER_EQUAL },
  { ">=", PW_COMPARATOR_GREATER_EQUAL },
  { "≤", PW_COMPARATOR_LESS_EQUAL },
  { "<=", PW_COMPARATOR_LESS_EQUAL },
  { ">", PW_COMPARATOR_GREATER },
  { "<", PW_COMPARATOR_LESS },
  { "=", PW_COMPARATOR_EQUAL },
  { "大约", PW_COMPARATOR_ABOUT },
  { "约", PW_COMPARATOR_ABOUT },
  { "不低于", PW_COMPARATOR_AT_LEAST },
  { "不少于", PW_COMPARATOR_AT_LEAST },
  { "不小于", PW_COMPARATOR_AT_LEAST },
  { "至少", PW_COMPARATOR_AT_LEAST },
  { "不高于", PW_COMPARATOR_AT_MOST },
  { "不超过", PW_COMPARATOR_AT_MOST },
  { "不多于", PW_COMPARATOR_AT_MOST },
  { "不大于", PW_COMPARATOR_AT_MOST },
  { "至多", PW_COMPARATOR_AT_MOST },
  { "超过", PW_COMPARATOR_GREATER },
  { "高于", PW_COMPARATOR_GREATER },
  { "大于", PW_COMPARATOR_GREATER },
  { "多于", PW_COMPARATOR_GREATER },
  { "低于", PW_COMPARATOR_LESS },
  { "小于", PW_COMPARATOR_LESS },
  { "少于", PW_COMPARATOR_LESS },
  { "控制在", PW_COMPARATOR_EQUAL },
  { "保持在", PW_COMPARATOR_EQUAL },
  { "保持", PW_COMPARATOR_EQUAL },
  { "达到", PW_COMPARATOR_EQUAL },
  { "达", PW_COMPARATOR_EQUAL },
};

static const Word postfix_comparators[] = {
  { "及以上", PW_COMPARATOR_AT_LEAST },
  { "以上", PW_COMPARATOR_AT_LEAST },
  { "及以下", PW_COMPARATOR_AT_MOST },
  { "以下", PW_COMPARATOR_AT_MOST },
  { "以内", PW_COMPARATOR_AT_MOST },
  { "左右", PW_COMPARATOR_ABOUT },
};

/* Words that start a change against the baseline; the sign is the direction. */
static const Word relative_verbs[] = {
  { "提高", 1 }, { "提升", 1 }, { "增加", 1 }, { "增长", 1 }, { "上升", 1 }, { "延长", 1 },
  { "下降", -1 }, { "降低", -1 }, { "减少", -1 }, { "缩短", -1 }, { "压缩", -1 },
};

/* Goals in words. Matched against the whole text, after 实现/保持/基本. */
static const Word qualitative_words[] = {
  { "应保尽保", PW_QUALITATIVE_COVER_ALL_ELIGIBLE },
  { "动态清零", PW_QUALITATIVE_DYNAMIC_ZERO },
  { "清零", PW_QUALITATIVE_DYNAMIC_ZERO },
  { "全覆盖", PW_QUALITATIVE_FULL_COVERAGE },
  { "全面覆盖", PW_QUALITATIVE_FULL_COVERAGE },
  { "100%覆盖", PW_QUALITATIVE_FULL_COVERAGE },
  { "消除", PW_QUALITATIVE_DYNAMIC_ZERO },
  { "稳定", PW_QUALITATIVE_STABLE },
  { "总体稳定", PW_QUALITATIVE_STABLE },
};

static const char *growth_adverbs[] = {
  "稳定", "稳步", "持续", "逐步", "不断", "逐年", "明显", "显著", "进一步", "较快", "有所",
};

static const char *growth_verbs[] = {
  "增长", "提高", "提升", "增加", "改善",
};

/* Full-width forms and look-alikes to ASCII, spaces removed, so that the
 * scanner below sees one spelling of each sign. The full-width comma is left
 * alone: in Chinese text it separates clauses, never groups of digits. */
static char *
normalize (const char *text)
{
  /* written in one block: a character is never written longer than it
   * was read (but for bytes that are not UTF-8, up to six), and the space
   * kept between digits stands for one skipped */
  char *out = g_malloc (6 * strlen (text) + 1);
  char *o = out;
  gboolean space = FALSE; /* a space has been skipped since the last sign */

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x3000 || c == 0x00A0 || c == 0x200B || c == 0xFEFF)
        {
          space = TRUE;
          continue;
        }

      /* "9 0" is two numbers, not ninety: keep one space between digits so
       * that the scanner stops there. */
      if (space && o > out && g_ascii_isdigit (o[-1]) &&
          (g_ascii_isdigit (c) || (c >= 0xFF10 && c <= 0xFF19)))
        *o++ = ' ';
      space = FALSE;

      if (c >= 0xFF10 && c <= 0xFF19) /* ０-９ */
        *o++ = '0' + (c - 0xFF10);
      else
        switch (c)
          {
          case 0xFF0E: /* ． */
            *o++ = '.';
            break;
          case 0xFF05: /* ％ */
            *o++ = '%';
            break;
          case 0xFF1E: /* ＞ */
          case 0xFE65: /* ﹥ */
            *o++ = '>';
            break;
          case 0xFF1C: /* ＜ */
          case 0xFE64: /* ﹤ */
            *o++ = '<';
            break;
          case 0xFF1D: /* ＝ */
          case 0xFE66: /* ﹦ */
            *o++ = '=';
            break;
          case 0xFF0B: /* ＋ */
            *o++ = '+';
            break;
          case 0x2267: /* ≧ */
          case 0x2A7E: /* ⩾ */
            o = g_stpcpy (o, "≥");
            break;
          case 0x2266: /* ≦ */
          case 0x2A7D: /* ⩽ */
            o = g_stpcpy (o, "≤");
            break;
          case 0x2212: /* − */
          case 0xFF0D: /* － */
          case 0x2010: /* ‐ */
          case 0x2011:
          case 0x2013: /* – */
            *o++ = '-';
            break;
          case 0xFF0F: /* ／ */
            *o++ = '/';
            break;
          case 0xFF5E: /* ～ */
          case 0x301C: /* 〜 */
            *o++ = '~';
            break;
          default:
            o += g_unichar_to_utf8 (c, o);
          }
    }

  *o = '\0';
  return out;
}

static gboolean
is_placeholder (const char *s)
{
  static const char *placeholders[] = {
    "-", "--", "—", "——", "———", "/", "无", "…", "……", "-—", "—-",
  };

  for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
    if (strcmp (s, placeholders[i]) == 0)
      return TRUE;

  return FALSE;
}

/* The first byte is compared before the rest: the scanner tries every
 * word of a table at each place, and most differ there. */
static const char *
skip_word (const char *s,
           const char *word)
{
  gsize len;

  if (*s != *word && *word != '\0')
    return NULL;
  len = strlen (word);
  return strncmp (s, word, len) == 0 ? s + len : NULL;
}

static const Word *
match_word (const char  *s,
            const Word  *words,
            gsize        n_words,
            const char **end)
{
  for (gsize i = 0; i < n_words; i++)
    {
      const char *after = skip_word (s, words[i].word);

      if (after != NULL)
        {
          *end = after;
          return &words[i];
        }
    }

  return NULL;
}

static gboolean
has_digit (const char *s)
{
  for (; *s; s++)
    if (g_ascii_isdigit (*s))
      return TRUE;
  return FALSE;
}

/* Looks for a goal in words; @s is normalized. */
static PwQualitative
match_qualitative (const char *s)
{
  static const char *lead_ins[] = { "实现", "保持", "基本", "确保", "做到" };
  const char *p;
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (lead_ins); i++)
        if ((p = skip_word (s, lead_ins[i])) != NULL && *p != '\0')
          {
            s = p;
            again = TRUE;
          }
    }

  for (guint i = 0; i < G_N_ELEMENTS (qualitative_words); i++)
    if (strcmp (s, qualitative_words[i].word) == 0)
      return qualitative_words[i].comparator;

  /* 应X尽X: 应保尽保, 应助尽助, 应救尽救, 应养尽养 … */
  /* (X must be there before the character after it is looked at: "应"
   * alone ends the string) */
  if ((p = skip_word (s, "应")) != NULL && *p != '\0')
    {
      const char *x = p;
      const char *after_x = g_utf8_next_char (x);
      const char *rest = skip_word (after_x, "尽");

      if (rest != NULL && g_utf8_get_char (x) > 0x7F &&
          strncmp (rest, x, after_x - x) == 0 && rest[after_x - x] == '\0')
        return PW_QUALITATIVE_COVER_ALL_ELIGIBLE;
    }

  /* 完成省定目标, 完成省下达指标; 与经济增长同步: bound to a figure that
   * someone else sets */
  if ((p = skip_word (s, "完成")) != NULL && *p != '\0' && !has_digit (p) &&
      (g_str_has_suffix (p, "目标") || g_str_has_suffix (p, "指标") || g_str_has_suffix (p, "任务")))
    return PW_QUALITATIVE_REFERENCE;
  if ((p = skip_word (s, "与")) != NULL && g_str_has_suffix (p, "同步") && !has_digit (p) &&
      strlen (p) > strlen ("同步"))
    return PW_QUALITATIVE_REFERENCE;

  /* 稳定增长, 持续提高, 逐步提升 … */
  for (guint i = 0; i < G_N_ELEMENTS (growth_adverbs); i++)
    if ((p = skip_word (s, growth_adverbs[i])) != NULL)
      for (guint j = 0; j < G_N_ELEMENTS (growth_verbs); j++)
        if (strcmp (p, growth_verbs[j]) == 0)
          return PW_QUALITATIVE_STEADY_GROWTH;

  return PW_QUALITATIVE_NONE;
}

/* Reads "-12,345.67" at *p. Returns FALSE when there is no number there;
 * sets *problem for a number that is there but malformed. */
/* Up to 15 digits, the whole number they make and the power of ten are
 * exact doubles, and their quotient is the double nearest the decimal, as
 * strtod() gives it (Clinger's fast path), in a tenth of the time. */
#define MAX_EXACT_DIGITS 15
static const double powers_of_ten[MAX_EXACT_DIGITS + 1] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
};

static gboolean
scan_number (const char **p,
             double      *number,
             Problem     *problem)
{
  const char *s = *p;
  char buf[64];
  gsize n = 0;
  gboolean negative = FALSE;
  gboolean seen_point = FALSE;
  int group = -1; /* digits since the last thousands separator, -1 when none seen */
  int digits = 0;
  guint64 mantissa = 0;  /* the digits as a whole number */
  int decimals = 0;      /* how many of them after the point */

  if (*s == '-' || *s == '+')
    {
      negative = (*s == '-');
      s++;
    }

  if (!g_ascii_isdigit (*s) && !(*s == '.' && g_ascii_isdigit (s[1])))
    return FALSE;

  for (; *s; s++)
    {
      if (g_ascii_isdigit (*s))
        {
          if (n + 2 >= sizeof buf)
            {
              *problem = PROBLEM_UNREADABLE;
              return TRUE;
            }
          buf[n++] = *s;
          digits++;
          mantissa = 10 * mantissa + (guint64) (*s - '0');
          decimals += seen_point;
          if (group >= 0 && !seen_point)
            group++;
        }
      else if (*s == ',' && !seen_point && g_ascii_isdigit (s[1]))
        {
          /* 5,988: the first group has 1–3 digits, every later one 3 */
          if ((group < 0 && (digits == 0 || digits > 3)) || (group >= 0 && group != 3))
            {
              *problem = PROBLEM_THOUSANDS;
              return TRUE;
            }
          group = 0;
        }
      else if (*s == '.' && !seen_point && g_ascii_isdigit (s[1]))
        {
          seen_point = TRUE;
          if (group >= 0 && group != 3)
            {
              *problem = PROBLEM_THOUSANDS;
              return TRUE;
            }
          group = -1;
          buf[n++] = '.';
        }
      else
        break;
    }

  if (group >= 0 && group != 3)
    {
      *problem = PROBLEM_THOUSANDS;
      return TRUE;
    }

  if (digits <= MAX_EXACT_DIGITS)
    *number = (double) mantissa / powers_of_ten[decimals];
  else
    {
      buf[n] = '\0';
      *number = g_ascii_strtod (buf, NULL);
    }
  if (negative)
    *number = -*number;
  *p = s;
  return TRUE;
}

/* The characters that units of measure are written with (岁, 万人, 万人次,
 * 平方米, 个百分点, 分钟 …). Any other word after a number is not a unit
 * ("不低于2020年水平" is not "at least 2020"), and the value is flagged
 * rather than read as a number with a strange unit. */
static const char unit_chars[] =
  "岁年月日天周时分秒"
  "人次个张户家所座处项名床位间套台辆件册本场条只头株批期例起栋幢层"
  "元角亿万千百十"
  "米里公平方立顷亩吨升克斤度"
  "倍点成";

static gboolean
is_unit_char (gunichar c)
{
  if (g_ascii_isalpha (c) || c == '/' || c == 0x00B2 /* ² */ || c == 0x00B3 /* ³ */ ||
      c == 0x33A1 /* ㎡ */ || c == 0x33A5 /* ㎥ */ || c == 0x339E /* ㎞ */)
    return TRUE;

  if (c > 0x7F)
    {
      char buf[8] = { 0 };

      g_unichar_to_utf8 (c, buf);
      return strstr (unit_chars, buf) != NULL;
    }

  return FALSE;
}


/* Reads [comparator] number [%|‰] [unit] [comparator] from @s, which is
 * normalized. @comparator may already be set by the caller (a relative verb
 * takes the place of the prefix). */
static void
parse_quantity (const char *s,
                Parse      *r)
{
  const Word *w;
  const char *end;
  int prefix = -1;
  int postfix = -1;

  if ((w = match_word (s, prefix_comparators, G_N_ELEMENTS (prefix_comparators), &end)))
    {
      prefix = w->comparator;
      s = end;
    }

  if (!scan_number (&s, &r->number, &r->problem))
    {
      r->problem = PROBLEM_UNREADABLE;
      return;
    }
  if (r->problem != PROBLEM_NONE)
    return;

  if (*s == '%')
    {
      r->unit_kind = PW_UNIT_PERCENT;
      s++;
    }
  else if (skip_word (s, "‰"))
    {
      r->unit_kind = PW_UNIT_PERMILLE;
      s += strlen ("‰");
    }

  /* A unit printed after the number: 岁, 万人, 个百分点, /10万 … stopping
   * at a trailing comparator word. */
  r->suffix_start = s;
  while (*s)
    {
      gunichar c = g_utf8_get_char (s);

      if (match_word (s, postfix_comparators, G_N_ELEMENTS (postfix_comparators), &end))
        break;
      if (c == '/' && g_ascii_isdigit (s[1]))
        {
          /* 13.95/10万 */
          s++;
          while (g_ascii_isdigit (*s))
            s++;
          continue;
        }
      if (!is_unit_char (c))
        break;
      s = g_utf8_next_char (s);
    }
  r->suffix_len = s - r->suffix_start;

  if ((w = match_word (s, postfix_comparators, G_N_ELEMENTS (postfix_comparators), &end)))
    {
      postfix = w->comparator;
      s = end;
    }

  if (*s != '\0')
    {
      if (*s == '-' || *s == '~' || skip_word (s, "至") || skip_word (s, "—"))
        r->problem = PROBLEM_RANGE;
      else if (has_digit (s))
        r->problem = PROBLEM_SEVERAL_NUMBERS;
      else
        r->problem = PROBLEM_UNIT;
      return;
    }

  if (r->suffix_len > 0 && r->unit_kind == PW_UNIT_PLAIN)
    {
      g_autofree char *suffix = g_strndup (r->suffix_start, r->suffix_len);
      r->unit_kind = pw_unit_kind_from_text (suffix);
    }

  /* 达到90%以上 is at least 90%; ≥90%以上 says the same twice; ≥90%左右
   * contradicts itself. */
  if (prefix >= 0 && postfix >= 0 && prefix != PW_COMPARATOR_EQUAL)
    {
      gboolean agree = (postfix == PW_COMPARATOR_AT_LEAST &&
                        (prefix == PW_COMPARATOR_GREATER_EQUAL || prefix == PW_COMPARATOR_AT_LEAST)) ||
                       (postfix == PW_COMPARATOR_AT_MOST &&
                        (prefix == PW_COMPARATOR_LESS_EQUAL || prefix == PW_COMPARATOR_AT_MOST)) ||
                       (postfix == PW_COMPARATOR_ABOUT && prefix == PW_COMPARATOR_ABOUT);
      if (!agree)
        {
          r->problem = PROBLEM_TWO_COMPARATORS;
          return;
        }
    }

  if (postfix >= 0)
    r->comparator = postfix;
  else if (prefix >= 0)
    r->comparator = prefix;
}

/* What cannot be read keeps nothing of what was read before the problem
 * showed, so that no caller can mistake part of it for the meaning. */
static void
set_invalid (Parse *r)
{
  Problem problem = r->problem;

  g_clear_pointer (&r->suffix, g_free);
  memset (r, 0, sizeof *r);
  r->kind = PW_VALUE_INVALID;
  r->problem = problem != PROBLEM_NONE ? problem : PROBLEM_UNREADABLE;
  r->number = NAN;
  r->high = NAN;
  r->form = PW_KIND_LEVEL;
}

/* Words before the number that say what kind of target it is. */
static const Word kind_marks[] = {
  { "五年累计", PW_KIND_CUMULATIVE },
  { "累计新增", PW_KIND_CUMULATIVE },
  { "累计", PW_KIND_CUMULATIVE },
  { "年均新增", PW_KIND_ANNUAL },
  { "年均增加", PW_KIND_ANNUAL },
  { "每年新增", PW_KIND_ANNUAL },
  { "每年", PW_KIND_ANNUAL },
  { "年均增长率", PW_KIND_GROWTH },
  { "年均增长", PW_KIND_GROWTH },
  { "年均增速", PW_KIND_GROWTH },
  { "年均提高", PW_KIND_GROWTH },
  { "年均下降", -PW_KIND_GROWTH },
  { "年均降低", -PW_KIND_GROWTH },
  { "年均减少", -PW_KIND_GROWTH },
  { "年均", PW_KIND_GROWTH },
};

static const struct
{
  const char *open;
  const char *close;
} brackets[] = {
  { "〔", "〕" }, { "[", "]" }, { "［", "］" }, { "【", "】" },
};

/* Skips “十五五”, "十四五"期间 and the like at @s. */
static const char *
skip_period (const char *s)
{
  static const char *quotes[] = { "“", "\"", "「", "‘" };
  static const char *closes[] = { "”", "\"", "」", "’" };
  static const char *tails[] = { "期间", "时期", "末" };
  const char *p = s;
  const char *after;
  int quote = -1;

  for (guint i = 0; i < G_N_ELEMENTS (quotes) && quote < 0; i++)
    if ((after = skip_word (p, quotes[i])) != NULL)
      {
        quote = i;
        p = after;
      }

  /* 十X五: 十一五 … 十九五 */
  if ((after = skip_word (p, "十")) == NULL || *after == '\0' ||
      g_utf8_strchr ("一二三四五六七八九", -1, g_utf8_get_char (after)) == NULL)
    return s;
  p = g_utf8_next_char (after);
  if ((after = skip_word (p, "五")) == NULL)
    return s;
  p = after;

  if (quote >= 0)
    {
      if ((after = skip_word (p, closes[quote])) == NULL)
        return s;
      p = after;
    }
  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    if ((after = skip_word (p, tails[i])) != NULL)
      {
        p = after;
        break;
      }

  return *p != '\0' ? p : s;
}

/* Reads the marks of a kind (a period, 〔 〕, 累计, 年均增长, 每年) at the
 * start of @s, which is normalized; sets r->form and *sign (−1 for a fall
 * such as 年均下降). Returns the rest, newly allocated. */
static char *
read_kind_marks (const char *s,
                 Parse      *r,
                 int        *sign)
{
  g_autofree char *rest = NULL;
  gboolean again = TRUE;

  *sign = 1;
  s = skip_period (s);
  rest = g_strdup (s);

  while (again)
    {
      const Word *w;
      const char *end;
      gsize len = strlen (rest);

      again = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (brackets); i++)
        {
          gsize open = strlen (brackets[i].open);
          gsize close = strlen (brackets[i].close);

          if (len > open + close && strncmp (rest, brackets[i].open, open) == 0 &&
              strcmp (rest + len - close, brackets[i].close) == 0)
            {
              char *inner = g_strndup (rest + open, len - open - close);

              g_free (rest);
              rest = inner;
              r->form = PW_KIND_CUMULATIVE;
              again = TRUE;
              break;
            }
        }
      if (again)
        continue;

      if ((w = match_word (rest, kind_marks, G_N_ELEMENTS (kind_marks), &end)) != NULL &&
          *end != '\0')
        {
          char *after = g_strdup (end);

          /* 年均 alone only before a number: 年均浓度 is not a growth rate */
          if (strcmp (w->word, "年均") == 0 && !g_ascii_isdigit (*after))
            {
              g_free (after);
              break;
            }
          g_free (rest);
          rest = after;
          r->form = ABS (w->comparator);
          if (w->comparator < 0)
            *sign = -1;
          again = TRUE;
        }
    }

  return g_steal_pointer (&rest);
}

/* Reads number [%|‰] [unit] at *p, for one end of a range. */
static gboolean
scan_range_end (const char **p,
                double      *number,
                PwUnitKind  *unit_kind)
{
  Problem problem = PROBLEM_NONE;
  const char *s = *p;

  if (*s == '-' || *s == '+' || !scan_number (&s, number, &problem) || problem != PROBLEM_NONE)
    return FALSE;
  if (*s == '%')
    {
      *unit_kind = PW_UNIT_PERCENT;
      s++;
    }
  else if (skip_word (s, "‰"))
    {
      *unit_kind = PW_UNIT_PERMILLE;
      s += strlen ("‰");
    }
  *p = s;
  return TRUE;
}

/* 5—5.5, 5%—6%, 5-5.5, 5~6, 5至6: two numbers, the lower first, with at
 * most a unit after the second. */
static gboolean
parse_range (const char *s,
             Parse      *r)
{
  static const char *separators[] = { "——", "—", "-", "~", "至", "到" };
  PwUnitKind low_unit = PW_UNIT_PLAIN;
  PwUnitKind high_unit = PW_UNIT_PLAIN;
  double low, high;
  const char *after = NULL;
  const char *unit;

  if (!scan_range_end (&s, &low, &low_unit))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (separators) && after == NULL; i++)
    after = skip_word (s, separators[i]);
  if (after == NULL)
    return FALSE;
  s = after;
  if (!scan_range_end (&s, &high, &high_unit))
    return FALSE;

  unit = s;
  while (*s && is_unit_char (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  if (*s != '\0' || low > high || (low_unit != PW_UNIT_PLAIN && low_unit != high_unit))
    return FALSE;

  r->kind = PW_VALUE_RANGE;
  r->form = PW_KIND_RANGE;
  r->number = low;
  r->high = high;
  r->unit_kind = high_unit;
  if (*unit != '\0')
    {
      r->suffix = g_strdup (unit);
      if (r->unit_kind == PW_UNIT_PLAIN)
        r->unit_kind = pw_unit_kind_from_text (unit);
    }
  return TRUE;
}

/* Private API */

/* Why a value could not be read, in the user's language; NULL for none. */
const char *
pw_value_problem_message (Problem problem)
{
  switch (problem)
    {
    case PROBLEM_NONE:
      return NULL;
    case PROBLEM_UNREADABLE:
      return _("Not a number, a comparison or a known goal in words");
    case PROBLEM_SEVERAL_NUMBERS:
      return _("More than one number in one cell");
    case PROBLEM_RANGE:
      return _("A range of numbers, not one value");
    case PROBLEM_TWO_COMPARATORS:
      return _("Two comparisons that contradict each other");
    case PROBLEM_THOUSANDS:
      return _("A misplaced thousands separator");
    case PROBLEM_UNIT:
      return _("Unexpected characters after the number");
    default:
      g_assert_not_reached ();
    }
}

/* Reads @text into @r; its suffix is the caller's to free. */
/* A number written in digits alone, with at most one decimal point between
 * two of them ("17.48", "2021"), the value a plan holds most: read without
 * the grammar, as the grammar reads it (/pw/value/plain-decimal). */
static gboolean
parse_plain_decimal (const char *text,
                     Parse      *r)
{
  guint64 mantissa = 0;
  int digits = 0;
  int decimals = 0;
  gboolean point = FALSE;

  for (const char *s = text; *s; s++)
    if (*s >= '0' && *s <= '9')
      {
        mantissa = 10 * mantissa + (guint64) (*s - '0');
        decimals += point;
        if (++digits > MAX_EXACT_DIGITS)
          return FALSE;
      }
    else if (*s == '.' && !point && s > text && s[1] >= '0' && s[1] <= '9')
      point = TRUE;
    else
      return FALSE;

  if (digits == 0)
    return FALSE;
  r->kind = PW_VALUE_NUMBER;
  r->number = (double) mantissa / powers_of_ten[decimals];
  return TRUE;
}

void
pw_value_parse (const char *text,
                Parse      *r)
{
  g_autofree char *normalized = NULL;
  g_autofree char *marked = NULL;
  const char *s;
  const Word *w;
  const char *end;
  int sign;

  memset (r, 0, sizeof *r);
  r->number = NAN;
  r->high = NAN;
  r->form = PW_KIND_LEVEL;

  if (parse_plain_decimal (text, r))
    return;

  s = normalized = normalize (text);

  if (*s == '\0')
    {
      r->kind = PW_VALUE_EMPTY;
      return;
    }

  if (is_placeholder (s))
    {
      r->kind = PW_VALUE_NONE;
      return;
    }

  marked = read_kind_marks (normalized, r, &sign);
  s = marked;
  if (*s == '\0')
    {
      set_invalid (r);
      return;
    }

  if ((r->qualitative = match_qualitative (s)) != PW_QUALITATIVE_NONE)
    {
      r->kind = PW_VALUE_QUALITATIVE;
      r->form = PW_KIND_QUALITATIVE;
      return;
    }

  if (r->form != PW_KIND_GROWTH && parse_range (s, r))
    return;

  /* 提高1岁, 比2020年增长30%, 提高2个百分点 */
  {
    const char *p = s;

    if ((p = skip_word (s, "比")) != NULL)
      {
        /* skip the reference ("2020年", "基期", "上年") up to the verb */
        const char *q = p;
        while (*q && !match_word (q, relative_verbs, G_N_ELEMENTS (relative_verbs), &end))
          q = g_utf8_next_char (q);
        p = *q ? q : s;
      }
    else
      p = s;

    if ((w = match_word (p, relative_verbs, G_N_ELEMENTS (relative_verbs), &end)) &&
        (g_ascii_isdigit (*end) || *end == '.'))
      {
        r->kind = PW_VALUE_RELATIVE;
        parse_quantity (end, r);
        if (r->problem != PROBLEM_NONE)
          {
            set_invalid (r);
            return;
          }
        r->number *= w->comparator;
        if (w->comparator < 0)
          r->comparator = pw_comparator_mirror (r->comparator);
        /* 累计降低8.2 is a change against the baseline, over the period */
        r->form = PW_KIND_RELATIVE;
        if (r->unit_kind == PW_UNIT_PERCENT)
          r->relative_mode = PW_RELATIVE_PERCENT;
        else
          r->relative_mode = PW_RELATIVE_ABSOLUTE;
        /* 个百分点: percentage points are an absolute change of a rate */
        if (r->suffix_len > 0)
          {
            r->suffix = g_strndup (r->suffix_start, r->suffix_len);
            if (strcmp (r->suffix, "个百分点") == 0 || strcmp (r->suffix, "百分点") == 0)
              r->unit_kind = PW_UNIT_PERCENT;
          }
        return;
      }
  }

  /* 不低于上年度人均消费支出增幅: a bound on a figure from outside the plan,
   * named in words right after the comparison */
  if (!has_digit (s) &&
      (w = match_word (s, prefix_comparators, G_N_ELEMENTS (prefix_comparators), &end)) &&
      *end != '\0' && w->comparator != PW_COMPARATOR_EQUAL && w->comparator != PW_COMPARATOR_ABOUT &&
      g_unichar_get_script (g_utf8_get_char (end)) == G_UNICODE_SCRIPT_HAN)
    {
      r->kind = PW_VALUE_QUALITATIVE;
      r->qualitative = PW_QUALITATIVE_REFERENCE;
      r->comparator = w->comparator;
      r->suffix = g_strdup (end);
      return;
    }

  parse_quantity (s, r);
  if (r->problem != PROBLEM_NONE)
    {
      set_invalid (r);
      return;
    }
  r->kind = PW_VALUE_NUMBER;
  if (r->suffix_len > 0)
    r->suffix = g_strndup (r->suffix_start, r->suffix_len);

  /* 年均增长4.0 is a rate in per cent, printed or not; 年均下降2%以上 is a
   * rate of −2% or less */
  if (r->form == PW_KIND_GROWTH)
    {
      if (r->unit_kind == PW_UNIT_PLAIN && r->suffix == NULL)
        r->unit_kind = PW_UNIT_PERCENT;
      if (sign < 0)
        {
          r->number = -r->number;
          r->comparator = pw_comparator_mirror (r->comparator);
        }
    }
}

/* Public API */

/**
 * pw_comparator_mirror:
 * @comparator: a comparator
 *
 * ≥ for ≤ and so on: "下降2%以上" is a fall of at least 2%, so the value
 * (−2 or less) is at most −2.
 *
 * Returns: the comparator that says the same of the number's negative
 */
PwComparator
pw_comparator_mirror (PwComparator comparator)
{
  switch (comparator)
    {
    case PW_COMPARATOR_GREATER_EQUAL:
      return PW_COMPARATOR_LESS_EQUAL;
    case PW_COMPARATOR_GREATER:
      return PW_COMPARATOR_LESS;
    case PW_COMPARATOR_LESS_EQUAL:
      return PW_COMPARATOR_GREATER_EQUAL;
    case PW_COMPARATOR_LESS:
      return PW_COMPARATOR_GREATER;
    case PW_COMPARATOR_AT_LEAST:
      return PW_COMPARATOR_AT_MOST;
    case PW_COMPARATOR_AT_MOST:
      return PW_COMPARATOR_AT_LEAST;
    case PW_COMPARATOR_EQUAL:
    case PW_COMPARATOR_ABOUT:
    default:
      return comparator;
    }
}

/**
 * pw_unit_kind_from_text:
 * @unit: (nullable): a unit as printed, e.g. "%", "‰", "1/10万", "岁"
 *
 * Returns: the kind of @unit; %PW_UNIT_PLAIN for any unit that is not a rate
 */
PwUnitKind
pw_unit_kind_from_text (const char *unit)
{
  g_autofree char *s = NULL;

  if (unit == NULL || *unit == '\0')
    return PW_UNIT_PLAIN;

  s = normalize (unit);
  if (strcmp (s, "%") == 0)
    return PW_UNIT_PERCENT;
  if (strcmp (s, "‰") == 0 || strcmp (s, "1/1000") == 0 || strcmp (s, "1/千") == 0 ||
      strcmp (s, "/千") == 0)
    return PW_UNIT_PERMILLE;
  if (strcmp (s, "1/10万") == 0 || strcmp (s, "/10万") == 0 || strcmp (s, "1/100000") == 0)
    return PW_UNIT_PER_100K;
  if (strcmp (s, "1/万") == 0 || strcmp (s, "/万") == 0 || strcmp (s, "1/10000") == 0)
    return PW_UNIT_PER_10K;

  return PW_UNIT_PLAIN;
}
