/* fuzz-import.c: libFuzzer target of the text importer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pw-importer.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  g_autoptr(GError) error = NULL;
  PwPlan *plan = pw_import_text ((const char *) data, size, report, &error);

  g_clear_object (&plan);

  return 0;
}
