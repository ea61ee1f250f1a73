/* pw-target-dialog.h: a target stated in the text, taken into the indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_TARGET_DIALOG (pw_target_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PwTargetDialog, pw_target_dialog, PW, TARGET_DIALOG, GtkDialog)

PwTargetDialog *pw_target_dialog_new (GtkWindow  *parent,
                                      PwPlan     *plan,
                                      GObject    *holder,
                                      const char *paragraph,
                                      int         at);

G_END_DECLS
