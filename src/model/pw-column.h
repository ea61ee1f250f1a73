/* pw-column.h: a 专栏 box of key projects in a chapter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"
#include "pw-project.h"

G_BEGIN_DECLS

#define PW_TYPE_COLUMN (pw_column_get_type ())

G_DECLARE_FINAL_TYPE (PwColumn, pw_column, PW, COLUMN, PwObject)

PwColumn   *pw_column_new            (void);
int         pw_column_get_number     (PwColumn *self);
void        pw_column_set_number     (PwColumn *self,
                                      int       number);
const char *pw_column_get_title      (PwColumn *self);
void        pw_column_set_title      (PwColumn   *self,
                                      const char *title);
GListModel *pw_column_get_projects   (PwColumn *self);
void        pw_column_insert_project (PwColumn  *self,
                                      guint      position,
                                      PwProject *project);
void        pw_column_remove_project (PwColumn *self,
                                      guint     position);
void        pw_column_move_project   (PwColumn *self,
                                      guint     from,
                                      guint     to);

G_END_DECLS
