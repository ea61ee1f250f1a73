/* pw-plan-format.h: the .plan format described once, as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table (pw-plan-format.c) says every element of the format: where it
 * may appear and in what order, its attributes, what its content and its
 * attribute values are written as, which version of the format has it, and
 * the model property each maps to. The reader takes the order of children,
 * the enumerations and the simple text fields from it; the writer writes
 * the simple text fields from it; tests/test-plan-format.c checks it against
 * data/plan.rng (element by element, attribute by attribute), against the
 * model's properties and against doc/plan-format.md. What the table cannot
 * say (ids, references, the period rule, parts) stays hand-written in the
 * reader and the writer.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The names of the format that the hand-written code refers to, so that the
 * reader compares names interned once per file as pointers. An element that
 * only the table reads and writes (a text field with its getter and setter)
 * needs none: its row says its name as a word (@word) and its name is
 * %PW_NAME_FIELD. */
typedef enum
{
  PW_NAME_PLAN,
  PW_NAME_META,
  PW_NAME_TITLE,
  PW_NAME_ISSUED,
  PW_NAME_PERIOD,
  PW_NAME_HEADINGS,
  PW_NAME_SAMPLE,
  PW_NAME_PROGRESS_METHOD,
  PW_NAME_PREFACE,
  PW_NAME_P,
  PW_NAME_CHAPTER,
  PW_NAME_SECTION,
  PW_NAME_COLUMN,
  PW_NAME_PROJECT,
  PW_NAME_NAME,
  PW_NAME_START,
  PW_NAME_END,
  PW_NAME_INVESTMENT,
  PW_NAME_STATUS,
  PW_NAME_PROGRESS,
  PW_NAME_SERVICE_ITEM,
  PW_NAME_DOMAIN,
  PW_NAME_INDICATORS,
  PW_NAME_INDICATOR,
  PW_NAME_CATEGORY,
  PW_NAME_UNIT,
  PW_NAME_BASELINE,
  PW_NAME_TARGET,
  PW_NAME_RESPONSIBLE,
  PW_NAME_ACTUAL,
  PW_NAME_NOTE,
  PW_NAME_COMMENTS,
  PW_NAME_COMMENT,
  PW_NAME_VERSION,
  PW_NAME_ID,
  PW_NAME_NUMBER,
  PW_NAME_STYLE,
  PW_NAME_AHEAD,
  PW_NAME_ON_TRACK,
  PW_NAME_BINDING_ON_TRACK,
  PW_NAME_LAGGING,
  PW_NAME_TOLERANCE,
  PW_NAME_NATURE,
  PW_NAME_ORIGIN,
  PW_NAME_LINE,
  PW_NAME_YEAR,
  PW_NAME_STATE,
  PW_NAME_AUTHOR,
  PW_NAME_DATE,
  PW_NAME_RESOLVED,
  PW_NAME_REPLY_TO,
  PW_NAME_PARAGRAPH,
  PW_NAME_PART,
  PW_NAME_FINDINGS,
  PW_NAME_FINDING,
  PW_NAME_FILE,
  PW_NAME_KIND,
  PW_NAME_SUBJECT,
  PW_NAME_NUMBERING,
  PW_N_NAMES,
  PW_NAME_FIELD
} PwFormatName;

extern const char * const pw_format_names[PW_N_NAMES];

/**
 * PwFormatType:
 * @PW_FORMAT_ELEMENTS: an element that holds elements only
 * @PW_FORMAT_EMPTY: an element without content
 * @PW_FORMAT_TEXT: any text, kept as written
 * @PW_FORMAT_VALUE: a value as printed (a #PwValue, read again on load)
 * @PW_FORMAT_ID: an id: text without spaces (`\S+`)
 * @PW_FORMAT_NUMBER: a whole number from 0 to 999999999
 * @PW_FORMAT_LINE: a whole number from 1 to 999999999
 * @PW_FORMAT_YEAR: a year from 1000 to 9999
 * @PW_FORMAT_PERCENT: a whole number from 0 to 100
 * @PW_FORMAT_DECIMAL: a decimal number, with an exponent if need be
 * @PW_FORMAT_DATE: YYYY, YYYY-MM or YYYY-MM-DD
 * @PW_FORMAT_DATE_TIME: an ISO 8601 date, optionally with a time
 * @PW_FORMAT_ENUM: one of the nicks of an enumeration of the model
 * @PW_FORMAT_BOOLEAN: `true` or `false`
 * @PW_FORMAT_VERSION: a version of the format this program reads, from 1 to
 *   the highest @version of an element
 *
 * What a content or an attribute value is written as; each has one pattern
 * in data/plan.rng (see pw_format_type_pattern()).
 */
typedef enum
{
  PW_FORMAT_ELEMENTS,
  PW_FORMAT_EMPTY,
  PW_FORMAT_TEXT,
  PW_FORMAT_VALUE,
  PW_FORMAT_ID,
  PW_FORMAT_NUMBER,
  PW_FORMAT_LINE,
  PW_FORMAT_YEAR,
  PW_FORMAT_PERCENT,
  PW_FORMAT_DECIMAL,
  PW_FORMAT_DATE,
  PW_FORMAT_DATE_TIME,
  PW_FORMAT_ENUM,
  PW_FORMAT_BOOLEAN,
  PW_FORMAT_VERSION,
} PwFormatType;

typedef const char *(*PwFormatGetText) (gpointer    object);
typedef void        (*PwFormatSetText) (gpointer    object,
                                        const char *text);

/**
 * PwFormatAttribute:
 * @name: the attribute's name
 * @type: what its value is written as
 * @required: whether the element must have it
 * @enum_type: for %PW_FORMAT_ENUM, the enumeration of the model
 * @absent: for %PW_FORMAT_ENUM, the value that absence means and that is
 *   never written (e.g. %PW_NATURE_UNKNOWN), or -1
 * @property: the property of the element's model object it maps to, or
 *   %NULL where there is none (the id, which #PwObject holds; the findings'
 *   file name)
 */
typedef struct
{
  PwFormatName name;
  PwFormatType type;
  gboolean required;
  GType (*enum_type) (void);
  int absent;
  const char *property;
} PwFormatAttribute;

typedef struct _PwFormatElement PwFormatElement;

/**
 * PwFormatChild:
 * @element: the element that may come here
 * @optional: whether it may be left out
 * @repeat: whether it may appear more than once
 * @alternative: another element that may come in the same place, in any
 *   mix with @element (parts among chapters), or %NULL
 */
typedef struct
{
  const PwFormatElement *element;
  gboolean optional;
  gboolean repeat;
  const PwFormatElement *alternative;
} PwFormatChild;

/**
 * PwFormatElement:
 * @name: the element's local name, in the namespace of .plan files
 * @content: what it holds: elements, nothing, or text of a type
 * @enum_type: for a content of %PW_FORMAT_ENUM, the enumeration
 * @absent: the value of @enum_type that is never written, or -1
 * @version: the first version of the format that has it
 * @object_type: the class of the model object the element is, or whose
 *   property it holds (for an element of text); 0 when none
 * @property: for an element of text, the property of the parent's object it
 *   maps to (of @object_type), or %NULL
 * @get_text: for a text field that the table reads and writes alone, the
 *   getter of @property, else %NULL
 * @set_text: its setter
 * @attributes: the attributes, in the order the writer writes them
 * @n_attributes: how many
 * @children: the children, in the order they must come
 * @n_children: how many
 * @word: the name as written, for an element named %PW_NAME_FIELD (else
 *   %NULL: its name is pw_format_names[@name]); see pw_format_element_name()
 */
struct _PwFormatElement
{
  PwFormatName name;
  PwFormatType content;
  GType (*enum_type) (void);
  int absent;
  int version;
  GType (*object_type) (void);
  const char *property;
  PwFormatGetText get_text;
  PwFormatSetText set_text;
  const PwFormatAttribute *attributes;
  guint n_attributes;
  const PwFormatChild *children;
  guint n_children;
  const char *word;
};

const PwFormatElement *pw_format_get_root       (void);
const char            *pw_format_element_name   (const PwFormatElement *element);
const char            *pw_format_type_pattern   (PwFormatType type);
gboolean               pw_format_matches        (PwFormatType           type,
                                                 const char            *text);
const PwFormatChild   *pw_format_find_child     (const PwFormatElement *parent,
                                                 PwFormatName           name);
const PwFormatElement *pw_format_lookup         (PwFormatName           name);
char                 **pw_format_get_words      (GType                  enum_type,
                                                 int                    absent);

gboolean               pw_format_parse_year     (const char            *s,
                                                 int                   *year);
gboolean               pw_format_parse_count    (const char            *s,
                                                 int                   *value);
gboolean               pw_format_is_decimal     (const char            *s);
gboolean               pw_format_is_id          (const char            *s);

G_END_DECLS
