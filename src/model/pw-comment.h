/* pw-comment.h: a reviewer's comment (审阅意见) on any object of a plan, or a reply to one
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
const char *pw_comment_get_reply_to (PwComment *self);
void        pw_comment_set_reply_to (PwComment  *self,
                                     const char *reply_to);
int         pw_comment_get_year     (PwComment *self);
void        pw_comment_set_year     (PwComment *self,
                                     int        year);
int         pw_comment_get_paragraph (PwComment *self);
void        pw_comment_set_paragraph (PwComment *self,
                                      int        paragraph);
void        pw_comment_stamp        (PwComment *self);

G_END_DECLS
