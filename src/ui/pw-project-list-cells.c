/* pw-project-list-cells.c: the cells of a 专栏's project list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each column's factory makes PwGridCells: a cell shows its project's field
 * (the description's first paragraph), the cursor, the range and a
 * reviewer's comment on the project; a click places the cursor or extends
 * the range, a right click comments on the project; its tooltip gives the
 * whole text. A cell rebound while it is edited stores what was typed.
 */

#define G_LOG_DOMAIN "pw-project-list"

#include "config.h"

#include "pw-project-list-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pw-comment-menu.h"
#include "pw-style.h"

/* Whether a reviewer's comment is on the project. */
static gboolean
is_commented (PwProjectList *self,
              PwProject     *project)
{
  GListModel *comments = self->plan != NULL ? pw_plan_get_comments (self->plan) : NULL;
  const char *id = pw_object_get_id (PW_OBJECT (project));

  for (guint i = 0; id != NULL && comments != NULL && i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (comments, i);

      if (g_strcmp0 (pw_comment_get_target (comment), id) == 0)
        return TRUE;
    }
  return FALSE;
}


void
pw_project_list_refresh_cell (PwGridCell *cell)
{
  PwProjectList *self = PW_PROJECT_LIST (pw_grid_cell_get_grid (cell));
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwProject *project = pw_grid_cell_get_item (cell);
  guint column = pw_grid_cell_get_column (cell);
  guint row;
  g_autofree char *text = NULL;

  if (project == NULL || cell == self->editing_cell)
    return;

  text = pw_project_list_columns[column].get_text (self, project, 0);
  if (text != NULL && g_str_equal (pw_project_list_columns[column].key, "description"))
    /* its first paragraph; the whole in the tooltip and the popover */
    text[strcspn (text, "\n")] = '\0';
  pw_grid_cell_set_text (cell, text);

  row = gtk_list_item_get_position (item);
  pw_grid_cell_set_class (cell, "cursor", self->has_cursor && row == self->sheet.row && column == self->sheet.column);
  pw_grid_cell_set_class (cell, "selected", self->has_cursor && !pw_grid_sheet_is_one_cell (&self->sheet) &&
                                            pw_grid_sheet_in_range (&self->sheet, row, column));
  if (g_str_equal (pw_project_list_columns[column].key, "name"))
    pw_grid_cell_set_class (cell, "commented", is_commented (self, project));
}

static gboolean
cell_query_tooltip (PwGridCell *cell,
                    int         x,
                    int         y,
                    gboolean    keyboard,
                    GtkTooltip *tooltip)
{
  PwProjectList *self = PW_PROJECT_LIST (pw_grid_cell_get_grid (cell));
  PwProject *project = pw_grid_cell_get_item (cell);
  g_autofree char *text = NULL;

  if (project == NULL || pw_grid_cell_has_popup (cell))
    return FALSE;
  /* the whole text of a cell too narrow for it */
  text = pw_project_list_columns[pw_grid_cell_get_column (cell)].get_text (self, project, 0);
  return pw_tooltip_show_text (tooltip, text);
}

static void
cell_pressed (GtkGestureClick *gesture,
              int              n_press,
              double           x,
              double           y,
              PwGridCell      *cell)
{
  PwProjectList *self = PW_PROJECT_LIST (pw_grid_cell_get_grid (cell));

  if (cell == self->editing_cell)
    return;
  pw_project_list_set_has_cursor (self, TRUE);
  pw_grid_sheet_cell_pressed (&self->sheet, cell, gesture, n_press, GTK_WIDGET (self->view));
}

/* A right click on a project's cell comments on the project; the cell
 * becomes the cursor, as in a spreadsheet. */
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
  PwProjectList *self = PW_PROJECT_LIST (pw_grid_cell_get_grid (cell));
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwProject *project = pw_grid_cell_get_item (cell);

  if (project == NULL || pw_object_get_id (PW_OBJECT (project)) == NULL || cell == self->editing_cell)
    return FALSE;
  pw_project_list_place_cursor (self, gtk_list_item_get_position (item), pw_grid_cell_get_column (cell), FALSE);
  pw_project_list_set_has_cursor (self, TRUE);
  *target = g_strdup (pw_object_get_id (PW_OBJECT (project)));
  *year = *paragraph = 0;
  return TRUE;
}

/* GTK 4.8 lets go of a list item's child before "teardown", so a cell
 * leaves the list's array when it is destroyed. */
static void
cell_destroyed (PwProjectList *self,
                PwGridCell    *cell)
{
  if (self->cells != NULL)
    g_ptr_array_remove_fast (self->cells, cell);
  if (cell == self->editing_cell)
    self->editing_cell = NULL;
}

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            PwProjectList            *self)
{
  guint index = 0;
  GtkWidget *cell;
  GtkGesture *click = gtk_gesture_click_new ();
  g_autofree char *name = NULL;

  while (index < PW_PROJECT_LIST_N_COLUMNS - 1 && self->factories[index] != GTK_LIST_ITEM_FACTORY (factory))
    index++;
  cell = pw_grid_cell_new (index, GTK_WIDGET (self));
  name = g_strconcat ("pw-project-", pw_project_list_columns[index].key, NULL);
  gtk_widget_add_css_class (cell, name);
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (cell_query_tooltip), NULL);
  g_signal_connect (click, "pressed", G_CALLBACK (cell_pressed), cell);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));
  pw_comment_menu_attach (cell, cell_comment_target, NULL);
  g_signal_connect_object (cell, "chosen", G_CALLBACK (pw_project_list_try_commit), self, G_CONNECT_SWAPPED);

  gtk_list_item_set_child (list_item, cell);
  pw_grid_cell_set_list_item (PW_GRID_CELL (cell), list_item);
  g_ptr_array_add (self->cells, cell);
  g_signal_connect_object (cell, "destroy", G_CALLBACK (cell_destroyed), self, G_CONNECT_SWAPPED);
}

static void
project_changed (PwGridCell *cell)
{
  PwProjectList *self = PW_PROJECT_LIST (pw_grid_cell_get_grid (cell));

  pw_project_list_refresh_cell (cell);
  if (g_str_equal (pw_project_list_columns[pw_grid_cell_get_column (cell)].key, "investment"))
    pw_project_list_update_summary (self);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           PwProjectList            *self)
{
  pw_grid_cell_follow_item (PW_GRID_CELL (gtk_list_item_get_child (list_item)), G_CALLBACK (project_changed),
                            NULL, pw_project_list_refresh_cell);
}

static void
cell_unbind (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PwProjectList            *self)
{
  PwGridCell *cell = PW_GRID_CELL (gtk_list_item_get_child (list_item));
  PwProject *project = gtk_list_item_get_item (list_item);

  pw_grid_cell_unfollow_item (cell, project, G_CALLBACK (project_changed), pw_project_list_refresh_cell);

  /* rebound while editing: what was typed is kept (a project's field
   * changes, not the list) */
  if (cell == self->editing_cell)
    {
      g_autofree char *text = g_strdup (pw_grid_cell_get_edit_text (cell));

      self->editing_cell = NULL;
      pw_grid_cell_stop_editing (cell);
      pw_project_list_store (self, project, pw_grid_cell_get_column (cell), text);
    }
}

void
pw_project_list_add_columns (PwProjectList *self)
{
  for (guint i = 0; i < PW_PROJECT_LIST_N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      self->factories[i] = factory;
      g_signal_connect_object (factory, "setup", G_CALLBACK (cell_setup), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (cell_bind), self, 0);
      g_signal_connect_object (factory, "unbind", G_CALLBACK (cell_unbind), self, 0);
      column = gtk_column_view_column_new (_(pw_project_list_columns[i].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, pw_project_list_columns[i].width);
      gtk_column_view_column_set_expand (column, (pw_project_list_columns[i].flags & PW_GRID_COLUMN_EXPAND) != 0);
      gtk_column_view_append_column (self->view, column);
    }
}
