/* pw-chart-trend.c: one indicator's values year by year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The baseline, each year's actual value (its marker shows the status the
 * model gives for that year), the linear path from baseline to target, and
 * the target drawn as what it means: a floor (≥X) is a line with the zone
 * above it shaded, a ceiling (≤X) the zone below, an about-target (X左右) a
 * band of the tolerance, a plain number a point at the final year. A table
 * under the plot repeats the figures, so a printed copy can be quoted.
 *
 * A qualitative target is drawn on its four states (未启动 … 已实现) instead
 * of a numeric axis.
 */

#define G_LOG_DOMAIN "pw-chart"

#include "config.h"

#include "pw-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#define N_STATES 4

/* Auxiliary methods */

static gboolean
has_numbers (PwIndicator *indicator)
{
  PwValue *target = pw_indicator_get_target (indicator);
  double number;

  return pw_value_resolve (target, pw_indicator_get_baseline (indicator), &number);
}

static gboolean
zone_of (PwChartTrendLayout *layout,
         double             *low,
         double             *high)
{
  double t = layout->target;
  double tolerance = pw_thresholds_get_tolerance (pw_plan_get_thresholds (layout->plan));

  if (isnan (t))
    return FALSE;

  switch (layout->comparator)
    {
    case PW_COMPARATOR_GREATER_EQUAL:
    case PW_COMPARATOR_GREATER:
    case PW_COMPARATOR_AT_LEAST:
      *low = t;
      *high = INFINITY;
      return TRUE;
    case PW_COMPARATOR_LESS_EQUAL:
    case PW_COMPARATOR_LESS:
    case PW_COMPARATOR_AT_MOST:
      *low = -INFINITY;
      *high = t;
      return TRUE;
    case PW_COMPARATOR_ABOUT:
      *low = t - tolerance * fabs (t);
      *high = t + tolerance * fabs (t);
      return TRUE;
    case PW_COMPARATOR_EQUAL:
    default:
      return FALSE;
    }
}

static double
nice_step (double range)
{
  double raw = range / 5;
  double base = pow (10, floor (log10 (raw)));
  static const double steps[] = { 1, 2, 2.5, 5, 10 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * base >= raw)
      return steps[i] * base;
  return 10 * base;
}

static const char *
state_label (int rank)
{
  static const PwQualState states[N_STATES] = {
    PW_QUAL_STATE_NOT_STARTED,
    PW_QUAL_STATE_IN_PROGRESS,
    PW_QUAL_STATE_LARGELY_DONE,
    PW_QUAL_STATE_DONE,
  };

  return pw_qual_state_to_label (states[CLAMP (rank, 1, N_STATES) - 1]);
}

static int
state_rank (PwQualState state)
{
  switch (state)
    {
    case PW_QUAL_STATE_NOT_STARTED:
      return 1;
    case PW_QUAL_STATE_IN_PROGRESS:
      return 2;
    case PW_QUAL_STATE_LARGELY_DONE:
      return 3;
    case PW_QUAL_STATE_DONE:
      return 4;
    case PW_QUAL_STATE_NONE:
    default:
      return 0;
    }
}

static char *
target_label (PwChartTrendLayout *layout)
{
  PwIndicator *indicator = layout->indicator;
  const char *unit = pw_indicator_get_unit (indicator);
  PwValue *target = pw_indicator_get_target (indicator);
  g_autofree char *text = pw_chart_format_value (target, unit);

  if (pw_value_get_kind (target) == PW_VALUE_RELATIVE && !isnan (layout->target))
    {
      g_autofree char *resolved = pw_chart_format_number (layout->target, unit);

      /* on two lines in the narrow margin: 提高1岁 / = 79.34岁 */
      return g_strdup_printf ("%s\n= %s", text, resolved);
    }
  if (layout->comparator == PW_COMPARATOR_ABOUT)
    {
      double tolerance = pw_thresholds_get_tolerance (pw_plan_get_thresholds (layout->plan));

      /* Translators: an about-target and the tolerance around it */
      return g_strdup_printf (_("%s (±%.0f%%)"), text, tolerance * 100);
    }
  return g_steal_pointer (&text);
}

static void
compute_range (PwChartTrendLayout *layout)
{
  double lo = INFINITY, hi = -INFINITY, low, high;

  if (layout->qualitative)
    {
      layout->y_min = 0.5;
      layout->y_max = N_STATES + 0.5;
      layout->y_step = 1;
      return;
    }

  for (guint i = 0; i < layout->points->len; i++)
    {
      PwChartTrendPoint *point = &g_array_index (layout->points, PwChartTrendPoint, i);

      lo = MIN (lo, point->value);
      hi = MAX (hi, point->value);
    }
  if (!isnan (layout->baseline))
    {
      lo = MIN (lo, layout->baseline);
      hi = MAX (hi, layout->baseline);
    }
  if (!isnan (layout->target))
    {
      lo = MIN (lo, layout->target);
      hi = MAX (hi, layout->target);
    }
  if (zone_of (layout, &low, &high))
    {
      if (isfinite (low))
        lo = MIN (lo, low);
      if (isfinite (high))
        hi = MAX (hi, high);
    }
  if (!isfinite (lo) || !isfinite (hi))
    {
      lo = 0;
      hi = 1;
    }
  if (hi - lo < 1e-9)
    {
      double d = fabs (hi) > 1e-9 ? fabs (hi) * 0.1 : 1;

      lo -= d;
      hi += d;
    }
  {
    double pad = (hi - lo) * 0.12;
    double step = nice_step (hi - lo + 2 * pad);

    layout->y_step = step;
    layout->y_min = floor ((lo - pad) / step) * step;
    layout->y_max = ceil ((hi + pad) / step) * step;
    /* do not cross zero for a quantity that cannot be negative */
    if (lo >= 0 && layout->y_min < 0)
      layout->y_min = 0;
  }
}

static char *
format_tick (double value,
             double step)
{
  int decimals = 0;

  /* as many decimals as the step needs: 0.25 → 2, 2.5 → 1, 5 → 0 */
  while (decimals < 6 &&
         fabs (step * pow (10, decimals) - round (step * pow (10, decimals))) > 1e-6)
    decimals++;
  return g_strdup_printf ("%.*f", decimals, fabs (value) < step * 1e-6 ? 0.0 : value);
}

static void
draw_zone (PwChartTrendLayout *layout,
           cairo_t            *cr)
{
  PwChartRect *plot = &layout->plot;
  PwChartStyle *style = layout->frame.style;
  double ink[3], fill[3], low, high;
  g_autofree char *label = target_label (layout);
  double x_end = pw_chart_trend_layout_x (layout, layout->last_year);

  pw_chart_status_color (PW_STATUS_ACHIEVED, ink);
  for (int i = 0; i < 3; i++)
    fill[i] = 1 - (1 - ink[i]) * 0.12;

  cairo_save (cr);
  if (zone_of (layout, &low, &high))
    {
      double y0 = isfinite (high) ? pw_chart_trend_layout_y (layout, high) : plot->y;
      double y1 = isfinite (low) ? pw_chart_trend_layout_y (layout, low) : plot->y + plot->height;

      cairo_rectangle (cr, plot->x, y0, plot->width, y1 - y0);
      pw_chart_set_rgb (cr, fill);
      cairo_fill (cr);

      /* the edge that is the target itself */
      cairo_set_line_width (cr, 2.0);
      pw_chart_set_rgb (cr, ink);
      if (isfinite (low))
        {
          cairo_move_to (cr, plot->x, y1);
          cairo_line_to (cr, plot->x + plot->width, y1);
        }
      if (isfinite (high))
        {
          cairo_move_to (cr, plot->x, y0);
          cairo_line_to (cr, plot->x + plot->width, y0);
        }
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  if (!isnan (layout->target))
    {
      double ty = pw_chart_trend_layout_y (layout, layout->target);
      double w = layout->frame.body.x + layout->frame.body.width - x_end - style->size * 0.8;
      g_autofree char *text = g_strdup_printf (C_("trend", "Target %s"), label);
      g_autoptr(PangoLayout) text_layout = pw_chart_text_new (
          style, text, 0.85, PW_CHART_TEXT_BOLD, MAX (w, style->size * 3), 2, PANGO_ALIGN_LEFT);
      double h;

      pw_chart_text_get_size (text_layout, NULL, &h);
      /* above the line of a floor, below that of a ceiling */
      if (layout->comparator == PW_COMPARATOR_LESS_EQUAL ||
          layout->comparator == PW_COMPARATOR_LESS || layout->comparator == PW_COMPARATOR_AT_MOST)
        ty += style->size * 0.3;
      else
        ty -= h + style->size * 0.3;
      ty = CLAMP (ty, plot->y, plot->y + plot->height - h);
      pw_chart_text_draw (cr, text_layout, x_end + style->size * 0.8, ty, ink);
    }
}

/* Whether the plot shows another value than the one entered: the running
 * total of a cumulative indicator, the year's growth of a growth rate
 * entered as levels. The table then has a row for what is plotted. */
static gboolean
plots_derived (PwChartTrendLayout *layout)
{
  return !layout->qualitative &&
         (layout->kind == PW_KIND_CUMULATIVE ||
          (layout->kind == PW_KIND_GROWTH && isnan (layout->baseline) && !isnan (layout->level)));
}

/* The rows of the table under the plot. */
typedef enum
{
  ROW_YEAR,
  ROW_ACTUAL,
  ROW_PLOTTED,  /* only when plots_derived() */
  ROW_EXPECTED, /* not for a qualitative target */
  ROW_STATUS,
  N_ROWS
} TableRowKind;

static const char *
row_head (PwChartTrendLayout *layout,
          TableRowKind        row)
{
  switch (row)
    {
    case ROW_YEAR:
      return C_("trend table", "Year");
    case ROW_ACTUAL:
      return layout->qualitative ? C_("trend table", "State") : C_("trend table", "Actual");
    case ROW_PLOTTED:
      if (!plots_derived (layout))
        return NULL;
      return layout->kind == PW_KIND_CUMULATIVE
               /* Translators: the running total of the yearly values, 累计值 */
               ? C_("trend table", "Running total")
               /* Translators: each year's growth over the year before, in per cent */
               : C_("trend table", "Growth (%)");
    case ROW_EXPECTED:
      if (layout->qualitative)
        return NULL;
      /* the expected row is in what is plotted: a total, a rate, a level */
      if (layout->kind == PW_KIND_CUMULATIVE)
        /* Translators: the running total expected by the year (序时进度), 应达累计 */
        return C_("trend table", "Expected total");
      if (layout->kind == PW_KIND_GROWTH)
        /* Translators: the average annual growth rate the target asks for, 应达增速 */
        return C_("trend table", "Target rate (%)");
      return C_("trend table", "Expected");
    case ROW_STATUS:
      return C_("trend table", "Status");
    case N_ROWS:
    default:
      return NULL;
    }
}

static guint
table_n_rows (PwChartTrendLayout *layout)
{
  guint n = 0;

  for (TableRowKind row = 0; row < N_ROWS; row++)
    n += row_head (layout, row) != NULL;
  return n;
}

/* The value plotted for @year, if there is one. */
static gboolean
plotted_value (PwChartTrendLayout *layout,
               int                 year,
               double             *value)
{
  for (guint i = 0; i < layout->points->len; i++)
    {
      PwChartTrendPoint *point = &g_array_index (layout->points, PwChartTrendPoint, i);

      if (point->year == year)
        {
          *value = point->value;
          return TRUE;
        }
    }
  return FALSE;
}

static char *
cell_text (PwChartTrendLayout *layout,
           TableRowKind        row,
           int                 year,
           const PwProgress   *progress,
           gboolean            have_actual)
{
  PwIndicator *indicator = layout->indicator;
  double value;

  switch (row)
    {
    case ROW_YEAR:
      return g_strdup_printf ("%d", year);
    case ROW_ACTUAL:
      if (layout->qualitative)
        return have_actual
                 ? g_strdup (pw_qual_state_to_label (pw_indicator_get_state (indicator, year)))
                 : NULL;
      if (year == layout->first_year)
        return pw_chart_format_value (pw_indicator_get_baseline (indicator), NULL);
      return have_actual ? pw_chart_format_value (pw_indicator_get_actual (indicator, year), NULL)
                         : NULL;
    case ROW_PLOTTED:
      return plotted_value (layout, year, &value) ? pw_chart_format_number (value, NULL) : NULL;
    case ROW_EXPECTED:
      /* a growth rate's path is the target rate in every year */
      if (layout->kind == PW_KIND_GROWTH)
        return year > layout->first_year && !isnan (layout->target)
                 ? pw_chart_format_number (layout->target, NULL)
                 : NULL;
      if (have_actual && !isnan (progress->expected))
        return pw_chart_format_number (progress->expected, NULL);
      if (year == layout->last_year && !isnan (layout->target))
        return pw_chart_format_number (layout->target, NULL);
      return NULL;
    case ROW_STATUS:
    case N_ROWS:
    default:
      return NULL;
    }
}

/* The width of a year's column of the table. */
static double
table_column_width (PwChartTrendLayout *layout)
{
  return layout->last_year > layout->first_year
           ? pw_chart_trend_layout_x (layout, layout->first_year + 1) -
                 pw_chart_trend_layout_x (layout, layout->first_year)
           : layout->plot.width;
}

/* The table's stripes, row heads, years and rules: the same on the trend
 * page of every indicator of one kind. */
static void
draw_table_frame (cairo_t            *cr,
                  PwChartTrendLayout *layout)
{
  PwChartStyle *style = layout->frame.style;
  double col = table_column_width (layout);
  double row = layout->table_row;
  double small = pw_chart_style_line (style, 0.8);
  double y = layout->table_y;
  guint shown = 0;

  for (TableRowKind r = 0; r < N_ROWS; r++)
    {
      const char *head = row_head (layout, r);

      if (head == NULL)
        continue;
      if (shown++ % 2 == 1)
        pw_chart_fill_pattern (cr, pw_chart_zebra, pw_chart_zebra, PW_CHART_PATTERN_SOLID,
                               layout->frame.body.x, y, layout->frame.body.width, row);
      pw_chart_text_show (cr, style, head, 0.8, PW_CHART_TEXT_BOLD, layout->frame.body.x,
                          y + (row - small) / 2,
                          layout->plot.x - layout->frame.body.x - style->size * 0.5, 1,
                          PANGO_ALIGN_LEFT, pw_chart_muted);
      if (r == ROW_YEAR)
        for (int year = layout->first_year; year <= layout->last_year; year++)
          {
            double x = pw_chart_trend_layout_x (layout, year);
            g_autofree char *text = g_strdup_printf ("%d", year);

            pw_chart_text_show (cr, style, text, 0.8, PW_CHART_TEXT_BOLD, x - col / 2 + 1,
                                y + (row - small) / 2, col - 2, 1, PANGO_ALIGN_CENTER,
                                pw_chart_ink);
          }
      y += row;
    }

  cairo_save (cr);
  cairo_move_to (cr, layout->frame.body.x, layout->table_y);
  cairo_line_to (cr, layout->frame.body.x + layout->frame.body.width, layout->table_y);
  cairo_move_to (cr, layout->frame.body.x, layout->table_y + row);
  cairo_line_to (cr, layout->frame.body.x + layout->frame.body.width, layout->table_y + row);
  cairo_move_to (cr, layout->frame.body.x, y);
  cairo_line_to (cr, layout->frame.body.x + layout->frame.body.width, y);
  pw_chart_set_rgb (cr, pw_chart_rule);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_table (PwChartTrendLayout *layout,
            cairo_t            *cr)
{
  PwChartStyle *style = layout->frame.style;
  PwIndicator *indicator = layout->indicator;
  double col = table_column_width (layout);
  double row = layout->table_row;
  double small = pw_chart_style_line (style, 0.8);
  double y = layout->table_y;
  g_autoptr(GString) key = g_string_new ("trend table\n");

  /* every figure exactly (%a) */
  g_string_append_printf (key, "%a %a %a %a %a %a %a %a %a %d %d\n", style->size,
                          layout->frame.width, layout->frame.height, layout->frame.body.x,
                          layout->frame.body.width, layout->plot.x, layout->plot.width,
                          layout->table_y, row, layout->first_year, layout->last_year);
  for (int year = layout->first_year; year <= layout->last_year; year++)
    g_string_append_printf (key, "%a ", pw_chart_trend_layout_x (layout, year));
  for (TableRowKind r = 0; r < N_ROWS; r++)
    g_string_append_printf (key, "\n%s", row_head (layout, r) != NULL ? row_head (layout, r) : "-");
  pw_chart_draw_shared (cr, key->str, layout->frame.width, layout->frame.height,
                        (PwChartDrawFunc) draw_table_frame, layout);

  for (TableRowKind r = 0; r < N_ROWS; r++)
    {
      if (row_head (layout, r) == NULL)
        continue;
      for (int year = layout->first_year; r != ROW_YEAR && year <= layout->last_year; year++)
        {
          double x = pw_chart_trend_layout_x (layout, year);
          g_autofree char *text = NULL;
          PwProgress progress;
          gboolean have_actual;

          pw_plan_compute_progress (layout->plan, indicator, year, &progress);
          have_actual = progress.year == year && year > layout->first_year;
          if (r == ROW_STATUS)
            {
              if (have_actual)
                pw_chart_draw_status_symbol (cr, progress.status, x, y + row / 2,
                                             style->size * 0.95);
              continue;
            }
          text = cell_text (layout, r, year, &progress, have_actual);
          pw_chart_text_show (cr, style, text, 0.8, 0, x - col / 2 + 1, y + (row - small) / 2,
                              col - 2, 1, PANGO_ALIGN_CENTER,
                              r == ROW_EXPECTED ? pw_chart_muted : pw_chart_ink);
        }
      y += row;
    }
}

/* Public API */

/* The indicator of a trend chart: the one asked for, or the first whose
 * target is a number. */
PwIndicator *
pw_chart_trend_find_indicator (PwPlan               *plan,
                               const PwChartOptions *options)
{
  GListModel *indicators = pw_plan_get_indicators (plan);
  guint n_items = g_list_model_get_n_items (indicators);

  if (options != NULL && options->indicator_id != NULL)
    return pw_plan_find_indicator (plan, options->indicator_id);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      if (has_numbers (indicator))
        return indicator;
    }
  return NULL;
}

/* The value drawn for @year by the indicator's kind: the running total of a
 * cumulative indicator (none once a year is missing), the year's growth of
 * a growth rate entered as levels. */
static gboolean
kind_value (PwChartTrendLayout *layout,
            PwIndicator        *indicator,
            int                 year,
            double             *value)
{
  if (layout->kind == PW_KIND_CUMULATIVE)
    {
      double total = 0;

      for (int y = layout->first_year + 1; y <= year; y++)
        {
          PwValue *actual = pw_indicator_get_actual (indicator, y);

          if (!pw_value_has_number (actual))
            return FALSE;
          total += pw_value_get_number (actual);
        }
      *value = total;
    }
  else if (layout->kind == PW_KIND_GROWTH && isnan (layout->baseline) && !isnan (layout->level) &&
           pw_unit_kind_from_text (pw_indicator_get_unit (indicator)) == PW_UNIT_PLAIN)
    {
      PwValue *before = year - 1 == layout->first_year ? pw_indicator_get_baseline (indicator)
                                                       : pw_indicator_get_actual (indicator, year - 1);

      if (!pw_value_has_number (before) || pw_value_get_number (before) <= 0)
        return FALSE;
      /* to a tenth of a per cent, as growth rates are published */
      *value = round ((*value / pw_value_get_number (before) - 1.0) * 1000.0) / 10.0;
    }
  return TRUE;
}

PwChartTrendLayout *
pw_chart_trend_layout_new (PwPlan               *plan,
                           const PwChartOptions *options,
                           double                width,
                           double                height)
{
  PwChartTrendLayout *layout = g_new0 (PwChartTrendLayout, 1);
  g_autofree char *title = NULL;
  PwChartStyle *style;
  PwChartRect *body;
  PwIndicator *indicator;
  double label_width = 0, top, table_height;
  int n_rows;

  layout->plan = plan;
  layout->year = pw_chart_options_get_year (plan, options);
  layout->points = g_array_new (FALSE, TRUE, sizeof (PwChartTrendPoint));
  layout->baseline = NAN;
  layout->target = NAN;
  layout->level = NAN;
  layout->kind = PW_KIND_LEVEL;
  layout->first_year = pw_plan_get_baseline_year (plan);
  layout->last_year = MAX (pw_plan_get_end_year (plan), layout->first_year + 1);
  indicator = layout->indicator = pw_chart_trend_find_indicator (plan, options);

  if (indicator != NULL)
    title = g_strdup_printf (C_("chart title", "%s: %s"), pw_chart_kind_to_label (PW_CHART_TREND),
                             pw_indicator_get_name (indicator));
  pw_chart_frame_init (&layout->frame, plan,
                       title != NULL ? title : pw_chart_kind_to_label (PW_CHART_TREND),
                       layout->year, width, height);
  if (indicator != NULL)
    {
      layout->qualitative = pw_indicator_is_qualitative (indicator);
      pw_plan_compute_progress (plan, indicator, layout->year, &layout->progress);
      layout->comparator = pw_value_get_comparator (pw_indicator_get_target (indicator));
      if (!layout->qualitative)
        {
          pw_value_resolve (pw_indicator_get_baseline (indicator), NULL, &layout->baseline);
          pw_value_resolve (pw_indicator_get_target (indicator),
                            pw_indicator_get_baseline (indicator), &layout->target);
        }
    }

  pw_chart_frame_add_statuses (&layout->frame);
  if (indicator != NULL && !layout->qualitative)
    {
      PwIndicatorKind kind = pw_indicator_get_judged_kind (indicator);

      pw_chart_frame_add_legend (&layout->frame, PW_CHART_LEGEND_LINE, layout->progress.status,
                                 kind == PW_KIND_CUMULATIVE
                                   ? _("Running total of the yearly values; the marker shows the status")
                                 : kind == PW_KIND_GROWTH
                                   ? _("Growth rate of each year (%); the marker shows the status")
                                   : _("Actual value; the marker shows the status that year"));
      /* a growth rate has no path from a level: its target is a rate */
      if (kind != PW_KIND_GROWTH)
        pw_chart_frame_add_legend (&layout->frame, PW_CHART_LEGEND_DASHED, 0,
                                   _("Linear path from baseline to target"));
      if (layout->comparator == PW_COMPARATOR_EQUAL)
        pw_chart_frame_add_legend (&layout->frame, PW_CHART_LEGEND_TARGET, 0,
                                   _("Target, at the final year"));
      else
        pw_chart_frame_add_legend (&layout->frame, PW_CHART_LEGEND_ZONE, 0,
                                   _("Where the target is met"));
      pw_chart_frame_set_note (
          &layout->frame,
          _("A target with ≥ is a floor and one with ≤ a ceiling: the shaded zone is where "
             "it is met. A target with 左右 (about) is met within the tolerance band. A plain "
             "target is a point at the final year."));
    }
  else if (indicator != NULL)
    {
      pw_chart_frame_add_legend (&layout->frame, PW_CHART_LEGEND_LINE, layout->progress.status,
                                 _("State entered for the year; the marker shows the status"));
      pw_chart_frame_set_note (
          &layout->frame,
          _("A qualitative target is judged by the state entered by hand for each year."));
    }
  pw_chart_frame_finish (&layout->frame);
  style = layout->frame.style;
  body = &layout->frame.body;

  if (indicator == NULL)
    {
      layout->plot = *body;
      layout->natural_height = height;
      return layout;
    }

  /* A total over the period is drawn as its running total, from 0 in the
   * baseline year; a growth rate as each year's rate, against the target
   * rate (no path from a baseline level) */
  if (indicator != NULL && !layout->qualitative)
    {
      layout->kind = pw_indicator_get_judged_kind (indicator);
      if (layout->kind == PW_KIND_CUMULATIVE)
        layout->baseline = 0;
      else if (layout->kind == PW_KIND_GROWTH)
        {
          PwValue *baseline = pw_indicator_get_baseline (indicator);

          /* a 纲要's growth rates often print no baseline at all */
          layout->level = layout->baseline;
          layout->baseline = baseline != NULL && pw_value_get_form (baseline) == PW_KIND_GROWTH
                               ? layout->baseline
                               : NAN;
        }
    }

  /* Points: the baseline, then every actual value or state in the period. */
  if (!layout->qualitative && !isnan (layout->baseline))
    {
      PwChartTrendPoint point = { layout->first_year, layout->baseline };

      point.is_baseline = TRUE;
      point.progress.status = PW_STATUS_NOT_ASSESSABLE;
      g_array_append_val (layout->points, point);
    }
  for (guint i = 0; i < pw_indicator_get_n_years (indicator); i++)
    {
      int year = pw_indicator_get_nth_year (indicator, i);
      PwChartTrendPoint point = { year };

      if (year <= layout->first_year || year > layout->last_year)
        continue;
      if (layout->qualitative)
        {
          int rank = state_rank (pw_indicator_get_state (indicator, year));

          if (rank == 0)
            continue;
          point.value = rank;
        }
      else
        {
          PwValue *actual = pw_indicator_get_actual (indicator, year);

          if (!pw_value_has_number (actual))
            continue;
          point.value = pw_value_get_number (actual);
          if (!kind_value (layout, indicator, year, &point.value))
            continue;
        }
      pw_plan_compute_progress (plan, indicator, year, &point.progress);
      g_array_append_val (layout->points, point);
    }
  compute_range (layout);

  /* Room: the verdict on top, the axis labels left, the target's label
   * right, the year labels and the table under the plot. */
  if (layout->qualitative)
    for (int rank = 1; rank <= N_STATES; rank++)
      label_width = MAX (label_width, pw_chart_text_measure (style, state_label (rank), 0.8, 0));
  else
    for (double v = layout->y_min; v <= layout->y_max + layout->y_step / 2; v += layout->y_step)
      {
        g_autofree char *text = format_tick (v, layout->y_step);

        label_width = MAX (label_width, pw_chart_text_measure (style, text, 0.8, 0));
      }
  for (TableRowKind r = 0; r < N_ROWS; r++)
    if (row_head (layout, r) != NULL)
      label_width = MAX (label_width, pw_chart_text_measure (style, row_head (layout, r), 0.8,
                                                             PW_CHART_TEXT_BOLD));
  label_width = MIN (label_width, body->width * 0.25);

  n_rows = table_n_rows (layout);
  layout->table_row = pw_chart_style_line (style, 0.8) + style->size * 0.5;
  table_height = n_rows * layout->table_row;
  /* the verdict's two lines, then the unit over the axis labels */
  top = body->y + 2 * pw_chart_style_line (style, 1.0) + pw_chart_style_line (style, 0.8) +
        style->size * 1.0;

  layout->plot.x = body->x + label_width + style->size * 0.8;
  layout->plot.y = top;
  layout->plot.width =
      MAX (body->width - (layout->plot.x - body->x) - MIN (body->width * 0.2, style->size * 11), 1);
  layout->plot.height =
      MAX (body->y + body->height - top - table_height - style->size * 1.2, style->size * 4);
  layout->table_y = layout->plot.y + layout->plot.height + style->size * 1.2;
  layout->natural_height = height;

  for (guint i = 0; i < layout->points->len; i++)
    {
      PwChartTrendPoint *point = &g_array_index (layout->points, PwChartTrendPoint, i);

      point->x = pw_chart_trend_layout_x (layout, point->year);
      point->y = pw_chart_trend_layout_y (layout, point->value);
    }

  return layout;
}

void
pw_chart_trend_layout_free (PwChartTrendLayout *layout)
{
  if (layout == NULL)
    return;
  pw_chart_frame_clear (&layout->frame);
  g_clear_pointer (&layout->points, g_array_unref);
  g_free (layout);
}

/* Years sit in the middle of equal columns, as in the table under the plot. */
double
pw_chart_trend_layout_x (PwChartTrendLayout *layout,
                         double              year)
{
  double n = layout->last_year - layout->first_year + 1;

  return layout->plot.x + (year - layout->first_year + 0.5) / n * layout->plot.width;
}

double
pw_chart_trend_layout_y (PwChartTrendLayout *layout,
                         double              value)
{
  double t = (value - layout->y_min) / (layout->y_max - layout->y_min);

  return layout->plot.y + layout->plot.height * (1 - CLAMP (t, -0.02, 1.02));
}

void
pw_chart_trend_layout_draw (PwChartTrendLayout   *layout,
                            const PwChartOptions *options,
                            cairo_t              *cr,
                            guint                 page)
{
  PwChartStyle *style = layout->frame.style;
  PwChartRect *plot = &layout->plot;
  PwIndicator *indicator = layout->indicator;
  const char *unit;
  GString *verdict;
  double y;

  pw_chart_frame_draw (&layout->frame, cr, 0, 1);

  if (indicator == NULL)
    {
      pw_chart_frame_draw_message (&layout->frame, cr,
                                   options != NULL && options->indicator_id != NULL
                                     ? _("The plan has no indicator with this id.")
                                     : _("This plan has no indicator with a numeric target yet."));
      return;
    }
  unit = layout->kind == PW_KIND_GROWTH ? "%" : pw_indicator_get_unit (indicator);
  /* On a PDF, the text of the page in one operation for each font and
   * colour (pw_chart_text_batch_begin()), as the report draws a trend on
   * thousands of pages: nothing drawn after a label lies over it, the
   * axis's labels being left of the plot, the target's right of the last
   * year and each value above its own marker, within its year's column. */
  pw_chart_text_batch_begin (cr);

  /* The verdict: the status at the year judged, and what it rests on. */
  y = layout->frame.body.y;
  pw_chart_draw_status_symbol (cr, layout->progress.status,
                               layout->frame.body.x + style->size * 0.6,
                               y + pw_chart_style_line (style, 1.0) / 2, style->size * 1.2);
  verdict = g_string_new (NULL);
  /* Translators: the status of an indicator in a year */
  g_string_append_printf (verdict, _("Status in %d: %s"), layout->year,
                          pw_status_to_label (layout->progress.status));
  if (pw_indicator_get_nature (indicator) != PW_NATURE_UNKNOWN)
    /* Translators: 约束性指标, 预期性指标 */
    g_string_append_printf (verdict, C_("nature", " · %s indicator"),
                            pw_nature_to_label (pw_indicator_get_nature (indicator)));
  {
    double w = MIN (pw_chart_text_measure (style, verdict->str, 1.0, PW_CHART_TEXT_BOLD),
                    layout->frame.body.width - style->size * 8);
    double x = layout->frame.body.x + style->size * 1.5;

    pw_chart_text_show (cr, style, verdict->str, 1.0, PW_CHART_TEXT_BOLD, x, y, w + 1, 1,
                        PANGO_ALIGN_LEFT, pw_chart_ink);
    if (layout->progress.alert)
      pw_chart_draw_alert_tag (
          cr, style, x + w + style->size * 0.5,
          y + (pw_chart_style_line (style, 1.0) - pw_chart_style_line (style, 0.85)) / 2, 0.85);
  }
  g_string_free (verdict, TRUE);
  verdict = g_string_new (pw_progress_basis_to_label (layout->progress.basis));
  if (!isnan (layout->progress.completion))
    g_string_append_printf (verdict, _(" · gap closed %.0f%%, expected %.0f%%"),
                            layout->progress.completion * 100, layout->progress.elapsed * 100);
  pw_chart_text_show (cr, style, verdict->str, 0.85, 0, layout->frame.body.x + style->size * 1.5,
                      y + pw_chart_style_line (style, 1.0),
                      layout->frame.body.width - style->size * 1.5, 1, PANGO_ALIGN_LEFT,
                      pw_chart_muted);
  g_string_free (verdict, TRUE);

  /* Grid and axis labels. */
  cairo_save (cr);
  pw_chart_set_rgb (cr, pw_chart_rule);
  cairo_set_line_width (cr, 0.5);
  /* ticks on round numbers, or on the four states of a qualitative target */
  for (double v = layout->qualitative ? 1 : layout->y_min;
       v <= (layout->qualitative ? N_STATES : layout->y_max) + layout->y_step / 2; v += layout->y_step)
    {
      double gy = pw_chart_trend_layout_y (layout, v);
      g_autofree char *text = layout->qualitative ? NULL : format_tick (v, layout->y_step);
      const char *label = layout->qualitative ? state_label ((int) round (v)) : text;

      cairo_move_to (cr, plot->x, gy);
      cairo_line_to (cr, plot->x + plot->width, gy);
      cairo_stroke (cr);
      pw_chart_text_show (
          cr, style, label, 0.8, 0, layout->frame.body.x, gy - pw_chart_style_line (style, 0.8) / 2,
          plot->x - layout->frame.body.x - style->size * 0.4, 1, PANGO_ALIGN_RIGHT, pw_chart_muted);
    }
  cairo_restore (cr);
  if (unit != NULL && *unit != '\0' && !layout->qualitative)
    pw_chart_text_show (cr, style, unit, 0.8, 0, layout->frame.body.x,
                        plot->y - pw_chart_style_line (style, 0.8) - style->size * 0.3,
                        plot->x - layout->frame.body.x - style->size * 0.4, 1, PANGO_ALIGN_RIGHT,
                        pw_chart_muted);

  cairo_save (cr);
  cairo_rectangle (cr, plot->x, plot->y, plot->width, plot->height);
  pw_chart_set_rgb (cr, pw_chart_track_edge);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (layout->qualitative)
    {
      g_autofree char *target = pw_chart_format_value (pw_indicator_get_target (indicator), NULL);
      g_autofree char *text = g_strdup_printf (C_("trend", "Target %s"), target);
      double gy = pw_chart_trend_layout_y (layout, N_STATES);
      double ink[3];

      pw_chart_status_color (PW_STATUS_ACHIEVED, ink);
      cairo_save (cr);
      cairo_move_to (cr, plot->x, gy);
      cairo_line_to (cr, plot->x + plot->width, gy);
      pw_chart_set_rgb (cr, ink);
      cairo_set_line_width (cr, 1.4);
      cairo_stroke (cr);
      cairo_restore (cr);
      pw_chart_text_show (cr, style, text, 0.85, PW_CHART_TEXT_BOLD,
                          plot->x + plot->width + style->size * 0.6,
                          gy - pw_chart_style_line (style, 0.85) / 2,
                          layout->frame.body.x + layout->frame.body.width - plot->x - plot->width -
                              style->size * 0.6,
                          2, PANGO_ALIGN_LEFT, ink);
    }
  else
    {
      draw_zone (layout, cr);

      /* the expected path, from baseline to target; none when the target
       * is to hold a baseline that already met it */
      if (!isnan (layout->baseline) && !isnan (layout->target) &&
          layout->progress.basis != PW_BASIS_HOLD && layout->kind != PW_KIND_GROWTH)
        {
          cairo_save (cr);
          cairo_move_to (cr, pw_chart_trend_layout_x (layout, layout->first_year),
                         pw_chart_trend_layout_y (layout, layout->baseline));
          cairo_line_to (cr, pw_chart_trend_layout_x (layout, layout->last_year),
                         pw_chart_trend_layout_y (layout, layout->target));
          pw_chart_set_rgb (cr, pw_chart_muted);
          cairo_set_line_width (cr, 1.2);
          cairo_set_dash (cr, (double[]) { 4.0, 3.0 }, 2, 0);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      /* a plain target is a point at the final year, where the path ends */
      if (layout->comparator == PW_COMPARATOR_EQUAL && !isnan (layout->target))
        pw_chart_draw_target_point (cr, pw_chart_trend_layout_x (layout, layout->last_year),
                                    pw_chart_trend_layout_y (layout, layout->target),
                                    style->size * 0.75);
    }

  /* the year judged at, when it falls inside the period */
  if (layout->year > layout->first_year && layout->year <= layout->last_year)
    {
      double nx = pw_chart_trend_layout_x (layout, layout->year);

      cairo_save (cr);
      cairo_move_to (cr, nx, plot->y);
      cairo_line_to (cr, nx, plot->y + plot->height);
      pw_chart_set_rgb (cr, pw_chart_track_edge);
      cairo_set_line_width (cr, 0.8);
      cairo_set_dash (cr, (double[]) { 2.0, 2.0 }, 2, 0);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  /* the actual values: a line, then the markers, then their values */
  cairo_save (cr);
  for (guint i = 0; i < layout->points->len; i++)
    {
      PwChartTrendPoint *point = &g_array_index (layout->points, PwChartTrendPoint, i);

      cairo_line_to (cr, point->x, point->y);
    }
  pw_chart_set_rgb (cr, pw_chart_ink);
  cairo_set_line_width (cr, 1.6);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_restore (cr);

  for (guint i = 0; i < layout->points->len; i++)
    {
      PwChartTrendPoint *point = &g_array_index (layout->points, PwChartTrendPoint, i);
      g_autofree char *text = NULL;
      double w = style->size * 6;

      if (point->is_baseline)
        {
          cairo_save (cr);
          cairo_new_sub_path (cr);
          cairo_arc (cr, point->x, point->y, style->size * 0.45, 0, 2 * G_PI);
          pw_chart_set_rgb (cr, pw_chart_paper);
          cairo_fill_preserve (cr);
          pw_chart_set_rgb (cr, pw_chart_ink);
          cairo_set_line_width (cr, 1.4);
          cairo_stroke (cr);
          cairo_restore (cr);
          text = pw_chart_format_number (point->value, NULL);
        }
      else
        {
          pw_chart_draw_status_symbol (cr, point->progress.status, point->x, point->y,
                                       style->size * 1.3);
          if (layout->kind == PW_KIND_CUMULATIVE || (layout->kind == PW_KIND_GROWTH && isnan (layout->baseline)))
            text = pw_chart_format_number (point->value, NULL);
          else if (!layout->qualitative)
            text = pw_chart_format_value (pw_indicator_get_actual (indicator, point->year), NULL);
        }
      if (text != NULL)
        pw_chart_text_show (cr, style, text, 0.8, 0, point->x - w / 2,
                            point->y - style->size * 0.9 - pw_chart_style_line (style, 0.8), w, 1,
                            PANGO_ALIGN_CENTER, pw_chart_ink);
    }

  draw_table (layout, cr);
  pw_chart_text_batch_end (cr);
}

char *
pw_chart_trend_layout_hit_test (PwChartTrendLayout   *layout,
                                const PwChartOptions *options,
                                guint                 page,
                                double                x,
                                double                y)
{
  PwPlan *plan = layout->plan;
  double reach = layout->frame.style->size * 1.2;
  PwChartTrendPoint *nearest = NULL;
  double best = reach * reach;

  if (layout->indicator == NULL)
    return NULL;

  for (guint i = 0; i < layout->points->len; i++)
    {
      PwChartTrendPoint *point = &g_array_index (layout->points, PwChartTrendPoint, i);
      double d = (point->x - x) * (point->x - x) + (point->y - y) * (point->y - y);

      if (d <= best)
        {
          best = d;
          nearest = point;
        }
    }

  if (nearest != NULL && nearest->is_baseline)
    {
      const char *unit = pw_indicator_get_unit (layout->indicator);
      g_autofree char *value =
          pw_chart_format_value (pw_indicator_get_baseline (layout->indicator), unit);
      g_autofree char *line = g_strdup_printf (_("Baseline (%d): %s"), nearest->year, value);

      return g_strdup_printf ("%s\n%s", pw_indicator_get_name (layout->indicator), line);
    }
  if (nearest != NULL)
    return pw_chart_indicator_tooltip (plan, layout->indicator, &nearest->progress);

  if (x >= layout->plot.x && x <= layout->plot.x + layout->plot.width &&
      y >= layout->plot.y && y <= layout->plot.y + layout->plot.height)
    return pw_chart_indicator_tooltip (plan, layout->indicator, &layout->progress);

  return NULL;
}
