/* pw-plan-reader-walk.c: walking the nodes of a .plan file in the order of the format's table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every element reader (pw-plan-reader.c) does with the nodes that
 * pw_reader_read_node() gives: moving to the next child element, reading
 * the text of an element, its attributes, taking ids, and checking the
 * order of children against the element's row of the table
 * (pw-plan-format.c), which also reads the simple text fields.
 *
 * Speed: element and attribute names come from the parser's dictionary, so
 * they are compared as pointers with names interned once per file; attribute
 * values and text are read in place (no copy per node but the one the model
 * keeps); values that repeat (a plan prints "100%" thousands of times) are
 * parsed once and shared, PwValue being immutable (pw_reader_value_for()).
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-reader-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Nodes */

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
void
pw_reader_skip_element (Reader  *r,
                        Element *element)
{
  guint depth = r->depth;

  if (element->empty)
    return;

  while (pw_reader_read_node (r))
    if (r->type == XML_READER_TYPE_END_ELEMENT && r->depth < depth)
      return;
}

/* Moves to the next child element of @parent; FALSE at its end. */
gboolean
pw_reader_next_child (Reader  *r,
                      Element *parent,
                      Element *child)
{
  if (parent->empty)
    return FALSE;

  while (pw_reader_read_node (r))
    switch (r->type)
      {
      case XML_READER_TYPE_ELEMENT:
        element_init (r, child);
        if (G_LIKELY (in_namespace (r, child->node)))
          return TRUE;
        structure_problem (r, child, PW_N_NAMES,
                           _("The element <%s> is not in the namespace of .plan files"),
                           (const char *) child->name);
        pw_reader_skip_element (r, child);
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

/* The text of @element, which holds text only; valid until the next call,
 * NULL when reading stopped. */
const char *
pw_reader_read_text (Reader  *r,
                     Element *element)
{
  pw_plan_file_clear (r->text);
  r->text_hashed = FALSE;

  if (element->empty || pw_reader_take_text_and_end (r))
    return r->text->str;

  while (pw_reader_read_node (r))
    switch (r->type)
      {
      case XML_READER_TYPE_TEXT:
        {
          const char *text = node_text (r);

          pw_plan_file_put (r->text, text, strlen (text));
        }
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
          pw_reader_skip_element (r, &child);
        }
        break;

      default:
        break;
      }

  return NULL;
}

/* Reads an element that must be empty, such as <period/>. */
void
pw_reader_read_empty (Reader  *r,
                      Element *element)
{
  const char *text = pw_reader_read_text (r, element);

  if (text != NULL && *text != '\0')
    structure_problem (r, element, PW_N_NAMES, _("The element <%s> must be empty"),
                       (const char *) element->name);
}

const char *
pw_reader_attribute_value (Reader     *r,
                           xmlAttrPtr  attribute)
{
  xmlNodePtr child = attribute->children;
  char *value;

  /* loading: the value itself (pw-plan-reader-input.c) */
  if (r->sax != NULL)
    return attribute->psvi;
  if (child == NULL)
    return "";
  if (G_LIKELY (child->next == NULL && child->type == XML_TEXT_NODE))
    return (const char *) child->content;

  value = (char *) xmlNodeListGetString (attribute->doc, child, 1);
  g_ptr_array_add (r->scratch, g_strdup (value != NULL ? value : ""));
  xmlFree (value);
  return g_ptr_array_index (r->scratch, r->scratch->len - 1);
}

void
pw_reader_unknown_attribute (Reader     *r,
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

void
pw_reader_check_no_attributes (Reader  *r,
                               Element *element)
{
  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    pw_reader_unknown_attribute (r, element, a);
}

void
pw_reader_missing_attribute (Reader  *r,
                             Element *element,
                             PwFormatName     attribute)
{
  structure_problem (r, element, PW_N_NAMES,
                     _("The element <%s> has no attribute %s"),
                     (const char *) element->name, pw_format_names[attribute]);
}


/* Values */

/* The value printed as @text, which is r->text. */
PwValue *
pw_reader_value_for (Reader     *r,
                     const char *text)
{
  if (r->text_hashed)
    return pw_value_cache_lookup_hashed (r->values, text, r->text->len, r->text_hash);
  return pw_value_cache_lookup (r->values, text, r->text->len);
}

/* Ids
 *
 * The ids of the file are kept to find one given twice and the objects
 * that comments are on. The ids this program writes are PREFIX-N, N
 * counting up through the file (pw_plan_assign_ids()): such an id is kept
 * at N in an array (r->numbered_ids), read and written in the order of the
 * file, where a table of 100,000 ids hashed (three arrays larger than the
 * processor's caches) missed the caches three times an id. Any other id,
 * or one whose N another id has, or an N far beyond the ids kept, goes in
 * r->ids. */

/* An array at most this many times as long as the ids it holds. */
#define NUMBERED_SPREAD 4
#define NUMBERED_MIN_SLOTS 4096

/* N of an id PREFIX-N, up to 9 digits; FALSE for any other id. */
static gboolean
id_number (const char *id,
           guint      *number)
{
  const char *dash = strrchr (id, '-');
  guint n = 0, digits = 0;

  if (dash == NULL || dash[1] == '\0')
    return FALSE;
  for (const char *p = dash + 1; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) || ++digits > 9)
        return FALSE;
      n = 10 * n + (guint) (*p - '0');
    }
  *number = n;
  return TRUE;
}

/* The slot of r->numbered_ids for an id numbered @number, grown to it if
 * the array may grow so far; NULL if not. */
static IdEntry *
numbered_slot (Reader  *r,
               guint    number,
               gboolean grow)
{
  guint n_slots;

  if (G_LIKELY (number < r->n_numbered_slots))
    return &r->numbered_ids[number];
  if (!grow || number >= NUMBERED_SPREAD * (r->n_numbered_ids + NUMBERED_MIN_SLOTS))
    return NULL;

  n_slots = MAX (NUMBERED_MIN_SLOTS, r->n_numbered_slots);
  while (n_slots <= number)
    n_slots *= 2;
  r->numbered_ids = g_renew (IdEntry, r->numbered_ids, n_slots);
  memset (r->numbered_ids + r->n_numbered_slots, 0, (n_slots - r->n_numbered_slots) * sizeof (IdEntry));
  r->n_numbered_slots = n_slots;
  return &r->numbered_ids[number];
}

/* Where @id is kept, or NULL. */
static const IdEntry *
find_numbered_id (Reader     *r,
                  const char *id)
{
  guint number;
  const IdEntry *slot;

  if (!id_number (id, &number) || (slot = numbered_slot (r, number, FALSE)) == NULL)
    return NULL;
  return slot->id != NULL && strcmp (slot->id, id) == 0 ? slot : NULL;
}

/* Keeps @id (borrowed) as the id of the element @ordinal; FALSE, with the
 * element that had it first in @first, when the file has it already. */
static gboolean
add_id (Reader     *r,
        const char *id,
        gint64      ordinal,
        gint64     *first)
{
  IdEntry *slot = NULL;
  guint number;
  gpointer value;

  if (id_number (id, &number) && (slot = numbered_slot (r, number, TRUE)) != NULL)
    {
      if (slot->id != NULL && strcmp (slot->id, id) == 0)
        {
          *first = slot->ordinal;
          return FALSE;
        }
      if (slot->id != NULL)
        slot = NULL;
    }

  /* an id kept in the table when its N was beyond the array may come again */
  if (g_hash_table_size (r->ids) > 0 && g_hash_table_lookup_extended (r->ids, id, NULL, &value))
    {
      *first = GPOINTER_TO_SIZE (value);
      return FALSE;
    }

  if (slot != NULL)
    {
      slot->id = id;
      slot->ordinal = ordinal;
      r->n_numbered_ids++;
    }
  else
    g_hash_table_insert (r->ids, (gpointer) id, GSIZE_TO_POINTER ((gsize) ordinal));
  return TRUE;
}

/* Whether an element of the file has the id @id. */
gboolean
pw_reader_has_id (Reader     *r,
                  const char *id)
{
  return find_numbered_id (r, id) != NULL || g_hash_table_contains (r->ids, id);
}

void
pw_reader_ids_free (Reader *r)
{
  g_clear_pointer (&r->numbered_ids, g_free);
  r->n_numbered_slots = r->n_numbered_ids = 0;
  g_clear_pointer (&r->ids, g_hash_table_unref);
}

/* Gives @object the id @id, unless another object of the file has it. */
void
pw_reader_take_id (Reader     *r,
                   Element    *element,
                   PwObject   *object,
                   const char *id)
{
  gint64 first;

  if (!pw_format_is_id (id))
    {
      structure_problem (r, element, PW_NAME_ID, _("The id “%s” is empty or contains a space"), id);
      return;
    }

  pw_object_set_id (object, id);
  id = pw_object_get_id (object);
  pw_plan_reserve_id (r->plan, id);

  if (!add_id (r, id, element->ordinal, &first))
    pw_reader_add_problem (r, PROBLEM_RULE, PW_PLAN_FILE_ERROR_INVALID, element, PW_NAME_ID,
                           first, id, _("The id “%s” is used twice"), id);
}

/* The attributes id and number of a chapter, section, column, project or
 * service item. */
void
pw_reader_read_id_and_number (Reader   *r,
                              Element  *element,
                              PwObject *object,
                              int      *number)
{
  const char *id = NULL;
  const char *number_text = NULL;

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns == NULL && a->name == N (r, ID))
      id = pw_reader_attribute_value (r, a);
    else if (a->ns == NULL && a->name == N (r, NUMBER))
      number_text = pw_reader_attribute_value (r, a);
    else
      pw_reader_unknown_attribute (r, element, a);

  if (id == NULL)
    pw_reader_missing_attribute (r, element, PW_NAME_ID);
  else
    pw_reader_take_id (r, element, object, id);

  if (number_text == NULL)
    pw_reader_missing_attribute (r, element, PW_NAME_NUMBER);
  else if (!pw_format_parse_count (number_text, number))
    structure_problem (r, element, PW_NAME_NUMBER,
                       _("The number “%s” is not a whole number from 0 to 999999999"), number_text);
}

/* The order of child elements */

/* Whether @child is an element @format: by the name interned once, or by
 * its word for an element that only the table names (PW_NAME_FIELD). */
static inline gboolean
element_is (Reader                *r,
            const PwFormatElement *format,
            const Element         *child)
{
  if (G_LIKELY (format->name != PW_NAME_FIELD))
    return r->names[format->name] == child->name;
  return strcmp (format->word, (const char *) child->name) == 0;
}

static inline gboolean
rule_matches (Reader              *r,
              const PwFormatChild *rule,
              Element             *child)
{
  return element_is (r, rule->element, child) ||
         (rule->alternative != NULL && element_is (r, rule->alternative, child));
}

/* Which name @child has, with its row in seq->accepted, or -1 (with the
 * problem reported) when it may not come here. */
int
pw_reader_sequence_accept (Reader   *r,
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
                                 (const char *) parent->name, pw_format_element_name (rules[j].element),
                                 (const char *) child->name);
              break;
            }
        if (i != seq->position)
          {
            seq->position = i;
            seq->count = 0;
          }
        seq->count++;
        seq->accepted = element_is (r, rules[i].element, child) ? rules[i].element
                                                                 : rules[i].alternative;
        return seq->accepted->name;
      }

  for (guint i = 0; i < seq->position; i++)
    if (rule_matches (r, &rules[i], child))
      {
        structure_problem (r, child, PW_N_NAMES,
                           _("The element <%s> must come before <%s> in <%s>"),
                           (const char *) child->name, pw_format_element_name (rules[seq->position].element),
                           (const char *) parent->name);
        return -1;
      }

  structure_problem (r, child, PW_N_NAMES,
                     _("The element <%s> cannot be in <%s> (is the file from a newer version?)"),
                     (const char *) child->name, (const char *) parent->name);
  return -1;
}

void
pw_reader_sequence_end (Reader   *r,
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
                           pw_format_element_name (seq->element->children[j].element));
        return;
      }
}

/* Text of an element that holds text only and has no attributes. */
const char *
pw_reader_read_plain_text (Reader  *r,
                           Element *element)
{
  pw_reader_check_no_attributes (r, element);
  return pw_reader_read_text (r, element);
}

/* A <p>: appended to r->paragraphs, one per line. */
void
pw_reader_read_paragraph (Reader  *r,
                          Element *element,
                          guint   *n_paragraphs)
{
  const char *text = pw_reader_read_plain_text (r, element);

  if (text == NULL)
    return;
  if ((*n_paragraphs)++ > 0)
    g_string_append_c (r->paragraphs, '\n');
  g_string_append_len (r->paragraphs, text, r->text->len);
}

/* A child that the table reads alone (a text field, with its setter), or
 * one that may not come here: skipped. */
void
pw_reader_read_field (Reader                *r,
                      Element               *child,
                      const PwFormatElement *format,
                      gpointer               object)
{
  const char *text;

  if (format == NULL || format->set_text == NULL)
    {
      pw_reader_skip_element (r, child);
      return;
    }
  if ((text = pw_reader_read_plain_text (r, child)))
    format->set_text (object, text);
}

