/* bench-startup.c: how long Plan Workbench takes to show its first window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts, in turn and several times, an empty GTK 4 window (the reference,
 * pw-bench-empty-window) and Plan Workbench opening the sample plan, and
 * measures each from the moment the process is started to the end of the
 * first frame of its window (reported by pw-bench-first-frame, preloaded
 * into both, which ends the process there). Prints the medians of the wall
 * clock and of the processor time of each, and Plan Workbench's time beyond
 * the empty window's; where Plan Workbench does not load OpenGL (the Cairo
 * renderer), beyond the empty window's started without OpenGL too. Then a command-line run's cost before any work:
 * `plan-workbench --version` beside the same empty program with --version,
 * which loads GTK 4 and exits, and beside this program started with
 * --exit-at-once, a GLib program that ends as soon as it starts (the floor
 * of any command-line run: a command never loads GTK).
 *
 * Usage (needs a display and a session bus):
 *   xvfb-run -a dbus-run-session bench-startup [--runs N] [--renderer NAME]
 * Build with optimisation to measure: meson setup --buildtype=release.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pw-bench.h"

typedef struct
{
  const char *label;
  const char * const *argv;
  gboolean without_gl; /* started with GDK_DEBUG=gl-disable */
  GArray *wall; /* seconds */
  GArray *cpu;
} Program;

static double
median (GArray *values)
{
  pw_bench_sort ((double *) values->data, values->len);
  return values->len > 0 ? g_array_index (values, double, values->len / 2) : 0;
}

/* Runs @program to its end, its output thrown away. */
static gboolean
run_to_end (Program     *program,
            char       **envp,
            GError     **error)
{
  double start = pw_bench_now (), start_cpu = pw_bench_children_cpu (), wall, cpu;
  int status;

  if (!g_spawn_sync (NULL, (char **) program->argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                     NULL, NULL, &status, error) ||
      !g_spawn_check_wait_status (status, error))
    return FALSE;
  wall = pw_bench_now () - start;
  cpu = pw_bench_children_cpu () - start_cpu;
  g_array_append_val (program->wall, wall);
  g_array_append_val (program->cpu, cpu);
  return TRUE;
}

/* Starts @program once and waits for its first frame. */
static gboolean
run_once (Program     *program,
          char       **envp,
          const char  *report,
          GError     **error)
{
  g_autofree char *contents = NULL;
  double start, frame_time = 0, cpu = 0;
  int status;

  g_unlink (report);
  start = pw_bench_now ();
  if (!g_spawn_sync (NULL, (char **) program->argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                     &status, error))
    return FALSE;
  if (!g_file_get_contents (report, &contents, NULL, NULL) ||
      sscanf (contents, "%lf %lf", &frame_time, &cpu) != 2)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s showed no window (status %d)",
                   program->label, status);
      return FALSE;
    }
  frame_time -= start;
  g_array_append_val (program->wall, frame_time);
  g_array_append_val (program->cpu, cpu);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *report = NULL;
  g_autofree char *renderer = NULL;
  g_auto(GStrv) envp = NULL;
  int runs = 10;
  const char *homes[] = { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME" };
  char *homes_dirs[G_N_ELEMENTS (homes)];
  const char *empty_argv[] = { BENCH_EMPTY_WINDOW, NULL };
  const char *app_argv[] = { BENCH_APPLICATION, BENCH_SAMPLE, NULL };
  const char *empty_version_argv[] = { BENCH_EMPTY_WINDOW, "--version", NULL };
  const char *app_version_argv[] = { BENCH_APPLICATION, "--version", NULL };
  const char *glib_argv[] = { argv[0], "--exit-at-once", NULL };
  Program programs[] = {
    { "reference: an empty GTK 4 window", empty_argv },
    { "Plan Workbench, the sample plan", app_argv },
    { "the empty window, OpenGL not loaded", empty_argv, TRUE },
  };
  g_auto(GStrv) envp_without_gl = NULL;
  guint n_programs;
  Program commands[] = {
    { "reference: a GTK 4 program, --version", empty_version_argv },
    { "plan-workbench --version", app_version_argv },
    { "reference: a GLib program, at once", glib_argv },
  };
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Starts of each program (10)", "N" },
    { "renderer", 0, 0, G_OPTION_ARG_STRING, &renderer, "GSK_RENDERER for both (by default GTK's choice)", "NAME" },
    { NULL }
  };

  if (argc == 2 && strcmp (argv[1], "--exit-at-once") == 0)
    return 0;

  setlocale (LC_ALL, "");
  context = g_option_context_new ("- time from starting the program to its first window");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-startup needs a display: xvfb-run -a dbus-run-session bench-startup\n");
      return 2;
    }

  dir = g_dir_make_tmp ("bench-startup-XXXXXX", &error);
  g_assert_no_error (error);
  report = g_build_filename (dir, "first-frame", NULL);

  /* a home of their own: no drafts left by another run to offer, no list
   * of recent files of the person at the machine */
  for (guint i = 0; i < G_N_ELEMENTS (homes); i++)
    {
      homes_dirs[i] = g_build_filename (dir, homes[i], NULL);
      g_mkdir (homes_dirs[i], 0700);
    }
  envp = g_get_environ ();
  for (guint i = 0; i < G_N_ELEMENTS (homes); i++)
    envp = g_environ_setenv (envp, homes[i], homes_dirs[i], TRUE);
  envp = g_environ_setenv (envp, "LD_PRELOAD", BENCH_FIRST_FRAME, TRUE);
  envp = g_environ_setenv (envp, "PW_BENCH_FIRST_FRAME", report, TRUE);
  /* the settings of neither are kept; the window's schema is the build's */
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, TRUE);
  envp = g_environ_setenv (envp, "GTK_A11Y", "none", TRUE);
  envp = g_environ_setenv (envp, "PW_LOCALEDIR", BENCH_LOCALE_DIR, TRUE);
  if (renderer != NULL)
    envp = g_environ_setenv (envp, "GSK_RENDERER", renderer, TRUE);
  /* Plan Workbench does not load OpenGL where GTK draws with Cairo
   * (pw_application_choose_renderer): the empty window is measured both as
   * GTK starts it, and with Cairo and without OpenGL as Plan Workbench
   * starts there; with the GL renderer asked for, only as GTK starts it */
  envp_without_gl = g_environ_setenv (g_strdupv (envp), "GDK_DEBUG", "gl-disable", TRUE);
  envp_without_gl = g_environ_setenv (envp_without_gl, "GSK_RENDERER", "cairo", TRUE);
  n_programs = renderer == NULL || g_str_equal (renderer, "cairo") ? G_N_ELEMENTS (programs) : 2;

  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      programs[i].wall = g_array_new (FALSE, FALSE, sizeof (double));
      programs[i].cpu = g_array_new (FALSE, FALSE, sizeof (double));
    }
  /* one start of each first, not counted: the files in the page cache */
  for (int run = -1; run < MAX (runs, 1); run++)
    for (guint i = 0; i < n_programs; i++)
      {
        if (!run_once (&programs[i], programs[i].without_gl ? envp_without_gl : envp, report, &error))
          {
            g_printerr ("%s\n", error->message);
            return 1;
          }
        if (run < 0)
          {
            g_array_set_size (programs[i].wall, 0);
            g_array_set_size (programs[i].cpu, 0);
          }
      }

  g_print ("from starting the process to the end of its window's first frame, median of %d starts,\n"
           "renderer %s (wall clock, then the processor time of the process):\n",
           MAX (runs, 1), renderer != NULL ? renderer : "GTK's choice");
  for (guint i = 0; i < n_programs; i++)
    g_print ("  %-36s %7.3f s   cpu %7.3f s\n", programs[i].label, median (programs[i].wall),
             median (programs[i].cpu));
  for (guint i = 0; i < n_programs; i += 2)
    g_print ("  %-36s %7.3f s   cpu %7.3f s   (%.2f × the empty window%s)\n", "Plan Workbench beyond it",
             median (programs[1].wall) - median (programs[i].wall),
             median (programs[1].cpu) - median (programs[i].cpu),
             median (programs[1].wall) / median (programs[i].wall),
             programs[i].without_gl ? " without OpenGL" : "");

  /* a command-line run: no window, no preloaded module */
  envp = g_environ_unsetenv (envp, "LD_PRELOAD");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      commands[i].wall = g_array_new (FALSE, FALSE, sizeof (double));
      commands[i].cpu = g_array_new (FALSE, FALSE, sizeof (double));
    }
  for (int run = -1; run < MAX (runs, 1); run++)
    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      {
        if (!run_to_end (&commands[i], envp, &error))
          {
            g_printerr ("%s\n", error->message);
            return 1;
          }
        if (run < 0)
          {
            g_array_set_size (commands[i].wall, 0);
            g_array_set_size (commands[i].cpu, 0);
          }
      }
  g_print ("\na command-line run from its start to its end, median of %d runs:\n", MAX (runs, 1));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-38s %7.3f s   cpu %7.3f s\n", commands[i].label, median (commands[i].wall),
             median (commands[i].cpu));
  g_print ("  %-38s %7.3f s   cpu %7.3f s\n", "plan-workbench beyond the GTK 4 program",
           median (commands[1].wall) - median (commands[0].wall),
           median (commands[1].cpu) - median (commands[0].cpu));
  g_print ("  %-38s %7.3f s   cpu %7.3f s\n", "plan-workbench beyond the GLib program",
           median (commands[1].wall) - median (commands[2].wall),
           median (commands[1].cpu) - median (commands[2].cpu));

  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_array_unref (programs[i].wall);
      g_array_unref (programs[i].cpu);
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_array_unref (commands[i].wall);
      g_array_unref (commands[i].cpu);
    }
  g_unlink (report);
  for (guint i = 0; i < G_N_ELEMENTS (homes); i++)
    {
      pw_bench_remove_tree (homes_dirs[i]);
      g_free (homes_dirs[i]);
    }
  g_rmdir (dir);
  return 0;
}
