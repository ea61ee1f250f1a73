/* pw-sheet-dialog.c: exporting a plan to spreadsheets; merging filled ones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export ▸ Spreadsheet…: the choice of an .xlsx workbook, CSV files or the
 * collection templates (with the year to fill), then the file or the folder,
 * written by the command line's code (pw_sheet_export(),
 * pw_sheet_export_collection()). Merge Sheet…: the filled sheets, merged by
 * pw_sheet_merge() as one undo step, then the merge report in a dialog.
 */

#define G_LOG_DOMAIN "pw-sheet-dialog"

#include "config.h"

#include "pw-sheet-dialog.h"

#include <glib/gi18n.h>

#include "pw-dialogs.h"

struct _PwSheetDialog
{
  PwExportBase parent_instance;

  /* Template widgets */
  GtkCheckButton *xlsx_check;
  GtkCheckButton *csv_check;
  GtkCheckButton *collection_check;
  GtkWidget *year_box;
  GtkSpinButton *year_spin;
  GtkLabel *summary_label;

  /* Borrowed */
  PwPlan *plan; /* pw_export_base_get_plan() */
};

G_DEFINE_FINAL_TYPE (PwSheetDialog, pw_sheet_dialog, PW_TYPE_EXPORT_BASE)

/* Auxiliary methods */

static void
update (PwSheetDialog *self)
{
  PwSheetExport choice = pw_sheet_dialog_get_choice (self);
  g_auto(GStrv) units = NULL;
  g_autofree char *summary = NULL;
  guint n_units;

  gtk_widget_set_sensitive (self->year_box, choice == PW_SHEET_EXPORT_COLLECTION);

  switch (choice)
    {
    case PW_SHEET_EXPORT_XLSX:
      summary = g_strdup (_("One sheet of indicators, with every year’s actual value, completion and status, "
                            "and one of projects. Headers are in Chinese."));
      break;
    case PW_SHEET_EXPORT_CSV:
      summary = g_strdup (_("Indicators in one file and projects in a second file beside it (…-projects.csv), "
                            "in UTF-8 as Excel and WPS open it."));
      break;
    case PW_SHEET_EXPORT_COLLECTION:
    default:
      units = pw_sheet_collection_units (self->plan);
      n_units = g_strv_length (units);
      if (n_units == 0)
        summary = g_strdup (_("No indicator has a responsible unit and no project a lead unit: "
                              "there is no workbook to write."));
      else
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%'u workbook, for the one responsible unit: the cells of %d to fill "
                                                "are open, the rest is locked.",
                                                "%'u workbooks, one per responsible unit: the cells of %d to fill "
                                                "are open, the rest is locked.",
                                                n_units),
                                   n_units, pw_sheet_dialog_get_year (self));
      break;
    }
  gtk_label_set_label (self->summary_label, summary);
  gtk_dialog_set_response_sensitive (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT,
                                     choice != PW_SHEET_EXPORT_COLLECTION || (units != NULL && units[0] != NULL));
}

static char *
suggested_name (PwSheetDialog *self)
{
  const char *title = pw_plan_get_title (self->plan);
  const char *extension = pw_sheet_dialog_get_choice (self) == PW_SHEET_EXPORT_CSV ? "csv" : "xlsx";

  return g_strdup_printf ("%s.%s", title != NULL && *title != '\0' ? title : _("Indicators"), extension);
}

/* Callbacks */

static void
choice_toggled_cb (PwSheetDialog *self)
{
  update (self);
}

/* PwExportBase overrides */

static void
choose_file (PwExportBase *base)
{
  PwSheetDialog *self = PW_SHEET_DIALOG (base);
  PwSheetExport choice = pw_sheet_dialog_get_choice (self);
  gboolean collection = choice == PW_SHEET_EXPORT_COLLECTION;
  gboolean csv = choice == PW_SHEET_EXPORT_CSV;
  g_autofree char *name = collection ? NULL : suggested_name (self);

  pw_export_base_choose_file (base,
                              collection ? _("Folder for the Collection Templates") : _("Export Spreadsheet"),
                              collection ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_SAVE,
                              collection ? NULL : csv ? _("CSV files") : _("Excel workbooks"),
                              csv ? "*.csv" : "*.xlsx", NULL, name);
}

static gboolean
export (PwExportBase  *base,
        GFile         *file,
        GError       **error)
{
  return pw_sheet_dialog_export (PW_SHEET_DIALOG (base), file, error);
}

static char *
failure_message (PwExportBase *base,
                 const char   *name)
{
  return g_strdup_printf (_("Could not export the spreadsheet to “%s”"), name);
}

/* GObject overrides */

static void
pw_sheet_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PW_TYPE_SHEET_DIALOG);

  G_OBJECT_CLASS (pw_sheet_dialog_parent_class)->dispose (object);
}

static void
pw_sheet_dialog_class_init (PwSheetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PwExportBaseClass *export_class = PW_EXPORT_BASE_CLASS (klass);

  object_class->dispose = pw_sheet_dialog_dispose;
  export_class->choose_file = choose_file;
  export_class->export = export;
  export_class->failure_message = failure_message;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-sheet-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PwSheetDialog, xlsx_check);
  gtk_widget_class_bind_template_child (widget_class, PwSheetDialog, csv_check);
  gtk_widget_class_bind_template_child (widget_class, PwSheetDialog, collection_check);
  gtk_widget_class_bind_template_child (widget_class, PwSheetDialog, year_box);
  gtk_widget_class_bind_template_child (widget_class, PwSheetDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, PwSheetDialog, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, choice_toggled_cb);
}

static void
pw_sheet_dialog_init (PwSheetDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * pw_sheet_dialog_new:
 * @parent: (nullable): the window
 * @plan: the plan to export
 *
 * Returns: (transfer none): the dialog, owned by GTK until it closes
 */
PwSheetDialog *
pw_sheet_dialog_new (GtkWindow *parent,
                     PwPlan    *plan)
{
  PwSheetDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);

  self = g_object_new (PW_TYPE_SHEET_DIALOG, "use-header-bar", TRUE, "transient-for", parent,
                       "destroy-with-parent", TRUE, "plan", plan, NULL);
  self->plan = plan;

  gtk_spin_button_set_range (self->year_spin, pw_plan_get_start_year (plan), pw_plan_get_end_year (plan));
  gtk_spin_button_set_value (self->year_spin, pw_sheet_collection_year (plan));

  update (self);
  return self;
}

PwSheetExport
pw_sheet_dialog_get_choice (PwSheetDialog *self)
{
  g_return_val_if_fail (PW_IS_SHEET_DIALOG (self), PW_SHEET_EXPORT_XLSX);

  if (gtk_check_button_get_active (self->collection_check))
    return PW_SHEET_EXPORT_COLLECTION;
  if (gtk_check_button_get_active (self->csv_check))
    return PW_SHEET_EXPORT_CSV;
  return PW_SHEET_EXPORT_XLSX;
}

void
pw_sheet_dialog_set_choice (PwSheetDialog *self,
                            PwSheetExport  choice)
{
  g_return_if_fail (PW_IS_SHEET_DIALOG (self));

  gtk_check_button_set_active (choice == PW_SHEET_EXPORT_COLLECTION ? self->collection_check
                               : choice == PW_SHEET_EXPORT_CSV      ? self->csv_check
                                                                    : self->xlsx_check,
                               TRUE);
}

int
pw_sheet_dialog_get_year (PwSheetDialog *self)
{
  g_return_val_if_fail (PW_IS_SHEET_DIALOG (self), 0);

  return gtk_spin_button_get_value_as_int (self->year_spin);
}

/**
 * pw_sheet_dialog_export:
 * @self: the dialog
 * @file: the file, or for the collection templates the folder
 * @error: where to say what went wrong
 *
 * Writes what the dialog's choices say, as the command line does.
 *
 * Returns: whether it was written
 */
gboolean
pw_sheet_dialog_export (PwSheetDialog  *self,
                        GFile          *file,
                        GError        **error)
{
  g_return_val_if_fail (PW_IS_SHEET_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (pw_sheet_dialog_get_choice (self) == PW_SHEET_EXPORT_COLLECTION)
    return pw_sheet_export_collection (self->plan, file, pw_sheet_dialog_get_year (self), NULL, error);
  return pw_sheet_export (self->plan, file, error);
}

/* The merge and its report */

static const char *
kind_label (PwMergeKind kind)
{
  switch (kind)
    {
    case PW_MERGE_FILLED:
      return _("Filled");
    case PW_MERGE_CHANGED:
      return _("Changed");
    case PW_MERGE_UNMATCHED:
      return _("Not matched");
    case PW_MERGE_UNREADABLE:
      return _("Unreadable, not merged");
    case PW_MERGE_CONFLICT:
    default:
      return _("In conflict, not merged");
    }
}

/**
 * pw_merge_report_dialog_new:
 * @parent: (nullable): the window
 * @report: what a merge did
 *
 * Returns: (transfer none): a dialog listing every entry of @report by
 *   kind, each with its file, row, object and column, and old → new
 */
GtkWidget *
pw_merge_report_dialog_new (GtkWindow     *parent,
                            PwMergeReport *report)
{
  GtkWidget *dialog;
  GtkWidget *area;
  GtkWidget *scrolled;
  GtkWidget *list;
  g_autofree char *summary = NULL;
  guint n_entries = pw_merge_report_get_n_entries (report);
  int last_kind = -1;

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_INFO, GTK_BUTTONS_CLOSE,
                                   "%s", _("Sheets Merged"));
  summary = pw_merge_report_get_summary (report);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", summary);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  for (guint i = 0; i < n_entries; i++)
    {
      const PwMergeEntry *e = pw_merge_report_get_entry (report, i);
      g_autofree char *base = g_path_get_basename (e->file);
      g_autoptr(GString) line = g_string_new (NULL);
      GtkWidget *label;

      if ((int) e->kind != last_kind)
        {
          GtkWidget *heading = gtk_label_new (kind_label (e->kind));

          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_widget_add_css_class (heading, "heading");
          gtk_widget_set_margin_top (heading, last_kind < 0 ? 0 : 8);
          gtk_box_append (GTK_BOX (list), heading);
          last_kind = e->kind;
        }

      g_string_append_printf (line, "%s:%d  %s", base, e->line, e->object != NULL ? e->object : "");
      if (e->field != NULL)
        g_string_append_printf (line, " · %s", e->field);
      if (e->kind == PW_MERGE_CHANGED)
        g_string_append_printf (line, ": %s → %s", e->old_text, e->new_text);
      else if (e->new_text != NULL)
        g_string_append_printf (line, ": %s", e->new_text);
      if (e->message != NULL)
        g_string_append_printf (line, " (%s)", e->message);

      label = gtk_label_new (line->str);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (list), label);
    }

  if (n_entries > 0)
    {
      scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (40 + 24 * n_entries, 360));
      gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 560);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
      gtk_box_append (GTK_BOX (area), scrolled);
    }
  else
    {
      g_object_ref_sink (list);
      g_object_unref (list);
    }

  gtk_window_set_default_size (GTK_WINDOW (dialog), 680, -1);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  return dialog;
}

typedef struct
{
  GtkWindow *parent;
  PwPlan *plan;
} MergeData;

static void
merge_data_free (MergeData *data)
{
  g_clear_object (&data->parent);
  g_clear_object (&data->plan);
  g_free (data);
}

static void
merge_chooser_response (GtkFileChooserNative *chooser,
                        int                   response,
                        MergeData            *data)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PwMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      char *path = g_file_get_path (file);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);

  if (paths->len > 1)
    {
      report = pw_sheet_merge (data->plan, (const char * const *) paths->pdata, &error);
      if (report == NULL)
        pw_show_error (data->parent, _("Could not merge the sheets"), error->message);
      else
        gtk_window_present (GTK_WINDOW (pw_merge_report_dialog_new (data->parent, report)));
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  merge_data_free (data);
}

/**
 * pw_sheet_merge_files:
 * @parent: the window
 * @plan: the plan to merge into
 * @folder: (nullable): where the file chooser starts
 *
 * Asks for filled sheets, merges them into @plan as one undo step and shows
 * the merge report.
 */
void
pw_sheet_merge_files (GtkWindow *parent,
                      PwPlan    *plan,
                      GFile     *folder)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  MergeData *data;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (PW_IS_PLAN (plan));

  chooser = gtk_file_chooser_native_new (_("Merge Sheet"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Merge"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Filled sheets (Excel, CSV)"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.XLSX");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);

  data = g_new0 (MergeData, 1);
  data->parent = g_object_ref (parent);
  data->plan = g_object_ref (plan);
  g_signal_connect (chooser, "response", G_CALLBACK (merge_chooser_response), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
