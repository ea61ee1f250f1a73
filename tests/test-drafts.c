/* test-drafts.c: unsaved changes autosaved to a draft, and drafts left by a
 * process that was killed, found again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>

#include "pw-autosave.h"
#include "pw-draft.h"
#include "pw-plan-file.h"
#include "pw-test-util.h"

#define NEW_TITLE "驻马店市国民经济和社会发展第十四个五年规划（修改稿）"

/* Auxiliary methods */

/* The names in the drafts' folder, sorted, joined with spaces. */
static char *
folder_listing (void)
{
  g_autofree char *folder = pw_draft_get_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static guint
count_suffix (const char *suffix)
{
  g_autofree char *listing = folder_listing ();
  g_auto(GStrv) names = g_strsplit (listing, " ", -1);
  guint n = 0;

  for (guint i = 0; names[i] != NULL; i++)
    n += g_str_has_suffix (names[i], suffix);
  return n;
}

static void
empty_folder (void)
{
  g_autofree char *folder = pw_draft_get_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_unlink (path);
    }
}

/* A copy of the sample plan in a fresh folder. */
static GFile *
copy_sample (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *temp = pw_test_temp_dir ();
  g_autofree char *name = g_strdup_printf ("plan-%u.plan", g_random_int ());
  g_autofree char *path = g_build_filename (temp, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_file_new_for_path (path);
}

static char *
file_contents (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Runs the main loop for @ms milliseconds. */
static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
}

/* The tests */

static void
test_draft_autosave_after_pause (void)
{
  g_autoptr(GFile) file = copy_sample ();
  g_autofree char *before = file_contents (file);
  g_autofree char *after = NULL;
  g_autoptr(PwPlan) plan = pw_plan_load (file, NULL);
  g_autoptr(PwAutosave) autosave = NULL;
  g_autoptr(PwPlan) drafted = NULL;
  g_autoptr(GError) error = NULL;
  PwDraft *draft;

  empty_folder ();
  g_assert_nonnull (plan);
  autosave = pw_autosave_new (plan);
  pw_autosave_set_files (autosave, file, NULL);

  /* no change, no draft */
  wait_ms (PW_AUTOSAVE_IDLE_MS + 500);
  g_assert_cmpuint (count_suffix (".plan"), ==, 0);

  pw_plan_set_title (plan, NEW_TITLE);
  /* not while the user may still be typing … */
  wait_ms (PW_AUTOSAVE_IDLE_MS / 2);
  g_assert_cmpuint (count_suffix (".plan"), ==, 0);
  /* … but once they pause */
  wait_ms (PW_AUTOSAVE_IDLE_MS / 2 + 1000);
  g_assert_cmpuint (count_suffix (".plan"), ==, 1);
  g_assert_cmpuint (count_suffix (".ini"), ==, 1);
  g_assert_cmpuint (count_suffix (".lock"), ==, 1);

  draft = pw_autosave_get_draft (autosave);
  g_assert_nonnull (draft);
  g_assert_true (pw_draft_get_written (draft));
  g_assert_cmpstr (pw_draft_get_title (draft), ==, NEW_TITLE);
  drafted = pw_draft_load (draft, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_plan_get_title (drafted), ==, NEW_TITLE);

  /* the user's file is never written */
  after = file_contents (file);
  g_assert_cmpstr (after, ==, before);

  /* undone back to the file: the draft goes */
  g_assert_true (pw_history_undo (pw_plan_get_history (plan)));
  g_assert_false (pw_history_get_modified (pw_plan_get_history (plan)));
  {
    g_autofree char *listing = folder_listing ();
    g_assert_cmpstr (listing, ==, "");
  }
}

/* A pause of 0.4 s on the plans a commission works on; on a plan whose
 * draft takes a quarter of a second to write, the user is not stopped after
 * every short pause: eight times the write, at most 5 s. */
static void
test_draft_pause_follows_write (void)
{
  g_autoptr(GFile) file = copy_sample ();
  g_autoptr(PwPlan) plan = pw_plan_load (file, NULL);
  g_autoptr(PwAutosave) autosave = NULL;

  g_assert_cmpuint (pw_autosave_pause_for (0), ==, 400);
  g_assert_cmpuint (pw_autosave_pause_for (3000), ==, 400);
  g_assert_cmpuint (pw_autosave_pause_for (50000), ==, 400);
  g_assert_cmpuint (pw_autosave_pause_for (51000), ==, 408);
  g_assert_cmpuint (pw_autosave_pause_for (250000), ==, 2000);
  g_assert_cmpuint (pw_autosave_pause_for (625000), ==, 5000);
  g_assert_cmpuint (pw_autosave_pause_for (10000000), ==, 5000);
  g_assert_cmpuint (pw_autosave_pause_for (-1), ==, 400);

  /* the pause after a write follows the time it took: the sample's draft
   * is written in far less than 50 ms on a quiet machine, and the pause
   * stays 0.4 s; on a busy one it may take longer, and the pause is the
   * one for no more than the time the test saw the write take */
  empty_folder ();
  g_assert_nonnull (plan);
  autosave = pw_autosave_new (plan);
  pw_autosave_set_files (autosave, file, NULL);
  g_assert_cmpuint (pw_autosave_get_pause (autosave), ==, 400);
  pw_plan_set_title (plan, NEW_TITLE);
  {
    gint64 start = g_get_monotonic_time ();
    gint64 took;

    g_assert_true (pw_autosave_flush (autosave));
    took = g_get_monotonic_time () - start;
    g_assert_cmpuint (pw_autosave_get_pause (autosave), >=, 400);
    g_assert_cmpuint (pw_autosave_get_pause (autosave), <=, pw_autosave_pause_for (took));
  }
}

static void
test_draft_saved_removes (void)
{
  g_autoptr(GFile) file = copy_sample ();
  g_autoptr(PwPlan) plan = pw_plan_load (file, NULL);
  g_autoptr(PwAutosave) autosave = pw_autosave_new (plan);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  empty_folder ();
  pw_autosave_set_files (autosave, file, NULL);
  pw_plan_set_title (plan, NEW_TITLE);
  g_assert_true (pw_autosave_flush (autosave));
  g_assert_cmpuint (count_suffix (".plan"), ==, 1);

  g_assert_true (pw_plan_save (plan, file, &error));
  g_assert_no_error (error);
  pw_history_set_unmodified (pw_plan_get_history (plan));
  listing = folder_listing ();
  g_assert_cmpstr (listing, ==, "");
}

/* A live draft, this process's, is nobody's orphan; let go of without
 * being discarded (the process ending), it is. */
static void
test_draft_live_not_claimed (void)
{
  g_autoptr(GFile) file = copy_sample ();
  g_autoptr(PwPlan) plan = pw_plan_load (file, NULL);
  PwAutosave *autosave = pw_autosave_new (plan);
  g_autoptr(GPtrArray) live = NULL;
  g_autoptr(GPtrArray) orphans = NULL;

  empty_folder ();
  pw_autosave_set_files (autosave, file, NULL);
  pw_plan_set_title (plan, NEW_TITLE);
  g_assert_true (pw_autosave_flush (autosave));

  live = pw_draft_claim_orphans ();
  g_assert_cmpuint (live->len, ==, 0);
  g_assert_cmpuint (count_suffix (".plan"), ==, 1);

  g_object_unref (autosave);
  orphans = pw_draft_claim_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  pw_draft_discard (orphans->pdata[0]);
  g_assert_cmpuint (count_suffix (".plan"), ==, 0);
}

/* In the child process: a change, its draft, and the process killed. */
static void
killed_child (void)
{
  const char *path = g_getenv ("PW_TEST_DRAFT_PLAN");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwPlan) plan = pw_plan_load (file, NULL);
  PwAutosave *autosave = pw_autosave_new (plan);

  pw_autosave_set_files (autosave, file, NULL);
  pw_plan_set_title (plan, NEW_TITLE);
  wait_ms (PW_AUTOSAVE_IDLE_MS + 1500);
  raise (SIGKILL);
}

static void
killed_parent (void)
{
  g_autoptr(GFile) file = copy_sample ();
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *before = file_contents (file);
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(PwPlan) recovered = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  PwDraft *draft;

  empty_folder ();
  g_setenv ("PW_TEST_DRAFT_PLAN", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  orphans = pw_draft_claim_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  draft = orphans->pdata[0];
  g_assert_true (g_file_equal (pw_draft_get_file (draft), file));
  g_assert_null (pw_draft_get_source (draft));
  g_assert_cmpstr (pw_draft_get_title (draft), ==, NEW_TITLE);
  /* written within the last minute */
  g_assert_cmpint (g_date_time_difference (now, pw_draft_get_time (draft)), <, 60 * G_USEC_PER_SEC);
  recovered = pw_draft_load (draft, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_plan_get_title (recovered), ==, NEW_TITLE);
  /* the rest of the plan is there: the sample's 31 indicators */
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (recovered)), ==, 31);
  after = file_contents (file);
  g_assert_cmpstr (after, ==, before);

  /* claimed: a second look (another window, another instance) finds none */
  again = pw_draft_claim_orphans ();
  g_assert_cmpuint (again->len, ==, 0);

  pw_draft_discard (draft);
  listing = folder_listing ();
  g_assert_cmpstr (listing, ==, "");
}

static void
test_draft_killed (void)
{
  if (g_test_subprocess ())
    killed_child ();
  else
    killed_parent ();
}

/* What a kill during the first write leaves: a .ini without its plan, a
 * half-written temporary file. */
static void
test_draft_leftovers (void)
{
  g_autofree char *folder = pw_draft_get_folder ();
  g_autofree char *ini = g_build_filename (folder, "0123.ini", NULL);
  g_autofree char *temp = g_build_filename (folder, "4567.plan.AB12CD", NULL);
  g_autofree char *lock = g_build_filename (folder, "4567.lock", NULL);
  g_autoptr(GPtrArray) orphans = NULL;
  g_autofree char *listing = NULL;

  empty_folder ();
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (ini, "[Draft]\nTitle=x\n", -1, NULL));
  g_assert_true (g_file_set_contents (temp, "<plan", -1, NULL));
  g_assert_true (g_file_set_contents (lock, "", -1, NULL));

  orphans = pw_draft_claim_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);
  listing = folder_listing ();
  g_assert_cmpstr (listing, ==, "");
}

/* A draft of a plan imported and never saved keeps its document. */
static void
test_draft_untitled (void)
{
  g_autoptr(GFile) source = g_file_new_for_path ("/tmp/规划纲要.txt");
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwAutosave *autosave = pw_autosave_new (plan);
  g_autoptr(GPtrArray) orphans = NULL;
  PwDraft *draft;

  empty_folder ();
  pw_autosave_set_files (autosave, NULL, source);
  pw_plan_set_title (plan, "某市规划");
  g_assert_true (pw_autosave_flush (autosave));
  g_object_unref (autosave);

  orphans = pw_draft_claim_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  draft = orphans->pdata[0];
  g_assert_null (pw_draft_get_file (draft));
  g_assert_true (g_file_equal (pw_draft_get_source (draft), source));
  g_assert_cmpstr (pw_draft_get_title (draft), ==, "某市规划");
  pw_draft_discard (draft);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* drafts go to a folder of the test's, shared with its child processes */
  if (g_getenv ("PW_TEST_DRAFT_STATE") == NULL)
    {
      g_autofree char *temp = pw_test_temp_dir ();
      g_autofree char *state = g_build_filename (temp, "state", NULL);

      g_setenv ("PW_TEST_DRAFT_STATE", state, TRUE);
    }
  g_setenv ("XDG_STATE_HOME", g_getenv ("PW_TEST_DRAFT_STATE"), TRUE);

  g_test_add_func ("/pw/draft/autosave-after-pause", test_draft_autosave_after_pause);
  g_test_add_func ("/pw/draft/pause-follows-write", test_draft_pause_follows_write);
  g_test_add_func ("/pw/draft/saved-removes", test_draft_saved_removes);
  g_test_add_func ("/pw/draft/live-not-claimed", test_draft_live_not_claimed);
  g_test_add_func ("/pw/draft/killed", test_draft_killed);
  g_test_add_func ("/pw/draft/leftovers", test_draft_leftovers);
  g_test_add_func ("/pw/draft/untitled", test_draft_untitled);

  return g_test_run ();
}
