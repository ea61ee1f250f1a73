/* pw-part.h: a part of a plan (第X篇), the level above its chapters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-heading.h"

G_BEGIN_DECLS

#define PW_TYPE_PART (pw_part_get_type ())

G_DECLARE_FINAL_TYPE (PwPart, pw_part, PW, PART, PwHeading)

PwPart     *pw_part_new          (void);
int         pw_part_get_number   (PwPart *self);
void        pw_part_set_number   (PwPart *self,
                                  int     number);
const char *pw_part_get_title    (PwPart *self);
void        pw_part_set_title    (PwPart     *self,
                                  const char *title);
const char *pw_part_get_text     (PwPart *self);
void        pw_part_set_text     (PwPart     *self,
                                  const char *text);
GListModel *pw_part_get_chapters (PwPart *self);

G_END_DECLS
