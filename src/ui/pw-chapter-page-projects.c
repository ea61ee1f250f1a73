/* pw-chapter-page-projects.c: the 专栏 commands of a chapter page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chapter.* actions on the projects of a 专栏 box and on the boxes:
 * add, remove, duplicate, move up and down, move to another box, add a
 * box. Each is one undo step. Adding, removing and moving keep the printed
 * numbers (1, 2, 3 … in a box; 专栏1, 专栏2 … through the plan) in order when
 * they were in order before; numbers that were not in order are left as the
 * document had them. The rest of the page is pw-chapter-page.c.
 */

#define G_LOG_DOMAIN "pw-chapter-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-chapter-page-private.h"
#include "pw-grid-sheet.h"
#include "pw-locate.h"
#include "pw-plan-edit.h"

/* Auxiliary methods */

/* Whether the projects of @box are numbered 1, 2, 3 … in order. */
static gboolean
projects_in_order (PwBox *box)
{
  GListModel *projects = pw_box_get_projects (box);
  guint n = g_list_model_get_n_items (projects);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwProject) project = g_list_model_get_item (projects, i);

      if (pw_project_get_number (project) != (int) i + 1)
        return FALSE;
    }
  return TRUE;
}

static void
renumber_projects (PwBox *box)
{
  GListModel *projects = pw_box_get_projects (box);
  guint n = g_list_model_get_n_items (projects);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwProject) project = g_list_model_get_item (projects, i);

      pw_project_set_number (project, (int) i + 1);
    }
}

static int
max_project_number (PwBox *box)
{
  GListModel *projects = pw_box_get_projects (box);
  guint n = g_list_model_get_n_items (projects);
  int max = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwProject) project = g_list_model_get_item (projects, i);

      max = MAX (max, pw_project_get_number (project));
    }
  return max;
}

/* Every 专栏 of the plan in the order of the document; with no plan, those
 * of the chapter. */
static GPtrArray *
all_boxes (PwChapterPage *self)
{
  GPtrArray *boxes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) only = NULL;
  GListModel *chapters;
  guint n_chapters;

  if (self->plan != NULL)
    chapters = pw_plan_get_chapters (self->plan);
  else
    {
      only = g_list_store_new (PW_TYPE_CHAPTER);
      g_list_store_append (only, self->chapter);
      chapters = G_LIST_MODEL (only);
    }

  n_chapters = g_list_model_get_n_items (chapters);
  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *list = pw_chapter_get_boxes (chapter);
      guint n = g_list_model_get_n_items (list);

      for (guint j = 0; j < n; j++)
        g_ptr_array_add (boxes, g_list_model_get_item (list, j));
    }

  return boxes;
}

static gboolean
boxes_in_order (GPtrArray *boxes)
{
  for (guint i = 0; i < boxes->len; i++)
    if (pw_box_get_number (g_ptr_array_index (boxes, i)) != (int) i + 1)
      return FALSE;
  return TRUE;
}

/* Before a command on the selected rows: the edit open stored (a text
 * refused keeps its cell open, and the command waits), and whether the
 * box's projects are numbered in order. */
static PwProjectList *
rows_command (PwChapterPage *self,
              guint         *first,
              guint         *last,
              gboolean      *in_order)
{
  PwProjectList *list = pw_chapter_page_selected_rows (self, first, last);

  g_return_val_if_fail (list != NULL, NULL);
  if (!pw_project_list_commit (list))
    return NULL;
  *in_order = projects_in_order (pw_project_list_get_box (list));
  return list;
}

/* Callbacks */

static void
add_project_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PwChapterPage *self = PW_CHAPTER_PAGE (widget);
  PwProjectList *list = pw_chapter_page_target_list (self);
  PwBox *box;
  g_autoptr(PwProject) project = pw_project_new ();
  g_autofree char *id = pw_plan_make_id (self->plan, "prj");
  guint position;
  gboolean in_order;

  g_return_if_fail (list != NULL);

  box = pw_project_list_get_box (list);
  position = pw_project_list_get_selected (list);
  position = position == GTK_INVALID_LIST_POSITION ? g_list_model_get_n_items (pw_box_get_projects (box))
                                                   : position + 1;
  in_order = projects_in_order (box);

  pw_object_set_id (PW_OBJECT (project), id);
  pw_project_set_number (project, in_order ? (int) position + 1 : max_project_number (box) + 1);

  pw_history_begin (pw_plan_get_history (self->plan), _("Add Project"));
  pw_box_insert_project (box, position, project);
  if (in_order)
    renumber_projects (box);
  pw_history_end (pw_plan_get_history (self->plan));

  pw_chapter_page_set_current_box (self, box);
  pw_project_list_focus_project (list, position);
}

static void
remove_project_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PwChapterPage *self = PW_CHAPTER_PAGE (widget);
  guint first = 0, last = 0;
  gboolean in_order;
  PwProjectList *list = rows_command (self, &first, &last, &in_order);
  PwBox *box;
  guint n;

  if (list == NULL)
    return;
  box = pw_project_list_get_box (list);

  pw_history_begin (pw_plan_get_history (self->plan), first == last ? _("Remove Project") : _("Remove Projects"));
  for (guint row = last + 1; row-- > first;)
    pw_box_remove_project (box, row);
  if (in_order)
    renumber_projects (box);
  pw_history_end (pw_plan_get_history (self->plan));

  n = g_list_model_get_n_items (pw_box_get_projects (box));
  pw_project_list_select (list, n == 0 ? GTK_INVALID_LIST_POSITION : MIN (first, n - 1));
  pw_chapter_page_update_actions (self);
}

/* Copies of the rows, below them, numbered as adding them would. */
static void
duplicate_project_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PwChapterPage *self = PW_CHAPTER_PAGE (widget);
  guint first = 0, last = 0;
  gboolean in_order;
  PwProjectList *list = rows_command (self, &first, &last, &in_order);
  PwBox *box;

  if (list == NULL)
    return;
  box = pw_project_list_get_box (list);

  pw_history_begin (pw_plan_get_history (self->plan), first == last ? _("Duplicate Project") : _("Duplicate Projects"));
  for (guint row = first; row <= last; row++)
    {
      g_autoptr(PwProject) source = g_list_model_get_item (pw_box_get_projects (box), row);
      g_autoptr(PwProject) copy = pw_project_new ();
      g_autofree char *id = pw_plan_make_id (self->plan, "prj");

      pw_grid_sheet_copy_properties (G_OBJECT (source), G_OBJECT (copy));
      pw_object_set_id (PW_OBJECT (copy), id);
      if (!in_order)
        pw_project_set_number (copy, max_project_number (box) + 1);
      pw_box_insert_project (box, last + 1 + row - first, copy);
    }
  if (in_order)
    renumber_projects (box);
  pw_history_end (pw_plan_get_history (self->plan));

  pw_project_list_shift_selection (list, (int) (last - first + 1));
  pw_chapter_page_update_actions (self);
}

/* The rows move together, past the project before or after them. */
static void
move_project (PwChapterPage *self,
              int            delta)
{
  guint first = 0, last = 0;
  gboolean in_order;
  PwProjectList *list = rows_command (self, &first, &last, &in_order);
  PwBox *box;

  if (list == NULL)
    return;
  box = pw_project_list_get_box (list);

  pw_history_begin (pw_plan_get_history (self->plan), delta < 0 ? _("Move Project Up") : _("Move Project Down"));
  if (delta < 0)
    pw_box_move_project (box, first - 1, last);
  else
    pw_box_move_project (box, last + 1, first);
  if (in_order)
    renumber_projects (box);
  pw_history_end (pw_plan_get_history (self->plan));

  pw_project_list_shift_selection (list, delta);
  pw_chapter_page_update_actions (self);
}

static void
move_project_up_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  move_project (PW_CHAPTER_PAGE (widget), -1);
}

static void
move_project_down_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  move_project (PW_CHAPTER_PAGE (widget), 1);
}

/* The project into another 专栏, of this chapter or another, at its end:
 * the model's rule (pw_plan_move_project()), then the page shows it there. */
static void
move_project_to_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PwChapterPage *self = PW_CHAPTER_PAGE (widget);
  PwObject *found = pw_plan_find_object (self->plan, g_variant_get_string (parameter, NULL));
  PwBox *target = PW_IS_BOX (found) ? PW_BOX (found) : NULL;
  PwProjectList *list = NULL;
  PwProjectList *target_view;
  guint position = 0;
  guint new_position;
  g_autoptr(PwProject) project = pw_chapter_page_selected_project (self, &list, &position);

  g_return_if_fail (project != NULL);

  if (target == NULL || target == pw_project_list_get_box (list))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  /* what is being typed in the project's cell first */
  if (!pw_project_list_commit (list))
    return;
  new_position = g_list_model_get_n_items (pw_box_get_projects (target));
  if (!pw_plan_move_project (self->plan, project, target, new_position))
    return;

  /* in another chapter: the window shows it (its page is this one) */
  if (pw_plan_find_chapter_of (self->plan, G_OBJECT (target)) != self->chapter)
    gtk_widget_activate_action (widget, "win.show-object", "s", pw_object_get_id (PW_OBJECT (target)));
  target_view = pw_chapter_page_find_list (self, target);
  if (target_view != NULL)
    {
      pw_chapter_page_set_current_box (self, target);
      pw_project_list_select (target_view, new_position);
      pw_chapter_page_show_part (self, G_OBJECT (target));
    }
}

static void
add_box_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PwChapterPage *self = PW_CHAPTER_PAGE (widget);
  GListModel *boxes = pw_chapter_get_boxes (self->chapter);
  g_autoptr(PwBox) box = pw_box_new ();
  g_autofree char *id = pw_plan_make_id (self->plan, "col");
  g_autoptr(GPtrArray) before = all_boxes (self);
  gboolean in_order = boxes_in_order (before);
  guint position = g_list_model_get_n_items (boxes);
  PwProjectList *list;
  int max = 0;

  /* after the box being edited, else at the end of the chapter */
  if (self->current_box != NULL && pw_list_find (boxes, self->current_box, &position))
    position++;

  for (guint i = 0; i < before->len; i++)
    max = MAX (max, pw_box_get_number (g_ptr_array_index (before, i)));
  pw_object_set_id (PW_OBJECT (box), id);
  pw_box_set_number (box, max + 1);

  pw_history_begin (pw_plan_get_history (self->plan), _("Add Box"));
  pw_chapter_insert_box (self->chapter, position, box);
  if (in_order)
    {
      g_autoptr(GPtrArray) after = all_boxes (self);

      for (guint i = 0; i < after->len; i++)
        pw_box_set_number (g_ptr_array_index (after, i), (int) i + 1);
    }
  pw_history_end (pw_plan_get_history (self->plan));

  pw_chapter_page_set_current_box (self, box);
  list = pw_chapter_page_find_list (self, box);
  if (list != NULL)
    {
      pw_chapter_page_show_part (self, G_OBJECT (box));
      pw_project_list_focus_title (list);
    }
}

/* Private API */

/* Installs the chapter.* actions of this file and their keys. */
void
pw_chapter_page_install_project_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chapter.add-project", NULL, add_project_action);
  gtk_widget_class_install_action (widget_class, "chapter.remove-project", NULL, remove_project_action);
  gtk_widget_class_install_action (widget_class, "chapter.duplicate-project", NULL, duplicate_project_action);
  gtk_widget_class_install_action (widget_class, "chapter.move-project-up", NULL, move_project_up_action);
  gtk_widget_class_install_action (widget_class, "chapter.move-project-down", NULL, move_project_down_action);
  gtk_widget_class_install_action (widget_class, "chapter.move-project-to", "s", move_project_to_action);
  gtk_widget_class_install_action (widget_class, "chapter.add-box", NULL, add_box_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "chapter.add-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "chapter.remove-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "chapter.duplicate-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "chapter.move-project-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "chapter.move-project-down", NULL);
}
