/* pw-grid-columns.h: the columns of the indicator grid, as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-indicator.h"
#include "pw-grid-sheet.h"
#include "pw-indicator-grid.h"

G_BEGIN_DECLS


const PwGridColumnInfo *pw_grid_columns_get (guint *n_columns);

G_END_DECLS
