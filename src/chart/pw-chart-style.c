/* pw-chart-style.c: the palette, patterns, symbols and text of every chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The palette runs from dark blue (achieved) through light blue (on track) to
 * orange (lagging) and vermilion (off track): a blue–orange scale that readers
 * with red–green colour blindness tell apart, with lightness that still
 * differs in grayscale. The two bad statuses are also hatched, and every
 * status has its own marker shape, so a photocopy keeps the meaning. No data
 * and not assessable are grays, never red.
 *
 * The frame around every chart (title block, legend, notes, pages) is in
 * pw-chart-frame.c; what charts ask of the plan (options, values as printed,
 * tooltips) is in pw-chart-helpers.c.
 */

#define G_LOG_DOMAIN "pw-chart"

#include "config.h"

#include "pw-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#define RGB(hex)                                                                                   \
  {                                                                                                \
    ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) &0xff) / 255.0               \
  }

/* The fonts come from fontconfig: Noto Sans CJK on Debian, whatever maps
 * "Sans" to a CJK face elsewhere. */
#define FONT_FAMILIES                                                                              \
  "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, WenQuanYi Micro Hei, Sans"

/* Patterns are drawn at a fixed pitch in user units, so that they look the
 * same whatever the size of the bar they fill. */
#define PATTERN_PITCH 4.0
#define PATTERN_LINE 1.0

typedef struct
{
  double fill[3];
  double ink[3];
  PwChartPattern pattern;
  PwChartSymbol symbol;
} Swatch;

/* The one palette table: the statuses of indicators, then of projects. */
enum
{
  PALETTE_PROJECT = PW_N_STATUSES,
  PALETTE_SIZE = PALETTE_PROJECT + PW_PROJECT_SUSPENDED + 1,
};

static const Swatch palette[PALETTE_SIZE] = {
  [PW_STATUS_ACHIEVED] =
    { RGB (0x1d4f91), RGB (0x0b2a52), PW_CHART_PATTERN_SOLID, PW_CHART_SYMBOL_STAR },
  [PW_STATUS_AHEAD] =
    { RGB (0x4d94d1), RGB (0x1d4f91), PW_CHART_PATTERN_SOLID, PW_CHART_SYMBOL_TRIANGLE_UP },
  [PW_STATUS_ON_TRACK] =
    { RGB (0xa9d0ee), RGB (0x3d6f99), PW_CHART_PATTERN_SOLID, PW_CHART_SYMBOL_CIRCLE },
  [PW_STATUS_LAGGING] =
    { RGB (0xf2a93b), RGB (0x7a4a00), PW_CHART_PATTERN_HATCH, PW_CHART_SYMBOL_TRIANGLE_DOWN },
  [PW_STATUS_OFF_TRACK] =
    { RGB (0xc4402f), RGB (0x5c130b), PW_CHART_PATTERN_CROSSHATCH, PW_CHART_SYMBOL_CROSS },
  [PW_STATUS_NO_DATA] =
    { RGB (0xe4e4e4), RGB (0x8a8a8a), PW_CHART_PATTERN_DOTS, PW_CHART_SYMBOL_RING },
  [PW_STATUS_NOT_ASSESSABLE] =
    { RGB (0xbdbdbd), RGB (0x6b6b6b), PW_CHART_PATTERN_LINES, PW_CHART_SYMBOL_DASH },
  [PALETTE_PROJECT + PW_PROJECT_PLANNED] =
    { RGB (0xe4e4e4), RGB (0x8a8a8a), PW_CHART_PATTERN_DOTS, PW_CHART_SYMBOL_RING },
  [PALETTE_PROJECT + PW_PROJECT_IN_PROGRESS] =
    { RGB (0x4d94d1), RGB (0x1d4f91), PW_CHART_PATTERN_SOLID, PW_CHART_SYMBOL_TRIANGLE_UP },
  [PALETTE_PROJECT + PW_PROJECT_COMPLETED] =
    { RGB (0x1d4f91), RGB (0x0b2a52), PW_CHART_PATTERN_SOLID, PW_CHART_SYMBOL_STAR },
  [PALETTE_PROJECT + PW_PROJECT_SUSPENDED] =
    { RGB (0xf2a93b), RGB (0x7a4a00), PW_CHART_PATTERN_HATCH, PW_CHART_SYMBOL_TRIANGLE_DOWN },
};

const double pw_chart_ink[3] = RGB (0x1a1a1a);
const double pw_chart_muted[3] = RGB (0x5a5a5a);
const double pw_chart_rule[3] = RGB (0xc8c8c8);
const double pw_chart_track[3] = RGB (0xebebeb);
const double pw_chart_track_edge[3] = RGB (0x9a9a9a);
const double pw_chart_zebra[3] = RGB (0xf6f6f6);
const double pw_chart_paper[3] = RGB (0xffffff);

static cairo_user_data_key_t text_sink_key;

/* Auxiliary methods */

static const Swatch *
status_swatch (PwStatus status)
{
  if ((guint) status >= PW_N_STATUSES)
    status = PW_STATUS_NOT_ASSESSABLE;
  return &palette[status];
}

static const Swatch *
project_swatch (PwProjectStatus status)
{
  if ((guint) status > PW_PROJECT_SUSPENDED)
    status = PW_PROJECT_PLANNED;
  return &palette[PALETTE_PROJECT + status];
}

static void
copy_rgb (const double from[3],
          double       to[3])
{
  to[0] = from[0];
  to[1] = from[1];
  to[2] = from[2];
}

static void
symbol_path (cairo_t       *cr,
             PwChartSymbol  symbol,
             double         cx,
             double         cy,
             double         r)
{
  switch (symbol)
    {
    case PW_CHART_SYMBOL_STAR:
      for (int i = 0; i < 10; i++)
        {
          double angle = -G_PI / 2 + i * G_PI / 5;
          double radius = i % 2 == 0 ? r * 1.15 : r * 0.5;

          cairo_line_to (cr, cx + radius * cos (angle), cy + 0.08 * r + radius * sin (angle));
        }
      cairo_close_path (cr);
      break;
    case PW_CHART_SYMBOL_TRIANGLE_UP:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r * 0.98, cy + r * 0.72);
      cairo_line_to (cr, cx - r * 0.98, cy + r * 0.72);
      cairo_close_path (cr);
      break;
    case PW_CHART_SYMBOL_TRIANGLE_DOWN:
      cairo_move_to (cr, cx, cy + r);
      cairo_line_to (cr, cx + r * 0.98, cy - r * 0.72);
      cairo_line_to (cr, cx - r * 0.98, cy - r * 0.72);
      cairo_close_path (cr);
      break;
    case PW_CHART_SYMBOL_CROSS:
      {
        /* a thick ✕: a plus sign of twelve corners turned by 45° */
        static const double plus[12][2] = {
          { -0.3, -1 }, { 0.3, -1 }, { 0.3, -0.3 }, { 1, -0.3 }, { 1, 0.3 }, { 0.3, 0.3 },
          { 0.3, 1 }, { -0.3, 1 }, { -0.3, 0.3 }, { -1, 0.3 }, { -1, -0.3 }, { -0.3, -0.3 },
        };
        double c = cos (G_PI / 4) * r;

        for (int i = 0; i < 12; i++)
          cairo_line_to (cr,
                         cx + c * (plus[i][0] - plus[i][1]),
                         cy + c * (plus[i][0] + plus[i][1]));
        cairo_close_path (cr);
      }
      break;
    case PW_CHART_SYMBOL_RING:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r * 0.85, 0, 2 * G_PI);
      cairo_close_path (cr);
      cairo_new_sub_path (cr);
      cairo_arc_negative (cr, cx, cy, r * 0.4, 2 * G_PI, 0);
      cairo_close_path (cr);
      break;
    case PW_CHART_SYMBOL_DASH:
      cairo_rectangle (cr, cx - r * 0.9, cy - r * 0.32, r * 1.8, r * 0.64);
      break;
    case PW_CHART_SYMBOL_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r * 0.85, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

static void
record_layout (cairo_t     *cr,
               PangoLayout *layout,
               double       x,
               double       y)
{
  GString *svg = cairo_get_user_data (cr, &text_sink_key);
  const char *text = pango_layout_get_text (layout);
  const PangoFontDescription *desc = pango_layout_get_font_description (layout);
  g_autoptr(PangoLayoutIter) iter = NULL;
  cairo_matrix_t m;
  char buf[7][G_ASCII_DTOSTR_BUF_SIZE];

  if (svg == NULL || text == NULL || *text == '\0')
    return;

  cairo_get_matrix (cr, &m);
  g_string_append_printf (
      svg, "<text transform=\"matrix(%s %s %s %s %s %s)\" font-size=\"%s\"%s>",
      g_ascii_formatd (buf[0], sizeof buf[0], "%.4f", m.xx),
      g_ascii_formatd (buf[1], sizeof buf[1], "%.4f", m.yx),
      g_ascii_formatd (buf[2], sizeof buf[2], "%.4f", m.xy),
      g_ascii_formatd (buf[3], sizeof buf[3], "%.4f", m.yy),
      g_ascii_formatd (buf[4], sizeof buf[4], "%.2f", m.x0),
      g_ascii_formatd (buf[5], sizeof buf[5], "%.2f", m.y0),
      g_ascii_formatd (buf[6], sizeof buf[6], "%.2f",
                       pango_font_description_get_size (desc) / (double) PANGO_SCALE),
      pango_font_description_get_weight (desc) >= PANGO_WEIGHT_BOLD ? " font-weight=\"bold\"" : "");

  /* One <tspan> per line, each holding the characters of the text that the
   * line stands for (an ellipsised line stands for the rest of the text), so
   * the element's text is the label in full. */
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int length = line->length;
      g_autofree char *escaped = NULL;

      if (pango_layout_iter_at_last_line (iter))
        length = strlen (text) - line->start_index;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      escaped = g_markup_escape_text (text + line->start_index, length);
      g_string_append_printf (
          svg, "<tspan x=\"%s\" y=\"%s\">%s</tspan>",
          g_ascii_formatd (buf[0], sizeof buf[0], "%.2f", x + logical.x / (double) PANGO_SCALE),
          g_ascii_formatd (buf[1], sizeof buf[1], "%.2f",
                           y + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE),
          escaped);
    }
  while (pango_layout_iter_next_line (iter));

  g_string_append (svg, "</text>\n");
}

/* Drawings shared by pages */

#define SHARED_CACHE_SIZE 64

static void
shared_cache_free (gpointer data)
{
  g_hash_table_unref (data);
}

static GPrivate shared_cache_key = G_PRIVATE_INIT (shared_cache_free);

/* Whether drawings can be shared on @cr: on a PDF only, and not while a
 * text sink is attached (a drawing kept would not reach the text of an SVG). */
static gboolean
can_share (cairo_t *cr)
{
  return cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF &&
         cairo_get_user_data (cr, &text_sink_key) == NULL;
}

/* Paints the drawing kept by @key (recorded by @draw within @extents the
 * first time), with its origin at @x, @y. */
static void
paint_shared (cairo_t                 *cr,
              const char              *key,
              const cairo_rectangle_t *extents,
              double                   x,
              double                   y,
              PwChartDrawFunc          draw,
              gpointer                 data)
{
  GHashTable *cache = g_private_get (&shared_cache_key);
  cairo_surface_t *drawing;

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) cairo_surface_destroy);
      g_private_set (&shared_cache_key, cache);
    }

  drawing = g_hash_table_lookup (cache, key);
  if (drawing == NULL)
    {
      cairo_t *recorder;

      if (g_hash_table_size (cache) >= SHARED_CACHE_SIZE)
        g_hash_table_remove_all (cache);
      drawing = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, extents);
      recorder = cairo_create (drawing);
      draw (recorder, data);
      cairo_destroy (recorder);
      g_hash_table_insert (cache, g_strdup (key), drawing);
    }

  cairo_save (cr);
  cairo_set_source_surface (cr, drawing, x, y);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* What a status symbol is drawn from, centred on (0, 0) when shared. */
typedef struct
{
  PwStatus status;
  double cx;
  double cy;
  double size;
} Symbol;

static void
draw_symbol (cairo_t *cr,
             Symbol  *symbol)
{
  const Swatch *swatch = status_swatch (symbol->status);
  double size = symbol->size, r = size / 2;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  symbol_path (cr, swatch->symbol, symbol->cx, symbol->cy, r);
  pw_chart_set_rgb (cr, pw_chart_paper);
  cairo_set_line_width (cr, MAX (size * 0.22, 1.0));
  cairo_stroke_preserve (cr);
  pw_chart_set_rgb (cr, swatch->fill);
  cairo_fill_preserve (cr);
  pw_chart_set_rgb (cr, swatch->ink);
  cairo_set_line_width (cr, MAX (size * 0.07, 0.5));
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Public API: the palette */

/**
 * pw_chart_status_color:
 * @status: a status
 * @rgb: (out caller-allocates) (array fixed-size=3): red, green and blue, 0–1
 *
 * The fill colour of @status, the same in every chart and grid.
 */
void
pw_chart_status_color (PwStatus status,
                       double   rgb[3])
{
  copy_rgb (status_swatch (status)->fill, rgb);
}

/**
 * pw_chart_status_ink:
 * @status: a status
 * @rgb: (out caller-allocates) (array fixed-size=3): red, green and blue, 0–1
 *
 * The darker shade of @status for outlines and the lines of its pattern.
 */
void
pw_chart_status_ink (PwStatus status,
                     double   rgb[3])
{
  copy_rgb (status_swatch (status)->ink, rgb);
}

PwChartPattern
pw_chart_status_pattern (PwStatus status)
{
  return status_swatch (status)->pattern;
}

PwChartSymbol
pw_chart_status_symbol (PwStatus status)
{
  return status_swatch (status)->symbol;
}

void
pw_chart_project_status_color (PwProjectStatus status,
                               double          rgb[3])
{
  copy_rgb (project_swatch (status)->fill, rgb);
}

void
pw_chart_project_status_ink (PwProjectStatus status,
                             double          rgb[3])
{
  copy_rgb (project_swatch (status)->ink, rgb);
}

PwChartPattern
pw_chart_project_status_pattern (PwProjectStatus status)
{
  return project_swatch (status)->pattern;
}

void
pw_chart_set_rgb (cairo_t      *cr,
                  const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

/**
 * pw_chart_draw_status_symbol:
 * @cr: a cairo context
 * @status: a status
 * @cx: the centre
 * @cy: the centre
 * @size: the diameter
 *
 * Draws the marker of @status: its shape filled with its colour, outlined in
 * its ink, on a thin white halo so that it stands out on a bar.
 */
void
pw_chart_draw_status_symbol (cairo_t  *cr,
                             PwStatus  status,
                             double    cx,
                             double    cy,
                             double    size)
{
  Symbol symbol = { status, cx, cy, size };

  /* In a PDF, each symbol of a status and size is one form that the pages
   * place (a chart of the report has thousands of them): it is drawn
   * around (0, 0), in a box that holds its halo and mitred points. */
  if (can_share (cr))
    {
      double reach = size * 1.25 + 2 * MAX (size * 0.22, 1.0) + 1;
      cairo_rectangle_t extents = { -reach, -reach, 2 * reach, 2 * reach };
      char key[64];

      symbol.cx = symbol.cy = 0;
      g_snprintf (key, sizeof key, "symbol\n%d %a", (int) status, size);
      paint_shared (cr, key, &extents, cx, cy, (PwChartDrawFunc) draw_symbol, &symbol);
    }
  else
    draw_symbol (cr, &symbol);
}

static void
draw_target_point (cairo_t *cr,
                   Symbol  *point)
{
  const Swatch *swatch = status_swatch (PW_STATUS_ACHIEVED);
  double radius = point->size;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, point->cx, point->cy, radius, 0, 2 * G_PI);
  pw_chart_set_rgb (cr, pw_chart_paper);
  cairo_fill_preserve (cr);
  pw_chart_set_rgb (cr, swatch->fill);
  cairo_set_line_width (cr, 1.4);
  cairo_stroke (cr);
  cairo_arc (cr, point->cx, point->cy, radius * 0.4, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* A target that is a point: a bullseye in the colour of achievement; in a
 * PDF, one form for each radius, as the symbols. */
void
pw_chart_draw_target_point (cairo_t *cr,
                            double   cx,
                            double   cy,
                            double   radius)
{
  Symbol point = { PW_STATUS_ACHIEVED, cx, cy, radius };

  if (can_share (cr))
    {
      double reach = radius + 2;
      cairo_rectangle_t extents = { -reach, -reach, 2 * reach, 2 * reach };
      char key[64];

      point.cx = point.cy = 0;
      g_snprintf (key, sizeof key, "target point\n%a", radius);
      paint_shared (cr, key, &extents, cx, cy, (PwChartDrawFunc) draw_target_point, &point);
    }
  else
    draw_target_point (cr, &point);
}

/* The diagonal lines of @pattern (hatched or cross-hatched) in a rectangle,
 * cut to it, as one stroke in the current source.
 *
 * The pattern is anchored to the page, not to the rectangle, so that two
 * bars side by side show one continuous texture. A diagonal line meets the
 * bottom edge at u and runs 45° up (/) or meets the top edge at u and runs
 * 45° down (\); s is the distance along x from there. */
static void
stroke_diagonals (cairo_t        *cr,
                  PwChartPattern  pattern,
                  double          x,
                  double          y,
                  double          width,
                  double          height)
{
  double pitch = PATTERN_PITCH;

  for (double u = floor ((x - height) / pitch) * pitch; u <= x + width; u += pitch)
    {
      double s0 = MAX (x - u, 0), s1 = MIN (x + width - u, height);

      if (s1 <= s0)
        continue;
      cairo_move_to (cr, u + s0, y + height - s0);
      cairo_line_to (cr, u + s1, y + height - s1);
      if (pattern == PW_CHART_PATTERN_CROSSHATCH)
        {
          cairo_move_to (cr, u + s0, y + s0);
          cairo_line_to (cr, u + s1, y + s1);
        }
    }
  cairo_stroke (cr);
}

/* What a shared run of diagonals is drawn from: @width from 0, @height
 * from 0, in @ink. */
typedef struct
{
  PwChartPattern pattern;
  const double *ink;
  double width;
  double height;
} Diagonals;

static void
draw_diagonals (cairo_t   *cr,
                Diagonals *diagonals)
{
  pw_chart_set_rgb (cr, diagonals->ink);
  cairo_set_line_width (cr, PATTERN_LINE);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  stroke_diagonals (cr, diagonals->pattern, 0, 0, diagonals->width, diagonals->height);
}

/* Fills a rectangle and draws its pattern. The lines are cut to the
 * rectangle here rather than clipped, so that an SVG pasted into a word
 * processor whose renderer ignores clip paths shows the same; on a PDF the
 * diagonals are a run shared by every bar of the same height and about the
 * same length (a power of two of the pitch), placed at a multiple of the
 * pitch and clipped at the bar's ends, as a bar of the progress chart had
 * 20-40 lines of its own, half the numbers of its page. */
void
pw_chart_fill_pattern (cairo_t        *cr,
                       const double    fill[3],
                       const double    ink[3],
                       PwChartPattern  pattern,
                       double          x,
                       double          y,
                       double          width,
                       double          height)
{
  double pitch = PATTERN_PITCH;
  double dot = pitch * 0.17;

  if (width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, y, width, height);
  pw_chart_set_rgb (cr, fill);
  cairo_fill (cr);
  pw_chart_set_rgb (cr, ink);
  cairo_set_line_width (cr, PATTERN_LINE);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  switch (pattern)
    {
    case PW_CHART_PATTERN_HATCH:
    case PW_CHART_PATTERN_CROSSHATCH:
      if (can_share (cr))
        {
          /* the foot of the first line that reaches the bar */
          double foot = floor ((x - height) / pitch) * pitch;
          double n = exp2 (ceil (log2 (MAX (ceil ((x + width - foot) / pitch), 1))));
          Diagonals diagonals = { pattern, ink, n * pitch, height };
          cairo_rectangle_t extents = { -PATTERN_LINE, -PATTERN_LINE,
                                        diagonals.width + 2 * PATTERN_LINE,
                                        height + 2 * PATTERN_LINE };
          char key[160];

          g_snprintf (key, sizeof key, "diagonals\n%d %a %a %a %a %a", (int) pattern, n,
                      height, ink[0], ink[1], ink[2]);
          /* the ends of the lines at the top and bottom as drawn */
          cairo_rectangle (cr, x, y - PATTERN_LINE, width, height + 2 * PATTERN_LINE);
          cairo_clip (cr);
          paint_shared (cr, key, &extents, foot, y, (PwChartDrawFunc) draw_diagonals,
                        &diagonals);
        }
      else
        stroke_diagonals (cr, pattern, x, y, width, height);
      break;
    case PW_CHART_PATTERN_DOTS:
      for (double v = floor (y / pitch) * pitch + pitch / 2; v + dot <= y + height; v += pitch)
        for (double u = floor (x / pitch) * pitch + pitch / 2; u + dot <= x + width; u += pitch)
          {
            if (v - dot < y || u - dot < x)
              continue;
            cairo_new_sub_path (cr);
            cairo_arc (cr, u, v, dot, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    case PW_CHART_PATTERN_LINES:
      for (double v = floor (y / pitch) * pitch + pitch / 2; v < y + height; v += pitch)
        {
          if (v - PATTERN_LINE * 0.4 < y || v + PATTERN_LINE * 0.4 > y + height)
            continue;
          cairo_move_to (cr, x, v);
          cairo_line_to (cr, x + width, v);
        }
      cairo_set_line_width (cr, PATTERN_LINE * 0.8);
      cairo_stroke (cr);
      break;
    case PW_CHART_PATTERN_SOLID:
    default:
      break;
    }
  cairo_restore (cr);
}

/**
 * pw_chart_fill_status:
 * @cr: a cairo context
 * @status: a status
 * @x: the left edge
 * @y: the top edge
 * @width: the width
 * @height: the height
 *
 * Fills a rectangle with the colour and pattern of @status.
 */
void
pw_chart_fill_status (cairo_t  *cr,
                      PwStatus  status,
                      double    x,
                      double    y,
                      double    width,
                      double    height)
{
  const Swatch *swatch = status_swatch (status);

  pw_chart_fill_pattern (cr, swatch->fill, swatch->ink, swatch->pattern, x, y, width, height);
}

void
pw_chart_fill_project_status (cairo_t         *cr,
                              PwProjectStatus  status,
                              double           x,
                              double           y,
                              double           width,
                              double           height)
{
  const Swatch *swatch = project_swatch (status);

  pw_chart_fill_pattern (cr, swatch->fill, swatch->ink, swatch->pattern, x, y, width, height);
}

/* Public API: drawings shared by pages */

/* A recording surface painted again is written once to a PDF (Cairo keeps
 * a source by its identity), as a form that each page refers to: the
 * pages look the same, and the report no longer writes, compresses and
 * analyses the same legend on thousands of pages. */
void
pw_chart_draw_shared (cairo_t         *cr,
                      const char      *key,
                      double           width,
                      double           height,
                      PwChartDrawFunc  draw,
                      gpointer         data)
{
  cairo_rectangle_t extents = { 0, 0, width, height };

  if (!can_share (cr))
    draw (cr, data);
  else
    paint_shared (cr, key, &extents, 0, 0, draw, data);
}

/* Text: one Pango context for every chart, and the layouts made recently.
 *
 * A chart measures a label while it lays itself out and draws the same
 * label later, and the report draws the same labels (years, legends,
 * column titles) on thousands of pages: a layout, once shaped, is kept for
 * the next label of the same text, font and box. The cache is bounded: when
 * full it becomes the old generation and a new one starts; a layout found
 * in the old one moves to the new, so the labels of every page stay while
 * those of one page go. It is kept per thread, as Pango objects are. */

#define TEXT_CACHE_SIZE 4096

typedef struct
{
  char *text;
  int size;        /* in Pango units */
  int width;       /* in Pango units, -1 for one line */
  guint8 bold;
  guint8 alignment;
  gint16 max_lines;
} TextKey;

typedef struct
{
  PangoContext *context;
  GHashTable *layouts; /* TextKey → PangoLayout */
  GHashTable *old_layouts;
  GHashTable *lines;   /* the line height of a font size, in Pango units */
} TextCache;

static guint
text_key_hash (gconstpointer data)
{
  const TextKey *key = data;

  return g_str_hash (key->text) ^ (guint) key->size * 31 ^ (guint) key->width * 17 ^
         (guint) (key->bold | key->alignment << 1 | key->max_lines << 3);
}

static gboolean
text_key_equal (gconstpointer a,
                gconstpointer b)
{
  const TextKey *x = a, *y = b;

  return x->size == y->size && x->width == y->width && x->bold == y->bold &&
         x->alignment == y->alignment && x->max_lines == y->max_lines &&
         strcmp (x->text, y->text) == 0;
}

static void
text_key_free (gpointer data)
{
  TextKey *key = data;

  g_free (key->text);
  g_free (key);
}

static void
text_cache_free (gpointer data)
{
  TextCache *cache = data;

  g_clear_pointer (&cache->layouts, g_hash_table_unref);
  g_clear_pointer (&cache->old_layouts, g_hash_table_unref);
  g_clear_pointer (&cache->lines, g_hash_table_unref);
  g_clear_object (&cache->context);
  g_free (cache);
}

static GPrivate text_cache_key = G_PRIVATE_INIT (text_cache_free);

static TextCache *
text_cache_get (void)
{
  TextCache *cache = g_private_get (&text_cache_key);
  cairo_font_options_t *options;

  if (cache != NULL)
    return cache;

  cache = g_new0 (TextCache, 1);
  cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  /* Unhinted metrics and unrounded positions: a label is as wide in a PDF as
   * on screen, so the layout does not depend on the surface. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (cache->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (cache->context, FALSE);
  /* The names of indicators are Chinese whatever the language of the user:
   * ask for the simplified forms of the Han characters. */
  pango_context_set_language (cache->context, pango_language_from_string ("zh-cn"));
  cache->layouts = g_hash_table_new_full (text_key_hash, text_key_equal, text_key_free, g_object_unref);
  cache->old_layouts = g_hash_table_new_full (text_key_hash, text_key_equal, text_key_free, g_object_unref);
  cache->lines = g_hash_table_new (NULL, NULL);
  g_private_set (&text_cache_key, cache);
  return cache;
}

/* Public API: text */

PwChartStyle *
pw_chart_style_new (double width,
                    double height)
{
  PwChartStyle *style = g_new0 (PwChartStyle, 1);
  TextCache *cache = text_cache_get ();
  gpointer line;

  style->context = g_object_ref (cache->context);
  style->size = CLAMP (width / 70.0, 8.0, 12.0);
  style->font = pango_font_description_from_string (FONT_FAMILIES);
  pango_font_description_set_absolute_size (style->font, style->size * PANGO_SCALE);

  /* the metrics of a size, asked of the fonts once */
  line = g_hash_table_lookup (cache->lines, GINT_TO_POINTER ((int) (style->size * PANGO_SCALE)));
  if (line == NULL)
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (style->context, style->font, NULL);
      int units = pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics);

      pango_font_metrics_unref (metrics);
      line = GINT_TO_POINTER (MAX (units, 0) + 1);
      g_hash_table_insert (cache->lines, GINT_TO_POINTER ((int) (style->size * PANGO_SCALE)), line);
    }
  style->line = (GPOINTER_TO_INT (line) - 1) / (double) PANGO_SCALE;
  if (style->line <= 0)
    style->line = style->size * 1.45;
  style->margin = style->size * 1.75;

  return style;
}

void
pw_chart_style_free (PwChartStyle *style)
{
  if (style == NULL)
    return;
  g_clear_object (&style->context);
  g_clear_pointer (&style->font, pango_font_description_free);
  g_free (style);
}

/* The height of a line of text at @scale times the base size. */
double
pw_chart_style_line (PwChartStyle *style,
                     double        scale)
{
  return style->line * scale;
}

PangoLayout *
pw_chart_text_new (PwChartStyle     *style,
                   const char       *text,
                   double            scale,
                   PwChartTextFlags  flags,
                   double            width,
                   int               max_lines,
                   PangoAlignment    alignment)
{
  PangoLayout *layout = pango_layout_new (style->context);
  PangoFontDescription *desc = pango_font_description_copy_static (style->font);

  pango_font_description_set_absolute_size (desc, style->size * scale * PANGO_SCALE);
  if (flags & PW_CHART_TEXT_BOLD)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -MAX (max_lines, 1));
    }
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

void
pw_chart_text_get_size (PangoLayout *layout,
                        double      *width,
                        double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = logical.width / (double) PANGO_SCALE;
  if (height != NULL)
    *height = logical.height / (double) PANGO_SCALE;
}

double
pw_chart_text_get_baseline (PangoLayout *layout)
{
  return pango_layout_get_baseline (layout) / (double) PANGO_SCALE;
}

/* A batch of text (pw_chart_text_batch_begin()): the glyphs of the layouts
 * drawn while it is open, by font and colour, each shown with one call
 * when it closes, as Pango's renderer would have shown them run by run. */

typedef struct
{
  cairo_scaled_font_t *font;
  double rgb[3];
  GString *utf8;
  GArray *glyphs;   /* of cairo_glyph_t */
  GArray *clusters; /* of cairo_text_cluster_t */
} TextRun;

static cairo_user_data_key_t text_batch_key;

static void
text_run_free (gpointer data)
{
  TextRun *run = data;

  cairo_scaled_font_destroy (run->font);
  g_string_free (run->utf8, TRUE);
  g_array_unref (run->glyphs);
  g_array_unref (run->clusters);
  g_free (run);
}

/* Whether Pango's renderer would draw every run of @layout with
 * cairo_show_text_glyphs() alone: left to right, in a font of Cairo's, no
 * glyph drawn as a box. */
static gboolean
layout_is_plain (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  gboolean plain = TRUE;

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      if (run == NULL)
        continue;
      if ((run->item->analysis.level & 1) != 0 || run->y_offset != 0 || run->start_x_offset != 0 ||
          run->end_x_offset != 0 || !PANGO_IS_CAIRO_FONT (run->item->analysis.font) ||
          pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font)) == NULL)
        plain = FALSE;
      for (int i = 0; plain && i < run->glyphs->num_glyphs; i++)
        if ((run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0 &&
            run->glyphs->glyphs[i].glyph != PANGO_GLYPH_EMPTY)
          plain = FALSE;
    }
  while (plain && pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
  return plain;
}

static TextRun *
text_batch_run (GPtrArray           *batch,
                cairo_scaled_font_t *font,
                const double         rgb[3])
{
  TextRun *run;

  for (guint i = 0; i < batch->len; i++)
    {
      run = g_ptr_array_index (batch, i);
      if (run->font == font && memcmp (run->rgb, rgb, sizeof run->rgb) == 0)
        return run;
    }
  run = g_new0 (TextRun, 1);
  run->font = cairo_scaled_font_reference (font);
  memcpy (run->rgb, rgb, sizeof run->rgb);
  run->utf8 = g_string_new (NULL);
  run->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  run->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  g_ptr_array_add (batch, run);
  return run;
}

/* Adds the glyphs of @layout at the current point (@x0, @y0) to @batch,
 * placed and grouped into clusters as pango_cairo_show_layout() does. */
static void
text_batch_add (GPtrArray    *batch,
                PangoLayout  *layout,
                double        x0,
                double        y0,
                const double  rgb[3])
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  const char *text = pango_layout_get_text (layout);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int baseline = pango_layout_iter_get_baseline (iter);
      int x_off = 0;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      for (GSList *l = line->runs; l != NULL; l = l->next)
        {
          PangoGlyphItem *item = l->data;
          PangoGlyphString *glyphs = item->glyphs;
          TextRun *run = text_batch_run (
              batch, pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (item->item->analysis.font)),
              rgb);
          double base_x = x0 + (double) (logical.x + x_off) / PANGO_SCALE;
          double base_y = y0 + (double) baseline / PANGO_SCALE;
          PangoGlyphItemIter cluster;
          int x_position = 0;

          g_string_append_len (run->utf8, text + item->item->offset, item->item->length);
          if (pango_glyph_item_iter_init_start (&cluster, item, text))
            do
              {
                cairo_text_cluster_t c = { cluster.end_index - cluster.start_index,
                                           cluster.end_glyph - cluster.start_glyph };

                for (int i = cluster.start_glyph; i < cluster.end_glyph; i++)
                  c.num_glyphs -= glyphs->glyphs[i].glyph == PANGO_GLYPH_EMPTY;
                g_array_append_val (run->clusters, c);
              }
            while (pango_glyph_item_iter_next_cluster (&cluster));
          for (int i = 0; i < glyphs->num_glyphs; i++)
            {
              PangoGlyphInfo *gi = &glyphs->glyphs[i];

              if (gi->glyph != PANGO_GLYPH_EMPTY)
                {
                  cairo_glyph_t glyph = {
                    gi->glyph, base_x + (double) (x_position + gi->geometry.x_offset) / PANGO_SCALE,
                    gi->geometry.y_offset == 0
                        ? base_y
                        : base_y + (double) gi->geometry.y_offset / PANGO_SCALE,
                  };

                  g_array_append_val (run->glyphs, glyph);
                }
              x_position += gi->geometry.width;
            }
          x_off += pango_glyph_string_get_width (glyphs);
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/**
 * pw_chart_text_batch_begin:
 * @cr: a cairo context
 *
 * On a PDF, the text that pw_chart_text_draw() draws from now on is kept
 * and drawn by pw_chart_text_batch_end(), in one operation for each font
 * and colour instead of one for each run of each label: a page of the
 * report's table drew 400 runs, and each operation costs the PDF surface
 * about as much to record, analyse and write as ten glyphs. The text then
 * lies above whatever is drawn in between, which must not overlap it; the
 * transformation and the clip must stay as they are. Elsewhere it does
 * nothing.
 */
void
pw_chart_text_batch_begin (cairo_t *cr)
{
  if (can_share (cr) && cairo_get_user_data (cr, &text_batch_key) == NULL)
    cairo_set_user_data (cr, &text_batch_key, g_ptr_array_new_with_free_func (text_run_free),
                         (cairo_destroy_func_t) g_ptr_array_unref);
}

void
pw_chart_text_batch_end (cairo_t *cr)
{
  GPtrArray *batch = cairo_get_user_data (cr, &text_batch_key);

  if (batch == NULL)
    return;
  for (guint i = 0; i < batch->len; i++)
    {
      TextRun *run = g_ptr_array_index (batch, i);

      cairo_save (cr);
      pw_chart_set_rgb (cr, run->rgb);
      cairo_set_scaled_font (cr, run->font);
      cairo_show_text_glyphs (cr, run->utf8->str, run->utf8->len,
                              (cairo_glyph_t *) run->glyphs->data, run->glyphs->len,
                              (cairo_text_cluster_t *) run->clusters->data, run->clusters->len, 0);
      cairo_restore (cr);
    }
  cairo_set_user_data (cr, &text_batch_key, NULL, NULL);
}

void
pw_chart_text_draw (cairo_t      *cr,
                    PangoLayout  *layout,
                    double        x,
                    double        y,
                    const double  rgb[3])
{
  GPtrArray *batch = cairo_get_user_data (cr, &text_batch_key);

  if (batch != NULL && layout_is_plain (layout))
    {
      double x0, y0;

      /* where Pango's renderer starts: the current point, as Cairo keeps it */
      cairo_move_to (cr, x, y);
      cairo_get_current_point (cr, &x0, &y0);
      cairo_new_path (cr);
      text_batch_add (batch, layout, x0, y0, rgb);
      return;
    }

  cairo_save (cr);
  pw_chart_set_rgb (cr, rgb);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  record_layout (cr, layout, x, y);
  cairo_restore (cr);
}

/* A layout of @text as pw_chart_text_new() makes it, shaped once and kept
 * in the cache: it must not be changed, and is the cache's (a caller that
 * measures a label now and draws it later takes a reference, as the cache
 * may have let it go by then). */
PangoLayout *
pw_chart_text_get (PwChartStyle     *style,
                   const char       *text,
                   double            scale,
                   PwChartTextFlags  flags,
                   double            width,
                   int               max_lines,
                   PangoAlignment    alignment)
{
  TextCache *cache = text_cache_get ();
  TextKey key = {
    (char *) (text != NULL ? text : ""),
    (int) (style->size * scale * PANGO_SCALE),
    width > 0 ? (int) (width * PANGO_SCALE) : -1,
    (flags & PW_CHART_TEXT_BOLD) != 0,
    alignment,
    width > 0 ? MAX (max_lines, 1) : 0,
  };
  gpointer stored = NULL, layout = NULL;

  layout = g_hash_table_lookup (cache->layouts, &key);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (cache->layouts) >= TEXT_CACHE_SIZE / 2)
    {
      GHashTable *old = cache->old_layouts;

      cache->old_layouts = cache->layouts;
      g_hash_table_remove_all (old);
      cache->layouts = old;
    }
  if (!g_hash_table_steal_extended (cache->old_layouts, &key, &stored, &layout))
    {
      TextKey *made = g_new (TextKey, 1);

      *made = key;
      made->text = g_strdup (key.text);
      stored = made;
      layout = pw_chart_text_new (style, text, scale, flags, width, max_lines, alignment);
      /* shaped now, and kept shaped */
      pango_layout_get_extents (layout, NULL, NULL);
    }
  g_hash_table_insert (cache->layouts, stored, layout);
  return layout;
}

/* Draws @text with its top left at @x, @y; returns its height. */
double
pw_chart_text_show (cairo_t          *cr,
                    PwChartStyle     *style,
                    const char       *text,
                    double            scale,
                    PwChartTextFlags  flags,
                    double            x,
                    double            y,
                    double            width,
                    int               max_lines,
                    PangoAlignment    alignment,
                    const double      rgb[3])
{
  PangoLayout *layout;
  double height;

  if (text == NULL || *text == '\0')
    return 0;

  layout = pw_chart_text_get (style, text, scale, flags, width, max_lines, alignment);
  pw_chart_text_draw (cr, layout, x, y, rgb);
  pw_chart_text_get_size (layout, NULL, &height);
  return height;
}

/* The width of @text on one line. */
double
pw_chart_text_measure (PwChartStyle     *style,
                       const char       *text,
                       double            scale,
                       PwChartTextFlags  flags)
{
  double width;

  pw_chart_text_get_size (pw_chart_text_get (style, text, scale, flags, -1, 0, PANGO_ALIGN_LEFT),
                          &width, NULL);
  return width;
}

/* The size @text takes in a box @width wide (-1 for one line) of at most
 * @max_lines, without drawing it. */
void
pw_chart_text_measure_box (PwChartStyle     *style,
                           const char       *text,
                           double            scale,
                           PwChartTextFlags  flags,
                           double            width,
                           int               max_lines,
                           PangoAlignment    alignment,
                           double           *text_width,
                           double           *text_height)
{
  pw_chart_text_get_size (pw_chart_text_get (style, text, scale, flags, width, max_lines,
                                             alignment),
                          text_width, text_height);
}

void
pw_chart_text_sink_attach (cairo_t *cr,
                           GString *svg)
{
  cairo_set_user_data (cr, &text_sink_key, svg, NULL);
}

double
pw_chart_alert_tag_width (PwChartStyle *style,
                          double        scale)
{
  return pw_chart_text_measure (style, _("Alert"), scale, PW_CHART_TEXT_BOLD) +
         style->size * scale * 0.8;
}

/* The 预警 tag: the word in bold, white on black, readable on any printer.
 * @y is the top of a line of text at @scale; returns the tag's width. */
/* What an alert tag is drawn from: its word, laid out, in a box of @width
 * from @x, @y, a line of text at @scale high. */
typedef struct
{
  PwChartStyle *style;
  PangoLayout *layout;
  double x;
  double y;
  double scale;
  double width;
} AlertTag;

static void
draw_alert_tag (cairo_t  *cr,
                AlertTag *tag)
{
  double pad = tag->style->size * tag->scale * 0.4;
  double line = pw_chart_style_line (tag->style, tag->scale);
  double text_height;

  pw_chart_text_get_size (tag->layout, NULL, &text_height);
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, tag->x, tag->y + line * 0.08, tag->width, line * 0.84);
  pw_chart_set_rgb (cr, pw_chart_ink);
  cairo_fill (cr);
  cairo_restore (cr);
  pw_chart_text_draw (cr, tag->layout, tag->x + pad, tag->y + (line - text_height) / 2,
                      pw_chart_paper);
}

double
pw_chart_draw_alert_tag (cairo_t      *cr,
                         PwChartStyle *style,
                         double        x,
                         double        y,
                         double        scale)
{
  const char *word = _("Alert");
  AlertTag tag = { style, pw_chart_text_get (style, word, scale * 0.92, PW_CHART_TEXT_BOLD, -1, 0,
                                    PANGO_ALIGN_LEFT), x, y, scale };
  double line = pw_chart_style_line (style, scale);

  pw_chart_text_get_size (tag.layout, &tag.width, NULL);
  tag.width += 2 * style->size * scale * 0.4;

  /* in a PDF, one form for each size, placed by every row and page that
   * has an alert */
  if (can_share (cr))
    {
      cairo_rectangle_t extents = { -line, -line, tag.width + 2 * line, 3 * line };
      g_autofree char *key = g_strdup_printf ("alert tag\n%a %a %s", style->size, scale, word);

      tag.x = tag.y = 0;
      paint_shared (cr, key, &extents, x, y, (PwChartDrawFunc) draw_alert_tag, &tag);
    }
  else
    draw_alert_tag (cr, &tag);

  return tag.width;
}
