/* pw-finding-row.c: a row of the overview's list of import findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the importer found at one place of the document: a badge of the
 * finding's kind (coloured by a pw-report-KIND class; the badges of a list
 * are as wide as each other through the size group they are given), the line
 * it is on ("—" when none), and its message, which can be selected to copy.
 * Errors and inconsistencies are marked apart from doubts and guesses
 * (pw-report-serious, pw-report-check). A finding about a chapter,
 * indicator, 专栏 or project goes there when its row is activated
 * (win.show-object with the subject's id); any other row is not activatable.
 */

#define G_LOG_DOMAIN "pw-finding-row"

#include "config.h"

#include "pw-finding-row.h"

#include <glib/gi18n.h>

#include "pw-enums.h"

struct _PwFindingRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets */
  GtkLabel *badge_label;
  GtkLabel *line_label;
  GtkLabel *message_label;
};

G_DEFINE_FINAL_TYPE (PwFindingRow, pw_finding_row, GTK_TYPE_LIST_BOX_ROW)

/* Auxiliary methods */

static const char *
kind_label (PwFindingKind kind)
{
  switch (kind)
    {
    case PW_FINDING_ERROR:
      return C_("report kind", "Error");
    case PW_FINDING_INCONSISTENCY:
      return C_("report kind", "Inconsistency");
    case PW_FINDING_DOUBT:
      return C_("report kind", "Doubt");
    case PW_FINDING_GUESS:
      return C_("report kind", "Guess");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
show_finding (PwFindingRow *self,
              PwFinding    *finding)
{
  PwFindingKind kind = pw_finding_get_kind (finding);
  gboolean serious = kind == PW_FINDING_ERROR || kind == PW_FINDING_INCONSISTENCY;
  g_autofree char *kind_class = g_strdup_printf ("pw-report-%s", pw_enum_to_nick (PW_TYPE_FINDING_KIND, kind));
  g_autofree char *line_text = NULL;

  if (pw_finding_get_subject (finding) != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "win.show-object");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", pw_finding_get_subject (finding));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Go to what the finding is about"));
    }
  else
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), serious ? "pw-report-serious" : "pw-report-check");

  gtk_label_set_label (self->badge_label, kind_label (kind));
  gtk_widget_add_css_class (GTK_WIDGET (self->badge_label), kind_class);

  if (pw_finding_get_line (finding) > 0)
    /* Translators: where a finding of the import report is in the document */
    line_text = g_strdup_printf (_("Line %d"), pw_finding_get_line (finding));
  gtk_label_set_label (self->line_label, line_text ? line_text : "—");

  gtk_label_set_label (self->message_label, pw_finding_get_message (finding));
}

/* GObject overrides */

static void
pw_finding_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PW_TYPE_FINDING_ROW);

  G_OBJECT_CLASS (pw_finding_row_parent_class)->dispose (object);
}

static void
pw_finding_row_class_init (PwFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_finding_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-finding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PwFindingRow, badge_label);
  gtk_widget_class_bind_template_child (widget_class, PwFindingRow, line_label);
  gtk_widget_class_bind_template_child (widget_class, PwFindingRow, message_label);
}

static void
pw_finding_row_init (PwFindingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * pw_finding_row_new:
 * @finding: what the row shows
 * @badges: the size group of the badges of the row's list
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
pw_finding_row_new (PwFinding    *finding,
                    GtkSizeGroup *badges)
{
  PwFindingRow *self;

  g_return_val_if_fail (PW_IS_FINDING (finding), NULL);
  g_return_val_if_fail (GTK_IS_SIZE_GROUP (badges), NULL);

  self = g_object_new (PW_TYPE_FINDING_ROW, NULL);
  show_finding (self, finding);
  gtk_size_group_add_widget (badges, GTK_WIDGET (self->badge_label));
  return GTK_WIDGET (self);
}
