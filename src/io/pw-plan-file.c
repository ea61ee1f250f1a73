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
 * Saving a local file is atomic in every case, with POSIX calls rather than
 * g_file_replace() (which, for a symbolic link or a file with several hard
 * links, falls back to overwriting in place): symbolic links are followed to
 * the real file; the new content is written to a temporary file of ours
 * (.NAME.pw-save-PID-XXXXXX) in the real file's folder, given the original's
 * mode and owner, flushed to the disk; the previous version becomes the
 * backup NAME~ (a hard link to it, so with its mode and owner, renamed into
 * place); the temporary file is renamed over the real file and the folder
 * flushed. Killed at any point, the file is the whole old or the whole new
 * one. A failure removes the temporary file; one left by a killed save is
 * removed the next time the file is opened, checked or saved (its process
 * is gone), and the next time any plan of its folder is saved (once a
 * minute old). doc/plan-format.md says what is promised.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-file.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pw-io-resources.h"
#include "pw-plan-file-private.h"

#define SCHEMA_RESOURCE "/io/github/planworkbench/PlanWorkbench/io/plan.rng"

/* Where the writer's bytes go: memory, or a file descriptor (through
 * @array as a buffer). */
typedef struct
{
  GByteArray *array;
  int fd;
  int write_errno;
} Sink;

#define SINK_BUFFER (256 * 1024)
#define TEMP_MARK ".pw-save-"
/* A temporary name stays within NAME_MAX however long the file's name. */
#define TEMP_NAME_MAX 120

G_DEFINE_QUARK (pw-plan-file-error-quark, pw_plan_file_error)

/* Auxiliary methods */

static gboolean
write_fd (int           fd,
          const guint8 *data,
          gsize         length,
          int          *write_errno)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          *write_errno = n < 0 ? errno : ENOSPC;
          return FALSE;
        }
      data += n;
      length -= n;
    }
  return TRUE;
}

static gboolean
sink_flush (Sink *sink)
{
  if (sink->fd < 0 || sink->write_errno != 0)
    return sink->write_errno == 0;

  if (!write_fd (sink->fd, sink->array->data, sink->array->len, &sink->write_errno))
    return FALSE;
  g_byte_array_set_size (sink->array, 0);
  return TRUE;
}

/* Never fails towards libxml2, which would print a line of its own ("I/O
 * error : write error") before our message: a write error is kept and the
 * rest of the document goes nowhere. */
static int
sink_write (void       *context,
            const char *buffer,
            int         length)
{
  Sink *sink = context;

  if (sink->write_errno != 0)
    return length;

  g_byte_array_append (sink->array, (const guint8 *) buffer, length);
  if (sink->fd >= 0 && sink->array->len >= SINK_BUFFER)
    sink_flush (sink);

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

  pw_plan_file_init_libxml ();

  output = xmlOutputBufferCreateIO (sink_write, sink_close, sink, NULL);
  if (output == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not start writing the file"));
      return FALSE;
    }

  return pw_plan_write (plan, output, error);
}

/* Saving */

/* The reason of a failed save, in plain words; @place is the file or
 * folder concerned, as the user knows it. */
static void
set_save_error (GError    **error,
                int         saved_errno,
                const char *format,
                const char *place)
{
  g_autofree char *display = g_filename_display_name (place);
  g_autofree char *what = NULL;
  const char *reason;

  switch (saved_errno)
    {
    case ENOSPC:
    case EDQUOT:
      reason = _("the disk is full");
      break;
    case EROFS:
      reason = _("the disk can only be read");
      break;
    case EACCES:
    case EPERM:
      reason = _("permission denied");
      break;
    case ENOENT:
    case ENOTDIR:
      reason = _("it does not exist");
      break;
    case ELOOP:
      reason = _("its symbolic links lead round in a circle");
      break;
    case EISDIR:
      reason = _("it is a folder");
      break;
    case EIO:
      reason = _("the disk reported an error");
      break;
    case EFBIG:
      reason = _("the file is larger than this system allows");
      break;
    default:
      reason = g_strerror (saved_errno);
      break;
    }

  /* @format is one of the translated messages below, with one %s */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  what = g_strdup_printf (format, display);
#pragma GCC diagnostic pop
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", what, reason);
}

/* Follows symbolic links to the file they lead to (which need not exist). */
static char *
resolve_links (const char *path,
               int        *saved_errno)
{
  g_autofree char *current = g_strdup (path);

  for (int depth = 0; depth < 40; depth++)
    {
      g_autofree char *target = NULL;
      struct stat st;

      if (lstat (current, &st) != 0)
        {
          /* no link to follow: what comes next says what is wrong */
          if (errno == ENOENT || depth == 0)
            return g_steal_pointer (&current);
          *saved_errno = errno;
          return NULL;
        }
      if (!S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        {
          *saved_errno = errno != 0 ? errno : EINVAL;
          return NULL;
        }
      if (!g_path_is_absolute (target))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          char *joined = g_build_filename (dir, target, NULL);

          g_free (target);
          target = joined;
        }
      g_free (current);
      current = g_steal_pointer (&target);
    }

  *saved_errno = ELOOP;
  return NULL;
}

/* The start of the names of our temporary files for @real_path. */
static char *
temp_prefix (const char *real_path)
{
  g_autofree char *base = g_path_get_basename (real_path);

  if (strlen (base) > TEMP_NAME_MAX)
    base[TEMP_NAME_MAX] = '\0';
  return g_strconcat (".", base, TEMP_MARK, NULL);
}

/* A name of ours in @dir that nothing has, for link(): the PID tells a
 * stale one from one being written. */
static char *
temp_name (const char *dir,
           const char *prefix)
{
  g_autofree char *name = g_strdup_printf ("%s%ld-%08x", prefix, (long) getpid (), g_random_int ());

  return g_build_filename (dir, name, NULL);
}

/* Whether the temporary name of ours whose PID starts at @pid_start
 * (PID-XXXXXXXX) is of a process of this machine that is gone. */
static gboolean
of_process_gone (const char *pid_start)
{
  char *end = NULL;
  long pid = strtol (pid_start, &end, 10);

  if (end == pid_start || *end != '-' || pid <= 0)
    return FALSE;
  /* still being written by a process of this machine: leave it */
  return pid != getpid () && kill ((pid_t) pid, 0) != 0 && errno == ESRCH;
}

/* A temporary file of ours of any plan of @dir_path (.NAME.pw-save-PID-
 * followed by eight hex digits), which a save killed half-way left: its
 * process gone, and untouched for a minute (a PID can be another machine's
 * on a shared folder, or taken again). Saving a plan clears them all, so
 * that those of a plan not opened again do not stay. */
static void
remove_stale_of_folder (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      const char *mark = g_strrstr (name, TEMP_MARK);
      const char *dash;
      g_autofree char *path = NULL;
      struct stat st;

      if (name[0] != '.' || mark == NULL || mark == name)
        continue;
      dash = strchr (mark + strlen (TEMP_MARK), '-');
      if (dash == NULL || strlen (dash + 1) != 8 || strspn (dash + 1, "0123456789abcdef") != 8 ||
          !of_process_gone (mark + strlen (TEMP_MARK)))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (lstat (path, &st) == 0 && S_ISREG (st.st_mode) && now - (gint64) st.st_mtime > 60)
        g_unlink (path);
    }
}

static void
remove_stale_in (const char *real_path)
{
  g_autofree char *dir_path = g_path_get_dirname (real_path);
  g_autofree char *prefix = temp_prefix (real_path);
  gsize prefix_len = strlen (prefix);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (strncmp (name, prefix, prefix_len) == 0 && of_process_gone (name + prefix_len))
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);
          g_unlink (path);
        }
    }
}

static void
sync_folder (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Copies @real_path to a temporary file with its mode and owner, for a
 * file system without hard links. */
static char *
copy_for_backup (const char        *real_path,
                 const char        *dir,
                 const char        *prefix,
                 const struct stat *st,
                 int               *saved_errno)
{
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  int fd;

  if (!g_file_get_contents (real_path, &contents, &length, NULL))
    {
      *saved_errno = errno != 0 ? errno : EIO;
      return NULL;
    }

  copy = temp_name (dir, prefix);
  fd = open (copy, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      *saved_errno = errno;
      return NULL;
    }
  if (fchown (fd, st->st_uid, st->st_gid) != 0 && fchown (fd, -1, st->st_gid) != 0)
    { /* not ours to give away: the copy stays ours */ }
  if (fchmod (fd, st->st_mode & 07777) != 0 ||
      !write_fd (fd, (const guint8 *) contents, length, saved_errno) ||
      fsync (fd) != 0)
    {
      if (*saved_errno == 0)
        *saved_errno = errno;
      close (fd);
      g_unlink (copy);
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&copy);
}

/* Makes the previous version the backup NAME~, atomically. */
static gboolean
keep_backup (const char        *real_path,
             const char        *dir,
             const char        *prefix,
             const struct stat *st,
             GError           **error)
{
  g_autofree char *backup = g_strconcat (real_path, "~", NULL);
  g_autofree char *staged = NULL;
  int saved_errno = 0;

  for (int attempt = 0; attempt < 10 && staged == NULL; attempt++)
    {
      g_autofree char *name = temp_name (dir, prefix);

      if (link (real_path, name) == 0)
        staged = g_steal_pointer (&name);
      else if (errno != EEXIST)
        break;
    }
  if (staged == NULL)
    staged = copy_for_backup (real_path, dir, prefix, st, &saved_errno);
  if (staged == NULL)
    {
      set_save_error (error, saved_errno, _("Could not keep the previous version as “%s”"), backup);
      return FALSE;
    }

  if (rename (staged, backup) != 0)
    {
      saved_errno = errno;
      g_unlink (staged);
      set_save_error (error, saved_errno, _("Could not keep the previous version as “%s”"), backup);
      return FALSE;
    }

  return TRUE;
}

static gboolean
save_local (PwPlan     *plan,
            const char *path,
            GError    **error)
{
  g_autofree char *real_path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *temp = NULL;
  g_autoptr(GError) local_error = NULL;
  Sink sink = { NULL, -1, 0 };
  struct stat st;
  gboolean existed;
  int saved_errno = 0;
  int fd = -1;

  real_path = resolve_links (path, &saved_errno);
  if (real_path == NULL)
    {
      set_save_error (error, saved_errno, _("Could not follow the link “%s”"), path);
      return FALSE;
    }
  dir = g_path_get_dirname (real_path);
  prefix = temp_prefix (real_path);

  existed = stat (real_path, &st) == 0;
  if (existed && !S_ISREG (st.st_mode))
    {
      set_save_error (error, S_ISDIR (st.st_mode) ? EISDIR : EINVAL,
                      _("“%s” is not a plain file"), real_path);
      return FALSE;
    }
  remove_stale_in (real_path);
  remove_stale_of_folder (dir);

  for (int attempt = 0; attempt < 10 && fd < 0; attempt++)
    {
      g_free (temp);
      temp = temp_name (dir, prefix);
      fd = open (temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd < 0 && errno != EEXIST)
        break;
    }
  if (fd < 0)
    {
      set_save_error (error, errno, _("Could not write in the folder “%s”"), dir);
      return FALSE;
    }

  if (existed)
    {
      /* the owner first: giving a file away clears its set-id bits */
      if (fchown (fd, st.st_uid, st.st_gid) != 0 && fchown (fd, -1, st.st_gid) != 0)
        { /* only root gives files away; the new one stays ours */ }
      fchmod (fd, st.st_mode & 07777);
    }

  sink.fd = fd;
  sink.array = g_byte_array_sized_new (SINK_BUFFER + 64 * 1024);
  if (!write_to_sink (plan, &sink, &local_error))
    goto failed;
  if (!sink_flush (&sink))
    goto failed;
  if (fsync (fd) != 0)
    {
      sink.write_errno = errno;
      goto failed;
    }
  if (close (fd) != 0)
    {
      fd = -1;
      sink.write_errno = errno;
      goto failed;
    }
  fd = -1;

  if (existed && !keep_backup (real_path, dir, prefix, &st, &local_error))
    goto failed;

  if (rename (temp, real_path) != 0)
    {
      saved_errno = errno;
      g_unlink (temp);
      g_byte_array_unref (sink.array);
      set_save_error (error, saved_errno, _("Could not put the new version in place of “%s”"), real_path);
      return FALSE;
    }

  sync_folder (dir);
  g_byte_array_unref (sink.array);
  return TRUE;

failed:
  if (fd >= 0)
    close (fd);
  g_unlink (temp);
  g_byte_array_unref (sink.array);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    set_save_error (error, sink.write_errno, _("Could not write “%s”"), real_path);
  return FALSE;
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
 * pw_input_prepare:
 * @file: a file to read
 * @contents: (out) (transfer full) (nullable): the whole of @file, when it
 *   is not a regular file
 * @error: return location for an error
 *
 * Looks at what @file is before anything reads it, so that no input hangs
 * the program or fills its memory. A folder or a device (/dev/zero,
 * /dev/urandom, a terminal) is refused at once. A pipe, a FIFO or a socket
 * can be read only once: it is read here, into @contents, and refused if it
 * holds more than %PW_INPUT_MAX_STREAM bytes. A regular file (or one whose
 * kind cannot be told, such as a remote file) gives %NULL in @contents: the
 * caller reads it as it likes.
 *
 * Returns: %FALSE, with @error set, when @file is refused
 */
gboolean
pw_input_prepare (GFile    *file,
                  GBytes  **contents,
                  GError  **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) array = NULL;
  guint32 mode;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL && *contents == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_UNIX_MODE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return TRUE; /* reading it will say why */

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("It is a folder, not a file"));
      return FALSE;
    }
  if (!g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE))
    return TRUE;

  mode = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE);
  if (S_ISREG (mode))
    return TRUE;
  if (S_ISCHR (mode) || S_ISBLK (mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("It is a device, not a file"));
      return FALSE;
    }

  /* a pipe, a FIFO, a socket: read once, within the cap */
  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return FALSE;
  array = g_byte_array_new ();
  for (;;)
    {
      guint8 buffer[64 * 1024];
      gssize n_read = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer,
                                           NULL, error);

      if (n_read < 0)
        return FALSE;
      if (n_read == 0)
        break;
      if (array->len + (gsize) n_read > PW_INPUT_MAX_STREAM)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                       _("It holds more than %u MB, more than any plan"),
                       (guint) (PW_INPUT_MAX_STREAM / (1024 * 1024)));
          return FALSE;
        }
      g_byte_array_append (array, buffer, n_read);
    }

  *contents = g_byte_array_free_to_bytes (g_steal_pointer (&array));
  return TRUE;
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
  g_autoptr(GBytes) contents = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!pw_input_prepare (file, &contents, error))
    return NULL;
  if (contents != NULL)
    return pw_plan_load_bytes (contents, error);

  pw_plan_file_remove_stale (file);
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
  Sink sink = { NULL, -1, 0 };

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sink.array = g_byte_array_sized_new (64 * 1024);
  if (!write_to_sink (plan, &sink, error))
    {
      g_byte_array_unref (sink.array);
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
 * Writes @plan to @file as pw_plan_to_bytes() does, atomically: the previous
 * file is kept as a backup (FILE~, with its mode and owner) and replaced only
 * once the new one is complete and on the disk, so that a failure, a full
 * disk or a kill at any moment leaves the whole old file or the whole new
 * one. A symbolic link stays a link, and the file it leads to is replaced; a
 * file with several hard links is replaced under the name given, the other
 * names keeping the previous version. The error's message gives the reason
 * in plain words, naming the file or folder concerned. The plan's history is
 * not changed: marking it saved is the caller's business
 * (pw_history_set_unmodified()).
 *
 * Returns: whether the plan was saved
 */
gboolean
pw_plan_save (PwPlan   *plan,
              GFile    *file,
              GError  **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    return save_local (plan, path, error);

  /* A remote file, through GVfs: as atomic as its backend makes it. */
  bytes = pw_plan_to_bytes (plan, error);
  return bytes != NULL &&
         g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, TRUE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

/**
 * pw_plan_file_remove_stale:
 * @file: a .plan file
 *
 * Removes the temporary files that a save of @file killed half-way left in
 * its folder (those of processes that are gone). Opening, checking and
 * saving a file do this.
 */
void
pw_plan_file_remove_stale (GFile *file)
{
  g_autofree char *path = NULL;
  g_autofree char *real_path = NULL;
  int saved_errno = 0;

  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    return;
  real_path = resolve_links (path, &saved_errno);
  if (real_path != NULL)
    remove_stale_in (real_path);
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
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) error = NULL;
  xmlRelaxNGPtr schema;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  report = pw_findings_new (display_name);

  if (pw_input_prepare (file, &contents, &error))
    {
      if (contents != NULL)
        stream = g_memory_input_stream_new_from_bytes (contents);
      else
        {
          pw_plan_file_remove_stale (file);
          stream = G_INPUT_STREAM (g_file_read (file, NULL, &error));
        }
    }
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
    g_autoptr(PwPlan) plan = pw_plan_read (stream, contents != NULL ? NULL : file, contents,
                                           report, schema, NULL);
  }

  return g_steal_pointer (&report);
}
