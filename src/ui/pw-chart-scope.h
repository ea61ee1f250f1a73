/* pw-chart-scope.h: what a chart covers, an entry of the charts page's scope list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PW_CHART_SCOPE_PLAN,
  PW_CHART_SCOPE_DOMAIN,
  PW_CHART_SCOPE_CHAPTER,
} PwChartScopeKind;

#define PW_TYPE_CHART_SCOPE (pw_chart_scope_get_type ())

G_DECLARE_FINAL_TYPE (PwChartScope, pw_chart_scope, PW, CHART_SCOPE, GObject)

PwChartScope     *pw_chart_scope_new      (PwChartScopeKind  kind,
                                           const char       *key,
                                           char             *label,
                                           const char       *caption);
gboolean          pw_chart_scope_equal    (PwChartScope     *a,
                                           PwChartScope     *b);
PwChartScopeKind  pw_chart_scope_get_kind (PwChartScope     *self);
const char       *pw_chart_scope_get_key  (PwChartScope     *self);

G_END_DECLS
