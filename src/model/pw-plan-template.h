/* pw-plan-template.h: the skeletons a new plan starts from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwTemplate:
 * @PW_TEMPLATE_EMPTY: no chapters
 * @PW_TEMPLATE_SPECIAL: a special plan (专项规划): 发展基础, 总体要求, 主要任务, 保障措施
 * @PW_TEMPLATE_OUTLINE: a 纲要, its chapters in parts (篇)
 *
 * The skeleton of a new plan.
 */
typedef enum
{
  PW_TEMPLATE_EMPTY,
  PW_TEMPLATE_SPECIAL,
  PW_TEMPLATE_OUTLINE,
} PwTemplate;

/**
 * PwPeriod:
 * @PW_PERIOD_14TH: 十四五, 2021–2025, baseline 2020
 * @PW_PERIOD_15TH: 十五五, 2026–2030, baseline 2025
 *
 * A five-year plan period.
 */
typedef enum
{
  PW_PERIOD_14TH,
  PW_PERIOD_15TH,
} PwPeriod;

PwPlan *pw_plan_new_from_template (PwTemplate template,
                                   PwPeriod   period);

G_END_DECLS
