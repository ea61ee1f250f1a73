/* pw-comment-menu.c: the context menu that comments on a thing of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A right click (or a long press) on a grid cell, an outline entry, a
 * project row or a paragraph offers Add Comment on what is under the
 * pointer; the Menu key or Shift+F10 on the grids' cursor, on its cell
 * (pw_comment_menu_key()). The menu's item is the window's action win.comment-on with the
 * object's id, the year and the paragraph, so the menu knows nothing of
 * windows: the action is found up the widget tree.
 *
 * The marker beside an outline entry or a project row says how many
 * threads of comments are on its object.
 */

#define G_LOG_DOMAIN "pw-comment-menu"

#include "config.h"

#include "pw-comment-menu.h"

#include <glib/gi18n-lib.h>

#include "pw-comments.h"

typedef struct
{
  PwCommentTargetFunc func;
  gpointer data;
  GMenuModel *section; /* (nullable): the widget's own items, before Add Comment */
  GType cell_type; /* for pw_comment_menu_attach_cells(): the cells, else 0 */
} Attachment;

/* Auxiliary methods */

static gboolean
unparent_idle (gpointer data)
{
  GtkWidget *popover = data;

  if (gtk_widget_get_parent (popover) != NULL)
    gtk_widget_unparent (popover);
  g_object_unref (popover);
  return G_SOURCE_REMOVE;
}

/* The attachment of @widget: its own, or that of the view whose cells are
 * of its type (pw_comment_menu_attach_cells()). */
static Attachment *
find_attachment (GtkWidget *widget)
{
  Attachment *attachment = g_object_get_data (G_OBJECT (widget), "pw-comment-menu");

  for (GtkWidget *view = gtk_widget_get_parent (widget); attachment == NULL && view != NULL;
       view = gtk_widget_get_parent (view))
    {
      Attachment *cells = g_object_get_data (G_OBJECT (view), "pw-comment-menu");

      if (cells != NULL && cells->cell_type != 0 && G_TYPE_CHECK_INSTANCE_TYPE (widget, cells->cell_type))
        attachment = cells;
    }
  return attachment;
}

/* The cell of @view's cells under (@x, @y), with the point in its
 * coordinates. */
static GtkWidget *
pick_cell (GtkWidget *view,
           double    *x,
           double    *y)
{
  Attachment *attachment = g_object_get_data (G_OBJECT (view), "pw-comment-menu");
  GtkWidget *picked = gtk_widget_pick (view, *x, *y, GTK_PICK_DEFAULT);
  GtkWidget *cell = picked != NULL ? gtk_widget_get_ancestor (picked, attachment->cell_type) : NULL;
  graphene_point_t point = GRAPHENE_POINT_INIT (*x, *y), in_cell;

  if (cell == NULL || !gtk_widget_compute_point (view, cell, &point, &in_cell))
    return NULL;
  *x = in_cell.x;
  *y = in_cell.y;
  return cell;
}

static void
attachment_free (gpointer data)
{
  Attachment *attachment = data;

  g_clear_object (&attachment->section);
  g_free (attachment);
}

/* Callbacks */

/* The menu's item runs after "closed": the popover goes once it has. */
static void
popover_closed (GtkPopover *popover)
{
  g_idle_add (unparent_idle, g_object_ref (popover));
}

static void
secondary_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkWidget       *widget)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  pw_comment_menu_show_at (widget, x, y);
}

static void
long_pressed (GtkGestureLongPress *gesture,
              double               x,
              double               y,
              GtkWidget           *widget)
{
  pw_comment_menu_show_at (widget, x, y);
}

/* A right click on a cell of a view given pw_comment_menu_attach_cells():
 * taken only when the cell has something to comment on, so that a cell's
 * editor keeps its own menu. */
static void
cells_secondary_pressed (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         GtkWidget       *view)
{
  GtkWidget *cell = pick_cell (view, &x, &y);

  if (cell != NULL && pw_comment_menu_show_at (cell, x, y) != NULL)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
cells_long_pressed (GtkGestureLongPress *gesture,
                    double               x,
                    double               y,
                    GtkWidget           *view)
{
  GtkWidget *cell = pick_cell (view, &x, &y);

  if (cell != NULL)
    pw_comment_menu_show_at (cell, x, y);
}

static void
add_gestures (GtkWidget *widget,
              GCallback  secondary,
              GCallback  long_press)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *press = gtk_gesture_long_press_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", secondary, widget);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (press), TRUE);
  g_signal_connect (press, "pressed", long_press, widget);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (press));
}

/* Public API */

/**
 * pw_comment_menu_attach:
 * @widget: a widget showing things of the plan
 * @func: (scope notified): finds the object at a point of @widget
 * @data: (nullable): for @func, borrowed: it must live as long as @widget
 *
 * Gives @widget a context menu (right click, long press) with Add Comment
 * on what @func finds under the pointer.
 */
void
pw_comment_menu_attach (GtkWidget          *widget,
                        PwCommentTargetFunc func,
                        gpointer            data)
{
  Attachment *attachment = g_new0 (Attachment, 1);

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);

  attachment->func = func;
  attachment->data = data;
  g_object_set_data_full (G_OBJECT (widget), "pw-comment-menu", attachment, attachment_free);
  add_gestures (widget, G_CALLBACK (secondary_pressed), G_CALLBACK (long_pressed));
}

/**
 * pw_comment_menu_attach_cells:
 * @view: a view of many cells (a grid's column view)
 * @cell_type: the type of its cells
 * @func: (scope notified): finds the object at a point of a cell
 * @data: (nullable): for @func, borrowed: it must live as long as @view
 *
 * As pw_comment_menu_attach() on every cell of @view, with one pair of
 * gestures on @view rather than a pair on each cell (a grid makes cells
 * for 200 rows at once): a right click or a long press on a cell asks
 * @func about that cell, and pw_comment_menu_show_at() on a cell works as
 * on a widget attached alone. pw_comment_menu_set_section() on @view sets
 * the section of all its cells.
 */
void
pw_comment_menu_attach_cells (GtkWidget          *view,
                              GType               cell_type,
                              PwCommentTargetFunc func,
                              gpointer            data)
{
  Attachment *attachment = g_new0 (Attachment, 1);

  g_return_if_fail (GTK_IS_WIDGET (view));
  g_return_if_fail (g_type_is_a (cell_type, GTK_TYPE_WIDGET));
  g_return_if_fail (func != NULL);

  attachment->func = func;
  attachment->data = data;
  attachment->cell_type = cell_type;
  g_object_set_data_full (G_OBJECT (view), "pw-comment-menu", attachment, attachment_free);
  add_gestures (view, G_CALLBACK (cells_secondary_pressed), G_CALLBACK (cells_long_pressed));
}

/**
 * pw_comment_menu_set_section:
 * @widget: a widget given a menu by pw_comment_menu_attach()
 * @section: (nullable): items of the widget's own (a grid's Cut, Copy,
 *   Paste, Insert Row …), whose actions are found up from @widget
 *
 * Puts @section at the top of @widget's context menu, above Add Comment.
 */
void
pw_comment_menu_set_section (GtkWidget  *widget,
                             GMenuModel *section)
{
  Attachment *attachment = g_object_get_data (G_OBJECT (widget), "pw-comment-menu");

  g_return_if_fail (attachment != NULL);
  g_return_if_fail (section == NULL || G_IS_MENU_MODEL (section));

  g_set_object (&attachment->section, section);
}

/**
 * pw_comment_menu_show_at:
 * @widget: a widget given a menu by pw_comment_menu_attach(), or a cell of
 *   a view given one by pw_comment_menu_attach_cells()
 * @x: in @widget's coordinates
 * @y: in @widget's coordinates
 *
 * Shows the menu as a right click at (@x, @y) does.
 *
 * Returns: (transfer none) (nullable): the menu, or %NULL when there is
 *   nothing to comment on there
 */
GtkWidget *
pw_comment_menu_show_at (GtkWidget *widget,
                         double     x,
                         double     y)
{
  Attachment *attachment = find_attachment (widget);
  g_autofree char *target = NULL;
  int year = 0, paragraph = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (attachment == NULL || !attachment->func (widget, x, y, attachment->data, &target, &year, &paragraph))
    return NULL;
  return pw_comment_menu_popup (widget, x, y, target, year, paragraph);
}

/**
 * pw_comment_menu_key:
 * @widget: (nullable): a widget given a menu by pw_comment_menu_attach(),
 *   the one the keyboard's cursor is on (a grid's cell)
 * @keyval: a key pressed
 * @state: its modifiers
 *
 * The Menu key and Shift+F10 show @widget's menu at its middle, as a right
 * click there: for the widgets that keep the keyboard's focus on their
 * view, and their cursor on a cell of it.
 *
 * Returns: whether the key was one of those (the menu shown, if there is
 *   a @widget with something to comment on)
 */
gboolean
pw_comment_menu_key (GtkWidget       *widget,
                     guint            keyval,
                     GdkModifierType  state)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if (!(keyval == GDK_KEY_Menu && mods == 0) && !(keyval == GDK_KEY_F10 && mods == GDK_SHIFT_MASK))
    return FALSE;
  if (widget != NULL)
    pw_comment_menu_show_at (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
  return TRUE;
}

/**
 * pw_comment_menu_popup:
 * @widget: where the menu points
 * @x: in @widget's coordinates
 * @y: in @widget's coordinates
 * @target: (nullable): the id of the object; %NULL for the plan
 * @year: a year of an indicator's values, or 0
 * @paragraph: a paragraph, from 1, or 0
 *
 * Shows the menu with Add Comment on @target.
 *
 * Returns: (transfer none): the menu, a #GtkPopoverMenu, until it closes
 */
GtkWidget *
pw_comment_menu_popup (GtkWidget  *widget,
                       double      x,
                       double      y,
                       const char *target,
                       int         year,
                       int         paragraph)
{
  Attachment *attachment = find_attachment (widget);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) item = g_menu_item_new (_("Add C_omment…"), NULL);
  GdkRectangle at = { (int) x, (int) y, 1, 1 };
  GtkWidget *popover;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  g_menu_item_set_action_and_target_value (item, "win.comment-on",
                                           g_variant_new ("(sii)", target != NULL ? target : "", year, paragraph));
  if (attachment != NULL && attachment->section != NULL)
    {
      g_autoptr(GMenu) comment = g_menu_new ();

      g_menu_append_section (menu, NULL, attachment->section);
      g_menu_append_item (comment, item);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (comment));
    }
  else
    g_menu_append_item (menu, item);

  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, widget);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &at);
  g_signal_connect (popover, "closed", G_CALLBACK (popover_closed), NULL);
  /* the widget may go first, with its row (Delete Rows chosen in the menu) */
  g_signal_connect_object (widget, "destroy", G_CALLBACK (gtk_widget_unparent), popover, G_CONNECT_SWAPPED);
  gtk_popover_popup (GTK_POPOVER (popover));
  return popover;
}

/**
 * pw_comment_marker_new:
 *
 * Returns: (transfer floating): a marker for pw_comment_marker_update(),
 *   hidden until its object has comments
 */
GtkWidget *
pw_comment_marker_new (void)
{
  GtkWidget *marker = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

  gtk_widget_add_css_class (marker, "pw-comment-marker");
  gtk_box_append (GTK_BOX (marker), gtk_image_new_from_icon_name ("document-edit-symbolic"));
  gtk_box_append (GTK_BOX (marker), gtk_label_new (NULL));
  gtk_widget_set_valign (marker, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (marker, FALSE);
  return marker;
}

/**
 * pw_comment_marker_update:
 * @marker: from pw_comment_marker_new()
 * @plan: (nullable): the plan
 * @id: (nullable): the id of the object the marker is beside
 *
 * Shows the number of threads on the object, or hides the marker when
 * there are none; a marker whose threads are all resolved is dimmed.
 */
void
pw_comment_marker_update (GtkWidget  *marker,
                          PwPlan     *plan,
                          const char *id)
{
  guint n_all = plan != NULL && id != NULL ? pw_plan_count_comments_on (plan, id, FALSE) : 0;
  guint n_open = n_all > 0 ? pw_plan_count_comments_on (plan, id, TRUE) : 0;
  GtkWidget *label = gtk_widget_get_last_child (marker);
  g_autofree char *count = g_strdup_printf ("%'u", n_all);
  g_autofree char *tooltip = NULL;

  gtk_widget_set_visible (marker, n_all > 0);
  if (n_all == 0)
    return;
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u comment, %'u open", "%'u comments, %'u open", n_all),
                             n_all, n_open);
  gtk_label_set_label (GTK_LABEL (label), count);
  gtk_widget_set_tooltip_text (marker, tooltip);
  if (n_open == 0)
    gtk_widget_add_css_class (marker, "resolved");
  else
    gtk_widget_remove_css_class (marker, "resolved");
}
