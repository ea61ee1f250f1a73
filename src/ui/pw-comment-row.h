/* pw-comment-row.h: a comment in the list of the comments pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_COMMENT_ROW (pw_comment_row_get_type ())

G_DECLARE_FINAL_TYPE (PwCommentRow, pw_comment_row, PW, COMMENT_ROW, GtkBox)

GtkWidget *pw_comment_row_new         (void);
PwComment *pw_comment_row_get_comment (PwCommentRow *self);
void       pw_comment_row_show        (PwCommentRow *self,
                                       PwPlan       *plan,
                                       PwComment    *comment,
                                       gboolean      own);

G_END_DECLS
