/* pw-comments-pane.h: the reviewers' comments beside the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_COMMENTS_PANE (pw_comments_pane_get_type ())

G_DECLARE_FINAL_TYPE (PwCommentsPane, pw_comments_pane, PW, COMMENTS_PANE, GtkWidget)

PwCommentsPane *pw_comments_pane_new        (void);
void            pw_comments_pane_set_plan   (PwCommentsPane *self,
                                             PwPlan         *plan);
void            pw_comments_pane_set_user   (PwCommentsPane *self,
                                             const char     *user);
guint           pw_comments_pane_get_n_open (PwCommentsPane *self);
guint           pw_comments_pane_get_n_shown (PwCommentsPane *self);
void            pw_comments_pane_set_state_filter (PwCommentsPane *self,
                                                   guint           state);

G_END_DECLS
