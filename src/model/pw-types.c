/* pw-types.c: labels and file-format words of the model's enumerations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pw-types"

#include "config.h"

#include "pw-types.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-enums.h"

const char *
pw_nature_to_label (PwNature nature)
{
  switch (nature)
    {
    case PW_NATURE_BINDING:
      /* Translators: 约束性, a target binding on the government */
      return C_("nature", "Binding");
    case PW_NATURE_EXPECTED:
      /* Translators: 预期性, an expected (indicative) target */
      return C_("nature", "Expected");
    case PW_NATURE_UNKNOWN:
      return C_("nature", "Not stated");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
pw_status_to_label (PwStatus status)
{
  switch (status)
    {
    case PW_STATUS_ACHIEVED:
      /* Translators: 提前实现 */
      return C_("status", "Achieved");
    case PW_STATUS_AHEAD:
      /* Translators: 快于预期 */
      return C_("status", "Ahead");
    case PW_STATUS_ON_TRACK:
      /* Translators: 基本符合预期 */
      return C_("status", "On track");
    case PW_STATUS_LAGGING:
      /* Translators: 滞后 */
      return C_("status", "Lagging");
    case PW_STATUS_OFF_TRACK:
      /* Translators: 严重滞后 */
      return C_("status", "Off track");
    case PW_STATUS_NO_DATA:
      /* Translators: 无数据 */
      return C_("status", "No data");
    case PW_STATUS_NOT_ASSESSABLE:
      /* Translators: 不适用 */
      return C_("status", "Not assessable");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
pw_qual_state_to_label (PwQualState state)
{
  switch (state)
    {
    case PW_QUAL_STATE_NONE:
      return C_("state", "Not assessed");
    case PW_QUAL_STATE_NOT_STARTED:
      /* Translators: 未启动 */
      return C_("state", "Not started");
    case PW_QUAL_STATE_IN_PROGRESS:
      /* Translators: 推进中 */
      return C_("state", "In progress");
    case PW_QUAL_STATE_LARGELY_DONE:
      /* Translators: 基本实现 */
      return C_("state", "Largely achieved");
    case PW_QUAL_STATE_DONE:
      /* Translators: 已实现 */
      return C_("state", "Achieved");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
pw_project_status_to_label (PwProjectStatus status)
{
  switch (status)
    {
    case PW_PROJECT_PLANNED:
      /* Translators: 未开工 */
      return C_("project", "Not started");
    case PW_PROJECT_IN_PROGRESS:
      /* Translators: 在建 */
      return C_("project", "Under way");
    case PW_PROJECT_COMPLETED:
      /* Translators: 已完工 */
      return C_("project", "Completed");
    case PW_PROJECT_SUSPENDED:
      /* Translators: 暂缓 */
      return C_("project", "Suspended");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * pw_kind_to_label:
 * @kind: a kind of indicator
 *
 * Returns: the short name of @kind, in the user's language
 */
const char *
pw_kind_to_label (PwIndicatorKind kind)
{
  switch (kind)
    {
    case PW_KIND_AUTO:
      return C_("kind", "From the target");
    case PW_KIND_LEVEL:
      /* Translators: 存量 */
      return C_("kind", "Level");
    case PW_KIND_CUMULATIVE:
      /* Translators: 累计 */
      return C_("kind", "Cumulative");
    case PW_KIND_ANNUAL:
      /* Translators: 每年 */
      return C_("kind", "Each year");
    case PW_KIND_GROWTH:
      /* Translators: 年均增长 */
      return C_("kind", "Average growth");
    case PW_KIND_RELATIVE:
      /* Translators: 相对变化 */
      return C_("kind", "Relative change");
    case PW_KIND_RANGE:
      /* Translators: 区间 */
      return C_("kind", "Range");
    case PW_KIND_HOLD:
      /* Translators: 保持/控制 */
      return C_("kind", "Hold or cap");
    case PW_KIND_QUALITATIVE:
      /* Translators: 定性 */
      return C_("kind", "In words");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * pw_kind_to_description:
 * @kind: a kind of indicator
 *
 * Returns: what @kind means, in a sentence in the user's language
 */
const char *
pw_kind_to_description (PwIndicatorKind kind)
{
  switch (kind)
    {
    case PW_KIND_AUTO:
      return _("Read from how the target is printed");
    case PW_KIND_LEVEL:
      return _("A level to reach by the final year");
    case PW_KIND_CUMULATIVE:
      return _("A total over the period: the yearly values add up");
    case PW_KIND_ANNUAL:
      return _("A target for each year, met by each year's value");
    case PW_KIND_GROWTH:
      return _("An average annual growth rate, compounded from the baseline");
    case PW_KIND_RELATIVE:
      return _("A change against the baseline, such as a fall of 13.5%");
    case PW_KIND_RANGE:
      return _("A range to stay within");
    case PW_KIND_HOLD:
      return _("A floor to hold or a ceiling to keep under, checked every year");
    case PW_KIND_QUALITATIVE:
      return _("A goal in words, assessed by the state set each year");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The class of an enumeration of the model, made once and kept for the
 * life of the program: the reader and the writer look up millions of words,
 * and a reference taken and dropped per word would cost more than the
 * lookup. */
static GEnumClass *
enum_class (GType enum_type)
{
  GEnumClass *klass = g_type_class_peek (enum_type);

  return klass != NULL ? klass : g_type_class_ref (enum_type);
}

/**
 * pw_enum_to_nick:
 * @enum_type: an enumeration type of the model
 * @value: one of its values
 *
 * Returns: (nullable): the word for @value in the .plan format
 */
const char *
pw_enum_to_nick (GType enum_type,
                 int   value)
{
  GEnumValue *enum_value = g_enum_get_value (enum_class (enum_type), value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

/**
 * pw_enum_from_nick:
 * @enum_type: an enumeration type of the model
 * @nick: a word of the .plan format
 * @value: (out): the value
 *
 * Returns: whether @nick is a word for a value of @enum_type
 */
gboolean
pw_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  enum_value = g_enum_get_value_by_nick (enum_class (enum_type), nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}

/* Chinese words */

const char *
pw_nature_to_word (PwNature nature)
{
  static const char * const words[] = {
    [PW_NATURE_UNKNOWN] = "", [PW_NATURE_BINDING] = "约束性", [PW_NATURE_EXPECTED] = "预期性",
  };

  g_return_val_if_fail ((guint) nature < G_N_ELEMENTS (words), "");
  return words[nature];
}

const char *
pw_status_to_word (PwStatus status)
{
  static const char * const words[PW_N_STATUSES] = {
    [PW_STATUS_ACHIEVED] = "提前实现",
    [PW_STATUS_AHEAD] = "快于预期",
    [PW_STATUS_ON_TRACK] = "基本符合预期",
    [PW_STATUS_LAGGING] = "滞后",
    [PW_STATUS_OFF_TRACK] = "严重滞后",
    [PW_STATUS_NO_DATA] = "无数据",
    [PW_STATUS_NOT_ASSESSABLE] = "不适用",
  };

  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (words), "");
  return words[status];
}

const char *
pw_qual_state_to_word (PwQualState state)
{
  static const char * const words[] = {
    [PW_QUAL_STATE_NONE] = "",
    [PW_QUAL_STATE_NOT_STARTED] = "未启动",
    [PW_QUAL_STATE_IN_PROGRESS] = "推进中",
    [PW_QUAL_STATE_LARGELY_DONE] = "基本实现",
    [PW_QUAL_STATE_DONE] = "已实现",
  };

  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (words), "");
  return words[state];
}

const char *
pw_project_status_to_word (PwProjectStatus status)
{
  static const char * const words[] = {
    [PW_PROJECT_PLANNED] = "未开工",
    [PW_PROJECT_IN_PROGRESS] = "在建",
    [PW_PROJECT_COMPLETED] = "已完工",
    [PW_PROJECT_SUSPENDED] = "暂缓",
  };

  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (words), "");
  return words[status];
}

/* Reading words back */

/* One of the values first..last of @enum_type whose Chinese word, label
 * or nick is @text (stripped). */
static gboolean
enum_from_text (GType         enum_type,
                int           first,
                int           last,
                const char *(*to_word) (int),
                const char *(*to_label) (int),
                const char   *text,
                int          *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  for (int v = first; v <= last; v++)
    if (strcmp (stripped, to_word (v)) == 0 ||
        g_utf8_collate (stripped, to_label (v)) == 0 ||
        g_ascii_strcasecmp (stripped, pw_enum_to_nick (enum_type, v)) == 0)
      {
        *value = v;
        return TRUE;
      }

  return FALSE;
}

/* The one vocabulary of the natures: the stems that plans print, in
 * simplified and traditional characters, alone (约束) or followed by 性 (约束性)
 * or 性指标 (约束性指标), as tables and their headings write them. */
static const struct
{
  const char *stem;
  PwNature nature;
} nature_stems[] = {
  { "约束", PW_NATURE_BINDING },
  { "約束", PW_NATURE_BINDING },
  { "预期", PW_NATURE_EXPECTED },
  { "預期", PW_NATURE_EXPECTED },
};

/**
 * pw_nature_from_word:
 * @word: a word as a plan prints it, without spaces: 约束性, 约束 or
 *   约束性指标, 预期性, 预期 or 预期性指标 (or in traditional characters)
 * @nature: (out): the nature
 *
 * The strict reading, for a cell of a table that may or may not be a
 * nature: nothing but one of the words counts.
 *
 * Returns: whether @word is a word for a nature
 */
gboolean
pw_nature_from_word (const char *word,
                     PwNature   *nature)
{
  g_return_val_if_fail (word != NULL, FALSE);

  for (gsize i = 0; i < G_N_ELEMENTS (nature_stems); i++)
    if (g_str_has_prefix (word, nature_stems[i].stem))
      {
        const char *rest = word + strlen (nature_stems[i].stem);

        if (*rest == '\0' || strcmp (rest, "性") == 0 || strcmp (rest, "性指标") == 0 ||
            strcmp (rest, "性指標") == 0)
          {
            *nature = nature_stems[i].nature;
            return TRUE;
          }
      }
  return FALSE;
}

/**
 * pw_nature_from_text:
 * @text: (nullable): as typed: anything that begins with a stem of the
 *   words of pw_nature_from_word() (约束, 预期), the label, a word beginning
 *   with b or e; empty for not stated
 * @nature: (out): the nature
 *
 * Returns: whether @text names a nature
 */
gboolean
pw_nature_from_text (const char *text,
                     PwNature   *nature)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  g_strstrip (folded);
  if (*folded == '\0')
    {
      *nature = PW_NATURE_UNKNOWN;
      return TRUE;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (nature_stems); i++)
    if (g_str_has_prefix (folded, nature_stems[i].stem))
      {
        *nature = nature_stems[i].nature;
        return TRUE;
      }
  for (PwNature n = PW_NATURE_BINDING; n <= PW_NATURE_EXPECTED; n++)
    if (g_str_has_prefix (folded, n == PW_NATURE_BINDING ? "b" : "e") ||
        g_str_has_prefix (folded, pw_nature_to_label (n)))
      {
        *nature = n;
        return TRUE;
      }
  return FALSE;
}

/**
 * pw_qual_state_from_text:
 * @text: (nullable): 未启动, 推进中, 基本实现 or 已实现, a label or a nick
 * @state: (out): the state
 *
 * Returns: whether @text names a state
 */
gboolean
pw_qual_state_from_text (const char  *text,
                         PwQualState *state)
{
  int value;

  if (!enum_from_text (PW_TYPE_QUAL_STATE, PW_QUAL_STATE_NOT_STARTED, PW_QUAL_STATE_DONE,
                       (const char *(*) (int)) pw_qual_state_to_word,
                       (const char *(*) (int)) pw_qual_state_to_label, text, &value))
    return FALSE;
  *state = value;
  return TRUE;
}

/**
 * pw_project_status_from_text:
 * @text: (nullable): 未开工, 在建, 已完工 or 暂缓, a label or a nick
 * @status: (out): the status
 *
 * Returns: whether @text names a status
 */
gboolean
pw_project_status_from_text (const char      *text,
                             PwProjectStatus *status)
{
  int value;

  if (!enum_from_text (PW_TYPE_PROJECT_STATUS, PW_PROJECT_PLANNED, PW_PROJECT_SUSPENDED,
                       (const char *(*) (int)) pw_project_status_to_word,
                       (const char *(*) (int)) pw_project_status_to_label, text, &value))
    return FALSE;
  *status = value;
  return TRUE;
}
