/* pw-property-entry.c: an entry that edits one property of a model object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text goes to the model when the entry is activated or loses focus,
 * never on each keystroke, so that one edit of a field is one step of the
 * plan's undo history (a group with the label given to bind). The entry
 * follows the property when the model changes (undo, redo, another widget),
 * except while the user is typing something else into it. Escape puts the
 * model's value back. The entry's own undo is off: Ctrl+Z is the model's.
 *
 * String, int and double properties are handled: for a number an empty text
 * means "not given" (0 for an int, NAN for a double), as in the model. A
 * check function may refuse a value, which leaves the model unchanged and
 * marks the entry with the reason.
 *
 * A locked entry (a reader's, in review) shows its text as text, which can
 * be selected and copied but not changed: not greyed out as a disabled one.
 */

#define G_LOG_DOMAIN "pw-property-entry"

#include "config.h"

#include "pw-property-entry.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pw-object.h"

struct _PwPropertyEntry
{
  GtkEntry parent_instance;

  /* Owned */
  GObject *object;
  char *undo_label;
  char *loaded; /* the text last taken from the model */
  char *hint;   /* the placeholder, put away while the entry is locked */

  /* Borrowed */
  GParamSpec *pspec;
  GtkEventController *focus;

  PwPropertyEntryCheck check;
  gboolean invalid;
  gboolean keeping; /* storing what is typed, for the draft: the text stays */
};

G_DEFINE_FINAL_TYPE (PwPropertyEntry, pw_property_entry, GTK_TYPE_ENTRY)

/* Auxiliary methods */

/* Full-width digits and punctuation, as a Chinese input method types them. */
static char *
normalize_number_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (out, (char) ('0' + (c - 0xFF10)));
      else if (c == 0xFF0E || c == 0x3002)
        g_string_append_c (out, '.');
      else if (c == ',' || c == 0xFF0C || c == ' ')
        continue; /* thousands separators */
      else if (c == 0xFF0D)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
format_value (PwPropertyEntry *self,
              const GValue    *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");

  if (G_VALUE_HOLDS_INT (value))
    return g_value_get_int (value) == 0 ? g_strdup ("") : g_strdup_printf ("%d", g_value_get_int (value));

  if (G_VALUE_HOLDS_DOUBLE (value))
    {
      double number = g_value_get_double (value);
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];
      char *text;
      char *end;

      if (isnan (number))
        return g_strdup ("");

      /* at most four decimals, without trailing zeros: 52000, 1234.5 */
      text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4f", number));
      end = text + strlen (text);
      while (end > text && end[-1] == '0')
        *--end = '\0';
      if (end > text && end[-1] == '.')
        end[-1] = '\0';
      return text;
    }

  g_return_val_if_reached (g_strdup (""));
}

static char *
model_text (PwPropertyEntry *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->object == NULL)
    return g_strdup ("");

  g_value_init (&value, self->pspec->value_type);
  g_object_get_property (self->object, self->pspec->name, &value);
  return format_value (self, &value);
}

/* Reads @text as a value of the property's type. */
static gboolean
parse_text (PwPropertyEntry  *self,
            const char       *text,
            GValue           *value,
            char            **message)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (G_VALUE_HOLDS_STRING (value))
    {
      g_value_set_string (value, *stripped != '\0' ? stripped : NULL);
      return TRUE;
    }

  if (G_VALUE_HOLDS_INT (value))
    {
      g_autofree char *digits = normalize_number_text (stripped);
      gint64 number = 0;

      if (*digits != '\0' &&
          !g_ascii_string_to_signed (digits, 10, G_MININT, G_MAXINT, &number, NULL))
        {
          *message = g_strdup_printf (_("“%s” is not a whole number"), stripped);
          return FALSE;
        }
      g_value_set_int (value, (int) number);
      return TRUE;
    }

  if (G_VALUE_HOLDS_DOUBLE (value))
    {
      g_autofree char *digits = normalize_number_text (stripped);
      char *end = NULL;
      double number;

      if (*digits == '\0')
        {
          g_value_set_double (value, NAN);
          return TRUE;
        }
      number = g_ascii_strtod (digits, &end);
      if (end == digits || *end != '\0' || !isfinite (number))
        {
          *message = g_strdup_printf (_("“%s” is not a number"), stripped);
          return FALSE;
        }
      g_value_set_double (value, number);
      return TRUE;
    }

  g_return_val_if_reached (FALSE);
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS_INT (a))
    return g_value_get_int (a) == g_value_get_int (b);
  if (G_VALUE_HOLDS_DOUBLE (a))
    {
      double x = g_value_get_double (a);
      double y = g_value_get_double (b);

      return (isnan (x) && isnan (y)) || x == y;
    }
  g_return_val_if_reached (FALSE);
}

static void
store_value (PwPropertyEntry *self,
             const GValue    *value)
{
  PwHistory *history = PW_IS_OBJECT (self->object) ? pw_object_get_history (PW_OBJECT (self->object)) : NULL;

  if (history != NULL)
    pw_history_begin (history, self->undo_label);

  /* NAN ("not given") is a value GLib's validation of double properties
   * would refuse through g_object_set_property(); the class's set_property
   * calls the model's setter, as the history itself does when it undoes. */
  if (G_VALUE_HOLDS_DOUBLE (value) && isnan (g_value_get_double (value)))
    {
      GObjectClass *klass = g_type_class_peek (self->pspec->owner_type);

      klass->set_property (self->object, self->pspec->param_id, value, self->pspec);
    }
  else
    g_object_set_property (self->object, self->pspec->name, value);

  if (history != NULL)
    pw_history_end (history);
}

static void
set_invalid (PwPropertyEntry *self,
             const char      *message)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->invalid = message != NULL;
  if (message != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID);
    }
  gtk_widget_set_tooltip_text (widget, message);
}

static void
load (PwPropertyEntry *self)
{
  g_free (self->loaded);
  self->loaded = model_text (self);
  gtk_editable_set_text (GTK_EDITABLE (self), self->loaded);
  set_invalid (self, NULL);
}

/* Stores the entry's text in the model, if it differs, as one undo step;
 * FALSE with the reason when the text cannot stand. */
static gboolean
store_text (PwPropertyEntry  *self,
            char            **message)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) current = G_VALUE_INIT;
  g_autofree char *reason = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));

  g_value_init (&value, self->pspec->value_type);
  if (!parse_text (self, text, &value, &reason) ||
      (self->check != NULL && !self->check (self, self->object, &value, &reason)))
    {
      if (message != NULL)
        *message = g_steal_pointer (&reason);
      return FALSE;
    }

  g_value_init (&current, self->pspec->value_type);
  g_object_get_property (self->object, self->pspec->name, &current);
  if (!values_equal (&value, &current))
    {
      /* What is stored is what the entry shows from now on, so that the
       * notification does not count as typing. */
      g_free (self->loaded);
      self->loaded = g_strdup (text);
      store_value (self, &value);
    }
  return TRUE;
}

/* Callbacks */

static void
property_changed (PwPropertyEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  gboolean typing = gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (self->focus)) &&
                    g_strcmp0 (text, self->loaded) != 0;

  /* what the user is typing wins; it is stored when the entry is left */
  if (!typing && !self->keeping)
    load (self);
}

static void
activated (PwPropertyEntry *self)
{
  if (!pw_property_entry_commit (self))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
focus_left (PwPropertyEntry *self)
{
  pw_property_entry_commit (self);
  /* no selection left behind, greyed, in a field nobody is in */
  gtk_editable_select_region (GTK_EDITABLE (self), 0, 0);
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             PwPropertyEntry       *self)
{
  if (keyval != GDK_KEY_Escape || self->object == NULL)
    return FALSE;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), self->loaded) == 0 && !self->invalid)
    return FALSE;

  load (self);
  gtk_editable_set_position (GTK_EDITABLE (self), -1);
  return TRUE;
}

/* GObject overrides */

static void
pw_property_entry_dispose (GObject *object)
{
  PwPropertyEntry *self = (PwPropertyEntry *) object;

  if (self->object != NULL)
    g_signal_handlers_disconnect_by_func (self->object, property_changed, self);
  g_clear_object (&self->object);

  G_OBJECT_CLASS (pw_property_entry_parent_class)->dispose (object);
}

static void
pw_property_entry_finalize (GObject *object)
{
  PwPropertyEntry *self = (PwPropertyEntry *) object;

  g_clear_pointer (&self->undo_label, g_free);
  g_clear_pointer (&self->loaded, g_free);
  g_clear_pointer (&self->hint, g_free);

  G_OBJECT_CLASS (pw_property_entry_parent_class)->finalize (object);
}

static void
pw_property_entry_class_init (PwPropertyEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pw_property_entry_dispose;
  object_class->finalize = pw_property_entry_finalize;
}

static void
pw_property_entry_init (PwPropertyEntry *self)
{
  GtkEventController *keys;

  self->loaded = g_strdup ("");
  gtk_editable_set_enable_undo (GTK_EDITABLE (self), FALSE);

  g_signal_connect (self, "activate", G_CALLBACK (activated), NULL);

  self->focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->focus, "leave", G_CALLBACK (focus_left), self);
  gtk_widget_add_controller (GTK_WIDGET (self), self->focus);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* Public API */

GtkWidget *
pw_property_entry_new (void)
{
  return g_object_new (PW_TYPE_PROPERTY_ENTRY, NULL);
}

/**
 * pw_property_entry_bind:
 * @self: an entry
 * @object: (nullable): the object to edit, or %NULL for none
 * @property: the name of a string, int or double property of @object
 * @undo_label: (nullable): the label of the undo step of an edit
 *
 * Shows the property and edits it from now on. What was typed for the object
 * shown before is stored first.
 */
void
pw_property_entry_bind (PwPropertyEntry *self,
                        GObject         *object,
                        const char      *property,
                        const char      *undo_label)
{
  GParamSpec *pspec = NULL;

  g_return_if_fail (PW_IS_PROPERTY_ENTRY (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));
  g_return_if_fail (object == NULL || property != NULL);

  if (object != NULL)
    {
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
      g_return_if_fail (pspec != NULL);
      g_return_if_fail (pspec->value_type == G_TYPE_STRING ||
                        pspec->value_type == G_TYPE_INT ||
                        pspec->value_type == G_TYPE_DOUBLE);
    }

  if (self->object != NULL)
    {
      pw_property_entry_commit (self);
      g_signal_handlers_disconnect_by_func (self->object, property_changed, self);
    }

  g_set_object (&self->object, object);
  self->pspec = pspec;
  g_free (self->undo_label);
  self->undo_label = g_strdup (undo_label);

  if (object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", pspec->name, NULL);

      g_signal_connect_object (object, signal, G_CALLBACK (property_changed), self, G_CONNECT_SWAPPED);
    }

  load (self);
}

/**
 * pw_property_entry_get_object:
 * @self: an entry
 *
 * Returns: (transfer none) (nullable): the object edited
 */
GObject *
pw_property_entry_get_object (PwPropertyEntry *self)
{
  g_return_val_if_fail (PW_IS_PROPERTY_ENTRY (self), NULL);

  return self->object;
}

void
pw_property_entry_set_check_func (PwPropertyEntry      *self,
                                  PwPropertyEntryCheck  check)
{
  g_return_if_fail (PW_IS_PROPERTY_ENTRY (self));

  self->check = check;
}

/**
 * pw_property_entry_commit:
 * @self: an entry
 *
 * Stores the text in the model, if it differs, as one undo step.
 *
 * Returns: %FALSE if the text was refused (the entry then shows why)
 */
gboolean
pw_property_entry_commit (PwPropertyEntry *self)
{
  g_autofree char *message = NULL;

  g_return_val_if_fail (PW_IS_PROPERTY_ENTRY (self), FALSE);

  if (self->object == NULL)
    return TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), self->loaded) == 0 && !self->invalid)
    return TRUE;

  if (!store_text (self, &message))
    {
      set_invalid (self, message);
      return FALSE;
    }
  /* the text as the model now has it: normalised, or put back */
  load (self);
  return TRUE;
}

/**
 * pw_property_entry_keep:
 * @self: an entry
 *
 * Stores the text in the model, if it differs and can stand, as one undo
 * step, as pw_property_entry_commit() does but leaving the entry as it is
 * while the user types: what the draft of unsaved changes needs. A text
 * that cannot stand is neither stored nor marked.
 *
 * Returns: whether the model holds the text
 */
gboolean
pw_property_entry_keep (PwPropertyEntry *self)
{
  gboolean stored;

  g_return_val_if_fail (PW_IS_PROPERTY_ENTRY (self), FALSE);

  if (self->object == NULL)
    return TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), self->loaded) == 0)
    return !self->invalid;

  self->keeping = TRUE;
  stored = store_text (self, NULL);
  self->keeping = FALSE;
  return stored;
}

/**
 * pw_property_entry_get_invalid:
 * @self: an entry
 *
 * Returns: whether the entry shows a text that was refused
 */
gboolean
pw_property_entry_get_invalid (PwPropertyEntry *self)
{
  g_return_val_if_fail (PW_IS_PROPERTY_ENTRY (self), FALSE);

  return self->invalid;
}

/**
 * pw_property_entry_set_locked:
 * @self: an entry
 * @locked: whether the text can be selected and copied but not changed
 *
 * A locked entry shows no placeholder: to a reader an empty field is empty,
 * not an example to follow (“e.g. 驻马店市人民政府” under another city's
 * plan) that reads like a value.
 */
void
pw_property_entry_set_locked (PwPropertyEntry *self,
                              gboolean         locked)
{
  g_return_if_fail (PW_IS_PROPERTY_ENTRY (self));

  gtk_editable_set_editable (GTK_EDITABLE (self), !locked);
  if (locked)
    {
      const char *hint = gtk_entry_get_placeholder_text (GTK_ENTRY (self));

      gtk_widget_add_css_class (GTK_WIDGET (self), "pw-locked");
      if (self->hint == NULL && hint != NULL && *hint != '\0')
        {
          self->hint = g_strdup (hint);
          gtk_entry_set_placeholder_text (GTK_ENTRY (self), NULL);
        }
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "pw-locked");
      if (self->hint != NULL)
        {
          gtk_entry_set_placeholder_text (GTK_ENTRY (self), self->hint);
          g_clear_pointer (&self->hint, g_free);
        }
    }
}
