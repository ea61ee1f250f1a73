/* pw-chart-indicator-row.h: a row of the list of the charts page's indicator drop-down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-indicator.h"

G_BEGIN_DECLS

#define PW_TYPE_CHART_INDICATOR_ROW (pw_chart_indicator_row_get_type ())

G_DECLARE_FINAL_TYPE (PwChartIndicatorRow, pw_chart_indicator_row, PW, CHART_INDICATOR_ROW, GtkBox)

GtkWidget *pw_chart_indicator_row_new           (void);
void       pw_chart_indicator_row_set_indicator (PwChartIndicatorRow *self,
                                                 PwIndicator         *indicator);

G_END_DECLS
