/* pw-box.h: a 专栏 box of key projects in a chapter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"
#include "pw-project.h"

G_BEGIN_DECLS

#define PW_TYPE_BOX (pw_box_get_type ())

G_DECLARE_FINAL_TYPE (PwBox, pw_box, PW, BOX, PwObject)

PwBox      *pw_box_new            (void);
int         pw_box_get_number     (PwBox *self);
void        pw_box_set_number     (PwBox *self,
                                   int    number);
const char *pw_box_get_title      (PwBox *self);
void        pw_box_set_title      (PwBox      *self,
                                   const char *title);
GListModel *pw_box_get_projects   (PwBox *self);
void        pw_box_insert_project (PwBox     *self,
                                   guint      position,
                                   PwProject *project);
void        pw_box_insert_projects (PwBox      *self,
                                    guint       position,
                                    PwProject **projects,
                                    guint       n_projects);
void        pw_box_remove_project (PwBox *self,
                                   guint  position);
void        pw_box_move_project   (PwBox *self,
                                   guint  from,
                                   guint  to);

G_END_DECLS
