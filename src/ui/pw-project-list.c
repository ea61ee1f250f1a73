/* pw-project-list.c: one 专栏 box of a chapter, its projects as a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card: "专栏N" and the box's title, then a GtkColumnView over the box's
 * own list of projects (no copy), one row per project, edited as the
 * indicator grid is: its cells are PwGridCells (pw-project-list-cells.c),
 * its columns a table of PwGridColumnInfo (pw-project-list-columns.c), its
 * cursor, range, keys, clearing, filling and clipboard those of
 * pw-grid-sheet.c and pw-grid-clipboard.c. Typing or F2 edits the cell
 * under the cursor (the description in a popover, as prose); each edit,
 * paste, clear or fill is one undo step of the plan's history.
 *
 * The list edits cells; adding, removing, duplicating and moving projects
 * are actions of the chapter page, which act on the rows of the list's
 * range (the cursor's row alone unless extended). Only the list that holds
 * the page's cursor draws it.
 */

#define G_LOG_DOMAIN "pw-project-list"

#include "config.h"

#include "pw-project-list-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pw-comment-menu.h"
#include "pw-grid-clipboard.h"

enum {
  PROP_0,
  PROP_BOX,
  PROP_EDITABLE,
  PROP_SELECTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwProjectList, pw_project_list, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static PwHistory *
history (PwProjectList *self)
{
  return self->plan != NULL ? pw_plan_get_history (self->plan) : NULL;
}

static guint
n_rows (PwProjectList *self)
{
  return pw_grid_sheet_n_rows (&self->sheet);
}

void
pw_project_list_update_summary (PwProjectList *self)
{
  GListModel *projects = self->column ? pw_box_get_projects (self->column) : NULL;
  guint n = projects ? g_list_model_get_n_items (projects) : 0;
  g_autofree char *text = NULL;
  double total = 0;
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwProject) project = g_list_model_get_item (projects, i);
      double investment = pw_project_get_investment (project);

      if (!isnan (investment))
        {
          total += investment;
          any = TRUE;
        }
    }

  if (any)
    {
      g_autofree char *plain = pw_project_list_format_investment (total);
      const char *point = strchr (plain, '.');
      /* as many decimals as the cells show, with the locale's grouping */
      g_autofree char *sum = g_strdup_printf ("%'.*f", point != NULL ? (int) strlen (point + 1) : 0, total);

      /* Translators: the number of projects in a 专栏 and their investment, in 万元 */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u project, %s (10k yuan) in all",
                                           "%'u projects, %s (10k yuan) in all", n), n, sum);
    }
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u project", "%'u projects", n), n);

  gtk_label_set_label (self->summary_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->scrolled), n > 0);
  gtk_widget_set_visible (self->empty_box, n == 0);
}

static void
update_number (PwProjectList *self)
{
  g_autofree char *text = NULL;
  g_autofree char *title_label = NULL;

  if (self->column == NULL)
    return;

  /* Translators: the heading of a 专栏 box of projects, e.g. "专栏3" */
  text = g_strdup_printf (_("Box %d"), pw_box_get_number (self->column));
  gtk_label_set_label (self->number_label, text);

  /* Translators: the accessible name of the title of a 专栏 box, e.g. "Title of 专栏3" */
  title_label = g_strdup_printf (_("Title of %s"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text, -1);
}

static void
show_reason (PwProjectList *self,
             const char    *text)
{
  gtk_label_set_label (self->reason_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), text != NULL);
}

static PwGridCell *
find_cell (PwProjectList *self,
           guint          row,
           guint          column)
{
  return pw_grid_sheet_find_cell (self->cells, row, column);
}

static void
refresh_cells (PwProjectList *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    pw_project_list_refresh_cell (g_ptr_array_index (self->cells, i));
}

/* Brings the cursor's cell into view: sideways in the card, up and down in
 * the page. */
static void
scroll_to_cursor (PwProjectList *self)
{
  PwGridCell *cell = find_cell (self, self->sheet.row, self->sheet.column);
  GtkWidget *page;

  if (cell == NULL)
    return;
  pw_grid_sheet_scroll_into_view (self->scrolled, GTK_WIDGET (cell), GTK_ORIENTATION_HORIZONTAL);
  page = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  if (page != NULL)
    pw_grid_sheet_scroll_into_view (GTK_SCROLLED_WINDOW (page), GTK_WIDGET (cell), GTK_ORIENTATION_VERTICAL);
}

void
pw_project_list_set_has_cursor (PwProjectList *self,
                gboolean       has_cursor)
{
  if (self->has_cursor == has_cursor)
    return;
  self->has_cursor = has_cursor;
  refresh_cells (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static gboolean
can_edit (PwProjectList *self)
{
  if (self->editable && self->column != NULL && n_rows (self) > 0)
    return TRUE;
  gtk_widget_error_bell (GTK_WIDGET (self));
  return FALSE;
}

/* Editing a cell */

static void
stop_editing (PwProjectList *self)
{
  PwGridCell *cell = self->editing_cell;

  if (cell == NULL)
    return;

  self->editing_cell = NULL;
  self->adding = NULL;
  g_clear_pointer (&self->kept_text, g_free);
  pw_grid_cell_stop_editing (cell);
  pw_project_list_refresh_cell (cell);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Stores @text in a cell as one undo step. */
gboolean
pw_project_list_store (PwProjectList *self,
       PwProject     *project,
       guint          column,
       const char    *text)
{
  g_autofree char *current = pw_project_list_columns[column].get_text (self, project, 0);
  g_autofree char *label = NULL;
  gboolean stored;

  if (g_strcmp0 (current != NULL ? current : "", text != NULL ? text : "") == 0)
    return TRUE;

  /* Translators: the undo label of an edit in a column of a 专栏's projects */
  label = g_strdup_printf (_("Edit %s"), _(pw_project_list_columns[column].title));
  if (history (self) == NULL)
    return pw_grid_sheet_store (&self->sheet, project, column, text);
  /* the project being added, named in the cell Add Project opened: one
   * step with adding it (also what the draft kept of the name meanwhile) */
  if (project == self->adding)
    pw_history_begin_joined (history (self), label, self->adding_state);
  else
    pw_history_begin (history (self), label);
  stored = pw_grid_sheet_store (&self->sheet, project, column, text);
  pw_history_end (history (self));
  if (project == self->adding)
    self->adding_state = pw_history_get_state (history (self));
  return stored;
}

gboolean
pw_project_list_try_commit (PwProjectList *self)
{
  PwGridCell *cell = self->editing_cell;
  GtkListItem *item;
  PwProject *project;
  g_autofree char *text = NULL;

  if (cell == NULL)
    return TRUE;

  item = pw_grid_cell_get_list_item (cell);
  project = item ? gtk_list_item_get_item (item) : NULL;
  text = g_strdup (pw_grid_cell_get_edit_text (cell));
  if (project != NULL && !pw_project_list_store (self, project, pw_grid_cell_get_column (cell), text))
    {
      GtkWidget *editor = pw_grid_cell_get_editor (cell);

      gtk_widget_add_css_class (editor, "error");
      gtk_widget_set_tooltip_text (editor, pw_project_list_refusal (pw_grid_cell_get_column (cell)));
      show_reason (self, pw_project_list_refusal (pw_grid_cell_get_column (cell)));
      gtk_widget_error_bell (editor);
      return FALSE;
    }

  show_reason (self, NULL);
  stop_editing (self);
  return TRUE;
}

/* Escape: the cell as it was before the edit, also when its text was kept
 * for the draft meanwhile. */
static void
cancel_editing (PwProjectList *self)
{
  GtkListItem *item = self->editing_cell ? pw_grid_cell_get_list_item (self->editing_cell) : NULL;
  PwProject *project = item ? gtk_list_item_get_item (item) : NULL;

  if (project != NULL && self->kept_text != NULL)
    pw_project_list_store (self, project, pw_grid_cell_get_column (self->editing_cell), self->kept_text);
  stop_editing (self);
}

static void
commit_editing (PwProjectList *self)
{
  if (!pw_project_list_try_commit (self))
    stop_editing (self);
}

static void
description_closed (PwProjectList *self)
{
  g_clear_pointer (&self->description_before, g_free);
  pw_prose_view_commit (self->description);
  pw_prose_view_bind (self->description, NULL, NULL, NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Enter starts a new paragraph; Ctrl+Enter stores the description and
 * closes the popover, as a click outside it does; Tab and Shift+Tab store it
 * and go on to the next or previous column, as from any other cell (the
 * text view has no other widget to give the focus to, so typing after a Tab
 * went nowhere); Escape puts back what it was before and closes (also when
 * the draft of unsaved changes stored what was being typed meanwhile). */
static gboolean
description_key_pressed (PwProjectList         *self,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         GtkEventControllerKey *controller)
{
  gboolean enter = keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;
  gboolean tab = keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab;

  if (enter && (state & GDK_CONTROL_MASK))
    {
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return TRUE;
    }
  if (tab && !(state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    {
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return pw_grid_sheet_key_pressed (&self->sheet, keyval, state);
    }
  if (keyval == GDK_KEY_Escape && self->description_before != NULL)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->description));

      gtk_text_buffer_set_text (buffer, self->description_before, -1);
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return TRUE;
    }
  return FALSE;
}

/* The description is prose of several paragraphs: edited in a popover over
 * its cell, stored when the popover closes. */
static void
edit_description (PwProjectList *self,
                  PwGridCell    *cell,
                  PwProject     *project,
                  const char    *text)
{
  graphene_rect_t bounds;
  GtkTextBuffer *buffer;
  GtkEventController *keys;

  if (self->popover == NULL)
    {
      GtkWidget *scrolled = gtk_scrolled_window_new ();

      self->description = PW_PROSE_VIEW (pw_prose_view_new ());
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 140);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_widget_set_size_request (scrolled, 420, -1);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->description));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->description), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Description of the project"), -1);
      pw_prose_view_set_placeholder (self->description, _("What the project builds or does, where, and for whom."));
      self->popover = gtk_popover_new ();
      gtk_popover_set_child (GTK_POPOVER (self->popover), scrolled);
      gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
      gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
      g_signal_connect_object (self->popover, "closed", G_CALLBACK (description_closed), self, G_CONNECT_SWAPPED);
      keys = gtk_event_controller_key_new ();
      gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
      g_signal_connect_object (keys, "key-pressed", G_CALLBACK (description_key_pressed), self, G_CONNECT_SWAPPED);
      gtk_widget_add_controller (self->popover, keys);
    }

  pw_prose_view_bind (self->description, G_OBJECT (project), "description", _("Edit Project Description"));
  g_free (self->description_before);
  self->description_before = g_strdup (pw_project_get_description (project) != NULL ? pw_project_get_description (project) : "");
  if (text != NULL)
    {
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->description));
      gtk_text_buffer_set_text (buffer, text, -1);
    }
  if (gtk_widget_compute_bounds (GTK_WIDGET (cell), GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->popover));
  gtk_widget_grab_focus (GTK_WIDGET (self->description));
}

static gboolean
begin_editing (PwProjectList *self,
               const char    *text)
{
  PwGridCell *cell;
  PwProject *project;
  const PwGridColumnInfo *info;
  g_autofree char *current = NULL;

  /* typed over: the arrows commit and move; F2 or a double click: they
   * move the caret, as in Calc */
  self->sheet.typed_edit = text != NULL;
  if (!self->editable || n_rows (self) == 0)
    return FALSE;

  scroll_to_cursor (self);
  cell = find_cell (self, self->sheet.row, self->sheet.column);
  if (cell == NULL)
    return FALSE;
  if (self->editing_cell != NULL && self->editing_cell != cell)
    commit_editing (self);

  project = pw_grid_sheet_item (&self->sheet, self->sheet.row);
  info = &pw_project_list_columns[self->sheet.column];
  if (g_str_equal (info->key, "description"))
    {
      edit_description (self, cell, project, text);
      return TRUE;
    }

  current = info->get_text (self, project, 0);
  self->editing_cell = cell;
  pw_grid_cell_start_editing (cell, text != NULL ? text : current, FALSE);
  if (info->get_choices != NULL)
    pw_grid_cell_set_choices (cell, info->get_choices (project, 0));
  return TRUE;
}

/* The cursor and the range */

void
pw_project_list_place_cursor (PwProjectList *self,
              guint          row,
              guint          column,
              gboolean       scroll)
{
  if (self->editing_cell != NULL)
    commit_editing (self);

  pw_grid_sheet_place (&self->sheet, row, column);
  show_reason (self, NULL);
  refresh_cells (self);
  if (scroll)
    scroll_to_cursor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
extend_range (PwProjectList *self,
              int            row,
              int            column)
{
  if (self->editing_cell != NULL)
    commit_editing (self);
  if (!pw_grid_sheet_extend (&self->sheet, row, column))
    return;
  refresh_cells (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static GtkEditable *
get_editor (PwProjectList *self)
{
  return self->editing_cell != NULL ? GTK_EDITABLE (pw_grid_cell_get_editor (self->editing_cell)) : NULL;
}

/* What acts on the range */

static void
clear_range (PwProjectList *self)
{
  if (!can_edit (self))
    return;
  pw_grid_sheet_clear_range (&self->sheet, history (self));
  refresh_cells (self);
}

static void
fill_down (PwProjectList *self)
{
  if (!can_edit (self))
    return;
  pw_grid_sheet_fill_down (&self->sheet, history (self));
  refresh_cells (self);
}

static void
copy (PwProjectList *self,
      gboolean       cut)
{
  g_autoptr(GPtrArray) table = NULL;

  if (n_rows (self) == 0)
    return;
  table = pw_grid_sheet_range_table (&self->sheet);
  pw_grid_clipboard_set_table (gtk_widget_get_clipboard (GTK_WIDGET (self)), table);
  if (cut && self->editable)
    clear_range (self);
}

/* A project for each row pasted below the last, numbered after it. */
static void
add_rows (PwProjectList *self,
          guint          n)
{
  GListModel *projects = pw_box_get_projects (self->column);

  for (guint i = 0; i < n; i++)
    {
      guint count = g_list_model_get_n_items (projects);
      g_autoptr(PwProject) last = count > 0 ? g_list_model_get_item (projects, count - 1) : NULL;
      g_autoptr(PwProject) project = pw_project_new ();
      g_autofree char *id = self->plan != NULL ? pw_plan_make_id (self->plan, "prj") : NULL;

      if (id != NULL)
        pw_object_set_id (PW_OBJECT (project), id);
      pw_project_set_number (project, last != NULL ? pw_project_get_number (last) + 1 : 1);
      pw_box_insert_project (self->column, count, project);
    }
}

static void
table_read (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(PwProjectList) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) table = pw_grid_clipboard_read_table_finish (GDK_CLIPBOARD (source), result, &error);
  PwGridRange range;
  guint refused;
  guint rows;

  if (table == NULL)
    {
      g_debug ("Could not read the clipboard: %s", error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (table->len == 0 || self->column == NULL || !self->editable)
    return;

  pw_grid_sheet_get_range (&self->sheet, &range);
  rows = n_rows (self);
  if (history (self) != NULL)
    pw_history_begin (history (self), _("Paste"));
  if (range.first_row + table->len > rows)
    add_rows (self, range.first_row + table->len - rows);
  refused = pw_grid_sheet_paste_cells (&self->sheet, table, 0, range.first_row, range.first_column);
  if (history (self) != NULL)
    pw_history_end (history (self));

  pw_grid_sheet_select (&self->sheet, range.first_row, range.first_column, range.first_row + table->len - 1,
                        range.first_column + MAX (pw_grid_table_n_columns (table), 1) - 1);
  if (refused > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%'u cell was not pasted: its column cannot hold its text.",
                                                            "%'u cells were not pasted: their columns cannot hold their text.",
                                                            refused),
                                               refused);
      show_reason (self, text);
      gtk_widget_error_bell (GTK_WIDGET (self));
    }
}

/* Ctrl+V: the clipboard's rows from the range's corner down, as one undo
 * step; rows below the last project make projects. */
static void
paste (PwProjectList *self)
{
  if (!self->editable || self->column == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  pw_grid_clipboard_read_table_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL,
                                      table_read, g_object_ref (self));
}

static const PwGridColumnInfo *
sheet_column (gpointer list,
              guint    index,
              int     *year)
{
  g_assert (index < PW_PROJECT_LIST_N_COLUMNS);
  *year = 0;
  return &pw_project_list_columns[index];
}

/* any pointer parameter matches another: each takes the list as itself */
static const PwGridSheetClass sheet_class = {
  sheet_column,
  (void (*) (gpointer, guint, guint, gboolean)) pw_project_list_place_cursor,
  (void (*) (gpointer, int, int)) extend_range,
  (gboolean (*) (gpointer, const char *)) begin_editing,
  (gboolean (*) (gpointer)) pw_project_list_try_commit,
  (void (*) (gpointer)) cancel_editing,
  (GtkEditable * (*) (gpointer)) get_editor,
  (void (*) (gpointer)) clear_range,
  (void (*) (gpointer, gboolean)) copy,
  (void (*) (gpointer)) paste,
  (void (*) (gpointer)) fill_down,
  NULL,
};

/* Callbacks */
static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             PwProjectList         *self)
{
  /* Alt+Down opens the choices of the cell */
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && (state & GDK_ALT_MASK) &&
      n_rows (self) > 0 && pw_project_list_columns[self->sheet.column].get_choices != NULL)
    {
      if (self->editing_cell == NULL)
        begin_editing (self, NULL);
      if (self->editing_cell != NULL)
        pw_grid_cell_popup_choices (self->editing_cell);
      return TRUE;
    }

  pw_project_list_set_has_cursor (self, TRUE);
  /* Menu or Shift+F10: the cursor's cell's menu, Add Comment on its project */
  if (self->editing_cell == NULL &&
      pw_comment_menu_key (GTK_WIDGET (find_cell (self, self->sheet.row, self->sheet.column)), keyval, state))
    return TRUE;
  return pw_grid_sheet_key_pressed (&self->sheet, keyval, state);
}

/* Typing into the list starts editing the cursor's cell. */
static void
im_commit (GtkIMContext  *context,
           const char    *text,
           PwProjectList *self)
{
  if (self->editing_cell != NULL)
    {
      GtkEditable *editor = get_editor (self);
      int position = gtk_editable_get_position (editor);

      gtk_editable_insert_text (editor, text, -1, &position);
      gtk_editable_set_position (editor, position);
      return;
    }
  pw_project_list_set_has_cursor (self, TRUE);
  begin_editing (self, text);
}

static void
view_focused (PwProjectList *self)
{
  pw_project_list_set_has_cursor (self, TRUE);
}

static gboolean
refresh_markers (gpointer data)
{
  PwProjectList *self = data;

  self->markers_source = 0;
  refresh_cells (self);
  return G_SOURCE_REMOVE;
}

/* The history tells of a comment as it records it, before it is done. */
static void
history_changed (PwProjectList *self)
{
  if (self->markers_source == 0)
    self->markers_source = g_idle_add (refresh_markers, self);
}

static void
projects_changed (PwProjectList *self)
{
  guint rows = n_rows (self);

  if (self->sheet.row >= rows || self->sheet.range_row[1] >= rows)
    pw_grid_sheet_place (&self->sheet, self->sheet.row, self->sheet.column);
  pw_project_list_update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static gboolean
focus_project_cb (gpointer data)
{
  PwProjectList *self = data;

  self->focus_source = 0;
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
  /* the name typed now is part of adding the project, unless something
   * was done meanwhile */
  if (begin_editing (self, NULL) && history (self) != NULL &&
      pw_history_get_state (history (self)) == self->adding_state)
    self->adding = pw_grid_sheet_item (&self->sheet, self->sheet.row);
  return G_SOURCE_REMOVE;
}

/* GObject overrides */

static void
pw_project_list_dispose (GObject *object)
{
  PwProjectList *self = (PwProjectList *) object;

  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_handle_id (&self->markers_source, g_source_remove);
  if (self->cells != NULL)
    pw_project_list_commit (self);
  if (self->column != NULL)
    g_signal_handlers_disconnect_by_func (self->column, update_number, self);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->description_before, g_free);
  g_clear_pointer (&self->kept_text, g_free);
  if (self->selection != NULL)
    gtk_no_selection_set_model (self->selection, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_PROJECT_LIST);

  g_clear_object (&self->column);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->im_context);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->cells, g_ptr_array_unref);

  G_OBJECT_CLASS (pw_project_list_parent_class)->dispose (object);
}

static void
pw_project_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PwProjectList *self = PW_PROJECT_LIST (object);

  switch (prop_id)
    {
    case PROP_BOX:
      g_value_set_object (value, self->column);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_SELECTED:
      g_value_set_uint (value, pw_project_list_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_project_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PwProjectList *self = PW_PROJECT_LIST (object);

  switch (prop_id)
    {
    case PROP_BOX:
      pw_project_list_set_box (self, g_value_get_object (value));
      break;
    case PROP_EDITABLE:
      pw_project_list_set_editable (self, g_value_get_boolean (value));
      break;
    case PROP_SELECTED:
      pw_project_list_select (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_project_list_class_init (PwProjectListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_project_list_dispose;
  object_class->get_property = pw_project_list_get_property;
  object_class->set_property = pw_project_list_set_property;

  properties[PROP_BOX] =
    g_param_spec_object ("box", NULL, NULL, PW_TYPE_BOX,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PwProjectList:selected:
   *
   * The row of the cursor while the page's cursor is in this list, else
   * %GTK_INVALID_LIST_POSITION. Notified whenever the cursor or the range
   * moves.
   */
  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PW_TYPE_PROPERTY_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-project-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, layout);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, number_label);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, scrolled);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, view);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, selection);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, reason_label);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, empty_box);
  gtk_widget_class_bind_template_callback (widget_class, projects_changed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwprojectlist");
}

static void
pw_project_list_init (PwProjectList *self)
{
  GtkEventController *focus;

  self->editable = TRUE;
  self->cells = g_ptr_array_new ();
  pw_grid_sheet_init (&self->sheet, &sheet_class, self);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sheet.rows = G_LIST_MODEL (self->selection);
  self->sheet.n_columns = PW_PROJECT_LIST_N_COLUMNS;
  pw_project_list_add_columns (self);

  self->im_context = pw_grid_sheet_add_keys (GTK_WIDGET (self->view), G_CALLBACK (key_pressed),
                                             G_CALLBACK (im_commit), self);
  pw_grid_sheet_add_column_fitting (self->view, NULL);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (view_focused), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), focus);

  self->history_signals = g_signal_group_new (PW_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (history_changed), self);
  pw_project_list_update_summary (self);
}

/* Public API */

GtkWidget *
pw_project_list_new (void)
{
  return g_object_new (PW_TYPE_PROJECT_LIST, NULL);
}

/**
 * pw_project_list_set_plan:
 * @self: a project list
 * @plan: (nullable): the plan of the 专栏, whose history records the edits
 *   and whose comments the rows mark
 */
void
pw_project_list_set_plan (PwProjectList *self,
                          PwPlan        *plan)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  if (!g_set_object (&self->plan, plan))
    return;
  g_signal_group_set_target (self->history_signals, plan != NULL ? pw_plan_get_history (plan) : NULL);
  refresh_cells (self);
}

/**
 * pw_project_list_get_box:
 * @self: a project list
 *
 * Returns: (transfer none) (nullable): the 专栏 shown
 */
PwBox *
pw_project_list_get_box (PwProjectList *self)
{
  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), NULL);

  return self->column;
}

void
pw_project_list_set_box (PwProjectList *self,
                         PwBox         *column)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));
  g_return_if_fail (column == NULL || PW_IS_BOX (column));

  if (self->column == column)
    return;

  stop_editing (self);
  if (self->column != NULL)
    g_signal_handlers_disconnect_by_func (self->column, update_number, self);
  g_set_object (&self->column, column);
  if (column != NULL)
    g_signal_connect_object (column, "notify::number", G_CALLBACK (update_number), self, G_CONNECT_SWAPPED);

  pw_property_entry_bind (self->title_entry, G_OBJECT (column), "title", _("Edit Box Title"));
  gtk_no_selection_set_model (self->selection, column ? pw_box_get_projects (column) : NULL);
  pw_grid_sheet_place (&self->sheet, 0, 0);
  update_number (self);
  pw_project_list_update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOX]);
}

gboolean
pw_project_list_get_editable (PwProjectList *self)
{
  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), FALSE);

  return self->editable;
}

void
pw_project_list_set_editable (PwProjectList *self,
                              gboolean       editable)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  if (!editable)
    pw_project_list_commit (self);
  self->editable = editable;
  pw_property_entry_set_locked (self->title_entry, !editable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

/**
 * pw_project_list_get_projects:
 * @self: a project list
 *
 * Returns: (transfer none): the rows, in order: the box's projects
 */
GListModel *
pw_project_list_get_projects (PwProjectList *self)
{
  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * pw_project_list_get_selected:
 * @self: a project list
 *
 * Returns: the row of the cursor while the page's cursor is in this list,
 *   else %GTK_INVALID_LIST_POSITION
 */
guint
pw_project_list_get_selected (PwProjectList *self)
{
  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), GTK_INVALID_LIST_POSITION);

  if (!self->has_cursor || n_rows (self) == 0)
    return GTK_INVALID_LIST_POSITION;
  return self->sheet.row;
}

/**
 * pw_project_list_get_selected_rows:
 * @self: a project list
 * @first: (out): the range's first row
 * @last: (out): its last row
 *
 * Returns: whether the page's cursor is in this list: the rows that the
 *   page's commands on projects act on
 */
gboolean
pw_project_list_get_selected_rows (PwProjectList *self,
                                   guint         *first,
                                   guint         *last)
{
  PwGridRange range;

  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), FALSE);

  if (pw_project_list_get_selected (self) == GTK_INVALID_LIST_POSITION)
    return FALSE;
  pw_grid_sheet_get_range (&self->sheet, &range);
  *first = range.first_row;
  *last = range.last_row;
  return TRUE;
}

/**
 * pw_project_list_select:
 * @self: a project list
 * @position: a project's position, or %GTK_INVALID_LIST_POSITION to take
 *   the page's cursor away from this list
 *
 * Puts the cursor on the project's row, in the column it is in.
 */
void
pw_project_list_select (PwProjectList *self,
                        guint          position)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  if (position == GTK_INVALID_LIST_POSITION)
    {
      commit_editing (self);
      pw_project_list_set_has_cursor (self, FALSE);
      return;
    }
  self->has_cursor = TRUE;
  pw_project_list_place_cursor (self, position, self->sheet.column, TRUE);
}

/**
 * pw_project_list_select_rows:
 * @self: a project list
 * @cursor: the cursor's row, where the range starts
 * @far: the range's other end
 *
 * Puts the cursor and the range on these rows, in the cursor's column.
 */
void
pw_project_list_select_rows (PwProjectList *self,
                             guint          cursor,
                             guint          far)
{
  guint n;

  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  n = n_rows (self);
  if (n == 0)
    return;
  self->sheet.row = self->sheet.range_row[0] = MIN (cursor, n - 1);
  self->sheet.range_row[1] = MIN (far, n - 1);
  self->has_cursor = TRUE;
  refresh_cells (self);
  scroll_to_cursor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * pw_project_list_shift_selection:
 * @self: a project list
 * @rows: how many rows down (up when negative)
 *
 * Moves the cursor and the range together, as after rows were added above
 * them.
 */
void
pw_project_list_shift_selection (PwProjectList *self,
                                 int            rows)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  pw_project_list_select_rows (self, MAX ((int) self->sheet.row + rows, 0),
                               MAX ((int) self->sheet.range_row[1] + rows, 0));
}

/**
 * pw_project_list_set_cursor:
 * @self: a project list
 * @row: a project's row
 * @key: the key of a column: "number", "name", "description", "lead",
 *   "start", "end", "investment", "status" or "progress"
 *
 * Puts the page's cursor on the cell, as a click would.
 */
void
pw_project_list_set_cursor (PwProjectList *self,
                            guint          row,
                            const char    *key)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  for (guint i = 0; i < PW_PROJECT_LIST_N_COLUMNS; i++)
    if (g_strcmp0 (pw_project_list_columns[i].key, key) == 0)
      {
        self->has_cursor = TRUE;
        pw_project_list_place_cursor (self, row, i, TRUE);
        gtk_widget_grab_focus (GTK_WIDGET (self->view));
        return;
      }
  g_return_if_reached ();
}

/**
 * pw_project_list_get_cursor_key:
 * @self: a project list
 *
 * Returns: the key of the cursor's column (see pw_project_list_set_cursor())
 */
const char *
pw_project_list_get_cursor_key (PwProjectList *self)
{
  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), NULL);

  return pw_project_list_columns[self->sheet.column].key;
}

/**
 * pw_project_list_get_editor:
 * @self: a project list
 *
 * Returns: (transfer none) (nullable): the text of the cell being edited
 */
GtkEditable *
pw_project_list_get_editor (PwProjectList *self)
{
  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), NULL);

  return get_editor (self);
}

/**
 * pw_project_list_focus_project:
 * @self: a project list
 * @position: a project's position
 *
 * Puts the cursor on the project's name and starts editing it, once its
 * row is on screen: called just after the project was added, so that the
 * name typed there is one undo step with adding it.
 */
void
pw_project_list_focus_project (PwProjectList *self,
                               guint          position)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  self->has_cursor = TRUE;
  pw_project_list_place_cursor (self, position, 1, TRUE);
  if (history (self) != NULL)
    self->adding_state = pw_history_get_state (history (self));
  g_clear_handle_id (&self->focus_source, g_source_remove);
  self->focus_source = g_idle_add (focus_project_cb, self);
}

void
pw_project_list_focus_title (PwProjectList *self)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

/**
 * pw_project_list_commit:
 * @self: a project list
 *
 * Stores whatever was typed into the box and not yet stored: its title,
 * the cell being edited, the description open.
 *
 * Returns: %FALSE if a text was refused (its cell stays open and says why)
 */
gboolean
pw_project_list_commit (PwProjectList *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), TRUE);

  if (self->title_entry != NULL)
    ok &= pw_property_entry_commit (self->title_entry);
  if (self->description != NULL)
    pw_prose_view_commit (self->description);
  ok &= pw_project_list_try_commit (self);
  return ok;
}

/**
 * pw_project_list_keep_editing:
 * @self: a project list
 *
 * Stores the text of the cell being edited, leaving its editor open, so
 * that the draft of unsaved changes holds what is being typed. A text the
 * column refuses is not stored (it is still being typed); Escape afterwards
 * puts back what the cell held before the edit.
 */
void
pw_project_list_keep_editing (PwProjectList *self)
{
  PwGridCell *cell;
  GtkListItem *item;
  PwProject *project;
  g_autofree char *current = NULL;
  const char *text;

  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  cell = self->editing_cell;
  item = cell != NULL ? pw_grid_cell_get_list_item (cell) : NULL;
  project = item != NULL ? gtk_list_item_get_item (item) : NULL;
  if (project == NULL)
    return;

  text = pw_grid_cell_get_edit_text (cell);
  current = pw_project_list_columns[pw_grid_cell_get_column (cell)].get_text (self, project, 0);
  if (g_strcmp0 (text != NULL ? text : "", current != NULL ? current : "") == 0)
    return;
  if (pw_project_list_store (self, project, pw_grid_cell_get_column (cell), text) && self->kept_text == NULL)
    self->kept_text = g_steal_pointer (&current);
}
