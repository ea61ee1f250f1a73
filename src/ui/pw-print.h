/* pw-print.h: printing the report of a plan through GtkPrintOperation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_PRINT_OPERATION (pw_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (PwPrintOperation, pw_print_operation, PW, PRINT_OPERATION, GtkPrintOperation)

GtkPrintOperation *pw_print_operation_new            (PwPlan             *plan,
                                                      GtkPrintSettings   *settings,
                                                      GtkPageSetup       *page_setup);
GtkPageSetup      *pw_print_operation_get_page_setup (GtkPrintOperation  *operation);
GtkPageSetup      *pw_print_default_page_setup       (void);
gboolean           pw_print_export_pdf               (PwPlan             *plan,
                                                      GtkPageSetup       *page_setup,
                                                      GFile              *file,
                                                      GError            **error);

G_END_DECLS
