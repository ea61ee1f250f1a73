/* pw-new-plan-dialog.c: the choice of a new plan's skeleton, period and title
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 新建 (Ctrl+N) asks what the new plan starts from, as GNOME applications
 * offer templates: an empty plan or the usual chapters of a special plan
 * or of a 纲要 in parts, the five-year period, and the plan's title, which
 * may be left empty and written later on the overview. Enter in the title
 * creates (a drop-down with the focus would take Enter to open its list).
 * The window asks pw_new_plan_dialog_make_plan() for the plan on Create.
 */

#define G_LOG_DOMAIN "pw-new-plan-dialog"

#include "config.h"

#include "pw-new-plan-dialog.h"

#include <glib/gi18n.h>

#include "pw-enums.h"

struct _PwNewPlanDialog
{
  GtkDialog parent_instance;

  /* Template widgets */
  GtkEntry *title_entry;
  GtkDropDown *template_choice;
  GtkDropDown *period_choice;
};

enum {
  PROP_0,
  PROP_TEMPLATE,
  PROP_PERIOD,
  PROP_PLAN_TITLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwNewPlanDialog, pw_new_plan_dialog, GTK_TYPE_DIALOG)

static GParamSpec *properties[N_PROPS];

/* Callbacks */

/* The widgets hold the choices: each property is told of when its widget
 * changes, so it is notified only for a change. */
static void
template_changed_cb (PwNewPlanDialog *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
}

static void
period_changed_cb (PwNewPlanDialog *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

static void
title_changed_cb (PwNewPlanDialog *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_TITLE]);
}

/* GObject overrides */

static void
pw_new_plan_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PW_TYPE_NEW_PLAN_DIALOG);

  G_OBJECT_CLASS (pw_new_plan_dialog_parent_class)->dispose (object);
}

static void
pw_new_plan_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PwNewPlanDialog *self = PW_NEW_PLAN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      g_value_set_enum (value, pw_new_plan_dialog_get_template (self));
      break;
    case PROP_PERIOD:
      g_value_set_enum (value, pw_new_plan_dialog_get_period (self));
      break;
    case PROP_PLAN_TITLE:
      g_value_set_string (value, pw_new_plan_dialog_get_plan_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_new_plan_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PwNewPlanDialog *self = PW_NEW_PLAN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      pw_new_plan_dialog_set_template (self, g_value_get_enum (value));
      break;
    case PROP_PERIOD:
      pw_new_plan_dialog_set_period (self, g_value_get_enum (value));
      break;
    case PROP_PLAN_TITLE:
      pw_new_plan_dialog_set_plan_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_new_plan_dialog_class_init (PwNewPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_new_plan_dialog_dispose;
  object_class->get_property = pw_new_plan_dialog_get_property;
  object_class->set_property = pw_new_plan_dialog_set_property;

  /**
   * PwNewPlanDialog:template:
   *
   * The skeleton the plan starts from.
   */
  properties[PROP_TEMPLATE] =
    g_param_spec_enum ("template", NULL, NULL, PW_TYPE_TEMPLATE, PW_TEMPLATE_EMPTY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PwNewPlanDialog:period:
   *
   * The five-year period of the plan; the coming one at first.
   */
  properties[PROP_PERIOD] =
    g_param_spec_enum ("period", NULL, NULL, PW_TYPE_PERIOD, PW_PERIOD_15TH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PwNewPlanDialog:plan-title:
   *
   * The title typed for the plan, as typed; may be empty.
   */
  properties[PROP_PLAN_TITLE] =
    g_param_spec_string ("plan-title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-new-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PwNewPlanDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PwNewPlanDialog, template_choice);
  gtk_widget_class_bind_template_child (widget_class, PwNewPlanDialog, period_choice);
  gtk_widget_class_bind_template_callback (widget_class, template_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
}

static void
pw_new_plan_dialog_init (PwNewPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * pw_new_plan_dialog_new:
 * @parent: (nullable): the window
 *
 * Returns: (transfer none): the dialog, owned by GTK until it is destroyed;
 *   its "response" is %GTK_RESPONSE_ACCEPT for Create
 */
PwNewPlanDialog *
pw_new_plan_dialog_new (GtkWindow *parent)
{
  PwNewPlanDialog *self;
  GtkWidget *create;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (PW_TYPE_NEW_PLAN_DIALOG, "use-header-bar", TRUE, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  gtk_dialog_add_button (GTK_DIALOG (self), _("_Cancel"), GTK_RESPONSE_CANCEL);
  create = gtk_dialog_add_button (GTK_DIALOG (self), _("C_reate"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (create, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  return self;
}

PwTemplate
pw_new_plan_dialog_get_template (PwNewPlanDialog *self)
{
  g_return_val_if_fail (PW_IS_NEW_PLAN_DIALOG (self), PW_TEMPLATE_EMPTY);

  return (PwTemplate) gtk_drop_down_get_selected (self->template_choice);
}

/**
 * pw_new_plan_dialog_set_template:
 * @self: the dialog
 * @template: the skeleton to offer chosen
 */
void
pw_new_plan_dialog_set_template (PwNewPlanDialog *self,
                                 PwTemplate       template)
{
  g_return_if_fail (PW_IS_NEW_PLAN_DIALOG (self));
  g_return_if_fail (template <= PW_TEMPLATE_OUTLINE);

  /* the drop-down notifies only a change, and template_changed_cb() with it */
  gtk_drop_down_set_selected (self->template_choice, template);
}

PwPeriod
pw_new_plan_dialog_get_period (PwNewPlanDialog *self)
{
  g_return_val_if_fail (PW_IS_NEW_PLAN_DIALOG (self), PW_PERIOD_15TH);

  return (PwPeriod) gtk_drop_down_get_selected (self->period_choice);
}

/**
 * pw_new_plan_dialog_set_period:
 * @self: the dialog
 * @period: the period to offer chosen
 */
void
pw_new_plan_dialog_set_period (PwNewPlanDialog *self,
                               PwPeriod         period)
{
  g_return_if_fail (PW_IS_NEW_PLAN_DIALOG (self));
  g_return_if_fail (period <= PW_PERIOD_15TH);

  gtk_drop_down_set_selected (self->period_choice, period);
}

/**
 * pw_new_plan_dialog_get_plan_title:
 * @self: the dialog
 *
 * Returns: (transfer none): the title as typed
 */
const char *
pw_new_plan_dialog_get_plan_title (PwNewPlanDialog *self)
{
  g_return_val_if_fail (PW_IS_NEW_PLAN_DIALOG (self), "");

  return gtk_editable_get_text (GTK_EDITABLE (self->title_entry));
}

/**
 * pw_new_plan_dialog_set_plan_title:
 * @self: the dialog
 * @title: (nullable): the title to offer
 */
void
pw_new_plan_dialog_set_plan_title (PwNewPlanDialog *self,
                                   const char      *title)
{
  g_return_if_fail (PW_IS_NEW_PLAN_DIALOG (self));

  if (g_strcmp0 (title != NULL ? title : "", pw_new_plan_dialog_get_plan_title (self)) == 0)
    return;
  /* the entry's "changed" notifies, through title_changed_cb() */
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), title != NULL ? title : "");
}

/**
 * pw_new_plan_dialog_make_plan:
 * @self: the dialog
 *
 * The plan chosen: the template's skeleton for the period, titled as typed
 * (spaces around the title dropped; none when only spaces were typed), its
 * history empty and unmodified, as every new plan's.
 *
 * Returns: (transfer full): a new plan
 */
PwPlan *
pw_new_plan_dialog_make_plan (PwNewPlanDialog *self)
{
  g_autofree char *title = NULL;
  PwPlan *plan;

  g_return_val_if_fail (PW_IS_NEW_PLAN_DIALOG (self), NULL);

  plan = pw_plan_new_from_template (pw_new_plan_dialog_get_template (self), pw_new_plan_dialog_get_period (self));
  title = g_strstrip (g_strdup (pw_new_plan_dialog_get_plan_title (self)));
  if (*title != '\0')
    {
      PwHistory *history = pw_plan_get_history (plan);

      pw_plan_set_title (plan, title);
      pw_history_clear (history);
      pw_history_set_unmodified (history);
    }
  return plan;
}
