/* pw-progress.c: progress of an indicator toward its target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one computation of progress that every grid column, chart and report
 * uses. The method, with worked examples, is written for users in
 * doc/progress.md; keep the two in step.
 */

#define G_LOG_DOMAIN "pw-progress"

#include "config.h"

#include "pw-progress.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#define EPSILON 1e-9

/* Auxiliary methods */

/* Whether @value satisfies the target @target with @comparator. A plain
 * number is a point to reach from @baseline's side; without a baseline its
 * direction is unknown and only hitting it exactly counts. */
static gboolean
meets (double       value,
       double       target,
       PwComparator comparator,
       double       baseline,
       double       tolerance)
{
  switch (comparator)
    {
    case PW_COMPARATOR_GREATER_EQUAL:
    case PW_COMPARATOR_AT_LEAST:
      return value >= target - EPSILON;
    case PW_COMPARATOR_GREATER:
      return value > target + EPSILON;
    case PW_COMPARATOR_LESS_EQUAL:
    case PW_COMPARATOR_AT_MOST:
      return value <= target + EPSILON;
    case PW_COMPARATOR_LESS:
      return value < target - EPSILON;
    case PW_COMPARATOR_ABOUT:
      return fabs (value - target) <= tolerance * fabs (target) + EPSILON;
    case PW_COMPARATOR_EQUAL:
    default:
      if (isnan (baseline) || fabs (target - baseline) < EPSILON)
        return fabs (value - target) < EPSILON;
      if (target > baseline)
        return value >= target - EPSILON;
      return value <= target + EPSILON;
    }
}

/* Which way the target lies: +1 for a floor (≥X, >X, X以上, or a plain
 * number above the baseline), -1 for a ceiling (≤X, <X, X以下, or a plain
 * number below the baseline), 0 when unknown or an about-target. */
static int
direction_of (PwComparator comparator,
              double       target,
              double       baseline)
{
  switch (comparator)
    {
    case PW_COMPARATOR_GREATER_EQUAL:
    case PW_COMPARATOR_GREATER:
    case PW_COMPARATOR_AT_LEAST:
      return 1;
    case PW_COMPARATOR_LESS_EQUAL:
    case PW_COMPARATOR_LESS:
    case PW_COMPARATOR_AT_MOST:
      return -1;
    case PW_COMPARATOR_EQUAL:
      if (isnan (baseline) || fabs (target - baseline) < EPSILON)
        return 0;
      return target > baseline ? 1 : -1;
    case PW_COMPARATOR_ABOUT:
    default:
      return 0;
    }
}

/* Whether an actual value of a year after the baseline year and before
 * @before met the target: a floor, once crossed, counts as achieved. */
static gboolean
met_earlier (PwIndicator  *indicator,
             int           baseline_year,
             int           before,
             double        target,
             PwComparator  comparator,
             double        baseline,
             double        tolerance)
{
  guint n_years = pw_indicator_get_n_years (indicator);

  for (guint i = 0; i < n_years; i++)
    {
      int year = pw_indicator_get_nth_year (indicator, i);
      PwValue *actual;

      if (year <= baseline_year)
        continue;
      if (year >= before)
        break;

      actual = pw_indicator_get_actual (indicator, year);
      if (pw_value_has_number (actual) &&
          meets (pw_value_get_number (actual), target, comparator, baseline, tolerance))
        return TRUE;
    }

  return FALSE;
}

static void
judge_schedule (PwProgress   *progress,
                PwThresholds *thresholds,
                gboolean      binding)
{
  double on_track = binding ? pw_thresholds_get_binding_on_track (thresholds)
                            : pw_thresholds_get_on_track (thresholds);

  if (progress->completion < 0)
    progress->status = PW_STATUS_OFF_TRACK;
  else if (progress->schedule >= pw_thresholds_get_ahead (thresholds) - EPSILON)
    progress->status = PW_STATUS_AHEAD;
  else if (progress->schedule >= on_track - EPSILON)
    progress->status = PW_STATUS_ON_TRACK;
  else if (progress->schedule >= pw_thresholds_get_lagging (thresholds) - EPSILON)
    progress->status = PW_STATUS_LAGGING;
  else
    progress->status = PW_STATUS_OFF_TRACK;
}

static PwStatus
status_of_state (PwQualState state)
{
  switch (state)
    {
    case PW_QUAL_STATE_DONE:
      return PW_STATUS_ACHIEVED;
    case PW_QUAL_STATE_LARGELY_DONE:
      return PW_STATUS_AHEAD;
    case PW_QUAL_STATE_IN_PROGRESS:
      return PW_STATUS_ON_TRACK;
    case PW_QUAL_STATE_NOT_STARTED:
      return PW_STATUS_LAGGING;
    case PW_QUAL_STATE_NONE:
    default:
      return PW_STATUS_NO_DATA;
    }
}

static void
compute (PwIndicator  *indicator,
         PwThresholds *thresholds,
         int           baseline_year,
         int           end_year,
         int           year,
         PwProgress   *progress)
{
  PwValue *baseline = pw_indicator_get_baseline (indicator);
  PwValue *target = pw_indicator_get_target (indicator);
  PwValue *actual;
  double tolerance = pw_thresholds_get_tolerance (thresholds);
  PwComparator comparator;
  gboolean binding = pw_indicator_get_nature (indicator) == PW_NATURE_BINDING;

  year = MIN (year, end_year);

  if (pw_value_is_blank (target))
    {
      progress->status = PW_STATUS_NOT_ASSESSABLE;
      progress->basis = PW_BASIS_NO_TARGET;
      return;
    }

  if (pw_value_get_kind (target) == PW_VALUE_INVALID)
    {
      progress->status = PW_STATUS_NOT_ASSESSABLE;
      progress->basis = PW_BASIS_UNREADABLE;
      return;
    }

  /* Goals in words carry a state per year, set by hand; they need no
   * baseline, so an unreadable one does not stop them. */
  if (pw_value_get_kind (target) == PW_VALUE_QUALITATIVE)
    {
      progress->basis = PW_BASIS_STATE;
      progress->status = PW_STATUS_NO_DATA;
      for (int y = year; y > baseline_year; y--)
        {
          PwQualState state = pw_indicator_get_state (indicator, y);

          if (state != PW_QUAL_STATE_NONE)
            {
              progress->year = y;
              progress->elapsed = (double) (y - baseline_year) / (end_year - baseline_year);
              progress->status = status_of_state (state);
              break;
            }
        }
      if (progress->status == PW_STATUS_NO_DATA)
        progress->basis = PW_BASIS_NO_ACTUAL;
      return;
    }

  if (baseline != NULL && pw_value_get_kind (baseline) == PW_VALUE_INVALID)
    {
      progress->status = PW_STATUS_NOT_ASSESSABLE;
      progress->basis = PW_BASIS_UNREADABLE;
      return;
    }

  pw_value_resolve (baseline, NULL, &progress->baseline);
  if (!pw_value_resolve (target, baseline, &progress->target))
    {
      /* a relative target (提高1岁) with no baseline to resolve it against */
      progress->status = PW_STATUS_NOT_ASSESSABLE;
      progress->basis = PW_BASIS_NO_BASELINE;
      return;
    }
  comparator = pw_value_get_comparator (target);

  actual = pw_indicator_get_latest_actual (indicator, year, &progress->year);
  if (actual == NULL)
    {
      progress->status = PW_STATUS_NO_DATA;
      progress->basis = PW_BASIS_NO_ACTUAL;
      progress->year = 0;
      return;
    }
  if (!pw_value_has_number (actual))
    {
      progress->status = PW_STATUS_NOT_ASSESSABLE;
      progress->basis = PW_BASIS_UNREADABLE;
      return;
    }
  progress->actual = pw_value_get_number (actual);

  if (progress->year <= baseline_year)
    {
      progress->status = PW_STATUS_NOT_ASSESSABLE;
      progress->basis = PW_BASIS_TOO_EARLY;
      return;
    }
  progress->elapsed = (double) (progress->year - baseline_year) / (end_year - baseline_year);

  if (!isnan (progress->baseline))
    {
      double gap = progress->target - progress->baseline;

      progress->expected = progress->baseline + gap * progress->elapsed;
      if (fabs (gap) >= EPSILON)
        {
          progress->completion = (progress->actual - progress->baseline) / gap;
          progress->schedule = progress->completion / progress->elapsed;
        }
    }

  /* A baseline that already meets the target means "hold it": there is no
   * gap to close, so no path, completion or schedule ratio. An about-target
   * set apart from its baseline (10.5 → 11.0左右) is a point to move to, even
   * when the baseline falls inside its band. */
  if (!isnan (progress->baseline) &&
      meets (progress->baseline, progress->target, comparator, NAN, tolerance) &&
      !(comparator == PW_COMPARATOR_ABOUT && fabs (progress->target - progress->baseline) >= EPSILON))
    {
      progress->basis = PW_BASIS_HOLD;
      progress->expected = NAN;
      progress->completion = NAN;
      progress->schedule = NAN;
      progress->status = meets (progress->actual, progress->target, comparator, NAN, tolerance)
                           ? PW_STATUS_ACHIEVED
                           : PW_STATUS_LAGGING;
      return;
    }

  if (meets (progress->actual, progress->target, comparator, progress->baseline, tolerance))
    {
      progress->basis = PW_BASIS_MET;
      progress->status = PW_STATUS_ACHIEVED;
      return;
    }

  /* A floor is achieved once crossed; a ceiling (and an about-target) is
   * judged on each year's value, so a later breach counts. */
  if (direction_of (comparator, progress->target, progress->baseline) > 0 &&
      met_earlier (indicator, baseline_year, progress->year, progress->target, comparator,
                   progress->baseline, tolerance))
    {
      progress->basis = PW_BASIS_MET_EARLIER;
      progress->status = PW_STATUS_ACHIEVED;
      return;
    }

  if (isnan (progress->baseline))
    {
      progress->status = PW_STATUS_NOT_ASSESSABLE;
      progress->basis = PW_BASIS_NO_BASELINE;
      return;
    }

  progress->basis = PW_BASIS_PATH;
  if (isnan (progress->completion))
    {
      /* No gap to close (96 → >96) and the target not met: standing still
       * is lagging, moving away from the target is off track. */
      int direction = direction_of (comparator, progress->target, progress->baseline);

      if ((progress->actual - progress->baseline) * direction < -EPSILON)
        progress->status = PW_STATUS_OFF_TRACK;
      else
        progress->status = PW_STATUS_LAGGING;
      return;
    }
  judge_schedule (progress, thresholds, binding);
}

/* Public API */

/**
 * pw_progress_compute:
 * @indicator: an indicator
 * @thresholds: the settings of the method
 * @baseline_year: the year of the baseline (t₀)
 * @end_year: the year of the target (t_T)
 * @year: the year to judge at: the latest actual value up to it is used
 * @progress: (out caller-allocates): the result
 *
 * Computes how far @indicator has come toward its target, by the method of
 * doc/progress.md.
 */
void
pw_progress_compute (PwIndicator  *indicator,
                     PwThresholds *thresholds,
                     int           baseline_year,
                     int           end_year,
                     int           year,
                     PwProgress   *progress)
{
  g_return_if_fail (PW_IS_INDICATOR (indicator));
  g_return_if_fail (PW_IS_THRESHOLDS (thresholds));
  g_return_if_fail (progress != NULL);

  progress->status = PW_STATUS_NOT_ASSESSABLE;
  progress->basis = PW_BASIS_NO_TARGET;
  progress->alert = FALSE;
  progress->year = 0;
  progress->elapsed = NAN;
  progress->completion = NAN;
  progress->schedule = NAN;
  progress->baseline = NAN;
  progress->target = NAN;
  progress->actual = NAN;
  progress->expected = NAN;

  if (end_year <= baseline_year)
    return;

  compute (indicator, thresholds, baseline_year, end_year, year, progress);

  progress->alert = pw_indicator_get_nature (indicator) == PW_NATURE_BINDING &&
                    (progress->status == PW_STATUS_LAGGING || progress->status == PW_STATUS_OFF_TRACK);
}

/**
 * pw_plan_compute_progress:
 * @plan: a plan
 * @indicator: one of @plan's indicators
 * @year: the year to judge at
 * @progress: (out caller-allocates): the result
 *
 * pw_progress_compute() with the period and thresholds of @plan.
 */
void
pw_plan_compute_progress (PwPlan      *plan,
                          PwIndicator *indicator,
                          int          year,
                          PwProgress  *progress)
{
  g_return_if_fail (PW_IS_PLAN (plan));

  pw_progress_compute (indicator,
                       pw_plan_get_thresholds (plan),
                       pw_plan_get_baseline_year (plan),
                       pw_plan_get_end_year (plan),
                       year,
                       progress);
}

/**
 * pw_progress_basis_to_label:
 * @basis: a basis
 *
 * Returns: a short explanation for a tooltip, in the user's language
 */
const char *
pw_progress_basis_to_label (PwProgressBasis basis)
{
  switch (basis)
    {
    case PW_BASIS_PATH:
      return _("Compared with the linear path from baseline to target");
    case PW_BASIS_MET:
      return _("The latest actual value meets the target");
    case PW_BASIS_HOLD:
      return _("The baseline already met the target; the target is to hold it");
    case PW_BASIS_STATE:
      return _("Assessed by the state entered for the year");
    case PW_BASIS_NO_ACTUAL:
      return _("No actual value has been entered yet");
    case PW_BASIS_NO_BASELINE:
      return _("Without a baseline there is no path to compare with");
    case PW_BASIS_NO_TARGET:
      return _("The indicator has no target");
    case PW_BASIS_UNREADABLE:
      return _("A value could not be read as a number");
    case PW_BASIS_TOO_EARLY:
      return _("The actual value is for the baseline year or earlier");
    case PW_BASIS_MET_EARLIER:
      return _("The target, a floor, was reached in an earlier year");
    default:
      g_return_val_if_reached (NULL);
    }
}
