/* pw-column.c: a 专栏 box of key projects in a chapter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pw-column"

#include "config.h"

#include "pw-column.h"


struct _PwColumn
{
  PwObject parent_instance;

  int number;
  char *title;
  GListStore *projects;

};

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwColumn, pw_column, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_column_attach (PwObject  *object,
                  PwHistory *history)
{
  PwColumn *self = PW_COLUMN (object);

  PW_OBJECT_CLASS (pw_column_parent_class)->attach (object, history);
  pw_object_attach_list (G_LIST_MODEL (self->projects), history);
}

static void
pw_column_finalize (GObject *object)
{
  PwColumn *self = (PwColumn *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->projects);


  G_OBJECT_CLASS (pw_column_parent_class)->finalize (object);
}

static void
pw_column_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PwColumn *self = PW_COLUMN (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_column_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PwColumn *self = PW_COLUMN (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      pw_column_set_number (self, g_value_get_int (value));
      break;
    case PROP_TITLE:
      pw_column_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_column_class_init (PwColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PwObjectClass *pw_object_class = PW_OBJECT_CLASS (klass);

  object_class->finalize = pw_column_finalize;
  object_class->get_property = pw_column_get_property;
  object_class->set_property = pw_column_set_property;

  pw_object_class->attach = pw_column_attach;

  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_column_init (PwColumn *self)
{
  self->projects = g_list_store_new (PW_TYPE_PROJECT);

}

/* Public API */

PwColumn *
pw_column_new (void)
{
  return g_object_new (PW_TYPE_COLUMN, NULL);
}

int
pw_column_get_number (PwColumn *self)
{
  g_return_val_if_fail (PW_IS_COLUMN (self), 0);

  return self->number;
}

void
pw_column_set_number (PwColumn *self,
                      int       number)
{
  g_return_if_fail (PW_IS_COLUMN (self));

  pw_object_set_int (PW_OBJECT (self), &self->number, number,
                     properties[PROP_NUMBER]);
}

/**
 * pw_column_get_title:
 * @self: a column
 *
 * Returns: (nullable): the title
 */
const char *
pw_column_get_title (PwColumn *self)
{
  g_return_val_if_fail (PW_IS_COLUMN (self), NULL);

  return self->title;
}

void
pw_column_set_title (PwColumn   *self,
                     const char *title)
{
  g_return_if_fail (PW_IS_COLUMN (self));

  pw_object_set_string (PW_OBJECT (self), &self->title, title,
                        properties[PROP_TITLE]);
}

/**
 * pw_column_get_projects:
 * @self: a column
 *
 * Returns: (transfer none): the projects, a #GListModel of #PwProject
 */
GListModel *
pw_column_get_projects (PwColumn *self)
{
  g_return_val_if_fail (PW_IS_COLUMN (self), NULL);

  return G_LIST_MODEL (self->projects);
}

void
pw_column_insert_project (PwColumn *self,
                          guint      position,
                          PwProject *project)
{
  g_return_if_fail (PW_IS_COLUMN (self));
  g_return_if_fail (PW_IS_PROJECT (project));

  pw_object_list_insert (PW_OBJECT (self), self->projects, position, project);
}

void
pw_column_remove_project (PwColumn *self,
                          guint     position)
{
  g_return_if_fail (PW_IS_COLUMN (self));

  pw_object_list_remove (PW_OBJECT (self), self->projects, position);
}

void
pw_column_move_project (PwColumn *self,
                        guint     from,
                        guint     to)
{
  g_return_if_fail (PW_IS_COLUMN (self));

  pw_object_list_move (PW_OBJECT (self), self->projects, from, to);
}

