/* pw-plan-writer-output.c: the bytes of a .plan file, for the writer's walk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What pw-plan-writer.c writes an element with: escaping a text and
 * checking on the way that a .plan file can hold it, numbers, indentation,
 * elements and attributes, the text fields the format's table writes alone,
 * ids and numbers, and the message that stops the writer.
 *
 * Speed: a large plan has two million elements. Everything, start and end
 * tags, attributes, text elements, indentation, is put together here in
 * Writer.pending, escaped in the same pass that checks it, and handed to
 * libxml2's output buffer 64 KiB at a time. xmlTextWriter, which wrote the
 * elements with attributes or children and their attributes until
 * December 2026, made a call and a check of its state for every tag and
 * attribute (a third of a save's instructions); the bytes are the same.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-writer-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

/* Indentation: two spaces a level; .plan files nest six deep at most. */
static const char spaces[] = "                                ";
#define MAX_INDENT (sizeof spaces - 1)

/* Auxiliary methods */

/* What the user calls @object, for messages: indicator “常住人口” (ind-12). */
static char *
describe (gpointer object)
{
  const char *id = pw_object_get_id (object);
  const char *name = NULL;
  const char *kind;

  if (id == NULL)
    id = "";

  if (PW_IS_INDICATOR (object))
    {
      kind = _("indicator");
      name = pw_indicator_get_name (object);
    }
  else if (PW_IS_PROJECT (object))
    {
      kind = _("project");
      name = pw_project_get_name (object);
    }
  else if (PW_IS_CHAPTER (object))
    {
      kind = _("chapter");
      name = pw_chapter_get_title (object);
    }
  else if (PW_IS_SECTION (object))
    {
      kind = _("section");
      name = pw_section_get_title (object);
    }
  else if (PW_IS_BOX (object))
    {
      kind = _("box");
      name = pw_box_get_title (object);
    }
  else if (PW_IS_SERVICE_ITEM (object))
    {
      kind = _("service item");
      name = pw_service_item_get_name (object);
    }
  else if (PW_IS_PART (object))
    {
      kind = _("part");
      name = pw_part_get_title (object);
    }
  else if (PW_IS_COMMENT (object))
    kind = _("comment");
  else
    return g_strdup (_("the plan"));

  if (name != NULL && *name != '\0')
    /* Translators: e.g. indicator “常住人口” (ind-12) */
    return g_strdup_printf (_("%s “%s” (%s)"), kind, name, id);

  /* Translators: e.g. indicator ind-12 */
  return g_strdup_printf (_("%s %s"), kind, id);
}

/* Before the content of the element opened last: the > of its start tag. */
static inline void
end_start_tag (Writer *w)
{
  if (w->tag_open)
    {
      pw_plan_file_put (w->pending, ">", 1);
      w->tag_open = FALSE;
    }
}

/* The end of the element at w->depth: /> when its start tag is still
 * open, else its end tag. */
static inline void
end_element (Writer *w)
{
  if (w->tag_open)
    {
      pw_plan_file_put (w->pending, "/>", 2);
      w->tag_open = FALSE;
    }
  else
    {
      pw_plan_file_put (w->pending, "</", 2);
      pw_writer_put_string (w->pending, w->names[w->depth]);
      pw_plan_file_put (w->pending, ">", 1);
    }
}

/* Every element starts a line, indented two spaces a level; in
 * w->pending, after the start tag of the element it is in. */
static inline void
append_indent (Writer  *w,
               GString *out)
{
  if (out == w->pending)
    end_start_tag (w);
  pw_plan_file_put (out, "\n", 1);
  pw_plan_file_put (out, spaces, MIN (2 * w->depth, MAX_INDENT));
}

/* Private API (pw-plan-writer-private.h) */

void
pw_writer_fail (Writer     *w,
                gpointer    object,
                const char *format,
                ...)
{
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;
  va_list args;

  if (w->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  what = describe (object);
  g_set_error (&w->error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_UNSAVABLE,
               /* Translators: the first %s names an object, the second says what is wrong */
               _("Cannot save %s: %s"), what, message);
}

/* Appends @text to @out, escaped for element content (@attribute FALSE) or
 * a double-quoted attribute value, and checks on the way that a .plan file
 * can hold it: no control characters but tab, line feed and carriage
 * return, no U+FFFE or U+FFFF, valid UTF-8, at most PW_PLAN_FILE_MAX_TEXT
 * bytes. '"' is left alone in content, where it needs no escape. On a
 * problem, fails naming @owner and @field and returns FALSE. */
gboolean
pw_writer_append_escaped (Writer     *w,
                          GString    *out,
                          const char *text,
                          gboolean    attribute,
                          gpointer    owner,
                          const char *field)
{
  const guchar *start = (const guchar *) text;
  const guchar *p;
  gboolean ascii = TRUE;
  const char *problem = NULL;
  guint character = 0;

  for (p = start; *p; p++)
    {
      const char *entity;
      guchar c = *p;

      if (G_LIKELY (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"'))
        {
          if (G_UNLIKELY (c >= 0x80))
            {
              ascii = FALSE;
              /* U+FFFE and U+FFFF are not characters in XML */
              if (G_UNLIKELY (c == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)))
                {
                  character = p[2] == 0xBE ? 0xFFFE : 0xFFFF;
                  break;
                }
            }
          continue;
        }

      switch (c)
        {
        case '&':
          entity = "&amp;";
          break;
        case '<':
          entity = "&lt;";
          break;
        case '>':
          entity = "&gt;";
          break;
        case '\r':
          entity = "&#13;";
          break;
        case '"':
          entity = attribute ? "&quot;" : NULL;
          break;
        case '\n':
          entity = attribute ? "&#10;" : NULL;
          break;
        case '\t':
          entity = attribute ? "&#9;" : NULL;
          break;
        default:
          character = c;
          entity = NULL;
        }
      if (character != 0)
        break;
      if (entity == NULL)
        continue;

      pw_plan_file_put (out, (const char *) start, p - start);
      pw_writer_put_string (out, entity);
      start = p + 1;
    }

  if (G_UNLIKELY (character != 0))
    {
      g_autofree char *message =
        g_strdup_printf (_("it holds the character U+%04X, which a .plan file cannot store"), character);
      /* Translators: e.g. “the name: it holds the character U+0007 …” */
      pw_writer_fail (w, owner, _("the %s: %s"), field, message);
      return FALSE;
    }
  if (G_UNLIKELY ((gsize) ((const char *) p - text) > PW_PLAN_FILE_MAX_TEXT))
    problem = _("it is longer than a .plan file may hold");
  else if (!ascii && !g_utf8_validate_len (text, (const char *) p - text, NULL))
    problem = _("it is not valid UTF-8 text");
  if (G_UNLIKELY (problem != NULL))
    {
      pw_writer_fail (w, owner, _("the %s: %s"), field, problem);
      return FALSE;
    }

  pw_plan_file_put (out, (const char *) start, p - start);
  return TRUE;
}

const char *
pw_writer_format_int (char buffer[16],
                      int  value)
{
  char *p = buffer + 15;
  unsigned int magnitude = value < 0 ? 0u - (unsigned int) value : (unsigned int) value;

  *p = '\0';
  do
    {
      *--p = '0' + magnitude % 10;
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    *--p = '-';
  return p;
}

/* The shortest decimal that reads back as @number, without an exponent for
 * everyday magnitudes: 52000, 1.1, 0.05. */
const char *
pw_writer_format_decimal (Writer *w,
                          double  number)
{
  char *buffer = w->number;
  gsize size = sizeof w->number;
  double magnitude = fabs (number);

  if (number == 0)
    return "0";

  if (magnitude >= 1e-4 && magnitude < 1e15)
    for (int decimals = 0; decimals <= 17; decimals++)
      {
        char format[8];

        g_snprintf (format, sizeof format, "%%.%df", decimals);
        g_ascii_formatd (buffer, size, format, number);
        if (g_ascii_strtod (buffer, NULL) == number)
          return buffer;
      }

  return g_ascii_dtostr (buffer, size, number);
}

/* Layout. Every element starts a line, indented two spaces a level,
 * written here (xmlTextWriterSetIndent() would write a call per space). */

void
pw_writer_flush_pending (Writer *w)
{
  if (w->pending->len == 0)
    return;

  pw_writer_check (w, xmlOutputBufferWrite (w->out, w->pending->len, w->pending->str));
  g_string_truncate (w->pending, 0);
}

/* Starts an element that holds elements or has attributes. */
void
pw_writer_open_element (Writer     *w,
                        const char *name)
{
  g_return_if_fail (w->depth < G_N_ELEMENTS (w->names) - 1);

  w->has_children |= G_GUINT64_CONSTANT (1) << w->depth;
  append_indent (w, w->pending);
  pw_plan_file_put (w->pending, "<", 1);
  pw_writer_put_string (w->pending, name);
  w->depth++;
  w->names[w->depth] = name;
  w->tag_open = TRUE;
  w->has_children &= ~(G_GUINT64_CONSTANT (1) << w->depth);
}

/* Ends it: <x …/> when it got no children. */
void
pw_writer_close_element (Writer *w)
{
  if (w->has_children & (G_GUINT64_CONSTANT (1) << w->depth))
    {
      w->depth--;
      append_indent (w, w->pending);
      w->depth++;
    }
  end_element (w);
  w->depth--;
  if (w->pending->len > 65536)
    pw_writer_flush_pending (w);
}

/* Ends it with @text, escaped, as its content on the same line: <x …>text</x>,
 * or <x …/> when @text is empty or %NULL. */
void
pw_writer_close_element_with_text (Writer     *w,
                                   const char *text,
                                   gpointer    owner,
                                   const char *field)
{
  if (text != NULL && *text != '\0')
    {
      end_start_tag (w);
      pw_writer_append_escaped (w, w->pending, text, FALSE, owner, field);
    }
  end_element (w);
  w->depth--;
}

/* An attribute of the element just opened; a word or a number that needs no
 * escaping. */
void
pw_write_raw_attribute (Writer     *w,
                        const char *name,
                        const char *value)
{
  pw_plan_file_put (w->pending, " ", 1);
  pw_writer_put_string (w->pending, name);
  pw_plan_file_put (w->pending, "=\"", 2);
  pw_writer_put_string (w->pending, value);
  pw_plan_file_put (w->pending, "\"", 1);
}

void
pw_write_attribute (Writer     *w,
                    const char *name,
                    const char *value,
                    gpointer    owner)
{
  gsize start = w->pending->len;

  if (value == NULL)
    return;

  pw_plan_file_put (w->pending, " ", 1);
  pw_writer_put_string (w->pending, name);
  pw_plan_file_put (w->pending, "=\"", 2);
  if (!pw_writer_append_escaped (w, w->pending, value, TRUE, owner, name))
    {
      g_string_truncate (w->pending, start);
      return;
    }
  pw_plan_file_put (w->pending, "\"", 1);
}

void
pw_write_int_attribute (Writer     *w,
                        const char *name,
                        int         value)
{
  char buffer[16];

  pw_write_raw_attribute (w, name, pw_writer_format_int (buffer, value));
}

/* Begins the line of an element that holds text only: <name */
gsize
pw_writer_begin_text_element (Writer     *w,
                              const char *name)
{
  gsize start = w->pending->len;

  append_indent (w, w->pending);
  pw_plan_file_put (w->pending, "<", 1);
  pw_writer_put_string (w->pending, name);
  return start;
}

/* Ends it with @text, escaped: >text</name>, or /> when @text is empty. The
 * line goes away again if @text cannot be saved. */
void
pw_writer_end_text_element (Writer     *w,
                            gsize       start,
                            const char *name,
                            const char *text,
                            gboolean    escape,
                            gpointer    owner)
{
  GString *out = w->pending;

  if (*text == '\0')
    pw_plan_file_put (out, "/>", 2);
  else
    {
      pw_plan_file_put (out, ">", 1);
      if (!escape)
        pw_writer_put_string (out, text);
      else if (!pw_writer_append_escaped (w, out, text, FALSE, owner, name))
        {
          g_string_truncate (out, start);
          return;
        }
      pw_plan_file_put (out, "</", 2);
      pw_writer_put_string (out, name);
      pw_plan_file_put (out, ">", 1);
    }

  w->has_children |= G_GUINT64_CONSTANT (1) << w->depth;
  if (out->len > 65536)
    pw_writer_flush_pending (w);
}

/* Writes the text fields that the table reads and writes alone (those with
 * a getter) among @name's children, in the table's order, from *@at up to
 * the child named @until, which the caller writes next (PW_N_NAMES: to the
 * end); *@at then moves past @until. A field added to the table is thus
 * written where it belongs with no code here. */
void
pw_write_fields (Writer       *w,
                 PwFormatName  name,
                 gpointer      object,
                 guint        *at,
                 PwFormatName  until)
{
  const PwFormatElement *format = w->formats[name];

  for (; *at < format->n_children; (*at)++)
    {
      const PwFormatElement *child = format->children[*at].element;

      if (child->name == until)
        {
          (*at)++;
          return;
        }
      if (child->get_text != NULL)
        pw_write_text_element (w, pw_format_element_name (child), child->get_text (object), object);
    }
}

/* <name>text</name>, nothing when @text is NULL. */
void
pw_write_text_element (Writer     *w,
                       const char *name,
                       const char *text,
                       gpointer    owner)
{
  if (text == NULL)
    return;

  pw_writer_end_text_element (w, pw_writer_begin_text_element (w, name), name, text, TRUE, owner);
}

/* The same for a word or a number, which needs no escaping. */
void
pw_write_raw_element (Writer     *w,
                      const char *name,
                      const char *text)
{
  pw_writer_end_text_element (w, pw_writer_begin_text_element (w, name), name, text, FALSE, NULL);
}

/* One paragraph per line of @text, each a <p>. */
void
pw_write_paragraphs (Writer     *w,
                     const char *text,
                     gpointer    owner)
{
  g_autofree char *copy = NULL;
  char *line;

  if (text == NULL)
    return;

  copy = g_strdup (text);
  line = copy;
  for (;;)
    {
      char *end = strchr (line, '\n');

      if (end != NULL)
        *end = '\0';
      pw_write_text_element (w, "p", line, owner);
      if (end == NULL || pw_writer_stopped (w))
        break;
      line = end + 1;
    }
}

/* The id of @object, an attribute of the element just opened: present
 * (pw_plan_assign_ids() saw to that), savable, without spaces and not used
 * before. */
void
pw_write_id (Writer   *w,
             gpointer  object)
{
  const char *id = pw_object_get_id (object);

  if (id == NULL || *id == '\0')
    {
      pw_writer_fail (w, object, _("it has no id"));
      return;
    }
  if (!pw_format_is_id (id))
    {
      pw_writer_fail (w, object, _("its id “%s” contains a space"), id);
      return;
    }
  if (!g_hash_table_insert (w->ids, (gpointer) id, object))
    {
      g_autofree char *other = describe (g_hash_table_lookup (w->ids, id));

      pw_writer_fail (w, object, _("%s has the same id"), other);
      return;
    }

  pw_write_attribute (w, "id", id, object);
}

void
pw_write_number (Writer   *w,
                 gpointer  object,
                 int       number)
{
  if (number < 0 || number > 999999999)
    {
      pw_writer_fail (w, object, _("its number %d is not between 0 and 999999999"), number);
      return;
    }
  pw_write_int_attribute (w, "number", number);
}
