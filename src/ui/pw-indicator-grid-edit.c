/* pw-indicator-grid-edit.c: what the indicator grid does to a range of cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Clearing (Delete), filling down (Ctrl+D), copying (Ctrl+C, Ctrl+X) and
 * pasting (Ctrl+V) act on the grid's range, each as one undo step. Copying
 * offers the cells both as spreadsheets' text (tab-separated) and as an
 * HTML table; pasting reads either, parsing each value with the model's
 * parser (an unreadable value is kept as typed and marked). A paste that
 * runs past the last row asks whether to add indicators. A table under a
 * header row of indicators' columns (指标名称, 单位, 2020年, 目标值, 属性 …)
 * adds its rows as indicators below the cursor's row, its columns matched
 * by their headers; pasted into a plan without indicators, a table makes
 * them, by its headers when it has some.
 */

#define G_LOG_DOMAIN "pw-indicator-grid"

#include "config.h"

#include "pw-indicator-grid-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pw-grid-clipboard.h"

/* Auxiliary methods */

static gboolean
can_edit (PwIndicatorGrid *self)
{
  if (pw_plan_page_get_editable (PW_PLAN_PAGE (self)) && self->plan != NULL)
    return TRUE;
  gtk_widget_error_bell (GTK_WIDGET (self));
  return FALSE;
}

/* The grid column a header of a pasted table names, or -1. */
static int
column_for_header (PwIndicatorGrid *self,
                   const char      *header)
{
  static const struct {
    const char *word;
    const char *key;
  } words[] = {
    { "类别", "category" }, { "分类", "category" }, { "category", "category" },
    { "领域", "domain" }, { "domain", "domain" },
    { "指标", "name" }, { "名称", "name" }, { "indicator", "name" }, { "name", "name" },
    { "单位", "unit" }, { "unit", "unit" },
    { "基期", "baseline" }, { "基准", "baseline" }, { "现状", "baseline" }, { "baseline", "baseline" },
    { "目标", "target" }, { "target", "target" },
    { "属性", "nature" }, { "性质", "nature" }, { "nature", "nature" },
  };
  g_autofree char *folded = g_utf8_casefold (header, -1);
  int year;

  g_strstrip (folded);
  if (*folded == '\0')
    return -1;

  /* a year: the baseline year, the final year (the target), or a year's
   * actual value */
  year = (int) g_ascii_strtoll (folded, NULL, 10);
  if (year >= 1950 && year <= 2100)
    {
      g_autofree char *key = g_strdup_printf ("%d", year);
      int column = pw_indicator_grid_find_column (self, key);

      if (strstr (folded, "目标") != NULL)
        return pw_indicator_grid_find_column (self, "target");
      if (year == pw_plan_get_baseline_year (self->plan) && column < 0)
        return pw_indicator_grid_find_column (self, "baseline");
      if (year == pw_plan_get_end_year (self->plan) && strstr (folded, "实际") == NULL)
        return pw_indicator_grid_find_column (self, "target");
      return column;
    }

  /* the name column's own words last: 指标属性 is the nature */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      if ((g_strcmp0 (words[i].key, "name") == 0) == (pass == 1) && strstr (folded, words[i].word) != NULL)
        return pw_indicator_grid_find_column (self, words[i].key);

  return -1;
}

/* Maps the columns of a table whose first row names them. Returns how many
 * of its cells name a column, 0 when none names the indicator (the first
 * row is data). */
static guint
map_headers (PwIndicatorGrid *self,
             char           **headers,
             GArray          *columns)
{
  gboolean has_name = FALSE;
  guint named = 0;

  for (guint i = 0; headers[i] != NULL; i++)
    {
      int column = column_for_header (self, headers[i]);

      g_array_append_val (columns, column);
      has_name |= column >= 0 && column == pw_indicator_grid_find_column (self, "name");
      named += column >= 0;
    }
  if (!has_name)
    g_array_set_size (columns, 0);
  return has_name ? named : 0;
}

/* Pastes @table, rows from @first_data on. With @columns, each row is a new
 * indicator below the grid's row @row (at the plan's end when the grid has
 * none), its cell c in column @columns[c]; without, cell (r, c) goes to the
 * grid's row @row + r (past the last, a new indicator when @add_rows) and
 * column @column + c. Returns how many cells were refused. */
static guint
paste_cells (PwIndicatorGrid *self,
             GPtrArray       *table,
             guint            first_data,
             guint            row,
             guint            column,
             GArray          *columns,
             gboolean         add_rows)
{
  PwHistory *history = pw_plan_get_history (self->plan);
  guint refused = 0;
  guint n_columns = self->columns->len;
  guint rows = pw_indicator_grid_n_rows (self);
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_data = table->len - first_data;
  PwIndicator *below = columns != NULL && rows > 0 ? pw_indicator_grid_row (self, row) : NULL;

  pw_history_begin (history, add_rows ? _("Paste Indicators") : _("Paste"));
  pw_indicator_grid_mark_cursor (self);

  for (guint r = 0; r < n_data; r++)
    {
      char **cells = g_ptr_array_index (table, first_data + r);
      g_autoptr(PwIndicator) indicator = NULL;

      if (columns == NULL && row + r < rows)
        indicator = g_object_ref (pw_indicator_grid_row (self, row + r));
      else if (columns != NULL || add_rows)
        {
          guint position;

          /* in the order pasted: below the row (the place below it, which
           * the rows made before take), or appended to the plan */
          indicator = pw_indicator_grid_new_row (self, below, &position);
          pw_plan_insert_indicator (self->plan, below != NULL ? position + made->len : position, indicator);
          g_ptr_array_add (made, g_object_ref (indicator));
        }
      else
        break;

      for (guint c = 0; cells[c] != NULL; c++)
        {
          int target = columns != NULL ? (c < columns->len ? g_array_index (columns, int, c) : -1)
                                       : (int) (column + c);
          GridColumn *grid_column;

          if (target < 0 || (guint) target >= n_columns)
            continue;
          grid_column = pw_indicator_grid_column (self, target);
          if (grid_column->info->set_text == NULL)
            continue; /* a computed column: what was copied from it is left */
          if (!grid_column->info->set_text (indicator, grid_column->year, cells[c]))
            refused++;
        }
    }
  pw_history_end (history);

  pw_indicator_grid_refresh (self);
  if (columns != NULL && made->len > 0)
    {
      /* the rows added and the columns pasted, the cursor on the first */
      guint first_column = n_columns - 1, last_column = 0;

      for (guint c = 0; c < columns->len; c++)
        if (g_array_index (columns, int, c) >= 0)
          {
            first_column = MIN (first_column, (guint) g_array_index (columns, int, c));
            last_column = MAX (last_column, (guint) g_array_index (columns, int, c));
          }
      pw_indicator_grid_show_row_of (self, g_ptr_array_index (made, 0));
      if (pw_indicator_grid_row (self, self->sheet.row) == g_ptr_array_index (made, 0))
        pw_indicator_grid_select (self, self->sheet.row, first_column, self->sheet.row + made->len - 1,
                                  MAX (first_column, last_column));
    }
  else if (columns == NULL && n_data > 0)
    pw_indicator_grid_select (self, row, column, row + n_data - 1,
                              column + MAX (pw_grid_table_n_columns (table), 1) - 1);
  return refused;
}

static void
report_refused (PwIndicatorGrid *self,
                guint            refused)
{
  g_autofree char *text = NULL;

  if (refused == 0)
    return;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%'u cell was not pasted: its column takes 约束性 (binding) or 预期性 (expected) only.",
                                       "%'u cells were not pasted: their column takes 约束性 (binding) or 预期性 (expected) only.",
                                       refused),
                          refused);
  gtk_label_set_label (self->reason_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), TRUE);
  gtk_widget_error_bell (GTK_WIDGET (self));
}

typedef struct
{
  PwIndicatorGrid *grid;
  GPtrArray *table;
  guint row;
  guint column;
} PendingPaste;

static void
pending_paste_free (PendingPaste *paste)
{
  g_object_unref (paste->grid);
  g_ptr_array_unref (paste->table);
  g_free (paste);
}

static void
add_rows_response (GtkDialog    *dialog,
                   int           response,
                   PendingPaste *paste)
{
  PwIndicatorGrid *self = paste->grid;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if ((response == GTK_RESPONSE_ACCEPT || response == GTK_RESPONSE_REJECT) && self->plan != NULL)
    report_refused (self, paste_cells (self, paste->table, 0, paste->row, paste->column, NULL,
                                       response == GTK_RESPONSE_ACCEPT));
  pending_paste_free (paste);
}

static void
ask_to_add_rows (PwIndicatorGrid *self,
                 GPtrArray       *table,
                 guint            row,
                 guint            column,
                 guint            extra)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PendingPaste *paste = g_new0 (PendingPaste, 1);
  GtkWidget *dialog;

  paste->grid = g_object_ref (self);
  paste->table = g_ptr_array_ref (table);
  paste->row = row;
  paste->column = column;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "Add %'u indicator for the rows pasted below the last one?",
                                                "Add %'u indicators for the rows pasted below the last one?", extra),
                                   extra);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            g_dngettext (GETTEXT_PACKAGE,
                                                         "The clipboard holds %'u row; %'u fit below the cursor.",
                                                         "The clipboard holds %'u rows; %'u fit below the cursor.",
                                                         table->len),
                                            table->len, table->len - extra);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Paste Only the Rows That Fit"), GTK_RESPONSE_REJECT,
                          _("_Add Indicators"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect (dialog, "response", G_CALLBACK (add_rows_response), paste);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
paste_table (PwIndicatorGrid *self,
             GPtrArray       *table)
{
  PwGridRange range;
  guint rows;

  if (table->len == 0 || self->plan == NULL || !can_edit (self))
    return;

  rows = pw_indicator_grid_n_rows (self);
  if (g_list_model_get_n_items (pw_plan_get_indicators (self->plan)) == 0)
    {
      /* a whole table into an empty plan: indicators, by the headers' names
       * or in the grid's order from the name column */
      g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (int));
      gboolean headers = map_headers (self, g_ptr_array_index (table, 0), columns) > 0;

      if (!headers)
        {
          int name = pw_indicator_grid_find_column (self, "name");
          static const char * const keys[] = { "name", "unit", "baseline", "target", "nature" };
          guint n = pw_grid_table_n_columns (table);

          g_array_set_size (columns, 0);
          for (guint c = 0; c < n; c++)
            {
              int column = c < G_N_ELEMENTS (keys) ? pw_indicator_grid_find_column (self, keys[c]) : name + (int) c;

              g_array_append_val (columns, column);
            }
        }
      report_refused (self, paste_cells (self, table, headers ? 1 : 0, 0, 0, columns, TRUE));
      return;
    }

  /* a table of indicators under its header row: new indicators below the
   * cursor's row, nothing overwritten; the header names the indicator and
   * another column, which a copied row whose name has 指标 in it does not */
  if (table->len > 1)
    {
      g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (int));

      if (map_headers (self, g_ptr_array_index (table, 0), columns) > 1)
        {
          report_refused (self, paste_cells (self, table, 1, self->sheet.row, 0, columns, TRUE));
          return;
        }
    }

  pw_grid_sheet_get_range (&self->sheet, &range);
  if (range.first_row + table->len > rows)
    {
      ask_to_add_rows (self, table, range.first_row, range.first_column, range.first_row + table->len - rows);
      return;
    }
  report_refused (self, paste_cells (self, table, 0, range.first_row, range.first_column, NULL, FALSE));
}

static void
table_read (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(PwIndicatorGrid) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) table = pw_grid_clipboard_read_table_finish (GDK_CLIPBOARD (source), result, &error);

  if (table == NULL)
    {
      g_debug ("Could not read the clipboard: %s", error->message);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  paste_table (self, table);
}

/* What acts on the range (pw-indicator-grid-private.h) */

/* Delete: the values of the range's cells, as one step. */
void
pw_indicator_grid_clear_range (PwIndicatorGrid *self)
{
  if (pw_indicator_grid_n_rows (self) == 0 || !can_edit (self))
    return;

  pw_grid_sheet_clear_range (&self->sheet, pw_plan_get_history (self->plan));
  pw_indicator_grid_refresh (self);
}

/* Ctrl+D: the range's first row into the rows below it; a single cell takes
 * the one above it, as in Calc. */
void
pw_indicator_grid_fill_down (PwIndicatorGrid *self)
{
  if (pw_indicator_grid_n_rows (self) == 0 || !can_edit (self))
    return;

  pw_grid_sheet_fill_down (&self->sheet, pw_plan_get_history (self->plan));
  pw_indicator_grid_refresh (self);
}

/* Ctrl+C: the range on the clipboard as text and as an HTML table, as a
 * spreadsheet offers it; Ctrl+X clears it after. */
void
pw_indicator_grid_copy (PwIndicatorGrid *self,
                        gboolean         cut)
{
  g_autoptr(GPtrArray) table = NULL;

  if (pw_indicator_grid_n_rows (self) == 0)
    return;

  table = pw_grid_sheet_range_table (&self->sheet);
  pw_grid_clipboard_set_table (gtk_widget_get_clipboard (GTK_WIDGET (self)), table);

  if (cut && pw_plan_page_get_editable (PW_PLAN_PAGE (self)))
    pw_indicator_grid_clear_range (self);
}

/* Ctrl+V: the clipboard's text when it has some (its cells are as they
 * show), else its HTML table. */
void
pw_indicator_grid_paste (PwIndicatorGrid *self)
{
  if (!can_edit (self))
    return;

  pw_grid_clipboard_read_table_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL,
                                      table_read, g_object_ref (self));
}
