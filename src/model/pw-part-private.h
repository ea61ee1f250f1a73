/* pw-part-private.h: what the plan needs to keep a part's chapters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-part.h"

G_BEGIN_DECLS

GListStore *pw_part_get_chapter_store (PwPart *self);

G_END_DECLS
