/* pw-report-kind.h: what kind of finding a report entry is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PwReportKind:
 * @PW_REPORT_ERROR: the input is wrong: a file that breaks the format or a rule of the model
 * @PW_REPORT_INCONSISTENCY: two parts of a document disagree (a declared count, a
 *   target stated twice with different values)
 * @PW_REPORT_DOUBT: something was read but may be wrong and should be checked
 * @PW_REPORT_GUESS: something was decided that the document did not say
 */
typedef enum
{
  PW_REPORT_ERROR,
  PW_REPORT_INCONSISTENCY,
  PW_REPORT_DOUBT,
  PW_REPORT_GUESS,
} PwReportKind;

const char *pw_report_kind_to_label (PwReportKind kind);

G_END_DECLS
