/* pw-ui-main.c: the window's entry point, in the module the program loads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK is linked into this module only (libplan-workbench-ui.so), not into
 * the program: a command-line run (--check, --import, --version …) never
 * loads GTK, its seventy libraries and their constructors. main() loads
 * the module when the command line asks for the window and calls this.
 */

#include "config.h"

#include "pw-ui-main.h"

#include "pw-application.h"

int
pw_ui_main (int   argc,
            char *argv[])
{
  g_autoptr(PwApplication) app = NULL;

  /* before GTK starts, while the program has no other thread */
  pw_application_choose_renderer (NULL);
  app = pw_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
