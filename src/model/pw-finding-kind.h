/* pw-finding-kind.h: what kind of finding an entry of the findings is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PwFindingKind:
 * @PW_FINDING_ERROR: the input is wrong: a file that breaks the format or a rule of the model
 * @PW_FINDING_INCONSISTENCY: two parts of a document disagree (a declared count, a
 *   target stated twice with different values)
 * @PW_FINDING_DOUBT: something was read but may be wrong and should be checked
 * @PW_FINDING_GUESS: something was decided that the document did not say
 */
typedef enum
{
  PW_FINDING_ERROR,
  PW_FINDING_INCONSISTENCY,
  PW_FINDING_DOUBT,
  PW_FINDING_GUESS,
} PwFindingKind;

const char *pw_finding_kind_to_label (PwFindingKind kind);

G_END_DECLS
