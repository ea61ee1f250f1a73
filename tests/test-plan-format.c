/* test-plan-format.c: the table of the .plan format against the schema,
 * the model and the documentation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is described once, in the table of pw-plan-format.c, which the
 * reader and the writer walk. These tests read data/plan.rng and
 * doc/plan-format.md as written (not through the program) and check that
 * they say the same thing as the table, element by element and attribute
 * by attribute, and that every model property a row names exists with the
 * type the row writes.
 */

#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "pw-enums.h"
#include "pw-plan-format.h"
#include "pw-plan.h"
#include "pw-test-util.h"

#define RNG_NS "http://relaxng.org/ns/structure/1.0"

/* What the schema says of one element or attribute. */
typedef struct _Rng Rng;
struct _Rng
{
  char *name;
  gboolean optional;
  gboolean repeat;
  int group;          /* elements of one <choice> share it */
  char *type;         /* "elements", "empty", "text", "pattern:…", "enum:a|b" */
  GPtrArray *attributes;
  GPtrArray *children;
};

typedef struct
{
  xmlDocPtr doc;
  GHashTable *defines;  /* name → xmlNodePtr */
  int next_group;
} Schema;

static void
rng_free (gpointer data)
{
  Rng *rng = data;

  g_free (rng->name);
  g_free (rng->type);
  g_ptr_array_unref (rng->attributes);
  g_ptr_array_unref (rng->children);
  g_free (rng);
}

static Rng *
rng_new (const char *name)
{
  Rng *rng = g_new0 (Rng, 1);

  rng->name = g_strdup (name);
  rng->attributes = g_ptr_array_new_with_free_func (rng_free);
  rng->children = g_ptr_array_new_with_free_func (rng_free);
  return rng;
}

static gboolean
is_rng (xmlNodePtr node,
        const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         strcmp ((const char *) node->ns->href, RNG_NS) == 0 &&
         strcmp ((const char *) node->name, name) == 0;
}

static char *
attribute_of (xmlNodePtr  node,
              const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* The type a pattern of content gives: <data> with its pattern, a <choice>
 * of <value>s, <text/>, <empty/>; a <ref> is followed. NULL for elements. */
static char *
describe_value (Schema     *schema,
                xmlNodePtr  node)
{
  if (is_rng (node, "ref"))
    {
      g_autofree char *name = attribute_of (node, "name");
      xmlNodePtr define = g_hash_table_lookup (schema->defines, name);

      for (xmlNodePtr c = define != NULL ? define->children : NULL; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
          return describe_value (schema, c);
      return NULL;
    }
  if (is_rng (node, "data"))
    {
      for (xmlNodePtr c = node->children; c != NULL; c = c->next)
        if (is_rng (c, "param"))
          {
            g_autofree char *pattern = (char *) xmlNodeGetContent (c);
            return g_strconcat ("pattern:", pattern, NULL);
          }
      return g_strdup ("text");
    }
  if (is_rng (node, "choice"))
    {
      g_autoptr(GString) words = g_string_new ("enum:");

      for (xmlNodePtr c = node->children; c != NULL; c = c->next)
        if (is_rng (c, "value"))
          {
            g_autofree char *word = (char *) xmlNodeGetContent (c);

            if (words->len > 5)
              g_string_append_c (words, '|');
            g_string_append (words, word);
          }
        else if (c->type == XML_ELEMENT_NODE)
          return NULL;
      return g_string_free (g_steal_pointer (&words), FALSE);
    }
  if (is_rng (node, "text"))
    return g_strdup ("text");
  if (is_rng (node, "empty"))
    return g_strdup ("empty");
  return NULL;
}

static void collect (Schema *schema, xmlNodePtr first, Rng *into, gboolean optional,
                     gboolean repeat, int group);

/* One node of an element's content pattern. */
static void
collect_node (Schema     *schema,
              xmlNodePtr  node,
              Rng        *into,
              gboolean    optional,
              gboolean    repeat,
              int         group)
{
  g_autofree char *value = NULL;

  if (node->type != XML_ELEMENT_NODE)
    return;

  if (is_rng (node, "element"))
    {
      g_autofree char *name = attribute_of (node, "name");
      Rng *child = rng_new (name);

      child->optional = optional;
      child->repeat = repeat;
      child->group = group != 0 ? group : ++schema->next_group;
      collect (schema, node->children, child, FALSE, FALSE, 0);
      if (child->type == NULL)
        child->type = g_strdup (child->children->len > 0 ? "elements" : "empty");
      g_ptr_array_add (into->children, child);
    }
  else if (is_rng (node, "attribute"))
    {
      g_autofree char *name = attribute_of (node, "name");
      Rng *attribute = rng_new (name);

      attribute->optional = optional;
      for (xmlNodePtr c = node->children; c != NULL && attribute->type == NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
          attribute->type = describe_value (schema, c);
      if (attribute->type == NULL)
        attribute->type = g_strdup ("text");
      g_ptr_array_add (into->attributes, attribute);
    }
  else if (is_rng (node, "optional"))
    collect (schema, node->children, into, TRUE, repeat, group);
  else if (is_rng (node, "zeroOrMore"))
    collect (schema, node->children, into, TRUE, TRUE, group);
  else if (is_rng (node, "oneOrMore"))
    collect (schema, node->children, into, optional, TRUE, group);
  else if (is_rng (node, "ref"))
    {
      g_autofree char *name = attribute_of (node, "name");
      xmlNodePtr define = g_hash_table_lookup (schema->defines, name);

      g_assert_nonnull (define);
      collect (schema, define->children, into, optional, repeat, group);
    }
  else if (is_rng (node, "choice") && (value = describe_value (schema, node)) == NULL)
    collect (schema, node->children, into, optional, repeat, ++schema->next_group);
  else if ((value != NULL || (value = describe_value (schema, node)) != NULL) &&
           strcmp (value, "empty") != 0)
    {
      g_assert_null (into->type);
      into->type = g_steal_pointer (&value);
    }
  else if (value != NULL)
    into->type = g_steal_pointer (&value);
}

static void
collect (Schema     *schema,
         xmlNodePtr  first,
         Rng        *into,
         gboolean    optional,
         gboolean    repeat,
         int         group)
{
  for (xmlNodePtr node = first; node != NULL; node = node->next)
    collect_node (schema, node, into, optional, repeat, group);
}

/* The schema's root element, <plan>, with everything below it. */
static Rng *
read_schema (void)
{
  g_autofree char *path = pw_test_source_path ("data/plan.rng");
  Schema schema = { 0 };
  Rng *document = rng_new ("");
  Rng *plan;
  xmlNodePtr root;

  schema.doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (schema.doc);
  schema.defines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  root = xmlDocGetRootElement (schema.doc);
  for (xmlNodePtr node = root->children; node != NULL; node = node->next)
    if (is_rng (node, "define"))
      g_hash_table_insert (schema.defines, attribute_of (node, "name"), node);

  for (xmlNodePtr node = root->children; node != NULL; node = node->next)
    if (is_rng (node, "start"))
      collect (&schema, node->children, document, FALSE, FALSE, 0);

  g_assert_cmpuint (document->children->len, ==, 1);
  plan = g_ptr_array_steal_index (document->children, 0);
  rng_free (document);
  g_hash_table_unref (schema.defines);
  xmlFreeDoc (schema.doc);
  return plan;
}

/* The table's side */

static int
highest_version (const PwFormatElement *element)
{
  int version = element->version;

  for (guint i = 0; i < element->n_children; i++)
    {
      version = MAX (version, highest_version (element->children[i].element));
      if (element->children[i].alternative != NULL)
        version = MAX (version, highest_version (element->children[i].alternative));
    }
  return version;
}

/* The table's type in the words of describe_value(). */
static char *
describe_type (PwFormatType type,
               GType        enum_type,
               int          absent)
{
  switch (type)
    {
    case PW_FORMAT_ELEMENTS:
      return g_strdup ("elements");
    case PW_FORMAT_EMPTY:
      return g_strdup ("empty");
    case PW_FORMAT_TEXT:
    case PW_FORMAT_VALUE:
      return g_strdup ("text");
    case PW_FORMAT_ENUM:
      {
        g_auto(GStrv) words = pw_format_get_words (enum_type, absent);
        g_autofree char *joined = g_strjoinv ("|", words);

        return g_strconcat ("enum:", joined, NULL);
      }
    case PW_FORMAT_BOOLEAN:
      return g_strdup ("enum:true|false");
    case PW_FORMAT_VERSION:
      {
        g_autoptr(GString) words = g_string_new ("enum:1");

        for (int v = 2; v <= highest_version (pw_format_get_root ()); v++)
          g_string_append_printf (words, "|%d", v);
        return g_string_free (g_steal_pointer (&words), FALSE);
      }
    default:
      g_assert_nonnull (pw_format_type_pattern (type));
      return g_strconcat ("pattern:", pw_format_type_pattern (type), NULL);
    }
}

static void
compare_element (const PwFormatElement *element,
                 Rng                   *rng,
                 const char            *path)
{
  g_autofree char *here = g_strconcat (path, "/", pw_format_element_name (element), NULL);
  g_autofree char *type = describe_type (element->content,
                                         element->enum_type ? element->enum_type () : 0,
                                         element->absent);
  guint n = 0;

  g_test_message ("%s", here);
  g_assert_cmpstr (pw_format_element_name (element), ==, rng->name);
  g_assert_cmpstr (type, ==, rng->type);

  /* attributes: the same names, each required or not alike, of one type */
  g_assert_cmpuint (element->n_attributes, ==, rng->attributes->len);
  for (guint i = 0; i < element->n_attributes; i++)
    {
      const PwFormatAttribute *attribute = &element->attributes[i];
      const char *name = pw_format_names[attribute->name];
      Rng *found = NULL;
      g_autofree char *attribute_type = NULL;

      for (guint j = 0; j < rng->attributes->len && found == NULL; j++)
        if (strcmp (((Rng *) rng->attributes->pdata[j])->name, name) == 0)
          found = rng->attributes->pdata[j];
      g_test_message ("%s@%s", here, name);
      g_assert_nonnull (found);
      if (found == NULL)
        return;
      g_assert_cmpint (attribute->required, ==, !found->optional);
      attribute_type = describe_type (attribute->type,
                                      attribute->enum_type ? attribute->enum_type () : 0,
                                      attribute->absent);
      g_assert_cmpstr (attribute_type, ==, found->type);
    }

  /* children: the same, in the same order, optional and repeated alike,
   * and alternatives where the schema has a choice */
  for (guint i = 0; i < element->n_children; i++)
    {
      const PwFormatChild *child = &element->children[i];
      const PwFormatElement *each[2] = { child->element, child->alternative };
      int group = 0;

      for (guint k = 0; k < 2 && each[k] != NULL; k++)
        {
          Rng *other;

          g_assert_cmpuint (n, <, rng->children->len);
          other = rng->children->pdata[n++];
          g_assert_cmpstr (pw_format_element_name (each[k]), ==, other->name);
          g_assert_cmpint (child->optional, ==, other->optional);
          g_assert_cmpint (child->repeat, ==, other->repeat);
          if (k == 0)
            group = other->group;
          else
            g_assert_cmpint (group, ==, other->group);
          compare_element (each[k], other, here);
        }
      /* an element alone is in no choice with the next */
      if (child->alternative == NULL && n < rng->children->len)
        g_assert_cmpint (((Rng *) rng->children->pdata[n])->group, !=, group);
    }
  g_assert_cmpuint (n, ==, rng->children->len);
}

static void
test_schema (void)
{
  Rng *plan = read_schema ();

  compare_element (pw_format_get_root (), plan, "");
  rng_free (plan);
}

/* The model */

static GType
expected_value_type (PwFormatType type,
                     GType        enum_type)
{
  switch (type)
    {
    case PW_FORMAT_TEXT:
    case PW_FORMAT_ID:
    case PW_FORMAT_DATE:
    case PW_FORMAT_DATE_TIME:
    case PW_FORMAT_ELEMENTS:   /* prose, one paragraph a line */
      return G_TYPE_STRING;
    case PW_FORMAT_VALUE:
      return PW_TYPE_VALUE;
    case PW_FORMAT_NUMBER:
    case PW_FORMAT_LINE:
    case PW_FORMAT_YEAR:
    case PW_FORMAT_PERCENT:
      return G_TYPE_INT;
    case PW_FORMAT_DECIMAL:
      return G_TYPE_DOUBLE;
    case PW_FORMAT_ENUM:
      return enum_type;
    case PW_FORMAT_BOOLEAN:
    case PW_FORMAT_EMPTY:      /* present or not */
      return G_TYPE_BOOLEAN;
    default:
      return G_TYPE_INVALID;
    }
}

static void
check_property (GType        object_type,
                const char  *property,
                PwFormatType type,
                GType        enum_type,
                gboolean     repeat)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (object_type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);
  GType expected = repeat ? G_TYPE_STRV : expected_value_type (type, enum_type);

  g_test_message ("%s:%s", g_type_name (object_type), property);
  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_READWRITE);
  g_assert_cmpstr (g_type_name (pspec->value_type), ==, g_type_name (expected));

  /* what the pattern allows, the property holds */
  if (type == PW_FORMAT_PERCENT)
    {
      g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->minimum, ==, 0);
      g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->maximum, ==, 100);
    }
  else if (type == PW_FORMAT_YEAR)
    {
      /* 0: not given */
      g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->minimum, <=, 0);
      g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->maximum, >=, 9999);
    }
  else if (expected == G_TYPE_INT)
    {
      g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->minimum, <=, 0);
      g_assert_cmpint (G_PARAM_SPEC_INT (pspec)->maximum, >=, 999999999);
    }
}

/* A text field's getter and setter are those of its property: what the
 * setter stores, the property gives and the getter returns. */
static void
check_accessors (const PwFormatElement *field)
{
  g_autoptr(GObject) object = g_object_new (field->object_type (), NULL);
  g_autofree char *through_property = NULL;
  const char *text = "试验 field ✓";

  g_assert_nonnull (field->set_text);
  field->set_text (object, text);
  g_object_get (object, field->property, &through_property, NULL);
  g_assert_cmpstr (through_property, ==, text);
  g_assert_cmpstr (field->get_text (object), ==, text);
}

static void
check_model (const PwFormatElement *element,
             guint                  depth)
{
  g_assert_cmpuint (depth, <, 8);

  for (guint i = 0; i < element->n_attributes; i++)
    if (element->attributes[i].property != NULL)
      {
        g_assert_true (element->object_type != NULL);
        check_property (element->object_type (), element->attributes[i].property,
                        element->attributes[i].type,
                        element->attributes[i].enum_type ? element->attributes[i].enum_type () : 0,
                        FALSE);
      }

  for (guint i = 0; i < element->n_children; i++)
    {
      const PwFormatChild *child = &element->children[i];
      const PwFormatElement *field = child->element;

      if (field->content != PW_FORMAT_ELEMENTS && field->n_attributes == 0 && field->property != NULL)
        {
          g_assert_true (field->object_type != NULL);
          /* a field's property is one of its parent's object */
          g_assert_true (element->object_type != NULL);
          g_assert_true (g_type_is_a (element->object_type (), field->object_type ()));
          check_property (field->object_type (), field->property, field->content,
                          field->enum_type ? field->enum_type () : 0,
                          child->repeat && field->content == PW_FORMAT_TEXT);
        }
      if (field->get_text != NULL || field->set_text != NULL)
        check_accessors (field);
      if (field->content == PW_FORMAT_ELEMENTS && field->property != NULL)
        check_property (field->object_type (), field->property, PW_FORMAT_ELEMENTS, 0, FALSE);
      /* an element holding text of its own is an object whose property it is */
      if (field->content != PW_FORMAT_ELEMENTS && field->n_attributes > 0 && field->property != NULL)
        check_property (field->object_type (), field->property, field->content, 0, FALSE);

      check_model (field, depth + 1);
      if (child->alternative != NULL)
        check_model (child->alternative, depth + 1);
    }
}

static void
test_model (void)
{
  check_model (pw_format_get_root (), 0);
}

/* The documentation */

static void
collect_pairs (const PwFormatElement *element,
               GHashTable            *pairs,
               GHashTable            *names,
               guint                  depth)
{
  g_assert_cmpuint (depth, <, 8);
  g_hash_table_add (names, g_strdup (pw_format_element_name (element)));
  for (guint i = 0; i < element->n_attributes; i++)
    g_hash_table_add (pairs, g_strdup_printf ("%s@%s", pw_format_element_name (element),
                                              pw_format_names[element->attributes[i].name]));
  for (guint i = 0; i < element->n_children; i++)
    {
      collect_pairs (element->children[i].element, pairs, names, depth + 1);
      if (element->children[i].alternative != NULL)
        collect_pairs (element->children[i].alternative, pairs, names, depth + 1);
    }
}

/* The words in backquotes of a cell: `a`, `b` → a, b */
static GPtrArray *
quoted_words (const char *cell)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *p = cell;

  while ((p = strchr (p, '`')) != NULL)
    {
      const char *end = strchr (p + 1, '`');

      if (end == NULL)
        break;
      g_ptr_array_add (words, g_strndup (p + 1, end - p - 1));
      p = end + 1;
    }
  return words;
}

/* The enumerations' words that the doc must give beside an attribute. */
static void
check_words_in (const PwFormatElement *element,
                const char            *structure,
                GHashTable            *rows,
                guint                  depth)
{
  g_assert_cmpuint (depth, <, 8);

  for (guint i = 0; i < element->n_attributes; i++)
    if (element->attributes[i].type == PW_FORMAT_ENUM)
      {
        g_autofree char *key = g_strdup_printf ("%s@%s", pw_format_element_name (element),
                                                pw_format_names[element->attributes[i].name]);
        const char *row = g_hash_table_lookup (rows, key);
        g_auto(GStrv) words = pw_format_get_words (element->attributes[i].enum_type (),
                                                   element->attributes[i].absent);

        g_assert_nonnull (row);
        for (guint w = 0; words[w] != NULL; w++)
          {
            g_autofree char *quoted = g_strdup_printf ("`%s`", words[w]);

            g_test_message ("%s: %s", key, quoted);
            g_assert_nonnull (strstr (row, quoted));
          }
      }
  if (element->content == PW_FORMAT_ENUM)
    {
      g_auto(GStrv) words = pw_format_get_words (element->enum_type (), element->absent);

      for (guint w = 0; words[w] != NULL; w++)
        g_assert_nonnull (strstr (structure, words[w]));
    }
  for (guint i = 0; i < element->n_children; i++)
    {
      check_words_in (element->children[i].element, structure, rows, depth + 1);
      if (element->children[i].alternative != NULL)
        check_words_in (element->children[i].alternative, structure, rows, depth + 1);
    }
}

static void
test_documentation (void)
{
  g_autofree char *path = pw_test_source_path ("doc/plan-format.md");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) documented = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) structure = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key;
  gboolean in_structure = FALSE, in_attributes = FALSE;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "```xml"))
        in_structure = structure->len == 0;
      else if (in_structure && g_str_has_prefix (line, "```"))
        in_structure = FALSE;
      else if (in_structure)
        g_string_append_printf (structure, "%s\n", line);

      if (g_str_has_prefix (line, "### Attributes"))
        in_attributes = TRUE;
      else if (in_attributes && g_str_has_prefix (line, "#"))
        in_attributes = FALSE;
      else if (in_attributes && g_str_has_prefix (line, "| `"))
        {
          g_auto(GStrv) cells = g_strsplit (line, "|", -1);
          g_autoptr(GPtrArray) elements = NULL;
          g_autoptr(GPtrArray) attributes = NULL;

          g_assert_cmpuint (g_strv_length (cells), >=, 4);
          elements = quoted_words (cells[1]);
          attributes = quoted_words (cells[2]);
          for (guint e = 0; e < elements->len; e++)
            for (guint a = 0; a < attributes->len; a++)
              g_hash_table_insert (documented,
                                   g_strdup_printf ("%s@%s", (char *) elements->pdata[e],
                                                    (char *) attributes->pdata[a]),
                                   g_strdup (cells[3]));
        }
    }
  g_assert_cmpuint (structure->len, >, 0);
  g_assert_cmpuint (g_hash_table_size (documented), >, 0);

  collect_pairs (pw_format_get_root (), pairs, names, 0);

  /* every attribute of the table has its row in the doc, and no other */
  g_hash_table_iter_init (&iter, pairs);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_test_message ("documented: %s", (char *) key);
      g_assert_true (g_hash_table_contains (documented, key));
    }
  g_hash_table_iter_init (&iter, documented);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_test_message ("in the table: %s", (char *) key);
      g_assert_true (g_hash_table_contains (pairs, key));
    }

  /* every element is in the structure, and every element there in the table */
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *tag = g_strdup_printf ("<%s", (char *) key);

      g_test_message ("structure: %s", tag);
      g_assert_nonnull (strstr (structure->str, tag));
    }
  {
    g_autoptr(GRegex) regex = g_regex_new ("<([a-z][a-z-]*)", 0, 0, NULL);
    g_autoptr(GMatchInfo) match = NULL;

    g_regex_match (regex, structure->str, 0, &match);
    while (g_match_info_matches (match))
      {
        g_autofree char *name = g_match_info_fetch (match, 1);

        g_test_message ("known element: %s", name);
        g_assert_true (g_hash_table_contains (names, name));
        g_match_info_next (match, NULL);
      }
  }

  check_words_in (pw_format_get_root (), structure->str, documented, 0);
}

/* The patterns the reader and the writer check values with are the
 * schema's, anchored: checked on values worked out by hand. */
static void
test_patterns (void)
{
  static const struct
  {
    PwFormatType type;
    const char *text;
    gboolean valid;
  } cases[] = {
    { PW_FORMAT_YEAR, "2021", TRUE }, { PW_FORMAT_YEAR, "0999", FALSE },
    { PW_FORMAT_YEAR, "20210", FALSE }, { PW_FORMAT_YEAR, " 2021", FALSE },
    { PW_FORMAT_NUMBER, "0", TRUE }, { PW_FORMAT_NUMBER, "01", FALSE },
    { PW_FORMAT_NUMBER, "999999999", TRUE }, { PW_FORMAT_NUMBER, "1000000000", FALSE },
    { PW_FORMAT_LINE, "0", FALSE }, { PW_FORMAT_LINE, "97", TRUE },
    { PW_FORMAT_PERCENT, "100", TRUE }, { PW_FORMAT_PERCENT, "101", FALSE },
    { PW_FORMAT_PERCENT, "07", FALSE },
    { PW_FORMAT_DECIMAL, "1.5e-7", TRUE }, { PW_FORMAT_DECIMAL, "1,200", FALSE },
    { PW_FORMAT_DECIMAL, ".5", FALSE }, { PW_FORMAT_DECIMAL, "-52000", TRUE },
    { PW_FORMAT_DATE, "2022-05", TRUE }, { PW_FORMAT_DATE, "2022-13", FALSE },
    { PW_FORMAT_DATE, "2022年", FALSE }, { PW_FORMAT_DATE, "2022-05-17\n", FALSE },
    { PW_FORMAT_DATE_TIME, "2026-03-01T09:30:00+08:00", TRUE },
    { PW_FORMAT_DATE_TIME, "2026-03-01", TRUE }, { PW_FORMAT_DATE_TIME, "yesterday", FALSE },
    { PW_FORMAT_DATE_TIME, "2026-03-01T24:00", FALSE },
    { PW_FORMAT_ID, "ind-12", TRUE }, { PW_FORMAT_ID, "a b", FALSE }, { PW_FORMAT_ID, "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (pw_format_matches (cases[i].type, cases[i].text), ==, cases[i].valid);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/plan-format/schema", test_schema);
  g_test_add_func ("/pw/plan-format/model", test_model);
  g_test_add_func ("/pw/plan-format/documentation", test_documentation);
  g_test_add_func ("/pw/plan-format/patterns", test_patterns);

  return g_test_run ();
}
