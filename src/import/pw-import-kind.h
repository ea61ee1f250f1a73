/* pw-import-kind.h: the kind of an imported indicator, from its target, name and unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-value.h"

G_BEGIN_DECLS

PwIndicatorKind pw_import_choose_kind (const char  *name,
                                       const char  *unit,
                                       PwValue     *target,
                                       char       **guess);

G_END_DECLS
