/* pw-import-word.c: Word files (.docx) into the importer's markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The package is read with limits (pw-import-package.c); styles.xml and
 * numbering.xml are read first with libxml2's reader, then
 * word/document.xml is inflated a chunk at a time into libxml2's SAX2
 * parser, so that what is kept is the text, never the tree.
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
 *
 * This file streams word/document.xml; pw-import-word-styles.c reads the
 * styles and the numbering and renders the numbers, pw-import-legacy.c
 * tells legacy and encrypted files and converts them.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-word.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-import-odt.h"
#include "pw-import-word-private.h"
#include "pw-importer.h"

/* Auxiliary methods */

void
pw_import_word_style_free (Style *style)
{
  g_free (style->based_on);
  g_free (style);
}

void
pw_import_word_level_clear (Level *level)
{
  g_clear_pointer (&level->format, g_free);
  g_clear_pointer (&level->text, g_free);
}

void
pw_import_word_abstract_free (Abstract *abstract)
{
  for (int i = 0; i < MAX_LEVELS; i++)
    pw_import_word_level_clear (&abstract->levels[i]);
  g_free (abstract->style_link);
  g_free (abstract);
}

void
pw_import_word_num_free (Num *num)
{
  for (int i = 0; i < MAX_LEVELS; i++)
    pw_import_word_level_clear (&num->levels[i]);
  g_free (num);
}

void
pw_import_word_para_free (Para *para)
{
  if (para == NULL)
    return;
  g_string_free (para->text, TRUE);
  g_free (para->style);
  g_free (para);
}

/* Moves to the next element inside the one whose depth is @depth, with
 * all its descendants in turn; FALSE at the end of that element. */
gboolean
pw_import_word_next_child (PwImportPackage *package,
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

/* Whether @text holds a character that is not white space (g_unichar_isspace(),
 * U+3000): ASCII and the Chinese characters of U+4000–U+9FFF (lead bytes
 * 0xE4–0xE9, none of them a space) are told without decoding. */
static gboolean
prints (const char *text)
{
  for (const char *p = text; *p;)
    {
      guchar b = *p;

      if (b < 0x80)
        {
          if (!(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'))
            return TRUE;
          p++;
        }
      else if (b >= 0xE4 && b <= 0xE9)
        return TRUE;
      else
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isspace (c) && c != 0x3000)
            return TRUE;
          p = g_utf8_next_char (p);
        }
    }
  return FALSE;
}

static void
end_run (Reader *self)
{
  Para *para = current_para (self);
  Run *run = &self->run;
  Tristate bold = run->bold;

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
    bold = pw_import_word_style_bold (self, run->style);
  if (bold == UNSET)
    bold =
        pw_import_word_style_bold (self, para->style != NULL ? para->style : self->default_style);
  if (bold == UNSET)
    bold = self->default_bold;

  /* whether it prints a character (not white space: g_unichar_isspace(),
   * U+3000), and then whether one is not bold */
  if (prints (run->text->str))
    {
      para->printed = TRUE;
      para->plain |= bold != ON;
    }
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
add_text_len (Reader     *self,
              const char *text,
              gsize       length)
{
  if (in_instruction (self) || current_para (self) == NULL)
    return;
  if (self->in_run)
    g_string_append_len (self->run.text, text, length);
  else
    g_string_append_len (current_para (self)->text, text, length);
}

static void
add_text (Reader     *self,
          const char *text)
{
  add_text_len (self, text, strlen (text));
}

/* Elements as SAX2 gives them */

struct _Element
{
  const char *name;              /* the local name, whatever the namespace */
  const xmlChar **attributes;    /* SAX2's: local name, prefix, URI, value, end, of each */
  int n_attributes;
  int depth;                     /* as xmlTextReaderDepth() counts */
  gboolean empty;
};

static const char *const WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
static const char *const STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";

static inline gboolean
element_is (const Element *element,
            const char    *name)
{
  return strcmp (element->name, name) == 0;
}

static char *
find_attribute (const Element *element,
                const char    *name,
                const char    *ns)
{
  for (int i = 0; i < element->n_attributes; i++)
    {
      const xmlChar **attribute = element->attributes + 5 * i;
      const char *value = (const char *) attribute[3];
      const char *end = (const char *) attribute[4];
      GString *decoded;

      if (attribute[2] == NULL || strcmp ((const char *) attribute[0], name) != 0 ||
          strcmp ((const char *) attribute[2], ns) != 0)
        continue;
      if (memchr (value, '&', end - value) == NULL)
        return g_strndup (value, end - value);
      /* SAX2 leaves an ampersand as &#38; in a value, which the reader's
       * tree decodes: no other reference is left in it */
      decoded = g_string_sized_new (end - value);
      for (const char *p = value; p < end; p++)
        {
          g_string_append_c (decoded, *p);
          if (*p == '&' && end - p >= 5 && memcmp (p, "&#38;", 5) == 0)
            p += 4;
        }
      return g_string_free (decoded, FALSE);
    }
  return NULL;
}

/* The attribute of the WordprocessingML namespace (transitional or strict) named @name. */
static char *
element_attribute (const Element *element,
                   const char    *name)
{
  char *value = find_attribute (element, name, WORD_NS);

  return value != NULL ? value : find_attribute (element, name, STRICT_NS);
}

static int
element_int (const Element *element,
             const char    *name,
             int            fallback)
{
  g_autofree char *value = element_attribute (element, name);

  return int_value (value, fallback);
}

static Tristate
element_toggle (const Element *element)
{
  g_autofree char *value = element_attribute (element, "val");

  return toggle_value (value);
}

/* Skips @element with everything in it. */
static void
skip (Reader        *self,
      const Element *element)
{
  if (!element->empty)
    self->skip_depth = element->depth;
}

/* One property of a run (a child of w:rPr). */
static void
run_property (Reader        *self,
              const Element *element)
{
  if (element_is (element, "b"))
    self->run.bold = element_toggle (element);
  else if (element_is (element, "rStyle"))
    {
      g_free (self->run.style);
      self->run.style = element_attribute (element, "val");
    }
  else if (element_is (element, "vanish") || element_is (element, "specVanish") ||
           element_is (element, "webHidden"))
    self->run.hidden =
        element_is (element, "vanish") ? element_toggle (element) == ON : self->run.hidden;
  else if (element_is (element, "position"))
    self->run.raised = element_int (element, "val", 0) > 0;
  else if (element_is (element, "vertAlign"))
    {
      g_autofree char *value = element_attribute (element, "val");

      if (g_strcmp0 (value, "superscript") == 0)
        self->run.raised = TRUE;
    }
}

/* One property of a paragraph (a child of w:pPr). */
static void
paragraph_property (Reader        *self,
                    const Element *element)
{
  Para *para = current_para (self);

  /* The paragraph mark's run properties are not the text's. */
  if (element_is (element, "rPr") || element_is (element, "sectPr"))
    skip (self, element);
  else if (element_is (element, "pStyle"))
    {
      g_free (para->style);
      para->style = element_attribute (element, "val");
    }
  else if (element_is (element, "numId"))
    para->num_id = element_int (element, "val", 0);
  else if (element_is (element, "ilvl"))
    para->ilvl = element_int (element, "val", 0);
  else if (element_is (element, "outlineLvl"))
    {
      int level = element_int (element, "val", 9);

      para->heading = level >= 0 && level < MAX_LEVELS ? level + 1 : 0;
    }
  else if (element_is (element, "jc"))
    {
      g_autofree char *value = element_attribute (element, "val");

      para->centred = g_strcmp0 (value, "center") == 0 ? ON : OFF;
    }
}

static void
begin_paragraph (Reader *self)
{
  Para *para;

  /* the paragraphs emitted are filled again, their text's block kept */
  if (self->spare_paras->len > 0)
    {
      para = g_ptr_array_steal_index_fast (self->spare_paras, self->spare_paras->len - 1);
      g_string_truncate (para->text, 0);
      para->printed = FALSE;
      para->plain = FALSE;
    }
  else
    {
      para = g_new0 (Para, 1);
      para->text = g_string_new (NULL);
    }
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
  int num_id = para->num_id >= 0 ? para->num_id : pw_import_word_style_num_id (self, style);
  int ilvl = para->ilvl >= 0 ? para->ilvl : pw_import_word_style_ilvl (self, style);
  int heading = para->heading >= 0 ? para->heading : pw_import_word_style_heading (self, style);
  Tristate centred =
      para->centred != UNSET ? para->centred : pw_import_word_style_centred (self, style);
  g_autofree char *label = num_id > 0 ? pw_import_word_number_paragraph (self, num_id, ilvl) : NULL;
  const GString *text = para->text;
  PwMarkupFlags flags = 0;

  if (label != NULL)
    {
      g_string_assign (self->numbered, label);
      g_string_append_len (self->numbered, para->text->str, para->text->len);
      text = self->numbered;
      flags |= PW_MARKUP_NUMBERED;
    }

  if (para->printed && !para->plain)
    flags |= PW_MARKUP_BOLD;
  if (centred == ON)
    flags |= PW_MARKUP_CENTRED;

  if (self->in_cell && self->box_depth == 0)
    {
      if (self->cell.text->len > 0)
        g_string_append_c (self->cell.text, '\n');
      g_string_append_len (self->cell.text, text->str, text->len);
      self->cell.printed |= para->printed;
      self->cell.plain |= para->plain;
    }
  else
    pw_import_markup_paragraph (self->markup, text->str, text->len, para->line, heading, flags);
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
  g_clear_pointer (&para->style, g_free);
  g_ptr_array_add (self->spare_paras, para);

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
  self->cell.printed = FALSE;
  self->cell.plain = FALSE;
}

static void
end_cell (Reader *self)
{
  PwMarkupFlags flags = 0;

  if (self->cell.printed && !self->cell.plain)
    flags |= PW_MARKUP_BOLD;
  pw_import_markup_cell (self->markup, self->cell.text->str, self->cell.colspan, 1,
                         self->cell.continues, flags);
  self->in_cell = FALSE;
}

/* One property of a cell (a child of w:tcPr). */
static void
cell_property (Reader        *self,
               const Element *element)
{
  if (element_is (element, "gridSpan"))
    self->cell.colspan = CLAMP (element_int (element, "val", 1), 1, 64);
  else if (element_is (element, "vMerge"))
    {
      g_autofree char *value = element_attribute (element, "val");

      self->cell.continues = value == NULL || strcmp (value, "continue") == 0;
    }
  else if (element_is (element, "hMerge"))
    {
      g_autofree char *value = element_attribute (element, "val");

      /* The old horizontal merge: a continuation adds nothing of its own. */
      if (value == NULL || strcmp (value, "continue") == 0)
        self->cell.colspan = 0;
    }
}

/* One property of a row (a child of w:trPr). */
static void
row_property (Reader        *self,
              const Element *element)
{
  if (element_is (element, "gridBefore"))
    self->grid_before = CLAMP (element_int (element, "val", 0), 0, 64);
  else if (element_is (element, "tblHeader") && element_toggle (element) == ON)
    self->row_flags |= PW_MARKUP_HEADER;
}

/* Reads the properties element @element (w:rPr, w:pPr, w:tcPr, w:trPr):
 * every element inside it goes to @property in turn. A tracked change of
 * properties (w:rPrChange, w:pPrChange …) holds them as they were before
 * the change: skipped. */
static void
read_properties (Reader        *self,
                 const Element *element,
                 PropertyFunc   property)
{
  if (element->empty)
    return;
  self->props = property;
  self->props_depth = element->depth;
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

/* An element of the body (not in a skipped element, properties or a w:t). */
static void
body_element (Reader        *self,
              const Element *element)
{
  const char *name = element->name;
  gboolean empty = element->empty;

#define IS(literal) (strcmp (name, literal) == 0)
  if (IS ("p"))
    {
      begin_paragraph (self);
      if (empty)
        end_paragraph (self);
    }
  else if (IS ("pPr") && current_para (self) != NULL)
    read_properties (self, element, paragraph_property);
  else if (IS ("r") && current_para (self) != NULL)
    {
      if (self->in_run)
        end_run (self);
      begin_run (self);
      if (empty)
        end_run (self);
    }
  else if (IS ("rPr") && self->in_run)
    read_properties (self, element, run_property);
  else if (IS ("t"))
    {
      /* its text, as the parser passes it (see on_characters()) */
      if (!empty)
        self->text_depth = element->depth;
    }
  else if (IS ("tab") && self->in_run)
    add_text (self, " ");
  else if ((IS ("br") || IS ("cr")) && self->in_run)
    {
      g_autofree char *kind = element_attribute (element, "type");

      add_text (self, g_strcmp0 (kind, "page") == 0 || g_strcmp0 (kind, "column") == 0 ? "" : "\n");
    }
  else if (IS ("noBreakHyphen"))
    add_text (self, "-");
  else if (IS ("footnoteReference") || IS ("endnoteReference") || IS ("commentReference") ||
           IS ("annotationRef"))
    self->run.note_reference = self->in_run;
  else if (IS ("fldChar"))
    {
      g_autofree char *kind = element_attribute (element, "fldCharType");
      gboolean instruction = TRUE;

      if (g_strcmp0 (kind, "begin") == 0)
        g_array_append_val (self->fields, instruction);
      else if (g_strcmp0 (kind, "separate") == 0 && self->fields->len > 0)
        g_array_index (self->fields, gboolean, self->fields->len - 1) = FALSE;
      else if (g_strcmp0 (kind, "end") == 0 && self->fields->len > 0)
        g_array_set_size (self->fields, self->fields->len - 1);
    }
  else if (IS ("del") || IS ("moveFrom") || IS ("delText") || IS ("instrText") ||
           IS ("delInstrText") || IS ("Fallback") || IS ("sectPr") || IS ("tblPr") ||
           IS ("tblGrid") || IS ("pPrChange") || IS ("rPrChange") || IS ("customXmlPr") ||
           IS ("sdtPr") || IS ("sdtEndPr") || IS ("docPr") || IS ("tblPrEx") || IS ("object"))
    skip (self, element);
  else if (IS ("tbl"))
    {
      if (empty)
        return;
      /* A table in a text box is read as the box's paragraphs; one in a
       * cell is flattened into the cell. */
      if (++self->table_depth == 1 && self->paras->len == 0 && self->box_depth == 0)
        {
          self->body_table = TRUE;
          pw_import_markup_begin_table (self->markup, self->n_paragraphs + 1);
        }
    }
  else if (IS ("tr") && self->table_depth == 1 && self->body_table)
    {
      self->row_pending = TRUE;
      self->row_line = self->n_paragraphs + 1;
      self->row_flags = 0;
      self->grid_before = 0;
      if (empty)
        begin_row (self);
    }
  else if (IS ("trPr") && self->table_depth == 1 && self->body_table)
    read_properties (self, element, row_property);
  else if (IS ("tc") && self->table_depth == 1 && self->body_table)
    {
      begin_row (self);
      begin_cell (self);
      if (empty)
        end_cell (self);
    }
  else if (IS ("tcPr") && self->table_depth == 1 && self->body_table && self->in_cell)
    read_properties (self, element, cell_property);
  else if (IS ("txbxContent"))
    {
      if (!empty)
        self->box_depth++;
    }
  /* Anything else (w:ins, w:hyperlink, w:sdtContent, mc:Choice, w:drawing …)
   * is read through for the text inside it. */
#undef IS
}

/* The end of a body's element that was not empty (as the reader gives it). */
static void
body_element_end (Reader     *self,
                  const char *name)
{
  if (strcmp (name, "body") == 0)
    self->in_body = FALSE;
  else if (strcmp (name, "p") == 0 && current_para (self) != NULL)
    end_paragraph (self);
  else if (strcmp (name, "r") == 0 && self->in_run)
    end_run (self);
  else if (strcmp (name, "tc") == 0 && self->table_depth == 1 && self->body_table && self->in_cell)
    end_cell (self);
  else if (strcmp (name, "tr") == 0 && self->table_depth == 1 && self->body_table)
    begin_row (self);
  else if (strcmp (name, "tbl") == 0 && self->table_depth > 0)
    {
      if (self->table_depth == 1 && self->body_table)
        {
          pw_import_markup_end_table (self->markup);
          self->body_table = FALSE;
          flush_boxes (self);
        }
      self->table_depth--;
    }
  else if (strcmp (name, "txbxContent") == 0 && self->box_depth > 0)
    self->box_depth--;
}

static void
on_start_element (void           *data,
                  const xmlChar  *local_name,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  PwImportPackage *package = data;
  Reader *self = pw_import_package_sax_data (package);
  Element element = { (const char *) local_name, attributes, n_attributes, self->open,
                      pw_import_package_sax_at_empty (package) };

  /* an empty element's end follows at once, where the reader gives none */
  self->ending_empty = element.empty;
  if (!element.empty)
    self->open++;

  if (self->skip_depth >= 0 || self->text_depth >= 0)
    return;
  if (self->props != NULL)
    {
      if (g_str_has_suffix (element.name, "PrChange"))
        skip (self, &element);
      else
        self->props (self, &element);
      return;
    }
  if (!self->in_body)
    {
      if (element_is (&element, "body"))
        self->in_body = !element.empty;
      return;
    }
  body_element (self, &element);
}

static void
on_end_element (void          *data,
                const xmlChar *local_name,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  Reader *self = pw_import_package_sax_data (data);
  int depth;

  if (self->ending_empty)
    {
      self->ending_empty = FALSE;
      return;
    }
  depth = --self->open;

  if (self->skip_depth >= 0)
    {
      if (depth == self->skip_depth)
        self->skip_depth = -1;
    }
  else if (self->props != NULL)
    {
      if (depth == self->props_depth)
        self->props = NULL;
    }
  else if (self->text_depth >= 0)
    {
      if (depth == self->text_depth)
        self->text_depth = -1;
    }
  else if (self->in_body)
    body_element_end (self, (const char *) local_name);
}

/* Text counts only in a w:t, whatever elements it is in there. */
static void
on_characters (void          *data,
               const xmlChar *text,
               int            length)
{
  Reader *self = pw_import_package_sax_data (data);

  if (self->text_depth >= 0 && self->skip_depth < 0)
    add_text_len (self, (const char *) text, length);
}

/* Reads the document with the scanner of simple parts when @scan (FALSE
 * when the part is not simple), else with libxml2. */
static gboolean
read_document (Reader          *self,
               PwImportPackage *package,
               const char      *part,
               gboolean         scan,
               GError         **error)
{
  xmlSAXHandler sax = { 0 };
  gboolean ok;

  sax.startElementNs = on_start_element;
  sax.endElementNs = on_end_element;
  sax.characters = on_characters;
  sax.ignorableWhitespace = on_characters;
  sax.cdataBlock = on_characters;

  self->package = package;
  self->skip_depth = -1;
  self->text_depth = -1;
  if (scan)
    {
      if (!pw_import_package_scan_xml (package, part, &sax, self))
        return FALSE;
      ok = TRUE;
    }
  else
    ok = pw_import_package_parse_xml (package, part, &sax, self, error);

  /* A document cut inside a paragraph: what was read of it counts. */
  while (current_para (self) != NULL)
    end_paragraph (self);
  if (self->in_cell)
    end_cell (self);
  pw_import_markup_end_table (self->markup);
  self->box_depth = 0;
  flush_boxes (self);

  return ok;
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
  g_clear_pointer (&self->spare_paras, g_ptr_array_unref);
  if (self->numbered != NULL)
    g_string_free (self->numbered, TRUE);
  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->default_style, g_free);
  if (self->run.text != NULL)
    g_string_free (self->run.text, TRUE);
  g_free (self->run.style);
  if (self->cell.text != NULL)
    g_string_free (self->cell.text, TRUE);
}

static void
reader_init (Reader *self)
{
  self->markup = pw_import_markup_new ();
  self->styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) pw_import_word_style_free);
  self->abstracts =
      g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) pw_import_word_abstract_free);
  self->nums =
      g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) pw_import_word_num_free);
  self->paras = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_import_word_para_free);
  self->box_paras = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_import_word_para_free);
  self->spare_paras = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_import_word_para_free);
  self->numbered = g_string_new (NULL);
  self->fields = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->run.text = g_string_new (NULL);
  self->cell.text = g_string_new (NULL);
  self->default_bold = UNSET;
}

typedef enum
{
  READ,
  FAILED,
  NOT_SIMPLE,  /* document.xml is for libxml2: read again from the start */
} ReadResult;

/* The styles, the numbering and the document. */
static ReadResult
read_parts (Reader          *self,
            PwImportPackage *package,
            const char      *part,
            gboolean         scan,
            GError         **error)
{
  if (!pw_import_word_read_styles (self, package, error) ||
      !pw_import_word_read_numbering (self, package, error))
    return FAILED;
  if (!read_document (self, package, part, scan, error))
    return scan ? NOT_SIMPLE : FAILED;
  return READ;
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
  return pw_import_is_zip (data, length) || pw_import_word_is_compound_file (data, length);
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
  ReadResult read;
  gboolean ok = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pw_import_check_size (length, error))
    return FALSE;

  bytes = g_bytes_new_static (data, length);
  if (pw_import_word_is_compound_file (data, length))
    {
      g_autoptr(GBytes) converted = NULL;

      if (pw_import_word_is_encrypted_package (bytes))
        {
          g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_ENCRYPTED,
                               _("The Word file is protected by a password: open it in Word or WPS "
                                 "with its password and save it again without one"));
          return FALSE;
        }
      converted = pw_import_word_convert_legacy (bytes, ".doc", error);
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

  /* once without libxml2 when document.xml is simple; if it is not, again with it */
  reader_init (&self);
  read = read_parts (&self, package, part, TRUE, error);
  if (read == NOT_SIMPLE)
    {
      reader_clear (&self);
      memset (&self, 0, sizeof self);
      reader_init (&self);
      read = read_parts (&self, package, part, FALSE, error);
    }
  if (read == READ)
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
