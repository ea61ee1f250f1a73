/* pw-progress.h: progress of an indicator toward its target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-indicator.h"
#include "pw-plan.h"
#include "pw-thresholds.h"

G_BEGIN_DECLS

/**
 * PwProgressBasis:
 * @PW_BASIS_PATH: judged against the linear path from baseline to target
 * @PW_BASIS_MET: the target's condition holds for the latest actual value
 * @PW_BASIS_HOLD: the baseline already met the target, so the target is to hold it
 * @PW_BASIS_STATE: a qualitative target, judged by the state set by hand
 * @PW_BASIS_NO_ACTUAL: no actual value up to the year asked for
 * @PW_BASIS_NO_BASELINE: no baseline, so no path (the target may still be met)
 * @PW_BASIS_NO_TARGET: no target
 * @PW_BASIS_UNREADABLE: a value that could not be read
 * @PW_BASIS_TOO_EARLY: the actual value is for the baseline year or earlier
 * @PW_BASIS_MET_EARLIER: a floor (≥X, or a plain target above the baseline)
 *   that an earlier year's actual value reached: achieved once crossed
 * @PW_BASIS_MISSING_YEAR: a cumulative total or a growth compounded from
 *   yearly rates lacks the value of a year before the latest
 *
 * What a status was decided on; the reason shown with a status that is not
 * a judgement (无数据, 不适用).
 */
typedef enum
{
  PW_BASIS_PATH,
  PW_BASIS_MET,
  PW_BASIS_HOLD,
  PW_BASIS_STATE,
  PW_BASIS_NO_ACTUAL,
  PW_BASIS_NO_BASELINE,
  PW_BASIS_NO_TARGET,
  PW_BASIS_UNREADABLE,
  PW_BASIS_TOO_EARLY,
  PW_BASIS_MET_EARLIER,
  PW_BASIS_MISSING_YEAR,
} PwProgressBasis;

/**
 * PwProgress:
 * @status: the status in the vocabulary of mid-term evaluations
 * @basis: what @status was decided on
 * @kind: the kind the indicator was judged as (never %PW_KIND_AUTO)
 * @alert: a binding (约束性) indicator that is lagging or off track (预警)
 * @year: the year of the actual value used, 0 when none
 * @elapsed: the share of the period elapsed at @year (τ), NAN when none
 * @completion: the share of the gap from baseline to target closed (P), NAN
 *   when there is no gap to close (no baseline, a hold-it target, B = T)
 * @schedule: @completion over @elapsed (S), NAN when none
 * @baseline: the baseline as a number (B), NAN when none
 * @target: the target as a number (T), relative targets resolved, NAN when none
 * @actual: the actual value used (A), NAN when none; for a cumulative
 *   indicator the running total, for a growth rate the average growth so far (%)
 * @expected: where the linear path stands at @year (序时进度), NAN when
 *   there is no path (no baseline, a hold-it target)
 */
typedef struct
{
  PwStatus status;
  PwProgressBasis basis;
  PwIndicatorKind kind;
  gboolean alert;
  int year;
  double elapsed;
  double completion;
  double schedule;
  double baseline;
  double target;
  double actual;
  double expected;
} PwProgress;

void        pw_progress_compute       (PwIndicator      *indicator,
                                       PwThresholds     *thresholds,
                                       int               baseline_year,
                                       int               end_year,
                                       int               year,
                                       PwProgress       *progress);
void        pw_plan_compute_progress  (PwPlan           *plan,
                                       PwIndicator      *indicator,
                                       int               year,
                                       PwProgress       *progress);
const char *pw_progress_basis_to_label (PwProgressBasis  basis);

G_END_DECLS
