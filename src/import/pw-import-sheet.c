/* pw-import-sheet.c: spreadsheets read as rows of text, for merging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What departments send back after a yearly data collection: a CSV file
 * (saved by Excel or WPS, in UTF-8 with or without a byte-order mark, or in
 * GB18030; separated by commas, tabs or semicolons) or an .xlsx workbook.
 * Both become worksheets of rows of text cells; what the cells mean is the
 * merge's business (src/sheet). CSV is decoded by the same code as a text
 * document (pw_import_decode) and parsed as RFC 4180 says, tolerating what
 * spreadsheet programs write: any line end, a quote inside an unquoted
 * field, a last line without its line end.
 *
 * An .xlsx workbook is read through the package reader (pw-import-package.c,
 * which refuses zip bombs, unsafe names and encrypted parts before anything
 * is inflated) and libxml2's stream reader: the workbook's list of sheets
 * and its relationships, the shared strings (rich text as its plain text,
 * without phonetic guides), the styles (only what a number format shows:
 * decimals, a percentage, a date), then each worksheet's cells, placed by
 * their references. A cell is its text as the spreadsheet shows it without
 * losing what was typed: 92.5 in a 0.00 cell is 92.50, 0.45 in a 0% cell
 * 45%, a date 2024-06-30, a formula its last value. Limits (columns, rows,
 * cells, text) keep a hostile workbook from costing more than a real one.
 */

#define G_LOG_DOMAIN "pw-import-sheet"

#include "config.h"

#include "pw-import-sheet.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pw-import-package.h"
#include "pw-import-private.h"
#include "pw-importer.h"

/* Auxiliary methods */

static void
row_free (gpointer data)
{
  PwImportSheetRow *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

static void
sheet_free (gpointer data)
{
  PwImportSheet *sheet = data;

  g_free (sheet->name);
  g_ptr_array_unref (sheet->rows);
  g_free (sheet);
}

static PwImportSheet *
sheet_new (const char *name)
{
  PwImportSheet *sheet = g_new0 (PwImportSheet, 1);

  sheet->name = g_strdup (name);
  sheet->rows = g_ptr_array_new_with_free_func (row_free);
  return sheet;
}

static PwImportWorkbook *
workbook_new (void)
{
  PwImportWorkbook *workbook = g_new0 (PwImportWorkbook, 1);

  workbook->sheets = g_ptr_array_new_with_free_func (sheet_free);
  return workbook;
}

/* The separator that the first record uses most, outside quotes. */
static char
sniff_separator (const char *text)
{
  static const char candidates[] = { ',', '\t', ';' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  char best = ',';
  guint most = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          counts[i] += *p == candidates[i];
    }

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > most)
      {
        most = counts[i];
        best = candidates[i];
      }
  return best;
}

static gboolean
row_is_empty (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    if (*(const char *) cells->pdata[i] != '\0')
      return FALSE;
  return TRUE;
}

static void
add_row (PwImportSheet *sheet,
         GPtrArray     *cells,
         int            line)
{
  PwImportSheetRow *row;

  if (row_is_empty (cells))
    {
      g_ptr_array_set_size (cells, 0);
      return;
    }

  row = g_new0 (PwImportSheetRow, 1);
  row->line = line;
  g_ptr_array_add (cells, NULL);
  row->cells = (char **) g_ptr_array_steal (cells, NULL);
  g_ptr_array_add (sheet->rows, row);
}

/* XLSX: the parts of a workbook, read through the package reader. */

#define NS_RELATIONSHIPS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_RELATIONSHIPS_STRICT "http://purl.oclc.org/ooxml/officeDocument/relationships"

/* What a collection sheet never comes near, and a hostile one would pass. */
#define MAX_SHEETS 256
#define MAX_COLUMNS 1024
#define MAX_ROWS 1048576   /* Excel's own limit */
#define MAX_CELLS 1000000  /* counting the empty ones before a cell */
#define MAX_TEXT ((gsize) 64 * 1024 * 1024)
#define ITEM_COST 32       /* what one string costs beyond its text */

typedef enum
{
  STYLE_GENERAL,
  STYLE_FIXED,    /* 0.00: at least that many decimals */
  STYLE_PERCENT,  /* 0.0%: shown times 100, with a % */
  STYLE_DATE,
} StyleKind;

typedef struct
{
  StyleKind kind;
  guint decimals;
} CellStyle;

typedef struct
{
  PwImportPackage *package;
  GPtrArray *strings;  /* the shared strings */
  GArray *styles;      /* CellStyle, by the index of a cell's s="" */
  gboolean date1904;
  gsize text_size;     /* of everything kept, against MAX_TEXT */
  gsize n_cells;
} Xlsx;

static char *
get_attribute (xmlTextReaderPtr reader,
               const char      *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, BAD_CAST name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static char *
get_relationship_id (xmlTextReaderPtr reader)
{
  xmlChar *value = xmlTextReaderGetAttributeNs (reader, BAD_CAST "id", BAD_CAST NS_RELATIONSHIPS);
  char *copy;

  if (value == NULL)
    value = xmlTextReaderGetAttributeNs (reader, BAD_CAST "id", BAD_CAST NS_RELATIONSHIPS_STRICT);
  copy = value != NULL ? g_strdup ((const char *) value) : NULL;
  xmlFree (value);
  return copy;
}

static gboolean
is_element (xmlTextReaderPtr reader,
            const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_end (xmlTextReaderPtr reader,
        const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_text (xmlTextReaderPtr reader)
{
  int type = xmlTextReaderNodeType (reader);

  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE;
}

static void
damaged (GError     **error,
         const char  *part,
         int          line,
         const char  *message)
{
  g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
               _("%s:%d: the workbook cannot be read: %s"), part, line, message);
}

/* Closes a part read; the parser's error first, else the reader's own. */
static gboolean
close_part (Xlsx             *x,
            xmlTextReaderPtr  reader,
            gboolean          ok,
            GError          **local_error,
            GError          **error)
{
  if (!pw_import_package_close_xml (x->package, reader, ok ? error : NULL))
    return FALSE;
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (local_error));
      return FALSE;
    }
  return TRUE;
}

/* The text of a string item (<si>, <is>) the reader is at: its <t>, or the
 * <t> of its runs, without the phonetic guides (<rPh>) of East Asian text.
 * FALSE, with the error set, when it is too much. */
static gboolean
read_string_item (Xlsx             *x,
                  xmlTextReaderPtr  reader,
                  const char       *part,
                  GString          *out,
                  GError          **error)
{
  int depth = xmlTextReaderDepth (reader);
  int in_t = 0, in_phonetic = 0;
  int status;

  if (xmlTextReaderIsEmptyElement (reader))
    return TRUE;

  while ((status = pw_import_package_read_node (x->package, reader)) == 1 &&
         xmlTextReaderDepth (reader) > depth)
    {
      gboolean empty = xmlTextReaderIsEmptyElement (reader);

      if (is_element (reader, "rPh") && !empty)
        in_phonetic++;
      else if (is_end (reader, "rPh"))
        in_phonetic--;
      else if (is_element (reader, "t") && !empty)
        in_t++;
      else if (is_end (reader, "t"))
        in_t--;
      else if (in_t > 0 && in_phonetic == 0 && is_text (reader))
        {
          const char *value = (const char *) xmlTextReaderConstValue (reader);

          g_string_append (out, value != NULL ? value : "");
          if (x->text_size + out->len > MAX_TEXT)
            {
              damaged (error, part, xmlTextReaderGetParserLineNumber (reader),
                       _("it holds more text than any workbook of a plan"));
              return FALSE;
            }
        }
    }
  /* an error of the parser is told when the part is closed */
  return TRUE;
}

static gboolean
read_shared_strings (Xlsx        *x,
                     const char  *part,
                     GError     **error)
{
  xmlTextReaderPtr reader;
  g_autoptr(GError) local_error = NULL;
  gboolean ok = TRUE;

  if (!pw_import_package_has (x->package, part))
    return TRUE;
  reader = pw_import_package_open_xml (x->package, part, error);
  if (reader == NULL)
    return FALSE;

  while (ok && pw_import_package_read_node (x->package, reader) == 1)
    if (is_element (reader, "si"))
      {
        g_autoptr(GString) text = g_string_new (NULL);

        ok = read_string_item (x, reader, part, text, &local_error);
        x->text_size += text->len + ITEM_COST;
        if (ok && x->text_size > MAX_TEXT)
          {
            damaged (&local_error, part, xmlTextReaderGetParserLineNumber (reader),
                     _("it holds more text than any workbook of a plan"));
            ok = FALSE;
          }
        g_ptr_array_add (x->strings, g_string_free (g_steal_pointer (&text), FALSE));
      }

  return close_part (x, reader, ok, &local_error, error);
}

/* What a number format shows: a date, a percentage, fixed decimals. Only
 * the first section (positive numbers) counts; quoted text, escaped
 * characters and [colours] are passed over. */
static CellStyle
style_of_code (const char *code)
{
  CellStyle style = { STYLE_GENERAL, 0 };
  gboolean point = FALSE, digits = FALSE, percent = FALSE, date = FALSE;

  for (const char *p = code; *p != '\0' && *p != ';'; p++)
    switch (*p)
      {
      case '"':
        while (p[1] != '\0' && p[1] != '"')
          p++;
        if (p[1] == '"')
          p++;
        break;
      case '\\':
      case '_':
      case '*':
        if (p[1] != '\0')
          p++;
        break;
      case '[':
        while (p[1] != '\0' && p[1] != ']')
          p++;
        break;
      case '.':
        point = TRUE;
        break;
      case '0':
      case '#':
      case '?':
        digits = TRUE;
        if (point)
          style.decimals++;
        break;
      case '%':
        percent = TRUE;
        break;
      case 'y': case 'Y': case 'd': case 'D': case 'm': case 'M': case 'h': case 'H': case 's': case 'S':
        date = TRUE;
        break;
      default:
        break;
      }

  if (date)
    style.kind = STYLE_DATE;
  else if (percent)
    style.kind = STYLE_PERCENT;
  else if (digits)
    style.kind = STYLE_FIXED;
  return style;
}

/* The formats every workbook has without writing them down (ECMA-376,
 * 18.8.30); those not listed show a number as General does. */
static const char *
builtin_format (guint id)
{
  switch (id)
    {
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 9: return "0%";
    case 10: return "0.00%";
    case 14: case 15: case 16: case 17: case 22: return "yyyy-mm-dd";
    case 18: case 19: case 20: case 21: case 45: case 46: case 47: return "h:mm";
    case 37: case 38: return "#,##0";
    case 39: case 40: return "#,##0.00";
    default: return "General";
    }
}

static gboolean
read_styles (Xlsx        *x,
             const char  *part,
             GError     **error)
{
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  xmlTextReaderPtr reader;
  gboolean in_xfs = FALSE;

  if (!pw_import_package_has (x->package, part))
    return TRUE;
  reader = pw_import_package_open_xml (x->package, part, error);
  if (reader == NULL)
    return FALSE;

  while (pw_import_package_read_node (x->package, reader) == 1)
    {
      if (is_element (reader, "numFmt"))
        {
          g_autofree char *id = get_attribute (reader, "numFmtId");
          char *code = get_attribute (reader, "formatCode");

          if (id != NULL && code != NULL)
            g_hash_table_replace (codes, GUINT_TO_POINTER ((guint) g_ascii_strtoull (id, NULL, 10)), code);
          else
            g_free (code);
        }
      else if (is_element (reader, "cellXfs") && !xmlTextReaderIsEmptyElement (reader))
        in_xfs = TRUE;
      else if (is_end (reader, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && is_element (reader, "xf") && x->styles->len < MAX_CELLS)
        {
          g_autofree char *id_text = get_attribute (reader, "numFmtId");
          guint id = id_text != NULL ? (guint) g_ascii_strtoull (id_text, NULL, 10) : 0;
          const char *code = g_hash_table_lookup (codes, GUINT_TO_POINTER (id));
          CellStyle style = style_of_code (code != NULL ? code : builtin_format (id));

          g_array_append_val (x->styles, style);
        }
    }

  return pw_import_package_close_xml (x->package, reader, error);
}

/* A number as its cell shows it, without losing what was typed: 92.5 in a
 * 0.00 cell is 92.50, 0.45 in a 0% cell is 45%, a date is 2024-06-30. */
static char *
format_number (Xlsx       *x,
               const char *value,
               guint       style_index)
{
  CellStyle style = { STYLE_GENERAL, 0 };
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autoptr(GString) out = NULL;
  char *end;
  double number = g_ascii_strtod (value, &end);
  const char *point;

  /* what is not a number is passed on, for the merge to say so */
  if (end == value || *end != '\0' || !isfinite (number))
    return g_strdup (value);

  if (style_index < x->styles->len)
    style = g_array_index (x->styles, CellStyle, style_index);

  if (style.kind == STYLE_DATE && number >= 0 && number < 2958466)
    {
      g_autoptr(GDateTime) epoch = x->date1904 ? g_date_time_new_utc (1904, 1, 1, 0, 0, 0)
                                               : g_date_time_new_utc (1899, 12, 30, 0, 0, 0);
      gint64 seconds = (gint64) floor (number * 86400 + 0.5);
      g_autoptr(GDateTime) when = NULL;

      /* Excel's 1900 counts a 29 February that was not */
      if (!x->date1904 && number < 61)
        seconds += 86400;
      when = g_date_time_add_seconds (epoch, (double) seconds);
      if (number < 1)
        return g_date_time_format (when, "%H:%M");
      return g_date_time_format (when, seconds % 86400 == 0 ? "%Y-%m-%d" : "%Y-%m-%d %H:%M");
    }

  if (style.kind == STYLE_PERCENT)
    number *= 100;
  /* 15 digits are what a spreadsheet keeps: 0.1 + 0.2 is 0.3 */
  out = g_string_new (g_ascii_formatd (buffer, sizeof buffer, "%.15g", number));
  if (strchr (out->str, 'e') == NULL && (style.kind == STYLE_FIXED || style.kind == STYLE_PERCENT))
    {
      guint decimals;

      point = strchr (out->str, '.');
      decimals = point != NULL ? (guint) strlen (point + 1) : 0;
      if (style.decimals > decimals && point == NULL)
        g_string_append_c (out, '.');
      for (; decimals < style.decimals; decimals++)
        g_string_append_c (out, '0');
    }
  if (style.kind == STYLE_PERCENT)
    g_string_append_c (out, '%');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The column of a reference: A1 is 0, AB7 is 27; -1 when it is no reference. */
static int
column_of_reference (const char *reference)
{
  int column = 0;
  const char *p;

  for (p = reference; g_ascii_isalpha (*p); p++)
    {
      column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (column > 16384)
        return -1;
    }
  if (p == reference || !g_ascii_isdigit (*p))
    return -1;
  return column - 1;
}

/* The text of the cell the reader is at (<c>), read to its end. */
static gboolean
read_cell (Xlsx             *x,
           xmlTextReaderPtr  reader,
           const char       *part,
           char            **text,
           GError          **error)
{
  g_autofree char *type = get_attribute (reader, "t");
  g_autofree char *style_text = get_attribute (reader, "s");
  g_autoptr(GString) value = g_string_new (NULL);
  int depth = xmlTextReaderDepth (reader);
  int line = xmlTextReaderGetParserLineNumber (reader);
  gboolean in_v = FALSE, has_value = FALSE;

  *text = NULL;
  if (!xmlTextReaderIsEmptyElement (reader))
    while (pw_import_package_read_node (x->package, reader) == 1 && xmlTextReaderDepth (reader) > depth)
      {
        if (is_element (reader, "v"))
          in_v = has_value = !xmlTextReaderIsEmptyElement (reader);
        else if (is_end (reader, "v"))
          in_v = FALSE;
        else if (in_v && is_text (reader))
          g_string_append (value, (const char *) xmlTextReaderConstValue (reader));
        else if (is_element (reader, "is"))
          {
            if (!read_string_item (x, reader, part, value, error))
              return FALSE;
            has_value = TRUE;
          }
        if (x->text_size + value->len > MAX_TEXT)
          {
            damaged (error, part, line, _("it holds more text than any workbook of a plan"));
            return FALSE;
          }
      }

  if (!has_value)
    *text = g_strdup ("");
  else if (g_strcmp0 (type, "s") == 0)
    {
      char *end;
      guint64 index = g_ascii_strtoull (value->str, &end, 10);

      if (end == value->str || *end != '\0' || index >= x->strings->len)
        {
          g_autofree char *message = g_strdup_printf (_("a cell refers to the shared string “%s”, which the workbook does not have"),
                                                      value->str);

          damaged (error, part, line, message);
          return FALSE;
        }
      *text = g_strdup (x->strings->pdata[index]);
    }
  else if (g_strcmp0 (type, "b") == 0)
    *text = g_strdup (g_str_equal (value->str, "1") ? "TRUE" : "FALSE");
  else if (type == NULL || g_str_equal (type, "n"))
    *text = format_number (x, value->str, style_text != NULL ? (guint) g_ascii_strtoull (style_text, NULL, 10)
                                                            : 0);
  else /* str, inlineStr, e (#N/A), d (an ISO date) */
    *text = g_string_free (g_steal_pointer (&value), FALSE);

  x->text_size += strlen (*text) + ITEM_COST;
  return TRUE;
}

static gboolean
read_worksheet (Xlsx           *x,
                const char     *part,
                PwImportSheet  *sheet,
                GError        **error)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  xmlTextReaderPtr reader = pw_import_package_open_xml (x->package, part, error);
  gboolean ok = TRUE;
  int row_number = 0;
  g_autoptr(GError) local_error = NULL;

  if (reader == NULL)
    return FALSE;

  while (ok && pw_import_package_read_node (x->package, reader) == 1)
    {
      if (is_element (reader, "row"))
        {
          g_autofree char *r = get_attribute (reader, "r");
          int line = xmlTextReaderGetParserLineNumber (reader);

          row_number = r != NULL ? (int) g_ascii_strtoll (r, NULL, 10) : row_number + 1;
          if (row_number < 1 || row_number > MAX_ROWS)
            {
              damaged (&local_error, part, line, _("a row is numbered outside what a worksheet can hold"));
              ok = FALSE;
            }
          g_ptr_array_set_size (cells, 0);
          if (xmlTextReaderIsEmptyElement (reader))
            continue;
        }
      else if (is_element (reader, "c"))
        {
          g_autofree char *r = get_attribute (reader, "r");
          int line = xmlTextReaderGetParserLineNumber (reader);
          int column = r != NULL ? column_of_reference (r) : (int) cells->len;
          char *text = NULL;

          if (column < 0 || column >= MAX_COLUMNS)
            {
              g_autofree char *message = g_strdup_printf (_("the cell “%s” is beyond column %d, which no sheet of a plan has"),
                                                          r != NULL ? r : "", MAX_COLUMNS);

              damaged (&local_error, part, line, message);
              ok = FALSE;
              continue;
            }
          if (!read_cell (x, reader, part, &text, &local_error))
            {
              ok = FALSE;
              continue;
            }
          x->n_cells += column >= (int) cells->len ? column + 1 - cells->len : 1;
          if (x->n_cells > MAX_CELLS)
            {
              g_free (text);
              damaged (&local_error, part, line, _("it holds more cells than any workbook of a plan"));
              ok = FALSE;
              continue;
            }
          while ((int) cells->len < column)
            g_ptr_array_add (cells, g_strdup (""));
          if ((int) cells->len == column)
            g_ptr_array_add (cells, text);
          else
            {
              /* a cell given twice: the last one, as a spreadsheet would */
              g_free (cells->pdata[column]);
              cells->pdata[column] = text;
            }
        }
      else if (is_end (reader, "row"))
        add_row (sheet, cells, row_number);
    }

  return close_part (x, reader, ok, &local_error, error);
}

/* Where a relationship's target is in the package: beside xl/workbook.xml
 * unless it starts with a slash. */
static char *
resolve_target (const char *target)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (target[0] == '/')
    joined = g_strdup (target + 1);
  else
    joined = g_strconcat ("xl/", target, NULL);
  parts = g_strsplit (joined, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      {
        if (path->len > 0)
          g_ptr_array_remove_index (path, path->len - 1);
      }
    else if (*parts[i] != '\0' && !g_str_equal (parts[i], "."))
      g_ptr_array_add (path, parts[i]);
  g_ptr_array_add (path, NULL);
  return g_strjoinv ("/", (char **) path->pdata);
}

static gboolean
read_relationships (Xlsx        *x,
                    GHashTable  *targets,
                    GError     **error)
{
  const char *part = "xl/_rels/workbook.xml.rels";
  xmlTextReaderPtr reader = pw_import_package_open_xml (x->package, part, error);

  if (reader == NULL)
    return FALSE;
  while (pw_import_package_read_node (x->package, reader) == 1)
    if (is_element (reader, "Relationship"))
      {
        char *id = get_attribute (reader, "Id");
        g_autofree char *target = get_attribute (reader, "Target");
        g_autofree char *type = get_attribute (reader, "Type");

        if (id != NULL && target != NULL)
          {
            /* the shared strings and the styles are known by their type */
            if (type != NULL && g_str_has_suffix (type, "/sharedStrings"))
              g_hash_table_replace (targets, g_strdup ("#sharedStrings"), resolve_target (target));
            else if (type != NULL && g_str_has_suffix (type, "/styles"))
              g_hash_table_replace (targets, g_strdup ("#styles"), resolve_target (target));
            g_hash_table_replace (targets, id, resolve_target (target));
          }
        else
          g_free (id);
      }
  return pw_import_package_close_xml (x->package, reader, error);
}

/* The worksheets in their order, as name, part, name, part … */
static GPtrArray *
read_workbook_part (Xlsx        *x,
                    GHashTable  *targets,
                    GError     **error)
{
  const char *part = "xl/workbook.xml";
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (g_free);
  xmlTextReaderPtr reader = pw_import_package_open_xml (x->package, part, error);

  if (reader == NULL)
    return NULL;
  while (pw_import_package_read_node (x->package, reader) == 1)
    if (is_element (reader, "workbookPr"))
      {
        g_autofree char *date1904 = get_attribute (reader, "date1904");

        x->date1904 = date1904 != NULL && (g_str_equal (date1904, "1") || g_str_equal (date1904, "true"));
      }
    else if (is_element (reader, "sheet") && sheets->len < 2 * MAX_SHEETS)
      {
        g_autofree char *name = get_attribute (reader, "name");
        g_autofree char *id = get_relationship_id (reader);
        const char *target = id != NULL ? g_hash_table_lookup (targets, id) : NULL;

        /* a chart sheet or a dangling entry has no cells to read */
        if (target != NULL && pw_import_package_has (x->package, target))
          {
            g_ptr_array_add (sheets, g_strdup (name != NULL ? name : ""));
            g_ptr_array_add (sheets, g_strdup (target));
          }
      }
  if (!pw_import_package_close_xml (x->package, reader, error))
    return NULL;
  return g_steal_pointer (&sheets);
}

static PwImportWorkbook *
read_xlsx (GBytes  *bytes,
           GError **error)
{
  g_autoptr(PwImportPackage) package = pw_import_package_open (bytes, error);
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) styles = g_array_new (FALSE, TRUE, sizeof (CellStyle));
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(PwImportWorkbook) workbook = NULL;
  g_autofree char *shared = NULL;
  g_autofree char *styles_part = NULL;
  Xlsx x = { 0 };

  if (package == NULL)
    return NULL;
  if (!pw_import_package_has (package, "xl/workbook.xml"))
    {
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_UNSUPPORTED,
                           _("This is a ZIP package but not an Excel workbook (.xlsx): it has no xl/workbook.xml"));
      return NULL;
    }

  x.package = package;
  x.strings = strings;
  x.styles = styles;
  if (!read_relationships (&x, targets, error) || (sheets = read_workbook_part (&x, targets, error)) == NULL)
    return NULL;

  /* the shared strings and the styles are where the relationships say */
  shared = g_strdup (g_hash_table_lookup (targets, "#sharedStrings"));
  styles_part = g_strdup (g_hash_table_lookup (targets, "#styles"));
  if (shared == NULL)
    shared = g_strdup ("xl/sharedStrings.xml");
  if (styles_part == NULL)
    styles_part = g_strdup ("xl/styles.xml");
  if (!read_shared_strings (&x, shared, error) || !read_styles (&x, styles_part, error))
    return NULL;

  workbook = workbook_new ();
  workbook->encoding = NULL;
  workbook->separator = '\0';
  for (guint i = 0; i + 1 < sheets->len; i += 2)
    {
      PwImportSheet *sheet = sheet_new (sheets->pdata[i]);

      g_ptr_array_add (workbook->sheets, sheet);
      if (!read_worksheet (&x, sheets->pdata[i + 1], sheet, error))
        return NULL;
    }
  return g_steal_pointer (&workbook);
}

/* Public API */

/**
 * pw_import_workbook_read_csv:
 * @data: the bytes of a CSV file
 * @length: their length
 * @error: where to say why it cannot be read
 *
 * Returns: (transfer full) (nullable): the file as one worksheet
 */
PwImportWorkbook *
pw_import_workbook_read_csv (const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_auto(PwImportText) text = { 0 };
  g_autoptr(PwImportWorkbook) workbook = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  PwImportSheet *sheet;
  const char *p, *end;
  char separator;
  int line = 1;
  int row_line = 1;
  int quote_line = 0;
  gboolean quoted = FALSE;
  gboolean was_quoted = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!pw_import_decode (data, length, &text, error))
    return NULL;

  workbook = workbook_new ();
  workbook->encoding = text.encoding;
  workbook->separator = separator = sniff_separator (text.data);
  sheet = sheet_new (NULL);
  g_ptr_array_add (workbook->sheets, sheet);

  end = text.data + text.length;
  for (p = text.data; p < end; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              /* a line break inside a field is kept as a line feed */
              if (c == '\r' && p + 1 < end && p[1] == '\n')
                p++;
              if (c == '\r' || c == '\n')
                {
                  line++;
                  c = '\n';
                }
              g_string_append_c (field, c);
            }
        }
      else if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          quote_line = line;
        }
      else if (c == separator)
        {
          g_ptr_array_add (cells, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
        }
      else if (c == '\r' || c == '\n')
        {
          if (c == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          g_ptr_array_add (cells, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          add_row (sheet, cells, row_line);
          row_line = ++line;
        }
      else
        g_string_append_c (field, c);
    }

  if (quoted)
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_NOT_TEXT,
                   _("%d: a field in quotes is not closed"), quote_line);
      return NULL;
    }
  if (field->len > 0 || cells->len > 0)
    {
      g_ptr_array_add (cells, g_strdup (field->str));
      add_row (sheet, cells, row_line);
    }

  return g_steal_pointer (&workbook);
}

/**
 * pw_import_workbook_read:
 * @file: an .xlsx workbook or a CSV file, told apart by their bytes
 * @error: where to say why it cannot be read
 *
 * Returns: (transfer full) (nullable): its worksheets
 */
PwImportWorkbook *
pw_import_workbook_read (GFile   *file,
                         GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  if (pw_import_is_zip (data, length))
    return read_xlsx (bytes, error);
  return pw_import_workbook_read_csv (data, length, error);
}

void
pw_import_workbook_free (PwImportWorkbook *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->sheets);
  g_free (self);
}
