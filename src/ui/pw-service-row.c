/* pw-service-row.c: a row of a chapter's list of service items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A basic public service the chapter lists: its domain (dimmed, in a column
 * of its own) and its name, wrapped; both follow the item.
 */

#define G_LOG_DOMAIN "pw-service-row"

#include "config.h"

#include "pw-service-row.h"

struct _PwServiceRow
{
  GtkBox parent_instance;

  /* Template widgets */
  GtkLabel *domain_label;
  GtkLabel *name_label;
};

G_DEFINE_FINAL_TYPE (PwServiceRow, pw_service_row, GTK_TYPE_BOX)

/* GObject overrides */

static void
pw_service_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PW_TYPE_SERVICE_ROW);

  G_OBJECT_CLASS (pw_service_row_parent_class)->dispose (object);
}

static void
pw_service_row_class_init (PwServiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_service_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-service-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PwServiceRow, domain_label);
  gtk_widget_class_bind_template_child (widget_class, PwServiceRow, name_label);
}

static void
pw_service_row_init (PwServiceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * pw_service_row_new:
 * @item: the service item to show and follow
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
pw_service_row_new (PwServiceItem *item)
{
  PwServiceRow *self;

  g_return_val_if_fail (PW_IS_SERVICE_ITEM (item), NULL);

  self = g_object_new (PW_TYPE_SERVICE_ROW, NULL);
  g_object_bind_property (item, "domain", self->domain_label, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "name", self->name_label, "label", G_BINDING_SYNC_CREATE);
  return GTK_WIDGET (self);
}
