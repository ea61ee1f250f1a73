/* pw-csv.c: writing comma-separated values (RFC 4180)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by every table the program writes as CSV (the 修改对照表 of a
 * comparison, the exported indicators and projects). Reading CSV is the
 * importer's: it has to guess the encoding and the separator.
 */

#define G_LOG_DOMAIN "pw-csv"

#include "config.h"

#include "pw-csv.h"

#include <string.h>

/**
 * pw_csv_append_field:
 * @out: the text written so far
 * @text: (nullable): a field; %NULL is an empty one
 * @last: whether it ends its record
 *
 * Appends @text, in double quotes when it holds a comma, a quote or a line
 * break (a quote doubled), then a comma or, after the last field, CRLF.
 */
void
pw_csv_append_field (GString    *out,
                     const char *text,
                     gboolean    last)
{
  g_return_if_fail (out != NULL);

  if (text == NULL)
    text = "";
  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
  g_string_append (out, last ? "\r\n" : ",");
}
