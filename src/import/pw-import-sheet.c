/* pw-import-sheet.c: spreadsheets read as rows of text, for merging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What departments send back after a yearly data collection: a CSV file
 * (saved by Excel or WPS, in UTF-8 with or without a byte-order mark, or in
 * GB18030; separated by commas, tabs or semicolons) or an .xlsx workbook.
 * Both become worksheets of rows of text cells; what the cells mean is the
 * merge's business (src/sheet). CSV is decoded by the same code as a text
 * document (pw_import_decode) and parsed as RFC 4180 says, tolerating what
 * spreadsheet programs write: any line end, a quote inside an unquoted
 * field, a last line without its line end.
 */

#define G_LOG_DOMAIN "pw-import-sheet"

#include "config.h"

#include "pw-import-sheet.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-import-private.h"
#include "pw-importer.h"

/* Auxiliary methods */

static void
row_free (gpointer data)
{
  PwImportSheetRow *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

static void
sheet_free (gpointer data)
{
  PwImportSheet *sheet = data;

  g_free (sheet->name);
  g_ptr_array_unref (sheet->rows);
  g_free (sheet);
}

static PwImportSheet *
sheet_new (const char *name)
{
  PwImportSheet *sheet = g_new0 (PwImportSheet, 1);

  sheet->name = g_strdup (name);
  sheet->rows = g_ptr_array_new_with_free_func (row_free);
  return sheet;
}

static PwImportWorkbook *
workbook_new (void)
{
  PwImportWorkbook *workbook = g_new0 (PwImportWorkbook, 1);

  workbook->sheets = g_ptr_array_new_with_free_func (sheet_free);
  return workbook;
}

/* The separator that the first record uses most, outside quotes. */
static char
sniff_separator (const char *text)
{
  static const char candidates[] = { ',', '\t', ';' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  char best = ',';
  guint most = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          counts[i] += *p == candidates[i];
    }

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > most)
      {
        most = counts[i];
        best = candidates[i];
      }
  return best;
}

static gboolean
row_is_empty (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    if (*(const char *) cells->pdata[i] != '\0')
      return FALSE;
  return TRUE;
}

static void
add_row (PwImportSheet *sheet,
         GPtrArray     *cells,
         int            line)
{
  PwImportSheetRow *row;

  if (row_is_empty (cells))
    {
      g_ptr_array_set_size (cells, 0);
      return;
    }

  row = g_new0 (PwImportSheetRow, 1);
  row->line = line;
  g_ptr_array_add (cells, NULL);
  row->cells = (char **) g_ptr_array_steal (cells, NULL);
  g_ptr_array_add (sheet->rows, row);
}

/* Public API */

/**
 * pw_import_workbook_read_csv:
 * @data: the bytes of a CSV file
 * @length: their length
 * @error: where to say why it cannot be read
 *
 * Returns: (transfer full) (nullable): the file as one worksheet
 */
PwImportWorkbook *
pw_import_workbook_read_csv (const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_auto(PwImportText) text = { 0 };
  g_autoptr(PwImportWorkbook) workbook = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  PwImportSheet *sheet;
  const char *p, *end;
  char separator;
  int line = 1;
  int row_line = 1;
  int quote_line = 0;
  gboolean quoted = FALSE;
  gboolean was_quoted = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!pw_import_decode (data, length, &text, error))
    return NULL;

  workbook = workbook_new ();
  workbook->encoding = text.encoding;
  workbook->separator = separator = sniff_separator (text.data);
  sheet = sheet_new (NULL);
  g_ptr_array_add (workbook->sheets, sheet);

  end = text.data + text.length;
  for (p = text.data; p < end; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              /* a line break inside a field is kept as a line feed */
              if (c == '\r' && p + 1 < end && p[1] == '\n')
                p++;
              if (c == '\r' || c == '\n')
                {
                  line++;
                  c = '\n';
                }
              g_string_append_c (field, c);
            }
        }
      else if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          quote_line = line;
        }
      else if (c == separator)
        {
          g_ptr_array_add (cells, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
        }
      else if (c == '\r' || c == '\n')
        {
          if (c == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          g_ptr_array_add (cells, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          add_row (sheet, cells, row_line);
          row_line = ++line;
        }
      else
        g_string_append_c (field, c);
    }

  if (quoted)
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_NOT_TEXT,
                   _("%d: a field in quotes is not closed"), quote_line);
      return NULL;
    }
  if (field->len > 0 || cells->len > 0)
    {
      g_ptr_array_add (cells, g_strdup (field->str));
      add_row (sheet, cells, row_line);
    }

  return g_steal_pointer (&workbook);
}

/**
 * pw_import_workbook_read:
 * @file: a .csv file (or one that is not an .xlsx package)
 * @error: where to say why it cannot be read
 *
 * Returns: (transfer full) (nullable): its worksheets
 */
PwImportWorkbook *
pw_import_workbook_read (GFile   *file,
                         GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  if (length >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    {
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_NOT_TEXT,
                           _("Workbooks (.xlsx) cannot be merged yet: save the sheet as CSV"));
      return NULL;
    }
  return pw_import_workbook_read_csv (data, length, error);
}

void
pw_import_workbook_free (PwImportWorkbook *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->sheets);
  g_free (self);
}
