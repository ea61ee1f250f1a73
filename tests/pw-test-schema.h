/* pw-test-schema.h: checking a saved plan against data/plan.rng
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* NULL when @document validates, else the validator's messages. */
char *pw_test_validate_plan (GBytes *document);

G_END_DECLS
