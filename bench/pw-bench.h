/* pw-bench.h: what the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-plan.h"

G_BEGIN_DECLS

double  pw_bench_now            (void);
double  pw_bench_cpu_now        (void);
double  pw_bench_children_cpu   (void);
double  pw_bench_peak_memory_mb (void);
double  pw_bench_resident_mb    (void);
double  pw_bench_status_mb      (const char *field);
void    pw_bench_remove_tree    (const char *path);
void    pw_bench_sort           (double     *values,
                                 guint       n);
PwPlan *pw_bench_make_plan      (guint n_indicators,
                                 guint n_chapters);

G_END_DECLS
