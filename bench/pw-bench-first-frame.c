/* pw-bench-first-frame.c: tells bench-startup when a program drew its first window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loaded with LD_PRELOAD into the program measured (Plan Workbench, or the
 * empty window of the reference), it wraps gtk_window_present(): the first
 * window presented is watched, and at the end of its first frame (the frame
 * clock's "after-paint" while the window is mapped) the clock and the
 * processor time of the process are written to the file named by
 * PW_BENCH_FIRST_FRAME, and the process ends at once. The program itself is
 * not changed for the measurement.
 */

#define _GNU_SOURCE

#include "config.h"

#include <dlfcn.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>


static double
seconds (clockid_t clock)
{
  struct timespec now;

  clock_gettime (clock, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static void
after_paint (GdkFrameClock *clock,
             GtkWidget     *window)
{
  const char *path = g_getenv ("PW_BENCH_FIRST_FRAME");
  FILE *out;

  if (!gtk_widget_get_mapped (window))
    return;
  out = path != NULL ? fopen (path, "w") : stdout;
  if (out != NULL)
    {
      fprintf (out, "%.6f %.6f\n", seconds (CLOCK_MONOTONIC), seconds (CLOCK_PROCESS_CPUTIME_ID));
      fclose (out);
    }
  _exit (0);
}

static void
realized (GtkWidget *window)
{
  g_signal_connect_after (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint),
                          window);
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*present) (GtkWindow *);
  static gboolean watching;

  if (present == NULL)
    present = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");
  if (!watching)
    {
      watching = TRUE;
      if (gtk_widget_get_realized (GTK_WIDGET (window)))
        realized (GTK_WIDGET (window));
      else
        g_signal_connect (window, "realize", G_CALLBACK (realized), NULL);
    }
  present (window);
}
