/* pw-project.h: a key project (重点工程/项目) in a 专栏
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"
#include "pw-types.h"

G_BEGIN_DECLS

#define PW_TYPE_PROJECT (pw_project_get_type ())

G_DECLARE_FINAL_TYPE (PwProject, pw_project, PW, PROJECT, PwObject)

PwProject       *pw_project_new             (void);
int              pw_project_get_number      (PwProject *self);
void             pw_project_set_number      (PwProject *self,
                                             int        number);
const char      *pw_project_get_name        (PwProject *self);
void             pw_project_set_name        (PwProject  *self,
                                             const char *name);
const char      *pw_project_get_description (PwProject *self);
void             pw_project_set_description (PwProject  *self,
                                             const char *description);
const char      *pw_project_get_lead        (PwProject *self);
void             pw_project_set_lead        (PwProject  *self,
                                             const char *lead);
int              pw_project_get_start_year  (PwProject *self);
void             pw_project_set_start_year  (PwProject *self,
                                             int        start_year);
int              pw_project_get_end_year    (PwProject *self);
void             pw_project_set_end_year    (PwProject *self,
                                             int        end_year);
double           pw_project_get_investment  (PwProject *self);
void             pw_project_set_investment  (PwProject *self,
                                             double     investment);
PwProjectStatus  pw_project_get_status      (PwProject *self);
void             pw_project_set_status      (PwProject       *self,
                                             PwProjectStatus  status);
int              pw_project_get_progress    (PwProject *self);
void             pw_project_set_progress    (PwProject *self,
                                             int        progress);

G_END_DECLS
