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

static PwComment *
comment_of (GtkWidget *button)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (button), "pw-list-item");

  return item != NULL ? gtk_list_item_get_item (item) : NULL;
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

static void
reply_clicked_cb (GtkButton      *button,
                  PwCommentsPane *self)
{
  PwComment *comment = comment_of (GTK_WIDGET (button));

  if (comment != NULL && self->plan != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.reply-comment", "s",
                                pw_object_get_id (PW_OBJECT (comment)));
}

static void
resolve_clicked_cb (GtkButton      *button,
                    PwCommentsPane *self)
{
  PwComment *comment = comment_of (GTK_WIDGET (button));

  if (comment != NULL && self->plan != NULL)
    {
      PwComment *root = pw_plan_get_thread_root (self->plan, comment);
      PwHistory *history = pw_plan_get_history (self->plan);

      pw_history_begin (history, pw_comment_get_resolved (root) ? _("Reopen Comment") : _("Resolve Comment"));
      pw_comment_set_resolved (root, !pw_comment_get_resolved (root));
      pw_history_end (history);
    }
}

static void
delete_clicked_cb (GtkButton      *button,
                   PwCommentsPane *self)
{
  PwComment *comment = comment_of (GTK_WIDGET (button));

  if (comment != NULL && self->plan != NULL)
    pw_plan_delete_comment (self->plan, comment);
}

static void
edit_clicked_cb (GtkButton      *button,
                 PwCommentsPane *self)
{
  PwComment *comment = comment_of (GTK_WIDGET (button));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (comment != NULL && self->plan != NULL)
    pw_comment_dialog_edit (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->plan, comment);
}

static GtkWidget *
row_button (PwCommentsPane *self,
            GtkListItem    *item,
            const char     *label,
            GCallback       callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "pw-comment-button");
  g_object_set_data (G_OBJECT (button), "pw-list-item", item);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          PwCommentsPane           *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *object = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (row, "pw-comment");
  gtk_widget_set_margin_top (row, 4);
  gtk_widget_set_margin_bottom (row, 4);
  gtk_label_set_xalign (GTK_LABEL (object), 0);
  gtk_label_set_wrap (GTK_LABEL (object), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (object), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (object, "heading");
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  /* wrapped labels ask for their whole text on one line otherwise */
  gtk_label_set_max_width_chars (GTK_LABEL (object), 24);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 24);
  gtk_label_set_max_width_chars (GTK_LABEL (meta), 24);
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);

  gtk_box_append (GTK_BOX (buttons), row_button (self, item, _("_Reply"), G_CALLBACK (reply_clicked_cb)));
  gtk_box_append (GTK_BOX (buttons), row_button (self, item, _("Re_solve"), G_CALLBACK (resolve_clicked_cb)));
  gtk_box_append (GTK_BOX (buttons), row_button (self, item, _("_Edit"), G_CALLBACK (edit_clicked_cb)));
  gtk_box_append (GTK_BOX (buttons), row_button (self, item, _("_Delete"), G_CALLBACK (delete_clicked_cb)));

  gtk_box_append (GTK_BOX (row), object);
  gtk_box_append (GTK_BOX (row), meta);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), buttons);
  gtk_list_item_set_child (item, row);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         PwCommentsPane           *self)
{
  PwComment *comment = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *object = gtk_widget_get_first_child (row);
  GtkWidget *meta = gtk_widget_get_next_sibling (object);
  GtkWidget *text = gtk_widget_get_next_sibling (meta);
  GtkWidget *buttons = gtk_widget_get_next_sibling (text);
  GtkWidget *reply = gtk_widget_get_first_child (buttons);
  GtkWidget *resolve = gtk_widget_get_next_sibling (reply);
  GtkWidget *edit = gtk_widget_get_next_sibling (resolve);
  GtkWidget *delete = gtk_widget_get_next_sibling (edit);
  PwComment *root = pw_plan_get_thread_root (self->plan, comment);
  g_autofree char *target = pw_plan_describe_comment_target (self->plan, comment);
  g_autofree char *date = g_strndup (pw_comment_get_created (comment) != NULL ? pw_comment_get_created (comment) : "", 10);
  g_autofree char *line = NULL;
  const char *author = pw_comment_get_author (comment);
  gboolean is_reply = root != comment;
  gboolean own = self->user != NULL && g_strcmp0 (author, self->user) == 0;

  line = g_strdup_printf ("%s · %s · %s", author != NULL && *author != '\0' ? author : _("(anonymous)"),
                          date, pw_comment_get_resolved (root) ? _("resolved") : _("open"));
  gtk_label_set_label (GTK_LABEL (object), is_reply ? _("↳ Reply") : target);
  gtk_widget_set_margin_start (row, is_reply ? 18 : 0);
  gtk_label_set_label (GTK_LABEL (meta), line);
  gtk_label_set_label (GTK_LABEL (text), pw_comment_get_text (comment));
  gtk_widget_set_tooltip_text (row, target);
  gtk_widget_set_visible (resolve, !is_reply);
  gtk_button_set_label (GTK_BUTTON (resolve), pw_comment_get_resolved (root) ? _("Re_open") : _("Re_solve"));
  gtk_widget_set_visible (edit, own);
  gtk_widget_set_visible (delete, own);
  if (pw_comment_get_resolved (root))
    gtk_widget_add_css_class (row, "pw-comment-resolved");
  else
    gtk_widget_remove_css_class (row, "pw-comment-resolved");
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

/* The dialog that writes a comment */

typedef struct
{
  PwPlan *plan;
  char *target;
  int year;
  int paragraph;
  PwComment *reply_to;
  PwComment *edit;
  GSettings *settings;
  GtkEntry *author;
  GtkTextView *text;
} CommentDialog;

static void
comment_dialog_free (gpointer data)
{
  CommentDialog *d = data;

  g_clear_object (&d->plan);
  g_clear_object (&d->reply_to);
  g_clear_object (&d->edit);
  g_clear_object (&d->settings);
  g_free (d->target);
  g_free (d);
}

static void
comment_dialog_response (GtkDialog *dialog,
                         int        response,
                         gpointer   user_data)
{
  CommentDialog *d = g_object_get_data (G_OBJECT (dialog), "pw-comment-dialog");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (d->text);
      GtkTextIter start, end;
      g_autofree char *text = NULL;
      g_autofree char *author = g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->author)));

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
      g_strstrip (author);
      if (*text == '\0')
        {
          gtk_widget_error_bell (GTK_WIDGET (dialog));
          return;
        }
      /* the name is asked once, then kept */
      if (d->settings != NULL && *author != '\0')
        g_settings_set_string (d->settings, "comment-author", author);

      if (d->edit != NULL)
        {
          PwHistory *history = pw_plan_get_history (d->plan);

          pw_history_begin (history, _("Edit Comment"));
          pw_comment_set_text (d->edit, text);
          pw_history_end (history);
        }
      else if (d->reply_to != NULL)
        pw_plan_reply_to_comment (d->plan, d->reply_to, author, text);
      else
        {
          PwHistory *history = pw_plan_get_history (d->plan);

          pw_history_begin (history, _("Add Comment"));
          pw_plan_add_comment (d->plan, d->target, d->year, d->paragraph, author, text);
          pw_history_end (history);
        }
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
accept_shortcut_cb (GtkWidget *dialog,
                    GVariant  *arguments,
                    gpointer   user_data)
{
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  return TRUE;
}

static void
present_dialog (GtkWindow  *parent,
                PwPlan     *plan,
                const char *target,
                int         year,
                int         paragraph,
                PwComment  *reply_to,
                PwComment  *edit,
                GSettings  *settings)
{
  CommentDialog *d = g_new0 (CommentDialog, 1);
  g_autofree char *saved = settings != NULL ? g_settings_get_string (settings, "comment-author") : NULL;
  g_autofree char *on = NULL;
  g_autofree char *primary = NULL;
  GtkWidget *dialog, *area, *scrolled, *name_label;
  GtkEventController *shortcuts;

  g_return_if_fail (PW_IS_PLAN (plan));

  d->plan = g_object_ref (plan);
  d->target = g_strdup (reply_to != NULL ? pw_comment_get_target (reply_to) : target);
  d->year = year;
  d->paragraph = paragraph;
  d->reply_to = reply_to != NULL ? g_object_ref (reply_to) : NULL;
  d->edit = edit != NULL ? g_object_ref (edit) : NULL;
  d->settings = settings != NULL ? g_object_ref (settings) : NULL;

  if (edit != NULL)
    on = pw_plan_describe_comment_target (plan, edit);
  else if (reply_to != NULL)
    on = pw_plan_describe_comment_target (plan, reply_to);
  else
    {
      g_autoptr(PwComment) probe = pw_comment_new ();

      pw_comment_set_target (probe, target);
      pw_comment_set_year (probe, year);
      pw_comment_set_paragraph (probe, paragraph);
      on = pw_plan_describe_comment_target (plan, probe);
    }
  primary = edit != NULL ? g_strdup_printf (_("Edit your comment on %s"), on)
            : reply_to != NULL ? g_strdup_printf (_("Reply on %s"), on)
                               : g_strdup_printf (_("Comment on %s"), on);

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_OTHER, GTK_BUTTONS_NONE, "%s", primary);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          edit != NULL ? _("_Save") : reply_to != NULL ? _("_Reply") : _("_Add Comment"),
                          GTK_RESPONSE_ACCEPT, NULL);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  /* Enter starts a new line of the comment; Ctrl+Enter adds it, as in a
   * mail or a chat, without leaving the keyboard for the button. Caught
   * before the text view, which takes Ctrl+Enter as a new line too. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (accept_shortcut_cb, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (accept_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (dialog, shortcuts);
  area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));

  name_label = gtk_label_new_with_mnemonic (_("Your _name, written on your comments"));
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  d->author = GTK_ENTRY (gtk_entry_new ());
  gtk_label_set_mnemonic_widget (GTK_LABEL (name_label), GTK_WIDGET (d->author));
  gtk_editable_set_text (GTK_EDITABLE (d->author),
                         saved != NULL && *saved != '\0' ? saved : g_get_real_name ());
  /* asked once: once kept in the settings, the field is not shown again;
   * an edit keeps the comment's author */
  gtk_widget_set_visible (name_label, edit == NULL && (saved == NULL || *saved == '\0'));
  gtk_widget_set_visible (GTK_WIDGET (d->author), edit == NULL && (saved == NULL || *saved == '\0'));
  gtk_box_append (GTK_BOX (area), name_label);
  gtk_box_append (GTK_BOX (area), GTK_WIDGET (d->author));

  d->text = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (d->text, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (d->text, FALSE);
  scrolled = gtk_scrolled_window_new ();
  if (edit != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (d->text), pw_comment_get_text (edit), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (d->text));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_box_append (GTK_BOX (area), scrolled);

  g_object_set_data_full (G_OBJECT (dialog), "pw-comment-dialog", d, comment_dialog_free);
  g_signal_connect (dialog, "response", G_CALLBACK (comment_dialog_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (d->text));
}

/**
 * pw_comment_dialog_present:
 * @parent: the window
 * @plan: the plan
 * @target: (nullable): the id of the object to comment on; %NULL for the plan
 * @year: a year of an indicator's values, or 0
 * @paragraph: a paragraph, from 1, or 0
 * @reply_to: (nullable): the comment to answer instead
 * @settings: (nullable): where the author's name is kept
 *
 * Asks for the text of a comment (and, the first time, the author's name,
 * offered as the account's real name) and adds it to @plan.
 */
void
pw_comment_dialog_present (GtkWindow  *parent,
                           PwPlan     *plan,
                           const char *target,
                           int         year,
                           int         paragraph,
                           PwComment  *reply_to,
                           GSettings  *settings)
{
  g_return_if_fail (PW_IS_PLAN (plan));

  present_dialog (parent, plan, target, year, paragraph, reply_to, NULL, settings);
}

/**
 * pw_comment_dialog_edit:
 * @parent: the window
 * @plan: the plan
 * @comment: a comment of @plan, the user's own
 *
 * Asks for the new text of @comment, filled with the text it has.
 */
void
pw_comment_dialog_edit (GtkWindow *parent,
                        PwPlan    *plan,
                        PwComment *comment)
{
  g_return_if_fail (PW_IS_PLAN (plan));
  g_return_if_fail (PW_IS_COMMENT (comment));

  present_dialog (parent, plan, NULL, 0, 0, NULL, comment, NULL);
}
