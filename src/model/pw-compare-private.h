/* pw-compare-private.h: the fields of a change, for the comparison that makes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-compare.h"

G_BEGIN_DECLS

struct _PwChange
{
  GObject parent_instance;

  PwChangeKind kind;
  GType object_type;
  char *old_id;
  char *new_id;
  char *label;
  char *field;
  const char *property;  /* the model's name of the field, interned */
  char *old_text;
  char *new_text;
  int year;
  gboolean guessed;
  GPtrArray *pieces;  /* of PwDiffPiece, for PW_CHANGE_PROSE */
};

G_END_DECLS
