/* pw-plan-edit.c: the rules of editing a plan's outline: its structure
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
 *
 * The rules are in four files by kind of operation: this one adds, renames,
 * deletes, moves, promotes and demotes parts, chapters, sections and 专栏
 * (and holds the helpers the others share, pw-plan-edit-private.h);
 * pw-plan-edit-paragraphs.c edits paragraphs (headings made of them and
 * back, moves, 专栏 made of a run, sections split and merged);
 * pw-plan-edit-items.c edits projects and indicators; and
 * pw-plan-edit-numbering.c numbers the outline and makes each edit one
 * step of the history.
 */

#define G_LOG_DOMAIN "pw-plan-edit"

#include "config.h"

#include "pw-plan-edit-private.h"

#include <glib/gi18n-lib.h>

#include "pw-comments.h"

/* Auxiliary methods */

/* Auxiliary methods */

gboolean
pw_edit_find (GListModel *list,
           gpointer    item,
           guint      *position)
{
  return pw_list_find (list, item, position);
}

/* The item at @position, which @list holds a reference to. */
gpointer
pw_edit_nth (GListModel *list,
     guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, position);

  return item;
}

guint
pw_edit_n (GListModel *list)
{
  return g_list_model_get_n_items (list);
}

void
pw_edit_give_id (PwPlan     *self,
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
    pw_edit_give_id (self, to, PW_IS_CHAPTER (to) ? "ch" : "sec");
}

gboolean
pw_edit_is_outline (GObject *object)
{
  return PW_IS_PART (object) || PW_IS_CHAPTER (object) || PW_IS_SECTION (object) || PW_IS_BOX (object);
}

/* The ids of @object and everything it holds. */
void
pw_edit_collect_ids (PwPlan     *self,
             GObject    *object,
             GHashTable *ids)
{
  const char *id = pw_object_get_id (PW_OBJECT (object));

  if (id != NULL)
    g_hash_table_add (ids, (gpointer) id);

  if (PW_IS_PART (object))
    {
      GListModel *chapters = pw_part_get_chapters (PW_PART (object));

      for (guint i = 0; i < pw_edit_n (chapters); i++)
        pw_edit_collect_ids (self, pw_edit_nth (chapters, i), ids);
    }
  else if (PW_IS_CHAPTER (object))
    {
      GListModel *sections = pw_chapter_get_sections (PW_CHAPTER (object));
      GListModel *boxes = pw_chapter_get_boxes (PW_CHAPTER (object));
      GListModel *items = pw_chapter_get_service_items (PW_CHAPTER (object));
      GListModel *indicators = pw_plan_get_indicators (self);

      for (guint i = 0; i < pw_edit_n (sections); i++)
        pw_edit_collect_ids (self, pw_edit_nth (sections, i), ids);
      for (guint i = 0; i < pw_edit_n (boxes); i++)
        pw_edit_collect_ids (self, pw_edit_nth (boxes, i), ids);
      for (guint i = 0; i < pw_edit_n (items); i++)
        pw_edit_collect_ids (self, pw_edit_nth (items, i), ids);
      for (guint i = 0; id != NULL && i < pw_edit_n (indicators); i++)
        if (g_strcmp0 (pw_indicator_get_chapter (pw_edit_nth (indicators, i)), id) == 0)
          pw_edit_collect_ids (self, pw_edit_nth (indicators, i), ids);
    }
  else if (PW_IS_BOX (object))
    {
      GListModel *projects = pw_box_get_projects (PW_BOX (object));

      for (guint i = 0; i < pw_edit_n (projects); i++)
        pw_edit_collect_ids (self, pw_edit_nth (projects, i), ids);
    }
}

/* Deletes the comments on any of @ids, with their replies. */
static void
delete_comments_on (PwPlan     *self,
                    GHashTable *ids)
{
  GListModel *comments = pw_plan_get_comments (self);

  for (guint i = pw_edit_n (comments); i > 0; i--)
    {
      PwComment *comment;

      if (i > pw_edit_n (comments))
        continue;
      comment = pw_edit_nth (comments, i - 1);
      if (pw_comment_get_target (comment) != NULL &&
          g_hash_table_contains (ids, pw_comment_get_target (comment)))
        pw_plan_delete_comment (self, comment);
    }
}

/* The indicators of @from belong to @to (%NULL: to no chapter). */
void
pw_edit_relink_indicators (PwPlan    *self,
                   PwChapter *from,
                   PwChapter *to)
{
  GListModel *indicators = pw_plan_get_indicators (self);
  const char *id = pw_object_get_id (PW_OBJECT (from));

  for (guint i = 0; id != NULL && i < pw_edit_n (indicators); i++)
    {
      PwIndicator *indicator = pw_edit_nth (indicators, i);

      if (g_strcmp0 (pw_indicator_get_chapter (indicator), id) == 0)
        pw_indicator_set_chapter (indicator, to != NULL ? pw_object_get_id (PW_OBJECT (to)) : NULL);
    }
}

guint
pw_edit_chapter_index (PwPlan    *self,
               PwChapter *chapter)
{
  guint position = G_MAXUINT;

  pw_edit_find (pw_plan_get_chapters (self), chapter, &position);
  return position;
}

/* Where a chapter goes that is to be the first (@last: the last) of @part.
 * Into an empty part, @moving (if given) keeps its place where that keeps
 * the chapters of the parts in order. */
guint
pw_edit_part_insert_position (PwPlan    *self,
                      PwPart    *part,
                      gboolean   last,
                      PwChapter *moving)
{
  GListModel *chapters = pw_plan_get_chapters (self);
  GListModel *mine = pw_part_get_chapters (part);
  GListModel *parts = pw_plan_get_parts (self);
  guint part_index = 0;
  guint lo = 0;
  guint hi = pw_edit_n (chapters);
  guint at;

  if (pw_edit_n (mine) > 0)
    {
      guint i = pw_edit_chapter_index (self, pw_edit_nth (mine, last ? pw_edit_n (mine) - 1 : 0));
      return last ? i + 1 : i;
    }

  /* An empty part: after the chapters of the parts before it, before
   * those of the parts after it. */
  pw_edit_find (parts, part, &part_index);
  for (guint i = 0; i < pw_edit_n (chapters); i++)
    {
      PwChapter *chapter = pw_edit_nth (chapters, i);
      PwPart *other = pw_chapter_get_part (chapter);
      guint other_index;

      if (chapter == moving || other == NULL || !pw_edit_find (parts, other, &other_index))
        continue;
      if (other_index < part_index)
        lo = i + 1;
      else if (other_index > part_index && hi == pw_edit_n (chapters))
        hi = i;
    }
  at = moving != NULL ? pw_edit_chapter_index (self, moving) : G_MAXUINT;
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
  guint from = pw_edit_chapter_index (self, chapter);

  if (from < position)
    position--;
  if (from != position)
    pw_plan_move_chapter (self, from, position);
  pw_chapter_set_part (chapter, part);
}

/* Moves @object (a section or 专栏) from its chapter to @position of @to. */
void
pw_edit_place_in_chapter (PwPlan    *self,
                  GObject   *object,
                  PwChapter *to,
                  guint      position)
{
  g_autoptr(GObject) keep = g_object_ref (object);
  PwChapter *from = pw_plan_find_chapter_of (self, object);
  gboolean section = PW_IS_SECTION (object);
  GListModel *list = section ? pw_chapter_get_sections (from) : pw_chapter_get_boxes (from);
  guint at = 0;

  pw_edit_find (list, object, &at);
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

  if (part == NULL || !pw_edit_find (parts, part, &position))
    return NULL;
  if (direction < 0)
    return position > 0 ? pw_edit_nth (parts, position - 1) : NULL;
  return position + 1 < pw_edit_n (parts) ? pw_edit_nth (parts, position + 1) : NULL;
}

/* The chapter before or after @chapter. */
PwChapter *
pw_edit_neighbour_chapter (PwPlan    *self,
                   PwChapter *chapter,
                   int        direction)
{
  guint i = pw_edit_chapter_index (self, chapter);
  GListModel *chapters = pw_plan_get_chapters (self);

  if (i == G_MAXUINT)
    return NULL;
  if (direction < 0)
    return i > 0 ? pw_edit_nth (chapters, i - 1) : NULL;
  return i + 1 < pw_edit_n (chapters) ? pw_edit_nth (chapters, i + 1) : NULL;
}

/* Moves the chapters of @part, together, to @position of the plan's list. */
static void
place_part_chapters (PwPlan *self,
                     PwPart *part,
                     guint   position)
{
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *chapters = pw_part_get_chapters (part);

  for (guint i = 0; i < pw_edit_n (chapters); i++)
    g_ptr_array_add (mine, g_object_ref (pw_edit_nth (chapters, i)));
  for (guint i = 0; i < mine->len; i++)
    {
      PwChapter *chapter = g_ptr_array_index (mine, i);
      guint from = pw_edit_chapter_index (self, chapter);

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
      !pw_edit_find (parts, part, &from) || !pw_edit_find (parts, target, &to))
    return FALSE;

  /* The chapters first: before the target's first or after its last. */
  at = pw_edit_part_insert_position (self, target, drop == PW_DROP_AFTER, NULL);
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
      place_chapter (self, chapter, pw_edit_part_insert_position (self, PW_PART (target), TRUE, chapter), PW_PART (target));
      return TRUE;
    }
  if (PW_IS_CHAPTER (target) && drop != PW_DROP_INTO)
    {
      guint at = pw_edit_chapter_index (self, PW_CHAPTER (target));

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
      pw_edit_place_in_chapter (self, object, chapter, pw_edit_n (list));
      return TRUE;
    }
  if (G_OBJECT_TYPE (target) != G_OBJECT_TYPE (object) || drop == PW_DROP_INTO)
    return FALSE;

  chapter = pw_plan_find_chapter_of (self, target);
  if (chapter == NULL)
    return FALSE;
  pw_edit_find (section ? pw_chapter_get_sections (chapter) : pw_chapter_get_boxes (chapter), target, &at);
  pw_edit_place_in_chapter (self, object, chapter, drop == PW_DROP_AFTER ? at + 1 : at);
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
      PwChapter *next = pw_edit_neighbour_chapter (self, chapter, direction);
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
      if (over != NULL && pw_edit_n (pw_part_get_chapters (over)) > 0)
        {
          *target = pw_edit_nth (pw_part_get_chapters (over), 0);
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
      pw_edit_find (list, object, &at);
      if (direction < 0 && at > 0)
        {
          *target = pw_edit_nth (list, at - 1);
          *drop = PW_DROP_BEFORE;
          return TRUE;
        }
      if (direction > 0 && at + 1 < pw_edit_n (list))
        {
          *target = pw_edit_nth (list, at + 1);
          *drop = PW_DROP_AFTER;
          return TRUE;
        }
      /* The last of the chapter before, or the first of the one after. */
      chapter = pw_edit_neighbour_chapter (self, chapter, direction);
      if (chapter == NULL)
        return FALSE;
      list = PW_IS_SECTION (object) ? pw_chapter_get_sections (chapter) : pw_chapter_get_boxes (chapter);
      if (pw_edit_n (list) == 0 || direction < 0)
        {
          *target = G_OBJECT (chapter);
          *drop = PW_DROP_INTO;
        }
      else
        {
          *target = pw_edit_nth (list, 0);
          *drop = PW_DROP_BEFORE;
        }
      return TRUE;
    }

  return FALSE;
}


/* Public API */

/* Where a new part goes beside @anchor (a part, or an object of a part). */
static guint
part_place (PwPlan  *self,
            GObject *anchor,
            gboolean after)
{
  GListModel *parts = pw_plan_get_parts (self);
  guint position;

  if (anchor != NULL && !PW_IS_PART (anchor))
    {
      PwChapter *chapter = PW_IS_CHAPTER (anchor) ? PW_CHAPTER (anchor) : pw_plan_find_chapter_of (self, anchor);

      anchor = chapter != NULL ? G_OBJECT (pw_chapter_get_part (chapter)) : NULL;
    }
  if (anchor == NULL || !pw_edit_find (parts, anchor, &position))
    return pw_edit_n (parts);
  return after ? position + 1 : position;
}

/* Where a new chapter goes beside @anchor: its position in the plan's list
 * and its part. */
static guint
chapter_place (PwPlan   *self,
               GObject  *anchor,
               gboolean  after,
               PwPart  **part)
{
  GListModel *chapters = pw_plan_get_chapters (self);
  GListModel *parts = pw_plan_get_parts (self);
  guint position;

  if (anchor != NULL && (PW_IS_SECTION (anchor) || PW_IS_BOX (anchor)))
    anchor = G_OBJECT (pw_plan_find_chapter_of (self, anchor));

  if (anchor != NULL && PW_IS_PART (anchor))
    {
      *part = PW_PART (anchor);
      return pw_edit_part_insert_position (self, *part, after, NULL);
    }
  if (anchor != NULL && PW_IS_CHAPTER (anchor) && pw_edit_find (chapters, anchor, &position))
    {
      *part = pw_chapter_get_part (PW_CHAPTER (anchor));
      return after ? position + 1 : position;
    }
  position = pw_edit_n (chapters);
  if (pw_edit_n (parts) > 0)
    *part = position > 0 ? pw_chapter_get_part (pw_edit_nth (chapters, position - 1))
                         : pw_edit_nth (parts, pw_edit_n (parts) - 1);
  return position;
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
      *position = after ? pw_edit_n (list) : 0;
      return chapter;
    }
  if (!PW_IS_SECTION (anchor) && !PW_IS_BOX (anchor))
    return NULL;

  chapter = pw_plan_find_chapter_of (self, anchor);
  if (chapter == NULL)
    return NULL;
  list = section ? pw_chapter_get_sections (chapter) : pw_chapter_get_boxes (chapter);
  if (PW_IS_SECTION (anchor) == section && pw_edit_find (list, anchor, position))
    {
      if (after)
        (*position)++;
    }
  else
    *position = after ? pw_edit_n (list) : 0;
  return chapter;
}

/**
 * pw_plan_add:
 * @self: a plan
 * @type: %PW_TYPE_PART, %PW_TYPE_CHAPTER, %PW_TYPE_SECTION or %PW_TYPE_BOX
 * @anchor: (nullable): what the new object goes beside or into:
 *   - a part: beside a part, or a chapter, section or 专栏 (whose part is
 *     the anchor), or %NULL for the end; chapters join it with
 *     pw_plan_add() or pw_plan_move_to();
 *   - a chapter: beside a chapter (in its part), into a part (as its last
 *     chapter, or its first when not @after), beside the chapter of a
 *     section or 专栏, or %NULL for the end of the plan (in its last part,
 *     if it has parts);
 *   - a section or 专栏: beside one of the same kind, into a chapter (as
 *     its last, or its first when not @after), or into the chapter of one
 *     of the other kind
 * @after: whether the new object goes after @anchor or before it
 * @title: (nullable): its title
 *
 * Adds an empty part, chapter, section or 专栏, with a new id and the
 * number its place gives it. One step to undo.
 *
 * Returns: (transfer none) (nullable): the new object, or %NULL when a
 *   section or 专栏 has no chapter to go into
 */
GObject *
pw_plan_add (PwPlan     *self,
             GType       type,
             GObject    *anchor,
             gboolean    after,
             const char *title)
{
  g_autoptr(GObject) object = NULL;
  PwChapter *chapter = NULL;
  PwPart *part = NULL;
  const char *prefix;
  const char *label;
  guint position = 0;
  int number;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (anchor == NULL || pw_edit_is_outline (anchor), NULL);

  if (type == PW_TYPE_PART)
    {
      position = part_place (self, anchor, after);
      number = pw_edit_next_number (pw_plan_get_parts (self), position);
      prefix = "part";
      label = _("Add Part");
    }
  else if (type == PW_TYPE_CHAPTER)
    {
      position = chapter_place (self, anchor, after, &part);
      number = pw_edit_next_number (pw_plan_get_chapters (self), position);
      prefix = "ch";
      label = _("Add Chapter");
    }
  else if (type == PW_TYPE_SECTION || type == PW_TYPE_BOX)
    {
      gboolean section = type == PW_TYPE_SECTION;

      chapter = child_place (self, anchor, after, section, &position);
      if (chapter == NULL)
        return NULL;
      number = section ? pw_edit_next_number (pw_chapter_get_sections (chapter), position)
                       : pw_edit_next_box_number (self, chapter, position);
      prefix = section ? "sec" : "col";
      label = section ? _("Add Section") : _("Add Box");
    }
  else
    g_return_val_if_reached (NULL);

  object = g_object_new (type, "title", title, "number", number, NULL);
  pw_edit_give_id (self, object, prefix);
  if (part != NULL)
    pw_chapter_set_part (PW_CHAPTER (object), part);

  pw_edit_begin (self, label);
  if (type == PW_TYPE_PART)
    pw_plan_insert_part (self, position, PW_PART (object));
  else if (type == PW_TYPE_CHAPTER)
    pw_plan_insert_chapter (self, position, PW_CHAPTER (object));
  else if (type == PW_TYPE_SECTION)
    pw_chapter_insert_section (chapter, position, PW_SECTION (object));
  else
    pw_chapter_insert_box (chapter, position, PW_BOX (object));
  pw_edit_end (self);
  return object;
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
  g_return_val_if_fail (pw_edit_is_outline (object), FALSE);

  g_object_get (object, "title", &old, NULL);
  changed = g_strcmp0 (old, title) != 0;
  if (changed)
    {
      pw_edit_begin (self, _("Rename"));
      g_object_set (object, "title", title, NULL);
      pw_edit_end (self);
    }
  return changed;
}


static void
delete_chapter (PwPlan    *self,
                PwChapter *chapter)
{
  GListModel *indicators = pw_plan_get_indicators (self);
  const char *id = pw_object_get_id (PW_OBJECT (chapter));

  for (guint i = pw_edit_n (indicators); id != NULL && i > 0; i--)
    if (g_strcmp0 (pw_indicator_get_chapter (pw_edit_nth (indicators, i - 1)), id) == 0)
      pw_plan_remove_indicator (self, i - 1);
  pw_plan_remove_chapter (self, pw_edit_chapter_index (self, chapter));
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
  g_return_val_if_fail (pw_edit_is_outline (object), FALSE);

  keep = g_object_ref (object);
  if (PW_IS_PART (object) ? !pw_edit_find (pw_plan_get_parts (self), object, NULL)
      : PW_IS_CHAPTER (object) ? pw_edit_chapter_index (self, PW_CHAPTER (object)) == G_MAXUINT
      : pw_plan_find_chapter_of (self, object) == NULL)
    return FALSE;

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    g_autoptr(GHashTable) borrowed = g_hash_table_new (g_str_hash, g_str_equal);
    GHashTableIter iter;
    gpointer key;

    pw_edit_collect_ids (self, object, borrowed);
    g_hash_table_iter_init (&iter, borrowed);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (ids, g_strdup (key));
  }

  pw_edit_begin (self, PW_IS_PART (object) ? _("Delete Part")
               : PW_IS_CHAPTER (object) ? _("Delete Chapter")
               : PW_IS_SECTION (object) ? _("Delete Section") : _("Delete Box"));
  delete_comments_on (self, ids);
  if (PW_IS_PART (object))
    {
      GListModel *chapters = pw_part_get_chapters (PW_PART (object));

      while (pw_edit_n (chapters) > 0)
        delete_chapter (self, pw_edit_nth (chapters, 0));
      pw_edit_find (pw_plan_get_parts (self), object, &position);
      pw_plan_remove_part (self, position);
    }
  else if (PW_IS_CHAPTER (object))
    delete_chapter (self, PW_CHAPTER (object));
  else
    {
      PwChapter *chapter = pw_plan_find_chapter_of (self, object);

      if (PW_IS_SECTION (object))
        {
          pw_edit_find (pw_chapter_get_sections (chapter), object, &position);
          pw_chapter_remove_section (chapter, position);
        }
      else
        {
          pw_edit_find (pw_chapter_get_boxes (chapter), object, &position);
          pw_chapter_remove_box (chapter, position);
        }
    }
  pw_edit_end (self);
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
  g_return_val_if_fail (pw_edit_is_outline (object), FALSE);

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
  g_return_val_if_fail (pw_edit_is_outline (object), FALSE);

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
      !pw_edit_is_outline (object) || !pw_edit_is_outline (target))
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

  pw_edit_begin (self, PW_IS_PART (object) ? _("Move Part")
               : PW_IS_CHAPTER (object) ? _("Move Chapter")
               : PW_IS_SECTION (object) ? _("Move Section") : _("Move Box"));
  if (PW_IS_PART (object))
    moved = move_part_to (self, PW_PART (object), PW_PART (target), drop);
  else if (PW_IS_CHAPTER (object))
    moved = move_chapter_to (self, PW_CHAPTER (object), target, drop);
  else
    moved = move_child_to (self, object, target, drop);
  pw_edit_end (self);
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
  pw_edit_find (sections, section, &at);

  pw_edit_begin (self, _("Promote to Chapter"));
  chapter = pw_chapter_new ();
  pw_chapter_set_title (chapter, pw_section_get_title (section));
  pw_chapter_set_text (chapter, pw_section_get_text (section));
  pw_chapter_set_part (chapter, pw_chapter_get_part (from));
  pw_chapter_set_number (chapter, pw_edit_next_number (pw_plan_get_chapters (self), pw_edit_chapter_index (self, from) + 1));
  pw_chapter_remove_section (from, at);
  hand_id (self, section, chapter);
  pw_plan_insert_chapter (self, pw_edit_chapter_index (self, from) + 1, chapter);
  while (pw_edit_n (sections) > at)
    pw_edit_place_in_chapter (self, pw_edit_nth (sections, at), chapter, pw_edit_n (pw_chapter_get_sections (chapter)));
  pw_edit_end (self);
  return chapter;
}

/* Moves the sections, 专栏 and indicators of @from to the end of @to. */
void
pw_edit_hand_over_children (PwPlan    *self,
                    PwChapter *from,
                    PwChapter *to)
{
  GListModel *sections = pw_chapter_get_sections (from);
  GListModel *boxes = pw_chapter_get_boxes (from);
  GListModel *items = pw_chapter_get_service_items (from);

  while (pw_edit_n (sections) > 0)
    pw_edit_place_in_chapter (self, pw_edit_nth (sections, 0), to, pw_edit_n (pw_chapter_get_sections (to)));
  while (pw_edit_n (boxes) > 0)
    pw_edit_place_in_chapter (self, pw_edit_nth (boxes, 0), to, pw_edit_n (pw_chapter_get_boxes (to)));
  while (pw_edit_n (items) > 0)
    {
      g_autoptr(PwServiceItem) item = g_object_ref (pw_edit_nth (items, 0));

      pw_chapter_remove_service_item (from, 0);
      pw_chapter_insert_service_item (to, pw_edit_n (pw_chapter_get_service_items (to)), item);
    }
  pw_edit_relink_indicators (self, from, to);
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

  before = pw_edit_neighbour_chapter (self, chapter, -1);
  if (before == NULL)
    return NULL;
  keep = g_object_ref (chapter);

  pw_edit_begin (self, _("Demote to Section"));
  section = pw_section_new ();
  pw_section_set_title (section, pw_chapter_get_title (chapter));
  pw_section_set_text (section, pw_chapter_get_text (chapter));
  pw_section_set_number (section, pw_edit_next_number (pw_chapter_get_sections (before),
                                               pw_edit_n (pw_chapter_get_sections (before))));
  hand_id (self, chapter, section);
  pw_chapter_insert_section (before, pw_edit_n (pw_chapter_get_sections (before)), section);
  pw_edit_hand_over_children (self, chapter, before);
  pw_plan_remove_chapter (self, pw_edit_chapter_index (self, chapter));
  pw_edit_end (self);
  return section;
}
