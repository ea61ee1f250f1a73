/* pw-import-box.c: 专栏 boxes and their projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of step 4 of the importer (see pw-importer.c). 专栏N boxes, whose
 * items (1. 1、 (1) ① l —— ● …) become projects with a short name (up to
 * the first 。 or ：) and the full text as description, sub-items (a list
 * restarting at 1 after an item ending in a colon, or another kind of
 * marker) staying with their item, and a box without markers becoming one
 * project; boxes laid out as tables of rows; —— lines under a
 * 保障工程/重点工程 heading, which become projects of a box of their own
 * (number 0, the heading as title) since the model keeps projects in boxes.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-import-private.h"
#include "pw-importer-private.h"

/* 专栏 boxes and projects */

/* 专栏3 …, 专栏 3: …; @title_chars receives where the title starts. */
gboolean
pw_importer_column_caption_at (const PwImportLine *line,
                               int                *number,
                               glong              *title_chars)
{
  const char *p = pw_importer_skip_word (line->key, "专栏");

  if (p == NULL || line->noise)
    return FALSE;
  p = pw_import_skip_spaces (p);
  *number = pw_import_parse_numeral (p, &p);
  if (*number < 0)
    return FALSE;
  while (*p == ' ' || *p == ':' || *p == '.' || *p == '-' || pw_import_has_prefix (p, "、"))
    p = pw_import_has_prefix (p, "、") ? p + strlen ("、") : p + 1;
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
  g_autofree char *title = pw_importer_text_from (line, title_chars);
  gsize len = strlen (title);

  while (len > 0 && (title[len - 1] == '|' || title[len - 1] == ' '))
    len--;
  if (len >= strlen ("｜") && g_str_has_suffix (title, "｜"))
    len -= strlen ("｜");
  return pw_import_trim (title, len);
}

Mark
pw_importer_item_mark (const char *key,
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
      else if ((after = pw_importer_skip_word (p, "、")) != NULL)
        p = after;
      else
        return MARK_NONE;
      mark = MARK_NUMBER;
    }
  else if (g_utf8_get_char (p) > 0x7f && (*number = pw_import_parse_numeral (p, &after)) > 0 &&
           pw_importer_skip_word (after, "、") != NULL)
    {
      p = pw_importer_skip_word (after, "、");
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
  else if ((after = pw_importer_skip_word (p, "●")) != NULL ||
           (after = pw_importer_skip_word (p, "•")) != NULL ||
           (after = pw_importer_skip_word (p, "▪")) != NULL ||
           (after = pw_importer_skip_word (p, "■")) != NULL ||
           (after = pw_importer_skip_word (p, "◆")) != NULL ||
           (after = pw_importer_skip_word (p, "\xef\x81\xac")) != NULL)
    {
      p = after;
      mark = MARK_BULLET;
    }
  else if ((after = pw_importer_skip_word (p, "——")) != NULL ||
           (after = pw_importer_skip_word (p, "--")) != NULL ||
           (after = pw_importer_skip_word (p, "──")) != NULL)
    {
      while ((after = pw_importer_skip_word (p, "—")) != NULL ||
             (after = pw_importer_skip_word (p, "-")) != NULL ||
             (after = pw_importer_skip_word (p, "─")) != NULL)
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
  /* a stop counts within the first 40 characters, and the length only up
   * to 40: the key of the first 41 is enough */
  g_autofree char *key = pw_import_make_key (text, pw_import_skip_chars (text, 41) - text, NULL);
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

/* A project of @number and @text, with its id, for a box to take (transfer
 * full): a box's projects go in at once (pw_box_insert_projects()). */
PwProject *
pw_importer_new_project (Importer   *self,
                         int         number,
                         const char *text)
{
  PwProject *project = pw_project_new ();
  g_autofree char *description = pw_import_trim (text, -1);
  g_autofree char *name = short_name (description);

  pw_importer_give_id (self, project, "prj");
  pw_project_set_number (project, number);
  pw_project_set_name (project, name);
  pw_project_set_description (project, description);
  return project;
}

/* The box holds the project: nothing else keeps a reference. Returns it,
 * borrowed. */
PwProject *
pw_importer_add_project (Importer   *self,
                         PwBox   *column,
                         int         number,
                         const char *text)
{
  g_autoptr(PwProject) project = pw_importer_new_project (self, number, text);
  guint position = g_list_model_get_n_items (pw_box_get_projects (column));

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
  Head head = pw_importer_heading_at (self, line, &h);
  int number;
  glong chars;

  /* a numbered line deeper than the levels the model holds (一、 in a 纲要
   * of 第X章 and 第X节, 1. below the sections) is an item of the box; a
   * 第X章 that is not a level is still never prose of a box */
  if (head == HEAD_DEEPER && h.pattern >= PW_PATTERN_ENUM)
    head = HEAD_NONE;
  return head != HEAD_NONE || pw_importer_column_caption_at (line, &number, &chars) ||
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
    if (strchr (",;.!?", *p) != NULL || pw_import_has_prefix (p, "。") || pw_import_has_prefix (p, "，") ||
        pw_import_has_prefix (p, "；") || pw_import_has_prefix (p, "、"))
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
          pw_importer_item_mark (key, &n, &skip) != MARK_NONE)
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
          if (cells->len == 1 && wrapped == NULL && line->n_chars <= 12 &&
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
        Mark mark = pw_importer_item_mark (key, &n, &skip);
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
guint
pw_importer_read_column (Importer *self,
                         guint     i,
                         int       number,
                         glong     title_chars)
{
  Chapter *chapter = pw_importer_current_chapter (self);
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
  pw_importer_give_id (self, column->column, "col");
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

      mark = pw_importer_item_mark (line->key, &n, &skip);
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
                  pw_importer_item_mark (self->lines.lines[k].key, &n2, &skip2) != MARK_NONE &&
                  !is_labelled (line))
                {
                  /* a sentence that introduces the items: prose */
                  pw_importer_add_paragraph (self, line);
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
          /* the key of the item above, only when a list restarts */
          g_autofree char *last_key = numbered && n == 1 && last_number >= 1
                                        ? pw_import_make_key (last->text->str, -1, NULL)
                                        : NULL;

          if (last_key != NULL &&
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
              pw_importer_note (self, PW_FINDING_DOUBT, line->number, column->column,
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

  {
    g_autoptr(GPtrArray) projects = g_ptr_array_new_full (items->len, g_object_unref);

    for (guint k = 0; k < items->len; k++)
      {
        Item *item = g_ptr_array_index (items, k);

        g_ptr_array_add (projects, pw_importer_new_project (self, item->number, item->text->str));
      }
    pw_box_insert_projects (column->column, 0, (PwProject **) projects->pdata, projects->len);
  }

  if (single)
    pw_importer_note (
        self, PW_FINDING_GUESS, ((Item *) g_ptr_array_index (items, 0))->line, column->column,
        _ ("Box 专栏%d has no numbered items; its paragraph is taken as one project"), number);
  else if (items->len == 0 && !(j < self->lines.n_lines && pw_import_table_at (&self->lines, j)))
    /* a box that holds an indicator table has its rows, not items */
    pw_importer_note (self, PW_FINDING_DOUBT, caption->number, column->column,
                      _("Box 专栏%d has no items"), number);

  return j;
}

/* A —— line in a 保障工程 section: a project of the section's box. */
void
pw_importer_add_works_project (Importer           *self,
                               Chapter            *chapter,
                               Section            *section,
                               const PwImportLine *line,
                               glong               skip)
{
  if (section->works_column == NULL)
    {
      Column *column = g_new0 (Column, 1);

      section->works_column = pw_box_new ();
      pw_importer_give_id (self, section->works_column, "col");
      pw_box_set_number (section->works_column, 0);
      pw_box_set_title (section->works_column, pw_section_get_title (section->section));
      column->column = g_object_ref (section->works_column);
      column->title_key = g_strdup (section->title_key);
      column->line = line->number;
      column->section = chapter->sections->len - 1;
      g_ptr_array_add (chapter->columns, column);
      pw_importer_note (self, PW_FINDING_GUESS, line->number, section->works_column,
                        _("The projects under “%s” of chapter %d are kept in a box of their own (the "
                          "document prints no 专栏 box)"),
                        pw_section_get_title (section->section), chapter->number);
    }

  pw_importer_add_project (self, section->works_column,
                           g_list_model_get_n_items (pw_box_get_projects (section->works_column)) + 1,
                           pw_import_skip_chars (line->text, skip));
}
