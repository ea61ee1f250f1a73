/* pw-thresholds.h: the settings of the progress method, saved with the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"

G_BEGIN_DECLS

#define PW_TYPE_THRESHOLDS (pw_thresholds_get_type ())

G_DECLARE_FINAL_TYPE (PwThresholds, pw_thresholds, PW, THRESHOLDS, PwObject)

PwThresholds *pw_thresholds_new                  (void);
double        pw_thresholds_get_ahead            (PwThresholds *self);
void          pw_thresholds_set_ahead            (PwThresholds *self,
                                                  double        ahead);
double        pw_thresholds_get_on_track         (PwThresholds *self);
void          pw_thresholds_set_on_track         (PwThresholds *self,
                                                  double        on_track);
double        pw_thresholds_get_binding_on_track (PwThresholds *self);
void          pw_thresholds_set_binding_on_track (PwThresholds *self,
                                                  double        binding_on_track);
double        pw_thresholds_get_lagging          (PwThresholds *self);
void          pw_thresholds_set_lagging          (PwThresholds *self,
                                                  double        lagging);
double        pw_thresholds_get_tolerance        (PwThresholds *self);
void          pw_thresholds_set_tolerance        (PwThresholds *self,
                                                  double        tolerance);

G_END_DECLS
