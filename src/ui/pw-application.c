/* pw-application.c: the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One instance per session: files opened from the file manager or the
 * command line go to the running instance, which presents a window that
 * already shows the file or opens a new one. Command-line commands (--check,
 * --import …) run in the calling process, before any of that, and need no
 * display (see src/cli/pw-cli.c).
 */

#define G_LOG_DOMAIN "pw-application"

#include "config.h"

#include "pw-application.h"

#include <glib/gi18n.h>

#include "pw-cli.h"
#include "pw-draft.h"
#include "pw-open.h"
#include "pw-window.h"

/* The hint of GApplication::open that asks for windows that do not edit. */
#define HINT_READ_ONLY "read-only"

struct _PwApplication
{
  GtkApplication parent_instance;

  /* Owned */
  GPtrArray *pending_files;
  gboolean pending_read_only;
  gboolean drafts_offered; /* the drafts left by a crash, once per run */
};

G_DEFINE_FINAL_TYPE (PwApplication, pw_application, GTK_TYPE_APPLICATION)

/* Auxiliary methods */

static PwWindow *
find_window_for_file (PwApplication *self,
                      GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GFile *shown;

      if (!PW_IS_WINDOW (l->data))
        continue;
      shown = pw_window_get_file (l->data);
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}

static void
open_files (PwApplication  *self,
            GFile         **files,
            int             n_files,
            gboolean        read_only)
{
  for (int i = 0; i < n_files; i++)
    {
      PwWindow *window = find_window_for_file (self, files[i]);

      if (window == NULL)
        {
          /* the window the file was opened from (before the new one is the
           * active one): a file that cannot be opened leaves no empty window
           * behind, its error shown there */
          GtkWindow *from = gtk_application_get_active_window (GTK_APPLICATION (self));

          window = pw_window_new (self);
          pw_window_set_read_only (window, read_only);
          if (!pw_window_load_file_full (window, files[i], from) && from != NULL)
            {
              gtk_window_destroy (GTK_WINDOW (window));
              continue;
            }
        }
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* The drafts of unsaved changes that a crash or a kill left, each offered
 * in the window of its file (opened for it if need be), or in an empty
 * window for a plan never saved. */
static void
offer_drafts (PwApplication *self)
{
  g_autoptr(GPtrArray) orphans = NULL;

  if (self->drafts_offered)
    return;
  self->drafts_offered = TRUE;

  orphans = pw_draft_claim_orphans ();
  for (guint i = 0; i < orphans->len; i++)
    {
      PwDraft *draft = orphans->pdata[i];
      GFile *file = pw_draft_get_file (draft);
      PwWindow *window = file != NULL ? find_window_for_file (self, file) : NULL;

      if (window != NULL && pw_window_get_offered_draft (window) != NULL)
        window = NULL;
      if (window == NULL)
        {
          GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

          if (PW_IS_WINDOW (active) && pw_window_get_plan (PW_WINDOW (active)) == NULL &&
              pw_window_get_offered_draft (PW_WINDOW (active)) == NULL)
            window = PW_WINDOW (active);
          else
            window = pw_window_new (self);
          /* the file as it is on the disk, to compare the draft with */
          if (file != NULL && g_file_query_exists (file, NULL))
            pw_window_load_file (window, file);
        }
      pw_window_offer_draft (window, draft);
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* Callbacks */

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PwApplication *self = user_data;

  /* a copy: closing a window takes it out of the application's list */
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  for (GList *l = windows; l; l = l->next)
    g_object_ref (l->data);
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  PwApplication *self = user_data;
  static const char *developers[] = { "Plan Workbench developers", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "program-name", _("Plan Workbench"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Draft, monitor and review five-year plans: indicators, key projects and their progress."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         /* Translators: your name, to be credited in the About dialog */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* GApplication overrides */

static int
pw_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  PwApplication *self = PW_APPLICATION (application);
  g_autofree const char **names = NULL;
  g_autoptr(GError) error = NULL;
  gboolean read_only;
  int status;

  status = pw_cli_handle_options (options);
  if (status >= 0)
    return status;

  read_only = g_variant_dict_contains (options, "read-only");
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &names);

  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (names != NULL)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; names[i] != NULL; i++)
        g_ptr_array_add (files, pw_file_new_for_arg (names[i]));

      /* A running instance gets the files; this one then has nothing to do. */
      if (g_application_get_is_remote (application))
        {
          g_application_open (application, (GFile **) files->pdata, files->len,
                              read_only ? HINT_READ_ONLY : "");
          return EXIT_SUCCESS;
        }

      self->pending_files = g_steal_pointer (&files);
      self->pending_read_only = read_only;
    }

  return -1;
}

static void
pw_application_activate (GApplication *application)
{
  PwApplication *self = PW_APPLICATION (application);
  GtkWindow *window;

  if (self->pending_files != NULL)
    {
      g_autoptr(GPtrArray) files = g_steal_pointer (&self->pending_files);

      open_files (self, (GFile **) files->pdata, files->len, self->pending_read_only);
      offer_drafts (self);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (pw_window_new (self));
  gtk_window_present (window);
  offer_drafts (self);
}

static void
pw_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  open_files (PW_APPLICATION (application), files, n_files, g_strcmp0 (hint, HINT_READ_ONLY) == 0);
  offer_drafts (PW_APPLICATION (application));
}

/* The windows load the style sheet, and build their keyboard shortcuts
 * window when it is first asked for (GtkApplication's gtk/help-overlay.ui
 * would be built for every window as it opens). */
static void
pw_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated },
    { "about", about_activated },
  };
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.show-page::overview", { "<Alt>1", NULL } },
    { "win.show-page::indicators", { "<Alt>2", NULL } },
    { "win.show-page::charts", { "<Alt>3", NULL } },
    { "win.export-chart", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.add-comment", { "<Control><Alt>m", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };
  G_APPLICATION_CLASS (pw_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action, accels[i].accels);

}

/* GObject overrides */

static void
pw_application_finalize (GObject *object)
{
  PwApplication *self = (PwApplication *) object;

  g_clear_pointer (&self->pending_files, g_ptr_array_unref);

  G_OBJECT_CLASS (pw_application_parent_class)->finalize (object);
}

static void
pw_application_class_init (PwApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = pw_application_finalize;

  application_class->handle_local_options = pw_application_handle_local_options;
  application_class->activate = pw_application_activate;
  application_class->open = pw_application_open;
  application_class->startup = pw_application_startup;
}

static void
pw_application_init (PwApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), pw_cli_get_option_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self), pw_cli_get_summary ());
}

/* Whether @dri_dir holds a GPU's render node (renderD128 …), through which
 * Mesa draws in hardware; without one its OpenGL is llvmpipe, in software. */
static gboolean
has_render_node (const char *dri_dir)
{
  g_autoptr(GDir) dir = g_dir_open (dri_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;
  return FALSE;
}

/* Public API */

/**
 * pw_application_choose_renderer:
 * @dri_dir: (nullable): the folder of the graphics devices; %NULL for
 *   /dev/dri
 *
 * Chooses how GTK draws, through its environment: to be called before GTK
 * is initialised, while the program has no other thread.
 *
 * With GTK's Cairo renderer (GSK_RENDERER=cairo) nothing draws with OpenGL,
 * yet GDK 4.8 loads it all the same to choose the window's visual (Mesa,
 * and for llvmpipe LLVM: 49 MB resident and about 0.1 s of start-up on
 * Xvfb): OpenGL is then disabled (GDK_DEBUG=gl-disable). With no renderer
 * chosen and no render node in @dri_dir, OpenGL could only be Mesa's
 * software rasterizer, on which GTK 4.8's GL renderer draws the grid more
 * slowly than Cairo and holds about 90 MB more: Cairo is chosen, and
 * OpenGL disabled. A choice made in the environment (GSK_RENDERER or
 * GDK_DEBUG set) is kept as it is.
 */
void
pw_application_choose_renderer (const char *dri_dir)
{
  const char *renderer = g_getenv ("GSK_RENDERER");

  if (g_getenv ("GDK_DEBUG") != NULL)
    return;
  if (renderer == NULL && !has_render_node (dri_dir != NULL ? dri_dir : "/dev/dri"))
    {
      g_setenv ("GSK_RENDERER", "cairo", TRUE);
      renderer = "cairo";
    }
  if (g_strcmp0 (renderer, "cairo") == 0)
    g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
}

PwApplication *
pw_application_new (void)
{
  return g_object_new (PW_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/planworkbench/PlanWorkbench",
                       NULL);
}
