/* pw-indicator-grid-keys.c: editing the indicator grid's cells, and its keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calc's keys: the arrows, Tab and Enter move the cursor (Enter after a
 * run of Tabs back to the column the run started in), Shift extends the
 * range, typing or F2 starts editing, the clipboard and fill keys act on
 * the range. While a cell is edited, the keys that store and move.
 */

#define G_LOG_DOMAIN "pw-indicator-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-indicator-grid-private.h"

/* Auxiliary methods (those not static: pw-indicator-grid-private.h) */

void
pw_indicator_grid_stop_editing (PwIndicatorGrid *self)
{
  PwGridCell *cell = self->editing_cell;

  if (cell == NULL)
    return;

  self->editing_cell = NULL;
  g_clear_pointer (&self->kept_text, g_free);
  pw_grid_cell_stop_editing (cell);
  pw_indicator_grid_refresh_cell (cell);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Returns whether the edit could be applied; if not, the cell stays open
 * with the reason shown. */
gboolean
pw_indicator_grid_try_commit (PwIndicatorGrid *self)
{
  PwGridCell *cell = self->editing_cell;
  GtkListItem *item;
  PwIndicator *indicator;
  GridColumn *column;
  g_autofree char *text = NULL;

  if (cell == NULL)
    return TRUE;

  item = pw_grid_cell_get_list_item (cell);
  indicator = item ? gtk_list_item_get_item (item) : NULL;
  column = pw_indicator_grid_column (self, pw_grid_cell_get_column (cell));
  text = g_strdup (pw_grid_cell_get_edit_text (cell));

  if (indicator != NULL && !pw_indicator_grid_apply_edit (self, indicator, column, text))
    {
      GtkWidget *editor = pw_grid_cell_get_editor (cell);

      gtk_widget_add_css_class (editor, "error");
      gtk_widget_set_tooltip_text (editor, _("Type 约束性 (binding) or 预期性 (expected), or leave it empty"));
      gtk_widget_error_bell (editor);
      return FALSE;
    }

  pw_indicator_grid_stop_editing (self);
  return TRUE;
}

/* Escape: the cell as it was before the edit, also when its text was kept
 * for the draft meanwhile. */
static void
cancel_editing (PwIndicatorGrid *self)
{
  GtkListItem *item = self->editing_cell ? pw_grid_cell_get_list_item (self->editing_cell) : NULL;
  PwIndicator *indicator = item ? gtk_list_item_get_item (item) : NULL;

  if (indicator != NULL && self->kept_text != NULL)
    pw_indicator_grid_apply_edit (self, indicator,
                                  pw_indicator_grid_column (self, pw_grid_cell_get_column (self->editing_cell)),
                                  self->kept_text);
  pw_indicator_grid_stop_editing (self);
}

void
pw_indicator_grid_commit_editing (PwIndicatorGrid *self)
{
  if (!pw_indicator_grid_try_commit (self))
    pw_indicator_grid_stop_editing (self);
}

gboolean
pw_indicator_grid_begin_editing (PwIndicatorGrid *self,
               const char      *text)
{
  /* typed over: the arrows commit and move; F2 or a double click: they
   * move the caret, as in Calc */
  self->typed_edit = text != NULL;

  PwGridCell *cell;
  GridColumn *column;
  PwIndicator *indicator;
  g_autofree char *current = NULL;

  if (!self->editable || self->plan == NULL || pw_indicator_grid_n_rows (self) == 0)
    return FALSE;

  column = pw_indicator_grid_column (self, self->cursor_column);
  if (!pw_indicator_grid_column_is_editable (column))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  pw_indicator_grid_scroll_to_cursor (self);
  cell = pw_indicator_grid_find_cell (self, self->cursor_row, self->cursor_column);
  if (cell == NULL)
    return FALSE;

  if (self->editing_cell != NULL && self->editing_cell != cell)
    pw_indicator_grid_commit_editing (self);

  indicator = pw_indicator_grid_row (self, self->cursor_row);
  current = pw_indicator_grid_edit_text (self, column, indicator);
  self->editing_cell = cell;
  pw_grid_cell_start_editing (cell, text != NULL ? text : current, FALSE);
  if (column->info->get_choices != NULL)
    pw_grid_cell_set_choices (cell, column->info->get_choices (indicator, column->year));
  return TRUE;
}

void
pw_indicator_grid_im_commit (GtkIMContext    *context,
           const char      *text,
           PwIndicatorGrid *self)
{
  if (self->editing_cell != NULL)
    {
      GtkEditable *editor = GTK_EDITABLE (pw_grid_cell_get_editor (self->editing_cell));
      int position = gtk_editable_get_position (editor);

      gtk_editable_insert_text (editor, text, -1, &position);
      gtk_editable_set_position (editor, position);
      return;
    }

  pw_indicator_grid_begin_editing (self, text);
}

/* Enter: one row down, back in the column where a run of Tabs started. */
static void
enter_moves (PwIndicatorGrid *self,
             gboolean         up)
{
  int column = self->tab_start >= 0 ? self->tab_start : (int) self->cursor_column;

  self->tab_start = -1;
  pw_indicator_grid_place_cursor (self, (guint) MAX ((int) self->cursor_row + (up ? -1 : 1), 0), column, TRUE);
}

static void
tab_moves (PwIndicatorGrid *self,
           gboolean         back)
{
  int start = self->tab_start >= 0 ? self->tab_start : (int) self->cursor_column;

  pw_indicator_grid_move_cursor (self, 0, back ? -1 : 1);
  self->tab_start = start;
}

static gboolean
editing_key (PwIndicatorGrid *self,
             guint            keyval,
             GdkModifierType  state)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  GtkEditable *editor = GTK_EDITABLE (pw_grid_cell_get_editor (self->editing_cell));

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (pw_indicator_grid_try_commit (self))
        enter_moves (self, shift);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (pw_indicator_grid_try_commit (self))
        tab_moves (self, shift || keyval == GDK_KEY_ISO_Left_Tab);
      return TRUE;
    case GDK_KEY_Escape:
      cancel_editing (self);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_Down:
    case GDK_KEY_Left:
    case GDK_KEY_Right:
      if (!self->typed_edit)
        {
          /* after F2 the arrows move the caret; up and down to the ends */
          if (keyval == GDK_KEY_Up)
            gtk_editable_set_position (editor, 0);
          else if (keyval == GDK_KEY_Down)
            gtk_editable_set_position (editor, -1);
          return keyval == GDK_KEY_Up || keyval == GDK_KEY_Down;
        }
      if (pw_indicator_grid_try_commit (self))
        {
          self->tab_start = -1;
          pw_indicator_grid_move_cursor (self, keyval == GDK_KEY_Up ? -1 : keyval == GDK_KEY_Down ? 1 : 0,
                       keyval == GDK_KEY_Left ? -1 : keyval == GDK_KEY_Right ? 1 : 0);
        }
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
pw_indicator_grid_key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             PwIndicatorGrid       *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  int row_step = 0, column_step = 0;

  if (state & (GDK_ALT_MASK | GDK_SUPER_MASK))
    {
      /* Alt+Down opens the choices of the cell */
      if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && (state & GDK_ALT_MASK) &&
          self->plan != NULL && pw_indicator_grid_n_rows (self) > 0 && pw_indicator_grid_column (self, self->cursor_column)->info->get_choices != NULL)
        {
          if (self->editing_cell == NULL)
            pw_indicator_grid_begin_editing (self, NULL);
          if (self->editing_cell != NULL)
            pw_grid_cell_popup_choices (self->editing_cell);
          return TRUE;
        }
      return FALSE;
    }

  if (self->editing_cell != NULL)
    return editing_key (self, keyval, state);

  if (self->plan == NULL)
    return FALSE;

  if (control)
    switch (keyval)
      {
      case GDK_KEY_a:
      case GDK_KEY_A:
        pw_indicator_grid_select (self, 0, 0, G_MAXUINT, G_MAXUINT);
        return TRUE;
      case GDK_KEY_c:
      case GDK_KEY_C:
      case GDK_KEY_Insert:
        pw_indicator_grid_copy (self, FALSE);
        return TRUE;
      case GDK_KEY_x:
      case GDK_KEY_X:
        pw_indicator_grid_copy (self, TRUE);
        return TRUE;
      case GDK_KEY_v:
      case GDK_KEY_V:
        pw_indicator_grid_paste (self);
        return TRUE;
      case GDK_KEY_d:
      case GDK_KEY_D:
        if (shift)
          return FALSE; /* duplicates the row */
        pw_indicator_grid_fill_down (self);
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
      tab_moves (self, shift || keyval == GDK_KEY_ISO_Left_Tab);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      enter_moves (self, shift);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      self->tab_start = -1;
      if (shift)
        pw_indicator_grid_extend_range (self, control ? 0 : (int) self->range_row[1], 0);
      else
        pw_indicator_grid_place_cursor (self, control ? 0 : self->cursor_row, 0, TRUE);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      self->tab_start = -1;
      if (shift)
        pw_indicator_grid_extend_range (self, control ? G_MAXINT : (int) self->range_row[1], G_MAXINT);
      else
        pw_indicator_grid_place_cursor (self, control ? G_MAXUINT : self->cursor_row, G_MAXUINT, TRUE);
      return TRUE;
    case GDK_KEY_F2:
      pw_indicator_grid_begin_editing (self, NULL);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (control)
        return FALSE; /* Ctrl+Delete deletes the rows */
      pw_indicator_grid_clear_range (self);
      return TRUE;
    default:
      return FALSE;
    }

  self->tab_start = -1;
  if (shift)
    pw_indicator_grid_extend_range (self, (int) self->range_row[1] + row_step, (int) self->range_column[1] + column_step);
  else
    pw_indicator_grid_move_cursor (self, row_step, column_step);
  return TRUE;
}

/* Public API */

/**
 * pw_indicator_grid_keep_editing:
 * @self: a grid
 *
 * Stores the text of the cell being edited, leaving its editor open, so
 * that the draft of unsaved changes holds what is being typed. A text the
 * column refuses is not stored, nor marked (it is still being typed);
 * Escape afterwards puts back what the cell held before the edit.
 */
void
pw_indicator_grid_keep_editing (PwIndicatorGrid *self)
{
  PwGridCell *cell;
  GtkListItem *item;
  PwIndicator *indicator;
  GridColumn *column;
  g_autofree char *current = NULL;
  const char *text;

  g_return_if_fail (PW_IS_INDICATOR_GRID (self));

  cell = self->editing_cell;
  item = cell != NULL ? pw_grid_cell_get_list_item (cell) : NULL;
  indicator = item != NULL ? gtk_list_item_get_item (item) : NULL;
  if (indicator == NULL || self->plan == NULL)
    return;

  column = pw_indicator_grid_column (self, pw_grid_cell_get_column (cell));
  text = pw_grid_cell_get_edit_text (cell);
  current = pw_indicator_grid_edit_text (self, column, indicator);
  /* nothing typed (an empty cell has no text) */
  if (g_strcmp0 (text != NULL ? text : "", current != NULL ? current : "") == 0)
    return;
  if (pw_indicator_grid_apply_edit (self, indicator, column, text) && self->kept_text == NULL)
    self->kept_text = g_steal_pointer (&current);
}
