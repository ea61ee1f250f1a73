/* pw-test-ui.h: what the tests of the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-indicator-grid.h"
#include "pw-window.h"

G_BEGIN_DECLS

/* Runs what is pending in the main loop, and no more. */
void       pw_test_ui_iterate     (void);
void       pw_test_ui_wait_ms     (guint      ms);
/* A few frames, so that list views create and bind their rows. */
void       pw_test_ui_settle      (void);
void       pw_test_ui_wait_mapped (GtkWidget *widget);
/* @child in a new window of that size, shown and settled. */
GtkWindow *pw_test_ui_show        (GtkWidget *child,
                                   int        width,
                                   int        height);

/* Destroys @window, lets go of *@object (the address of the last
 * reference to an object it showed) and checks that the object is gone. */
void       pw_test_ui_destroy_and_release (GtkWindow *window,
                                           gpointer   object);

/* Sends a key to the key controllers of @widget's first column view (the
 * grid's cells), as the keyboard would; returns whether it was handled. */
char      *pw_test_ui_clipboard_text (GtkWidget *widget);
GtkWidget *pw_test_ui_find_widget    (GtkWidget   *root,
                                      gboolean   (*match) (GtkWidget *, gpointer),
                                      gpointer     data);
GtkWidget *pw_test_ui_find_cell      (GtkWidget   *grid,
                                      guint        row,
                                      guint        column);
gboolean   pw_test_ui_menu_find      (GMenuModel  *model,
                                      const char  *action,
                                      char       **label,
                                      GVariant   **target);
GtkWidget *pw_test_ui_find_descendant (GtkWidget *widget,
                                       GType      type);
gboolean   pw_test_ui_press_key   (GtkWidget       *widget,
                                   guint            keyval,
                                   GdkModifierType  state);

/* The child @name of @widget's template of @type; asserts there is one. */
GtkWidget *pw_test_ui_template_child (GtkWidget  *widget,
                                      GType       type,
                                      const char *name);

/* A window of @app (or of none) showing @file, presented and mapped. */
PwWindow  *pw_test_ui_open_window  (PwApplication *app,
                                    GFile         *file);
/* The same with the sample plan. */
PwWindow  *pw_test_ui_open_sample  (PwApplication *app);

/* The grid's row showing the indicator @name; asserts there is one. */
guint      pw_test_ui_find_row     (PwIndicatorGrid *grid,
                                    const char      *name);

/* The message dialog @parent shows, or NULL. */
GtkWindow *pw_test_ui_find_dialog_for (GtkWindow *parent);
GtkWindow *pw_test_ui_find_toplevel (GType      type,
                                     GtkWindow *parent);
/* Answers a dialog as a click on its button would, holding it meanwhile. */
void       pw_test_ui_respond      (GtkWindow *dialog,
                                    int        response);

/* Discards the drafts of unsaved changes that earlier tests' windows left,
 * so that an application started by the test has none to offer. */
void       pw_test_ui_discard_drafts (void);

/* Dispatches a key to the shortcuts of @widget and its ancestors, as GTK
 * does, and runs the first one it triggers. */
gboolean   pw_test_ui_press_shortcut (GtkWidget       *widget,
                                      guint            keyval,
                                      GdkModifierType  state);
/* Sends a key to the key controllers of @widget and its ancestors. */
gboolean   pw_test_ui_press_key_to  (GtkWidget       *widget,
                                     guint            keyval,
                                     GdkModifierType  state);

/* Ctrl+N, answering the template chooser with its row @template. */
void       pw_test_ui_new_plan      (PwWindow        *window,
                                     guint            template,
                                     guint            period);

/* Asserts that the items of @window's main menu have keys of their own;
 * returns the menu. */
GMenuModel *pw_test_ui_check_menu_keys (GtkWindow       *window);
void        pw_test_ui_check_keys      (GMenuModel      *menu);

G_END_DECLS
