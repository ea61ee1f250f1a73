/* pw-file-watch.c: notices when another program changes a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Remembers what the file on the disk was when the window read or wrote it
 * (its modification time, size, inode and device: another program's atomic
 * save gives a new inode even within the same second) and compares. A
 * GFileMonitor says when to look; "changed" is emitted, once per change,
 * when what is on the disk is no longer what was remembered. Saving asks
 * pw_file_watch_get_changed() itself, so a change is caught even when the
 * monitor missed it (a network folder, a symbolic link to elsewhere).
 */

#define G_LOG_DOMAIN "pw-file-watch"

#include "config.h"

#include "pw-file-watch.h"

/* Writers write in several steps: look once they have been quiet this long. */
#define SETTLE_MS 250

struct _PwFileWatch
{
  GObject parent_instance;

  /* Owned */
  GFile *file;
  GFileMonitor *monitor;
  char *known;     /* the file's identity when last read or written; "" if absent */
  char *reported;  /* the identity last reported as a change */
  guint settle_id;
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PwFileWatch, pw_file_watch, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

/* Auxiliary methods */

/* What identifies the version of the file on the disk; "" if there is none. */
static char *
query_identity (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_UNIX_INODE ","
                                                 G_FILE_ATTRIBUTE_UNIX_DEVICE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return g_strdup ("");

  return g_strdup_printf ("%" G_GUINT64_FORMAT ".%06u:%" G_GINT64_FORMAT ":%" G_GUINT64_FORMAT ":%u",
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED),
                          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC),
                          g_file_info_get_size (info),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_DEVICE));
}

/* Callbacks */

static gboolean
settled_cb (gpointer data)
{
  PwFileWatch *self = data;
  g_autofree char *now = query_identity (self->file);

  self->settle_id = 0;
  if (g_strcmp0 (now, self->known) != 0 && g_strcmp0 (now, self->reported) != 0)
    {
      g_free (self->reported);
      self->reported = g_steal_pointer (&now);
      g_signal_emit (self, signals[CHANGED], 0);
    }
  return G_SOURCE_REMOVE;
}

static void
monitor_changed_cb (PwFileWatch       *self,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
      return;
    default:
      break;
    }

  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, settled_cb, self);
}

/* GObject overrides */

static void
pw_file_watch_dispose (GObject *object)
{
  PwFileWatch *self = (PwFileWatch *) object;

  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);

  G_OBJECT_CLASS (pw_file_watch_parent_class)->dispose (object);
}

static void
pw_file_watch_finalize (GObject *object)
{
  PwFileWatch *self = (PwFileWatch *) object;

  g_clear_object (&self->file);
  g_free (self->known);
  g_free (self->reported);

  G_OBJECT_CLASS (pw_file_watch_parent_class)->finalize (object);
}

static void
pw_file_watch_class_init (PwFileWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pw_file_watch_dispose;
  object_class->finalize = pw_file_watch_finalize;

  /**
   * PwFileWatch::changed:
   * @self: the watch
   *
   * Another program changed, replaced, moved or deleted the file.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pw_file_watch_init (PwFileWatch *self)
{
}

/* Public API */

/**
 * pw_file_watch_new:
 * @file: a file just read or written
 *
 * Returns: (transfer full): a watch that remembers @file as it is now
 */
PwFileWatch *
pw_file_watch_new (GFile *file)
{
  PwFileWatch *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (PW_TYPE_FILE_WATCH, NULL);
  self->file = g_object_ref (file);
  self->known = query_identity (file);
  /* a file that cannot be watched is still compared when saving */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self,
                             G_CONNECT_SWAPPED);
  return self;
}

/**
 * pw_file_watch_get_file:
 * @self: a watch
 *
 * Returns: (transfer none): the file watched
 */
GFile *
pw_file_watch_get_file (PwFileWatch *self)
{
  g_return_val_if_fail (PW_IS_FILE_WATCH (self), NULL);

  return self->file;
}

/**
 * pw_file_watch_get_changed:
 * @self: a watch
 *
 * Looks at the disk now.
 *
 * Returns: whether the file is no longer the version last read or written
 */
gboolean
pw_file_watch_get_changed (PwFileWatch *self)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (PW_IS_FILE_WATCH (self), FALSE);

  now = query_identity (self->file);
  return g_strcmp0 (now, self->known) != 0;
}

/**
 * pw_file_watch_get_deleted:
 * @self: a watch
 *
 * Returns: whether the file is gone (deleted, or moved away)
 */
gboolean
pw_file_watch_get_deleted (PwFileWatch *self)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (PW_IS_FILE_WATCH (self), FALSE);

  now = query_identity (self->file);
  return *now == '\0';
}

/**
 * pw_file_watch_reset:
 * @self: a watch
 *
 * Remembers the file as it is now: the window has just written or read it,
 * or the user chose to keep their version over the other program's.
 */
void
pw_file_watch_reset (PwFileWatch *self)
{
  g_return_if_fail (PW_IS_FILE_WATCH (self));

  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_free (self->known);
  self->known = query_identity (self->file);
  g_clear_pointer (&self->reported, g_free);
}
