/* fuzz-value.c: libFuzzer target of the value parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input, cut at its first NUL, as the text of a value (valid UTF-8
 * only, as the model's setters require), parsed and formatted back.
 */

#include "config.h"

#include "pw-value.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);

  if (g_utf8_validate (text, -1, NULL))
    {
      PwValue *value = pw_value_new (text);

      pw_value_unref (value);
    }
  return 0;
}
