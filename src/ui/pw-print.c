/* pw-print.c: printing the report of a plan through GtkPrintOperation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages are those of `--export-report`, A4 portrait by default; the
 * print dialog offers paper and orientation too. The operation works in
 * points on the full page (the report draws its own margins), and
 * begin-print lays the printout out for the size of the print context, so
 * a page is drawn on it as it is, landscape or A3 alike.
 *
 * The print dialog's Preview button gets GTK's own preview, which draws the
 * same pages into a PDF and opens it in the previewer of the desktop
 * (gtk-print-preview-command, Evince by default). GTK says nothing when that
 * program is missing, so the "preview" handler checks for it first and, if
 * it is not installed, says so and what to do instead.
 */

#define G_LOG_DOMAIN "pw-print"

#include "config.h"

#include "pw-print.h"

#include <glib/gi18n.h>

#include "pw-dialogs.h"
#include "pw-printout.h"

struct _PwPrintOperation
{
  GtkPrintOperation parent_instance;

  /* Owned */
  PwPlan *plan;
  PwPrintout *printout;     /* while printing */
  GtkPageSetup *page_setup; /* of the pages printed, to start from next time */
};

G_DEFINE_FINAL_TYPE (PwPrintOperation, pw_print_operation, GTK_TYPE_PRINT_OPERATION)

/* Auxiliary methods */

static char *
job_name (PwPlan *plan)
{
  const char *title = pw_plan_get_title (plan);
  char *name;

  if (title == NULL || *title == '\0')
    title = _("Untitled Plan");
  /* Translators: the name of a print job and of the file "Print to File" suggests */
  name = g_strdup_printf (_("%s — progress report"), title);
  g_strdelimit (name, "/\\:", '-');
  return name;
}

/* GtkPrintOperation overrides */

static void
pw_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  PwPrintOperation *self = PW_PRINT_OPERATION (operation);

  g_clear_pointer (&self->printout, pw_printout_free);
  self->printout = pw_printout_new (self->plan, gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context));
  g_clear_object (&self->page_setup);
  self->page_setup = gtk_page_setup_copy (gtk_print_context_get_page_setup (context));
  gtk_print_operation_set_n_pages (operation, (int) pw_printout_get_page_count (self->printout));
}

static void
pw_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page)
{
  PwPrintOperation *self = PW_PRINT_OPERATION (operation);

  if (self->printout == NULL || page < 0 ||
      (guint) page >= pw_printout_get_page_count (self->printout))
    return;

  /* the printout was laid out for this context's size, in its unit, points */
  pw_printout_draw_page (self->printout, page, gtk_print_context_get_cairo_context (context));
}

static void
pw_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  PwPrintOperation *self = PW_PRINT_OPERATION (operation);

  g_clear_pointer (&self->printout, pw_printout_free);
}

/* GTK's preview goes on (the parent class's), after saying so when the
 * program it would run is not installed. */
static gboolean
pw_print_operation_preview (GtkPrintOperation        *operation,
                            GtkPrintOperationPreview *preview,
                            GtkPrintContext          *context,
                            GtkWindow                *parent)
{
  GtkSettings *settings = parent != NULL
                            ? gtk_settings_get_for_display (gtk_widget_get_display (GTK_WIDGET (parent)))
                            : gtk_settings_get_default ();
  g_autofree char *command = NULL;
  g_autofree char *program = NULL;
  g_auto(GStrv) argv = NULL;

  g_object_get (settings, "gtk-print-preview-command", &command, NULL);
  if (command != NULL && g_shell_parse_argv (command, NULL, &argv, NULL) &&
      (program = g_find_program_in_path (argv[0])) == NULL)
    {
      g_autofree char *secondary = g_strdup_printf (
          /* Translators: %s is a program's name, such as evince */
          _("The program that shows print previews, “%s”, is not installed. Choose “Print to File” in the print dialog to save the report as PDF, and open that file."),
          argv[0]);

      pw_show_error (parent, _("Could not show the print preview"), secondary);
    }

  /* FALSE: not handled, GTK shows its own */
  if (GTK_PRINT_OPERATION_CLASS (pw_print_operation_parent_class)->preview == NULL)
    return FALSE;
  return GTK_PRINT_OPERATION_CLASS (pw_print_operation_parent_class)->preview (operation, preview, context, parent);
}

/* GObject overrides */

static void
pw_print_operation_dispose (GObject *object)
{
  PwPrintOperation *self = (PwPrintOperation *) object;

  g_clear_object (&self->plan);
  g_clear_pointer (&self->printout, pw_printout_free);
  g_clear_object (&self->page_setup);

  G_OBJECT_CLASS (pw_print_operation_parent_class)->dispose (object);
}

static void
pw_print_operation_class_init (PwPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = pw_print_operation_dispose;
  operation_class->begin_print = pw_print_operation_begin_print;
  operation_class->draw_page = pw_print_operation_draw_page;
  operation_class->end_print = pw_print_operation_end_print;
  operation_class->preview = pw_print_operation_preview;
}

static void
pw_print_operation_init (PwPrintOperation *self)
{
}

/* Public API */

/**
 * pw_print_default_page_setup:
 *
 * Returns: (transfer full): A4 portrait, the paper of Chinese official
 *   documents
 */
GtkPageSetup *
pw_print_default_page_setup (void)
{
  GtkPageSetup *page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return page_setup;
}

/**
 * pw_print_operation_new:
 * @plan: the plan whose report to print
 * @settings: (nullable): the settings of the last print, to start from
 * @page_setup: (nullable): the paper of the last print; %NULL for A4 portrait
 *
 * An operation that prints the report, to run with the print dialog (it
 * may run asynchronously) or to export. The plan must not change while it
 * prints: the print dialog is modal.
 *
 * Returns: (transfer full): the operation
 */
GtkPrintOperation *
pw_print_operation_new (PwPlan           *plan,
                        GtkPrintSettings *settings,
                        GtkPageSetup     *page_setup)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) default_setup = NULL;
  g_autoptr(GtkPrintSettings) new_settings = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (settings == NULL || GTK_IS_PRINT_SETTINGS (settings), NULL);
  g_return_val_if_fail (page_setup == NULL || GTK_IS_PAGE_SETUP (page_setup), NULL);

  operation = g_object_new (PW_TYPE_PRINT_OPERATION, NULL);
  PW_PRINT_OPERATION (operation)->plan = g_object_ref (plan);
  name = job_name (plan);
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  /* paper and orientation in the print dialog: every page lays itself out
   * for the paper it gets */
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);

  if (page_setup == NULL)
    page_setup = default_setup = pw_print_default_page_setup ();
  gtk_print_operation_set_default_page_setup (operation, page_setup);

  if (settings == NULL)
    {
      /* "Print to File" suggests the report's name */
      settings = new_settings = gtk_print_settings_new ();
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, name);
    }
  gtk_print_operation_set_print_settings (operation, settings);

  return operation;
}

/**
 * pw_print_operation_get_page_setup:
 * @operation: an operation of pw_print_operation_new()
 *
 * Returns: (transfer none) (nullable): the paper the report was laid out
 *   for, once printing began: to start from in the next print
 */
GtkPageSetup *
pw_print_operation_get_page_setup (GtkPrintOperation *operation)
{
  g_return_val_if_fail (PW_IS_PRINT_OPERATION (operation), NULL);

  return PW_PRINT_OPERATION (operation)->page_setup;
}

/**
 * pw_print_export_pdf:
 * @plan: a plan
 * @page_setup: (nullable): the paper; %NULL for A4 portrait
 * @file: a local file
 * @error: return location for an error
 *
 * Runs the print operation of the window without its dialog, exporting the
 * pages to a PDF: what the dialog's "Print to File" does.
 *
 * Returns: whether the PDF was written
 */
gboolean
pw_print_export_pdf (PwPlan        *plan,
                     GtkPageSetup  *page_setup,
                     GFile         *file,
                     GError       **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *path = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The report can only be printed to a local file"));
      return FALSE;
    }

  operation = pw_print_operation_new (plan, NULL, page_setup);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The report could not be printed"));
      return FALSE;
    }
  return result == GTK_PRINT_OPERATION_RESULT_APPLY;
}
