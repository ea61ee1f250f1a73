/* pw-import-package.c: ZIP packages (.docx, .odt, .xlsx) read with limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before libgsf inflates anything, the package's central directory is read
 * here and checked, so that a hostile file costs no more than its size:
 *
 * - a file cut short has no end-of-directory record, or a directory that
 *   points past its end;
 * - an entry whose name holds a ".." component, starts with "/" or a drive
 *   letter, or holds a backslash or a NUL is refused: nothing here writes
 *   files, but a package that carries such names was made to attack;
 * - an encrypted entry (the traditional flag or AES, method 99) is refused
 *   (Word's own password protection is not a ZIP at all: see pw-import-legacy.c);
 * - a zip bomb: an entry declaring more than 200 times its compressed size
 *   (deflate cannot pass about 1,030) and over a megabyte, or a package
 *   declaring more than PW_IMPORT_MAX_SIZE in all. What is actually inflated
 *   never passes what was declared: libgsf stops at the declared size, and
 *   an entry that inflates to less is an error.
 *
 * Parts are read whole (pw_import_package_read), as a stream for
 * libxml2's reader (pw_import_package_open_xml), or inflated a chunk at a
 * time straight into libxml2's SAX2 push parser (pw_import_package_parse_xml),
 * which builds no tree: that is how a large document.xml costs no more
 * memory than what its reader keeps. The XML is parsed without network
 * access and without entities: a DTD or an entity reference is an error,
 * as in the .plan reader.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-package.h"

#include <glib/gi18n-lib.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <libxml/SAX2.h>
#include <string.h>

#include "pw-importer.h"

#define MAX_ENTRIES 65535
#define MAX_RATIO 200
#define RATIO_FLOOR (1024 * 1024)
#define SAX_CHUNK (64 * 1024)

struct _PwImportPackage
{
  GBytes *bytes;
  GsfInput *source;
  GsfInfile *zip;

  /* The XML part being read, and the first error of its parser. */
  GsfInput *xml_input;
  char *xml_name;
  char *xml_error;
  int xml_line;
  int xml_column;

  /* The part being parsed with SAX2, and its handler's data. */
  xmlParserCtxtPtr sax;
  gpointer sax_data;
};

/* Auxiliary methods */

static guint16
get16 (const guchar *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
get32 (const guchar *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

static gboolean
is_unsafe_name (const char *name,
                gsize       length)
{
  g_auto(GStrv) parts = NULL;

  if (length == 0 || memchr (name, '\0', length) != NULL || memchr (name, '\\', length) != NULL)
    return TRUE;
  if (name[0] == '/' || (length >= 2 && name[1] == ':'))
    return TRUE;

  parts = g_strsplit (name, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0)
      return TRUE;
  return FALSE;
}

static gboolean
package_error (GError    **error,
               const char *message)
{
  g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED, message);
  return FALSE;
}

/* Reads and checks the central directory (see the top of this file). */
static gboolean
check_directory (const guchar *data,
                 gsize         length,
                 GError      **error)
{
  const guchar *eocd = NULL;
  const guchar *p;
  const guchar *end;
  guint32 cd_size, cd_offset;
  guint entries;
  guint64 declared = 0;

  if (length < 22)
    return package_error (error, _("The package is cut short: it ends before its table of contents"));

  /* The end record is the last 22 bytes, or sits before a comment of up to 64 KB. */
  for (gsize back = 22; back <= length && back <= 22 + 65535; back++)
    {
      const guchar *q = data + length - back;

      if (get32 (q) == 0x06054b50 && (gsize) 22 + get16 (q + 20) == back)
        {
          eocd = q;
          break;
        }
    }
  if (eocd == NULL)
    return package_error (error, _("The package is cut short or damaged: its table of contents "
                                   "is missing (the file may not have been copied whole)"));

  entries = get16 (eocd + 10);
  cd_size = get32 (eocd + 12);
  cd_offset = get32 (eocd + 16);
  if (cd_offset == 0xffffffff || cd_size == 0xffffffff || entries == 0xffff)
    return package_error (error, _("The package uses the ZIP64 extension, which no plan document "
                                   "needs; save it again from Word or WPS"));
  if ((guint64) cd_offset + cd_size > (guint64) (eocd - data))
    return package_error (error, _("The package is cut short or damaged: its table of contents "
                                   "points past the end of the file"));

  p = data + cd_offset;
  end = p + cd_size;
  for (guint i = 0; i < entries; i++)
    {
      guint16 flags, method, name_length, extra_length, comment_length;
      guint32 compressed, size;
      const char *name;

      if (end - p < 46 || get32 (p) != 0x02014b50)
        return package_error (error, _("The package is damaged: its table of contents is cut short"));

      flags = get16 (p + 8);
      method = get16 (p + 10);
      compressed = get32 (p + 20);
      size = get32 (p + 24);
      name_length = get16 (p + 28);
      extra_length = get16 (p + 30);
      comment_length = get16 (p + 32);
      name = (const char *) p + 46;
      if ((gsize) (end - p) < 46 + (gsize) name_length + extra_length + comment_length)
        return package_error (error, _("The package is damaged: its table of contents is cut short"));

      if ((flags & 0x41) != 0 || method == 99)
        {
          g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_ENCRYPTED,
                               _("The package is encrypted: open it in Word or WPS with its "
                                 "password and save it again without one"));
          return FALSE;
        }
      if (is_unsafe_name (name, name_length))
        {
          g_autofree char *shown = g_utf8_make_valid (name, name_length);

          g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                       _("The package holds an entry named “%s”, which points outside the "
                         "package: it was made to attack, not by Word or WPS"), shown);
          return FALSE;
        }
      if (size > RATIO_FLOOR && (guint64) size > (guint64) compressed * MAX_RATIO)
        {
          g_autofree char *shown = g_utf8_make_valid (name, name_length);

          g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                       _("The package is a zip bomb: its entry “%s” would inflate %lu bytes "
                         "into %lu"), shown, (gulong) compressed, (gulong) size);
          return FALSE;
        }
      declared += size;
      if (declared > PW_IMPORT_MAX_SIZE)
        {
          g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_TOO_LARGE,
                       _("The package would inflate to more than %lu MB, far more than any "
                         "plan document"), (gulong) (PW_IMPORT_MAX_SIZE / (1024 * 1024)));
          return FALSE;
        }
      if ((guint64) get32 (p + 42) + 30 > (guint64) length)
        return package_error (error, _("The package is cut short: an entry starts past the end "
                                       "of the file"));
      /* libgsf would print its own lines for an entry whose header is
       * missing, and the part would be taken as absent */
      if (get32 (data + get32 (p + 42)) != 0x04034b50)
        {
          g_autofree char *shown = g_utf8_make_valid (name, name_length);

          g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                       _("The package is damaged: its entry “%s” is not where its table of "
                         "contents says (the file may not have been copied whole)"), shown);
          return FALSE;
        }

      p += 46 + name_length + extra_length + comment_length;
    }

  return TRUE;
}

/* A ZIP entry is a GsfInfile whether a folder or not; a file has no children (-1). */
static gboolean
is_folder (GsfInput *input)
{
  return GSF_IS_INFILE (input) && gsf_infile_num_children (GSF_INFILE (input)) >= 0;
}

static GsfInput *
child (PwImportPackage *self,
       const char      *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "/", -1);
  GsfInfile *dir = self->zip;
  GsfInput *input = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      GsfInput *next = gsf_infile_child_by_name (dir, parts[i]);

      if (input != NULL)
        g_object_unref (input);
      input = next;
      if (input == NULL)
        return NULL;
      if (parts[i + 1] != NULL)
        {
          if (!is_folder (input))
            {
              g_object_unref (input);
              return NULL;
            }
          dir = GSF_INFILE (input);
        }
    }

  return input;
}

static int
read_callback (void *context,
               char *buffer,
               int   length)
{
  GsfInput *input = context;
  gsf_off_t remaining = gsf_input_remaining (input);
  size_t n = MIN ((gsf_off_t) length, remaining);

  if (n == 0)
    return 0;
  if (gsf_input_read (input, n, (guint8 *) buffer) == NULL)
    return -1;
  return n;
}

static void
error_callback (void       *data,
                xmlErrorPtr error)
{
  PwImportPackage *self = data;

  if (self->xml_error != NULL || error == NULL || error->level < XML_ERR_ERROR)
    return;
  self->xml_error = g_strchomp (g_strdup (error->message != NULL ? error->message : "?"));
  self->xml_line = error->line;
  self->xml_column = error->int2;
}

/* The XML part to parse: FALSE when the package has none of that name. */
static gboolean
xml_part_open (PwImportPackage *self,
               const char      *name,
               GError         **error)
{
  self->xml_input = child (self, name);
  if (self->xml_input == NULL || is_folder (self->xml_input))
    {
      g_clear_object (&self->xml_input);
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                   _("The package has no part “%s”"), name);
      return FALSE;
    }

  g_clear_pointer (&self->xml_error, g_free);
  g_free (self->xml_name);
  self->xml_name = g_strdup (name);
  return TRUE;
}

/* Ends the XML part: FALSE with the first error of its parser, placed. */
static gboolean
xml_part_close (PwImportPackage *self,
                GError         **error)
{
  gboolean ok = self->xml_error == NULL;

  if (!ok)
    {
      if (self->xml_line > 0)
        g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                     _("%s:%d:%d: the package is damaged: %s"), self->xml_name, self->xml_line,
                     MAX (self->xml_column, 1), self->xml_error);
      else
        g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                     _("%s: the package is damaged: %s"), self->xml_name, self->xml_error);
    }

  g_clear_object (&self->xml_input);
  g_clear_pointer (&self->xml_error, g_free);
  return ok;
}

static void
refuse_declarations (PwImportPackage *self,
                     int              line,
                     int              column)
{
  if (self->xml_error != NULL)
    return;
  self->xml_error = g_strdup (_("a document type or an entity, which a package never holds"));
  self->xml_line = line;
  self->xml_column = column;
}

/* A document type declaration (with or without entities declared in it)
 * or an entity reference stops the SAX2 parser where it stands. */
static void
sax_refuse_doctype (void          *data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  PwImportPackage *self = data;

  refuse_declarations (self, xmlSAX2GetLineNumber (self->sax), xmlSAX2GetColumnNumber (self->sax));
  xmlStopParser (self->sax);
}

static void
sax_refuse_reference (void          *data,
                      const xmlChar *name)
{
  sax_refuse_doctype (data, name, NULL, NULL);
}

/* Public API */

/**
 * pw_import_is_zip:
 * @data: the first bytes of a file
 * @length: their number
 *
 * Returns: whether @data starts as a ZIP archive does (also an empty one)
 */
gboolean
pw_import_is_zip (const char *data,
                  gsize       length)
{
  return length >= 4 && data[0] == 'P' && data[1] == 'K' &&
         ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6));
}

/**
 * pw_import_package_open:
 * @bytes: the whole file
 * @error: a #PwImportError: %PW_IMPORT_ERROR_DAMAGED (cut short, damaged,
 *   a zip bomb, unsafe names), %PW_IMPORT_ERROR_ENCRYPTED or
 *   %PW_IMPORT_ERROR_TOO_LARGE
 *
 * Returns: (transfer full) (nullable): the package, checked
 */
PwImportPackage *
pw_import_package_open (GBytes  *bytes,
                        GError **error)
{
  g_autoptr(PwImportPackage) self = g_new0 (PwImportPackage, 1);
  g_autoptr(GError) local = NULL;
  gsize length;
  const guchar *data = g_bytes_get_data (bytes, &length);

  g_return_val_if_fail (bytes != NULL, NULL);

  self->bytes = g_bytes_ref (bytes);
  if (!check_directory (data, length, error))
    return NULL;

  self->source = gsf_input_memory_new (data, length, FALSE);
  self->zip = gsf_infile_zip_new (self->source, &local);
  if (self->zip == NULL)
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                   _("The package is damaged: %s"), local != NULL ? local->message : "?");
      return NULL;
    }

  return g_steal_pointer (&self);
}

void
pw_import_package_free (PwImportPackage *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->xml_input);
  g_clear_pointer (&self->xml_name, g_free);
  g_clear_pointer (&self->xml_error, g_free);
  g_clear_object (&self->zip);
  g_clear_object (&self->source);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self);
}

/**
 * pw_import_package_has:
 * @self: a package
 * @name: a part's name, such as "word/document.xml"
 *
 * Returns: whether the package has the part
 */
gboolean
pw_import_package_has (PwImportPackage *self,
                       const char      *name)
{
  GsfInput *input = child (self, name);
  gboolean found = input != NULL && !is_folder (input);

  g_clear_object (&input);
  return found;
}

/**
 * pw_import_package_read:
 * @self: a package
 * @name: a part's name
 * @error: %PW_IMPORT_ERROR_DAMAGED when the part is missing or damaged
 *
 * Returns: (transfer full) (nullable): the part's bytes, NUL-terminated
 *   beyond their length
 */
GBytes *
pw_import_package_read (PwImportPackage *self,
                        const char      *name,
                        GError         **error)
{
  g_autoptr(GObject) owner = NULL;
  GsfInput *input = child (self, name);
  gsf_off_t size;
  guint8 *buffer;

  owner = (GObject *) input;
  if (input == NULL)
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                   _("The package has no part “%s”"), name);
      return NULL;
    }

  size = gsf_input_size (input);
  if (size < 0 || (guint64) size > PW_IMPORT_MAX_SIZE)
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_TOO_LARGE,
                   _("The part “%s” of the package is too large"), name);
      return NULL;
    }

  buffer = g_malloc (size + 1);
  if (size > 0 && gsf_input_read (input, size, buffer) == NULL)
    {
      g_free (buffer);
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                   _("The part “%s” of the package is damaged or cut short"), name);
      return NULL;
    }
  buffer[size] = '\0';
  return g_bytes_new_take (buffer, size);
}

/**
 * pw_import_package_open_xml:
 * @self: a package
 * @name: an XML part's name
 * @error: %PW_IMPORT_ERROR_DAMAGED when the part is missing
 *
 * Opens a streaming reader on the part. Read it with
 * pw_import_package_read_node() and close it with
 * pw_import_package_close_xml(); one part is read at a time.
 *
 * Returns: (transfer full) (nullable): the reader
 */
xmlTextReaderPtr
pw_import_package_open_xml (PwImportPackage *self,
                            const char      *name,
                            GError         **error)
{
  xmlTextReaderPtr reader;

  g_return_val_if_fail (self->xml_input == NULL, NULL);

  if (!xml_part_open (self, name, error))
    return NULL;
  reader = xmlReaderForIO (read_callback, NULL, self->xml_input, name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (reader == NULL)
    {
      g_clear_object (&self->xml_input);
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                   _("The part “%s” of the package cannot be read"), name);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (reader, error_callback, self);
  return reader;
}

/**
 * pw_import_package_read_node:
 * @self: a package
 * @reader: its reader
 *
 * Moves to the next node, refusing a DTD or an entity reference.
 *
 * Returns: 1 at a node, 0 at the end, -1 on an error (told by
 *   pw_import_package_close_xml())
 */
int
pw_import_package_read_node (PwImportPackage *self,
                             xmlTextReaderPtr reader)
{
  int status = xmlTextReaderRead (reader);
  int type;

  if (status != 1)
    {
      if (status < 0 && self->xml_error == NULL)
        self->xml_error = g_strdup (_("not well-formed XML"));
      return status;
    }

  type = xmlTextReaderNodeType (reader);
  if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE ||
      type == XML_READER_TYPE_ENTITY)
    {
      refuse_declarations (self, xmlTextReaderGetParserLineNumber (reader),
                           xmlTextReaderGetParserColumnNumber (reader));
      return -1;
    }
  return 1;
}

/**
 * pw_import_package_skip:
 * @self: a package
 * @reader: its reader, at an element
 *
 * Skips the element the reader is at, with everything in it.
 */
void
pw_import_package_skip (PwImportPackage *self,
                        xmlTextReaderPtr reader)
{
  int depth = xmlTextReaderDepth (reader);

  if (xmlTextReaderIsEmptyElement (reader))
    return;
  while (pw_import_package_read_node (self, reader) == 1)
    if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
        xmlTextReaderDepth (reader) == depth)
      return;
}

/**
 * pw_import_package_close_xml:
 * @self: a package
 * @reader: (transfer full): its reader
 * @error: %PW_IMPORT_ERROR_DAMAGED with the part, line and column of the
 *   first error of the parser
 *
 * Returns: whether the part was read without an error
 */
gboolean
pw_import_package_close_xml (PwImportPackage  *self,
                             xmlTextReaderPtr  reader,
                             GError          **error)
{
  gboolean ok = xml_part_close (self, error);

  xmlFreeTextReader (reader);
  return ok;
}

/**
 * pw_import_package_parse_xml:
 * @self: a package
 * @name: an XML part's name
 * @handler: the SAX2 callbacks to call (startElementNs, endElementNs,
 *   characters, cdataBlock …); their data is @self, whose
 *   pw_import_package_sax_data() is @data
 * @data: the data of the callbacks
 * @error: %PW_IMPORT_ERROR_DAMAGED when the part is missing or is not
 *   well-formed, with the part, line and column of the first error
 *
 * Inflates the part a chunk at a time into libxml2's SAX2 push parser,
 * which builds no tree, without network access; a document type
 * declaration or an entity reference stops it with an error. One part is
 * parsed at a time.
 *
 * Returns: whether the part was parsed to its end without an error
 */
gboolean
pw_import_package_parse_xml (PwImportPackage    *self,
                             const char         *name,
                             const xmlSAXHandler *handler,
                             gpointer            data,
                             GError            **error)
{
  xmlSAXHandler sax = *handler;
  gboolean ok;

  g_return_val_if_fail (self->xml_input == NULL && self->sax == NULL, FALSE);

  if (!xml_part_open (self, name, error))
    return FALSE;

  sax.initialized = XML_SAX2_MAGIC;
  sax.serror = error_callback;
  sax.internalSubset = sax_refuse_doctype;
  sax.reference = sax_refuse_reference;
  self->sax = xmlCreatePushParserCtxt (&sax, self, NULL, 0, name);
  if (self->sax == NULL)
    {
      g_clear_object (&self->xml_input);
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                   _("The part “%s” of the package cannot be read"), name);
      return FALSE;
    }
  xmlCtxtUseOptions (self->sax, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  self->sax_data = data;

  for (;;)
    {
      gsf_off_t remaining = gsf_input_remaining (self->xml_input);
      size_t n = MIN ((gsf_off_t) SAX_CHUNK, remaining);
      const guint8 *chunk = n > 0 ? gsf_input_read (self->xml_input, n, NULL) : NULL;

      if (n > 0 && chunk == NULL)
        {
          /* the inflated stream is damaged */
          if (self->xml_error == NULL)
            self->xml_error = g_strdup (_("not well-formed XML"));
          break;
        }
      if (xmlParseChunk (self->sax, (const char *) chunk, n, n == 0) != 0 && self->xml_error == NULL &&
          !self->sax->wellFormed)
        self->xml_error = g_strdup (_("not well-formed XML"));
      if (n == 0 || self->sax->disableSAX)
        break;
    }

  ok = xml_part_close (self, error);
  xmlFreeParserCtxt (self->sax);
  self->sax = NULL;
  self->sax_data = NULL;
  return ok;
}

/**
 * pw_import_package_sax_data:
 * @self: a package whose part pw_import_package_parse_xml() is parsing
 *
 * Returns: the data given to pw_import_package_parse_xml()
 */
gpointer
pw_import_package_sax_data (PwImportPackage *self)
{
  return self->sax_data;
}

/**
 * pw_import_package_sax_at_empty:
 * @self: a package whose part pw_import_package_parse_xml() is parsing
 *
 * Called from the startElementNs callback, tells an empty element (<w:p/>),
 * whose endElementNs follows at once, as xmlTextReaderIsEmptyElement() does.
 *
 * Returns: whether the element that starts is empty
 */
gboolean
pw_import_package_sax_at_empty (PwImportPackage *self)
{
  const xmlChar *cur = self->sax->input != NULL ? self->sax->input->cur : NULL;

  return cur != NULL && cur[0] == '/' && cur[1] == '>';
}
