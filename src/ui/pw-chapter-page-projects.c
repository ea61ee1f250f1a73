/* pw-chapter-page-projects.c: the 专栏 commands of a chapter page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chapter.* actions on the projects of a 专栏 box and on the boxes:
 * add, remove, duplicate, move up and down, move to another box, add a
 * box. Each is one undo step of the model's editing rules (pw-plan-edit.h),
 * which number the projects and boxes as the plan's numbering says. The
 * rest of the page is pw-chapter-page.c.
 */

#define G_LOG_DOMAIN "pw-chapter-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-chapter-page-private.h"
#include "pw-locate.h"
#include "pw-plan-edit.h"

/* Auxiliary methods */

/* Before a command on the selected rows: the edit open stored (a text
 * refused keeps its cell open, and the command waits). */
static PwProjectList *
rows_command (PwChapterPage *self,
              guint         *first,
              guint         *last)
{
  PwProjectList *list = pw_chapter_page_selected_rows (self, first, last);

  g_return_val_if_fail (list != NULL, NULL);
  if (!pw_project_list_commit (list))
    return NULL;
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
  guint position;

  g_return_if_fail (list != NULL);

  box = pw_project_list_get_box (list);
  position = pw_project_list_get_selected (list);
  position = position == GTK_INVALID_LIST_POSITION ? g_list_model_get_n_items (pw_box_get_projects (box))
                                                   : position + 1;
  pw_plan_add_project (self->plan, box, position, NULL);

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
  PwProjectList *list = rows_command (self, &first, &last);
  PwBox *box;
  guint n;

  if (list == NULL)
    return;
  box = pw_project_list_get_box (list);
  pw_plan_remove_projects (self->plan, box, first, last - first + 1);

  n = g_list_model_get_n_items (pw_box_get_projects (box));
  pw_project_list_select (list, n == 0 ? GTK_INVALID_LIST_POSITION : MIN (first, n - 1));
  pw_chapter_page_update_actions (self);
}

/* Copies of the rows, below them (pw_plan_duplicate_projects()). */
static void
duplicate_project_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PwChapterPage *self = PW_CHAPTER_PAGE (widget);
  guint first = 0, last = 0;
  PwProjectList *list = rows_command (self, &first, &last);

  if (list == NULL)
    return;
  pw_plan_duplicate_projects (self->plan, pw_project_list_get_box (list), first, last - first + 1);

  pw_project_list_shift_selection (list, (int) (last - first + 1));
  pw_chapter_page_update_actions (self);
}

/* The rows move together, past the project before or after them: that
 * project moves to their other side (pw_plan_move_project()). The cursor
 * and the range follow them from where they were before: the list puts its
 * cursor back among its rows as they change, and moving the last rows up
 * takes the project passed out of the list before it goes after them. */
static void
move_project (PwChapterPage *self,
              int            delta)
{
  guint first = 0, last = 0, cursor, far;
  PwProjectList *list = rows_command (self, &first, &last);
  PwHistory *history = pw_plan_get_history (self->plan);
  PwBox *box;
  g_autoptr(PwProject) passed = NULL;

  if (list == NULL)
    return;
  cursor = pw_project_list_get_selected (list);
  far = cursor == first ? last : first;
  box = pw_project_list_get_box (list);
  passed = g_list_model_get_item (pw_box_get_projects (box), delta < 0 ? first - 1 : last + 1);

  pw_history_begin (history, delta < 0 ? _("Move Project Up") : _("Move Project Down"));
  pw_plan_move_project (self->plan, passed, box, delta < 0 ? last + 1 : first);
  pw_history_end (history);

  pw_project_list_select_rows (list, cursor + delta, far + delta);
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
  GObject *anchor = G_OBJECT (self->chapter);
  PwBox *box;
  PwProjectList *list;

  /* after the box being edited, else at the end of the chapter */
  if (self->current_box != NULL && pw_list_find (boxes, self->current_box, NULL))
    anchor = G_OBJECT (self->current_box);
  box = PW_BOX (pw_plan_add (self->plan, PW_TYPE_BOX, anchor, TRUE, NULL));

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
