/* pw-import-notice.c: the notice, the metadata and the period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 2 of the importer (see pw-importer.c). Lines before the plan's own
 * title line (a short line ending in 规划/纲要/方案 that is not the notice's
 * title) are the notice and its web page: they give the metadata, from
 * labelled fields (文号:, 成文日期:, 发文日期:, 发文单位:), the notice's title
 * (X关于印发Y的通知), a line that is only a document number, and the
 * signature (an organ's name above a line that is only a date). A
 * publication date (发布日期, 时间) is not the issue date. A second notice
 * appended after the plan (a line that is only a document number, after the
 * chapters) is kept as text, its metadata ignored. The period comes from
 * the title (十四五, 2021—2025年) and the years the text and tables name.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-import-private.h"
#include "pw-importer-private.h"

/* The title line: a short line naming the plan (…规划, …规划(2021—2025年)),
 * not the title of the notice that issues it. */
static gboolean
is_title_line (const PwImportLine *line)
{
  static const char *ends[] = { "规划", "纲要", "计划", "方案" };
  static const char *not_in[] = { "关于", "通知", "印发", "《", "。", ":" };
  g_autofree char *k = pw_import_strip_spaces (line->key);
  glong n = g_utf8_strlen (k, -1);
  gsize len = strlen (k);

  if (line->blank || line->noise || n < 4 || n > 60 ||
      pw_importer_contains_any (k, not_in, G_N_ELEMENTS (not_in)))
    return FALSE;

  /* a trailing (2021—2025年) */
  if (len > 0 && k[len - 1] == ')')
    {
      char *open = strrchr (k, '(');

      if (open != NULL && strpbrk (open, "0123456789") != NULL)
        {
          *open = '\0';
          len = open - k;
        }
    }

  for (gsize i = 0; i < G_N_ELEMENTS (ends); i++)
    if (g_str_has_suffix (k, ends[i]))
      return TRUE;
  return FALSE;
}

/* Metadata */

static gboolean
is_organ (const char *key)
{
  static const char *ends[] = {
    "人民政府", "政府", "委员会", "办公室", "办公厅", "厅", "局", "委", "办", "院", "部", "中心",
    "管委会", "署",
  };
  glong n = g_utf8_strlen (key, -1);

  if (n < 3 || n > 30 || strpbrk (key, "0123456789:,") != NULL || strstr (key, "。") != NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (ends); i++)
    if (g_str_has_suffix (key, ends[i]))
      return TRUE;
  return FALSE;
}

/* After "〔2022〕" (or [2022], (2022), 【2022】) at @p, or NULL. */
static const char *
skip_bracketed_year (const char *p)
{
  static const char *opens[] = { "〔", "[", "(", "【", "﹝" };
  static const char *closes[] = { "〕", "]", ")", "】", "﹞" };

  for (gsize i = 0; i < G_N_ELEMENTS (opens); i++)
    {
      const char *q = pw_importer_skip_word (p, opens[i]);
      int n = 0;

      if (q == NULL)
        continue;
      while (g_ascii_isdigit (q[n]))
        n++;
      if (n != 4)
        return NULL;
      for (gsize j = 0; j < G_N_ELEMENTS (closes); j++)
        {
          const char *after = pw_importer_skip_word (q + n, closes[j]);

          if (after != NULL)
            return after;
        }
      return NULL;
    }
  return NULL;
}

/* A document number whose bracket is at @p: 驻政〔2022〕39号, 盘政发[2018]5号.
 * Returns its end and sets @start to where its issuer's abbreviation
 * begins. */
static const char *
doc_number_at (const char  *line_start,
               const char  *p,
               const char **start)
{
  const char *q = skip_bracketed_year (p);
  const char *s = p;
  int n_cjk = 0;

  if (q == NULL || !g_ascii_isdigit (*q))
    return NULL;
  while (g_ascii_isdigit (*q))
    q++;
  if ((q = pw_importer_skip_word (q, "号")) == NULL)
    return NULL;

  /* the abbreviation before the bracket: 驻政, 咸发改社会 */
  while (s > line_start && n_cjk < 12)
    {
      const char *prev = g_utf8_find_prev_char (line_start, s);

      if (prev == NULL || !pw_import_is_cjk (g_utf8_get_char (prev)))
        break;
      s = prev;
      n_cjk++;
    }
  if (n_cjk == 0)
    return NULL;
  *start = s;
  return q;
}

/* The first document number in @key, or NULL. */
static char *
find_doc_number (const char  *key,
                 gboolean    *whole_line)
{
  /* every document number ends in 号 */
  if (strstr (key, "号") == NULL)
    return NULL;
  for (const char *p = key; *p; p = g_utf8_next_char (p))
    {
      const char *start;
      const char *end = doc_number_at (key, p, &start);

      if (end != NULL)
        {
          if (whole_line != NULL)
            *whole_line = (start == key && *pw_import_skip_spaces (end) == '\0');
          return g_strndup (start, end - start);
        }
    }
  return NULL;
}

/* The value of a labelled field in @k (spaces removed), e.g. after 文号: */
static const char *
field (const char *k,
       const char *label)
{
  const char *p = strstr (k, label);

  if (p == NULL)
    return NULL;
  p += strlen (label);
  if (*p == ':')
    p++;
  else
    return NULL;
  return p;
}

static char *
format_date (int year,
             int month,
             int day)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static char *
read_date (const char *k)
{
  int year, month, day;

  if (k != NULL && pw_import_parse_date (k, &year, &month, &day, NULL))
    return format_date (year, month, day);
  return NULL;
}

/* The region an organ's name or a title begins with: 驻马店市人民政府 → 驻马店市. */
static char *
region_of (const char *text)
{
  static const gunichar ends[] = { 0x5E02 /* 市 */, 0x53BF /* 县 */, 0x533A /* 区 */,
                                   0x7701 /* 省 */, 0x5DDE /* 州 */, 0x76DF /* 盟 */,
                                   0x65D7 /* 旗 */ };
  const char *p = text;

  for (int i = 0; *p && i < 10; i++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!pw_import_is_cjk (c))
        return NULL;
      for (gsize j = 0; j < G_N_ELEMENTS (ends); j++)
        if (c == ends[j] && i >= 1)
          {
            const char *end = g_utf8_next_char (p);

            /* 广州市, 杭州市: 州 begins the ending of a city's name */
            if (c == 0x5DDE && g_utf8_get_char (end) == 0x5E02)
              end = g_utf8_next_char (end);
            return g_strndup (text, end - text);
          }
    }
  return NULL;
}

/* The notice's title "X关于印发Y的通知", possibly wrapped over lines from @i:
 * sets the issuer X and the title Y when found. */
static void
read_notice_title (Importer  *self,
                   guint      i,
                   guint      end,
                   char     **issuer,
                   char     **title)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *about;
  const char *issue;
  const char *tail;
  glong from;
  glong to;

  for (guint j = i, n = 0; j < end && n < 4; j++)
    {
      const PwImportLine *line = &self->lines.lines[j];

      if (line->blank || line->noise)
        continue;
      g_string_append (key, line->key);
      g_string_append (text, line->text);
      n++;
      if (g_str_has_suffix (line->key, "通知") || g_utf8_strlen (key->str, -1) > 80)
        break;
    }

  if ((about = strstr (key->str, "关于")) == NULL || (tail = strstr (about, "的通知")) == NULL)
    return;
  if ((issue = pw_importer_skip_word (about, "关于印发")) == NULL &&
      (issue = pw_importer_skip_word (about, "关于发布")) == NULL)
    return;

  if (about > key->str && *issuer == NULL)
    {
      g_autofree char *k = g_strndup (key->str, about - key->str);
      g_autofree char *stripped = pw_import_strip_spaces (k);
      const char *colon = strrchr (stripped, ':');

      if (is_organ (colon != NULL ? colon + 1 : stripped))
        {
          glong n_chars = g_utf8_pointer_to_offset (key->str, about);
          glong n_start = colon != NULL ? g_utf8_strlen (k, -1) - g_utf8_strlen (colon + 1, -1) : 0;
          const char *t0 = pw_import_skip_chars (text->str, n_start);
          const char *t1 = pw_import_skip_chars (text->str, n_chars);
          g_autofree char *raw = g_strndup (t0, t1 - t0);

          *issuer = pw_import_strip_spaces (raw);
        }
    }

  from = g_utf8_pointer_to_offset (key->str, issue);
  to = g_utf8_pointer_to_offset (key->str, tail);
  if (to > from && *title == NULL)
    {
      const char *t0 = pw_import_skip_chars (text->str, from);
      const char *t1 = pw_import_skip_chars (text->str, to);
      g_autofree char *raw = g_strndup (t0, t1 - t0);
      g_autofree char *stripped = pw_import_strip_spaces (raw);
      gsize len = strlen (stripped);

      /* 《…》 around the title */
      if (pw_import_has_prefix (stripped, "《") && g_str_has_suffix (stripped, "》"))
        *title = g_strndup (stripped + strlen ("《"), len - strlen ("《") - strlen ("》"));
      else
        *title = g_steal_pointer (&stripped);
    }
}

void
pw_importer_read_metadata (Importer *self,
                           guint     end)
{
  g_autofree char *doc_number = NULL;
  g_autofree char *doc_number_line = NULL;
  g_autofree char *issued = NULL;
  g_autofree char *signed_on = NULL;
  g_autofree char *issuer = NULL;
  g_autofree char *signer = NULL;
  g_autofree char *notice_issuer = NULL;
  g_autofree char *notice_title = NULL;
  g_autofree char *title = NULL;
  g_autofree char *region = NULL;
  int signed_line = 0;
  gboolean region_guessed = FALSE;
  g_autoptr(GString) missing = g_string_new (NULL);
  const char *separator;

  for (guint i = 0; i < end; i++)
    {
      const PwImportLine *line = &self->lines.lines[i];
      g_autofree char *k = NULL;
      const char *v;

      if (line->blank || line->noise)
        continue;
      k = pw_import_strip_spaces (line->key);

      if (issued == NULL &&
          ((v = field (k, "成文日期")) != NULL || (v = field (k, "发文日期")) != NULL ||
           (v = field (k, "印发日期")) != NULL || (v = field (k, "签发日期")) != NULL))
        {
          issued = read_date (v);
        }
      if (doc_number == NULL && (v = field (k, "文号")) != NULL)
        doc_number = find_doc_number (v, NULL);
      if (issuer == NULL &&
          ((v = field (k, "发文单位")) != NULL || (v = field (k, "发文机关")) != NULL ||
           (v = field (k, "发布机构")) != NULL || (v = field (k, "制发机关")) != NULL))
        {
          static const char *labels[] = { "发布日期", "成文日期", "发文日期", "文号", "主题分类",
                                           "有效性", "名称", "索引号" };
          const char *stop = v + strlen (v);
          g_autofree char *value = NULL;

          for (gsize j = 0; j < G_N_ELEMENTS (labels); j++)
            {
              const char *at = strstr (v, labels[j]);

              if (at != NULL && at < stop)
                stop = at;
            }
          value = g_strndup (v, stop - v);
          if (is_organ (value))
            issuer = g_steal_pointer (&value);
        }

      /* a line that is only a date: the signature's */
      {
        int year, month, day;
        const char *after;

        if (pw_import_parse_date (k, &year, &month, &day, &after) && *after == '\0')
          {
            g_free (signed_on);
            signed_on = format_date (year, month, day);
            signed_line = line->number;
            for (guint j = i; j > 0; j--)
              {
                const PwImportLine *above = &self->lines.lines[j - 1];
                g_autofree char *ak = NULL;

                if (above->blank || above->noise)
                  continue;
                ak = pw_import_strip_spaces (above->key);
                if (is_organ (ak))
                  {
                    g_free (signer);
                    signer = pw_import_strip_spaces (above->text);
                  }
                break;
              }
          }
      }

      /* a line that is only a document number */
      {
        gboolean whole = FALSE;
        g_autofree char *number = find_doc_number (k, &whole);

        if (number != NULL && whole && doc_number_line == NULL)
          doc_number_line = g_steal_pointer (&number);
      }

      if (strstr (k, "关于") != NULL && (notice_title == NULL || notice_issuer == NULL))
        read_notice_title (self, i, end, &notice_issuer, &notice_title);
    }

  /* a header line that is only an organ's name (the notice's letterhead) */
  if (issuer == NULL && signer == NULL && notice_issuer == NULL)
    for (guint i = 0; i < end && issuer == NULL; i++)
      {
        const PwImportLine *line = &self->lines.lines[i];
        g_autofree char *k = pw_import_strip_spaces (line->key);

        g_autofree char *organ_region = is_organ (k) ? region_of (k) : NULL;

        if (!line->blank && !line->noise && organ_region != NULL)
          issuer = pw_import_strip_spaces (line->text);
      }

  if (issuer == NULL && signer != NULL)
    issuer = g_steal_pointer (&signer);
  else if (issuer == NULL)
    issuer = g_steal_pointer (&notice_issuer);
  if (doc_number == NULL)
    doc_number = g_steal_pointer (&doc_number_line);
  if (issued == NULL)
    issued = g_steal_pointer (&signed_on);
  else if (signed_on != NULL && strcmp (signed_on, issued) != 0)
    pw_importer_note (self, PW_FINDING_INCONSISTENCY, signed_line, NULL,
                      _("The notice is signed on %s, but its date of writing (成文日期) is %s; %s is kept"),
                      signed_on, issued, issued);

  if (self->title != NULL)
    title = g_strdup (self->title);
  else if (notice_title != NULL)
    title = g_steal_pointer (&notice_title);
  else
    {
      /* 编制《X规划》 in the preface */
      static const char *verbs[] = { "编制《", "制定《", "印发《", "特制定《" };

      for (guint i = self->body_start; i < self->lines.n_lines && title == NULL; i++)
        {
          const PwImportLine *line = &self->lines.lines[i];
          PwImportHeading h;
          Head head = pw_importer_heading_at (self, line, &h);

          if (head == HEAD_CHAPTER || head == HEAD_PART)
            break;
          for (gsize j = 0; j < G_N_ELEMENTS (verbs) && title == NULL; j++)
            for (const char *at = strstr (line->key, verbs[j]); at != NULL && title == NULL;
                 at = strstr (at + 1, verbs[j]))
              {
                const char *open = at + strlen (verbs[j]);
                const char *close = strstr (open, "》");

                if (close != NULL && close > open)
                  {
                    glong from = g_utf8_pointer_to_offset (line->key, open);
                    glong to = g_utf8_pointer_to_offset (line->key, close);
                    const char *t0 = pw_import_skip_chars (line->text, from);
                    const char *t1 = pw_import_skip_chars (line->text, to);
                    g_autofree char *candidate = g_strndup (t0, t1 - t0);
                    g_autofree char *ck = pw_import_make_key (candidate, -1, NULL);

                    if (g_str_has_suffix (ck, "规划") || g_str_has_suffix (ck, "纲要") ||
                        g_str_has_suffix (ck, "方案"))
                      {
                        title = g_steal_pointer (&candidate);
                        pw_importer_note (self, PW_FINDING_GUESS, line->number, NULL,
                                          _("The document prints no title; the title “%s” is taken from the "
                                            "text that names the plan"),
                                          title);
                      }
                  }
              }
        }
    }

  if (issuer != NULL)
    region = region_of (issuer);
  if (region != NULL && title != NULL)
    {
      /* an issuer of a subdivision (上海市黄浦区人民政府) and a plan named
       * after it (黄浦区……规划): the region is the subdivision */
      g_autofree char *key = pw_import_make_key (title, -1, NULL);
      g_autofree char *own = region_of (key);
      const char *at = own != NULL ? strstr (issuer, own) : NULL;

      if (at != NULL && at == issuer + strlen (region))
        {
          g_free (region);
          region = g_steal_pointer (&own);
        }
    }
  if (region == NULL && title != NULL)
    {
      g_autofree char *key = pw_import_make_key (title, -1, NULL);

      region = region_of (key);
      region_guessed = region != NULL;
    }
  if (region_guessed)
    {
      int line = self->title_index != NONE ? self->lines.lines[self->title_index].number : 0;

      pw_importer_note (self, PW_FINDING_GUESS, line, NULL,
                        _ ("The region “%s” is taken from the title"), region);
    }

  pw_plan_set_title (self->plan, title);
  pw_plan_set_issuer (self->plan, issuer);
  pw_plan_set_region (self->plan, region);
  pw_plan_set_doc_number (self->plan, doc_number);
  pw_plan_set_issued (self->plan, issued);

  /* Translators: what separates the items of a list in a sentence: 、 in Chinese */
  separator = _(", ");
  if (title == NULL)
    g_string_append (missing, _("title"));
  if (issuer == NULL)
    g_string_append_printf (missing, "%s%s", missing->len ? separator : "", _("issuer"));
  if (doc_number == NULL)
    g_string_append_printf (missing, "%s%s", missing->len ? separator : "", _("document number (文号)"));
  if (issued == NULL)
    g_string_append_printf (missing, "%s%s", missing->len ? separator : "", _("issue date"));
  if (missing->len > 0)
    pw_importer_note (self, PW_FINDING_DOUBT, 0, NULL, _ ("Not found in the document: %s"),
                      missing->str);
}

/* The title line, the notice before it, and where the body starts. */
static gboolean
can_wrap_title (const PwImportLine *line)
{
  static const char *not_in[] = { "。", "，", ",", ":", "；", "关于", "通知", "《" };
  g_autofree char *k = pw_import_strip_spaces (line->key);
  g_autofree char *number = NULL;
  glong n = g_utf8_strlen (k, -1);

  if (line->blank || line->noise || line->toc || n < 2 || n > 30 ||
      pw_importer_contains_any (k, not_in, G_N_ELEMENTS (not_in)) || g_ascii_isdigit (*k))
    return FALSE;
  number = find_doc_number (k, NULL);
  return number == NULL;
}

void
pw_importer_find_title (Importer *self)
{
  g_autoptr(GString) title = NULL;

  self->first_heading = self->lines.n_lines;
  for (guint i = 0; i < self->lines.n_lines; i++)
    {
      PwImportHeading h;
      Head head = pw_importer_heading_at (self, &self->lines.lines[i], &h);

      if (head == HEAD_PREFACE ||
          ((head == HEAD_CHAPTER || head == HEAD_PART) && h.number == 1))
        {
          self->first_heading = i;
          break;
        }
    }

  /* the notice above a plan is a few dozen lines: a title further down is
   * not the plan's, and the text above it is not a notice */
  self->title_index = NONE;
  for (guint i = 0; i < self->first_heading && i < MAX_NOTICE_LINES; i++)
    if (!self->lines.lines[i].toc && is_title_line (&self->lines.lines[i]))
      self->title_index = i;

  self->body_start = self->title_index != NONE ? self->title_index + 1 : 0;
  if (self->title_index == NONE)
    return;

  /* a title wrapped over two or three lines: the lines just above it, with
   * no blank line between, that are a phrase and not the notice */
  self->title_first = self->title_index;
  while (self->title_first > 0 && self->title_index - self->title_first < 2 &&
         can_wrap_title (&self->lines.lines[self->title_first - 1]) &&
         !is_title_line (&self->lines.lines[self->title_first - 1]) &&
         (self->title_first < 2 || self->lines.lines[self->title_first - 2].blank ||
          can_wrap_title (&self->lines.lines[self->title_first - 2])))
    self->title_first--;
  /* a heading-like line above ("一、…") is not a title */
  if (self->title_first < self->title_index)
    {
      PwImportHeading h;

      if (pw_import_heading_at (&self->lines.lines[self->title_first], &h))
        self->title_first = self->title_index;
    }

  title = g_string_new (NULL);
  for (guint i = self->title_first; i <= self->title_index; i++)
    {
      g_autofree char *text = pw_import_trim (self->lines.lines[i].text, -1);

      g_string_append (title, text);
    }
  /* (2026—2030年) on the line below */
  if (self->title_index + 1 < self->lines.n_lines)
    {
      const PwImportLine *next = &self->lines.lines[self->title_index + 1];

      if (!next->blank && next->key[0] == '(' && next->n_chars <= 16 &&
          strpbrk (next->key, "0123456789") != NULL)
        {
          g_string_append (title, next->text);
          self->body_start++;
        }
    }
  if (self->title_first < self->title_index)
    pw_importer_note (self, PW_FINDING_GUESS, self->lines.lines[self->title_first].number, NULL,
                      _("The title is printed over %u lines; they are read as one: %s"),
                      self->title_index - self->title_first + 1, title->str);
  self->title = g_string_free (g_steal_pointer (&title), FALSE);
}

/* A second notice appended after the plan: a line that is only a document
 * number, after the first chapter; the notice starts at the title lines
 * above it. */
void
pw_importer_find_second_document (Importer *self)
{
  self->second_document = NONE;

  for (guint i = self->first_heading; i < self->lines.n_lines; i++)
    {
      const PwImportLine *line = &self->lines.lines[i];
      g_autofree char *k = NULL;
      g_autofree char *number = NULL;
      gboolean whole = FALSE;
      guint start = i;

      /* every document number ends in 号 (find_doc_number()) */
      if (line->blank || line->noise || line->n_chars > 30 || strstr (line->key, "号") == NULL)
        continue;
      k = pw_import_strip_spaces (line->key);
      number = find_doc_number (k, &whole);
      if (number == NULL || !whole)
        continue;

      for (guint j = i, n = 0; j > self->first_heading && n < 4; j--)
        {
          const PwImportLine *above = &self->lines.lines[j - 1];

          if (above->blank || above->noise)
            continue;
          n++;
          if (above->n_chars > 40 || strstr (above->key, "。") != NULL ||
              pw_import_has_prefix (above->key, "附件"))
            break;
          if (strstr (above->key, "关于") != NULL || g_str_has_suffix (above->key, "通知"))
            start = j - 1;
        }

      self->second_document = start;
      pw_importer_note (self, PW_FINDING_DOUBT, self->lines.lines[start].number, NULL,
                        _("Another document (%s) is appended after the plan from here; it is kept as text, "
                          "and its metadata does not replace the plan's"),
                        number);
      return;
    }
}

/* The period */

/* 十四五 → 14; 0 when @key names no five-year plan. */
static int
five_year_plan (const char *key)
{
  static const char *digits[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九" };

  for (const char *p = strstr (key, "十"); p != NULL; p = strstr (p + strlen ("十"), "十"))
    {
      const char *q = p + strlen ("十");

      for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
        if (pw_import_has_prefix (q, digits[i]))
          {
            const char *r = q + strlen (digits[i]);

            /* 十五五, 第十五个五年 */
            if (pw_import_has_prefix (r, "五") || pw_import_has_prefix (r, "个五年"))
              return 11 + i;
          }
    }
  return 0;
}

void
pw_importer_find_period (Importer *self)
{
  const char *title = pw_plan_get_title (self->plan);
  g_autofree char *title_key = title != NULL ? pw_import_make_key (title, -1, NULL) : NULL;
  int kind = title_key != NULL ? five_year_plan (title_key) : 0;
  int kind_start;
  int start = 0;
  int end = 0;
  int baseline = 0;
  int line = self->title_index != NONE ? self->lines.lines[self->title_index].number : 0;
  int kind_line = line;
  gboolean titled;

  /* a title without its kind: the latest plan the text names more than
   * once (a plan names the one before it, never the one after) */
  if (kind == 0)
    {
      int counts[12] = { 0 };

      for (guint i = self->body_start; i < self->lines.n_lines; i++)
        {
          const PwImportLine *l = &self->lines.lines[i];
          int k;

          if (l->blank || l->noise || i >= self->second_document)
            continue;
          k = five_year_plan (l->key);
          if (k >= 11 && k <= 19 && ++counts[k - 11] == 2 && k > kind)
            {
              kind = k;
              kind_line = l->number;
            }
        }
    }
  kind_start = kind >= 3 ? 1966 + 5 * (kind - 3) : 0;

  /* (2021—2025年) in the title */
  if (title_key != NULL)
    for (const char *p = title_key; *p && start == 0; p++)
      if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
          g_ascii_isdigit (p[3]) && (p == title_key || !g_ascii_isdigit (p[-1])))
        {
          int a = atoi (p);
          const char *q = p + 4;

          if (pw_import_has_prefix (q, "年"))
            q += strlen ("年");
          if (*q == '-' || *q == '~' || pw_import_has_prefix (q, "—") || pw_import_has_prefix (q, "–") ||
              pw_import_has_prefix (q, "至") || pw_import_has_prefix (q, "到"))
            {
              q = g_utf8_next_char (q);
              while (pw_import_has_prefix (q, "—"))
                q += strlen ("—");
              if (g_ascii_isdigit (q[0]) && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) &&
                  g_ascii_isdigit (q[3]))
                {
                  int b = atoi (q);

                  if (a > 1949 && b >= a && b - a <= 15)
                    {
                      start = a;
                      end = b;
                      baseline = a - 1;
                    }
                }
            }
        }

  titled = start != 0;
  if (start == 0 && kind_start > 0)
    {
      start = kind_start;
      end = kind_start + 4;
      baseline = kind_start - 1;
      pw_importer_note (self, PW_FINDING_GUESS, kind_line, NULL,
                        _("The period %d–%d and the baseline year %d are those of the plan's kind (the "
                          "document does not print them)"),
                        start, end, baseline);
    }

  /* the header of the first table: 2020年 | 2025年 */
  if (!titled)
    for (guint i = 0; i < self->tables->len; i++)
      {
        Table *table = g_ptr_array_index (self->tables, i);

        if (table->table.baseline_year > 0 && table->table.target_year > table->table.baseline_year &&
            table->table.target_year - table->table.baseline_year <= 10)
          {
            if (table->previous)
              continue;
            if (kind_start > 0 &&
                (table->table.baseline_year + 1 != kind_start ||
                 table->table.target_year != kind_start + 4))
              pw_importer_note (self, PW_FINDING_INCONSISTENCY, table->table.first_line, NULL,
                                _("The table's header gives %d and %d, which do not fit the period of the "
                                  "plan's kind (%d–%d); the plan's kind is kept"),
                                table->table.baseline_year, table->table.target_year, kind_start,
                                kind_start + 4);
            if (kind_start == 0)
              {
                baseline = table->table.baseline_year;
                end = table->table.target_year;
                start = baseline + 1;
                line = table->table.first_line;
              }
            break;
          }
      }

  if (start == 0)
    {
      /* the year that 到20XX年 names most often */
      g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
      int best = 0;
      guint best_count = 0;

      for (guint i = 0; i < self->paragraphs->len; i++)
        {
          const Paragraph *paragraph = &g_array_index (self->paragraphs, Paragraph, i);

          for (const char *p = strstr (paragraph->line->key, "到"); p != NULL;
               p = strstr (p + strlen ("到"), "到"))
            {
              const char *q = p + strlen ("到");

              if (g_ascii_isdigit (q[0]) && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) &&
                  g_ascii_isdigit (q[3]) && pw_import_has_prefix (q + 4, "年"))
                {
                  int year = atoi (q);
                  gpointer seen = g_hash_table_lookup (counts, GINT_TO_POINTER (year));
                  guint count = GPOINTER_TO_UINT (seen) + 1;

                  /* 到2035年 (远景目标) is a longer horizon than the plan */
                  if (year < 1950 || year > 2100 || strstr (paragraph->line->key, "远景") != NULL ||
                      strstr (paragraph->line->key, "基本实现社会主义现代化") != NULL)
                    continue;
                  g_hash_table_insert (counts, GINT_TO_POINTER (year), GUINT_TO_POINTER (count));
                  if (count > best_count)
                    {
                      best = year;
                      best_count = count;
                    }
                }
            }
        }

      if (best > 0)
        {
          end = best;
          start = best - 4;
          baseline = best - 5;
          pw_importer_note (self, PW_FINDING_GUESS, 0, NULL,
                            _("The document states no period; %d–%d (baseline %d) is guessed from the year its "
                              "targets name"),
                            start, end, baseline);
        }
      else
        {
          start = pw_plan_get_start_year (self->plan);
          end = pw_plan_get_end_year (self->plan);
          baseline = pw_plan_get_baseline_year (self->plan);
          pw_importer_note (self, PW_FINDING_GUESS, 0, NULL,
                            _("The document states no period; %d–%d (baseline %d) is assumed"), start, end,
                            baseline);
        }
    }

  self->start_year = start;
  self->end_year = end;
  self->baseline_year = baseline;
  pw_plan_set_start_year (self->plan, start);
  pw_plan_set_end_year (self->plan, end);
  pw_plan_set_baseline_year (self->plan, baseline);
}
