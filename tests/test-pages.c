/* test-pages.c: the overview and chapter pages, driven through their widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with the environment of tests/meson.build. With
 * PW_SCREENSHOT_DIR set, the tests that show the sample also save what they
 * show there as PNG files (pages-*.png), to be looked at.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "pw-chapter-page.h"
#include "pw-grid-cell.h"
#include "pw-overview-page.h"
#include "pw-plan-file.h"
#include "pw-progress.h"
#include "pw-project-list.h"
#include "pw-property-entry.h"
#include "pw-prose-view.h"
#include "pw-section-view.h"
#include "pw-test-ui.h"
#include "pw-test-util.h"

/* The sample, counted in data/samples/zhumadian.plan: 31 indicators (12
 * binding, 19 expected), 13 chapters, 37 sections, 6 专栏 with 21 projects
 * (17 under way, 1 completed, 1 suspended, 2 with no status: not started). */
#define SAMPLE_TITLE "驻马店市“十四五”公共服务和社会保障规划"

/* Two paragraphs in the manner of the plan's prose, one per line. */
#define PROSE "加快发展多种形式的婴幼儿照护服务，支持用人单位以单独或联合相关单位共同举办的方式，在工作场所为职工提供福利性婴幼儿照护服务，有条件的可向附近居民开放。\n" \
              "鼓励支持有条件的幼儿园开设托班，招收2至3岁的幼儿。到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。"

/* Auxiliary methods */

static PwPlan *
load_sample (void)
{
  g_autofree char *path = pw_test_source_path ("data/samples/zhumadian.plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PwPlan *plan = pw_plan_load (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static PwChapter *
sample_chapter (PwPlan *plan,
                guint   number)
{
  GListModel *chapters = pw_plan_get_chapters (plan);
  guint n = g_list_model_get_n_items (chapters);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);

      if (pw_chapter_get_number (chapter) == (int) number)
        return chapter;
    }
  g_assert_not_reached ();
}

/* Saves what @window shows, when PW_SCREENSHOT_DIR asks for it. */
static void
screenshot (GtkWindow  *window,
            const char *name)
{
  const char *dir = g_getenv ("PW_SCREENSHOT_DIR");
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  pw_test_ui_settle ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/pages-%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

typedef gboolean (*WidgetMatch) (GtkWidget  *widget,
                                 const void *data);

static void
collect (GtkWidget   *widget,
         WidgetMatch  match,
         const void  *data,
         GPtrArray   *out)
{
  if (match (widget, data))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect (child, match, data, out);
}

static gboolean
match_type (GtkWidget  *widget,
            const void *data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, *(const GType *) data);
}

static gboolean
match_class (GtkWidget  *widget,
             const void *data)
{
  return gtk_widget_has_css_class (widget, data);
}

/* Every widget of @type under @root, in order. */
static GPtrArray *
find_all (GtkWidget *root,
          GType      type)
{
  GPtrArray *out = g_ptr_array_new ();

  collect (root, match_type, &type, out);
  return out;
}

static GPtrArray *
find_by_class (GtkWidget  *root,
               const char *css_class)
{
  GPtrArray *out = g_ptr_array_new ();

  collect (root, match_class, css_class, out);
  return out;
}

/* The cell of column @key ("lead") in row @row of @list. */
static PwGridCell *
project_cell (PwProjectList *list,
              const char    *key,
              guint          row)
{
  g_autofree char *css_class = g_strconcat ("pw-project-", key, NULL);
  g_autoptr(GPtrArray) cells = find_by_class (GTK_WIDGET (list), css_class);

  for (guint i = 0; i < cells->len; i++)
    {
      PwGridCell *cell = g_ptr_array_index (cells, i);
      GtkListItem *item = pw_grid_cell_get_list_item (cell);

      if (item != NULL && gtk_list_item_get_item (item) != NULL && gtk_list_item_get_position (item) == row)
        return cell;
    }
  return NULL;
}

/* The text a cell shows: its inscription's. */
static const char *
cell_text (PwGridCell *cell)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (cell));

  g_assert_true (GTK_IS_INSCRIPTION (child));
  return gtk_inscription_get_text (GTK_INSCRIPTION (child));
}

static PwProject *
nth_project (PwBox *column,
             guint  index)
{
  g_autoptr(PwProject) project = g_list_model_get_item (pw_box_get_projects (column), index);

  return project;
}

static void
list_key (PwProjectList  *list,
          guint           keyval,
          GdkModifierType state)
{
  g_assert_true (pw_test_ui_press_key (GTK_WIDGET (list), keyval, state));
}

/* F2 on the cell under the cursor, then @text typed over what it holds. */
static void
list_type (PwProjectList *list,
           const char    *text)
{
  GtkEditable *editor;

  list_key (list, GDK_KEY_F2, 0);
  editor = pw_project_list_get_editor (list);
  g_assert_nonnull (editor);
  gtk_editable_set_text (editor, text);
}

static guint
count_value (PwOverviewPage *page,
             const char     *list_name,
             const char     *label)
{
  GtkWidget *list = pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, list_name);
  g_autoptr(GPtrArray) labels = find_all (list, GTK_TYPE_LABEL);

  /* each row: [marker] name value */
  for (guint i = 0; i + 1 < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), label) == 0)
      return (guint) atoi (gtk_label_get_label (g_ptr_array_index (labels, i + 1)));

  g_error ("no count “%s” in %s", label, list_name);
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      return g_ptr_array_index (buttons, i);

  g_error ("no button for %s", action);
}

static PwProjectList *
project_list_of (PwChapterPage *page,
                 guint          index)
{
  g_autoptr(GPtrArray) lists = find_all (GTK_WIDGET (page), PW_TYPE_PROJECT_LIST);

  g_assert_cmpuint (index, <, lists->len);
  return g_ptr_array_index (lists, index);
}

/* Somewhere for the focus to go: the chapter's title. */
static GtkWidget *
focus_sink (PwChapterPage *page)
{
  return pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHAPTER_PAGE, "title_entry");
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

/* Tests */

static void
test_overview_shows_sample (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwOverviewPage *page = PW_OVERVIEW_PAGE (pw_overview_page_new ());
  GtkWindow *window;
  guint statuses[PW_N_STATUSES] = { 0 };
  guint alerts = 0, sum = 0;
  GListModel *indicators = pw_plan_get_indicators (plan);

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  window = pw_test_ui_show (GTK_WIDGET (page), 880, 1700);

#define ENTRY_TEXT(name) gtk_editable_get_text (GTK_EDITABLE (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, name)))
#define SPIN_VALUE(name) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, name)))
  g_assert_cmpstr (ENTRY_TEXT ("title_entry"), ==, SAMPLE_TITLE);
  g_assert_cmpstr (ENTRY_TEXT ("region_entry"), ==, "驻马店市");
  g_assert_cmpstr (ENTRY_TEXT ("issuer_entry"), ==, "驻马店市人民政府");
  g_assert_cmpstr (ENTRY_TEXT ("doc_number_entry"), ==, "驻政〔2022〕39号");
  g_assert_cmpstr (ENTRY_TEXT ("issued_entry"), ==, "2022-05-17");
  g_assert_cmpint (SPIN_VALUE ("start_spin"), ==, 2021);
  g_assert_cmpint (SPIN_VALUE ("end_spin"), ==, 2025);
  g_assert_cmpint (SPIN_VALUE ("baseline_spin"), ==, 2020);

  g_assert_cmpuint (count_value (page, "indicator_list", "All indicators"), ==, 31);
  g_assert_cmpuint (count_value (page, "indicator_list", pw_nature_to_label (PW_NATURE_BINDING)), ==, 12);
  g_assert_cmpuint (count_value (page, "indicator_list", pw_nature_to_label (PW_NATURE_EXPECTED)), ==, 19);
  g_assert_cmpuint (count_value (page, "indicator_list", pw_nature_to_label (PW_NATURE_UNKNOWN)), ==, 0);
  g_assert_cmpuint (count_value (page, "structure_list", "Chapters"), ==, 13);
  g_assert_cmpuint (count_value (page, "structure_list", "Sections"), ==, 37);
  g_assert_cmpuint (count_value (page, "structure_list", "Boxes of key projects"), ==, 6);
  g_assert_cmpuint (count_value (page, "structure_list", "Service items"), ==, 0);
  g_assert_cmpuint (count_value (page, "project_list", "All projects"), ==, 21);
  g_assert_cmpuint (count_value (page, "project_list", pw_project_status_to_label (PW_PROJECT_PLANNED)), ==, 2);
  g_assert_cmpuint (count_value (page, "project_list", pw_project_status_to_label (PW_PROJECT_IN_PROGRESS)), ==, 17);
  g_assert_cmpuint (count_value (page, "project_list", pw_project_status_to_label (PW_PROJECT_COMPLETED)), ==, 1);
  g_assert_cmpuint (count_value (page, "project_list", pw_project_status_to_label (PW_PROJECT_SUSPENDED)), ==, 1);

  /* the statuses are those of the model's one progress computation */
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
      PwProgress progress;

      pw_plan_compute_progress (plan, indicator, pw_plan_get_end_year (plan), &progress);
      statuses[progress.status]++;
      alerts += progress.alert;
    }
  for (PwStatus status = 0; status < PW_N_STATUSES; status++)
    {
      guint shown = count_value (page, "status_list", pw_status_to_label (status));

      g_assert_cmpuint (shown, ==, statuses[status]);
      sum += shown;
    }
  g_assert_cmpuint (sum, ==, 31);
  g_assert_cmpuint (count_value (page, "status_list", "Alerts: binding indicators behind schedule"), ==, alerts);

  /* no report, no report section */
  g_assert_false (gtk_widget_get_visible (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "report_box")));

  screenshot (window, "overview");
  pw_test_ui_destroy_and_release (window, &plan);
}

static void
test_overview_edit_region_undo (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwOverviewPage *page = PW_OVERVIEW_PAGE (pw_overview_page_new ());
  PwHistory *history = pw_plan_get_history (plan);
  GtkWindow *window;
  GtkWidget *region, *issuer;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  window = pw_test_ui_show (GTK_WIDGET (page), 880, 900);
  region = pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "region_entry");
  issuer = pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "issuer_entry");

  /* typing is not an edit of the model; leaving the field is */
  gtk_widget_grab_focus (region);
  gtk_editable_set_text (GTK_EDITABLE (region), "驻马");
  gtk_editable_set_text (GTK_EDITABLE (region), "驻马店");
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "驻马店市");
  g_assert_false (pw_history_get_can_undo (history));

  /* the model changing under the field does not overwrite what is typed */
  g_object_notify (G_OBJECT (plan), "region");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (region)), ==, "驻马店");

  gtk_widget_grab_focus (issuer);
  pw_test_ui_iterate ();
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "驻马店");
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Edit Region");

  /* one undo brings the field back */
  g_assert_true (pw_history_undo (history));
  g_assert_false (pw_history_get_can_undo (history));
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "驻马店市");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (region)), ==, "驻马店市");

  g_assert_true (pw_history_redo (history));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (region)), ==, "驻马店");

  /* Enter stores too; an empty field clears the property */
  gtk_widget_grab_focus (region);
  gtk_editable_set_text (GTK_EDITABLE (region), "");
  g_signal_emit_by_name (region, "activate");
  g_assert_null (pw_plan_get_region (plan));

  /* the entry's own undo is off: Ctrl+Z is the model's */
  gtk_editable_set_text (GTK_EDITABLE (region), "某市");
  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (region)));
  gtk_widget_activate_action (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (region))), "text.undo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (region)), ==, "某市");

  gtk_window_destroy (window);
}

static void
test_overview_invalid_input (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwOverviewPage *page = PW_OVERVIEW_PAGE (pw_overview_page_new ());
  PwHistory *history = pw_plan_get_history (plan);
  GtkWindow *window;
  GtkWidget *issued, *message;
  GtkSpinButton *start, *end;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  window = pw_test_ui_show (GTK_WIDGET (page), 880, 900);
  issued = pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "issued_entry");
  message = pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "period_message");
  start = GTK_SPIN_BUTTON (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "start_spin"));
  end = GTK_SPIN_BUTTON (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "end_spin"));

  /* an impossible date is refused and marked */
  gtk_widget_grab_focus (issued);
  gtk_editable_set_text (GTK_EDITABLE (issued), "2022-02-30");
  g_signal_emit_by_name (issued, "activate");
  g_assert_cmpstr (pw_plan_get_issued (plan), ==, "2022-05-17");
  g_assert_false (pw_history_get_can_undo (history));
  g_assert_true (gtk_widget_has_css_class (issued, "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (issued));
  g_assert_true (pw_property_entry_get_invalid (PW_PROPERTY_ENTRY (issued)));

  gtk_editable_set_text (GTK_EDITABLE (issued), "五月");
  g_signal_emit_by_name (issued, "activate");
  g_assert_cmpstr (pw_plan_get_issued (plan), ==, "2022-05-17");

  /* a date as staff write it is stored as YYYY-MM-DD */
  gtk_editable_set_text (GTK_EDITABLE (issued), "2022年5月8日");
  g_signal_emit_by_name (issued, "activate");
  g_assert_cmpstr (pw_plan_get_issued (plan), ==, "2022-05-08");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (issued)), ==, "2022-05-08");
  g_assert_false (gtk_widget_has_css_class (issued, "error"));
  gtk_editable_set_text (GTK_EDITABLE (issued), "2022-6");
  g_signal_emit_by_name (issued, "activate");
  g_assert_cmpstr (pw_plan_get_issued (plan), ==, "2022-06");

  /* the period: a start after the end is refused, with the reason shown */
  gtk_spin_button_set_value (start, 2026);
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2021);
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (message)), "2026"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (start), "error"));

  /* once the years agree, all of them go to the model in one step */
  gtk_spin_button_set_value (end, 2030);
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2026);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2030);
  g_assert_false (gtk_widget_get_visible (message));
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Change Period");
  g_assert_true (pw_history_undo (history));
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2021);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2025);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (start), ==, 2021);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (end), ==, 2025);

  /* a baseline not before the start */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "baseline_spin")), 2021);
  g_assert_cmpint (pw_plan_get_baseline_year (plan), ==, 2020);
  g_assert_true (gtk_widget_get_visible (message));

  gtk_window_destroy (window);
}

static void
test_overview_counts_follow_model (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwOverviewPage *page = PW_OVERVIEW_PAGE (pw_overview_page_new ());
  PwHistory *history = pw_plan_get_history (plan);
  GListModel *indicators = pw_plan_get_indicators (plan);
  GtkWindow *window;
  guint position = G_MAXUINT;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  window = pw_test_ui_show (GTK_WIDGET (page), 880, 900);

  for (guint i = 0; i < g_list_model_get_n_items (indicators) && position == G_MAXUINT; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      if (pw_indicator_get_nature (indicator) == PW_NATURE_BINDING)
        position = i;
    }

  pw_history_begin (history, "Delete Indicator");
  pw_plan_remove_indicator (plan, position);
  pw_history_end (history);
  pw_test_ui_settle ();
  g_assert_cmpuint (count_value (page, "indicator_list", "All indicators"), ==, 30);
  g_assert_cmpuint (count_value (page, "indicator_list", pw_nature_to_label (PW_NATURE_BINDING)), ==, 11);

  g_assert_true (pw_history_undo (history));
  pw_test_ui_settle ();
  g_assert_cmpuint (count_value (page, "indicator_list", "All indicators"), ==, 31);
  g_assert_cmpuint (count_value (page, "indicator_list", pw_nature_to_label (PW_NATURE_BINDING)), ==, 12);

  /* an indicator's nature changed through the history, as the grid does */
  {
    g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, position);

    pw_history_begin (history, "Edit Cell");
    pw_indicator_set_nature (indicator, PW_NATURE_EXPECTED);
    pw_history_end (history);
  }
  pw_test_ui_settle ();
  g_assert_cmpuint (count_value (page, "indicator_list", pw_nature_to_label (PW_NATURE_BINDING)), ==, 11);
  g_assert_cmpuint (count_value (page, "indicator_list", pw_nature_to_label (PW_NATURE_EXPECTED)), ==, 20);

  /* projects and 专栏 counted through the chapters' live lists */
  {
    g_autoptr(PwBox) column = pw_box_new ();
    g_autoptr(PwProject) project = pw_project_new ();
    PwChapter *chapter = sample_chapter (plan, 1);

    pw_chapter_insert_box (chapter, 0, column);
    pw_box_insert_project (column, 0, project);
  }
  pw_test_ui_settle ();
  g_assert_cmpuint (count_value (page, "structure_list", "Boxes of key projects"), ==, 7);
  g_assert_cmpuint (count_value (page, "project_list", "All projects"), ==, 22);
  g_assert_cmpuint (count_value (page, "project_list", pw_project_status_to_label (PW_PROJECT_PLANNED)), ==, 3);

  gtk_window_destroy (window);
}

static void
test_overview_report (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  g_autoptr(PwFindings) report = pw_findings_new ("规划.txt");
  g_autoptr(PwFindings) empty = pw_findings_new ("空.txt");
  PwOverviewPage *page = PW_OVERVIEW_PAGE (pw_overview_page_new ());
  GtkWidget *box, *list, *heading;
  g_autoptr(GPtrArray) serious = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWindow *window;

  pw_findings_add (report, PW_FINDING_ERROR, 12, 3, NULL, "表格第3行少一列");
  pw_findings_add (report, PW_FINDING_INCONSISTENCY, 40, 0, NULL, "目标在正文中写作“≥90%%”，在表中写作“≥95%%”");
  pw_findings_add (report, PW_FINDING_DOUBT, 57, 0, NULL, "“约束性”一栏为空，按预期性读入");
  pw_findings_add (report, PW_FINDING_GUESS, 0, 0, NULL, "文号取自首页页眉");

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  pw_overview_page_set_findings (page, report);
  window = pw_test_ui_show (GTK_WIDGET (page), 880, 2100);

  box = pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "report_box");
  list = pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "report_list");
  heading = pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "report_heading");
  g_assert_true (gtk_widget_get_visible (box));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (heading)), ==, "Import Report: 4 Findings");

  /* one row per entry, errors and inconsistencies apart from doubts and guesses */
  serious = find_by_class (list, "pw-report-serious");
  checks = find_by_class (list, "pw-report-check");
  g_assert_cmpuint (serious->len, ==, 2);
  g_assert_cmpuint (checks->len, ==, 2);
  g_assert_true (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0) == g_ptr_array_index (serious, 0));

  labels = find_all (list, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (text, "%s\n", gtk_label_get_label (g_ptr_array_index (labels, i)));
  g_assert_nonnull (strstr (text->str, "Error\nLine 12\n表格第3行少一列\n"));
  g_assert_nonnull (strstr (text->str, "Guess\n—\n文号取自首页页眉\n"));

  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_OVERVIEW_PAGE, "scrolled")));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    screenshot (window, "overview-report");
  }

  /* one more entry shows at once */
  pw_findings_add (report, PW_FINDING_DOUBT, 80, 0, NULL, "单位“%s”未识别", "万人");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (heading)), ==, "Import Report: 5 Findings");
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 4));

  /* an empty report, or none, shows nothing */
  pw_overview_page_set_findings (page, empty);
  g_assert_false (gtk_widget_get_visible (box));
  pw_overview_page_set_findings (page, NULL);
  g_assert_false (gtk_widget_get_visible (box));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));

  gtk_window_destroy (window);
}

static void
test_chapter_shows_chapter (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChapter *chapter = sample_chapter (plan, 3);
  PwChapterPage *page = PW_CHAPTER_PAGE (pw_chapter_page_new ());
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GPtrArray) names = NULL;
  GtkWindow *window;
  GListModel *projects;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  pw_chapter_page_set_chapter (page, chapter);
  window = pw_test_ui_show (GTK_WIDGET (page), 860, 1300);

  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHAPTER_PAGE, "number_label"))),
                   ==, "第三章");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHAPTER_PAGE, "title_entry"))),
                   ==, "提供安全普惠的婴幼儿照护服务");

  sections = find_all (GTK_WIDGET (page), PW_TYPE_SECTION_VIEW);
  g_assert_cmpuint (sections->len, ==, 3);
  g_assert_cmpstr (pw_section_get_title (pw_section_view_get_section (g_ptr_array_index (sections, 0))), ==,
                   "提升优生优育服务水平");
  g_assert_cmpstr (pw_section_get_title (pw_section_view_get_section (g_ptr_array_index (sections, 2))), ==,
                   "保障措施");

  lists = find_all (GTK_WIDGET (page), PW_TYPE_PROJECT_LIST);
  g_assert_cmpuint (lists->len, ==, 1);
  g_assert_cmpint (pw_box_get_number (pw_project_list_get_box (g_ptr_array_index (lists, 0))), ==, 1);
  projects = pw_project_list_get_projects (g_ptr_array_index (lists, 0));
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 4);

  /* the rows are on screen, each project's name in its cell */
  names = find_by_class (GTK_WIDGET (page), "pw-project-name");
  g_assert_cmpuint (names->len, ==, 4);
  g_assert_cmpstr (cell_text (project_cell (g_ptr_array_index (lists, 0), "name", 0)), ==, "妇幼健康体系工程");
  g_assert_cmpstr (cell_text (project_cell (g_ptr_array_index (lists, 0), "investment", 0)), ==, "52000");

  /* a chapter with no 专栏 shows none; showing a section scrolls to it */
  screenshot (window, "chapter");
  pw_chapter_page_set_chapter (page, sample_chapter (plan, 2));
  pw_test_ui_settle ();
  lists = (g_ptr_array_unref (lists), find_all (GTK_WIDGET (page), PW_TYPE_PROJECT_LIST));
  g_assert_cmpuint (lists->len, ==, 0);

  /* service items show when the chapter has any, and follow the model */
  {
    GtkWidget *service_box = pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHAPTER_PAGE, "service_box");
    GtkListBox *service_list = GTK_LIST_BOX (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHAPTER_PAGE, "service_list"));
    g_autoptr(PwServiceItem) item = pw_service_item_new ();
    g_autoptr(GPtrArray) labels = NULL;

    g_assert_false (gtk_widget_get_visible (service_box));
    pw_service_item_set_domain (item, "幼有所育");
    pw_service_item_set_name (item, "婴幼儿照护指导服务");
    pw_chapter_insert_service_item (sample_chapter (plan, 2), 0, item);
    g_assert_true (gtk_widget_get_visible (service_box));
    labels = find_all (GTK_WIDGET (gtk_list_box_get_row_at_index (service_list, 0)), GTK_TYPE_LABEL);
    g_assert_cmpuint (labels->len, ==, 2);
    g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (labels, 1)), ==, "婴幼儿照护指导服务");
    pw_service_item_set_name (item, "托育服务");
    g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (labels, 1)), ==, "托育服务");
    pw_chapter_remove_service_item (sample_chapter (plan, 2), 0);
    g_assert_false (gtk_widget_get_visible (service_box));
  }

  pw_chapter_page_set_chapter (page, sample_chapter (plan, 6));
  gtk_window_set_default_size (window, 860, 600);
  pw_test_ui_settle ();
  {
    GListModel *columns = pw_chapter_get_boxes (sample_chapter (plan, 6));
    g_autoptr(GObject) column = g_list_model_get_item (columns, 0);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHAPTER_PAGE, "scrolled")));

    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
    pw_chapter_page_show_part (page, column);
    pw_test_ui_settle ();
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 100);
    screenshot (window, "chapter-6-box");
  }

  gtk_window_destroy (window);
}

/* Typing into a project's cells, as into the indicator grid's: F2, the
 * text, Enter stores it and goes down; a year the project cannot hold is
 * refused, its cell left open saying why; each edit is one undo step. */
static void
test_chapter_edit_cell (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChapter *chapter = sample_chapter (plan, 3);
  PwChapterPage *page = PW_CHAPTER_PAGE (pw_chapter_page_new ());
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwBox) column = g_list_model_get_item (pw_chapter_get_boxes (chapter), 0);
  PwProject *project = nth_project (column, 1);
  PwProjectList *list;
  GtkWindow *window;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  pw_chapter_page_set_chapter (page, chapter);
  window = pw_test_ui_show (GTK_WIDGET (page), 1000, 1300);
  list = project_list_of (page, 0);
  g_assert_cmpstr (cell_text (project_cell (list, "lead", 1)), ==, "市卫生健康委");

  /* the cursor is the page's selection */
  pw_project_list_set_cursor (list, 1, "lead");
  g_assert_cmpuint (pw_project_list_get_selected (list), ==, 1);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (project_cell (list, "lead", 1)), "cursor"));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (page), "chapter.remove-project")));

  list_type (list, "市妇幼保健院");
  g_assert_cmpstr (pw_project_get_lead (project), ==, "市卫生健康委");
  list_key (list, GDK_KEY_Return, 0);
  g_assert_cmpstr (pw_project_get_lead (project), ==, "市妇幼保健院");
  g_assert_cmpstr (cell_text (project_cell (list, "lead", 1)), ==, "市妇幼保健院");
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Edit Lead Unit");
  g_assert_cmpuint (pw_project_list_get_selected (list), ==, 2);
  g_assert_true (pw_history_undo (history));
  g_assert_cmpstr (pw_project_get_lead (project), ==, "市卫生健康委");
  g_assert_cmpstr (cell_text (project_cell (list, "lead", 1)), ==, "市卫生健康委");

  /* Tab goes on to the next cell of the row */
  pw_project_list_set_cursor (list, 1, "lead");
  list_key (list, GDK_KEY_Tab, 0);
  g_assert_cmpstr (pw_project_list_get_cursor_key (list), ==, "start");

  /* a start after the end (2025) is refused and stays open; full-width
   * digits, as an input method types them, are read */
  list_type (list, "2026");
  list_key (list, GDK_KEY_Return, 0);
  g_assert_cmpint (pw_project_get_start_year (project), ==, 2021);
  g_assert_nonnull (pw_project_list_get_editor (list));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pw_project_list_get_editor (list)), "error"));
  g_assert_true (gtk_widget_get_visible (pw_test_ui_template_child (GTK_WIDGET (list), PW_TYPE_PROJECT_LIST, "reason_label")));
  gtk_editable_set_text (pw_project_list_get_editor (list), "２０２２");
  list_key (list, GDK_KEY_Return, 0);
  g_assert_cmpint (pw_project_get_start_year (project), ==, 2022);
  g_assert_null (pw_project_list_get_editor (list));

  /* the status, one of four words */
  pw_project_list_set_cursor (list, 1, "status");
  list_type (list, "已完工");
  list_key (list, GDK_KEY_Return, 0);
  g_assert_cmpint (pw_project_get_status (project), ==, PW_PROJECT_COMPLETED);

  /* the description, prose of paragraphs, edited in a popover over its cell */
  {
    GtkWidget *popover;
    GtkTextView *prose;

    pw_project_list_set_cursor (list, 1, "description");
    list_key (list, GDK_KEY_F2, 0);
    pw_test_ui_settle ();
    popover = GTK_WIDGET (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_POPOVER));
    g_assert_nonnull (popover);
    prose = GTK_TEXT_VIEW (gtk_root_get_focus (GTK_ROOT (window)));
    g_assert_true (PW_IS_PROSE_VIEW (prose));
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (prose), "筛查覆盖全市孕妇。\n第二段。", -1);
    gtk_popover_popdown (GTK_POPOVER (popover));
    pw_test_ui_settle ();
    g_assert_cmpstr (pw_project_get_description (project), ==, "筛查覆盖全市孕妇。\n第二段。");
    g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Edit Project Description");
    g_assert_cmpstr (cell_text (project_cell (list, "description", 1)), ==, "筛查覆盖全市孕妇。");
  }

  /* an investment may be left out */
  pw_project_list_set_cursor (list, 1, "investment");
  g_assert_cmpstr (cell_text (project_cell (list, "investment", 1)), ==, "3800");
  list_type (list, "");
  list_key (list, GDK_KEY_Return, 0);
  g_assert_true (isnan (pw_project_get_investment (project)));
  g_assert_true (pw_history_undo (history));
  g_assert_cmpfloat (pw_project_get_investment (project), ==, 3800);
  g_assert_cmpstr (cell_text (project_cell (list, "investment", 1)), ==, "3800");

  gtk_window_destroy (window);
}

static void
list_paste (PwProjectList      *list,
            GdkContentProvider *provider)
{
  if (provider != NULL)
    gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (list)), provider);
  list_key (list, GDK_KEY_v, GDK_CONTROL_MASK);
  pw_test_ui_wait_ms (100);
  pw_test_ui_settle ();
}

/* The sample's third chapter shown, and its 专栏 (4 projects). */
typedef struct
{
  PwPlan *plan;
  GtkWindow *window;
  PwChapterPage *page;
  PwProjectList *list;
  PwHistory *history;
  PwBox *column;
} Chapter3;

static void
show_chapter_3 (Chapter3 *fixture)
{
  fixture->plan = load_sample ();
  fixture->page = PW_CHAPTER_PAGE (pw_chapter_page_new ());
  pw_plan_page_set_plan (PW_PLAN_PAGE (fixture->page), fixture->plan);
  pw_chapter_page_set_chapter (fixture->page, sample_chapter (fixture->plan, 3));
  fixture->window = pw_test_ui_show (GTK_WIDGET (fixture->page), 1000, 1300);
  fixture->list = project_list_of (fixture->page, 0);
  fixture->history = pw_plan_get_history (fixture->plan);
  fixture->column = g_list_model_get_item (pw_chapter_get_boxes (sample_chapter (fixture->plan, 3)), 0);
}

static void
close_chapter_3 (Chapter3 *fixture)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->column);
  g_clear_object (&fixture->plan);
}

/* An empty 专栏 can be reached with Tab: from its title the focus goes on
 * to its button that adds the first project (the list of no rows took no
 * focus), and the project is added to that box, the focus in its row. */
static void
test_project_empty_box_keyboard (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChapter *chapter = sample_chapter (plan, 3);
  g_autoptr(PwBox) box = pw_box_new ();
  PwChapterPage *page = PW_CHAPTER_PAGE (pw_chapter_page_new ());
  PwProjectList *list = NULL;
  GtkWidget *title, *focus;
  GtkWindow *window;
  guint n_boxes;

  pw_object_set_id (PW_OBJECT (box), "col-empty");
  pw_box_set_title (box, "空专栏");
  n_boxes = g_list_model_get_n_items (pw_chapter_get_boxes (chapter));
  pw_chapter_insert_box (chapter, n_boxes, box);
  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  pw_chapter_page_set_chapter (page, chapter);
  window = pw_test_ui_show (GTK_WIDGET (page), 1000, 1300);
  list = project_list_of (page, n_boxes);
  g_assert_true (pw_project_list_get_box (list) == box);

  title = pw_test_ui_template_child (GTK_WIDGET (list), PW_TYPE_PROJECT_LIST, "title_entry");
  g_assert_true (gtk_widget_grab_focus (title));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  /* Tab, as the window moves the focus */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (list)));
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON) != NULL);
  pw_chapter_page_show_part (page, G_OBJECT (box));
  screenshot (window, "empty-box");

  /* Enter or Space on it: what they emit once its press is drawn */
  g_signal_emit_by_name (gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON), "clicked");
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (box)), ==, 1);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (list)));
  g_assert_cmpuint (pw_project_list_get_selected (list), ==, 0);

  gtk_window_destroy (window);
}

/* Ctrl+Insert in a 专栏's title field copies, as in every text field on
 * Linux and Windows, and adds no project; the hints of the Add Project
 * button and of the shortcuts window say so. From the project list it adds
 * a project to that box. */
static void
test_project_ctrl_insert_in_title (void)
{
  Chapter3 fixture;
  GtkWidget *title, *text, *button;
  g_autofree char *copied = NULL;
  g_autoptr(GtkBuilder) builder = NULL;
  GSList *objects;
  g_autofree char *hint = NULL;
  guint n;

  show_chapter_3 (&fixture);
  n = g_list_model_get_n_items (pw_box_get_projects (fixture.column));
  title = pw_test_ui_template_child (GTK_WIDGET (fixture.list), PW_TYPE_PROJECT_LIST, "title_entry");
  g_assert_true (gtk_widget_grab_focus (title));
  text = gtk_root_get_focus (GTK_ROOT (fixture.window));
  g_assert_true (GTK_IS_TEXT (text));
  gtk_editable_select_region (GTK_EDITABLE (text), 0, 2);
  g_assert_true (pw_test_ui_press_shortcut (text, GDK_KEY_Insert, GDK_CONTROL_MASK));
  copied = pw_test_ui_clipboard_text (text);
  g_assert_cmpuint (strlen (copied), >, 0);
  g_assert_true (g_str_has_prefix (pw_box_get_title (fixture.column), copied));
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (fixture.column)), ==, n);

  button = find_action_button (GTK_WIDGET (fixture.page), "chapter.add-project");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "not in a text field"));
  builder = gtk_builder_new_from_resource ("/io/github/planworkbench/PlanWorkbench/pw-shortcuts.ui");
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *accel = NULL;
        g_autofree char *label = NULL;

        g_object_get (l->data, "accelerator", &accel, "title", &label, NULL);
        if (g_strcmp0 (accel, "<Control>Insert") == 0 && strstr (label, "project") != NULL)
          hint = g_steal_pointer (&label);
      }
  g_slist_free (objects);
  g_assert_nonnull (hint);
  g_assert_nonnull (strstr (hint, "copies"));

  /* from the list, Ctrl+Insert adds one: the list's own keys (the capture
   * phase, as GTK delivers them) do not take it for Copy, and the
   * clipboard keeps what it held */
  g_clear_pointer (&copied, g_free);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (fixture.list)), "held");
  pw_project_list_set_cursor (fixture.list, 0, "name");
  g_assert_false (pw_test_ui_press_key (GTK_WIDGET (fixture.list), GDK_KEY_Insert, GDK_CONTROL_MASK));
  g_assert_true (pw_test_ui_press_shortcut (GTK_WIDGET (fixture.list), GDK_KEY_Insert, GDK_CONTROL_MASK));
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (fixture.column)), ==, n + 1);
  copied = pw_test_ui_clipboard_text (GTK_WIDGET (fixture.list));
  g_assert_cmpstr (copied, ==, "held");

  close_chapter_3 (&fixture);
}

/* A key pressed in the description's popover, as GTK delivers it: to the
 * popover's controllers of the capture phase first, then from the text
 * view up. */
static gboolean
popover_key (GtkWidget *popover,
             GtkWidget *prose,
             guint      keyval,
             GdkModifierType state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (popover);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
      if (handled)
        {
          pw_test_ui_settle ();
          return TRUE;
        }
    }
  return pw_test_ui_press_key_to (prose, keyval, state);
}

/* The description's popover, opened with F2 on the cell of @row; returns
 * its text view. */
static GtkWidget *
open_description (PwProjectList *list,
                  guint          row,
                  GtkWidget    **popover)
{
  GtkWidget *focus;

  pw_project_list_set_cursor (list, row, "description");
  list_key (list, GDK_KEY_F2, 0);
  pw_test_ui_settle ();
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (list)));
  g_assert_true (PW_IS_PROSE_VIEW (focus));
  *popover = gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER);
  g_assert_nonnull (*popover);
  g_assert_true (gtk_widget_get_visible (*popover));
  return focus;
}

/* In the description's popover Enter starts a paragraph, Ctrl+Enter keeps
 * the text and closes it, Escape closes it putting back what it was. */
static void
test_project_description_keys (void)
{
  Chapter3 fixture;
  PwProject *project;
  GtkWidget *popover, *prose;
  g_autofree char *before = NULL;

  show_chapter_3 (&fixture);
  project = nth_project (fixture.column, 1);
  before = g_strdup (pw_project_get_description (project));

  prose = open_description (fixture.list, 1, &popover);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (prose)), "第一段。", -1);
  popover_key (popover, prose, GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpstr (pw_project_get_description (project), ==, "第一段。");
  g_assert_cmpstr (pw_history_get_undo_label (fixture.history), ==, "Edit Project Description");
  g_assert_cmpstr (cell_text (project_cell (fixture.list, "description", 1)), ==, "第一段。");

  /* Tab: the text is kept and the cursor goes on to the next column,
   * where typing goes; Shift+Tab back */
  prose = open_description (fixture.list, 1, &popover);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (prose)), "第二段。", -1);
  g_assert_true (popover_key (popover, prose, GDK_KEY_Tab, 0));
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpstr (pw_project_get_description (project), ==, "第二段。");
  g_assert_cmpstr (pw_project_list_get_cursor_key (fixture.list), ==, "lead");
  list_type (fixture.list, "市卫健委");
  list_key (fixture.list, GDK_KEY_Return, 0);
  g_assert_cmpstr (pw_project_get_lead (project), ==, "市卫健委");
  g_assert_true (pw_history_undo (fixture.history));
  prose = open_description (fixture.list, 1, &popover);
  g_assert_true (popover_key (popover, prose, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpstr (pw_project_list_get_cursor_key (fixture.list), ==, "name");
  g_assert_true (pw_history_undo (fixture.history));
  g_assert_cmpstr (pw_project_get_description (project), ==, "第一段。");

  /* Escape: what was typed goes, also once the draft took it */
  prose = open_description (fixture.list, 1, &popover);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (prose)), "不要的。", -1);
  pw_prose_view_commit (PW_PROSE_VIEW (prose));
  popover_key (popover, prose, GDK_KEY_Escape, 0);
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpstr (pw_project_get_description (project), ==, "第一段。");
  /* undone: the text put back, the text the draft took, Ctrl+Enter's */
  for (guint i = 0; i < 3; i++)
    g_assert_true (pw_history_undo (fixture.history));
  g_assert_cmpstr (pw_project_get_description (project), ==, before);

  close_chapter_3 (&fixture);
}

/* Shift+arrows make a range, drawn tinted; Ctrl+C puts it on the clipboard
 * as Calc's text and an HTML table; Ctrl+V elsewhere puts the same texts
 * there, as one undo step. */
static void
test_project_copy_paste (void)
{
  Chapter3 f;
  g_autofree char *copied = NULL;
  GdkContentFormats *formats;

  show_chapter_3 (&f);
  /* rows 1 and 2, from the lead unit to the end year */
  pw_project_list_set_cursor (f.list, 0, "lead");
  list_key (f.list, GDK_KEY_Down, 0);
  list_key (f.list, GDK_KEY_Down, GDK_SHIFT_MASK);
  list_key (f.list, GDK_KEY_Right, GDK_SHIFT_MASK);
  list_key (f.list, GDK_KEY_Right, GDK_SHIFT_MASK);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (project_cell (f.list, "end", 2)), "selected"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (project_cell (f.list, "lead", 1)), "cursor"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (project_cell (f.list, "investment", 2)), "selected"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (project_cell (f.list, "lead", 3)), "selected"));
  list_key (f.list, GDK_KEY_c, GDK_CONTROL_MASK);

  formats = gdk_clipboard_get_formats (gtk_widget_get_clipboard (GTK_WIDGET (f.list)));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/html"));
  copied = pw_test_ui_clipboard_text (GTK_WIDGET (f.list));
  g_assert_cmpstr (copied, ==, "市卫生健康委\t2021\t2025\n市卫生健康委\t2021\t2024\n");

  /* onto the last project and one more: a project is added for it */
  pw_project_list_set_cursor (f.list, 3, "lead");
  list_paste (f.list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (f.column)), ==, 5);
  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 3)), ==, "市卫生健康委");
  g_assert_cmpint (pw_project_get_start_year (nth_project (f.column, 3)), ==, 2021);
  g_assert_cmpint (pw_project_get_end_year (nth_project (f.column, 3)), ==, 2025);
  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 4)), ==, "市卫生健康委");
  g_assert_cmpint (pw_project_get_end_year (nth_project (f.column, 4)), ==, 2024);
  g_assert_cmpint (pw_project_get_number (nth_project (f.column, 4)), ==, 5);
  g_assert_cmpstr (cell_text (project_cell (f.list, "end", 4)), ==, "2024");
  /* the name of the fourth is kept: only the range's columns were pasted */
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 3)), ==, "普惠托育服务设施建设工程");

  g_assert_cmpstr (pw_history_get_undo_label (f.history), ==, "Paste");
  g_assert_true (pw_history_undo (f.history));
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (f.column)), ==, 4);
  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 3)), ==, "市发展改革委");
  g_assert_cmpint (pw_project_get_start_year (nth_project (f.column, 3)), ==, 2022);

  close_chapter_3 (&f);
}

/* Two projects' lead units, years and investments copied from LibreOffice
 * Calc: as text (a cell a tab, a row a line) and as the HTML table Calc
 * writes (its sdval and sdnum attributes, a number as shown: 12,500). */
#define CALC_PROJECTS_TSV "市住房城乡建设局\t2022\t2024\t12,500\n市民政局\t2023\t2025\t800\n"
#define CALC_PROJECTS_HTML \
  "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n" \
  "<html>\n<head>\n\t<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"/>\n" \
  "\t<title></title>\n\t<meta name=\"generator\" content=\"LibreOffice 7.4.7.2 (Linux)\"/>\n" \
  "</head>\n<body>\n<table cellspacing=\"0\" border=\"0\">\n\t<colgroup span=\"4\" width=\"85\"></colgroup>\n" \
  "\t<tr>\n\t\t<td height=\"17\" align=\"left\">市住房城乡建设局</td>\n" \
  "\t\t<td align=\"right\" sdval=\"2022\" sdnum=\"2052;\">2022</td>\n" \
  "\t\t<td align=\"right\" sdval=\"2024\" sdnum=\"2052;\">2024</td>\n" \
  "\t\t<td align=\"right\" sdval=\"12500\" sdnum=\"2052;0;#,##0\">12,500</td>\n\t</tr>\n" \
  "\t<tr>\n\t\t<td height=\"17\" align=\"left\">市民政局</td>\n" \
  "\t\t<td align=\"right\" sdval=\"2023\" sdnum=\"2052;\">2023</td>\n" \
  "\t\t<td align=\"right\" sdval=\"2025\" sdnum=\"2052;\">2025</td>\n" \
  "\t\t<td align=\"right\" sdval=\"800\" sdnum=\"2052;\">800</td>\n\t</tr>\n" \
  "</table>\n</body>\n\n</html>\n"

static void
test_project_paste_calc (gconstpointer data)
{
  const char *mime_type = data;
  Chapter3 f;
  const char *text = g_str_equal (mime_type, "text/html") ? CALC_PROJECTS_HTML : CALC_PROJECTS_TSV;
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GdkContentProvider) provider = gdk_content_provider_new_for_bytes (mime_type, bytes);

  show_chapter_3 (&f);
  pw_project_list_set_cursor (f.list, 1, "lead");
  list_paste (f.list, provider);

  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 1)), ==, "市住房城乡建设局");
  g_assert_cmpint (pw_project_get_start_year (nth_project (f.column, 1)), ==, 2022);
  g_assert_cmpint (pw_project_get_end_year (nth_project (f.column, 1)), ==, 2024);
  g_assert_cmpfloat (pw_project_get_investment (nth_project (f.column, 1)), ==, 12500);
  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 2)), ==, "市民政局");
  g_assert_cmpint (pw_project_get_start_year (nth_project (f.column, 2)), ==, 2023);
  g_assert_cmpint (pw_project_get_end_year (nth_project (f.column, 2)), ==, 2025);
  g_assert_cmpfloat (pw_project_get_investment (nth_project (f.column, 2)), ==, 800);
  /* the rows around, and the columns past the table, untouched */
  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 0)), ==, "市卫生健康委");
  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 3)), ==, "市发展改革委");
  g_assert_cmpint (pw_project_get_progress (nth_project (f.column, 1)), ==, 60);
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (f.column)), ==, 4);
  /* the range is what was pasted */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (project_cell (f.list, "investment", 2)), "selected"));

  /* one step */
  g_assert_cmpstr (pw_history_get_undo_label (f.history), ==, "Paste");
  g_assert_true (pw_history_undo (f.history));
  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 1)), ==, "市卫生健康委");
  g_assert_cmpfloat (pw_project_get_investment (nth_project (f.column, 1)), ==, 3800);
  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 2)), ==, "市卫生健康委");
  g_assert_cmpfloat (pw_project_get_investment (nth_project (f.column, 2)), ==, 2600);
  g_assert_false (pw_history_get_can_undo (f.history));

  close_chapter_3 (&f);
}

/* Delete clears a range in one undo step; Ctrl+D fills the first row of a
 * range down. */
static void
test_project_clear_fill (void)
{
  Chapter3 f;

  show_chapter_3 (&f);
  pw_project_list_set_cursor (f.list, 1, "lead");
  list_key (f.list, GDK_KEY_Down, GDK_SHIFT_MASK);
  list_key (f.list, GDK_KEY_Right, GDK_SHIFT_MASK);
  list_key (f.list, GDK_KEY_Delete, 0);
  for (guint i = 1; i <= 2; i++)
    {
      g_assert_null (pw_project_get_lead (nth_project (f.column, i)));
      g_assert_cmpint (pw_project_get_start_year (nth_project (f.column, i)), ==, 0);
      g_assert_cmpint (pw_project_get_end_year (nth_project (f.column, i)), !=, 0);
    }
  g_assert_cmpstr (cell_text (project_cell (f.list, "lead", 2)), ==, NULL);
  g_assert_cmpstr (pw_history_get_undo_label (f.history), ==, "Clear Cells");
  g_assert_true (pw_history_undo (f.history));
  for (guint i = 1; i <= 2; i++)
    {
      g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, i)), ==, "市卫生健康委");
      g_assert_cmpint (pw_project_get_start_year (nth_project (f.column, i)), ==, 2021);
    }
  g_assert_false (pw_history_get_can_undo (f.history));

  /* the first row's lead unit and start into the three below it (Ctrl+D
   * on a range of four rows, as in Calc) */
  pw_project_list_set_cursor (f.list, 0, "lead");
  list_key (f.list, GDK_KEY_Down, GDK_SHIFT_MASK);
  list_key (f.list, GDK_KEY_Down, GDK_SHIFT_MASK);
  list_key (f.list, GDK_KEY_Down, GDK_SHIFT_MASK);
  list_key (f.list, GDK_KEY_Right, GDK_SHIFT_MASK);
  list_key (f.list, GDK_KEY_d, GDK_CONTROL_MASK);
  for (guint i = 1; i <= 3; i++)
    {
      g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, i)), ==, "市卫生健康委");
      g_assert_cmpint (pw_project_get_start_year (nth_project (f.column, i)), ==, 2021);
    }
  g_assert_cmpstr (pw_history_get_undo_label (f.history), ==, "Fill Down");
  g_assert_true (pw_history_undo (f.history));
  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 3)), ==, "市发展改革委");
  g_assert_cmpint (pw_project_get_start_year (nth_project (f.column, 3)), ==, 2022);

  close_chapter_3 (&f);
}

/* After editing row 0, the cursor moved to row 2: Ctrl+Delete deletes row
 * 2, the one the cursor is on. Rows of a range move and are duplicated
 * together. */
static void
test_project_row_commands (void)
{
  Chapter3 f;
  GtkWidget *view;

  show_chapter_3 (&f);
  view = pw_test_ui_template_child (GTK_WIDGET (f.list), PW_TYPE_PROJECT_LIST, "view");
  pw_project_list_set_cursor (f.list, 0, "lead");
  list_type (f.list, "市卫健委");
  list_key (f.list, GDK_KEY_Return, 0);
  list_key (f.list, GDK_KEY_Down, 0);
  g_assert_cmpuint (pw_project_list_get_selected (f.list), ==, 2);
  g_assert_true (pw_test_ui_press_shortcut (view, GDK_KEY_Delete, GDK_CONTROL_MASK));
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (f.column)), ==, 3);
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 0)), ==, "妇幼健康体系工程");
  g_assert_cmpstr (pw_project_get_lead (nth_project (f.column, 0)), ==, "市卫健委");
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 1)), ==, "产前筛查工程");
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 2)), ==, "普惠托育服务设施建设工程");
  g_assert_cmpint (pw_project_get_number (nth_project (f.column, 2)), ==, 3);
  g_assert_true (pw_history_undo (f.history));
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (f.column)), ==, 4);
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 2)), ==, "新生儿疾病筛查工程");

  /* rows 0 and 1 down past row 2 (Alt+Down), then duplicated below
   * themselves (Ctrl+Shift+D), renumbered */
  pw_project_list_set_cursor (f.list, 0, "name");
  list_key (f.list, GDK_KEY_Down, GDK_SHIFT_MASK);
  g_assert_true (pw_test_ui_press_shortcut (view, GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 0)), ==, "新生儿疾病筛查工程");
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 1)), ==, "妇幼健康体系工程");
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 2)), ==, "产前筛查工程");
  g_assert_cmpint (pw_project_get_number (nth_project (f.column, 1)), ==, 2);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (project_cell (f.list, "name", 2)), "selected"));
  g_assert_true (pw_test_ui_press_shortcut (view, GDK_KEY_d, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (f.column)), ==, 6);
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 3)), ==, "妇幼健康体系工程");
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 4)), ==, "产前筛查工程");
  g_assert_cmpfloat (pw_project_get_investment (nth_project (f.column, 4)), ==, 3800);
  g_assert_cmpint (pw_project_get_number (nth_project (f.column, 4)), ==, 5);
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 5)), ==, "普惠托育服务设施建设工程");
  g_assert_cmpstr (pw_history_get_undo_label (f.history), ==, "Duplicate Projects");
  g_assert_true (pw_history_undo (f.history));
  g_assert_true (pw_history_undo (f.history));
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (f.column)), ==, 4);
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 0)), ==, "妇幼健康体系工程");

  close_chapter_3 (&f);
}

/* The last project moved up (Alt+Up) twice: the cursor follows it, so the
 * second move moves it again, not the project it passed. */
static void
test_project_move_last_up (void)
{
  Chapter3 f;
  GtkWidget *view;
  g_autoptr(PwProject) last = NULL;

  show_chapter_3 (&f);
  view = pw_test_ui_template_child (GTK_WIDGET (f.list), PW_TYPE_PROJECT_LIST, "view");
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (f.column)), ==, 4);
  last = g_object_ref (nth_project (f.column, 3));
  pw_project_list_set_cursor (f.list, 3, "name");
  for (guint i = 1; i <= 2; i++)
    {
      g_assert_true (pw_test_ui_press_shortcut (view, GDK_KEY_Up, GDK_ALT_MASK));
      g_assert_true (nth_project (f.column, 3 - i) == last);
      g_assert_cmpuint (pw_project_list_get_selected (f.list), ==, 3 - i);
    }
  g_assert_cmpstr (pw_project_get_name (nth_project (f.column, 3)), ==, "新生儿疾病筛查工程");

  /* the last two rows together: both go up, and stay the range */
  {
    g_autoptr(PwProject) third = g_object_ref (nth_project (f.column, 2));
    g_autoptr(PwProject) fourth = g_object_ref (nth_project (f.column, 3));
    guint first, end;

    pw_project_list_set_cursor (f.list, 2, "name");
    list_key (f.list, GDK_KEY_Down, GDK_SHIFT_MASK);
    g_assert_true (pw_test_ui_press_shortcut (view, GDK_KEY_Up, GDK_ALT_MASK));
    g_assert_true (nth_project (f.column, 1) == third);
    g_assert_true (nth_project (f.column, 2) == fourth);
    g_assert_true (pw_project_list_get_selected_rows (f.list, &first, &end));
    g_assert_cmpuint (first, ==, 1);
    g_assert_cmpuint (end, ==, 2);
  }

  close_chapter_3 (&f);
}

static void
test_chapter_add_project_undo (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChapter *chapter = sample_chapter (plan, 3);
  PwChapterPage *page = PW_CHAPTER_PAGE (pw_chapter_page_new ());
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwBox) column = g_list_model_get_item (pw_chapter_get_boxes (chapter), 0);
  GListModel *projects = pw_box_get_projects (column);
  g_autoptr(PwProject) added = NULL;
  g_autoptr(GPtrArray) names = NULL;
  PwProjectList *list;
  GtkWindow *window;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  pw_chapter_page_set_chapter (page, chapter);
  window = pw_test_ui_show (GTK_WIDGET (page), 1000, 1300);
  list = project_list_of (page, 0);

  /* after the selected project */
  pw_project_list_select (list, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "chapter.add-project", NULL));
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 5);
  added = g_list_model_get_item (projects, 2);
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (added)), "prj-"));
  g_assert_cmpint (pw_project_get_number (added), ==, 3);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(PwProject) project = g_list_model_get_item (projects, i);

      g_assert_cmpint (pw_project_get_number (project), ==, (int) i + 1);
    }
  g_assert_cmpuint (pw_project_list_get_selected (list), ==, 2);
  names = find_by_class (GTK_WIDGET (list), "pw-project-name");
  g_assert_cmpuint (names->len, ==, 5);
  /* and the new project's name is being edited */
  g_assert_cmpstr (pw_project_list_get_cursor_key (list), ==, "name");
  g_assert_nonnull (pw_project_list_get_editor (list));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (project_cell (list, "name", 2))));
  gtk_editable_set_text (pw_project_list_get_editor (list), "托育综合服务中心");
  list_key (list, GDK_KEY_Return, 0);
  g_assert_cmpstr (pw_project_get_name (added), ==, "托育综合服务中心");

  /* the ids of the plan stay unique */
  {
    g_autoptr(GBytes) bytes = pw_plan_to_bytes (plan, NULL);

    g_assert_nonnull (bytes);
  }

  /* one undo takes the row away, with the name typed in the cell Add
   * Project opened (part of adding it), and the numbers back */
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Add Project");
  g_assert_true (pw_history_undo (history));
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 4);
  g_ptr_array_unref (names);
  names = find_by_class (GTK_WIDGET (list), "pw-project-name");
  g_assert_cmpuint (names->len, ==, 4);
  {
    g_autoptr(PwProject) third = g_list_model_get_item (projects, 2);

    g_assert_cmpstr (pw_project_get_name (third), ==, "新生儿疾病筛查工程");
    g_assert_cmpint (pw_project_get_number (third), ==, 3);
  }

  /* remove and move, each one step */
  pw_project_list_select (list, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "chapter.move-project-down", NULL));
  {
    g_autoptr(PwProject) second = g_list_model_get_item (projects, 1);

    g_assert_cmpstr (pw_project_get_name (second), ==, "妇幼健康体系工程");
    g_assert_cmpint (pw_project_get_number (second), ==, 2);
  }
  g_assert_cmpuint (pw_project_list_get_selected (list), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "chapter.remove-project", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, 3);
  g_assert_true (pw_history_undo (history));
  g_assert_true (pw_history_undo (history));
  {
    g_autoptr(PwProject) first = g_list_model_get_item (projects, 0);

    g_assert_cmpstr (pw_project_get_name (first), ==, "妇幼健康体系工程");
    g_assert_cmpint (pw_project_get_number (first), ==, 1);
  }

  gtk_window_destroy (window);
}

static void
test_chapter_move_to_box (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChapter *chapter = sample_chapter (plan, 3);
  PwChapterPage *page = PW_CHAPTER_PAGE (pw_chapter_page_new ());
  PwHistory *history = pw_plan_get_history (plan);
  GListModel *columns = pw_chapter_get_boxes (chapter);
  g_autoptr(PwBox) first = g_list_model_get_item (columns, 0);
  g_autoptr(PwBox) added = NULL;
  g_autoptr(PwProject) moved = g_list_model_get_item (pw_box_get_projects (first), 0);
  PwChapter *later = sample_chapter (plan, 4);
  g_autoptr(PwBox) later_column = g_list_model_get_item (pw_chapter_get_boxes (later), 0);
  GtkWindow *window;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  pw_chapter_page_set_chapter (page, chapter);
  window = pw_test_ui_show (GTK_WIDGET (page), 1000, 1300);

  /* with a single box in the chapter, the boxes of the others are offered */
  pw_project_list_select (project_list_of (page, 0), 0);
  g_assert_true (gtk_widget_is_sensitive (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHAPTER_PAGE, "move_to_button")));

  /* a second box, after the first, numbered in the plan's order */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "chapter.add-box", NULL));
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 2);
  added = g_list_model_get_item (columns, 1);
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (added)), "col-"));
  g_assert_cmpint (pw_box_get_number (added), ==, 2);
  g_assert_cmpint (pw_box_get_number (later_column), ==, 3);
  g_assert_nonnull (project_list_of (page, 1));

  pw_project_list_select (project_list_of (page, 0), 0);
  g_assert_true (gtk_widget_is_sensitive (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHAPTER_PAGE, "move_to_button")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "chapter.move-project-to", "s",
                                             pw_object_get_id (PW_OBJECT (added))));
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (first)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (added)), ==, 1);
  g_assert_cmpint (pw_project_get_number (moved), ==, 1);
  {
    g_autoptr(PwProject) now_first = g_list_model_get_item (pw_box_get_projects (first), 0);

    g_assert_cmpint (pw_project_get_number (now_first), ==, 1);
  }
  g_assert_cmpuint (pw_project_list_get_selected (project_list_of (page, 1)), ==, 0);
  g_assert_cmpuint (pw_project_list_get_selected (project_list_of (page, 0)), ==, GTK_INVALID_LIST_POSITION);
  screenshot (window, "chapter-two-boxes");

  /* one undo puts the project back, in place and numbered as before */
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Move Project to Another Box");
  g_assert_true (pw_history_undo (history));
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (first)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (pw_box_get_projects (added)), ==, 0);
  {
    g_autoptr(PwProject) back = g_list_model_get_item (pw_box_get_projects (first), 0);
    g_autoptr(PwProject) second = g_list_model_get_item (pw_box_get_projects (first), 1);

    g_assert_true (back == moved);
    g_assert_cmpint (pw_project_get_number (second), ==, 2);
  }

  /* and the next one the box, with the plan's numbers */
  g_assert_true (pw_history_undo (history));
  pw_test_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 1);
  g_assert_cmpint (pw_box_get_number (later_column), ==, 2);
  {
    g_autoptr(GPtrArray) lists = find_all (GTK_WIDGET (page), PW_TYPE_PROJECT_LIST);

    g_assert_cmpuint (lists->len, ==, 1);
  }

  /* renaming a box follows undo */
  {
    PwProjectList *list = project_list_of (page, 0);
    GtkWidget *title = pw_test_ui_template_child (GTK_WIDGET (list), PW_TYPE_PROJECT_LIST, "title_entry");

    gtk_widget_grab_focus (title);
    gtk_editable_set_text (GTK_EDITABLE (title), "优生优育和托育服务项目");
    g_signal_emit_by_name (title, "activate");
    g_assert_cmpstr (pw_box_get_title (first), ==, "优生优育和托育服务项目");
    gtk_widget_grab_focus (focus_sink (page));
    g_assert_true (pw_history_undo (history));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "优生优育服务建设项目");
  }

  g_clear_object (&first);
  g_clear_object (&added);
  g_clear_object (&moved);
  g_clear_object (&later_column);
  pw_test_ui_destroy_and_release (window, &plan);
}

static void
test_chapter_text_commit (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChapter *chapter = sample_chapter (plan, 3);
  PwChapterPage *page = PW_CHAPTER_PAGE (pw_chapter_page_new ());
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwSection) section = g_list_model_get_item (pw_chapter_get_sections (chapter), 1);
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) views = NULL;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkWindow *window;
  g_autofree char *shown = NULL;

  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  pw_chapter_page_set_chapter (page, chapter);
  window = pw_test_ui_show (GTK_WIDGET (page), 1000, 1300);

  sections = find_all (GTK_WIDGET (page), PW_TYPE_SECTION_VIEW);
  g_assert_true (pw_section_view_get_section (g_ptr_array_index (sections, 1)) == section);
  views = find_all (g_ptr_array_index (sections, 1), PW_TYPE_PROSE_VIEW);
  g_assert_cmpuint (views->len, ==, 1);
  view = g_ptr_array_index (views, 0);
  buffer = gtk_text_view_get_buffer (view);
  g_assert_false (gtk_text_buffer_get_enable_undo (buffer));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (view), ==, GTK_WRAP_WORD_CHAR);

  /* a burst of typing: nothing in the model until the view is left */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_insert_at_cursor (buffer, "扩大普惠托育服务供给。", -1);
  gtk_text_buffer_insert_at_cursor (buffer, "\n支持社会力量发展托育服务。", -1);
  pw_test_ui_iterate ();
  g_assert_null (pw_section_get_text (section));
  g_assert_true (pw_prose_view_get_dirty (PW_PROSE_VIEW (view)));

  gtk_widget_grab_focus (focus_sink (page));
  pw_test_ui_iterate ();
  g_assert_cmpstr (pw_section_get_text (section), ==, "扩大普惠托育服务供给。\n支持社会力量发展托育服务。");
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Edit Section Text");

  /* one undo takes the whole burst away, and the view follows */
  g_assert_true (pw_history_undo (history));
  g_assert_false (pw_history_get_can_undo (history));
  g_assert_null (pw_section_get_text (section));
  shown = buffer_text (view);
  g_assert_cmpstr (shown, ==, "");

  /* a pause in typing stores it too */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_insert_at_cursor (buffer, "第一段。", -1);
  pw_test_ui_wait_ms (1300);
  g_assert_cmpstr (pw_section_get_text (section), ==, "第一段。");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));

  /* the model changing elsewhere reloads the view (not being typed in) */
  gtk_widget_grab_focus (focus_sink (page));
  pw_section_set_text (section, PROSE);
  g_free (shown);
  shown = buffer_text (view);
  g_assert_cmpstr (shown, ==, PROSE);
  screenshot (window, "chapter-text");

  /* the chapter's own prose, too */
  view = GTK_TEXT_VIEW (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHAPTER_PAGE, "text_view"));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view), "本章导语。", -1);
  pw_chapter_page_commit (page);
  g_assert_cmpstr (pw_chapter_get_text (chapter), ==, "本章导语。");
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Edit Chapter Text");

  g_clear_object (&section);
  pw_test_ui_destroy_and_release (window, &plan);
}

static void
test_pages_read_only (void)
{
  g_autoptr(PwPlan) plan = load_sample ();
  PwChapter *chapter = sample_chapter (plan, 3);
  PwChapterPage *page = PW_CHAPTER_PAGE (pw_chapter_page_new ());
  PwOverviewPage *overview = PW_OVERVIEW_PAGE (pw_overview_page_new ());
  PwHistory *history = pw_plan_get_history (plan);
  const char *actions[] = {
    "chapter.add-project", "chapter.remove-project", "chapter.move-project-up",
    "chapter.move-project-down", "chapter.add-box",
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) views = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) drop_downs = NULL;
  const char *hint;
  GtkWindow *window;

  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (overview));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  gtk_widget_set_size_request (GTK_WIDGET (overview), -1, 300);
  pw_plan_page_set_plan (PW_PLAN_PAGE (overview), plan);
  pw_plan_page_set_plan (PW_PLAN_PAGE (page), plan);
  pw_chapter_page_set_chapter (page, chapter);
  window = pw_test_ui_show (box, 1000, 1300);

  pw_project_list_select (project_list_of (page, 0), 1);
  g_assert_true (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (page), "chapter.remove-project")));

  pw_plan_page_set_editable (PW_PLAN_PAGE (page), FALSE);
  pw_plan_page_set_editable (PW_PLAN_PAGE (overview), FALSE);
  g_assert_false (pw_plan_page_get_editable (PW_PLAN_PAGE (page)));
  pw_test_ui_settle ();

  entries = find_all (box, PW_TYPE_PROPERTY_ENTRY);
  /* 5 on the overview; the chapter's title, 3 sections', the box's (the
   * projects are cells of a grid) */
  g_assert_cmpuint (entries->len, ==, 5 + 1 + 3 + 1);
  /* a reader's fields are text, to select and copy (issue 11), not greyed
   * out, and an empty one shows no example (“e.g. 驻马店市人民政府”) that
   * reads like a value */
  for (guint i = 0; i < entries->len; i++)
    {
      g_assert_false (gtk_editable_get_editable (g_ptr_array_index (entries, i)));
      g_assert_true (gtk_widget_is_sensitive (g_ptr_array_index (entries, i)));
      hint = gtk_entry_get_placeholder_text (g_ptr_array_index (entries, i));
      g_assert_true (hint == NULL || *hint == '\0');
    }
  spins = find_all (box, GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpuint (spins->len, ==, 3);
  for (guint i = 0; i < spins->len; i++)
    g_assert_false (gtk_editable_get_editable (g_ptr_array_index (spins, i)) &&
                    gtk_widget_is_sensitive (g_ptr_array_index (spins, i)));
  drop_downs = find_all (box, GTK_TYPE_DROP_DOWN);
  /* the overview's numbering */
  g_assert_cmpuint (drop_downs->len, ==, 1);
  for (guint i = 0; i < drop_downs->len; i++)
    g_assert_false (gtk_widget_is_sensitive (g_ptr_array_index (drop_downs, i)));

  /* the prose stays readable and selectable, but cannot be changed */
  views = find_all (box, GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (views->len, >=, 1 + 3);
  for (guint i = 0; i < views->len; i++)
    g_assert_false (gtk_text_view_get_editable (g_ptr_array_index (views, i)));

  /* a reader's cursor moves and copies, but neither F2 nor Delete edits */
  {
    PwProjectList *list = project_list_of (page, 0);
    g_autoptr(PwBox) column = g_list_model_get_item (pw_chapter_get_boxes (chapter), 0);

    pw_project_list_set_cursor (list, 1, "lead");
    list_key (list, GDK_KEY_F2, 0);
    g_assert_null (pw_project_list_get_editor (list));
    list_key (list, GDK_KEY_Delete, 0);
    g_assert_cmpstr (pw_project_get_lead (nth_project (column, 1)), ==, "市卫生健康委");
    list_key (list, GDK_KEY_c, GDK_CONTROL_MASK);
    {
      g_autofree char *copied = pw_test_ui_clipboard_text (GTK_WIDGET (list));

      g_assert_cmpstr (copied, ==, "市卫生健康委\n");
    }
  }

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (page), actions[i])));
      gtk_widget_activate_action (GTK_WIDGET (page), actions[i], NULL);
    }
  g_assert_false (gtk_widget_is_sensitive (pw_test_ui_template_child (GTK_WIDGET (page), PW_TYPE_CHAPTER_PAGE, "move_to_button")));
  g_assert_false (pw_history_get_can_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (pw_chapter_get_boxes (chapter)), ==, 1);

  screenshot (window, "read-only");

  /* and back */
  pw_plan_page_set_editable (PW_PLAN_PAGE (page), TRUE);
  pw_plan_page_set_editable (PW_PLAN_PAGE (overview), TRUE);
  g_assert_true (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (page), "chapter.add-project")));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (page), "chapter.remove-project")));
  g_assert_true (gtk_widget_is_sensitive (pw_test_ui_template_child (GTK_WIDGET (overview), PW_TYPE_OVERVIEW_PAGE, "title_entry")));
  /* the examples are back for the one who fills the fields in */
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (pw_test_ui_template_child (
                       GTK_WIDGET (overview), PW_TYPE_OVERVIEW_PAGE, "issuer_entry"))),
                   ==, "e.g. 驻马店市人民政府");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (pw_test_ui_template_child (
                       GTK_WIDGET (overview), PW_TYPE_OVERVIEW_PAGE, "issued_entry"))),
                   ==, "YYYY-MM-DD, YYYY-MM or YYYY");

  gtk_window_destroy (window);
}

static void
test_pages_without_plan (void)
{
  GtkWidget *overview = pw_overview_page_new ();
  GtkWidget *chapter = pw_chapter_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr(PwPlan) plan = load_sample ();
  GtkWindow *window;

  gtk_widget_set_vexpand (overview, TRUE);
  gtk_widget_set_vexpand (chapter, TRUE);
  gtk_box_append (GTK_BOX (box), overview);
  gtk_box_append (GTK_BOX (box), chapter);
  window = pw_test_ui_show (box, 900, 900);

  /* nothing to act on, nothing enabled */
  g_assert_false (gtk_widget_is_sensitive (pw_test_ui_template_child (overview, PW_TYPE_OVERVIEW_PAGE, "title_entry")));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (chapter, "chapter.add-box")));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (chapter, "chapter.add-project")));

  /* the properties */
  g_object_set (overview, "plan", plan, "editable", FALSE, NULL);
  g_assert_true (pw_plan_page_get_plan (PW_PLAN_PAGE (overview)) == plan);
  g_assert_false (pw_plan_page_get_editable (PW_PLAN_PAGE (overview)));
  /* a reader's title: text to select, not to change */
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (pw_test_ui_template_child (overview, PW_TYPE_OVERVIEW_PAGE, "title_entry"))));
  g_object_set (chapter, "plan", plan, "chapter", sample_chapter (plan, 1), NULL);
  g_assert_true (pw_chapter_page_get_chapter (PW_CHAPTER_PAGE (chapter)) == sample_chapter (plan, 1));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (chapter, "chapter.add-box")));
  /* chapter 1 has no 专栏 to add a project to */
  g_assert_false (gtk_widget_is_sensitive (find_action_button (chapter, "chapter.add-project")));

  g_object_set (chapter, "chapter", NULL, "plan", NULL, NULL);
  g_assert_false (gtk_widget_is_sensitive (find_action_button (chapter, "chapter.add-box")));
  g_object_set (overview, "plan", NULL, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pw_test_ui_template_child (overview, PW_TYPE_OVERVIEW_PAGE, "title_entry"))), ==, "");

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  /* the application's style, as the window has it */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/planworkbench/PlanWorkbench/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/pw/pages/overview-shows-sample", test_overview_shows_sample);
  g_test_add_func ("/pw/pages/overview-edit-region-undo", test_overview_edit_region_undo);
  g_test_add_func ("/pw/pages/overview-invalid-input", test_overview_invalid_input);
  g_test_add_func ("/pw/pages/overview-counts-follow-model", test_overview_counts_follow_model);
  g_test_add_func ("/pw/pages/overview-report", test_overview_report);
  g_test_add_func ("/pw/pages/chapter-shows-chapter", test_chapter_shows_chapter);
  g_test_add_func ("/pw/pages/chapter-edit-cell", test_chapter_edit_cell);
  g_test_add_func ("/pw/pages/chapter-add-project-undo", test_chapter_add_project_undo);
  g_test_add_func ("/pw/pages/chapter-move-to-box", test_chapter_move_to_box);
  g_test_add_func ("/pw/pages/project-copy-paste", test_project_copy_paste);
  g_test_add_func ("/pw/pages/project-description-keys", test_project_description_keys);
  g_test_add_func ("/pw/pages/project-ctrl-insert-in-title", test_project_ctrl_insert_in_title);
  g_test_add_func ("/pw/pages/project-empty-box-keyboard", test_project_empty_box_keyboard);
  g_test_add_data_func ("/pw/pages/project-paste-calc/tsv", "text/plain;charset=utf-8", test_project_paste_calc);
  g_test_add_data_func ("/pw/pages/project-paste-calc/html", "text/html", test_project_paste_calc);
  g_test_add_func ("/pw/pages/project-clear-fill", test_project_clear_fill);
  g_test_add_func ("/pw/pages/project-row-commands", test_project_row_commands);
  g_test_add_func ("/pw/pages/project-move-last-up", test_project_move_last_up);
  g_test_add_func ("/pw/pages/chapter-text-commit", test_chapter_text_commit);
  g_test_add_func ("/pw/pages/read-only", test_pages_read_only);
  g_test_add_func ("/pw/pages/without-plan", test_pages_without_plan);

  return g_test_run ();
}
