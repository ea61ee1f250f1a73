/* pw-importer.c: the text importer, from a plan document as text to the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Staff receive plans as text pasted or converted out of Word documents.
 * The importer turns such text into a plan, and lists in a report every
 * guess, doubt and inconsistency with its line in the original file, so that
 * what it could not be sure of is checked rather than trusted. It never
 * drops text it did not understand: that stays in the prose of its section,
 * its chapter or the preface. doc/importer.md describes the layouts handled.
 *
 * The steps:
 *
 * 1. Bytes to lines (pw-import-text.c): encoding detected (UTF-8 with or
 *    without a byte-order mark, GB18030, UTF-16 with a mark), any line ends,
 *    [bookmark: …] tags and page-number footers removed, a key for each line
 *    with full-width forms and traditional characters normalised.
 *
 * 2. The notice. Lines before the plan's own title line (a short line ending
 *    in 规划/纲要/方案 that is not the notice's title) are the notice and its
 *    web page: they give the metadata, from labelled fields (文号:, 成文日期:,
 *    发文日期:, 发文单位:), the notice's title (X关于印发Y的通知), a line that
 *    is only a document number, and the signature (an organ's name above a
 *    line that is only a date). A publication date (发布日期, 时间) is not the
 *    issue date. A second notice appended after the plan (a line that is only
 *    a document number, after the chapters) is kept as text, its metadata
 *    ignored.
 *
 * 3. The structure: 前言, then chapters 第X章 (Chinese or Arabic numerals,
 *    glued to the title or not) with sections 第X节, or in older plans
 *    chapters 一、 with sections (一). A heading must continue the numbering
 *    (a small gap is accepted and reported), so that a list item 一、 inside
 *    a section or an appended document is not taken for a chapter.
 *
 * 4. In the body: indicator tables (pw-import-table.c); 专栏N boxes, whose
 *    items (1. 1、 (1) ① l —— ● …) become projects with a short name (up to
 *    the first 。 or ：) and the full text as description, sub-items (a list
 *    restarting at 1 after an item ending in a colon, or another kind of
 *    marker) staying with their item, and a box without markers becoming one
 *    project; —— lines under a 保障工程/重点工程 heading, which become
 *    projects of a box of their own (number 0, the heading as title) since
 *    the model keeps projects in boxes; service-item lists
 *    (本领域服务项目共N项,具体包括:A、B…); and paragraphs.
 *
 * 5. Checks and guesses: a row with one value gets it as target unless the
 *    text gives it as a past figure, and says so; figures stated in the text
 *    (pw-import-prose.c) are compared with the table (a different target,
 *    a contradicting unit); an indicator printed twice; a declared count of
 *    service items that differs from the list; 专栏 boxes that name parts of
 *    a chapter for which the text has no section heading. A plan without a
 *    table gets the quantified targets of its 主要目标 section as indicators
 *    taken from the text (nature unknown, line recorded).
 *
 * Table indicators belong to the chapter about their domain when one can be
 * told (its title, or its sections' and boxes' titles, name the domain's
 * subject and category), else to the chapter holding the table; targets
 * from the text belong to the chapter of their 主要目标 section.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-importer.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pw-import-kind.h"
#include "pw-import-private.h"
#include "pw-plan-edit.h"

#define NONE G_MAXUINT

/* The most lines a notice and its web page take above the plan's title. */
#define MAX_NOTICE_LINES 80

typedef struct
{
  PwSection *section;
  GString *text;
  char *title_key;
  int line;
  gboolean goals;
  gboolean works;        /* 保障工程: its —— lines are projects */
  PwBox *works_column;
} Section;

typedef struct
{
  PwBox *column;
  char *title_key;
  int line;
  guint section;         /* index in the chapter, or NONE */
} Column;

typedef struct
{
  PwPart *part;
  GString *text;
  int number;
} Part;

typedef struct
{
  PwChapter *chapter;
  guint part;            /* index in the parts, or NONE */
  GString *text;
  char *title;
  char *title_key;
  int number;
  int line;
  gboolean goals;
  GPtrArray *sections;   /* of Section */
  GPtrArray *columns;    /* of Column */
  GPtrArray *services;   /* of PwServiceItem */
} Chapter;

typedef struct
{
  const PwImportLine *line;
  guint chapter;         /* NONE for the preface */
  gboolean goals;
} Paragraph;

typedef struct
{
  guint chapter;         /* the chapter holding the table, or NONE */
  gboolean previous;     /* the previous plan's results, not this plan's indicators */
  PwImportTable table;
} Table;

typedef struct
{
  guint seq;
  int line;
  PwFindingKind kind;
  char *subject;
  char *message;
} Finding;

typedef struct
{
  PwPlan *plan;
  PwImportLines lines;   /* borrowed: a copy of the caller's stream */
  GArray *findings;

  PwHeadingStyle style;
  PwImportPattern levels[PW_N_PATTERNS];
  gboolean by_style[PW_N_PATTERNS]; /* a level only where the format marks it */
  guint n_levels;
  PwImportPattern part_pattern;    /* the levels that the model holds */
  PwImportPattern chapter_pattern;
  PwImportPattern section_pattern;
  guint8 styled_chapter; /* unnumbered headings of this style or outline */
  guint8 styled_section; /* level are chapters, sections (0: none) */
  GArray *toc;           /* of PwImportTocEntry */
  guint n_deeper;        /* headings of deeper levels kept as paragraphs */
  int first_deeper;
  GPtrArray *pieces;     /* of PwImportLine: paragraphs after run-in headings */
  guint title_index;     /* the plan's title line, or NONE */
  guint title_first;     /* its first line when wrapped over several */
  char *title;           /* the title, lines joined */
  guint body_start;
  guint first_heading;   /* the first 前言 or chapter heading, or n_lines */
  guint second_document; /* where an appended notice starts, or NONE */

  GString *preface;
  GPtrArray *parts;      /* of Part */
  GPtrArray *chapters;   /* of Chapter */
  GPtrArray *paragraphs; /* of Paragraph */
  GPtrArray *tables;     /* of Table */
  GPtrArray *mentions;   /* of PwImportMention */
  GHashTable *mentions_by_tail; /* the last characters of a name → GPtrArray of mentions */
  GPtrArray *indicators; /* of PwIndicator, in table order */

  int start_year;
  int end_year;
  int baseline_year;
  char *kind;            /* 十四五 … as printed in the title */
} Importer;

/* Auxiliary methods */

static void
note (Importer     *self,
      PwFindingKind  kind,
      int           line,
      gpointer      subject,
      const char   *format,
      ...) G_GNUC_PRINTF (5, 6);

static void
note (Importer     *self,
      PwFindingKind  kind,
      int           line,
      gpointer      subject,
      const char   *format,
      ...)
{
  Finding finding;
  va_list args;

  finding.seq = self->findings->len;
  finding.line = line;
  finding.kind = kind;
  finding.subject = subject != NULL ? g_strdup (pw_object_get_id (subject)) : NULL;
  va_start (args, format);
  finding.message = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (self->findings, finding);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const Finding *fa = a;
  const Finding *fb = b;

  if (fa->line != fb->line)
    return fa->line < fb->line ? -1 : 1;
  return fa->seq < fb->seq ? -1 : fa->seq > fb->seq;
}

static void
finding_clear (gpointer data)
{
  Finding *finding = data;

  g_free (finding->subject);
  g_free (finding->message);
}

static void
section_free (Section *section)
{
  g_clear_object (&section->section);
  g_clear_object (&section->works_column);
  g_string_free (section->text, TRUE);
  g_free (section->title_key);
  g_free (section);
}

static void
column_free (Column *column)
{
  g_clear_object (&column->column);
  g_free (column->title_key);
  g_free (column);
}

static void
chapter_free (Chapter *chapter)
{
  g_clear_object (&chapter->chapter);
  g_string_free (chapter->text, TRUE);
  g_free (chapter->title);
  g_free (chapter->title_key);
  g_ptr_array_unref (chapter->sections);
  g_ptr_array_unref (chapter->columns);
  g_ptr_array_unref (chapter->services);
  g_free (chapter);
}

static void
part_free (Part *part)
{
  g_clear_object (&part->part);
  g_string_free (part->text, TRUE);
  g_free (part);
}

static void
table_free (Table *table)
{
  pw_import_table_clear (&table->table);
  g_free (table);
}

static void
importer_clear (Importer *self)
{
  g_clear_object (&self->plan);
  g_clear_pointer (&self->findings, g_array_unref);
  if (self->preface != NULL)
    g_string_free (self->preface, TRUE);
  g_clear_pointer (&self->chapters, g_ptr_array_unref);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_pointer (&self->toc, g_array_unref);
  g_clear_pointer (&self->pieces, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->paragraphs, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_ptr_array_unref);
  g_clear_pointer (&self->mentions_by_tail, g_hash_table_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->kind, g_free);
}

static char *
make_id (Importer   *self,
         const char *prefix)
{
  return pw_plan_make_id (self->plan, prefix);
}

static void
give_id (Importer   *self,
         gpointer    object,
         const char *prefix)
{
  g_autofree char *id = make_id (self, prefix);

  pw_object_set_id (object, id);
}

static const char *
skip_word (const char *s,
           const char *word)
{
  gsize len = strlen (word);

  return strncmp (s, word, len) == 0 ? s + len : NULL;
}

static gboolean
contains_any (const char  *s,
              const char **words,
              gsize        n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (strstr (s, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The text of @line from its @n_chars-th character on, trimmed. */
static char *
text_from (const PwImportLine *line,
           glong               n_chars)
{
  return pw_import_trim (pw_import_skip_chars (line->text, n_chars), -1);
}

static void
append_paragraph (GString    *text,
                  const char *paragraph)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, paragraph);
}

/* Headings */

typedef enum
{
  HEAD_NONE,
  HEAD_PREFACE,
  HEAD_PART,
  HEAD_CHAPTER,
  HEAD_SECTION,
  HEAD_DEEPER,   /* a numbered heading of a level the model does not hold */
} Head;

/* Whether @line can be a heading that only its style marks: short, and
 * not a sentence. */
static gboolean
is_styled_heading (const PwImportLine *line)
{
  return !line->blank && !line->noise && !line->toc && g_utf8_strlen (line->key, -1) <= 40 &&
         !g_str_has_suffix (line->key, "。");
}

/* What @line is in the document's outline; @h receives the heading. */
static Head
heading_at (Importer           *self,
            const PwImportLine *line,
            PwImportHeading    *h)
{
  if (line->blank || line->noise || line->toc)
    return HEAD_NONE;

  if (strlen (line->key) <= 24)
    {
      g_autofree char *stripped = pw_import_strip_spaces (line->key);

      if (strcmp (stripped, "前言") == 0 || strcmp (stripped, "序言") == 0 ||
          strcmp (stripped, "引言") == 0 || strcmp (stripped, "序") == 0)
        return HEAD_PREFACE;
    }

  if (!pw_import_heading_at (line, h))
    {
      /* a heading the format marks (<h2>, Word's Heading 2) without a
       * number: its level says what it is; read_body() numbers it */
      if (line->level == 0 || line->table > 0 ||
          (line->level != self->styled_chapter && line->level != self->styled_section) ||
          !is_styled_heading (line))
        return HEAD_NONE;
      memset (h, 0, sizeof *h);
      h->title_end_chars = g_utf8_strlen (line->text, -1);
      h->rest_chars = -1;
      return line->level == self->styled_chapter ? HEAD_CHAPTER : HEAD_SECTION;
    }
  if (self->by_style[h->pattern] && line->level == 0)
    return HEAD_NONE;
  if (h->pattern == self->part_pattern)
    return HEAD_PART;
  if (h->pattern == self->chapter_pattern)
    return HEAD_CHAPTER;
  if (h->pattern == self->section_pattern)
    return HEAD_SECTION;
  /* a 第X章 that is not a level is still never prose of a box */
  return HEAD_DEEPER;
}

/* 专栏3 …, 专栏 3: …; @title_chars receives where the title starts. */
static gboolean
column_caption_at (const PwImportLine *line,
                   int                *number,
                   glong              *title_chars)
{
  const char *p = skip_word (line->key, "专栏");

  if (p == NULL || line->noise)
    return FALSE;
  p = pw_import_skip_spaces (p);
  *number = pw_import_parse_numeral (p, &p);
  if (*number < 0)
    return FALSE;
  while (*p == ' ' || *p == ':' || *p == '.' || *p == '-' || g_str_has_prefix (p, "、"))
    p = g_str_has_prefix (p, "、") ? p + strlen ("、") : p + 1;
  if (g_utf8_strlen (p, -1) > 60 || strstr (p, "。") != NULL)
    return FALSE;
  *title_chars = g_utf8_pointer_to_offset (line->key, p);
  return TRUE;
}

/* The title of a 专栏 caption, less a trailing table pipe. */
static char *
column_title (const PwImportLine *line,
              glong               title_chars)
{
  g_autofree char *title = text_from (line, title_chars);
  gsize len = strlen (title);

  while (len > 0 && (title[len - 1] == '|' || title[len - 1] == ' '))
    len--;
  if (len >= strlen ("｜") && g_str_has_suffix (title, "｜"))
    len -= strlen ("｜");
  return pw_import_trim (title, len);
}

static gboolean
is_goals_title (const char *key)
{
  static const char *words[] = {
    "主要目标", "发展目标", "总体目标", "规划目标", "具体目标", "目标任务", "主要指标",
  };

  return contains_any (key, words, G_N_ELEMENTS (words)) || strcmp (key, "目标") == 0;
}

static gboolean
is_works_title (const char *key)
{
  static const char *words[] = { "保障工程", "重点工程", "重大工程", "重点项目" };

  return contains_any (key, words, G_N_ELEMENTS (words));
}

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

  if (line->blank || line->noise || n < 4 || n > 60 || contains_any (k, not_in, G_N_ELEMENTS (not_in)))
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
      const char *q = skip_word (p, opens[i]);
      int n = 0;

      if (q == NULL)
        continue;
      while (g_ascii_isdigit (q[n]))
        n++;
      if (n != 4)
        return NULL;
      for (gsize j = 0; j < G_N_ELEMENTS (closes); j++)
        {
          const char *after = skip_word (q + n, closes[j]);

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
  if ((q = skip_word (q, "号")) == NULL)
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
  if ((issue = skip_word (about, "关于印发")) == NULL &&
      (issue = skip_word (about, "关于发布")) == NULL)
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
      if (g_str_has_prefix (stripped, "《") && g_str_has_suffix (stripped, "》"))
        *title = g_strndup (stripped + strlen ("《"), len - strlen ("《") - strlen ("》"));
      else
        *title = g_steal_pointer (&stripped);
    }
}

static void
read_metadata (Importer *self,
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
    note (self, PW_FINDING_INCONSISTENCY, signed_line, NULL,
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
          Head head = heading_at (self, line, &h);

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
                        note (self, PW_FINDING_GUESS, line->number, NULL,
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

      note (self, PW_FINDING_GUESS, line, NULL, _("The region “%s” is taken from the title"), region);
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
    note (self, PW_FINDING_DOUBT, 0, NULL, _("Not found in the document: %s"), missing->str);
}

/* The structure */

static Part *current_part (Importer *self);

static Chapter *
current_chapter (Importer *self)
{
  return self->chapters->len > 0 ? g_ptr_array_index (self->chapters, self->chapters->len - 1) : NULL;
}

static Section *
current_section (Importer *self)
{
  Chapter *chapter = current_chapter (self);

  return chapter != NULL && chapter->sections->len > 0
           ? g_ptr_array_index (chapter->sections, chapter->sections->len - 1)
           : NULL;
}

/* The levels of the document's outline, and which the model holds. */
static void
find_outline (Importer *self)
{
  guint k = 0;

  self->toc = g_array_new (FALSE, TRUE, sizeof (PwImportTocEntry));
  g_array_set_clear_func (self->toc, (GDestroyNotify) pw_import_toc_entry_clear);
  pw_import_toc_find (&self->lines, 0, self->lines.n_lines, self->toc);
  self->n_levels = pw_import_outline_find (&self->lines, 0, self->lines.n_lines, self->levels,
                                           self->by_style);

  /* 第X篇 is a part; 第X部分 one when two levels run below it */
  if (self->n_levels >= 2 &&
      (self->levels[0] == PW_PATTERN_PART ||
       (self->levels[0] == PW_PATTERN_PORTION && self->n_levels >= 3)))
    self->part_pattern = self->levels[k++];
  self->chapter_pattern = self->levels[k];
  if (self->chapter_pattern != PW_PATTERN_NONE)
    self->section_pattern = self->levels[k + 1];

  /* No numbered levels, but headings that a web page or a Word file marks
   * with their level: the highest level used more than once (the title is
   * used once) gives the chapters, the next one below it the sections. */
  if (self->chapter_pattern == PW_PATTERN_NONE)
    {
      guint count[10] = { 0 };
      PwImportHeading h;

      for (guint i = 0; i < self->lines.n_lines; i++)
        {
          const PwImportLine *line = &self->lines.lines[i];

          if (line->level > 0 && line->level < G_N_ELEMENTS (count) && line->table == 0 &&
              is_styled_heading (line) && !pw_import_heading_at (line, &h))
            count[line->level]++;
        }
      for (guint l = 1; l < G_N_ELEMENTS (count); l++)
        if (count[l] >= 2 && self->styled_chapter == 0)
          self->styled_chapter = l;
        else if (count[l] >= 1 && self->styled_chapter != 0 && self->styled_section == 0)
          self->styled_section = l;
    }

  self->style = self->chapter_pattern == PW_PATTERN_ENUM ||
                    self->chapter_pattern == PW_PATTERN_ENUM_PAREN ||
                    self->chapter_pattern == PW_PATTERN_DIGIT
                  ? PW_HEADING_ENUMERATION
                  : PW_HEADING_CHAPTER;
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
      contains_any (k, not_in, G_N_ELEMENTS (not_in)) || g_ascii_isdigit (*k))
    return FALSE;
  number = find_doc_number (k, NULL);
  return number == NULL;
}

static void
find_title (Importer *self)
{
  g_autoptr(GString) title = NULL;

  self->first_heading = self->lines.n_lines;
  for (guint i = 0; i < self->lines.n_lines; i++)
    {
      PwImportHeading h;
      Head head = heading_at (self, &self->lines.lines[i], &h);

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

      if (!next->blank && next->key[0] == '(' && g_utf8_strlen (next->key, -1) <= 16 &&
          strpbrk (next->key, "0123456789") != NULL)
        {
          g_string_append (title, next->text);
          self->body_start++;
        }
    }
  if (self->title_first < self->title_index)
    note (self, PW_FINDING_GUESS, self->lines.lines[self->title_first].number, NULL,
          _("The title is printed over %u lines; they are read as one: %s"),
          self->title_index - self->title_first + 1, title->str);
  self->title = g_string_free (g_steal_pointer (&title), FALSE);
}

/* A second notice appended after the plan: a line that is only a document
 * number, after the first chapter; the notice starts at the title lines
 * above it. */
static void
find_second_document (Importer *self)
{
  self->second_document = NONE;

  for (guint i = self->first_heading; i < self->lines.n_lines; i++)
    {
      const PwImportLine *line = &self->lines.lines[i];
      g_autofree char *k = NULL;
      g_autofree char *number = NULL;
      gboolean whole = FALSE;
      guint start = i;

      if (line->blank || line->noise || g_utf8_strlen (line->key, -1) > 30)
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
          if (g_utf8_strlen (above->key, -1) > 40 || strstr (above->key, "。") != NULL ||
              g_str_has_prefix (above->key, "附件"))
            break;
          if (strstr (above->key, "关于") != NULL || g_str_has_suffix (above->key, "通知"))
            start = j - 1;
        }

      self->second_document = start;
      note (self, PW_FINDING_DOUBT, self->lines.lines[start].number, NULL,
            _("Another document (%s) is appended after the plan from here; it is kept as text, "
              "and its metadata does not replace the plan's"),
            number);
      return;
    }
}

static Chapter *
add_chapter (Importer           *self,
             const PwImportLine *line,
             int                 number,
             char               *title)
{
  Chapter *chapter = g_new0 (Chapter, 1);

  chapter->chapter = pw_chapter_new ();
  chapter->part = self->parts->len > 0 ? self->parts->len - 1 : NONE;
  give_id (self, chapter->chapter, "ch");
  chapter->text = g_string_new (NULL);
  chapter->title = title;
  chapter->title_key = pw_import_make_key (title, -1, NULL);
  chapter->number = number;
  chapter->line = line->number;
  chapter->goals = is_goals_title (chapter->title_key);
  chapter->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  chapter->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  chapter->services = g_ptr_array_new_with_free_func (g_object_unref);
  pw_chapter_set_number (chapter->chapter, number);
  pw_chapter_set_title (chapter->chapter, title);
  g_ptr_array_add (self->chapters, chapter);
  return chapter;
}

static void
add_section (Importer           *self,
             Chapter            *chapter,
             const PwImportLine *line,
             int                 number,
             char               *title)
{
  Section *section = g_new0 (Section, 1);

  section->section = pw_section_new ();
  give_id (self, section->section, "sec");
  section->text = g_string_new (NULL);
  section->title_key = pw_import_make_key (title, -1, NULL);
  section->line = line->number;
  section->goals = is_goals_title (section->title_key);
  section->works = is_works_title (section->title_key);
  pw_section_set_number (section->section, number);
  pw_section_set_title (section->section, title);
  g_ptr_array_add (chapter->sections, section);
  g_free (title);
}

/* Whether the contents list a heading of @pattern and @number whose title
 * is longer than @title and begins with it: the heading is wrapped. */
static gboolean
toc_continues (Importer        *self,
               PwImportPattern  pattern,
               int              number,
               const char      *title)
{
  g_autofree char *key = pw_import_make_key (title, -1, NULL);
  g_autofree char *stripped = pw_import_strip_spaces (key);

  for (guint i = 0; i < self->toc->len; i++)
    {
      const PwImportTocEntry *entry = &g_array_index (self->toc, PwImportTocEntry, i);

      if (entry->pattern == pattern && entry->number == number)
        {
          g_autofree char *ek = pw_import_make_key (entry->title, -1, NULL);
          g_autofree char *es = pw_import_strip_spaces (ek);

          if (strlen (es) > strlen (stripped) && g_str_has_prefix (es, stripped))
            return TRUE;
        }
    }
  return FALSE;
}

/* The title of a heading: on its line, on the line after a bare "第一章",
 * or wrapped onto the next line (a title ending in a comma, or one that the
 * contents print longer). */
static char *
title_of_heading (Importer              *self,
                  guint                 *i,
                  const PwImportHeading *h)
{
  const PwImportLine *line = &self->lines.lines[*i];
  char *title = pw_import_heading_title (line, h);
  const PwImportLine *next = *i + 1 < self->lines.n_lines ? &self->lines.lines[*i + 1] : NULL;
  PwImportHeading nh;

  if (*title == '\0')
    {
      for (guint j = *i + 1; j < self->lines.n_lines && j <= *i + 3; j++)
        {
          next = &self->lines.lines[j];
          if (next->blank || next->noise)
            continue;
          if (heading_at (self, next, &nh) == HEAD_NONE && g_utf8_strlen (next->key, -1) <= 30 &&
              strstr (next->key, "。") == NULL)
            {
              g_free (title);
              title = pw_import_trim (next->text, -1);
              *i = j;
            }
          break;
        }
    }
  else if (!h->run_in && next != NULL && !next->blank && !next->noise && next->table == 0 &&
           g_utf8_strlen (next->key, -1) <= 30 && strstr (next->key, "。") == NULL &&
           heading_at (self, next, &nh) == HEAD_NONE && !g_str_has_prefix (next->key, "专栏") &&
           (g_str_has_suffix (title, "，") || g_str_has_suffix (title, "、") ||
            g_str_has_suffix (title, ",") ||
            toc_continues (self, h->pattern, h->number, title)))
    {
      g_autofree char *rest = pw_import_trim (next->text, -1);
      char *joined = g_strconcat (title, rest, NULL);

      g_free (title);
      title = joined;
      *i += 1;
    }

  return title;
}

/* The paragraph after a run-in heading: a line of its own. */
static const PwImportLine *
run_in_rest (Importer              *self,
             const PwImportLine    *line,
             const PwImportHeading *h)
{
  PwImportLine *rest;

  if (!h->run_in || h->rest_chars < 0)
    return NULL;
  rest = g_new (PwImportLine, 1);
  *rest = *line;
  rest->text = pw_import_skip_chars (line->text, h->rest_chars);
  rest->key = pw_import_skip_chars (line->key, h->rest_chars);
  g_ptr_array_add (self->pieces, rest);
  return rest;
}

static void
add_paragraph (Importer           *self,
               const PwImportLine *line)
{
  Chapter *chapter = current_chapter (self);
  Section *section = current_section (self);
  Paragraph *paragraph = g_new0 (Paragraph, 1);

  paragraph->line = line;
  paragraph->chapter = chapter != NULL ? self->chapters->len - 1 : NONE;
  if (self->parts->len > 0 && (chapter == NULL || chapter->part != self->parts->len - 1))
    {
      /* the text of a part, before its first chapter */
      append_paragraph (current_part (self)->text, line->text);
      paragraph->chapter = NONE;
    }
  else if (section != NULL)
    {
      append_paragraph (section->text, line->text);
      paragraph->goals = section->goals;
    }
  else if (chapter != NULL)
    {
      append_paragraph (chapter->text, line->text);
      paragraph->goals = chapter->goals;
    }
  else
    append_paragraph (self->preface, line->text);
  g_ptr_array_add (self->paragraphs, paragraph);

  /* 本领域服务项目共N项,具体包括: … */
  if (chapter != NULL && strstr (line->key, "服务项目共") != NULL)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      int declared = 0;

      if (pw_import_service_items (line, &declared, names))
        {
          for (guint i = 0; i < names->len; i++)
            {
              PwServiceItem *item = pw_service_item_new ();

              give_id (self, item, "svc");
              pw_service_item_set_number (item, chapter->services->len + 1);
              pw_service_item_set_domain (item, chapter->title);
              pw_service_item_set_name (item, g_ptr_array_index (names, i));
              g_ptr_array_add (chapter->services, item);
            }
          if ((guint) declared != names->len)
            note (self, PW_FINDING_INCONSISTENCY, line->number, chapter->chapter,
                  _("The text declares %d service items for %s but lists %u"), declared,
                  chapter->title, names->len);
        }
    }
}

/* 专栏 boxes and projects */

typedef enum
{
  MARK_NONE,
  MARK_NUMBER,   /* 1. 1、 1) */
  MARK_PAREN,    /* (1) (一) */
  MARK_CIRCLED,  /* ① */
  MARK_L,        /* l, a bullet that conversion turned into a letter */
  MARK_BULLET,   /* ● • ▪ ■ ◆ */
  MARK_DASH,     /* —— */
  MARK_ENUM,     /* 一、 */
  MARK_LABEL,    /* 续建工程：… (no number, a label and a colon) */
} Mark;

static Mark
item_mark (const char *key,
           int        *number,
           glong      *skip)
{
  const char *p = key;
  const char *after;
  Mark mark = MARK_NONE;

  *number = 0;
  if (g_ascii_isdigit (*p))
    {
      *number = pw_import_parse_numeral (p, &p);
      p = pw_import_skip_spaces (p);
      if ((*p == '.' || *p == ')') && !g_ascii_isdigit (p[1]))
        p++;
      else if ((after = skip_word (p, "、")) != NULL)
        p = after;
      else
        return MARK_NONE;
      mark = MARK_NUMBER;
    }
  else if (g_utf8_get_char (p) > 0x7f && (*number = pw_import_parse_numeral (p, &after)) > 0 &&
           skip_word (after, "、") != NULL)
    {
      p = skip_word (after, "、");
      mark = MARK_ENUM;
    }
  else if (*p == '(')
    {
      p = pw_import_skip_spaces (p + 1);
      *number = pw_import_parse_numeral (p, &p);
      p = pw_import_skip_spaces (p);
      if (*number <= 0 || *p != ')')
        return MARK_NONE;
      p++;
      mark = MARK_PAREN;
    }
  else if (g_utf8_get_char (p) >= 0x2460 && g_utf8_get_char (p) <= 0x2473)
    {
      *number = g_utf8_get_char (p) - 0x2460 + 1;
      p = g_utf8_next_char (p);
      mark = MARK_CIRCLED;
    }
  else if (p[0] == 'l' && (p[1] == ' ' || p[1] == '\t'))
    {
      p++;
      mark = MARK_L;
    }
  else if ((after = skip_word (p, "●")) != NULL || (after = skip_word (p, "•")) != NULL ||
           (after = skip_word (p, "▪")) != NULL || (after = skip_word (p, "■")) != NULL ||
           (after = skip_word (p, "◆")) != NULL || (after = skip_word (p, "\xef\x81\xac")) != NULL)
    {
      p = after;
      mark = MARK_BULLET;
    }
  else if ((after = skip_word (p, "——")) != NULL || (after = skip_word (p, "--")) != NULL ||
           (after = skip_word (p, "──")) != NULL)
    {
      while ((after = skip_word (p, "—")) != NULL || (after = skip_word (p, "-")) != NULL ||
             (after = skip_word (p, "─")) != NULL)
        p = after;
      mark = MARK_DASH;
    }
  else
    return MARK_NONE;

  p = pw_import_skip_spaces (p);
  if (*p == '\0')
    return MARK_NONE;
  *skip = g_utf8_pointer_to_offset (key, p);
  return mark;
}

/* The short name of a project: its text up to the first 。 or ：, or to the
 * first comma when that is too long. */
static char *
short_name (const char *text)
{
  g_autofree char *key = pw_import_make_key (text, -1, NULL);
  const char *stops[] = { "。", ":", ";", "," };
  const char *end = NULL;
  glong n = 0;

  for (gsize s = 0; s < G_N_ELEMENTS (stops) && end == NULL; s++)
    {
      const char *at = NULL;

      if (s < 3)
        {
          /* the first of 。 : ; */
          for (gsize t = 0; t < 3; t++)
            {
              const char *found = strstr (key, stops[t]);

              if (found != NULL && (at == NULL || found < at))
                at = found;
            }
          s = 2;
        }
      else
        at = strstr (key, stops[s]);
      if (at != NULL && g_utf8_pointer_to_offset (key, at) <= 40)
        {
          end = at;
          n = g_utf8_pointer_to_offset (key, at);
        }
    }

  if (end == NULL)
    {
      glong total = g_utf8_strlen (key, -1);

      if (total <= 40)
        return pw_import_trim (text, -1);
      {
        const char *cut = pw_import_skip_chars (text, 30);
        g_autofree char *head = g_strndup (text, cut - text);

        return g_strconcat (head, "…", NULL);
      }
    }

  return pw_import_trim (text, pw_import_skip_chars (text, n) - text);
}

/* The box holds the project: nothing else keeps a reference. Returns it,
 * borrowed. */
static PwProject *
add_project (Importer   *self,
             PwBox   *column,
             int         number,
             const char *text)
{
  g_autoptr(PwProject) project = pw_project_new ();
  g_autofree char *description = pw_import_trim (text, -1);
  g_autofree char *name = short_name (description);
  guint position = g_list_model_get_n_items (pw_box_get_projects (column));

  give_id (self, project, "prj");
  pw_project_set_number (project, number);
  pw_project_set_name (project, name);
  pw_project_set_description (project, description);
  pw_box_insert_project (column, position, project);
  /* the box keeps its reference after ours goes */
  return project;
}

typedef struct
{
  GString *text;
  int number;
  int line;
} Item;

static void
item_free (Item *item)
{
  g_string_free (item->text, TRUE);
  g_free (item);
}

/* Splits a line of l-bulleted items ("l A。 l B。 l C |") into items. */
static void
split_l_items (const PwImportLine *line,
               GPtrArray          *items)
{
  const char *p = line->text;

  if (p[0] == 'l' && (p[1] == ' ' || p[1] == '\t'))
    p += 2;
  while (*p)
    {
      const char *next = strstr (p, " l ");
      g_autofree char *raw = g_strndup (p, next != NULL ? (gsize) (next - p) : strlen (p));
      g_autofree char *trimmed = pw_import_trim (raw, -1);
      gsize len = strlen (trimmed);
      Item *item;

      while (len > 0 && (trimmed[len - 1] == '|' || trimmed[len - 1] == ' '))
        len--;
      trimmed[len] = '\0';
      if (len > 0)
        {
          item = g_new0 (Item, 1);
          item->text = g_string_new (trimmed);
          item->number = items->len + 1;
          item->line = line->number;
          g_ptr_array_add (items, item);
        }
      if (next == NULL)
        break;
      p = next + 3;
    }
}

/* The first of @words in @s, or NULL. */
static const char *
first_of (const char         *s,
          const char * const *words)
{
  const char *first = NULL;

  for (guint k = 0; words[k] != NULL; k++)
    {
      const char *at = strstr (s, words[k]);

      if (at != NULL && (first == NULL || at < first))
        first = at;
    }
  return first;
}

static const char * const stops[] = { "。", "，", "；", "：", ",", ";", ":", NULL };

static gboolean
ends_box (Importer *self,
          guint     i)
{
  const PwImportLine *line = &self->lines.lines[i];
  PwImportHeading h;
  Head head = heading_at (self, line, &h);
  int number;
  glong chars;

  /* a numbered line deeper than the levels the model holds (一、 in a 纲要
   * of 第X章 and 第X节, 1. below the sections) is an item of the box; a
   * 第X章 that is not a level is still never prose of a box */
  if (head == HEAD_DEEPER && h.pattern >= PW_PATTERN_ENUM)
    head = HEAD_NONE;
  return head != HEAD_NONE || column_caption_at (line, &number, &chars) ||
         pw_import_table_at (&self->lines, i);
}

/* A paragraph that starts with a short label and a colon (续建工程：…),
 * as unnumbered items of a box are printed. */
static gboolean
is_labelled (const PwImportLine *line)
{
  const char *colon = strstr (line->key, ":");
  glong n;

  if (colon == NULL || colon[1] == '\0')
    return FALSE;
  n = g_utf8_pointer_to_offset (line->key, colon);
  if (n < 2 || n > 20)
    return FALSE;
  for (const char *p = line->key; p < colon; p = g_utf8_next_char (p))
    if (strchr (",;.!?", *p) != NULL || g_str_has_prefix (p, "。") || g_str_has_prefix (p, "，") ||
        g_str_has_prefix (p, "；") || g_str_has_prefix (p, "、"))
      return FALSE;
  return TRUE;
}

/* The next line at or after @j that prints something, or n_lines. */
static guint
next_printed (Importer *self,
              guint     j)
{
  while (j < self->lines.n_lines && (self->lines.lines[j].blank || self->lines.lines[j].noise))
    j++;
  return j;
}

static guint
n_filled (GPtrArray *cells)
{
  guint n = 0;

  for (guint k = 0; k < cells->len; k++)
    n += *(const char *) g_ptr_array_index (cells, k) != '\0';
  return n;
}

/* Whether the cells are short enough for a row of a table rather than a
 * paragraph that happens to hold wide spaces: all but the last. */
static gboolean
is_row_of_cells (GPtrArray *cells,
                 gboolean   strict)
{
  if (cells->len < 2 || n_filled (cells) < 1)
    return FALSE;
  for (guint k = 0; k + 1 < cells->len && (strict || k == 0); k++)
    {
      const char *text = g_ptr_array_index (cells, k);

      if (g_utf8_strlen (text, -1) > 24 || strstr (text, "。") != NULL)
        return FALSE;
    }
  return TRUE;
}

/* A header row of a box laid out as a table: short labels (地区, 项目名称),
 * none numbered. */
static gboolean
is_box_header (GPtrArray *cells)
{
  for (guint k = 0; k < cells->len; k++)
    {
      const char *text = g_ptr_array_index (cells, k);
      g_autofree char *key = pw_import_make_key (text, -1, NULL);
      int n;
      glong skip;

      if (*text == '\0' || g_utf8_strlen (text, -1) > 8 || strpbrk (key, "0123456789") != NULL ||
          item_mark (key, &n, &skip) != MARK_NONE)
        return FALSE;
    }
  return TRUE;
}

/* Whether the box whose first printed line is @j is laid out as a table. */
static gboolean
box_is_table (Importer *self,
              guint     caption,
              guint     j)
{
  const PwImportLine *first = &self->lines.lines[caption];
  g_autoptr(GPtrArray) cells = NULL;
  guint k;

  if (j >= self->lines.n_lines)
    return FALSE;
  if (first->table > 0)
    return self->lines.lines[j].table == first->table;
  if (self->lines.lines[j].table > 0)
    return self->lines.lines[j].n_cells >= 2;
  cells = pw_import_line_cells (&self->lines, &self->lines.lines[j]);
  if (!is_row_of_cells (cells, TRUE) || n_filled (cells) < 2)
    return FALSE;
  /* and so is the next line (a row, or the first cell of one wrapped) */
  k = next_printed (self, j + 1);
  if (k >= self->lines.n_lines)
    return FALSE;
  g_ptr_array_unref (cells);
  cells = pw_import_line_cells (&self->lines, &self->lines.lines[k]);
  return is_row_of_cells (cells, FALSE) || g_utf8_strlen (self->lines.lines[k].text, -1) <= 12;
}

/* Appends the cells from @from on to @out: a short cell followed by another
 * is a label (省级及以上项目：…), the others are parted by ；. */
static void
append_cells (GString    *out,
              GPtrArray  *cells,
              guint       from,
              GPtrArray  *header)
{
  gboolean labelled = out->len > 0 && g_str_has_suffix (out->str, "：");

  for (guint k = from; k < cells->len; k++)
    {
      const char *text = g_ptr_array_index (cells, k);

      if (*text == '\0')
        continue;
      if (out->len > 0 && !labelled)
        g_string_append (out, "；");
      /* the header's words say what each of three or more columns holds */
      if (header != NULL && header->len >= 3 && header->len == cells->len)
        g_string_append_printf (out, "%s：", (const char *) g_ptr_array_index (header, k));
      g_string_append (out, text);
      labelled = k + 1 < cells->len && g_utf8_strlen (text, -1) <= 12 &&
                 first_of (text, stops) == NULL;
      if (labelled)
        g_string_append (out, "：");
    }
}

/* Reads the rows of a box laid out as a table, from @j: an item a row whose
 * first cell is printed (a number, or the item's name), the rows below with
 * that cell empty (merged down) part of it. Returns the next line. */
static guint
read_box_rows (Importer  *self,
               guint      caption,
               guint      j,
               GPtrArray *items)
{
  guint table = self->lines.lines[caption].table > 0 ? self->lines.lines[caption].table
                                                     : self->lines.lines[j].table;
  g_autoptr(GPtrArray) header = NULL;
  g_autofree char *wrapped = NULL;

  for (; j < self->lines.n_lines && j < self->second_document; j++)
    {
      const PwImportLine *line = &self->lines.lines[j];
      g_autoptr(GPtrArray) cells = NULL;
      const char *first;
      Item *item;

      if (line->blank || line->noise)
        continue;
      if (table > 0 ? line->table != table : line->table > 0)
        break;
      cells = pw_import_line_cells (&self->lines, line);
      if (table == 0)
        {
          guint k;

          if (ends_box (self, j))
            break;
          if (cells->len == 1 && wrapped == NULL && g_utf8_strlen (line->text, -1) <= 12 &&
              (k = next_printed (self, j + 1)) < self->lines.n_lines &&
              self->lines.lines[k].table == 0)
            {
              /* the first cell of the next row, wrapped over two lines */
              g_autoptr(GPtrArray) next = pw_import_line_cells (&self->lines, &self->lines.lines[k]);

              if (is_row_of_cells (next, FALSE) && *(const char *) g_ptr_array_index (next, 0) != '\0')
                {
                  wrapped = g_strdup (line->text);
                  continue;
                }
            }
          if (!is_row_of_cells (cells, FALSE))
            break;
        }
      if (n_filled (cells) == 0)
        continue;
      if (wrapped != NULL)
        {
          char *joined = g_strconcat (wrapped, g_ptr_array_index (cells, 0), NULL);

          g_free (g_ptr_array_index (cells, 0));
          g_ptr_array_index (cells, 0) = joined;
          g_clear_pointer (&wrapped, g_free);
        }
      if (header == NULL && items->len == 0 &&
          ((line->hints & PW_IMPORT_HINT_HEADER) || is_box_header (cells)))
        {
          header = g_steal_pointer (&cells);
          continue;
        }

      first = g_ptr_array_index (cells, 0);
      if (*first == '\0')
        {
          /* merged down: more of the item above */
          if (items->len > 0)
            append_cells (((Item *) g_ptr_array_index (items, items->len - 1))->text, cells, 1,
                          NULL);
          continue;
        }

      item = g_new0 (Item, 1);
      item->line = line->number;
      item->text = g_string_new (NULL);
      {
        g_autofree char *key = pw_import_make_key (first, -1, NULL);
        const char *end;
        int n;
        glong skip = 0;
        Mark mark = item_mark (key, &n, &skip);
        int plain = pw_import_parse_numeral (key, &end);

        if (plain > 0 && *pw_import_skip_spaces (end) == '\0' && g_ascii_isdigit (*key))
          {
            /* 01 | 汽车 重点发展……: the number, then the name and what it is */
            const char *body = cells->len > 1 ? g_ptr_array_index (cells, 1) : "";
            const char *space = strchr (body, ' ');

            item->number = plain;
            const char *stop = first_of (body, stops);

            if (space != NULL && g_utf8_pointer_to_offset (body, space) <= 30 &&
                (stop == NULL || stop > space))
              {
                g_string_append_len (item->text, body, space - body);
                g_string_append (item->text, "：");
                g_string_append (item->text, pw_import_skip_spaces (space));
              }
            else
              g_string_append (item->text, body);
            append_cells (item->text, cells, 2, NULL);
          }
        else
          {
            item->number = mark == MARK_NUMBER || mark == MARK_PAREN || mark == MARK_CIRCLED ||
                               mark == MARK_ENUM
                             ? n
                             : (int) items->len + 1;
            g_string_append (item->text, pw_import_skip_chars (first, skip));
            if (cells->len > 1)
              g_string_append (item->text, "：");
            append_cells (item->text, cells, 1, header);
          }
      }
      g_ptr_array_add (items, item);
    }

  return j;
}

/* Reads the 专栏 box whose caption is at @i; returns the next line. */
static guint
read_column (Importer *self,
             guint     i,
             int       number,
             glong     title_chars)
{
  Chapter *chapter = current_chapter (self);
  const PwImportLine *caption = &self->lines.lines[i];
  Column *column = g_new0 (Column, 1);
  g_autofree char *title = column_title (caption, title_chars);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  Mark first = MARK_NONE;
  int last_number = 0;
  int sub_last = 0;
  gboolean single = FALSE;
  gboolean table;
  guint j;

  column->column = pw_box_new ();
  give_id (self, column->column, "col");
  column->title_key = pw_import_make_key (title, -1, NULL);
  column->line = caption->number;
  column->section = chapter->sections->len > 0 ? chapter->sections->len - 1 : NONE;
  pw_box_set_number (column->column, number);
  pw_box_set_title (column->column, title);
  g_ptr_array_add (chapter->columns, column);

  j = next_printed (self, i + 1);
  table = j < self->lines.n_lines && j < self->second_document && !ends_box (self, j) &&
          box_is_table (self, i, j);
  if (table)
    j = read_box_rows (self, i, j, items);

  for (j = table ? j : i + 1; !table && j < self->lines.n_lines && j < self->second_document; j++)
    {
      const PwImportLine *line = &self->lines.lines[j];
      int n;
      glong skip = 0;
      Mark mark;

      if (line->blank || line->noise)
        continue;
      if (ends_box (self, j))
        break;

      mark = item_mark (line->key, &n, &skip);
      if (mark == MARK_NONE && first == MARK_LABEL && is_labelled (line))
        mark = MARK_LABEL;
      if (mark == MARK_L)
        {
          split_l_items (line, items);
          first = MARK_L;
          continue;
        }

      if (items->len == 0)
        {
          Item *item;

          if (mark == MARK_NONE)
            {
              guint k = next_printed (self, j + 1);
              int n2;
              glong skip2;

              if (k < self->lines.n_lines && k < self->second_document && !ends_box (self, k) &&
                  item_mark (self->lines.lines[k].key, &n2, &skip2) != MARK_NONE &&
                  !is_labelled (line))
                {
                  /* a sentence that introduces the items: prose */
                  add_paragraph (self, line);
                  continue;
                }
              if (is_labelled (line) && k < self->lines.n_lines && k < self->second_document &&
                  !ends_box (self, k) && is_labelled (&self->lines.lines[k]))
                mark = MARK_LABEL;
            }
          item = g_new0 (Item, 1);
          item->line = line->number;
          if (mark == MARK_NONE)
            {
              /* a box without markers: its paragraph is one project */
              item->text = g_string_new (line->text);
              item->number = 1;
              g_ptr_array_add (items, item);
              single = TRUE;
              j++;
              break;
            }
          item->text = g_string_new (pw_import_skip_chars (line->text, skip));
          item->number = mark == MARK_NUMBER || mark == MARK_PAREN || mark == MARK_CIRCLED ||
                             mark == MARK_ENUM
                           ? n
                           : 1;
          g_ptr_array_add (items, item);
          first = mark;
          last_number = item->number;
          continue;
        }

      if (mark == MARK_NONE)
        break;

      /* 2. after a sub-list 1. (not 2. after item 1.) continues the sub-list */
      if (mark == first &&
          !(mark == MARK_NUMBER && sub_last > 0 && n == sub_last + 1 && n != last_number + 1))
        {
          Item *last = g_ptr_array_index (items, items->len - 1);
          gboolean numbered = mark == MARK_NUMBER || mark == MARK_PAREN ||
                              mark == MARK_CIRCLED || mark == MARK_ENUM;
          g_autofree char *last_key = pw_import_make_key (last->text->str, -1, NULL);

          if (numbered && n == 1 && last_number >= 1 &&
              (g_str_has_suffix (last_key, ":") || g_str_has_suffix (last_key, "：")))
            {
              /* a list restarting at 1 after "…:" belongs to that item */
              g_string_append_c (last->text, '\n');
              g_string_append (last->text, line->text);
              sub_last = 1;
              continue;
            }

          {
            Item *item = g_new0 (Item, 1);

            item->text = g_string_new (pw_import_skip_chars (line->text, skip));
            item->number = numbered ? n : (int) items->len + 1;
            item->line = line->number;
            if (numbered && n != last_number + 1)
              note (self, PW_FINDING_DOUBT, line->number, column->column,
                    _("Item %d of box 专栏%d follows item %d"), n, number, last_number);
            g_ptr_array_add (items, item);
            last_number = item->number;
            sub_last = 0;
          }
        }
      else
        {
          /* another kind of marker: a sub-item of the item above */
          Item *last = g_ptr_array_index (items, items->len - 1);

          g_string_append_c (last->text, '\n');
          g_string_append (last->text, line->text);
          if (mark == MARK_NUMBER)
            sub_last = n;
        }
    }

  for (guint k = 0; k < items->len; k++)
    {
      Item *item = g_ptr_array_index (items, k);

      add_project (self, column->column, item->number, item->text->str);
    }

  if (single)
    note (self, PW_FINDING_GUESS, ((Item *) g_ptr_array_index (items, 0))->line, column->column,
          _("Box 专栏%d has no numbered items; its paragraph is taken as one project"), number);
  else if (items->len == 0 && !(j < self->lines.n_lines && pw_import_table_at (&self->lines, j)))
    /* a box that holds an indicator table has its rows, not items */
    note (self, PW_FINDING_DOUBT, caption->number, column->column,
          _("Box 专栏%d has no items"), number);

  return j;
}

/* A —— line in a 保障工程 section: a project of the section's box. */
static void
add_works_project (Importer           *self,
                   Chapter            *chapter,
                   Section            *section,
                   const PwImportLine *line,
                   glong               skip)
{
  if (section->works_column == NULL)
    {
      Column *column = g_new0 (Column, 1);

      section->works_column = pw_box_new ();
      give_id (self, section->works_column, "col");
      pw_box_set_number (section->works_column, 0);
      pw_box_set_title (section->works_column, pw_section_get_title (section->section));
      column->column = g_object_ref (section->works_column);
      column->title_key = g_strdup (section->title_key);
      column->line = line->number;
      column->section = chapter->sections->len - 1;
      g_ptr_array_add (chapter->columns, column);
      note (self, PW_FINDING_GUESS, line->number, section->works_column,
            _("The projects under “%s” of chapter %d are kept in a box of their own (the "
              "document prints no 专栏 box)"),
            pw_section_get_title (section->section), chapter->number);
    }

  add_project (self, section->works_column,
               g_list_model_get_n_items (pw_box_get_projects (section->works_column)) + 1,
               pw_import_skip_chars (line->text, skip));
}

static Part *
current_part (Importer *self)
{
  return self->parts->len > 0 ? g_ptr_array_index (self->parts, self->parts->len - 1) : NULL;
}

static void
add_part (Importer           *self,
          const PwImportLine *line,
          int                 number,
          char               *title)
{
  Part *part = g_new0 (Part, 1);

  part->part = pw_part_new ();
  give_id (self, part->part, "part");
  part->text = g_string_new (NULL);
  part->number = number;
  pw_part_set_number (part->part, number);
  pw_part_set_title (part->part, title);
  g_ptr_array_add (self->parts, part);
  g_free (title);
  (void) line;
}

/* Whether @number continues a level whose last heading was @last: the next
 * number (a gap of up to two: a heading lost in conversion), or 1 again
 * under a new parent. */
static gboolean
continues (int      number,
           int      last,
           gboolean new_parent)
{
  return (number > last && number <= last + 3) || (number == 1 && new_parent);
}

/* An annexed list of projects at @i (附件2 …重点任务与项目清单): its rows
 * become the projects of a box of their own, numbered 0 and titled with the
 * caption, in the chapter holding it. Returns the line after it. */
static guint
read_project_list (Importer *self,
                   Chapter  *chapter,
                   guint     i)
{
  g_autoptr(GPtrArray) rows =
    g_ptr_array_new_with_free_func ((GDestroyNotify) pw_import_project_row_free);
  const PwImportLine *caption = &self->lines.lines[i];
  guint end = pw_import_project_list_read (&self->lines, i, rows);
  g_autofree char *title = NULL;
  Column *column;

  if (rows->len == 0)
    return i;

  title = pw_import_trim (caption->text, -1);
  column = g_new0 (Column, 1);
  column->column = pw_box_new ();
  give_id (self, column->column, "col");
  column->title_key = pw_import_make_key (title, -1, NULL);
  column->line = caption->number;
  column->section = chapter->sections->len > 0 ? chapter->sections->len - 1 : NONE;
  pw_box_set_number (column->column, 0);
  pw_box_set_title (column->column, title);
  g_ptr_array_add (chapter->columns, column);

  for (guint k = 0; k < rows->len; k++)
    {
      PwImportProjectRow *row = g_ptr_array_index (rows, k);
      g_autofree char *text = row->domain != NULL && *row->domain != '\0'
                                ? g_strdup_printf ("%s（%s）", row->text, row->domain)
                                : g_strdup (row->text);
      PwProject *project = add_project (self, column->column, row->number, row->text);

      if (row->domain != NULL && *row->domain != '\0')
        pw_project_set_description (project, text);
      if (row->lead != NULL)
        pw_project_set_lead (project, row->lead);
      if (row->start_year > 0)
        {
          pw_project_set_start_year (project, row->start_year);
          pw_project_set_end_year (project, row->end_year);
        }
      if (row->investment > 0)
        pw_project_set_investment (project, row->investment);
    }
  note (self, PW_FINDING_GUESS, caption->number, column->column,
        _("The annexed list “%s” is read as %u projects of a box of its own (number 0); a "
          "project's 领域 is kept in its description"),
        title, rows->len);
  return end;
}

/* Whether the table from line @from to @to is the previous plan's results
 * (“十四五”规划指标完成情况): its caption, the two lines above it, or its
 * header says so. */
static gboolean
is_previous_results (Importer *self,
                     guint     from,
                     guint     to)
{
  static const char *words[] = {
    "完成情况", "执行情况", "实施情况", "实现情况", "完成进度", "实施评估", "目标完成",
  };
  guint seen = 0;

  for (guint j = from; j > 0 && seen < 6; j--)
    {
      const PwImportLine *above = &self->lines.lines[j - 1];

      if (above->blank || above->noise)
        continue;
      seen++;
      if (g_utf8_strlen (above->key, -1) <= 60 && contains_any (above->key, words, G_N_ELEMENTS (words)))
        return TRUE;
      if (strstr (above->key, "。") != NULL)
        break;
    }
  for (guint j = from; j <= to && j < from + 4 && j < self->lines.n_lines; j++)
    if (contains_any (self->lines.lines[j].key, words, G_N_ELEMENTS (words)))
      return TRUE;
  return FALSE;
}

static void
read_body (Importer *self)
{
  int last_part = 0;
  int last_chapter = 0;
  gboolean part_changed = FALSE;

  for (guint i = self->body_start; i < self->lines.n_lines; i++)
    {
      const PwImportLine *line = &self->lines.lines[i];
      Chapter *chapter = current_chapter (self);
      Section *section = current_section (self);
      PwImportHeading h;
      int number;
      glong chars;
      Head head;

      if (line->blank || line->noise || line->toc)
        continue;

      if (i >= self->second_document)
        {
          add_paragraph (self, line);
          continue;
        }

      head = heading_at (self, line, &h);
      if (head == HEAD_CHAPTER && h.pattern == PW_PATTERN_NONE)
        h.number = last_chapter + 1;
      else if (head == HEAD_SECTION && h.pattern == PW_PATTERN_NONE)
        h.number = section != NULL ? pw_section_get_number (section->section) + 1 : 1;

      if (head == HEAD_PREFACE && chapter == NULL)
        continue;

      if (head == HEAD_PART && continues (h.number, last_part, FALSE))
        {
          const PwImportLine *rest = run_in_rest (self, line, &h);

          if (h.number != last_part + 1)
            note (self, PW_FINDING_DOUBT, line->number, NULL,
                  _("Part %d follows part %d; a part heading may be missing"), h.number,
                  last_part);
          add_part (self, line, h.number, title_of_heading (self, &i, &h));
          last_part = h.number;
          part_changed = TRUE;
          if (rest != NULL)
            add_paragraph (self, rest);
          continue;
        }

      if (head == HEAD_CHAPTER && continues (h.number, last_chapter, part_changed))
        {
          const PwImportLine *rest = run_in_rest (self, line, &h);
          char *title = title_of_heading (self, &i, &h);

          if (h.number != last_chapter + 1 && h.number != 1)
            note (self, PW_FINDING_DOUBT, line->number, NULL,
                  _("Chapter %d follows chapter %d; a chapter heading may be missing"), h.number,
                  last_chapter);
          add_chapter (self, line, h.number, title);
          last_chapter = h.number;
          part_changed = FALSE;
          if (rest != NULL)
            add_paragraph (self, rest);
          continue;
        }

      if (head == HEAD_SECTION && chapter != NULL)
        {
          int last_section = section != NULL ? pw_section_get_number (section->section) : 0;

          if (continues (h.number, last_section, last_section == 0))
            {
              const PwImportLine *rest = run_in_rest (self, line, &h);
              char *title = title_of_heading (self, &i, &h);

              if (h.number != last_section + 1)
                note (self, PW_FINDING_DOUBT, line->number, NULL,
                      _("Section %d of chapter %d follows section %d; a section heading may be "
                        "missing"),
                      h.number, chapter->number, last_section);
              add_section (self, chapter, line, h.number, title);
              if (rest != NULL)
                add_paragraph (self, rest);
              continue;
            }
        }

      if (head == HEAD_DEEPER && chapter != NULL)
        {
          if (self->n_deeper++ == 0)
            self->first_deeper = line->number;
        }

      if (chapter != NULL && column_caption_at (line, &number, &chars))
        {
          i = read_column (self, i, number, chars) - 1;
          continue;
        }

      if (chapter != NULL && pw_import_project_list_at (&self->lines, i))
        {
          guint end = read_project_list (self, chapter, i);

          if (end > i + 1)
            {
              i = end - 1;
              continue;
            }
        }

      if (pw_import_table_at (&self->lines, i))
        {
          Table *table = g_new0 (Table, 1);
          guint at = i;

          table->chapter = chapter != NULL ? self->chapters->len - 1 : NONE;
          i = pw_import_table_read (&self->lines, i, &table->table) - 1;
          table->previous = is_previous_results (self, at, i);
          if (table->previous)
            note (self, PW_FINDING_GUESS, line->number, chapter != NULL ? chapter->chapter : NULL,
                  _("The table here gives the results of the previous plan (its caption or header "
                    "says 完成情况); it is kept as text of its chapter, not read as this plan's "
                    "indicators"));
          if (table->table.rows->len > 0 && !table->previous)
            g_ptr_array_add (self->tables, table);
          else
            {
              /* a header without rows: keep its lines as text (line n is
               * at index n - 1) */
              guint first = table->table.first_line - 1;

              table_free (table);
              for (guint j = first; j <= i; j++)
                if (!self->lines.lines[j].blank && !self->lines.lines[j].noise)
                  add_paragraph (self, &self->lines.lines[j]);
            }
          continue;
        }

      if (section != NULL && section->works)
        {
          glong skip = 0;

          if (item_mark (line->key, &number, &skip) == MARK_DASH)
            {
              add_works_project (self, chapter, section, line, skip);
              continue;
            }
        }

      add_paragraph (self, line);
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
        if (g_str_has_prefix (q, digits[i]))
          {
            const char *r = q + strlen (digits[i]);

            /* 十五五, 第十五个五年 */
            if (g_str_has_prefix (r, "五") || g_str_has_prefix (r, "个五年"))
              return 11 + i;
          }
    }
  return 0;
}

static void
find_period (Importer *self)
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

          if (g_str_has_prefix (q, "年"))
            q += strlen ("年");
          if (*q == '-' || *q == '~' || g_str_has_prefix (q, "—") || g_str_has_prefix (q, "–") ||
              g_str_has_prefix (q, "至") || g_str_has_prefix (q, "到"))
            {
              q = g_utf8_next_char (q);
              while (g_str_has_prefix (q, "—"))
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
      note (self, PW_FINDING_GUESS, kind_line, NULL,
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
              note (self, PW_FINDING_INCONSISTENCY, table->table.first_line, NULL,
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
          const Paragraph *paragraph = g_ptr_array_index (self->paragraphs, i);

          for (const char *p = strstr (paragraph->line->key, "到"); p != NULL;
               p = strstr (p + strlen ("到"), "到"))
            {
              const char *q = p + strlen ("到");

              if (g_ascii_isdigit (q[0]) && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) &&
                  g_ascii_isdigit (q[3]) && g_str_has_prefix (q + 4, "年"))
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
          note (self, PW_FINDING_GUESS, 0, NULL,
                _("The document states no period; %d–%d (baseline %d) is guessed from the year its "
                  "targets name"),
                start, end, baseline);
        }
      else
        {
          start = pw_plan_get_start_year (self->plan);
          end = pw_plan_get_end_year (self->plan);
          baseline = pw_plan_get_baseline_year (self->plan);
          note (self, PW_FINDING_GUESS, 0, NULL,
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

/* Indicators */

/* Words that tell the subject of a domain or a chapter. */
static const char *topics[][8] = {
  { "幼儿", "婴幼儿", "托育", "幼有", "育儿", "照护", "儿童", NULL },
  { "教育", "学有", "学校", "入学", NULL },
  { "就业", "创业", "劳有", "劳动", NULL },
  { "卫生", "健康", "医疗", "病有", NULL },
  { "养老", "老有", "老年", NULL },
  { "住房", "住有", "宜居", "居住", NULL },
  { "兜底", "救助", "弱有", "残疾", "社会服务", "社会福利", NULL },
  { "拥军", "优抚", "退役军人", "优军", "双拥", NULL },
  { "文化", "体育", "文体", "娱有", NULL },
  { "安全", "应急", "安有", NULL },
  { "社会保险", "社保", "参保", NULL },
};

static gboolean
title_has_topic (const char *title,
                 guint       topic)
{
  for (guint w = 0; topics[topic][w] != NULL; w++)
    if (strstr (title, topics[topic][w]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether a chapter title speaks of @category (基本公共服务 is not found in
 * 普惠性非基本公共服务). */
static gboolean
title_has_category (const char *title,
                    const char *category)
{
  gsize n_non = strlen ("非");

  if (category == NULL || strcmp (category, "总体") == 0)
    return FALSE;
  for (const char *at = strstr (title, category); at != NULL; at = strstr (at + 1, category))
    if ((gsize) (at - title) < n_non || strncmp (at - n_non, "非", n_non) != 0)
      return TRUE;
  return FALSE;
}

/* The chapter about a domain: the one whose title (4) or sections' titles
 * (2) hold the domain's name, whose title (3) or sections' and boxes'
 * titles (1) name its subject, and whose title names its category (2); the
 * best unique score wins, else the chapter holding the table. */
static guint
chapter_of_domain (Importer   *self,
                   const char *category,
                   const char *domain,
                   guint       holding)
{
  g_autofree char *domain_key = domain != NULL ? pw_import_make_key (domain, -1, NULL) : NULL;
  gboolean wanted[G_N_ELEMENTS (topics)] = { FALSE };
  gboolean any_topic = FALSE;
  int best = 0;
  guint best_chapter = holding;
  gboolean tie = FALSE;

  if (domain_key != NULL)
    for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
      any_topic |= (wanted[t] = title_has_topic (domain_key, t));

  for (guint c = 0; c < self->chapters->len; c++)
    {
      Chapter *chapter = g_ptr_array_index (self->chapters, c);
      int score = 0;

      /* the domain's own name: 兜底保障服务 in 完善兜底保障服务 */
      if (domain_key != NULL && g_utf8_strlen (domain_key, -1) >= 2)
        {
          gboolean in_parts = FALSE;

          if (strstr (chapter->title_key, domain_key) != NULL)
            score += 4;
          for (guint s = 0; s < chapter->sections->len && !in_parts; s++)
            {
              Section *section = g_ptr_array_index (chapter->sections, s);

              in_parts = strstr (section->title_key, domain_key) != NULL;
            }
          if (in_parts)
            score += 2;
        }

      for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
        {
          gboolean in_parts = FALSE;

          if (!wanted[t])
            continue;
          if (title_has_topic (chapter->title_key, t))
            {
              score += 3;
              continue;
            }
          for (guint s = 0; s < chapter->sections->len && !in_parts; s++)
            {
              Section *section = g_ptr_array_index (chapter->sections, s);

              in_parts = title_has_topic (section->title_key, t);
            }
          for (guint s = 0; s < chapter->columns->len && !in_parts; s++)
            {
              Column *column = g_ptr_array_index (chapter->columns, s);

              in_parts = title_has_topic (column->title_key, t);
            }
          if (in_parts)
            score += 1;
        }
      if ((any_topic && score == 0) || (!any_topic && domain_key != NULL && *domain_key != '\0'))
        continue;
      if (title_has_category (chapter->title_key, category))
        score += 2;

      if (score > best)
        {
          best = score;
          best_chapter = c;
          tie = FALSE;
        }
      else if (score == best && score > 0)
        tie = TRUE;
    }

  return best > 0 && !tie ? best_chapter : holding;
}

static const char *
chapter_id (Importer *self,
            guint     index)
{
  Chapter *chapter;

  if (index == NONE || index >= self->chapters->len)
    return NULL;
  chapter = g_ptr_array_index (self->chapters, index);
  return pw_object_get_id (PW_OBJECT (chapter->chapter));
}

static PwValue *
value_or_null (const char *text)
{
  return text != NULL ? pw_value_new (text) : NULL;
}

static gboolean
same_number (double a,
             double b)
{
  return fabs (a - b) <= 1e-9 * MAX (1.0, fabs (a));
}

/* Names match only when the shorter, of five characters or more, ends the
 * longer (or they are equal), so matching names end in the same five
 * characters: an index on them finds the candidates. */
static const char *
name_tail (const char *match)
{
  glong n = g_utf8_strlen (match, -1);

  return n > 5 ? pw_import_skip_chars (match, n - 5) : match;
}

static const PwImportMention *
mention_of_value (Importer   *self,
                  const char *name,
                  PwValue    *value,
                  gboolean    target)
{
  g_autofree char *match = pw_import_match_key (name);
  GPtrArray *candidates;

  if (!pw_value_has_number (value) ||
      (candidates = g_hash_table_lookup (self->mentions_by_tail, name_tail (match))) == NULL)
    return NULL;

  for (guint i = 0; i < candidates->len; i++)
    {
      const PwImportMention *mention = g_ptr_array_index (candidates, i);

      if (mention->target == target && pw_value_has_number (mention->parsed) &&
          same_number (pw_value_get_number (mention->parsed), pw_value_get_number (value)) &&
          pw_import_names_match (mention->match, match))
        return mention;
    }
  return NULL;
}

/* A row with one value: the target, unless the text gives the figure as a
 * past one. */
static void
place_single_value (Importer    *self,
                    PwImportRow *row)
{
  g_autoptr(PwValue) value = pw_value_new (row->target);
  const PwImportMention *confirmed = mention_of_value (self, row->name, value, TRUE);
  const PwImportMention *past = NULL;

  if (confirmed == NULL)
    past = mention_of_value (self, row->name, value, FALSE);

  if (past != NULL)
    {
      row->baseline = g_steal_pointer (&row->target);
      note (self, PW_FINDING_GUESS, row->value_line, NULL,
            _("“%s” prints one value (%s) for two columns; it is taken as the %d baseline, as line "
              "%d gives it as a past figure"),
            row->name, row->baseline, self->baseline_year, past->line);
    }
  else if (confirmed != NULL)
    note (self, PW_FINDING_GUESS, row->value_line, NULL,
          _("“%s” prints one value (%s) for two columns; it is taken as the %d target, as line %d "
            "states it for that year"),
          row->name, row->target, self->end_year, confirmed->line);
  else if (pw_value_get_kind (value) == PW_VALUE_QUALITATIVE)
    note (self, PW_FINDING_GUESS, row->value_line, NULL,
          _("“%s” prints one value (%s) for two columns; a goal in words is taken as the %d "
            "target"),
          row->name, row->target, self->end_year);
  else
    note (self, PW_FINDING_GUESS, row->value_line, NULL,
          _("“%s” prints one value (%s) for two columns; it is taken as the %d target"), row->name,
          row->target, self->end_year);
}

static void
read_mentions (Importer *self)
{
  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      const Paragraph *paragraph = g_ptr_array_index (self->paragraphs, i);
      PwImportProseContext context = { self->end_year, self->baseline_year, paragraph->goals };

      guint first = self->mentions->len;

      if (self->second_document != NONE &&
          (guint) (paragraph->line - self->lines.lines) >= self->second_document)
        break;
      pw_import_mentions_scan (paragraph->line, &context, self->mentions);
      for (guint m = first; m < self->mentions->len; m++)
        ((PwImportMention *) g_ptr_array_index (self->mentions, m))->goals = paragraph->goals;
    }

  for (guint m = 0; m < self->mentions->len; m++)
    {
      PwImportMention *mention = g_ptr_array_index (self->mentions, m);
      const char *tail = name_tail (mention->match);
      GPtrArray *list = g_hash_table_lookup (self->mentions_by_tail, tail);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (self->mentions_by_tail, g_strdup (tail), list);
        }
      g_ptr_array_add (list, mention);
    }
}

/* The kind, when the target does not state it, and the guess in the report. */
static void
note_kind (Importer    *self,
           PwIndicator *indicator,
           int          line,
           const char  *unit,
           PwValue     *target)
{
  g_autofree char *guess = NULL;

  pw_indicator_set_kind (indicator, pw_import_choose_kind (pw_indicator_get_name (indicator),
                                                           unit, target, &guess));
  if (guess != NULL)
    note (self, PW_FINDING_GUESS, line, indicator, "%s", guess);
}

static void
add_table_indicators (Importer *self)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) domain_chapters = NULL;

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  domain_chapters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint t = 0; t < self->tables->len; t++)
    {
      Table *table = g_ptr_array_index (self->tables, t);

      for (guint r = 0; r < table->table.rows->len; r++)
        {
          PwImportRow *row = g_ptr_array_index (table->table.rows, r);
          PwIndicator *indicator = pw_indicator_new ();
          g_autofree char *match = pw_import_match_key (row->name);
          g_autofree char *group = g_strdup_printf ("%s\x1f%s", row->category ? row->category : "",
                                                    row->domain ? row->domain : "");
          gpointer chapter;
          PwIndicator *first;
          g_autoptr(PwValue) baseline = NULL;
          g_autoptr(PwValue) target = NULL;

          if (row->single_value)
            place_single_value (self, row);

          give_id (self, indicator, "ind");
          baseline = value_or_null (row->baseline);
          target = value_or_null (row->target);
          pw_indicator_set_category (indicator, row->category);
          pw_indicator_set_domain (indicator, row->domain);
          pw_indicator_set_name (indicator, row->name);
          pw_indicator_set_unit (indicator, row->unit);
          pw_indicator_set_baseline (indicator, baseline);
          pw_indicator_set_target (indicator, target);
          note_kind (self, indicator, row->line, row->unit, target);
          pw_indicator_set_nature (indicator, row->nature);
          pw_indicator_set_note (indicator, row->note);
          if (row->responsible != NULL)
            pw_indicator_set_responsible_text (indicator, row->responsible);
          pw_indicator_set_origin (indicator, PW_ORIGIN_TABLE);
          pw_indicator_set_source_line (indicator, row->line);

          if (!g_hash_table_lookup_extended (domain_chapters, group, NULL, &chapter))
            {
              chapter = GUINT_TO_POINTER (chapter_of_domain (self, row->category, row->domain, NONE));
              g_hash_table_insert (domain_chapters, g_strdup (group), chapter);
            }
          pw_indicator_set_chapter (indicator,
                                    chapter_id (self, GPOINTER_TO_UINT (chapter) != NONE
                                                        ? GPOINTER_TO_UINT (chapter)
                                                        : table->chapter));

          if (row->no_values)
            note (self, PW_FINDING_DOUBT, row->line, indicator,
                  _("“%s” has no values in the table"), row->name);
          if (row->no_nature)
            note (self, PW_FINDING_DOUBT, row->line, indicator,
                  _("“%s” has no nature (约束性/预期性) in the table"), row->name);
          if (baseline != NULL && pw_value_get_kind (baseline) == PW_VALUE_INVALID)
            note (self, PW_FINDING_DOUBT, row->line, indicator,
                  _("The baseline of “%s”, “%s”, is not understood: %s"), row->name,
                  row->baseline, pw_value_get_problem (baseline));
          if (target != NULL && pw_value_get_kind (target) == PW_VALUE_INVALID)
            note (self, PW_FINDING_DOUBT, row->line, indicator,
                  _("The target of “%s”, “%s”, is not understood: %s"), row->name, row->target,
                  pw_value_get_problem (target));

          if ((first = g_hash_table_lookup (seen, match)) != NULL)
            note (self, PW_FINDING_INCONSISTENCY, row->line, indicator,
                  _("“%s” is in the table twice (lines %d and %d)"), row->name,
                  pw_indicator_get_source_line (first), row->line);
          else
            g_hash_table_insert (seen, g_steal_pointer (&match), indicator);

          g_ptr_array_add (self->indicators, indicator);
        }
    }
}

/* The unit kind an indicator is measured in: from its unit, else from how
 * its values are printed. */
static PwUnitKind
indicator_unit_kind (PwIndicator *indicator,
                     gboolean    *known)
{
  const char *unit = pw_indicator_get_unit (indicator);
  PwValue *values[2];

  values[0] = pw_indicator_get_target (indicator);
  values[1] = pw_indicator_get_baseline (indicator);

  *known = TRUE;
  if (unit != NULL && *unit != '\0')
    return pw_unit_kind_from_text (unit);
  for (guint i = 0; i < 2; i++)
    if (pw_value_has_number (values[i]) && (pw_value_get_unit_kind (values[i]) != PW_UNIT_PLAIN ||
                                            pw_value_get_suffix (values[i]) != NULL))
      return pw_value_get_unit_kind (values[i]);
  *known = FALSE;
  return PW_UNIT_PLAIN;
}

static const char *
unit_kind_label (PwUnitKind kind)
{
  switch (kind)
    {
    case PW_UNIT_PERCENT:
      return "%";
    case PW_UNIT_PERMILLE:
      return "‰";
    case PW_UNIT_PER_10K:
      return "1/万";
    case PW_UNIT_PER_100K:
      return "1/10万";
    case PW_UNIT_PLAIN:
    default:
      return "";
    }
}

/* Figures of the text against the table: a unit that contradicts, a
 * target that differs. */
static void
compare_with_tables (Importer *self)
{
  g_autoptr(GHashTable) by_tail = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* indicators by the last characters of their names (see name_tail()) */
  for (guint i = 0; i < self->indicators->len; i++)
    {
      PwIndicator *indicator = g_ptr_array_index (self->indicators, i);
      g_autofree char *match = pw_import_match_key (pw_indicator_get_name (indicator));
      const char *tail = name_tail (match);
      GPtrArray *list = g_hash_table_lookup (by_tail, tail);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_tail, g_strdup (tail), list);
        }
      g_ptr_array_add (list, indicator);
    }

  for (guint m = 0; m < self->mentions->len; m++)
    {
      const PwImportMention *mention = g_ptr_array_index (self->mentions, m);
      const char *tail = name_tail (mention->match);
      GPtrArray *list;

      if (!mention->metric || !pw_value_has_number (mention->parsed) ||
          (list = g_hash_table_lookup (by_tail, tail)) == NULL)
        continue;

      for (guint i = 0; i < list->len; i++)
        {
          PwIndicator *indicator = g_ptr_array_index (list, i);
          g_autofree char *match = pw_import_match_key (pw_indicator_get_name (indicator));
          PwValue *target = pw_indicator_get_target (indicator);
          PwValue *baseline = pw_indicator_get_baseline (indicator);
          double number = pw_value_get_number (mention->parsed);
          PwUnitKind mention_kind = pw_value_get_unit_kind (mention->parsed);
          const char *mention_suffix = pw_value_get_suffix (mention->parsed);
          gboolean known;
          PwUnitKind kind = indicator_unit_kind (indicator, &known);
          const char *unit = pw_indicator_get_unit (indicator);
          gboolean equal_figure =
            (pw_value_has_number (target) && same_number (pw_value_get_number (target), number)) ||
            (pw_value_has_number (baseline) && same_number (pw_value_get_number (baseline), number));
          gboolean unit_conflict = FALSE;
          g_autofree char *key = NULL;

          if (!pw_import_names_match (mention->match, match))
            continue;

          /* a figure printed without a unit contradicts nothing */
          if (mention_kind == PW_UNIT_PLAIN && mention_suffix == NULL)
            unit_conflict = FALSE;
          else if (known && (mention_kind != PW_UNIT_PLAIN || kind != PW_UNIT_PLAIN))
            unit_conflict = mention_kind != kind;
          else if (mention_suffix != NULL && unit != NULL && *unit != '\0' &&
                   mention_kind == PW_UNIT_PLAIN && kind == PW_UNIT_PLAIN &&
                   strcmp (mention_suffix, unit) != 0)
            unit_conflict = TRUE;

          /* once per name and line, even for an indicator printed twice */
          key = g_strdup_printf ("%s\x1f%d", match, mention->line);
          if (g_hash_table_contains (reported, key))
            continue;

          if (equal_figure && unit_conflict)
            {
              note (self, PW_FINDING_INCONSISTENCY, mention->line, indicator,
                    _("The unit of “%s” contradicts the text: the table (line %d) has %s, the "
                      "text has %s"),
                    pw_indicator_get_name (indicator), pw_indicator_get_source_line (indicator),
                    unit != NULL && *unit ? unit : unit_kind_label (kind), mention->value);
              g_hash_table_add (reported, g_steal_pointer (&key));
            }
          else if (mention->target && pw_value_has_number (target) && !unit_conflict &&
                   !same_number (pw_value_get_number (target), number))
            {
              note (self, PW_FINDING_INCONSISTENCY, mention->line, indicator,
                    _("The text gives “%s” the target %s, the table (line %d) %s"), mention->name,
                    mention->value, pw_indicator_get_source_line (indicator),
                    pw_value_get_text (target));
              g_hash_table_add (reported, g_steal_pointer (&key));
            }
        }
    }
}

/* A plan without a table: the quantified targets of its 主要目标 section. */
static void
add_prose_indicators (Importer *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  guint goals_chapter = NONE;

  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      const Paragraph *paragraph = g_ptr_array_index (self->paragraphs, i);

      if (paragraph->goals)
        {
          goals_chapter = paragraph->chapter;
          break;
        }
    }

  for (guint m = 0; m < self->mentions->len; m++)
    {
      const PwImportMention *mention = g_ptr_array_index (self->mentions, m);
      PwIndicator *indicator;
      PwIndicator *first;
      g_autoptr(PwValue) target = NULL;
      const char *suffix;

      if (!mention->goals || !mention->target || !mention->metric ||
          (pw_value_get_kind (mention->parsed) != PW_VALUE_NUMBER &&
           pw_value_get_kind (mention->parsed) != PW_VALUE_RELATIVE))
        continue;

      if ((first = g_hash_table_lookup (seen, mention->match)) != NULL)
        {
          if (strcmp (pw_value_get_text (pw_indicator_get_target (first)), mention->value) != 0)
            note (self, PW_FINDING_INCONSISTENCY, mention->line, first,
                  _("The text gives “%s” two targets: %s (line %d) and %s"), mention->name,
                  pw_value_get_text (pw_indicator_get_target (first)),
                  pw_indicator_get_source_line (first), mention->value);
          continue;
        }

      indicator = pw_indicator_new ();
      give_id (self, indicator, "ind");
      target = pw_value_new (mention->value);
      suffix = pw_value_get_suffix (target);
      pw_indicator_set_name (indicator, mention->name);
      if (suffix != NULL && pw_value_get_unit_kind (target) == PW_UNIT_PLAIN)
        pw_indicator_set_unit (indicator, suffix);
      pw_indicator_set_target (indicator, target);
      note_kind (self, indicator, mention->line, pw_indicator_get_unit (indicator), target);
      pw_indicator_set_nature (indicator, PW_NATURE_UNKNOWN);
      pw_indicator_set_origin (indicator, PW_ORIGIN_PROSE);
      pw_indicator_set_source_line (indicator, mention->line);
      pw_indicator_set_chapter (indicator, chapter_id (self, goals_chapter));
      g_hash_table_insert (seen, mention->match, indicator);
      g_ptr_array_add (self->indicators, indicator);

      note (self, PW_FINDING_GUESS, mention->line, indicator,
            _("Target taken from the text: “%s” %s in %d (the plan has no indicator table; nature "
              "not stated)"),
            mention->name, mention->value, self->end_year);
    }
}

/* Sections whose headings are missing: a section holding 专栏 boxes that
 * name other parts of the chapter (“劳有所得”, “病有所医” … after 学有所教):
 * two or more in quotes, or three or more at all. */
static void
check_missing_sections (Importer *self)
{
  static const char *tails[] = {
    "重点工程", "保障工程", "建设工程", "重点项目", "建设项目", "保障项目", "服务项目", "工程",
    "项目",
  };

  for (guint c = 0; c < self->chapters->len; c++)
    {
      Chapter *chapter = g_ptr_array_index (self->chapters, c);

      for (guint s = 0; s < chapter->sections->len; s++)
        {
          Section *section = g_ptr_array_index (chapter->sections, s);
          g_autoptr(GString) parts = g_string_new (NULL);
          g_autoptr(GHashTable) distinct = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                  g_free, NULL);
          guint n_columns = 0;
          guint n_quoted = 0;
          int first_line = 0;

          for (guint k = 0; k < chapter->columns->len; k++)
            {
              Column *column = g_ptr_array_index (chapter->columns, k);
              const char *open;
              const char *close;
              g_autofree char *part = NULL;
              gboolean quoted = FALSE;

              if (column->section != s || pw_box_get_number (column->column) == 0)
                continue;
              n_columns++;
              if ((open = strstr (column->title_key, "“")) != NULL &&
                  (close = strstr (open, "”")) != NULL)
                {
                  part = g_strndup (open + strlen ("“"), close - open - strlen ("“"));
                  quoted = TRUE;
                }
              else
                {
                  gsize len = strlen (column->title_key);

                  for (gsize t = 0; t < G_N_ELEMENTS (tails); t++)
                    if (g_str_has_suffix (column->title_key, tails[t]) && len > strlen (tails[t]))
                      {
                        len -= strlen (tails[t]);
                        break;
                      }
                  part = g_strndup (column->title_key, len);
                }
              if (*part == '\0' || strstr (section->title_key, part) != NULL ||
                  g_hash_table_contains (distinct, part))
                continue;
              if (parts->len > 0)
                g_string_append (parts, _(", "));
              /* Translators: a part of a chapter named by a 专栏, and the line of that 专栏 */
              g_string_append_printf (parts, _("%s (line %d)"), part, column->line);
              n_quoted += quoted;
              if (first_line == 0)
                first_line = column->line;
              g_hash_table_add (distinct, g_steal_pointer (&part));
            }

          /* parts named in quotes (“劳有所得”) are the strong sign; two
           * boxes of plain titles in one section are common */
          if (n_columns >= 2 && (n_quoted >= 2 || g_hash_table_size (distinct) >= 3))
            note (self, PW_FINDING_DOUBT, first_line, chapter->chapter,
                  _("Chapter %d seems to lack section headings: its section “%s” holds %u 专栏 "
                    "boxes that name other parts: %s. No sections were made up; the text "
                    "after the heading stays in that section"),
                  chapter->number, pw_section_get_title (section->section), n_columns, parts->str);
        }
    }
}

static const char *
pattern_example (PwImportPattern pattern)
{
  switch (pattern)
    {
    case PW_PATTERN_PART:
      return "第一篇";
    case PW_PATTERN_PORTION:
      return "第一部分";
    case PW_PATTERN_CHAPTER:
      return "第一章";
    case PW_PATTERN_SECTION:
      return "第一节";
    case PW_PATTERN_ENUM:
      return "一、";
    case PW_PATTERN_ENUM_PAREN:
      return "（一）";
    case PW_PATTERN_DIGIT:
      return "1.";
    case PW_PATTERN_DIGIT_PAREN:
      return "（1）";
    case PW_PATTERN_NONE:
    case PW_N_PATTERNS:
    default:
      return "";
    }
}

/* The levels chosen, deeper headings kept as paragraphs, and the contents
 * against the headings found. */
static void
check_outline (Importer *self)
{
  g_autoptr(GString) levels = g_string_new (NULL);
  PwImportPattern held[] = { self->part_pattern, self->chapter_pattern, self->section_pattern };
  guint counts[3] = { self->parts->len, self->chapters->len, 0 };

  for (guint c = 0; c < self->chapters->len; c++)
    counts[2] += ((Chapter *) g_ptr_array_index (self->chapters, c))->sections->len;

  for (guint k = 0; k < self->n_levels; k++)
    g_string_append_printf (levels, "%s%s", k > 0 ? " › " : "", pattern_example (self->levels[k]));
  if (self->n_levels > 0)
    {
      g_autoptr(GString) model = g_string_new (NULL);

      for (guint k = 0; k < G_N_ELEMENTS (held); k++)
        if (held[k] != PW_PATTERN_NONE)
          g_string_append_printf (model, "%s%s", model->len > 0 ? " › " : "",
                                  pattern_example (held[k]));
      note (self, PW_FINDING_GUESS, 0, NULL,
            _("The headings run %s; %s are read as the parts (when there are), chapters and "
              "sections, deeper levels as paragraphs"),
            levels->str, model->str);
    }
  if (self->n_deeper > 0)
    note (self, PW_FINDING_GUESS, self->first_deeper, NULL,
          _("%u numbered headings below the sections are kept as paragraphs of their section"),
          self->n_deeper);

  for (guint k = 0; k < G_N_ELEMENTS (held); k++)
    {
      guint in_toc = 0;

      if (held[k] == PW_PATTERN_NONE)
        continue;
      for (guint i = 0; i < self->toc->len; i++)
        in_toc += g_array_index (self->toc, PwImportTocEntry, i).pattern == held[k];
      if (in_toc > 0 && in_toc != counts[k])
        note (self, PW_FINDING_DOUBT, 0, NULL,
              _("The table of contents lists %u headings like %s, the text has %u"), in_toc,
              pattern_example (held[k]), counts[k]);
    }
}

static char *
text_or_null (GString *text)
{
  return text->len > 0 ? g_strdup (text->str) : NULL;
}

/* Puts the pieces into the plan. */
static void
assemble (Importer *self)
{
  g_autofree char *preface = text_or_null (self->preface);

  pw_plan_set_heading_style (self->plan, self->style);
  pw_plan_set_preface (self->plan, preface);

  for (guint p = 0; p < self->parts->len; p++)
    {
      Part *part = g_ptr_array_index (self->parts, p);
      g_autofree char *text = text_or_null (part->text);

      pw_part_set_text (part->part, text);
      pw_plan_insert_part (self->plan, p, part->part);
    }

  for (guint c = 0; c < self->chapters->len; c++)
    {
      Chapter *chapter = g_ptr_array_index (self->chapters, c);
      g_autofree char *text = text_or_null (chapter->text);
      guint n_columns = 0;

      pw_chapter_set_text (chapter->chapter, text);
      for (guint s = 0; s < chapter->sections->len; s++)
        {
          Section *section = g_ptr_array_index (chapter->sections, s);
          g_autofree char *section_text = text_or_null (section->text);

          pw_section_set_text (section->section, section_text);
          pw_chapter_insert_section (chapter->chapter, s, section->section);
        }
      for (guint k = 0; k < chapter->columns->len; k++)
        pw_chapter_insert_box (chapter->chapter, n_columns++,
                                  ((Column *) g_ptr_array_index (chapter->columns, k))->column);
      for (guint k = 0; k < chapter->services->len; k++)
        pw_chapter_insert_service_item (chapter->chapter, k, g_ptr_array_index (chapter->services, k));
      pw_plan_insert_chapter (self->plan, c, chapter->chapter);
      if (chapter->part != NONE)
        pw_chapter_set_part (chapter->chapter,
                             ((Part *) g_ptr_array_index (self->parts, chapter->part))->part);
    }

  for (guint i = 0; i < self->indicators->len; i++)
    pw_plan_insert_indicator (self->plan, i, g_ptr_array_index (self->indicators, i));

  pw_plan_assign_ids (self->plan);
  /* A document whose own numbers skip or repeat keeps them when edited. */
  if (!pw_plan_numbering_is_regular (self->plan))
    pw_plan_set_numbering (self->plan, PW_NUMBERING_AS_PRINTED);
}

static void
note_encoding (Importer           *self,
               const PwImportText *text)
{
  if (text == NULL)
    return;
  if (g_strcmp0 (text->encoding, "UTF-8") != 0)
    note (self, PW_FINDING_GUESS, 0, NULL, _("The file is not UTF-8; it was read as %s"),
          text->encoding);
  if (text->truncated)
    note (self, PW_FINDING_DOUBT, self->lines.n_lines, NULL,
          _("The file ends in the middle of a character, which was left out; the file may be "
            "cut short"));
  if (text->repaired)
    note (self, PW_FINDING_DOUBT, 0, NULL,
          _("Some bytes are not UTF-8 and were replaced by “\xef\xbf\xbd”"));
}

static void
note_traditional (Importer *self)
{
  if (self->lines.n_traditional > 0)
    note (self, PW_FINDING_GUESS, 0, NULL,
          _("The text has traditional characters (%u); headings, natures and values were read in "
            "simplified form, the text keeps them as printed"),
          self->lines.n_traditional);
}

static gboolean
is_empty (const PwImportLines *lines)
{
  for (guint i = 0; i < lines->n_lines; i++)
    if (!lines->lines[i].blank)
      return FALSE;
  return TRUE;
}

/* The steps after decoding, on any stream of lines. */
static PwPlan *
import_lines (PwImportLines      *lines,
              const PwImportText *text,
              PwFindings         *report,
              GError            **error)
{
  Importer self = { 0 };
  PwHistory *history;
  PwPlan *plan;
  guint n_joined;

  pw_import_lines_finish (lines);
  if (is_empty (lines))
    {
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_EMPTY,
                           _("The document is empty"));
      return NULL;
    }

  self.findings = g_array_new (FALSE, FALSE, sizeof (Finding));
  g_array_set_clear_func (self.findings, finding_clear);
  self.preface = g_string_new (NULL);
  self.chapters = g_ptr_array_new_with_free_func ((GDestroyNotify) chapter_free);
  self.parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  self.pieces = g_ptr_array_new_with_free_func (g_free);
  self.paragraphs = g_ptr_array_new_with_free_func (g_free);
  self.tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  self.mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_import_mention_free);
  self.mentions_by_tail = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_ptr_array_unref);
  self.indicators = g_ptr_array_new_with_free_func (g_object_unref);
  self.plan = pw_plan_new ();
  history = pw_plan_get_history (self.plan);
  pw_history_block (history);

  n_joined = pw_import_lines_unwrap (lines);
  self.lines = *lines;

  note_encoding (&self, text);
  if (n_joined > 0)
    note (&self, PW_FINDING_GUESS, 0, NULL,
          _("The text is hard-wrapped (as extracted from PDF): %u lines that end in mid-sentence "
            "were joined to the next, and running heads beside page footers were left out"),
          n_joined);
  note_traditional (&self);
  find_outline (&self);
  find_title (&self);
  read_metadata (&self, self.title_index != NONE ? self.title_index : 0);
  find_second_document (&self);
  read_body (&self);
  find_period (&self);
  read_mentions (&self);
  add_table_indicators (&self);
  if (self.indicators->len > 0)
    compare_with_tables (&self);
  else
    add_prose_indicators (&self);
  check_missing_sections (&self);
  check_outline (&self);

  if (self.chapters->len == 0)
    note (&self, PW_FINDING_DOUBT, 0, NULL,
          _("No chapter headings (第一章 …, 一、…) were found; the whole text is kept as the "
            "preface"));

  assemble (&self);
  pw_history_unblock (history);

  if (report != NULL)
    {
      g_array_sort (self.findings, compare_findings);
      for (guint i = 0; i < self.findings->len; i++)
        {
          Finding *finding = &g_array_index (self.findings, Finding, i);

          pw_findings_add (report, finding->kind, finding->line, 0, finding->subject, "%s",
                         finding->message);
        }
    }

  plan = g_steal_pointer (&self.plan);
  importer_clear (&self);
  return plan;
}

/* Public API */

G_DEFINE_QUARK (pw-import-error-quark, pw_import_error)

/**
 * pw_import_text:
 * @data: the bytes of a plan document as text, in any encoding the importer
 *   detects (see pw-import-text.c)
 * @length: their number
 * @report: (nullable): receives every guess, doubt and inconsistency, with
 *   lines of the original file
 * @error: a #PwImportError
 *
 * Turns the text of a plan document into a plan: decodes it, cuts it into
 * lines and runs pw_import_lines() on them. Every object of the plan has an
 * id, and the plan's history is empty and unmodified.
 *
 * Returns: (transfer full): the plan, or %NULL when @data is not text
 */
PwPlan *
pw_import_text (const char  *data,
                gsize        length,
                PwFindings    *report,
                GError     **error)
{
  g_auto(PwImportText) text = { 0 };
  g_auto(PwImportLines) lines = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!pw_import_decode (data != NULL ? data : "", length, &text, error))
    return NULL;

  pw_import_lines_init (&lines, text.data, text.length);
  g_clear_pointer (&text.data, g_free);

  return import_lines (&lines, &text, report, error);
}

/**
 * pw_import_lines:
 * @lines: a document as a stream of lines, as a reader of any format makes
 *   it (pw_import_lines_init_empty(), pw_import_lines_add(),
 *   pw_import_lines_add_row(); see pw-import-private.h)
 * @report: (nullable): receives every guess, doubt and inconsistency, with
 *   the line numbers that @lines carry
 * @error: %PW_IMPORT_ERROR_EMPTY when @lines hold no text
 *
 * Runs every step after decoding on @lines: the notice and metadata, the
 * structure, the indicator tables (flattened text or real rows), the 专栏
 * boxes, the prose and the checks. The caller keeps @lines (finished, so no
 * line can be added any more) and clears them.
 *
 * Returns: (transfer full): the plan, or %NULL on error
 */
PwPlan *
pw_import_lines (PwImportLines *lines,
                 PwFindings    *report,
                 GError       **error)
{
  g_return_val_if_fail (lines != NULL, NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_lines (lines, NULL, report, error);
}

/**
 * pw_import_text_file:
 * @file: a plan document as text
 * @report: (nullable): receives the findings of the import
 * @error: a #PwImportError or an error of reading @file
 *
 * Reads @file and imports it with pw_import_text().
 *
 * Returns: (transfer full): the plan, or %NULL on error
 */
PwPlan *
pw_import_text_file (GFile     *file,
                     PwFindings  *report,
                     GError   **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info != NULL && (guint64) g_file_info_get_size (info) > PW_IMPORT_MAX_SIZE)
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large to be a plan document (%lu MB)"),
                   (gulong) ((guint64) g_file_info_get_size (info) / (1024 * 1024)));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return pw_import_text (contents, length, report, error);
}
