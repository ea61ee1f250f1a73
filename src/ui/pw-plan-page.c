/* pw-plan-page.c: the base class of the window's pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page shows one plan and is editable or read-only: both are properties
 * of this class, which every page shares; a page follows them in its
 * plan_changed and editable_changed methods.
 */

#define G_LOG_DOMAIN "pw-plan-page"

#include "config.h"

#include "pw-plan-page.h"

typedef struct
{
  /* Owned */
  PwPlan *plan;

  gboolean editable;
} PwPlanPagePrivate;

enum {
  PROP_0,
  PROP_PLAN,
  PROP_EDITABLE,
  N_PROPS
};

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PwPlanPage, pw_plan_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* PwPlanPage */

static gboolean
pw_plan_page_real_commit (PwPlanPage *self)
{
  return TRUE;
}

static void
pw_plan_page_real_plan_changed (PwPlanPage *self,
                                PwPlan     *old_plan)
{
}

static void
pw_plan_page_real_editable_changed (PwPlanPage *self)
{
}

/* GObject overrides */

static void
pw_plan_page_dispose (GObject *object)
{
  PwPlanPage *self = PW_PLAN_PAGE (object);
  PwPlanPagePrivate *priv = pw_plan_page_get_instance_private (self);

  g_clear_object (&priv->plan);

  G_OBJECT_CLASS (pw_plan_page_parent_class)->dispose (object);
}

static void
pw_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PwPlanPage *self = PW_PLAN_PAGE (object);
  PwPlanPagePrivate *priv = pw_plan_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, priv->plan);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, priv->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PwPlanPage *self = PW_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      pw_plan_page_set_plan (self, g_value_get_object (value));
      break;
    case PROP_EDITABLE:
      pw_plan_page_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_plan_page_class_init (PwPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pw_plan_page_dispose;
  object_class->get_property = pw_plan_page_get_property;
  object_class->set_property = pw_plan_page_set_property;

  klass->commit = pw_plan_page_real_commit;
  klass->plan_changed = pw_plan_page_real_plan_changed;
  klass->editable_changed = pw_plan_page_real_editable_changed;

  /**
   * PwPlanPage:plan:
   *
   * The plan shown, or %NULL.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PwPlanPage:editable:
   *
   * %FALSE for a reader: nothing on the page changes the plan.
   */
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_plan_page_init (PwPlanPage *self)
{
  PwPlanPagePrivate *priv = pw_plan_page_get_instance_private (self);

  priv->editable = TRUE;
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
 * pw_plan_page_get_plan:
 * @self: a page
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
PwPlan *
pw_plan_page_get_plan (PwPlanPage *self)
{
  PwPlanPagePrivate *priv = pw_plan_page_get_instance_private (self);

  g_return_val_if_fail (PW_IS_PLAN_PAGE (self), NULL);

  return priv->plan;
}

/**
 * pw_plan_page_set_plan:
 * @self: a page
 * @plan: (nullable): the plan to show
 *
 * What was typed on the page is stored first (pw_plan_page_commit()); then
 * the page takes @plan, follows it (its plan_changed method, given the plan
 * it showed before) and notifies. Nothing happens when @plan is the plan
 * shown.
 */
void
pw_plan_page_set_plan (PwPlanPage *self,
                       PwPlan     *plan)
{
  PwPlanPagePrivate *priv = pw_plan_page_get_instance_private (self);
  g_autoptr(PwPlan) old_plan = NULL;

  g_return_if_fail (PW_IS_PLAN_PAGE (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (priv->plan == plan)
    return;

  pw_plan_page_commit (self);
  old_plan = g_steal_pointer (&priv->plan);
  priv->plan = plan != NULL ? g_object_ref (plan) : NULL;
  PW_PLAN_PAGE_GET_CLASS (self)->plan_changed (self, old_plan);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * pw_plan_page_get_editable:
 * @self: a page
 *
 * Returns: whether the page may change the plan
 */
gboolean
pw_plan_page_get_editable (PwPlanPage *self)
{
  PwPlanPagePrivate *priv = pw_plan_page_get_instance_private (self);

  g_return_val_if_fail (PW_IS_PLAN_PAGE (self), FALSE);

  return priv->editable;
}

/**
 * pw_plan_page_set_editable:
 * @self: a page
 * @editable: %FALSE for a reader: every editor and action of the page is
 *   off; text stays selectable, to copy
 *
 * When the page becomes read-only, what was typed is stored first
 * (pw_plan_page_commit()); then the page follows (its editable_changed
 * method) and the property is notified. Nothing happens when @editable is
 * what the page is.
 */
void
pw_plan_page_set_editable (PwPlanPage *self,
                           gboolean    editable)
{
  PwPlanPagePrivate *priv = pw_plan_page_get_instance_private (self);

  g_return_if_fail (PW_IS_PLAN_PAGE (self));

  editable = !!editable;
  if (priv->editable == editable)
    return;

  if (!editable)
    pw_plan_page_commit (self);
  priv->editable = editable;
  PW_PLAN_PAGE_GET_CLASS (self)->editable_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}
