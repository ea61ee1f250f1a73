/* bench-import.c: how fast the text importer reads, and how much memory it takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-import [MEGABYTES] [SEED.txt …]
 *        bench-import --write FILE [MEGABYTES]
 *
 * Builds a synthetic plan document of MEGABYTES (default 32) that has every
 * layout the importer reads (chapters and sections, the three flattened
 * table forms, 专栏 boxes with numbered and l-bulleted items, service-item
 * lists, targets in prose, bookmarks and page footers), imports it three
 * times and prints the best throughput in MB/s, of the wall clock and of
 * the processor time (the machine may be shared); then the memory the import
 * takes per megabyte of input, at its peak and held by the plan. Each SEED
 * given is timed too (the mean of 50 imports, wall clock and processor time;
 * .html and .docx through their readers). Then text, a web page and a Word
 * file made of a document a quarter the size, each beside a reference
 * measured in the same run: the
 * floor any reader of that format pays (UTF-8 validation; libxml2's HTML
 * parser; unzipping and reading document.xml). Measure with an optimised
 * build: meson setup build-release --buildtype=release. With --write, the
 * synthetic document is written to FILE instead (to profile or compare the
 * output of plan-workbench --import on it), as a web page or a Word file
 * when FILE ends in .html or .docx.
 */

#include "config.h"

#include <locale.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <gsf/gsf.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>

#include "pw-bench.h"
#include "pw-import-html.h"
#include "pw-import-word.h"
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

/* The same document as a web page and as a Word file */

static void
append_escaped (GString    *out,
                const char *text,
                gssize      length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (out, escaped);
}

/* The lines of @document as a page: a paragraph each, the pipe rows of its
 * tables as a real <table>, an article inside navigation, as sites print. */
static char *
make_html (const char *document,
           gsize      *length)
{
  GString *out = g_string_sized_new (strlen (document) * 2);
  gboolean in_table = FALSE;

  g_string_append (out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>某市规划</title>"
                        "</head><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zw\">政务公开</a>"
                        "</div><div class=\"article\">\n");
  for (const char *p = document; *p;)
    {
      const char *end = strchr (p, '\n');
      gsize n = end != NULL ? (gsize) (end - p) : strlen (p);

      if (n > 0 && p[0] == '|')
        {
          g_auto(GStrv) cells = NULL;
          g_autofree char *row = g_strndup (p + 1, n - 1);

          if (strstr (row, "---") == NULL)
            {
              if (!in_table)
                g_string_append (out, "<table>\n");
              in_table = TRUE;
              cells = g_strsplit (row, "|", -1);
              g_string_append (out, "<tr>");
              for (guint k = 0; cells[k] != NULL && cells[k + 1] != NULL; k++)
                {
                  g_string_append (out, "<td>");
                  append_escaped (out, g_strstrip (cells[k]), -1);
                  g_string_append (out, "</td>");
                }
              g_string_append (out, "</tr>\n");
            }
        }
      else
        {
          if (in_table)
            g_string_append (out, "</table>\n");
          in_table = FALSE;
          if (n > 0)
            {
              g_string_append (out, "<p>");
              append_escaped (out, p, n);
              g_string_append (out, "</p>\n");
            }
        }
      p += n + (end != NULL);
    }
  if (in_table)
    g_string_append (out, "</table>\n");
  g_string_append (out, "</div><div class=\"footer\">版权所有</div></body></html>\n");
  *length = out->len;
  return g_string_free (out, FALSE);
}

#define CONTENT_TYPES                                                                          \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"                                                 \
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"              \
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" \
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"                                \
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/"                       \
  "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"
#define RELS                                                                                   \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"                                                 \
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"      \
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"     \
  "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"

/* Writes a member of the package, in its folders (word/document.xml). */
static void
write_member (GsfOutfile *zip,
              const char *name,
              const char *data,
              gsize       length)
{
  g_auto(GStrv) parts = g_strsplit (name, "/", -1);
  GsfOutfile *folder = g_object_ref (zip);
  GsfOutput *member;
  guint k;

  for (k = 0; parts[k + 1] != NULL; k++)
    {
      GsfOutfile *child = GSF_OUTFILE (gsf_outfile_new_child (folder, parts[k], TRUE));

      g_object_unref (folder);
      folder = child;
    }
  member = gsf_outfile_new_child (folder, parts[k], FALSE);
  gsf_output_write (member, length, (const guint8 *) data);
  gsf_output_close (member);
  g_object_unref (member);
  if (folder != zip)
    gsf_output_close (GSF_OUTPUT (folder));
  g_object_unref (folder);
}

/* The lines of @document as a Word file: a paragraph each, the pipe rows as
 * a real table. */
static char *
make_docx (const char *document,
           gsize      *length,
           gsize      *xml_length)
{
  g_autoptr(GString) body = g_string_sized_new (strlen (document) * 3);
  GsfOutput *sink = gsf_output_memory_new ();
  GsfOutfile *zip;
  gboolean in_table = FALSE;
  char *data;

  g_string_append (body, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                         "<w:body>");
  for (const char *p = document; *p;)
    {
      const char *end = strchr (p, '\n');
      gsize n = end != NULL ? (gsize) (end - p) : strlen (p);

      if (n > 0 && p[0] == '|')
        {
          g_autofree char *row = g_strndup (p + 1, n - 1);

          if (strstr (row, "---") == NULL)
            {
              g_auto(GStrv) cells = g_strsplit (row, "|", -1);

              if (!in_table)
                g_string_append (body, "<w:tbl>");
              in_table = TRUE;
              g_string_append (body, "<w:tr>");
              for (guint k = 0; cells[k] != NULL && cells[k + 1] != NULL; k++)
                {
                  g_string_append (body, "<w:tc><w:p><w:r><w:t>");
                  append_escaped (body, g_strstrip (cells[k]), -1);
                  g_string_append (body, "</w:t></w:r></w:p></w:tc>");
                }
              g_string_append (body, "</w:tr>");
            }
        }
      else
        {
          if (in_table)
            g_string_append (body, "</w:tbl>");
          in_table = FALSE;
          g_string_append (body, "<w:p><w:r><w:t xml:space=\"preserve\">");
          append_escaped (body, p, n);
          g_string_append (body, "</w:t></w:r></w:p>");
        }
      p += n + (end != NULL);
    }
  if (in_table)
    g_string_append (body, "</w:tbl>");
  g_string_append (body, "</w:body></w:document>");
  *xml_length = body->len;

  zip = gsf_outfile_zip_new (sink, NULL);
  write_member (zip, "[Content_Types].xml", CONTENT_TYPES, strlen (CONTENT_TYPES));
  write_member (zip, "_rels/.rels", RELS, strlen (RELS));
  write_member (zip, "word/document.xml", body->str, body->len);
  gsf_output_close (GSF_OUTPUT (zip));
  g_object_unref (zip);

  *length = gsf_output_size (sink);
  data = g_memdup2 (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)), *length);
  g_object_unref (sink);
  return data;
}

/* The floor of reading a Word file: the package opened and document.xml
 * read through with libxml2's streaming reader, node by node. */
static gboolean
read_docx_floor (const char *data,
                 gsize       length)
{
  GsfInput *input = gsf_input_memory_new ((const guint8 *) data, length, FALSE);
  GsfInfile *zip = gsf_infile_zip_new (input, NULL);
  GsfInput *member = zip != NULL ? gsf_infile_child_by_vname (zip, "word", "document.xml", NULL) : NULL;
  gsize size = member != NULL ? gsf_input_size (member) : 0;
  g_autofree guint8 *xml = g_malloc (MAX (size, 1));
  gboolean read = member != NULL && gsf_input_read (member, size, xml) != NULL;
  xmlTextReaderPtr reader;

  g_clear_object (&member);
  g_clear_object (&zip);
  g_object_unref (input);
  if (!read)
    return FALSE;
  reader = xmlReaderForMemory ((const char *) xml, size, NULL, NULL, XML_PARSE_NONET);
  while (xmlTextReaderRead (reader) == 1)
    ;
  xmlFreeTextReader (reader);
  return TRUE;
}

/* The floor of reading a page: libxml2's HTML parser building its tree, as
 * `xmllint --html` does. */
static gboolean
read_html_floor (const char *data,
                 gsize       length)
{
  htmlDocPtr doc = htmlReadMemory (data, length, NULL, "UTF-8",
                                   HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);

  if (doc == NULL)
    return FALSE;
  xmlFreeDoc (doc);
  return TRUE;
}

static gboolean
utf8_floor (const char *data,
            gsize       length)
{
  gsize lines = 0;

  if (!g_utf8_validate (data, length, NULL))
    return FALSE;
  for (const char *p = data, *end = data + length; (p = memchr (p, '\n', end - p)) != NULL; p++)
    lines++;
  return lines > 0;
}

typedef PwPlan *(*ImportFunc) (const char *data, gsize length, PwFindings *report, GError **error);
typedef gboolean (*FloorFunc) (const char *data, gsize length);

/* The best of three imports of @data and of three passes of @floor over it,
 * printed as MB/s of @data; the processor time of the best import, or a
 * negative number when it failed. */
static double
time_format (const char *format,
             const char *data,
             gsize       length,
             gsize       measured,
             ImportFunc  import,
             FloorFunc   floor,
             const char *floor_name)
{
  double mb = measured / (1024.0 * 1024.0);
  double best = G_MAXDOUBLE, best_cpu = G_MAXDOUBLE;
  double best_floor = G_MAXDOUBLE, best_floor_cpu = G_MAXDOUBLE;
  guint n_indicators = 0;

  for (int run = 0; run < 3; run++)
    {
      g_autoptr(GError) error = NULL;
      double start = pw_bench_now (), start_cpu = pw_bench_cpu_now ();
      g_autoptr(PwPlan) plan = import (data, length, NULL, &error);

      best = MIN (best, pw_bench_now () - start);
      best_cpu = MIN (best_cpu, pw_bench_cpu_now () - start_cpu);
      if (plan == NULL)
        {
          g_printerr ("%s: not imported: %s\n", format, error->message);
          return -1;
        }
      n_indicators = g_list_model_get_n_items (pw_plan_get_indicators (plan));
    }
  for (int run = 0; run < 3; run++)
    {
      double start = pw_bench_now (), start_cpu = pw_bench_cpu_now ();

      if (!floor (data, length))
        {
          g_printerr ("%s: the reference failed\n", format);
          return -1;
        }
      best_floor = MIN (best_floor, pw_bench_now () - start);
      best_floor_cpu = MIN (best_floor_cpu, pw_bench_cpu_now () - start_cpu);
    }
  g_print ("%-5s %6.1f MB%s (%u indicators), best of 3, MB/s of wall clock / of processor time:\n"
           "        import    %6.1f / %6.1f MB/s\n"
           "        reference %6.1f / %6.1f MB/s, %s (the importer takes %.1f times as long in "
           "processor time)\n",
           format, mb, measured != length ? " of XML" : "", n_indicators, mb / best, mb / best_cpu,
           mb / best_floor, mb / best_floor_cpu, floor_name, best_cpu / best_floor_cpu);
  return best_cpu;
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
  double start, start_cpu;
  double total = 0, total_cpu = 0;

  if (!g_file_get_contents (path, &data, &length, &error))
    {
      g_printerr ("%s: %s\n", path, error->message);
      return;
    }

  for (int i = -1; i < runs; i++)
    {
      g_autoptr(PwFindings) report = pw_findings_new (NULL);
      g_autoptr(PwPlan) plan = NULL;

      start = pw_bench_now ();
      start_cpu = pw_bench_cpu_now ();
      if (g_str_has_suffix (path, ".docx"))
        plan = pw_import_word (data, length, report, NULL);
      else if (g_str_has_suffix (path, ".html") || g_str_has_suffix (path, ".htm"))
        plan = pw_import_html (data, length, report, NULL);
      else
        plan = pw_import_text (data, length, report, NULL);
      if (i >= 0)
        {
          total += (pw_bench_now () - start) * 1000.0;
          total_cpu += (pw_bench_cpu_now () - start_cpu) * 1000.0;
        }
      if (plan == NULL)
        {
          g_printerr ("%s: not imported\n", path);
          return;
        }
    }

  g_print ("%-40s %7.1f KB  %6.2f ms   cpu %6.2f ms   (mean of %d)\n", path, length / 1024.0,
           total / runs, total_cpu / runs, runs);
}

int
main (int   argc,
      char *argv[])
{
  gboolean write = argc > 2 && strcmp (argv[1], "--write") == 0;
  gsize megabytes = write ? (argc > 3 ? g_ascii_strtoull (argv[3], NULL, 10) : 32)
                          : argc > 1 ? g_ascii_strtoull (argv[1], NULL, 10) : 32;
  g_autofree char *document = NULL;
  gsize length = 0;
  int n_chapters = 0;
  double best, best_cpu;
  double mb;
  long rss_before;
  long rss_after;
  struct mallinfo2 before;
  struct mallinfo2 after;
  guint n_indicators;

  setlocale (LC_ALL, "");
  if (megabytes == 0)
    megabytes = 32;

  document = make_document (megabytes, &length, &n_chapters);
  if (write)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *other = NULL;
      gsize xml_length = 0;

      /* FILE.html or FILE.docx: the same document as a page or a Word file */
      if (g_str_has_suffix (argv[2], ".html"))
        other = make_html (document, &length);
      else if (g_str_has_suffix (argv[2], ".docx"))
        other = make_docx (document, &length, &xml_length);
      if (!g_file_set_contents (argv[2], other != NULL ? other : document, length, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }
  mb = length / (1024.0 * 1024.0);
  g_print ("synthetic document: %.1f MB, %d chapters\n", mb, n_chapters);

  /* memory: the first import, keeping the plan */
  rss_before = peak_rss_kb ();
  before = mallinfo2 ();
  {
    g_autoptr(PwFindings) report = pw_findings_new (NULL);
    g_autoptr(GError) error = NULL;
    double start = pw_bench_now (), start_cpu = pw_bench_cpu_now ();
    g_autoptr(PwPlan) plan = pw_import_text (document, length, report, &error);
    double seconds = pw_bench_now () - start, seconds_cpu = pw_bench_cpu_now () - start_cpu;

    if (plan == NULL)
      {
        g_printerr ("import failed: %s\n", error->message);
        return 1;
      }
    best = seconds;
    best_cpu = seconds_cpu;
    after = mallinfo2 ();
    rss_after = peak_rss_kb ();
    n_indicators = g_list_model_get_n_items (pw_plan_get_indicators (plan));
    g_print ("plan: %u chapters, %u indicators; report: %u entries\n",
             g_list_model_get_n_items (pw_plan_get_chapters (plan)), n_indicators,
             g_list_model_get_n_items (pw_findings_get_list (report)));
  }

  for (int run = 0; run < 2; run++)
    {
      double start = pw_bench_now (), start_cpu = pw_bench_cpu_now ();
      g_autoptr(PwPlan) plan = pw_import_text (document, length, NULL, NULL);

      best = MIN (best, pw_bench_now () - start);
      best_cpu = MIN (best_cpu, pw_bench_cpu_now () - start_cpu);
    }

  g_print ("throughput, best of 3: %.1f MB/s of wall clock (%.3f s), %.1f MB/s of processor time "
           "(%.3f s)\n", mb / best, best, mb / best_cpu, best_cpu);
  {
    /* The reference: one pass over the same bytes, validating them as UTF-8
     * and finding every line end, the floor of any reader of the text. */
    double floor = G_MAXDOUBLE, floor_cpu = G_MAXDOUBLE;

    for (int run = 0; run < 3; run++)
      {
        double start = pw_bench_now (), start_cpu = pw_bench_cpu_now ();

        if (!utf8_floor (document, length))
          return 1;
        floor = MIN (floor, pw_bench_now () - start);
        floor_cpu = MIN (floor_cpu, pw_bench_cpu_now () - start_cpu);
      }
    g_print ("reference: UTF-8 validation and line ends of the same bytes: %.1f MB/s of wall clock, "
             "%.1f MB/s of processor time (the importer takes %.1f times as long in processor time)\n",
             mb / floor, mb / floor_cpu, best_cpu / floor_cpu);
  }
  g_print ("memory: peak %.1f MB per MB of input (%.0f MB above the document); the plan holds "
           "%.1f MB per MB\n",
           (rss_after - rss_before) / 1024.0 / mb, (rss_after - rss_before) / 1024.0,
           ((double) after.uordblks - (double) before.uordblks) / (1024.0 * 1024.0) / mb);

  /* the same kind of document as a page and as a Word file, a quarter the size */
  {
    gsize part = MAX (megabytes / 4, 1);
    gsize text_length = 0, html_length = 0, docx_length = 0, xml_length = 0;
    int chapters = 0;
    g_autofree char *text = make_document (part, &text_length, &chapters);
    g_autofree char *html = make_html (text, &html_length);
    g_autofree char *docx = make_docx (text, &docx_length, &xml_length);

    /* MB/s of what is read: the text, the page, the Word file's document.xml */
    double text_cpu, html_cpu, docx_cpu;

    text_cpu = time_format ("text", text, text_length, text_length, pw_import_text, utf8_floor,
                            "UTF-8 validation and line ends");
    html_cpu = time_format ("html", html, html_length, html_length, pw_import_html, read_html_floor,
                            "libxml2 HTML parser building its tree (xmllint --html)");
    docx_cpu = time_format ("docx", docx, docx_length, xml_length, pw_import_word, read_docx_floor,
                            "unzip and libxml2's reader over document.xml");
    if (text_cpu > 0 && html_cpu > 0 && docx_cpu > 0)
      g_print ("the same document as a page takes %.2f × the processor time of its text, as a Word "
               "file %.2f × (aim ≤ 2)\n", html_cpu / text_cpu, docx_cpu / text_cpu);
  }

  for (int i = 2; i < argc; i++)
    time_seed (argv[i]);

  return 0;
}
