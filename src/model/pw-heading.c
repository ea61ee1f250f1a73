/* pw-heading.c: a heading of a plan: a part, a chapter or a section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every heading has: the number printed (第三章, (一)…; 0 when none),
 * the title and the prose under the heading before its first subheading,
 * one paragraph per line. PwPart, PwChapter and PwSection derive from it,
 * and pw-heading-number.c prints its number.
 */

#define G_LOG_DOMAIN "pw-heading"

#include "config.h"

#include "pw-heading.h"

typedef struct
{
  int number;
  char *title;
  char *text;
} PwHeadingPrivate;

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_TEXT,
  N_PROPS
};

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PwHeading, pw_heading, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_heading_finalize (GObject *object)
{
  PwHeadingPrivate *priv = pw_heading_get_instance_private (PW_HEADING (object));

  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->text, g_free);

  G_OBJECT_CLASS (pw_heading_parent_class)->finalize (object);
}

static void
pw_heading_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PwHeadingPrivate *priv = pw_heading_get_instance_private (PW_HEADING (object));

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_int (value, priv->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    case PROP_TEXT:
      g_value_set_string (value, priv->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_heading_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PwHeading *self = PW_HEADING (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      pw_heading_set_number (self, g_value_get_int (value));
      break;
    case PROP_TITLE:
      pw_heading_set_title (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      pw_heading_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_heading_class_init (PwHeadingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_heading_finalize;
  object_class->get_property = pw_heading_get_property;
  object_class->set_property = pw_heading_set_property;

  properties[PROP_NUMBER] = pw_param_number ();
  properties[PROP_TITLE] = pw_param_title ();
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_heading_init (PwHeading *self)
{
}

/* Public API */

/* A getter and a setter of the private field FIELD, through
 * pw_object_set_KIND(), as PW_DEFINE_PROPERTY() for a public one. */
#define HEADING_PROPERTY(GetType, field, kind, PROP, fallback)          \
  GetType                                                               \
  pw_heading_get_##field (PwHeading *self)                              \
  {                                                                     \
    PwHeadingPrivate *priv = pw_heading_get_instance_private (self);    \
                                                                        \
    g_return_val_if_fail (PW_IS_HEADING (self), fallback);              \
    return priv->field;                                                 \
  }                                                                     \
                                                                        \
  void                                                                  \
  pw_heading_set_##field (PwHeading *self,                              \
                          GetType    value)                             \
  {                                                                     \
    PwHeadingPrivate *priv = pw_heading_get_instance_private (self);    \
                                                                        \
    g_return_if_fail (PW_IS_HEADING (self));                            \
    pw_object_set_##kind (PW_OBJECT (self), &priv->field, value,        \
                          properties[PROP]);                            \
  }

/**
 * pw_heading_get_number:
 * @self: a heading
 *
 * Returns: the number printed, 0 when none
 */
HEADING_PROPERTY (int, number, int, PROP_NUMBER, 0)

/**
 * pw_heading_get_title:
 * @self: a heading
 *
 * Returns: (nullable): the title, on one line even where the document
 *   wraps it over two
 */
HEADING_PROPERTY (const char *, title, string, PROP_TITLE, NULL)

/**
 * pw_heading_get_text:
 * @self: a heading
 *
 * Returns: (nullable): the prose under the heading before its first
 *   subheading, one paragraph per line
 */
HEADING_PROPERTY (const char *, text, string, PROP_TEXT, NULL)
