/* pw-finding.h: one finding of a check or an import, with its place in the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"
#include "pw-finding-kind.h"

G_BEGIN_DECLS

#define PW_TYPE_FINDING (pw_finding_get_type ())

G_DECLARE_FINAL_TYPE (PwFinding, pw_finding, PW, FINDING, PwObject)

PwFinding    *pw_finding_new         (void);
PwFindingKind pw_finding_get_kind    (PwFinding *self);
void          pw_finding_set_kind    (PwFinding     *self,
                                      PwFindingKind  kind);
int           pw_finding_get_line    (PwFinding *self);
void          pw_finding_set_line    (PwFinding *self,
                                      int        line);
int           pw_finding_get_column  (PwFinding *self);
void          pw_finding_set_column  (PwFinding *self,
                                      int        column);
const char   *pw_finding_get_message (PwFinding *self);
void          pw_finding_set_message (PwFinding  *self,
                                      const char *message);
const char   *pw_finding_get_subject (PwFinding *self);
void          pw_finding_set_subject (PwFinding  *self,
                                      const char *subject);

G_END_DECLS
