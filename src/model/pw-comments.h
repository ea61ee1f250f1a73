/* pw-comments.h: the comments of a plan: adding, answering, merging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-plan.h"

G_BEGIN_DECLS

PwComment *pw_plan_add_comment          (PwPlan     *plan,
                                         const char *target,
                                         int         year,
                                         int         paragraph,
                                         const char *author,
                                         const char *text);
PwComment *pw_plan_reply_to_comment     (PwPlan     *plan,
                                         PwComment  *comment,
                                         const char *author,
                                         const char *text);
void       pw_plan_delete_comment       (PwPlan     *plan,
                                         PwComment  *comment);
PwComment *pw_plan_find_comment         (PwPlan     *plan,
                                         const char *id);
PwComment *pw_plan_get_thread_root      (PwPlan     *plan,
                                         PwComment  *comment);
guint      pw_plan_count_open_comments  (PwPlan     *plan);
guint      pw_plan_count_comments_on    (PwPlan     *plan,
                                         const char *target,
                                         gboolean    open_only);
char      *pw_plan_describe_comment_target (PwPlan    *plan,
                                            PwComment *comment);
guint      pw_plan_merge_comments       (PwPlan     *plan,
                                         PwPlan     *from,
                                         guint      *n_orphaned);

G_END_DECLS
