/* pw-import-annex.c: annexed lists of projects (附件 重点项目表, 重点任务与项目清单)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Many plans list their key projects in an annex table rather than in 专栏
 * boxes: a caption naming projects (重点项目表, 项目清单, 任务与项目), a header
 * of project words (序号, 领域, 项目名称 or 重点任务或项目, 建设内容, 牵头单位,
 * 建设年限, 总投资 …) and one row per project. The rows come as real table
 * rows, as pipe or spaced rows, or flattened one cell per line; in that form
 * a row starts at the sequence number that follows the last one, and a cell
 * merged over a group of rows (the 领域) is printed only in its first row.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-private.h"

#include <stdlib.h>
#include <string.h>

typedef enum
{
  COL_INVALID = -1,
  COL_SEQUENCE,
  COL_DOMAIN,
  COL_NAME,
  COL_CONTENT,
  COL_LEAD,
  COL_YEARS,
  COL_INVESTMENT,
  COL_OTHER,
} Column;

/* Auxiliary methods */

static Column
column_of (const char *key)
{
  static const struct
  {
    const char *word;
    Column column;
  } words[] = {
    { "序号", COL_SEQUENCE },         { "编号", COL_SEQUENCE },
    { "领域", COL_DOMAIN },           { "主要领域", COL_DOMAIN },       { "类别", COL_DOMAIN },
    { "项目类别", COL_DOMAIN },       { "行业", COL_DOMAIN },           { "板块", COL_DOMAIN },
    { "重点任务或项目", COL_NAME },   { "项目名称", COL_NAME },         { "项目", COL_NAME },
    { "重点项目", COL_NAME },         { "重点任务", COL_NAME },         { "任务名称", COL_NAME },
    { "工程名称", COL_NAME },         { "名称", COL_NAME },             { "重点任务与项目", COL_NAME },
    { "建设内容", COL_CONTENT },      { "建设内容及规模", COL_CONTENT }, { "主要内容", COL_CONTENT },
    { "建设规模及内容", COL_CONTENT }, { "项目内容", COL_CONTENT },
    { "牵头单位", COL_LEAD },         { "责任单位", COL_LEAD },         { "实施主体", COL_LEAD },
    { "建设单位", COL_LEAD },         { "牵头部门", COL_LEAD },         { "责任部门", COL_LEAD },
    { "建设年限", COL_YEARS },        { "起止年限", COL_YEARS },        { "建设周期", COL_YEARS },
    { "实施年限", COL_YEARS },        { "建设期限", COL_YEARS },
    { "总投资", COL_INVESTMENT },     { "总投资(万元)", COL_INVESTMENT },
    { "总投资(亿元)", COL_INVESTMENT }, { "投资(万元)", COL_INVESTMENT },
    { "备注", COL_OTHER },            { "进度安排", COL_OTHER },        { "配合单位", COL_OTHER },
  };
  g_autofree char *k = pw_import_strip_spaces (key);

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (k, words[i].word) == 0)
      return words[i].column;
  return COL_INVALID;
}

static gboolean
is_sequence (const char *key)
{
  const char *p = key;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0' || (*p == '.' && p[1] == '\0');
}

/* Whether the caption at @line names a list of projects. */
static gboolean
is_caption (const PwImportLine *line)
{
  static const char *words[] = {
    "项目表", "项目清单", "项目库", "任务与项目", "项目汇总", "项目一览", "工程项目", "重点项目",
    "项目安排",
  };
  glong n = line->n_chars;

  /* every word holds 项目 */
  if (line->blank || line->noise || n > 60 || strstr (line->key, "项目") == NULL ||
      strstr (line->key, "。") != NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (line->key, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The cells of @line when it is a row (real, pipes, spaced), or NULL. */
static GPtrArray *
row_cells (const PwImportLines *lines,
           const PwImportLine  *line)
{
  GPtrArray *cells;

  if (line->table > 0)
    {
      cells = g_ptr_array_new_with_free_func (g_free);
      for (guint k = 0; k < line->n_cells; k++)
        g_ptr_array_add (cells, g_strdup (pw_import_line_cell (lines, line, k)));
      return cells;
    }
  if (strchr (line->text, '|') != NULL || strstr (line->text, "｜") != NULL)
    {
      g_auto(GStrv) parts = g_strsplit_set (line->text, "|", -1);

      cells = g_ptr_array_new_with_free_func (g_free);
      for (guint k = 0; parts[k] != NULL; k++)
        {
          g_autofree char *cell = pw_import_trim (parts[k], -1);

          if (*cell != '\0' || (k > 0 && parts[k + 1] != NULL))
            g_ptr_array_add (cells, g_steal_pointer (&cell));
        }
      return cells;
    }
  if (strstr (line->text, "  ") != NULL || strchr (line->text, '\t') != NULL)
    {
      g_auto(GStrv) parts = g_regex_split_simple ("(?:\\s{2,}|\\t|\u3000)+", line->text, 0, 0);

      cells = g_ptr_array_new_with_free_func (g_free);
      for (guint k = 0; parts[k] != NULL; k++)
        if (*parts[k] != '\0')
          g_ptr_array_add (cells, g_strdup (parts[k]));
      return cells;
    }
  return NULL;
}

static void
parse_years (const char         *text,
             PwImportProjectRow *row)
{
  const char *p = text;
  int years[2] = { 0, 0 };
  guint n = 0;

  while (*p && n < 2)
    {
      if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
          g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]))
        {
          int year = atoi (p);

          if (year > 1949 && year < 2100)
            years[n++] = year;
          p += 4;
        }
      else
        p++;
    }
  row->start_year = years[0];
  row->end_year = n == 2 ? years[1] : years[0];
}

/* Puts the cells of one row into @rows by the columns of the header; a row
 * with fewer cells lacks its merged 领域 cell, which the row above gives. */
static void
add_row (GArray     *columns,
         GPtrArray  *cells,
         int         line,
         GPtrArray  *rows)
{
  PwImportProjectRow *row;
  PwImportProjectRow *above = rows->len > 0 ? g_ptr_array_index (rows, rows->len - 1) : NULL;
  guint width = columns->len;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) content = g_string_new (NULL);

  if (cells->len == 0 || width == 0)
    return;
  for (guint c = 0; c < width && cells->len < width; c++)
    if (g_array_index (columns, Column, c) == COL_DOMAIN)
      g_ptr_array_insert (cells, c, g_strdup (""));

  row = g_new0 (PwImportProjectRow, 1);
  row->line = line;
  for (guint c = 0; c < width && c < cells->len; c++)
    {
      const char *cell = g_ptr_array_index (cells, c);

      switch (g_array_index (columns, Column, c))
        {
        case COL_SEQUENCE:
          row->number = atoi (cell);
          break;
        case COL_DOMAIN:
          {
            g_autofree char *stripped = pw_import_strip_spaces (cell);

            row->domain = *stripped != '\0' ? g_steal_pointer (&stripped)
                                              : (above != NULL ? g_strdup (above->domain) : NULL);
          }
          break;
        case COL_NAME:
          g_string_append (name, cell);
          break;
        case COL_CONTENT:
          g_string_append (content, cell);
          break;
        case COL_LEAD:
          if (*cell != '\0')
            row->lead = g_strdup (cell);
          break;
        case COL_YEARS:
          parse_years (cell, row);
          break;
        case COL_INVESTMENT:
          row->investment = g_ascii_strtod (cell, NULL);
          break;
        case COL_OTHER:
        case COL_INVALID:
        default:
          break;
        }
    }
  /* cells beyond the header (a wrapped description) go to the content */
  for (guint k = width; k < cells->len; k++)
    g_string_append (content, (const char *) g_ptr_array_index (cells, k));

  if (name->len == 0 && content->len > 0)
    {
      g_string_assign (name, content->str);
      g_string_truncate (content, 0);
    }
  if (name->len == 0)
    {
      pw_import_project_row_free (row);
      return;
    }
  if (row->number == 0)
    row->number = above != NULL ? above->number + 1 : 1;
  row->text = content->len > 0 ? g_strconcat (name->str, "：", content->str, NULL)
                               : g_strdup (name->str);
  g_ptr_array_add (rows, row);
}

/* Public API */

/**
 * pw_import_project_list_at:
 * @lines: the lines
 * @i: a line
 *
 * Returns: whether the caption of an annexed list of projects is at @i,
 *   followed by its header
 */
gboolean
pw_import_project_list_at (const PwImportLines *lines,
                           guint                i)
{
  gboolean name = FALSE;
  guint words = 0;

  if (!is_caption (&lines->lines[i]))
    return FALSE;
  for (guint j = i + 1, seen = 0; j < lines->n_lines && seen < 8; j++)
    {
      const PwImportLine *line = &lines->lines[j];
      g_autoptr(GPtrArray) cells = NULL;

      if (line->blank || line->noise)
        continue;
      seen++;
      cells = row_cells (lines, line);
      if (cells != NULL)
        {
          for (guint k = 0; k < cells->len; k++)
            {
              Column c = column_of (g_ptr_array_index (cells, k));

              words += c != COL_INVALID;
              name |= c == COL_NAME;
            }
          break;
        }
      if (column_of (line->key) == COL_INVALID)
        break;
      words++;
      name |= column_of (line->key) == COL_NAME;
    }
  return words >= 2 && name;
}

/**
 * pw_import_project_list_read:
 * @lines: the lines
 * @i: where pw_import_project_list_at() found a caption
 * @rows: (element-type PwImportProjectRow): receives the projects
 *
 * Returns: the first line after the list
 */
guint
pw_import_project_list_read (const PwImportLines *lines,
                             guint                i,
                             GPtrArray           *rows)
{
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (Column));
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  gboolean one_per_line = TRUE;
  int row_line = 0;
  int last = 0;
  guint j;
  guint next;

  /* the header */
  for (j = i + 1; j < lines->n_lines; j++)
    {
      const PwImportLine *line = &lines->lines[j];
      g_autoptr(GPtrArray) header = NULL;

      if (line->blank || line->noise)
        continue;
      header = row_cells (lines, line);
      if (header != NULL)
        {
          for (guint k = 0; k < header->len; k++)
            {
              Column c = column_of (g_ptr_array_index (header, k));

              g_array_append_val (columns, c);
            }
          one_per_line = FALSE;
          j++;
          break;
        }
      {
        Column c = column_of (line->key);

        if (c == COL_INVALID)
          break;
        g_array_append_val (columns, c);
      }
    }
  next = j;

  for (; j < lines->n_lines; j++)
    {
      const PwImportLine *line = &lines->lines[j];
      PwImportHeading h;

      if (line->blank || line->noise)
        continue;
      if ((pw_import_heading_at (line, &h) && h.pattern <= PW_PATTERN_ENUM_PAREN &&
           h.pattern != PW_PATTERN_NONE) ||
          pw_import_has_prefix (line->key, "附件") || pw_import_has_prefix (line->key, "专栏") ||
          pw_import_has_prefix (line->key, "注:") || is_caption (line))
        break;

      if (!one_per_line)
        {
          g_autoptr(GPtrArray) row = row_cells (lines, line);

          if (row == NULL)
            break;
          add_row (columns, row, line->number, rows);
          next = j + 1;
          continue;
        }

      /* one cell per line: a row starts at the next sequence number */
      if (is_sequence (line->key) && atoi (line->key) == last + 1)
        {
          if (cells->len > 0)
            add_row (columns, cells, row_line, rows);
          g_ptr_array_set_size (cells, 0);
          last = atoi (line->key);
          row_line = line->number;
        }
      else if (cells->len == 0)
        break;
      g_ptr_array_add (cells, pw_import_trim (line->text, -1));
      next = j + 1;
    }
  if (cells->len > 0)
    add_row (columns, cells, row_line, rows);

  return next;
}

void
pw_import_project_row_free (PwImportProjectRow *row)
{
  g_free (row->domain);
  g_free (row->text);
  g_free (row->lead);
  g_free (row);
}
