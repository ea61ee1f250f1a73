/* test-outline.c: editing the outline in the window, by keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keys are dispatched as GTK dispatches them: from the focused widget up,
 * to the first shortcut whose trigger is the key (pw-test-ui.c). The
 * pointer (a right click, a drag) is xdotool's, under Xvfb.
 */

#include "config.h"

#include <string.h>

#include <gdk/x11/gdkx.h>

#include "pw-application.h"
#include "pw-chapter-page.h"
#include "pw-importer.h"
#include "pw-indicator-grid.h"
#include "pw-outline.h"
#include "pw-outline-chooser.h"
#include "pw-outline-row.h"
#include "pw-plan-edit.h"
#include "pw-plan-file.h"
#include "pw-plan-template.h"
#include "pw-project-list.h"
#include "pw-property-entry.h"
#include "pw-prose-view.h"
#include "pw-section-view.h"
#include "pw-target-dialog.h"
#include "pw-test-schema.h"
#include "pw-test-ui.h"
#include "pw-test-util.h"

static gpointer
nth (GListModel *list,
     guint       i)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, i);

  return item;
}

static guint
n_of (GListModel *list)
{
  return g_list_model_get_n_items (list);
}

static GtkWidget *
focus_of (GtkWidget *widget)
{
  return gtk_root_get_focus (gtk_widget_get_root (widget));
}

/* Types @text into the entry that has the focus and presses Enter. */
static void
type_and_enter (GtkWidget  *widget,
                const char *text)
{
  GtkWidget *focus = focus_of (widget);

  /* the focus is in the entry's text */
  while (focus != NULL && !GTK_IS_ENTRY (focus))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
  gtk_editable_set_text (GTK_EDITABLE (focus), text);
  g_signal_emit_by_name (focus, "activate");
  pw_test_ui_settle ();
}

static PwOutline *
outline_of (PwWindow *window)
{
  return PW_OUTLINE (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "outline"));
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static void
focus_outline (PwOutline *outline)
{
  GtkWidget *view = find_type (GTK_WIDGET (outline), GTK_TYPE_LIST_VIEW);

  g_assert_nonnull (view);
  gtk_widget_grab_focus (view);
  pw_test_ui_settle ();
}

static char *
headings_of (GListModel *list)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_of (list); i++)
    {
      g_autofree char *title = NULL;
      int number = 0;

      g_object_get (nth (list, i), "title", &title, "number", &number, NULL);
      g_string_append_printf (out, "%s%d%s", i > 0 ? " " : "", number, title ? title : "");
    }
  return g_string_free (out, FALSE);
}

#define assert_headings(list, expected) \
  G_STMT_START { g_autofree char *got_ = headings_of (list); g_assert_cmpstr (got_, ==, expected); } G_STMT_END

/* The list of @box's projects on the chapter page. */
static PwProjectList *
list_of_box (GtkWidget *widget,
             PwBox     *box)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      PwProjectList *found;

      if (PW_IS_PROJECT_LIST (child) && pw_project_list_get_box (PW_PROJECT_LIST (child)) == box)
        return PW_PROJECT_LIST (child);
      if ((found = list_of_box (child, box)) != NULL)
        return found;
    }
  return NULL;
}

/* The first widget under @widget whose action is @action (a button). */
static GtkWidget *
find_action_widget (GtkWidget  *widget,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_action_widget (child, action)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < n_of (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* A key pressed where the focus of @window is, as GTK dispatches it to the
 * shortcuts: the application's accelerators (Ctrl+S), the window's and the
 * widgets' keys. */
static gboolean
press (GtkWindow       *window,
       guint            keyval,
       GdkModifierType  state)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return pw_test_ui_press_shortcut (focus != NULL ? focus : GTK_WIDGET (window), keyval, state);
}

/* Tab until the focus is in @widget, as a user reaches the sidebar: what
 * the window's Tab does (its shortcut, of two keys, Tab and KP_Tab, is
 * not one press_shortcut() can match). */
static void
tab_to (GtkWindow *window,
        GtkWidget *widget)
{
  for (guint i = 0; i < 40; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
        return;
      g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
      pw_test_ui_settle ();
    }
  g_error ("Tab never reached the %s", G_OBJECT_TYPE_NAME (widget));
}

/* The name @text typed into the cell a new row of a project list or of the
 * grid opened (the focus is in its editor), then Enter. */
static void
type_in_cell (GtkWindow  *window,
              GtkWidget  *list,
              const char *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  while (focus != NULL && !GTK_IS_EDITABLE (focus))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, list));
  gtk_editable_set_text (GTK_EDITABLE (focus), text);
  g_assert_true (pw_test_ui_press_key (list, GDK_KEY_Return, 0));
}

/* From an empty window, by keyboard alone: Ctrl+N and Enter; two parts,
 * three chapters, sections, a 专栏 with two projects and an indicator, each
 * named as it is made; Ctrl+S, the name typed in the Save dialog and Enter.
 * The file written validates against data/plan.rng and holds what was
 * typed (counted and named here by hand). */
static void
test_outline_keyboard_plan (void)
{
  g_autoptr(PwApplication) app = pw_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "drafted.plan", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *invalid = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) loaded = NULL;
  GtkWindow *window;
  GtkWindow *dialog;
  GtkWidget *outline;
  GtkWidget *page;
  GtkWidget *grid;
  GtkWidget *focus;
  GtkWidget *add_project;
  PwProjectList *list;
  PwChapter *tasks;
  PwBox *box;
  gint64 deadline;
  gsize length;

  /* the Save dialog opens where the last file went */
  g_settings_set_string (settings, "last-folder", dir);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  pw_test_ui_discard_drafts ();
  window = GTK_WINDOW (pw_window_new (app));
  gtk_window_present (window);
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  g_assert_null (pw_window_get_plan (PW_WINDOW (window)));

  /* Ctrl+N: the template chooser; Enter takes an empty plan */
  g_assert_true (press (window, GDK_KEY_n, GDK_CONTROL_MASK));
  dialog = pw_test_ui_find_dialog_for (window);
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  g_assert_true (press (dialog, GDK_KEY_Return, 0));
  /* the button clicks itself a quarter of a second after Enter */
  pw_test_ui_wait_ms (400);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  g_assert_nonnull (pw_window_get_plan (PW_WINDOW (window)));
  g_assert_cmpuint (n_of (pw_plan_get_chapters (pw_window_get_plan (PW_WINDOW (window)))), ==, 0);

  /* the outline, reached with Tab */
  outline = GTK_WIDGET (outline_of (PW_WINDOW (window)));
  tab_to (window, outline);
  g_assert_true (press (window, GDK_KEY_Insert, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  type_and_enter (outline, "发展环境");
  g_assert_true (press (window, GDK_KEY_Insert, GDK_CONTROL_MASK));
  type_and_enter (outline, "发展基础");
  g_assert_true (press (window, GDK_KEY_Insert, 0));
  type_and_enter (outline, "总体要求");
  g_assert_true (press (window, GDK_KEY_Insert, GDK_CONTROL_MASK));
  type_and_enter (outline, "指导思想");
  g_assert_true (press (window, GDK_KEY_Insert, 0));
  type_and_enter (outline, "主要目标");
  /* a part after the one of the selected section's chapter */
  g_assert_true (press (window, GDK_KEY_Insert, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  type_and_enter (outline, "主要任务篇");
  g_assert_true (press (window, GDK_KEY_Insert, GDK_CONTROL_MASK));
  type_and_enter (outline, "主要任务");
  g_assert_true (press (window, GDK_KEY_Insert, GDK_ALT_MASK));
  type_and_enter (outline, "重点工程");
  tasks = nth (pw_plan_get_chapters (pw_window_get_plan (PW_WINDOW (window))), 2);
  box = nth (pw_chapter_get_boxes (tasks), 0);

  /* two projects, in the list of the chapter page the new 专栏 shows: Tab
   * to Add Project and Enter (the list, empty, takes no focus), the name
   * typed in the cell it opens, Enter; then Ctrl+Insert from the list */
  page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page");
  g_assert_true (gtk_widget_is_drawable (page));
  list = list_of_box (page, box);
  g_assert_nonnull (list);
  add_project = find_action_widget (page, "chapter.add-project");
  g_assert_nonnull (add_project);
  tab_to (window, add_project);
  g_assert_true (press (window, GDK_KEY_Return, 0));
  pw_test_ui_wait_ms (400);
  type_in_cell (window, GTK_WIDGET (list), "公共实训基地");
  g_assert_true (press (window, GDK_KEY_Insert, GDK_CONTROL_MASK));
  type_in_cell (window, GTK_WIDGET (list), "零工市场");

  /* an indicator: Alt+2, Ctrl+Insert, its name typed in the cell opened */
  g_assert_true (press (window, GDK_KEY_2, GDK_ALT_MASK));
  grid = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid");
  g_assert_true (gtk_widget_is_drawable (grid));
  g_assert_true (press (window, GDK_KEY_Insert, GDK_CONTROL_MASK));
  type_in_cell (window, grid, "托位数");

  /* Ctrl+S: the Save dialog, in the folder set above; the name typed over
   * the one proposed, Enter */
  g_assert_true (press (window, GDK_KEY_s, GDK_CONTROL_MASK));
  dialog = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (dialog);
  {
    g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
    g_autoptr(GFile) expected = g_file_new_for_path (dir);

    g_assert_true (g_file_equal (folder, expected));
  }
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  while (focus != NULL && !GTK_IS_EDITABLE (focus))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
  gtk_editable_set_text (GTK_EDITABLE (focus), "drafted.plan");
  /* Enter in the name: the dialog checks the folder and the name
   * asynchronously, then answers */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (focus)) != NULL
                         ? G_OBJECT (gtk_editable_get_delegate (GTK_EDITABLE (focus))) : G_OBJECT (focus),
                         "activate");
  deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  while (!g_file_test (path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    pw_test_ui_wait_ms (20);
  pw_test_ui_settle ();
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_false (pw_history_get_modified (pw_plan_get_history (pw_window_get_plan (PW_WINDOW (window)))));

  /* what the file holds: valid, and what was typed */
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  invalid = pw_test_validate_plan (bytes);
  g_assert_null (invalid);
  loaded = pw_plan_load_bytes (bytes, &error);
  g_assert_no_error (error);
  assert_headings (pw_plan_get_parts (loaded), "1发展环境 2主要任务篇");
  assert_headings (pw_plan_get_chapters (loaded), "1发展基础 2总体要求 3主要任务");
  assert_headings (pw_part_get_chapters (nth (pw_plan_get_parts (loaded), 0)), "1发展基础 2总体要求");
  assert_headings (pw_part_get_chapters (nth (pw_plan_get_parts (loaded), 1)), "3主要任务");
  assert_headings (pw_chapter_get_sections (nth (pw_plan_get_chapters (loaded), 0)), "");
  assert_headings (pw_chapter_get_sections (nth (pw_plan_get_chapters (loaded), 1)), "1指导思想 2主要目标");
  assert_headings (pw_chapter_get_boxes (nth (pw_plan_get_chapters (loaded), 2)), "1重点工程");
  {
    GListModel *projects = pw_box_get_projects (nth (pw_chapter_get_boxes (nth (pw_plan_get_chapters (loaded), 2)), 0));

    g_assert_cmpuint (n_of (projects), ==, 2);
    g_assert_cmpstr (pw_project_get_name (nth (projects, 0)), ==, "公共实训基地");
    g_assert_cmpint (pw_project_get_number (nth (projects, 0)), ==, 1);
    g_assert_cmpstr (pw_project_get_name (nth (projects, 1)), ==, "零工市场");
    g_assert_cmpint (pw_project_get_number (nth (projects, 1)), ==, 2);
  }
  g_assert_cmpuint (n_of (pw_plan_get_indicators (loaded)), ==, 1);
  g_assert_cmpstr (pw_indicator_get_name (nth (pw_plan_get_indicators (loaded), 0)), ==, "托位数");

  gtk_window_destroy (window);
  pw_test_ui_settle ();
  pw_test_ui_discard_drafts ();
}

/* What a user adds and names at once (a chapter in the outline, an
 * indicator in the grid, a project in a 专栏's list: the new object's
 * title is typed in the editor the command opened) is one step: one Ctrl+Z
 * takes it away, name and all, and Ctrl+Y brings both back; an edit after
 * that is a step of its own. */
static void
test_outline_add_and_name_one_undo (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  PwHistory *history = pw_plan_get_history (plan);
  GListModel *chapters = pw_plan_get_chapters (plan);
  GListModel *indicators = pw_plan_get_indicators (plan);
  guint n_chapters = n_of (chapters);
  guint n_indicators = n_of (indicators);
  GtkWidget *grid, *page, *list;
  PwBox *box;
  guint n_projects;

  /* a chapter after the first, its title typed */
  g_assert_true (pw_outline_select_object (outline, nth (chapters, 0)));
  focus_outline (outline);
  g_assert_true (press (GTK_WINDOW (window), GDK_KEY_Insert, 0));
  type_and_enter (GTK_WIDGET (outline), "新增的一章");
  g_assert_cmpuint (n_of (chapters), ==, n_chapters + 1);
  g_assert_cmpstr (pw_chapter_get_title (PW_CHAPTER (nth (chapters, 1))), ==, "新增的一章");
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Add Chapter");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pw_test_ui_settle ();
  g_assert_cmpuint (n_of (chapters), ==, n_chapters);
  g_assert_cmpstr (pw_chapter_get_title (PW_CHAPTER (nth (chapters, 1))), !=, "新增的一章");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  pw_test_ui_settle ();
  g_assert_cmpuint (n_of (chapters), ==, n_chapters + 1);
  g_assert_cmpstr (pw_chapter_get_title (PW_CHAPTER (nth (chapters, 1))), ==, "新增的一章");
  /* renamed afterwards: a step of its own */
  g_assert_true (pw_outline_select_object (outline, nth (chapters, 1)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_F2, 0));
  type_and_enter (GTK_WIDGET (outline), "改名的一章");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (pw_chapter_get_title (PW_CHAPTER (nth (chapters, 1))), ==, "新增的一章");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pw_test_ui_settle ();
  g_assert_cmpuint (n_of (chapters), ==, n_chapters);

  /* an indicator: Ctrl+Insert in the grid, its name typed in the cell opened */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  grid = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid");
  pw_test_ui_settle ();
  g_assert_true (gtk_widget_grab_focus (grid));
  g_assert_true (press (GTK_WINDOW (window), GDK_KEY_Insert, GDK_CONTROL_MASK));
  pw_test_ui_settle ();
  type_in_cell (GTK_WINDOW (window), grid, "新增的指标");
  g_assert_cmpuint (n_of (indicators), ==, n_indicators + 1);
  g_assert_nonnull (pw_test_indicator_named (plan, "新增的指标"));
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Add Indicator");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pw_test_ui_settle ();
  g_assert_cmpuint (n_of (indicators), ==, n_indicators);
  g_assert_null (pw_test_indicator_named (plan, "新增的指标"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  pw_test_ui_settle ();
  g_assert_nonnull (pw_test_indicator_named (plan, "新增的指标"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pw_test_ui_settle ();

  /* a project of the third chapter's 专栏, named in the cell opened */
  g_assert_true (pw_window_show_chapter (window, 2));
  pw_test_ui_settle ();
  page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page");
  box = PW_BOX (nth (pw_chapter_get_boxes (PW_CHAPTER (nth (chapters, 2))), 0));
  list = GTK_WIDGET (list_of_box (page, box));
  n_projects = n_of (pw_box_get_projects (box));
  g_assert_true (gtk_widget_activate_action (page, "chapter.add-project", NULL));
  pw_test_ui_settle ();
  type_in_cell (GTK_WINDOW (window), list, "新增的项目");
  g_assert_cmpuint (n_of (pw_box_get_projects (box)), ==, n_projects + 1);
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Add Project");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  pw_test_ui_settle ();
  g_assert_cmpuint (n_of (pw_box_get_projects (box)), ==, n_projects);
  for (guint i = 0; i < n_projects; i++)
    g_assert_cmpstr (pw_project_get_name (PW_PROJECT (nth (pw_box_get_projects (box), i))), !=, "新增的项目");

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_iterate ();
}

/* F2 renames in place; Escape leaves the title as it was; Delete asks
 * when there are indicators; Alt+Up and Alt+Down move; all can be undone. */
static void
test_outline_rename_delete_move (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *chapters = pw_plan_get_chapters (plan);
  g_autoptr(PwChapter) first = g_object_ref (nth (chapters, 0));
  g_autofree char *title = g_strdup (pw_chapter_get_title (first));
  guint n_chapters = n_of (chapters);
  guint n_indicators = 0;
  GtkWindow *dialog;
  PwChapter *with_indicators = NULL;

  g_assert_true (pw_outline_select_object (outline, G_OBJECT (first)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_F2, 0));
  g_assert_true (GTK_IS_TEXT (focus_of (GTK_WIDGET (outline))));
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_parent (focus_of (GTK_WIDGET (outline)))), "不要");
  g_assert_true (pw_test_ui_press_key_to (focus_of (GTK_WIDGET (outline)), GDK_KEY_Escape, 0));
  g_assert_cmpstr (pw_chapter_get_title (first), ==, title);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_F2, 0));
  type_and_enter (GTK_WIDGET (outline), "新的标题");
  g_assert_cmpstr (pw_chapter_get_title (first), ==, "新的标题");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (pw_chapter_get_title (first), ==, title);

  /* down and back up, renumbered each time */
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_true (nth (chapters, 1) == first);
  g_assert_cmpint (pw_chapter_get_number (first), ==, 2);
  {
    g_autoptr(GObject) selected = pw_outline_get_selected (outline);
    g_assert_true (selected == G_OBJECT (first));
  }
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_true (nth (chapters, 0) == first);
  g_assert_cmpint (pw_chapter_get_number (first), ==, 1);

  /* a chapter with indicators: Delete asks */
  for (guint i = 0; i < n_chapters && with_indicators == NULL; i++)
    {
      pw_plan_count_content (plan, nth (chapters, i), &n_indicators, NULL);
      if (n_indicators > 0)
        with_indicators = nth (chapters, i);
    }
  g_assert_nonnull (with_indicators);
  g_assert_true (pw_outline_select_object (outline, G_OBJECT (with_indicators)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Delete, 0));
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pw_test_ui_respond (dialog, GTK_RESPONSE_CANCEL);
  g_assert_cmpuint (n_of (chapters), ==, n_chapters);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Delete, 0));
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  pw_test_ui_respond (dialog, GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (n_of (chapters), ==, n_chapters - 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (n_of (chapters), ==, n_chapters);

  /* the context menu, from the keyboard; closed again (a window destroyed
   * with a menu open leaves GTK's pointer grab behind: the next window's
   * clicks went nowhere) */
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_F10, GDK_SHIFT_MASK));
  pw_test_ui_settle ();
  {
    GtkWidget *menu = find_type (GTK_WIDGET (outline), GTK_TYPE_POPOVER_MENU);

    g_assert_nonnull (menu);
    g_assert_true (gtk_widget_get_mapped (menu));
    gtk_popover_popdown (GTK_POPOVER (menu));
    pw_test_ui_settle ();
  }

  /* read-only: nothing can be edited */
  pw_window_set_read_only (window, TRUE);
  pw_test_ui_settle ();
  focus_outline (outline);
  g_assert_false (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Delete, 0));
  g_assert_cmpuint (n_of (chapters), ==, n_chapters);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

static GtkWidget *
find_prose_view (GtkWidget *widget,
                 GObject   *object)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (PW_IS_PROSE_VIEW (child) && pw_prose_view_get_object (PW_PROSE_VIEW (child)) == object)
        return child;
      if ((found = find_prose_view (child, object)) != NULL)
        return found;
    }
  return NULL;
}

static int
chapter_index (PwPlan     *plan,
               const char *id)
{
  GListModel *chapters = pw_plan_get_chapters (plan);

  for (guint i = 0; i < n_of (chapters); i++)
    if (g_strcmp0 (pw_object_get_id (nth (chapters, i)), id) == 0)
      return (int) i;
  return -1;
}

static const char *
value_text (PwValue *value)
{
  return value != NULL ? pw_value_get_text (value) : NULL;
}

/* Every field of @a equals that of @b: each property that holds a
 * string, a number, an enum, a list of words or a value, by its name; not
 * the id (objects are numbered in the order an import made them) nor the
 * links to other objects, which assert_same_plan() compares by place. */
static void
assert_same_fields (GObject    *a,
                    GObject    *b,
                    const char *where)
{
  guint n_specs = 0;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_specs);

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  for (guint i = 0; i < n_specs; i++)
    {
      const char *name = specs[i]->name;
      GType type = specs[i]->value_type;
      GValue x = G_VALUE_INIT, y = G_VALUE_INIT;
      gboolean same;

      if (!(specs[i]->flags & G_PARAM_READABLE) || g_str_equal (name, "id") || g_str_equal (name, "chapter") ||
          G_TYPE_IS_OBJECT (type) || G_TYPE_IS_INTERFACE (type))
        continue;
      g_value_init (&x, type);
      g_value_init (&y, type);
      g_object_get_property (a, name, &x);
      g_object_get_property (b, name, &y);
      if (type == PW_TYPE_VALUE)
        same = g_strcmp0 (value_text (g_value_get_boxed (&x)), value_text (g_value_get_boxed (&y))) == 0;
      else if (type == G_TYPE_STRV)
        same = (g_value_get_boxed (&x) == NULL && g_value_get_boxed (&y) == NULL) ||
               (g_value_get_boxed (&x) != NULL && g_value_get_boxed (&y) != NULL &&
                g_strv_equal (g_value_get_boxed (&x), g_value_get_boxed (&y)));
      else
        same = g_param_values_cmp (specs[i], &x, &y) == 0;
      if (!same)
        {
          g_autofree char *gx = g_strdup_value_contents (&x);
          g_autofree char *gy = g_strdup_value_contents (&y);

          g_error ("%s, %s: %s ≠ %s", where, name, gx, gy);
        }
      g_value_unset (&x);
      g_value_unset (&y);
    }
}

static int
part_index (PwPlan *plan,
            PwPart *part)
{
  GListModel *parts = pw_plan_get_parts (plan);

  for (guint i = 0; i < n_of (parts); i++)
    if (nth (parts, i) == (gpointer) part)
      return (int) i;
  return -1;
}

/* The two plans hold the same outline, prose, 专栏, projects and
 * indicators (with their yearly values), field by field. */
static void
assert_same_plan (PwPlan *a,
                  PwPlan *b)
{
  GListModel *pa = pw_plan_get_parts (a);
  GListModel *pb = pw_plan_get_parts (b);
  GListModel *ca = pw_plan_get_chapters (a);
  GListModel *cb = pw_plan_get_chapters (b);
  GListModel *ia = pw_plan_get_indicators (a);
  GListModel *ib = pw_plan_get_indicators (b);

  assert_same_fields (G_OBJECT (a), G_OBJECT (b), "plan");
  g_assert_cmpuint (n_of (pa), ==, n_of (pb));
  for (guint i = 0; i < n_of (pa); i++)
    assert_same_fields (nth (pa, i), nth (pb, i), "part");
  g_assert_cmpuint (n_of (ca), ==, n_of (cb));
  for (guint i = 0; i < n_of (ca); i++)
    {
      PwChapter *x = nth (ca, i), *y = nth (cb, i);
      GListModel *sx = pw_chapter_get_sections (x), *sy = pw_chapter_get_sections (y);
      GListModel *bx = pw_chapter_get_boxes (x), *by = pw_chapter_get_boxes (y);

      assert_same_fields (G_OBJECT (x), G_OBJECT (y), "chapter");
      g_assert_cmpint (part_index (a, pw_chapter_get_part (x)), ==, part_index (b, pw_chapter_get_part (y)));
      g_assert_cmpuint (n_of (sx), ==, n_of (sy));
      for (guint j = 0; j < n_of (sx); j++)
        assert_same_fields (nth (sx, j), nth (sy, j), "section");
      g_assert_cmpuint (n_of (bx), ==, n_of (by));
      for (guint j = 0; j < n_of (bx); j++)
        {
          GListModel *px = pw_box_get_projects (nth (bx, j)), *py = pw_box_get_projects (nth (by, j));

          assert_same_fields (nth (bx, j), nth (by, j), "box");
          g_assert_cmpuint (n_of (px), ==, n_of (py));
          for (guint k = 0; k < n_of (px); k++)
            assert_same_fields (nth (px, k), nth (py, k), "project");
        }
    }
  g_assert_cmpuint (n_of (ia), ==, n_of (ib));
  for (guint i = 0; i < n_of (ia); i++)
    {
      PwIndicator *x = nth (ia, i), *y = nth (ib, i);

      assert_same_fields (G_OBJECT (x), G_OBJECT (y), "indicator");
      g_assert_cmpint (chapter_index (a, pw_indicator_get_chapter (x)), ==, chapter_index (b, pw_indicator_get_chapter (y)));
      g_assert_cmpuint (pw_indicator_get_n_years (x), ==, pw_indicator_get_n_years (y));
      for (guint k = 0; k < pw_indicator_get_n_years (x); k++)
        {
          int year = pw_indicator_get_nth_year (x, k);

          g_assert_cmpint (year, ==, pw_indicator_get_nth_year (y, k));
          g_assert_cmpstr (value_text (pw_indicator_get_actual (x, year)), ==, value_text (pw_indicator_get_actual (y, year)));
          g_assert_cmpint (pw_indicator_get_state (x, year), ==, pw_indicator_get_state (y, year));
        }
    }
}

static guint
count_projects (PwPlan *plan)
{
  GListModel *chapters = pw_plan_get_chapters (plan);
  guint n = 0;

  for (guint i = 0; i < n_of (chapters); i++)
    {
      GListModel *boxes = pw_chapter_get_boxes (nth (chapters, i));

      for (guint j = 0; j < n_of (boxes); j++)
        n += n_of (pw_box_get_projects (nth (boxes, j)));
    }
  return n;
}

/* A seed whose heading 第二节机遇挑战 lost its number is read with that
 * heading as a paragraph of the section before; Ctrl+Alt+3 on it in the
 * window makes it a section again, and the plan then equals the import of
 * the unspoiled seed. */
static void
test_outline_repair_seed (void)
{
  g_autofree char *path = pw_test_seed_path ("000_");
  g_autofree char *text = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *spoiled_path = NULL;
  g_autoptr(GString) spoiled = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) expected = NULL;
  g_autoptr(PwFindings) report = pw_findings_new (NULL);
  PwWindow *window;
  PwPlan *plan;
  PwChapter *first;
  PwSection *section;
  GtkWidget *prose;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  gsize length;
  guint paragraph = G_MAXUINT;
  const char *heading = "\n第二节机遇挑战\n";

  if (path == NULL)
    {
      g_test_skip ("../shared is absent");
      return;
    }
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  expected = pw_import_text (text, length, report, &error);
  g_assert_no_error (error);
  /* what the comparison covers: indicators, 专栏 and projects too */
  g_assert_cmpuint (n_of (pw_plan_get_indicators (expected)), >, 0);
  g_assert_cmpuint (count_projects (expected), >, 0);

  spoiled = g_string_new (text);
  g_assert_nonnull (strstr (spoiled->str, heading));
  g_string_replace (spoiled, heading, "\n机遇挑战\n", 1);
  dir = pw_test_temp_dir ();
  spoiled_path = g_build_filename (dir, "spoiled.txt", NULL);
  g_assert_true (g_file_set_contents (spoiled_path, spoiled->str, -1, NULL));
  file = g_file_new_for_path (spoiled_path);
  window = pw_test_ui_open_window (NULL, file);
  plan = pw_window_get_plan (window);

  /* the spoiled import: one section fewer in chapter 1 */
  first = nth (pw_plan_get_chapters (plan), 0);
  g_assert_cmpuint (n_of (pw_chapter_get_sections (first)), ==,
                    n_of (pw_chapter_get_sections (nth (pw_plan_get_chapters (expected), 0))) - 1);
  section = nth (pw_chapter_get_sections (first), 0);
  for (guint i = 0; i < pw_paragraphs_count (pw_section_get_text (section)); i++)
    {
      g_autofree char *p = pw_paragraphs_get (pw_section_get_text (section), i);

      if (g_strcmp0 (p, "机遇挑战") == 0)
        paragraph = i;
    }
  g_assert_cmpuint (paragraph, !=, G_MAXUINT);

  g_assert_true (pw_window_show_chapter (window, 0));
  pw_test_ui_settle ();
  prose = find_prose_view (GTK_WIDGET (window), G_OBJECT (section));
  g_assert_nonnull (prose);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (prose));
  gtk_text_buffer_get_iter_at_line (buffer, &iter, (int) paragraph);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_widget_grab_focus (prose);
  pw_test_ui_settle ();
  g_assert_true (pw_test_ui_press_shortcut (prose, GDK_KEY_3, GDK_CONTROL_MASK | GDK_ALT_MASK));

  assert_same_plan (plan, expected);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Ctrl+N offers the skeletons: a 纲要's parts and chapters, a special
 * plan's four chapters, the period and baseline of 十五五. */
static void
test_outline_templates (void)
{
  PwWindow *window = pw_window_new (NULL);
  PwPlan *plan;

  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  pw_test_ui_new_plan (window, 2, 1);
  plan = pw_window_get_plan (window);
  g_assert_nonnull (plan);
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2026);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2030);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2025);
  assert_headings (pw_plan_get_parts (plan), "1发展环境和总体要求 2主要任务 3规划实施保障");
  assert_headings (pw_plan_get_chapters (plan),
                   "1发展基础和发展环境 2指导思想和基本原则 3主要目标 4重点任务 5加强组织领导 6健全规划实施机制");
  assert_headings (pw_chapter_get_sections (nth (pw_plan_get_chapters (plan), 0)), "1发展成就 2面临形势");
  g_assert_false (pw_history_get_can_undo (pw_plan_get_history (plan)));


  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

static void
test_outline_special_template (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new_from_template (PW_TEMPLATE_SPECIAL, PW_PERIOD_14TH);

  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2021);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2020);
  g_assert_cmpuint (n_of (pw_plan_get_parts (plan)), ==, 0);
  assert_headings (pw_plan_get_chapters (plan), "1发展基础 2总体要求 3主要任务 4保障措施");
  assert_headings (pw_chapter_get_sections (nth (pw_plan_get_chapters (plan), 1)), "1指导思想 2基本原则 3主要目标");
  g_assert_false (pw_history_get_modified (pw_plan_get_history (plan)));
}

/* A window with a new special plan (发展基础 / 总体要求 / 主要任务 / 保障措施),
 * the text of the section 主要目标 set to @text, shown with the cursor at
 * the start of its paragraph @line; the prose view has the focus. */
static PwWindow *
new_special_window (void)
{
  PwWindow *window = pw_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  pw_test_ui_new_plan (window, PW_TEMPLATE_SPECIAL, 0);
  g_assert_nonnull (pw_window_get_plan (window));
  return window;
}

static GtkWidget *
show_goals (PwWindow   *window,
            const char *text,
            int         line)
{
  PwPlan *plan = pw_window_get_plan (window);
  PwChapter *requirements = nth (pw_plan_get_chapters (plan), 1);
  PwSection *goals = nth (pw_chapter_get_sections (requirements), 2);
  GtkWidget *prose;
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_assert_cmpstr (pw_section_get_title (goals), ==, "主要目标");
  pw_section_set_text (goals, text);
  pw_history_clear (pw_plan_get_history (plan));
  g_assert_true (pw_window_show_chapter (window, 1));
  pw_test_ui_settle ();
  prose = find_prose_view (GTK_WIDGET (window), G_OBJECT (goals));
  g_assert_nonnull (prose);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (prose));
  gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_widget_grab_focus (prose);
  pw_test_ui_settle ();
  return prose;
}

/* The entries of a dialog, in order. */
static void
collect_entries (GtkWidget *widget,
                 GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_ENTRY (child))
        g_ptr_array_add (out, child);
      else
        collect_entries (child, out);
    }
}

/* Ctrl+Alt+I on the paragraph that states the target proposes its name,
 * value and unit (read by hand from the sentence); the name corrected, Enter
 * makes the indicator, linked to the chapter 总体要求; Ctrl+Z takes it back. */
static void
test_outline_take_target (void)
{
  PwWindow *window = new_special_window ();
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *indicators = pw_plan_get_indicators (plan);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  GtkWidget *prose;
  GtkWindow *dialog;
  PwIndicator *made;

  prose = show_goals (window, "展望二〇三五年。\n到2030年，城镇调查失业率控制在5.5%以内，新增就业岗位10万个。", 1);
  g_assert_true (pw_test_ui_press_shortcut (prose, GDK_KEY_i, GDK_CONTROL_MASK | GDK_ALT_MASK));
  pw_test_ui_settle ();
  dialog = find_toplevel (PW_TYPE_TARGET_DIALOG);
  g_assert_nonnull (dialog);
  collect_entries (GTK_WIDGET (dialog), entries);
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, "城镇调查失业率");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 1)), ==, "5.5%以内");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 2)), ==, "%");

  /* corrected by the user, then Enter in the entry */
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "城镇调查失业率（全市）");
  g_object_ref (dialog);
  /* Enter in the text of the entry activates the default button, which
   * clicks itself after a quarter of a second (GtkButton's activate) */
  g_signal_emit_by_name (gtk_editable_get_delegate (g_ptr_array_index (entries, 0)), "activate");
  pw_test_ui_wait_ms (400);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);

  g_assert_cmpuint (n_of (indicators), ==, 1);
  made = nth (indicators, 0);
  g_assert_cmpstr (pw_indicator_get_name (made), ==, "城镇调查失业率（全市）");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (made)), ==, "5.5%以内");
  g_assert_cmpstr (pw_indicator_get_unit (made), ==, "%");
  g_assert_cmpstr (pw_indicator_get_chapter (made), ==,
                   pw_object_get_id (nth (pw_plan_get_chapters (plan), 1)));

  /* from the context menu's action on the second clause: its own target */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (prose));
    GtkTextIter iter;

    gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, 1, 26);
    gtk_text_buffer_place_cursor (buffer, &iter);
  }
  gtk_widget_activate_action (prose, "prose.take-target", NULL);
  pw_test_ui_settle ();
  dialog = find_toplevel (PW_TYPE_TARGET_DIALOG);
  g_assert_nonnull (dialog);
  g_ptr_array_set_size (entries, 0);
  collect_entries (GTK_WIDGET (dialog), entries);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, "新增就业岗位");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 1)), ==, "10万个");
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 2)), ==, "万个");
  pw_test_ui_respond (dialog, GTK_RESPONSE_CANCEL);
  g_assert_cmpuint (n_of (indicators), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (n_of (indicators), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Three selected paragraphs, Ctrl+Alt+B: a 专栏 of the chapter, numbered
 * and titled by its first, a project each of the others; one undo step. */
static void
test_outline_make_box (void)
{
  PwWindow *window = new_special_window ();
  PwPlan *plan = pw_window_get_plan (window);
  PwChapter *requirements = nth (pw_plan_get_chapters (plan), 1);
  PwSection *goals = nth (pw_chapter_get_sections (requirements), 2);
  GtkWidget *prose;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  PwBox *box;

  prose = show_goals (window, "前文\n专栏2 就业创业工程\n1.公共实训基地：建设10个。\n2.零工市场：建设5个。\n后文", 1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (prose));
  gtk_text_buffer_get_iter_at_line (buffer, &start, 1);
  gtk_text_buffer_get_iter_at_line_offset (buffer, &end, 3, 3);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_true (pw_test_ui_press_shortcut (prose, GDK_KEY_b, GDK_CONTROL_MASK | GDK_ALT_MASK));
  pw_test_ui_settle ();

  g_assert_cmpuint (n_of (pw_chapter_get_boxes (requirements)), ==, 1);
  box = nth (pw_chapter_get_boxes (requirements), 0);
  /* printed 专栏2, but the plan renumbers: its first 专栏 */
  g_assert_cmpint (pw_box_get_number (box), ==, 1);
  g_assert_cmpstr (pw_box_get_title (box), ==, "就业创业工程");
  g_assert_cmpuint (n_of (pw_box_get_projects (box)), ==, 2);
  g_assert_cmpstr (pw_project_get_name (nth (pw_box_get_projects (box), 0)), ==, "公共实训基地");
  g_assert_cmpstr (pw_project_get_name (nth (pw_box_get_projects (box), 1)), ==, "零工市场");
  g_assert_cmpint (pw_project_get_number (nth (pw_box_get_projects (box), 1)), ==, 2);
  g_assert_cmpstr (pw_section_get_text (goals), ==, "前文\n后文");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (n_of (pw_chapter_get_boxes (requirements)), ==, 0);
  g_assert_cmpstr (pw_section_get_text (goals), ==,
                   "前文\n专栏2 就业创业工程\n1.公共实训基地：建设10个。\n2.零工市场：建设5个。\n后文");

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Ctrl+Alt+Return splits the section at the paragraph; the new section's
 * title is typed in place in the outline. Then the outline's Merge with
 * Section Before from the heading's menu on the chapter page joins them. */
static void
test_outline_split_merge (void)
{
  PwWindow *window = new_special_window ();
  PwPlan *plan = pw_window_get_plan (window);
  PwChapter *requirements = nth (pw_plan_get_chapters (plan), 1);
  PwSection *goals = nth (pw_chapter_get_sections (requirements), 2);
  PwSection *added;
  GtkWidget *prose;

  prose = show_goals (window, "甲\n乙\n丙", 1);
  g_assert_true (pw_test_ui_press_shortcut (prose, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_ALT_MASK));
  pw_test_ui_settle ();
  assert_headings (pw_chapter_get_sections (requirements), "1指导思想 2基本原则 3主要目标 4");
  added = nth (pw_chapter_get_sections (requirements), 3);
  g_assert_cmpstr (pw_section_get_text (goals), ==, "甲");
  g_assert_cmpstr (pw_section_get_text (added), ==, "乙\n丙");
  type_and_enter (GTK_WIDGET (window), "分项目标");
  assert_headings (pw_chapter_get_sections (requirements), "1指导思想 2基本原则 3主要目标 4分项目标");

  /* the heading of the new section on the chapter page: its menu is the
   * outline's, acting on it */
  {
    GtkWidget *view = find_prose_view (GTK_WIDGET (window), G_OBJECT (added));
    GtkWidget *section_view = gtk_widget_get_ancestor (view, PW_TYPE_SECTION_VIEW);
    GtkWidget *entry = find_type (section_view, PW_TYPE_PROPERTY_ENTRY);
    GMenuModel *extra = gtk_entry_get_extra_menu (GTK_ENTRY (entry));
    g_autoptr(GMenuModel) menu = NULL;
    g_autoptr(GVariant) merge = NULL;

    g_assert_nonnull (extra);
    menu = g_menu_model_get_item_link (extra, 0, G_MENU_LINK_SUBMENU);
    g_assert_nonnull (menu);
    for (int i = 0; merge == NULL && i < g_menu_model_get_n_items (menu); i++)
      {
        g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

        for (int j = 0; section != NULL && merge == NULL && j < g_menu_model_get_n_items (section); j++)
          {
            g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (section, j, G_MENU_ATTRIBUTE_TARGET, NULL);
            const char *id, *action;

            if (target == NULL)
              continue;
            g_variant_get (target, "(&s&s)", &id, &action);
            g_assert_cmpstr (id, ==, pw_object_get_id (PW_OBJECT (added)));
            if (g_str_equal (action, "outline.merge"))
              merge = g_variant_ref (target);
          }
      }
    g_assert_nonnull (merge);
    g_assert_true (gtk_widget_activate_action_variant (entry, "win.outline", merge));
    pw_test_ui_settle ();
  }
  assert_headings (pw_chapter_get_sections (requirements), "1指导思想 2基本原则 3主要目标");
  g_assert_cmpstr (pw_section_get_text (goals), ==, "甲\n乙\n丙");

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Ctrl+Alt+P moves the paragraph to the section chosen in the dialog, at
 * its end; its own section is offered but cannot be chosen. */
static void
test_outline_move_paragraph (void)
{
  PwWindow *window = new_special_window ();
  PwPlan *plan = pw_window_get_plan (window);
  PwChapter *requirements = nth (pw_plan_get_chapters (plan), 1);
  PwSection *goals = nth (pw_chapter_get_sections (requirements), 2);
  PwSection *principles = nth (pw_chapter_get_sections (requirements), 1);
  GtkWidget *prose;
  GtkWindow *dialog;
  GtkListBox *list;
  GtkListBoxRow *target = NULL;

  pw_section_set_text (principles, "坚持人民至上");
  prose = show_goals (window, "甲\n坚持系统观念\n丙", 1);
  g_assert_true (pw_test_ui_press_shortcut (prose, GDK_KEY_p, GDK_CONTROL_MASK | GDK_ALT_MASK));
  pw_test_ui_settle ();
  dialog = find_toplevel (PW_TYPE_OUTLINE_CHOOSER);
  g_assert_nonnull (dialog);
  list = pw_outline_chooser_get_list (PW_OUTLINE_CHOOSER (dialog));
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      GObject *object = pw_outline_chooser_get_row_object (PW_OUTLINE_CHOOSER (dialog), row);

      if (object == G_OBJECT (goals))
        g_assert_false (gtk_list_box_row_get_selectable (row));
      if (object == G_OBJECT (principles))
        target = row;
    }
  g_assert_nonnull (target);
  g_object_ref (dialog);
  g_signal_emit_by_name (list, "row-activated", target);
  pw_test_ui_settle ();
  g_object_unref (dialog);
  g_assert_cmpstr (pw_section_get_text (principles), ==, "坚持人民至上\n坚持系统观念");
  g_assert_cmpstr (pw_section_get_text (goals), ==, "甲\n丙");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (pw_section_get_text (goals), ==, "甲\n坚持系统观念\n丙");

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* The expander of the row of @object in the outline, which has the row's
 * gestures. */
static GtkWidget *
row_of (PwOutline *outline,
        GObject   *object)
{
  GtkWidget *view = find_type (GTK_WIDGET (outline), GTK_TYPE_LIST_VIEW);

  for (GtkWidget *child = gtk_widget_get_first_child (view); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *outline_row = gtk_widget_get_first_child (child);
      GtkWidget *expander;
      GtkTreeListRow *row;
      g_autoptr(GObject) item = NULL;

      if (!PW_IS_OUTLINE_ROW (outline_row))
        continue;
      expander = pw_outline_row_get_expander (PW_OUTLINE_ROW (outline_row));
      if ((row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander))) == NULL)
        continue;
      item = gtk_tree_list_row_get_item (row);
      if (item == object)
        return expander;
    }
  return NULL;
}

static GtkEventController *
controller_of (GtkWidget *widget,
               GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < n_of (controllers); i++)
    {
      GtkEventController *controller = nth (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  return NULL;
}

/* Drags a row onto another, through the rows' own drag source and drop
 * target: what the source offers, dropped at height @y of the target. */
static gboolean
drag_row (PwOutline *outline,
          GObject   *object,
          GObject   *onto,
          double     y)
{
  GtkWidget *from = row_of (outline, object);
  GtkWidget *to = row_of (outline, onto);
  GtkEventController *source, *target;
  g_autoptr(GdkContentProvider) content = NULL;
  GValue value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  g_assert_nonnull (from);
  g_assert_nonnull (to);
  source = controller_of (from, GTK_TYPE_DRAG_SOURCE);
  target = controller_of (to, GTK_TYPE_DROP_TARGET);
  g_assert_nonnull (source);
  g_assert_nonnull (target);
  g_signal_emit_by_name (source, "prepare", 10.0, 5.0, &content);
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_OBJECT);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  g_signal_emit_by_name (target, "drop", &value, 10.0, y, &dropped);
  g_value_unset (&value);
  pw_test_ui_settle ();
  return dropped;
}

/* Drag and drop in the sidebar: a section dropped into another chapter (the
 * middle of its row), a chapter dropped before another (the top quarter of
 * its row); renumbered, and undone one step at a time. */
static void
test_outline_drag_drop (void)
{
  PwWindow *window = new_special_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *chapters = pw_plan_get_chapters (plan);
  PwChapter *basis = nth (chapters, 0);
  PwChapter *tasks = nth (chapters, 2);
  PwSection *situation = nth (pw_chapter_get_sections (basis), 1);
  GtkWidget *row;
  int height;

  pw_outline_reveal (outline, G_OBJECT (situation));
  pw_outline_reveal (outline, G_OBJECT (tasks));
  pw_test_ui_settle ();
  row = row_of (outline, G_OBJECT (tasks));
  g_assert_nonnull (row);
  height = gtk_widget_get_height (row);
  g_assert_cmpint (height, >, 0);

  g_assert_true (drag_row (outline, G_OBJECT (situation), G_OBJECT (tasks), height / 2.0));
  assert_headings (pw_chapter_get_sections (basis), "1发展成就");
  g_assert_true (pw_plan_find_chapter_of (plan, G_OBJECT (situation)) == tasks);

  pw_test_ui_settle ();
  height = gtk_widget_get_height (row_of (outline, G_OBJECT (basis)));
  g_assert_true (drag_row (outline, G_OBJECT (tasks), G_OBJECT (basis), height / 8.0));
  assert_headings (chapters, "1主要任务 2发展基础 3总体要求 4保障措施");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (chapters, "1发展基础 2总体要求 3主要任务 4保障措施");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (pw_chapter_get_sections (basis), "1发展成就 2面临形势");

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

static GObject *
selected_of (PwOutline *outline)
{
  g_autoptr(GObject) selected = pw_outline_get_selected (outline);

  return selected;
}

/* Alt+Shift+Left makes the section 主要目标 a chapter after 总体要求, with
 * its id and text; Alt+Shift+Right makes it the last section of 总体要求
 * again; Alt+Down past the last section of 发展基础 puts it first in 总体要求;
 * each one step of Undo. */
static void
test_outline_promote_demote (void)
{
  PwWindow *window = new_special_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *chapters = pw_plan_get_chapters (plan);
  PwChapter *basis = nth (chapters, 0);
  PwChapter *requirements = nth (chapters, 1);
  PwSection *goals = nth (pw_chapter_get_sections (requirements), 2);
  PwSection *situation = nth (pw_chapter_get_sections (basis), 1);
  g_autofree char *id = g_strdup (pw_object_get_id (PW_OBJECT (goals)));
  GObject *made;

  pw_section_set_text (goals, "到2030年，基本实现现代化。");
  pw_history_clear (pw_plan_get_history (plan));
  pw_outline_reveal (outline, G_OBJECT (goals));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Left,
                                            GDK_ALT_MASK | GDK_SHIFT_MASK));
  assert_headings (chapters, "1发展基础 2总体要求 3主要目标 4主要任务 5保障措施");
  assert_headings (pw_chapter_get_sections (requirements), "1指导思想 2基本原则");
  made = nth (chapters, 2);
  g_assert_true (PW_IS_CHAPTER (made));
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (made)), ==, id);
  g_assert_cmpstr (pw_chapter_get_text (PW_CHAPTER (made)), ==, "到2030年，基本实现现代化。");
  g_assert_true (selected_of (outline) == made);

  /* a section again, of the chapter before */
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Right,
                                            GDK_ALT_MASK | GDK_SHIFT_MASK));
  assert_headings (chapters, "1发展基础 2总体要求 3主要任务 4保障措施");
  assert_headings (pw_chapter_get_sections (requirements), "1指导思想 2基本原则 3主要目标");
  made = nth (pw_chapter_get_sections (requirements), 2);
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (made)), ==, id);
  g_assert_cmpstr (pw_section_get_text (PW_SECTION (made)), ==, "到2030年，基本实现现代化。");
  g_assert_true (selected_of (outline) == made);

  /* the first chapter has none before it */
  g_assert_true (pw_outline_select_object (outline, G_OBJECT (basis)));
  focus_outline (outline);
  g_assert_false (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Right,
                                             GDK_ALT_MASK | GDK_SHIFT_MASK));
  g_assert_cmpuint (n_of (chapters), ==, 4);

  /* past the last section of its chapter, into the next one */
  pw_outline_reveal (outline, G_OBJECT (situation));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Down, GDK_ALT_MASK));
  assert_headings (pw_chapter_get_sections (basis), "1发展成就");
  assert_headings (pw_chapter_get_sections (requirements), "1面临形势 2指导思想 3基本原则 4主要目标");
  g_assert_true (selected_of (outline) == G_OBJECT (situation));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (pw_chapter_get_sections (basis), "1发展成就 2面临形势");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (chapters, "1发展基础 2总体要求 3主要目标 4主要任务 5保障措施");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (chapters, "1发展基础 2总体要求 3主要任务 4保障措施");
  assert_headings (pw_chapter_get_sections (requirements), "1指导思想 2基本原则 3主要目标");
  g_assert_false (pw_history_get_can_undo (pw_plan_get_history (plan)));

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Whether @menu (or one of its sections) has an item of @action. */
static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *name = NULL;

      if (section != NULL && menu_has_action (section, action))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
    }
  return FALSE;
}

/* A section an import took from a paragraph, made a paragraph again from
 * the outline's menu: its title and text go to the end of the section
 * before; one step of Undo. */
static void
test_outline_to_paragraph (void)
{
  PwWindow *window = new_special_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  PwChapter *requirements = nth (pw_plan_get_chapters (plan), 1);
  PwSection *thought = nth (pw_chapter_get_sections (requirements), 0);
  PwSection *principles = nth (pw_chapter_get_sections (requirements), 1);
  GtkWidget *popover;

  pw_section_set_text (thought, "以习近平新时代中国特色社会主义思想为指导。");
  pw_section_set_text (principles, "坚持人民至上。\n坚持系统观念。");
  pw_history_clear (pw_plan_get_history (plan));
  pw_outline_reveal (outline, G_OBJECT (principles));
  focus_outline (outline);

  /* the item is in the menu Shift+F10 opens, and can run */
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_F10, GDK_SHIFT_MASK));
  pw_test_ui_settle ();
  popover = find_type (GTK_WIDGET (outline), GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_true (menu_has_action (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)),
                                  "outline.to-paragraph"));
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (outline), "outline.to-paragraph", NULL));
  pw_test_ui_settle ();

  assert_headings (pw_chapter_get_sections (requirements), "1指导思想 2主要目标");
  g_assert_cmpstr (pw_section_get_text (thought), ==,
                   "以习近平新时代中国特色社会主义思想为指导。\n基本原则\n坚持人民至上。\n坚持系统观念。");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (pw_chapter_get_sections (requirements), "1指导思想 2基本原则 3主要目标");
  g_assert_cmpstr (pw_section_get_text (thought), ==, "以习近平新时代中国特色社会主义思想为指导。");
  g_assert_cmpstr (pw_section_get_text (nth (pw_chapter_get_sections (requirements), 1)), ==,
                   "坚持人民至上。\n坚持系统观念。");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Delete on a 专栏 that holds projects asks first, and says how many go
 * with it; Cancel keeps it, Delete deletes it with them. */
static void
test_outline_delete_box (void)
{
  PwWindow *window = new_special_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  PwChapter *tasks = nth (pw_plan_get_chapters (plan), 2);
  g_autofree char *secondary = NULL;
  GtkWindow *dialog;
  PwBox *box;

  g_assert_true (pw_outline_select_object (outline, G_OBJECT (tasks)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_ALT_MASK));
  type_and_enter (GTK_WIDGET (outline), "重点工程");
  box = nth (pw_chapter_get_boxes (tasks), 0);
  g_assert_nonnull (pw_plan_add_project (plan, box, 0, "公共实训基地"));

  pw_outline_reveal (outline, G_OBJECT (box));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Delete, 0));
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_object_get (dialog, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (secondary, "1 project"));
  g_assert_null (strstr (secondary, "projects"));
  g_assert_null (strstr (secondary, "indicator"));
  pw_test_ui_respond (dialog, GTK_RESPONSE_CANCEL);
  g_assert_cmpuint (n_of (pw_chapter_get_boxes (tasks)), ==, 1);

  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Delete, 0));
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  pw_test_ui_respond (dialog, GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (n_of (pw_chapter_get_boxes (tasks)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (n_of (pw_chapter_get_boxes (tasks)), ==, 1);
  g_assert_cmpuint (n_of (pw_box_get_projects (nth (pw_chapter_get_boxes (tasks), 0))), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Review (read-only) while the cursor blinks in a section's text: the text
 * lets the focus go and stops blinking (a blink left running on a text view
 * no longer editable aborted the program), and it cannot be typed in. */
static void
test_outline_review_while_typing (void)
{
  PwWindow *window = new_special_window ();
  GtkWidget *prose = show_goals (window, "甲\n乙", 1);

  g_assert_true (gtk_widget_has_focus (prose));
  /* the cursor blinks a while */
  pw_test_ui_wait_ms (1500);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.review", NULL));
  g_assert_true (pw_window_get_read_only (window));
  g_assert_false (gtk_widget_has_focus (prose));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (prose)));
  pw_test_ui_wait_ms (2000);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* The item of the open menu @popover labelled @label (as shown, in English). */
static GtkWidget *
menu_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkModelButton"))
        {
          g_autofree char *text = NULL;

          g_object_get (child, "text", &text, NULL);
          if (g_strcmp0 (text, label) == 0)
            return child;
        }
      if ((found = menu_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* Chooses @label in the outline's menu, opened by Shift+F10, as a click on
 * the item does: the menu closes, then its action runs. */
static void
choose_in_menu (PwOutline  *outline,
                const char *label)
{
  GtkWidget *popover;
  GtkWidget *button;

  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_F10, GDK_SHIFT_MASK));
  pw_test_ui_settle ();
  popover = find_type (GTK_WIDGET (outline), GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (popover));
  button = menu_button (popover, label);
  g_assert_nonnull (button);
  /* the focus on the item, as the pointer over it gives it */
  gtk_widget_grab_focus (button);
  g_signal_emit_by_name (button, "clicked");
  pw_test_ui_settle ();
  g_assert_false (gtk_widget_get_mapped (popover));
}

/* Rename and New Chapter After chosen in the outline's menu: the title is
 * typed in place (the menu, closing, gave the focus back to the list, which
 * ended the rename as soon as it had started). */
static void
test_outline_rename_from_menu (void)
{
  PwWindow *window = new_special_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *chapters = pw_plan_get_chapters (plan);
  PwChapter *basis = nth (chapters, 0);

  g_assert_true (pw_outline_select_object (outline, G_OBJECT (basis)));
  focus_outline (outline);
  choose_in_menu (outline, "Rename");
  g_assert_true (GTK_IS_TEXT (focus_of (GTK_WIDGET (outline))));
  g_assert_true (gtk_widget_is_ancestor (focus_of (GTK_WIDGET (outline)), GTK_WIDGET (outline)));
  type_and_enter (GTK_WIDGET (outline), "发展基础和环境");
  assert_headings (chapters, "1发展基础和环境 2总体要求 3主要任务 4保障措施");

  choose_in_menu (outline, "New Chapter After");
  g_assert_true (GTK_IS_TEXT (focus_of (GTK_WIDGET (outline))));
  type_and_enter (GTK_WIDGET (outline), "发展环境");
  assert_headings (chapters, "1发展基础和环境 2发展环境 3总体要求 4主要任务 5保障措施");

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Move to Box on the chapter page offers the 专栏 of the other chapters,
 * under their headings; the project goes to the end of the one chosen, in
 * another chapter, numbered there, and the window shows it there; one undo
 * step puts it back. */
static void
test_outline_move_project (void)
{
  PwWindow *window = new_special_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *chapters = pw_plan_get_chapters (plan);
  PwChapter *tasks = nth (chapters, 2);
  PwChapter *safeguards = nth (chapters, 3);
  GtkWidget *page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page");
  GtkWidget *button;
  GMenuModel *menu;
  PwBox *works, *funds;
  PwProject *moved;
  PwProjectList *list;
  gboolean offered = FALSE;

  g_assert_true (pw_outline_select_object (outline, G_OBJECT (tasks)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_ALT_MASK));
  type_and_enter (GTK_WIDGET (outline), "重点工程");
  g_assert_true (pw_outline_select_object (outline, G_OBJECT (safeguards)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_ALT_MASK));
  type_and_enter (GTK_WIDGET (outline), "资金保障");
  works = nth (pw_chapter_get_boxes (tasks), 0);
  funds = nth (pw_chapter_get_boxes (safeguards), 0);
  g_assert_cmpint (pw_box_get_number (funds), ==, 2);
  pw_plan_add_project (plan, works, 0, "公共实训基地");
  moved = pw_plan_add_project (plan, works, 1, "零工市场");
  pw_plan_add_project (plan, funds, 0, "专项债券");

  g_assert_true (pw_window_show_chapter (window, 2));
  pw_test_ui_settle ();
  list = list_of_box (page, works);
  g_assert_nonnull (list);
  pw_project_list_select (list, 1);
  pw_test_ui_settle ();

  /* the menu: 资金保障 of 保障措施, under that chapter's heading */
  button = pw_test_ui_template_child (page, PW_TYPE_CHAPTER_PAGE, "move_to_button");
  g_assert_true (gtk_widget_is_sensitive (button));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *heading = NULL;
      g_autofree char *label = NULL;

      g_assert_nonnull (section);
      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &heading));
      g_assert_cmpuint (g_menu_model_get_n_items (section), ==, 1);
      g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      g_assert_nonnull (strstr (heading, "保障措施"));
      g_assert_nonnull (strstr (label, "资金保障"));
      offered = TRUE;
    }
  g_assert_true (offered);

  g_assert_true (gtk_widget_activate_action (page, "chapter.move-project-to", "s",
                                             pw_object_get_id (PW_OBJECT (funds))));
  pw_test_ui_settle ();
  g_assert_cmpuint (n_of (pw_box_get_projects (works)), ==, 1);
  g_assert_cmpuint (n_of (pw_box_get_projects (funds)), ==, 2);
  g_assert_true (nth (pw_box_get_projects (funds), 1) == moved);
  g_assert_cmpint (pw_project_get_number (moved), ==, 2);
  /* shown where it went, selected */
  g_assert_true (selected_of (outline) == G_OBJECT (safeguards));
  list = list_of_box (page, funds);
  g_assert_nonnull (list);
  g_assert_cmpuint (pw_project_list_get_selected (list), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (n_of (pw_box_get_projects (works)), ==, 2);
  g_assert_true (nth (pw_box_get_projects (works), 1) == moved);
  g_assert_cmpuint (n_of (pw_box_get_projects (funds)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* The pointer, as a user moves it: xdotool under Xvfb, at @x, @y of
 * @widget, then a wait for GTK to take the events. */
static void
xdotool (const char *command)
{
  g_autofree char *line = g_strdup_printf ("xdotool %s", command);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  int status = 0;

  g_assert_true (g_shell_parse_argv (line, NULL, &argv, &error));
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pw_test_ui_wait_ms (60);
}

static void
pointer_to (GtkWidget *widget,
            double     x,
            double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  graphene_point_t at = GRAPHENE_POINT_INIT ((float) x, (float) y);
  graphene_point_t in_native;
  double dx = 0, dy = 0;
  g_autofree char *command = NULL;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &at, &in_native));
  gtk_native_get_surface_transform (native, &dx, &dy);
  command = g_strdup_printf ("mousemove --sync --window %lu %d %d", (gulong) gdk_x11_surface_get_xid (surface),
                             (int) (in_native.x + dx), (int) (in_native.y + dy));
  xdotool (command);
}

/* The popovers shown under @widget. */
static guint
count_mapped_popovers (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child) && gtk_widget_get_mapped (child))
        n++;
      n += count_mapped_popovers (child);
    }
  return n;
}

/* A right click on a chapter's row, with the pointer (xdotool): one menu
 * opens, the outline's, which holds Add Comment too (the comment menu's own
 * gesture opened a second one behind it); Escape closes it. */
static void
test_outline_right_click (void)
{
  PwWindow *window = new_special_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  PwChapter *tasks = nth (pw_plan_get_chapters (plan), 2);
  GtkWidget *row;
  GtkWidget *menu;

  pw_outline_reveal (outline, G_OBJECT (nth (pw_plan_get_chapters (plan), 0)));
  pw_test_ui_settle ();
  row = row_of (outline, G_OBJECT (tasks));
  g_assert_nonnull (row);
  g_assert_cmpuint (count_mapped_popovers (GTK_WIDGET (window)), ==, 0);
  pointer_to (row, 40, gtk_widget_get_height (row) / 2.0);
  xdotool ("click 3");
  /* under load the events may take a while; a second menu, once the
   * first is open, a little more */
  for (gint64 deadline = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;
       count_mapped_popovers (GTK_WIDGET (window)) == 0 && g_get_monotonic_time () < deadline;)
    pw_test_ui_wait_ms (20);
  pw_test_ui_wait_ms (300);

  g_assert_cmpuint (count_mapped_popovers (GTK_WIDGET (window)), ==, 1);
  menu = find_type (GTK_WIDGET (outline), GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (menu);
  g_assert_true (gtk_widget_get_mapped (menu));
  g_assert_true (gtk_widget_get_parent (menu) == GTK_WIDGET (outline));
  /* for the row clicked, selected */
  g_assert_true (selected_of (outline) == G_OBJECT (tasks));
  g_assert_true (menu_has_action (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu)), "win.comment-on"));

  xdotool ("key Escape");
  for (gint64 deadline = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;
       count_mapped_popovers (GTK_WIDGET (window)) > 0 && g_get_monotonic_time () < deadline;)
    pw_test_ui_wait_ms (20);
  g_assert_cmpuint (count_mapped_popovers (GTK_WIDGET (window)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Drags @from onto @onto with the pointer (xdotool: press, move past GTK's
 * threshold, on to height @y of the row under it, release). */
static void
drag_with_pointer (GtkWidget *from,
                   GtkWidget *onto,
                   double     y)
{
  pointer_to (from, 40, gtk_widget_get_height (from) / 2.0);
  xdotool ("mousedown 1");
  for (int i = 1; i <= 4; i++)
    pointer_to (from, 40 + 3 * i, gtk_widget_get_height (from) / 2.0 + 4 * i);
  pointer_to (onto, 44, y - 2);
  pointer_to (onto, 46, y);
  pw_test_ui_wait_ms (200);
  xdotool ("mouseup 1");
}

/* A drag with the pointer (xdotool: press, move past GTK's threshold, on
 * to the middle of another chapter's row, release): the section 面临形势
 * of 发展基础 goes into 主要任务, after its sections, renumbered there; the
 * outline selects it; one step of Undo puts it back. */
static void
test_outline_drag_pointer (void)
{
  PwWindow *window = new_special_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *chapters = pw_plan_get_chapters (plan);
  PwChapter *basis = nth (chapters, 0);
  PwChapter *tasks = nth (chapters, 2);
  PwSection *situation = nth (pw_chapter_get_sections (basis), 1);
  GtkWidget *from;
  GtkWidget *to;

  pw_outline_reveal (outline, G_OBJECT (situation));
  pw_test_ui_settle ();
  assert_headings (pw_chapter_get_sections (basis), "1发展成就 2面临形势");
  from = row_of (outline, G_OBJECT (situation));
  to = row_of (outline, G_OBJECT (tasks));
  g_assert_nonnull (from);
  g_assert_nonnull (to);

  drag_with_pointer (from, to, gtk_widget_get_height (to) / 2.0);
  for (gint64 deadline = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;
       pw_plan_find_chapter_of (plan, G_OBJECT (situation)) == basis && g_get_monotonic_time () < deadline;)
    pw_test_ui_wait_ms (20);
  pw_test_ui_wait_ms (200);

  assert_headings (pw_chapter_get_sections (basis), "1发展成就");
  g_assert_true (pw_plan_find_chapter_of (plan, G_OBJECT (situation)) == tasks);
  {
    GListModel *sections = pw_chapter_get_sections (tasks);

    g_assert_true (nth (sections, n_of (sections) - 1) == G_OBJECT (situation));
    g_assert_cmpint (pw_section_get_number (situation), ==, (int) n_of (sections));
  }
  g_assert_true (selected_of (outline) == G_OBJECT (situation));

  g_assert_true (pw_history_get_can_undo (pw_plan_get_history (plan)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (pw_chapter_get_sections (basis), "1发展成就 2面临形势");
  g_assert_true (pw_plan_find_chapter_of (plan, G_OBJECT (situation)) == basis);
  g_assert_false (pw_history_get_can_undo (pw_plan_get_history (plan)));

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* A window with a new 纲要 of 十五五: parts 发展环境和总体要求 (发展基础和发展环境,
 * 指导思想和基本原则, 主要目标), 主要任务 (重点任务), 规划实施保障 (加强组织领导,
 * 健全规划实施机制), as src/model/pw-plan-template.c lists them. */
static PwWindow *
new_outline_window (void)
{
  PwWindow *window = pw_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  pw_test_ui_new_plan (window, PW_TEMPLATE_OUTLINE, 1);
  g_assert_nonnull (pw_window_get_plan (window));
  return window;
}

static void
undo_times (PwWindow *window,
            guint     n)
{
  for (guint i = 0; i < n; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
}

/* Shift+Insert adds before what is selected, one of its kind: a section, a
 * chapter (in the part of the one selected), a part, a 专栏; New Chapter
 * Before in the menu too; each title typed in place; undone step by step,
 * each object with its title one step. */
static void
test_outline_add_before (void)
{
  PwWindow *window = new_outline_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *parts = pw_plan_get_parts (plan);
  GListModel *chapters = pw_plan_get_chapters (plan);
  PwChapter *basis = nth (chapters, 0);
  PwChapter *goals = nth (chapters, 2);
  PwChapter *tasks = nth (chapters, 3);
  PwPart *safeguards = nth (parts, 2);
  PwSection *situation = nth (pw_chapter_get_sections (basis), 1);
  PwHistory *history = pw_plan_get_history (plan);

  g_assert_false (pw_history_get_can_undo (history));
  pw_outline_reveal (outline, G_OBJECT (situation));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_SHIFT_MASK));
  type_and_enter (GTK_WIDGET (outline), "国内外形势");
  assert_headings (pw_chapter_get_sections (basis), "1发展成就 2国内外形势 3面临形势");

  g_assert_true (pw_outline_select_object (outline, G_OBJECT (tasks)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_SHIFT_MASK));
  type_and_enter (GTK_WIDGET (outline), "产业升级");
  assert_headings (chapters, "1发展基础和发展环境 2指导思想和基本原则 3主要目标 4产业升级 5重点任务 6加强组织领导 7健全规划实施机制");
  assert_headings (pw_part_get_chapters (nth (parts, 1)), "4产业升级 5重点任务");

  g_assert_true (pw_outline_select_object (outline, G_OBJECT (safeguards)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_SHIFT_MASK));
  type_and_enter (GTK_WIDGET (outline), "改革开放");
  assert_headings (parts, "1发展环境和总体要求 2主要任务 3改革开放 4规划实施保障");
  g_assert_cmpuint (n_of (pw_part_get_chapters (nth (parts, 2))), ==, 0);
  assert_headings (pw_part_get_chapters (safeguards), "6加强组织领导 7健全规划实施机制");

  g_assert_true (pw_outline_select_object (outline, G_OBJECT (goals)));
  focus_outline (outline);
  choose_in_menu (outline, "New Chapter Before");
  type_and_enter (GTK_WIDGET (outline), "发展环境");
  assert_headings (pw_part_get_chapters (nth (parts, 0)), "1发展基础和发展环境 2指导思想和基本原则 3发展环境 4主要目标");

  /* a 专栏 (Alt+Insert, after), then one before it */
  g_assert_true (pw_outline_select_object (outline, G_OBJECT (tasks)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_ALT_MASK));
  type_and_enter (GTK_WIDGET (outline), "重点工程");
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_SHIFT_MASK));
  type_and_enter (GTK_WIDGET (outline), "民生工程");
  assert_headings (pw_chapter_get_boxes (tasks), "1民生工程 2重点工程");

  /* one step each, the object with the title typed in the editor its
   * adding opened (as the history names it: Add) */
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Add Box");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (pw_chapter_get_boxes (tasks), "1重点工程");
  undo_times (window, 1);
  g_assert_cmpuint (n_of (pw_chapter_get_boxes (tasks)), ==, 0);
  undo_times (window, 1);
  assert_headings (pw_part_get_chapters (nth (parts, 0)), "1发展基础和发展环境 2指导思想和基本原则 3主要目标");
  undo_times (window, 1);
  assert_headings (parts, "1发展环境和总体要求 2主要任务 3规划实施保障");
  undo_times (window, 1);
  assert_headings (pw_part_get_chapters (nth (parts, 1)), "4重点任务");
  undo_times (window, 1);
  assert_headings (pw_chapter_get_sections (basis), "1发展成就 2面临形势");
  g_assert_false (pw_history_get_can_undo (history));

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Chapters between parts and parts with their chapters: Alt+Down on the
 * last chapter of a part makes it the first of the next part, Alt+Up
 * brings it back to the end of its own; Alt+Up on a part moves it with
 * its chapters; a chapter dragged with the pointer onto the middle of
 * another part's row goes into that part, last. Each one undo step. */
static void
test_outline_move_between_parts (void)
{
  PwWindow *window = new_outline_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *parts = pw_plan_get_parts (plan);
  GListModel *chapters = pw_plan_get_chapters (plan);
  PwPart *environment = nth (parts, 0);
  PwPart *tasks = nth (parts, 1);
  PwPart *safeguards = nth (parts, 2);
  PwChapter *goals = nth (chapters, 2);
  PwChapter *leadership = nth (chapters, 4);
  PwHistory *history = pw_plan_get_history (plan);

  g_assert_true (pw_outline_select_object (outline, G_OBJECT (goals)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Down, GDK_ALT_MASK));
  assert_headings (pw_part_get_chapters (environment), "1发展基础和发展环境 2指导思想和基本原则");
  assert_headings (pw_part_get_chapters (tasks), "3主要目标 4重点任务");
  g_assert_true (pw_chapter_get_part (goals) == tasks);
  g_assert_true (selected_of (outline) == G_OBJECT (goals));
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Up, GDK_ALT_MASK));
  assert_headings (pw_part_get_chapters (environment), "1发展基础和发展环境 2指导思想和基本原则 3主要目标");
  assert_headings (pw_part_get_chapters (tasks), "4重点任务");

  g_assert_true (pw_outline_select_object (outline, G_OBJECT (tasks)));
  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Up, GDK_ALT_MASK));
  assert_headings (parts, "1主要任务 2发展环境和总体要求 3规划实施保障");
  assert_headings (chapters, "1重点任务 2发展基础和发展环境 3指导思想和基本原则 4主要目标 5加强组织领导 6健全规划实施机制");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (parts, "1发展环境和总体要求 2主要任务 3规划实施保障");
  assert_headings (chapters, "1发展基础和发展环境 2指导思想和基本原则 3主要目标 4重点任务 5加强组织领导 6健全规划实施机制");

  /* 加强组织领导 of 规划实施保障 dragged into 主要任务 */
  pw_outline_reveal (outline, G_OBJECT (leadership));
  pw_test_ui_settle ();
  {
    GtkWidget *from = row_of (outline, G_OBJECT (leadership));
    GtkWidget *onto = row_of (outline, G_OBJECT (tasks));

    g_assert_nonnull (from);
    g_assert_nonnull (onto);
    drag_with_pointer (from, onto, gtk_widget_get_height (onto) / 2.0);
  }
  for (gint64 deadline = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;
       pw_chapter_get_part (leadership) != tasks && g_get_monotonic_time () < deadline;)
    pw_test_ui_wait_ms (20);
  assert_headings (pw_part_get_chapters (tasks), "4重点任务 5加强组织领导");
  assert_headings (pw_part_get_chapters (safeguards), "6健全规划实施机制");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (pw_part_get_chapters (tasks), "4重点任务");
  assert_headings (pw_part_get_chapters (safeguards), "5加强组织领导 6健全规划实施机制");

  /* the two moves of the chapter, one step each */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (pw_part_get_chapters (tasks), "3主要目标 4重点任务");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  assert_headings (pw_part_get_chapters (environment), "1发展基础和发展环境 2指导思想和基本原则 3主要目标");
  g_assert_false (pw_history_get_can_undo (history));

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* Revealing a row already in full view does not scroll the sidebar (GTK
 * 4.8 scrolled it by a few pixels, which cut the top row, 概览); a row out
 * of sight is scrolled to. */
static void
test_outline_reveal_no_scroll (void)
{
  PwWindow *window = pw_test_ui_open_sample (NULL);
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *chapters = pw_plan_get_chapters (plan);
  PwChapter *second = nth (chapters, 1);
  PwChapter *last = nth (chapters, n_of (chapters) - 1);
  GtkWidget *scrolled = find_type (GTK_WIDGET (outline), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  pw_test_ui_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  /* a chapter, then its last section (the window shows a section so): the
   * tree, taller than the sidebar once the chapter is open */
  pw_outline_reveal (outline, G_OBJECT (second));
  pw_outline_reveal (outline, nth (pw_chapter_get_sections (second), n_of (pw_chapter_get_sections (second)) - 1));
  pw_test_ui_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  pw_outline_reveal (outline, G_OBJECT (last));
  pw_test_ui_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

typedef struct
{
  GtkWidget *list;
  PwWindow *window;
  guint rows; /* the list had at the first frame with the plan */
} FirstFrame;

static void
first_frame_painted (GdkFrameClock *clock,
                     FirstFrame    *first)
{
  if (first->rows == 0 && pw_window_get_plan (first->window) != NULL)
    first->rows = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (first->list))));
}

/* A plan of 500 chapters: at the window's first frame with it the outline
 * has the rows of one screen, not the 200 GTK 4.8's list makes as soon as
 * it has them, and all 503 at the next frames; a chapter far down asked for
 * before that is selected. */
static void
test_outline_first_screen_rows (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "chapters.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GObject) selected = NULL;
  g_autoptr(GError) error = NULL;
  PwWindow *window = pw_window_new (NULL);
  PwOutline *outline = outline_of (window);
  FirstFrame first = { NULL, window, 0 };
  PwChapter *far;
  gulong handler;

  for (guint i = 0; i < 500; i++)
    {
      g_autoptr(PwChapter) chapter = pw_chapter_new ();
      g_autofree char *title = g_strdup_printf ("第%u章", i + 1);

      pw_chapter_set_title (chapter, title);
      pw_plan_insert_chapter (plan, i, chapter);
    }
  g_assert_true (pw_plan_save (plan, file, &error));
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  first.list = pw_test_ui_find_descendant (GTK_WIDGET (outline), GTK_TYPE_LIST_VIEW);
  handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                              G_CALLBACK (first_frame_painted), &first);
  g_assert_true (pw_window_load_file (window, file));
  while (first.rows == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), handler);
  /* rows of at least 24 px for the 760 px of the window, far fewer than 200 */
  g_assert_cmpuint (first.rows, >=, 760 / 24);
  g_assert_cmpuint (first.rows, <, 50);
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (first.list)))), ==, 3 + 500);

  /* opened again, chapter 451 asked for at once */
  g_assert_true (pw_window_load_file (window, file));
  g_assert_true (pw_window_show_chapter (window, 450));
  pw_test_ui_settle ();
  far = g_list_model_get_item (pw_plan_get_chapters (pw_window_get_plan (window)), 450);
  selected = pw_outline_get_selected (outline);
  g_assert_true (selected == G_OBJECT (far));
  g_object_unref (far);

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  g_test_add_func ("/pw/outline/keyboard-plan", test_outline_keyboard_plan);
  g_test_add_func ("/pw/outline/first-screen-rows", test_outline_first_screen_rows);
  g_test_add_func ("/pw/outline/rename-delete-move", test_outline_rename_delete_move);
  g_test_add_func ("/pw/outline/add-and-name-one-undo", test_outline_add_and_name_one_undo);
  g_test_add_func ("/pw/outline/repair-seed", test_outline_repair_seed);
  g_test_add_func ("/pw/outline/templates", test_outline_templates);
  g_test_add_func ("/pw/outline/special-template", test_outline_special_template);
  g_test_add_func ("/pw/outline/take-target", test_outline_take_target);
  g_test_add_func ("/pw/outline/make-box", test_outline_make_box);
  g_test_add_func ("/pw/outline/split-merge", test_outline_split_merge);
  g_test_add_func ("/pw/outline/move-paragraph", test_outline_move_paragraph);
  g_test_add_func ("/pw/outline/drag-drop", test_outline_drag_drop);
  g_test_add_func ("/pw/outline/promote-demote", test_outline_promote_demote);
  g_test_add_func ("/pw/outline/to-paragraph", test_outline_to_paragraph);
  g_test_add_func ("/pw/outline/delete-box", test_outline_delete_box);
  g_test_add_func ("/pw/outline/rename-from-menu", test_outline_rename_from_menu);
  g_test_add_func ("/pw/outline/move-project", test_outline_move_project);
  g_test_add_func ("/pw/outline/review-while-typing", test_outline_review_while_typing);
  g_test_add_func ("/pw/outline/right-click", test_outline_right_click);
  g_test_add_func ("/pw/outline/drag-pointer", test_outline_drag_pointer);
  g_test_add_func ("/pw/outline/add-before", test_outline_add_before);
  g_test_add_func ("/pw/outline/move-between-parts", test_outline_move_between_parts);
  g_test_add_func ("/pw/outline/reveal-no-scroll", test_outline_reveal_no_scroll);

  return g_test_run ();
}
