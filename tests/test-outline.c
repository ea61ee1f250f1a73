/* test-outline.c: editing the outline in the window, by keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keys are dispatched as GTK dispatches them: from the focused widget up,
 * to the first shortcut whose trigger is the key (pw-test-ui.c).
 */

#include "config.h"

#include <string.h>

#include "pw-importer.h"
#include "pw-outline.h"
#include "pw-plan-edit.h"
#include "pw-plan-file.h"
#include "pw-plan-template.h"
#include "pw-prose-view.h"
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

static PwWindow *
new_window (void)
{
  PwWindow *window = pw_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  pw_test_ui_new_plan (window, 0, 0);
  g_assert_nonnull (pw_window_get_plan (window));
  return window;
}

/* From an empty window, by keyboard alone: two parts, three chapters,
 * sections, a 专栏 with projects and an indicator; saved, it validates. */
static void
test_outline_keyboard_plan (void)
{
  PwWindow *window = new_window ();
  PwOutline *outline = outline_of (window);
  PwPlan *plan = pw_window_get_plan (window);
  GListModel *parts = pw_plan_get_parts (plan);
  GListModel *chapters = pw_plan_get_chapters (plan);
  GtkWidget *page;
  GtkWidget *grid;
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "drafted.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *invalid = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PwChapter *tasks;
  PwBox *box;
  gsize length;

  focus_outline (outline);
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert,
                                            GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  type_and_enter (GTK_WIDGET (outline), "发展环境");
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_CONTROL_MASK));
  type_and_enter (GTK_WIDGET (outline), "发展基础");
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, 0));
  type_and_enter (GTK_WIDGET (outline), "总体要求");
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_CONTROL_MASK));
  type_and_enter (GTK_WIDGET (outline), "指导思想");
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, 0));
  type_and_enter (GTK_WIDGET (outline), "主要目标");
  /* a part after the one of the selected section's chapter */
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert,
                                            GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  type_and_enter (GTK_WIDGET (outline), "主要任务篇");
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_CONTROL_MASK));
  type_and_enter (GTK_WIDGET (outline), "主要任务");
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_Insert, GDK_ALT_MASK));
  type_and_enter (GTK_WIDGET (outline), "重点工程");

  assert_headings (parts, "1发展环境 2主要任务篇");
  assert_headings (chapters, "1发展基础 2总体要求 3主要任务");
  assert_headings (pw_part_get_chapters (nth (parts, 0)), "1发展基础 2总体要求");
  tasks = nth (chapters, 2);
  g_assert_true (pw_chapter_get_part (tasks) == nth (parts, 1));
  assert_headings (pw_chapter_get_sections (nth (chapters, 1)), "1指导思想 2主要目标");
  assert_headings (pw_chapter_get_boxes (tasks), "1重点工程");
  box = nth (pw_chapter_get_boxes (tasks), 0);

  /* projects on the chapter page the 专栏 opened, with its key */
  page = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "chapter_page");
  g_assert_true (gtk_widget_is_drawable (page));
  g_assert_true (pw_test_ui_press_shortcut (page, GDK_KEY_Insert, GDK_CONTROL_MASK));
  g_assert_true (pw_test_ui_press_shortcut (page, GDK_KEY_Insert, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_of (pw_box_get_projects (box)), ==, 2);

  /* an indicator in the grid (Alt+2, Ctrl+Insert) */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  pw_test_ui_settle ();
  grid = pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid");
  g_assert_true (pw_test_ui_press_shortcut (grid, GDK_KEY_Insert, GDK_CONTROL_MASK));
  g_assert_cmpuint (n_of (pw_plan_get_indicators (plan)), ==, 1);
  pw_indicator_set_name (nth (pw_plan_get_indicators (plan), 0), "托位数");

  g_assert_true (pw_window_save (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  invalid = pw_test_validate_plan (bytes);
  g_assert_null (invalid);
  {
    g_autoptr(PwPlan) loaded = pw_plan_load_bytes (bytes, &error);

    g_assert_no_error (error);
    assert_headings (pw_plan_get_chapters (loaded), "1发展基础 2总体要求 3主要任务");
    assert_headings (pw_plan_get_parts (loaded), "1发展环境 2主要任务篇");
    g_assert_cmpuint (n_of (pw_box_get_projects (nth (pw_chapter_get_boxes (nth (pw_plan_get_chapters (loaded), 2)), 0))), ==, 2);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
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

  /* the context menu, from the keyboard */
  g_assert_true (pw_test_ui_press_shortcut (focus_of (GTK_WIDGET (outline)), GDK_KEY_F10, GDK_SHIFT_MASK));
  pw_test_ui_settle ();

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

/* The two plans hold the same outline, prose, 专栏, projects and
 * indicators, field by field; ids aside, which number objects in the order
 * an import made them. */
static void
assert_same_plan (PwPlan *a,
                  PwPlan *b)
{
  GListModel *ca = pw_plan_get_chapters (a);
  GListModel *cb = pw_plan_get_chapters (b);
  GListModel *ia = pw_plan_get_indicators (a);
  GListModel *ib = pw_plan_get_indicators (b);

  g_assert_cmpstr (pw_plan_get_title (a), ==, pw_plan_get_title (b));
  g_assert_cmpstr (pw_plan_get_preface (a), ==, pw_plan_get_preface (b));
  g_assert_cmpint (pw_plan_get_numbering (a), ==, pw_plan_get_numbering (b));
  g_assert_cmpuint (n_of (pw_plan_get_parts (a)), ==, n_of (pw_plan_get_parts (b)));
  g_assert_cmpuint (n_of (ca), ==, n_of (cb));
  for (guint i = 0; i < n_of (ca); i++)
    {
      PwChapter *x = nth (ca, i), *y = nth (cb, i);
      GListModel *sx = pw_chapter_get_sections (x), *sy = pw_chapter_get_sections (y);
      GListModel *bx = pw_chapter_get_boxes (x), *by = pw_chapter_get_boxes (y);

      g_assert_cmpint (pw_chapter_get_number (x), ==, pw_chapter_get_number (y));
      g_assert_cmpstr (pw_chapter_get_title (x), ==, pw_chapter_get_title (y));
      g_assert_cmpstr (pw_chapter_get_text (x), ==, pw_chapter_get_text (y));
      g_assert_cmpuint (n_of (sx), ==, n_of (sy));
      for (guint j = 0; j < n_of (sx); j++)
        {
          g_assert_cmpint (pw_section_get_number (nth (sx, j)), ==, pw_section_get_number (nth (sy, j)));
          g_assert_cmpstr (pw_section_get_title (nth (sx, j)), ==, pw_section_get_title (nth (sy, j)));
          g_assert_cmpstr (pw_section_get_text (nth (sx, j)), ==, pw_section_get_text (nth (sy, j)));
        }
      g_assert_cmpuint (n_of (bx), ==, n_of (by));
      for (guint j = 0; j < n_of (bx); j++)
        {
          GListModel *px = pw_box_get_projects (nth (bx, j)), *py = pw_box_get_projects (nth (by, j));

          g_assert_cmpint (pw_box_get_number (nth (bx, j)), ==, pw_box_get_number (nth (by, j)));
          g_assert_cmpstr (pw_box_get_title (nth (bx, j)), ==, pw_box_get_title (nth (by, j)));
          g_assert_cmpuint (n_of (px), ==, n_of (py));
          for (guint k = 0; k < n_of (px); k++)
            {
              g_assert_cmpint (pw_project_get_number (nth (px, k)), ==, pw_project_get_number (nth (py, k)));
              g_assert_cmpstr (pw_project_get_name (nth (px, k)), ==, pw_project_get_name (nth (py, k)));
              g_assert_cmpstr (pw_project_get_description (nth (px, k)), ==, pw_project_get_description (nth (py, k)));
            }
        }
    }
  g_assert_cmpuint (n_of (ia), ==, n_of (ib));
  for (guint i = 0; i < n_of (ia); i++)
    {
      PwIndicator *x = nth (ia, i), *y = nth (ib, i);

      g_assert_cmpstr (pw_indicator_get_name (x), ==, pw_indicator_get_name (y));
      g_assert_cmpstr (pw_indicator_get_unit (x), ==, pw_indicator_get_unit (y));
      g_assert_cmpstr (value_text (pw_indicator_get_baseline (x)), ==, value_text (pw_indicator_get_baseline (y)));
      g_assert_cmpstr (value_text (pw_indicator_get_target (x)), ==, value_text (pw_indicator_get_target (y)));
      g_assert_cmpint (chapter_index (a, pw_indicator_get_chapter (x)), ==, chapter_index (b, pw_indicator_get_chapter (y)));
    }
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  g_test_add_func ("/pw/outline/keyboard-plan", test_outline_keyboard_plan);
  g_test_add_func ("/pw/outline/rename-delete-move", test_outline_rename_delete_move);
  g_test_add_func ("/pw/outline/repair-seed", test_outline_repair_seed);
  g_test_add_func ("/pw/outline/templates", test_outline_templates);
  g_test_add_func ("/pw/outline/special-template", test_outline_special_template);

  return g_test_run ();
}
