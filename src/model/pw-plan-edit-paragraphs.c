/* pw-plan-edit-paragraphs.c: the rules of editing a plan's paragraphs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The repairs of an import that act on paragraphs: a paragraph made a
 * heading and a heading made a paragraph, a paragraph moved, a run of
 * paragraphs made a 专栏 box, a section split at a paragraph and merged
 * with the one before. A part, chapter or section holds its paragraphs
 * one per line in its text.
 */

#define G_LOG_DOMAIN "pw-plan-edit"

#include "config.h"

#include "pw-plan-edit-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-comments.h"
#include "pw-heading-number.h"

/* Auxiliary methods */

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
  for (guint i = 0; i < pw_edit_n (comments); i++)
    {
      PwComment *comment = pw_edit_nth (comments, i);

      if (g_strcmp0 (pw_comment_get_target (comment), from) != 0)
        continue;
      pw_comment_set_target (comment, to);
      if (pw_comment_get_paragraph (comment) > 0)
        pw_comment_set_paragraph (comment, pw_comment_get_paragraph (comment) + shift);
    }
}

static gboolean
is_holder (GObject *object)
{
  return PW_IS_PART (object) || PW_IS_CHAPTER (object) || PW_IS_SECTION (object);
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
  pw_edit_find (pw_chapter_get_sections (chapter), section, &at);
  head = join_paragraphs (paragraphs, 0, paragraph);
  tail = join_paragraphs (paragraphs, paragraph, paragraphs->len);

  pw_edit_begin (self, _("Split Section"));
  added = pw_section_new ();
  pw_edit_give_id (self, added, "sec");
  pw_section_set_title (added, title);
  pw_section_set_text (added, tail);
  pw_section_set_number (added, pw_section_get_number (section) > 0 ? pw_section_get_number (section) + 1 : 0);
  pw_section_set_text (section, head);
  pw_chapter_insert_section (chapter, at + 1, added);
  pw_edit_end (self);
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
  pw_edit_find (sections, section, &at);
  if (at == 0)
    return FALSE;
  keep = g_object_ref (section);
  before = pw_edit_nth (sections, at - 1);

  pw_edit_begin (self, _("Merge Sections"));
  retarget_comments (self, pw_object_get_id (PW_OBJECT (section)), pw_object_get_id (PW_OBJECT (before)),
                     (int) pw_paragraphs_count (pw_section_get_text (before)));
  append_paragraphs (G_OBJECT (before), pw_section_get_text (section));
  pw_chapter_remove_section (chapter, at);
  pw_edit_end (self);
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
PwChapter *
pw_edit_chapter_of_holder (PwPlan  *self,
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
  PwChapter *chapter = pw_edit_chapter_of_holder (self, holder);
  guint at = 0;
  int number = 1;

  if (chapter == NULL)
    return NULL;
  if (PW_IS_SECTION (holder))
    {
      pw_edit_find (pw_chapter_get_sections (chapter), holder, &at);
      at++;
    }
  number = pw_edit_next_number (pw_chapter_get_sections (chapter), at);

  section = pw_section_new ();
  pw_edit_give_id (self, section, "sec");
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
  PwChapter *from = pw_edit_chapter_of_holder (self, holder);
  PwPart *part;
  guint position;
  guint first_moved = 0;

  if (PW_IS_PART (holder))
    {
      part = PW_PART (holder);
      position = pw_edit_part_insert_position (self, part, FALSE, NULL);
    }
  else if (from != NULL)
    {
      part = pw_chapter_get_part (from);
      position = pw_edit_chapter_index (self, from) + 1;
      if (PW_IS_SECTION (holder))
        {
          pw_edit_find (pw_chapter_get_sections (from), holder, &first_moved);
          first_moved++;
        }
    }
  else
    return NULL;

  chapter = pw_chapter_new ();
  pw_edit_give_id (self, chapter, "ch");
  pw_chapter_set_title (chapter, title);
  pw_chapter_set_text (chapter, tail);
  pw_chapter_set_part (chapter, part);
  pw_chapter_set_number (chapter, pw_edit_next_number (pw_plan_get_chapters (self), position));
  set_paragraphs (holder, head);
  pw_plan_insert_chapter (self, position, chapter);
  if (from != NULL)
    {
      GListModel *sections = pw_chapter_get_sections (from);

      while (pw_edit_n (sections) > first_moved)
        pw_edit_place_in_chapter (self, pw_edit_nth (sections, first_moved), chapter,
                          pw_edit_n (pw_chapter_get_sections (chapter)));
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
  PwChapter *from = pw_edit_chapter_of_holder (self, holder);
  GListModel *chapters = pw_plan_get_chapters (self);
  GListModel *parts = pw_plan_get_parts (self);
  PwPart *old;
  guint position = pw_edit_n (parts);
  guint first;

  /* Only at the end of a chapter: the sections after the paragraph would
   * otherwise be in no chapter. */
  if (from == NULL)
    return NULL;
  if (PW_IS_SECTION (holder))
    {
      guint at = 0;

      pw_edit_find (pw_chapter_get_sections (from), holder, &at);
      if (at + 1 < pw_edit_n (pw_chapter_get_sections (from)))
        return NULL;
    }
  else if (pw_edit_n (pw_chapter_get_sections (from)) > 0)
    return NULL;

  old = pw_chapter_get_part (from);
  if (old != NULL && pw_edit_find (parts, old, &position))
    position++;

  part = pw_part_new ();
  pw_edit_give_id (self, part, "part");
  pw_part_set_title (part, title);
  pw_part_set_text (part, tail);
  pw_part_set_number (part, pw_edit_next_number (parts, position));
  set_paragraphs (holder, head);
  pw_plan_insert_part (self, position, part);

  /* The chapters after, in the same part (or in none), join the new one. */
  first = pw_edit_chapter_index (self, from) + 1;
  for (guint i = first; i < pw_edit_n (chapters); i++)
    {
      PwChapter *chapter = pw_edit_nth (chapters, i);

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
 * @title: (nullable): the heading's title; %NULL for the paragraph itself,
 *   without the number it is printed with (第二节, 一、, （一）), which the
 *   plan renumbers or, with its numbers kept as printed, the heading keeps
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
  int printed = 0;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (is_holder (holder), NULL);

  paragraphs = split_paragraphs (pw_plan_get_paragraphs (holder));
  if (paragraph >= paragraphs->len)
    return NULL;
  /* The paragraph's own number (第二节, 一、, （一）) is the heading's number,
   * not part of its title: renumbered, or kept as printed. */
  if (title == NULL && !pw_heading_parse (g_ptr_array_index (paragraphs, paragraph), &printed, &title))
    title = g_ptr_array_index (paragraphs, paragraph);

  pw_edit_begin (self, _("Make Heading"));
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
  if (made != NULL && printed > 0 && pw_plan_get_numbering (self) == PW_NUMBERING_AS_PRINTED)
    g_object_set (made, "number", printed, NULL);
  pw_edit_end (self);
  return made;
}

/* The holder of the last paragraph before @chapter's heading. */
static GObject *
holder_before_chapter (PwPlan    *self,
                       PwChapter *chapter)
{
  PwChapter *before = pw_edit_neighbour_chapter (self, chapter, -1);
  PwPart *part = pw_chapter_get_part (chapter);
  GListModel *sections;

  /* The first chapter of a part follows the part's prose. */
  if (part != NULL && (before == NULL || pw_chapter_get_part (before) != part))
    return G_OBJECT (part);
  if (before == NULL)
    return NULL;
  sections = pw_chapter_get_sections (before);
  return pw_edit_n (sections) > 0 ? pw_edit_nth (sections, pw_edit_n (sections) - 1) : G_OBJECT (before);
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
      pw_edit_find (sections, heading, &at);
      holder = at > 0 ? pw_edit_nth (sections, at - 1) : G_OBJECT (chapter);
    }
  else
    {
      PwChapter *chapter = PW_CHAPTER (heading);

      if (pw_edit_chapter_index (self, chapter) == G_MAXUINT)
        return FALSE;
      holder = holder_before_chapter (self, chapter);
      if (holder == NULL ||
          (PW_IS_PART (holder) && (pw_edit_n (pw_chapter_get_sections (chapter)) > 0 ||
                                   pw_edit_n (pw_chapter_get_boxes (chapter)) > 0)))
        return FALSE;
    }

  keep = g_object_ref (heading);
  g_object_get (heading, "title", &title, NULL);
  text = PW_IS_SECTION (heading) ? pw_section_get_text (PW_SECTION (heading))
                                 : pw_chapter_get_text (PW_CHAPTER (heading));
  shift = pw_paragraphs_count (pw_plan_get_paragraphs (holder));

  pw_edit_begin (self, _("Make Paragraph"));
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

      pw_edit_find (pw_chapter_get_sections (chapter), heading, &at);
      pw_chapter_remove_section (chapter, at);
    }
  else
    {
      PwChapter *chapter = PW_CHAPTER (heading);
      PwChapter *to = PW_IS_SECTION (holder) ? pw_plan_find_chapter_of (self, holder)
                      : PW_IS_CHAPTER (holder) ? PW_CHAPTER (holder) : NULL;

      if (to != NULL)
        pw_edit_hand_over_children (self, chapter, to);
      else
        {
          g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

          /* A part's prose: comments on the chapter stay with the part. */
          retarget_comments (self, pw_object_get_id (PW_OBJECT (heading)),
                             pw_object_get_id (PW_OBJECT (holder)), 0);
          pw_edit_relink_indicators (self, chapter, NULL);
        }
      pw_plan_remove_chapter (self, pw_edit_chapter_index (self, chapter));
    }
  pw_edit_end (self);
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
      pw_edit_begin (self, _("Move Paragraph"));
      set_paragraphs (from, text_from);
      pw_edit_end (self);
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

  pw_edit_begin (self, _("Move Paragraph"));
  set_paragraphs (from, text_from);
  set_paragraphs (to, text_to);
  pw_edit_end (self);
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
 * end of the chapter's, with a project for each name.
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

  chapter = pw_edit_chapter_of_holder (self, holder);
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

  n_boxes = pw_edit_n (pw_chapter_get_boxes (chapter));
  pw_edit_begin (self, _("Make Box"));
  box = pw_box_new ();
  pw_edit_give_id (self, box, "col");
  pw_box_set_title (box, title);
  pw_box_set_number (box, number > 0 ? number : pw_edit_next_box_number (self, chapter, n_boxes));
  for (guint i = 0; projects != NULL && projects[i] != NULL; i++)
    {
      g_autoptr(PwProject) project = pw_project_new ();

      pw_edit_give_id (self, project, "prj");
      pw_project_set_name (project, projects[i]);
      pw_project_set_number (project, (int) i + 1);
      pw_box_insert_project (box, i, project);
    }
  set_paragraphs (holder, rest->len > 0 ? rest->str : NULL);
  pw_chapter_insert_box (chapter, n_boxes, box);
  pw_edit_end (self);
  return box;
}

/* Marks before an item of a 专栏: 1. 1、 (1) （一） 一、 ● • · */
static const char *
skip_item_mark (const char *s)
{
  const char *p = s;
  int number;
  const char *title;

  while (*p == ' ' || g_str_has_prefix (p, "　"))
    p += *p == ' ' ? 1 : strlen ("　");
  for (const char *const *mark = (const char *const[]) { "●", "•", "·", "■", "◆", "—", "-", NULL }; *mark; mark++)
    if (g_str_has_prefix (p, *mark))
      return p + strlen (*mark);
  if (pw_heading_parse (p, &number, &title))
    return title;
  if (g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q))
        q++;
      for (const char *const *end = (const char *const[]) { ".", "、", "．", ")", "）", " ", NULL }; *end; end++)
        if (g_str_has_prefix (q, *end))
          return q + strlen (*end);
    }
  if ((*p == '(' || g_str_has_prefix (p, "（")) && g_ascii_isdigit (p[*p == '(' ? 1 : strlen ("（")]))
    {
      const char *q = p + (*p == '(' ? 1 : strlen ("（"));

      while (g_ascii_isdigit (*q))
        q++;
      if (*q == ')' || g_str_has_prefix (q, "）"))
        return q + (*q == ')' ? 1 : strlen ("）"));
    }
  return p;
}

/**
 * pw_box_read:
 * @text: a run of paragraphs, one per line
 * @number: (out): the 专栏's number as printed, or 0
 * @title: (out) (transfer full) (nullable): its title
 * @projects: (out) (transfer full): the names of its projects
 *
 * Reads a run of paragraphs as a 专栏: the first is its heading ("专栏3
 * 公共就业创业服务工程": number 3 and the title; without 专栏, all of it the
 * title), each other one a project, named by the words before its first
 * ：or 。 ("01 公共实训基地：建设30个…" is 公共实训基地), without the mark
 * or number of the item.
 */
void
pw_box_read (const char  *text,
             int         *number,
             char       **title,
             GStrv       *projects)
{
  g_autoptr(GPtrArray) paragraphs = split_paragraphs (text);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_return_if_fail (number != NULL && title != NULL && projects != NULL);

  *number = 0;
  *title = NULL;
  for (guint i = 0; i < paragraphs->len; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (g_ptr_array_index (paragraphs, i)));
      const char *p = line;

      if (*p == '\0')
        continue;
      if (*title == NULL)
        {
          if (g_str_has_prefix (p, "专栏"))
            {
              p += strlen ("专栏");
              while (g_ascii_isdigit (*p))
                *number = *number * 10 + (*p++ - '0');
              while (*p == ' ' || *p == ':' || g_str_has_prefix (p, "　") || g_str_has_prefix (p, "："))
                p += *p == ' ' || *p == ':' ? 1 : strlen ("　");
            }
          *title = g_strdup (p);
          continue;
        }
      p = skip_item_mark (p);
      {
        const char *end = p + strlen (p);

        for (const char *const *stop = (const char *const[]) { "：", ":", "。", NULL }; *stop; stop++)
          {
            const char *at = strstr (p, *stop);

            if (at != NULL && at > p && at < end)
              end = at;
          }
        {
          g_autofree char *name = g_strstrip (g_strndup (p, end - p));

          if (*name != '\0')
            g_strv_builder_add (names, name);
        }
      }
    }
  *projects = g_strv_builder_end (names);
}
