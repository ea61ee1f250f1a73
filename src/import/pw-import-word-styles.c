/* pw-import-word-styles.c: a Word file's styles and automatic numbering
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of step 1 of the importer, for Word files (see pw-import-word.c).
 * styles.xml gives each paragraph and character style its outline level,
 * bold and centring, and the numbering it carries, walking basedOn.
 * numbering.xml gives the levels of each abstract numbering (start, numFmt,
 * lvlText, lvlRestart, isLgl, suff) and each instance's overrides; a
 * numbered paragraph is counted in its list and its label rendered as Word
 * shows it: chineseCounting (一 … 十一 … 二十), decimal, full-width and
 * circled digits, letters, roman numerals.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-word-private.h"

#include <string.h>

/* Auxiliary methods */

static int
heading_of_style_name (const char *name)
{
  int level;

  if (name == NULL)
    return 0;
  if (g_ascii_strncasecmp (name, "heading ", 8) == 0)
    level = atoi (name + 8);
  else if (g_str_has_prefix (name, "标题 ") || g_str_has_prefix (name, "标题"))
    level = atoi (name + strlen ("标题") + (name[strlen ("标题")] == ' '));
  else
    return 0;
  return level >= 1 && level <= MAX_LEVELS ? level : 0;
}

/* styles.xml */

static void
read_style_properties (PwImportPackage *package,
                       xmlTextReaderPtr reader,
                       Style           *style,
                       Tristate        *bold_out)
{
  int depth = xmlTextReaderDepth (reader);
  gboolean in_rpr = FALSE;
  int rpr_depth = 0;

  if (xmlTextReaderIsEmptyElement (reader))
    return;

  while (pw_import_package_read_node (package, reader) == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      int d = xmlTextReaderDepth (reader);

      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (d == depth)
            return;
          if (in_rpr && d == rpr_depth)
            in_rpr = FALSE;
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      if (is (reader, "rPr") && !xmlTextReaderIsEmptyElement (reader))
        {
          in_rpr = TRUE;
          rpr_depth = d;
        }
      else if (is (reader, "pPrChange") || is (reader, "rPrChange") || is (reader, "tblPr") ||
               is (reader, "tcPr") || is (reader, "trPr") || is (reader, "tblStylePr"))
        pw_import_package_skip (package, reader);
      else if (in_rpr && is (reader, "b"))
        {
          if (style != NULL)
            style->bold = toggle (reader);
          if (bold_out != NULL)
            *bold_out = toggle (reader);
        }
      else if (style == NULL)
        continue;
      else if (is (reader, "basedOn"))
        {
          g_free (style->based_on);
          style->based_on = attribute (reader, "val");
        }
      else if (is (reader, "name"))
        {
          g_autofree char *name = attribute (reader, "val");
          int level = heading_of_style_name (name);

          if (level > 0 && style->heading < 0)
            style->heading = level;
        }
      else if (is (reader, "outlineLvl"))
        {
          int level = int_attribute (reader, "val", 9);

          style->heading = level >= 0 && level < MAX_LEVELS ? level + 1 : 0;
        }
      else if (is (reader, "jc"))
        {
          g_autofree char *value = attribute (reader, "val");

          style->centred = g_strcmp0 (value, "center") == 0 ? ON : OFF;
        }
      else if (is (reader, "numId"))
        style->num_id = int_attribute (reader, "val", 0);
      else if (is (reader, "ilvl"))
        style->ilvl = int_attribute (reader, "val", 0);
    }
}

gboolean
pw_import_word_read_styles (Reader          *self,
                            PwImportPackage *package,
                            GError         **error)
{
  xmlTextReaderPtr reader;

  if (!pw_import_package_has (package, "word/styles.xml"))
    return TRUE;
  reader = pw_import_package_open_xml (package, "word/styles.xml", error);
  if (reader == NULL)
    return FALSE;

  while (pw_import_package_read_node (package, reader) == 1)
    {
      g_autofree char *id = NULL;
      g_autofree char *type = NULL;
      Style *style;

      if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT)
        continue;
      if (is (reader, "docDefaults"))
        {
          read_style_properties (package, reader, NULL, &self->default_bold);
          continue;
        }
      if (!is (reader, "style"))
        continue;

      id = attribute (reader, "styleId");
      type = attribute (reader, "type");
      style = g_new0 (Style, 1);
      style->heading = -1;
      style->bold = UNSET;
      style->centred = UNSET;
      style->num_id = -1;
      style->ilvl = -1;
      if (g_strcmp0 (type, "paragraph") == 0)
        {
          g_autofree char *is_default = attribute (reader, "default");

          if (toggle (reader) == ON && is_default != NULL && strcmp (is_default, "1") == 0 && id != NULL)
            {
              g_free (self->default_style);
              self->default_style = g_strdup (id);
            }
        }
      read_style_properties (package, reader, style, NULL);
      if (id != NULL)
        g_hash_table_replace (self->styles, g_steal_pointer (&id), style);
      else
        pw_import_word_style_free (style);
    }

  return pw_import_package_close_xml (package, reader, error);
}

static Style *
find_style (Reader     *self,
            const char *id)
{
  return id != NULL ? g_hash_table_lookup (self->styles, id) : NULL;
}

/* A style's value of a property, walking basedOn (a cycle ends the walk). */
#define STYLE_WALK(self, id, field, unset)                                  \
  G_STMT_START {                                                            \
    Style *s_ = find_style ((self), (id));                                  \
    for (int n_ = 0; s_ != NULL && n_ < MAX_STYLE_CHAIN; n_++)              \
      {                                                                     \
        if (s_->field != (unset))                                           \
          return s_->field;                                                 \
        s_ = find_style ((self), s_->based_on);                             \
      }                                                                     \
  } G_STMT_END

int
pw_import_word_style_heading (Reader     *self,
                              const char *id)
{
  STYLE_WALK (self, id, heading, -1);
  return 0;
}

Tristate
pw_import_word_style_bold (Reader     *self,
                           const char *id)
{
  STYLE_WALK (self, id, bold, UNSET);
  return UNSET;
}

Tristate
pw_import_word_style_centred (Reader     *self,
                              const char *id)
{
  STYLE_WALK (self, id, centred, UNSET);
  return UNSET;
}

int
pw_import_word_style_num_id (Reader     *self,
                             const char *id)
{
  STYLE_WALK (self, id, num_id, -1);
  return 0;
}

int
pw_import_word_style_ilvl (Reader     *self,
                           const char *id)
{
  STYLE_WALK (self, id, ilvl, -1);
  return 0;
}

/* numbering.xml */

static void
read_level (PwImportPackage *package,
            xmlTextReaderPtr reader,
            Level           *level)
{
  int depth = xmlTextReaderDepth (reader);

  pw_import_word_level_clear (level);
  level->start = 1;
  level->restart = -1;
  level->legal = FALSE;
  level->no_suffix = FALSE;
  if (xmlTextReaderIsEmptyElement (reader))
    return;

  while (pw_import_word_next_child (package, reader, depth))
    {
      if (is (reader, "start"))
        level->start = int_attribute (reader, "val", 1);
      else if (is (reader, "numFmt"))
        {
          g_free (level->format);
          level->format = attribute (reader, "val");
        }
      else if (is (reader, "lvlText"))
        {
          g_free (level->text);
          level->text = attribute (reader, "val");
        }
      else if (is (reader, "lvlRestart"))
        level->restart = int_attribute (reader, "val", -1);
      else if (is (reader, "isLgl"))
        level->legal = toggle (reader) == ON;
      else if (is (reader, "suff"))
        {
          g_autofree char *value = attribute (reader, "val");

          level->no_suffix = g_strcmp0 (value, "nothing") == 0;
        }
      else if (is (reader, "pPr") || is (reader, "rPr"))
        pw_import_package_skip (package, reader);
    }
}

gboolean
pw_import_word_read_numbering (Reader          *self,
                               PwImportPackage *package,
                               GError         **error)
{
  xmlTextReaderPtr reader;
  Abstract *abstract = NULL;
  Num *num = NULL;
  int override_level = -1;

  if (!pw_import_package_has (package, "word/numbering.xml"))
    return TRUE;
  reader = pw_import_package_open_xml (package, "word/numbering.xml", error);
  if (reader == NULL)
    return FALSE;

  while (pw_import_package_read_node (package, reader) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (is (reader, "abstractNum"))
            abstract = NULL;
          else if (is (reader, "num"))
            num = NULL;
          else if (is (reader, "lvlOverride"))
            override_level = -1;
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      if (is (reader, "abstractNum"))
        {
          abstract = g_new0 (Abstract, 1);
          g_hash_table_replace (self->abstracts,
                                GINT_TO_POINTER (int_attribute (reader, "abstractNumId", -1)), abstract);
          if (xmlTextReaderIsEmptyElement (reader))
            abstract = NULL;
        }
      else if (is (reader, "num") && abstract == NULL)
        {
          num = g_new0 (Num, 1);
          num->abstract = -1;
          for (int i = 0; i < MAX_LEVELS; i++)
            num->start_override[i] = -1;
          g_hash_table_replace (self->nums, GINT_TO_POINTER (int_attribute (reader, "numId", -1)), num);
          if (xmlTextReaderIsEmptyElement (reader))
            num = NULL;
        }
      else if (is (reader, "abstractNumId") && num != NULL)
        num->abstract = int_attribute (reader, "val", -1);
      else if (is (reader, "lvlOverride") && num != NULL)
        {
          override_level = int_attribute (reader, "ilvl", -1);
          if (override_level >= MAX_LEVELS || xmlTextReaderIsEmptyElement (reader))
            override_level = -1;
        }
      else if (is (reader, "startOverride") && num != NULL && override_level >= 0)
        {
          num->start_override[override_level] = int_attribute (reader, "val", 1);
          num->own_list = TRUE;
        }
      else if ((is (reader, "numStyleLink") || is (reader, "styleLink")) && abstract != NULL)
        {
          if (is (reader, "numStyleLink"))
            {
              g_free (abstract->style_link);
              abstract->style_link = attribute (reader, "val");
            }
        }
      else if (is (reader, "lvl"))
        {
          int ilvl = int_attribute (reader, "ilvl", -1);

          if (ilvl < 0 || ilvl >= MAX_LEVELS)
            pw_import_package_skip (package, reader);
          else if (num != NULL && override_level >= 0)
            {
              read_level (package, reader, &num->levels[ilvl]);
              num->has[ilvl] = TRUE;
              num->own_list = TRUE;
            }
          else if (abstract != NULL)
            {
              read_level (package, reader, &abstract->levels[ilvl]);
              abstract->has[ilvl] = TRUE;
            }
          else
            pw_import_package_skip (package, reader);
        }
    }

  return pw_import_package_close_xml (package, reader, error);
}

/* Numbers as Word prints them */

static void
append_chinese (GString *out,
                int      n,
                gboolean legal)
{
  static const char *const digits[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  static const char *const legal_digits[] = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
  const char *const *d = legal ? legal_digits : digits;
  const char *ten = legal ? "拾" : "十";
  const char *hundred = legal ? "佰" : "百";
  const char *thousand = legal ? "仟" : "千";

  if (n <= 0 || n > 9999)
    {
      g_string_append_printf (out, "%d", n);
      return;
    }
  if (n >= 1000)
    {
      g_string_append (out, d[n / 1000]);
      g_string_append (out, thousand);
      n %= 1000;
      if (n == 0)
        return;
      if (n < 100)
        g_string_append (out, d[0]);
    }
  if (n >= 100)
    {
      g_string_append (out, d[n / 100]);
      g_string_append (out, hundred);
      n %= 100;
      if (n == 0)
        return;
      if (n < 10)
        g_string_append (out, d[0]);
      else if (n < 20)
        g_string_append (out, d[1]);
    }
  if (n >= 10)
    {
      if (n >= 20)
        g_string_append (out, d[n / 10]);
      g_string_append (out, ten);
      n %= 10;
      if (n == 0)
        return;
    }
  g_string_append (out, d[n]);
}

static void
append_roman (GString *out,
              int      n,
              gboolean upper)
{
  static const int values[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
  static const char *const upper_forms[] = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
  static const char *const lower_forms[] = { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i" };

  if (n <= 0 || n >= 4000)
    {
      g_string_append_printf (out, "%d", n);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    while (n >= values[i])
      {
        g_string_append (out, upper ? upper_forms[i] : lower_forms[i]);
        n -= values[i];
      }
}

static void
append_number (GString    *out,
               int         n,
               const char *format)
{
  if (format == NULL || strcmp (format, "decimal") == 0 || strcmp (format, "ordinal") == 0 ||
      strcmp (format, "cardinalText") == 0 || strcmp (format, "ordinalText") == 0)
    g_string_append_printf (out, "%d", n);
  else if (strcmp (format, "decimalZero") == 0)
    g_string_append_printf (out, "%02d", n);
  else if (strcmp (format, "chineseCounting") == 0 || strcmp (format, "chineseCountingThousand") == 0 ||
           strcmp (format, "japaneseCounting") == 0 || strcmp (format, "taiwaneseCounting") == 0 ||
           strcmp (format, "taiwaneseCountingThousand") == 0 || strcmp (format, "ideographDigital") == 0)
    {
      if (strcmp (format, "ideographDigital") == 0)
        {
          g_autofree char *digits = g_strdup_printf ("%d", n);
          static const char *const forms[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

          for (const char *p = digits; *p; p++)
            g_string_append (out, g_ascii_isdigit (*p) ? forms[*p - '0'] : "");
        }
      else
        append_chinese (out, n, FALSE);
    }
  else if (strcmp (format, "chineseLegalSimplified") == 0 || strcmp (format, "ideographLegalTraditional") == 0)
    append_chinese (out, n, TRUE);
  else if (strcmp (format, "decimalFullWidth") == 0 || strcmp (format, "decimalFullWidth2") == 0)
    {
      g_autofree char *digits = g_strdup_printf ("%d", n);

      for (const char *p = digits; *p; p++)
        g_string_append_unichar (out, *p == '-' ? '-' : 0xFF10 + (*p - '0'));
    }
  else if ((strcmp (format, "decimalEnclosedCircle") == 0 ||
            strcmp (format, "decimalEnclosedCircleChinese") == 0) && n >= 1 && n <= 20)
    g_string_append_unichar (out, 0x2460 + n - 1);
  else if (strcmp (format, "decimalEnclosedParen") == 0)
    g_string_append_printf (out, "(%d)", n);
  else if (strcmp (format, "decimalEnclosedFullstop") == 0)
    g_string_append_printf (out, "%d.", n);
  else if (strcmp (format, "ideographTraditional") == 0 && n >= 1 && n <= 10)
    {
      static const char *const stems[] = { "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸" };

      g_string_append (out, stems[n - 1]);
    }
  else if (strcmp (format, "upperLetter") == 0 || strcmp (format, "lowerLetter") == 0)
    {
      char base = format[0] == 'u' ? 'A' : 'a';
      int repeat = n > 0 ? (n - 1) / 26 + 1 : 1;

      for (int i = 0; i < repeat && n > 0; i++)
        g_string_append_c (out, base + (n - 1) % 26);
    }
  else if (strcmp (format, "upperRoman") == 0 || strcmp (format, "lowerRoman") == 0)
    append_roman (out, n, format[0] == 'u');
  else
    g_string_append_printf (out, "%d", n);
}

static const Level *
level_of (Reader *self,
          Num    *num,
          Abstract *abstract,
          int     ilvl)
{
  if (num->has[ilvl])
    return &num->levels[ilvl];
  if (abstract->has[ilvl])
    return &abstract->levels[ilvl];
  return NULL;
}

static Abstract *
abstract_of (Reader *self,
             Num    *num)
{
  Abstract *abstract = g_hash_table_lookup (self->abstracts, GINT_TO_POINTER (num->abstract));

  /* A numbering defined by a numbering style: follow the style to its own. */
  for (int n = 0; abstract != NULL && abstract->style_link != NULL && n < 4; n++)
    {
      int linked = pw_import_word_style_num_id (self, abstract->style_link);
      Num *other = linked > 0 ? g_hash_table_lookup (self->nums, GINT_TO_POINTER (linked)) : NULL;
      Abstract *next = other != NULL ? g_hash_table_lookup (self->abstracts, GINT_TO_POINTER (other->abstract)) : NULL;

      if (next == NULL || next == abstract)
        break;
      abstract = next;
    }
  return abstract;
}

/* Counts the paragraph in its list and returns its label, or NULL. */
char *
pw_import_word_number_paragraph (Reader *self,
                                 int     num_id,
                                 int     ilvl)
{
  Num *num = g_hash_table_lookup (self->nums, GINT_TO_POINTER (num_id));
  Abstract *abstract;
  const Level *level;
  int *counters;
  gboolean *used;
  GString *out;

  if (num == NULL || ilvl < 0 || ilvl >= MAX_LEVELS)
    return NULL;
  abstract = abstract_of (self, num);
  if (abstract == NULL)
    return NULL;
  level = level_of (self, num, abstract, ilvl);
  if (level == NULL)
    return NULL;

  /* Instances of one abstract numbering continue one list, as in Word,
   * unless an override makes an instance a list of its own. */
  counters = num->own_list ? num->counters : abstract->counters;
  used = num->own_list ? num->used : abstract->used;

  if (!used[ilvl])
    {
      counters[ilvl] = num->start_override[ilvl] >= 0 ? num->start_override[ilvl] : level->start;
      used[ilvl] = TRUE;
    }
  else
    counters[ilvl]++;

  /* Deeper levels restart, unless their lvlRestart says after which level. */
  for (int deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++)
    {
      const Level *d = level_of (self, num, abstract, deeper);
      int restart = d != NULL ? d->restart : -1;

      if (restart < 0 || (restart > 0 && ilvl < restart))
        used[deeper] = FALSE;
    }

  if (level->format != NULL && strcmp (level->format, "none") == 0)
    return NULL;
  if (level->text == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = level->text; *p; p++)
    {
      if (*p == '%' && p[1] >= '1' && p[1] <= '9')
        {
          int which = p[1] - '1';
          const Level *other = level_of (self, num, abstract, which);
          const char *format = other != NULL ? other->format : NULL;
          int value = used[which] ? counters[which] : (other != NULL ? other->start : 1);

          if (level->legal && which != ilvl)
            format = "decimal";
          if (g_strcmp0 (format, "bullet") == 0)
            format = "decimal";
          append_number (out, value, format);
          p++;
        }
      else if (level->format != NULL && strcmp (level->format, "bullet") == 0)
        {
          /* A bullet: the symbol font's character is no text; keep a plain bullet. */
          g_string_append (out, "●");
          p = p + strlen (p) - 1;
        }
      else
        g_string_append_c (out, *p);
    }

  /* Word follows the number with a tab or a space: a space, unless the label
   * ends with its own punctuation (一、 （一） 1.). */
  if (!level->no_suffix && out->len > 0)
    {
      const char *last = g_utf8_find_prev_char (out->str, out->str + out->len);
      gunichar c = last != NULL ? g_utf8_get_char (last) : 0;

      if (!(c == 0x3001 || c == 0xFF09 || c == ')' || c == '.' || c == 0xFF0E || c == 0x3002 ||
            c == ':' || c == 0xFF1A))
        g_string_append_c (out, ' ');
    }
  return g_string_free (out, FALSE);
}
