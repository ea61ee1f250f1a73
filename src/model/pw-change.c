/* pw-change.c: one change found by comparing two versions of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PwChange is made by pw_plan_compare() (pw-compare.c), which fills its
 * fields through pw-compare-private.h; here are what a reader of the change
 * asks of it: its parts, a description, a line of `--compare` and the CSV.
 */

#define G_LOG_DOMAIN "pw-change"

#include "config.h"

#include "pw-compare-private.h"

#include <glib/gi18n-lib.h>

#include "pw-csv.h"

G_DEFINE_FINAL_TYPE (PwChange, pw_change, G_TYPE_OBJECT)

/* GObject overrides */

static void
pw_change_finalize (GObject *object)
{
  PwChange *self = (PwChange *) object;

  g_clear_pointer (&self->old_id, g_free);
  g_clear_pointer (&self->new_id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->old_text, g_free);
  g_clear_pointer (&self->new_text, g_free);
  g_clear_pointer (&self->pieces, g_ptr_array_unref);

  G_OBJECT_CLASS (pw_change_parent_class)->finalize (object);
}

static void
pw_change_class_init (PwChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_change_finalize;
}

static void
pw_change_init (PwChange *self)
{
}

/* Public API */

PwChangeKind
pw_change_get_kind (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), PW_CHANGE_CHANGED);
  return self->kind;
}

/**
 * pw_change_get_object_type:
 * @self: a change
 *
 * Returns: the type of the object changed: %PW_TYPE_INDICATOR, %PW_TYPE_PROJECT…
 */
GType
pw_change_get_object_type (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), G_TYPE_INVALID);
  return self->object_type;
}

/**
 * pw_change_get_old_id:
 * @self: a change
 *
 * Returns: (nullable): the id of the object in the old plan; %NULL when it was added
 */
const char *
pw_change_get_old_id (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), NULL);
  return self->old_id;
}

/**
 * pw_change_get_new_id:
 * @self: a change
 *
 * Returns: (nullable): the id of the object in the new plan; %NULL when it was removed
 */
const char *
pw_change_get_new_id (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), NULL);
  return self->new_id;
}

/**
 * pw_change_get_label:
 * @self: a change
 *
 * Returns: what a reader calls the object, as the new plan has it (the old
 *   one, for an object removed)
 */
const char *
pw_change_get_label (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), NULL);
  return self->label;
}

/**
 * pw_change_get_field:
 * @self: a change
 *
 * Returns: (nullable): the field changed, as people name it ("target",
 *   "actual value 2023"), for %PW_CHANGE_CHANGED, %PW_CHANGE_RENAMED and
 *   %PW_CHANGE_MOVED
 */
const char *
pw_change_get_field (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), NULL);
  return self->field;
}

/**
 * pw_change_get_property_name:
 * @self: a change
 *
 * Returns: (nullable): the field changed as the model names it: the name
 *   of the object's property ("target", "lead"), "actual" or "state" for
 *   a year's value or state (pw_change_get_year()); %NULL for a change
 *   that is not of one field
 */
const char *
pw_change_get_property_name (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), NULL);
  return self->property;
}

/**
 * pw_change_get_old_text:
 * @self: a change
 *
 * Returns: (nullable): the old value or paragraph ("" for none)
 */
const char *
pw_change_get_old_text (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), NULL);
  return self->old_text;
}

/**
 * pw_change_get_new_text:
 * @self: a change
 *
 * Returns: (nullable): the new value or paragraph ("" for none)
 */
const char *
pw_change_get_new_text (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), NULL);
  return self->new_text;
}

/**
 * pw_change_get_year:
 * @self: a change
 *
 * Returns: the year of an indicator's actual value changed; for
 *   %PW_CHANGE_PROSE, the paragraph in the new text (from 1); else 0
 */
int
pw_change_get_year (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), 0);
  return self->year;
}

/**
 * pw_change_get_guessed:
 * @self: a change
 *
 * Returns: whether the old and the new object were matched by their name
 *   or number rather than by their id
 */
gboolean
pw_change_get_guessed (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), FALSE);
  return self->guessed;
}

/**
 * pw_change_get_pieces:
 * @self: a change
 *
 * Returns: (transfer none) (nullable) (element-type PwDiffPiece): for
 *   %PW_CHANGE_PROSE, the paragraph's difference by character
 */
GPtrArray *
pw_change_get_pieces (PwChange *self)
{
  g_return_val_if_fail (PW_IS_CHANGE (self), NULL);
  return self->pieces;
}

/* What happened, without the guess. */
static char *
describe_what (PwChange *self)
{
  g_autofree char *what = NULL;

  switch (self->kind)
    {
    case PW_CHANGE_ADDED:
      what = g_strdup (_("added"));
      break;
    case PW_CHANGE_REMOVED:
      what = g_strdup (_("removed"));
      break;
    case PW_CHANGE_RENAMED:
      what = g_strdup_printf (_("%s renamed"), self->field);
      break;
    case PW_CHANGE_MOVED:
      what = g_strdup_printf (_("%s moved"), self->field);
      break;
    case PW_CHANGE_CHANGED:
      what = g_strdup_printf (_("%s changed"), self->field);
      break;
    case PW_CHANGE_PROSE:
      if (*self->old_text == '\0')
        what = g_strdup_printf (_("paragraph %d added"), self->year);
      else if (*self->new_text == '\0')
        what = g_strdup_printf (_("paragraph removed (before paragraph %d)"), self->year);
      else
        what = g_strdup_printf (_("paragraph %d changed"), self->year);
      break;
    default:
      g_assert_not_reached ();
    }

  return g_steal_pointer (&what);
}

/**
 * pw_change_describe:
 * @self: a change
 *
 * Returns: (transfer full): what happened, in a few words: "added",
 *   "target changed", "paragraph 2 changed", "matched by name"…
 */
char *
pw_change_describe (PwChange *self)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (PW_IS_CHANGE (self), NULL);

  what = describe_what (self);
  if (self->guessed)
    return g_strdup_printf (_("%s (matched by name or number, not by id)"), what);
  return g_steal_pointer (&what);
}

/**
 * pw_change_to_string:
 * @self: a change
 *
 * Returns: (transfer full): the change on one line, as `--compare` prints
 *   it: "OBJECT: WHAT: OLD → NEW"; a paragraph shows its deletions as
 *   [-…-] and its insertions as {+…+}, with a little of the text around
 */
char *
pw_change_to_string (PwChange *self)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (PW_IS_CHANGE (self), NULL);

  what = pw_change_describe (self);
  switch (self->kind)
    {
    case PW_CHANGE_ADDED:
    case PW_CHANGE_REMOVED:
      return g_strdup_printf ("%s: %s", self->label, what);
    case PW_CHANGE_PROSE:
      {
        g_autofree char *diff = pw_diff_format (self->pieces, 12);
        return g_strdup_printf ("%s: %s: %s", self->label, what, diff);
      }
    default:
      return g_strdup_printf ("%s: %s: %s → %s", self->label, what,
                              *self->old_text != '\0' ? self->old_text : _("(none)"),
                              *self->new_text != '\0' ? self->new_text : _("(none)"));
    }
}

/**
 * pw_changes_to_csv:
 * @changes: (element-type PwChange): from pw_plan_compare()
 *
 * Returns: (transfer full): the changes as CSV (RFC 4180, UTF-8, CRLF), one
 *   a row under a header: object, change, old, new, old id, new id, matched
 */
char *
pw_changes_to_csv (GListModel *changes)
{
  GString *out = g_string_new (NULL);
  guint n_items;

  g_return_val_if_fail (G_IS_LIST_MODEL (changes), NULL);

  pw_csv_append_field (out, _("Object"), FALSE);
  pw_csv_append_field (out, _("Change"), FALSE);
  pw_csv_append_field (out, _("Old"), FALSE);
  pw_csv_append_field (out, _("New"), FALSE);
  pw_csv_append_field (out, _("Old id"), FALSE);
  pw_csv_append_field (out, _("New id"), FALSE);
  pw_csv_append_field (out, _("Matched by"), TRUE);

  n_items = g_list_model_get_n_items (changes);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwChange) change = g_list_model_get_item (changes, i);
      g_autofree char *what = NULL;
      gboolean matched = change->kind != PW_CHANGE_ADDED && change->kind != PW_CHANGE_REMOVED;

      /* the guess has a column of its own here */
      what = describe_what (change);
      pw_csv_append_field (out, change->label, FALSE);
      pw_csv_append_field (out, what, FALSE);
      pw_csv_append_field (out, change->old_text, FALSE);
      pw_csv_append_field (out, change->new_text, FALSE);
      pw_csv_append_field (out, change->old_id, FALSE);
      pw_csv_append_field (out, change->new_id, FALSE);
      pw_csv_append_field (out, !matched ? "" : change->guessed ? _("name or number") : _("id"), TRUE);
    }

  return g_string_free (out, FALSE);
}
