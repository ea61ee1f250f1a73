/* pw-chart-progress.c: the indicator progress chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per indicator, grouped by domain. Indicators have different units,
 * so every bar is drawn on the same normalised scale: the band runs from the
 * baseline (completion 0) to the target (completion 1), the filled bar from
 * the baseline to the latest actual value (the share of the gap closed, P),
 * and a tick marks the linear path at the year of that value (τ). A bar
 * therefore ends left of its tick exactly when P < τ. Targets with no gap
 * to close (hold the baseline) and qualitative targets have no bar: they
 * show their status marker and what it was decided on.
 *
 * Rows have a fixed height (names wrap to two lines, then are ellipsised;
 * the tooltip and the printed table give them in full), so paginating 1,000
 * indicators needs no text measurement.
 */

#define G_LOG_DOMAIN "pw-chart"

#include "config.h"

#include "pw-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#define TRACK_LO -0.2
#define TRACK_HI 1.2

/* Auxiliary methods */

static char *
chart_title (PwPlan               *plan,
             const PwChartOptions *options)
{
  const char *title = pw_chart_kind_to_label (PW_CHART_PROGRESS);

  if (options != NULL && options->domain != NULL)
    /* Translators: a chart's title and what it is limited to */
    return g_strdup_printf (C_("chart title", "%s: %s"), title, options->domain);
  if (options != NULL && options->chapter_id != NULL)
    {
      PwChapter *chapter = pw_plan_find_chapter (plan, options->chapter_id);
      g_autofree char *label =
          chapter != NULL ? pw_chart_chapter_label (plan, chapter) : g_strdup (options->chapter_id);

      return g_strdup_printf (C_("chart title", "%s: %s"), title, label);
    }
  return g_strdup (title);
}

/* Places the groups' rows on pages (see PwChartPager); returns the height
 * of all the rows. */
static double
paginate (PwChartProgressLayout *layout,
          GPtrArray             *groups,
          GHashTable            *members,
          double                 available)
{
  PwChartPager pager;

  pw_chart_pager_init (&pager, layout->rows_y, available, layout->row_height, layout->group_height);
  for (guint g = 0; g < groups->len; g++)
    {
      const char *group = g_ptr_array_index (groups, g);
      GArray *indices = g_hash_table_lookup (members, group);
      PwChartProgressRow heading = { TRUE, FALSE, group, indices->len };

      pw_chart_pager_heading (&pager, &heading.page, &heading.y);
      heading.height = layout->group_height;
      g_array_append_val (layout->rows, heading);

      for (guint i = 0; i < indices->len; i++)
        {
          guint index = g_array_index (indices, guint, i);
          PwChartProgressRow row = { FALSE, FALSE, group, indices->len };

          if (pw_chart_pager_row (&pager, &row.page, &row.y, &row.striped))
            {
              PwChartProgressRow again = heading;

              again.continued = TRUE;
              again.page = row.page;
              again.y = layout->rows_y;
              g_array_append_val (layout->rows, again);
            }
          row.indicator = g_list_model_get_item (pw_plan_get_indicators (layout->plan), index);
          g_object_unref (row.indicator); /* the plan holds it */
          row.index = index;
          row.height = layout->row_height;
          g_array_append_val (layout->rows, row);
        }
    }

  layout->n_pages = pager.page + 1;
  return pager.total;
}

static void
draw_axis (PwChartProgressLayout *layout,
           cairo_t               *cr)
{
  PwChartStyle *style = layout->frame.style;
  double label_y = layout->axis_y;
  double half = style->size * 5;
  double marks[] = { 0, 0.5, 1 };
  const char *labels[] = {
    /* Translators: the left end of the bars, 基期 */
    C_("progress axis", "Baseline"),
    "50%",
    /* Translators: the right end of the bars, 目标 */
    C_("progress axis", "Target"),
  };

  pw_chart_text_show (cr, style, _("Indicator"), 0.85, PW_CHART_TEXT_BOLD, layout->name_x, label_y,
                      layout->name_width, 1, PANGO_ALIGN_LEFT, pw_chart_muted);
  pw_chart_text_show (cr, style, _("Latest value and status"), 0.85, PW_CHART_TEXT_BOLD,
                      layout->value_x, label_y, layout->value_width, 1, PANGO_ALIGN_LEFT,
                      pw_chart_muted);

  /* Only short ticks under the labels: lines through the rows would cross
   * the words of the rows that have no bar. */
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      double x = pw_chart_progress_layout_x (layout, marks[i]);
      double w = MIN (half * 2, layout->track_width * 0.3);

      pw_chart_text_show (cr, style, labels[i], 0.85, i == 1 ? 0 : PW_CHART_TEXT_BOLD, x - w / 2,
                          label_y, w, 1, PANGO_ALIGN_CENTER, pw_chart_muted);

      cairo_save (cr);
      cairo_move_to (cr, x, layout->rows_y - style->size * 0.35);
      cairo_line_to (cr, x, layout->rows_y);
      pw_chart_set_rgb (cr, pw_chart_track_edge);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
draw_group (PwChartProgressLayout    *layout,
            cairo_t                  *cr,
            const PwChartProgressRow *row)
{
  PwChartStyle *style = layout->frame.style;
  double x = layout->frame.body.x;
  double width = layout->frame.body.width;
  double y = row->y + style->size * 0.45;
  g_autofree char *count = NULL;
  g_autofree char *title = NULL;
  double title_width;

  if (row->continued)
    /* Translators: a group's heading repeated on the next page */
    title = g_strdup_printf (_("%s (continued)"), row->group);
  else
    title = g_strdup (row->group);
  count = g_strdup_printf (
      /* Translators: the number of indicators in a group */
      g_dngettext (GETTEXT_PACKAGE, "%'u indicator", "%'u indicators", row->group_size),
      row->group_size);

  title_width = MIN (pw_chart_text_measure (style, title, 1.05, PW_CHART_TEXT_BOLD), width * 0.7);
  pw_chart_text_show (cr, style, title, 1.05, PW_CHART_TEXT_BOLD, x, y, title_width + 1, 1,
                      PANGO_ALIGN_LEFT, pw_chart_ink);
  pw_chart_text_show (cr, style, count, 0.85, 0, x + title_width + style->size * 0.8,
                      y + pw_chart_style_line (style, 1.05) - pw_chart_style_line (style, 0.85),
                      width - title_width - style->size * 0.8, 1, PANGO_ALIGN_LEFT, pw_chart_muted);

  cairo_save (cr);
  cairo_move_to (cr, x, row->y + row->height - 0.5);
  cairo_line_to (cr, x + width, row->y + row->height - 0.5);
  pw_chart_set_rgb (cr, pw_chart_ink);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The words in the band of a row that has no bar. */
static char *
describe_without_bar (PwIndicator      *indicator,
                      const PwProgress *progress)
{
  if (progress->basis == PW_BASIS_STATE)
    return g_strdup_printf (
        /* Translators: the state of a qualitative target and the year it was entered for */
        _("%s (%d)"), pw_qual_state_to_label (pw_indicator_get_state (indicator, progress->year)),
        progress->year);
  if (progress->basis == PW_BASIS_HOLD)
    return g_strdup (progress->status == PW_STATUS_ACHIEVED
                       ? _("Target met at the baseline, and held")
                       : _("Target met at the baseline, but not held"));
  if (pw_indicator_is_qualitative (indicator) && progress->basis == PW_BASIS_NO_ACTUAL)
    return g_strdup (_("No state entered yet"));
  return g_strdup (pw_progress_basis_to_label (progress->basis));
}

static void
draw_indicator (PwChartProgressLayout    *layout,
                cairo_t                  *cr,
                const PwChartProgressRow *row)
{
  PwChartStyle *style = layout->frame.style;
  PwIndicator *indicator = row->indicator;
  const char *unit = pw_indicator_get_unit (indicator);
  PwChartProgressBar bar;
  const PwProgress *p = &bar.progress;
  double pad = style->size * 0.35;
  double line = pw_chart_style_line (style, 1.0);
  double small = pw_chart_style_line (style, 0.8);
  double bar_cy;
  g_autofree char *value = NULL;
  GString *status = NULL;

  pw_chart_progress_layout_bar (layout, row, &bar);
  bar_cy = bar.bar_y + bar.bar_height / 2;

  pw_chart_text_show (cr, style, pw_indicator_get_name (indicator), 1.0, 0, layout->name_x,
                      row->y + pad, layout->name_width, 2, PANGO_ALIGN_LEFT, pw_chart_ink);

  if (bar.has_track)
    {
      double x0 = bar.track_x0, x1 = bar.track_x1;
      double half = MAX ((x1 - x0) / 2 - style->size * 0.3, style->size * 2);
      g_autofree char *baseline =
          pw_chart_format_value (pw_indicator_get_baseline (indicator), unit);
      g_autofree char *target = pw_chart_format_value (pw_indicator_get_target (indicator), unit);

      cairo_save (cr);
      cairo_rectangle (cr, x0, bar.bar_y, x1 - x0, bar.bar_height);
      pw_chart_set_rgb (cr, pw_chart_track);
      cairo_fill_preserve (cr);
      pw_chart_set_rgb (cr, pw_chart_track_edge);
      cairo_set_line_width (cr, 0.6);
      cairo_stroke (cr);
      cairo_restore (cr);

      pw_chart_text_show (cr, style, baseline, 0.8, 0, x0, bar.label_y, half, 1, PANGO_ALIGN_LEFT,
                          pw_chart_muted);
      pw_chart_text_show (cr, style, target, 0.8, 0, x1 - half, bar.label_y, half, 1,
                          PANGO_ALIGN_RIGHT, pw_chart_muted);
    }

  if (bar.has_bar)
    {
      double ink[3];

      pw_chart_status_ink (p->status, ink);
      pw_chart_fill_status (cr, p->status, bar.bar_x0, bar.bar_y, bar.bar_x1 - bar.bar_x0,
                            bar.bar_height);
      cairo_save (cr);
      cairo_rectangle (cr, bar.bar_x0, bar.bar_y, bar.bar_x1 - bar.bar_x0, bar.bar_height);
      pw_chart_set_rgb (cr, ink);
      cairo_set_line_width (cr, 0.6);
      cairo_stroke (cr);
      if (bar.clipped)
        {
          /* the value lies beyond the end of the scale: an arrowhead says so */
          double dir = p->completion > 0 ? 1 : -1;
          double x = bar.mark_x + dir * bar.mark_size * 0.6;

          cairo_move_to (cr, x, bar_cy - bar.bar_height * 0.6);
          cairo_line_to (cr, x + dir * bar.bar_height * 0.7, bar_cy);
          cairo_line_to (cr, x, bar_cy + bar.bar_height * 0.6);
          cairo_close_path (cr);
          pw_chart_set_rgb (cr, ink);
          cairo_fill (cr);
        }
      cairo_restore (cr);
    }

  if (bar.has_tick)
    {
      double tick_width = MAX (style->size * 0.22, 2.0);

      cairo_save (cr);
      cairo_rectangle (cr, bar.tick_x - tick_width / 2, bar_cy - bar.bar_height * 0.95,
                       tick_width, bar.bar_height * 1.9);
      pw_chart_set_rgb (cr, pw_chart_ink);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  if (bar.has_mark)
    pw_chart_draw_status_symbol (cr, p->status, bar.mark_x, bar.mark_y, bar.mark_size);

  if (!bar.has_bar && !(bar.has_track && p->status == PW_STATUS_NO_DATA))
    {
      /* no bar: the marker of the status and, in words, what it rests on */
      g_autofree char *words = describe_without_bar (indicator, p);
      double x = layout->track_x + style->size * 0.7;

      pw_chart_draw_status_symbol (cr, p->status, x, bar_cy, bar.mark_size * 0.9);
      pw_chart_text_show (cr, style, words, 0.9, 0, x + style->size * 1.1,
                          bar_cy - pw_chart_style_line (style, 0.9) / 2,
                          layout->track_x + layout->track_width - x - style->size * 1.1, 1,
                          PANGO_ALIGN_LEFT, pw_chart_ink);
      if (pw_indicator_is_qualitative (indicator) || !bar.has_track)
        {
          g_autofree char *target =
              pw_chart_format_value (pw_indicator_get_target (indicator), unit);
          /* Translators: the target of an indicator, under its row */
          g_autofree char *text = g_strdup_printf (_("Target: %s"), target);

          pw_chart_text_show (cr, style, text, 0.8, 0, x + style->size * 1.1, bar.label_y,
                              layout->track_x + layout->track_width - x - style->size * 1.1, 1,
                              PANGO_ALIGN_LEFT, pw_chart_muted);
        }
    }
  else if (!bar.has_bar)
    {
      /* a band but no value yet */
      pw_chart_text_show (
          cr, style, _("No actual value yet"), 0.85, 0, bar.track_x0 + style->size * 0.4,
          bar_cy - pw_chart_style_line (style, 0.85) / 2,
          bar.track_x1 - bar.track_x0 - style->size * 0.8, 1, PANGO_ALIGN_LEFT, pw_chart_muted);
    }

  /* The values column: the latest value, then the status in words. */
  value = pw_chart_format_latest (indicator, p, unit);
  pw_chart_text_show (cr, style, value, 1.0, PW_CHART_TEXT_BOLD, layout->value_x, row->y + pad,
                      layout->value_width, 1, PANGO_ALIGN_LEFT, pw_chart_ink);

  status = g_string_new (pw_status_to_label (p->status));
  if (pw_indicator_get_nature (indicator) == PW_NATURE_BINDING)
    g_string_append_printf (status, " · %s", pw_nature_to_label (PW_NATURE_BINDING));
  {
    double tag = p->alert ? pw_chart_alert_tag_width (style, 0.85) + style->size * 0.4 : 0;
    double width = MIN (pw_chart_text_measure (style, status->str, 0.85, 0),
                        layout->value_width - tag);
    double y = row->y + pad + line;

    pw_chart_text_show (cr, style, status->str, 0.85, 0, layout->value_x, y + (line - small) / 2,
                        MAX (width, 1) + 1, 1, PANGO_ALIGN_LEFT, pw_chart_ink);
    if (p->alert)
      pw_chart_draw_alert_tag (cr, style, layout->value_x + width + style->size * 0.4,
                               y + (line - pw_chart_style_line (style, 0.85)) / 2, 0.85);
  }
  g_string_free (status, TRUE);
}

/* Public API */

PwChartProgressLayout *
pw_chart_progress_layout_new (PwPlan               *plan,
                              const PwChartOptions *options,
                              double                width,
                              double                height)
{
  PwChartProgressLayout *layout = g_new0 (PwChartProgressLayout, 1);
  GListModel *indicators = pw_plan_get_indicators (plan);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  g_autoptr(GHashTable) members = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_array_unref);
  g_autofree char *title = chart_title (plan, options);
  guint n_items = g_list_model_get_n_items (indicators);
  PwChartStyle *style;
  PwChartRect *body;
  double gap, available, used;

  layout->plan = plan;
  layout->year = pw_chart_options_get_year (plan, options);
  layout->rows = g_array_new (FALSE, TRUE, sizeof (PwChartProgressRow));
  layout->lo = TRACK_LO;
  layout->hi = TRACK_HI;

  pw_chart_frame_init (&layout->frame, plan, title, layout->year, width, height);
  pw_chart_frame_add_statuses (&layout->frame);
  /* Translators: the tick on a bar, 序时进度 */
  pw_chart_frame_add_legend (&layout->frame, PW_CHART_LEGEND_TICK, 0,
                             _("Expected by now (linear path)"));
  pw_chart_frame_add_legend (&layout->frame, PW_CHART_LEGEND_ALERT, 0,
                             _("Binding indicator behind schedule"));
  pw_chart_frame_set_note (
      &layout->frame,
      _("Each band runs from the baseline to the target. The bar is the share of that gap "
         "closed by the latest actual value; the tick is where the linear path from "
         "baseline to target stands in the year of that value. Qualitative targets show "
         "the state entered for the year."));
  pw_chart_frame_finish (&layout->frame);
  style = layout->frame.style;
  body = &layout->frame.body;

  /* Columns: names, the band, and the latest value with its status. The
   * gaps between them hold the mark of a value at either end of the scale
   * and the arrowhead beyond it (1.34 sizes: see draw_indicator), which covered the
   * first figures of the value or the end of the name when they were 1. */
  gap = style->size * 1.6;
  layout->name_x = body->x;
  layout->name_width = body->width * 0.3;
  layout->value_width = body->width * 0.22;
  layout->value_x = body->x + body->width - layout->value_width;
  layout->track_x = layout->name_x + layout->name_width + gap;
  layout->track_width = MAX (layout->value_x - gap - layout->track_x, 1);

  layout->axis_y = body->y;
  layout->axis_height = pw_chart_style_line (style, 0.85) + style->size * 0.5;
  layout->rows_y = layout->axis_y + layout->axis_height;
  layout->row_height = 2 * pw_chart_style_line (style, 1.0) + style->size * 0.8;
  layout->group_height = pw_chart_style_line (style, 1.05) + style->size * 0.9;

  /* Groups in the order their first indicator comes in the plan. */
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *group;
      GArray *indices;

      if (!pw_chart_options_wants (options, indicator))
        continue;
      group = pw_chart_indicator_group (indicator);
      indices = g_hash_table_lookup (members, group);
      if (indices == NULL)
        {
          indices = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (members, (gpointer) group, indices);
          g_ptr_array_add (groups, (gpointer) group);
        }
      g_array_append_val (indices, i);
      layout->n_indicators++;
    }

  available = body->y + body->height - layout->rows_y;
  used = paginate (layout, groups, members, available);
  /* with nothing to show, room for the message */
  layout->natural_height = pw_chart_frame_natural_height (&layout->frame, layout->rows_y,
                                                          layout->n_indicators > 0 ? used : style->size * 8);

  return layout;
}

void
pw_chart_progress_layout_free (PwChartProgressLayout *layout)
{
  if (layout == NULL)
    return;
  pw_chart_frame_clear (&layout->frame);
  g_clear_pointer (&layout->rows, g_array_unref);
  g_free (layout);
}

/* Where a completion (0 at the baseline, 1 at the target) lies on the band,
 * clamped to the ends of the scale. */
double
pw_chart_progress_layout_x (PwChartProgressLayout *layout,
                            double                 completion)
{
  double c = CLAMP (completion, layout->lo, layout->hi);

  return layout->track_x + (c - layout->lo) / (layout->hi - layout->lo) * layout->track_width;
}

/* The geometry of an indicator's row, from the model's progress. */
void
pw_chart_progress_layout_bar (PwChartProgressLayout    *layout,
                              const PwChartProgressRow *row,
                              PwChartProgressBar       *bar)
{
  PwChartStyle *style = layout->frame.style;
  PwProgress *p = &bar->progress;
  double line = pw_chart_style_line (style, 1.0);
  double pad = style->size * 0.35;
  gboolean qualitative;

  memset (bar, 0, sizeof *bar);
  g_return_if_fail (row->indicator != NULL);

  pw_plan_compute_progress (layout->plan, row->indicator, layout->year, p);
  qualitative = pw_indicator_is_qualitative (row->indicator);

  bar->bar_height = style->size * 0.8;
  bar->bar_y = row->y + pad + line * 0.5 - bar->bar_height / 2;
  bar->label_y = row->y + pad + line * 1.05;
  bar->mark_size = style->size * 1.3;
  bar->mark_y = bar->bar_y + bar->bar_height / 2;
  bar->track_x0 = pw_chart_progress_layout_x (layout, 0);
  bar->track_x1 = pw_chart_progress_layout_x (layout, 1);

  bar->has_track = !qualitative && p->basis != PW_BASIS_HOLD &&
                   !isnan (p->baseline) && !isnan (p->target) &&
                   fabs (p->target - p->baseline) > 1e-9;
  bar->has_bar = bar->has_track && !isnan (p->completion) &&
                 (p->basis == PW_BASIS_PATH || p->basis == PW_BASIS_MET ||
                  p->basis == PW_BASIS_MET_EARLIER);
  if (bar->has_bar)
    {
      double x = pw_chart_progress_layout_x (layout, p->completion);

      bar->bar_x0 = MIN (x, bar->track_x0);
      bar->bar_x1 = MAX (x, bar->track_x0);
      bar->has_mark = TRUE;
      bar->mark_x = x;
      bar->clipped = p->completion < layout->lo || p->completion > layout->hi;
      bar->has_tick = !isnan (p->elapsed);
      bar->tick_x = pw_chart_progress_layout_x (layout, p->elapsed);
    }
}

void
pw_chart_progress_layout_draw (PwChartProgressLayout *layout,
                               const PwChartOptions  *options,
                               cairo_t               *cr,
                               guint                  page)
{
  GListModel *indicators = pw_plan_get_indicators (layout->plan);
  double top, bottom;
  guint first;

  pw_chart_frame_draw (&layout->frame, cr, MIN (page, layout->n_pages - 1), layout->n_pages);

  if (layout->n_indicators == 0)
    {
      pw_chart_frame_draw_message (&layout->frame, cr,
                                   indicators != NULL && g_list_model_get_n_items (indicators) > 0
                                     ? _("No indicator matches this selection.")
                                     : _("This plan has no indicators yet."));
      return;
    }
  if (page >= layout->n_pages)
    return;

  /* only the rows of the page that the clip leaves visible */
  pw_chart_clip_band (cr, &top, &bottom);
  first = PW_CHART_ROWS_FIND (layout->rows, PwChartProgressRow, page, top);

  /* Zebra stripes first, under everything. */
  for (guint i = first; i < layout->rows->len; i++)
    {
      PwChartProgressRow *row = &g_array_index (layout->rows, PwChartProgressRow, i);

      if (row->page != page || row->y >= bottom)
        break;
      if (row->striped)
        pw_chart_frame_draw_stripe (&layout->frame, cr, row->y, row->height);
    }
  draw_axis (layout, cr);

  for (guint i = first; i < layout->rows->len; i++)
    {
      PwChartProgressRow *row = &g_array_index (layout->rows, PwChartProgressRow, i);

      if (row->page != page || row->y >= bottom)
        break;
      if (row->is_group)
        draw_group (layout, cr, row);
      else
        draw_indicator (layout, cr, row);
    }
}

char *
pw_chart_progress_layout_hit_test (PwChartProgressLayout *layout,
                                   const PwChartOptions  *options,
                                   guint                  page,
                                   double                 x,
                                   double                 y)
{
  PwChartProgressRow *row;
  guint i;

  if (x < layout->frame.body.x || x > layout->frame.body.x + layout->frame.body.width)
    return NULL;

  i = PW_CHART_ROWS_FIND (layout->rows, PwChartProgressRow, page, y);
  if (i >= layout->rows->len)
    return NULL;
  row = &g_array_index (layout->rows, PwChartProgressRow, i);
  if (row->page != page || y < row->y || y >= row->y + row->height)
    return NULL;
  if (row->is_group)
    return g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%s: %'u indicator", "%s: %'u indicators", row->group_size),
        row->group, row->group_size);
  else
    {
      PwChartProgressBar bar;

      pw_chart_progress_layout_bar (layout, row, &bar);
      return pw_chart_indicator_tooltip (layout->plan, row->indicator, &bar.progress);
    }
}
