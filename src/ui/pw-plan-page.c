/* pw-plan-page.c: what every page of the window does before a command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pw-plan-page"

#include "config.h"

#include "pw-plan-page.h"

G_DEFINE_INTERFACE (PwPlanPage, pw_plan_page, GTK_TYPE_WIDGET)

static gboolean
pw_plan_page_real_commit (PwPlanPage *self)
{
  return TRUE;
}

static void
pw_plan_page_default_init (PwPlanPageInterface *iface)
{
  iface->commit = pw_plan_page_real_commit;
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

  return PW_PLAN_PAGE_GET_IFACE (self)->commit (self);
}
