/* pw-count-row.c: a row of the overview's lists of counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is counted and how many: a name, and the count at the end of the row,
 * labelled by the name for a screen reader. A count of a status has the
 * status's coloured marker (●) before its name, hidden from screen readers;
 * a total is in bold (pw-count-total on the row, which its labels inherit). The row is only read: neither activatable nor
 * focusable.
 */

#define G_LOG_DOMAIN "pw-count-row"

#include "config.h"

#include "pw-count-row.h"

struct _PwCountRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets */
  GtkWidget *marker_label;
  GtkLabel *name_label;
  GtkLabel *value_label;
};

G_DEFINE_FINAL_TYPE (PwCountRow, pw_count_row, GTK_TYPE_LIST_BOX_ROW)

/* GObject overrides */

static void
pw_count_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PW_TYPE_COUNT_ROW);

  G_OBJECT_CLASS (pw_count_row_parent_class)->dispose (object);
}

static void
pw_count_row_class_init (PwCountRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_count_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-count-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PwCountRow, marker_label);
  gtk_widget_class_bind_template_child (widget_class, PwCountRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PwCountRow, value_label);
}

static void
pw_count_row_init (PwCountRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * pw_count_row_new:
 * @label: what is counted
 * @marker_class: (nullable): the CSS class of a coloured marker before
 *   @label, or %NULL for none
 * @total: whether the count is a total, shown in bold
 *
 * Returns: (transfer floating): a new row, counting 0
 */
GtkWidget *
pw_count_row_new (const char *label,
                  const char *marker_class,
                  gboolean    total)
{
  PwCountRow *self = g_object_new (PW_TYPE_COUNT_ROW, NULL);

  gtk_label_set_label (self->name_label, label);
  if (total)
    gtk_widget_add_css_class (GTK_WIDGET (self), "pw-count-total");
  if (marker_class != NULL)
    {
      gtk_widget_add_css_class (self->marker_label, marker_class);
      gtk_widget_set_visible (self->marker_label, TRUE);
    }
  return GTK_WIDGET (self);
}

/**
 * pw_count_row_set_count:
 * @self: a row
 * @count: how many
 *
 * Shows @count, its thousands grouped as the locale groups them.
 */
void
pw_count_row_set_count (PwCountRow *self,
                        guint       count)
{
  char text[16];

  g_return_if_fail (PW_IS_COUNT_ROW (self));

  g_snprintf (text, sizeof text, "%'u", count);
  gtk_label_set_label (self->value_label, text);
}
