/* pw-import-table-text.c: the layouts of tables flattened into text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pipe rows ("a | b | c |"), tab-indented cells (one row per block of
 * lines between blank lines, a line without a tab continuing the cell
 * above) and one cell per line (a row ending at its nature), as conversion
 * of a Word table to text leaves them (see pw-import-table.c). Each layout
 * cuts its rows into cells and hands them to the row interpreter
 * (pw-import-table-row.c).
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-private.h"
#include "pw-import-table-private.h"

#include <string.h>

/* Auxiliary methods */

/* Splits a pipe row of @line into cells, made in @pool, added to @cells;
 * a leading pipe makes no cell. */
void
pw_import_table_split_pipes (CellPool           *pool,
                             const PwImportLine *line,
                             GPtrArray          *cells)
{
  const char *start = line->text;
  const char *p = line->text;

  if (*p == '|' || pw_import_has_prefix (p, "｜"))
    start = p = g_utf8_next_char (p);

  /* byte by byte: '|' and the bytes of ｜ (EF BD 9C) are never a part of
   * another character */
  for (;; p++)
    {
      gboolean wide = p[0] == '\xEF' && p[1] == '\xBD' && p[2] == '\x9C';

      if (*p == '|' || *p == '\0' || wide)
        {
          g_ptr_array_add (cells, pw_import_table_cell_new (pool, start, p - start, line->number));
          if (*p == '\0')
            break;
          start = p + (wide ? 3 : 1);
          p = start - 1;
        }
    }
}

static gboolean
is_separator_row (const char *key)
{
  for (const char *p = key; *p; p++)
    if (*p != '|' && *p != '-' && *p != ':' && *p != ' ' && *p != '+')
      return FALSE;
  return TRUE;
}

/* Whether a line cannot be a cell of a one-cell-per-line table: a heading,
 * a 专栏 caption, a sentence, a long line. */
static gboolean
ends_cell_table (const PwImportLine *line)
{
  const char *k = line->key;
  const char *after;

  if (strstr (k, "。") != NULL || g_utf8_strlen (k, -1) > 50 || line->tabs > 0 ||
      pw_import_table_count_pipes (k) >= 2)
    return TRUE;
  if (pw_import_has_prefix (k, "专栏") || pw_import_has_prefix (k, "附件") || pw_import_has_prefix (k, "附表"))
    return TRUE;
  /* 表2 …: the caption of another table */
  if (pw_import_has_prefix (k, "表") && g_ascii_isdigit (k[strlen ("表")]))
    return TRUE;
  if (pw_import_has_prefix (k, "第") && pw_import_parse_numeral (k + strlen ("第"), &after) >= 0 &&
      (pw_import_has_prefix (after, "章") || pw_import_has_prefix (after, "节")))
    return TRUE;
  {
    PwImportHeading h;

    if (pw_import_heading_at (line, &h) && h.pattern != PW_PATTERN_NONE &&
        h.pattern <= PW_PATTERN_ENUM_PAREN && !h.page)
      return TRUE;
  }
  return FALSE;
}

/* A new line-block separator of the tab layout: a line that prints nothing. */
static gboolean
is_gap (const PwImportLine *line)
{
  return line->blank && line->tabs == 0;
}
guint
pw_import_table_read_pipes (Reader              *r,
                            const PwImportLines *lines,
                            guint                i)
{
  g_autoptr(GPtrArray) header = pw_import_table_cells_new ();
  g_autoptr(GPtrArray) cells = pw_import_table_cells_new ();
  guint next = i + 1;

  pw_import_table_split_pipes (&r->pool, &lines->lines[i], header);
  while (header->len > 0 &&
         ((Cell *) g_ptr_array_index (header, header->len - 1))->key[0] == '\0')
    g_ptr_array_remove_index (header, header->len - 1);
  pw_import_table_set_roles (r, header);
  r->table->last_line = lines->lines[i].number;

  for (guint j = i + 1; j < lines->n_lines; j++)
    {
      const PwImportLine *line = &lines->lines[j];

      if (line->noise || line->blank)
        continue;
      if (pw_import_table_count_pipes (line->key) < 2)
        break;
      next = j + 1;
      r->table->last_line = line->number;
      if (is_separator_row (line->key))
        continue;
      /* one array for every row */
      g_ptr_array_set_size (cells, 0);
      pw_import_table_split_pipes (&r->pool, line, cells);
      pw_import_table_interpret_row (r, cells, TRUE);
    }

  return next;
}

/* The cells of the block of the tab layout that starts at @i: one per line
 * that starts with a tab, a line without one continuing the cell above. */
static guint
read_block (CellPool            *pool,
            const PwImportLines *lines,
            guint                i,
            GPtrArray           *cells)
{
  guint j = i;

  for (; j < lines->n_lines && !is_gap (&lines->lines[j]); j++)
    {
      const PwImportLine *line = &lines->lines[j];

      if (line->noise)
        continue;
      if (line->tabs > 0 || cells->len == 0)
        g_ptr_array_add (cells, pw_import_table_cell_new (pool, line->text, -1, line->number));
      else
        {
          Cell *last = g_ptr_array_index (cells, cells->len - 1);
          char *text = g_strconcat (last->text, line->text, NULL);
          char *key = g_strconcat (last->key, line->key, NULL);

          pw_import_table_cell_set (last, text, key);
        }
    }

  return j;
}

guint
pw_import_table_read_tabs (Reader              *r,
                           const PwImportLines *lines,
                           guint                i)
{
  g_autoptr (GPtrArray) header = pw_import_table_cells_new ();
  g_autoptr (GPtrArray) cells = pw_import_table_cells_new ();
  guint start = i;
  guint j;
  guint next;

  /* empty header cells just above */
  while (start > 0 && lines->lines[start - 1].blank && lines->lines[start - 1].tabs > 0)
    start--;
  next = read_block (&r->pool, lines, start, header);
  r->table->first_line = lines->lines[start].number;
  r->table->last_line = lines->lines[next - 1].number;
  pw_import_table_set_roles (r, header);

  j = next;
  while (j < lines->n_lines)
    {
      guint end;

      /* one array for every row */
      g_ptr_array_set_size (cells, 0);
      while (j < lines->n_lines && (is_gap (&lines->lines[j]) || lines->lines[j].noise))
        j++;
      if (j >= lines->n_lines || lines->lines[j].tabs == 0)
        break;
      if (ends_cell_table (&lines->lines[j]) && strstr (lines->lines[j].key, "。") != NULL)
        break;

      end = read_block (&r->pool, lines, j, cells);
      /* a 专栏 caption or a paragraph indented with a tab ends the table */
      if (cells->len == 1 && !pw_import_table_is_value (g_ptr_array_index (cells, 0)))
        break;
      pw_import_table_interpret_row (r, cells, TRUE);
      r->table->last_line = lines->lines[end - 1].number;
      next = j = end;
    }

  return next;
}

/* Puts back on the left the merged cells a row lacks, so that it is as wide
 * as the header. */
static void
pad_left (Reader    *r,
          GPtrArray *cells)
{
  while (cells->len < r->roles->len)
    g_ptr_array_insert (
        cells, 0,
        pw_import_table_cell_new (&r->pool, "", 0, ((Cell *) g_ptr_array_index (cells, 0))->line));
}

/* Whether a row of the one-cell-per-line layout can be read by position:
 * as wide as the header, or lacking exactly its merged columns (category,
 * domain), which are then put back empty; it must start with a sequence
 * number where the header has one. */
static gboolean
fit_merged (Reader    *r,
            GPtrArray *cells)
{
  guint width = r->roles->len;
  guint n_merged = 0;
  guint seq = G_MAXUINT;

  for (guint k = 0; k < width; k++)
    {
      Role role = g_array_index (r->roles, Role, k);

      n_merged += role == ROLE_CATEGORY || role == ROLE_DOMAIN;
      if (role == ROLE_SEQUENCE && seq == G_MAXUINT)
        seq = k;
    }
  if (seq == G_MAXUINT || (cells->len != width && cells->len + n_merged != width))
    return FALSE;
  if (cells->len + n_merged == width && n_merged > 0)
    for (guint k = 0; k < width; k++)
      {
        Role role = g_array_index (r->roles, Role, k);

        if (role == ROLE_CATEGORY || role == ROLE_DOMAIN)
          g_ptr_array_insert (
              cells, k,
              pw_import_table_cell_new (&r->pool, "", 0,
                                        ((Cell *) g_ptr_array_index (cells, 0))->line));
      }
  return pw_import_table_is_sequence (g_ptr_array_index (cells, seq));
}

/* A row without a nature between two numbered rows: 其中 公园绿地 58.46
 * 17.5, a part of the row above, whose unit and nature it shares. */
static void
interpret_sub_row (Reader    *r,
                   GPtrArray *cells)
{
  PwImportTable *table = r->table;
  guint before = table->rows->len;
  PwImportRow *row;
  PwImportRow *above;

  pw_import_table_interpret_row (r, cells, FALSE);
  if (table->rows->len != before + 1 || before == 0)
    return;
  row = g_ptr_array_index (table->rows, before);
  above = g_ptr_array_index (table->rows, before - 1);
  if (row->nature == PW_NATURE_UNKNOWN)
    {
      row->nature = above->nature;
      row->no_nature = above->no_nature;
    }
  if (row->unit == NULL && above->unit != NULL)
    row->unit = above->unit; /* the table's text, as the row's */
  if (pw_import_has_prefix (row->name, "其中") && !pw_import_has_prefix (row->name, "其中："))
    {
      g_autofree char *rest = pw_import_trim (row->name + strlen ("其中"), -1);
      g_autofree char *bare = pw_import_has_prefix (rest, ":") ? pw_import_trim (rest + 1, -1) : NULL;

      g_autofree char *name = g_strconcat ("其中：", bare != NULL ? bare : rest, NULL);

      row->name = g_string_chunk_insert (table->strings, name);
    }
}

guint
pw_import_table_read_lines (Reader              *r,
                            const PwImportLines *lines,
                            guint                i)
{
  g_autoptr (GPtrArray) header = pw_import_table_cells_new ();
  g_autoptr (GPtrArray) cells = pw_import_table_cells_new ();
  guint start = i;
  guint j;
  guint next;
  guint row_start = 0;
  guint last_header = i;
  guint after_nature = 0;
  int countdown = -1;
  int last_sequence = 0;

  /* empty header cells (lines of spaces) just above */
  for (guint k = i; k > 0; k--)
    {
      const PwImportLine *line = &lines->lines[k - 1];

      if (line->spaces)
        start = k - 1;
      else if (!line->blank)
        break;
    }
  for (guint k = start; k < i; k++)
    if (lines->lines[k].spaces)
      g_ptr_array_add (header, pw_import_table_cell_new (&r->pool, "", 0, lines->lines[k].number));
  r->table->first_line = lines->lines[start].number;

  /* the header: header words, up to the last of them */
  for (j = i; j < lines->n_lines; j++)
    {
      const PwImportLine *line = &lines->lines[j];
      Role role;

      if (line->noise || (line->blank && !line->spaces))
        continue;
      role = pw_import_table_header_role (line->key);
      if (role == ROLE_INVALID || (role == ROLE_NONE && !line->spaces))
        break;
      if (role == ROLE_NATURE && header->len > 0 &&
          strcmp (((Cell *) g_ptr_array_index (header, header->len - 1))->key, "指标") == 0 &&
          strcmp (line->key, "性质") == 0)
        {
          /* 指标 / 性质: one header cell wrapped over two lines */
          Cell *last = g_ptr_array_index (header, header->len - 1);
          gboolean earlier_name = FALSE;

          for (guint k = 0; k + 1 < header->len; k++)
            {
              Cell *cell = g_ptr_array_index (header, k);

              earlier_name |= pw_import_table_header_role (cell->key) == ROLE_NAME;
            }
          if (earlier_name)
            {
              pw_import_table_cell_set (last, g_strdup (last->text), g_strdup ("指标性质"));
              last_header = j;
              continue;
            }
        }
      g_ptr_array_add (header, pw_import_table_cell_new (&r->pool, line->text, -1, line->number));
      if (role != ROLE_NONE)
        last_header = j;
    }
  /* trailing empty cells belong to the first row */
  while (header->len > 0 &&
         ((Cell *) g_ptr_array_index (header, header->len - 1))->key[0] == '\0' &&
         ((Cell *) g_ptr_array_index (header, header->len - 1))->line >
           lines->lines[last_header].number)
    g_ptr_array_remove_index (header, header->len - 1);
  pw_import_table_set_roles (r, header);
  r->table->last_line = lines->lines[last_header].number;
  next = last_header + 1;

  /* columns after the nature (属性 before 单位 and the values): a row ends
   * that many cells after its nature, and is read by position once the
   * merged cells it lacks on the left are put back */
  for (guint k = 0; k < r->roles->len; k++)
    if (g_array_index (r->roles, Role, k) == ROLE_NATURE)
      after_nature = r->roles->len - 1 - k;

  for (j = last_header + 1; j < lines->n_lines; j++)
    {
      const PwImportLine *line = &lines->lines[j];
      PwNature nature;
      Cell *cell;

      if (line->noise || (line->blank && !line->spaces))
        continue;
      if (ends_cell_table (line))
        break;
      cell = pw_import_table_cell_new (&r->pool, line->text, -1, line->number);

      /* a sequence number that follows the last one starts a row: the cells
       * before it without a nature are a row of their own (其中 …) */
      if (after_nature > 0 && countdown < 0 && cells->len >= 2 &&
          pw_import_table_is_sequence (cell) && atoi (cell->key) == last_sequence + 1)
        {
          guint keep = cells->len;
          g_autoptr (GPtrArray) head = pw_import_table_cells_new ();

          while (keep > 0 && !pw_import_table_is_value (g_ptr_array_index (cells, keep - 1)))
            keep--;
          if (keep >= 2)
            {
              for (guint k = keep; k < cells->len; k++)
                {
                  Cell *moved = g_ptr_array_index (cells, k);

                  g_ptr_array_add (head,
                                   pw_import_table_cell_new (&r->pool, moved->text, -1, moved->line));
                }
              g_ptr_array_set_size (cells, keep);
              interpret_sub_row (r, cells);
              g_ptr_array_set_size (cells, 0);
              for (guint k = 0; k < head->len; k++)
                {
                  Cell *moved = g_ptr_array_index (head, k);

                  g_ptr_array_add (cells,
                                   pw_import_table_cell_new (&r->pool, moved->text, -1, moved->line));
                }
              next = j;
            }
        }
      if (pw_import_table_is_sequence (cell) && countdown < 0)
        last_sequence = MAX (last_sequence, atoi (cell->key));

      if (cells->len == 0)
        row_start = j;
      g_ptr_array_add (cells, cell);
      if (countdown > 0 && --countdown == 0)
        {
          pad_left (r, cells);
          pw_import_table_interpret_row (r, cells, TRUE);
          g_ptr_array_set_size (cells, 0);
          r->table->last_line = line->number;
          next = j + 1;
          countdown = -1;
        }
      else if (countdown < 0 && pw_import_table_read_nature (line->key, &nature))
        {
          if (after_nature > 0)
            countdown = after_nature;
          else
            {
              pw_import_table_interpret_row (r, cells, fit_merged (r, cells));
              g_ptr_array_set_size (cells, 0);
              r->table->last_line = line->number;
              next = j + 1;
            }
        }
    }

  /* cells after the last nature: a row without one, if it has a name and
   * values; otherwise they are not the table's */
  if (cells->len >= 2)
    {
      guint n_values = 0;

      for (guint k = 0; k < cells->len; k++)
        n_values += pw_import_table_is_value (g_ptr_array_index (cells, k)) &&
                    ((Cell *) g_ptr_array_index (cells, k))->key[0] != '\0';
      if (n_values > 0 && n_values < cells->len)
        {
          const Cell *last = g_ptr_array_index (cells, cells->len - 1);

          pw_import_table_interpret_row (r, cells, FALSE);
          r->table->last_line = last->line;
          for (next = row_start; next < lines->n_lines && lines->lines[next].number <= last->line;)
            next++;
        }
    }

  return next;
}
