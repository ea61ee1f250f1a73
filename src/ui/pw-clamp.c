/* pw-clamp.c: a child centred at no more than a maximum width
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The column of a page that reads like a form or a document: as wide as the
 * window allows up to a maximum, then centred (what AdwClamp does, without
 * libadwaita). Never narrower than the child's minimum.
 */

#define G_LOG_DOMAIN "pw-clamp"

#include "config.h"

#include "pw-clamp.h"

struct _PwClamp
{
  GtkWidget parent_instance;

  /* Owned */
  GtkWidget *child;

  int maximum_size;
};

enum {
  PROP_0,
  PROP_CHILD,
  PROP_MAXIMUM_SIZE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwClamp, pw_clamp, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static int
child_width_for (PwClamp *self,
                 int      width)
{
  int minimum = 0;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return MAX (minimum, MIN (width, self->maximum_size));
}

/* GObject overrides */

static void
pw_clamp_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  PwClamp *self = PW_CLAMP (widget);
  int child_min = 0, child_nat = 0;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    {
      *minimum = *natural = 0;
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->child, orientation, -1, &child_min, &child_nat, NULL, NULL);
      *minimum = child_min;
      *natural = MAX (child_min, MIN (child_nat, self->maximum_size));
    }
  else
    {
      int child_for = for_size < 0 ? -1 : child_width_for (self, for_size);

      gtk_widget_measure (self->child, orientation, child_for, &child_min, &child_nat, NULL, NULL);
      *minimum = child_min;
      *natural = child_nat;
    }
}

static void
pw_clamp_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  PwClamp *self = PW_CLAMP (widget);
  int child_width;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  child_width = child_width_for (self, width);
  gtk_widget_allocate (self->child, child_width, height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((width - child_width) / 2, 0)));
}

static GtkSizeRequestMode
pw_clamp_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pw_clamp_dispose (GObject *object)
{
  PwClamp *self = (PwClamp *) object;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (pw_clamp_parent_class)->dispose (object);
}

static void
pw_clamp_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PwClamp *self = PW_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_MAXIMUM_SIZE:
      g_value_set_int (value, self->maximum_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_clamp_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PwClamp *self = PW_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      pw_clamp_set_child (self, g_value_get_object (value));
      break;
    case PROP_MAXIMUM_SIZE:
      pw_clamp_set_maximum_size (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_clamp_class_init (PwClampClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_clamp_dispose;
  object_class->get_property = pw_clamp_get_property;
  object_class->set_property = pw_clamp_set_property;

  widget_class->measure = pw_clamp_measure;
  widget_class->size_allocate = pw_clamp_size_allocate;
  widget_class->get_request_mode = pw_clamp_get_request_mode;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAXIMUM_SIZE] =
    g_param_spec_int ("maximum-size", NULL, NULL, 0, G_MAXINT, 860,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "pwclamp");
}

static void
pw_clamp_init (PwClamp *self)
{
  self->maximum_size = 860;
}

/* Public API */

GtkWidget *
pw_clamp_new (void)
{
  return g_object_new (PW_TYPE_CLAMP, NULL);
}

/**
 * pw_clamp_get_child:
 * @self: a clamp
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
pw_clamp_get_child (PwClamp *self)
{
  g_return_val_if_fail (PW_IS_CLAMP (self), NULL);

  return self->child;
}

void
pw_clamp_set_child (PwClamp   *self,
                    GtkWidget *child)
{
  g_return_if_fail (PW_IS_CLAMP (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

int
pw_clamp_get_maximum_size (PwClamp *self)
{
  g_return_val_if_fail (PW_IS_CLAMP (self), 0);

  return self->maximum_size;
}

void
pw_clamp_set_maximum_size (PwClamp *self,
                           int      maximum_size)
{
  g_return_if_fail (PW_IS_CLAMP (self));

  if (self->maximum_size == maximum_size)
    return;

  self->maximum_size = maximum_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_SIZE]);
}
