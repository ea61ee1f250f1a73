/* pw-import-prose.c: figures stated in the text, and service-item lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A mention is a clause that names a measure and gives it a figure:
 * "义务教育巩固率达到96.5%", "基本医疗保险参保率稳定在97%以上",
 * "失能特困人员集中供养率不低于90%", "婴儿死亡率为1.78‰". Paragraphs are
 * cut into sentences (。；) and clauses (，：); in a clause the first verb
 * followed by a number (达到, 稳定在, 提高到, 超过, 不低于, 为 …) divides the
 * name from the value. "分别达到59万人、60万人" gives one mention per name
 * of "失业保险、工伤保险参保人数", the shared ending going to each; "均达到"
 * gives the one value to each name. A mention is said of the last year of
 * the plan when its sentence names that year (到2025年), 期末 or 十四五末,
 * or when it is in the 主要目标 section and names no other year.
 *
 * Comparison words that the value parser reads (不低于, 超过) stay in the
 * value; verbs that only introduce it (达到, 稳定在) do not; "总人口的" and
 * the like before the number are skipped.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-private.h"

#include <stdlib.h>
#include <string.h>

typedef struct
{
  const char *key;
  const char *text;
} Cursor;

typedef struct
{
  const char *word;
  gboolean keep;     /* part of the value as printed: 不低于90% */
  gboolean spread;   /* 分别: one value per name */
  gboolean same;     /* 均: one value for every name */
} Verb;

/* Longest first where one is the start of another. */
static const Verb verbs[] = {
  { "分别达到", FALSE, TRUE, FALSE },   { "分别提高到", FALSE, TRUE, FALSE },
  { "分别提高至", FALSE, TRUE, FALSE }, { "分别增长到", FALSE, TRUE, FALSE },
  { "分别下降到", FALSE, TRUE, FALSE }, { "分别稳定在", FALSE, TRUE, FALSE },
  { "分别保持在", FALSE, TRUE, FALSE }, { "分别为", FALSE, TRUE, FALSE },
  { "分别达", FALSE, TRUE, FALSE },     { "均达到", FALSE, FALSE, TRUE },
  { "均保持在", FALSE, FALSE, TRUE },   { "均稳定在", FALSE, FALSE, TRUE },
  { "均不低于", TRUE, FALSE, TRUE },    { "均超过", TRUE, FALSE, TRUE },
  { "均为", FALSE, FALSE, TRUE },       { "均达", FALSE, FALSE, TRUE },
  { "稳定在", FALSE, FALSE, FALSE },    { "保持在", FALSE, FALSE, FALSE },
  { "控制在", FALSE, FALSE, FALSE },    { "提高到", FALSE, FALSE, FALSE },
  { "提高至", FALSE, FALSE, FALSE },    { "提升到", FALSE, FALSE, FALSE },
  { "提升至", FALSE, FALSE, FALSE },    { "增加到", FALSE, FALSE, FALSE },
  { "增加至", FALSE, FALSE, FALSE },    { "增长到", FALSE, FALSE, FALSE },
  { "增长至", FALSE, FALSE, FALSE },    { "降低到", FALSE, FALSE, FALSE },
  { "降低至", FALSE, FALSE, FALSE },    { "下降到", FALSE, FALSE, FALSE },
  { "下降至", FALSE, FALSE, FALSE },    { "减少到", FALSE, FALSE, FALSE },
  { "减少至", FALSE, FALSE, FALSE },    { "达到", FALSE, FALSE, FALSE },
  { "不低于", TRUE, FALSE, FALSE },     { "不少于", TRUE, FALSE, FALSE },
  { "不高于", TRUE, FALSE, FALSE },     { "不超过", TRUE, FALSE, FALSE },
  { "超过", TRUE, FALSE, FALSE },       { "高于", TRUE, FALSE, FALSE },
  { "低于", TRUE, FALSE, FALSE },       { "大于", TRUE, FALSE, FALSE },
  { "小于", TRUE, FALSE, FALSE },       { "突破", FALSE, FALSE, FALSE },
  { "达", FALSE, FALSE, FALSE },        { "为", FALSE, FALSE, FALSE },
};

/* Whether a verb can start at @p: its first character starts one (分均稳保
 * 控提增降下减达不超高低大小突为), told by one switch on the character. */
static gboolean
starts_verb (const char *p)
{
  const guchar *b = (const guchar *) p;

  if (b[0] < 0xE0 || b[0] > 0xEF || (b[1] & 0xC0) != 0x80 || (b[2] & 0xC0) != 0x80)
    return FALSE;
  switch (((gunichar) (b[0] & 0x0F) << 12) | ((gunichar) (b[1] & 0x3F) << 6) | (b[2] & 0x3F))
    {
    case 0x5206: case 0x5747: case 0x7A33: case 0x4FDD: case 0x63A7: case 0x63D0: case 0x589E:
    case 0x964D: case 0x4E0B: case 0x51CF: case 0x8FBE: case 0x4E0D: case 0x8D85: case 0x9AD8:
    case 0x4F4E: case 0x5927: case 0x5C0F: case 0x7A81: case 0x4E3A:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Units after a number; longest first where one is the start of another. */
static const char *units[] = {
  "个百分点", "万人次", "万平方米", "平方米", "万人", "人次", "万户", "万张", "万元", "亿元",
  "万个", "万套", "公里", "千米", "小时", "分钟", "万", "亿", "人", "个", "所", "张", "岁",
  "年", "元", "户", "次", "家", "块", "座", "套", "辆", "项", "件", "名", "床", "天", "倍",
  "台", "处", "支", "条", "种", "场", "册", "间", "米", "亩", "吨", "㎡", "分",
};

static const char *postfixes[] = {
  "及以上", "以上", "及以下", "以下", "以内", "左右",
};

/* Words before a name that are not part of it. */
static const char *name_leads[] = {
  "到“十四五”末", "到“十四五”期末", "“十四五”期末", "“十四五”末", "“十四五”期间",
  "十四五期末", "十四五末", "规划期末", "到期末", "期末", "其中", "预计", "力争", "争取", "确保",
  "全市", "我市", "本市", "全省", "全县", "全区",
};

static const char *name_tails[] = {
  "均", "分别", "累计", "总数", "要", "都", "将", "可", "能",
};

/* Endings of the names of indicators. */
static const char *metric_ends[] = {
  "率", "数", "比", "比重", "比例", "占比", "量", "额", "面积", "年限", "寿命", "人数",
  "床位", "水平", "规模", "密度", "时间", "指数", "覆盖面",
};

/* Auxiliary methods */

static void
cursor_seek (Cursor     *cursor,
             const char *key)
{
  while (cursor->key < key && *cursor->key)
    {
      cursor->key = g_utf8_next_char (cursor->key);
      cursor->text = g_utf8_next_char (cursor->text);
    }
}

static const char *
skip_word (const char *s,
           const char *word)
{
  gsize len = strlen (word);

  return strncmp (s, word, len) == 0 ? s + len : NULL;
}

static const char *
skip_any (const char  *s,
          const char **words,
          gsize        n_words)
{
  for (gsize i = 0; i < n_words; i++)
    {
      const char *after = skip_word (s, words[i]);

      if (after != NULL)
        return after;
    }
  return NULL;
}

/* Reads a value at @p: [comparison] number [%|‰|/10万] [unit] [以上 …].
 * Returns the end, or NULL when there is no number there (or only a year). */
static const char *
scan_value (const char *p)
{
  static const char *comparators[] = {
    "≥", ">=", "≤", "<=", ">", "<", "约", "大约", "不低于", "不少于", "不高于", "不超过",
    "超过", "高于", "低于",
  };
  const char *start;
  const char *after;
  int n_digits = 0;
  gboolean point = FALSE;

  if ((after = skip_any (p, comparators, G_N_ELEMENTS (comparators))) != NULL)
    p = after;

  start = p;
  while (g_ascii_isdigit (*p) || (*p == '.' && !point && g_ascii_isdigit (p[1])) ||
         (*p == ',' && n_digits > 0 && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
          g_ascii_isdigit (p[3])))
    {
      if (*p == '.')
        point = TRUE;
      else if (g_ascii_isdigit (*p))
        n_digits++;
      p++;
    }
  if (n_digits == 0)
    return NULL;

  /* 2025年 is a year, not a value */
  if (!point && n_digits == 4 && skip_word (p, "年") != NULL)
    {
      int year = atoi (start);

      if (year >= 1900 && year <= 2100)
        return NULL;
    }

  if (*p == '%')
    p++;
  else if ((after = skip_word (p, "‰")) != NULL)
    p = after;
  else if ((after = skip_word (p, "/10万")) != NULL || (after = skip_word (p, "/万")) != NULL)
    p = after;
  else if ((after = skip_any (p, units, G_N_ELEMENTS (units))) != NULL)
    p = after;

  if ((after = skip_any (p, postfixes, G_N_ELEMENTS (postfixes))) != NULL)
    p = after;

  return p;
}

/* The start of the number after a verb at @p: right there, or after a
 * short phrase ending in 的 (总人口的40.5%). NULL when there is none. */
static const char *
value_start (const char *p)
{
  const char *q;

  p = pw_import_skip_spaces (p);
  q = p;

  if (scan_value (p) != NULL)
    return p;

  for (int n = 0; n < 8 && *q && *q != ','; n++)
    {
      gunichar c = g_utf8_get_char (q);

      q = g_utf8_next_char (q);
      if (c == 0x7684 /* 的 */ && scan_value (q) != NULL)
        return q;
      if (!pw_import_is_cjk (c))
        break;
    }

  return NULL;
}

static gboolean
has_digit_between (const char *start,
                   const char *end)
{
  for (const char *p = start; p < end; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

/* The length of the character at @p when it ends a clause (, ; : 。 ! ? or
 * the end of the text, counted 1), else 0. Read byte by byte: in UTF-8 no
 * byte of another character is ASCII, and 0xE3 only ever starts one. */
static gsize
clause_end_at (const char *p)
{
  switch (*p)
    {
    case ',': case ';': case ':': case '!': case '?': case '\0':
      return 1;
    case '\xE3':
      return p[1] == '\x80' && p[2] == '\x82' ? 3 : 0; /* 。 */
    default:
      return 0;
    }
}

/* The same for what ends a sentence: 。 ; ! ? or the end of the text. */
static gsize
sentence_end_at (const char *p)
{
  return *p == ',' || *p == ':' ? 0 : clause_end_at (p);
}

static gboolean
has_substring (const char *start,
               const char *end,
               const char *needle)
{
  gsize n = strlen (needle);
  const char *p = start;

  if (n == 0)
    return start <= end;
  /* memchr() finds each place the first byte is, memcmp() looks there */
  while (p + n <= end && (p = memchr (p, needle[0], end - p - n + 1)) != NULL)
    {
      if (memcmp (p, needle, n) == 0)
        return TRUE;
      p++;
    }
  return FALSE;
}

/* Whether a sentence speaks of the last year of the plan, and whether it
 * names another year. */
static void
sentence_context (const char                 *start,
                  const char                 *end,
                  const PwImportProseContext *context,
                  gboolean                   *final,
                  gboolean                   *other_year)
{
  static const char *final_words[] = {
    "十四五”末", "十四五”期末", "十四五末", "十四五期末", "十三五”末", "十三五”期末",
    "十三五末", "十三五期末", "规划期末", "到期末",
  };
  *final = FALSE;
  *other_year = FALSE;

  if (context->end_year > 0)
    *final = has_substring (start, end, context->end_year_word);
  /* every one of them has 末 */
  if (!*final && has_substring (start, end, "末"))
    for (gsize i = 0; i < G_N_ELEMENTS (final_words) && !*final; i++)
      *final = has_substring (start, end, final_words[i]);

  /* another year: 2015年, 2020年 (the baseline) …, found from each 年 (its
   * first byte, with memchr()) back to its four digits */
  for (const char *y = start + 4; y + 3 <= end && !*other_year &&
                                  (y = memchr (y, "年"[0], end - y - 2)) != NULL;
       y++)
    {
      const char *p = y - 4;

      if (memcmp (y, "年", strlen ("年")) == 0 && (p == start || !g_ascii_isdigit (p[-1])) &&
          g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
          g_ascii_isdigit (p[3]))
        {
          int year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');

          if (year != context->end_year && year >= 1949 && year <= 2100)
            *other_year = TRUE;
        }
    }
}

static char *
strip_name (const char *name)
{
  g_autofree char *trimmed = pw_import_trim (name, -1);
  const char *p = trimmed;
  const char *after;
  gsize len;
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      p = pw_import_skip_spaces (p);
      if ((after = skip_word (p, "到")) != NULL && g_ascii_isdigit (*after))
        {
          /* 到2025年 */
          while (g_ascii_isdigit (*after))
            after++;
          if ((after = skip_word (after, "年")) != NULL)
            {
              p = after;
              again = TRUE;
              continue;
            }
        }
      if (g_ascii_isdigit (*p) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
          g_ascii_isdigit (p[3]) && skip_word (p + 4, "年") != NULL)
        {
          p = skip_word (p + 4, "年");
          again = TRUE;
          continue;
        }
      if ((after = skip_any (p, name_leads, G_N_ELEMENTS (name_leads))) != NULL && *after)
        {
          p = after;
          again = TRUE;
        }
    }

  len = strlen (p);
  again = TRUE;
  while (again)
    {
      again = FALSE;
      for (gsize i = 0; i < G_N_ELEMENTS (name_tails); i++)
        {
          gsize n = strlen (name_tails[i]);

          if (len > n && strncmp (p + len - n, name_tails[i], n) == 0)
            {
              len -= n;
              again = TRUE;
            }
        }
    }

  return pw_import_trim (p, len);
}

static gboolean
ends_as_metric (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (metric_ends); i++)
    if (g_str_has_suffix (name, metric_ends[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_metric_end (gunichar c)
{
  return c == 0x7387 /* 率 */ || c == 0x6570 /* 数 */ || c == 0x6BD4 /* 比 */ ||
         c == 0x4F8B /* 例 */ || c == 0x91CD /* 重 */ || c == 0x91CF /* 量 */ ||
         c == 0x989D /* 额 */ || c == 0x79EF /* 积 */;
}

/* Splits "失业保险、工伤保险参保人数" into the names of each, the shared
 * ending of the last going to the others. */
static GPtrArray *
split_names (const char *subject_key,
             const char *subject_text)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  Cursor cursor = { subject_key, subject_text };
  const char *start = subject_text;
  const char *p = subject_key;
  int depth = 0;
  const char *last;
  glong first_len;
  const char *suffix;

  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == 0x201C /* “ */)
        depth++;
      else if ((c == ')' || c == 0x201D) && depth > 0)
        depth--;
      else if (depth == 0 && (c == 0x3001 /* 、 */ || c == 0x548C /* 和 */ || c == 0x53CA /* 及 */))
        {
          cursor_seek (&cursor, p);
          g_ptr_array_add (parts, g_strndup (start, cursor.text - start));
          start = g_utf8_next_char (cursor.text);
        }
    }
  g_ptr_array_add (parts, g_strdup (start));

  if (parts->len < 2)
    {
      g_ptr_array_add (names, g_strdup (subject_text));
      return names;
    }

  last = g_ptr_array_index (parts, parts->len - 1);
  first_len = g_utf8_strlen (g_ptr_array_index (parts, 0), -1);
  suffix = first_len < g_utf8_strlen (last, -1) ? pw_import_skip_chars (last, first_len) : "";

  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);
      const char *end = part + strlen (part);
      const char *prev = g_utf8_find_prev_char (part, end);
      gboolean complete = (i + 1 == parts->len) ||
                          (prev != NULL && is_metric_end (g_utf8_get_char (prev)));

      if (*part == '\0')
        continue;
      g_ptr_array_add (names, complete ? g_strdup (part) : g_strconcat (part, suffix, NULL));
    }

  return names;
}

static PwImportMention *
mention_new (const char *name,
             const char *value,
             int         line,
             gboolean    target)
{
  PwImportMention *mention = g_new0 (PwImportMention, 1);
  g_autofree char *value_key = pw_import_make_key (value, -1, NULL);

  mention->name = strip_name (name);
  mention->match = pw_import_match_key (mention->name);
  mention->value = g_strdup (value);
  mention->parsed = pw_value_new (value_key);
  mention->line = line;
  mention->target = target;
  mention->metric = ends_as_metric (mention->match) && g_utf8_strlen (mention->match, -1) >= 3 &&
                    g_utf8_strlen (mention->match, -1) <= 40;
  return mention;
}

/* Reads the mentions of one clause [@start, @end) of the key. */
static void
scan_clause (const PwImportLine *line,
             Cursor             *cursor,
             const char         *start,
             const char         *end,
             gboolean            target,
             GPtrArray          *out)
{
  const Verb *verb = NULL;
  const char *verb_at = NULL;
  const char *first = NULL;
  g_autofree char *subject_key = NULL;
  g_autofree char *subject_text = NULL;
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GPtrArray) names = NULL;

  for (const char *p = start; p < end && verb == NULL; p = g_utf8_next_char (p))
    for (gsize i = 0; i < G_N_ELEMENTS (verbs) && starts_verb (p); i++)
      {
        const char *after = skip_word (p, verbs[i].word);

        if (after != NULL && after <= end && (first = value_start (after)) != NULL && first < end)
          {
            verb = &verbs[i];
            verb_at = p;
            break;
          }
      }

  if (verb == NULL || verb_at == start)
    return;

  /* 由2015年的82%提高到93%: a change told in one clause, not a target */
  if (has_substring (start, verb_at, "由") && has_substring (start, verb_at, "的"))
    return;

  /* made only for a clause with a verb, one in ten */
  values = g_ptr_array_new_with_free_func (g_free);

  cursor_seek (cursor, start);
  {
    const char *t0 = cursor->text;

    cursor_seek (cursor, verb_at);
    subject_key = g_strndup (start, verb_at - start);
    subject_text = g_strndup (t0, cursor->text - t0);
  }

  /* the values: one, or a list for 分别 */
  for (const char *p = first;;)
    {
      const char *value_end = scan_value (p);
      g_autoptr(GString) value = g_string_new (NULL);
      const char *t0;
      const char *next;

      if (value_end == NULL || value_end > end)
        break;

      if (verb->keep && p == first)
        {
          /* keep the comparison word (不低于90%), less a leading 均 */
          const char *word = verb->same ? verb_at + strlen ("均") : verb_at;

          cursor_seek (cursor, word);
          t0 = cursor->text;
          cursor_seek (cursor, verb_at + strlen (verb->word));
          g_string_append_len (value, t0, cursor->text - t0);
        }
      cursor_seek (cursor, p);
      t0 = cursor->text;
      cursor_seek (cursor, value_end);
      g_string_append_len (value, t0, cursor->text - t0);
      g_ptr_array_add (values, g_string_free (g_steal_pointer (&value), FALSE));

      if (!verb->spread)
        break;
      if ((next = skip_word (value_end, "、")) == NULL &&
          (next = skip_word (value_end, "和")) == NULL &&
          (next = skip_word (value_end, "及")) == NULL)
        break;
      p = next;
    }

  if (values->len == 0)
    return;

  names = split_names (subject_key, subject_text);

  if (verb->spread && names->len == values->len)
    for (guint i = 0; i < names->len; i++)
      g_ptr_array_add (out, mention_new (g_ptr_array_index (names, i),
                                         g_ptr_array_index (values, i), line->number, target));
  else if (verb->same || (names->len > 1 && values->len == 1 && verb->spread))
    for (guint i = 0; i < names->len; i++)
      g_ptr_array_add (out, mention_new (g_ptr_array_index (names, i),
                                         g_ptr_array_index (values, 0), line->number, target));
  else if (values->len == 1)
    g_ptr_array_add (out, mention_new (subject_text, g_ptr_array_index (values, 0), line->number,
                                       target));
}

/* Public API */

void
pw_import_mention_free (PwImportMention *mention)
{
  g_free (mention->name);
  g_free (mention->match);
  g_free (mention->value);
  g_clear_pointer (&mention->parsed, pw_value_unref);
  g_free (mention);
}

/**
 * pw_import_mentions_scan:
 * @line: a paragraph
 * @context: what the paragraph is read against
 * @out: (element-type PwImportMention): receives the mentions
 */
void
pw_import_mentions_scan (const PwImportLine         *line,
                         const PwImportProseContext *context,
                         GPtrArray                  *out)
{
  Cursor cursor = { line->key, line->text };
  const char *sentence = line->key;

  /* a paragraph without a digit states no figure */
  if (strpbrk (line->key, "0123456789") == NULL)
    return;

  while (*sentence)
    {
      const char *p = sentence;
      const char *clause = sentence;
      gboolean final;
      gboolean other_year;
      gboolean target;
      gsize n;

      /* what can end a sentence is ASCII or starts with 0xE3 (。) */
      while (!(n = sentence_end_at (p)))
        p += 1 + strcspn (p + 1, ";!?\xE3");

      sentence_context (sentence, p, context, &final, &other_year);
      target = final || (context->in_goals && !other_year);

      for (const char *q = sentence;; q += n > 0 ? n : 1 + strcspn (q + 1, ",;:!?\xE3"))
        {
          n = q < p ? clause_end_at (q) : 0;
          if (q >= p || n > 0)
            {
              if (q > clause && has_digit_between (clause, q))
                scan_clause (line, &cursor, clause, q, target, out);
              if (q >= p)
                break;
              clause = q + n;
            }
        }
      n = sentence_end_at (p);

      sentence = *p ? p + n : p;
    }
}

/**
 * pw_import_match_key:
 * @name: the name of an indicator, as printed
 *
 * Returns: (transfer full): the form in which names are compared: simplified,
 *   without spaces, quotes, or a leading 全市/我市
 */
char *
pw_import_match_key (const char *name)
{
  static const char *leads[] = { "全市", "我市", "本市", "全省", "全县", "全区" };
  char *key = pw_import_make_key (name, -1, NULL);
  /* the characters kept are copied down over the key, which they never
   * outrun: only whole characters are left out */
  char *o = key;
  const char *p = key;
  const char *after;

  p = pw_import_skip_spaces (p);
  if ((after = skip_any (p, leads, G_N_ELEMENTS (leads))) != NULL && *after)
    p = after;

  while (*p)
    {
      const char *next = g_utf8_next_char (p);
      gunichar c = g_utf8_get_char (p);

      if (!(c == ' ' || c == '\t' || c == '"' || c == '\'' || c == 0x201C || c == 0x201D ||
            c == 0x2018 || c == 0x2019 || c == 0x300A || c == 0x300B))
        {
          memmove (o, p, next - p);
          o += next - p;
        }
      p = next;
    }
  *o = '\0';

  return key;
}

/**
 * pw_import_names_match:
 * @a: a name in the form of pw_import_match_key()
 * @b: another
 *
 * Returns: whether @a and @b name the same indicator: they are equal, or
 *   the shorter, five characters or more, ends the longer
 *   (义务教育巩固率 and 九年义务教育巩固率)
 */
gboolean
pw_import_names_match (const char *a,
                       const char *b)
{
  gsize la = strlen (a);
  gsize lb = strlen (b);
  const char *shorter = la <= lb ? a : b;
  const char *longer = la <= lb ? b : a;

  if (strcmp (a, b) == 0)
    return TRUE;
  return g_utf8_strlen (shorter, -1) >= 5 && g_str_has_suffix (longer, shorter);
}

/**
 * pw_import_service_items:
 * @line: a paragraph
 * @declared: (out): the number of items the paragraph declares
 * @names: (element-type utf8): receives the items listed
 *
 * Reads "本领域服务项目共7项,具体包括:免费义务教育、寄宿生生活补助…", also
 * "共两项,公共租赁住房、…".
 *
 * Returns: whether @line declares service items
 */
gboolean
pw_import_service_items (const PwImportLine *line,
                         int                *declared,
                         GPtrArray          *names)
{
  static const char *intros[] = {
    "具体包括:", "具体包括", "主要包括:", "主要包括", "包括:", "包括", "分别是:", "分别是",
    "分别为:", "分别为", "即:", "为:",
  };
  const char *at = strstr (line->key, "服务项目共");
  const char *p;
  const char *after;
  Cursor cursor = { line->key, line->text };
  const char *item_start;
  int depth = 0;

  if (at == NULL)
    return FALSE;
  p = pw_import_skip_spaces (at + strlen ("服务项目共"));
  *declared = pw_import_parse_numeral (p, &p);
  p = pw_import_skip_spaces (p);
  if (*declared < 0 || (after = skip_word (p, "项")) == NULL)
    return FALSE;
  p = pw_import_skip_spaces (after);
  if (*p == ',' || *p == ':')
    p = pw_import_skip_spaces (p + 1);
  if ((after = skip_any (p, intros, G_N_ELEMENTS (intros))) != NULL)
    p = pw_import_skip_spaces (after);

  item_start = p;
  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == 0x201C || c == 0x300A)
        depth++;
      else if ((c == ')' || c == 0x201D || c == 0x300B) && depth > 0)
        depth--;
      else if ((depth == 0 && (c == 0x3001 /* 、 */ || c == 0x3002 /* 。 */ || c == ';')) ||
               c == '\0')
        {
          const char *t0;
          g_autofree char *item = NULL;

          cursor_seek (&cursor, item_start);
          t0 = cursor.text;
          cursor_seek (&cursor, p);
          item = pw_import_trim (t0, cursor.text - t0);
          if (*item != '\0')
            g_ptr_array_add (names, g_steal_pointer (&item));
          if (c != 0x3001)
            break;
          item_start = g_utf8_next_char (p);
        }
    }

  return TRUE;
}
