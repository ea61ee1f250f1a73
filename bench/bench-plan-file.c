/* bench-plan-file.c: how fast a large .plan file loads and saves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a plan of 100,000 indicators with five actual values each and 1,000
 * chapters with sections, prose and projects through the model's API, saves
 * it, then measures in fresh child processes (so that the peak memory is
 * that of loading, not of building) the time to load it and to save it
 * again, and the peak memory (VmHWM). In the same run it times
 * `xmllint --stream --noout` on the same file, the floor for any program that
 * reads every node with libxml2, and prints the ratios.
 *
 * Usage: bench-plan-file [--indicators N] [--chapters N] [--runs N] [--keep]
 * Build with optimisation to measure: meson setup --buildtype=release.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "pw-plan-file.h"

static const char * const categories[] = { "总体", "基本公共服务", "普惠性非基本公共服务" };
static const char * const domains[] = {
  "幼儿照护", "现代教育", "就业创业", "卫生健康", "养老服务", "社会保障", "住房保障",
  "退役军人服务", "文化体育", "残疾人服务", "社会服务", "公共安全",
};
static const char * const units[] = { "%", "万人", "岁", "张", "人", "元", "‰", "个", "万平方米", "1/10万" };
static const char * const leads[] = {
  "市发展改革委", "市教育局", "市卫生健康委", "市民政局", "市人力资源社会保障局", "市住房城乡建设局",
};

/* Auxiliary methods */

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* The processor time of this process: less disturbed than the wall clock by
 * whatever else the machine runs. */
static double
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The processor time of the children waited for so far. */
static double
children_cpu_time (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

/* The peak resident memory of this process, in megabytes. */
static double
peak_memory_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return NAN;
  line = strstr (status, "VmHWM:");
  if (line == NULL)
    return NAN;
  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

static PwValue *
random_value (GRand *rand,
              int    kind,
              double base)
{
  g_autofree char *text = NULL;

  switch (kind)
    {
    case 0:
      text = g_strdup_printf ("%.1f%%", CLAMP (base, 0, 100));
      break;
    case 1:
      text = g_strdup_printf ("%.2f", base);
      break;
    case 2:
      text = g_strdup_printf ("%d", (int) base);
      break;
    default:
      text = g_strdup_printf ("%.1f", base);
    }
  return pw_value_new (text);
}

static PwPlan *
make_plan (guint n_indicators,
           guint n_chapters)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20210101);
  PwPlan *plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);

  pw_history_block (history);

  pw_plan_set_title (plan, "某市“十四五”公共服务和社会保障规划（基准测试）");
  pw_plan_set_region (plan, "某市");
  pw_plan_set_issuer (plan, "某市人民政府");
  pw_plan_set_doc_number (plan, "某政〔2022〕1号");
  pw_plan_set_issued (plan, "2022-05-17");
  pw_plan_set_preface (plan, "“十四五”时期是全面建设社会主义现代化国家新征程的开局起步期。\n本规划依据有关文件编制。");

  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(PwChapter) chapter = pw_chapter_new ();
      g_autoptr(PwColumn) column = pw_column_new ();
      g_autofree char *title = g_strdup_printf ("第%u章的标题：推进公共服务高质量发展", i + 1);

      pw_chapter_set_number (chapter, i + 1);
      pw_chapter_set_title (chapter, title);
      pw_chapter_set_text (chapter, "本章导语，说明本章的目标和任务。\n第二段导语，含有“引号”和 <尖括号> & 符号。");

      for (guint j = 0; j < 2; j++)
        {
          g_autoptr(PwSection) section = pw_section_new ();
          g_autofree char *section_title = g_strdup_printf ("第%u节 完善服务体系", j + 1);

          pw_section_set_number (section, j + 1);
          pw_section_set_title (section, section_title);
          pw_section_set_text (section,
                               "健全基本公共服务标准体系，推动标准水平动态调整，促进城乡区域间服务项目和标准有机衔接。\n"
                               "加强公共服务设施建设，提高服务便利性和可及性。");
          pw_chapter_insert_section (chapter, j, section);
        }

      pw_column_set_number (column, i + 1);
      pw_column_set_title (column, "重点工程专栏");
      for (guint j = 0; j < 5; j++)
        {
          g_autoptr(PwProject) project = pw_project_new ();
          g_autofree char *name = g_strdup_printf ("重点工程%u-%u：服务设施建设项目", i + 1, j + 1);
          int start = 2021 + g_rand_int_range (rand, 0, 3);

          pw_project_set_number (project, j + 1);
          pw_project_set_name (project, name);
          pw_project_set_description (project, "新建和改扩建服务设施，完善配套设备，提升服务能力。");
          pw_project_set_lead (project, leads[g_rand_int_range (rand, 0, G_N_ELEMENTS (leads))]);
          pw_project_set_start_year (project, start);
          pw_project_set_end_year (project, start + g_rand_int_range (rand, 0, 3));
          pw_project_set_investment (project, g_rand_int_range (rand, 100, 500000));
          pw_project_set_status (project, g_rand_int_range (rand, 0, 4));
          pw_project_set_progress (project, g_rand_int_range (rand, 0, 101));
          pw_column_insert_project (column, j, project);
        }
      pw_chapter_insert_column (chapter, 0, column);
      pw_plan_insert_chapter (plan, i, chapter);
    }

  pw_plan_assign_ids (plan);

  for (guint i = 0; i < n_indicators; i++)
    {
      g_autoptr(PwIndicator) indicator = pw_indicator_new ();
      g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (plan), i % n_chapters);
      g_autofree char *name = g_strdup_printf ("第%u项指标：每千人口拥有的服务设施数量", i + 1);
      g_autoptr(PwValue) baseline = NULL;
      g_autoptr(PwValue) target = NULL;
      int kind = g_rand_int_range (rand, 0, 4);
      double base = g_rand_double_range (rand, 1, 100);
      double goal = base * g_rand_double_range (rand, 1.0, 1.3);

      pw_indicator_set_category (indicator, categories[i % G_N_ELEMENTS (categories)]);
      pw_indicator_set_domain (indicator, domains[g_rand_int_range (rand, 0, G_N_ELEMENTS (domains))]);
      pw_indicator_set_name (indicator, name);
      pw_indicator_set_unit (indicator, units[g_rand_int_range (rand, 0, G_N_ELEMENTS (units))]);
      pw_indicator_set_nature (indicator, 1 + g_rand_int_range (rand, 0, 2));
      pw_indicator_set_chapter (indicator, pw_object_get_id (PW_OBJECT (chapter)));

      baseline = random_value (rand, kind, base);
      pw_indicator_set_baseline (indicator, baseline);
      if (g_rand_int_range (rand, 0, 10) == 0)
        target = pw_value_new ("应保尽保");
      else
        {
          g_autofree char *text = g_strdup_printf ("≥%.1f", goal);
          target = pw_value_new (text);
        }
      pw_indicator_set_target (indicator, target);

      for (int year = 2021; year <= 2025; year++)
        {
          double share = (year - 2020) / 5.0;
          g_autoptr(PwValue) actual = random_value (rand, kind, base + (goal - base) * share *
                                                    g_rand_double_range (rand, 0.7, 1.2));
          pw_indicator_set_actual (indicator, year, actual);
        }
      if (i % 10 == 0)
        pw_indicator_set_note (indicator, "数据来源：市统计局；口径与上年一致。");

      pw_plan_insert_indicator (plan, i, indicator);
    }

  pw_plan_assign_ids (plan);
  for (guint i = 0; i < 100 && i * 7 < n_indicators; i++)
    {
      g_autoptr(PwComment) comment = pw_comment_new ();
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (pw_plan_get_indicators (plan), i * 7);

      pw_comment_set_target (comment, pw_object_get_id (PW_OBJECT (indicator)));
      pw_comment_set_author (comment, "审阅人");
      pw_comment_set_created (comment, "2024-03-12T10:20:00+08:00");
      pw_comment_set_text (comment, "进度滞后，请说明原因。");
      pw_plan_insert_comment (plan, i, comment);
    }

  pw_history_unblock (history);
  return plan;
}

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

  start = now ();
  start_cpu = cpu_time ();
  plan = pw_plan_load (file, &error);
  load_time = now () - start;
  load_cpu = cpu_time () - start_cpu;
  if (plan == NULL)
    {
      g_printerr ("load failed: %s\n", error->message);
      return 1;
    }
  load_peak = peak_memory_mb ();

  start = now ();
  start_cpu = cpu_time ();
  if (!pw_plan_save (plan, out, &error))
    {
      g_printerr ("save failed: %s\n", error->message);
      return 1;
    }
  save_time = now () - start;
  save_cpu = cpu_time () - start_cpu;

  g_print ("%.4f %.4f %.1f %.1f %.4f %.4f\n", load_time, save_time, load_peak, peak_memory_mb (),
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
  double start = now ();
  double start_cpu = children_cpu_time ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s failed: %s\n", argv[0], error->message);
      return NAN;
    }
  *cpu = children_cpu_time () - start_cpu;
  return now () - start;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        int     n)
{
  qsort (values, n, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out_path = NULL;
  g_autofree char *child = NULL;
  int n_indicators = 100000;
  int n_chapters = 1000;
  int n_runs = 3;
  gboolean keep = FALSE;
  double build_time, first_save_time, start;
  double load_times[16], save_times[16], xmllint_times[16], load_peaks[16], save_peaks[16];
  double load_cpus[16], save_cpus[16], xmllint_cpus[16];
  double load, save, xmllint, load_cpu, save_cpu, xmllint_cpu, load_peak = 0, save_peak = 0;
  GStatBuf st;
  GOptionEntry entries[] = {
    { "indicators", 0, 0, G_OPTION_ARG_INT, &n_indicators, "Number of indicators", "N" },
    { "chapters", 0, 0, G_OPTION_ARG_INT, &n_chapters, "Number of chapters", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Runs of each measurement (median)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the generated file", NULL },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &child, NULL, NULL },
    { NULL }
  };

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
  n_chapters = MAX (n_chapters, 1);

  dir = g_dir_make_tmp ("bench-plan-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.plan", NULL);
  out_path = g_strconcat (path, ".out", NULL);
  file = g_file_new_for_path (path);

  g_print ("Generating %d indicators × 5 actual values, %d chapters …\n", n_indicators, n_chapters);
  start = now ();
  plan = make_plan (n_indicators, n_chapters);
  build_time = now () - start;

  start = now ();
  if (!pw_plan_save (plan, file, &error))
    {
      g_printerr ("save failed: %s\n", error->message);
      return 1;
    }
  first_save_time = now () - start;
  g_clear_object (&plan);
  g_stat (path, &st);

  for (int i = 0; i < n_runs; i++)
    {
      const char *child_argv[] = { argv[0], "--child", path, NULL };
      const char *xmllint_argv[] = { "xmllint", "--stream", "--noout", path, NULL };
      g_autofree char *output = NULL;
      int status;

      if (!g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                         &output, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error) ||
          sscanf (output, "%lf %lf %lf %lf %lf %lf", &load_times[i], &save_times[i],
                  &load_peaks[i], &save_peaks[i], &load_cpus[i], &save_cpus[i]) != 6)
        {
          g_printerr ("the measuring child failed: %s\n", error ? error->message : output);
          return 1;
        }
      load_peak = MAX (load_peak, load_peaks[i]);
      save_peak = MAX (save_peak, save_peaks[i]);
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

  load = median (load_times, n_runs);
  save = median (save_times, n_runs);
  xmllint = median (xmllint_times, n_runs);
  load_cpu = median (load_cpus, n_runs);
  save_cpu = median (save_cpus, n_runs);
  xmllint_cpu = median (xmllint_cpus, n_runs);

  g_print ("\n");
  g_print ("file                      %8.1f MB  (%s)\n", st.st_size / 1e6, path);
  g_print ("build with the model API  %8.3f s\n", build_time);
  g_print ("first save                %8.3f s\n", first_save_time);
  g_print ("median of %d runs           wall clock              processor time\n", n_runs);
  g_print ("  xmllint --stream        %7.3f s                %7.3f s\n", xmllint, xmllint_cpu);
  g_print ("  load                    %7.3f s  %5.2f × xmllint  %7.3f s  %5.2f ×   (aim ≤ 1.5)\n",
           load, load / xmllint, load_cpu, load_cpu / xmllint_cpu);
  g_print ("  save                    %7.3f s                %7.3f s\n", save, save_cpu);
  g_print ("  load + save             %7.3f s  %5.2f × xmllint  %7.3f s  %5.2f ×   (aim ≤ 3)\n",
           load + save, (load + save) / xmllint, load_cpu + save_cpu,
           (load_cpu + save_cpu) / xmllint_cpu);
  g_print ("  (the file saved again is byte-identical)\n");
  g_print ("peak memory (VmHWM):\n");
  g_print ("  after load              %8.1f MB  (aim < 150)\n", load_peak);
  g_print ("  after load + save       %8.1f MB\n", save_peak);

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
