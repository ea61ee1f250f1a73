/* pw-report.c: the findings of a check or an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each finding is printed as "FILE:LINE:COLUMN: kind: message", the form that
 * compilers use, so that editors and scripts can jump to the place.
 */

#define G_LOG_DOMAIN "pw-report"

#include "config.h"

#include "pw-report.h"

#include <glib/gi18n-lib.h>

struct _PwReport
{
  GObject parent_instance;

  char *file_name;
  GListStore *entries;
};

G_DEFINE_FINAL_TYPE (PwReport, pw_report, G_TYPE_OBJECT)

/* GObject overrides */

static void
pw_report_finalize (GObject *object)
{
  PwReport *self = (PwReport *) object;

  g_clear_pointer (&self->file_name, g_free);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (pw_report_parent_class)->finalize (object);
}

static void
pw_report_class_init (PwReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_report_finalize;
}

static void
pw_report_init (PwReport *self)
{
  self->entries = g_list_store_new (PW_TYPE_REPORT_ENTRY);
}

/* Public API */

const char *
pw_report_kind_to_label (PwReportKind kind)
{
  switch (kind)
    {
    case PW_REPORT_ERROR:
      return C_("report", "error");
    case PW_REPORT_INCONSISTENCY:
      return C_("report", "inconsistency");
    case PW_REPORT_DOUBT:
      return C_("report", "doubt");
    case PW_REPORT_GUESS:
      return C_("report", "guess");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * pw_report_new:
 * @file_name: (nullable): the name of the file the report is about, as the
 *   user gave it
 *
 * Returns: (transfer full): an empty report
 */
PwReport *
pw_report_new (const char *file_name)
{
  PwReport *self = g_object_new (PW_TYPE_REPORT, NULL);

  self->file_name = g_strdup (file_name);
  return self;
}

/**
 * pw_report_get_file_name:
 * @self: a report
 *
 * Returns: (nullable): the name of the file the report is about
 */
const char *
pw_report_get_file_name (PwReport *self)
{
  g_return_val_if_fail (PW_IS_REPORT (self), NULL);

  return self->file_name;
}

/**
 * pw_report_get_entries:
 * @self: a report
 *
 * Returns: (transfer none): the findings, a #GListModel of #PwReportEntry, in
 *   the order they were found
 */
GListModel *
pw_report_get_entries (PwReport *self)
{
  g_return_val_if_fail (PW_IS_REPORT (self), NULL);

  return G_LIST_MODEL (self->entries);
}

guint
pw_report_count (PwReport     *self,
                 PwReportKind  kind)
{
  guint n_items;
  guint count = 0;

  g_return_val_if_fail (PW_IS_REPORT (self), 0);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwReportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (pw_report_entry_get_kind (entry) == kind)
        count++;
    }

  return count;
}

/**
 * pw_report_add:
 * @self: a report
 * @kind: what kind of finding
 * @line: the line, from 1, or 0
 * @column: the column, from 1, or 0
 * @subject: (nullable): the id of the object concerned
 * @format: a printf() format for the message, in the user's language
 * @...: its arguments
 */
void
pw_report_add (PwReport     *self,
               PwReportKind  kind,
               int           line,
               int           column,
               const char   *subject,
               const char   *format,
               ...)
{
  g_autoptr(PwReportEntry) entry = NULL;
  g_autofree char *message = NULL;
  va_list args;

  g_return_if_fail (PW_IS_REPORT (self));
  g_return_if_fail (format != NULL);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  entry = pw_report_entry_new ();
  pw_report_entry_set_kind (entry, kind);
  pw_report_entry_set_line (entry, MAX (line, 0));
  pw_report_entry_set_column (entry, MAX (column, 0));
  pw_report_entry_set_subject (entry, subject);
  pw_report_entry_set_message (entry, message);
  g_list_store_append (self->entries, entry);
}

/**
 * pw_report_format_entry:
 * @self: a report
 * @entry: one of its entries
 *
 * Returns: (transfer full): "FILE:LINE:COLUMN: kind: message", leaving out
 *   the parts that are not known
 */
char *
pw_report_format_entry (PwReport      *self,
                        PwReportEntry *entry)
{
  GString *out;
  int line, column;

  g_return_val_if_fail (PW_IS_REPORT (self), NULL);
  g_return_val_if_fail (PW_IS_REPORT_ENTRY (entry), NULL);

  out = g_string_new (NULL);
  line = pw_report_entry_get_line (entry);
  column = pw_report_entry_get_column (entry);

  if (self->file_name != NULL)
    g_string_append_printf (out, "%s:", self->file_name);
  if (line > 0)
    g_string_append_printf (out, "%d:", line);
  if (line > 0 && column > 0)
    g_string_append_printf (out, "%d:", column);
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append_printf (out, "%s: %s",
                          pw_report_kind_to_label (pw_report_entry_get_kind (entry)),
                          pw_report_entry_get_message (entry));

  return g_string_free (out, FALSE);
}

/**
 * pw_report_to_string:
 * @self: a report
 *
 * Returns: (transfer full): every entry, one per line
 */
char *
pw_report_to_string (PwReport *self)
{
  GString *out;
  guint n_items;

  g_return_val_if_fail (PW_IS_REPORT (self), NULL);

  out = g_string_new (NULL);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwReportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      g_autofree char *line = pw_report_format_entry (self, entry);

      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
