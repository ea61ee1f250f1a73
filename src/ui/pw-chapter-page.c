/* pw-chapter-page.c: one chapter of a plan: its text, sections, 专栏 and projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One scrolled page that reads like the chapter: its heading, its prose, each
 * section with its prose, each 专栏 box as a card with its projects in an
 * editable table, and the chapter's service items. Everything is edited in
 * place and follows the model, so that undo and redo (the window's) show at
 * once: the sections and boxes are rebuilt from the exact items-changed of
 * the chapter's own lists.
 *
 * The toolbar's actions (chapter.*) act on the box being edited: the one
 * whose project is selected, or the one that last had the focus; the
 * commands themselves are in pw-chapter-page-projects.c.
 */

#define G_LOG_DOMAIN "pw-chapter-page"

#include "config.h"

#include "pw-chapter-page.h"

#include <glib/gi18n.h>

#include "pw-chapter-page-private.h"
#include "pw-clamp.h"
#include "pw-heading-number.h"
#include "pw-outline.h"
#include "pw-plan-page.h"
#include "pw-project-list.h"
#include "pw-property-entry.h"
#include "pw-prose-view.h"
#include "pw-section-view.h"
#include "pw-service-row.h"

#define MAX_SCROLL_FRAMES 120


enum {
  PROP_0,
  PROP_CHAPTER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwChapterPage, pw_chapter_page, PW_TYPE_PLAN_PAGE)

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static PwHeadingStyle
heading_style (PwChapterPage *self)
{
  return self->plan != NULL ? pw_plan_get_heading_style (self->plan) : PW_HEADING_CHAPTER;
}

static GtkWidget *
nth_child (GtkWidget *parent,
           guint      n)
{
  GtkWidget *child = gtk_widget_get_first_child (parent);

  while (child != NULL && n-- > 0)
    child = gtk_widget_get_next_sibling (child);
  return child;
}

static guint
count_children (GtkWidget *parent)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

PwProjectList *
pw_chapter_page_find_list (PwChapterPage *self,
                           PwBox         *box)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->boxes_area));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (box != NULL && pw_project_list_get_box (PW_PROJECT_LIST (child)) == box)
      return PW_PROJECT_LIST (child);

  return NULL;
}

/* The box the project actions act on: the current one, or else the last. */
PwProjectList *
pw_chapter_page_target_list (PwChapterPage *self)
{
  PwProjectList *list = pw_chapter_page_find_list (self, self->current_box);
  GtkWidget *last;

  if (list != NULL)
    return list;
  last = gtk_widget_get_last_child (GTK_WIDGET (self->boxes_area));
  return last != NULL ? PW_PROJECT_LIST (last) : NULL;
}

static GtkWidget *
find_part_widget (PwChapterPage *self,
                  GObject       *part)
{
  if (PW_IS_BOX (part))
    return GTK_WIDGET (pw_chapter_page_find_list (self, PW_BOX (part)));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((GObject *) pw_section_view_get_section (PW_SECTION_VIEW (child)) == part)
      return child;

  return NULL;
}

void
pw_chapter_page_set_current_box (PwChapterPage *self,
                                 PwBox         *box)
{
  if (g_set_object (&self->current_box, box))
    {
      /* one selected project on the page at a time */
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->boxes_area));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (pw_project_list_get_box (PW_PROJECT_LIST (child)) != box)
          pw_project_list_select (PW_PROJECT_LIST (child), GTK_INVALID_LIST_POSITION);
    }
  pw_chapter_page_update_actions (self);
}

/* The rows the project actions act on: the range of the list that holds
 * the page's cursor (its cursor's row alone unless extended). */
PwProjectList *
pw_chapter_page_selected_rows (PwChapterPage *self,
                               guint         *first,
                               guint         *last)
{
  PwProjectList *list = pw_chapter_page_find_list (self, self->current_box);

  if (list == NULL || !pw_project_list_get_selected_rows (list, first, last))
    return NULL;
  return list;
}

PwProject *
pw_chapter_page_selected_project (PwChapterPage  *self,
                                  PwProjectList **list_out,
                                  guint          *position_out)
{
  guint first, last;
  PwProjectList *list = pw_chapter_page_selected_rows (self, &first, &last);

  if (list == NULL)
    return NULL;

  if (list_out != NULL)
    *list_out = list;
  if (position_out != NULL)
    *position_out = first;
  return g_list_model_get_item (pw_box_get_projects (self->current_box), first);
}

/* Move to Box: every other 专栏 of the plan, under the heading of its
 * chapter (this chapter's first, without one); empty when no project is
 * selected (@offered FALSE): the menu button's popover makes a widget for
 * each item, which for a plan of a thousand chapters takes longer than
 * opening the plan would otherwise. */
static void
rebuild_move_menu (PwChapterPage *self,
                   gboolean       offered)
{
  GListModel *chapters = self->plan != NULL && offered ? pw_plan_get_chapters (self->plan) : NULL;
  guint n = chapters != NULL ? g_list_model_get_n_items (chapters) : 0;

  if (g_menu_model_get_n_items (G_MENU_MODEL (self->move_menu)) > 0)
    g_menu_remove_all (self->move_menu);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
        GListModel *columns = pw_chapter_get_boxes (chapter);
        g_autoptr(GMenu) section = NULL;
        g_autofree char *heading = NULL;

        if ((chapter == self->chapter) != (pass == 0))
          continue;
        section = g_menu_new ();
        for (guint j = 0; j < g_list_model_get_n_items (columns); j++)
          {
            g_autoptr(PwBox) column = g_list_model_get_item (columns, j);
            g_autoptr(GMenuItem) item = NULL;
            g_autofree char *label = NULL;
            const char *title = pw_box_get_title (column);

            if (column == self->current_box)
              continue;

            /* Translators: a 专栏 in the "Move to Box" menu, e.g. "专栏3 公共就业创业服务工程" */
            label = g_strdup_printf (_("Box %d %s"), pw_box_get_number (column), title ? title : "");
            item = g_menu_item_new (label, NULL);
            g_menu_item_set_action_and_target_value (item, "chapter.move-project-to",
                                                     g_variant_new_string (pw_object_get_id (PW_OBJECT (column))));
            g_menu_append_item (section, item);
          }
        if (g_menu_model_get_n_items (G_MENU_MODEL (section)) == 0)
          continue;
        if (pass == 1)
          heading = pw_heading_text (heading_style (self), FALSE, pw_chapter_get_number (chapter),
                                     pw_chapter_get_title (chapter));
        g_menu_append_section (self->move_menu, heading, G_MENU_MODEL (section));
      }
}

static void
update_selection_label (PwChapterPage *self,
                        PwProject     *project)
{
  g_autofree char *text = NULL;

  if (project != NULL)
    {
      const char *name = pw_project_get_name (project);

      /* Translators: what the toolbar acts on, e.g. "专栏1, project 2: 产前筛查工程" */
      text = g_strdup_printf (_("Box %d, project %d: %s"), pw_box_get_number (self->current_box),
                              pw_project_get_number (project), name ? name : "");
    }
  gtk_label_set_label (self->selection_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->selection_label), text);
}

void
pw_chapter_page_update_actions (PwChapterPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean can_edit = pw_plan_page_get_editable (PW_PLAN_PAGE (self)) && self->plan != NULL && self->chapter != NULL;
  guint n_columns = self->chapter ? g_list_model_get_n_items (pw_chapter_get_boxes (self->chapter)) : 0;
  PwProjectList *list = NULL;
  guint position = 0;
  g_autoptr(PwProject) project = pw_chapter_page_selected_project (self, &list, &position);
  guint n_projects = project ? g_list_model_get_n_items (pw_box_get_projects (self->current_box)) : 0;
  gboolean can_move_to;

  gtk_widget_action_set_enabled (widget, "chapter.add-project", can_edit && n_columns > 0);
  guint first = 0, last = 0;

  if (project != NULL)
    pw_chapter_page_selected_rows (self, &first, &last);
  gtk_widget_action_set_enabled (widget, "chapter.remove-project", can_edit && project != NULL);
  gtk_widget_action_set_enabled (widget, "chapter.duplicate-project", can_edit && project != NULL);
  gtk_widget_action_set_enabled (widget, "chapter.move-project-up", can_edit && project != NULL && first > 0);
  gtk_widget_action_set_enabled (widget, "chapter.move-project-down",
                                 can_edit && project != NULL && last + 1 < n_projects);
  rebuild_move_menu (self, can_edit && project != NULL);
  can_move_to = g_menu_model_get_n_items (G_MENU_MODEL (self->move_menu)) > 0;
  gtk_widget_action_set_enabled (widget, "chapter.move-project-to", can_move_to);
  gtk_widget_action_set_enabled (widget, "chapter.add-box", can_edit);
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_to_button), can_move_to);

  update_selection_label (self, can_edit ? project : NULL);
}

static void
update_heading (PwChapterPage *self)
{
  g_autofree char *number = NULL;
  g_autofree char *label = NULL;

  if (self->chapter == NULL)
    {
      gtk_label_set_label (self->number_label, NULL);
      return;
    }

  number = pw_heading_number (heading_style (self), FALSE, pw_chapter_get_number (self->chapter));
  gtk_label_set_label (self->number_label, number);

  /* Translators: the accessible name of a chapter's title, e.g. "Title of chapter 第三章" */
  label = g_strdup_printf (_("Title of chapter %s"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pw_section_view_set_heading_style (PW_SECTION_VIEW (child), heading_style (self));
}

/* A field that turns insensitive cannot keep the focus; let it go first, so
 * that the field sees the focus leave (GTK 4.8's GtkText warns otherwise).
 * A text view's blinking cursor is hidden while it still has the focus: GTK
 * 4.8 stops the blink only then, and a blink left running on a view no
 * longer editable aborts the program (blink_cb's assertion). */
static void
release_focus (PwChapterPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    {
      if (GTK_IS_TEXT_VIEW (focus))
        gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (focus), FALSE);
      gtk_root_set_focus (root, NULL);
    }
}

static void
update_editable (PwChapterPage *self)
{
  gboolean editable = pw_plan_page_get_editable (PW_PLAN_PAGE (self));

  if (!editable)
    release_focus (self);
  pw_property_entry_set_locked (self->title_entry, !editable);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->text_view), editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->text_view), editable);
  pw_prose_view_set_placeholder (self->text_view,
                                 editable ? _("Type the text of the chapter before its first section, one paragraph per line.")
                                                : _("The chapter has no text before its first section."));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pw_section_view_set_editable (PW_SECTION_VIEW (child), editable);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->boxes_area));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pw_project_list_set_editable (PW_PROJECT_LIST (child), editable);

  pw_chapter_page_update_actions (self);
}

static gboolean
commit_all (PwChapterPage *self)
{
  gboolean ok = TRUE;

  ok &= pw_property_entry_commit (self->title_entry);
  pw_prose_view_commit (self->text_view);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ok &= pw_section_view_commit (PW_SECTION_VIEW (child));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->boxes_area));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ok &= pw_project_list_commit (PW_PROJECT_LIST (child));
  return ok;
}

/* Callbacks */

/* The cursor moved in a list: the page's actions act on its rows. */
static void
list_selection_changed (PwProjectList *list,
                        GParamSpec    *pspec,
                        PwChapterPage *self)
{
  if (pw_project_list_get_selected (list) != GTK_INVALID_LIST_POSITION)
    pw_chapter_page_set_current_box (self, pw_project_list_get_box (list));
  else
    pw_chapter_page_update_actions (self);
}

static void
list_focused (GtkEventControllerFocus *controller,
              PwChapterPage           *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  pw_chapter_page_set_current_box (self, pw_project_list_get_box (PW_PROJECT_LIST (list)));
}

static GtkWidget *
create_section_view (PwChapterPage *self,
                     gpointer       item)
{
  GtkWidget *view = pw_section_view_new ();

  pw_section_view_set_heading_style (PW_SECTION_VIEW (view), heading_style (self));
  pw_section_view_set_section (PW_SECTION_VIEW (view), item);
  pw_section_view_set_editable (PW_SECTION_VIEW (view), pw_plan_page_get_editable (PW_PLAN_PAGE (self)));
  return view;
}

static GtkWidget *
create_project_list (PwChapterPage *self,
                     gpointer       item)
{
  GtkWidget *list = pw_project_list_new ();
  GtkEventController *focus;

  pw_project_list_set_box (PW_PROJECT_LIST (list), item);
  pw_project_list_set_plan (PW_PROJECT_LIST (list), self->plan);
  pw_project_list_set_editable (PW_PROJECT_LIST (list), pw_plan_page_get_editable (PW_PLAN_PAGE (self)));

  /* both die with the list */
  g_signal_connect_object (list, "notify::selected", G_CALLBACK (list_selection_changed), self, 0);
  g_signal_connect_object (pw_project_list_get_projects (PW_PROJECT_LIST (list)), "items-changed",
                           G_CALLBACK (pw_chapter_page_update_actions), self, G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "enter", G_CALLBACK (list_focused), self, 0);
  gtk_widget_add_controller (list, focus);

  return list;
}

/* Makes the children of @box follow @model, one widget per item. */
static void
sync_children (PwChapterPage *self,
               GtkBox        *box,
               GListModel    *model,
               guint          position,
               guint          removed,
               guint          added,
               GtkWidget     *(*create) (PwChapterPage *, gpointer))
{
  GtkWidget *child = nth_child (GTK_WIDGET (box), position);
  GtkWidget *before;

  for (guint i = 0; i < removed && child != NULL; i++)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (box, child);
      child = next;
    }

  before = position > 0 ? nth_child (GTK_WIDGET (box), position - 1) : NULL;
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, position + i);
      GtkWidget *widget = create (self, item);

      gtk_box_insert_child_after (box, widget, before);
      before = widget;
    }
}

static void
sections_changed (PwChapterPage *self,
                  guint          position,
                  guint          removed,
                  guint          added,
                  GListModel    *sections)
{
  sync_children (self, self->sections_box, sections, position, removed, added, create_section_view);
}

static void
boxes_changed (PwChapterPage *self,
                 guint          position,
                 guint          removed,
                 guint          added,
                 GListModel    *boxes)
{
  sync_children (self, self->boxes_area, boxes, position, removed, added, create_project_list);
  pw_chapter_page_update_actions (self);
}

static void
service_items_changed (PwChapterPage *self)
{
  GListModel *items = self->chapter ? pw_chapter_get_service_items (self->chapter) : NULL;

  gtk_widget_set_visible (self->service_box, items != NULL && g_list_model_get_n_items (items) > 0);
}

static GtkWidget *
create_service_row (gpointer item,
                    gpointer user_data)
{
  return pw_service_row_new (item);
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  PwChapterPage *self = PW_CHAPTER_PAGE (widget);
  GtkWidget *target = self->pending_part ? find_part_widget (self, self->pending_part) : NULL;
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scrolled);
  GtkWidget *content = viewport ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  graphene_rect_t bounds;

  if (target == NULL || content == NULL || ++self->scroll_frames > MAX_SCROLL_FRAMES)
    goto done;

  /* not laid out yet: wait for the next frame */
  if (gtk_widget_get_height (target) == 0)
    return G_SOURCE_CONTINUE;

  if (gtk_widget_compute_bounds (target, content, &bounds))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), bounds.origin.y - 12);

done:
  self->scroll_tick = 0;
  g_clear_object (&self->pending_part);
  return G_SOURCE_REMOVE;
}

/* GObject overrides */

static void
pw_chapter_page_dispose (GObject *object)
{
  PwChapterPage *self = (PwChapterPage *) object;

  if (self->chapter != NULL)
    pw_chapter_page_set_chapter (self, NULL);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;

  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);
  if (self->chapter_signals != NULL)
    g_signal_group_set_target (self->chapter_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_CHAPTER_PAGE);

  g_clear_object (&self->plan_signals);
  g_clear_object (&self->chapter_signals);
  g_clear_object (&self->move_menu);
  g_clear_object (&self->pending_part);
  g_clear_object (&self->current_box);
  self->plan = NULL; /* the base's */

  G_OBJECT_CLASS (pw_chapter_page_parent_class)->dispose (object);
}

static void
pw_chapter_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PwChapterPage *self = PW_CHAPTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_CHAPTER:
      g_value_set_object (value, self->chapter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_chapter_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PwChapterPage *self = PW_CHAPTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_CHAPTER:
      pw_chapter_page_set_chapter (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* PwPlanPage overrides */

static gboolean
page_commit (PwPlanPage *page)
{
  return pw_chapter_page_commit (PW_CHAPTER_PAGE (page));
}

/* The plan gives the heading its style, and the projects their ids and
 * history. */
static void
page_plan_changed (PwPlanPage *page,
                   PwPlan     *old_plan)
{
  PwChapterPage *self = PW_CHAPTER_PAGE (page);

  self->plan = pw_plan_page_get_plan (page);
  g_signal_group_set_target (self->plan_signals, self->plan);
  update_heading (self);
  pw_chapter_page_update_actions (self);
}

/* Read-only, every entry and button is insensitive and every action
 * disabled; the prose stays selectable (to copy) but cannot be changed. */
static void
page_editable_changed (PwPlanPage *page)
{
  update_editable (PW_CHAPTER_PAGE (page));
}

static void
pw_chapter_page_class_init (PwChapterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PwPlanPageClass *page_class = PW_PLAN_PAGE_CLASS (klass);

  object_class->dispose = pw_chapter_page_dispose;
  object_class->get_property = pw_chapter_page_get_property;
  object_class->set_property = pw_chapter_page_set_property;
  page_class->commit = page_commit;
  page_class->plan_changed = page_plan_changed;
  page_class->editable_changed = page_editable_changed;

  properties[PROP_CHAPTER] =
    g_param_spec_object ("chapter", NULL, NULL, PW_TYPE_CHAPTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PW_TYPE_CLAMP);
  g_type_ensure (PW_TYPE_PROPERTY_ENTRY);
  g_type_ensure (PW_TYPE_PROSE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-chapter-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, layout);
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, move_to_button);
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, number_label);
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, text_view);
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, boxes_area);
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, service_box);
  gtk_widget_class_bind_template_child (widget_class, PwChapterPage, service_list);

  pw_chapter_page_install_project_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwchapterpage");
}

static void
pw_chapter_page_init (PwChapterPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->move_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->move_to_button, G_MENU_MODEL (self->move_menu));

  self->plan_signals = g_signal_group_new (PW_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "notify::heading-style", G_CALLBACK (update_heading), self);

  self->chapter_signals = g_signal_group_new (PW_TYPE_CHAPTER);
  g_signal_group_connect_swapped (self->chapter_signals, "notify::number", G_CALLBACK (update_heading), self);

  update_editable (self);
}

/* Public API */

GtkWidget *
pw_chapter_page_new (void)
{
  return g_object_new (PW_TYPE_CHAPTER_PAGE, NULL);
}

/**
 * pw_chapter_page_get_chapter:
 * @self: a chapter page
 *
 * Returns: (transfer none) (nullable): the chapter shown
 */
PwChapter *
pw_chapter_page_get_chapter (PwChapterPage *self)
{
  g_return_val_if_fail (PW_IS_CHAPTER_PAGE (self), NULL);

  return self->chapter;
}

void
pw_chapter_page_set_chapter (PwChapterPage *self,
                             PwChapter     *chapter)
{
  guint n_sections, n_columns;

  g_return_if_fail (PW_IS_CHAPTER_PAGE (self));
  g_return_if_fail (chapter == NULL || PW_IS_CHAPTER (chapter));

  if (self->chapter == chapter)
    return;

  commit_all (self);
  if (self->chapter != NULL)
    {
      g_signal_handlers_disconnect_by_data (pw_chapter_get_sections (self->chapter), self);
      g_signal_handlers_disconnect_by_data (pw_chapter_get_boxes (self->chapter), self);
      g_signal_handlers_disconnect_by_data (pw_chapter_get_service_items (self->chapter), self);
    }

  n_sections = count_children (GTK_WIDGET (self->sections_box));
  n_columns = count_children (GTK_WIDGET (self->boxes_area));
  g_clear_object (&self->current_box);
  g_set_object (&self->chapter, chapter);
  g_signal_group_set_target (self->chapter_signals, chapter);

  pw_property_entry_bind (self->title_entry, G_OBJECT (chapter), "title", _("Edit Chapter Title"));
  /* the heading's context menu edits the outline, as the sidebar's does */
  {
    const char *id = chapter != NULL ? pw_object_get_id (PW_OBJECT (chapter)) : NULL;
    g_autoptr(GMenuModel) menu = id != NULL ? pw_outline_menu_for (id) : NULL;

    gtk_entry_set_extra_menu (GTK_ENTRY (self->title_entry), menu);
  }
  pw_prose_view_bind (self->text_view, G_OBJECT (chapter), "text", _("Edit Chapter Text"));

  sync_children (self, self->sections_box, chapter ? pw_chapter_get_sections (chapter) : NULL, 0, n_sections,
                 chapter ? g_list_model_get_n_items (pw_chapter_get_sections (chapter)) : 0, create_section_view);
  sync_children (self, self->boxes_area, chapter ? pw_chapter_get_boxes (chapter) : NULL, 0, n_columns,
                 chapter ? g_list_model_get_n_items (pw_chapter_get_boxes (chapter)) : 0, create_project_list);
  gtk_list_box_bind_model (self->service_list, chapter ? pw_chapter_get_service_items (chapter) : NULL,
                           chapter ? create_service_row : NULL, NULL, NULL);

  if (chapter != NULL)
    {
      g_signal_connect_object (pw_chapter_get_sections (chapter), "items-changed",
                               G_CALLBACK (sections_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (pw_chapter_get_boxes (chapter), "items-changed",
                               G_CALLBACK (boxes_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (pw_chapter_get_service_items (chapter), "items-changed",
                               G_CALLBACK (service_items_changed), self, G_CONNECT_SWAPPED);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  service_items_changed (self);
  update_heading (self);
  pw_chapter_page_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAPTER]);
}

/**
 * pw_chapter_page_show_part:
 * @self: a chapter page
 * @part: a #PwSection or #PwBox of the chapter
 *
 * Scrolls @part to the top of the page, as soon as the page is laid out.
 */
void
pw_chapter_page_show_part (PwChapterPage *self,
                           GObject       *part)
{
  g_return_if_fail (PW_IS_CHAPTER_PAGE (self));
  g_return_if_fail (PW_IS_SECTION (part) || PW_IS_BOX (part));

  g_set_object (&self->pending_part, part);
  self->scroll_frames = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

/**
 * pw_chapter_page_commit:
 * @self: a chapter page
 *
 * Stores whatever was typed on the page and not yet stored (a field being
 * edited, text typed less than a second ago), e.g. before the window undoes.
 *
 * Returns: %FALSE if a text was refused (its entry shows why)
 */
gboolean
pw_chapter_page_commit (PwChapterPage *self)
{
  g_return_val_if_fail (PW_IS_CHAPTER_PAGE (self), TRUE);

  return commit_all (self);
}
