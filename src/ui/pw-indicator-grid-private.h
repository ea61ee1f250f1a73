/* pw-indicator-grid-private.h: what the grid's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-indicator-grid.h"
#include "pw-progress.h"

G_BEGIN_DECLS

void pw_indicator_grid_compute_progress (PwIndicatorGrid *self,
                                         PwIndicator     *indicator,
                                         PwProgress      *progress);

G_END_DECLS
