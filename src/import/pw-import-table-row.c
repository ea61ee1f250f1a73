/* pw-import-table-row.c: an indicator table's header, and the one interpreter of its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header's words give each column its role (领域, 类别, 序号, 指标名称,
 * 单位, 2020年, 2025年, 指标性质, 责任单位 …) and the years of the value
 * columns. Every row of every layout goes through the one interpreter: a row as
 * wide as the header is read by position; any other row by what its cells
 * are: the nature last, before it up to as many values as the header has
 * value columns (numbers, comparisons, goals in words, placeholders), then
 * the name, and before the name a sequence number and the category and
 * domain (see pw-import-table.c).
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-private.h"
#include "pw-import-table-private.h"

#include <string.h>

static const char *known_categories[] = {
  "总体", "总体指标", "基本公共服务", "普惠性非基本公共服务", "非基本公共服务",
  "普惠性公共服务", "生活服务", "高品质生活服务", "品质生活服务",
};

/* Auxiliary methods */

/* One of the reader's strings for a row, emptied: rows are read one at a
 * time, and each string has one use (SCRATCH_NOTE …) */
static GString *
scratch (Reader *r,
         guint   which)
{
  if (r->scratch[which] == NULL)
    r->scratch[which] = g_string_new (NULL);
  return g_string_truncate (r->scratch[which], 0);
}

/* Room for @size bytes in @pool, for a cell and its strings. */
static gpointer
pool_alloc (CellPool *pool,
            gsize     size)
{
  char *p;

  size = (size + 7) & ~(gsize) 7;
  if (pool->next == NULL)
    {
      pool->next = (char *) pool->room;
      pool->left = sizeof pool->room;
    }
  if (size > pool->left)
    {
      gsize n = MAX (size, CELL_BLOCK_SIZE);
      CellBlock *block = g_malloc (sizeof (CellBlock) + n);

      block->next = pool->blocks;
      pool->blocks = block;
      pool->next = (char *) block->data;
      pool->left = n;
    }
  p = pool->next;
  pool->next += size;
  pool->left -= size;
  return p;
}

/* Makes @pool empty (as zeroes do, without writing its room). */
void
pw_import_table_cell_pool_init (CellPool *pool)
{
  pool->blocks = NULL;
  pool->next = NULL;
  pool->left = 0;
}

/* Frees the blocks of @pool: every cell made in it goes. */
void
pw_import_table_cell_pool_clear (CellPool *pool)
{
  while (pool->blocks != NULL)
    {
      CellBlock *block = pool->blocks;

      pool->blocks = block->next;
      g_free (block);
    }
  pool->next = NULL;
  pool->left = 0;
}

/* Frees the strings @cell owns apart from its pool (a cell taken out of a
 * row, or a row's cells when it is done with). */
void
pw_import_table_cell_free (Cell *cell)
{
  if (cell->own_strings)
    {
      g_free (cell->text);
      g_free (cell->key);
      cell->own_strings = FALSE;
    }
}

/* A new array of cells, which frees what they own when it goes. */
GPtrArray *
pw_import_table_cells_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pw_import_table_cell_free);
}

/* Gives @cell the text and key (transfer full) it reads from now on. */
void
pw_import_table_cell_set (Cell *cell,
                          char *text,
                          char *key)
{
  if (cell->own_strings)
    {
      g_free (cell->text);
      g_free (cell->key);
    }
  cell->text = text;
  cell->key = key;
  cell->own_strings = TRUE;
}

Cell *
pw_import_table_cell_new (CellPool   *pool,
                          const char *text,
                          gssize      length,
                          int         line)
{
  gsize n;
  const char *trimmed = pw_import_trimmed (text, length, &n);
  /* one piece of the pool: the cell, its text, its key (never longer than
   * the text) */
  Cell *cell = pool_alloc (pool, sizeof (Cell) + 2 * (n + 1));
  gboolean differs = FALSE;
  gsize key_length;

  pw_import_init_char_pairs ();
  cell->text = (char *) (cell + 1);
  memcpy (cell->text, trimmed, n);
  cell->text[n] = '\0';
  cell->key = cell->text + n + 1;
  /* the key of a trimmed text needs no trimming: only U+3000 and U+00A0
   * become spaces in a key, and the text was trimmed of them */
  key_length = pw_import_write_key (cell->key, cell->text, n, NULL, &differs);
  cell->key[key_length] = '\0';
  cell->own_strings = FALSE;
  cell->line = line;
  cell->value = -1;
  return cell;
}

void
pw_import_table_row_free (PwImportRow *row)
{
  /* its texts are the table's */
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
int
pw_import_table_header_year (const char *k)
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

Role
pw_import_table_header_role (const char *key)
{
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

  static GHashTable *roles;
  static guint64 word_lengths; /* a bit for the length in bytes of each word */
  char k[64];
  gsize n = 0;
  gpointer role;

  /* no header word is longer, even spelt out with spaces */
  if (strnlen (key, 49) > 48)
    return ROLE_INVALID;
  for (const char *p = key; *p; p++)
    if (*p != ' ' && *p != '\t')
      k[n++] = *p;
  k[n] = '\0';
  if (*k == '\0')
    return ROLE_NONE;
  if (pw_import_table_header_year (k) > 0)
    return ROLE_YEAR;
  /* “十四五”现状, “十五五”目标, 十五五期末: the plan's kind names the column */
  if (strstr (k, "十") != NULL)
    {
      static const char *quotes[] = { "“", "”", "\"", "'" };
      g_autoptr(GString) bare = g_string_new (k);
      const char *q;

      for (gsize i = 0; i < G_N_ELEMENTS (quotes); i++)
        while ((q = strstr (bare->str, quotes[i])) != NULL)
          g_string_erase (bare, q - bare->str, strlen (quotes[i]));
      if (pw_import_has_prefix (bare->str, "十") && g_utf8_strlen (bare->str, -1) >= 4)
        {
          const char *tail = g_utf8_offset_to_pointer (bare->str, 3);

          if (pw_import_has_prefix (g_utf8_offset_to_pointer (bare->str, 2), "五"))
            {
              if (strstr (tail, "现状") != NULL || strstr (tail, "基期") != NULL ||
                  strstr (tail, "完成") != NULL || strstr (tail, "末") != NULL)
                return ROLE_BASELINE;
              if (strstr (tail, "目标") != NULL || strstr (tail, "规划") != NULL)
                return ROLE_TARGET;
            }
        }
    }
  if (g_once_init_enter (&roles))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      /* the first of a word listed twice counts */
      for (gsize i = G_N_ELEMENTS (words); i-- > 0;)
        {
          g_hash_table_insert (table, (gpointer) words[i].word, GINT_TO_POINTER (words[i].role));
          word_lengths |= G_GUINT64_CONSTANT (1) << strlen (words[i].word);
        }
      g_once_init_leave (&roles, table);
    }
  /* a cell of no word's length (most of a table's) is not hashed */
  if ((word_lengths & (G_GUINT64_CONSTANT (1) << n)) == 0)
    return ROLE_INVALID;
  if (g_hash_table_lookup_extended (roles, k, NULL, &role))
    return GPOINTER_TO_INT (role);
  return ROLE_INVALID;
}

/* Whether @key is a nature cell, and which. */
gboolean
pw_import_table_read_nature (const char *key,
                             PwNature   *nature)
{
  /* the longest word for a nature, 約束性指標, has 15 bytes */
  char k[32];

  return pw_import_strip_spaces_to (key, k, sizeof k) && pw_nature_from_word (k, nature);
}

static gboolean
has_digit (const char *s)
{
  return strpbrk (s, "0123456789") != NULL;
}

/* @text (nullable) as one of the table's texts. */
static char *
table_text (Reader     *r,
            const char *text)
{
  return text != NULL ? g_string_chunk_insert (r->table->strings, text) : NULL;
}

/* A unit as printed, less the space a line break in its cell left after a
 * slash (万人次/ 万吨), as one of the table's texts. */
static char *
unit_text (Reader     *r,
           const char *text)
{
  GString *out = scratch (r, SCRATCH_TEXT);

  for (const char *p = text; *p; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '/')
        while (p[1] == ' ')
          p++;
    }
  return g_string_chunk_insert_len (r->table->strings, out->str, out->len);
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
  if (pw_import_has_prefix (p, "、"))
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

gboolean
pw_import_table_is_value (Cell *cell)
{
  if (cell->value < 0)
    cell->value = read_is_value (cell);
  return cell->value;
}

/* 12, 12. or 12、 */
gboolean
pw_import_table_is_sequence (const Cell *cell)
{
  const char *p = cell->key;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    p++;
  else if (pw_import_has_prefix (p, "、"))
    p += strlen ("、");
  return *p == '\0';
}

/* Room for the longest known category and its NUL, and more */
#define CATEGORY_ROOM 64

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
value_text (Reader     *r,
            const Cell *cell)
{
  g_autofree char *simplified = pw_import_simplify (cell->text);

  return table_text (r, simplified != NULL ? simplified : cell->text);
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
  /* the category's fragments joined, without spaces, as long as they can
   * still make a known category */
  char joined_key[CATEGORY_ROOM];
  gsize joined = 0;
  GString *rest = scratch (r, SCRATCH_REST);
  guint n_category = 0;
  guint n_nonempty = 0;
  const char *category = NULL;

  joined_key[0] = '\0';
  for (guint i = 0; i < n_cells && joined < sizeof joined_key; i++)
    {
      if (cells[i]->key[0] == '\0')
        continue;
      if (!pw_import_strip_spaces_to (cells[i]->key, joined_key + joined,
                                      sizeof joined_key - joined))
        break;
      joined += strlen (joined_key + joined);
      if (known_category (joined_key) != NULL)
        {
          category = known_category (joined_key);
          n_category = i + 1;
        }
    }

  if (category != NULL)
    {
      GString *text = scratch (r, SCRATCH_TEXT);

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
      GString *text = scratch (r, SCRATCH_TEXT);
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
void
pw_import_table_interpret_row (Reader    *r,
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
  GString *note = scratch (r, SCRATCH_NOTE);

  while (n > 0 && cells[n - 1]->key[0] == '\0' && r->layout != LAYOUT_LINES)
    n--;
  if (n == 0)
    return;

  /* a header repeated after a page break (a row of data ends the look at
   * its first cell that is no header word) */
  {
    gboolean all_header = TRUE;
    guint n_words = 0;

    for (guint i = 0; i < n && all_header; i++)
      {
        Role role = pw_import_table_header_role (cells[i]->key);

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
      if (name_index == G_MAXUINT || pw_import_table_is_value (cells[name_index]) ||
          cells[name_index]->key[0] == '\0')
        positional = FALSE;
      for (guint i = 0; i < n && positional; i++)
        if (g_array_index (r->roles, Role, i) == ROLE_NATURE && cells[i]->key[0] != '\0' &&
            !pw_import_table_read_nature (cells[i]->key, &nature))
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
                  char k[CATEGORY_ROOM];

                  if ((pw_import_strip_spaces_to (cell->key, k, sizeof k) &&
                       known_category (k) != NULL) ||
                      r->has_domain)
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
          !pw_import_table_read_nature (cells[i - 1]->key, &nature) &&
          !pw_import_table_is_value (cells[i - 1]))
        responsible = cells[--i];
      nature = PW_NATURE_UNKNOWN;
      if (pw_import_table_read_nature (cells[i - 1]->key, &nature))
        nature_cell = cells[--i];

      /* values, leaving at least one cell for the name */
      while (i > 1 && n_values < r->n_values && n_values < G_N_ELEMENTS (values) &&
             pw_import_table_is_value (cells[i - 1]))
        values[n_values++] = cells[--i];

      /* they were read right to left */
      for (guint a = 0, b = n_values; a + 1 < b; a++, b--)
        {
          Cell *tmp = values[a];
          values[a] = values[b - 1];
          values[b - 1] = tmp;
        }

      if (r->has_unit && i >= 2 && is_unit_like (cells[i - 1]) &&
          !pw_import_table_is_value (cells[i - 2]))
        unit = cells[--i];

      /* the name: the next cell that says something */
      while (i > 0 && cells[i - 1]->key[0] == '\0' && r->layout != LAYOUT_LINES)
        i--;
      if (i > 0)
        name = cells[--i];

      {
        Cell *room[16];
        Cell **before = i <= G_N_ELEMENTS (room) ? room : g_new (Cell *, i);
        guint n_before = 0;

        for (guint j = 0; j < i; j++)
          if (!pw_import_table_is_sequence (cells[j]))
            before[n_before++] = cells[j];
        assign_groups (r, before, n_before);
        if (before != room)
          g_free (before);
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

      pw_import_table_cell_set (name, text, key);
    }

  row = g_new0 (PwImportRow, 1);
  row->category = table_text (r, r->category);
  row->domain = table_text (r, r->domain);
  row->line = name->line;
  row->nature = nature;
  row->no_nature = (nature_cell == NULL || nature == PW_NATURE_UNKNOWN);

  if (unit != NULL && unit->key[0] != '\0')
    {
      row->name = table_text (r, name->text);
      /* — or / in the unit column: the indicator has no unit */
      row->unit = strspn (unit->key, "-/ ") == strlen (unit->key) ||
                      strcmp (unit->key, "—") == 0 || strcmp (unit->key, "——") == 0
                    ? NULL
                    : unit_text (r, unit->text);
    }
  else
    pw_import_table_split_unit (r->table->strings, name->text, &row->name, &row->unit);

  if (n_values == 0)
    row->no_values = TRUE;
  else if (n_values == 1 && r->n_values == 1)
    {
      /* the header has one value column: the target (or the baseline) */
      if (r->only_baseline)
        row->baseline = value_text (r, values[0]);
      else
        row->target = value_text (r, values[0]);
    }
  else if (n_values == 1 && !positional)
    {
      row->single_value = TRUE;
      row->target = value_text (r, values[0]);
      row->value_line = values[0]->line;
    }
  else
    {
      row->baseline = value_text (r, values[0]);
      row->target = value_text (r, values[n_values - 1]);
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
    row->note = g_string_chunk_insert_len (r->table->strings, note->str, note->len);
  if (responsible != NULL && responsible->key[0] != '\0')
    row->responsible = table_text (r, responsible->text);

  g_ptr_array_add (r->table->rows, row);
}

guint
pw_import_table_count_pipes (const char *key)
{
  guint n = 0;

  for (const char *p = key; (p = strchr (p, '|')) != NULL; p++)
    n++;
  return n;
}

void
pw_import_table_set_roles (Reader    *r,
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
      Role role = pw_import_table_header_role (cell->key);
      /* a header's year and its words take fewer than 64 bytes */
      char k[64];
      int year = pw_import_strip_spaces_to (cell->key, k, sizeof k) ? pw_import_table_header_year (k) : 0;

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
