/* pw-box.c: a 专栏 box of key projects in a chapter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pw-box"

#include "config.h"

#include "pw-box.h"



struct _PwBox
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

G_DEFINE_FINAL_TYPE (PwBox, pw_box, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_box_attach (PwObject  *object,
               PwHistory *history)
{
  PwBox *self = PW_BOX (object);

  PW_OBJECT_CLASS (pw_box_parent_class)->attach (object, history);
  pw_object_attach_list (G_LIST_MODEL (self->projects), history);
}

static void
pw_box_finalize (GObject *object)
{
  PwBox *self = (PwBox *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->projects);


  G_OBJECT_CLASS (pw_box_parent_class)->finalize (object);
}

static void
pw_box_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  PwBox *self = PW_BOX (object);

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
pw_box_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  PwBox *self = PW_BOX (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      pw_box_set_number (self, g_value_get_int (value));
      break;
    case PROP_TITLE:
      pw_box_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_box_class_init (PwBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PwObjectClass *pw_object_class = PW_OBJECT_CLASS (klass);

  object_class->finalize = pw_box_finalize;
  object_class->get_property = pw_box_get_property;
  object_class->set_property = pw_box_set_property;

  pw_object_class->attach = pw_box_attach;

  properties[PROP_NUMBER] = pw_param_number ();
  properties[PROP_TITLE] = pw_param_title ();

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_box_init (PwBox *self)
{
  self->projects = g_list_store_new (PW_TYPE_PROJECT);

}

/* Public API */

PwBox *
pw_box_new (void)
{
  return g_object_new (PW_TYPE_BOX, NULL);
}

PW_DEFINE_INT_PROPERTY (pw_box, PwBox, PW_IS_BOX, number, PROP_NUMBER)

/**
 * pw_box_get_title:
 * @self: a 专栏 box
 *
 * Returns: (nullable): the title
 */
PW_DEFINE_STRING_PROPERTY (pw_box, PwBox, PW_IS_BOX, title, PROP_TITLE)

/**
 * pw_box_get_projects:
 * @self: a 专栏 box
 *
 * Returns: (transfer none): the projects, a #GListModel of #PwProject
 */
GListModel *
pw_box_get_projects (PwBox *self)
{
  g_return_val_if_fail (PW_IS_BOX (self), NULL);

  return G_LIST_MODEL (self->projects);
}

/* pw_box_insert_project(), _remove_project() and _move_project() */
PW_DEFINE_CHILD_LIST (pw_box, PwBox, PW_IS_BOX, project, PwProject, PW_IS_PROJECT, projects)

/* pw_box_insert_projects(): a box's projects at once (an importer) */
PW_DEFINE_CHILD_SPLICE (pw_box, PwBox, PW_IS_BOX, PwProject, PW_IS_PROJECT, projects)

