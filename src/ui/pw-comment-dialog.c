/* pw-comment-dialog.c: the dialog that writes a comment, a reply or an edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the comment is on, the author's name (asked the first time only,
 * offered as the account's real name, then kept in the settings), and the
 * text. Enter starts a new line of the text; Ctrl+Enter adds the comment,
 * as in a mail or a chat, without leaving the keyboard for the button
 * (caught before the text view, which takes Ctrl+Enter as a new line too).
 * On Add, Reply or Save the dialog changes the plan itself, one undo step.
 */

#define G_LOG_DOMAIN "pw-comment-dialog"

#include "config.h"

#include "pw-comment-dialog.h"

#include <glib/gi18n.h>

#include "pw-comments.h"

struct _PwCommentDialog
{
  GtkDialog parent_instance;

  /* Template widgets */
  GtkLabel *on_label;
  GtkLabel *author_label;
  GtkEntry *author_entry;
  GtkTextView *text_view;

  /* Owned */
  PwPlan *plan;
  char *target;
  PwComment *reply_to;
  PwComment *edit;
  GSettings *settings;
  int year;
  int paragraph;
};

enum {
  PROP_0,
  PROP_AUTHOR,
  PROP_TEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwCommentDialog, pw_comment_dialog, GTK_TYPE_DIALOG)

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

/* Fills the dialog for a comment on @target (or an answer to @reply_to, or
 * an edit of @edit) and shows it. */
static PwCommentDialog *
present (GtkWindow  *parent,
         PwPlan     *plan,
         const char *target,
         int         year,
         int         paragraph,
         PwComment  *reply_to,
         PwComment  *edit,
         GSettings  *settings)
{
  PwCommentDialog *self;
  g_autofree char *saved = settings != NULL ? g_settings_get_string (settings, "comment-author") : NULL;
  g_autofree char *on = NULL;
  g_autofree char *heading = NULL;
  gboolean ask_name = edit == NULL && (saved == NULL || *saved == '\0');
  GtkWidget *accept;

  self = g_object_new (PW_TYPE_COMMENT_DIALOG, "use-header-bar", TRUE, "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "title", edit != NULL ? _("Edit Comment") : reply_to != NULL ? _("Reply to Comment")
                                                                                    : _("Add Comment"),
                       NULL);
  self->plan = g_object_ref (plan);
  self->target = g_strdup (reply_to != NULL ? pw_comment_get_target (reply_to) : target);
  self->year = year;
  self->paragraph = paragraph;
  g_set_object (&self->reply_to, reply_to);
  g_set_object (&self->edit, edit);
  g_set_object (&self->settings, settings);

  if (edit != NULL || reply_to != NULL)
    on = pw_plan_describe_comment_target (plan, edit != NULL ? edit : reply_to);
  else
    {
      g_autoptr(PwComment) probe = pw_comment_new ();

      pw_comment_set_target (probe, target);
      pw_comment_set_year (probe, year);
      pw_comment_set_paragraph (probe, paragraph);
      on = pw_plan_describe_comment_target (plan, probe);
    }
  heading = edit != NULL ? g_strdup_printf (_("Edit your comment on %s"), on)
            : reply_to != NULL ? g_strdup_printf (_("Reply on %s"), on)
                               : g_strdup_printf (_("Comment on %s"), on);
  gtk_label_set_label (self->on_label, heading);

  gtk_dialog_add_button (GTK_DIALOG (self), _("_Cancel"), GTK_RESPONSE_CANCEL);
  accept = gtk_dialog_add_button (GTK_DIALOG (self),
                                  edit != NULL ? _("_Save") : reply_to != NULL ? _("_Reply") : _("_Add Comment"),
                                  GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (accept, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);

  pw_comment_dialog_set_author (self, saved != NULL && *saved != '\0' ? saved : g_get_real_name ());
  /* asked once: once kept in the settings, the field is not shown again;
   * an edit keeps the comment's author */
  gtk_widget_set_visible (GTK_WIDGET (self->author_label), ask_name);
  gtk_widget_set_visible (GTK_WIDGET (self->author_entry), ask_name);
  if (edit != NULL)
    pw_comment_dialog_set_text (self, pw_comment_get_text (edit));

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  return self;
}

/* Callbacks */

static void
author_changed_cb (PwCommentDialog *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

static void
text_changed_cb (PwCommentDialog *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_dialog_response (GTK_DIALOG (widget), GTK_RESPONSE_ACCEPT);
}

/* GObject overrides */

static void
pw_comment_dialog_response (GtkDialog *dialog,
                            int        response)
{
  PwCommentDialog *self = PW_COMMENT_DIALOG (dialog);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *text = g_strstrip (pw_comment_dialog_dup_text (self));
      g_autofree char *author = g_strstrip (g_strdup (pw_comment_dialog_get_author (self)));
      PwHistory *history = pw_plan_get_history (self->plan);

      if (*text == '\0')
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return;
        }
      /* the name is asked once, then kept */
      if (self->settings != NULL && *author != '\0')
        g_settings_set_string (self->settings, "comment-author", author);

      if (self->edit != NULL)
        {
          pw_history_begin (history, _("Edit Comment"));
          pw_comment_set_text (self->edit, text);
          pw_history_end (history);
        }
      else if (self->reply_to != NULL)
        pw_plan_reply_to_comment (self->plan, self->reply_to, author, text);
      else
        {
          pw_history_begin (history, _("Add Comment"));
          pw_plan_add_comment (self->plan, self->target, self->year, self->paragraph, author, text);
          pw_history_end (history);
        }
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pw_comment_dialog_dispose (GObject *object)
{
  PwCommentDialog *self = (PwCommentDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_COMMENT_DIALOG);
  g_clear_object (&self->plan);
  g_clear_object (&self->reply_to);
  g_clear_object (&self->edit);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->target, g_free);

  G_OBJECT_CLASS (pw_comment_dialog_parent_class)->dispose (object);
}

static void
pw_comment_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PwCommentDialog *self = PW_COMMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      g_value_set_string (value, pw_comment_dialog_get_author (self));
      break;
    case PROP_TEXT:
      g_value_take_string (value, pw_comment_dialog_dup_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_comment_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PwCommentDialog *self = PW_COMMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      pw_comment_dialog_set_author (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      pw_comment_dialog_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_comment_dialog_class_init (PwCommentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->dispose = pw_comment_dialog_dispose;
  object_class->get_property = pw_comment_dialog_get_property;
  object_class->set_property = pw_comment_dialog_set_property;
  dialog_class->response = pw_comment_dialog_response;

  /**
   * PwCommentDialog:author:
   *
   * The name written on the comment, as typed.
   */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PwCommentDialog:text:
   *
   * The text of the comment, as typed.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Ctrl+Enter: the template's shortcut controller, in the capture phase */
  gtk_widget_class_install_action (widget_class, "comment.accept", NULL, accept_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-comment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PwCommentDialog, on_label);
  gtk_widget_class_bind_template_child (widget_class, PwCommentDialog, author_label);
  gtk_widget_class_bind_template_child (widget_class, PwCommentDialog, author_entry);
  gtk_widget_class_bind_template_child (widget_class, PwCommentDialog, text_view);
  gtk_widget_class_bind_template_callback (widget_class, author_changed_cb);
}

static void
pw_comment_dialog_init (PwCommentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

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
 *
 * Returns: (transfer none): the dialog, shown, owned by GTK until it closes
 */
PwCommentDialog *
pw_comment_dialog_present (GtkWindow  *parent,
                           PwPlan     *plan,
                           const char *target,
                           int         year,
                           int         paragraph,
                           PwComment  *reply_to,
                           GSettings  *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (reply_to == NULL || PW_IS_COMMENT (reply_to), NULL);

  return present (parent, plan, target, year, paragraph, reply_to, NULL, settings);
}

/**
 * pw_comment_dialog_edit:
 * @parent: the window
 * @plan: the plan
 * @comment: a comment of @plan, the user's own
 *
 * Asks for the new text of @comment, filled with the text it has.
 *
 * Returns: (transfer none): the dialog, shown, owned by GTK until it closes
 */
PwCommentDialog *
pw_comment_dialog_edit (GtkWindow *parent,
                        PwPlan    *plan,
                        PwComment *comment)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_COMMENT (comment), NULL);

  return present (parent, plan, NULL, 0, 0, NULL, comment, NULL);
}

const char *
pw_comment_dialog_get_author (PwCommentDialog *self)
{
  g_return_val_if_fail (PW_IS_COMMENT_DIALOG (self), "");

  return gtk_editable_get_text (GTK_EDITABLE (self->author_entry));
}

/**
 * pw_comment_dialog_set_author:
 * @self: the dialog
 * @author: (nullable): the name to offer
 */
void
pw_comment_dialog_set_author (PwCommentDialog *self,
                              const char      *author)
{
  g_return_if_fail (PW_IS_COMMENT_DIALOG (self));

  if (g_strcmp0 (author != NULL ? author : "", pw_comment_dialog_get_author (self)) == 0)
    return;
  /* the entry's "changed" notifies, through author_changed_cb() */
  gtk_editable_set_text (GTK_EDITABLE (self->author_entry), author != NULL ? author : "");
}

/**
 * pw_comment_dialog_dup_text:
 * @self: the dialog
 *
 * Returns: (transfer full): the text as typed
 */
char *
pw_comment_dialog_dup_text (PwCommentDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (PW_IS_COMMENT_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * pw_comment_dialog_set_text:
 * @self: the dialog
 * @text: (nullable): the text to start from
 */
void
pw_comment_dialog_set_text (PwCommentDialog *self,
                            const char      *text)
{
  g_autofree char *now = NULL;

  g_return_if_fail (PW_IS_COMMENT_DIALOG (self));

  now = pw_comment_dialog_dup_text (self);
  if (g_strcmp0 (text != NULL ? text : "", now) == 0)
    return;
  /* the buffer's "changed" notifies, through text_changed_cb() */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text != NULL ? text : "", -1);
}
