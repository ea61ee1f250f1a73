/* pw-outline.c: the plan as a tree in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tree is a GtkTreeListModel over the plan's own lists: three fixed
 * entries (overview, indicators, charts), then the parts (篇) of a 纲要 with
 * their chapters, then the chapters in no part (every chapter of a plan
 * without parts), each chapter with its sections and 专栏 as children.
 * Inserting, removing or renaming a chapter in the model shows here at once;
 * nothing is copied.
 *
 * The outline is also where the structure is edited, as in Word's
 * navigation pane: its actions (outline.*) add, rename in place (F2),
 * delete, move (Alt+Up/Down, or by dragging a row before, after or into
 * another), promote and demote through the rules of pw-plan-edit.h, from
 * the keyboard, the context menu (right click, Menu, Shift+F10) and drag
 * and drop. Insert adds an object like the selected one after it (Shift:
 * before), Ctrl+Insert one level down, Ctrl+Shift+Insert a part, Alt+Insert
 * a 专栏; a new object's title is typed in place at once.
 */

#define G_LOG_DOMAIN "pw-outline"

#include "config.h"

#include "pw-outline.h"

#include <glib/gi18n.h>

#include "pw-comment-menu.h"
#include "pw-heading.h"
#include "pw-plan-edit.h"

#include <string.h>

/* One of the fixed entries at the top of the tree. */
#define PW_TYPE_OUTLINE_ENTRY (pw_outline_entry_get_type ())
G_DECLARE_FINAL_TYPE (PwOutlineEntry, pw_outline_entry, PW, OUTLINE_ENTRY, GObject)

struct _PwOutlineEntry
{
  GObject parent_instance;

  PwPage page;
  const char *icon_name;
};

G_DEFINE_FINAL_TYPE (PwOutlineEntry, pw_outline_entry, G_TYPE_OBJECT)

static void
pw_outline_entry_class_init (PwOutlineEntryClass *klass)
{
}

static void
pw_outline_entry_init (PwOutlineEntry *self)
{
}

static PwOutlineEntry *
pw_outline_entry_new (PwPage      page,
                      const char *icon_name)
{
  PwOutlineEntry *self = g_object_new (PW_TYPE_OUTLINE_ENTRY, NULL);

  self->page = page;
  self->icon_name = icon_name;
  return self;
}

struct _PwOutline
{
  GtkWidget parent_instance;

  /* Owned */
  GtkWidget *scrolled;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  GtkCustomFilter *no_part;  /* the chapters in no part */
  PwPlan *plan;
  GPtrArray *bound;          /* the list items bound, for their markers */
  guint markers_source;
  GtkWidget *menu;           /* the context menu */
  GMenu *comment_section;    /* its Add Comment */
  GHashTable *rows;          /* item → its bound GtkListItem (borrowed) */
  GObject *renaming;         /* the item whose title is being typed */
  GObject *deferred_rename;  /* to rename once the menu has closed */
  guint rename_source;

  /* Borrowed */
  GObject *pending_rename;   /* to rename once its row is bound */

  gboolean editable;
};

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PwOutline, pw_outline, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static const char *
page_title (PwPage page)
{
  switch (page)
    {
    case PW_PAGE_OVERVIEW:
      return _("Overview");
    case PW_PAGE_INDICATORS:
      return _("Indicators");
    case PW_PAGE_CHARTS:
      return _("Charts");
    case PW_PAGE_CHAPTER:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
item_text (PwOutline *self,
           GObject   *item)
{
  PwHeadingStyle style = self->plan ? pw_plan_get_heading_style (self->plan) : PW_HEADING_CHAPTER;

  if (PW_IS_OUTLINE_ENTRY (item))
    return g_strdup (page_title (PW_OUTLINE_ENTRY (item)->page));
  if (PW_IS_PART (item))
    return pw_part_heading_text (pw_part_get_number (PW_PART (item)), pw_part_get_title (PW_PART (item)));
  if (PW_IS_CHAPTER (item))
    return pw_heading_text (style, FALSE, pw_chapter_get_number (PW_CHAPTER (item)),
                            pw_chapter_get_title (PW_CHAPTER (item)));
  if (PW_IS_SECTION (item))
    return pw_heading_text (style, TRUE, pw_section_get_number (PW_SECTION (item)),
                            pw_section_get_title (PW_SECTION (item)));
  if (PW_IS_BOX (item))
    /* Translators: a 专栏 box of key projects, e.g. "专栏3 公共就业创业服务工程" */
    return g_strdup_printf (_("Box %d %s"), pw_box_get_number (PW_BOX (item)),
                            pw_box_get_title (PW_BOX (item)) ? pw_box_get_title (PW_BOX (item)) : "");
  return NULL;
}

static const char *
item_icon (GObject *item)
{
  if (PW_IS_OUTLINE_ENTRY (item))
    return PW_OUTLINE_ENTRY (item)->icon_name;
  if (PW_IS_PART (item))
    return "folder-symbolic";
  if (PW_IS_CHAPTER (item))
    return "folder-documents-symbolic";
  if (PW_IS_SECTION (item))
    return "text-x-generic-symbolic";
  if (PW_IS_BOX (item))
    return "view-list-bullet-symbolic";
  return NULL;
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  GListStore *parts;

  if (PW_IS_PART (item))
    return g_object_ref (pw_part_get_chapters (item));
  if (!PW_IS_CHAPTER (item))
    return NULL;

  /* sections, then 专栏: both live lists of the chapter */
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, pw_chapter_get_sections (item));
  g_list_store_append (parts, pw_chapter_get_boxes (item));
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
}

static GObject *
selected_item (PwOutline *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row ? gtk_tree_list_row_get_item (row) : NULL;
}

/* Editing */

/* The kind of object the selection stands for, and the object. */
static GObject *
selection_object (PwOutline *self)
{
  return pw_outline_get_selected (self);
}

static GtkWidget *
row_widget_for (PwOutline *self,
                GObject   *item)
{
  GtkListItem *list_item = item != NULL ? g_hash_table_lookup (self->rows, item) : NULL;

  return list_item != NULL ? gtk_list_item_get_child (list_item) : NULL;
}

/* A row: icon, label, comment marker, and the entry of a rename. */
#define ROW_LABEL 1
#define ROW_ENTRY 3

static GtkWidget *
row_part (GtkWidget *expander,
          guint      index)
{
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *child = gtk_widget_get_first_child (box);

  while (child != NULL && index-- > 0)
    child = gtk_widget_get_next_sibling (child);
  return child;
}

static char *
title_of (GObject *item)
{
  g_autofree char *title = NULL;

  g_object_get (item, "title", &title, NULL);
  return g_steal_pointer (&title);
}

static void
show_entry (PwOutline *self,
            GtkWidget *expander,
            GObject   *item)
{
  GtkWidget *label = row_part (expander, ROW_LABEL);
  GtkWidget *entry = row_part (expander, ROW_ENTRY);
  g_autofree char *title = title_of (item);

  self->pending_rename = NULL;
  g_set_object (&self->renaming, item);
  gtk_editable_set_text (GTK_EDITABLE (entry), title != NULL ? title : "");
  gtk_widget_set_visible (label, FALSE);
  gtk_widget_set_visible (entry, TRUE);
  gtk_widget_grab_focus (entry);
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
}

/* Ends the rename in progress; with @commit, the title typed is kept. */
static void
finish_rename (PwOutline *self,
               gboolean   commit)
{
  g_autoptr(GObject) item = g_steal_pointer (&self->renaming);
  GtkWidget *expander;
  GtkWidget *entry;
  g_autofree char *text = NULL;

  if (item == NULL)
    return;
  expander = row_widget_for (self, item);
  if (expander == NULL)
    return;
  entry = row_part (expander, ROW_ENTRY);
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  gtk_widget_set_visible (entry, FALSE);
  gtk_widget_set_visible (row_part (expander, ROW_LABEL), TRUE);
  if (commit && self->plan != NULL)
    pw_plan_rename (self->plan, item, text);
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
  GtkWidget *expander = row_widget_for (self, item);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, self->menu))
    {
      g_set_object (&self->deferred_rename, item);
      if (self->rename_source == 0)
        self->rename_source = g_idle_add (rename_idle, self);
      return;
    }
  finish_rename (self, TRUE);
  if (expander != NULL)
    show_entry (self, expander, item);
  else
    self->pending_rename = item;
}

static guint
position_of (PwOutline *self,
             GObject   *object)
{
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint n_rows = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (item == object)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Selects @object, opening what holds it, and shows its row. */
static void
reveal (PwOutline *self,
        GObject   *object)
{
  guint position;

  if (PW_IS_SECTION (object) || PW_IS_BOX (object))
    {
      PwChapter *chapter = pw_plan_find_chapter_of (self->plan, object);

      if (chapter != NULL)
        reveal (self, G_OBJECT (chapter));
      position = position_of (self, G_OBJECT (chapter));
      if (position != GTK_INVALID_LIST_POSITION)
        {
          g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
          gtk_tree_list_row_set_expanded (row, TRUE);
        }
    }
  else if (PW_IS_CHAPTER (object) && pw_chapter_get_part (PW_CHAPTER (object)) != NULL)
    {
      position = position_of (self, G_OBJECT (pw_chapter_get_part (PW_CHAPTER (object))));
      if (position != GTK_INVALID_LIST_POSITION)
        {
          g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
          gtk_tree_list_row_set_expanded (row, TRUE);
        }
    }

  position = position_of (self, object);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
added (PwOutline *self,
       gpointer   object)
{
  if (object == NULL)
    return;
  reveal (self, object);
  start_rename (self, object);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PwOutline *self = PW_OUTLINE (widget);
  g_autoptr(GObject) anchor = selection_object (self);
  gboolean after = parameter == NULL || g_variant_get_boolean (parameter);
  const char *kind = action_name + strlen ("outline.add-");

  g_return_if_fail (self->plan != NULL);

  finish_rename (self, TRUE);
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
  g_autoptr(GObject) item = selection_object (self);

  if (item != NULL)
    start_rename (self, item);
}

static void
delete_response (GtkDialog *dialog,
                 int        response,
                 PwOutline *self)
{
  GObject *item = g_object_get_data (G_OBJECT (dialog), "pw-item");

  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL)
    pw_plan_delete (self->plan, item);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PwOutline *self = PW_OUTLINE (widget);
  g_autoptr(GObject) item = selection_object (self);
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
  finish_rename (self, TRUE);
  pw_plan_count_content (self->plan, item, &n_indicators, &n_projects);
  if (n_indicators == 0 && n_projects == 0)
    {
      pw_plan_delete (self->plan, item);
      return;
    }

  /* Indicators and projects are what staff filled in by hand: ask. */
  text = item_text (self, item);
  indicators = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", n_indicators),
                                n_indicators);
  projects = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", n_projects), n_projects);
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
  g_object_set_data_full (G_OBJECT (dialog), "pw-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PwOutline *self = PW_OUTLINE (widget);
  g_autoptr(GObject) item = selection_object (self);

  finish_rename (self, TRUE);
  if (item != NULL && pw_plan_move (self->plan, item, g_str_equal (action_name, "outline.move-up") ? -1 : 1))
    reveal (self, item);
}

static void
level_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PwOutline *self = PW_OUTLINE (widget);
  g_autoptr(GObject) item = selection_object (self);
  GObject *made = NULL;

  finish_rename (self, TRUE);
  if (item == NULL)
    return;
  if (g_str_equal (action_name, "outline.promote") && PW_IS_SECTION (item))
    made = G_OBJECT (pw_plan_promote_section (self->plan, PW_SECTION (item)));
  else if (g_str_equal (action_name, "outline.demote") && PW_IS_CHAPTER (item))
    made = G_OBJECT (pw_plan_demote_chapter (self->plan, PW_CHAPTER (item)));
  else if (g_str_equal (action_name, "outline.merge") && PW_IS_SECTION (item))
    {
      guint at = position_of (self, item);

      if (pw_plan_merge_section (self->plan, PW_SECTION (item)) && at > 0)
        gtk_single_selection_set_selected (self->selection, at - 1);
    }
  else if (g_str_equal (action_name, "outline.to-paragraph"))
    pw_plan_heading_to_paragraph (self->plan, item);
  if (made != NULL)
    reveal (self, made);
}

static void
popup_menu_at (PwOutline *self,
               GtkWidget *row)
{
  graphene_rect_t bounds;
  GdkRectangle rect = { 0, 0, 1, 1 };

  g_autoptr(GObject) item = selection_object (self);

  /* Add Comment on what the menu is for */
  g_menu_remove_all (self->comment_section);
  if (item != NULL && pw_object_get_id (PW_OBJECT (item)) != NULL)
    {
      g_autoptr(GMenuItem) comment = g_menu_item_new (_("Add _Comment…"), NULL);

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
  g_autoptr(GObject) item = selection_object (self);

  popup_menu_at (self, row_widget_for (self, item));
}

/* Which actions can run on the selection. */
static void
update_actions (PwOutline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GObject) item = self->plan != NULL ? selection_object (self) : NULL;
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
                                 position_of (self, item) != GTK_INVALID_LIST_POSITION &&
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
  { N_("Move _Down"), "outline.move-down" },
  { NULL, NULL },
  { N_("_Promote to Chapter"), "outline.promote" },
  { N_("D_emote to Section"), "outline.demote" },
  { N_("_Merge with Section Before"), "outline.merge" },
  { N_("Make a _Paragraph"), "outline.to-paragraph" },
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

static GMenuModel *
build_menu (PwOutline *self)
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
              GtkListItem   *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  PwOutline *self = g_object_get_data (G_OBJECT (list_item), "pw-outline");
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
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
         GtkListItem   *list_item)
{
  PwOutline *self = g_object_get_data (G_OBJECT (list_item), "pw-outline");
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) onto = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  GObject *object = g_value_get_object (value);
  PwDrop drop;

  if (onto == NULL || object == NULL || self->plan == NULL || !self->editable)
    return FALSE;
  drop = drop_place (gtk_list_item_get_child (list_item), y, object, onto, self->plan);
  if (!pw_plan_move_to (self->plan, object, onto, drop))
    return FALSE;
  reveal (self, object);
  return TRUE;
}

static void
entry_activate (GtkEntry  *entry,
                PwOutline *self)
{
  finish_rename (self, TRUE);
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
  finish_rename (self, FALSE);
  return TRUE;
}

static void
entry_focus_left (GtkEventControllerFocus *controller,
                  PwOutline               *self)
{
  if (self->renaming != NULL)
    finish_rename (self, TRUE);
}

static void
row_pressed (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             GtkListItem     *list_item)
{
  PwOutline *self = g_object_get_data (G_OBJECT (list_item), "pw-outline");
  guint position = gtk_list_item_get_position (list_item);

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  {
    g_autoptr(GObject) item = selection_object (self);

    if (item != NULL)
      popup_menu_at (self, gtk_list_item_get_child (list_item));
  }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* Callbacks */

static void
row_refresh (GtkListItem *list_item)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  GtkWidget *marker = gtk_widget_get_next_sibling (label);
  PwOutline *self = g_object_get_data (G_OBJECT (list_item), "pw-outline");
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
  g_autofree char *text = item_text (self, item);

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), item_icon (item));
  pw_comment_marker_update (marker, self->plan, PW_IS_OBJECT (item) ? pw_object_get_id (PW_OBJECT (item)) : NULL);
}

static gboolean
refresh_markers (gpointer data)
{
  PwOutline *self = data;

  self->markers_source = 0;
  for (guint i = 0; i < self->bound->len; i++)
    row_refresh (g_ptr_array_index (self->bound, i));
  return G_SOURCE_REMOVE;
}

/* A right click on a part, chapter, section or 专栏 comments on it. */
static gboolean
row_comment_target (GtkWidget  *widget,
                    double      x,
                    double      y,
                    gpointer    data,
                    char      **target,
                    int        *year,
                    int        *paragraph)
{
  GtkListItem *list_item = data;
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (!PW_IS_OBJECT (item) || pw_object_get_id (PW_OBJECT (item)) == NULL)
    return FALSE;
  *target = g_strdup (pw_object_get_id (PW_OBJECT (item)));
  *year = *paragraph = 0;
  return TRUE;
}

/* The whole heading, for a row too narrow for it. Worked out when asked:
 * setting a tooltip as a row is bound makes GTK 4.8 ask the display server
 * where the pointer is. */
static gboolean
row_query_tooltip (GtkWidget  *label,
                   int         x,
                   int         y,
                   gboolean    keyboard,
                   GtkTooltip *tooltip)
{
  const char *text = gtk_label_get_label (GTK_LABEL (label));

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
row_setup (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           PwOutline                *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (row_query_tooltip), NULL);
  gtk_widget_set_hexpand (label, TRUE);
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *controller;
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_OBJECT, GDK_ACTION_MOVE);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_visible (entry, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate), self);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (entry_key_pressed), self);
  gtk_widget_add_controller (entry, controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (entry_focus_left), self);
  gtk_widget_add_controller (entry, controller);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), pw_comment_marker_new ());
  gtk_box_append (GTK_BOX (box), entry);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  /* the outline's menu, which holds Add Comment too, takes the right
   * click before the comment menu's gesture (still there for long presses):
   * in the capture phase, so that the claim denies the other gesture the
   * press before it opens a second menu */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (row_pressed), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (click));
  pw_comment_menu_attach (expander, row_comment_target, list_item);
  gtk_list_item_set_child (list_item, expander);
  g_object_set_data (G_OBJECT (list_item), "pw-outline", self);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (target));
}

static void
row_bind (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          PwOutline                *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item)), row);
  row_refresh (list_item);
  g_ptr_array_add (self->bound, list_item);
  if (!PW_IS_OUTLINE_ENTRY (item))
    {
      /* kept to disconnect from: a row may have lost its item by unbind */
      g_object_set_data_full (G_OBJECT (list_item), "pw-item", g_object_ref (item), g_object_unref);
      g_signal_connect_swapped (item, "notify", G_CALLBACK (row_refresh), list_item);
      g_hash_table_insert (self->rows, item, list_item);
      if (item == self->pending_rename)
        show_entry (self, gtk_list_item_get_child (list_item), item);
    }
}

static gboolean
is_list_item (gpointer key,
              gpointer value,
              gpointer list_item)
{
  return value == list_item;
}

static void
row_unbind (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            PwOutline                *self)
{
  GObject *item = g_object_get_data (G_OBJECT (list_item), "pw-item");
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  if (self->bound != NULL)
    g_ptr_array_remove_fast (self->bound, list_item);
  /* a recycled row shows its label, not the entry of a rename */
  gtk_widget_set_visible (row_part (expander, ROW_ENTRY), FALSE);
  gtk_widget_set_visible (row_part (expander, ROW_LABEL), TRUE);
  if (self->rows != NULL)
    g_hash_table_foreach_remove (self->rows, is_list_item, list_item);
  if (item != NULL)
    {
      g_signal_handlers_disconnect_by_func (item, row_refresh, list_item);
      if (item == self->renaming)
        g_clear_object (&self->renaming);
      g_object_set_data (G_OBJECT (list_item), "pw-item", NULL);
    }
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item)), NULL);
}

static gboolean
is_in_no_part (gpointer item,
               gpointer user_data)
{
  return pw_chapter_get_part (item) == NULL;
}

/* A chapter may have joined or left a part: cheap to ask again of every
 * chapter, which a plan has tens of. */
static void
plan_changed (PwOutline *self)
{
  gtk_filter_changed (GTK_FILTER (self->no_part), GTK_FILTER_CHANGE_DIFFERENT);
  /* comments added, answered, resolved: the markers are counted again once
   * the change is done (the history tells of it before) */
  if (self->markers_source == 0)
    self->markers_source = g_idle_add (refresh_markers, self);
  update_actions (self);
}

static void
selection_changed (PwOutline *self)
{
  update_actions (self);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* GObject overrides */

static void
pw_outline_dispose (GObject *object)
{
  PwOutline *self = (PwOutline *) object;

  g_clear_handle_id (&self->markers_source, g_source_remove);
  g_clear_handle_id (&self->rename_source, g_source_remove);
  g_clear_object (&self->renaming);
  g_clear_object (&self->deferred_rename);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_object (&self->comment_section);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->selection);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (pw_plan_get_history (self->plan), self);
  g_clear_object (&self->plan);
  g_clear_object (&self->no_part);
  g_clear_pointer (&self->bound, g_ptr_array_unref);

  G_OBJECT_CLASS (pw_outline_parent_class)->dispose (object);
}

static void
pw_outline_class_init (PwOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_outline_dispose;

  /**
   * PwOutline::selection-changed:
   *
   * Another entry of the tree was selected.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwoutline");
}

static void
pw_outline_init (PwOutline *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind), self);

  self->bound = g_ptr_array_new ();
  g_autoptr(GMenuModel) menu = build_menu (self);

  self->editable = TRUE;
  self->rows = g_hash_table_new (NULL, NULL);
  self->menu = gtk_popover_menu_new_from_model (menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  self->no_part = gtk_custom_filter_new (is_in_no_part, NULL, NULL);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed),
                           self, G_CONNECT_SWAPPED);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)),
                                                      g_steal_pointer (&factory)));
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Plan outline"), -1);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->list_view));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  /* after the list, which stays the first child */
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  update_actions (self);
}

/* Public API */

GtkWidget *
pw_outline_new (void)
{
  return g_object_new (PW_TYPE_OUTLINE, NULL);
}

void
pw_outline_set_plan (PwOutline *self,
                     PwPlan    *plan)
{
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(GListStore) roots = NULL;
  GtkTreeListModel *tree;

  g_return_if_fail (PW_IS_OUTLINE (self));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (pw_plan_get_history (self->plan), self);
  g_set_object (&self->plan, plan);

  finish_rename (self, FALSE);
  if (plan == NULL)
    {
      gtk_single_selection_set_model (self->selection, NULL);
      update_actions (self);
      return;
    }

  entries = g_list_store_new (PW_TYPE_OUTLINE_ENTRY);
  {
    g_autoptr(PwOutlineEntry) overview = pw_outline_entry_new (PW_PAGE_OVERVIEW, "view-grid-symbolic");
    g_autoptr(PwOutlineEntry) indicators = pw_outline_entry_new (PW_PAGE_INDICATORS, "x-office-spreadsheet-symbolic");
    g_autoptr(PwOutlineEntry) charts = pw_outline_entry_new (PW_PAGE_CHARTS, "x-office-presentation-symbolic");

    g_list_store_append (entries, overview);
    g_list_store_append (entries, indicators);
    g_list_store_append (entries, charts);
  }

  g_signal_connect_object (pw_plan_get_history (plan), "changed", G_CALLBACK (plan_changed), self,
                           G_CONNECT_SWAPPED);
  roots = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (roots, entries);
  g_list_store_append (roots, pw_plan_get_parts (plan));
  {
    g_autoptr(GtkFilterListModel) loose =
      gtk_filter_list_model_new (g_object_ref (pw_plan_get_chapters (plan)),
                                 g_object_ref (GTK_FILTER (self->no_part)));

    g_list_store_append (roots, loose);
  }

  tree = gtk_tree_list_model_new (G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&roots)))),
                                  FALSE, FALSE, create_children, NULL, NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (tree));
  g_object_unref (tree);
  gtk_single_selection_set_selected (self->selection, 0);
  update_actions (self);
}

/**
 * pw_outline_set_editable:
 * @self: an outline
 * @editable: whether its actions may change the plan (not in read-only mode)
 */
void
pw_outline_set_editable (PwOutline *self,
                         gboolean   editable)
{
  g_return_if_fail (PW_IS_OUTLINE (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  if (!editable)
    finish_rename (self, FALSE);
  update_actions (self);
}

/**
 * pw_outline_reveal:
 * @self: an outline
 * @object: a part, chapter, section or 专栏 of the plan
 *
 * Selects @object, expanding the rows that hold it, and scrolls to it.
 */
void
pw_outline_reveal (PwOutline *self,
                   GObject   *object)
{
  g_return_if_fail (PW_IS_OUTLINE (self));
  g_return_if_fail (G_IS_OBJECT (object));

  reveal (self, object);
}

/**
 * pw_outline_get_page:
 * @self: an outline
 *
 * Returns: the page the selected entry stands for
 */
PwPage
pw_outline_get_page (PwOutline *self)
{
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (PW_IS_OUTLINE (self), PW_PAGE_OVERVIEW);

  item = selected_item (self);
  if (item == NULL)
    return PW_PAGE_OVERVIEW;
  if (PW_IS_OUTLINE_ENTRY (item))
    return PW_OUTLINE_ENTRY (item)->page;
  return PW_PAGE_CHAPTER;
}

/**
 * pw_outline_get_selected:
 * @self: an outline
 *
 * Returns: (transfer full) (nullable): the part, chapter, section or 专栏
 *   selected, or %NULL when a fixed entry is
 */
GObject *
pw_outline_get_selected (PwOutline *self)
{
  GObject *item;

  g_return_val_if_fail (PW_IS_OUTLINE (self), NULL);

  item = selected_item (self);
  if (item != NULL && PW_IS_OUTLINE_ENTRY (item))
    g_clear_object (&item);
  return item;
}

void
pw_outline_select_page (PwOutline *self,
                        PwPage     page)
{
  g_return_if_fail (PW_IS_OUTLINE (self));
  g_return_if_fail (page != PW_PAGE_CHAPTER);

  /* the fixed entries come first, in the order of PwPage */
  gtk_single_selection_set_selected (self->selection, page);
}

/**
 * pw_outline_select_object:
 * @self: an outline
 * @object: a part, a chapter (its part is expanded), or a section or 专栏
 *   of an expanded chapter
 *
 * Returns: whether @object is in the tree and now selected
 */
gboolean
pw_outline_select_object (PwOutline *self,
                          GObject   *object)
{
  GListModel *rows;
  guint n_rows;

  g_return_val_if_fail (PW_IS_OUTLINE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  rows = G_LIST_MODEL (self->selection);
  n_rows = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (item == object)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
      /* a chapter of a part shows once its part is open */
      if (PW_IS_CHAPTER (object) && item == G_OBJECT (pw_chapter_get_part (PW_CHAPTER (object))) &&
          !gtk_tree_list_row_get_expanded (row))
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          n_rows = g_list_model_get_n_items (rows);
        }
    }

  return FALSE;
}

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
