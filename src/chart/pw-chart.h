/* pw-chart.h: progress charts of a plan, drawn with Cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pw-plan.h"
#include "pw-types.h"

G_BEGIN_DECLS

/**
 * PwChartKind:
 * @PW_CHART_PROGRESS: one bar per indicator from baseline to target, grouped by domain
 * @PW_CHART_SUMMARY: per domain, how many indicators are in each status, and the alerts
 * @PW_CHART_TREND: one indicator's values year by year against its expected path
 * @PW_CHART_TIMELINE: each chapter's projects on a year axis
 */
typedef enum
{
  PW_CHART_PROGRESS,
  PW_CHART_SUMMARY,
  PW_CHART_TREND,
  PW_CHART_TIMELINE,
} PwChartKind;

#define PW_CHART_N_KINDS (PW_CHART_TIMELINE + 1)

typedef enum
{
  PW_CHART_FORMAT_PNG,
  PW_CHART_FORMAT_SVG,
  PW_CHART_FORMAT_PDF,
} PwChartFormat;

/**
 * PwChartOptions:
 * @domain: only this domain (progress, summary), or %NULL for all
 * @chapter_id: only this chapter (progress: its indicators; timeline: its projects), or %NULL
 * @indicator_id: the indicator of a trend chart; %NULL for the first indicator with numbers
 * @year: the year to judge at; 0 for pw_plan_get_data_year()
 * @page: which page of a chart that needs several at this size (0-based)
 *
 * What to draw. A %NULL #PwChartOptions means all zeros.
 */
typedef struct
{
  const char *domain;
  const char *chapter_id;
  const char *indicator_id;
  int year;
  guint page;
} PwChartOptions;

/**
 * PwChartPattern:
 * @PW_CHART_PATTERN_SOLID: plain fill
 * @PW_CHART_PATTERN_DOTS: a sparse grid of dots
 * @PW_CHART_PATTERN_HATCH: diagonal lines rising to the right
 * @PW_CHART_PATTERN_CROSSHATCH: diagonal lines both ways
 * @PW_CHART_PATTERN_LINES: horizontal lines
 *
 * The fill pattern that tells statuses apart in grayscale and for readers who
 * do not see the colours.
 */
typedef enum
{
  PW_CHART_PATTERN_SOLID,
  PW_CHART_PATTERN_DOTS,
  PW_CHART_PATTERN_HATCH,
  PW_CHART_PATTERN_CROSSHATCH,
  PW_CHART_PATTERN_LINES,
} PwChartPattern;

/**
 * PwChartSymbol:
 * @PW_CHART_SYMBOL_STAR: a five-pointed star (achieved)
 * @PW_CHART_SYMBOL_TRIANGLE_UP: ahead
 * @PW_CHART_SYMBOL_CIRCLE: on track
 * @PW_CHART_SYMBOL_TRIANGLE_DOWN: lagging
 * @PW_CHART_SYMBOL_CROSS: off track
 * @PW_CHART_SYMBOL_RING: no data
 * @PW_CHART_SYMBOL_DASH: not assessable
 *
 * The marker shape of a status: a second channel besides colour.
 */
typedef enum
{
  PW_CHART_SYMBOL_STAR,
  PW_CHART_SYMBOL_TRIANGLE_UP,
  PW_CHART_SYMBOL_CIRCLE,
  PW_CHART_SYMBOL_TRIANGLE_DOWN,
  PW_CHART_SYMBOL_CROSS,
  PW_CHART_SYMBOL_RING,
  PW_CHART_SYMBOL_DASH,
} PwChartSymbol;

/**
 * PwChartPages:
 * @PW_CHART_PAGES_FILES: a PNG or an SVG of a chart that needs several pages
 *   is written as one file per page, NAME-1.png, NAME-2.png …
 * @PW_CHART_PAGES_ONE_IMAGE: as one image as tall as the whole chart
 *
 * How pw_chart_export_pages() writes a chart of several pages to a format
 * that has no pages; a PDF always holds every page.
 */
typedef enum
{
  PW_CHART_PAGES_FILES,
  PW_CHART_PAGES_ONE_IMAGE,
} PwChartPages;

/**
 * PwChartLayout:
 *
 * A chart worked out once for a plan, its options and a page size: where
 * every row, bar and label goes. Drawing a page or answering a hit test
 * from it costs only what that page shows, so a window that redraws as it
 * scrolls and a PDF of many pages work the chart out once. The plan must
 * not change while a layout of it is in use.
 */
typedef struct _PwChartLayout PwChartLayout;

PwChartLayout  *pw_chart_layout_new            (PwChartKind           kind,
                                                PwPlan               *plan,
                                                const PwChartOptions *options,
                                                double                width,
                                                double                height);
PwChartLayout  *pw_chart_layout_new_natural    (PwChartKind           kind,
                                                PwPlan               *plan,
                                                const PwChartOptions *options,
                                                double                width);
void            pw_chart_layout_free           (PwChartLayout        *layout);
guint           pw_chart_layout_get_n_pages    (PwChartLayout        *layout);
double          pw_chart_layout_get_width      (PwChartLayout        *layout);
double          pw_chart_layout_get_height     (PwChartLayout        *layout);
double          pw_chart_layout_get_natural_height (PwChartLayout    *layout);
void            pw_chart_layout_draw           (PwChartLayout        *layout,
                                                cairo_t              *cr,
                                                guint                 page);
char           *pw_chart_layout_hit_test       (PwChartLayout        *layout,
                                                guint                 page,
                                                double                x,
                                                double                y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwChartLayout, pw_chart_layout_free)

gboolean        pw_chart_kind_from_string      (const char           *name,
                                                PwChartKind          *kind);
const char     *pw_chart_kind_to_string        (PwChartKind           kind);
const char     *pw_chart_kind_to_label         (PwChartKind           kind);
gboolean        pw_chart_format_from_string    (const char           *name,
                                                PwChartFormat        *format);

guint           pw_chart_get_n_pages           (PwChartKind           kind,
                                                PwPlan               *plan,
                                                const PwChartOptions *options,
                                                double                width,
                                                double                height);
double          pw_chart_get_natural_height    (PwChartKind           kind,
                                                PwPlan               *plan,
                                                const PwChartOptions *options,
                                                double                width);
void            pw_chart_render                (PwChartKind           kind,
                                                PwPlan               *plan,
                                                const PwChartOptions *options,
                                                cairo_t              *cr,
                                                double                width,
                                                double                height);
char           *pw_chart_hit_test              (PwChartKind           kind,
                                                PwPlan               *plan,
                                                const PwChartOptions *options,
                                                double                width,
                                                double                height,
                                                double                x,
                                                double                y);
gboolean        pw_chart_export                (PwChartKind           kind,
                                                PwPlan               *plan,
                                                const PwChartOptions *options,
                                                PwChartFormat         format,
                                                double                width,
                                                double                height,
                                                double                scale,
                                                GFile                *file,
                                                GError              **error);
GPtrArray      *pw_chart_export_pages          (PwChartKind           kind,
                                                PwPlan               *plan,
                                                const PwChartOptions *options,
                                                PwChartFormat         format,
                                                double                width,
                                                double                height,
                                                double                scale,
                                                PwChartPages          pages,
                                                GFile                *file,
                                                GError              **error);
GFile          *pw_chart_page_file             (GFile                *file,
                                                guint                 page);

/* What the charts group indicators by, and which indicator a trend chart
 * shows: the window's lists of charts use them too. */
const char     *pw_chart_indicator_group       (PwIndicator          *indicator);
PwIndicator    *pw_chart_trend_find_indicator  (PwPlan               *plan,
                                                const PwChartOptions *options);

/* The one palette: the window's grid uses it too. */
void            pw_chart_status_color          (PwStatus              status,
                                                double                rgb[3]);
void            pw_chart_status_ink            (PwStatus              status,
                                                double                rgb[3]);
PwChartPattern  pw_chart_status_pattern        (PwStatus              status);
PwChartSymbol   pw_chart_status_symbol         (PwStatus              status);
void            pw_chart_project_status_color  (PwProjectStatus       status,
                                                double                rgb[3]);
PwChartPattern  pw_chart_project_status_pattern (PwProjectStatus      status);
void            pw_chart_draw_status_symbol    (cairo_t              *cr,
                                                PwStatus              status,
                                                double                cx,
                                                double                cy,
                                                double                size);
void            pw_chart_fill_status           (cairo_t              *cr,
                                                PwStatus              status,
                                                double                x,
                                                double                y,
                                                double                width,
                                                double                height);

G_END_DECLS
