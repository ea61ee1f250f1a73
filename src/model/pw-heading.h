/* pw-heading.h: a heading of a plan: a part, a chapter or a section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"

G_BEGIN_DECLS

#define PW_TYPE_HEADING (pw_heading_get_type ())

G_DECLARE_DERIVABLE_TYPE (PwHeading, pw_heading, PW, HEADING, PwObject)

struct _PwHeadingClass
{
  PwObjectClass parent_class;
};

int         pw_heading_get_number (PwHeading  *self);
void        pw_heading_set_number (PwHeading  *self,
                                   int         number);
const char *pw_heading_get_title  (PwHeading  *self);
void        pw_heading_set_title  (PwHeading  *self,
                                   const char *title);
const char *pw_heading_get_text   (PwHeading  *self);
void        pw_heading_set_text   (PwHeading  *self,
                                   const char *text);

/* The typed accessors of a heading's number, title and text, each calling
 * pw_heading_*():
 *
 *   PW_DEFINE_HEADING_ACCESSORS (pw_part, PwPart)
 *
 * defines pw_part_get_number(), pw_part_set_number(), _get_title(),
 * _set_title(), _get_text() and _set_text(), declared in the class's header
 * as usual. */
#define PW_DEFINE_HEADING_ACCESSOR(prefix, Type, GetType, field)         \
  GetType                                                               \
  prefix##_get_##field (Type *self)                                     \
  {                                                                     \
    return pw_heading_get_##field (PW_HEADING (self));                  \
  }                                                                     \
                                                                        \
  void                                                                  \
  prefix##_set_##field (Type    *self,                                  \
                        GetType  value)                                 \
  {                                                                     \
    pw_heading_set_##field (PW_HEADING (self), value);                  \
  }

#define PW_DEFINE_HEADING_ACCESSORS(prefix, Type)                      \
  PW_DEFINE_HEADING_ACCESSOR (prefix, Type, int, number)                \
  PW_DEFINE_HEADING_ACCESSOR (prefix, Type, const char *, title)        \
  PW_DEFINE_HEADING_ACCESSOR (prefix, Type, const char *, text)

G_END_DECLS
