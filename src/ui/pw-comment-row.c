/* pw-comment-row.c: a comment in the list of the comments pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the comment is on (a reply says so instead, indented under its
 * thread), its author, date and the thread's state, its text, and the
 * buttons that answer, resolve or reopen the thread, and edit or delete a
 * comment of the user's own. The buttons are actions of the pane
 * (comments.reply …) whose target is the comment's id, set when the list
 * shows the row a comment, so a recycled row needs nothing taken back.
 */

#define G_LOG_DOMAIN "pw-comment-row"

#include "config.h"

#include "pw-comment-row.h"

#include <glib/gi18n.h>

#include "pw-comments.h"

struct _PwCommentRow
{
  GtkBox parent_instance;

  /* Template widgets */
  GtkLabel *object_label;
  GtkLabel *meta_label;
  GtkLabel *text_label;
  GtkButton *reply_button;
  GtkButton *resolve_button;
  GtkButton *edit_button;
  GtkButton *delete_button;

  /* Owned */
  PwComment *comment;
};

enum {
  PROP_0,
  PROP_COMMENT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwCommentRow, pw_comment_row, GTK_TYPE_BOX)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_comment_row_dispose (GObject *object)
{
  PwCommentRow *self = (PwCommentRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_COMMENT_ROW);
  g_clear_object (&self->comment);

  G_OBJECT_CLASS (pw_comment_row_parent_class)->dispose (object);
}

static void
pw_comment_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PwCommentRow *self = PW_COMMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_COMMENT:
      g_value_set_object (value, self->comment);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_comment_row_class_init (PwCommentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_comment_row_dispose;
  object_class->get_property = pw_comment_row_get_property;

  /**
   * PwCommentRow:comment:
   *
   * The comment shown, set by pw_comment_row_show().
   */
  properties[PROP_COMMENT] =
    g_param_spec_object ("comment", NULL, NULL, PW_TYPE_COMMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-comment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PwCommentRow, object_label);
  gtk_widget_class_bind_template_child (widget_class, PwCommentRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PwCommentRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, PwCommentRow, reply_button);
  gtk_widget_class_bind_template_child (widget_class, PwCommentRow, resolve_button);
  gtk_widget_class_bind_template_child (widget_class, PwCommentRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, PwCommentRow, delete_button);
}

static void
pw_comment_row_init (PwCommentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
pw_comment_row_new (void)
{
  return g_object_new (PW_TYPE_COMMENT_ROW, NULL);
}

/**
 * pw_comment_row_get_comment:
 * @self: a row
 *
 * Returns: (transfer none) (nullable): the comment shown
 */
PwComment *
pw_comment_row_get_comment (PwCommentRow *self)
{
  g_return_val_if_fail (PW_IS_COMMENT_ROW (self), NULL);

  return self->comment;
}

/**
 * pw_comment_row_show:
 * @self: a row
 * @plan: the plan of @comment
 * @comment: the comment to show
 * @own: whether it is the user's own, who may edit and delete it
 */
void
pw_comment_row_show (PwCommentRow *self,
                     PwPlan       *plan,
                     PwComment    *comment,
                     gboolean      own)
{
  PwComment *root;
  g_autofree char *target = NULL;
  g_autofree char *date = NULL;
  g_autofree char *line = NULL;
  const char *author;
  GVariant *id;
  gboolean is_reply;
  GtkButton *buttons[4];

  g_return_if_fail (PW_IS_COMMENT_ROW (self));
  g_return_if_fail (PW_IS_PLAN (plan));
  g_return_if_fail (PW_IS_COMMENT (comment));

  root = pw_plan_get_thread_root (plan, comment);
  target = pw_plan_describe_comment_target (plan, comment);
  date = g_strndup (pw_comment_get_created (comment) != NULL ? pw_comment_get_created (comment) : "", 10);
  author = pw_comment_get_author (comment);
  is_reply = root != comment;
  line = g_strdup_printf ("%s · %s · %s", author != NULL && *author != '\0' ? author : _("(anonymous)"),
                          date, pw_comment_get_resolved (root) ? _("resolved") : _("open"));

  gtk_label_set_label (self->object_label, is_reply ? _("↳ Reply") : target);
  gtk_widget_set_margin_start (GTK_WIDGET (self), is_reply ? 18 : 0);
  gtk_label_set_label (self->meta_label, line);
  gtk_label_set_label (self->text_label, pw_comment_get_text (comment));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), target);
  gtk_widget_set_visible (GTK_WIDGET (self->resolve_button), !is_reply);
  gtk_button_set_label (self->resolve_button, pw_comment_get_resolved (root) ? _("Re_open") : _("Re_solve"));
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), own);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), own);
  if (pw_comment_get_resolved (root))
    gtk_widget_add_css_class (GTK_WIDGET (self), "pw-comment-resolved");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "pw-comment-resolved");

  /* the pane's actions act on the comment of the id */
  id = g_variant_ref_sink (g_variant_new_string (pw_object_get_id (PW_OBJECT (comment)) != NULL
                                                  ? pw_object_get_id (PW_OBJECT (comment)) : ""));
  buttons[0] = self->reply_button;
  buttons[1] = self->resolve_button;
  buttons[2] = self->edit_button;
  buttons[3] = self->delete_button;
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (buttons[i]), id);
  g_variant_unref (id);

  if (g_set_object (&self->comment, comment))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENT]);
}
