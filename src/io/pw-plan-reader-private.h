/* pw-plan-reader-private.h: what the files of the .plan reader share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader is five files, one per job, around one Reader:
 *
 * - pw-plan-reader-input.c: the bytes in. The scanner of the prolog,
 *   libxml2's parsers (SAX2 when loading, xmlTextReader with the schema
 *   when checking) and the stream of nodes they give, pw_reader_read_node().
 * - pw-plan-reader-walk.c: walking those nodes in the order of the format's
 *   table (pw-plan-format.c): the children of an element, its text, its
 *   attributes, ids, and the values shared between indicators.
 * - pw-plan-reader.c: one function per element of doc/plan-format.md, and
 *   pw_plan_read().
 * - pw-plan-reader-review.c: those of what a review and an import add, the
 *   comments and the findings.
 * - pw-plan-reader-problems.c: recording problems, libxml2's messages in
 *   a user's words, finding each problem's line and column, reporting them.
 */

#pragma once

#include <libxml/xmlreader.h>

#include "pw-plan-file-private.h"
#include "pw-plan-format.h"
#include "pw-value-cache.h"

G_BEGIN_DECLS

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

/* An id of the file and the element that has it (see pw-plan-reader-walk.c). */
typedef struct
{
  const char *id;
  gint64 ordinal;
} IdEntry;

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

typedef struct _SaxEvent SaxEvent;

typedef struct
{
  xmlTextReaderPtr xml;     /* checking, with the schema: the nodes */
  xmlParserCtxtPtr sax;     /* loading: the SAX parser, or NULL */
  char *sax_input;          /* the bytes read, given to the parser a chunk at a time */
  int sax_input_used;
  int sax_input_length;
  SaxEvent *events;         /* the queue of SAX nodes from @head to @n_events */
  guint head;               /* the next event to take */
  guint n_events;
  guint n_slots;            /* the size of @events */
  GString *sax_text;        /* the texts and attribute values of the events queued */
  xmlAttr *sax_attributes;  /* the attributes of the elements queued */
  guint n_sax_attributes;
  guint n_sax_attributes_allocated;
  guint *value_texts;       /* the events of value texts whose values are yet to be asked for */
  guint n_value_texts;
  guint n_value_texts_allocated;
  xmlNode sax_node;         /* the element taken last */
  int sax_last_type;        /* of the event queued last */
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
  IdEntry *numbered_ids;   /* the ids "PREFIX-N", at N (see pw-plan-reader-walk.c) */
  guint n_numbered_slots;
  guint n_numbered_ids;
  GHashTable *ids;         /* the other ids (borrowed from their objects) → ordinal */
  GHashTable *chapter_ids; /* the chapters' ids, interned as indicators keep them */
  PwValueCache *values;    /* the values read, shared */
  GString *text;
  gboolean text_hashed;    /* @text_hash is the hash of @text for the cache of values */
  guint32 text_hash;
  GString *paragraphs;
  GPtrArray *scratch;      /* attribute values that had to be copied */
} Reader;

/* The years of an indicator checked for repeats by the reader itself; the
 * rare indicator with more relies on the model's entries. */
#define MAX_SEEN_YEARS 64

#define N(r, n) ((r)->names[PW_NAME_##n])

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

#define structure_problem(r, element, attribute, ...) \
  pw_reader_add_problem (r, PROBLEM_STRUCTURE, PW_PLAN_FILE_ERROR_INVALID, element, attribute, 0, NULL, __VA_ARGS__)
#define rule_problem(r, element, attribute, subject, ...) \
  pw_reader_add_problem (r, PROBLEM_RULE, PW_PLAN_FILE_ERROR_INVALID, element, attribute, 0, subject, __VA_ARGS__)

/* pw-plan-reader-problems.c */
void      pw_reader_problem_clear       (gpointer         data);
void      pw_reader_add_problem         (Reader          *r,
                                         ProblemKind      kind,
                                         PwPlanFileError  code,
                                         const Element   *element,
                                         PwFormatName     attribute,
                                         gint64           related,
                                         const char      *subject,
                                         const char      *format,
                                         ...) G_GNUC_PRINTF (8, 9);
void      pw_reader_add_placed_problem  (Reader          *r,
                                         ProblemKind      kind,
                                         PwPlanFileError  code,
                                         int              line,
                                         int              column,
                                         const char      *element,
                                         const char      *message);
void      pw_reader_on_xml_error        (void            *data,
                                         xmlErrorPtr      error);
gboolean  pw_reader_report              (Reader          *r,
                                         GFile           *file,
                                         GBytes          *bytes,
                                         GError         **error);

/* pw-plan-reader-input.c */
gboolean  pw_reader_input_begin         (Reader          *r,
                                         xmlRelaxNGPtr    schema);
void      pw_reader_input_end           (Reader          *r);
gboolean  pw_reader_read_node           (Reader          *r);
gboolean  pw_reader_take_text_and_end   (Reader          *r);

/* pw-plan-reader-walk.c */
void      pw_reader_skip_element        (Reader          *r,
                                         Element         *element);
gboolean  pw_reader_next_child          (Reader          *r,
                                         Element         *parent,
                                         Element         *child);
const char *pw_reader_read_text         (Reader          *r,
                                         Element         *element);
void      pw_reader_read_empty          (Reader          *r,
                                         Element         *element);
const char *pw_reader_attribute_value   (Reader          *r,
                                         xmlAttrPtr       attribute);
void      pw_reader_unknown_attribute   (Reader          *r,
                                         Element         *element,
                                         xmlAttrPtr       attribute);
void      pw_reader_check_no_attributes (Reader          *r,
                                         Element         *element);
void      pw_reader_missing_attribute   (Reader          *r,
                                         Element         *element,
                                         PwFormatName     attribute);
PwValue  *pw_reader_value_for           (Reader          *r,
                                         const char      *text);
void      pw_reader_take_id             (Reader          *r,
                                         Element         *element,
                                         PwObject        *object,
                                         const char      *id);
gboolean  pw_reader_has_id              (Reader          *r,
                                         const char      *id);
void      pw_reader_ids_free            (Reader          *r);
void      pw_reader_read_id_and_number  (Reader          *r,
                                         Element         *element,
                                         PwObject        *object,
                                         int             *number);
int       pw_reader_sequence_accept     (Reader          *r,
                                         Sequence        *seq,
                                         Element         *parent,
                                         Element         *child);
void      pw_reader_sequence_end        (Reader          *r,
                                         Sequence        *seq,
                                         Element         *parent);
const char *pw_reader_read_plain_text   (Reader          *r,
                                         Element         *element);
void      pw_reader_read_paragraph      (Reader          *r,
                                         Element         *element,
                                         guint           *n_paragraphs);
void      pw_reader_read_field          (Reader                *r,
                                         Element               *child,
                                         const PwFormatElement *format,
                                         gpointer               object);

/* pw-plan-reader-review.c */
void      pw_reader_check_version_2     (Reader                *r,
                                         Element               *element);
void      pw_reader_read_comments       (Reader                *r,
                                         Element               *element,
                                         const PwFormatElement *format);
void      pw_reader_read_findings       (Reader                *r,
                                         Element               *element,
                                         const PwFormatElement *format);

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

G_END_DECLS
