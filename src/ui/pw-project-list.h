/* pw-project-list.h: one 专栏 box of a chapter, its projects edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-box.h"
#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_PROJECT_LIST (pw_project_list_get_type ())

G_DECLARE_FINAL_TYPE (PwProjectList, pw_project_list, PW, PROJECT_LIST, GtkWidget)

GtkWidget         *pw_project_list_new           (void);
void               pw_project_list_set_plan      (PwProjectList *self,
                                                  PwPlan        *plan);
PwBox             *pw_project_list_get_box       (PwProjectList *self);
void               pw_project_list_set_box       (PwProjectList *self,
                                                  PwBox         *column);
gboolean           pw_project_list_get_editable  (PwProjectList *self);
void               pw_project_list_set_editable  (PwProjectList *self,
                                                  gboolean       editable);
GListModel        *pw_project_list_get_projects  (PwProjectList *self);
guint              pw_project_list_get_selected  (PwProjectList *self);
gboolean           pw_project_list_get_selected_rows (PwProjectList *self,
                                                  guint         *first,
                                                  guint         *last);
void               pw_project_list_select        (PwProjectList *self,
                                                  guint          position);
void               pw_project_list_select_rows     (PwProjectList *self,
                                                    guint          cursor,
                                                    guint          far);
void               pw_project_list_shift_selection (PwProjectList *self,
                                                  int            rows);
void               pw_project_list_set_cursor    (PwProjectList *self,
                                                  guint          row,
                                                  const char    *key);
const char        *pw_project_list_get_cursor_key (PwProjectList *self);
GtkEditable       *pw_project_list_get_editor    (PwProjectList *self);
void               pw_project_list_focus_project (PwProjectList *self,
                                                  guint          position);
void               pw_project_list_focus_title   (PwProjectList *self);
gboolean           pw_project_list_commit        (PwProjectList *self);
void               pw_project_list_keep_editing  (PwProjectList *self);

G_END_DECLS
