/* pw-chapter-page-private.h: shared by the files of the chapter page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pw-chapter-page.c builds the page and keeps it in step with the model;
 * pw-chapter-page-projects.c holds its commands on 专栏 boxes and their
 * projects.
 */

#pragma once

#include "pw-chapter-page.h"
#include "pw-project-list.h"
#include "pw-property-entry.h"
#include "pw-prose-view.h"

G_BEGIN_DECLS

struct _PwChapterPage
{
  PwPlanPage parent_instance;

  /* Template widgets */
  GtkWidget *layout;
  GtkMenuButton *move_to_button;
  GtkLabel *selection_label;
  GtkScrolledWindow *scrolled;
  GtkLabel *number_label;
  PwPropertyEntry *title_entry;
  PwProseView *text_view;
  GtkBox *sections_box;
  GtkBox *boxes_area;
  GtkWidget *service_box;
  GtkListBox *service_list;

  /* Owned */
  PwChapter *chapter;
  PwBox *current_box; /* the box the project actions act on */
  GObject *pending_part;    /* to scroll to once laid out */
  GMenu *move_menu;
  GSignalGroup *plan_signals;
  GSignalGroup *chapter_signals;

  /* Borrowed */
  PwPlan *plan; /* pw_plan_page_get_plan(), kept by page_plan_changed() */

  guint scroll_tick;
  guint scroll_frames;
};

PwProjectList *pw_chapter_page_find_list               (PwChapterPage   *self,
                                                        PwBox           *box);
PwProjectList *pw_chapter_page_target_list             (PwChapterPage   *self);
void           pw_chapter_page_set_current_box         (PwChapterPage   *self,
                                                        PwBox           *box);
PwProjectList *pw_chapter_page_selected_rows           (PwChapterPage   *self,
                                                        guint           *first,
                                                        guint           *last);
PwProject     *pw_chapter_page_selected_project        (PwChapterPage   *self,
                                                        PwProjectList  **list_out,
                                                        guint           *position_out);
void           pw_chapter_page_update_actions          (PwChapterPage   *self);
void           pw_chapter_page_install_project_actions (GtkWidgetClass  *widget_class);

G_END_DECLS
