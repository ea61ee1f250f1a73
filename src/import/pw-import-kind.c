/* pw-import-kind.c: the kind of an imported indicator, from its target, name and unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A target often states its kind itself (〔20〕, 年均增长5%以上, 5—5.5,
 * 下降13.5%): the indicator is then left to the kind its printed target
 * states (PW_KIND_AUTO). Tables also put the mark in the name or the unit
 * and print a bare number: 地区生产总值年均增长（%） 5, 城镇新增就业人数
 * （累计） 30, 单位地区生产总值二氧化碳排放降低（%） 〔20〕. Those are chosen
 * here, and the choice is reported, naming the mark it was made on, since
 * the document did not say it where the figure is.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-kind.h"

#include <glib/gi18n-lib.h>
#include <string.h>

typedef struct
{
  const char *mark;
  PwIndicatorKind kind;
} Mark;

/* In the order they are tried: the more telling first. */
static const Mark marks[] = {
  { "年均增长", PW_KIND_GROWTH },
  { "年均增速", PW_KIND_GROWTH },
  { "增长率", PW_KIND_GROWTH },
  { "增速", PW_KIND_GROWTH },
  { "年均新增", PW_KIND_ANNUAL },
  { "每年", PW_KIND_ANNUAL },
  { "〔", PW_KIND_CUMULATIVE },
  { "五年累计", PW_KIND_CUMULATIVE },
  { "累计", PW_KIND_CUMULATIVE },
  /* a flow: what is added over the period, unless said to be per year */
  { "新增", PW_KIND_CUMULATIVE },
  { "新建", PW_KIND_CUMULATIVE },
};

static const char *falls[] = { "下降", "降低", "减少" };

/* Words of a name that is an average or a ratio, which the years never add
 * up to: 新增劳动力平均受教育年限 is the schooling of those newly at work,
 * not years of schooling added. */
static const char *ratios[] = { "平均", "人均", "率", "比重", "比例", "占比" };

/* Whether @mark, a mark of a flow over the period (新增, 新建), says
 * nothing of an indicator named @name because the name is a ratio. */
static gboolean
is_ratio_of_flow (const char      *name,
                  const Mark      *mark)
{
  if (mark->kind != PW_KIND_CUMULATIVE || name == NULL || !g_str_has_prefix (mark->mark, "新"))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ratios); i++)
    if (strstr (name, ratios[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Words of a target that is held or capped in every year. */
static const char *holds[] = { "保持", "控制在", "稳定在", "不低于", "不高于", "不超过" };

static const char *
find_mark (const char *name,
           const char *unit,
           const char *mark)
{
  if (name != NULL && strstr (name, mark) != NULL)
    return mark;
  if (unit != NULL && strstr (unit, mark) != NULL)
    return mark;
  return NULL;
}

static char *
describe (const char      *name,
          PwIndicatorKind  kind,
          const char      *mark)
{
  /* Translators: “城镇新增就业人数” is judged as 累计 (a total over the
   * period …), after “新增” in its name or unit */
  return g_strdup_printf (_("“%s” is judged as %s (%s), after “%s” in its name or unit; "
                            "choose another kind if that is wrong"),
                          name, pw_kind_to_label (kind), pw_kind_to_description (kind), mark);
}

/**
 * pw_import_choose_kind:
 * @name: (nullable): the indicator's name as imported
 * @unit: (nullable): its unit
 * @target: (nullable): its target
 * @guess: (out) (transfer full) (optional): for the import report, when the
 *   kind was chosen on a mark of the name or unit rather than the target
 *
 * Returns: the kind to give the indicator; %PW_KIND_AUTO when its target
 *   states it, or there is nothing to say it is other than a level
 */
PwIndicatorKind
pw_import_choose_kind (const char  *name,
                       const char  *unit,
                       PwValue     *target,
                       char       **guess)
{
  PwIndicatorKind form;
  const char *text;

  if (guess != NULL)
    *guess = NULL;

  if (target == NULL || (pw_value_get_kind (target) != PW_VALUE_NUMBER &&
                         pw_value_get_kind (target) != PW_VALUE_RELATIVE))
    return PW_KIND_AUTO;

  form = pw_value_get_form (target);
  text = pw_value_get_text (target);

  /* 〔20〕 or 20 under a name that falls by per cent (排放降低（%）): a
   * change against the baseline, not a total */
  if ((form == PW_KIND_CUMULATIVE || form == PW_KIND_LEVEL) &&
      pw_value_get_kind (target) == PW_VALUE_NUMBER &&
      (pw_unit_kind_from_text (unit) == PW_UNIT_PERCENT ||
       pw_value_get_unit_kind (target) == PW_UNIT_PERCENT))
    for (guint i = 0; i < G_N_ELEMENTS (falls); i++)
      if (find_mark (name, NULL, falls[i]) != NULL)
        {
          if (guess != NULL)
            *guess = describe (name, PW_KIND_RELATIVE, falls[i]);
          return PW_KIND_RELATIVE;
        }

  if (form != PW_KIND_LEVEL)
    return PW_KIND_AUTO;

  /* 保持在95%以上, 控制在5.5%以内: the target says it */
  for (guint i = 0; i < G_N_ELEMENTS (holds); i++)
    if (strstr (text, holds[i]) != NULL)
      return PW_KIND_HOLD;

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      const char *mark = find_mark (name, unit, marks[i].mark);

      if (mark != NULL && !is_ratio_of_flow (name, &marks[i]))
        {
          if (guess != NULL)
            *guess = describe (name, marks[i].kind, mark);
          return marks[i].kind;
        }
    }

  return PW_KIND_AUTO;
}
