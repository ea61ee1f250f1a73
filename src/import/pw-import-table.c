/* pw-import-table.c: indicator tables in the forms that conversion to text leaves
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
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-private.h"

#include <string.h>

typedef enum
{
  ROLE_INVALID = -1, /* not a header word */
  ROLE_NONE,
  ROLE_CATEGORY,
  ROLE_DOMAIN,
  ROLE_SEQUENCE,
  ROLE_NAME,
  ROLE_UNIT,
  ROLE_BASELINE,
  ROLE_TARGET,
  ROLE_YEAR,
  ROLE_NATURE,
  ROLE_NOTE,
  ROLE_RESPONSIBLE, /* 责任单位, 牵头单位 */
} Role;

typedef enum
{
  LAYOUT_LINES,
  LAYOUT_TABS,
  LAYOUT_PIPES,
  LAYOUT_CELLS, /* rows of a real table (HTML, Word) */
  LAYOUT_SPACED, /* a row per line, cells apart by runs of spaces or tabs */
} Layout;

typedef struct
{
  char *text; /* as printed, trimmed */
  char *key;  /* its key, trimmed */
  int line;
  int value;  /* whether is_value(): -1 until asked */
} Cell;

typedef struct
{
  Layout layout;
  GArray *roles;   /* of Role, one per header cell */
  GArray *years;   /* of int, the year of each header cell or 0 */
  gboolean has_category;
  gboolean has_domain;
  gboolean has_unit;
  guint n_values;  /* value columns: baseline, target and years between */
  gboolean only_baseline; /* the one value column is a baseline */
  char *category;  /* carried down */
  char *domain;
  char *parent;    /* a name merged down over its sub-rows (real tables) */
  char *parent_nature;
  PwImportTable *table;
} Reader;

static const char *known_categories[] = {
  "总体", "总体指标", "基本公共服务", "普惠性非基本公共服务", "非基本公共服务",
  "普惠性公共服务", "生活服务", "高品质生活服务", "品质生活服务",
};

/* Auxiliary methods */

static void
cell_free (Cell *cell)
{
  g_free (cell->text);
  g_free (cell->key);
  g_free (cell);
}

static Cell *
cell_new (const char *text,
          gssize      length,
          int         line)
{
  Cell *cell = g_new0 (Cell, 1);
  g_autofree char *key = NULL;

  cell->text = pw_import_trim (text, length);
  key = pw_import_make_key (cell->text, -1, NULL);
  cell->key = pw_import_trim (key, -1);
  cell->line = line;
  cell->value = -1;
  return cell;
}

static void
row_free (PwImportRow *row)
{
  g_free (row->category);
  g_free (row->domain);
  g_free (row->name);
  g_free (row->unit);
  g_free (row->baseline);
  g_free (row->target);
  g_free (row->note);
  g_free (row->responsible);
  g_free (row);
}

static gboolean
ends_with_any (const char  *s,
               const char **words,
               gsize        n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (g_str_has_suffix (s, words[i]))
      return TRUE;
  return FALSE;
}

/* The year of a header cell: 2020年, 2025年目标, 2020年基期值 … or 0. */
static int
header_year (const char *k)
{
  static const char *tails[] = {
    "", "年", "年基期", "年基期值", "年现状", "年现状值", "年目标", "年目标值", "年预期目标",
    "年规划目标", "年末", "年底", "(基期)", "年(基期)", "年(目标)", "年值", "年完成值",
    "年完成", "年实际", "年实际值", "年预计", "年预计值", "年基数", "年基准值", "年现状水平",
    "年目标值(累计)", "年发展目标",
  };
  int year;

  if (!(g_ascii_isdigit (k[0]) && g_ascii_isdigit (k[1]) && g_ascii_isdigit (k[2]) &&
        g_ascii_isdigit (k[3])))
    return 0;
  year = (k[0] - '0') * 1000 + (k[1] - '0') * 100 + (k[2] - '0') * 10 + (k[3] - '0');
  if (year < 1949 || year > 2100)
    return 0;
  for (gsize i = 0; i < G_N_ELEMENTS (tails); i++)
    if (strcmp (k + 4, tails[i]) == 0)
      return year;
  return 0;
}

static Role
header_role (const char *key)
{
  g_autofree char *k = NULL;

  static const struct
  {
    const char *word;
    Role role;
  } words[] = {
    { "领域", ROLE_DOMAIN },         { "指标领域", ROLE_DOMAIN },   { "服务领域", ROLE_DOMAIN },
    { "类别", ROLE_CATEGORY },       { "分类", ROLE_CATEGORY },     { "指标类别", ROLE_CATEGORY },
    { "序号", ROLE_SEQUENCE },       { "编号", ROLE_SEQUENCE },     { "指标", ROLE_NAME },
    { "指标名称", ROLE_NAME },       { "名称", ROLE_NAME },         { "主要指标", ROLE_NAME },
    { "具体指标", ROLE_NAME },       { "指标内容", ROLE_NAME },     { "单位", ROLE_UNIT },
    { "计量单位", ROLE_UNIT },       { "指标单位", ROLE_UNIT },     { "指标性质", ROLE_NATURE },
    { "性质", ROLE_NATURE },         { "属性", ROLE_NATURE },       { "指标属性", ROLE_NATURE },
    { "指标类型", ROLE_NATURE },     { "备注", ROLE_NOTE },         { "说明", ROLE_NOTE },
    { "基期值", ROLE_BASELINE },     { "现状值", ROLE_BASELINE },   { "基准值", ROLE_BASELINE },
    { "基期", ROLE_BASELINE },       { "目标值", ROLE_TARGET },     { "规划目标", ROLE_TARGET },
    { "预期目标", ROLE_TARGET },     { "目标", ROLE_TARGET },       { "类型", ROLE_CATEGORY },
    { "指标分类", ROLE_CATEGORY },   { "类目", ROLE_CATEGORY },     { "板块", ROLE_CATEGORY },
    { "完成情况", ROLE_NOTE },       { "实际完成", ROLE_NOTE },   { "现状", ROLE_BASELINE },     { "基数", ROLE_BASELINE },
    { "基准年", ROLE_BASELINE },     { "年均增长", ROLE_TARGET },   { "累计", ROLE_TARGET },
    { "目标年", ROLE_TARGET },       { "规划值", ROLE_TARGET },     { "指标值", ROLE_TARGET },
    { "责任单位", ROLE_RESPONSIBLE }, { "牵头单位", ROLE_RESPONSIBLE }, { "责任部门", ROLE_RESPONSIBLE },
    { "牵头部门", ROLE_RESPONSIBLE }, { "主责单位", ROLE_RESPONSIBLE }, { "责任主体", ROLE_RESPONSIBLE },
    { "牵头责任单位", ROLE_RESPONSIBLE }, { "责任单位（部门）", ROLE_RESPONSIBLE },
  };

  /* no header word is longer, even spelt out with spaces */
  if (strlen (key) > 48)
    return ROLE_INVALID;
  k = pw_import_strip_spaces (key);
  if (*k == '\0')
    return ROLE_NONE;
  if (header_year (k) > 0)
    return ROLE_YEAR;
  /* “十四五”现状, “十五五”目标, 十五五期末: the plan's kind names the column */
  {
    static const char *quotes[] = { "“", "”", "\"", "'" };
    g_autoptr(GString) bare = g_string_new (k);
    const char *q;

    for (gsize i = 0; i < G_N_ELEMENTS (quotes); i++)
      while ((q = strstr (bare->str, quotes[i])) != NULL)
        g_string_erase (bare, q - bare->str, strlen (quotes[i]));
    if (g_str_has_prefix (bare->str, "十") && g_utf8_strlen (bare->str, -1) >= 4)
      {
        const char *tail = g_utf8_offset_to_pointer (bare->str, 3);

        if (g_str_has_prefix (g_utf8_offset_to_pointer (bare->str, 2), "五"))
          {
            if (strstr (tail, "现状") != NULL || strstr (tail, "基期") != NULL ||
                strstr (tail, "完成") != NULL || strstr (tail, "末") != NULL)
              return ROLE_BASELINE;
            if (strstr (tail, "目标") != NULL || strstr (tail, "规划") != NULL)
              return ROLE_TARGET;
          }
      }
  }
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (k, words[i].word) == 0)
      return words[i].role;
  return ROLE_INVALID;
}

/* Whether @key is a nature cell, and which. */
static gboolean
read_nature (const char *key,
             PwNature   *nature)
{
  g_autofree char *k = pw_import_strip_spaces (key);

  if (strcmp (k, "约束性") == 0 || strcmp (k, "约束") == 0 || strcmp (k, "约束性指标") == 0)
    *nature = PW_NATURE_BINDING;
  else if (strcmp (k, "预期性") == 0 || strcmp (k, "预期") == 0 ||
           strcmp (k, "预期性指标") == 0)
    *nature = PW_NATURE_EXPECTED;
  else
    return FALSE;
  return TRUE;
}

static gboolean
has_digit (const char *s)
{
  for (; *s; s++)
    if (g_ascii_isdigit (*s))
      return TRUE;
  return FALSE;
}

/* A unit as printed, less the space a line break in its cell left after a
 * slash (万人次/ 万吨). */
static char *
unit_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '/')
        while (p[1] == ' ')
          p++;
    }
  return g_string_free (out, FALSE);
}

/* The length in bytes of a sequence number that a name starts with (1.
 * 地区生产总值 in the key, 12、), or 0: digits, a dot or 、, then no digit. */
static gsize
sequence_length (const char *key)
{
  const char *p = key;

  if (!g_ascii_isdigit (*p))
    return 0;
  while (g_ascii_isdigit (*p))
    p++;
  if (g_str_has_prefix (p, "、"))
    {
      p = pw_import_skip_spaces (p + strlen ("、"));
      return *p != '\0' ? (gsize) (p - key) : 0;
    }
  if (*p != '.')
    return 0;
  p++;
  /* 1. 3岁以下…, 4.“15+8”…, but not 2.5 or 3.%: a decimal has no space after its point */
  if (*p == ' ')
    return pw_import_skip_spaces (p) - key;
  if (*p == '\0' || g_ascii_isdigit (*p) || *p == '%' || *p == '.')
    return 0;
  return p - key;
}

/* Whether a cell holds a value: a number, a comparison, a change, a goal in
 * words, a placeholder, nothing, or a short text with a number that does
 * not end as a name does. */
static gboolean
read_is_value (const Cell *cell)
{
  static const char *name_ends[] = {
    "率", "数", "比", "比重", "比例", "量", "额", "积", "限", "命", ")", "人次", "人口",
  };
  g_autoptr(PwValue) value = NULL;

  if (cell->key[0] == '\0')
    return TRUE;
  if (sequence_length (cell->key) > 0)
    return FALSE;

  value = pw_value_new (cell->key);
  if (pw_value_get_kind (value) != PW_VALUE_INVALID)
    return TRUE;

  return has_digit (cell->key) && g_utf8_strlen (cell->key, -1) <= 16 &&
         !ends_with_any (cell->key, name_ends, G_N_ELEMENTS (name_ends));
}

static gboolean
is_value (Cell *cell)
{
  if (cell->value < 0)
    cell->value = read_is_value (cell);
  return cell->value;
}

/* 12, 12. or 12、 */
static gboolean
is_sequence (const Cell *cell)
{
  const char *p = cell->key;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    p++;
  else if (g_str_has_prefix (p, "、"))
    p += strlen ("、");
  return *p == '\0';
}

static const char *
known_category (const char *joined_key)
{
  for (gsize i = 0; i < G_N_ELEMENTS (known_categories); i++)
    if (strcmp (joined_key, known_categories[i]) == 0)
      return known_categories[i];
  return NULL;
}

/* The value as stored: as printed, but in simplified characters, so that
 * the model reads 應保盡保 as the goal it is. */
static char *
value_text (const Cell *cell)
{
  char *simplified = pw_import_simplify (cell->text);

  return simplified != NULL ? simplified : g_strdup (cell->text);
}

static char *
category_text (const char *printed)
{
  g_autofree char *key = pw_import_make_key (printed, -1, NULL);
  g_autofree char *k = pw_import_strip_spaces (key);

  if (strcmp (k, "总体指标") == 0)
    return g_strdup ("总体");
  return pw_import_strip_spaces (printed);
}

static void
set_category (Reader     *r,
              const char *category)
{
  g_autofree char *value = category_text (category);

  if (g_strcmp0 (value, r->category) != 0)
    {
      g_free (r->category);
      r->category = g_steal_pointer (&value);
      g_clear_pointer (&r->domain, g_free);
    }
}

static void
set_domain (Reader     *r,
            const char *domain)
{
  g_free (r->domain);
  r->domain = pw_import_strip_spaces (domain);
}

/* Category and domain from the cells before the name of a row read by what
 * its cells are: fragments that join into a known category, then the
 * domain. */
static void
assign_groups (Reader  *r,
               Cell   **cells,
               guint    n_cells)
{
  g_autoptr(GString) joined_key = g_string_new (NULL);
  g_autoptr(GString) joined_text = g_string_new (NULL);
  g_autoptr(GString) rest = g_string_new (NULL);
  guint n_category = 0;
  guint n_nonempty = 0;
  const char *category = NULL;

  for (guint i = 0; i < n_cells; i++)
    {
      if (cells[i]->key[0] == '\0')
        continue;
      g_string_append (joined_key, cells[i]->key);
      g_string_append (joined_text, cells[i]->text);
      {
        g_autofree char *k = pw_import_strip_spaces (joined_key->str);

        if (known_category (k) != NULL)
          {
            category = known_category (k);
            n_category = i + 1;
          }
      }
    }

  if (category != NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < n_category; i++)
        g_string_append (text, cells[i]->text);
      set_category (r, text->str);
    }

  for (guint i = n_category; i < n_cells; i++)
    if (cells[i]->key[0] != '\0')
      {
        n_nonempty++;
        g_string_append (rest, cells[i]->text);
      }

  if (category == NULL && r->has_category && r->has_domain && n_nonempty >= 2)
    {
      /* an unknown category and a domain: the last cell is the domain */
      g_autoptr(GString) text = g_string_new (NULL);
      guint last = n_cells;

      while (last > 0 && cells[last - 1]->key[0] == '\0')
        last--;
      for (guint i = 0; i + 1 < last; i++)
        g_string_append (text, cells[i]->text);
      set_category (r, text->str);
      set_domain (r, cells[last - 1]->text);
      return;
    }

  if (rest->len > 0)
    set_domain (r, rest->str);
}

/* 元, 万人, %, ‰, 1/10万 … */
static gboolean
is_unit_like (const Cell *cell)
{
  glong n = g_utf8_strlen (cell->key, -1);

  return n > 0 && n <= 8 &&
         (!has_digit (cell->key) || pw_unit_kind_from_text (cell->key) != PW_UNIT_PLAIN);
}

/* Reads one row. @positional: whether a row as wide as the header may be
 * read by position (not in the one-cell-per-line layout, where widths
 * vary with merged cells). */
static void
interpret_row (Reader    *r,
               GPtrArray *cells_array,
               gboolean   positional)
{
  Cell **cells = (Cell **) cells_array->pdata;
  guint n = cells_array->len;
  PwImportRow *row;
  Cell *name = NULL;
  Cell *unit = NULL;
  Cell *values[8] = { NULL };
  guint n_values = 0;
  Cell *nature_cell = NULL;
  Cell *responsible = NULL;
  PwNature nature = PW_NATURE_UNKNOWN;
  g_autoptr(GString) note = g_string_new (NULL);

  while (n > 0 && cells[n - 1]->key[0] == '\0' && r->layout != LAYOUT_LINES)
    n--;
  if (n == 0)
    return;

  /* a header repeated after a page break */
  {
    gboolean all_header = TRUE;
    guint n_words = 0;

    for (guint i = 0; i < n; i++)
      {
        Role role = header_role (cells[i]->key);

        if (role == ROLE_INVALID)
          all_header = FALSE;
        else if (role != ROLE_NONE)
          n_words++;
      }
    if (all_header && n_words >= 2)
      return;
  }

  if (positional && n == r->roles->len)
    {
      guint name_index = G_MAXUINT;

      for (guint i = 0; i < n; i++)
        if (g_array_index (r->roles, Role, i) == ROLE_NAME)
          name_index = i;
      if (name_index == G_MAXUINT || is_value (cells[name_index]) ||
          cells[name_index]->key[0] == '\0')
        positional = FALSE;
      for (guint i = 0; i < n && positional; i++)
        if (g_array_index (r->roles, Role, i) == ROLE_NATURE && cells[i]->key[0] != '\0' &&
            !read_nature (cells[i]->key, &nature))
          positional = FALSE;
    }
  else
    positional = FALSE;

  if (positional)
    {
      for (guint i = 0; i < n; i++)
        {
          Role role = g_array_index (r->roles, Role, i);
          Cell *cell = cells[i];

          switch (role)
            {
            case ROLE_CATEGORY:
              if (cell->key[0] != '\0')
                {
                  g_autofree char *k = pw_import_strip_spaces (cell->key);

                  if (known_category (k) != NULL || r->has_domain)
                    set_category (r, cell->text);
                  else
                    set_domain (r, cell->text);
                }
              break;
            case ROLE_DOMAIN:
              if (cell->key[0] != '\0')
                set_domain (r, cell->text);
              break;
            case ROLE_NAME:
              name = cell;
              break;
            case ROLE_UNIT:
              unit = cell;
              break;
            case ROLE_BASELINE:
            case ROLE_YEAR:
            case ROLE_TARGET:
              if (n_values < G_N_ELEMENTS (values))
                values[n_values++] = cell;
              break;
            case ROLE_NATURE:
              nature_cell = cell;
              break;
            case ROLE_NOTE:
              if (cell->key[0] != '\0')
                g_string_append (note, cell->text);
              break;
            case ROLE_RESPONSIBLE:
              responsible = cell;
              break;
            case ROLE_NONE:
            case ROLE_SEQUENCE:
            case ROLE_INVALID:
            default:
              break;
            }
        }
    }
  else
    {
      guint i = n;

      /* the units, the last column after the nature: what is neither a
       * nature nor a value there */
      if (r->roles->len > 0 && n >= r->roles->len && i > 1 &&
          g_array_index (r->roles, Role, r->roles->len - 1) == ROLE_RESPONSIBLE &&
          !read_nature (cells[i - 1]->key, &nature) && !is_value (cells[i - 1]))
        responsible = cells[--i];
      nature = PW_NATURE_UNKNOWN;
      if (read_nature (cells[i - 1]->key, &nature))
        nature_cell = cells[--i];

      /* values, leaving at least one cell for the name */
      while (i > 1 && n_values < r->n_values && n_values < G_N_ELEMENTS (values) &&
             is_value (cells[i - 1]))
        values[n_values++] = cells[--i];

      /* they were read right to left */
      for (guint a = 0, b = n_values; a + 1 < b; a++, b--)
        {
          Cell *tmp = values[a];
          values[a] = values[b - 1];
          values[b - 1] = tmp;
        }

      if (r->has_unit && i >= 2 && is_unit_like (cells[i - 1]) && !is_value (cells[i - 2]))
        unit = cells[--i];

      /* the name: the next cell that says something */
      while (i > 0 && cells[i - 1]->key[0] == '\0' && r->layout != LAYOUT_LINES)
        i--;
      if (i > 0)
        name = cells[--i];

      {
        g_autoptr(GPtrArray) before = g_ptr_array_new ();

        for (guint j = 0; j < i; j++)
          if (!is_sequence (cells[j]))
            g_ptr_array_add (before, cells[j]);
        assign_groups (r, (Cell **) before->pdata, before->len);
      }
    }

  if (name == NULL || name->key[0] == '\0')
    return;

  /* 1. 地区生产总值年均增长: the number is the row's, not the name's */
  if (sequence_length (name->key) > 0)
    {
      glong n_chars = g_utf8_pointer_to_offset (name->key, name->key + sequence_length (name->key));
      char *text = g_strdup (pw_import_skip_chars (name->text, n_chars));
      char *key = g_strdup (name->key + sequence_length (name->key));

      g_free (name->text);
      g_free (name->key);
      name->text = text;
      name->key = key;
    }

  row = g_new0 (PwImportRow, 1);
  row->category = g_strdup (r->category);
  row->domain = g_strdup (r->domain);
  row->line = name->line;
  row->nature = nature;
  row->no_nature = (nature_cell == NULL || nature == PW_NATURE_UNKNOWN);

  if (unit != NULL && unit->key[0] != '\0')
    {
      row->name = g_strdup (name->text);
      /* — or / in the unit column: the indicator has no unit */
      row->unit = strspn (unit->key, "-/ ") == strlen (unit->key) ||
                      strcmp (unit->key, "—") == 0 || strcmp (unit->key, "——") == 0
                    ? NULL
                    : unit_text (unit->text);
    }
  else
    pw_import_split_unit (name->text, &row->name, &row->unit);

  if (n_values == 0)
    row->no_values = TRUE;
  else if (n_values == 1 && r->n_values == 1)
    {
      /* the header has one value column: the target (or the baseline) */
      if (r->only_baseline)
        row->baseline = value_text (values[0]);
      else
        row->target = value_text (values[0]);
    }
  else if (n_values == 1 && !positional)
    {
      row->single_value = TRUE;
      row->target = value_text (values[0]);
      row->value_line = values[0]->line;
    }
  else
    {
      row->baseline = value_text (values[0]);
      row->target = value_text (values[n_values - 1]);
      for (guint j = 1; j + 1 < n_values; j++)
        {
          int year = 0;

          for (guint k = 0, v = 0; k < r->roles->len; k++)
            {
              Role role = g_array_index (r->roles, Role, k);

              if (role == ROLE_BASELINE || role == ROLE_YEAR || role == ROLE_TARGET)
                {
                  if (v == j)
                    year = g_array_index (r->years, int, k);
                  v++;
                }
            }
          if (note->len > 0)
            g_string_append (note, "; ");
          if (year > 0)
            g_string_append_printf (note, "%d年: ", year);
          g_string_append (note, values[j]->text);
        }
    }

  if (note->len > 0)
    row->note = g_strdup (note->str);
  if (responsible != NULL && responsible->key[0] != '\0')
    row->responsible = g_strdup (responsible->text);

  g_ptr_array_add (r->table->rows, row);
}

static guint
count_pipes (const char *key)
{
  guint n = 0;

  for (const char *p = key; *p; p++)
    if (*p == '|')
      n++;
  return n;
}

/* Splits a pipe row of @line into cells; a leading pipe makes no cell. */
static GPtrArray *
split_pipes (const PwImportLine *line)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  const char *start = line->text;
  const char *p = line->text;

  if (*p == '|' || g_str_has_prefix (p, "｜"))
    start = p = g_utf8_next_char (p);

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '|' || c == 0xFF5C || c == '\0')
        {
          g_ptr_array_add (cells, cell_new (start, p - start, line->number));
          if (c == '\0')
            break;
          start = g_utf8_next_char (p);
        }
    }

  return cells;
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
      count_pipes (k) >= 2)
    return TRUE;
  if (g_str_has_prefix (k, "专栏") || g_str_has_prefix (k, "附件") || g_str_has_prefix (k, "附表"))
    return TRUE;
  /* 表2 …: the caption of another table */
  if (g_str_has_prefix (k, "表") && g_ascii_isdigit (k[strlen ("表")]))
    return TRUE;
  if (g_str_has_prefix (k, "第") && pw_import_parse_numeral (k + strlen ("第"), &after) >= 0 &&
      (g_str_has_prefix (after, "章") || g_str_has_prefix (after, "节")))
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

static void
set_roles (Reader    *r,
           GPtrArray *header)
{
  guint n = header->len;
  int first_year = -1;
  int last_year = -1;
  gboolean seen_named = FALSE;
  gboolean has_baseline = FALSE;
  gboolean has_target = FALSE;

  r->roles = g_array_sized_new (FALSE, TRUE, sizeof (Role), n);
  r->years = g_array_sized_new (FALSE, TRUE, sizeof (int), n);

  for (guint i = 0; i < n; i++)
    {
      Cell *cell = g_ptr_array_index (header, i);
      Role role = header_role (cell->key);
      g_autofree char *k = pw_import_strip_spaces (cell->key);
      int year = header_year (k);

      /* an empty header over the first column is the category's */
      if (role == ROLE_NONE && !seen_named)
        role = ROLE_CATEGORY;
      if (role != ROLE_NONE)
        seen_named = TRUE;
      if (role == ROLE_YEAR)
        {
          if (first_year < 0)
            first_year = i;
          last_year = i;
        }
      has_baseline |= role == ROLE_BASELINE;
      has_target |= role == ROLE_TARGET;
      g_array_append_val (r->roles, role);
      g_array_append_val (r->years, year);
    }

  /* years: the first is the baseline, the last the target */
  if (first_year >= 0)
    {
      if (last_year != first_year && !has_baseline && !has_target)
        {
          g_array_index (r->roles, Role, first_year) = ROLE_BASELINE;
          g_array_index (r->roles, Role, last_year) = ROLE_TARGET;
        }
      else if (last_year == first_year && !has_baseline)
        g_array_index (r->roles, Role, first_year) = has_target ? ROLE_BASELINE : ROLE_TARGET;
      else if (last_year == first_year && !has_target)
        g_array_index (r->roles, Role, first_year) = ROLE_TARGET;
    }

  for (guint i = 0; i < n; i++)
    {
      Role role = g_array_index (r->roles, Role, i);
      int year = g_array_index (r->years, int, i);

      switch (role)
        {
        case ROLE_CATEGORY:
          r->has_category = TRUE;
          break;
        case ROLE_DOMAIN:
          r->has_domain = TRUE;
          break;
        case ROLE_UNIT:
          r->has_unit = TRUE;
          break;
        case ROLE_BASELINE:
          r->n_values++;
          if (year > 0 && r->table->baseline_year == 0)
            r->table->baseline_year = year;
          break;
        case ROLE_TARGET:
          r->n_values++;
          if (year > 0)
            r->table->target_year = year;
          break;
        case ROLE_YEAR:
          r->n_values++;
          break;
        case ROLE_INVALID:
        case ROLE_NONE:
        case ROLE_SEQUENCE:
        case ROLE_NAME:
        case ROLE_NATURE:
        case ROLE_NOTE:
        default:
          break;
        }
    }

  if (r->n_values == 0)
    r->n_values = 2;
  r->only_baseline = FALSE;
  for (guint i = 0; i < n; i++)
    if (g_array_index (r->roles, Role, i) == ROLE_TARGET)
      break;
    else if (i + 1 == n)
      r->only_baseline = r->n_values == 1;
}

static guint
read_pipes (Reader              *r,
            const PwImportLines *lines,
            guint                i)
{
  g_autoptr(GPtrArray) header = split_pipes (&lines->lines[i]);
  guint next = i + 1;

  while (header->len > 0 &&
         ((Cell *) g_ptr_array_index (header, header->len - 1))->key[0] == '\0')
    g_ptr_array_remove_index (header, header->len - 1);
  set_roles (r, header);
  r->table->last_line = lines->lines[i].number;

  for (guint j = i + 1; j < lines->n_lines; j++)
    {
      const PwImportLine *line = &lines->lines[j];
      g_autoptr(GPtrArray) cells = NULL;

      if (line->noise || line->blank)
        continue;
      if (count_pipes (line->key) < 2)
        break;
      next = j + 1;
      r->table->last_line = line->number;
      if (is_separator_row (line->key))
        continue;
      cells = split_pipes (line);
      interpret_row (r, cells, TRUE);
    }

  return next;
}

/* The cells of the block of the tab layout that starts at @i: one per line
 * that starts with a tab, a line without one continuing the cell above. */
static guint
read_block (const PwImportLines *lines,
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
        g_ptr_array_add (cells, cell_new (line->text, -1, line->number));
      else
        {
          Cell *last = g_ptr_array_index (cells, cells->len - 1);
          char *text = g_strconcat (last->text, line->text, NULL);
          char *key = g_strconcat (last->key, line->key, NULL);

          g_free (last->text);
          g_free (last->key);
          last->text = text;
          last->key = key;
        }
    }

  return j;
}

static guint
read_tabs (Reader              *r,
           const PwImportLines *lines,
           guint                i)
{
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  guint start = i;
  guint j;
  guint next;

  /* empty header cells just above */
  while (start > 0 && lines->lines[start - 1].blank && lines->lines[start - 1].tabs > 0)
    start--;
  next = read_block (lines, start, header);
  r->table->first_line = lines->lines[start].number;
  r->table->last_line = lines->lines[next - 1].number;
  set_roles (r, header);

  j = next;
  while (j < lines->n_lines)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
      guint end;

      while (j < lines->n_lines && (is_gap (&lines->lines[j]) || lines->lines[j].noise))
        j++;
      if (j >= lines->n_lines || lines->lines[j].tabs == 0)
        break;
      if (ends_cell_table (&lines->lines[j]) && strstr (lines->lines[j].key, "。") != NULL)
        break;

      end = read_block (lines, j, cells);
      /* a 专栏 caption or a paragraph indented with a tab ends the table */
      if (cells->len == 1 && !is_value (g_ptr_array_index (cells, 0)))
        break;
      interpret_row (r, cells, TRUE);
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
    g_ptr_array_insert (cells, 0, cell_new ("", 0, ((Cell *) g_ptr_array_index (cells, 0))->line));
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
          g_ptr_array_insert (cells, k, cell_new ("", 0, ((Cell *) g_ptr_array_index (cells, 0))->line));
      }
  return is_sequence (g_ptr_array_index (cells, seq));
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

  interpret_row (r, cells, FALSE);
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
    row->unit = g_strdup (above->unit);
  if (g_str_has_prefix (row->name, "其中") && !g_str_has_prefix (row->name, "其中："))
    {
      g_autofree char *rest = pw_import_trim (row->name + strlen ("其中"), -1);
      g_autofree char *bare = g_str_has_prefix (rest, ":") ? pw_import_trim (rest + 1, -1) : NULL;

      g_free (row->name);
      row->name = g_strconcat ("其中：", bare != NULL ? bare : rest, NULL);
    }
}

static guint
read_lines (Reader              *r,
            const PwImportLines *lines,
            guint                i)
{
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
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
      g_ptr_array_add (header, cell_new ("", 0, lines->lines[k].number));
  r->table->first_line = lines->lines[start].number;

  /* the header: header words, up to the last of them */
  for (j = i; j < lines->n_lines; j++)
    {
      const PwImportLine *line = &lines->lines[j];
      Role role;

      if (line->noise || (line->blank && !line->spaces))
        continue;
      role = header_role (line->key);
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

              earlier_name |= header_role (cell->key) == ROLE_NAME;
            }
          if (earlier_name)
            {
              g_free (last->key);
              last->key = g_strdup ("指标性质");
              last_header = j;
              continue;
            }
        }
      g_ptr_array_add (header, cell_new (line->text, -1, line->number));
      if (role != ROLE_NONE)
        last_header = j;
    }
  /* trailing empty cells belong to the first row */
  while (header->len > 0 &&
         ((Cell *) g_ptr_array_index (header, header->len - 1))->key[0] == '\0' &&
         ((Cell *) g_ptr_array_index (header, header->len - 1))->line >
           lines->lines[last_header].number)
    g_ptr_array_remove_index (header, header->len - 1);
  set_roles (r, header);
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
      cell = cell_new (line->text, -1, line->number);

      /* a sequence number that follows the last one starts a row: the cells
       * before it without a nature are a row of their own (其中 …) */
      if (after_nature > 0 && countdown < 0 && cells->len >= 2 && is_sequence (cell) &&
          atoi (cell->key) == last_sequence + 1)
        {
          guint keep = cells->len;
          g_autoptr(GPtrArray) head = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);

          while (keep > 0 && !is_value (g_ptr_array_index (cells, keep - 1)))
            keep--;
          if (keep >= 2)
            {
              for (guint k = keep; k < cells->len; k++)
                {
                  Cell *moved = g_ptr_array_index (cells, k);

                  g_ptr_array_add (head, cell_new (moved->text, -1, moved->line));
                }
              g_ptr_array_set_size (cells, keep);
              interpret_sub_row (r, cells);
              g_ptr_array_set_size (cells, 0);
              for (guint k = 0; k < head->len; k++)
                {
                  Cell *moved = g_ptr_array_index (head, k);

                  g_ptr_array_add (cells, cell_new (moved->text, -1, moved->line));
                }
              next = j;
            }
        }
      if (is_sequence (cell) && countdown < 0)
        last_sequence = MAX (last_sequence, atoi (cell->key));

      if (cells->len == 0)
        row_start = j;
      g_ptr_array_add (cells, cell);
      if (countdown > 0 && --countdown == 0)
        {
          pad_left (r, cells);
          interpret_row (r, cells, TRUE);
          g_ptr_array_set_size (cells, 0);
          r->table->last_line = line->number;
          next = j + 1;
          countdown = -1;
        }
      else if (countdown < 0 && read_nature (line->key, &nature))
        {
          if (after_nature > 0)
            countdown = after_nature;
          else
            {
              interpret_row (r, cells, fit_merged (r, cells));
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
        n_values += is_value (g_ptr_array_index (cells, k)) &&
                    ((Cell *) g_ptr_array_index (cells, k))->key[0] != '\0';
      if (n_values > 0 && n_values < cells->len)
        {
          const Cell *last = g_ptr_array_index (cells, cells->len - 1);

          interpret_row (r, cells, FALSE);
          r->table->last_line = last->line;
          for (next = row_start; next < lines->n_lines && lines->lines[next].number <= last->line;)
            next++;
        }
    }

  return next;
}

/* The cells of a row of a real table. */
static GPtrArray *
real_cells (const PwImportLines *lines,
            const PwImportLine  *line)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);

  for (guint k = 0; k < line->n_cells; k++)
    g_ptr_array_add (cells, cell_new (pw_import_line_cell (lines, line, k), -1, line->number));
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
      Role r = header_role (((Cell *) g_ptr_array_index (cells, j))->key);

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

    g_ptr_array_index (cells, name) = cell_new (joined, -1, sub->line);
    cell_free (parent);
    g_ptr_array_remove_index (cells, name + 1);
  }
  if (nature != G_MAXUINT && nature > name && r->parent_nature != NULL)
    {
      Cell *cell = g_ptr_array_index (cells, nature);

      if (cell->key[0] == '\0')
        {
          g_ptr_array_index (cells, nature) = cell_new (r->parent_nature, -1, cell->line);
          cell_free (cell);
        }
    }
}

/* A real table: the header row at @i, then every row of the same table. */
static guint
read_cells (Reader              *r,
            const PwImportLines *lines,
            guint                i)
{
  g_autoptr(GPtrArray) header = real_cells (lines, &lines->lines[i]);
  guint table = lines->lines[i].table;
  guint j;

  set_roles (r, header);
  r->table->last_line = lines->lines[i].number;

  for (j = i + 1; j < lines->n_lines && lines->lines[j].table == table; j++)
    {
      const PwImportLine *line = &lines->lines[j];
      g_autoptr(GPtrArray) cells = real_cells (lines, line);
      gboolean empty = TRUE;

      for (guint k = 0; k < cells->len && empty; k++)
        empty = ((Cell *) g_ptr_array_index (cells, k))->key[0] == '\0';
      if (empty || is_header_row (cells))
        continue;
      merge_sub_name (r, cells);
      interpret_row (r, cells, TRUE);
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

  for (const char *p = text; *p;)
    if (*p == ' ' || *p == '\t')
      {
        guint w = 0;

        for (; *p == ' ' || *p == '\t'; p++)
          w += *p == '\t' ? 4 : 1;
        if (w >= 2 && (best == 0 || w < best))
          best = w;
      }
    else
      p++;
  return best;
}

/* Splits a line of the spaced layout into cells: runs of two or more spaces
 * or tabs (or of U+3000) part them; a run as wide as several separators
 * holds empty cells, and so does the indent (merged cells of the rows
 * above). */
static GPtrArray *
split_spaced (const PwImportLine *line,
              guint               width)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  const char *p = line->text;
  const char *start = p;

  if (width == 0)
    width = 4;
  for (guint k = 0; k < (line->lead + width / 2) / width; k++)
    g_ptr_array_add (cells, cell_new ("", 0, line->number));

  while (*p)
    {
      guint w = 0;
      const char *q = p;

      for (;; )
        {
          if (*q == ' ' || *q == '\t')
            w += *q == '\t' ? 4 : 1, q++;
          else if (g_str_has_prefix (q, "\u3000"))
            w += 2, q += strlen ("\u3000");
          else
            break;
        }
      if (w >= 2 || (*q == '\0' && q > p))
        {
          g_ptr_array_add (cells, cell_new (start, p - start, line->number));
          for (guint k = 1; k < (w + width / 2) / width; k++)
            g_ptr_array_add (cells, cell_new ("", 0, line->number));
          p = start = q;
          continue;
        }
      p = q > p ? q : g_utf8_next_char (p);
    }
  if (p > start)
    g_ptr_array_add (cells, cell_new (start, p - start, line->number));
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

  g_free (cell->text);
  g_free (cell->key);
  cell->text = text;
  cell->key = key;
}

/* Whether a line ends a spaced table: a heading, a caption, a note, a
 * sentence. */
static gboolean
ends_spaced_table (const PwImportLine *line)
{
  const char *after_note = g_str_has_prefix (line->key, "注") ? line->key + strlen ("注") : NULL;

  return (after_note != NULL && (*after_note == ':' || g_ascii_isdigit (*after_note) ||
                                 *after_note == ' ' || g_str_has_prefix (after_note, "释"))) ||
         g_str_has_prefix (line->key, "专栏") ||
         g_str_has_prefix (line->key, "资料来源") || g_str_has_prefix (line->key, "说明") ||
         (strstr (line->key, "。") != NULL && g_utf8_strlen (line->key, -1) > 30) ||
         g_utf8_strlen (line->key, -1) > 120;
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
          g_free (name->text);
          g_free (name->key);
          name->text = g_strdup (parent->text);
          name->key = g_strdup (parent->key);
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

          g_free (name->text);
          g_free (name->key);
          name->text = g_steal_pointer (&text);
          name->key = g_steal_pointer (&key);
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
            g_free (cell->text);
            g_free (cell->key);
            cell->text = g_strdup (up->text);
            cell->key = g_strdup (up->key);
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

      if (read_nature (cell->key, &n))
        nature = TRUE;
      else if (!is_empty_cell (cell) && i > 0 && is_value (cell))
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
  g_autoptr(GPtrArray) header = split_spaced (&lines->lines[i], width);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) above = NULL;
  guint next = i + 1;
  guint blanks = 0;

  set_roles (r, header);
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
      cells = split_spaced (line, width);
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
            g_ptr_array_add (pending, cell_new (((Cell *) g_ptr_array_index (cells, k))->text, -1,
                                                line->number));
        }
      else if (pending != NULL && cells->len == 1 && line->lead == 0 &&
               !is_value (g_ptr_array_index (cells, 0)))
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
              interpret_row (r, pending, TRUE);
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
      interpret_row (r, pending, TRUE);
    }
  return next;
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
  g_autofree char *text = pw_import_trim (cell, -1);
  const char *end = text + strlen (text);
  const char *last = g_utf8_find_prev_char (text, end);
  const char *open = NULL;
  int depth = 0;

  *unit = NULL;

  if (last != NULL && (*last == ')' || g_str_has_prefix (last, "）")))
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
      g_autofree char *candidate = pw_import_trim (inside, last - inside);
      g_autofree char *key = pw_import_make_key (candidate, -1, NULL);
      glong n = g_utf8_strlen (candidate, -1);

      if (n > 0 && n <= 8 && strstr (key, "、") == NULL && strchr (key, ',') == NULL &&
          !g_str_has_prefix (key, "含") && !g_str_has_prefix (key, "不含") &&
          !g_str_has_prefix (key, "包括") && !g_str_has_prefix (key, "其中"))
        {
          *name = pw_import_trim (text, open - text);
          *unit = g_steal_pointer (&candidate);
          return;
        }
    }

  *name = g_steal_pointer (&text);
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
  g_autoptr(GPtrArray) cells = NULL;

  if (line->table > 0)
    cells = real_cells (lines, line);
  else
    cells = split_spaced (line, separator_width (line->text));
  for (guint k = 0; k < cells->len; k++)
    g_ptr_array_add (texts, g_strdup (((Cell *) g_ptr_array_index (cells, k))->text));
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

  if (line->blank || line->noise)
    return FALSE;

  if (line->table > 0)
    {
      g_autoptr(GPtrArray) cells = real_cells (lines, line);

      return is_header_row (cells);
    }

  if (count_pipes (line->key) < 3 && separator_width (line->text) >= 2)
    {
      g_autoptr(GPtrArray) cells = split_spaced (line, separator_width (line->text));

      if (cells->len >= 3)
        return is_header_row (cells);
    }

  if (count_pipes (line->key) >= 3)
    {
      g_autoptr(GPtrArray) cells = split_pipes (line);

      for (guint j = 0; j < cells->len; j++)
        {
          Role r = header_role (((Cell *) g_ptr_array_index (cells, j))->key);

          n_words += r > ROLE_NONE;
          name |= r == ROLE_NAME;
          values |= r == ROLE_YEAR || r == ROLE_BASELINE || r == ROLE_TARGET;
        }
      return n_words >= 3 && name && values;
    }

  role = header_role (line->key);
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
      r = header_role (next->key);
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
  guint next;

  memset (table, 0, sizeof *table);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  table->first_line = table->last_line = line->number;
  r.table = table;

  if (line->table > 0)
    {
      r.layout = LAYOUT_CELLS;
      table->layout = "cells";
      next = read_cells (&r, lines, i);
    }
  else if (count_pipes (line->key) < 3 && separator_width (line->text) >= 2)
    {
      r.layout = LAYOUT_SPACED;
      table->layout = "spaced";
      next = read_spaced (&r, lines, i);
    }
  else if (count_pipes (line->key) >= 3)
    {
      r.layout = LAYOUT_PIPES;
      table->layout = "pipes";
      next = read_pipes (&r, lines, i);
    }
  else if (line->tabs > 0)
    {
      r.layout = LAYOUT_TABS;
      table->layout = "tabs";
      next = read_tabs (&r, lines, i);
    }
  else
    {
      r.layout = LAYOUT_LINES;
      table->layout = "lines";
      next = read_lines (&r, lines, i);
    }

  g_clear_pointer (&r.roles, g_array_unref);
  g_clear_pointer (&r.years, g_array_unref);
  g_free (r.category);
  g_free (r.domain);
  g_free (r.parent);
  g_free (r.parent_nature);

  return MAX (next, i + 1);
}

void
pw_import_table_clear (PwImportTable *table)
{
  g_clear_pointer (&table->rows, g_ptr_array_unref);
}
