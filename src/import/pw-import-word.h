/* pw-import-word.h: Word files (.docx; .doc, .wps and .odt through LibreOffice)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pw-findings.h"
#include "pw-importer.h"
#include "pw-plan.h"

G_BEGIN_DECLS

gboolean  pw_import_is_word (const char  *data,
                             gsize        length);
gboolean  pw_import_word_read (const char    *data,
                               gsize          length,
                               PwImportLines *lines,
                               GError       **error);
PwPlan   *pw_import_word    (const char  *data,
                             gsize        length,
                             PwFindings  *report,
                             GError     **error);

G_END_DECLS
