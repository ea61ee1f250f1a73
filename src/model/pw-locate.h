/* pw-locate.h: finding an object of a plan by its id, and naming it for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-plan.h"

G_BEGIN_DECLS

PwObject *pw_plan_find_object     (PwPlan     *plan,
                                   const char *id);
char     *pw_plan_describe_object (PwPlan     *plan,
                                   PwObject   *object);
char     *pw_plan_describe_id     (PwPlan     *plan,
                                   const char *id);
void      pw_plan_foreach_object  (PwPlan     *plan,
                                   void      (*func) (PwObject *object,
                                                      gpointer  user_data),
                                   gpointer    user_data);

G_END_DECLS
