/* pw-thresholds.c: the settings of the progress method, saved with the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two reviewers opening the same file must see the same colours, so the
 * thresholds are part of the plan rather than preferences of the program.
 */

#define G_LOG_DOMAIN "pw-thresholds"

#include "config.h"

#include "pw-thresholds.h"


struct _PwThresholds
{
  PwObject parent_instance;

  double ahead;
  double on_track;
  double binding_on_track;
  double lagging;
  double tolerance;
};

enum {
  PROP_0,
  PROP_AHEAD,
  PROP_ON_TRACK,
  PROP_BINDING_ON_TRACK,
  PROP_LAGGING,
  PROP_TOLERANCE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwThresholds, pw_thresholds, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_thresholds_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PwThresholds *self = PW_THRESHOLDS (object);

  switch (prop_id)
    {
    case PROP_AHEAD:
      g_value_set_double (value, self->ahead);
      break;
    case PROP_ON_TRACK:
      g_value_set_double (value, self->on_track);
      break;
    case PROP_BINDING_ON_TRACK:
      g_value_set_double (value, self->binding_on_track);
      break;
    case PROP_LAGGING:
      g_value_set_double (value, self->lagging);
      break;
    case PROP_TOLERANCE:
      g_value_set_double (value, self->tolerance);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_thresholds_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PwThresholds *self = PW_THRESHOLDS (object);

  switch (prop_id)
    {
    case PROP_AHEAD:
      pw_thresholds_set_ahead (self, g_value_get_double (value));
      break;
    case PROP_ON_TRACK:
      pw_thresholds_set_on_track (self, g_value_get_double (value));
      break;
    case PROP_BINDING_ON_TRACK:
      pw_thresholds_set_binding_on_track (self, g_value_get_double (value));
      break;
    case PROP_LAGGING:
      pw_thresholds_set_lagging (self, g_value_get_double (value));
      break;
    case PROP_TOLERANCE:
      pw_thresholds_set_tolerance (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_thresholds_class_init (PwThresholdsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pw_thresholds_get_property;
  object_class->set_property = pw_thresholds_set_property;

  properties[PROP_AHEAD] =
    g_param_spec_double ("ahead", NULL, NULL, 0.0, 100.0, 1.10,
                         PW_PARAM_FLAGS);
  properties[PROP_ON_TRACK] =
    g_param_spec_double ("on-track", NULL, NULL, 0.0, 100.0, 0.90,
                         PW_PARAM_FLAGS);
  properties[PROP_BINDING_ON_TRACK] =
    g_param_spec_double ("binding-on-track", NULL, NULL, 0.0, 100.0, 1.0,
                         PW_PARAM_FLAGS);
  properties[PROP_LAGGING] =
    g_param_spec_double ("lagging", NULL, NULL, 0.0, 100.0, 0.60,
                         PW_PARAM_FLAGS);
  properties[PROP_TOLERANCE] =
    g_param_spec_double ("tolerance", NULL, NULL, 0.0, 1.0, 0.05,
                         PW_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_thresholds_init (PwThresholds *self)
{
  self->ahead = 1.10;
  self->on_track = 0.90;
  self->binding_on_track = 1.0;
  self->lagging = 0.60;
  self->tolerance = 0.05;
}

/* Public API */

PwThresholds *
pw_thresholds_new (void)
{
  return g_object_new (PW_TYPE_THRESHOLDS, NULL);
}

/**
 * pw_thresholds_get_ahead:
 * @self: a thresholds
 *
 * Returns:: the schedule ratio from which an indicator is ahead (快于预期)
 */
double
pw_thresholds_get_ahead (PwThresholds *self)
{
  g_return_val_if_fail (PW_IS_THRESHOLDS (self), 0.0);

  return self->ahead;
}

void
pw_thresholds_set_ahead (PwThresholds *self,
                         double        ahead)
{
  g_return_if_fail (PW_IS_THRESHOLDS (self));

  pw_object_set_double (PW_OBJECT (self), &self->ahead, ahead,
                        properties[PROP_AHEAD]);
}

/**
 * pw_thresholds_get_on_track:
 * @self: a thresholds
 *
 * Returns:: the schedule ratio from which an indicator is on track (基本符合预期)
 */
double
pw_thresholds_get_on_track (PwThresholds *self)
{
  g_return_val_if_fail (PW_IS_THRESHOLDS (self), 0.0);

  return self->on_track;
}

void
pw_thresholds_set_on_track (PwThresholds *self,
                            double        on_track)
{
  g_return_if_fail (PW_IS_THRESHOLDS (self));

  pw_object_set_double (PW_OBJECT (self), &self->on_track, on_track,
                        properties[PROP_ON_TRACK]);
}

/**
 * pw_thresholds_get_binding_on_track:
 * @self: a thresholds
 *
 * Returns:: the same for a binding (约束性) indicator: the stricter bar
 */
double
pw_thresholds_get_binding_on_track (PwThresholds *self)
{
  g_return_val_if_fail (PW_IS_THRESHOLDS (self), 0.0);

  return self->binding_on_track;
}

void
pw_thresholds_set_binding_on_track (PwThresholds *self,
                                    double        binding_on_track)
{
  g_return_if_fail (PW_IS_THRESHOLDS (self));

  pw_object_set_double (PW_OBJECT (self), &self->binding_on_track, binding_on_track,
                        properties[PROP_BINDING_ON_TRACK]);
}

/**
 * pw_thresholds_get_lagging:
 * @self: a thresholds
 *
 * Returns:: the schedule ratio from which an indicator is lagging (滞后) rather than off track (严重滞后)
 */
double
pw_thresholds_get_lagging (PwThresholds *self)
{
  g_return_val_if_fail (PW_IS_THRESHOLDS (self), 0.0);

  return self->lagging;
}

void
pw_thresholds_set_lagging (PwThresholds *self,
                           double        lagging)
{
  g_return_if_fail (PW_IS_THRESHOLDS (self));

  pw_object_set_double (PW_OBJECT (self), &self->lagging, lagging,
                        properties[PROP_LAGGING]);
}

/**
 * pw_thresholds_get_tolerance:
 * @self: a thresholds
 *
 * Returns:: the band around an about-target (约X, X左右) within which it counts as met, as a share of X
 */
double
pw_thresholds_get_tolerance (PwThresholds *self)
{
  g_return_val_if_fail (PW_IS_THRESHOLDS (self), 0.0);

  return self->tolerance;
}

void
pw_thresholds_set_tolerance (PwThresholds *self,
                             double        tolerance)
{
  g_return_if_fail (PW_IS_THRESHOLDS (self));

  pw_object_set_double (PW_OBJECT (self), &self->tolerance, tolerance,
                        properties[PROP_TOLERANCE]);
}

