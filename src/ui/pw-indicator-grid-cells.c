/* pw-indicator-grid-cells.c: the indicator grid's columns and cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns made from the table of pw-grid-columns.c (their widths kept
 * in GSettings), and the factory of their cells: how a cell shows the
 * cursor, the range, an unreadable value, an alert and a comment, and what
 * is typed into a cell scrolled away before it was stored.
 */

#define G_LOG_DOMAIN "pw-indicator-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-comment-menu.h"
#include "pw-indicator-grid-private.h"
#include "pw-style.h"

/* Auxiliary methods (those not static: pw-indicator-grid-private.h) */

static int
column_compare (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GridColumn *column = user_data;

  return column->info->compare (column->grid, (PwIndicator *) a, (PwIndicator *) b, column->year);
}

/* Whether a comment is on the indicator of the cell: on its row (shown on
 * the name), or on the year of a year's column. */
static gboolean
cell_is_commented (PwIndicatorGrid *self,
                   GridColumn      *column,
                   PwIndicator     *indicator)
{
  GListModel *comments = pw_plan_get_comments (self->plan);
  guint n_items = g_list_model_get_n_items (comments);
  const char *id = pw_object_get_id (PW_OBJECT (indicator));
  gboolean on_name = g_strcmp0 (column->info->key, "name") == 0;

  if (id == NULL || (!on_name && column->year == 0))
    return FALSE;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (comments, i);

      if (g_strcmp0 (pw_comment_get_target (comment), id) == 0 &&
          (on_name ? pw_comment_get_year (comment) == 0 : pw_comment_get_year (comment) == column->year))
        return TRUE;
    }
  return FALSE;
}

void
pw_indicator_grid_refresh_cell (PwGridCell *cell)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (pw_grid_cell_get_grid (cell));
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwIndicator *indicator = pw_grid_cell_get_item (cell);
  GridColumn *column;
  g_autofree char *text = NULL;
  PwProgress progress;
  gboolean is_cursor;

  if (indicator == NULL || self->plan == NULL || cell == self->editing_cell)
    return;

  column = pw_indicator_grid_column (self, pw_grid_cell_get_column (cell));
  text = pw_indicator_grid_cell_text (self, column, indicator);
  pw_grid_cell_set_text (cell, text);

  is_cursor = gtk_list_item_get_position (item) == self->sheet.row &&
              pw_grid_cell_get_column (cell) == self->sheet.column;
  pw_grid_cell_set_class (cell, "cursor", is_cursor);
  pw_grid_cell_set_class (cell, "selected", !pw_grid_sheet_is_one_cell (&self->sheet) &&
                              pw_grid_sheet_in_range (&self->sheet, gtk_list_item_get_position (item),
                                                      pw_grid_cell_get_column (cell)));
  pw_grid_cell_set_class (cell, "invalid", pw_indicator_grid_cell_is_invalid (column, indicator));

  pw_indicator_grid_compute_progress (self, indicator, &progress);
  pw_grid_cell_set_class (cell, "alert", progress.alert);
  pw_grid_cell_set_class (cell, "commented", cell_is_commented (self, column, indicator));
  pw_grid_cell_set_class (cell, "changed", pw_indicator_grid_cell_is_changed (self, column, indicator));

  if (column->info->get_css_class != NULL)
    pw_grid_cell_set_column_class (cell, column->info->get_css_class (self, indicator, column->year));
}

/* Tooltips are worked out when asked for: setting one on every cell as it
 * is bound makes GTK 4.8 ask the display server where the pointer is, once
 * per cell, which is most of the cost of scrolling. */
static gboolean
cell_query_tooltip (PwGridCell *cell,
                    int         x,
                    int         y,
                    gboolean    keyboard,
                    GtkTooltip *tooltip)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (pw_grid_cell_get_grid (cell));
  PwIndicator *indicator = pw_grid_cell_get_item (cell);
  GridColumn *column;
  g_autofree char *text = NULL;

  if (indicator == NULL || self->plan == NULL || pw_grid_cell_has_popup (cell))
    return FALSE;

  column = pw_indicator_grid_column (self, pw_grid_cell_get_column (cell));
  text = pw_indicator_grid_cell_tooltip (self, column, indicator);
  if (text == NULL && pw_grid_cell_is_text_cut (cell))
    /* the whole text of a cell too narrow for it; none for a text shown
     * whole (万人 said again under the pointer) */
    text = pw_indicator_grid_cell_text (self, column, indicator);
  return pw_tooltip_show_text (tooltip, text);
}

static void
cell_pressed (GtkGestureClick *gesture,
              int              n_press,
              double           x,
              double           y,
              PwGridCell      *cell)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (pw_grid_cell_get_grid (cell));

  if (cell != self->editing_cell)
    pw_grid_sheet_cell_pressed (&self->sheet, cell, gesture, n_press, GTK_WIDGET (self->view));
}

/* GTK 4.8 lets go of a list item's child before "teardown", so a cell
 * leaves the grid's list when it is destroyed. The handlers of a cell find
 * their grid through pw_grid_cell_get_grid() rather than being connected to it with
 * g_signal_connect_object(): that would add two closures per cell to the
 * grid's list of watched closures, grown one by one (thousands of cells,
 * a quadratic cost), while the grid's dispose lets go of every cell first
 * (pw_indicator_grid_release_cells()). */
static void
cell_destroyed (PwGridCell *cell)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (pw_grid_cell_get_grid (cell));

  if (self->cells != NULL)
    g_ptr_array_remove_fast (self->cells, cell);
  if (cell == self->editing_cell)
    self->editing_cell = NULL;
}

static void
cell_chosen (PwGridCell *cell)
{
  pw_indicator_grid_try_commit (PW_INDICATOR_GRID (pw_grid_cell_get_grid (cell)));
}

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            GridColumn               *column)
{
  PwIndicatorGrid *self = column->grid;
  guint index = 0;
  GtkWidget *cell;

  g_ptr_array_find (self->columns, column, &index);
  cell = pw_grid_cell_new (index, GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (cell_query_tooltip), NULL);
  gtk_widget_add_css_class (cell, column->info->key);

  g_signal_connect (cell, "chosen", G_CALLBACK (cell_chosen), NULL);

  gtk_list_item_set_child (list_item, cell);
  pw_grid_cell_set_list_item (PW_GRID_CELL (cell), list_item);
  g_ptr_array_add (self->cells, cell);
  g_signal_connect (cell, "destroy", G_CALLBACK (cell_destroyed), NULL);
}

/* A press on a view, before its cells and rows see it (as a gesture of
 * the cell's own would): the cell under the pointer takes it. */
static void
view_pressed (GtkGestureClick *gesture,
              int              n_press,
              double           x,
              double           y,
              gpointer         data)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *picked = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);
  GtkWidget *cell = picked != NULL ? gtk_widget_get_ancestor (picked, PW_TYPE_GRID_CELL) : NULL;

  if (cell != NULL && PW_IS_INDICATOR_GRID (pw_grid_cell_get_grid (PW_GRID_CELL (cell))))
    cell_pressed (gesture, n_press, x, y, PW_GRID_CELL (cell));
}

/* The presses and the context menu of the cells, on their two views: the
 * grid makes cells for 200 rows of each view at once (GTK 4.8's list
 * views), and three gestures on each were a third of their objects. */
void
pw_indicator_grid_add_cell_gestures (PwIndicatorGrid *self)
{
  GtkColumnView *views[] = { self->frozen_view, self->view };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkGesture *click = gtk_gesture_click_new ();

      gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
      g_signal_connect (click, "pressed", G_CALLBACK (view_pressed), NULL);
      gtk_widget_add_controller (GTK_WIDGET (views[i]), GTK_EVENT_CONTROLLER (click));
      pw_comment_menu_attach_cells (GTK_WIDGET (views[i]), PW_TYPE_GRID_CELL, pw_indicator_grid_cell_comment_target,
                                    NULL);
      pw_comment_menu_set_section (GTK_WIDGET (views[i]), self->cell_menu);
    }
}

void
pw_indicator_grid_commit_pending (PwIndicatorGrid *self)
{
  PendingEdit *pending = g_steal_pointer (&self->pending);

  self->pending_source = 0;
  if (pending == NULL)
    return;

  if (self->plan != NULL && pending->column < self->columns->len)
    pw_indicator_grid_apply_edit (self, pending->indicator, pw_indicator_grid_column (self, pending->column), pending->text);
  /* the edit of the row being added is over */
  if (self->editing_cell == NULL)
    self->adding = NULL;

  g_object_unref (pending->indicator);
  g_free (pending->text);
  g_free (pending);
}

static gboolean
commit_pending_cb (gpointer data)
{
  pw_indicator_grid_commit_pending (data);
  return G_SOURCE_REMOVE;
}

/* The row's indicator changed: its progress may have too. */
static void
indicator_changed (PwGridCell *cell)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (pw_grid_cell_get_grid (cell));

  pw_indicator_grid_model_changed (self);
  pw_indicator_grid_refresh_cell (cell);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           GridColumn               *column)
{
  pw_grid_cell_follow_item (PW_GRID_CELL (gtk_list_item_get_child (list_item)), G_CALLBACK (indicator_changed),
                            "year-changed", pw_indicator_grid_refresh_cell);
}

static void
cell_unbind (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             GridColumn               *column)
{
  PwIndicatorGrid *self = column->grid;
  PwGridCell *cell = PW_GRID_CELL (gtk_list_item_get_child (list_item));
  PwIndicator *indicator = gtk_list_item_get_item (list_item);

  pw_grid_cell_unfollow_item (cell, indicator, G_CALLBACK (indicator_changed), pw_indicator_grid_refresh_cell);

  /* Scrolled away while editing: keep what was typed, and apply it once the
   * view has finished rebinding. */
  if (cell == self->editing_cell)
    {
      PendingEdit *pending = g_new0 (PendingEdit, 1);

      pw_indicator_grid_commit_pending (self);
      pending->indicator = g_object_ref (indicator);
      pending->column = pw_grid_cell_get_column (cell);
      pending->text = g_strdup (pw_grid_cell_get_edit_text (cell));
      self->pending = pending;
      self->pending_source = g_idle_add (commit_pending_cb, self);

      self->editing_cell = NULL;
      pw_grid_cell_stop_editing (cell);
    }
}

/* A column resized by the user: its width is kept for the next window. */
static void
column_resized (GtkColumnViewColumn *view_column,
                GParamSpec          *pspec,
                GridColumn          *column)
{
  PwIndicatorGrid *self = column->grid;
  g_autoptr(GVariant) widths = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  int width = gtk_column_view_column_get_fixed_width (view_column);
  int old;

  if (self->settings == NULL || width <= 0)
    return;

  widths = g_settings_get_value (self->settings, "grid-column-widths");
  if (g_variant_lookup (widths, column->key, "i", &old) ? old == width : width == column->info->width)
    return;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{si}"));
  g_variant_iter_init (&iter, widths);
  while (g_variant_iter_next (&iter, "{&si}", &key, &old))
    if (g_strcmp0 (key, column->key) != 0)
      g_variant_builder_add (&builder, "{si}", key, old);
  g_variant_builder_add (&builder, "{si}", column->key, width);
  g_settings_set_value (self->settings, "grid-column-widths", g_variant_builder_end (&builder));
}

static int
column_width (PwIndicatorGrid *self,
              GridColumn      *column)
{
  g_autoptr(GVariant) widths = NULL;
  int width;

  if (self->settings == NULL)
    return column->info->width;
  widths = g_settings_get_value (self->settings, "grid-column-widths");
  if (g_variant_lookup (widths, column->key, "i", &width) && width > 0)
    return width;
  return column->info->width;
}

static void
add_column (PwIndicatorGrid        *self,
            const PwGridColumnInfo *info,
            int                     year)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;
  g_autofree char *year_title = NULL;
  GridColumn *column = g_new0 (GridColumn, 1);
  const char *title;

  column->info = info;
  column->year = year;
  column->key = (info->flags & PW_GRID_COLUMN_PER_YEAR) ? g_strdup_printf ("%d", year) : g_strdup (info->key);
  column->grid = self;
  g_ptr_array_add (self->columns, column);

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup), column);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind), column);

  title = pw_indicator_grid_column_title (column);
  if (title == NULL)
    /* Translators: the title of a year's column of actual values, as plans print it: 2023年 */
    title = year_title = g_strdup_printf (C_("year column", "%d"), year);

  view_column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, (info->flags & PW_GRID_COLUMN_EXPAND) != 0);
  gtk_column_view_column_set_fixed_width (view_column, column_width (self, column));
  g_signal_connect (view_column, "notify::fixed-width", G_CALLBACK (column_resized), column);
  column->view_column = view_column;
  g_object_add_weak_pointer (G_OBJECT (view_column), (gpointer *) &column->view_column);
  sorter = GTK_SORTER (gtk_custom_sorter_new (column_compare, column, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_append_column ((info->flags & PW_GRID_COLUMN_FROZEN) ? self->frozen_view : self->view, view_column);
  if (info->flags & PW_GRID_COLUMN_FROZEN)
    gtk_widget_set_visible (GTK_WIDGET (self->frozen_scrolled), TRUE);
}

void
pw_indicator_grid_rebuild_columns (PwIndicatorGrid *self)
{
  GtkColumnView *views[] = { self->frozen_view, self->view };
  const PwGridColumnInfo *infos;
  guint n_infos;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GListModel *view_columns = gtk_column_view_get_columns (views[i]);

      while (g_list_model_get_n_items (view_columns) > 0)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, 0);
          gtk_column_view_remove_column (views[i], column);
        }
    }
  g_ptr_array_set_size (self->columns, 0);
  self->sheet.n_columns = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->frozen_scrolled), FALSE);

  if (self->plan == NULL)
    return;

  infos = pw_grid_columns_get (&n_infos);
  for (guint i = 0; i < n_infos; i++)
    {
      if (infos[i].flags & PW_GRID_COLUMN_PER_YEAR)
        for (int year = pw_plan_get_start_year (self->plan); year <= pw_plan_get_end_year (self->plan); year++)
          add_column (self, &infos[i], year);
      else
        add_column (self, &infos[i], 0);
    }

  self->sheet.n_columns = self->columns->len;
  self->sheet.column = MIN (self->sheet.column, self->columns->len - 1);
}

/* Before the grid goes: its cells no longer call it. */
void
pw_indicator_grid_release_cells (PwIndicatorGrid *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    {
      GObject *cell = g_ptr_array_index (self->cells, i);

      g_signal_handlers_disconnect_by_func (cell, cell_destroyed, NULL);
      g_signal_handlers_disconnect_by_func (cell, cell_chosen, NULL);
    }
  g_ptr_array_set_size (self->cells, 0);
  self->editing_cell = NULL;
}
