/* pw-service-item.c: a basic public service item (服务项目) of a domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Older (十三五) plans list the services of each domain; the item keeps
 * the domain so that a chapter can hold several.
 */

#define G_LOG_DOMAIN "pw-service-item"

#include "config.h"

#include "pw-service-item.h"

#include <glib/gi18n-lib.h>

#include "pw-field.h"

struct _PwServiceItem
{
  PwObject parent_instance;

  int number;
  const char *domain;
  char *name;
};

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_DOMAIN,
  PROP_NAME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwServiceItem, pw_service_item, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_service_item_finalize (GObject *object)
{
  PwServiceItem *self = (PwServiceItem *) object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (pw_service_item_parent_class)->finalize (object);
}

static void
pw_service_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PwServiceItem *self = PW_SERVICE_ITEM (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;
    case PROP_DOMAIN:
      g_value_set_string (value, self->domain);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_service_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PwServiceItem *self = PW_SERVICE_ITEM (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      pw_service_item_set_number (self, g_value_get_int (value));
      break;
    case PROP_DOMAIN:
      pw_service_item_set_domain (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      pw_service_item_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_service_item_class_init (PwServiceItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_service_item_finalize;
  object_class->get_property = pw_service_item_get_property;
  object_class->set_property = pw_service_item_set_property;

  properties[PROP_NUMBER] = pw_param_number ();
  properties[PROP_DOMAIN] =
    pw_field_mark (g_param_spec_string ("domain", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("domain"));
  properties[PROP_NAME] =
    pw_field_mark (g_param_spec_string ("name", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("name"));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_service_item_init (PwServiceItem *self)
{
}

/* Public API */

PwServiceItem *
pw_service_item_new (void)
{
  return g_object_new (PW_TYPE_SERVICE_ITEM, NULL);
}

PW_DEFINE_INT_PROPERTY (pw_service_item, PwServiceItem, PW_IS_SERVICE_ITEM, number, PROP_NUMBER)

/**
 * pw_service_item_get_domain:
 * @self: a service item
 *
 * Returns: (nullable): the domain the item belongs to, e.g. 基本公共教育
 */
PW_DEFINE_INTERNED_PROPERTY (pw_service_item, PwServiceItem, PW_IS_SERVICE_ITEM, domain, PROP_DOMAIN)

/**
 * pw_service_item_get_name:
 * @self: a service item
 *
 * Returns: (nullable): the service, e.g. 免费义务教育
 */
PW_DEFINE_STRING_PROPERTY (pw_service_item, PwServiceItem, PW_IS_SERVICE_ITEM, name, PROP_NAME)

