/* pw-import-markup.c: what a web page or a Word file says, before it is lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The readers of markup (pw-import-html.c, pw-import-word.c) deliver
 * paragraphs and table cells here in document order. A table is laid on its
 * grid as a browser or Word lays it: a cell spanning columns covers the
 * slots to its right, a cell spanning rows (rowspan, or the vMerge
 * continuations Word writes) covers the slots below it, and a covered slot
 * reads as the cell that covers it. A table of one column (a one-cell box
 * drawn round a 专栏, or a caption row above one cell) is no table: its
 * paragraphs are read as paragraphs, and the box is found by its caption
 * as in text.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-markup.h"

#include <string.h>

typedef struct
{
  char *text;
  guint8 flags;
  guint covered_left : 1;
  guint covered_above : 1;
  guint rows_left;         /* while laying the grid: rows this cell still covers below */
} Cell;

typedef struct
{
  gsize text;              /* a paragraph's: where its text starts in the texts */
  GArray *cells;           /* a row's: of Cell, one per grid column; NULL for a paragraph */
  int line;
  guint8 heading;
  guint8 flags;
  guint table_start : 1;
  guint table_end : 1;
} Block;

struct _PwImportMarkup
{
  GArray *blocks;          /* of Block */
  GString *texts;          /* the paragraphs' texts, each ended by a NUL */
  guint n_printed;         /* paragraphs and rows that print something */

  /* The table being read */
  gboolean in_table;
  guint table_first;       /* its first block */
  int table_line;
  GArray *pending;         /* of Cell: per grid column, a cell covering rows below */
};

/* Auxiliary methods */

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->cells, g_array_unref);
}

static Block *
current_row (PwImportMarkup *self)
{
  Block *block;

  if (!self->in_table || self->blocks->len == self->table_first)
    return NULL;
  block = &g_array_index (self->blocks, Block, self->blocks->len - 1);
  return block->cells != NULL ? block : NULL;
}

/* Fills the slots of @row that a cell above still covers, up to the first free one. */
static void
fill_covered (PwImportMarkup *self,
              Block          *row)
{
  while (row->cells->len < self->pending->len)
    {
      Cell *above = &g_array_index (self->pending, Cell, row->cells->len);
      Cell cell = { 0 };

      if (above->rows_left == 0)
        break;
      cell.text = g_strdup (above->text);
      cell.flags = above->flags;
      cell.covered_above = TRUE;
      cell.covered_left = above->covered_left;
      above->rows_left--;
      g_array_append_val (row->cells, cell);
    }
}

static void
set_pending (PwImportMarkup *self,
             guint           column,
             const Cell     *cell,
             guint           rows_left)
{
  Cell *slot;

  if (self->pending->len <= column)
    g_array_set_size (self->pending, column + 1);
  slot = &g_array_index (self->pending, Cell, column);
  g_free (slot->text);
  slot->text = g_strdup (cell->text);
  slot->flags = cell->flags;
  slot->covered_left = cell->covered_left;
  slot->rows_left = rows_left;
}

static void
append_paragraphs (PwImportMarkup *self,
                   const char     *text,
                   int             line,
                   PwMarkupFlags   flags)
{
  g_auto(GStrv) parts = g_strsplit (text, "\n", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    pw_import_markup_paragraph (self, parts[i], -1, line, 0, flags);
}

/* A table of one column is the frame of a box: its paragraphs go in as a box's. */
static void
unframe_table (PwImportMarkup *self)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Block));

  g_array_set_clear_func (rows, block_clear);
  g_array_append_vals (rows, &g_array_index (self->blocks, Block, self->table_first),
                       self->blocks->len - self->table_first);
  /* The blocks moved to @rows: drop them without freeing. */
  g_array_set_clear_func (self->blocks, NULL);
  g_array_set_size (self->blocks, self->table_first);
  g_array_set_clear_func (self->blocks, block_clear);
  self->in_table = FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      Block *row = &g_array_index (rows, Block, i);

      for (guint c = 0; c < row->cells->len; c++)
        {
          Cell *cell = &g_array_index (row->cells, Cell, c);

          if (!cell->covered_above && !cell->covered_left)
            append_paragraphs (self, cell->text, row->line, cell->flags);
        }
    }
}

/* Public API */

PwImportMarkup *
pw_import_markup_new (void)
{
  PwImportMarkup *self = g_new0 (PwImportMarkup, 1);

  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->texts = g_string_new (NULL);
  self->pending = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (self->pending, cell_clear);
  return self;
}

void
pw_import_markup_free (PwImportMarkup *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->blocks);
  g_string_free (self->texts, TRUE);
  g_array_unref (self->pending);
  g_free (self);
}

/**
 * pw_import_markup_paragraph:
 * @self: the markup
 * @text: a paragraph's text in UTF-8 (a newline in it is a line break)
 * @length: its length in bytes, or -1
 * @line: where it is in the original (a line of the page, a paragraph of
 *   the Word file), from 1
 * @heading: its heading level from the markup (1 for <h1> or Word's outline
 *   level 0), or 0
 * @flags: what else the markup says of it
 *
 * Adds a paragraph after the table being read, if any, is closed.
 */
void
pw_import_markup_paragraph (PwImportMarkup *self,
                            const char     *text,
                            gssize          length,
                            int             line,
                            int             heading,
                            PwMarkupFlags   flags)
{
  Block block = { 0 };

  if (self->in_table)
    pw_import_markup_end_table (self);

  /* up to a NUL, as a copy of @text would be */
  block.text = self->texts->len;
  g_string_append_len (self->texts, text, length < 0 ? strlen (text) : strnlen (text, length));
  g_string_append_c (self->texts, '\0');
  block.line = line;
  block.heading = CLAMP (heading, 0, 9);
  block.flags = flags;
  g_array_append_val (self->blocks, block);
  for (const char *p = self->texts->str + block.text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      {
        self->n_printed++;
        break;
      }
}

/**
 * pw_import_markup_begin_table:
 * @self: the markup
 * @line: where the table starts
 *
 * Starts a table; a table still open ends. Tables inside a cell are the
 * reader's to flatten into the cell's text.
 */
void
pw_import_markup_begin_table (PwImportMarkup *self,
                              int             line)
{
  if (self->in_table)
    pw_import_markup_end_table (self);
  self->in_table = TRUE;
  self->table_first = self->blocks->len;
  self->table_line = line;
  g_array_set_size (self->pending, 0);
}

void
pw_import_markup_begin_row (PwImportMarkup *self,
                            int             line,
                            PwMarkupFlags   flags)
{
  Block block = { 0 };
  Block *previous = current_row (self);

  g_return_if_fail (self->in_table);

  if (previous != NULL)
    fill_covered (self, previous);

  block.cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (block.cells, cell_clear);
  block.line = line;
  block.flags = flags;
  g_array_append_val (self->blocks, block);
  self->n_printed++;
}

/**
 * pw_import_markup_cell:
 * @self: the markup
 * @text: the cell's paragraphs, one per line
 * @colspan: the grid columns it spans (1 or more)
 * @rowspan: the rows it spans (HTML's rowspan; 1 for Word)
 * @continues_above: it is a continuation of the cell above (Word's
 *   vMerge without "restart")
 * @flags: %PW_MARKUP_BOLD, %PW_MARKUP_CENTRED
 *
 * Adds a cell to the current row, in the first grid slot not covered by a
 * cell above.
 */
void
pw_import_markup_cell (PwImportMarkup *self,
                       const char     *text,
                       int             colspan,
                       int             rowspan,
                       gboolean        continues_above,
                       PwMarkupFlags   flags)
{
  Block *row = current_row (self);

  g_return_if_fail (self->in_table);
  if (row == NULL)
    {
      pw_import_markup_begin_row (self, self->table_line, 0);
      row = current_row (self);
    }

  fill_covered (self, row);
  colspan = CLAMP (colspan, 1, 1000);
  rowspan = CLAMP (rowspan, 1, 65534);

  for (int i = 0; i < colspan; i++)
    {
      guint column = row->cells->len;
      Cell cell = { 0 };

      cell.flags = flags;
      cell.covered_left = i > 0;
      if (continues_above && column < self->pending->len &&
          g_array_index (self->pending, Cell, column).text != NULL)
        {
          cell.text = g_strdup (g_array_index (self->pending, Cell, column).text);
          cell.covered_above = TRUE;
          cell.covered_left = g_array_index (self->pending, Cell, column).covered_left;
        }
      else
        {
          cell.text = g_strdup (text != NULL ? text : "");
          set_pending (self, column, &cell, rowspan - 1);
        }
      g_array_append_val (row->cells, cell);
    }
}

/**
 * pw_import_markup_end_table:
 * @self: the markup
 *
 * Ends the table being read, if any.
 */
void
pw_import_markup_end_table (PwImportMarkup *self)
{
  Block *row;
  guint width = 0;

  if (!self->in_table)
    return;

  row = current_row (self);
  if (row != NULL)
    fill_covered (self, row);

  for (guint i = self->table_first; i < self->blocks->len; i++)
    width = MAX (width, g_array_index (self->blocks, Block, i).cells->len);

  if (width <= 1)
    {
      unframe_table (self);
      return;
    }

  /* Rows that are all covered (a rowspan past the last row) are no rows. */
  g_array_index (self->blocks, Block, self->table_first).table_start = TRUE;
  g_array_index (self->blocks, Block, self->blocks->len - 1).table_end = TRUE;
  self->in_table = FALSE;
  g_array_set_size (self->pending, 0);
}

/**
 * pw_import_is_note_mark:
 * @text: the text of a raised or superscript run
 *
 * Returns: whether @text is a footnote's mark (1, [2], ①, *), which
 *   markup readers drop from the word it is glued to
 */
gboolean
pw_import_is_note_mark (const char *text)
{
  gboolean any = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) || c == '*' || c == '[' || c == ']' || c == 0xFF3B || c == 0xFF3D ||
          (c >= 0x2460 && c <= 0x2473))
        any = TRUE;
      else if (!g_unichar_isspace (c) && c != 0xA0)
        return FALSE;
    }
  return any;
}

/**
 * pw_import_append_exponent:
 * @out: the text so far
 * @digits: a raised run's text
 *
 * Appends @digits as an exponent (m2 raised → m²) when they are digits and
 * follow a Latin letter, as a unit's power does.
 *
 * Returns: whether they were appended; if not, they are a footnote's mark
 */
gboolean
pw_import_append_exponent (GString    *out,
                           const char *digits)
{
  static const gunichar forms[] = { 0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079 };
  char last = out->len > 0 ? out->str[out->len - 1] : 0;

  if (!g_ascii_isalpha (last) || digits[0] == '\0' || strspn (digits, "0123456789") != strlen (digits))
    return FALSE;
  for (const char *p = digits; *p; p++)
    g_string_append_unichar (out, forms[*p - '0']);
  return TRUE;
}

/* Whether nothing was read that prints anything. */
gboolean
pw_import_markup_is_empty (PwImportMarkup *self)
{
  return self->n_printed == 0;
}

/**
 * pw_import_markup_to_lines:
 * @self: the markup
 * @lines: (out caller-allocates): the lines, to clear with
 *   pw_import_lines_clear()
 *
 * Makes the lines of what was read (see pw-import-private.h: a paragraph a
 * line with its hints, a table row a line with its cells, a cell merged
 * across columns once, one merged down the rows in its first row and empty
 * below).
 */
void
pw_import_markup_to_lines (PwImportMarkup *self,
                           PwImportLines  *lines)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint table = 0;

  if (self->in_table)
    pw_import_markup_end_table (self);

  pw_import_lines_init_empty (lines);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      guint hints = 0;

      if (block->flags & PW_MARKUP_BOLD)
        hints |= PW_IMPORT_HINT_BOLD;
      if (block->flags & PW_MARKUP_CENTRED)
        hints |= PW_IMPORT_HINT_CENTRED;
      if (block->flags & PW_MARKUP_NUMBERED)
        hints |= PW_IMPORT_HINT_NUMBERED;
      if (block->flags & PW_MARKUP_HEADER)
        hints |= PW_IMPORT_HINT_HEADER;

      if (block->cells == NULL)
        {
          pw_import_lines_add (lines, self->texts->str + block->text, -1, block->line, hints,
                               block->heading);
          continue;
        }

      if (block->table_start)
        table++;
      g_ptr_array_set_size (cells, 0);
      for (guint c = 0; c < block->cells->len; c++)
        {
          Cell *cell = &g_array_index (block->cells, Cell, c);

          if (!cell->covered_left)
            g_ptr_array_add (cells, cell->covered_above ? "" : cell->text);
        }
      pw_import_lines_add_row (lines, MAX (table, 1), (const char * const *) cells->pdata,
                               cells->len, block->line, hints);
    }
}
