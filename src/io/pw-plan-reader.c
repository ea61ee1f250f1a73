/* pw-plan-reader.c: reading .plan files with libxml2's SAX2 parser (loading) or xmlTextReader (checking)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader is a recursive descent over the nodes of the file, one at a
 * time, one function per element of doc/plan-format.md, with the order of
 * children and the simple text fields taken from the table of the format
 * (pw-plan-format.c). Loading takes the nodes from libxml2's SAX2 push
 * parser, which builds no tree (see sax_next()); checking takes them from
 * xmlTextReader, which the RELAX NG validator needs. It
 * builds the model as it goes and keeps nothing of the XML, so a large file
 * costs the memory of its model plus libxml2's few kilobytes of window.
 *
 * Speed: element and attribute names come from the reader's dictionary, so
 * they are compared as pointers with names interned once per file; attribute
 * values and text are read in place (no copy per node but the one the model
 * keeps); objects are made with pw_*_new() and filled with their setters
 * while the plan's history is blocked; values that repeat (a plan prints
 * "100%" thousands of times) are parsed once and shared, PwValue being
 * immutable.
 *
 * Safety: the parser runs with XML_PARSE_NONET and without XML_PARSE_NOENT
 * or XML_PARSE_DTDLOAD. The bytes pass through a scanner of the prolog
 * before libxml2 sees them, which refuses a document type declaration (the
 * door to entity expansion and to reading other files) and any encoding
 * other than UTF-8 before libxml2 parses it; entity references, which cannot
 * occur without one, are refused too. libxml2 itself refuses invalid UTF-8
 * and any text over 10,000,000 bytes (its limit without XML_PARSE_HUGE),
 * which bounds the memory and the time spent on a hostile file.
 *
 * Problems: when loading, the first problem stops the reader; when checking,
 * every problem is collected. Each is tied to the ordinal of its element (the
 * n-th start tag of the file), because libxml2 knows line numbers of nodes
 * only up to 65535 and columns not at all; the exact line and column are then
 * found by scanning the input a second time, which only a file with problems
 * pays for.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-file-private.h"

#include <glib/gi18n-lib.h>
#include <libxml/SAX2.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <string.h>

#include "pw-enums.h"
#include "pw-plan-format.h"

typedef enum
{
  PROBLEM_FATAL,     /* the XML cannot be read on: stops the reader */
  PROBLEM_STRUCTURE, /* breaks the grammar of the schema, as the reader checks it */
  PROBLEM_RULE,      /* breaks a rule of the model that no schema can state */
  PROBLEM_SCHEMA,    /* found by the RELAX NG validator */
} ProblemKind;

typedef struct
{
  ProblemKind kind;
  PwPlanFileError code;
  gint64 ordinal;         /* the element to point at, or 0 */
  char *element;          /* its local name, to find it by @line when @ordinal is 0 */
  const char *attribute;  /* an attribute of the element to point at, or NULL */
  gint64 related;         /* the element where an id was first used, or 0 */
  int line;
  int column;
  int related_line;
  guint sequence;         /* the order found in, to sort stably */
  gboolean from_parser;   /* libxml2's parser found it */
  gboolean last;          /* comes last in a report, whatever its place */
  char *subject;          /* the id of the object concerned, or NULL */
  char *message;
} Problem;

typedef struct
{
  const xmlChar *name;
  xmlNodePtr node;
  gint64 ordinal;
  gboolean empty;
} Element;

typedef struct
{
  xmlNodePtr node;
  gint64 ordinal;
} Open;

/* The scanner of the prolog: what comes before the root element. */
#define MAX_DECLARATION 1024
/* The root's start tag holds the namespace and a few attributes. */
#define MAX_SNIFFED_TAG (64 * 1024)
#define PW_PLAN_FILE_NAMESPACE_START "urn:plan-workbench:plan:"
typedef enum
{
  PROLOG_START,
  PROLOG_BETWEEN,
  PROLOG_LT,
  PROLOG_PI,
  PROLOG_PI_QUESTION,
  PROLOG_BANG,
  PROLOG_COMMENT,
  PROLOG_DONE,
} PrologState;

typedef struct
{
  PrologState state;
  int line;
  int column;
  int lt_line;
  int lt_column;
  guint bom;
  guint dashes;
  char word[8];
  guint word_length;
  gboolean declaration;   /* the processing instruction is the XML declaration */
  GString *pi;
  guint64 offset;         /* bytes scanned */
} Prolog;

/* Values are parsed once and shared, PwValue being immutable: a cache of
 * this many slots (1 MiB), which bounds its memory; see value_for(). Longer
 * texts are rare and not cached. */
#define N_CACHED_VALUES 65536
#define MAX_CACHED_TEXT 32

typedef struct
{
  PwValue *value;
  guint32 hash;
  guint32 length;
} CachedValue;

typedef struct
{
  xmlTextReaderPtr xml;     /* checking, with the schema: the nodes */
  xmlParserCtxtPtr sax;     /* loading: the SAX parser, or NULL */
  GPtrArray *events;        /* of Event, the queue of SAX nodes */
  guint head;               /* the next event to take */
  GPtrArray *spare;         /* of Event, to use again */
  GPtrArray *namespaces;    /* of xmlNs, those the SAX nodes point at */
  gboolean parsed;          /* the SAX parser has had the whole input */
  gint64 sax_elements;      /* start tags that the SAX parser has seen */
  guint sax_depth;
  gboolean sax_root_closed;
  const char *text_value;   /* of the current text node */
  const xmlChar *names[PW_N_NAMES];
  xmlNsPtr root_ns;

  GInputStream *stream;
  GError *io_error;
  Prolog prolog;

  PwFindings *report;        /* checking: collect every problem */
  GArray *problems;        /* of Problem */
  gboolean stop;           /* no more reading: a fatal problem, or any when loading */
  gboolean eof;
  gboolean root_closed;    /* the end tag of the root was read */
  gboolean schema_failed;  /* the validator reported an error */
  gsize bytes_read;

  int type;                /* of the current node */
  xmlNodePtr node;         /* the current node */
  gboolean empty;          /* the current node is an empty element */
  gint64 ordinal;          /* of the last element read */
  guint depth;             /* how many elements are open */
  GArray *open;            /* of Open, the elements open, when validating */

  PwPlan *plan;
  int version;             /* of the format the file says it is in */
  PwPart *part;            /* the part being read (borrowed), or NULL */
  guint n_parts;
  gboolean period_known;
  int start_year;
  int end_year;
  guint n_chapters;
  guint n_indicators;
  guint n_comments;
  GHashTable *ids;         /* id (borrowed from its object) → ordinal */
  GHashTable *chapter_ids; /* id (borrowed) → itself */
  CachedValue *values;     /* N_CACHED_VALUES of them */
  GString *text;
  GString *paragraphs;
  GPtrArray *scratch;      /* attribute values that had to be copied */
} Reader;


/* The years of an indicator checked for repeats by the reader itself; the
 * rare indicator with more relies on the model's entries. */
#define MAX_SEEN_YEARS 64

#define N(r, n) ((r)->names[PW_NAME_##n])

/* Auxiliary methods */

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_free (problem->element);
  g_free (problem->subject);
  g_free (problem->message);
}

/* A report that a hostile file could make as long as it likes stops here. */
#define MAX_PROBLEMS 1000

static void
push_problem (Reader  *r,
              Problem *problem)
{
  problem->sequence = r->problems->len;
  g_array_append_val (r->problems, *problem);

  if (r->report == NULL || problem->kind == PROBLEM_FATAL)
    r->stop = TRUE;
  else if (r->problems->len >= MAX_PROBLEMS)
    {
      Problem last = { 0 };

      last.kind = PROBLEM_FATAL;
      last.code = PW_PLAN_FILE_ERROR_INVALID;
      last.last = TRUE;
      last.sequence = r->problems->len;
      last.message = g_strdup_printf (_("Too many problems; the check stops after %d"), MAX_PROBLEMS);
      g_array_append_val (r->problems, last);
      r->stop = TRUE;
    }
}

/* Records a problem of @element (of its @attribute, unless that is
 * PW_N_NAMES); @related is the ordinal of another element the message refers
 * to, @subject the id of the object concerned. When loading, the first
 * problem stops the reader. */
static void G_GNUC_PRINTF (8, 9)
add_problem (Reader          *r,
             ProblemKind      kind,
             PwPlanFileError  code,
             const Element   *element,
             PwFormatName             attribute,
             gint64           related,
             const char      *subject,
             const char      *format,
             ...)
{
  Problem problem = { 0 };
  va_list args;

  if (r->stop)
    return;

  problem.kind = kind;
  problem.code = code;
  if (element != NULL)
    {
      problem.ordinal = element->ordinal;
      problem.element = g_strdup ((const char *) element->name);
    }
  if (attribute != PW_N_NAMES)
    problem.attribute = pw_format_names[attribute];
  problem.related = related;
  problem.subject = g_strdup (subject);

  va_start (args, format);
  problem.message = g_strdup_vprintf (format, args);
  va_end (args);

  push_problem (r, &problem);
}

#define structure_problem(r, element, attribute, ...) \
  add_problem (r, PROBLEM_STRUCTURE, PW_PLAN_FILE_ERROR_INVALID, element, attribute, 0, NULL, __VA_ARGS__)
#define rule_problem(r, element, attribute, subject, ...) \
  add_problem (r, PROBLEM_RULE, PW_PLAN_FILE_ERROR_INVALID, element, attribute, 0, subject, __VA_ARGS__)

/* A problem at a place given by line and column, not by an element. */
static void
add_placed_problem (Reader          *r,
                    ProblemKind      kind,
                    PwPlanFileError  code,
                    int              line,
                    int              column,
                    const char      *element,
                    const char      *message)
{
  Problem problem = { 0 };

  if (r->stop)
    return;

  problem.kind = kind;
  problem.code = code;
  problem.line = MAX (line, 0);
  problem.column = MAX (column, 0);
  problem.element = g_strdup (element);
  problem.message = g_strdup (message);
  push_problem (r, &problem);
}

/* libxml2's messages end with a newline and sometimes hold two lines. */
static char *
clean_message (const char *message)
{
  g_autofree char *copy = g_strdup (message != NULL ? message : "");
  g_auto(GStrv) lines = NULL;

  g_strstrip (copy);
  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_strstrip (lines[i]);
  return g_strjoinv ("; ", lines);
}

/* Says the common errors of libxml2 in words a user understands. */
static char *
describe_xml_error (const xmlError *error)
{
  g_autofree char *message = clean_message (error->message);

  switch (error->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return g_strdup (_("The file is empty or is not XML"));
    case XML_ERR_INVALID_CHAR:
      if (g_str_has_prefix (message, "Input is not proper UTF-8"))
        {
          const char *bytes = strstr (message, "Bytes:");
          return g_strdup_printf (_("The text is not valid UTF-8 (%s)"),
                                  bytes != NULL ? bytes : message);
        }
      break;
    case XML_ERR_NO_MEMORY:
    case XML_ERR_INTERNAL_ERROR:
      if (strstr (message, "huge") != NULL || strstr (message, "Huge") != NULL)
        return g_strdup_printf (_("A text or a tag is longer than %d bytes, more than a .plan file may hold"),
                                PW_PLAN_FILE_MAX_TEXT);
      break;
    case XML_ERR_TAG_NOT_FINISHED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_GT_REQUIRED:
      if (strstr (message, "Premature end of data") != NULL)
        return g_strdup_printf (_("The file ends in the middle of the document (is it truncated?): %s"),
                                message);
      break;
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      return g_strdup_printf (_("Entity references are not allowed in a .plan file: %s"), message);
    default:
      break;
    }

  return g_steal_pointer (&message);
}

static void
on_xml_error (void        *data,
              xmlErrorPtr  error)
{
  Reader *r = data;

  if (error->level < XML_ERR_ERROR || r->stop)
    return;

  if (error->domain == XML_FROM_RELAXNGV || error->domain == XML_FROM_RELAXNGP)
    {
      g_autofree char *message = NULL;
      xmlNodePtr node = error->node;
      Problem problem = { 0 };

      /* Only the first is worth anything: see drop_repeated_schema_problem(). */
      if (r->schema_failed)
        return;
      r->schema_failed = TRUE;
      message = clean_message (error->message);

      /* An element that is open is known by its ordinal; the others by the
       * line of their start tag, which libxml2 keeps up to 65535. */
      if (node != NULL && node->type == XML_ELEMENT_NODE)
        {
          for (guint i = r->open != NULL ? r->open->len : 0; i > 0 && problem.ordinal == 0; i--)
            if (g_array_index (r->open, Open, i - 1).node == node)
              problem.ordinal = g_array_index (r->open, Open, i - 1).ordinal;
          problem.element = g_strdup ((const char *) node->name);
        }
      if (problem.ordinal == 0)
        {
          problem.line = error->line;
          if (problem.line <= 0 || problem.line >= 65535)
            {
              problem.line = xmlTextReaderGetParserLineNumber (r->xml);
              g_clear_pointer (&problem.element, g_free);
            }
        }

      problem.kind = PROBLEM_SCHEMA;
      problem.code = PW_PLAN_FILE_ERROR_INVALID;
      problem.message = g_strdup_printf (_("Does not follow the schema: %s"), message);
      push_problem (r, &problem);
      return;
    }

  {
    g_autofree char *message = describe_xml_error (error);
    guint n_problems = r->problems->len;

    add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID,
                        error->line, error->int2, NULL, message);
    if (r->problems->len > n_problems)
      g_array_index (r->problems, Problem, n_problems).from_parser = TRUE;
  }
}

/* The prolog */

static void
prolog_refuse (Reader          *r,
               PwPlanFileError  code,
               int              line,
               int              column,
               const char      *message)
{
  add_placed_problem (r, PROBLEM_FATAL, code, line, column, NULL, message);
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
 * read_node() takes them from, so that the recursive descent below reads a
 * stream of nodes whether they come from xmlTextReader (checking, with the
 * schema) or from SAX (loading). SAX builds no tree: each element's node and
 * attributes are made here, in structures of the queue that are used again,
 * so that a file costs no allocation per node. A node is valid until the
 * next read_node(), as with xmlTextReader. */
/* Small chunks keep the queue's events in the cache: with 64 KB chunks
 * (thousands of events queued at a time) loading took 28% longer than with
 * xmlTextReader; with 4 KB, the same time. */
#define SAX_CHUNK 4096

typedef struct
{
  int type;                /* XML_READER_TYPE_ELEMENT, _END_ELEMENT or _TEXT */
  xmlNode node;            /* an element: name, ns, properties */
  xmlAttr *attributes;     /* node.properties, as many as n_allocated */
  xmlNode *values;         /* the text node of each attribute */
  guint n_allocated;
  GString *text;           /* a text; the attributes' values, one after another */
} Event;

static Event *
event_new (void)
{
  Event *event = g_new0 (Event, 1);

  event->text = g_string_sized_new (64);
  return event;
}

static void
event_free (gpointer data)
{
  Event *event = data;

  g_free (event->attributes);
  g_free (event->values);
  g_string_free (event->text, TRUE);
  g_free (event);
}

/* The queue: events from @head to the end of r->events; r->spare holds the
 * events to use again. */
static Event *
queue_push (Reader *r,
            int     type)
{
  Event *event = r->spare->len > 0 ? g_ptr_array_steal_index_fast (r->spare, r->spare->len - 1)
                                   : event_new ();

  event->type = type;
  g_string_truncate (event->text, 0);
  g_ptr_array_add (r->events, event);
  return event;
}

static inline guint
queue_length (Reader *r)
{
  return r->events->len - r->head;
}

static xmlNsPtr
sax_namespace (Reader        *r,
               const xmlChar *prefix,
               const xmlChar *uri)
{
  if (uri == NULL)
    return NULL;

  /* names and URIs come from the parser's dictionary: pointers tell them */
  for (guint i = 0; i < r->namespaces->len; i++)
    {
      xmlNsPtr ns = g_ptr_array_index (r->namespaces, i);

      if (ns->href == uri && ns->prefix == prefix)
        return ns;
    }

  {
    xmlNsPtr ns = g_new0 (xmlNs, 1);

    ns->type = XML_NAMESPACE_DECL;
    ns->href = uri;
    ns->prefix = prefix;
    g_ptr_array_add (r->namespaces, ns);
    return ns;
  }
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
  gsize offset = 0;

  r->sax_elements++;
  r->sax_depth++;
  if (r->stop)
    return;

  event = queue_push (r, XML_READER_TYPE_ELEMENT);
  memset (&event->node, 0, sizeof event->node);
  event->node.type = XML_ELEMENT_NODE;
  event->node.name = localname;
  event->node.ns = sax_namespace (r, prefix, uri);

  if (nb_attributes <= 0)
    return;

  if ((guint) nb_attributes > event->n_allocated)
    {
      event->n_allocated = MAX ((guint) nb_attributes, 2 * event->n_allocated);
      event->attributes = g_renew (xmlAttr, event->attributes, event->n_allocated);
      event->values = g_renew (xmlNode, event->values, event->n_allocated);
    }

  /* the values first, as the string may move while it grows */
  for (int i = 0; i < nb_attributes; i++)
    {
      const char *value = (const char *) attributes[5 * i + 3];
      const char *end = (const char *) attributes[5 * i + 4];

      /* Without entity substitution, libxml2 gives a "&" of a value as
       * "&#38;", for the tree builder to decode: decoded here. */
      for (const char *amp; (amp = memchr (value, '&', end - value)) != NULL; value = amp + 5)
        {
          g_string_append_len (event->text, value, amp - value);
          g_string_append_c (event->text, '&');
          if (end - amp < 5)
            break;
        }
      if (value < end)
        g_string_append_len (event->text, value, end - value);
      g_string_append_c (event->text, '\0');
    }

  for (int i = 0; i < nb_attributes; i++)
    {
      xmlAttr *attribute = &event->attributes[i];
      xmlNode *value = &event->values[i];

      memset (attribute, 0, sizeof *attribute);
      memset (value, 0, sizeof *value);
      value->type = XML_TEXT_NODE;
      value->content = (xmlChar *) event->text->str + offset;
      offset += strlen ((const char *) value->content) + 1;

      attribute->type = XML_ATTRIBUTE_NODE;
      attribute->name = attributes[5 * i];
      attribute->ns = sax_namespace (r, attributes[5 * i + 1], attributes[5 * i + 2]);
      attribute->children = value;
      attribute->next = i + 1 < nb_attributes ? &event->attributes[i + 1] : NULL;
    }
  event->node.properties = event->attributes;
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
    queue_push (r, XML_READER_TYPE_END_ELEMENT);
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

  /* the last event queued is not taken yet: sax_next() takes a text only
   * once something follows it */
  last = queue_length (r) > 0 ? g_ptr_array_index (r->events, r->events->len - 1) : NULL;
  if (last == NULL || last->type != XML_READER_TYPE_TEXT)
    last = queue_push (r, XML_READER_TYPE_TEXT);

  if (G_UNLIKELY (last->text->len + length > PW_PLAN_FILE_MAX_TEXT))
    {
      g_autofree char *message =
        g_strdup_printf (_("A text or a tag is longer than %d bytes, more than a .plan file may hold"),
                         PW_PLAN_FILE_MAX_TEXT);

      add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID,
                          xmlSAX2GetLineNumber (r->sax), xmlSAX2GetColumnNumber (r->sax),
                          NULL, message);
      xmlStopParser (r->sax);
      return;
    }
  g_string_append_len (last->text, (const char *) text, length);
}

/* Parses the next chunk of the input. */
static void
sax_feed (Reader *r)
{
  char buffer[SAX_CHUNK];
  int n_read = read_input (r, buffer, sizeof buffer);

  if (n_read < 0)
    {
      r->parsed = TRUE;
      return;
    }
  xmlParseChunk (r->sax, buffer, n_read, n_read == 0);
  if (n_read == 0)
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
   * empty, whether a text is whole */
  while (queue_length (r) < 2 && !r->parsed && !r->stop)
    sax_feed (r);
  if (r->stop)
    return FALSE;
  if (queue_length (r) == 0)
    {
      r->eof = TRUE;
      return FALSE;
    }

  /* the event taken before goes back for use again */
  if (r->head > 0)
    {
      g_ptr_array_add (r->spare, g_ptr_array_index (r->events, r->head - 1));
      r->events->pdata[r->head - 1] = NULL;
    }
  if (r->head > 256 && r->head * 2 > r->events->len)
    {
      g_ptr_array_remove_range (r->events, 0, r->head - 1);
      r->head = 1;
    }

  event = g_ptr_array_index (r->events, r->head++);
  r->type = event->type;
  r->node = &event->node;
  r->text_value = event->text->str;
  r->empty = FALSE;

  if (event->type == XML_READER_TYPE_ELEMENT && queue_length (r) > 0 &&
      ((Event *) g_ptr_array_index (r->events, r->head))->type == XML_READER_TYPE_END_ELEMENT)
    {
      /* <x/> or <x></x>: one node, as xmlTextReader gives an empty element */
      Event *end = g_ptr_array_index (r->events, r->head);

      r->empty = TRUE;
      g_ptr_array_add (r->spare, end);
      /* swap so that the taken event stays at head - 1 */
      r->events->pdata[r->head] = event;
      r->events->pdata[r->head - 1] = NULL;
      r->head++;
    }
  return TRUE;
}

/* Nodes */

/* The next node of the file, from the SAX parser or xmlTextReader. */
static gboolean
read_node (Reader *r)
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
            add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID,
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
      add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID,
                          xmlTextReaderGetParserLineNumber (r->xml), 0, NULL,
                          _("Document type declarations and entity references are not allowed in a .plan file"));
      return FALSE;

    default:
      break;
    }

  return TRUE;
}

/* The text of the current node, a text. */
static inline const char *
node_text (Reader *r)
{
  const char *text = r->sax != NULL ? r->text_value : (const char *) xmlTextReaderConstValue (r->xml);

  return text != NULL ? text : "";
}

static inline void
element_init (Reader  *r,
              Element *element)
{
  if (G_UNLIKELY (r->scratch->len > 0))
    g_ptr_array_set_size (r->scratch, 0);

  element->node = r->node;
  element->name = r->node->name;
  element->ordinal = r->ordinal;
  element->empty = r->empty;
}

static inline gboolean
in_namespace (Reader     *r,
              xmlNodePtr  node)
{
  return node->ns != NULL &&
         (node->ns == r->root_ns ||
          strcmp ((const char *) node->ns->href, PW_PLAN_FILE_NAMESPACE) == 0);
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text++)
    if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r')
      return FALSE;
  return TRUE;
}

/* Skips what is left of @element, which the reader has just entered. */
static void
skip_element (Reader  *r,
              Element *element)
{
  guint depth = r->depth;

  if (element->empty)
    return;

  while (read_node (r))
    if (r->type == XML_READER_TYPE_END_ELEMENT && r->depth < depth)
      return;
}

/* Moves to the next child element of @parent; FALSE at its end. */
static gboolean
next_child (Reader  *r,
            Element *parent,
            Element *child)
{
  if (parent->empty)
    return FALSE;

  while (read_node (r))
    switch (r->type)
      {
      case XML_READER_TYPE_ELEMENT:
        element_init (r, child);
        if (G_LIKELY (in_namespace (r, child->node)))
          return TRUE;
        structure_problem (r, child, PW_N_NAMES,
                           _("The element <%s> is not in the namespace of .plan files"),
                           (const char *) child->name);
        skip_element (r, child);
        break;

      case XML_READER_TYPE_END_ELEMENT:
        return FALSE;

      case XML_READER_TYPE_TEXT:
        if (!is_blank (node_text (r)))
          structure_problem (r, parent, PW_N_NAMES,
                             _("The element <%s> holds text outside of its elements"),
                             (const char *) parent->name);
        break;

      default:
        break;
      }

  return FALSE;
}

/* g_string_append() without its checks, for every text node. */
static inline void
append_text (GString    *out,
             const char *text)
{
  gsize length = strlen (text);

  if (G_UNLIKELY (out->len + length >= out->allocated_len))
    {
      gsize old_length = out->len;

      g_string_set_size (out, old_length + length);
      out->len = old_length;
    }
  memcpy (out->str + out->len, text, length + 1);
  out->len += length;
}

/* The text of @element, which holds text only; valid until the next call,
 * NULL when reading stopped. */
static const char *
read_text (Reader  *r,
           Element *element)
{
  g_string_truncate (r->text, 0);

  if (element->empty)
    return r->text->str;

  while (read_node (r))
    switch (r->type)
      {
      case XML_READER_TYPE_TEXT:
        append_text (r->text, node_text (r));
        break;

      case XML_READER_TYPE_END_ELEMENT:
        return r->text->str;

      case XML_READER_TYPE_ELEMENT:
        {
          Element child;

          element_init (r, &child);
          structure_problem (r, &child, PW_N_NAMES,
                             _("The element <%s> holds text only, not <%s>"),
                             (const char *) element->name, (const char *) child.name);
          skip_element (r, &child);
        }
        break;

      default:
        break;
      }

  return NULL;
}

/* Reads an element that must be empty, such as <period/>. */
static void
read_empty (Reader  *r,
            Element *element)
{
  const char *text = read_text (r, element);

  if (text != NULL && *text != '\0')
    structure_problem (r, element, PW_N_NAMES, _("The element <%s> must be empty"),
                       (const char *) element->name);
}

static const char *
attribute_value (Reader     *r,
                 xmlAttrPtr  attribute)
{
  xmlNodePtr child = attribute->children;
  char *value;

  if (child == NULL)
    return "";
  if (G_LIKELY (child->next == NULL && child->type == XML_TEXT_NODE))
    return (const char *) child->content;

  value = (char *) xmlNodeListGetString (attribute->doc, child, 1);
  g_ptr_array_add (r->scratch, g_strdup (value != NULL ? value : ""));
  xmlFree (value);
  return g_ptr_array_index (r->scratch, r->scratch->len - 1);
}

static void
unknown_attribute (Reader     *r,
                   Element    *element,
                   xmlAttrPtr  attribute)
{
  if (attribute->ns != NULL)
    structure_problem (r, element, PW_N_NAMES,
                       _("The element <%s> has an attribute %s:%s, which a .plan file does not have"),
                       (const char *) element->name,
                       attribute->ns->prefix != NULL ? (const char *) attribute->ns->prefix : "",
                       (const char *) attribute->name);
  else
    structure_problem (r, element, PW_N_NAMES,
                       _("The element <%s> has an attribute %s, which a .plan file does not have"),
                       (const char *) element->name, (const char *) attribute->name);
}

static void
check_no_attributes (Reader  *r,
                     Element *element)
{
  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    unknown_attribute (r, element, a);
}

static void
missing_attribute (Reader  *r,
                   Element *element,
                   PwFormatName     attribute)
{
  structure_problem (r, element, PW_N_NAMES,
                     _("The element <%s> has no attribute %s"),
                     (const char *) element->name, pw_format_names[attribute]);
}

/* Values, written as the schema's patterns allow */

/* Reads @s, made of @min to @max digits and nothing else, into @value. */
static gboolean
parse_digits (const char *s,
              gsize       min,
              gsize       max,
              int        *value)
{
  int number = 0;
  gsize n = 0;

  for (; g_ascii_isdigit (s[n]) && n < max; n++)
    number = number * 10 + (s[n] - '0');
  if (s[n] != '\0' || n < min)
    return FALSE;

  *value = number;
  return TRUE;
}

/* [1-9][0-9]{3} */
static gboolean
parse_year (const char *s,
            int        *year)
{
  return s[0] != '0' && parse_digits (s, 4, 4, year);
}

/* 0|[1-9][0-9]{0,8} */
static gboolean
parse_count (const char *s,
             int        *value)
{
  return (s[0] != '0' || s[1] == '\0') && parse_digits (s, 1, 9, value);
}

/* -?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
is_decimal (const char *s)
{
  const char *p = s;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return *p == '\0';
}

/* \S+ */
static gboolean
is_id (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s; s++)
    if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
      return FALSE;
  return TRUE;
}


/* The words of the model's enumerations (pw_enum_from_nick() without a
 * reference per call: the class of a static type lives as long as the
 * program once made). */
static gboolean
parse_enum (GType       type,
            const char *nick,
            int        *value)
{
  GEnumClass *klass = g_type_class_peek (type);
  GEnumValue *enum_value;

  if (klass == NULL)
    klass = g_type_class_ref (type);

  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}

/* FNV-1a: values are short, and most differ in their last characters. */
static inline guint32
hash_text (const char *text,
           gsize       length)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < length; i++)
    hash = (hash ^ (guchar) text[i]) * 16777619u;
  return hash;
}

static inline gboolean
cached_value_is (const CachedValue *slot,
                 guint32            hash,
                 const char        *text,
                 gsize              length)
{
  return slot->value != NULL && slot->hash == hash && slot->length == length &&
         memcmp (pw_value_get_text (slot->value), text, length) == 0;
}

/* The value printed as @text, which is r->text: shared with an earlier
 * occurrence of the same text when the cache still holds it. Each hash has
 * two slots, the last used first, so that two texts that share a hash do not
 * push each other out in turn. */
static PwValue *
value_for (Reader     *r,
           const char *text)
{
  gsize length = r->text->len;
  guint32 hash;
  CachedValue *set;

  if (length > MAX_CACHED_TEXT)
    return pw_value_new (text);

  hash = hash_text (text, length);
  set = &r->values[2 * (hash % (N_CACHED_VALUES / 2))];

  if (cached_value_is (&set[0], hash, text, length))
    return pw_value_ref (set[0].value);

  if (cached_value_is (&set[1], hash, text, length))
    {
      CachedValue hit = set[1];

      set[1] = set[0];
      set[0] = hit;
      return pw_value_ref (hit.value);
    }

  g_clear_pointer (&set[1].value, pw_value_unref);
  set[1] = set[0];
  set[0].value = pw_value_new (text);
  set[0].hash = hash;
  set[0].length = length;
  return pw_value_ref (set[0].value);
}

/* Ids */

/* Gives @object the id @id, unless another object of the file has it. */
static void
take_id (Reader     *r,
         Element    *element,
         PwObject   *object,
         const char *id)
{
  gpointer first;

  if (!is_id (id))
    {
      structure_problem (r, element, PW_NAME_ID, _("The id “%s” is empty or contains a space"), id);
      return;
    }

  pw_object_set_id (object, id);
  id = pw_object_get_id (object);
  pw_plan_reserve_id (r->plan, id);

  if (g_hash_table_lookup_extended (r->ids, id, NULL, &first))
    {
      add_problem (r, PROBLEM_RULE, PW_PLAN_FILE_ERROR_INVALID, element, PW_NAME_ID,
                   GPOINTER_TO_SIZE (first), id,
                   _("The id “%s” is used twice"), id);
      return;
    }
  g_hash_table_insert (r->ids, (gpointer) id, GSIZE_TO_POINTER ((gsize) element->ordinal));
}

/* The attributes id and number of a chapter, section, column, project or
 * service item. */
static void
read_id_and_number (Reader   *r,
                    Element  *element,
                    PwObject *object,
                    int      *number)
{
  const char *id = NULL;
  const char *number_text = NULL;

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns == NULL && a->name == N (r, ID))
      id = attribute_value (r, a);
    else if (a->ns == NULL && a->name == N (r, NUMBER))
      number_text = attribute_value (r, a);
    else
      unknown_attribute (r, element, a);

  if (id == NULL)
    missing_attribute (r, element, PW_NAME_ID);
  else
    take_id (r, element, object, id);

  if (number_text == NULL)
    missing_attribute (r, element, PW_NAME_NUMBER);
  else if (!parse_count (number_text, number))
    structure_problem (r, element, PW_NAME_NUMBER,
                       _("The number “%s” is not a whole number from 0 to 999999999"), number_text);
}

/* The order of child elements */

/* Where the children of an element have got to, in the order of its row
 * of the table (pw-plan-format.c). */
typedef struct
{
  const PwFormatElement *element;
  guint position;
  guint count;
  const PwFormatElement *accepted;  /* the child last accepted, or NULL */
} Sequence;

#define SEQUENCE(element) { element, 0, 0, NULL }

static inline gboolean
rule_matches (Reader              *r,
              const PwFormatChild *rule,
              Element             *child)
{
  return r->names[rule->element->name] == child->name ||
         (rule->alternative != NULL && r->names[rule->alternative->name] == child->name);
}

/* Which name @child has, with its row in seq->accepted, or -1 (with the
 * problem reported) when it may not come here. */
static int
sequence_accept (Reader   *r,
                 Sequence *seq,
                 Element  *parent,
                 Element  *child)
{
  const PwFormatChild *rules = seq->element->children;
  guint n_rules = seq->element->n_children;

  seq->accepted = NULL;
  for (guint i = seq->position; i < n_rules; i++)
    if (rule_matches (r, &rules[i], child))
      {
        if (i == seq->position && seq->count > 0 && !rules[i].repeat)
          {
            structure_problem (r, child, PW_N_NAMES,
                               _("The element <%s> may appear only once in <%s>"),
                               (const char *) child->name, (const char *) parent->name);
            return -1;
          }
        for (guint j = seq->count > 0 ? seq->position + 1 : seq->position; j < i; j++)
          if (!rules[j].optional)
            {
              structure_problem (r, child, PW_N_NAMES,
                                 _("The element <%s> lacks a <%s> before <%s>"),
                                 (const char *) parent->name, pw_format_names[rules[j].element->name],
                                 (const char *) child->name);
              break;
            }
        if (i != seq->position)
          {
            seq->position = i;
            seq->count = 0;
          }
        seq->count++;
        seq->accepted = r->names[rules[i].element->name] == child->name ? rules[i].element
                                                                         : rules[i].alternative;
        return seq->accepted->name;
      }

  for (guint i = 0; i < seq->position; i++)
    if (rule_matches (r, &rules[i], child))
      {
        structure_problem (r, child, PW_N_NAMES,
                           _("The element <%s> must come before <%s> in <%s>"),
                           (const char *) child->name, pw_format_names[rules[seq->position].element->name],
                           (const char *) parent->name);
        return -1;
      }

  structure_problem (r, child, PW_N_NAMES,
                     _("The element <%s> cannot be in <%s> (is the file from a newer version?)"),
                     (const char *) child->name, (const char *) parent->name);
  return -1;
}

static void
sequence_end (Reader   *r,
              Sequence *seq,
              Element  *parent)
{
  if (r->stop)
    return;

  for (guint j = seq->count > 0 ? seq->position + 1 : seq->position; j < seq->element->n_children; j++)
    if (!seq->element->children[j].optional)
      {
        structure_problem (r, parent, PW_N_NAMES, _("The element <%s> lacks a <%s>"),
                           (const char *) parent->name,
                           pw_format_names[seq->element->children[j].element->name]);
        return;
      }
}

/* Text of an element that holds text only and has no attributes. */
static const char *
read_plain_text (Reader  *r,
                 Element *element)
{
  check_no_attributes (r, element);
  return read_text (r, element);
}

/* A <p>: appended to r->paragraphs, one per line. */
static void
read_paragraph (Reader  *r,
                Element *element,
                guint   *n_paragraphs)
{
  const char *text = read_plain_text (r, element);

  if (text == NULL)
    return;
  if ((*n_paragraphs)++ > 0)
    g_string_append_c (r->paragraphs, '\n');
  g_string_append_len (r->paragraphs, text, r->text->len);
}

/* A child that the table reads alone (a text field, with its setter), or
 * one that may not come here: skipped. */
static void
read_field (Reader                *r,
            Element               *child,
            const PwFormatElement *format,
            gpointer               object)
{
  const char *text;

  if (format == NULL || format->set_text == NULL)
    {
      skip_element (r, child);
      return;
    }
  if ((text = read_plain_text (r, child)))
    format->set_text (object, text);
}

/* Elements */

static void
read_period (Reader  *r,
             Element *element)
{
  const char *texts[3] = { NULL, NULL, NULL };
  static const PwFormatName names[3] = { PW_NAME_START, PW_NAME_END, PW_NAME_BASELINE };
  int years[3] = { 0, 0, 0 };
  gboolean valid = TRUE;

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    {
      guint i;

      for (i = 0; i < 3; i++)
        if (a->ns == NULL && a->name == r->names[names[i]])
          break;
      if (i < 3)
        texts[i] = attribute_value (r, a);
      else
        unknown_attribute (r, element, a);
    }

  for (guint i = 0; i < 3; i++)
    if (texts[i] == NULL)
      {
        missing_attribute (r, element, names[i]);
        valid = FALSE;
      }
    else if (!parse_year (texts[i], &years[i]))
      {
        structure_problem (r, element, names[i], _("The year “%s” is not a year from 1000 to 9999"),
                           texts[i]);
        valid = FALSE;
      }

  read_empty (r, element);

  if (!valid)
    return;

  if (years[0] > years[1])
    rule_problem (r, element, PW_NAME_END, NULL,
                  _("The period ends in %d, before it starts in %d"), years[1], years[0]);
  else if (years[2] >= years[0])
    rule_problem (r, element, PW_NAME_BASELINE, NULL,
                  _("The baseline year %d is not before the first year of the period, %d"),
                  years[2], years[0]);
  else
    {
      r->period_known = TRUE;
      r->start_year = years[0];
      r->end_year = years[1];
    }

  pw_plan_set_start_year (r->plan, years[0]);
  pw_plan_set_end_year (r->plan, years[1]);
  pw_plan_set_baseline_year (r->plan, years[2]);
}

static void
read_meta (Reader  *r,
           Element *meta,
           const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  Element child;
  const char *text;

  check_no_attributes (r, meta);

  while (next_child (r, meta, &child))
    switch (sequence_accept (r, &seq, meta, &child))
      {
      case PW_NAME_ISSUED:
        if ((text = read_plain_text (r, &child)))
          {
            if (!pw_format_matches (PW_FORMAT_DATE, text))
              structure_problem (r, &child, PW_N_NAMES,
                                 _("The date of issue “%s” is not written YYYY, YYYY-MM or YYYY-MM-DD"),
                                 text);
            pw_plan_set_issued (r->plan, text);
          }
        break;
      case PW_NAME_PERIOD:
        read_period (r, &child);
        break;
      case PW_NAME_HEADINGS:
        {
          const char *style = NULL;
          const char *numbering = NULL;
          int value;

          for (xmlAttrPtr a = child.node->properties; a != NULL; a = a->next)
            if (a->ns == NULL && a->name == N (r, STYLE))
              style = attribute_value (r, a);
            else if (a->ns == NULL && a->name == N (r, NUMBERING))
              numbering = attribute_value (r, a);
            else
              unknown_attribute (r, &child, a);

          if (numbering != NULL && !parse_enum (PW_TYPE_NUMBERING, numbering, &value))
            structure_problem (r, &child, PW_NAME_NUMBERING,
                               _("The numbering “%s” is neither “renumber” nor “as-printed”"), numbering);
          else if (numbering != NULL)
            pw_plan_set_numbering (r->plan, value);

          if (style == NULL)
            missing_attribute (r, &child, PW_NAME_STYLE);
          else if (!parse_enum (PW_TYPE_HEADING_STYLE, style, &value))
            structure_problem (r, &child, PW_NAME_STYLE,
                               _("The heading style “%s” is neither “chapter” nor “enumeration”"), style);
          else
            pw_plan_set_heading_style (r->plan, value);
          read_empty (r, &child);
        }
        break;
      case PW_NAME_SAMPLE:
        check_no_attributes (r, &child);
        read_empty (r, &child);
        pw_plan_set_sample (r->plan, TRUE);
        break;
      default:
        read_field (r, &child, seq.accepted, r->plan);
      }

  sequence_end (r, &seq, meta);
}

static void
read_thresholds (Reader  *r,
                 Element *element)
{
  static const PwFormatName names[5] = { PW_NAME_AHEAD, PW_NAME_ON_TRACK, PW_NAME_BINDING_ON_TRACK, PW_NAME_LAGGING, PW_NAME_TOLERANCE };
  static const double maxima[5] = { 100, 100, 100, 100, 1 };
  PwThresholds *thresholds = pw_plan_get_thresholds (r->plan);
  const char *texts[5] = { NULL };
  double values[5];

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    {
      guint i;

      for (i = 0; i < 5; i++)
        if (a->ns == NULL && a->name == r->names[names[i]])
          break;
      if (i < 5)
        texts[i] = attribute_value (r, a);
      else
        unknown_attribute (r, element, a);
    }

  for (guint i = 0; i < 5; i++)
    {
      if (texts[i] == NULL)
        {
          missing_attribute (r, element, names[i]);
          continue;
        }
      if (!is_decimal (texts[i]))
        {
          structure_problem (r, element, names[i], _("The setting %s=“%s” is not a decimal number"),
                             pw_format_names[names[i]], texts[i]);
          continue;
        }
      values[i] = g_ascii_strtod (texts[i], NULL);
      if (!(values[i] >= 0 && values[i] <= maxima[i]))
        {
          rule_problem (r, element, names[i], NULL,
                        _("The setting %s=“%s” is not between 0 and %g"),
                        pw_format_names[names[i]], texts[i], maxima[i]);
          continue;
        }

      switch (i)
        {
        case 0:
          pw_thresholds_set_ahead (thresholds, values[i]);
          break;
        case 1:
          pw_thresholds_set_on_track (thresholds, values[i]);
          break;
        case 2:
          pw_thresholds_set_binding_on_track (thresholds, values[i]);
          break;
        case 3:
          pw_thresholds_set_lagging (thresholds, values[i]);
          break;
        default:
          pw_thresholds_set_tolerance (thresholds, values[i]);
        }
    }

  read_empty (r, element);
}

/* The paragraphs of a <preface>. */
static void
read_preface (Reader  *r,
              Element *preface,
              const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  Element child;
  guint n_paragraphs = 0;

  check_no_attributes (r, preface);
  g_string_truncate (r->paragraphs, 0);

  while (next_child (r, preface, &child))
    if (sequence_accept (r, &seq, preface, &child) == PW_NAME_P)
      read_paragraph (r, &child, &n_paragraphs);
    else
      skip_element (r, &child);

  if (n_paragraphs > 0)
    pw_plan_set_preface (r->plan, r->paragraphs->str);
}

static void
read_section (Reader    *r,
              Element   *element,
              PwChapter *chapter,
              guint      position,
              const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwSection) section = pw_section_new ();
  Element child;
  guint n_paragraphs = 0;
  int number = 0;

  pw_chapter_insert_section (chapter, position, section);
  read_id_and_number (r, element, PW_OBJECT (section), &number);
  pw_section_set_number (section, number);
  g_string_truncate (r->paragraphs, 0);

  while (next_child (r, element, &child))
    switch (sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_P:
        read_paragraph (r, &child, &n_paragraphs);
        break;
      default:
        read_field (r, &child, seq.accepted, section);
      }

  if (n_paragraphs > 0)
    pw_section_set_text (section, r->paragraphs->str);
}

static void
read_project (Reader   *r,
              Element  *element,
              PwBox *column,
              guint     position,
              const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwProject) project = pw_project_new ();
  Element child;
  Element start_element = { 0 };
  const char *text;
  int number = 0;
  int value;

  pw_box_insert_project (column, position, project);
  read_id_and_number (r, element, PW_OBJECT (project), &number);
  pw_project_set_number (project, number);

  while (next_child (r, element, &child))
    switch (sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_START:
      case PW_NAME_END:
        if ((text = read_plain_text (r, &child)))
          {
            if (!parse_year (text, &value))
              structure_problem (r, &child, PW_N_NAMES, _("The year “%s” is not a year from 1000 to 9999"),
                                 text);
            else if (child.name == N (r, START))
              {
                pw_project_set_start_year (project, value);
                start_element = child;
              }
            else
              {
                int start = pw_project_get_start_year (project);

                pw_project_set_end_year (project, value);
                if (start != 0 && start > value)
                  rule_problem (r, &start_element, PW_N_NAMES, pw_object_get_id (PW_OBJECT (project)),
                                _("The project starts in %d, after it ends in %d"), start, value);
              }
          }
        break;
      case PW_NAME_INVESTMENT:
        if ((text = read_plain_text (r, &child)))
          {
            double investment;

            if (!is_decimal (text))
              structure_problem (r, &child, PW_N_NAMES,
                                 _("The investment “%s” is not a decimal number"), text);
            else if (!isfinite (investment = g_ascii_strtod (text, NULL)))
              rule_problem (r, &child, PW_N_NAMES, pw_object_get_id (PW_OBJECT (project)),
                            _("The investment “%s” is too large"), text);
            else
              pw_project_set_investment (project, investment);
          }
        break;
      case PW_NAME_STATUS:
        if ((text = read_plain_text (r, &child)))
          {
            if (!parse_enum (PW_TYPE_PROJECT_STATUS, text, &value))
              structure_problem (r, &child, PW_N_NAMES,
                                 _("The status “%s” is not planned, in-progress, completed or suspended"),
                                 text);
            else
              pw_project_set_status (project, value);
          }
        break;
      case PW_NAME_PROGRESS:
        if ((text = read_plain_text (r, &child)))
          {
            if (!parse_count (text, &value) || value > 100)
              structure_problem (r, &child, PW_N_NAMES,
                                 _("The progress “%s” is not a whole number from 0 to 100"), text);
            else
              pw_project_set_progress (project, value);
          }
        break;
      default:
        read_field (r, &child, seq.accepted, project);
      }
}

static void
read_column (Reader    *r,
             Element   *element,
             PwChapter *chapter,
             guint      position,
             const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwBox) column = pw_box_new ();
  Element child;
  guint n_projects = 0;
  int number = 0;

  pw_chapter_insert_box (chapter, position, column);
  read_id_and_number (r, element, PW_OBJECT (column), &number);
  pw_box_set_number (column, number);

  while (next_child (r, element, &child))
    switch (sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_PROJECT:
        read_project (r, &child, column, n_projects++, seq.accepted);
        break;
      default:
        read_field (r, &child, seq.accepted, column);
      }
}

static void
read_service_item (Reader    *r,
                   Element   *element,
                   PwChapter *chapter,
                   guint      position,
                   const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwServiceItem) item = pw_service_item_new ();
  Element child;
  int number = 0;

  pw_chapter_insert_service_item (chapter, position, item);
  read_id_and_number (r, element, PW_OBJECT (item), &number);
  pw_service_item_set_number (item, number);

  while (next_child (r, element, &child))
    switch (sequence_accept (r, &seq, element, &child))
      {
      default:
        read_field (r, &child, seq.accepted, item);
      }
}

static void
read_chapter (Reader  *r,
              Element *element,
              const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(GString) prose = NULL;
  Element child;
  const char *text;
  guint n_sections = 0, n_columns = 0, n_items = 0;
  int number = 0;

  if (r->part != NULL)
    pw_chapter_set_part (chapter, r->part);
  pw_plan_insert_chapter (r->plan, r->n_chapters++, chapter);
  read_id_and_number (r, element, PW_OBJECT (chapter), &number);
  pw_chapter_set_number (chapter, number);
  if (pw_object_get_id (PW_OBJECT (chapter)) != NULL)
    g_hash_table_add (r->chapter_ids, (gpointer) pw_object_get_id (PW_OBJECT (chapter)));

  while (next_child (r, element, &child))
    switch (sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_P:
        if ((text = read_plain_text (r, &child)))
          {
            if (prose == NULL)
              prose = g_string_new (NULL);
            else
              g_string_append_c (prose, '\n');
            g_string_append_len (prose, text, r->text->len);
          }
        break;
      case PW_NAME_SECTION:
        read_section (r, &child, chapter, n_sections++, seq.accepted);
        break;
      case PW_NAME_COLUMN:
        read_column (r, &child, chapter, n_columns++, seq.accepted);
        break;
      case PW_NAME_SERVICE_ITEM:
        read_service_item (r, &child, chapter, n_items++, seq.accepted);
        break;
      default:
        read_field (r, &child, seq.accepted, chapter);
      }

  if (prose != NULL)
    pw_chapter_set_text (chapter, prose->str);
}

static void
read_actual (Reader      *r,
             Element     *element,
             PwIndicator *indicator,
             int         *seen,
             guint       *n_seen)
{
  const char *year_text = NULL;
  const char *state_text = NULL;
  const char *text;
  int year = 0;
  int state = PW_QUAL_STATE_NONE;
  gboolean valid = TRUE;

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns == NULL && a->name == N (r, YEAR))
      year_text = attribute_value (r, a);
    else if (a->ns == NULL && a->name == N (r, STATE))
      state_text = attribute_value (r, a);
    else
      unknown_attribute (r, element, a);

  if (year_text == NULL)
    {
      missing_attribute (r, element, PW_NAME_YEAR);
      valid = FALSE;
    }
  else if (!parse_year (year_text, &year))
    {
      structure_problem (r, element, PW_NAME_YEAR, _("The year “%s” is not a year from 1000 to 9999"),
                         year_text);
      valid = FALSE;
    }
  else if (r->period_known && (year < r->start_year || year > r->end_year))
    {
      rule_problem (r, element, PW_NAME_YEAR, pw_object_get_id (PW_OBJECT (indicator)),
                    _("The actual value is for %d, outside the period %d–%d"),
                    year, r->start_year, r->end_year);
      valid = FALSE;
    }
  else
    {
      gboolean repeated = FALSE;

      for (guint i = 0; i < *n_seen && !repeated; i++)
        repeated = seen[i] == year;
      if (*n_seen == MAX_SEEN_YEARS)
        repeated = pw_indicator_get_actual (indicator, year) != NULL ||
                   pw_indicator_get_state (indicator, year) != PW_QUAL_STATE_NONE;

      if (repeated)
        {
          rule_problem (r, element, PW_NAME_YEAR, pw_object_get_id (PW_OBJECT (indicator)),
                        _("The indicator has a second actual value for %d"), year);
          valid = FALSE;
        }
      else if (*n_seen < MAX_SEEN_YEARS)
        seen[(*n_seen)++] = year;
    }

  if (state_text != NULL && !parse_enum (PW_TYPE_QUAL_STATE, state_text, &state))
    {
      structure_problem (r, element, PW_NAME_STATE,
                         _("The state “%s” is not not-started, in-progress, largely-done or done"),
                         state_text);
      valid = FALSE;
    }

  text = read_text (r, element);
  if (text == NULL || !valid)
    return;

  if (*text != '\0')
    {
      g_autoptr(PwValue) value = value_for (r, text);
      pw_indicator_set_actual (indicator, year, value);
    }
  if (state != PW_QUAL_STATE_NONE)
    pw_indicator_set_state (indicator, year, state);
}

static void
read_indicator (Reader    *r,
                Element   *element,
                GPtrArray *read,
                const PwFormatElement *format)
{
  g_autoptr(GPtrArray) responsible = NULL;
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  const char *id = NULL;
  const char *nature = NULL;
  const char *kind = NULL;
  const char *chapter = NULL;
  const char *origin = NULL;
  const char *line = NULL;
  Element child;
  const char *text;
  int seen[MAX_SEEN_YEARS];
  guint n_seen = 0;
  int value;

  g_ptr_array_add (read, g_object_ref (indicator));
  r->n_indicators++;

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns != NULL)
      unknown_attribute (r, element, a);
    else if (a->name == N (r, ID))
      id = attribute_value (r, a);
    else if (a->name == N (r, NATURE))
      nature = attribute_value (r, a);
    else if (a->name == N (r, KIND))
      kind = attribute_value (r, a);
    else if (a->name == N (r, CHAPTER))
      chapter = attribute_value (r, a);
    else if (a->name == N (r, ORIGIN))
      origin = attribute_value (r, a);
    else if (a->name == N (r, LINE))
      line = attribute_value (r, a);
    else
      unknown_attribute (r, element, a);

  if (id == NULL)
    missing_attribute (r, element, PW_NAME_ID);
  else
    take_id (r, element, PW_OBJECT (indicator), id);

  if (nature != NULL)
    {
      if (!parse_enum (PW_TYPE_NATURE, nature, &value) || value == PW_NATURE_UNKNOWN)
        structure_problem (r, element, PW_NAME_NATURE,
                           _("The nature “%s” is neither “binding” nor “expected”"), nature);
      else
        pw_indicator_set_nature (indicator, value);
    }

  /* no kind: the one its printed target states, as before kinds existed */
  if (kind != NULL)
    {
      if (!parse_enum (PW_TYPE_INDICATOR_KIND, kind, &value) || value == PW_KIND_AUTO)
        structure_problem (r, element, PW_NAME_KIND, _("The kind “%s” is not a kind of indicator"), kind);
      else
        pw_indicator_set_kind (indicator, value);
    }

  if (chapter != NULL)
    {
      if (!is_id (chapter))
        structure_problem (r, element, PW_NAME_CHAPTER, _("The id “%s” is empty or contains a space"),
                           chapter);
      else if (!g_hash_table_contains (r->chapter_ids, chapter))
        rule_problem (r, element, PW_NAME_CHAPTER, id,
                      _("The indicator belongs to the chapter “%s”, which is not in the file"),
                      chapter);
      pw_indicator_set_chapter (indicator, chapter);
    }

  if (origin != NULL)
    {
      if (!parse_enum (PW_TYPE_ORIGIN, origin, &value) || value == PW_ORIGIN_MANUAL)
        structure_problem (r, element, PW_NAME_ORIGIN,
                           _("The origin “%s” is neither “table” nor “prose”"), origin);
      else
        pw_indicator_set_origin (indicator, value);
    }

  if (line != NULL)
    {
      if (!parse_count (line, &value) || value == 0)
        structure_problem (r, element, PW_NAME_LINE,
                           _("The line “%s” is not a whole number from 1 to 999999999"), line);
      else
        pw_indicator_set_source_line (indicator, value);
    }

  while (next_child (r, element, &child))
    switch (sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_BASELINE:
        if ((text = read_plain_text (r, &child)))
          {
            g_autoptr(PwValue) baseline = value_for (r, text);
            pw_indicator_set_baseline (indicator, baseline);
          }
        break;
      case PW_NAME_TARGET:
        if ((text = read_plain_text (r, &child)))
          {
            g_autoptr(PwValue) target = value_for (r, text);
            pw_indicator_set_target (indicator, target);
          }
        break;
      case PW_NAME_RESPONSIBLE:
        if ((text = read_plain_text (r, &child)))
          {
            if (responsible == NULL)
              responsible = g_ptr_array_new_with_free_func (g_free);
            g_ptr_array_add (responsible, g_strdup (text));
          }
        break;
      case PW_NAME_ACTUAL:
        read_actual (r, &child, indicator, seen, &n_seen);
        break;
      default:
        read_field (r, &child, seq.accepted, indicator);
      }

  if (responsible != NULL)
    {
      g_ptr_array_add (responsible, NULL);
      pw_indicator_set_responsible (indicator, (const char * const *) responsible->pdata);
    }
}

static void
read_indicators (Reader  *r,
                 Element *element,
                 const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);
  guint position = g_list_model_get_n_items (pw_plan_get_indicators (r->plan));
  Element child;

  check_no_attributes (r, element);

  while (next_child (r, element, &child))
    if (sequence_accept (r, &seq, element, &child) == PW_NAME_INDICATOR)
      read_indicator (r, &child, read, seq.accepted);
    else
      skip_element (r, &child);

  /* all at once: one items-changed for 100,000 indicators, not 100,000 */
  pw_plan_insert_indicators (r->plan, position, (PwIndicator **) read->pdata, read->len);
}

typedef struct
{
  Element element;
  char *target;
  char *subject;
  gboolean reply;   /* @target is the comment answered, not the object */
} Target;

static void
target_clear (gpointer data)
{
  Target *target = data;

  g_free (target->target);
  g_free (target->subject);
}

static void
read_comment (Reader  *r,
              Element *element,
              GArray  *targets)
{
  g_autoptr(PwComment) comment = pw_comment_new ();
  const char *id = NULL;
  const char *target = NULL;
  const char *author = NULL;
  const char *date = NULL;
  const char *resolved = NULL;
  const char *reply_to = NULL;
  const char *year = NULL;
  const char *paragraph = NULL;
  const char *text;

  pw_plan_insert_comment (r->plan, r->n_comments++, comment);

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns != NULL)
      unknown_attribute (r, element, a);
    else if (a->name == N (r, ID))
      id = attribute_value (r, a);
    else if (a->name == N (r, TARGET))
      target = attribute_value (r, a);
    else if (a->name == N (r, AUTHOR))
      author = attribute_value (r, a);
    else if (a->name == N (r, DATE))
      date = attribute_value (r, a);
    else if (a->name == N (r, RESOLVED))
      resolved = attribute_value (r, a);
    else if (a->name == N (r, REPLY_TO))
      reply_to = attribute_value (r, a);
    else if (a->name == N (r, YEAR))
      year = attribute_value (r, a);
    else if (a->name == N (r, PARAGRAPH))
      paragraph = attribute_value (r, a);
    else
      unknown_attribute (r, element, a);

  if (id == NULL)
    missing_attribute (r, element, PW_NAME_ID);
  else
    take_id (r, element, PW_OBJECT (comment), id);

  if (reply_to != NULL)
    {
      if (!is_id (reply_to))
        structure_problem (r, element, PW_NAME_REPLY_TO, _("The id “%s” is empty or contains a space"),
                           reply_to);
      else
        {
          Target pending = { *element, g_strdup (reply_to), g_strdup (id), TRUE };
          g_array_append_val (targets, pending);
        }
      pw_comment_set_reply_to (comment, reply_to);
    }

  if (year != NULL)
    {
      int value;

      if (!parse_year (year, &value))
        structure_problem (r, element, PW_NAME_YEAR, _("The year “%s” is not a year from 1000 to 9999"),
                           year);
      else
        pw_comment_set_year (comment, value);
    }

  if (paragraph != NULL)
    {
      int value;

      if (!parse_count (paragraph, &value) || value == 0)
        structure_problem (r, element, PW_NAME_PARAGRAPH,
                           _("The paragraph “%s” is not a number from 1"), paragraph);
      else
        pw_comment_set_paragraph (comment, value);
    }

  if (target != NULL)
    {
      if (!is_id (target))
        structure_problem (r, element, PW_NAME_TARGET, _("The id “%s” is empty or contains a space"),
                           target);
      else
        {
          Target pending = { *element, g_strdup (target), g_strdup (id), FALSE };
          g_array_append_val (targets, pending);
        }
      pw_comment_set_target (comment, target);
    }

  pw_comment_set_author (comment, author);

  if (date != NULL)
    {
      if (!pw_format_matches (PW_FORMAT_DATE_TIME, date))
        structure_problem (r, element, PW_NAME_DATE,
                           _("The date “%s” is not an ISO 8601 date and time"), date);
      pw_comment_set_created (comment, date);
    }

  if (resolved != NULL)
    {
      if (strcmp (resolved, "true") != 0 && strcmp (resolved, "false") != 0)
        structure_problem (r, element, PW_NAME_RESOLVED,
                           _("The attribute resolved=“%s” is neither “true” nor “false”"),
                           resolved);
      pw_comment_set_resolved (comment, strcmp (resolved, "true") == 0);
    }

  text = read_text (r, element);
  if (text != NULL && *text != '\0')
    pw_comment_set_text (comment, text);
}

static void
read_comments (Reader  *r,
               Element *element,
               const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (Target));
  g_autoptr(GHashTable) comment_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *comments;
  guint n_comments;
  Element child;

  g_array_set_clear_func (targets, target_clear);
  check_no_attributes (r, element);

  while (next_child (r, element, &child))
    if (sequence_accept (r, &seq, element, &child) == PW_NAME_COMMENT)
      read_comment (r, &child, targets);
    else
      skip_element (r, &child);

  /* Every id of the file is known now, those of later comments too. */
  comments = pw_plan_get_comments (r->plan);
  n_comments = g_list_model_get_n_items (comments);
  for (guint i = 0; i < n_comments; i++)
    {
      g_autoptr(PwObject) comment = g_list_model_get_item (comments, i);

      if (pw_object_get_id (comment) != NULL)
        g_hash_table_add (comment_ids, g_strdup (pw_object_get_id (comment)));
    }
  for (guint i = 0; i < targets->len; i++)
    {
      Target *target = &g_array_index (targets, Target, i);

      if (target->reply && !g_hash_table_contains (comment_ids, target->target))
        rule_problem (r, &target->element, PW_NAME_REPLY_TO, target->subject,
                      _("The comment answers “%s”, which is not a comment in the file"),
                      target->target);
      else if (!target->reply && !g_hash_table_contains (r->ids, target->target))
        rule_problem (r, &target->element, PW_NAME_TARGET, target->subject,
                      _("The comment is on “%s”, which is not an id in the file"), target->target);
    }
}

/* An element that version 1 of the format does not have. */
static void
check_version_2 (Reader  *r,
                 Element *element)
{
  if (r->version < 2)
    structure_problem (r, element, PW_N_NAMES,
                       _("The element <%s> needs version 2 of the .plan format, but the file "
                         "says version %d"),
                       (const char *) element->name, r->version);
}

static void
read_part (Reader  *r,
           Element *element,
           const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwPart) part = pw_part_new ();
  Element child;
  guint n_paragraphs = 0;
  int number = 0;

  check_version_2 (r, element);
  pw_plan_insert_part (r->plan, r->n_parts++, part);
  read_id_and_number (r, element, PW_OBJECT (part), &number);
  pw_part_set_number (part, number);
  g_string_truncate (r->paragraphs, 0);

  r->part = part;
  while (next_child (r, element, &child))
    switch (sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_P:
        read_paragraph (r, &child, &n_paragraphs);
        /* before the first chapter, which reuses r->paragraphs */
        break;
      case PW_NAME_CHAPTER:
        if (n_paragraphs > 0 && pw_part_get_text (part) == NULL)
          pw_part_set_text (part, r->paragraphs->str);
        read_chapter (r, &child, seq.accepted);
        break;
      default:
        read_field (r, &child, seq.accepted, part);
      }
  r->part = NULL;

  if (n_paragraphs > 0 && pw_part_get_text (part) == NULL)
    pw_part_set_text (part, r->paragraphs->str);
}

static void
read_finding (Reader     *r,
              Element    *element,
              PwFindings *findings)
{
  const char *kind_text = NULL;
  const char *line_text = NULL;
  const char *column_text = NULL;
  const char *subject = NULL;
  const char *text;
  int kind = PW_FINDING_DOUBT;
  int line = 0;
  int column = 0;

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns != NULL)
      unknown_attribute (r, element, a);
    else if (a->name == N (r, KIND))
      kind_text = attribute_value (r, a);
    else if (a->name == N (r, LINE))
      line_text = attribute_value (r, a);
    else if (a->name == N (r, COLUMN))
      column_text = attribute_value (r, a);
    else if (a->name == N (r, SUBJECT))
      subject = attribute_value (r, a);
    else
      unknown_attribute (r, element, a);

  if (kind_text == NULL)
    missing_attribute (r, element, PW_NAME_KIND);
  else if (!parse_enum (PW_TYPE_FINDING_KIND, kind_text, &kind))
    structure_problem (r, element, PW_NAME_KIND,
                       _("The kind “%s” is not error, inconsistency, doubt or guess"), kind_text);
  if (line_text != NULL && (!parse_count (line_text, &line) || line == 0))
    structure_problem (r, element, PW_NAME_LINE,
                       _("The line “%s” is not a whole number from 1 to 999999999"), line_text);
  if (column_text != NULL && (!parse_count (column_text, &column) || column == 0))
    structure_problem (r, element, PW_NAME_COLUMN,
                       _("The column “%s” is not a whole number from 1 to 999999999"), column_text);
  /* The subject may since have been deleted: a finding about it still says
   * what the import found, so it is no error. */
  if (subject != NULL && !is_id (subject))
    structure_problem (r, element, PW_NAME_SUBJECT, _("The id “%s” is empty or contains a space"),
                       subject);

  /* copied: read_text() reuses what attribute_value() may point into */
  {
    g_autofree char *subject_copy = g_strdup (subject);

    text = read_text (r, element);
    pw_findings_add (findings, kind, line, column, subject_copy, "%s", text != NULL ? text : "");
  }
}

static void
read_findings (Reader  *r,
               Element *element,
               const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwFindings) findings = NULL;
  const char *file = NULL;
  Element child;

  check_version_2 (r, element);
  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns == NULL && a->name == N (r, FILE))
      file = attribute_value (r, a);
    else
      unknown_attribute (r, element, a);

  findings = pw_findings_new (file);
  while (next_child (r, element, &child))
    if (sequence_accept (r, &seq, element, &child) == PW_NAME_FINDING)
      read_finding (r, &child, findings);
    else
      skip_element (r, &child);

  pw_plan_set_findings (r->plan, findings);
}

static void
read_plan (Reader  *r,
           Element *plan,
           const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  Element child;

  while (next_child (r, plan, &child))
    switch (sequence_accept (r, &seq, plan, &child))
      {
      case PW_NAME_META:
        read_meta (r, &child, seq.accepted);
        break;
      case PW_NAME_PROGRESS_METHOD:
        read_thresholds (r, &child);
        break;
      case PW_NAME_PREFACE:
        read_preface (r, &child, seq.accepted);
        break;
      case PW_NAME_CHAPTER:
        read_chapter (r, &child, seq.accepted);
        break;
      case PW_NAME_PART:
        read_part (r, &child, seq.accepted);
        break;
      case PW_NAME_INDICATORS:
        read_indicators (r, &child, seq.accepted);
        break;
      case PW_NAME_COMMENTS:
        read_comments (r, &child, seq.accepted);
        break;
      case PW_NAME_FINDINGS:
        read_findings (r, &child, seq.accepted);
        break;
      default:
        skip_element (r, &child);
      }

  sequence_end (r, &seq, plan);
}

static void
read_document (Reader *r)
{
  Element root;
  const char *href;
  const char *version = NULL;

  while (read_node (r) && r->type != XML_READER_TYPE_ELEMENT)
    ;
  if (r->stop || r->eof)
    {
      if (r->problems->len == 0 && r->io_error == NULL)
        add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID, 0, 0, NULL,
                            _("The file holds no XML element"));
      return;
    }

  element_init (r, &root);
  href = root.node->ns != NULL ? (const char *) root.node->ns->href : NULL;

  if (root.name != N (r, PLAN) || g_strcmp0 (href, PW_PLAN_FILE_NAMESPACE) != 0)
    {
      if (root.name == N (r, PLAN) && href != NULL && g_str_has_prefix (href, "urn:plan-workbench:plan:"))
        add_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_VERSION, &root, PW_N_NAMES, 0, NULL,
                     _("The file is in the .plan format of namespace %s, which this version of "
                       "Plan Workbench cannot read (it reads %s)"),
                     href, PW_PLAN_FILE_NAMESPACE);
      else if (href != NULL)
        add_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_NOT_PLAN, &root, PW_N_NAMES, 0, NULL,
                     _("This is not a .plan file: its root element is <%s> in the namespace %s, "
                       "not <plan> in the namespace %s"),
                     (const char *) root.name, href, PW_PLAN_FILE_NAMESPACE);
      else
        add_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_NOT_PLAN, &root, PW_N_NAMES, 0, NULL,
                     _("This is not a .plan file: its root element is <%s> without a namespace, "
                       "not <plan> in the namespace %s"),
                     (const char *) root.name, PW_PLAN_FILE_NAMESPACE);
      return;
    }
  r->root_ns = root.node->ns;

  for (xmlAttrPtr a = root.node->properties; a != NULL; a = a->next)
    if (a->ns == NULL && a->name == N (r, VERSION))
      version = attribute_value (r, a);
    else
      unknown_attribute (r, &root, a);

  if (version == NULL)
    {
      add_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID, &root, PW_N_NAMES, 0, NULL,
                   _("The element <plan> has no attribute version"));
      return;
    }
  if (strcmp (version, "1") == 0)
    r->version = 1;
  else if (strcmp (version, "2") == 0)
    r->version = 2;
  else
    {
      add_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_VERSION, &root, PW_NAME_VERSION, 0, NULL,
                   _("The file is in version “%s” of the .plan format, which this version of "
                     "Plan Workbench cannot read (it reads versions 1 and 2)"),
                   version);
      return;
    }

  read_plan (r, &root, pw_format_get_root ());

  /* What may follow the root: comments and processing instructions, which
   * libxml2 checks. */
  while (read_node (r))
    ;
}

/* Finding the places of problems */

typedef enum
{
  SCAN_TEXT,
  SCAN_LT,
  SCAN_BANG,
  SCAN_COMMENT,
  SCAN_CDATA,
  SCAN_DECLARATION,
  SCAN_PI,
  SCAN_END_TAG,
  SCAN_TAG_NAME,
  SCAN_TAG,
  SCAN_ATTRIBUTE_NAME,
  SCAN_AFTER_ATTRIBUTE_NAME,
  SCAN_BEFORE_VALUE,
  SCAN_VALUE,
} ScanState;

static gint
compare_by_ordinal (gconstpointer a,
                    gconstpointer b)
{
  const Problem *pa = *(const Problem **) a;
  const Problem *pb = *(const Problem **) b;

  return pa->ordinal < pb->ordinal ? -1 : pa->ordinal > pb->ordinal;
}

/* Reads the input again and gives each problem that points at an element
 * (by ordinal, or by name on a known line) the line and column of its start
 * tag, or of the attribute it names. */
static void
locate_problems (Reader       *r,
                 GInputStream *source)
{
  g_autoptr(GPtrArray) by_ordinal = g_ptr_array_new ();
  g_autoptr(GPtrArray) by_line = g_ptr_array_new ();
  g_autoptr(GPtrArray) related = g_ptr_array_new ();
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  char buffer[65536];
  ScanState state = SCAN_TEXT;
  gint64 ordinal = 0;
  int line = 1, column = 0;
  int tag_line = 0, tag_column = 0;
  int word_line = 0, word_column = 0;
  guint next = 0, next_related = 0;
  guint run = 0;              /* how many characters of a closing "-->", "]]>" or "?>" */
  char quote = 0;
  guint first = 0, last = 0;  /* the problems in by_ordinal for the current tag */
  gssize n_read;

  for (guint i = 0; i < r->problems->len; i++)
    {
      Problem *problem = &g_array_index (r->problems, Problem, i);

      if (problem->ordinal > 0)
        g_ptr_array_add (by_ordinal, problem);
      else if (problem->line > 0 && problem->column == 0 && problem->element != NULL)
        g_ptr_array_add (by_line, problem);
      if (problem->related > 0)
        g_ptr_array_add (related, problem);
    }
  if (by_ordinal->len == 0 && by_line->len == 0 && related->len == 0)
    return;

  g_ptr_array_sort (by_ordinal, compare_by_ordinal);

  while ((n_read = g_input_stream_read (source, buffer, sizeof buffer, NULL, NULL)) > 0)
    for (gssize i = 0; i < n_read; i++)
      {
        char c = buffer[i];

        if (c == '\n')
          {
            line++;
            column = 0;
          }
        else if ((c & 0xC0) != 0x80)
          column++;

        switch (state)
          {
          case SCAN_TEXT:
            if (c == '<')
              {
                state = SCAN_LT;
                tag_line = line;
                tag_column = column;
              }
            break;

          case SCAN_LT:
            if (c == '!')
              {
                state = SCAN_BANG;
                g_string_truncate (word, 0);
              }
            else if (c == '?')
              {
                state = SCAN_PI;
                run = 0;
              }
            else if (c == '/')
              state = SCAN_END_TAG;
            else
              {
                state = SCAN_TAG_NAME;
                ordinal++;
                g_string_truncate (name, 0);
                g_string_append_c (name, c);
              }
            break;

          case SCAN_BANG:
            g_string_append_c (word, c);
            if (strcmp (word->str, "--") == 0)
              {
                state = SCAN_COMMENT;
                run = 0;
              }
            else if (strcmp (word->str, "[CDATA[") == 0)
              {
                state = SCAN_CDATA;
                run = 0;
              }
            else if (word->len >= 7 || (!g_str_has_prefix ("--", word->str) &&
                                        !g_str_has_prefix ("[CDATA[", word->str)))
              state = c == '>' ? SCAN_TEXT : SCAN_DECLARATION;
            break;

          case SCAN_COMMENT:
            if (c == '>' && run >= 2)
              state = SCAN_TEXT;
            else
              run = c == '-' ? run + 1 : 0;
            break;

          case SCAN_CDATA:
            if (c == '>' && run >= 2)
              state = SCAN_TEXT;
            else
              run = c == ']' ? run + 1 : 0;
            break;

          case SCAN_PI:
            if (c == '>' && run > 0)
              state = SCAN_TEXT;
            else
              run = c == '?';
            break;

          case SCAN_DECLARATION:
          case SCAN_END_TAG:
            if (c == '>')
              state = SCAN_TEXT;
            break;

          case SCAN_TAG_NAME:
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>')
              {
                const char *local = strrchr (name->str, ':');

                local = local != NULL ? local + 1 : name->str;

                /* the problems of this element */
                while (next < by_ordinal->len &&
                       ((Problem *) g_ptr_array_index (by_ordinal, next))->ordinal < ordinal)
                  next++;
                first = last = next;
                while (last < by_ordinal->len &&
                       ((Problem *) g_ptr_array_index (by_ordinal, last))->ordinal == ordinal)
                  {
                    Problem *problem = g_ptr_array_index (by_ordinal, last++);

                    problem->line = tag_line;
                    problem->column = tag_column;
                  }

                for (guint j = 0; j < by_line->len; j++)
                  {
                    Problem *problem = g_ptr_array_index (by_line, j);

                    if (problem->line == tag_line && problem->column == 0 &&
                        strcmp (problem->element, local) == 0)
                      problem->column = tag_column;
                  }

                for (; next_related < related->len; next_related++)
                  {
                    Problem *problem = g_ptr_array_index (related, next_related);

                    if (problem->related > ordinal)
                      break;
                    if (problem->related == ordinal)
                      problem->related_line = tag_line;
                  }

                state = c == '>' ? SCAN_TEXT : SCAN_TAG;
              }
            else
              g_string_append_c (name, c);
            break;

          case SCAN_TAG:
            if (c == '>')
              state = SCAN_TEXT;
            else if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '/')
              {
                state = SCAN_ATTRIBUTE_NAME;
                g_string_truncate (word, 0);
                g_string_append_c (word, c);
                word_line = line;
                word_column = column;
              }
            break;

          case SCAN_ATTRIBUTE_NAME:
            if (c == '=' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
              {
                for (guint j = first; j < last; j++)
                  {
                    Problem *problem = g_ptr_array_index (by_ordinal, j);

                    if (problem->attribute != NULL && strcmp (problem->attribute, word->str) == 0)
                      {
                        problem->line = word_line;
                        problem->column = word_column;
                      }
                  }
                state = c == '=' ? SCAN_BEFORE_VALUE : SCAN_AFTER_ATTRIBUTE_NAME;
              }
            else
              g_string_append_c (word, c);
            break;

          case SCAN_AFTER_ATTRIBUTE_NAME:
            if (c == '=')
              state = SCAN_BEFORE_VALUE;
            break;

          case SCAN_BEFORE_VALUE:
            if (c == '"' || c == '\'')
              {
                quote = c;
                state = SCAN_VALUE;
              }
            break;

          case SCAN_VALUE:
            if (c == quote)
              state = SCAN_TAG;
            break;

          default:
            g_assert_not_reached ();
          }
      }

  for (guint i = 0; i < related->len; i++)
    {
      Problem *problem = g_ptr_array_index (related, i);

      if (problem->related_line > 0)
        {
          char *message = g_strdup_printf (_("%s (first used on line %d)"),
                                           problem->message, problem->related_line);

          g_free (problem->message);
          problem->message = message;
        }
    }
}

static gint
compare_by_place (gconstpointer a,
                  gconstpointer b)
{
  const Problem *pa = a;
  const Problem *pb = b;

  if (pa->last != pb->last)
    return pa->last ? 1 : -1;
  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  if (pa->column != pb->column)
    return pa->column < pb->column ? -1 : 1;
  return pa->sequence < pb->sequence ? -1 : pa->sequence > pb->sequence;
}

/* How many lines @source has; the last may be empty. */
static int
count_lines (GInputStream *source)
{
  char buffer[65536];
  gssize n_read;
  int lines = 1;

  while ((n_read = g_input_stream_read (source, buffer, sizeof buffer, NULL, NULL)) > 0)
    for (const char *p = buffer; (p = memchr (p, '\n', buffer + n_read - p)) != NULL; p++)
      lines++;

  return lines;
}

/* libxml2 says "Extra content at the end of the document" or "expected '>'"
 * of a file that simply stops: say what happened. */
static GInputStream *open_again (GFile  *file,
                                 GBytes *bytes);

static void
explain_parser_problems (Reader *r,
                         GFile  *file,
                         GBytes *bytes)
{
  for (guint i = 0; i < r->problems->len; i++)
    {
      Problem *problem = &g_array_index (r->problems, Problem, i);
      char *message;

      if (!problem->from_parser)
        continue;

      if (r->bytes_read == 0)
        message = g_strdup (_("The file is empty"));
      else if ((r->ordinal > 0 || r->sax_elements > 0) && !r->root_closed && !r->sax_root_closed)
        {
          g_autoptr(GInputStream) source = open_again (file, bytes);

          if (source == NULL || problem->line < count_lines (source))
            return;
          message = g_strdup_printf (_("The file ends in the middle of the document (is it truncated?): %s"),
                                     problem->message);
        }
      else
        return;

      g_free (problem->message);
      problem->message = message;
      return;
    }
}

/* libxml2's streaming validator is right up to its first error, then often
 * loses its place and reports elements that are fine, so on_xml_error()
 * keeps its first error only; the reader checks the same grammar itself and
 * recovers from each problem. When the reader said something on the line of
 * that first error, the validator's words go: the reader's are clearer. */
static void
drop_repeated_schema_problem (Reader *r)
{
  guint schema = G_MAXUINT;

  for (guint i = 0; i < r->problems->len; i++)
    if (g_array_index (r->problems, Problem, i).kind == PROBLEM_SCHEMA)
      schema = i;
  if (schema == G_MAXUINT)
    return;

  for (guint i = 0; i < r->problems->len; i++)
    if (i != schema &&
        g_array_index (r->problems, Problem, i).line == g_array_index (r->problems, Problem, schema).line)
      {
        g_array_remove_index (r->problems, schema);
        return;
      }
}

static GInputStream *
open_again (GFile  *file,
            GBytes *bytes)
{
  if (bytes != NULL)
    return g_memory_input_stream_new_from_bytes (bytes);
  if (file != NULL)
    return G_INPUT_STREAM (g_file_read (file, NULL, NULL));
  return NULL;
}

static char *
format_problem (const Problem *problem)
{
  if (problem->line > 0 && problem->column > 0)
    return g_strdup_printf ("%d:%d: %s", problem->line, problem->column, problem->message);
  if (problem->line > 0)
    return g_strdup_printf ("%d: %s", problem->line, problem->message);
  return g_strdup (problem->message);
}

/* Public API (private to the library) */

PwPlan *
pw_plan_read (GInputStream   *stream,
              GFile          *file,
              GBytes         *bytes,
              PwFindings       *report,
              xmlRelaxNGPtr   schema,
              GError        **error)
{
  g_autoptr(PwPlan) plan = NULL;
  Reader r = { 0 };
  gboolean failed;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);

  pw_plan_file_init_libxml ();

  plan = pw_plan_new ();
  r.plan = plan;
  r.stream = stream;
  r.report = report;
  r.problems = g_array_new (FALSE, TRUE, sizeof (Problem));
  g_array_set_clear_func (r.problems, problem_clear);
  if (schema != NULL)
    r.open = g_array_sized_new (FALSE, FALSE, sizeof (Open), 16);
  r.ids = g_hash_table_new (g_str_hash, g_str_equal);
  r.chapter_ids = g_hash_table_new (g_str_hash, g_str_equal);
  r.values = g_new0 (CachedValue, N_CACHED_VALUES);
  r.text = g_string_sized_new (256);
  r.paragraphs = g_string_sized_new (256);
  r.scratch = g_ptr_array_new_with_free_func (g_free);
  r.prolog.line = 1;
  r.prolog.pi = g_string_new (NULL);

  pw_history_block (pw_plan_get_history (plan));

  if (schema == NULL)
    {
      /* Loading: SAX2, which builds no tree (see sax_next()). */
      xmlSAXHandler sax = { 0 };

      sax.initialized = XML_SAX2_MAGIC;
      sax.startElementNs = sax_start_element;
      sax.endElementNs = sax_end_element;
      sax.characters = sax_characters;
      sax.cdataBlock = sax_characters;
      sax.serror = on_xml_error;

      r.sax = xmlCreatePushParserCtxt (&sax, &r, NULL, 0, NULL);
      if (r.sax != NULL)
        {
          xmlCtxtUseOptions (r.sax, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
          r.events = g_ptr_array_new ();
          r.spare = g_ptr_array_new_with_free_func (event_free);
          r.namespaces = g_ptr_array_new_with_free_func (g_free);
          for (guint i = 0; i < PW_N_NAMES; i++)
            r.names[i] = xmlDictLookup (r.sax->dict, (const xmlChar *) pw_format_names[i], -1);

          read_document (&r);

          for (guint i = 0; i < r.events->len; i++)
            if (r.events->pdata[i] != NULL)
              event_free (r.events->pdata[i]);
          g_ptr_array_unref (r.events);
          g_ptr_array_unref (r.spare);
          g_ptr_array_unref (r.namespaces);
          xmlFreeParserCtxt (r.sax);
        }
      else
        add_placed_problem (&r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID, 0, 0, NULL,
                            _("The file could not be read as XML"));
    }
  else if ((r.xml = xmlReaderForIO (read_input, NULL, &r, NULL, NULL,
                                    XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA |
                                    XML_PARSE_COMPACT)) == NULL)
    {
      if (r.problems->len == 0 && r.io_error == NULL)
        add_placed_problem (&r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID, 0, 0, NULL,
                            _("The file could not be read as XML"));
    }
  else
    {
      xmlTextReaderSetStructuredErrorHandler (r.xml, on_xml_error, &r);
      if (xmlTextReaderRelaxNGSetSchema (r.xml, schema) != 0)
        g_warning ("Could not set the schema of .plan files on the reader");

      for (guint i = 0; i < PW_N_NAMES; i++)
        r.names[i] = xmlTextReaderConstString (r.xml, (const xmlChar *) pw_format_names[i]);

      read_document (&r);

      xmlFreeTextReader (r.xml);
    }

  pw_history_unblock (pw_plan_get_history (plan));

  if (r.io_error == NULL && r.problems->len > 0)
    {
      g_autoptr(GInputStream) source = open_again (file, bytes);

      if (source != NULL)
        locate_problems (&r, source);
      explain_parser_problems (&r, file, bytes);
      drop_repeated_schema_problem (&r);
    }

  failed = r.io_error != NULL || r.problems->len > 0;

  if (report != NULL)
    {
      if (r.io_error != NULL)
        pw_findings_add (report, PW_FINDING_ERROR, 0, 0, NULL, "%s", r.io_error->message);

      g_array_sort (r.problems, compare_by_place);
      for (guint i = 0; i < r.problems->len; i++)
        {
          Problem *problem = &g_array_index (r.problems, Problem, i);

          pw_findings_add (report, PW_FINDING_ERROR, problem->line, problem->column,
                         problem->subject, "%s", problem->message);
        }
    }
  else if (r.io_error != NULL)
    g_propagate_error (error, g_steal_pointer (&r.io_error));
  else if (failed)
    {
      Problem *problem = &g_array_index (r.problems, Problem, 0);
      g_autofree char *message = format_problem (problem);

      g_set_error_literal (error, PW_PLAN_FILE_ERROR, problem->code, message);
    }

  g_clear_error (&r.io_error);
  g_array_unref (r.problems);
  g_clear_pointer (&r.open, g_array_unref);
  g_hash_table_unref (r.ids);
  g_hash_table_unref (r.chapter_ids);
  for (guint i = 0; i < N_CACHED_VALUES; i++)
    g_clear_pointer (&r.values[i].value, pw_value_unref);
  g_free (r.values);
  g_string_free (r.text, TRUE);
  g_string_free (r.paragraphs, TRUE);
  g_ptr_array_unref (r.scratch);
  g_string_free (r.prolog.pi, TRUE);

  if (failed && report == NULL)
    return NULL;

  return g_steal_pointer (&plan);
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
  g_array_set_clear_func (r.problems, problem_clear);
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
