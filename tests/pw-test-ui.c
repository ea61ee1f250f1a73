/* pw-test-ui.c: what the tests of the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pw-test-ui.h"

#include "pw-draft.h"
#include "pw-test-util.h"

void
pw_test_ui_iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
timeout_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
pw_test_ui_wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
pw_test_ui_settle (void)
{
  for (guint i = 0; i < 5; i++)
    {
      pw_test_ui_wait_ms (20);
      pw_test_ui_iterate ();
    }
}

void
pw_test_ui_wait_mapped (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  pw_test_ui_iterate ();
}

GtkWindow *
pw_test_ui_show (GtkWidget *child,
                 int        width,
                 int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (child))
    g_main_context_iteration (NULL, TRUE);
  pw_test_ui_settle ();
  return window;
}

void
pw_test_ui_destroy_and_release (GtkWindow *window,
                                gpointer   object)
{
  GObject **pointer = object;
  GObject *weak = *pointer;

  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  gtk_window_destroy (window);
  pw_test_ui_settle ();
  g_clear_object (pointer);
  g_assert_null (weak);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

gboolean
pw_test_ui_press_key (GtkWidget       *widget,
                      guint            keyval,
                      GdkModifierType  state)
{
  GtkWidget *view = GTK_IS_COLUMN_VIEW (widget) ? widget : find_descendant (widget, GTK_TYPE_COLUMN_VIEW);
  g_autoptr(GListModel) controllers = NULL;
  gboolean handled = FALSE;

  g_assert_nonnull (view);
  controllers = gtk_widget_observe_controllers (view);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  pw_test_ui_iterate ();
  return handled;
}

GtkWidget *
pw_test_ui_template_child (GtkWidget  *widget,
                           GType       type,
                           const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

PwWindow *
pw_test_ui_open_window (PwApplication *app,
                        GFile         *file)
{
  PwWindow *window = pw_window_new (app);

  g_assert_true (pw_window_load_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  pw_test_ui_wait_mapped (GTK_WIDGET (window));
  return window;
}

PwWindow *
pw_test_ui_open_sample (PwApplication *app)
{
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return pw_test_ui_open_window (app, file);
}

guint
pw_test_ui_find_row (PwIndicatorGrid *grid,
                     const char      *name)
{
  GListModel *rows = pw_indicator_grid_get_rows (grid);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (rows, i);

      if (g_strcmp0 (pw_indicator_get_name (indicator), name) == 0)
        return i;
    }
  g_assert_not_reached ();
}

GtkWindow *
pw_test_ui_find_dialog_for (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return window;
    }
  return NULL;
}

void
pw_test_ui_respond (GtkWindow *dialog,
                    int        response)
{
  g_object_ref (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  g_object_unref (dialog);
  pw_test_ui_iterate ();
}

void
pw_test_ui_discard_drafts (void)
{
  g_autoptr(GPtrArray) orphans = pw_draft_claim_orphans ();

  for (guint i = 0; i < orphans->len; i++)
    pw_draft_discard (orphans->pdata[i]);
}
