/* pw-changes-view.h: what changed since an earlier version, beside the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-window.h"

G_BEGIN_DECLS

#define PW_TYPE_CHANGES_VIEW (pw_changes_view_get_type ())

G_DECLARE_FINAL_TYPE (PwChangesView, pw_changes_view, PW, CHANGES_VIEW, GtkWindow)

PwChangesView *pw_changes_view_new           (PwWindow   *window,
                                              GListModel *changes,
                                              guint       n_comment_changes,
                                              const char *old_name);
GListModel    *pw_changes_view_get_changes   (PwChangesView *self);
void           pw_changes_view_activate      (PwChangesView *self,
                                              guint          position);

G_END_DECLS
