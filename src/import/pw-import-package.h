/* pw-import-package.h: ZIP packages (.docx, .odt, .xlsx) read with limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reusable piece: the Word reader uses it for .docx and .odt, and the
 * spreadsheet merge will use it for .xlsx. It checks the package before
 * anything is inflated (see pw-import-package.c) and reads its parts with
 * libgsf, whole, as a stream for libxml2's reader or into its SAX2 parser.
 */

#pragma once

#include <glib.h>
#include <libxml/xmlreader.h>

G_BEGIN_DECLS

typedef struct _PwImportPackage PwImportPackage;

gboolean          pw_import_is_zip               (const char       *data,
                                                  gsize             length);
PwImportPackage  *pw_import_package_open         (GBytes           *bytes,
                                                  GError          **error);
void              pw_import_package_free         (PwImportPackage  *self);
gboolean          pw_import_package_has          (PwImportPackage  *self,
                                                  const char       *name);
GBytes           *pw_import_package_read         (PwImportPackage  *self,
                                                  const char       *name,
                                                  GError          **error);
xmlTextReaderPtr  pw_import_package_open_xml     (PwImportPackage  *self,
                                                  const char       *name,
                                                  GError          **error);
int               pw_import_package_read_node    (PwImportPackage  *self,
                                                  xmlTextReaderPtr  reader);
void              pw_import_package_skip         (PwImportPackage  *self,
                                                  xmlTextReaderPtr  reader);
gboolean          pw_import_package_close_xml    (PwImportPackage  *self,
                                                  xmlTextReaderPtr  reader,
                                                  GError          **error);
gboolean          pw_import_package_parse_xml    (PwImportPackage      *self,
                                                  const char           *name,
                                                  const xmlSAXHandler  *handler,
                                                  gpointer              data,
                                                  GError              **error);
gboolean          pw_import_package_scan_xml     (PwImportPackage      *self,
                                                  const char           *name,
                                                  const xmlSAXHandler  *handler,
                                                  gpointer              data);
gpointer          pw_import_package_sax_data     (PwImportPackage  *self);
gboolean          pw_import_package_sax_at_empty (PwImportPackage  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwImportPackage, pw_import_package_free)

G_END_DECLS
