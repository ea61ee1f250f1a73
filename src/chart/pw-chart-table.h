/* pw-chart-table.h: a table of wrapped text over as many pages as it needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-chart-private.h"

G_BEGIN_DECLS

typedef struct _PwChartTable PwChartTable;

PwChartTable *pw_chart_table_new       (PwChartStyle       *style,
                                        double              width,
                                        guint               n_columns,
                                        const char * const *titles,
                                        const double       *fractions);
void          pw_chart_table_free      (PwChartTable       *table);
void          pw_chart_table_add_row   (PwChartTable       *table,
                                        const char * const *markup);
guint         pw_chart_table_get_n_rows (PwChartTable      *table);
guint         pw_chart_table_paginate  (PwChartTable       *table,
                                        double              first_height,
                                        double              height);
void          pw_chart_table_draw_page (PwChartTable       *table,
                                        cairo_t            *cr,
                                        guint               page,
                                        double              x,
                                        double              y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwChartTable, pw_chart_table_free)

G_END_DECLS
