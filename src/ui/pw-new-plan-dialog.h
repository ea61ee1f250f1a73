/* pw-new-plan-dialog.h: the choice of a new plan's skeleton, period and title
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan-template.h"

G_BEGIN_DECLS

#define PW_TYPE_NEW_PLAN_DIALOG (pw_new_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PwNewPlanDialog, pw_new_plan_dialog, PW, NEW_PLAN_DIALOG, GtkDialog)

PwNewPlanDialog *pw_new_plan_dialog_new            (GtkWindow       *parent);
PwTemplate       pw_new_plan_dialog_get_template   (PwNewPlanDialog *self);
void             pw_new_plan_dialog_set_template   (PwNewPlanDialog *self,
                                                    PwTemplate       template);
PwPeriod         pw_new_plan_dialog_get_period     (PwNewPlanDialog *self);
void             pw_new_plan_dialog_set_period     (PwNewPlanDialog *self,
                                                    PwPeriod         period);
const char      *pw_new_plan_dialog_get_plan_title (PwNewPlanDialog *self);
void             pw_new_plan_dialog_set_plan_title (PwNewPlanDialog *self,
                                                    const char      *title);
PwPlan          *pw_new_plan_dialog_make_plan      (PwNewPlanDialog *self);

G_END_DECLS
