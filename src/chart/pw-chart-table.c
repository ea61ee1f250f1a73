/* pw-chart-table.c: a table of wrapped text over as many pages as it needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tables that offices exchange as pages (the 修改对照表 of a comparison,
 * the 审阅意见汇总表 of a report): ruled columns whose cells wrap, a header
 * row repeated on every page, rows never split across pages. Cells are
 * Pango markup, so that a diff can strike and underline characters.
 */

#define G_LOG_DOMAIN "pw-chart-table"

#include "config.h"

#include "pw-chart-table.h"

#define TEXT_SCALE 0.85

struct _PwChartTable
{
  PwChartStyle *style;    /* borrowed */
  double width;
  guint n_columns;
  double *x;              /* n_columns + 1 edges, from 0 */
  GPtrArray *header;      /* of PangoLayout */
  double header_height;
  GPtrArray *rows;        /* of GPtrArray of PangoLayout */
  GArray *heights;        /* of double */
  GArray *pages;          /* of guint: the page of each row */
};

/* Auxiliary methods */

static double
pad (PwChartTable *self)
{
  return self->style->size * 0.35;
}

static PangoLayout *
cell_layout (PwChartTable *self,
             guint         column,
             const char   *markup,
             gboolean      bold)
{
  double width = self->x[column + 1] - self->x[column] - 2 * pad (self);
  PangoLayout *layout = pw_chart_text_new (self->style, NULL, TEXT_SCALE,
                                           bold ? PW_CHART_TEXT_BOLD : 0, width, 1,
                                           PANGO_ALIGN_LEFT);

  /* every line of a cell: a paragraph of prose is long */
  pango_layout_set_height (layout, -1000);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_markup (layout, markup != NULL ? markup : "", -1);
  return layout;
}

static double
layouts_height (PwChartTable *self,
                GPtrArray    *layouts)
{
  double height = 0;

  for (guint c = 0; c < layouts->len; c++)
    {
      double h;

      pw_chart_text_get_size (g_ptr_array_index (layouts, c), NULL, &h);
      height = MAX (height, h);
    }
  return height + 2 * pad (self);
}

static void
draw_row (PwChartTable *self,
          cairo_t      *cr,
          GPtrArray    *layouts,
          double        x,
          double        y,
          double        height)
{
  for (guint c = 0; c < layouts->len; c++)
    pw_chart_text_draw (cr, g_ptr_array_index (layouts, c), x + self->x[c] + pad (self),
                        y + pad (self), pw_chart_ink);

  cairo_save (cr);
  pw_chart_set_rgb (cr, pw_chart_ink);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x, y, self->width, height);
  for (guint c = 1; c < self->n_columns; c++)
    {
      cairo_move_to (cr, x + self->x[c], y);
      cairo_line_to (cr, x + self->x[c], y + height);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Public API */

/**
 * pw_chart_table_new:
 * @style: the style of the page, which must outlive the table
 * @width: the width of the table
 * @n_columns: how many columns
 * @titles: the title of each column
 * @fractions: the share of @width of each column, adding up to 1
 *
 * Returns: (transfer full): an empty table
 */
PwChartTable *
pw_chart_table_new (PwChartStyle       *style,
                    double              width,
                    guint               n_columns,
                    const char * const *titles,
                    const double       *fractions)
{
  PwChartTable *self = g_new0 (PwChartTable, 1);
  double x = 0;

  self->style = style;
  self->width = width;
  self->n_columns = n_columns;
  self->x = g_new0 (double, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    {
      self->x[c] = x;
      x += fractions[c] * width;
    }
  self->x[n_columns] = width;

  self->header = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *markup = g_markup_escape_text (titles[c], -1);
      g_ptr_array_add (self->header, cell_layout (self, c, markup, TRUE));
    }
  self->header_height = layouts_height (self, self->header);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->heights = g_array_new (FALSE, FALSE, sizeof (double));
  self->pages = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

void
pw_chart_table_free (PwChartTable *self)
{
  if (self == NULL)
    return;
  g_free (self->x);
  g_ptr_array_unref (self->header);
  g_ptr_array_unref (self->rows);
  g_array_unref (self->heights);
  g_array_unref (self->pages);
  g_free (self);
}

/**
 * pw_chart_table_add_row:
 * @self: a table
 * @markup: the Pango markup of each cell
 */
void
pw_chart_table_add_row (PwChartTable       *self,
                        const char * const *markup)
{
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double height;

  for (guint c = 0; c < self->n_columns; c++)
    g_ptr_array_add (layouts, cell_layout (self, c, markup[c], FALSE));
  height = layouts_height (self, layouts);
  g_ptr_array_add (self->rows, layouts);
  g_array_append_val (self->heights, height);
}

guint
pw_chart_table_get_n_rows (PwChartTable *self)
{
  return self->rows->len;
}

/**
 * pw_chart_table_paginate:
 * @self: a table
 * @first_height: the room for the table on its first page
 * @height: the room on each page after
 *
 * Returns: how many pages the table takes (1 when it has no rows)
 */
guint
pw_chart_table_paginate (PwChartTable *self,
                         double        first_height,
                         double        height)
{
  guint page = 0;
  double room = first_height - self->header_height;

  g_array_set_size (self->pages, 0);
  for (guint r = 0; r < self->rows->len; r++)
    {
      double h = g_array_index (self->heights, double, r);
      gboolean page_empty = r == 0 || g_array_index (self->pages, guint, r - 1) != page;

      /* a row taller than a page gets a page of its own, cut at the foot */
      if (h > room && !page_empty)
        {
          page++;
          room = height - self->header_height;
        }
      g_array_append_val (self->pages, page);
      room -= h;
    }
  return page + 1;
}

/**
 * pw_chart_table_draw_page:
 * @self: a table, paginated
 * @cr: where to draw
 * @page: the page of the table, from 0
 * @x: the left of the table
 * @y: the top of the table on this page
 *
 * Draws the header and the rows of one page.
 */
void
pw_chart_table_draw_page (PwChartTable *self,
                          cairo_t      *cr,
                          guint         page,
                          double        x,
                          double        y)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, self->width, self->header_height);
  pw_chart_set_rgb (cr, pw_chart_track);
  cairo_fill (cr);
  cairo_restore (cr);
  draw_row (self, cr, self->header, x, y, self->header_height);
  y += self->header_height;

  for (guint r = 0; r < self->rows->len && r < self->pages->len; r++)
    {
      double h = g_array_index (self->heights, double, r);

      if (g_array_index (self->pages, guint, r) != page)
        continue;
      draw_row (self, cr, g_ptr_array_index (self->rows, r), x, y, h);
      y += h;
    }
}
