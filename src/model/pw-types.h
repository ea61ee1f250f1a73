/* pw-types.h: the enumerations of the plan model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PwNature:
 * @PW_NATURE_UNKNOWN: not stated (e.g. a target taken from prose)
 * @PW_NATURE_BINDING: 约束性, binding on the government
 * @PW_NATURE_EXPECTED: 预期性, expected
 */
typedef enum
{
  PW_NATURE_UNKNOWN,
  PW_NATURE_BINDING,
  PW_NATURE_EXPECTED,
} PwNature;

/**
 * PwValueKind:
 * @PW_VALUE_EMPTY: nothing printed
 * @PW_VALUE_NONE: a placeholder for "no value" (——, -, /)
 * @PW_VALUE_NUMBER: a number, with a comparator and a unit kind
 * @PW_VALUE_RELATIVE: a change relative to the baseline (提高1岁, 增长30%)
 * @PW_VALUE_QUALITATIVE: a goal in words (应保尽保, 动态清零, 全覆盖 …)
 * @PW_VALUE_INVALID: text that could not be read; kept as printed and flagged
 * @PW_VALUE_RANGE: a range of two numbers (5—5.5, 5%—6%)
 */
typedef enum
{
  PW_VALUE_EMPTY,
  PW_VALUE_NONE,
  PW_VALUE_NUMBER,
  PW_VALUE_RELATIVE,
  PW_VALUE_QUALITATIVE,
  PW_VALUE_INVALID,
  PW_VALUE_RANGE,
} PwValueKind;

/**
 * PwIndicatorKind:
 * @PW_KIND_AUTO: not chosen: the kind that the printed target states
 *   (pw_value_get_form()), as files written before kinds existed are read
 * @PW_KIND_LEVEL: 存量, a level to reach by the final year (the default)
 * @PW_KIND_CUMULATIVE: 累计, a total over the period (〔 〕, 累计, 新增 … 五年累计):
 *   the yearly actual values add up
 * @PW_KIND_ANNUAL: 每年, a flow with a target for each year (每年, 年均新增)
 * @PW_KIND_GROWTH: 年均增长, an average annual growth rate
 * @PW_KIND_RELATIVE: a change relative to the baseline (下降13.5%, 提高2个百分点)
 * @PW_KIND_RANGE: a range to be within (5—5.5, 5%—6%)
 * @PW_KIND_HOLD: hold or cap (保持在…以上, 控制在…以内): checked in every year
 * @PW_KIND_QUALITATIVE: a goal in words, assessed by a state set by hand
 *
 * How an indicator's target is read and judged.
 */
typedef enum
{
  PW_KIND_AUTO,
  PW_KIND_LEVEL,
  PW_KIND_CUMULATIVE,
  PW_KIND_ANNUAL,
  PW_KIND_GROWTH,
  PW_KIND_RELATIVE,
  PW_KIND_RANGE,
  PW_KIND_HOLD,
  PW_KIND_QUALITATIVE,
} PwIndicatorKind;

#define PW_N_KINDS (PW_KIND_QUALITATIVE + 1)

/**
 * PwComparator:
 * @PW_COMPARATOR_EQUAL: the number itself (or 达到X)
 * @PW_COMPARATOR_GREATER_EQUAL: ≥X
 * @PW_COMPARATOR_GREATER: >X, 超过X
 * @PW_COMPARATOR_LESS_EQUAL: ≤X
 * @PW_COMPARATOR_LESS: <X, 低于X
 * @PW_COMPARATOR_ABOUT: X左右, 约X
 * @PW_COMPARATOR_AT_LEAST: X以上, 不低于X, 不少于X
 * @PW_COMPARATOR_AT_MOST: X以下, 不高于X, 不超过X
 */
typedef enum
{
  PW_COMPARATOR_EQUAL,
  PW_COMPARATOR_GREATER_EQUAL,
  PW_COMPARATOR_GREATER,
  PW_COMPARATOR_LESS_EQUAL,
  PW_COMPARATOR_LESS,
  PW_COMPARATOR_ABOUT,
  PW_COMPARATOR_AT_LEAST,
  PW_COMPARATOR_AT_MOST,
} PwComparator;

/**
 * PwUnitKind:
 * @PW_UNIT_PLAIN: a plain quantity
 * @PW_UNIT_PERCENT: per cent (% or ％)
 * @PW_UNIT_PERMILLE: per mille (‰)
 * @PW_UNIT_PER_10K: per ten thousand (1/万)
 * @PW_UNIT_PER_100K: per hundred thousand (1/10万)
 */
typedef enum
{
  PW_UNIT_PLAIN,
  PW_UNIT_PERCENT,
  PW_UNIT_PERMILLE,
  PW_UNIT_PER_10K,
  PW_UNIT_PER_100K,
} PwUnitKind;

/**
 * PwRelativeMode:
 * @PW_RELATIVE_NONE: not a relative value
 * @PW_RELATIVE_ABSOLUTE: the baseline plus a quantity (提高1岁, 提高2个百分点)
 * @PW_RELATIVE_PERCENT: the baseline changed by a share of itself (增长30%)
 */
typedef enum
{
  PW_RELATIVE_NONE,
  PW_RELATIVE_ABSOLUTE,
  PW_RELATIVE_PERCENT,
} PwRelativeMode;

/**
 * PwQualitative:
 * @PW_QUALITATIVE_NONE: not a qualitative goal
 * @PW_QUALITATIVE_COVER_ALL_ELIGIBLE: 应保尽保 and its kin (应助尽助, 应救尽救)
 * @PW_QUALITATIVE_STEADY_GROWTH: 稳定增长, 持续提高 …
 * @PW_QUALITATIVE_DYNAMIC_ZERO: 动态清零
 * @PW_QUALITATIVE_FULL_COVERAGE: 全覆盖
 * @PW_QUALITATIVE_REFERENCE: bound to an outside figure (不低于上年度人均消费支出增幅,
 *   完成省下达目标, 与经济增长同步)
 * @PW_QUALITATIVE_STABLE: 基本稳定, 保持稳定
 */
typedef enum
{
  PW_QUALITATIVE_NONE,
  PW_QUALITATIVE_COVER_ALL_ELIGIBLE,
  PW_QUALITATIVE_STEADY_GROWTH,
  PW_QUALITATIVE_DYNAMIC_ZERO,
  PW_QUALITATIVE_FULL_COVERAGE,
  PW_QUALITATIVE_REFERENCE,
  PW_QUALITATIVE_STABLE,
} PwQualitative;

/**
 * PwQualState:
 * @PW_QUAL_STATE_NONE: not assessed this year
 * @PW_QUAL_STATE_NOT_STARTED: 未启动
 * @PW_QUAL_STATE_IN_PROGRESS: 推进中
 * @PW_QUAL_STATE_LARGELY_DONE: 基本实现
 * @PW_QUAL_STATE_DONE: 已实现
 *
 * The state of a qualitative target in one year, set by hand.
 */
typedef enum
{
  PW_QUAL_STATE_NONE,
  PW_QUAL_STATE_NOT_STARTED,
  PW_QUAL_STATE_IN_PROGRESS,
  PW_QUAL_STATE_LARGELY_DONE,
  PW_QUAL_STATE_DONE,
} PwQualState;

/**
 * PwStatus:
 * @PW_STATUS_ACHIEVED: 提前实现, the target is met
 * @PW_STATUS_AHEAD: 快于预期
 * @PW_STATUS_ON_TRACK: 基本符合预期
 * @PW_STATUS_LAGGING: 滞后
 * @PW_STATUS_OFF_TRACK: 严重滞后
 * @PW_STATUS_NO_DATA: 无数据, no actual value yet
 * @PW_STATUS_NOT_ASSESSABLE: 不适用, the values do not allow a judgement
 */
typedef enum
{
  PW_STATUS_ACHIEVED,
  PW_STATUS_AHEAD,
  PW_STATUS_ON_TRACK,
  PW_STATUS_LAGGING,
  PW_STATUS_OFF_TRACK,
  PW_STATUS_NO_DATA,
  PW_STATUS_NOT_ASSESSABLE,
} PwStatus;

#define PW_N_STATUSES (PW_STATUS_NOT_ASSESSABLE + 1)

/**
 * PwProjectStatus:
 * @PW_PROJECT_PLANNED: 未开工
 * @PW_PROJECT_IN_PROGRESS: 在建
 * @PW_PROJECT_COMPLETED: 已完工
 * @PW_PROJECT_SUSPENDED: 暂缓
 */
typedef enum
{
  PW_PROJECT_PLANNED,
  PW_PROJECT_IN_PROGRESS,
  PW_PROJECT_COMPLETED,
  PW_PROJECT_SUSPENDED,
} PwProjectStatus;

/**
 * PwOrigin:
 * @PW_ORIGIN_MANUAL: entered by hand
 * @PW_ORIGIN_TABLE: imported from an indicator table
 * @PW_ORIGIN_PROSE: imported from a target stated in the text
 */
typedef enum
{
  PW_ORIGIN_MANUAL,
  PW_ORIGIN_TABLE,
  PW_ORIGIN_PROSE,
} PwOrigin;

/**
 * PwHeadingStyle:
 * @PW_HEADING_CHAPTER: 第X章 / 第X节
 * @PW_HEADING_ENUMERATION: 一、 / (一)
 */
typedef enum
{
  PW_HEADING_CHAPTER,
  PW_HEADING_ENUMERATION,
} PwHeadingStyle;

/**
 * PwNumbering:
 * @PW_NUMBERING_RENUMBER: parts, chapters, sections, 专栏 and their projects
 *   are numbered again whenever the outline changes
 * @PW_NUMBERING_AS_PRINTED: numbers stay as the document printed them (for a
 *   document whose own numbering is irregular); a new object takes the
 *   number after the one before it
 */
typedef enum
{
  PW_NUMBERING_RENUMBER,
  PW_NUMBERING_AS_PRINTED,
} PwNumbering;

/* Labels in the user's language (提前实现, 约束性 …). */
const char *pw_nature_to_label         (PwNature        nature);
const char *pw_status_to_label         (PwStatus        status);
const char *pw_qual_state_to_label     (PwQualState     state);
const char *pw_project_status_to_label (PwProjectStatus status);
const char *pw_kind_to_label           (PwIndicatorKind kind);
const char *pw_kind_to_description     (PwIndicatorKind kind);

/* Words as a person types them or a sheet holds them: the Chinese word
 * (约束性, 推进中, 在建 …), the label in the user's language or the word of
 * the .plan format. Text that is empty or only spaces is no value. */
gboolean    pw_nature_from_text         (const char      *text,
                                         PwNature        *nature);
/* Only the words a plan prints for a nature (约束性, 预期性指标 …). */
gboolean    pw_nature_from_word         (const char      *word,
                                         PwNature        *nature);
gboolean    pw_qual_state_from_text     (const char      *text,
                                         PwQualState     *state);
gboolean    pw_project_status_from_text (const char      *text,
                                         PwProjectStatus *status);
/* The Chinese words, whatever the user's language: what a sheet sent to
 * departments and the documents of a plan print. */
const char *pw_nature_to_word           (PwNature         nature);
const char *pw_status_to_word           (PwStatus         status);
const char *pw_qual_state_to_word       (PwQualState      state);
const char *pw_project_status_to_word   (PwProjectStatus  status);

/* The nicks of the generated enum types are the words of the .plan format. */
const char *pw_enum_to_nick            (GType           enum_type,
                                        int             value);
gboolean    pw_enum_from_nick          (GType           enum_type,
                                        const char     *nick,
                                        int            *value);

G_END_DECLS
