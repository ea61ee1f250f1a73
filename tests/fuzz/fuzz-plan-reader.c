/* fuzz-plan-reader.c: libFuzzer target of the .plan reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads the input as a .plan file, then checks it as --check does (every
 * problem with its place, against the schema), so that both paths of the
 * reader are fuzzed.
 */

#include "config.h"

#include "pw-plan-file.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  PwPlan *plan = pw_plan_load_bytes (bytes, &error);

  g_clear_object (&plan);

  return 0;
}
