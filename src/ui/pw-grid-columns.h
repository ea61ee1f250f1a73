/* pw-grid-columns.h: the columns of the indicator grid, as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-indicator.h"
#include "pw-indicator-grid.h"

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
 * @get_text: the text the cell shows (and copies, and edits)
 * @get_value: (nullable): the value shown, for a column of values: the grid
 *   marks one that cannot be read and says why under the grid
 * @set_text: (nullable): stores a text typed or pasted into the cell;
 *   %FALSE, changing nothing, when it cannot stand in the column. %NULL for
 *   a column that is computed, not typed. The grid wraps it in an undo step.
 * @compare: orders two rows by this column
 * @get_choices: (nullable): the choices the cell offers in a list
 *   (%NULL-terminated; %NULL when it has none for that row)
 * @get_tooltip: (nullable): a tooltip with more than the text
 * @get_css_class: (nullable): a style class for the cell (one at a time)
 *
 * One row of the table describes one kind of column: adding a column to
 * the grid is adding a row to pw-grid-columns.c.
 */
typedef struct
{
  const char *key;
  const char *title;
  int width;
  PwGridColumnFlags flags;
  char *(*get_text) (PwIndicatorGrid *grid, PwIndicator *indicator, int year);
  PwValue *(*get_value) (PwIndicator *indicator, int year);
  gboolean (*set_text) (PwIndicator *indicator, int year, const char *text);
  int (*compare) (PwIndicatorGrid *grid, PwIndicator *a, PwIndicator *b, int year);
  const char * const *(*get_choices) (PwIndicator *indicator, int year);
  char *(*get_tooltip) (PwIndicatorGrid *grid, PwIndicator *indicator, int year);
  const char *(*get_css_class) (PwIndicatorGrid *grid, PwIndicator *indicator, int year);
} PwGridColumnInfo;

const PwGridColumnInfo *pw_grid_columns_get (guint *n_columns);

G_END_DECLS
