/* fuzz-import.c: libFuzzer targets of the importers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built once per importer, PW_FUZZ_IMPORTER naming its entry point (see
 * meson.build): fuzz-import the text importer (pw_import_text, decoding
 * included); fuzz-html the web-page importer (character sets, libxml2's HTML
 * parser, the article); fuzz-word and fuzz-odt the Word and OpenDocument
 * importers (pw_import_word: the ZIP package within its limits, then the
 * .docx or the .odt reader), each with its own seeds. Every import ends in
 * the structure finder.
 *
 * The Word importer hands a compound file (a legacy .doc or .wps) to
 * LibreOffice, a program of its own, which is not what is fuzzed here:
 * fuzz-word and fuzz-odt leave such inputs out.
 */

#include "config.h"

#include <string.h>

#include "pw-import-html.h"
#include "pw-import-word.h"
#include "pw-importer.h"

#ifndef PW_FUZZ_IMPORTER
#define PW_FUZZ_IMPORTER pw_import_text
#endif

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const guint8 compound[] = { 0xD0, 0xCF, 0x11, 0xE0 };
  g_autoptr(PwFindings) report = NULL;
  g_autoptr(GError) error = NULL;
  PwPlan *plan;

  if (PW_FUZZ_IMPORTER == pw_import_word && size >= sizeof compound &&
      memcmp (data, compound, sizeof compound) == 0)
    return 0;

  report = pw_findings_new (NULL);
  plan = PW_FUZZ_IMPORTER ((const char *) data, size, report, &error);
  g_clear_object (&plan);

  return 0;
}
