/* pw-csv.h: writing comma-separated values (RFC 4180)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void pw_csv_append_field (GString    *out,
                          const char *text,
                          gboolean    last);

G_END_DECLS
