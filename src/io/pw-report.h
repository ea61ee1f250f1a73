/* pw-report.h: the findings of a check or an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-report-entry.h"
#include "pw-report-kind.h"

G_BEGIN_DECLS

#define PW_TYPE_REPORT (pw_report_get_type ())

G_DECLARE_FINAL_TYPE (PwReport, pw_report, PW, REPORT, GObject)

PwReport   *pw_report_new         (const char   *file_name);
const char *pw_report_get_file_name (PwReport   *self);
GListModel *pw_report_get_entries (PwReport     *self);
guint       pw_report_count       (PwReport     *self,
                                   PwReportKind  kind);
void        pw_report_add         (PwReport     *self,
                                   PwReportKind  kind,
                                   int           line,
                                   int           column,
                                   const char   *subject,
                                   const char   *format,
                                   ...) G_GNUC_PRINTF (6, 7);
char       *pw_report_format_entry (PwReport      *self,
                                   PwReportEntry *entry);
char       *pw_report_to_string   (PwReport     *self);

G_END_DECLS
