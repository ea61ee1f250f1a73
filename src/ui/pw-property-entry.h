/* pw-property-entry.h: an entry that edits one property of a model object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PW_TYPE_PROPERTY_ENTRY (pw_property_entry_get_type ())

G_DECLARE_FINAL_TYPE (PwPropertyEntry, pw_property_entry, PW, PROPERTY_ENTRY, GtkEntry)

/**
 * PwPropertyEntryCheck:
 * @self: the entry
 * @object: the object edited
 * @value: the value read from the text, of the property's type; may be
 *   replaced by a normalised value
 * @message: (out) (transfer full): why the value is refused
 *
 * Returns: whether @value may be stored
 */
typedef gboolean (*PwPropertyEntryCheck) (PwPropertyEntry  *self,
                                          GObject          *object,
                                          GValue           *value,
                                          char            **message);

GtkWidget *pw_property_entry_new            (void);
void       pw_property_entry_bind           (PwPropertyEntry      *self,
                                             GObject              *object,
                                             const char           *property,
                                             const char           *undo_label);
GObject   *pw_property_entry_get_object     (PwPropertyEntry      *self);
void       pw_property_entry_set_check_func (PwPropertyEntry      *self,
                                             PwPropertyEntryCheck  check);
gboolean   pw_property_entry_commit         (PwPropertyEntry      *self);
gboolean   pw_property_entry_keep           (PwPropertyEntry      *self);
void       pw_property_entry_set_locked     (PwPropertyEntry      *self,
                                             gboolean              locked);
gboolean   pw_property_entry_get_invalid    (PwPropertyEntry      *self);

G_END_DECLS
