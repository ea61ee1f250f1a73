/* pw-export-base.h: the base of the dialogs that export a plan to a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_EXPORT_BASE (pw_export_base_get_type ())

G_DECLARE_DERIVABLE_TYPE (PwExportBase, pw_export_base, PW, EXPORT_BASE, GtkDialog)

/**
 * PwExportBaseClass:
 * @choose_file: asks where to write, through pw_export_base_choose_file(),
 *   when Export… is pressed
 * @export: writes the file chosen as the dialog's choices say
 * @failure_message: what the error dialog says when @export failed for the
 *   file shown as @name, e.g. Could not export the chart to “NAME”
 */
struct _PwExportBaseClass
{
  GtkDialogClass parent_class;

  void      (*choose_file)     (PwExportBase  *self);
  gboolean  (*export)          (PwExportBase  *self,
                                GFile         *file,
                                GError       **error);
  char     *(*failure_message) (PwExportBase  *self,
                                const char    *name);
};

PwPlan *pw_export_base_get_plan    (PwExportBase         *self);
void    pw_export_base_set_folder  (PwExportBase         *self,
                                    GFile                *folder);
void    pw_export_base_choose_file (PwExportBase         *self,
                                    const char           *title,
                                    GtkFileChooserAction  action,
                                    const char           *filter_name,
                                    const char           *pattern,
                                    const char           *mime_type,
                                    const char           *name);

G_END_DECLS
