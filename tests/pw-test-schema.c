/* pw-test-schema.c: checking a saved plan against data/plan.rng
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pw-test-schema.h"

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "pw-test-util.h"

static void
collect_error (void        *data,
               xmlErrorPtr  error)
{
  g_string_append_printf (data, "%d: %s", error->line, error->message);
}

GBytes *
pw_test_source_schema (void)
{
  g_autofree char *path = pw_test_source_path ("data/plan.rng");
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

char *
pw_test_validate (GBytes *schema_bytes,
                  GBytes *document)
{
  g_autoptr(GString) errors = g_string_new (NULL);
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;
  xmlRelaxNGValidCtxtPtr context;
  xmlDocPtr doc;
  int result;

  parser = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (schema_bytes, NULL),
                                       (int) g_bytes_get_size (schema_bytes));
  xmlRelaxNGSetParserStructuredErrors (parser, collect_error, errors);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  g_assert_nonnull (schema);
  doc = xmlReadMemory (g_bytes_get_data (document, NULL), (int) g_bytes_get_size (document),
                       "document.plan", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  context = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (context, collect_error, errors);
  result = xmlRelaxNGValidateDoc (context, doc);
  xmlRelaxNGFreeValidCtxt (context);
  xmlRelaxNGFree (schema);
  xmlFreeDoc (doc);
  if (result == 0)
    return NULL;
  if (errors->len == 0)
    g_string_append (errors, "invalid");
  return g_strdup (errors->str);
}

char *
pw_test_validate_plan (GBytes *document)
{
  g_autoptr(GBytes) schema = pw_test_source_schema ();

  return pw_test_validate (schema, document);
}
