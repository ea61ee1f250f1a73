/* pw-plan-writer.c: writing .plan files with libxml2's xmlTextWriter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer walks the model once, in the order of doc/plan-format.md, and
 * writes each element as it goes, so that saving a large plan needs no more
 * memory than the model and a few kilobytes of buffer. The output depends on
 * the model only (no dates, no pointers), so saving twice gives the same bytes.
 *
 * It writes only what the reader accepts: every text is checked for
 * characters that XML 1.0 cannot hold, and the rules that the reader enforces
 * (unique ids, references, actual years within the period …) are checked on
 * the way. The first breach stops the writer with
 * %PW_PLAN_FILE_ERROR_UNSAVABLE and a message that names the object, so that
 * no file is ever written that the program could not open again.
 *
 * Speed: a large plan has two million elements. xmlTextWriter writes the
 * elements that have attributes or children and their attributes; the
 * elements that hold text only (<name>…</name>, most of the file) are put
 * together here, escaped in the same pass that checks them, and handed to
 * xmlTextWriterWriteRawLen() a batch at a time, as is the indentation:
 * xmlTextWriterWriteString() would allocate a copy of every string, and
 * xmlTextWriterSetIndent() makes a call per level of every line.
 *
 * Why one file of about 1,200 lines, when the reader has four: the
 * writer has one job, the walk of the model, and its output primitives
 * (escaping, text elements, indentation) are static and inlined into the
 * element writers that call them two million times a save; the release
 * build has no link-time optimization to inline them across files.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-file-private.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <math.h>
#include <string.h>

#include "pw-enums.h"
#include "pw-plan-format.h"

typedef struct
{
  xmlTextWriterPtr xml;
  PwPlan *plan;
  GError *error;
  gboolean failed;         /* libxml2 could not write: the output failed */
  GHashTable *ids;         /* id → the object that has it (both borrowed) */
  GHashTable *chapter_ids; /* the ids of chapters, interned as indicators keep them */
  guint depth;             /* how many elements are open */
  guint64 has_children;    /* bit n: the open element at depth n has children */
  GString *pending;        /* text elements and indentation not yet written */
  GString *escaped;        /* an attribute value */
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  const PwFormatElement *formats[PW_N_NAMES]; /* of the elements that hold elements */
} Writer;

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

static void G_GNUC_PRINTF (3, 4)
fail (Writer     *w,
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

static inline gboolean
stopped (Writer *w)
{
  return w->error != NULL || w->failed;
}

static inline void
check (Writer *w,
       int     rc)
{
  if (G_UNLIKELY (rc < 0))
    w->failed = TRUE;
}

static inline void
put_string (GString    *out,
            const char *text)
{
  pw_plan_file_put (out, text, strlen (text));
}

/* Appends @text to @out, escaped for element content (@attribute FALSE) or
 * a double-quoted attribute value, and checks on the way that a .plan file
 * can hold it: no control characters but tab, line feed and carriage
 * return, no U+FFFE or U+FFFF, valid UTF-8, at most PW_PLAN_FILE_MAX_TEXT
 * bytes. '"' is left alone in content, where it needs no escape. On a
 * problem, fails naming @owner and @field and returns FALSE. */
static gboolean
append_escaped (Writer     *w,
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
      put_string (out, entity);
      start = p + 1;
    }

  if (G_UNLIKELY (character != 0))
    {
      g_autofree char *message =
        g_strdup_printf (_("it holds the character U+%04X, which a .plan file cannot store"), character);
      /* Translators: e.g. “the name: it holds the character U+0007 …” */
      fail (w, owner, _("the %s: %s"), field, message);
      return FALSE;
    }
  if (G_UNLIKELY ((gsize) ((const char *) p - text) > PW_PLAN_FILE_MAX_TEXT))
    problem = _("it is longer than a .plan file may hold");
  else if (!ascii && !g_utf8_validate_len (text, (const char *) p - text, NULL))
    problem = _("it is not valid UTF-8 text");
  if (G_UNLIKELY (problem != NULL))
    {
      fail (w, owner, _("the %s: %s"), field, problem);
      return FALSE;
    }

  pw_plan_file_put (out, (const char *) start, p - start);
  return TRUE;
}

static const char *
format_int (char buffer[16],
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
static const char *
format_decimal (Writer *w,
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

/* Layout. The writer does not indent (xmlTextWriterSetIndent() writes a call
 * per space); every element starts a line, indented two spaces a level,
 * written here. Text elements and indentation gather in w->pending and go to
 * xmlTextWriter in one piece before its next call, to spare it a call per
 * line. */

static void
append_indent (Writer  *w,
               GString *out)
{
  pw_plan_file_put (out, "\n", 1);
  pw_plan_file_put (out, spaces, MIN (2 * w->depth, MAX_INDENT));
}

static void
flush_pending (Writer *w)
{
  if (w->pending->len == 0)
    return;

  check (w, xmlTextWriterWriteRawLen (w->xml, (const xmlChar *) w->pending->str, w->pending->len));
  g_string_truncate (w->pending, 0);
}

/* Starts an element that holds elements or has attributes. */
static void
open_element (Writer     *w,
              const char *name)
{
  w->has_children |= G_GUINT64_CONSTANT (1) << w->depth;
  append_indent (w, w->pending);
  flush_pending (w);
  check (w, xmlTextWriterStartElement (w->xml, (const xmlChar *) name));
  w->depth++;
  w->has_children &= ~(G_GUINT64_CONSTANT (1) << w->depth);
}

/* Ends it: <x …/> when it got no children. */
static void
close_element (Writer *w)
{
  w->depth--;
  if (w->has_children & (G_GUINT64_CONSTANT (1) << (w->depth + 1)))
    append_indent (w, w->pending);
  flush_pending (w);
  check (w, xmlTextWriterEndElement (w->xml));
}

/* An attribute of the element just opened; a word or a number that needs no
 * escaping. */
static void
write_raw_attribute (Writer     *w,
                     const char *name,
                     const char *value)
{
  check (w, xmlTextWriterStartAttribute (w->xml, (const xmlChar *) name));
  check (w, xmlTextWriterWriteRaw (w->xml, (const xmlChar *) value));
  check (w, xmlTextWriterEndAttribute (w->xml));
}

static void
write_attribute (Writer     *w,
                 const char *name,
                 const char *value,
                 gpointer    owner)
{
  if (value == NULL)
    return;

  g_string_truncate (w->escaped, 0);
  if (!append_escaped (w, w->escaped, value, TRUE, owner, name))
    return;

  check (w, xmlTextWriterStartAttribute (w->xml, (const xmlChar *) name));
  check (w, xmlTextWriterWriteRawLen (w->xml, (const xmlChar *) w->escaped->str, w->escaped->len));
  check (w, xmlTextWriterEndAttribute (w->xml));
}

static void
write_int_attribute (Writer     *w,
                     const char *name,
                     int         value)
{
  char buffer[16];

  write_raw_attribute (w, name, format_int (buffer, value));
}

/* Begins the line of an element that holds text only: <name */
static gsize
begin_text_element (Writer     *w,
                    const char *name)
{
  gsize start = w->pending->len;

  append_indent (w, w->pending);
  pw_plan_file_put (w->pending, "<", 1);
  put_string (w->pending, name);
  return start;
}

/* Ends it with @text, escaped: >text</name>, or /> when @text is empty. The
 * line goes away again if @text cannot be saved. */
static void
end_text_element (Writer     *w,
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
        put_string (out, text);
      else if (!append_escaped (w, out, text, FALSE, owner, name))
        {
          g_string_truncate (out, start);
          return;
        }
      pw_plan_file_put (out, "</", 2);
      put_string (out, name);
      pw_plan_file_put (out, ">", 1);
    }

  w->has_children |= G_GUINT64_CONSTANT (1) << w->depth;
  if (out->len > 65536)
    flush_pending (w);
}

/* <name>text</name>, nothing when @text is NULL. */
static void write_text_element (Writer     *w,
                                const char *name,
                                const char *text,
                                gpointer    owner);

/* Writes the text fields that the table reads and writes alone (those with
 * a getter) among @name's children, in the table's order, from *@at up to
 * the child named @until, which the caller writes next (PW_N_NAMES: to the
 * end); *@at then moves past @until. A field added to the table is thus
 * written where it belongs with no code here. */
static void
write_fields (Writer       *w,
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
        write_text_element (w, pw_format_element_name (child), child->get_text (object), object);
    }
}

/* <name>text</name>, nothing when @text is NULL. */
static void
write_text_element (Writer     *w,
                    const char *name,
                    const char *text,
                    gpointer    owner)
{
  if (text == NULL)
    return;

  end_text_element (w, begin_text_element (w, name), name, text, TRUE, owner);
}

/* The same for a word or a number, which needs no escaping. */
static void
write_raw_element (Writer     *w,
                   const char *name,
                   const char *text)
{
  end_text_element (w, begin_text_element (w, name), name, text, FALSE, NULL);
}

/* One paragraph per line of @text, each a <p>. */
static void
write_paragraphs (Writer     *w,
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
      write_text_element (w, "p", line, owner);
      if (end == NULL || stopped (w))
        break;
      line = end + 1;
    }
}

static gboolean
is_year (int year)
{
  return year >= 1000 && year <= 9999;
}

/* The id of @object, an attribute of the element just opened: present
 * (pw_plan_assign_ids() saw to that), savable, without spaces and not used
 * before. */
static void
write_id (Writer   *w,
          gpointer  object)
{
  const char *id = pw_object_get_id (object);

  if (id == NULL || *id == '\0')
    {
      fail (w, object, _("it has no id"));
      return;
    }
  if (!pw_format_is_id (id))
    {
      fail (w, object, _("its id “%s” contains a space"), id);
      return;
    }
  if (!g_hash_table_insert (w->ids, (gpointer) id, object))
    {
      g_autofree char *other = describe (g_hash_table_lookup (w->ids, id));

      fail (w, object, _("%s has the same id"), other);
      return;
    }

  write_attribute (w, "id", id, object);
}

static void
write_number (Writer   *w,
              gpointer  object,
              int       number)
{
  if (number < 0 || number > 999999999)
    {
      fail (w, object, _("its number %d is not between 0 and 999999999"), number);
      return;
    }
  write_int_attribute (w, "number", number);
}


static void
write_meta (Writer *w)
{
  PwPlan *plan = w->plan;
  const char *issued = pw_plan_get_issued (plan);
  int start = pw_plan_get_start_year (plan);
  int end = pw_plan_get_end_year (plan);
  int baseline = pw_plan_get_baseline_year (plan);
  guint at = 0;

  open_element (w, "meta");
  write_fields (w, PW_NAME_META, plan, &at, PW_NAME_ISSUED);
  if (issued != NULL)
    {
      if (!pw_format_matches (PW_FORMAT_DATE, issued))
        fail (w, plan, _("the date of issue “%s” is not written YYYY, YYYY-MM or YYYY-MM-DD"),
              issued);
      else
        write_raw_element (w, "issued", issued);
    }

  if (!is_year (start) || !is_year (end) || !is_year (baseline))
    fail (w, plan, _("the years of the period (%d–%d, baseline %d) are not all between 1000 and 9999"),
          start, end, baseline);
  else if (start > end)
    fail (w, plan, _("the period starts in %d, after it ends in %d"), start, end);
  else if (baseline >= start)
    fail (w, plan, _("the baseline year %d is not before the first year of the period, %d"),
          baseline, start);

  write_fields (w, PW_NAME_META, plan, &at, PW_NAME_PERIOD);
  open_element (w, "period");
  write_int_attribute (w, "start", start);
  write_int_attribute (w, "end", end);
  write_int_attribute (w, "baseline", baseline);
  close_element (w);

  write_fields (w, PW_NAME_META, plan, &at, PW_NAME_HEADINGS);
  if (pw_plan_get_heading_style (plan) != PW_HEADING_CHAPTER ||
      pw_plan_get_numbering (plan) != PW_NUMBERING_RENUMBER)
    {
      open_element (w, "headings");
      write_raw_attribute (w, "style", pw_enum_to_nick (PW_TYPE_HEADING_STYLE, pw_plan_get_heading_style (plan)));
      if (pw_plan_get_numbering (plan) != PW_NUMBERING_RENUMBER)
        write_raw_attribute (w, "numbering", pw_enum_to_nick (PW_TYPE_NUMBERING, pw_plan_get_numbering (plan)));
      close_element (w);
    }
  write_fields (w, PW_NAME_META, plan, &at, PW_NAME_SAMPLE);
  if (pw_plan_get_sample (plan))
    {
      open_element (w, "sample");
      close_element (w);
    }
  write_fields (w, PW_NAME_META, plan, &at, PW_N_NAMES);
  close_element (w);
}

static void
write_threshold (Writer     *w,
                 const char *name,
                 double      value,
                 double      maximum)
{
  if (!isfinite (value) || value < 0 || value > maximum)
    {
      fail (w, w->plan, _("the setting %s of the progress method, %g, is not between 0 and %g"),
            name, value, maximum);
      return;
    }
  write_raw_attribute (w, name, format_decimal (w, value));
}

static void
write_thresholds (Writer *w)
{
  PwThresholds *thresholds = pw_plan_get_thresholds (w->plan);

  open_element (w, "progress-method");
  write_threshold (w, "ahead", pw_thresholds_get_ahead (thresholds), 100);
  write_threshold (w, "on-track", pw_thresholds_get_on_track (thresholds), 100);
  write_threshold (w, "binding-on-track", pw_thresholds_get_binding_on_track (thresholds), 100);
  write_threshold (w, "lagging", pw_thresholds_get_lagging (thresholds), 100);
  write_threshold (w, "tolerance", pw_thresholds_get_tolerance (thresholds), 1);
  close_element (w);
}

static void
write_section (Writer    *w,
               PwSection *section)
{
  guint at = 0;

  open_element (w, "section");
  write_id (w, section);
  write_number (w, section, pw_section_get_number (section));
  write_fields (w, PW_NAME_SECTION, section, &at, PW_NAME_P);
  write_paragraphs (w, pw_section_get_text (section), section);
  write_fields (w, PW_NAME_SECTION, section, &at, PW_N_NAMES);
  close_element (w);
}

static void
write_project (Writer    *w,
               PwProject *project)
{
  int start = pw_project_get_start_year (project);
  int end = pw_project_get_end_year (project);
  double investment = pw_project_get_investment (project);
  PwProjectStatus status = pw_project_get_status (project);
  int progress = pw_project_get_progress (project);
  char buffer[16];
  guint at = 0;

  open_element (w, "project");
  write_id (w, project);
  write_number (w, project, pw_project_get_number (project));
  write_fields (w, PW_NAME_PROJECT, project, &at, PW_NAME_START);

  if ((start != 0 && !is_year (start)) || (end != 0 && !is_year (end)))
    fail (w, project, _("its years %d–%d are not between 1000 and 9999"), start, end);
  else if (start != 0 && end != 0 && start > end)
    fail (w, project, _("it starts in %d, after it ends in %d"), start, end);
  if (start != 0)
    write_raw_element (w, "start", format_int (buffer, start));
  write_fields (w, PW_NAME_PROJECT, project, &at, PW_NAME_END);
  if (end != 0)
    write_raw_element (w, "end", format_int (buffer, end));

  write_fields (w, PW_NAME_PROJECT, project, &at, PW_NAME_INVESTMENT);
  if (!isnan (investment))
    {
      if (!isfinite (investment))
        fail (w, project, _("its investment is not a finite number"));
      else
        write_raw_element (w, "investment", format_decimal (w, investment));
    }
  write_fields (w, PW_NAME_PROJECT, project, &at, PW_NAME_STATUS);
  if (status != PW_PROJECT_PLANNED)
    write_raw_element (w, "status", pw_enum_to_nick (PW_TYPE_PROJECT_STATUS, status));
  write_fields (w, PW_NAME_PROJECT, project, &at, PW_NAME_PROGRESS);

  if (progress < 0 || progress > 100)
    fail (w, project, _("its progress %d%% is not between 0 and 100"), progress);
  else
    write_raw_element (w, "progress", format_int (buffer, progress));
  write_fields (w, PW_NAME_PROJECT, project, &at, PW_N_NAMES);
  close_element (w);
}

static void
write_box (Writer *w,
           PwBox  *box)
{
  GListModel *projects = pw_box_get_projects (box);
  guint n_projects = g_list_model_get_n_items (projects);
  guint at = 0;

  open_element (w, "column");
  write_id (w, box);
  write_number (w, box, pw_box_get_number (box));
  write_fields (w, PW_NAME_COLUMN, box, &at, PW_NAME_PROJECT);
  for (guint i = 0; i < n_projects && !stopped (w); i++)
    {
      g_autoptr(PwProject) project = g_list_model_get_item (projects, i);
      write_project (w, project);
    }
  write_fields (w, PW_NAME_COLUMN, box, &at, PW_N_NAMES);
  close_element (w);
}

static void
write_service_item (Writer        *w,
                    PwServiceItem *item)
{
  guint at = 0;

  open_element (w, "service-item");
  write_id (w, item);
  write_number (w, item, pw_service_item_get_number (item));
  write_fields (w, PW_NAME_SERVICE_ITEM, item, &at, PW_N_NAMES);
  close_element (w);
}

static void
write_chapter (Writer    *w,
               PwChapter *chapter)
{
  GListModel *sections = pw_chapter_get_sections (chapter);
  GListModel *boxes = pw_chapter_get_boxes (chapter);
  GListModel *items = pw_chapter_get_service_items (chapter);
  guint n_sections = g_list_model_get_n_items (sections);
  guint n_boxes = g_list_model_get_n_items (boxes);
  guint n_items = g_list_model_get_n_items (items);
  guint at = 0;

  open_element (w, "chapter");
  write_id (w, chapter);
  if (pw_object_get_id (PW_OBJECT (chapter)) != NULL)
    g_hash_table_add (w->chapter_ids, (gpointer) g_intern_string (pw_object_get_id (PW_OBJECT (chapter))));
  write_number (w, chapter, pw_chapter_get_number (chapter));
  write_fields (w, PW_NAME_CHAPTER, chapter, &at, PW_NAME_P);
  write_paragraphs (w, pw_chapter_get_text (chapter), chapter);
  write_fields (w, PW_NAME_CHAPTER, chapter, &at, PW_NAME_SECTION);

  for (guint i = 0; i < n_sections && !stopped (w); i++)
    {
      g_autoptr(PwSection) section = g_list_model_get_item (sections, i);
      write_section (w, section);
    }
  write_fields (w, PW_NAME_CHAPTER, chapter, &at, PW_NAME_COLUMN);
  for (guint i = 0; i < n_boxes && !stopped (w); i++)
    {
      g_autoptr(PwBox) box = g_list_model_get_item (boxes, i);
      write_box (w, box);
    }
  write_fields (w, PW_NAME_CHAPTER, chapter, &at, PW_NAME_SERVICE_ITEM);
  for (guint i = 0; i < n_items && !stopped (w); i++)
    {
      g_autoptr(PwServiceItem) item = g_list_model_get_item (items, i);
      write_service_item (w, item);
    }
  write_fields (w, PW_NAME_CHAPTER, chapter, &at, PW_N_NAMES);
  close_element (w);
}

static void
write_part (Writer *w,
            PwPart *part)
{
  guint at = 0;

  open_element (w, "part");
  write_id (w, part);
  write_number (w, part, pw_part_get_number (part));
  write_fields (w, PW_NAME_PART, part, &at, PW_NAME_P);
  write_paragraphs (w, pw_part_get_text (part), part);
  /* its chapters follow, written by write_chapters() */
}

/* The chapters, each part's inside a <part> in the order of the plan's
 * parts; a part without chapters where the order of the parts puts it. A
 * part's chapters must be together, in the order of the parts. */
static void
write_chapters (Writer *w)
{
  GListModel *parts = pw_plan_get_parts (w->plan);
  GListModel *chapters = pw_plan_get_chapters (w->plan);
  guint n_parts = g_list_model_get_n_items (parts);
  guint n_chapters = g_list_model_get_n_items (chapters);
  guint next_part = 0;
  PwPart *open_part = NULL;

  for (guint i = 0; i < n_chapters && !stopped (w); i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      PwPart *part = pw_chapter_get_part (chapter);
      guint position;

      if (part != open_part)
        {
          if (open_part != NULL)
            close_element (w);
          open_part = NULL;

          if (part != NULL && !pw_list_find (parts, part, &position))
            fail (w, chapter, _("it is in a part that is not in the plan"));
          else if (part != NULL && position < next_part)
            fail (w, part, _("its chapters are not together, or not in the order of the parts"));
          else if (part != NULL)
            {
              for (; next_part < position && !stopped (w); next_part++)
                {
                  g_autoptr(PwPart) empty = g_list_model_get_item (parts, next_part);

                  write_part (w, empty);
                  close_element (w);
                }
              write_part (w, part);
              open_part = part;
              next_part = position + 1;
            }
        }
      write_chapter (w, chapter);
    }
  if (open_part != NULL)
    close_element (w);

  for (; next_part < n_parts && !stopped (w); next_part++)
    {
      g_autoptr(PwPart) empty = g_list_model_get_item (parts, next_part);

      write_part (w, empty);
      close_element (w);
    }
}

static void
write_value (Writer      *w,
             const char  *name,
             PwValue     *value,
             PwIndicator *indicator)
{
  if (value != NULL)
    write_text_element (w, name, pw_value_get_text (value), indicator);
}

/* <actual year="2023" state="done">96.2%</actual> */
static void
write_actual (Writer      *w,
              PwIndicator *indicator,
              int          year)
{
  PwValue *actual = pw_indicator_get_actual (indicator, year);
  PwQualState state = pw_indicator_get_state (indicator, year);
  char buffer[16];

  gsize start = begin_text_element (w, "actual");

  pw_plan_file_put (w->pending, " year=\"", 7);
  put_string (w->pending, format_int (buffer, year));
  pw_plan_file_put (w->pending, "\"", 1);
  if (state != PW_QUAL_STATE_NONE)
    {
      pw_plan_file_put (w->pending, " state=\"", 8);
      put_string (w->pending, pw_enum_to_nick (PW_TYPE_QUAL_STATE, state));
      pw_plan_file_put (w->pending, "\"", 1);
    }
  end_text_element (w, start, "actual", actual != NULL ? pw_value_get_text (actual) : "", TRUE,
                    indicator);
}

static void
write_indicator (Writer      *w,
                 PwIndicator *indicator)
{
  PwNature nature = pw_indicator_get_nature (indicator);
  const char *chapter = pw_indicator_get_chapter (indicator);
  PwOrigin origin = pw_indicator_get_origin (indicator);
  int source_line = pw_indicator_get_source_line (indicator);
  guint n_years = pw_indicator_get_n_years (indicator);
  int start = pw_plan_get_start_year (w->plan);
  int end = pw_plan_get_end_year (w->plan);
  guint at = 0;

  open_element (w, "indicator");
  write_id (w, indicator);
  if (nature != PW_NATURE_UNKNOWN)
    write_raw_attribute (w, "nature", pw_enum_to_nick (PW_TYPE_NATURE, nature));
  if (pw_indicator_get_kind (indicator) != PW_KIND_AUTO)
    write_raw_attribute (w, "kind", pw_enum_to_nick (PW_TYPE_INDICATOR_KIND, pw_indicator_get_kind (indicator)));
  if (chapter != NULL)
    {
      /* the model keeps it interned (pw_indicator_set_chapter()) */
      if (!g_hash_table_contains (w->chapter_ids, chapter))
        fail (w, indicator, _("it belongs to the chapter “%s”, which is not in the plan"), chapter);
      else
        write_attribute (w, "chapter", chapter, indicator);
    }
  if (origin != PW_ORIGIN_MANUAL)
    write_raw_attribute (w, "origin", pw_enum_to_nick (PW_TYPE_ORIGIN, origin));
  if (source_line < 0 || source_line > 999999999)
    fail (w, indicator, _("its source line %d is not between 1 and 999999999"), source_line);
  else if (source_line > 0)
    write_int_attribute (w, "line", source_line);

  write_fields (w, PW_NAME_INDICATOR, indicator, &at, PW_NAME_BASELINE);
  write_value (w, "baseline", pw_indicator_get_baseline (indicator), indicator);
  write_fields (w, PW_NAME_INDICATOR, indicator, &at, PW_NAME_TARGET);
  write_value (w, "target", pw_indicator_get_target (indicator), indicator);
  write_fields (w, PW_NAME_INDICATOR, indicator, &at, PW_NAME_RESPONSIBLE);
  for (const char * const *unit = pw_indicator_get_responsible (indicator); *unit != NULL; unit++)
    write_text_element (w, "responsible", *unit, indicator);

  write_fields (w, PW_NAME_INDICATOR, indicator, &at, PW_NAME_ACTUAL);
  for (guint i = 0; i < n_years && !stopped (w); i++)
    {
      int year = pw_indicator_get_nth_year (indicator, i);

      if (year < start || year > end)
        fail (w, indicator, _("it has an actual value for %d, outside the period %d–%d"),
              year, start, end);
      else
        write_actual (w, indicator, year);
    }

  write_fields (w, PW_NAME_INDICATOR, indicator, &at, PW_N_NAMES);
  close_element (w);
}

static void
write_comment (Writer    *w,
               PwComment *comment)
{
  const char *target = pw_comment_get_target (comment);
  const char *created = pw_comment_get_created (comment);
  const char *text = pw_comment_get_text (comment);
  const char *reply_to = pw_comment_get_reply_to (comment);

  open_element (w, "comment");
  write_id (w, comment);
  if (target != NULL)
    {
      if (!g_hash_table_contains (w->ids, target))
        fail (w, comment, _("it is on “%s”, which is not in the plan"), target);
      else
        write_attribute (w, "target", target, comment);
    }
  write_attribute (w, "author", pw_comment_get_author (comment), comment);
  if (created != NULL)
    {
      if (!pw_format_matches (PW_FORMAT_DATE_TIME, created))
        fail (w, comment, _("its date “%s” is not an ISO 8601 date and time"), created);
      else
        write_raw_attribute (w, "date", created);
    }
  if (pw_comment_get_resolved (comment))
    write_raw_attribute (w, "resolved", "true");
  if (reply_to != NULL)
    {
      if (!g_hash_table_contains (w->ids, reply_to))
        fail (w, comment, _("it answers “%s”, which is not in the plan"), reply_to);
      else
        write_attribute (w, "reply-to", reply_to, comment);
    }
  if (pw_comment_get_year (comment) != 0 && !is_year (pw_comment_get_year (comment)))
    fail (w, comment, _("its year %d is not between 1000 and 9999"), pw_comment_get_year (comment));
  else if (pw_comment_get_year (comment) != 0)
    write_int_attribute (w, "year", pw_comment_get_year (comment));
  if (pw_comment_get_paragraph (comment) != 0)
    write_int_attribute (w, "paragraph", pw_comment_get_paragraph (comment));
  if (text != NULL && *text != '\0')
    append_escaped (w, w->pending, text, FALSE, comment, _("text"));
  /* The text is the content: the end tag follows it on the same line. */
  w->depth--;
  flush_pending (w);
  check (w, xmlTextWriterEndElement (w->xml));
}

static void
write_finding (Writer    *w,
               PwFinding *finding)
{
  int line = pw_finding_get_line (finding);
  int column = pw_finding_get_column (finding);
  const char *subject = pw_finding_get_subject (finding);
  const char *message = pw_finding_get_message (finding);

  open_element (w, "finding");
  write_raw_attribute (w, "kind", pw_enum_to_nick (PW_TYPE_FINDING_KIND, pw_finding_get_kind (finding)));
  if (line > 0 && line <= 999999999)
    write_int_attribute (w, "line", line);
  if (column > 0 && column <= 999999999)
    write_int_attribute (w, "column", column);
  if (subject != NULL)
    {
      if (!pw_format_is_id (subject))
        fail (w, w->plan, _("a finding of the import is about “%s”, which is not an id"), subject);
      else
        write_attribute (w, "subject", subject, w->plan);
    }
  if (message != NULL && *message != '\0')
    append_escaped (w, w->pending, message, FALSE, w->plan, _("findings"));
  /* The text is the content: the end tag follows it on the same line. */
  w->depth--;
  flush_pending (w);
  check (w, xmlTextWriterEndElement (w->xml));
}

/* The findings of the import, kept until the user clears them. A finding
 * may be about an object deleted since: it still says what was found. */
static void
write_findings (Writer *w)
{
  PwFindings *findings = pw_plan_get_findings (w->plan);
  GListModel *list;
  guint n_items;

  if (findings == NULL)
    return;

  list = pw_findings_get_list (findings);
  n_items = g_list_model_get_n_items (list);
  open_element (w, "findings");
  write_attribute (w, "file", pw_findings_get_file_name (findings), w->plan);
  for (guint i = 0; i < n_items && !stopped (w); i++)
    {
      g_autoptr(PwFinding) finding = g_list_model_get_item (list, i);
      write_finding (w, finding);
    }
  close_element (w);
}

/* Asks the processor for what writing @indicator will read, while the one
 * before it is written: the strings and values of a plan read from a file
 * lie all over its memory, and waiting for each in turn took most of the
 * time of saving one of 100,000 indicators. */
static void
prefetch_indicator (Writer      *w,
                    PwIndicator *indicator)
{
#if defined(__GNUC__)
  guint n_years = pw_indicator_get_n_years (indicator);

  __builtin_prefetch (pw_object_get_id (PW_OBJECT (indicator)));
  __builtin_prefetch (pw_indicator_get_name (indicator));
  __builtin_prefetch (pw_indicator_get_note (indicator));
  __builtin_prefetch (pw_indicator_get_baseline (indicator));
  __builtin_prefetch (pw_indicator_get_target (indicator));
  for (guint i = 0; i < n_years; i++)
    __builtin_prefetch (pw_indicator_get_actual (indicator, pw_indicator_get_nth_year (indicator, i)));
#endif
}

/* <name> and each item of @list, then </name>; @prefetch_item, when not
 * NULL, is given each item while the one before it is written. */
static void
write_list (Writer     *w,
            const char *name,
            GListModel *list,
            void      (*write_item)    (Writer  *w,
                                        gpointer item),
            void      (*prefetch_item) (Writer  *w,
                                        gpointer item))
{
  guint n_items = g_list_model_get_n_items (list);
  g_autoptr(GObject) next = NULL;

  if (n_items == 0)
    return;

  open_element (w, name);
  next = g_list_model_get_item (list, 0);
  for (guint i = 0; i < n_items && !stopped (w); i++)
    {
      g_autoptr(GObject) item = g_steal_pointer (&next);

      if (i + 1 < n_items)
        {
          next = g_list_model_get_item (list, i + 1);
          if (prefetch_item != NULL)
            prefetch_item (w, next);
        }
      write_item (w, item);
    }
  close_element (w);
}

static void
write_plan (Writer *w)
{
  PwPlan *plan = w->plan;
  const char *preface = pw_plan_get_preface (plan);
  /* Version 1 where it can say everything, so that older programs still
   * open what has no parts and no findings. */
  gboolean version_2 = g_list_model_get_n_items (pw_plan_get_parts (plan)) > 0 ||
                       pw_plan_get_findings (plan) != NULL;

  /* The declaration is written by hand: xmlTextWriterStartDocument() with an
   * encoding would pass every byte through libxml2's UTF-8 to UTF-8
   * converter. */
  check (w, xmlTextWriterWriteRaw (w->xml, (const xmlChar *) "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));

  /* The namespace declaration first, as people write it. */
  open_element (w, "plan");
  write_raw_attribute (w, "xmlns", PW_PLAN_FILE_NAMESPACE);
  write_raw_attribute (w, "version", version_2 ? "2" : "1");

  write_meta (w);
  write_thresholds (w);

  if (preface != NULL)
    {
      open_element (w, "preface");
      write_paragraphs (w, preface, plan);
      close_element (w);
    }

  write_chapters (w);

  write_list (w, "indicators", pw_plan_get_indicators (plan),
              (void (*) (Writer *, gpointer)) write_indicator,
              (void (*) (Writer *, gpointer)) prefetch_indicator);
  write_list (w, "comments", pw_plan_get_comments (plan),
              (void (*) (Writer *, gpointer)) write_comment, NULL);
  write_findings (w);

  close_element (w);
  pw_plan_file_put (w->pending, "\n", 1);
  flush_pending (w);
  check (w, xmlTextWriterFlush (w->xml));
}

/* Public API (private to the library) */

gboolean
pw_plan_write (PwPlan              *plan,
               xmlOutputBufferPtr   output,
               GError             **error)
{
  Writer w = { 0 };

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (output != NULL, FALSE);

  pw_plan_assign_ids (plan);

  w.plan = plan;
  w.xml = xmlNewTextWriter (output);
  if (w.xml == NULL)
    {
      xmlOutputBufferClose (output);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Could not start writing the file"));
      return FALSE;
    }
  w.ids = g_hash_table_new (g_str_hash, g_str_equal);
  w.chapter_ids = g_hash_table_new (NULL, NULL);
  w.pending = g_string_sized_new (80 * 1024);
  w.escaped = g_string_sized_new (256);
  for (guint i = 0; i < PW_N_NAMES; i++)
    w.formats[i] = pw_format_lookup (i);

  write_plan (&w);

  xmlFreeTextWriter (w.xml);
  g_hash_table_unref (w.ids);
  g_hash_table_unref (w.chapter_ids);
  g_string_free (w.pending, TRUE);
  g_string_free (w.escaped, TRUE);

  if (w.error != NULL)
    {
      g_propagate_error (error, w.error);
      return FALSE;
    }
  if (w.failed)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The file could not be written"));
      return FALSE;
    }

  return TRUE;
}
