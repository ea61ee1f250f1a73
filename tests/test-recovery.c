/* test-recovery.c: nothing typed is lost: a window killed with unsaved
 * edits gives them back when the program starts again, and a file changed
 * by another program is never overwritten without asking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The killed window is another process: this program run again
 * (PW_TEST_RECOVERY_CHILD names the plan it edits), which types an edit into
 * the grid, waits for its draft and says so; the test kills it with SIGKILL
 * and starts the application here, as a user would start it again. The
 * child /pw/recovery/child-open types without pressing Enter: the cell is
 * still open when it is killed.
 *
 * With PW_TEST_SCREENSHOTS=FOLDER the banners are saved there as PNG files,
 * in the language of LANG with the translations of PW_LOCALEDIR (the
 * assertions on the banners' words hold in English only).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <signal.h>
#include <string.h>

#include "pw-application.h"
#include "pw-chapter-page.h"
#include "pw-compare.h"
#include "pw-draft.h"
#include "pw-indicator-grid.h"
#include "pw-overview-page.h"
#include "pw-plan-file.h"
#include "pw-project-list.h"
#include "pw-prose-view.h"
#include "pw-test-ui.h"
#include "pw-test-util.h"
#include "pw-window.h"

/* 养老机构护理型床位占比: 40% → 55% in the sample (its table in the seed) */
#define INDICATOR "养老机构护理型床位占比"
#define TARGET_BEFORE "55%"
#define TARGET_TYPED "48%"
#define TARGET_OTHER "60%"

/* Auxiliary methods */

static char *
copy_sample (const char *name)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autofree char *temp = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (temp, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_steal_pointer (&path);
}

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* The target of INDICATOR in the plan of the file at @path. */
static char *
target_in_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_plan_load (file, &error);

  g_assert_no_error (error);
  return g_strdup (pw_value_get_text (pw_indicator_get_target (pw_test_find_indicator (plan, INDICATOR))));
}

static const char *
target_in_window (PwWindow *window)
{
  return pw_value_get_text (pw_indicator_get_target (pw_test_find_indicator (pw_window_get_plan (window), INDICATOR)));
}

static guint
count_drafts (void)
{
  g_autofree char *folder = pw_draft_get_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".plan");
  return n;
}

/* The path of the one draft. */
static char *
find_draft (void)
{
  g_autofree char *folder = pw_draft_get_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".plan"))
      return g_build_filename (folder, name, NULL);
  g_assert_not_reached ();
}

/* The button of @widget's tree that activates @action. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Clicks the button of @window's banner for @action. */
static void
click (PwWindow   *window,
       const char *action)
{
  GtkWidget *button = find_button (GTK_WIDGET (window), action);

  pw_test_ui_wait_ms (300);   /* the banner slides in */
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  /* what a click emits (activate would wait for its press animation) */
  g_signal_emit_by_name (button, "clicked");
  pw_test_ui_iterate ();
}

static gboolean
banner_shown (PwWindow   *window,
              const char *revealer)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, revealer)));
}

static const char *
banner_text (PwWindow   *window,
             const char *label)
{
  return gtk_label_get_label (GTK_LABEL (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, label)));
}

/* Waits up to @seconds for @revealer to show. */
static gboolean
wait_for_banner (PwWindow   *window,
                 const char *revealer,
                 guint       seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!banner_shown (window, revealer) && g_get_monotonic_time () < end)
    pw_test_ui_wait_ms (50);
  return banner_shown (window, revealer);
}

static void
screenshot (PwWindow   *window,
            const char *name)
{
  const char *folder = g_getenv ("PW_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (folder == NULL)
    return;

  pw_test_ui_wait_ms (400);   /* the revealer's animation */
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s.png", folder, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Another program saves the file, atomically, with INDICATOR's target
 * @target: a new file renamed over it. */
static void
change_on_disk (const char *path,
                const char *target)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwPlan) plan = pw_plan_load (file, NULL);
  g_autoptr(PwValue) value = pw_value_new (target);
  g_autoptr(GBytes) bytes = NULL;

  pw_indicator_set_target (pw_test_find_indicator (plan, INDICATOR), value);
  bytes = pw_plan_to_bytes (plan, NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
}

/* Opens INDICATOR's target cell of @window's grid with F2 and types
 * TARGET_TYPED in it, without Enter: the grid. */
static PwIndicatorGrid *
type_in_target (PwWindow *window)
{
  PwIndicatorGrid *grid = PW_INDICATOR_GRID (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid"));
  GtkEditable *editor;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  pw_test_ui_iterate ();
  pw_indicator_grid_set_cursor (grid, pw_test_ui_find_row (grid, INDICATOR),
                                pw_indicator_grid_find_column (grid, "target"));
  /* the grid scrolls to the cell first: F2 on a cell not yet in sight
   * makes an editor that is not shown and cannot take the focus */
  pw_test_ui_settle ();
  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (grid), GDK_KEY_F2, 0));
  editor = pw_indicator_grid_get_editor (grid);
  g_assert_nonnull (editor);
  /* the row is shown (scrolled to at the list's next frame) before a user
   * can type in it */
  for (int i = 0; i < 100 && pw_indicator_grid_get_editor (grid) == editor &&
                  !gtk_widget_get_mapped (GTK_WIDGET (editor)); i++)
    pw_test_ui_wait_ms (50);
  /* the editor has the focus, as when a user types in it */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (editor)) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (editor));
  gtk_editable_set_text (editor, TARGET_TYPED);
  return grid;
}

/* Waits up to 20 s for the draft. */
static void
wait_for_draft (void)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (count_drafts () == 0 && g_get_monotonic_time () < end)
    pw_test_ui_wait_ms (100);
  g_assert_cmpuint (count_drafts (), ==, 1);
}

/* In the child: type TARGET_TYPED into INDICATOR's target cell as a user
 * does (and press Enter, unless @open), wait for the draft, say "drafted",
 * and wait to be killed. */
static void
run_child (gboolean open)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("PW_TEST_RECOVERY_CHILD"));
  PwWindow *window = pw_test_ui_open_window (NULL, file);
  PwIndicatorGrid *grid = type_in_target (window);

  if (!open)
    {
      g_assert_true (pw_test_ui_press_key (GTK_WIDGET (grid), GDK_KEY_Return, 0));
      g_assert_cmpstr (target_in_window (window), ==, TARGET_TYPED);
    }

  wait_for_draft ();
  if (open)
    /* the cell is still being edited */
    g_assert_nonnull (pw_indicator_grid_get_editor (grid));

  g_print ("drafted\n");
  fflush (stdout);
  for (;;)
    pw_test_ui_wait_ms (1000);
}

/* What the child /pw/recovery/child-typed types where
 * PW_TEST_RECOVERY_WHERE says: the target cell of the grid, the lead unit
 * of a project of the third chapter's 专栏, or the text of that chapter. */
static const char *
typed_text (const char *where)
{
  if (g_strcmp0 (where, "project") == 0)
    return "市妇幼保健院";
  if (g_strcmp0 (where, "prose") == 0)
    return "新增的一句。";
  return TARGET_TYPED;
}

/* In the child: type there without leaving the editor (no Enter, no Tab:
 * the text is not stored yet), say "typed" at once, and wait to be
 * killed. */
static void
test_recovery_child_typed (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("PW_TEST_RECOVERY_CHILD"));
  const char *where = g_getenv ("PW_TEST_RECOVERY_WHERE");
  PwWindow *window = pw_test_ui_open_window (NULL, file);
  GtkWidget *page;

  if (g_strcmp0 (where, "grid") == 0)
    type_in_target (window);
  else
    {
      g_assert_true (pw_window_show_chapter (window, 2));
      pw_test_ui_settle ();
      page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page");
      if (g_strcmp0 (where, "project") == 0)
        {
          PwProjectList *list = PW_PROJECT_LIST (pw_test_ui_find_descendant (page, PW_TYPE_PROJECT_LIST));

          pw_project_list_set_cursor (list, 1, "lead");
          g_assert_true (pw_test_ui_press_key (GTK_WIDGET (list), GDK_KEY_F2, 0));
          g_assert_nonnull (pw_project_list_get_editor (list));
          g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                                 GTK_WIDGET (pw_project_list_get_editor (list))) ||
                         gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (pw_project_list_get_editor (list)));
          gtk_editable_set_text (pw_project_list_get_editor (list), typed_text (where));
        }
      else
        {
          GtkWidget *prose = pw_test_ui_find_descendant (page, PW_TYPE_PROSE_VIEW);
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (prose));
          GtkTextIter end;

          g_assert_true (gtk_widget_grab_focus (prose));
          gtk_text_buffer_get_end_iter (buffer, &end);
          gtk_text_buffer_insert (buffer, &end, typed_text (where), -1);
        }
    }
  /* nothing is drafted yet: the user has only just typed */
  g_assert_cmpuint (count_drafts (), ==, 0);
  g_print ("typed\n");
  fflush (stdout);
  for (;;)
    pw_test_ui_wait_ms (1000);
}

static void
test_recovery_child (void)
{
  run_child (FALSE);
}

static void
test_recovery_child_open (void)
{
  run_child (TRUE);
}

/* Runs the child @test on @path, and kills it (SIGKILL) once it has its
 * draft, or a second after it typed. */
static void
run_and_kill (const char *path,
              const char *test)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GError) error = NULL;
  const char *self = g_getenv ("PW_TEST_RECOVERY_SELF");

  g_assert_nonnull (self);
  g_subprocess_launcher_setenv (launcher, "PW_TEST_RECOVERY_CHILD", path, TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, self, "-p", test, NULL);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  do
    {
      g_clear_pointer (&line, g_free);
      line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  while (line != NULL && !g_str_has_suffix (line, "drafted") && !g_str_has_suffix (line, "typed"));
  g_assert_nonnull (line);
  /* typed a second before the kill, as a user who types and then the
   * machine dies */
  if (g_str_has_suffix (line, "typed"))
    g_usleep (G_USEC_PER_SEC);

  g_subprocess_send_signal (child, SIGKILL);
  g_assert_true (g_subprocess_wait (child, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
}

static void
edit_and_kill (const char *path)
{
  run_and_kill (path, "/pw/recovery/child");
}

/* The application started again, as by a user: the window it offers the
 * draft in. */
static PwWindow *
start_again (PwApplication *app)
{
  g_autoptr(GError) error = NULL;
  GList *windows;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  pw_test_ui_iterate ();

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  pw_test_ui_wait_mapped (windows->data);
  return windows->data;
}

static void
close_all (PwApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  pw_test_ui_iterate ();
}

/* Tests */

static void
test_recovery_recover (void)
{
  g_autofree char *path = copy_sample ("recover.plan");
  g_autofree char *before = read_text (path);
  g_autofree char *after = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(PwApplication) app = pw_application_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PwWindow *window;
  const char *text;

  pw_test_ui_discard_drafts ();
  edit_and_kill (path);

  /* the user's file was not touched; the edit is in a draft */
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_drafts (), ==, 1);

  window = start_again (app);
  g_assert_true (g_file_equal (pw_window_get_file (window), file));
  g_assert_true (banner_shown (window, "recovery_revealer"));
  screenshot (window, "recovery-banner");
  text = banner_text (window, "recovery_label");
  /* what the draft changes in the file: one change, the target typed */
  g_assert_nonnull (strstr (text, "1 change to the file"));
  g_assert_nonnull (strstr (text, INDICATOR));
  g_assert_nonnull (strstr (text, TARGET_BEFORE " → " TARGET_TYPED));
  /* until the user chooses, the window shows the file */
  g_assert_cmpstr (target_in_window (window), ==, TARGET_BEFORE);

  click (window, "win.recover-draft");
  g_assert_false (banner_shown (window, "recovery_revealer"));
  g_assert_cmpstr (target_in_window (window), ==, TARGET_TYPED);
  /* recovered, not saved: marked so, and the draft is kept meanwhile */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_cmpuint (count_drafts (), ==, 1);

  /* Save writes it to the file, and the draft goes */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  pw_test_ui_iterate ();
  g_assert_null (pw_test_ui_find_dialog_for (GTK_WINDOW (window)));
  saved = target_in_file (path);
  g_assert_cmpstr (saved, ==, TARGET_TYPED);
  g_assert_cmpuint (count_drafts (), ==, 0);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  close_all (app);
}

static void
test_recovery_discard (void)
{
  g_autofree char *path = copy_sample ("discard.plan");
  g_autofree char *before = read_text (path);
  g_autofree char *after = NULL;
  g_autoptr(PwApplication) app = pw_application_new ();
  g_autoptr(GPtrArray) orphans = NULL;
  PwWindow *window;

  pw_test_ui_discard_drafts ();
  edit_and_kill (path);
  g_assert_cmpuint (count_drafts (), ==, 1);

  window = start_again (app);
  g_assert_true (banner_shown (window, "recovery_revealer"));
  click (window, "win.discard-draft");
  g_assert_false (banner_shown (window, "recovery_revealer"));
  g_assert_cmpstr (target_in_window (window), ==, TARGET_BEFORE);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_cmpuint (count_drafts (), ==, 0);
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  close_all (app);

  /* and next time there is nothing to offer */
  orphans = pw_draft_claim_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);
}

/* Started with a file while the draft of a plan never saved is left: the
 * draft is offered in a window of its own, which Discard closes, leaving the
 * window of the file. */
static void
test_recovery_discard_unsaved (void)
{
  g_autofree char *path = copy_sample ("started.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwApplication) app = pw_application_new ();
  g_autoptr(GError) error = NULL;
  GList *windows;
  PwWindow *offering = NULL;

  pw_test_ui_discard_drafts ();
  {
    g_autoptr(PwPlan) plan = pw_plan_load (file, &error);
    g_autoptr(PwDraft) draft = pw_draft_new (NULL, NULL);

    g_assert_no_error (error);
    g_assert_true (pw_draft_write (draft, plan, &error));
    g_assert_no_error (error);
    /* let go of: its lock, as a killed program's */
  }
  g_assert_cmpuint (count_drafts (), ==, 1);

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_open (G_APPLICATION (app), &file, 1, "");
  pw_test_ui_iterate ();

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  for (GList *l = windows; l != NULL; l = l->next)
    if (pw_window_get_plan (l->data) == NULL)
      offering = l->data;
  g_assert_nonnull (offering);
  pw_test_ui_wait_mapped (GTK_WIDGET (offering));
  g_assert_true (banner_shown (offering, "recovery_revealer"));

  click (offering, "win.discard-draft");
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (g_file_equal (pw_window_get_file (windows->data), file));
  g_assert_cmpuint (count_drafts (), ==, 0);
  close_all (app);
}

/* Killed while a cell is still being edited (typed in, no Enter): what was
 * typed is in the draft and comes back. */
static void
test_recovery_open_cell (void)
{
  g_autofree char *path = copy_sample ("open-cell.plan");
  g_autofree char *before = read_text (path);
  g_autofree char *after = NULL;
  g_autoptr(PwApplication) app = pw_application_new ();
  PwWindow *window;

  pw_test_ui_discard_drafts ();
  run_and_kill (path, "/pw/recovery/child-open");
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_drafts (), ==, 1);

  window = start_again (app);
  g_assert_true (banner_shown (window, "recovery_revealer"));
  g_assert_nonnull (strstr (banner_text (window, "recovery_label"), TARGET_BEFORE " → " TARGET_TYPED));
  g_assert_cmpstr (target_in_window (window), ==, TARGET_BEFORE);
  click (window, "win.recover-draft");
  g_assert_cmpstr (target_in_window (window), ==, TARGET_TYPED);

  close_all (app);
  pw_test_ui_discard_drafts ();
}

/* Killed a second after typing, the text still in its editor (a cell of
 * the grid, a cell of a project list, a chapter's text): what was typed is
 * in the draft, is offered on the next start and comes back. */
static void
killed_after_typing (const char *where)
{
  g_autofree char *path = copy_sample ("typed.plan");
  g_autofree char *before = read_text (path);
  g_autofree char *after = NULL;
  g_autofree char *draft = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) draft_file = NULL;
  g_autoptr(PwPlan) original = NULL;
  g_autoptr(PwPlan) drafted = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GListModel) recovered = NULL;
  g_autoptr(PwApplication) app = pw_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PwChange) change = NULL;
  g_autofree char *description = NULL;
  PwWindow *window;

  pw_test_ui_discard_drafts ();
  g_setenv ("PW_TEST_RECOVERY_WHERE", where, TRUE);
  run_and_kill (path, "/pw/recovery/child-typed");
  g_unsetenv ("PW_TEST_RECOVERY_WHERE");
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_drafts (), ==, 1);

  /* the draft is the file with the one change typed */
  draft = find_draft ();
  draft_file = g_file_new_for_path (draft);
  original = pw_plan_load (file, &error);
  g_assert_no_error (error);
  drafted = pw_plan_load (draft_file, &error);
  g_assert_no_error (error);
  changes = pw_plan_compare (original, drafted);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
  change = g_list_model_get_item (changes, 0);
  description = pw_change_to_string (change);
  if (strstr (description, typed_text (where)) == NULL)
    g_error ("the draft's change “%s” lacks what was typed, “%s”", description, typed_text (where));

  /* offered on the next start, and recovered */
  window = start_again (app);
  g_assert_true (banner_shown (window, "recovery_revealer"));
  g_assert_nonnull (strstr (banner_text (window, "recovery_label"), "1 change to the file"));
  click (window, "win.recover-draft");
  recovered = pw_plan_compare (original, pw_window_get_plan (window));
  g_assert_cmpuint (g_list_model_get_n_items (recovered), ==, 1);

  close_all (app);
  pw_test_ui_discard_drafts ();
}

static void
test_recovery_typed_cell (void)
{
  killed_after_typing ("grid");
}

static void
test_recovery_typed_project (void)
{
  killed_after_typing ("project");
}

static void
test_recovery_typed_prose (void)
{
  killed_after_typing ("prose");
}

/* The text of an open cell kept for the draft leaves the cell open, and
 * Escape still puts back what the cell held. */
static void
test_recovery_open_cell_escape (void)
{
  g_autofree char *path = copy_sample ("open-escape.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PwWindow *window;
  PwIndicatorGrid *grid;
  g_autofree char *draft = NULL;
  g_autofree char *drafted = NULL;

  pw_test_ui_discard_drafts ();
  window = pw_test_ui_open_window (NULL, file);
  grid = type_in_target (window);
  wait_for_draft ();

  /* the editor is open with the text typed, which the draft holds */
  g_assert_nonnull (pw_indicator_grid_get_editor (grid));
  g_assert_cmpstr (gtk_editable_get_text (pw_indicator_grid_get_editor (grid)), ==, TARGET_TYPED);
  draft = find_draft ();
  drafted = target_in_file (draft);
  g_assert_cmpstr (drafted, ==, TARGET_TYPED);

  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (grid), GDK_KEY_Escape, 0));
  pw_test_ui_iterate ();
  g_assert_null (pw_indicator_grid_get_editor (grid));
  g_assert_cmpstr (target_in_window (window), ==, TARGET_BEFORE);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_iterate ();
  pw_test_ui_discard_drafts ();
}

/* The same in a cell of a project list: the draft holds the lead unit
 * typed while the cell is open, and Escape puts back the one before. */
static void
test_recovery_open_project_escape (void)
{
  g_autofree char *path = copy_sample ("open-project.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) draft_file = NULL;
  g_autoptr(PwPlan) drafted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *lead_before = NULL;
  PwWindow *window;
  PwProjectList *list;
  PwProject *project;

  pw_test_ui_discard_drafts ();
  window = pw_test_ui_open_window (NULL, file);
  g_assert_true (pw_window_show_chapter (window, 2));
  pw_test_ui_settle ();
  list = PW_PROJECT_LIST (pw_test_ui_find_descendant (
      pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page"), PW_TYPE_PROJECT_LIST));
  project = g_list_model_get_item (pw_box_get_projects (pw_project_list_get_box (list)), 1);
  g_object_unref (project);
  lead_before = g_strdup (pw_project_get_lead (project));
  pw_project_list_set_cursor (list, 1, "lead");
  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (list), GDK_KEY_F2, 0));
  gtk_editable_set_text (pw_project_list_get_editor (list), typed_text ("project"));
  wait_for_draft ();

  /* the editor is still open with the text typed, which the draft holds */
  g_assert_nonnull (pw_project_list_get_editor (list));
  g_assert_cmpstr (gtk_editable_get_text (pw_project_list_get_editor (list)), ==, typed_text ("project"));
  draft = find_draft ();
  draft_file = g_file_new_for_path (draft);
  drafted = pw_plan_load (draft_file, &error);
  g_assert_no_error (error);
  {
    g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (drafted), 2);
    g_autoptr(PwBox) box = g_list_model_get_item (pw_chapter_get_boxes (chapter), 0);
    g_autoptr(PwProject) in_draft = g_list_model_get_item (pw_box_get_projects (box), 1);

    g_assert_cmpstr (pw_project_get_lead (in_draft), ==, typed_text ("project"));
  }

  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (list), GDK_KEY_Escape, 0));
  pw_test_ui_iterate ();
  g_assert_null (pw_project_list_get_editor (list));
  g_assert_cmpstr (pw_project_get_lead (project), ==, lead_before);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_iterate ();
  pw_test_ui_discard_drafts ();
}

/* The same for a field of the overview: typed in, not left, and the draft
 * holds it while the field keeps the focus and the text. */
static void
test_recovery_open_field (void)
{
  g_autofree char *path = copy_sample ("open-field.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) draft_file = NULL;
  g_autoptr(PwPlan) drafted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  const char *title = "某市“十五五”规划（草稿）";
  PwWindow *window;
  GtkWidget *page;
  GtkWidget *entry;

  pw_test_ui_discard_drafts ();
  window = pw_test_ui_open_window (NULL, file);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");
  pw_test_ui_iterate ();
  page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "overview_page");
  entry = pw_test_ui_template_child (page, PW_TYPE_OVERVIEW_PAGE, "title_entry");
  g_assert_true (gtk_widget_grab_focus (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  wait_for_draft ();

  draft = find_draft ();
  draft_file = g_file_new_for_path (draft);
  drafted = pw_plan_load (draft_file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_plan_get_title (drafted), ==, title);
  /* the field still has the focus and the text typed */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, title);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_iterate ();
  pw_test_ui_discard_drafts ();
}

/* Closing a window with an offered draft unanswered keeps the draft for
 * next time. */
static void
test_recovery_unanswered (void)
{
  g_autofree char *path = copy_sample ("unanswered.plan");
  g_autoptr(PwApplication) app = pw_application_new ();
  g_autoptr(GPtrArray) orphans = NULL;
  PwWindow *window;

  pw_test_ui_discard_drafts ();
  edit_and_kill (path);

  window = start_again (app);
  g_assert_true (banner_shown (window, "recovery_revealer"));
  gtk_window_close (GTK_WINDOW (window));
  pw_test_ui_iterate ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_assert_cmpuint (count_drafts (), ==, 1);
  orphans = pw_draft_claim_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  pw_draft_discard (orphans->pdata[0]);
}

/* Another program saves the file: the banner, and Reload shows its version. */
static void
test_recovery_external_reload (void)
{
  g_autofree char *path = copy_sample ("external.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PwWindow *window = pw_test_ui_open_window (NULL, file);

  g_assert_false (banner_shown (window, "disk_revealer"));
  /* the window's own save is no change by another program */
  g_assert_true (pw_window_save (window, NULL, NULL));
  pw_test_ui_wait_ms (1000);
  g_assert_false (banner_shown (window, "disk_revealer"));

  change_on_disk (path, TARGET_OTHER);
  g_assert_true (wait_for_banner (window, "disk_revealer", 10));
  screenshot (window, "external-change-banner");
  g_assert_nonnull (strstr (banner_text (window, "disk_label"), "external.plan"));
  g_assert_nonnull (strstr (banner_text (window, "disk_label"), "changed by another program"));
  g_assert_cmpstr (target_in_window (window), ==, TARGET_BEFORE);

  click (window, "win.reload");
  g_assert_false (banner_shown (window, "disk_revealer"));
  g_assert_cmpstr (target_in_window (window), ==, TARGET_OTHER);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* With unsaved edits: saving over the other program's version asks; Cancel
 * keeps it, Save Anyway replaces it and keeps it as the backup; Keep Mine
 * answers once for the next save. */
static void
test_recovery_external_save_asks (void)
{
  g_autofree char *path = copy_sample ("asks.plan");
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PwWindow *window = pw_test_ui_open_window (NULL, file);
  g_autoptr(PwValue) typed = pw_value_new (TARGET_TYPED);
  g_autofree char *on_disk = NULL;
  GtkWindow *dialog;

  pw_indicator_set_target (pw_test_find_indicator (pw_window_get_plan (window), INDICATOR), typed);
  change_on_disk (path, TARGET_OTHER);
  g_assert_true (wait_for_banner (window, "disk_revealer", 10));
  g_assert_nonnull (strstr (banner_text (window, "disk_label"), "losing your unsaved changes"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  pw_test_ui_iterate ();
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  {
    g_autofree char *question = NULL;

    g_object_get (dialog, "text", &question, NULL);
    g_assert_nonnull (strstr (question, "“asks.plan” was changed by another program"));
  }
  pw_test_ui_respond (dialog, GTK_RESPONSE_CANCEL);
  on_disk = target_in_file (path);
  g_assert_cmpstr (on_disk, ==, TARGET_OTHER);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  pw_test_ui_iterate ();
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pw_test_ui_respond (dialog, GTK_RESPONSE_ACCEPT);
  g_clear_pointer (&on_disk, g_free);
  on_disk = target_in_file (path);
  g_assert_cmpstr (on_disk, ==, TARGET_TYPED);
  g_clear_pointer (&on_disk, g_free);
  on_disk = target_in_file (backup);
  g_assert_cmpstr (on_disk, ==, TARGET_OTHER);

  /* once more, answered in the banner: Keep Mine, then Save does not ask */
  pw_test_ui_wait_ms (1000);
  g_assert_false (banner_shown (window, "disk_revealer"));
  change_on_disk (path, TARGET_OTHER);
  g_assert_true (wait_for_banner (window, "disk_revealer", 10));
  click (window, "win.keep-mine");
  g_assert_false (banner_shown (window, "disk_revealer"));
  pw_indicator_set_target (pw_test_find_indicator (pw_window_get_plan (window), INDICATOR), typed);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  pw_test_ui_iterate ();
  g_assert_null (pw_test_ui_find_dialog_for (GTK_WINDOW (window)));
  g_clear_pointer (&on_disk, g_free);
  on_disk = target_in_file (path);
  g_assert_cmpstr (on_disk, ==, TARGET_TYPED);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self = g_canonicalize_filename (argv[0], NULL);
  gboolean child = g_getenv ("PW_TEST_RECOVERY_CHILD") != NULL;

  /* drafts in a folder of this test's, which its children share */
  if (!child)
    {
      g_autofree char *temp = pw_test_temp_dir ();
      g_autofree char *state = g_build_filename (temp, "state", NULL);

      g_setenv ("XDG_STATE_HOME", state, TRUE);
      g_setenv ("PW_TEST_RECOVERY_SELF", self, TRUE);
    }

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  if (g_getenv ("PW_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PW_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  if (child)
    {
      g_test_add_func ("/pw/recovery/child", test_recovery_child);
      g_test_add_func ("/pw/recovery/child-open", test_recovery_child_open);
      g_test_add_func ("/pw/recovery/child-typed", test_recovery_child_typed);
      return g_test_run ();
    }

  g_test_add_func ("/pw/recovery/recover", test_recovery_recover);
  g_test_add_func ("/pw/recovery/discard", test_recovery_discard);
  g_test_add_func ("/pw/recovery/discard-unsaved", test_recovery_discard_unsaved);
  g_test_add_func ("/pw/recovery/open-cell", test_recovery_open_cell);
  g_test_add_func ("/pw/recovery/open-cell-escape", test_recovery_open_cell_escape);
  g_test_add_func ("/pw/recovery/typed-cell", test_recovery_typed_cell);
  g_test_add_func ("/pw/recovery/typed-project", test_recovery_typed_project);
  g_test_add_func ("/pw/recovery/typed-prose", test_recovery_typed_prose);
  g_test_add_func ("/pw/recovery/open-project-escape", test_recovery_open_project_escape);
  g_test_add_func ("/pw/recovery/open-field", test_recovery_open_field);
  g_test_add_func ("/pw/recovery/unanswered", test_recovery_unanswered);
  g_test_add_func ("/pw/recovery/external-reload", test_recovery_external_reload);
  g_test_add_func ("/pw/recovery/external-save-asks", test_recovery_external_save_asks);

  return g_test_run ();
}
