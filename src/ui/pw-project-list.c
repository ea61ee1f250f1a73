/* pw-project-list.c: one 专栏 box of a chapter, its projects as a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card: "专栏N" and the box's title, then a GtkColumnView over the box's
 * own list of projects (no copy), one row per project, edited as the
 * indicator grid is: its cells are PwGridCells, its columns a table of
 * PwGridColumnInfo (below), its cursor, range, keys, clearing, filling and
 * clipboard those of pw-grid-sheet.c and pw-grid-clipboard.c. Typing or F2
 * edits the cell under the cursor (the description in a popover, as
 * prose); each edit, paste, clear or fill is one undo step of the plan's
 * history.
 *
 * The list edits cells; adding, removing, duplicating and moving projects
 * are actions of the chapter page, which act on the rows of the list's
 * range (the cursor's row alone unless extended). Only the list that holds
 * the page's cursor draws it.
 */

#define G_LOG_DOMAIN "pw-project-list"

#include "config.h"

#include "pw-project-list.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pw-comment-menu.h"
#include "pw-grid-cell.h"
#include "pw-grid-clipboard.h"
#include "pw-grid-sheet.h"
#include "pw-property-entry.h"
#include "pw-prose-view.h"

struct _PwProjectList
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *layout;
  GtkLabel *number_label;
  PwPropertyEntry *title_entry;
  GtkLabel *summary_label;
  GtkScrolledWindow *scrolled;
  GtkColumnView *view;
  GtkNoSelection *selection;
  GtkLabel *reason_label;
  GtkLabel *empty_label;

  /* Owned */
  PwBox *column;
  PwPlan *plan;     /* whose history records the edits, whose comments are marked */
  GPtrArray *cells; /* every PwGridCell set up and not destroyed */
  GSignalGroup *history_signals;
  GtkIMContext *im_context;
  GtkWidget *popover; /* the description being edited */
  PwProseView *description;
  guint markers_source;
  guint focus_source;
  guint focus_position;
  PwGridSheet sheet;

  /* Borrowed */
  PwGridCell *editing_cell;

  gboolean has_cursor; /* the page's cursor is in this list */
  gboolean editable;
};

enum {
  PROP_0,
  PROP_BOX,
  PROP_EDITABLE,
  PROP_SELECTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwProjectList, pw_project_list, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void refresh_cell (PwGridCell *cell);

/* The columns */

static char *
format_investment (double investment)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4f", investment));
  char *end = text + strlen (text);

  while (end > text && end[-1] == '0')
    *--end = '\0';
  if (end > text && end[-1] == '.')
    end[-1] = '\0';
  return text;
}

/* What was typed, as ASCII where it can be: full-width digits (２０２２)
 * as an input method types them, without the spaces around. */
static char *
normalize (const char *text)
{
  char *normal = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL_COMPOSE);

  return g_strstrip (normal != NULL ? normal : g_strdup (""));
}

/* A whole number typed (spaces around it, a trailing % or 年 allowed), or
 * 0 for nothing. */
static gboolean
parse_int (const char *text,
           const char *suffix,
           int         min,
           int         max,
           int        *out)
{
  g_autofree char *copy = normalize (text);
  char *end;
  gint64 n;

  if (*copy == '\0')
    {
      *out = 0;
      return TRUE;
    }
  if (suffix != NULL && g_str_has_suffix (copy, suffix))
    copy[strlen (copy) - strlen (suffix)] = '\0';
  n = g_ascii_strtoll (copy, &end, 10);
  if (end == copy || *g_strstrip (end) != '\0' || n < min || n > max)
    return FALSE;
  *out = (int) n;
  return TRUE;
}

static char *
number_text (gpointer list,
             gpointer project,
             int      year)
{
  return g_strdup_printf ("%d", pw_project_get_number (project));
}

static gboolean
number_set (gpointer    project,
            int         year,
            const char *text)
{
  int number;

  if (!parse_int (text, NULL, 1, 9999, &number) || number == 0)
    return FALSE;
  pw_project_set_number (project, number);
  return TRUE;
}

/* A column of text; @empty_is_null: an empty text leaves the field unset */
#define TEXT_FIELD(field, empty_is_null)                                              \
  static char *                                                                       \
  field##_text (gpointer list, gpointer project, int year)                            \
  {                                                                                   \
    return g_strdup (pw_project_get_##field (project));                               \
  }                                                                                   \
  static gboolean                                                                     \
  field##_set (gpointer project, int year, const char *text)                          \
  {                                                                                   \
    pw_project_set_##field (project, (empty_is_null) && (text == NULL || *text == '\0') ? NULL : text); \
    return TRUE;                                                                      \
  }

TEXT_FIELD (name, FALSE)
TEXT_FIELD (description, TRUE)
TEXT_FIELD (lead, TRUE)

static char *
year_text (int year)
{
  return year != 0 ? g_strdup_printf ("%d", year) : NULL;
}

static char *
start_text (gpointer list,
            gpointer project,
            int      year)
{
  return year_text (pw_project_get_start_year (project));
}

/* Years that a .plan file can hold, and a project that does not end before
 * it starts. */
static gboolean
start_set (gpointer    project,
           int         year,
           const char *text)
{
  int start, end = pw_project_get_end_year (project);

  if (!parse_int (text, "年", 1000, 9999, &start) || (start != 0 && end != 0 && start > end))
    return FALSE;
  pw_project_set_start_year (project, start);
  return TRUE;
}

static char *
end_text (gpointer list,
          gpointer project,
          int      year)
{
  return year_text (pw_project_get_end_year (project));
}

static gboolean
end_set (gpointer    project,
         int         year,
         const char *text)
{
  int end, start = pw_project_get_start_year (project);

  if (!parse_int (text, "年", 1000, 9999, &end) || (start != 0 && end != 0 && end < start))
    return FALSE;
  pw_project_set_end_year (project, end);
  return TRUE;
}

static char *
investment_text (gpointer list,
                 gpointer project,
                 int      year)
{
  double investment = pw_project_get_investment (project);

  return isnan (investment) ? NULL : format_investment (investment);
}

static gboolean
investment_set (gpointer    project,
                int         year,
                const char *text)
{
  g_autofree char *copy = normalize (text);
  char *end;
  double investment;

  if (*copy == '\0')
    {
      pw_project_set_investment (project, NAN);
      return TRUE;
    }
  if (g_str_has_suffix (copy, "万元"))
    copy[strlen (copy) - strlen ("万元")] = '\0';
  /* as a spreadsheet shows a large sum: 12,500 */
  for (char *p = copy, *q = copy;; p++)
    if (*p != ',' && (*q++ = *p) == '\0')
      break;
  investment = g_ascii_strtod (copy, &end);
  if (end == copy || *g_strstrip (end) != '\0' || isnan (investment) || investment < 0)
    return FALSE;
  pw_project_set_investment (project, investment);
  return TRUE;
}

static char *
status_text (gpointer list,
             gpointer project,
             int      year)
{
  return g_strdup (pw_project_status_to_label (pw_project_get_status (project)));
}

static gboolean
status_set (gpointer    project,
            int         year,
            const char *text)
{
  PwProjectStatus status;

  if (text == NULL || *text == '\0')
    status = PW_PROJECT_PLANNED;
  else if (!pw_project_status_from_text (text, &status))
    return FALSE;
  pw_project_set_status (project, status);
  return TRUE;
}

static const char * const *
status_choices (gpointer project,
                int      year)
{
  static const char *choices[PW_PROJECT_SUSPENDED + 2];

  if (choices[0] == NULL)
    for (PwProjectStatus s = PW_PROJECT_PLANNED; s <= PW_PROJECT_SUSPENDED; s++)
      choices[s] = pw_project_status_to_label (s);
  return choices;
}

static char *
progress_text (gpointer list,
               gpointer project,
               int      year)
{
  return g_strdup_printf ("%d", pw_project_get_progress (project));
}

static gboolean
progress_set (gpointer    project,
              int         year,
              const char *text)
{
  int progress;

  if (!parse_int (text, "%", 0, 100, &progress))
    return FALSE;
  pw_project_set_progress (project, progress);
  return TRUE;
}

static const PwGridColumnInfo columns[] = {
  { "number", N_("No."), 44, 0, number_text, NULL, number_set, NULL, NULL, NULL, NULL },
  { "name", N_("Project"), 190, PW_GRID_COLUMN_EXPAND, name_text, NULL, name_set, NULL, NULL, NULL, NULL },
  { "description", N_("Description"), 170, 0, description_text, NULL, description_set, NULL, NULL, NULL, NULL },
  { "lead", N_("Lead Unit"), 120, 0, lead_text, NULL, lead_set, NULL, NULL, NULL, NULL },
  { "start", N_("Start"), 58, 0, start_text, NULL, start_set, NULL, NULL, NULL, NULL },
  { "end", N_("End"), 58, 0, end_text, NULL, end_set, NULL, NULL, NULL, NULL },
  { "investment", N_("Investment"), 92, 0, investment_text, NULL, investment_set, NULL, NULL, NULL, NULL },
  { "status", N_("Status"), 96, 0, status_text, NULL, status_set, NULL, status_choices, NULL, NULL },
  { "progress", N_("Done (%)"), 76, 0, progress_text, NULL, progress_set, NULL, NULL, NULL, NULL },
};

/* Why a column refused what was typed or pasted into it. */
static const char *
refusal (guint column)
{
  const char *key = columns[column].key;

  if (g_str_equal (key, "number"))
    return _("Type the number the plan prints, such as 3");
  if (g_str_equal (key, "start") || g_str_equal (key, "end"))
    return _("Type a year such as 2023, no earlier than the start and no later than the end, or nothing if it is not known");
  if (g_str_equal (key, "investment"))
    return _("Type the investment in 10,000 yuan (万元), such as 3800, or nothing");
  if (g_str_equal (key, "status"))
    return _("Choose 未开工, 在建, 已完工 or 暂缓 (Alt+Down)");
  if (g_str_equal (key, "progress"))
    return _("Type the percent complete, from 0 to 100");
  return NULL;
}

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

static void
update_summary (PwProjectList *self)
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
      g_autofree char *sum = format_investment (total);

      /* Translators: the number of projects in a 专栏 and their investment, in 万元 */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project, %s (10k yuan) in all",
                                           "%u projects, %s (10k yuan) in all", n), n, sum);
    }
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", n), n);

  gtk_label_set_label (self->summary_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->scrolled), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
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
    refresh_cell (g_ptr_array_index (self->cells, i));
}

/* Whether a reviewer's comment is on the project. */
static gboolean
is_commented (PwProjectList *self,
              PwProject     *project)
{
  GListModel *comments = self->plan != NULL ? pw_plan_get_comments (self->plan) : NULL;
  const char *id = pw_object_get_id (PW_OBJECT (project));

  for (guint i = 0; id != NULL && comments != NULL && i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (comments, i);

      if (g_strcmp0 (pw_comment_get_target (comment), id) == 0)
        return TRUE;
    }
  return FALSE;
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

static void
set_has_cursor (PwProjectList *self,
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
  pw_grid_cell_stop_editing (cell);
  refresh_cell (cell);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Stores @text in a cell as one undo step. */
static gboolean
store (PwProjectList *self,
       PwProject     *project,
       guint          column,
       const char    *text)
{
  g_autofree char *current = columns[column].get_text (self, project, 0);
  g_autofree char *label = NULL;
  gboolean stored;

  if (g_strcmp0 (current != NULL ? current : "", text != NULL ? text : "") == 0)
    return TRUE;

  /* Translators: the undo label of an edit in a column of a 专栏's projects */
  label = g_strdup_printf (_("Edit %s"), _(columns[column].title));
  if (history (self) != NULL)
    pw_history_begin (history (self), label);
  stored = pw_grid_sheet_store (&self->sheet, project, column, text);
  if (history (self) != NULL)
    pw_history_end (history (self));
  return stored;
}

static gboolean
try_commit (PwProjectList *self)
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
  if (project != NULL && !store (self, project, pw_grid_cell_get_column (cell), text))
    {
      GtkWidget *editor = pw_grid_cell_get_editor (cell);

      gtk_widget_add_css_class (editor, "error");
      gtk_widget_set_tooltip_text (editor, refusal (pw_grid_cell_get_column (cell)));
      show_reason (self, refusal (pw_grid_cell_get_column (cell)));
      gtk_widget_error_bell (editor);
      return FALSE;
    }

  show_reason (self, NULL);
  stop_editing (self);
  return TRUE;
}

static void
commit_editing (PwProjectList *self)
{
  if (!try_commit (self))
    stop_editing (self);
}

static void
description_closed (PwProjectList *self)
{
  pw_prose_view_commit (self->description);
  pw_prose_view_bind (self->description, NULL, NULL, NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
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
    }

  pw_prose_view_bind (self->description, G_OBJECT (project), "description", _("Edit Project Description"));
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
  info = &columns[self->sheet.column];
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

static void
place_cursor (PwProjectList *self,
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
                                                            "%u cell was not pasted: its column cannot hold its text.",
                                                            "%u cells were not pasted: their columns cannot hold their text.",
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
  g_assert (index < G_N_ELEMENTS (columns));
  *year = 0;
  return &columns[index];
}

/* any pointer parameter matches another: each takes the list as itself */
static const PwGridSheetClass sheet_class = {
  sheet_column,
  (void (*) (gpointer, guint, guint, gboolean)) place_cursor,
  (void (*) (gpointer, int, int)) extend_range,
  (gboolean (*) (gpointer, const char *)) begin_editing,
  (gboolean (*) (gpointer)) try_commit,
  (void (*) (gpointer)) stop_editing,
  (GtkEditable * (*) (gpointer)) get_editor,
  (void (*) (gpointer)) clear_range,
  (void (*) (gpointer, gboolean)) copy,
  (void (*) (gpointer)) paste,
  (void (*) (gpointer)) fill_down,
  NULL,
};

/* Callbacks */

static void
refresh_cell (PwGridCell *cell)
{
  PwProjectList *self = g_object_get_data (G_OBJECT (cell), "pw-project-list");
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwProject *project = item ? gtk_list_item_get_item (item) : NULL;
  guint column = pw_grid_cell_get_column (cell);
  guint row;
  g_autofree char *text = NULL;

  if (project == NULL || cell == self->editing_cell)
    return;

  text = columns[column].get_text (self, project, 0);
  if (text != NULL && g_str_equal (columns[column].key, "description"))
    /* its first paragraph; the whole in the tooltip and the popover */
    text[strcspn (text, "\n")] = '\0';
  pw_grid_cell_set_text (cell, text);

  row = gtk_list_item_get_position (item);
  pw_grid_cell_set_class (cell, "cursor", self->has_cursor && row == self->sheet.row && column == self->sheet.column);
  pw_grid_cell_set_class (cell, "selected", self->has_cursor && !pw_grid_sheet_is_one_cell (&self->sheet) &&
                                            pw_grid_sheet_in_range (&self->sheet, row, column));
  if (g_str_equal (columns[column].key, "name"))
    pw_grid_cell_set_class (cell, "commented", is_commented (self, project));
}

static gboolean
cell_query_tooltip (PwGridCell *cell,
                    int         x,
                    int         y,
                    gboolean    keyboard,
                    GtkTooltip *tooltip)
{
  PwProjectList *self = g_object_get_data (G_OBJECT (cell), "pw-project-list");
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwProject *project = item ? gtk_list_item_get_item (item) : NULL;
  g_autofree char *text = NULL;

  if (project == NULL || pw_grid_cell_has_popup (cell))
    return FALSE;
  /* the whole text of a cell too narrow for it */
  text = columns[pw_grid_cell_get_column (cell)].get_text (self, project, 0);
  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cell_pressed (GtkGestureClick *gesture,
              int              n_press,
              double           x,
              double           y,
              PwGridCell      *cell)
{
  PwProjectList *self = g_object_get_data (G_OBJECT (cell), "pw-project-list");

  if (cell == self->editing_cell)
    return;
  set_has_cursor (self, TRUE);
  pw_grid_sheet_cell_pressed (&self->sheet, cell,
                              gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)),
                              n_press, GTK_WIDGET (self->view));
}

/* A right click on a project's cell comments on the project; the cell
 * becomes the cursor, as in a spreadsheet. */
static gboolean
cell_comment_target (GtkWidget  *widget,
                     double      x,
                     double      y,
                     gpointer    data,
                     char      **target,
                     int        *year,
                     int        *paragraph)
{
  PwGridCell *cell = PW_GRID_CELL (widget);
  PwProjectList *self = g_object_get_data (G_OBJECT (cell), "pw-project-list");
  GtkListItem *item = pw_grid_cell_get_list_item (cell);
  PwProject *project = item ? gtk_list_item_get_item (item) : NULL;

  if (project == NULL || pw_object_get_id (PW_OBJECT (project)) == NULL || cell == self->editing_cell)
    return FALSE;
  place_cursor (self, gtk_list_item_get_position (item), pw_grid_cell_get_column (cell), FALSE);
  set_has_cursor (self, TRUE);
  *target = g_strdup (pw_object_get_id (PW_OBJECT (project)));
  *year = *paragraph = 0;
  return TRUE;
}

/* GTK 4.8 lets go of a list item's child before "teardown", so a cell
 * leaves the list's array when it is destroyed. */
static void
cell_destroyed (PwProjectList *self,
                PwGridCell    *cell)
{
  if (self->cells != NULL)
    g_ptr_array_remove_fast (self->cells, cell);
  if (cell == self->editing_cell)
    self->editing_cell = NULL;
}

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            PwProjectList            *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "pw-column"));
  GtkWidget *cell = pw_grid_cell_new (index);
  GtkGesture *click = gtk_gesture_click_new ();
  g_autofree char *name = g_strconcat ("pw-project-", columns[index].key, NULL);

  g_object_set_data (G_OBJECT (cell), "pw-project-list", self);
  gtk_widget_add_css_class (cell, name);
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (cell_query_tooltip), NULL);
  g_signal_connect (click, "pressed", G_CALLBACK (cell_pressed), cell);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));
  pw_comment_menu_attach (cell, cell_comment_target, NULL);
  g_signal_connect_object (cell, "chosen", G_CALLBACK (try_commit), self, G_CONNECT_SWAPPED);

  gtk_list_item_set_child (list_item, cell);
  pw_grid_cell_set_list_item (PW_GRID_CELL (cell), list_item);
  g_ptr_array_add (self->cells, cell);
  g_signal_connect_object (cell, "destroy", G_CALLBACK (cell_destroyed), self, G_CONNECT_SWAPPED);
}

static void
project_changed (PwGridCell *cell)
{
  PwProjectList *self = g_object_get_data (G_OBJECT (cell), "pw-project-list");

  refresh_cell (cell);
  if (g_str_equal (columns[pw_grid_cell_get_column (cell)].key, "investment"))
    update_summary (self);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           PwProjectList            *self)
{
  PwGridCell *cell = PW_GRID_CELL (gtk_list_item_get_child (list_item));
  PwProject *project = gtk_list_item_get_item (list_item);

  refresh_cell (cell);
  g_signal_connect_swapped (project, "notify", G_CALLBACK (project_changed), cell);
  g_signal_connect_swapped (list_item, "notify::position", G_CALLBACK (refresh_cell), cell);
}

static void
cell_unbind (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PwProjectList            *self)
{
  PwGridCell *cell = PW_GRID_CELL (gtk_list_item_get_child (list_item));
  PwProject *project = gtk_list_item_get_item (list_item);

  g_signal_handlers_disconnect_by_func (project, project_changed, cell);
  g_signal_handlers_disconnect_by_func (list_item, refresh_cell, cell);

  /* rebound while editing: what was typed is kept (a project's field
   * changes, not the list) */
  if (cell == self->editing_cell)
    {
      g_autofree char *text = g_strdup (pw_grid_cell_get_edit_text (cell));

      self->editing_cell = NULL;
      pw_grid_cell_stop_editing (cell);
      store (self, project, pw_grid_cell_get_column (cell), text);
    }
}

static void
add_columns (PwProjectList *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "pw-column", GUINT_TO_POINTER (i));
      g_signal_connect_object (factory, "setup", G_CALLBACK (cell_setup), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (cell_bind), self, 0);
      g_signal_connect_object (factory, "unbind", G_CALLBACK (cell_unbind), self, 0);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_column_set_expand (column, (columns[i].flags & PW_GRID_COLUMN_EXPAND) != 0);
      gtk_column_view_append_column (self->view, column);
    }
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             PwProjectList         *self)
{
  /* Alt+Down opens the choices of the cell */
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && (state & GDK_ALT_MASK) &&
      n_rows (self) > 0 && columns[self->sheet.column].get_choices != NULL)
    {
      if (self->editing_cell == NULL)
        begin_editing (self, NULL);
      if (self->editing_cell != NULL)
        pw_grid_cell_popup_choices (self->editing_cell);
      return TRUE;
    }

  set_has_cursor (self, TRUE);
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
  set_has_cursor (self, TRUE);
  begin_editing (self, text);
}

static void
view_focused (PwProjectList *self)
{
  set_has_cursor (self, TRUE);
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
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static gboolean
focus_project_cb (gpointer data)
{
  PwProjectList *self = data;

  self->focus_source = 0;
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
  begin_editing (self, NULL);
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
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, empty_label);
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
  self->sheet.n_columns = G_N_ELEMENTS (columns);
  add_columns (self);

  self->im_context = pw_grid_sheet_add_keys (GTK_WIDGET (self->view), G_CALLBACK (key_pressed),
                                             G_CALLBACK (im_commit), self);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (view_focused), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), focus);

  self->history_signals = g_signal_group_new (PW_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (history_changed), self);
  update_summary (self);
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
  update_summary (self);
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
      set_has_cursor (self, FALSE);
      return;
    }
  self->has_cursor = TRUE;
  place_cursor (self, position, self->sheet.column, TRUE);
}

/**
 * pw_project_list_shift_selection:
 * @self: a project list
 * @rows: how many rows down (up when negative)
 *
 * Moves the cursor and the range together, as after their rows moved.
 */
void
pw_project_list_shift_selection (PwProjectList *self,
                                 int            rows)
{
  guint n;

  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  n = n_rows (self);
  if (n == 0)
    return;
  self->sheet.row = CLAMP ((int) self->sheet.row + rows, 0, (int) n - 1);
  for (guint i = 0; i < 2; i++)
    self->sheet.range_row[i] = CLAMP ((int) self->sheet.range_row[i] + rows, 0, (int) n - 1);
  self->has_cursor = TRUE;
  refresh_cells (self);
  scroll_to_cursor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
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

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_strcmp0 (columns[i].key, key) == 0)
      {
        self->has_cursor = TRUE;
        place_cursor (self, row, i, TRUE);
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

  return columns[self->sheet.column].key;
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
 * row is on screen.
 */
void
pw_project_list_focus_project (PwProjectList *self,
                               guint          position)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  self->has_cursor = TRUE;
  place_cursor (self, position, 1, TRUE);
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
  ok &= try_commit (self);
  return ok;
}
