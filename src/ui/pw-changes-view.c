/* pw-changes-view.c: what changed since an earlier version, beside the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The changes of pw_plan_compare() from an earlier version to the plan of a
 * window, one row each: the object, what happened (and whether the match
 * was guessed), the old and the new value, a changed paragraph with the
 * characters taken out struck through and those put in underlined; the
 * values can be selected and copied. Activating a row shows its object in
 * the plan's window. A version that differs by its comments alone (a
 * reviewer's copy) is said to.
 */

#define G_LOG_DOMAIN "pw-changes-view"

#include "config.h"

#include "pw-changes-view.h"

#include <glib/gi18n-lib.h>

#include "pw-change-row.h"
#include "pw-compare.h"
#include "pw-locate.h"
#include "pw-window.h"

struct _PwChangesView
{
  GtkWindow parent_instance;

  /* Template widgets */
  GtkLabel *summary_label;
  GtkListView *list;

  /* Owned */
  GListModel *changes;

  /* Borrowed */
  GWeakRef window;
};

G_DEFINE_FINAL_TYPE (PwChangesView, pw_changes_view, GTK_TYPE_WINDOW)

/* Callbacks */

static void
activate_cb (PwChangesView *self,
             guint          position)
{
  pw_changes_view_activate (self, position);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          PwChangesView            *self)
{
  gtk_list_item_set_child (item, pw_change_row_new ());
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         PwChangesView            *self)
{
  pw_change_row_show (PW_CHANGE_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

/* GObject overrides */

static void
pw_changes_view_dispose (GObject *object)
{
  PwChangesView *self = (PwChangesView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_CHANGES_VIEW);
  g_clear_object (&self->changes);
  g_weak_ref_clear (&self->window);

  G_OBJECT_CLASS (pw_changes_view_parent_class)->dispose (object);
}

static void
pw_changes_view_class_init (PwChangesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_changes_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-changes-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PwChangesView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PwChangesView, list);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);

  /* a window beside the plan's, closed as a dialog is */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pw_changes_view_init (PwChangesView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_weak_ref_init (&self->window, NULL);
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  gtk_list_view_set_factory (self->list, factory);
}

/* Public API */

/**
 * pw_changes_view_new:
 * @window: the window of the newer plan
 * @changes: (element-type PwChange): from pw_plan_compare()
 * @n_comment_changes: from pw_plan_count_comment_changes()
 * @old_name: what to call the earlier version
 *
 * Returns: (transfer full): a window listing @changes, beside @window
 */
PwChangesView *
pw_changes_view_new (PwWindow   *window,
                     GListModel *changes,
                     guint       n_comment_changes,
                     const char *old_name)
{
  PwChangesView *self;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  guint n_changes = g_list_model_get_n_items (changes);

  g_return_val_if_fail (PW_IS_WINDOW (window), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (changes), NULL);

  self = g_object_new (PW_TYPE_CHANGES_VIEW, "transient-for", window, NULL);
  g_weak_ref_set (&self->window, window);
  self->changes = g_object_ref (changes);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (changes))));
  /* the focus starts on the list, where the arrows choose a change, not on
   * the first focusable widget: the first change's values (selectable, to
   * copy), which the window then showed all selected */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->list));

  title = g_strdup_printf (_("Changes since %s"), old_name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (n_changes == 0 && n_comment_changes > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Only the comments changed since “%2$s”: %1$u comment added, changed or removed.",
                                            "Only the comments changed since “%2$s”: %1$u comments added, changed or removed.",
                                            n_comment_changes),
                               n_comment_changes, old_name);
  else if (n_changes == 0)
    summary = g_strdup_printf (_("Nothing changed since “%s”."), old_name);
  else if (n_comment_changes == 0)
    summary = g_strdup_printf (_("%'u changes since “%s”. Choose one to see it in the plan."), n_changes, old_name);
  else
    summary = g_strdup_printf (_("%'u changes since “%s”, and %'u comments added, changed or removed. Choose a change to see it in the plan."),
                               n_changes, old_name, n_comment_changes);
  gtk_label_set_label (self->summary_label, summary);
  return self;
}

/**
 * pw_changes_view_get_changes:
 * @self: a changes view
 *
 * Returns: (transfer none): the changes shown
 */
GListModel *
pw_changes_view_get_changes (PwChangesView *self)
{
  g_return_val_if_fail (PW_IS_CHANGES_VIEW (self), NULL);

  return self->changes;
}

/**
 * pw_changes_view_activate:
 * @self: a changes view
 * @position: a row
 *
 * Shows the object of the change at @position in the plan's window (an
 * object removed: the place it was in, or the plan).
 */
void
pw_changes_view_activate (PwChangesView *self,
                          guint          position)
{
  g_autoptr(PwWindow) window = g_weak_ref_get (&self->window);
  g_autoptr(PwChange) change = g_list_model_get_item (self->changes, position);
  PwPlan *plan;

  if (window == NULL || change == NULL || (plan = pw_window_get_plan (window)) == NULL)
    return;
  pw_window_show_object (window, pw_plan_find_object (plan, pw_change_get_new_id (change)));
}
