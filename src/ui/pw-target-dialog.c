/* pw-target-dialog.c: a target stated in the text, taken into the indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A paragraph of a chapter page that states a target ("城镇调查失业率控制在
 * 5.5%以内") becomes an indicator: the dialog proposes the name, the target
 * and the unit that pw_target_read() reads in it, says how the value parser
 * reads the target as it is typed, and on Add makes the indicator through
 * pw_plan_take_target(), linked to the paragraph's chapter, one undo step.
 */

#define G_LOG_DOMAIN "pw-target-dialog"

#include "config.h"

#include "pw-target-dialog.h"

#include <glib/gi18n.h>

#include "pw-heading-number.h"
#include "pw-plan-edit.h"
#include "pw-value.h"

struct _PwTargetDialog
{
  GtkDialog parent_instance;

  /* Template widgets */
  GtkLabel *paragraph_label;
  GtkEntry *name_entry;
  GtkEntry *target_entry;
  GtkLabel *reading_label;
  GtkEntry *unit_entry;
  GtkLabel *chapter_label;

  /* Owned */
  PwPlan *plan;
  GObject *holder;
};

G_DEFINE_FINAL_TYPE (PwTargetDialog, pw_target_dialog, GTK_TYPE_DIALOG)

/* Auxiliary methods */

static char *
stripped (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* Callbacks */

static void
entry_changed_cb (PwTargetDialog *self)
{
  g_autofree char *name = stripped (self->name_entry);
  g_autofree char *target = stripped (self->target_entry);
  g_autoptr(PwValue) value = pw_value_new (target);
  g_autofree char *reading = NULL;

  if (pw_value_is_blank (value))
    reading = g_strdup (_("Type the target as the plan prints it, e.g. 5.5%以内."));
  else if (pw_value_get_problem (value) != NULL)
    /* Translators: %s says why, e.g. "two numbers" */
    reading = g_strdup_printf (_("Kept as typed, not read as a figure: %s"), pw_value_get_problem (value));
  else
    /* Translators: %s is a kind of target, e.g. "Level", "Average growth" */
    reading = g_strdup_printf (_("Read as a target of the kind “%s”."),
                               pw_kind_to_label (pw_value_get_form (value)));
  gtk_label_set_label (self->reading_label, reading);
  gtk_dialog_set_response_sensitive (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT,
                                     *name != '\0' && !pw_value_is_blank (value));
}

/* GObject overrides */

static void
pw_target_dialog_response (GtkDialog *dialog,
                           int        response)
{
  PwTargetDialog *self = PW_TARGET_DIALOG (dialog);

  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL)
    {
      g_autofree char *name = stripped (self->name_entry);
      g_autofree char *target = stripped (self->target_entry);
      g_autofree char *unit = stripped (self->unit_entry);

      if (*name == '\0' || *target == '\0')
        return;
      pw_plan_take_target (self->plan, self->holder, name, target, unit);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pw_target_dialog_dispose (GObject *object)
{
  PwTargetDialog *self = (PwTargetDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_TARGET_DIALOG);
  g_clear_object (&self->plan);
  g_clear_object (&self->holder);

  G_OBJECT_CLASS (pw_target_dialog_parent_class)->dispose (object);
}

static void
pw_target_dialog_class_init (PwTargetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->dispose = pw_target_dialog_dispose;
  dialog_class->response = pw_target_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-target-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PwTargetDialog, paragraph_label);
  gtk_widget_class_bind_template_child (widget_class, PwTargetDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, PwTargetDialog, target_entry);
  gtk_widget_class_bind_template_child (widget_class, PwTargetDialog, reading_label);
  gtk_widget_class_bind_template_child (widget_class, PwTargetDialog, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, PwTargetDialog, chapter_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
}

static void
pw_target_dialog_init (PwTargetDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * pw_target_dialog_new:
 * @parent: (nullable): the window
 * @plan: the plan
 * @holder: the part, chapter or section whose paragraph it is
 * @paragraph: the paragraph
 * @at: where the cursor is in it (a character offset), or -1
 *
 * Returns: (transfer none): the dialog, owned by GTK until it closes; it
 *   makes the indicator itself
 */
PwTargetDialog *
pw_target_dialog_new (GtkWindow  *parent,
                      PwPlan     *plan,
                      GObject    *holder,
                      const char *paragraph,
                      int         at)
{
  PwTargetDialog *self;
  PwChapter *chapter;
  GtkWidget *button;
  g_autofree char *name = NULL;
  g_autofree char *target = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (G_IS_OBJECT (holder), NULL);

  self = g_object_new (PW_TYPE_TARGET_DIALOG, "use-header-bar", TRUE, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  self->plan = g_object_ref (plan);
  self->holder = g_object_ref (holder);

  gtk_dialog_add_button (GTK_DIALOG (self), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (self), _("_Add Indicator"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);

  gtk_label_set_label (self->paragraph_label, paragraph);
  pw_target_read (paragraph, at, &name, &target, &unit);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name != NULL ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->target_entry), target != NULL ? target : "");
  gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), unit != NULL ? unit : "");
  entry_changed_cb (self);

  chapter = PW_IS_CHAPTER (holder) ? PW_CHAPTER (holder)
            : PW_IS_SECTION (holder) ? pw_plan_find_chapter_of (plan, holder) : NULL;
  if (chapter != NULL)
    heading = pw_heading_text (pw_plan_get_heading_style (plan), FALSE, pw_chapter_get_number (chapter),
                               pw_chapter_get_title (chapter));
  gtk_label_set_label (self->chapter_label, heading != NULL ? heading : _("None"));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  return self;
}
