/* pw-overview-page.h: a plan's metadata, counts and import report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan-page.h"

#include "pw-plan.h"
#include "pw-findings.h"

G_BEGIN_DECLS

#define PW_TYPE_OVERVIEW_PAGE (pw_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (PwOverviewPage, pw_overview_page, PW, OVERVIEW_PAGE, PwPlanPage)

GtkWidget  *pw_overview_page_new          (void);
PwFindings *pw_overview_page_get_findings (PwOverviewPage *self);
void        pw_overview_page_set_findings (PwOverviewPage *self,
                                           PwFindings     *findings);
gboolean    pw_overview_page_commit       (PwOverviewPage *self);
void        pw_overview_page_show_report  (PwOverviewPage *self);

G_END_DECLS
