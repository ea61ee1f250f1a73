/* pw-chart-private.h: what the charts share, and their layouts for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every chart is computed in two steps: a layout (where each bar, mark and
 * label goes, from the model and the size alone) and the drawing of that
 * layout. Rendering, hit testing and the tests all use the same layout, so a
 * test can ask where a bar should end and then look at the pixels there.
 */

#pragma once

#include <pango/pangocairo.h>

#include "pw-chart.h"
#include "pw-progress.h"

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} PwChartRect;

/* Colours of the page, besides the statuses. */
extern const double pw_chart_ink[3];        /* text, axes */
extern const double pw_chart_muted[3];      /* secondary text */
extern const double pw_chart_rule[3];       /* grid lines, rules */
extern const double pw_chart_track[3];      /* the band from baseline to target */
extern const double pw_chart_track_edge[3];
extern const double pw_chart_zebra[3];      /* every other row */
extern const double pw_chart_paper[3];

/* Style: one Pango context for measuring and drawing (shared by every
 * style of a thread), with metric hinting off so that a layout is the same
 * on screen, in PNG, SVG and PDF. pw_chart_text_show() and the measures
 * keep the layouts they make for the next label of the same text. */
typedef struct
{
  PangoContext *context;
  PangoFontDescription *font;
  double size;        /* the base font size, in user units */
  double line;        /* the height of a line of base text */
  double margin;
} PwChartStyle;

PwChartStyle *pw_chart_style_new           (double        width,
                                            double        height);
void          pw_chart_style_free          (PwChartStyle *style);
double        pw_chart_style_line          (PwChartStyle *style,
                                            double        scale);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwChartStyle, pw_chart_style_free)

typedef enum
{
  PW_CHART_TEXT_REGULAR = 0,
  PW_CHART_TEXT_BOLD = 1 << 0,
} PwChartTextFlags;

PangoLayout  *pw_chart_text_new            (PwChartStyle     *style,
                                            const char       *text,
                                            double            scale,
                                            PwChartTextFlags  flags,
                                            double            width,
                                            int               max_lines,
                                            PangoAlignment    alignment);
PangoLayout  *pw_chart_text_get            (PwChartStyle     *style,
                                            const char       *text,
                                            double            scale,
                                            PwChartTextFlags  flags,
                                            double            width,
                                            int               max_lines,
                                            PangoAlignment    alignment);
void          pw_chart_text_get_size       (PangoLayout      *layout,
                                            double           *width,
                                            double           *height);
double        pw_chart_text_get_baseline   (PangoLayout      *layout);
void          pw_chart_text_batch_begin    (cairo_t          *cr);
void          pw_chart_text_batch_begin_shared (cairo_t      *recorder);
void          pw_chart_text_batch_end      (cairo_t          *cr);
void          pw_chart_text_draw           (cairo_t          *cr,
                                            PangoLayout      *layout,
                                            double            x,
                                            double            y,
                                            const double      rgb[3]);
double        pw_chart_text_show           (cairo_t          *cr,
                                            PwChartStyle     *style,
                                            const char       *text,
                                            double            scale,
                                            PwChartTextFlags  flags,
                                            double            x,
                                            double            y,
                                            double            width,
                                            int               max_lines,
                                            PangoAlignment    alignment,
                                            const double      rgb[3]);
double        pw_chart_text_measure        (PwChartStyle     *style,
                                            const char       *text,
                                            double            scale,
                                            PwChartTextFlags  flags);
void          pw_chart_text_measure_box    (PwChartStyle     *style,
                                            const char       *text,
                                            double            scale,
                                            PwChartTextFlags  flags,
                                            double            width,
                                            int               max_lines,
                                            PangoAlignment    alignment,
                                            double           *text_width,
                                            double           *text_height);
gboolean      pw_chart_text_is_figure      (PwChartStyle     *style,
                                            const char       *text,
                                            double            scale,
                                            PwChartTextFlags  flags,
                                            double            width);

/* Text as text: while a sink is attached to a cairo context, every label
 * drawn on it is also written as SVG <text> (see pw_chart_export()). */
void          pw_chart_text_sink_attach    (cairo_t          *cr,
                                            GString          *svg);
gboolean      pw_chart_text_sink_is_attached (cairo_t        *cr);

/* Whether drawings can be shared, and text batched, on @cr: on a PDF only,
 * and not while a text sink is attached. */
gboolean      pw_chart_can_share           (cairo_t          *cr);

/* A drawing that many pages repeat (a legend, a table's header): in a PDF,
 * drawn once per thread, kept by @key (which must name everything it
 * shows and where), and painted again, so that the file holds it once and
 * its pages refer to it; on any other surface, drawn each time. */
typedef void (*PwChartDrawFunc) (cairo_t  *cr,
                                 gpointer  data);

void          pw_chart_draw_shared         (cairo_t          *cr,
                                            const char       *key,
                                            double            width,
                                            double            height,
                                            PwChartDrawFunc   draw,
                                            gpointer          data);

void          pw_chart_set_rgb             (cairo_t          *cr,
                                            const double      rgb[3]);
void          pw_chart_fill_pattern        (cairo_t          *cr,
                                            const double      fill[3],
                                            const double      ink[3],
                                            PwChartPattern    pattern,
                                            double            x,
                                            double            y,
                                            double            width,
                                            double            height);
void          pw_chart_fill_project_status (cairo_t          *cr,
                                            PwProjectStatus   status,
                                            double            x,
                                            double            y,
                                            double            width,
                                            double            height);
void          pw_chart_project_status_ink  (PwProjectStatus   status,
                                            double            rgb[3]);
void          pw_chart_draw_target_point   (cairo_t          *cr,
                                            double            cx,
                                            double            cy,
                                            double            radius);
double        pw_chart_draw_alert_tag      (cairo_t          *cr,
                                            PwChartStyle     *style,
                                            double            x,
                                            double            y,
                                            double            scale);
double        pw_chart_alert_tag_width     (PwChartStyle     *style,
                                            double            scale);

/* Frame: the title block, the legend and the note of every chart. */
typedef enum
{
  PW_CHART_LEGEND_STATUS,         /* value: a PwStatus */
  PW_CHART_LEGEND_PROJECT_STATUS, /* value: a PwProjectStatus */
  PW_CHART_LEGEND_TICK,           /* the expected point (序时进度) */
  PW_CHART_LEGEND_ALERT,          /* the 预警 tag */
  PW_CHART_LEGEND_LINE,           /* actual values, a solid line with marks */
  PW_CHART_LEGEND_DASHED,         /* the expected path, dashed */
  PW_CHART_LEGEND_ZONE,           /* where the target is met */
  PW_CHART_LEGEND_TARGET,         /* a target that is a point */
  PW_CHART_LEGEND_NOW,            /* the year judged at */
} PwChartLegendKind;

typedef struct
{
  PwChartLegendKind kind;
  int value;
  char *label;
  PwChartRect swatch;             /* set by pw_chart_frame_finish() */
  PwChartRect text;
} PwChartLegendItem;

typedef struct
{
  PwChartStyle *style;            /* owned */
  double width;
  double height;
  char *title;
  char *subtitle;
  char *date;
  gboolean sample;
  GArray *legend;                 /* of PwChartLegendItem */
  char *note;
  double title_y;
  double legend_y;
  double legend_height;
  double note_y;
  PwChartRect body;
} PwChartFrame;

void          pw_chart_frame_init          (PwChartFrame      *frame,
                                            PwPlan            *plan,
                                            const char        *title,
                                            int                year,
                                            double             width,
                                            double             height);
void          pw_chart_frame_add_legend    (PwChartFrame      *frame,
                                            PwChartLegendKind  kind,
                                            int                value,
                                            const char        *label);
void          pw_chart_frame_add_statuses  (PwChartFrame      *frame);
void          pw_chart_frame_set_note      (PwChartFrame      *frame,
                                            const char        *note);
void          pw_chart_frame_finish        (PwChartFrame      *frame);
void          pw_chart_frame_draw          (PwChartFrame      *frame,
                                            cairo_t           *cr,
                                            guint              page,
                                            guint              n_pages);
void          pw_chart_frame_draw_message  (PwChartFrame      *frame,
                                            cairo_t           *cr,
                                            const char        *message);
void          pw_chart_frame_clear         (PwChartFrame      *frame);
void          pw_chart_frame_draw_stripe   (PwChartFrame      *frame,
                                            cairo_t           *cr,
                                            double             y,
                                            double             height);
double        pw_chart_frame_natural_height (PwChartFrame     *frame,
                                             double            rows_y,
                                             double            rows_height);

/* Helpers for the charts. */
int           pw_chart_options_get_year    (PwPlan               *plan,
                                            const PwChartOptions *options);
gboolean      pw_chart_options_wants       (const PwChartOptions *options,
                                            PwIndicator          *indicator);
char         *pw_chart_format_value        (PwValue              *value,
                                            const char           *unit);
char         *pw_chart_format_number       (double                number,
                                            const char           *unit);
char         *pw_chart_format_latest       (PwIndicator          *indicator,
                                            const PwProgress     *progress,
                                            const char           *unit);
char         *pw_chart_indicator_tooltip   (PwPlan               *plan,
                                            PwIndicator          *indicator,
                                            const PwProgress     *progress);
char         *pw_chart_chapter_label       (PwPlan               *plan,
                                            PwChapter            *chapter);

/* Drawing only what shows: the band of user space that the clip of @cr
 * leaves visible, and the first of @rows (sorted by page, then y; their
 * page, y and height at these offsets) on @page that ends below @y. A
 * screen that shows a few rows of 100,000 then draws only those, and a
 * page of a long chart is found without walking the pages before it. */
void          pw_chart_clip_band           (cairo_t              *cr,
                                            double               *top,
                                            double               *bottom);
guint         pw_chart_rows_find           (GArray               *rows,
                                            gsize                 page_offset,
                                            gsize                 y_offset,
                                            gsize                 height_offset,
                                            guint                 page,
                                            double                y);

#define PW_CHART_ROWS_FIND(rows, type, on_page, from_y)                                     \
  pw_chart_rows_find ((rows), G_STRUCT_OFFSET (type, page), G_STRUCT_OFFSET (type, y),       \
                      G_STRUCT_OFFSET (type, height), (on_page), (from_y))

/* Rows of groups on pages, as the progress chart and the timeline lay them
 * out: a group heading never ends a page (it needs one row under it), a
 * page that starts inside a group repeats the group's heading on top, and
 * every other row of a page is striped. */
typedef struct
{
  double rows_y;                  /* where the rows start on every page */
  double available;               /* the height they may take on a page */
  double row_height;
  double group_height;
  guint page;
  guint n_on_page;
  double used;                    /* on this page */
  double total;                   /* on every page: the rows' height in one */
} PwChartPager;

void          pw_chart_pager_init          (PwChartPager         *pager,
                                            double                rows_y,
                                            double                available,
                                            double                row_height,
                                            double                group_height);
void          pw_chart_pager_heading       (PwChartPager         *pager,
                                            guint                *page,
                                            double               *y);
gboolean      pw_chart_pager_row           (PwChartPager         *pager,
                                            guint                *page,
                                            double               *y,
                                            gboolean             *striped);

/* Progress chart. */
typedef struct
{
  gboolean is_group;
  gboolean continued;             /* a group heading repeated on a new page */
  const char *group;
  guint group_size;
  PwIndicator *indicator;         /* borrowed; NULL for a group heading */
  guint index;                    /* position of the indicator in the plan */
  gboolean striped;               /* every other indicator of a page is shaded */
  guint page;
  double y;
  double height;
} PwChartProgressRow;

typedef struct
{
  PwChartFrame frame;
  PwPlan *plan;                   /* borrowed */
  int year;
  GArray *rows;                   /* of PwChartProgressRow */
  guint n_indicators;
  guint n_pages;
  double name_x, name_width;
  double track_x, track_width;
  double value_x, value_width;
  double axis_y, axis_height;
  double rows_y;
  double row_height;
  double group_height;
  double lo, hi;                  /* the completion at the two ends of the track */
  double natural_height;
} PwChartProgressLayout;

typedef struct
{
  PwProgress progress;
  gboolean has_track;             /* baseline and target are numbers */
  gboolean has_bar;               /* a bar of completion from the baseline */
  gboolean has_mark;              /* the latest actual value on the bar */
  gboolean has_tick;              /* the expected point this year */
  gboolean clipped;               /* the value lies beyond the end of the track */
  double track_x0, track_x1;      /* where the baseline and the target are */
  double bar_x0, bar_x1;          /* the bar, x0 < x1 */
  double bar_y, bar_height;
  double mark_x, mark_y, mark_size;
  double tick_x;
  double label_y;                 /* top of the line under the bar */
} PwChartProgressBar;

PwChartProgressLayout *pw_chart_progress_layout_new   (PwPlan                *plan,
                                                       const PwChartOptions  *options,
                                                       double                 width,
                                                       double                 height);
void                   pw_chart_progress_layout_free  (PwChartProgressLayout *layout);
double                 pw_chart_progress_layout_x     (PwChartProgressLayout *layout,
                                                       double                 completion);
void                   pw_chart_progress_layout_bar   (PwChartProgressLayout *layout,
                                                       const PwChartProgressRow *row,
                                                       PwChartProgressBar    *bar);
void  pw_chart_progress_layout_draw (PwChartProgressLayout *layout,
                                     const PwChartOptions  *options,
                                     cairo_t               *cr,
                                     guint                 page);
char *pw_chart_progress_layout_hit_test (PwChartProgressLayout *layout,
                                         const PwChartOptions  *options,
                                         guint                 page,
                                         double                x,
                                         double                y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwChartProgressLayout, pw_chart_progress_layout_free)

/* Domain summary. */
typedef struct
{
  const char *group;              /* NULL for the row of all indicators */
  guint counts[PW_N_STATUSES];
  guint total;
  GPtrArray *alerts;              /* of PwIndicator, borrowed */
  PwChartRect segments[PW_N_STATUSES]; /* zero width for a count of 0 */
  guint page;
  double y;
  double height;
  double bar_y;
  double bar_height;
} PwChartSummaryRow;

typedef struct
{
  PwChartFrame frame;
  PwPlan *plan;
  int year;
  GArray *rows;                   /* of PwChartSummaryRow; the first is all indicators */
  guint n_pages;
  double name_x, name_width;
  double bar_x, bar_width;
  double alert_x, alert_width;
  double unit;                    /* width of one indicator in a domain's bar */
  guint scale_max;
  double axis_y;
  double rows_y;
  double natural_height;
} PwChartSummaryLayout;

PwChartSummaryLayout *pw_chart_summary_layout_new  (PwPlan                *plan,
                                                    const PwChartOptions  *options,
                                                    double                 width,
                                                    double                 height);
void                  pw_chart_summary_layout_free (PwChartSummaryLayout  *layout);
void  pw_chart_summary_layout_draw (PwChartSummaryLayout  *layout,
                                    const PwChartOptions  *options,
                                    cairo_t               *cr,
                                    guint                 page);
char *pw_chart_summary_layout_hit_test (PwChartSummaryLayout  *layout,
                                        const PwChartOptions  *options,
                                        guint                 page,
                                        double                x,
                                        double                y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwChartSummaryLayout, pw_chart_summary_layout_free)

/* Indicator trend. */
typedef struct
{
  int year;
  double value;                   /* a number, or the rank of a state (1–4) */
  PwProgress progress;            /* judged at @year */
  gboolean is_baseline;
  double x, y;
} PwChartTrendPoint;

typedef struct
{
  PwChartFrame frame;
  PwPlan *plan;
  PwIndicator *indicator;         /* borrowed; NULL when the plan has none to show */
  gboolean qualitative;
  int year;
  int first_year, last_year;
  PwChartRect plot;
  double y_min, y_max;
  double y_step;
  double baseline, target;        /* NAN when not numbers */
  PwIndicatorKind kind;           /* judged as; cumulative: running totals; growth: rates */
  double level;                   /* a growth rate's baseline level, NAN when none */
  PwComparator comparator;
  GArray *points;                 /* of PwChartTrendPoint: baseline, then actuals */
  PwProgress progress;            /* at the year judged */
  double table_y;                 /* the value table under the plot */
  double table_row;
  double natural_height;
} PwChartTrendLayout;

PwChartTrendLayout *pw_chart_trend_layout_new  (PwPlan               *plan,
                                                const PwChartOptions *options,
                                                double                width,
                                                double                height);
void                pw_chart_trend_layout_free (PwChartTrendLayout   *layout);
double              pw_chart_trend_layout_x    (PwChartTrendLayout   *layout,
                                                double                year);
double              pw_chart_trend_layout_y    (PwChartTrendLayout   *layout,
                                                double                value);
void  pw_chart_trend_layout_draw (PwChartTrendLayout    *layout,
                                  const PwChartOptions  *options,
                                  cairo_t               *cr,
                                  guint                 page);
char *pw_chart_trend_layout_hit_test (PwChartTrendLayout    *layout,
                                      const PwChartOptions  *options,
                                      guint                 page,
                                      double                x,
                                      double                y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwChartTrendLayout, pw_chart_trend_layout_free)

/* Project timeline. */
typedef struct
{
  gboolean is_group;
  gboolean continued;
  PwChapter *chapter;             /* borrowed */
  PwBox *box;                     /* borrowed */
  PwProject *project;             /* borrowed; NULL for a heading */
  gboolean striped;
  guint page;
  double y;
  double height;
  gboolean has_bar;
  double bar_x0, bar_x1;          /* from the start of the first year to the end of the last */
  double done_x1;                 /* the end of the part done */
  double bar_y, bar_height;
} PwChartTimelineRow;

typedef struct
{
  PwChartFrame frame;
  PwPlan *plan;
  int year;
  int first_year, last_year;
  GArray *rows;                   /* of PwChartTimelineRow */
  guint n_projects;
  guint n_pages;
  double name_x, name_width;
  double axis_x, axis_width;
  double value_x, value_width;
  double axis_y, axis_height;
  double rows_y;
  double row_height;
  double group_height;
  double natural_height;
} PwChartTimelineLayout;

PwChartTimelineLayout *pw_chart_timeline_layout_new   (PwPlan                *plan,
                                                       const PwChartOptions  *options,
                                                       double                 width,
                                                       double                 height);
void                   pw_chart_timeline_layout_free  (PwChartTimelineLayout *layout);
double                 pw_chart_timeline_layout_x     (PwChartTimelineLayout *layout,
                                                       double                 year);
void  pw_chart_timeline_layout_draw (PwChartTimelineLayout *layout,
                                     const PwChartOptions  *options,
                                     cairo_t               *cr,
                                     guint                 page);
char *pw_chart_timeline_layout_hit_test (PwChartTimelineLayout *layout,
                                         const PwChartOptions  *options,
                                         guint                 page,
                                         double                x,
                                         double                y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwChartTimelineLayout, pw_chart_timeline_layout_free)

/* The printed report's cover (pw-printout-cover.c). */
void  pw_printout_draw_cover (cairo_t           *cr,
                              PwChartStyle      *style,
                              PwPlan            *plan,
                              int                year,
                              const PwChartRect *content);

G_END_DECLS
