/* pw-overview-page.c: a plan's metadata, counts and import report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first page of a plan: its metadata as a form, what it holds, and —
 * right after an import — what the importer guessed or doubted.
 *
 * The form edits the model through its setters when a field is left or
 * activated (one undo step per field), and follows the model when it
 * changes elsewhere (undo, redo, another page) unless the user is typing in
 * that field. The period is one rule, baseline < first year ≤ last year: the
 * three spin buttons are stored together, in one undo step, once they agree;
 * until then the model keeps its period and the page says what is wrong.
 *
 * The counts are recomputed in an idle, and only while the page is shown
 * (once more when it is shown again). What makes them stale: the exact
 * items-changed of the plan's lists (its indicators and chapters, and every
 * chapter's sections, 专栏, projects and service items: a few dozen lists,
 * watched again whenever a chapter or a 专栏 comes or goes),
 * the period and the progress thresholds, and the "changed" signal of the
 * plan's undo history, emitted for every step recorded, undone or redone,
 * which is how an edit of an indicator or a project shows. A handler on each
 * indicator would be 100,000 handlers for a large plan; the history is one
 * object.
 */

#define G_LOG_DOMAIN "pw-overview-page"

#include "config.h"

#include "pw-overview-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pw-clamp.h"
#include "pw-count-row.h"
#include "pw-enums.h"
#include "pw-finding-row.h"
#include "pw-plan-edit.h"
#include "pw-plan-page.h"
#include "pw-progress.h"
#include "pw-property-entry.h"
#include "pw-style.h"

typedef enum
{
  COUNT_INDICATORS,
  COUNT_BINDING,
  COUNT_EXPECTED,
  COUNT_UNSTATED,
  COUNT_STATUS_FIRST, /* one per PwStatus */
  COUNT_ALERTS = COUNT_STATUS_FIRST + PW_N_STATUSES,
  COUNT_PROJECTS,
  COUNT_PROJECT_STATUS_FIRST, /* one per PwProjectStatus */
  COUNT_CHAPTERS = COUNT_PROJECT_STATUS_FIRST + PW_PROJECT_SUSPENDED + 1,
  COUNT_SECTIONS,
  COUNT_BOXES,
  COUNT_SERVICE_ITEMS,
  N_COUNTS
} Count;

struct _PwOverviewPage
{
  PwPlanPage parent_instance;

  /* Template widgets */
  GtkWidget *scrolled;
  PwPropertyEntry *title_entry;
  PwPropertyEntry *region_entry;
  PwPropertyEntry *issuer_entry;
  PwPropertyEntry *doc_number_entry;
  PwPropertyEntry *issued_entry;
  GtkSpinButton *start_spin;
  GtkSpinButton *end_spin;
  GtkSpinButton *baseline_spin;
  GtkDropDown *numbering_drop;
  GtkLabel *period_message;
  GtkListBox *indicator_list;
  GtkListBox *status_list;
  GtkListBox *project_list;
  GtkListBox *structure_list;
  GtkWidget *report_box;
  GtkLabel *report_heading;
  GtkLabel *report_caption;
  GtkListBox *report_list;

  /* Owned */
  PwFindings *findings;
  GSignalGroup *plan_signals;
  GSignalGroup *history_signals;
  GSignalGroup *threshold_signals;
  GPtrArray *watched; /* the lists of the chapters and 专栏, with our handlers */
  GtkSizeGroup *badges; /* the kinds of the report's entries, as wide as each other */

  /* Borrowed */
  PwPlan *plan; /* pw_plan_page_get_plan(), kept by page_plan_changed() */
  PwCountRow *counts[N_COUNTS];

  guint counts_source;
  guint report_tick; /* scrolls to the report once the page is laid out */
  guint report_frames; /* frames the report's place has been checked in */
  gboolean counts_stale;
  gboolean loading_period;
};

enum {
  PROP_0,
  PROP_FINDINGS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwOverviewPage, pw_overview_page, PW_TYPE_PLAN_PAGE)

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

/* Reads a date as staff type it (2022-05-17, 2022/5/17, 2022.5, 2022年5月17日,
 * in full-width digits too) and gives it back as YYYY-MM-DD, YYYY-MM or YYYY. */
static char *
parse_date (const char *text)
{
  g_autoptr(GString) normal = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;
  int numbers[3] = { 0, 0, 0 };
  guint n_parts;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (normal, (char) ('0' + (c - 0xFF10)));
      else if (c == 0x5E74 /* 年 */ || c == 0x6708 /* 月 */ || c == '/' || c == '.' || c == 0xFF0E)
        g_string_append_c (normal, '-');
      else if (c == 0x65E5 /* 日 */ || c == ' ')
        continue;
      else
        g_string_append_unichar (normal, c);
    }
  while (normal->len > 0 && normal->str[normal->len - 1] == '-')
    g_string_truncate (normal, normal->len - 1);

  parts = g_strsplit (normal->str, "-", -1);
  n_parts = g_strv_length (parts);
  if (n_parts < 1 || n_parts > 3)
    return NULL;

  for (guint i = 0; i < n_parts; i++)
    {
      guint64 number;

      if (!g_ascii_string_to_unsigned (parts[i], 10, 0, 9999, &number, NULL) ||
          strlen (parts[i]) > (i == 0 ? 4 : 2))
        return NULL;
      numbers[i] = (int) number;
    }

  if (numbers[0] < 1000 ||
      (n_parts > 1 && (numbers[1] < 1 || numbers[1] > 12)) ||
      (n_parts > 2 && !g_date_valid_dmy (numbers[2], numbers[1], numbers[0])))
    return NULL;

  if (n_parts == 1)
    return g_strdup_printf ("%04d", numbers[0]);
  if (n_parts == 2)
    return g_strdup_printf ("%04d-%02d", numbers[0], numbers[1]);
  return g_strdup_printf ("%04d-%02d-%02d", numbers[0], numbers[1], numbers[2]);
}

static gboolean
check_date (PwPropertyEntry  *entry,
            GObject          *object,
            GValue           *value,
            char            **message)
{
  const char *text = g_value_get_string (value);
  g_autofree char *date = NULL;

  if (text == NULL)
    return TRUE;

  date = parse_date (text);
  if (date == NULL)
    {
      *message = g_strdup_printf (_("“%s” is not a date: type it as 2022-05-17, 2022-05 or 2022"), text);
      return FALSE;
    }
  g_value_take_string (value, g_steal_pointer (&date));
  return TRUE;
}

static PwCountRow *
add_count_row (GtkListBox *list,
               const char *label,
               const char *marker_class,
               gboolean    total)
{
  GtkWidget *row = pw_count_row_new (label, marker_class, total);

  gtk_list_box_append (list, row);
  return PW_COUNT_ROW (row);
}

static void
build_count_rows (PwOverviewPage *self)
{
  self->counts[COUNT_INDICATORS] = add_count_row (self->indicator_list, _("All indicators"), NULL, TRUE);
  self->counts[COUNT_BINDING] = add_count_row (self->indicator_list, pw_nature_to_label (PW_NATURE_BINDING), NULL, FALSE);
  self->counts[COUNT_EXPECTED] = add_count_row (self->indicator_list, pw_nature_to_label (PW_NATURE_EXPECTED), NULL, FALSE);
  self->counts[COUNT_UNSTATED] = add_count_row (self->indicator_list, pw_nature_to_label (PW_NATURE_UNKNOWN), NULL, FALSE);

  for (PwStatus status = 0; status < PW_N_STATUSES; status++)
    {
      self->counts[COUNT_STATUS_FIRST + status] =
        add_count_row (self->status_list, pw_status_to_label (status), pw_status_css_class (status), FALSE);
    }
  self->counts[COUNT_ALERTS] =
    add_count_row (self->status_list, _("Alerts: binding indicators behind schedule"), "pw-alert-marker", TRUE);

  self->counts[COUNT_PROJECTS] = add_count_row (self->project_list, _("All projects"), NULL, TRUE);
  for (PwProjectStatus status = PW_PROJECT_PLANNED; status <= PW_PROJECT_SUSPENDED; status++)
    self->counts[COUNT_PROJECT_STATUS_FIRST + status] =
      add_count_row (self->project_list, pw_project_status_to_label (status), NULL, FALSE);

  self->counts[COUNT_CHAPTERS] = add_count_row (self->structure_list, _("Chapters"), NULL, FALSE);
  self->counts[COUNT_SECTIONS] = add_count_row (self->structure_list, _("Sections"), NULL, FALSE);
  /* Translators: 专栏, the boxes of key projects printed in a plan's chapters */
  self->counts[COUNT_BOXES] = add_count_row (self->structure_list, _("Boxes of key projects"), NULL, FALSE);
  self->counts[COUNT_SERVICE_ITEMS] = add_count_row (self->structure_list, _("Service items"), NULL, FALSE);
}

static void
update_counts (PwOverviewPage *self)
{
  guint counts[N_COUNTS] = { 0 };

  if (self->plan != NULL)
    {
      GListModel *indicators = pw_plan_get_indicators (self->plan);
      GListModel *chapters;
      int end_year = pw_plan_get_end_year (self->plan);
      guint n = g_list_model_get_n_items (indicators);

      counts[COUNT_INDICATORS] = n;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);
          PwProgress progress;

          switch (pw_indicator_get_nature (indicator))
            {
            case PW_NATURE_BINDING:
              counts[COUNT_BINDING]++;
              break;
            case PW_NATURE_EXPECTED:
              counts[COUNT_EXPECTED]++;
              break;
            case PW_NATURE_UNKNOWN:
            default:
              counts[COUNT_UNSTATED]++;
              break;
            }

          /* the call the indicator grid makes, so that the two agree */
          pw_plan_compute_progress (self->plan, indicator, end_year, &progress);
          counts[COUNT_STATUS_FIRST + progress.status]++;
          if (progress.alert)
            counts[COUNT_ALERTS]++;
        }

      chapters = pw_plan_get_chapters (self->plan);
      n = g_list_model_get_n_items (chapters);
      counts[COUNT_CHAPTERS] = n;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
          GListModel *boxes = pw_chapter_get_boxes (chapter);
          guint n_boxes = g_list_model_get_n_items (boxes);

          counts[COUNT_SECTIONS] += g_list_model_get_n_items (pw_chapter_get_sections (chapter));
          counts[COUNT_SERVICE_ITEMS] += g_list_model_get_n_items (pw_chapter_get_service_items (chapter));
          counts[COUNT_BOXES] += n_boxes;
          for (guint j = 0; j < n_boxes; j++)
            {
              g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);
              GListModel *projects = pw_box_get_projects (box);
              guint n_projects = g_list_model_get_n_items (projects);

              counts[COUNT_PROJECTS] += n_projects;
              for (guint k = 0; k < n_projects; k++)
                {
                  g_autoptr(PwProject) project = g_list_model_get_item (projects, k);

                  counts[COUNT_PROJECT_STATUS_FIRST + pw_project_get_status (project)]++;
                }
            }
        }
    }

  for (guint i = 0; i < N_COUNTS; i++)
    pw_count_row_set_count (self->counts[i], counts[i]);
  self->counts_stale = FALSE;
}

static gboolean
update_counts_cb (gpointer data)
{
  PwOverviewPage *self = data;

  self->counts_source = 0;
  /* a page left before its idle ran counts when it is shown again */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_counts (self);
  return G_SOURCE_REMOVE;
}

static void
queue_counts (PwOverviewPage *self)
{
  self->counts_stale = TRUE;
  if (self->counts_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->counts_source = g_idle_add (update_counts_cb, self);
}

static void
unwatch_lists (PwOverviewPage *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
watch (PwOverviewPage *self,
       GListModel     *list,
       GCallback       callback)
{
  g_signal_connect_swapped (list, "items-changed", callback, self);
  g_ptr_array_add (self->watched, g_object_ref (list));
}

static void structure_changed (PwOverviewPage *self);

/* The lists whose items-changed make the counts stale. */
static void
watch_lists (PwOverviewPage *self)
{
  GListModel *chapters;
  guint n_chapters;

  unwatch_lists (self);
  if (self->plan == NULL)
    return;

  chapters = pw_plan_get_chapters (self->plan);
  n_chapters = g_list_model_get_n_items (chapters);
  watch (self, chapters, G_CALLBACK (structure_changed));
  watch (self, pw_plan_get_indicators (self->plan), G_CALLBACK (queue_counts));
  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);
      guint n_boxes = g_list_model_get_n_items (boxes);

      watch (self, pw_chapter_get_sections (chapter), G_CALLBACK (queue_counts));
      watch (self, pw_chapter_get_service_items (chapter), G_CALLBACK (queue_counts));
      watch (self, boxes, G_CALLBACK (structure_changed));
      for (guint j = 0; j < n_boxes; j++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);

          watch (self, pw_box_get_projects (box), G_CALLBACK (queue_counts));
        }
    }
}

static gboolean
spin_typing (GtkSpinButton *spin)
{
  g_autofree char *shown = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (spin));

  return gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (spin)))) &&
         g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), shown) != 0;
}

static void
set_spin_error (GtkSpinButton *spin,
                gboolean       error)
{
  if (error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (spin), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (spin), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
show_period_message (PwOverviewPage *self,
                     const char     *message)
{
  gtk_label_set_label (self->period_message, message);
  gtk_widget_set_visible (GTK_WIDGET (self->period_message), message != NULL);
}

static void
load_period (PwOverviewPage *self)
{
  if (self->plan == NULL)
    return;

  self->loading_period = TRUE;
  if (!spin_typing (self->start_spin))
    gtk_spin_button_set_value (self->start_spin, pw_plan_get_start_year (self->plan));
  if (!spin_typing (self->end_spin))
    gtk_spin_button_set_value (self->end_spin, pw_plan_get_end_year (self->plan));
  if (!spin_typing (self->baseline_spin))
    gtk_spin_button_set_value (self->baseline_spin, pw_plan_get_baseline_year (self->plan));
  self->loading_period = FALSE;

  set_spin_error (self->start_spin, FALSE);
  set_spin_error (self->end_spin, FALSE);
  set_spin_error (self->baseline_spin, FALSE);
  show_period_message (self, NULL);

  self->loading_period = TRUE;
  gtk_drop_down_set_selected (self->numbering_drop, pw_plan_get_numbering (self->plan));
  self->loading_period = FALSE;
}

/* A field that turns insensitive cannot keep the focus; let it go first, so
 * that the field sees the focus leave (GTK 4.8's GtkText warns otherwise). */
static void
release_focus (PwOverviewPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_root_set_focus (root, NULL);
}

static void
update_editable (PwOverviewPage *self)
{
  PwPropertyEntry *entries[] = {
    self->title_entry, self->region_entry, self->issuer_entry, self->doc_number_entry, self->issued_entry,
  };
  GtkWidget *spins[] = {
    GTK_WIDGET (self->start_spin), GTK_WIDGET (self->end_spin), GTK_WIDGET (self->baseline_spin),
  };
  gboolean editable = pw_plan_page_get_editable (PW_PLAN_PAGE (self));

  if (!editable || self->plan == NULL)
    release_focus (self);
  /* a reader's fields are text to select and copy, not greyed out */
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (entries[i]), self->plan != NULL);
      pw_property_entry_set_locked (entries[i], !editable);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->numbering_drop), self->plan != NULL && editable);
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    {
      gtk_widget_set_sensitive (spins[i], self->plan != NULL);
      gtk_editable_set_editable (GTK_EDITABLE (spins[i]), editable);
      /* no − and + for a reader: the year is to read */
      for (GtkWidget *child = gtk_widget_get_first_child (spins[i]); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_BUTTON (child))
          gtk_widget_set_visible (child, editable);
      if (editable)
        gtk_widget_remove_css_class (spins[i], "pw-locked");
      else
        gtk_widget_add_css_class (spins[i], "pw-locked");
    }
}

static void
bind_fields (PwOverviewPage *self)
{
  GObject *plan = G_OBJECT (self->plan);

  pw_property_entry_bind (self->title_entry, plan, "title", _("Edit Title"));
  pw_property_entry_bind (self->region_entry, plan, "region", _("Edit Region"));
  pw_property_entry_bind (self->issuer_entry, plan, "issuer", _("Edit Issuer"));
  pw_property_entry_bind (self->doc_number_entry, plan, "doc-number", _("Edit Document Number"));
  pw_property_entry_bind (self->issued_entry, plan, "issued", _("Edit Date of Issue"));
  load_period (self);
}

static void
update_report (PwOverviewPage *self)
{
  guint n = self->findings ? g_list_model_get_n_items (pw_findings_get_list (self->findings)) : 0;
  g_autofree char *heading = NULL;
  g_autofree char *caption = NULL;
  const char *file_name = self->findings ? pw_findings_get_file_name (self->findings) : NULL;

  gtk_widget_set_visible (self->report_box, n > 0);
  if (n == 0)
    return;

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import Report: %'u Finding", "Import Report: %'u Findings", n), n);
  gtk_label_set_label (self->report_heading, heading);

  if (file_name != NULL)
    /* Translators: %s is the name of the imported document */
    caption = g_strdup_printf (_("Check each finding against “%s”: errors and inconsistencies need a correction, doubts and guesses a look."),
                               file_name);
  else
    caption = g_strdup (_("Check each finding against the document: errors and inconsistencies need a correction, doubts and guesses a look."));
  gtk_label_set_label (self->report_caption, caption);
}

/* Callbacks */

/* Show Report: the report's heading at the top of the page and the focus on
 * its first finding, once the page (just shown, maybe for the first time)
 * has been laid out. */
static gboolean
scroll_to_report_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  PwOverviewPage *self = PW_OVERVIEW_PAGE (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->scrolled))));
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->report_list, 0);
  graphene_point_t top;

  if (!gtk_widget_get_visible (self->report_box))
    {
      self->report_tick = 0;
      return G_SOURCE_REMOVE;
    }
  if (gtk_widget_get_height (self->report_box) == 0 ||
      !gtk_widget_compute_point (self->report_box, content, &GRAPHENE_POINT_INIT (0, 0), &top))
    return G_SOURCE_CONTINUE;

  /* the focus first (its own scrolling done), then the heading at the top;
   * the page may still settle (its height, the banner above it), so the
   * place is checked again until it holds, for a few frames at most */
  if (self->report_frames++ == 0 && first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
  if (ABS (gtk_adjustment_get_value (adjustment) - top.y) >= 1 && self->report_frames < 30)
    {
      gtk_adjustment_set_value (adjustment, top.y);
      return G_SOURCE_CONTINUE;
    }
  self->report_tick = 0;
  return G_SOURCE_REMOVE;
}

static GtkWidget *
create_report_row (gpointer item,
                   gpointer user_data)
{
  PwOverviewPage *self = user_data;

  return pw_finding_row_new (item, self->badges);
}

static void
period_changed (PwOverviewPage *self)
{
  int start = gtk_spin_button_get_value_as_int (self->start_spin);
  int end = gtk_spin_button_get_value_as_int (self->end_spin);
  int baseline = gtk_spin_button_get_value_as_int (self->baseline_spin);
  g_autofree char *message = NULL;
  PwHistory *history;

  if (self->loading_period || self->plan == NULL)
    return;

  set_spin_error (self->start_spin, FALSE);
  set_spin_error (self->end_spin, FALSE);
  set_spin_error (self->baseline_spin, FALSE);

  if (start > end)
    {
      message = g_strdup_printf (_("The period cannot end in %d, before it starts in %d. The plan keeps its period until the years agree."),
                                 end, start);
      set_spin_error (self->start_spin, TRUE);
      set_spin_error (self->end_spin, TRUE);
    }
  else if (baseline >= start)
    {
      message = g_strdup_printf (_("The baseline year, %d, must come before the first year of the period, %d. The plan keeps its period until the years agree."),
                                 baseline, start);
      set_spin_error (self->baseline_spin, TRUE);
      set_spin_error (self->start_spin, TRUE);
    }
  show_period_message (self, message);
  if (message != NULL)
    return;

  if (start == pw_plan_get_start_year (self->plan) &&
      end == pw_plan_get_end_year (self->plan) &&
      baseline == pw_plan_get_baseline_year (self->plan))
    return;

  history = pw_plan_get_history (self->plan);
  self->loading_period = TRUE;
  pw_history_begin (history, _("Change Period"));
  pw_plan_set_start_year (self->plan, start);
  pw_plan_set_end_year (self->plan, end);
  pw_plan_set_baseline_year (self->plan, baseline);
  pw_history_end (history);
  self->loading_period = FALSE;
}

/* Renumbering, chosen, numbers the outline at once, in the same step. */
static void
numbering_changed (PwOverviewPage *self)
{
  PwNumbering numbering = gtk_drop_down_get_selected (self->numbering_drop) == 1
                          ? PW_NUMBERING_AS_PRINTED : PW_NUMBERING_RENUMBER;
  PwHistory *history;

  if (self->plan == NULL || self->loading_period || pw_plan_get_numbering (self->plan) == numbering)
    return;
  history = pw_plan_get_history (self->plan);
  pw_history_begin (history, _("Change Numbering"));
  pw_plan_set_numbering (self->plan, numbering);
  pw_plan_renumber (self->plan);
  pw_history_end (history);
}

static void
period_notified (PwOverviewPage *self)
{
  if (!self->loading_period)
    load_period (self);
  queue_counts (self);
}

static void
findings_changed (PwOverviewPage *self)
{
  update_report (self);
}

static void
structure_changed (PwOverviewPage *self)
{
  watch_lists (self);
  queue_counts (self);
}

/* GObject overrides */

static void
pw_overview_page_map (GtkWidget *widget)
{
  PwOverviewPage *self = PW_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (pw_overview_page_parent_class)->map (widget);

  /* before the next frame (layout is at GDK_PRIORITY_REDRAW, after this),
   * unless the page is left first: a window that opens a plan on another
   * page does not count its indicators on the way */
  if (self->counts_stale && self->counts_source == 0)
    self->counts_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, update_counts_cb, self, NULL);
}

static void
pw_overview_page_dispose (GObject *object)
{
  PwOverviewPage *self = (PwOverviewPage *) object;

  g_clear_handle_id (&self->counts_source, g_source_remove);
  if (self->report_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->report_tick);
  self->report_tick = 0;
  pw_plan_page_set_plan (PW_PLAN_PAGE (self), NULL);
  if (self->findings != NULL)
    pw_overview_page_set_findings (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_OVERVIEW_PAGE);

  g_clear_object (&self->plan_signals);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->threshold_signals);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_object (&self->badges);

  G_OBJECT_CLASS (pw_overview_page_parent_class)->dispose (object);
}

static void
pw_overview_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PwOverviewPage *self = PW_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_overview_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PwOverviewPage *self = PW_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_FINDINGS:
      pw_overview_page_set_findings (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* PwPlanPage overrides */

static gboolean
page_commit (PwPlanPage *page)
{
  return pw_overview_page_commit (PW_OVERVIEW_PAGE (page));
}

static void
page_plan_changed (PwPlanPage *page,
                   PwPlan     *old_plan)
{
  PwOverviewPage *self = PW_OVERVIEW_PAGE (page);
  PwPlan *plan = pw_plan_page_get_plan (page);

  self->plan = plan;
  g_signal_group_set_target (self->plan_signals, plan);
  g_signal_group_set_target (self->history_signals, plan ? pw_plan_get_history (plan) : NULL);
  g_signal_group_set_target (self->threshold_signals, plan ? pw_plan_get_thresholds (plan) : NULL);
  watch_lists (self);

  bind_fields (self);
  update_editable (self);
  /* the counts go over every indicator: a page not shown counts when it is */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_counts (self);
  else
    self->counts_stale = TRUE;
}

/* Read-only, every field is insensitive. */
static void
page_editable_changed (PwPlanPage *page)
{
  update_editable (PW_OVERVIEW_PAGE (page));
}

static void
pw_overview_page_class_init (PwOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PwPlanPageClass *page_class = PW_PLAN_PAGE_CLASS (klass);

  object_class->dispose = pw_overview_page_dispose;
  object_class->get_property = pw_overview_page_get_property;
  object_class->set_property = pw_overview_page_set_property;
  page_class->commit = page_commit;
  page_class->plan_changed = page_plan_changed;
  page_class->editable_changed = page_editable_changed;

  widget_class->map = pw_overview_page_map;

  properties[PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, NULL, PW_TYPE_FINDINGS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PW_TYPE_CLAMP);
  g_type_ensure (PW_TYPE_PROPERTY_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, region_entry);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, issuer_entry);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, doc_number_entry);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, issued_entry);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, start_spin);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, end_spin);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, baseline_spin);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, numbering_drop);
  gtk_widget_class_bind_template_callback (widget_class, numbering_changed);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, period_message);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, indicator_list);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, status_list);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, project_list);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, structure_list);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, report_box);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, report_heading);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, report_caption);
  gtk_widget_class_bind_template_child (widget_class, PwOverviewPage, report_list);
  gtk_widget_class_bind_template_callback (widget_class, period_changed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwoverviewpage");
}

static void
pw_overview_page_init (PwOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->badges = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  pw_property_entry_set_check_func (self->issued_entry, check_date);
  gtk_entry_set_input_purpose (GTK_ENTRY (self->issued_entry), GTK_INPUT_PURPOSE_DIGITS);
  build_count_rows (self);

  self->plan_signals = g_signal_group_new (PW_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "notify::start-year", G_CALLBACK (period_notified), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::end-year", G_CALLBACK (period_notified), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::baseline-year", G_CALLBACK (period_notified), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::numbering", G_CALLBACK (period_notified), self);

  self->history_signals = g_signal_group_new (PW_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (queue_counts), self);

  self->threshold_signals = g_signal_group_new (PW_TYPE_THRESHOLDS);
  g_signal_group_connect_swapped (self->threshold_signals, "notify", G_CALLBACK (queue_counts), self);

  update_editable (self);
  update_counts (self);
}

/* Public API */

GtkWidget *
pw_overview_page_new (void)
{
  return g_object_new (PW_TYPE_OVERVIEW_PAGE, NULL);
}

/**
 * pw_overview_page_get_findings:
 * @self: an overview page
 *
 * Returns: (transfer none) (nullable): the findings of the import shown in
 *   the page's import report
 */
PwFindings *
pw_overview_page_get_findings (PwOverviewPage *self)
{
  g_return_val_if_fail (PW_IS_OVERVIEW_PAGE (self), NULL);

  return self->findings;
}

/**
 * pw_overview_page_set_findings:
 * @self: an overview page
 * @findings: (nullable): the findings of the import the plan came from,
 *   shown as the import report only when there are any
 */
void
pw_overview_page_set_findings (PwOverviewPage *self,
                               PwFindings     *findings)
{
  g_return_if_fail (PW_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (findings == NULL || PW_IS_FINDINGS (findings));

  if (self->findings == findings)
    return;

  if (self->findings != NULL)
    g_signal_handlers_disconnect_by_func (pw_findings_get_list (self->findings), findings_changed, self);
  g_set_object (&self->findings, findings);
  if (findings != NULL)
    g_signal_connect_object (pw_findings_get_list (findings), "items-changed",
                             G_CALLBACK (findings_changed), self, G_CONNECT_SWAPPED);

  gtk_list_box_bind_model (self->report_list, findings ? pw_findings_get_list (findings) : NULL,
                           findings ? create_report_row : NULL, self, NULL);
  update_report (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINDINGS]);
}

/**
 * pw_overview_page_commit:
 * @self: an overview page
 *
 * Stores the field being edited, if anything was typed into it, e.g. before
 * the window undoes.
 *
 * Returns: %FALSE if a text was refused (its entry shows why)
 */
gboolean
pw_overview_page_commit (PwOverviewPage *self)
{
  PwPropertyEntry *entries[] = {
    self->title_entry, self->region_entry, self->issuer_entry, self->doc_number_entry, self->issued_entry,
  };
  gboolean ok = TRUE;

  g_return_val_if_fail (PW_IS_OVERVIEW_PAGE (self), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (entries[i] != NULL)
      ok &= pw_property_entry_commit (entries[i]);
  if (self->start_spin != NULL)
    {
      gtk_spin_button_update (self->start_spin);
      gtk_spin_button_update (self->end_spin);
      gtk_spin_button_update (self->baseline_spin);
    }
  return ok;
}

/**
 * pw_overview_page_show_report:
 * @self: an overview page, shown
 *
 * Scrolls the import report into view, its heading at the top, and puts
 * the focus on its first finding (Enter then shows what it is about). Does
 * nothing when there is no report.
 */
void
pw_overview_page_show_report (PwOverviewPage *self)
{
  g_return_if_fail (PW_IS_OVERVIEW_PAGE (self));

  if (self->report_tick == 0 && gtk_widget_get_visible (self->report_box))
    {
      self->report_frames = 0;
      self->report_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_report_cb, NULL, NULL);
    }
}
