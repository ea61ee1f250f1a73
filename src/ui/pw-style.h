/* pw-style.h: the application's look, and the status colours in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-types.h"

G_BEGIN_DECLS

void        pw_style_load       (void);
const char *pw_status_css_class (PwStatus status);
GtkWidget  *pw_tooltip_label_new (const char *text);
gboolean    pw_tooltip_show_text (GtkTooltip *tooltip,
                                  const char *text);

G_END_DECLS
