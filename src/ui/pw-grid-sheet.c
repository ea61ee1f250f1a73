/* pw-grid-sheet.c: what every grid of the window shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The indicator grid and the project lists of the 专栏 boxes are one kind
 * of spreadsheet: GTK 4.8 has no focus on single cells, so each keeps a
 * cursor (a row and a column) and a range (the rectangle from the cursor to
 * a far corner) in a PwGridSheet, and this file holds what does not depend
 * on the rows' objects: the arithmetic of the cursor and the range, Calc's
 * keys (the arrows, Tab and Enter move the cursor, Enter after a run of
 * Tabs back to the column the run started in, Shift extends the range,
 * typing or F2 starts editing, the clipboard and fill keys act on the
 * range; while a cell is edited, the keys that store and move), and
 * clearing, filling and copying a range through the columns' table. Each
 * grid draws its own cells (PwGridCell) and reaches its rows through
 * PwGridSheetClass.
 *
 * A double click on the right border of a column's title fits the column to
 * its content (the natural width of its title and of its cells in view), as
 * in Calc; the grid keeps the width as it keeps one dragged.
 */

#define G_LOG_DOMAIN "pw-grid-sheet"

#include "config.h"

#include "pw-grid-sheet.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pw-grid-clipboard.h"

/* Auxiliary methods */

static gboolean
column_is_editable (PwGridSheet *sheet,
                    guint        column)
{
  return pw_grid_sheet_column (sheet, column, NULL)->set_text != NULL;
}

static void
begin_step (PwGridSheet *sheet,
            PwHistory   *history,
            const char  *label)
{
  if (history != NULL)
    pw_history_begin (history, label);
  if (sheet->klass->mark_cursor != NULL)
    sheet->klass->mark_cursor (sheet->grid);
}

static void
end_step (PwHistory *history)
{
  if (history != NULL)
    pw_history_end (history);
}

/* Enter: one row down, back in the column where a run of Tabs started. */
static void
enter_moves (PwGridSheet *sheet,
             gboolean     up)
{
  int column = sheet->tab_start >= 0 ? sheet->tab_start : (int) sheet->column;

  sheet->tab_start = -1;
  sheet->klass->place_cursor (sheet->grid, (guint) MAX ((int) sheet->row + (up ? -1 : 1), 0), column, TRUE);
}

static void
tab_moves (PwGridSheet *sheet,
           gboolean     back)
{
  int start = sheet->tab_start >= 0 ? sheet->tab_start : (int) sheet->column;

  pw_grid_sheet_move (sheet, 0, back ? -1 : 1);
  sheet->tab_start = start;
}

static gboolean
editing_key (PwGridSheet    *sheet,
             GtkEditable    *editor,
             guint           keyval,
             GdkModifierType state)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (sheet->klass->try_commit (sheet->grid))
        enter_moves (sheet, shift);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (sheet->klass->try_commit (sheet->grid))
        tab_moves (sheet, shift || keyval == GDK_KEY_ISO_Left_Tab);
      return TRUE;
    case GDK_KEY_Escape:
      sheet->klass->stop_editing (sheet->grid);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_Down:
    case GDK_KEY_Left:
    case GDK_KEY_Right:
      if (!sheet->typed_edit)
        {
          /* after F2 the arrows move the caret; up and down to the ends */
          if (keyval == GDK_KEY_Up)
            gtk_editable_set_position (editor, 0);
          else if (keyval == GDK_KEY_Down)
            gtk_editable_set_position (editor, -1);
          return keyval == GDK_KEY_Up || keyval == GDK_KEY_Down;
        }
      if (sheet->klass->try_commit (sheet->grid))
        {
          sheet->tab_start = -1;
          pw_grid_sheet_move (sheet, keyval == GDK_KEY_Up ? -1 : keyval == GDK_KEY_Down ? 1 : 0,
                              keyval == GDK_KEY_Left ? -1 : keyval == GDK_KEY_Right ? 1 : 0);
        }
      return TRUE;
    default:
      return FALSE;
    }
}

/* Fitting a column to its content */

/* How far from a title's right edge a double click still means its border:
 * GTK's own handle to drag the border is 8 pixels wide. */
#define BORDER_SLOP 4

typedef struct
{
  GtkColumnView *before; /* unowned: the view left of this one, whose last border is this one's left edge */
  gint64 time;           /* of the last press on a border, µs */
  double x, y;
} BorderPress;

/* The widget of the i-th column's cell in each row, or its title, are the
 * i-th children of the row widgets and of the row of titles: GTK 4.8 makes
 * the row of titles the view's first child and the list of rows its last
 * (GtkColumnView has no API for either). */
static GtkWidget *
nth_child (GtkWidget *widget,
           guint      n)
{
  GtkWidget *child = widget != NULL ? gtk_widget_get_first_child (widget) : NULL;

  for (; child != NULL && n > 0; n--)
    child = gtk_widget_get_next_sibling (child);
  return child;
}

/* The column of @view whose title's right border is at @x, @y (in @view),
 * and its position, or -1. */
static int
column_at_border (GtkColumnView *view,
                  double         x,
                  double         y)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  GtkWidget *titles = gtk_widget_get_first_child (GTK_WIDGET (view));
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      GtkWidget *title = nth_child (titles, i);
      graphene_rect_t bounds;
      double right;

      if (title == NULL || !gtk_column_view_column_get_visible (column) ||
          !gtk_column_view_column_get_resizable (column) ||
          !gtk_widget_compute_bounds (title, GTK_WIDGET (view), &bounds))
        continue;
      right = bounds.origin.x + bounds.size.width;
      if (y >= bounds.origin.y && y < bounds.origin.y + bounds.size.height &&
          x >= right - BORDER_SLOP && x <= right + BORDER_SLOP)
        return (int) i;
    }
  return -1;
}

/* The natural width of @widget, a title or a cell: GTK 4.8 measures both
 * at their column's fixed width, so it is their child's natural width (the
 * text of a PwGridCell, which asks for none) and the room around the child
 * (padding, border) as it is now, and a pixel either side. */
static int
natural_width_of (GtkWidget *widget)
{
  GtkWidget *child = widget != NULL ? gtk_widget_get_first_child (widget) : NULL;
  int natural = 0;

  if (child == NULL || !gtk_widget_get_visible (child))
    return 0;
  if (PW_IS_GRID_CELL (child))
    natural = pw_grid_cell_get_text_width (PW_GRID_CELL (child));
  else
    gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural + MAX (gtk_widget_get_width (widget) - gtk_widget_get_width (child), 0) + 2;
}

/* The natural width of the column at @index of @view: that of its title
 * and of its cells in the rows made (those in view, and a few beyond). */
static int
natural_width (GtkColumnView *view,
               guint          index)
{
  GtkWidget *rows = gtk_widget_get_last_child (GTK_WIDGET (view));
  int width = natural_width_of (nth_child (gtk_widget_get_first_child (GTK_WIDGET (view)), index));

  for (GtkWidget *row = gtk_widget_get_first_child (rows); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_child_visible (row) && gtk_widget_get_mapped (row))
      width = MAX (width, natural_width_of (nth_child (row, index)));
  return width;
}

/* The position of @view's last visible column, or -1. */
static int
last_visible_column (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = g_list_model_get_n_items (columns); i > 0; i--)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i - 1);

      if (gtk_column_view_column_get_visible (column))
        return (int) i - 1;
    }
  return -1;
}

/* A press on the row of titles: the second on the same border within the
 * double-click time fits that column, as in Calc, and takes the press from
 * the title (which would sort the column). Counted here: the view's own
 * gesture claims the first press of the two, to drag the border, except on
 * the last border of a view, which GTK does not let drag: there the first
 * press is taken too, or it would sort. */
static void
titles_pressed (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                BorderPress     *last)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  int index = column_at_border (view, x, y);
  gint64 now = g_get_monotonic_time ();
  int double_click_ms = 400;
  int distance = 5;
  g_autoptr(GtkColumnViewColumn) column = NULL;

  /* the gesture takes any button, not to be taken for the view's own click
   * of the first one */
  if (button != 0 && button != GDK_BUTTON_PRIMARY)
    return;

  /* the border between two views (the frozen columns' and the others') is
   * the left one's: just right of it is still that border */
  if (index < 0 && last->before != NULL && x <= BORDER_SLOP &&
      (index = last_visible_column (last->before)) >= 0)
    view = last->before;
  if (index >= 0)
    column = g_list_model_get_item (gtk_column_view_get_columns (view), index);
  if (column == NULL || !gtk_column_view_column_get_resizable (column))
    {
      last->time = 0;
      return;
    }

  if (index == last_visible_column (view))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (view)), "gtk-double-click-time", &double_click_ms,
                "gtk-double-click-distance", &distance, NULL);
  if (n_press >= 2 ||
      (last->time != 0 && now - last->time <= (gint64) double_click_ms * 1000 &&
       fabs (x - last->x) <= distance && fabs (y - last->y) <= distance))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      pw_grid_sheet_fit_column (view, column);
      last->time = 0;
      return;
    }
  last->time = now;
  last->x = x;
  last->y = y;
}

/* Public API */

void
pw_grid_sheet_init (PwGridSheet            *sheet,
                    const PwGridSheetClass *klass,
                    gpointer                grid)
{
  memset (sheet, 0, sizeof *sheet);
  sheet->klass = klass;
  sheet->grid = grid;
  sheet->tab_start = -1;
}

guint
pw_grid_sheet_n_rows (PwGridSheet *sheet)
{
  return sheet->rows != NULL && sheet->n_columns > 0 ? g_list_model_get_n_items (sheet->rows) : 0;
}

/**
 * pw_grid_sheet_item:
 * @sheet: a sheet
 * @row: a row shown
 *
 * Returns: (transfer none): the row's object, valid until the rows change
 *   (the list holds a reference)
 */
gpointer
pw_grid_sheet_item (PwGridSheet *sheet,
                    guint        row)
{
  g_autoptr(GObject) item = g_list_model_get_item (sheet->rows, row);

  return item;
}

const PwGridColumnInfo *
pw_grid_sheet_column (PwGridSheet *sheet,
                      guint        column,
                      int         *year)
{
  int unused;

  g_assert (column < sheet->n_columns);
  return sheet->klass->column (sheet->grid, column, year != NULL ? year : &unused);
}

/* Puts the cursor on a cell, clamped to the grid; the range collapses to it. */
void
pw_grid_sheet_place (PwGridSheet *sheet,
                     guint        row,
                     guint        column)
{
  guint rows = pw_grid_sheet_n_rows (sheet);

  sheet->row = rows == 0 ? 0 : MIN (row, rows - 1);
  sheet->column = sheet->n_columns == 0 ? 0 : MIN (column, sheet->n_columns - 1);
  sheet->range_row[0] = sheet->range_row[1] = sheet->row;
  sheet->range_column[0] = sheet->range_column[1] = sheet->column;
}

/* Moves the range's far corner (Shift with the arrows, Shift+click), clamped;
 * the cursor stays where the range started. FALSE in an empty grid. */
gboolean
pw_grid_sheet_extend (PwGridSheet *sheet,
                      int          row,
                      int          column)
{
  int rows = (int) pw_grid_sheet_n_rows (sheet);

  if (rows == 0)
    return FALSE;
  sheet->range_row[1] = CLAMP (row, 0, rows - 1);
  sheet->range_column[1] = CLAMP (column, 0, (int) sheet->n_columns - 1);
  return TRUE;
}

gboolean
pw_grid_sheet_in_range (PwGridSheet *sheet,
                        guint        row,
                        guint        column)
{
  PwGridRange range;

  pw_grid_sheet_get_range (sheet, &range);
  return row >= range.first_row && row <= range.last_row &&
         column >= range.first_column && column <= range.last_column;
}

gboolean
pw_grid_sheet_is_one_cell (PwGridSheet *sheet)
{
  return sheet->range_row[0] == sheet->range_row[1] && sheet->range_column[0] == sheet->range_column[1];
}

void
pw_grid_sheet_get_range (PwGridSheet *sheet,
                         PwGridRange *range)
{
  range->first_row = MIN (sheet->range_row[0], sheet->range_row[1]);
  range->last_row = MAX (sheet->range_row[0], sheet->range_row[1]);
  range->first_column = MIN (sheet->range_column[0], sheet->range_column[1]);
  range->last_column = MAX (sheet->range_column[0], sheet->range_column[1]);
}

/* Moves the cursor by a number of rows and columns; Tab at the end of a row
 * goes on to the next row, as in a spreadsheet. */
void
pw_grid_sheet_move (PwGridSheet *sheet,
                    int          rows,
                    int          columns)
{
  int row = (int) sheet->row + rows;
  int column = (int) sheet->column + columns;
  int n_columns = (int) sheet->n_columns;

  if (column >= n_columns && rows == 0)
    {
      column = 0;
      row++;
    }
  else if (column < 0 && rows == 0)
    {
      column = n_columns - 1;
      row--;
    }

  sheet->klass->place_cursor (sheet->grid, CLAMP (row, 0, (int) MAX (pw_grid_sheet_n_rows (sheet), 1) - 1),
                              CLAMP (column, 0, n_columns - 1), TRUE);
}

/* The cursor on (@row, @column), the range to (@end_row, @end_column). */
void
pw_grid_sheet_select (PwGridSheet *sheet,
                      guint        row,
                      guint        column,
                      guint        end_row,
                      guint        end_column)
{
  guint rows = pw_grid_sheet_n_rows (sheet);

  sheet->klass->place_cursor (sheet->grid, row, column, TRUE);
  if (rows > 0)
    sheet->klass->extend_range (sheet->grid, (int) MIN (end_row, rows - 1),
                                (int) MIN (end_column, sheet->n_columns - 1));
}

/* The keys of a grid, as Calc has them. Returns whether the key was used. */
gboolean
pw_grid_sheet_key_pressed (PwGridSheet     *sheet,
                           guint            keyval,
                           GdkModifierType  state)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  GtkEditable *editor = sheet->klass->get_editor (sheet->grid);
  int row_step = 0, column_step = 0;

  if (state & (GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  if (editor != NULL)
    return editing_key (sheet, editor, keyval, state);

  if (sheet->n_columns == 0)
    return FALSE;

  if (control)
    switch (keyval)
      {
      case GDK_KEY_a:
      case GDK_KEY_A:
        pw_grid_sheet_select (sheet, 0, 0, G_MAXUINT, G_MAXUINT);
        return TRUE;
      case GDK_KEY_c:
      case GDK_KEY_C:
        sheet->klass->copy (sheet->grid, FALSE);
        return TRUE;
      case GDK_KEY_x:
      case GDK_KEY_X:
        sheet->klass->copy (sheet->grid, TRUE);
        return TRUE;
      case GDK_KEY_v:
      case GDK_KEY_V:
        sheet->klass->paste (sheet->grid);
        return TRUE;
      case GDK_KEY_d:
      case GDK_KEY_D:
        if (shift)
          return FALSE; /* duplicates the row */
        sheet->klass->fill_down (sheet->grid);
        return TRUE;
      default:
        break;
      }

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      row_step = -1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      row_step = 1;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      column_step = -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      column_step = 1;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      row_step = -20;
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      row_step = 20;
      break;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (control)
        return FALSE; /* Ctrl+Tab leaves the grid */
      tab_moves (sheet, shift || keyval == GDK_KEY_ISO_Left_Tab);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      enter_moves (sheet, shift);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      sheet->tab_start = -1;
      if (shift)
        sheet->klass->extend_range (sheet->grid, control ? 0 : (int) sheet->range_row[1], 0);
      else
        sheet->klass->place_cursor (sheet->grid, control ? 0 : sheet->row, 0, TRUE);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      sheet->tab_start = -1;
      if (shift)
        sheet->klass->extend_range (sheet->grid, control ? G_MAXINT : (int) sheet->range_row[1], G_MAXINT);
      else
        sheet->klass->place_cursor (sheet->grid, control ? G_MAXUINT : sheet->row, G_MAXUINT, TRUE);
      return TRUE;
    case GDK_KEY_F2:
      sheet->klass->begin_editing (sheet->grid, NULL);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (control)
        return FALSE; /* Ctrl+Delete deletes the rows */
      sheet->klass->clear_range (sheet->grid);
      return TRUE;
    default:
      return FALSE;
    }

  sheet->tab_start = -1;
  if (shift)
    sheet->klass->extend_range (sheet->grid, (int) sheet->range_row[1] + row_step,
                                (int) sheet->range_column[1] + column_step);
  else
    pw_grid_sheet_move (sheet, row_step, column_step);
  return TRUE;
}

/**
 * pw_grid_sheet_range_table:
 * @sheet: a sheet with rows
 *
 * Returns: (transfer full): the range's texts, as pw-grid-clipboard.c
 *   puts them on the clipboard
 */
GPtrArray *
pw_grid_sheet_range_table (PwGridSheet *sheet)
{
  GPtrArray *table = pw_grid_table_new ();
  PwGridRange range;

  pw_grid_sheet_get_range (sheet, &range);
  for (guint r = range.first_row; r <= range.last_row; r++)
    {
      gpointer item = pw_grid_sheet_item (sheet, r);
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint c = range.first_column; c <= range.last_column; c++)
        {
          int year;
          const PwGridColumnInfo *info = pw_grid_sheet_column (sheet, c, &year);
          g_autofree char *text = info->get_text (sheet->grid, item, year);

          g_strv_builder_add (builder, text != NULL ? text : "");
        }
      g_ptr_array_add (table, g_strv_builder_end (builder));
      g_strv_builder_unref (builder);
    }
  return table;
}

/* Stores @text in a cell; FALSE when the column is computed or refuses it. */
gboolean
pw_grid_sheet_store (PwGridSheet *sheet,
                     gpointer     item,
                     guint        column,
                     const char  *text)
{
  int year;
  const PwGridColumnInfo *info = pw_grid_sheet_column (sheet, column, &year);

  return info->set_text != NULL && info->set_text (item, year, text);
}

/* Delete: the values of the range's cells, as one step. */
void
pw_grid_sheet_clear_range (PwGridSheet *sheet,
                           PwHistory   *history)
{
  PwGridRange range;

  if (pw_grid_sheet_n_rows (sheet) == 0)
    return;

  pw_grid_sheet_get_range (sheet, &range);
  begin_step (sheet, history, _("Clear Cells"));
  for (guint r = range.first_row; r <= range.last_row; r++)
    for (guint c = range.first_column; c <= range.last_column; c++)
      if (column_is_editable (sheet, c))
        pw_grid_sheet_store (sheet, pw_grid_sheet_item (sheet, r), c, "");
  end_step (history);
}

/* Ctrl+D: the range's first row into the rows below it; a single row takes
 * the one above it, as in Calc. */
void
pw_grid_sheet_fill_down (PwGridSheet *sheet,
                         PwHistory   *history)
{
  PwGridRange range;
  guint source;

  if (pw_grid_sheet_n_rows (sheet) == 0)
    return;

  pw_grid_sheet_get_range (sheet, &range);
  if (range.first_row == range.last_row)
    {
      if (range.first_row == 0)
        return;
      source = range.first_row - 1;
    }
  else
    source = range.first_row++;

  begin_step (sheet, history, _("Fill Down"));
  for (guint c = range.first_column; c <= range.last_column; c++)
    {
      int year;
      const PwGridColumnInfo *info = pw_grid_sheet_column (sheet, c, &year);
      g_autofree char *text = NULL;

      if (info->set_text == NULL)
        continue;
      text = info->get_text (sheet->grid, pw_grid_sheet_item (sheet, source), year);
      for (guint r = range.first_row; r <= range.last_row; r++)
        info->set_text (pw_grid_sheet_item (sheet, r), year, text);
    }
  end_step (history);
}

/**
 * pw_grid_sheet_paste_cells:
 * @sheet: a sheet
 * @table: a table from pw-grid-clipboard.c
 * @first_data: the table's first row pasted
 * @row: the grid's row its first row goes to
 * @column: the grid's column its first column goes to
 *
 * Stores the cells of @table that fall on the grid's rows and columns, the
 * computed columns left as they are; the caller opens the undo step.
 *
 * Returns: how many cells their column refused
 */
guint
pw_grid_sheet_paste_cells (PwGridSheet *sheet,
                           GPtrArray   *table,
                           guint        first_data,
                           guint        row,
                           guint        column)
{
  guint rows = pw_grid_sheet_n_rows (sheet);
  guint refused = 0;

  for (guint r = first_data; r < table->len && row + r - first_data < rows; r++)
    {
      char **cells = g_ptr_array_index (table, r);
      gpointer item = pw_grid_sheet_item (sheet, row + r - first_data);

      for (guint c = 0; cells[c] != NULL && column + c < sheet->n_columns; c++)
        if (column_is_editable (sheet, column + c) && !pw_grid_sheet_store (sheet, item, column + c, cells[c]))
          refused++;
    }
  return refused;
}

/**
 * pw_grid_sheet_scroll_into_view:
 * @scrolled: a scrolled window
 * @widget: a widget inside it (a cell)
 * @orientation: which way to scroll
 *
 * Scrolls @scrolled the least that brings @widget into view that way.
 */
void
pw_grid_sheet_scroll_into_view (GtkScrolledWindow *scrolled,
                                GtkWidget         *widget,
                                GtkOrientation     orientation)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;
  GtkAdjustment *adjustment = horizontal ? gtk_scrolled_window_get_hadjustment (scrolled)
                                         : gtk_scrolled_window_get_vadjustment (scrolled);
  graphene_rect_t bounds;
  double start, size, page, value;

  if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (scrolled), &bounds))
    return;

  start = horizontal ? bounds.origin.x : bounds.origin.y;
  size = horizontal ? bounds.size.width : bounds.size.height;
  page = gtk_adjustment_get_page_size (adjustment);
  value = gtk_adjustment_get_value (adjustment);
  if (start < 0)
    gtk_adjustment_set_value (adjustment, value + start);
  else if (start + size > page)
    gtk_adjustment_set_value (adjustment, value + MIN (start, start + size - page));
}

/**
 * pw_grid_sheet_find_cell:
 * @cells: (element-type PwGridCell): every cell a grid has set up
 * @row: a row
 * @column: a column
 *
 * Returns: (transfer none) (nullable): the cell bound to the row's item in
 *   the column, if the row is on screen
 */
PwGridCell *
pw_grid_sheet_find_cell (GPtrArray *cells,
                         guint      row,
                         guint      column)
{
  for (guint i = 0; i < cells->len; i++)
    {
      PwGridCell *cell = g_ptr_array_index (cells, i);
      GtkListItem *item = pw_grid_cell_get_list_item (cell);

      if (item != NULL && pw_grid_cell_get_column (cell) == column &&
          gtk_list_item_get_item (item) != NULL && gtk_list_item_get_position (item) == row)
        return cell;
    }

  return NULL;
}

/**
 * pw_grid_sheet_cell_pressed:
 * @sheet: a sheet
 * @cell: a cell clicked, not being edited
 * @gesture: the click, whose modifiers (Shift) count
 * @n_press: 2 for a double click
 * @focus: what takes the focus: the grid's view
 *
 * A click puts the cursor on the cell, Shift+click extends the range to
 * it, a double click edits it. A cell clipped at the view's edge comes
 * wholly into view, as in Calc: the cursor's cell is the one shown, and
 * the next click at the same place is on the same column.
 */
void
pw_grid_sheet_cell_pressed (PwGridSheet     *sheet,
                            PwGridCell      *cell,
                            GtkGestureClick *gesture,
                            int              n_press,
                            GtkWidget       *focus)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  GtkWidget *scrolled;
  guint row, column;

  if (item == NULL || gtk_list_item_get_item (item) == NULL)
    return;

  row = gtk_list_item_get_position (item);
  column = pw_grid_cell_get_column (cell);
  sheet->tab_start = -1;
  if (state & GDK_SHIFT_MASK)
    sheet->klass->extend_range (sheet->grid, (int) row, (int) column);
  else
    sheet->klass->place_cursor (sheet->grid, row, column, FALSE);
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (cell), GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled != NULL)
    pw_grid_sheet_scroll_into_view (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (cell), GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_grab_focus (focus);
  if (n_press == 2)
    sheet->klass->begin_editing (sheet->grid, NULL);
}

/**
 * pw_grid_sheet_add_keys:
 * @view: a grid's view
 * @key_pressed: the grid's handler of #GtkEventControllerKey::key-pressed,
 *   which sees the keys before the view and the cell editors do
 * @im_commit: the grid's handler of #GtkIMContext::commit: what is typed
 *   into the grid, through an input method, so that Chinese can be typed
 *   straight into a cell
 * @data: the grid, for both
 *
 * Returns: (transfer full): the input method's context
 */
GtkIMContext *
pw_grid_sheet_add_keys (GtkWidget *view,
                        GCallback  key_pressed,
                        GCallback  im_commit,
                        gpointer   data)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *typing = gtk_event_controller_key_new ();
  GtkIMContext *im_context = gtk_im_multicontext_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", key_pressed, data);
  gtk_widget_add_controller (view, keys);

  g_signal_connect (im_context, "commit", im_commit, data);
  gtk_event_controller_key_set_im_context (GTK_EVENT_CONTROLLER_KEY (typing), im_context);
  gtk_widget_add_controller (view, typing);
  gtk_im_context_set_client_widget (im_context, view);
  return im_context;
}

/**
 * pw_grid_sheet_fit_column:
 * @view: a grid's view
 * @column: one of its columns
 *
 * Fixes @column's width to the natural width of its title and of its cells
 * in the rows made (those in view, and a few beyond), as a double click on
 * its title's right border does.
 */
void
pw_grid_sheet_fit_column (GtkColumnView       *view,
                          GtkColumnViewColumn *column)
{
  GListModel *columns;
  guint position;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));

  columns = gtk_column_view_get_columns (view);
  for (position = 0; position < g_list_model_get_n_items (columns); position++)
    {
      g_autoptr(GtkColumnViewColumn) item = g_list_model_get_item (columns, position);

      if (item == column)
        break;
    }
  g_return_if_fail (position < g_list_model_get_n_items (columns));
  gtk_column_view_column_set_fixed_width (column, MAX (natural_width (view, position), 1));
}

/**
 * pw_grid_sheet_add_column_fitting:
 * @view: a grid's view
 * @before: (nullable): the view left of @view in the same grid (the frozen
 *   columns'), which shares its last border with @view's left edge
 *
 * A double click on the right border of a column's title fits the column
 * to its content (pw_grid_sheet_fit_column()).
 */
void
pw_grid_sheet_add_column_fitting (GtkColumnView *view,
                                  GtkColumnView *before)
{
  GtkGesture *click = gtk_gesture_click_new ();
  BorderPress *last = g_new0 (BorderPress, 1);

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (before == NULL || GTK_IS_COLUMN_VIEW (before));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  last->before = before;
  g_signal_connect_data (click, "pressed", G_CALLBACK (titles_pressed), last,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  /* on the view, in the capture phase: before the row of titles and its
   * own gestures (GTK's double click there unfixes the width) */
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (click));
}
