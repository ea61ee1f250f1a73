/* test-plan-hostile.c: broken and hostile .plan files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever a file holds, loading it ends soon with the plan or with an error
 * that says what is wrong and, when there is one, where (LINE:COLUMN); it
 * never crashes, hangs, eats the memory or reads another file.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pw-plan-file.h"
#include "pw-test-util.h"

#define HEAD PW_TEST_PLAN_HEAD

/* Helpers */

/* Loads @length bytes of @document, which must fail with @code; returns
 * the error message. */
static char *
load_fails (const char *document,
            gssize      length,
            int         code)
{
  g_autoptr(GBytes) bytes = g_bytes_new (document, length < 0 ? strlen (document) : (gsize) length);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_plan_load_bytes (bytes, &error);

  g_assert_null (plan);
  g_assert_error (error, PW_PLAN_FILE_ERROR, code);
  g_test_message ("%s", error->message);
  return g_strdup (error->message);
}

/* The same, and the message starts with the line and column of @at. */
static void
assert_fails_at (const char *document,
                 const char *at,
                 int         code,
                 const char *says)
{
  g_autofree char *message = load_fails (document, -1, code);
  g_autofree char *prefix = NULL;
  int line, column;

  pw_test_position_of (document, at, &line, &column);
  prefix = g_strdup_printf ("%d:%d: ", line, column);
  g_assert_true (g_str_has_prefix (message, prefix));
  if (says != NULL)
    g_assert_nonnull (strstr (message, says));
}

static gboolean
has_place (const char *message)
{
  g_autoptr(GRegex) regex = g_regex_new ("^[0-9]+:[0-9]+: ", 0, 0, NULL);

  return g_regex_match (regex, message, 0, NULL);
}

static GBytes *
small_plan_bytes (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwValue) target = pw_value_new ("≥95%");
  g_autoptr(PwValue) actual = pw_value_new ("93.5%");
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  pw_plan_set_title (plan, "测试规划 & <样例>");
  pw_chapter_set_title (chapter, "第一章");
  pw_chapter_set_text (chapter, "导语。");
  pw_plan_insert_chapter (plan, 0, chapter);
  pw_indicator_set_name (indicator, "接种率");
  pw_indicator_set_target (indicator, target);
  pw_indicator_set_actual (indicator, 2022, actual);
  pw_plan_insert_indicator (plan, 0, indicator);

  bytes = pw_plan_to_bytes (plan, &error);
  g_assert_no_error (error);
  return bytes;
}

/* Tests */

/* Every prefix of a saved file, cut anywhere, is refused with a place. */
static void
test_truncated (void)
{
  g_autoptr(GBytes) bytes = small_plan_bytes ();
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = g_strrstr_len (data, size, "</plan>");
  gsize complete = end + strlen ("</plan>") - data;

  g_assert_nonnull (end);
  for (gsize length = 0; length < complete; length++)
    {
      g_autoptr(GBytes) cut = g_bytes_new_from_bytes (bytes, 0, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(PwPlan) plan = pw_plan_load_bytes (cut, &error);

      g_assert_null (plan);
      g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID);
      if (length > 0)
        g_assert_true (has_place (error->message));
    }

  /* a file cut just before its last line feed is still whole */
  {
    g_autoptr(GBytes) whole = g_bytes_new_from_bytes (bytes, 0, complete);
    g_autoptr(GError) error = NULL;
    g_autoptr(PwPlan) plan = pw_plan_load_bytes (whole, &error);

    g_assert_no_error (error);
    g_assert_nonnull (plan);
  }

  /* the message says so in words */
  {
    g_autoptr(GBytes) cut = g_bytes_new_from_bytes (bytes, 0, complete - 20);
    g_autoptr(GError) error = NULL;
    g_autoptr(PwPlan) plan = pw_plan_load_bytes (cut, &error);

    g_assert_nonnull (strstr (error->message, "truncated"));
  }
}

static void
test_not_xml (void)
{
  static const struct
  {
    const char *data;
    gssize length;
  } cases[] = {
    { "", 0 },
    { "规划 plain text, not XML\n第二行\n", -1 },
    { "\x7f" "ELF\x02\x01\x01\x00\x00\x00\x00\x00", 12 },
    { "PK\x03\x04\x14\x00\x06\x00", 8 }, /* a .docx */
    { "{\"plan\": 1}", -1 },
    { "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n<meta>\n</plan>\n", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = NULL;
      int code = i == 0 || i == 5 ? PW_PLAN_FILE_ERROR_INVALID : PW_PLAN_FILE_ERROR_NOT_PLAN;

      message = load_fails (cases[i].data, cases[i].length, code);
      g_assert_cmpstr (message, !=, "");
      if (i > 0)
        g_assert_true (has_place (message));
    }
}

static void
test_wrong_root (void)
{
  assert_fails_at ("<?xml version=\"1.0\"?>\n<html><body/></html>\n", "<html>",
                   PW_PLAN_FILE_ERROR_NOT_PLAN, "<html>");
  assert_fails_at ("<?xml version=\"1.0\"?>\n\n  <plan version=\"1\"><meta/></plan>\n", "<plan ",
                   PW_PLAN_FILE_ERROR_NOT_PLAN, "without a namespace");
  assert_fails_at ("<?xml version=\"1.0\"?>\n<p:chapter xmlns:p=\"urn:plan-workbench:plan:1\"/>\n",
                   "<p:chapter", PW_PLAN_FILE_ERROR_NOT_PLAN, "<chapter>");
}

static void
test_wrong_namespace (void)
{
  assert_fails_at ("<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:example:other\" version=\"1\"/>\n",
                   "<plan", PW_PLAN_FILE_ERROR_NOT_PLAN, "urn:example:other");
  /* the namespace of a future version of the format */
  assert_fails_at ("<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:plan-workbench:plan:2\" version=\"2\"/>\n",
                   "<plan", PW_PLAN_FILE_ERROR_VERSION, "urn:plan-workbench:plan:2");
}

static void
test_unknown_version (void)
{
  assert_fails_at ("<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"3\">\n"
                   "  <meta><period start=\"2021\" end=\"2025\" baseline=\"2020\"/></meta>\n</plan>\n",
                   "version=\"3\"", PW_PLAN_FILE_ERROR_VERSION, "“3”");
  assert_fails_at ("<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1.0\"/>\n",
                   "version=\"1.0\"/>", PW_PLAN_FILE_ERROR_VERSION, "1.0");
  assert_fails_at ("<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:plan-workbench:plan:1\"/>\n",
                   "<plan", PW_PLAN_FILE_ERROR_INVALID, "version");
}

static void
test_invalid_utf8 (void)
{
  const char *document =
    HEAD
    "  <chapter id=\"ch-1\" number=\"1\">\n"
    "    <title>第一章 \xC3\x28 broken</title>\n"
    "  </chapter>\n"
    "</plan>\n";
  g_autofree char *message = load_fails (document, -1, PW_PLAN_FILE_ERROR_INVALID);
  int line, column;
  g_autofree char *prefix = NULL;

  pw_test_position_of (document, "<title>", &line, &column);
  prefix = g_strdup_printf ("%d:", line);
  g_assert_true (g_str_has_prefix (message, prefix));
  g_assert_true (has_place (message));
  g_assert_nonnull (strstr (message, "UTF-8"));
  g_assert_nonnull (strstr (message, "0xC3 0x28"));

  /* a lone continuation byte, and an overlong form */
  g_free (load_fails (HEAD "<chapter id=\"a\" number=\"1\"><title>\x80</title></chapter></plan>", -1,
                      PW_PLAN_FILE_ERROR_INVALID));
  g_free (load_fails (HEAD "<chapter id=\"a\" number=\"1\"><title>\xC0\xAF</title></chapter></plan>", -1,
                      PW_PLAN_FILE_ERROR_INVALID));
}

static void
test_other_encodings (void)
{
  /* a declared encoding other than UTF-8 */
  assert_fails_at ("<?xml version=\"1.0\" encoding=\"GB18030\"?>\n<plan/>\n", "<?xml",
                   PW_PLAN_FILE_ERROR_NOT_PLAN, "GB18030");
  /* UTF-16, with and without a byte-order mark */
  g_free (load_fails ("\xFF\xFE<\0?\0x\0m\0l\0", 12, PW_PLAN_FILE_ERROR_NOT_PLAN));
  g_free (load_fails ("<\0p\0l\0a\0n\0>\0", 12, PW_PLAN_FILE_ERROR_NOT_PLAN));
  /* a UTF-8 byte-order mark is fine */
  {
    g_autoptr(GBytes) bytes = small_plan_bytes ();
    g_autoptr(GByteArray) with_bom = g_byte_array_new ();
    g_autoptr(GBytes) document = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(PwPlan) plan = NULL;

    g_byte_array_append (with_bom, (const guint8 *) "\xEF\xBB\xBF", 3);
    g_byte_array_append (with_bom, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    document = g_byte_array_free_to_bytes (g_steal_pointer (&with_bom));
    plan = pw_plan_load_bytes (document, &error);
    g_assert_no_error (error);
    g_assert_nonnull (plan);
  }
}

/* An entity that would read a local file: refused, and the file is not read. */
static void
test_external_entity (void)
{
  const char *secret = "SECRET-4f1c9a-没有人应该读到这里";
  g_autofree char *secret_path = pw_test_write_temp_file ("secret.txt", secret, -1);
  g_autofree char *uri = g_filename_to_uri (secret_path, NULL, NULL);
  g_autofree char *in_content = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!DOCTYPE plan [\n"
    "  <!ENTITY xxe SYSTEM \"%s\">\n"
    "]>\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
    "  <meta>\n"
    "    <title>&xxe;</title>\n"
    "    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n"
    "  </meta>\n"
    "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n"
    "</plan>\n", uri);
  g_autofree char *external_subset = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE plan SYSTEM \"%s\">\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\"/>\n", uri);
  g_autofree char *parameter_entity = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n"
    "<!-- a comment first -->\n"
    "<!DOCTYPE plan [<!ENTITY %% p SYSTEM \"%s\"> %%p;]>\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\"/>\n", uri);
  const char *documents[] = { in_content, external_subset, parameter_entity };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *message = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PwPlan) plan = NULL;
      g_autoptr(PwFindings) report = NULL;
      g_autofree char *report_text = NULL;

      assert_fails_at (documents[i], "<!DOCTYPE", PW_PLAN_FILE_ERROR_INVALID, "DOCTYPE");
      message = load_fails (documents[i], -1, PW_PLAN_FILE_ERROR_INVALID);
      g_assert_null (strstr (message, "SECRET"));

      /* from a file too, and through the check */
      path = pw_test_write_temp_file ("xxe.plan", documents[i], -1);
      file = g_file_new_for_path (path);
      plan = pw_plan_load (file, &error);
      g_assert_null (plan);
      g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID);
      g_assert_null (strstr (error->message, "SECRET"));

      report = pw_plan_check (file, "xxe.plan");
      report_text = pw_findings_to_string (report);
      g_assert_cmpuint (pw_findings_count (report, PW_FINDING_ERROR), >, 0);
      g_assert_null (strstr (report_text, "SECRET"));
    }

  /* An entity reference without a declaration is an error too, and an
   * undeclared entity is not looked for anywhere; libxml2 points at the end
   * of the reference. */
  {
    const char *document = HEAD "  <chapter id=\"c\" number=\"1\"><title>&xxe;</title></chapter>\n</plan>\n";
    g_autofree char *message = load_fails (document, -1, PW_PLAN_FILE_ERROR_INVALID);
    int line, column;
    g_autofree char *prefix = NULL;

    pw_test_position_of (document, "&xxe;", &line, &column);
    prefix = g_strdup_printf ("%d:", line);
    g_assert_true (g_str_has_prefix (message, prefix));
    g_assert_true (has_place (message));
    g_assert_nonnull (strstr (message, "xxe"));
  }
}

static void
test_billion_laughs (void)
{
  const char *document =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE plan [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
    "  <meta><title>&lol9;</title><period start=\"2021\" end=\"2025\" baseline=\"2020\"/></meta>\n"
    "</plan>\n";
  gint64 start = g_get_monotonic_time ();

  /* refused at the declaration, before any entity is parsed */
  assert_fails_at (document, "<!DOCTYPE", PW_PLAN_FILE_ERROR_INVALID, "DOCTYPE");
  g_test_message ("refused in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  /* the quadratic blow-up: one large entity used many times */
  {
    g_autoptr(GString) quadratic = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE plan [<!ENTITY a \"");

    for (int i = 0; i < 50000; i++)
      g_string_append_c (quadratic, 'a');
    g_string_append (quadratic, "\">]>\n<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\"><meta><title>");
    for (int i = 0; i < 50000; i++)
      g_string_append (quadratic, "&a;");
    g_string_append (quadratic, "</title></meta></plan>\n");
    assert_fails_at (quadratic->str, "<!DOCTYPE", PW_PLAN_FILE_ERROR_INVALID, "DOCTYPE");
  }
}

static gsize
peak_memory_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
}

/* A text node of 100 MB: refused after libxml2's limit of 10 MB, without
 * reading the whole file into memory. */
static void
test_huge_text (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = pw_test_temp_dir ();
      g_autofree char *path = g_build_filename (dir, "huge.plan", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileOutputStream) out = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PwPlan) plan = NULL;
      g_autofree char *chunk = g_malloc (1024 * 1024);
      const char *head = HEAD "  <chapter id=\"ch-1\" number=\"1\">\n    <title>";
      gsize before;
      int line, column;
      g_autofree char *prefix = NULL;

      out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
      g_assert_no_error (error);
      g_output_stream_write_all (G_OUTPUT_STREAM (out), head, strlen (head), NULL, NULL, &error);
      memset (chunk, 'x', 1024 * 1024);
      for (int i = 0; i < 100 && error == NULL; i++)
        g_output_stream_write_all (G_OUTPUT_STREAM (out), chunk, 1024 * 1024, NULL, NULL, &error);
      g_output_stream_write_all (G_OUTPUT_STREAM (out), "</title>\n  </chapter>\n</plan>\n", 28,
                                 NULL, NULL, &error);
      g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error);
      g_assert_no_error (error);
      g_clear_pointer (&chunk, g_free);

      before = peak_memory_kb ();
      plan = pw_plan_load (file, &error);
      g_assert_null (plan);
      g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID);
      g_test_message ("%s; peak memory %zu kB before, %zu kB after", error->message, before,
                      peak_memory_kb ());

      pw_test_position_of (head, "<title>", &line, &column);
      prefix = g_strdup_printf ("%d:", line);
      g_assert_true (g_str_has_prefix (error->message, prefix));
      g_assert_true (has_place (error->message));
      g_assert_nonnull (strstr (error->message, "10000000"));
      /* far less than the 100 MB of the file */
      g_assert_cmpuint (peak_memory_kb () - before, <, 64 * 1024);

      g_unlink (path);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_duplicate_ids (void)
{
  const char *document =
    HEAD
    "  <chapter id=\"ch-1\" number=\"1\">\n"
    "    <section id=\"sec-2\" number=\"1\"/>\n"
    "  </chapter>\n"
    "  <indicators>\n"
    "    <indicator id=\"ind-3\"/>\n"
    "    <indicator id=\"sec-2\"/>\n"
    "  </indicators>\n"
    "</plan>\n";

  assert_fails_at (document, "id=\"sec-2\"/>\n  </indicators>", PW_PLAN_FILE_ERROR_INVALID, "sec-2");
  {
    g_autofree char *message = load_fails (document, -1, PW_PLAN_FILE_ERROR_INVALID);
    /* and says where it was first used */
    g_assert_nonnull (strstr (message, "line 8"));
  }
}

/* Ids of every form: the reader keeps an id PREFIX-N at N and puts aside
 * one whose N another id has, one with an N far beyond the others and one
 * with no N; each is an id (a comment finds the indicator it is on), and
 * each given twice is found. */
static void
test_duplicate_ids_of_every_form (void)
{
  static const struct
  {
    const char *id;
    int line;   /* where the document below first has it */
  } ids[] = {
    { "ind-3", 8 }, { "prj-3", 9 }, { "ind-900000000", 10 }, { "intro", 11 },
    { "ind-07", 12 }, { "ind-7", 13 },
  };
  const char *head =
    HEAD
    "  <indicators>\n"
    "    <indicator id=\"ind-3\"/>\n"
    "    <indicator id=\"prj-3\"/>\n"
    "    <indicator id=\"ind-900000000\"/>\n"
    "    <indicator id=\"intro\"/>\n"
    "    <indicator id=\"ind-07\"/>\n"
    "    <indicator id=\"ind-7\"/>\n";
  const char *tail =
    "  </indicators>\n"
    "  <comments>\n"
    "    <comment id=\"cmt-8\" target=\"prj-3\">一</comment>\n"
    "    <comment id=\"cmt-9\" target=\"ind-900000000\">二</comment>\n"
    "    <comment id=\"cmt-10\" target=\"intro\">三</comment>\n"
    "    <comment id=\"cmt-11\" target=\"ind-7\">四</comment>\n"
    "  </comments>\n"
    "</plan>\n";

  {
    g_autofree char *document = g_strconcat (head, tail, NULL);
    g_autoptr(GBytes) bytes = g_bytes_new (document, strlen (document));
    g_autoptr(GError) error = NULL;
    g_autoptr(PwPlan) plan = pw_plan_load_bytes (bytes, &error);
    GListModel *indicators;

    g_assert_no_error (error);
    indicators = pw_plan_get_indicators (plan);
    g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, G_N_ELEMENTS (ids));
    for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
      {
        g_autoptr(PwObject) indicator = g_list_model_get_item (indicators, i);

        g_assert_cmpstr (pw_object_get_id (indicator), ==, ids[i].id);
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *again = g_strdup_printf ("    <indicator id=\"%s\" nature=\"binding\"/>\n", ids[i].id);
      g_autofree char *document = g_strconcat (head, again, tail, NULL);
      g_autofree char *at = g_strdup_printf ("id=\"%s\" nature", ids[i].id);
      g_autofree char *first = g_strdup_printf ("line %d", ids[i].line);
      g_autofree char *message = NULL;

      assert_fails_at (document, at, PW_PLAN_FILE_ERROR_INVALID, ids[i].id);
      message = load_fails (document, -1, PW_PLAN_FILE_ERROR_INVALID);
      g_assert_nonnull (strstr (message, first));
    }
}

static void
test_year_outside_period (void)
{
  const char *document =
    HEAD
    "  <indicators>\n"
    "    <indicator id=\"ind-1\">\n"
    "      <actual year=\"2021\">1</actual>\n"
    "      <actual state=\"done\" year=\"2026\">2</actual>\n"
    "    </indicator>\n"
    "  </indicators>\n"
    "</plan>\n";

  assert_fails_at (document, "year=\"2026\"", PW_PLAN_FILE_ERROR_INVALID, "2026");
  /* the baseline year is not a year of actual values either */
  assert_fails_at (HEAD "<indicators><indicator id=\"i\"><actual year=\"2020\">1</actual></indicator></indicators></plan>",
                   "year=\"2020\"", PW_PLAN_FILE_ERROR_INVALID, "2021–2025");
}

/* One line per kind of breach: where it is and what the message says. */
static void
test_broken_files (void)
{
  static const struct
  {
    const char *body;    /* after HEAD, before </plan> */
    const char *at;
    const char *says;
  } cases[] = {
    { "<chapter id=\"c\" number=\"1\"><figure/></chapter>", "<figure/>", "figure" },
    { "<chapter id=\"c\" number=\"1\" colour=\"red\"/>", "<chapter", "colour" },
    { "<chapter id=\"c\" number=\"一\"/>", "number=", "一" },
    { "<chapter number=\"1\"/>", "<chapter", "id" },
    { "<chapter id=\"a b\" number=\"1\"/>", "id=", "a b" },
    { "<chapter id=\"c\" number=\"1\">loose text<title>t</title></chapter>", "<chapter", "text" },
    { "<chapter id=\"c\" number=\"1\"><title>t</title><title>u</title></chapter>", "<title>u", "once" },
    { "<chapter id=\"c\" number=\"1\"><section id=\"s\" number=\"1\"/><title>t</title></chapter>",
      "<title>t", "before" },
    { "<chapter id=\"c\" number=\"1\"><title>t<b>bold</b></title></chapter>", "<b>", "text only" },
    { "<chapter id=\"c\" number=\"1\"><column id=\"k\" number=\"1\"><project id=\"p\" number=\"1\">"
      "<progress>101</progress></project></column></chapter>", "<progress>", "101" },
    { "<chapter id=\"c\" number=\"1\"><column id=\"k\" number=\"1\"><project id=\"p\" number=\"1\">"
      "<status>finished</status></project></column></chapter>", "<status>", "finished" },
    { "<chapter id=\"c\" number=\"1\"><column id=\"k\" number=\"1\"><project id=\"p\" number=\"1\">"
      "<investment>1,200</investment></project></column></chapter>", "<investment>", "1,200" },
    { "<chapter id=\"c\" number=\"1\"><column id=\"k\" number=\"1\"><project id=\"p\" number=\"1\">"
      "<start>2025</start><end>2021</end></project></column></chapter>", "<start>", "2025" },
    { "<indicators><indicator id=\"i\" nature=\"mandatory\"/></indicators>", "nature=", "mandatory" },
    { "<indicators><indicator id=\"i\" chapter=\"ch-404\"/></indicators>", "chapter=", "ch-404" },
    { "<indicators><indicator id=\"i\"><actual year=\"2022\">1</actual><actual year=\"2022\">2</actual>"
      "</indicator></indicators>", "year=\"2022\">2", "2022" },
    { "<indicators><indicator id=\"i\"><actual>1</actual></indicator></indicators>", "<actual>", "year" },
    { "<indicators><indicator id=\"i\"><actual year=\"22\">1</actual></indicator></indicators>",
      "year=", "22" },
    { "<indicators><indicator id=\"i\"><actual year=\"2022\" state=\"finished\"/></indicator></indicators>",
      "state=", "finished" },
    { "<indicators><indicator id=\"i\"><target>1</target><baseline>2</baseline></indicator></indicators>",
      "<baseline>", "before" },
    { "<comments><comment id=\"m\" target=\"nowhere\">x</comment></comments>", "target=", "nowhere" },
    { "<comments><comment id=\"m\" date=\"yesterday\">x</comment></comments>", "date=", "yesterday" },
    { "<comments><comment id=\"m\" resolved=\"yes\">x</comment></comments>", "resolved=", "yes" },
    { "<indicators/><chapter id=\"c\" number=\"1\"/>", "<chapter", "before" },
    { "<p:extra xmlns:p=\"urn:example\"/>", "<p:extra", "namespace" },
    { "<chapter xmlns=\"\" id=\"c\" number=\"1\"/>", "<chapter", "namespace" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *document = g_strconcat (HEAD, "  ", cases[i].body, "\n</plan>\n", NULL);

      g_test_message ("case %u", i);
      assert_fails_at (document, cases[i].at, PW_PLAN_FILE_ERROR_INVALID, cases[i].says);
    }
}

static void
test_broken_meta (void)
{
  static const struct
  {
    const char *document;
    const char *at;
    const char *says;
  } cases[] = {
    { "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n  <meta/>\n</plan>", "<meta/>", "period" },
    { "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n  <meta><period start=\"2021\" end=\"2025\" baseline=\"2020\"/></meta>\n</plan>",
      "<plan", "progress-method" },
    { "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n  <meta><period start=\"2025\" end=\"2021\" baseline=\"2020\"/></meta>\n</plan>",
      "end=", "2021" },
    { "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n  <meta><period start=\"2021\" end=\"2025\" baseline=\"2021\"/></meta>\n</plan>",
      "baseline=", "2021" },
    { "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n  <meta><issued>2022年</issued><period start=\"2021\" end=\"2025\" baseline=\"2020\"/></meta>\n</plan>",
      "<issued>", "2022年" },
    { HEAD "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n</plan>",
      "<progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n</plan>",
      "once" },
    { "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n  <meta><period start=\"2021\" end=\"2025\" baseline=\"2020\"/></meta>\n"
      "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"5\"/>\n</plan>",
      "tolerance=", "5" },
    { "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n  <meta><period start=\"2021\" end=\"2025\" baseline=\"2020\"/></meta>\n"
      "  <progress-method ahead=\"fast\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n</plan>",
      "ahead=", "fast" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      assert_fails_at (cases[i].document, cases[i].at, PW_PLAN_FILE_ERROR_INVALID, cases[i].says);
    }
}

/* Nesting far deeper than any plan: libxml2's depth limit, no recursion here. */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) document = g_string_new (HEAD "<chapter id=\"c\" number=\"1\"><title>");
  g_autofree char *message = NULL;

  for (int i = 0; i < 100000; i++)
    g_string_append (document, "<b>");
  message = load_fails (document->str, document->len, PW_PLAN_FILE_ERROR_INVALID);
  g_assert_true (has_place (message));
}

/* What --check says about hostile files: problems with places, never more
 * than the file holds, never a crash. */
static void
test_check_hostile (void)
{
  static const char *documents[] = {
    "",
    "not xml at all",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE plan [<!ENTITY x \"y\">]>\n<plan/>\n",
    HEAD "<chapter id=\"c\" number=\"1\"><title>\xC3\x28</title></chapter></plan>",
    HEAD "<chapter",
    "<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"7\"/>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *path = pw_test_write_temp_file ("hostile.plan", documents[i], -1);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(PwFindings) report = pw_plan_check (file, "hostile.plan");
      g_autofree char *text = pw_findings_to_string (report);

      g_test_message ("%s", text);
      g_assert_cmpuint (pw_findings_count (report, PW_FINDING_ERROR), >, 0);
      g_assert_true (g_str_has_prefix (text, "hostile.plan:"));
      if (i > 0)
        g_assert_true (g_regex_match_simple ("^hostile\\.plan:[0-9]+:[0-9]+: error: ", text, 0, 0));
    }
}

/* Damaged copies of a good file: each byte changed, dropped or doubled at
 * random places. Every one loads or is refused with a message; the check
 * agrees with loading on whether the file is sound. */
static void
test_damaged (void)
{
  g_autoptr(GBytes) bytes = small_plan_bytes ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (4711);
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "damaged.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  static const char replacements[] = "<>&\"'/=x \n\x80\xff\0;#-?!";
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  guint n_loaded = 0;

  for (int i = 0; i < 600; i++)
    {
      g_autoptr(GByteArray) damaged = g_byte_array_new ();
      g_autoptr(GBytes) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) write_error = NULL;
      g_autoptr(PwPlan) plan = NULL;
      g_autoptr(PwFindings) report = NULL;
      int n_changes = g_rand_int_range (rand, 1, 4);

      g_byte_array_append (damaged, (const guint8 *) data, size);
      for (int j = 0; j < n_changes; j++)
        {
          guint at = g_rand_int_range (rand, 0, damaged->len);

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              damaged->data[at] = replacements[g_rand_int_range (rand, 0, sizeof replacements - 1)];
              break;
            case 1:
              g_byte_array_remove_index (damaged, at);
              break;
            default:
              {
                guint8 doubled = damaged->data[at];

                g_byte_array_set_size (damaged, damaged->len + 1);
                memmove (&damaged->data[at + 1], &damaged->data[at], damaged->len - at - 1);
                damaged->data[at] = doubled;
              }
            }
        }

      document = g_byte_array_free_to_bytes (g_steal_pointer (&damaged));
      plan = pw_plan_load_bytes (document, &error);
      g_assert_true ((plan == NULL) != (error == NULL));
      if (error != NULL)
        g_assert_cmpstr (error->message, !=, "");
      else
        n_loaded++;

      g_file_replace_contents (file, g_bytes_get_data (document, NULL), g_bytes_get_size (document),
                               NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &write_error);
      g_assert_no_error (write_error);
      report = pw_plan_check (file, "damaged.plan");
      if (plan != NULL && pw_findings_count (report, PW_FINDING_ERROR) > 0)
        {
          g_autofree char *text = pw_findings_to_string (report);
          /* loading accepts only what the schema allows: a damage the
           * schema refuses must have been refused when loading too */
          g_test_message ("loaded, but the check says: %s", text);
          g_assert_cmpuint (pw_findings_count (report, PW_FINDING_ERROR), ==, 0);
        }
      if (plan == NULL)
        g_assert_cmpuint (pw_findings_count (report, PW_FINDING_ERROR), >, 0);
    }

  g_test_message ("%u of 600 damaged files still loaded", n_loaded);
}

/* A file with a problem on every line gets a report of a bounded length. */
static void
test_check_many_problems (void)
{
  g_autoptr(GString) document = g_string_new (HEAD "  <indicators>\n");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PwFindings) report = NULL;
  g_autoptr(PwFinding) last = NULL;
  GListModel *entries;

  for (int i = 0; i < 5000; i++)
    g_string_append (document, "    <indicator id=\"same\"/>\n");
  g_string_append (document, "  </indicators>\n</plan>\n");
  path = pw_test_write_temp_file ("many.plan", document->str, document->len);
  file = g_file_new_for_path (path);

  report = pw_plan_check (file, "many.plan");
  entries = pw_findings_get_list (report);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1001);
  last = g_list_model_get_item (entries, 1000);
  g_assert_nonnull (strstr (pw_finding_get_message (last), "1000"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/plan-file/truncated", test_truncated);
  g_test_add_func ("/pw/plan-file/not-xml", test_not_xml);
  g_test_add_func ("/pw/plan-file/wrong-root", test_wrong_root);
  g_test_add_func ("/pw/plan-file/wrong-namespace", test_wrong_namespace);
  g_test_add_func ("/pw/plan-file/unknown-version", test_unknown_version);
  g_test_add_func ("/pw/plan-file/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/pw/plan-file/other-encodings", test_other_encodings);
  g_test_add_func ("/pw/plan-file/external-entity", test_external_entity);
  g_test_add_func ("/pw/plan-file/billion-laughs", test_billion_laughs);
  g_test_add_func ("/pw/plan-file/huge-text", test_huge_text);
  g_test_add_func ("/pw/plan-file/duplicate-ids", test_duplicate_ids);
  g_test_add_func ("/pw/plan-file/duplicate-ids-of-every-form", test_duplicate_ids_of_every_form);
  g_test_add_func ("/pw/plan-file/year-outside-period", test_year_outside_period);
  g_test_add_func ("/pw/plan-file/broken-files", test_broken_files);
  g_test_add_func ("/pw/plan-file/broken-meta", test_broken_meta);
  g_test_add_func ("/pw/plan-file/deep-nesting", test_deep_nesting);
  g_test_add_func ("/pw/plan-file/check-hostile", test_check_hostile);
  g_test_add_func ("/pw/plan-file/check-many-problems", test_check_many_problems);
  g_test_add_func ("/pw/plan-file/damaged", test_damaged);

  return g_test_run ();
}
