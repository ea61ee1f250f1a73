/* pw-import-lines.c: the stream of lines that every step reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 1 of the importer, after decoding (see pw-importer.c). Lines end at
 * LF, CRLF or a lone CR, so that line numbers are those an editor shows for
 * the original file, whatever the line ends were. Each line loses what is
 * never content: [bookmark: …] tags left by Word converters, control
 * characters (which a .plan file cannot hold) and white space at either
 * end. Page-number footers ("— 4 —", "- 12 -", "第3页", also when a
 * converter split them over several lines) are marked as noise. The
 * readers of richer formats (HTML, Word, OpenDocument) add their
 * paragraphs and table rows to the same stream; text hard-wrapped by a PDF
 * converter is joined back into paragraphs.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-private.h"
#include "pw-importer.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Auxiliary methods */

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2014 || c == 0x2013 || c == 0x2015 || c == 0x2500 || c == 0x2012 ||
         c == 0x00B7 || c == 0x2212;
}

static gboolean
is_footer_text (const char *key)
{
  for (const char *p = key; *p; p = g_utf8_next_char (p))
    {
      const guchar *b = (const guchar *) p;
      /* ASCII and three-byte characters (every one but ·) read here */
      gunichar c = b[0] < 0x80 ? b[0]
                   : (b[0] & 0xF0) == 0xE0
                       ? ((gunichar) (b[0] & 0x0F) << 12) | ((gunichar) (b[1] & 0x3F) << 6) | (b[2] & 0x3F)
                       : g_utf8_get_char (p);

      if (!(g_ascii_isdigit (c) || is_dash (c) || c == '(' || c == ')' || c == ' ' ||
            c == 0x7B2C /* 第 */ || c == 0x9875 /* 页 */ || c == 0x5171 /* 共 */))
        return FALSE;
    }

  return TRUE;
}

/* Whether the lines @from..@to (inclusive), joined, are page-number footers. */
static gboolean
is_footer_run (const PwImportLine *lines,
               guint               from,
               guint               to)
{
  static GRegex *footer_regex;
  g_autoptr(GString) joined = g_string_new (NULL);

  /* (-4-), -12-, 第3页, 第3页共20页, one or more, dashes already made '-' */
  if (g_once_init_enter (&footer_regex))
    g_once_init_leave (&footer_regex,
                       g_regex_new ("^(?:(?:\\(?-+[0-9]{1,4}-+\\)?)"
                                    "|(?:第[0-9]{1,4}页(?:共[0-9]{1,4}页)?))+$",
                                    G_REGEX_OPTIMIZE, 0, NULL));

  for (guint i = from; i <= to; i++)
    for (const char *p = lines[i].key; *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c == ' ')
          continue;
        if (is_dash (c))
          g_string_append_c (joined, '-');
        else
          g_string_append_unichar (joined, c);
      }

  /* every footer starts with a bracket, a dash or 第: a cell of digits
   * (a column of numbers printed one a line) needs no regex */
  return joined->len > 0 &&
         (joined->str[0] == '(' || joined->str[0] == '-' || pw_import_has_prefix (joined->str, "第")) &&
         g_regex_match (footer_regex, joined->str, 0, NULL);
}

/* Marks page-number footers: runs of adjacent lines that print nothing but
 * dashes, digits and brackets (or 第N页), and together read as footers. The
 * longest such run that ends the group, or else starts it, is taken, so
 * that a table cell "——" next to a footer stays a cell. */
static void
mark_footers (PwImportLines *self)
{
  guint i = 0;

  while (i < self->n_lines)
    {
      guint j;

      if ((self->lines[i].blank && !self->lines[i].spaces) || !is_footer_text (self->lines[i].key))
        {
          i++;
          continue;
        }

      j = i;
      while (j + 1 < self->n_lines && !(self->lines[j + 1].blank && !self->lines[j + 1].spaces) &&
             is_footer_text (self->lines[j + 1].key))
        j++;

      if (j - i < 16)
        {
          gboolean found = FALSE;

          for (guint from = i; from <= j && !found; from++)
            if (!self->lines[from].blank && is_footer_run (self->lines, from, j))
              {
                for (guint k = from; k <= j; k++)
                  self->lines[k].noise = TRUE;
                found = TRUE;
              }
          for (guint to = j; to > i && !found; to--)
            if (!self->lines[i].blank && is_footer_run (self->lines, i, to - 1))
              {
                for (guint k = i; k < to; k++)
                  self->lines[k].noise = TRUE;
                found = TRUE;
              }
        }

      i = j + 1;
    }
}

/* The bytes that may start what add_line() drops: '[' (a bookmark), the
 * control characters but tab, and the lead bytes of C1 controls (0xC2) and
 * of U+FEFF, U+FFFE, U+FFFF (0xEF). The others are copied without a look. */
static const guint8 maybe_dropped[256] = {
  [0x00 ... 0x08] = 1, [0x0A ... 0x1F] = 1, ['['] = 1, [0xC2] = 1, [0xEF] = 1,
};

/* Cleans the line @start..@start + @length (see the top of this file) into
 * @out, which may be @start itself: what is dropped is never replaced by
 * more bytes, so the copy never overtakes what it reads. Returns the
 * length of the clean line. */
static gsize
clean_line (char       *out,
            const char *start,
            gsize       length)
{
  const char *end = start + length;
  const char *p = start;
  const char *run = start;
  char *o = out;

  while (p < end)
    {
      guchar b;

      /* a three-byte character (Chinese) is passed at once: only 0xEF of
       * their lead bytes starts something dropped, and no continuation
       * byte does */
      while (p < end)
        {
          b = *p;
          if (b >= 0xE0 && b != 0xEF)
            p += 3;
          else if (!maybe_dropped[b])
            p++;
          else
            break;
        }
      if (p >= end)
        break;

      if (b == '[' && end - p >= 10 && memcmp (p, "[bookmark:", 10) == 0)
        {
          const char *close = memchr (p, ']', end - p);

          if (close != NULL)
            {
              memmove (o, run, p - run);
              o += p - run;
              p = run = close + 1;
              continue;
            }
          p++;
        }
      else if (b < 0x20 && b != '\t')
        {
          memmove (o, run, p - run);
          o += p - run;
          if (b == '\f' || b == '\v')
            *o++ = ' ';
          p = run = p + 1;
        }
      else if ((b == 0xC2 && end - p >= 2 && (guchar) p[1] < 0xA0) ||
               (b == 0xEF && end - p >= 3 &&
                (((guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF) ||
                 ((guchar) p[1] == 0xBF && (guchar) p[2] >= 0xBE))))
        {
          /* C1 controls, U+FEFF, U+FFFE, U+FFFF */
          memmove (o, run, p - run);
          o += p - run;
          p = run = p + (b == 0xC2 ? 2 : 3);
        }
      else
        p++;
    }
  if (o != run)
    memmove (o, run, end - run);
  return (o - out) + (end - run);
}

/* Adds the line @start..@start + @length. With @in_place, @start is the
 * lines' own buffer: the line is cleaned where it is and ended with a NUL
 * there (the byte after it is its line end, or the buffer's NUL), and its
 * text is not copied; else it is cleaned into a scratch buffer and copied
 * into the chunk. A key that spells its text as it is is the text itself. */
static PwImportLine *
add_line (PwImportLines *self,
          char          *start,
          gsize          length,
          int            number,
          gboolean       in_place)
{
  GString *key = self->scratch;
  PwImportLine line = { 0 };
  char *clean;
  gsize clean_length;
  const char *text;
  gsize text_length;
  gsize key_length;
  gboolean key_differs = FALSE;

  if (in_place)
    clean = start;
  else
    {
      g_string_set_size (self->clean, length);
      clean = self->clean->str;
    }
  clean_length = clean_line (clean, start, length);
  clean[clean_length] = '\0';

  /* leading white space: tabs count (cells of a tab table) */
  for (const char *q = clean; *q == ' ' || *q == '\t'; q++)
    {
      line.indented = TRUE;
      if (*q == '\t' && line.tabs < G_MAXUINT8)
        line.tabs++;
      line.lead = MIN (line.lead + (*q == '\t' ? 4 : 1), G_MAXUINT8);
    }

  /* trim both ends (a character that cannot be a space is not decoded) */
  text = clean;
  text_length = clean_length;
  while (text_length > 0 && pw_import_may_start_space (*text))
    {
      gunichar c = (guchar) *text < 0x80 ? (gunichar) *text : g_utf8_get_char (text);
      gsize n;

      if (!pw_import_is_space (c))
        break;
      n = g_utf8_next_char (text) - text;
      line.indented = TRUE;
      text_length -= n;
      text += n;
    }
  while (text_length > 0 && pw_import_may_end_space (text[text_length - 1]))
    {
      const char *last = (guchar) text[text_length - 1] < 0x80
                           ? text + text_length - 1
                           : g_utf8_find_prev_char (text, text + text_length);

      if (last == NULL || !pw_import_is_space (g_utf8_get_char (last)))
        break;
      text_length = last - text;
    }

  g_string_set_size (key, text_length);
  key_length = pw_import_write_key (key->str, text, text_length, &self->n_traditional,
                                    &key_differs);

  line.number = number;
  line.n_chars = pw_import_count_chars (text, text_length);
  line.blank = (text_length == 0);
  line.spaces = line.blank && clean_length > 0;
  if (in_place)
    {
      ((char *) text)[text_length] = '\0';
      line.text = text;
    }
  else
    line.text = g_string_chunk_insert_len (self->chunk, text, text_length);
  line.key = key_differs ? g_string_chunk_insert_len (self->chunk, key->str, key_length) : line.text;
  g_array_append_val (self->array, line);
  self->lines = (PwImportLine *) self->array->data;
  self->n_lines = self->array->len;
  return &self->lines[self->n_lines - 1];
}

/* Public API */

/**
 * pw_import_lines_init:
 * @self: (out caller-allocates): the lines
 * @text: (transfer full): the document in valid UTF-8, NUL-terminated, which
 *   the lines take: each line is cleaned and ended where it is, and its text
 *   points into @text (freed by pw_import_lines_clear())
 * @length: its length in bytes
 *
 * Cuts @text into lines and cleans each (see the top of this file).
 */
void
pw_import_lines_init (PwImportLines *self,
                      char          *text,
                      gsize          length)
{
  char *end = text + length;
  char *p = text;
  /* each kind of line end is looked for with memchr() */
  const char *nl = memchr (text, '\n', length);
  const char *cr = memchr (text, '\r', length);
  guint n_newlines = 0;
  int number = 0;

  pw_import_lines_init_empty (self);
  self->buffer = text;
  /* room for every line at once, so that the array is never copied (nor
   * cleared: each line is written whole) */
  for (const char *q = nl; q != NULL; q = memchr (q + 1, '\n', end - q - 1))
    n_newlines++;
  g_array_unref (self->array);
  self->array = g_array_sized_new (FALSE, TRUE, sizeof (PwImportLine), n_newlines + 1);

  while (p < end)
    {
      char *eol;
      char *next;

      if (nl != NULL && nl < p)
        nl = memchr (p, '\n', end - p);
      if (cr != NULL && cr < p)
        cr = memchr (p, '\r', end - p);
      eol = (char *) (nl == NULL ? (cr == NULL ? end : cr) : cr == NULL ? nl : MIN (nl, cr));
      next = eol;
      if (next < end && *next == '\r' && next + 1 < end && next[1] == '\n')
        next++;
      next = next < end ? next + 1 : end;
      add_line (self, p, eol - p, ++number, TRUE);
      p = next;
    }

  pw_import_lines_finish (self);
}

/**
 * pw_import_lines_init_empty:
 * @self: (out caller-allocates): the lines
 *
 * Starts an empty stream, to which a reader of a richer format adds its
 * paragraphs with pw_import_lines_add() and its table rows with
 * pw_import_lines_add_row(), in document order. Clear it with
 * pw_import_lines_clear().
 */
void
pw_import_lines_init_empty (PwImportLines *self)
{
  pw_import_init_char_pairs ();

  memset (self, 0, sizeof *self);
  self->chunk = g_string_chunk_new (64 * 1024);
  self->array = g_array_new (FALSE, TRUE, sizeof (PwImportLine));
  self->cells = g_ptr_array_new ();
  self->clean = g_string_new (NULL);
  self->scratch = g_string_new (NULL);
}

/**
 * pw_import_lines_add:
 * @self: the lines
 * @text: a paragraph as the document prints it, in UTF-8 (with its
 *   automatic numbering rendered in front when the format has it)
 * @length: its length in bytes, or -1
 * @number: where it is in the original document (a source line, a
 *   paragraph's number), from 1: findings cite it
 * @hints: #PwImportHints
 * @level: a heading or outline level from a style, 1–9, or 0
 *
 * Adds a paragraph. A line break inside it (a newline, HTML <br>, Word
 * <w:br/>) makes one line per piece, each with @number and @hints.
 */
void
pw_import_lines_add (PwImportLines *self,
                     const char    *text,
                     gssize         length,
                     int            number,
                     guint          hints,
                     guint          level)
{
  const char *end;
  const char *p = text;

  g_return_if_fail (self != NULL && self->array != NULL && !self->finished);
  g_return_if_fail (text != NULL);

  if (length < 0)
    length = strlen (text);
  end = text + length;
  if (!g_utf8_validate (text, length, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, length);

      pw_import_lines_add (self, valid, -1, number, hints, level);
      return;
    }

  do
    {
      const char *eol = p;
      PwImportLine *line;

      while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;
      line = add_line (self, (char *) p, eol - p, number, FALSE);
      line->hints = hints;
      line->level = MIN (level, 9);
      p = eol + 1;
    }
  while (p < end);
}

/**
 * pw_import_lines_add_row:
 * @self: the lines
 * @table: the real table the row belongs to, from 1; every row of one
 *   table has the same number, and its rows are added one after the other
 * @cells: (array length=n_cells): the cells of the row as printed, in UTF-8,
 *   after horizontal merges (one cell for a colspan or gridSpan); a cell
 *   merged vertically is given in its first row only, and as "" below
 * @n_cells: their number
 * @number: where the row is in the original document
 * @hints: #PwImportHints (%PW_IMPORT_HINT_HEADER for a header row)
 *
 * Adds a row of a real table: one line whose text is the cells joined with
 * tabs and whose cells pw_import_line_cell() returns, trimmed, one line each.
 * A line break inside a cell is a space.
 */
void
pw_import_lines_add_row (PwImportLines      *self,
                         guint               table,
                         const char * const *cells,
                         guint               n_cells,
                         int                 number,
                         guint               hints)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  guint first_cell = self->cells->len;
  PwImportLine *line;

  g_return_if_fail (self != NULL && self->array != NULL && !self->finished);
  g_return_if_fail (table > 0);
  g_return_if_fail (cells != NULL || n_cells == 0);

  for (guint k = 0; k < n_cells; k++)
    {
      g_autofree char *valid = g_utf8_make_valid (cells[k] != NULL ? cells[k] : "", -1);
      PwImportLine *cell;

      for (char *q = valid; *q; q++)
        if (*q == '\n' || *q == '\r' || *q == '\t')
          *q = ' ';
      /* a cell is cleaned and keyed as a line is, then taken back off */
      cell = add_line (self, valid, strlen (valid), number, FALSE);
      g_ptr_array_add (self->cells, (gpointer) cell->text);
      g_ptr_array_add (self->cells, (gpointer) cell->key);
      g_array_set_size (self->array, self->array->len - 1);
      self->n_lines = self->array->len;
      if (k > 0)
        g_string_append_c (joined, '\t');
      g_string_append (joined, g_ptr_array_index (self->cells, self->cells->len - 2));
    }

  line = add_line (self, joined->str, joined->len, number, FALSE);
  line->hints = hints;
  line->table = table;
  line->first_cell = first_cell / 2;
  line->n_cells = n_cells;
  self->n_tables = MAX (self->n_tables, table);
}

/**
 * pw_import_lines_finish:
 * @self: the lines
 *
 * Ends the stream: marks page-number footers. pw_import_lines() calls it;
 * calling it again does nothing.
 */
void
pw_import_lines_finish (PwImportLines *self)
{
  g_return_if_fail (self != NULL);

  if (self->finished)
    return;
  self->finished = TRUE;
  if (self->array != NULL)
    {
      self->n_lines = self->array->len;
      self->lines = (PwImportLine *) g_array_free (self->array, FALSE);
      self->array = NULL;
    }
  if (self->clean != NULL)
    g_string_free (self->clean, TRUE);
  if (self->scratch != NULL)
    g_string_free (self->scratch, TRUE);
  self->clean = self->scratch = NULL;
  mark_footers (self);
}

/**
 * pw_import_line_cell:
 * @self: the lines
 * @line: a row of a real table (@line->table > 0)
 * @k: a cell, below @line->n_cells
 *
 * Returns: the text of cell @k, as printed and trimmed
 */
const char *
pw_import_line_cell (const PwImportLines *self,
                     const PwImportLine  *line,
                     guint                k)
{
  g_return_val_if_fail (k < line->n_cells, "");
  return g_ptr_array_index (self->cells, 2 * (line->first_cell + k));
}

/**
 * pw_import_line_cell_key:
 * @self: the lines
 * @line: a row of a real table
 * @k: a cell, below @line->n_cells
 *
 * Returns: the key of cell @k (see #PwImportLine)
 */
const char *
pw_import_line_cell_key (const PwImportLines *self,
                         const PwImportLine  *line,
                         guint                k)
{
  g_return_val_if_fail (k < line->n_cells, "");
  return g_ptr_array_index (self->cells, 2 * (line->first_cell + k) + 1);
}

void
pw_import_lines_clear (PwImportLines *self)
{
  if (self->array != NULL)
    g_array_free (self->array, TRUE);
  else
    g_clear_pointer (&self->lines, g_free);
  self->array = NULL;
  self->lines = NULL;
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->chunk, g_string_chunk_free);
  g_clear_pointer (&self->buffer, g_free);
  if (self->clean != NULL)
    g_string_free (self->clean, TRUE);
  if (self->scratch != NULL)
    g_string_free (self->scratch, TRUE);
  self->clean = self->scratch = NULL;
  self->n_lines = 0;
}

static gboolean
ends_sentence (const char *key)
{
  static const char *ends[] = { "。", "！", "？", ":", "：", ";", "；", "!", "?" };
  gsize len = strlen (key);

  for (gsize i = 0; i < G_N_ELEMENTS (ends); i++)
    if (len >= strlen (ends[i]) && strcmp (key + len - strlen (ends[i]), ends[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @line starts something of its own: a heading, a caption, an item. */
static gboolean
starts_block (const PwImportLine *line)
{
  PwImportHeading h;

  return pw_import_heading_at (line, &h) || pw_import_has_prefix (line->key, "专栏") ||
         pw_import_has_prefix (line->key, "——") || pw_import_has_prefix (line->key, "附件") ||
         pw_import_has_prefix (line->key, "表") || line->table > 0;
}

/**
 * pw_import_lines_unwrap:
 * @self: finished lines
 *
 * Text extracted from PDF is hard-wrapped: every line of a paragraph is cut
 * at the same width, a page footer or a running head between. When most long
 * lines have one length and do not end a sentence, a line of that length
 * that ends mid-sentence is joined with the next (over a page footer and the
 * blank lines around it), unless the next starts a heading, a 专栏 caption or
 * an item. A short line printed identically on three pages or more, beside a
 * page footer, is a running head and marked as noise. Other text is left as
 * it is.
 *
 * Returns: the number of lines joined
 */
guint
pw_import_lines_unwrap (PwImportLines *self)
{
  guint histogram[201] = { 0 };
  guint n_long = 0;
  guint width = 0;
  guint joined = 0;
  guint near = 0;
  g_autoptr(GHashTable) heads = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer head;
  gpointer count;
  guint64 head_lengths = 0;
  guint near_footers = 0;

  /* running heads: short lines repeated next to footers (within three
   * lines: @near_footers counts the footers from i − 3 to i + 3 as i goes) */
  for (guint j = 0; j < 3 && j < self->n_lines; j++)
    near_footers += self->lines[j].noise;
  for (guint i = 0; i < self->n_lines; i++)
    {
      PwImportLine *line = &self->lines[i];

      if (i + 3 < self->n_lines)
        near_footers += self->lines[i + 3].noise;
      if (i >= 4)
        near_footers -= self->lines[i - 4].noise;
      if (line->blank || line->noise || line->n_chars > 40)
        continue;
      if (near_footers > 0)
        g_hash_table_insert (heads, (gpointer) line->key,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (heads, line->key)) + 1));
    }
  /* the lengths of the heads printed three times or more: a line of
   * another length is not looked up (nearly every line) */
  g_hash_table_iter_init (&iter, heads);
  while (g_hash_table_iter_next (&iter, &head, &count))
    if (GPOINTER_TO_UINT (count) >= 3)
      head_lengths |= G_GUINT64_CONSTANT (1) << pw_import_count_chars (head, strlen (head));
  for (guint i = 0; i < self->n_lines && head_lengths != 0; i++)
    {
      PwImportLine *line = &self->lines[i];

      if (!line->blank && !line->noise && line->n_chars <= 40 &&
          (head_lengths & (G_GUINT64_CONSTANT (1) << line->n_chars)) != 0 &&
          GPOINTER_TO_UINT (g_hash_table_lookup (heads, line->key)) >= 3)
        line->noise = TRUE;
    }

  for (guint i = 0; i < self->n_lines; i++)
    {
      const PwImportLine *line = &self->lines[i];
      glong n;

      if (line->blank || line->noise || line->table > 0)
        continue;
      n = line->n_chars;
      if (n >= 15 && n <= 200)
        {
          histogram[n]++;
          n_long++;
        }
    }
  for (guint w = 15; w <= 200; w++)
    if (histogram[w] > histogram[width])
      width = w;
  if (width == 0)
    return 0;
  for (guint w = width - 1; w <= width + 1 && w <= 200; w++)
    near += histogram[w];
  /* a third of the long lines at one width, and more than a few */
  if (near * 3 < n_long || near < 8)
    return 0;

  for (guint i = 0; i < self->n_lines; i++)
    {
      PwImportLine *line = &self->lines[i];
      g_autoptr(GString) text = NULL;
      g_autoptr(GString) key = NULL;
      const char *last = line->key;
      glong last_chars = line->n_chars;

      if (line->blank || line->noise || line->table > 0)
        continue;
      for (;;)
        {
          guint j = i + 1;
          gboolean footer = FALSE;
          PwImportLine *next;

          /* a line shorter than the width ends its paragraph */
          if (last_chars + 1 < (glong) width || ends_sentence (last))
            break;
          /* over a page break: blank lines and footers, at least one footer */
          while (j < self->n_lines && (self->lines[j].blank || self->lines[j].noise))
            footer |= self->lines[j++].noise;
          if (j >= self->n_lines || (j > i + 1 && !footer))
            break;
          next = &self->lines[j];
          if (next->table > 0 || starts_block (next))
            break;
          if (text == NULL)
            {
              text = g_string_new (line->text);
              key = g_string_new (line->key);
            }
          g_string_append (text, next->text);
          g_string_append (key, next->key);
          /* the joined line is no longer printed on its own */
          last = next->key;
          last_chars = next->n_chars;
          line->n_chars += next->n_chars;
          next->noise = TRUE;
          next->blank = TRUE;
          joined++;
          i = j;
        }
      if (text != NULL)
        {
          line->text = g_string_chunk_insert_len (self->chunk, text->str, text->len);
          line->key = g_string_chunk_insert_len (self->chunk, key->str, key->len);
          line->no_heading = FALSE; /* its key changed */
        }
    }

  return joined;
}
