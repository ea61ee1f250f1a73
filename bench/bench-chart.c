/* bench-chart.c: how fast the charts of a large plan render
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a plan of 1,000 indicators (every kind of target, three years of
 * actual values, twelve domains) and 200 projects through the model's API,
 * then times, as the median of several runs, from the plan to the file:
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

#include "pw-chart.h"
#include "pw-printout.h"

static const char * const domains[] = {
  "幼儿照护", "现代教育", "就业创业", "卫生健康", "养老服务", "社会保障",
  "住房保障", "退役军人服务", "文化体育", "残疾人服务", "社会服务", "公共安全",
};

/* Auxiliary methods */

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
set_value (PwIndicator *indicator,
           int          year,
           double       number)
{
  g_autofree char *text = g_strdup_printf ("%.2f", number);
  g_autoptr(PwValue) value = pw_value_new (text);

  pw_indicator_set_actual (indicator, year, value);
}

static PwPlan *
build_plan (guint n_indicators)
{
  PwPlan *plan = pw_plan_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20210101);
  g_autoptr(PwChapter) chapter = pw_chapter_new ();

  pw_plan_set_title (plan, "某市“十四五”公共服务和社会保障规划（性能测试）");
  pw_plan_set_region (plan, "某市");
  pw_plan_set_start_year (plan, 2021);
  pw_plan_set_end_year (plan, 2025);
  pw_plan_set_baseline_year (plan, 2020);

  for (guint i = 0; i < n_indicators; i++)
    {
      g_autoptr(PwIndicator) indicator = pw_indicator_new ();
      g_autofree char *id = g_strdup_printf ("ind-%u", i + 1);
      g_autofree char *name =
          g_strdup_printf ("第%u项指标：每千常住人口拥有的公共服务设施数量", i + 1);
      double base = g_rand_double_range (rand, 10, 100);
      double gap = g_rand_double_range (rand, 1, 30);
      g_autofree char *baseline_text = g_strdup_printf ("%.1f", base);
      g_autofree char *target_text = NULL;
      g_autoptr(PwValue) baseline = pw_value_new (baseline_text);
      g_autoptr(PwValue) target = NULL;

      /* every kind of target: plain, a floor, about, relative, in words */
      switch (i % 5)
        {
        case 0:
          target_text = g_strdup_printf ("%.1f", base + gap);
          break;
        case 1:
          target_text = g_strdup_printf ("≥%.1f", base + gap);
          break;
        case 2:
          target_text = g_strdup_printf ("%.1f左右", base + gap);
          break;
        case 3:
          target_text = g_strdup_printf ("提高%.0f", gap);
          break;
        default:
          target_text = g_strdup ("应保尽保");
        }
      target = pw_value_new (target_text);

      pw_object_set_id (PW_OBJECT (indicator), id);
      pw_indicator_set_category (indicator, "基本公共服务");
      pw_indicator_set_domain (indicator, domains[i % G_N_ELEMENTS (domains)]);
      pw_indicator_set_name (indicator, name);
      pw_indicator_set_unit (indicator, "个");
      pw_indicator_set_nature (indicator, i % 3 == 0 ? PW_NATURE_BINDING : PW_NATURE_EXPECTED);
      pw_indicator_set_baseline (indicator, baseline);
      pw_indicator_set_target (indicator, target);
      for (int year = 2021; year <= 2023; year++)
        {
          if (pw_indicator_is_qualitative (indicator))
            pw_indicator_set_state (indicator, year, PW_QUAL_STATE_IN_PROGRESS);
          else
            set_value (indicator, year,
                       base + gap * (year - 2020) * g_rand_double_range (rand, -0.1, 0.4));
        }
      pw_plan_insert_indicator (plan, i, indicator);
    }

  pw_chapter_set_number (chapter, 1);
  pw_chapter_set_title (chapter, "重点工程");
  for (guint c = 0; c < 20; c++)
    {
      g_autoptr(PwColumn) column = pw_column_new ();

      pw_column_set_number (column, c + 1);
      pw_column_set_title (column, "公共服务设施建设工程");
      for (guint p = 0; p < 10; p++)
        {
          g_autoptr(PwProject) project = pw_project_new ();

          pw_project_set_name (project, "县域公共服务设施网络建设工程");
          pw_project_set_lead (project, "市发展改革委");
          pw_project_set_start_year (project, 2021 + p % 3);
          pw_project_set_end_year (project, 2024 + p % 2);
          pw_project_set_status (project, (PwProjectStatus) (p % 4));
          pw_project_set_progress (project, (int) (p * 11 % 101));
          pw_column_insert_project (column, p, project);
        }
      pw_chapter_insert_column (chapter, c, column);
    }
  pw_plan_insert_chapter (plan, 0, chapter);

  return plan;
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
      double start = now ();

      if (!job (plan, file, data, &error))
        {
          g_printerr ("%s: %s\n", label, error->message);
          exit (1);
        }
      times[i] = now () - start;
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

  start = now ();
  plan = build_plan (n_indicators);
  printf ("plan of %d indicators and 200 projects built in %.0f ms\n", n_indicators,
          (now () - start) * 1000);
  {
    Export page = { PW_CHART_PROGRESS, PW_CHART_FORMAT_PNG, 1200, 900, 1 };
    Export a4 = { PW_CHART_PROGRESS, PW_CHART_FORMAT_PDF, 595.276, 841.89, 1 };

    printf ("progress chart: %u pages at 1200 × 900, %u pages on A4\n",
            pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, NULL, 1200, 900),
            pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, NULL, 595.276, 841.89));
    printf ("\n");
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
