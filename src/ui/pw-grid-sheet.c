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
 */

#define G_LOG_DOMAIN "pw-grid-sheet"

#include "config.h"

#include "pw-grid-sheet.h"

#include <glib/gi18n.h>
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
      case GDK_KEY_Insert:
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
 * it, a double click edits it.
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
