/* pw-compare.h: what changed between two versions of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-change.h"
#include "pw-diff.h"
#include "pw-plan.h"

G_BEGIN_DECLS

GListModel   *pw_plan_compare           (PwPlan     *old_plan,
                                         PwPlan     *new_plan);
guint         pw_plan_count_comment_changes (PwPlan *old_plan,
                                             PwPlan *new_plan);

G_END_DECLS
