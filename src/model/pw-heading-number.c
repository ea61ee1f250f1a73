/* pw-heading-number.c: the numbering of headings as a plan prints them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headings belong to the document, so they keep its Chinese numbering in
 * every language of the interface: 第三章 and 第一节, or 三、 and (一).
 */

#define G_LOG_DOMAIN "pw-heading-number"

#include "config.h"

#include "pw-heading-number.h"

#include <string.h>

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

/* The value of the numeral at *@p (一, 十二, 二十三, 一百零五, 12), moving *@p
 * past it; 0 when there is none. */
static int
read_numeral (const char **p)
{
  static const char *tens[] = { "十", "百", "千" };
  static const int tens_value[] = { 10, 100, 1000 };
  const char *s = *p;
  int total = 0;
  int digit = -1;
  gboolean any = FALSE;

  if (g_ascii_isdigit (*s))
    {
      while (g_ascii_isdigit (*s) && total < 100000)
        total = total * 10 + (*s++ - '0');
      *p = s;
      return total;
    }
  for (;;)
    {
      gboolean matched = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (digits) && !matched; i++)
        if (g_str_has_prefix (s, digits[i]))
          {
            digit = (int) i;
            s += strlen (digits[i]);
            matched = TRUE;
          }
      if (!matched && g_str_has_prefix (s, "〇"))
        {
          digit = 0;
          s += strlen ("〇");
          matched = TRUE;
        }
      for (guint i = 0; i < G_N_ELEMENTS (tens) && !matched; i++)
        if (g_str_has_prefix (s, tens[i]))
          {
            total += (digit > 0 ? digit : 1) * tens_value[i];
            digit = -1;
            s += strlen (tens[i]);
            matched = TRUE;
          }
      if (!matched)
        break;
      any = TRUE;
    }
  if (digit > 0)
    total += digit;
  if (any)
    *p = s;
  return any ? total : 0;
}

static const char *
skip_spaces (const char *s)
{
  while (*s == ' ' || *s == '\t' || g_str_has_prefix (s, "　"))
    s += *s == ' ' || *s == '\t' ? 1 : strlen ("　");
  return s;
}

/**
 * pw_heading_parse:
 * @text: a heading as printed, e.g. "第二节 稳定和扩大就业"
 * @number: (out): the number printed
 * @title: (out) (transfer none): where the title starts in @text
 *
 * Reads the number a heading is printed with: 第X篇, 第X部分, 第X章, 第X节,
 * X、 and (X) or （X）, in Chinese or Arabic numerals.
 *
 * Returns: whether @text starts with a number
 */
gboolean
pw_heading_parse (const char  *text,
                  int         *number,
                  const char **title)
{
  static const char *after_di[] = { "部分", "篇", "章", "节" };
  const char *p;
  int value;

  g_return_val_if_fail (number != NULL && title != NULL, FALSE);

  *number = 0;
  *title = text;
  if (text == NULL)
    return FALSE;
  p = skip_spaces (text);

  if (g_str_has_prefix (p, "第"))
    {
      p += strlen ("第");
      value = read_numeral (&p);
      for (guint i = 0; value > 0 && i < G_N_ELEMENTS (after_di); i++)
        if (g_str_has_prefix (p, after_di[i]))
          {
            *number = value;
            *title = skip_spaces (p + strlen (after_di[i]));
            return TRUE;
          }
      return FALSE;
    }
  if (g_str_has_prefix (p, "（") || *p == '(')
    {
      p += *p == '(' ? 1 : strlen ("（");
      value = read_numeral (&p);
      if (value > 0 && (g_str_has_prefix (p, "）") || *p == ')'))
        {
          *number = value;
          *title = skip_spaces (p + (*p == ')' ? 1 : strlen ("）")));
          return TRUE;
        }
      return FALSE;
    }
  value = read_numeral (&p);
  if (value > 0 && !g_ascii_isdigit (*text) && g_str_has_prefix (p, "、"))
    {
      *number = value;
      *title = skip_spaces (p + strlen ("、"));
      return TRUE;
    }
  return FALSE;
}
