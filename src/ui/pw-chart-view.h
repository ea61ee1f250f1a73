/* pw-chart-view.h: a chart in a scrolled window, drawn as far as it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-chart.h"
#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_CHART_VIEW (pw_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (PwChartView, pw_chart_view, PW, CHART_VIEW, GtkWidget)

GtkWidget     *pw_chart_view_new              (void);
void           pw_chart_view_set_chart        (PwChartView          *self,
                                               PwChartKind           kind,
                                               PwPlan               *plan,
                                               const PwChartOptions *options);
PwChartLayout *pw_chart_view_get_layout       (PwChartView          *self);
double         pw_chart_view_get_chart_width  (PwChartView          *self);
double         pw_chart_view_get_chart_height (PwChartView          *self);
void           pw_chart_view_get_visible      (PwChartView          *self,
                                               double               *top,
                                               double               *bottom);
char          *pw_chart_view_get_tooltip_text (PwChartView          *self,
                                               double                x,
                                               double                y);

G_END_DECLS
