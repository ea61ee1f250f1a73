/* pw-chart-indicator-row.c: a row of the list of the charts page's indicator drop-down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An indicator the trend chart can be drawn for: its name, wrapped, and
 * under it the group the charts put it in (its domain, else its category),
 * both following the indicator while the row shows it. The drop-down's list
 * factory gives the row its indicator on bind and takes it back (%NULL) on
 * unbind.
 */

#define G_LOG_DOMAIN "pw-chart-indicator-row"

#include "config.h"

#include "pw-chart-indicator-row.h"

#include "pw-chart.h"

struct _PwChartIndicatorRow
{
  GtkBox parent_instance;

  /* Template widgets */
  GtkLabel *name_label;
  GtkLabel *group_label;

  /* Owned */
  PwIndicator *indicator;
};

G_DEFINE_FINAL_TYPE (PwChartIndicatorRow, pw_chart_indicator_row, GTK_TYPE_BOX)

/* Callbacks */

static void
indicator_notify_cb (PwChartIndicatorRow *self)
{
  gtk_label_set_label (self->name_label, pw_indicator_get_name (self->indicator));
  gtk_label_set_label (self->group_label, pw_chart_indicator_group (self->indicator));
}

/* GObject overrides */

static void
pw_chart_indicator_row_dispose (GObject *object)
{
  PwChartIndicatorRow *self = (PwChartIndicatorRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_CHART_INDICATOR_ROW);
  pw_chart_indicator_row_set_indicator (self, NULL);

  G_OBJECT_CLASS (pw_chart_indicator_row_parent_class)->dispose (object);
}

static void
pw_chart_indicator_row_class_init (PwChartIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_chart_indicator_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-chart-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PwChartIndicatorRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PwChartIndicatorRow, group_label);
}

static void
pw_chart_indicator_row_init (PwChartIndicatorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * pw_chart_indicator_row_new:
 *
 * Returns: (transfer floating): a new row, empty until
 *   pw_chart_indicator_row_set_indicator()
 */
GtkWidget *
pw_chart_indicator_row_new (void)
{
  return g_object_new (PW_TYPE_CHART_INDICATOR_ROW, NULL);
}

/**
 * pw_chart_indicator_row_set_indicator:
 * @self: a row
 * @indicator: (nullable): the indicator to show and follow, or %NULL to
 *   stop following the one shown
 */
void
pw_chart_indicator_row_set_indicator (PwChartIndicatorRow *self,
                                      PwIndicator         *indicator)
{
  g_return_if_fail (PW_IS_CHART_INDICATOR_ROW (self));
  g_return_if_fail (indicator == NULL || PW_IS_INDICATOR (indicator));

  if (self->indicator == indicator)
    return;

  if (self->indicator != NULL)
    g_signal_handlers_disconnect_by_func (self->indicator, indicator_notify_cb, self);
  g_set_object (&self->indicator, indicator);
  if (indicator == NULL)
    return;

  g_signal_connect_object (indicator, "notify", G_CALLBACK (indicator_notify_cb), self, G_CONNECT_SWAPPED);
  indicator_notify_cb (self);
}
