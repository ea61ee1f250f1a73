/* pw-plan-file.c: reading, writing and checking .plan files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry points: each wraps a GIO stream around the reader
 * (pw-plan-reader.c) or the writer (pw-plan-writer.c). The format is
 * described in doc/plan-format.md and by the schema data/plan.rng, which is
 * compiled into the library as a resource so that --check needs no
 * installed data.
 *
 * Saving goes through g_file_replace(): the new file is written next to the
 * old one and renamed over it when complete, the old one kept as FILE~. A
 * save that fails half-way (a full disk, or a plan that cannot be saved)
 * leaves the old file as it was; a new file that was being created is
 * removed.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-file.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlIO.h>

#include "pw-io-resources.h"
#include "pw-plan-file-private.h"

#define SCHEMA_RESOURCE "/io/github/planworkbench/PlanWorkbench/io/plan.rng"

/* Where the writer's bytes go: a stream, or memory. */
typedef struct
{
  GOutputStream *stream;
  GByteArray *array;
  GError *error;
} Sink;

G_DEFINE_QUARK (pw-plan-file-error-quark, pw_plan_file_error)

/* Auxiliary methods */

static int
sink_write (void       *context,
            const char *buffer,
            int         length)
{
  Sink *sink = context;

  if (sink->error != NULL)
    return -1;

  if (sink->array != NULL)
    g_byte_array_append (sink->array, (const guint8 *) buffer, length);
  else if (!g_output_stream_write_all (sink->stream, buffer, length, NULL, NULL, &sink->error))
    return -1;

  return length;
}

static int
sink_close (void *context)
{
  return 0;
}

static gboolean
write_to_sink (PwPlan  *plan,
               Sink    *sink,
               GError **error)
{
  xmlOutputBufferPtr output;
  g_autoptr(GError) local_error = NULL;

  pw_plan_file_init_libxml ();

  output = xmlOutputBufferCreateIO (sink_write, sink_close, sink, NULL);
  if (output == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not start writing the file"));
      return FALSE;
    }

  if (!pw_plan_write (plan, output, &local_error))
    {
      /* I/O errors keep their GIO error. */
      if (sink->error != NULL)
        g_propagate_error (error, g_steal_pointer (&sink->error));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static void
on_schema_error (void        *data,
                 xmlErrorPtr  error)
{
  g_warning ("The schema of .plan files does not compile: %s", error->message);
}

/* Public API (private to the library) */

void
pw_plan_file_init_libxml (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      LIBXML_TEST_VERSION;
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

xmlRelaxNGPtr
pw_plan_file_get_relaxng (void)
{
  static gsize schema;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = pw_plan_file_get_schema ();
      xmlRelaxNGParserCtxtPtr context;
      xmlRelaxNGPtr parsed;

      pw_plan_file_init_libxml ();
      context = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (bytes, NULL),
                                            (int) g_bytes_get_size (bytes));
      xmlRelaxNGSetParserStructuredErrors (context, on_schema_error, NULL);
      parsed = xmlRelaxNGParse (context);
      xmlRelaxNGFreeParserCtxt (context);

      g_once_init_leave (&schema, (gsize) parsed);
    }

  return (xmlRelaxNGPtr) schema;
}

/* Public API */

/**
 * pw_plan_file_get_schema:
 *
 * Returns: (transfer full): the RELAX NG schema of .plan files
 *   (data/plan.rng), as compiled into the program
 */
GBytes *
pw_plan_file_get_schema (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  bytes = g_resource_lookup_data (pw_io_get_resource (), SCHEMA_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The schema of .plan files is missing from the program: %s", error->message);

  return bytes;
}

/**
 * pw_plan_load:
 * @file: a .plan file
 * @error: return location for an error
 *
 * Reads @file as it streams in. A file that is not well-formed XML, breaks
 * the schema or a rule of the model (two objects with one id, an actual
 * value for a year outside the period …) is refused with
 * %PW_PLAN_FILE_ERROR_INVALID, and an unknown version of the format with
 * %PW_PLAN_FILE_ERROR_VERSION; the message then starts with "LINE:COLUMN: "
 * (or "LINE: ") when the place of the first problem is known. An error
 * reading the file is returned as GIO gave it.
 *
 * Returns: (transfer full) (nullable): the plan, with an empty undo history
 *   and not modified, or %NULL
 */
PwPlan *
pw_plan_load (GFile   *file,
              GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return NULL;

  return pw_plan_read (G_INPUT_STREAM (stream), file, NULL, NULL, NULL, error);
}

/**
 * pw_plan_load_bytes:
 * @bytes: the content of a .plan file
 * @error: return location for an error
 *
 * Reads a plan from memory, as pw_plan_load() reads it from a file.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL
 */
PwPlan *
pw_plan_load_bytes (GBytes  *bytes,
                    GError **error)
{
  g_autoptr(GInputStream) stream = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_memory_input_stream_new_from_bytes (bytes);
  return pw_plan_read (stream, NULL, bytes, NULL, NULL, error);
}

/**
 * pw_plan_to_bytes:
 * @plan: a plan
 * @error: return location for an error
 *
 * Writes @plan as a .plan file in memory, first giving an id to every object
 * that has none (pw_plan_assign_ids()). The bytes depend on the plan only:
 * the same plan always gives the same bytes, and a file loaded and written
 * again gives the bytes it was loaded from, if this program wrote it.
 *
 * A plan that the reader would refuse (a text with a control character, two
 * objects with one id, a reference to an id that is not in the plan, an
 * actual value for a year outside the period, a project that ends before it
 * starts …) is not written: the error is %PW_PLAN_FILE_ERROR_UNSAVABLE and
 * its message names the object.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL
 */
GBytes *
pw_plan_to_bytes (PwPlan  *plan,
                  GError **error)
{
  Sink sink = { NULL, NULL, NULL };

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sink.array = g_byte_array_sized_new (64 * 1024);
  if (!write_to_sink (plan, &sink, error))
    {
      g_byte_array_unref (sink.array);
      g_clear_error (&sink.error);
      return NULL;
    }

  return g_byte_array_free_to_bytes (sink.array);
}

/**
 * pw_plan_save:
 * @plan: a plan
 * @file: where to save it
 * @error: return location for an error
 *
 * Writes @plan to @file as pw_plan_to_bytes() does, through
 * g_file_replace(): the previous file is kept as a backup (FILE~) and
 * replaced only once the new one is complete, so that a failure leaves the
 * old file untouched. The plan's history is not changed: marking it saved is
 * the caller's business (pw_history_set_unmodified()).
 *
 * Returns: whether the plan was saved
 */
gboolean
pw_plan_save (PwPlan   *plan,
              GFile    *file,
              GError  **error)
{
  g_autoptr(GFileOutputStream) file_stream = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GError) local_error = NULL;
  Sink sink = { NULL, NULL, NULL };
  gboolean existed;

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  existed = g_file_query_exists (file, NULL);
  file_stream = g_file_replace (file, NULL, TRUE, G_FILE_CREATE_NONE, NULL, error);
  if (file_stream == NULL)
    return FALSE;

  stream = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (file_stream), 64 * 1024);
  sink.stream = stream;

  if (write_to_sink (plan, &sink, &local_error) &&
      g_output_stream_close (stream, NULL, &local_error))
    return TRUE;

  /* Closing a replaced file with a cancelled cancellable removes the new
   * one and leaves the old one in place. */
  cancellable = g_cancellable_new ();
  g_cancellable_cancel (cancellable);
  g_output_stream_close (stream, cancellable, NULL);
  if (!existed)
    g_file_delete (file, NULL, NULL);

  g_clear_error (&sink.error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * pw_plan_check:
 * @file: a .plan file
 * @display_name: (nullable): the name of the file to show in the report,
 *   as the user gave it
 *
 * Reads @file, validating it against the schema (data/plan.rng) and the
 * rules of the model, and reports every problem with its line and column,
 * not only the first. Never fails: a file that cannot be read gives a report
 * that says so.
 *
 * Returns: (transfer full): the problems found, as %PW_FINDING_ERROR
 *   entries; an empty report when the file is sound
 */
PwFindings *
pw_plan_check (GFile      *file,
               const char *display_name)
{
  g_autoptr(PwFindings) report = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  xmlRelaxNGPtr schema;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  report = pw_findings_new (display_name);

  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      pw_findings_add (report, PW_FINDING_ERROR, 0, 0, NULL, "%s", error->message);
      return g_steal_pointer (&report);
    }

  schema = pw_plan_file_get_relaxng ();
  if (schema == NULL)
    pw_findings_add (report, PW_FINDING_ERROR, 0, 0, NULL, "%s",
                   _("The schema of .plan files does not compile; only the rules of the model were checked"));

  {
    g_autoptr(PwPlan) plan = pw_plan_read (G_INPUT_STREAM (stream), file, NULL, report, schema, NULL);
  }

  return g_steal_pointer (&report);
}
