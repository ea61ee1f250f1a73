/* pw-autosave.c: writes a plan's unsaved changes to its draft, now and then
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As GNOME Text Editor does: once the plan differs from its file, its draft
 * (pw-draft.c) is written when the user pauses for PW_AUTOSAVE_IDLE_MS (longer
 * on a plan so large that its draft takes a while to write), and
 * at the latest PW_AUTOSAVE_MAX_MS after the first change it lacks, however
 * busy the user is. When the plan is the same as its file again (saved, or
 * undone back to it) the draft is removed.
 *
 * What is being typed and not yet stored (a cell editor left open) is not
 * a change of the plan's yet: its window calls pw_autosave_schedule() as
 * the text changes, and stores the text when the draft is about to be
 * written (the signal PwAutosave::prepare), so that a kill while a cell is
 * open keeps what was typed in it.
 */

#define G_LOG_DOMAIN "pw-autosave"

#include "config.h"

#include "pw-autosave.h"

struct _PwAutosave
{
  GObject parent_instance;

  /* Owned */
  PwPlan *plan;
  PwDraft *draft;  /* NULL until the first change */
  GFile *file;
  GFile *source;
  guint idle_id;
  guint max_id;
  guint pause_ms;  /* the pause waited before the next write */
  gboolean warned; /* a draft could not be written: said once */
};

G_DEFINE_FINAL_TYPE (PwAutosave, pw_autosave, G_TYPE_OBJECT)

enum {
  PREPARE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
cancel_timers (PwAutosave *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->max_id, g_source_remove);
}

static gboolean
is_modified (PwAutosave *self)
{
  return pw_history_get_modified (pw_plan_get_history (self->plan));
}

static gboolean timeout_cb (gpointer data);

/* The draft is written after a pause of self->pause_ms, and at the
 * latest PW_AUTOSAVE_MAX_MS after the first change it lacks. */
static void
start_timers (PwAutosave *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->idle_id = g_timeout_add_full (G_PRIORITY_LOW, self->pause_ms, timeout_cb, self, NULL);
  if (self->max_id == 0)
    self->max_id = g_timeout_add_full (G_PRIORITY_LOW, PW_AUTOSAVE_MAX_MS, timeout_cb, self, NULL);
}

/* Callbacks */

static gboolean
timeout_cb (gpointer data)
{
  PwAutosave *self = data;

  pw_autosave_flush (self);
  return G_SOURCE_REMOVE;
}

static void
history_changed_cb (PwAutosave *self)
{
  if (!is_modified (self))
    {
      pw_autosave_discard (self);
      return;
    }

  start_timers (self);
}

static void
modified_changed_cb (PwAutosave *self)
{
  if (!is_modified (self))
    pw_autosave_discard (self);
}

/* GObject overrides */

static void
pw_autosave_dispose (GObject *object)
{
  PwAutosave *self = (PwAutosave *) object;

  /* changes that were waiting for their draft get it now; the draft stays
   * on the disk, to be offered next time, unless it was discarded */
  if (self->plan != NULL && self->idle_id != 0)
    pw_autosave_flush (self);
  cancel_timers (self);
  g_clear_object (&self->draft);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (pw_autosave_parent_class)->dispose (object);
}

static void
pw_autosave_class_init (PwAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pw_autosave_dispose;

  /**
   * PwAutosave::prepare:
   * @self: the autosave
   *
   * Emitted before the draft is written: the handler stores in the plan
   * what is being typed and not stored yet, leaving its editor open.
   */
  signals[PREPARE] = g_signal_new ("prepare", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 0);
}

static void
pw_autosave_init (PwAutosave *self)
{
  self->pause_ms = PW_AUTOSAVE_IDLE_MS;
}

/* Public API */

/**
 * pw_autosave_new:
 * @plan: a plan
 *
 * Starts keeping a draft of @plan's unsaved changes.
 *
 * Returns: (transfer full): the autosave
 */
PwAutosave *
pw_autosave_new (PwPlan *plan)
{
  PwAutosave *self;
  PwHistory *history;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);

  self = g_object_new (PW_TYPE_AUTOSAVE, NULL);
  self->plan = g_object_ref (plan);
  history = pw_plan_get_history (plan);
  g_signal_connect_object (history, "changed", G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (history, "notify::modified", G_CALLBACK (modified_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

/**
 * pw_autosave_get_plan:
 * @self: an autosave
 *
 * Returns: (transfer none): the plan whose changes it keeps
 */
PwPlan *
pw_autosave_get_plan (PwAutosave *self)
{
  g_return_val_if_fail (PW_IS_AUTOSAVE (self), NULL);

  return self->plan;
}

/**
 * pw_autosave_get_draft:
 * @self: an autosave
 *
 * Returns: (transfer none) (nullable): the draft, once there have been
 *   changes
 */
PwDraft *
pw_autosave_get_draft (PwAutosave *self)
{
  g_return_val_if_fail (PW_IS_AUTOSAVE (self), NULL);

  return self->draft;
}

/**
 * pw_autosave_set_files:
 * @self: an autosave
 * @file: (nullable): the plan's .plan file
 * @source: (nullable): the document it was imported from
 *
 * Where the plan is saved: recorded in the draft, so that a recovery
 * offers the draft with its file.
 */
void
pw_autosave_set_files (PwAutosave *self,
                       GFile      *file,
                       GFile      *source)
{
  g_return_if_fail (PW_IS_AUTOSAVE (self));

  g_set_object (&self->file, file);
  g_set_object (&self->source, source);
  if (self->draft != NULL)
    pw_draft_set_files (self->draft, file, source);
}

/**
 * pw_autosave_adopt:
 * @self: an autosave
 * @draft: a draft recovered after a crash, of which the plan was loaded
 *
 * Keeps the plan's changes in @draft from now on, so that the recovered
 * changes stay on the disk until they are saved or discarded.
 */
void
pw_autosave_adopt (PwAutosave *self,
                   PwDraft    *draft)
{
  g_return_if_fail (PW_IS_AUTOSAVE (self));
  g_return_if_fail (PW_IS_DRAFT (draft));

  if (self->draft != NULL && self->draft != draft)
    pw_draft_discard (self->draft);
  g_set_object (&self->draft, draft);
  pw_draft_set_files (draft, self->file, self->source);
}

/**
 * pw_autosave_schedule:
 * @self: an autosave
 *
 * Something that is not in the plan yet is being typed (an editor is open):
 * the draft is written after the same pause as after a change, the text
 * stored first by the handler of PwAutosave::prepare.
 */
void
pw_autosave_schedule (PwAutosave *self)
{
  g_return_if_fail (PW_IS_AUTOSAVE (self));

  start_timers (self);
}

/**
 * pw_autosave_flush:
 * @self: an autosave
 *
 * Writes the draft now if the plan has unsaved changes.
 *
 * Returns: whether the plan's changes are in the draft (or it has none)
 */
gboolean
pw_autosave_flush (PwAutosave *self)
{
  g_autoptr(GError) error = NULL;
  gboolean written;
  gint64 start;

  g_return_val_if_fail (PW_IS_AUTOSAVE (self), FALSE);

  /* what is typed goes into the plan first, and changes it, which would
   * start the timers again */
  g_signal_emit (self, signals[PREPARE], 0);
  cancel_timers (self);
  if (!is_modified (self))
    return TRUE;

  if (self->draft == NULL)
    self->draft = pw_draft_new (self->file, self->source);
  start = g_get_monotonic_time ();
  written = pw_draft_write (self->draft, self->plan, &error);
  self->pause_ms = pw_autosave_pause_for (g_get_monotonic_time () - start);
  if (!written)
    {
      /* the plan itself is untouched; saving will tell the user */
      if (!self->warned)
        g_message ("Could not write the draft of unsaved changes: %s", error->message);
      self->warned = TRUE;
      return FALSE;
    }
  return TRUE;
}

/**
 * pw_autosave_pause_for:
 * @write_us: how long a draft took to write, in microseconds
 *
 * The pause to wait after the last change before the next draft is written:
 * PW_AUTOSAVE_IDLE_MS, or PW_AUTOSAVE_PAUSE_FACTOR times the write if that
 * is longer, and never more than PW_AUTOSAVE_PAUSE_LONGEST_MS.
 *
 * Returns: the pause in milliseconds
 */
guint
pw_autosave_pause_for (gint64 write_us)
{
  gint64 ms = MAX (write_us, 0) / 1000 * PW_AUTOSAVE_PAUSE_FACTOR;

  return CLAMP (ms, PW_AUTOSAVE_IDLE_MS, PW_AUTOSAVE_PAUSE_LONGEST_MS);
}

/**
 * pw_autosave_get_pause:
 * @self: an autosave
 *
 * Returns: the pause, in milliseconds, waited after the last change before
 *   the next draft is written (pw_autosave_pause_for() of the last write)
 */
guint
pw_autosave_get_pause (PwAutosave *self)
{
  g_return_val_if_fail (PW_IS_AUTOSAVE (self), PW_AUTOSAVE_IDLE_MS);

  return self->pause_ms;
}

/**
 * pw_autosave_discard:
 * @self: an autosave
 *
 * Removes the draft: the changes were saved or the user discarded them.
 */
void
pw_autosave_discard (PwAutosave *self)
{
  g_return_if_fail (PW_IS_AUTOSAVE (self));

  cancel_timers (self);
  if (self->draft != NULL)
    pw_draft_discard (self->draft);
}
