/* pw-import-odt.h: OpenDocument text (.odt) into the lines of the structure finder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pw-import-package.h"
#include "pw-import-private.h"

G_BEGIN_DECLS

gboolean  pw_import_is_odt   (PwImportPackage *package);
gboolean  pw_import_odt_read (PwImportPackage *package,
                              PwImportLines   *lines,
                              GError         **error);

G_END_DECLS
