/* pw-plan-edit.c: the rules of editing a plan's outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit of the outline that the window, the command line and the tests
 * make goes through here, so that one set of rules decides what a new object
 * is called and numbered, where it goes and what it takes with it. Each edit
 * is one step of the plan's history, and changes the plan's lists through
 * their own insert, remove and move, so that every view sees exact
 * items-changed.
 *
 * The rules, where a document leaves a choice (they follow Word's navigation
 * pane and GNOME's outline views):
 * - A new object has a new id, an empty text, the part of the chapter it is
 *   added beside, and the number its place gives it.
 * - An object that changes level (a section promoted to a chapter, a chapter
 *   demoted to a section, a paragraph made a heading and back) keeps its id,
 *   so that the comments on it follow it; the sections after a promoted
 *   section become the new chapter's, as the subheadings after a heading do.
 * - Deleting deletes the content: a chapter's sections, 专栏 and projects,
 *   the indicators linked to it, and the comments on any of them.
 * - Moving up or down past the first or last sibling moves into the
 *   neighbouring chapter or part.
 * - With PW_NUMBERING_RENUMBER, parts are numbered from 1, chapters from 1
 *   through the whole plan (a 纲要 numbers its chapters across its parts),
 *   sections from 1 in each chapter, 专栏 from 1 through the whole plan and
 *   projects from 1 in each 专栏; an object numbered 0 (printed without a
 *   number) stays so and is not counted. With PW_NUMBERING_AS_PRINTED the
 *   numbers stay, and a new object takes the number after the one before it.
 */

#define G_LOG_DOMAIN "pw-plan-edit"

#include "config.h"

#include "pw-plan-edit.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-comments.h"

/* Auxiliary methods */

static gboolean
find_item (GListModel *list,
           gpointer    item,
           guint      *position)
{
  guint n_items = g_list_model_get_n_items (list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) candidate = g_list_model_get_item (list, i);

      if (candidate == item)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The item at @position, which @list holds a reference to. */
static gpointer
nth (GListModel *list,
     guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, position);

  return item;
}

static guint
n_of (GListModel *list)
{
  return g_list_model_get_n_items (list);
}

static GListModel *
chapters_of (PwPlan *self)
{
  return pw_plan_get_chapters (self);
}

/* What an edit in progress remembers of the plan before it. */
typedef struct
{
  guint depth;
  gboolean per_part;
} Edit;

static gboolean chapters_per_part (PwPlan *self);
static void     renumber          (PwPlan   *self,
                                   gboolean  per_part);

static Edit *
edit_of (PwPlan *self)
{
  Edit *edit = g_object_get_data (G_OBJECT (self), "pw-plan-edit");

  if (edit == NULL)
    {
      edit = g_new0 (Edit, 1);
      g_object_set_data_full (G_OBJECT (self), "pw-plan-edit", edit, g_free);
    }
  return edit;
}

/* Starts an edit. Whether the chapters are numbered in each part is read
 * before anything moves, as the edit may move the first chapter of a part. */
static void
begin (PwPlan     *self,
       const char *label)
{
  Edit *edit = edit_of (self);

  if (edit->depth++ == 0)
    edit->per_part = chapters_per_part (self);
  pw_history_begin (pw_plan_get_history (self), label);
}

/* Ends an edit: numbers the outline again, in the same step. */
static void
end (PwPlan *self)
{
  Edit *edit = edit_of (self);

  if (--edit->depth == 0)
    renumber (self, edit->per_part);
  pw_history_end (pw_plan_get_history (self));
}

static void
give_id (PwPlan     *self,
         gpointer    object,
         const char *prefix)
{
  g_autofree char *id = pw_plan_make_id (self, prefix);

  pw_object_set_id (object, id);
}

/* The id of @from on @to, reserved so that no new id repeats it. */
static void
hand_id (PwPlan   *self,
         gpointer  from,
         gpointer  to)
{
  const char *id = pw_object_get_id (from);

  if (id != NULL)
    {
      pw_object_set_id (to, id);
      pw_plan_reserve_id (self, id);
    }
  else
    give_id (self, to, PW_IS_CHAPTER (to) ? "ch" : "sec");
}

static gboolean
is_outline_object (GObject *object)
{
  return PW_IS_PART (object) || PW_IS_CHAPTER (object) || PW_IS_SECTION (object) || PW_IS_BOX (object);
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
static int
next_number (GListModel *list,
             guint       position)
{
  for (guint i = position; i > 0; i--)
    {
      int number = number_of (nth (list, i - 1));

      if (number > 0)
        return number + 1;
    }
  return 1;
}

static void
renumber_list (GListModel *list,
               int        *next)
{
  guint n_items = n_of (list);

  for (guint i = 0; i < n_items; i++)
    {
      GObject *object = nth (list, i);

      if (number_of (object) > 0)
        set_number (object, (*next)++);
    }
}

/* Whether the numbered objects of @list run on from *@next. */
static gboolean
list_is_regular (GListModel *list,
                 int        *next)
{
  guint n_items = n_of (list);

  for (guint i = 0; i < n_items; i++)
    {
      int number = number_of (nth (list, i));

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

  for (guint i = 0; i < n_of (parts); i++)
    {
      GListModel *chapters = pw_part_get_chapters (nth (parts, i));

      if (n_of (chapters) == 0)
        continue;
      if (pw_chapter_get_number (nth (chapters, 0)) != 1)
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

  for (guint i = 0; i < n_of (chapters); i++)
    {
      PwChapter *chapter = nth (chapters, i);
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

/* Paragraphs: a text holds one per line; no text holds none. */

static GPtrArray *
split_paragraphs (const char *text)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = NULL;

  if (text == NULL || *text == '\0')
    return out;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (out, g_steal_pointer (&lines[i]));
  return out;
}

/* The paragraphs [from, to) of @paragraphs as a text, or %NULL for none. */
static char *
join_paragraphs (GPtrArray *paragraphs,
                 guint      from,
                 guint      to)
{
  GString *out;

  to = MIN (to, paragraphs->len);
  if (from >= to)
    return NULL;
  out = g_string_new (NULL);
  for (guint i = from; i < to; i++)
    {
      if (i > from)
        g_string_append_c (out, '\n');
      g_string_append (out, g_ptr_array_index (paragraphs, i));
    }
  return g_string_free (out, FALSE);
}

static void
set_paragraphs (GObject    *holder,
                const char *text)
{
  g_object_set (holder, "text", text, NULL);
}

/* Appends @more (a text, or %NULL) to the paragraphs of @holder. */
static void
append_paragraphs (GObject    *holder,
                   const char *more)
{
  const char *text = pw_plan_get_paragraphs (holder);
  g_autofree char *joined = NULL;

  if (more == NULL || *more == '\0')
    return;
  if (text == NULL || *text == '\0')
    {
      set_paragraphs (holder, more);
      return;
    }
  joined = g_strconcat (text, "\n", more, NULL);
  set_paragraphs (holder, joined);
}

static gboolean
is_holder (GObject *object)
{
  return PW_IS_PART (object) || PW_IS_CHAPTER (object) || PW_IS_SECTION (object);
}

/* The ids of @object and everything it holds. */
static void
collect_ids (PwPlan     *self,
             GObject    *object,
             GHashTable *ids)
{
  const char *id = pw_object_get_id (PW_OBJECT (object));

  if (id != NULL)
    g_hash_table_add (ids, (gpointer) id);

  if (PW_IS_PART (object))
    {
      GListModel *chapters = pw_part_get_chapters (PW_PART (object));

      for (guint i = 0; i < n_of (chapters); i++)
        collect_ids (self, nth (chapters, i), ids);
    }
  else if (PW_IS_CHAPTER (object))
    {
      GListModel *sections = pw_chapter_get_sections (PW_CHAPTER (object));
      GListModel *boxes = pw_chapter_get_boxes (PW_CHAPTER (object));
      GListModel *items = pw_chapter_get_service_items (PW_CHAPTER (object));
      GListModel *indicators = pw_plan_get_indicators (self);

      for (guint i = 0; i < n_of (sections); i++)
        collect_ids (self, nth (sections, i), ids);
      for (guint i = 0; i < n_of (boxes); i++)
        collect_ids (self, nth (boxes, i), ids);
      for (guint i = 0; i < n_of (items); i++)
        collect_ids (self, nth (items, i), ids);
      for (guint i = 0; id != NULL && i < n_of (indicators); i++)
        if (g_strcmp0 (pw_indicator_get_chapter (nth (indicators, i)), id) == 0)
          collect_ids (self, nth (indicators, i), ids);
    }
  else if (PW_IS_BOX (object))
    {
      GListModel *projects = pw_box_get_projects (PW_BOX (object));

      for (guint i = 0; i < n_of (projects); i++)
        collect_ids (self, nth (projects, i), ids);
    }
}

/* Deletes the comments on any of @ids, with their replies. */
static void
delete_comments_on (PwPlan     *self,
                    GHashTable *ids)
{
  GListModel *comments = pw_plan_get_comments (self);

  for (guint i = n_of (comments); i > 0; i--)
    {
      PwComment *comment;

      if (i > n_of (comments))
        continue;
      comment = nth (comments, i - 1);
      if (pw_comment_get_target (comment) != NULL &&
          g_hash_table_contains (ids, pw_comment_get_target (comment)))
        pw_plan_delete_comment (self, comment);
    }
}

/* The comments on @from are on @to from now on, @shift paragraphs later. */
static void
retarget_comments (PwPlan     *self,
                   const char *from,
                   const char *to,
                   int         shift)
{
  GListModel *comments = pw_plan_get_comments (self);

  if (from == NULL || to == NULL)
    return;
  for (guint i = 0; i < n_of (comments); i++)
    {
      PwComment *comment = nth (comments, i);

      if (g_strcmp0 (pw_comment_get_target (comment), from) != 0)
        continue;
      pw_comment_set_target (comment, to);
      if (pw_comment_get_paragraph (comment) > 0)
        pw_comment_set_paragraph (comment, pw_comment_get_paragraph (comment) + shift);
    }
}

/* The indicators of @from belong to @to (%NULL: to no chapter). */
static void
relink_indicators (PwPlan    *self,
                   PwChapter *from,
                   PwChapter *to)
{
  GListModel *indicators = pw_plan_get_indicators (self);
  const char *id = pw_object_get_id (PW_OBJECT (from));

  for (guint i = 0; id != NULL && i < n_of (indicators); i++)
    {
      PwIndicator *indicator = nth (indicators, i);

      if (g_strcmp0 (pw_indicator_get_chapter (indicator), id) == 0)
        pw_indicator_set_chapter (indicator, to != NULL ? pw_object_get_id (PW_OBJECT (to)) : NULL);
    }
}

static guint
chapter_index (PwPlan    *self,
               PwChapter *chapter)
{
  guint position = G_MAXUINT;

  find_item (chapters_of (self), chapter, &position);
  return position;
}

/* Where a chapter goes that is to be the first (@last: the last) of @part.
 * Into an empty part, @moving (if given) keeps its place where that keeps
 * the chapters of the parts in order. */
static guint
part_insert_position (PwPlan    *self,
                      PwPart    *part,
                      gboolean   last,
                      PwChapter *moving)
{
  GListModel *chapters = chapters_of (self);
  GListModel *mine = pw_part_get_chapters (part);
  GListModel *parts = pw_plan_get_parts (self);
  guint part_index = 0;
  guint lo = 0;
  guint hi = n_of (chapters);
  guint at;

  if (n_of (mine) > 0)
    {
      guint i = chapter_index (self, nth (mine, last ? n_of (mine) - 1 : 0));
      return last ? i + 1 : i;
    }

  /* An empty part: after the chapters of the parts before it, before
   * those of the parts after it. */
  find_item (parts, part, &part_index);
  for (guint i = 0; i < n_of (chapters); i++)
    {
      PwChapter *chapter = nth (chapters, i);
      PwPart *other = pw_chapter_get_part (chapter);
      guint other_index;

      if (chapter == moving || other == NULL || !find_item (parts, other, &other_index))
        continue;
      if (other_index < part_index)
        lo = i + 1;
      else if (other_index > part_index && hi == n_of (chapters))
        hi = i;
    }
  at = moving != NULL ? chapter_index (self, moving) : G_MAXUINT;
  if (at != G_MAXUINT && at >= lo && at <= hi)
    return at;
  if (at != G_MAXUINT && at > hi)
    return hi;
  return lo;
}

/* Moves @chapter to @position of the plan's list (counted before it is
 * taken out) and into @part. */
static void
place_chapter (PwPlan    *self,
               PwChapter *chapter,
               guint      position,
               PwPart    *part)
{
  guint from = chapter_index (self, chapter);

  if (from < position)
    position--;
  if (from != position)
    pw_plan_move_chapter (self, from, position);
  pw_chapter_set_part (chapter, part);
}

/* Moves @object (a section or 专栏) from its chapter to @position of @to. */
static void
place_in_chapter (PwPlan    *self,
                  GObject   *object,
                  PwChapter *to,
                  guint      position)
{
  g_autoptr(GObject) keep = g_object_ref (object);
  PwChapter *from = pw_plan_find_chapter_of (self, object);
  gboolean section = PW_IS_SECTION (object);
  GListModel *list = section ? pw_chapter_get_sections (from) : pw_chapter_get_boxes (from);
  guint at = 0;

  find_item (list, object, &at);
  if (from == to)
    {
      if (at < position)
        position--;
      if (at != position)
        {
          if (section)
            pw_chapter_move_section (from, at, position);
          else
            pw_chapter_move_box (from, at, position);
        }
      return;
    }

  if (section)
    {
      pw_chapter_remove_section (from, at);
      pw_chapter_insert_section (to, position, PW_SECTION (object));
    }
  else
    {
      pw_chapter_remove_box (from, at);
      pw_chapter_insert_box (to, position, PW_BOX (object));
    }
}

/* The part before (@direction < 0) or after @part in the plan's list. */
static PwPart *
neighbour_part (PwPlan *self,
                PwPart *part,
                int     direction)
{
  GListModel *parts = pw_plan_get_parts (self);
  guint position;

  if (part == NULL || !find_item (parts, part, &position))
    return NULL;
  if (direction < 0)
    return position > 0 ? nth (parts, position - 1) : NULL;
  return position + 1 < n_of (parts) ? nth (parts, position + 1) : NULL;
}

/* The chapter before or after @chapter. */
static PwChapter *
neighbour_chapter (PwPlan    *self,
                   PwChapter *chapter,
                   int        direction)
{
  guint i = chapter_index (self, chapter);
  GListModel *chapters = chapters_of (self);

  if (i == G_MAXUINT)
    return NULL;
  if (direction < 0)
    return i > 0 ? nth (chapters, i - 1) : NULL;
  return i + 1 < n_of (chapters) ? nth (chapters, i + 1) : NULL;
}

/* Moves the chapters of @part, together, to @position of the plan's list. */
static void
place_part_chapters (PwPlan *self,
                     PwPart *part,
                     guint   position)
{
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *chapters = pw_part_get_chapters (part);

  for (guint i = 0; i < n_of (chapters); i++)
    g_ptr_array_add (mine, g_object_ref (nth (chapters, i)));
  for (guint i = 0; i < mine->len; i++)
    {
      PwChapter *chapter = g_ptr_array_index (mine, i);
      guint from = chapter_index (self, chapter);

      place_chapter (self, chapter, position, part);
      if (from >= position)
        position++;
    }
}

static gboolean
move_part_to (PwPlan *self,
              PwPart *part,
              PwPart *target,
              PwDrop  drop)
{
  GListModel *parts = pw_plan_get_parts (self);
  guint from = 0;
  guint to = 0;
  guint at;

  if (target == part || drop == PW_DROP_INTO ||
      !find_item (parts, part, &from) || !find_item (parts, target, &to))
    return FALSE;

  /* The chapters first: before the target's first or after its last. */
  at = part_insert_position (self, target, drop == PW_DROP_AFTER, NULL);
  place_part_chapters (self, part, at);

  if (drop == PW_DROP_AFTER)
    to++;
  if (from < to)
    to--;
  if (from != to)
    pw_plan_move_part (self, from, to);
  return TRUE;
}

static gboolean
move_chapter_to (PwPlan    *self,
                 PwChapter *chapter,
                 GObject   *target,
                 PwDrop     drop)
{
  if (target == G_OBJECT (chapter))
    return FALSE;
  if (PW_IS_PART (target))
    {
      if (drop != PW_DROP_INTO)
        return FALSE;
      if (pw_chapter_get_part (chapter) == PW_PART (target))
        return FALSE;
      place_chapter (self, chapter, part_insert_position (self, PW_PART (target), TRUE, chapter), PW_PART (target));
      return TRUE;
    }
  if (PW_IS_CHAPTER (target) && drop != PW_DROP_INTO)
    {
      guint at = chapter_index (self, PW_CHAPTER (target));

      place_chapter (self, chapter, drop == PW_DROP_AFTER ? at + 1 : at,
                     pw_chapter_get_part (PW_CHAPTER (target)));
      return TRUE;
    }
  return FALSE;
}

static gboolean
move_child_to (PwPlan  *self,
               GObject *object,
               GObject *target,
               PwDrop   drop)
{
  gboolean section = PW_IS_SECTION (object);
  PwChapter *chapter;
  guint at = 0;

  if (target == object)
    return FALSE;
  if (PW_IS_CHAPTER (target))
    {
      GListModel *list;

      if (drop != PW_DROP_INTO)
        return FALSE;
      chapter = PW_CHAPTER (target);
      list = section ? pw_chapter_get_sections (chapter) : pw_chapter_get_boxes (chapter);
      place_in_chapter (self, object, chapter, n_of (list));
      return TRUE;
    }
  if (G_OBJECT_TYPE (target) != G_OBJECT_TYPE (object) || drop == PW_DROP_INTO)
    return FALSE;

  chapter = pw_plan_find_chapter_of (self, target);
  if (chapter == NULL)
    return FALSE;
  find_item (section ? pw_chapter_get_sections (chapter) : pw_chapter_get_boxes (chapter), target, &at);
  place_in_chapter (self, object, chapter, drop == PW_DROP_AFTER ? at + 1 : at);
  return TRUE;
}

/* What a move up or down does, as a move to a target: the neighbour to go
 * before or after, or the neighbouring container to go into. */
static gboolean
move_step (PwPlan   *self,
           GObject  *object,
           int       direction,
           GObject **target,
           PwDrop   *drop)
{
  if (PW_IS_PART (object))
    {
      *target = G_OBJECT (neighbour_part (self, PW_PART (object), direction));
      *drop = direction < 0 ? PW_DROP_BEFORE : PW_DROP_AFTER;
      return *target != NULL;
    }

  if (PW_IS_CHAPTER (object))
    {
      PwChapter *chapter = PW_CHAPTER (object);
      PwChapter *next = neighbour_chapter (self, chapter, direction);
      PwPart *part = pw_chapter_get_part (chapter);

      PwPart *over = neighbour_part (self, part, direction);

      if (next != NULL && pw_chapter_get_part (next) == part)
        {
          *target = G_OBJECT (next);
          *drop = direction < 0 ? PW_DROP_BEFORE : PW_DROP_AFTER;
          return TRUE;
        }
      /* Past the edge of its part: into the next part over, at its near
       * end; the chapter keeps its place in the plan's list. */
      if (over != NULL && direction < 0)
        {
          *target = G_OBJECT (over);
          *drop = PW_DROP_INTO;
          return TRUE;
        }
      if (over != NULL && n_of (pw_part_get_chapters (over)) > 0)
        {
          *target = nth (pw_part_get_chapters (over), 0);
          *drop = PW_DROP_BEFORE;
          return TRUE;
        }
      if (over != NULL)
        {
          *target = G_OBJECT (over);
          *drop = PW_DROP_INTO;
          return TRUE;
        }
      if (next != NULL)
        {
          *target = G_OBJECT (next);
          *drop = direction < 0 ? PW_DROP_AFTER : PW_DROP_BEFORE;
          return TRUE;
        }
      return FALSE;
    }

  if (PW_IS_SECTION (object) || PW_IS_BOX (object))
    {
      PwChapter *chapter = pw_plan_find_chapter_of (self, object);
      GListModel *list;
      guint at = 0;

      if (chapter == NULL)
        return FALSE;
      list = PW_IS_SECTION (object) ? pw_chapter_get_sections (chapter) : pw_chapter_get_boxes (chapter);
      find_item (list, object, &at);
      if (direction < 0 && at > 0)
        {
          *target = nth (list, at - 1);
          *drop = PW_DROP_BEFORE;
          return TRUE;
        }
      if (direction > 0 && at + 1 < n_of (list))
        {
          *target = nth (list, at + 1);
          *drop = PW_DROP_AFTER;
          return TRUE;
        }
      /* The last of the chapter before, or the first of the one after. */
      chapter = neighbour_chapter (self, chapter, direction);
      if (chapter == NULL)
        return FALSE;
      list = PW_IS_SECTION (object) ? pw_chapter_get_sections (chapter) : pw_chapter_get_boxes (chapter);
      if (n_of (list) == 0 || direction < 0)
        {
          *target = G_OBJECT (chapter);
          *drop = PW_DROP_INTO;
        }
      else
        {
          *target = nth (list, 0);
          *drop = PW_DROP_BEFORE;
        }
      return TRUE;
    }

  return FALSE;
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
  chapters = chapters_of (self);
  chapters_walk (self, per_part, FALSE);
  for (guint i = 0; i < n_of (chapters); i++)
    {
      PwChapter *chapter = nth (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);
      int next_section = 1;

      renumber_list (pw_chapter_get_sections (chapter), &next_section);
      renumber_list (boxes, &next_box);
      for (guint j = 0; j < n_of (boxes); j++)
        {
          int next_project = 1;

          renumber_list (pw_box_get_projects (nth (boxes, j)), &next_project);
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

  chapters = chapters_of (self);
  if (!list_is_regular (pw_plan_get_parts (self), &next_part) ||
      !chapters_walk (self, chapters_per_part (self), TRUE))
    return FALSE;
  for (guint i = 0; i < n_of (chapters); i++)
    {
      PwChapter *chapter = nth (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);
      int next_section = 1;

      if (!list_is_regular (pw_chapter_get_sections (chapter), &next_section) ||
          !list_is_regular (boxes, &next_box))
        return FALSE;
      for (guint j = 0; j < n_of (boxes); j++)
        {
          int next_project = 1;

          if (!list_is_regular (pw_box_get_projects (nth (boxes, j)), &next_project))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * pw_plan_add_part:
 * @self: a plan
 * @anchor: (nullable): a part, or a chapter (whose part is the anchor), or
 *   %NULL for the end
 * @after: whether the new part goes after @anchor or before it
 * @title: (nullable): its title
 *
 * Adds an empty part; chapters join it with pw_plan_add_chapter() or
 * pw_plan_move_to().
 *
 * Returns: (transfer none): the new part
 */
PwPart *
pw_plan_add_part (PwPlan     *self,
                  GObject    *anchor,
                  gboolean    after,
                  const char *title)
{
  GListModel *parts;
  g_autoptr(PwPart) part = NULL;
  guint position;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (anchor == NULL || is_outline_object (anchor), NULL);

  parts = pw_plan_get_parts (self);
  if (anchor != NULL && !PW_IS_PART (anchor))
    {
      PwChapter *chapter = PW_IS_CHAPTER (anchor) ? PW_CHAPTER (anchor) : pw_plan_find_chapter_of (self, anchor);

      anchor = chapter != NULL ? G_OBJECT (pw_chapter_get_part (chapter)) : NULL;
    }
  if (anchor == NULL || !find_item (parts, anchor, &position))
    position = n_of (parts);
  else if (after)
    position++;

  part = pw_part_new ();
  give_id (self, part, "part");
  pw_part_set_title (part, title);
  pw_part_set_number (part, next_number (parts, position));

  begin (self, _("Add Part"));
  pw_plan_insert_part (self, position, part);
  end (self);
  return part;
}

/**
 * pw_plan_add_chapter:
 * @self: a plan
 * @anchor: (nullable): a chapter to add beside (in its part), a part to add
 *   into (as its last chapter, or its first when not @after), a section or
 *   专栏 (its chapter is the anchor), or %NULL for the end of the plan (in
 *   its last part, if it has parts)
 * @after: whether the chapter goes after @anchor or before it
 * @title: (nullable): its title
 *
 * Returns: (transfer none): the new chapter
 */
PwChapter *
pw_plan_add_chapter (PwPlan     *self,
                     GObject    *anchor,
                     gboolean    after,
                     const char *title)
{
  GListModel *chapters;
  g_autoptr(PwChapter) chapter = NULL;
  PwPart *part = NULL;
  guint position;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (anchor == NULL || is_outline_object (anchor), NULL);

  chapters = chapters_of (self);
  if (anchor != NULL && (PW_IS_SECTION (anchor) || PW_IS_BOX (anchor)))
    anchor = G_OBJECT (pw_plan_find_chapter_of (self, anchor));

  if (anchor != NULL && PW_IS_PART (anchor))
    {
      part = PW_PART (anchor);
      position = part_insert_position (self, part, after, NULL);
    }
  else if (anchor != NULL && PW_IS_CHAPTER (anchor) && find_item (chapters, anchor, &position))
    {
      part = pw_chapter_get_part (PW_CHAPTER (anchor));
      if (after)
        position++;
    }
  else
    {
      GListModel *parts = pw_plan_get_parts (self);

      position = n_of (chapters);
      if (n_of (parts) > 0)
        part = position > 0 ? pw_chapter_get_part (nth (chapters, position - 1)) : nth (parts, n_of (parts) - 1);
    }

  chapter = pw_chapter_new ();
  give_id (self, chapter, "ch");
  pw_chapter_set_title (chapter, title);
  pw_chapter_set_part (chapter, part);
  pw_chapter_set_number (chapter, next_number (chapters, position));

  begin (self, _("Add Chapter"));
  pw_plan_insert_chapter (self, position, chapter);
  end (self);
  return chapter;
}

/* Where a section or 专栏 goes beside @anchor: its chapter and position. */
static PwChapter *
child_place (PwPlan   *self,
             GObject  *anchor,
             gboolean  after,
             gboolean  section,
             guint    *position)
{
  PwChapter *chapter;
  GListModel *list;

  if (anchor == NULL)
    return NULL;
  if (PW_IS_CHAPTER (anchor))
    {
      chapter = PW_CHAPTER (anchor);
      list = section ? pw_chapter_get_sections (chapter) : pw_chapter_get_boxes (chapter);
      *position = after ? n_of (list) : 0;
      return chapter;
    }
  if (!PW_IS_SECTION (anchor) && !PW_IS_BOX (anchor))
    return NULL;

  chapter = pw_plan_find_chapter_of (self, anchor);
  if (chapter == NULL)
    return NULL;
  list = section ? pw_chapter_get_sections (chapter) : pw_chapter_get_boxes (chapter);
  if (PW_IS_SECTION (anchor) == section && find_item (list, anchor, position))
    {
      if (after)
        (*position)++;
    }
  else
    *position = after ? n_of (list) : 0;
  return chapter;
}

/**
 * pw_plan_add_section:
 * @self: a plan
 * @anchor: a section to add beside, a chapter to add into (as its last
 *   section, or its first when not @after), or a 专栏 (into its chapter)
 * @after: whether the section goes after @anchor or before it
 * @title: (nullable): its title
 *
 * Returns: (transfer none) (nullable): the new section, or %NULL when
 *   @anchor is not in a chapter of @self
 */
PwSection *
pw_plan_add_section (PwPlan     *self,
                     GObject    *anchor,
                     gboolean    after,
                     const char *title)
{
  g_autoptr(PwSection) section = NULL;
  PwChapter *chapter;
  guint position = 0;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  chapter = child_place (self, anchor, after, TRUE, &position);
  if (chapter == NULL)
    return NULL;

  section = pw_section_new ();
  give_id (self, section, "sec");
  pw_section_set_title (section, title);
  pw_section_set_number (section, next_number (pw_chapter_get_sections (chapter), position));

  begin (self, _("Add Section"));
  pw_chapter_insert_section (chapter, position, section);
  end (self);
  return section;
}

/* The number of the 专栏 that a new one at @position of @chapter follows,
 * through the whole plan, plus one. */
static int
next_box_number (PwPlan    *self,
                 PwChapter *chapter,
                 guint      position)
{
  GListModel *chapters = chapters_of (self);
  guint at = chapter_index (self, chapter);
  int number = next_number (pw_chapter_get_boxes (chapter), position);

  for (guint i = at; number == 1 && i > 0; i--)
    {
      GListModel *boxes = pw_chapter_get_boxes (nth (chapters, i - 1));

      number = next_number (boxes, n_of (boxes));
    }
  return number;
}

/**
 * pw_plan_add_box:
 * @self: a plan
 * @anchor: a 专栏 to add beside, a chapter to add into (as its last 专栏,
 *   or its first when not @after), or a section (into its chapter)
 * @after: whether the 专栏 goes after @anchor or before it
 * @title: (nullable): its title
 *
 * Returns: (transfer none) (nullable): the new 专栏, or %NULL when @anchor
 *   is not in a chapter of @self
 */
PwBox *
pw_plan_add_box (PwPlan     *self,
                 GObject    *anchor,
                 gboolean    after,
                 const char *title)
{
  g_autoptr(PwBox) box = NULL;
  PwChapter *chapter;
  guint position = 0;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  chapter = child_place (self, anchor, after, FALSE, &position);
  if (chapter == NULL)
    return NULL;

  box = pw_box_new ();
  give_id (self, box, "col");
  pw_box_set_title (box, title);
  pw_box_set_number (box, next_box_number (self, chapter, position));

  begin (self, _("Add Box"));
  pw_chapter_insert_box (chapter, position, box);
  end (self);
  return box;
}

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
  position = MIN (position, n_of (projects));
  project = pw_project_new ();
  give_id (self, project, "prj");
  pw_project_set_name (project, name);
  pw_project_set_number (project, next_number (projects, position));

  begin (self, _("Add Project"));
  pw_box_insert_project (box, position, project);
  end (self);
  return project;
}

/**
 * pw_plan_rename:
 * @self: a plan
 * @object: a part, chapter, section or 专栏
 * @title: (nullable): the new title
 *
 * Returns: whether the title changed
 */
gboolean
pw_plan_rename (PwPlan     *self,
                GObject    *object,
                const char *title)
{
  g_autofree char *old = NULL;
  gboolean changed;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (is_outline_object (object), FALSE);

  g_object_get (object, "title", &old, NULL);
  changed = g_strcmp0 (old, title) != 0;
  if (changed)
    {
      begin (self, _("Rename"));
      g_object_set (object, "title", title, NULL);
      end (self);
    }
  return changed;
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
  g_return_if_fail (is_outline_object (object));

  collect_ids (self, object, ids);
  indicators = pw_plan_get_indicators (self);
  for (guint i = 0; i < n_of (indicators); i++)
    {
      const char *id = pw_object_get_id (nth (indicators, i));

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
        GListModel *chapters = chapters_of (self);

        for (guint i = 0; i < n_of (chapters); i++)
          {
            PwChapter *chapter = nth (chapters, i);
            GListModel *list = pw_chapter_get_boxes (chapter);

            if (G_OBJECT (chapter) != object && G_OBJECT (pw_chapter_get_part (chapter)) != object)
              continue;
            for (guint j = 0; j < n_of (list); j++)
              g_ptr_array_add (boxes, nth (list, j));
          }
      }
    for (guint i = 0; i < boxes->len; i++)
      projects_found += n_of (pw_box_get_projects (g_ptr_array_index (boxes, i)));
  }

  if (n_indicators != NULL)
    *n_indicators = indicators_found;
  if (n_projects != NULL)
    *n_projects = projects_found;
}

static void
delete_chapter (PwPlan    *self,
                PwChapter *chapter)
{
  GListModel *indicators = pw_plan_get_indicators (self);
  const char *id = pw_object_get_id (PW_OBJECT (chapter));

  for (guint i = n_of (indicators); id != NULL && i > 0; i--)
    if (g_strcmp0 (pw_indicator_get_chapter (nth (indicators, i - 1)), id) == 0)
      pw_plan_remove_indicator (self, i - 1);
  pw_plan_remove_chapter (self, chapter_index (self, chapter));
}

/**
 * pw_plan_delete:
 * @self: a plan
 * @object: a part, chapter, section or 专栏 of @self
 *
 * Deletes @object with everything it holds: a part's chapters, a chapter's
 * sections, 专栏 and the indicators linked to it, a 专栏's projects, and the
 * comments on any of them. One step to undo.
 *
 * Returns: whether @object was in @self
 */
gboolean
pw_plan_delete (PwPlan  *self,
                GObject *object)
{
  g_autoptr(GObject) keep = NULL;
  g_autoptr(GHashTable) ids = NULL;
  guint position;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (is_outline_object (object), FALSE);

  keep = g_object_ref (object);
  if (PW_IS_PART (object) ? !find_item (pw_plan_get_parts (self), object, NULL)
      : PW_IS_CHAPTER (object) ? chapter_index (self, PW_CHAPTER (object)) == G_MAXUINT
      : pw_plan_find_chapter_of (self, object) == NULL)
    return FALSE;

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    g_autoptr(GHashTable) borrowed = g_hash_table_new (g_str_hash, g_str_equal);
    GHashTableIter iter;
    gpointer key;

    collect_ids (self, object, borrowed);
    g_hash_table_iter_init (&iter, borrowed);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (ids, g_strdup (key));
  }

  begin (self, PW_IS_PART (object) ? _("Delete Part")
               : PW_IS_CHAPTER (object) ? _("Delete Chapter")
               : PW_IS_SECTION (object) ? _("Delete Section") : _("Delete Box"));
  delete_comments_on (self, ids);
  if (PW_IS_PART (object))
    {
      GListModel *chapters = pw_part_get_chapters (PW_PART (object));

      while (n_of (chapters) > 0)
        delete_chapter (self, nth (chapters, 0));
      find_item (pw_plan_get_parts (self), object, &position);
      pw_plan_remove_part (self, position);
    }
  else if (PW_IS_CHAPTER (object))
    delete_chapter (self, PW_CHAPTER (object));
  else
    {
      PwChapter *chapter = pw_plan_find_chapter_of (self, object);

      if (PW_IS_SECTION (object))
        {
          find_item (pw_chapter_get_sections (chapter), object, &position);
          pw_chapter_remove_section (chapter, position);
        }
      else
        {
          find_item (pw_chapter_get_boxes (chapter), object, &position);
          pw_chapter_remove_box (chapter, position);
        }
    }
  end (self);
  return TRUE;
}

/**
 * pw_plan_can_move:
 * @self: a plan
 * @object: a part, chapter, section or 专栏
 * @direction: -1 for up, 1 for down
 *
 * Returns: whether pw_plan_move() would move @object
 */
gboolean
pw_plan_can_move (PwPlan  *self,
                  GObject *object,
                  int      direction)
{
  GObject *target = NULL;
  PwDrop drop;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (is_outline_object (object), FALSE);

  return move_step (self, object, direction, &target, &drop);
}

/**
 * pw_plan_move:
 * @self: a plan
 * @object: a part, chapter, section or 专栏
 * @direction: -1 for up, 1 for down
 *
 * Moves @object one place up or down among its siblings; the first or last
 * of a chapter or part goes into the neighbouring one (a section to the end
 * of the chapter before, a chapter into the part before).
 *
 * Returns: whether @object moved
 */
gboolean
pw_plan_move (PwPlan  *self,
              GObject *object,
              int      direction)
{
  GObject *target = NULL;
  PwDrop drop;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (is_outline_object (object), FALSE);

  if (!move_step (self, object, direction, &target, &drop))
    return FALSE;
  return pw_plan_move_to (self, object, target, drop);
}

/**
 * pw_plan_can_move_to:
 * @self: a plan
 * @object: a part, chapter, section or 专栏
 * @target: another one
 * @drop: where, relative to @target
 *
 * Returns: whether pw_plan_move_to() would accept the move
 */
gboolean
pw_plan_can_move_to (PwPlan  *self,
                     GObject *object,
                     GObject *target,
                     PwDrop   drop)
{
  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);

  if (object == NULL || target == NULL || object == target ||
      !is_outline_object (object) || !is_outline_object (target))
    return FALSE;
  if (PW_IS_PART (object))
    return PW_IS_PART (target) && drop != PW_DROP_INTO;
  if (PW_IS_CHAPTER (object))
    return (PW_IS_PART (target) && drop == PW_DROP_INTO) ||
           (PW_IS_CHAPTER (target) && drop != PW_DROP_INTO);
  return (PW_IS_CHAPTER (target) && drop == PW_DROP_INTO) ||
         (G_OBJECT_TYPE (target) == G_OBJECT_TYPE (object) && drop != PW_DROP_INTO);
}

/**
 * pw_plan_move_to:
 * @self: a plan
 * @object: a part, chapter, section or 专栏
 * @target: a sibling to go before or after (also in another chapter or
 *   part), or a container to go into as its last child: a part for a
 *   chapter, a chapter for a section or 专栏
 * @drop: where, relative to @target
 *
 * What dropping @object on @target does. A part takes its chapters along.
 *
 * Returns: whether @object moved
 */
gboolean
pw_plan_move_to (PwPlan  *self,
                 GObject *object,
                 GObject *target,
                 PwDrop   drop)
{
  gboolean moved;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);

  if (!pw_plan_can_move_to (self, object, target, drop))
    return FALSE;

  begin (self, PW_IS_PART (object) ? _("Move Part")
               : PW_IS_CHAPTER (object) ? _("Move Chapter")
               : PW_IS_SECTION (object) ? _("Move Section") : _("Move Box"));
  if (PW_IS_PART (object))
    moved = move_part_to (self, PW_PART (object), PW_PART (target), drop);
  else if (PW_IS_CHAPTER (object))
    moved = move_chapter_to (self, PW_CHAPTER (object), target, drop);
  else
    moved = move_child_to (self, object, target, drop);
  end (self);
  return moved;
}

/**
 * pw_plan_promote_section:
 * @self: a plan
 * @section: a section of @self
 *
 * Makes @section a chapter after its own, in the same part, with the
 * section's id, title and paragraphs; the sections after it become the new
 * chapter's. Its chapter's 专栏 and indicators stay where they are.
 *
 * Returns: (transfer none) (nullable): the new chapter
 */
PwChapter *
pw_plan_promote_section (PwPlan    *self,
                         PwSection *section)
{
  g_autoptr(PwChapter) chapter = NULL;
  g_autoptr(PwSection) keep = NULL;
  PwChapter *from;
  GListModel *sections;
  guint at = 0;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (PW_IS_SECTION (section), NULL);

  from = pw_plan_find_chapter_of (self, G_OBJECT (section));
  if (from == NULL)
    return NULL;
  keep = g_object_ref (section);
  sections = pw_chapter_get_sections (from);
  find_item (sections, section, &at);

  begin (self, _("Promote to Chapter"));
  chapter = pw_chapter_new ();
  pw_chapter_set_title (chapter, pw_section_get_title (section));
  pw_chapter_set_text (chapter, pw_section_get_text (section));
  pw_chapter_set_part (chapter, pw_chapter_get_part (from));
  pw_chapter_set_number (chapter, next_number (chapters_of (self), chapter_index (self, from) + 1));
  pw_chapter_remove_section (from, at);
  hand_id (self, section, chapter);
  pw_plan_insert_chapter (self, chapter_index (self, from) + 1, chapter);
  while (n_of (sections) > at)
    place_in_chapter (self, nth (sections, at), chapter, n_of (pw_chapter_get_sections (chapter)));
  end (self);
  return chapter;
}

/* Moves the sections, 专栏 and indicators of @from to the end of @to. */
static void
hand_over_children (PwPlan    *self,
                    PwChapter *from,
                    PwChapter *to)
{
  GListModel *sections = pw_chapter_get_sections (from);
  GListModel *boxes = pw_chapter_get_boxes (from);
  GListModel *items = pw_chapter_get_service_items (from);

  while (n_of (sections) > 0)
    place_in_chapter (self, nth (sections, 0), to, n_of (pw_chapter_get_sections (to)));
  while (n_of (boxes) > 0)
    place_in_chapter (self, nth (boxes, 0), to, n_of (pw_chapter_get_boxes (to)));
  while (n_of (items) > 0)
    {
      g_autoptr(PwServiceItem) item = g_object_ref (nth (items, 0));

      pw_chapter_remove_service_item (from, 0);
      pw_chapter_insert_service_item (to, n_of (pw_chapter_get_service_items (to)), item);
    }
  relink_indicators (self, from, to);
}

/**
 * pw_plan_demote_chapter:
 * @self: a plan
 * @chapter: a chapter of @self, not the first
 *
 * Makes @chapter a section at the end of the chapter before it, with the
 * chapter's id, title and prose. Its own sections follow it there (a plan
 * has no level below the section), and its 专栏, service items and
 * indicators go to that chapter too.
 *
 * Returns: (transfer none) (nullable): the new section, or %NULL for the
 *   first chapter
 */
PwSection *
pw_plan_demote_chapter (PwPlan    *self,
                        PwChapter *chapter)
{
  g_autoptr(PwSection) section = NULL;
  g_autoptr(PwChapter) keep = NULL;
  PwChapter *before;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (PW_IS_CHAPTER (chapter), NULL);

  before = neighbour_chapter (self, chapter, -1);
  if (before == NULL)
    return NULL;
  keep = g_object_ref (chapter);

  begin (self, _("Demote to Section"));
  section = pw_section_new ();
  pw_section_set_title (section, pw_chapter_get_title (chapter));
  pw_section_set_text (section, pw_chapter_get_text (chapter));
  pw_section_set_number (section, next_number (pw_chapter_get_sections (before),
                                               n_of (pw_chapter_get_sections (before))));
  hand_id (self, chapter, section);
  pw_chapter_insert_section (before, n_of (pw_chapter_get_sections (before)), section);
  hand_over_children (self, chapter, before);
  pw_plan_remove_chapter (self, chapter_index (self, chapter));
  end (self);
  return section;
}

/**
 * pw_plan_split_section:
 * @self: a plan
 * @section: a section of @self
 * @paragraph: the first paragraph of the new section (from 0)
 * @title: (nullable): the new section's title
 *
 * Cuts @section before @paragraph: that paragraph and those after it make
 * a new section after @section.
 *
 * Returns: (transfer none) (nullable): the new section
 */
PwSection *
pw_plan_split_section (PwPlan     *self,
                       PwSection  *section,
                       guint       paragraph,
                       const char *title)
{
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(PwSection) added = NULL;
  g_autofree char *head = NULL;
  g_autofree char *tail = NULL;
  PwChapter *chapter;
  guint at = 0;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (PW_IS_SECTION (section), NULL);

  chapter = pw_plan_find_chapter_of (self, G_OBJECT (section));
  paragraphs = split_paragraphs (pw_section_get_text (section));
  if (chapter == NULL || paragraph > paragraphs->len)
    return NULL;
  find_item (pw_chapter_get_sections (chapter), section, &at);
  head = join_paragraphs (paragraphs, 0, paragraph);
  tail = join_paragraphs (paragraphs, paragraph, paragraphs->len);

  begin (self, _("Split Section"));
  added = pw_section_new ();
  give_id (self, added, "sec");
  pw_section_set_title (added, title);
  pw_section_set_text (added, tail);
  pw_section_set_number (added, pw_section_get_number (section) > 0 ? pw_section_get_number (section) + 1 : 0);
  pw_section_set_text (section, head);
  pw_chapter_insert_section (chapter, at + 1, added);
  end (self);
  return added;
}

/**
 * pw_plan_merge_section:
 * @self: a plan
 * @section: a section of @self, not the first of its chapter
 *
 * Joins @section to the section before it: its paragraphs follow that
 * section's, its heading goes, and the comments on it are on that section.
 *
 * Returns: whether the sections were merged
 */
gboolean
pw_plan_merge_section (PwPlan    *self,
                       PwSection *section)
{
  g_autoptr(PwSection) keep = NULL;
  PwChapter *chapter;
  PwSection *before;
  GListModel *sections;
  guint at = 0;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PW_IS_SECTION (section), FALSE);

  chapter = pw_plan_find_chapter_of (self, G_OBJECT (section));
  if (chapter == NULL)
    return FALSE;
  sections = pw_chapter_get_sections (chapter);
  find_item (sections, section, &at);
  if (at == 0)
    return FALSE;
  keep = g_object_ref (section);
  before = nth (sections, at - 1);

  begin (self, _("Merge Sections"));
  retarget_comments (self, pw_object_get_id (PW_OBJECT (section)), pw_object_get_id (PW_OBJECT (before)),
                     (int) pw_paragraphs_count (pw_section_get_text (before)));
  append_paragraphs (G_OBJECT (before), pw_section_get_text (section));
  pw_chapter_remove_section (chapter, at);
  end (self);
  return TRUE;
}

/**
 * pw_paragraphs_count:
 * @text: (nullable): a text of one paragraph per line
 *
 * Returns: how many paragraphs @text holds
 */
guint
pw_paragraphs_count (const char *text)
{
  guint n = 1;

  if (text == NULL || *text == '\0')
    return 0;
  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

/**
 * pw_paragraphs_get:
 * @text: (nullable): a text of one paragraph per line
 * @paragraph: which, from 0
 *
 * Returns: (transfer full) (nullable): the paragraph, or %NULL past the end
 */
char *
pw_paragraphs_get (const char *text,
                   guint       paragraph)
{
  g_autoptr(GPtrArray) paragraphs = split_paragraphs (text);

  if (paragraph >= paragraphs->len)
    return NULL;
  return g_strdup (g_ptr_array_index (paragraphs, paragraph));
}

/**
 * pw_plan_get_paragraphs:
 * @holder: a part, chapter (its prose before the first section) or section
 *
 * Returns: (nullable): its paragraphs, one per line
 */
const char *
pw_plan_get_paragraphs (GObject *holder)
{
  g_return_val_if_fail (is_holder (holder), NULL);

  if (PW_IS_PART (holder))
    return pw_part_get_text (PW_PART (holder));
  if (PW_IS_CHAPTER (holder))
    return pw_chapter_get_text (PW_CHAPTER (holder));
  return pw_section_get_text (PW_SECTION (holder));
}

/* The chapter whose content @holder is, if any. */
static PwChapter *
chapter_of_holder (PwPlan  *self,
                   GObject *holder)
{
  if (PW_IS_CHAPTER (holder))
    return PW_CHAPTER (holder);
  if (PW_IS_SECTION (holder))
    return pw_plan_find_chapter_of (self, holder);
  return NULL;
}

static GObject *
paragraph_to_section (PwPlan     *self,
                      GObject    *holder,
                      GPtrArray  *paragraphs,
                      guint       paragraph,
                      const char *title)
{
  g_autoptr(PwSection) section = NULL;
  g_autofree char *head = join_paragraphs (paragraphs, 0, paragraph);
  g_autofree char *tail = join_paragraphs (paragraphs, paragraph + 1, paragraphs->len);
  PwChapter *chapter = chapter_of_holder (self, holder);
  guint at = 0;
  int number = 1;

  if (chapter == NULL)
    return NULL;
  if (PW_IS_SECTION (holder))
    {
      find_item (pw_chapter_get_sections (chapter), holder, &at);
      at++;
    }
  number = next_number (pw_chapter_get_sections (chapter), at);

  section = pw_section_new ();
  give_id (self, section, "sec");
  pw_section_set_title (section, title);
  pw_section_set_text (section, tail);
  pw_section_set_number (section, number);
  set_paragraphs (holder, head);
  pw_chapter_insert_section (chapter, at, section);
  return G_OBJECT (section);
}

static GObject *
paragraph_to_chapter (PwPlan     *self,
                      GObject    *holder,
                      GPtrArray  *paragraphs,
                      guint       paragraph,
                      const char *title)
{
  g_autoptr(PwChapter) chapter = NULL;
  g_autofree char *head = join_paragraphs (paragraphs, 0, paragraph);
  g_autofree char *tail = join_paragraphs (paragraphs, paragraph + 1, paragraphs->len);
  PwChapter *from = chapter_of_holder (self, holder);
  PwPart *part;
  guint position;
  guint first_moved = 0;

  if (PW_IS_PART (holder))
    {
      part = PW_PART (holder);
      position = part_insert_position (self, part, FALSE, NULL);
    }
  else if (from != NULL)
    {
      part = pw_chapter_get_part (from);
      position = chapter_index (self, from) + 1;
      if (PW_IS_SECTION (holder))
        {
          find_item (pw_chapter_get_sections (from), holder, &first_moved);
          first_moved++;
        }
    }
  else
    return NULL;

  chapter = pw_chapter_new ();
  give_id (self, chapter, "ch");
  pw_chapter_set_title (chapter, title);
  pw_chapter_set_text (chapter, tail);
  pw_chapter_set_part (chapter, part);
  pw_chapter_set_number (chapter, next_number (chapters_of (self), position));
  set_paragraphs (holder, head);
  pw_plan_insert_chapter (self, position, chapter);
  if (from != NULL)
    {
      GListModel *sections = pw_chapter_get_sections (from);

      while (n_of (sections) > first_moved)
        place_in_chapter (self, nth (sections, first_moved), chapter,
                          n_of (pw_chapter_get_sections (chapter)));
    }
  return G_OBJECT (chapter);
}

static GObject *
paragraph_to_part (PwPlan     *self,
                   GObject    *holder,
                   GPtrArray  *paragraphs,
                   guint       paragraph,
                   const char *title)
{
  g_autoptr(PwPart) part = NULL;
  g_autofree char *head = join_paragraphs (paragraphs, 0, paragraph);
  g_autofree char *tail = join_paragraphs (paragraphs, paragraph + 1, paragraphs->len);
  PwChapter *from = chapter_of_holder (self, holder);
  GListModel *chapters = chapters_of (self);
  GListModel *parts = pw_plan_get_parts (self);
  PwPart *old;
  guint position = n_of (parts);
  guint first;

  /* Only at the end of a chapter: the sections after the paragraph would
   * otherwise be in no chapter. */
  if (from == NULL)
    return NULL;
  if (PW_IS_SECTION (holder))
    {
      guint at = 0;

      find_item (pw_chapter_get_sections (from), holder, &at);
      if (at + 1 < n_of (pw_chapter_get_sections (from)))
        return NULL;
    }
  else if (n_of (pw_chapter_get_sections (from)) > 0)
    return NULL;

  old = pw_chapter_get_part (from);
  if (old != NULL && find_item (parts, old, &position))
    position++;

  part = pw_part_new ();
  give_id (self, part, "part");
  pw_part_set_title (part, title);
  pw_part_set_text (part, tail);
  pw_part_set_number (part, next_number (parts, position));
  set_paragraphs (holder, head);
  pw_plan_insert_part (self, position, part);

  /* The chapters after, in the same part (or in none), join the new one. */
  first = chapter_index (self, from) + 1;
  for (guint i = first; i < n_of (chapters); i++)
    {
      PwChapter *chapter = nth (chapters, i);

      if (pw_chapter_get_part (chapter) != old)
        break;
      pw_chapter_set_part (chapter, part);
    }
  return G_OBJECT (part);
}

/**
 * pw_plan_paragraph_to_heading:
 * @self: a plan
 * @holder: a part, chapter or section of @self
 * @paragraph: one of its paragraphs (from 0)
 * @level: the heading it becomes
 * @title: (nullable): the heading's title; %NULL for the paragraph itself
 *
 * Turns a paragraph into a heading, as where an import took a heading for
 * prose. The paragraphs after it go under the new heading; so do, for a
 * chapter, the sections after it; for a part, the chapters after it in
 * the same part. A part can only start after the last section of a chapter.
 *
 * Returns: (transfer none) (nullable): the new part, chapter or section, or
 *   %NULL when @level cannot stand there
 */
GObject *
pw_plan_paragraph_to_heading (PwPlan     *self,
                              GObject    *holder,
                              guint       paragraph,
                              PwLevel     level,
                              const char *title)
{
  g_autoptr(GPtrArray) paragraphs = NULL;
  GObject *made = NULL;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (is_holder (holder), NULL);

  paragraphs = split_paragraphs (pw_plan_get_paragraphs (holder));
  if (paragraph >= paragraphs->len)
    return NULL;
  if (title == NULL)
    title = g_ptr_array_index (paragraphs, paragraph);

  begin (self, _("Make Heading"));
  switch (level)
    {
    case PW_LEVEL_SECTION:
      made = paragraph_to_section (self, holder, paragraphs, paragraph, title);
      break;
    case PW_LEVEL_CHAPTER:
      made = paragraph_to_chapter (self, holder, paragraphs, paragraph, title);
      break;
    case PW_LEVEL_PART:
      made = paragraph_to_part (self, holder, paragraphs, paragraph, title);
      break;
    default:
      g_return_val_if_reached (NULL);
    }
  end (self);
  return made;
}

/* The holder of the last paragraph before @chapter's heading. */
static GObject *
holder_before_chapter (PwPlan    *self,
                       PwChapter *chapter)
{
  PwChapter *before = neighbour_chapter (self, chapter, -1);
  PwPart *part = pw_chapter_get_part (chapter);
  GListModel *sections;

  /* The first chapter of a part follows the part's prose. */
  if (part != NULL && (before == NULL || pw_chapter_get_part (before) != part))
    return G_OBJECT (part);
  if (before == NULL)
    return NULL;
  sections = pw_chapter_get_sections (before);
  return n_of (sections) > 0 ? nth (sections, n_of (sections) - 1) : G_OBJECT (before);
}

/**
 * pw_plan_heading_to_paragraph:
 * @self: a plan
 * @heading: a chapter or section of @self
 *
 * Turns a heading back into a paragraph, as where an import took a
 * paragraph for a heading: its title becomes a paragraph at the end of what
 * comes before it, its paragraphs follow, and, for a chapter, its sections,
 * 专栏 and indicators go to the chapter before. A chapter that is the first
 * of the plan, or the first of a part while it has sections or 专栏, stays.
 *
 * Returns: whether the heading became a paragraph
 */
gboolean
pw_plan_heading_to_paragraph (PwPlan  *self,
                              GObject *heading)
{
  g_autoptr(GObject) keep = NULL;
  g_autofree char *title = NULL;
  GObject *holder;
  const char *text;
  guint shift;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PW_IS_CHAPTER (heading) || PW_IS_SECTION (heading), FALSE);

  if (PW_IS_SECTION (heading))
    {
      PwChapter *chapter = pw_plan_find_chapter_of (self, heading);
      GListModel *sections;
      guint at = 0;

      if (chapter == NULL)
        return FALSE;
      sections = pw_chapter_get_sections (chapter);
      find_item (sections, heading, &at);
      holder = at > 0 ? nth (sections, at - 1) : G_OBJECT (chapter);
    }
  else
    {
      PwChapter *chapter = PW_CHAPTER (heading);

      if (chapter_index (self, chapter) == G_MAXUINT)
        return FALSE;
      holder = holder_before_chapter (self, chapter);
      if (holder == NULL ||
          (PW_IS_PART (holder) && (n_of (pw_chapter_get_sections (chapter)) > 0 ||
                                   n_of (pw_chapter_get_boxes (chapter)) > 0)))
        return FALSE;
    }

  keep = g_object_ref (heading);
  g_object_get (heading, "title", &title, NULL);
  text = PW_IS_SECTION (heading) ? pw_section_get_text (PW_SECTION (heading))
                                 : pw_chapter_get_text (PW_CHAPTER (heading));
  shift = pw_paragraphs_count (pw_plan_get_paragraphs (holder));

  begin (self, _("Make Paragraph"));
  if (title != NULL && *title != '\0')
    append_paragraphs (holder, title);
  append_paragraphs (holder, text);
  if (!PW_IS_PART (holder))
    retarget_comments (self, pw_object_get_id (PW_OBJECT (heading)), pw_object_get_id (PW_OBJECT (holder)),
                       (int) shift + (title != NULL && *title != '\0' ? 1 : 0));
  if (PW_IS_SECTION (heading))
    {
      PwChapter *chapter = pw_plan_find_chapter_of (self, heading);
      guint at = 0;

      find_item (pw_chapter_get_sections (chapter), heading, &at);
      pw_chapter_remove_section (chapter, at);
    }
  else
    {
      PwChapter *chapter = PW_CHAPTER (heading);
      PwChapter *to = PW_IS_SECTION (holder) ? pw_plan_find_chapter_of (self, holder)
                      : PW_IS_CHAPTER (holder) ? PW_CHAPTER (holder) : NULL;

      if (to != NULL)
        hand_over_children (self, chapter, to);
      else
        {
          g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

          /* A part's prose: comments on the chapter stay with the part. */
          retarget_comments (self, pw_object_get_id (PW_OBJECT (heading)),
                             pw_object_get_id (PW_OBJECT (holder)), 0);
          relink_indicators (self, chapter, NULL);
        }
      pw_plan_remove_chapter (self, chapter_index (self, chapter));
    }
  end (self);
  return TRUE;
}

/**
 * pw_plan_move_paragraph:
 * @self: a plan
 * @from: a part, chapter or section of @self
 * @paragraph: one of its paragraphs (from 0)
 * @to: a part, chapter or section of @self (may be @from)
 * @position: where among the paragraphs of @to, counted before the move
 *   (at most their number)
 *
 * Returns: whether the paragraph moved
 */
gboolean
pw_plan_move_paragraph (PwPlan  *self,
                        GObject *from,
                        guint    paragraph,
                        GObject *to,
                        guint    position)
{
  g_autoptr(GPtrArray) source = NULL;
  g_autoptr(GPtrArray) target = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *text_from = NULL;
  g_autofree char *text_to = NULL;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (is_holder (from) && is_holder (to), FALSE);

  source = split_paragraphs (pw_plan_get_paragraphs (from));
  if (paragraph >= source->len)
    return FALSE;
  if (from == to)
    {
      if (position > source->len || position == paragraph || position == paragraph + 1)
        return FALSE;
      moved = g_strdup (g_ptr_array_index (source, paragraph));
      g_ptr_array_remove_index (source, paragraph);
      if (position > paragraph)
        position--;
      g_ptr_array_insert (source, position, g_steal_pointer (&moved));
      text_from = join_paragraphs (source, 0, source->len);
      begin (self, _("Move Paragraph"));
      set_paragraphs (from, text_from);
      end (self);
      return TRUE;
    }

  target = split_paragraphs (pw_plan_get_paragraphs (to));
  if (position > target->len)
    return FALSE;
  moved = g_strdup (g_ptr_array_index (source, paragraph));
  g_ptr_array_remove_index (source, paragraph);
  g_ptr_array_insert (target, position, g_steal_pointer (&moved));
  text_from = join_paragraphs (source, 0, source->len);
  text_to = join_paragraphs (target, 0, target->len);

  begin (self, _("Move Paragraph"));
  set_paragraphs (from, text_from);
  set_paragraphs (to, text_to);
  end (self);
  return TRUE;
}

/**
 * pw_plan_paragraphs_to_box:
 * @self: a plan
 * @holder: a chapter or section of @self
 * @first: the first paragraph of the run (from 0)
 * @n_paragraphs: how many
 * @number: the 专栏's number as printed (0: the next one)
 * @title: (nullable): its title
 * @projects: (nullable) (array zero-terminated=1): the names of its projects
 *
 * Takes a run of paragraphs out of the prose and makes them a 专栏 at the
 * end of the chapter's, with a project for each name: what the reader of
 * the paragraphs (pw_repair_paragraphs_to_box()) found in them.
 *
 * Returns: (transfer none) (nullable): the new 专栏
 */
PwBox *
pw_plan_paragraphs_to_box (PwPlan             *self,
                           GObject            *holder,
                           guint               first,
                           guint               n_paragraphs,
                           int                 number,
                           const char         *title,
                           const char * const *projects)
{
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(PwBox) box = NULL;
  g_autoptr(GString) rest = NULL;
  PwChapter *chapter;
  guint n_boxes;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (is_holder (holder), NULL);

  chapter = chapter_of_holder (self, holder);
  paragraphs = split_paragraphs (pw_plan_get_paragraphs (holder));
  if (chapter == NULL || n_paragraphs == 0 || first + n_paragraphs > paragraphs->len)
    return NULL;

  {
    g_autofree char *head = join_paragraphs (paragraphs, 0, first);
    g_autofree char *tail = join_paragraphs (paragraphs, first + n_paragraphs, paragraphs->len);

    rest = g_string_new (head);
    if (head != NULL && tail != NULL)
      g_string_append_c (rest, '\n');
    if (tail != NULL)
      g_string_append (rest, tail);
  }

  n_boxes = n_of (pw_chapter_get_boxes (chapter));
  begin (self, _("Make Box"));
  box = pw_box_new ();
  give_id (self, box, "col");
  pw_box_set_title (box, title);
  pw_box_set_number (box, number > 0 ? number : next_box_number (self, chapter, n_boxes));
  for (guint i = 0; projects != NULL && projects[i] != NULL; i++)
    {
      g_autoptr(PwProject) project = pw_project_new ();

      give_id (self, project, "prj");
      pw_project_set_name (project, projects[i]);
      pw_project_set_number (project, (int) i + 1);
      pw_box_insert_project (box, i, project);
    }
  set_paragraphs (holder, rest->len > 0 ? rest->str : NULL);
  pw_chapter_insert_box (chapter, n_boxes, box);
  end (self);
  return box;
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

  chapters = chapters_of (self);
  for (guint i = 0; i < n_of (chapters); i++)
    {
      GListModel *boxes = pw_chapter_get_boxes (nth (chapters, i));

      for (guint j = 0; j < n_of (boxes); j++)
        if (find_item (pw_box_get_projects (nth (boxes, j)), project, NULL))
          return nth (boxes, j);
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
  if (from == NULL || position > n_of (pw_box_get_projects (box)))
    return FALSE;
  find_item (pw_box_get_projects (from), project, &at);
  if (from == box)
    {
      if (at < position)
        position--;
      if (at == position || position >= n_of (pw_box_get_projects (box)))
        return FALSE;
    }

  keep = g_object_ref (project);
  begin (self, _("Move Project"));
  if (from == box)
    pw_box_move_project (box, at, position);
  else
    {
      pw_box_remove_project (from, at);
      pw_box_insert_project (box, position, project);
    }
  end (self);
  return TRUE;
}
