/* pw-chart-text.c: the text of every chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart's style (pw_chart_style_new()) holds the one Pango context and the
 * fonts every chart draws with; the layouts of the labels measured and drawn
 * are kept per thread, and a figure (12.5, ≥80%) is set from the glyphs of
 * its characters without a layout; on a PDF, a batch of text (a page of the
 * report's table) writes the glyphs of its layouts in one operation for each
 * font and colour; while a sink is attached, every label drawn is also
 * written as SVG <text>, which the SVG export and the tests read.
 */

#define G_LOG_DOMAIN "pw-chart"

#include "config.h"

#include "pw-chart-private.h"

#include <string.h>

/* The fonts come from fontconfig: Noto Sans CJK on Debian, whatever maps
 * "Sans" to a CJK face elsewhere. */
#define FONT_FAMILIES                                                                              \
  "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, WenQuanYi Micro Hei, Sans"

static cairo_user_data_key_t text_sink_key;

/* Auxiliary methods */

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

/* Figures (12.5, ≥80%, 2025, 22.20 (2025)) drawn without a layout.
 *
 * Most labels of the report's charts are figures, each drawn once (a
 * trend's values and its table, the ends of the progress chart's bars,
 * the table's numbers): each was a layout shaped by Pango and HarfBuzz,
 * about 90,000 instructions for a few glyphs that are always the same.
 * A label made only of the characters below is set from their glyphs,
 * shaped once for each font size: Pango makes of it one run in one font,
 * a glyph for each character whose advance does not depend on its
 * neighbours, so its glyphs are placed, and written, as
 * pango_cairo_show_layout() would. That is checked when the glyphs are
 * shaped, on every pair of the characters side by side: a font that
 * kerns, joins or falls back on any of them is not used this way. */

static const gunichar quick_chars[] = {
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ',', '%', '+', '-', '(', ')', ':',
  '/', ' ', 0x00b1 /* ± */, 0x2265 /* ≥ */, 0x2264 /* ≤ */, 0x2212 /* − */,
};

#define N_QUICK G_N_ELEMENTS (quick_chars)

typedef struct
{
  gboolean usable;
  PangoFont *font;
  cairo_scaled_font_t *scaled_font; /* the font's */
  int height;                       /* of a line, in Pango units */
  int baseline;
  PangoGlyph glyphs[N_QUICK];
  int widths[N_QUICK];
} QuickFont;

static void
quick_font_free (gpointer data)
{
  QuickFont *quick = data;

  g_clear_object (&quick->font);
  g_free (quick);
}

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
  GHashTable *quick;   /* size << 1 | bold → QuickFont */
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
  g_clear_pointer (&cache->quick, g_hash_table_unref);
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
  cache->quick = g_hash_table_new_full (NULL, NULL, NULL, quick_font_free);
  g_private_set (&text_cache_key, cache);
  return cache;
}

/* Private API (pw-chart-private.h) */

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
  if (pw_chart_can_share (cr))
    pw_chart_text_batch_begin_shared (cr);
}

/* The same on the recorder of a drawing shared by the pages of a PDF
 * (pw_chart_draw_shared()), which is a recording surface: each page that
 * paints the drawing has Cairo analyse every operation of it again. */
void
pw_chart_text_batch_begin_shared (cairo_t *recorder)
{
  if (cairo_get_user_data (recorder, &text_batch_key) == NULL)
    cairo_set_user_data (recorder, &text_batch_key,
                         g_ptr_array_new_with_free_func (text_run_free),
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

/* Figures drawn without a layout (see quick_chars) */

static int
quick_index (gunichar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  for (guint i = 10; i < N_QUICK; i++)
    if (quick_chars[i] == c)
      return i;
  return -1;
}

/* Shapes every pair of the characters, as pw_chart_text_new() would lay
 * them out, and keeps each character's glyph if they pass (see above). */
static QuickFont *
quick_font_new (PwChartStyle     *style,
                double            scale,
                PwChartTextFlags  flags)
{
  QuickFont *quick = g_new0 (QuickFont, 1);
  g_autoptr(GString) pairs = g_string_new (NULL);
  g_autoptr(PangoLayout) layout = NULL;
  gboolean seen[N_QUICK] = { FALSE };
  PangoRectangle logical;
  PangoLayoutLine *line;
  PangoGlyphItem *run;
  PangoFont *font;
  int n = 0;

  for (guint i = 0; i < N_QUICK; i++)
    for (guint j = 0; j < N_QUICK; j++)
      {
        g_string_append_unichar (pairs, quick_chars[i]);
        g_string_append_unichar (pairs, quick_chars[j]);
      }
  layout = pw_chart_text_new (style, pairs->str, scale, flags, -1, 0, PANGO_ALIGN_LEFT);
  pango_layout_get_extents (layout, NULL, &logical);
  quick->height = logical.height;
  quick->baseline = pango_layout_get_baseline (layout);

  if (pango_layout_get_line_count (layout) != 1 || logical.y != 0)
    return quick;
  line = pango_layout_get_line_readonly (layout, 0);
  if (line->runs == NULL || line->runs->next != NULL)
    return quick;
  run = line->runs->data;
  font = run->item->analysis.font;
  if ((run->item->analysis.level & 1) != 0 || run->y_offset != 0 || run->start_x_offset != 0 ||
      run->end_x_offset != 0 || run->item->offset != 0 || run->item->length != (int) pairs->len ||
      !PANGO_IS_CAIRO_FONT (font) ||
      pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font)) == NULL)
    return quick;

  for (const char *p = pairs->str; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      int c = quick_index (g_utf8_get_char (p));
      PangoGlyphInfo *gi;

      if (n >= run->glyphs->num_glyphs || run->glyphs->log_clusters[n] != p - pairs->str)
        return quick;
      gi = &run->glyphs->glyphs[n];
      if ((gi->glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0 || gi->glyph == PANGO_GLYPH_EMPTY ||
          gi->geometry.x_offset != 0 || gi->geometry.y_offset != 0 || !gi->attr.is_cluster_start)
        return quick;
      if (!seen[c])
        {
          seen[c] = TRUE;
          quick->glyphs[c] = gi->glyph;
          quick->widths[c] = gi->geometry.width;
        }
      else if (quick->glyphs[c] != gi->glyph || quick->widths[c] != gi->geometry.width)
        return quick;
    }
  if (n != run->glyphs->num_glyphs)
    return quick;

  quick->font = g_object_ref (font);
  quick->scaled_font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font));
  quick->usable = TRUE;
  return quick;
}

/* The quick font of @text, and the width of its line in Pango units, if
 * it is a figure that fits in @width (-1 for one line); or %NULL. */
static QuickFont *
quick_line (PwChartStyle     *style,
            const char       *text,
            double            scale,
            PwChartTextFlags  flags,
            double            width,
            int              *line_width)
{
  TextCache *cache;
  QuickFont *quick;
  gpointer key;
  const char *p;
  int w = 0;

  /* a space at either end is left to Pango, which may set it apart */
  if (text == NULL || *text == '\0' || *text == ' ' || text[strlen (text) - 1] == ' ' ||
      quick_index (g_utf8_get_char (text)) < 0)
    return NULL;

  cache = text_cache_get ();
  key = GINT_TO_POINTER ((int) (style->size * scale * PANGO_SCALE) << 1 |
                         ((flags & PW_CHART_TEXT_BOLD) != 0));
  quick = g_hash_table_lookup (cache->quick, key);
  if (quick == NULL)
    {
      quick = quick_font_new (style, scale, flags);
      g_hash_table_insert (cache->quick, key, quick);
    }
  if (!quick->usable)
    return NULL;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int c = quick_index (g_utf8_get_char (p));

      if (c < 0)
        return NULL;
      w += quick->widths[c];
    }
  /* a line as wide as the box or wider is Pango's to wrap or ellipsise */
  if (width > 0 && w >= (int) (width * PANGO_SCALE))
    return NULL;
  *line_width = w;
  return quick;
}

/* Where Pango puts a line @line_width wide in a layout @width wide (-1
 * for a layout as wide as its line), in Pango units (get_x_offset() in
 * pango-layout.c). */
static int
quick_x_offset (double          width,
                int             line_width,
                PangoAlignment  alignment)
{
  int layout_width = width > 0 ? (int) (width * PANGO_SCALE) : line_width;
  int x = 0;

  if (alignment == PANGO_ALIGN_RIGHT)
    x = layout_width - line_width;
  else if (alignment == PANGO_ALIGN_CENTER)
    {
      x = (layout_width - line_width) / 2;
      if (((layout_width | line_width) & (PANGO_SCALE - 1)) == 0)
        x = PANGO_UNITS_ROUND (x);
    }
  return x;
}

/* Draws the glyphs of @text with the top left of its layout at @x, @y, or
 * adds them to the batch open on @cr, as pango_cairo_show_layout() would
 * a layout of it whose line starts @x_offset from the left. */
static void
quick_show (cairo_t      *cr,
            QuickFont    *quick,
            const char   *text,
            double        x,
            double        y,
            int           x_offset,
            const double  rgb[3])
{
  GPtrArray *batch = cairo_get_user_data (cr, &text_batch_key);
  cairo_glyph_t stack_glyphs[64];
  cairo_text_cluster_t stack_clusters[64];
  g_autofree cairo_glyph_t *heap_glyphs = NULL;
  g_autofree cairo_text_cluster_t *heap_clusters = NULL;
  cairo_glyph_t *glyphs = stack_glyphs;
  cairo_text_cluster_t *clusters = stack_clusters;
  glong n_chars = g_utf8_strlen (text, -1);
  double x0, y0, base_x, base_y;
  int x_position = 0, n = 0;

  if (n_chars > (glong) G_N_ELEMENTS (stack_glyphs))
    {
      glyphs = heap_glyphs = g_new (cairo_glyph_t, n_chars);
      clusters = heap_clusters = g_new (cairo_text_cluster_t, n_chars);
    }

  /* where Pango's renderer starts: the current point, as Cairo keeps it */
  cairo_move_to (cr, x, y);
  cairo_get_current_point (cr, &x0, &y0);
  cairo_new_path (cr);
  base_x = x0 + (double) x_offset / PANGO_SCALE;
  base_y = y0 + (double) quick->baseline / PANGO_SCALE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      int c = quick_index (g_utf8_get_char (p));

      glyphs[n] = (cairo_glyph_t) { quick->glyphs[c], base_x + (double) x_position / PANGO_SCALE,
                                    base_y };
      clusters[n] = (cairo_text_cluster_t) { g_utf8_next_char (p) - p, 1 };
      x_position += quick->widths[c];
    }

  if (batch != NULL)
    {
      TextRun *run = text_batch_run (batch, quick->scaled_font, rgb);

      g_string_append (run->utf8, text);
      g_array_append_vals (run->glyphs, glyphs, n);
      g_array_append_vals (run->clusters, clusters, n);
      return;
    }

  cairo_save (cr);
  pw_chart_set_rgb (cr, rgb);
  cairo_set_scaled_font (cr, quick->scaled_font);
  if (cairo_surface_has_show_text_glyphs (cairo_get_target (cr)))
    cairo_show_text_glyphs (cr, text, strlen (text), glyphs, n, clusters, n, 0);
  else
    cairo_show_glyphs (cr, glyphs, n);
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
  QuickFont *quick;
  double height;
  int line_width;

  if (text == NULL || *text == '\0')
    return 0;

  if (!pw_chart_text_sink_is_attached (cr) &&
      (quick = quick_line (style, text, scale, flags, width, &line_width)) != NULL)
    {
      quick_show (cr, quick, text, x, y, quick_x_offset (width, line_width, alignment), rgb);
      return quick->height / (double) PANGO_SCALE;
    }

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
  int line_width;

  if (quick_line (style, text, scale, flags, -1, &line_width) != NULL)
    return line_width / (double) PANGO_SCALE;
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
  QuickFont *quick;
  int line_width;

  if ((quick = quick_line (style, text, scale, flags, width, &line_width)) != NULL)
    {
      if (text_width != NULL)
        *text_width = line_width / (double) PANGO_SCALE;
      if (text_height != NULL)
        *text_height = quick->height / (double) PANGO_SCALE;
      return;
    }
  pw_chart_text_get_size (pw_chart_text_get (style, text, scale, flags, width, max_lines,
                                             alignment),
                          text_width, text_height);
}

/* Whether @text, in a box @width wide (-1 for one line), is a figure that
 * pw_chart_text_show() and the measures set from its glyphs, without a
 * layout (see quick_chars). */
gboolean
pw_chart_text_is_figure (PwChartStyle     *style,
                         const char       *text,
                         double            scale,
                         PwChartTextFlags  flags,
                         double            width)
{
  int line_width;

  return quick_line (style, text, scale, flags, width, &line_width) != NULL;
}

void
pw_chart_text_sink_attach (cairo_t *cr,
                           GString *svg)
{
  cairo_set_user_data (cr, &text_sink_key, svg, NULL);
}

/* Whether a text sink is attached to @cr (pw_chart_text_sink_attach()). */
gboolean
pw_chart_text_sink_is_attached (cairo_t *cr)
{
  return cairo_get_user_data (cr, &text_sink_key) != NULL;
}
