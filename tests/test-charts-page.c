/* test-charts-page.c: the Charts page, the export of a chart, and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with the environment of tests/meson.build. The page is
 * looked at through what it draws: its drawing area rendered to a texture,
 * compared before and after a change of the model, with the chart layer's
 * own layout saying where a bar ends. With PW_SCREENSHOT_DIR set, the page
 * and the export dialog are also saved there as PNG files (charts-*.png).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "pw-chart-private.h"
#include "pw-chart-view.h"
#include "pw-charts-page.h"
#include "pw-export-dialog.h"
#include "pw-outline.h"
#include "pw-plan-file.h"
#include "pw-print.h"
#include "pw-printout.h"
#include "pw-test-ui.h"
#include "pw-test-util.h"
#include "pw-window.h"

/* 40% → 55% (约束性), 46% in 2023: a bar that closes 40% of the gap */
#define NURSING_BEDS "养老机构护理型床位占比"
#define NURSING_BEDS_DOMAIN "养老服务"

/* What the view shows; x and y of the helpers below are the chart's, and
 * the view shows the chart from (left, top). */
typedef struct
{
  guchar *data;
  int width;
  int height;
  gsize stride;
  double left;
  double top;
} Pixels;

/* Auxiliary methods */

static PwPlan *
load_sample (void)
{
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PwPlan *plan = pw_plan_load (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static GtkWidget *
page_area (PwChartsPage *page)
{
  return pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHARTS_PAGE, "view");
}

static PwChartView *
page_view (PwChartsPage *page)
{
  return PW_CHART_VIEW (page_area (page));
}

static GtkAdjustment *
page_vadjustment (PwChartsPage *page)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (page_area (page)));
}

/* Scrolls the chart so that the line @y shows, a little below the top. */
static void
scroll_to (PwChartsPage *page,
           double        y)
{
  gtk_adjustment_set_value (page_vadjustment (page), MAX (0, y - 60));
  pw_test_ui_settle ();
}

static GdkTexture *
render_widget (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* What the drawing area shows, as pixels (cairo's ARGB32). */
static Pixels
read_area (PwChartsPage *page)
{
  g_autoptr(GdkTexture) texture = render_widget (page_area (page));
  Pixels pixels;

  pixels.left = gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (page_area (page))));
  pixels.top = gtk_adjustment_get_value (page_vadjustment (page));
  pixels.width = gdk_texture_get_width (texture);
  pixels.height = gdk_texture_get_height (texture);
  pixels.stride = (gsize) pixels.width * 4;
  pixels.data = g_malloc (pixels.stride * pixels.height);
  gdk_texture_download (texture, pixels.data, pixels.stride);
  return pixels;
}

static guint32
pixel_at (const Pixels *pixels,
          double        x,
          double        y)
{
  int ix = (int) floor (x - pixels->left), iy = (int) floor (y - pixels->top);

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, pixels->width);
  g_assert_cmpint (iy, <, pixels->height);
  return *(guint32 *) (pixels->data + iy * pixels->stride + ix * 4);
}

/* Whether a pixel is of a colour, give or take Cairo's rounding. */
static gboolean
pixel_is (guint32       pixel,
          const double  rgb[3])
{
  for (int c = 0; c < 3; c++)
    {
      int have = (pixel >> (16 - 8 * c)) & 0xff;

      if (abs (have - (int) round (rgb[c] * 255)) > 1)
        return FALSE;
    }
  return TRUE;
}

static gboolean
pixels_equal (const Pixels *a,
              const Pixels *b)
{
  return a->width == b->width && a->height == b->height &&
         memcmp (a->data, b->data, a->stride * a->height) == 0;
}

/* Whether anything differs in the rows from @y0 to @y1. */
static gboolean
band_differs (const Pixels *a,
              const Pixels *b,
              double        y0,
              double        y1)
{
  g_assert_cmpint (a->width, ==, b->width);
  g_assert_cmpfloat (a->top, ==, b->top);
  y0 -= a->top;
  y1 -= a->top;
  for (int y = MAX (0, (int) y0); y < MIN ((int) ceil (y1), MIN (a->height, b->height)); y++)
    if (memcmp (a->data + y * a->stride, b->data + y * b->stride, a->stride) != 0)
      return TRUE;
  return FALSE;
}

/* The share of pixels that are not the paper's (the corner's). */
static double
ink_share (const Pixels *pixels)
{
  guint32 paper = pixel_at (pixels, pixels->left, pixels->top);
  guint64 inked = 0;

  for (int y = 0; y < pixels->height; y++)
    for (int x = 0; x < pixels->width; x++)
      inked += *(guint32 *) (pixels->data + y * pixels->stride + x * 4) != paper;
  return (double) inked / ((double) pixels->width * pixels->height);
}

static void
pixels_clear (Pixels *pixels)
{
  g_clear_pointer (&pixels->data, g_free);
}

/* The bar of @indicator in the progress chart, as the page draws it now. */
static void
progress_bar (PwChartsPage       *page,
              PwIndicator        *indicator,
              PwChartProgressBar *bar)
{
  PwChartView *view = page_view (page);
  PwChartOptions options;
  g_autoptr(PwChartProgressLayout) layout = NULL;

  pw_charts_page_get_options (page, &options);
  layout = pw_chart_progress_layout_new (pw_plan_page_get_plan (PW_PLAN_PAGE (page)), &options,
                                         pw_chart_view_get_chart_width (view),
                                         pw_chart_view_get_chart_height (view));
  for (guint i = 0; i < layout->rows->len; i++)
    {
      PwChartProgressRow *row = &g_array_index (layout->rows, PwChartProgressRow, i);

      if (row->indicator == indicator)
        {
          g_assert_cmpuint (row->page, ==, 0);
          pw_chart_progress_layout_bar (layout, row, bar);
          return;
        }
    }
  g_assert_not_reached ();
}

static guint
find_scope (GtkDropDown *dropdown,
            const char  *label)
{
  GListModel *scopes = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (scopes); i++)
    {
      g_autoptr(GObject) scope = g_list_model_get_item (scopes, i);
      g_autofree char *text = NULL;

      g_object_get (scope, "label", &text, NULL);
      if (g_strcmp0 (text, label) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("PW_SCREENSHOT_DIR");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  pw_test_ui_settle ();
  texture = render_widget (widget);
  path = g_strdup_printf ("%s/charts-%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

static PwWindow *
open_sample_window (gboolean read_only)
{
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PwWindow *window = pw_window_new (NULL);

  pw_window_set_read_only (window, read_only);
  g_assert_true (pw_window_load_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  pw_test_ui_settle ();
  return window;
}

static GtkWindow *
find_toplevel (GType      type,
               GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_window_get_transient_for (window) == parent)
        return window;
    }
  return NULL;
}

static GBytes *
read_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

/* The text of a PDF, its binary streams' NULs made spaces, to search. */
static char *
pdf_text (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  char *text;

  g_assert_true (size > 5 && memcmp (data, "%PDF-", 5) == 0);
  text = g_malloc (size + 1);
  for (gsize i = 0; i < size; i++)
    text[i] = data[i] != '\0' ? data[i] : ' ';
  text[size] = '\0';
  return text;
}

/* The pages of a PDF written by cairo: its page objects ("/Type /Page",
 * not "/Type /Pages"), checked against the count of the page tree. */
static guint
count_pdf_pages (GBytes *bytes)
{
  g_autofree char *text = pdf_text (bytes);
  g_autoptr(GRegex) count = g_regex_new ("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)", G_REGEX_DOTALL | G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *tree_count = NULL;
  guint pages = 0;

  for (const char *p = text; (p = strstr (p, "/Type /Page")) != NULL; p++)
    if (p[11] != 's')
      pages++;

  g_assert_true (g_regex_match (count, text, 0, &match));
  tree_count = g_match_info_fetch (match, 1);
  g_assert_cmpuint (pages, ==, (guint) atoi (tree_count));
  return pages;
}

/* The size of the first page of a PDF, in points. */
static void
pdf_page_size (GBytes *bytes,
               double *width,
               double *height)
{
  g_autofree char *text = pdf_text (bytes);
  g_autoptr(GRegex) box = g_regex_new ("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]", G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *w = NULL;
  g_autofree char *h = NULL;

  g_assert_true (g_regex_match (box, text, 0, &match));
  w = g_match_info_fetch (match, 1);
  h = g_match_info_fetch (match, 2);
  *width = g_ascii_strtod (w, NULL);
  *height = g_ascii_strtod (h, NULL);
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Tests */

static void
test_charts_page_draws_sample (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChartsPage *page = PW_CHARTS_PAGE (pw_charts_page_new ());
  GtkDropDown *scopes, *kinds;
  GtkWindow *window;
  GtkWidget *area;
  PwChartOptions options;
  Pixels pixels;
  double natural;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  window = pw_test_ui_show (GTK_WIDGET (page), 1000, 700);
  area = page_area (page);

  /* the indicator progress of the whole plan, as tall as it needs */
  g_assert_cmpuint (pw_charts_page_get_kind (page), ==, PW_CHART_PROGRESS);
  pw_charts_page_get_options (page, &options);
  g_assert_null (options.domain);
  g_assert_null (options.chapter_id);
  natural = pw_chart_get_natural_height (PW_CHART_PROGRESS, plan, &options, gtk_widget_get_width (area));
  g_assert_cmpfloat (pw_chart_view_get_chart_width (page_view (page)), ==, gtk_widget_get_width (area));
  g_assert_cmpfloat (pw_chart_view_get_chart_height (page_view (page)), ==, ceil (natural));
  g_assert_cmpfloat (natural, >, 700);
  g_assert_cmpuint (pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, &options, gtk_widget_get_width (area),
                                          pw_chart_view_get_chart_height (page_view (page))), ==, 1);
  /* the view is as tall as the window leaves it, and scrolls over the chart */
  g_assert_cmpint (gtk_widget_get_height (area), <, 700);
  g_assert_cmpfloat (gtk_adjustment_get_upper (page_vadjustment (page)), ==, ceil (natural));
  g_assert_cmpfloat (gtk_adjustment_get_page_size (page_vadjustment (page)), ==, gtk_widget_get_height (area));

  pixels = read_area (page);
  g_assert_cmpfloat (ink_share (&pixels), >, 0.05);
  pixels_clear (&pixels);

  /* the kinds are the chart layer's; what a chart covers comes from the plan */
  kinds = GTK_DROP_DOWN (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHARTS_PAGE, "kind_dropdown"));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (kinds)), ==, PW_CHART_N_KINDS);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (kinds)), PW_CHART_TREND),
                   ==, pw_chart_kind_to_label (PW_CHART_TREND));
  scopes = GTK_DROP_DOWN (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHARTS_PAGE, "scope_dropdown"));
  g_assert_cmpuint (find_scope (scopes, "Whole plan"), ==, 0);
  g_assert_cmpuint (find_scope (scopes, NURSING_BEDS_DOMAIN), !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (find_scope (scopes, "第三章 提供安全普惠的婴幼儿照护服务"), !=, GTK_INVALID_LIST_POSITION);
  /* a chapter without indicators is not offered */
  g_assert_cmpuint (find_scope (scopes, "第一章 发展基础和形势"), ==, GTK_INVALID_LIST_POSITION);

  /* the timeline offers the chapters with projects, and no domains */
  pw_charts_page_set_kind (page, PW_CHART_TIMELINE);
  g_assert_cmpuint (gtk_drop_down_get_selected (kinds), ==, PW_CHART_TIMELINE);
  g_assert_cmpuint (find_scope (scopes, NURSING_BEDS_DOMAIN), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (find_scope (scopes, "第三章 提供安全普惠的婴幼儿照护服务"), !=, GTK_INVALID_LIST_POSITION);
  pw_test_ui_settle ();
  pixels = read_area (page);
  g_assert_cmpfloat (ink_share (&pixels), >, 0.05);
  pixels_clear (&pixels);
  screenshot (GTK_WIDGET (window), "timeline");

  pw_charts_page_set_kind (page, PW_CHART_PROGRESS);
  screenshot (GTK_WIDGET (window), "progress");
  pw_test_ui_destroy_and_release (window, &plan);
}

/* An actual value changed through the model moves the bar; undo moves it
 * back; another scope draws another chart. */
static void
test_charts_page_follows_model (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChartsPage *page = PW_CHARTS_PAGE (pw_charts_page_new ());
  PwIndicator *indicator = pw_test_find_indicator (plan, NURSING_BEDS);
  g_autoptr(PwValue) value = pw_value_new ("52%");
  PwChartProgressBar before, after;
  GtkDropDown *scopes;
  GtkWindow *window;
  PwChartOptions options;
  Pixels first, moved, undone, domain;
  int whole_height;
  guint position;
  double grown;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  window = pw_test_ui_show (GTK_WIDGET (page), 1000, 700);

  progress_bar (page, indicator, &before);
  g_assert_true (before.has_bar);
  scroll_to (page, before.bar_y);
  first = read_area (page);

  /* 46% → 52% in 2023: 40% of the gap closed becomes 80% */
  pw_indicator_set_actual (indicator, 2023, value);
  pw_test_ui_settle ();
  progress_bar (page, indicator, &after);
  g_assert_cmpfloat (after.bar_x1, >, before.bar_x1 + 20);
  moved = read_area (page);
  g_assert_true (band_differs (&first, &moved, after.bar_y, after.bar_y + after.bar_height));
  /* where the bar grew, the track became bar (away from the black tick of
   * the expected point, drawn over both) */
  grown = before.bar_x1 + (after.bar_x1 - before.bar_x1) / 4;
  if (fabs (grown - after.tick_x) < 4)
    grown = before.bar_x1 + (after.bar_x1 - before.bar_x1) * 3 / 4;
  g_assert_cmpuint (pixel_at (&first, grown, after.bar_y + after.bar_height / 2), !=,
                    pixel_at (&moved, grown, after.bar_y + after.bar_height / 2));

  /* undo is a step of the history too */
  g_assert_true (pw_history_undo (pw_plan_get_history (plan)));
  pw_test_ui_settle ();
  undone = read_area (page);
  g_assert_true (pixels_equal (&first, &undone));

  /* one domain: a shorter chart of its indicators */
  whole_height = pw_chart_view_get_chart_height (page_view (page));
  scopes = GTK_DROP_DOWN (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHARTS_PAGE, "scope_dropdown"));
  position = find_scope (scopes, NURSING_BEDS_DOMAIN);
  gtk_drop_down_set_selected (scopes, position);
  pw_test_ui_settle ();
  pw_charts_page_get_options (page, &options);
  g_assert_cmpstr (options.domain, ==, NURSING_BEDS_DOMAIN);
  g_assert_cmpint (pw_chart_view_get_chart_height (page_view (page)), <, whole_height);
  domain = read_area (page);
  g_assert_false (pixels_equal (&first, &domain));
  progress_bar (page, indicator, &after);

  /* the domain is kept while the trend is shown, and comes back */
  pw_charts_page_set_kind (page, PW_CHART_TREND);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (scopes)));
  g_assert_true (gtk_widget_get_visible (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHARTS_PAGE, "indicator_dropdown")));
  pw_charts_page_set_kind (page, PW_CHART_PROGRESS);
  pw_charts_page_get_options (page, &options);
  g_assert_cmpstr (options.domain, ==, NURSING_BEDS_DOMAIN);

  /* a chapter, through the API; a scope the chart does not offer is refused */
  g_assert_true (pw_charts_page_set_scope (page, NULL, "ch-8"));
  pw_charts_page_get_options (page, &options);
  g_assert_null (options.domain);
  g_assert_cmpstr (options.chapter_id, ==, "ch-8");
  g_assert_false (pw_charts_page_set_scope (page, "没有的领域", NULL));
  pw_charts_page_get_options (page, &options);
  g_assert_null (options.domain);
  g_assert_null (options.chapter_id);

  /* a new domain in the model is offered at once */
  pw_indicator_set_domain (indicator, "新领域");
  pw_test_ui_settle ();
  g_assert_cmpuint (find_scope (scopes, "新领域"), !=, GTK_INVALID_LIST_POSITION);
  g_assert_true (pw_charts_page_set_scope (page, "新领域", NULL));

  pixels_clear (&first);
  pixels_clear (&moved);
  pixels_clear (&undone);
  pixels_clear (&domain);
  pw_test_ui_destroy_and_release (window, &plan);
}

static void
test_charts_page_tooltip (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChartsPage *page = PW_CHARTS_PAGE (pw_charts_page_new ());
  PwIndicator *indicator = pw_test_find_indicator (plan, NURSING_BEDS);
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  PwChartProgressBar bar;
  GtkWindow *window;
  g_autofree char *text = NULL;
  g_autofree char *nothing = NULL;
  double x, y, top;
  gboolean shown = FALSE;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  window = pw_test_ui_show (GTK_WIDGET (page), 1000, 700);

  progress_bar (page, indicator, &bar);
  x = (bar.bar_x0 + bar.bar_x1) / 2;
  y = bar.bar_y + bar.bar_height / 2;
  text = pw_charts_page_get_tooltip_text (page, x, y);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, NURSING_BEDS));
  g_assert_nonnull (strstr (text, "46%"));

  /* the view answers GTK's query with it, at the point of the view where
   * the chart's point shows */
  scroll_to (page, y);
  top = gtk_adjustment_get_value (page_vadjustment (page));
  g_assert_cmpfloat (top, >, 0);
  g_signal_emit_by_name (page_area (page), "query-tooltip", (int) x, (int) (y - top), FALSE, tooltip, &shown);
  g_assert_true (shown);
  shown = TRUE;
  g_signal_emit_by_name (page_area (page), "query-tooltip", (int) x, (int) (y - top), TRUE, tooltip, &shown);
  g_assert_false (shown);
  scroll_to (page, 0);

  /* the corner has the chart's title, and no tooltip */
  nothing = pw_charts_page_get_tooltip_text (page, 2, 2);
  g_assert_null (nothing);
  shown = TRUE;
  g_signal_emit_by_name (page_area (page), "query-tooltip", 2, 2, FALSE, tooltip, &shown);
  g_assert_false (shown);

  pw_test_ui_destroy_and_release (window, &plan);
}

/* A label showing want[0] right above a label showing want[1]. */
static gboolean
is_name_over_group (GtkWidget *widget,
                    gpointer   data)
{
  const char **want = data;
  GtkWidget *next = gtk_widget_get_next_sibling (widget);

  return GTK_IS_LABEL (widget) && next != NULL && GTK_IS_LABEL (next) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), want[0]) == 0 &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (next)), want[1]) == 0;
}

static void
test_charts_page_show_indicator (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChartsPage *page = PW_CHARTS_PAGE (pw_charts_page_new ());
  PwIndicator *indicator = pw_test_find_indicator (plan, NURSING_BEDS);
  GtkDropDown *indicators;
  GtkWindow *window;
  PwChartOptions options;
  Pixels progress, trend;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  window = pw_test_ui_show (GTK_WIDGET (page), 1000, 700);
  progress = read_area (page);

  /* the trend starts on the chart layer's first indicator with numbers */
  indicators = GTK_DROP_DOWN (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHARTS_PAGE, "indicator_dropdown"));
  g_assert_true (gtk_drop_down_get_selected_item (indicators) == pw_chart_trend_find_indicator (plan, NULL));
  g_assert_true (gtk_drop_down_get_enable_search (indicators));

  pw_charts_page_show_indicator (page, indicator);
  pw_test_ui_settle ();
  g_assert_cmpuint (pw_charts_page_get_kind (page), ==, PW_CHART_TREND);
  pw_charts_page_get_options (page, &options);
  g_assert_cmpstr (options.indicator_id, ==, pw_object_get_id (PW_OBJECT (indicator)));
  g_assert_true (gtk_drop_down_get_selected_item (indicators) == (gpointer) indicator);
  trend = read_area (page);
  g_assert_false (pixels_equal (&progress, &trend));
  g_assert_cmpfloat (ink_share (&trend), >, 0.05);
  screenshot (GTK_WIDGET (window), "trend");

  /* choosing another in the drop-down shows its trend */
  gtk_drop_down_set_selected (indicators, 0);
  pw_charts_page_get_options (page, &options);
  {
    g_autoptr(PwIndicator) first = g_list_model_get_item (pw_plan_get_indicators (plan), 0);

    g_assert_cmpstr (options.indicator_id, ==, pw_object_get_id (PW_OBJECT (first)));
  }

  /* the drop-down's list: a row shows an indicator's name and, under it,
   * the group the charts put it in, and follows a rename */
  {
    g_autoptr(PwIndicator) first = g_list_model_get_item (gtk_drop_down_get_model (indicators), 0);
    const char *want[2] = { pw_indicator_get_name (first), pw_chart_indicator_group (first) };
    GtkWidget *name;

    gtk_popover_popup (GTK_POPOVER (pw_test_ui_find_descendant (GTK_WIDGET (indicators), GTK_TYPE_POPOVER)));
    pw_test_ui_settle ();
    name = pw_test_ui_find_widget (GTK_WIDGET (indicators), is_name_over_group, want);
    g_assert_nonnull (name);
    g_assert_true (gtk_widget_get_mapped (name));
    pw_indicator_set_name (first, "改名后的指标");
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (name)), ==, "改名后的指标");
  }

  pixels_clear (&progress);
  pixels_clear (&trend);
  pw_test_ui_destroy_and_release (window, &plan);
}

/* The window's Export Chart: the chart of the Charts page, to PNG, SVG and
 * PDF files of the sizes asked. */
static void
test_charts_page_export (void)
{
  PwWindow *window = open_sample_window (FALSE);
  PwPlan *plan = pw_window_get_plan (window);
  PwChartsPage *page = PW_CHARTS_PAGE (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "charts_page"));
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *png_path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "chart.pdf", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  PwExportDialog *dialog;
  GtkWindow *chooser;
  gint64 deadline;
  PwChartOptions options = { 0 };
  const guchar *data;
  gsize size;
  double width, height;

  /* from the overview: the progress of the whole plan */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL);
  pw_test_ui_settle ();
  dialog = PW_EXPORT_DIALOG (find_toplevel (PW_TYPE_EXPORT_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (pw_export_dialog_get_chart_label (dialog), pw_chart_kind_to_label (PW_CHART_PROGRESS)));
  g_assert_nonnull (strstr (pw_export_dialog_get_chart_label (dialog), "whole plan"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  pw_test_ui_settle ();
  g_assert_null (find_toplevel (PW_TYPE_EXPORT_DIALOG, GTK_WINDOW (window)));

  /* from the Charts page: its chart, with its scope */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "charts");
  pw_test_ui_settle ();
  g_assert_true (pw_charts_page_set_scope (page, NURSING_BEDS_DOMAIN, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL);
  pw_test_ui_settle ();
  dialog = PW_EXPORT_DIALOG (find_toplevel (PW_TYPE_EXPORT_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (pw_export_dialog_get_chart_label (dialog), NURSING_BEDS_DOMAIN));
  screenshot (GTK_WIDGET (dialog), "export-dialog");

  /* PNG: A4 landscape at 2×, pixels = points × scale */
  pw_export_dialog_set_format (dialog, PW_CHART_FORMAT_PNG);
  pw_export_dialog_set_size (dialog, PW_PRINTOUT_A4_HEIGHT, PW_PRINTOUT_A4_WIDTH);
  pw_export_dialog_set_scale (dialog, 2);
  name = pw_export_dialog_get_file_name (dialog);
  g_assert_true (g_str_has_suffix (name, NURSING_BEDS_DOMAIN ".png"));
  g_assert_true (pw_export_dialog_export (dialog, png, &error));
  g_assert_no_error (error);
  bytes = read_file (png);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpuint (size, >, 24);
  g_assert_true (memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0);
  g_assert_cmpuint (read_be32 (data + 16), ==, (guint32) ceil (PW_PRINTOUT_A4_HEIGHT * 2));
  g_assert_cmpuint (read_be32 (data + 20), ==, (guint32) ceil (PW_PRINTOUT_A4_WIDTH * 2));
  g_clear_pointer (&bytes, g_bytes_unref);

  /* 1600 × 1000 at 1× */
  pw_export_dialog_set_size (dialog, 1600, 1000);
  pw_export_dialog_set_scale (dialog, 1);
  g_assert_true (pw_export_dialog_export (dialog, png, &error));
  bytes = read_file (png);
  data = g_bytes_get_data (bytes, NULL);
  g_assert_cmpuint (read_be32 (data + 16), ==, 1600);
  g_assert_cmpuint (read_be32 (data + 20), ==, 1000);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* SVG */
  pw_export_dialog_set_format (dialog, PW_CHART_FORMAT_SVG);
  g_clear_pointer (&name, g_free);
  name = pw_export_dialog_get_file_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".svg"));
  g_assert_true (pw_export_dialog_export (dialog, svg, &error));
  g_assert_no_error (error);
  bytes = read_file (svg);
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_strstr_len ((const char *) data, size, "<svg") != NULL);
  g_assert_true (g_strstr_len ((const char *) data, size, NURSING_BEDS) != NULL);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* PDF: every page of the chart at the size chosen */
  pw_export_dialog_set_format (dialog, PW_CHART_FORMAT_PDF);
  pw_export_dialog_set_size (dialog, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  pw_export_dialog_get_size (dialog, &width, &height);
  g_assert_cmpfloat (width, ==, PW_PRINTOUT_A4_WIDTH);
  g_assert_true (pw_export_dialog_export (dialog, pdf, &error));
  g_assert_no_error (error);
  bytes = read_file (pdf);
  options.domain = NURSING_BEDS_DOMAIN;
  g_assert_cmpuint (count_pdf_pages (bytes), ==,
                    pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, &options, width, height));
  g_assert_cmpuint (count_pdf_pages (bytes), ==, pw_export_dialog_get_n_pages (dialog));
  g_clear_pointer (&bytes, g_bytes_unref);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  pw_test_ui_settle ();

  /* the whole plan on a small page takes several: a PNG holds the one chosen */
  g_assert_true (pw_charts_page_set_scope (page, NULL, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL);
  pw_test_ui_settle ();
  dialog = PW_EXPORT_DIALOG (find_toplevel (PW_TYPE_EXPORT_DIALOG, GTK_WINDOW (window)));
  g_assert_cmpuint (pw_export_dialog_get_format (dialog), ==, PW_CHART_FORMAT_PNG);
  pw_export_dialog_set_format (dialog, PW_CHART_FORMAT_PDF);
  pw_export_dialog_set_size (dialog, 600, 400);
  g_assert_cmpuint (pw_export_dialog_get_n_pages (dialog), >, 2);
  pw_export_dialog_set_page (dialog, 1);
  g_assert_cmpuint (pw_export_dialog_get_page (dialog), ==, 1);
  g_assert_true (pw_export_dialog_export (dialog, pdf, &error));
  bytes = read_file (pdf);
  g_assert_cmpuint (count_pdf_pages (bytes), ==, pw_export_dialog_get_n_pages (dialog));
  g_clear_pointer (&bytes, g_bytes_unref);
  pw_export_dialog_set_format (dialog, PW_CHART_FORMAT_PNG);
  g_assert_true (pw_export_dialog_export (dialog, png, &error));
  {
    g_autoptr(GFile) first = g_file_new_build_filename (dir, "first.png", NULL);
    g_autoptr(GBytes) first_bytes = NULL;

    pw_export_dialog_set_page (dialog, 0);
    g_assert_true (pw_export_dialog_export (dialog, first, &error));
    first_bytes = read_file (first);
    bytes = read_file (png);
    g_assert_false (g_bytes_equal (bytes, first_bytes));
    /* a page of 400, at 2×, the scale a dialog starts with */
    g_assert_cmpuint (read_be32 ((const guchar *) g_bytes_get_data (bytes, NULL) + 20), ==, 800);
    g_clear_pointer (&bytes, g_bytes_unref);
  }

  /* or the whole chart at that width, as tall as it needs */
  pw_export_dialog_set_whole_chart (dialog, TRUE);
  g_assert_true (pw_export_dialog_export (dialog, png, &error));
  g_assert_no_error (error);
  bytes = read_file (png);
  data = g_bytes_get_data (bytes, NULL);
  g_assert_cmpuint (read_be32 (data + 16), ==, 1200);
  g_assert_cmpuint (read_be32 (data + 20), ==,
                    (guint32) ceil (2 * ceil (pw_chart_get_natural_height (PW_CHART_PROGRESS, plan, NULL, 600))));
  g_clear_pointer (&bytes, g_bytes_unref);

  gtk_window_destroy (GTK_WINDOW (dialog));
  pw_test_ui_settle ();

  /* Export… asks for the file, named after the plan and the chart; a file
   * chooser cancelled goes back to the choices, one accepted is written */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL);
  pw_test_ui_settle ();
  dialog = PW_EXPORT_DIALOG (find_toplevel (PW_TYPE_EXPORT_DIALOG, GTK_WINDOW (window)));
  pw_export_dialog_set_format (dialog, PW_CHART_FORMAT_SVG);
  g_clear_pointer (&name, g_free);
  name = pw_export_dialog_get_file_name (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  pw_test_ui_settle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (chooser);
  {
    g_autofree char *current = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));

    g_assert_cmpstr (current, ==, name);
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  pw_test_ui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  pw_test_ui_settle ();
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (chooser);
  {
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_autoptr(GFile) chosen = g_file_new_build_filename (dir, "chosen.svg", NULL);

    g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (g_nullify_pointer), &dialog);
    g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "chosen.svg");
    /* the chooser checks the folder and the name asynchronously first */
    deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    while (dialog != NULL && g_get_monotonic_time () < deadline)
      pw_test_ui_wait_ms (20);
    g_assert_null (dialog);
    bytes = read_file (chosen);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "<svg"));
    g_clear_pointer (&bytes, g_bytes_unref);
  }

  /* the next export starts where the last went */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL);
  pw_test_ui_settle ();
  dialog = PW_EXPORT_DIALOG (find_toplevel (PW_TYPE_EXPORT_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  pw_test_ui_settle ();
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (chooser);
  {
    g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
    g_autoptr(GFile) expected = g_file_new_for_path (dir);

    g_assert_true (g_file_equal (folder, expected));
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  pw_test_ui_settle ();

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
  /* the dialog goes with its window */
  g_assert_null (find_toplevel (PW_TYPE_EXPORT_DIALOG, NULL));
}

/* The window's print operation, exported to a PDF, gives the pages of the
 * report: as many as PwPrintout lays out for the paper. */
static void
test_charts_page_print_pdf (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autofree char *dir = pw_test_temp_dir ();
  g_autoptr(GFile) portrait = g_file_new_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) landscape = g_file_new_build_filename (dir, "landscape.pdf", NULL);
  g_autoptr(GtkPageSetup) setup = pw_print_default_page_setup ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint n_portrait, n_landscape;
  double width, height;

  n_portrait = pw_printout_get_n_pages (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  g_assert_cmpuint (n_portrait, >, 4);
  g_assert_true (pw_print_export_pdf (plan, NULL, portrait, &error));
  g_assert_no_error (error);
  bytes = read_file (portrait);
  g_assert_cmpuint (count_pdf_pages (bytes), ==, n_portrait);
  pdf_page_size (bytes, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, PW_PRINTOUT_A4_WIDTH, 0.5);
  g_assert_cmpfloat_with_epsilon (height, PW_PRINTOUT_A4_HEIGHT, 0.5);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* landscape: laid out again for the wider page */
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  n_landscape = pw_printout_get_n_pages (plan, PW_PRINTOUT_A4_HEIGHT, PW_PRINTOUT_A4_WIDTH);
  g_assert_true (pw_print_export_pdf (plan, setup, landscape, &error));
  g_assert_no_error (error);
  bytes = read_file (landscape);
  g_assert_cmpuint (count_pdf_pages (bytes), ==, n_landscape);
  pdf_page_size (bytes, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, PW_PRINTOUT_A4_HEIGHT, 0.5);
  g_assert_cmpfloat_with_epsilon (height, PW_PRINTOUT_A4_WIDTH, 0.5);
}

/* The print dialog's Preview: GTK draws the pages into a PDF and runs the
 * desktop's previewer on it; here a command that copies it. Ours only looks
 * for the program, which is there: no message. */
static void
test_charts_page_print_preview (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *copy = g_build_filename (dir, "preview.pdf", NULL);
  g_autofree char *quoted = g_shell_quote (copy);
  g_autofree char *command = g_strdup_printf ("cp %%f %s", quoted);
  g_autofree char *previous = NULL;
  g_autoptr(GtkPrintOperation) operation = pw_print_operation_new (plan, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (copy);
  g_autoptr(GBytes) bytes = NULL;
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  GtkPrintOperationResult result;
  gint64 deadline;

  g_object_get (settings, "gtk-print-preview-command", &previous, NULL);
  g_object_set (settings, "gtk-print-preview-command", command, NULL);
  gtk_window_present (parent);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PREVIEW, parent, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, !=, GTK_PRINT_OPERATION_RESULT_ERROR);

  /* the previewer gets the whole report once it is drawn */
  deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  for (;;)
    {
      g_clear_pointer (&bytes, g_bytes_unref);
      if (g_file_test (copy, G_FILE_TEST_EXISTS))
        bytes = g_file_load_bytes (file, NULL, NULL, NULL);
      if (bytes != NULL && g_bytes_get_size (bytes) > 8 &&
          g_strstr_len ((const char *) g_bytes_get_data (bytes, NULL) + g_bytes_get_size (bytes) - 8, 8, "%%EOF"))
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      pw_test_ui_wait_ms (50);
    }
  g_assert_cmpuint (count_pdf_pages (bytes), ==,
                    pw_printout_get_n_pages (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT));
  g_assert_null (pw_test_ui_find_dialog_for (parent));

  g_object_set (settings, "gtk-print-preview-command", previous, NULL);
  gtk_window_destroy (parent);
  pw_test_ui_settle ();
}

/* With no previewer installed (none is, on many desktops without GNOME),
 * GTK's preview fails in silence: the window says why, and what to do. */
static void
test_charts_page_print_preview_missing (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autoptr(GtkPrintOperation) operation = pw_print_operation_new (plan, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *previous = NULL;
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  GtkWindow *dialog = NULL;
  g_autofree char *secondary = NULL;
  gint64 deadline;

  g_object_get (settings, "gtk-print-preview-command", &previous, NULL);
  g_object_set (settings, "gtk-print-preview-command", "pw-no-such-previewer --preview %f", NULL);
  gtk_window_present (parent);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PREVIEW, parent, &error);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  while ((dialog = pw_test_ui_find_dialog_for (parent)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      pw_test_ui_wait_ms (50);
    }
  g_object_get (dialog, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (secondary, "“pw-no-such-previewer”"));
  g_assert_nonnull (strstr (secondary, "Print to File"));
  pw_test_ui_respond (dialog, GTK_RESPONSE_CLOSE);
  g_assert_null (pw_test_ui_find_dialog_for (parent));

  g_object_set (settings, "gtk-print-preview-command", previous, NULL);
  gtk_window_destroy (parent);
  pw_test_ui_settle ();
}

/* Alt+3's action shows the Charts page; reviewers can export and print. */
static void
test_charts_page_window (void)
{
  PwWindow *window = open_sample_window (TRUE);
  PwChartsPage *page = PW_CHARTS_PAGE (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "charts_page"));
  GtkStack *stack = GTK_STACK (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "page_stack"));
  PwOutline *outline = PW_OUTLINE (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "outline"));
  GType print_dialog_type;
  GtkWindow *dialog;

  g_assert_true (pw_window_get_read_only (window));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "charts"));
  pw_test_ui_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "charts");
  g_assert_cmpint (pw_outline_get_page (outline), ==, PW_PAGE_CHARTS);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (pw_plan_page_get_plan (PW_PLAN_PAGE (page)) == pw_window_get_plan (window));
  screenshot (GTK_WIDGET (window), "window");

  /* the outline's entry does the same, from another page */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");
  pw_test_ui_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "overview");
  pw_outline_select_page (outline, PW_PAGE_CHARTS);
  pw_test_ui_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "charts");

  /* export and print are open to a reader */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL));
  pw_test_ui_settle ();
  dialog = find_toplevel (PW_TYPE_EXPORT_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  pw_test_ui_settle ();
  /* GTK's own print dialog (its header is in gtk4-unix-print) */
  print_dialog_type = g_type_from_name ("GtkPrintUnixDialog");
  g_assert_true (print_dialog_type != G_TYPE_INVALID);
  dialog = find_toplevel (print_dialog_type, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  screenshot (GTK_WIDGET (dialog), "print-dialog");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  pw_test_ui_settle ();
  g_assert_null (find_toplevel (print_dialog_type, GTK_WINDOW (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
}

/* A plan of @n indicators in ten domains, period 2021–2025 from 2020: each
 * from 0 to a target of 100 (≥), with 2023's actual value the indicator's
 * number modulo 100; the last one's is 80. */
static PwPlan *
make_large_plan (guint n)
{
  PwPlan *plan = pw_plan_new ();
  g_autoptr(GPtrArray) indicators = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PwValue) baseline = pw_value_new ("0");
  g_autoptr(PwValue) target = pw_value_new ("≥100");

  pw_history_block (pw_plan_get_history (plan));
  pw_plan_set_title (plan, "一万项指标的规划");
  pw_plan_set_baseline_year (plan, 2020);
  pw_plan_set_start_year (plan, 2021);
  pw_plan_set_end_year (plan, 2025);
  for (guint i = 0; i < n; i++)
    {
      PwIndicator *indicator = pw_indicator_new ();
      g_autofree char *id = g_strdup_printf ("ind-%u", i + 1);
      g_autofree char *name = g_strdup_printf ("指标%u", i + 1);
      g_autofree char *domain = g_strdup_printf ("领域%u", i * 10 / n + 1);
      g_autofree char *text = g_strdup_printf ("%u", i + 1 == n ? 80 : (i + 1) % 100);
      g_autoptr(PwValue) actual = pw_value_new (text);

      pw_object_set_id (PW_OBJECT (indicator), id);
      pw_indicator_set_name (indicator, name);
      pw_indicator_set_domain (indicator, domain);
      pw_indicator_set_unit (indicator, "个");
      pw_indicator_set_baseline (indicator, baseline);
      pw_indicator_set_target (indicator, target);
      pw_indicator_set_actual (indicator, 2023, actual);
      g_ptr_array_add (indicators, indicator);
    }
  pw_plan_insert_indicators (plan, 0, (PwIndicator **) indicators->pdata, indicators->len);
  pw_history_unblock (pw_plan_get_history (plan));
  return plan;
}

/* The Charts page of a window with a plan of 10,000 indicators: a chart
 * hundreds of thousands of pixels tall, which once aborted the window
 * (a texture larger than GL allows) or left it blank (a Cairo surface
 * larger than 32,767 pixels). Scrolled to its end, the view shows the last
 * indicator's bar. */
static void
test_charts_page_ten_thousand (void)
{
  const guint n = 10000;
  g_autoptr(PwPlan) plan = make_large_plan (n);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-charts-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "large.plan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PwWindow *window;
  PwChartsPage *page;
  PwChartView *view;
  g_autoptr(PwChartProgressLayout) layout = NULL;
  PwChartProgressRow *last;
  PwChartProgressBar bar;
  PwChartOptions options;
  GtkAdjustment *vadjustment;
  Pixels pixels;
  double top, bottom, start, y, inside, beyond;
  guint inked;

  g_assert_no_error (error);
  g_assert_true (pw_plan_save (plan, file, &error));
  g_assert_no_error (error);

  window = pw_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  g_assert_true (pw_window_load_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  page = PW_CHARTS_PAGE (pw_test_ui_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "charts_page"));
  view = page_view (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "charts"));
  pw_test_ui_settle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_cmpuint (pw_charts_page_get_kind (page), ==, PW_CHART_PROGRESS);

  /* 10,000 rows of more than 20 pixels each, far beyond any one surface */
  vadjustment = page_vadjustment (page);
  g_assert_cmpfloat (pw_chart_view_get_chart_height (view), >, 20.0 * n);
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), ==, pw_chart_view_get_chart_height (view));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), <, 800);

  /* the top shows the first domain's heading and first indicator */
  pixels = read_area (page);
  g_assert_cmpfloat (ink_share (&pixels), >, 0.05);
  pixels_clear (&pixels);

  /* to the end, as a user drags the scroll bar there */
  start = g_get_monotonic_time ();
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment) -
                                         gtk_adjustment_get_page_size (vadjustment));
  pw_test_ui_settle ();
  g_test_message ("scrolled to the end of %u indicators and drew in %.0f ms", n,
                  (g_get_monotonic_time () - start) / 1000.0);
  screenshot (GTK_WIDGET (window), "ten-thousand-end");
  pw_chart_view_get_visible (view, &top, &bottom);
  g_assert_cmpfloat (bottom, ==, pw_chart_view_get_chart_height (view));
  g_assert_cmpfloat (top, >, 20.0 * (n - 40));

  /* the last row of the chart is the last indicator, and shows */
  pw_charts_page_get_options (page, &options);
  layout = pw_chart_progress_layout_new (plan, &options, pw_chart_view_get_chart_width (view),
                                         pw_chart_view_get_chart_height (view));
  g_assert_cmpuint (layout->n_pages, ==, 1);
  last = &g_array_index (layout->rows, PwChartProgressRow, layout->rows->len - 1);
  g_assert_false (last->is_group);
  g_assert_cmpstr (pw_indicator_get_name (last->indicator), ==, "指标10000");
  g_assert_cmpstr (last->group, ==, "领域10");
  g_assert_cmpfloat (last->y, >=, top);
  g_assert_cmpfloat (last->y + last->height, <=, bottom);
  pw_chart_progress_layout_bar (layout, last, &bar);
  g_assert_true (bar.has_bar);

  /* 80 of 100: the bar covers 40% of the band and the band is bare at 95%,
   * away from the tick of 2023 (60%) */
  pixels = read_area (page);
  g_assert_cmpfloat (pixels.top, ==, top);
  y = bar.bar_y + bar.bar_height / 2;
  inside = bar.track_x0 + 0.4 * (bar.track_x1 - bar.track_x0);
  beyond = bar.track_x0 + 0.95 * (bar.track_x1 - bar.track_x0);
  g_assert_cmpfloat (bar.bar_x1, >, inside + 5);
  g_assert_cmpfloat (bar.bar_x1, <, beyond - 5);
  g_assert_true (pixel_is (pixel_at (&pixels, beyond, y), pw_chart_track));
  g_assert_false (pixel_is (pixel_at (&pixels, inside, y), pw_chart_track));
  g_assert_false (pixel_is (pixel_at (&pixels, inside, y), pw_chart_paper));
  g_assert_false (pixel_is (pixel_at (&pixels, inside, y), pw_chart_zebra));
  /* and its name is written in the names' column of its row: dark pixels
   * (the text is anti-aliased; the paper and the stripes are light) */
  inked = 0;
  for (double py = last->y; py < last->y + last->height; py++)
    for (double px = layout->name_x; px < layout->name_x + layout->name_width; px++)
      {
        guint32 pixel = pixel_at (&pixels, px, py);

        inked += ((pixel >> 16) & 0xff) < 128 && ((pixel >> 8) & 0xff) < 128 && (pixel & 0xff) < 128;
      }
  g_assert_cmpuint (inked, >, 20);
  pixels_clear (&pixels);

  /* its tooltip, at the point of the chart */
  {
    g_autofree char *text = pw_charts_page_get_tooltip_text (page, inside, y);

    g_assert_nonnull (text);
    g_assert_true (g_str_has_prefix (text, "指标10000\n"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  pw_test_ui_settle ();
  g_assert_true (g_remove (path) == 0);
  g_assert_true (g_rmdir (dir) == 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  g_test_add_func ("/pw/charts-page/draws-sample", test_charts_page_draws_sample);
  g_test_add_func ("/pw/charts-page/follows-model", test_charts_page_follows_model);
  g_test_add_func ("/pw/charts-page/tooltip", test_charts_page_tooltip);
  g_test_add_func ("/pw/charts-page/show-indicator", test_charts_page_show_indicator);
  g_test_add_func ("/pw/charts-page/export", test_charts_page_export);
  g_test_add_func ("/pw/charts-page/print-pdf", test_charts_page_print_pdf);
  g_test_add_func ("/pw/charts-page/print-preview", test_charts_page_print_preview);
  g_test_add_func ("/pw/charts-page/print-preview-missing", test_charts_page_print_preview_missing);
  g_test_add_func ("/pw/charts-page/window", test_charts_page_window);
  g_test_add_func ("/pw/charts-page/ten-thousand", test_charts_page_ten_thousand);

  return g_test_run ();
}
