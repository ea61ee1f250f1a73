/* pw-indicator-filter-bar.h: the search and filters above the indicator grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-indicator-grid.h"
#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_INDICATOR_FILTER_BAR (pw_indicator_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (PwIndicatorFilterBar, pw_indicator_filter_bar, PW, INDICATOR_FILTER_BAR, GtkWidget)

GtkWidget *pw_indicator_filter_bar_new            (void);
void       pw_indicator_filter_bar_set_plan       (PwIndicatorFilterBar *self,
                                                   PwPlan               *plan);
void       pw_indicator_filter_bar_update_choices (PwIndicatorFilterBar *self);
gboolean   pw_indicator_filter_bar_is_active      (PwIndicatorFilterBar *self);
gboolean   pw_indicator_filter_bar_match          (PwIndicatorFilterBar *self,
                                                   PwIndicatorGrid      *grid,
                                                   PwIndicator          *indicator);
void       pw_indicator_filter_bar_clear          (PwIndicatorFilterBar *self);
void       pw_indicator_filter_bar_focus_search   (PwIndicatorFilterBar *self);

G_END_DECLS
