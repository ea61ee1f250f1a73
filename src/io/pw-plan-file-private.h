/* pw-plan-file-private.h: what the reader and the writer of .plan files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/relaxng.h>
#include <libxml/xmlIO.h>
#include <string.h>

#include "pw-plan-file.h"

G_BEGIN_DECLS

/* g_string_append_len() without its checks, for the inner loops of the
 * reader and the writer; keeps @out terminated. */
static inline void
pw_plan_file_put (GString    *out,
                  const char *data,
                  gsize       length)
{
  if (G_UNLIKELY (out->len + length >= out->allocated_len))
    {
      gsize old_length = out->len;

      g_string_set_size (out, old_length + length);
      out->len = old_length;
    }
  memcpy (out->str + out->len, data, length);
  out->len += length;
  out->str[out->len] = '\0';
}

/* g_string_truncate (@out, 0), inlined. */
static inline void
pw_plan_file_clear (GString *out)
{
  out->len = 0;
  out->str[0] = '\0';
}

/* Calls xmlInitParser() once, from whichever thread comes first. */
void          pw_plan_file_init_libxml  (void);

/* The schema compiled from the resource, or NULL (with a warning) if it
 * does not compile; owned by the library. */
xmlRelaxNGPtr pw_plan_file_get_relaxng  (void);

/* Reads a plan from @stream. @file or @bytes is the same input again, read a
 * second time only to find the columns of problems. With @report, every
 * problem is added to it (validating against @schema too when given) and the
 * plan read so far is returned; without, the first problem fails the read. */
PwPlan       *pw_plan_read              (GInputStream   *stream,
                                         GFile          *file,
                                         GBytes         *bytes,
                                         PwFindings       *report,
                                         xmlRelaxNGPtr   schema,
                                         GError        **error);

/* Writes @plan to @output, which it closes. */
gboolean      pw_plan_write             (PwPlan             *plan,
                                         xmlOutputBufferPtr  output,
                                         GError            **error);

G_END_DECLS
