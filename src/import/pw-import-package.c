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
  gboolean scan_empty;    /* scanning: the element that starts is empty */
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

/* The scanner of simple parts (pw_import_package_scan_xml()) */

#define SCAN_MAX_DEPTH 200      /* libxml2 refuses past 256 without XML_PARSE_HUGE */
#define SCAN_MAX_ATTRIBUTES 32
#define SCAN_MAX_NAME 120
#define SCAN_MAX_NAMESPACES 128

static const char XML_NS[] = "http://www.w3.org/XML/1998/namespace";
static const char XMLNS_NS[] = "http://www.w3.org/2000/xmlns/";

typedef struct
{
  char prefix[SCAN_MAX_NAME + 1]; /* "" for the default namespace */
  const char *uri;
} ScanNs;

typedef struct
{
  char name[SCAN_MAX_NAME + 1]; /* its qualified name */
  guint8 name_length;
  guint8 local;                 /* where its local name starts */
  guint n_namespaces;           /* the namespaces in scope outside it */
} ScanOpen;

typedef struct
{
  PwImportPackage *package;
  const xmlSAXHandler *sax;
  GStringChunk *strings;        /* the namespaces' URIs */
  ScanNs namespaces[SCAN_MAX_NAMESPACES];
  guint n_namespaces;           /* in scope */
  ScanOpen open[SCAN_MAX_DEPTH];
  guint depth;
  char tag[SCAN_MAX_ATTRIBUTES + 1][2 * (SCAN_MAX_NAME + 1)]; /* a start tag's names: local, prefix */
  GString *text;                /* a text with its references replaced */
  gboolean root_seen;
  gboolean root_closed;
} Scan;

static inline gboolean
scan_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\n';
}

static inline gboolean
scan_name_start (char c)
{
  return g_ascii_isalpha (c) || c == '_';
}

static inline gboolean
scan_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-' || c == '.';
}

/* A name of ASCII letters, digits, _ - . with one colon at most, at @p:
 * its end, the colon's place in *@colon (or NULL); NULL if it is no such name. */
static inline const char *
scan_qname (const char  *p,
            const char  *end,
            const char **colon)
{
  const char *start = p;

  *colon = NULL;
  if (p == end || !scan_name_start (*p))
    return NULL;
  for (p++; p < end; p++)
    {
      if (scan_name_char (*p))
        continue;
      if (*p != ':')
        break;
      if (*colon != NULL || p + 1 == end || !scan_name_start (p[1]))
        return NULL;
      *colon = p;
    }
  if ((p < end && (guchar) *p >= 0x80) || p - start > SCAN_MAX_NAME)
    return NULL;
  return p;
}

/* The URI of a prefix (of @length bytes; 0 for the default namespace), or NULL. */
static const char *
scan_lookup_ns (Scan       *scan,
                const char *prefix,
                gsize       length)
{
  for (guint i = scan->n_namespaces; i-- > 0;)
    {
      const ScanNs *ns = &scan->namespaces[i];

      if (memcmp (ns->prefix, prefix, length) == 0 && ns->prefix[length] == '\0')
        return ns->uri;
    }
  if (length == 3 && memcmp (prefix, "xml", 3) == 0)
    return XML_NS;
  return NULL;
}

/* The text from @p to @end, between tags: FALSE if it holds what the
 * scanner leaves to libxml2 (a reference other than the five named ones,
 * ]]>, or anything but blanks outside the root element). */
static gboolean
scan_text (Scan       *scan,
           const char *p,
           const char *end)
{
  const char *amp;

  if (p == end)
    return TRUE;
  if (scan->depth == 0)
    {
      for (; p < end; p++)
        if (!scan_blank (*p))
          return FALSE;
      return TRUE;
    }
  for (const char *q = memchr (p, ']', end - p); q != NULL; q = memchr (q + 1, ']', end - q - 1))
    if (end - q >= 3 && q[1] == ']' && q[2] == '>')
      return FALSE;

  amp = memchr (p, '&', end - p);
  if (amp == NULL)
    {
      scan->sax->characters (scan->package, (const xmlChar *) p, end - p);
      return TRUE;
    }

  g_string_truncate (scan->text, 0);
  while (amp != NULL)
    {
      static const struct
      {
        const char *name;
        char c;
      } named[] = { { "lt;", '<' }, { "gt;", '>' }, { "amp;", '&' }, { "quot;", '"' }, { "apos;", '\'' } };
      guint i;

      g_string_append_len (scan->text, p, amp - p);
      for (i = 0; i < G_N_ELEMENTS (named); i++)
        {
          gsize n = strlen (named[i].name);

          if ((gsize) (end - amp - 1) >= n && memcmp (amp + 1, named[i].name, n) == 0)
            {
              g_string_append_c (scan->text, named[i].c);
              p = amp + 1 + n;
              break;
            }
        }
      if (i == G_N_ELEMENTS (named))
        return FALSE;
      amp = memchr (p, '&', end - p);
    }
  g_string_append_len (scan->text, p, end - p);
  scan->sax->characters (scan->package, (const xmlChar *) scan->text->str, scan->text->len);
  return TRUE;
}

static inline gboolean
is_xmlns (const char *name,
          const char *colon,
          const char *name_end)
{
  return colon != NULL ? colon - name == 5 && memcmp (name, "xmlns", 5) == 0
                       : name_end - name == 5 && memcmp (name, "xmlns", 5) == 0;
}

/* The start tag at @p (after its <), to its >: its end, or NULL if it is
 * not one the scanner reads. */
static const char *
scan_start_tag (Scan       *scan,
                const char *p,
                const char *end)
{
  struct
  {
    const char *name, *name_end, *colon, *value, *value_end;
  } found[SCAN_MAX_ATTRIBUTES];
  const xmlChar *attributes[5 * SCAN_MAX_ATTRIBUTES];
  const char *colon;
  const char *name = p;
  const char *name_end = scan_qname (p, end, &colon);
  guint n_found = 0, n_attributes = 0, outer_namespaces = scan->n_namespaces;
  char *own = scan->tag[SCAN_MAX_ATTRIBUTES];
  const char *uri;
  gboolean empty;
  ScanOpen *open;

  if (name_end == NULL || scan->root_closed || scan->depth == SCAN_MAX_DEPTH)
    return NULL;
  p = name_end;
  for (;;)
    {
      const char *blank = p;
      char quote;

      while (p < end && scan_blank (*p))
        p++;
      if (p == end)
        return NULL;
      if (*p == '>' || *p == '/')
        break;
      if (p == blank || n_found == SCAN_MAX_ATTRIBUTES)
        return NULL;
      found[n_found].name = p;
      found[n_found].name_end = p = scan_qname (p, end, &found[n_found].colon);
      if (p == NULL)
        return NULL;
      while (p < end && scan_blank (*p))
        p++;
      if (p == end || *p != '=')
        return NULL;
      for (p++; p < end && scan_blank (*p); p++)
        ;
      if (p == end || (*p != '"' && *p != '\''))
        return NULL;
      quote = *p++;
      found[n_found].value = p;
      /* a value with a reference or a blank to normalise is libxml2's */
      while (p < end && *p != quote && *p != '<' && *p != '&' && *p != '\t' && *p != '\n')
        p++;
      if (p == end || *p != quote)
        return NULL;
      found[n_found++].value_end = p++;
    }
  if (*p == '/' && (p + 1 == end || p[1] != '>'))
    return NULL;
  empty = *p == '/';

  /* the namespaces it declares, then its attributes' and its own */
  for (guint i = 0; i < n_found; i++)
    {
      const char *prefix = found[i].colon != NULL ? found[i].colon + 1 : found[i].name_end;
      gsize length = found[i].name_end - prefix;
      ScanNs *ns;

      if (!is_xmlns (found[i].name, found[i].colon, found[i].name_end))
        continue;
      if (found[i].value == found[i].value_end || scan->n_namespaces == SCAN_MAX_NAMESPACES ||
          (length == 3 && memcmp (prefix, "xml", 3) == 0) ||
          (length == 5 && memcmp (prefix, "xmlns", 5) == 0))
        return NULL;
      for (guint j = outer_namespaces; j < scan->n_namespaces; j++)
        if (memcmp (scan->namespaces[j].prefix, prefix, length) == 0 &&
            scan->namespaces[j].prefix[length] == '\0')
          return NULL;
      ns = &scan->namespaces[scan->n_namespaces++];
      memcpy (ns->prefix, prefix, length);
      ns->prefix[length] = '\0';
      ns->uri = g_string_chunk_insert_len (scan->strings, found[i].value,
                                          found[i].value_end - found[i].value);
      if (strcmp (ns->uri, XML_NS) == 0 || strcmp (ns->uri, XMLNS_NS) == 0)
        return NULL;
    }

  for (guint i = 0; i < n_found; i++)
    {
      const char *a_colon = found[i].colon;
      const char *local = a_colon != NULL ? a_colon + 1 : found[i].name;
      gsize local_length = found[i].name_end - local;
      gsize length = found[i].name_end - found[i].name;
      char *names = scan->tag[n_attributes];

      if (is_xmlns (found[i].name, a_colon, found[i].name_end))
        continue;
      uri = NULL;
      if (a_colon != NULL && (uri = scan_lookup_ns (scan, found[i].name, a_colon - found[i].name)) == NULL)
        return NULL;
      /* the same name twice, or the same local name in one namespace */
      for (guint j = 0; j < n_attributes; j++)
        {
          const char *other_uri = (const char *) attributes[5 * j + 2];

          if (((gsize) (found[j].name_end - found[j].name) == length &&
               memcmp (found[j].name, found[i].name, length) == 0) ||
              (uri != NULL && other_uri != NULL && strcmp (other_uri, uri) == 0 &&
               strlen ((const char *) attributes[5 * j]) == local_length &&
               memcmp (attributes[5 * j], local, local_length) == 0))
            return NULL;
        }
      memcpy (names, local, local_length);
      names[local_length] = '\0';
      attributes[5 * n_attributes] = (const xmlChar *) names;
      attributes[5 * n_attributes + 1] = NULL;
      if (a_colon != NULL)
        {
          char *prefix = names + local_length + 1;

          memcpy (prefix, found[i].name, a_colon - found[i].name);
          prefix[a_colon - found[i].name] = '\0';
          attributes[5 * n_attributes + 1] = (const xmlChar *) prefix;
        }
      attributes[5 * n_attributes + 2] = (const xmlChar *) uri;
      attributes[5 * n_attributes + 3] = (const xmlChar *) found[i].value;
      attributes[5 * n_attributes + 4] = (const xmlChar *) found[i].value_end;
      found[n_attributes++] = found[i];
    }

  uri = scan_lookup_ns (scan, name, colon != NULL ? (gsize) (colon - name) : 0);
  if (colon != NULL && uri == NULL)
    return NULL;

  /* its qualified name, ended at the colon and at its end: "w\0p\0" */
  open = &scan->open[scan->depth];
  memcpy (open->name, name, name_end - name);
  open->name[name_end - name] = '\0';
  open->name_length = name_end - name;
  open->local = colon != NULL ? colon - name + 1 : 0;
  open->n_namespaces = outer_namespaces;
  memcpy (own, open->name, open->name_length + 1);
  if (colon != NULL)
    own[colon - name] = '\0';

  scan->root_seen = TRUE;
  scan->package->scan_empty = empty;
  scan->sax->startElementNs (scan->package, (const xmlChar *) own + open->local,
                             colon != NULL ? (const xmlChar *) own : NULL, (const xmlChar *) uri,
                             0, NULL, n_attributes, 0, attributes);
  if (empty)
    {
      scan->sax->endElementNs (scan->package, (const xmlChar *) own + open->local, NULL, NULL);
      scan->n_namespaces = outer_namespaces;
      scan->root_closed = scan->depth == 0;
      return p + 2;
    }
  scan->depth++;
  return p + 1;
}

/* The end tag at @p (after its </): its end, or NULL if it does not close
 * the open element. */
static const char *
scan_end_tag (Scan       *scan,
              const char *p,
              const char *end)
{
  ScanOpen *open;

  if (scan->depth == 0)
    return NULL;
  open = &scan->open[scan->depth - 1];
  if ((gsize) (end - p) <= open->name_length || memcmp (p, open->name, open->name_length) != 0)
    return NULL;
  p += open->name_length;
  while (p < end && scan_blank (*p))
    p++;
  if (p == end || *p != '>')
    return NULL;

  scan->sax->endElementNs (scan->package, (const xmlChar *) open->name + open->local, NULL, NULL);
  scan->n_namespaces = open->n_namespaces;
  scan->depth--;
  scan->root_closed = scan->depth == 0;
  return p + 1;
}

/* <?xml version="1.0" encoding="UTF-8" standalone="yes"?> and nothing
 * else at the start: its end, or NULL. */
static const char *
scan_declaration (const char *p,
                  const char *end)
{
  static const char *const names[] = { "version", "encoding", "standalone" };
  static const char *const values[][3] = { { "1.0" }, { "UTF-8", "utf-8" }, { "yes", "no" } };
  guint next = 0;

  p += strlen ("<?xml");
  for (;;)
    {
      const char *blank = p;
      const char *value;
      char quote;
      gboolean known = FALSE;

      while (p < end && scan_blank (*p))
        p++;
      if (end - p >= 2 && p[0] == '?' && p[1] == '>')
        return next > 0 ? p + 2 : NULL;
      if (p == blank)
        return NULL;
      while (next < G_N_ELEMENTS (names) &&
             !((gsize) (end - p) > strlen (names[next]) &&
               memcmp (p, names[next], strlen (names[next])) == 0 && p[strlen (names[next])] == '='))
        {
          if (next == 0)
            return NULL;
          next++;
        }
      if (next == G_N_ELEMENTS (names))
        return NULL;
      p += strlen (names[next]) + 1;
      if (p == end || (*p != '"' && *p != '\''))
        return NULL;
      quote = *p++;
      value = p;
      while (p < end && *p != quote)
        p++;
      if (p == end)
        return NULL;
      for (guint i = 0; i < 3 && values[next][i] != NULL; i++)
        known |= strlen (values[next][i]) == (gsize) (p - value) &&
                 memcmp (value, values[next][i], p - value) == 0;
      if (!known)
        return NULL;
      p++;
      next++;
    }
}

static inline gboolean
continuation (guchar b)
{
  return (b & 0xC0) == 0x80;
}

/* Whether every byte from @p to @end is UTF-8 that XML allows: no control
 * character but tab and line feed (a carriage return, which libxml2 turns
 * into a line feed, is left to it), no surrogate, not U+FFFE or U+FFFF. */
static gboolean
scan_characters (const char *p,
                 const char *end)
{
  const guchar *s = (const guchar *) p;
  const guchar *e = (const guchar *) end;

  while (s < e)
    {
      guchar b = *s;

      if (b >= 0x20 && b < 0x80)
        s++;
      else if (b < 0x20)
        {
          if (b != '\t' && b != '\n')
            return FALSE;
          s++;
        }
      else if (b >= 0xE1 && b <= 0xEC && e - s >= 3 && continuation (s[1]) && continuation (s[2]))
        s += 3;
      else if (b >= 0xC2 && b <= 0xDF && e - s >= 2 && continuation (s[1]))
        s += 2;
      else if (e - s >= 3 && continuation (s[2]) &&
               ((b == 0xE0 && s[1] >= 0xA0 && s[1] <= 0xBF) ||
                (b == 0xED && s[1] >= 0x80 && s[1] <= 0x9F) ||
                (b == 0xEE && continuation (s[1])) ||
                (b == 0xEF && continuation (s[1]) && !(s[1] == 0xBF && s[2] >= 0xBE))))
        s += 3;
      else if (e - s >= 4 && continuation (s[2]) && continuation (s[3]) &&
               ((b == 0xF0 && s[1] >= 0x90 && s[1] <= 0xBF) ||
                (b >= 0xF1 && b <= 0xF3 && continuation (s[1])) ||
                (b == 0xF4 && s[1] >= 0x80 && s[1] <= 0x8F)))
        s += 4;
      else
        return FALSE;
    }
  return TRUE;
}

/* Scans from @p to @end, where no tag is cut: FALSE at what the scanner
 * leaves to libxml2. */
static gboolean
scan_range (Scan       *scan,
            const char *p,
            const char *end,
            gboolean    first)
{
  if (!scan_characters (p, end))
    return FALSE;
  if (first && end - p >= 6 && memcmp (p, "<?xml", 5) == 0 && scan_blank (p[5]))
    {
      p = scan_declaration (p, end);
      if (p == NULL)
        return FALSE;
    }
  while (p < end)
    {
      const char *lt = memchr (p, '<', end - p);

      if (!scan_text (scan, p, lt != NULL ? lt : end))
        return FALSE;
      if (lt == NULL)
        break;
      p = lt + 1;
      if (p == end)
        return FALSE;
      if (*p == '/')
        p = scan_end_tag (scan, p + 1, end);
      else if (*p == '!' || *p == '?')
        return FALSE;
      else
        p = scan_start_tag (scan, p, end);
      if (p == NULL)
        return FALSE;
    }
  return TRUE;
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
  const xmlChar *cur;

  if (self->sax == NULL)
    return self->scan_empty;
  cur = self->sax->input != NULL ? self->sax->input->cur : NULL;
  return cur != NULL && cur[0] == '/' && cur[1] == '>';
}

/**
 * pw_import_package_scan_xml:
 * @self: a package
 * @name: an XML part's name
 * @handler: the SAX2 callbacks, as for pw_import_package_parse_xml()
 * @data: the data of the callbacks
 *
 * Reads the part without libxml2 when it is of the simple kind Word writes:
 * UTF-8 without a carriage return or a byte order mark, an XML declaration
 * of version 1.0, UTF-8 and standalone at most, ASCII names, attribute
 * values without a reference or a blank to normalise, the five named
 * references in text, elements nested 200 deep at most, no comment,
 * processing instruction, CDATA section or document type. Everything is
 * checked as libxml2 checks it (UTF-8, the characters XML allows, names,
 * tags closed in order, blanks between attributes, namespaces declared,
 * no attribute twice, nothing but blanks around the root element); what
 * the scanner does not read, it leaves to libxml2: the callbacks are
 * called as pw_import_package_parse_xml() calls them, with the text in
 * other pieces, until it stops.
 *
 * Returns: whether the part was read to its end; if not, the callbacks may
 *   have seen a part of it, and it is to be parsed again, from the start,
 *   with pw_import_package_parse_xml(), which tells its error if it has one
 */
gboolean
pw_import_package_scan_xml (PwImportPackage     *self,
                            const char          *name,
                            const xmlSAXHandler *handler,
                            gpointer             data)
{
  g_autofree Scan *scan = g_new0 (Scan, 1);
  GString *window;
  gboolean ok = TRUE;
  gboolean first = TRUE;

  g_return_val_if_fail (self->xml_input == NULL && self->sax == NULL, FALSE);

  if (!xml_part_open (self, name, NULL))
    return FALSE;

  scan->package = self;
  scan->sax = handler;
  scan->strings = g_string_chunk_new (256);
  scan->text = g_string_new (NULL);
  self->sax_data = data;
  window = g_string_sized_new (2 * SAX_CHUNK);

  /* a chunk at a time, up to its last <: no tag is cut there */
  while (ok)
    {
      gsf_off_t remaining = gsf_input_remaining (self->xml_input);
      size_t n = MIN ((gsf_off_t) SAX_CHUNK, remaining);
      const guint8 *chunk = n > 0 ? gsf_input_read (self->xml_input, n, NULL) : NULL;
      const char *cut;

      if (n > 0 && chunk == NULL)
        {
          ok = FALSE;
          break;
        }
      g_string_append_len (window, (const char *) chunk, n);
      cut = window->str + window->len;
      if (n > 0)
        while (cut > window->str && *--cut != '<')
          ;
      if (cut > window->str)
        {
          ok = scan_range (scan, window->str, cut, first);
          first = FALSE;
          g_string_erase (window, 0, cut - window->str);
        }
      if (n == 0)
        break;
    }
  ok = ok && scan->root_seen && scan->root_closed;

  g_string_free (window, TRUE);
  g_string_chunk_free (scan->strings);
  g_string_free (scan->text, TRUE);
  g_clear_object (&self->xml_input);
  self->sax_data = NULL;
  return ok;
}
