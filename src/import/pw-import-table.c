/* pw-import-table.c: indicator tables: where one starts, real tables, the spaced layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table starts at a header: three or more header words (领域, 类别, 序号,
 * 指标, 指标名称, 2020年, 2025年, 指标性质 …) in a row. Three layouts:
 *
 * - one cell per line, usually with blank lines between (a line of spaces
 *   is an empty cell). Rows have no fixed width: a category printed in a
 *   merged cell comes as fragments (基本 / 公共 / 服务) before the first row
 *   of its group, a page break repeats it, a row may lack its baseline. A
 *   row ends at its nature (约束性/预期性).
 * - tab-indented cells, one row per block of lines between blank lines; a
 *   line without a tab continues the cell above (a wrapped cell).
 * - pipe rows ("a | b | c |"), where a row that does not start a category
 *   is shifted: it lacks the category cell and ends with an empty one.
 *
 * Every row goes through one interpreter. A row as wide as the header is
 * read by position; any other row by what its cells are: the nature last,
 * before it up to as many values as the header has value columns (numbers,
 * comparisons, goals in words, placeholders), then the name, and before the
 * name a sequence number and the category and domain. Categories are
 * recognised by their words (总体, 基本公共服务, 普惠性非基本公共服务 …),
 * which also joins their fragments; a category or domain is carried down to
 * the rows below, and a new category resets the domain. A row with a single
 * value is flagged so that the importer can place the value and say so.
 *
 * Part of step 4 of the importer (see pw-importer.c). This file finds
 * tables and reads the rows of real tables (HTML, Word) and of the spaced
 * layout; pw-import-table-text.c reads the other layouts of flattened text,
 * and pw-import-table-row.c the header and every row.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-private.h"
#include "pw-import-table-private.h"

#include <string.h>

/* Auxiliary methods */

/* The cells of a row of a real table, made in @pool. */
static GPtrArray *
real_cells (CellPool            *pool,
            const PwImportLines *lines,
            const PwImportLine  *line)
{
  GPtrArray *cells = pw_import_table_cells_new ();

  for (guint k = 0; k < line->n_cells; k++)
    g_ptr_array_add (cells, pw_import_table_cell_new (pool, pw_import_line_cell (lines, line, k), -1,
                                                      line->number));
  return cells;
}

/* Whether the cells of a row are the header of an indicator table. */
static gboolean
is_header_row (GPtrArray *cells)
{
  guint n_words = 0;
  gboolean name = FALSE;
  gboolean values = FALSE;

  for (guint j = 0; j < cells->len; j++)
    {
      Role r = pw_import_table_header_role (((Cell *) g_ptr_array_index (cells, j))->key);

      n_words += r > ROLE_NONE;
      name |= r == ROLE_NAME;
      values |= r == ROLE_YEAR || r == ROLE_BASELINE || r == ROLE_TARGET;
    }
  return n_words >= 3 && name && values;
}

static guint
role_index (Reader *r,
            Role    role)
{
  for (guint k = 0; k < r->roles->len; k++)
    if (g_array_index (r->roles, Role, k) == role)
      return k;
  return G_MAXUINT;
}

/* A row one cell wider than the header under a name that spans two
 * columns: the name merged down over its sub-rows, then the sub-row's own
 * name (每千人口拥有医护人员数 | 执业（助理）医师数). Makes them one name
 * cell, 每千人口拥有医护人员数：执业（助理）医师数, and gives the sub-rows
 * the nature merged down with the name. */
static void
merge_sub_name (Reader    *r,
                GPtrArray *cells)
{
  guint name = role_index (r, ROLE_NAME);
  guint nature = role_index (r, ROLE_NATURE);
  Cell *parent;
  Cell *sub;

  if (cells->len != r->roles->len + 1 || name == G_MAXUINT)
    {
      g_clear_pointer (&r->parent, g_free);
      g_clear_pointer (&r->parent_nature, g_free);
      return;
    }
  parent = g_ptr_array_index (cells, name);
  sub = g_ptr_array_index (cells, name + 1);
  if (parent->key[0] != '\0')
    {
      g_free (r->parent);
      r->parent = g_strdup (parent->text);
      g_clear_pointer (&r->parent_nature, g_free);
      if (nature != G_MAXUINT && nature > name)
        r->parent_nature = g_strdup (((Cell *) g_ptr_array_index (cells, nature + 1))->text);
    }
  if (r->parent == NULL || sub->key[0] == '\0')
    return;

  {
    g_autofree char *joined = g_strconcat (r->parent, "：", sub->text, NULL);

    g_ptr_array_index (cells, name) = pw_import_table_cell_new (&r->pool, joined, -1, sub->line);
    pw_import_table_cell_free (parent);
    g_ptr_array_remove_index (cells, name + 1);
  }
  if (nature != G_MAXUINT && nature > name && r->parent_nature != NULL)
    {
      Cell *cell = g_ptr_array_index (cells, nature);

      if (cell->key[0] == '\0')
        {
          g_ptr_array_index (cells, nature) =
              pw_import_table_cell_new (&r->pool, r->parent_nature, -1, cell->line);
          pw_import_table_cell_free (cell);
        }
    }
}

/* A real table: the header row at @i, then every row of the same table. */
static guint
read_cells (Reader              *r,
            const PwImportLines *lines,
            guint                i)
{
  g_autoptr(GPtrArray) header = real_cells (&r->pool, lines, &lines->lines[i]);
  guint table = lines->lines[i].table;
  guint j;

  pw_import_table_set_roles (r, header);
  r->table->last_line = lines->lines[i].number;

  for (j = i + 1; j < lines->n_lines && lines->lines[j].table == table; j++)
    {
      const PwImportLine *line = &lines->lines[j];
      g_autoptr(GPtrArray) cells = real_cells (&r->pool, lines, line);
      gboolean empty = TRUE;

      for (guint k = 0; k < cells->len && empty; k++)
        empty = ((Cell *) g_ptr_array_index (cells, k))->key[0] == '\0';
      if (empty || is_header_row (cells))
        continue;
      merge_sub_name (r, cells);
      pw_import_table_interpret_row (r, cells, TRUE);
      r->table->last_line = line->number;
    }

  return j;
}

/* The width of a cell separator in the spaced layout: the shortest run of
 * two or more spaces in @text (a tab counts as 4); 0 when there is none. */
static guint
separator_width (const char *text)
{
  guint best = 0;

  /* from one run of white space to the next, with strcspn() */
  for (const char *p = text + strcspn (text, " \t"); *p; p += strcspn (p, " \t"))
    {
      guint w = 0;

      for (; *p == ' ' || *p == '\t'; p++)
        w += *p == '\t' ? 4 : 1;
      if (w >= 2 && (best == 0 || w < best))
        best = w;
    }
  return best;
}

/* Splits a line of the spaced layout into cells: runs of two or more spaces
 * or tabs (or of U+3000) part them; a run as wide as several separators
 * holds empty cells, and so does the indent (merged cells of the rows
 * above). */
static GPtrArray *
split_spaced (CellPool           *pool,
              const PwImportLine *line,
              guint               width)
{
  GPtrArray *cells = pw_import_table_cells_new ();
  const char *p = line->text;
  const char *start = p;

  if (width == 0)
    width = 4;
  for (guint k = 0; k < (line->lead + width / 2) / width; k++)
    g_ptr_array_add (cells, pw_import_table_cell_new (pool, "", 0, line->number));

  while (*p)
    {
      guint w = 0;
      const char *q = p;

      for (;; )
        {
          if (*q == ' ' || *q == '\t')
            w += *q == '\t' ? 4 : 1, q++;
          else if (pw_import_has_prefix (q, "\u3000"))
            w += 2, q += strlen ("\u3000");
          else
            break;
        }
      if (w >= 2 || (*q == '\0' && q > p))
        {
          g_ptr_array_add (cells, pw_import_table_cell_new (pool, start, p - start, line->number));
          for (guint k = 1; k < (w + width / 2) / width; k++)
            g_ptr_array_add (cells, pw_import_table_cell_new (pool, "", 0, line->number));
          p = start = q;
          continue;
        }
      p = q > p ? q : g_utf8_next_char (p);
    }
  if (p > start)
    g_ptr_array_add (cells, pw_import_table_cell_new (pool, start, p - start, line->number));
  return cells;
}

static gboolean
is_empty_cell (const Cell *cell)
{
  return cell->key[0] == '\0';
}

static void
append_to_cell (Cell       *cell,
                const Cell *more)
{
  char *text = g_strconcat (cell->text, more->text, NULL);
  char *key = g_strconcat (cell->key, more->key, NULL);

  pw_import_table_cell_set (cell, text, key);
}

/* Whether a line ends a spaced table: a heading, a caption, a note, a
 * sentence. */
static gboolean
ends_spaced_table (const PwImportLine *line)
{
  const char *after_note = pw_import_has_prefix (line->key, "注") ? line->key + strlen ("注") : NULL;

  return (after_note != NULL && (*after_note == ':' || g_ascii_isdigit (*after_note) ||
                                 *after_note == ' ' || pw_import_has_prefix (after_note, "释"))) ||
         pw_import_has_prefix (line->key, "专栏") ||
         pw_import_has_prefix (line->key, "资料来源") || pw_import_has_prefix (line->key, "说明") ||
         (strstr (line->key, "。") != NULL && line->n_chars > 30) ||
         line->n_chars > 120;
}

/* Reads rows of the spaced layout, and of real tables, into rows as wide as
 * the header: a row continues on the next line when it has no nature or no
 * value yet (a wrapped name or value), an indented row takes the merged
 * cells above it, and a row one cell wider than the header has a sub-name
 * (每千人口拥有医护人员数 › 注册护士数) that is joined to the name. */
static void
assemble_row (Reader    *r,
              GPtrArray *cells,
              GPtrArray *above)
{
  guint width = r->roles->len;
  guint name_index = G_MAXUINT;
  guint nature_index = G_MAXUINT;

  for (guint i = 0; i < width; i++)
    {
      Role role = g_array_index (r->roles, Role, i);

      if (role == ROLE_NAME && name_index == G_MAXUINT)
        name_index = i;
      if (role == ROLE_NATURE)
        nature_index = i;
    }

  /* a sub-name: one cell more than the header, after the name */
  if (cells->len == width + 1 && name_index != G_MAXUINT && name_index + 1 < cells->len)
    {
      Cell *name = g_ptr_array_index (cells, name_index);
      Cell *sub = g_ptr_array_index (cells, name_index + 1);

      if (is_empty_cell (name) && above != NULL && name_index < above->len)
        {
          /* the parent name, merged over the rows */
          const Cell *parent = g_ptr_array_index (above, name_index);
          pw_import_table_cell_set (name, g_strdup (parent->text), g_strdup (parent->key));
          /* the parent keeps its own unit, the sub-name brings its own */
          if (strstr (name->text, "：") != NULL)
            {
              *strstr (name->text, "：") = '\0';
              *strstr (name->key, ":") = '\0';
            }
        }
      if (!is_empty_cell (sub))
        {
          g_autofree char *text = g_strconcat (name->text, "：", sub->text, NULL);
          g_autofree char *key = g_strconcat (name->key, ":", sub->key, NULL);

          pw_import_table_cell_set (name, g_steal_pointer (&text), g_steal_pointer (&key));
        }
      g_ptr_array_remove_index (cells, name_index + 1);
    }

  /* merged cells: empty ones take the cell above (not values) */
  if (above != NULL)
    for (guint i = 0; i < cells->len && i < above->len; i++)
      {
        Cell *cell = g_ptr_array_index (cells, i);
        const Cell *up = g_ptr_array_index (above, i);
        Role role = i < width ? g_array_index (r->roles, Role, i) : ROLE_NONE;

        if (is_empty_cell (cell) && (role == ROLE_NATURE || (role == ROLE_SEQUENCE) ||
                                     (role == ROLE_UNIT && i < nature_index)))
          {
            pw_import_table_cell_set (cell, g_strdup (up->text), g_strdup (up->key));
          }
      }
}

static gboolean
row_complete (Reader    *r,
              GPtrArray *cells)
{
  guint width = r->roles->len;
  gboolean has_nature_column = FALSE;
  gboolean nature = FALSE;
  guint values = 0;

  for (guint i = 0; i < width; i++)
    has_nature_column |= g_array_index (r->roles, Role, i) == ROLE_NATURE;
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (cells, i);
      PwNature n;

      if (pw_import_table_read_nature (cell->key, &n))
        nature = TRUE;
      else if (!is_empty_cell (cell) && i > 0 && pw_import_table_is_value (cell))
        values++;
    }
  return (nature || !has_nature_column) && (values > 0 || cells->len >= width);
}

static guint
read_spaced (Reader              *r,
             const PwImportLines *lines,
             guint                i)
{
  guint width = separator_width (lines->lines[i].text);
  g_autoptr(GPtrArray) header = split_spaced (&r->pool, &lines->lines[i], width);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) above = NULL;
  guint next = i + 1;
  guint blanks = 0;

  pw_import_table_set_roles (r, header);
  r->table->last_line = lines->lines[i].number;

  for (guint j = i + 1; j < lines->n_lines; j++)
    {
      const PwImportLine *line = &lines->lines[j];
      g_autoptr(GPtrArray) cells = NULL;

      if (line->noise)
        continue;
      if (line->blank)
        {
          /* a blank line ends the table, unless a page break put it there */
          if (++blanks > 1 || pending == NULL)
            break;
          continue;
        }
      if (ends_spaced_table (line))
        break;
      cells = split_spaced (&r->pool, line, width);
      if (is_header_row (cells))
        {
          next = j + 1;
          continue;
        }

      if (pending != NULL && !row_complete (r, pending))
        {
          /* the row goes on: the first cell continues the last one */
          Cell *last = g_ptr_array_index (pending, pending->len - 1);
          guint k = 0;

          if (cells->len > 0 && !is_empty_cell (g_ptr_array_index (cells, 0)))
            append_to_cell (last, g_ptr_array_index (cells, k++));
          else
            while (k < cells->len && is_empty_cell (g_ptr_array_index (cells, k)) &&
                   k < pending->len)
              k++;
          for (; k < cells->len; k++)
            g_ptr_array_add (
                pending, pw_import_table_cell_new (&r->pool, ((Cell *) g_ptr_array_index (cells, k))->text,
                                                   -1, line->number));
        }
      else if (pending != NULL && cells->len == 1 && line->lead == 0 &&
               !pw_import_table_is_value (g_ptr_array_index (cells, 0)))
        {
          /* a wrapped value or name: 与经济增长 / 保持同步 */
          append_to_cell (g_ptr_array_index (pending, pending->len - 1), g_ptr_array_index (cells, 0));
        }
      else if (cells->len < 2 && pending == NULL)
        break;
      else
        {
          if (pending != NULL)
            {
              assemble_row (r, pending, above);
              pw_import_table_interpret_row (r, pending, TRUE);
              g_clear_pointer (&above, g_ptr_array_unref);
              above = g_steal_pointer (&pending);
            }
          pending = g_steal_pointer (&cells);
        }
      blanks = 0;
      next = j + 1;
      r->table->last_line = line->number;
    }

  if (pending != NULL)
    {
      assemble_row (r, pending, above);
      pw_import_table_interpret_row (r, pending, TRUE);
    }
  return next;
}

/* Where the name and the unit of @cell are (see pw_import_split_unit()):
 * spans of @cell, @unit %NULL when there is none. */
static void
split_unit (const char  *cell,
            const char **name,
            gsize       *name_length,
            const char **unit,
            gsize       *unit_length)
{
  gsize length;
  const char *text = pw_import_trimmed (cell, -1, &length);
  const char *end = text + length;
  const char *last = g_utf8_find_prev_char (text, end);
  const char *open = NULL;
  int depth = 0;

  *unit = NULL;
  *unit_length = 0;

  if (last != NULL && (*last == ')' || pw_import_has_prefix (last, "）")))
    {
      for (const char *p = last; p != NULL; p = g_utf8_find_prev_char (text, p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c == ')' || c == 0xFF09)
            depth++;
          else if ((c == '(' || c == 0xFF08) && --depth == 0)
            {
              open = p;
              break;
            }
        }
    }

  if (open != NULL && open > text)
    {
      const char *inside = g_utf8_next_char (open);
      gsize n_bytes;
      const char *candidate = pw_import_trimmed (inside, last - inside, &n_bytes);
      glong n = pw_import_count_chars (candidate, n_bytes);
      /* the key of at most 8 characters, which has at most their bytes */
      char key[8 * 4 + 1];
      gboolean differs = FALSE;

      if (n > 0 && n <= 8)
        {
          pw_import_init_char_pairs ();
          key[pw_import_write_key (key, candidate, n_bytes, NULL, &differs)] = '\0';
          if (strstr (key, "、") == NULL && strchr (key, ',') == NULL &&
              !pw_import_has_prefix (key, "含") && !pw_import_has_prefix (key, "不含") &&
              !pw_import_has_prefix (key, "包括") && !pw_import_has_prefix (key, "其中"))
            {
              *name = pw_import_trimmed (text, open - text, name_length);
              *unit = candidate;
              *unit_length = n_bytes;
              return;
            }
        }
    }

  *name = text;
  *name_length = length;
}

/* @n bytes of @s, in @strings, or a new string when @strings is NULL. */
static char *
copy_span (GStringChunk *strings,
           const char   *s,
           gsize         n)
{
  return strings != NULL ? g_string_chunk_insert_len (strings, s, n) : g_strndup (s, n);
}

/**
 * pw_import_table_split_unit:
 * @strings: (nullable): where the texts go, or %NULL for new strings
 * @cell: the name of an indicator as printed
 * @name: (out): the name, in @strings (or transfer full)
 * @unit: (out) (nullable): the unit, in @strings (or transfer full), or %NULL
 *
 * pw_import_split_unit() for the rows of a table, whose texts go with it.
 */
void
pw_import_table_split_unit (GStringChunk  *strings,
                            const char    *cell,
                            char         **name,
                            char         **unit)
{
  const char *name_at;
  const char *unit_at;
  gsize name_length;
  gsize unit_length;

  split_unit (cell, &name_at, &name_length, &unit_at, &unit_length);
  *name = copy_span (strings, name_at, name_length);
  *unit = unit_at != NULL ? copy_span (strings, unit_at, unit_length) : NULL;
}

/* Public API */

/**
 * pw_import_split_unit:
 * @cell: the name of an indicator as printed, e.g. "人均预期寿命（岁）"
 * @name: (out) (transfer full): the name, e.g. "人均预期寿命"
 * @unit: (out) (transfer full) (nullable): the unit in the trailing
 *   parentheses (full- or half-width), e.g. "岁"; %NULL when there is none
 *
 * Only the trailing parentheses hold a unit, and only when they hold a
 * short unit: "以乡（镇、街道）为单位…接种率" has none.
 */
void
pw_import_split_unit (const char  *cell,
                      char       **name,
                      char       **unit)
{
  pw_import_table_split_unit (NULL, cell, name, unit);
}

/**
 * pw_import_table_at:
 * @lines: the lines
 * @i: a line
 *
 * Returns: whether the header of an indicator table starts at line @i
 */
/**
 * pw_import_line_cells:
 * @lines: the lines
 * @line: one of them
 *
 * The cells of @line as a row of a table: a real table's cells, or the
 * cells of a text line parted by tabs or runs of spaces (an indent stands
 * for empty cells on the left, as a merged cell above leaves them).
 *
 * Returns: (transfer full) (element-type utf8): the cells' texts, trimmed
 */
GPtrArray *
pw_import_line_cells (const PwImportLines *lines,
                      const PwImportLine  *line)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  CellPool pool;
  GPtrArray *cells = NULL;

  pw_import_table_cell_pool_init (&pool);
  if (line->table > 0)
    cells = real_cells (&pool, lines, line);
  else
    cells = split_spaced (&pool, line, separator_width (line->text));
  for (guint k = 0; k < cells->len; k++)
    g_ptr_array_add (texts, g_strdup (((Cell *) g_ptr_array_index (cells, k))->text));
  g_ptr_array_unref (cells);
  pw_import_table_cell_pool_clear (&pool);
  return texts;
}

gboolean
pw_import_table_at (const PwImportLines *lines,
                    guint                i)
{
  const PwImportLine *line = &lines->lines[i];
  Role role;
  guint n_words = 0;
  gboolean name = FALSE;
  gboolean values = FALSE;
  GPtrArray *cells = NULL;

  if (line->blank || line->noise)
    return FALSE;

  if (line->table > 0 || pw_import_table_count_pipes (line->key) >= 3)
    {
      /* the cells of a candidate, in a pool of the stack */
      CellPool pool;
      gboolean header;

      pw_import_table_cell_pool_init (&pool);
      if (line->table > 0)
        cells = real_cells (&pool, lines, line);
      else
        {
          cells = pw_import_table_cells_new ();
          pw_import_table_split_pipes (&pool, line, cells);
        }
      header = is_header_row (cells);
      g_ptr_array_unref (cells);
      pw_import_table_cell_pool_clear (&pool);
      return header;
    }
  else
    {
      guint width = separator_width (line->text);

      if (width >= 2)
        {
          CellPool pool;
          gboolean enough;
          gboolean header = FALSE;

          pw_import_table_cell_pool_init (&pool);
          cells = split_spaced (&pool, line, width);
          enough = cells->len >= 3;
          if (enough)
            header = is_header_row (cells);
          g_ptr_array_unref (cells);
          pw_import_table_cell_pool_clear (&pool);
          if (enough)
            return header;
        }
    }

  role = pw_import_table_header_role (line->key);
  if (role <= ROLE_NONE)
    return FALSE;

  for (guint j = i, seen = 0; j < lines->n_lines && seen < 10; j++)
    {
      const PwImportLine *next = &lines->lines[j];
      Role r;

      if (next->blank || next->noise)
        continue;
      /* a wrapped header cell (指标 / 性质) continues the one above */
      if (line->tabs > 0 && next->tabs == 0 && j > i && !lines->lines[j - 1].blank)
        continue;
      seen++;
      r = pw_import_table_header_role (next->key);
      if (r == ROLE_INVALID)
        break;
      n_words += r > ROLE_NONE;
      name |= r == ROLE_NAME;
      values |= r == ROLE_YEAR || r == ROLE_BASELINE || r == ROLE_TARGET;
    }

  return n_words >= 3 && name && values;
}

/**
 * pw_import_table_read:
 * @lines: the lines
 * @i: the line where pw_import_table_at() found a header
 * @table: (out caller-allocates): the table
 *
 * Returns: the first line after the table
 */
guint
pw_import_table_read (const PwImportLines *lines,
                      guint                i,
                      PwImportTable       *table)
{
  Reader r = { 0 };
  const PwImportLine *line = &lines->lines[i];
  guint n_pipes = 0;
  guint next;

  memset (table, 0, sizeof *table);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_import_table_row_free);
  /* the rows of a table of five or six indicators take about 400 bytes of
   * text (a kilobyte a table was 0.1 MB more at the peak for each MB) */
  table->strings = g_string_chunk_new (512);
  table->first_line = table->last_line = line->number;
  r.table = table;

  if (line->table > 0)
    {
      r.layout = LAYOUT_CELLS;
      table->layout = "cells";
      next = read_cells (&r, lines, i);
    }
  else if ((n_pipes = pw_import_table_count_pipes (line->key)) < 3 &&
           separator_width (line->text) >= 2)
    {
      r.layout = LAYOUT_SPACED;
      table->layout = "spaced";
      next = read_spaced (&r, lines, i);
    }
  else if (n_pipes >= 3)
    {
      r.layout = LAYOUT_PIPES;
      table->layout = "pipes";
      next = pw_import_table_read_pipes (&r, lines, i);
    }
  else if (line->tabs > 0)
    {
      r.layout = LAYOUT_TABS;
      table->layout = "tabs";
      next = pw_import_table_read_tabs (&r, lines, i);
    }
  else
    {
      r.layout = LAYOUT_LINES;
      table->layout = "lines";
      next = pw_import_table_read_lines (&r, lines, i);
    }

  g_clear_pointer (&r.roles, g_array_unref);
  g_clear_pointer (&r.years, g_array_unref);
  g_free (r.category);
  g_free (r.domain);
  g_free (r.parent);
  g_free (r.parent_nature);
  for (guint k = 0; k < N_SCRATCH; k++)
    if (r.scratch[k] != NULL)
      g_string_free (r.scratch[k], TRUE);
  /* the cells are in rows no longer */
  pw_import_table_cell_pool_clear (&r.pool);

  return MAX (next, i + 1);
}

void
pw_import_table_clear (PwImportTable *table)
{
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_clear_pointer (&table->strings, g_string_chunk_free);
}
