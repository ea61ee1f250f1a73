/* pw-outline-actions.c: editing the structure from the outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outline's actions (outline.*) and the one function that sets which can
 * run, the rename in place, the context menu (also a chapter page heading's,
 * through win.outline) and drag and drop. Each runs one rule of
 * pw-plan-edit.h, which makes the undo step. Insert adds an object like the
 * selected one after it (Shift: before), Ctrl+Insert one level down,
 * Ctrl+Shift+Insert a part, Alt+Insert a 专栏; a new object's title is typed
 * in place at once.
 */

#define G_LOG_DOMAIN "pw-outline"

#include "config.h"

#include "pw-outline-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pw-plan-edit.h"

/* Auxiliary methods */

static PwOutlineRow *
row_widget_for (PwOutline *self,
                GObject   *item)
{
  return item != NULL ? g_hash_table_lookup (self->rows, item) : NULL;
}

static char *
title_of (GObject *item)
{
  g_autofree char *title = NULL;

  g_object_get (item, "title", &title, NULL);
  return g_steal_pointer (&title);
}

void
pw_outline_show_entry (PwOutline    *self,
                       PwOutlineRow *row,
                       GObject      *item)
{
  g_autofree char *title = title_of (item);

  self->pending_rename = NULL;
  g_set_object (&self->renaming, item);
  pw_outline_row_begin_rename (row, title);
}

/* Ends the rename in progress; with @commit, the title typed is kept. */
void
pw_outline_finish_rename (PwOutline *self,
                          gboolean   commit)
{
  g_autoptr(GObject) item = g_steal_pointer (&self->renaming);
  PwOutlineRow *row;
  g_autofree char *text = NULL;

  if (item == NULL)
    return;
  row = row_widget_for (self, item);
  if (row == NULL)
    return;
  text = pw_outline_row_end_rename (row);
  if (commit && self->plan != NULL)
    {
      PwHistory *history = pw_plan_get_history (self->plan);
      gboolean joined = item == self->adding;

      /* the title typed for what was just added: one step with adding it */
      if (joined)
        pw_history_begin_joined (history, NULL, self->adding_state);
      pw_plan_rename (self->plan, item, text);
      if (joined)
        pw_history_end (history);
    }
  g_clear_object (&self->adding);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void start_rename (PwOutline *self,
                          GObject   *item);

static gboolean
rename_idle (gpointer data)
{
  PwOutline *self = data;
  g_autoptr(GObject) item = g_steal_pointer (&self->deferred_rename);

  self->rename_source = 0;
  if (item != NULL)
    start_rename (self, item);
  return G_SOURCE_REMOVE;
}

/* Renames @item in place, once its row is there. Chosen in the menu (Rename,
 * New …), once the menu has given the focus back to the list: the entry
 * takes it after that, or the rename would end at once. */
static void
start_rename (PwOutline *self,
              GObject   *item)
{
  PwOutlineRow *row = row_widget_for (self, item);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, self->menu))
    {
      g_set_object (&self->deferred_rename, item);
      if (self->rename_source == 0)
        self->rename_source = g_idle_add (rename_idle, self);
      return;
    }
  pw_outline_finish_rename (self, TRUE);
  if (row != NULL)
    pw_outline_show_entry (self, row, item);
  else
    self->pending_rename = item;
}

static void
added (PwOutline *self,
       gpointer   object)
{
  if (object == NULL)
    return;
  pw_outline_reveal (self, object);
  start_rename (self, object);
  g_set_object (&self->adding, object);
  self->adding_state = pw_history_get_state (pw_plan_get_history (self->plan));
}

/* Callbacks */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PwOutline *self = PW_OUTLINE (widget);
  g_autoptr(GObject) anchor = pw_outline_get_selected (self);
  gboolean after = parameter == NULL || g_variant_get_boolean (parameter);
  const char *kind = action_name + strlen ("outline.add-");

  g_return_if_fail (self->plan != NULL);

  pw_outline_finish_rename (self, TRUE);
  if (g_str_equal (kind, "same") || g_str_equal (kind, "same-before"))
    {
      after = g_str_equal (kind, "same");
      kind = anchor == NULL || PW_IS_CHAPTER (anchor) ? "chapter"
             : PW_IS_PART (anchor) ? "part" : PW_IS_SECTION (anchor) ? "section" : "box";
    }
  else if (g_str_equal (kind, "child"))
    kind = anchor == NULL || PW_IS_PART (anchor) ? "chapter"
           : PW_IS_BOX (anchor) ? "box" : "section";

  added (self, pw_plan_add (self->plan,
                            g_str_equal (kind, "part") ? PW_TYPE_PART
                            : g_str_equal (kind, "chapter") ? PW_TYPE_CHAPTER
                            : g_str_equal (kind, "section") ? PW_TYPE_SECTION : PW_TYPE_BOX,
                            anchor, after, NULL));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PwOutline *self = PW_OUTLINE (widget);
  g_autoptr(GObject) item = pw_outline_get_selected (self);

  if (item != NULL)
    start_rename (self, item);
}

static void
delete_response (GtkDialog *dialog,
                 int        response,
                 PwOutline *self)
{
  g_autoptr(GObject) item = g_steal_pointer (&self->deleting);

  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL && item != NULL)
    pw_plan_delete (self->plan, item);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PwOutline *self = PW_OUTLINE (widget);
  g_autoptr(GObject) item = pw_outline_get_selected (self);
  g_autofree char *text = NULL;
  g_autofree char *indicators = NULL;
  g_autofree char *projects = NULL;
  g_autofree char *what = NULL;
  GtkRoot *root;
  GtkWidget *dialog;
  guint n_indicators = 0;
  guint n_projects = 0;

  if (item == NULL || self->plan == NULL)
    return;
  pw_outline_finish_rename (self, TRUE);
  pw_plan_count_content (self->plan, item, &n_indicators, &n_projects);
  if (n_indicators == 0 && n_projects == 0)
    {
      pw_plan_delete (self->plan, item);
      return;
    }

  /* Indicators and projects are what staff filled in by hand: ask. */
  text = pw_outline_item_text (self, item);
  indicators = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u indicator", "%'u indicators", n_indicators),
                                n_indicators);
  projects = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u project", "%'u projects", n_projects), n_projects);
  if (n_indicators > 0 && n_projects > 0)
    /* Translators: "It holds 3 indicators and 2 projects, …" */
    what = g_strdup_printf (_("It holds %s and %s, which are deleted with it. Undo brings them back."),
                            indicators, projects);
  else
    /* Translators: "It holds 2 projects, …" */
    what = g_strdup_printf (_("It holds %s, which are deleted with it. Undo brings them back."),
                            n_indicators > 0 ? indicators : projects);
  root = gtk_widget_get_root (widget);
  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Delete “%s”?"), text);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", what);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT),
                            "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  /* the question is modal: one item at a time */
  g_set_object (&self->deleting, item);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PwOutline *self = PW_OUTLINE (widget);
  g_autoptr(GObject) item = pw_outline_get_selected (self);

  pw_outline_finish_rename (self, TRUE);
  if (item != NULL && pw_plan_move (self->plan, item, g_str_equal (action_name, "outline.move-up") ? -1 : 1))
    pw_outline_reveal (self, item);
}

static void
level_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PwOutline *self = PW_OUTLINE (widget);
  g_autoptr(GObject) item = pw_outline_get_selected (self);
  GObject *made = NULL;

  pw_outline_finish_rename (self, TRUE);
  if (item == NULL)
    return;
  if (g_str_equal (action_name, "outline.promote") && PW_IS_SECTION (item))
    made = G_OBJECT (pw_plan_promote_section (self->plan, PW_SECTION (item)));
  else if (g_str_equal (action_name, "outline.demote") && PW_IS_CHAPTER (item))
    made = G_OBJECT (pw_plan_demote_chapter (self->plan, PW_CHAPTER (item)));
  else if (g_str_equal (action_name, "outline.merge") && PW_IS_SECTION (item))
    {
      guint at = pw_outline_position_of (self, item);

      if (pw_plan_merge_section (self->plan, PW_SECTION (item)) && at > 0)
        gtk_single_selection_set_selected (self->selection, at - 1);
    }
  else if (g_str_equal (action_name, "outline.to-paragraph"))
    pw_plan_heading_to_paragraph (self->plan, item);
  if (made != NULL)
    pw_outline_reveal (self, made);
}

static void
popup_menu_at (PwOutline *self,
               GtkWidget *row)
{
  graphene_rect_t bounds;
  GdkRectangle rect = { 0, 0, 1, 1 };

  g_autoptr(GObject) item = pw_outline_get_selected (self);

  /* Add Comment on what the menu is for */
  g_menu_remove_all (self->comment_section);
  if (item != NULL && pw_object_get_id (PW_OBJECT (item)) != NULL)
    {
      g_autoptr(GMenuItem) comment = g_menu_item_new (_("Add C_omment…"), NULL);

      g_menu_item_set_action_and_target_value (comment, "win.comment-on",
                                               g_variant_new ("(sii)", pw_object_get_id (PW_OBJECT (item)), 0, 0));
      g_menu_append_item (self->comment_section, comment);
    }
  if (row != NULL && gtk_widget_compute_bounds (row, GTK_WIDGET (self), &bounds))
    rect = (GdkRectangle) { (int) bounds.origin.x + 24, (int) (bounds.origin.y + bounds.size.height),
                            1, 1 };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PwOutline *self = PW_OUTLINE (widget);
  g_autoptr(GObject) item = pw_outline_get_selected (self);

  popup_menu_at (self, GTK_WIDGET (row_widget_for (self, item)));
}

/* Which actions can run on the selection. */
void
pw_outline_update_actions (PwOutline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GObject) item = self->plan != NULL ? pw_outline_get_selected (self) : NULL;
  gboolean can = self->plan != NULL && self->editable;
  gboolean in_chapter = item != NULL && !PW_IS_PART (item);

  gtk_widget_action_set_enabled (widget, "outline.add-part", can);
  gtk_widget_action_set_enabled (widget, "outline.add-chapter", can);
  gtk_widget_action_set_enabled (widget, "outline.add-same", can);
  gtk_widget_action_set_enabled (widget, "outline.add-same-before", can);
  gtk_widget_action_set_enabled (widget, "outline.add-child", can);
  gtk_widget_action_set_enabled (widget, "outline.add-section", can && in_chapter);
  gtk_widget_action_set_enabled (widget, "outline.add-box", can && in_chapter);
  gtk_widget_action_set_enabled (widget, "outline.rename", can && item != NULL);
  gtk_widget_action_set_enabled (widget, "outline.delete", can && item != NULL);
  gtk_widget_action_set_enabled (widget, "outline.move-up", can && item != NULL && pw_plan_can_move (self->plan, item, -1));
  gtk_widget_action_set_enabled (widget, "outline.move-down", can && item != NULL && pw_plan_can_move (self->plan, item, 1));
  gtk_widget_action_set_enabled (widget, "outline.promote", can && item != NULL && PW_IS_SECTION (item));
  gtk_widget_action_set_enabled (widget, "outline.demote", can && item != NULL && PW_IS_CHAPTER (item) &&
                                 pw_outline_position_of (self, item) != GTK_INVALID_LIST_POSITION &&
                                 g_list_model_get_n_items (pw_plan_get_chapters (self->plan)) > 0 &&
                                 pw_plan_can_move (self->plan, item, -1));
  gtk_widget_action_set_enabled (widget, "outline.merge", can && item != NULL && PW_IS_SECTION (item) &&
                                 pw_plan_can_move (self->plan, item, -1));
  gtk_widget_action_set_enabled (widget, "outline.to-paragraph",
                                 can && item != NULL && (PW_IS_SECTION (item) || PW_IS_CHAPTER (item)));
  gtk_widget_action_set_enabled (widget, "outline.menu", self->plan != NULL && item != NULL);
}

/* The outline's menu: its items, sections parted by a NULL label. */
static const struct
{
  const char *label;
  const char *action;
} menu_items[] = {
  { N_("New Chapter _After"), "outline.add-chapter(true)" },
  { N_("New Chapter _Before"), "outline.add-chapter(false)" },
  { N_("New _Section"), "outline.add-section(true)" },
  { N_("New Bo_x"), "outline.add-box(true)" },
  { N_("New _Part"), "outline.add-part(true)" },
  { NULL, NULL },
  { N_("_Rename"), "outline.rename" },
  { N_("_Delete"), "outline.delete" },
  { NULL, NULL },
  { N_("Move _Up"), "outline.move-up" },
  { N_("Move Do_wn"), "outline.move-down" },
  { NULL, NULL },
  { N_("Promo_te to Chapter"), "outline.promote" },
  { N_("D_emote to Section"), "outline.demote" },
  { N_("_Merge with Section Before"), "outline.merge" },
  { N_("Ma_ke a Paragraph"), "outline.to-paragraph" },
};

/* The items, as the outline's own actions or, for @id, as win.outline on
 * the object of that id. */
static GMenu *
outline_menu (const char *id)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  for (guint i = 0; i <= G_N_ELEMENTS (menu_items); i++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (i == G_N_ELEMENTS (menu_items) || menu_items[i].label == NULL)
        {
          g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
          g_clear_object (&section);
          section = g_menu_new ();
          continue;
        }
      item = g_menu_item_new (_(menu_items[i].label), id == NULL ? menu_items[i].action : NULL);
      if (id != NULL)
        g_menu_item_set_action_and_target_value (item, "win.outline", g_variant_new ("(ss)", id, menu_items[i].action));
      g_menu_append_item (section, item);
    }
  return menu;
}

GMenuModel *
pw_outline_build_menu (PwOutline *self)
{
  GMenu *menu = outline_menu (NULL);

  self->comment_section = g_menu_new ();
  g_menu_append_section (menu, NULL, G_MENU_MODEL (self->comment_section));
  return G_MENU_MODEL (menu);
}

/* Drag and drop: a row is dragged as its object, and dropped before, after
 * or into the row under it, as the height of the pointer in that row says. */

static GdkContentProvider *
drag_prepare (GtkDragSource *source,
              double         x,
              double         y,
              PwOutlineRow  *row)
{
  PwOutline *self = pw_outline_row_get_outline (row);
  GtkTreeListRow *tree_row = gtk_list_item_get_item (pw_outline_row_get_list_item (row));
  g_autoptr(GObject) item = tree_row != NULL ? gtk_tree_list_row_get_item (tree_row) : NULL;
  GValue value = G_VALUE_INIT;
  GdkContentProvider *provider;

  if (item == NULL || PW_IS_OUTLINE_ENTRY (item) || !self->editable)
    return NULL;
  g_value_init (&value, G_TYPE_OBJECT);
  g_value_set_object (&value, item);
  provider = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);
  return provider;
}

static PwDrop
drop_place (GtkWidget *row,
            double     y,
            GObject   *object,
            GObject   *target,
            PwPlan    *plan)
{
  int height = gtk_widget_get_height (row);

  if (y > height / 4.0 && y < height * 3 / 4.0 && pw_plan_can_move_to (plan, object, target, PW_DROP_INTO))
    return PW_DROP_INTO;
  return y < height / 2.0 ? PW_DROP_BEFORE : PW_DROP_AFTER;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PwOutlineRow  *row)
{
  PwOutline *self = pw_outline_row_get_outline (row);
  GtkTreeListRow *tree_row = gtk_list_item_get_item (pw_outline_row_get_list_item (row));
  g_autoptr(GObject) onto = tree_row != NULL ? gtk_tree_list_row_get_item (tree_row) : NULL;
  GObject *object = g_value_get_object (value);
  PwDrop drop;

  if (onto == NULL || object == NULL || self->plan == NULL || !self->editable)
    return FALSE;
  drop = drop_place (GTK_WIDGET (row), y, object, onto, self->plan);
  if (!pw_plan_move_to (self->plan, object, onto, drop))
    return FALSE;
  pw_outline_reveal (self, object);
  return TRUE;
}

static void
entry_activate (GtkEntry  *entry,
                PwOutline *self)
{
  pw_outline_finish_rename (self, TRUE);
}

static gboolean
entry_key_pressed (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   PwOutline             *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  pw_outline_finish_rename (self, FALSE);
  return TRUE;
}

static void
entry_focus_left (GtkEventControllerFocus *controller,
                  PwOutline               *self)
{
  if (self->renaming != NULL)
    pw_outline_finish_rename (self, TRUE);
}

static void
row_pressed (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             PwOutlineRow    *row)
{
  PwOutline *self = pw_outline_row_get_outline (row);
  guint position = gtk_list_item_get_position (pw_outline_row_get_list_item (row));

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  {
    g_autoptr(GObject) item = pw_outline_get_selected (self);

    if (item != NULL)
      popup_menu_at (self, GTK_WIDGET (row));
  }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}


/* Private API (pw-outline-private.h) */

/* The outline's keys and actions. */

void
pw_outline_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "outline.add-part", "b", add_action);
  gtk_widget_class_install_action (widget_class, "outline.add-chapter", "b", add_action);
  gtk_widget_class_install_action (widget_class, "outline.add-section", "b", add_action);
  gtk_widget_class_install_action (widget_class, "outline.add-box", "b", add_action);
  gtk_widget_class_install_action (widget_class, "outline.add-same", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "outline.add-same-before", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "outline.add-child", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "outline.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "outline.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "outline.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "outline.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "outline.promote", NULL, level_action);
  gtk_widget_class_install_action (widget_class, "outline.demote", NULL, level_action);
  gtk_widget_class_install_action (widget_class, "outline.merge", NULL, level_action);
  gtk_widget_class_install_action (widget_class, "outline.to-paragraph", NULL, level_action);
  gtk_widget_class_install_action (widget_class, "outline.menu", NULL, menu_action);

  /* The keys work while the outline has the focus, as a sidebar's do. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "outline.add-same", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_SHIFT_MASK, "outline.add-same-before", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "outline.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "outline.add-part", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_ALT_MASK, "outline.add-box", "b", TRUE);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "outline.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "outline.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "outline.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "outline.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK | GDK_SHIFT_MASK, "outline.promote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK | GDK_SHIFT_MASK, "outline.demote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "outline.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "outline.menu", NULL);
}

/* Its rename's entry, its right click and its drag and drop, on a row as
 * pw-outline.c makes it. */
void
pw_outline_attach_row (PwOutline    *self,
                       PwOutlineRow *row)
{
  GtkWidget *expander = pw_outline_row_get_expander (row);
  GtkWidget *entry = GTK_WIDGET (pw_outline_row_get_entry (row));
  GtkEventController *controller;
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_OBJECT, GDK_ACTION_MOVE);
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate), self);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (entry_key_pressed), self);
  gtk_widget_add_controller (entry, controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (entry_focus_left), self);
  gtk_widget_add_controller (entry, controller);

  /* the outline's menu, which holds Add Comment too, takes the right
   * click before the comment menu's gesture (still there for long presses):
   * in the capture phase, so that the claim denies the other gesture the
   * press before it opens a second menu */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (row_pressed), row);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (click));

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare), row);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (target));
}

/* Public API */

/**
 * pw_outline_menu_for:
 * @id: the id of a part, chapter, section or 专栏
 *
 * The outline's context menu for an object shown elsewhere (the headings of
 * a chapter page), as a submenu Outline: the same items, each the window's
 * win.outline action, which selects the object in the outline and runs the
 * outline's action.
 *
 * Returns: (transfer full): the menu
 */
GMenuModel *
pw_outline_menu_for (const char *id)
{
  g_autoptr(GMenu) items = NULL;
  GMenu *menu;

  g_return_val_if_fail (id != NULL, NULL);

  /* a submenu: the menu of a heading's text comes first */
  items = outline_menu (id);
  menu = g_menu_new ();
  g_menu_append_submenu (menu, _("_Outline"), G_MENU_MODEL (items));
  return G_MENU_MODEL (menu);
}

