/* pw-draft.h: the autosaved copy of a plan's unsaved changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_DRAFT (pw_draft_get_type ())

G_DECLARE_FINAL_TYPE (PwDraft, pw_draft, PW, DRAFT, GObject)

char      *pw_draft_get_folder       (void);

PwDraft   *pw_draft_new              (GFile      *file,
                                      GFile      *source);
GPtrArray *pw_draft_claim_orphans    (void);

const char *pw_draft_get_id          (PwDraft    *self);
GFile     *pw_draft_get_file         (PwDraft    *self);
GFile     *pw_draft_get_source       (PwDraft    *self);
void       pw_draft_set_files        (PwDraft    *self,
                                      GFile      *file,
                                      GFile      *source);
const char *pw_draft_get_title       (PwDraft    *self);
GDateTime *pw_draft_get_time         (PwDraft    *self);
gboolean   pw_draft_get_written      (PwDraft    *self);

gboolean   pw_draft_write            (PwDraft    *self,
                                      PwPlan     *plan,
                                      GError    **error);
PwPlan    *pw_draft_load             (PwDraft    *self,
                                      GError    **error);
void       pw_draft_discard          (PwDraft    *self);

G_END_DECLS
