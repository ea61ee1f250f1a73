/* pw-open.c: open any document the program reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line (--import) and the window's Open share this: a .plan file
 * is loaded, anything else is imported as the text of a plan document.
 */

#define G_LOG_DOMAIN "pw-open"

#include "config.h"

#include "pw-open.h"

#include <string.h>

#include "pw-importer.h"
#include "pw-plan-file.h"

/* Auxiliary methods */

/* Gives an imported @plan its findings, as part of what was imported. */
static PwPlan *
keep_findings (PwPlan     *plan,
               PwFindings *report)
{
  if (plan != NULL && report != NULL)
    {
      PwHistory *history = pw_plan_get_history (plan);

      pw_history_block (history);
      pw_plan_set_findings (plan, report);
      pw_history_unblock (history);
    }
  return plan;
}

/* Public API */

/**
 * pw_is_plan_file:
 * @file: a file
 *
 * Tells a .plan file by its content, not its name: an XML document whose
 * root is in the .plan namespace. A file that cannot be read is not one.
 *
 * Returns: whether @file is a .plan file
 */
gboolean
pw_is_plan_file (GFile *file)
{
  g_autoptr(GFileInputStream) stream = NULL;
  char head[1024];
  gsize n_read = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head - 1, &n_read, NULL, NULL))
    return FALSE;
  head[n_read] = '\0';

  return g_strstr_len (head, n_read, "urn:plan-workbench:plan:") != NULL &&
         g_strstr_len (head, n_read, "<") != NULL;
}

/**
 * pw_open_document:
 * @file: a .plan file or the text of a plan document
 * @report: (nullable): receives the findings of an import
 * @error: return location for an error
 *
 * An imported plan keeps @report as its findings (pw_plan_get_findings()),
 * so that they are saved with it until the user clears them.
 *
 * Returns: (transfer full) (nullable): the plan, unmodified and with an
 *   empty undo history
 */
PwPlan *
pw_open_document (GFile     *file,
                  PwFindings  *report,
                  GError   **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);

  if (pw_is_plan_file (file))
    return pw_plan_load (file, error);

  return keep_findings (pw_import_text_file (file, report, error), report);
}
