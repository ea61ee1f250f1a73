/* pw-plan-template.c: the skeletons a new plan starts from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headings are those most plans print (they belong to the document, so
 * they are Chinese in every language of the interface), built with the
 * editing rules of pw-plan-edit.h so that they are numbered and given ids as
 * a plan drafted by hand would be. The history starts empty: a template is
 * where the drafting starts, not a step to undo.
 */

#define G_LOG_DOMAIN "pw-plan-template"

#include "config.h"

#include "pw-plan-template.h"

#include "pw-plan-edit.h"

typedef struct
{
  const char *title;
  const char *sections[5];
} Skeleton;

/* 专项规划 */
static const Skeleton special[] = {
  { "发展基础", { "发展成就", "面临形势", NULL } },
  { "总体要求", { "指导思想", "基本原则", "主要目标", NULL } },
  { "主要任务", { NULL } },
  { "保障措施", { "加强组织领导", "强化要素保障", "健全监测评估", NULL } },
};

typedef struct
{
  const char *title;
  Skeleton chapters[3];
} PartSkeleton;

/* 纲要 */
static const PartSkeleton outline[] = {
  { "发展环境和总体要求", {
      { "发展基础和发展环境", { "发展成就", "面临形势", NULL } },
      { "指导思想和基本原则", { "指导思想", "基本原则", NULL } },
      { "主要目标", { NULL } },
  } },
  { "主要任务", {
      { "重点任务", { NULL } },
  } },
  { "规划实施保障", {
      { "加强组织领导", { NULL } },
      { "健全规划实施机制", { "强化规划衔接", "加强监测评估", NULL } },
  } },
};

static void
add_chapter (PwPlan         *plan,
             GObject        *anchor,
             const Skeleton *skeleton)
{
  GObject *last = pw_plan_add (plan, PW_TYPE_CHAPTER, anchor, TRUE, skeleton->title);

  for (guint i = 0; skeleton->sections[i] != NULL; i++)
    last = pw_plan_add (plan, PW_TYPE_SECTION, last, TRUE, skeleton->sections[i]);
}

/**
 * pw_plan_new_from_template:
 * @template: the skeleton
 * @period: the five-year period
 *
 * Returns: (transfer full): a new plan with the period and baseline of
 *   @period and the parts, chapters and sections of @template, unmodified
 *   and with nothing to undo
 */
PwPlan *
pw_plan_new_from_template (PwTemplate template,
                           PwPeriod   period)
{
  PwPlan *plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  int start = period == PW_PERIOD_15TH ? 2026 : 2021;

  pw_plan_set_start_year (plan, start);
  pw_plan_set_end_year (plan, start + 4);
  pw_plan_set_baseline_year (plan, start - 1);

  if (template == PW_TEMPLATE_SPECIAL)
    for (guint i = 0; i < G_N_ELEMENTS (special); i++)
      add_chapter (plan, NULL, &special[i]);
  else if (template == PW_TEMPLATE_OUTLINE)
    for (guint i = 0; i < G_N_ELEMENTS (outline); i++)
      {
        GObject *part = pw_plan_add (plan, PW_TYPE_PART, NULL, TRUE, outline[i].title);

        for (guint j = 0; j < G_N_ELEMENTS (outline[i].chapters) && outline[i].chapters[j].title != NULL; j++)
          add_chapter (plan, part, &outline[i].chapters[j]);
      }

  pw_history_clear (history);
  pw_history_set_unmodified (history);
  return plan;
}
