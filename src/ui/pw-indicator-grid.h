/* pw-indicator-grid.h: the editable grid of a plan's indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan-page.h"

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_INDICATOR_GRID (pw_indicator_grid_get_type ())

G_DECLARE_FINAL_TYPE (PwIndicatorGrid, pw_indicator_grid, PW, INDICATOR_GRID, PwPlanPage)

GtkWidget   *pw_indicator_grid_new              (void);
GListModel  *pw_indicator_grid_get_rows         (PwIndicatorGrid *self);
int          pw_indicator_grid_find_column      (PwIndicatorGrid *self,
                                                 const char      *key);
void         pw_indicator_grid_set_cursor       (PwIndicatorGrid *self,
                                                 guint            row,
                                                 guint            column);
void         pw_indicator_grid_select           (PwIndicatorGrid *self,
                                                 guint            row,
                                                 guint            column,
                                                 guint            end_row,
                                                 guint            end_column);
void         pw_indicator_grid_get_cursor       (PwIndicatorGrid *self,
                                                 guint           *row,
                                                 guint           *column);
gboolean     pw_indicator_grid_start_editing    (PwIndicatorGrid *self,
                                                 const char      *text);
GtkEditable *pw_indicator_grid_get_editor       (PwIndicatorGrid *self);
void         pw_indicator_grid_keep_editing     (PwIndicatorGrid *self);
char        *pw_indicator_grid_get_cell_text    (PwIndicatorGrid *self,
                                                 guint            row,
                                                 guint            column);
void         pw_indicator_grid_show_indicator   (PwIndicatorGrid *self,
                                                 PwIndicator     *indicator);
void         pw_indicator_grid_set_changes      (PwIndicatorGrid *self,
                                                 GListModel      *changes);
gboolean     pw_indicator_grid_is_changed       (PwIndicatorGrid *self,
                                                 guint            row,
                                                 guint            column);

G_END_DECLS
