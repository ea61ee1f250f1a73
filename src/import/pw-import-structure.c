/* pw-import-structure.c: the headings and structure of the body
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 3 of the importer (see pw-importer.c). The outline's levels found by
 * pw-import-outline.c decide which numbered headings are parts (第X篇), chapters
 * (第X章, or 一、 in older plans) and sections (第X节, or (一)): 前言, then
 * chapters with sections, Chinese or Arabic numerals, glued to the title or
 * not. A heading must continue the numbering (a small gap is accepted and
 * reported), so that a list item 一、 inside a section or an appended
 * document is not taken for a chapter.
 *
 * pw_importer_read_body() walks the body once and hands each line to the
 * step that reads it: indicator tables (pw-import-table.c), annexed project
 * lists (pw-import-annex.c), 专栏 boxes (pw-import-box.c), the —— lines of
 * a 保障工程 section, and paragraphs, which stay in the prose of their
 * section, chapter or the preface.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-import-private.h"
#include "pw-importer-private.h"

/* Headings */

/* Whether @line can be a heading that only its style marks: short, and
 * not a sentence. */
static gboolean
is_styled_heading (const PwImportLine *line)
{
  return !line->blank && !line->noise && !line->toc && line->n_chars <= 40 &&
         !g_str_has_suffix (line->key, "。");
}

/* What @line is in the document's outline; @h receives the heading. */
Head
pw_importer_heading_at (Importer           *self,
                        const PwImportLine *line,
                        PwImportHeading    *h)
{
  if (line->blank || line->noise || line->toc)
    return HEAD_NONE;

  if ((pw_import_is_spaced_word (line->key, "前言") || pw_import_is_spaced_word (line->key, "序言") ||
       pw_import_is_spaced_word (line->key, "引言") || pw_import_is_spaced_word (line->key, "序")) &&
      strlen (line->key) <= 24)
    return HEAD_PREFACE;

  if (!pw_import_heading_at (line, h))
    {
      /* a heading the format marks (<h2>, Word's Heading 2) without a
       * number: its level says what it is; pw_importer_read_body() numbers it */
      if (line->level == 0 || line->table > 0 ||
          (line->level != self->styled_chapter && line->level != self->styled_section) ||
          !is_styled_heading (line))
        return HEAD_NONE;
      memset (h, 0, sizeof *h);
      h->title_end_chars = line->n_chars;
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

static gboolean
is_goals_title (const char *key)
{
  static const char *words[] = {
    "主要目标", "发展目标", "总体目标", "规划目标", "具体目标", "目标任务", "主要指标",
  };

  return pw_importer_contains_any (key, words, G_N_ELEMENTS (words)) || strcmp (key, "目标") == 0;
}

static gboolean
is_works_title (const char *key)
{
  static const char *words[] = { "保障工程", "重点工程", "重大工程", "重点项目" };

  return pw_importer_contains_any (key, words, G_N_ELEMENTS (words));
}

/* The structure */

static Part *current_part (Importer *self);

Chapter *
pw_importer_current_chapter (Importer *self)
{
  return self->chapters->len > 0 ? g_ptr_array_index (self->chapters, self->chapters->len - 1) : NULL;
}

static Section *
current_section (Importer *self)
{
  Chapter *chapter = pw_importer_current_chapter (self);

  return chapter != NULL && chapter->sections->len > 0
           ? g_ptr_array_index (chapter->sections, chapter->sections->len - 1)
           : NULL;
}

/* The levels of the document's outline, and which the model holds. */
void
pw_importer_find_outline (Importer *self)
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

static Chapter *
add_chapter (Importer           *self,
             const PwImportLine *line,
             int                 number,
             char               *title)
{
  Chapter *chapter = g_new0 (Chapter, 1);
  Chapter *previous = pw_importer_current_chapter (self);

  /* no paragraph goes to the chapter before any more */
  if (previous != NULL)
    {
      pw_importer_flush_text (previous->chapter, &previous->text);
      for (guint s = 0; s < previous->sections->len; s++)
        {
          Section *section = g_ptr_array_index (previous->sections, s);

          pw_importer_flush_text (section->section, &section->text);
        }
    }
  chapter->chapter = pw_chapter_new ();
  chapter->part = self->parts->len > 0 ? self->parts->len - 1 : NONE;
  pw_importer_give_id (self, chapter->chapter, "ch");
  chapter->text = g_string_new (NULL);
  chapter->title = title;
  chapter->title_key = pw_import_make_key (title, -1, NULL);
  chapter->number = number;
  chapter->line = line->number;
  chapter->goals = is_goals_title (chapter->title_key);
  chapter->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_importer_section_free);
  chapter->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_importer_column_free);
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

  /* nor to the section before in this chapter */
  if (chapter->sections->len > 0)
    {
      Section *previous = g_ptr_array_index (chapter->sections, chapter->sections->len - 1);

      pw_importer_flush_text (previous->section, &previous->text);
    }
  section->section = pw_section_new ();
  pw_importer_give_id (self, section->section, "sec");
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

          if (strlen (es) > strlen (stripped) && pw_import_has_prefix (es, stripped))
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
          if (pw_importer_heading_at (self, next, &nh) == HEAD_NONE &&
              next->n_chars <= 30 && strstr (next->key, "。") == NULL)
            {
              g_free (title);
              title = pw_import_trim (next->text, -1);
              *i = j;
            }
          break;
        }
    }
  else if (!h->run_in && next != NULL && !next->blank && !next->noise && next->table == 0 &&
           next->n_chars <= 30 && strstr (next->key, "。") == NULL &&
           pw_importer_heading_at (self, next, &nh) == HEAD_NONE &&
           !pw_import_has_prefix (next->key, "专栏") &&
           (g_str_has_suffix (title, "，") || g_str_has_suffix (title, "、") ||
            g_str_has_suffix (title, ",") || toc_continues (self, h->pattern, h->number, title)))
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
  rest->n_chars = line->n_chars - h->rest_chars;
  rest->no_heading = FALSE;
  g_ptr_array_add (self->pieces, rest);
  return rest;
}

void
pw_importer_add_paragraph (Importer           *self,
                           const PwImportLine *line)
{
  Chapter *chapter = pw_importer_current_chapter (self);
  Section *section = current_section (self);
  Paragraph *paragraph;

  g_array_set_size (self->paragraphs, self->paragraphs->len + 1);
  paragraph = &g_array_index (self->paragraphs, Paragraph, self->paragraphs->len - 1);
  paragraph->line = line;
  paragraph->chapter = chapter != NULL ? self->chapters->len - 1 : NONE;
  if (self->parts->len > 0 && (chapter == NULL || chapter->part != self->parts->len - 1))
    {
      /* the text of a part, before its first chapter */
      pw_importer_append_paragraph (current_part (self)->text, line->text);
      paragraph->chapter = NONE;
    }
  else if (section != NULL)
    {
      pw_importer_append_paragraph (section->text, line->text);
      paragraph->goals = section->goals;
    }
  else if (chapter != NULL)
    {
      pw_importer_append_paragraph (chapter->text, line->text);
      paragraph->goals = chapter->goals;
    }
  else
    pw_importer_append_paragraph (self->preface, line->text);

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

              pw_importer_give_id (self, item, "svc");
              pw_service_item_set_number (item, chapter->services->len + 1);
              pw_service_item_set_domain (item, chapter->title);
              pw_service_item_set_name (item, g_ptr_array_index (names, i));
              g_ptr_array_add (chapter->services, item);
            }
          if ((guint) declared != names->len)
            pw_importer_note (self, PW_FINDING_INCONSISTENCY, line->number, chapter->chapter,
                              _("The text declares %d service items for %s but lists %u"), declared,
                              chapter->title, names->len);
        }
    }
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
  pw_importer_give_id (self, part->part, "part");
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
gboolean
pw_importer_continues (int      number,
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
  pw_importer_give_id (self, column->column, "col");
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
      PwProject *project = pw_importer_add_project (self, column->column, row->number, row->text);

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
  pw_importer_note (self, PW_FINDING_GUESS, caption->number, column->column,
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
      if (above->n_chars <= 60 &&
          pw_importer_contains_any (above->key, words, G_N_ELEMENTS (words)))
        return TRUE;
      if (strstr (above->key, "。") != NULL)
        break;
    }
  for (guint j = from; j <= to && j < from + 4 && j < self->lines.n_lines; j++)
    if (pw_importer_contains_any (self->lines.lines[j].key, words, G_N_ELEMENTS (words)))
      return TRUE;
  return FALSE;
}

void
pw_importer_read_body (Importer *self)
{
  int last_part = 0;
  int last_chapter = 0;
  gboolean part_changed = FALSE;

  for (guint i = self->body_start; i < self->lines.n_lines; i++)
    {
      const PwImportLine *line = &self->lines.lines[i];
      Chapter *chapter = pw_importer_current_chapter (self);
      Section *section = current_section (self);
      PwImportHeading h;
      int number;
      glong chars;
      Head head;

      if (line->blank || line->noise || line->toc)
        continue;

      if (i >= self->second_document)
        {
          pw_importer_add_paragraph (self, line);
          continue;
        }

      head = pw_importer_heading_at (self, line, &h);
      if (head == HEAD_CHAPTER && h.pattern == PW_PATTERN_NONE)
        h.number = last_chapter + 1;
      else if (head == HEAD_SECTION && h.pattern == PW_PATTERN_NONE)
        h.number = section != NULL ? pw_section_get_number (section->section) + 1 : 1;

      if (head == HEAD_PREFACE && chapter == NULL)
        continue;

      if (head == HEAD_PART && pw_importer_continues (h.number, last_part, FALSE))
        {
          const PwImportLine *rest = run_in_rest (self, line, &h);

          if (h.number != last_part + 1)
            pw_importer_note (self, PW_FINDING_DOUBT, line->number, NULL,
                              _("Part %d follows part %d; a part heading may be missing"), h.number,
                              last_part);
          add_part (self, line, h.number, title_of_heading (self, &i, &h));
          last_part = h.number;
          part_changed = TRUE;
          if (rest != NULL)
            pw_importer_add_paragraph (self, rest);
          continue;
        }

      if (head == HEAD_CHAPTER && pw_importer_continues (h.number, last_chapter, part_changed))
        {
          const PwImportLine *rest = run_in_rest (self, line, &h);
          char *title = title_of_heading (self, &i, &h);

          if (h.number != last_chapter + 1 && h.number != 1)
            pw_importer_note (self, PW_FINDING_DOUBT, line->number, NULL,
                              _("Chapter %d follows chapter %d; a chapter heading may be missing"), h.number,
                              last_chapter);
          add_chapter (self, line, h.number, title);
          last_chapter = h.number;
          part_changed = FALSE;
          if (rest != NULL)
            pw_importer_add_paragraph (self, rest);
          continue;
        }

      if (head == HEAD_SECTION && chapter != NULL)
        {
          int last_section = section != NULL ? pw_section_get_number (section->section) : 0;

          if (pw_importer_continues (h.number, last_section, last_section == 0))
            {
              const PwImportLine *rest = run_in_rest (self, line, &h);
              char *title = title_of_heading (self, &i, &h);

              if (h.number != last_section + 1)
                pw_importer_note (self, PW_FINDING_DOUBT, line->number, NULL,
                                  _("Section %d of chapter %d follows section %d; a section heading may be "
                                    "missing"),
                                  h.number, chapter->number, last_section);
              add_section (self, chapter, line, h.number, title);
              if (rest != NULL)
                pw_importer_add_paragraph (self, rest);
              continue;
            }
        }

      if (head == HEAD_DEEPER && chapter != NULL)
        {
          if (self->n_deeper++ == 0)
            self->first_deeper = line->number;
        }

      if (chapter != NULL && pw_importer_column_caption_at (line, &number, &chars))
        {
          i = pw_importer_read_column (self, i, number, chars) - 1;
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
            pw_importer_note (
                self, PW_FINDING_GUESS, line->number, chapter != NULL ? chapter->chapter : NULL,
                _ ("The table here gives the results of the previous plan (its caption or header "
                   "says 完成情况); it is kept as text of its chapter, not read as this plan's "
                   "indicators"));
          if (table->table.rows->len > 0 && !table->previous)
            g_ptr_array_add (self->tables, table);
          else
            {
              /* a header without rows: keep its lines as text (line n is
               * at index n - 1) */
              guint first = table->table.first_line - 1;

              pw_importer_table_free (table);
              for (guint j = first; j <= i; j++)
                if (!self->lines.lines[j].blank && !self->lines.lines[j].noise)
                  pw_importer_add_paragraph (self, &self->lines.lines[j]);
            }
          continue;
        }

      if (section != NULL && section->works)
        {
          glong skip = 0;

          if (pw_importer_item_mark (line->key, &number, &skip) == MARK_DASH)
            {
              pw_importer_add_works_project (self, chapter, section, line, skip);
              continue;
            }
        }

      pw_importer_add_paragraph (self, line);
    }
}
