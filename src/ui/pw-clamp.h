/* pw-clamp.h: a child centred at no more than a maximum width
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PW_TYPE_CLAMP (pw_clamp_get_type ())

G_DECLARE_FINAL_TYPE (PwClamp, pw_clamp, PW, CLAMP, GtkWidget)

GtkWidget *pw_clamp_new              (void);
GtkWidget *pw_clamp_get_child        (PwClamp   *self);
void       pw_clamp_set_child        (PwClamp   *self,
                                      GtkWidget *child);
int        pw_clamp_get_maximum_size (PwClamp   *self);
void       pw_clamp_set_maximum_size (PwClamp   *self,
                                      int        maximum_size);

G_END_DECLS
