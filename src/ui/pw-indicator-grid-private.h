/* pw-indicator-grid-private.h: what the grid's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-grid-cell.h"
#include "pw-grid-columns.h"
#include "pw-grid-sheet.h"
#include "pw-indicator-filter-bar.h"
#include "pw-indicator-grid.h"
#include "pw-progress.h"

G_BEGIN_DECLS

typedef struct
{
  const PwGridColumnInfo *info;
  int year; /* of a year's column */
  char *key;
  PwIndicatorGrid *grid; /* unowned */
  GtkColumnViewColumn *view_column; /* unowned: the view's */
} GridColumn;

/* An edit whose cell was scrolled away before it was committed. */
typedef struct
{
  PwIndicator *indicator;
  guint column;
  char *text;
} PendingEdit;

/* The progress of the rows last drawn: each row's cells would otherwise
 * compute it once each. Valid while the generation has not moved on. */
#define N_CACHED_PROGRESS 256

typedef struct
{
  PwIndicator *indicator; /* unowned: compared, never used */
  guint generation;
  PwProgress progress;
} CachedProgress;

struct _PwIndicatorGrid
{
  PwPlanPage parent_instance;

  /* Template widgets */
  PwIndicatorFilterBar *filter_bar;
  GtkLabel *count_label;
  GtkColumnView *view;
  GtkColumnView *frozen_view; /* the first columns, which never scroll sideways */
  GtkScrolledWindow *frozen_scrolled;
  GtkScrolledWindow *scrolled;
  guint sync_tick;           /* passes one view's position on to the other */
  gboolean sync_from_frozen;
  gboolean syncing;
  guint snap_tick;           /* scrolls sideways by whole columns */
  guint snap_ticks;
  double snap_value;         /* where the last sideways scroll ended */
  guint scroll_tick;         /* brings the cursor's column back into view */
  guint scroll_ticks;
  guint scroll_row;
  guint scroll_column;
  guint rows_tick;           /* makes the views' rows beyond the first screen */
  guint rows_ticks;
  GdkFrameClock *keep_clock; /* puts the views back where they were once a row */
  gulong keep_handler;       /* came or went is laid out */
  double kept_value;

  /* Owned */
  GSettings *settings; /* NULL without the compiled schema */
  GtkFilterListModel *filter_model;
  GtkSortListModel *sort_model;
  GtkNoSelection *selection; /* the grid draws its own: the cursor and the range */
  GtkSliceListModel *view_slice; /* the rows the views have: the first screen's, then all */
  GtkNoSelection *view_rows;
  GtkCustomFilter *filter;
  GPtrArray *columns; /* of GridColumn */
  GPtrArray *cells;   /* every PwGridCell set up, bound or not */
  GtkIMContext *im_context;
  GtkIMContext *frozen_im_context;
  GMenuModel *cell_menu; /* the cells' context menu, above Add Comment */
  GSignalGroup *plan_signals;
  GSignalGroup *threshold_signals;
  GSignalGroup *comment_signals; /* on the plan's list of comments */
  GHashTable *changed;  /* "ID\nCOLUMN" of the cells changed since a version compared, or NULL */
  PendingEdit *pending;
  guint pending_source;
  char *kept_text;      /* the cell's text before the open edit was kept for the draft */
  guint refresh_source;

  /* Borrowed */
  PwPlan *plan; /* pw_plan_page_get_plan(), kept by page_plan_changed() */
  PwGridCell *editing_cell;
  PwIndicator *adding;  /* the row Add Indicator added, whose name is being typed */
  guint64 adding_state; /* the history's state once it was added (and its name typed) */

  /* Template widgets, under the view */
  GtkLabel *reason_label;

  /* The cursor and the range (pw-grid-sheet.c) */
  PwGridSheet sheet;

  guint generation; /* moves on whenever the model changes */
  CachedProgress progress_cache[N_CACHED_PROGRESS];
};


void         pw_indicator_grid_compute_progress (PwIndicatorGrid *self,
                                                 PwIndicator     *indicator,
                                                 PwProgress      *progress);

/* pw-indicator-grid.c */
guint        pw_indicator_grid_n_rows           (PwIndicatorGrid *self);
void         pw_indicator_grid_show_all_rows    (PwIndicatorGrid *self);
PwIndicator *pw_indicator_grid_row              (PwIndicatorGrid *self,
                                                 guint            row);
GridColumn  *pw_indicator_grid_column           (PwIndicatorGrid *self,
                                                 guint            index);
gboolean     pw_indicator_grid_store            (PwIndicatorGrid *self,
                                                 PwIndicator     *indicator,
                                                 GridColumn      *column,
                                                 const char      *text);
void         pw_indicator_grid_refresh          (PwIndicatorGrid *self);
void         pw_indicator_grid_mark_cursor      (PwIndicatorGrid *self);
guint        pw_indicator_grid_source_position  (PwIndicatorGrid *self,
                                                 PwIndicator     *indicator);

/* pw-indicator-grid-edit.c: what acts on the range */
void         pw_indicator_grid_clear_range      (PwIndicatorGrid *self);
void         pw_indicator_grid_fill_down        (PwIndicatorGrid *self);
void         pw_indicator_grid_copy             (PwIndicatorGrid *self,
                                                 gboolean         cut);
void         pw_indicator_grid_paste            (PwIndicatorGrid *self);

/* pw-indicator-grid.c */
gboolean pw_indicator_grid_apply_edit (PwIndicatorGrid *self,
                                       PwIndicator     *indicator,
                                       GridColumn      *column,
                                       const char      *text);
gboolean pw_indicator_grid_cell_comment_target (GtkWidget  *widget,
                                                double      x,
                                                double      y,
                                                gpointer    data,
                                                char      **target,
                                                int        *year,
                                                int        *paragraph);
gboolean pw_indicator_grid_cell_is_changed (PwIndicatorGrid *self,
                                            GridColumn      *column,
                                            PwIndicator     *indicator);
gboolean pw_indicator_grid_cell_is_invalid (GridColumn  *column,
                                            PwIndicator *indicator);
char * pw_indicator_grid_cell_text (PwIndicatorGrid *self,
                                    GridColumn      *column,
                                    PwIndicator     *indicator);
char * pw_indicator_grid_cell_tooltip (PwIndicatorGrid *self,
                                       GridColumn      *column,
                                       PwIndicator     *indicator);
PwValue * pw_indicator_grid_cell_value (GridColumn  *column,
                                        PwIndicator *indicator);
gboolean pw_indicator_grid_column_is_editable (GridColumn *column);
const char * pw_indicator_grid_column_title (GridColumn *column);
char * pw_indicator_grid_edit_text (PwIndicatorGrid *self,
                                    GridColumn      *column,
                                    PwIndicator     *indicator);
PwGridCell * pw_indicator_grid_find_cell (PwIndicatorGrid *self,
                                          guint            row,
                                          guint            column);
void pw_indicator_grid_model_changed (PwIndicatorGrid *self);
void pw_indicator_grid_refresh_cells (PwIndicatorGrid *self);

/* pw-indicator-grid-cursor.c */
void pw_indicator_grid_extend_range (PwIndicatorGrid *self,
                                     int              row,
                                     int              column);
void pw_indicator_grid_scroll_to_cursor (PwIndicatorGrid *self);
void pw_indicator_grid_place_cursor (PwIndicatorGrid *self,
                                     guint            row,
                                     guint            column,
                                     gboolean         scroll);
void pw_indicator_grid_update_reason (PwIndicatorGrid *self);
void pw_indicator_grid_snap_columns (GtkAdjustment   *adjustment,
                                     PwIndicatorGrid *self);

/* pw-indicator-grid-keys.c */
void pw_indicator_grid_commit_editing (PwIndicatorGrid *self);
void pw_indicator_grid_im_commit (GtkIMContext    *context,
                                  const char      *text,
                                  PwIndicatorGrid *self);
gboolean pw_indicator_grid_key_pressed (GtkEventControllerKey *controller,
                                        guint                  keyval,
                                        guint                  keycode,
                                        GdkModifierType        state,
                                        PwIndicatorGrid       *self);
gboolean pw_indicator_grid_begin_editing (PwIndicatorGrid *self,
                                          const char      *text);
void pw_indicator_grid_stop_editing (PwIndicatorGrid *self);
void pw_indicator_grid_cancel_editing (PwIndicatorGrid *self);
gboolean pw_indicator_grid_try_commit (PwIndicatorGrid *self);

/* pw-indicator-grid-actions.c */
GMenuModel *pw_indicator_grid_new_cell_menu (void);

/* pw-indicator-grid-cells.c */
void pw_indicator_grid_commit_pending (PwIndicatorGrid *self);
void pw_indicator_grid_rebuild_columns (PwIndicatorGrid *self);
void pw_indicator_grid_add_cell_gestures (PwIndicatorGrid *self);
void pw_indicator_grid_release_cells (PwIndicatorGrid *self);
void pw_indicator_grid_refresh_cell (PwGridCell *cell);

/* pw-indicator-grid-actions.c */
void pw_indicator_grid_add_actions (GtkWidgetClass *widget_class);
void pw_indicator_grid_show_row_of (PwIndicatorGrid *self,
                                    PwIndicator     *indicator);
PwIndicator *pw_indicator_grid_new_row (PwIndicatorGrid *self,
                                        PwIndicator     *current,
                                        guint           *position);
void pw_indicator_grid_update_actions (PwIndicatorGrid *self);

G_END_DECLS
