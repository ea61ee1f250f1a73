/* pw-indicator-filter-bar.c: the search and filters above the indicator grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search by name and four drop-downs (category, domain, nature, status).
 * The bar says when its choice changed ("changed") and which indicators it
 * lets through; the grid filters its rows by it. The categories and domains
 * offered are the ones the plan uses, sorted.
 */

#define G_LOG_DOMAIN "pw-indicator-filter-bar"

#include "config.h"

#include "pw-indicator-filter-bar.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pw-indicator-grid-private.h"

struct _PwIndicatorFilterBar
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkDropDown *category_filter;
  GtkDropDown *domain_filter;
  GtkDropDown *nature_filter;
  GtkDropDown *status_filter;

  /* Owned */
  PwPlan *plan;
  char *search_text; /* casefolded */

  gboolean filling; /* the choices are being replaced: no "changed" */
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PwIndicatorFilterBar, pw_indicator_filter_bar, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
set_string_model (GtkDropDown *drop_down,
                  const char  *all,
                  GPtrArray   *words)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  const char *selected = NULL;
  GtkStringObject *current = gtk_drop_down_get_selected_item (drop_down);
  guint position = 0;

  if (current != NULL && gtk_drop_down_get_selected (drop_down) > 0)
    selected = g_intern_string (gtk_string_object_get_string (current));

  gtk_string_list_append (list, all);
  for (guint i = 0; i < words->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (words, i));
      if (g_ptr_array_index (words, i) == selected)
        position = i + 1;
    }

  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (drop_down, position);
}

static int
compare_interned (gconstpointer a,
                  gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

static const char *
selected_word (GtkDropDown *drop_down)
{
  GtkStringObject *item;

  if (gtk_drop_down_get_selected (drop_down) == 0)
    return NULL;
  item = gtk_drop_down_get_selected_item (drop_down);
  return item ? g_intern_string (gtk_string_object_get_string (item)) : NULL;
}

/* The button of a filter shows its choice in a label that may ellipsize, so
 * that a long category does not widen the whole page; the list shows the
 * choices in full. */
static gboolean
filter_label_query_tooltip (GtkWidget  *label,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  gtk_tooltip_set_text (tooltip, gtk_label_get_label (GTK_LABEL (label)));
  return TRUE;
}

static void
filter_label_setup (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 15);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* the whole choice, when the button is too narrow for it */
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (filter_label_query_tooltip), NULL);
  gtk_list_item_set_child (list_item, label);
}

static void
filter_row_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
filter_label_bind (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (item));
}

static void
set_filter_factories (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (filter_label_setup), NULL);
  g_signal_connect (button, "bind", G_CALLBACK (filter_label_bind), NULL);
  gtk_drop_down_set_factory (drop_down, button);

  /* the popup's rows: a plain label each, in full */
  g_signal_connect (list, "setup", G_CALLBACK (filter_row_setup), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (filter_label_bind), NULL);
  gtk_drop_down_set_list_factory (drop_down, list);
}

/* Callbacks */

static void
filter_changed_cb (PwIndicatorFilterBar *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->filling)
    return;

  g_clear_pointer (&self->search_text, g_free);
  if (search != NULL && *search != '\0')
    self->search_text = g_utf8_casefold (search, -1);

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
stop_search_cb (PwIndicatorFilterBar *self)
{
  GtkWidget *grid = gtk_widget_get_ancestor (GTK_WIDGET (self), PW_TYPE_INDICATOR_GRID);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (grid != NULL)
    gtk_widget_grab_focus (grid);
}

/* GObject overrides */

static void
pw_indicator_filter_bar_dispose (GObject *object)
{
  PwIndicatorFilterBar *self = (PwIndicatorFilterBar *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_INDICATOR_FILTER_BAR);
  /* the template's box is not a named child: unparent it too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (pw_indicator_filter_bar_parent_class)->dispose (object);
}

static void
pw_indicator_filter_bar_class_init (PwIndicatorFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_indicator_filter_bar_dispose;

  /**
   * PwIndicatorFilterBar::changed:
   *
   * The search or a filter changed: the rows let through may have.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-indicator-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorFilterBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorFilterBar, category_filter);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorFilterBar, domain_filter);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorFilterBar, nature_filter);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorFilterBar, status_filter);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwindicatorfilterbar");
}

static void
pw_indicator_filter_bar_init (PwIndicatorFilterBar *self)
{
  g_autoptr(GtkStringList) natures = NULL;
  g_autoptr(GtkStringList) statuses = NULL;

  /* the drop-downs are filled before anyone listens */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  set_filter_factories (self->category_filter);
  set_filter_factories (self->domain_filter);
  set_filter_factories (self->nature_filter);
  set_filter_factories (self->status_filter);

  natures = gtk_string_list_new (NULL);
  gtk_string_list_append (natures, _("All Natures"));
  gtk_string_list_append (natures, pw_nature_to_label (PW_NATURE_BINDING));
  gtk_string_list_append (natures, pw_nature_to_label (PW_NATURE_EXPECTED));
  gtk_string_list_append (natures, pw_nature_to_label (PW_NATURE_UNKNOWN));
  gtk_drop_down_set_model (self->nature_filter, G_LIST_MODEL (natures));

  statuses = gtk_string_list_new (NULL);
  gtk_string_list_append (statuses, _("All Statuses"));
  gtk_string_list_append (statuses, _("Alerts"));
  for (PwStatus status = 0; status < PW_N_STATUSES; status++)
    gtk_string_list_append (statuses, pw_status_to_label (status));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));

  pw_indicator_filter_bar_update_choices (self);
  self->filling = FALSE;
}

/* Public API */

GtkWidget *
pw_indicator_filter_bar_new (void)
{
  return g_object_new (PW_TYPE_INDICATOR_FILTER_BAR, NULL);
}

void
pw_indicator_filter_bar_set_plan (PwIndicatorFilterBar *self,
                                  PwPlan               *plan)
{
  g_return_if_fail (PW_IS_INDICATOR_FILTER_BAR (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (g_set_object (&self->plan, plan))
    pw_indicator_filter_bar_update_choices (self);
}

/**
 * pw_indicator_filter_bar_update_choices:
 * @self: a filter bar
 *
 * Offers the categories and domains the plan uses now, keeping the choice
 * made. Their strings are interned by the model, so a set of pointers is
 * enough to gather them.
 */
void
pw_indicator_filter_bar_update_choices (PwIndicatorFilterBar *self)
{
  g_autoptr(GHashTable) seen_categories = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen_domains = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) categories = g_ptr_array_new ();
  g_autoptr(GPtrArray) domains = g_ptr_array_new ();
  gboolean filling = self->filling;

  g_return_if_fail (PW_IS_INDICATOR_FILTER_BAR (self));

  if (self->plan != NULL)
    {
      GListModel *indicators = pw_plan_get_indicators (self->plan);
      guint n_items = g_list_model_get_n_items (indicators);
      const char *last_category = NULL, *last_domain = NULL;

      /* the indicators of a chapter are side by side and mostly of one
       * category and domain: the one of the indicator before is not
       * looked up again */
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
          const char *category = pw_indicator_get_category (indicator);
          const char *domain = pw_indicator_get_domain (indicator);

          if (category != NULL && category != last_category && g_hash_table_add (seen_categories, (gpointer) category))
            g_ptr_array_add (categories, (gpointer) category);
          if (domain != NULL && domain != last_domain && g_hash_table_add (seen_domains, (gpointer) domain))
            g_ptr_array_add (domains, (gpointer) domain);
          last_category = category;
          last_domain = domain;
        }
    }
  g_ptr_array_sort (domains, compare_interned);

  self->filling = TRUE;
  set_string_model (self->category_filter, _("All Categories"), categories);
  set_string_model (self->domain_filter, _("All Domains"), domains);
  self->filling = filling;
}

/**
 * pw_indicator_filter_bar_is_active:
 * @self: a filter bar
 *
 * Returns: whether anything is searched for or filtered out; with nothing
 *   chosen, the grid shows the plan's list untouched (no test of 100,000
 *   rows when a plan is opened)
 */
gboolean
pw_indicator_filter_bar_is_active (PwIndicatorFilterBar *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_FILTER_BAR (self), FALSE);

  return self->search_text != NULL ||
         gtk_drop_down_get_selected (self->category_filter) > 0 ||
         gtk_drop_down_get_selected (self->domain_filter) > 0 ||
         gtk_drop_down_get_selected (self->nature_filter) > 0 ||
         gtk_drop_down_get_selected (self->status_filter) > 0;
}

/**
 * pw_indicator_filter_bar_match:
 * @self: a filter bar
 * @grid: the grid, whose progress of each row the status filter reads
 * @indicator: an indicator of the plan
 *
 * Returns: whether @indicator passes the search and every filter
 */
gboolean
pw_indicator_filter_bar_match (PwIndicatorFilterBar *self,
                               PwIndicatorGrid      *grid,
                               PwIndicator          *indicator)
{
  const char *category = selected_word (self->category_filter);
  const char *domain = selected_word (self->domain_filter);
  guint nature = gtk_drop_down_get_selected (self->nature_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);

  if (category != NULL && pw_indicator_get_category (indicator) != category)
    return FALSE;
  if (domain != NULL && pw_indicator_get_domain (indicator) != domain)
    return FALSE;
  /* the nature list is: all, binding, expected, not stated */
  if (nature == 1 && pw_indicator_get_nature (indicator) != PW_NATURE_BINDING)
    return FALSE;
  if (nature == 2 && pw_indicator_get_nature (indicator) != PW_NATURE_EXPECTED)
    return FALSE;
  if (nature == 3 && pw_indicator_get_nature (indicator) != PW_NATURE_UNKNOWN)
    return FALSE;
  if (self->search_text != NULL)
    {
      const char *name = pw_indicator_get_name (indicator);
      g_autofree char *folded = name ? g_utf8_casefold (name, -1) : NULL;

      if (folded == NULL || strstr (folded, self->search_text) == NULL)
        return FALSE;
    }
  /* the status list is: all, alerts, then each status in order */
  if (status > 0)
    {
      PwProgress progress;

      pw_indicator_grid_compute_progress (grid, indicator, &progress);
      if (status == 1 && !progress.alert)
        return FALSE;
      if (status > 1 && progress.status != (PwStatus) (status - 2))
        return FALSE;
    }

  return TRUE;
}

/**
 * pw_indicator_filter_bar_clear:
 * @self: a filter bar
 *
 * Lets every indicator through.
 */
void
pw_indicator_filter_bar_clear (PwIndicatorFilterBar *self)
{
  g_return_if_fail (PW_IS_INDICATOR_FILTER_BAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->category_filter, 0);
  gtk_drop_down_set_selected (self->domain_filter, 0);
  gtk_drop_down_set_selected (self->nature_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
  /* the search entry says so only after a delay */
  filter_changed_cb (self);
}

void
pw_indicator_filter_bar_focus_search (PwIndicatorFilterBar *self)
{
  g_return_if_fail (PW_IS_INDICATOR_FILTER_BAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
