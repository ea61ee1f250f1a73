/* pw-printout.c: the printed report of a plan's progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cover (title, region, issuer, period, the date of the data and of
 * printing, and the count of indicators by status); the indicator table over
 * as many pages as it needs, its header repeated on each; then each chart on
 * pages of its own: the domain summary, indicator progress, the project
 * timeline, and the trend of every alert (预警), which needs a written
 * explanation; last, when the plan has comments, the annex 审阅意见汇总表. Every page has the plan's name and "page N of M" at the foot.
 *
 * The print dialog and `--export-report` draw these same pages, one on a
 * GtkPrintContext, the other on a PDF surface. The cover is drawn by
 * pw-printout-cover.c, this file cuts and draws the rest.
 */

#define G_LOG_DOMAIN "pw-printout"

#include "config.h"

#include "pw-printout.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pw-chart-private.h"
#include "pw-chart-table.h"
#include "pw-comments.h"

/* Margins of a page, in points: about 12 mm at the sides and top, room
 * for the footer at the bottom. */
#define MARGIN 34.0
#define FOOTER 30.0

typedef enum
{
  PAGE_COVER,
  PAGE_TABLE,
  PAGE_CHART,
  PAGE_COMMENTS,
} PageKind;

typedef struct
{
  PageKind kind;
  guint table_page;      /* PAGE_TABLE */
  PwChartKind chart;     /* PAGE_CHART */
  guint chart_page;
  const char *indicator_id;
  PwChartLayout *layout; /* of the chart, kept in layouts; NULL for a trend */
} Page;

/* The columns of the table. */
enum
{
  COL_NUMBER,
  COL_NAME,
  COL_UNIT,
  COL_NATURE,
  COL_BASELINE,
  COL_TARGET,
  COL_LATEST,
  COL_COMPLETION,
  COL_STATUS,
  N_COLUMNS
};

typedef struct
{
  PwIndicator *indicator; /* borrowed; NULL for a group heading */
  const char *group;
  gboolean continued;
  guint number;
  guint page;
  double y;
  double height;
  /* the cells' texts as measured when the pages were cut, shaped once and
   * drawn from (NULL for an empty cell and the status, which is drawn) */
  PangoLayout *cells[N_COLUMNS];
} TableRow;

struct _PwPrintout
{
  PwPlan *plan;          /* owned */
  double width;
  double height;
  int year;
  PwChartStyle *style;
  GArray *pages;         /* of Page */
  GArray *rows;          /* of TableRow */
  GPtrArray *layouts;    /* of PwChartLayout: each chart worked out once */
  PwChartTable *comments; /* the annex, or NULL when the plan has none */
  guint n_table_pages;
  PwChartRect content;   /* inside the margins, above the footer */
  PwChartRect table;     /* the table's part of the content */
  double column_x[N_COLUMNS + 1];
  double header_y;
  double header_height;
  double rows_y;
};

/* Auxiliary methods */

static const char *
column_title (guint column)
{
  switch (column)
    {
    case COL_NUMBER:
      /* Translators: 序号 */
      return C_("table", "No.");
    case COL_NAME:
      return C_("table", "Indicator");
    case COL_UNIT:
      return C_("table", "Unit");
    case COL_NATURE:
      /* Translators: 属性, binding or expected */
      return C_("table", "Nature");
    case COL_BASELINE:
      return C_("table", "Baseline");
    case COL_TARGET:
      return C_("table", "Target");
    case COL_LATEST:
      return C_("table", "Latest");
    case COL_COMPLETION:
      /* Translators: 完成度, the share of the gap closed */
      return C_("table", "Gap closed");
    case COL_STATUS:
    default:
      return C_("table", "Status");
    }
}

/* The text of a cell, or NULL for the status cell (drawn, not written). */
static char *
cell_text (PwPrintout       *self,
           PwIndicator      *indicator,
           const PwProgress *progress,
           guint             number,
           guint             column)
{
  const char *unit = pw_indicator_get_unit (indicator);

  switch (column)
    {
    case COL_NUMBER:
      return g_strdup_printf ("%u", number);
    case COL_NAME:
      return g_strdup (pw_indicator_get_name (indicator));
    case COL_UNIT:
      return g_strdup (unit != NULL ? unit : "");
    case COL_NATURE:
      return pw_indicator_get_nature (indicator) == PW_NATURE_UNKNOWN
               ? g_strdup ("")
               : g_strdup (pw_nature_to_label (pw_indicator_get_nature (indicator)));
    case COL_BASELINE:
      return pw_chart_format_value (pw_indicator_get_baseline (indicator), NULL);
    case COL_TARGET:
      return pw_chart_format_value (pw_indicator_get_target (indicator), NULL);
    case COL_LATEST:
      return pw_chart_format_latest (indicator, progress, NULL);
    case COL_COMPLETION:
      if (isnan (progress->completion) || progress->basis == PW_BASIS_HOLD)
        return g_strdup (C_("value", "—"));
      return g_strdup_printf ("%.0f%%", progress->completion * 100);
    case COL_STATUS:
    default:
      return NULL;
    }
}

static double
cell_width (PwPrintout *self,
            guint       column)
{
  return self->column_x[column + 1] - self->column_x[column] - self->style->size * 0.6;
}

static double
status_cell_height (PwPrintout       *self,
                    const PwProgress *progress)
{
  PwChartStyle *style = self->style;
  double height;

  pw_chart_text_measure_box (style, pw_status_to_label (progress->status), 0.9, 0,
                             cell_width (self, COL_STATUS) - style->size * 1.3, 3, PANGO_ALIGN_LEFT,
                             NULL, &height);
  if (progress->alert)
    height += pw_chart_style_line (style, 0.85) + style->size * 0.2;
  return height;
}

/* The rows whose cells' layouts are kept from the cutting of the pages to
 * their drawing: about 5 kB a row (its name, number and values; a unit or
 * a nature is one layout for every row), so at most 50 MB more for a long
 * plan, in exchange for shaping the text of its table once instead of twice
 * (the cache of laid out texts has long let them go when a page is drawn).
 * The rows after them are laid out again when drawn; a figure (the number,
 * most values) is never laid out, and is drawn from its glyphs. */
#define KEPT_ROWS 10000

/* The height of @row's indicator; its cells laid out are kept in @row when
 * it is among the first KEPT_ROWS. */
static double
row_height (PwPrintout *self,
            TableRow   *row)
{
  PwChartStyle *style = self->style;
  PwProgress progress;
  double height = pw_chart_style_line (style, 0.9);

  pw_plan_compute_progress (self->plan, row->indicator, self->year, &progress);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_autofree char *text = cell_text (self, row->indicator, &progress, row->number, c);
      double h;

      if (c == COL_STATUS)
        h = status_cell_height (self, &progress);
      else if (*text == '\0')
        continue;
      else if (row->number <= KEPT_ROWS &&
               !pw_chart_text_is_figure (style, text, 0.9, 0, cell_width (self, c)))
        {
          row->cells[c] = g_object_ref (pw_chart_text_get (style, text, 0.9, 0,
                                                           cell_width (self, c), 8,
                                                           PANGO_ALIGN_LEFT));
          pw_chart_text_get_size (row->cells[c], NULL, &h);
        }
      else
        pw_chart_text_measure_box (style, text, 0.9, 0, cell_width (self, c), 8, PANGO_ALIGN_LEFT,
                                   NULL, &h);
      height = MAX (height, h);
    }
  return height + style->size * 0.8;
}

static void
table_row_clear (TableRow *row)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_object (&row->cells[c]);
}

/* The short columns are as wide as their longest entry (in the language
 * of the user: 约束性 is narrower than "Binding"); the name and the values
 * share what is left. */
static void
set_column_widths (PwPrintout *self)
{
  PwChartStyle *style = self->style;
  GListModel *indicators = pw_plan_get_indicators (self->plan);
  guint n_items = g_list_model_get_n_items (indicators);
  double pad = style->size * 0.6, rest, x;
  double widths[N_COLUMNS] = { 0 };
  static const double shares[N_COLUMNS] = {
    [COL_NAME] = 0.42, [COL_BASELINE] = 0.18, [COL_TARGET] = 0.2, [COL_LATEST] = 0.2,
  };

  for (guint c = 0; c < N_COLUMNS; c++)
    if (shares[c] == 0)
      {
        /* a header may take two lines */
        pw_chart_text_measure_box (style, column_title (c), 0.85, PW_CHART_TEXT_BOLD,
                                   style->size * 4.5, 2, PANGO_ALIGN_LEFT, &widths[c], NULL);
      }
  {
    /* the rows are numbered through the table: as many digits as the last
     * number, three at least (2352 wrapped after 235) */
    g_autofree char *widest = g_strdup_printf ("%u", MAX (n_items, 100));

    memset (widest, '0', strlen (widest));
    widths[COL_NUMBER] = MAX (widths[COL_NUMBER], pw_chart_text_measure (style, widest, 0.9, 0));
  }
  widths[COL_COMPLETION] =
      MAX (widths[COL_COMPLETION], pw_chart_text_measure (style, "100%", 0.9, 0));
  for (int nature = PW_NATURE_UNKNOWN; nature <= PW_NATURE_EXPECTED; nature++)
    widths[COL_NATURE] = MAX (widths[COL_NATURE],
                              pw_chart_text_measure (style, pw_nature_to_label (nature), 0.9, 0));
  for (int status = 0; status < PW_N_STATUSES; status++)
    widths[COL_STATUS] = MAX (widths[COL_STATUS],
                              pw_chart_text_measure (style, pw_status_to_label (status), 0.9, 0) +
                                  style->size * 1.3);
  widths[COL_STATUS] = MIN (widths[COL_STATUS], self->table.width * 0.16);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *unit = pw_indicator_get_unit (indicator);

      if (unit != NULL && *unit != '\0')
        widths[COL_UNIT] = MAX (widths[COL_UNIT],
                                MIN (pw_chart_text_measure (style, unit, 0.9, 0), style->size * 4));
    }

  rest = self->table.width;
  for (guint c = 0; c < N_COLUMNS; c++)
    if (shares[c] == 0)
      {
        widths[c] += pad + 1;
        rest -= widths[c];
      }
  rest = MAX (rest, self->table.width * 0.4);
  for (guint c = 0; c < N_COLUMNS; c++)
    if (shares[c] > 0)
      widths[c] = rest * shares[c];

  x = self->table.x;
  for (guint c = 0; c <= N_COLUMNS; c++)
    {
      self->column_x[c] = x;
      if (c < N_COLUMNS)
        x += widths[c];
    }
}

static void
layout_table (PwPrintout *self)
{
  PwChartStyle *style = self->style;
  GListModel *indicators = pw_plan_get_indicators (self->plan);
  guint n_items = g_list_model_get_n_items (indicators);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  g_autoptr(GHashTable) members = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  double bottom = self->table.y + self->table.height;
  double group_height = pw_chart_style_line (style, 1.0) + style->size * 0.7;
  double used;
  guint page = 0, number = 0;

  set_column_widths (self);
  self->header_y = self->table.y + pw_chart_style_line (style, 1.3) + style->size * 0.6;
  self->header_height = pw_chart_style_line (style, 0.85) * 2 + style->size * 0.6;
  self->rows_y = self->header_y + self->header_height;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *group = pw_chart_indicator_group (indicator);
      GPtrArray *list = g_hash_table_lookup (members, group);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (members, (gpointer) group, list);
          g_ptr_array_add (groups, (gpointer) group);
        }
      g_ptr_array_add (list, indicator);
    }

  used = self->rows_y;
  for (guint g = 0; g < groups->len; g++)
    {
      const char *group = g_ptr_array_index (groups, g);
      GPtrArray *list = g_hash_table_lookup (members, group);
      TableRow heading = { NULL, group };

      for (guint i = 0; i < list->len; i++)
        {
          PwIndicator *indicator = g_ptr_array_index (list, i);
          TableRow row = { indicator, group };
          gboolean first = i == 0;
          double need;

          number++;
          row.number = number;
          row.height = row_height (self, &row);
          /* a heading stays with its first row */
          need = row.height + (first ? group_height : 0);
          if (used > self->rows_y && used + need > bottom)
            {
              page++;
              used = self->rows_y;
              if (!first)
                {
                  TableRow again = heading;

                  again.continued = TRUE;
                  again.page = page;
                  again.y = used;
                  again.height = group_height;
                  g_array_append_val (self->rows, again);
                  used += group_height;
                }
            }
          if (first)
            {
              heading.page = page;
              heading.y = used;
              heading.height = group_height;
              g_array_append_val (self->rows, heading);
              used += group_height;
            }
          row.page = page;
          row.y = used;
          g_array_append_val (self->rows, row);
          used += row.height;
        }
    }

  self->n_table_pages = page + 1;
}

static void
add_chart_pages (PwPrintout  *self,
                 PwChartKind  kind,
                 const char  *indicator_id)
{
  PwChartOptions options = { .indicator_id = indicator_id, .year = self->year };
  PwChartLayout *layout = NULL;
  guint n = 1;

  /* A chart of many pages is worked out once, here, and each page drawn
   * from it; a trend is one page, worked out when it is drawn, as there
   * may be thousands of them. */
  if (kind != PW_CHART_TREND)
    {
      layout = pw_chart_layout_new (kind, self->plan, &options, self->content.width,
                                    self->content.height);
      g_ptr_array_add (self->layouts, layout);
      n = pw_chart_layout_get_n_pages (layout);
    }

  for (guint i = 0; i < n; i++)
    {
      Page page = { PAGE_CHART, 0, kind, i, indicator_id, layout };

      g_array_append_val (self->pages, page);
    }
}

static gboolean
has_projects (PwPlan *plan)
{
  GListModel *chapters = pw_plan_get_chapters (plan);

  for (guint i = 0; i < g_list_model_get_n_items (chapters); i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);

      for (guint j = 0; j < g_list_model_get_n_items (boxes); j++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);

          if (g_list_model_get_n_items (pw_box_get_projects (box)) > 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* What a shared part of a page (pw_chart_draw_shared()) is drawn from. */
typedef struct
{
  PwPrintout *self;
  const char *text;    /* the plan's name; the heading of a page of the table */
  double number_width; /* of the footer's page number */
} Part;

/* The rule and the plan's name, the same on every page. */
static void
draw_footer_title (cairo_t *cr,
                   Part    *footer)
{
  PwPrintout *self = footer->self;
  PwChartStyle *style = self->style;
  double y = self->height - MARGIN - FOOTER + style->size * 1.2;
  double x = MARGIN, width = self->width - 2 * MARGIN;

  cairo_save (cr);
  cairo_move_to (cr, x, y - style->size * 0.4);
  cairo_line_to (cr, x + width, y - style->size * 0.4);
  pw_chart_set_rgb (cr, pw_chart_rule);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  cairo_restore (cr);

  pw_chart_text_show (cr, style, footer->text, 0.85, 0, x, y,
                      width - footer->number_width - style->size * 2, 1, PANGO_ALIGN_LEFT,
                      pw_chart_muted);
}

static void
draw_footer (PwPrintout *self,
             cairo_t    *cr,
             guint       page)
{
  PwChartStyle *style = self->style;
  const char *title = pw_plan_get_title (self->plan);
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  double y = self->height - MARGIN - FOOTER + style->size * 1.2;
  double x = MARGIN, width = self->width - 2 * MARGIN;
  Part footer = { self, title != NULL && *title != '\0' ? title : _("Untitled plan"),
                    pw_chart_text_measure (style, number, 0.85, 0) };
  g_autofree char *key = g_strdup_printf ("footer\n%a %a %a %a\n%s", style->size, self->width,
                                          self->height, footer.number_width, footer.text);

  pw_chart_draw_shared (cr, key, self->width, self->height, (PwChartDrawFunc) draw_footer_title,
                        &footer);
  pw_chart_text_show (cr, style, number, 0.85, 0, x + width - footer.number_width - 1, y,
                      footer.number_width + 1, 1, PANGO_ALIGN_RIGHT, pw_chart_ink);
}

static void
draw_status_cell (PwPrintout       *self,
                  cairo_t          *cr,
                  const PwProgress *progress,
                  double            x,
                  double            y)
{
  PwChartStyle *style = self->style;
  double line = pw_chart_style_line (style, 0.9);
  double h;

  pw_chart_draw_status_symbol (cr, progress->status, x + style->size * 0.5, y + line / 2,
                               style->size * 0.95);
  h = pw_chart_text_show (
      cr, style, pw_status_to_label (progress->status), 0.9, 0, x + style->size * 1.3, y,
      cell_width (self, COL_STATUS) - style->size * 1.3, 3, PANGO_ALIGN_LEFT, pw_chart_ink);
  if (progress->alert)
    pw_chart_draw_alert_tag (cr, style, x + style->size * 1.3, y + h + style->size * 0.2, 0.85);
}

/* The heading of a page of the table, the date of the data and the
 * table's header: the same on every page but the first. */
static void
draw_table_top (cairo_t *cr,
                Part    *top)
{
  PwPrintout *self = top->self;
  PwChartStyle *style = self->style;
  double pad = style->size * 0.3;
  g_autofree char *date = g_strdup_printf (_("Data as of %d"), self->year);

  pw_chart_text_show (cr, style, top->text, 1.3, PW_CHART_TEXT_BOLD, self->table.x,
                      self->table.y, self->table.width, 1, PANGO_ALIGN_LEFT, pw_chart_ink);
  pw_chart_text_show (cr, style, date, 0.9, 0, self->table.x,
                      self->table.y + pw_chart_style_line (style, 1.3) -
                          pw_chart_style_line (style, 0.9),
                      self->table.width, 1, PANGO_ALIGN_RIGHT, pw_chart_muted);

  /* The header, on every page of the table. */
  pw_chart_fill_pattern (cr, pw_chart_track, pw_chart_track, PW_CHART_PATTERN_SOLID, self->table.x,
                         self->header_y, self->table.width, self->header_height);
  for (guint c = 0; c < N_COLUMNS; c++)
    pw_chart_text_show (cr, style, column_title (c), 0.85, PW_CHART_TEXT_BOLD,
                        self->column_x[c] + pad, self->header_y + style->size * 0.3,
                        cell_width (self, c), 2, PANGO_ALIGN_LEFT, pw_chart_ink);
}

static void
draw_table_page (PwPrintout *self,
                 cairo_t    *cr,
                 guint       table_page)
{
  PwChartStyle *style = self->style;
  double pad = style->size * 0.3;
  g_autofree char *heading = NULL;
  guint n_on_page = 0;
  double bottom = self->rows_y;

  if (table_page == 0)
    heading = g_strdup (_("Indicators"));
  else
    heading = g_strdup_printf (_("%s (continued)"), _("Indicators"));
  {
    Part top = { self, heading };
    g_autoptr(GString) key = g_string_new ("table top\n");

    g_string_append_printf (key, "%a %a %a %a %a %a %a %a %d %s\n", style->size, self->width,
                            self->height, self->table.x, self->table.y, self->table.width,
                            self->header_y, self->header_height, self->year, heading);
    for (guint c = 0; c <= N_COLUMNS; c++)
      g_string_append_printf (key, "%a ", self->column_x[c]);
    pw_chart_draw_shared (cr, key->str, self->width, self->height,
                          (PwChartDrawFunc) draw_table_top, &top);
  }

  /* the rows of this page, found without walking those of the pages before;
   * their text in a batch, as nothing the rows draw (stripes, rules, the
   * statuses' symbols and tags) lies over it */
  pw_chart_text_batch_begin (cr);
  for (guint i = PW_CHART_ROWS_FIND (self->rows, TableRow, table_page, -G_MAXDOUBLE);
       i < self->rows->len; i++)
    {
      TableRow *row = &g_array_index (self->rows, TableRow, i);

      if (row->page != table_page)
        break;
      bottom = row->y + row->height;
      if (row->indicator == NULL)
        {
          g_autofree char *text = row->continued ? g_strdup_printf (_("%s (continued)"), row->group)
                                                 : g_strdup (row->group);

          pw_chart_text_show (cr, style, text, 1.0, PW_CHART_TEXT_BOLD, self->table.x + pad,
                              row->y + style->size * 0.4, self->table.width - 2 * pad, 1,
                              PANGO_ALIGN_LEFT, pw_chart_ink);
          cairo_save (cr);
          cairo_move_to (cr, self->table.x, row->y + row->height - 0.5);
          cairo_line_to (cr, self->table.x + self->table.width, row->y + row->height - 0.5);
          pw_chart_set_rgb (cr, pw_chart_ink);
          cairo_set_line_width (cr, 0.5);
          cairo_stroke (cr);
          cairo_restore (cr);
          n_on_page = 0;
          continue;
        }

      {
        PwProgress progress;

        pw_plan_compute_progress (self->plan, row->indicator, self->year, &progress);
        if (n_on_page++ % 2 == 1)
          pw_chart_fill_pattern (cr, pw_chart_zebra, pw_chart_zebra, PW_CHART_PATTERN_SOLID,
                                 self->table.x, row->y, self->table.width, row->height);
        for (guint c = 0; c < N_COLUMNS; c++)
          {
            if (c == COL_STATUS)
              draw_status_cell (self, cr, &progress, self->column_x[c] + pad,
                                row->y + style->size * 0.4);
            else if (row->cells[c] != NULL)
              pw_chart_text_draw (cr, row->cells[c], self->column_x[c] + pad,
                                  row->y + style->size * 0.4, pw_chart_ink);
            else
              {
                g_autofree char *text = cell_text (self, row->indicator, &progress, row->number, c);

                pw_chart_text_show (cr, style, text, 0.9, 0, self->column_x[c] + pad,
                                    row->y + style->size * 0.4, cell_width (self, c), 8,
                                    PANGO_ALIGN_LEFT, pw_chart_ink);
              }
          }
        cairo_save (cr);
        cairo_move_to (cr, self->table.x, row->y + row->height - 0.25);
        cairo_line_to (cr, self->table.x + self->table.width, row->y + row->height - 0.25);
        pw_chart_set_rgb (cr, pw_chart_rule);
        cairo_set_line_width (cr, 0.5);
        cairo_stroke (cr);
        cairo_restore (cr);
      }
    }
  pw_chart_text_batch_end (cr);

  cairo_save (cr);
  cairo_move_to (cr, self->table.x, self->header_y);
  cairo_line_to (cr, self->table.x + self->table.width, self->header_y);
  cairo_move_to (cr, self->table.x, self->rows_y);
  cairo_line_to (cr, self->table.x + self->table.width, self->rows_y);
  cairo_move_to (cr, self->table.x, bottom);
  cairo_line_to (cr, self->table.x + self->table.width, bottom);
  pw_chart_set_rgb (cr, pw_chart_ink);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (self->rows->len == 0)
    pw_chart_text_show (cr, style, _("This plan has no indicators yet."), 1.0, 0, self->table.x,
                        self->rows_y + style->size, self->table.width, 2, PANGO_ALIGN_LEFT,
                        pw_chart_muted);
}

/* The annex 审阅意见汇总表: every comment, a reply under its thread, with
 * what it is on, who wrote it, when, and whether its thread is resolved. */
static void
add_comment_pages (PwPrintout *self)
{
  static const double fractions[] = { 0.25, 0.43, 0.12, 0.11, 0.09 };
  const char *titles[] = { _("Object"), _("Comment"), _("Author"), _("Date"), _("State") };
  GListModel *comments = pw_plan_get_comments (self->plan);
  guint n_items = g_list_model_get_n_items (comments);
  double heading = pw_chart_style_line (self->style, 1.3) + self->style->size;
  guint n_pages;

  if (n_items == 0)
    return;

  self->comments = pw_chart_table_new (self->style, self->table.width, G_N_ELEMENTS (fractions),
                                       titles, fractions);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (comments, i);
      PwComment *root = pw_plan_get_thread_root (self->plan, comment);
      g_autofree char *object = pw_plan_describe_comment_target (self->plan, comment);
      g_autofree char *object_markup = g_markup_escape_text (object, -1);
      g_autofree char *text = g_markup_escape_text (pw_comment_get_text (comment) != NULL ? pw_comment_get_text (comment) : "", -1);
      g_autofree char *author = g_markup_escape_text (pw_comment_get_author (comment) != NULL ? pw_comment_get_author (comment) : "", -1);
      g_autofree char *date = g_strndup (pw_comment_get_created (comment) != NULL ? pw_comment_get_created (comment) : "", 10);
      g_autofree char *reply = root != comment ? g_strdup_printf ("↳ %s", text) : NULL;
      const char *state = root != comment ? "" : pw_comment_get_resolved (comment) ? _("resolved") : _("open");
      const char *cells[] = { root != comment ? "" : object_markup, reply != NULL ? reply : text, author, date, state };

      pw_chart_table_add_row (self->comments, cells);
    }

  n_pages = pw_chart_table_paginate (self->comments, self->table.height - heading, self->table.height - heading);
  for (guint i = 0; i < n_pages; i++)
    {
      Page page = { PAGE_COMMENTS, i };

      g_array_append_val (self->pages, page);
    }
}

static void
draw_comments_page (PwPrintout *self,
                    cairo_t    *cr,
                    guint       table_page)
{
  PwChartStyle *style = self->style;
  g_autofree char *heading = table_page == 0 ? g_strdup (_("Summary of Review Comments"))
                                             : g_strdup_printf (_("%s (continued)"), _("Summary of Review Comments"));

  pw_chart_text_show (cr, style, heading, 1.3, PW_CHART_TEXT_BOLD, self->table.x, self->table.y,
                      self->table.width, 1, PANGO_ALIGN_LEFT, pw_chart_ink);
  pw_chart_table_draw_page (self->comments, cr, table_page, self->table.x,
                            self->table.y + pw_chart_style_line (style, 1.3) + style->size);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Public API */

/**
 * pw_printout_get_print_date:
 *
 * The date printed on the cover: the time in `SOURCE_DATE_EPOCH` when it is
 * set (for reproducible output and stable tests), else now.
 *
 * Returns: (transfer full): the date of printing
 */
GDateTime *
pw_printout_get_print_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc ((gint64) seconds);
  return g_date_time_new_now_local ();
}

/**
 * pw_printout_new:
 * @plan: a plan
 * @page_width: in points
 * @page_height: in points
 *
 * Works out the pages of the report.
 *
 * Returns: (transfer full): the printout
 */
PwPrintout *
pw_printout_new (PwPlan *plan,
                 double  page_width,
                 double  page_height)
{
  PwPrintout *self;
  Page cover = { PAGE_COVER };
  GListModel *indicators;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);

  self = g_new0 (PwPrintout, 1);
  self->plan = g_object_ref (plan);
  self->width = MAX (page_width, 4 * MARGIN);
  self->height = MAX (page_height, 4 * MARGIN + FOOTER);
  self->year = pw_plan_get_data_year (plan);
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  self->rows = g_array_new (FALSE, TRUE, sizeof (TableRow));
  g_array_set_clear_func (self->rows, (GDestroyNotify) table_row_clear);
  self->layouts = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_chart_layout_free);
  self->content =
      (PwChartRect){ MARGIN, MARGIN, self->width - 2 * MARGIN, self->height - 2 * MARGIN - FOOTER };
  self->style = pw_chart_style_new (self->content.width, self->content.height);
  self->table =
      (PwChartRect){ self->content.x + self->style->margin, self->content.y + self->style->margin,
                     self->content.width - 2 * self->style->margin,
                     self->content.height - self->style->margin };

  g_array_append_val (self->pages, cover);
  layout_table (self);
  for (guint i = 0; i < self->n_table_pages; i++)
    {
      Page page = { PAGE_TABLE, i };

      g_array_append_val (self->pages, page);
    }

  indicators = pw_plan_get_indicators (plan);
  if (g_list_model_get_n_items (indicators) > 0)
    {
      add_chart_pages (self, PW_CHART_SUMMARY, NULL);
      add_chart_pages (self, PW_CHART_PROGRESS, NULL);
    }
  if (has_projects (plan))
    add_chart_pages (self, PW_CHART_TIMELINE, NULL);

  /* the trend of each alert, to go with its written explanation */
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *id = pw_object_get_id (PW_OBJECT (indicator));
      PwProgress progress;

      if (id == NULL)
        continue;
      pw_plan_compute_progress (plan, indicator, self->year, &progress);
      if (progress.alert)
        add_chart_pages (self, PW_CHART_TREND, id);
    }

  add_comment_pages (self);

  return self;
}

void
pw_printout_free (PwPrintout *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->plan);
  g_clear_pointer (&self->style, pw_chart_style_free);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->comments, pw_chart_table_free);
  g_free (self);
}

guint
pw_printout_get_page_count (PwPrintout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

/**
 * pw_printout_draw_page:
 * @self: a printout
 * @page: the page, from 0
 * @cr: where to draw, in points, with (0, 0) at the corner of the page
 *
 * Draws one page of the report, footer included.
 */
void
pw_printout_draw_page (PwPrintout *self,
                       guint       page,
                       cairo_t    *cr)
{
  Page *entry;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  entry = &g_array_index (self->pages, Page, page);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  pw_chart_set_rgb (cr, pw_chart_paper);
  cairo_fill (cr);

  switch (entry->kind)
    {
    case PAGE_COVER:
      pw_printout_draw_cover (cr, self->style, self->plan, self->year, &self->content);
      break;
    case PAGE_TABLE:
      draw_table_page (self, cr, entry->table_page);
      break;
    case PAGE_COMMENTS:
      draw_comments_page (self, cr, entry->table_page);
      break;
    case PAGE_CHART:
      {
        PwChartOptions options = { .indicator_id = entry->indicator_id,
                                   .year = self->year,
                                   .page = entry->chart_page };

        cairo_save (cr);
        cairo_translate (cr, self->content.x, self->content.y);
        cairo_rectangle (cr, 0, 0, self->content.width, self->content.height);
        cairo_clip (cr);
        if (entry->layout != NULL)
          pw_chart_layout_draw (entry->layout, cr, entry->chart_page);
        else
          pw_chart_render (entry->chart, self->plan, &options, cr, self->content.width,
                           self->content.height);
        cairo_restore (cr);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/**
 * pw_printout_get_n_pages:
 * @plan: a plan
 * @page_width: in points (A4 is %PW_PRINTOUT_A4_WIDTH)
 * @page_height: in points
 *
 * Returns: how many pages the report of @plan takes
 */
guint
pw_printout_get_n_pages (PwPlan *plan,
                         double  page_width,
                         double  page_height)
{
  g_autoptr(PwPrintout) printout = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), 0);

  printout = pw_printout_new (plan, page_width, page_height);
  return pw_printout_get_page_count (printout);
}

/**
 * pw_printout_render_page:
 * @plan: a plan
 * @page: the page, from 0
 * @cr: where to draw, in points
 * @page_width: in points
 * @page_height: in points
 *
 * Draws one page of the report. Each call works out all the pages again; to
 * print many, pw_printout_new() once and pw_printout_draw_page() is faster.
 */
void
pw_printout_render_page (PwPlan  *plan,
                         guint    page,
                         cairo_t *cr,
                         double   page_width,
                         double   page_height)
{
  g_autoptr(PwPrintout) printout = NULL;

  g_return_if_fail (PW_IS_PLAN (plan));

  printout = pw_printout_new (plan, page_width, page_height);
  if (page < pw_printout_get_page_count (printout))
    pw_printout_draw_page (printout, page, cr);
}

/**
 * pw_printout_write_pdf:
 * @title: (nullable): the document's title, for its metadata
 * @n_pages: how many pages
 * @draw_page: (scope call): draws one page, on A4 in points
 * @data: for @draw_page
 * @file: the PDF to write, replaced atomically
 * @error: return location for an error
 *
 * Writes pages on A4 to a PDF, with the metadata every PDF of the
 * application has (title, creator, the date of printing). The report and
 * the table of changes both write through it.
 *
 * Returns: whether the file was written
 */
gboolean
pw_printout_write_pdf (const char          *title,
                       guint                n_pages,
                       PwPrintoutDrawPage   draw_page,
                       gpointer             data,
                       GFile               *file,
                       GError             **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (draw_page != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, out, PW_PRINTOUT_A4_WIDTH,
                                                 PW_PRINTOUT_A4_HEIGHT);
  if (title != NULL && *title != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Plan Workbench " PACKAGE_VERSION);
  {
    /* the date of creation too follows SOURCE_DATE_EPOCH */
    g_autoptr(GDateTime) date = pw_printout_get_print_date ();
    g_autofree char *iso = g_date_time_format_iso8601 (date);

    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, iso);
  }

  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      draw_page (data, page, cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The report could not be drawn: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }

  return g_file_replace_contents (file, (const char *) out->data, out->len, NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}

static void
draw_report_page (gpointer  data,
                  guint     page,
                  cairo_t  *cr)
{
  pw_printout_draw_page (data, page, cr);
}

/**
 * pw_printout_export_pdf:
 * @plan: a plan
 * @file: the PDF to write, replaced atomically
 * @error: return location for an error
 *
 * Writes every page of the report, on A4, to a PDF.
 *
 * Returns: whether the file was written
 */
gboolean
pw_printout_export_pdf (PwPlan  *plan,
                        GFile   *file,
                        GError **error)
{
  g_autoptr(PwPrintout) printout = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  printout = pw_printout_new (plan, PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT);
  return pw_printout_write_pdf (pw_plan_get_title (plan), pw_printout_get_page_count (printout),
                                draw_report_page, printout, file, error);
}
