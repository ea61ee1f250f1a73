/* pw-plan.h: a plan (规划): its metadata, parts, chapters, indicators and comments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"
#include "pw-chapter.h"
#include "pw-comment.h"
#include "pw-findings.h"
#include "pw-history.h"
#include "pw-indicator.h"
#include "pw-part.h"
#include "pw-thresholds.h"
#include "pw-types.h"

G_BEGIN_DECLS

#define PW_TYPE_PLAN (pw_plan_get_type ())

G_DECLARE_FINAL_TYPE (PwPlan, pw_plan, PW, PLAN, PwObject)

PwPlan         *pw_plan_new               (void);
const char     *pw_plan_get_title         (PwPlan *self);
void            pw_plan_set_title         (PwPlan     *self,
                                           const char *title);
const char     *pw_plan_get_region        (PwPlan *self);
void            pw_plan_set_region        (PwPlan     *self,
                                           const char *region);
const char     *pw_plan_get_issuer        (PwPlan *self);
void            pw_plan_set_issuer        (PwPlan     *self,
                                           const char *issuer);
const char     *pw_plan_get_doc_number    (PwPlan *self);
void            pw_plan_set_doc_number    (PwPlan     *self,
                                           const char *doc_number);
const char     *pw_plan_get_issued        (PwPlan *self);
void            pw_plan_set_issued        (PwPlan     *self,
                                           const char *issued);
int             pw_plan_get_start_year    (PwPlan *self);
void            pw_plan_set_start_year    (PwPlan *self,
                                           int     start_year);
int             pw_plan_get_end_year      (PwPlan *self);
void            pw_plan_set_end_year      (PwPlan *self,
                                           int     end_year);
int             pw_plan_get_baseline_year (PwPlan *self);
void            pw_plan_set_baseline_year (PwPlan *self,
                                           int     baseline_year);
PwHeadingStyle  pw_plan_get_heading_style (PwPlan *self);
void            pw_plan_set_heading_style (PwPlan         *self,
                                           PwHeadingStyle  heading_style);
PwNumbering     pw_plan_get_numbering     (PwPlan *self);
void            pw_plan_set_numbering     (PwPlan      *self,
                                           PwNumbering  numbering);
const char     *pw_plan_get_preface       (PwPlan *self);
void            pw_plan_set_preface       (PwPlan     *self,
                                           const char *preface);
gboolean        pw_plan_get_sample        (PwPlan *self);
void            pw_plan_set_sample        (PwPlan   *self,
                                           gboolean  sample);
PwFindings     *pw_plan_get_findings      (PwPlan *self);
void            pw_plan_set_findings      (PwPlan     *self,
                                           PwFindings *findings);
PwHistory      *pw_plan_get_history       (PwPlan *self);
PwThresholds   *pw_plan_get_thresholds    (PwPlan *self);
char           *pw_plan_make_id           (PwPlan     *self,
                                           const char *prefix);
void            pw_plan_reserve_id        (PwPlan     *self,
                                           const char *id);
void            pw_plan_assign_ids        (PwPlan *self);
PwChapter      *pw_plan_find_chapter      (PwPlan     *self,
                                           const char *id);
PwIndicator    *pw_plan_find_indicator    (PwPlan     *self,
                                           const char *id);
PwChapter      *pw_plan_find_chapter_of   (PwPlan     *self,
                                           gpointer    part);
int             pw_plan_get_data_year     (PwPlan *self);
GListModel     *pw_plan_get_chapters      (PwPlan *self);
void            pw_plan_insert_chapter    (PwPlan    *self,
                                           guint      position,
                                           PwChapter *chapter);
void            pw_plan_insert_chapters   (PwPlan     *self,
                                           guint       position,
                                           PwChapter **chapters,
                                           guint       n_chapters);
void            pw_plan_remove_chapter    (PwPlan *self,
                                           guint   position);
void            pw_plan_move_chapter      (PwPlan *self,
                                           guint   from,
                                           guint   to);
PwPart         *pw_plan_find_part         (PwPlan     *self,
                                           const char *id);
GListModel     *pw_plan_get_parts         (PwPlan *self);
void            pw_plan_insert_part       (PwPlan *self,
                                           guint   position,
                                           PwPart *part);
void            pw_plan_remove_part       (PwPlan *self,
                                           guint   position);
void            pw_plan_move_part         (PwPlan *self,
                                           guint   from,
                                           guint   to);
GListModel     *pw_plan_get_indicators    (PwPlan *self);
void            pw_plan_insert_indicator  (PwPlan      *self,
                                           guint        position,
                                           PwIndicator *indicator);
void            pw_plan_insert_indicators (PwPlan       *self,
                                           guint         position,
                                           PwIndicator **indicators,
                                           guint         n_indicators);
void            pw_plan_remove_indicator  (PwPlan *self,
                                           guint   position);
void            pw_plan_move_indicator    (PwPlan *self,
                                           guint   from,
                                           guint   to);
GListModel     *pw_plan_get_comments      (PwPlan *self);
void            pw_plan_insert_comment    (PwPlan    *self,
                                           guint      position,
                                           PwComment *comment);
void            pw_plan_remove_comment    (PwPlan *self,
                                           guint   position);
void            pw_plan_move_comment      (PwPlan *self,
                                           guint   from,
                                           guint   to);

G_END_DECLS
