/* pw-open.c: open any document the program reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line (--import) and the window's Open share this: a .plan file
 * is loaded, anything else is imported. What a file is, is told by its
 * content, not its name: a ZIP package or a compound file is a Word file
 * (pw-import-word.c), a page starting as HTML does is a web page
 * (pw-import-html.c), and anything else is the text of a plan document. Only
 * a fragment of HTML that starts with no <html> tag is told by its name
 * (.html, .htm), and then only if it holds a tag.
 */

#define G_LOG_DOMAIN "pw-open"

#include "config.h"

#include "pw-open.h"

#include <string.h>

#include "pw-import-html.h"
#include "pw-import-word.h"
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
 * pw_file_new_for_arg:
 * @arg: a file named on the command line
 *
 * Like g_file_new_for_commandline_arg(), except that a name such as
 * `plan:2024.plan` is a file of the current folder: an argument is taken
 * as a URI only when its scheme is one GIO can open (file, sftp, smb …)
 * and no local file has that name.
 *
 * Returns: (transfer full): the file
 */
GFile *
pw_file_new_for_arg (const char *arg)
{
  g_autofree char *scheme = NULL;

  g_return_val_if_fail (arg != NULL, NULL);

  scheme = g_uri_parse_scheme (arg);
  if (scheme != NULL && !g_file_test (arg, G_FILE_TEST_EXISTS))
    {
      const char * const *schemes = g_vfs_get_supported_uri_schemes (g_vfs_get_default ());

      if (g_ascii_strcasecmp (scheme, "file") == 0 ||
          (schemes != NULL && g_strv_contains (schemes, scheme)))
        return g_file_new_for_uri (arg);
    }

  return g_file_new_for_path (arg);
}

/**
 * pw_is_plan_file:
 * @file: a file
 *
 * Tells a .plan file by its content, not its name: an XML document whose
 * root is in the .plan namespace, however long its prolog
 * (pw_plan_sniff()). A file that cannot be read is not one.
 *
 * Returns: whether @file is a .plan file
 */
gboolean
pw_is_plan_file (GFile *file)
{
  g_autoptr(GFileInputStream) stream = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_read (file, NULL, NULL);
  return stream != NULL && pw_plan_sniff (G_INPUT_STREAM (stream));
}

/**
 * pw_open_document:
 * @file: a .plan file or the text of a plan document
 * @report: (nullable): receives the findings of an import
 * @error: return location for an error
 *
 * An imported plan keeps @report as its findings (pw_plan_get_findings()),
 * so that they are saved with it until the user clears them.
 * An input that can be read only once (a pipe, a FIFO) is read once; a
 * folder or a device is refused at once (pw_input_prepare()).
 *
 * Returns: (transfer full) (nullable): the plan, unmodified and with an
 *   empty undo history
 */
PwPlan *
pw_open_document (GFile     *file,
                  PwFindings  *report,
                  GError   **error)
{
  g_autoptr(GBytes) contents = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);

  if (!pw_input_prepare (file, &contents, error))
    return NULL;

  if (contents != NULL)
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (contents);
      gsize length = 0;
      const char *data = g_bytes_get_data (contents, &length);

      if (pw_plan_sniff (stream))
        return pw_plan_load_bytes (contents, error);
      return keep_findings (pw_import_text (data, length, report, error), report);
    }

  if (pw_is_plan_file (file))
    return pw_plan_load (file, error);

  return keep_findings (pw_import_document (file, report, error), report);
}

static gboolean
has_suffix (GFile      *file,
            const char *const *suffixes)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  for (guint i = 0; lower != NULL && suffixes[i] != NULL; i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;
  return FALSE;
}

/**
 * pw_import_document:
 * @file: a plan document: a Word file, a web page or text
 * @report: (nullable): receives the findings of the import
 * @error: a #PwImportError or an error of reading @file
 *
 * Imports @file with the reader its content calls for (see the top of this
 * file).
 *
 * Returns: (transfer full) (nullable): the plan
 */
PwPlan *
pw_import_document (GFile      *file,
                    PwFindings *report,
                    GError    **error)
{
  static const char *const html_suffixes[] = { ".html", ".htm", ".xhtml", NULL };
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info != NULL && (guint64) g_file_info_get_size (info) > PW_IMPORT_MAX_SIZE)
    return pw_import_text_file (file, report, error);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  if (pw_import_is_word (contents, length))
    return pw_import_word (contents, length, report, error);
  if (pw_import_is_html (contents, length) ||
      (has_suffix (file, html_suffixes) && memchr (contents, '<', MIN (length, 4096)) != NULL))
    return pw_import_html (contents, length, report, error);
  return pw_import_text (contents, length, report, error);
}

/**
 * pw_import_clipboard:
 * @contents: what the clipboard holds
 * @mime_type: its type: text/html (a page, or a Word or WPS document
 *   copied), otherwise text
 * @report: (nullable): receives the findings of the import, which the plan
 *   keeps
 * @error: a #PwImportError
 *
 * Imports what was copied, as pw_import_document() imports a file.
 *
 * Returns: (transfer full) (nullable): the plan
 */
PwPlan *
pw_import_clipboard (GBytes     *contents,
                     const char *mime_type,
                     PwFindings *report,
                     GError    **error)
{
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);

  data = g_bytes_get_data (contents, &length);
  if (mime_type == NULL || !g_str_has_prefix (mime_type, "text/html"))
    return keep_findings (pw_import_text (data, length, report, error), report);
  /* the page reader reads UTF-16 with its mark, as some browsers copy */
  return keep_findings (pw_import_html (data, length, report, error), report);
}
