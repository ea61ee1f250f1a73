/* pw-outline-row.c: a row of the outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expander of a tree row, and in it the icon of what the row shows, its
 * heading (the whole of it as a tooltip when the row cuts it), the marker of
 * its comments and the entry of a rename in place, shown instead of the
 * heading while a title is typed. A row knows the outline and the list item
 * it was made for, which its gestures need, and holds the object it is
 * bound to, to disconnect from it once unbound. The outline (pw-outline.c)
 * says what it shows; pw-outline-actions.c attaches its gestures.
 */

#define G_LOG_DOMAIN "pw-outline"

#include "config.h"

#include "pw-outline-row.h"

#include "pw-comment-menu.h"
#include "pw-style.h"

struct _PwOutlineRow
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *expander;
  GtkBox *box;
  GtkImage *icon;
  GtkLabel *label;
  GtkEntry *entry;
  GtkWidget *marker;  /* in the box, after the label */

  /* Owned */
  GObject *item;

  /* Borrowed: they own the row */
  PwOutline *outline;
  GtkListItem *list_item;
};

G_DEFINE_FINAL_TYPE (PwOutlineRow, pw_outline_row, GTK_TYPE_WIDGET)

/* Callbacks */

/* The whole heading, for a row too narrow for it. Worked out when asked:
 * setting a tooltip as a row is bound makes GTK 4.8 ask the display server
 * where the pointer is. */
static gboolean
label_query_tooltip (GtkWidget  *label,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip)
{
  return pw_tooltip_show_text (tooltip, gtk_label_get_label (GTK_LABEL (label)));
}

/* GObject overrides */

static void
pw_outline_row_dispose (GObject *object)
{
  PwOutlineRow *self = (PwOutlineRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_OUTLINE_ROW);

  self->marker = NULL;
  g_clear_object (&self->item);

  G_OBJECT_CLASS (pw_outline_row_parent_class)->dispose (object);
}

static void
pw_outline_row_class_init (PwOutlineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_outline_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-outline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PwOutlineRow, expander);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineRow, box);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineRow, icon);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineRow, label);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineRow, entry);
  gtk_widget_class_bind_template_callback (widget_class, label_query_tooltip);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pw_outline_row_init (PwOutlineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* the marker is made by its own function, as the other views' are */
  self->marker = pw_comment_marker_new ();
  gtk_box_insert_child_after (self->box, self->marker, GTK_WIDGET (self->label));
}

/* Public API */

/**
 * pw_outline_row_new:
 * @outline: the outline the row is for
 * @list_item: the list item whose child it is
 *
 * Returns: (transfer floating): a new row, showing nothing
 */
PwOutlineRow *
pw_outline_row_new (PwOutline   *outline,
                    GtkListItem *list_item)
{
  PwOutlineRow *self = g_object_new (PW_TYPE_OUTLINE_ROW, NULL);

  self->outline = outline;
  self->list_item = list_item;
  return self;
}

PwOutline *
pw_outline_row_get_outline (PwOutlineRow *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_ROW (self), NULL);

  return self->outline;
}

GtkListItem *
pw_outline_row_get_list_item (PwOutlineRow *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_ROW (self), NULL);

  return self->list_item;
}

/**
 * pw_outline_row_get_expander:
 * @self: a row
 *
 * Returns: (transfer none): its GtkTreeExpander, which its gestures are on
 */
GtkWidget *
pw_outline_row_get_expander (PwOutlineRow *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_ROW (self), NULL);

  return self->expander;
}

/**
 * pw_outline_row_get_entry:
 * @self: a row
 *
 * Returns: (transfer none): the entry of its rename
 */
GtkEntry *
pw_outline_row_get_entry (PwOutlineRow *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_ROW (self), NULL);

  return self->entry;
}

/**
 * pw_outline_row_get_item:
 * @self: a row
 *
 * Returns: (transfer none) (nullable): the object the row was bound to, kept
 *   until it is set to %NULL, also when the list item has lost it
 */
GObject *
pw_outline_row_get_item (PwOutlineRow *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_ROW (self), NULL);

  return self->item;
}

void
pw_outline_row_set_item (PwOutlineRow *self,
                         GObject      *item)
{
  g_return_if_fail (PW_IS_OUTLINE_ROW (self));

  g_set_object (&self->item, item);
}

/**
 * pw_outline_row_show:
 * @self: a row
 * @icon_name: the icon of what it shows
 * @text: its heading
 * @plan: (nullable): the plan, for the comments on it
 * @id: (nullable): the id of what it shows
 *
 * Shows a heading, with its icon and the marker of its comments.
 */
void
pw_outline_row_show (PwOutlineRow *self,
                     const char   *icon_name,
                     const char   *text,
                     PwPlan       *plan,
                     const char   *id)
{
  g_return_if_fail (PW_IS_OUTLINE_ROW (self));

  gtk_label_set_label (self->label, text);
  gtk_image_set_from_icon_name (self->icon, icon_name);
  pw_comment_marker_update (self->marker, plan, id);
}

/**
 * pw_outline_row_begin_rename:
 * @self: a row
 * @title: the title to start from
 *
 * Shows the entry instead of the heading, with @title in it selected, and
 * gives it the focus.
 */
void
pw_outline_row_begin_rename (PwOutlineRow *self,
                             const char   *title)
{
  g_return_if_fail (PW_IS_OUTLINE_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->entry), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

/**
 * pw_outline_row_end_rename:
 * @self: a row
 *
 * Shows the heading again instead of the entry (also on a row that shows
 * none: a recycled row shows its heading).
 *
 * Returns: (transfer full): the text typed, without spaces around it
 */
char *
pw_outline_row_end_rename (PwOutlineRow *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_ROW (self), NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->entry), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->label), TRUE);
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
}
