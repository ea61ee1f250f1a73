/* pw-export-dialog.h: the choices of a chart's export, then the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-chart.h"
#include "pw-export-base.h"
#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_EXPORT_DIALOG (pw_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PwExportDialog, pw_export_dialog, PW, EXPORT_DIALOG, PwExportBase)

PwExportDialog *pw_export_dialog_new           (GtkWindow            *parent,
                                                PwPlan               *plan,
                                                PwChartKind           kind,
                                                const PwChartOptions *options);
PwChartFormat   pw_export_dialog_get_format    (PwExportDialog       *self);
void            pw_export_dialog_set_format    (PwExportDialog       *self,
                                                PwChartFormat         format);
void            pw_export_dialog_get_size      (PwExportDialog       *self,
                                                double               *width,
                                                double               *height);
void            pw_export_dialog_set_size      (PwExportDialog       *self,
                                                double                width,
                                                double                height);
double          pw_export_dialog_get_scale     (PwExportDialog       *self);
void            pw_export_dialog_set_scale     (PwExportDialog       *self,
                                                double                scale);
gboolean        pw_export_dialog_get_whole_chart (PwExportDialog     *self);
void            pw_export_dialog_set_whole_chart (PwExportDialog     *self,
                                                  gboolean            whole_chart);
guint           pw_export_dialog_get_n_pages   (PwExportDialog       *self);
guint           pw_export_dialog_get_page      (PwExportDialog       *self);
void            pw_export_dialog_set_page      (PwExportDialog       *self,
                                                guint                 page);
const char     *pw_export_dialog_get_chart_label (PwExportDialog     *self);
char           *pw_export_dialog_get_file_name (PwExportDialog       *self);
gboolean        pw_export_dialog_export        (PwExportDialog       *self,
                                                GFile                *file,
                                                GError              **error);

G_END_DECLS
