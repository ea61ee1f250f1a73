/* pw-heading.c: the numbering of headings as a plan prints them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headings belong to the document, so they keep its Chinese numbering in
 * every language of the interface: 第三章 and 第一节, or 三、 and (一).
 */

#define G_LOG_DOMAIN "pw-heading"

#include "config.h"

#include "pw-heading.h"

static const char *digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

/**
 * pw_chinese_numeral:
 * @number: a number from 0 to 9999
 *
 * Writes @number in Chinese numerals as headings do: 3 → 三, 10 → 十,
 * 12 → 十二, 20 → 二十, 105 → 一百零五. Numbers outside the range are
 * written in Arabic numerals.
 *
 * Returns: (transfer full): the numeral
 */
char *
pw_chinese_numeral (int number)
{
  static const char *units[] = { "", "十", "百", "千" };
  GString *out;
  gboolean zero = FALSE;

  if (number < 0 || number > 9999)
    return g_strdup_printf ("%d", number);
  if (number == 0)
    return g_strdup (digits[0]);

  out = g_string_new (NULL);
  for (int place = 3; place >= 0; place--)
    {
      int divisor = place == 3 ? 1000 : place == 2 ? 100 : place == 1 ? 10 : 1;
      int digit = (number / divisor) % 10;

      if (digit == 0)
        {
          zero = out->len > 0;
          continue;
        }
      if (zero)
        {
          g_string_append (out, digits[0]);
          zero = FALSE;
        }
      /* 十二, not 一十二, at the head of the number */
      if (!(place == 1 && digit == 1 && out->len == 0))
        g_string_append (out, digits[digit]);
      g_string_append (out, units[place]);
    }

  return g_string_free (out, FALSE);
}

/**
 * pw_heading_number:
 * @style: the numbering of the plan
 * @section: %TRUE for a section, %FALSE for a chapter
 * @number: the number
 *
 * Returns: (transfer full): "第三章", "第一节", "三、" or "(一)"
 */
char *
pw_heading_number (PwHeadingStyle style,
                   gboolean       section,
                   int            number)
{
  g_autofree char *numeral = pw_chinese_numeral (number);

  if (style == PW_HEADING_ENUMERATION)
    return section ? g_strdup_printf ("(%s)", numeral) : g_strdup_printf ("%s、", numeral);
  return g_strdup_printf (section ? "第%s节" : "第%s章", numeral);
}

/**
 * pw_heading_text:
 * @style: the numbering of the plan
 * @section: %TRUE for a section, %FALSE for a chapter
 * @number: the number, or 0 for none
 * @title: (nullable): the title
 *
 * Returns: (transfer full): the heading as printed, e.g. "第三章 提供安全普惠的
 *   婴幼儿照护服务" or "(一)重点任务"
 */
char *
pw_heading_text (PwHeadingStyle  style,
                 gboolean        section,
                 int             number,
                 const char     *title)
{
  g_autofree char *prefix = NULL;

  if (title == NULL)
    title = "";
  if (number <= 0)
    return g_strdup (title);

  prefix = pw_heading_number (style, section, number);
  /* 一、 and (一) take the title straight after them */
  if (style == PW_HEADING_ENUMERATION)
    return g_strconcat (prefix, title, NULL);
  return g_strjoin (" ", prefix, title, NULL);
}

/**
 * pw_part_heading_text:
 * @number: the number of a part (篇), or 0 for none
 * @title: (nullable): its title
 *
 * 第X篇 is printed so in every language, as 第X章 is.
 *
 * Returns: (transfer full): the heading as printed, e.g. "第二篇 立足产业强市之要"
 */
char *
pw_part_heading_text (int         number,
                      const char *title)
{
  g_autofree char *numeral = NULL;

  if (title == NULL)
    title = "";
  if (number <= 0)
    return g_strdup (title);

  numeral = pw_chinese_numeral (number);
  return g_strdup_printf ("第%s篇 %s", numeral, title);
}
