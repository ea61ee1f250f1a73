/* pw-finding.c: one finding of a check or an import, with its place in the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pw-finding"

#include "config.h"

#include "pw-finding.h"

#include "pw-enums.h"

struct _PwFinding
{
  PwObject parent_instance;

  PwFindingKind kind;
  int line;
  int column;
  char *message;
  char *subject;
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_LINE,
  PROP_COLUMN,
  PROP_MESSAGE,
  PROP_SUBJECT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwFinding, pw_finding, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_finding_finalize (GObject *object)
{
  PwFinding *self = (PwFinding *) object;

  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->subject, g_free);

  G_OBJECT_CLASS (pw_finding_parent_class)->finalize (object);
}

static void
pw_finding_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PwFinding *self = PW_FINDING (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LINE:
      g_value_set_int (value, self->line);
      break;
    case PROP_COLUMN:
      g_value_set_int (value, self->column);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_finding_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PwFinding *self = PW_FINDING (object);

  switch (prop_id)
    {
    case PROP_KIND:
      pw_finding_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_LINE:
      pw_finding_set_line (self, g_value_get_int (value));
      break;
    case PROP_COLUMN:
      pw_finding_set_column (self, g_value_get_int (value));
      break;
    case PROP_MESSAGE:
      pw_finding_set_message (self, g_value_get_string (value));
      break;
    case PROP_SUBJECT:
      pw_finding_set_subject (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_finding_class_init (PwFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_finding_finalize;
  object_class->get_property = pw_finding_get_property;
  object_class->set_property = pw_finding_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PW_TYPE_FINDING_KIND, PW_FINDING_ERROR,
                       PW_PARAM_FLAGS);
  properties[PROP_LINE] =
    g_param_spec_int ("line", NULL, NULL, 0, G_MAXINT, 0,
                      PW_PARAM_FLAGS);
  properties[PROP_COLUMN] =
    g_param_spec_int ("column", NULL, NULL, 0, G_MAXINT, 0,
                      PW_PARAM_FLAGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_finding_init (PwFinding *self)
{
}

/* Public API */

PwFinding *
pw_finding_new (void)
{
  return g_object_new (PW_TYPE_FINDING, NULL);
}

PwFindingKind
pw_finding_get_kind (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), 0);

  return self->kind;
}

void
pw_finding_set_kind (PwFinding *self,
                     PwFindingKind   kind)
{
  g_return_if_fail (PW_IS_FINDING (self));

  pw_object_set_int (PW_OBJECT (self), (int *) &self->kind, (int) kind,
                     properties[PROP_KIND]);
}

/**
 * pw_finding_get_line:
 * @self: a report entry
 *
 * Returns:: the line, from 1, or 0 when the finding has no place
 */
int
pw_finding_get_line (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), 0);

  return self->line;
}

void
pw_finding_set_line (PwFinding *self,
                     int            line)
{
  g_return_if_fail (PW_IS_FINDING (self));

  pw_object_set_int (PW_OBJECT (self), &self->line, line,
                     properties[PROP_LINE]);
}

/**
 * pw_finding_get_column:
 * @self: a report entry
 *
 * Returns:: the column, from 1, or 0 when not known
 */
int
pw_finding_get_column (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), 0);

  return self->column;
}

void
pw_finding_set_column (PwFinding *self,
                       int            column)
{
  g_return_if_fail (PW_IS_FINDING (self));

  pw_object_set_int (PW_OBJECT (self), &self->column, column,
                     properties[PROP_COLUMN]);
}

/**
 * pw_finding_get_message:
 * @self: a report entry
 *
 * Returns: (nullable): what was found, in the user's language
 */
const char *
pw_finding_get_message (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), NULL);

  return self->message;
}

void
pw_finding_set_message (PwFinding *self,
                        const char    *message)
{
  g_return_if_fail (PW_IS_FINDING (self));

  pw_object_set_string (PW_OBJECT (self), &self->message, message,
                        properties[PROP_MESSAGE]);
}

/**
 * pw_finding_get_subject:
 * @self: a report entry
 *
 * Returns: (nullable): the id of the object the finding is about, if any
 */
const char *
pw_finding_get_subject (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), NULL);

  return self->subject;
}

void
pw_finding_set_subject (PwFinding *self,
                        const char    *subject)
{
  g_return_if_fail (PW_IS_FINDING (self));

  pw_object_set_string (PW_OBJECT (self), &self->subject, subject,
                        properties[PROP_SUBJECT]);
}

