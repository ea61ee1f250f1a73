/* pw-chart-helpers.c: what every chart asks of the plan and of its page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The year and filter a chart's options give, the group an indicator is
 * shown in, values, numbers, chapters and tooltips as the charts print them,
 * and the band of a page that is visible. The palette, symbols and text are
 * in pw-chart-style.c.
 */

#define G_LOG_DOMAIN "pw-chart"

#include "config.h"

#include "pw-chart-private.h"

#include "pw-heading-number.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* Public API */

int
pw_chart_options_get_year (PwPlan               *plan,
                           const PwChartOptions *options)
{
  if (options != NULL && options->year != 0)
    return options->year;
  return pw_plan_get_data_year (plan);
}

/* Whether the chart's options (a domain, a chapter) let @indicator in. */
gboolean
pw_chart_options_wants (const PwChartOptions *options,
                        PwIndicator          *indicator)
{
  if (options == NULL)
    return TRUE;
  if (options->domain != NULL &&
      g_strcmp0 (pw_chart_indicator_group (indicator), options->domain) != 0)
    return FALSE;
  if (options->chapter_id != NULL &&
      g_strcmp0 (pw_indicator_get_chapter (indicator), options->chapter_id) != 0)
    return FALSE;
  return TRUE;
}

/* The group an indicator is shown in: its domain, else its category (总体
 * and 普惠性非基本公共服务 have no domain in most plans). */
const char *
pw_chart_indicator_group (PwIndicator *indicator)
{
  const char *domain = pw_indicator_get_domain (indicator);
  const char *category = pw_indicator_get_category (indicator);

  if (domain != NULL && *domain != '\0')
    return domain;
  if (category != NULL && *category != '\0')
    return category;
  return _("Other indicators");
}

/* A value as printed, with the indicator's unit when the text has none; the
 * unit goes before a comparator word at the end (11.0年左右). */
char *
pw_chart_format_value (PwValue    *value,
                       const char *unit)
{
  static const char *postfix_words[] = { "及以上", "及以下", "以上", "以下", "左右" };
  const char *text, *suffix;

  if (pw_value_is_blank (value))
    /* Translators: a value that was not given */
    return g_strdup (C_("value", "—"));

  text = pw_value_get_text (value);
  suffix = pw_value_get_suffix (value);
  if (pw_value_get_kind (value) == PW_VALUE_NUMBER &&
      pw_value_get_unit_kind (value) == PW_UNIT_PLAIN &&
      (suffix == NULL || *suffix == '\0') &&
      unit != NULL && *unit != '\0')
    {
      for (guint i = 0; i < G_N_ELEMENTS (postfix_words); i++)
        if (g_str_has_suffix (text, postfix_words[i]))
          {
            g_autofree char *number = g_strndup (text, strlen (text) - strlen (postfix_words[i]));

            /* Translators: a number, its unit and a word such as 左右 after them */
            return g_strdup_printf (C_("value and unit", "%s %s%s"), number, unit,
                                    postfix_words[i]);
          }
      /* Translators: a number and its unit, e.g. "5185 元"; use "%s%s" for no space */
      return g_strdup_printf (C_("value and unit", "%s %s"), text, unit);
    }

  return g_strdup (text);
}

char *
pw_chart_format_number (double      number,
                        const char *unit)
{
  g_autofree char *text = NULL;

  if (isnan (number))
    return g_strdup (C_("value", "—"));

  /* four significant figures are plenty on a chart */
  text = g_strdup_printf ("%.4g", number);
  if (strchr (text, 'e') != NULL)
    {
      g_free (text);
      text = g_strdup_printf ("%.0f", number);
    }
  if (unit != NULL && *unit != '\0')
    return g_strdup_printf (C_("value and unit", "%s %s"), text, unit);
  return g_steal_pointer (&text);
}

/* A chapter as the plan prints it: 第三章 提供安全普惠的婴幼儿照护服务; in a
 * part (篇) with the part's number first, since a 纲要 may number its
 * chapters anew in every part: 第二篇 · 第一章 建设全国先进制造业基地 */
char *
pw_chart_chapter_label (PwPlan    *plan,
                        PwChapter *chapter)
{
  g_autofree char *heading = pw_heading_text (pw_plan_get_heading_style (plan), FALSE,
                                              pw_chapter_get_number (chapter),
                                              pw_chapter_get_title (chapter));
  PwPart *part = pw_chapter_get_part (chapter);
  g_autofree char *part_heading = NULL;

  if (part == NULL || pw_part_get_number (part) <= 0)
    return g_steal_pointer (&heading);

  part_heading = pw_part_heading_text (pw_part_get_number (part), NULL);
  /* Translators: a part (篇) and one of its chapters, e.g. 第二篇 · 第四章 建设… */
  return g_strdup_printf (C_("chapter of a part", "%s · %s"), g_strstrip (part_heading), heading);
}

/* The latest value of an indicator with its year, as the progress chart and
 * the report's table print it: a number as printed, or a goal in words'
 * state (never its target's words); "—" when no year has one. */
char *
pw_chart_format_latest (PwIndicator      *indicator,
                        const PwProgress *progress,
                        const char       *unit)
{
  g_autofree char *value = NULL;

  if (progress->year == 0)
    return g_strdup (C_("value", "—"));
  if (pw_indicator_is_qualitative (indicator))
    value = g_strdup (pw_qual_state_to_label (pw_indicator_get_state (indicator, progress->year)));
  else
    value = pw_chart_format_value (pw_indicator_get_actual (indicator, progress->year), unit);
  /* Translators: the latest actual value and its year */
  return g_strdup_printf (C_("latest value", "%s (%d)"), value, progress->year);
}

/* The text of a tooltip on an indicator: name, values, status and what the
 * status was decided on. */
char *
pw_chart_indicator_tooltip (PwPlan           *plan,
                            PwIndicator      *indicator,
                            const PwProgress *progress)
{
  GString *text = g_string_new (pw_indicator_get_name (indicator));
  const char *unit = pw_indicator_get_unit (indicator);
  g_autofree char *baseline = pw_chart_format_value (pw_indicator_get_baseline (indicator), unit);
  g_autofree char *target = pw_chart_format_value (pw_indicator_get_target (indicator), unit);

  g_string_append_printf (text, "\n%s · %s", pw_chart_indicator_group (indicator),
                          pw_nature_to_label (pw_indicator_get_nature (indicator)));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Baseline (%d): %s"), pw_plan_get_baseline_year (plan), baseline);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Target (%d): %s"), pw_plan_get_end_year (plan), target);
  if (pw_value_get_kind (pw_indicator_get_target (indicator)) == PW_VALUE_RELATIVE &&
      !isnan (progress->target))
    {
      g_autofree char *resolved = pw_chart_format_number (progress->target, unit);

      g_string_append_printf (text, " (= %s)", resolved);
    }

  if (progress->year != 0)
    {
      g_string_append_c (text, '\n');
      if (pw_indicator_is_qualitative (indicator))
        g_string_append_printf (
            text, _("State (%d): %s"), progress->year,
            pw_qual_state_to_label (pw_indicator_get_state (indicator, progress->year)));
      else
        {
          g_autofree char *actual =
              pw_chart_format_value (pw_indicator_get_actual (indicator, progress->year), unit);

          g_string_append_printf (text, _("Actual (%d): %s"), progress->year, actual);
        }
    }
  if (!isnan (progress->completion))
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Gap closed: %.0f%%, expected by now: %.0f%%"),
                              progress->completion * 100, progress->elapsed * 100);
    }

  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Status: %s"), pw_status_to_label (progress->status));
  if (progress->alert)
    g_string_append_printf (text, " · %s", _("Alert: a binding indicator behind schedule"));
  g_string_append_c (text, '\n');
  g_string_append (text, pw_progress_basis_to_label (progress->basis));

  return g_string_free (text, FALSE);
}

/* Visible parts */

void
pw_chart_clip_band (cairo_t *cr,
                    double  *top,
                    double  *bottom)
{
  double x0, y0, x1, y1;

  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  /* an unbounded surface reports an empty clip: everything shows */
  if (!(y1 > y0))
    {
      y0 = -G_MAXDOUBLE;
      y1 = G_MAXDOUBLE;
    }
  *top = y0;
  *bottom = y1;
}

guint
pw_chart_rows_find (GArray *rows,
                    gsize   page_offset,
                    gsize   y_offset,
                    gsize   height_offset,
                    guint   page,
                    double  y)
{
  guint size = g_array_get_element_size (rows);
  guint lo = 0, hi = rows->len;

  /* the first row past (page, y): rows of a page do not overlap */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gpointer row = rows->data + (gsize) mid * size;
      guint row_page = G_STRUCT_MEMBER (guint, row, page_offset);
      double row_end = G_STRUCT_MEMBER (double, row, y_offset) +
                       G_STRUCT_MEMBER (double, row, height_offset);

      if (row_page < page || (row_page == page && row_end <= y))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}
