/* pw-plan-edit-items.c: the rules of editing a plan's projects and indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project added to a 专栏 or moved to another, what deleting an object
 * would take with it, and an indicator made of a target stated in a
 * paragraph.
 */

#define G_LOG_DOMAIN "pw-plan-edit"

#include "config.h"

#include "pw-plan-edit-private.h"

#include <glib/gi18n-lib.h>

/* Public API */

/**
 * pw_plan_add_project:
 * @self: a plan
 * @box: a 专栏 of @self
 * @position: where, at most the number of its projects
 * @name: (nullable): the project's name
 *
 * Returns: (transfer none): the new project
 */
PwProject *
pw_plan_add_project (PwPlan     *self,
                     PwBox      *box,
                     guint       position,
                     const char *name)
{
  g_autoptr(PwProject) project = NULL;
  GListModel *projects;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (PW_IS_BOX (box), NULL);

  projects = pw_box_get_projects (box);
  position = MIN (position, pw_edit_n (projects));
  project = pw_project_new ();
  pw_edit_give_id (self, project, "prj");
  pw_project_set_name (project, name);
  pw_project_set_number (project, pw_edit_next_number (projects, position));

  pw_edit_begin (self, _("Add Project"));
  pw_box_insert_project (box, position, project);
  pw_edit_end (self);
  return project;
}


/**
 * pw_plan_count_content:
 * @self: a plan
 * @object: a part, chapter, section or 专栏
 * @n_indicators: (out) (optional): the indicators linked to its chapters
 * @n_projects: (out) (optional): the projects of its 专栏
 *
 * What pw_plan_delete() would delete besides the outline, so that a window
 * can ask first.
 */
void
pw_plan_count_content (PwPlan   *self,
                       GObject  *object,
                       guint    *n_indicators,
                       guint    *n_projects)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *indicators;
  guint indicators_found = 0;
  guint projects_found = 0;

  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (pw_edit_is_outline (object));

  pw_edit_collect_ids (self, object, ids);
  indicators = pw_plan_get_indicators (self);
  for (guint i = 0; i < pw_edit_n (indicators); i++)
    {
      const char *id = pw_object_get_id (pw_edit_nth (indicators, i));

      if (id != NULL && g_hash_table_contains (ids, id))
        indicators_found++;
    }

  /* Projects: count them where they are. */
  {
    g_autoptr(GPtrArray) boxes = g_ptr_array_new ();

    if (PW_IS_BOX (object))
      g_ptr_array_add (boxes, object);
    else
      {
        GListModel *chapters = pw_plan_get_chapters (self);

        for (guint i = 0; i < pw_edit_n (chapters); i++)
          {
            PwChapter *chapter = pw_edit_nth (chapters, i);
            GListModel *list = pw_chapter_get_boxes (chapter);

            if (G_OBJECT (chapter) != object && G_OBJECT (pw_chapter_get_part (chapter)) != object)
              continue;
            for (guint j = 0; j < pw_edit_n (list); j++)
              g_ptr_array_add (boxes, pw_edit_nth (list, j));
          }
      }
    for (guint i = 0; i < boxes->len; i++)
      projects_found += pw_edit_n (pw_box_get_projects (g_ptr_array_index (boxes, i)));
  }

  if (n_indicators != NULL)
    *n_indicators = indicators_found;
  if (n_projects != NULL)
    *n_projects = projects_found;
}


/**
 * pw_plan_find_box_of:
 * @self: a plan
 * @project: a project
 *
 * Returns: (transfer none) (nullable): the 专栏 that holds @project
 */
PwBox *
pw_plan_find_box_of (PwPlan    *self,
                     PwProject *project)
{
  GListModel *chapters;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (PW_IS_PROJECT (project), NULL);

  chapters = pw_plan_get_chapters (self);
  for (guint i = 0; i < pw_edit_n (chapters); i++)
    {
      GListModel *boxes = pw_chapter_get_boxes (pw_edit_nth (chapters, i));

      for (guint j = 0; j < pw_edit_n (boxes); j++)
        if (pw_edit_find (pw_box_get_projects (pw_edit_nth (boxes, j)), project, NULL))
          return pw_edit_nth (boxes, j);
    }
  return NULL;
}

/**
 * pw_plan_move_project:
 * @self: a plan
 * @project: a project of @self
 * @box: a 专栏 of @self (may be its own)
 * @position: where among the projects of @box, counted before the move
 *
 * Returns: whether the project moved
 */
gboolean
pw_plan_move_project (PwPlan    *self,
                      PwProject *project,
                      PwBox     *box,
                      guint      position)
{
  g_autoptr(PwProject) keep = NULL;
  PwBox *from;
  guint at = 0;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PW_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (PW_IS_BOX (box), FALSE);

  from = pw_plan_find_box_of (self, project);
  if (from == NULL || position > pw_edit_n (pw_box_get_projects (box)))
    return FALSE;
  pw_edit_find (pw_box_get_projects (from), project, &at);
  if (from == box)
    {
      if (at < position)
        position--;
      if (at == position || position >= pw_edit_n (pw_box_get_projects (box)))
        return FALSE;
    }

  keep = g_object_ref (project);
  pw_edit_begin (self, _("Move Project"));
  if (from == box)
    pw_box_move_project (box, at, position);
  else
    {
      pw_box_remove_project (from, at);
      pw_box_insert_project (box, position, project);
    }
  pw_edit_end (self);
  return TRUE;
}
