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

char *
pw_test_validate_plan (GBytes *document)
{
  g_autofree char *path = pw_test_source_path ("data/plan.rng");
  g_autofree char *rng = NULL;
  g_autoptr(GString) errors = g_string_new (NULL);
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;
  xmlRelaxNGValidCtxtPtr context;
  xmlDocPtr doc;
  gsize length;
  int result;

  g_assert_true (g_file_get_contents (path, &rng, &length, NULL));
  parser = xmlRelaxNGNewMemParserCtxt (rng, (int) length);
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
