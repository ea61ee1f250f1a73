/* pw-value-private.h: what the parser of values hands to the boxed type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by pw-value.c (the boxed type), pw-value-parse.c (the parser)
 * and pw-value-cache.c (which makes a reader's values in blocks) only.
 */

#pragma once

#include "pw-value.h"

G_BEGIN_DECLS

/* Why a value could not be read (pw_value_get_problem() says it in words). */
typedef enum
{
  PROBLEM_NONE,
  PROBLEM_UNREADABLE,
  PROBLEM_SEVERAL_NUMBERS,
  PROBLEM_RANGE,
  PROBLEM_TWO_COMPARATORS,
  PROBLEM_THOUSANDS,
  PROBLEM_UNIT,
} Problem;

/* What the parser read in a text. */
typedef struct
{
  PwValueKind kind;
  PwComparator comparator;
  PwUnitKind unit_kind;
  PwRelativeMode relative_mode;
  PwQualitative qualitative;
  Problem problem;
  PwIndicatorKind form;
  double number;
  double high;
  const char *suffix_start; /* in the normalized text, while parsing */
  gsize suffix_len;
  char *suffix;             /* owned result */
} Parse;

void        pw_value_parse           (const char *text,
                                      Parse      *r);

/* Where a reader's values are carved, one block after another (pw-value.c);
 * zeroed to start, cleared with pw_value_filler_clear() when done. */
typedef struct _PwValueBlock PwValueBlock;

typedef struct
{
  PwValueBlock *block;
  gsize used;    /* bytes of the block carved */
  guint carved;  /* values carved from it */
} PwValueFiller;

PwValue    *pw_value_new_filled      (const char    *text,
                                      PwValueFiller *filler);
void        pw_value_filler_clear    (PwValueFiller *filler);
const char *pw_value_problem_message (Problem     problem);

G_END_DECLS
