/* pw-draft.c: the autosaved copy of a plan's unsaved changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window with unsaved changes writes them, every little while, to a draft
 * of its own in the user's state folder ($XDG_STATE_HOME/plan-workbench/
 * drafts, ~/.local/state/… by default), never over the user's file; the
 * draft is removed once the plan is saved, or closed and its changes
 * discarded. A draft that is still there when the program starts again is
 * what a crash, a kill or a power cut left, and is offered for recovery.
 *
 * One draft is three files named by a random id: ID.plan, the plan in the
 * .plan format, written atomically; ID.ini, which file (or imported
 * document) it is a draft of and the plan's title; ID.lock, which the
 * process that owns the draft holds locked (flock) for as long as it runs.
 * The kernel lets go of the lock when the process ends, however it ends, so
 * a draft whose lock can be taken has no owner: it is an orphan. Orphans are
 * claimed (locked) by the one process that finds them first, so two windows
 * or two instances never offer the same draft.
 */

#define G_LOG_DOMAIN "pw-draft"

#include "config.h"

#include "pw-draft.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "pw-plan-file.h"

#define GROUP "Draft"

struct _PwDraft
{
  GObject parent_instance;

  /* Owned */
  char *id;
  GFile *file;        /* the plan's .plan file, NULL if never saved */
  GFile *source;      /* the document it was imported from, if any */
  char *title;
  GDateTime *time;    /* of the last write */
  int lock_fd;        /* -1 until the draft is first written */
  gboolean written;
};

G_DEFINE_FINAL_TYPE (PwDraft, pw_draft, G_TYPE_OBJECT)

/* Auxiliary methods */

static char *
draft_path (PwDraft    *self,
            const char *suffix)
{
  g_autofree char *folder = pw_draft_get_folder ();
  g_autofree char *name = g_strconcat (self->id, suffix, NULL);

  return g_build_filename (folder, name, NULL);
}

static gboolean
make_folder (GError **error)
{
  g_autofree char *folder = pw_draft_get_folder ();

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not make the folder of unsaved changes “%s”: %s"),
                   folder, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Opens and locks ID.lock without waiting: -1 if another process holds it
 * (or it cannot be opened). */
static int
take_lock (const char *path)
{
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    return -1;
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      return -1;
    }
  return fd;
}

static gboolean
write_info (PwDraft  *self,
            GError  **error)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *path = draft_path (self, ".ini");
  g_autofree char *data = NULL;
  gsize length;

  if (self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);
      g_key_file_set_string (info, GROUP, "File", uri);
    }
  if (self->source != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->source);
      g_key_file_set_string (info, GROUP, "Source", uri);
    }
  g_key_file_set_string (info, GROUP, "Title", self->title != NULL ? self->title : "");
  data = g_key_file_to_data (info, &length, NULL);

  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static void
read_info (PwDraft *self)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *path = draft_path (self, ".ini");
  g_autofree char *file = NULL;
  g_autofree char *source = NULL;

  /* without its .ini (killed between the two writes) a draft is of an
   * untitled plan: its content is what matters */
  if (!g_key_file_load_from_file (info, path, G_KEY_FILE_NONE, NULL))
    return;

  file = g_key_file_get_string (info, GROUP, "File", NULL);
  source = g_key_file_get_string (info, GROUP, "Source", NULL);
  if (file != NULL && *file != '\0')
    self->file = g_file_new_for_uri (file);
  if (source != NULL && *source != '\0')
    self->source = g_file_new_for_uri (source);
  self->title = g_key_file_get_string (info, GROUP, "Title", NULL);
}

/* Removes the files of draft @id, its lock last. */
static void
remove_files (const char *folder,
              const char *id)
{
  static const char * const suffixes[] = { ".plan", ".ini", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (id, suffixes[i], NULL);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_unlink (path) != 0 && errno != ENOENT)
        g_message ("Could not remove %s: %s", path, g_strerror (errno));
    }
}

/* GObject overrides */

static void
pw_draft_finalize (GObject *object)
{
  PwDraft *self = (PwDraft *) object;

  /* the files stay: a draft let go of without being discarded is offered
   * again next time */
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  g_free (self->id);
  g_clear_object (&self->file);
  g_clear_object (&self->source);
  g_free (self->title);
  g_clear_pointer (&self->time, g_date_time_unref);

  G_OBJECT_CLASS (pw_draft_parent_class)->finalize (object);
}

static void
pw_draft_class_init (PwDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_draft_finalize;
}

static void
pw_draft_init (PwDraft *self)
{
  self->lock_fd = -1;
}

/* Public API */

/**
 * pw_draft_get_folder:
 *
 * Returns: (transfer full): the folder of the drafts,
 *   $XDG_STATE_HOME/plan-workbench/drafts: state that must outlive a crash,
 *   where a cache might be cleaned
 */
char *
pw_draft_get_folder (void)
{
  return g_build_filename (g_get_user_state_dir (), "plan-workbench", "drafts", NULL);
}

/**
 * pw_draft_new:
 * @file: (nullable): the plan's .plan file, %NULL if it has none yet
 * @source: (nullable): the document the plan was imported from
 *
 * A new draft, of this process. Nothing is written until pw_draft_write().
 *
 * Returns: (transfer full): the draft
 */
PwDraft *
pw_draft_new (GFile *file,
              GFile *source)
{
  PwDraft *self = g_object_new (PW_TYPE_DRAFT, NULL);

  self->id = g_uuid_string_random ();
  pw_draft_set_files (self, file, source);
  return self;
}

/**
 * pw_draft_claim_orphans:
 *
 * Finds the drafts that no running process owns (left by a crash or a kill)
 * and locks them for this process. Removes what is left of drafts without a
 * plan (a kill during the first write) and temporary files of dead writes.
 *
 * Returns: (transfer container) (element-type PwDraft): the orphans, the
 *   newest first
 */
GPtrArray *
pw_draft_claim_orphans (void)
{
  g_autofree char *folder = pw_draft_get_folder ();
  GPtrArray *orphans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  GHashTableIter iter;
  gpointer key;

  if (dir == NULL)
    return orphans;

  /* the id is the name up to its first dot: ID.plan, ID.ini, ID.lock and
   * g_file_set_contents()' ID.plan.XXXXXX */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      const char *dot = strchr (name, '.');

      if (dot != NULL && dot > name)
        g_hash_table_add (ids, g_strndup (name, dot - name));
    }

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *id = key;
      g_autofree char *lock = g_strconcat (folder, G_DIR_SEPARATOR_S, id, ".lock", NULL);
      g_autofree char *plan = g_strconcat (folder, G_DIR_SEPARATOR_S, id, ".plan", NULL);
      g_autoptr(GDir) again = NULL;
      GStatBuf st;
      PwDraft *draft;
      int fd = take_lock (lock);

      if (fd < 0)
        continue;   /* a live draft, of this process or another */

      /* the temporary files of a write that died with its process */
      again = g_dir_open (folder, 0, NULL);
      while (again != NULL && (name = g_dir_read_name (again)) != NULL)
        if (g_str_has_prefix (name, id) && g_str_has_prefix (name + strlen (id), ".plan."))
          {
            g_autofree char *path = g_build_filename (folder, name, NULL);
            g_unlink (path);
          }

      if (g_stat (plan, &st) != 0)
        {
          remove_files (folder, id);
          close (fd);
          continue;
        }

      draft = g_object_new (PW_TYPE_DRAFT, NULL);
      draft->id = g_strdup (id);
      draft->lock_fd = fd;
      draft->written = TRUE;
      draft->time = g_date_time_new_from_unix_local (st.st_mtime);
      read_info (draft);
      g_ptr_array_add (orphans, draft);
    }

  /* newest first */
  for (guint i = 1; i < orphans->len; i++)
    for (guint j = i; j > 0 &&
         g_date_time_compare (pw_draft_get_time (orphans->pdata[j - 1]),
                              pw_draft_get_time (orphans->pdata[j])) < 0; j--)
      {
        gpointer swap = orphans->pdata[j];
        orphans->pdata[j] = orphans->pdata[j - 1];
        orphans->pdata[j - 1] = swap;
      }

  return orphans;
}

const char *
pw_draft_get_id (PwDraft *self)
{
  g_return_val_if_fail (PW_IS_DRAFT (self), NULL);

  return self->id;
}

/**
 * pw_draft_get_file:
 * @self: a draft
 *
 * Returns: (transfer none) (nullable): the .plan file it is a draft of
 */
GFile *
pw_draft_get_file (PwDraft *self)
{
  g_return_val_if_fail (PW_IS_DRAFT (self), NULL);

  return self->file;
}

/**
 * pw_draft_get_source:
 * @self: a draft
 *
 * Returns: (transfer none) (nullable): the document the plan was imported
 *   from, for a plan never saved
 */
GFile *
pw_draft_get_source (PwDraft *self)
{
  g_return_val_if_fail (PW_IS_DRAFT (self), NULL);

  return self->source;
}

/**
 * pw_draft_set_files:
 * @self: a draft
 * @file: (nullable): the plan's .plan file
 * @source: (nullable): the document it was imported from
 *
 * What the draft is of; recorded at the next write.
 */
void
pw_draft_set_files (PwDraft *self,
                    GFile   *file,
                    GFile   *source)
{
  g_return_if_fail (PW_IS_DRAFT (self));

  g_set_object (&self->file, file);
  g_set_object (&self->source, source);
}

/**
 * pw_draft_get_title:
 * @self: a draft
 *
 * Returns: (nullable): the plan's title when the draft was last written
 */
const char *
pw_draft_get_title (PwDraft *self)
{
  g_return_val_if_fail (PW_IS_DRAFT (self), NULL);

  return self->title;
}

/**
 * pw_draft_get_time:
 * @self: a draft
 *
 * Returns: (transfer none) (nullable): when the draft was last written,
 *   %NULL if it has not been
 */
GDateTime *
pw_draft_get_time (PwDraft *self)
{
  g_return_val_if_fail (PW_IS_DRAFT (self), NULL);

  return self->time;
}

/**
 * pw_draft_get_written:
 * @self: a draft
 *
 * Returns: whether the draft is on the disk
 */
gboolean
pw_draft_get_written (PwDraft *self)
{
  g_return_val_if_fail (PW_IS_DRAFT (self), FALSE);

  return self->written;
}

/**
 * pw_draft_write:
 * @self: a draft
 * @plan: the plan with its unsaved changes
 * @error: return location for an error
 *
 * Writes @plan to the draft, replacing what it held, atomically.
 *
 * Returns: whether the draft was written
 */
gboolean
pw_draft_write (PwDraft  *self,
                PwPlan   *plan,
                GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (PW_IS_DRAFT (self), FALSE);
  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = pw_plan_to_bytes (plan, error);
  if (bytes == NULL)
    return FALSE;

  if (self->lock_fd < 0)
    {
      g_autofree char *lock = NULL;

      if (!make_folder (error))
        return FALSE;
      lock = draft_path (self, ".lock");
      self->lock_fd = take_lock (lock);
      if (self->lock_fd < 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Could not lock the draft “%s”"), lock);
          return FALSE;
        }
    }

  g_free (self->title);
  self->title = g_strdup (pw_plan_get_title (plan));

  /* the .ini first: a draft whose .ini is missing is taken as untitled */
  path = draft_path (self, ".plan");
  if (!write_info (self, error) ||
      !g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  self->written = TRUE;
  g_clear_pointer (&self->time, g_date_time_unref);
  self->time = g_date_time_new_now_local ();
  return TRUE;
}

/**
 * pw_draft_load:
 * @self: a draft that has been written
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the plan the draft holds
 */
PwPlan *
pw_draft_load (PwDraft  *self,
               GError  **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (PW_IS_DRAFT (self), NULL);

  path = draft_path (self, ".plan");
  file = g_file_new_for_path (path);
  return pw_plan_load (file, error);
}

/**
 * pw_draft_discard:
 * @self: a draft
 *
 * Removes the draft from the disk: its changes were saved, or the user
 * chose to discard them. The draft can be written again afterwards.
 */
void
pw_draft_discard (PwDraft *self)
{
  g_autofree char *folder = NULL;

  g_return_if_fail (PW_IS_DRAFT (self));

  if (self->lock_fd < 0)
    return;

  folder = pw_draft_get_folder ();
  remove_files (folder, self->id);
  close (self->lock_fd);
  self->lock_fd = -1;
  self->written = FALSE;
  g_clear_pointer (&self->time, g_date_time_unref);
}
