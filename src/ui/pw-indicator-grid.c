/* pw-indicator-grid.c: the editable grid of a plan's indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkColumnView over the plan's own list of indicators (filtered, sorted,
 * selected — no copy), edited like a spreadsheet. GTK 4.8 has no focus on
 * single cells, so the grid keeps its own cursor (row, column): the arrow
 * keys, Tab, Enter and Page Up/Down move it; typing or F2 starts editing the
 * cell under it; Enter commits and moves down, Tab commits and moves right,
 * Escape cancels. Typing goes through an input method, so that Chinese can be
 * typed straight into a cell. Every edit goes through the model's setters and
 * so into its undo history.
 *
 * The grid's other files, one job each: pw-indicator-grid-cursor.c (the
 * cursor and the range), -keys.c (editing a cell, and the keys), -cells.c
 * (the columns and their cells), -edit.c (what acts on a range: clear,
 * fill, the clipboard), -actions.c (the actions on rows). The filter bar
 * above the grid is a widget of its own (pw-indicator-filter-bar.c).
 */

#define G_LOG_DOMAIN "pw-indicator-grid"

#include "config.h"

#include "pw-indicator-grid.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pw-comment-menu.h"
#include "pw-compare.h"
#include "pw-grid-cell.h"
#include "pw-grid-columns.h"
#include "pw-indicator-filter-bar.h"
#include "pw-indicator-grid-private.h"
#include "pw-plan-page.h"

G_DEFINE_FINAL_TYPE (PwIndicatorGrid, pw_indicator_grid, PW_TYPE_PLAN_PAGE)

/* Auxiliary methods */

static GridColumn *
get_column (PwIndicatorGrid *self,
            guint            index)
{
  g_assert (index < self->columns->len);
  return g_ptr_array_index (self->columns, index);
}

static void
grid_column_free (gpointer data)
{
  GridColumn *column = data;

  if (column->view_column != NULL)
    {
      g_signal_handlers_disconnect_by_data (column->view_column, column);
      g_object_remove_weak_pointer (G_OBJECT (column->view_column), (gpointer *) &column->view_column);
    }
  g_free (column->key);
  g_free (column);
}

static guint
n_rows (PwIndicatorGrid *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

static PwIndicator *
row_indicator (PwIndicatorGrid *self,
               guint            row)
{
  /* The list holds a reference; the row is valid until the list changes. */
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (self->selection), row);

  return indicator;
}

const char *
pw_indicator_grid_column_title (GridColumn *column)
{
  return column->info->title != NULL ? _(column->info->title) : NULL;
}

gboolean
pw_indicator_grid_column_is_editable (GridColumn *column)
{
  return column->info->set_text != NULL;
}

void
pw_indicator_grid_compute_progress (PwIndicatorGrid *self,
                                    PwIndicator     *indicator,
                                    PwProgress      *progress)
{
  CachedProgress *slot = &self->progress_cache[(GPOINTER_TO_SIZE (indicator) >> 4) % N_CACHED_PROGRESS];

  if (slot->indicator == indicator && slot->generation == self->generation)
    {
      *progress = slot->progress;
      return;
    }

  /* Each row is judged on its own latest actual value: the end year takes
   * whatever has been entered up to it. */
  pw_plan_compute_progress (self->plan, indicator, pw_plan_get_end_year (self->plan), progress);
  slot->indicator = indicator;
  slot->generation = self->generation;
  slot->progress = *progress;
}

void
pw_indicator_grid_model_changed (PwIndicatorGrid *self)
{
  self->generation++;
}

/* The text a cell shows. */
char *
pw_indicator_grid_cell_text (PwIndicatorGrid *self,
           GridColumn      *column,
           PwIndicator     *indicator)
{
  return column->info->get_text (self, indicator, column->year);
}

/* The text to edit: what was typed, not its meaning. */
char *
pw_indicator_grid_edit_text (PwIndicatorGrid *self,
           GridColumn      *column,
           PwIndicator     *indicator)
{
  return pw_indicator_grid_cell_text (self, column, indicator);
}

PwValue *
pw_indicator_grid_cell_value (GridColumn  *column,
            PwIndicator *indicator)
{
  return column->info->get_value != NULL ? column->info->get_value (indicator, column->year) : NULL;
}

char *
pw_indicator_grid_cell_tooltip (PwIndicatorGrid *self,
              GridColumn      *column,
              PwIndicator     *indicator)
{
  PwValue *value = pw_indicator_grid_cell_value (column, indicator);

  if (column->info->get_tooltip != NULL)
    return column->info->get_tooltip (self, indicator, column->year);
  if (value != NULL && pw_value_get_kind (value) == PW_VALUE_INVALID)
    /* Translators: shown on a cell whose text could not be read as a value */
    return g_strdup_printf (_("Could not be read: %s"), pw_value_get_problem (value));
  return NULL;
}

gboolean
pw_indicator_grid_cell_is_invalid (GridColumn  *column,
                 PwIndicator *indicator)
{
  PwValue *value = pw_indicator_grid_cell_value (column, indicator);

  return value != NULL && pw_value_get_kind (value) == PW_VALUE_INVALID;
}

/* Applies @text typed into @column of @indicator. Returns FALSE, changing
 * nothing, when the text cannot stand in that column. */
gboolean
pw_indicator_grid_apply_edit (PwIndicatorGrid *self,
            PwIndicator     *indicator,
            GridColumn      *column,
            const char      *text)
{
  g_autofree char *label = NULL;
  const char *title = pw_indicator_grid_column_title (column);
  PwHistory *history = pw_plan_get_history (self->plan);
  gboolean applied;

  g_assert (pw_indicator_grid_column_is_editable (column));

  if (title != NULL)
    /* Translators: the undo label of an edit in a grid column */
    label = g_strdup_printf (_("Edit %s"), title);
  else
    /* Translators: the undo label of an edit of an actual value */
    label = g_strdup_printf (_("Edit %d Value"), column->year);

  /* the row being added, named in the cell Add Indicator opened: one step
   * with adding it (also what the draft kept of the name meanwhile) */
  if (indicator == self->adding)
    pw_history_begin_joined (history, label, self->adding_state);
  else
    pw_history_begin (history, label);
  pw_indicator_grid_mark_cursor (self);
  applied = column->info->set_text (indicator, column->year, text);
  pw_history_end (history);
  if (indicator == self->adding)
    self->adding_state = pw_history_get_state (history);

  return applied;
}

PwGridCell *
pw_indicator_grid_find_cell (PwIndicatorGrid *self,
           guint            row,
           guint            column)
{
  return pw_grid_sheet_find_cell (self->cells, row, column);
}

void
pw_indicator_grid_refresh_cells (PwIndicatorGrid *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    pw_indicator_grid_refresh_cell (g_ptr_array_index (self->cells, i));
}

static void
update_count (PwIndicatorGrid *self)
{
  guint shown = self->plan ? n_rows (self) : 0;
  guint total = self->plan ? g_list_model_get_n_items (pw_plan_get_indicators (self->plan)) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u indicator", "%'u indicators", total), total);
  else
    /* Translators: how many indicators the filters let through, of how many;
     * %'u is a count written with the locale's digit grouping (1,234) */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u indicator", "%'u of %'u indicators", total),
                            shown, total);
  gtk_label_set_label (self->count_label, text);
}

static gboolean
filter_match (gpointer item,
              gpointer user_data)
{
  PwIndicatorGrid *self = user_data;

  return pw_indicator_filter_bar_match (self->filter_bar, self, item);
}

static guint
source_position (PwIndicatorGrid *self,
                 PwIndicator     *indicator)
{
  guint position = G_MAXUINT;

  g_list_store_find (G_LIST_STORE (pw_plan_get_indicators (self->plan)), indicator, &position);
  return position;
}

/* Undo and redo put the cursor on the cell they changed: every step the grid
 * records starts with a mark of where its cursor was, which undoing or
 * redoing the step applies too. */
typedef struct
{
  GWeakRef grid;
  PwIndicator *indicator;
  char *key;
} CursorMark;

static void
cursor_mark_apply (gpointer data)
{
  CursorMark *mark = data;
  g_autoptr(PwIndicatorGrid) self = g_weak_ref_get (&mark->grid);
  int column;
  guint rows;

  if (self == NULL || self->plan == NULL || (column = pw_indicator_grid_find_column (self, mark->key)) < 0)
    return;

  rows = n_rows (self);
  for (guint i = 0; i < rows; i++)
    if (row_indicator (self, i) == mark->indicator)
      {
        pw_indicator_grid_place_cursor (self, i, column, TRUE);
        return;
      }
}

static void
cursor_mark_free (gpointer data)
{
  CursorMark *mark = data;

  g_weak_ref_clear (&mark->grid);
  g_clear_object (&mark->indicator);
  g_free (mark->key);
  g_free (mark);
}

/* Callbacks */

/* Whether the cell changed since the version compared with: a field of its
 * column, its year's value or state, or a whole indicator added. */
gboolean
pw_indicator_grid_cell_is_changed (PwIndicatorGrid *self,
                                   GridColumn      *column,
                                   PwIndicator     *indicator)
{
  const char *id = pw_object_get_id (PW_OBJECT (indicator));
  g_autofree char *key = NULL;
  g_autofree char *whole = NULL;

  if (self->changed == NULL || id == NULL)
    return FALSE;
  whole = g_strconcat (id, "\n*", NULL);
  key = column->year != 0 ? g_strdup_printf ("%s\nyear:%d", id, column->year)
                          : g_strconcat (id, "\n", column->info->key, NULL);
  return g_hash_table_contains (self->changed, key) || g_hash_table_contains (self->changed, whole);
}

/* A right click comments on the cell's indicator: on its year in a
 * year's column, else on the row. The cell becomes the cursor, as in a
 * spreadsheet. */
gboolean
pw_indicator_grid_cell_comment_target (GtkWidget  *widget,
                                       double      x,
                                       double      y,
                                       gpointer    data,
                                       char      **target,
                                       int        *year,
                                       int        *paragraph)
{
  PwGridCell *cell = PW_GRID_CELL (widget);
  PwIndicatorGrid *self = PW_INDICATOR_GRID (pw_grid_cell_get_grid (cell));
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwIndicator *indicator = pw_grid_cell_get_item (cell);
  GridColumn *column;

  if (indicator == NULL || self->plan == NULL || cell == self->editing_cell)
    return FALSE;
  column = get_column (self, pw_grid_cell_get_column (cell));
  /* as in Calc: a right click in the range keeps it, for Cut or Copy */
  if (!pw_grid_sheet_in_range (&self->sheet, gtk_list_item_get_position (item), pw_grid_cell_get_column (cell)))
    pw_indicator_grid_place_cursor (self, gtk_list_item_get_position (item), pw_grid_cell_get_column (cell), FALSE);
  *target = g_strdup (pw_object_get_id (PW_OBJECT (indicator)));
  *year = column->year;
  *paragraph = 0;
  return *target != NULL;
}

static void
filter_changed_cb (PwIndicatorGrid *self)
{
  /* the filter bar is made in init, before the models exist */
  if (self->filter_model == NULL)
    return;

  if (!pw_indicator_filter_bar_is_active (self->filter_bar))
    gtk_filter_list_model_set_filter (self->filter_model, NULL);
  else if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
rows_changed (PwIndicatorGrid *self,
              guint            position,
              guint            removed,
              guint            added)
{
  guint rows = n_rows (self);

  if (self->sheet.row >= rows)
    self->sheet.row = rows > 0 ? rows - 1 : 0;
  update_count (self);
  pw_indicator_grid_update_actions (self);
}

static gboolean
refresh_after_change (gpointer data)
{
  PwIndicatorGrid *self = data;

  self->refresh_source = 0;
  pw_indicator_filter_bar_update_choices (self->filter_bar);
  return G_SOURCE_REMOVE;
}

static void
stop_keeping_position (PwIndicatorGrid *self)
{
  /* a window's clock is disposed, and its handlers with it, when the
   * window is unrealized */
  if (self->keep_handler != 0 && g_signal_handler_is_connected (self->keep_clock, self->keep_handler))
    g_signal_handler_disconnect (self->keep_clock, self->keep_handler);
  self->keep_handler = 0;
  g_clear_object (&self->keep_clock);
}

static void
keep_position_after_layout (GdkFrameClock   *clock,
                            PwIndicatorGrid *self)
{
  GtkAdjustment *main = gtk_scrolled_window_get_vadjustment (self->scrolled);
  GtkAdjustment *frozen = gtk_scrolled_window_get_vadjustment (self->frozen_scrolled);

  stop_keeping_position (self);
  self->syncing = TRUE;
  if (gtk_adjustment_get_value (main) != self->kept_value)
    gtk_adjustment_set_value (main, self->kept_value);
  if (gtk_adjustment_get_value (frozen) != self->kept_value)
    gtk_adjustment_set_value (frozen, self->kept_value);
  self->syncing = FALSE;
}

/* A row the plan gains or loses (deleted, put back by undo, inserted,
 * moved) moves the rows after it and leaves those before it on the screen,
 * as in a spreadsheet. GTK's list instead keeps in place the row at the
 * middle of the view, or the one last scrolled to: deleting that row and
 * undoing the deletion pushed every row above it up by one. So the views'
 * position before the change is put back once they are laid out, in the
 * same frame (the frame clock's layout phase runs again when a handler of it
 * asks for layout). */
static void
keep_position (PwIndicatorGrid *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->keep_handler != 0 || clock == NULL)
    return;
  self->kept_value = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scrolled));
  self->keep_clock = g_object_ref (clock);
  self->keep_handler = g_signal_connect_after (clock, "layout", G_CALLBACK (keep_position_after_layout), self);
}

static void
plan_indicators_changed (PwIndicatorGrid *self)
{
  keep_position (self);
  /* an indicator made now may sit where a freed one did */
  pw_indicator_grid_model_changed (self);

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_after_change, self);
}

static void
thresholds_changed (PwIndicatorGrid *self)
{
  pw_indicator_grid_model_changed (self);
  pw_indicator_grid_refresh_cells (self);
}

static void
period_changed (PwIndicatorGrid *self)
{
  pw_indicator_grid_model_changed (self);
  pw_indicator_grid_rebuild_columns (self);
}

static gboolean
sync_tick (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  PwIndicatorGrid *self = data;
  GtkAdjustment *main = gtk_scrolled_window_get_vadjustment (self->scrolled);
  GtkAdjustment *frozen = gtk_scrolled_window_get_vadjustment (self->frozen_scrolled);

  self->sync_tick = 0;
  self->syncing = TRUE;
  if (self->sync_from_frozen)
    gtk_adjustment_set_value (main, gtk_adjustment_get_value (frozen));
  else
    gtk_adjustment_set_value (frozen, gtk_adjustment_get_value (main));
  self->syncing = FALSE;
  return G_SOURCE_REMOVE;
}

static void
vadjustment_changed (GtkAdjustment   *adjustment,
                     PwIndicatorGrid *self)
{
  if (self->syncing)
    return;
  self->sync_from_frozen = adjustment == gtk_scrolled_window_get_vadjustment (self->frozen_scrolled);
  if (self->sync_tick == 0)
    self->sync_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), sync_tick, self, NULL);
}

/* The rows are sorted by the header clicked last, in either view. */
static void
frozen_sorter_changed (PwIndicatorGrid *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->frozen_view);

  if (gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE || gtk_sort_list_model_get_sorter (self->sort_model) == sorter)
    gtk_sort_list_model_set_sorter (self->sort_model, sorter);
  if (gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    gtk_column_view_sort_by_column (self->view, NULL, GTK_SORT_ASCENDING);
  pw_indicator_grid_update_actions (self);
}

static void
main_sorter_changed (PwIndicatorGrid *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->view);

  if (gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    {
      gtk_sort_list_model_set_sorter (self->sort_model, sorter);
      gtk_column_view_sort_by_column (self->frozen_view, NULL, GTK_SORT_ASCENDING);
    }
}

static void
view_activated (PwIndicatorGrid *self,
                guint            position)
{
  pw_indicator_grid_place_cursor (self, position, self->sheet.column, FALSE);
  pw_indicator_grid_begin_editing (self, NULL);
}

/* PwGridSheet */

static const PwGridColumnInfo *
sheet_column (gpointer grid,
              guint    index,
              int     *year)
{
  GridColumn *column = get_column (grid, index);

  *year = column->year;
  return column->info;
}

/* any pointer parameter matches another: each takes the grid as itself */
static const PwGridSheetClass sheet_class = {
  sheet_column,
  (void (*) (gpointer, guint, guint, gboolean)) pw_indicator_grid_place_cursor,
  (void (*) (gpointer, int, int)) pw_indicator_grid_extend_range,
  (gboolean (*) (gpointer, const char *)) pw_indicator_grid_begin_editing,
  (gboolean (*) (gpointer)) pw_indicator_grid_try_commit,
  (void (*) (gpointer)) pw_indicator_grid_cancel_editing,
  (GtkEditable * (*) (gpointer)) pw_indicator_grid_get_editor,
  (void (*) (gpointer)) pw_indicator_grid_clear_range,
  (void (*) (gpointer, gboolean)) pw_indicator_grid_copy,
  (void (*) (gpointer)) pw_indicator_grid_paste,
  (void (*) (gpointer)) pw_indicator_grid_fill_down,
  (void (*) (gpointer)) pw_indicator_grid_mark_cursor,
};

/* GObject overrides */

static void
pw_indicator_grid_dispose (GObject *object)
{
  PwIndicatorGrid *self = (PwIndicatorGrid *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  stop_keeping_position (self);
  if (self->sync_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->sync_tick);
  self->sync_tick = 0;
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  if (self->snap_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->snap_tick);
  self->snap_tick = 0;
  if (self->rows_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rows_tick);
  self->rows_tick = 0;
  g_clear_handle_id (&self->pending_source, g_source_remove);
  pw_indicator_grid_commit_pending (self);
  g_clear_pointer (&self->kept_text, g_free);

  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);
  if (self->comment_signals != NULL)
    g_signal_group_set_target (self->comment_signals, NULL);
  if (self->threshold_signals != NULL)
    g_signal_group_set_target (self->threshold_signals, NULL);

  /* the views let go of their columns, so of a sort by one: the rows
   * re-sorted then would be counted into labels already gone */
  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->view), self);
      g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->frozen_view), self);
      g_signal_handlers_disconnect_by_data (self->selection, self);
    }
  if (self->cells != NULL)
    pw_indicator_grid_release_cells (self);
  gtk_column_view_set_model (self->view, NULL);
  gtk_column_view_set_model (self->frozen_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_INDICATOR_GRID);
  /* the template's box is not a named child: unparent it too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->view_rows);
  g_clear_object (&self->view_slice);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->im_context);
  g_clear_object (&self->frozen_im_context);
  g_clear_object (&self->cell_menu);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->comment_signals);
  g_clear_pointer (&self->changed, g_hash_table_unref);
  g_clear_object (&self->threshold_signals);
  self->plan = NULL; /* the base's */
  g_clear_object (&self->settings);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);

  G_OBJECT_CLASS (pw_indicator_grid_parent_class)->dispose (object);
}

/* GtkWidget overrides */

/* Focus goes to the cells, not to the filters above them. */
static gboolean
pw_indicator_grid_grab_focus (GtkWidget *widget)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* PwPlanPage overrides */

/* The cell being edited, and one scrolled away before it was stored. A text
 * the column refuses keeps its editor open. */
static gboolean
page_commit (PwPlanPage *page)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (page);

  g_clear_handle_id (&self->pending_source, g_source_remove);
  pw_indicator_grid_commit_pending (self);
  return pw_indicator_grid_try_commit (self);
}

static void defer_rows (PwIndicatorGrid *self);

/* What was typed is stored before (page_commit()); a cell still open holds
 * a text its column refused, which goes with the plan shown. */
static void
page_plan_changed (PwPlanPage *page,
                   PwPlan     *old_plan)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (page);
  PwPlan *plan = pw_plan_page_get_plan (page);

  pw_indicator_grid_stop_editing (self);
  if (old_plan != NULL)
    g_signal_handlers_disconnect_by_func (pw_plan_get_indicators (old_plan), plan_indicators_changed, self);

  self->plan = plan;
  pw_indicator_grid_model_changed (self);
  self->sheet.row = 0;
  self->sheet.column = 0;

  g_signal_group_set_target (self->plan_signals, plan);
  g_signal_group_set_target (self->comment_signals, plan != NULL ? pw_plan_get_comments (plan) : NULL);
  g_signal_group_set_target (self->threshold_signals, plan ? pw_plan_get_thresholds (plan) : NULL);

  pw_indicator_grid_rebuild_columns (self);
  pw_indicator_filter_bar_set_plan (self->filter_bar, plan);
  if (gtk_column_view_get_model (self->view) != NULL)
    defer_rows (self);
  gtk_filter_list_model_set_model (self->filter_model, plan ? pw_plan_get_indicators (plan) : NULL);
  if (plan != NULL)
    g_signal_connect_object (pw_plan_get_indicators (plan), "items-changed",
                             G_CALLBACK (plan_indicators_changed), self, G_CONNECT_SWAPPED);

  update_count (self);
  pw_indicator_grid_update_actions (self);
}

/* Read-only, a cell still open (its text refused) is closed. */
static void
page_editable_changed (PwPlanPage *page)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (page);

  if (!pw_plan_page_get_editable (page))
    pw_indicator_grid_stop_editing (self);
  pw_indicator_grid_update_actions (self);
}

/* The smallest height of a row: one line of text (style.css, pwgridcell). */
#define MIN_ROW_HEIGHT 24

static gboolean
rows_tick (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  PwIndicatorGrid *self = data;

  /* the first tick is that of the frame showing the first rows */
  if (++self->rows_ticks < 2)
    return G_SOURCE_CONTINUE;
  self->rows_tick = 0;
  gtk_slice_list_model_set_size (self->view_slice, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

/* GTK 4.8's list views make the cells of 200 rows as soon as they have
 * them (GTK_LIST_VIEW_MAX_LIST_ITEMS), ten screens of them: with a plan of
 * 100,000 indicators, 3,650 cells, 0.2 s and 25 MB before the grid's first
 * frame. The views are given the rows of one screen (of the window's
 * height, at the smallest height of a row) for the frame that shows them,
 * and all of them at the next frame. */
static void
defer_rows (PwIndicatorGrid *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int height = root != NULL ? gtk_widget_get_height (GTK_WIDGET (root)) : 0;

  gtk_slice_list_model_set_size (self->view_slice, height > 0 ? height / MIN_ROW_HEIGHT + 1 : 64);
  self->rows_ticks = 0;
  if (self->rows_tick == 0)
    self->rows_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), rows_tick, self, NULL);
}

/* The views get their rows when the grid is first shown, which the window
 * would otherwise pay for at start-up, on a page not shown, and then those
 * of its first screen only (defer_rows). The frozen columns show the same
 * rows, scrolled with the others; sorting by one of them sorts the rows of
 * both. */
static void
pw_indicator_grid_map (GtkWidget *widget)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);

  if (self->selection != NULL && gtk_column_view_get_model (self->view) == NULL)
    {
      defer_rows (self);
      gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->view_rows));
      gtk_column_view_set_model (self->frozen_view, GTK_SELECTION_MODEL (self->view_rows));
    }
  GTK_WIDGET_CLASS (pw_indicator_grid_parent_class)->map (widget);
}

static void
pw_indicator_grid_class_init (PwIndicatorGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PwPlanPageClass *page_class = PW_PLAN_PAGE_CLASS (klass);

  object_class->dispose = pw_indicator_grid_dispose;
  page_class->commit = page_commit;
  page_class->plan_changed = page_plan_changed;
  page_class->editable_changed = page_editable_changed;

  widget_class->grab_focus = pw_indicator_grid_grab_focus;
  widget_class->map = pw_indicator_grid_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-indicator-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, count_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, view);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, frozen_view);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, frozen_scrolled);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, scrolled);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, reason_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  pw_indicator_grid_add_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwindicatorgrid");
}

static void
pw_indicator_grid_init (PwIndicatorGrid *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  g_type_ensure (PW_TYPE_INDICATOR_FILTER_BAR);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cell_menu = pw_indicator_grid_new_cell_menu ();
  pw_indicator_grid_add_cell_gestures (self);

  /* as the window: without the compiled schema, widths are not kept */
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) != NULL)
    self->settings = g_settings_new (APPLICATION_ID);

  pw_grid_sheet_init (&self->sheet, &sheet_class, self);
  self->columns = g_ptr_array_new_with_free_func (grid_column_free);
  self->cells = g_ptr_array_new ();
  self->filter = gtk_custom_filter_new (filter_match, self, NULL);

  /* plan → filter → sort → selection → view */
  self->filter_model = gtk_filter_list_model_new (NULL, NULL);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  self->sheet.rows = G_LIST_MODEL (self->selection);
  /* the views get the rows when the grid is first shown (map), through a
   * slice: those of the first screen for its first frame (defer_rows) */
  self->view_slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->selection)), 0, G_MAXUINT);
  self->view_rows = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->view_slice)));
  /* one position for both (their rows are of one height), passed on at the
   * start of the next frame: set while the other is being laid out, it
   * would ask for a layout in the middle of one */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled), "value-changed",
                           G_CALLBACK (vadjustment_changed), self, 0);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->frozen_scrolled), "value-changed",
                           G_CALLBACK (vadjustment_changed), self, 0);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scrolled), "value-changed",
                           G_CALLBACK (pw_indicator_grid_snap_columns), self, 0);
  g_signal_connect_object (gtk_column_view_get_sorter (self->frozen_view), "changed",
                           G_CALLBACK (frozen_sorter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->view), "changed",
                           G_CALLBACK (main_sorter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->frozen_view, "activate", G_CALLBACK (view_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (rows_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "activate", G_CALLBACK (view_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->view), "changed",
                           G_CALLBACK (pw_indicator_grid_update_actions), self, G_CONNECT_SWAPPED);

  self->comment_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->comment_signals, "items-changed", G_CALLBACK (pw_indicator_grid_refresh_cells), self);
  self->plan_signals = g_signal_group_new (PW_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "notify::start-year", G_CALLBACK (period_changed), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::end-year", G_CALLBACK (period_changed), self);

  self->threshold_signals = g_signal_group_new (PW_TYPE_THRESHOLDS);
  g_signal_group_connect_swapped (self->threshold_signals, "notify", G_CALLBACK (thresholds_changed), self);

  /* the keys, and typing into the grid through an input method */
  self->im_context = pw_grid_sheet_add_keys (GTK_WIDGET (self->view), G_CALLBACK (pw_indicator_grid_key_pressed),
                                             G_CALLBACK (pw_indicator_grid_im_commit), self);
  /* the frozen columns' view, which a click on one of their cells gives
   * the focus, gets the same keys and typing (what was typed over a name
   * went nowhere) */
  self->frozen_im_context = pw_grid_sheet_add_keys (GTK_WIDGET (self->frozen_view),
                                                    G_CALLBACK (pw_indicator_grid_key_pressed),
                                                    G_CALLBACK (pw_indicator_grid_im_commit), self);
  /* a double click on a title's right border fits its column */
  pw_grid_sheet_add_column_fitting (self->view, self->frozen_view);
  pw_grid_sheet_add_column_fitting (self->frozen_view, NULL);

  update_count (self);
  pw_indicator_grid_update_actions (self);
}

/* Private API (pw-indicator-grid-private.h) */

/* The views' rows all made now, for a row past the first screen's. */
void
pw_indicator_grid_show_all_rows (PwIndicatorGrid *self)
{
  if (self->rows_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rows_tick);
  self->rows_tick = 0;
  gtk_slice_list_model_set_size (self->view_slice, G_MAXUINT);
}

guint
pw_indicator_grid_n_rows (PwIndicatorGrid *self)
{
  return self->plan != NULL ? n_rows (self) : 0;
}

/* (transfer none): valid until the rows change */
PwIndicator *
pw_indicator_grid_row (PwIndicatorGrid *self,
                       guint            row)
{
  return row_indicator (self, row);
}

GridColumn *
pw_indicator_grid_column (PwIndicatorGrid *self,
                          guint            index)
{
  return get_column (self, index);
}

/* Stores @text in a cell as one undo step of its own, or as part of the
 * group open. */
gboolean
pw_indicator_grid_store (PwIndicatorGrid *self,
                         PwIndicator     *indicator,
                         GridColumn      *column,
                         const char      *text)
{
  return pw_indicator_grid_column_is_editable (column) && pw_indicator_grid_apply_edit (self, indicator, column, text);
}

/**
 * pw_indicator_grid_select:
 * @self: a grid
 * @row: the cursor's row
 * @column: the cursor's column
 * @end_row: the row of the range's other corner
 * @end_column: its column
 *
 * Puts the cursor on (@row, @column) and extends the range to (@end_row,
 * @end_column), each clamped to the grid, as Shift and the arrows would.
 */
void
pw_indicator_grid_select (PwIndicatorGrid *self,
                          guint            row,
                          guint            column,
                          guint            end_row,
                          guint            end_column)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));

  pw_grid_sheet_select (&self->sheet, row, column, end_row, end_column);
}

void
pw_indicator_grid_refresh (PwIndicatorGrid *self)
{
  pw_indicator_grid_model_changed (self);
  pw_indicator_grid_refresh_cells (self);
  pw_indicator_grid_update_reason (self);
}

/* Records, in the group open, where the cursor is: see CursorMark. */
void
pw_indicator_grid_mark_cursor (PwIndicatorGrid *self)
{
  CursorMark *mark;

  if (self->plan == NULL || n_rows (self) == 0)
    return;

  mark = g_new0 (CursorMark, 1);
  g_weak_ref_init (&mark->grid, self);
  mark->indicator = g_object_ref (row_indicator (self, self->sheet.row));
  mark->key = g_strdup (get_column (self, self->sheet.column)->key);
  pw_history_record_mark (pw_plan_get_history (self->plan), cursor_mark_apply, mark, cursor_mark_free);
}

guint
pw_indicator_grid_source_position (PwIndicatorGrid *self,
                                   PwIndicator     *indicator)
{
  return source_position (self, indicator);
}

/* Public API */

GtkWidget *
pw_indicator_grid_new (void)
{
  return g_object_new (PW_TYPE_INDICATOR_GRID, NULL);
}

/**
 * pw_indicator_grid_set_changes:
 * @self: a grid
 * @changes: (nullable) (element-type PwChange): from pw_plan_compare() of
 *   an earlier version with the grid's plan, or %NULL
 *
 * Tints the cells that changed since the earlier version: a field, a
 * year's value or state, every cell of an indicator added.
 */
void
pw_indicator_grid_set_changes (PwIndicatorGrid *self,
                               GListModel      *changes)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));
  g_return_if_fail (changes == NULL || G_IS_LIST_MODEL (changes));

  g_clear_pointer (&self->changed, g_hash_table_unref);
  if (changes != NULL)
    {
      self->changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
        {
          g_autoptr(PwChange) change = g_list_model_get_item (changes, i);
          const char *id = pw_change_get_new_id (change);
          const char *property = pw_change_get_property_name (change);

          if (id == NULL || pw_change_get_object_type (change) != PW_TYPE_INDICATOR)
            continue;
          if (pw_change_get_kind (change) == PW_CHANGE_ADDED)
            g_hash_table_add (self->changed, g_strconcat (id, "\n*", NULL));
          else if (pw_change_get_year (change) != 0)
            g_hash_table_add (self->changed, g_strdup_printf ("%s\nyear:%d", id, pw_change_get_year (change)));
          else if (property != NULL)
            g_hash_table_add (self->changed, g_strconcat (id, "\n", property, NULL));
        }
    }
  pw_indicator_grid_refresh_cells (self);
}

/**
 * pw_indicator_grid_is_changed:
 * @self: a grid
 * @row: a row
 * @column: a column
 *
 * Returns: whether the cell is tinted as changed (pw_indicator_grid_set_changes())
 */
gboolean
pw_indicator_grid_is_changed (PwIndicatorGrid *self,
                              guint            row,
                              guint            column)
{
  PwIndicator *indicator;

  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), FALSE);

  indicator = row < n_rows (self) ? row_indicator (self, row) : NULL;
  if (indicator == NULL || column >= self->columns->len)
    return FALSE;
  return pw_indicator_grid_cell_is_changed (self, get_column (self, column), indicator);
}

/**
 * pw_indicator_grid_get_rows:
 * @self: a grid
 *
 * Returns: (transfer none): the rows shown, in the order shown: the plan's
 *   indicators after filters and sorting
 */
GListModel *
pw_indicator_grid_get_rows (PwIndicatorGrid *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * pw_indicator_grid_find_column:
 * @self: a grid
 * @key: "category", "domain", "name", "unit", "baseline", "target",
 *   "nature", a year such as "2023", "progress" or "status"
 *
 * Returns: the index of the column, or -1
 */
int
pw_indicator_grid_find_column (PwIndicatorGrid *self,
                               const char      *key)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (g_strcmp0 (get_column (self, i)->key, key) == 0)
      return (int) i;

  return -1;
}

void
pw_indicator_grid_set_cursor (PwIndicatorGrid *self,
                              guint            row,
                              guint            column)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));

  pw_indicator_grid_place_cursor (self, row, column, TRUE);
}

void
pw_indicator_grid_get_cursor (PwIndicatorGrid *self,
                              guint           *row,
                              guint           *column)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));

  if (row != NULL)
    *row = self->sheet.row;
  if (column != NULL)
    *column = self->sheet.column;
}

/**
 * pw_indicator_grid_start_editing:
 * @self: a grid
 * @text: (nullable): the text to start with; %NULL for the cell's own
 *
 * Starts editing the cell under the cursor, as typing or F2 would.
 *
 * Returns: whether editing started (not in a read-only grid, nor in a
 *   computed column)
 */
gboolean
pw_indicator_grid_start_editing (PwIndicatorGrid *self,
                                 const char      *text)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), FALSE);

  return pw_indicator_grid_begin_editing (self, text);
}

/**
 * pw_indicator_grid_get_editor:
 * @self: a grid
 *
 * Returns: (transfer none) (nullable): the text being edited
 */
GtkEditable *
pw_indicator_grid_get_editor (PwIndicatorGrid *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), NULL);

  if (self->editing_cell == NULL)
    return NULL;
  return GTK_EDITABLE (pw_grid_cell_get_editor (self->editing_cell));
}

/**
 * pw_indicator_grid_get_cell_text:
 * @self: a grid
 * @row: a row shown
 * @column: a column
 *
 * Returns: (transfer full) (nullable): the text the cell shows
 */
char *
pw_indicator_grid_get_cell_text (PwIndicatorGrid *self,
                                 guint            row,
                                 guint            column)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), NULL);
  g_return_val_if_fail (row < n_rows (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return pw_indicator_grid_cell_text (self, get_column (self, column), row_indicator (self, row));
}

/**
 * pw_indicator_grid_show_indicator:
 * @self: a grid
 * @indicator: one of the plan's indicators
 *
 * Moves the cursor to @indicator's row, clearing the filters if they hide it.
 */
void
pw_indicator_grid_show_indicator (PwIndicatorGrid *self,
                                  PwIndicator     *indicator)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));
  g_return_if_fail (PW_IS_INDICATOR (indicator));

  if (gtk_filter_list_model_get_filter (self->filter_model) != NULL && !filter_match (indicator, self))
    pw_indicator_filter_bar_clear (self->filter_bar);
  pw_indicator_grid_show_row_of (self, indicator);
}
