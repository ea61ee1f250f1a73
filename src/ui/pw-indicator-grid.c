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

enum {
  PROP_0,
  PROP_PLAN,
  PROP_EDITABLE,
  N_PROPS
};

static void page_iface_init (PwPlanPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PwIndicatorGrid, pw_indicator_grid, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (PW_TYPE_PLAN_PAGE, page_iface_init))

static GParamSpec *properties[N_PROPS];

static void refresh_cell (PwGridCell *cell);
static void commit_editing (PwIndicatorGrid *self);
static void update_actions (PwIndicatorGrid *self);

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

static const char *
column_title (GridColumn *column)
{
  return column->info->title != NULL ? _(column->info->title) : NULL;
}

static gboolean
column_is_editable (GridColumn *column)
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

static void
model_changed (PwIndicatorGrid *self)
{
  self->generation++;
}

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

/* The text a cell shows. */
static char *
cell_text (PwIndicatorGrid *self,
           GridColumn      *column,
           PwIndicator     *indicator)
{
  return column->info->get_text (self, indicator, column->year);
}

/* The text to edit: what was typed, not its meaning. */
static char *
edit_text (PwIndicatorGrid *self,
           GridColumn      *column,
           PwIndicator     *indicator)
{
  return cell_text (self, column, indicator);
}

static PwValue *
cell_value (GridColumn  *column,
            PwIndicator *indicator)
{
  return column->info->get_value != NULL ? column->info->get_value (indicator, column->year) : NULL;
}

static char *
cell_tooltip (PwIndicatorGrid *self,
              GridColumn      *column,
              PwIndicator     *indicator)
{
  PwValue *value = cell_value (column, indicator);

  if (column->info->get_tooltip != NULL)
    return column->info->get_tooltip (self, indicator, column->year);
  if (value != NULL && pw_value_get_kind (value) == PW_VALUE_INVALID)
    /* Translators: shown on a cell whose text could not be read as a value */
    return g_strdup_printf (_("Could not be read: %s"), pw_value_get_problem (value));
  return NULL;
}

static gboolean
cell_is_invalid (GridColumn  *column,
                 PwIndicator *indicator)
{
  PwValue *value = cell_value (column, indicator);

  return value != NULL && pw_value_get_kind (value) == PW_VALUE_INVALID;
}

/* Applies @text typed into @column of @indicator. Returns FALSE, changing
 * nothing, when the text cannot stand in that column. */
static gboolean
apply_edit (PwIndicatorGrid *self,
            PwIndicator     *indicator,
            GridColumn      *column,
            const char      *text)
{
  g_autofree char *label = NULL;
  const char *title = column_title (column);
  PwHistory *history = pw_plan_get_history (self->plan);
  gboolean applied;

  g_assert (column_is_editable (column));

  if (title != NULL)
    /* Translators: the undo label of an edit in a grid column */
    label = g_strdup_printf (_("Edit %s"), title);
  else
    /* Translators: the undo label of an edit of an actual value */
    label = g_strdup_printf (_("Edit %d Value"), column->year);

  pw_history_begin (history, label);
  pw_indicator_grid_mark_cursor (self);
  applied = column->info->set_text (indicator, column->year, text);
  pw_history_end (history);

  return applied;
}

static PwGridCell *
find_cell (PwIndicatorGrid *self,
           guint            row,
           guint            column)
{
  for (guint i = 0; i < self->cells->len; i++)
    {
      PwGridCell *cell = g_ptr_array_index (self->cells, i);
      GtkListItem *item = pw_grid_cell_get_list_item (cell);

      if (item != NULL && pw_grid_cell_get_column (cell) == column &&
          gtk_list_item_get_item (item) != NULL && gtk_list_item_get_position (item) == row)
        return cell;
    }

  return NULL;
}

static void
refresh_all_cells (PwIndicatorGrid *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    refresh_cell (g_ptr_array_index (self->cells, i));
}

static GtkWidget *
find_list_view (PwIndicatorGrid *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view));
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
  graphene_rect_t bounds;

  if (column >= self->columns->len || (get_column (self, column)->info->flags & PW_GRID_COLUMN_FROZEN))
    return;

  /* every row's cell of a column is at the same x: any row shown will do
   * when the row itself is not there yet */
  cell = find_cell (self, row, column);
  for (guint i = 0; cell == NULL && i < self->cells->len; i++)
    {
      PwGridCell *other = g_ptr_array_index (self->cells, i);
      GtkListItem *item = pw_grid_cell_get_list_item (other);

      if (item != NULL && gtk_list_item_get_item (item) != NULL && pw_grid_cell_get_column (other) == column &&
          gtk_widget_get_mapped (GTK_WIDGET (other)))
        cell = other;
    }
  if (cell != NULL && gtk_widget_compute_bounds (GTK_WIDGET (cell), GTK_WIDGET (self->scrolled), &bounds))
    {
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (self->scrolled);
      double page = gtk_adjustment_get_page_size (h);
      double value = gtk_adjustment_get_value (h);

      if (bounds.origin.x < 0)
        gtk_adjustment_set_value (h, value + bounds.origin.x);
      else if (bounds.origin.x + bounds.size.width > page)
        gtk_adjustment_set_value (h, value + MIN (bounds.origin.x, bounds.origin.x + bounds.size.width - page));
    }
}

/* The list scrolls to a row at its next layout, and then puts the row's
 * start in view sideways: the column is brought back into view once that
 * is done, two frames on. */
static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  PwIndicatorGrid *self = data;

  if (++self->scroll_ticks < 2)
    return G_SOURCE_CONTINUE;
  self->scroll_tick = 0;
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
  GtkWidget *list_view = find_list_view (self);

  if (list_view != NULL && row < n_rows (self))
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", row);

  scroll_to_column (self, row, column);
  self->scroll_row = row;
  self->scroll_column = column;
  self->scroll_ticks = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick, self, NULL);
}

static void
scroll_to_cursor (PwIndicatorGrid *self)
{
  scroll_to (self, self->cursor_row, self->cursor_column);
}

static void
update_count (PwIndicatorGrid *self)
{
  guint shown = self->plan ? n_rows (self) : 0;
  guint total = self->plan ? g_list_model_get_n_items (pw_plan_get_indicators (self->plan)) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", total), total);
  else
    /* Translators: how many indicators the filters let through, of how many */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u indicator", "%u of %u indicators", total),
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

static int
column_compare (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GridColumn *column = user_data;

  return column->info->compare (column->grid, (PwIndicator *) a, (PwIndicator *) b, column->year);
}

/* The line under the grid: why the value under the cursor cannot be read,
 * while the cursor is on it. */
static void
update_reason (PwIndicatorGrid *self)
{
  g_autofree char *text = NULL;

  if (self->plan != NULL && self->cursor_row < n_rows (self) && self->columns->len > 0)
    {
      GridColumn *column = get_column (self, self->cursor_column);
      PwIndicator *indicator = row_indicator (self, self->cursor_row);
      PwValue *value = cell_value (column, indicator);

      if (value != NULL && pw_value_get_kind (value) == PW_VALUE_INVALID)
        /* Translators: under the grid, while the cursor is on a value that cannot be read */
        text = g_strdup_printf (_("“%s” could not be read as a value: %s. It is kept as typed."),
                                pw_value_get_text (value), pw_value_get_problem (value));
    }

  gtk_label_set_label (self->reason_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), text != NULL);
}

static void
set_cursor (PwIndicatorGrid *self,
            guint            row,
            guint            column,
            gboolean         scroll)
{
  guint rows = self->plan ? n_rows (self) : 0;

  if (self->editing_cell != NULL)
    commit_editing (self);

  self->cursor_row = rows == 0 ? 0 : MIN (row, rows - 1);
  self->cursor_column = MIN (column, self->columns->len - 1);
  self->range_row[0] = self->range_row[1] = self->cursor_row;
  self->range_column[0] = self->range_column[1] = self->cursor_column;

  refresh_all_cells (self);
  if (scroll)
    scroll_to_cursor (self);
  update_reason (self);
  update_actions (self);
}

/* Moves the range's far corner (Shift with the arrows, Shift+click); the
 * cursor stays where the range started. */
static void
extend_range (PwIndicatorGrid *self,
              int              row,
              int              column)
{
  int rows = (int) n_rows (self);

  if (self->editing_cell != NULL)
    commit_editing (self);
  if (rows == 0)
    return;

  self->range_row[1] = CLAMP (row, 0, rows - 1);
  self->range_column[1] = CLAMP (column, 0, (int) self->columns->len - 1);
  refresh_all_cells (self);
  scroll_to (self, self->range_row[1], self->range_column[1]);
  update_actions (self);
}

static gboolean
in_range (PwIndicatorGrid *self,
          guint            row,
          guint            column)
{
  return row >= MIN (self->range_row[0], self->range_row[1]) &&
         row <= MAX (self->range_row[0], self->range_row[1]) &&
         column >= MIN (self->range_column[0], self->range_column[1]) &&
         column <= MAX (self->range_column[0], self->range_column[1]);
}

static gboolean
range_is_one_cell (PwIndicatorGrid *self)
{
  return self->range_row[0] == self->range_row[1] && self->range_column[0] == self->range_column[1];
}

static void
stop_editing (PwIndicatorGrid *self)
{
  PwGridCell *cell = self->editing_cell;

  if (cell == NULL)
    return;

  self->editing_cell = NULL;
  pw_grid_cell_stop_editing (cell);
  refresh_cell (cell);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Returns whether the edit could be applied; if not, the cell stays open
 * with the reason shown. */
static gboolean
try_commit (PwIndicatorGrid *self)
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
  column = get_column (self, pw_grid_cell_get_column (cell));
  text = g_strdup (pw_grid_cell_get_edit_text (cell));

  if (indicator != NULL && !apply_edit (self, indicator, column, text))
    {
      GtkWidget *editor = pw_grid_cell_get_editor (cell);

      gtk_widget_add_css_class (editor, "error");
      gtk_widget_set_tooltip_text (editor, _("Type 约束性 (binding) or 预期性 (expected), or leave it empty"));
      gtk_widget_error_bell (editor);
      return FALSE;
    }

  stop_editing (self);
  return TRUE;
}

static void
commit_editing (PwIndicatorGrid *self)
{
  if (!try_commit (self))
    stop_editing (self);
}

static gboolean
start_editing (PwIndicatorGrid *self,
               const char      *text)
{
  /* typed over: the arrows commit and move; F2 or a double click: they
   * move the caret, as in Calc */
  self->typed_edit = text != NULL;

  PwGridCell *cell;
  GridColumn *column;
  PwIndicator *indicator;
  g_autofree char *current = NULL;

  if (!self->editable || self->plan == NULL || n_rows (self) == 0)
    return FALSE;

  column = get_column (self, self->cursor_column);
  if (!column_is_editable (column))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  scroll_to_cursor (self);
  cell = find_cell (self, self->cursor_row, self->cursor_column);
  if (cell == NULL)
    return FALSE;

  if (self->editing_cell != NULL && self->editing_cell != cell)
    commit_editing (self);

  indicator = row_indicator (self, self->cursor_row);
  current = edit_text (self, column, indicator);
  self->editing_cell = cell;
  pw_grid_cell_start_editing (cell, text != NULL ? text : current, FALSE);
  if (column->info->get_choices != NULL)
    pw_grid_cell_set_choices (cell, column->info->get_choices (indicator, column->year));
  return TRUE;
}

static void
move_cursor (PwIndicatorGrid *self,
             int              rows,
             int              columns)
{
  int row = (int) self->cursor_row + rows;
  int column = (int) self->cursor_column + columns;
  int n_columns = (int) self->columns->len;

  /* Tab at the end of a row goes on to the next row, as in a spreadsheet. */
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

  set_cursor (self, CLAMP (row, 0, (int) MAX (n_rows (self), 1) - 1), CLAMP (column, 0, n_columns - 1), TRUE);
}

static guint
source_position (PwIndicatorGrid *self,
                 PwIndicator     *indicator)
{
  guint position = G_MAXUINT;

  g_list_store_find (G_LIST_STORE (pw_plan_get_indicators (self->plan)), indicator, &position);
  return position;
}

static gboolean
is_sorted_or_filtered (PwIndicatorGrid *self)
{
  GtkSorter *sorter = gtk_sort_list_model_get_sorter (self->sort_model);

  return (sorter != NULL && gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE) ||
         n_rows (self) != g_list_model_get_n_items (pw_plan_get_indicators (self->plan));
}

static void
update_actions (PwIndicatorGrid *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_rows = self->plan != NULL && n_rows (self) > 0;
  gboolean can_edit = self->editable && self->plan != NULL;
  gboolean can_move = can_edit && has_rows && !is_sorted_or_filtered (self);

  gtk_widget_action_set_enabled (widget, "grid.add-row", can_edit);
  gtk_widget_action_set_enabled (widget, "grid.duplicate-row", can_edit && has_rows);
  gtk_widget_action_set_enabled (widget, "grid.delete-rows", can_edit && has_rows);
  gtk_widget_action_set_enabled (widget, "grid.move-up", can_move && self->cursor_row > 0);
  gtk_widget_action_set_enabled (widget, "grid.move-down", can_move && self->cursor_row + 1 < n_rows (self));
  gtk_widget_action_set_enabled (widget, "grid.edit-cell", can_edit && has_rows);
}

static void
show_row_of (PwIndicatorGrid *self,
             PwIndicator     *indicator)
{
  guint rows = n_rows (self);

  for (guint i = 0; i < rows; i++)
    if (row_indicator (self, i) == indicator)
      {
        set_cursor (self, i, self->cursor_column, TRUE);
        return;
      }
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
        set_cursor (self, i, column, TRUE);
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
static gboolean
cell_is_changed (PwIndicatorGrid *self,
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

static void
refresh_cell (PwGridCell *cell)
{
  PwIndicatorGrid *self = g_object_get_data (G_OBJECT (cell), "pw-grid");
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwIndicator *indicator = item ? gtk_list_item_get_item (item) : NULL;
  GridColumn *column;
  GtkWidget *widget = GTK_WIDGET (cell);
  g_autofree char *text = NULL;
  PwProgress progress;
  gboolean is_cursor;

  if (indicator == NULL || self->plan == NULL || cell == self->editing_cell)
    return;

  column = get_column (self, pw_grid_cell_get_column (cell));
  text = cell_text (self, column, indicator);
  pw_grid_cell_set_text (cell, text);

  is_cursor = gtk_list_item_get_position (item) == self->cursor_row &&
              pw_grid_cell_get_column (cell) == self->cursor_column;
  set_class (widget, "cursor", is_cursor);
  set_class (widget, "selected", !range_is_one_cell (self) &&
                                 in_range (self, gtk_list_item_get_position (item), pw_grid_cell_get_column (cell)));
  set_class (widget, "invalid", cell_is_invalid (column, indicator));

  pw_indicator_grid_compute_progress (self, indicator, &progress);
  set_class (widget, "alert", progress.alert);
  set_class (widget, "commented", cell_is_commented (self, column, indicator));
  set_class (widget, "changed", cell_is_changed (self, column, indicator));

  /* a cell changes its column's class only when it changes: a class change
   * restyles the cell */
  if (column->info->get_css_class != NULL)
    {
      const char *old = g_object_get_data (G_OBJECT (cell), "pw-column-class");
      const char *name = column->info->get_css_class (self, indicator, column->year);

      if (old != name)
        {
          if (old != NULL)
            gtk_widget_remove_css_class (widget, old);
          if (name != NULL)
            gtk_widget_add_css_class (widget, name);
          g_object_set_data (G_OBJECT (cell), "pw-column-class", (gpointer) name);
        }
    }
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
  PwIndicatorGrid *self = g_object_get_data (G_OBJECT (cell), "pw-grid");
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwIndicator *indicator = item ? gtk_list_item_get_item (item) : NULL;
  GridColumn *column;
  g_autofree char *text = NULL;

  if (indicator == NULL || self->plan == NULL)
    return FALSE;

  column = get_column (self, pw_grid_cell_get_column (cell));
  text = cell_tooltip (self, column, indicator);
  if (text == NULL)
    /* the whole text of a cell too narrow for it */
    text = cell_text (self, column, indicator);
  if (text == NULL || *text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cell_pressed (GtkGestureClick *gesture,
              int              n_press,
              double           x,
              double           y,
              PwGridCell      *cell)
{
  PwIndicatorGrid *self = g_object_get_data (G_OBJECT (cell), "pw-grid");
  GtkListItem *item = pw_grid_cell_get_list_item (cell);

  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  if (item == NULL || cell == self->editing_cell)
    return;

  self->tab_start = -1;
  if (state & GDK_SHIFT_MASK)
    extend_range (self, gtk_list_item_get_position (item), pw_grid_cell_get_column (cell));
  else
    set_cursor (self, gtk_list_item_get_position (item), pw_grid_cell_get_column (cell), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
  if (n_press == 2)
    start_editing (self, NULL);
}

/* A right click comments on the cell's indicator: on its year in a
 * year's column, else on the row. The cell becomes the cursor, as in a
 * spreadsheet. */
static gboolean
cell_comment_target (GtkWidget  *widget,
                     double      x,
                     double      y,
                     gpointer    data,
                     char      **target,
                     int        *year,
                     int        *paragraph)
{
  PwGridCell *cell = PW_GRID_CELL (widget);
  PwIndicatorGrid *self = g_object_get_data (G_OBJECT (cell), "pw-grid");
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwIndicator *indicator = item != NULL ? gtk_list_item_get_item (item) : NULL;
  GridColumn *column;

  if (indicator == NULL || self->plan == NULL || cell == self->editing_cell)
    return FALSE;
  column = get_column (self, pw_grid_cell_get_column (cell));
  set_cursor (self, gtk_list_item_get_position (item), pw_grid_cell_get_column (cell), FALSE);
  *target = g_strdup (pw_object_get_id (PW_OBJECT (indicator)));
  *year = column->year;
  *paragraph = 0;
  return *target != NULL;
}

/* GTK 4.8 lets go of a list item's child before "teardown", so a cell
 * leaves the grid's list when it is destroyed. */
static void
cell_destroyed (PwIndicatorGrid *self,
                PwGridCell      *cell)
{
  if (self->cells != NULL)
    g_ptr_array_remove_fast (self->cells, cell);
  if (cell == self->editing_cell)
    self->editing_cell = NULL;
}

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            GridColumn               *column)
{
  PwIndicatorGrid *self = column->grid;
  guint index = 0;
  GtkWidget *cell;
  GtkGesture *click;

  g_ptr_array_find (self->columns, column, &index);
  cell = pw_grid_cell_new (index);
  g_object_set_data (G_OBJECT (cell), "pw-grid", self);
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (cell_query_tooltip), NULL);
  gtk_widget_add_css_class (cell, column->info->key);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (cell_pressed), cell);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));
  pw_comment_menu_attach (cell, cell_comment_target, NULL);

  g_signal_connect_object (cell, "chosen", G_CALLBACK (try_commit), self, G_CONNECT_SWAPPED);

  gtk_list_item_set_child (list_item, cell);
  pw_grid_cell_set_list_item (PW_GRID_CELL (cell), list_item);
  g_ptr_array_add (self->cells, cell);
  g_signal_connect_object (cell, "destroy", G_CALLBACK (cell_destroyed), self, G_CONNECT_SWAPPED);
}

static void
commit_pending (PwIndicatorGrid *self)
{
  PendingEdit *pending = g_steal_pointer (&self->pending);

  self->pending_source = 0;
  if (pending == NULL)
    return;

  if (self->plan != NULL && pending->column < self->columns->len)
    apply_edit (self, pending->indicator, get_column (self, pending->column), pending->text);

  g_object_unref (pending->indicator);
  g_free (pending->text);
  g_free (pending);
}

static gboolean
commit_pending_cb (gpointer data)
{
  commit_pending (data);
  return G_SOURCE_REMOVE;
}

/* The row's indicator changed: its progress may have too. */
static void
indicator_changed (PwGridCell *cell)
{
  PwIndicatorGrid *self = g_object_get_data (G_OBJECT (cell), "pw-grid");

  model_changed (self);
  refresh_cell (cell);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           GridColumn               *column)
{
  PwGridCell *cell = PW_GRID_CELL (gtk_list_item_get_child (list_item));
  PwIndicator *indicator = gtk_list_item_get_item (list_item);

  refresh_cell (cell);
  g_signal_connect_swapped (indicator, "notify", G_CALLBACK (indicator_changed), cell);
  g_signal_connect_swapped (indicator, "year-changed", G_CALLBACK (indicator_changed), cell);
  g_signal_connect_swapped (list_item, "notify::position", G_CALLBACK (refresh_cell), cell);
}

static void
cell_unbind (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             GridColumn               *column)
{
  PwIndicatorGrid *self = column->grid;
  PwGridCell *cell = PW_GRID_CELL (gtk_list_item_get_child (list_item));
  PwIndicator *indicator = gtk_list_item_get_item (list_item);

  g_signal_handlers_disconnect_by_func (indicator, indicator_changed, cell);
  g_signal_handlers_disconnect_by_func (list_item, refresh_cell, cell);

  /* Scrolled away while editing: keep what was typed, and apply it once the
   * view has finished rebinding. */
  if (cell == self->editing_cell)
    {
      PendingEdit *pending = g_new0 (PendingEdit, 1);

      commit_pending (self);
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

  title = column_title (column);
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

static void
rebuild_columns (PwIndicatorGrid *self)
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

  self->cursor_column = MIN (self->cursor_column, self->columns->len - 1);
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

  if (self->cursor_row >= rows)
    self->cursor_row = rows > 0 ? rows - 1 : 0;
  update_count (self);
  update_actions (self);
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
plan_indicators_changed (PwIndicatorGrid *self)
{
  /* an indicator made now may sit where a freed one did */
  model_changed (self);

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_after_change, self);
}

static void
thresholds_changed (PwIndicatorGrid *self)
{
  model_changed (self);
  refresh_all_cells (self);
}

static void
period_changed (PwIndicatorGrid *self)
{
  model_changed (self);
  rebuild_columns (self);
}

static void
im_commit (GtkIMContext    *context,
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

  start_editing (self, text);
}

/* Enter: one row down, back in the column where a run of Tabs started. */
static void
enter_moves (PwIndicatorGrid *self,
             gboolean         up)
{
  int column = self->tab_start >= 0 ? self->tab_start : (int) self->cursor_column;

  self->tab_start = -1;
  set_cursor (self, (guint) MAX ((int) self->cursor_row + (up ? -1 : 1), 0), column, TRUE);
}

static void
tab_moves (PwIndicatorGrid *self,
           gboolean         back)
{
  int start = self->tab_start >= 0 ? self->tab_start : (int) self->cursor_column;

  move_cursor (self, 0, back ? -1 : 1);
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
      if (try_commit (self))
        enter_moves (self, shift);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (try_commit (self))
        tab_moves (self, shift || keyval == GDK_KEY_ISO_Left_Tab);
      return TRUE;
    case GDK_KEY_Escape:
      stop_editing (self);
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
      if (try_commit (self))
        {
          self->tab_start = -1;
          move_cursor (self, keyval == GDK_KEY_Up ? -1 : keyval == GDK_KEY_Down ? 1 : 0,
                       keyval == GDK_KEY_Left ? -1 : keyval == GDK_KEY_Right ? 1 : 0);
        }
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
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
          self->plan != NULL && n_rows (self) > 0 && get_column (self, self->cursor_column)->info->get_choices != NULL)
        {
          if (self->editing_cell == NULL)
            start_editing (self, NULL);
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
        extend_range (self, control ? 0 : (int) self->range_row[1], 0);
      else
        set_cursor (self, control ? 0 : self->cursor_row, 0, TRUE);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      self->tab_start = -1;
      if (shift)
        extend_range (self, control ? G_MAXINT : (int) self->range_row[1], G_MAXINT);
      else
        set_cursor (self, control ? G_MAXUINT : self->cursor_row, G_MAXUINT, TRUE);
      return TRUE;
    case GDK_KEY_F2:
      start_editing (self, NULL);
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
    extend_range (self, (int) self->range_row[1] + row_step, (int) self->range_column[1] + column_step);
  else
    move_cursor (self, row_step, column_step);
  return TRUE;
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
  update_actions (self);
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
  set_cursor (self, position, self->cursor_column, FALSE);
  start_editing (self, NULL);
}

static void
add_row_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);
  GListStore *store = G_LIST_STORE (pw_plan_get_indicators (self->plan));
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autofree char *id = pw_plan_make_id (self->plan, "ind");
  PwHistory *history = pw_plan_get_history (self->plan);
  guint position = g_list_model_get_n_items (G_LIST_MODEL (store));

  pw_object_set_id (PW_OBJECT (indicator), id);
  if (n_rows (self) > 0)
    {
      PwIndicator *current = row_indicator (self, self->cursor_row);

      /* a new row belongs where the cursor is: same category and domain */
      pw_indicator_set_category (indicator, pw_indicator_get_category (current));
      pw_indicator_set_domain (indicator, pw_indicator_get_domain (current));
      pw_indicator_set_chapter (indicator, pw_indicator_get_chapter (current));
      position = source_position (self, current) + 1;
    }

  pw_history_begin (history, _("Add Indicator"));
  pw_plan_insert_indicator (self->plan, position, indicator);
  pw_history_end (history);

  show_row_of (self, indicator);
  set_cursor (self, self->cursor_row, (guint) pw_indicator_grid_find_column (self, "name"), TRUE);
  start_editing (self, NULL);
}

static void
duplicate_row_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);
  PwIndicator *current = row_indicator (self, self->cursor_row);
  g_autoptr(PwIndicator) copy = pw_indicator_new ();
  g_autofree char *id = pw_plan_make_id (self->plan, "ind");
  PwHistory *history = pw_plan_get_history (self->plan);
  GParamSpec **pspecs;
  guint n_pspecs;

  /* Every property but the id, and every year's value and state. */
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (current), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GValue value = G_VALUE_INIT;

      if (g_strcmp0 (pspecs[i]->name, "id") == 0 || !(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (current), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
      g_value_unset (&value);
    }
  g_free (pspecs);
  for (guint i = 0; i < pw_indicator_get_n_years (current); i++)
    {
      int year = pw_indicator_get_nth_year (current, i);

      pw_indicator_set_actual (copy, year, pw_indicator_get_actual (current, year));
      pw_indicator_set_state (copy, year, pw_indicator_get_state (current, year));
    }
  pw_object_set_id (PW_OBJECT (copy), id);

  pw_history_begin (history, _("Duplicate Indicator"));
  pw_plan_insert_indicator (self->plan, source_position (self, current) + 1, copy);
  pw_history_end (history);

  show_row_of (self, copy);
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
  guint first = MIN (self->range_row[0], self->range_row[1]);
  guint last = MAX (self->range_row[0], self->range_row[1]);
  PwHistory *history = pw_plan_get_history (self->plan);
  guint n;
  guint row = first;

  /* the rows of the range: the cursor's row unless extended */
  n = last - first + 1;
  for (guint i = first; i <= last; i++)
    {
      guint position = source_position (self, row_indicator (self, i));
      g_array_append_val (positions, position);
    }
  g_array_sort (positions, compare_descending);

  pw_history_begin (history, g_dngettext (GETTEXT_PACKAGE, "Delete Indicator", "Delete Indicators", n));
  /* from the end, so that earlier positions stay valid */
  for (guint i = 0; i < positions->len; i++)
    pw_plan_remove_indicator (self->plan, g_array_index (positions, guint, i));
  pw_history_end (history);

  set_cursor (self, row, self->cursor_column, TRUE);
}

static void
move_row (PwIndicatorGrid *self,
          int              delta)
{
  PwIndicator *current = row_indicator (self, self->cursor_row);
  guint from = source_position (self, current);
  PwHistory *history = pw_plan_get_history (self->plan);

  pw_history_begin (history, delta < 0 ? _("Move Indicator Up") : _("Move Indicator Down"));
  pw_plan_move_indicator (self->plan, from, from + delta);
  pw_history_end (history);

  set_cursor (self, self->cursor_row + delta, self->cursor_column, TRUE);
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
  start_editing (PW_INDICATOR_GRID (widget), NULL);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);

  pw_indicator_filter_bar_focus_search (self->filter_bar);
}

/* GObject overrides */

static void
pw_indicator_grid_dispose (GObject *object)
{
  PwIndicatorGrid *self = (PwIndicatorGrid *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->sync_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->sync_tick);
  self->sync_tick = 0;
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_handle_id (&self->pending_source, g_source_remove);
  commit_pending (self);

  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);
  if (self->comment_signals != NULL)
    g_signal_group_set_target (self->comment_signals, NULL);
  if (self->threshold_signals != NULL)
    g_signal_group_set_target (self->threshold_signals, NULL);

  gtk_column_view_set_model (self->view, NULL);
  gtk_column_view_set_model (self->frozen_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_INDICATOR_GRID);
  /* the template's box is not a named child: unparent it too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->im_context);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->comment_signals);
  g_clear_pointer (&self->changed, g_hash_table_unref);
  g_clear_object (&self->threshold_signals);
  g_clear_object (&self->plan);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);

  G_OBJECT_CLASS (pw_indicator_grid_parent_class)->dispose (object);
}

static void
pw_indicator_grid_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_indicator_grid_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      pw_indicator_grid_set_plan (self, g_value_get_object (value));
      break;
    case PROP_EDITABLE:
      pw_indicator_grid_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* GtkWidget overrides */

/* Focus goes to the cells, not to the filters above them. */
static gboolean
pw_indicator_grid_grab_focus (GtkWidget *widget)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* PwPlanPage */

/* The cell being edited, and one scrolled away before it was stored. A text
 * the column refuses keeps its editor open. */
static gboolean
page_commit (PwPlanPage *page)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (page);

  g_clear_handle_id (&self->pending_source, g_source_remove);
  commit_pending (self);
  return try_commit (self);
}

static void
page_iface_init (PwPlanPageInterface *iface)
{
  iface->commit = page_commit;
}

static void
pw_indicator_grid_class_init (PwIndicatorGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_indicator_grid_dispose;
  object_class->get_property = pw_indicator_grid_get_property;
  object_class->set_property = pw_indicator_grid_set_property;

  widget_class->grab_focus = pw_indicator_grid_grab_focus;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

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

  gtk_widget_class_install_action (widget_class, "grid.add-row", NULL, add_row_action);
  gtk_widget_class_install_action (widget_class, "grid.duplicate-row", NULL, duplicate_row_action);
  gtk_widget_class_install_action (widget_class, "grid.delete-rows", NULL, delete_rows_action);
  gtk_widget_class_install_action (widget_class, "grid.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "grid.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "grid.edit-cell", NULL, edit_cell_action);
  gtk_widget_class_install_action (widget_class, "grid.find", NULL, find_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "grid.add-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "grid.duplicate-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "grid.delete-rows", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "grid.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "grid.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "grid.find", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwindicatorgrid");
}

static void
pw_indicator_grid_init (PwIndicatorGrid *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  GtkEventController *keys;
  GtkEventController *typing;

  g_type_ensure (PW_TYPE_INDICATOR_FILTER_BAR);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* as the window: without the compiled schema, widths are not kept */
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) != NULL)
    self->settings = g_settings_new (APPLICATION_ID);

  self->editable = TRUE;
  self->tab_start = -1;
  self->columns = g_ptr_array_new_with_free_func (grid_column_free);
  self->cells = g_ptr_array_new ();
  self->filter = gtk_custom_filter_new (filter_match, self, NULL);

  /* plan → filter → sort → selection → view */
  self->filter_model = gtk_filter_list_model_new (NULL, NULL);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  /* the frozen columns: the same rows, scrolled with the others; sorting by
   * one of them sorts the rows of both */
  gtk_column_view_set_model (self->frozen_view, GTK_SELECTION_MODEL (self->selection));
  /* one position for both (their rows are of one height), passed on at the
   * start of the next frame: set while the other is being laid out, it
   * would ask for a layout in the middle of one */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled), "value-changed",
                           G_CALLBACK (vadjustment_changed), self, 0);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->frozen_scrolled), "value-changed",
                           G_CALLBACK (vadjustment_changed), self, 0);
  g_signal_connect_object (gtk_column_view_get_sorter (self->frozen_view), "changed",
                           G_CALLBACK (frozen_sorter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->view), "changed",
                           G_CALLBACK (main_sorter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->frozen_view, "activate", G_CALLBACK (view_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (rows_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "activate", G_CALLBACK (view_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->view), "changed",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);

  self->comment_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->comment_signals, "items-changed", G_CALLBACK (refresh_all_cells), self);
  self->plan_signals = g_signal_group_new (PW_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "notify::start-year", G_CALLBACK (period_changed), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::end-year", G_CALLBACK (period_changed), self);

  self->threshold_signals = g_signal_group_new (PW_TYPE_THRESHOLDS);
  g_signal_group_connect_swapped (self->threshold_signals, "notify", G_CALLBACK (thresholds_changed), self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);
  /* a cell of the frozen columns being edited gets the same keys */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->frozen_view), keys);

  /* Typing into the grid starts editing, through an input method. */
  self->im_context = gtk_im_multicontext_new ();
  g_signal_connect (self->im_context, "commit", G_CALLBACK (im_commit), self);
  typing = gtk_event_controller_key_new ();
  gtk_event_controller_key_set_im_context (GTK_EVENT_CONTROLLER_KEY (typing), self->im_context);
  gtk_widget_add_controller (GTK_WIDGET (self->view), typing);
  gtk_im_context_set_client_widget (self->im_context, GTK_WIDGET (self->view));

  update_count (self);
  update_actions (self);
}

/* Private API (pw-indicator-grid-private.h) */

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
  return column_is_editable (column) && apply_edit (self, indicator, column, text);
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
  guint rows;

  g_return_if_fail (PW_IS_INDICATOR_GRID (self));

  rows = n_rows (self);

  set_cursor (self, row, column, TRUE);
  if (rows > 0)
    extend_range (self, (int) MIN (end_row, rows - 1), (int) MIN (end_column, self->columns->len - 1));
}

void
pw_indicator_grid_refresh (PwIndicatorGrid *self)
{
  model_changed (self);
  refresh_all_cells (self);
  update_reason (self);
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
  mark->indicator = g_object_ref (row_indicator (self, self->cursor_row));
  mark->key = g_strdup (get_column (self, self->cursor_column)->key);
  pw_history_record (pw_plan_get_history (self->plan), cursor_mark_apply, mark, cursor_mark_free);
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
 * pw_indicator_grid_get_plan:
 * @self: a grid
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
PwPlan *
pw_indicator_grid_get_plan (PwIndicatorGrid *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), NULL);

  return self->plan;
}

void
pw_indicator_grid_set_plan (PwIndicatorGrid *self,
                            PwPlan          *plan)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  stop_editing (self);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (pw_plan_get_indicators (self->plan), plan_indicators_changed, self);

  g_set_object (&self->plan, plan);
  model_changed (self);
  self->cursor_row = 0;
  self->cursor_column = 0;

  g_signal_group_set_target (self->plan_signals, plan);
  g_signal_group_set_target (self->comment_signals, plan != NULL ? pw_plan_get_comments (plan) : NULL);
  g_signal_group_set_target (self->threshold_signals, plan ? pw_plan_get_thresholds (plan) : NULL);

  rebuild_columns (self);
  pw_indicator_filter_bar_set_plan (self->filter_bar, plan);
  gtk_filter_list_model_set_model (self->filter_model, plan ? pw_plan_get_indicators (plan) : NULL);
  if (plan != NULL)
    g_signal_connect_object (pw_plan_get_indicators (plan), "items-changed",
                             G_CALLBACK (plan_indicators_changed), self, G_CONNECT_SWAPPED);

  update_count (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
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
  refresh_all_cells (self);
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
  return cell_is_changed (self, get_column (self, column), indicator);
}

gboolean
pw_indicator_grid_get_editable (PwIndicatorGrid *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), FALSE);

  return self->editable;
}

void
pw_indicator_grid_set_editable (PwIndicatorGrid *self,
                                gboolean         editable)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  if (!editable)
    stop_editing (self);
  self->editable = editable;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
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

  set_cursor (self, row, column, TRUE);
}

void
pw_indicator_grid_get_cursor (PwIndicatorGrid *self,
                              guint           *row,
                              guint           *column)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));

  if (row != NULL)
    *row = self->cursor_row;
  if (column != NULL)
    *column = self->cursor_column;
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

  return start_editing (self, text);
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

  return cell_text (self, get_column (self, column), row_indicator (self, row));
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
  show_row_of (self, indicator);
}
