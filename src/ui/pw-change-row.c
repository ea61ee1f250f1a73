/* pw-change-row.c: a row of the list of changes since an earlier version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One change of pw_plan_compare(): the object as a heading, what happened to
 * it (dimmed), and the old and the new value, which can be selected to copy
 * (a changed paragraph with the characters taken out struck through and
 * those put in underlined; hidden when the change has no value, as an
 * object added or removed). The changes view shows a recycled row another
 * change with pw_change_row_show().
 */

#define G_LOG_DOMAIN "pw-change-row"

#include "config.h"

#include "pw-change-row.h"

#include <glib/gi18n-lib.h>

struct _PwChangeRow
{
  GtkBox parent_instance;

  /* Template widgets */
  GtkLabel *object_label;
  GtkLabel *what_label;
  GtkLabel *detail_label;
};

G_DEFINE_FINAL_TYPE (PwChangeRow, pw_change_row, GTK_TYPE_BOX)

/* Auxiliary methods */

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static char *
change_markup (PwChange *change)
{
  GPtrArray *pieces = pw_change_get_pieces (change);
  GString *out = g_string_new (NULL);

  if (pieces != NULL)
    {
      for (guint i = 0; i < pieces->len; i++)
        {
          PwDiffPiece *piece = g_ptr_array_index (pieces, i);
          g_autofree char *text = escape (piece->text);

          if (piece->op == PW_DIFF_DELETED)
            g_string_append_printf (out, "<span foreground=\"#c01c28\" strikethrough=\"true\">%s</span>", text);
          else if (piece->op == PW_DIFF_INSERTED)
            g_string_append_printf (out, "<span foreground=\"#26a269\" underline=\"single\">%s</span>", text);
          else
            g_string_append (out, text);
        }
    }
  else if (pw_change_get_kind (change) != PW_CHANGE_ADDED && pw_change_get_kind (change) != PW_CHANGE_REMOVED)
    {
      const char *old_text = pw_change_get_old_text (change);
      const char *new_text = pw_change_get_new_text (change);
      g_autofree char *a = escape (old_text != NULL && *old_text != '\0' ? old_text : _("(none)"));
      g_autofree char *b = escape (new_text != NULL && *new_text != '\0' ? new_text : _("(none)"));

      g_string_append_printf (out, "<span strikethrough=\"true\">%s</span> → <b>%s</b>", a, b);
    }
  return g_string_free (out, FALSE);
}

/* GObject overrides */

static void
pw_change_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PW_TYPE_CHANGE_ROW);

  G_OBJECT_CLASS (pw_change_row_parent_class)->dispose (object);
}

static void
pw_change_row_class_init (PwChangeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_change_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-change-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PwChangeRow, object_label);
  gtk_widget_class_bind_template_child (widget_class, PwChangeRow, what_label);
  gtk_widget_class_bind_template_child (widget_class, PwChangeRow, detail_label);
}

static void
pw_change_row_init (PwChangeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * pw_change_row_new:
 *
 * Returns: (transfer floating): a new row, empty until pw_change_row_show()
 */
GtkWidget *
pw_change_row_new (void)
{
  return g_object_new (PW_TYPE_CHANGE_ROW, NULL);
}

/**
 * pw_change_row_show:
 * @self: a row
 * @change: the change to show
 *
 * Shows @change in @self, in place of the change it showed.
 */
void
pw_change_row_show (PwChangeRow *self,
                    PwChange    *change)
{
  g_autofree char *description = NULL;
  g_autofree char *markup = NULL;

  g_return_if_fail (PW_IS_CHANGE_ROW (self));
  g_return_if_fail (PW_IS_CHANGE (change));

  description = pw_change_describe (change);
  markup = change_markup (change);
  gtk_label_set_label (self->object_label, pw_change_get_label (change));
  gtk_label_set_label (self->what_label, description);
  gtk_label_set_markup (self->detail_label, markup);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), *markup != '\0');
}
