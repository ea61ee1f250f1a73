/* pw-service-row.h: a row of a chapter's list of service items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-service-item.h"

G_BEGIN_DECLS

#define PW_TYPE_SERVICE_ROW (pw_service_row_get_type ())

G_DECLARE_FINAL_TYPE (PwServiceRow, pw_service_row, PW, SERVICE_ROW, GtkBox)

GtkWidget *pw_service_row_new (PwServiceItem *item);

G_END_DECLS
