/* pw-export-base.c: the base of the dialogs that export a plan to a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An export's dialog (a chart, spreadsheets) shows its choices above Cancel
 * and Export…; Export… hides it and asks where to write, in a modal file
 * chooser. Cancelled, the dialog comes back with its choices; answered, the
 * file is written (the class's export method), a failure is told in an
 * error dialog, and the dialog is destroyed.
 */

#define G_LOG_DOMAIN "pw-export-base"

#include "config.h"

#include "pw-export-base.h"

#include <glib/gi18n.h>

#include "pw-dialogs.h"

typedef struct
{
  /* Owned */
  PwPlan *plan;
  GFile *folder;
  GtkFileChooserNative *chooser; /* while it is up */
} PwExportBasePrivate;

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

enum {
  EXPORTED,
  N_SIGNALS
};

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PwExportBase, pw_export_base, GTK_TYPE_DIALOG)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Callbacks */

static void
chooser_response (PwExportBase         *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  PwExportBasePrivate *priv = pw_export_base_get_instance_private (self);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&priv->chooser);
  if (file == NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      return;
    }

  if (PW_EXPORT_BASE_GET_CLASS (self)->export (self, file, &error))
    g_signal_emit (self, signals[EXPORTED], 0, file);
  else
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *primary = PW_EXPORT_BASE_GET_CLASS (self)->failure_message (self, name);

      pw_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)), primary, error->message);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* GtkDialog overrides */

static void
pw_export_base_response (GtkDialog *dialog,
                         int        response)
{
  PwExportBase *self = PW_EXPORT_BASE (dialog);

  if (response == GTK_RESPONSE_ACCEPT)
    PW_EXPORT_BASE_GET_CLASS (self)->choose_file (self);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

/* GObject overrides */

static void
pw_export_base_constructed (GObject *object)
{
  GtkWidget *button;

  G_OBJECT_CLASS (pw_export_base_parent_class)->constructed (object);

  gtk_dialog_add_button (GTK_DIALOG (object), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (object), _("_Export…"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (object), GTK_RESPONSE_ACCEPT);
  /* Enter exports: the dialog's first choice (a drop-down, a radio button)
   * would take Enter or not pass it on to the default button */
  gtk_window_set_focus (GTK_WINDOW (object), button);
}

static void
pw_export_base_dispose (GObject *object)
{
  PwExportBase *self = PW_EXPORT_BASE (object);
  PwExportBasePrivate *priv = pw_export_base_get_instance_private (self);

  if (priv->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (priv->chooser));
  g_clear_object (&priv->chooser);
  g_clear_object (&priv->plan);
  g_clear_object (&priv->folder);

  G_OBJECT_CLASS (pw_export_base_parent_class)->dispose (object);
}

static void
pw_export_base_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PwExportBase *self = PW_EXPORT_BASE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, pw_export_base_get_plan (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_export_base_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PwExportBase *self = PW_EXPORT_BASE (object);
  PwExportBasePrivate *priv = pw_export_base_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_PLAN:
      priv->plan = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_export_base_class_init (PwExportBaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->constructed = pw_export_base_constructed;
  object_class->dispose = pw_export_base_dispose;
  object_class->get_property = pw_export_base_get_property;
  object_class->set_property = pw_export_base_set_property;
  dialog_class->response = pw_export_base_response;

  /**
   * PwExportBase:plan:
   *
   * The plan exported.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PwExportBase::exported:
   * @self: the dialog
   * @file: the file (or the folder) written
   *
   * The export was written to @file; the dialog is destroyed next.
   */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
}

static void
pw_export_base_init (PwExportBase *self)
{
}

/* Public API */

/**
 * pw_export_base_get_plan:
 * @self: an export's dialog
 *
 * Returns: (transfer none): the plan exported
 */
PwPlan *
pw_export_base_get_plan (PwExportBase *self)
{
  PwExportBasePrivate *priv = pw_export_base_get_instance_private (self);

  g_return_val_if_fail (PW_IS_EXPORT_BASE (self), NULL);

  return priv->plan;
}

/**
 * pw_export_base_set_folder:
 * @self: an export's dialog
 * @folder: (nullable): where the file chooser starts
 */
void
pw_export_base_set_folder (PwExportBase *self,
                           GFile        *folder)
{
  PwExportBasePrivate *priv = pw_export_base_get_instance_private (self);

  g_return_if_fail (PW_IS_EXPORT_BASE (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  g_set_object (&priv->folder, folder);
}

/**
 * pw_export_base_choose_file:
 * @self: an export's dialog, transient for the window the export is for
 * @title: the chooser's title
 * @action: saving a file, or choosing a folder
 * @filter_name: (nullable): the name of the one filter, e.g. PDF documents
 * @pattern: (nullable): its pattern
 * @mime_type: (nullable): its type
 * @name: (nullable): the file name suggested
 *
 * Hides @self and shows a modal chooser with its Export button, starting
 * in the dialog's folder, unless one is up already. For the class's
 * choose_file method.
 */
void
pw_export_base_choose_file (PwExportBase         *self,
                            const char           *title,
                            GtkFileChooserAction  action,
                            const char           *filter_name,
                            const char           *pattern,
                            const char           *mime_type,
                            const char           *name)
{
  PwExportBasePrivate *priv = pw_export_base_get_instance_private (self);

  g_return_if_fail (PW_IS_EXPORT_BASE (self));

  if (priv->chooser != NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  priv->chooser = gtk_file_chooser_native_new (title, gtk_window_get_transient_for (GTK_WINDOW (self)), action,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (priv->chooser), TRUE);
  if (filter_name != NULL)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, filter_name);
      if (pattern != NULL)
        gtk_file_filter_add_pattern (filter, pattern);
      if (mime_type != NULL)
        gtk_file_filter_add_mime_type (filter, mime_type);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (priv->chooser), filter);
    }
  if (priv->folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (priv->chooser), priv->folder, NULL);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (priv->chooser), name);
  g_signal_connect_object (priv->chooser, "response", G_CALLBACK (chooser_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (priv->chooser));
}
