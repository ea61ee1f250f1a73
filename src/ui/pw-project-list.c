/* pw-project-list.c: one 专栏 box of a chapter, its projects edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card: "专栏N" and the box's title, then a GtkColumnView over the box's
 * own list of projects (no copy), one row per project, every cell an editor:
 * entries for the name, lead unit, years and investment (stored when left or
 * activated), a drop-down for the status, a spin button for the percent
 * complete; under each name, the first line of the project's description,
 * which opens the whole of it for editing in a popover. Each edit
 * is one undo step of the plan's history; each cell follows its project, so
 * that undo and redo show at once.
 *
 * The list edits cells; adding, removing and moving projects are actions of
 * the chapter page, which acts on the row selected here. Focus entering a
 * row's cell selects that row.
 */

#define G_LOG_DOMAIN "pw-project-list"

#include "config.h"

#include "pw-project-list.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pw-comment-menu.h"
#include "pw-property-entry.h"
#include "pw-prose-view.h"

typedef enum
{
  CELL_NUMBER,
  CELL_NAME,
  CELL_LEAD,
  CELL_START,
  CELL_END,
  CELL_INVESTMENT,
  CELL_STATUS,
  CELL_PROGRESS,
  N_CELL_KINDS
} CellKind;

struct _PwProjectList
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *layout;
  GtkLabel *number_label;
  PwPropertyEntry *title_entry;
  GtkLabel *summary_label;
  GtkWidget *scrolled;
  GtkColumnView *view;
  GtkSingleSelection *selection;
  GtkLabel *empty_label;
  GtkListItemFactory *number_factory;
  GtkListItemFactory *name_factory;
  GtkListItemFactory *lead_factory;
  GtkListItemFactory *start_factory;
  GtkListItemFactory *end_factory;
  GtkListItemFactory *investment_factory;
  GtkListItemFactory *status_factory;
  GtkListItemFactory *progress_factory;

  /* Owned */
  PwBox *column;
  PwPlan *plan;     /* whose comments are marked */
  GPtrArray *cells; /* every cell widget set up and not torn down */
  GSignalGroup *history_signals;
  guint markers_source;

  guint focus_source;
  guint focus_position;
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

static void refresh_cell (GtkWidget *cell);

static const char *const cell_classes[N_CELL_KINDS] = {
  "pw-project-number",
  "pw-project-name",
  "pw-project-lead",
  "pw-project-start",
  "pw-project-end",
  "pw-project-investment",
  "pw-project-status",
  "pw-project-progress",
};

/* Auxiliary methods */

static CellKind
factory_kind (PwProjectList      *self,
              GtkListItemFactory *factory)
{
  GtkListItemFactory *factories[N_CELL_KINDS] = {
    self->number_factory, self->name_factory, self->lead_factory, self->start_factory,
    self->end_factory, self->investment_factory, self->status_factory, self->progress_factory,
  };

  for (guint i = 0; i < N_CELL_KINDS; i++)
    if (factories[i] == factory)
      return i;

  g_return_val_if_reached (CELL_NUMBER);
}

static CellKind
cell_kind (GtkWidget *cell)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "pw-cell-kind"));
}

static GtkListItem *
cell_list_item (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), "pw-list-item");
}

static PwProject *
cell_project (GtkWidget *cell)
{
  GtkListItem *list_item = cell_list_item (cell);

  return list_item != NULL ? gtk_list_item_get_item (list_item) : NULL;
}

/* The entry of a cell that edits text: the cell itself, or the name in the
 * project's cell. */
static PwPropertyEntry *
cell_entry (GtkWidget *cell)
{
  switch (cell_kind (cell))
    {
    case CELL_NAME:
      return g_object_get_data (G_OBJECT (cell), "pw-entry");
    case CELL_LEAD:
    case CELL_START:
    case CELL_END:
    case CELL_INVESTMENT:
      return PW_PROPERTY_ENTRY (cell);
    case CELL_NUMBER:
    case CELL_STATUS:
    case CELL_PROGRESS:
    case N_CELL_KINDS:
    default:
      return NULL;
    }
}

static PwProseView *
cell_description (GtkWidget *cell)
{
  return cell_kind (cell) == CELL_NAME ? g_object_get_data (G_OBJECT (cell), "pw-prose-view") : NULL;
}

static PwHistory *
project_history (PwProject *project)
{
  return pw_object_get_history (PW_OBJECT (project));
}

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
  gtk_widget_set_visible (self->scrolled, n > 0);
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
update_cell_sensitivity (PwProjectList *self,
                         GtkWidget     *cell)
{
  PwPropertyEntry *entry = cell_entry (cell);
  PwProseView *description = cell_description (cell);

  /* a reader's fields are text to select and copy, not greyed out */
  if (entry != NULL)
    pw_property_entry_set_locked (entry, !self->editable);
  else if (cell_kind (cell) != CELL_NUMBER)
    gtk_widget_set_sensitive (cell, self->editable);

  /* the description stays readable: only its text is locked */
  if (description != NULL)
    {
      refresh_cell (cell);
      gtk_text_view_set_editable (GTK_TEXT_VIEW (description), self->editable);
      gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (description), self->editable);
      pw_prose_view_set_placeholder (description,
                                     self->editable ? _("What the project builds or does, where, and for whom.")
                                                    : _("No description."));
    }
}

/* Refuses years that a .plan file cannot hold, and a project that would end
 * before it starts. */
static gboolean
check_year (PwPropertyEntry  *entry,
            GObject          *object,
            GValue           *value,
            char            **message)
{
  PwProject *project = PW_PROJECT (object);
  int year = g_value_get_int (value);
  int start = pw_project_get_start_year (project);
  int end = pw_project_get_end_year (project);

  if (year == 0)
    return TRUE;
  if (year < 1000 || year > 9999)
    {
      *message = g_strdup (_("Type a year such as 2023, or nothing if it is not known"));
      return FALSE;
    }
  if (cell_kind (GTK_WIDGET (entry)) == CELL_START && end != 0 && year > end)
    {
      *message = g_strdup_printf (_("The project cannot start after it ends, in %d"), end);
      return FALSE;
    }
  if (cell_kind (GTK_WIDGET (entry)) == CELL_END && start != 0 && year < start)
    {
      *message = g_strdup_printf (_("The project cannot end before it starts, in %d"), start);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_investment (PwPropertyEntry  *entry,
                  GObject          *object,
                  GValue           *value,
                  char            **message)
{
  if (g_value_get_double (value) < 0)
    {
      *message = g_strdup (_("An investment cannot be negative"));
      return FALSE;
    }
  return TRUE;
}

static GtkWidget *
find_cell (PwProjectList *self,
           CellKind       kind,
           guint          position)
{
  for (guint i = 0; i < self->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, i);
      GtkListItem *list_item = cell_list_item (cell);

      if (cell_kind (cell) == kind && list_item != NULL &&
          gtk_list_item_get_item (list_item) != NULL &&
          gtk_list_item_get_position (list_item) == position)
        return cell;
    }

  return NULL;
}

/* Callbacks */

static void
refresh_cell (GtkWidget *cell)
{
  PwProject *project = cell_project (cell);
  g_autofree char *text = NULL;

  if (project == NULL)
    return;

  switch (cell_kind (cell))
    {
    case CELL_NUMBER:
      text = g_strdup_printf ("%d", pw_project_get_number (project));
      gtk_label_set_label (GTK_LABEL (cell), text);
      break;
    case CELL_STATUS:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (cell), pw_project_get_status (project));
      break;
    case CELL_PROGRESS:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (cell), pw_project_get_progress (project));
      break;
    case CELL_NAME:
      {
        PwProjectList *self = g_object_get_data (G_OBJECT (cell), "pw-project-list");
        GtkWidget *button = g_object_get_data (G_OBJECT (cell), "pw-description");
        GtkLabel *label = g_object_get_data (G_OBJECT (cell), "pw-label");
        const char *description = pw_project_get_description (project);
        gboolean empty = description == NULL || *description == '\0';

        /* a reader has nothing to open when there is nothing to read */
        gtk_widget_set_visible (button, !empty || self->editable);

        if (!empty)
          {
            const char *newline = strchr (description, '\n');

            text = newline ? g_strndup (description, newline - description) : g_strdup (description);
          }
        gtk_label_set_label (label, empty ? _("Add a description…") : text);
        pw_comment_marker_update (g_object_get_data (G_OBJECT (cell), "pw-marker"), self->plan,
                                  pw_object_get_id (PW_OBJECT (project)));
        gtk_widget_set_tooltip_text (button, empty ? NULL : description);
        if (empty)
          gtk_widget_add_css_class (button, "pw-empty");
        else
          gtk_widget_remove_css_class (button, "pw-empty");
      }
      break;
    case CELL_LEAD:
    case CELL_START:
    case CELL_END:
    case CELL_INVESTMENT:
    case N_CELL_KINDS:
    default:
      break;
    }
}

static void
status_selected (GtkDropDown   *drop_down,
                 GParamSpec    *pspec,
                 PwProjectList *self)
{
  PwProject *project = cell_project (GTK_WIDGET (drop_down));
  guint selected = gtk_drop_down_get_selected (drop_down);
  PwHistory *history;

  if (project == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected == (guint) pw_project_get_status (project))
    return;

  history = project_history (project);
  if (history != NULL)
    pw_history_begin (history, _("Change Project Status"));
  pw_project_set_status (project, (PwProjectStatus) selected);
  if (history != NULL)
    pw_history_end (history);
}

static void
progress_changed (GtkSpinButton *spin,
                  PwProjectList *self)
{
  PwProject *project = cell_project (GTK_WIDGET (spin));
  int progress = gtk_spin_button_get_value_as_int (spin);
  PwHistory *history;

  if (project == NULL || progress == pw_project_get_progress (project))
    return;

  history = project_history (project);
  if (history != NULL)
    pw_history_begin (history, _("Edit Percent Complete"));
  pw_project_set_progress (project, progress);
  if (history != NULL)
    pw_history_end (history);
}

static void
description_closed (GtkPopover  *popover,
                    PwProseView *view)
{
  pw_prose_view_commit (view);
}

/* Focus entering a row's cell makes that row the selected one, so that the
 * page's actions act on the project being edited. */
static void
cell_focused (GtkEventControllerFocus *controller,
              PwProjectList           *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkListItem *list_item = cell_list_item (cell);

  if (list_item != NULL && gtk_list_item_get_item (list_item) != NULL)
    gtk_single_selection_set_selected (self->selection, gtk_list_item_get_position (list_item));
}

static GtkWidget *
create_entry (PwProjectList *self,
              CellKind       kind)
{
  GtkWidget *entry = pw_property_entry_new ();
  const char *label = NULL;

  switch (kind)
    {
    case CELL_NAME:
      label = _("Project name");
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
      break;
    case CELL_LEAD:
      label = _("Lead unit");
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
      break;
    case CELL_START:
    case CELL_END:
      label = kind == CELL_START ? _("Start year") : _("End year");
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 4);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 4);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_DIGITS);
      pw_property_entry_set_check_func (PW_PROPERTY_ENTRY (entry), check_year);
      break;
    case CELL_INVESTMENT:
      label = _("Investment in 10,000 yuan (万元)");
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
      pw_property_entry_set_check_func (PW_PROPERTY_ENTRY (entry), check_investment);
      break;
    case CELL_NUMBER:
    case CELL_STATUS:
    case CELL_PROGRESS:
    case N_CELL_KINDS:
    default:
      g_assert_not_reached ();
    }

  gtk_widget_add_css_class (entry, "pw-cell-entry");
  gtk_widget_add_css_class (entry, cell_classes[kind]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return entry;
}

/* The project's cell: its name, and below it the first line of its
 * description, which opens the whole of it in a popover. */
static GtkWidget *
create_project_cell (PwProjectList *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *entry = create_entry (self, CELL_NAME);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = pw_prose_view_new ();

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 140);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_size_request (scrolled, 420, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Description of the project"), -1);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  g_signal_connect_object (popover, "closed", G_CALLBACK (description_closed), view, 0);

  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), label);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
  gtk_widget_add_css_class (button, "pw-project-description");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Description"), -1);

  gtk_box_append (GTK_BOX (box), entry);
  /* the comments' marker after the first line of the description */
  {
    GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
    GtkWidget *marker = pw_comment_marker_new ();

    gtk_box_append (GTK_BOX (line), button);
    gtk_box_append (GTK_BOX (line), marker);
    gtk_box_append (GTK_BOX (box), line);
    g_object_set_data (G_OBJECT (box), "pw-marker", marker);
  }
  g_object_set_data (G_OBJECT (box), "pw-entry", entry);
  g_object_set_data (G_OBJECT (box), "pw-description", button);
  g_object_set_data (G_OBJECT (box), "pw-label", label);
  g_object_set_data (G_OBJECT (box), "pw-prose-view", view);
  return box;
}

static GtkWidget *
create_cell (PwProjectList *self,
             CellKind       kind)
{
  GtkWidget *cell;

  switch (kind)
    {
    case CELL_NUMBER:
      cell = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell), 1.0);
      gtk_widget_set_valign (cell, GTK_ALIGN_START);
      gtk_widget_add_css_class (cell, "numeric");
      gtk_widget_add_css_class (cell, "dim-label");
      gtk_widget_add_css_class (cell, cell_classes[kind]);
      break;

    case CELL_NAME:
      cell = create_project_cell (self);
      break;

    case CELL_STATUS:
      {
        const char *labels[] = {
          pw_project_status_to_label (PW_PROJECT_PLANNED),
          pw_project_status_to_label (PW_PROJECT_IN_PROGRESS),
          pw_project_status_to_label (PW_PROJECT_COMPLETED),
          pw_project_status_to_label (PW_PROJECT_SUSPENDED),
          NULL
        };

        cell = gtk_drop_down_new_from_strings (labels);
        gtk_widget_set_valign (cell, GTK_ALIGN_START);
        gtk_widget_add_css_class (cell, cell_classes[kind]);
        gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Status"), -1);
        g_signal_connect (cell, "notify::selected", G_CALLBACK (status_selected), self);
      }
      break;

    case CELL_PROGRESS:
      cell = gtk_spin_button_new_with_range (0, 100, 1);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (cell), TRUE);
      gtk_editable_set_width_chars (GTK_EDITABLE (cell), 3);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (cell), 3);
      gtk_widget_set_valign (cell, GTK_ALIGN_START);
      gtk_widget_add_css_class (cell, cell_classes[kind]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Percent complete"), -1);
      g_signal_connect (cell, "value-changed", G_CALLBACK (progress_changed), self);
      break;

    case CELL_LEAD:
    case CELL_START:
    case CELL_END:
    case CELL_INVESTMENT:
      cell = create_entry (self, kind);
      gtk_widget_set_valign (cell, GTK_ALIGN_START);
      break;

    case N_CELL_KINDS:
    default:
      g_assert_not_reached ();
    }

  return cell;
}

/* A right click on a project's row comments on the project. */
static gboolean
cell_comment_target (GtkWidget  *cell,
                     double      x,
                     double      y,
                     gpointer    data,
                     char      **target,
                     int        *year,
                     int        *paragraph)
{
  PwProject *project = cell_project (cell);

  if (project == NULL || pw_object_get_id (PW_OBJECT (project)) == NULL)
    return FALSE;
  *target = g_strdup (pw_object_get_id (PW_OBJECT (project)));
  *year = *paragraph = 0;
  return TRUE;
}

static gboolean
refresh_markers (gpointer data)
{
  PwProjectList *self = data;

  self->markers_source = 0;
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, i);

      if (cell_kind (cell) == CELL_NAME)
        refresh_cell (cell);
    }
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
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            PwProjectList            *self)
{
  CellKind kind = factory_kind (self, GTK_LIST_ITEM_FACTORY (factory));
  GtkWidget *cell = create_cell (self, kind);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_object_set_data (G_OBJECT (cell), "pw-cell-kind", GUINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (cell), "pw-list-item", list_item);
  g_object_set_data (G_OBJECT (cell), "pw-project-list", self);
  if (kind == CELL_NAME)
    g_object_set_data (G_OBJECT (cell_entry (cell)), "pw-cell-kind", GUINT_TO_POINTER (kind));
  g_signal_connect (focus, "enter", G_CALLBACK (cell_focused), self);
  gtk_widget_add_controller (cell, focus);
  pw_comment_menu_attach (cell, cell_comment_target, NULL);

  gtk_list_item_set_child (list_item, cell);
  g_ptr_array_add (self->cells, g_object_ref (cell));
  update_cell_sensitivity (self, cell);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           PwProjectList            *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  PwProject *project = gtk_list_item_get_item (list_item);
  PwPropertyEntry *entry = cell_entry (cell);

  switch (cell_kind (cell))
    {
    case CELL_NUMBER:
      g_signal_connect_swapped (project, "notify::number", G_CALLBACK (refresh_cell), cell);
      break;
    case CELL_NAME:
      pw_property_entry_bind (entry, G_OBJECT (project), "name", _("Edit Project Name"));
      pw_prose_view_bind (cell_description (cell), G_OBJECT (project), "description",
                          _("Edit Project Description"));
      g_signal_connect_swapped (project, "notify::description", G_CALLBACK (refresh_cell), cell);
      break;
    case CELL_LEAD:
      pw_property_entry_bind (entry, G_OBJECT (project), "lead", _("Edit Lead Unit"));
      break;
    case CELL_START:
      pw_property_entry_bind (entry, G_OBJECT (project), "start-year", _("Edit Start Year"));
      break;
    case CELL_END:
      pw_property_entry_bind (entry, G_OBJECT (project), "end-year", _("Edit End Year"));
      break;
    case CELL_INVESTMENT:
      pw_property_entry_bind (entry, G_OBJECT (project), "investment", _("Edit Investment"));
      g_signal_connect_swapped (project, "notify::investment", G_CALLBACK (update_summary), self);
      break;
    case CELL_STATUS:
      g_signal_connect_swapped (project, "notify::status", G_CALLBACK (refresh_cell), cell);
      break;
    case CELL_PROGRESS:
      g_signal_connect_swapped (project, "notify::progress", G_CALLBACK (refresh_cell), cell);
      break;
    case N_CELL_KINDS:
    default:
      g_assert_not_reached ();
    }

  refresh_cell (cell);
}

static void
cell_unbind (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PwProjectList            *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  PwProject *project = gtk_list_item_get_item (list_item);
  PwPropertyEntry *entry = cell_entry (cell);

  switch (cell_kind (cell))
    {
    case CELL_NUMBER:
    case CELL_STATUS:
    case CELL_PROGRESS:
      g_signal_handlers_disconnect_by_func (project, refresh_cell, cell);
      break;
    case CELL_NAME:
      pw_property_entry_bind (entry, NULL, NULL, NULL);
      pw_prose_view_bind (cell_description (cell), NULL, NULL, NULL);
      g_signal_handlers_disconnect_by_func (project, refresh_cell, cell);
      break;
    case CELL_LEAD:
    case CELL_START:
    case CELL_END:
      pw_property_entry_bind (entry, NULL, NULL, NULL);
      break;
    case CELL_INVESTMENT:
      pw_property_entry_bind (entry, NULL, NULL, NULL);
      g_signal_handlers_disconnect_by_func (project, update_summary, self);
      break;
    case N_CELL_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static void
cell_teardown (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PwProjectList            *self)
{
  /* the view may have let go of the child already: find it by its item */
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, i);

      if (cell_list_item (cell) == list_item)
        {
          g_object_set_data (G_OBJECT (cell), "pw-list-item", NULL);
          g_ptr_array_remove_index_fast (self->cells, i);
          break;
        }
    }
}

static void
selection_changed (PwProjectList *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
projects_changed (PwProjectList *self)
{
  update_summary (self);
}

static void
view_activated (PwProjectList *self,
                guint          position)
{
  pw_project_list_focus_project (self, position);
}

static gboolean
focus_project_cb (gpointer data)
{
  PwProjectList *self = data;
  GtkWidget *cell;

  self->focus_source = 0;
  cell = find_cell (self, CELL_NAME, self->focus_position);
  if (cell != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (cell_entry (cell)));
  return G_SOURCE_REMOVE;
}

/* GObject overrides */

static void
pw_project_list_dispose (GObject *object)
{
  PwProjectList *self = (PwProjectList *) object;

  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_handle_id (&self->markers_source, g_source_remove);
  pw_project_list_commit (self);
  if (self->column != NULL)
    g_signal_handlers_disconnect_by_func (self->column, update_number, self);

  if (self->selection != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_PROJECT_LIST);

  g_clear_object (&self->column);
  g_clear_object (&self->history_signals);
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
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, empty_label);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, number_factory);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, name_factory);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, lead_factory);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, start_factory);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, end_factory);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, investment_factory);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, status_factory);
  gtk_widget_class_bind_template_child (widget_class, PwProjectList, progress_factory);
  gtk_widget_class_bind_template_callback (widget_class, cell_setup);
  gtk_widget_class_bind_template_callback (widget_class, cell_bind);
  gtk_widget_class_bind_template_callback (widget_class, cell_unbind);
  gtk_widget_class_bind_template_callback (widget_class, cell_teardown);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, projects_changed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwprojectlist");
}

static void
pw_project_list_init (PwProjectList *self)
{
  self->editable = TRUE;
  self->cells = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->history_signals = g_signal_group_new (PW_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (history_changed), self);
  g_signal_connect_object (self->view, "activate", G_CALLBACK (view_activated), self, G_CONNECT_SWAPPED);
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
 * @plan: (nullable): the plan of the 专栏, whose comments the rows mark
 */
void
pw_project_list_set_plan (PwProjectList *self,
                          PwPlan        *plan)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  if (!g_set_object (&self->plan, plan))
    return;
  g_signal_group_set_target (self->history_signals, plan != NULL ? pw_plan_get_history (plan) : NULL);
  refresh_markers (self);
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
                            PwBox      *column)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));
  g_return_if_fail (column == NULL || PW_IS_BOX (column));

  if (self->column == column)
    return;

  if (self->column != NULL)
    g_signal_handlers_disconnect_by_func (self->column, update_number, self);
  g_set_object (&self->column, column);
  if (column != NULL)
    g_signal_connect_object (column, "notify::number", G_CALLBACK (update_number), self, G_CONNECT_SWAPPED);

  pw_property_entry_bind (self->title_entry, G_OBJECT (column), "title", _("Edit Box Title"));
  gtk_single_selection_set_model (self->selection, column ? pw_box_get_projects (column) : NULL);
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
  for (guint i = 0; i < self->cells->len; i++)
    update_cell_sensitivity (self, g_ptr_array_index (self->cells, i));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

/**
 * pw_project_list_get_selection:
 * @self: a project list
 *
 * Returns: (transfer none): the selection over the box's projects; its
 *   items-changed is the projects list's own
 */
GtkSelectionModel *
pw_project_list_get_selection (PwProjectList *self)
{
  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * pw_project_list_get_selected:
 * @self: a project list
 *
 * Returns: the position of the selected project, or
 *   %GTK_INVALID_LIST_POSITION
 */
guint
pw_project_list_get_selected (PwProjectList *self)
{
  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), GTK_INVALID_LIST_POSITION);

  return gtk_single_selection_get_selected (self->selection);
}

/**
 * pw_project_list_select:
 * @self: a project list
 * @position: a project's position, or %GTK_INVALID_LIST_POSITION for none
 */
void
pw_project_list_select (PwProjectList *self,
                        guint          position)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  gtk_single_selection_set_selected (self->selection, position);
}

/**
 * pw_project_list_focus_project:
 * @self: a project list
 * @position: a project's position
 *
 * Selects the project and puts the focus in its name, once its row is on
 * screen.
 */
void
pw_project_list_focus_project (PwProjectList *self,
                               guint          position)
{
  g_return_if_fail (PW_IS_PROJECT_LIST (self));

  gtk_single_selection_set_selected (self->selection, position);
  self->focus_position = position;
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
 * Stores whatever was typed into the box and not yet stored.
 *
 * Returns: %FALSE if a text was refused (its entry shows why)
 */
gboolean
pw_project_list_commit (PwProjectList *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (PW_IS_PROJECT_LIST (self), TRUE);

  if (self->title_entry != NULL)
    ok &= pw_property_entry_commit (self->title_entry);
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (self->cells, i);

      if (cell_entry (cell) != NULL)
        ok &= pw_property_entry_commit (cell_entry (cell));
      if (cell_description (cell) != NULL)
        pw_prose_view_commit (cell_description (cell));
    }
  return ok;
}
