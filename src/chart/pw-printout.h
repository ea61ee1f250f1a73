/* pw-printout.h: the printed report of a plan's progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pw-plan.h"

G_BEGIN_DECLS

/* A4 in points */
#define PW_PRINTOUT_A4_WIDTH 595.276
#define PW_PRINTOUT_A4_HEIGHT 841.89

/**
 * PwPrintout:
 *
 * The pages of the report for one plan at one page size, worked out once:
 * for a print operation that asks for the pages one by one. The plan must
 * not change while a #PwPrintout of it is in use.
 */
typedef struct _PwPrintout PwPrintout;

PwPrintout *pw_printout_new               (PwPlan      *plan,
                                           double       page_width,
                                           double       page_height);
void        pw_printout_free              (PwPrintout  *printout);
guint       pw_printout_get_page_count    (PwPrintout  *printout);
void        pw_printout_draw_page         (PwPrintout  *printout,
                                           guint        page,
                                           cairo_t     *cr);

guint       pw_printout_get_n_pages       (PwPlan      *plan,
                                           double       page_width,
                                           double       page_height);
void        pw_printout_render_page       (PwPlan      *plan,
                                           guint        page,
                                           cairo_t     *cr,
                                           double       page_width,
                                           double       page_height);
/**
 * PwPrintoutDrawPage:
 * @data: the caller's data
 * @page: the page, from 0
 * @cr: where to draw, on A4 in points
 */
typedef void (*PwPrintoutDrawPage) (gpointer  data,
                                    guint     page,
                                    cairo_t  *cr);

gboolean    pw_printout_write_pdf         (const char          *title,
                                           guint                n_pages,
                                           PwPrintoutDrawPage   draw_page,
                                           gpointer             data,
                                           GFile               *file,
                                           GError             **error);
gboolean    pw_printout_export_pdf        (PwPlan      *plan,
                                           GFile       *file,
                                           GError     **error);
GDateTime  *pw_printout_get_print_date    (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwPrintout, pw_printout_free)

G_END_DECLS
