/* pw-comment-dialog.h: the dialog that writes a comment, a reply or an edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_COMMENT_DIALOG (pw_comment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PwCommentDialog, pw_comment_dialog, PW, COMMENT_DIALOG, GtkDialog)

PwCommentDialog *pw_comment_dialog_present    (GtkWindow       *parent,
                                               PwPlan          *plan,
                                               const char      *target,
                                               int              year,
                                               int              paragraph,
                                               PwComment       *reply_to,
                                               GSettings       *settings);
PwCommentDialog *pw_comment_dialog_edit       (GtkWindow       *parent,
                                               PwPlan          *plan,
                                               PwComment       *comment);
const char      *pw_comment_dialog_get_author (PwCommentDialog *self);
void             pw_comment_dialog_set_author (PwCommentDialog *self,
                                               const char      *author);
char            *pw_comment_dialog_dup_text   (PwCommentDialog *self);
void             pw_comment_dialog_set_text   (PwCommentDialog *self,
                                               const char      *text);

G_END_DECLS
