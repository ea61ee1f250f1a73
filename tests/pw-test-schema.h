/* pw-test-schema.h: checking a saved plan against data/plan.rng
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* data/plan.rng of the source tree. */
GBytes *pw_test_source_schema (void);

/* NULL when @document validates against the RELAX NG @schema, else
 * libxml2's messages. */
char   *pw_test_validate      (GBytes *schema,
                               GBytes *document);

/* The same against data/plan.rng. */
char   *pw_test_validate_plan (GBytes *document);

G_END_DECLS
