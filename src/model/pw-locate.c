/* pw-locate.c: finding an object of a plan by its id, and naming it for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments and comparisons point at objects by id; these turn an id back
 * into the object and the object into what a reader of the plan calls it:
 * its heading as printed (第三章 提供安全普惠的婴幼儿照护服务), 专栏1 and its
 * title, or the name of an indicator or a project.
 */

#define G_LOG_DOMAIN "pw-locate"

#include "config.h"

#include "pw-locate.h"

#include <glib/gi18n-lib.h>

#include "pw-box.h"
#include "pw-heading-number.h"
#include "pw-project.h"
#include "pw-section.h"
#include "pw-service-item.h"

/* Auxiliary methods */

static void
foreach_in_list (GListModel *list,
                 void      (*func) (PwObject *, gpointer),
                 gpointer    user_data)
{
  guint n_items = g_list_model_get_n_items (list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwObject) object = g_list_model_get_item (list, i);
      func (object, user_data);
    }
}

typedef struct
{
  const char *id;
  PwObject *found;
} Search;

static void
match_id (PwObject *object,
          gpointer  user_data)
{
  Search *search = user_data;

  if (search->found == NULL && g_strcmp0 (pw_object_get_id (object), search->id) == 0)
    search->found = object;
}

/* Public API */

/**
 * pw_plan_foreach_object:
 * @plan: a plan
 * @func: called with each object
 * @user_data: for @func
 *
 * Calls @func on the plan itself, then on every part (篇), then on every chapter followed by its
 * sections, service items, 专栏 boxes and their projects, then on every
 * indicator and every comment, in the order of the document.
 */
void
pw_plan_foreach_object (PwPlan   *plan,
                        void    (*func) (PwObject *object,
                                         gpointer  user_data),
                        gpointer  user_data)
{
  GListModel *chapters;
  guint n_chapters;

  g_return_if_fail (PW_IS_PLAN (plan));
  g_return_if_fail (func != NULL);

  func (PW_OBJECT (plan), user_data);
  foreach_in_list (pw_plan_get_parts (plan), func, user_data);

  chapters = pw_plan_get_chapters (plan);
  n_chapters = g_list_model_get_n_items (chapters);
  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);
      guint n_boxes = g_list_model_get_n_items (boxes);

      func (PW_OBJECT (chapter), user_data);
      foreach_in_list (pw_chapter_get_sections (chapter), func, user_data);
      foreach_in_list (pw_chapter_get_service_items (chapter), func, user_data);
      for (guint j = 0; j < n_boxes; j++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);

          func (PW_OBJECT (box), user_data);
          foreach_in_list (pw_box_get_projects (box), func, user_data);
        }
    }

  foreach_in_list (pw_plan_get_indicators (plan), func, user_data);
  foreach_in_list (pw_plan_get_comments (plan), func, user_data);
}

/**
 * pw_plan_find_object:
 * @plan: a plan
 * @id: (nullable): an id
 *
 * Returns: (transfer none) (nullable): the object of @plan (the plan
 *   itself included) whose id is @id
 */
PwObject *
pw_plan_find_object (PwPlan     *plan,
                     const char *id)
{
  Search search = { id, NULL };
  PwIndicator *indicator;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);

  if (id == NULL)
    return NULL;

  /* Most objects are indicators, and the plan finds those in constant
   * time; the walk is for the rest. */
  indicator = pw_plan_find_indicator (plan, id);
  if (indicator != NULL)
    return PW_OBJECT (indicator);

  pw_plan_foreach_object (plan, match_id, &search);
  return search.found;
}

/**
 * pw_plan_describe_object:
 * @plan: the plan that holds @object
 * @object: an object of @plan
 *
 * Returns: (transfer full): what a reader calls @object: "第三章 提供安全普惠的
 *   婴幼儿照护服务", "第三章 第一节 提升优生优育服务水平", "专栏1 优生优育服务建设
 *   项目", an indicator's or a project's name, or the plan's title
 */
char *
pw_plan_describe_object (PwPlan   *plan,
                         PwObject *object)
{
  PwHeadingStyle style;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_OBJECT (object), NULL);

  style = pw_plan_get_heading_style (plan);

  if (PW_IS_PLAN (object))
    {
      const char *title = pw_plan_get_title (PW_PLAN (object));
      return g_strdup (title != NULL && *title != '\0' ? title : _("the plan"));
    }
  if (PW_IS_PART (object))
    {
      PwPart *part = PW_PART (object);

      return pw_part_heading_text (pw_part_get_number (part), pw_part_get_title (part));
    }
  if (PW_IS_CHAPTER (object))
    {
      PwChapter *chapter = PW_CHAPTER (object);
      return pw_heading_text (style, FALSE, pw_chapter_get_number (chapter),
                              pw_chapter_get_title (chapter));
    }
  if (PW_IS_SECTION (object))
    {
      PwSection *section = PW_SECTION (object);
      PwChapter *chapter = pw_plan_find_chapter_of (plan, section);
      g_autofree char *heading = pw_heading_text (style, TRUE, pw_section_get_number (section),
                                                  pw_section_get_title (section));

      if (chapter == NULL || pw_chapter_get_number (chapter) <= 0)
        return g_steal_pointer (&heading);
      else
        {
          g_autofree char *number = pw_heading_number (style, FALSE,
                                                       pw_chapter_get_number (chapter));
          return g_strdup_printf ("%s %s", number, heading);
        }
    }
  if (PW_IS_BOX (object))
    {
      PwBox *box = PW_BOX (object);
      const char *title = pw_box_get_title (box);

      /* 专栏 is the plan's own word: it is printed so in every language. */
      if (pw_box_get_number (box) > 0)
        return g_strdup_printf ("专栏%d %s", pw_box_get_number (box), title != NULL ? title : "");
      return g_strdup_printf ("专栏 %s", title != NULL ? title : "");
    }
  if (PW_IS_PROJECT (object))
    return g_strdup_printf (_("project “%s”"), pw_project_get_name (PW_PROJECT (object)));
  if (PW_IS_INDICATOR (object))
    return g_strdup_printf (_("indicator “%s”"), pw_indicator_get_name (PW_INDICATOR (object)));
  if (PW_IS_SERVICE_ITEM (object))
    return g_strdup_printf (_("service item “%s”"),
                            pw_service_item_get_name (PW_SERVICE_ITEM (object)));
  if (PW_IS_COMMENT (object))
    return g_strdup_printf (_("comment by %s"), pw_comment_get_author (PW_COMMENT (object)));

  return g_strdup (pw_object_get_id (object));
}

/**
 * pw_plan_describe_id:
 * @plan: a plan
 * @id: (nullable): an id, or %NULL for the plan itself
 *
 * Returns: (transfer full): pw_plan_describe_object() of the object with
 *   @id, or @id itself when no object of @plan has it
 */
char *
pw_plan_describe_id (PwPlan     *plan,
                     const char *id)
{
  PwObject *object;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);

  object = id != NULL ? pw_plan_find_object (plan, id) : PW_OBJECT (plan);
  if (object == NULL)
    return g_strdup (id);
  return pw_plan_describe_object (plan, object);
}
