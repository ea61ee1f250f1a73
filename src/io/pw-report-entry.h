/* pw-report-entry.h: one finding of a check or an import, with its place in the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"
#include "pw-report-kind.h"

G_BEGIN_DECLS

#define PW_TYPE_REPORT_ENTRY (pw_report_entry_get_type ())

G_DECLARE_FINAL_TYPE (PwReportEntry, pw_report_entry, PW, REPORT_ENTRY, PwObject)

PwReportEntry *pw_report_entry_new         (void);
PwReportKind   pw_report_entry_get_kind    (PwReportEntry *self);
void           pw_report_entry_set_kind    (PwReportEntry *self,
                                            PwReportKind   kind);
int            pw_report_entry_get_line    (PwReportEntry *self);
void           pw_report_entry_set_line    (PwReportEntry *self,
                                            int            line);
int            pw_report_entry_get_column  (PwReportEntry *self);
void           pw_report_entry_set_column  (PwReportEntry *self,
                                            int            column);
const char    *pw_report_entry_get_message (PwReportEntry *self);
void           pw_report_entry_set_message (PwReportEntry *self,
                                            const char    *message);
const char    *pw_report_entry_get_subject (PwReportEntry *self);
void           pw_report_entry_set_subject (PwReportEntry *self,
                                            const char    *subject);

G_END_DECLS
