/* bench-plan-file.c: how fast a large .plan file loads and saves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a plan of 10,000 indicators, then one of 100,000, with five actual
 * values each and a chapter per 100 indicators with sections, prose and
 * projects through the model's API (or one plan of the size asked), saves
 * it, then measures in fresh child processes (so that the peak memory is
 * that of loading, not of building) the time to load it and to save it
 * again, and the peak memory (VmHWM). In the same run it times
 * `xmllint --stream --noout` on the same file, the floor for any program that
 * reads every node with libxml2, and prints the ratios. With --before, the
 * child of another build of this program (of an earlier commit, say) loads
 * and saves the same file in turns with this one's, and both are printed.
 *
 * Usage: bench-plan-file [--indicators N] [--chapters N] [--runs N] [--keep]
 *                        [--before OTHER-BUILD/bench/bench-plan-file]
 * Build with optimisation to measure: meson setup --buildtype=release.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pw-bench.h"
#include "pw-plan-file.h"

/* Auxiliary methods */

/* In the child: load @path, save it to @path.out, print the figures. */
static int
run_child (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *out_path = g_strconcat (path, ".out", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  double start, start_cpu, load_time, load_cpu, save_time, save_cpu, load_peak;

  start = pw_bench_now ();
  start_cpu = pw_bench_cpu_now ();
  plan = pw_plan_load (file, &error);
  load_time = pw_bench_now () - start;
  load_cpu = pw_bench_cpu_now () - start_cpu;
  if (plan == NULL)
    {
      g_printerr ("load failed: %s\n", error->message);
      return 1;
    }
  load_peak = pw_bench_peak_memory_mb ();

  start = pw_bench_now ();
  start_cpu = pw_bench_cpu_now ();
  if (!pw_plan_save (plan, out, &error))
    {
      g_printerr ("save failed: %s\n", error->message);
      return 1;
    }
  save_time = pw_bench_now () - start;
  save_cpu = pw_bench_cpu_now () - start_cpu;

  g_print ("%.4f %.4f %.1f %.1f %.4f %.4f\n", load_time, save_time, load_peak, pw_bench_peak_memory_mb (),
           load_cpu, save_cpu);
  return 0;
}

/* Runs @argv; the wall time it took, and its processor time in @cpu. */
static double
time_command (const char * const *argv,
              double             *cpu)
{
  g_autoptr(GError) error = NULL;
  int status = 0;
  double start = pw_bench_now ();
  double start_cpu = pw_bench_children_cpu ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s failed: %s\n", argv[0], error->message);
      return NAN;
    }
  *cpu = pw_bench_children_cpu () - start_cpu;
  return pw_bench_now () - start;
}

static double
median (double *values,
        int     n)
{
  pw_bench_sort (values, n);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* What the measuring children of one program printed, run after run. */
typedef struct
{
  double load_times[16], save_times[16], load_cpus[16], save_cpus[16];
  double load_peak, save_peak;
} Figures;

/* Runs @program's measuring child on @path, its figures as run @i; FALSE
 * when it failed. */
static gboolean
run_measuring_child (const char *program,
                     const char *path,
                     Figures    *figures,
                     int         i)
{
  const char *argv[] = { program, "--child", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  double load_peak, save_peak;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &output, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error) ||
      sscanf (output, "%lf %lf %lf %lf %lf %lf", &figures->load_times[i], &figures->save_times[i],
              &load_peak, &save_peak, &figures->load_cpus[i], &figures->save_cpus[i]) != 6)
    {
      g_printerr ("the measuring child of %s failed: %s\n", program, error ? error->message : output);
      return FALSE;
    }
  figures->load_peak = MAX (figures->load_peak, load_peak);
  figures->save_peak = MAX (figures->save_peak, save_peak);
  return TRUE;
}

/* The medians of @figures beside xmllint's. */
static void
print_figures (const char *title,
               Figures    *figures,
               int         n_runs,
               double      xmllint,
               double      xmllint_cpu)
{
  double load = median (figures->load_times, n_runs);
  double save = median (figures->save_times, n_runs);
  double load_cpu = median (figures->load_cpus, n_runs);
  double save_cpu = median (figures->save_cpus, n_runs);

  g_print ("%s\n", title);
  g_print ("  load                    %7.3f s  %5.2f × xmllint  %7.3f s  %5.2f ×   (aim ≤ 1.2)\n",
           load, load / xmllint, load_cpu, load_cpu / xmllint_cpu);
  g_print ("  save                    %7.3f s                %7.3f s\n", save, save_cpu);
  g_print ("  load + save             %7.3f s  %5.2f × xmllint  %7.3f s  %5.2f ×   (aim ≤ 2)\n",
           load + save, (load + save) / xmllint, load_cpu + save_cpu,
           (load_cpu + save_cpu) / xmllint_cpu);
  g_print ("  peak memory (VmHWM)     %7.1f MB after load, %.1f MB after load + save   (aim < 100)\n",
           figures->load_peak, figures->save_peak);
}

/* Generates a plan of @n_indicators and @n_chapters, then loads and saves
 * it @n_runs times beside xmllint and prints the figures; 0 when it went
 * well. */
static int
measure (const char *program,
         const char *before,
         int         n_indicators,
         int         n_chapters,
         int         n_runs,
         gboolean    keep)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out_path = NULL;
  double build_time, first_save_time, start;
  double xmllint_times[16], xmllint_cpus[16];
  double xmllint, xmllint_cpu;
  Figures figures = { 0 }, before_figures = { 0 };
  GStatBuf st;

  dir = g_dir_make_tmp ("bench-plan-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.plan", NULL);
  out_path = g_strconcat (path, ".out", NULL);
  file = g_file_new_for_path (path);

  g_print ("\nGenerating %d indicators × 5 actual values, %d chapters …\n", n_indicators, n_chapters);
  start = pw_bench_now ();
  plan = pw_bench_make_plan (n_indicators, n_chapters);
  build_time = pw_bench_now () - start;

  start = pw_bench_now ();
  if (!pw_plan_save (plan, file, &error))
    {
      g_printerr ("save failed: %s\n", error->message);
      return 1;
    }
  first_save_time = pw_bench_now () - start;
  g_clear_object (&plan);
  g_stat (path, &st);

  for (int i = 0; i < n_runs; i++)
    {
      const char *xmllint_argv[] = { "xmllint", "--stream", "--noout", path, NULL };

      if ((before != NULL && !run_measuring_child (before, path, &before_figures, i)) ||
          !run_measuring_child (program, path, &figures, i))
        return 1;
      xmllint_times[i] = time_command (xmllint_argv, &xmllint_cpus[i]);
    }

  {
    g_autofree char *original = NULL;
    g_autofree char *saved = NULL;
    gsize original_size = 0, saved_size = 0;

    if (!g_file_get_contents (path, &original, &original_size, &error) ||
        !g_file_get_contents (out_path, &saved, &saved_size, &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
    if (original_size != saved_size || memcmp (original, saved, saved_size) != 0)
      {
        g_printerr ("loading and saving again changed the file\n");
        return 1;
      }
  }

  xmllint = median (xmllint_times, n_runs);
  xmllint_cpu = median (xmllint_cpus, n_runs);

  g_print ("\n");
  g_print ("file                      %8.1f MB  (%s)\n", st.st_size / 1e6, path);
  g_print ("build with the model API  %8.3f s\n", build_time);
  g_print ("first save                %8.3f s\n", first_save_time);
  g_print ("median of %d runs           wall clock              processor time\n", n_runs);
  g_print ("  xmllint --stream        %7.3f s                %7.3f s\n", xmllint, xmllint_cpu);
  if (before != NULL)
    {
      g_autofree char *title = g_strdup_printf ("before (%s), in turns with this build:", before);

      print_figures (title, &before_figures, n_runs, xmllint, xmllint_cpu);
    }
  print_figures (before != NULL ? "this build:" : "Plan Workbench:", &figures, n_runs, xmllint, xmllint_cpu);
  g_print ("  (the file saved again is byte-identical)\n");

  if (keep)
    g_print ("\nkept %s\n", path);
  else
    {
      g_unlink (path);
      g_unlink (out_path);
      {
        g_autofree char *backup = g_strconcat (out_path, "~", NULL);
        g_unlink (backup);
      }
      g_rmdir (dir);
    }

  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *child = NULL;
  g_autofree char *before = NULL;
  int n_indicators = 0;
  int n_chapters = 0;
  int n_runs = 3;
  gboolean keep = FALSE;
  GOptionEntry entries[] = {
    { "indicators", 0, 0, G_OPTION_ARG_INT, &n_indicators,
      "Number of indicators (default: 10,000 then 100,000)", "N" },
    { "chapters", 0, 0, G_OPTION_ARG_INT, &n_chapters,
      "Number of chapters (default: one per 100 indicators)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Runs of each measurement (median)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the generated files", NULL },
    { "before", 0, 0, G_OPTION_ARG_FILENAME, &before,
      "Another build of bench-plan-file (e.g. of an earlier commit) to measure in turns with this one", "PROGRAM" },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &child, NULL, NULL },
    { NULL }
  };
  static const int default_sizes[] = { 10000, 100000 };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- time loading and saving a large .plan file");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (child != NULL)
    return run_child (child);

  n_runs = CLAMP (n_runs, 1, 16);
  for (guint i = 0; i < G_N_ELEMENTS (default_sizes); i++)
    {
      int indicators = n_indicators > 0 ? n_indicators : default_sizes[i];
      int chapters = n_chapters > 0 ? n_chapters : MAX (indicators / 100, 1);
      int status = measure (argv[0], before, indicators, chapters, n_runs, keep);

      if (status != 0 || n_indicators > 0)
        return status;
    }

  return 0;
}
