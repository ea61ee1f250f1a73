/* pw-project.c: a key project (重点工程/项目) in a 专栏
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pw-project"

#include "config.h"

#include "pw-project.h"

#include <glib/gi18n-lib.h>

#include "pw-enums.h"
#include "pw-field.h"

#include <math.h>

struct _PwProject
{
  PwObject parent_instance;

  int number;
  char *name;
  char *description;
  char *lead;
  int start_year;
  int end_year;
  double investment;
  PwProjectStatus status;
  int progress;
};

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_LEAD,
  PROP_START_YEAR,
  PROP_END_YEAR,
  PROP_INVESTMENT,
  PROP_STATUS,
  PROP_PROGRESS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwProject, pw_project, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_project_finalize (GObject *object)
{
  PwProject *self = (PwProject *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->lead, g_free);

  G_OBJECT_CLASS (pw_project_parent_class)->finalize (object);
}

static void
pw_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PwProject *self = PW_PROJECT (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_LEAD:
      g_value_set_string (value, self->lead);
      break;
    case PROP_START_YEAR:
      g_value_set_int (value, self->start_year);
      break;
    case PROP_END_YEAR:
      g_value_set_int (value, self->end_year);
      break;
    case PROP_INVESTMENT:
      g_value_set_double (value, self->investment);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_PROGRESS:
      g_value_set_int (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_project_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PwProject *self = PW_PROJECT (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      pw_project_set_number (self, g_value_get_int (value));
      break;
    case PROP_NAME:
      pw_project_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      pw_project_set_description (self, g_value_get_string (value));
      break;
    case PROP_LEAD:
      pw_project_set_lead (self, g_value_get_string (value));
      break;
    case PROP_START_YEAR:
      pw_project_set_start_year (self, g_value_get_int (value));
      break;
    case PROP_END_YEAR:
      pw_project_set_end_year (self, g_value_get_int (value));
      break;
    case PROP_INVESTMENT:
      pw_project_set_investment (self, g_value_get_double (value));
      break;
    case PROP_STATUS:
      pw_project_set_status (self, g_value_get_enum (value));
      break;
    case PROP_PROGRESS:
      pw_project_set_progress (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_project_class_init (PwProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_project_finalize;
  object_class->get_property = pw_project_get_property;
  object_class->set_property = pw_project_set_property;

  properties[PROP_NUMBER] = pw_param_number ();
  properties[PROP_NAME] =
    pw_field_mark (g_param_spec_string ("name", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("name"));
  properties[PROP_DESCRIPTION] =
    pw_field_mark (g_param_spec_string ("description", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("description"));
  properties[PROP_LEAD] =
    pw_field_mark (g_param_spec_string ("lead", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("lead unit"));
  properties[PROP_START_YEAR] =
    pw_field_mark (g_param_spec_int ("start-year", NULL, NULL, 0, G_MAXINT, 0,
                                     PW_PARAM_FLAGS),
                   N_("start year"));
  properties[PROP_END_YEAR] =
    pw_field_mark (g_param_spec_int ("end-year", NULL, NULL, 0, G_MAXINT, 0,
                                     PW_PARAM_FLAGS),
                   N_("end year"));
  properties[PROP_INVESTMENT] =
    pw_field_mark (g_param_spec_double ("investment", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                                        PW_PARAM_FLAGS),
                   N_("investment (10,000 yuan)"));
  properties[PROP_STATUS] =
    pw_field_mark (g_param_spec_enum ("status", NULL, NULL, PW_TYPE_PROJECT_STATUS, PW_PROJECT_PLANNED,
                                      PW_PARAM_FLAGS),
                   N_("status"));
  properties[PROP_PROGRESS] =
    pw_field_mark (g_param_spec_int ("progress", NULL, NULL, 0, 100, 0,
                                     PW_PARAM_FLAGS),
                   N_("percent complete"));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_project_init (PwProject *self)
{
  self->investment = NAN;
}

/* Public API */

PwProject *
pw_project_new (void)
{
  return g_object_new (PW_TYPE_PROJECT, NULL);
}

PW_DEFINE_INT_PROPERTY (pw_project, PwProject, PW_IS_PROJECT, number, PROP_NUMBER)

/**
 * pw_project_get_name:
 * @self: a project
 *
 * Returns: (nullable): the short name, e.g. 托育服务体系建设工程
 */
PW_DEFINE_STRING_PROPERTY (pw_project, PwProject, PW_IS_PROJECT, name, PROP_NAME)

/**
 * pw_project_get_description:
 * @self: a project
 *
 * Returns: (nullable): what the project does, as the plan says it
 */
PW_DEFINE_STRING_PROPERTY (pw_project, PwProject, PW_IS_PROJECT, description, PROP_DESCRIPTION)

/**
 * pw_project_get_lead:
 * @self: a project
 *
 * Returns: (nullable): the lead unit (牵头单位)
 */
PW_DEFINE_STRING_PROPERTY (pw_project, PwProject, PW_IS_PROJECT, lead, PROP_LEAD)

/**
 * pw_project_get_start_year:
 * @self: a project
 *
 * Returns:: the first year, or 0 when not given
 */
PW_DEFINE_INT_PROPERTY (pw_project, PwProject, PW_IS_PROJECT, start_year, PROP_START_YEAR)

/**
 * pw_project_get_end_year:
 * @self: a project
 *
 * Returns:: the last year, or 0 when not given
 */
PW_DEFINE_INT_PROPERTY (pw_project, PwProject, PW_IS_PROJECT, end_year, PROP_END_YEAR)

/**
 * pw_project_get_investment:
 * @self: a project
 *
 * Returns:: the investment in 万元, or NAN when not given
 */
PW_DEFINE_DOUBLE_PROPERTY (pw_project, PwProject, PW_IS_PROJECT, investment, PROP_INVESTMENT, NAN)

PW_DEFINE_ENUM_PROPERTY (pw_project, PwProject, PW_IS_PROJECT, PwProjectStatus, status, PROP_STATUS, 0)

/**
 * pw_project_get_progress:
 * @self: a project
 *
 * Returns:: the share complete, in per cent
 */
PW_DEFINE_INT_PROPERTY (pw_project, PwProject, PW_IS_PROJECT, progress, PROP_PROGRESS)

