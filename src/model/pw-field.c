/* pw-field.c: the fields of the plan's objects, as a reader names and reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model's classes list their fields once, as properties. A property
 * that a reader of the plan sees (an indicator's unit, a project's lead
 * unit) is marked with the name people give it, where the class installs
 * it; bookkeeping (ids, where an import found a line) is not marked. Whatever
 * walks an object's fields (the comparison of two versions) walks the
 * marked properties, so a field added to the model is compared without a
 * second list to keep up.
 */

#define G_LOG_DOMAIN "pw-field"

#include "config.h"

#include "pw-field.h"

#include <glib/gi18n-lib.h>

#include "pw-enums.h"
#include "pw-types.h"
#include "pw-value.h"

static GQuark
label_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("pw-field-label");
  return quark;
}

/* Auxiliary methods */

static int
depth_of (GType type)
{
  return (int) g_type_depth (type);
}

/* The order the classes install their properties in, ancestors first. */
static int
compare_install_order (gconstpointer a,
                       gconstpointer b)
{
  GParamSpec *x = *(GParamSpec **) a, *y = *(GParamSpec **) b;

  if (x->owner_type != y->owner_type)
    return depth_of (x->owner_type) - depth_of (y->owner_type);
  return (int) x->param_id - (int) y->param_id;
}

static const char *
enum_label (GType enum_type,
            int   value)
{
  if (enum_type == PW_TYPE_NATURE)
    return pw_nature_to_label (value);
  if (enum_type == PW_TYPE_INDICATOR_KIND)
    return pw_kind_to_label (value);
  if (enum_type == PW_TYPE_PROJECT_STATUS)
    return pw_project_status_to_label (value);
  if (enum_type == PW_TYPE_QUAL_STATE)
    return pw_qual_state_to_label (value);
  if (enum_type == PW_TYPE_STATUS)
    return pw_status_to_label (value);
  return pw_enum_to_nick (enum_type, value);
}

/* Public API */

/**
 * pw_field_mark:
 * @pspec: (transfer full): a property being installed
 * @label: (not nullable): what readers call it, a static string marked
 *   with N_(): "unit", "lead unit"
 *
 * Marks @pspec as a field of the plan that readers see.
 *
 * Returns: (transfer full): @pspec
 */
GParamSpec *
pw_field_mark (GParamSpec *pspec,
               const char *label)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), pspec);
  g_return_val_if_fail (label != NULL, pspec);

  g_param_spec_set_qdata (pspec, label_quark (), (gpointer) label);
  return pspec;
}

/**
 * pw_field_get_label:
 * @pspec: a property
 *
 * Returns: (nullable): what readers call the field, in their language;
 *   %NULL for a property that is not a field readers see
 */
const char *
pw_field_get_label (GParamSpec *pspec)
{
  const char *label;

  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  label = g_param_spec_get_qdata (pspec, label_quark ());
  return label != NULL ? _(label) : NULL;
}

/**
 * pw_fields_list:
 * @type: a class of the model
 * @n_fields: (out): how many
 *
 * Returns: (transfer container) (array length=n_fields): the fields of
 *   @type that readers see, in the order the class declares them
 */
GParamSpec **
pw_fields_list (GType  type,
                guint *n_fields)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree GParamSpec **pspecs = NULL;
  GPtrArray *fields = g_ptr_array_new ();
  guint n_pspecs = 0;

  g_return_val_if_fail (G_TYPE_IS_OBJECT (type), NULL);

  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    if (g_param_spec_get_qdata (pspecs[i], label_quark ()) != NULL)
      g_ptr_array_add (fields, pspecs[i]);
  g_ptr_array_sort (fields, compare_install_order);

  *n_fields = fields->len;
  g_ptr_array_add (fields, NULL);
  return (GParamSpec **) g_ptr_array_free (fields, FALSE);
}

/**
 * pw_field_dup_text:
 * @object: an object of the model
 * @pspec: one of its fields
 *
 * The field as a reader sees it: a text as it is, a value as printed, a
 * list of units joined by 、, a choice by its label, a number (a share
 * from 0 to 100 with %).
 *
 * Returns: (transfer full) (nullable): the text; %NULL when the field is
 *   empty
 */
char *
pw_field_dup_text (GObject    *object,
                   GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType type;
  char *text = NULL;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_value_init (&value, type);
  g_object_get_property (object, pspec->name, &value);

  if (type == G_TYPE_STRING)
    text = g_value_dup_string (&value);
  else if (type == PW_TYPE_VALUE)
    {
      PwValue *v = g_value_get_boxed (&value);

      text = v != NULL ? g_strdup (pw_value_get_text (v)) : NULL;
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *units = g_value_get_boxed (&value);

      text = units != NULL && units[0] != NULL ? g_strjoinv ("、", (char **) units) : NULL;
    }
  else if (G_TYPE_IS_ENUM (type))
    text = g_strdup (enum_label (type, g_value_get_enum (&value)));
  else if (type == G_TYPE_INT && G_PARAM_SPEC_INT (pspec)->minimum == 0 && G_PARAM_SPEC_INT (pspec)->maximum == 100)
    text = g_strdup_printf ("%d%%", g_value_get_int (&value));
  else if (type == G_TYPE_INT)
    text = g_value_get_int (&value) != 0 ? g_strdup_printf ("%d", g_value_get_int (&value)) : NULL;
  else if (type == G_TYPE_DOUBLE)
    text = g_value_get_double (&value) != 0 ? g_strdup_printf ("%g", g_value_get_double (&value)) : NULL;
  else
    g_critical ("%s: the field %s has a type of value that cannot be shown", G_STRFUNC, pspec->name);

  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}
