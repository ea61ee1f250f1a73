/* pw-project-list-private.h: what the project list's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-grid-cell.h"
#include "pw-grid-sheet.h"
#include "pw-project-list.h"
#include "pw-property-entry.h"
#include "pw-prose-view.h"

G_BEGIN_DECLS

#define PW_PROJECT_LIST_N_COLUMNS 9

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
  GtkWidget *empty_box;

  /* Owned */
  PwBox *column;
  PwPlan *plan;     /* whose history records the edits, whose comments are marked */
  GPtrArray *cells; /* every PwGridCell set up and not destroyed */
  GSignalGroup *history_signals;
  GtkIMContext *im_context;
  GtkWidget *popover; /* the description being edited */
  PwProseView *description;
  char *description_before; /* what Escape puts back */
  char *kept_text; /* the cell's text before the open edit was kept for the draft */
  guint markers_source;
  guint focus_source;
  guint focus_position;
  PwGridSheet sheet;

  /* Borrowed */
  PwGridCell *editing_cell;
  PwProject *adding;    /* the project Add Project added, whose name is being typed */
  guint64 adding_state; /* the history's state once it was added (and its name typed) */
  GtkListItemFactory *factories[PW_PROJECT_LIST_N_COLUMNS]; /* the columns', in their order */

  gboolean has_cursor; /* the page's cursor is in this list */
  gboolean editable;
};

/* pw-project-list-columns.c: the columns, in the order shown */
extern const PwGridColumnInfo pw_project_list_columns[PW_PROJECT_LIST_N_COLUMNS];
const char *pw_project_list_refusal        (guint          column);
char       *pw_project_list_format_investment (double      investment);

/* pw-project-list-cells.c: the cells, made and bound by the columns' factories */
void        pw_project_list_add_columns    (PwProjectList *self);
void        pw_project_list_refresh_cell   (PwGridCell    *cell);

/* pw-project-list.c */
gboolean    pw_project_list_store          (PwProjectList *self,
                                            PwProject     *project,
                                            guint          column,
                                            const char    *text);
gboolean    pw_project_list_try_commit     (PwProjectList *self);
void        pw_project_list_place_cursor   (PwProjectList *self,
                                            guint          row,
                                            guint          column,
                                            gboolean       scroll);
void        pw_project_list_set_has_cursor (PwProjectList *self,
                                            gboolean       has_cursor);
void        pw_project_list_update_summary (PwProjectList *self);

G_END_DECLS
