/* pw-grid-cell.c: one cell of a grid, shown or edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cell shows its text in a GtkInscription, which is cheap to bind when a
 * grid of 100,000 rows scrolls. While edited it shows a GtkText on top; the
 * grid decides when editing starts and ends and what the text means.
 */

#define G_LOG_DOMAIN "pw-grid-cell"

#include "config.h"

#include "pw-grid-cell.h"

struct _PwGridCell
{
  GtkWidget parent_instance;

  /* Owned */
  GtkWidget *inscription;
  GtkWidget *editor; /* a GtkText while editing, else NULL */

  /* Borrowed */
  GtkListItem *list_item;

  guint column;
};

G_DEFINE_FINAL_TYPE (PwGridCell, pw_grid_cell, GTK_TYPE_WIDGET)

/* GtkWidget overrides */

/* A cell asks for no size of its own: its column has a fixed width and the
 * style sheet gives its height (min-height). Measuring the text of every
 * cell of every row shown, on every frame of scrolling, is what a grid of
 * 100,000 rows cannot afford. */
static void
pw_grid_cell_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = *natural = 0;
}

static void
pw_grid_cell_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  PwGridCell *self = PW_GRID_CELL (widget);

  if (self->editor != NULL)
    gtk_widget_allocate (self->editor, width, height, -1, NULL);
  gtk_widget_allocate (self->inscription, width, height, -1, NULL);
}

/* GObject overrides */

static void
pw_grid_cell_dispose (GObject *object)
{
  PwGridCell *self = (PwGridCell *) object;

  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->inscription, gtk_widget_unparent);

  G_OBJECT_CLASS (pw_grid_cell_parent_class)->dispose (object);
}

static void
pw_grid_cell_class_init (PwGridCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_grid_cell_dispose;

  widget_class->measure = pw_grid_cell_measure;
  widget_class->size_allocate = pw_grid_cell_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "pwgridcell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_CELL);
}

static void
pw_grid_cell_init (PwGridCell *self)
{
  self->inscription = gtk_inscription_new (NULL);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (self->inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (self->inscription), 2);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (self->inscription), 8);
  gtk_widget_set_parent (self->inscription, GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
pw_grid_cell_new (guint column)
{
  PwGridCell *self = g_object_new (PW_TYPE_GRID_CELL, NULL);

  self->column = column;
  return GTK_WIDGET (self);
}

guint
pw_grid_cell_get_column (PwGridCell *self)
{
  g_return_val_if_fail (PW_IS_GRID_CELL (self), 0);

  return self->column;
}

/**
 * pw_grid_cell_get_list_item:
 * @self: a cell
 *
 * Returns: (transfer none) (nullable): the list item the cell is bound to
 */
GtkListItem *
pw_grid_cell_get_list_item (PwGridCell *self)
{
  g_return_val_if_fail (PW_IS_GRID_CELL (self), NULL);

  return self->list_item;
}

void
pw_grid_cell_set_list_item (PwGridCell  *self,
                            GtkListItem *list_item)
{
  g_return_if_fail (PW_IS_GRID_CELL (self));

  self->list_item = list_item;
}

void
pw_grid_cell_set_text (PwGridCell *self,
                       const char *text)
{
  g_return_if_fail (PW_IS_GRID_CELL (self));

  gtk_inscription_set_text (GTK_INSCRIPTION (self->inscription), text);
}

/**
 * pw_grid_cell_start_editing:
 * @self: a cell
 * @text: the text to edit
 * @select_all: whether to select it (F2 keeps it, typing replaces it)
 *
 * Shows an editor over the cell and gives it the focus.
 */
void
pw_grid_cell_start_editing (PwGridCell *self,
                            const char *text,
                            gboolean    select_all)
{
  g_return_if_fail (PW_IS_GRID_CELL (self));

  if (self->editor == NULL)
    {
      self->editor = gtk_text_new ();
      gtk_widget_add_css_class (self->editor, "pw-cell-editor");
      gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
      gtk_widget_set_visible (self->inscription, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "editing");
    }

  gtk_editable_set_text (GTK_EDITABLE (self->editor), text ? text : "");
  gtk_widget_grab_focus (self->editor);
  if (select_all)
    gtk_editable_select_region (GTK_EDITABLE (self->editor), 0, -1);
  else
    gtk_editable_set_position (GTK_EDITABLE (self->editor), -1);
}

gboolean
pw_grid_cell_is_editing (PwGridCell *self)
{
  g_return_val_if_fail (PW_IS_GRID_CELL (self), FALSE);

  return self->editor != NULL;
}

/**
 * pw_grid_cell_get_edit_text:
 * @self: a cell being edited
 *
 * Returns: (nullable): the text in the editor
 */
const char *
pw_grid_cell_get_edit_text (PwGridCell *self)
{
  g_return_val_if_fail (PW_IS_GRID_CELL (self), NULL);

  return self->editor ? gtk_editable_get_text (GTK_EDITABLE (self->editor)) : NULL;
}

/**
 * pw_grid_cell_get_editor:
 * @self: a cell
 *
 * Returns: (transfer none) (nullable): the editor while editing
 */
GtkWidget *
pw_grid_cell_get_editor (PwGridCell *self)
{
  g_return_val_if_fail (PW_IS_GRID_CELL (self), NULL);

  return self->editor;
}

void
pw_grid_cell_stop_editing (PwGridCell *self)
{
  g_return_if_fail (PW_IS_GRID_CELL (self));

  if (self->editor == NULL)
    return;

  g_clear_pointer (&self->editor, gtk_widget_unparent);
  gtk_widget_set_visible (self->inscription, TRUE);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "editing");
}
