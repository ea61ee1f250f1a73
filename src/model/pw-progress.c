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
#include <string.h>

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

static void
settle (PwProgress      *progress,
        PwStatus         status,
        PwProgressBasis  basis)
{
  progress->status = status;
  progress->basis = basis;
}

/* By the schedule ratio, when there is one. */
static void
judge_schedule_if_any (PwProgress   *progress,
                       PwThresholds *thresholds,
                       gboolean      binding)
{
  if (isnan (progress->schedule) || isnan (progress->completion))
    settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_UNREADABLE);
  else
    judge_schedule (progress, thresholds, binding);
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

/* The latest actual value up to @year, as a number, with its year and τ.
 * Returns FALSE with the status set when there is none to judge by. */
static gboolean
latest_number (PwIndicator *indicator,
               int          baseline_year,
               int          end_year,
               int          year,
               PwProgress  *progress)
{
  PwValue *actual = pw_indicator_get_latest_actual (indicator, year, &progress->year);

  if (actual == NULL)
    {
      progress->status = PW_STATUS_NO_DATA;
      progress->basis = PW_BASIS_NO_ACTUAL;
      progress->year = 0;
      return FALSE;
    }
  if (!pw_value_has_number (actual) && pw_value_get_kind (actual) != PW_VALUE_RELATIVE)
    {
      settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_UNREADABLE);
      return FALSE;
    }
  progress->actual = pw_value_get_number (actual);

  if (progress->year <= baseline_year)
    {
      settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_TOO_EARLY);
      return FALSE;
    }
  progress->elapsed = (double) (progress->year - baseline_year) / (end_year - baseline_year);
  return TRUE;
}

/* The actual value of every year from the baseline year + 1 to the latest
 * one up to @year, for the kinds that add up or compound the years: a year
 * left out would make the total wrong, so it stops the judgement. */
static GArray *
every_year (PwIndicator *indicator,
            int          baseline_year,
            int          end_year,
            int          year,
            PwProgress  *progress)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  if (!latest_number (indicator, baseline_year, end_year, year, progress))
    return NULL;

  for (int y = baseline_year + 1; y <= progress->year; y++)
    {
      PwValue *actual = pw_indicator_get_actual (indicator, y);
      double number;

      if (pw_value_is_blank (actual))
        {
          settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_MISSING_YEAR);
          return NULL;
        }
      if (!pw_value_has_number (actual))
        {
          settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_UNREADABLE);
          return NULL;
        }
      number = pw_value_get_number (actual);
      g_array_append_val (values, number);
    }

  return g_steal_pointer (&values);
}

static gboolean
is_ceiling (PwComparator comparator)
{
  return comparator == PW_COMPARATOR_LESS_EQUAL || comparator == PW_COMPARATOR_LESS ||
         comparator == PW_COMPARATOR_AT_MOST;
}

/* What every judge_*() is given: the indicator, the method's thresholds,
 * the period, the year judged (at most the end year) and the target's
 * comparator. */
typedef struct
{
  PwIndicator *indicator;
  PwThresholds *thresholds;
  int baseline_year;
  int end_year;
  int year;
  PwComparator comparator;
  double tolerance;
  gboolean binding;
} Judge;

/* Levels, hold-or-cap targets and relative changes resolved to a level: the
 * linear path from B to T. @once_crossed: a floor counts as achieved once an
 * actual value crossed it (levels); hold-or-cap targets are checked in
 * every year. */
static void
judge_level (const Judge *j,
             gboolean     once_crossed,
             PwProgress  *progress)
{

  if (!latest_number (j->indicator, j->baseline_year, j->end_year, j->year, progress))
    return;

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
      meets (progress->baseline, progress->target, j->comparator, NAN, j->tolerance) &&
      !(j->comparator == PW_COMPARATOR_ABOUT && fabs (progress->target - progress->baseline) >= EPSILON))
    {
      progress->basis = PW_BASIS_HOLD;
      progress->expected = NAN;
      progress->completion = NAN;
      progress->schedule = NAN;
      progress->status = meets (progress->actual, progress->target, j->comparator, NAN, j->tolerance)
                           ? PW_STATUS_ACHIEVED
                           : PW_STATUS_LAGGING;
      return;
    }

  if (meets (progress->actual, progress->target, j->comparator, progress->baseline, j->tolerance))
    {
      settle (progress, PW_STATUS_ACHIEVED, PW_BASIS_MET);
      return;
    }

  /* A floor is achieved once crossed; a ceiling (and an about-target) is
   * judged on each year's value, so a later breach counts. */
  if (once_crossed && direction_of (j->comparator, progress->target, progress->baseline) > 0 &&
      met_earlier (j->indicator, j->baseline_year, progress->year, progress->target, j->comparator,
                   progress->baseline, j->tolerance))
    {
      settle (progress, PW_STATUS_ACHIEVED, PW_BASIS_MET_EARLIER);
      return;
    }

  if (isnan (progress->baseline))
    {
      settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_NO_BASELINE);
      return;
    }

  progress->basis = PW_BASIS_PATH;
  if (isnan (progress->completion))
    {
      /* No gap to close (96 → >96) and the target not met: standing still
       * is lagging, moving away from the target is off track. */
      int direction = direction_of (j->comparator, progress->target, progress->baseline);

      if ((progress->actual - progress->baseline) * direction < -EPSILON)
        progress->status = PW_STATUS_OFF_TRACK;
      else
        progress->status = PW_STATUS_LAGGING;
      return;
    }
  judge_schedule (progress, j->thresholds, j->binding);
}

/* A total over the period: the yearly actual values add up, and the running
 * total C is set against T, with T · τ as the schedule. */
static void
judge_cumulative (const Judge *j,
                  PwProgress  *progress)
{
  g_autoptr(GArray) values = every_year (j->indicator, j->baseline_year, j->end_year, j->year, progress);
  double total = 0;

  if (values == NULL)
    return;

  for (guint i = 0; i < values->len; i++)
    total += g_array_index (values, double, i);
  progress->actual = total;
  progress->expected = progress->target * progress->elapsed;
  if (fabs (progress->target) >= EPSILON)
    {
      progress->completion = total / progress->target;
      progress->schedule = progress->completion / progress->elapsed;
    }
  progress->basis = PW_BASIS_PATH;

  /* A cap on a total (≤X over five years): over it is off track; under its
   * share of the period, on track; using it up faster than time, lagging. */
  if (is_ceiling (j->comparator))
    {
      if (!meets (total, progress->target, j->comparator, NAN, j->tolerance))
        progress->status = PW_STATUS_OFF_TRACK;
      else if (progress->year >= j->end_year)
        {
          progress->basis = PW_BASIS_MET;
          progress->status = PW_STATUS_ACHIEVED;
        }
      else if (isnan (progress->schedule) || progress->schedule <= 1.0 + EPSILON)
        progress->status = PW_STATUS_ON_TRACK;
      else
        progress->status = PW_STATUS_LAGGING;
      return;
    }

  /* a plain total is one to reach: met once the sum gets there */
  if (meets (total, progress->target,
             j->comparator == PW_COMPARATOR_EQUAL ? PW_COMPARATOR_GREATER_EQUAL : j->comparator, NAN,
             j->tolerance))
    {
      settle (progress, PW_STATUS_ACHIEVED, PW_BASIS_MET);
      return;
    }
  judge_schedule_if_any (progress, j->thresholds, j->binding);
}

/* A target for each year: the latest year's actual value against it; the
 * share of the year's target reached is both P and S (the year is over). */
static void
judge_annual (const Judge *j,
              PwProgress  *progress)
{
  double a, t = progress->target;

  if (!latest_number (j->indicator, j->baseline_year, j->end_year, j->year, progress))
    return;
  a = progress->actual;
  progress->expected = t;

  if (meets (a, t, j->comparator == PW_COMPARATOR_EQUAL ? PW_COMPARATOR_GREATER_EQUAL : j->comparator,
             NAN, j->tolerance))
    {
      settle (progress, PW_STATUS_ACHIEVED, PW_BASIS_MET);
      return;
    }

  progress->basis = PW_BASIS_PATH;
  /* under a floor: A / T; over a ceiling (or above an about-target): T / A */
  if (is_ceiling (j->comparator) || (j->comparator == PW_COMPARATOR_ABOUT && a > t))
    progress->completion = fabs (a) >= EPSILON ? t / a : NAN;
  else
    progress->completion = fabs (t) >= EPSILON ? a / t : NAN;
  progress->schedule = progress->completion;
  judge_schedule_if_any (progress, j->thresholds, j->binding);
}

/* An average annual growth rate. With a baseline level (and an indicator
 * that is not itself a rate) the actual values are levels and the average
 * is (A / B)^(1/n) − 1; otherwise they are each year's growth rate in per
 * cent, compounded. S = ln(1 + g) / ln(1 + T): the share of the period's
 * growth achieved (P = S · τ) over the share of time elapsed. */
static void
judge_growth (const Judge *j,
              PwProgress  *progress)
{
  PwValue *baseline = pw_indicator_get_baseline (j->indicator);
  gboolean levels = pw_value_has_number (baseline) && pw_value_get_form (baseline) == PW_KIND_LEVEL &&
                    pw_unit_kind_from_text (pw_indicator_get_unit (j->indicator)) == PW_UNIT_PLAIN;
  double rate_target = progress->target / 100.0;
  double growth;
  int n;
  gboolean cap;
  int want;

  if (levels)
    {
      if (!latest_number (j->indicator, j->baseline_year, j->end_year, j->year, progress))
        return;
      n = progress->year - j->baseline_year;
      if (progress->actual <= 0 || progress->baseline <= 0)
        {
          settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_UNREADABLE);
          return;
        }
      growth = pow (progress->actual / progress->baseline, 1.0 / n) - 1.0;
      progress->expected = progress->baseline * pow (1.0 + rate_target, n);
    }
  else
    {
      g_autoptr(GArray) values = every_year (j->indicator, j->baseline_year, j->end_year, j->year, progress);
      double product = 1.0;

      if (values == NULL)
        return;
      n = values->len;
      for (guint i = 0; i < values->len; i++)
        product *= 1.0 + g_array_index (values, double, i) / 100.0;
      if (product <= 0)
        {
          settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_UNREADABLE);
          return;
        }
      growth = pow (product, 1.0 / n) - 1.0;
      progress->expected = progress->target;
    }

  progress->actual = growth * 100.0;
  progress->basis = PW_BASIS_PATH;
  if (fabs (rate_target) >= EPSILON && rate_target > -1.0)
    {
      progress->schedule = log1p (growth) / log1p (rate_target);
      progress->completion = progress->schedule * progress->elapsed;
    }

  /* a cap keeps growth under T (能源消费年均增长控制在2%以内); a floor, or a
   * plain or about rate, asks for growth of T (or a fall of T, 年均下降) */
  want = rate_target >= 0 ? 1 : -1;
  cap = (is_ceiling (j->comparator) && want > 0) ||
        (!is_ceiling (j->comparator) && j->comparator != PW_COMPARATOR_EQUAL &&
         j->comparator != PW_COMPARATOR_ABOUT && want < 0);
  if (cap)
    {
      if (meets (progress->actual, progress->target, j->comparator, NAN, j->tolerance))
        {
          progress->basis = progress->year >= j->end_year ? PW_BASIS_MET : PW_BASIS_PATH;
          progress->status = progress->year >= j->end_year ? PW_STATUS_ACHIEVED : PW_STATUS_ON_TRACK;
        }
      else if (!isnan (progress->schedule) &&
               progress->schedule >= 1.0 / pw_thresholds_get_lagging (j->thresholds) - EPSILON)
        progress->status = PW_STATUS_OFF_TRACK;
      else
        progress->status = PW_STATUS_LAGGING;
      return;
    }

  if (j->comparator == PW_COMPARATOR_ABOUT)
    {
      if (meets (progress->actual, progress->target, j->comparator, NAN, j->tolerance))
        {
          progress->basis = progress->year >= j->end_year ? PW_BASIS_MET : PW_BASIS_PATH;
          progress->status = progress->year >= j->end_year ? PW_STATUS_ACHIEVED : PW_STATUS_ON_TRACK;
          return;
        }
    }
  else if ((!isnan (progress->completion) && progress->completion >= 1.0 - EPSILON) ||
           (progress->year >= j->end_year &&
            meets (progress->actual, progress->target,
                   j->comparator == PW_COMPARATOR_EQUAL
                     ? (want > 0 ? PW_COMPARATOR_GREATER_EQUAL : PW_COMPARATOR_LESS_EQUAL)
                     : j->comparator,
                   NAN, j->tolerance)))
    {
      /* the growth of the whole period already achieved */
      progress->basis = PW_BASIS_MET;
      progress->status = PW_STATUS_ACHIEVED;
      return;
    }

  judge_schedule_if_any (progress, j->thresholds, j->binding);
}

/* A range [L, H]: achieved inside it (checked in every year); outside it,
 * judged on the path from B to the end the actual value lies beyond. */
static void
judge_range (const Judge *j,
             double       low,
             double       high,
             PwProgress  *progress)
{
  double b = progress->baseline;
  double a, end, gap;

  if (!latest_number (j->indicator, j->baseline_year, j->end_year, j->year, progress))
    return;
  a = progress->actual;

  if (a >= low - EPSILON && a <= high + EPSILON)
    {
      progress->target = a < low ? low : (a > high ? high : a);
      progress->basis = PW_BASIS_MET;
      progress->status = PW_STATUS_ACHIEVED;
      return;
    }

  end = a < low ? low : high;
  progress->target = end;
  if (isnan (b))
    {
      settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_NO_BASELINE);
      return;
    }
  if (b >= low - EPSILON && b <= high + EPSILON)
    {
      /* a baseline inside the range: the target is to stay inside it */
      progress->basis = PW_BASIS_HOLD;
      progress->status = PW_STATUS_LAGGING;
      return;
    }

  progress->basis = PW_BASIS_PATH;
  if ((b < low && a > high) || (b > high && a < low))
    {
      /* past the whole range: no longer on the way into it */
      progress->status = PW_STATUS_LAGGING;
      return;
    }
  gap = end - b;
  progress->expected = b + gap * progress->elapsed;
  progress->completion = (a - b) / gap;
  progress->schedule = progress->completion / progress->elapsed;
  judge_schedule (progress, j->thresholds, j->binding);
}

/* The direction that an indicator's name gives a plain number judged as a
 * relative change: 单位地区生产总值二氧化碳排放降低（%） 〔20〕 is a fall. */
static int
sign_of_name (PwIndicator *indicator)
{
  static const char *falls[] = { "下降", "降低", "减少", "缩短", "压缩", "减排" };
  const char *name = pw_indicator_get_name (indicator);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (falls); i++)
    if (strstr (name, falls[i]) != NULL)
      return -1;
  return 1;
}

/* A change against the baseline: with a baseline level, resolved to the
 * level to reach (a fall of 13.5% from B is B × (1 − 0.135)) and judged on
 * the path to it; without one, the actual values are the change achieved
 * so far, set against the change required. */
static void
judge_relative (const Judge *j,
                PwProgress  *progress)
{
  PwValue *target = pw_indicator_get_target (j->indicator);
  PwComparator comparator = pw_value_get_comparator (target);
  double change;
  gboolean percent;

  if (pw_value_get_kind (target) == PW_VALUE_RELATIVE)
    {
      change = pw_value_get_number (target);
      percent = pw_value_get_relative_mode (target) == PW_RELATIVE_PERCENT;
    }
  else
    {
      /* a plain number: its sign from the name, a share of the baseline when
       * the indicator is counted in per cent */
      change = pw_value_get_number (target) * sign_of_name (j->indicator);
      percent = pw_value_get_unit_kind (target) == PW_UNIT_PERCENT ||
                pw_unit_kind_from_text (pw_indicator_get_unit (j->indicator)) == PW_UNIT_PERCENT;
      if (change < 0)
        comparator = pw_comparator_mirror (comparator);
    }

  if (!isnan (progress->baseline))
    {
      progress->target = percent ? progress->baseline * (1.0 + change / 100.0)
                                 : progress->baseline + change;
      /* a rise (提高1岁) is a floor, achieved once crossed, as before kinds */
      Judge level = *j;

      level.comparator = comparator;
      judge_level (&level, TRUE, progress);
      return;
    }

  /* No baseline: an actual value entered as a change (下降8.2%) is the
   * change achieved so far, set against |change|; a level cannot be. */
  if (!latest_number (j->indicator, j->baseline_year, j->end_year, j->year, progress))
    return;
  if (pw_value_get_kind (pw_indicator_get_latest_actual (j->indicator, j->year, NULL)) != PW_VALUE_RELATIVE)
    {
      settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_NO_BASELINE);
      return;
    }
  progress->actual *= change < 0 ? -1 : 1;
  progress->target = fabs (change);
  progress->expected = progress->target * progress->elapsed;
  progress->basis = PW_BASIS_PATH;
  if (progress->target < EPSILON)
    {
      settle (progress, PW_STATUS_NOT_ASSESSABLE, PW_BASIS_UNREADABLE);
      return;
    }
  progress->completion = progress->actual / progress->target;
  progress->schedule = progress->completion / progress->elapsed;
  if (progress->completion >= 1.0 - EPSILON)
    {
      settle (progress, PW_STATUS_ACHIEVED, PW_BASIS_MET);
      return;
    }
  judge_schedule (progress, j->thresholds, j->binding);
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
  PwIndicatorKind kind = pw_indicator_get_judged_kind (indicator);
  Judge j = {
    .indicator = indicator,
    .thresholds = thresholds,
    .baseline_year = baseline_year,
    .end_year = end_year,
    .year = MIN (year, end_year),
    .comparator = target != NULL ? pw_value_get_comparator (target) : PW_COMPARATOR_EQUAL,
    .tolerance = pw_thresholds_get_tolerance (thresholds),
    .binding = pw_indicator_get_nature (indicator) == PW_NATURE_BINDING,
  };

  year = j.year;
  progress->kind = kind;

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
  if (kind == PW_KIND_QUALITATIVE)
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

  /* a range is judged as one, whatever the kind chosen */
  if (pw_value_get_kind (target) == PW_VALUE_RANGE)
    {
      judge_range (&j, pw_value_get_number (target), pw_value_get_high (target), progress);
      return;
    }

  if (kind == PW_KIND_RELATIVE)
    {
      judge_relative (&j, progress);
      return;
    }

  if (!pw_value_resolve (target, baseline, &progress->target))
    {
      /* a relative target (提高1岁) with no baseline to resolve it against */
      progress->status = PW_STATUS_NOT_ASSESSABLE;
      progress->basis = PW_BASIS_NO_BASELINE;
      return;
    }

  switch (kind)
    {
    case PW_KIND_CUMULATIVE:
      judge_cumulative (&j, progress);
      break;
    case PW_KIND_ANNUAL:
      judge_annual (&j, progress);
      break;
    case PW_KIND_GROWTH:
      judge_growth (&j, progress);
      break;
    case PW_KIND_HOLD:
    case PW_KIND_RANGE:
      judge_level (&j, FALSE, progress);
      break;
    case PW_KIND_LEVEL:
    default:
      judge_level (&j, TRUE, progress);
      break;
    }
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
  progress->kind = PW_KIND_LEVEL;

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
    case PW_BASIS_MISSING_YEAR:
      return _("A year's value is missing: a total or an average growth needs every year");
    default:
      g_return_val_if_reached (NULL);
    }
}
