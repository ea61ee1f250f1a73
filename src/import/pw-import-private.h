/* pw-import-private.h: what the parts of the text importer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pw-import-decode.c decodes the bytes, pw-import-lines.c cuts them into
 * lines, pw-import-text.c makes the normalised keys and reads numerals and
 * dates, pw-import-table*.c read the indicator tables, pw-import-prose.c
 * reads targets, mentions and service-item lists out of paragraphs, and
 * pw-importer.c runs the steps (their state: pw-importer-private.h).
 */

#pragma once

#include <glib.h>
#include <string.h>

#include "pw-plan.h"
#include "pw-findings.h"
#include "pw-importer.h"

G_BEGIN_DECLS

/* Text */

/* Whether a character starting with byte @b can be a space of
 * pw_import_is_space(), and one ending with byte @b: the test before the
 * character is decoded (never, for a Chinese character). */
static inline gboolean
pw_import_may_start_space (guchar b)
{
  return b == ' ' || b == '\t' || b == '\f' || b == '\v' || b == 0xE3 || b == 0xC2 || b == 0xEF;
}

static inline gboolean
pw_import_may_end_space (guchar b)
{
  return b == ' ' || b == '\t' || b == '\f' || b == '\v' || b == 0x80 || b == 0xA0 || b == 0xBF;
}

/* Whether @s starts with @prefix: g_str_has_prefix() without its strlen()
 * of @s, which is often a whole paragraph, when strncmp() stops at the
 * first byte that differs. Neither may be %NULL. */
static inline gboolean
pw_import_has_prefix (const char *s,
                      const char *prefix)
{
  return strncmp (s, prefix, strlen (prefix)) == 0;
}

/*
 * The input contract of the structure finder.
 *
 * Every reader (text, HTML, Word) turns its document into one stream of
 * lines, a #PwImportLines; pw_import_lines() (pw-importer.h) then runs the
 * same steps on it whatever the format: the notice and metadata, the
 * headings and structure, the tables, the 专栏 boxes, the prose, the checks.
 *
 * A line is a paragraph of the document (for text, a line of the file). A
 * reader that knows more than the text says so in the line's hints: bold,
 * centred, a heading level from a style or an outline level (1–9), and
 * automatic numbering already rendered into the text (Word's 第一章 or
 * （一） that the file does not print). The finder reads hints as evidence,
 * next to what the text itself says; it never trusts a hint alone.
 *
 * A row of a REAL table (HTML <tr>, Word <w:tr>) is one line with cells:
 * the cells as the reader found them after horizontal merges (colspan,
 * gridSpan: a merged cell is ONE cell), a vertically merged cell present only
 * in the first row it covers and empty ("") in the rows below — exactly as a
 * flattened text table shows it — and the index of its table (from 1; rows
 * of one table share it, consecutive lines). Its text is the cells joined
 * with tabs (and trimmed, like any line). The table reader takes these rows as it takes flattened text.
 */

/**
 * PwImportHints:
 * @PW_IMPORT_HINT_BOLD: the whole paragraph is bold (or nearly all of it)
 * @PW_IMPORT_HINT_CENTRED: the paragraph is centred
 * @PW_IMPORT_HINT_NUMBERED: automatic numbering was rendered into the text
 *   (the number is not printed in the file but Word shows it)
 * @PW_IMPORT_HINT_HEADER: a header row of a real table (<th>, a repeated
 *   Word header row)
 */
typedef enum
{
  PW_IMPORT_HINT_BOLD = 1 << 0,
  PW_IMPORT_HINT_CENTRED = 1 << 1,
  PW_IMPORT_HINT_NUMBERED = 1 << 2,
  PW_IMPORT_HINT_HEADER = 1 << 3,
} PwImportHints;

/*
 * One line of the document. @text is the line as printed, less the noise
 * that is never content ([bookmark: …] tags, control characters, white space
 * at either end). @key holds the same number of characters in the spelling
 * that the recognisers read: ASCII for full-width forms (（ → (, ９ → 9),
 * a space for U+3000, simplified for traditional characters (節 → 节). The
 * n-th character of @key stands for the n-th character of @text, so a place
 * found in @key is a place in @text. When no character changes, @key is
 * @text (the same pointer).
 */
typedef struct
{
  const char *text;
  const char *key;
  int number;         /* the line in the original file, from 1 (for HTML its
                       * source line; for Word the paragraph, from 1) */
  guint8 tabs;        /* tab characters before the first character */
  guint8 lead;        /* spaces before the first character (a tab counts 4) */
  guint8 hints;       /* PwImportHints */
  guint8 level;       /* a heading or outline level from a style, 1–9; 0: none */
  guint blank : 1;    /* empty once trimmed */
  guint spaces : 1;   /* blank, but white space was printed: an empty cell */
  guint indented : 1; /* began with white space */
  guint noise : 1;    /* a page-number footer */
  guint toc : 1;      /* a line of the table of contents */
  guint n_chars : 26; /* the characters of @text (and so of @key); a document
                       * holds fewer than 2^26 bytes */
  guint no_heading : 1; /* pw_import_heading_at() found no heading here (a
                         * memo: cleared when @key changes) */
  guint table;        /* a row of real table number @table (from 1); 0: not a row */
  guint first_cell;   /* its cells: pw_import_line_cell() */
  guint n_cells;
} PwImportLine;

struct _PwImportLines
{
  GStringChunk *chunk;
  PwImportLine *lines;
  guint n_lines;
  guint n_traditional; /* traditional characters read in simplified form */
  guint n_tables;      /* real tables added with pw_import_lines_add_row() */

  /*< private >*/
  char *buffer;        /* the text the lines were cut from, in place */
  GArray *array;       /* while lines are added */
  GPtrArray *cells;    /* text, key, text, key … of every cell, in the chunk */
  GString *clean;
  GString *scratch;
  gboolean finished;
};

typedef struct
{
  char *data;           /* the document in UTF-8, NUL-terminated */
  gsize length;
  const char *encoding; /* as detected: "UTF-8", "GB18030", "UTF-16LE" … */
  gboolean bom;
  gboolean repaired;    /* bytes that were neither were replaced by U+FFFD */
  gboolean truncated;   /* the input ended inside a character */
} PwImportText;

gboolean    pw_import_check_size      (guint64              length,
                                       GError             **error);
gboolean    pw_import_decode          (const char          *data,
                                       gsize                length,
                                       PwImportText        *out,
                                       GError             **error);
void        pw_import_text_clear      (PwImportText        *text);

/* The character set of a web page (pw-import-html-charset.c) */
char       *pw_import_html_decode       (const char  *data,
                                         gsize        length,
                                         PwFindings  *report,
                                         gsize       *out_length,
                                         GError     **error);
gboolean    pw_import_html_looks_binary (const char  *data,
                                         gsize        length);

void        pw_import_lines_init      (PwImportLines       *self,
                                       char                *text,
                                       gsize                length);
void        pw_import_lines_clear     (PwImportLines       *self);

/* Building a stream from a richer format (HTML, Word): */
void        pw_import_lines_init_empty (PwImportLines      *self);
void        pw_import_lines_add       (PwImportLines       *self,
                                       const char          *text,
                                       gssize               length,
                                       int                  number,
                                       guint                hints,
                                       guint                level);
void        pw_import_lines_add_row   (PwImportLines       *self,
                                       guint                table,
                                       const char * const  *cells,
                                       guint                n_cells,
                                       int                  number,
                                       guint                hints);
void        pw_import_lines_finish    (PwImportLines       *self);
guint       pw_import_lines_unwrap    (PwImportLines       *self);
const char *pw_import_line_cell       (const PwImportLines *self,
                                       const PwImportLine  *line,
                                       guint                k);
const char *pw_import_line_cell_key   (const PwImportLines *self,
                                       const PwImportLine  *line,
                                       guint                k);

void        pw_import_init_char_pairs (void);
glong       pw_import_count_chars     (const char          *text,
                                       gsize                length);
gsize       pw_import_write_key       (char                *out,
                                       const char          *text,
                                       gsize                length,
                                       guint               *n_traditional,
                                       gboolean            *differs);
gboolean    pw_import_is_space        (gunichar             c);
char       *pw_import_make_key        (const char          *text,
                                       gssize               length,
                                       guint               *n_traditional);
char       *pw_import_simplify        (const char          *text);
char       *pw_import_strip_spaces    (const char          *text);
gboolean    pw_import_strip_spaces_to (const char          *text,
                                       char                *out,
                                       gsize                size);
gboolean    pw_import_is_spaced_word  (const char          *key,
                                       const char          *word);
char       *pw_import_trim            (const char          *text,
                                       gssize               length);
const char *pw_import_trimmed         (const char          *text,
                                       gssize               length,
                                       gsize               *out_length);
const char *pw_import_skip_spaces     (const char          *text);
const char *pw_import_skip_chars      (const char          *text,
                                       glong                n_chars);
int         pw_import_parse_numeral   (const char          *text,
                                       const char         **end);
gboolean    pw_import_is_cjk          (gunichar             c);
gboolean    pw_import_parse_date      (const char          *key,
                                       int                 *year,
                                       int                 *month,
                                       int                 *day,
                                       const char         **end);

/* Outline (pw-import-outline.c) */

/* The families of numbered headings, from the highest rank down. */
typedef enum
{
  PW_PATTERN_NONE,
  PW_PATTERN_PART,        /* 第X篇 */
  PW_PATTERN_PORTION,     /* 第X部分 */
  PW_PATTERN_CHAPTER,     /* 第X章 */
  PW_PATTERN_SECTION,     /* 第X节 */
  PW_PATTERN_ENUM,        /* 一、 */
  PW_PATTERN_ENUM_PAREN,  /* (一) */
  PW_PATTERN_DIGIT,       /* 1. 1、 1． */
  PW_PATTERN_DIGIT_PAREN, /* (1) */
  PW_N_PATTERNS
} PwImportPattern;

typedef struct
{
  PwImportPattern pattern;
  int number;
  glong title_chars;     /* where the title starts, in characters */
  glong title_end_chars; /* where it ends */
  glong rest_chars;      /* run-in: where the paragraph starts; -1: none */
  guint run_in : 1;      /* the title ends at a 。 */
  guint page : 1;        /* it ends in a page number: an entry of a contents */
} PwImportHeading;

typedef struct
{
  PwImportPattern pattern;
  int number;
  char *title;
} PwImportTocEntry;

gboolean    pw_import_heading_at      (const PwImportLine    *line,
                                       PwImportHeading       *heading);
char       *pw_import_heading_title   (const PwImportLine    *line,
                                       const PwImportHeading *heading);
guint       pw_import_toc_find        (PwImportLines         *lines,
                                       guint                  from,
                                       guint                  to,
                                       GArray                *entries);
void        pw_import_toc_entry_clear (PwImportTocEntry      *entry);
guint       pw_import_outline_find    (const PwImportLines   *lines,
                                       guint                  from,
                                       guint                  to,
                                       PwImportPattern       *levels,
                                       gboolean              *by_style);

/* Annexed lists of projects (pw-import-annex.c) */

typedef struct
{
  int number;
  char *domain;      /* 领域, carried down over its merged rows */
  char *text;        /* the project's name and its content */
  char *lead;        /* 牵头单位 */
  int start_year;
  int end_year;
  double investment; /* as printed, in the header's unit */
  int line;
} PwImportProjectRow;

gboolean    pw_import_project_list_at   (const PwImportLines *lines,
                                         guint                i);
guint       pw_import_project_list_read (const PwImportLines *lines,
                                         guint                i,
                                         GPtrArray           *rows);
void        pw_import_project_row_free  (PwImportProjectRow  *row);

/* Tables */

typedef struct
{
  char *category;   /* NULL when the table has none */
  char *domain;
  char *name;
  char *unit;
  char *baseline;   /* as printed; NULL when the row printed no cell for it */
  char *target;
  char *note;
  char *responsible; /* 责任单位 as printed, or NULL */
  PwNature nature;
  int line;         /* the line of the name */
  int value_line;   /* the line of the value of a one-value row */
  guint single_value : 1;
  guint no_values : 1;
  guint no_nature : 1;
} PwImportRow;

typedef struct
{
  int first_line;
  int last_line;
  int baseline_year; /* from the header; 0 when it prints none */
  int target_year;
  const char *layout;
  GPtrArray *rows;   /* of PwImportRow */
  GStringChunk *strings; /* the texts of the rows, which go with the table */
} PwImportTable;

gboolean    pw_import_table_at        (const PwImportLines *lines,
                                       guint                i);
guint       pw_import_table_read      (const PwImportLines *lines,
                                       guint                i,
                                       PwImportTable       *table);
void        pw_import_table_clear     (PwImportTable       *table);
GPtrArray  *pw_import_line_cells      (const PwImportLines *lines,
                                       const PwImportLine  *line);
void        pw_import_split_unit      (const char          *cell,
                                       char               **name,
                                       char               **unit);

/* Prose */

typedef struct
{
  char *name;       /* as printed */
  char *match;      /* for comparing names */
  char *value;      /* as printed */
  PwValue *parsed;
  int line;
  gboolean target;  /* said of the last year of the plan */
  gboolean metric;  /* the name ends as the name of an indicator does (…率, …人数) */
  gboolean goals;   /* in the 主要目标 section */
} PwImportMention;

typedef struct
{
  int end_year;
  int baseline_year;
  gboolean in_goals;  /* the paragraph is in the 主要目标 section */
  const char *end_year_word; /* "2025年" for @end_year, when it is above 0 */
} PwImportProseContext;

void        pw_import_mentions_scan   (const PwImportLine         *line,
                                       const PwImportProseContext *context,
                                       GPtrArray                  *out);
void        pw_import_mention_free    (PwImportMention            *mention);
char       *pw_import_match_key       (const char                 *name);
gboolean    pw_import_names_match     (const char                 *a,
                                       const char                 *b);
gboolean    pw_import_service_items   (const PwImportLine         *line,
                                       int                        *declared,
                                       GPtrArray                  *names);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PwImportLines, pw_import_lines_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PwImportText, pw_import_text_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PwImportTable, pw_import_table_clear)

G_END_DECLS
