/* pw-comment-menu.h: the context menu that comments on a thing of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwCommentTargetFunc:
 * @widget: the widget clicked
 * @x: where, in @widget's coordinates
 * @y: where
 * @data: the caller's data
 * @target: (out) (transfer full): the id of the object under the pointer
 * @year: (out): a year of an indicator's values, or 0
 * @paragraph: (out): a paragraph, from 1, or 0
 *
 * Returns: whether there is something to comment on there
 */
typedef gboolean (*PwCommentTargetFunc) (GtkWidget  *widget,
                                         double      x,
                                         double      y,
                                         gpointer    data,
                                         char      **target,
                                         int        *year,
                                         int        *paragraph);

void        pw_comment_menu_attach (GtkWidget          *widget,
                                    PwCommentTargetFunc func,
                                    gpointer            data);
void        pw_comment_menu_attach_cells (GtkWidget          *view,
                                          GType               cell_type,
                                          PwCommentTargetFunc func,
                                          gpointer            data);
void        pw_comment_menu_set_section (GtkWidget         *widget,
                                         GMenuModel        *section);
GtkWidget  *pw_comment_menu_show_at (GtkWidget         *widget,
                                     double             x,
                                     double             y);
gboolean    pw_comment_menu_key     (GtkWidget         *widget,
                                     guint              keyval,
                                     GdkModifierType    state);
GtkWidget  *pw_comment_menu_popup  (GtkWidget          *widget,
                                    double              x,
                                    double              y,
                                    const char         *target,
                                    int                 year,
                                    int                 paragraph);

GtkWidget  *pw_comment_marker_new    (void);
void        pw_comment_marker_update (GtkWidget          *marker,
                                      PwPlan             *plan,
                                      const char         *id);

G_END_DECLS
