/* pw-diff.h: a character-level difference of two texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PW_DIFF_SAME,
  PW_DIFF_DELETED,
  PW_DIFF_INSERTED,
} PwDiffOp;

/**
 * PwDiffPiece:
 * @op: whether the text is in both, only in the old or only in the new
 * @text: the text
 *
 * A run of characters of a character-level difference of two texts.
 */
typedef struct
{
  PwDiffOp op;
  char *text;
} PwDiffPiece;

GPtrArray    *pw_diff_text              (const char *old_text,
                                         const char *new_text);
char         *pw_diff_format            (GPtrArray  *pieces,
                                         int         context);
void          pw_diff_piece_free        (gpointer    data);

G_END_DECLS
