/* pw-grid-cell.h: one cell of a grid, shown or edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PW_TYPE_GRID_CELL (pw_grid_cell_get_type ())

G_DECLARE_FINAL_TYPE (PwGridCell, pw_grid_cell, PW, GRID_CELL, GtkWidget)

GtkWidget   *pw_grid_cell_new           (guint        column,
                                         GtkWidget   *grid);
GtkWidget   *pw_grid_cell_get_grid      (PwGridCell  *self);
guint        pw_grid_cell_get_column    (PwGridCell  *self);
GtkListItem *pw_grid_cell_get_list_item (PwGridCell  *self);
void         pw_grid_cell_set_list_item (PwGridCell  *self,
                                         GtkListItem *list_item);
gpointer     pw_grid_cell_get_item      (PwGridCell  *self);
void         pw_grid_cell_follow_item   (PwGridCell  *self,
                                         GCallback    changed,
                                         const char  *also,
                                         void       (*show) (PwGridCell *cell));
void         pw_grid_cell_unfollow_item (PwGridCell  *self,
                                         gpointer     item,
                                         GCallback    changed,
                                         void       (*show) (PwGridCell *cell));
void         pw_grid_cell_set_text      (PwGridCell  *self,
                                         const char  *text);
void         pw_grid_cell_start_editing (PwGridCell  *self,
                                         const char  *text,
                                         gboolean     select_all);
gboolean     pw_grid_cell_is_editing    (PwGridCell  *self);
gboolean     pw_grid_cell_has_popup     (PwGridCell  *self);
const char  *pw_grid_cell_get_edit_text (PwGridCell  *self);
int          pw_grid_cell_get_text_width (PwGridCell *self);
gboolean     pw_grid_cell_is_text_cut   (PwGridCell  *self);
void         pw_grid_cell_stop_editing  (PwGridCell  *self);
GtkWidget   *pw_grid_cell_get_editor    (PwGridCell  *self);
void         pw_grid_cell_set_choices   (PwGridCell         *self,
                                         const char * const *choices);
void         pw_grid_cell_popup_choices (PwGridCell  *self);
GtkWidget   *pw_grid_cell_get_choices_popover (PwGridCell *self);
void         pw_grid_cell_set_class     (PwGridCell  *self,
                                         const char  *name,
                                         gboolean     on);
void         pw_grid_cell_set_column_class (PwGridCell *self,
                                            const char *name);

G_END_DECLS
