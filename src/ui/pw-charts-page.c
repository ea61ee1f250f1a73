/* pw-charts-page.c: the charts of a plan, drawn as they print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A toolbar chooses the chart, what it covers (the whole plan, one domain,
 * one chapter) and, for the trend, the indicator (searchable by the start of
 * its name: GTK 4.8's drop-down matches prefixes only). The chart is shown
 * by a PwChartView at the width of the page and at its natural height for
 * that width, scrolled, so a long chart never squeezes; the view draws only
 * what shows, so a chart of 100,000 indicators scrolls as one of 30 does.
 *
 * On screen a chart is therefore never split into pages, and the toolbar
 * has no page buttons: pages belong to paper and files. The export dialog
 * chooses the page of a PNG or an SVG (or the whole chart in one image), a
 * PDF holds them all, and the printed report has them each on its own.
 *
 * The chart follows the model the way the overview page's counts do, with a
 * handful of handlers, never one per indicator: the "changed" signal of the
 * plan's undo history (emitted for every step recorded, undone or redone,
 * which is how an edit of a value shows), the plan's own notify (title,
 * period), the progress thresholds, and the items-changed of the plan's
 * indicators and chapters. They only mark the chart stale; an idle,
 * run before the next frame and only while the page is mapped, offers the
 * domains and chapters anew and has the view lay the chart out again.
 *
 * A tooltip gives what the chart layer's hit test finds under the pointer.
 */

#define G_LOG_DOMAIN "pw-charts-page"

#include "config.h"

#include "pw-charts-page.h"

#include <glib/gi18n.h>

#include "pw-chart-indicator-row.h"
#include "pw-chart-scope.h"
#include "pw-chart-view.h"
#include "pw-heading-number.h"
#include "pw-plan-page.h"

struct _PwChartsPage
{
  PwPlanPage parent_instance;

  /* Template widgets */
  GtkWidget *layout;
  GtkDropDown *kind_dropdown;
  GtkDropDown *scope_dropdown;
  GtkDropDown *indicator_dropdown;
  GtkScrolledWindow *scrolled;
  PwChartView *view;

  /* Owned */
  GListStore *scopes;      /* of PwChartScope, for the chart shown */
  GSignalGroup *plan_signals;
  GSignalGroup *history_signals;
  GSignalGroup *threshold_signals;
  char *wanted_domain;     /* the scope last chosen, kept while another chart */
  char *wanted_chapter_id; /* that does not offer it is shown */
  char *indicator_id;      /* of the trend */

  /* Borrowed */
  PwPlan *plan; /* pw_plan_page_get_plan(), kept by page_plan_changed() */

  PwChartKind kind;
  guint refresh_source;
  gboolean stale;
  gboolean updating;       /* the drop-downs are being set, not chosen from */
};

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwChartsPage, pw_charts_page, PW_TYPE_PLAN_PAGE)

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static gboolean
chapter_has_projects (PwChapter *chapter)
{
  GListModel *boxes = pw_chapter_get_boxes (chapter);
  guint n = g_list_model_get_n_items (boxes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwBox) box = g_list_model_get_item (boxes, i);

      if (g_list_model_get_n_items (pw_box_get_projects (box)) > 0)
        return TRUE;
    }
  return FALSE;
}

/* What the chart of @kind can cover: the whole plan; for the indicator
 * charts each group the chart draws (a domain, else a category) and each
 * chapter with indicators; for the timeline each chapter with projects. */
static GPtrArray *
collect_scopes (PwPlan      *plan,
                PwChartKind  kind)
{
  GPtrArray *scopes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) chapters_with_indicators = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *chapters;
  guint n;

  g_ptr_array_add (scopes, pw_chart_scope_new (PW_CHART_SCOPE_PLAN, NULL, g_strdup (_("Whole plan")), NULL));
  if (plan == NULL || kind == PW_CHART_TREND)
    return scopes;

  if (kind != PW_CHART_TIMELINE)
    {
      GListModel *indicators = pw_plan_get_indicators (plan);
      g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);

      n = g_list_model_get_n_items (indicators);
      for (guint i = 0; i < n; i++)
        {
          /* the plan's list keeps the indicator, and so these strings, alive */
          g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
          const char *group = pw_chart_indicator_group (indicator);
          const char *chapter_id = pw_indicator_get_chapter (indicator);

          if (g_hash_table_add (groups, (gpointer) group))
            g_ptr_array_add (scopes, pw_chart_scope_new (PW_CHART_SCOPE_DOMAIN, group, g_strdup (group),
                                                         /* Translators: beside a domain (领域)
                                                          * in the list of what a chart covers */
                                                         C_("chart scope", "Domain")));
          if (chapter_id != NULL)
            g_hash_table_add (chapters_with_indicators, (gpointer) chapter_id);
        }
    }

  chapters = pw_plan_get_chapters (plan);
  n = g_list_model_get_n_items (chapters);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      const char *id = pw_object_get_id (PW_OBJECT (chapter));
      char *label;
      gboolean shown;

      if (id == NULL)
        continue;
      if (kind == PW_CHART_TIMELINE)
        shown = chapter_has_projects (chapter);
      else
        shown = g_hash_table_contains (chapters_with_indicators, id);
      if (!shown)
        continue;
      label = pw_heading_text (pw_plan_get_heading_style (plan), FALSE,
                               pw_chapter_get_number (chapter), pw_chapter_get_title (chapter));
      g_ptr_array_add (scopes, pw_chart_scope_new (PW_CHART_SCOPE_CHAPTER, id, label,
                                                   /* Translators: beside a chapter in the
                                                    * list of what a chart covers */
                                                   C_("chart scope", "Chapter")));
    }

  return scopes;
}

static gboolean
scopes_equal (GListModel *shown,
              GPtrArray  *scopes)
{
  if (g_list_model_get_n_items (shown) != scopes->len)
    return FALSE;
  for (guint i = 0; i < scopes->len; i++)
    {
      g_autoptr(PwChartScope) scope = g_list_model_get_item (shown, i);

      if (!pw_chart_scope_equal (scope, g_ptr_array_index (scopes, i)))
        return FALSE;
    }
  return TRUE;
}

static guint
find_scope (PwChartsPage *self,
            const char   *domain,
            const char   *chapter_id)
{
  GListModel *scopes = G_LIST_MODEL (self->scopes);
  guint n = g_list_model_get_n_items (scopes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwChartScope) scope = g_list_model_get_item (scopes, i);

      if ((domain == NULL && chapter_id == NULL && pw_chart_scope_get_kind (scope) == PW_CHART_SCOPE_PLAN) ||
          (domain != NULL && pw_chart_scope_get_kind (scope) == PW_CHART_SCOPE_DOMAIN && g_str_equal (pw_chart_scope_get_key (scope), domain)) ||
          (chapter_id != NULL && pw_chart_scope_get_kind (scope) == PW_CHART_SCOPE_CHAPTER &&
           g_str_equal (pw_chart_scope_get_key (scope), chapter_id)))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static PwChartScope *
selected_scope (PwChartsPage *self)
{
  return gtk_drop_down_get_selected_item (self->scope_dropdown);
}

/* Offers what the chart shown can cover, and selects the scope last chosen
 * when it is among them, else the whole plan. */
static void
update_scopes (PwChartsPage *self)
{
  g_autoptr(GPtrArray) scopes = collect_scopes (self->plan, self->kind);
  guint position;

  self->updating = TRUE;
  if (!scopes_equal (G_LIST_MODEL (self->scopes), scopes))
    g_list_store_splice (self->scopes, 0, g_list_model_get_n_items (G_LIST_MODEL (self->scopes)),
                         scopes->pdata, scopes->len);

  position = find_scope (self, self->wanted_domain, self->wanted_chapter_id);
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  if (gtk_drop_down_get_selected (self->scope_dropdown) != position)
    gtk_drop_down_set_selected (self->scope_dropdown, position);
  self->updating = FALSE;
}

static void
get_options (PwChartsPage   *self,
             PwChartOptions *options)
{
  PwChartScope *scope = selected_scope (self);

  *options = (PwChartOptions){ 0 };
  if (self->kind == PW_CHART_TREND)
    {
      options->indicator_id = self->indicator_id;
      return;
    }
  if (scope == NULL)
    return;
  if (pw_chart_scope_get_kind (scope) == PW_CHART_SCOPE_DOMAIN && self->kind != PW_CHART_TIMELINE)
    options->domain = pw_chart_scope_get_key (scope);
  else if (pw_chart_scope_get_kind (scope) == PW_CHART_SCOPE_CHAPTER)
    options->chapter_id = pw_chart_scope_get_key (scope);
}

/* The chart changed: the view works it out again, and draws it. */
static void
update_chart (PwChartsPage *self)
{
  PwChartOptions options;

  get_options (self, &options);
  pw_chart_view_set_chart (self->view, self->kind, self->plan, &options);
}

static void
refresh (PwChartsPage *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->stale = FALSE;
  update_scopes (self);
  update_chart (self);
}

static gboolean
refresh_cb (gpointer data)
{
  PwChartsPage *self = data;

  self->refresh_source = 0;
  /* a page left before its idle ran works the chart out when shown again */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  return G_SOURCE_REMOVE;
}

/* Many signals of one step come to one redraw, before the next frame. */
static void
queue_refresh (PwChartsPage *self)
{
  self->stale = TRUE;
  if (self->refresh_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, refresh_cb, self, NULL);
}

/* The indicator whose trend is shown by default: the chart's own choice. */
static guint
default_indicator_position (PwChartsPage *self)
{
  GListModel *indicators = pw_plan_get_indicators (self->plan);
  PwIndicator *first = pw_chart_trend_find_indicator (self->plan, NULL);
  guint n = g_list_model_get_n_items (indicators);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      if (indicator == first)
        return i;
    }
  return n > 0 ? 0 : GTK_INVALID_LIST_POSITION;
}

static void
sync_indicator (PwChartsPage *self)
{
  PwIndicator *indicator = gtk_drop_down_get_selected_item (self->indicator_dropdown);
  const char *id = indicator != NULL ? pw_object_get_id (PW_OBJECT (indicator)) : NULL;

  if (g_strcmp0 (id, self->indicator_id) == 0)
    return;
  g_free (self->indicator_id);
  self->indicator_id = g_strdup (id);
  if (self->kind == PW_CHART_TREND)
    queue_refresh (self);
}

static void
set_kind (PwChartsPage *self,
          PwChartKind   kind)
{
  if (self->kind == kind)
    return;

  self->kind = kind;
  gtk_widget_set_visible (GTK_WIDGET (self->scope_dropdown), kind != PW_CHART_TREND);
  gtk_widget_set_visible (GTK_WIDGET (self->indicator_dropdown), kind == PW_CHART_TREND);
  if (gtk_drop_down_get_selected (self->kind_dropdown) != (guint) kind)
    gtk_drop_down_set_selected (self->kind_dropdown, kind);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

static void
connect_lists (PwChartsPage *self,
               gboolean      connect)
{
  GListModel *lists[2];

  if (self->plan == NULL)
    return;

  lists[0] = pw_plan_get_indicators (self->plan);
  lists[1] = pw_plan_get_chapters (self->plan);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (connect)
      g_signal_connect_object (lists[i], "items-changed", G_CALLBACK (queue_refresh), self,
                               G_CONNECT_SWAPPED);
    else
      g_signal_handlers_disconnect_by_func (lists[i], queue_refresh, self);
}

/* Callbacks */

static void
indicator_row_setup (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, pw_chart_indicator_row_new ());
}

static void
indicator_row_bind (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  pw_chart_indicator_row_set_indicator (PW_CHART_INDICATOR_ROW (gtk_list_item_get_child (list_item)),
                                        gtk_list_item_get_item (list_item));
}

static void
indicator_row_unbind (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item)
{
  pw_chart_indicator_row_set_indicator (PW_CHART_INDICATOR_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
kind_selected_cb (PwChartsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  if (self->updating || selected >= PW_CHART_N_KINDS)
    return;
  set_kind (self, selected);
}

static void
scope_selected_cb (PwChartsPage *self)
{
  PwChartScope *scope = selected_scope (self);

  if (self->updating || scope == NULL)
    return;

  g_clear_pointer (&self->wanted_domain, g_free);
  g_clear_pointer (&self->wanted_chapter_id, g_free);
  if (pw_chart_scope_get_kind (scope) == PW_CHART_SCOPE_DOMAIN)
    self->wanted_domain = g_strdup (pw_chart_scope_get_key (scope));
  else if (pw_chart_scope_get_kind (scope) == PW_CHART_SCOPE_CHAPTER)
    self->wanted_chapter_id = g_strdup (pw_chart_scope_get_key (scope));

  update_chart (self);
}

static void
indicator_selected_cb (PwChartsPage *self)
{
  if (self->updating)
    return;
  sync_indicator (self);
}

/* GtkWidget overrides */

static void
pw_charts_page_map (GtkWidget *widget)
{
  PwChartsPage *self = PW_CHARTS_PAGE (widget);

  GTK_WIDGET_CLASS (pw_charts_page_parent_class)->map (widget);

  /* before the next frame, unless the page is left first */
  if (self->stale)
    queue_refresh (self);
}

/* GObject overrides */

static void
pw_charts_page_dispose (GObject *object)
{
  PwChartsPage *self = (PwChartsPage *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  pw_plan_page_set_plan (PW_PLAN_PAGE (self), NULL);
  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_CHARTS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->scopes);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->threshold_signals);
  g_clear_pointer (&self->wanted_domain, g_free);
  g_clear_pointer (&self->wanted_chapter_id, g_free);
  g_clear_pointer (&self->indicator_id, g_free);

  G_OBJECT_CLASS (pw_charts_page_parent_class)->dispose (object);
}

static void
pw_charts_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PwChartsPage *self = PW_CHARTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_charts_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PwChartsPage *self = PW_CHARTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      pw_charts_page_set_kind (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* PwPlanPage overrides */

/* Nothing is typed on the charts page that the model does not have at once
 * (its choices apply as they are made): the base's commit does. */

static void
page_plan_changed (PwPlanPage *page,
                   PwPlan     *old_plan)
{
  PwChartsPage *self = PW_CHARTS_PAGE (page);
  PwPlan *plan = pw_plan_page_get_plan (page);

  connect_lists (self, FALSE);
  self->plan = plan;
  connect_lists (self, TRUE);
  g_signal_group_set_target (self->plan_signals, plan);
  g_signal_group_set_target (self->history_signals, plan ? pw_plan_get_history (plan) : NULL);
  g_signal_group_set_target (self->threshold_signals, plan ? pw_plan_get_thresholds (plan) : NULL);

  /* another plan starts from its whole and its first indicator with numbers */
  g_clear_pointer (&self->wanted_domain, g_free);
  g_clear_pointer (&self->wanted_chapter_id, g_free);
  self->updating = TRUE;
  gtk_drop_down_set_model (self->indicator_dropdown, plan ? pw_plan_get_indicators (plan) : NULL);
  if (plan != NULL)
    gtk_drop_down_set_selected (self->indicator_dropdown, default_indicator_position (self));
  self->updating = FALSE;
  sync_indicator (self);

  /* the scopes and the chart go over every indicator: a page not shown
   * works them out when it is */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
pw_charts_page_class_init (PwChartsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PwPlanPageClass *page_class = PW_PLAN_PAGE_CLASS (klass);

  object_class->dispose = pw_charts_page_dispose;
  object_class->get_property = pw_charts_page_get_property;
  object_class->set_property = pw_charts_page_set_property;
  page_class->plan_changed = page_plan_changed;

  widget_class->map = pw_charts_page_map;

  /**
   * PwChartsPage:kind:
   *
   * The chart shown, a #PwChartKind.
   */
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, 0, PW_CHART_N_KINDS - 1, PW_CHART_PROGRESS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* the list item templates look these types up by name */
  g_type_ensure (PW_TYPE_CHART_SCOPE);
  g_type_ensure (PW_TYPE_INDICATOR);
  g_type_ensure (PW_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-charts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PwChartsPage, layout);
  gtk_widget_class_bind_template_child (widget_class, PwChartsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwChartsPage, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwChartsPage, indicator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwChartsPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, PwChartsPage, view);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, indicator_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwchartspage");
}

static void
pw_charts_page_init (PwChartsPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) name_expression = NULL;

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->kind = PW_CHART_PROGRESS;
  for (PwChartKind kind = 0; kind < PW_CHART_N_KINDS; kind++)
    gtk_string_list_append (kinds, pw_chart_kind_to_label (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_selected (self->kind_dropdown, self->kind);

  self->scopes = g_list_store_new (PW_TYPE_CHART_SCOPE);
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (self->scopes));

  /* the drop-down takes a reference of its own */
  name_expression = gtk_property_expression_new (PW_TYPE_INDICATOR, NULL, "name");
  gtk_drop_down_set_expression (self->indicator_dropdown, name_expression);
  g_signal_connect (factory, "setup", G_CALLBACK (indicator_row_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (indicator_row_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (indicator_row_unbind), NULL);
  gtk_drop_down_set_list_factory (self->indicator_dropdown, factory);

  self->plan_signals = g_signal_group_new (PW_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "notify", G_CALLBACK (queue_refresh), self);

  self->history_signals = g_signal_group_new (PW_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed",
                                  G_CALLBACK (queue_refresh), self);

  self->threshold_signals = g_signal_group_new (PW_TYPE_THRESHOLDS);
  g_signal_group_connect_swapped (self->threshold_signals, "notify",
                                  G_CALLBACK (queue_refresh), self);

  self->updating = FALSE;
  update_scopes (self);
}

/* Public API */

GtkWidget *
pw_charts_page_new (void)
{
  return g_object_new (PW_TYPE_CHARTS_PAGE, NULL);
}

PwChartKind
pw_charts_page_get_kind (PwChartsPage *self)
{
  g_return_val_if_fail (PW_IS_CHARTS_PAGE (self), PW_CHART_PROGRESS);

  return self->kind;
}

void
pw_charts_page_set_kind (PwChartsPage *self,
                         PwChartKind   kind)
{
  g_return_if_fail (PW_IS_CHARTS_PAGE (self));
  g_return_if_fail ((guint) kind < PW_CHART_N_KINDS);

  set_kind (self, kind);
}

/**
 * pw_charts_page_set_scope:
 * @self: a charts page
 * @domain: (nullable): a domain, as the charts group indicators
 * @chapter_id: (nullable): the id of a chapter; with @domain %NULL
 *
 * Chooses what the chart covers: with both %NULL, the whole plan. The choice
 * is kept while a chart that does not offer it is shown.
 *
 * Returns: whether the chart shown offers that scope, now shown
 */
gboolean
pw_charts_page_set_scope (PwChartsPage *self,
                          const char   *domain,
                          const char   *chapter_id)
{
  g_return_val_if_fail (PW_IS_CHARTS_PAGE (self), FALSE);
  g_return_val_if_fail (domain == NULL || chapter_id == NULL, FALSE);

  if (g_strcmp0 (domain, self->wanted_domain) != 0 ||
      g_strcmp0 (chapter_id, self->wanted_chapter_id) != 0)
    {
      g_free (self->wanted_domain);
      g_free (self->wanted_chapter_id);
      self->wanted_domain = g_strdup (domain);
      self->wanted_chapter_id = g_strdup (chapter_id);
      refresh (self);
    }
  return find_scope (self, domain, chapter_id) == gtk_drop_down_get_selected (self->scope_dropdown);
}

/**
 * pw_charts_page_get_options:
 * @self: a charts page
 * @options: (out caller-allocates): what the chart shown draws
 *
 * The strings of @options belong to the page and stay valid until its plan
 * or its choices change.
 */
void
pw_charts_page_get_options (PwChartsPage   *self,
                            PwChartOptions *options)
{
  g_return_if_fail (PW_IS_CHARTS_PAGE (self));
  g_return_if_fail (options != NULL);

  /* a change of the model not yet seen may have taken the scope away */
  if (self->stale)
    refresh (self);
  get_options (self, options);
}

/**
 * pw_charts_page_show_indicator:
 * @self: a charts page
 * @indicator: an indicator of the page's plan
 *
 * Shows the trend of @indicator.
 */
void
pw_charts_page_show_indicator (PwChartsPage *self,
                               PwIndicator  *indicator)
{
  guint position;

  g_return_if_fail (PW_IS_CHARTS_PAGE (self));
  g_return_if_fail (PW_IS_INDICATOR (indicator));
  g_return_if_fail (self->plan != NULL);

  if (pw_list_find (pw_plan_get_indicators (self->plan), indicator, &position))
    gtk_drop_down_set_selected (self->indicator_dropdown, position);
  sync_indicator (self);
  set_kind (self, PW_CHART_TREND);
}

/**
 * pw_charts_page_get_tooltip_text:
 * @self: a charts page
 * @x: a point of the chart, in the chart's own units (the view scrolls
 *   over it)
 * @y: a point
 *
 * The text of the tooltip at a point: what the chart layer finds there.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL where nothing
 *   is drawn that has one
 */
char *
pw_charts_page_get_tooltip_text (PwChartsPage *self,
                                 double        x,
                                 double        y)
{
  g_return_val_if_fail (PW_IS_CHARTS_PAGE (self), NULL);

  if (self->stale)
    refresh (self);
  return pw_chart_view_get_tooltip_text (self->view, x, y);
}
