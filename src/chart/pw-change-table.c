/* pw-change-table.c: the changes between two plans as a 修改对照表
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout Chinese offices exchange when a draft comes back revised: a
 * numbered row per change, the text before (原文), the text after (修改后)
 * and what was done (说明). A changed paragraph shows the characters taken
 * out struck through in the first column and those put in underlined in
 * the second, both in red, so that a reader finds a changed figure in a
 * long paragraph at a glance.
 */

#define G_LOG_DOMAIN "pw-change-table"

#include "config.h"

#include "pw-change-table.h"

#include <glib/gi18n-lib.h>

#include "pw-chart-table.h"
#include "pw-compare.h"
#include "pw-printout.h"

#define MARGIN 42.0
#define FOOTER 24.0

/* Auxiliary methods */

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* One side of a paragraph's difference: the text of that side with its own
 * changes marked. */
static char *
diff_markup (GPtrArray *pieces,
             PwDiffOp   side)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < pieces->len; i++)
    {
      PwDiffPiece *piece = g_ptr_array_index (pieces, i);
      g_autofree char *text = escape (piece->text);

      if (piece->op == PW_DIFF_SAME)
        g_string_append (out, text);
      else if (piece->op == side && side == PW_DIFF_DELETED)
        g_string_append_printf (out, "<span foreground=\"#c01c28\" strikethrough=\"true\">%s</span>", text);
      else if (piece->op == side)
        g_string_append_printf (out, "<span foreground=\"#c01c28\" underline=\"single\">%s</span>", text);
    }
  return g_string_free (out, FALSE);
}

static char *
field_markup (const char *field,
              const char *value)
{
  g_autofree char *f = escape (field);
  g_autofree char *v = escape (value != NULL && *value != '\0' ? value : _("(none)"));

  /* Translators: a field and its value in the table of changes */
  return g_strdup_printf (_("%s: %s"), f, v);
}

static void
add_change_row (PwChartTable *table,
                guint         number,
                PwChange     *change)
{
  g_autofree char *index = g_strdup_printf ("%u", number);
  g_autofree char *label = escape (pw_change_get_label (change));
  g_autofree char *what = pw_change_describe (change);
  g_autofree char *what_markup = escape (what);
  g_autofree char *note = g_strdup_printf ("%s\n%s", label, what_markup);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *cells[4];

  switch (pw_change_get_kind (change))
    {
    case PW_CHANGE_ADDED:
      before = escape (_("(none)"));
      after = g_strdup (label);
      break;
    case PW_CHANGE_REMOVED:
      before = g_strdup (label);
      after = escape (_("(removed)"));
      break;
    case PW_CHANGE_PROSE:
      before = diff_markup (pw_change_get_pieces (change), PW_DIFF_DELETED);
      after = diff_markup (pw_change_get_pieces (change), PW_DIFF_INSERTED);
      break;
    default:
      before = field_markup (pw_change_get_field (change), pw_change_get_old_text (change));
      after = field_markup (pw_change_get_field (change), pw_change_get_new_text (change));
      break;
    }

  cells[0] = index;
  cells[1] = before;
  cells[2] = after;
  cells[3] = note;
  pw_chart_table_add_row (table, cells);
}

typedef struct
{
  PwChartStyle *style;
  PwChartTable *table;
  const char *subtitle;
  double heading_height;
  guint n_pages;
  guint n_changes;
} Pages;

static void
draw_page (gpointer  data,
           guint     page,
           cairo_t  *cr)
{
  Pages *p = data;
  PwChartStyle *style = p->style;
  double content_width = PW_PRINTOUT_A4_WIDTH - 2 * MARGIN;
  double height = PW_PRINTOUT_A4_HEIGHT;
  double y = MARGIN;
  g_autofree char *footer = g_strdup_printf (_("Page %u of %u"), page + 1, p->n_pages);

  if (page == 0)
    {
      y += pw_chart_text_show (cr, style, _("Table of Changes"), 1.6, PW_CHART_TEXT_BOLD,
                               MARGIN, y, content_width, 1, PANGO_ALIGN_CENTER, pw_chart_ink);
      y += pw_chart_text_show (cr, style, p->subtitle, 0.9, 0, MARGIN, y + style->size * 0.4,
                               content_width, 2, PANGO_ALIGN_CENTER, pw_chart_muted);
      y = MARGIN + p->heading_height;
    }
  pw_chart_table_draw_page (p->table, cr, page, MARGIN, y);
  if (p->n_changes == 0)
    pw_chart_text_show (cr, style, _("The two versions say the same."), 1.0, 0, MARGIN,
                        y + style->line * 2, content_width, 1, PANGO_ALIGN_LEFT, pw_chart_muted);
  pw_chart_text_show (cr, style, footer, 0.8, 0, MARGIN, height - MARGIN - FOOTER * 0.5,
                      content_width, 1, PANGO_ALIGN_CENTER, pw_chart_muted);
}

/* Public API */

/**
 * pw_change_table_export_pdf:
 * @changes: (element-type PwChange): from pw_plan_compare()
 * @old_plan: the old version
 * @new_plan: the new version
 * @old_name: what to call the old version (its file name)
 * @new_name: what to call the new version
 * @file: the PDF to write, replaced atomically
 * @error: return location for an error
 *
 * Writes the changes on A4 pages as a 修改对照表: a heading with the plan's
 * title and the two versions, then the table, "page N of M" at the foot.
 *
 * Returns: whether the file was written
 */
gboolean
pw_change_table_export_pdf (GListModel  *changes,
                            PwPlan      *old_plan,
                            PwPlan      *new_plan,
                            const char  *old_name,
                            const char  *new_name,
                            GFile       *file,
                            GError     **error)
{
  static const double fractions[] = { 0.07, 0.36, 0.36, 0.21 };
  const char *titles[] = { C_("table of changes", "No."), _("Original text"), _("Revised text"),
                           _("Explanation") };
  double content_width = PW_PRINTOUT_A4_WIDTH - 2 * MARGIN, height = PW_PRINTOUT_A4_HEIGHT;
  g_autoptr(PwChartStyle) style = pw_chart_style_new (content_width, height - 2 * MARGIN);
  g_autoptr(PwChartTable) table = NULL;
  g_autofree char *subtitle = NULL;
  Pages pages = { 0 };
  guint n_changes;

  g_return_val_if_fail (G_IS_LIST_MODEL (changes), FALSE);
  g_return_val_if_fail (PW_IS_PLAN (old_plan), FALSE);
  g_return_val_if_fail (PW_IS_PLAN (new_plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* the page's text at the size of a printed table, not of a chart */
  style->size = 10.5;
  style->line = style->size * 1.4;

  table = pw_chart_table_new (style, content_width, G_N_ELEMENTS (fractions), titles, fractions);
  n_changes = g_list_model_get_n_items (changes);
  for (guint i = 0; i < n_changes; i++)
    {
      g_autoptr(PwChange) change = g_list_model_get_item (changes, i);
      add_change_row (table, i + 1, change);
    }

  subtitle = g_strdup_printf (_("%s — original: %s; revised: %s; %'u changes"),
                              pw_plan_get_title (new_plan) != NULL ? pw_plan_get_title (new_plan) : "",
                              old_name, new_name, n_changes);
  pages.style = style;
  pages.table = table;
  pages.subtitle = subtitle;
  pages.n_changes = n_changes;
  pages.heading_height = pw_chart_style_line (style, 1.6) + pw_chart_style_line (style, 2.2) + style->size;
  pages.n_pages = pw_chart_table_paginate (table, height - 2 * MARGIN - FOOTER - pages.heading_height,
                                           height - 2 * MARGIN - FOOTER);

  return pw_printout_write_pdf (_("Table of Changes"), pages.n_pages, draw_page, &pages, file, error);
}
