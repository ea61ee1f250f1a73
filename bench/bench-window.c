/* bench-window.c: how fast the window shows and scrolls a large plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saves the benchmark plan of pw-bench.c (100,000 indicators by default) to
 * a file, opens it in a window as a user would, shows the indicator grid,
 * and prints:
 *
 *  - the time to load the file into the window, and to the first frame
 *    that shows the grid (from the moment the file is opened);
 *  - the work of each frame (from the frame clock's "before-paint" to its
 *    "after-paint", the part of it before drawing, and the processor time
 *    of the main thread in it) while the grid scrolls
 *    three rows per frame (a mouse wheel), one page per frame (a fast drag of
 *    the scroll bar), and for jumps to a quarter, half, three quarters and
 *    the end;
 *  - the peak memory.
 *
 * A frame that takes longer than 16.7 ms is a visible stall at 60 Hz.
 * GTK's renderer is chosen as the program chooses it
 * (pw_application_choose_renderer): GSK_RENDERER=cairo, or a machine
 * without a GPU, draws with Cairo and does not load OpenGL.
 *
 * Usage (needs a display): xvfb-run -a bench-window [--indicators N] [--frames N]
 * Build with optimisation to measure: meson setup --buildtype=release.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include "pw-application.h"
#include "pw-bench.h"
#include "pw-indicator-grid.h"
#include "pw-plan-file.h"
#include "pw-window.h"

/* one row of the grid, in pixels: two lines of Chinese (style.css) */
#define ROW_HEIGHT 42.0

typedef struct
{
  GtkWidget *grid;
  GtkAdjustment *vadjustment;
  GArray *frame_work; /* ms per frame */
  GArray *layout_work; /* the update and layout phases of each: binding rows */
  GArray *frame_cpu; /* the processor time of the main thread in each, ms */
  double paint_start;
  double paint_start_cpu;
  double layout_end;
  double first_frame;
  double first_frame_cpu; /* the processor time of the process then */
  guint frames_wanted;
  guint wheel_frames;
  guint jumps_done;
  guint frames; /* painted since the window was opened */
  gboolean scrolling;
  gboolean done;
} Bench;

/* The grid's first column view (the frozen columns'). */
static GtkColumnView *
find_column_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkColumnView *found;

      if (GTK_IS_COLUMN_VIEW (child))
        return GTK_COLUMN_VIEW (child);
      if ((found = find_column_view (child)) != NULL)
        return found;
    }
  return NULL;
}

/* The column view scrolls itself (GtkScrollable). */
static GtkAdjustment *
find_vadjustment (GtkWidget *widget)
{
  GtkColumnView *view = find_column_view (widget);

  return view != NULL ? gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)) : NULL;
}

/* After the first frame: until the views have every row (the grid gives
 * them those of the first screen first), and the frame that shows them. */
static void
wait_for_all_rows (Bench *bench)
{
  GListModel *rows = pw_indicator_grid_get_rows (PW_INDICATOR_GRID (bench->grid));
  GtkColumnView *view = find_column_view (bench->grid);
  guint frames;

  while (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))) < g_list_model_get_n_items (rows))
    g_main_context_iteration (NULL, TRUE);
  frames = bench->frames;
  while (bench->frames == frames)
    g_main_context_iteration (NULL, TRUE);
}

/* The processor time of the calling thread, in seconds: GTK updates, lays
 * out and draws (with Cairo) on the main thread. */
static double
thread_cpu_now (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static void
before_paint (GdkFrameClock *clock,
              Bench         *bench)
{
  bench->paint_start = pw_bench_now ();
  bench->paint_start_cpu = thread_cpu_now ();
}

/* Connected after GTK's own handler of "layout": the layout is over. */
static void
layout_done (GdkFrameClock *clock,
             Bench         *bench)
{
  bench->layout_end = pw_bench_now ();
}

static void
after_paint (GdkFrameClock *clock,
             Bench         *bench)
{
  double end = pw_bench_now ();

  bench->frames++;
  if (bench->first_frame == 0 && gtk_widget_get_mapped (bench->grid))
    {
      bench->first_frame = end;
      bench->first_frame_cpu = pw_bench_cpu_now ();
    }
  if (bench->scrolling && bench->paint_start > 0)
    {
      double ms = (end - bench->paint_start) * 1000;
      double layout_ms = (bench->layout_end - bench->paint_start) * 1000;
      double cpu_ms = (thread_cpu_now () - bench->paint_start_cpu) * 1000;

      g_array_append_val (bench->frame_work, ms);
      g_array_append_val (bench->layout_work, layout_ms);
      g_array_append_val (bench->frame_cpu, cpu_ms);
    }
}

/* One step per frame: a page down, then the long jumps. */
static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  Bench *bench = data;
  GtkAdjustment *v = bench->vadjustment;
  double top = gtk_adjustment_get_upper (v) - gtk_adjustment_get_page_size (v);

  /* a mouse wheel: three rows a frame */
  if (bench->frame_work->len < bench->frames_wanted)
    {
      bench->scrolling = TRUE;
      gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) + 3 * ROW_HEIGHT);
      return G_SOURCE_CONTINUE;
    }

  /* dragging the scroll bar fast: a page a frame */
  if (bench->frame_work->len < 2 * bench->frames_wanted)
    {
      gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) + gtk_adjustment_get_page_size (v));
      return G_SOURCE_CONTINUE;
    }

  if (bench->jumps_done < 4)
    {
      bench->jumps_done++;
      gtk_adjustment_set_value (v, top * bench->jumps_done / 4.0);
      return G_SOURCE_CONTINUE;
    }

  bench->done = TRUE;
  return G_SOURCE_REMOVE;
}

/* A window on the screen, its frame clock watched by @bench. */
static PwWindow *
open_window (Bench *bench)
{
  PwWindow *window = pw_window_new (NULL);
  GdkFrameClock *clock;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);

  bench->grid = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid"));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), bench);
  g_signal_connect_after (clock, "layout", G_CALLBACK (layout_done), bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), bench);
  return window;
}

/* Opens @file in @window as a user would and goes to the grid; returns once
 * its first frame is drawn, with the time the file was loaded in @loaded
 * and the processor time then in @loaded_cpu. */
static gboolean
show_grid (PwWindow *window,
           GFile    *file,
           Bench    *bench,
           double   *loaded,
           double   *loaded_cpu)
{
  if (!pw_window_load_file (window, file))
    return FALSE;
  *loaded = pw_bench_now ();
  *loaded_cpu = pw_bench_cpu_now ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  while (bench->first_frame == 0)
    g_main_context_iteration (NULL, TRUE);
  return TRUE;
}

static void
print_frames (const char *label,
              double     *ms,
              guint       n)
{
  guint stalls = 0;
  double sum = 0;

  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      sum += ms[i];
      if (ms[i] > 1000.0 / 60)
        stalls++;
    }
  pw_bench_sort (ms, n);
  g_print ("  %-26s %5u frames   mean %6.2f ms   median %6.2f   95%% %6.2f   max %6.2f   over 16.7 ms: %u\n",
           label, n, sum / n, ms[n / 2], ms[MIN (n - 1, n * 95 / 100)], ms[n - 1], stalls);
}

/* The figures of @ms, n_scroll frames of each way of scrolling, then the jumps. */
static void
print_scrolling (GArray *ms,
                 guint   n_scroll)
{
  print_frames ("three rows per frame", (double *) ms->data, n_scroll);
  print_frames ("a page per frame", (double *) ms->data + n_scroll, n_scroll);
  print_frames ("jumps to 25/50/75/100 %", (double *) ms->data + 2 * n_scroll, ms->len - 2 * n_scroll);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int n_indicators = 100000;
  int n_frames = 300;
  gboolean load_only = FALSE;
  PwWindow *window;
  Bench bench = { 0 };
  double start, loaded, start_cpu, loaded_cpu;
  guint n_scroll;
  GOptionEntry entries[] = {
    { "indicators", 0, 0, G_OPTION_ARG_INT, &n_indicators, "Number of indicators", "N" },
    { "frames", 0, 0, G_OPTION_ARG_INT, &n_frames, "Frames of scrolling a page each", "N" },
    { "file", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &path, "Measure this plan (in a process of its own)", "FILE" },
    { "load-only", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &load_only, "Only load the file", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("- time showing and scrolling a large plan in the window");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  /* Each measurement runs in a process of its own, so that the memory of
   * making the plan (or of the reference) is not counted in the window's. */
  if (path == NULL)
    {
      g_autoptr(PwPlan) made = NULL;
      g_autofree char *frames = g_strdup_printf ("--frames=%d", n_frames);
      int status = 0;

      g_print ("Generating %d indicators × 5 actual values …\n", n_indicators);
      made = pw_bench_make_plan (n_indicators, 1000);
      dir = g_dir_make_tmp ("bench-window-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "bench.plan", NULL);
      file = g_file_new_for_path (path);
      if (!pw_plan_save (made, file, &error))
        {
          g_printerr ("save failed: %s\n", error->message);
          return 1;
        }
      g_clear_object (&made);

      for (int step = 0; step < 2 && status == 0; step++)
        {
          const char *child[] = { argv[0], "--file", path, step == 0 ? "--load-only" : frames, NULL };

          if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL,
                             NULL, &status, &error))
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
        }
      g_unlink (path);
      g_rmdir (dir);
      return status == 0 ? 0 : 1;
    }
  file = g_file_new_for_path (path);
  dir = g_path_get_dirname (path);

  /* The first reference: the load alone, without a window (what any
   * program showing the plan pays before it shows anything). */
  if (load_only)
    {
      double cpu = pw_bench_cpu_now ();
      g_autoptr(PwPlan) alone = NULL;

      start = pw_bench_now ();
      alone = pw_plan_load (file, &error);
      if (alone == NULL)
        {
          g_printerr ("load failed: %s\n", error->message);
          return 1;
        }
      g_print ("\nreference: the load alone, without a window (wall clock, then processor time)\n");
      g_print ("  load the file                   %7.3f s   cpu %7.3f s\n", pw_bench_now () - start,
               pw_bench_cpu_now () - cpu);
      g_print ("  resident memory after the load  %7.1f MB (private %.1f, files mapped %.1f)\n",
               pw_bench_resident_mb (), pw_bench_status_mb ("RssAnon:"), pw_bench_status_mb ("RssFile:"));
      return 0;
    }
  /* as the program does, before GTK starts */
  pw_application_choose_renderer (NULL);
  gtk_init ();

  /* The second: the same window and steps with a plan of one indicator. */
  {
    g_autoptr(PwPlan) small = pw_bench_make_plan (1, 1);
    g_autofree char *small_path = g_build_filename (dir, "small.plan", NULL);
    g_autoptr(GFile) small_file = g_file_new_for_path (small_path);
    Bench reference = { 0 };
    double cpu;

    if (!pw_plan_save (small, small_file, &error))
      {
        g_printerr ("save failed: %s\n", error->message);
        return 1;
      }
    window = open_window (&reference);
    start = pw_bench_now ();
    cpu = pw_bench_cpu_now ();
    if (!show_grid (window, small_file, &reference, &loaded, &loaded_cpu))
      return 1;
    g_print ("\nreference: the same window with a plan of 1 indicator\n");
    g_print ("  load the file into the window   %7.3f s   cpu %7.3f s\n", loaded - start, loaded_cpu - cpu);
    g_print ("  first frame showing the grid    %7.3f s   cpu %7.3f s   (from opening the file)\n",
             reference.first_frame - start, reference.first_frame_cpu - cpu);
    gtk_window_destroy (GTK_WINDOW (window));
    g_unlink (small_path);
  }

  window = open_window (&bench);
  bench.frame_work = g_array_new (FALSE, FALSE, sizeof (double));
  bench.layout_work = g_array_new (FALSE, FALSE, sizeof (double));
  bench.frame_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  bench.frames_wanted = MAX (n_frames, 1);

  /* Open the file as a user would, and go to the grid. */
  start = pw_bench_now ();
  start_cpu = pw_bench_cpu_now ();
  if (!show_grid (window, file, &bench, &loaded, &loaded_cpu))
    return 1;

  g_print ("\n%u indicators in the grid (renderer %s%s)\n",
           g_list_model_get_n_items (pw_indicator_grid_get_rows (PW_INDICATOR_GRID (bench.grid))),
           g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "GTK's choice",
           g_strcmp0 (g_getenv ("GDK_DEBUG"), "gl-disable") == 0 ? ", OpenGL not loaded" : "");
  g_print ("  load the file into the window   %7.3f s   cpu %7.3f s\n", loaded - start, loaded_cpu - start_cpu);
  g_print ("  first frame showing the grid    %7.3f s   cpu %7.3f s   (from opening the file)\n",
           bench.first_frame - start, bench.first_frame_cpu - start_cpu);
  g_print ("  of which after the load         %7.3f s   cpu %7.3f s\n", bench.first_frame - loaded,
           bench.first_frame_cpu - loaded_cpu);
  g_print ("  resident memory at the first frame %7.1f MB (private %.1f, files mapped %.1f, shared %.1f)\n",
           pw_bench_resident_mb (), pw_bench_status_mb ("RssAnon:"), pw_bench_status_mb ("RssFile:"),
           pw_bench_status_mb ("RssShmem:"));
  wait_for_all_rows (&bench);
  g_print ("  the frame with all the rows      %7.3f s   cpu %7.3f s   (from opening the file)\n",
           pw_bench_now () - start, pw_bench_cpu_now () - start_cpu);
  g_print ("  resident memory then            %7.1f MB\n\n", pw_bench_resident_mb ());

  /* Scroll: a page per frame, then the long jumps. */
  bench.vadjustment = find_vadjustment (bench.grid);
  g_assert_nonnull (bench.vadjustment);
  gtk_widget_add_tick_callback (bench.grid, scroll_tick, &bench, NULL);
  while (!bench.done)
    g_main_context_iteration (NULL, TRUE);
  /* the last jump's frame */
  g_main_context_iteration (NULL, TRUE);

  g_print ("scrolled to %.0f of %.0f px\n", gtk_adjustment_get_value (bench.vadjustment),
           gtk_adjustment_get_upper (bench.vadjustment));
  n_scroll = bench.frames_wanted;
  g_print ("work of each frame while scrolling, all of it (update, layout, paint and the\n"
           "transfer to the X server):\n");
  print_scrolling (bench.frame_work, n_scroll);
  g_print ("of which update and layout (binding the rows shown; the rest is drawing):\n");
  print_scrolling (bench.layout_work, n_scroll);
  g_print ("the processor time of the main thread in each frame (not disturbed by other work on\n"
           "the machine; the X server's own work not counted):\n");
  print_scrolling (bench.frame_cpu, n_scroll);
  g_print ("\npeak memory (VmHWM)              %7.1f MB\n", pw_bench_peak_memory_mb ());

  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (bench.frame_work);
  g_array_unref (bench.layout_work);
  g_array_unref (bench.frame_cpu);
  return 0;
}
