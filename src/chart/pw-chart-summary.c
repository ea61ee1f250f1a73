/* pw-chart-summary.c: the domain summary chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On top, one bar of all indicators split by status (shares). Under it, one
 * bar per domain on a common scale of counts, so that a big domain looks
 * big, split by status in the order of the legend; next to it, the binding
 * indicators of the domain that are alerts (预警), by name.
 */

#define G_LOG_DOMAIN "pw-chart"

#include "config.h"

#include "pw-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#define MAX_ALERT_LINES 6

/* Auxiliary methods */

static void
clear_row (gpointer data)
{
  PwChartSummaryRow *row = data;

  g_clear_pointer (&row->alerts, g_ptr_array_unref);
}

/* A round number at least @n, for the end of the scale of counts. */
static guint
nice_ceiling (guint n)
{
  static const guint steps[] = { 1, 2, 5 };
  guint base = 1;

  if (n <= 5)
    return MAX (n, 1);
  for (;;)
    {
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        if (steps[i] * base * 5 >= n)
          return ((n + steps[i] * base - 1) / (steps[i] * base)) * steps[i] * base;
      base *= 10;
    }
}

static guint
tick_step (guint max)
{
  static const guint steps[] = { 1, 2, 5 };
  guint base = 1;

  for (;;)
    {
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        if (max / (steps[i] * base) <= 6)
          return steps[i] * base;
      base *= 10;
    }
}

/* The alerts of @row, as many names as the box of @layout can show: past
 * them the text is cut at the end of its last line (…), so the names that
 * could never show are left out rather than shaped (a domain of 100,000
 * indicators has thousands of alerts). The bound counts a tenth of an em a
 * character, narrower than any glyph, on one line more than the box has. */
static char *
alert_text (PwChartSummaryLayout *layout,
            PwChartSummaryRow    *row)
{
  PwChartStyle *style = layout->frame.style;
  double em = style->size * 0.85;
  glong max_chars = (MAX_ALERT_LINES + 1) * (glong) ceil (layout->alert_width / (em * 0.1));
  glong chars;
  GString *text;

  if (row->alerts == NULL || row->alerts->len == 0)
    return NULL;

  text = g_string_new (NULL);
  g_string_append_printf (
      /* Translators: before the names of the alerts of a domain */
      text, g_dngettext (GETTEXT_PACKAGE, "%'u alert: ", "%'u alerts: ", row->alerts->len),
      row->alerts->len);
  chars = g_utf8_strlen (text->str, -1);
  for (guint i = 0; i < row->alerts->len && chars <= max_chars; i++)
    {
      const char *name = pw_indicator_get_name (g_ptr_array_index (row->alerts, i));

      if (i > 0)
        /* Translators: between the names in a list, 、 */
        g_string_append (text, C_("list separator", "; "));
      g_string_append (text, name != NULL ? name : "");
      chars += 2 + (name != NULL ? g_utf8_strlen (name, -1) : 0);
    }
  return g_string_free (text, FALSE);
}

static char *
row_name (const PwChartOptions *options,
          PwChartSummaryRow    *row)
{
  if (row->group != NULL)
    return g_strdup (row->group);
  if (options != NULL && (options->domain != NULL || options->chapter_id != NULL))
    /* Translators: the row of the indicators a chart is limited to */
    return g_strdup (_("Selected indicators"));
  /* Translators: the row of every indicator of the plan */
  return g_strdup (_("All indicators"));
}

/* "Achieved 9 · Ahead 4 · …" for the statuses that have any */
static char *
counts_text (PwChartSummaryRow *row)
{
  GString *text = g_string_new (NULL);

  for (int s = 0; s < PW_N_STATUSES; s++)
    {
      if (row->counts[s] == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: a status and how many indicators have it */
      g_string_append_printf (text, C_("status count", "%s %'u"), pw_status_to_label (s),
                              row->counts[s]);
    }
  return g_string_free (text, FALSE);
}

static void
place_segments (PwChartSummaryLayout *layout,
                PwChartSummaryRow    *row)
{
  double x = layout->bar_x;
  double unit =
      row->group == NULL ? (row->total > 0 ? layout->bar_width / row->total : 0) : layout->unit;

  for (int s = 0; s < PW_N_STATUSES; s++)
    {
      double w = row->counts[s] * unit;

      row->segments[s] = (PwChartRect) { x, row->bar_y, w, row->bar_height };
      x += w;
    }
}

static void
draw_axis (PwChartSummaryLayout *layout,
           cairo_t              *cr,
           double                top,
           double                rows_bottom)
{
  PwChartStyle *style = layout->frame.style;
  guint step = tick_step (layout->scale_max);
  double label_h = pw_chart_style_line (style, 0.85);

  pw_chart_text_show (cr, style, _("Domain"), 0.85, PW_CHART_TEXT_BOLD, layout->name_x, top,
                      layout->name_width, 1, PANGO_ALIGN_LEFT, pw_chart_muted);
  pw_chart_text_show (cr, style, _("Alerts (binding indicators behind schedule)"), 0.85,
                      PW_CHART_TEXT_BOLD, layout->alert_x, top, layout->alert_width, 1,
                      PANGO_ALIGN_LEFT, pw_chart_muted);

  for (guint v = 0; v <= layout->scale_max; v += step)
    {
      double x = layout->bar_x + v * layout->unit;
      g_autofree char *label = g_strdup_printf ("%'u", v);
      double w = style->size * 4;

      pw_chart_text_show (cr, style, label, 0.8, 0, x - w / 2,
                          top + (label_h - pw_chart_style_line (style, 0.8)), w, 1,
                          PANGO_ALIGN_CENTER, pw_chart_muted);
      cairo_save (cr);
      cairo_move_to (cr, x, top + label_h + style->size * 0.2);
      cairo_line_to (cr, x, rows_bottom);
      pw_chart_set_rgb (cr, v == 0 ? pw_chart_track_edge : pw_chart_rule);
      cairo_set_line_width (cr, v == 0 ? 0.8 : 0.5);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
draw_count (PwChartSummaryLayout *layout,
            cairo_t              *cr,
            PwChartRect          *segment,
            guint                 count)
{
  PwChartStyle *style = layout->frame.style;
  g_autofree char *text = g_strdup_printf ("%'u", count);
  g_autoptr(PangoLayout) label = pw_chart_text_new (style, text, 0.85, PW_CHART_TEXT_BOLD, -1, 0,
                                                    PANGO_ALIGN_LEFT);
  double w, h, pad = style->size * 0.25;

  pw_chart_text_get_size (label, &w, &h);
  if (w + 2 * pad + 2 > segment->width || h > segment->height + pad)
    return;

  /* a white tag, so that the number reads on every fill and pattern */
  cairo_save (cr);
  cairo_rectangle (cr, segment->x + (segment->width - w) / 2 - pad,
                   segment->y + (segment->height - h) / 2, w + 2 * pad, h);
  pw_chart_set_rgb (cr, pw_chart_paper);
  cairo_fill (cr);
  cairo_restore (cr);
  pw_chart_text_draw (cr, label, segment->x + (segment->width - w) / 2,
                      segment->y + (segment->height - h) / 2, pw_chart_ink);
}

static void
draw_row (PwChartSummaryLayout *layout,
          const PwChartOptions *options,
          cairo_t              *cr,
          PwChartSummaryRow    *row)
{
  PwChartStyle *style = layout->frame.style;
  double pad = style->size * 0.45;
  g_autofree char *name = row_name (options, row);
  g_autofree char *alerts = alert_text (layout, row);
  g_autofree char *total = NULL;

  pw_chart_text_show (cr, style, name, 1.0, row->group == NULL ? PW_CHART_TEXT_BOLD : 0,
                      layout->name_x, row->y + pad, layout->name_width, 2, PANGO_ALIGN_LEFT,
                      pw_chart_ink);

  if (row->total == 0)
    {
      pw_chart_text_show (cr, style, _("No indicators"), 0.85, 0, layout->bar_x, row->bar_y,
                          layout->bar_width, 1, PANGO_ALIGN_LEFT, pw_chart_muted);
      return;
    }

  for (int s = 0; s < PW_N_STATUSES; s++)
    {
      PwChartRect *seg = &row->segments[s];
      double ink[3];

      if (row->counts[s] == 0)
        continue;
      pw_chart_fill_status (cr, s, seg->x, seg->y, seg->width, seg->height);
      pw_chart_status_ink (s, ink);
      cairo_save (cr);
      cairo_rectangle (cr, seg->x, seg->y, seg->width, seg->height);
      pw_chart_set_rgb (cr, pw_chart_paper);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      cairo_restore (cr);
      draw_count (layout, cr, seg, row->counts[s]);
    }

  /* the count after a domain's bar; the bar of all fills the column and
   * has the counts in words under it */
  total = g_strdup_printf ("%'u", row->total);
  if (row->group == NULL)
    {
      g_autofree char *counts = counts_text (row);

      pw_chart_text_show (cr, style, counts, 0.85, 0, layout->bar_x,
                          row->bar_y + row->bar_height + style->size * 0.3,
                          layout->bar_width + style->size * 2.5, 2, PANGO_ALIGN_LEFT, pw_chart_ink);
    }
  else
    {
      PwChartRect *last = &row->segments[PW_N_STATUSES - 1];

      pw_chart_text_show (cr, style, total, 0.85, PW_CHART_TEXT_BOLD,
                          last->x + last->width + style->size * 0.4,
                          row->bar_y + (row->bar_height - pw_chart_style_line (style, 0.85)) / 2,
                          style->size * 4, 1, PANGO_ALIGN_LEFT, pw_chart_ink);
    }

  if (alerts != NULL)
    {
      double tag = pw_chart_draw_alert_tag (cr, style, layout->alert_x, row->y + pad, 0.85);

      pw_chart_text_show (
          cr, style, alerts, 0.85, 0, layout->alert_x + tag + style->size * 0.4,
          row->y + pad + (pw_chart_style_line (style, 1.0) - pw_chart_style_line (style, 0.85)) / 2,
          layout->alert_width - tag - style->size * 0.4, MAX_ALERT_LINES, PANGO_ALIGN_LEFT,
          pw_chart_ink);
    }
}

/* Public API */

PwChartSummaryLayout *
pw_chart_summary_layout_new (PwPlan               *plan,
                             const PwChartOptions *options,
                             double                width,
                             double                height)
{
  PwChartSummaryLayout *layout = g_new0 (PwChartSummaryLayout, 1);
  GListModel *indicators = pw_plan_get_indicators (plan);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_items = g_list_model_get_n_items (indicators);
  const char *title = pw_chart_kind_to_label (PW_CHART_SUMMARY);
  g_autofree char *full_title = NULL;
  PwChartSummaryRow all = { NULL };
  PwChartStyle *style;
  PwChartRect *body;
  double gap, line, pad, available, y, bottom, axis_height;
  guint max_total = 0, page = 0;

  layout->plan = plan;
  layout->year = pw_chart_options_get_year (plan, options);
  layout->rows = g_array_new (FALSE, TRUE, sizeof (PwChartSummaryRow));
  g_array_set_clear_func (layout->rows, clear_row);

  if (options != NULL && options->domain != NULL)
    full_title = g_strdup_printf (C_("chart title", "%s: %s"), title, options->domain);
  pw_chart_frame_init (&layout->frame, plan, full_title != NULL ? full_title : title, layout->year,
                       width, height);
  pw_chart_frame_add_statuses (&layout->frame);
  pw_chart_frame_add_legend (&layout->frame, PW_CHART_LEGEND_ALERT, 0,
                             _("Binding indicator behind schedule"));
  pw_chart_frame_set_note (
      &layout->frame,
      _("The top bar splits all indicators by status. Each domain's bar counts its "
         "indicators by status, on one scale for all domains. Alerts are binding "
         "indicators that are lagging or off track; each needs a written explanation."));
  pw_chart_frame_finish (&layout->frame);
  style = layout->frame.style;
  body = &layout->frame.body;

  gap = style->size;
  layout->name_x = body->x;
  layout->name_width = body->width * 0.22;
  layout->bar_x = layout->name_x + layout->name_width + gap;
  layout->alert_width = body->width * 0.3;
  layout->alert_x = body->x + body->width - layout->alert_width;
  /* room after the longest bar for its count */
  layout->bar_width = MAX (layout->alert_x - gap - layout->bar_x - style->size * 2.5, 1);

  /* Count, in the order domains first come in the plan. */
  all.alerts = g_ptr_array_new ();
  g_array_append_val (layout->rows, all);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *group;
      PwChartSummaryRow *row;
      PwProgress progress;
      gpointer position;

      if (!pw_chart_options_wants (options, indicator))
        continue;
      group = pw_chart_indicator_group (indicator);
      if (!g_hash_table_lookup_extended (index, group, NULL, &position))
        {
          PwChartSummaryRow fresh = { group };

          fresh.alerts = g_ptr_array_new ();
          position = GUINT_TO_POINTER (layout->rows->len);
          g_array_append_val (layout->rows, fresh);
          g_hash_table_insert (index, (gpointer) group, position);
        }
      row = &g_array_index (layout->rows, PwChartSummaryRow, GPOINTER_TO_UINT (position));

      pw_plan_compute_progress (plan, indicator, layout->year, &progress);
      row->counts[progress.status]++;
      row->total++;
      g_array_index (layout->rows, PwChartSummaryRow, 0).counts[progress.status]++;
      g_array_index (layout->rows, PwChartSummaryRow, 0).total++;
      if (progress.alert)
        {
          g_ptr_array_add (row->alerts, indicator);
          g_ptr_array_add (g_array_index (layout->rows, PwChartSummaryRow, 0).alerts, indicator);
        }
    }

  for (guint i = 1; i < layout->rows->len; i++)
    max_total = MAX (max_total, g_array_index (layout->rows, PwChartSummaryRow, i).total);
  layout->scale_max = nice_ceiling (max_total);
  layout->unit = layout->bar_width / layout->scale_max;

  /* Rows: the bar of all, then the axis of counts, then a row per domain.
   * A domain's row is as tall as its name or its list of alerts. */
  line = pw_chart_style_line (style, 1.0);
  pad = style->size * 0.45;
  axis_height = pw_chart_style_line (style, 0.85) + style->size * 0.6;
  bottom = body->y + body->height;
  available = body->height;
  y = body->y;
  for (guint i = 0; i < layout->rows->len; i++)
    {
      PwChartSummaryRow *row = &g_array_index (layout->rows, PwChartSummaryRow, i);
      g_autofree char *name = row_name (options, row);
      g_autofree char *alerts = alert_text (layout, row);
      g_autoptr(PangoLayout) name_layout =
          pw_chart_text_new (style, name, 1.0, 0, layout->name_width, 2, PANGO_ALIGN_LEFT);
      double name_height, alert_height = 0;
      gboolean new_page;

      pw_chart_text_get_size (name_layout, NULL, &name_height);
      if (alerts != NULL)
        {
          double tag = pw_chart_alert_tag_width (style, 0.85) + style->size * 0.4;
          int max_lines =
              CLAMP ((int) ((available - 2 * pad) / pw_chart_style_line (style, 0.85)) - 1, 1,
                     MAX_ALERT_LINES);
          g_autoptr(PangoLayout) alert_layout = pw_chart_text_new (
              style, alerts, 0.85, 0, layout->alert_width - tag, max_lines, PANGO_ALIGN_LEFT);

          pw_chart_text_get_size (alert_layout, NULL, &alert_height);
        }
      row->bar_height = line * 1.1;
      row->height = MAX (MAX (name_height, alert_height), row->bar_height) + 2 * pad;
      if (i == 0)
        {
          /* the bar of all has its counts in words under it, for print */
          g_autofree char *counts = counts_text (row);
          g_autoptr(PangoLayout) counts_layout = pw_chart_text_new (
              style, counts, 0.85, 0, layout->bar_width + style->size * 2.5, 2, PANGO_ALIGN_LEFT);
          double counts_height;

          pw_chart_text_get_size (counts_layout, NULL, &counts_height);
          row->height =
              MAX (row->height, row->bar_height + style->size * 0.3 + counts_height + 2 * pad);
        }

      /* the first domain follows the bar of all, under the axis of counts; a
       * new page starts with the axis again */
      new_page = i > 1 && y + row->height > bottom;
      if (i == 1)
        {
          y += style->size * 0.6;
          new_page = y + axis_height + row->height > bottom;
        }
      if (new_page)
        {
          page++;
          y = body->y;
        }
      if (i == 1 || new_page)
        {
          if (i == 1)
            layout->axis_y = y;
          y += axis_height;
          if (i == 1)
            layout->rows_y = y;
        }
      row->page = page;
      row->y = y;
      /* the bar is level with the first line of the name */
      row->bar_y = y + pad + (line - row->bar_height) / 2;
      y += row->height;
      place_segments (layout, row);
    }
  if (layout->rows->len == 1)
    {
      layout->axis_y = y + style->size * 0.6;
      layout->rows_y = layout->axis_y + axis_height;
      y = layout->rows_y;
    }
  layout->n_pages = page + 1;
  layout->natural_height = y + style->size * 0.6 + (height - bottom);

  return layout;
}

void
pw_chart_summary_layout_free (PwChartSummaryLayout *layout)
{
  if (layout == NULL)
    return;
  pw_chart_frame_clear (&layout->frame);
  g_clear_pointer (&layout->rows, g_array_unref);
  g_free (layout);
}

void
pw_chart_summary_layout_draw (PwChartSummaryLayout *layout,
                              const PwChartOptions *options,
                              cairo_t              *cr,
                              guint                 page)
{
  PwPlan *plan = layout->plan;
  double top = -1, bottom = 0;

  pw_chart_frame_draw (&layout->frame, cr, MIN (page, layout->n_pages - 1), layout->n_pages);

  if (g_array_index (layout->rows, PwChartSummaryRow, 0).total == 0)
    {
      pw_chart_frame_draw_message (&layout->frame, cr,
                                   g_list_model_get_n_items (pw_plan_get_indicators (plan)) > 0
                                     ? _("No indicator matches this selection.")
                                     : _("This plan has no indicators yet."));
      return;
    }
  if (page >= layout->n_pages)
    return;

  for (guint i = 1; i < layout->rows->len; i++)
    {
      PwChartSummaryRow *row = &g_array_index (layout->rows, PwChartSummaryRow, i);

      if (row->page != page)
        continue;
      if (top < 0)
        top = row->y;
      bottom = row->y + row->height;
    }
  if (top >= 0)
    draw_axis (
        layout, cr,
        top - (pw_chart_style_line (layout->frame.style, 0.85) + layout->frame.style->size * 0.6),
        bottom);

  for (guint i = 0; i < layout->rows->len; i++)
    {
      PwChartSummaryRow *row = &g_array_index (layout->rows, PwChartSummaryRow, i);

      if (row->page != page)
        continue;
      draw_row (layout, options, cr, row);
      if (i == 0)
        {
          cairo_save (cr);
          cairo_move_to (cr, layout->frame.body.x,
                         row->y + row->height + layout->frame.style->size * 0.3);
          cairo_line_to (cr, layout->frame.body.x + layout->frame.body.width,
                         row->y + row->height + layout->frame.style->size * 0.3);
          pw_chart_set_rgb (cr, pw_chart_ink);
          cairo_set_line_width (cr, 0.6);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
    }
}

char *
pw_chart_summary_layout_hit_test (PwChartSummaryLayout *layout,
                                  const PwChartOptions *options,
                                  guint                 page,
                                  double                x,
                                  double                y)
{
  PwPlan *plan = layout->plan;

  for (guint i = 0; i < layout->rows->len; i++)
    {
      PwChartSummaryRow *row = &g_array_index (layout->rows, PwChartSummaryRow, i);
      g_autofree char *name = row_name (options, row);

      if (row->page != page || y < row->y || y >= row->y + row->height)
        continue;

      for (int s = 0; s < PW_N_STATUSES; s++)
        {
          PwChartRect *seg = &row->segments[s];
          GListModel *indicators = pw_plan_get_indicators (plan);
          guint n_items = g_list_model_get_n_items (indicators);
          GString *text;

          if (row->counts[s] == 0 || x < seg->x || x >= seg->x + seg->width ||
              y < seg->y || y >= seg->y + seg->height)
            continue;

          text = g_string_new (NULL);
          /* Translators: a domain, a status, and how many indicators are in it */
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s · %s: %'u indicator",
                                                     "%s · %s: %'u indicators", row->counts[s]),
                                  name, pw_status_to_label (s), row->counts[s]);
          for (guint j = 0; j < n_items; j++)
            {
              g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, j);
              PwProgress progress;

              if (!pw_chart_options_wants (options, indicator) ||
                  (row->group != NULL &&
                   strcmp (pw_chart_indicator_group (indicator), row->group) != 0))
                continue;
              pw_plan_compute_progress (plan, indicator, layout->year, &progress);
              if (progress.status == (PwStatus) s)
                g_string_append_printf (text, "\n• %s", pw_indicator_get_name (indicator));
            }
          return g_string_free (text, FALSE);
        }

      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%s: %'u indicator", "%s: %'u indicators", row->total), name,
          row->total);
    }

  return NULL;
}
