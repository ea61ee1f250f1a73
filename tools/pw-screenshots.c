/* pw-screenshots.c: pictures of every page of the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the sample plan and saves each page of the window as a PNG (the
 * Charts page once with each chart), then the export and print dialogs,
 * drawn through GtkWidgetPaintable, so that the pictures need no window
 * manager: for looking at a change, and for the README. Run it from
 * tools/dev:
 *
 *   tools/dev screenshots [FOLDER]
 *
 * which takes them in English and in Chinese under a virtual display.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "pw-charts-page.h"
#include "pw-comments.h"
#include "pw-comments-pane.h"
#include "pw-export-dialog.h"
#include "pw-indicator-grid.h"
#include "pw-locate.h"
#include "pw-new-plan-dialog.h"
#include "pw-outline-chooser.h"
#include "pw-outline.h"
#include "pw-plan-edit.h"
#include "pw-project-list.h"
#include "pw-prose-view.h"
#include "pw-sheet-dialog.h"
#include "pw-target-dialog.h"
#include "pw-window.h"

static void
drain (void)
{
  /* let layout, idles and redraws settle */
  for (int i = 0; i < 20; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
}

static void
save (GtkWidget  *window,
      const char *folder,
      const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_strdup_printf ("%s/%s.png", folder, name);
  GskRenderer *renderer;
  int width, height;

  drain ();
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_printerr ("Could not write %s\n", path);
  else
    g_print ("%s\n", path);
}

/* The toplevel of @type that @parent shows, once it has come. */
static GtkWidget *
find_dialog (GType      type,
             GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  drain ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_window_get_transient_for (window) == parent)
        return GTK_WIDGET (window);
    }
  return NULL;
}

/* The Charts page with each chart, then the dialogs of its export and of
 * printing, as they first open. */
static void
save_charts (PwWindow   *window,
             const char *folder)
{
  static const char *names[PW_CHART_N_KINDS] = {
    [PW_CHART_PROGRESS] = "charts",
    [PW_CHART_SUMMARY] = "charts-summary",
    [PW_CHART_TREND] = "charts-trend",
    [PW_CHART_TIMELINE] = "charts-timeline",
  };
  PwChartsPage *page =
    PW_CHARTS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "charts_page"));
  GType print_dialog;
  GtkWidget *dialog;

  for (PwChartKind kind = 0; kind < PW_CHART_N_KINDS; kind++)
    {
      pw_charts_page_set_kind (page, kind);
      save (GTK_WIDGET (window), folder, names[kind]);
    }
  pw_charts_page_set_kind (page, PW_CHART_PROGRESS);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL);
  if ((dialog = find_dialog (PW_TYPE_EXPORT_DIALOG, GTK_WINDOW (window))) != NULL)
    {
      save (dialog, folder, "export-dialog");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  /* GTK's own print dialog: its type exists once it was made */
  print_dialog = g_type_from_name ("GtkPrintUnixDialog");
  if (print_dialog != G_TYPE_INVALID && (dialog = find_dialog (print_dialog, GTK_WINDOW (window))) != NULL)
    {
      save (dialog, folder, "print-dialog");
      gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
      drain ();
    }
}

/* The grid at the default size and at a large one, with a range of the
 * 2023 column selected and the cursor in it. */
static void
save_grid_sizes (PwWindow   *window,
                 const char *folder)
{
  static const int sizes[][2] = { { 1200, 760 }, { 1600, 1000 } };
  PwIndicatorGrid *grid = PW_INDICATOR_GRID (gtk_widget_get_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "grid"));
  int year = pw_indicator_grid_find_column (grid, "2023");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("indicators-%dx%d", sizes[i][0], sizes[i][1]);

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i][0], sizes[i][1]);
      drain ();
      if (year >= 0)
        {
          /* far enough down that the frozen columns must follow */
          pw_indicator_grid_select (grid, 24, year, 27, year + 1);
          drain ();
        }
      save (GTK_WIDGET (window), folder, name);
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  drain ();
}

/* The first mapped widget of @type under @root. */
static GtkWidget *
find_mapped (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A key pressed in a grid, as its key controller sees it first. */
static void
press_key (GtkWidget      *grid,
           guint           keyval,
           GdkModifierType state)
{
  GtkWidget *view = find_mapped (grid, GTK_TYPE_COLUMN_VIEW);
  g_autoptr(GListModel) controllers = view != NULL ? gtk_widget_observe_controllers (view) : NULL;
  gboolean handled = FALSE;

  for (guint i = 0; controllers != NULL && i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
}

/* The projects of a 专栏 with a range from the first project's name to the
 * second's lead unit (牵头单位), as Shift+arrows make it. */
static void
save_project_range (PwWindow   *window,
                    const char *folder)
{
  GtkWidget *list = find_mapped (GTK_WIDGET (window), PW_TYPE_PROJECT_LIST);

  if (list == NULL)
    return;
  pw_project_list_set_cursor (PW_PROJECT_LIST (list), 0, "name");
  press_key (list, GDK_KEY_Down, GDK_SHIFT_MASK);
  press_key (list, GDK_KEY_Right, GDK_SHIFT_MASK);
  press_key (list, GDK_KEY_Right, GDK_SHIFT_MASK);
  drain ();
  save (GTK_WIDGET (window), folder, "projects-range");
}

/* The widget of @root's template (or a child's) with the buildable id @id. */
static GtkWidget *
find_descendant (GtkWidget  *root,
                 const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), id) == 0)
        return child;
      if ((found = find_descendant (child, id)) != NULL)
        return found;
    }
  return NULL;
}

/* Review: the plan read-only with the comments pane, two comments more (one
 * on a yearly cell, one reply); then the changes since an earlier version
 * that had another target and another section title. */
static void
save_review (PwWindow   *window,
             const char *folder,
             GFile      *file)
{
  PwPlan *plan = pw_window_get_plan (window);
  g_autoptr(PwComment) first = g_list_model_get_item (pw_plan_get_comments (plan), 0);
  g_autofree char *text = NULL;
  g_autofree char *earlier_path = g_build_filename (g_get_tmp_dir (), "pw-screenshots-earlier.plan", NULL);
  g_autoptr(GFile) earlier = g_file_new_for_path (earlier_path);
  GObject *button = gtk_widget_get_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "comments_button");
  GtkWindow *view;

  pw_window_set_read_only (window, TRUE);
  pw_plan_add_comment (plan, "ind-104", 2023, 0, "王审阅", "2023年托位数2.6个，与卫健委年报口径是否一致？");
  if (first != NULL)
    pw_plan_reply_to_comment (plan, first, "起草人", "已在中期评估报告第三部分补充说明。");
  pw_plan_add_comment (plan, "prj-16", 0, 0, "李专家", "普惠托育设施工程的投资来源请列明。");
  {
    /* on the grid's first rows, to show the marks: a row and a year's value */
    g_autoptr(PwIndicator) a = g_list_model_get_item (pw_plan_get_indicators (plan), 1);
    g_autoptr(PwIndicator) b = g_list_model_get_item (pw_plan_get_indicators (plan), 3);

    if (a != NULL && b != NULL)
      {
        pw_plan_add_comment (plan, pw_object_get_id (PW_OBJECT (a)), 0, 0, "李专家", "目标表述“提高1岁”请与省规划一致。");
        pw_plan_add_comment (plan, pw_object_get_id (PW_OBJECT (b)), 2021, 0, "王审阅", "2021年数据来源请注明。");
      }
  }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  pw_comments_pane_set_state_filter (PW_COMMENTS_PANE (pw_window_get_comments_pane (window)), 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  save (GTK_WIDGET (window), folder, "review");
  if (pw_window_show_chapter (window, 6))
    save (GTK_WIDGET (window), folder, "comments");
  /* a project with a comment: the marker on its row */
  {
    PwObject *project = pw_plan_find_object (plan, "prj-16");

    if (project != NULL)
      {
        pw_window_show_object (window, project);
        drain ();
        save (GTK_WIDGET (window), folder, "comments-project");
      }
  }
  /* the same at a large size */
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
  drain ();
  save (GTK_WIDGET (window), folder, "review-1600x1000");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  drain ();

  if (g_file_load_contents (file, NULL, &text, NULL, NULL, NULL))
    {
      g_autoptr(GString) old = g_string_new (text);

      g_string_replace (old, "<target>4.5</target>", "<target>4</target>", 0);
      g_string_replace (old, "<title>提升优生优育服务水平</title>", "<title>提升优生优育水平</title>", 0);
      if (g_file_set_contents (earlier_path, old->str, -1, NULL) &&
          (view = pw_window_compare_with (window, earlier)) != NULL)
        {
          gtk_window_set_default_size (view, 720, 560);
          save (GTK_WIDGET (view), folder, "changes");
          /* the grid behind, its changed cells tinted while the view is open */
          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
          save (GTK_WIDGET (window), folder, "changes-grid");
          gtk_window_destroy (view);
        }
      g_unlink (earlier_path);
    }
}

/* Export ▸ Spreadsheet…, and the report of a merge of a filled sheet (as a
 * department might return it: a value changed, one filled, a row that is
 * not in the plan, a value that cannot be read). */
static void
save_sheets (PwWindow   *window,
             const char *folder)
{
  const char *csv =
    "指标名称,单位,2023年实际值,2024年实际值\n"
    "人均预期寿命,岁,79.0,79.2\n"
    "九年义务教育巩固率,,96.9%,97.1%\n"
    "每万人口全科医生数,人,,3.1\n"
    "城镇新增就业人数,万人,,约五万\n";
  g_autofree char *dir = g_dir_make_tmp ("pw-screenshots-XXXXXX", NULL);
  g_autofree char *path = dir != NULL ? g_build_filename (dir, "教育局-2024.csv", NULL) : NULL;
  const char *files[] = { path, NULL };
  g_autoptr(PwMergeReport) report = NULL;
  GtkWidget *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-sheet", NULL);
  if ((dialog = find_dialog (PW_TYPE_SHEET_DIALOG, GTK_WINDOW (window))) != NULL)
    {
      save (dialog, folder, "sheet-dialog");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  if (path == NULL || !g_file_set_contents (path, csv, -1, NULL))
    return;
  report = pw_sheet_merge (pw_window_get_plan (window), files, NULL);
  if (report != NULL)
    {
      dialog = pw_merge_report_dialog_new (GTK_WINDOW (window), report);
      gtk_window_present (GTK_WINDOW (dialog));
      save (dialog, folder, "merge-report");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  g_unlink (path);
  g_rmdir (dir);
}

/* The whole screen, with the popovers (menus are surfaces of their own). */
static void
save_screen (const char *folder,
             const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.png", folder, name);
  const char *argv[] = { "import", "-window", "root", path, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  drain ();
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error) ||
      status != 0)
    g_printerr ("Could not take %s: %s\n", path, error != NULL ? error->message : "import failed");
  else
    g_print ("%s\n", path);
}

/* Closes the menus open below @root. */
static void
popdown_all (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
        gtk_popover_popdown (GTK_POPOVER (child));
      popdown_all (child);
    }
}

/* The first prose view of the chapter page showing @object. */
static GtkWidget *
find_prose (GtkWidget *root,
            GObject   *object)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (PW_IS_PROSE_VIEW (child) && pw_prose_view_get_object (PW_PROSE_VIEW (child)) == object)
        return child;
      if ((found = find_prose (child, object)) != NULL)
        return found;
    }
  return NULL;
}

/* Editing the outline: the sidebar's context menu, a title typed in place,
 * the outline's menu on a heading of the chapter page, the text's menu of
 * repairs, and the dialogs of a target taken into the indicators and of a
 * paragraph moved. */
static void
save_editing (PwWindow   *window,
              const char *folder)
{
  PwPlan *plan = pw_window_get_plan (window);
  GtkWidget *outline = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PW_TYPE_WINDOW, "outline"));
  g_autoptr(PwChapter) chapter = NULL;
  GObject *holder;
  GtkWidget *prose;
  GtkWidget *dialog;
  int line;

  /* the section 主要目标 with a paragraph of targets, as drafting staff type
   * it (the sample plan has no prose) */
  holder = G_OBJECT (pw_plan_find_object (plan, "sec-7"));
  if (!PW_IS_SECTION (holder))
    return;
  chapter = g_object_ref (pw_plan_find_chapter_of (plan, holder));
  if (pw_section_get_text (PW_SECTION (holder)) == NULL)
    pw_section_set_text (PW_SECTION (holder),
                         "展望二〇三五年，全市基本公共服务实现均等化。\n"
                         "到2025年，城镇新增就业累计达到30万人，城镇调查失业率控制在5.5%以内。");
  line = 1;

  pw_outline_reveal (PW_OUTLINE (outline), G_OBJECT (chapter));
  pw_outline_reveal (PW_OUTLINE (outline), holder);
  gtk_widget_activate_action (outline, "outline.menu", NULL);
  save_screen (folder, "outline-menu");
  popdown_all (GTK_WIDGET (window));
  gtk_widget_activate_action (outline, "outline.rename", NULL);
  save_screen (folder, "outline-rename");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-object", "s", pw_object_get_id (PW_OBJECT (chapter)));
  drain ();

  /* the heading's menu on the chapter page */
  prose = find_prose (GTK_WIDGET (window), holder);
  if (prose == NULL)
    return;
  {
    GtkWidget *view = gtk_widget_get_parent (prose);
    GtkWidget *entry = find_descendant (view, "title_entry");

    if (entry != NULL)
      {
        gtk_widget_grab_focus (entry);
        gtk_widget_activate_action (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (entry))), "menu.popup", NULL);
        save_screen (folder, "heading-menu");
        popdown_all (GTK_WIDGET (window));
        gtk_widget_grab_focus (prose);
      }
  }

  /* the text's menu, at the paragraph that states a target */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (prose));
    GtkTextIter iter;

    gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
    gtk_text_buffer_place_cursor (buffer, &iter);
    gtk_widget_grab_focus (prose);
    gtk_widget_activate_action (prose, "menu.popup", NULL);
    save_screen (folder, "prose-menu");
    popdown_all (GTK_WIDGET (window));
    gtk_widget_grab_focus (prose);
    drain ();
  }

  gtk_widget_activate_action (prose, "prose.take-target", NULL);
  if ((dialog = find_dialog (PW_TYPE_TARGET_DIALOG, GTK_WINDOW (window))) != NULL)
    {
      save (dialog, folder, "target-dialog");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  gtk_widget_activate_action (prose, "prose.move-paragraph", NULL);
  if ((dialog = find_dialog (PW_TYPE_OUTLINE_CHOOSER, GTK_WINDOW (window))) != NULL)
    {
      save (dialog, folder, "move-dialog");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  drain ();
}

/* The template chooser of 新建 (Ctrl+N), as it opens, with the choices of
 * its template and its period open, and with a title typed and the special
 * plan chosen. */
static void
save_new_plan (PwWindow   *window,
               const char *folder)
{
  const char *choices[] = { "template_choice", "period_choice" };
  GtkWidget *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  if ((dialog = find_dialog (PW_TYPE_NEW_PLAN_DIALOG, GTK_WINDOW (window))) == NULL)
    return;
  save (dialog, folder, "new-plan");
  /* the choices of each drop-down, open (a popover is a surface of its
   * own: the whole screen) */
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      GObject *choice = gtk_widget_get_template_child (dialog, PW_TYPE_NEW_PLAN_DIALOG, choices[i]);
      GtkWidget *button = GTK_IS_DROP_DOWN (choice) ? gtk_widget_get_first_child (GTK_WIDGET (choice)) : NULL;

      if (!GTK_IS_TOGGLE_BUTTON (button))
        continue;
      /* as a click on it does: its toggle button opens the list */
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
      save_screen (folder, i == 0 ? "new-plan-templates" : "new-plan-periods");
      popdown_all (dialog);
      drain ();
    }
  /* the longest template's name, chosen, and a title */
  pw_new_plan_dialog_set_template (PW_NEW_PLAN_DIALOG (dialog), PW_TEMPLATE_SPECIAL);
  pw_new_plan_dialog_set_plan_title (PW_NEW_PLAN_DIALOG (dialog), "驻马店市“十五五”养老服务体系规划");
  save (dialog, folder, "new-plan-special");
  gtk_window_destroy (GTK_WINDOW (dialog));
  drain ();
}

static void
activate (GtkApplication *app,
          char          **args)
{
  const char *folder = args[0];
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[1]);
  PwWindow *window;

  g_mkdir_with_parents (folder, 0755);
  /* a cursor that does not blink, the same in every picture; and no blink
   * left running on a text made read-only while a dialog of this tool,
   * never answered by a user, kept the window inactive (GTK 4.8 then aborts
   * in blink_cb) */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  window = g_object_new (PW_TYPE_WINDOW, "application", app, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  save (GTK_WIDGET (window), folder, "start");
  save_new_plan (window, folder);

  if (pw_window_load_file (window, file))
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");
      save (GTK_WIDGET (window), folder, "overview");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "indicators");
      save (GTK_WIDGET (window), folder, "indicators");
      save_grid_sizes (window, folder);
      if (pw_window_show_chapter (window, 2))
        save (GTK_WIDGET (window), folder, "chapter");
      {
        PwObject *project = pw_plan_find_object (pw_window_get_plan (window), "prj-16");

        if (project != NULL)
          {
            pw_window_show_object (window, project);
            drain ();
            save_project_range (window, folder);
          }
      }
      /* the import report, which an imported document has */
      if (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview"))
        {
          GtkWidget *report = find_descendant (GTK_WIDGET (window), "report_box");

          if (report != NULL && gtk_widget_get_visible (report))
            {
              GtkWidget *scrolled = gtk_widget_get_ancestor (report, GTK_TYPE_SCROLLED_WINDOW);

              drain ();
              if (scrolled != NULL)
                {
                  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
                  graphene_point_t at;

                  if (gtk_widget_compute_point (report, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                                &GRAPHENE_POINT_INIT (0, 0), &at))
                    gtk_adjustment_set_value (adjustment, at.y);
                }
              save (GTK_WIDGET (window), folder, "report");
            }
        }
      if (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "charts"))
        save_charts (window, folder);
      save_sheets (window, folder);
      save_editing (window, folder);
      save_review (window, folder, file);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* A GtkApplication, as the program's own, so that its style sheet applies. */
  g_autoptr(GtkApplication) app = gtk_application_new (APPLICATION_ID ".Screenshots", G_APPLICATION_NON_UNIQUE);
  char *args[2] = {
    argc > 1 ? argv[1] : ".",
    argc > 2 ? argv[2] : "data/samples/zhumadian.plan",
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PW_LOCALEDIR") ? g_getenv ("PW_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (g_getenv ("PANGO_LANGUAGE") == NULL)
    g_setenv ("PANGO_LANGUAGE", "zh-cn", TRUE);

  g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/planworkbench/PlanWorkbench");
  g_signal_connect (app, "activate", G_CALLBACK (activate), args);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
