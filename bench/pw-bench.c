/* pw-bench.c: what the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A large plan made with the model's API, the same for every benchmark, and
 * the clocks they read.
 */

#include "config.h"

#include "pw-bench.h"

#include <glib/gstdio.h>

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

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

static double
status_mb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return NAN;
  line = strstr (status, field);
  if (line == NULL)
    return NAN;
  return g_ascii_strtod (line + strlen (field), NULL) / 1024.0;
}

/* Public API */

double
pw_bench_now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* The processor time of this process (every thread), in seconds: on a
 * machine shared with other work, the part of a wall-clock time that is
 * the program's own. */
double
pw_bench_cpu_now (void)
{
  struct timespec now;

  if (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now) != 0)
    return NAN;
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* The processor time of the children of this process waited for so far, in
 * seconds. */
double
pw_bench_children_cpu (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

double
pw_bench_peak_memory_mb (void)
{
  return status_mb ("VmHWM:");
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Sorts @n values in place, smallest first. */
void
pw_bench_sort (double *values,
               guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
}

/* Removes @path and everything under it. */
void
pw_bench_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            pw_bench_remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

/* The memory resident now (VmRSS), in MB. */
double
pw_bench_resident_mb (void)
{
  return status_mb ("VmRSS:");
}

/* One line of /proc/self/status in MB: "RssAnon:" (the heap and other
 * private memory), "RssFile:" (the pages of libraries and fonts mapped
 * and read), "RssShmem:" (shared memory, as the X server's images). */
double
pw_bench_status_mb (const char *field)
{
  return status_mb (field);
}

/**
 * pw_bench_make_plan:
 * @n_indicators: how many indicators, each with five years of actual values
 * @n_chapters: how many chapters, each with two sections and a 专栏 of five
 *   projects
 *
 * The same plan for the same numbers: every value comes from a seeded
 * random generator.
 *
 * Returns: (transfer full): the plan, its history empty
 */
PwPlan *
pw_bench_make_plan (guint n_indicators,
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
      g_autoptr(PwBox) column = pw_box_new ();
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

      pw_box_set_number (column, i + 1);
      pw_box_set_title (column, "重点工程专栏");
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
          pw_box_insert_project (column, j, project);
        }
      pw_chapter_insert_box (chapter, 0, column);
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
