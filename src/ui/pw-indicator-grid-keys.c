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

#include "pw-comment-menu.h"
#include "pw-indicator-grid-private.h"

/* Auxiliary methods (those not static: pw-indicator-grid-private.h) */

void
pw_indicator_grid_stop_editing (PwIndicatorGrid *self)
{
  PwGridCell *cell = self->editing_cell;

  if (cell == NULL)
    return;

  self->editing_cell = NULL;
  self->adding = NULL;
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
void
pw_indicator_grid_cancel_editing (PwIndicatorGrid *self)
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
  self->sheet.typed_edit = text != NULL;

  PwGridCell *cell;
  GridColumn *column;
  PwIndicator *indicator;
  g_autofree char *current = NULL;

  if (!pw_plan_page_get_editable (PW_PLAN_PAGE (self)) || self->plan == NULL || pw_indicator_grid_n_rows (self) == 0)
    return FALSE;

  column = pw_indicator_grid_column (self, self->sheet.column);
  if (!pw_indicator_grid_column_is_editable (column))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  pw_indicator_grid_scroll_to_cursor (self);
  cell = pw_indicator_grid_find_cell (self, self->sheet.row, self->sheet.column);
  if (cell == NULL)
    return FALSE;

  if (self->editing_cell != NULL && self->editing_cell != cell)
    pw_indicator_grid_commit_editing (self);

  indicator = pw_indicator_grid_row (self, self->sheet.row);
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

gboolean
pw_indicator_grid_key_pressed (GtkEventControllerKey *controller,
                               guint                  keyval,
                               guint                  keycode,
                               GdkModifierType        state,
                               PwIndicatorGrid       *self)
{
  /* Alt+Down opens the choices of the cell */
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && (state & GDK_ALT_MASK) &&
      self->plan != NULL && pw_indicator_grid_n_rows (self) > 0 &&
      pw_indicator_grid_column (self, self->sheet.column)->info->get_choices != NULL)
    {
      if (self->editing_cell == NULL)
        pw_indicator_grid_begin_editing (self, NULL);
      if (self->editing_cell != NULL)
        pw_grid_cell_popup_choices (self->editing_cell);
      return TRUE;
    }

  /* Menu or Shift+F10: the cursor's cell's menu (Cut, Copy … Add Comment) */
  if (self->editing_cell == NULL &&
      pw_comment_menu_key (GTK_WIDGET (pw_indicator_grid_find_cell (self, self->sheet.row, self->sheet.column)),
                           keyval, state))
    return TRUE;

  return pw_grid_sheet_key_pressed (&self->sheet, keyval, state);
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
