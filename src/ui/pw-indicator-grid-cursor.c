/* pw-indicator-grid-cursor.c: the indicator grid's cursor and range
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 has no focus on single cells: the grid keeps its own cursor (a
 * row and a column) and a range (the rectangle from the cursor to a far
 * corner), draws them, and scrolls them into view.
 */

#define G_LOG_DOMAIN "pw-indicator-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-indicator-grid-private.h"

/* Auxiliary methods (those not static: pw-indicator-grid-private.h) */

static GtkWidget *
find_list_view (GtkColumnView *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

/* Brings @column's cells into view sideways. */
static void
scroll_to_column (PwIndicatorGrid *self,
                  guint            row,
                  guint            column)
{
  PwGridCell *cell;

  if (column >= self->columns->len)
    return;
  /* a frozen column is always in view, left of the others: the cursor
   * brought to it by the keyboard (Home, Ctrl+Home, Tab round to the next
   * row) shows the other columns from their start */
  if (pw_indicator_grid_column (self, column)->info->flags & PW_GRID_COLUMN_FROZEN)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->scrolled);

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
      return;
    }

  /* every row's cell of a column is at the same x: any row shown will do
   * when the row itself is not there yet */
  cell = pw_indicator_grid_find_cell (self, row, column);
  for (guint i = 0; cell == NULL && i < self->cells->len; i++)
    {
      PwGridCell *other = g_ptr_array_index (self->cells, i);
      GtkListItem *item = pw_grid_cell_get_list_item (other);

      if (item != NULL && gtk_list_item_get_item (item) != NULL && pw_grid_cell_get_column (other) == column &&
          gtk_widget_get_mapped (GTK_WIDGET (other)))
        cell = other;
    }
  if (cell != NULL)
    pw_grid_sheet_scroll_into_view (self->scrolled, GTK_WIDGET (cell), GTK_ORIENTATION_HORIZONTAL);
}

/* Brings @row into view: both views, the frozen columns' too, since each
 * lays out at its own time and the one that did last would otherwise
 * scroll the other back. */
static void
scroll_to_row (PwIndicatorGrid *self,
               guint            row)
{
  GtkWidget *list_views[] = { find_list_view (self->view), find_list_view (self->frozen_view) };

  if (row >= gtk_slice_list_model_get_size (self->view_slice))
    pw_indicator_grid_show_all_rows (self);
  for (guint i = 0; i < G_N_ELEMENTS (list_views); i++)
    if (list_views[i] != NULL && row < pw_indicator_grid_n_rows (self))
      gtk_widget_activate_action (list_views[i], "list.scroll-to-item", "u", row);
}

/* The list scrolls to a row at its next layout, and then puts the row's
 * start in view sideways: two frames on, once that is done, the row and the
 * column are brought into view again (a list shown for the first time, a
 * page just switched to, has no size yet at the first try). */
static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  PwIndicatorGrid *self = data;

  if (++self->scroll_ticks < 2)
    return G_SOURCE_CONTINUE;
  self->scroll_tick = 0;
  scroll_to_row (self, self->scroll_row);
  scroll_to_column (self, self->scroll_row, self->scroll_column);
  return G_SOURCE_REMOVE;
}

/* Scrolls so that the cursor's cell is in view: the row through the list
 * view's own action, the column by the horizontal adjustment. */
static void
scroll_to (PwIndicatorGrid *self,
           guint            row,
           guint            column)
{
  scroll_to_row (self, row);
  scroll_to_column (self, row, column);
  self->scroll_row = row;
  self->scroll_column = column;
  self->scroll_ticks = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick, self, NULL);
}

void
pw_indicator_grid_scroll_to_cursor (PwIndicatorGrid *self)
{
  scroll_to (self, self->sheet.row, self->sheet.column);
}

/* The line under the grid: why the value under the cursor cannot be read,
 * while the cursor is on it. */
void
pw_indicator_grid_update_reason (PwIndicatorGrid *self)
{
  g_autofree char *text = NULL;

  if (self->plan != NULL && self->sheet.row < pw_indicator_grid_n_rows (self) && self->columns->len > 0)
    {
      GridColumn *column = pw_indicator_grid_column (self, self->sheet.column);
      PwIndicator *indicator = pw_indicator_grid_row (self, self->sheet.row);
      PwValue *value = pw_indicator_grid_cell_value (column, indicator);

      if (value != NULL && pw_value_get_kind (value) == PW_VALUE_INVALID)
        /* Translators: under the grid, while the cursor is on a value that cannot be read */
        text = g_strdup_printf (_("“%s” could not be read as a value: %s. It is kept as typed."),
                                pw_value_get_text (value), pw_value_get_problem (value));
    }

  gtk_label_set_label (self->reason_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), text != NULL);
}

void
pw_indicator_grid_place_cursor (PwIndicatorGrid *self,
                                guint            row,
                                guint            column,
                                gboolean         scroll)
{
  if (self->editing_cell != NULL)
    pw_indicator_grid_commit_editing (self);

  pw_grid_sheet_place (&self->sheet, row, column);
  pw_indicator_grid_refresh_cells (self);
  if (scroll)
    pw_indicator_grid_scroll_to_cursor (self);
  pw_indicator_grid_update_reason (self);
  pw_indicator_grid_update_actions (self);
}

/* Moves the range's far corner (Shift with the arrows, Shift+click); the
 * cursor stays where the range started. */
void
pw_indicator_grid_extend_range (PwIndicatorGrid *self,
                                int              row,
                                int              column)
{
  if (self->editing_cell != NULL)
    pw_indicator_grid_commit_editing (self);
  if (!pw_grid_sheet_extend (&self->sheet, row, column))
    return;

  pw_indicator_grid_refresh_cells (self);
  scroll_to (self, self->sheet.range_row[1], self->sheet.range_column[1]);
  pw_indicator_grid_update_actions (self);
}

/* Sideways, the grid scrolls by whole columns, as a spreadsheet does: the
 * first column beside the frozen ones is never cut in half (性质 read as
 * 性). Once the view has been laid out at the new position (two frames
 * on), its left edge moves to the next column's start in the direction
 * scrolled; to the previous one when the next is past the end of the
 * scrolling, or when a wider page pushed the view back to the end (either
 * would leave the view with its first column cut). Only the very end,
 * scrolled to rightwards, stays as it is: the last column whole. */
static gboolean
snap_tick (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  PwIndicatorGrid *self = data;
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (self->scrolled);
  double value = gtk_adjustment_get_value (h);
  double end = gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h);
  gboolean right = value > self->snap_value;
  double next = G_MAXDOUBLE, previous = 0, target;
  gboolean found = FALSE;

  if (++self->snap_ticks < 2)
    return G_SOURCE_CONTINUE;
  self->snap_tick = 0;

  /* every row's cell of a column is at the same x in its row */
  for (guint i = 0; i < self->cells->len; i++)
    {
      PwGridCell *cell = g_ptr_array_index (self->cells, i);
      GtkListItem *item = pw_grid_cell_get_list_item (cell);
      graphene_rect_t bounds;
      double start;

      if (item == NULL || gtk_list_item_get_item (item) == NULL || !gtk_widget_get_mapped (GTK_WIDGET (cell)) ||
          (pw_indicator_grid_column (self, pw_grid_cell_get_column (cell))->info->flags & PW_GRID_COLUMN_FROZEN) ||
          !gtk_widget_compute_bounds (GTK_WIDGET (cell), gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (cell))),
                                      &bounds))
        continue;
      /* in its row, which starts where the columns start: not in the
       * scrolled window, where a value clamped while it is laid out (a
       * wider page) leaves the cells where the old value put them until
       * the next layout */
      start = bounds.origin.x;
      found = TRUE;
      if (start >= value - 0.5 && start < next)
        next = start;
      if (start <= value + 0.5 && start > previous)
        previous = start;
    }

  if (!found || (right && value >= end - 0.5))
    target = value;
  else if (right && next <= end + 0.5)
    target = next;
  else
    target = previous;
  self->snap_value = MIN (target, end);
  if (ABS (self->snap_value - value) > 0.5)
    gtk_adjustment_set_value (h, self->snap_value);
  return G_SOURCE_REMOVE;
}

void
pw_indicator_grid_snap_columns (GtkAdjustment   *adjustment,
                                PwIndicatorGrid *self)
{
  if (ABS (gtk_adjustment_get_value (adjustment) - self->snap_value) < 0.5)
    return;
  self->snap_ticks = 0;
  if (self->snap_tick == 0)
    self->snap_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), snap_tick, self, NULL);
}
