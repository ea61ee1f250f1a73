/* pw-cli.c: the commands that run without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The options are GApplication options of the one plan-workbench binary; the
 * application hands them here from handle-local-options, before it registers
 * on the bus or opens a display, so that scripts and tests need neither. The
 * commands use the same code as the window: pw_open_document, pw_plan_save,
 * pw_plan_check.
 */

#define G_LOG_DOMAIN "pw-cli"

#include "config.h"

#include "pw-cli.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "pw-change-table.h"
#include "pw-chart.h"
#include "pw-comments.h"
#include "pw-compare.h"
#include "pw-importer.h"
#include "pw-open.h"
#include "pw-plan-file.h"
#include "pw-printout.h"
#include "pw-sheet.h"

/* The exit status of a command used wrongly, as getopt programs do. */
#define EXIT_USAGE 2

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version of the program and exit"), NULL },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check .plan files against the format and the plan's rules; print each problem as FILE:LINE:COLUMN: message"), NULL },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read a plan document (a .plan file or the text of a plan) and write it as a .plan file"), N_("FILE") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The file to write"), N_("FILE") },
  { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --import, write the import report to FILE"), N_("FILE") },
  { "export-chart", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Draw a chart of a plan to --output: progress, summary, trend or timeline"), N_("KIND") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-chart, the file format: png, svg or pdf (by default, from the name of --output)"), N_("FORMAT") },
  { "domain", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-chart, only the indicators of this domain"), N_("DOMAIN") },
  { "chapter", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-chart, only the indicators or projects of the chapter with this id"), N_("ID") },
  { "indicator", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-chart trend, the indicator to draw, by id or by name"), N_("ID") },
  { "width", 0, 0, G_OPTION_ARG_DOUBLE, NULL,
    N_("With --export-chart, the width: pixels for png, points for svg and pdf"), N_("WIDTH") },
  { "height", 0, 0, G_OPTION_ARG_DOUBLE, NULL,
    N_("With --export-chart, the height: pixels for png, points for svg and pdf"), N_("HEIGHT") },
  { "scale", 0, 0, G_OPTION_ARG_DOUBLE, NULL,
    N_("With --export-chart png, draw at this many pixels per unit (2 for a sharp picture)"), N_("SCALE") },
  { "pages", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-chart png or svg, a chart longer than a page: files (OUT-1.png, OUT-2.png …, the default) or one (one long image)"), N_("HOW") },
  { "export-report", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write the printed report of a plan (cover, indicator table, charts) to --output as PDF"), NULL },
  { "comments", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the reviewers' comments of .plan files, one a line: FILE: object: author date [open]: text"), NULL },
  { "compare", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print what changed from OLD to NEW (two plans); exit 1 if anything did. With --output, write the changes as a PDF table (修改对照表) or as CSV"), NULL },
  { "export-sheet", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a plan’s indicators and projects to a spreadsheet: FILE.xlsx, or FILE.csv and FILE-projects.csv"), N_("FILE") },
  { "export-collection", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write one workbook to fill per responsible unit into FOLDER, for the yearly data collection"), N_("FOLDER") },
  { "year", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --export-collection, the year whose actual values are asked for (by default, the next one without data)"), N_("YEAR") },
  { "merge-sheet", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Merge the values of a filled sheet (.xlsx or .csv; repeat for several) into the plan given by --into, and print what was merged; exit 1 if anything was not"), N_("FILE") },
  { "into", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --merge-sheet, the plan to merge into: saved in place unless --output is given"), N_("PLAN") },
  { "read-only", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the plans for reading only, as a reviewer"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE…]") },
  { NULL }
};

/* Auxiliary methods */

/* Says how a command was misused; returns the exit status for it. */
static int G_GNUC_PRINTF (1, 2)
usage (const char *format,
       ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("%s", text);
  return EXIT_USAGE;
}

static void
print_report (PwFindings *report,
              gboolean  to_stderr)
{
  GListModel *entries = pw_findings_get_list (report);
  guint n_items = g_list_model_get_n_items (entries);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwFinding) entry = g_list_model_get_item (entries, i);
      g_autofree char *line = pw_findings_format (report, entry);

      if (to_stderr)
        g_printerr ("%s\n", line);
      else
        g_print ("%s\n", line);
    }
}

/* An error of any command as --check prints a problem: FILE:LINE:COL:
 * error: message, the place taken from the start of pw_plan_load()'s
 * message (FILE: error: message when it has none). */
static void
print_error (const char   *name,
             const GError *error)
{
  g_autoptr(PwFindings) report = pw_findings_new (name);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GRegex) place = g_regex_new ("^([0-9]+)(?::([0-9]+))?: ", G_REGEX_OPTIMIZE, 0, NULL);
  const char *message = error->message;
  int line = 0, column = 0;

  if ((error->domain == PW_PLAN_FILE_ERROR || error->domain == PW_IMPORT_ERROR) &&
      g_regex_match (place, message, 0, &match))
    {
      g_autofree char *line_text = g_match_info_fetch (match, 1);
      g_autofree char *column_text = g_match_info_fetch (match, 2);
      int end = 0;

      line = atoi (line_text);
      column = column_text != NULL ? atoi (column_text) : 0;
      g_match_info_fetch_pos (match, 0, NULL, &end);
      message += end;
    }

  pw_findings_add (report, PW_FINDING_ERROR, line, column, NULL, "%s", message);
  print_report (report, TRUE);
}

/* Runs @each on every file named, after a usage message when none is;
 * @each returns whether the file passed. */
static int
run_on_files (const char * const *files,
              const char         *message,
              gboolean          (*each) (GFile      *file,
                                         const char *name))
{
  int status = EXIT_SUCCESS;

  if (files == NULL || files[0] == NULL)
    return usage ("%s\n", message);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = pw_file_new_for_arg (files[i]);

      if (!each (file, files[i]))
        status = EXIT_FAILURE;
    }

  return status;
}

static gboolean
check_file (GFile      *file,
            const char *name)
{
  g_autoptr(PwFindings) report = pw_plan_check (file, name);
  gboolean passed = g_list_model_get_n_items (pw_findings_get_list (report)) == 0;

  print_report (report, FALSE);
  return passed;
}

static int
run_import (const char         *input,
            const char         *output,
            const char         *report_path,
            const char * const *files)
{
  g_autoptr(GFile) input_file = NULL;
  g_autoptr(GFile) output_file = NULL;
  g_autoptr(PwFindings) report = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (output == NULL)
    return usage ("%s\n", _("--import needs --output FILE"));
  if (files != NULL && files[0] != NULL)
    return usage (_("--import reads one file; unexpected argument: %s\n"), files[0]);

  input_file = pw_file_new_for_arg (input);
  output_file = pw_file_new_for_arg (output);
  report = pw_findings_new (input);

  plan = pw_open_document (input_file, report, &error);
  if (plan == NULL)
    {
      print_error (input, error);
      return EXIT_FAILURE;
    }

  if (report_path != NULL)
    {
      g_autofree char *text = pw_findings_to_string (report);

      if (!g_file_set_contents (report_path, text, -1, &error))
        {
          print_error (report_path, error);
          return EXIT_FAILURE;
        }
    }

  if (!pw_plan_save (plan, output_file, &error))
    {
      print_error (output, error);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/* Reads the one plan a command works on. */
static PwPlan *
open_plan (const char         *command,
           const char * const *files,
           int                *status)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  PwPlan *plan;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr (_("%s needs exactly one plan file\n"), command);
      *status = EXIT_USAGE;
      return NULL;
    }

  file = pw_file_new_for_arg (files[0]);
  plan = pw_open_document (file, NULL, &error);
  if (plan == NULL)
    {
      print_error (files[0], error);
      *status = EXIT_FAILURE;
    }
  return plan;
}

/* An indicator named on the command line, by its id or else by its name. */
static PwIndicator *
find_indicator (PwPlan     *plan,
                const char *key)
{
  GListModel *indicators = pw_plan_get_indicators (plan);
  guint n_items = g_list_model_get_n_items (indicators);
  PwIndicator *found = pw_plan_find_indicator (plan, key);

  for (guint i = 0; found == NULL && i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      if (g_strcmp0 (pw_indicator_get_name (indicator), key) == 0)
        found = indicator;
    }
  return found;
}

static gboolean
has_domain (PwPlan     *plan,
            const char *domain)
{
  GListModel *indicators = pw_plan_get_indicators (plan);
  guint n_items = g_list_model_get_n_items (indicators);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      if (g_strcmp0 (pw_indicator_get_domain (indicator), domain) == 0)
        return TRUE;
    }

  return FALSE;
}

static int
run_export_chart (GVariantDict       *options,
                  const char         *kind_name,
                  const char         *output,
                  const char * const *files)
{
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *pages_name = NULL;
  g_autoptr(GPtrArray) written = NULL;
  PwChartPages pages = PW_CHART_PAGES_FILES;
  g_autofree char *domain = NULL;
  g_autofree char *chapter = NULL;
  g_autofree char *indicator_key = NULL;
  PwChartOptions chart = { 0 };
  PwChartKind kind;
  PwChartFormat format;
  double width = 0, height = 0, scale = 1;
  int status = EXIT_SUCCESS;

  if (!pw_chart_kind_from_string (kind_name, &kind))
    return usage (_("Unknown chart “%s”: use progress, summary, trend or timeline\n"), kind_name);
  if (output == NULL)
    return usage ("%s\n", _("--export-chart needs --output FILE"));

  g_variant_dict_lookup (options, "pages", "s", &pages_name);
  if (pages_name != NULL && g_strcmp0 (pages_name, "one") == 0)
    pages = PW_CHART_PAGES_ONE_IMAGE;
  else if (pages_name != NULL && g_strcmp0 (pages_name, "files") != 0)
    return usage (_("Unknown --pages “%s”: use files or one\n"), pages_name);

  g_variant_dict_lookup (options, "format", "s", &format_name);
  if (format_name == NULL)
    {
      const char *dot = strrchr (output, '.');
      format_name = g_strdup (dot != NULL ? dot + 1 : "png");
    }
  if (!pw_chart_format_from_string (format_name, &format))
    return usage (_("Unknown format “%s”: use png, svg or pdf\n"), format_name);

  /* A4 landscape unless told otherwise: 96 dpi pixels, or points */
  g_variant_dict_lookup (options, "width", "d", &width);
  g_variant_dict_lookup (options, "height", "d", &height);
  g_variant_dict_lookup (options, "scale", "d", &scale);
  if (width == 0)
    width = format == PW_CHART_FORMAT_PNG ? 1123 : 842;
  if (height == 0)
    height = format == PW_CHART_FORMAT_PNG ? 794 : 595;
  if (width < 1 || height < 1 || scale <= 0)
    return usage ("%s\n", _("--width, --height and --scale must be positive"));

  plan = open_plan ("--export-chart", files, &status);
  if (plan == NULL)
    return status;

  g_variant_dict_lookup (options, "domain", "s", &domain);
  g_variant_dict_lookup (options, "chapter", "s", &chapter);
  g_variant_dict_lookup (options, "indicator", "s", &indicator_key);

  if (domain != NULL && !has_domain (plan, domain))
    {
      g_printerr (_("%s: no indicator has the domain “%s”\n"), files[0], domain);
      return EXIT_FAILURE;
    }
  if (chapter != NULL && pw_plan_find_chapter (plan, chapter) == NULL)
    {
      g_printerr (_("%s: no chapter has the id “%s”\n"), files[0], chapter);
      return EXIT_FAILURE;
    }
  if (indicator_key != NULL)
    {
      PwIndicator *indicator = find_indicator (plan, indicator_key);

      if (indicator == NULL)
        {
          g_printerr (_("%s: no indicator has the id or name “%s”\n"), files[0], indicator_key);
          return EXIT_FAILURE;
        }
      chart.indicator_id = pw_object_get_id (PW_OBJECT (indicator));
    }
  chart.domain = domain;
  chart.chapter_id = chapter;

  file = pw_file_new_for_arg (output);
  written = pw_chart_export_pages (kind, plan, &chart, format, width, height, scale, pages, file,
                                   &error);
  if (written == NULL)
    {
      print_error (output, error);
      return EXIT_FAILURE;
    }
  /* the files of a chart of several pages, so that none goes unnoticed */
  if (written->len > 1)
    for (guint i = 0; i < written->len; i++)
      {
        g_autofree char *name = g_file_get_parse_name (g_ptr_array_index (written, i));
        g_print ("%s\n", name);
      }

  return EXIT_SUCCESS;
}

static int
run_export_report (const char         *output,
                   const char * const *files)
{
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_SUCCESS;

  if (output == NULL)
    return usage ("%s\n", _("--export-report needs --output FILE"));

  plan = open_plan ("--export-report", files, &status);
  if (plan == NULL)
    return status;

  file = pw_file_new_for_arg (output);
  if (!pw_printout_export_pdf (plan, file, &error))
    {
      print_error (output, error);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

static gboolean
print_comments (GFile      *file,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_open_document (file, NULL, &error);
  GListModel *comments;

  if (plan == NULL)
    {
      print_error (name, error);
      return FALSE;
    }

  comments = pw_plan_get_comments (plan);
  for (guint j = 0; j < g_list_model_get_n_items (comments); j++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (comments, j);
      g_autofree char *line = pw_cli_format_comment (name, plan, comment);

      g_print ("%s\n", line);
    }
  return TRUE;
}

static int
run_compare (const char         *output,
             const char * const *files)
{
  g_autoptr(PwPlan) old_plan = NULL;
  g_autoptr(PwPlan) new_plan = NULL;
  g_autoptr(GListModel) changes = NULL;
  guint n_changes;

  if (files == NULL || files[0] == NULL || files[1] == NULL || files[2] != NULL)
    return usage ("%s\n", _("--compare needs two plan files: OLD NEW"));

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GFile) file = pw_file_new_for_arg (files[i]);
      g_autoptr(GError) error = NULL;
      PwPlan *plan = pw_open_document (file, NULL, &error);

      if (plan == NULL)
        return usage ("%s: %s\n", files[i], error->message);
      if (i == 0)
        old_plan = plan;
      else
        new_plan = plan;
    }

  changes = pw_plan_compare (old_plan, new_plan);
  n_changes = g_list_model_get_n_items (changes);
  for (guint i = 0; i < n_changes; i++)
    {
      g_autoptr(PwChange) change = g_list_model_get_item (changes, i);
      g_autofree char *line = pw_change_to_string (change);

      g_print ("%s\n", line);
    }

  if (output != NULL)
    {
      g_autoptr(GFile) file = pw_file_new_for_arg (output);
      g_autoptr(GError) error = NULL;
      gboolean written;

      if (g_str_has_suffix (output, ".csv") || g_str_has_suffix (output, ".CSV"))
        {
          g_autofree char *csv = pw_changes_to_csv (changes);

          written = g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE,
                                             G_FILE_CREATE_NONE, NULL, NULL, &error);
        }
      else if (g_str_has_suffix (output, ".pdf") || g_str_has_suffix (output, ".PDF"))
        written = pw_change_table_export_pdf (changes, old_plan, new_plan, files[0], files[1],
                                              file, &error);
      else
        return usage (_("%s: --compare writes .pdf or .csv files\n"), output);
      if (!written)
        return usage ("%s: %s\n", output, error->message);
    }

  return n_changes > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}

static int
run_export_sheet (const char         *output,
                  const char * const *files)
{
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_SUCCESS;

  plan = open_plan ("--export-sheet", files, &status);
  if (plan == NULL)
    return status;

  file = pw_file_new_for_arg (output);
  if (!pw_sheet_export (plan, file, &error))
    {
      print_error (output, error);
      return g_error_matches (error, PW_SHEET_ERROR, PW_SHEET_ERROR_FORMAT) ? EXIT_USAGE : EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

static int
run_export_collection (GVariantDict       *options,
                       const char         *folder,
                       const char * const *files)
{
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) written = NULL;
  int status = EXIT_SUCCESS;
  int year;

  plan = open_plan ("--export-collection", files, &status);
  if (plan == NULL)
    return status;

  if (!g_variant_dict_lookup (options, "year", "i", &year))
    year = pw_sheet_collection_year (plan);

  file = pw_file_new_for_arg (folder);
  if (!g_file_make_directory_with_parents (file, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      print_error (folder, error);
      return EXIT_FAILURE;
    }
  g_clear_error (&error);

  if (!pw_sheet_export_collection (plan, file, year, &written, &error))
    {
      print_error (folder, error);
      return EXIT_FAILURE;
    }

  for (guint i = 0; written[i] != NULL; i++)
    g_print ("%s\n", written[i]);
  if (written[0] == NULL)
    g_printerr ("%s\n", _("No indicator has a responsible unit and no project a lead unit: no workbook written"));
  return EXIT_SUCCESS;
}

static int
run_merge_sheet (const char * const *sheets,
                 const char         *into,
                 const char         *output,
                 const char * const *files)
{
  g_autoptr(GFile) plan_file = NULL;
  g_autoptr(GFile) output_file = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (into == NULL)
    return usage ("%s\n", _("--merge-sheet needs --into PLAN.plan"));
  if (files != NULL && files[0] != NULL)
    return usage (_("--merge-sheet: unexpected argument: %s\n"), files[0]);

  plan_file = pw_file_new_for_arg (into);
  plan = pw_plan_load (plan_file, &error);
  if (plan == NULL)
    {
      print_error (into, error);
      return EXIT_FAILURE;
    }

  report = pw_sheet_merge (plan, sheets, &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  text = pw_merge_report_to_string (report);
  g_print ("%s", text);

  output_file = output != NULL ? pw_file_new_for_arg (output) : g_object_ref (plan_file);
  if (pw_history_get_modified (pw_plan_get_history (plan)) || output != NULL)
    if (!pw_plan_save (plan, output_file, &error))
      {
        print_error (output != NULL ? output : into, error);
        return EXIT_FAILURE;
      }

  return pw_merge_report_count (report, PW_MERGE_UNMATCHED) + pw_merge_report_count (report, PW_MERGE_UNREADABLE) +
         pw_merge_report_count (report, PW_MERGE_CONFLICT) > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Public API */

/**
 * pw_cli_format_comment:
 * @file_name: the name of the file, as given
 * @plan: the plan read from it
 * @comment: a comment of @plan
 *
 * Returns: (transfer full): the comment on one line, as `--comments` prints
 *   it: "FILE: object: author date [open]: text", a reply marked "↳"
 */
char *
pw_cli_format_comment (const char *file_name,
                       PwPlan     *plan,
                       PwComment  *comment)
{
  g_autofree char *object = NULL;
  g_autofree char *text = NULL;
  PwComment *root;
  const char *author;
  const char *date;
  gboolean resolved;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_COMMENT (comment), NULL);

  object = pw_plan_describe_comment_target (plan, comment);
  root = pw_plan_get_thread_root (plan, comment);
  resolved = pw_comment_get_resolved (root);
  author = pw_comment_get_author (comment);
  date = pw_comment_get_created (comment);
  /* one comment, one line */
  text = g_strdup (pw_comment_get_text (comment) != NULL ? pw_comment_get_text (comment) : "");
  g_strdelimit (text, "\n\r", ' ');

  return g_strdup_printf ("%s: %s%s: %s %.10s [%s]: %s", file_name, root != comment ? "↳ " : "", object,
                          author != NULL && *author != '\0' ? author : _("(anonymous)"),
                          date != NULL ? date : "", resolved ? _("resolved") : _("open"), text);
}

/**
 * pw_cli_get_option_entries:
 *
 * Returns: the command-line options of the program, for
 *   g_application_add_main_option_entries()
 */
const GOptionEntry *
pw_cli_get_option_entries (void)
{
  return option_entries;
}

/**
 * pw_cli_get_summary:
 *
 * Returns: what `--help` says of the program, above its options
 */
const char *
pw_cli_get_summary (void)
{
  return _("Draft, monitor and review five-year plans.");
}

/**
 * pw_cli_handle_options:
 * @options: the options parsed from the command line
 *
 * Runs the command the options ask for.
 *
 * Returns: the exit status of the command, or -1 when the options ask for
 *   no command and the window should open
 */
int
pw_cli_handle_options (GVariantDict *options)
{
  g_autofree const char **files = NULL;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;
  g_autofree char *report = NULL;
  g_autofree char *chart = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *collection = NULL;
  g_autofree char *into = NULL;
  g_auto(GStrv) merge = NULL;

  g_return_val_if_fail (options != NULL, EXIT_FAILURE);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "plan-workbench", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "import", "^ay", &input);
  g_variant_dict_lookup (options, "output", "^ay", &output);
  g_variant_dict_lookup (options, "report", "^ay", &report);

  if (g_variant_dict_contains (options, "check"))
    return run_on_files (files, _("--check needs at least one .plan file"), check_file);

  if (input != NULL)
    return run_import (input, output, report, files);

  if (g_variant_dict_lookup (options, "export-chart", "s", &chart))
    return run_export_chart (options, chart, output, files);

  if (g_variant_dict_contains (options, "export-report"))
    return run_export_report (output, files);

  if (g_variant_dict_contains (options, "comments"))
    return run_on_files (files, _("--comments needs at least one plan file"), print_comments);

  if (g_variant_dict_contains (options, "compare"))
    return run_compare (output, files);

  if (g_variant_dict_lookup (options, "export-sheet", "^ay", &sheet))
    return run_export_sheet (sheet, files);

  if (g_variant_dict_lookup (options, "export-collection", "^ay", &collection))
    return run_export_collection (options, collection, files);

  g_variant_dict_lookup (options, "into", "^ay", &into);
  if (g_variant_dict_lookup (options, "merge-sheet", "^aay", &merge))
    return run_merge_sheet ((const char * const *) merge, into, output, files);

  if (output != NULL || report != NULL)
    return usage ("%s\n", _("--output and --report go with a command such as --import or --export-chart"));

  return -1;
}
