/* pw-chart-style.c: the palette, patterns and symbols of every chart
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
 * tooltips) is in pw-chart-helpers.c; their text (the style's fonts, the
 * layouts kept, the batches of a PDF's text, the text sink) in
 * pw-chart-text.c.
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

/* Drawings shared by pages */

#define SHARED_CACHE_SIZE 64

static void
shared_cache_free (gpointer data)
{
  g_hash_table_unref (data);
}

static GPrivate shared_cache_key = G_PRIVATE_INIT (shared_cache_free);


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
      /* its text in one operation for each font and colour: nothing in a
       * shared drawing is drawn over a label */
      pw_chart_text_batch_begin_shared (recorder);
      draw (recorder, data);
      pw_chart_text_batch_end (recorder);
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
  /* Shared by the pages of a PDF (only they record a drawing), each page
   * that places the symbol has Cairo work out where its strokes reach
   * again, flattening its curves within the tolerance: a point is close
   * enough for that, and the path, already built, is written as it is */
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_RECORDING)
    cairo_set_tolerance (cr, 1.0);
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
  if (pw_chart_can_share (cr))
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

  if (pw_chart_can_share (cr))
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
      if (pw_chart_can_share (cr))
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

/* Whether drawings can be shared on @cr: on a PDF only, and not while a
 * text sink is attached (a drawing kept would not reach the text of an SVG). */
gboolean
pw_chart_can_share (cairo_t *cr)
{
  return cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF &&
         !pw_chart_text_sink_is_attached (cr);
}


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

  if (!pw_chart_can_share (cr))
    draw (cr, data);
  else
    paint_shared (cr, key, &extents, 0, 0, draw, data);
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
  if (pw_chart_can_share (cr))
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
