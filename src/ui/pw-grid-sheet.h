/* pw-grid-sheet.h: what every grid of the window shares: its columns as a
 * table, the cursor and the range, the keys, and what acts on a range
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-grid-cell.h"
#include "pw-history.h"
#include "pw-value.h"

G_BEGIN_DECLS

typedef enum
{
  PW_GRID_COLUMN_EXPAND   = 1 << 0, /* takes the width left over */
  PW_GRID_COLUMN_PER_YEAR = 1 << 1, /* one column for each year of the plan's period */
  PW_GRID_COLUMN_FROZEN   = 1 << 2, /* stays in view while the others scroll sideways */
} PwGridColumnFlags;

/**
 * PwGridColumnInfo:
 * @key: how tests, settings and the clipboard name the column ("name"); a
 *   year column's key is its year ("2023")
 * @title: (nullable): the title, marked with N_(); %NULL for a year column,
 *   which is titled by its year
 * @width: the width it starts at, in pixels (the user's own is kept)
 * @flags: #PwGridColumnFlags
 * @get_text: the text the cell of a row's item shows (and copies, and edits)
 * @get_value: (nullable): the value shown, for a column of values: the grid
 *   marks one that cannot be read and says why under the grid
 * @set_text: (nullable): stores a text typed or pasted into the cell;
 *   %FALSE, changing nothing, when it cannot stand in the column. %NULL for
 *   a column that is computed, not typed. The grid wraps it in an undo step.
 * @compare: (nullable): orders two rows' items by this column
 * @get_choices: (nullable): the choices the cell offers in a list
 *   (%NULL-terminated; %NULL when it has none for that row)
 * @get_tooltip: (nullable): a tooltip with more than the text
 * @get_css_class: (nullable): a style class for the cell (one at a time)
 *
 * One row of a grid's table describes one kind of column: adding a column
 * to a grid is adding a row to its table (pw-grid-columns.c for the
 * indicators, pw-project-list.c for the projects of a 专栏). @grid is the
 * grid widget, the item is the row's object (a PwIndicator, a PwProject).
 */
typedef struct
{
  const char *key;
  const char *title;
  int width;
  PwGridColumnFlags flags;
  char *(*get_text) (gpointer grid, gpointer item, int year);
  PwValue *(*get_value) (gpointer item, int year);
  gboolean (*set_text) (gpointer item, int year, const char *text);
  int (*compare) (gpointer grid, gpointer a, gpointer b, int year);
  const char * const *(*get_choices) (gpointer item, int year);
  char *(*get_tooltip) (gpointer grid, gpointer item, int year);
  const char *(*get_css_class) (gpointer grid, gpointer item, int year);
} PwGridColumnInfo;

typedef struct
{
  guint first_row, last_row;
  guint first_column, last_column;
} PwGridRange;

typedef struct _PwGridSheet PwGridSheet;

/**
 * PwGridSheetClass:
 * @column: the column at an index, and its year (0 but in a year's column)
 * @place_cursor: puts the cursor on a cell (the range collapsing to it),
 *   after committing an edit, and shows it; pw_grid_sheet_place() does the
 *   arithmetic
 * @extend_range: moves the range's far corner; pw_grid_sheet_extend()
 * @begin_editing: starts editing the cursor's cell, with a text typed or
 *   (%NULL) its own
 * @try_commit: stores the edit open; %FALSE keeps it open, refused
 * @stop_editing: closes the edit without storing it
 * @get_editor: (nullable): the editor while a cell is edited
 * @clear_range, @copy, @paste, @fill_down: what the keys do to the range
 * @mark_cursor: (nullable): records in the undo group open where the
 *   cursor is, for undo and redo to put it back
 *
 * How the shared code reaches a grid: each grid is its own widget (its
 * views, its cells, its model) and passes itself as @grid.
 */
typedef struct
{
  const PwGridColumnInfo *(*column) (gpointer grid, guint index, int *year);
  void (*place_cursor) (gpointer grid, guint row, guint column, gboolean scroll);
  void (*extend_range) (gpointer grid, int row, int column);
  gboolean (*begin_editing) (gpointer grid, const char *text);
  gboolean (*try_commit) (gpointer grid);
  void (*stop_editing) (gpointer grid);
  GtkEditable *(*get_editor) (gpointer grid);
  void (*clear_range) (gpointer grid);
  void (*copy) (gpointer grid, gboolean cut);
  void (*paste) (gpointer grid);
  void (*fill_down) (gpointer grid);
  void (*mark_cursor) (gpointer grid);
} PwGridSheetClass;

/* The cursor: the cell the next key acts on. The range: the rectangle
 * between two corners, the cursor's cell alone unless extended (Shift,
 * Ctrl+A); what Delete, Ctrl+C, Ctrl+Delete … act on. */
struct _PwGridSheet
{
  const PwGridSheetClass *klass;
  gpointer grid;       /* unowned: the widget that embeds the sheet */
  GListModel *rows;    /* unowned: the rows shown, in order */
  guint n_columns;

  guint row;           /* the cursor */
  guint column;
  guint range_row[2];  /* [0] the cursor's corner, [1] the far one */
  guint range_column[2];
  int tab_start;       /* the column a run of Tabs started from, or -1 */
  gboolean typed_edit; /* editing started by typing: arrows commit */
};

void        pw_grid_sheet_init         (PwGridSheet            *sheet,
                                        const PwGridSheetClass *klass,
                                        gpointer                grid);
guint       pw_grid_sheet_n_rows       (PwGridSheet *sheet);
gpointer    pw_grid_sheet_item         (PwGridSheet *sheet,
                                        guint        row);
const PwGridColumnInfo *pw_grid_sheet_column (PwGridSheet *sheet,
                                        guint        column,
                                        int         *year);

/* the cursor and the range */
void        pw_grid_sheet_place        (PwGridSheet *sheet,
                                        guint        row,
                                        guint        column);
gboolean    pw_grid_sheet_extend       (PwGridSheet *sheet,
                                        int          row,
                                        int          column);
gboolean    pw_grid_sheet_in_range     (PwGridSheet *sheet,
                                        guint        row,
                                        guint        column);
gboolean    pw_grid_sheet_is_one_cell  (PwGridSheet *sheet);
void        pw_grid_sheet_get_range    (PwGridSheet *sheet,
                                        PwGridRange *range);
void        pw_grid_sheet_move         (PwGridSheet *sheet,
                                        int          rows,
                                        int          columns);
void        pw_grid_sheet_select       (PwGridSheet *sheet,
                                        guint        row,
                                        guint        column,
                                        guint        end_row,
                                        guint        end_column);
gboolean    pw_grid_sheet_key_pressed  (PwGridSheet     *sheet,
                                        guint            keyval,
                                        GdkModifierType  state);

/* what acts on the range: each is one step of @history */
GPtrArray  *pw_grid_sheet_range_table  (PwGridSheet *sheet);
void        pw_grid_sheet_clear_range  (PwGridSheet *sheet,
                                        PwHistory   *history);
void        pw_grid_sheet_fill_down    (PwGridSheet *sheet,
                                        PwHistory   *history);
guint       pw_grid_sheet_paste_cells  (PwGridSheet *sheet,
                                        GPtrArray   *table,
                                        guint        first_data,
                                        guint        row,
                                        guint        column);
gboolean    pw_grid_sheet_store        (PwGridSheet *sheet,
                                        gpointer     item,
                                        guint        column,
                                        const char  *text);

/* what else every grid needs */
PwGridCell *pw_grid_sheet_find_cell        (GPtrArray         *cells,
                                            guint              row,
                                            guint              column);
GtkIMContext *pw_grid_sheet_add_keys      (GtkWidget         *view,
                                            GCallback          key_pressed,
                                            GCallback          im_commit,
                                            gpointer           data);
void        pw_grid_sheet_cell_pressed     (PwGridSheet       *sheet,
                                            PwGridCell        *cell,
                                            GtkGestureClick   *gesture,
                                            int                n_press,
                                            GtkWidget         *focus);
void        pw_grid_sheet_scroll_into_view (GtkScrolledWindow *scrolled,
                                            GtkWidget         *widget,
                                            GtkOrientation     orientation);

void        pw_grid_sheet_fit_column   (GtkColumnView       *view,
                                        GtkColumnViewColumn *column);
void        pw_grid_sheet_add_column_fitting (GtkColumnView *view,
                                              GtkColumnView *before);

G_END_DECLS
