/* pw-cli.h: the commands that run without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-plan.h"

G_BEGIN_DECLS

const GOptionEntry *pw_cli_get_option_entries (void);
const char         *pw_cli_get_summary        (void);
int                 pw_cli_handle_options     (GVariantDict *options);
char               *pw_cli_format_comment     (const char   *file_name,
                                               PwPlan       *plan,
                                               PwComment    *comment);

G_END_DECLS
