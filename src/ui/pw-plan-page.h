/* pw-plan-page.h: the base class of the window's pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_PLAN_PAGE (pw_plan_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (PwPlanPage, pw_plan_page, PW, PLAN_PAGE, GtkWidget)

/**
 * PwPlanPageClass:
 * @commit: hands whatever was typed and not yet stored (a cell or field being
 *   edited, text typed a moment ago) to the model, through its undo history.
 *   Returns %FALSE when the text cannot stand (the editor then stays open and
 *   says why), so that the command that asked does not run without it.
 * @plan_changed: follows #PwPlanPage:plan, the plan shown, which was
 *   @old_plan (%NULL when none); what was typed is stored before
 * @editable_changed: follows #PwPlanPage:editable; when the page became
 *   read-only, what was typed is stored before
 *
 * Every page of the window is one; the window calls pw_plan_page_commit() on
 * every page before any command that reads or writes the plan (save, undo,
 * close, print, export, switching pages…), so that nothing typed is ever
 * lost.
 */
struct _PwPlanPageClass
{
  GtkWidgetClass parent_class;

  gboolean (*commit)           (PwPlanPage *self);
  void     (*plan_changed)     (PwPlanPage *self,
                                PwPlan     *old_plan);
  void     (*editable_changed) (PwPlanPage *self);
};

gboolean pw_plan_page_commit       (PwPlanPage *self);
PwPlan  *pw_plan_page_get_plan     (PwPlanPage *self);
void     pw_plan_page_set_plan     (PwPlanPage *self,
                                    PwPlan     *plan);
gboolean pw_plan_page_get_editable (PwPlanPage *self);
void     pw_plan_page_set_editable (PwPlanPage *self,
                                    gboolean    editable);

G_END_DECLS
