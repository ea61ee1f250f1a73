/* test-progress.c: the progress method of doc/progress.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected number was worked out by hand (the steps are in
 * doc/progress.md for the worked examples), for a plan of 2021–2025 with the
 * baseline year 2020 and the default thresholds unless a test changes them.
 */

#include "config.h"

#include <math.h>

#include "pw-plan.h"
#include "pw-progress.h"
#include "pw-test-util.h"

#define EPS 1e-6

/* Auxiliary methods */

static PwIndicator *
add_indicator (PwPlan     *plan,
               const char *baseline,
               const char *target,
               PwNature    nature)
{
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwValue) baseline_value = baseline != NULL ? pw_value_new (baseline) : NULL;
  g_autoptr(PwValue) target_value = target != NULL ? pw_value_new (target) : NULL;

  pw_indicator_set_baseline (indicator, baseline_value);
  pw_indicator_set_target (indicator, target_value);
  pw_indicator_set_nature (indicator, nature);
  pw_plan_insert_indicator (plan, g_list_model_get_n_items (pw_plan_get_indicators (plan)),
                            indicator);

  /* the plan holds it */
  return indicator;
}

static void
set_actual (PwIndicator *indicator,
            int          year,
            const char  *text)
{
  g_autoptr(PwValue) value = pw_value_new (text);

  pw_indicator_set_actual (indicator, year, value);
}

static void
assert_path (const PwProgress *progress,
             double            elapsed,
             double            expected,
             double            completion,
             double            schedule)
{
  g_assert_cmpfloat_with_epsilon (progress->elapsed, elapsed, EPS);
  g_assert_cmpfloat_with_epsilon (progress->expected, expected, EPS);
  g_assert_cmpfloat_with_epsilon (progress->completion, completion, EPS);
  g_assert_cmpfloat_with_epsilon (progress->schedule, schedule, EPS);
}

static void
assert_no_path (const PwProgress *progress)
{
  g_assert_true (isnan (progress->expected));
  g_assert_true (isnan (progress->completion));
  g_assert_true (isnan (progress->schedule));
}

/* Worked examples of doc/progress.md */

/* Example 1: 每千人口拥有3岁以下婴幼儿托位数, 0.4 → 4.5, A₂₀₂₂ = 1.8 */
static void
test_example_rising (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "0.4", "4.5", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2022, "1.8");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);

  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_PATH);
  g_assert_false (progress.alert);
  g_assert_cmpint (progress.year, ==, 2022);
  g_assert_cmpfloat_with_epsilon (progress.baseline, 0.4, EPS);
  g_assert_cmpfloat_with_epsilon (progress.target, 4.5, EPS);
  g_assert_cmpfloat_with_epsilon (progress.actual, 1.8, EPS);
  assert_path (&progress, 0.4, 2.04, 0.3414634, 0.8536585);
}

/* Example 2: 孕妇死亡率, 13.95 → ≤10; 12.5, 9.6, 10.8 in 2022–2024 */
static void
test_example_falling_ceiling (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "13.95", "≤10", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2022, "12.5");
  set_actual (indicator, 2023, "9.6");
  set_actual (indicator, 2024, "10.8");

  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ON_TRACK);
  assert_path (&progress, 0.4, 12.37, 0.3670886, 0.9177215);

  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_MET);

  /* a ceiling is checked every year: over it again, no longer achieved */
  pw_plan_compute_progress (plan, indicator, 2024, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ON_TRACK);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_PATH);
  assert_path (&progress, 0.8, 10.79, 0.7974684, 0.9968354);
}

/* Example 3: 人均预期寿命, 78.34 → 提高1岁, A₂₀₂₃ = 78.9 */
static void
test_example_relative (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "78.34", "提高1岁", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2023, "78.9");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);

  g_assert_cmpint (progress.status, ==, PW_STATUS_ON_TRACK);
  g_assert_cmpfloat_with_epsilon (progress.target, 79.34, EPS);
  assert_path (&progress, 0.6, 78.94, 0.56, 0.9333333);
}

/* Example 4: 每千人口拥有执业(助理)医师, 2.52 → 3.6左右 */
static void
test_example_about (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "2.52", "3.6左右", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2022, "2.9");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  assert_path (&progress, 0.4, 2.952, 0.3518519, 0.8796296);

  /* inside the band 3.42–3.78 */
  set_actual (indicator, 2024, "3.45");
  pw_plan_compute_progress (plan, indicator, 2024, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_MET);
  g_assert_cmpfloat_with_epsilon (progress.completion, 0.8611111, EPS);
  g_assert_cmpfloat_with_epsilon (progress.schedule, 1.0763889, EPS);
}

/* Example 5: 养老机构护理型床位占比, 40% → 55%, binding, A₂₀₂₃ = 48.5% */
static void
test_example_binding_alert (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "40%", "55%", PW_NATURE_BINDING);
  PwProgress progress;

  set_actual (indicator, 2023, "48.5%");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);

  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  g_assert_true (progress.alert);
  assert_path (&progress, 0.6, 49, 0.5666667, 0.9444444);

  /* the same figures for an expected indicator are on track */
  pw_indicator_set_nature (indicator, PW_NATURE_EXPECTED);
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ON_TRACK);
  g_assert_false (progress.alert);

  /* and so is a binding one with the bar set to 0.90 in the plan */
  pw_indicator_set_nature (indicator, PW_NATURE_BINDING);
  pw_thresholds_set_binding_on_track (pw_plan_get_thresholds (plan), 0.90);
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ON_TRACK);
  g_assert_false (progress.alert);
}

/* Example 6: 九年义务教育巩固率, 96.5% → >96%, binding: hold it */
static void
test_example_hold (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "96.5%", ">96%", PW_NATURE_BINDING);
  PwProgress progress;

  set_actual (indicator, 2022, "96.8%");
  set_actual (indicator, 2023, "95.9%");

  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_HOLD);
  g_assert_false (progress.alert);
  assert_no_path (&progress);

  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_HOLD);
  g_assert_true (progress.alert);
  assert_no_path (&progress);
  g_assert_cmpfloat_with_epsilon (progress.elapsed, 0.6, EPS);
}

/* Example 7: 普惠性幼儿园覆盖率, 69.6% → >85%: 86% in 2023, 84.5% in 2024 */
static void
test_example_floor_once_crossed (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "69.6%", ">85%", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2023, "86%");
  set_actual (indicator, 2024, "84.5%");

  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_MET);

  pw_plan_compute_progress (plan, indicator, 2024, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_MET_EARLIER);
  g_assert_cmpint (progress.year, ==, 2024);
  g_assert_cmpfloat_with_epsilon (progress.actual, 84.5, EPS);
  g_assert_cmpfloat_with_epsilon (progress.elapsed, 0.8, EPS);
  g_assert_cmpfloat_with_epsilon (progress.completion, 0.9675325, EPS);
  g_assert_cmpfloat_with_epsilon (progress.schedule, 1.2094156, EPS);
}

/* Example 8: 孤儿和事实无人抚养儿童保障覆盖率, ≥99% → 应保尽保, binding */
static void
test_example_qualitative (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "≥99%", "应保尽保", PW_NATURE_BINDING);
  PwProgress progress;

  pw_indicator_set_state (indicator, 2021, PW_QUAL_STATE_IN_PROGRESS);
  pw_indicator_set_state (indicator, 2022, PW_QUAL_STATE_LARGELY_DONE);

  pw_plan_compute_progress (plan, indicator, 2021, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ON_TRACK);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_STATE);

  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_AHEAD);

  /* nothing set for 2023: the 2022 state is the latest */
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_AHEAD);
  g_assert_cmpint (progress.year, ==, 2022);
  g_assert_cmpfloat_with_epsilon (progress.elapsed, 0.4, EPS);
  g_assert_false (progress.alert);

  pw_indicator_set_state (indicator, 2022, PW_QUAL_STATE_NOT_STARTED);
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  g_assert_true (progress.alert);
}

/* Example 9: 每千人口拥有3岁以下婴幼儿托位数 in Xianning, - → 4.5 */
static void
test_example_no_baseline (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "-", "4.5", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2023, "4.5");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  assert_no_path (&progress);

  set_actual (indicator, 2023, "3.0");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_NO_BASELINE);

  /* no direction without a baseline: only an exact hit counts */
  set_actual (indicator, 2023, "5.0");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_NO_BASELINE);
  g_assert_false (progress.alert);
}

/* Why not A/T: a 巩固率 95.2% → 96%, 95.6% in 2023 */
static void
test_example_not_a_over_t (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "95.2%", "96%", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2023, "95.6%");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);

  /* A/T would read 0.9958 */
  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  assert_path (&progress, 0.6, 95.68, 0.5, 0.8333333);
}

/* The cases of the method */

/* a floor from below: ahead on the path, achieved on reaching it exactly */
static void
test_floor (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "80%", "≥90%", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2022, "85%");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  /* P = 5/10 = 0.5, τ = 0.4, S = 1.25 */
  g_assert_cmpint (progress.status, ==, PW_STATUS_AHEAD);
  assert_path (&progress, 0.4, 84, 0.5, 1.25);

  set_actual (indicator, 2023, "90%");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);

  /* a strict floor is not met by the number itself */
  {
    g_autoptr(PwValue) strict = pw_value_new (">90%");

    pw_indicator_set_target (indicator, strict);
    pw_plan_compute_progress (plan, indicator, 2023, &progress);
    /* P = 10/10 = 1, τ = 0.6, S = 1.6667 */
    g_assert_cmpint (progress.status, ==, PW_STATUS_AHEAD);
    g_assert_cmpfloat_with_epsilon (progress.schedule, 1.6666667, EPS);
  }
}

/* a ceiling from a baseline that meets it is held, every year */
static void
test_ceiling_every_year (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "1.78", "≤5", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2021, "2.1");
  set_actual (indicator, 2022, "5.3");
  set_actual (indicator, 2023, "4.9");

  pw_plan_compute_progress (plan, indicator, 2021, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_HOLD);
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
}

/* a falling plain number is a ceiling too: reaching it counts, a later rise
 * over it does not stay achieved */
static void
test_falling_point (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "24.8", "18", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2022, "17.5");
  set_actual (indicator, 2023, "19.5");

  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);

  /* P = (19.5 − 24.8)/(18 − 24.8) = 5.3/6.8 = 0.7794118, τ = 0.6, S = 1.2990196 */
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_AHEAD);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_PATH);
  assert_path (&progress, 0.6, 20.72, 0.7794118, 1.2990196);
}

static void
test_about_band (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "2.84", "4.3左右", PW_NATURE_EXPECTED);
  PwProgress progress;

  /* the band is 4.3 ± 0.215: 4.085 to 4.515 */
  set_actual (indicator, 2023, "4.09");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);

  set_actual (indicator, 2023, "4.51");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);

  /* P = (4.08 − 2.84)/1.46 = 0.8493151, τ = 0.6, S = 1.4155251 */
  set_actual (indicator, 2023, "4.08");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_AHEAD);
  g_assert_cmpfloat_with_epsilon (progress.completion, 0.8493151, EPS);
  g_assert_cmpfloat_with_epsilon (progress.schedule, 1.4155251, EPS);

  /* A baseline inside the band but apart from 4.3 is still a point to move
   * to: from 4.2, A = 4.08 has moved away, P = (4.08 − 4.2)/0.1 = −1.2. */
  {
    g_autoptr(PwValue) baseline = pw_value_new ("4.2");

    pw_indicator_set_baseline (indicator, baseline);
    pw_plan_compute_progress (plan, indicator, 2023, &progress);
    g_assert_cmpint (progress.status, ==, PW_STATUS_OFF_TRACK);
    g_assert_cmpint (progress.basis, ==, PW_BASIS_PATH);
    g_assert_cmpfloat_with_epsilon (progress.completion, -1.2, EPS);
  }

  /* Only a baseline equal to the target is held. */
  {
    g_autoptr(PwValue) baseline = pw_value_new ("4.3");

    pw_indicator_set_baseline (indicator, baseline);
    pw_plan_compute_progress (plan, indicator, 2023, &progress);
    g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
    g_assert_cmpint (progress.basis, ==, PW_BASIS_HOLD);
  }
}

/* 劳动年龄人口平均受教育年限 (Zhumadian): 10.5 → 11.0左右, 约束性. The band is
 * 11 ± 0.55, which holds the baseline, but the plan asks for a rise. */
static void
test_about_apart_from_baseline (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "10.5", "11.0左右", PW_NATURE_BINDING);
  PwProgress progress;

  /* 10.8 lies in the band: met, on its own value */
  set_actual (indicator, 2023, "10.8");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_MET);

  /* 10.4 lies below the band and below the baseline: P = −0.1/0.5 = −0.2 */
  set_actual (indicator, 2023, "10.4");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_OFF_TRACK);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_PATH);
  g_assert_cmpfloat_with_epsilon (progress.completion, -0.2, EPS);
  g_assert_true (progress.alert);
}

static void
test_hold_point (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "100%", "100%", PW_NATURE_BINDING);
  PwProgress progress;

  set_actual (indicator, 2021, "100%");
  pw_plan_compute_progress (plan, indicator, 2021, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_HOLD);
  g_assert_false (progress.alert);

  set_actual (indicator, 2022, "99.5%");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  g_assert_true (progress.alert);
}

static void
test_relative_percent (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "100", "比2020年增长30%", PW_NATURE_EXPECTED);
  PwProgress progress;

  /* T = 130; P = 25/30 = 0.8333333, τ = 1, S = 0.8333333 */
  set_actual (indicator, 2025, "125");
  pw_plan_compute_progress (plan, indicator, 2025, &progress);
  g_assert_cmpfloat_with_epsilon (progress.target, 130, EPS);
  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  assert_path (&progress, 1.0, 130, 0.8333333, 0.8333333);

  /* 提高2个百分点 on 96% is 98% */
  {
    g_autoptr(PwValue) baseline = pw_value_new ("96%");
    g_autoptr(PwValue) target = pw_value_new ("提高2个百分点");

    pw_indicator_set_baseline (indicator, baseline);
    pw_indicator_set_target (indicator, target);
    set_actual (indicator, 2025, "98.1%");
    pw_plan_compute_progress (plan, indicator, 2025, &progress);
    g_assert_cmpfloat_with_epsilon (progress.target, 98, EPS);
    g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  }
}

static void
test_relative_without_baseline (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "——", "提高1岁", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2023, "79");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_NO_BASELINE);
}

static void
test_floor_without_baseline (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "-", ">80", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2022, "78");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_NO_BASELINE);
  g_assert_cmpfloat_with_epsilon (progress.elapsed, 0.4, EPS);
  assert_no_path (&progress);

  set_actual (indicator, 2023, "82");
  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);

  /* crossed once: still achieved */
  set_actual (indicator, 2024, "79");
  pw_plan_compute_progress (plan, indicator, 2024, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_MET_EARLIER);
}

static void
test_qualitative_states (void)
{
  const struct
  {
    PwQualState state;
    PwStatus status;
  } cases[] = {
    { PW_QUAL_STATE_DONE, PW_STATUS_ACHIEVED },
    { PW_QUAL_STATE_LARGELY_DONE, PW_STATUS_AHEAD },
    { PW_QUAL_STATE_IN_PROGRESS, PW_STATUS_ON_TRACK },
    { PW_QUAL_STATE_NOT_STARTED, PW_STATUS_LAGGING },
    { PW_QUAL_STATE_NONE, PW_STATUS_NO_DATA },
  };
  g_autoptr(PwPlan) plan = pw_plan_new ();
  /* an unreadable baseline does not stop a goal in words */
  PwIndicator *indicator = add_indicator (plan, "1,2", "动态清零", PW_NATURE_EXPECTED);
  PwIndicator *reference = add_indicator (plan, "——", "不低于上年度人均消费支出增幅",
                                          PW_NATURE_EXPECTED);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PwProgress progress;

      pw_indicator_set_state (indicator, 2023, cases[i].state);
      pw_indicator_set_state (reference, 2023, cases[i].state);
      pw_plan_compute_progress (plan, indicator, 2024, &progress);
      g_assert_cmpint (progress.status, ==, cases[i].status);
      g_assert_false (progress.alert);
      pw_plan_compute_progress (plan, reference, 2024, &progress);
      g_assert_cmpint (progress.status, ==, cases[i].status);
    }

  /* a state set for the baseline year says nothing about progress */
  {
    PwProgress progress;

    pw_indicator_set_state (indicator, 2020, PW_QUAL_STATE_DONE);
    pw_plan_compute_progress (plan, indicator, 2024, &progress);
    g_assert_cmpint (progress.status, ==, PW_STATUS_NO_DATA);
    g_assert_cmpint (progress.basis, ==, PW_BASIS_NO_ACTUAL);
    g_assert_cmpint (progress.year, ==, 0);
  }
}

static void
test_off_track (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "0.4", "4.5", PW_NATURE_BINDING);
  PwProgress progress;

  /* moved away: P = −0.1/4.1 = −0.0243902 */
  set_actual (indicator, 2022, "0.3");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_OFF_TRACK);
  g_assert_cmpfloat_with_epsilon (progress.completion, -0.0243902, EPS);
  g_assert_true (progress.alert);

  /* too slow: P = 0.6/4.1 = 0.1463415, S = 0.3658537 */
  set_actual (indicator, 2022, "1.0");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_OFF_TRACK);
  g_assert_cmpfloat_with_epsilon (progress.schedule, 0.3658537, EPS);
  g_assert_true (progress.alert);
}

static void
test_no_gap (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "96%", ">96%", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2022, "96%");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  g_assert_true (isnan (progress.completion));

  set_actual (indicator, 2022, "95.5%");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_OFF_TRACK);

  set_actual (indicator, 2022, "96.2%");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
}

static void
test_thresholds_in_plan (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwThresholds *thresholds = pw_plan_get_thresholds (plan);
  PwIndicator *rising = add_indicator (plan, "0.4", "4.5", PW_NATURE_EXPECTED);
  PwIndicator *falling = add_indicator (plan, "13.95", "≤10", PW_NATURE_EXPECTED);
  PwIndicator *about = add_indicator (plan, "2.52", "3.6左右", PW_NATURE_EXPECTED);
  PwProgress progress;

  /* the defaults */
  g_assert_cmpfloat (pw_thresholds_get_ahead (thresholds), ==, 1.10);
  g_assert_cmpfloat (pw_thresholds_get_on_track (thresholds), ==, 0.90);
  g_assert_cmpfloat (pw_thresholds_get_binding_on_track (thresholds), ==, 1.0);
  g_assert_cmpfloat (pw_thresholds_get_lagging (thresholds), ==, 0.60);
  g_assert_cmpfloat (pw_thresholds_get_tolerance (thresholds), ==, 0.05);

  set_actual (rising, 2022, "1.8");   /* S = 0.8536585 */
  set_actual (falling, 2022, "12.5"); /* S = 0.9177215 */
  set_actual (about, 2024, "3.45");   /* S = 1.0763889, inside ±5 % */

  pw_thresholds_set_on_track (thresholds, 0.95);
  pw_plan_compute_progress (plan, falling, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);

  pw_thresholds_set_ahead (thresholds, 0.91);
  pw_plan_compute_progress (plan, falling, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_AHEAD);

  pw_thresholds_set_lagging (thresholds, 0.86);
  pw_plan_compute_progress (plan, rising, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_OFF_TRACK);

  /* a band of ±1 % is 3.564–3.636: 3.45 is outside and judged on the path */
  pw_thresholds_set_tolerance (thresholds, 0.01);
  pw_thresholds_set_ahead (thresholds, 1.10);
  pw_thresholds_set_on_track (thresholds, 0.90);
  pw_plan_compute_progress (plan, about, 2024, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ON_TRACK);

  /* the settings are edits of the plan, undone like any other */
  pw_history_undo (pw_plan_get_history (plan));
  pw_history_undo (pw_plan_get_history (plan));
  pw_history_undo (pw_plan_get_history (plan));
  g_assert_cmpfloat (pw_thresholds_get_tolerance (thresholds), ==, 0.05);
  pw_plan_compute_progress (plan, about, 2024, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_ACHIEVED);
}

static void
test_no_data (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "0.4", "4.5", PW_NATURE_BINDING);
  PwProgress progress;

  pw_plan_compute_progress (plan, indicator, 2023, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NO_DATA);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_NO_ACTUAL);
  g_assert_false (progress.alert);
  g_assert_cmpint (progress.year, ==, 0);

  /* a year before the first actual value */
  set_actual (indicator, 2023, "2");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NO_DATA);

  /* a placeholder entered as a value is no value */
  set_actual (indicator, 2022, "——");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NO_DATA);
}

static void
test_too_early (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "0.4", "4.5", PW_NATURE_EXPECTED);
  PwProgress progress;

  set_actual (indicator, 2020, "0.4");
  pw_plan_compute_progress (plan, indicator, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_TOO_EARLY);
}

static void
test_latest_actual (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "0.4", "4.5", PW_NATURE_EXPECTED);
  PwProgress progress;

  /* looking at 2024 with the latest value from 2022: τ is 2022's */
  set_actual (indicator, 2021, "0.9");
  set_actual (indicator, 2022, "1.8");
  pw_plan_compute_progress (plan, indicator, 2024, &progress);
  g_assert_cmpint (progress.year, ==, 2022);
  g_assert_cmpint (progress.status, ==, PW_STATUS_LAGGING);
  assert_path (&progress, 0.4, 2.04, 0.3414634, 0.8536585);
}

static void
test_unreadable (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  /* two numbers in one cell (a range such as 90-95 is read: test-kinds) */
  PwIndicator *range = add_indicator (plan, "80", "90、95", PW_NATURE_BINDING);
  PwIndicator *bad_baseline = add_indicator (plan, "1,2", "≥90%", PW_NATURE_EXPECTED);
  PwIndicator *bad_actual = add_indicator (plan, "80%", "≥90%", PW_NATURE_BINDING);
  PwProgress progress;

  set_actual (range, 2022, "85");
  pw_plan_compute_progress (plan, range, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_UNREADABLE);
  g_assert_false (progress.alert);

  set_actual (bad_baseline, 2022, "85%");
  pw_plan_compute_progress (plan, bad_baseline, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_UNREADABLE);

  set_actual (bad_actual, 2022, "八十五");
  pw_plan_compute_progress (plan, bad_actual, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_UNREADABLE);
  g_assert_false (progress.alert);
}

static void
test_no_target (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *none = add_indicator (plan, "5988", NULL, PW_NATURE_BINDING);
  PwIndicator *placeholder = add_indicator (plan, "5988", "——", PW_NATURE_BINDING);
  PwProgress progress;

  set_actual (none, 2022, "6000");
  set_actual (placeholder, 2022, "6000");
  pw_plan_compute_progress (plan, none, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_NO_TARGET);
  pw_plan_compute_progress (plan, placeholder, 2022, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
  g_assert_cmpint (progress.basis, ==, PW_BASIS_NO_TARGET);
}

static void
test_beyond_end (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "0.4", "4.5", PW_NATURE_EXPECTED);
  PwProgress at_end;
  PwProgress beyond;

  /* P = 3.6/4.1 = 0.8780488 at τ = 1 */
  set_actual (indicator, 2025, "4.0");
  set_actual (indicator, 2027, "5.0");
  pw_plan_compute_progress (plan, indicator, 2025, &at_end);
  pw_plan_compute_progress (plan, indicator, 2030, &beyond);

  g_assert_cmpint (beyond.year, ==, 2025);
  g_assert_cmpint (beyond.status, ==, PW_STATUS_LAGGING);
  assert_path (&beyond, 1.0, 4.5, 0.8780488, 0.8780488);
  g_assert_cmpint (at_end.status, ==, beyond.status);
  g_assert_cmpfloat (at_end.schedule, ==, beyond.schedule);
}

static void
test_plan_period (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwIndicator *indicator = add_indicator (plan, "0.4", "4.5", PW_NATURE_EXPECTED);
  PwProgress progress;

  /* a 十三五 plan: 2015 → 2020 */
  pw_plan_set_baseline_year (plan, 2015);
  pw_plan_set_start_year (plan, 2016);
  pw_plan_set_end_year (plan, 2020);
  set_actual (indicator, 2017, "1.8");
  pw_plan_compute_progress (plan, indicator, 2017, &progress);
  assert_path (&progress, 0.4, 2.04, 0.3414634, 0.8536585);

  /* a period that ends before it starts allows no judgement */
  pw_plan_set_end_year (plan, 2015);
  pw_plan_compute_progress (plan, indicator, 2017, &progress);
  g_assert_cmpint (progress.status, ==, PW_STATUS_NOT_ASSESSABLE);
}

static void
test_basis_labels (void)
{
  for (int basis = PW_BASIS_PATH; basis <= PW_BASIS_MET_EARLIER; basis++)
    {
      const char *label = pw_progress_basis_to_label (basis);

      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/progress/example/1-rising", test_example_rising);
  g_test_add_func ("/pw/progress/example/2-falling-ceiling", test_example_falling_ceiling);
  g_test_add_func ("/pw/progress/example/3-relative", test_example_relative);
  g_test_add_func ("/pw/progress/example/4-about", test_example_about);
  g_test_add_func ("/pw/progress/example/5-binding-alert", test_example_binding_alert);
  g_test_add_func ("/pw/progress/example/6-hold", test_example_hold);
  g_test_add_func ("/pw/progress/example/7-floor-once-crossed", test_example_floor_once_crossed);
  g_test_add_func ("/pw/progress/example/8-qualitative", test_example_qualitative);
  g_test_add_func ("/pw/progress/example/9-no-baseline", test_example_no_baseline);
  g_test_add_func ("/pw/progress/example/not-a-over-t", test_example_not_a_over_t);
  g_test_add_func ("/pw/progress/floor", test_floor);
  g_test_add_func ("/pw/progress/ceiling-every-year", test_ceiling_every_year);
  g_test_add_func ("/pw/progress/falling-point", test_falling_point);
  g_test_add_func ("/pw/progress/about-band", test_about_band);
  g_test_add_func ("/pw/progress/about-apart-from-baseline", test_about_apart_from_baseline);
  g_test_add_func ("/pw/progress/hold-point", test_hold_point);
  g_test_add_func ("/pw/progress/relative-percent", test_relative_percent);
  g_test_add_func ("/pw/progress/relative-without-baseline", test_relative_without_baseline);
  g_test_add_func ("/pw/progress/floor-without-baseline", test_floor_without_baseline);
  g_test_add_func ("/pw/progress/qualitative-states", test_qualitative_states);
  g_test_add_func ("/pw/progress/off-track", test_off_track);
  g_test_add_func ("/pw/progress/no-gap", test_no_gap);
  g_test_add_func ("/pw/progress/thresholds-in-plan", test_thresholds_in_plan);
  g_test_add_func ("/pw/progress/no-data", test_no_data);
  g_test_add_func ("/pw/progress/too-early", test_too_early);
  g_test_add_func ("/pw/progress/latest-actual", test_latest_actual);
  g_test_add_func ("/pw/progress/unreadable", test_unreadable);
  g_test_add_func ("/pw/progress/no-target", test_no_target);
  g_test_add_func ("/pw/progress/beyond-end", test_beyond_end);
  g_test_add_func ("/pw/progress/plan-period", test_plan_period);
  g_test_add_func ("/pw/progress/basis-labels", test_basis_labels);

  return g_test_run ();
}
