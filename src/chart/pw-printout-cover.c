/* pw-printout-cover.c: the cover of the printed report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first page of the report (pw-printout.c): what the report is and the
 * plan's title under a rule; the plan's facts (region, issuer, document
 * number, date of issue, period, parts and chapters, the year of the data,
 * the date of printing); the count of indicators by status with the marks
 * of the charts, and the binding ones behind schedule; a sample plan's
 * warning at the foot. On a page wider than tall the counts stand beside
 * the facts.
 */

#define G_LOG_DOMAIN "pw-printout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-chart-private.h"
#include "pw-printout.h"

/* Auxiliary methods */

/* The parts (篇) and chapters of the plan, for the cover: 17篇 · 65章, or
 * 8章 for a plan without parts. */
static char *
cover_structure (PwPlan *plan)
{
  guint n_parts = g_list_model_get_n_items (pw_plan_get_parts (plan));
  guint n_chapters = g_list_model_get_n_items (pw_plan_get_chapters (plan));
  g_autofree char *chapters = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u chapter", "%'u chapters",
                                                            n_chapters), n_chapters);
  g_autofree char *parts = NULL;

  if (n_parts == 0)
    return g_steal_pointer (&chapters);
  parts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u part", "%'u parts", n_parts), n_parts);
  /* Translators: a count of parts, then one of chapters */
  return g_strdup_printf (C_("cover structure", "%s · %s"), parts, chapters);
}

/* Private API (pw-chart-private.h) */

/**
 * pw_printout_draw_cover:
 * @cr: the page
 * @style: the report's style
 * @plan: the plan
 * @year: the year of the data
 * @c: the page inside its margins, above the footer
 *
 * Draws the report's cover.
 */
void
pw_printout_draw_cover (cairo_t           *cr,
                        PwChartStyle      *style,
                        PwPlan            *plan,
                        int                year,
                        const PwChartRect *c)
{
  /* On a page wider than tall, the counts stand beside the facts. */
  gboolean landscape = c->width > c->height;
  double x = c->x + style->margin, width = c->width - 2 * style->margin;
  double y = c->y + c->height * (landscape ? 0.08 : 0.16);
  double facts_width, counts_x, facts_top;
  g_autoptr(GDateTime) printed = pw_printout_get_print_date ();
  /* Translators: the date printed on the cover, a g_date_time_format() format: %Y年%m月%d日 */
  g_autofree char *printed_text = g_date_time_format (printed, C_("cover date", "%Y-%m-%d"));
  g_autofree char *period = NULL;
  g_autofree char *structure = NULL;
  /* Translators: a year, as on the cover: 2023年 */
  g_autofree char *data_year = g_strdup_printf (C_("cover year", "%d"), year);
  const char *title = pw_plan_get_title (plan);
  guint counts[PW_N_STATUSES] = { 0 };
  guint n_alerts = 0, n_items;
  GListModel *indicators = pw_plan_get_indicators (plan);
  struct
  {
    const char *label;
    const char *value;
  } facts[] = {
    { C_("cover", "Region"), pw_plan_get_region (plan) },
    { C_("cover", "Issued by"), pw_plan_get_issuer (plan) },
    /* Translators: 文号 */
    { C_("cover", "Document number"), pw_plan_get_doc_number (plan) },
    { C_("cover", "Issued on"), pw_plan_get_issued (plan) },
    { C_("cover", "Period"), NULL },
    /* Translators: the parts and chapters of the plan, e.g. 17篇 · 65章 */
    { C_("cover", "Structure"), NULL },
    { C_("cover", "Data as of"), data_year },
    { C_("cover", "Printed on"), printed_text },
  };
  double label_width = 0;

  /* Translators: 规划实施进展监测报告, the heading of the printed report */
  y += pw_chart_text_show (cr, style, _("Progress monitoring report"), 1.3, 0, x, y, width, 1,
                           PANGO_ALIGN_LEFT, pw_chart_muted);
  y += style->size * 0.8;
  y += pw_chart_text_show (cr, style, title != NULL && *title != '\0' ? title : _("Untitled plan"),
                           2.4, PW_CHART_TEXT_BOLD, x, y, width, 4, PANGO_ALIGN_LEFT, pw_chart_ink);
  y += style->size * 1.6;
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, 2);
  pw_chart_set_rgb (cr, pw_chart_ink);
  cairo_fill (cr);
  cairo_restore (cr);
  y += style->size * 2.0;

  if (pw_plan_get_start_year (plan) > 0 && pw_plan_get_end_year (plan) > 0)
    /* Translators: the period of a plan and its baseline year, 2021—2025年（基期2020年） */
    period = g_strdup_printf (_("%d–%d (baseline %d)"), pw_plan_get_start_year (plan),
                              pw_plan_get_end_year (plan), pw_plan_get_baseline_year (plan));
  facts[4].value = period;
  structure = cover_structure (plan);
  facts[5].value = structure;

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    label_width = MAX (label_width, pw_chart_text_measure (style, facts[i].label, 1.1, 0));
  facts_width = landscape ? width * 0.55 - style->size * 2 : width;
  counts_x = landscape ? x + width * 0.6 : x;
  facts_top = y;
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      double h;

      if (facts[i].value == NULL || *facts[i].value == '\0')
        continue;
      pw_chart_text_show (cr, style, facts[i].label, 1.1, 0, x, y, label_width, 1, PANGO_ALIGN_LEFT,
                          pw_chart_muted);
      h = pw_chart_text_show (cr, style, facts[i].value, 1.1, 0, x + label_width + style->size * 2,
                              y, facts_width - label_width - style->size * 2, 3, PANGO_ALIGN_LEFT,
                              pw_chart_ink);
      y += MAX (h, pw_chart_style_line (style, 1.1)) + style->size * 0.6;
    }
  x = counts_x;
  if (landscape)
    {
      width = c->x + c->width - style->margin - counts_x;
      y = facts_top - style->size * 2;
    }

  /* The count of indicators by status, with the marks of the charts. */
  n_items = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      PwProgress progress;

      pw_plan_compute_progress (plan, indicator, year, &progress);
      counts[progress.status]++;
      n_alerts += progress.alert;
    }
  y += style->size * 2;
  {
    g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u indicator, %d",
                                                             "%'u indicators, %d", n_items),
                                                n_items, year);

    y += pw_chart_text_show (cr, style, heading, 1.1, PW_CHART_TEXT_BOLD, x, y, width, 1,
                             PANGO_ALIGN_LEFT, pw_chart_ink);
  }
  y += style->size * 0.6;
  for (int s = 0; s < PW_N_STATUSES; s++)
    {
      g_autofree char *count = g_strdup_printf ("%'u", counts[s]);
      double line = pw_chart_style_line (style, 1.0);

      pw_chart_draw_status_symbol (cr, s, x + style->size * 0.7, y + line / 2, style->size * 1.2);
      pw_chart_text_show (cr, style, pw_status_to_label (s), 1.0, 0, x + style->size * 1.8, y,
                          label_width * 1.6, 1, PANGO_ALIGN_LEFT, pw_chart_ink);
      pw_chart_text_show (cr, style, count, 1.0, PW_CHART_TEXT_BOLD,
                          x + style->size * 1.8 + label_width * 1.6, y, style->size * 4, 1,
                          PANGO_ALIGN_RIGHT, pw_chart_ink);
      y += line + style->size * 0.3;
    }
  if (n_alerts > 0)
    {
      double tag = pw_chart_draw_alert_tag (cr, style, x, y + style->size * 0.3, 1.0);
      g_autofree char *text =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u binding indicator behind schedule",
                                        "%'u binding indicators behind schedule", n_alerts),
                           n_alerts);

      pw_chart_text_show (cr, style, text, 1.0, 0, x + tag + style->size * 0.6,
                          y + style->size * 0.3, width - tag, 1, PANGO_ALIGN_LEFT, pw_chart_ink);
    }

  if (pw_plan_get_sample (plan))
    pw_chart_text_show (
        cr, style,
        _("Illustrative data: the actual values in this plan are examples, not official figures."),
        1.0, PW_CHART_TEXT_BOLD, c->x + style->margin, c->y + c->height - pw_chart_style_line (style, 1.0) * 2,
        c->width - 2 * style->margin, 2, PANGO_ALIGN_LEFT, pw_chart_ink);
}
