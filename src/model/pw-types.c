/* pw-types.c: labels and file-format words of the model's enumerations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pw-types"

#include "config.h"

#include "pw-types.h"

#include <glib/gi18n-lib.h>

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
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

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
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}
