/* pw-outline-entry.h: a fixed entry at the top of the outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-outline.h"

G_BEGIN_DECLS

#define PW_TYPE_OUTLINE_ENTRY (pw_outline_entry_get_type ())

G_DECLARE_FINAL_TYPE (PwOutlineEntry, pw_outline_entry, PW, OUTLINE_ENTRY, GObject)

PwOutlineEntry *pw_outline_entry_new           (PwPage          page,
                                                const char     *icon_name);
PwPage          pw_outline_entry_get_page      (PwOutlineEntry *self);
const char     *pw_outline_entry_get_icon_name (PwOutlineEntry *self);

G_END_DECLS
