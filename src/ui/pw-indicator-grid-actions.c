/* pw-indicator-grid-actions.c: the indicator grid's actions on rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * grid.add-row, grid.duplicate-row, grid.delete-rows, grid.move-up/-down,
 * grid.edit-cell, grid.find: each acts on the cursor's row or the range's
 * rows, as one undo step, and their sensitivity in one function. grid.cut,
 * grid.copy and grid.paste are the clipboard keys' for the cells' context
 * menu, which offers them with Insert Row and Delete Rows, as Calc's does.
 */

#define G_LOG_DOMAIN "pw-indicator-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-indicator-grid-private.h"

/* Auxiliary methods (those not static: pw-indicator-grid-private.h) */

static gboolean
is_sorted_or_filtered (PwIndicatorGrid *self)
{
  GtkSorter *sorter = gtk_sort_list_model_get_sorter (self->sort_model);

  return (sorter != NULL && gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE) ||
         pw_indicator_grid_n_rows (self) != g_list_model_get_n_items (pw_plan_get_indicators (self->plan));
}

void
pw_indicator_grid_update_actions (PwIndicatorGrid *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_rows = self->plan != NULL && pw_indicator_grid_n_rows (self) > 0;
  gboolean can_edit = pw_plan_page_get_editable (PW_PLAN_PAGE (self)) && self->plan != NULL;
  gboolean can_move = can_edit && has_rows && !is_sorted_or_filtered (self);

  gtk_widget_action_set_enabled (widget, "grid.add-row", can_edit);
  gtk_widget_action_set_enabled (widget, "grid.duplicate-row", can_edit && has_rows);
  gtk_widget_action_set_enabled (widget, "grid.delete-rows", can_edit && has_rows);
  gtk_widget_action_set_enabled (widget, "grid.move-up", can_move && self->sheet.row > 0);
  gtk_widget_action_set_enabled (widget, "grid.move-down", can_move && self->sheet.row + 1 < pw_indicator_grid_n_rows (self));
  gtk_widget_action_set_enabled (widget, "grid.edit-cell", can_edit && has_rows);
  gtk_widget_action_set_enabled (widget, "grid.cut", can_edit && has_rows);
  gtk_widget_action_set_enabled (widget, "grid.copy", has_rows);
  gtk_widget_action_set_enabled (widget, "grid.paste", can_edit);
}

/* The cells' context menu: the clipboard and the rows, as in Calc. */
GMenuModel *
pw_indicator_grid_new_cell_menu (void)
{
  GMenu *menu = g_menu_new ();

  g_menu_append (menu, _("Cu_t"), "grid.cut");
  g_menu_append (menu, _("_Copy"), "grid.copy");
  g_menu_append (menu, _("_Paste"), "grid.paste");
  g_menu_append (menu, _("_Insert Row Below"), "grid.add-row");
  g_menu_append (menu, _("_Delete Rows"), "grid.delete-rows");
  return G_MENU_MODEL (menu);
}

void
pw_indicator_grid_show_row_of (PwIndicatorGrid *self,
             PwIndicator     *indicator)
{
  guint rows = pw_indicator_grid_n_rows (self);

  for (guint i = 0; i < rows; i++)
    if (pw_indicator_grid_row (self, i) == indicator)
      {
        pw_indicator_grid_place_cursor (self, i, self->sheet.column, TRUE);
        return;
      }
}

/* A new indicator with an id of the plan, for the row below @current (at
 * the plan's end when NULL): *@position is where it goes among the plan's
 * indicators. Not in the plan yet. */
PwIndicator *
pw_indicator_grid_new_row (PwIndicatorGrid *self,
                           PwIndicator     *current,
                           guint           *position)
{
  PwIndicator *indicator = pw_indicator_new ();
  g_autofree char *id = pw_plan_make_id (self->plan, "ind");

  pw_object_set_id (PW_OBJECT (indicator), id);
  *position = g_list_model_get_n_items (pw_plan_get_indicators (self->plan));
  if (current != NULL)
    {
      /* a new row belongs where the cursor is: same category and domain */
      pw_indicator_set_category (indicator, pw_indicator_get_category (current));
      pw_indicator_set_domain (indicator, pw_indicator_get_domain (current));
      pw_indicator_set_chapter (indicator, pw_indicator_get_chapter (current));
      *position = pw_indicator_grid_source_position (self, current) + 1;
    }
  return indicator;
}

static void
add_row_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);
  PwHistory *history = pw_plan_get_history (self->plan);
  PwIndicator *current = pw_indicator_grid_n_rows (self) > 0 ? pw_indicator_grid_row (self, self->sheet.row) : NULL;
  guint position;
  g_autoptr(PwIndicator) indicator = pw_indicator_grid_new_row (self, current, &position);

  pw_history_begin (history, _("Add Indicator"));
  pw_plan_insert_indicator (self->plan, position, indicator);
  pw_history_end (history);

  pw_indicator_grid_show_row_of (self, indicator);
  pw_indicator_grid_place_cursor (self, self->sheet.row, (guint) pw_indicator_grid_find_column (self, "name"), TRUE);
  /* the name typed in the cell opened now is part of adding the row: one
   * Ctrl+Z takes the row away, named or not */
  if (pw_indicator_grid_begin_editing (self, NULL))
    {
      self->adding = indicator;
      self->adding_state = pw_history_get_state (history);
    }
}

static void
duplicate_row_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);
  PwIndicator *current = pw_indicator_grid_row (self, self->sheet.row);
  g_autoptr(PwIndicator) copy = pw_indicator_new ();
  g_autofree char *id = pw_plan_make_id (self->plan, "ind");
  PwHistory *history = pw_plan_get_history (self->plan);

  /* Every property but the id, and every year's value and state. */
  pw_object_copy_fields (PW_OBJECT (current), PW_OBJECT (copy));
  for (guint i = 0; i < pw_indicator_get_n_years (current); i++)
    {
      int year = pw_indicator_get_nth_year (current, i);

      pw_indicator_set_actual (copy, year, pw_indicator_get_actual (current, year));
      pw_indicator_set_state (copy, year, pw_indicator_get_state (current, year));
    }
  pw_object_set_id (PW_OBJECT (copy), id);

  pw_history_begin (history, _("Duplicate Indicator"));
  pw_plan_insert_indicator (self->plan, pw_indicator_grid_source_position (self, current) + 1, copy);
  pw_history_end (history);

  pw_indicator_grid_show_row_of (self, copy);
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? 1 : x > y ? -1 : 0;
}

static void
delete_rows_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  guint first = MIN (self->sheet.range_row[0], self->sheet.range_row[1]);
  guint last = MAX (self->sheet.range_row[0], self->sheet.range_row[1]);
  PwHistory *history = pw_plan_get_history (self->plan);
  guint n;
  guint row = first;

  /* the rows of the range: the cursor's row unless extended */
  n = last - first + 1;
  for (guint i = first; i <= last; i++)
    {
      guint position = pw_indicator_grid_source_position (self, pw_indicator_grid_row (self, i));
      g_array_append_val (positions, position);
    }
  g_array_sort (positions, compare_descending);

  pw_history_begin (history, g_dngettext (GETTEXT_PACKAGE, "Delete Indicator", "Delete Indicators", n));
  /* from the end, so that earlier positions stay valid */
  for (guint i = 0; i < positions->len; i++)
    pw_plan_remove_indicator (self->plan, g_array_index (positions, guint, i));
  pw_history_end (history);

  pw_indicator_grid_place_cursor (self, row, self->sheet.column, TRUE);
}

/* The cursor follows the row from where it was: the grid puts its cursor
 * back among its rows as they change, and the last row moved up is out of
 * the list for a moment. */
static void
move_row (PwIndicatorGrid *self,
          int              delta)
{
  guint row = self->sheet.row;
  PwIndicator *current = pw_indicator_grid_row (self, row);
  guint from = pw_indicator_grid_source_position (self, current);
  PwHistory *history = pw_plan_get_history (self->plan);

  pw_history_begin (history, delta < 0 ? _("Move Indicator Up") : _("Move Indicator Down"));
  pw_plan_move_indicator (self->plan, from, from + delta);
  pw_history_end (history);

  pw_indicator_grid_place_cursor (self, row + delta, self->sheet.column, TRUE);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_row (PW_INDICATOR_GRID (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_row (PW_INDICATOR_GRID (widget), 1);
}

static void
edit_cell_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pw_indicator_grid_begin_editing (PW_INDICATOR_GRID (widget), NULL);
}

static void
clipboard_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);

  if (g_str_equal (action_name, "grid.paste"))
    pw_indicator_grid_paste (self);
  else
    pw_indicator_grid_copy (self, g_str_equal (action_name, "grid.cut"));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);

  pw_indicator_filter_bar_focus_search (self->filter_bar);
}

/* The actions of the grid and their keys (class_init). */
void
pw_indicator_grid_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "grid.add-row", NULL, add_row_action);
  gtk_widget_class_install_action (widget_class, "grid.duplicate-row", NULL, duplicate_row_action);
  gtk_widget_class_install_action (widget_class, "grid.delete-rows", NULL, delete_rows_action);
  gtk_widget_class_install_action (widget_class, "grid.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "grid.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "grid.edit-cell", NULL, edit_cell_action);
  gtk_widget_class_install_action (widget_class, "grid.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "grid.cut", NULL, clipboard_action);
  gtk_widget_class_install_action (widget_class, "grid.copy", NULL, clipboard_action);
  gtk_widget_class_install_action (widget_class, "grid.paste", NULL, clipboard_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "grid.add-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "grid.duplicate-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "grid.delete-rows", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "grid.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "grid.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "grid.find", NULL);
}
