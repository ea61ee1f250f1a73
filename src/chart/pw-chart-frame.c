/* pw-chart-frame.c: the frame of every chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every chart draws around its body, the same on screen, in files and
 * on paper: the title block, the legend (flowing over as many lines as it
 * needs), the note under the body, the page number, and the message of a
 * chart with nothing to show.
 */

#define G_LOG_DOMAIN "pw-chart"

#include "config.h"

#include "pw-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* Public API */

void
pw_chart_frame_init (PwChartFrame *frame,
                     PwPlan       *plan,
                     const char   *title,
                     int           year,
                     double        width,
                     double        height)
{
  const char *plan_title = pw_plan_get_title (plan);
  const char *region = pw_plan_get_region (plan);

  memset (frame, 0, sizeof *frame);
  frame->style = pw_chart_style_new (width, height);
  frame->width = width;
  frame->height = height;
  frame->title = g_strdup (title);
  if (plan_title != NULL && *plan_title != '\0')
    frame->subtitle = g_strdup (plan_title);
  else if (region != NULL && *region != '\0')
    frame->subtitle = g_strdup (region);
  else
    frame->subtitle = g_strdup (_("Untitled plan"));
  /* Translators: the year of the latest figures a chart shows, 数据截至%d年 */
  frame->date = g_strdup_printf (_("Data as of %d"), year);
  frame->sample = pw_plan_get_sample (plan);
  frame->legend = g_array_new (FALSE, TRUE, sizeof (PwChartLegendItem));
}

void
pw_chart_frame_add_legend (PwChartFrame      *frame,
                           PwChartLegendKind  kind,
                           int                value,
                           const char        *label)
{
  PwChartLegendItem item = { kind, value, g_strdup (label) };

  g_array_append_val (frame->legend, item);
}

void
pw_chart_frame_add_statuses (PwChartFrame *frame)
{
  for (int status = 0; status < PW_N_STATUSES; status++)
    pw_chart_frame_add_legend (frame, PW_CHART_LEGEND_STATUS, status, pw_status_to_label (status));
}

void
pw_chart_frame_set_note (PwChartFrame *frame,
                         const char   *note)
{
  g_free (frame->note);
  frame->note = g_strdup (note);
}

static double
legend_swatch_width (PwChartFrame      *frame,
                     PwChartLegendItem *item)
{
  double size = frame->style->size;

  switch (item->kind)
    {
    case PW_CHART_LEGEND_STATUS:
    case PW_CHART_LEGEND_LINE:
    case PW_CHART_LEGEND_DASHED:
      return size * 2.6;
    case PW_CHART_LEGEND_PROJECT_STATUS:
    case PW_CHART_LEGEND_ZONE:
      return size * 1.8;
    case PW_CHART_LEGEND_TARGET:
      return size * 1.6;
    case PW_CHART_LEGEND_ALERT:
      return pw_chart_alert_tag_width (frame->style, 0.85);
    case PW_CHART_LEGEND_TICK:
    case PW_CHART_LEGEND_NOW:
    default:
      return size * 0.9;
    }
}

/* Lays out the title block, the legend (flowing over as many lines as it
 * needs) and the note, and leaves the rest to the body. */
void
pw_chart_frame_finish (PwChartFrame *frame)
{
  PwChartStyle *style = frame->style;
  double m = style->margin;
  double inner = MAX (frame->width - 2 * m, style->size * 4);
  double line = pw_chart_style_line (style, 0.85);
  double x = m, y, bottom;
  guint lines = 1;

  frame->title_y = m;
  y = m + pw_chart_style_line (style, 1.45) + pw_chart_style_line (style, 1.0) + style->size * 0.6;
  frame->legend_y = y + style->size * 0.6;

  for (guint i = 0; i < frame->legend->len; i++)
    {
      PwChartLegendItem *item = &g_array_index (frame->legend, PwChartLegendItem, i);
      double swatch = legend_swatch_width (frame, item);
      double text = MIN (pw_chart_text_measure (style, item->label, 0.85, 0),
                         inner - swatch - style->size * 0.4);
      double item_width = swatch + style->size * 0.4 + text;

      if (x > m && x + item_width > m + inner)
        {
          x = m;
          lines++;
        }
      item->swatch = (PwChartRect) { x, frame->legend_y + (lines - 1) * line * 1.15, swatch, line };
      item->text = (PwChartRect) { x + swatch + style->size * 0.4, item->swatch.y, text, line };
      x += item_width + style->size * 1.3;
    }
  frame->legend_height = frame->legend->len > 0 ? lines * line * 1.15 : 0;

  bottom = frame->height - m;
  if (frame->note != NULL)
    {
      double note_height;

      /* through the cache of laid out texts, which drawing the note uses:
       * the trend pages of a report share it */
      pw_chart_text_measure_box (style, frame->note, 0.8, 0, inner, 3, PANGO_ALIGN_LEFT, NULL,
                                 &note_height);
      frame->note_y = bottom - note_height;
      bottom = frame->note_y - style->size * 0.6;
    }
  else
    frame->note_y = bottom;

  frame->body.x = m;
  frame->body.y = frame->legend_y + frame->legend_height + style->size * 0.9;
  frame->body.width = inner;
  frame->body.height = MAX (bottom - frame->body.y, 0);
}

static void
draw_legend_swatch (PwChartFrame      *frame,
                    cairo_t           *cr,
                    PwChartLegendItem *item)
{
  PwChartRect *r = &item->swatch;
  double size = frame->style->size;
  double cy = r->y + r->height / 2;

  cairo_save (cr);
  switch (item->kind)
    {
    case PW_CHART_LEGEND_STATUS:
      /* a short bar ending in the status's marker, as in the charts */
      pw_chart_fill_status (cr, item->value, r->x, cy - size * 0.3, r->width - size * 0.5,
                            size * 0.6);
      pw_chart_draw_status_symbol (cr, item->value, r->x + r->width - size * 0.5, cy, size * 0.95);
      break;
    case PW_CHART_LEGEND_PROJECT_STATUS:
      {
        double ink[3];

        pw_chart_project_status_ink (item->value, ink);
        pw_chart_fill_project_status (cr, item->value, r->x, cy - size * 0.35, r->width,
                                      size * 0.7);
        cairo_rectangle (cr, r->x, cy - size * 0.35, r->width, size * 0.7);
        pw_chart_set_rgb (cr, ink);
        cairo_set_line_width (cr, 0.6);
        cairo_stroke (cr);
      }
      break;
    case PW_CHART_LEGEND_TICK:
      cairo_rectangle (cr, r->x + r->width / 2 - 0.8, cy - size * 0.5, 1.6, size);
      pw_chart_set_rgb (cr, pw_chart_ink);
      cairo_fill (cr);
      break;
    case PW_CHART_LEGEND_NOW:
      cairo_move_to (cr, r->x + r->width / 2, cy - size * 0.55);
      cairo_line_to (cr, r->x + r->width / 2, cy + size * 0.55);
      pw_chart_set_rgb (cr, pw_chart_ink);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, (double[]) { 2.0, 1.5 }, 2, 0);
      cairo_stroke (cr);
      break;
    case PW_CHART_LEGEND_ALERT:
      pw_chart_draw_alert_tag (cr, frame->style, r->x, r->y, 0.85);
      break;
    case PW_CHART_LEGEND_LINE:
      cairo_move_to (cr, r->x, cy);
      cairo_line_to (cr, r->x + r->width, cy);
      pw_chart_set_rgb (cr, pw_chart_ink);
      cairo_set_line_width (cr, 1.4);
      cairo_stroke (cr);
      pw_chart_draw_status_symbol (cr, item->value, r->x + r->width / 2, cy, size * 0.9);
      break;
    case PW_CHART_LEGEND_DASHED:
      cairo_move_to (cr, r->x, cy);
      cairo_line_to (cr, r->x + r->width, cy);
      pw_chart_set_rgb (cr, pw_chart_muted);
      cairo_set_line_width (cr, 1.2);
      cairo_set_dash (cr, (double[]) { 3.0, 2.0 }, 2, 0);
      cairo_stroke (cr);
      break;
    case PW_CHART_LEGEND_ZONE:
      {
        double fill[3], ink[3];

        pw_chart_status_color (PW_STATUS_ACHIEVED, ink);
        for (int i = 0; i < 3; i++)
          fill[i] = 1 - (1 - ink[i]) * 0.12;
        pw_chart_fill_pattern (cr, fill, fill, PW_CHART_PATTERN_SOLID,
                               r->x, cy - size * 0.4, r->width, size * 0.8);
        cairo_move_to (cr, r->x, cy + size * 0.4);
        cairo_line_to (cr, r->x + r->width, cy + size * 0.4);
        pw_chart_set_rgb (cr, ink);
        cairo_set_line_width (cr, 1.4);
        cairo_stroke (cr);
      }
      break;
    case PW_CHART_LEGEND_TARGET:
      pw_chart_draw_target_point (cr, r->x + r->width / 2, cy, size * 0.75);
      break;
    default:
      break;
    }
  cairo_restore (cr);
}

typedef struct
{
  PwChartFrame *frame;
  double title_width;
} Shared;

/* The plan's name under the title, the rule, the legend and the note. */
static void
draw_below_title (cairo_t *cr,
                  Shared  *shared)
{
  PwChartFrame *frame = shared->frame;
  PwChartStyle *style = frame->style;
  double m = style->margin;
  double inner = MAX (frame->width - 2 * m, style->size * 4);
  double y = frame->legend_y - style->size * 0.6;

  pw_chart_text_show (cr, style, frame->subtitle, 1.0, 0, m,
                      frame->title_y + pw_chart_style_line (style, 1.45), shared->title_width, 1,
                      PANGO_ALIGN_LEFT, pw_chart_muted);

  cairo_save (cr);
  cairo_move_to (cr, m, y);
  cairo_line_to (cr, m + inner, y);
  pw_chart_set_rgb (cr, pw_chart_ink);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  cairo_restore (cr);

  for (guint i = 0; i < frame->legend->len; i++)
    {
      PwChartLegendItem *item = &g_array_index (frame->legend, PwChartLegendItem, i);

      draw_legend_swatch (frame, cr, item);
      pw_chart_text_show (cr, style, item->label, 0.85, 0, item->text.x, item->text.y,
                          item->text.width + 1, 1, PANGO_ALIGN_LEFT, pw_chart_ink);
    }

  if (frame->note != NULL)
    pw_chart_text_show (cr, style, frame->note, 0.8, 0, m, frame->note_y, inner, 3,
                        PANGO_ALIGN_LEFT, pw_chart_muted);
}

/* What is below the title, the same on every page of a chart and on every
 * trend page of a report: shared by what it shows and where. */
static void
draw_shared_part (PwChartFrame *frame,
                  cairo_t      *cr,
                  double        title_width)
{
  Shared shared = { frame, title_width };
  g_autoptr(GString) key = g_string_new ("frame\n");

  /* every figure exactly (%a) */
  g_string_append_printf (key, "%a %a %a %a %a %a %a %s\n%s\n", frame->style->size, frame->width,
                          frame->height, frame->title_y, frame->legend_y, frame->note_y,
                          title_width, frame->subtitle, frame->note != NULL ? frame->note : "");
  for (guint i = 0; i < frame->legend->len; i++)
    {
      PwChartLegendItem *item = &g_array_index (frame->legend, PwChartLegendItem, i);

      g_string_append_printf (key, "%d %d %a %a %a %a %a %a %a %a %s\n", item->kind, item->value,
                              item->swatch.x, item->swatch.y, item->swatch.width,
                              item->swatch.height, item->text.x, item->text.y, item->text.width,
                              item->text.height, item->label);
    }
  pw_chart_draw_shared (cr, key->str, frame->width, frame->height,
                        (PwChartDrawFunc) draw_below_title, &shared);
}

void
pw_chart_frame_draw (PwChartFrame *frame,
                     cairo_t      *cr,
                     guint         page,
                     guint         n_pages)
{
  PwChartStyle *style = frame->style;
  double m = style->margin;
  double inner = MAX (frame->width - 2 * m, style->size * 4);
  double right_width, title_width;
  g_autofree char *page_text = NULL;

  /* Paper: the same white in every format, so PNG and PDF match. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, frame->width, frame->height);
  pw_chart_set_rgb (cr, pw_chart_paper);
  cairo_fill (cr);
  cairo_restore (cr);

  /* Right: the date of the data, and the page of a chart of several. */
  right_width = pw_chart_text_measure (style, frame->date, 0.9, 0);
  if (n_pages > 1)
    {
      /* Translators: 第%u页/共%u页 */
      page_text = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
      right_width = MAX (right_width, pw_chart_text_measure (style, page_text, 0.9, 0));
    }
  right_width = MIN (right_width, inner * 0.35);
  pw_chart_text_show (cr, style, frame->date, 0.9, 0, m + inner - right_width,
                      frame->title_y + pw_chart_style_line (style, 1.45) -
                          pw_chart_style_line (style, 0.9),
                      right_width, 1, PANGO_ALIGN_RIGHT, pw_chart_ink);
  if (page_text != NULL)
    pw_chart_text_show (cr, style, page_text, 0.9, 0, m + inner - right_width,
                        frame->title_y + pw_chart_style_line (style, 1.45), right_width, 1,
                        PANGO_ALIGN_RIGHT, pw_chart_muted);

  /* Left: the title, the badge of illustrative data, the plan's name. */
  title_width = inner - right_width - style->size;
  {
    g_autoptr(PangoLayout) title = pw_chart_text_new (style, frame->title, 1.45, PW_CHART_TEXT_BOLD,
                                                      title_width, 1, PANGO_ALIGN_LEFT);
    double width;

    pw_chart_text_draw (cr, title, m, frame->title_y, pw_chart_ink);
    pw_chart_text_get_size (title, &width, NULL);
    if (frame->sample)
      {
        const char *badge = _("Illustrative data");
        double badge_width = pw_chart_text_measure (style, badge, 0.8, PW_CHART_TEXT_BOLD);
        double pad = style->size * 0.35;
        double x = m + width + style->size * 0.8;
        double line = pw_chart_style_line (style, 0.8);
        double by = frame->title_y + (pw_chart_style_line (style, 1.45) - line) / 2;

        if (x + badge_width + 2 * pad <= m + title_width + style->size)
          {
            cairo_save (cr);
            cairo_rectangle (cr, x + 0.5, by + 0.5, badge_width + 2 * pad - 1, line - 1);
            pw_chart_set_rgb (cr, pw_chart_ink);
            cairo_set_line_width (cr, 1.0);
            cairo_stroke (cr);
            cairo_restore (cr);
            pw_chart_text_show (cr, style, badge, 0.8, PW_CHART_TEXT_BOLD, x + pad, by, -1, 0,
                                PANGO_ALIGN_LEFT, pw_chart_ink);
          }
      }
  }
  draw_shared_part (frame, cr, title_width);
}

/* A message in the middle of the body, for a chart with nothing to show. */
void
pw_chart_frame_draw_message (PwChartFrame *frame,
                             cairo_t      *cr,
                             const char   *message)
{
  PwChartRect *body = &frame->body;
  g_autoptr(PangoLayout) layout = pw_chart_text_new (frame->style, message, 1.1, 0,
                                                     body->width, 4, PANGO_ALIGN_CENTER);
  double height;

  pw_chart_text_get_size (layout, NULL, &height);
  pw_chart_text_draw (cr, layout, body->x, body->y + MAX (body->height - height, 0) / 3,
                      pw_chart_muted);
}

void
pw_chart_frame_clear (PwChartFrame *frame)
{
  g_clear_pointer (&frame->style, pw_chart_style_free);
  g_clear_pointer (&frame->title, g_free);
  g_clear_pointer (&frame->subtitle, g_free);
  g_clear_pointer (&frame->date, g_free);
  g_clear_pointer (&frame->note, g_free);
  if (frame->legend != NULL)
    {
      for (guint i = 0; i < frame->legend->len; i++)
        g_free (g_array_index (frame->legend, PwChartLegendItem, i).label);
      g_clear_pointer (&frame->legend, g_array_unref);
    }
}

/* The shading of a striped row, across the body. */
void
pw_chart_frame_draw_stripe (PwChartFrame *frame,
                            cairo_t      *cr,
                            double        y,
                            double        height)
{
  cairo_save (cr);
  cairo_rectangle (cr, frame->body.x, y, frame->body.width, height);
  pw_chart_set_rgb (cr, pw_chart_zebra);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The height a chart of rows needs to show them on one long page: its
 * rows from @rows_y, with what the frame puts below the body. */
double
pw_chart_frame_natural_height (PwChartFrame *frame,
                               double        rows_y,
                               double        rows_height)
{
  return rows_y + rows_height + frame->style->size * 0.6 +
         (frame->height - (frame->body.y + frame->body.height));
}

/* Rows on pages */

void
pw_chart_pager_init (PwChartPager *pager,
                     double        rows_y,
                     double        available,
                     double        row_height,
                     double        group_height)
{
  *pager = (PwChartPager) { rows_y, available, row_height, group_height };
}

/* Where the heading of the next group goes: on a new page when it and one
 * row under it do not fit on this one. */
void
pw_chart_pager_heading (PwChartPager *pager,
                        guint        *page,
                        double       *y)
{
  if (pager->used > 0 && pager->used + pager->group_height + pager->row_height > pager->available)
    {
      pager->page++;
      pager->used = 0;
      pager->n_on_page = 0;
    }
  *page = pager->page;
  *y = pager->rows_y + pager->used;
  pager->used += pager->group_height;
  pager->total += pager->group_height;
}

/* Where the next row of the group goes. Returns %TRUE when it starts a new
 * page: the caller then puts the group's heading again at the top of it
 * (on *@page, at pager->rows_y) before the row. */
gboolean
pw_chart_pager_row (PwChartPager *pager,
                    guint        *page,
                    double       *y,
                    gboolean     *striped)
{
  gboolean new_page = FALSE;

  if (pager->used > 0 && pager->used + pager->row_height > pager->available)
    {
      pager->page++;
      pager->n_on_page = 0;
      pager->used = pager->group_height;
      pager->total += pager->group_height;
      new_page = TRUE;
    }
  *striped = pager->n_on_page++ % 2 == 1;
  *page = pager->page;
  *y = pager->rows_y + pager->used;
  pager->used += pager->row_height;
  pager->total += pager->row_height;
  return new_page;
}
