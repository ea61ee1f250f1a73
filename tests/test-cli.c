/* test-cli.c: the program run from scripts, without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built plan-workbench with no display and no session bus in its
 * environment, so that each command proves it needs neither.
 */

#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pw-test-util.h"

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
program_path (void)
{
  const char *build = g_getenv ("PW_BUILD_DIR");

  g_assert_nonnull (build);
  return g_build_filename (build, "src", "plan-workbench", NULL);
}

/* How the next run_program() runs: in a folder, with a set-up in the
 * child, killed after a time limit (so that a hang fails the test). */
static const char *run_folder;
static GSpawnChildSetupFunc run_setup;
static gboolean run_limited;
static gboolean run_listing_libraries; /* the dynamic loader lists them on stderr */

/* Runs the program with @args (NULL-terminated) and a bare environment. */
static void
run_programv (Run                *run,
              const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();

  if (run_limited)
    {
      g_ptr_array_add (argv, g_strdup ("timeout"));
      g_ptr_array_add (argv, g_strdup ("-s"));
      g_ptr_array_add (argv, g_strdup ("KILL"));
      g_ptr_array_add (argv, g_strdup ("60"));
    }
  g_ptr_array_add (argv, program_path ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  env = g_environ_setenv (env, "LANGUAGE", "C", TRUE);
  if (run_listing_libraries)
    env = g_environ_setenv (env, "LD_DEBUG", "files", TRUE);

  memset (run, 0, sizeof *run);
  g_spawn_sync (run_folder, (char **) argv->pdata, env, G_SPAWN_SEARCH_PATH, run_setup, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  run_folder = NULL;
  run_setup = NULL;
  run_limited = FALSE;
  run_listing_libraries = FALSE;
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

static void
run_program (Run        *run,
             const char *first_arg,
             ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  run_programv (run, (const char * const *) args->pdata);
}

static char *
temp_file (const char *name,
           const char *contents)
{
  g_autofree char *dir = pw_test_temp_dir ();
  char *path = g_build_filename (dir, name, NULL);

  if (contents != NULL)
    g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
test_cli_version (void)
{
  g_auto(Run) run = { 0 };

  run_program (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "plan-workbench " PACKAGE_VERSION "\n");
}

/* A command-line run loads neither GTK nor the window: the libraries the
 * dynamic loader reports loading name GLib but not GTK 4, for a command
 * that only prints and for one that reads and checks a plan. */
static void
test_cli_no_gtk (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  const char *commands[][3] = {
    { "--version", NULL },
    { "--check", sample, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };

      run_listing_libraries = TRUE;
      run_programv (&run, commands[i]);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.err, "libglib-2.0.so"));
      g_assert_null (strstr (run.err, "libgtk-4.so"));
      g_assert_null (strstr (run.err, "libplan-workbench-ui.so"));
    }
}

static void
test_cli_help (void)
{
  g_auto(Run) run = { 0 };

  run_program (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--check"));
  g_assert_nonnull (strstr (run.out, "--import"));
  g_assert_nonnull (strstr (run.out, "--output"));
}

static void
test_cli_check_sample (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_auto(Run) run = { 0 };

  run_program (&run, "--check", sample, NULL);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_cli_check_reports_place (void)
{
  g_autofree char *path = temp_file ("truncated.plan",
                                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                     "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
                                     "  <meta>\n"
                                     "    <title>截断");
  g_autofree char *prefix = g_strconcat (path, ":", NULL);
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;

  run_program (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  lines = g_strsplit (g_strchomp (run.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 1);
  /* FILE:LINE:COLUMN: … on the line where the file ends */
  g_assert_true (g_str_has_prefix (lines[0], prefix));
  g_assert_true (g_regex_match_simple ("^.*:4:[0-9]+: ", lines[0], 0, 0));
}

static void
test_cli_check_several_files (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *bad = temp_file ("not-xml.plan", "this is not a plan\n");
  g_auto(Run) run = { 0 };

  run_program (&run, "--check", sample, bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_null (strstr (run.out, sample));
  g_assert_nonnull (strstr (run.out, bad));
}

static void
test_cli_import_plan_is_stable (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *first = temp_file ("first.plan", NULL);
  g_autofree char *second = temp_file ("second.plan", NULL);
  g_autofree char *first_bytes = NULL;
  g_autofree char *second_bytes = NULL;
  g_autofree char *sample_bytes = NULL;
  g_auto(Run) run1 = { 0 };
  g_auto(Run) run2 = { 0 };
  g_auto(Run) check = { 0 };

  run_program (&run1, "--import", sample, "--output", first, NULL);
  g_assert_cmpstr (run1.err, ==, "");
  g_assert_cmpint (run1.status, ==, 0);
  run_program (&run2, "--import", first, "--output", second, NULL);
  g_assert_cmpint (run2.status, ==, 0);

  g_assert_true (g_file_get_contents (first, &first_bytes, NULL, NULL));
  g_assert_true (g_file_get_contents (second, &second_bytes, NULL, NULL));
  g_assert_true (g_file_get_contents (sample, &sample_bytes, NULL, NULL));
  g_assert_cmpstr (first_bytes, ==, second_bytes);
  /* The sample is kept in the program's own canonical form. */
  g_assert_cmpstr (first_bytes, ==, sample_bytes);

  run_program (&check, "--check", second, NULL);
  g_assert_cmpint (check.status, ==, 0);
}

static void
test_cli_import_keeps_backup (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *out = temp_file ("existing.plan", "previous contents\n");
  g_autofree char *backup = g_strconcat (out, "~", NULL);
  g_autofree char *backup_bytes = NULL;
  g_auto(Run) run = { 0 };

  run_program (&run, "--import", sample, "--output", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (backup, &backup_bytes, NULL, NULL));
  g_assert_cmpstr (backup_bytes, ==, "previous contents\n");
}

static void
test_cli_usage_errors (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_auto(Run) no_output = { 0 };
  g_auto(Run) no_files = { 0 };
  g_auto(Run) stray = { 0 };

  run_program (&no_output, "--import", sample, NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "--output"));

  run_program (&no_files, "--check", NULL);
  g_assert_cmpint (no_files.status, ==, 2);

  run_program (&stray, "--output", "x.plan", NULL);
  g_assert_cmpint (stray.status, ==, 2);
}

static void
test_cli_import_missing_file (void)
{
  g_autofree char *missing = temp_file ("does-not-exist.txt", NULL);
  g_autofree char *out = temp_file ("never-written.plan", NULL);
  g_auto(Run) run = { 0 };

  run_program (&run, "--import", missing, "--output", out, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, missing));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* Each hostile file of the foundation issue: --check refuses it with one
 * line that says where, and never reads what an entity points at. */
static void
test_cli_check_hostile (void)
{
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *secret_path = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *entity = NULL;
  static const char head[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  static const char root[] = "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n";
  static const char meta[] = "  <meta>\n    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n  </meta>\n"
                             "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\""
                             " lagging=\"0.6\" tolerance=\"0.05\"/>\n";
  struct {
    const char *name;
    char *contents;
    gboolean has_place;
  } cases[] = {
    { "truncated.plan", g_strconcat (head, root, "  <meta>\n    <title>半", NULL), TRUE },
    { "not-xml.plan", g_strdup ("规划文本，不是 XML\n"), TRUE },
    { "wrong-root.plan", g_strconcat (head, "<document xmlns=\"urn:plan-workbench:plan:1\" version=\"1\"/>\n", NULL), TRUE },
    { "new-version.plan", g_strconcat (head, "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"7\">\n", meta, "</plan>\n", NULL), TRUE },
    { "wrong-namespace.plan", g_strconcat (head, "<plan xmlns=\"urn:example:other\" version=\"1\">\n", meta, "</plan>\n", NULL), TRUE },
    { "bad-utf8.plan", g_strconcat (head, root, "  <meta>\n    <title>\xe9\x80</title>\n", NULL), TRUE },
    { "entity.plan", NULL, TRUE },
    { "laughs.plan", g_strconcat (head,
                                  "<!DOCTYPE plan [\n"
                                  " <!ENTITY a \"ha\">\n"
                                  " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                                  " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                                  " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
                                  " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
                                  " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
                                  " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
                                  " <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
                                  " <!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">\n"
                                  "]>\n", root, "  <meta><title>&i;</title></meta>\n</plan>\n", NULL), TRUE },
    { "duplicate-id.plan", g_strconcat (head, root, meta,
                                        "  <chapter id=\"same\" number=\"1\"><title>一</title></chapter>\n"
                                        "  <chapter id=\"same\" number=\"2\"><title>二</title></chapter>\n"
                                        "</plan>\n", NULL), TRUE },
    { "year-outside.plan", g_strconcat (head, root, meta,
                                        "  <indicators>\n"
                                        "    <indicator id=\"ind-1\">\n"
                                        "      <name>九年义务教育巩固率</name>\n"
                                        "      <actual year=\"2031\">97%</actual>\n"
                                        "    </indicator>\n"
                                        "  </indicators>\n"
                                        "</plan>\n", NULL), TRUE },
  };

  g_assert_true (g_file_set_contents (secret_path, "TOP-SECRET-9f3a\n", -1, NULL));
  entity = g_strdup_printf ("%s<!DOCTYPE plan [ <!ENTITY secret SYSTEM \"file://%s\"> ]>\n%s"
                            "  <meta><title>&secret;</title></meta>\n</plan>\n",
                            head, secret_path, root);
  cases[6].contents = g_steal_pointer (&entity);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autofree char *prefix = g_strconcat (path, ":", NULL);
      g_auto(Run) run = { 0 };
      g_auto(GStrv) lines = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].contents, -1, NULL));
      run_program (&run, "--check", path, NULL);

      g_test_message ("%s: %s", cases[i].name, run.out);
      g_assert_cmpint (run.status, ==, 1);
      lines = g_strsplit (g_strchomp (run.out), "\n", -1);
      g_assert_cmpuint (g_strv_length (lines), ==, 1);
      g_assert_true (g_str_has_prefix (lines[0], prefix));
      if (cases[i].has_place)
        g_assert_true (g_regex_match_simple ("^.*\\.plan:[0-9]+:[0-9]+: ", lines[0], 0, 0));
      g_assert_null (strstr (run.out, "TOP-SECRET"));
      g_assert_null (strstr (run.err, "TOP-SECRET"));
      g_free (cases[i].contents);
    }
}

/* Issue 14 */

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* @out holds what importing the sample plan itself gives. */
static void
assert_same_as_sample (const char *out)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *direct = temp_file ("sample-imported.plan", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_auto(Run) reference = { 0 };

  run_program (&reference, "--import", sample, "--output", direct, NULL);
  g_assert_cmpint (reference.status, ==, 0);
  expected = read_text (direct);
  got = read_text (out);
  g_assert_cmpstr (got, ==, expected);
}

/* Writes @source into the FIFO @fifo from another process. */
static void
feed_fifo (const char *fifo,
           const char *source)
{
  g_autofree char *command = g_strdup_printf ("cat '%s' > '%s'", source, fifo);
  const char *argv[] = { "sh", "-c", command, NULL };
  g_autoptr(GError) error = NULL;

  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* --check of a FIFO hung (the file was opened a second time to place the
 * problems); --import of one too. Each is read once. */
static void
test_cli_fifo (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *bad = temp_file ("fifo-bad.plan",
                                    "<?xml version=\"1.0\"?>\n"
                                    "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
                                    "<meta><title>半");
  g_autofree char *fifo = temp_file ("input.fifo", NULL);
  g_autofree char *out = temp_file ("from-fifo.plan", NULL);
  g_autofree char *expected = NULL;
  g_auto(Run) check = { 0 };
  g_auto(Run) import = { 0 };

  g_unlink (fifo);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  feed_fifo (fifo, bad);
  run_limited = TRUE;
  run_program (&check, "--check", fifo, NULL);
  g_assert_cmpint (check.status, ==, 1);
  expected = g_strdup_printf ("%s:3:", fifo);
  g_assert_true (g_str_has_prefix (check.out, expected));
  g_assert_nonnull (strstr (check.out, ": error: "));
  g_clear_pointer (&expected, g_free);

  feed_fifo (fifo, sample);
  run_limited = TRUE;
  run_program (&import, "--import", fifo, "--output", out, NULL);
  g_assert_cmpstr (import.err, ==, "");
  g_assert_cmpint (import.status, ==, 0);
  assert_same_as_sample (out);
}

/* --import /dev/zero read until memory ran out; devices and folders are
 * refused at once. */
static void
test_cli_devices (void)
{
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *out = temp_file ("from-device.plan", NULL);
  const char *inputs[] = { "/dev/zero", "/dev/urandom", dir };
  const char *reasons[] = { "It is a device, not a file", "It is a device, not a file",
                            "It is a folder, not a file" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_auto(Run) import = { 0 };
      g_auto(Run) check = { 0 };
      g_autofree char *expected = g_strdup_printf ("%s: error: %s\n", inputs[i], reasons[i]);
      double start = g_get_monotonic_time ();

      run_limited = TRUE;
      run_program (&import, "--import", inputs[i], "--output", out, NULL);
      g_assert_cmpint (import.status, ==, 1);
      g_assert_cmpstr (import.err, ==, expected);
      run_limited = TRUE;
      run_program (&check, "--check", inputs[i], NULL);
      g_assert_cmpint (check.status, ==, 1);
      g_assert_cmpstr (check.out, ==, expected);
      g_assert_cmpfloat ((g_get_monotonic_time () - start) / G_USEC_PER_SEC, <, 20);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
}

/* A .plan file whose root comes after its first kilobyte was imported as
 * text, an empty plan; a long XML declaration hid its encoding from
 * --check. The prolog is read as far as the root, however long. */
static void
test_cli_long_prolog (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *contents = read_text (sample);
  const char *after_declaration = strstr (contents, "?>") + 2;
  g_autofree char *comment = g_strnfill (5000, 'x');
  g_autofree char *spaces = g_strnfill (2000, ' ');
  g_autofree char *commented = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--%s-->%s",
                                                comment, after_declaration);
  g_autofree char *latin = g_strdup_printf ("<?xml version=\"1.0\"%sencoding=\"ISO-8859-1\"?>%s",
                                            spaces, after_declaration);
  g_autofree char *commented_path = temp_file ("long-comment.plan", commented);
  g_autofree char *latin_path = temp_file ("long-declaration.plan", latin);
  g_autofree char *out = temp_file ("long-comment-out.plan", NULL);
  g_autofree char *prefix = g_strconcat (latin_path, ":1:1: error: ", NULL);
  g_auto(Run) import = { 0 };
  g_auto(Run) check = { 0 };

  run_program (&import, "--import", commented_path, "--output", out, NULL);
  g_assert_cmpint (import.status, ==, 0);
  assert_same_as_sample (out);

  run_program (&check, "--check", latin_path, NULL);
  g_assert_cmpint (check.status, ==, 1);
  g_assert_true (g_str_has_prefix (check.out, prefix));
  g_assert_nonnull (strstr (check.out, "ISO-8859-1"));

  /* UTF-7, which the issue names too, the same */
  {
    g_autofree char *utf7 = g_strdup_printf ("<?xml version=\"1.0\"%sencoding=\"UTF-7\"?>%s",
                                             spaces, after_declaration);
    g_autofree char *utf7_path = temp_file ("long-declaration-utf7.plan", utf7);
    g_autofree char *utf7_prefix = g_strconcat (utf7_path, ":1:1: error: ", NULL);
    g_auto(Run) utf7_check = { 0 };

    run_program (&utf7_check, "--check", utf7_path, NULL);
    g_assert_cmpint (utf7_check.status, ==, 1);
    g_assert_true (g_str_has_prefix (utf7_check.out, utf7_prefix));
    g_assert_nonnull (strstr (utf7_check.out, "UTF-7"));
  }
}

/* plan:2024.plan was taken for a URI of the scheme "plan". */
static void
test_cli_colon_in_name (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *contents = read_text (sample);
  g_autofree char *path = temp_file ("plan:2024.plan", contents);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *out = g_build_filename (dir, "plan:2025.plan", NULL);
  g_autofree char *saved = NULL;
  g_auto(Run) check = { 0 };
  g_auto(Run) import = { 0 };

  run_folder = dir;
  run_program (&check, "--check", "plan:2024.plan", NULL);
  g_assert_cmpstr (check.out, ==, "");
  g_assert_cmpint (check.status, ==, 0);

  run_folder = dir;
  run_program (&import, "--import", "plan:2024.plan", "--output", "plan:2025.plan", NULL);
  g_assert_cmpstr (import.err, ==, "");
  g_assert_cmpint (import.status, ==, 0);
  saved = read_text (out);
  g_assert_cmpstr (saved, ==, contents);

  /* the spreadsheet commands name their files the same way: a sheet
   * written, merged back unchanged into the plan and saved, each named with
   * a colon (they were taken for URIs of the schemes "plan" and "sheet") */
  {
    g_autofree char *sheet = g_build_filename (dir, "sheet:2024.csv", NULL);
    g_autofree char *merged = g_build_filename (dir, "plan:merged.plan", NULL);
    g_autofree char *merged_text = NULL;
    g_auto(Run) export = { 0 };
    g_auto(Run) merge = { 0 };

    run_folder = dir;
    run_program (&export, "--export-sheet", "sheet:2024.csv", "plan:2024.plan", NULL);
    g_assert_cmpstr (export.err, ==, "");
    g_assert_cmpint (export.status, ==, 0);
    g_assert_true (g_file_test (sheet, G_FILE_TEST_IS_REGULAR));

    run_folder = dir;
    run_program (&merge, "--merge-sheet", "sheet:2024.csv", "--into", "plan:2024.plan",
                 "--output", "plan:merged.plan", NULL);
    g_assert_cmpstr (merge.err, ==, "");
    g_assert_cmpint (merge.status, ==, 0);
    merged_text = read_text (merged);
    g_assert_nonnull (strstr (merged_text, "<plan "));
  }
}

/* --import printed "FILE: LINE:COL: …"; it prints as --check does. */
static void
test_cli_import_error_form (void)
{
  g_autofree char *path = temp_file ("import-truncated.plan",
                                     "<?xml version=\"1.0\"?>\n"
                                     "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n"
                                     "<meta><title>半");
  g_autofree char *out = temp_file ("import-truncated-out.plan", NULL);
  g_autofree char *prefix = g_strconcat (path, ":3:", NULL);
  g_auto(Run) import = { 0 };
  g_auto(Run) check = { 0 };

  run_program (&import, "--import", path, "--output", out, NULL);
  run_program (&check, "--check", path, NULL);
  g_assert_cmpint (import.status, ==, 1);
  g_assert_true (g_str_has_prefix (import.err, prefix));
  g_assert_true (g_regex_match_simple ("^[^:]+:3:[0-9]+: error: [^ ]", import.err, 0, 0));
  g_assert_cmpstr (import.err, ==, check.out);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* every command that reads a plan says it the same way (they printed
   * "FILE: 3:13: …" too) */
  {
    const char *commands[][6] = {
      { "--export-chart", "progress", "--output", "truncated.png", NULL },
      { "--export-report", "--output", "truncated.pdf", NULL },
      { "--export-sheet", "truncated.csv", NULL },
      { "--export-collection", "truncated-collection", NULL },
      { "--comments", NULL },
      { "--merge-sheet", "none.csv", "--into", NULL },
    };
    g_autofree char *dir = g_path_get_dirname (path);

    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      {
        g_autoptr(GPtrArray) argv = g_ptr_array_new ();
        g_auto(Run) other = { 0 };

        for (guint j = 0; commands[i][j] != NULL; j++)
          g_ptr_array_add (argv, (char *) commands[i][j]);
        g_ptr_array_add (argv, path);
        g_ptr_array_add (argv, NULL);
        run_folder = dir;
        run_programv (&other, (const char * const *) argv->pdata);
        g_test_message ("%s: %s", commands[i][0], other.err);
        g_assert_cmpint (other.status, ==, 1);
        g_assert_cmpstr (other.err, ==, check.out);
      }
  }
}

/* A 200 MB file took 9 s and 1.2 GB before a message that named the output
 * and the element p; a line longer than a .plan element holds is refused
 * before the import, with its line. */
static void
test_cli_large_input (void)
{
  g_autofree char *huge = temp_file ("huge.txt", NULL);
  g_autofree char *long_line = temp_file ("long-line.txt", NULL);
  g_autofree char *out = temp_file ("large-out.plan", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GString) text = g_string_new ("第一章 总则\n");
  g_auto(Run) big = { 0 };
  g_auto(Run) line = { 0 };
  double start;
  int fd;

  fd = g_open (huge, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 200 * 1024 * 1024), ==, 0);
  close (fd);
  for (guint i = 0; i < 4 * 1024 * 1024; i++)
    g_string_append (text, "字");
  g_string_append_c (text, '\n');
  g_assert_true (g_file_set_contents (long_line, text->str, text->len, NULL));

  start = g_get_monotonic_time ();
  run_limited = TRUE;
  run_program (&big, "--import", huge, "--output", out, NULL);
  g_assert_cmpfloat ((g_get_monotonic_time () - start) / G_USEC_PER_SEC, <, 5);
  g_assert_cmpint (big.status, ==, 1);
  expected = g_strdup_printf ("%s: error: The file is too large to be a plan document (200 MB)\n", huge);
  g_assert_cmpstr (big.err, ==, expected);
  g_clear_pointer (&expected, g_free);

  run_limited = TRUE;
  run_program (&line, "--import", long_line, "--output", out, NULL);
  g_assert_cmpint (line.status, ==, 1);
  expected = g_strdup_printf ("%s:2: error: The line is 12 MB long, longer than any paragraph of a "
                              "plan (at most 10 MB)\n", long_line);
  g_assert_cmpstr (line.err, ==, expected);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_unlink (huge);
}

static guint
png_height (const char *path)
{
  g_autofree guchar *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, (char **) &data, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (data + 1, 3, "PNG", 3);
  return (guint) data[20] << 24 | (guint) data[21] << 16 | (guint) data[22] << 8 | data[23];
}

/* A PNG or SVG export of a chart of several pages held its first page only
 * (the sample's progress chart is three A4 pages). */
static void
test_cli_export_all_pages (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *png = temp_file ("progress.png", NULL);
  g_autofree char *long_png = temp_file ("progress-long.png", NULL);
  g_autofree char *svg = temp_file ("progress.svg", NULL);
  g_autofree char *dir = g_path_get_dirname (png);
  g_autofree char *contents = read_text (sample);
  g_autoptr(GString) pages_text = g_string_new (NULL);
  g_autoptr(GString) listed = g_string_new (NULL);
  g_auto(Run) files = { 0 };
  g_auto(Run) one = { 0 };
  g_auto(Run) vector = { 0 };
  g_auto(Run) wrong = { 0 };
  g_auto(GStrv) svg_files = NULL;
  const char *p;
  guint n_names = 0;

  run_program (&files, "--export-chart", "progress", "--output", png, sample, NULL);
  g_assert_cmpint (files.status, ==, 0);
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("progress-%u.png", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpuint (png_height (path), ==, 794);
      g_string_append_printf (listed, "%s\n", path);
    }
  g_assert_cmpstr (files.out, ==, listed->str);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  /* one long image: more than two pages tall */
  run_program (&one, "--export-chart", "progress", "--pages", "one", "--output", long_png, sample, NULL);
  g_assert_cmpint (one.status, ==, 0);
  g_assert_cmpstr (one.out, ==, "");
  g_assert_cmpuint (png_height (long_png), >, 2 * 794);

  /* every indicator is in one of the SVG's pages */
  run_program (&vector, "--export-chart", "progress", "--output", svg, sample, NULL);
  g_assert_cmpint (vector.status, ==, 0);
  svg_files = g_strsplit (g_strchomp (vector.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (svg_files), >, 1);
  for (guint i = 0; svg_files[i] != NULL; i++)
    {
      g_autofree char *page = read_text (svg_files[i]);
      g_string_append (pages_text, page);
    }
  for (p = strstr (contents, "<indicator "); p != NULL; p = strstr (p + 1, "<indicator "))
    {
      const char *start = strstr (p, "<name>") + strlen ("<name>");
      g_autofree char *name = g_strndup (start, strstr (start, "</name>") - start);
      /* (a long name is wrapped over two lines: its start is enough) */
      g_autofree char *head = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), 8));

      g_assert_nonnull (strstr (pages_text->str, head));
      n_names++;
    }
  g_assert_cmpuint (n_names, ==, 31);

  run_program (&wrong, "--export-chart", "progress", "--pages", "some", "--output", png, sample, NULL);
  g_assert_cmpint (wrong.status, ==, 2);
}

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 8192, 8192 };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
become_nobody (gpointer data)
{
  /* root may write anywhere: the test's folder is not writable by nobody */
  if (getuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    _exit (99);
}

/* A write that fails (a full disk; here, a file size limit) printed
 * libxml2's "I/O error : write error" before the message, and a folder
 * that cannot be written gave "Backup file creation failed". One line,
 * with the reason; the old file intact, nothing left beside it. */
static void
test_cli_save_failures (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *root = pw_test_temp_dir ();
  g_autofree char *dir = g_build_filename (root, "save-failures", NULL);
  g_autofree char *out = g_build_filename (dir, "out.plan", NULL);
  g_autofree char *locked = g_build_filename (root, "locked", NULL);
  g_autofree char *locked_out = g_build_filename (locked, "out.plan", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *old = NULL;
  g_autoptr(GDir) listing = NULL;
  g_auto(Run) full = { 0 };
  g_auto(Run) denied = { 0 };
  guint n_files = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (out, "the old file\n", -1, NULL));

  run_setup = limit_file_size;
  run_program (&full, "--import", sample, "--output", out, NULL);
  g_assert_cmpint (full.status, ==, 1);
  expected = g_strdup_printf ("%s: error: Could not write “%s”: the file is larger than this system "
                              "allows\n", out, out);
  g_assert_cmpstr (full.err, ==, expected);
  g_clear_pointer (&expected, g_free);
  old = read_text (out);
  g_assert_cmpstr (old, ==, "the old file\n");
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  /* the same through a symbolic link (the issue: a broken fragment was
   * left): the real file intact, the link a link, nothing beside them */
  {
    g_autofree char *link_dir = g_build_filename (root, "save-failures-link", NULL);
    g_autofree char *real = g_build_filename (link_dir, "real.plan", NULL);
    g_autofree char *link_path = g_build_filename (link_dir, "link.plan", NULL);
    g_autofree char *real_text = NULL;
    g_autoptr(GDir) link_listing = NULL;
    g_auto(Run) link_full = { 0 };
    guint n_link_files = 0;

    g_assert_cmpint (g_mkdir_with_parents (link_dir, 0755), ==, 0);
    g_assert_true (g_file_set_contents (real, "the old file\n", -1, NULL));
    g_assert_cmpint (symlink ("real.plan", link_path), ==, 0);
    run_setup = limit_file_size;
    run_program (&link_full, "--import", sample, "--output", link_path, NULL);
    g_assert_cmpint (link_full.status, ==, 1);
    g_assert_nonnull (strstr (link_full.err, "larger than this system allows"));
    g_assert_null (strstr (link_full.err, "I/O error"));
    real_text = read_text (real);
    g_assert_cmpstr (real_text, ==, "the old file\n");
    g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
    link_listing = g_dir_open (link_dir, 0, NULL);
    while (g_dir_read_name (link_listing) != NULL)
      n_link_files++;
    g_assert_cmpuint (n_link_files, ==, 2);
  }

  g_assert_cmpint (g_mkdir_with_parents (locked, 0755), ==, 0);
  g_assert_cmpint (g_chmod (root, 0755), ==, 0);
  if (getuid () != 0)
    g_assert_cmpint (g_chmod (locked, 0555), ==, 0);
  run_setup = become_nobody;
  run_program (&denied, "--import", sample, "--output", locked_out, NULL);
  g_assert_cmpint (denied.status, ==, 1);
  expected = g_strdup_printf ("%s: error: Could not write in the folder “%s”: permission denied\n",
                              locked_out, locked);
  g_assert_cmpstr (denied.err, ==, expected);
  g_chmod (locked, 0755);
}

/* Each seed document imports from the command line into a file that
 * --check accepts, with its report written where asked. */
static void
test_cli_import_seeds (void)
{
  static const char *seeds[] = { "000_", "001_", "002_", "003_", "004_" };

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *seed = pw_test_seed_path (seeds[i]);
      g_autofree char *name = NULL;
      g_autofree char *out = NULL;
      g_autofree char *report = NULL;
      g_autofree char *report_text = NULL;
      g_auto(Run) import = { 0 };
      g_auto(Run) check = { 0 };

      if (seed == NULL)
        return;

      name = g_strdup_printf ("seed-%s.plan", seeds[i]);
      out = temp_file (name, NULL);
      report = g_strconcat (out, ".report.txt", NULL);

      run_program (&import, "--import", seed, "--output", out, "--report", report, NULL);
      g_assert_cmpstr (import.err, ==, "");
      g_assert_cmpint (import.status, ==, 0);

      run_program (&check, "--check", out, NULL);
      g_assert_cmpstr (check.out, ==, "");
      g_assert_cmpint (check.status, ==, 0);

      /* every seed gives the importer something to say, each with its line */
      g_assert_true (g_file_get_contents (report, &report_text, NULL, NULL));
      g_assert_true (g_regex_match_simple ("^.*_[0-9a-f]+\\.txt:[0-9]+:", report_text, G_REGEX_MULTILINE, 0));

      /* and the plan keeps what it said, one <finding> a line of the report */
      {
        g_autofree char *plan_text = NULL;
        guint n_lines = 0, n_findings = 0;

        g_assert_true (g_file_get_contents (out, &plan_text, NULL, NULL));
        g_assert_nonnull (strstr (plan_text, "version=\"2\""));
        for (const char *p = report_text; (p = strchr (p, '\n')) != NULL; p++)
          n_lines++;
        for (const char *p = plan_text; (p = strstr (p, "<finding ")) != NULL; p++)
          n_findings++;
        g_assert_cmpuint (n_findings, ==, n_lines);
        g_assert_cmpuint (n_findings, >, 0);
      }
    }
}

/* Comments and comparisons (issue 11) */

static void
test_cli_comments_sample (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  /* the one comment of the sample file, on chapter ch-43 (第七章) */
  expected = g_strconcat (sample, ": 第七章 完善幸福关爱养老服务: 审阅人（示例） 2024-03-12 [open]: "
                          "示例意见：护理型床位占比进度滞后，请在中期评估中说明原因和改进措施。\n", NULL);
  run_program (&run, "--comments", sample, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
}

/* Writes the sample with one paragraph added to 第三章第二节, as the old
 * version, and a copy of it with a target changed (ind-104 4.5 → 5), a
 * project removed (prj-14), a section renamed (sec-9) and that paragraph
 * edited (4.5个 → 5个), as the new one. */
static void
write_two_versions (char **old_path,
                    char **new_path)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *text = NULL;
  g_autoptr(GString) old_text = NULL;
  g_autoptr(GString) new_text = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (sample, &text, NULL, NULL));
  old_text = g_string_new (text);
  g_assert_cmpuint (g_string_replace (old_text, "<title>扩大普惠托育服务供给</title>",
                                      "<title>扩大普惠托育服务供给</title>\n"
                                      "      <p>到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。</p>", 0), ==, 1);
  new_text = g_string_new (old_text->str);
  g_assert_cmpuint (g_string_replace (new_text, "<target>4.5</target>", "<target>5</target>", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (new_text, "<title>提升优生优育服务水平</title>",
                                      "<title>提升优生优育服务能力</title>", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (new_text, "达到4.5个。</p>", "达到5个。</p>", 0), ==, 1);
  start = strstr (new_text->str, "      <project id=\"prj-14\"");
  end = strstr (new_text->str, "      <project id=\"prj-15\"");
  g_assert_true (start != NULL && end != NULL && start < end);
  g_string_erase (new_text, start - new_text->str, end - start);

  *old_path = temp_file ("old.plan", old_text->str);
  *new_path = temp_file ("new.plan", new_text->str);
}

static void
test_cli_compare_edits (void)
{
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;
  g_autofree char *csv_path = temp_file ("changes.csv", NULL);
  g_autofree char *csv = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) to_csv = { 0 };

  write_two_versions (&old_path, &new_path);
  run_program (&run, "--compare", old_path, new_path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 1);
  /* exactly the four edits; the paragraph's change is "4." taken out of
   * "4.5", since the "5" stays: cut to 12 characters before it */
  g_assert_cmpstr (run.out, ==,
                   "第三章 第一节 提升优生优育服务能力: title renamed: 提升优生优育服务水平 → 提升优生优育服务能力\n"
                   "第三章 第二节 扩大普惠托育服务供给: paragraph 1 changed: …3岁以下婴幼儿托位数达到[-4.-]5个。\n"
                   "project “产前筛查工程”: removed\n"
                   "indicator “每千人口拥有3岁以下婴幼儿托位数”: target changed: 4.5 → 5\n");

  run_program (&to_csv, "--compare", old_path, new_path, "--output", csv_path, NULL);
  g_assert_cmpint (to_csv.status, ==, 1);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_cmpstr (csv, ==,
                   "Object,Change,Old,New,Old id,New id,Matched by\r\n"
                   "第三章 第一节 提升优生优育服务能力,title renamed,提升优生优育服务水平,提升优生优育服务能力,sec-9,sec-9,id\r\n"
                   "第三章 第二节 扩大普惠托育服务供给,paragraph 1 changed,到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。,"
                   "到2025年，每千人口拥有3岁以下婴幼儿托位数达到5个。,sec-10,sec-10,id\r\n"
                   "project “产前筛查工程”,removed,,,prj-14,,\r\n"
                   "indicator “每千人口拥有3岁以下婴幼儿托位数”,target changed,4.5,5,ind-104,ind-104,id\r\n");
}

static char *
pdf_text (const char *pdf)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
test_cli_compare_pdf (void)
{
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;
  g_autofree char *pdf_path = temp_file ("changes.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  write_two_versions (&old_path, &new_path);
  run_program (&run, "--compare", old_path, new_path, "--output", pdf_path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  text = pdf_text (pdf_path);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Table of Changes"));
  g_assert_nonnull (strstr (text, "Original text"));
  g_assert_nonnull (strstr (text, "Revised text"));
  g_assert_nonnull (strstr (text, "Explanation"));
  g_assert_nonnull (strstr (text, "4 changes"));
  g_assert_nonnull (strstr (text, "产前筛查工程"));
  g_assert_nonnull (strstr (text, "提升优生优育服务能力"));
  g_assert_nonnull (strstr (text, "target: 4.5"));
  g_assert_nonnull (strstr (text, "target: 5"));
}

static void
test_cli_compare_self (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_auto(Run) run = { 0 };

  run_program (&run, "--compare", sample, sample, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

/* Seed 000 is the text the sample plan was made from: imported again, with
 * ids of its own as a separate import would have, every indicator is found
 * by its name, and what the sample adds (the actual values) is reported. */
static void
test_cli_compare_seed (void)
{
  g_autofree char *seed = pw_test_seed_path ("000_");
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *imported = temp_file ("seed-000.plan", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) renumbered = NULL;
  g_autofree char *other_ids = NULL;
  g_auto(Run) import = { 0 };
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n_indicator_lines = 0;

  if (seed == NULL)
    return;

  run_program (&import, "--import", seed, "--output", imported, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_true (g_file_get_contents (imported, &text, NULL, NULL));
  renumbered = g_string_new (text);
  g_string_replace (renumbered, " id=\"", " id=\"other-", 0);
  g_string_replace (renumbered, " chapter=\"", " chapter=\"other-", 0);
  g_string_replace (renumbered, " target=\"", " target=\"other-", 0);
  other_ids = temp_file ("seed-000-other-ids.plan", renumbered->str);

  run_program (&run, "--compare", other_ids, sample, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 1);
  lines = g_strsplit (g_strchomp (run.out), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "indicator "))
      {
        n_indicator_lines++;
        /* none of the 31 indicators lost or gained: each was matched */
        g_assert_null (strstr (lines[i], ": added"));
        g_assert_null (strstr (lines[i], ": removed"));
        g_assert_nonnull (strstr (lines[i], "(matched by name or number, not by id)"));
      }
  g_assert_cmpuint (n_indicator_lines, >, 0);
  /* the sample's actual values of 托位数, which the text has not (sample: 1.1, 1.9, 2.6) */
  for (int year = 2021; year <= 2023; year++)
    {
      static const char *values[] = { "1.1", "1.9", "2.6" };
      g_autofree char *line = g_strdup_printf ("indicator “每千人口拥有3岁以下婴幼儿托位数”: actual value %d changed "
                                               "(matched by name or number, not by id): (none) → %s",
                                               year, values[year - 2021]);

      g_assert_true (g_strv_contains ((const char * const *) lines, line));
    }
  /* a project of the sample, found by its name, with the lead unit the text lacks */
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "project “产前筛查工程”: lead unit changed (matched by name or number, not by id): (none) → 市卫生健康委"));
}

/* The printed report ends with the annex 审阅意见汇总表: each comment with
 * its object, author, date and state, a reply under its thread. */
static void
test_cli_report_comments_annex (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *text = NULL;
  g_autoptr(GString) plan = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = temp_file ("report.pdf", NULL);
  g_autofree char *page_text = NULL;
  g_auto(Run) run = { 0 };
  const char *annex;

  g_assert_true (g_file_get_contents (sample, &text, NULL, NULL));
  plan = g_string_new (text);
  g_assert_cmpuint (g_string_replace (plan, "  </comments>",
                                      "    <comment id=\"cmt-900\" target=\"ch-43\" author=\"起草人\" date=\"2024-03-15T09:00:00+08:00\" reply-to=\"cmt-109\">已补充说明。</comment>\n"
                                      "    <comment id=\"cmt-901\" target=\"ind-104\" year=\"2023\" author=\"王审阅\" date=\"2024-04-01\" resolved=\"true\">口径已核实。</comment>\n"
                                      "  </comments>", 0), ==, 1);
  path = temp_file ("commented.plan", plan->str);

  run_program (&run, "--export-report", "--output", pdf, path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  page_text = pdf_text (pdf);
  annex = strstr (page_text, "Summary of Review Comments");
  g_assert_nonnull (annex);
  g_test_message ("%s", annex);
  g_assert_nonnull (strstr (annex, "Object"));
  g_assert_nonnull (strstr (annex, "Author"));
  g_assert_nonnull (strstr (annex, "State"));
  g_assert_nonnull (strstr (annex, "第七章 完善幸福关爱养老服务"));
  g_assert_nonnull (strstr (annex, "审阅人（示例）"));
  g_assert_nonnull (strstr (annex, "2024-03-12"));
  g_assert_nonnull (strstr (annex, "↳ 已补充说明。"));
  g_assert_nonnull (strstr (annex, "2024-03-15"));
  g_assert_nonnull (strstr (annex, "口径已核实。"));
  g_assert_nonnull (strstr (annex, "2024-04-01"));
  g_assert_nonnull (strstr (annex, "resolved"));
  g_assert_nonnull (strstr (annex, "open"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/cli/version", test_cli_version);
  g_test_add_func ("/pw/cli/help", test_cli_help);
  g_test_add_func ("/pw/cli/no-gtk", test_cli_no_gtk);
  g_test_add_func ("/pw/cli/check-sample", test_cli_check_sample);
  g_test_add_func ("/pw/cli/check-reports-place", test_cli_check_reports_place);
  g_test_add_func ("/pw/cli/check-several-files", test_cli_check_several_files);
  g_test_add_func ("/pw/cli/check-hostile", test_cli_check_hostile);
  g_test_add_func ("/pw/cli/import-plan-is-stable", test_cli_import_plan_is_stable);
  g_test_add_func ("/pw/cli/import-keeps-backup", test_cli_import_keeps_backup);
  g_test_add_func ("/pw/cli/import-seeds", test_cli_import_seeds);
  g_test_add_func ("/pw/cli/usage-errors", test_cli_usage_errors);
  g_test_add_func ("/pw/cli/import-missing-file", test_cli_import_missing_file);
  g_test_add_func ("/pw/cli/comments-sample", test_cli_comments_sample);
  g_test_add_func ("/pw/cli/compare-edits", test_cli_compare_edits);
  g_test_add_func ("/pw/cli/compare-pdf", test_cli_compare_pdf);
  g_test_add_func ("/pw/cli/compare-self", test_cli_compare_self);
  g_test_add_func ("/pw/cli/compare-seed", test_cli_compare_seed);
  g_test_add_func ("/pw/cli/report-comments-annex", test_cli_report_comments_annex);
  g_test_add_func ("/pw/cli/fifo", test_cli_fifo);
  g_test_add_func ("/pw/cli/devices", test_cli_devices);
  g_test_add_func ("/pw/cli/long-prolog", test_cli_long_prolog);
  g_test_add_func ("/pw/cli/colon-in-name", test_cli_colon_in_name);
  g_test_add_func ("/pw/cli/import-error-form", test_cli_import_error_form);
  g_test_add_func ("/pw/cli/large-input", test_cli_large_input);
  g_test_add_func ("/pw/cli/save-failures", test_cli_save_failures);
  g_test_add_func ("/pw/cli/export-all-pages", test_cli_export_all_pages);

  return g_test_run ();
}
