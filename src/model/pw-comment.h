/* pw-comment.h: a reviewer's comment (审阅意见) on an indicator, a project or a chapter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"

G_BEGIN_DECLS

#define PW_TYPE_COMMENT (pw_comment_get_type ())

G_DECLARE_FINAL_TYPE (PwComment, pw_comment, PW, COMMENT, PwObject)

PwComment  *pw_comment_new          (void);
const char *pw_comment_get_target   (PwComment *self);
void        pw_comment_set_target   (PwComment  *self,
                                     const char *target);
const char *pw_comment_get_author   (PwComment *self);
void        pw_comment_set_author   (PwComment  *self,
                                     const char *author);
const char *pw_comment_get_created  (PwComment *self);
void        pw_comment_set_created  (PwComment  *self,
                                     const char *created);
const char *pw_comment_get_text     (PwComment *self);
void        pw_comment_set_text     (PwComment  *self,
                                     const char *text);
gboolean    pw_comment_get_resolved (PwComment *self);
void        pw_comment_set_resolved (PwComment *self,
                                     gboolean   resolved);

G_END_DECLS
