/* pw-bench-empty-window.c: an empty GTK 4 window, the reference of bench-startup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkApplication that presents one empty GtkApplicationWindow of the size
 * Plan Workbench's window takes: what any GTK 4 application pays to show a
 * window, on the same display, renderer and session bus. With --version it
 * prints a line and exits before making the application: what a program
 * that links GTK 4 pays to start and end, the reference of a command-line
 * run.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

static void
activate (GtkApplication *application)
{
  GtkWidget *window = gtk_application_window_new (application);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) application = NULL;

  if (argc == 2 && strcmp (argv[1], "--version") == 0)
    {
      g_print ("pw-bench-empty-window %s\n", PACKAGE_VERSION);
      return 0;
    }

  application = gtk_application_new ("io.github.planworkbench.BenchEmptyWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (application, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
