/* pw-change-table.h: the changes between two plans as a 修改对照表
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-plan.h"

G_BEGIN_DECLS

gboolean pw_change_table_export_pdf (GListModel  *changes,
                                     PwPlan      *old_plan,
                                     PwPlan      *new_plan,
                                     const char  *old_name,
                                     const char  *new_name,
                                     GFile       *file,
                                     GError     **error);

G_END_DECLS
