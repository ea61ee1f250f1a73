/* pw-chart.c: choosing a chart, and exporting it to PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every chart draws on any cairo_t; exporting only chooses the surface, so a
 * PNG, an SVG, a PDF and the window show the same picture.
 */

#define G_LOG_DOMAIN "pw-chart"

#include "config.h"

#include "pw-chart-private.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* Height asked of a layout that is to hold everything on one page. */
#define UNBOUNDED 1.0e7

/* The largest image cairo makes. */
#define MAX_PIXELS 32767

static const char *kind_names[PW_CHART_N_KINDS] = {
  [PW_CHART_PROGRESS] = "progress",
  [PW_CHART_SUMMARY] = "summary",
  [PW_CHART_TREND] = "trend",
  [PW_CHART_TIMELINE] = "timeline",
};

static const char *format_names[] = {
  [PW_CHART_FORMAT_PNG] = "png",
  [PW_CHART_FORMAT_SVG] = "svg",
  [PW_CHART_FORMAT_PDF] = "pdf",
};

struct _PwChartLayout
{
  PwChartKind kind;
  PwChartOptions options;  /* its strings owned */
  double width;
  double height;
  union
  {
    PwChartProgressLayout *progress;
    PwChartSummaryLayout *summary;
    PwChartTrendLayout *trend;
    PwChartTimelineLayout *timeline;
  };
};

/* Auxiliary methods */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("The chart could not be drawn: %s"), cairo_status_to_string (status));
  return FALSE;
}

static char *
document_title (PwChartKind  kind,
                PwPlan      *plan)
{
  const char *title = pw_plan_get_title (plan);

  if (title == NULL || *title == '\0')
    return g_strdup (pw_chart_kind_to_label (kind));
  /* Translators: a chart's name and the plan's, as the title of an exported file */
  return g_strdup_printf (C_("document title", "%s — %s"), pw_chart_kind_to_label (kind), title);
}

static gboolean
export_png (PwChartLayout *layout,
            guint          page,
            double         scale,
            GByteArray    *out,
            GError       **error)
{
  double width = layout->width, height = layout->height;
  double pixels_w = ceil (width * scale), pixels_h = ceil (height * scale);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (pixels_w > MAX_PIXELS || pixels_h > MAX_PIXELS)
    {
      g_set_error (
          error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
          _("An image of %.0f × %.0f pixels is larger than the largest possible (%d × %d)"),
          pixels_w, pixels_h, MAX_PIXELS, MAX_PIXELS);
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) pixels_w, (int) pixels_h);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  pw_chart_layout_draw (layout, cr, page);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, out);
  cairo_surface_destroy (surface);

  return check_status (status, error);
}

/* Cairo 1.16 writes the text of an SVG as glyph outlines. So that the
 * labels can be found, selected and read aloud, each one is also written as
 * a transparent <text> element at the same place (like the text layer of a
 * scanned PDF); the picture does not change. */
static gboolean
export_svg (PwChartLayout *layout,
            PwPlan        *plan,
            guint          page,
            GByteArray    *out,
            GError       **error)
{
  double width = layout->width, height = layout->height;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = document_title (layout->kind, plan);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  const char *start, *open_end, *close;
  g_autoptr(GString) result = NULL;

  surface = cairo_svg_surface_create_for_stream (append_bytes, svg, width, height);
  cr = cairo_create (surface);
  pw_chart_text_sink_attach (cr, text);
  pw_chart_layout_draw (layout, cr, page);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_status (status, error))
    return FALSE;

  g_byte_array_append (svg, (const guint8 *) "", 1);
  start = strstr ((const char *) svg->data, "<svg");
  open_end = start != NULL ? strchr (start, '>') : NULL;
  close = g_strrstr ((const char *) svg->data, "</svg>");
  if (open_end == NULL || close == NULL || close < open_end)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The chart could not be drawn: %s"),
                   "SVG");
      return FALSE;
    }

  result = g_string_new_len ((const char *) svg->data, open_end + 1 - (const char *) svg->data);
  g_string_append_printf (result, "\n<title>%s</title>\n", escaped);
  g_string_append_len (result, open_end + 1, close - (open_end + 1));
  g_string_append (result, "<g id=\"text\" fill=\"none\" fill-opacity=\"0\" stroke=\"none\" "
                           "font-family=\"Noto Sans CJK SC, Source Han Sans SC, sans-serif\">\n");
  g_string_append_len (result, text->str, text->len);
  g_string_append (result, "</g>\n");
  g_string_append (result, close);

  g_byte_array_append (out, (const guint8 *) result->str, result->len);
  return TRUE;
}

static gboolean
export_pdf (PwChartLayout *layout,
            PwPlan        *plan,
            GByteArray    *out,
            GError       **error)
{
  double width = layout->width, height = layout->height;
  g_autofree char *title = document_title (layout->kind, plan);
  guint n_pages = pw_chart_layout_get_n_pages (layout);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, out, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Plan Workbench " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_save (cr);
      pw_chart_layout_draw (layout, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return check_status (status, error);
}

/* Public API */

/**
 * pw_chart_kind_from_string:
 * @name: "progress", "summary", "trend" or "timeline"
 * @kind: (out): the kind
 *
 * Returns: whether @name names a chart
 */
gboolean
pw_chart_kind_from_string (const char  *name,
                           PwChartKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
pw_chart_kind_to_string (PwChartKind kind)
{
  g_return_val_if_fail ((guint) kind < PW_CHART_N_KINDS, NULL);

  return kind_names[kind];
}

/**
 * pw_chart_kind_to_label:
 * @kind: a kind of chart
 *
 * Returns: the chart's name in the user's language, as in its title
 */
const char *
pw_chart_kind_to_label (PwChartKind kind)
{
  switch (kind)
    {
    case PW_CHART_PROGRESS:
      /* Translators: 指标进度 */
      return _("Indicator progress");
    case PW_CHART_SUMMARY:
      /* Translators: 分领域进度汇总 */
      return _("Progress by domain");
    case PW_CHART_TREND:
      /* Translators: 指标走势 */
      return _("Indicator trend");
    case PW_CHART_TIMELINE:
      /* Translators: 重点项目进度 */
      return _("Project timeline");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * pw_chart_format_from_string:
 * @name: "png", "svg" or "pdf"
 * @format: (out): the format
 *
 * Returns: whether @name names a format
 */
gboolean
pw_chart_format_from_string (const char    *name,
                             PwChartFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (name != NULL && g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * pw_chart_layout_new:
 * @kind: a kind of chart
 * @plan: a plan, which must not change while the layout is in use
 * @options: (nullable): what to draw; its page is not looked at
 * @width: the width of a page, in user units
 * @height: the height of a page
 *
 * Works out the chart at this page size: its pages, and where everything
 * on them goes.
 *
 * Returns: (transfer full): the layout
 */
PwChartLayout *
pw_chart_layout_new (PwChartKind           kind,
                     PwPlan               *plan,
                     const PwChartOptions *options,
                     double                width,
                     double                height)
{
  PwChartLayout *layout;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail ((guint) kind < PW_CHART_N_KINDS, NULL);

  layout = g_new0 (PwChartLayout, 1);
  layout->kind = kind;
  if (options != NULL)
    layout->options = *options;
  layout->options.domain = g_strdup (layout->options.domain);
  layout->options.chapter_id = g_strdup (layout->options.chapter_id);
  layout->options.indicator_id = g_strdup (layout->options.indicator_id);
  layout->options.page = 0;
  layout->width = width;
  layout->height = height;

  switch (kind)
    {
    case PW_CHART_PROGRESS:
      layout->progress = pw_chart_progress_layout_new (plan, &layout->options, width, height);
      break;
    case PW_CHART_SUMMARY:
      layout->summary = pw_chart_summary_layout_new (plan, &layout->options, width, height);
      break;
    case PW_CHART_TREND:
      layout->trend = pw_chart_trend_layout_new (plan, &layout->options, width, height);
      break;
    case PW_CHART_TIMELINE:
    default:
      layout->timeline = pw_chart_timeline_layout_new (plan, &layout->options, width, height);
      break;
    }
  return layout;
}

/* The height a layout is first made at to learn the chart's natural one:
 * unbounded for the charts of rows, a landscape page for the trend. */
static double
probe_height (PwChartKind kind,
              double      width)
{
  return kind == PW_CHART_TREND ? width * 0.62 : UNBOUNDED;
}

/**
 * pw_chart_layout_new_natural:
 * @kind: a kind of chart
 * @plan: a plan
 * @options: (nullable): what to draw
 * @width: the width
 *
 * For a view that scrolls rather than turns pages: the chart on one page
 * of @width and of the height it needs (pw_chart_get_natural_height()).
 *
 * Returns: (transfer full): the layout, of one page
 */
PwChartLayout *
pw_chart_layout_new_natural (PwChartKind           kind,
                             PwPlan               *plan,
                             const PwChartOptions *options,
                             double                width)
{
  double natural;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);

  {
    g_autoptr(PwChartLayout) probe =
        pw_chart_layout_new (kind, plan, options, width, probe_height (kind, width));

    natural = MAX (1, pw_chart_layout_get_natural_height (probe));
  }
  return pw_chart_layout_new (kind, plan, options, width, natural);
}

void
pw_chart_layout_free (PwChartLayout *layout)
{
  if (layout == NULL)
    return;

  switch (layout->kind)
    {
    case PW_CHART_PROGRESS:
      pw_chart_progress_layout_free (layout->progress);
      break;
    case PW_CHART_SUMMARY:
      pw_chart_summary_layout_free (layout->summary);
      break;
    case PW_CHART_TREND:
      pw_chart_trend_layout_free (layout->trend);
      break;
    case PW_CHART_TIMELINE:
    default:
      pw_chart_timeline_layout_free (layout->timeline);
      break;
    }
  g_free ((char *) layout->options.domain);
  g_free ((char *) layout->options.chapter_id);
  g_free ((char *) layout->options.indicator_id);
  g_free (layout);
}

/**
 * pw_chart_layout_get_n_pages:
 * @layout: a chart's layout
 *
 * Returns: how many pages the chart needs at the layout's size, at least 1
 */
guint
pw_chart_layout_get_n_pages (PwChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 1);

  switch (layout->kind)
    {
    case PW_CHART_PROGRESS:
      return layout->progress->n_pages;
    case PW_CHART_SUMMARY:
      return layout->summary->n_pages;
    case PW_CHART_TIMELINE:
      return layout->timeline->n_pages;
    case PW_CHART_TREND:
    default:
      return 1;
    }
}

double
pw_chart_layout_get_width (PwChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->width;
}

double
pw_chart_layout_get_height (PwChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->height;
}

/**
 * pw_chart_layout_get_natural_height:
 * @layout: a chart's layout
 *
 * Returns: the height at which the chart fits on one page of the layout's
 *   width, rounded up to a whole unit
 */
double
pw_chart_layout_get_natural_height (PwChartLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  switch (layout->kind)
    {
    case PW_CHART_PROGRESS:
      return ceil (layout->progress->natural_height);
    case PW_CHART_SUMMARY:
      return ceil (layout->summary->natural_height);
    case PW_CHART_TIMELINE:
      return ceil (layout->timeline->natural_height);
    case PW_CHART_TREND:
    default:
      return ceil (layout->trend->natural_height);
    }
}

/**
 * pw_chart_layout_draw:
 * @layout: a chart's layout
 * @cr: where to draw, in the layout's user units
 * @page: the page, from 0
 *
 * Draws one page of the chart, paper included, in (0, 0, width, height).
 * Only what lies inside the clip of @cr is drawn: a view that clips to
 * what it shows pays for that alone.
 */
void
pw_chart_layout_draw (PwChartLayout *layout,
                      cairo_t       *cr,
                      guint          page)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  if (!(layout->width > 0 && layout->height > 0))
    return;

  cairo_save (cr);
  switch (layout->kind)
    {
    case PW_CHART_PROGRESS:
      pw_chart_progress_layout_draw (layout->progress, &layout->options, cr, page);
      break;
    case PW_CHART_SUMMARY:
      pw_chart_summary_layout_draw (layout->summary, &layout->options, cr, page);
      break;
    case PW_CHART_TREND:
      pw_chart_trend_layout_draw (layout->trend, &layout->options, cr, page);
      break;
    case PW_CHART_TIMELINE:
    default:
      pw_chart_timeline_layout_draw (layout->timeline, &layout->options, cr, page);
      break;
    }
  cairo_restore (cr);
}

/**
 * pw_chart_layout_hit_test:
 * @layout: a chart's layout
 * @page: the page shown
 * @x: a point, in the chart's user units
 * @y: a point
 *
 * Returns: (transfer full) (nullable): the text of a tooltip for what is
 *   drawn at the point (name, values, status and what it rests on), or %NULL
 */
char *
pw_chart_layout_hit_test (PwChartLayout *layout,
                          guint          page,
                          double         x,
                          double         y)
{
  g_return_val_if_fail (layout != NULL, NULL);

  if (!(layout->width > 0 && layout->height > 0))
    return NULL;

  switch (layout->kind)
    {
    case PW_CHART_PROGRESS:
      return pw_chart_progress_layout_hit_test (layout->progress, &layout->options, page, x, y);
    case PW_CHART_SUMMARY:
      return pw_chart_summary_layout_hit_test (layout->summary, &layout->options, page, x, y);
    case PW_CHART_TREND:
      return pw_chart_trend_layout_hit_test (layout->trend, &layout->options, page, x, y);
    case PW_CHART_TIMELINE:
    default:
      return pw_chart_timeline_layout_hit_test (layout->timeline, &layout->options, page, x, y);
    }
}

/**
 * pw_chart_get_n_pages:
 * @kind: a kind of chart
 * @plan: a plan
 * @options: (nullable): what to draw
 * @width: the width of a page, in user units
 * @height: the height of a page
 *
 * Returns: how many pages the chart needs at this size, at least 1
 */
guint
pw_chart_get_n_pages (PwChartKind           kind,
                      PwPlan               *plan,
                      const PwChartOptions *options,
                      double                width,
                      double                height)
{
  g_autoptr(PwChartLayout) layout = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), 1);

  if (kind == PW_CHART_TREND)
    return 1;
  layout = pw_chart_layout_new (kind, plan, options, width, height);
  return pw_chart_layout_get_n_pages (layout);
}

/**
 * pw_chart_get_natural_height:
 * @kind: a kind of chart
 * @plan: a plan
 * @options: (nullable): what to draw
 * @width: the width
 *
 * For a view that scrolls rather than turns pages.
 *
 * Returns: the height at which the chart fits on one page
 */
double
pw_chart_get_natural_height (PwChartKind           kind,
                             PwPlan               *plan,
                             const PwChartOptions *options,
                             double                width)
{
  g_autoptr(PwChartLayout) layout = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), 0);

  layout = pw_chart_layout_new (kind, plan, options, width, probe_height (kind, width));
  return pw_chart_layout_get_natural_height (layout);
}

/**
 * pw_chart_render:
 * @kind: a kind of chart
 * @plan: a plan
 * @options: (nullable): what to draw, and which page
 * @cr: where to draw
 * @width: the width, in user units of @cr
 * @height: the height
 *
 * Draws a chart, paper included, in the rectangle (0, 0, @width, @height).
 * To draw several pages, or to draw again, pw_chart_layout_new() once and
 * pw_chart_layout_draw() is faster.
 */
void
pw_chart_render (PwChartKind           kind,
                 PwPlan               *plan,
                 const PwChartOptions *options,
                 cairo_t              *cr,
                 double                width,
                 double                height)
{
  g_autoptr(PwChartLayout) layout = NULL;

  g_return_if_fail (PW_IS_PLAN (plan));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0 && height > 0);
  g_return_if_fail ((guint) kind < PW_CHART_N_KINDS);

  layout = pw_chart_layout_new (kind, plan, options, width, height);
  pw_chart_layout_draw (layout, cr, options != NULL ? options->page : 0);
}

/**
 * pw_chart_hit_test:
 * @kind: a kind of chart
 * @plan: a plan
 * @options: (nullable): what is drawn, and which page
 * @width: the width the chart is drawn at
 * @height: the height
 * @x: a point, in the chart's user units
 * @y: a point
 *
 * Returns: (transfer full) (nullable): the text of a tooltip for what is
 *   drawn at the point (name, values, status and what it rests on), or %NULL
 */
char *
pw_chart_hit_test (PwChartKind           kind,
                   PwPlan               *plan,
                   const PwChartOptions *options,
                   double                width,
                   double                height,
                   double                x,
                   double                y)
{
  g_autoptr(PwChartLayout) layout = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail ((guint) kind < PW_CHART_N_KINDS, NULL);

  if (width <= 0 || height <= 0)
    return NULL;

  layout = pw_chart_layout_new (kind, plan, options, width, height);
  return pw_chart_layout_hit_test (layout, options != NULL ? options->page : 0, x, y);
}

static gboolean
check_size (PwChartKind    kind,
            PwChartFormat  format,
            double         width,
            double         height,
            double         scale,
            GError       **error)
{
  if (!(width >= 1 && height >= 1 && isfinite (width) && isfinite (height)) ||
      (format == PW_CHART_FORMAT_PNG && !(scale > 0 && isfinite (scale))))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A chart needs a width and height of at least 1 and a positive scale"));
      return FALSE;
    }
  if ((guint) kind >= PW_CHART_N_KINDS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Unknown kind of chart"));
      return FALSE;
    }
  if ((guint) format > PW_CHART_FORMAT_PDF)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Unknown file format"));
      return FALSE;
    }
  return TRUE;
}

/* Writes @page of @layout (a PDF: every page) to @file. */
static gboolean
write_layout (PwChartLayout  *layout,
              PwPlan         *plan,
              PwChartFormat   format,
              guint           page,
              double          scale,
              GFile          *file,
              GError        **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gboolean ok;

  switch (format)
    {
    case PW_CHART_FORMAT_PNG:
      ok = export_png (layout, page, scale, out, error);
      break;
    case PW_CHART_FORMAT_SVG:
      ok = export_svg (layout, plan, page, out, error);
      break;
    case PW_CHART_FORMAT_PDF:
    default:
      ok = export_pdf (layout, plan, out, error);
      break;
    }
  if (!ok)
    return FALSE;

  return g_file_replace_contents (file, (const char *) out->data, out->len, NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}

/**
 * pw_chart_export:
 * @kind: a kind of chart
 * @plan: a plan
 * @options: (nullable): what to draw
 * @format: the format of the file
 * @width: in points (PDF, SVG) or pixels at scale 1 (PNG)
 * @height: likewise
 * @scale: PNG only: pixels per unit (2 for a sharp image on a HiDPI screen)
 * @file: the file to write, replaced atomically
 * @error: return location for an error
 *
 * Writes a chart to a file. A PDF gets every page of a chart that needs
 * several at this size; a PNG or an SVG the page of @options only:
 * pw_chart_export_pages() writes them all.
 *
 * Returns: whether the file was written
 */
gboolean
pw_chart_export (PwChartKind           kind,
                 PwPlan               *plan,
                 const PwChartOptions *options,
                 PwChartFormat         format,
                 double                width,
                 double                height,
                 double                scale,
                 GFile                *file,
                 GError              **error)
{
  g_autoptr(PwChartLayout) layout = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_size (kind, format, width, height, scale, error))
    return FALSE;

  layout = pw_chart_layout_new (kind, plan, options, width, height);
  return write_layout (layout, plan, format, options != NULL ? options->page : 0, scale, file,
                       error);
}

/**
 * pw_chart_page_file:
 * @file: the file a chart is exported to
 * @page: a page, from 0
 *
 * Returns: (transfer full): the file of that page when each page has its
 *   own: chart.png gives chart-1.png, chart-2.png …
 */
GFile *
pw_chart_page_file (GFile *file,
                    guint  page)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  char *dot;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  parent = g_file_get_parent (file);
  base = g_file_get_basename (file);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    {
      *dot = '\0';
      name = g_strdup_printf ("%s-%u.%s", base, page + 1, dot + 1);
    }
  else
    name = g_strdup_printf ("%s-%u", base, page + 1);

  return parent != NULL ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

/**
 * pw_chart_export_pages:
 * @kind: a kind of chart
 * @plan: a plan
 * @options: (nullable): what to draw; its page is not looked at
 * @format: the format of the file
 * @width: as pw_chart_export() takes it
 * @height: the height of a page
 * @scale: PNG only: pixels per unit
 * @pages: how a PNG or an SVG holds a chart of several pages
 * @file: the file to write
 * @error: return location for an error
 *
 * Writes the whole of a chart, however many pages it needs at this size:
 * a PDF with every page; a PNG or an SVG, when one page is not enough,
 * as one file per page (pw_chart_page_file()) or as one image as tall as
 * the chart (refused, with a message, when a PNG would be taller than an
 * image can be). A chart that fits on one page is written to @file.
 *
 * Returns: (transfer full) (element-type GFile): the files written, in
 *   order of their pages, or %NULL on error
 */
GPtrArray *
pw_chart_export_pages (PwChartKind           kind,
                       PwPlan               *plan,
                       const PwChartOptions *options,
                       PwChartFormat         format,
                       double                width,
                       double                height,
                       double                scale,
                       PwChartPages          pages,
                       GFile                *file,
                       GError              **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PwChartLayout) layout = NULL;
  guint n_pages;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_size (kind, format, width, height, scale, error))
    return NULL;

  /* one layout for every page: the chart is worked out once */
  layout = pw_chart_layout_new (kind, plan, options, width, height);
  n_pages = format == PW_CHART_FORMAT_PDF ? 1 : pw_chart_layout_get_n_pages (layout);

  if (n_pages > 1 && pages == PW_CHART_PAGES_ONE_IMAGE)
    {
      double natural = pw_chart_layout_get_natural_height (layout);

      g_clear_pointer (&layout, pw_chart_layout_free);
      layout = pw_chart_layout_new (kind, plan, options, width, MAX (natural, height));
      n_pages = 1;
    }

  if (n_pages <= 1)
    {
      if (!write_layout (layout, plan, format, 0, scale, file, error))
        return NULL;
      g_ptr_array_add (files, g_object_ref (file));
      return g_steal_pointer (&files);
    }

  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(GFile) page_file = pw_chart_page_file (file, page);

      if (!write_layout (layout, plan, format, page, scale, page_file, error))
        return NULL;
      g_ptr_array_add (files, g_steal_pointer (&page_file));
    }

  return g_steal_pointer (&files);
}
