/* pw-window-private.h: what the window's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is cut as GNOME Text Editor cuts its own: pw-window.c builds it
 * and holds its state and its pages; pw-window-actions.c has its actions and
 * the one function that sets what can run; pw-window-files.c the file
 * choosers, saving and the documents read beside the plan; and
 * pw-window-banners.c the banners over the pages.
 */

#pragma once

#include "pw-autosave.h"
#include "pw-chapter-page.h"
#include "pw-charts-page.h"
#include "pw-comments-pane.h"
#include "pw-dialogs.h"
#include "pw-file-watch.h"
#include "pw-indicator-grid.h"
#include "pw-outline.h"
#include "pw-overview-page.h"
#include "pw-window.h"

G_BEGIN_DECLS

#define MIME_TYPE "application/x-plan-workbench"

typedef enum
{
  AFTER_SAVE_NOTHING,
  AFTER_SAVE_CLOSE,
  AFTER_SAVE_EDIT,   /* Edit a Copy: the copy saved is editable */
} AfterSave;

typedef enum
{
  CHOOSE_OPEN,
  CHOOSE_MERGE,
  CHOOSE_COMPARE,
} ChooseFor;

struct _PwWindow
{
  GtkApplicationWindow parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkRevealer *import_revealer;
  GtkLabel *import_label;
  GtkStack *main_stack;
  GtkListBox *recent_list;
  GtkLabel *recent_heading;
  PwOutline *outline;
  GtkStack *page_stack;
  PwOverviewPage *overview_page;
  PwIndicatorGrid *grid;
  PwChapterPage *chapter_page;
  PwChartsPage *charts_page;
  PwCommentsPane *comments_pane;
  GtkToggleButton *comments_button;
  GtkRevealer *comments_revealer;
  GtkLabel *comments_count;
  GtkWidget *edit_copy_button;
  GtkRevealer *recovery_revealer;
  GtkLabel *recovery_label;
  GtkRevealer *disk_revealer;
  GtkLabel *disk_label;
  GtkWidget *reload_button;

  /* Owned */
  PwPlan *plan;
  PwFindings *findings;
  GFile *file;   /* where the plan is saved; NULL until it has been */
  GFile *source; /* the text document a plan was imported from */
  GtkFileChooserNative *chooser;
  GSettings *settings;
  GSignalGroup *history_signals;
  GSignalGroup *plan_signals;
  GtkPrintSettings *print_settings; /* of the last print, for this session */
  GtkPageSetup *page_setup;
  GFile *export_folder;             /* of the last chart exported */
  PwAutosave *autosave;             /* the draft of the plan's unsaved changes */
  PwDraft *offered_draft;           /* left by a crash, offered for recovery */
  PwFileWatch *watch;               /* of the plan's file on the disk */
  GSignalGroup *editor_signals;     /* of the text being typed in (the focus) */
  GSignalGroup *buffer_signals;     /* of the prose being typed in (the focus) */

  gboolean read_only;     /* asked for (--read-only) */
  gboolean not_writable;  /* the file cannot be written */
  gboolean closing;       /* the user chose to discard changes */
  ChooseFor choose_for;   /* what the file chosen to open is for */
  AfterSave after_save;
};

/* pw-window.c */
gboolean pw_window_is_modified             (PwWindow   *self);
gboolean pw_window_commit_pages            (PwWindow   *self);
void     pw_window_update_title            (PwWindow   *self);
void     pw_window_unselect_focus          (PwWindow   *self);
void     pw_window_show_error              (PwWindow   *self,
                                            const char *primary,
                                            const char *secondary);
void     pw_window_set_plan                (PwWindow   *self,
                                            PwPlan     *plan,
                                            PwFindings *findings);

/* pw-window-actions.c */
void     pw_window_class_init_actions      (GtkWidgetClass *widget_class);
void     pw_window_update_actions          (PwWindow   *self);

/* pw-window-banners.c */
void     pw_window_update_banner           (PwWindow   *self);
void     pw_window_show_import_banner      (PwWindow   *self);
void     pw_window_import_banner_closed_cb (PwWindow   *self);

/* pw-window-clipboard.c */
void     pw_window_import_clipboard        (PwWindow   *self);

/* pw-window-recovery.c */
void     pw_window_class_init_recovery     (GtkWidgetClass *widget_class);
void     pw_window_init_recovery           (PwWindow   *self);
void     pw_window_track_files             (PwWindow   *self);
gboolean pw_window_file_changed_on_disk    (PwWindow   *self);
void     pw_window_closing_cleanly         (PwWindow   *self);
void     pw_window_dispose_recovery        (PwWindow   *self);

/* pw-window-files.c */
gboolean pw_window_file_is_writable        (GFile      *file);
void     pw_window_remember_folder         (PwWindow   *self,
                                            GFile      *file);
void     pw_window_add_recent              (GFile      *file);
void     pw_window_save_or_ask             (PwWindow   *self);
void     pw_window_save_as                 (PwWindow   *self);
void     pw_window_choose_file             (PwWindow   *self,
                                            const char *title,
                                            gboolean    text_first);
void     pw_window_open_in_window          (PwWindow   *self,
                                            GFile      *file);
void     pw_window_ask_before_closing      (PwWindow   *self);

G_END_DECLS
