/* pw-outline-private.h: what the outline's two files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pw-outline.c is the tree: its model over the plan's lists, what its rows
 * (pw-outline-row.c) show and what selects and shows an entry; pw-outline-actions.c is the editing of
 * the structure from it: the outline.* actions, the rename in place, the
 * context menu and drag and drop.
 */

#pragma once

#include "pw-outline.h"
#include "pw-outline-entry.h"
#include "pw-outline-row.h"

G_BEGIN_DECLS

struct _PwOutline
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *scrolled;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  GtkWidget *menu;           /* the context menu */

  /* Owned */
  GtkSliceListModel *slice;  /* of the tree: the first screen's rows, then all */
  guint rows_tick;           /* gives the list all its rows */
  guint rows_ticks;
  GtkCustomFilter *no_part;  /* the chapters in no part */
  PwPlan *plan;
  GPtrArray *bound;          /* the rows bound, for their markers */
  guint markers_source;
  GMenu *comment_section;    /* its Add Comment */
  GHashTable *rows;          /* item → its bound PwOutlineRow (borrowed) */
  GObject *renaming;         /* the item whose title is being typed */
  GObject *deferred_rename;  /* to rename once the menu has closed */
  GObject *deleting;         /* the item the question of Delete is about */
  GObject *adding;           /* added, its title to be typed as part of adding it */
  guint64 adding_state;      /* the history's state once it was added */
  guint rename_source;

  /* Borrowed */
  GObject *pending_rename;   /* to rename once its row is bound */

  gboolean editable;
};

/* pw-outline.c */
char       *pw_outline_item_text   (PwOutline *self,
                                    GObject   *item);
guint       pw_outline_position_of (PwOutline *self,
                                    GObject   *object);

/* pw-outline-actions.c */
void        pw_outline_install_actions (GtkWidgetClass *widget_class);
void        pw_outline_update_actions  (PwOutline      *self);
GMenuModel *pw_outline_build_menu      (PwOutline      *self);
void        pw_outline_attach_row      (PwOutline      *self,
                                        PwOutlineRow   *row);
void        pw_outline_show_entry      (PwOutline      *self,
                                        PwOutlineRow   *row,
                                        GObject        *item);
void        pw_outline_finish_rename   (PwOutline      *self,
                                        gboolean        commit);

G_END_DECLS
