/* test-chart.c: the charts and the printed report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each chart is rendered to an image and checked against the model, not
 * against a stored picture: the layout says where a bar or mark must be
 * (from the model's progress), and the pixels there must show it in the
 * colour of its status.
 */

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "pw-chart-private.h"
#include "pw-plan-file.h"
#include "pw-printout.h"
#include "pw-progress.h"
#include "pw-test-util.h"

/* Plans built with the model API */

typedef struct
{
  const char *domain;
  const char *name;
  const char *unit;
  PwNature nature;
  const char *baseline;
  const char *target;
  const char *actual[3]; /* 2021, 2022, 2023; "=done" and kin for states */
} Spec;

/* Facts of the 驻马店 sample with illustrative actual values: every kind of
 * target and status. */
static const Spec sample_specs[] = {
  { NULL,
    "人均预期寿命",
    "岁",
    PW_NATURE_EXPECTED,
    "78.34",
    "提高1岁",
    { "78.5", "78.7", "78.9" } },
  { "幼儿照护",
    "以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率",
    NULL,
    PW_NATURE_BINDING,
    "≥90%",
    "≥90%",
    { "96%", "95.5%", "96.2%" } },
  { "幼儿照护",
    "孤儿和事实无人抚养儿童保障覆盖率",
    NULL,
    PW_NATURE_BINDING,
    "≥99%",
    "应保尽保",
    { "=done", "=done", "=done" } },
  { "就业创业",
    "参加职业技能培训人数",
    "万人",
    PW_NATURE_EXPECTED,
    "75.1",
    "105.67",
    { "80.2", "86.0", "91.5" } },
  { "就业创业",
    "零就业家庭动态清零",
    NULL,
    PW_NATURE_BINDING,
    "",
    "动态清零",
    { "=done", "=done", "=done" } },
  { "卫生健康",
    "每千常住人口医疗卫生机构床位数",
    "张",
    PW_NATURE_EXPECTED,
    "7.05",
    "7.2",
    { "7.08", "7.12", "7.15" } },
  { "卫生健康",
    "每千人口拥有执业(助理)医师",
    "人",
    PW_NATURE_EXPECTED,
    "2.52",
    "3.6左右",
    { "2.70", "2.85", "3.02" } },
  { "卫生健康",
    "每千常住人口注册护士数",
    "人",
    PW_NATURE_EXPECTED,
    "2.84",
    "4.3左右",
    { "3.0", "3.15", "3.3" } },
  { "卫生健康",
    "基本医疗保险参保率",
    NULL,
    PW_NATURE_EXPECTED,
    "96%",
    "97%",
    { "96.2%", "96.5%", "96.6%" } },
  { "养老服务",
    "养老机构护理型床位占比",
    NULL,
    PW_NATURE_BINDING,
    "40%",
    "55%",
    { "42%", "44%", "46%" } },
  { "养老服务",
    "城市社区日间照料机构覆盖率",
    NULL,
    PW_NATURE_BINDING,
    "60%",
    "90%",
    { "55%", "52%", "50%" } },
  { "兜底救助",
    "困难重度残疾人家庭无障碍改造数",
    "户",
    PW_NATURE_BINDING,
    "",
    "5988",
    { "1020", "2210", "3300" } },
  { "文化体育",
    "人均体育场地面积",
    "平方米",
    PW_NATURE_EXPECTED,
    "2.22",
    "≥2.6",
    { "2.31", "2.42", "2.50" } },
  { "文化体育",
    "每万人拥有公共文化设施建筑面积",
    "平方米",
    PW_NATURE_EXPECTED,
    "2865.3",
    "3000",
    { NULL, NULL, NULL } },
  { NULL,
    "城镇老旧小区改造",
    "万户",
    PW_NATURE_EXPECTED,
    "3.87",
    "4.83",
    { "4.05", "4.21", "4.35" } },
};

static void
set_actual (PwIndicator *indicator,
            int          year,
            const char  *text)
{
  if (text == NULL)
    return;
  if (text[0] == '=')
    {
      int state = PW_QUAL_STATE_NONE;

      if (strcmp (text, "=done") == 0)
        state = PW_QUAL_STATE_DONE;
      else if (strcmp (text, "=largely") == 0)
        state = PW_QUAL_STATE_LARGELY_DONE;
      else if (strcmp (text, "=in-progress") == 0)
        state = PW_QUAL_STATE_IN_PROGRESS;
      else if (strcmp (text, "=not-started") == 0)
        state = PW_QUAL_STATE_NOT_STARTED;
      pw_indicator_set_state (indicator, year, state);
    }
  else
    {
      g_autoptr(PwValue) value = pw_value_new (text);

      pw_indicator_set_actual (indicator, year, value);
    }
}

static PwIndicator *
add_indicator (PwPlan     *plan,
               const Spec *spec)
{
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwValue) baseline = pw_value_new (spec->baseline);
  g_autoptr(PwValue) target = pw_value_new (spec->target);
  guint n = g_list_model_get_n_items (pw_plan_get_indicators (plan));
  g_autofree char *id = g_strdup_printf ("ind-%u", n + 1);

  pw_object_set_id (PW_OBJECT (indicator), id);
  pw_indicator_set_category (indicator, spec->domain != NULL ? "基本公共服务" : "总体");
  pw_indicator_set_domain (indicator, spec->domain);
  pw_indicator_set_name (indicator, spec->name);
  pw_indicator_set_unit (indicator, spec->unit);
  pw_indicator_set_nature (indicator, spec->nature);
  pw_indicator_set_baseline (indicator, baseline);
  pw_indicator_set_target (indicator, target);
  for (int i = 0; i < 3; i++)
    set_actual (indicator, 2021 + i, spec->actual[i]);
  pw_plan_insert_indicator (plan, n, indicator);
  return indicator;
}

static PwPlan *
new_plan (void)
{
  PwPlan *plan = pw_plan_new ();

  pw_plan_set_title (plan, "驻马店市“十四五”公共服务和社会保障规划");
  pw_plan_set_region (plan, "驻马店市");
  pw_plan_set_issuer (plan, "驻马店市人民政府");
  pw_plan_set_start_year (plan, 2021);
  pw_plan_set_end_year (plan, 2025);
  pw_plan_set_baseline_year (plan, 2020);
  return plan;
}

static void
add_projects (PwPlan *plan,
              guint   n_projects)
{
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(PwBox) column = pw_box_new ();

  pw_object_set_id (PW_OBJECT (chapter), "ch-3");
  pw_chapter_set_number (chapter, 3);
  pw_chapter_set_title (chapter, "提供安全普惠的婴幼儿照护服务");
  pw_box_set_number (column, 1);
  pw_box_set_title (column, "优生优育服务建设项目");
  for (guint i = 0; i < n_projects; i++)
    {
      g_autoptr(PwProject) project = pw_project_new ();
      g_autofree char *name = g_strdup_printf ("妇幼健康体系工程第%u期", i + 1);

      pw_project_set_number (project, i + 1);
      pw_project_set_name (project, name);
      pw_project_set_lead (project, "市卫生健康委");
      pw_project_set_start_year (project, 2021 + i % 3);
      pw_project_set_end_year (project, 2023 + i % 3);
      pw_project_set_status (project, (PwProjectStatus) (i % 4));
      pw_project_set_progress (project, (int) ((i * 37) % 101));
      pw_box_insert_project (column, i, project);
    }
  pw_chapter_insert_box (chapter, 0, column);
  pw_plan_insert_chapter (plan, 0, chapter);
}

static PwPlan *
sample_plan (void)
{
  PwPlan *plan = new_plan ();

  for (guint i = 0; i < G_N_ELEMENTS (sample_specs); i++)
    add_indicator (plan, &sample_specs[i]);
  add_projects (plan, 6);
  return plan;
}

/* @n indicators in 12 domains, with baselines, targets and actual values
 * that give every status. */
static PwPlan *
big_plan (guint n)
{
  PwPlan *plan = new_plan ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *domain = g_strdup_printf ("领域%02u", i % 12);
      g_autofree char *name =
          g_strdup_printf ("第%u项指标：每千常住人口拥有的某项公共服务设施数量", i + 1);
      g_autofree char *target = g_strdup_printf ("%u", 100 + i % 7);
      g_autofree char *a1 = g_strdup_printf ("%u", 10 + (i * 7) % 40);
      g_autofree char *a2 = g_strdup_printf ("%u", 20 + (i * 11) % 70);
      g_autofree char *a3 = g_strdup_printf ("%u", (i * 13) % 120);
      Spec spec = { domain,
                    name,
                    "个",
                    i % 3 == 0 ? PW_NATURE_BINDING : PW_NATURE_EXPECTED,
                    "10",
                    target,
                    { a1, a2, i % 17 == 0 ? NULL : a3 } };

      if (i % 23 == 0)
        {
          spec.target = "应保尽保";
          spec.actual[0] = spec.actual[1] = spec.actual[2] = "=in-progress";
        }
      add_indicator (plan, &spec);
    }
  return plan;
}

/* Pixels */

typedef struct
{
  cairo_surface_t *surface;
  double scale;
} Image;

static void
image_clear (Image *image)
{
  g_clear_pointer (&image->surface, cairo_surface_destroy);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Image, image_clear)

static void
render (Image                *image,
        PwChartKind           kind,
        PwPlan               *plan,
        const PwChartOptions *options,
        double                width,
        double                height)
{
  cairo_t *cr;

  image->scale = 1;
  image->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (image->surface);
  pw_chart_render (kind, plan, options, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (image->surface);
}

static void
pixel (Image  *image,
       double  x,
       double  y,
       double  rgb[3])
{
  int px = (int) floor (x * image->scale), py = (int) floor (y * image->scale);
  int stride = cairo_image_surface_get_stride (image->surface);
  guint32 value;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (image->surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (image->surface));
  value = *(guint32 *) (cairo_image_surface_get_data (image->surface) + py * stride + px * 4);
  rgb[0] = ((value >> 16) & 0xff) / 255.0;
  rgb[1] = ((value >> 8) & 0xff) / 255.0;
  rgb[2] = (value & 0xff) / 255.0;
}

static double
distance (const double a[3],
          const double b[3])
{
  return sqrt ((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) +
               (a[2] - b[2]) * (a[2] - b[2]));
}

/* How far @rgb is from the colours a patterned fill can show: its colour,
 * its ink, and the blends of the two at the edges of pattern lines. */
static double
fill_distance (const double rgb[3],
               const double fill[3],
               const double ink[3])
{
  double best = G_MAXDOUBLE;

  for (int i = 0; i <= 20; i++)
    {
      double t = i / 20.0;
      double mix[3] = { fill[0] + (ink[0] - fill[0]) * t, fill[1] + (ink[1] - fill[1]) * t,
                        fill[2] + (ink[2] - fill[2]) * t };

      best = MIN (best, distance (rgb, mix));
    }
  return best;
}

static double
status_distance (const double rgb[3],
                 PwStatus     status)
{
  double fill[3], ink[3];

  pw_chart_status_color (status, fill);
  pw_chart_status_ink (status, ink);
  return fill_distance (rgb, fill, ink);
}

static void
assert_color (Image        *image,
              double        x,
              double        y,
              const double  expected[3])
{
  double rgb[3];

  pixel (image, x, y, rgb);
  if (distance (rgb, expected) > 0.02)
    g_error ("pixel at %.1f, %.1f is %.3f %.3f %.3f, expected %.3f %.3f %.3f", x, y, rgb[0], rgb[1],
             rgb[2], expected[0], expected[1], expected[2]);
}

static void
assert_status_color (Image    *image,
                     double    x,
                     double    y,
                     PwStatus  status)
{
  double fill[3];

  pw_chart_status_color (status, fill);
  assert_color (image, x, y, fill);
}

/* Whether the pixels of a rectangle hold anything but paper and stripes. */
static gboolean
has_ink (Image             *image,
         const PwChartRect *rect)
{
  for (double y = rect->y + 1; y < rect->y + rect->height - 1; y += 1)
    for (double x = rect->x + 1; x < rect->x + rect->width - 1; x += 1)
      {
        double rgb[3];

        pixel (image, x, y, rgb);
        if (rgb[0] + rgb[1] + rgb[2] < 1.5)
          return TRUE;
      }
  return FALSE;
}

static gboolean
progress_has_bar (const PwProgress *p)
{
  return !isnan (p->completion) && (p->basis == PW_BASIS_PATH || p->basis == PW_BASIS_MET ||
                                    p->basis == PW_BASIS_MET_EARLIER);
}

/* Tests: names */

static void
test_chart_names (void)
{
  PwChartKind kind;
  PwChartFormat format;
  const char *kinds[] = { "progress", "summary", "trend", "timeline" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_true (pw_chart_kind_from_string (kinds[i], &kind));
      g_assert_cmpint (kind, ==, (PwChartKind) i);
      g_assert_cmpstr (pw_chart_kind_to_string (kind), ==, kinds[i]);
      g_assert_nonnull (pw_chart_kind_to_label (kind));
    }
  g_assert_false (pw_chart_kind_from_string ("pie", &kind));
  g_assert_false (pw_chart_kind_from_string (NULL, &kind));

  g_assert_true (pw_chart_format_from_string ("png", &format));
  g_assert_cmpint (format, ==, PW_CHART_FORMAT_PNG);
  g_assert_true (pw_chart_format_from_string ("SVG", &format));
  g_assert_cmpint (format, ==, PW_CHART_FORMAT_SVG);
  g_assert_true (pw_chart_format_from_string ("pdf", &format));
  g_assert_cmpint (format, ==, PW_CHART_FORMAT_PDF);
  g_assert_false (pw_chart_format_from_string ("jpeg", &format));
}

/* No-data and not-assessable are never red, and every status differs from
 * every other in colour, pattern or symbol, and in lightness or pattern for
 * grayscale. */
static void
test_chart_palette (void)
{
  for (int a = 0; a < PW_N_STATUSES; a++)
    {
      double rgb[3];

      pw_chart_status_color (a, rgb);
      if (a == PW_STATUS_NO_DATA || a == PW_STATUS_NOT_ASSESSABLE)
        {
          g_assert_cmpfloat (fabs (rgb[0] - rgb[1]), <, 0.05);
          g_assert_cmpfloat (fabs (rgb[1] - rgb[2]), <, 0.05);
        }
      for (int b = a + 1; b < PW_N_STATUSES; b++)
        {
          double other[3];
          double luma_a = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
          double luma_b;

          pw_chart_status_color (b, other);
          luma_b = 0.299 * other[0] + 0.587 * other[1] + 0.114 * other[2];
          g_assert_cmpint (pw_chart_status_symbol (a), !=, pw_chart_status_symbol (b));
          g_assert_true (fabs (luma_a - luma_b) > 0.08 ||
                         pw_chart_status_pattern (a) != pw_chart_status_pattern (b));
        }
    }
}

/* Tests: indicator progress */

static void
check_progress_page (PwPlan               *plan,
                     const PwChartOptions *options,
                     double                width,
                     double                height,
                     guint                *n_bars_seen,
                     guint                *n_rows_seen)
{
  g_auto(Image) image = { NULL };
  g_autoptr(PwChartProgressLayout) layout =
      pw_chart_progress_layout_new (plan, options, width, height);
  PwChartRect *body = &layout->frame.body;

  render (&image, PW_CHART_PROGRESS, plan, options, width, height);

  for (guint i = 0; i < layout->rows->len; i++)
    {
      PwChartProgressRow *row = &g_array_index (layout->rows, PwChartProgressRow, i);
      PwChartProgressBar bar;
      PwProgress expected;
      double cy;

      if (row->page != options->page)
        continue;
      /* never squeezed, never outside the body */
      g_assert_cmpfloat (row->y, >=, body->y);
      g_assert_cmpfloat (row->y + row->height, <=, body->y + body->height + 0.01);
      if (row->is_group)
        continue;
      g_assert_cmpfloat (row->height, >=, 2 * layout->frame.style->size);
      (*n_rows_seen)++;

      pw_chart_progress_layout_bar (layout, row, &bar);
      pw_plan_compute_progress (plan, row->indicator, layout->year, &expected);
      g_assert_cmpint (bar.progress.status, ==, expected.status);
      g_assert_cmpint (bar.has_bar, ==,
                       progress_has_bar (&expected) &&
                           !pw_indicator_is_qualitative (row->indicator));
      cy = bar.bar_y + bar.bar_height / 2;

      if (bar.has_bar)
        {
          double c = CLAMP (expected.completion, layout->lo, layout->hi);
          double end = bar.track_x0 + c * (bar.track_x1 - bar.track_x0);
          double inside = (MIN (bar.bar_x0, end) + MAX (bar.bar_x0, end)) / 2;

          (*n_bars_seen)++;
          /* the bar ends where the value puts it, measured from the baseline */
          g_assert_cmpfloat (fabs ((expected.completion >= 0 ? bar.bar_x1 : bar.bar_x0) - end), <,
                             1e-6);
          g_assert_cmpfloat (fabs (bar.mark_x - end), <, 1e-6);
          /* the mark of the latest value, in the colour of its status */
          assert_status_color (&image, bar.mark_x, cy, expected.status);
          /* the bar itself, where neither mark nor tick covers it */
          if (fabs (end - bar.track_x0) > bar.mark_size + 6 && fabs (inside - bar.tick_x) > 4)
            {
              double rgb[3];

              pixel (&image, inside, cy, rgb);
              g_assert_cmpfloat (status_distance (rgb, expected.status), <, 0.06);
            }
          /* past the mark, the band of what is still to do */
          if (expected.completion >= 0 && bar.track_x1 - (end + bar.mark_size) > 4 &&
              fabs (end + bar.mark_size - bar.tick_x) > 4)
            assert_color (&image, end + bar.mark_size, cy, pw_chart_track);
          /* the expected point, a dark tick, where the path stands */
          g_assert_true (bar.has_tick);
          g_assert_cmpfloat (
              fabs (bar.tick_x - (bar.track_x0 + expected.elapsed * (bar.track_x1 - bar.track_x0))),
              <, 1e-6);
          if (fabs (bar.tick_x - bar.mark_x) > bar.mark_size)
            assert_color (&image, bar.tick_x, bar.bar_y - bar.bar_height * 0.3, pw_chart_ink);
        }
      else if (bar.has_track)
        /* a band with no bar: nothing drawn from the baseline on */
        assert_color (&image, bar.track_x0 + (bar.track_x1 - bar.track_x0) * 0.9, cy,
                      pw_chart_track);
      else
        {
          /* no bar at all: the status marker stands at the start of the band
           * (the ring of no data is hollow: look at the ring) */
          double x = layout->track_x + layout->frame.style->size * 0.7;

          if (pw_chart_status_symbol (expected.status) == PW_CHART_SYMBOL_RING)
            x += bar.mark_size * 0.9 / 2 * 0.62;
          assert_status_color (&image, x, cy, expected.status);
        }
    }
}

static void
test_chart_progress_bars (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  PwChartOptions options = { 0 };
  GListModel *indicators = pw_plan_get_indicators (plan);
  guint n_pages = pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, &options, 1000, 1400);
  guint n_bars = 0, n_rows = 0, n_expected = 0;

  for (options.page = 0; options.page < n_pages; options.page++)
    check_progress_page (plan, &options, 1000, 1400, &n_bars, &n_rows);

  /* one row per indicator, and a bar for each one the model gives a share
   * of the gap closed */
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      PwProgress progress;

      pw_plan_compute_progress (plan, indicator, pw_plan_get_data_year (plan), &progress);
      n_expected += progress_has_bar (&progress) && !pw_indicator_is_qualitative (indicator);
    }
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (indicators));
  g_assert_cmpuint (n_bars, ==, n_expected);
  g_assert_cmpuint (n_bars, >=, 8);
}

/* A value far beyond its target (or behind its baseline) is drawn at the end
 * of the band with an arrowhead: mark and arrowhead stay inside the band's
 * margins, for they covered the first figures of the latest value beside
 * them (广州's 地区生产总值年均增长 at 6.5 against 4.0 → 5.0 read “.5 %”),
 * and of a long name on the left. */
static void
test_chart_progress_beyond_scale (void)
{
  g_autoptr(PwPlan) plan = new_plan ();
  static const Spec specs[] = {
    { "经济发展", "地区生产总值年均增长", "%", PW_NATURE_EXPECTED, "4.0", "5.0", { NULL, NULL, "6.5" } },
    { "经济发展", "全员劳动生产率", "万元/人", PW_NATURE_EXPECTED, "28", "36", { NULL, NULL, "37.6" } },
    { "经济发展", "城镇调查失业率", "%", PW_NATURE_EXPECTED, "5.5", "5.0", { NULL, NULL, "7.5" } },
  };
  g_autoptr(PwChartProgressLayout) layout = NULL;
  g_auto(Image) image = { NULL };
  guint n_bars = 0;

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    add_indicator (plan, &specs[i]);
  layout = pw_chart_progress_layout_new (plan, NULL, 900, 700);
  render (&image, PW_CHART_PROGRESS, plan, NULL, 900, 700);

  for (guint i = 0; i < layout->rows->len; i++)
    {
      PwChartProgressRow *row = &g_array_index (layout->rows, PwChartProgressRow, i);
      PwChartProgressBar bar;
      double x0, x1, y0, y1;

      if (row->is_group)
        continue;
      pw_chart_progress_layout_bar (layout, row, &bar);
      g_assert_true (bar.has_bar);
      /* 6.5: 2.5 of the gap, 37.6: 1.2, 7.5: −4 (a fall the wrong way) */
      g_assert_true (bar.progress.completion > 1.19 || bar.progress.completion < -0.2);
      n_bars++;

      /* no pixel of the status's colour right of the band's margin (where
       * the value is written) nor left of it (where the name is) */
      if (bar.progress.completion > 0)
        {
          x0 = layout->value_x;
          x1 = layout->value_x + 3 * layout->frame.style->size;
        }
      else
        {
          x0 = layout->name_x + layout->name_width - 3 * layout->frame.style->size;
          x1 = layout->name_x + layout->name_width;
        }
      y0 = bar.mark_y - bar.mark_size / 2;
      y1 = bar.mark_y + bar.mark_size / 2;
      for (double y = y0; y < y1; y += 1)
        for (double x = x0; x < x1; x += 1)
          {
            double rgb[3];

            pixel (&image, x, y, rgb);
            if (status_distance (rgb, bar.progress.status) < 0.06)
              g_error ("row %u: the mark of %s reaches %.1f, %.1f, beside the band", i,
                       pw_indicator_get_name (row->indicator), x, y);
          }
    }
  g_assert_cmpuint (n_bars, ==, 3);
}

static void
test_chart_progress_legend (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  g_autoptr(PwChartProgressLayout) layout = pw_chart_progress_layout_new (plan, NULL, 900, 1200);
  g_auto(Image) image = { NULL };
  guint n_statuses = 0;

  render (&image, PW_CHART_PROGRESS, plan, NULL, 900, 1200);
  g_assert_cmpuint (layout->frame.legend->len, >=, PW_N_STATUSES);
  for (guint i = 0; i < layout->frame.legend->len; i++)
    {
      PwChartLegendItem *item = &g_array_index (layout->frame.legend, PwChartLegendItem, i);

      /* every label is drawn, inside the chart and above the body */
      g_assert_true (has_ink (&image, &item->text));
      g_assert_cmpfloat (item->text.x + item->text.width, <=, 900);
      g_assert_cmpfloat (item->swatch.y + item->swatch.height, <=, layout->frame.body.y);
      if (item->kind == PW_CHART_LEGEND_STATUS)
        {
          double rgb[3];

          /* the swatch, in the status's colour and pattern */
          pixel (&image, item->swatch.x + 2, item->swatch.y + item->swatch.height / 2, rgb);
          g_assert_cmpfloat (status_distance (rgb, item->value), <, 0.06);
          n_statuses++;
        }
    }
  g_assert_cmpuint (n_statuses, ==, PW_N_STATUSES);
  /* the title block: title, plan name and date are drawn */
  g_assert_true (has_ink (&image, &(PwChartRect) { 0, 0, 900, layout->frame.legend_y - 4 }));
}

static GPtrArray *export_svg_texts (PwChartKind           kind,
                                    PwPlan               *plan,
                                    const PwChartOptions *options,
                                    double                width,
                                    double                height,
                                    const char           *path);

static guint      texts_count      (GPtrArray            *texts,
                                    const char           *wanted);

static void
test_chart_progress_qualitative_only (void)
{
  g_autoptr(PwPlan) plan = new_plan ();
  static const Spec specs[] = {
    { "住房保障",
      "城镇户籍低保住房困难家庭申请公租房的保障率",
      NULL,
      PW_NATURE_BINDING,
      "",
      "应保尽保",
      { "=done", "=done", "=done" } },
    { "住房保障",
      "符合条件的农村低收入群体住房安全保障率",
      NULL,
      PW_NATURE_EXPECTED,
      "",
      "应保尽保",
      { "=in-progress", "=largely", "=not-started" } },
    { "就业创业",
      "零就业家庭动态清零",
      NULL,
      PW_NATURE_BINDING,
      "",
      "动态清零",
      { NULL, NULL, NULL } },
    { NULL,
      "人均公共服务财政支出",
      "元",
      PW_NATURE_EXPECTED,
      "5185",
      "稳定增长",
      { "=in-progress", NULL, NULL } },
  };
  PwChartOptions options = { 0 };
  guint n_bars = 0, n_rows = 0;

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    add_indicator (plan, &specs[i]);
  /* no year has a number: the data year comes from the states */
  check_progress_page (plan, &options, 800, 1000, &n_bars, &n_rows);
  g_assert_cmpuint (n_rows, ==, G_N_ELEMENTS (specs));
  g_assert_cmpuint (n_bars, ==, 0);

  for (int kind = 0; kind < PW_CHART_N_KINDS; kind++)
    {
      g_auto(Image) image = { NULL };

      render (&image, kind, plan, NULL, 800, 1000);
    }

  /* the column of latest values gives a goal's state in its year, as the
   * report's table does, never the target's words as if they were a value:
   * 动态清零 has no state, so "—"; 稳定增长's state of 2021 is in the band and
   * in the column; the words of the targets are only in "Target: …" */
  {
    g_autofree char *dir = pw_test_temp_dir ();
    g_autofree char *path = g_build_filename (dir, "progress.svg", NULL);
    g_autoptr(GPtrArray) texts = export_svg_texts (PW_CHART_PROGRESS, plan, NULL, 800, 1000, path);

    g_assert_cmpuint (texts_count (texts, "动态清零"), ==, 0);
    g_assert_cmpuint (texts_count (texts, "稳定增长"), ==, 0);
    g_assert_cmpuint (texts_count (texts, "应保尽保"), ==, 0);
    g_assert_cmpuint (texts_count (texts, "Target: 动态清零"), ==, 1);
    g_assert_cmpuint (texts_count (texts, "In progress (2021)"), ==, 2);
    g_assert_cmpuint (texts_count (texts, "—"), >=, 1);
  }

  /* a trend of states: one point per year, at the rank of its state, in
   * the colour of the status the model gives it */
  {
    PwChartOptions trend = { .indicator_id = "ind-2" };
    g_autoptr(PwChartTrendLayout) layout = pw_chart_trend_layout_new (plan, &trend, 800, 600);
    g_auto(Image) image = { NULL };
    static const double ranks[] = { 2, 3, 1 };

    render (&image, PW_CHART_TREND, plan, &trend, 800, 600);
    g_assert_true (layout->qualitative);
    g_assert_cmpuint (layout->points->len, ==, 3);
    for (guint i = 0; i < layout->points->len; i++)
      {
        PwChartTrendPoint *point = &g_array_index (layout->points, PwChartTrendPoint, i);
        PwProgress progress;

        g_assert_cmpint (point->year, ==, 2021 + (int) i);
        g_assert_cmpfloat (point->value, ==, ranks[i]);
        pw_plan_compute_progress (plan, layout->indicator, point->year, &progress);
        assert_status_color (&image, point->x, point->y, progress.status);
      }
  }
}

static void
test_chart_progress_pages (void)
{
  g_autoptr(PwPlan) small = big_plan (100);
  g_autoptr(PwPlan) large = big_plan (500);
  guint n_small = pw_chart_get_n_pages (PW_CHART_PROGRESS, small, NULL, 595, 842);
  guint n_large = pw_chart_get_n_pages (PW_CHART_PROGRESS, large, NULL, 595, 842);
  g_autoptr(PwChartProgressLayout) layout = pw_chart_progress_layout_new (large, NULL, 595, 842);
  g_autoptr(PwChartProgressLayout) natural = NULL;
  PwChartOptions options = { 0 };
  guint n_bars = 0, n_rows = 0;
  double height;

  g_assert_cmpuint (n_small, >, 1);
  g_assert_cmpuint (n_large, >, n_small);
  g_assert_cmpuint (n_large, ==, layout->n_pages);

  /* every page of the large plan: rows of the same height as in a small
   * plan, none lost */
  for (options.page = 0; options.page < n_large; options.page++)
    check_progress_page (large, &options, 595, 842, &n_bars, &n_rows);
  g_assert_cmpuint (n_rows, ==, 500);
  g_assert_cmpuint (n_bars, >, 300);

  /* a page past the end draws the frame and nothing else */
  {
    g_auto(Image) image = { NULL };

    options.page = n_large + 3;
    render (&image, PW_CHART_PROGRESS, large, &options, 595, 842);
  }

  /* for a scrolling view: everything on one page at the natural height */
  height = pw_chart_get_natural_height (PW_CHART_PROGRESS, large, NULL, 595);
  g_assert_cmpuint (pw_chart_get_n_pages (PW_CHART_PROGRESS, large, NULL, 595, height), ==, 1);
  natural = pw_chart_progress_layout_new (large, NULL, 595, height);
  g_assert_cmpfloat (natural->row_height, ==, layout->row_height);
}

static void
test_chart_progress_filters (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  PwChartOptions options = { .domain = "卫生健康" };
  g_autoptr(PwChartProgressLayout) layout =
      pw_chart_progress_layout_new (plan, &options, 900, 1200);
  g_autoptr(PwChartProgressLayout) none = NULL;
  g_auto(Image) image = { NULL };

  g_assert_cmpuint (layout->n_indicators, ==, 4);
  for (guint i = 0; i < layout->rows->len; i++)
    {
      PwChartProgressRow *row = &g_array_index (layout->rows, PwChartProgressRow, i);

      g_assert_cmpstr (row->group, ==, "卫生健康");
    }

  options.domain = "不存在的领域";
  none = pw_chart_progress_layout_new (plan, &options, 900, 1200);
  g_assert_cmpuint (none->n_indicators, ==, 0);
  g_assert_cmpuint (none->n_pages, ==, 1);
  render (&image, PW_CHART_PROGRESS, plan, &options, 900, 1200);
}

/* Tests: domain summary */

static void
test_chart_summary_counts (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  g_autoptr(PwChartSummaryLayout) layout = pw_chart_summary_layout_new (plan, NULL, 1000, 900);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GListModel *indicators = pw_plan_get_indicators (plan);
  g_auto(Image) image = { NULL };
  guint n_alerts = 0;

  render (&image, PW_CHART_SUMMARY, plan, NULL, 1000, 900);

  /* the counts, by the model */
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *group = pw_chart_indicator_group (indicator);
      guint *row = g_hash_table_lookup (counts, group);
      PwProgress progress;

      if (row == NULL)
        g_hash_table_insert (counts, (gpointer) group, (row = g_new0 (guint, PW_N_STATUSES)));
      pw_plan_compute_progress (plan, indicator, pw_plan_get_data_year (plan), &progress);
      row[progress.status]++;
      n_alerts += progress.alert;
    }

  g_assert_cmpuint (layout->rows->len, ==, g_hash_table_size (counts) + 1);
  g_assert_cmpuint (g_array_index (layout->rows, PwChartSummaryRow, 0).total, ==,
                    g_list_model_get_n_items (indicators));
  g_assert_cmpuint (g_array_index (layout->rows, PwChartSummaryRow, 0).alerts->len, ==, n_alerts);
  g_assert_cmpuint (n_alerts, >=, 1);

  for (guint i = 1; i < layout->rows->len; i++)
    {
      PwChartSummaryRow *row = &g_array_index (layout->rows, PwChartSummaryRow, i);
      guint *expected = g_hash_table_lookup (counts, row->group);

      g_assert_nonnull (expected);
      for (int s = 0; s < PW_N_STATUSES; s++)
        {
          PwChartRect *seg = &row->segments[s];

          g_assert_cmpuint (row->counts[s], ==, expected[s]);
          /* one scale of counts for every domain */
          g_assert_cmpfloat (fabs (seg->width - expected[s] * layout->unit), <, 1e-6);
          if (expected[s] > 0)
            {
              double rgb[3];

              /* near the left edge of the segment, clear of its count */
              pixel (&image, seg->x + MIN (3, seg->width / 2), seg->y + seg->height / 2, rgb);
              g_assert_cmpfloat (status_distance (rgb, s), <, 0.06);
            }
        }
    }
}

/* Tests: indicator trend */

static void
test_chart_trend_points (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  /* 人均体育场地面积: 2.22 → ≥2.6, a floor */
  PwChartOptions options = { .indicator_id = "ind-13" };
  g_autoptr(PwChartTrendLayout) layout = pw_chart_trend_layout_new (plan, &options, 900, 700);
  g_auto(Image) image = { NULL };
  PwIndicator *indicator = layout->indicator;
  double zone[3], ink[3], target_y;
  guint n_actuals = 0;

  g_assert_nonnull (indicator);
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "人均体育场地面积");
  render (&image, PW_CHART_TREND, plan, &options, 900, 700);

  for (guint i = 0; i < layout->points->len; i++)
    {
      PwChartTrendPoint *point = &g_array_index (layout->points, PwChartTrendPoint, i);
      PwProgress progress;

      g_assert_cmpfloat (fabs (point->x - pw_chart_trend_layout_x (layout, point->year)), <, 1e-9);
      g_assert_cmpfloat (fabs (point->y - pw_chart_trend_layout_y (layout, point->value)), <, 1e-9);
      g_assert_cmpfloat (point->y, >=, layout->plot.y);
      g_assert_cmpfloat (point->y, <=, layout->plot.y + layout->plot.height);
      if (point->is_baseline)
        {
          g_assert_cmpint (point->year, ==, 2020);
          g_assert_cmpfloat (point->value, ==, 2.22);
          continue;
        }
      n_actuals++;
      g_assert_cmpfloat (point->value, ==,
                         pw_value_get_number (pw_indicator_get_actual (indicator, point->year)));
      /* the status of that year, by the model, at the mark */
      pw_plan_compute_progress (plan, indicator, point->year, &progress);
      assert_status_color (&image, point->x, point->y, progress.status);
    }
  g_assert_cmpuint (n_actuals, ==, 3);
  /* points go left to right, a year apart */
  g_assert_cmpfloat (g_array_index (layout->points, PwChartTrendPoint, 1).x, <,
                     g_array_index (layout->points, PwChartTrendPoint, 2).x);

  /* ≥ is a floor: shaded above the target, not below */
  pw_chart_status_color (PW_STATUS_ACHIEVED, ink);
  for (int i = 0; i < 3; i++)
    zone[i] = 1 - (1 - ink[i]) * 0.12;
  target_y = pw_chart_trend_layout_y (layout, 2.6);
  assert_color (&image, layout->plot.x + 3, target_y - 6, zone);
  assert_color (&image, layout->plot.x + 3, target_y + 6, pw_chart_paper);
  assert_color (&image, layout->plot.x + layout->plot.width / 2, target_y, ink);
}

static void
test_chart_trend_point_target (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  /* 参加职业技能培训人数: 75.1 → 105.67, a plain target: a point, no zone */
  PwChartOptions options = { .indicator_id = "ind-4" };
  g_autoptr(PwChartTrendLayout) layout = pw_chart_trend_layout_new (plan, &options, 900, 700);
  g_auto(Image) image = { NULL };
  double achieved[3];
  double target_y = pw_chart_trend_layout_y (layout, 105.67);
  double end_x = pw_chart_trend_layout_x (layout, 2025);

  render (&image, PW_CHART_TREND, plan, &options, 900, 700);
  g_assert_cmpint (layout->comparator, ==, PW_COMPARATOR_EQUAL);
  pw_chart_status_color (PW_STATUS_ACHIEVED, achieved);
  /* the bullseye at the final year, and no shading above the target */
  assert_color (&image, end_x, target_y, achieved);
  assert_color (&image, layout->plot.x + 3, target_y - 6, pw_chart_paper);

  /* the first indicator with numbers, when none is asked for */
  {
    g_autoptr(PwChartTrendLayout) first = pw_chart_trend_layout_new (plan, NULL, 900, 700);

    g_assert_cmpstr (pw_indicator_get_name (first->indicator), ==, "人均预期寿命");
    /* 提高1岁 resolves against the baseline */
    g_assert_cmpfloat (fabs (first->target - 79.34), <, 1e-9);
  }
}

/* A growth rate entered as levels, first in the plan: 年均增长5%以上 from
 * 100 (2020), then 104, 111, 115 in 2021–2023. */
static void
add_growth_indicator (PwPlan *plan)
{
  g_autoptr(PwIndicator) growth = pw_indicator_new ();
  g_autoptr(PwValue) baseline = pw_value_new ("100");
  g_autoptr(PwValue) target = pw_value_new ("年均增长5%以上");
  const char *levels[] = { "104", "111", "115" };

  pw_object_set_id (PW_OBJECT (growth), "growth");
  pw_indicator_set_name (growth, "一般公共预算收入");
  pw_indicator_set_unit (growth, "亿元");
  pw_indicator_set_baseline (growth, baseline);
  pw_indicator_set_target (growth, target);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autoptr(PwValue) actual = pw_value_new (levels[i]);

      pw_indicator_set_actual (growth, 2021 + i, actual);
    }
  pw_plan_insert_indicator (plan, 0, growth);
}

/* A cumulative indicator is drawn as its running total from 0; a growth
 * rate entered as levels as each year's rate, in per cent. */
static void
test_chart_trend_kinds (void)
{
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_plan_load (file, &error);
  /* 城镇新增就业人数: 6.1, 5.8, 5.9 a year → 6.1, 11.9, 17.8 of 25 */
  PwChartOptions options = { .indicator_id = "ind-85" };
  const double totals[] = { 0, 6.1, 11.9, 17.8 };
  const double rates[] = { 4, 6.7, 3.6 }; /* 104 / 100, 111 / 104, 115 / 111 */

  g_assert_no_error (error);
  {
    g_autoptr(PwChartTrendLayout) layout = pw_chart_trend_layout_new (plan, &options, 900, 700);

    g_assert_cmpint (layout->kind, ==, PW_KIND_CUMULATIVE);
    g_assert_cmpuint (layout->points->len, ==, G_N_ELEMENTS (totals));
    for (guint i = 0; i < layout->points->len; i++)
      g_assert_cmpfloat_with_epsilon (g_array_index (layout->points, PwChartTrendPoint, i).value,
                                      totals[i], 1e-9);
    g_assert_cmpfloat_with_epsilon (layout->target, 25, 1e-9);
  }

  add_growth_indicator (plan);
  options.indicator_id = "growth";
  {
    g_autoptr(PwChartTrendLayout) layout = pw_chart_trend_layout_new (plan, &options, 900, 700);

    g_assert_cmpint (layout->kind, ==, PW_KIND_GROWTH);
    g_assert_cmpuint (layout->points->len, ==, G_N_ELEMENTS (rates));
    for (guint i = 0; i < layout->points->len; i++)
      g_assert_cmpfloat_with_epsilon (g_array_index (layout->points, PwChartTrendPoint, i).value,
                                      rates[i], 1e-9);
    g_assert_cmpfloat_with_epsilon (layout->target, 5, 1e-9);
  }
}

/* A growth rate printed without a baseline, as the 纲要 print most of
 * theirs (南京: 地区生产总值年均增长率, 2025 blank, 5%以上): each year's
 * rate against the target rate, no baseline point, and no critical. */
static void
test_chart_trend_growth_no_baseline (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  g_autoptr(PwIndicator) growth = pw_indicator_new ();
  g_autoptr(PwValue) target = pw_value_new ("年均增长5%以上");
  g_autoptr(PwValue) actual = pw_value_new ("5.2%");
  PwChartOptions options = { .indicator_id = "growth" };
  g_auto(Image) image = { NULL };

  pw_object_set_id (PW_OBJECT (growth), "growth");
  pw_indicator_set_name (growth, "地区生产总值年均增长率");
  pw_indicator_set_unit (growth, "%");
  pw_indicator_set_target (growth, target);
  pw_indicator_set_actual (growth, 2021, actual);
  pw_plan_insert_indicator (plan, 0, growth);
  g_assert_null (pw_indicator_get_baseline (growth));

  {
    g_autoptr(PwChartTrendLayout) layout = pw_chart_trend_layout_new (plan, &options, 900, 700);

    g_assert_cmpint (layout->kind, ==, PW_KIND_GROWTH);
    g_assert_cmpuint (layout->points->len, ==, 1);
    g_assert_false (g_array_index (layout->points, PwChartTrendPoint, 0).is_baseline);
    g_assert_cmpfloat_with_epsilon (g_array_index (layout->points, PwChartTrendPoint, 0).value, 5.2, 1e-9);
    g_assert_cmpfloat_with_epsilon (layout->target, 5, 1e-9);
  }
  render (&image, PW_CHART_TREND, plan, &options, 900, 700);
}

/* Tests: project timeline */

static void
test_chart_timeline_bars (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  g_autoptr(PwChartTimelineLayout) layout = pw_chart_timeline_layout_new (plan, NULL, 1000, 800);
  g_auto(Image) image = { NULL };
  guint n_projects = 0;

  render (&image, PW_CHART_TIMELINE, plan, NULL, 1000, 800);
  g_assert_cmpint (layout->first_year, ==, 2021);
  g_assert_cmpint (layout->last_year, ==, 2025);

  for (guint i = 0; i < layout->rows->len; i++)
    {
      PwChartTimelineRow *row = &g_array_index (layout->rows, PwChartTimelineRow, i);
      PwProject *project = row->project;
      PwProjectStatus status;
      double x0, x1, done, fill[3], ink[3], rgb[3];

      if (row->is_group)
        continue;
      n_projects++;
      status = pw_project_get_status (project);
      x0 = pw_chart_timeline_layout_x (layout, pw_project_get_start_year (project));
      x1 = pw_chart_timeline_layout_x (layout, pw_project_get_end_year (project) + 1);
      done = x0 + (x1 - x0) * pw_project_get_progress (project) / 100.0;
      g_assert_true (row->has_bar);
      g_assert_cmpfloat (fabs (row->bar_x0 - x0), <, 1e-9);
      g_assert_cmpfloat (fabs (row->bar_x1 - x1), <, 1e-9);
      g_assert_cmpfloat (fabs (row->done_x1 - done), <, 1e-9);

      pw_chart_project_status_color (status, fill);
      pw_chart_project_status_ink (status, ink);
      if (done - x0 > 6)
        {
          pixel (&image, x0 + 3, row->bar_y + row->bar_height / 2, rgb);
          g_assert_cmpfloat (fill_distance (rgb, fill, ink), <, 0.06);
        }
      if (x1 - done > 6 && status != PW_PROJECT_PLANNED)
        {
          /* the part still to do is a pale tint, not the status colour */
          pixel (&image, x1 - 3, row->bar_y + row->bar_height / 2, rgb);
          g_assert_cmpfloat (distance (rgb, fill), >, 0.2);
        }
    }
  g_assert_cmpuint (n_projects, ==, 6);
}

static void
test_chart_timeline_pages (void)
{
  g_autoptr(PwPlan) plan = new_plan ();
  g_autoptr(PwPlan) more = new_plan ();

  add_projects (plan, 20);
  add_projects (more, 200);
  g_assert_cmpuint (pw_chart_get_n_pages (PW_CHART_TIMELINE, more, NULL, 595, 842), >,
                    pw_chart_get_n_pages (PW_CHART_TIMELINE, plan, NULL, 595, 842));
  for (guint page = 0; page < pw_chart_get_n_pages (PW_CHART_TIMELINE, more, NULL, 595, 842);
       page++)
    {
      PwChartOptions options = { .page = page };
      g_auto(Image) image = { NULL };

      render (&image, PW_CHART_TIMELINE, more, &options, 595, 842);
    }
}

/* Tests: plans with nothing, or a lot */

static void
test_chart_empty_plan (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autofree char *dir = pw_test_temp_dir ();

  for (int kind = 0; kind < PW_CHART_N_KINDS; kind++)
    {
      g_auto(Image) image = { NULL };

      g_assert_cmpuint (pw_chart_get_n_pages (kind, plan, NULL, 600, 400), ==, 1);
      render (&image, kind, plan, NULL, 600, 400);
      g_assert_null (pw_chart_hit_test (kind, plan, NULL, 600, 400, 300, 300));
      for (int format = 0; format <= PW_CHART_FORMAT_PDF; format++)
        {
          g_autofree char *name = g_strdup_printf ("empty-%d.%d", kind, format);
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(GError) error = NULL;

          g_assert_true (pw_chart_export (kind, plan, NULL, format, 600, 400, 1, file, &error));
          g_assert_no_error (error);
        }
    }
  /* tiny sizes do not loop or crash */
  for (int kind = 0; kind < PW_CHART_N_KINDS; kind++)
    {
      g_autoptr(PwPlan) sample = sample_plan ();
      g_auto(Image) image = { NULL };

      g_assert_cmpuint (pw_chart_get_n_pages (kind, sample, NULL, 40, 30), >=, 1);
      render (&image, kind, sample, NULL, 40, 30);
    }
}

static void
test_chart_large_plan (void)
{
  g_autoptr(PwPlan) plan = big_plan (500);

  add_projects (plan, 120);
  for (int kind = 0; kind < PW_CHART_N_KINDS; kind++)
    {
      guint n_pages = pw_chart_get_n_pages (kind, plan, NULL, 1200, 900);

      for (guint page = 0; page < n_pages; page++)
        {
          PwChartOptions options = { .page = page };
          g_auto(Image) image = { NULL };

          render (&image, kind, plan, &options, 1200, 900);
        }
    }
}

/* Tests: export */

/* The text of every <text> element of an SVG, tags inside removed. */
typedef struct
{
  int depth;
  GString *current;
  GPtrArray *texts;
} SvgTexts;

static void
svg_start (GMarkupParseContext *context,
           const char          *element,
           const char         **names,
           const char         **values,
           gpointer             data,
           GError             **error)
{
  SvgTexts *texts = data;

  if (strcmp (element, "text") == 0)
    {
      texts->depth = 1;
      g_string_truncate (texts->current, 0);
    }
  else if (texts->depth > 0)
    texts->depth++;
}

static void
svg_end (GMarkupParseContext *context,
         const char          *element,
         gpointer             data,
         GError             **error)
{
  SvgTexts *texts = data;

  if (texts->depth == 1 && strcmp (element, "text") == 0)
    g_ptr_array_add (texts->texts, g_strdup (texts->current->str));
  if (texts->depth > 0)
    texts->depth--;
}

static void
svg_text (GMarkupParseContext *context,
          const char          *text,
          gsize                length,
          gpointer             data,
          GError             **error)
{
  SvgTexts *texts = data;

  if (texts->depth > 0)
    g_string_append_len (texts->current, text, length);
}

static GPtrArray *
read_svg_texts (const char *path)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  SvgTexts texts = { 0, g_string_new (NULL), g_ptr_array_new_with_free_func (g_free) };
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  /* well-formed XML */
  context = g_markup_parse_context_new (&parser, 0, &texts, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_string_free (texts.current, TRUE);
  return texts.texts;
}

/* Exports one page of a chart as SVG to @path and reads its texts back. */
static GPtrArray *
export_svg_texts (PwChartKind           kind,
                  PwPlan               *plan,
                  const PwChartOptions *options,
                  double                width,
                  double                height,
                  const char           *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pw_chart_export (kind, plan, options, PW_CHART_FORMAT_SVG, width, height, 1,
                                  file, &error));
  g_assert_no_error (error);
  return read_svg_texts (path);
}

static gboolean
texts_contain (GPtrArray  *texts,
               const char *wanted)
{
  for (guint i = 0; i < texts->len; i++)
    if (strcmp (g_ptr_array_index (texts, i), wanted) == 0)
      return TRUE;
  return FALSE;
}

static void
test_chart_svg_text (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  GListModel *indicators = pw_plan_get_indicators (plan);

  g_assert_cmpuint (pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, NULL, 1000, 2000), ==, 1);
  texts = export_svg_texts (PW_CHART_PROGRESS, plan, NULL, 1000, 2000, path);

  /* every indicator's name, whole, as text (the longest ones wrap over two
   * lines and are still one element) */
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      if (!texts_contain (texts, pw_indicator_get_name (indicator)))
        g_error ("the SVG lacks the name %s as text", pw_indicator_get_name (indicator));
    }
  g_assert_true (texts_contain (texts, "卫生健康"));
  g_assert_true (texts_contain (texts, pw_plan_get_title (plan)));

  /* the trend chart names its indicator too */
  {
    PwChartOptions options = { .indicator_id = "ind-10" };
    g_autoptr(GPtrArray) trend = NULL;

    trend = export_svg_texts (PW_CHART_TREND, plan, &options, 800, 600, path);
    /* in the title, after the chart's name */
    for (guint i = 0; i < trend->len; i++)
      if (strstr (g_ptr_array_index (trend, i), "养老机构护理型床位占比") != NULL)
        return;
    g_error ("the trend SVG lacks its indicator's name");
  }
}

/* The page objects of a PDF (its streams hold zero bytes: no str*()). */
static guint
count_pdf_pages (const char *path)
{
  static const char page[] = "/Type /Page";
  g_autofree char *contents = NULL;
  gsize length;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize i = 0; i + sizeof page < length; i++)
    if (memcmp (contents + i, page, sizeof page - 1) == 0 && contents[i + sizeof page - 1] != 's')
      n++;
  return n;
}

static void
test_chart_export (void)
{
  g_autoptr(PwPlan) plan = big_plan (120);
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  guint n_pages = pw_chart_get_n_pages (PW_CHART_PROGRESS, plan, NULL, 595, 842);

  /* PNG: the size asked for, times the scale */
  g_assert_true (pw_chart_export (PW_CHART_PROGRESS, plan, NULL, PW_CHART_FORMAT_PNG, 640, 480, 2,
                                  png_file, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 960);
  cairo_surface_destroy (surface);

  /* PDF: every page */
  g_assert_cmpuint (n_pages, >, 2);
  g_assert_true (pw_chart_export (PW_CHART_PROGRESS, plan, NULL, PW_CHART_FORMAT_PDF, 595, 842, 1,
                                  pdf_file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pdf_pages (pdf), ==, n_pages);

  /* nonsense sizes are refused, and the file is left alone */
  g_assert_false (pw_chart_export (PW_CHART_PROGRESS, plan, NULL, PW_CHART_FORMAT_PNG, 0, 480, 1,
                                   png_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (pw_chart_export (PW_CHART_PROGRESS, plan, NULL, PW_CHART_FORMAT_PNG, 40000, 480,
                                   1, png_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1280);
  cairo_surface_destroy (surface);

  /* a folder that does not exist */
  {
    g_autofree char *bad = g_build_filename (dir, "missing", "chart.png", NULL);
    g_autoptr(GFile) bad_file = g_file_new_for_path (bad);

    g_assert_false (pw_chart_export (PW_CHART_SUMMARY, plan, NULL, PW_CHART_FORMAT_PNG, 300, 200, 1,
                                     bad_file, &error));
    g_assert_nonnull (error);
  }
}

static void
test_chart_hit_test (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  g_autoptr(PwChartProgressLayout) layout = pw_chart_progress_layout_new (plan, NULL, 1000, 1400);
  g_autoptr(PwChartTimelineLayout) timeline = pw_chart_timeline_layout_new (plan, NULL, 1000, 800);
  g_autoptr(PwChartSummaryLayout) summary = pw_chart_summary_layout_new (plan, NULL, 1000, 900);
  gboolean found = FALSE;

  for (guint i = 0; i < layout->rows->len && !found; i++)
    {
      PwChartProgressRow *row = &g_array_index (layout->rows, PwChartProgressRow, i);
      PwChartProgressBar bar;
      g_autofree char *text = NULL;

      if (row->is_group || row->page != 0)
        continue;
      pw_chart_progress_layout_bar (layout, row, &bar);
      if (!bar.has_bar)
        continue;
      text = pw_chart_hit_test (PW_CHART_PROGRESS, plan, NULL, 1000, 1400, bar.mark_x, bar.mark_y);
      g_assert_nonnull (text);
      g_assert_nonnull (strstr (text, pw_indicator_get_name (row->indicator)));
      g_assert_nonnull (strstr (text, pw_status_to_label (bar.progress.status)));
      g_assert_nonnull (strstr (text, pw_progress_basis_to_label (bar.progress.basis)));
      found = TRUE;
    }
  g_assert_true (found);
  g_assert_null (pw_chart_hit_test (PW_CHART_PROGRESS, plan, NULL, 1000, 1400, 2, 2));

  for (guint i = 0; i < timeline->rows->len; i++)
    {
      PwChartTimelineRow *row = &g_array_index (timeline->rows, PwChartTimelineRow, i);
      g_autofree char *text = NULL;

      if (row->is_group)
        continue;
      text = pw_chart_hit_test (PW_CHART_TIMELINE, plan, NULL, 1000, 800,
                                (row->bar_x0 + row->bar_x1) / 2, row->bar_y + 1);
      g_assert_nonnull (strstr (text, pw_project_get_name (row->project)));
      break;
    }

  for (guint i = 1; i < summary->rows->len; i++)
    {
      PwChartSummaryRow *row = &g_array_index (summary->rows, PwChartSummaryRow, i);

      for (int s = 0; s < PW_N_STATUSES; s++)
        if (row->counts[s] > 0)
          {
            g_autofree char *text =
                pw_chart_hit_test (PW_CHART_SUMMARY, plan, NULL, 1000, 900,
                                   row->segments[s].x + row->segments[s].width / 2,
                                   row->segments[s].y + row->segments[s].height / 2);

            g_assert_nonnull (strstr (text, row->group));
            g_assert_nonnull (strstr (text, pw_status_to_label (s)));
          }
    }
}

/* Tests: the printed report */

static GPtrArray *
page_texts (PwPrintout *printout,
            guint       page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 850);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GString) svg = g_string_new ("<svg>");

  pw_chart_text_sink_attach (cr, svg);
  pw_printout_draw_page (printout, page, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_string_append (svg, "</svg>");

  /* the words drawn, by the same means as the SVG export */
  return pw_test_svg_tspans (svg->str);
}

/* The table's first column holds the last row's number on one line: a
 * plan of 1,000 indicators printed 1000 as 100 over 0. */
static void
test_printout_table_numbers (void)
{
  g_autoptr(PwPlan) plan = big_plan (1000);
  g_autoptr(PwPrintout) printout = pw_printout_new (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  gboolean found = FALSE;

  for (guint page = 1; page < pw_printout_get_page_count (printout) && !found; page++)
    {
      g_autoptr(GPtrArray) texts = page_texts (printout, page);

      for (guint i = 0; i < texts->len; i++)
        found |= g_strcmp0 (g_ptr_array_index (texts, i), "1000") == 0;
    }
  g_assert_true (found);
}

/* Tests: the bundled sample */

static void
test_chart_sample_file (void)
{
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_plan_load (file, &error);
  g_autoptr(PwPrintout) printout = NULL;
  GListModel *indicators;
  guint n_bars = 0, n_rows = 0, n_expected = 0, n_alerts = 0;

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  indicators = pw_plan_get_indicators (plan);

  /* every page of every chart, on screen and on A4 */
  for (int kind = 0; kind < PW_CHART_N_KINDS; kind++)
    for (int size = 0; size < 2; size++)
      {
        double width = size == 0 ? 1000 : 595, height = size == 0 ? 1300 : 842;
        guint n_pages = pw_chart_get_n_pages (kind, plan, NULL, width, height);

        for (guint page = 0; page < n_pages; page++)
          {
            PwChartOptions options = { .page = page };
            g_auto(Image) image = { NULL };

            if (kind == PW_CHART_PROGRESS && size == 0)
              check_progress_page (plan, &options, width, height, &n_bars, &n_rows);
            else
              render (&image, kind, plan, &options, width, height);
          }
      }

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      PwProgress progress;

      pw_plan_compute_progress (plan, indicator, pw_plan_get_data_year (plan), &progress);
      n_expected += progress_has_bar (&progress) && !pw_indicator_is_qualitative (indicator);
      n_alerts += progress.alert;
    }
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (indicators));
  g_assert_cmpuint (n_bars, ==, n_expected);

  /* the report: cover, table, summary, progress, timeline, a trend per alert */
  printout = pw_printout_new (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  g_assert_cmpuint (pw_printout_get_page_count (printout), >=, 6 + n_alerts);
  for (guint page = 0; page < pw_printout_get_page_count (printout); page++)
    {
      g_autoptr(GPtrArray) texts = page_texts (printout, page);

      g_assert_cmpuint (texts->len, >, 3);
    }
}

static void
test_printout_pages (void)
{
  g_autoptr(PwPlan) small = big_plan (40);
  g_autoptr(PwPlan) large = big_plan (400);
  g_autoptr(PwPlan) empty = pw_plan_new ();
  guint n_small = pw_printout_get_n_pages (small, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  guint n_large = pw_printout_get_n_pages (large, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  g_autoptr(PwPrintout) printout =
      pw_printout_new (large, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  guint n_table_pages = 0;

  g_assert_cmpuint (n_large, >, n_small);
  g_assert_cmpuint (pw_printout_get_page_count (printout), ==, n_large);
  /* a cover and a page of table even for an empty plan */
  g_assert_cmpuint (pw_printout_get_n_pages (empty, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT),
                    ==, 2);

  for (guint page = 0; page < n_large; page++)
    {
      g_autoptr(GPtrArray) texts = page_texts (printout, page);
      g_autofree char *number = g_strdup_printf ("Page %u of %u", page + 1, n_large);

      /* every page numbered */
      g_assert_true (texts_contain (texts, number));
      /* the table's header on each of its pages */
      if (texts_contain (texts, "Indicators") || texts_contain (texts, "Indicators (continued)"))
        {
          g_assert_true (texts_contain (texts, "Baseline"));
          g_assert_true (texts_contain (texts, "Target"));
          g_assert_true (texts_contain (texts, "Status"));
          n_table_pages++;
        }
    }
  g_assert_cmpuint (n_table_pages, >, 5);
}

/* The table's cells are laid out once, when the pages are cut, and drawn
 * from those layouts whenever a page is drawn: after every other page of
 * the report has gone through the cache of laid out texts (thousands of
 * labels), and in any order, each page of the table still shows its own
 * rows: every indicator once, by its name, and as many units (个). */
static void
test_printout_table_cells (void)
{
  g_autoptr(PwPlan) plan = big_plan (400);
  g_autoptr(PwPrintout) printout =
      pw_printout_new (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  guint n_pages = pw_printout_get_page_count (printout);
  g_autofree guint *seen = g_new0 (guint, 401);
  guint n_table_pages = 0, n_units = 0;

  for (guint page = 0; page < n_pages; page++)
    g_ptr_array_unref (page_texts (printout, page));

  for (guint page = n_pages; page-- > 0;)
    {
      g_autoptr(GPtrArray) texts = page_texts (printout, page);

      if (!texts_contain (texts, "Indicators") && !texts_contain (texts, "Indicators (continued)"))
        continue;
      n_table_pages++;
      for (guint i = 0; i < texts->len; i++)
        {
          const char *text = g_ptr_array_index (texts, i);

          n_units += strcmp (text, "个") == 0;
          /* 第N项指标：… names the Nth indicator */
          if (g_str_has_prefix (text, "第"))
            {
              char *end = NULL;
              guint64 number = g_ascii_strtoull (text + strlen ("第"), &end, 10);

              if (number >= 1 && number <= 400 && g_str_has_prefix (end, "项指标"))
                seen[number]++;
            }
        }
    }
  g_assert_cmpuint (n_table_pages, >, 5);
  for (guint i = 1; i <= 400; i++)
    g_assert_cmpuint (seen[i], ==, 1);
  g_assert_cmpuint (n_units, >=, 400);
}

static void
test_printout_cover (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  g_autoptr(PwPrintout) printout = NULL;
  g_autoptr(GPtrArray) texts = NULL;

  printout = pw_printout_new (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  texts = page_texts (printout, 0);
  g_assert_true (texts_contain (texts, pw_plan_get_title (plan)));
  g_assert_true (texts_contain (texts, "驻马店市"));
  g_assert_true (texts_contain (texts, "驻马店市人民政府"));
  g_assert_true (texts_contain (texts, "2021–2025 (baseline 2020)"));
  /* SOURCE_DATE_EPOCH, set in main() */
  g_assert_true (texts_contain (texts, "2024-05-01"));
}

static void
test_printout_pdf (void)
{
  g_autoptr(PwPlan) plan = sample_plan ();
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *one = g_build_filename (dir, "report-1.pdf", NULL);
  g_autofree char *two = g_build_filename (dir, "report-2.pdf", NULL);
  g_autoptr(GFile) file_one = g_file_new_for_path (one);
  g_autoptr(GFile) file_two = g_file_new_for_path (two);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL;
  gsize la, lb;

  g_assert_true (pw_printout_export_pdf (plan, file_one, &error));
  g_assert_no_error (error);
  g_assert_true (pw_printout_export_pdf (plan, file_two, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (count_pdf_pages (one), ==,
                    pw_printout_get_n_pages (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT));
  /* the same plan and date give the same file */
  g_assert_true (g_file_get_contents (one, &a, &la, NULL));
  g_assert_true (g_file_get_contents (two, &b, &lb, NULL));
  g_assert_cmpmem (a, la, b, lb);
}

/* @needle in the bytes from @from to @end, which may hold NULs (the
 * streams of a PDF). */
static const char *
find_bytes (const char *from,
            const char *end,
            const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = from; p + n <= end; p++)
    if (memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

/* Every stream of a PDF as Cairo writes it (`N 0 obj << /Length L … >>
 * stream … endstream`), inflated where it is compressed, one after another. */
static GString *
pdf_inflate_streams (const char *contents,
                     gsize       length)
{
  GString *all = g_string_new (NULL);
  const char *end = contents + length;
  const char *p = contents;

  while ((p = find_bytes (p, end, "/Length ")) != NULL)
    {
      g_autoptr(GConverter) inflater = NULL;
      const char *dict_end = find_bytes (p, end, ">>");
      const char *data;
      guint64 size = g_ascii_strtoull (p + strlen ("/Length "), NULL, 10);
      gboolean flate;

      g_assert_nonnull (dict_end);
      flate = find_bytes (p, dict_end, "/FlateDecode") != NULL;
      if (strncmp (strchr (p + strlen ("/Length "), ' '), " 0 R", 4) == 0)
        {
          /* the length is an object written after the stream: N 0 obj\n L */
          g_autofree char *object = g_strdup_printf ("\n%" G_GUINT64_FORMAT " 0 obj\n", size);
          const char *at = find_bytes (contents, end, object);

          g_assert_nonnull (at);
          size = g_ascii_strtoull (at + strlen (object), NULL, 10);
        }
      data = find_bytes (dict_end, end, "stream\n");
      g_assert_nonnull (data);
      data += strlen ("stream\n");
      g_assert_cmpuint (size, <=, (guint64) (end - data));
      if (!flate)
        g_string_append_len (all, data, size);
      else
        {
          gsize read = 0, written = 0, done = 0;
          GConverterResult result;
          char buffer[65536];

          inflater = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
          do
            {
              result = g_converter_convert (inflater, data + done, size - done, buffer, sizeof buffer,
                                            G_CONVERTER_INPUT_AT_END, &read, &written, NULL);
              g_assert_cmpint (result, !=, G_CONVERTER_ERROR);
              done += read;
              g_string_append_len (all, buffer, written);
            }
          while (result != G_CONVERTER_FINISHED);
        }
      g_string_append_c (all, '\n');
      p = data + size;
    }
  return all;
}

static guint
count_text (const char *text,
            gsize       length,
            const char *wanted)
{
  gsize n = strlen (wanted);
  guint count = 0;

  for (gsize i = 0; i + n <= length; i++)
    count += memcmp (text + i, wanted, n) == 0;
  return count;
}

/* The streams of the PDF at @path, inflated; the number of its forms in
 * @n_forms. */
static GString *
pdf_file_streams (const char *path,
                  guint      *n_forms)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  if (n_forms != NULL)
    *n_forms = count_text (contents, length, "/Subtype /Form");
  return pdf_inflate_streams (contents, length);
}

/* What every page of the report repeats (the legend and note of a chart,
 * the table's header, the footer's rule and plan name) and every status
 * symbol (each of a status and size) are written into the PDF once and
 * referred to by its pages: the forms of the file are a few, whatever the
 * number of pages, and the pages place them thousands of times. */
static void
test_printout_pdf_shared (void)
{
  g_autoptr(PwPlan) plan = big_plan (400);
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) streams = NULL;
  guint n_pages, n_forms, n_placed;

  g_assert_true (pw_printout_export_pdf (plan, file, &error));
  g_assert_no_error (error);
  n_pages = count_pdf_pages (path);
  g_assert_cmpuint (n_pages, ==,
                    pw_printout_get_n_pages (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT));
  g_assert_cmpuint (n_pages, >, 100);

  streams = pdf_file_streams (path, &n_forms);
  g_assert_cmpuint (n_forms, >=, 3);
  g_assert_cmpuint (n_forms, <, 64);

  /* Each page places its footer's form; each of the 400 rows of the table
   * its status symbol, and each row of the progress chart its symbol too:
   * 800 symbols at the least. */
  n_placed = count_text (streams->str, streams->len, " Do\n");
  g_assert_cmpuint (n_placed, >=, n_pages + 800);
}

static guint
count_tokens (const char *text,
              const char *wanted)
{
  g_auto(GStrv) tokens = g_strsplit_set (text, " \n", -1);
  guint count = 0;

  for (guint i = 0; tokens[i] != NULL; i++)
    count += strcmp (tokens[i], wanted) == 0;
  return count;
}

/* A hatched or cross-hatched bar (lagging, off track) is its colour, its
 * outline and its diagonals; in a PDF the diagonals are written once for
 * all the bars of a height and about the same length, and each bar places
 * them, clipped at its ends: 20 to 40 lines a bar written again and again
 * were half the numbers of a page of the progress chart. The diagonals of
 * every bar of the chart below, one by one, come to about 2,000 lines. */
static void
test_chart_pdf_shared_diagonals (void)
{
  g_autoptr(PwPlan) plan = big_plan (200);
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) streams = NULL;
  guint n_hatched = 0;

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(PwIndicator) indicator =
          g_list_model_get_item (pw_plan_get_indicators (plan), i);
      PwProgress p;

      pw_plan_compute_progress (plan, indicator, pw_plan_get_data_year (plan), &p);
      n_hatched += !isnan (p.completion) && p.basis == PW_BASIS_PATH &&
                   (p.status == PW_STATUS_LAGGING || p.status == PW_STATUS_OFF_TRACK);
    }
  g_assert_cmpuint (n_hatched, >=, 60);

  g_assert_true (pw_chart_export (PW_CHART_PROGRESS, plan, NULL, PW_CHART_FORMAT_PDF, 595, 842, 1,
                                  file, NULL));
  streams = pdf_file_streams (path, NULL);
  g_assert_cmpuint (count_tokens (streams->str, "l"), <, n_hatched * 5);
}

/* The glyphs that the text objects of @streams show: their identifiers in
 * hexadecimal strings, four digits each. */
static guint
count_glyphs (const char *streams)
{
  guint digits = 0;

  for (const char *p = streams; *p != '\0'; p++)
    if (*p == '<' && g_ascii_isxdigit (p[1]))
      for (p++; g_ascii_isxdigit (*p) || *p == '\n'; p++)
        digits += *p != '\n';
  return digits / 4;
}

/* The characters of @texts, and of them the spaces. */
static guint
count_chars (GPtrArray *texts,
             guint     *n_spaces)
{
  guint n_chars = 0;

  *n_spaces = 0;
  for (guint i = 0; i < texts->len; i++)
    for (const char *c = g_ptr_array_index (texts, i); *c != '\0'; c = g_utf8_next_char (c))
      {
        n_chars++;
        *n_spaces += *c == ' ';
      }
  return n_chars;
}

/* Draws the first page of the table, after the cover. */
static void
draw_first_table_page (gpointer  printout,
                       guint     page,
                       cairo_t  *cr)
{
  pw_printout_draw_page (printout, 1, cr);
}

/* A page of the table writes its text in a few text objects of the PDF,
 * one for each font and colour, not one for each cell (55 for the page
 * below): each cost the PDF surface as much as ten glyphs. Its glyphs are
 * all there: one for each character of the texts the page draws, the
 * spaces but those at the end of a line. */
static void
test_printout_table_text_batched (void)
{
  g_autoptr(PwPlan) plan = big_plan (400);
  g_autoptr(PwPrintout) printout =
      pw_printout_new (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "table.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) streams = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  guint n_chars, n_spaces, n_glyphs;

  g_assert_true (pw_printout_write_pdf (NULL, 1, draw_first_table_page, printout, file, NULL));
  streams = pdf_file_streams (path, NULL);
  g_assert_cmpuint (count_tokens (streams->str, "BT"), <=, 10);

  /* a glyph for every character of the page's texts, as the SVG export
   * sees them */
  texts = page_texts (printout, 1);
  n_chars = count_chars (texts, &n_spaces);
  n_glyphs = count_glyphs (streams->str);
  g_assert_cmpuint (n_glyphs, >=, n_chars - n_spaces);
  g_assert_cmpuint (n_glyphs, <=, n_chars);
}

/* Draws the last page of the report: the trend of the last alert. */
static void
draw_last_page (gpointer  printout,
                guint     page,
                cairo_t  *cr)
{
  pw_printout_draw_page (printout, pw_printout_get_page_count (printout) - 1, cr);
}

/* A trend page of the report writes its text in a few text objects, one
 * for each font and colour, as a page of the table does, and so do the
 * drawings it shares with the other pages (35 for the page below and its
 * forms, of which 17 were the page's own; now 6 and 13 in all), and none
 * of its glyphs is lost. */
static void
test_printout_trend_text_batched (void)
{
  g_autoptr(PwPlan) plan = big_plan (400);
  g_autoptr(PwPrintout) printout =
      pw_printout_new (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  guint last = pw_printout_get_page_count (printout) - 1;
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "trend.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) streams = NULL;
  g_autoptr(GPtrArray) texts = page_texts (printout, last);
  guint n_chars, n_spaces, n_glyphs;
  gboolean is_trend = FALSE;

  for (guint i = 0; i < texts->len; i++)
    is_trend |= g_str_has_prefix (g_ptr_array_index (texts, i), "Indicator trend: ");
  g_assert_true (is_trend);
  g_assert_true (pw_printout_write_pdf (NULL, 1, draw_last_page, printout, file, NULL));
  streams = pdf_file_streams (path, NULL);
  g_assert_cmpuint (count_tokens (streams->str, "BT"), <=, 14);

  n_chars = count_chars (texts, &n_spaces);
  n_glyphs = count_glyphs (streams->str);
  g_assert_cmpuint (n_glyphs, >=, n_chars - n_spaces);
}

/* The figures of the charts (values, years, shares) are drawn from the
 * glyphs of their characters, shaped once, instead of a layout each: the
 * PDF of a page of them is byte for byte the PDF of the same labels laid
 * out by Pango and drawn by pango_cairo_show_layout(), alone or in a
 * batch of text, left, centred and right in a box or on one line; so are
 * their sizes. A label with another character (a unit, the dash of no
 * value), a space at an end, or too wide for its box is laid out. */
typedef struct
{
  gboolean quick;
  gboolean batch;
} FigurePage;

static const char *const figures[] = {
  "0", "12.5", "−3.25", "-7", "≥80%", "≤1.5", "22.20 (2025)", "±5%", "100%", "2025", "1,234.5",
  "3/4", "+12:30",
};

static void
draw_figures (gpointer  data,
              guint     page,
              cairo_t  *cr)
{
  FigurePage *how = data;
  PwChartStyle *style = pw_chart_style_new (500, 700);
  static const PangoAlignment alignments[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER,
                                               PANGO_ALIGN_RIGHT };
  double y = 20;

  if (how->batch)
    pw_chart_text_batch_begin (cr);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    for (int bold = 0; bold <= 1; bold++)
      for (guint a = 0; a < G_N_ELEMENTS (alignments); a++)
        for (int boxed = 0; boxed <= 1; boxed++)
          {
            double scale = 0.8 + 0.05 * (i % 5);
            double width = boxed ? 57.3 + i : -1;
            PwChartTextFlags flags = bold ? PW_CHART_TEXT_BOLD : 0;
            g_autoptr(PangoLayout) layout =
                pw_chart_text_new (style, figures[i], scale, flags, width, 1, alignments[a]);
            double layout_width, layout_height, measured_width, measured_height;
            double x = 10 + 90 * (a + 3 * boxed) + 0.37 * i;

            g_assert_true (pw_chart_text_is_figure (style, figures[i], scale, flags, width));
            pw_chart_text_get_size (layout, &layout_width, &layout_height);
            pw_chart_text_measure_box (style, figures[i], scale, flags, width, 1, alignments[a],
                                       &measured_width, &measured_height);
            g_assert_cmpfloat (measured_width, ==, layout_width);
            g_assert_cmpfloat (measured_height, ==, layout_height);
            if (!boxed)
              g_assert_cmpfloat (pw_chart_text_measure (style, figures[i], scale, flags), ==,
                                 layout_width);
            if (how->quick)
              g_assert_cmpfloat (pw_chart_text_show (cr, style, figures[i], scale, flags, x, y,
                                                     width, 1, alignments[a], pw_chart_ink),
                                 ==, layout_height);
            else
              pw_chart_text_draw (cr, layout, x, y, pw_chart_ink);
            if (a == G_N_ELEMENTS (alignments) - 1 && boxed)
              y += 8.3;
          }
  if (how->batch)
    pw_chart_text_batch_end (cr);
  pw_chart_style_free (style);
}

static void
test_chart_text_figures (void)
{
  g_autofree char *dir = pw_test_temp_dir ();
  PwChartStyle *style = pw_chart_style_new (500, 700);

  for (int batch = 0; batch <= 1; batch++)
    {
      g_autofree char *quick_path = g_build_filename (dir, "quick.pdf", NULL);
      g_autofree char *pango_path = g_build_filename (dir, "pango.pdf", NULL);
      g_autoptr(GFile) quick_file = g_file_new_for_path (quick_path);
      g_autoptr(GFile) pango_file = g_file_new_for_path (pango_path);
      FigurePage quick = { TRUE, batch }, pango = { FALSE, batch };
      g_autofree char *quick_pdf = NULL;
      g_autofree char *pango_pdf = NULL;
      gsize quick_length, pango_length;

      g_assert_true (pw_printout_write_pdf (NULL, 1, draw_figures, &quick, quick_file, NULL));
      g_assert_true (pw_printout_write_pdf (NULL, 1, draw_figures, &pango, pango_file, NULL));
      g_assert_true (g_file_get_contents (quick_path, &quick_pdf, &quick_length, NULL));
      g_assert_true (g_file_get_contents (pango_path, &pango_pdf, &pango_length, NULL));
      g_assert_cmpmem (quick_pdf, quick_length, pango_pdf, pango_length);
    }

  g_assert_false (pw_chart_text_is_figure (style, "12.5 岁", 0.8, 0, -1));
  g_assert_false (pw_chart_text_is_figure (style, "—", 0.8, 0, -1));
  g_assert_false (pw_chart_text_is_figure (style, " 12", 0.8, 0, -1));
  g_assert_false (pw_chart_text_is_figure (style, "12 ", 0.8, 0, -1));
  g_assert_false (pw_chart_text_is_figure (style, "Ahead", 0.8, 0, -1));
  g_assert_false (pw_chart_text_is_figure (style, "", 0.8, 0, -1));
  g_assert_false (pw_chart_text_is_figure (style, "1234567.89", 0.8, 0, 12));
  pw_chart_style_free (style);
}

/* In a 纲要 a chapter is named with its part, since chapters may be
 * numbered anew in every part; without parts, as before. */
static void
test_chart_chapter_of_part (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwPart) part = pw_part_new ();
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autofree char *alone = NULL;
  g_autofree char *in_part = NULL;

  pw_chapter_set_number (chapter, 4);
  pw_chapter_set_title (chapter, "建设全国先进制造业基地");
  pw_plan_insert_chapter (plan, 0, chapter);
  alone = pw_chart_chapter_label (plan, chapter);
  g_assert_cmpstr (alone, ==, "第四章 建设全国先进制造业基地");

  pw_part_set_number (part, 2);
  pw_part_set_title (part, "立足产业强市之要");
  pw_plan_insert_part (plan, 0, part);
  pw_chapter_set_part (chapter, part);
  in_part = pw_chart_chapter_label (plan, chapter);
  g_assert_cmpstr (in_part, ==, "第二篇 · 第四章 建设全国先进制造业基地");
}

static guint
texts_count (GPtrArray  *texts,
             const char *wanted)
{
  guint n = 0;

  for (guint i = 0; i < texts->len; i++)
    n += strcmp (g_ptr_array_index (texts, i), wanted) == 0;
  return n;
}

/* The table under a trend is in what the plot shows: a growth rate's
 * expected row is the target rate, never the levels it compounds to, and a
 * cumulative indicator's the running total expected. */
static void
test_chart_trend_table_kinds (void)
{
  g_autofree char *sample = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) sample_file = g_file_new_for_path (sample);
  g_autoptr(PwPlan) plan = pw_plan_load (sample_file, NULL);
  g_autofree char *dir = pw_test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "trend.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PwChartOptions options = { .indicator_id = "growth" };

  g_assert_nonnull (plan);
  add_growth_indicator (plan);
  {
    g_autoptr(GPtrArray) texts = NULL;

    texts = export_svg_texts (PW_CHART_TREND, plan, &options, 900, 700, path);
    /* the levels as entered, and each year's growth: 104 / 100, 111 / 104, 115 / 111 */
    g_assert_true (texts_contain (texts, "Actual"));
    g_assert_true (texts_contain (texts, "111"));
    g_assert_true (texts_contain (texts, "Growth (%)"));
    g_assert_true (texts_contain (texts, "6.7"));
    g_assert_true (texts_contain (texts, "3.6"));
    /* the rate asked for, 5, in each of the five years (besides any tick of
     * the axis), and not 100 × 1.05^n = 105, 110.25, 115.76 */
    g_assert_true (texts_contain (texts, "Target rate (%)"));
    g_assert_false (texts_contain (texts, "Expected"));
    g_assert_cmpuint (texts_count (texts, "5"), >=, 5);
    g_assert_false (texts_contain (texts, "105"));
    g_assert_false (texts_contain (texts, "110.25"));
    g_assert_false (texts_contain (texts, "115.76"));
  }

  /* 城镇新增就业人数: 6.1 + 5.8 + 5.9 against >25 over 2021–2025; expected
   * by 2023, 25 × 3/5 = 15 */
  options.indicator_id = "ind-85";
  {
    g_autoptr(GPtrArray) texts = NULL;

    texts = export_svg_texts (PW_CHART_TREND, plan, &options, 900, 700, path);
    g_assert_true (texts_contain (texts, "5.8"));
    g_assert_true (texts_contain (texts, "Running total"));
    g_assert_true (texts_contain (texts, "11.9"));
    g_assert_true (texts_contain (texts, "17.8"));
    g_assert_true (texts_contain (texts, "Expected total"));
    g_assert_true (texts_contain (texts, "10"));
    g_assert_true (texts_contain (texts, "15"));
    g_assert_true (texts_contain (texts, "25"));
  }
}

int
main (int   argc,
      char *argv[])
{
  /* the date printed on the cover: 2024-05-01 */
  g_setenv ("SOURCE_DATE_EPOCH", "1714521600", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/chart/names", test_chart_names);
  g_test_add_func ("/pw/chart/palette", test_chart_palette);
  g_test_add_func ("/pw/chart/progress-bars", test_chart_progress_bars);
  g_test_add_func ("/pw/chart/progress-legend", test_chart_progress_legend);
  g_test_add_func ("/pw/chart/progress-beyond-scale", test_chart_progress_beyond_scale);
  g_test_add_func ("/pw/chart/progress-qualitative-only", test_chart_progress_qualitative_only);
  g_test_add_func ("/pw/chart/progress-pages", test_chart_progress_pages);
  g_test_add_func ("/pw/chart/progress-filters", test_chart_progress_filters);
  g_test_add_func ("/pw/chart/summary-counts", test_chart_summary_counts);
  g_test_add_func ("/pw/chart/trend-points", test_chart_trend_points);
  g_test_add_func ("/pw/chart/trend-point-target", test_chart_trend_point_target);
  g_test_add_func ("/pw/chart/trend-kinds", test_chart_trend_kinds);
  g_test_add_func ("/pw/chart/trend-growth-no-baseline", test_chart_trend_growth_no_baseline);
  g_test_add_func ("/pw/chart/timeline-bars", test_chart_timeline_bars);
  g_test_add_func ("/pw/chart/timeline-pages", test_chart_timeline_pages);
  g_test_add_func ("/pw/chart/empty-plan", test_chart_empty_plan);
  g_test_add_func ("/pw/chart/large-plan", test_chart_large_plan);
  g_test_add_func ("/pw/chart/svg-text", test_chart_svg_text);
  g_test_add_func ("/pw/chart/trend-table-kinds", test_chart_trend_table_kinds);
  g_test_add_func ("/pw/chart/export", test_chart_export);
  g_test_add_func ("/pw/chart/hit-test", test_chart_hit_test);
  g_test_add_func ("/pw/chart/sample-file", test_chart_sample_file);
  g_test_add_func ("/pw/chart/printout-pages", test_printout_pages);
  g_test_add_func ("/pw/chart/printout-cover", test_printout_cover);
  g_test_add_func ("/pw/chart/printout-pdf", test_printout_pdf);
  g_test_add_func ("/pw/chart/printout-pdf-shared", test_printout_pdf_shared);
  g_test_add_func ("/pw/chart/pdf-shared-diagonals", test_chart_pdf_shared_diagonals);
  g_test_add_func ("/pw/chart/printout-table-cells", test_printout_table_cells);
  g_test_add_func ("/pw/chart/printout-table-numbers", test_printout_table_numbers);
  g_test_add_func ("/pw/chart/printout-table-text-batched", test_printout_table_text_batched);
  g_test_add_func ("/pw/chart/printout-trend-text-batched", test_printout_trend_text_batched);
  g_test_add_func ("/pw/chart/text-figures", test_chart_text_figures);
  g_test_add_func ("/pw/chart/chapter-of-part", test_chart_chapter_of_part);

  return g_test_run ();
}
