/* bench-chart.c: how fast the charts of a large plan render
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds the benchmark plan of pw-bench.c with 1,000 indicators (five years
 * of actual values, twelve domains) and 20 chapters of 5 projects, then times, as the median of several runs, from the plan to the file:
 * the indicator progress chart as a PNG (one page, at scale 1 and 2; and
 * drawn alone, as a window would, without writing a file), all
 * of its pages as a PDF, the other charts as PNGs, and the printed report
 * as a PDF.
 *
 * Usage: bench-chart [--indicators N] [--runs N]
 * Build with optimisation to measure: meson setup --buildtype=release.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "pw-bench.h"
#include "pw-chart.h"
#include "pw-printout.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

typedef gboolean (*Job) (PwPlan  *plan,
                         GFile   *file,
                         gpointer data,
                         GError **error);

typedef struct
{
  PwChartKind kind;
  PwChartFormat format;
  double width;
  double height;
  double scale;
} Export;

static gboolean
run_export (PwPlan  *plan,
            GFile   *file,
            gpointer data,
            GError **error)
{
  Export *e = data;

  return pw_chart_export (e->kind, plan, NULL, e->format, e->width, e->height, e->scale, file,
                          error);
}

/* Drawing alone, without encoding a file: what a window pays per frame. */
static gboolean
run_draw (PwPlan  *plan,
          GFile   *file,
          gpointer data,
          GError **error)
{
  Export *e = data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) e->width, (int) e->height);
  cairo_t *cr = cairo_create (surface);

  pw_chart_render (e->kind, plan, NULL, cr, e->width, e->height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return TRUE;
}

/* The reference: a blank image of the same size written as PNG, the part of
 * an export that is Cairo's PNG encoder and not our drawing. */
static gboolean
run_blank_png (PwPlan  *plan,
               GFile   *file,
               gpointer data,
               GError **error)
{
  Export *e = data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) (e->width * e->scale),
                                                         (int) (e->height * e->scale));
  g_autofree char *path = g_file_get_path (file);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_report (PwPlan  *plan,
            GFile   *file,
            gpointer data,
            GError **error)
{
  return pw_printout_export_pdf (plan, file, error);
}

/* Runs @job @runs times; prints and returns the median in seconds. */
static double
measure (const char *label,
         PwPlan     *plan,
         const char *path,
         Job         job,
         gpointer    data,
         guint       runs)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree double *times = g_new (double, runs);
  g_autoptr(GFileInfo) info = NULL;
  double median;

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      double start = pw_bench_now ();

      if (!job (plan, file, data, &error))
        {
          g_printerr ("%s: %s\n", label, error->message);
          exit (1);
        }
      times[i] = pw_bench_now () - start;
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  median = times[runs / 2];
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  printf ("%-54s %8.1f ms  (min %.1f, max %.1f", label, median * 1000, times[0] * 1000,
          times[runs - 1] * 1000);
  if (info != NULL)
    printf ("; %.0f kB", g_file_info_get_size (info) / 1024.0);
  printf (")\n");
  return median;
}

int
main (int   argc,
      char *argv[])
{
  int n_indicators = 1000, runs = 7;
  GOptionEntry entries[] = {
    { "indicators", 0, 0, G_OPTION_ARG_INT, &n_indicators, "Number of indicators (1000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement (7)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the rendering of charts");
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *png = NULL, *pdf = NULL, *none = NULL;
  double start, progress;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  n_indicators = MAX (n_indicators, 1);
  runs = MAX (runs, 1);

  dir = g_dir_make_tmp ("bench-chart-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  png = g_build_filename (dir, "chart.png", NULL);
  pdf = g_build_filename (dir, "chart.pdf", NULL);
  none = g_build_filename (dir, "not-written", NULL);

  start = pw_bench_now ();
  plan = pw_bench_make_plan (n_indicators, 20);
  printf ("plan of %d indicators and 200 projects built in %.0f ms\n", n_indicators,
          (pw_bench_now () - start) * 1000);
  {
    Export page = { PW_CHART_PROGRESS, PW_CHART_FORMAT_PNG, 1200, 900, 1 };
    Export a4 = { PW_CHART_PROGRESS, PW_CHART_FORMAT_PDF, 595.276, 841.89, 1 };

    printf ("progress chart: %u pages at 1200 × 900, %u pages on A4\n",
            pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, NULL, 1200, 900),
            pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, NULL, 595.276, 841.89));
    printf ("\n");
    measure ("reference: a blank 1200 × 900 PNG, Cairo alone", plan, png, run_blank_png, &page, runs);
    progress =
        measure ("progress chart, PNG 1200 × 900 (page 1)", plan, png, run_export, &page, runs);
    measure ("progress chart, drawn on a 1200 × 900 image, no file", plan, none, run_draw, &page, runs);
    page.scale = 2;
    measure ("progress chart, PNG 1200 × 900 at scale 2", plan, png, run_export, &page, runs);
    measure ("progress chart, PDF, every A4 page", plan, pdf, run_export, &a4, runs);
  }
  for (PwChartKind kind = PW_CHART_SUMMARY; kind <= PW_CHART_TIMELINE; kind++)
    {
      Export e = { kind, PW_CHART_FORMAT_PNG, 1200, 900, 1 };
      g_autofree char *label =
          g_strdup_printf ("%s chart, PNG 1200 × 900", pw_chart_kind_to_string (kind));

      measure (label, plan, png, run_export, &e, runs);
    }
  {
    g_autofree char *label = g_strdup_printf ("printed report, PDF (%u A4 pages)",
                                              pw_printout_get_n_pages (plan, PW_PRINTOUT_A4_WIDTH,
                                                                       PW_PRINTOUT_A4_HEIGHT));

    measure (label, plan, pdf, run_report, NULL, MIN (runs, 3));
  }

  printf ("\nprogress chart of %d indicators to PNG: %.1f ms\n", n_indicators, progress * 1000);

  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
  return 0;
}
