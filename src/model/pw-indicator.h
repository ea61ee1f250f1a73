/* pw-indicator.h: an indicator (指标) with its baseline, target and yearly actual values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"
#include "pw-types.h"
#include "pw-value.h"

G_BEGIN_DECLS

#define PW_TYPE_INDICATOR (pw_indicator_get_type ())

G_DECLARE_FINAL_TYPE (PwIndicator, pw_indicator, PW, INDICATOR, PwObject)

PwIndicator *pw_indicator_new               (void);
const char  *pw_indicator_get_category      (PwIndicator *self);
void         pw_indicator_set_category      (PwIndicator *self,
                                             const char  *category);
const char  *pw_indicator_get_domain        (PwIndicator *self);
void         pw_indicator_set_domain        (PwIndicator *self,
                                             const char  *domain);
const char  *pw_indicator_get_name          (PwIndicator *self);
void         pw_indicator_set_name          (PwIndicator *self,
                                             const char  *name);
const char  *pw_indicator_get_unit          (PwIndicator *self);
void         pw_indicator_set_unit          (PwIndicator *self,
                                             const char  *unit);
PwValue     *pw_indicator_get_baseline      (PwIndicator *self);
void         pw_indicator_set_baseline      (PwIndicator *self,
                                             PwValue     *baseline);
PwValue     *pw_indicator_get_target        (PwIndicator *self);
void         pw_indicator_set_target        (PwIndicator *self,
                                             PwValue     *target);
PwNature     pw_indicator_get_nature        (PwIndicator *self);
void         pw_indicator_set_nature        (PwIndicator *self,
                                             PwNature     nature);
const char * const *pw_indicator_get_responsible (PwIndicator *self);
void         pw_indicator_set_responsible   (PwIndicator        *self,
                                             const char * const *units);
char        *pw_indicator_dup_responsible_text (PwIndicator *self);
void         pw_indicator_set_responsible_text (PwIndicator *self,
                                                const char  *text);
PwIndicatorKind pw_indicator_get_kind       (PwIndicator *self);
void         pw_indicator_set_kind          (PwIndicator *self,
                                             PwIndicatorKind kind);
PwIndicatorKind pw_indicator_get_judged_kind (PwIndicator *self);
const char  *pw_indicator_get_chapter       (PwIndicator *self);
void         pw_indicator_set_chapter       (PwIndicator *self,
                                             const char  *chapter);
const char  *pw_indicator_get_note          (PwIndicator *self);
void         pw_indicator_set_note          (PwIndicator *self,
                                             const char  *note);
PwOrigin     pw_indicator_get_origin        (PwIndicator *self);
void         pw_indicator_set_origin        (PwIndicator *self,
                                             PwOrigin     origin);
int          pw_indicator_get_source_line   (PwIndicator *self);
void         pw_indicator_set_source_line   (PwIndicator *self,
                                             int          source_line);
PwValue     *pw_indicator_get_actual        (PwIndicator *self,
                                             int          year);
void         pw_indicator_set_actual        (PwIndicator *self,
                                             int          year,
                                             PwValue     *actual);
PwQualState  pw_indicator_get_state         (PwIndicator *self,
                                             int          year);
void         pw_indicator_set_state         (PwIndicator *self,
                                             int          year,
                                             PwQualState  state);
void         pw_indicator_load_year         (PwIndicator *self,
                                             int          year,
                                             PwValue     *actual,
                                             PwQualState  state);
void         pw_indicator_load_values       (PwIndicator *self,
                                             PwValue     *baseline,
                                             PwValue     *target);
void         pw_indicator_load_attributes   (PwIndicator     *self,
                                             PwNature         nature,
                                             PwIndicatorKind  kind,
                                             PwOrigin         origin,
                                             int              source_line);
guint        pw_indicator_get_n_years       (PwIndicator *self);
int          pw_indicator_get_nth_year      (PwIndicator *self,
                                             guint        n);
PwValue     *pw_indicator_get_latest_actual (PwIndicator *self,
                                             int          year,
                                             int         *actual_year);
gboolean     pw_indicator_is_qualitative    (PwIndicator *self);

GStrv        pw_units_split                 (const char  *text);

G_END_DECLS
