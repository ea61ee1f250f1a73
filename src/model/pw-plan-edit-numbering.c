/* pw-plan-edit-numbering.c: numbering the outline, and an edit as one step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit of pw-plan-edit*.c is between pw_edit_begin() and pw_edit_end():
 * one step of the plan's history, after which the outline is numbered
 * again when the plan renumbers (PW_NUMBERING_RENUMBER); with numbers kept
 * as printed, a new object takes the number after the one before it.
 */

#define G_LOG_DOMAIN "pw-plan-edit"

#include "config.h"

#include "pw-plan-edit-private.h"


/* Auxiliary methods */

static gboolean chapters_per_part (PwPlan *self);
static void     renumber          (PwPlan   *self,
                                   gboolean  per_part);

/* Starts an edit. Whether the chapters are numbered in each part is read
 * before anything moves, as the edit may move the first chapter of a part. */
void
pw_edit_begin (PwPlan     *self,
               const char *label)
{
  PwEditState *edit = pw_plan_get_edit_state (self);

  if (edit->depth++ == 0)
    edit->per_part = chapters_per_part (self);
  pw_history_begin (pw_plan_get_history (self), label);
}

/* Ends an edit: numbers the outline again, in the same step. */
void
pw_edit_end (PwPlan *self)
{
  PwEditState *edit = pw_plan_get_edit_state (self);

  if (--edit->depth == 0)
    renumber (self, edit->per_part);
  pw_history_end (pw_plan_get_history (self));
}

static int
number_of (GObject *object)
{
  int number = 0;

  g_object_get (object, "number", &number, NULL);
  return number;
}

static void
set_number (GObject *object,
            int      number)
{
  if (number_of (object) != number)
    g_object_set (object, "number", number, NULL);
}

/* With numbers as printed, the number after that of the object before. */
int
pw_edit_next_number (GListModel *list,
             guint       position)
{
  for (guint i = position; i > 0; i--)
    {
      int number = number_of (pw_edit_nth (list, i - 1));

      if (number > 0)
        return number + 1;
    }
  return 1;
}

static void
renumber_list (GListModel *list,
               int        *next)
{
  guint n_items = pw_edit_n (list);

  for (guint i = 0; i < n_items; i++)
    {
      GObject *object = pw_edit_nth (list, i);

      if (number_of (object) > 0)
        set_number (object, (*next)++);
    }
}

/* Whether the numbered objects of @list run on from *@next. */
static gboolean
list_is_regular (GListModel *list,
                 int        *next)
{
  guint n_items = pw_edit_n (list);

  for (guint i = 0; i < n_items; i++)
    {
      int number = number_of (pw_edit_nth (list, i));

      if (number > 0 && number != (*next)++)
        return FALSE;
    }
  return TRUE;
}

/* Whether the chapters are numbered from 1 in each part (第一部分 一、 二、
 * … 第二部分 一、), rather than through the whole plan as a 纲要 numbers
 * them: every part starts at 1, and there are two or more. */
static gboolean
chapters_per_part (PwPlan *self)
{
  GListModel *parts = pw_plan_get_parts (self);
  guint n_starting = 0;

  for (guint i = 0; i < pw_edit_n (parts); i++)
    {
      GListModel *chapters = pw_part_get_chapters (pw_edit_nth (parts, i));

      if (pw_edit_n (chapters) == 0)
        continue;
      if (pw_chapter_get_number (pw_edit_nth (chapters, 0)) != 1)
        return FALSE;
      n_starting++;
    }
  return n_starting >= 2;
}

/* Renumbers (or with @check, checks) the chapters: through the plan, or
 * from 1 in each part, and those in no part through the plan. */
static gboolean
chapters_walk (PwPlan   *self,
               gboolean  per_part,
               gboolean  check)
{
  GListModel *chapters = pw_plan_get_chapters (self);
  PwPart *current = NULL;
  int next = 1;
  int next_loose = 1;

  for (guint i = 0; i < pw_edit_n (chapters); i++)
    {
      PwChapter *chapter = pw_edit_nth (chapters, i);
      PwPart *part = pw_chapter_get_part (chapter);
      int *counter = per_part && part == NULL ? &next_loose : &next;
      int number = pw_chapter_get_number (chapter);

      if (per_part && part != NULL && part != current)
        next = 1;
      current = part;
      if (number <= 0)
        continue;
      if (check && number != *counter)
        return FALSE;
      if (!check)
        pw_chapter_set_number (chapter, *counter);
      (*counter)++;
    }
  return TRUE;
}

/* The number of the 专栏 that a new one at @position of @chapter follows,
 * through the whole plan, plus one. */
int
pw_edit_next_box_number (PwPlan    *self,
                 PwChapter *chapter,
                 guint      position)
{
  GListModel *chapters = pw_plan_get_chapters (self);
  guint at = pw_edit_chapter_index (self, chapter);
  int number = pw_edit_next_number (pw_chapter_get_boxes (chapter), position);

  for (guint i = at; number == 1 && i > 0; i--)
    {
      GListModel *boxes = pw_chapter_get_boxes (pw_edit_nth (chapters, i - 1));

      number = pw_edit_next_number (boxes, pw_edit_n (boxes));
    }
  return number;
}

/* Public API */

/**
 * pw_plan_renumber:
 * @self: a plan
 *
 * Numbers the outline again, when the plan's numbering is
 * %PW_NUMBERING_RENUMBER; does nothing when it keeps the numbers as printed.
 * Every edit of this file calls it.
 */
void
pw_plan_renumber (PwPlan *self)
{
  g_return_if_fail (PW_IS_PLAN (self));

  renumber (self, chapters_per_part (self));
}

static void
renumber (PwPlan   *self,
          gboolean  per_part)
{
  GListModel *chapters;
  int next_box = 1;
  int next_part = 1;

  if (pw_plan_get_numbering (self) != PW_NUMBERING_RENUMBER)
    return;

  renumber_list (pw_plan_get_parts (self), &next_part);
  chapters = pw_plan_get_chapters (self);
  chapters_walk (self, per_part, FALSE);
  for (guint i = 0; i < pw_edit_n (chapters); i++)
    {
      PwChapter *chapter = pw_edit_nth (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);
      int next_section = 1;

      renumber_list (pw_chapter_get_sections (chapter), &next_section);
      renumber_list (boxes, &next_box);
      for (guint j = 0; j < pw_edit_n (boxes); j++)
        {
          int next_project = 1;

          renumber_list (pw_box_get_projects (pw_edit_nth (boxes, j)), &next_project);
        }
    }
}

/**
 * pw_plan_numbering_is_regular:
 * @self: a plan
 *
 * Whether the numbers of the outline are those pw_plan_renumber() would
 * give, so that renumbering changes none of them: what an importer asks to
 * choose between renumbering and keeping the numbers as printed.
 *
 * Returns: %TRUE when the numbering is regular
 */
gboolean
pw_plan_numbering_is_regular (PwPlan *self)
{
  GListModel *chapters;
  int next_box = 1;
  int next_part = 1;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);

  chapters = pw_plan_get_chapters (self);
  if (!list_is_regular (pw_plan_get_parts (self), &next_part) ||
      !chapters_walk (self, chapters_per_part (self), TRUE))
    return FALSE;
  for (guint i = 0; i < pw_edit_n (chapters); i++)
    {
      PwChapter *chapter = pw_edit_nth (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);
      int next_section = 1;

      if (!list_is_regular (pw_chapter_get_sections (chapter), &next_section) ||
          !list_is_regular (boxes, &next_box))
        return FALSE;
      for (guint j = 0; j < pw_edit_n (boxes); j++)
        {
          int next_project = 1;

          if (!list_is_regular (pw_box_get_projects (pw_edit_nth (boxes, j)), &next_project))
            return FALSE;
        }
    }
  return TRUE;
}
