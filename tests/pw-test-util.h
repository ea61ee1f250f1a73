/* pw-test-util.h: what the tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-plan.h"

G_BEGIN_DECLS

/* The start of a .plan file of 2021–2025 with the default progress method. */
#define PW_TEST_PLAN_HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<plan xmlns=\"urn:plan-workbench:plan:1\" version=\"1\">\n" \
  "  <meta>\n" \
  "    <period start=\"2021\" end=\"2025\" baseline=\"2020\"/>\n" \
  "  </meta>\n" \
  "  <progress-method ahead=\"1.1\" on-track=\"0.9\" binding-on-track=\"1\" lagging=\"0.6\" tolerance=\"0.05\"/>\n"

/* ../shared/seeds/ next to the project, or NULL (with the test skipped and
 * the reason printed) when that folder is absent. */
char *pw_test_seed_path   (const char *seed_prefix);

/* A file of the source tree, e.g. "data/samples/zhumadian.plan". */
char *pw_test_source_path (const char *relative);

/* A fresh temporary folder, removed when the test program ends. */
char *pw_test_temp_dir    (void);

/* The indicator of @plan named @name; asserts there is one. */
PwIndicator *pw_test_find_indicator (PwPlan     *plan,
                                     const char *name);

/* The line and column (in characters, from 1) where @needle starts in
 * @text; asserts it is there. */
void pw_test_position_of (const char *text,
                          const char *needle,
                          int        *line,
                          int        *column);

/* A file @name holding @length bytes of @contents (all when -1), in a fresh
 * temporary folder. */
char *pw_test_write_temp_file (const char *name,
                               const char *contents,
                               gssize      length);

/* The texts of the <tspan> elements of @svg, in order (what the charts'
 * text sink wrote while they drew). */
GPtrArray *pw_test_svg_tspans (const char *svg);

/* The indicator of @plan named @name, or NULL. */
PwIndicator *pw_test_indicator_named   (PwPlan     *plan,
                                        const char *name);

/* The indicator imported from line @line of the document, or NULL. */
PwIndicator *pw_test_indicator_at_line (PwPlan *plan,
                                        int     line);

/* Asserts that @value is printed as @text, or is NULL when @text is. */
void         pw_test_assert_value      (PwValue    *value,
                                        const char *text);

G_END_DECLS
