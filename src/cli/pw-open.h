/* pw-open.h: open any document the program reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-plan.h"
#include "pw-findings.h"

G_BEGIN_DECLS

GFile    *pw_file_new_for_arg (const char *arg);
gboolean  pw_is_plan_file   (GFile     *file);
PwPlan   *pw_open_document  (GFile     *file,
                             PwFindings  *report,
                             GError   **error);
PwPlan   *pw_import_document (GFile     *file,
                              PwFindings *report,
                              GError   **error);
PwPlan   *pw_import_clipboard (GBytes     *contents,
                               const char *mime_type,
                               PwFindings *report,
                               GError    **error);

G_END_DECLS
