/* pw-outline.h: the plan as a tree in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwPage:
 * @PW_PAGE_OVERVIEW: the plan's metadata, counts and import report
 * @PW_PAGE_INDICATORS: the indicator grid
 * @PW_PAGE_CHARTS: the charts
 * @PW_PAGE_CHAPTER: a chapter, at a section or 专栏 of it
 */
typedef enum
{
  PW_PAGE_OVERVIEW,
  PW_PAGE_INDICATORS,
  PW_PAGE_CHARTS,
  PW_PAGE_CHAPTER,
} PwPage;

#define PW_TYPE_OUTLINE (pw_outline_get_type ())

G_DECLARE_FINAL_TYPE (PwOutline, pw_outline, PW, OUTLINE, GtkWidget)

GtkWidget *pw_outline_new          (void);
void       pw_outline_set_plan     (PwOutline *self,
                                    PwPlan    *plan);
PwPage     pw_outline_get_page     (PwOutline *self);
GObject   *pw_outline_get_selected (PwOutline *self);
void       pw_outline_select_page  (PwOutline *self,
                                    PwPage     page);
gboolean   pw_outline_select_object (PwOutline *self,
                                     GObject   *object);
void       pw_outline_set_editable  (PwOutline *self,
                                     gboolean   editable);
void       pw_outline_reveal        (PwOutline *self,
                                     GObject   *object);

GMenuModel *pw_outline_menu_for (const char *id);

G_END_DECLS
