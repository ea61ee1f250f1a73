/* pw-importer.h: the text importer, from a plan document as text to the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-plan.h"
#include "pw-findings.h"

G_BEGIN_DECLS

#define PW_IMPORT_ERROR (pw_import_error_quark ())

/**
 * PwImportError:
 * @PW_IMPORT_ERROR_NOT_TEXT: the input is not text (binary data, or bytes
 *   that are neither UTF-8 nor GB18030)
 * @PW_IMPORT_ERROR_EMPTY: the input holds nothing but white space
 * @PW_IMPORT_ERROR_TOO_LARGE: the input is larger than any plan document
 *   (more than %PW_IMPORT_MAX_SIZE bytes)
 * @PW_IMPORT_ERROR_DAMAGED: a Word file or web page that cannot be read: cut
 *   short, damaged, a zip bomb, entries named to escape the package, markup
 *   nested beyond any real document
 * @PW_IMPORT_ERROR_ENCRYPTED: a Word file protected by a password
 * @PW_IMPORT_ERROR_UNSUPPORTED: a format that cannot be read here (a legacy
 *   .doc or .wps file without LibreOffice installed to convert it)
 * @PW_IMPORT_ERROR_CHARSET: a web page whose bytes are not in the character
 *   set it declares, or that declares one nobody knows
 */
typedef enum
{
  PW_IMPORT_ERROR_NOT_TEXT,
  PW_IMPORT_ERROR_EMPTY,
  PW_IMPORT_ERROR_TOO_LARGE,
  PW_IMPORT_ERROR_DAMAGED,
  PW_IMPORT_ERROR_ENCRYPTED,
  PW_IMPORT_ERROR_UNSUPPORTED,
  PW_IMPORT_ERROR_CHARSET,
} PwImportError;

/**
 * PW_IMPORT_MAX_SIZE:
 *
 * The largest input the importer reads, in bytes. A plan document is a few
 * hundred kilobytes; this leaves room for the largest ever seen a hundred
 * times over, and a larger file is refused before it is read.
 */
#define PW_IMPORT_MAX_SIZE ((gsize) 64 * 1024 * 1024)

/**
 * PW_IMPORT_MAX_LINE:
 *
 * The longest line, in bytes, that the importer reads: the longest text a
 * .plan file holds in one element (%PW_PLAN_FILE_MAX_TEXT), so that an
 * imported plan can always be saved.
 */
#define PW_IMPORT_MAX_LINE ((gsize) 10000000)

/* A document as a stream of lines: see pw-import-private.h. */
typedef struct _PwImportLines PwImportLines;

GQuark  pw_import_error_quark (void);

PwPlan *pw_import_text_file   (GFile       *file,
                               PwFindings    *report,
                               GError     **error);
PwPlan *pw_import_text        (const char  *data,
                               gsize        length,
                               PwFindings    *report,
                               GError     **error);
PwPlan *pw_import_lines       (PwImportLines *lines,
                               PwFindings    *report,
                               GError       **error);

G_END_DECLS
