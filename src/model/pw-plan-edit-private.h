/* pw-plan-edit-private.h: what the files of the editing rules share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The helpers of pw-plan-edit.c (lists, ids, places in the outline),
 * pw-plan-edit-numbering.c (an edit as one step, numbers) and
 * pw-plan-edit-paragraphs.c (the chapter of a text) that the others call.
 */

#pragma once

#include "pw-plan-edit.h"

G_BEGIN_DECLS

/* lists */
gboolean    pw_edit_find                  (GListModel *list,
                                           gpointer    item,
                                           guint      *position);
gpointer    pw_edit_nth                   (GListModel *list,
                                           guint       position);
guint       pw_edit_n                     (GListModel *list);

/* an edit: one step of the history, numbered again at its end */
typedef struct
{
  guint depth;        /* of edits within edits */
  gboolean per_part;  /* whether the chapters were numbered in each part */
} PwEditState;

PwEditState *pw_plan_get_edit_state       (PwPlan     *self);
void        pw_edit_begin                 (PwPlan     *self,
                                           const char *label);
void        pw_edit_end                   (PwPlan     *self);
int         pw_edit_next_number           (GListModel *list,
                                           guint       position);
int         pw_edit_next_box_number       (PwPlan     *self,
                                           PwChapter  *chapter,
                                           guint       position);

/* ids and content */
void        pw_edit_give_id               (PwPlan     *self,
                                           gpointer    object,
                                           const char *prefix);
gboolean    pw_edit_is_outline            (GObject    *object);
void        pw_edit_collect_ids           (PwPlan     *self,
                                           GObject    *object,
                                           GHashTable *ids);
void        pw_edit_relink_indicators     (PwPlan     *self,
                                           PwChapter  *from,
                                           PwChapter  *to);

/* places in the outline */
guint       pw_edit_chapter_index         (PwPlan     *self,
                                           PwChapter  *chapter);
PwChapter  *pw_edit_neighbour_chapter     (PwPlan     *self,
                                           PwChapter  *chapter,
                                           int         direction);
guint       pw_edit_part_insert_position  (PwPlan     *self,
                                           PwPart     *part,
                                           gboolean    last,
                                           PwChapter  *moving);
void        pw_edit_place_in_chapter      (PwPlan     *self,
                                           GObject    *object,
                                           PwChapter  *to,
                                           guint       position);
void        pw_edit_hand_over_children    (PwPlan     *self,
                                           PwChapter  *from,
                                           PwChapter  *to);
PwChapter  *pw_edit_chapter_of_holder     (PwPlan     *self,
                                           GObject    *holder);

G_END_DECLS
