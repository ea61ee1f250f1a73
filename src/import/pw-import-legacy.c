/* pw-import-legacy.c: legacy and encrypted Word files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of step 1 of the importer (see pw-import-word.c). A compound file
 * is a legacy .doc or .wps, or Word's encryption of a .docx (an
 * EncryptedPackage stream). A legacy file is converted to .docx with
 * LibreOffice in a private temporary folder, within a time limit, when it
 * is installed; otherwise, and for an encrypted file, the caller refuses it
 * with a message saying what to do.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-word-private.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <string.h>

#include "pw-importer.h"

#define CONVERT_TIMEOUT_SECONDS 120

/* Auxiliary methods */

gboolean
pw_import_word_is_compound_file (const char *data,
                                 gsize       length)
{
  static const guchar magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

  return length >= sizeof magic && memcmp (data, magic, sizeof magic) == 0;
}

/* A compound file is a legacy .doc or .wps, or Word's encryption of a .docx. */
gboolean
pw_import_word_is_encrypted_package (GBytes *bytes)
{
  GsfInput *input = gsf_input_memory_new (g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), FALSE);
  GsfInfile *ole = gsf_infile_msole_new (input, NULL);
  GsfInput *package = NULL;
  GsfInput *info = NULL;
  gboolean encrypted;

  if (ole != NULL)
    {
      package = gsf_infile_child_by_name (ole, "EncryptedPackage");
      info = gsf_infile_child_by_name (ole, "EncryptionInfo");
    }
  encrypted = package != NULL || info != NULL;
  g_clear_object (&package);
  g_clear_object (&info);
  g_clear_object (&ole);
  g_clear_object (&input);
  return encrypted;
}

static void
on_convert_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  gboolean *done = data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *done = TRUE;
}

static gboolean
on_convert_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Converts a legacy file to .docx with LibreOffice; NULL and an error without it. */
GBytes *
pw_import_word_convert_legacy (GBytes     *bytes,
                               const char *suffix,
                               GError    **error)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *folder = NULL;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *profile_arg = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GSource) timeout = NULL;
  g_autofree char *contents = NULL;
  gboolean done = FALSE;
  gboolean timed_out = FALSE;
  gsize length = 0;
  GBytes *out = NULL;

  if (soffice == NULL)
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_UNSUPPORTED,
                   _("This is a legacy Word or WPS file (%s), which can be read only when LibreOffice "
                     "is installed; open it in Word or WPS and save it as a Word document (.docx)"),
                   suffix);
      return NULL;
    }

  folder = g_dir_make_tmp ("plan-workbench-XXXXXX", error);
  if (folder == NULL)
    return NULL;
  input = g_build_filename (folder, suffix[0] == '.' ? "document.odt" : "document.doc", NULL);
  if (g_strcmp0 (suffix, ".odt") != 0)
    {
      g_free (input);
      input = g_build_filename (folder, "document.doc", NULL);
    }
  output = g_build_filename (folder, "document.docx", NULL);
  profile = g_build_filename (folder, "profile", NULL);
  profile_uri = g_filename_to_uri (profile, NULL, NULL);
  profile_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);

  if (!g_file_set_contents (input, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    goto out;

  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                              error, soffice, profile_arg, "--headless", "--norestore",
                              "--convert-to", "docx", "--outdir", folder, input, NULL);
  if (process != NULL)
    {
      g_subprocess_wait_async (process, NULL, on_convert_done, &done);
      timeout = g_timeout_source_new_seconds (CONVERT_TIMEOUT_SECONDS);
      g_source_set_callback (timeout, on_convert_timeout, &timed_out, NULL);
      g_source_attach (timeout, context);
      while (!done && !timed_out)
        g_main_context_iteration (context, TRUE);
      g_source_destroy (timeout);
      if (!done)
        {
          g_subprocess_force_exit (process);
          while (!done)
            g_main_context_iteration (context, TRUE);
        }
    }
  g_main_context_pop_thread_default (context);
  if (process == NULL)
    goto out;

  if (timed_out || !g_file_get_contents (output, &contents, &length, NULL))
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_UNSUPPORTED,
                   _("LibreOffice could not convert this legacy Word or WPS file; open it in Word "
                     "or WPS and save it as a Word document (.docx)"));
      goto out;
    }
  out = g_bytes_new_take (g_steal_pointer (&contents), length);

out:
  {
    /* The private folder goes, whatever LibreOffice left in it. */
    g_autoptr(GFile) dir = g_file_new_for_path (folder);
    g_autoptr(GFileEnumerator) files = NULL;
    GFileInfo *info;

    g_unlink (input);
    g_unlink (output);
    files = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                       NULL, NULL);
    while (files != NULL && (info = g_file_enumerator_next_file (files, NULL, NULL)) != NULL)
      {
        g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));
        g_autofree char *path = g_file_get_path (child);
        g_autofree char *command = NULL;

        if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
          {
            const char *argv[] = { "rm", "-rf", "--", path, NULL };

            g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                          G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, NULL, NULL);
          }
        else
          g_unlink (path);
        g_object_unref (info);
      }
    g_rmdir (folder);
  }
  return out;
}
