/* pw-prose-view.h: a text view that edits the prose of a model object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PW_TYPE_PROSE_VIEW (pw_prose_view_get_type ())

G_DECLARE_FINAL_TYPE (PwProseView, pw_prose_view, PW, PROSE_VIEW, GtkTextView)

GtkWidget *pw_prose_view_new        (void);
void       pw_prose_view_bind       (PwProseView *self,
                                     GObject     *object,
                                     const char  *property,
                                     const char  *undo_label);
void       pw_prose_view_set_placeholder (PwProseView *self,
                                          const char  *text);
GObject   *pw_prose_view_get_object (PwProseView *self);
void       pw_prose_view_commit     (PwProseView *self);
gboolean   pw_prose_view_get_dirty  (PwProseView *self);

G_END_DECLS
