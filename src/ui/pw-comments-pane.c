/* pw-comments-pane.c: the reviewers' comments beside the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every comment of the plan with what it is on, its author, date and
 * state, a reply under its thread; filtered to the open, the resolved or all
 * threads, and to one author. Activating a comment asks the window to show
 * its object ("show-object" with the id). Each row answers, resolves or
 * reopens its thread, and deletes a comment of the user's own.
 */

#define G_LOG_DOMAIN "pw-comments-pane"

#include "config.h"

#include "pw-comments-pane.h"

#include <glib/gi18n-lib.h>

#include "pw-comment-dialog.h"
#include "pw-comment-row.h"
#include "pw-comments.h"

enum
{
  FILTER_OPEN,
  FILTER_RESOLVED,
  FILTER_ALL,
};

struct _PwCommentsPane
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *box;
  GtkDropDown *state_filter;
  GtkDropDown *author_filter;
  GtkListView *list;
  GtkLabel *empty_label;

  /* Owned */
  PwPlan *plan;
  char *user;
  GtkStringList *authors;
  GtkCustomFilter *filter;
  GtkFilterListModel *filtered;
  GtkSelectionModel *selection; /* of the list, given to it when first shown */
  GSignalGroup *history_signals;
  guint refresh_source;
  guint n_open;
};

enum {
  PROP_0,
  PROP_N_OPEN,
  N_PROPS
};

enum {
  SHOW_OBJECT,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PwCommentsPane, pw_comments_pane, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Auxiliary methods */

static const char *
selected_author (PwCommentsPane *self)
{
  guint selected = gtk_drop_down_get_selected (self->author_filter);

  /* the first entry is "every author" */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (self->authors, selected);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PwCommentsPane *self = user_data;
  PwComment *comment = item;
  PwComment *root;
  const char *author = selected_author (self);

  if (self->plan == NULL)
    return FALSE;
  root = pw_plan_get_thread_root (self->plan, comment);
  if (author != NULL && g_strcmp0 (pw_comment_get_author (comment), author) != 0)
    return FALSE;
  switch (gtk_drop_down_get_selected (self->state_filter))
    {
    case FILTER_OPEN:
      return !pw_comment_get_resolved (root);
    case FILTER_RESOLVED:
      return pw_comment_get_resolved (root);
    default:
      return TRUE;
    }
}

/* The authors of the plan's comments, for the filter: kept in place when
 * they are the same, so that the selection stays. */
static void
update_authors (PwCommentsPane *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GListModel *comments = self->plan != NULL ? pw_plan_get_comments (self->plan) : NULL;
  guint n_items = comments != NULL ? g_list_model_get_n_items (comments) : 0;
  const char *selected = selected_author (self);
  g_autofree char *keep = g_strdup (selected);
  gboolean same;
  guint position = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (comments, i);
      const char *author = pw_comment_get_author (comment);

      if (author != NULL && *author != '\0' && !g_ptr_array_find_with_equal_func (names, author, g_str_equal, NULL))
        g_ptr_array_add (names, (gpointer) author);
    }

  same = g_list_model_get_n_items (G_LIST_MODEL (self->authors)) == names->len + 1;
  for (guint i = 0; same && i < names->len; i++)
    same = g_str_equal (gtk_string_list_get_string (self->authors, i + 1), g_ptr_array_index (names, i));
  if (same)
    return;

  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->authors, 1, g_list_model_get_n_items (G_LIST_MODEL (self->authors)) - 1,
                          (const char * const *) names->pdata);
  for (guint i = 0; keep != NULL && i + 1 < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), keep))
      position = i + 1;
  gtk_drop_down_set_selected (self->author_filter, position);
}

static void
refresh (PwCommentsPane *self)
{
  guint n_open = self->plan != NULL ? pw_plan_count_open_comments (self->plan) : 0;

  update_authors (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label),
                          g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0);
  if (n_open != self->n_open)
    {
      self->n_open = n_open;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OPEN]);
    }
}

static gboolean
refresh_idle (gpointer data)
{
  PwCommentsPane *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* The history tells of a change as it records it, before the new value is
 * set: the list is looked at again once the change is done. */
static void
schedule_refresh (PwCommentsPane *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle, self);
}

/* Callbacks */

static void
filters_changed_cb (PwCommentsPane *self)
{
  if (self->filter != NULL)
    refresh (self);
}

static void
activate_cb (PwCommentsPane *self,
             guint           position)
{
  g_autoptr(PwComment) comment = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (comment != NULL)
    g_signal_emit (self, signals[SHOW_OBJECT], 0, pw_comment_get_target (comment));
}

/* The comment of the id an action of a row was given. */
static PwComment *
comment_of (PwCommentsPane *self,
            GVariant       *parameter)
{
  return self->plan != NULL ? pw_plan_find_comment (self->plan, g_variant_get_string (parameter, NULL)) : NULL;
}

static void
reply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PwCommentsPane *self = PW_COMMENTS_PANE (widget);

  if (comment_of (self, parameter) != NULL)
    gtk_widget_activate_action_variant (widget, "win.reply-comment", parameter);
}

static void
resolve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PwCommentsPane *self = PW_COMMENTS_PANE (widget);
  PwComment *comment = comment_of (self, parameter);
  PwComment *root;
  PwHistory *history;

  if (comment == NULL)
    return;
  root = pw_plan_get_thread_root (self->plan, comment);
  history = pw_plan_get_history (self->plan);
  pw_history_begin (history, pw_comment_get_resolved (root) ? _("Reopen Comment") : _("Resolve Comment"));
  pw_comment_set_resolved (root, !pw_comment_get_resolved (root));
  pw_history_end (history);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PwCommentsPane *self = PW_COMMENTS_PANE (widget);
  PwComment *comment = comment_of (self, parameter);

  if (comment != NULL)
    pw_plan_delete_comment (self->plan, comment);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PwCommentsPane *self = PW_COMMENTS_PANE (widget);
  PwComment *comment = comment_of (self, parameter);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (comment != NULL)
    pw_comment_dialog_edit (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->plan, comment);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          PwCommentsPane           *self)
{
  gtk_list_item_set_child (item, pw_comment_row_new ());
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         PwCommentsPane           *self)
{
  PwComment *comment = gtk_list_item_get_item (item);

  pw_comment_row_show (PW_COMMENT_ROW (gtk_list_item_get_child (item)), self->plan, comment,
                       self->user != NULL && g_strcmp0 (pw_comment_get_author (comment), self->user) == 0);
}

/* GtkWidget overrides */

/* The list makes its rows (up to two hundred in GTK 4.8) as soon as it has
 * a model: it gets it when the pane is first shown, not with every plan
 * opened while the pane is closed. */
static void
pw_comments_pane_map (GtkWidget *widget)
{
  PwCommentsPane *self = PW_COMMENTS_PANE (widget);

  if (gtk_list_view_get_model (self->list) == NULL)
    gtk_list_view_set_model (self->list, self->selection);

  GTK_WIDGET_CLASS (pw_comments_pane_parent_class)->map (widget);
}

/* GObject overrides */

static void
pw_comments_pane_dispose (GObject *object)
{
  PwCommentsPane *self = (PwCommentsPane *) object;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_COMMENTS_PANE);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->authors);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (pw_comments_pane_parent_class)->dispose (object);
}

static void
pw_comments_pane_finalize (GObject *object)
{
  PwCommentsPane *self = (PwCommentsPane *) object;

  g_free (self->user);

  G_OBJECT_CLASS (pw_comments_pane_parent_class)->finalize (object);
}

static void
pw_comments_pane_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PwCommentsPane *self = PW_COMMENTS_PANE (object);

  switch (prop_id)
    {
    case PROP_N_OPEN:
      g_value_set_uint (value, self->n_open);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_comments_pane_class_init (PwCommentsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_comments_pane_dispose;
  object_class->finalize = pw_comments_pane_finalize;
  object_class->get_property = pw_comments_pane_get_property;

  widget_class->map = pw_comments_pane_map;

  properties[PROP_N_OPEN] =
    g_param_spec_uint ("n-open", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PwCommentsPane::show-object:
   * @self: the pane
   * @id: (nullable): the id of the object a comment is on; %NULL for the plan
   *
   * A comment was activated: its object should be shown.
   */
  signals[SHOW_OBJECT] =
    g_signal_new ("show-object", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /* the buttons of a row (PwCommentRow), each given the comment's id */
  gtk_widget_class_install_action (widget_class, "comments.reply", "s", reply_action);
  gtk_widget_class_install_action (widget_class, "comments.resolve", "s", resolve_action);
  gtk_widget_class_install_action (widget_class, "comments.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "comments.delete", "s", delete_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-comments-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PwCommentsPane, box);
  gtk_widget_class_bind_template_child (widget_class, PwCommentsPane, state_filter);
  gtk_widget_class_bind_template_child (widget_class, PwCommentsPane, author_filter);
  gtk_widget_class_bind_template_child (widget_class, PwCommentsPane, list);
  gtk_widget_class_bind_template_child (widget_class, PwCommentsPane, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pw-comments-pane");
}

static void
pw_comments_pane_init (PwCommentsPane *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  const char *everyone[] = { _("Every author"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->authors = gtk_string_list_new (everyone);
  gtk_drop_down_set_model (self->author_filter, G_LIST_MODEL (self->authors));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered))));
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  gtk_list_view_set_factory (self->list, factory);

  self->history_signals = g_signal_group_new (PW_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (schedule_refresh), self);

  refresh (self);
}

/* Public API */

PwCommentsPane *
pw_comments_pane_new (void)
{
  return g_object_new (PW_TYPE_COMMENTS_PANE, NULL);
}

/**
 * pw_comments_pane_set_plan:
 * @self: a pane
 * @plan: (nullable): the plan whose comments to show
 */
void
pw_comments_pane_set_plan (PwCommentsPane *self,
                           PwPlan         *plan)
{
  g_return_if_fail (PW_IS_COMMENTS_PANE (self));

  if (!g_set_object (&self->plan, plan))
    return;
  gtk_filter_list_model_set_model (self->filtered, plan != NULL ? pw_plan_get_comments (plan) : NULL);
  g_signal_group_set_target (self->history_signals, plan != NULL ? pw_plan_get_history (plan) : NULL);
  refresh (self);
}

/**
 * pw_comments_pane_set_user:
 * @self: a pane
 * @user: (nullable): the name of the person at the computer, whose own
 *   comments can be deleted
 */
void
pw_comments_pane_set_user (PwCommentsPane *self,
                           const char     *user)
{
  g_return_if_fail (PW_IS_COMMENTS_PANE (self));

  g_free (self->user);
  self->user = g_strdup (user);
  refresh (self);
}

guint
pw_comments_pane_get_n_open (PwCommentsPane *self)
{
  g_return_val_if_fail (PW_IS_COMMENTS_PANE (self), 0);

  return self->n_open;
}

/**
 * pw_comments_pane_get_n_shown:
 * @self: a pane
 *
 * Returns: how many comments the filters let through
 */
guint
pw_comments_pane_get_n_shown (PwCommentsPane *self)
{
  g_return_val_if_fail (PW_IS_COMMENTS_PANE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

/**
 * pw_comments_pane_set_state_filter:
 * @self: a pane
 * @state: 0 for the open threads, 1 for the resolved, 2 for all
 */
void
pw_comments_pane_set_state_filter (PwCommentsPane *self,
                                   guint           state)
{
  g_return_if_fail (PW_IS_COMMENTS_PANE (self));
  g_return_if_fail (state <= FILTER_ALL);

  gtk_drop_down_set_selected (self->state_filter, state);
}
