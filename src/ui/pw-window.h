/* pw-window.h: a window showing one plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-draft.h"
#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_WINDOW (pw_window_get_type ())

G_DECLARE_FINAL_TYPE (PwWindow, pw_window, PW, WINDOW, GtkApplicationWindow)

PwWindow *pw_window_new           (PwApplication *application);
PwPlan   *pw_window_get_plan      (PwWindow      *self);
GFile    *pw_window_get_file      (PwWindow      *self);
gboolean  pw_window_get_read_only (PwWindow      *self);
void      pw_window_set_read_only (PwWindow      *self,
                                   gboolean       read_only);
gboolean  pw_window_load_file     (PwWindow      *self,
                                   GFile         *file);
gboolean  pw_window_load_file_full (PwWindow     *self,
                                   GFile         *file,
                                   GtkWindow     *error_parent);
gboolean  pw_window_show_chapter  (PwWindow      *self,
                                   guint          index);
gboolean  pw_window_save          (PwWindow      *self,
                                   GFile         *file,
                                   GError       **error);
void      pw_window_show_object   (PwWindow      *self,
                                   PwObject      *object);
gboolean  pw_window_merge_comments (PwWindow     *self,
                                    GFile        *file);
GtkWindow *pw_window_compare_with (PwWindow      *self,
                                   GFile         *file);
GtkWidget *pw_window_get_comments_pane (PwWindow *self);
void      pw_window_offer_draft   (PwWindow      *self,
                                   PwDraft       *draft);
PwDraft  *pw_window_get_offered_draft (PwWindow  *self);

G_END_DECLS
