/* pw-test-ui.c: what the tests of the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pw-test-ui.h"

#include <string.h>

#include "pw-draft.h"
#include "pw-grid-cell.h"
#include "pw-new-plan-dialog.h"
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

/* The first widget of @type under @widget, depth first, or NULL. */
GtkWidget *
pw_test_ui_find_descendant (GtkWidget *widget,
                            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = pw_test_ui_find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

gboolean
pw_test_ui_press_key (GtkWidget       *widget,
                      guint            keyval,
                      GdkModifierType  state)
{
  GtkWidget *view = GTK_IS_COLUMN_VIEW (widget) ? widget : pw_test_ui_find_descendant (widget, GTK_TYPE_COLUMN_VIEW);
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

/* The first dialog transient for @parent (a message, the New Plan or the
 * comment dialog …), or NULL. */
GtkWindow *
pw_test_ui_find_dialog_for (GtkWindow *parent)
{
  return pw_test_ui_find_toplevel (GTK_TYPE_DIALOG, parent);
}

/* The first window of @type (or a subtype) transient for @parent, or NULL. */
GtkWindow *
pw_test_ui_find_toplevel (GType      type,
                          GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_window_get_transient_for (window) == parent)
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

/**
 * pw_test_ui_press_shortcut:
 * @widget: where the key goes: the focus, usually
 * @keyval: the key
 * @state: its modifiers
 *
 * Dispatches a key as GTK does to shortcuts: from @widget up through its
 * ancestors, to the first shortcut whose trigger is the key, and runs it.
 *
 * Returns: whether a shortcut took the key and ran
 */
gboolean
pw_test_ui_press_shortcut (GtkWidget       *widget,
                           guint            keyval,
                           GdkModifierType  state)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, state);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
          GListModel *shortcuts;

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          shortcuts = G_LIST_MODEL (controller);
          for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);
              gboolean ran;

              if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
                continue;
              ran = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, w,
                                                  gtk_shortcut_get_arguments (shortcut));
              pw_test_ui_settle ();
              return ran;
            }
        }
    }
  return FALSE;
}

/**
 * pw_test_ui_press_key_to:
 * @widget: where the key goes
 * @keyval: the key
 * @state: its modifiers
 *
 * Sends a key to the key controllers of @widget and its ancestors, the
 * nearest first, until one takes it.
 *
 * Returns: whether one did
 */
gboolean
pw_test_ui_press_key_to (GtkWidget       *widget,
                         guint            keyval,
                         GdkModifierType  state)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
          gboolean handled = FALSE;

          if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
            continue;
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          if (handled)
            {
              pw_test_ui_settle ();
              return TRUE;
            }
        }
    }
  return FALSE;
}

/**
 * pw_test_ui_new_plan:
 * @window: a window
 * @template: the row of the template chooser to take (0: an empty plan)
 * @period: the row of the period (0: 十四五, 1: 十五五)
 *
 * What Ctrl+N does: the template chooser, answered.
 */
void
pw_test_ui_new_plan (PwWindow *window,
                     guint     template,
                     guint     period)
{
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  pw_test_ui_settle ();
  dialog = pw_test_ui_find_dialog_for (GTK_WINDOW (window));
  g_assert_true (PW_IS_NEW_PLAN_DIALOG (dialog));
  pw_new_plan_dialog_set_template (PW_NEW_PLAN_DIALOG (dialog), template);
  pw_new_plan_dialog_set_period (PW_NEW_PLAN_DIALOG (dialog), period);
  pw_test_ui_respond (dialog, GTK_RESPONSE_ACCEPT);
  pw_test_ui_settle ();
}

static void
collect_mnemonics (GMenuModel *menu,
                   GHashTable *seen,
                   GString    *clashes)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      const char *mark;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          (mark = strchr (label, '_')) != NULL && mark[1] != '\0')
        {
          g_autofree char *key = g_utf8_strdown (mark + 1, g_utf8_next_char (mark + 1) - (mark + 1));
          const char *earlier = g_hash_table_lookup (seen, key);

          if (earlier != NULL)
            g_string_append_printf (clashes, "%s: %s / %s\n", key, earlier, label);
          else
            g_hash_table_insert (seen, g_steal_pointer (&key), g_strdup (label));
        }

      {
        g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

        /* a section shares the popover, and its keys; a submenu, not
         * followed, is a popover of its own */
        if (section != NULL)
          collect_mnemonics (section, seen, clashes);
      }
    }
}

static GMenuModel *
find_primary_menu (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *found = find_primary_menu (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * pw_test_ui_check_menu_keys:
 * @window: a window
 *
 * Asserts that every item of the main menu of @window (its header bar's
 * primary menu button, F10) has a mnemonic of its own, as the HIG asks: a
 * key that two items share picks neither at once.
 *
 * Returns: (transfer none): the menu
 */
GMenuModel *
pw_test_ui_check_menu_keys (GtkWindow *window)
{
  GMenuModel *menu = find_primary_menu (gtk_window_get_titlebar (window));

  g_assert_nonnull (menu);
  pw_test_ui_check_keys (menu);
  return menu;
}

/* The submenus of @menu and of its sections. */
static void
collect_submenus (GMenuModel *menu,
                  GPtrArray  *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      GMenuModel *submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);

      if (section != NULL)
        collect_submenus (section, out);
      if (submenu != NULL)
        g_ptr_array_add (out, submenu);
    }
}

/**
 * pw_test_ui_check_keys:
 * @menu: a menu, as one popover shows it
 *
 * Asserts that every item of @menu and of its sections has a mnemonic of
 * its own, and so every item of each of its submenus, within that submenu.
 */
void
pw_test_ui_check_keys (GMenuModel *menu)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) clashes = g_string_new (NULL);
  g_autoptr(GPtrArray) submenus = g_ptr_array_new_with_free_func (g_object_unref);

  collect_mnemonics (menu, seen, clashes);
  if (clashes->len > 0)
    g_test_message ("keys shared: %s", clashes->str);
  g_assert_cmpuint (clashes->len, ==, 0);
  collect_submenus (menu, submenus);
  for (guint i = 0; i < submenus->len; i++)
    pw_test_ui_check_keys (g_ptr_array_index (submenus, i));
}

static void
clipboard_text_read (GObject      *source,
                     GAsyncResult *result,
                     gpointer      data)
{
  g_autoptr(GError) error = NULL;
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

/**
 * pw_test_ui_find_widget:
 * @root: a widget
 * @match: says whether a widget is the one looked for
 * @data: for @match
 *
 * Returns: (transfer none) (nullable): the first of @root and its
 *   descendants that @match accepts
 */
GtkWidget *
pw_test_ui_find_widget (GtkWidget *root,
                        gboolean (*match) (GtkWidget *, gpointer),
                        gpointer   data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pw_test_ui_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_cell_at (GtkWidget *widget,
            gpointer   data)
{
  guint *want = data;
  GtkListItem *item;

  if (!PW_IS_GRID_CELL (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  item = pw_grid_cell_get_list_item (PW_GRID_CELL (widget));
  return item != NULL && gtk_list_item_get_item (item) != NULL && gtk_list_item_get_position (item) == want[0] &&
         pw_grid_cell_get_column (PW_GRID_CELL (widget)) == want[1];
}

/**
 * pw_test_ui_find_cell:
 * @grid: a grid (the indicators', a project list)
 * @row: a row shown
 * @column: a column
 *
 * Returns: (transfer none) (nullable): the PwGridCell shown for the row
 *   and the column, if it is on screen
 */
GtkWidget *
pw_test_ui_find_cell (GtkWidget *grid,
                      guint      row,
                      guint      column)
{
  guint want[2] = { row, column };

  return pw_test_ui_find_widget (grid, is_cell_at, want);
}

/**
 * pw_test_ui_menu_find:
 * @model: a menu
 * @action: an action's name, "grid.copy"
 * @label: (out) (optional): the label of its item
 * @target: (out) (optional): its target, or %NULL
 *
 * Returns: whether an item of @model, or of its sections, has @action
 */
gboolean
pw_test_ui_menu_find (GMenuModel  *model,
                      const char  *action,
                      char       **label,
                      GVariant   **target)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autofree char *name = NULL;

      if (section != NULL && pw_test_ui_menu_find (section, action, label, target))
        return TRUE;
      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        {
          if (label != NULL)
            g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", label);
          if (target != NULL)
            *target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET, NULL);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * pw_test_ui_clipboard_text:
 * @widget: a widget
 *
 * Returns: (transfer full): the text on @widget's clipboard, once read
 */
char *
pw_test_ui_clipboard_text (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_text_read, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}
