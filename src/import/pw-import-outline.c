/* pw-import-outline.c: the document's own outline, found from evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan numbers its headings in a few families of patterns: 第X篇, 第X部分,
 * 第X章, 第X节, 一、, (一), 1./1、, (1), in Chinese or Arabic numerals, glued
 * to the title or not, with or without a colon. Which of them are the
 * document's levels is not fixed by a style: it is read from how their
 * numbers run. A pattern is a level when most of its headings continue its
 * numbering (n follows n - 1, with a gap of up to two for a heading lost in
 * conversion) or restart at 1 after a heading of a higher pattern, or, for
 * 第X篇/部分/章/节, when three of them do, or, in a web page or a Word
 * file, when most of its headings carry a heading level; list items
 * inside paragraphs and 专栏 boxes restart too, but they come below the
 * levels in the ranking of the families, which every Chinese plan follows
 * (篇/部分 above 章 above 节 above 一、 above (一) above 1. above (1)).
 *
 * A table of contents (目录, or a run of headings ending in page numbers or
 * dot leaders) is marked, so that its entries are neither headings nor
 * prose; its entries are kept to check the headings found in the body and
 * to complete a heading wrapped over two lines.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-private.h"

#include <string.h>

/* Auxiliary methods */

static gboolean
is_cjk_numeral_start (const char *s)
{
  static const char digits[] = "一二三四五六七八九十两零〇";
  const guchar *u = (const guchar *) s;

  /* every one is three bytes long in UTF-8, and starts with E3–E9 */
  if (u[0] < 0xE3 || u[0] > 0xE9 || u[1] == '\0' || u[2] == '\0')
    return FALSE;
  for (const char *d = digits; *d; d += 3)
    if (d[0] == s[0] && d[1] == s[1] && d[2] == s[2])
      return TRUE;
  return FALSE;
}

/* @s after @word when it starts with it, else NULL (every line is asked
 * whether it is a heading, three times: pw_import_has_prefix() does not
 * measure a paragraph first) */
static const char *
skip (const char *s,
      const char *word)
{
  return pw_import_has_prefix (s, word) ? s + strlen (word) : NULL;
}

/* Where a page number (    12, ……12, ...12) ends @k, or NULL. */
static const char *
page_number_start (const char *k)
{
  const char *end = k + strlen (k);
  const char *p = end;
  const char *digits;
  gboolean leader = FALSE;

  while (p > k && g_ascii_isdigit (p[-1]))
    p--;
  if (p == end || end - p > 4)
    return NULL;
  digits = p;
  for (;;)
    {
      if (p > k && (p[-1] == ' ' || p[-1] == '.' || p[-1] == '\t'))
        p--, leader = TRUE;
      else if (p - k >= 3 && (memcmp (p - 3, "…", 3) == 0 || memcmp (p - 3, "─", 3) == 0 ||
                               memcmp (p - 3, "·", 2) == 0))
        p -= 3, leader = TRUE;
      else if (p - k >= 2 && memcmp (p - 2, "·", 2) == 0)
        p -= 2, leader = TRUE;
      else
        break;
    }
  /* "第十四章  …  12": a leader of spaces or dots; "第3" is no page */
  if (!leader || digits - p < 2 || p == k)
    return NULL;
  return p;
}

/* What pw_import_heading_at() reads (every time). */
static gboolean
read_heading (const PwImportLine *line,
              PwImportHeading    *heading)
{
  const char *k = line->key;
  const char *p;
  const char *after;
  const char *title;
  const char *title_end;
  const char *stop;
  glong n_title;
  gboolean sentence;

  memset (heading, 0, sizeof *heading);
  if (line->blank || line->noise || line->table > 0)
    return FALSE;

  if ((p = skip (k, "第")) != NULL)
    {
      p = pw_import_skip_spaces (p);
      heading->number = pw_import_parse_numeral (p, &p);
      p = pw_import_skip_spaces (p);
      if (heading->number <= 0)
        return FALSE;
      if ((after = skip (p, "篇")) != NULL)
        heading->pattern = PW_PATTERN_PART;
      else if ((after = skip (p, "部分")) != NULL)
        heading->pattern = PW_PATTERN_PORTION;
      else if ((after = skip (p, "章")) != NULL)
        heading->pattern = PW_PATTERN_CHAPTER;
      else if ((after = skip (p, "节")) != NULL)
        heading->pattern = PW_PATTERN_SECTION;
      else
        return FALSE;
      p = after;
    }
  else if (is_cjk_numeral_start (k))
    {
      heading->number = pw_import_parse_numeral (k, &p);
      if (heading->number <= 0 || (after = skip (p, "、")) == NULL)
        return FALSE;
      heading->pattern = PW_PATTERN_ENUM;
      p = after;
    }
  else if (*k == '(')
    {
      p = pw_import_skip_spaces (k + 1);
      if (is_cjk_numeral_start (p))
        heading->pattern = PW_PATTERN_ENUM_PAREN;
      else if (g_ascii_isdigit (*p))
        heading->pattern = PW_PATTERN_DIGIT_PAREN;
      else
        return FALSE;
      heading->number = pw_import_parse_numeral (p, &p);
      p = pw_import_skip_spaces (p);
      if (heading->number <= 0 || *p != ')')
        return FALSE;
      p++;
    }
  else if (g_ascii_isdigit (*k))
    {
      heading->number = pw_import_parse_numeral (k, &p);
      if (heading->number <= 0 || heading->number > 99)
        return FALSE;
      if (*p == '.' && !g_ascii_isdigit (p[1]))
        p++;
      else if ((after = skip (p, "、")) != NULL)
        p = after;
      else
        return FALSE;
      heading->pattern = PW_PATTERN_DIGIT;
    }
  else
    return FALSE;

  /* the title */
  while (*p == ' ' || *p == ':' || *p == '.' || skip (p, "、") != NULL)
    p = *p == ' ' || *p == ':' || *p == '.' ? p + 1 : p + strlen ("、");
  title = p;
  title_end = title + strlen (title);
  if ((stop = page_number_start (title)) != NULL)
    {
      heading->page = TRUE;
      title_end = stop;
    }

  stop = strstr (title, "。");
  sentence = stop != NULL && stop < title_end;
  if (sentence)
    {
      const char *rest = stop + strlen ("。");

      /* a run-in heading: a short phrase, then its paragraph */
      n_title = g_utf8_strlen (title, stop - title);
      if (n_title == 0 || n_title > 30 || memchr (title, ',', stop - title) != NULL)
        return FALSE;
      title_end = stop;
      heading->rest_chars = *rest != '\0' ? g_utf8_pointer_to_offset (k, rest) : -1;
      heading->run_in = TRUE;
    }
  else
    {
      glong limit = heading->pattern <= PW_PATTERN_SECTION ? 60 : 40;

      n_title = g_utf8_strlen (title, title_end - title);
      if (n_title > limit)
        return FALSE;
      if (heading->pattern > PW_PATTERN_SECTION && n_title == 0)
        return FALSE;
    }

  while (title_end > title && title_end[-1] == ' ')
    title_end--;
  heading->title_chars = g_utf8_pointer_to_offset (k, title);
  heading->title_end_chars = g_utf8_pointer_to_offset (k, title_end);
  return TRUE;
}

/* Public API */

/**
 * pw_import_heading_at:
 * @line: a line
 * @heading: (out caller-allocates): what it is
 *
 * Reads a numbered heading at the start of @line in any of the families
 * (see the top of this file). A line whose numbered phrase ends at a 。 and
 * goes on is a run-in heading (`(一)发展基础。“十三五”时期……`): its title is
 * the phrase and @heading->rest_chars where the paragraph starts. A heading
 * ending in a page number (an entry of a table of contents) has
 * @heading->page set, and its title stops before the number.
 *
 * Returns: whether @line starts with a heading
 */
gboolean
pw_import_heading_at (const PwImportLine *line,
                      PwImportHeading    *heading)
{
  /* each line is asked three times or more (the contents, the outline,
   * the body): the answer no is kept in the line */
  if (line->no_heading)
    {
      memset (heading, 0, sizeof *heading);
      return FALSE;
    }
  if (read_heading (line, heading))
    return TRUE;
  /* every line is one of a stream's, which its steps write */
  ((PwImportLine *) line)->no_heading = TRUE;
  return FALSE;
}

/**
 * pw_import_heading_title:
 * @line: a line
 * @heading: what pw_import_heading_at() found in it
 *
 * Returns: (transfer full): the title as printed (possibly empty)
 */
char *
pw_import_heading_title (const PwImportLine    *line,
                         const PwImportHeading *heading)
{
  const char *from = pw_import_skip_chars (line->text, heading->title_chars);
  const char *to = pw_import_skip_chars (line->text, heading->title_end_chars);

  return pw_import_trim (from, to - from);
}

/**
 * pw_import_toc_find:
 * @lines: the lines
 * @from: where to look from
 * @to: where to stop
 * @entries: (element-type PwImportTocEntry): receives the entries
 *
 * Finds a table of contents between @from and @to and marks its lines
 * (@toc). It starts at a line 目录 (目  录, 目次), or at three headings in a
 * row that end in page numbers; it ends where its first entry comes back
 * (the body starts), or at a line that is neither an entry nor blank.
 *
 * Returns: the index of the first line after it, or @from when there is none
 */
guint
pw_import_toc_find (PwImportLines *lines,
                    guint          from,
                    guint          to,
                    GArray        *entries)
{
  guint start = G_MAXUINT;
  gboolean labelled = FALSE;
  PwImportHeading first = { 0 };
  guint i;

  for (i = from; i < to && start == G_MAXUINT; i++)
    {
      const PwImportLine *line = &lines->lines[i];

      /* a line of more than 40 characters has more than 40 bytes */
      if (line->blank || line->noise || line->n_chars > 40 || strlen (line->key) > 40)
        continue;
      if (pw_import_is_spaced_word (line->key, "目录") || pw_import_is_spaced_word (line->key, "目次"))
        {
          start = i + 1;
          labelled = TRUE;
        }
      else
        {
          PwImportHeading h;
          guint n = 0;

          for (guint j = i; j < to && n < 3; j++)
            {
              if (lines->lines[j].blank)
                continue;
              if (!pw_import_heading_at (&lines->lines[j], &h) || !h.page)
                break;
              n++;
            }
          if (n == 3)
            start = i;
        }
    }
  if (start == G_MAXUINT)
    return from;

  if (labelled)
    lines->lines[start - 1].toc = TRUE;
  for (i = start; i < to; i++)
    {
      PwImportLine *line = &lines->lines[i];
      PwImportHeading h;
      gboolean entry;

      if (line->blank || line->noise)
        continue;
      entry = pw_import_heading_at (line, &h);
      if (entry && first.pattern != PW_PATTERN_NONE && h.pattern == first.pattern &&
          h.number == first.number && !h.page)
        break;
      if (!entry)
        {
          /* 序言 …… 1, 附件 1: an entry without a number */
          if (page_number_start (line->key) == NULL &&
              !(labelled && line->n_chars <= 12 && first.pattern == PW_PATTERN_NONE))
            break;
        }
      else if (first.pattern == PW_PATTERN_NONE)
        first = h;
      line->toc = TRUE;
      if (entry && entries != NULL)
        {
          PwImportTocEntry e = { h.pattern, h.number, NULL };

          e.title = pw_import_heading_title (line, &h);
          g_array_append_val (entries, e);
        }
    }

  return i;
}

/**
 * pw_import_outline_find:
 * @lines: the lines
 * @from: the first line of the body
 * @to: the end of the body
 * @levels: (out) (array fixed-size=PW_N_PATTERNS): receives the patterns
 *   that are the document's levels, from the top, ended by
 *   %PW_PATTERN_NONE
 * @by_style: (out) (array fixed-size=PW_N_PATTERNS): for each pattern,
 *   whether it is a level because the format marks its headings (then only
 *   the marked ones are headings)
 *
 * Chooses which patterns are levels, from how their numbers run (see the
 * top of this file). Lines marked as a table of contents, noise or rows of a
 * real table are not read.
 *
 * Returns: the number of levels
 */
guint
pw_import_outline_find (const PwImportLines *lines,
                        guint                from,
                        guint                to,
                        PwImportPattern     *levels,
                        gboolean            *by_style)
{
  int last[PW_N_PATTERNS] = { 0 };
  gboolean reset[PW_N_PATTERNS] = { 0 };
  guint valid[PW_N_PATTERNS] = { 0 };
  guint total[PW_N_PATTERNS] = { 0 };
  guint styled[PW_N_PATTERNS] = { 0 };
  guint styled_valid[PW_N_PATTERNS] = { 0 };
  int styled_last[PW_N_PATTERNS] = { 0 };
  guint n = 0;

  for (guint p = 0; p < PW_N_PATTERNS; p++)
    reset[p] = TRUE;

  for (guint i = from; i < to; i++)
    {
      const PwImportLine *line = &lines->lines[i];
      PwImportHeading h;
      int number;
      guint p;

      if (line->toc || !pw_import_heading_at (line, &h))
        continue;
      p = h.pattern;
      number = h.number;
      total[p]++;
      if (line->level > 0)
        {
          /* the marked headings alone: 1, 2, 3 …, restarting under a higher one */
          styled[p]++;
          if (number == styled_last[p] + 1 || number == 1)
            styled_valid[p]++;
          styled_last[p] = number;
          for (guint q = p + 1; q < PW_N_PATTERNS; q++)
            styled_last[q] = 0;
        }
      if ((number > last[p] && number <= last[p] + 3 && (last[p] > 0 || number == 1)) ||
          (number == 1 && reset[p]))
        {
          valid[p]++;
          last[p] = number;
          reset[p] = FALSE;
          for (guint q = p + 1; q < PW_N_PATTERNS; q++)
            reset[q] = TRUE;
        }
    }

  /* 第X篇/部分/章/节 name nothing but headings, so a run of three that
   * continue each other makes a level however many other lines start the
   * same way (a table whose cells begin 第三章…, cross-references); the
   * numbered lists must also be mostly in order. */
  for (guint p = 0; p < PW_N_PATTERNS; p++)
    by_style[p] = FALSE;
  for (guint p = PW_PATTERN_NONE + 1; p < PW_N_PATTERNS; p++)
    if (p <= PW_PATTERN_SECTION ? valid[p] >= 3 || (valid[p] >= 1 && valid[p] * 3 >= total[p] * 2)
                                : valid[p] >= 2 && valid[p] * 3 >= total[p] * 2)
      levels[n++] = p;
    /* headings a web page or a Word file marks as such (<h3>, an outline
     * level), most of them in order: the format's word is evidence enough */
    else if (styled_valid[p] >= 2 && styled_valid[p] * 3 >= styled[p] * 2)
      {
        by_style[p] = TRUE;
        levels[n++] = p;
      }
  levels[n] = PW_PATTERN_NONE;
  return n;
}

void
pw_import_toc_entry_clear (PwImportTocEntry *entry)
{
  g_clear_pointer (&entry->title, g_free);
}
