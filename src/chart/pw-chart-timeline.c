/* pw-chart-timeline.c: the project timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each 专栏 box of each chapter under a heading, one row per project: a bar
 * from the start of its first year to the end of its last, filled to the
 * share complete in the colour and pattern of its status, and the share and
 * status in words. A dashed line marks the end of the year judged at. Rows
 * have a fixed height, so a plan with hundreds of projects paginates
 * without measuring text.
 */

#define G_LOG_DOMAIN "pw-chart"

#include "config.h"

#include "pw-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* How far outside the plan's period a project's years may reach. */
#define MAX_OVERHANG 10

/* Auxiliary methods */

static void
project_years (PwProject *project,
               int       *start,
               int       *end)
{
  *start = pw_project_get_start_year (project);
  *end = pw_project_get_end_year (project);
  if (*start <= 0)
    *start = *end;
  if (*end <= 0)
    *end = *start;
  if (*end < *start)
    {
      int swap = *start;

      *start = *end;
      *end = swap;
    }
}

static char *
chart_title (PwPlan               *plan,
             const PwChartOptions *options)
{
  const char *title = pw_chart_kind_to_label (PW_CHART_TIMELINE);

  if (options != NULL && options->chapter_id != NULL)
    {
      PwChapter *chapter = pw_plan_find_chapter (plan, options->chapter_id);
      g_autofree char *label =
          chapter != NULL ? pw_chart_chapter_label (plan, chapter) : g_strdup (options->chapter_id);

      return g_strdup_printf (C_("chart title", "%s: %s"), title, label);
    }
  return g_strdup (title);
}

static char *
group_title (PwChartTimelineLayout *layout,
             PwChartTimelineRow    *row)
{
  g_autofree char *chapter = pw_chart_chapter_label (layout->plan, row->chapter);
  g_autofree char *box = NULL;
  const char *title = pw_box_get_title (row->box);

  if (pw_box_get_number (row->box) > 0)
    /* Translators: a 专栏 box, e.g. "专栏1 优生优育服务建设项目" */
    box = g_strdup_printf (C_("column", "Box %d %s"), pw_box_get_number (row->box),
                              title != NULL ? title : "");
  else
    box = g_strdup (title != NULL ? title : "");
  /* Translators: a chapter and one of its 专栏 boxes */
  return g_strdup_printf (C_("timeline heading", "%s · %s"), chapter, box);
}

static void
place_bar (PwChartTimelineLayout *layout,
           PwChartTimelineRow    *row)
{
  PwChartStyle *style = layout->frame.style;
  int start, end;

  project_years (row->project, &start, &end);
  row->bar_height = style->size * 1.0;
  row->bar_y =
      row->y + style->size * 0.35 + pw_chart_style_line (style, 1.0) * 0.5 - row->bar_height / 2;
  row->has_bar = start > 0;
  if (!row->has_bar)
    return;
  row->bar_x0 =
      pw_chart_timeline_layout_x (layout, CLAMP (start, layout->first_year, layout->last_year + 1));
  row->bar_x1 = pw_chart_timeline_layout_x (
      layout, CLAMP (end + 1, layout->first_year, layout->last_year + 1));
  row->done_x1 = row->bar_x0 + (row->bar_x1 - row->bar_x0) *
                                   CLAMP (pw_project_get_progress (row->project), 0, 100) / 100.0;
}

static void
draw_axis (PwChartTimelineLayout *layout,
           cairo_t               *cr)
{
  PwChartStyle *style = layout->frame.style;
  double band = (layout->axis_width) / (layout->last_year - layout->first_year + 1);

  pw_chart_text_show (cr, style, _("Project"), 0.85, PW_CHART_TEXT_BOLD, layout->name_x,
                      layout->axis_y, layout->name_width, 1, PANGO_ALIGN_LEFT, pw_chart_muted);
  pw_chart_text_show (cr, style, _("Complete"), 0.85, PW_CHART_TEXT_BOLD, layout->value_x,
                      layout->axis_y, layout->value_width, 1, PANGO_ALIGN_LEFT, pw_chart_muted);

  for (int year = layout->first_year; year <= layout->last_year; year++)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);

      pw_chart_text_show (cr, style, label, 0.85, 0, pw_chart_timeline_layout_x (layout, year),
                          layout->axis_y, band, 1, PANGO_ALIGN_CENTER, pw_chart_ink);
    }
}

/* The lines between years, and the end of the year judged at, through the
 * rows of projects only: they would cross the words of the headings. */
static void
draw_year_lines (PwChartTimelineLayout *layout,
                 cairo_t               *cr,
                 double                 top,
                 double                 bottom,
                 gboolean               now)
{
  cairo_save (cr);
  if (!now)
    {
      for (int year = layout->first_year; year <= layout->last_year + 1; year++)
        {
          double x = pw_chart_timeline_layout_x (layout, year);

          cairo_move_to (cr, x, top);
          cairo_line_to (cr, x, bottom);
        }
      pw_chart_set_rgb (cr, pw_chart_rule);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
    }
  else if (layout->year >= layout->first_year && layout->year <= layout->last_year)
    {
      double x = pw_chart_timeline_layout_x (layout, layout->year + 1);

      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
      pw_chart_set_rgb (cr, pw_chart_ink);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, (double[]) { 3.0, 2.0 }, 2, 0);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_group (PwChartTimelineLayout *layout,
            cairo_t               *cr,
            PwChartTimelineRow    *row)
{
  PwChartStyle *style = layout->frame.style;
  g_autofree char *title = group_title (layout, row);
  g_autofree char *text =
      row->continued ? g_strdup_printf (_("%s (continued)"), title) : g_steal_pointer (&title);
  double x = layout->frame.body.x, width = layout->frame.body.width;

  pw_chart_text_show (cr, style, text, 1.0, PW_CHART_TEXT_BOLD, x, row->y + style->size * 0.45,
                      width, 1, PANGO_ALIGN_LEFT, pw_chart_ink);
  cairo_save (cr);
  cairo_move_to (cr, x, row->y + row->height - 0.5);
  cairo_line_to (cr, x + width, row->y + row->height - 0.5);
  pw_chart_set_rgb (cr, pw_chart_ink);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_project (PwChartTimelineLayout *layout,
              cairo_t               *cr,
              PwChartTimelineRow    *row)
{
  PwChartStyle *style = layout->frame.style;
  PwProject *project = row->project;
  PwProjectStatus status = pw_project_get_status (project);
  const char *lead = pw_project_get_lead (project);
  gboolean has_lead = lead != NULL && *lead != '\0';
  double pad = style->size * 0.35;
  double line = pw_chart_style_line (style, 1.0);
  g_autofree char *percent = g_strdup_printf ("%d%%", pw_project_get_progress (project));
  double fill[3], ink[3];

  pw_chart_text_show (cr, style, pw_project_get_name (project), 1.0, 0, layout->name_x,
                      row->y + pad, layout->name_width, has_lead ? 1 : 2, PANGO_ALIGN_LEFT,
                      pw_chart_ink);
  if (has_lead)
    pw_chart_text_show (cr, style, lead, 0.8, 0, layout->name_x, row->y + pad + line,
                        layout->name_width, 1, PANGO_ALIGN_LEFT, pw_chart_muted);

  pw_chart_project_status_color (status, fill);
  pw_chart_project_status_ink (status, ink);
  if (row->has_bar)
    {
      double tint[3];
      int start, end;
      g_autofree char *years = NULL;

      for (int i = 0; i < 3; i++)
        tint[i] = 1 - (1 - fill[i]) * 0.22;
      cairo_save (cr);
      cairo_rectangle (cr, row->bar_x0, row->bar_y, row->bar_x1 - row->bar_x0, row->bar_height);
      pw_chart_set_rgb (cr, tint);
      cairo_fill (cr);
      cairo_restore (cr);
      pw_chart_fill_project_status (cr, status, row->bar_x0, row->bar_y, row->done_x1 - row->bar_x0,
                                    row->bar_height);
      cairo_save (cr);
      cairo_rectangle (cr, row->bar_x0, row->bar_y, row->bar_x1 - row->bar_x0, row->bar_height);
      pw_chart_set_rgb (cr, ink);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
      cairo_restore (cr);

      project_years (project, &start, &end);
      years = start == end ? g_strdup_printf ("%d", start)
                           /* Translators: the years of a project, e.g. 2021–2025 */
                           : g_strdup_printf (C_("years", "%d–%d"), start, end);
      pw_chart_text_show (
          cr, style, years, 0.75, 0, row->bar_x0, row->bar_y + row->bar_height + style->size * 0.1,
          MAX (row->bar_x1 - row->bar_x0, style->size * 5), 1, PANGO_ALIGN_LEFT, pw_chart_muted);
    }
  else
    pw_chart_text_show (
        cr, style, _("Years not given"), 0.85, 0, layout->axis_x + style->size * 0.4,
        row->y + pad + (line - pw_chart_style_line (style, 0.85)) / 2,
        layout->axis_width - style->size * 0.8, 1, PANGO_ALIGN_LEFT, pw_chart_muted);

  pw_chart_text_show (cr, style, percent, 1.0, PW_CHART_TEXT_BOLD, layout->value_x, row->y + pad,
                      layout->value_width, 1, PANGO_ALIGN_LEFT, pw_chart_ink);
  pw_chart_text_show (cr, style, pw_project_status_to_label (status), 0.85, 0, layout->value_x,
                      row->y + pad + line, layout->value_width, 1, PANGO_ALIGN_LEFT, pw_chart_ink);
}

/* Public API */

PwChartTimelineLayout *
pw_chart_timeline_layout_new (PwPlan               *plan,
                              const PwChartOptions *options,
                              double                width,
                              double                height)
{
  PwChartTimelineLayout *layout = g_new0 (PwChartTimelineLayout, 1);
  GListModel *chapters = pw_plan_get_chapters (plan);
  g_autofree char *title = chart_title (plan, options);
  int period_start, period_end, first, last;
  PwChartStyle *style;
  PwChartRect *body;
  double gap;
  PwChartPager pager;
  PwChartTimelineRow heading = { 0 };

  layout->plan = plan;
  layout->year = pw_chart_options_get_year (plan, options);
  layout->rows = g_array_new (FALSE, TRUE, sizeof (PwChartTimelineRow));

  pw_chart_frame_init (&layout->frame, plan, title, layout->year, width, height);
  for (int status = PW_PROJECT_PLANNED; status <= PW_PROJECT_SUSPENDED; status++)
    pw_chart_frame_add_legend (&layout->frame, PW_CHART_LEGEND_PROJECT_STATUS, status,
                               pw_project_status_to_label (status));
  pw_chart_frame_add_legend (&layout->frame, PW_CHART_LEGEND_NOW, 0,
                             _("End of the year judged at"));
  pw_chart_frame_set_note (
      &layout->frame,
      _("Each bar runs from the start of a project's first year to the end of its last; "
         "its filled part is the share complete, as entered for the project."));
  pw_chart_frame_finish (&layout->frame);
  style = layout->frame.style;
  body = &layout->frame.body;

  /* The years: the plan's period, widened to the projects' own years. */
  period_start = pw_plan_get_start_year (plan);
  period_end = pw_plan_get_end_year (plan);
  if (period_start <= 0)
    period_start = pw_plan_get_baseline_year (plan) + 1;
  if (period_end < period_start)
    period_end = period_start;
  first = period_start;
  last = period_end;

  gap = style->size;
  layout->name_x = body->x;
  layout->name_width = body->width * 0.27;
  layout->value_width = body->width * 0.12;
  layout->value_x = body->x + body->width - layout->value_width;
  layout->axis_x = layout->name_x + layout->name_width + gap;
  layout->axis_width = MAX (layout->value_x - gap - layout->axis_x, 1);
  layout->axis_y = body->y;
  layout->axis_height = pw_chart_style_line (style, 0.85) + style->size * 0.5;
  layout->rows_y = layout->axis_y + layout->axis_height;
  layout->row_height = 2 * pw_chart_style_line (style, 1.0) + style->size * 0.8;
  layout->group_height = pw_chart_style_line (style, 1.0) + style->size * 0.9;
  pw_chart_pager_init (&pager, layout->rows_y, body->y + body->height - layout->rows_y,
                       layout->row_height, layout->group_height);

  for (guint c = 0; c < g_list_model_get_n_items (chapters); c++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, c);
      GListModel *boxes = pw_chapter_get_boxes (chapter);

      if (options != NULL && options->chapter_id != NULL &&
          g_strcmp0 (pw_object_get_id (PW_OBJECT (chapter)), options->chapter_id) != 0)
        continue;

      for (guint k = 0; k < g_list_model_get_n_items (boxes); k++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, k);
          GListModel *projects = pw_box_get_projects (box);
          guint n_projects = g_list_model_get_n_items (projects);

          if (n_projects == 0)
            continue;

          heading = (PwChartTimelineRow) { TRUE, FALSE, chapter, box };
          pw_chart_pager_heading (&pager, &heading.page, &heading.y);
          heading.height = layout->group_height;
          g_array_append_val (layout->rows, heading);

          for (guint p = 0; p < n_projects; p++)
            {
              g_autoptr(PwProject) project = g_list_model_get_item (projects, p);
              PwChartTimelineRow row = { FALSE, FALSE, chapter, box, project };
              int start, end;

              if (pw_chart_pager_row (&pager, &row.page, &row.y, &row.striped))
                {
                  PwChartTimelineRow again = heading;

                  again.continued = TRUE;
                  again.page = row.page;
                  again.y = layout->rows_y;
                  g_array_append_val (layout->rows, again);
                }
              row.height = layout->row_height;
              g_array_append_val (layout->rows, row);
              layout->n_projects++;

              project_years (project, &start, &end);
              if (start > 0)
                {
                  first = MIN (first, MAX (start, period_start - MAX_OVERHANG));
                  last = MAX (last, MIN (end, period_end + MAX_OVERHANG));
                }
            }
        }
    }

  layout->first_year = first;
  layout->last_year = last;
  layout->n_pages = pager.page + 1;
  for (guint i = 0; i < layout->rows->len; i++)
    {
      PwChartTimelineRow *row = &g_array_index (layout->rows, PwChartTimelineRow, i);

      if (!row->is_group)
        place_bar (layout, row);
    }
  layout->natural_height = pw_chart_frame_natural_height (&layout->frame, layout->rows_y,
                                                          MAX (pager.total, style->size * 8));

  return layout;
}

void
pw_chart_timeline_layout_free (PwChartTimelineLayout *layout)
{
  if (layout == NULL)
    return;
  pw_chart_frame_clear (&layout->frame);
  g_clear_pointer (&layout->rows, g_array_unref);
  g_free (layout);
}

/* Where the first of January of @year is. */
double
pw_chart_timeline_layout_x (PwChartTimelineLayout *layout,
                            double                 year)
{
  double n = layout->last_year - layout->first_year + 1;

  return layout->axis_x + (year - layout->first_year) / n * layout->axis_width;
}

void
pw_chart_timeline_layout_draw (PwChartTimelineLayout *layout,
                               const PwChartOptions  *options,
                               cairo_t               *cr,
                               guint                  page)
{
  double top, bottom;

  pw_chart_frame_draw (&layout->frame, cr, MIN (page, layout->n_pages - 1), layout->n_pages);

  if (layout->n_projects == 0)
    {
      pw_chart_frame_draw_message (&layout->frame, cr, _("This plan has no key projects yet."));
      return;
    }
  if (page >= layout->n_pages)
    return;

  draw_axis (layout, cr);
  pw_chart_clip_band (cr, &top, &bottom);
  for (guint i = PW_CHART_ROWS_FIND (layout->rows, PwChartTimelineRow, page, top);
       i < layout->rows->len; i++)
    {
      PwChartTimelineRow *row = &g_array_index (layout->rows, PwChartTimelineRow, i);

      if (row->page != page || row->y >= bottom)
        break;
      if (row->is_group)
        {
          draw_group (layout, cr, row);
          continue;
        }
      if (row->striped)
        pw_chart_frame_draw_stripe (&layout->frame, cr, row->y, row->height);
      draw_year_lines (layout, cr, row->y, row->y + row->height, FALSE);
      draw_project (layout, cr, row);
      draw_year_lines (layout, cr, row->y, row->y + row->height, TRUE);
    }
}

char *
pw_chart_timeline_layout_hit_test (PwChartTimelineLayout *layout,
                                   const PwChartOptions  *options,
                                   guint                  page,
                                   double                 x,
                                   double                 y)
{
  for (guint i = PW_CHART_ROWS_FIND (layout->rows, PwChartTimelineRow, page, y);
       i < layout->rows->len; i++)
    {
      PwChartTimelineRow *row = &g_array_index (layout->rows, PwChartTimelineRow, i);
      PwProject *project = row->project;
      GString *text;
      const char *lead;
      int start, end;

      if (row->page != page || y < row->y || y >= row->y + row->height ||
          x < layout->frame.body.x || x > layout->frame.body.x + layout->frame.body.width)
        return NULL;
      if (row->is_group)
        return group_title (layout, row);

      text = g_string_new (pw_project_get_name (project));
      lead = pw_project_get_lead (project);
      if (lead != NULL && *lead != '\0')
        {
          g_string_append_c (text, '\n');
          g_string_append_printf (text, _("Lead unit: %s"), lead);
        }
      project_years (project, &start, &end);
      g_string_append_c (text, '\n');
      if (start > 0)
        g_string_append_printf (text, _("Years: %d–%d"), start, end);
      else
        g_string_append (text, _("Years not given"));
      if (pw_project_get_investment (project) > 0)
        {
          g_string_append_c (text, '\n');
          /* Translators: 总投资 … 万元 */
          g_string_append_printf (text, _("Investment: %.0f × 10,000 yuan"),
                                  pw_project_get_investment (project));
        }
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Status: %s, %d%% complete"),
                              pw_project_status_to_label (pw_project_get_status (project)),
                              pw_project_get_progress (project));
      return g_string_free (text, FALSE);
    }

  return NULL;
}
