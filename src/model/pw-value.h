/* pw-value.h: a value as printed in a plan, and what it means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pw-types.h"

G_BEGIN_DECLS

/*
 * A PwValue is immutable and reference counted, like GBytes: an edit replaces
 * the whole value. It is a boxed type rather than a GObject because a large
 * plan holds close to a million of them (baseline, target and one actual per
 * year for every indicator), and a value never changes in place, so it has no
 * properties to notify.
 */
typedef struct _PwValue PwValue;

#define PW_TYPE_VALUE (pw_value_get_type ())

GType           pw_value_get_type            (void) G_GNUC_CONST;

PwValue        *pw_value_new                 (const char     *text);
PwValue        *pw_value_ref                 (PwValue        *value);
void            pw_value_unref               (PwValue        *value);

const char     *pw_value_get_text            (const PwValue  *value);
PwValueKind     pw_value_get_kind            (const PwValue  *value);
double          pw_value_get_number          (const PwValue  *value);
PwComparator    pw_value_get_comparator      (const PwValue  *value);
PwUnitKind      pw_value_get_unit_kind       (const PwValue  *value);
const char     *pw_value_get_suffix          (const PwValue  *value);
PwRelativeMode  pw_value_get_relative_mode   (const PwValue  *value);
PwQualitative   pw_value_get_qualitative     (const PwValue  *value);
const char     *pw_value_get_problem         (const PwValue  *value);
PwIndicatorKind pw_value_get_form            (const PwValue  *value);
double          pw_value_get_high            (const PwValue  *value);

gboolean        pw_value_is_blank            (const PwValue  *value);
gboolean        pw_value_has_number          (const PwValue  *value);
gboolean        pw_value_resolve             (const PwValue  *value,
                                              const PwValue  *baseline,
                                              double         *number);
gboolean        pw_value_equal               (const PwValue  *a,
                                              const PwValue  *b);

PwComparator    pw_comparator_mirror         (PwComparator    comparator);
PwUnitKind      pw_unit_kind_from_text       (const char     *unit);
char           *pw_format_number             (double          number);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwValue, pw_value_unref)

G_END_DECLS
