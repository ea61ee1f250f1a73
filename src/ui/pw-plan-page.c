/* pw-plan-page.c: the base class of the window's pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pw-plan-page"

#include "config.h"

#include "pw-plan-page.h"

G_DEFINE_ABSTRACT_TYPE (PwPlanPage, pw_plan_page, GTK_TYPE_WIDGET)

/* PwPlanPage */

static gboolean
pw_plan_page_real_commit (PwPlanPage *self)
{
  return TRUE;
}

static void
pw_plan_page_class_init (PwPlanPageClass *klass)
{
  klass->commit = pw_plan_page_real_commit;
}

static void
pw_plan_page_init (PwPlanPage *self)
{
}

/* Public API */

/**
 * pw_plan_page_commit:
 * @self: a page
 *
 * Stores what was typed on the page and not yet stored.
 *
 * Returns: whether everything typed is now in the model; %FALSE when a text
 *   could not be taken (its editor stays open and shows why)
 */
gboolean
pw_plan_page_commit (PwPlanPage *self)
{
  g_return_val_if_fail (PW_IS_PLAN_PAGE (self), TRUE);

  return PW_PLAN_PAGE_GET_CLASS (self)->commit (self);
}

/**
 * pw_plan_page_set_editable:
 * @self: a page
 * @field: the page's field that says whether it is editable
 * @editable: %FALSE for a reader
 * @update: (scope call): makes the page's widgets and actions follow @field
 * @pspec: the page's property for @field
 *
 * The setter of a page's editable property: when the page becomes
 * read-only, what was typed is stored first (pw_plan_page_commit()); then
 * @field is set, the page updated and the property notified. Nothing
 * happens when @editable is what @field holds.
 */
void
pw_plan_page_set_editable (PwPlanPage *self,
                           gboolean   *field,
                           gboolean    editable,
                           void      (*update) (gpointer page),
                           GParamSpec *pspec)
{
  g_return_if_fail (PW_IS_PLAN_PAGE (self));

  editable = !!editable;
  if (*field == editable)
    return;

  if (!editable)
    pw_plan_page_commit (self);
  *field = editable;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}
