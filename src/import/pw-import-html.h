/* pw-import-html.h: web pages (.html, .htm, text/html from the clipboard)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pw-findings.h"
#include "pw-importer.h"
#include "pw-plan.h"

G_BEGIN_DECLS

gboolean  pw_import_is_html (const char  *data,
                             gsize        length);
gboolean  pw_import_html_read (const char    *data,
                               gsize          length,
                               PwImportLines *lines,
                               PwFindings    *report,
                               GError       **error);
PwPlan   *pw_import_html    (const char  *data,
                             gsize        length,
                             PwFindings  *report,
                             GError     **error);

G_END_DECLS
