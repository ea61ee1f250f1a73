/* pw-heading-number.h: the numbering of headings as a plan prints them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pw-types.h"

G_BEGIN_DECLS

char *pw_chinese_numeral   (int             number);
char *pw_heading_number    (PwHeadingStyle  style,
                            gboolean        section,
                            int             number);
char *pw_heading_text      (PwHeadingStyle  style,
                            gboolean        section,
                            int             number,
                            const char     *title);
char *pw_part_heading_text (int             number,
                            const char     *title);
gboolean pw_heading_parse  (const char     *text,
                            int            *number,
                            const char    **title);

G_END_DECLS
