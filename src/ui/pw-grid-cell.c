/* pw-grid-cell.c: one cell of a grid, shown or edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cell shows its text in a GtkInscription, which is cheap to bind when a
 * grid of 100,000 rows scrolls. While edited it shows a GtkText on top; the
 * grid decides when editing starts and ends and what the text means. A cell
 * with choices (约束性/预期性, the state of a qualitative target) shows a
 * button beside its editor that lists them (Alt+Down too); typing still
 * works. A choice made fills the editor and says so ("chosen").
 *
 * The cells of the indicator grid and of the 专栏 project lists are all
 * PwGridCells (the project list's name cell of old is one). A cell knows
 * its column and the grid or list that holds it (pw_grid_cell_get_grid()),
 * typed fields rather than object data.
 *
 * Built in C rather than from a template, a reason given as STYLE.md asks:
 * a grid makes thousands of cells (3,650 for GTK 4.8's first 200 rows of
 * each view), and a template builds each through a GtkBuilder. Measured in
 * one run (10,000 widgets with one GtkInscription child, best of seven
 * rounds, processor time, three runs each): 11.4-12.2 µs a cell in C,
 * 16.9-27.0 µs from a template. What a cell has beyond its inscription
 * (the editor, the choices' button and list) is made when editing starts.
 */

#define G_LOG_DOMAIN "pw-grid-cell"

#include "config.h"

#include "pw-grid-cell.h"

#include <glib/gi18n.h>

struct _PwGridCell
{
  GtkWidget parent_instance;

  /* Owned */
  GtkWidget *inscription;
  GtkWidget *editor; /* a GtkText while editing, else NULL */
  GtkWidget *choices_button; /* while editing a cell with choices */
  GtkWidget *popover;

  /* Borrowed */
  GtkListItem *list_item;
  GtkWidget *grid; /* the grid or the project list that holds the cell */

  guint column;
  const char *column_class; /* static: the class its column gives it now */
};

enum {
  CHOSEN,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PwGridCell, pw_grid_cell, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

/* Callbacks */

/* Shown again (its row scrolled to, laid out anew): while the row was not
 * shown the window handed its focus on, to a row of the grid; it is the
 * editor's again. A focus the user put elsewhere stays there. */
static void
editor_mapped (GtkWidget *editor)
{
  GtkRoot *root = gtk_widget_get_root (editor);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL ||
      (!GTK_IS_EDITABLE (focus) && gtk_widget_get_ancestor (focus, GTK_TYPE_COLUMN_VIEW) != NULL))
    gtk_widget_grab_focus (editor);
}

static void
choice_activated (PwGridCell    *self,
                  GtkListBoxRow *row)
{
  GtkWidget *label = gtk_list_box_row_get_child (row);

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  if (self->editor == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->editor), gtk_label_get_label (GTK_LABEL (label)));
  g_signal_emit (self, signals[CHOSEN], 0);
}

static void
choices_clicked (PwGridCell *self)
{
  pw_grid_cell_popup_choices (self);
}

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
  int button = 0;

  if (self->choices_button != NULL)
    {
      gtk_widget_measure (self->choices_button, GTK_ORIENTATION_HORIZONTAL, -1, &button, NULL, NULL, NULL);
      button = MIN (button, width / 2);
      gtk_widget_allocate (self->choices_button, button, height,
                           -1, gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width - button, 0)));
    }
  if (self->editor != NULL)
    gtk_widget_allocate (self->editor, width - button, height, -1, NULL);
  gtk_widget_allocate (self->inscription, width, height, -1, NULL);
  /* its choices, and the context menu of pw-comment-menu.c: a popover is
   * sized when its parent presents it, or it keeps the height it had at
   * first (the menu's last item, Add Comment, was cut off) */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      gtk_popover_present (GTK_POPOVER (child));
}

/* Its popovers (its choices, its context menu) closed before the window
 * goes: a window destroyed with one open left GDK the dead popup's surface
 * as the one under the pointer, which the next window's tooltip asked for
 * the pointer's position (Gdk-CRITICAL). */
static void
pw_grid_cell_unmap (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      gtk_popover_popdown (GTK_POPOVER (child));

  GTK_WIDGET_CLASS (pw_grid_cell_parent_class)->unmap (widget);
}

/* GObject overrides */

static void
pw_grid_cell_dispose (GObject *object)
{
  PwGridCell *self = (PwGridCell *) object;

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->choices_button, gtk_widget_unparent);
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
  widget_class->unmap = pw_grid_cell_unmap;

  /**
   * PwGridCell::chosen:
   *
   * A choice from the cell's list was put in its editor.
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

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

/**
 * pw_grid_cell_new:
 * @column: the index of the cell's column in @grid
 * @grid: the grid or list whose cell it is (a #PwIndicatorGrid, a
 *   #PwProjectList), which holds it
 *
 * Returns: (transfer floating): a cell
 */
GtkWidget *
pw_grid_cell_new (guint      column,
                  GtkWidget *grid)
{
  PwGridCell *self = g_object_new (PW_TYPE_GRID_CELL, NULL);

  self->column = column;
  self->grid = grid;
  return GTK_WIDGET (self);
}

/**
 * pw_grid_cell_get_grid:
 * @self: a cell
 *
 * Returns: (transfer none): the grid or list whose cell it is
 */
GtkWidget *
pw_grid_cell_get_grid (PwGridCell *self)
{
  g_return_val_if_fail (PW_IS_GRID_CELL (self), NULL);

  return self->grid;
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

/**
 * pw_grid_cell_get_item:
 * @self: a cell
 *
 * Returns: (transfer none) (nullable): the object of the cell's row (an
 *   indicator, a project), or %NULL while the cell is not bound
 */
gpointer
pw_grid_cell_get_item (PwGridCell *self)
{
  g_return_val_if_fail (PW_IS_GRID_CELL (self), NULL);

  return self->list_item != NULL ? gtk_list_item_get_item (self->list_item) : NULL;
}

/**
 * pw_grid_cell_follow_item:
 * @self: a cell, just bound to its row
 * @changed: called with the cell when the row's object notifies a property
 *   or emits @also
 * @also: (nullable): a signal of the object that changes the cell too
 * @show: shows the cell: called now, and whenever the row moves
 *
 * What the "bind" of a column's factory does in every grid: the cell
 * follows its row's object until pw_grid_cell_unfollow_item().
 */
void
pw_grid_cell_follow_item (PwGridCell  *self,
                          GCallback    changed,
                          const char  *also,
                          void       (*show) (PwGridCell *cell))
{
  gpointer item = pw_grid_cell_get_item (self);

  g_return_if_fail (G_IS_OBJECT (item));

  show (self);
  g_signal_connect_swapped (item, "notify", changed, self);
  if (also != NULL)
    g_signal_connect_swapped (item, also, changed, self);
  g_signal_connect_swapped (self->list_item, "notify::position", G_CALLBACK (show), self);
}

/**
 * pw_grid_cell_unfollow_item:
 * @self: a cell, being unbound
 * @item: the object of its row
 * @changed: as given to pw_grid_cell_follow_item()
 * @show: as given to pw_grid_cell_follow_item()
 *
 * What the "unbind" of a column's factory does: undoes
 * pw_grid_cell_follow_item().
 */
void
pw_grid_cell_unfollow_item (PwGridCell  *self,
                            gpointer     item,
                            GCallback    changed,
                            void       (*show) (PwGridCell *cell))
{
  g_return_if_fail (PW_IS_GRID_CELL (self));
  g_return_if_fail (G_IS_OBJECT (item));

  g_signal_handlers_disconnect_by_func (item, changed, self);
  g_signal_handlers_disconnect_by_func (self->list_item, show, self);
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
      g_signal_connect (self->editor, "map", G_CALLBACK (editor_mapped), NULL);
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

/**
 * pw_grid_cell_has_popup:
 * @self: a cell
 *
 * Returns: whether a popover of the cell is open (its context menu, its
 *   choices): the cell's tooltip then stays hidden, not drawn over it
 */
gboolean
pw_grid_cell_has_popup (PwGridCell *self)
{
  g_return_val_if_fail (PW_IS_GRID_CELL (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      return TRUE;
  return FALSE;
}

gboolean
pw_grid_cell_is_editing (PwGridCell *self)
{
  g_return_val_if_fail (PW_IS_GRID_CELL (self), FALSE);

  return self->editor != NULL;
}

/**
 * pw_grid_cell_get_text_width:
 * @self: a cell
 *
 * The width the cell's text takes on one line (its widest line), in its
 * font: what fitting its column to its content needs, measured only then
 * (the cell itself asks for no width).
 *
 * Returns: the width in pixels
 */
int
pw_grid_cell_get_text_width (PwGridCell *self)
{
  const char *text;
  g_autoptr(PangoLayout) layout = NULL;
  int width = 0;

  g_return_val_if_fail (PW_IS_GRID_CELL (self), 0);

  text = gtk_inscription_get_text (GTK_INSCRIPTION (self->inscription));
  if (text == NULL || *text == '\0')
    return 0;
  layout = gtk_widget_create_pango_layout (self->inscription, text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/**
 * pw_grid_cell_is_text_cut:
 * @self: a cell
 *
 * Returns: whether the cell's text is longer than the cell shows, in the
 *   lines its height holds (it ends in …)
 */
gboolean
pw_grid_cell_is_text_cut (PwGridCell *self)
{
  const char *text;
  g_autoptr(PangoLayout) layout = NULL;
  int width, height;

  g_return_val_if_fail (PW_IS_GRID_CELL (self), FALSE);

  text = gtk_inscription_get_text (GTK_INSCRIPTION (self->inscription));
  if (text == NULL || *text == '\0')
    return FALSE;
  layout = gtk_widget_create_pango_layout (self->inscription, text);
  pango_layout_set_width (layout, MAX (gtk_widget_get_width (self->inscription), 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, gtk_inscription_get_wrap_mode (GTK_INSCRIPTION (self->inscription)));
  pango_layout_get_pixel_size (layout, &width, &height);
  return width > gtk_widget_get_width (self->inscription) || height > gtk_widget_get_height (self->inscription);
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

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->choices_button, gtk_widget_unparent);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  gtk_widget_set_visible (self->inscription, TRUE);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "editing");
}

/**
 * pw_grid_cell_set_choices:
 * @self: a cell being edited
 * @choices: (nullable) (array zero-terminated=1): the choices to list
 *
 * Shows a button beside the editor that lists @choices.
 */
void
pw_grid_cell_set_choices (PwGridCell         *self,
                          const char * const *choices)
{
  GtkWidget *list;

  g_return_if_fail (PW_IS_GRID_CELL (self));
  g_return_if_fail (self->editor != NULL);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->choices_button, gtk_widget_unparent);
  if (choices == NULL || choices[0] == NULL)
    return;

  self->choices_button = gtk_button_new_from_icon_name ("pan-down-symbolic");
  gtk_widget_add_css_class (self->choices_button, "flat");
  gtk_widget_add_css_class (self->choices_button, "pw-cell-choices");
  gtk_widget_set_focusable (self->choices_button, FALSE);
  gtk_widget_set_tooltip_text (self->choices_button, _("Choose (Alt+Down)"));
  g_signal_connect_swapped (self->choices_button, "clicked", G_CALLBACK (choices_clicked), self);
  gtk_widget_set_parent (self->choices_button, GTK_WIDGET (self));

  list = gtk_list_box_new ();
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  for (guint i = 0; choices[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (choices[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
    }
  g_signal_connect_swapped (list, "row-activated", G_CALLBACK (choice_activated), self);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), list);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * pw_grid_cell_popup_choices:
 * @self: a cell being edited, with choices
 *
 * Opens the list of choices, the one typed selected, for the keyboard.
 */
void
pw_grid_cell_popup_choices (PwGridCell *self)
{
  GtkListBox *list;
  const char *text;

  g_return_if_fail (PW_IS_GRID_CELL (self));

  if (self->popover == NULL)
    return;

  list = GTK_LIST_BOX (gtk_popover_get_child (GTK_POPOVER (self->popover)));
  text = self->editor ? gtk_editable_get_text (GTK_EDITABLE (self->editor)) : NULL;
  gtk_popover_popup (GTK_POPOVER (self->popover));
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (i == 0 || g_strcmp0 (gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (row))), text) == 0)
        {
          gtk_list_box_select_row (list, row);
          gtk_widget_grab_focus (GTK_WIDGET (row));
        }
    }
}

/**
 * pw_grid_cell_get_choices_popover:
 * @self: a cell
 *
 * Returns: (transfer none) (nullable): the popover listing the choices
 */
GtkWidget *
pw_grid_cell_get_choices_popover (PwGridCell *self)
{
  g_return_val_if_fail (PW_IS_GRID_CELL (self), NULL);

  return self->popover;
}

/**
 * pw_grid_cell_set_class:
 * @self: a cell
 * @name: a style class: "cursor", "selected", "invalid" …
 * @on: whether the cell has it
 */
void
pw_grid_cell_set_class (PwGridCell *self,
                        const char *name,
                        gboolean    on)
{
  g_return_if_fail (PW_IS_GRID_CELL (self));

  if (on)
    gtk_widget_add_css_class (GTK_WIDGET (self), name);
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), name);
}

/**
 * pw_grid_cell_set_column_class:
 * @self: a cell
 * @name: (nullable): the static name of the class its column gives the
 *   cell for its row now (a status, a nature), or %NULL for none
 *
 * Replaces the class the column gave the cell before; the cell's style
 * changes only when the class does, since a class change restyles it.
 */
void
pw_grid_cell_set_column_class (PwGridCell *self,
                               const char *name)
{
  g_return_if_fail (PW_IS_GRID_CELL (self));

  if (self->column_class == name)
    return;

  if (self->column_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->column_class);
  if (name != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), name);
  self->column_class = name;
}
