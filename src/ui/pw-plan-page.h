/* pw-plan-page.h: the base class of the window's pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PW_TYPE_PLAN_PAGE (pw_plan_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (PwPlanPage, pw_plan_page, PW, PLAN_PAGE, GtkWidget)

/**
 * PwPlanPageClass:
 * @commit: hands whatever was typed and not yet stored (a cell or field being
 *   edited, text typed a moment ago) to the model, through its undo history.
 *   Returns %FALSE when the text cannot stand (the editor then stays open and
 *   says why), so that the command that asked does not run without it.
 *
 * Every page of the window is one; the window calls pw_plan_page_commit() on
 * every page before any command that reads or writes the plan (save, undo,
 * close, print, export, switching pages…), so that nothing typed is ever
 * lost.
 */
struct _PwPlanPageClass
{
  GtkWidgetClass parent_class;

  gboolean (*commit) (PwPlanPage *self);
};

gboolean pw_plan_page_commit       (PwPlanPage *self);
void     pw_plan_page_set_editable (PwPlanPage *self,
                                    gboolean   *field,
                                    gboolean    editable,
                                    void      (*update) (gpointer page),
                                    GParamSpec *pspec);

G_END_DECLS
