/* main.c: start Plan Workbench
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The program runs the command-line commands (src/cli) itself and loads
 * the window, with GTK, from a module only when no command was asked for:
 * a command-line run pays for GLib and the libraries of its documents, not
 * for GTK's start-up (see pw-ui-main.c).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>
#include <locale.h>
#include <stdlib.h>

#include "pw-cli.h"
#include "pw-ui-main.h"

#define UI_MODULE "libplan-workbench-ui.so"

/* The command the options ask for, run here; -1 in @data when there is
 * none and the window is to open. */
static int
handle_local_options (GApplication *application,
                      GVariantDict *options,
                      gpointer      data)
{
  int *status = data;

  *status = pw_cli_handle_options (options);
  return *status >= 0 ? *status : EXIT_SUCCESS;
}

/* The module of the window: beside the program in the build folder, else
 * where it is installed. */
static GModule *
open_ui_module (GError **error)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = program != NULL ? g_path_get_dirname (program) : NULL;
  g_autofree char *beside = dir != NULL ? g_build_filename (dir, UI_MODULE, NULL) : NULL;
  g_autofree char *installed = g_build_filename (PKGLIBDIR, UI_MODULE, NULL);
  const char *path = beside != NULL && g_file_test (beside, G_FILE_TEST_EXISTS) ? beside : installed;
  GModule *module = g_module_open (path, 0);

  if (module == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", g_module_error ());
  return module;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  GApplication *commands;
  GModule *module;
  PwUiMainFunc ui_main = NULL;
  int status = -1, exit_status;

  /* Plans are written in Simplified Chinese: let Pango draw Han characters
   * with Simplified Chinese forms whatever the language of the interface
   * (fontconfig would otherwise pick the Japanese face of Noto CJK under an
   * English locale). */
  if (g_getenv ("PANGO_LANGUAGE") == NULL)
    g_setenv ("PANGO_LANGUAGE", "zh-cn", TRUE);

  setlocale (LC_ALL, "");
  /* PW_LOCALEDIR: the translations of the build folder, for tools/dev and
   * the tests; an installed program uses its own. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PW_LOCALEDIR") ? g_getenv ("PW_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Plan Workbench"));

  /* The options parsed as the window's application parses them (the same
   * entries, --help and errors), by a GApplication that never registers. */
  commands = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_application_add_main_option_entries (commands, pw_cli_get_option_entries ());
  g_application_set_option_context_summary (commands, pw_cli_get_summary ());
  g_signal_connect (commands, "handle-local-options", G_CALLBACK (handle_local_options), &status);
  exit_status = g_application_run (commands, argc, argv);
  g_object_unref (commands);
  if (status >= 0 || exit_status != EXIT_SUCCESS)
    return exit_status;

  module = open_ui_module (&error);
  if (module == NULL || !g_module_symbol (module, PW_UI_MAIN_SYMBOL, (gpointer *) &ui_main))
    {
      g_printerr ("%s: %s\n", g_get_prgname (),
                  error != NULL ? error->message : g_module_error ());
      return EXIT_FAILURE;
    }
  /* the module stays loaded to the end: GTK cannot be unloaded */
  g_module_make_resident (module);
  return ui_main (argc, argv);
}
