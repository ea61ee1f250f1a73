/* pw-screenshots.c: pictures of every page of the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the sample plan and saves each page of the window as a PNG, drawn
 * through GtkWidgetPaintable, so that the pictures need no window manager:
 * for looking at a change, and for the README. Run it from tools/dev:
 *
 *   tools/dev screenshots [FOLDER]
 *
 * which takes them in English and in Chinese under a virtual display.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "pw-window.h"

static void
drain (void)
{
  /* let layout, idles and redraws settle */
  for (int i = 0; i < 20; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
}

static void
save (GtkWidget  *window,
      const char *folder,
      const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_strdup_printf ("%s/%s.png", folder, name);
  GskRenderer *renderer;
  int width, height;

  drain ();
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_printerr ("Could not write %s\n", path);
  else
    g_print ("%s\n", path);
}

static void
activate (GtkApplication *app,
          char          **args)
{
  const char *folder = args[0];
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[1]);
  PwWindow *window;

  g_mkdir_with_parents (folder, 0755);

  window = g_object_new (PW_TYPE_WINDOW, "application", app, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  save (GTK_WIDGET (window), folder, "start");

  if (pw_window_load_file (window, file))
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");
      save (GTK_WIDGET (window), folder, "overview");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
      save (GTK_WIDGET (window), folder, "indicators");
      if (pw_window_show_chapter (window, 2))
        save (GTK_WIDGET (window), folder, "chapter");
      if (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "charts"))
        save (GTK_WIDGET (window), folder, "charts");
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* A GtkApplication, as the program's own, so that its style sheet applies. */
  g_autoptr(GtkApplication) app = gtk_application_new (APPLICATION_ID ".Screenshots", G_APPLICATION_NON_UNIQUE);
  char *args[2] = {
    argc > 1 ? argv[1] : ".",
    argc > 2 ? argv[2] : "data/samples/zhumadian.plan",
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PW_LOCALEDIR") ? g_getenv ("PW_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (g_getenv ("PANGO_LANGUAGE") == NULL)
    g_setenv ("PANGO_LANGUAGE", "zh-cn", TRUE);

  g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/planworkbench/PlanWorkbench");
  g_signal_connect (app, "activate", G_CALLBACK (activate), args);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
