/* pw-history.c: the undo history of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change made through the model's API is recorded here as a small
 * function that applies the change backwards and turns itself into the
 * inverse; undo runs a group's changes in reverse order, redo runs them
 * forwards again. Changes made while a group is open (pw_history_begin/end)
 * are undone together; a change made outside any group is a group of its own.
 */

#define G_LOG_DOMAIN "pw-history"

#include "config.h"

#include "pw-history.h"

#define MAX_GROUPS 1000

typedef struct
{
  PwChangeApplyFunc apply;
  gpointer data;
  GDestroyNotify free_data;
  gboolean mark; /* changes nothing: see pw_history_record_mark() */
} Change;

typedef struct
{
  char *label;
  GArray *changes; /* of Change */
  guint64 serial;
} Group;

struct _PwHistory
{
  GObject parent_instance;

  GObject *owner; /* unowned: it owns us */
  GPtrArray *undo; /* of Group, the last is undone first */
  GPtrArray *redo; /* of Group, the last is redone first */
  Group *open;
  guint depth;
  guint blocked;
  gboolean applying;
  guint64 next_serial;
  guint64 base_serial; /* the state with nothing left to undo */
  gint64 saved_serial; /* -1 when the saved state can no longer be reached */

  /* what was last notified */
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
  char *undo_label;
  char *redo_label;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PwHistory, pw_history, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
change_clear (gpointer p)
{
  Change *change = p;

  if (change->free_data != NULL)
    change->free_data (change->data);
}

static Group *
group_new (const char *label)
{
  Group *group = g_new0 (Group, 1);

  group->label = g_strdup (label);
  group->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_array_set_clear_func (group->changes, change_clear);
  return group;
}

static void
group_free (gpointer p)
{
  Group *group = p;

  g_free (group->label);
  g_array_unref (group->changes);
  g_free (group);
}

/* Each state of the plan that undo and redo can reach has a serial: that of
 * the last group applied to reach it, or base_serial for the oldest. */
static gint64
current_serial (PwHistory *self)
{
  if (self->undo->len == 0)
    return self->base_serial;
  return ((Group *) g_ptr_array_index (self->undo, self->undo->len - 1))->serial;
}

static gboolean
update_label (char       **notified,
              const char  *label)
{
  if (g_strcmp0 (*notified, label) == 0)
    return FALSE;

  g_free (*notified);
  *notified = g_strdup (label);
  return TRUE;
}

/* Notifies each property that differs from what was last notified, and no
 * other. */
static void
update_state (PwHistory *self)
{
  gboolean can_undo = self->undo->len > 0;
  gboolean can_redo = self->redo->len > 0;
  gboolean modified = current_serial (self) != self->saved_serial;

  g_object_freeze_notify (G_OBJECT (self));
  if (can_undo != self->can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
  if (modified != self->modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
  if (update_label (&self->undo_label, pw_history_get_undo_label (self)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (update_label (&self->redo_label, pw_history_get_redo_label (self)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
push_group (PwHistory *self,
            Group     *group)
{
  gboolean changes = FALSE;

  /* a group of marks alone (where a cursor was) changed nothing */
  for (guint i = 0; i < group->changes->len && !changes; i++)
    changes = !g_array_index (group->changes, Change, i).mark;
  if (!changes)
    {
      group_free (group);
      return;
    }

  /* A new change makes the redone future unreachable, and with it the saved
   * state if that lay there. */
  for (guint i = 0; i < self->redo->len; i++)
    if ((gint64) ((Group *) g_ptr_array_index (self->redo, i))->serial == self->saved_serial)
      self->saved_serial = -1;
  g_ptr_array_set_size (self->redo, 0);

  group->serial = ++self->next_serial;
  g_ptr_array_add (self->undo, group);
  if (self->undo->len > MAX_GROUPS)
    {
      /* The oldest group goes: the state before it can no longer be reached,
       * and the state after it becomes the oldest. */
      Group *oldest = g_ptr_array_index (self->undo, 0);

      if (self->saved_serial == (gint64) self->base_serial)
        self->saved_serial = -1;
      self->base_serial = oldest->serial;
      g_ptr_array_remove_index (self->undo, 0);
    }

  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
apply_group (PwHistory *self,
             Group     *group,
             gboolean   backwards)
{
  guint n = group->changes->len;

  self->applying = TRUE;
  for (guint i = 0; i < n; i++)
    {
      Change *change = &g_array_index (group->changes, Change, backwards ? n - 1 - i : i);
      change->apply (change->data);
    }
  self->applying = FALSE;
}

/* A property change: the value to put back. */
typedef struct
{
  GObject *object; /* a reference, unless it is the history's owner */
  gboolean owned;
  GParamSpec *pspec;
  GValue value;
} PropertyChange;

/* The value goes straight to the class's set_property, which calls the
 * model's setter (that notifies): g_object_set_property() would refuse a
 * value that GLib deems out of range, such as NAN for "not given", though the
 * value was read from the same property a moment before. */
static void
property_change_apply (gpointer data)
{
  PropertyChange *change = data;
  GObjectClass *klass = g_type_class_peek (change->pspec->owner_type);
  GValue current = G_VALUE_INIT;

  g_value_init (&current, change->pspec->value_type);
  g_object_get_property (change->object, change->pspec->name, &current);
  g_object_ref (change->object);
  klass->set_property (change->object, change->pspec->param_id, &change->value, change->pspec);
  g_object_unref (change->object);
  g_value_unset (&change->value);
  change->value = current;
}

static void
property_change_free (gpointer data)
{
  PropertyChange *change = data;

  if (change->owned)
    g_object_unref (change->object);
  g_param_spec_unref (change->pspec);
  g_value_unset (&change->value);
  g_free (change);
}

/* A list change: an item is in the store at @position or out of it. */
typedef struct
{
  GListStore *store;
  gpointer item; /* set while the item is out of the store */
  guint position;
  guint other; /* for a move: where the item is now */
  gboolean move;
} ListChange;

static void
list_change_apply (gpointer data)
{
  ListChange *change = data;

  if (change->move)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (change->store), change->other);
      guint from = change->other;

      g_list_store_remove (change->store, from);
      g_list_store_insert (change->store, change->position, item);
      change->other = change->position;
      change->position = from;
    }
  else if (change->item == NULL)
    {
      change->item = g_list_model_get_item (G_LIST_MODEL (change->store), change->position);
      g_list_store_remove (change->store, change->position);
    }
  else
    {
      g_list_store_insert (change->store, change->position, change->item);
      g_clear_object (&change->item);
    }
}

static void
list_change_free (gpointer data)
{
  ListChange *change = data;

  g_object_unref (change->store);
  g_clear_object (&change->item);
  g_free (change);
}

static ListChange *
list_change_new (GListStore *store,
                 guint       position)
{
  ListChange *change = g_new0 (ListChange, 1);

  change->store = g_object_ref (store);
  change->position = position;
  return change;
}

/* GObject overrides */

static void
pw_history_finalize (GObject *object)
{
  PwHistory *self = (PwHistory *) object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->open, group_free);
  g_clear_pointer (&self->undo_label, g_free);
  g_clear_pointer (&self->redo_label, g_free);

  G_OBJECT_CLASS (pw_history_parent_class)->finalize (object);
}

static void
pw_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PwHistory *self = PW_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, pw_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, pw_history_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, pw_history_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, pw_history_get_redo_label (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, pw_history_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_history_class_init (PwHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_history_finalize;
  object_class->get_property = pw_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PwHistory::changed:
   * @self: the history
   *
   * The plan has changed: a group of changes was recorded, undone or
   * redone. For views that summarise the whole plan and would need a
   * handler on every object otherwise.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pw_history_init (PwHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (group_free);
  self->redo = g_ptr_array_new_with_free_func (group_free);
}

/* Public API */

/**
 * pw_history_new:
 * @owner: (nullable): the object that owns the history (the plan)
 *
 * The history holds a reference to every object whose change it records,
 * except @owner, so that the owner can own it without a cycle. The owner
 * clears the history when it is disposed.
 *
 * Returns: (transfer full): a new history
 */
PwHistory *
pw_history_new (GObject *owner)
{
  PwHistory *self = g_object_new (PW_TYPE_HISTORY, NULL);

  self->owner = owner;
  return self;
}

/**
 * pw_history_get_owner:
 * @self: a history
 *
 * Returns: (transfer none) (nullable): the object that owns the history
 *   (the plan), so that an editor given one of the plan's objects can
 *   reach the plan's editing rules
 */
GObject *
pw_history_get_owner (PwHistory *self)
{
  g_return_val_if_fail (PW_IS_HISTORY (self), NULL);

  return self->owner;
}

/**
 * pw_history_begin:
 * @self: a history
 * @label: (nullable): what the user did, for the Undo menu item
 *
 * Opens a group: every change until the matching pw_history_end() is undone
 * in one step. Groups nest; the outermost label wins (the first inner one
 * when the outer group has none).
 */
void
pw_history_begin (PwHistory  *self,
                  const char *label)
{
  g_return_if_fail (PW_IS_HISTORY (self));

  if (self->depth++ == 0)
    self->open = group_new (label);
  else if (self->open->label == NULL)
    /* an outer group without a label of its own takes the first inner one */
    self->open->label = g_strdup (label);
}

void
pw_history_end (PwHistory *self)
{
  g_return_if_fail (PW_IS_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth == 0)
    push_group (self, g_steal_pointer (&self->open));
}

/**
 * pw_history_get_state:
 * @self: a history
 *
 * Returns: the state the plan is in: it changes with every step done, undone
 *   or redone, and comes back when undo or redo comes back to it
 */
guint64
pw_history_get_state (PwHistory *self)
{
  g_return_val_if_fail (PW_IS_HISTORY (self), 0);

  return current_serial (self);
}

/**
 * pw_history_begin_joined:
 * @self: a history
 * @label: (nullable): what the user did, if a step of its own
 * @state: a state from pw_history_get_state(), just after a step
 *
 * Opens a group as pw_history_begin() does; but when the plan is still in
 * @state (nothing done, undone or redone since) and that state was not
 * saved, the changes until pw_history_end() join the step that led to it,
 * under its label, and are undone with it. What completes a command (the
 * name typed for the row the command added) is thus one step with it.
 */
void
pw_history_begin_joined (PwHistory  *self,
                         const char *label,
                         guint64     state)
{
  g_return_if_fail (PW_IS_HISTORY (self));

  if (self->depth == 0 && self->undo->len > 0 && current_serial (self) == (gint64) state &&
      self->saved_serial != (gint64) state && self->redo->len == 0)
    {
      self->depth = 1;
      self->open = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
      return;
    }
  pw_history_begin (self, label);
}

gboolean
pw_history_get_can_undo (PwHistory *self)
{
  g_return_val_if_fail (PW_IS_HISTORY (self), FALSE);

  return self->undo->len > 0;
}

gboolean
pw_history_get_can_redo (PwHistory *self)
{
  g_return_val_if_fail (PW_IS_HISTORY (self), FALSE);

  return self->redo->len > 0;
}

/**
 * pw_history_get_undo_label:
 * @self: a history
 *
 * Returns: (nullable): the label of the group that undo would revert
 */
const char *
pw_history_get_undo_label (PwHistory *self)
{
  g_return_val_if_fail (PW_IS_HISTORY (self), NULL);

  if (self->undo->len == 0)
    return NULL;
  return ((Group *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

/**
 * pw_history_get_redo_label:
 * @self: a history
 *
 * Returns: (nullable): the label of the group that redo would apply again
 */
const char *
pw_history_get_redo_label (PwHistory *self)
{
  g_return_val_if_fail (PW_IS_HISTORY (self), NULL);

  if (self->redo->len == 0)
    return NULL;
  return ((Group *) g_ptr_array_index (self->redo, self->redo->len - 1))->label;
}

/**
 * pw_history_undo:
 * @self: a history
 *
 * Reverts the last group of changes.
 *
 * Returns: %TRUE if there was something to undo
 */
gboolean
pw_history_undo (PwHistory *self)
{
  Group *group;

  g_return_val_if_fail (PW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->undo->len == 0)
    return FALSE;

  group = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  apply_group (self, group, TRUE);
  g_ptr_array_add (self->redo, group);
  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * pw_history_redo:
 * @self: a history
 *
 * Applies again the last group that was undone.
 *
 * Returns: %TRUE if there was something to redo
 */
gboolean
pw_history_redo (PwHistory *self)
{
  Group *group;

  g_return_val_if_fail (PW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->redo->len == 0)
    return FALSE;

  group = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  apply_group (self, group, FALSE);
  g_ptr_array_add (self->undo, group);
  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * pw_history_get_modified:
 * @self: a history
 *
 * Returns: whether the plan differs from when it was last saved or loaded
 */
gboolean
pw_history_get_modified (PwHistory *self)
{
  g_return_val_if_fail (PW_IS_HISTORY (self), FALSE);

  return current_serial (self) != self->saved_serial;
}

/**
 * pw_history_set_unmodified:
 * @self: a history
 *
 * Marks the present state as saved; undoing past it makes the plan modified
 * again, and redoing back to it makes it unmodified.
 */
void
pw_history_set_unmodified (PwHistory *self)
{
  g_return_if_fail (PW_IS_HISTORY (self));

  self->saved_serial = current_serial (self);
  update_state (self);
}

/**
 * pw_history_set_modified:
 * @self: a history
 *
 * Marks the plan as differing from its saved file although no change was
 * recorded here: a plan recovered from a draft of unsaved changes. No undo
 * reaches the saved state any more; saving does.
 */
void
pw_history_set_modified (PwHistory *self)
{
  g_return_if_fail (PW_IS_HISTORY (self));

  self->saved_serial = -1;
  update_state (self);
}

/**
 * pw_history_block:
 * @self: a history
 *
 * Stops recording, e.g. while a file is loaded into a new plan.
 */
void
pw_history_block (PwHistory *self)
{
  g_return_if_fail (PW_IS_HISTORY (self));

  self->blocked++;
}

void
pw_history_unblock (PwHistory *self)
{
  g_return_if_fail (PW_IS_HISTORY (self));
  g_return_if_fail (self->blocked > 0);

  self->blocked--;
}

/**
 * pw_history_is_recording:
 * @self: (nullable): a history
 *
 * Returns: whether a change made now would be recorded
 */
gboolean
pw_history_is_recording (PwHistory *self)
{
  return self != NULL && self->blocked == 0 && !self->applying;
}

/**
 * pw_history_clear:
 * @self: a history
 *
 * Forgets every change, and with them the references that changes hold on
 * the plan's objects. Forgetting is not saving: a modified plan stays
 * modified (until pw_history_set_unmodified()), an unmodified one stays
 * unmodified.
 */
void
pw_history_clear (PwHistory *self)
{
  gboolean modified;

  g_return_if_fail (PW_IS_HISTORY (self));

  modified = pw_history_get_modified (self);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  if (self->open != NULL)
    g_array_set_size (self->open->changes, 0);
  self->base_serial = ++self->next_serial;
  self->saved_serial = modified ? -1 : (gint64) self->base_serial;
  update_state (self);
}

static void
record (PwHistory         *self,
        PwChangeApplyFunc  apply,
        gpointer           data,
        GDestroyNotify     free_data,
        gboolean           mark)
{
  Change change = { apply, data, free_data, mark };

  if (!pw_history_is_recording (self))
    {
      change_clear (&change);
      return;
    }

  if (self->open != NULL)
    g_array_append_val (self->open->changes, change);
  else
    {
      Group *group = group_new (NULL);

      g_array_append_val (group->changes, change);
      push_group (self, group);
    }
}

/**
 * pw_history_record:
 * @self: (nullable): a history
 * @apply: applies the change backwards and inverts @data
 * @data: (transfer full): the change
 * @free_data: frees @data
 *
 * Records a change that has just been made. Does nothing but free @data when
 * @self is %NULL or not recording.
 */
void
pw_history_record (PwHistory         *self,
                   PwChangeApplyFunc  apply,
                   gpointer           data,
                   GDestroyNotify     free_data)
{
  record (self, apply, data, free_data, FALSE);
}

/**
 * pw_history_record_mark:
 * @self: (nullable): a history
 * @apply: applied as a change's is, when the group is undone or redone
 * @data: (transfer full): the mark
 * @free_data: frees @data
 *
 * As pw_history_record(), for what changes nothing in the plan but goes
 * with a change (where a grid's cursor was, to put it back there): a group
 * that holds only marks is not recorded, so that a command that changed
 * nothing (a cell's text stored unchanged) leaves the plan unmodified.
 */
void
pw_history_record_mark (PwHistory         *self,
                        PwChangeApplyFunc  apply,
                        gpointer           data,
                        GDestroyNotify     free_data)
{
  record (self, apply, data, free_data, TRUE);
}

/**
 * pw_history_record_property:
 * @self: (nullable): a history
 * @object: the object about to change
 * @pspec: the property about to change
 *
 * Records the present value of a property, before a setter changes it.
 */
void
pw_history_record_property (PwHistory  *self,
                            GObject    *object,
                            GParamSpec *pspec)
{
  PropertyChange *change;

  if (!pw_history_is_recording (self))
    return;

  change = g_new0 (PropertyChange, 1);
  change->owned = object != self->owner;
  change->object = change->owned ? g_object_ref (object) : object;
  change->pspec = g_param_spec_ref (pspec);
  g_value_init (&change->value, pspec->value_type);
  g_object_get_property (object, pspec->name, &change->value);
  pw_history_record (self, property_change_apply, change, property_change_free);
}

/**
 * pw_history_record_insert:
 * @self: (nullable): a history
 * @store: a list
 * @position: where an item has just been inserted
 */
void
pw_history_record_insert (PwHistory  *self,
                          GListStore *store,
                          guint       position)
{
  if (!pw_history_is_recording (self))
    return;

  pw_history_record (self, list_change_apply, list_change_new (store, position), list_change_free);
}

/**
 * pw_history_record_remove:
 * @self: (nullable): a history
 * @store: a list
 * @position: the item about to be removed
 */
void
pw_history_record_remove (PwHistory  *self,
                          GListStore *store,
                          guint       position)
{
  ListChange *change;

  if (!pw_history_is_recording (self))
    return;

  change = list_change_new (store, position);
  change->item = g_list_model_get_item (G_LIST_MODEL (store), position);
  pw_history_record (self, list_change_apply, change, list_change_free);
}

/**
 * pw_history_record_move:
 * @self: (nullable): a history
 * @store: a list
 * @from: where the item was
 * @to: where the item has just been moved
 */
void
pw_history_record_move (PwHistory  *self,
                        GListStore *store,
                        guint       from,
                        guint       to)
{
  ListChange *change;

  if (!pw_history_is_recording (self))
    return;

  change = list_change_new (store, from);
  change->other = to;
  change->move = TRUE;
  pw_history_record (self, list_change_apply, change, list_change_free);
}
