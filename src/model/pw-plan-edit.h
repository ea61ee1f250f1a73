/* pw-plan-edit.h: the rules of editing a plan's outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwLevel:
 * @PW_LEVEL_PART: a part (第X篇)
 * @PW_LEVEL_CHAPTER: a chapter (第X章, 一、)
 * @PW_LEVEL_SECTION: a section (第X节, (一))
 *
 * The level of a heading, for turning a paragraph into one.
 */
typedef enum
{
  PW_LEVEL_PART,
  PW_LEVEL_CHAPTER,
  PW_LEVEL_SECTION,
} PwLevel;

/**
 * PwDrop:
 * @PW_DROP_BEFORE: before the target, as its sibling
 * @PW_DROP_AFTER: after the target, as its sibling
 * @PW_DROP_INTO: into the target, as its last child
 *
 * Where pw_plan_move_to() puts an object.
 */
typedef enum
{
  PW_DROP_BEFORE,
  PW_DROP_AFTER,
  PW_DROP_INTO,
} PwDrop;

void        pw_plan_renumber               (PwPlan      *self);
gboolean    pw_plan_numbering_is_regular   (PwPlan      *self);

GObject    *pw_plan_add                    (PwPlan      *self,
                                            GType        type,
                                            GObject     *anchor,
                                            gboolean     after,
                                            const char  *title);
PwProject  *pw_plan_add_project            (PwPlan      *self,
                                            PwBox       *box,
                                            guint        position,
                                            const char  *name);
gboolean    pw_plan_remove_projects        (PwPlan      *self,
                                            PwBox       *box,
                                            guint        first,
                                            guint        n_projects);
gboolean    pw_plan_duplicate_projects     (PwPlan      *self,
                                            PwBox       *box,
                                            guint        first,
                                            guint        n_projects);
gboolean    pw_plan_rename                 (PwPlan      *self,
                                            GObject     *object,
                                            const char  *title);
void        pw_plan_count_content          (PwPlan      *self,
                                            GObject     *object,
                                            guint       *n_indicators,
                                            guint       *n_projects);
gboolean    pw_plan_delete                 (PwPlan      *self,
                                            GObject     *object);
gboolean    pw_plan_can_move               (PwPlan      *self,
                                            GObject     *object,
                                            int          direction);
gboolean    pw_plan_move                   (PwPlan      *self,
                                            GObject     *object,
                                            int          direction);
gboolean    pw_plan_can_move_to            (PwPlan      *self,
                                            GObject     *object,
                                            GObject     *target,
                                            PwDrop       drop);
gboolean    pw_plan_move_to                (PwPlan      *self,
                                            GObject     *object,
                                            GObject     *target,
                                            PwDrop       drop);
PwChapter  *pw_plan_promote_section        (PwPlan      *self,
                                            PwSection   *section);
PwSection  *pw_plan_demote_chapter         (PwPlan      *self,
                                            PwChapter   *chapter);
PwSection  *pw_plan_split_section          (PwPlan      *self,
                                            PwSection   *section,
                                            guint        paragraph,
                                            const char  *title);
gboolean    pw_plan_merge_section          (PwPlan      *self,
                                            PwSection   *section);

guint       pw_paragraphs_count            (const char  *text);
char       *pw_paragraphs_get              (const char  *text,
                                            guint        paragraph);
const char *pw_plan_get_paragraphs         (GObject     *holder);
GObject    *pw_plan_paragraph_to_heading   (PwPlan      *self,
                                            GObject     *holder,
                                            guint        paragraph,
                                            PwLevel      level,
                                            const char  *title);
gboolean    pw_plan_heading_to_paragraph   (PwPlan      *self,
                                            GObject     *heading);
gboolean    pw_plan_move_paragraph         (PwPlan      *self,
                                            GObject     *from,
                                            guint        paragraph,
                                            GObject     *to,
                                            guint        position);
PwBox      *pw_plan_paragraphs_to_box      (PwPlan      *self,
                                            GObject     *holder,
                                            guint        first,
                                            guint        n_paragraphs,
                                            int          number,
                                            const char  *title,
                                            const char * const *projects);
void        pw_box_read                    (const char  *text,
                                            int         *number,
                                            char       **title,
                                            GStrv       *projects);
gboolean    pw_plan_move_project           (PwPlan      *self,
                                            PwProject   *project,
                                            PwBox       *box,
                                            guint        position);
gboolean    pw_target_read                 (const char  *text,
                                            int          at,
                                            char       **name,
                                            char       **target,
                                            char       **unit);
PwIndicator *pw_plan_take_target           (PwPlan      *self,
                                            GObject     *holder,
                                            const char  *name,
                                            const char  *target,
                                            const char  *unit);
PwBox      *pw_plan_find_box_of            (PwPlan      *self,
                                            PwProject   *project);

G_END_DECLS
