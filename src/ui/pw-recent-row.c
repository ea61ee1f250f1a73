/* pw-recent-row.c: a row of the start page's list of recent plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan opened lately: its name, and under it the folder it is in. The
 * window opens the row's URI when the row is activated.
 */

#define G_LOG_DOMAIN "pw-recent-row"

#include "config.h"

#include "pw-recent-row.h"

struct _PwRecentRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets */
  GtkLabel *name_label;
  GtkLabel *folder_label;

  /* Owned */
  char *uri;
};

enum {
  PROP_0,
  PROP_URI,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwRecentRow, pw_recent_row, GTK_TYPE_LIST_BOX_ROW)

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

/* The name and the folder of the file at @uri. */
static void
set_uri (PwRecentRow *self,
         const char  *uri)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *folder = NULL;

  g_free (self->uri);
  self->uri = g_strdup (uri);
  if (uri == NULL)
    return;

  file = g_file_new_for_uri (uri);
  parent = g_file_get_parent (file);
  folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  gtk_label_set_label (self->folder_label, folder);
}

/* GObject overrides */

static void
pw_recent_row_dispose (GObject *object)
{
  PwRecentRow *self = (PwRecentRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_RECENT_ROW);

  g_clear_pointer (&self->uri, g_free);

  G_OBJECT_CLASS (pw_recent_row_parent_class)->dispose (object);
}

static void
pw_recent_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PwRecentRow *self = PW_RECENT_ROW (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_recent_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PwRecentRow *self = PW_RECENT_ROW (object);

  switch (prop_id)
    {
    case PROP_URI:
      set_uri (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_recent_row_class_init (PwRecentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_recent_row_dispose;
  object_class->get_property = pw_recent_row_get_property;
  object_class->set_property = pw_recent_row_set_property;

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-recent-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PwRecentRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PwRecentRow, folder_label);
}

static void
pw_recent_row_init (PwRecentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * pw_recent_row_new:
 * @uri: the plan's URI
 * @name: its name as the recent files list shows it
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
pw_recent_row_new (const char *uri,
                   const char *name)
{
  PwRecentRow *self = g_object_new (PW_TYPE_RECENT_ROW, "uri", uri, NULL);

  gtk_label_set_label (self->name_label, name);
  return GTK_WIDGET (self);
}

/**
 * pw_recent_row_get_uri:
 * @self: a row
 *
 * Returns: (nullable): the URI of its plan
 */
const char *
pw_recent_row_get_uri (PwRecentRow *self)
{
  g_return_val_if_fail (PW_IS_RECENT_ROW (self), NULL);

  return self->uri;
}
