/* pw-indicator-grid.c: the editable grid of a plan's indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkColumnView over the plan's own list of indicators (filtered, sorted,
 * selected — no copy), edited like a spreadsheet. GTK 4.8 has no focus on
 * single cells, so the grid keeps its own cursor (row, column): the arrow
 * keys, Tab, Enter and Page Up/Down move it; typing or F2 starts editing the
 * cell under it; Enter commits and moves down, Tab commits and moves right,
 * Escape cancels. Typing goes through an input method, so that Chinese can be
 * typed straight into a cell. Every edit goes through the model's setters and
 * so into its undo history.
 */

#define G_LOG_DOMAIN "pw-indicator-grid"

#include "config.h"

#include "pw-indicator-grid.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pw-chart.h"
#include "pw-enums.h"
#include "pw-grid-cell.h"
#include "pw-plan-page.h"
#include "pw-progress.h"

typedef enum
{
  COLUMN_CATEGORY,
  COLUMN_DOMAIN,
  COLUMN_NAME,
  COLUMN_UNIT,
  COLUMN_BASELINE,
  COLUMN_TARGET,
  COLUMN_NATURE,
  COLUMN_YEAR,
  COLUMN_PROGRESS,
  COLUMN_STATUS,
} ColumnKind;

typedef struct
{
  ColumnKind kind;
  int year;
  char *key;
  PwIndicatorGrid *grid; /* unowned */
} GridColumn;

/* An edit whose cell was scrolled away before it was committed. */
typedef struct
{
  PwIndicator *indicator;
  guint column;
  char *text;
} PendingEdit;

/* The progress of the rows last drawn: each row's cells would otherwise
 * compute it once each. Valid while the generation has not moved on. */
#define N_CACHED_PROGRESS 256

typedef struct
{
  PwIndicator *indicator; /* unowned: compared, never used */
  guint generation;
  PwProgress progress;
} CachedProgress;

struct _PwIndicatorGrid
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkDropDown *category_filter;
  GtkDropDown *domain_filter;
  GtkDropDown *nature_filter;
  GtkDropDown *status_filter;
  GtkLabel *count_label;
  GtkColumnView *view;

  /* Owned */
  PwPlan *plan;
  GtkFilterListModel *filter_model;
  GtkSortListModel *sort_model;
  GtkMultiSelection *selection;
  GtkCustomFilter *filter;
  GPtrArray *columns; /* of GridColumn */
  GPtrArray *cells;   /* every PwGridCell set up, bound or not */
  GtkIMContext *im_context;
  GSignalGroup *plan_signals;
  GSignalGroup *threshold_signals;
  char *search_text;
  PendingEdit *pending;
  guint pending_source;
  guint refresh_source;

  /* Borrowed */
  PwGridCell *editing_cell;

  guint cursor_row;
  guint cursor_column;
  gboolean editable;

  guint generation; /* moves on whenever the model changes */
  CachedProgress progress_cache[N_CACHED_PROGRESS];
};

enum {
  PROP_0,
  PROP_PLAN,
  PROP_EDITABLE,
  N_PROPS
};

static void page_iface_init (PwPlanPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PwIndicatorGrid, pw_indicator_grid, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (PW_TYPE_PLAN_PAGE, page_iface_init))

static GParamSpec *properties[N_PROPS];

static void refresh_cell (PwGridCell *cell);
static void commit_editing (PwIndicatorGrid *self);
static void update_actions (PwIndicatorGrid *self);

/* Auxiliary methods */

static GridColumn *
get_column (PwIndicatorGrid *self,
            guint            index)
{
  g_assert (index < self->columns->len);
  return g_ptr_array_index (self->columns, index);
}

static void
grid_column_free (gpointer data)
{
  GridColumn *column = data;

  g_free (column->key);
  g_free (column);
}

static guint
n_rows (PwIndicatorGrid *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

static PwIndicator *
row_indicator (PwIndicatorGrid *self,
               guint            row)
{
  /* The list holds a reference; the row is valid until the list changes. */
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (self->selection), row);

  return indicator;
}

static const char *
column_title (GridColumn *column)
{
  switch (column->kind)
    {
    case COLUMN_CATEGORY:
      return _("Category");
    case COLUMN_DOMAIN:
      return _("Domain");
    case COLUMN_NAME:
      return _("Indicator");
    case COLUMN_UNIT:
      return _("Unit");
    case COLUMN_BASELINE:
      return _("Baseline");
    case COLUMN_TARGET:
      return _("Target");
    case COLUMN_NATURE:
      return _("Nature");
    case COLUMN_PROGRESS:
      return _("Progress");
    case COLUMN_STATUS:
      return _("Status");
    case COLUMN_YEAR:
    default:
      return NULL;
    }
}

static gboolean
column_is_editable (GridColumn *column)
{
  return column->kind != COLUMN_PROGRESS && column->kind != COLUMN_STATUS;
}

static void
compute_progress (PwIndicatorGrid *self,
                  PwIndicator     *indicator,
                  PwProgress      *progress)
{
  CachedProgress *slot = &self->progress_cache[(GPOINTER_TO_SIZE (indicator) >> 4) % N_CACHED_PROGRESS];

  if (slot->indicator == indicator && slot->generation == self->generation)
    {
      *progress = slot->progress;
      return;
    }

  /* Each row is judged on its own latest actual value: the end year takes
   * whatever has been entered up to it. */
  pw_plan_compute_progress (self->plan, indicator, pw_plan_get_end_year (self->plan), progress);
  slot->indicator = indicator;
  slot->generation = self->generation;
  slot->progress = *progress;
}

static void
model_changed (PwIndicatorGrid *self)
{
  self->generation++;
}

static const char * const status_classes[PW_N_STATUSES] = {
  [PW_STATUS_ACHIEVED] = "pw-status-achieved",
  [PW_STATUS_AHEAD] = "pw-status-ahead",
  [PW_STATUS_ON_TRACK] = "pw-status-on-track",
  [PW_STATUS_LAGGING] = "pw-status-lagging",
  [PW_STATUS_OFF_TRACK] = "pw-status-off-track",
  [PW_STATUS_NO_DATA] = "pw-status-no-data",
  [PW_STATUS_NOT_ASSESSABLE] = "pw-status-not-assessable",
};

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

/* The charts' symbol of each status, as a character: the grid, the charts
 * and the printed report show a status the same way. */
static const char *
status_symbol (PwStatus status)
{
  switch (pw_chart_status_symbol (status))
    {
    case PW_CHART_SYMBOL_STAR:
      return "★";
    case PW_CHART_SYMBOL_TRIANGLE_UP:
      return "▲";
    case PW_CHART_SYMBOL_CIRCLE:
      return "●";
    case PW_CHART_SYMBOL_TRIANGLE_DOWN:
      return "▼";
    case PW_CHART_SYMBOL_CROSS:
      return "✕";
    case PW_CHART_SYMBOL_RING:
      return "◎";
    case PW_CHART_SYMBOL_DASH:
    default:
      return "▬";
    }
}

/* The text a cell shows. */
static char *
cell_text (PwIndicatorGrid *self,
           GridColumn      *column,
           PwIndicator     *indicator)
{
  PwProgress progress;
  PwValue *value;

  switch (column->kind)
    {
    case COLUMN_CATEGORY:
      return g_strdup (pw_indicator_get_category (indicator));
    case COLUMN_DOMAIN:
      return g_strdup (pw_indicator_get_domain (indicator));
    case COLUMN_NAME:
      return g_strdup (pw_indicator_get_name (indicator));
    case COLUMN_UNIT:
      return g_strdup (pw_indicator_get_unit (indicator));
    case COLUMN_BASELINE:
      value = pw_indicator_get_baseline (indicator);
      return value ? g_strdup (pw_value_get_text (value)) : NULL;
    case COLUMN_TARGET:
      value = pw_indicator_get_target (indicator);
      return value ? g_strdup (pw_value_get_text (value)) : NULL;
    case COLUMN_NATURE:
      if (pw_indicator_get_nature (indicator) == PW_NATURE_UNKNOWN)
        return NULL;
      return g_strdup (pw_nature_to_label (pw_indicator_get_nature (indicator)));
    case COLUMN_YEAR:
      value = pw_indicator_get_actual (indicator, column->year);
      if (value != NULL)
        return g_strdup (pw_value_get_text (value));
      if (pw_indicator_get_state (indicator, column->year) != PW_QUAL_STATE_NONE)
        return g_strdup (pw_qual_state_to_label (pw_indicator_get_state (indicator, column->year)));
      return NULL;
    case COLUMN_PROGRESS:
      compute_progress (self, indicator, &progress);
      if (!isnan (progress.completion))
        return g_strdup_printf ("%.0f%%", progress.completion * 100.0);
      return NULL;
    case COLUMN_STATUS:
      compute_progress (self, indicator, &progress);
      if (progress.alert)
        /* Translators: a status followed by the alert (预警) of a binding indicator */
        return g_strdup_printf (_("%s %s · Alert"), status_symbol (progress.status),
                                pw_status_to_label (progress.status));
      return g_strdup_printf ("%s %s", status_symbol (progress.status), pw_status_to_label (progress.status));
    default:
      g_assert_not_reached ();
    }
}

/* The text to edit: what was typed, not its meaning. */
static char *
edit_text (PwIndicatorGrid *self,
           GridColumn      *column,
           PwIndicator     *indicator)
{
  return cell_text (self, column, indicator);
}

static char *
cell_tooltip (PwIndicatorGrid *self,
              GridColumn      *column,
              PwIndicator     *indicator)
{
  PwValue *value = NULL;
  PwProgress progress;

  switch (column->kind)
    {
    case COLUMN_BASELINE:
      value = pw_indicator_get_baseline (indicator);
      break;
    case COLUMN_TARGET:
      value = pw_indicator_get_target (indicator);
      break;
    case COLUMN_YEAR:
      value = pw_indicator_get_actual (indicator, column->year);
      break;
    case COLUMN_STATUS:
    case COLUMN_PROGRESS:
      compute_progress (self, indicator, &progress);
      if (progress.year > 0)
        /* Translators: the basis of a status, and the year of the actual value it used */
        return g_strdup_printf (_("%s (as of %d)"), pw_progress_basis_to_label (progress.basis), progress.year);
      return g_strdup (pw_progress_basis_to_label (progress.basis));
    default:
      return NULL;
    }

  if (value != NULL && pw_value_get_kind (value) == PW_VALUE_INVALID)
    /* Translators: shown on a cell whose text could not be read as a value */
    return g_strdup_printf (_("Could not be read: %s"), pw_value_get_problem (value));
  return NULL;
}

static gboolean
cell_is_invalid (GridColumn  *column,
                 PwIndicator *indicator)
{
  PwValue *value = NULL;

  if (column->kind == COLUMN_BASELINE)
    value = pw_indicator_get_baseline (indicator);
  else if (column->kind == COLUMN_TARGET)
    value = pw_indicator_get_target (indicator);
  else if (column->kind == COLUMN_YEAR)
    value = pw_indicator_get_actual (indicator, column->year);

  return value != NULL && pw_value_get_kind (value) == PW_VALUE_INVALID;
}

static gboolean
parse_nature (const char *text,
              PwNature   *nature)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_strstrip (folded);
  if (*folded == '\0')
    *nature = PW_NATURE_UNKNOWN;
  else if (g_str_has_prefix (folded, "约束") || g_str_has_prefix (folded, "約束") ||
           g_str_has_prefix (folded, "b") ||
           g_str_has_prefix (folded, pw_nature_to_label (PW_NATURE_BINDING)))
    *nature = PW_NATURE_BINDING;
  else if (g_str_has_prefix (folded, "预期") || g_str_has_prefix (folded, "預期") ||
           g_str_has_prefix (folded, "e") ||
           g_str_has_prefix (folded, pw_nature_to_label (PW_NATURE_EXPECTED)))
    *nature = PW_NATURE_EXPECTED;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_state (const char  *text,
             PwQualState *state)
{
  static const struct {
    const char *word;
    PwQualState state;
  } words[] = {
    { "未启动", PW_QUAL_STATE_NOT_STARTED },
    { "推进中", PW_QUAL_STATE_IN_PROGRESS },
    { "基本实现", PW_QUAL_STATE_LARGELY_DONE },
    { "已实现", PW_QUAL_STATE_DONE },
  };
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (stripped, words[i].word) == 0)
      {
        *state = words[i].state;
        return TRUE;
      }

  for (PwQualState s = PW_QUAL_STATE_NOT_STARTED; s <= PW_QUAL_STATE_DONE; s++)
    if (g_utf8_collate (stripped, pw_qual_state_to_label (s)) == 0 ||
        g_strcmp0 (stripped, pw_enum_to_nick (PW_TYPE_QUAL_STATE, s)) == 0)
      {
        *state = s;
        return TRUE;
      }

  return FALSE;
}

/* Applies @text typed into @column of @indicator. Returns FALSE, changing
 * nothing, when the text cannot stand in that column. */
static gboolean
apply_edit (PwIndicatorGrid *self,
            PwIndicator     *indicator,
            GridColumn      *column,
            const char      *text)
{
  g_autoptr(PwValue) value = NULL;
  g_autofree char *label = NULL;
  const char *title = column->kind == COLUMN_YEAR ? NULL : column_title (column);
  gboolean empty = text == NULL || *text == '\0';
  PwHistory *history = pw_plan_get_history (self->plan);
  PwNature nature = PW_NATURE_UNKNOWN;
  PwQualState state;

  if (column->kind == COLUMN_NATURE && !parse_nature (text, &nature))
    return FALSE;

  if (title != NULL)
    /* Translators: the undo label of an edit in a grid column */
    label = g_strdup_printf (_("Edit %s"), title);
  else
    /* Translators: the undo label of an edit of an actual value */
    label = g_strdup_printf (_("Edit %d Value"), column->year);

  pw_history_begin (history, label);
  switch (column->kind)
    {
    case COLUMN_CATEGORY:
      pw_indicator_set_category (indicator, empty ? NULL : text);
      break;
    case COLUMN_DOMAIN:
      pw_indicator_set_domain (indicator, empty ? NULL : text);
      break;
    case COLUMN_NAME:
      pw_indicator_set_name (indicator, text);
      break;
    case COLUMN_UNIT:
      pw_indicator_set_unit (indicator, empty ? NULL : text);
      break;
    case COLUMN_BASELINE:
      value = empty ? NULL : pw_value_new (text);
      pw_indicator_set_baseline (indicator, value);
      break;
    case COLUMN_TARGET:
      value = empty ? NULL : pw_value_new (text);
      pw_indicator_set_target (indicator, value);
      break;
    case COLUMN_NATURE:
      pw_indicator_set_nature (indicator, nature);
      break;
    case COLUMN_YEAR:
      if (!empty && pw_indicator_is_qualitative (indicator) && parse_state (text, &state))
        {
          pw_indicator_set_actual (indicator, column->year, NULL);
          pw_indicator_set_state (indicator, column->year, state);
        }
      else
        {
          value = empty ? NULL : pw_value_new (text);
          pw_indicator_set_actual (indicator, column->year, value);
          if (empty)
            pw_indicator_set_state (indicator, column->year, PW_QUAL_STATE_NONE);
        }
      break;
    case COLUMN_PROGRESS:
    case COLUMN_STATUS:
    default:
      g_assert_not_reached ();
    }
  pw_history_end (history);

  return TRUE;
}

static PwGridCell *
find_cell (PwIndicatorGrid *self,
           guint            row,
           guint            column)
{
  for (guint i = 0; i < self->cells->len; i++)
    {
      PwGridCell *cell = g_ptr_array_index (self->cells, i);
      GtkListItem *item = pw_grid_cell_get_list_item (cell);

      if (item != NULL && pw_grid_cell_get_column (cell) == column &&
          gtk_list_item_get_item (item) != NULL && gtk_list_item_get_position (item) == row)
        return cell;
    }

  return NULL;
}

static void
refresh_all_cells (PwIndicatorGrid *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    refresh_cell (g_ptr_array_index (self->cells, i));
}

static GtkWidget *
find_list_view (PwIndicatorGrid *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

/* Scrolls so that the cursor's cell is in view: the row through the list
 * view's own action, the column by the horizontal adjustment. */
static void
scroll_to_cursor (PwIndicatorGrid *self)
{
  GtkWidget *list_view = find_list_view (self);
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self->view), GTK_TYPE_SCROLLED_WINDOW);
  PwGridCell *cell;
  graphene_rect_t bounds;

  if (list_view != NULL && self->cursor_row < n_rows (self))
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", self->cursor_row);

  cell = find_cell (self, self->cursor_row, self->cursor_column);
  if (cell != NULL && scrolled != NULL &&
      gtk_widget_compute_bounds (GTK_WIDGET (cell), scrolled, &bounds))
    {
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
      double page = gtk_adjustment_get_page_size (h);
      double value = gtk_adjustment_get_value (h);

      if (bounds.origin.x < 0)
        gtk_adjustment_set_value (h, value + bounds.origin.x);
      else if (bounds.origin.x + bounds.size.width > page)
        gtk_adjustment_set_value (h, value + MIN (bounds.origin.x, bounds.origin.x + bounds.size.width - page));
    }
}

static void
update_count (PwIndicatorGrid *self)
{
  guint shown = self->plan ? n_rows (self) : 0;
  guint total = self->plan ? g_list_model_get_n_items (pw_plan_get_indicators (self->plan)) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", total), total);
  else
    /* Translators: how many indicators the filters let through, of how many */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u indicator", "%u of %u indicators", total),
                            shown, total);
  gtk_label_set_label (self->count_label, text);
}

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

/* The categories and domains that the plan uses, for the filters. Their
 * strings are interned by the model, so a set of pointers is enough. */
static void
update_filter_choices (PwIndicatorGrid *self)
{
  g_autoptr(GHashTable) seen_categories = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen_domains = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) categories = g_ptr_array_new ();
  g_autoptr(GPtrArray) domains = g_ptr_array_new ();
  GListModel *indicators;
  guint n_items;

  if (self->plan != NULL)
    {
      indicators = pw_plan_get_indicators (self->plan);
      n_items = g_list_model_get_n_items (indicators);
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
          const char *category = pw_indicator_get_category (indicator);
          const char *domain = pw_indicator_get_domain (indicator);

          if (category != NULL && g_hash_table_add (seen_categories, (gpointer) category))
            g_ptr_array_add (categories, (gpointer) category);
          if (domain != NULL && g_hash_table_add (seen_domains, (gpointer) domain))
            g_ptr_array_add (domains, (gpointer) domain);
        }
    }
  g_ptr_array_sort (domains, compare_interned);

  g_signal_handlers_block_matched (self->category_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->domain_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  set_string_model (self->category_filter, _("All Categories"), categories);
  set_string_model (self->domain_filter, _("All Domains"), domains);
  g_signal_handlers_unblock_matched (self->category_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->domain_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
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
  gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_width_chars (GTK_LABEL (label), 4);
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

static const char *
selected_word (GtkDropDown *drop_down)
{
  GtkStringObject *item;

  if (gtk_drop_down_get_selected (drop_down) == 0)
    return NULL;
  item = gtk_drop_down_get_selected_item (drop_down);
  return item ? g_intern_string (gtk_string_object_get_string (item)) : NULL;
}

static gboolean
filter_match (gpointer item,
              gpointer user_data)
{
  PwIndicatorGrid *self = user_data;
  PwIndicator *indicator = item;
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

      compute_progress (self, indicator, &progress);
      if (status == 1 && !progress.alert)
        return FALSE;
      if (status > 1 && progress.status != (PwStatus) (status - 2))
        return FALSE;
    }

  return TRUE;
}

static int
compare_values (PwValue *a,
                PwValue *b,
                PwValue *baseline_a,
                PwValue *baseline_b)
{
  double x, y;
  gboolean has_x = pw_value_resolve (a, baseline_a, &x);
  gboolean has_y = pw_value_resolve (b, baseline_b, &y);

  /* numbers first, in order; then the rest by their text; blanks last */
  if (has_x && has_y)
    return x < y ? -1 : x > y;
  if (has_x != has_y)
    return has_x ? -1 : 1;
  if (pw_value_is_blank (a) != pw_value_is_blank (b))
    return pw_value_is_blank (a) ? 1 : -1;
  if (a == NULL || b == NULL)
    return 0;
  return g_utf8_collate (pw_value_get_text (a), pw_value_get_text (b));
}

static int
compare_strings (const char *a,
                 const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return g_utf8_collate (a, b);
}

static int
column_compare (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GridColumn *column = user_data;
  PwIndicatorGrid *self = column->grid;
  PwIndicator *x = (PwIndicator *) a;
  PwIndicator *y = (PwIndicator *) b;
  PwProgress px, py;

  switch (column->kind)
    {
    case COLUMN_CATEGORY:
      return compare_strings (pw_indicator_get_category (x), pw_indicator_get_category (y));
    case COLUMN_DOMAIN:
      return compare_strings (pw_indicator_get_domain (x), pw_indicator_get_domain (y));
    case COLUMN_NAME:
      return compare_strings (pw_indicator_get_name (x), pw_indicator_get_name (y));
    case COLUMN_UNIT:
      return compare_strings (pw_indicator_get_unit (x), pw_indicator_get_unit (y));
    case COLUMN_BASELINE:
      return compare_values (pw_indicator_get_baseline (x), pw_indicator_get_baseline (y), NULL, NULL);
    case COLUMN_TARGET:
      return compare_values (pw_indicator_get_target (x), pw_indicator_get_target (y),
                             pw_indicator_get_baseline (x), pw_indicator_get_baseline (y));
    case COLUMN_NATURE:
      return (int) pw_indicator_get_nature (x) - (int) pw_indicator_get_nature (y);
    case COLUMN_YEAR:
      return compare_values (pw_indicator_get_actual (x, column->year),
                             pw_indicator_get_actual (y, column->year), NULL, NULL);
    case COLUMN_PROGRESS:
      compute_progress (self, x, &px);
      compute_progress (self, y, &py);
      if (isnan (px.completion) || isnan (py.completion))
        return isnan (px.completion) - isnan (py.completion);
      return px.completion < py.completion ? -1 : px.completion > py.completion;
    case COLUMN_STATUS:
      compute_progress (self, x, &px);
      compute_progress (self, y, &py);
      if (px.alert != py.alert)
        return px.alert ? -1 : 1;
      return (int) py.status - (int) px.status; /* the worst first when ascending */
    default:
      g_assert_not_reached ();
    }
}

static void
set_cursor (PwIndicatorGrid *self,
            guint            row,
            guint            column,
            gboolean         scroll)
{
  guint rows = self->plan ? n_rows (self) : 0;

  if (self->editing_cell != NULL)
    commit_editing (self);

  self->cursor_row = rows == 0 ? 0 : MIN (row, rows - 1);
  self->cursor_column = MIN (column, self->columns->len - 1);

  refresh_all_cells (self);
  if (scroll)
    scroll_to_cursor (self);
  update_actions (self);
}

static void
stop_editing (PwIndicatorGrid *self)
{
  PwGridCell *cell = self->editing_cell;

  if (cell == NULL)
    return;

  self->editing_cell = NULL;
  pw_grid_cell_stop_editing (cell);
  refresh_cell (cell);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Returns whether the edit could be applied; if not, the cell stays open
 * with the reason shown. */
static gboolean
try_commit (PwIndicatorGrid *self)
{
  PwGridCell *cell = self->editing_cell;
  GtkListItem *item;
  PwIndicator *indicator;
  GridColumn *column;
  g_autofree char *text = NULL;

  if (cell == NULL)
    return TRUE;

  item = pw_grid_cell_get_list_item (cell);
  indicator = item ? gtk_list_item_get_item (item) : NULL;
  column = get_column (self, pw_grid_cell_get_column (cell));
  text = g_strdup (pw_grid_cell_get_edit_text (cell));

  if (indicator != NULL && !apply_edit (self, indicator, column, text))
    {
      GtkWidget *editor = pw_grid_cell_get_editor (cell);

      gtk_widget_add_css_class (editor, "error");
      gtk_widget_set_tooltip_text (editor, _("Type 约束性 (binding) or 预期性 (expected), or leave it empty"));
      gtk_widget_error_bell (editor);
      return FALSE;
    }

  stop_editing (self);
  return TRUE;
}

static void
commit_editing (PwIndicatorGrid *self)
{
  if (!try_commit (self))
    stop_editing (self);
}

static gboolean
start_editing (PwIndicatorGrid *self,
               const char      *text)
{
  PwGridCell *cell;
  GridColumn *column;
  PwIndicator *indicator;
  g_autofree char *current = NULL;

  if (!self->editable || self->plan == NULL || n_rows (self) == 0)
    return FALSE;

  column = get_column (self, self->cursor_column);
  if (!column_is_editable (column))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  scroll_to_cursor (self);
  cell = find_cell (self, self->cursor_row, self->cursor_column);
  if (cell == NULL)
    return FALSE;

  if (self->editing_cell != NULL && self->editing_cell != cell)
    commit_editing (self);

  indicator = row_indicator (self, self->cursor_row);
  current = edit_text (self, column, indicator);
  self->editing_cell = cell;
  pw_grid_cell_start_editing (cell, text != NULL ? text : current, FALSE);
  return TRUE;
}

static void
move_cursor (PwIndicatorGrid *self,
             int              rows,
             int              columns)
{
  int row = (int) self->cursor_row + rows;
  int column = (int) self->cursor_column + columns;
  int n_columns = (int) self->columns->len;

  /* Tab at the end of a row goes on to the next row, as in a spreadsheet. */
  if (column >= n_columns && rows == 0)
    {
      column = 0;
      row++;
    }
  else if (column < 0 && rows == 0)
    {
      column = n_columns - 1;
      row--;
    }

  set_cursor (self, CLAMP (row, 0, (int) MAX (n_rows (self), 1) - 1), CLAMP (column, 0, n_columns - 1), TRUE);
}

static guint
source_position (PwIndicatorGrid *self,
                 PwIndicator     *indicator)
{
  guint position = G_MAXUINT;

  g_list_store_find (G_LIST_STORE (pw_plan_get_indicators (self->plan)), indicator, &position);
  return position;
}

static gboolean
is_sorted_or_filtered (PwIndicatorGrid *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->view);

  return (sorter != NULL && gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE) ||
         n_rows (self) != g_list_model_get_n_items (pw_plan_get_indicators (self->plan));
}

static void
update_actions (PwIndicatorGrid *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_rows = self->plan != NULL && n_rows (self) > 0;
  gboolean can_edit = self->editable && self->plan != NULL;
  gboolean can_move = can_edit && has_rows && !is_sorted_or_filtered (self);

  gtk_widget_action_set_enabled (widget, "grid.add-row", can_edit);
  gtk_widget_action_set_enabled (widget, "grid.duplicate-row", can_edit && has_rows);
  gtk_widget_action_set_enabled (widget, "grid.delete-rows", can_edit && has_rows);
  gtk_widget_action_set_enabled (widget, "grid.move-up", can_move && self->cursor_row > 0);
  gtk_widget_action_set_enabled (widget, "grid.move-down", can_move && self->cursor_row + 1 < n_rows (self));
  gtk_widget_action_set_enabled (widget, "grid.edit-cell", can_edit && has_rows);
}

static void
show_row_of (PwIndicatorGrid *self,
             PwIndicator     *indicator)
{
  guint rows = n_rows (self);

  for (guint i = 0; i < rows; i++)
    if (row_indicator (self, i) == indicator)
      {
        set_cursor (self, i, self->cursor_column, TRUE);
        return;
      }
}

/* Callbacks */

static void
refresh_cell (PwGridCell *cell)
{
  PwIndicatorGrid *self = g_object_get_data (G_OBJECT (cell), "pw-grid");
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwIndicator *indicator = item ? gtk_list_item_get_item (item) : NULL;
  GridColumn *column;
  GtkWidget *widget = GTK_WIDGET (cell);
  g_autofree char *text = NULL;
  PwProgress progress;
  gboolean is_cursor;

  if (indicator == NULL || self->plan == NULL || cell == self->editing_cell)
    return;

  column = get_column (self, pw_grid_cell_get_column (cell));
  text = cell_text (self, column, indicator);
  pw_grid_cell_set_text (cell, text);

  is_cursor = gtk_list_item_get_position (item) == self->cursor_row &&
              pw_grid_cell_get_column (cell) == self->cursor_column;
  set_class (widget, "cursor", is_cursor);
  set_class (widget, "invalid", cell_is_invalid (column, indicator));

  compute_progress (self, indicator, &progress);
  set_class (widget, "alert", progress.alert);

  /* a status cell changes its class only when its status changes: a class
   * change restyles the cell */
  if (column->kind == COLUMN_STATUS)
    {
      const char *old = g_object_get_data (G_OBJECT (cell), "pw-status-class");
      const char *status = status_classes[progress.status];

      if (old != status)
        {
          if (old != NULL)
            gtk_widget_remove_css_class (widget, old);
          gtk_widget_add_css_class (widget, status);
          g_object_set_data (G_OBJECT (cell), "pw-status-class", (gpointer) status);
        }
    }
}

/* Tooltips are worked out when asked for: setting one on every cell as it
 * is bound makes GTK 4.8 ask the display server where the pointer is, once
 * per cell, which is most of the cost of scrolling. */
static gboolean
cell_query_tooltip (PwGridCell *cell,
                    int         x,
                    int         y,
                    gboolean    keyboard,
                    GtkTooltip *tooltip)
{
  PwIndicatorGrid *self = g_object_get_data (G_OBJECT (cell), "pw-grid");
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwIndicator *indicator = item ? gtk_list_item_get_item (item) : NULL;
  GridColumn *column;
  g_autofree char *text = NULL;

  if (indicator == NULL || self->plan == NULL)
    return FALSE;

  column = get_column (self, pw_grid_cell_get_column (cell));
  text = cell_tooltip (self, column, indicator);
  if (text == NULL)
    /* the whole text of a cell too narrow for it */
    text = cell_text (self, column, indicator);
  if (text == NULL || *text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cell_pressed (GtkGestureClick *gesture,
              int              n_press,
              double           x,
              double           y,
              PwGridCell      *cell)
{
  PwIndicatorGrid *self = g_object_get_data (G_OBJECT (cell), "pw-grid");
  GtkListItem *item = pw_grid_cell_get_list_item (cell);

  if (item == NULL || cell == self->editing_cell)
    return;

  set_cursor (self, gtk_list_item_get_position (item), pw_grid_cell_get_column (cell), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
  if (n_press == 2)
    start_editing (self, NULL);
}

/* GTK 4.8 lets go of a list item's child before "teardown", so a cell
 * leaves the grid's list when it is destroyed. */
static void
cell_destroyed (PwIndicatorGrid *self,
                PwGridCell      *cell)
{
  if (self->cells != NULL)
    g_ptr_array_remove_fast (self->cells, cell);
  if (cell == self->editing_cell)
    self->editing_cell = NULL;
}

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            GridColumn               *column)
{
  PwIndicatorGrid *self = column->grid;
  guint index = 0;
  GtkWidget *cell;
  GtkGesture *click;

  g_ptr_array_find (self->columns, column, &index);
  cell = pw_grid_cell_new (index);
  g_object_set_data (G_OBJECT (cell), "pw-grid", self);
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (cell_query_tooltip), NULL);
  if (column->kind == COLUMN_STATUS)
    gtk_widget_add_css_class (cell, "status");

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (cell_pressed), cell);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));

  gtk_list_item_set_child (list_item, cell);
  pw_grid_cell_set_list_item (PW_GRID_CELL (cell), list_item);
  g_ptr_array_add (self->cells, cell);
  g_signal_connect_object (cell, "destroy", G_CALLBACK (cell_destroyed), self, G_CONNECT_SWAPPED);
}

static void
commit_pending (PwIndicatorGrid *self)
{
  PendingEdit *pending = g_steal_pointer (&self->pending);

  self->pending_source = 0;
  if (pending == NULL)
    return;

  if (self->plan != NULL && pending->column < self->columns->len)
    apply_edit (self, pending->indicator, get_column (self, pending->column), pending->text);

  g_object_unref (pending->indicator);
  g_free (pending->text);
  g_free (pending);
}

static gboolean
commit_pending_cb (gpointer data)
{
  commit_pending (data);
  return G_SOURCE_REMOVE;
}

/* The row's indicator changed: its progress may have too. */
static void
indicator_changed (PwGridCell *cell)
{
  PwIndicatorGrid *self = g_object_get_data (G_OBJECT (cell), "pw-grid");

  model_changed (self);
  refresh_cell (cell);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           GridColumn               *column)
{
  PwGridCell *cell = PW_GRID_CELL (gtk_list_item_get_child (list_item));
  PwIndicator *indicator = gtk_list_item_get_item (list_item);

  refresh_cell (cell);
  g_signal_connect_swapped (indicator, "notify", G_CALLBACK (indicator_changed), cell);
  g_signal_connect_swapped (indicator, "year-changed", G_CALLBACK (indicator_changed), cell);
  g_signal_connect_swapped (list_item, "notify::position", G_CALLBACK (refresh_cell), cell);
}

static void
cell_unbind (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             GridColumn               *column)
{
  PwIndicatorGrid *self = column->grid;
  PwGridCell *cell = PW_GRID_CELL (gtk_list_item_get_child (list_item));
  PwIndicator *indicator = gtk_list_item_get_item (list_item);

  g_signal_handlers_disconnect_by_func (indicator, indicator_changed, cell);
  g_signal_handlers_disconnect_by_func (list_item, refresh_cell, cell);

  /* Scrolled away while editing: keep what was typed, and apply it once the
   * view has finished rebinding. */
  if (cell == self->editing_cell)
    {
      PendingEdit *pending = g_new0 (PendingEdit, 1);

      commit_pending (self);
      pending->indicator = g_object_ref (indicator);
      pending->column = pw_grid_cell_get_column (cell);
      pending->text = g_strdup (pw_grid_cell_get_edit_text (cell));
      self->pending = pending;
      self->pending_source = g_idle_add (commit_pending_cb, self);

      self->editing_cell = NULL;
      pw_grid_cell_stop_editing (cell);
    }
}

static void
add_column (PwIndicatorGrid *self,
            ColumnKind       kind,
            int              year,
            const char      *key,
            gboolean         expand,
            int              fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;
  g_autofree char *year_title = NULL;
  GridColumn *column = g_new0 (GridColumn, 1);
  const char *title;

  column->kind = kind;
  column->year = year;
  column->key = g_strdup (key);
  column->grid = self;
  g_ptr_array_add (self->columns, column);

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup), column);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind), column);

  title = column_title (column);
  if (title == NULL)
    /* Translators: the title of a year's column of actual values, as plans print it: 2023年 */
    title = year_title = g_strdup_printf (C_("year column", "%d"), year);

  view_column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  sorter = GTK_SORTER (gtk_custom_sorter_new (column_compare, column, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_append_column (self->view, view_column);
}

static void
rebuild_columns (PwIndicatorGrid *self)
{
  GListModel *view_columns = gtk_column_view_get_columns (self->view);

  while (g_list_model_get_n_items (view_columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, 0);
      gtk_column_view_remove_column (self->view, column);
    }
  g_ptr_array_set_size (self->columns, 0);

  if (self->plan == NULL)
    return;

  add_column (self, COLUMN_CATEGORY, 0, "category", FALSE, 110);
  add_column (self, COLUMN_DOMAIN, 0, "domain", FALSE, 96);
  add_column (self, COLUMN_NAME, 0, "name", TRUE, 280);
  add_column (self, COLUMN_UNIT, 0, "unit", FALSE, 64);
  add_column (self, COLUMN_BASELINE, 0, "baseline", FALSE, 84);
  add_column (self, COLUMN_TARGET, 0, "target", FALSE, 96);
  add_column (self, COLUMN_NATURE, 0, "nature", FALSE, 84);
  for (int year = pw_plan_get_start_year (self->plan); year <= pw_plan_get_end_year (self->plan); year++)
    {
      g_autofree char *key = g_strdup_printf ("%d", year);
      add_column (self, COLUMN_YEAR, year, key, FALSE, 92);
    }
  add_column (self, COLUMN_PROGRESS, 0, "progress", FALSE, 72);
  add_column (self, COLUMN_STATUS, 0, "status", FALSE, 132);

  self->cursor_column = MIN (self->cursor_column, self->columns->len - 1);
}

static void
filter_changed_cb (PwIndicatorGrid *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  gboolean active;

  /* the drop-downs are filled in init, before the models exist */
  if (self->filter_model == NULL)
    return;

  g_clear_pointer (&self->search_text, g_free);
  if (search != NULL && *search != '\0')
    self->search_text = g_utf8_casefold (search, -1);

  /* With nothing to filter on, the list goes through untouched: no test of
   * 100,000 rows when a plan is opened. */
  active = self->search_text != NULL ||
           gtk_drop_down_get_selected (self->category_filter) > 0 ||
           gtk_drop_down_get_selected (self->domain_filter) > 0 ||
           gtk_drop_down_get_selected (self->nature_filter) > 0 ||
           gtk_drop_down_get_selected (self->status_filter) > 0;
  if (!active)
    gtk_filter_list_model_set_filter (self->filter_model, NULL);
  else if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
stop_search_cb (PwIndicatorGrid *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
rows_changed (PwIndicatorGrid *self,
              guint            position,
              guint            removed,
              guint            added)
{
  guint rows = n_rows (self);

  if (self->cursor_row >= rows)
    self->cursor_row = rows > 0 ? rows - 1 : 0;
  update_count (self);
  update_actions (self);
}

static gboolean
refresh_after_change (gpointer data)
{
  PwIndicatorGrid *self = data;

  self->refresh_source = 0;
  update_filter_choices (self);
  return G_SOURCE_REMOVE;
}

static void
plan_indicators_changed (PwIndicatorGrid *self)
{
  /* an indicator made now may sit where a freed one did */
  model_changed (self);

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_after_change, self);
}

static void
thresholds_changed (PwIndicatorGrid *self)
{
  model_changed (self);
  refresh_all_cells (self);
}

static void
period_changed (PwIndicatorGrid *self)
{
  model_changed (self);
  rebuild_columns (self);
}

static void
im_commit (GtkIMContext    *context,
           const char      *text,
           PwIndicatorGrid *self)
{
  if (self->editing_cell != NULL)
    {
      GtkEditable *editor = GTK_EDITABLE (pw_grid_cell_get_editor (self->editing_cell));
      int position = gtk_editable_get_position (editor);

      gtk_editable_insert_text (editor, text, -1, &position);
      gtk_editable_set_position (editor, position);
      return;
    }

  start_editing (self, text);
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             PwIndicatorGrid       *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;

  if (state & (GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  if (self->editing_cell != NULL)
    {
      switch (keyval)
        {
        case GDK_KEY_Return:
        case GDK_KEY_KP_Enter:
        case GDK_KEY_ISO_Enter:
          if (try_commit (self))
            move_cursor (self, shift ? -1 : 1, 0);
          return TRUE;
        case GDK_KEY_Tab:
        case GDK_KEY_KP_Tab:
        case GDK_KEY_ISO_Left_Tab:
          if (try_commit (self))
            move_cursor (self, 0, (shift || keyval == GDK_KEY_ISO_Left_Tab) ? -1 : 1);
          return TRUE;
        case GDK_KEY_Escape:
          stop_editing (self);
          return TRUE;
        case GDK_KEY_Up:
        case GDK_KEY_Down:
          if (try_commit (self))
            move_cursor (self, keyval == GDK_KEY_Up ? -1 : 1, 0);
          return TRUE;
        default:
          return FALSE;
        }
    }

  if (self->plan == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_cursor (self, -1, 0);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_cursor (self, 1, 0);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_cursor (self, 0, -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_cursor (self, 0, 1);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (control)
        return FALSE; /* Ctrl+Tab leaves the grid */
      move_cursor (self, 0, (shift || keyval == GDK_KEY_ISO_Left_Tab) ? -1 : 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      move_cursor (self, shift ? -1 : 1, 0);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      move_cursor (self, -20, 0);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      move_cursor (self, 20, 0);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      set_cursor (self, control ? 0 : self->cursor_row, 0, TRUE);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      set_cursor (self, control ? G_MAXUINT : self->cursor_row, G_MAXUINT, TRUE);
      return TRUE;
    case GDK_KEY_F2:
      start_editing (self, NULL);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (control)
        return FALSE;
      if (self->editable && n_rows (self) > 0 && column_is_editable (get_column (self, self->cursor_column)))
        apply_edit (self, row_indicator (self, self->cursor_row), get_column (self, self->cursor_column), "");
      return TRUE;
    default:
      return FALSE;
    }
}

static void
view_activated (PwIndicatorGrid *self,
                guint            position)
{
  set_cursor (self, position, self->cursor_column, FALSE);
  start_editing (self, NULL);
}

static void
add_row_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);
  GListStore *store = G_LIST_STORE (pw_plan_get_indicators (self->plan));
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autofree char *id = pw_plan_make_id (self->plan, "ind");
  PwHistory *history = pw_plan_get_history (self->plan);
  guint position = g_list_model_get_n_items (G_LIST_MODEL (store));

  pw_object_set_id (PW_OBJECT (indicator), id);
  if (n_rows (self) > 0)
    {
      PwIndicator *current = row_indicator (self, self->cursor_row);

      /* a new row belongs where the cursor is: same category and domain */
      pw_indicator_set_category (indicator, pw_indicator_get_category (current));
      pw_indicator_set_domain (indicator, pw_indicator_get_domain (current));
      pw_indicator_set_chapter (indicator, pw_indicator_get_chapter (current));
      position = source_position (self, current) + 1;
    }

  pw_history_begin (history, _("Add Indicator"));
  pw_plan_insert_indicator (self->plan, position, indicator);
  pw_history_end (history);

  show_row_of (self, indicator);
  set_cursor (self, self->cursor_row, (guint) pw_indicator_grid_find_column (self, "name"), TRUE);
  start_editing (self, NULL);
}

static void
duplicate_row_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);
  PwIndicator *current = row_indicator (self, self->cursor_row);
  g_autoptr(PwIndicator) copy = pw_indicator_new ();
  g_autofree char *id = pw_plan_make_id (self->plan, "ind");
  PwHistory *history = pw_plan_get_history (self->plan);
  GParamSpec **pspecs;
  guint n_pspecs;

  /* Every property but the id, and every year's value and state. */
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (current), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GValue value = G_VALUE_INIT;

      if (g_strcmp0 (pspecs[i]->name, "id") == 0 || !(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (current), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
      g_value_unset (&value);
    }
  g_free (pspecs);
  for (guint i = 0; i < pw_indicator_get_n_years (current); i++)
    {
      int year = pw_indicator_get_nth_year (current, i);

      pw_indicator_set_actual (copy, year, pw_indicator_get_actual (current, year));
      pw_indicator_set_state (copy, year, pw_indicator_get_state (current, year));
    }
  pw_object_set_id (PW_OBJECT (copy), id);

  pw_history_begin (history, _("Duplicate Indicator"));
  pw_plan_insert_indicator (self->plan, source_position (self, current) + 1, copy);
  pw_history_end (history);

  show_row_of (self, copy);
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? 1 : x > y ? -1 : 0;
}

static void
delete_rows_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  PwHistory *history = pw_plan_get_history (self->plan);
  guint n;
  guint row = self->cursor_row;

  /* The selected rows, or the cursor's row when nothing is selected. */
  if (gtk_bitset_is_empty (selected))
    gtk_bitset_add (selected, self->cursor_row);

  n = (guint) gtk_bitset_get_size (selected);
  for (guint i = 0; i < n; i++)
    {
      guint position = source_position (self, row_indicator (self, gtk_bitset_get_nth (selected, i)));
      g_array_append_val (positions, position);
    }
  g_array_sort (positions, compare_descending);

  pw_history_begin (history, g_dngettext (GETTEXT_PACKAGE, "Delete Indicator", "Delete Indicators", n));
  /* from the end, so that earlier positions stay valid */
  for (guint i = 0; i < positions->len; i++)
    pw_plan_remove_indicator (self->plan, g_array_index (positions, guint, i));
  pw_history_end (history);

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  set_cursor (self, row, self->cursor_column, TRUE);
}

static void
move_row (PwIndicatorGrid *self,
          int              delta)
{
  PwIndicator *current = row_indicator (self, self->cursor_row);
  guint from = source_position (self, current);
  PwHistory *history = pw_plan_get_history (self->plan);

  pw_history_begin (history, delta < 0 ? _("Move Indicator Up") : _("Move Indicator Down"));
  pw_plan_move_indicator (self->plan, from, from + delta);
  pw_history_end (history);

  set_cursor (self, self->cursor_row + delta, self->cursor_column, TRUE);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_row (PW_INDICATOR_GRID (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_row (PW_INDICATOR_GRID (widget), 1);
}

static void
edit_cell_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  start_editing (PW_INDICATOR_GRID (widget), NULL);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* GObject overrides */

static void
pw_indicator_grid_dispose (GObject *object)
{
  PwIndicatorGrid *self = (PwIndicatorGrid *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->pending_source, g_source_remove);
  commit_pending (self);

  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);
  if (self->threshold_signals != NULL)
    g_signal_group_set_target (self->threshold_signals, NULL);

  gtk_column_view_set_model (self->view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_INDICATOR_GRID);
  /* the template's box is not a named child: unparent it too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->im_context);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->threshold_signals);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (pw_indicator_grid_parent_class)->dispose (object);
}

static void
pw_indicator_grid_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_indicator_grid_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      pw_indicator_grid_set_plan (self, g_value_get_object (value));
      break;
    case PROP_EDITABLE:
      pw_indicator_grid_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* GtkWidget overrides */

/* Focus goes to the cells, not to the filters above them. */
static gboolean
pw_indicator_grid_grab_focus (GtkWidget *widget)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* PwPlanPage */

/* The cell being edited, and one scrolled away before it was stored. A text
 * the column refuses keeps its editor open. */
static gboolean
page_commit (PwPlanPage *page)
{
  PwIndicatorGrid *self = PW_INDICATOR_GRID (page);

  g_clear_handle_id (&self->pending_source, g_source_remove);
  commit_pending (self);
  return try_commit (self);
}

static void
page_iface_init (PwPlanPageInterface *iface)
{
  iface->commit = page_commit;
}

static void
pw_indicator_grid_class_init (PwIndicatorGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_indicator_grid_dispose;
  object_class->get_property = pw_indicator_grid_get_property;
  object_class->set_property = pw_indicator_grid_set_property;

  widget_class->grab_focus = pw_indicator_grid_grab_focus;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-indicator-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, category_filter);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, domain_filter);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, nature_filter);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, status_filter);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, count_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorGrid, view);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "grid.add-row", NULL, add_row_action);
  gtk_widget_class_install_action (widget_class, "grid.duplicate-row", NULL, duplicate_row_action);
  gtk_widget_class_install_action (widget_class, "grid.delete-rows", NULL, delete_rows_action);
  gtk_widget_class_install_action (widget_class, "grid.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "grid.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "grid.edit-cell", NULL, edit_cell_action);
  gtk_widget_class_install_action (widget_class, "grid.find", NULL, find_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "grid.add-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "grid.duplicate-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "grid.delete-rows", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "grid.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "grid.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "grid.find", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwindicatorgrid");
}

static void
pw_indicator_grid_init (PwIndicatorGrid *self)
{
  g_autoptr(GtkStringList) natures = NULL;
  g_autoptr(GtkStringList) statuses = NULL;
  GtkEventController *keys;
  GtkEventController *typing;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->editable = TRUE;
  self->columns = g_ptr_array_new_with_free_func (grid_column_free);
  self->cells = g_ptr_array_new ();
  self->filter = gtk_custom_filter_new (filter_match, self, NULL);

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

  /* plan → filter → sort → selection → view */
  self->filter_model = gtk_filter_list_model_new (NULL, NULL);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (rows_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "activate", G_CALLBACK (view_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->view), "changed",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);

  self->plan_signals = g_signal_group_new (PW_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "notify::start-year", G_CALLBACK (period_changed), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::end-year", G_CALLBACK (period_changed), self);

  self->threshold_signals = g_signal_group_new (PW_TYPE_THRESHOLDS);
  g_signal_group_connect_swapped (self->threshold_signals, "notify", G_CALLBACK (thresholds_changed), self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);

  /* Typing into the grid starts editing, through an input method. */
  self->im_context = gtk_im_multicontext_new ();
  g_signal_connect (self->im_context, "commit", G_CALLBACK (im_commit), self);
  typing = gtk_event_controller_key_new ();
  gtk_event_controller_key_set_im_context (GTK_EVENT_CONTROLLER_KEY (typing), self->im_context);
  gtk_widget_add_controller (GTK_WIDGET (self->view), typing);
  gtk_im_context_set_client_widget (self->im_context, GTK_WIDGET (self->view));

  update_count (self);
  update_actions (self);
}

/* Public API */

GtkWidget *
pw_indicator_grid_new (void)
{
  return g_object_new (PW_TYPE_INDICATOR_GRID, NULL);
}

/**
 * pw_indicator_grid_get_plan:
 * @self: a grid
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
PwPlan *
pw_indicator_grid_get_plan (PwIndicatorGrid *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), NULL);

  return self->plan;
}

void
pw_indicator_grid_set_plan (PwIndicatorGrid *self,
                            PwPlan          *plan)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  stop_editing (self);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (pw_plan_get_indicators (self->plan), plan_indicators_changed, self);

  g_set_object (&self->plan, plan);
  model_changed (self);
  self->cursor_row = 0;
  self->cursor_column = 0;

  g_signal_group_set_target (self->plan_signals, plan);
  g_signal_group_set_target (self->threshold_signals, plan ? pw_plan_get_thresholds (plan) : NULL);

  rebuild_columns (self);
  update_filter_choices (self);
  gtk_filter_list_model_set_model (self->filter_model, plan ? pw_plan_get_indicators (plan) : NULL);
  if (plan != NULL)
    g_signal_connect_object (pw_plan_get_indicators (plan), "items-changed",
                             G_CALLBACK (plan_indicators_changed), self, G_CONNECT_SWAPPED);

  update_count (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

gboolean
pw_indicator_grid_get_editable (PwIndicatorGrid *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), FALSE);

  return self->editable;
}

void
pw_indicator_grid_set_editable (PwIndicatorGrid *self,
                                gboolean         editable)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  if (!editable)
    stop_editing (self);
  self->editable = editable;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

/**
 * pw_indicator_grid_get_rows:
 * @self: a grid
 *
 * Returns: (transfer none): the rows shown, in the order shown: the plan's
 *   indicators after filters and sorting
 */
GListModel *
pw_indicator_grid_get_rows (PwIndicatorGrid *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * pw_indicator_grid_find_column:
 * @self: a grid
 * @key: "category", "domain", "name", "unit", "baseline", "target",
 *   "nature", a year such as "2023", "progress" or "status"
 *
 * Returns: the index of the column, or -1
 */
int
pw_indicator_grid_find_column (PwIndicatorGrid *self,
                               const char      *key)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (g_strcmp0 (get_column (self, i)->key, key) == 0)
      return (int) i;

  return -1;
}

void
pw_indicator_grid_set_cursor (PwIndicatorGrid *self,
                              guint            row,
                              guint            column)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));

  set_cursor (self, row, column, TRUE);
}

void
pw_indicator_grid_get_cursor (PwIndicatorGrid *self,
                              guint           *row,
                              guint           *column)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));

  if (row != NULL)
    *row = self->cursor_row;
  if (column != NULL)
    *column = self->cursor_column;
}

/**
 * pw_indicator_grid_start_editing:
 * @self: a grid
 * @text: (nullable): the text to start with; %NULL for the cell's own
 *
 * Starts editing the cell under the cursor, as typing or F2 would.
 *
 * Returns: whether editing started (not in a read-only grid, nor in a
 *   computed column)
 */
gboolean
pw_indicator_grid_start_editing (PwIndicatorGrid *self,
                                 const char      *text)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), FALSE);

  return start_editing (self, text);
}

/**
 * pw_indicator_grid_get_editor:
 * @self: a grid
 *
 * Returns: (transfer none) (nullable): the text being edited
 */
GtkEditable *
pw_indicator_grid_get_editor (PwIndicatorGrid *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), NULL);

  if (self->editing_cell == NULL)
    return NULL;
  return GTK_EDITABLE (pw_grid_cell_get_editor (self->editing_cell));
}

/**
 * pw_indicator_grid_get_cell_text:
 * @self: a grid
 * @row: a row shown
 * @column: a column
 *
 * Returns: (transfer full) (nullable): the text the cell shows
 */
char *
pw_indicator_grid_get_cell_text (PwIndicatorGrid *self,
                                 guint            row,
                                 guint            column)
{
  g_return_val_if_fail (PW_IS_INDICATOR_GRID (self), NULL);
  g_return_val_if_fail (row < n_rows (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return cell_text (self, get_column (self, column), row_indicator (self, row));
}

/**
 * pw_indicator_grid_show_indicator:
 * @self: a grid
 * @indicator: one of the plan's indicators
 *
 * Moves the cursor to @indicator's row, clearing the filters if they hide it.
 */
void
pw_indicator_grid_show_indicator (PwIndicatorGrid *self,
                                  PwIndicator     *indicator)
{
  g_return_if_fail (PW_IS_INDICATOR_GRID (self));
  g_return_if_fail (PW_IS_INDICATOR (indicator));

  if (!filter_match (indicator, self))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->category_filter, 0);
      gtk_drop_down_set_selected (self->domain_filter, 0);
      gtk_drop_down_set_selected (self->nature_filter, 0);
      gtk_drop_down_set_selected (self->status_filter, 0);
    }
  show_row_of (self, indicator);
}
