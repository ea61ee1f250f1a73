/* pw-plan-reader-problems.c: the problems the .plan reader finds, where they are, and what it says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When loading, the first problem stops the reader; when checking, every
 * problem is collected. Each is tied to the ordinal of its element (the n-th
 * start tag of the file), because libxml2 knows line numbers of nodes only
 * up to 65535 and columns not at all; the exact line and column are then
 * found by scanning the input a second time, which only a file with problems
 * pays for. libxml2's own errors come through pw_reader_on_xml_error(), in
 * words a user understands.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-reader-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Recording problems */

void
pw_reader_problem_clear (gpointer data)
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
void
pw_reader_add_problem (Reader          *r,
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

/* A problem at a place given by line and column, not by an element. */
void
pw_reader_add_placed_problem (Reader          *r,
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

void
pw_reader_on_xml_error (void        *data,
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

    pw_reader_add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID,
                                  error->line, error->int2, NULL, message);
    if (r->problems->len > n_problems)
      g_array_index (r->problems, Problem, n_problems).from_parser = TRUE;
  }
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
 * loses its place and reports elements that are fine, so pw_reader_on_xml_error()
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


/* Public API (private to the reader) */

/* Places the problems, then adds them to r->report or sets @error with the
 * first; TRUE when there was any. */
gboolean
pw_reader_report (Reader  *r,
                  GFile   *file,
                  GBytes  *bytes,
                  GError **error)
{
  gboolean failed;

  if (r->io_error == NULL && r->problems->len > 0)
    {
      g_autoptr(GInputStream) source = open_again (file, bytes);

      if (source != NULL)
        locate_problems (r, source);
      explain_parser_problems (r, file, bytes);
      drop_repeated_schema_problem (r);
    }

  failed = r->io_error != NULL || r->problems->len > 0;

  if (r->report != NULL)
    {
      if (r->io_error != NULL)
        pw_findings_add (r->report, PW_FINDING_ERROR, 0, 0, NULL, "%s", r->io_error->message);

      g_array_sort (r->problems, compare_by_place);
      for (guint i = 0; i < r->problems->len; i++)
        {
          Problem *problem = &g_array_index (r->problems, Problem, i);

          pw_findings_add (r->report, PW_FINDING_ERROR, problem->line, problem->column,
                           problem->subject, "%s", problem->message);
        }
    }
  else if (r->io_error != NULL)
    g_propagate_error (error, g_steal_pointer (&r->io_error));
  else if (failed)
    {
      Problem *problem = &g_array_index (r->problems, Problem, 0);
      g_autofree char *message = format_problem (problem);

      g_set_error_literal (error, PW_PLAN_FILE_ERROR, problem->code, message);
    }

  return failed;
}
