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
 * navigation pane: its actions (outline.*, in pw-outline-actions.c) add,
 * rename in place (F2), delete, move (Alt+Up/Down, or by dragging a row
 * before, after or into another), promote and demote through the rules of
 * pw-plan-edit.h, from the keyboard, the context menu (right click, Menu,
 * Shift+F10) and drag and drop. This file is the tree, its rows and what
 * selects and shows an entry.
 */

#define G_LOG_DOMAIN "pw-outline"

#include "config.h"

#include "pw-outline-private.h"

#include <glib/gi18n.h>

#include "pw-comment-menu.h"
#include "pw-heading-number.h"
#include "pw-style.h"

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

char *
pw_outline_item_text (PwOutline *self,
                      GObject   *item)
{
  PwHeadingStyle style = self->plan ? pw_plan_get_heading_style (self->plan) : PW_HEADING_CHAPTER;

  if (PW_IS_OUTLINE_ENTRY (item))
    return g_strdup (page_title (pw_outline_entry_get_page (PW_OUTLINE_ENTRY (item))));
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
    return pw_outline_entry_get_icon_name (PW_OUTLINE_ENTRY (item));
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

/* The smallest height of a row (a line of text). */
#define MIN_ROW_HEIGHT 24

/* Every row of the tree in the list, for a row past the first screen's. */
static void
show_all_rows (PwOutline *self)
{
  if (self->rows_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rows_tick);
  self->rows_tick = 0;
  if (self->slice != NULL)
    gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
}

static gboolean
rows_tick (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  PwOutline *self = data;

  /* the first tick is that of the frame showing the first rows */
  if (++self->rows_ticks < 2)
    return G_SOURCE_CONTINUE;
  self->rows_tick = 0;
  show_all_rows (self);
  return G_SOURCE_REMOVE;
}

/* GTK 4.8's list view makes 200 rows as soon as it has them, ten screens
 * of them: with a plan of 1,000 chapters, 0.04 s and 7 MB before the
 * window's first frame. The list gets the rows of one screen (of the
 * window's height, at the smallest height of a row) for that frame, and
 * all of them at the next. */
static void
defer_rows (PwOutline *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int height = root != NULL ? gtk_widget_get_height (GTK_WIDGET (root)) : 0;

  gtk_slice_list_model_set_size (self->slice, height > 0 ? height / MIN_ROW_HEIGHT + 1 : 64);
  self->rows_ticks = 0;
  if (self->rows_tick == 0)
    self->rows_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), rows_tick, self, NULL);
}

guint
pw_outline_position_of (PwOutline *self,
                        GObject   *object)
{
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint n_rows;

  show_all_rows (self);
  n_rows = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (item == object)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Whether the row of @object is bound and wholly inside the sidebar. */
static gboolean
row_in_view (PwOutline *self,
             GObject   *object)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, object);
  graphene_rect_t bounds;

  if (row == NULL || !gtk_widget_get_mapped (row) ||
      !gtk_widget_compute_bounds (row, self->scrolled, &bounds))
    return FALSE;
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (self->scrolled);
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
      position = pw_outline_position_of (self, G_OBJECT (chapter));
      if (position != GTK_INVALID_LIST_POSITION)
        {
          g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
          gtk_tree_list_row_set_expanded (row, TRUE);
        }
    }
  else if (PW_IS_CHAPTER (object) && pw_chapter_get_part (PW_CHAPTER (object)) != NULL)
    {
      position = pw_outline_position_of (self, G_OBJECT (pw_chapter_get_part (PW_CHAPTER (object))));
      if (position != GTK_INVALID_LIST_POSITION)
        {
          g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
          gtk_tree_list_row_set_expanded (row, TRUE);
        }
    }

  position = pw_outline_position_of (self, object);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  /* scrolled only to a row out of sight: GTK 4.8 scrolls to a row in
   * full view too, by a few pixels, which cut the top row (概览) */
  if (!row_in_view (self, object))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* Callbacks */

static void
row_refresh (PwOutlineRow *row)
{
  PwOutline *self = pw_outline_row_get_outline (row);
  GtkTreeListRow *tree_row = gtk_list_item_get_item (pw_outline_row_get_list_item (row));
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (tree_row);
  g_autofree char *text = pw_outline_item_text (self, item);

  pw_outline_row_show (row, item_icon (item), text, self->plan,
                       PW_IS_OBJECT (item) ? pw_object_get_id (PW_OBJECT (item)) : NULL);
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

static void
row_setup (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           PwOutline                *self)
{
  PwOutlineRow *row = pw_outline_row_new (self, list_item);

  gtk_list_item_set_child (list_item, GTK_WIDGET (row));
  /* the rename's entry, the context menu and drag and drop; before the
   * comment menu's gesture, which the outline's menu takes the place of */
  pw_outline_attach_row (self, row);
  pw_comment_menu_attach (pw_outline_row_get_expander (row), row_comment_target, list_item);
}

static void
row_bind (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          PwOutline                *self)
{
  PwOutlineRow *row = PW_OUTLINE_ROW (gtk_list_item_get_child (list_item));
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (tree_row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (pw_outline_row_get_expander (row)), tree_row);
  row_refresh (row);
  g_ptr_array_add (self->bound, row);
  if (!PW_IS_OUTLINE_ENTRY (item))
    {
      /* kept to disconnect from: a row may have lost its item by unbind */
      pw_outline_row_set_item (row, item);
      g_signal_connect_swapped (item, "notify", G_CALLBACK (row_refresh), row);
      g_hash_table_insert (self->rows, item, row);
      if (item == self->pending_rename)
        pw_outline_show_entry (self, row, item);
    }
}

static gboolean
is_row (gpointer key,
        gpointer value,
        gpointer row)
{
  return value == row;
}

static void
row_unbind (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            PwOutline                *self)
{
  PwOutlineRow *row = PW_OUTLINE_ROW (gtk_list_item_get_child (list_item));
  GObject *item = pw_outline_row_get_item (row);

  if (self->bound != NULL)
    g_ptr_array_remove_fast (self->bound, row);
  /* a recycled row shows its heading, not the entry of a rename */
  g_free (pw_outline_row_end_rename (row));
  if (self->rows != NULL)
    g_hash_table_foreach_remove (self->rows, is_row, row);
  if (item != NULL)
    {
      g_signal_handlers_disconnect_by_func (item, row_refresh, row);
      if (item == self->renaming)
        g_clear_object (&self->renaming);
      pw_outline_row_set_item (row, NULL);
    }
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (pw_outline_row_get_expander (row)), NULL);
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
  pw_outline_update_actions (self);
}

static void
selection_changed (PwOutline *self)
{
  pw_outline_update_actions (self);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* GObject overrides */

static void
pw_outline_dispose (GObject *object)
{
  PwOutline *self = (PwOutline *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_OUTLINE);

  g_clear_handle_id (&self->markers_source, g_source_remove);
  g_clear_handle_id (&self->rename_source, g_source_remove);
  if (self->rows_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rows_tick);
  self->rows_tick = 0;
  g_clear_object (&self->renaming);
  g_clear_object (&self->deferred_rename);
  g_clear_object (&self->deleting);
  g_clear_object (&self->adding);
  g_clear_object (&self->comment_section);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->slice);
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

  pw_outline_install_actions (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-outline.ui");
  gtk_widget_class_bind_template_child (widget_class, PwOutline, scrolled);
  gtk_widget_class_bind_template_child (widget_class, PwOutline, list_view);
  gtk_widget_class_bind_template_child (widget_class, PwOutline, selection);
  gtk_widget_class_bind_template_child (widget_class, PwOutline, menu);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, row_setup);
  gtk_widget_class_bind_template_callback (widget_class, row_bind);
  gtk_widget_class_bind_template_callback (widget_class, row_unbind);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwoutline");
}

static void
pw_outline_init (PwOutline *self)
{
  g_autoptr(GMenuModel) menu = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->editable = TRUE;
  self->bound = g_ptr_array_new ();
  self->rows = g_hash_table_new (NULL, NULL);
  self->no_part = gtk_custom_filter_new (is_in_no_part, NULL, NULL);
  menu = pw_outline_build_menu (self);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), menu);
  pw_outline_update_actions (self);
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

  pw_outline_finish_rename (self, FALSE);
  if (plan == NULL)
    {
      show_all_rows (self);
      gtk_single_selection_set_model (self->selection, NULL);
      g_clear_object (&self->slice);
      pw_outline_update_actions (self);
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
  g_clear_object (&self->slice);
  self->slice = gtk_slice_list_model_new (G_LIST_MODEL (tree), 0, G_MAXUINT);
  defer_rows (self);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->slice));
  gtk_single_selection_set_selected (self->selection, 0);
  pw_outline_update_actions (self);
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
    pw_outline_finish_rename (self, FALSE);
  pw_outline_update_actions (self);
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
    return pw_outline_entry_get_page (PW_OUTLINE_ENTRY (item));
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

  show_all_rows (self);
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
