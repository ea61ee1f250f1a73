/* pw-finding-row.h: a row of the overview's list of import findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-finding.h"

G_BEGIN_DECLS

#define PW_TYPE_FINDING_ROW (pw_finding_row_get_type ())

G_DECLARE_FINAL_TYPE (PwFindingRow, pw_finding_row, PW, FINDING_ROW, GtkListBoxRow)

GtkWidget *pw_finding_row_new (PwFinding    *finding,
                               GtkSizeGroup *badges);

G_END_DECLS
