/* bench-chart.c: how fast the charts of a large plan render
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds the benchmark plan of pw-bench.c with 1,000, 10,000 and 100,000
 * indicators (five years of actual values, twelve domains) and 20 chapters
 * of 5 projects, then times, as the median of several runs, from the plan
 * to the file: the indicator progress chart as a PNG (one page, at scale 1
 * and 2; and drawn alone, without writing a file), all of its pages as a
 * PDF, a screenful of the window's view (the chart laid out once for the
 * window, then one frame drawn at the end of it), the other charts as PNGs,
 * and the printed report as a PDF.
 *
 * The references, measured in the same run: a blank PNG of the same size
 * (Cairo's PNG encoder alone), and a PDF of as many A4 pages as the
 * progress chart holding as many rows, each a filled rectangle and a line
 * of text drawn with Cairo's own text API: the floor for any program that
 * puts those rows on those pages.
 *
 * Usage: bench-chart [--indicators N] [--runs N] [--report-max N]
 * Build with optimisation to measure: meson setup --buildtype=release.
 */

#include "config.h"

#include <cairo-pdf.h>

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pw-bench.h"
#include "pw-chart.h"
#include "pw-printout.h"

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

/* The reference for a PDF of many pages: as many rows, a rectangle and a
 * line of text each, on as many pages, with no layout at all. */
typedef struct
{
  guint n_rows;
  guint n_pages;
} Rows;

static gboolean
run_rows_pdf (PwPlan  *plan,
              GFile   *file,
              gpointer data,
              GError **error)
{
  Rows *rows = data;
  g_autofree char *path = g_file_get_path (file);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595.276, 841.89);
  cairo_t *cr = cairo_create (surface);
  guint per_page = (rows->n_rows + rows->n_pages - 1) / MAX (rows->n_pages, 1);
  cairo_status_t status;

  cairo_select_font_face (cr, "Noto Sans CJK SC", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 9);
  for (guint i = 0; i < rows->n_rows; i++)
    {
      guint on_page = i % MAX (per_page, 1);
      double y = 60 + on_page * 30.0;
      char text[64];

      if (i > 0 && on_page == 0)
        cairo_show_page (cr);
      cairo_set_source_rgb (cr, 0.3, 0.5, 0.8);
      cairo_rectangle (cr, 200, y, 150 + i % 100, 8);
      cairo_fill (cr);
      g_snprintf (text, sizeof text, "指标%u 12.3%% (2023)", i + 1);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, 40, y + 8);
      cairo_show_text (cr, text);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* What the window's chart view pays: the layout for its width once, then
 * a frame of 1200 × 800 drawn at the end of the chart. */
static gboolean
run_view (PwPlan  *plan,
          GFile   *file,
          gpointer data,
          GError **error)
{
  double *layout_time = data;
  double start = pw_bench_now ();
  g_autoptr(PwChartLayout) layout = pw_chart_layout_new_natural (PW_CHART_PROGRESS, plan, NULL, 1200);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  cairo_t *cr = cairo_create (surface);
  double frame;

  *layout_time = pw_bench_now () - start;
  frame = pw_bench_now ();
  cairo_rectangle (cr, 0, 0, 1200, 800);
  cairo_clip (cr);
  cairo_translate (cr, 0, -(pw_chart_layout_get_height (layout) - 800));
  pw_chart_layout_draw (layout, cr, 0);
  layout_time[1] = pw_bench_now () - frame;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
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

/* --only: the measurements whose label holds this text */
static const char *only;

/* Runs @job @runs times; prints and returns the median in seconds (of the
 * wall clock), with the median of the processor time the process spent. */
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
  g_autofree double *cpu = g_new (double, runs);
  g_autoptr(GFileInfo) info = NULL;
  double median;

  if (only != NULL && strstr (label, only) == NULL)
    return NAN;
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      double start = pw_bench_now ();
      double cpu_start = pw_bench_cpu_now ();

      if (!job (plan, file, data, &error))
        {
          g_printerr ("%s: %s\n", label, error->message);
          exit (1);
        }
      times[i] = pw_bench_now () - start;
      cpu[i] = pw_bench_cpu_now () - cpu_start;
    }
  pw_bench_sort (times, runs);
  pw_bench_sort (cpu, runs);
  median = times[runs / 2];
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  printf ("%-54s %8.1f ms  cpu %8.1f ms  (min %.1f, max %.1f", label, median * 1000,
          cpu[runs / 2] * 1000, times[0] * 1000, times[runs - 1] * 1000);
  if (info != NULL)
    printf ("; %.0f kB", g_file_info_get_size (info) / 1024.0);
  printf (")\n");
  return median;
}

static void
bench_size (int n_indicators,
            int runs,
            int report_max)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *png = NULL, *pdf = NULL, *none = NULL;
  double start, progress;
  guint a4_pages;

  dir = g_dir_make_tmp ("bench-chart-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  png = g_build_filename (dir, "chart.png", NULL);
  pdf = g_build_filename (dir, "chart.pdf", NULL);
  none = g_build_filename (dir, "not-written", NULL);

  start = pw_bench_now ();
  plan = pw_bench_make_plan (n_indicators, 20);
  printf ("\n== %d indicators ==\nplan of %d indicators and 100 projects built in %.0f ms\n",
          n_indicators, n_indicators, (pw_bench_now () - start) * 1000);
  a4_pages = pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, NULL, 595.276, 841.89);
  {
    Export page = { PW_CHART_PROGRESS, PW_CHART_FORMAT_PNG, 1200, 900, 1 };
    Export a4 = { PW_CHART_PROGRESS, PW_CHART_FORMAT_PDF, 595.276, 841.89, 1 };
    Rows rows = { n_indicators, a4_pages };
    double view[2] = { 0, 0 };

    printf ("progress chart: %u pages at 1200 × 900, %u pages on A4\n\n",
            pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, NULL, 1200, 900), a4_pages);
    measure ("reference: a blank 1200 × 900 PNG, Cairo alone", plan, png, run_blank_png, &page, runs);
    progress =
        measure ("progress chart, PNG 1200 × 900 (page 1)", plan, png, run_export, &page, runs);
    measure ("progress chart, drawn on a 1200 × 900 image, no file", plan, none, run_draw, &page, runs);
    page.scale = 2;
    measure ("progress chart, PNG 1200 × 900 at scale 2", plan, png, run_export, &page, runs);
    measure ("reference: as many rows on as many A4 pages, Cairo alone", plan, pdf, run_rows_pdf,
             &rows, MIN (runs, 3));
    measure ("progress chart, PDF, every A4 page", plan, pdf, run_export, &a4, MIN (runs, 3));
    if (!isnan (measure ("window view: layout at 1200 wide, then one frame at its end", plan, none,
                         run_view, view, runs)))
      printf ("  of which the layout %.1f ms and the frame of 1200 × 800 %.1f ms\n", view[0] * 1000,
            view[1] * 1000);
  }
  for (PwChartKind kind = PW_CHART_SUMMARY; kind <= PW_CHART_TIMELINE; kind++)
    {
      Export e = { kind, PW_CHART_FORMAT_PNG, 1200, 900, 1 };
      g_autofree char *label =
          g_strdup_printf ("%s chart, PNG 1200 × 900", pw_chart_kind_to_string (kind));

      measure (label, plan, png, run_export, &e, runs);
    }
  if (n_indicators <= report_max && (only == NULL || strstr ("printed report, PDF", only) != NULL))
    {
      guint n_pages = pw_printout_get_n_pages (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
      g_autofree char *label = g_strdup_printf ("printed report, PDF (%u A4 pages)", n_pages);
      /* the floor of a PDF of that many pages: Cairo alone, with 25 rows a
       * page (the report's table has 17-20, its trends a dozen labels) */
      Rows rows = { n_pages * 25, n_pages };

      measure ("reference for the report: as many A4 pages, 25 rows each", plan, pdf,
               run_rows_pdf, &rows, MIN (runs, 3));
      measure (label, plan, pdf, run_report, NULL, MIN (runs, 3));
    }
  else
    printf ("printed report: not measured above %d indicators (--report-max)\n", report_max);

  if (!isnan (progress))
    printf ("progress chart of %d indicators to PNG: %.1f ms\n", n_indicators, progress * 1000);

  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int n_indicators = 0, runs = 5, report_max = 10000;
  GOptionEntry entries[] = {
    { "indicators", 0, 0, G_OPTION_ARG_INT, &n_indicators,
      "Only this number of indicators (by default 1,000, 10,000 and 100,000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement (5)", "N" },
    { "report-max", 0, 0, G_OPTION_ARG_INT, &report_max,
      "Time the printed report up to this many indicators (10000)", "N" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only,
      "Only the measurements whose label holds TEXT (e.g. report, reference)", "TEXT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the rendering of charts");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = MAX (runs, 1);

  if (n_indicators > 0)
    bench_size (n_indicators, runs, report_max);
  else
    for (int n = 1000; n <= 100000; n *= 10)
      bench_size (n, n >= 100000 ? MIN (runs, 3) : runs, report_max);
  return 0;
}
