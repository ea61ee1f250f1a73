/* pw-section.h: a section of a chapter (第X节 / (一))
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-heading.h"

G_BEGIN_DECLS

#define PW_TYPE_SECTION (pw_section_get_type ())

G_DECLARE_FINAL_TYPE (PwSection, pw_section, PW, SECTION, PwHeading)

PwSection  *pw_section_new        (void);
int         pw_section_get_number (PwSection  *self);
void        pw_section_set_number (PwSection  *self,
                                   int         number);
const char *pw_section_get_title  (PwSection  *self);
void        pw_section_set_title  (PwSection  *self,
                                   const char *title);
const char *pw_section_get_text   (PwSection  *self);
void        pw_section_set_text   (PwSection  *self,
                                   const char *text);

G_END_DECLS
