/* bench-import.c: how fast the text importer reads, and how much memory it takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-import [MEGABYTES] [SEED.txt …]
 *
 * Builds a synthetic plan document of MEGABYTES (default 32) that has every
 * layout the importer reads (chapters and sections, the three flattened
 * table forms, 专栏 boxes with numbered and l-bulleted items, service-item
 * lists, targets in prose, bookmarks and page footers), imports it three
 * times and prints the best throughput in MB/s; then the memory the import
 * takes per megabyte of input, at its peak and held by the plan. Each SEED
 * given is timed too (the mean of 50 imports). Measure with an optimised
 * build: meson setup build-release --buildtype=release.
 */

#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "pw-importer.h"

static const char *domains[] = {
  "幼儿照护", "现代教育", "就业创业", "卫生健康", "养老服务", "住房保障",
};

static void
append_prose (GString *out,
              GRand   *rand,
              int      n)
{
  static const char *phrases[] = {
    "坚持以人民为中心的发展思想", "加快完善公共服务体系", "推进基本公共服务均等化",
    "补齐公共服务短板", "健全多层次社会保障体系", "提升公共服务质量和水平",
    "扩大普惠性非基本公共服务供给", "强化政府兜底保障责任", "[bookmark: _Toc1234]深化改革创新",
  };

  for (int i = 0; i < n; i++)
    {
      g_string_append (out, phrases[g_rand_int_range (rand, 0, G_N_ELEMENTS (phrases))]);
      g_string_append (out, i + 1 < n ? "，" : "。");
    }
}

static void
append_chapter (GString *out,
                GRand   *rand,
                int      number)
{
  int base = g_rand_int_range (rand, 50, 95);

  g_string_append_printf (out, "第%d章 推进第%d项民生领域建设\n\n", number, number);
  append_prose (out, rand, 12);
  g_string_append (out, "\n\n第一节 主要目标\n\n");
  g_string_append_printf (out, "到2025年,%s覆盖率达到%d%%,%s参保人数分别达到%d万人、%d万人。\n\n",
                          domains[number % G_N_ELEMENTS (domains)], base + 3, "失业保险、工伤保险",
                          base, base + 1);
  append_prose (out, rand, 30);
  g_string_append (out, "\n\n");

  /* one cell per line */
  g_string_append (out, " \n\n领域\n\n指标\n\n2020年\n\n2025年\n\n指标性质\n\n");
  g_string_append (out, "基本\n\n公共\n\n服务\n\n");
  for (int r = 0; r < 6; r++)
    {
      /* a domain cell on every third row, carried down to the others */
      if (r % 3 == 0)
        g_string_append_printf (out, "%s\n\n", domains[r % G_N_ELEMENTS (domains)]);
      g_string_append_printf (out, "第%d章指标%d覆盖率\n\n%d%%\n\n≥%d%%\n\n%s\n\n", number, r, base,
                              base + 2, r % 2 ? "约束性" : "预期性");
    }
  g_string_append (out, "— 12 —\n\n");

  g_string_append (out, "第二节 重点任务\n\n");
  append_prose (out, rand, 40);
  g_string_append (out, "\n");

  /* tab cells */
  g_string_append (out, "\t\n\t领域\n\t指标\n\t2020年\n\t2025年\n\t指标\n性质\n\n");
  for (int r = 0; r < 5; r++)
    g_string_append_printf (out, "\t%s\n\t%s\n\t第%d章床位数%d（张）\n\t%d.5\n\t%d\n\t预期性\n\n",
                            r == 0 ? "基本\n公共服务" : "", r == 0 ? "卫生健康" : "", number, r,
                            base / 10, base / 10 + 1);

  /* pipe rows, shifted */
  g_string_append (out, "表1 主要指标\n类别 | 序号 | 指标名称 | 2020年 | 2025年 | 指标性质 |\n");
  for (int r = 0; r < 5; r++)
    {
      if (r == 0)
        g_string_append_printf (out, "托育照护服务 | %d | 第%d章管理率%d(%%) | %d | %d | 预期性 |\n",
                                r + 1, number, r, base, base + 1);
      else
        g_string_append_printf (out, "%d | 第%d章管理率%d(%%) | - | %d | 约束性 | |\n", r + 1,
                                number, r, base + r);
    }

  g_string_append (out, "第三节 保障措施\n\n");
  append_prose (out, rand, 25);
  g_string_append (out, "本领域服务项目共3项,具体包括:免费义务教育、寄宿生生活补助、"
                        "普惠性学前教育资助。\n\n");

  g_string_append_printf (out, "专栏%d 第%d章重点工程\n\n", number, number);
  for (int k = 1; k <= 4; k++)
    {
      g_string_append_printf (out, "%d%s第%d章第%d项工程。", k, k % 2 ? "." : "、", number, k);
      append_prose (out, rand, 6);
      g_string_append (out, "\n\n");
    }
  g_string_append_printf (out, "专栏%d 第%d章补充工程 |\n", number * 1000, number);
  g_string_append (out, "l 甲项目:建设内容。 l 乙项目:建设内容。 l 丙项目:建设内容。 |\n\n");
}

static char *
make_document (gsize  megabytes,
               gsize *length,
               int   *n_chapters)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  GString *out = g_string_sized_new (megabytes * 1024 * 1024 + 64 * 1024);
  int number = 0;

  g_string_append (out, "某市人民政府关于印发某市“十四五”公共服务规划的通知\n"
                        "某政〔2022〕1号\n某市人民政府\n2022年5月17日\n"
                        "某市“十四五”公共服务规划\n\n前言\n\n");
  append_prose (out, rand, 20);
  g_string_append (out, "\n\n");
  while (out->len < megabytes * 1024 * 1024)
    append_chapter (out, rand, ++number);

  *n_chapters = number;
  *length = out->len;
  return g_string_free (out, FALSE);
}

static long
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static void
time_seed (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  const int runs = 50;
  gint64 start;
  double total = 0;

  if (!g_file_get_contents (path, &data, &length, &error))
    {
      g_printerr ("%s: %s\n", path, error->message);
      return;
    }

  for (int i = -1; i < runs; i++)
    {
      g_autoptr(PwFindings) report = pw_findings_new (NULL);
      g_autoptr(PwPlan) plan = NULL;

      start = g_get_monotonic_time ();
      plan = pw_import_text (data, length, report, NULL);
      if (i >= 0)
        total += (g_get_monotonic_time () - start) / 1000.0;
      if (plan == NULL)
        {
          g_printerr ("%s: not imported\n", path);
          return;
        }
    }

  g_print ("%-40s %7.1f KB  %6.2f ms\n", path, length / 1024.0, total / runs);
}

int
main (int   argc,
      char *argv[])
{
  gsize megabytes = argc > 1 ? g_ascii_strtoull (argv[1], NULL, 10) : 32;
  g_autofree char *document = NULL;
  gsize length = 0;
  int n_chapters = 0;
  double best = G_MAXDOUBLE;
  double mb;
  long rss_before;
  long rss_after;
  struct mallinfo2 before;
  struct mallinfo2 after;
  guint n_indicators;

  if (megabytes == 0)
    megabytes = 32;

  document = make_document (megabytes, &length, &n_chapters);
  mb = length / (1024.0 * 1024.0);
  g_print ("synthetic document: %.1f MB, %d chapters\n", mb, n_chapters);

  /* memory: the first import, keeping the plan */
  rss_before = peak_rss_kb ();
  before = mallinfo2 ();
  {
    g_autoptr(PwFindings) report = pw_findings_new (NULL);
    g_autoptr(GError) error = NULL;
    gint64 start = g_get_monotonic_time ();
    g_autoptr(PwPlan) plan = pw_import_text (document, length, report, &error);
    double seconds = (g_get_monotonic_time () - start) / 1e6;

    if (plan == NULL)
      {
        g_printerr ("import failed: %s\n", error->message);
        return 1;
      }
    best = seconds;
    after = mallinfo2 ();
    rss_after = peak_rss_kb ();
    n_indicators = g_list_model_get_n_items (pw_plan_get_indicators (plan));
    g_print ("plan: %u chapters, %u indicators; report: %u entries\n",
             g_list_model_get_n_items (pw_plan_get_chapters (plan)), n_indicators,
             g_list_model_get_n_items (pw_findings_get_list (report)));
  }

  for (int run = 0; run < 2; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(PwPlan) plan = pw_import_text (document, length, NULL, NULL);
      double seconds = (g_get_monotonic_time () - start) / 1e6;

      best = MIN (best, seconds);
    }

  g_print ("throughput: %.1f MB/s (best of 3: %.3f s)\n", mb / best, best);
  {
    /* The reference: one pass over the same bytes, validating them as UTF-8
     * and finding every line end, the floor of any reader of the text. */
    double floor = G_MAXDOUBLE;
    gsize lines = 0;

    for (int run = 0; run < 3; run++)
      {
        gint64 start = g_get_monotonic_time ();
        const char *p = document, *end = document + length;

        if (!g_utf8_validate (document, length, NULL))
          return 1;
        for (lines = 0; (p = memchr (p, '\n', end - p)) != NULL; p++)
          lines++;
        floor = MIN (floor, (g_get_monotonic_time () - start) / 1e6);
      }
    g_print ("reference: UTF-8 validation and line ends of the same bytes: %.1f MB/s "
             "(%" G_GSIZE_FORMAT " lines; the importer takes %.1f times as long)\n",
             mb / floor, lines, best / floor);
  }
  g_print ("memory: peak %.1f MB per MB of input (%.0f MB above the document); the plan holds "
           "%.1f MB per MB\n",
           (rss_after - rss_before) / 1024.0 / mb, (rss_after - rss_before) / 1024.0,
           ((double) after.uordblks - (double) before.uordblks) / (1024.0 * 1024.0) / mb);

  for (int i = 2; i < argc; i++)
    time_seed (argv[i]);

  return 0;
}
