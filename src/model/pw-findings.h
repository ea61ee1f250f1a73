/* pw-findings.h: the findings of a check or an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-finding.h"
#include "pw-finding-kind.h"

G_BEGIN_DECLS

#define PW_TYPE_FINDINGS (pw_findings_get_type ())

G_DECLARE_FINAL_TYPE (PwFindings, pw_findings, PW, FINDINGS, GObject)

PwFindings *pw_findings_new           (const char *file_name);
const char *pw_findings_get_file_name (PwFindings *self);
GListModel *pw_findings_get_list      (PwFindings *self);
guint       pw_findings_count         (PwFindings    *self,
                                       PwFindingKind  kind);
void        pw_findings_add           (PwFindings    *self,
                                       PwFindingKind  kind,
                                       int            line,
                                       int            column,
                                       const char    *subject,
                                       const char    *format,
                                       ...) G_GNUC_PRINTF (6, 7);
char       *pw_findings_format        (PwFindings *self,
                                       PwFinding  *entry);
char       *pw_findings_to_string     (PwFindings *self);

G_END_DECLS
