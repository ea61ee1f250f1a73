/* pw-sheet.h: a plan's indicators and projects as spreadsheets, out and back in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_SHEET_ERROR (pw_sheet_error_quark ())

typedef enum
{
  PW_SHEET_ERROR_FORMAT,  /* neither .xlsx nor .csv */
  PW_SHEET_ERROR_WRITE,   /* the workbook could not be written */
  PW_SHEET_ERROR_READ,    /* a sheet to merge could not be read */
} PwSheetError;

/**
 * PwMergeKind:
 * @PW_MERGE_FILLED: a value the plan did not have
 * @PW_MERGE_CHANGED: a value different from the plan's, which it replaced
 * @PW_MERGE_UNMATCHED: a row that is no indicator or project of the plan
 * @PW_MERGE_UNREADABLE: a value that cannot stand in its column: not merged
 * @PW_MERGE_CONFLICT: two sheets (or rows) give different values: not merged
 */
typedef enum
{
  PW_MERGE_FILLED,
  PW_MERGE_CHANGED,
  PW_MERGE_UNMATCHED,
  PW_MERGE_UNREADABLE,
  PW_MERGE_CONFLICT,
} PwMergeKind;

#define PW_N_MERGE_KINDS (PW_MERGE_CONFLICT + 1)

/**
 * PwMergeEntry:
 * @kind: what happened
 * @file: the sheet's file, as given
 * @line: its row (a CSV file's line), from 1
 * @object: (nullable): the indicator or project, as the report names it
 * @field: (nullable): the column
 * @old_text: (nullable): what the plan had
 * @new_text: (nullable): what the sheet says
 * @message: (nullable): why it was not merged; for a conflict, the other place
 */
typedef struct
{
  PwMergeKind kind;
  char *file;
  int line;
  char *object;
  char *field;
  char *old_text;
  char *new_text;
  char *message;
} PwMergeEntry;

typedef struct _PwMergeReport PwMergeReport;

GQuark         pw_sheet_error_quark          (void);

gboolean       pw_sheet_export               (PwPlan         *plan,
                                              GFile          *file,
                                              GError        **error);
int            pw_sheet_collection_year      (PwPlan         *plan);
GStrv          pw_sheet_collection_units     (PwPlan         *plan);
gboolean       pw_sheet_export_collection    (PwPlan         *plan,
                                              GFile          *folder,
                                              int             year,
                                              GStrv          *written,
                                              GError        **error);

PwMergeReport *pw_sheet_merge                (PwPlan             *plan,
                                              const char * const *files,
                                              GError            **error);
guint          pw_merge_report_get_n_entries (PwMergeReport  *self);
const PwMergeEntry *pw_merge_report_get_entry (PwMergeReport *self,
                                              guint           n);
guint          pw_merge_report_count         (PwMergeReport  *self,
                                              PwMergeKind     kind);
guint          pw_merge_report_get_n_rows    (PwMergeReport  *self);
char          *pw_merge_report_get_summary   (PwMergeReport  *self);
char          *pw_merge_report_to_string     (PwMergeReport  *self);
void           pw_merge_report_free          (PwMergeReport  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwMergeReport, pw_merge_report_free)

G_END_DECLS
