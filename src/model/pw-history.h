/* pw-history.h: the undo history of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PW_TYPE_HISTORY (pw_history_get_type ())

G_DECLARE_FINAL_TYPE (PwHistory, pw_history, PW, HISTORY, GObject)

/**
 * PwChangeApplyFunc:
 * @data: what the change recorded
 *
 * Applies a recorded change and turns @data into its inverse, so that the
 * same function applied again redoes what it undid.
 */
typedef void (*PwChangeApplyFunc) (gpointer data);

PwHistory  *pw_history_new              (GObject           *owner);
GObject    *pw_history_get_owner        (PwHistory         *self);

void        pw_history_begin            (PwHistory         *self,
                                         const char        *label);
void        pw_history_end              (PwHistory         *self);
guint64     pw_history_get_state        (PwHistory         *self);
void        pw_history_begin_joined     (PwHistory         *self,
                                         const char        *label,
                                         guint64            state);

gboolean    pw_history_get_can_undo     (PwHistory         *self);
gboolean    pw_history_get_can_redo     (PwHistory         *self);
const char *pw_history_get_undo_label   (PwHistory         *self);
const char *pw_history_get_redo_label   (PwHistory         *self);
gboolean    pw_history_undo             (PwHistory         *self);
gboolean    pw_history_redo             (PwHistory         *self);

gboolean    pw_history_get_modified     (PwHistory         *self);
void        pw_history_set_unmodified   (PwHistory         *self);
void        pw_history_set_modified     (PwHistory         *self);

void        pw_history_block            (PwHistory         *self);
void        pw_history_unblock          (PwHistory         *self);
gboolean    pw_history_is_recording     (PwHistory         *self);
void        pw_history_clear            (PwHistory         *self);

void        pw_history_record           (PwHistory         *self,
                                         PwChangeApplyFunc  apply,
                                         gpointer           data,
                                         GDestroyNotify     free_data);
void        pw_history_record_mark      (PwHistory         *self,
                                         PwChangeApplyFunc  apply,
                                         gpointer           data,
                                         GDestroyNotify     free_data);
void        pw_history_record_property  (PwHistory         *self,
                                         GObject           *object,
                                         GParamSpec        *pspec);
void        pw_history_record_insert    (PwHistory         *self,
                                         GListStore        *store,
                                         guint              position);
void        pw_history_record_remove    (PwHistory         *self,
                                         GListStore        *store,
                                         guint              position);
void        pw_history_record_move      (PwHistory         *self,
                                         GListStore        *store,
                                         guint              from,
                                         guint              to);

G_END_DECLS
