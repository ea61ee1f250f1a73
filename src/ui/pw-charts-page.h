/* pw-charts-page.h: the charts of a plan, drawn as they print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan-page.h"

#include "pw-chart.h"
#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_CHARTS_PAGE (pw_charts_page_get_type ())

G_DECLARE_FINAL_TYPE (PwChartsPage, pw_charts_page, PW, CHARTS_PAGE, PwPlanPage)

GtkWidget   *pw_charts_page_new              (void);
PwChartKind  pw_charts_page_get_kind         (PwChartsPage   *self);
void         pw_charts_page_set_kind         (PwChartsPage   *self,
                                              PwChartKind     kind);
gboolean     pw_charts_page_set_scope        (PwChartsPage   *self,
                                              const char     *domain,
                                              const char     *chapter_id);
void         pw_charts_page_get_options      (PwChartsPage   *self,
                                              PwChartOptions *options);
void         pw_charts_page_show_indicator   (PwChartsPage   *self,
                                              PwIndicator    *indicator);
char        *pw_charts_page_get_tooltip_text (PwChartsPage   *self,
                                              double          x,
                                              double          y);

G_END_DECLS
