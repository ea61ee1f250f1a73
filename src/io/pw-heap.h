/* pw-heap.h: the heap in transparent huge pages while a large plan is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What pw_heap_reserve() changed, for pw_heap_release() to undo. */
typedef struct
{
  gboolean padded;  /* the top pad was raised */
} PwHeapReservation;

void pw_heap_reserve (gsize              bytes,
                      PwHeapReservation *reservation);
void pw_heap_release (PwHeapReservation *reservation);

G_END_DECLS
