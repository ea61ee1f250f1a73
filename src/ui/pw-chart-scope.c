/* pw-chart-scope.c: what a chart covers, an entry of the charts page's scope list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole plan, one domain or one chapter: the items of the scope
 * drop-down of the charts page, with the label and the caption its rows
 * show (properties, for the template's expressions).
 */

#define G_LOG_DOMAIN "pw-charts-page"

#include "config.h"

#include "pw-chart-scope.h"

struct _PwChartScope
{
  GObject parent_instance;

  PwChartScopeKind kind;
  char *key;     /* the domain, or the chapter's id */
  char *label;
  char *caption; /* what kind of scope, beside the label in the list */
};

enum {
  PROP_0,
  PROP_LABEL,
  PROP_CAPTION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwChartScope, pw_chart_scope, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_chart_scope_finalize (GObject *object)
{
  PwChartScope *self = (PwChartScope *) object;

  g_free (self->key);
  g_free (self->label);
  g_free (self->caption);

  G_OBJECT_CLASS (pw_chart_scope_parent_class)->finalize (object);
}

static void
pw_chart_scope_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PwChartScope *self = PW_CHART_SCOPE (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_CAPTION:
      g_value_set_string (value, self->caption);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_chart_scope_class_init (PwChartScopeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_chart_scope_finalize;
  object_class->get_property = pw_chart_scope_get_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAPTION] =
    g_param_spec_string ("caption", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_chart_scope_init (PwChartScope *self)
{
}

/* Public API */

/**
 * pw_chart_scope_new:
 * @kind: what the chart covers
 * @key: (nullable): the domain, or the chapter's id
 * @label: (transfer full): the entry's text
 * @caption: (nullable): what kind of scope, beside the label in the list
 *
 * Returns: (transfer full): a new entry
 */
PwChartScope *
pw_chart_scope_new (PwChartScopeKind  kind,
                    const char       *key,
                    char             *label,
                    const char       *caption)
{
  PwChartScope *self = g_object_new (PW_TYPE_CHART_SCOPE, NULL);

  self->kind = kind;
  self->key = g_strdup (key);
  self->label = label;
  self->caption = g_strdup (caption);
  return self;
}

gboolean
pw_chart_scope_equal (PwChartScope *a,
                      PwChartScope *b)
{
  return a->kind == b->kind && g_strcmp0 (a->key, b->key) == 0 &&
         g_strcmp0 (a->label, b->label) == 0 && g_strcmp0 (a->caption, b->caption) == 0;
}

PwChartScopeKind
pw_chart_scope_get_kind (PwChartScope *self)
{
  g_return_val_if_fail (PW_IS_CHART_SCOPE (self), PW_CHART_SCOPE_PLAN);

  return self->kind;
}

/**
 * pw_chart_scope_get_key:
 * @self: an entry
 *
 * Returns: (nullable): the domain, or the chapter's id; %NULL for the plan
 */
const char *
pw_chart_scope_get_key (PwChartScope *self)
{
  g_return_val_if_fail (PW_IS_CHART_SCOPE (self), NULL);

  return self->key;
}
