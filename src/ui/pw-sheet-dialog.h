/* pw-sheet-dialog.h: exporting a plan to spreadsheets; merging filled ones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-export-base.h"
#include "pw-plan.h"
#include "pw-sheet.h"

G_BEGIN_DECLS

typedef enum
{
  PW_SHEET_EXPORT_XLSX,
  PW_SHEET_EXPORT_CSV,
  PW_SHEET_EXPORT_COLLECTION,
} PwSheetExport;

#define PW_TYPE_SHEET_DIALOG (pw_sheet_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PwSheetDialog, pw_sheet_dialog, PW, SHEET_DIALOG, PwExportBase)

PwSheetDialog *pw_sheet_dialog_new        (GtkWindow      *parent,
                                           PwPlan         *plan);
PwSheetExport  pw_sheet_dialog_get_choice (PwSheetDialog  *self);
void           pw_sheet_dialog_set_choice (PwSheetDialog  *self,
                                           PwSheetExport   choice);
int            pw_sheet_dialog_get_year   (PwSheetDialog  *self);
gboolean       pw_sheet_dialog_export     (PwSheetDialog  *self,
                                           GFile          *file,
                                           GError        **error);

GtkWidget     *pw_merge_report_dialog_new (GtkWindow      *parent,
                                           PwMergeReport  *report);
void           pw_sheet_merge_files       (GtkWindow      *parent,
                                           PwPlan         *plan,
                                           GFile          *folder);

G_END_DECLS
