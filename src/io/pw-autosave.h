/* pw-autosave.h: writes a plan's unsaved changes to its draft, now and then
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-draft.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PW_AUTOSAVE_IDLE_MS:
 *
 * How long after the last change the draft is written, when the user pauses:
 * short, so that what was typed a second before a crash is in the draft
 * (as LibreOffice's and Word's autorecovery users expect), yet not a write
 * on every keystroke while the user types on.
 */
#define PW_AUTOSAVE_IDLE_MS 400

/**
 * PW_AUTOSAVE_MAX_MS:
 *
 * The longest a change waits for its draft while the user keeps editing.
 */
#define PW_AUTOSAVE_MAX_MS 30000

/**
 * PW_AUTOSAVE_PAUSE_FACTOR:
 *
 * The pause waited is also at least this many times as long as the last
 * draft took to write: a draft is written on the main thread, and on a
 * very large plan (a quarter of a second to write) a write after every
 * short pause would stop the user's typing again and again. On the plans
 * a commission works on the draft takes milliseconds, and the pause stays
 * PW_AUTOSAVE_IDLE_MS.
 */
#define PW_AUTOSAVE_PAUSE_FACTOR 8

/**
 * PW_AUTOSAVE_PAUSE_LONGEST_MS:
 *
 * The longest pause waited, however slow the last write was.
 */
#define PW_AUTOSAVE_PAUSE_LONGEST_MS 5000

#define PW_TYPE_AUTOSAVE (pw_autosave_get_type ())

G_DECLARE_FINAL_TYPE (PwAutosave, pw_autosave, PW, AUTOSAVE, GObject)

PwAutosave *pw_autosave_new        (PwPlan     *plan);
PwPlan     *pw_autosave_get_plan   (PwAutosave *self);
PwDraft    *pw_autosave_get_draft  (PwAutosave *self);
void        pw_autosave_set_files  (PwAutosave *self,
                                    GFile      *file,
                                    GFile      *source);
void        pw_autosave_adopt      (PwAutosave *self,
                                    PwDraft    *draft);
void        pw_autosave_schedule   (PwAutosave *self);
gboolean    pw_autosave_flush      (PwAutosave *self);
guint       pw_autosave_get_pause  (PwAutosave *self);
guint       pw_autosave_pause_for  (gint64      write_us);
void        pw_autosave_discard    (PwAutosave *self);

G_END_DECLS
