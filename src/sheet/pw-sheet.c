/* pw-sheet.c: a plan's indicators and projects written as spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two kinds of workbook: the export (every field of every indicator and
 * project, with completion and status as the grid shows them) and the
 * collection template (one workbook per responsible unit, with only its
 * rows, what identifies a row locked and the cells to fill open and
 * validated). Both are built as tables of cells first, then written as
 * .xlsx (libxlsxwriter) or .csv (UTF-8 with a byte-order mark, RFC 4180).
 *
 * A value is written as a number only when its text is a plain number
 * (92.5, 1200), with as many decimals as printed, so that the spreadsheet
 * shows the same text; anything else (≥90%, 应保尽保, 提高1岁, 05) is
 * text, so that nothing changes its meaning in Excel. The first column
 * holds each row's id, hidden: the merge matches rows by it.
 */

#define G_LOG_DOMAIN "pw-sheet"

#include "config.h"

#include "pw-sheet-private.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "pw-box.h"
#include "pw-chapter.h"
#include "pw-csv.h"
#include "pw-indicator.h"
#include "pw-progress.h"
#include "pw-project.h"

typedef enum
{
  CELL_TEXT,
  CELL_NUMBER,
  CELL_PERCENT, /* a fraction shown as a whole per cent: completion */
} CellKind;

typedef enum
{
  CHECK_NONE,
  CHECK_STATES,         /* a list: 未启动, 推进中, 基本实现, 已实现 */
  CHECK_PROJECT_STATUS, /* a list: 未开工, 在建, 已完工, 暂缓 */
  CHECK_PERCENT,        /* a whole number from 0 to 100 */
} CellCheck;

typedef struct
{
  char *text;   /* as shown; "" for an empty cell */
  double number;
  guint8 kind;
  guint8 decimals;
  guint8 check;
} Cell;

typedef struct
{
  char *header;
  gboolean hidden; /* the id */
  gboolean open;   /* to be filled in a collection */
} Column;

typedef struct
{
  const char *name;
  GPtrArray *columns; /* of Column */
  GArray *cells;      /* of Cell, row after row */
  guint frozen;       /* columns that stay in view: up to the name */
} Table;

typedef enum
{
  MODE_EXPORT,
  MODE_COLLECTION,
} Mode;

/* Auxiliary methods */

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->header);
  g_free (column);
}

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
}

static Table *
table_new (const char *name)
{
  Table *table = g_new0 (Table, 1);

  table->name = name;
  table->columns = g_ptr_array_new_with_free_func (column_free);
  table->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (table->cells, cell_clear);
  return table;
}

static void
table_free (Table *table)
{
  g_ptr_array_unref (table->columns);
  g_array_unref (table->cells);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

static guint
table_n_rows (Table *table)
{
  return table->cells->len / table->columns->len;
}

static Cell *
table_cell (Table *table,
            guint  row,
            guint  column)
{
  return &g_array_index (table->cells, Cell, row * table->columns->len + column);
}

static void
add_column (Table      *table,
            const char *header,
            gboolean    open)
{
  Column *column = g_new0 (Column, 1);

  column->header = g_strdup (header);
  column->open = open;
  column->hidden = table->columns->len == 0;
  g_ptr_array_add (table->columns, column);
}

static void
add_text (Table      *table,
          const char *text)
{
  Cell cell = { g_strdup (text != NULL ? text : ""), NAN, CELL_TEXT, 0, CHECK_NONE };

  g_array_append_val (table->cells, cell);
}

static void
add_number (Table  *table,
            double  number,
            guint   decimals,
            char   *text)
{
  Cell cell = { text, number, CELL_NUMBER, decimals, CHECK_NONE };

  g_array_append_val (table->cells, cell);
}

/* A whole number; 0 means none (a project's year, number). */
static void
add_count (Table *table,
           int    count)
{
  if (count == 0)
    add_text (table, NULL);
  else
    add_number (table, count, 0, g_strdup_printf ("%d", count));
}

static void
set_check (Table     *table,
           CellCheck  check)
{
  g_array_index (table->cells, Cell, table->cells->len - 1).check = check;
}

/* Whether @text is a plain number that a spreadsheet shows as printed: an
 * optional minus, digits without a leading zero, optional decimals, at most
 * 15 significant digits (a double's). */
static gboolean
is_plain_number (const char *text,
                 guint      *decimals)
{
  static GRegex *plain;
  guint digits = 0;
  const char *point;

  if (g_once_init_enter (&plain))
    g_once_init_leave (&plain, g_regex_new ("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$", G_REGEX_OPTIMIZE, 0, NULL));

  if (text == NULL || !g_regex_match (plain, text, 0, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    digits += g_ascii_isdigit (*p);
  if (digits > 15)
    return FALSE;

  point = strchr (text, '.');
  *decimals = point != NULL ? strlen (point + 1) : 0;
  return TRUE;
}

static void
add_value (Table   *table,
           PwValue *value)
{
  const char *text = value != NULL ? pw_value_get_text (value) : NULL;
  guint decimals;

  if (is_plain_number (text, &decimals))
    add_number (table, g_ascii_strtod (text, NULL), decimals, g_strdup (text));
  else
    add_text (table, text);
}

static void
add_year (Table       *table,
          PwIndicator *indicator,
          int          year)
{
  PwValue *actual = pw_indicator_get_actual (indicator, year);

  if (actual != NULL)
    add_value (table, actual);
  else
    add_text (table, pw_qual_state_to_word (pw_indicator_get_state (indicator, year)));
  if (pw_indicator_is_qualitative (indicator))
    set_check (table, CHECK_STATES);
}

static gboolean
has_unit (const char * const *units,
          const char         *unit)
{
  return unit == NULL || g_strv_contains (units, unit);
}

static Table *
indicator_table (PwPlan     *plan,
                 Mode        mode,
                 const char *unit,
                 int         year)
{
  Table *table = table_new (PW_SHEET_INDICATORS);
  GListModel *indicators = pw_plan_get_indicators (plan);
  guint n_items = g_list_model_get_n_items (indicators);
  int start = pw_plan_get_start_year (plan);
  int end = mode == MODE_EXPORT ? pw_plan_get_end_year (plan) : year;
  gboolean export = mode == MODE_EXPORT;

  add_column (table, PW_HEADER_ID, FALSE);
  if (export)
    add_column (table, PW_HEADER_CATEGORY, FALSE);
  add_column (table, PW_HEADER_DOMAIN, FALSE);
  add_column (table, PW_HEADER_NAME, FALSE);
  table->frozen = table->columns->len;
  add_column (table, PW_HEADER_UNIT, FALSE);
  add_column (table, PW_HEADER_BASELINE, FALSE);
  add_column (table, PW_HEADER_TARGET, FALSE);
  add_column (table, PW_HEADER_NATURE, FALSE);
  add_column (table, PW_HEADER_RESPONSIBLE, FALSE);
  for (int y = start; y <= end; y++)
    {
      g_autofree char *header = g_strdup_printf (PW_HEADER_YEAR, y);

      add_column (table, header, !export && y == year);
    }
  if (export)
    {
      add_column (table, PW_HEADER_COMPLETION, FALSE);
      add_column (table, PW_HEADER_STATUS, FALSE);
    }
  add_column (table, PW_HEADER_NOTE, !export);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autofree char *responsible = NULL;

      if (!has_unit (pw_indicator_get_responsible (indicator), unit))
        continue;

      responsible = pw_indicator_dup_responsible_text (indicator);
      add_text (table, pw_object_get_id (PW_OBJECT (indicator)));
      if (export)
        add_text (table, pw_indicator_get_category (indicator));
      add_text (table, pw_indicator_get_domain (indicator));
      add_text (table, pw_indicator_get_name (indicator));
      add_text (table, pw_indicator_get_unit (indicator));
      add_value (table, pw_indicator_get_baseline (indicator));
      add_value (table, pw_indicator_get_target (indicator));
      add_text (table, pw_nature_to_word (pw_indicator_get_nature (indicator)));
      add_text (table, responsible);
      for (int y = start; y <= end; y++)
        add_year (table, indicator, y);
      if (export)
        {
          /* as the grid shows them: judged on the latest actual value */
          PwProgress progress;
          g_autofree char *status = NULL;

          pw_plan_compute_progress (plan, indicator, pw_plan_get_end_year (plan), &progress);
          if (isnan (progress.completion))
            add_text (table, NULL);
          else
            {
              Cell cell = { g_strdup_printf ("%.0f%%", progress.completion * 100.0),
                            progress.completion, CELL_PERCENT, 0, CHECK_NONE };

              g_array_append_val (table->cells, cell);
            }
          status = g_strconcat (pw_status_to_word (progress.status),
                                progress.alert ? " · 预警" : "", NULL);
          add_text (table, status);
        }
      add_text (table, pw_indicator_get_note (indicator));
    }

  return table;
}

static gboolean
leads_include (PwProject  *project,
               const char *unit)
{
  g_auto(GStrv) leads = NULL;

  if (unit == NULL)
    return TRUE;
  leads = pw_units_split (pw_project_get_lead (project));
  return g_strv_contains ((const char * const *) leads, unit);
}

static Table *
project_table (PwPlan     *plan,
               Mode        mode,
               const char *unit)
{
  Table *table = table_new (PW_SHEET_PROJECTS);
  GListModel *chapters = pw_plan_get_chapters (plan);
  gboolean export = mode == MODE_EXPORT;

  add_column (table, PW_HEADER_ID, FALSE);
  add_column (table, PW_HEADER_BOX, FALSE);
  if (export)
    add_column (table, PW_HEADER_NUMBER, FALSE);
  add_column (table, PW_HEADER_PROJECT, FALSE);
  table->frozen = table->columns->len;
  if (export)
    add_column (table, PW_HEADER_DESCRIPTION, FALSE);
  add_column (table, PW_HEADER_LEAD, FALSE);
  add_column (table, PW_HEADER_START, FALSE);
  add_column (table, PW_HEADER_END, FALSE);
  add_column (table, PW_HEADER_INVESTMENT, FALSE);
  add_column (table, PW_HEADER_PROJECT_STATUS, !export);
  add_column (table, PW_HEADER_PROGRESS, !export);

  for (guint c = 0; c < g_list_model_get_n_items (chapters); c++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, c);
      GListModel *boxes = pw_chapter_get_boxes (chapter);

      for (guint b = 0; b < g_list_model_get_n_items (boxes); b++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, b);
          GListModel *projects = pw_box_get_projects (box);

          for (guint p = 0; p < g_list_model_get_n_items (projects); p++)
            {
              g_autoptr(PwProject) project = g_list_model_get_item (projects, p);
              double investment = pw_project_get_investment (project);

              if (!leads_include (project, unit))
                continue;

              add_text (table, pw_object_get_id (PW_OBJECT (project)));
              add_text (table, pw_box_get_title (box));
              if (export)
                add_count (table, pw_project_get_number (project));
              add_text (table, pw_project_get_name (project));
              if (export)
                add_text (table, pw_project_get_description (project));
              add_text (table, pw_project_get_lead (project));
              add_count (table, pw_project_get_start_year (project));
              add_count (table, pw_project_get_end_year (project));
              if (isnan (investment))
                add_text (table, NULL);
              else
                {
                  g_autofree char *text = pw_format_number (investment);
                  const char *point = strchr (text, '.');
                  guint decimals = point != NULL && strchr (text, 'e') == NULL ? strlen (point + 1) : 0;

                  /* the shortest text that reads back: shown as such */
                  add_number (table, investment, decimals, g_steal_pointer (&text));
                }
              add_text (table, pw_project_status_to_word (pw_project_get_status (project)));
              set_check (table, CHECK_PROJECT_STATUS);
              /* 0 is a value here, not "none" */
              add_number (table, pw_project_get_progress (project), 0,
                          g_strdup_printf ("%d", pw_project_get_progress (project)));
              set_check (table, CHECK_PERCENT);
            }
        }
    }

  return table;
}

/* How wide a text shows: a Chinese character takes two columns. */
static guint
display_width (const char *text)
{
  guint width = 0;
  guint line = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        {
          width = MAX (width, line);
          line = 0;
        }
      else
        line += g_unichar_iswide (c) ? 2 : 1;
    }
  return MAX (width, line);
}

static double
column_width (Table *table,
              guint  column)
{
  guint width = display_width (((Column *) table->columns->pdata[column])->header);

  for (guint row = 0; row < table_n_rows (table); row++)
    width = MAX (width, display_width (table_cell (table, row, column)->text));

  /* a little room for the filter button and the margins; long texts wrap
   * in the formula bar rather than push everything else out of view */
  return CLAMP (width + 2, 6, 60);
}

/* CSV */

static GBytes *
table_to_csv (Table *table)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  guint n_columns = table->columns->len;

  for (guint i = 0; i < n_columns; i++)
    pw_csv_append_field (out, ((Column *) table->columns->pdata[i])->header, i + 1 == n_columns);
  for (guint row = 0; row < table_n_rows (table); row++)
    for (guint i = 0; i < n_columns; i++)
      pw_csv_append_field (out, table_cell (table, row, i)->text, i + 1 == n_columns);

  return g_string_free_to_bytes (out);
}

static gboolean
write_csv (Table   *table,
           GFile   *file,
           GError **error)
{
  g_autoptr(GBytes) bytes = table_to_csv (table);

  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

/* XLSX */

typedef struct
{
  lxw_workbook *workbook;
  lxw_format *header;
  lxw_format *text[2];          /* locked, open */
  lxw_format *numbers[2][16];   /* by decimals */
  lxw_format *percent;
} Formats;

static lxw_format *
number_format (Formats *formats,
               guint    decimals,
               gboolean open)
{
  lxw_format **slot = &formats->numbers[open][MIN (decimals, 15)];

  if (*slot == NULL)
    {
      g_autofree char *pattern = decimals == 0 ? g_strdup ("0")
                                               : g_strdup_printf ("0.%.*s", (int) MIN (decimals, 15),
                                                                  "000000000000000");

      *slot = workbook_add_format (formats->workbook);
      format_set_num_format (*slot, pattern);
      if (open)
        {
          format_set_unlocked (*slot);
          format_set_bg_color (*slot, 0xFFF7D6);
        }
    }
  return *slot;
}

static void
formats_init (Formats      *formats,
              lxw_workbook *workbook)
{
  memset (formats, 0, sizeof *formats);
  formats->workbook = workbook;

  formats->header = workbook_add_format (workbook);
  format_set_bold (formats->header);
  format_set_bg_color (formats->header, 0xDDE5F0);
  format_set_border (formats->header, LXW_BORDER_THIN);
  format_set_align (formats->header, LXW_ALIGN_CENTER);
  format_set_align (formats->header, LXW_ALIGN_VERTICAL_CENTER);

  formats->text[0] = workbook_add_format (workbook);
  format_set_num_format (formats->text[0], "@");
  formats->text[1] = workbook_add_format (workbook);
  format_set_num_format (formats->text[1], "@");
  format_set_unlocked (formats->text[1]);
  format_set_bg_color (formats->text[1], 0xFFF7D6);

  formats->percent = workbook_add_format (workbook);
  format_set_num_format (formats->percent, "0%");
}

static char *state_words[5];
static char *project_status_words[5];

static void
init_words (void)
{
  if (state_words[0] != NULL)
    return;
  for (PwQualState s = PW_QUAL_STATE_NOT_STARTED; s <= PW_QUAL_STATE_DONE; s++)
    state_words[s - PW_QUAL_STATE_NOT_STARTED] = (char *) pw_qual_state_to_word (s);
  for (PwProjectStatus s = PW_PROJECT_PLANNED; s <= PW_PROJECT_SUSPENDED; s++)
    project_status_words[s] = (char *) pw_project_status_to_word (s);
}

static lxw_error
add_check (lxw_worksheet *sheet,
           guint          row,
           guint          column,
           CellCheck      check)
{
  lxw_data_validation validation = { 0 };

  init_words ();
  validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  switch (check)
    {
    case CHECK_STATES:
      validation.validate = LXW_VALIDATION_TYPE_LIST;
      validation.value_list = state_words;
      validation.error_title = (char *) "请从列表中选择";
      validation.error_message = (char *) "定性指标的进展：未启动、推进中、基本实现或已实现";
      break;
    case CHECK_PROJECT_STATUS:
      validation.validate = LXW_VALIDATION_TYPE_LIST;
      validation.value_list = project_status_words;
      validation.error_title = (char *) "请从列表中选择";
      validation.error_message = (char *) "项目状态：未开工、在建、已完工或暂缓";
      break;
    case CHECK_PERCENT:
      validation.validate = LXW_VALIDATION_TYPE_INTEGER;
      validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      validation.minimum_number = 0;
      validation.maximum_number = 100;
      validation.error_title = (char *) "请输入0到100的整数";
      validation.error_message = (char *) "完成进度为百分数，0到100之间的整数";
      break;
    case CHECK_NONE:
    default:
      return LXW_NO_ERROR;
    }
  return worksheet_data_validation_cell (sheet, row, column, &validation);
}

static lxw_error
write_table (Formats *formats,
             Table   *table,
             Mode     mode)
{
  lxw_worksheet *sheet = workbook_add_worksheet (formats->workbook, table->name);
  lxw_row_col_options hidden = { .hidden = 1 };
  lxw_error status = LXW_NO_ERROR;
  guint n_columns = table->columns->len;

  if (sheet == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;

  for (guint i = 0; i < n_columns && status == LXW_NO_ERROR; i++)
    {
      Column *column = table->columns->pdata[i];

      status = worksheet_write_string (sheet, 0, i, column->header, formats->header);
      if (status == LXW_NO_ERROR)
        status = worksheet_set_column_opt (sheet, i, i, column_width (table, i), NULL,
                                           column->hidden ? &hidden : NULL);
    }

  for (guint row = 0; row < table_n_rows (table) && status == LXW_NO_ERROR; row++)
    for (guint i = 0; i < n_columns && status == LXW_NO_ERROR; i++)
      {
        Column *column = table->columns->pdata[i];
        Cell *cell = table_cell (table, row, i);
        gboolean open = mode == MODE_COLLECTION && column->open;

        if (cell->kind == CELL_NUMBER)
          status = worksheet_write_number (sheet, row + 1, i, cell->number,
                                           number_format (formats, cell->decimals, open));
        else if (cell->kind == CELL_PERCENT)
          status = worksheet_write_number (sheet, row + 1, i, cell->number, formats->percent);
        else if (*cell->text != '\0')
          status = worksheet_write_string (sheet, row + 1, i, cell->text, formats->text[open]);
        else if (open)
          status = worksheet_write_blank (sheet, row + 1, i, formats->text[1]);

        if (status == LXW_NO_ERROR && open)
          status = add_check (sheet, row + 1, i, cell->check);
      }

  worksheet_freeze_panes (sheet, 1, table->frozen);
  if (mode == MODE_COLLECTION)
    {
      lxw_protection protection = { 0 };

      /* what identifies a row stays as sent; widths may change */
      protection.format_columns = 1;
      protection.format_rows = 1;
      worksheet_protect (sheet, NULL, &protection);
    }

  return status;
}

static gboolean
write_xlsx (Table   **tables,
            guint     n_tables,
            Mode      mode,
            GFile    *file,
            GError  **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *partial = NULL;
  lxw_workbook *workbook;
  lxw_error status = LXW_NO_ERROR;
  lxw_error closed;
  Formats formats;

  if (path == NULL)
    {
      g_set_error_literal (error, PW_SHEET_ERROR, PW_SHEET_ERROR_WRITE,
                           _("Workbooks can only be written to local files"));
      return FALSE;
    }

  /* beside the file, then renamed over it: an old file stays whole until
   * the new one is */
  partial = g_strconcat (path, ".part", NULL);
  workbook = workbook_new (partial);
  if (workbook == NULL)
    {
      g_set_error (error, PW_SHEET_ERROR, PW_SHEET_ERROR_WRITE,
                   _("Could not start writing the workbook"));
      return FALSE;
    }

  formats_init (&formats, workbook);
  for (guint i = 0; i < n_tables && status == LXW_NO_ERROR; i++)
    status = write_table (&formats, tables[i], mode);

  closed = workbook_close (workbook);
  if (status == LXW_NO_ERROR)
    status = closed;
  if (status != LXW_NO_ERROR)
    {
      g_unlink (partial);
      g_set_error (error, PW_SHEET_ERROR, PW_SHEET_ERROR_WRITE,
                   _("Could not write the workbook: %s"), lxw_strerror (status));
      return FALSE;
    }

  if (g_rename (partial, path) != 0)
    {
      int saved = errno;

      g_unlink (partial);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write the workbook: %s"), g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static gboolean
has_suffix (GFile      *file,
            const char *suffix)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = g_ascii_strdown (name, -1);

  return g_str_has_suffix (folded, suffix);
}

/* NAME.csv → NAME-projects.csv */
static GFile *
projects_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *stem = g_strndup (name, strlen (name) - 4);
  g_autofree char *projects = g_strconcat (stem, "-projects.csv", NULL);
  g_autoptr(GFile) parent = g_file_get_parent (file);

  return g_file_get_child (parent, projects);
}

/* A unit's name as a file name: the characters no file system takes go. */
static char *
unit_file_name (const char *unit)
{
  g_autofree char *safe = g_strdup (unit);

  g_strdelimit (safe, "/\\:*?\"<>|\t\n\r", '_');
  if (safe[0] == '.')
    safe[0] = '_';
  return g_strconcat (safe, ".xlsx", NULL);
}

/* Public API */

G_DEFINE_QUARK (pw-sheet-error-quark, pw_sheet_error)

/**
 * pw_sheet_export:
 * @plan: a plan
 * @file: a .xlsx or .csv file
 * @error: where to say what went wrong
 *
 * Writes every indicator (every field, each year's actual value, completion
 * and status) and every project. An .xlsx workbook has a sheet for each; a
 * .csv file holds the indicators, and NAME-projects.csv beside it the
 * projects.
 *
 * Returns: whether it was written
 */
gboolean
pw_sheet_export (PwPlan  *plan,
                 GFile   *file,
                 GError **error)
{
  g_autoptr(Table) indicators = NULL;
  g_autoptr(Table) projects = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  pw_plan_assign_ids (plan);

  if (has_suffix (file, ".xlsx"))
    {
      Table *tables[2];

      tables[0] = indicators = indicator_table (plan, MODE_EXPORT, NULL, 0);
      tables[1] = projects = project_table (plan, MODE_EXPORT, NULL);
      return write_xlsx (tables, 2, MODE_EXPORT, file, error);
    }
  if (has_suffix (file, ".csv"))
    {
      g_autoptr(GFile) other = projects_file (file);

      indicators = indicator_table (plan, MODE_EXPORT, NULL, 0);
      projects = project_table (plan, MODE_EXPORT, NULL);
      return write_csv (indicators, file, error) && write_csv (projects, other, error);
    }

  g_set_error_literal (error, PW_SHEET_ERROR, PW_SHEET_ERROR_FORMAT,
                       _("A spreadsheet is written as .xlsx or .csv"));
  return FALSE;
}

/**
 * pw_sheet_collection_year:
 * @plan: a plan
 *
 * Returns: the year a collection asks for by default: the year after the
 *   latest one with data, within the plan's period
 */
int
pw_sheet_collection_year (PwPlan *plan)
{
  g_return_val_if_fail (PW_IS_PLAN (plan), 0);

  return CLAMP (pw_plan_get_data_year (plan) + 1, pw_plan_get_start_year (plan),
                pw_plan_get_end_year (plan));
}

static void
add_units (GPtrArray          *units,
           const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (units, names[i], g_str_equal, NULL))
      g_ptr_array_add (units, g_strdup (names[i]));
}

static int
compare_units (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/**
 * pw_sheet_collection_units:
 * @plan: a plan
 *
 * Returns: (transfer full): every unit responsible for an indicator or
 *   leading a project, in collation order
 */
GStrv
pw_sheet_collection_units (PwPlan *plan)
{
  GPtrArray *units = g_ptr_array_new ();
  GListModel *indicators = pw_plan_get_indicators (plan);
  GListModel *chapters = pw_plan_get_chapters (plan);

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      add_units (units, pw_indicator_get_responsible (indicator));
    }
  for (guint c = 0; c < g_list_model_get_n_items (chapters); c++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, c);
      GListModel *boxes = pw_chapter_get_boxes (chapter);

      for (guint b = 0; b < g_list_model_get_n_items (boxes); b++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, b);
          GListModel *projects = pw_box_get_projects (box);

          for (guint p = 0; p < g_list_model_get_n_items (projects); p++)
            {
              g_autoptr(PwProject) project = g_list_model_get_item (projects, p);
              g_auto(GStrv) leads = pw_units_split (pw_project_get_lead (project));

              add_units (units, (const char * const *) leads);
            }
        }
    }

  g_ptr_array_sort (units, compare_units);
  g_ptr_array_add (units, NULL);
  return (GStrv) g_ptr_array_free (units, FALSE);
}

/**
 * pw_sheet_export_collection:
 * @plan: a plan
 * @folder: an existing folder
 * @year: the year whose actual values are asked for
 * @written: (out) (optional) (transfer full): the names of the files written
 * @error: where to say what went wrong
 *
 * Writes one workbook per responsible unit (UNIT.xlsx), holding only the
 * indicators it is responsible for and the projects it leads: what
 * identifies a row is locked (the sheet is protected, without a password),
 * and the cells to fill — @year's actual value and a note, a project's
 * status and percent complete — are open, with a list of states or a range.
 *
 * Returns: whether every workbook was written
 */
gboolean
pw_sheet_export_collection (PwPlan   *plan,
                            GFile    *folder,
                            int       year,
                            GStrv    *written,
                            GError  **error)
{
  g_auto(GStrv) units = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (year < pw_plan_get_start_year (plan) || year > pw_plan_get_end_year (plan))
    {
      g_set_error (error, PW_SHEET_ERROR, PW_SHEET_ERROR_FORMAT,
                   _("The year %d is outside the plan’s period %d–%d"), year,
                   pw_plan_get_start_year (plan), pw_plan_get_end_year (plan));
      return FALSE;
    }

  pw_plan_assign_ids (plan);
  units = pw_sheet_collection_units (plan);
  for (guint i = 0; units[i] != NULL; i++)
    {
      g_autoptr(Table) indicators = indicator_table (plan, MODE_COLLECTION, units[i], year);
      g_autoptr(Table) projects = project_table (plan, MODE_COLLECTION, units[i]);
      g_autofree char *name = unit_file_name (units[i]);
      g_autoptr(GFile) file = NULL;
      Table *tables[2];
      guint n_tables = 0;

      /* two units that only differ in characters a file name cannot hold */
      for (guint n = 2; g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL); n++)
        {
          g_autofree char *stem = unit_file_name (units[i]);

          stem[strlen (stem) - 5] = '\0';
          g_free (name);
          name = g_strdup_printf ("%s-%u.xlsx", stem, n);
        }

      if (table_n_rows (indicators) > 0)
        tables[n_tables++] = indicators;
      if (table_n_rows (projects) > 0)
        tables[n_tables++] = projects;

      file = g_file_get_child (folder, name);
      if (!write_xlsx (tables, n_tables, MODE_COLLECTION, file, error))
        return FALSE;
      g_ptr_array_add (names, g_steal_pointer (&name));
    }

  if (written != NULL)
    {
      g_ptr_array_add (names, NULL);
      *written = (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
    }
  return TRUE;
}
