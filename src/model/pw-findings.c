/* pw-findings.c: the findings of a check or an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each finding is printed as "FILE:LINE:COLUMN: kind: message", the form that
 * compilers use, so that editors and scripts can jump to the place.
 */

#define G_LOG_DOMAIN "pw-findings"

#include "config.h"

#include "pw-findings.h"

#include <glib/gi18n-lib.h>

struct _PwFindings
{
  GObject parent_instance;

  char *file_name;
  GListStore *entries;
};

G_DEFINE_FINAL_TYPE (PwFindings, pw_findings, G_TYPE_OBJECT)

/* GObject overrides */

static void
pw_findings_finalize (GObject *object)
{
  PwFindings *self = (PwFindings *) object;

  g_clear_pointer (&self->file_name, g_free);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (pw_findings_parent_class)->finalize (object);
}

static void
pw_findings_class_init (PwFindingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_findings_finalize;
}

static void
pw_findings_init (PwFindings *self)
{
  self->entries = g_list_store_new (PW_TYPE_FINDING);
}

/* Public API */

const char *
pw_finding_kind_to_label (PwFindingKind kind)
{
  switch (kind)
    {
    case PW_FINDING_ERROR:
      return C_("report", "error");
    case PW_FINDING_INCONSISTENCY:
      return C_("report", "inconsistency");
    case PW_FINDING_DOUBT:
      return C_("report", "doubt");
    case PW_FINDING_GUESS:
      return C_("report", "guess");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * pw_findings_new:
 * @file_name: (nullable): the name of the file the report is about, as the
 *   user gave it
 *
 * Returns: (transfer full): an empty report
 */
PwFindings *
pw_findings_new (const char *file_name)
{
  PwFindings *self = g_object_new (PW_TYPE_FINDINGS, NULL);

  self->file_name = g_strdup (file_name);
  return self;
}

/**
 * pw_findings_get_file_name:
 * @self: a report
 *
 * Returns: (nullable): the name of the file the report is about
 */
const char *
pw_findings_get_file_name (PwFindings *self)
{
  g_return_val_if_fail (PW_IS_FINDINGS (self), NULL);

  return self->file_name;
}

/**
 * pw_findings_get_list:
 * @self: a report
 *
 * Returns: (transfer none): the findings, a #GListModel of #PwFinding, in
 *   the order they were found
 */
GListModel *
pw_findings_get_list (PwFindings *self)
{
  g_return_val_if_fail (PW_IS_FINDINGS (self), NULL);

  return G_LIST_MODEL (self->entries);
}

guint
pw_findings_count (PwFindings     *self,
                   PwFindingKind  kind)
{
  guint n_items;
  guint count = 0;

  g_return_val_if_fail (PW_IS_FINDINGS (self), 0);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwFinding) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (pw_finding_get_kind (entry) == kind)
        count++;
    }

  return count;
}

/**
 * pw_findings_add:
 * @self: a report
 * @kind: what kind of finding
 * @line: the line, from 1, or 0
 * @column: the column, from 1, or 0
 * @subject: (nullable): the id of the object concerned
 * @format: a printf() format for the message, in the user's language
 * @...: its arguments
 */
void
pw_findings_add (PwFindings     *self,
                 PwFindingKind  kind,
                 int           line,
                 int           column,
                 const char   *subject,
                 const char   *format,
                 ...)
{
  g_autoptr(PwFinding) entry = NULL;
  g_autofree char *message = NULL;
  va_list args;

  g_return_if_fail (PW_IS_FINDINGS (self));
  g_return_if_fail (format != NULL);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  entry = pw_finding_new ();
  pw_finding_set_kind (entry, kind);
  pw_finding_set_line (entry, MAX (line, 0));
  pw_finding_set_column (entry, MAX (column, 0));
  pw_finding_set_subject (entry, subject);
  pw_finding_set_message (entry, message);
  g_list_store_append (self->entries, entry);
}

/**
 * pw_findings_format:
 * @self: a report
 * @entry: one of its entries
 *
 * Returns: (transfer full): "FILE:LINE:COLUMN: kind: message", leaving out
 *   the parts that are not known
 */
char *
pw_findings_format (PwFindings      *self,
                    PwFinding *entry)
{
  GString *out;
  int line, column;

  g_return_val_if_fail (PW_IS_FINDINGS (self), NULL);
  g_return_val_if_fail (PW_IS_FINDING (entry), NULL);

  out = g_string_new (NULL);
  line = pw_finding_get_line (entry);
  column = pw_finding_get_column (entry);

  if (self->file_name != NULL)
    g_string_append_printf (out, "%s:", self->file_name);
  if (line > 0)
    g_string_append_printf (out, "%d:", line);
  if (line > 0 && column > 0)
    g_string_append_printf (out, "%d:", column);
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append_printf (out, "%s: %s",
                          pw_finding_kind_to_label (pw_finding_get_kind (entry)),
                          pw_finding_get_message (entry));

  return g_string_free (out, FALSE);
}

/**
 * pw_findings_to_string:
 * @self: a report
 *
 * Returns: (transfer full): every entry, one per line
 */
char *
pw_findings_to_string (PwFindings *self)
{
  GString *out;
  guint n_items;

  g_return_val_if_fail (PW_IS_FINDINGS (self), NULL);

  out = g_string_new (NULL);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwFinding) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      g_autofree char *line = pw_findings_format (self, entry);

      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
