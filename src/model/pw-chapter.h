/* pw-chapter.h: a chapter of a plan (第X章 / 一、)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-heading.h"
#include "pw-box.h"
#include "pw-part.h"
#include "pw-section.h"
#include "pw-service-item.h"

G_BEGIN_DECLS

#define PW_TYPE_CHAPTER (pw_chapter_get_type ())

G_DECLARE_FINAL_TYPE (PwChapter, pw_chapter, PW, CHAPTER, PwHeading)

PwChapter  *pw_chapter_new                 (void);
int         pw_chapter_get_number          (PwChapter *self);
void        pw_chapter_set_number          (PwChapter *self,
                                            int        number);
const char *pw_chapter_get_title           (PwChapter *self);
void        pw_chapter_set_title           (PwChapter  *self,
                                            const char *title);
const char *pw_chapter_get_text            (PwChapter *self);
void        pw_chapter_set_text            (PwChapter  *self,
                                            const char *text);
PwPart     *pw_chapter_get_part            (PwChapter *self);
void        pw_chapter_set_part            (PwChapter *self,
                                            PwPart    *part);
GListModel *pw_chapter_get_sections        (PwChapter *self);
void        pw_chapter_insert_section      (PwChapter *self,
                                            guint      position,
                                            PwSection *section);
void        pw_chapter_insert_sections     (PwChapter  *self,
                                            guint       position,
                                            PwSection **sections,
                                            guint       n_sections);
void        pw_chapter_remove_section      (PwChapter *self,
                                            guint      position);
void        pw_chapter_move_section        (PwChapter *self,
                                            guint      from,
                                            guint      to);
GListModel *pw_chapter_get_boxes           (PwChapter *self);
void        pw_chapter_insert_box          (PwChapter *self,
                                            guint      position,
                                            PwBox     *box);
void        pw_chapter_insert_boxes        (PwChapter *self,
                                            guint      position,
                                            PwBox    **boxes,
                                            guint      n_boxes);
void        pw_chapter_remove_box          (PwChapter *self,
                                            guint      position);
void        pw_chapter_move_box            (PwChapter *self,
                                            guint      from,
                                            guint      to);
GListModel *pw_chapter_get_service_items   (PwChapter *self);
void        pw_chapter_insert_service_item (PwChapter     *self,
                                            guint          position,
                                            PwServiceItem *service_item);
void        pw_chapter_insert_service_items (PwChapter      *self,
                                             guint           position,
                                             PwServiceItem **service_items,
                                             guint           n_service_items);
void        pw_chapter_remove_service_item (PwChapter *self,
                                            guint      position);
void        pw_chapter_move_service_item   (PwChapter *self,
                                            guint      from,
                                            guint      to);

G_END_DECLS
