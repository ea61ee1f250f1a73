/* pw-plan-reader-input.c: the safe input of the .plan reader: the prolog scanner and libxml2's parsers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader takes a stream of nodes, one at a time (pw_reader_read_node()):
 * when loading from libxml2's SAX2 push parser, which builds no tree; when
 * checking from xmlTextReader, which the RELAX NG validator needs.
 *
 * Safety: the parser runs with XML_PARSE_NONET and without XML_PARSE_NOENT
 * or XML_PARSE_DTDLOAD. The bytes pass through a scanner of the prolog
 * before libxml2 sees them, which refuses a document type declaration (the
 * door to entity expansion and to reading other files) and any encoding
 * other than UTF-8 before libxml2 parses it; entity references, which cannot
 * occur without one, are refused too. libxml2 itself refuses invalid UTF-8
 * and any text over 10,000,000 bytes (its limit without XML_PARSE_HUGE),
 * which bounds the memory and the time spent on a hostile file.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-reader-private.h"

#include <glib/gi18n-lib.h>
#include <libxml/SAX2.h>
#include <string.h>

/* The prolog */

static void
prolog_refuse (Reader          *r,
               PwPlanFileError  code,
               int              line,
               int              column,
               const char      *message)
{
  pw_reader_add_placed_problem (r, PROBLEM_FATAL, code, line, column, NULL, message);
  r->prolog.state = PROLOG_DONE;
}

/* The encoding named by the XML declaration, which the scanner collected. */
static void
prolog_check_declaration (Reader *r)
{
  const char *s = r->prolog.pi->str;
  const char *encoding = strstr (s, "encoding");
  char quote;
  const char *end;
  g_autofree char *name = NULL;

  if (encoding == NULL)
    return;

  s = encoding + strlen ("encoding");
  while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
    s++;
  if (*s++ != '=')
    return;
  while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
    s++;
  quote = *s++;
  if ((quote != '"' && quote != '\'') || (end = strchr (s, quote)) == NULL)
    return;

  name = g_strndup (s, end - s);
  if (g_ascii_strcasecmp (name, "UTF-8") != 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("The file is in the encoding %s; a .plan file is in UTF-8"), name);

      prolog_refuse (r, PW_PLAN_FILE_ERROR_NOT_PLAN, r->prolog.lt_line, r->prolog.lt_column, message);
    }
}

/* Passes @length bytes of input through the scanner; FALSE when they are
 * refused. Once the root element starts, nothing more is scanned. */
static gboolean
prolog_scan (Reader     *r,
             const char *data,
             gsize       length)
{
  Prolog *p = &r->prolog;

  for (gsize i = 0; i < length && p->state != PROLOG_DONE; i++)
    {
      guchar c = data[i];

      p->offset++;
      if (c == '\n')
        {
          p->line++;
          p->column = 0;
        }
      else if ((c & 0xC0) != 0x80)
        p->column++;

      if (c == 0)
        {
          prolog_refuse (r, PW_PLAN_FILE_ERROR_NOT_PLAN, p->line, p->column,
                         _("The file is not UTF-8 text: it holds NUL bytes (is it UTF-16 or binary?)"));
          return FALSE;
        }

      switch (p->state)
        {
        case PROLOG_START:
          if (p->bom < 3 && c == (guchar) "\xEF\xBB\xBF"[p->bom])
            {
              if (++p->bom == 3)
                p->column = 0;
              break;
            }
          if (c == 0xFE || c == 0xFF)
            {
              prolog_refuse (r, PW_PLAN_FILE_ERROR_NOT_PLAN, 1, 1,
                             _("The file is in UTF-16 or UTF-32; a .plan file is in UTF-8"));
              return FALSE;
            }
          p->state = PROLOG_BETWEEN;
          G_GNUC_FALLTHROUGH;

        case PROLOG_BETWEEN:
          if (c == '<')
            {
              p->state = PROLOG_LT;
              p->lt_line = p->line;
              p->lt_column = p->column;
            }
          else if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            {
              prolog_refuse (r, PW_PLAN_FILE_ERROR_NOT_PLAN, p->line, p->column,
                             _("The file is not XML: it does not begin with “<”"));
              return FALSE;
            }
          break;

        case PROLOG_LT:
          if (c == '?')
            {
              p->state = PROLOG_PI;
              p->declaration = p->lt_line == 1 && p->lt_column == 1;
              g_string_truncate (p->pi, 0);
            }
          else if (c == '!')
            {
              p->state = PROLOG_BANG;
              p->word_length = 0;
            }
          else
            p->state = PROLOG_DONE; /* the root element */
          break;

        case PROLOG_PI:
        case PROLOG_PI_QUESTION:
          if (p->state == PROLOG_PI_QUESTION && c == '>')
            {
              p->state = PROLOG_BETWEEN;
              if (p->declaration)
                prolog_check_declaration (r);
              break;
            }
          p->state = c == '?' ? PROLOG_PI_QUESTION : PROLOG_PI;
          if (p->declaration)
            {
              /* Runs of white space count as one, so that however long the
               * declaration, its encoding is seen; no real one is longer. */
              gboolean space = c == ' ' || c == '\t' || c == '\r' || c == '\n';

              if (space && p->pi->len > 0 && p->pi->str[p->pi->len - 1] == ' ')
                break;
              if (p->pi->len >= MAX_DECLARATION)
                {
                  prolog_refuse (r, PW_PLAN_FILE_ERROR_INVALID, p->lt_line, p->lt_column,
                                 _("The XML declaration (<?xml …?>) is too long to be one of a .plan file"));
                  return FALSE;
                }
              g_string_append_c (p->pi, space ? ' ' : c);
            }
          break;

        case PROLOG_BANG:
          p->word[p->word_length++] = c;
          if (p->word_length <= 2 && memcmp (p->word, "--", p->word_length) == 0)
            {
              if (p->word_length == 2)
                {
                  p->state = PROLOG_COMMENT;
                  p->dashes = 0;
                }
            }
          else if (memcmp (p->word, "DOCTYPE", p->word_length) != 0)
            p->state = PROLOG_DONE; /* not well-formed: libxml2 says so */
          else if (p->word_length == 7)
            {
              prolog_refuse (r, PW_PLAN_FILE_ERROR_INVALID, p->lt_line, p->lt_column,
                             _("A .plan file may not have a document type declaration (<!DOCTYPE …>): "
                               "it could define entities that expand without end or read other files"));
              return FALSE;
            }
          break;

        case PROLOG_COMMENT:
          if (c == '>' && p->dashes >= 2)
            p->state = PROLOG_BETWEEN;
          else if (c == '-')
            p->dashes++;
          else
            p->dashes = 0;
          break;

        case PROLOG_DONE:
        default:
          break;
        }
    }

  return TRUE;
}

static int
read_input (void *context,
            char *buffer,
            int   length)
{
  Reader *r = context;
  gssize n_read;

  if (r->stop)
    return -1;

  n_read = g_input_stream_read (r->stream, buffer, length, NULL, &r->io_error);
  if (n_read < 0)
    {
      r->stop = TRUE;
      return -1;
    }

  r->bytes_read += n_read;
  if (r->prolog.state != PROLOG_DONE && !prolog_scan (r, buffer, n_read))
    return -1;

  return n_read;
}

/* Loading: libxml2's SAX2 push parser */

/* When loading, the parser's SAX2 callbacks put the nodes in a queue that
 * pw_reader_read_node() takes them from, so that the recursive descent below reads a
 * stream of nodes whether they come from xmlTextReader (checking, with the
 * schema) or from SAX (loading). SAX builds no tree: the queue is three
 * arrays used again chunk after chunk, the events (32 bytes each), the
 * attributes of the elements queued, and their texts and attribute values
 * one after another in one string, so that a file costs no allocation per
 * node and the memory the parser writes and the reader reads is a few
 * contiguous blocks that stay in the cache. The element taken is made into
 * an xmlNode (r->sax_node) when it is taken. A node is valid until the next
 * pw_reader_read_node(), as with xmlTextReader. */
/* Small chunks keep the queue in the cache: with 64 KB chunks (thousands of
 * events queued at a time) loading took 28% longer than with xmlTextReader;
 * with 4 KB, the same time. */
#define SAX_CHUNK 4096
#define SAX_READ (64 * 1024)

struct _SaxEvent
{
  int type;                /* XML_READER_TYPE_ELEMENT, _END_ELEMENT or _TEXT */
  guint text;              /* where its text, or its attributes' values, start in r->sax_text */
  guint length;            /* of its text */
  guint attribute;         /* its first attribute in r->sax_attributes */
  guint n_attributes;
  guint32 hash;            /* of the text of a value element, for the cache of values */
  gboolean hashed;         /* @hash is the text's */
  const xmlChar *name;     /* of an element, from the parser's dictionary */
  xmlNsPtr ns;
};

typedef SaxEvent Event;

static G_GNUC_NO_INLINE void
queue_grow (Reader *r)
{
  r->n_slots = MAX (256, 2 * r->n_slots);
  r->events = g_renew (Event, r->events, r->n_slots);
}

/* The queue: events from r->head to r->n_events; a plain array, as
 * GPtrArray's calls cost 7% of loading. Inline in every build, as -O3
 * makes it (-O2 left a call for each of the three events of a field). */
static inline Event *
queue_push (Reader *r,
            int     type)
{
  Event *event;

  if (G_UNLIKELY (r->n_events == r->n_slots))
    queue_grow (r);

  /* the text before is whole */
  if (r->n_events > 0 && r->events[r->n_events - 1].type == XML_READER_TYPE_TEXT)
    pw_plan_file_put (r->sax_text, "", 1);

  event = &r->events[r->n_events++];
  event->type = r->sax_last_type = type;
  event->text = r->sax_text->len;
  event->length = 0;
  event->attribute = r->n_sax_attributes;
  event->n_attributes = 0;
  event->hashed = FALSE;
  return event;
}

static inline guint
queue_length (Reader *r)
{
  return r->n_events - r->head;
}

/* The events before r->head have been read: what is left of the queue (one
 * event at most, as the queue is compacted when it holds fewer than two)
 * moves to the front of the arrays. */
static void
queue_compact (Reader *r)
{
  Event *event;
  gsize start;

  g_assert (queue_length (r) <= 1);

  if (queue_length (r) == 0)
    {
      r->n_events = r->head = 0;
      r->n_sax_attributes = 0;
      pw_plan_file_clear (r->sax_text);
      return;
    }

  event = &r->events[r->head];
  start = event->text;
  memmove (r->sax_text->str, r->sax_text->str + start, r->sax_text->len - start + 1);
  r->sax_text->len -= start;
  memmove (r->sax_attributes, r->sax_attributes + event->attribute, event->n_attributes * sizeof (xmlAttr));
  for (guint i = 0; i < event->n_attributes; i++)
    r->sax_attributes[i].psvi = GSIZE_TO_POINTER (GPOINTER_TO_SIZE (r->sax_attributes[i].psvi) - start);
  r->n_sax_attributes = event->n_attributes;
  event->text = 0;
  event->attribute = 0;
  r->events[0] = *event;
  r->n_events = 1;
  r->head = 0;
}

static G_GNUC_NO_INLINE xmlNsPtr
sax_find_namespace (Reader        *r,
                    const xmlChar *prefix,
                    const xmlChar *uri)
{
  xmlNsPtr ns;

  /* names and URIs come from the parser's dictionary: pointers tell them */
  for (guint i = 0; i < r->namespaces->len; i++)
    {
      ns = g_ptr_array_index (r->namespaces, i);
      if (ns->href == uri && ns->prefix == prefix)
        return ns;
    }

  ns = g_new0 (xmlNs, 1);
  ns->type = XML_NAMESPACE_DECL;
  ns->href = uri;
  ns->prefix = prefix;
  g_ptr_array_add (r->namespaces, ns);
  return ns;
}

/* The namespace of an element or attribute: nearly always the first one
 * met, the file's (tested inline), or none. */
static inline xmlNsPtr
sax_namespace (Reader        *r,
               const xmlChar *prefix,
               const xmlChar *uri)
{
  xmlNsPtr first;

  if (uri == NULL)
    return NULL;
  if (G_LIKELY (r->namespaces->len > 0))
    {
      first = g_ptr_array_index (r->namespaces, 0);
      if (first->href == uri && first->prefix == prefix)
        return first;
    }
  return sax_find_namespace (r, prefix, uri);
}

static void
sax_start_element (void           *data,
                   const xmlChar  *localname,
                   const xmlChar  *prefix,
                   const xmlChar  *uri,
                   int             nb_namespaces,
                   const xmlChar **namespaces,
                   int             nb_attributes,
                   int             nb_defaulted,
                   const xmlChar **attributes)
{
  Reader *r = data;
  Event *event;

  r->sax_elements++;
  r->sax_depth++;
  if (r->stop)
    return;

  event = queue_push (r, XML_READER_TYPE_ELEMENT);
  event->name = localname;
  event->ns = sax_namespace (r, prefix, uri);

  if (nb_attributes <= 0)
    return;

  if (r->n_sax_attributes + nb_attributes > r->n_sax_attributes_allocated)
    {
      r->n_sax_attributes_allocated = MAX (r->n_sax_attributes + nb_attributes,
                                           MAX (64, 2 * r->n_sax_attributes_allocated));
      r->sax_attributes = g_renew (xmlAttr, r->sax_attributes, r->n_sax_attributes_allocated);
    }

  for (int i = 0; i < nb_attributes; i++)
    {
      xmlAttr *attribute = &r->sax_attributes[r->n_sax_attributes + i];
      const char *value = (const char *) attributes[5 * i + 3];
      const char *end = (const char *) attributes[5 * i + 4];

      attribute->type = XML_ATTRIBUTE_NODE;
      attribute->name = attributes[5 * i];
      attribute->ns = sax_namespace (r, attributes[5 * i + 1], attributes[5 * i + 2]);
      attribute->children = NULL;
      /* where the value starts in r->sax_text until the element is taken,
       * then the value (see sax_next()) */
      attribute->psvi = GSIZE_TO_POINTER (r->sax_text->len);

      /* Without entity substitution, libxml2 gives a "&" of a value as
       * "&#38;", for the tree builder to decode: decoded here. */
      for (const char *amp; (amp = memchr (value, '&', end - value)) != NULL; value = amp + 5)
        {
          pw_plan_file_put (r->sax_text, value, amp - value);
          pw_plan_file_put (r->sax_text, "&", 1);
          if (end - amp < 5)
            break;
        }
      if (value < end)
        pw_plan_file_put (r->sax_text, value, end - value);
      pw_plan_file_put (r->sax_text, "", 1);
    }
  event->n_attributes = nb_attributes;
  r->n_sax_attributes += nb_attributes;
}

/* A value element (<actual>, <baseline> or <target>) that held only a
 * text has just closed: the text is hashed as the cache of values hashes
 * it, and its slot in the cache asked for now, while the reader is still a
 * chunk behind, so that the waits for memory overlap rather than come one
 * after another; sax_feed() asks for the values the slots point at once
 * the chunk is parsed (prefetch_values()). Only the texts of value
 * elements: the others (names, notes) are never looked up, and hashing them
 * cost more than the prefetching saved. */
static void
prefetch_value_slot (Reader *r)
{
  Event *text;
  const xmlChar *name;

  if (r->n_events < r->head + 2)
    return;
  text = &r->events[r->n_events - 1];
  if (text->type != XML_READER_TYPE_TEXT || text[-1].type != XML_READER_TYPE_ELEMENT)
    return;
  name = text[-1].name;
  if (name != N (r, ACTUAL) && name != N (r, BASELINE) && name != N (r, TARGET))
    return;

  text->hash = pw_value_cache_hash (r->sax_text->str + text->text, text->length);
  text->hashed = TRUE;
  pw_value_cache_prefetch_hashed (r->values, text->length, text->hash, 0);

  if (G_UNLIKELY (r->n_value_texts == r->n_value_texts_allocated))
    {
      r->n_value_texts_allocated = MAX (64, 2 * r->n_value_texts_allocated);
      r->value_texts = g_renew (guint, r->value_texts, r->n_value_texts_allocated);
    }
  r->value_texts[r->n_value_texts++] = r->n_events - 1;
}

static void
sax_end_element (void          *data,
                 const xmlChar *localname,
                 const xmlChar *prefix,
                 const xmlChar *uri)
{
  Reader *r = data;

  r->sax_root_closed = --r->sax_depth == 0;
  if (!r->stop)
    {
      prefetch_value_slot (r);
      queue_push (r, XML_READER_TYPE_END_ELEMENT);
    }
}

static inline gboolean
is_blank_run (const xmlChar *text,
              int            length)
{
  int i = 0;

  /* the run between two tags of an indented file: a line end, then spaces
   * (a loop the compiler keeps to one comparison a byte) */
  if (length > 0 && text[0] == '\n')
    i = 1;
  while (i < length && text[i] == ' ')
    i++;

  for (; i < length; i++)
    if (text[i] != ' ' && text[i] != '\n' && text[i] != '\t' && text[i] != '\r')
      return FALSE;
  return TRUE;
}

static void
sax_characters (void          *data,
                const xmlChar *text,
                int            length)
{
  Reader *r = data;
  Event *last;

  if (r->stop)
    return;

  /* The blanks after an end tag are between elements (a .plan file has no
   * mixed content), where the reader skips them: not queued. */
  if (r->sax_last_type == XML_READER_TYPE_END_ELEMENT && is_blank_run (text, length))
    return;

  /* the last event queued is not taken yet: sax_next() takes a text only
   * once something follows it; its text is the end of r->sax_text */
  last = queue_length (r) > 0 ? &r->events[r->n_events - 1] : NULL;
  if (last == NULL || last->type != XML_READER_TYPE_TEXT)
    last = queue_push (r, XML_READER_TYPE_TEXT);

  if (G_UNLIKELY (last->length + length > PW_PLAN_FILE_MAX_TEXT))
    {
      g_autofree char *message =
        g_strdup_printf (_("A text or a tag is longer than %d bytes, more than a .plan file may hold"),
                         PW_PLAN_FILE_MAX_TEXT);

      pw_reader_add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID,
                                    xmlSAX2GetLineNumber (r->sax), xmlSAX2GetColumnNumber (r->sax),
                                    NULL, message);
      xmlStopParser (r->sax);
      return;
    }
  pw_plan_file_put (r->sax_text, (const char *) text, length);
  last->length += length;
}

/* The values that the slots asked for while the chunk was parsed point
 * at (see prefetch_value_slot()). */
static void
prefetch_values (Reader *r)
{
  for (guint i = 0; i < r->n_value_texts; i++)
    {
      const Event *text = &r->events[r->value_texts[i]];

      pw_value_cache_prefetch_hashed (r->values, text->length, text->hash, 1);
    }
  r->n_value_texts = 0;
}

/* Parses the next chunk of the input, SAX_CHUNK bytes of what was read
 * SAX_READ bytes at a time: a read of each chunk was a system call and a
 * pass through GIO's stream every 4 KB, 14,000 of them for a plan of
 * 100,000 indicators. */
static void
sax_feed (Reader *r)
{
  int n_chunk;

  if (r->sax_input_used == r->sax_input_length)
    {
      int n_read = read_input (r, r->sax_input, SAX_READ);

      if (n_read < 0)
        {
          r->parsed = TRUE;
          return;
        }
      r->sax_input_used = 0;
      r->sax_input_length = n_read;
    }

  n_chunk = MIN (SAX_CHUNK, r->sax_input_length - r->sax_input_used);
  xmlParseChunk (r->sax, r->sax_input + r->sax_input_used, n_chunk, n_chunk == 0);
  r->sax_input_used += n_chunk;
  prefetch_values (r);
  if (n_chunk == 0)
    r->parsed = TRUE;
  if (r->stop)
    xmlStopParser (r->sax);
}

/* The next node from the SAX parser: FALSE at the end or when it stopped. */
static gboolean
sax_next (Reader *r)
{
  Event *event;

  /* a node is taken once the next one is known: whether an element is
   * empty, whether a text is whole; the node taken before is no longer */
  if (queue_length (r) < 2 && !r->parsed && !r->stop)
    {
      if (r->head > 0)
        queue_compact (r);
      while (queue_length (r) < 2 && !r->parsed && !r->stop)
        sax_feed (r);
    }
  if (r->stop)
    return FALSE;
  if (queue_length (r) == 0)
    {
      r->eof = TRUE;
      return FALSE;
    }

  event = &r->events[r->head++];
  r->type = event->type;
  r->node = &r->sax_node;
  r->text_value = r->sax_text->str + event->text;
  r->empty = FALSE;

  if (event->type == XML_READER_TYPE_ELEMENT)
    {
      xmlAttr *attributes = &r->sax_attributes[event->attribute];

      r->sax_node.name = event->name;
      r->sax_node.ns = event->ns;
      r->sax_node.properties = event->n_attributes > 0 ? attributes : NULL;
      for (guint i = 0; i < event->n_attributes; i++)
        {
          attributes[i].psvi = r->sax_text->str + GPOINTER_TO_SIZE (attributes[i].psvi);
          attributes[i].next = i + 1 < event->n_attributes ? &attributes[i + 1] : NULL;
        }
    }

  /* <x/> or <x></x>: one node, as xmlTextReader gives an empty element */
  if (event->type == XML_READER_TYPE_ELEMENT && queue_length (r) > 0 &&
      r->events[r->head].type == XML_READER_TYPE_END_ELEMENT)
    {
      r->empty = TRUE;
      r->head++;
    }
  return TRUE;
}

/* The text of an element that holds only text, when loading: if the
 * queue holds it whole with the end tag after it (nearly every field of a
 * plan, <name>…</name>), both are taken at once and the text copied to
 * r->text, as pw_reader_read_text() would from the two nodes; FALSE, with
 * nothing taken, otherwise. */
gboolean
pw_reader_take_text_and_end (Reader *r)
{
  const Event *text;

  if (r->sax == NULL || r->stop || queue_length (r) < 2)
    return FALSE;
  text = &r->events[r->head];
  if (text->type != XML_READER_TYPE_TEXT || text[1].type != XML_READER_TYPE_END_ELEMENT)
    return FALSE;

  pw_plan_file_put (r->text, r->sax_text->str + text->text, text->length);
  r->text_hashed = text->hashed;
  r->text_hash = text->hash;
  r->head += 2;
  r->type = XML_READER_TYPE_END_ELEMENT;
  r->text_value = NULL;
  r->depth--;
  r->root_closed = r->depth == 0;
  return TRUE;
}

/* Nodes */

/* The next node of the file, from the SAX parser or xmlTextReader. */
gboolean
pw_reader_read_node (Reader *r)
{
  int ret;

  if (G_UNLIKELY (r->stop || r->eof))
    return FALSE;

  if (r->sax != NULL)
    {
      if (!sax_next (r))
        return FALSE;
      if (r->type == XML_READER_TYPE_TEXT)
        return TRUE;
    }
  else
    {
      ret = xmlTextReaderRead (r->xml);
      if (G_UNLIKELY (ret != 1))
        {
          if (ret == 0)
            r->eof = TRUE;
          else if (r->io_error == NULL)
            pw_reader_add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID,
                                          xmlTextReaderGetParserLineNumber (r->xml),
                                          xmlTextReaderGetParserColumnNumber (r->xml), NULL,
                                          _("The file is not well-formed XML"));
          r->stop = TRUE;
          return FALSE;
        }

      /* xmlTextReaderNodeType() tells blank text from other text by walking
       * up the tree for xml:space, for every node; text is text here. */
      r->node = xmlTextReaderCurrentNode (r->xml);
      if (r->node->type == XML_TEXT_NODE)
        {
          r->type = XML_READER_TYPE_TEXT;
          return TRUE;
        }
      r->type = xmlTextReaderNodeType (r->xml);
      if (r->type == XML_READER_TYPE_ELEMENT)
        r->empty = xmlTextReaderIsEmptyElement (r->xml);
    }

  switch (r->type)
    {
    case XML_READER_TYPE_ELEMENT:
      r->ordinal++;
      if (!r->empty)
        {
          r->depth++;
          if (r->open != NULL)
            {
              Open open = { r->node, r->ordinal };
              g_array_append_val (r->open, open);
            }
        }
      break;

    case XML_READER_TYPE_END_ELEMENT:
      r->depth--;
      r->root_closed = r->depth == 0;
      if (r->open != NULL && r->open->len > 0)
        g_array_set_size (r->open, r->open->len - 1);
      break;

    case XML_READER_TYPE_DOCUMENT_TYPE:
    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_ENTITY:
    case XML_READER_TYPE_NOTATION:
      /* The prolog scanner refuses the declarations that these need. */
      pw_reader_add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID,
                                    xmlTextReaderGetParserLineNumber (r->xml), 0, NULL,
                                    _("Document type declarations and entity references are not allowed in a .plan file"));
      return FALSE;

    default:
      break;
    }

  return TRUE;
}


/* Public API (private to the reader) */

/* Makes the parser that gives the nodes: SAX2 when loading, xmlTextReader
 * with @schema when checking. FALSE, with the problem recorded, when it
 * cannot be made. */
gboolean
pw_reader_input_begin (Reader        *r,
                       xmlRelaxNGPtr  schema)
{
  if (schema == NULL)
    {
      /* Loading: SAX2, which builds no tree (see sax_next()). */
      xmlSAXHandler sax = { 0 };

      sax.initialized = XML_SAX2_MAGIC;
      sax.startElementNs = sax_start_element;
      sax.endElementNs = sax_end_element;
      sax.characters = sax_characters;
      sax.cdataBlock = sax_characters;
      sax.serror = pw_reader_on_xml_error;

      r->sax = xmlCreatePushParserCtxt (&sax, r, NULL, 0, NULL);
      if (r->sax == NULL)
        {
          pw_reader_add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID, 0, 0, NULL,
                                        _("The file could not be read as XML"));
          return FALSE;
        }
      xmlCtxtUseOptions (r->sax, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
      r->sax_text = g_string_sized_new (2 * SAX_CHUNK);
      r->sax_input = g_malloc (SAX_READ);
      r->sax_node.type = XML_ELEMENT_NODE;
      r->namespaces = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < PW_N_NAMES; i++)
        r->names[i] = xmlDictLookup (r->sax->dict, (const xmlChar *) pw_format_names[i], -1);
      return TRUE;
    }

  r->open = g_array_sized_new (FALSE, FALSE, sizeof (Open), 16);
  r->xml = xmlReaderForIO (read_input, NULL, r, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA |
                           XML_PARSE_COMPACT);
  if (r->xml == NULL)
    {
      if (r->problems->len == 0 && r->io_error == NULL)
        pw_reader_add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID, 0, 0, NULL,
                                      _("The file could not be read as XML"));
      return FALSE;
    }

  xmlTextReaderSetStructuredErrorHandler (r->xml, pw_reader_on_xml_error, r);
  if (xmlTextReaderRelaxNGSetSchema (r->xml, schema) != 0)
    g_warning ("Could not set the schema of .plan files on the reader");
  for (guint i = 0; i < PW_N_NAMES; i++)
    r->names[i] = xmlTextReaderConstString (r->xml, (const xmlChar *) pw_format_names[i]);
  return TRUE;
}

/* Frees the parser and its nodes. */
void
pw_reader_input_end (Reader *r)
{
  g_clear_pointer (&r->events, g_free);
  r->n_slots = r->n_events = r->head = 0;
  if (r->sax_text != NULL)
    g_string_free (g_steal_pointer (&r->sax_text), TRUE);
  g_clear_pointer (&r->sax_attributes, g_free);
  g_clear_pointer (&r->sax_input, g_free);
  r->sax_input_used = r->sax_input_length = 0;
  g_clear_pointer (&r->value_texts, g_free);
  r->n_value_texts = r->n_value_texts_allocated = 0;
  r->n_sax_attributes = r->n_sax_attributes_allocated = 0;
  g_clear_pointer (&r->namespaces, g_ptr_array_unref);
  g_clear_pointer (&r->sax, xmlFreeParserCtxt);
  g_clear_pointer (&r->xml, xmlFreeTextReader);
  g_clear_pointer (&r->open, g_array_unref);
}

/**
 * pw_plan_sniff:
 * @stream: the start of a file
 *
 * Tells a .plan file from other documents by its content: the prolog
 * (declaration, comments, however long) passes the scanner the reader uses,
 * and the start tag of the root element names the .plan namespace. A file
 * whose prolog the reader would refuse (another encoding, a document type
 * declaration) counts as a .plan file when the namespace is in its first
 * kilobyte, so that loading it says what is wrong.
 *
 * Returns: whether @stream holds a .plan file
 */
gboolean
pw_plan_sniff (GInputStream *stream)
{
  Reader r = { 0 };
  g_autoptr(GString) tag = g_string_new (NULL);
  g_autoptr(GString) head = g_string_new (NULL);
  char buffer[16 * 1024];
  gboolean refused = FALSE, closed = FALSE;
  char quote = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);

  r.problems = g_array_new (FALSE, TRUE, sizeof (Problem));
  g_array_set_clear_func (r.problems, pw_reader_problem_clear);
  r.prolog.line = 1;
  r.prolog.pi = g_string_new (NULL);

  while (!closed && !refused && tag->len < MAX_SNIFFED_TAG)
    {
      gssize n_read = g_input_stream_read (stream, buffer, sizeof buffer, NULL, NULL);
      gsize i = 0;

      if (n_read <= 0)
        break;
      if (head->len < 1024)
        g_string_append_len (head, buffer, MIN ((gsize) n_read, 1024 - head->len));

      if (r.prolog.state != PROLOG_DONE)
        {
          guint64 before = r.prolog.offset;

          if (!prolog_scan (&r, buffer, n_read) || r.problems->len > 0)
            refused = TRUE;
          if (refused || r.prolog.state != PROLOG_DONE)
            continue;
          /* the scanner stopped on the first character of the root's name */
          i = r.prolog.offset - before - 1;
        }

      /* the root's start tag, up to its ">" outside quoted values */
      for (; i < (gsize) n_read && !closed; i++)
        {
          char c = buffer[i];

          if (quote != 0)
            quote = c == quote ? 0 : quote;
          else if (c == '"' || c == '\'')
            quote = c;
          else if (c == '>')
            closed = TRUE;
          g_string_append_c (tag, c);
        }
    }

  g_array_unref (r.problems);
  g_string_free (r.prolog.pi, TRUE);

  if (refused)
    return g_strstr_len (head->str, head->len, PW_PLAN_FILE_NAMESPACE_START) != NULL;
  return strstr (tag->str, PW_PLAN_FILE_NAMESPACE_START) != NULL;
}

