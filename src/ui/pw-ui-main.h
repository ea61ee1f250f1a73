/* pw-ui-main.h: the window's entry point, in the module the program loads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gmodule.h>

G_BEGIN_DECLS

/* The name main() looks the entry point up by. */
#define PW_UI_MAIN_SYMBOL "pw_ui_main"

typedef int (*PwUiMainFunc) (int   argc,
                             char *argv[]);

G_MODULE_EXPORT int pw_ui_main (int   argc,
                                char *argv[]);

G_END_DECLS
