/* pw-import-odt.c: OpenDocument text (.odt) into the lines of the structure finder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An .odt file (LibreOffice, WPS, Word's "OpenDocument Text") is a ZIP
 * package read with the limits of pw-import-package.c; its content.xml is
 * read once with libxml2's streaming reader into the markup that the Word
 * and HTML readers fill (pw-import-markup.h):
 *
 * - text:h is a heading with its text:outline-level; text:p a paragraph,
 *   bold or centred when its automatic style says so (fo:font-weight,
 *   fo:text-align);
 * - table:table a real table: number-columns-spanned and
 *   number-rows-spanned as colspan and rowspan, covered cells skipped, the
 *   rows of table:table-header-rows as a header; a table inside a cell is
 *   flattened into the cell's text;
 * - a text box (draw:text-box, as 专栏 boxes are often drawn) gives its
 *   paragraphs after the paragraph that anchors it;
 * - tracked changes as accepted: the deleted text that
 *   text:tracked-changes keeps is left out; notes and comments too;
 * - text:s, text:tab and text:line-break as the spaces, tab and line break
 *   they print.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-odt.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "pw-import-markup.h"
#include "pw-importer.h"

#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_STYLE "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_DRAW "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
#define ODT_TYPE "application/vnd.oasis.opendocument.text"

#define NS_FO "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

typedef struct
{
  PwImportPackage *package;
  xmlTextReaderPtr reader;
  PwImportMarkup *markup;
  GHashTable *styles;    /* automatic paragraph style → PwMarkupFlags */
  char *style;           /* the style:style being read, or NULL */
  GString *para;         /* the paragraph being read (NULL outside one) */
  int para_depth;
  int heading;
  PwMarkupFlags flags;
  GString *cell;         /* the cell being read (NULL outside one) */
  int cell_depth;
  int colspan;
  int rowspan;
  int table_depth;       /* of the table being read; -1: none */
  int header_depth;      /* of its table:table-header-rows; -1: none */
  GString *box_para;     /* a paragraph of a text box (NULL outside one) */
  int box_para_depth;
  int box_depth;         /* of the draw:text-box; -1: none */
  GPtrArray *boxed;      /* paragraphs of text boxes, after their anchor */
  int line;              /* paragraphs and rows so far */
} Reader;

/* Auxiliary methods */

static gboolean
is (xmlTextReaderPtr reader,
    const char      *ns,
    const char      *name)
{
  const char *uri = (const char *) xmlTextReaderConstNamespaceUri (reader);
  const char *local = (const char *) xmlTextReaderConstLocalName (reader);

  return uri != NULL && local != NULL && strcmp (uri, ns) == 0 && strcmp (local, name) == 0;
}

static char *
attribute (xmlTextReaderPtr reader,
           const char      *ns,
           const char      *name)
{
  xmlChar *value = xmlTextReaderGetAttributeNs (reader, (const xmlChar *) name, (const xmlChar *) ns);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static int
int_attribute (xmlTextReaderPtr reader,
               const char      *ns,
               const char      *name,
               int              fallback,
               int              max)
{
  g_autofree char *value = attribute (reader, ns, name);
  int n = value != NULL ? atoi (value) : fallback;

  return CLAMP (n, 1, max);
}


/* Where the text read now goes: a text box's paragraph, a cell, a paragraph. */
static GString *
current_text (Reader *self)
{
  if (self->box_para != NULL)
    return self->box_para;
  if (self->cell != NULL)
    return self->cell;
  return self->para;
}

static void
append (Reader     *self,
        const char *text)
{
  GString *out = current_text (self);

  if (out != NULL)
    g_string_append (out, text);
}

static void
style_start (Reader *self)
{
  PwMarkupFlags flags = 0;
  g_autofree char *value = NULL;

  if (self->style == NULL)
    return;
  flags = GPOINTER_TO_UINT (g_hash_table_lookup (self->styles, self->style));
  if (is (self->reader, NS_STYLE, "paragraph-properties"))
    {
      value = attribute (self->reader, NS_FO, "text-align");
      if (g_strcmp0 (value, "center") == 0)
        flags |= PW_MARKUP_CENTRED;
    }
  else if (is (self->reader, NS_STYLE, "text-properties"))
    {
      value = attribute (self->reader, NS_FO, "font-weight");
      if (g_strcmp0 (value, "bold") == 0 || (value != NULL && atoi (value) >= 600))
        flags |= PW_MARKUP_BOLD;
    }
  g_hash_table_insert (self->styles, g_strdup (self->style), GUINT_TO_POINTER (flags));
}

static void
paragraph_start (Reader  *self,
                 gboolean heading)
{
  if (self->box_depth >= 0)
    {
      if (self->box_para == NULL)
        {
          self->box_para = g_string_new (NULL);
          self->box_para_depth = xmlTextReaderDepth (self->reader);
        }
      else if (self->box_para->len > 0)
        g_string_append_c (self->box_para, '\n');
      return;
    }
  if (self->cell != NULL)
    {
      if (self->cell->len > 0)
        g_string_append_c (self->cell, '\n');
      return;
    }
  if (self->para != NULL)
    return; /* a paragraph in a note or a frame inside a paragraph */
  {
    g_autofree char *style = attribute (self->reader, NS_TEXT, "style-name");

    self->para = g_string_new (NULL);
    self->para_depth = xmlTextReaderDepth (self->reader);
    self->heading = heading ? int_attribute (self->reader, NS_TEXT, "outline-level", 1, 9) : 0;
    self->flags = style != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->styles, style)) : 0;
  }
}

static void
paragraph_end (Reader *self)
{
  int depth = xmlTextReaderDepth (self->reader);

  if (self->box_para != NULL)
    {
      if (depth == self->box_para_depth)
        g_ptr_array_add (self->boxed, g_string_free (g_steal_pointer (&self->box_para), FALSE));
      return;
    }
  if (self->cell != NULL || self->para == NULL || depth != self->para_depth)
    return;
  pw_import_markup_paragraph (self->markup, self->para->str, self->para->len, ++self->line,
                              self->heading, self->flags);
  g_string_free (g_steal_pointer (&self->para), TRUE);
  for (guint i = 0; i < self->boxed->len; i++)
    pw_import_markup_paragraph (self->markup, g_ptr_array_index (self->boxed, i), -1, ++self->line,
                                0, 0);
  g_ptr_array_set_size (self->boxed, 0);
}

static void
element_start (Reader *self)
{
  xmlTextReaderPtr reader = self->reader;
  int depth = xmlTextReaderDepth (reader);
  gboolean empty = xmlTextReaderIsEmptyElement (reader);

  if (is (reader, NS_TEXT, "tracked-changes") || is (reader, NS_OFFICE, "annotation") ||
      is (reader, NS_TEXT, "note") || is (reader, NS_TABLE, "covered-table-cell") ||
      is (reader, NS_TEXT, "sequence-decls") || is (reader, NS_OFFICE, "forms"))
    pw_import_package_skip (self->package, reader);
  else if (is (reader, NS_STYLE, "style") && !empty)
    {
      g_free (self->style);
      self->style = attribute (reader, NS_STYLE, "name");
    }
  else if (is (reader, NS_STYLE, "paragraph-properties") || is (reader, NS_STYLE, "text-properties"))
    style_start (self);
  else if (is (reader, NS_TEXT, "p") || is (reader, NS_TEXT, "h"))
    {
      paragraph_start (self, is (reader, NS_TEXT, "h"));
      if (empty)
        paragraph_end (self);
    }
  else if (is (reader, NS_TEXT, "s"))
    {
      int n = int_attribute (reader, NS_TEXT, "c", 1, 100);

      for (int i = 0; i < n; i++)
        append (self, " ");
    }
  else if (is (reader, NS_TEXT, "tab"))
    append (self, "\t");
  else if (is (reader, NS_TEXT, "line-break"))
    append (self, "\n");
  else if (is (reader, NS_DRAW, "text-box") && !empty && self->box_depth < 0 && self->cell == NULL)
    self->box_depth = depth;
  else if (is (reader, NS_TABLE, "table") && !empty)
    {
      if (self->table_depth >= 0 || self->box_depth >= 0)
        append (self, " "); /* a table in a cell or a box: its text joins the cell's */
      else
        {
          self->table_depth = depth;
          pw_import_markup_begin_table (self->markup, self->line + 1);
        }
    }
  else if (is (reader, NS_TABLE, "table-header-rows") && self->table_depth == depth - 1)
    self->header_depth = depth;
  else if (is (reader, NS_TABLE, "table-row") && self->table_depth >= 0 && self->cell == NULL &&
           self->box_depth < 0)
    pw_import_markup_begin_row (self->markup, ++self->line,
                                self->header_depth >= 0 ? PW_MARKUP_HEADER : 0);
  else if (is (reader, NS_TABLE, "table-cell") && self->table_depth >= 0 && self->box_depth < 0)
    {
      if (self->cell != NULL)
        {
          /* a cell of a table inside a cell */
          if (self->cell->len > 0)
            g_string_append_c (self->cell, ' ');
          return;
        }
      self->colspan = int_attribute (reader, NS_TABLE, "number-columns-spanned", 1, 1000);
      self->rowspan = int_attribute (reader, NS_TABLE, "number-rows-spanned", 1, 65534);
      self->cell = g_string_new (NULL);
      self->cell_depth = depth;
      if (empty)
        {
          pw_import_markup_cell (self->markup, "", self->colspan, self->rowspan, FALSE, 0);
          g_string_free (g_steal_pointer (&self->cell), TRUE);
        }
    }
}

static void
element_end (Reader *self)
{
  xmlTextReaderPtr reader = self->reader;
  int depth = xmlTextReaderDepth (reader);

  if (is (reader, NS_STYLE, "style"))
    g_clear_pointer (&self->style, g_free);
  else if (is (reader, NS_TEXT, "p") || is (reader, NS_TEXT, "h"))
    paragraph_end (self);
  else if (is (reader, NS_DRAW, "text-box") && depth == self->box_depth)
    {
      self->box_depth = -1;
      if (self->para == NULL)
        {
          /* a box anchored outside a paragraph */
          for (guint i = 0; i < self->boxed->len; i++)
            pw_import_markup_paragraph (self->markup, g_ptr_array_index (self->boxed, i), -1,
                                        ++self->line, 0, 0);
          g_ptr_array_set_size (self->boxed, 0);
        }
    }
  else if (is (reader, NS_TABLE, "table-header-rows") && depth == self->header_depth)
    self->header_depth = -1;
  else if (is (reader, NS_TABLE, "table-cell") && self->cell != NULL && depth == self->cell_depth)
    {
      pw_import_markup_cell (self->markup, self->cell->str, self->colspan, self->rowspan, FALSE, 0);
      g_string_free (g_steal_pointer (&self->cell), TRUE);
    }
  else if (is (reader, NS_TABLE, "table") && depth == self->table_depth)
    {
      pw_import_markup_end_table (self->markup);
      self->table_depth = -1;
    }
}

static gboolean
read_content (Reader  *self,
              GError **error)
{
  self->reader = pw_import_package_open_xml (self->package, "content.xml", error);
  if (self->reader == NULL)
    return FALSE;

  while (pw_import_package_read_node (self->package, self->reader) == 1)
    switch (xmlTextReaderNodeType (self->reader))
      {
      case XML_READER_TYPE_ELEMENT:
        element_start (self);
        break;
      case XML_READER_TYPE_END_ELEMENT:
        element_end (self);
        break;
      case XML_READER_TYPE_TEXT:
      case XML_READER_TYPE_CDATA:
      case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        append (self, (const char *) xmlTextReaderConstValue (self->reader));
        break;
      default:
        break;
      }

  return pw_import_package_close_xml (self->package, g_steal_pointer (&self->reader), error);
}

/* Public API */

/**
 * pw_import_is_odt:
 * @package: an open package
 *
 * Returns: whether @package is an OpenDocument file (text or not): it has
 *   a mimetype and a content.xml
 */
gboolean
pw_import_is_odt (PwImportPackage *package)
{
  return pw_import_package_has (package, "content.xml") && pw_import_package_has (package, "mimetype");
}

/**
 * pw_import_odt_read:
 * @package: the package of an .odt file
 * @lines: (out caller-allocates): the document as lines (see
 *   pw-import-private.h), to clear with pw_import_lines_clear()
 * @error: a #PwImportError
 *
 * Returns: whether the file was read; @lines are set only then
 */
gboolean
pw_import_odt_read (PwImportPackage *package,
                    PwImportLines   *lines,
                    GError         **error)
{
  g_autoptr(GBytes) type = pw_import_package_read (package, "mimetype", NULL);
  Reader self = { 0 };
  gboolean ok = FALSE;

  /* text, or its template (…text-template); not a spreadsheet or a drawing */
  if (type == NULL || g_bytes_get_size (type) < strlen (ODT_TYPE) ||
      memcmp (g_bytes_get_data (type, NULL), ODT_TYPE, strlen (ODT_TYPE)) != 0)
    {
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_UNSUPPORTED,
                           _("This is an OpenDocument file but not a text document (.odt): "
                             "open it in LibreOffice or WPS and save the plan as a text document"));
      return FALSE;
    }

  self.package = package;
  self.markup = pw_import_markup_new ();
  self.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.boxed = g_ptr_array_new_with_free_func (g_free);
  self.table_depth = self.header_depth = self.box_depth = -1;

  if (read_content (&self, error))
    {
      if (pw_import_markup_is_empty (self.markup))
        g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_EMPTY,
                             _("The OpenDocument text holds no text"));
      else
        {
          pw_import_markup_to_lines (self.markup, lines);
          ok = TRUE;
        }
    }

  pw_import_markup_free (self.markup);
  g_hash_table_unref (self.styles);
  g_ptr_array_unref (self.boxed);
  g_free (self.style);
  if (self.para != NULL)
    g_string_free (self.para, TRUE);
  if (self.cell != NULL)
    g_string_free (self.cell, TRUE);
  if (self.box_para != NULL)
    g_string_free (self.box_para, TRUE);
  return ok;
}
