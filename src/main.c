/* main.c: start Plan Workbench
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pw-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PwApplication) app = NULL;

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
  app = pw_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
