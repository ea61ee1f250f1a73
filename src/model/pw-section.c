/* pw-section.c: a section of a chapter (第X节 / (一))
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text holds the section's paragraphs, one per line.
 */

#define G_LOG_DOMAIN "pw-section"

#include "config.h"

#include "pw-section.h"


struct _PwSection
{
  PwObject parent_instance;

  int number;
  char *title;
  char *text;
};

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_TEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwSection, pw_section, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_section_finalize (GObject *object)
{
  PwSection *self = (PwSection *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (pw_section_parent_class)->finalize (object);
}

static void
pw_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PwSection *self = PW_SECTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_section_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PwSection *self = PW_SECTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      pw_section_set_number (self, g_value_get_int (value));
      break;
    case PROP_TITLE:
      pw_section_set_title (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      pw_section_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_section_class_init (PwSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_section_finalize;
  object_class->get_property = pw_section_get_property;
  object_class->set_property = pw_section_set_property;

  properties[PROP_NUMBER] = pw_param_number ();
  properties[PROP_TITLE] = pw_param_title ();
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_section_init (PwSection *self)
{
}

/* Public API */

PwSection *
pw_section_new (void)
{
  return g_object_new (PW_TYPE_SECTION, NULL);
}

PW_DEFINE_INT_PROPERTY (pw_section, PwSection, PW_IS_SECTION, number, PROP_NUMBER)

PW_DEFINE_STRING_PROPERTY (pw_section, PwSection, PW_IS_SECTION, title, PROP_TITLE)

/**
 * pw_section_get_text:
 * @self: a section
 *
 * Returns: (nullable): the paragraphs, one per line
 */
PW_DEFINE_STRING_PROPERTY (pw_section, PwSection, PW_IS_SECTION, text, PROP_TEXT)
