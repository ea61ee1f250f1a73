/* pw-change.h: one change found by comparing two versions of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-diff.h"

G_BEGIN_DECLS

typedef enum
{
  PW_CHANGE_ADDED,
  PW_CHANGE_REMOVED,
  PW_CHANGE_CHANGED,   /* a field of the object: old → new */
  PW_CHANGE_RENAMED,   /* the title or the name */
  PW_CHANGE_MOVED,     /* to another chapter or 专栏, or to another place in the order */
  PW_CHANGE_PROSE,     /* a paragraph of the text changed, added or removed */
} PwChangeKind;

#define PW_TYPE_CHANGE (pw_change_get_type ())

G_DECLARE_FINAL_TYPE (PwChange, pw_change, PW, CHANGE, GObject)

PwChangeKind  pw_change_get_kind        (PwChange *self);
GType         pw_change_get_object_type (PwChange *self);
const char   *pw_change_get_old_id      (PwChange *self);
const char   *pw_change_get_new_id      (PwChange *self);
const char   *pw_change_get_label       (PwChange *self);
const char   *pw_change_get_field       (PwChange *self);
const char   *pw_change_get_property_name (PwChange *self);
const char   *pw_change_get_old_text    (PwChange *self);
const char   *pw_change_get_new_text    (PwChange *self);
int           pw_change_get_year        (PwChange *self);
gboolean      pw_change_get_guessed     (PwChange *self);
GPtrArray    *pw_change_get_pieces      (PwChange *self);
char         *pw_change_describe        (PwChange *self);
char         *pw_change_to_string       (PwChange *self);

char         *pw_changes_to_csv         (GListModel *changes);

G_END_DECLS
