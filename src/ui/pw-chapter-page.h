/* pw-chapter-page.h: one chapter of a plan: its text, sections, 专栏 and projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pw-plan-page.h"

#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_TYPE_CHAPTER_PAGE (pw_chapter_page_get_type ())

G_DECLARE_FINAL_TYPE (PwChapterPage, pw_chapter_page, PW, CHAPTER_PAGE, PwPlanPage)

GtkWidget *pw_chapter_page_new          (void);
PwChapter *pw_chapter_page_get_chapter  (PwChapterPage *self);
void       pw_chapter_page_set_chapter  (PwChapterPage *self,
                                         PwChapter     *chapter);
void       pw_chapter_page_show_part    (PwChapterPage *self,
                                         GObject       *part);
gboolean   pw_chapter_page_commit       (PwChapterPage *self);

G_END_DECLS
