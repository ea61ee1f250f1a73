/* pw-import-word.c: Word files (.docx) into the importer's markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The package is read with limits (pw-import-package.c); styles.xml and
 * numbering.xml are read first, then word/document.xml is streamed with
 * libxml2's reader, so that what is kept is the text, never the tree.
 *
 * - Paragraphs keep what Word knows of them as evidence for the structure
 *   finder: the outline level (direct, or from the paragraph style and the
 *   styles it is based on; the built-in "heading N" styles), bold (every
 *   character bold, directly, through a character style or the paragraph
 *   style) and centring.
 * - Automatic numbering is rendered as Word shows it, since in most real
 *   files the numbers of chapters and sections are not in the text:
 *   numbering.xml's levels (start, numFmt, lvlText, lvlRestart, isLgl,
 *   suff), the instance's overrides; instances of one abstract numbering
 *   continue one list as in Word, unless an override (startOverride, a
 *   level of its own) makes an instance a list of its own; chineseCounting (一 … 十一 …
 *   二十), decimal, full-width and circled digits, letters, roman numerals.
 * - Tables are laid on their grid (gridBefore, gridSpan, vMerge; tblHeader
 *   rows are header rows); a table inside a cell is flattened into the
 *   cell's text. A table of one column and a text box (DrawingML or VML)
 *   are frames round a 专栏 box: their paragraphs are read as paragraphs,
 *   a text box's after the paragraph it is anchored in.
 * - Tracked changes read as accepted: insertions and moves-to kept,
 *   deletions and moves-from dropped. Field instructions are dropped, their
 *   results kept. Footnote and endnote references, comments, hidden text,
 *   and the raised or superscript digits that mark a footnote are dropped;
 *   an exponent after a Latin letter (m2 raised) reads as m². Headers,
 *   footers, footnotes and comments are other parts of the package, never
 *   read.
 *
 * Line numbers in the report are the paragraph's number in the document,
 * counting every paragraph (in tables and text boxes too) from 1.
 *
 * An .odt file is read by pw-import-odt.c, from the same package. A
 * legacy .doc or .wps file is converted to .docx by
 * LibreOffice in a private temporary folder when it is installed, and is
 * otherwise refused with a message saying how to save it as .docx. A
 * password-protected Word file is not a ZIP package but a compound file
 * holding an EncryptedPackage stream: it is refused as encrypted.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-word.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <stdlib.h>
#include <string.h>

#include "pw-import-markup.h"
#include "pw-import-odt.h"
#include "pw-import-package.h"
#include "pw-importer.h"

#define MAX_LEVELS 9
#define MAX_STYLE_CHAIN 32
#define CONVERT_TIMEOUT_SECONDS 120

typedef enum
{
  UNSET = -1,
  OFF = 0,
  ON = 1,
} Tristate;

typedef struct
{
  char *based_on;
  int heading;       /* 1–9, 0 none, -1 unset */
  Tristate bold;
  Tristate centred;
  int num_id;        /* -1 unset */
  int ilvl;          /* -1 unset */
} Style;

typedef struct
{
  int start;
  char *format;      /* numFmt */
  char *text;        /* lvlText */
  int restart;       /* lvlRestart: -1 default (restart after any higher level) */
  gboolean legal;    /* isLgl */
  gboolean no_suffix;
} Level;

typedef struct
{
  Level levels[MAX_LEVELS];
  gboolean has[MAX_LEVELS];
  char *style_link;  /* numStyleLink: the abstract numbering is a style's */
  int counters[MAX_LEVELS];         /* shared by the instances without overrides */
  gboolean used[MAX_LEVELS];
} Abstract;

typedef struct
{
  int abstract;
  int start_override[MAX_LEVELS];  /* -1 none */
  Level levels[MAX_LEVELS];        /* w:lvlOverride/w:lvl */
  gboolean has[MAX_LEVELS];
  gboolean own_list;               /* an override makes the instance a list of its own */
  int counters[MAX_LEVELS];
  gboolean used[MAX_LEVELS];
} Num;

typedef struct
{
  GString *text;
  int line;
  int heading;       /* -1 unset */
  Tristate centred;
  int num_id;
  int ilvl;
  char *style;
  guint n_chars;     /* printed characters */
  guint n_bold;      /* of which bold */
} Para;

typedef struct
{
  GString *text;     /* the run's text, until its end decides its fate */
  Tristate bold;
  char *style;
  gboolean raised;   /* w:position > 0 or superscript */
  gboolean hidden;
  gboolean note_reference;
} Run;

typedef struct
{
  GString *text;     /* its paragraphs, one a line */
  int colspan;
  gboolean continues;
  guint n_chars;
  guint n_bold;
} TableCell;

typedef struct
{
  PwImportMarkup *markup;
  GHashTable *styles;     /* styleId → Style */
  char *default_style;    /* the default paragraph style */
  Tristate default_bold;
  GHashTable *abstracts;  /* abstractNumId → Abstract */
  GHashTable *nums;       /* numId → Num */

  GPtrArray *paras;       /* open paragraphs (text boxes nest them): of Para */
  Run run;
  gboolean in_run;
  GArray *fields;         /* of gboolean: in a field's instruction */
  int n_paragraphs;

  int table_depth;        /* tables open, nested or not */
  gboolean row_pending;   /* a w:tr started whose properties are being read */
  int row_line;
  PwMarkupFlags row_flags;
  int grid_before;
  gboolean body_table;    /* the outermost is a table of the markup (not in a text box) */
  TableCell cell;
  gboolean in_cell;
  int box_depth;          /* text boxes open */
  GPtrArray *box_paras;   /* paragraphs of text boxes, emitted after their anchor: of Para */
  GArray *box_marks;      /* where each box begins and ends in box_paras: of int */
} Reader;

/* Auxiliary methods */

static void
style_free (Style *style)
{
  g_free (style->based_on);
  g_free (style);
}

static void
level_clear (Level *level)
{
  g_clear_pointer (&level->format, g_free);
  g_clear_pointer (&level->text, g_free);
}

static void
abstract_free (Abstract *abstract)
{
  for (int i = 0; i < MAX_LEVELS; i++)
    level_clear (&abstract->levels[i]);
  g_free (abstract->style_link);
  g_free (abstract);
}

static void
num_free (Num *num)
{
  for (int i = 0; i < MAX_LEVELS; i++)
    level_clear (&num->levels[i]);
  g_free (num);
}

static void
para_free (Para *para)
{
  if (para == NULL)
    return;
  g_string_free (para->text, TRUE);
  g_free (para->style);
  g_free (para);
}

static const char *
local_name (xmlTextReaderPtr reader)
{
  return (const char *) xmlTextReaderConstLocalName (reader);
}

static gboolean
is (xmlTextReaderPtr reader,
    const char      *name)
{
  return strcmp (local_name (reader), name) == 0;
}

static char *
attribute (xmlTextReaderPtr reader,
           const char      *name)
{
  xmlChar *value;
  char *out;

  value = xmlTextReaderGetAttributeNs (reader, BAD_CAST name,
                                       BAD_CAST "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
  if (value == NULL)
    value = xmlTextReaderGetAttributeNs (reader, BAD_CAST name,
                                         BAD_CAST "http://purl.oclc.org/ooxml/wordprocessingml/main");
  if (value == NULL)
    return NULL;
  out = g_strdup ((const char *) value);
  xmlFree (value);
  return out;
}

static int
int_attribute (xmlTextReaderPtr reader,
               const char      *name,
               int              fallback)
{
  g_autofree char *value = attribute (reader, name);
  char *end;
  gint64 n;

  if (value == NULL)
    return fallback;
  n = g_ascii_strtoll (value, &end, 10);
  if (end == value)
    return fallback;
  return (int) CLAMP (n, -1000000, 1000000);
}

/* w:b, w:vanish …: on unless w:val says 0, false or off. */
static Tristate
toggle (xmlTextReaderPtr reader)
{
  g_autofree char *value = attribute (reader, "val");

  if (value == NULL)
    return ON;
  return (strcmp (value, "0") == 0 || strcmp (value, "false") == 0 ||
          strcmp (value, "off") == 0 || strcmp (value, "none") == 0) ? OFF : ON;
}

/* Moves to the next element inside the one whose depth is @depth, with
 * all its descendants in turn; FALSE at the end of that element. */
static gboolean
next_child (PwImportPackage *package,
            xmlTextReaderPtr reader,
            int              depth)
{
  while (pw_import_package_read_node (package, reader) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (reader) == depth)
        return FALSE;
      if (type == XML_READER_TYPE_ELEMENT)
        return TRUE;
    }
  return FALSE;
}

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

static gboolean
read_styles (Reader          *self,
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
        style_free (style);
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

static int
style_heading (Reader     *self,
               const char *id)
{
  STYLE_WALK (self, id, heading, -1);
  return 0;
}

static Tristate
style_bold (Reader     *self,
            const char *id)
{
  STYLE_WALK (self, id, bold, UNSET);
  return UNSET;
}

static Tristate
style_centred (Reader     *self,
               const char *id)
{
  STYLE_WALK (self, id, centred, UNSET);
  return UNSET;
}

static int
style_num_id (Reader     *self,
              const char *id)
{
  STYLE_WALK (self, id, num_id, -1);
  return 0;
}

static int
style_ilvl (Reader     *self,
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

  level_clear (level);
  level->start = 1;
  level->restart = -1;
  level->legal = FALSE;
  level->no_suffix = FALSE;
  if (xmlTextReaderIsEmptyElement (reader))
    return;

  while (next_child (package, reader, depth))
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

static gboolean
read_numbering (Reader          *self,
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
      int linked = style_num_id (self, abstract->style_link);
      Num *other = linked > 0 ? g_hash_table_lookup (self->nums, GINT_TO_POINTER (linked)) : NULL;
      Abstract *next = other != NULL ? g_hash_table_lookup (self->abstracts, GINT_TO_POINTER (other->abstract)) : NULL;

      if (next == NULL || next == abstract)
        break;
      abstract = next;
    }
  return abstract;
}

/* Counts the paragraph in its list and returns its label, or NULL. */
static char *
number_paragraph (Reader *self,
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

/* document.xml */

static Para *
current_para (Reader *self)
{
  return self->paras->len > 0 ? g_ptr_array_index (self->paras, self->paras->len - 1) : NULL;
}

static gboolean
in_instruction (Reader *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    if (g_array_index (self->fields, gboolean, i))
      return TRUE;
  return FALSE;
}

static void
end_run (Reader *self)
{
  Para *para = current_para (self);
  Run *run = &self->run;
  Tristate bold = run->bold;
  guint n;

  self->in_run = FALSE;
  if (para == NULL || run->text->len == 0 || run->hidden || run->note_reference)
    goto out;

  if (run->raised && pw_import_is_note_mark (run->text->str))
    {
      /* An exponent after a Latin letter (m2), else a footnote's number. */
      pw_import_append_exponent (para->text, run->text->str);
      goto out;
    }

  if (bold == UNSET && run->style != NULL)
    bold = style_bold (self, run->style);
  if (bold == UNSET)
    bold = style_bold (self, para->style != NULL ? para->style : self->default_style);
  if (bold == UNSET)
    bold = self->default_bold;

  n = 0;
  for (const char *p = run->text->str; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x3000)
      n++;
  para->n_chars += n;
  if (bold == ON)
    para->n_bold += n;
  g_string_append_len (para->text, run->text->str, run->text->len);

out:
  g_string_truncate (run->text, 0);
  g_clear_pointer (&run->style, g_free);
}

static void
begin_run (Reader *self)
{
  self->in_run = TRUE;
  g_string_truncate (self->run.text, 0);
  self->run.bold = UNSET;
  g_clear_pointer (&self->run.style, g_free);
  self->run.raised = FALSE;
  self->run.hidden = FALSE;
  self->run.note_reference = FALSE;
}

static void
add_text (Reader     *self,
          const char *text)
{
  if (in_instruction (self) || current_para (self) == NULL)
    return;
  if (self->in_run)
    g_string_append (self->run.text, text);
  else
    g_string_append (current_para (self)->text, text);
}

static void
read_run_properties (Reader          *self,
                     PwImportPackage *package,
                     xmlTextReaderPtr reader)
{
  int depth = xmlTextReaderDepth (reader);

  if (xmlTextReaderIsEmptyElement (reader))
    return;
  while (next_child (package, reader, depth))
    {
      if (is (reader, "rPrChange"))
        pw_import_package_skip (package, reader);
      else if (is (reader, "b"))
        self->run.bold = toggle (reader);
      else if (is (reader, "rStyle"))
        {
          g_free (self->run.style);
          self->run.style = attribute (reader, "val");
        }
      else if (is (reader, "vanish") || is (reader, "specVanish") || is (reader, "webHidden"))
        self->run.hidden = is (reader, "vanish") ? toggle (reader) == ON : self->run.hidden;
      else if (is (reader, "position"))
        self->run.raised = int_attribute (reader, "val", 0) > 0;
      else if (is (reader, "vertAlign"))
        {
          g_autofree char *value = attribute (reader, "val");

          if (g_strcmp0 (value, "superscript") == 0)
            self->run.raised = TRUE;
        }
    }
}

static void
read_paragraph_properties (Reader          *self,
                           PwImportPackage *package,
                           xmlTextReaderPtr reader)
{
  Para *para = current_para (self);
  int depth = xmlTextReaderDepth (reader);

  if (xmlTextReaderIsEmptyElement (reader))
    return;
  while (next_child (package, reader, depth))
    {
      /* The paragraph mark's run properties and a tracked change of properties are not the text's. */
      if (is (reader, "rPr") || is (reader, "pPrChange") || is (reader, "sectPr"))
        pw_import_package_skip (package, reader);
      else if (is (reader, "pStyle"))
        {
          g_free (para->style);
          para->style = attribute (reader, "val");
        }
      else if (is (reader, "numId"))
        para->num_id = int_attribute (reader, "val", 0);
      else if (is (reader, "ilvl"))
        para->ilvl = int_attribute (reader, "val", 0);
      else if (is (reader, "outlineLvl"))
        {
          int level = int_attribute (reader, "val", 9);

          para->heading = level >= 0 && level < MAX_LEVELS ? level + 1 : 0;
        }
      else if (is (reader, "jc"))
        {
          g_autofree char *value = attribute (reader, "val");

          para->centred = g_strcmp0 (value, "center") == 0 ? ON : OFF;
        }
    }
}

static void
begin_paragraph (Reader *self)
{
  Para *para = g_new0 (Para, 1);

  para->text = g_string_new (NULL);
  para->line = ++self->n_paragraphs;
  para->heading = -1;
  para->centred = UNSET;
  para->num_id = -1;
  para->ilvl = -1;
  g_ptr_array_add (self->paras, para);
}

static void
emit_paragraph (Reader *self,
                Para   *para)
{
  const char *style = para->style != NULL ? para->style : self->default_style;
  int num_id = para->num_id >= 0 ? para->num_id : style_num_id (self, style);
  int ilvl = para->ilvl >= 0 ? para->ilvl : style_ilvl (self, style);
  int heading = para->heading >= 0 ? para->heading : style_heading (self, style);
  Tristate centred = para->centred != UNSET ? para->centred : style_centred (self, style);
  g_autofree char *label = num_id > 0 ? number_paragraph (self, num_id, ilvl) : NULL;
  g_autofree char *text = NULL;
  PwMarkupFlags flags = 0;

  if (label != NULL)
    {
      text = g_strconcat (label, para->text->str, NULL);
      flags |= PW_MARKUP_NUMBERED;
    }
  else
    text = g_strdup (para->text->str);

  if (para->n_chars > 0 && para->n_bold == para->n_chars)
    flags |= PW_MARKUP_BOLD;
  if (centred == ON)
    flags |= PW_MARKUP_CENTRED;

  if (self->in_cell && self->box_depth == 0)
    {
      if (self->cell.text->len > 0)
        g_string_append_c (self->cell.text, '\n');
      g_string_append (self->cell.text, text);
      self->cell.n_chars += para->n_chars;
      self->cell.n_bold += para->n_bold;
    }
  else
    pw_import_markup_paragraph (self->markup, text, -1, para->line, heading, flags);
}

static void
flush_boxes (Reader *self)
{
  for (guint i = 0; i < self->box_paras->len; i++)
    {
      Para *para = g_ptr_array_index (self->box_paras, i);

      emit_paragraph (self, para);
    }
  g_ptr_array_set_size (self->box_paras, 0);
}

static void
end_paragraph (Reader *self)
{
  Para *para;

  if (self->in_run)
    end_run (self);
  para = g_ptr_array_steal_index (self->paras, self->paras->len - 1);

  if (self->box_depth > 0)
    {
      /* A paragraph of a text box waits for its anchor to be emitted first. */
      g_ptr_array_add (self->box_paras, para);
      return;
    }

  emit_paragraph (self, para);
  para_free (para);

  if (self->paras->len == 0 && !self->in_cell)
    flush_boxes (self);
}

static void
begin_cell (Reader *self)
{
  self->in_cell = TRUE;
  g_string_truncate (self->cell.text, 0);
  self->cell.colspan = 1;
  self->cell.continues = FALSE;
  self->cell.n_chars = 0;
  self->cell.n_bold = 0;
}

static void
end_cell (Reader *self)
{
  PwMarkupFlags flags = 0;

  if (self->cell.n_chars > 0 && self->cell.n_bold == self->cell.n_chars)
    flags |= PW_MARKUP_BOLD;
  pw_import_markup_cell (self->markup, self->cell.text->str, self->cell.colspan, 1,
                         self->cell.continues, flags);
  self->in_cell = FALSE;
}

static void
read_cell_properties (Reader          *self,
                      PwImportPackage *package,
                      xmlTextReaderPtr reader)
{
  int depth = xmlTextReaderDepth (reader);

  if (xmlTextReaderIsEmptyElement (reader))
    return;
  while (next_child (package, reader, depth))
    {
      if (is (reader, "tcPrChange"))
        pw_import_package_skip (package, reader);
      else if (is (reader, "gridSpan"))
        self->cell.colspan = CLAMP (int_attribute (reader, "val", 1), 1, 64);
      else if (is (reader, "vMerge"))
        {
          g_autofree char *value = attribute (reader, "val");

          self->cell.continues = value == NULL || strcmp (value, "continue") == 0;
        }
      else if (is (reader, "hMerge"))
        {
          g_autofree char *value = attribute (reader, "val");

          /* The old horizontal merge: a continuation adds nothing of its own. */
          if (value == NULL || strcmp (value, "continue") == 0)
            self->cell.colspan = 0;
        }
    }
}

static void
read_row_properties (Reader          *self,
                     PwImportPackage *package,
                     xmlTextReaderPtr reader)
{
  int depth = xmlTextReaderDepth (reader);

  if (xmlTextReaderIsEmptyElement (reader))
    return;
  while (next_child (package, reader, depth))
    {
      if (is (reader, "gridBefore"))
        self->grid_before = CLAMP (int_attribute (reader, "val", 0), 0, 64);
      else if (is (reader, "tblHeader") && toggle (reader) == ON)
        self->row_flags |= PW_MARKUP_HEADER;
      else if (is (reader, "trPrChange"))
        pw_import_package_skip (package, reader);
    }
}

/* The row starts once its properties are known. */
static void
begin_row (Reader *self)
{
  if (!self->row_pending)
    return;
  self->row_pending = FALSE;
  pw_import_markup_begin_row (self->markup, self->row_line, self->row_flags);
  for (int i = 0; i < self->grid_before; i++)
    pw_import_markup_cell (self->markup, "", 1, 1, FALSE, 0);
}

static gboolean
read_document (Reader          *self,
               PwImportPackage *package,
               const char      *part,
               GError         **error)
{
  xmlTextReaderPtr reader = pw_import_package_open_xml (package, part, error);
  gboolean in_body = FALSE;

  if (reader == NULL)
    return FALSE;

  while (pw_import_package_read_node (package, reader) == 1)
    {
      int type = xmlTextReaderNodeType (reader);

      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
          type == XML_READER_TYPE_WHITESPACE || type == XML_READER_TYPE_CDATA)
        continue;

      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (!in_body)
            continue;
          if (is (reader, "body"))
            in_body = FALSE;
          else if (is (reader, "p") && current_para (self) != NULL)
            end_paragraph (self);
          else if (is (reader, "r") && self->in_run)
            end_run (self);
          else if (is (reader, "tc") && self->table_depth == 1 && self->body_table && self->in_cell)
            end_cell (self);
          else if (is (reader, "tr") && self->table_depth == 1 && self->body_table)
            begin_row (self);
          else if (is (reader, "tbl") && self->table_depth > 0)
            {
              if (self->table_depth == 1 && self->body_table)
                {
                  pw_import_markup_end_table (self->markup);
                  self->body_table = FALSE;
                  flush_boxes (self);
                }
              self->table_depth--;
            }
          else if (is (reader, "txbxContent") && self->box_depth > 0)
            self->box_depth--;
          continue;
        }

      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      if (!in_body)
        {
          if (is (reader, "body"))
            in_body = !xmlTextReaderIsEmptyElement (reader);
          continue;
        }

      if (is (reader, "p"))
        {
          begin_paragraph (self);
          if (xmlTextReaderIsEmptyElement (reader))
            end_paragraph (self);
        }
      else if (is (reader, "pPr") && current_para (self) != NULL)
        read_paragraph_properties (self, package, reader);
      else if (is (reader, "r") && current_para (self) != NULL)
        {
          if (self->in_run)
            end_run (self);
          begin_run (self);
          if (xmlTextReaderIsEmptyElement (reader))
            end_run (self);
        }
      else if (is (reader, "rPr") && self->in_run)
        read_run_properties (self, package, reader);
      else if (is (reader, "t"))
        {
          if (!xmlTextReaderIsEmptyElement (reader))
            {
              xmlChar *text = xmlTextReaderReadString (reader);

              if (text != NULL)
                add_text (self, (const char *) text);
              xmlFree (text);
              pw_import_package_skip (package, reader);
            }
        }
      else if (is (reader, "tab") && self->in_run)
        add_text (self, " ");
      else if ((is (reader, "br") || is (reader, "cr")) && self->in_run)
        {
          g_autofree char *kind = attribute (reader, "type");

          add_text (self, g_strcmp0 (kind, "page") == 0 || g_strcmp0 (kind, "column") == 0 ? "" : "\n");
        }
      else if (is (reader, "noBreakHyphen"))
        add_text (self, "-");
      else if (is (reader, "footnoteReference") || is (reader, "endnoteReference") ||
               is (reader, "commentReference") || is (reader, "annotationRef"))
        self->run.note_reference = self->in_run;
      else if (is (reader, "fldChar"))
        {
          g_autofree char *kind = attribute (reader, "fldCharType");
          gboolean instruction = TRUE;

          if (g_strcmp0 (kind, "begin") == 0)
            g_array_append_val (self->fields, instruction);
          else if (g_strcmp0 (kind, "separate") == 0 && self->fields->len > 0)
            g_array_index (self->fields, gboolean, self->fields->len - 1) = FALSE;
          else if (g_strcmp0 (kind, "end") == 0 && self->fields->len > 0)
            g_array_set_size (self->fields, self->fields->len - 1);
        }
      else if (is (reader, "del") || is (reader, "moveFrom") || is (reader, "delText") ||
               is (reader, "instrText") || is (reader, "delInstrText") || is (reader, "Fallback") ||
               is (reader, "sectPr") || is (reader, "tblPr") || is (reader, "tblGrid") ||
               is (reader, "pPrChange") || is (reader, "rPrChange") || is (reader, "customXmlPr") ||
               is (reader, "sdtPr") || is (reader, "sdtEndPr") || is (reader, "docPr") ||
               is (reader, "tblPrEx") || is (reader, "object"))
        pw_import_package_skip (package, reader);
      else if (is (reader, "tbl"))
        {
          if (xmlTextReaderIsEmptyElement (reader))
            continue;
          /* A table in a text box is read as the box's paragraphs; one in a
           * cell is flattened into the cell. */
          if (++self->table_depth == 1 && self->paras->len == 0 && self->box_depth == 0)
            {
              self->body_table = TRUE;
              pw_import_markup_begin_table (self->markup, self->n_paragraphs + 1);
            }
        }
      else if (is (reader, "tr") && self->table_depth == 1 && self->body_table)
        {
          self->row_pending = TRUE;
          self->row_line = self->n_paragraphs + 1;
          self->row_flags = 0;
          self->grid_before = 0;
          if (xmlTextReaderIsEmptyElement (reader))
            begin_row (self);
        }
      else if (is (reader, "trPr") && self->table_depth == 1 && self->body_table)
        read_row_properties (self, package, reader);
      else if (is (reader, "tc") && self->table_depth == 1 && self->body_table)
        {
          begin_row (self);
          begin_cell (self);
          if (xmlTextReaderIsEmptyElement (reader))
            end_cell (self);
        }
      else if (is (reader, "tcPr") && self->table_depth == 1 && self->body_table && self->in_cell)
        read_cell_properties (self, package, reader);
      else if (is (reader, "txbxContent"))
        {
          if (!xmlTextReaderIsEmptyElement (reader))
            self->box_depth++;
        }
      /* Anything else (w:ins, w:hyperlink, w:sdtContent, mc:Choice, w:drawing …)
       * is read through for the text inside it. */
    }

  /* A document cut inside a paragraph: what was read of it counts. */
  while (current_para (self) != NULL)
    end_paragraph (self);
  if (self->in_cell)
    end_cell (self);
  pw_import_markup_end_table (self->markup);
  self->box_depth = 0;
  flush_boxes (self);

  return pw_import_package_close_xml (package, reader, error);
}

/* The part holding the document, as the package's relationships name it. */
static char *
main_part (PwImportPackage *package)
{
  g_autoptr(GBytes) rels = NULL;
  const char *data;
  const char *type;

  if (pw_import_package_has (package, "word/document.xml"))
    return g_strdup ("word/document.xml");

  rels = pw_import_package_read (package, "_rels/.rels", NULL);
  if (rels == NULL)
    return NULL;
  data = g_bytes_get_data (rels, NULL);
  type = strstr (data, "relationships/officeDocument\"");
  if (type != NULL)
    {
      /* Target="…" in the same element. */
      const char *start = type;
      const char *end;

      while (start > data && *start != '<')
        start--;
      end = strchr (type, '>');
      if (end != NULL)
        {
          g_autofree char *element = g_strndup (start, end - start);
          const char *target = strstr (element, "Target=\"");

          if (target != NULL)
            {
              const char *value = target + strlen ("Target=\"");
              const char *close = strchr (value, '"');

              if (close != NULL)
                {
                  while (*value == '/')
                    value++;
                  return g_strndup (value, close - value);
                }
            }
        }
    }
  return NULL;
}

static void
reader_clear (Reader *self)
{
  g_clear_pointer (&self->markup, pw_import_markup_free);
  g_clear_pointer (&self->styles, g_hash_table_unref);
  g_clear_pointer (&self->abstracts, g_hash_table_unref);
  g_clear_pointer (&self->nums, g_hash_table_unref);
  g_clear_pointer (&self->paras, g_ptr_array_unref);
  g_clear_pointer (&self->box_paras, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->default_style, g_free);
  if (self->run.text != NULL)
    g_string_free (self->run.text, TRUE);
  g_free (self->run.style);
  if (self->cell.text != NULL)
    g_string_free (self->cell.text, TRUE);
}

static gboolean
is_compound_file (const char *data,
                  gsize       length)
{
  static const guchar magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

  return length >= sizeof magic && memcmp (data, magic, sizeof magic) == 0;
}

/* A compound file is a legacy .doc or .wps, or Word's encryption of a .docx. */
static gboolean
is_encrypted_package (GBytes *bytes)
{
  GsfInput *input = gsf_input_memory_new (g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), FALSE);
  GsfInfile *ole = gsf_infile_msole_new (input, NULL);
  GsfInput *package = NULL;
  GsfInput *info = NULL;
  gboolean encrypted;

  if (ole != NULL)
    {
      package = gsf_infile_child_by_name (ole, "EncryptedPackage");
      info = gsf_infile_child_by_name (ole, "EncryptionInfo");
    }
  encrypted = package != NULL || info != NULL;
  g_clear_object (&package);
  g_clear_object (&info);
  g_clear_object (&ole);
  g_clear_object (&input);
  return encrypted;
}

static void
on_convert_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  gboolean *done = data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *done = TRUE;
}

static gboolean
on_convert_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Converts a legacy file to .docx with LibreOffice; NULL and an error without it. */
static GBytes *
convert_legacy (GBytes     *bytes,
                const char *suffix,
                GError    **error)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *folder = NULL;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *profile_arg = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GSource) timeout = NULL;
  g_autofree char *contents = NULL;
  gboolean done = FALSE;
  gboolean timed_out = FALSE;
  gsize length = 0;
  GBytes *out = NULL;

  if (soffice == NULL)
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_UNSUPPORTED,
                   _("This is a legacy Word or WPS file (%s), which can be read only when LibreOffice "
                     "is installed; open it in Word or WPS and save it as a Word document (.docx)"),
                   suffix);
      return NULL;
    }

  folder = g_dir_make_tmp ("plan-workbench-XXXXXX", error);
  if (folder == NULL)
    return NULL;
  input = g_build_filename (folder, suffix[0] == '.' ? "document.odt" : "document.doc", NULL);
  if (g_strcmp0 (suffix, ".odt") != 0)
    {
      g_free (input);
      input = g_build_filename (folder, "document.doc", NULL);
    }
  output = g_build_filename (folder, "document.docx", NULL);
  profile = g_build_filename (folder, "profile", NULL);
  profile_uri = g_filename_to_uri (profile, NULL, NULL);
  profile_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);

  if (!g_file_set_contents (input, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    goto out;

  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                              error, soffice, profile_arg, "--headless", "--norestore",
                              "--convert-to", "docx", "--outdir", folder, input, NULL);
  if (process != NULL)
    {
      g_subprocess_wait_async (process, NULL, on_convert_done, &done);
      timeout = g_timeout_source_new_seconds (CONVERT_TIMEOUT_SECONDS);
      g_source_set_callback (timeout, on_convert_timeout, &timed_out, NULL);
      g_source_attach (timeout, context);
      while (!done && !timed_out)
        g_main_context_iteration (context, TRUE);
      g_source_destroy (timeout);
      if (!done)
        {
          g_subprocess_force_exit (process);
          while (!done)
            g_main_context_iteration (context, TRUE);
        }
    }
  g_main_context_pop_thread_default (context);
  if (process == NULL)
    goto out;

  if (timed_out || !g_file_get_contents (output, &contents, &length, NULL))
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_UNSUPPORTED,
                   _("LibreOffice could not convert this legacy Word or WPS file; open it in Word "
                     "or WPS and save it as a Word document (.docx)"));
      goto out;
    }
  out = g_bytes_new_take (g_steal_pointer (&contents), length);

out:
  {
    /* The private folder goes, whatever LibreOffice left in it. */
    g_autoptr(GFile) dir = g_file_new_for_path (folder);
    g_autoptr(GFileEnumerator) files = NULL;
    GFileInfo *info;

    g_unlink (input);
    g_unlink (output);
    files = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                       NULL, NULL);
    while (files != NULL && (info = g_file_enumerator_next_file (files, NULL, NULL)) != NULL)
      {
        g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));
        g_autofree char *path = g_file_get_path (child);
        g_autofree char *command = NULL;

        if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
          {
            const char *argv[] = { "rm", "-rf", "--", path, NULL };

            g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                          G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, NULL, NULL);
          }
        else
          g_unlink (path);
        g_object_unref (info);
      }
    g_rmdir (folder);
  }
  return out;
}

/* Public API */

/**
 * pw_import_is_word:
 * @data: the first bytes of a file (a few kilobytes)
 * @length: their number
 *
 * Tells a Word file by its content: a ZIP package (its first entry is
 * usually [Content_Types].xml, or an OpenDocument's mimetype), or a compound
 * file (a legacy .doc or .wps, or an encrypted .docx).
 *
 * Returns: whether @data is the start of a file pw_import_word() reads
 */
gboolean
pw_import_is_word (const char *data,
                   gsize       length)
{
  return pw_import_is_zip (data, length) || is_compound_file (data, length);
}

/**
 * pw_import_word_read:
 * @data: the bytes of a .docx file (or of a .doc, .wps or .odt file, which
 *   LibreOffice converts when it is installed)
 * @length: their number
 * @lines: (out caller-allocates): the document as lines (see
 *   pw-import-private.h), to clear with pw_import_lines_clear()
 * @error: a #PwImportError
 *
 * Returns: whether the file was read; @lines are set only then
 */
gboolean
pw_import_word_read (const char    *data,
                     gsize          length,
                     PwImportLines *lines,
                     GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwImportPackage) package = NULL;
  g_autofree char *part = NULL;
  Reader self = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length > PW_IMPORT_MAX_SIZE)
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large to be a plan document (%lu MB)"),
                   (gulong) (length / (1024 * 1024)));
      return FALSE;
    }

  bytes = g_bytes_new_static (data, length);
  if (is_compound_file (data, length))
    {
      g_autoptr(GBytes) converted = NULL;

      if (is_encrypted_package (bytes))
        {
          g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_ENCRYPTED,
                               _("The Word file is protected by a password: open it in Word or WPS "
                                 "with its password and save it again without one"));
          return FALSE;
        }
      converted = convert_legacy (bytes, ".doc", error);
      if (converted == NULL)
        return FALSE;
      return pw_import_word_read (g_bytes_get_data (converted, NULL), g_bytes_get_size (converted),
                                  lines, error);
    }

  package = pw_import_package_open (bytes, error);
  if (package == NULL)
    return FALSE;

  if (pw_import_is_odt (package))
    return pw_import_odt_read (package, lines, error);

  part = main_part (package);
  if (part == NULL || !pw_import_package_has (package, part))
    {
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                           _("The file is a ZIP package but not a Word document: it has no "
                             "word/document.xml"));
      return FALSE;
    }

  self.markup = pw_import_markup_new ();
  self.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) style_free);
  self.abstracts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) abstract_free);
  self.nums = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) num_free);
  self.paras = g_ptr_array_new_with_free_func ((GDestroyNotify) para_free);
  self.box_paras = g_ptr_array_new ();
  g_ptr_array_set_free_func (self.box_paras, (GDestroyNotify) para_free);
  self.fields = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self.run.text = g_string_new (NULL);
  self.cell.text = g_string_new (NULL);
  self.default_bold = UNSET;

  if (read_styles (&self, package, error) && read_numbering (&self, package, error) &&
      read_document (&self, package, part, error))
    {
      if (pw_import_markup_is_empty (self.markup))
        g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_EMPTY,
                             _("The Word document holds no text"));
      else
        {
          pw_import_markup_to_lines (self.markup, lines);
          ok = TRUE;
        }
    }

  reader_clear (&self);
  return ok;
}

/**
 * pw_import_word:
 * @data: the bytes of a .docx file (or of a .doc, .wps or .odt file, which
 *   LibreOffice converts when it is installed)
 * @length: their number
 * @report: (nullable): receives the findings of the import, with the
 *   paragraphs' numbers as lines
 * @error: a #PwImportError
 *
 * Returns: (transfer full) (nullable): the plan
 */
PwPlan *
pw_import_word (const char  *data,
                gsize        length,
                PwFindings  *report,
                GError     **error)
{
  g_auto(PwImportLines) lines = { 0 };

  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);

  if (!pw_import_word_read (data, length, &lines, error))
    return NULL;
  return pw_import_lines (&lines, report, error);
}
