/* pw-importer-private.h: the importer's state, shared by the files of its steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pw-importer.c runs the steps on one stream of lines; pw-import-notice.c
 * (the notice and metadata), pw-import-structure.c (headings and structure),
 * pw-import-box.c (专栏 boxes) and pw-import-checks.c (indicators and checks)
 * fill and read the one #Importer that this header describes.
 */

#pragma once

#include <glib.h>

#include "pw-import-private.h"

G_BEGIN_DECLS

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
  GArray *paragraphs;    /* of Paragraph */
  GPtrArray *tables;     /* of Table */
  GPtrArray *mentions;   /* of PwImportMention */
  GHashTable *mentions_by_tail; /* the last characters of a name → GPtrArray of mentions */
  GPtrArray *indicators; /* of PwIndicator, in table order */
  GPtrArray *matches;    /* of char *: pw_import_match_key() of each table indicator's name */

  int start_year;
  int end_year;
  int baseline_year;
  char *kind;            /* 十四五 … as printed in the title */
} Importer;

typedef enum
{
  HEAD_NONE,
  HEAD_PREFACE,
  HEAD_PART,
  HEAD_CHAPTER,
  HEAD_SECTION,
  HEAD_DEEPER,   /* a numbered heading of a level the model does not hold */
} Head;

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

/* Shared helpers (pw-importer.c) */

void        pw_importer_note             (Importer      *self,
                                          PwFindingKind  kind,
                                          int            line,
                                          gpointer       subject,
                                          const char    *format,
                                          ...) G_GNUC_PRINTF (5, 6);
void        pw_importer_give_id          (Importer   *self,
                                          gpointer    object,
                                          const char *prefix);
const char *pw_importer_skip_word        (const char *s,
                                          const char *word);
gboolean    pw_importer_contains_any     (const char  *s,
                                          const char **words,
                                          gsize        n_words);
char       *pw_importer_text_from        (const PwImportLine *line,
                                          glong               n_chars);
void        pw_importer_append_paragraph (GString    *text,
                                          const char *paragraph);
void        pw_importer_flush_text       (gpointer    holder,
                                          GString   **text);
void        pw_importer_section_free     (Section *section);
void        pw_importer_column_free      (Column *column);
void        pw_importer_table_free       (Table *table);

/* The notice and metadata (pw-import-notice.c) */

void pw_importer_read_metadata        (Importer *self,
                                       guint     end);
void pw_importer_find_title           (Importer *self);
void pw_importer_find_second_document (Importer *self);
void pw_importer_find_period          (Importer *self);

/* Headings and structure (pw-import-structure.c) */

Head     pw_importer_heading_at      (Importer           *self,
                                      const PwImportLine *line,
                                      PwImportHeading    *h);
void     pw_importer_add_paragraph   (Importer           *self,
                                      const PwImportLine *line);
gboolean pw_importer_continues       (int      number,
                                      int      last,
                                      gboolean new_parent);
Chapter *pw_importer_current_chapter (Importer *self);
void     pw_importer_find_outline    (Importer *self);
void     pw_importer_read_body       (Importer *self);

/* 专栏 boxes (pw-import-box.c) */

PwProject *pw_importer_new_project       (Importer   *self,
                                          int         number,
                                          const char *text);
PwProject *pw_importer_add_project       (Importer   *self,
                                          PwBox      *column,
                                          int         number,
                                          const char *text);
void       pw_importer_add_works_project (Importer           *self,
                                          Chapter            *chapter,
                                          Section            *section,
                                          const PwImportLine *line,
                                          glong               skip);
Mark       pw_importer_item_mark         (const char *key,
                                          int        *number,
                                          glong      *skip);
guint      pw_importer_read_column       (Importer *self,
                                          guint     i,
                                          int       number,
                                          glong     title_chars);
gboolean   pw_importer_column_caption_at (const PwImportLine *line,
                                          int                *number,
                                          glong              *title_chars);

/* Indicators and checks (pw-import-checks.c) */

void pw_importer_add_table_indicators   (Importer *self);
void pw_importer_read_mentions          (Importer *self);
void pw_importer_compare_with_tables    (Importer *self);
void pw_importer_add_prose_indicators   (Importer *self);
void pw_importer_check_missing_sections (Importer *self);
void pw_importer_check_outline          (Importer *self);

G_END_DECLS
