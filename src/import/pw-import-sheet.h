/* pw-import-sheet.h: spreadsheets read as rows of text, for merging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * PwImportSheetRow:
 * @line: where the row starts: a CSV file's line, a worksheet's row number
 * @cells: (array zero-terminated=1): the cells' text, "" for an empty one
 */
typedef struct
{
  int line;
  char **cells;
} PwImportSheetRow;

/**
 * PwImportSheet:
 * @name: (nullable): the worksheet's name; %NULL for a CSV file
 * @rows: (element-type PwImportSheetRow): its rows, empty ones left out
 */
typedef struct
{
  char *name;
  GPtrArray *rows;
} PwImportSheet;

/**
 * PwImportWorkbook:
 * @encoding: (nullable): a CSV file's encoding as detected ("UTF-8", "GB18030")
 * @separator: a CSV file's separator as detected (',', '\t' or ';')
 * @sheets: (element-type PwImportSheet): the worksheets in order; one for CSV
 */
typedef struct
{
  const char *encoding;
  char separator;
  GPtrArray *sheets;
} PwImportWorkbook;

PwImportWorkbook *pw_import_workbook_read_csv (const char        *data,
                                               gsize              length,
                                               GError           **error);
PwImportWorkbook *pw_import_workbook_read     (GFile             *file,
                                               GError           **error);
void              pw_import_workbook_free     (PwImportWorkbook  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwImportWorkbook, pw_import_workbook_free)

G_END_DECLS
