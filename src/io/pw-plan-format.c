/* pw-plan-format.c: the .plan format described once, as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table of every element of doc/plan-format.md; pw-plan-format.h says
 * what a row holds and who walks it. To add a field to an object: add its
 * property to the model class, one row here (an element of text with its
 * getter and setter, a WORD_FIELD, in its place among the parent's
 * children, or an attribute), its line in data/plan.rng and in
 * doc/plan-format.md;
 * tests/test-plan-format.c checks that the four agree.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-format.h"

#include "pw-enums.h"
#include "pw-plan.h"

const char * const pw_format_names[PW_N_NAMES] = {
  "plan", "meta", "title", "issued", "period", "headings", "sample", "progress-method", "preface",
  "p", "chapter", "section", "column", "project", "name", "start", "end", "investment", "status",
  "progress", "service-item", "domain", "indicators", "indicator", "category", "unit", "baseline",
  "target", "responsible", "actual", "note", "comments", "comment", "version", "id", "number",
  "style", "ahead", "on-track", "binding-on-track", "lagging", "tolerance", "nature", "origin",
  "line", "year", "state", "author", "date", "resolved", "reply-to", "paragraph", "part",
  "findings", "finding", "file", "kind", "subject", "numbering",
};

#define OPTIONAL TRUE, FALSE
#define REQUIRED FALSE, FALSE
#define REPEATED TRUE, TRUE
#define ROWS(array) array, G_N_ELEMENTS (array)
#define NONE NULL, 0

/* An element of text that the table reads and writes alone: the property
 * @property of the parent's object of class @type, through @get and @set. */
#define TEXT_FIELD(name, type, property, get, set) \
  { name, PW_FORMAT_TEXT, NULL, -1, 1, type, property, \
    (PwFormatGetText) get, (PwFormatSetText) set, NONE, NONE, NULL }
/* The same for an element whose name no code but this table's walk uses:
 * the name is the word @word, and needs no PW_NAME_ of its own. */
#define WORD_FIELD(word, type, property, get, set) \
  { PW_NAME_FIELD, PW_FORMAT_TEXT, NULL, -1, 1, type, property, \
    (PwFormatGetText) get, (PwFormatSetText) set, NONE, NONE, word }
/* An element of text or a typed value that the reader and the writer handle
 * by hand (rules across fields, conversions). */
#define FIELD(name, content, type, property) \
  { name, content, NULL, -1, 1, type, property, NULL, NULL, NONE, NONE, NULL }

/* Attributes shared by parts, chapters, sections, 专栏, projects and
 * service items. */
static const PwFormatAttribute id_and_number[] = {
  { PW_NAME_ID, PW_FORMAT_ID, TRUE, NULL, -1, NULL },
  { PW_NAME_NUMBER, PW_FORMAT_NUMBER, TRUE, NULL, -1, "number" },
};

/* <p>, one paragraph of the prose (the property "text" or "preface",
 * one paragraph a line) */
static const PwFormatElement e_p = FIELD (PW_NAME_P, PW_FORMAT_TEXT, NULL, NULL);

/* Metadata */

static const PwFormatElement e_plan_title =
  TEXT_FIELD (PW_NAME_TITLE, pw_plan_get_type, "title", pw_plan_get_title, pw_plan_set_title);
static const PwFormatElement e_region =
  WORD_FIELD ("region", pw_plan_get_type, "region", pw_plan_get_region, pw_plan_set_region);
static const PwFormatElement e_issuer =
  WORD_FIELD ("issuer", pw_plan_get_type, "issuer", pw_plan_get_issuer, pw_plan_set_issuer);
static const PwFormatElement e_doc_number =
  WORD_FIELD ("doc-number", pw_plan_get_type, "doc-number", pw_plan_get_doc_number,
              pw_plan_set_doc_number);
static const PwFormatElement e_issued = FIELD (PW_NAME_ISSUED, PW_FORMAT_DATE, pw_plan_get_type, "issued");

static const PwFormatAttribute period_attributes[] = {
  { PW_NAME_START, PW_FORMAT_YEAR, TRUE, NULL, -1, "start-year" },
  { PW_NAME_END, PW_FORMAT_YEAR, TRUE, NULL, -1, "end-year" },
  { PW_NAME_BASELINE, PW_FORMAT_YEAR, TRUE, NULL, -1, "baseline-year" },
};
static const PwFormatElement e_period = {
  PW_NAME_PERIOD, PW_FORMAT_EMPTY, NULL, -1, 1, pw_plan_get_type, NULL, NULL, NULL,
  ROWS (period_attributes), NONE
};

static const PwFormatAttribute headings_attributes[] = {
  { PW_NAME_STYLE, PW_FORMAT_ENUM, TRUE, pw_heading_style_get_type, -1, "heading-style" },
  { PW_NAME_NUMBERING, PW_FORMAT_ENUM, FALSE, pw_numbering_get_type, -1, "numbering" },
};
static const PwFormatElement e_headings = {
  PW_NAME_HEADINGS, PW_FORMAT_EMPTY, NULL, -1, 1, pw_plan_get_type, NULL, NULL, NULL,
  ROWS (headings_attributes), NONE
};

/* present: the property "sample" is TRUE */
static const PwFormatElement e_sample = FIELD (PW_NAME_SAMPLE, PW_FORMAT_EMPTY, pw_plan_get_type, "sample");

static const PwFormatChild meta_children[] = {
  { &e_plan_title, OPTIONAL, NULL },
  { &e_region, OPTIONAL, NULL },
  { &e_issuer, OPTIONAL, NULL },
  { &e_doc_number, OPTIONAL, NULL },
  { &e_issued, OPTIONAL, NULL },
  { &e_period, REQUIRED, NULL },
  { &e_headings, OPTIONAL, NULL },
  { &e_sample, OPTIONAL, NULL },
};
static const PwFormatElement e_meta = {
  PW_NAME_META, PW_FORMAT_ELEMENTS, NULL, -1, 1, pw_plan_get_type, NULL, NULL, NULL,
  NONE, ROWS (meta_children)
};

/* The thresholds of the progress method, in their ranges (the model's
 * setters take any value; the reader and the writer check 0–100 and 0–1). */
static const PwFormatAttribute thresholds_attributes[] = {
  { PW_NAME_AHEAD, PW_FORMAT_DECIMAL, TRUE, NULL, -1, "ahead" },
  { PW_NAME_ON_TRACK, PW_FORMAT_DECIMAL, TRUE, NULL, -1, "on-track" },
  { PW_NAME_BINDING_ON_TRACK, PW_FORMAT_DECIMAL, TRUE, NULL, -1, "binding-on-track" },
  { PW_NAME_LAGGING, PW_FORMAT_DECIMAL, TRUE, NULL, -1, "lagging" },
  { PW_NAME_TOLERANCE, PW_FORMAT_DECIMAL, TRUE, NULL, -1, "tolerance" },
};
static const PwFormatElement e_progress_method = {
  PW_NAME_PROGRESS_METHOD, PW_FORMAT_EMPTY, NULL, -1, 1, pw_thresholds_get_type, NULL, NULL, NULL,
  ROWS (thresholds_attributes), NONE
};

static const PwFormatChild preface_children[] = {
  { &e_p, REPEATED, NULL },
};
static const PwFormatElement e_preface = {
  PW_NAME_PREFACE, PW_FORMAT_ELEMENTS, NULL, -1, 1, pw_plan_get_type, "preface", NULL, NULL,
  NONE, ROWS (preface_children)
};

/* Sections, 专栏 and their projects, service items */

static const PwFormatElement e_section_title =
  TEXT_FIELD (PW_NAME_TITLE, pw_section_get_type, "title", pw_section_get_title, pw_section_set_title);
static const PwFormatChild section_children[] = {
  { &e_section_title, OPTIONAL, NULL },
  { &e_p, REPEATED, NULL },
};
static const PwFormatElement e_section = {
  PW_NAME_SECTION, PW_FORMAT_ELEMENTS, NULL, -1, 1, pw_section_get_type, "text", NULL, NULL,
  ROWS (id_and_number), ROWS (section_children)
};

static const PwFormatElement e_project_name =
  TEXT_FIELD (PW_NAME_NAME, pw_project_get_type, "name", pw_project_get_name, pw_project_set_name);
static const PwFormatElement e_description =
  WORD_FIELD ("description", pw_project_get_type, "description", pw_project_get_description,
              pw_project_set_description);
static const PwFormatElement e_lead =
  WORD_FIELD ("lead", pw_project_get_type, "lead", pw_project_get_lead, pw_project_set_lead);
static const PwFormatElement e_start = FIELD (PW_NAME_START, PW_FORMAT_YEAR, pw_project_get_type, "start-year");
static const PwFormatElement e_end = FIELD (PW_NAME_END, PW_FORMAT_YEAR, pw_project_get_type, "end-year");
static const PwFormatElement e_investment =
  FIELD (PW_NAME_INVESTMENT, PW_FORMAT_DECIMAL, pw_project_get_type, "investment");
static const PwFormatElement e_status = {
  PW_NAME_STATUS, PW_FORMAT_ENUM, pw_project_status_get_type, -1, 1, pw_project_get_type, "status",
  NULL, NULL, NONE, NONE
};
static const PwFormatElement e_progress =
  FIELD (PW_NAME_PROGRESS, PW_FORMAT_PERCENT, pw_project_get_type, "progress");

static const PwFormatChild project_children[] = {
  { &e_project_name, OPTIONAL, NULL },
  { &e_description, OPTIONAL, NULL },
  { &e_lead, OPTIONAL, NULL },
  { &e_start, OPTIONAL, NULL },
  { &e_end, OPTIONAL, NULL },
  { &e_investment, OPTIONAL, NULL },
  { &e_status, OPTIONAL, NULL },
  { &e_progress, OPTIONAL, NULL },
};
static const PwFormatElement e_project = {
  PW_NAME_PROJECT, PW_FORMAT_ELEMENTS, NULL, -1, 1, pw_project_get_type, NULL, NULL, NULL,
  ROWS (id_and_number), ROWS (project_children)
};

static const PwFormatElement e_box_title =
  TEXT_FIELD (PW_NAME_TITLE, pw_box_get_type, "title", pw_box_get_title, pw_box_set_title);
static const PwFormatChild column_children[] = {
  { &e_box_title, OPTIONAL, NULL },
  { &e_project, REPEATED, NULL },
};
/* a 专栏 box (PwBox); the element keeps its name of version 1 */
static const PwFormatElement e_column = {
  PW_NAME_COLUMN, PW_FORMAT_ELEMENTS, NULL, -1, 1, pw_box_get_type, NULL, NULL, NULL,
  ROWS (id_and_number), ROWS (column_children)
};

static const PwFormatElement e_service_domain =
  TEXT_FIELD (PW_NAME_DOMAIN, pw_service_item_get_type, "domain", pw_service_item_get_domain,
              pw_service_item_set_domain);
static const PwFormatElement e_service_name =
  TEXT_FIELD (PW_NAME_NAME, pw_service_item_get_type, "name", pw_service_item_get_name,
              pw_service_item_set_name);
static const PwFormatChild service_item_children[] = {
  { &e_service_domain, OPTIONAL, NULL },
  { &e_service_name, OPTIONAL, NULL },
};
static const PwFormatElement e_service_item = {
  PW_NAME_SERVICE_ITEM, PW_FORMAT_ELEMENTS, NULL, -1, 1, pw_service_item_get_type, NULL, NULL, NULL,
  ROWS (id_and_number), ROWS (service_item_children)
};

/* Chapters and parts */

static const PwFormatElement e_chapter_title =
  TEXT_FIELD (PW_NAME_TITLE, pw_chapter_get_type, "title", pw_chapter_get_title, pw_chapter_set_title);
static const PwFormatChild chapter_children[] = {
  { &e_chapter_title, OPTIONAL, NULL },
  { &e_p, REPEATED, NULL },
  { &e_section, REPEATED, NULL },
  { &e_column, REPEATED, NULL },
  { &e_service_item, REPEATED, NULL },
};
static const PwFormatElement e_chapter = {
  PW_NAME_CHAPTER, PW_FORMAT_ELEMENTS, NULL, -1, 1, pw_chapter_get_type, "text", NULL, NULL,
  ROWS (id_and_number), ROWS (chapter_children)
};

static const PwFormatElement e_part_title =
  TEXT_FIELD (PW_NAME_TITLE, pw_part_get_type, "title", pw_part_get_title, pw_part_set_title);
static const PwFormatChild part_children[] = {
  { &e_part_title, OPTIONAL, NULL },
  { &e_p, REPEATED, NULL },
  { &e_chapter, REPEATED, NULL },
};
static const PwFormatElement e_part = {
  PW_NAME_PART, PW_FORMAT_ELEMENTS, NULL, -1, 2, pw_part_get_type, "text", NULL, NULL,
  ROWS (id_and_number), ROWS (part_children)
};

/* Indicators */

static const PwFormatElement e_category =
  TEXT_FIELD (PW_NAME_CATEGORY, pw_indicator_get_type, "category", pw_indicator_get_category,
              pw_indicator_set_category);
static const PwFormatElement e_indicator_domain =
  TEXT_FIELD (PW_NAME_DOMAIN, pw_indicator_get_type, "domain", pw_indicator_get_domain,
              pw_indicator_set_domain);
static const PwFormatElement e_indicator_name =
  TEXT_FIELD (PW_NAME_NAME, pw_indicator_get_type, "name", pw_indicator_get_name,
              pw_indicator_set_name);
static const PwFormatElement e_unit =
  TEXT_FIELD (PW_NAME_UNIT, pw_indicator_get_type, "unit", pw_indicator_get_unit,
              pw_indicator_set_unit);
static const PwFormatElement e_baseline =
  FIELD (PW_NAME_BASELINE, PW_FORMAT_VALUE, pw_indicator_get_type, "baseline");
static const PwFormatElement e_target =
  FIELD (PW_NAME_TARGET, PW_FORMAT_VALUE, pw_indicator_get_type, "target");
/* one unit an element, in order: the property "responsible" (a GStrv) */
static const PwFormatElement e_responsible =
  FIELD (PW_NAME_RESPONSIBLE, PW_FORMAT_TEXT, pw_indicator_get_type, "responsible");

static const PwFormatAttribute actual_attributes[] = {
  { PW_NAME_YEAR, PW_FORMAT_YEAR, TRUE, NULL, -1, NULL },
  { PW_NAME_STATE, PW_FORMAT_ENUM, FALSE, pw_qual_state_get_type, PW_QUAL_STATE_NONE, NULL },
};
/* the actual value of a year (pw_indicator_set_actual()) and its state
 * (pw_indicator_set_state()): not properties */
static const PwFormatElement e_actual = {
  PW_NAME_ACTUAL, PW_FORMAT_VALUE, NULL, -1, 1, pw_indicator_get_type, NULL, NULL, NULL,
  ROWS (actual_attributes), NONE
};
static const PwFormatElement e_note =
  TEXT_FIELD (PW_NAME_NOTE, pw_indicator_get_type, "note", pw_indicator_get_note,
              pw_indicator_set_note);

static const PwFormatAttribute indicator_attributes[] = {
  { PW_NAME_ID, PW_FORMAT_ID, TRUE, NULL, -1, NULL },
  { PW_NAME_NATURE, PW_FORMAT_ENUM, FALSE, pw_nature_get_type, PW_NATURE_UNKNOWN, "nature" },
  { PW_NAME_KIND, PW_FORMAT_ENUM, FALSE, pw_indicator_kind_get_type, PW_KIND_AUTO, "kind" },
  { PW_NAME_CHAPTER, PW_FORMAT_ID, FALSE, NULL, -1, "chapter" },
  { PW_NAME_ORIGIN, PW_FORMAT_ENUM, FALSE, pw_origin_get_type, PW_ORIGIN_MANUAL, "origin" },
  { PW_NAME_LINE, PW_FORMAT_LINE, FALSE, NULL, -1, "source-line" },
};
static const PwFormatChild indicator_children[] = {
  { &e_category, OPTIONAL, NULL },
  { &e_indicator_domain, OPTIONAL, NULL },
  { &e_indicator_name, OPTIONAL, NULL },
  { &e_unit, OPTIONAL, NULL },
  { &e_baseline, OPTIONAL, NULL },
  { &e_target, OPTIONAL, NULL },
  { &e_responsible, REPEATED, NULL },
  { &e_actual, REPEATED, NULL },
  { &e_note, OPTIONAL, NULL },
};
static const PwFormatElement e_indicator = {
  PW_NAME_INDICATOR, PW_FORMAT_ELEMENTS, NULL, -1, 1, pw_indicator_get_type, NULL, NULL, NULL,
  ROWS (indicator_attributes), ROWS (indicator_children)
};

static const PwFormatChild indicators_children[] = {
  { &e_indicator, REPEATED, NULL },
};
static const PwFormatElement e_indicators = {
  PW_NAME_INDICATORS, PW_FORMAT_ELEMENTS, NULL, -1, 1, 0, NULL, NULL, NULL,
  NONE, ROWS (indicators_children)
};

/* Comments: the text is the element's content (the property "text") */

static const PwFormatAttribute comment_attributes[] = {
  { PW_NAME_ID, PW_FORMAT_ID, TRUE, NULL, -1, NULL },
  { PW_NAME_TARGET, PW_FORMAT_ID, FALSE, NULL, -1, "target" },
  { PW_NAME_AUTHOR, PW_FORMAT_TEXT, FALSE, NULL, -1, "author" },
  { PW_NAME_DATE, PW_FORMAT_DATE_TIME, FALSE, NULL, -1, "created" },
  { PW_NAME_RESOLVED, PW_FORMAT_BOOLEAN, FALSE, NULL, -1, "resolved" },
  { PW_NAME_REPLY_TO, PW_FORMAT_ID, FALSE, NULL, -1, "reply-to" },
  { PW_NAME_YEAR, PW_FORMAT_YEAR, FALSE, NULL, -1, "year" },
  { PW_NAME_PARAGRAPH, PW_FORMAT_LINE, FALSE, NULL, -1, "paragraph" },
};
static const PwFormatElement e_comment = {
  PW_NAME_COMMENT, PW_FORMAT_TEXT, NULL, -1, 1, pw_comment_get_type, "text", NULL, NULL,
  ROWS (comment_attributes), NONE
};
static const PwFormatChild comments_children[] = {
  { &e_comment, REPEATED, NULL },
};
static const PwFormatElement e_comments = {
  PW_NAME_COMMENTS, PW_FORMAT_ELEMENTS, NULL, -1, 1, 0, NULL, NULL, NULL,
  NONE, ROWS (comments_children)
};

/* The findings of the import (version 2): the message is the content */

static const PwFormatAttribute finding_attributes[] = {
  { PW_NAME_KIND, PW_FORMAT_ENUM, TRUE, pw_finding_kind_get_type, -1, "kind" },
  { PW_NAME_LINE, PW_FORMAT_LINE, FALSE, NULL, -1, "line" },
  { PW_NAME_COLUMN, PW_FORMAT_LINE, FALSE, NULL, -1, "column" },
  { PW_NAME_SUBJECT, PW_FORMAT_ID, FALSE, NULL, -1, "subject" },
};
static const PwFormatElement e_finding = {
  PW_NAME_FINDING, PW_FORMAT_TEXT, NULL, -1, 2, pw_finding_get_type, "message", NULL, NULL,
  ROWS (finding_attributes), NONE
};
static const PwFormatAttribute findings_attributes[] = {
  /* pw_findings_get_file_name(): PwFindings has no properties */
  { PW_NAME_FILE, PW_FORMAT_TEXT, FALSE, NULL, -1, NULL },
};
static const PwFormatChild findings_children[] = {
  { &e_finding, REPEATED, NULL },
};
static const PwFormatElement e_findings = {
  PW_NAME_FINDINGS, PW_FORMAT_ELEMENTS, NULL, -1, 2, pw_findings_get_type, NULL, NULL, NULL,
  ROWS (findings_attributes), ROWS (findings_children)
};

/* The root */

static const PwFormatAttribute plan_attributes[] = {
  /* 1 or 2: the lowest version that holds the plan */
  { PW_NAME_VERSION, PW_FORMAT_VERSION, TRUE, NULL, -1, NULL },
};
static const PwFormatChild plan_children[] = {
  { &e_meta, REQUIRED, NULL },
  { &e_progress_method, REQUIRED, NULL },
  { &e_preface, OPTIONAL, NULL },
  { &e_chapter, REPEATED, &e_part },
  { &e_indicators, OPTIONAL, NULL },
  { &e_comments, OPTIONAL, NULL },
  { &e_findings, OPTIONAL, NULL },
};
static const PwFormatElement e_plan = {
  PW_NAME_PLAN, PW_FORMAT_ELEMENTS, NULL, -1, 1, pw_plan_get_type, NULL, NULL, NULL,
  ROWS (plan_attributes), ROWS (plan_children)
};

/* Public API (private to the library) */

/**
 * pw_format_get_root:
 *
 * Returns: (transfer none): the description of <plan>, from which every
 *   element of the format is reached through the children
 */
const PwFormatElement *
pw_format_get_root (void)
{
  return &e_plan;
}

/**
 * pw_format_element_name:
 * @element: an element of the format
 *
 * Returns: its name as written
 */
const char *
pw_format_element_name (const PwFormatElement *element)
{
  return element->name == PW_NAME_FIELD ? element->word : pw_format_names[element->name];
}

/**
 * pw_format_type_pattern:
 * @type: a type of value
 *
 * Returns: (nullable): the pattern (XML Schema regular expression, as in
 *   data/plan.rng) of the values of @type, or %NULL for text, enumerations
 *   and element content
 */
const char *
pw_format_type_pattern (PwFormatType type)
{
  switch (type)
    {
    case PW_FORMAT_ID:
      return "\\S+";
    case PW_FORMAT_NUMBER:
      return "0|[1-9][0-9]{0,8}";
    case PW_FORMAT_LINE:
      return "[1-9][0-9]{0,8}";
    case PW_FORMAT_YEAR:
      return "[1-9][0-9]{3}";
    case PW_FORMAT_PERCENT:
      return "[0-9]|[1-9][0-9]|100";
    case PW_FORMAT_DECIMAL:
      return "-?[0-9]+(\\.[0-9]+)?([eE][+\\-]?[0-9]+)?";
    case PW_FORMAT_DATE:
      return "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?";
    case PW_FORMAT_DATE_TIME:
      return "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
             "(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?"
             "(Z|[+\\-]([01][0-9]|2[0-3]):[0-5][0-9])?)?";
    case PW_FORMAT_ELEMENTS:
    case PW_FORMAT_EMPTY:
    case PW_FORMAT_TEXT:
    case PW_FORMAT_VALUE:
    case PW_FORMAT_ENUM:
    case PW_FORMAT_BOOLEAN:
    case PW_FORMAT_VERSION:
    default:
      return NULL;
    }
}

/**
 * pw_format_matches:
 * @type: a type with a pattern (pw_format_type_pattern())
 * @text: a value as written
 *
 * Returns: whether @text, exactly as written, is a value of @type
 */
gboolean
pw_format_matches (PwFormatType  type,
                   const char   *text)
{
  static GRegex *regexes[PW_FORMAT_VERSION + 1];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (regexes); i++)
        if (pw_format_type_pattern (i) != NULL)
          {
            g_autofree char *anchored = g_strdup_printf ("^(?:%s)$", pw_format_type_pattern (i));
            regexes[i] = g_regex_new (anchored, G_REGEX_OPTIMIZE | G_REGEX_DOLLAR_ENDONLY, 0, NULL);
          }
      g_once_init_leave (&initialized, 1);
    }

  g_return_val_if_fail (type < G_N_ELEMENTS (regexes) && regexes[type] != NULL, FALSE);

  return g_regex_match (regexes[type], text, 0, NULL);
}

/**
 * pw_format_find_child:
 * @parent: an element
 * @name: the name of a child
 *
 * Returns: (nullable): the row of @parent's children that @name may be,
 *   its alternative included
 */
const PwFormatChild *
pw_format_find_child (const PwFormatElement *parent,
                      PwFormatName           name)
{
  for (guint i = 0; i < parent->n_children; i++)
    if (parent->children[i].element->name == name ||
        (parent->children[i].alternative != NULL && parent->children[i].alternative->name == name))
      return &parent->children[i];
  return NULL;
}

static const PwFormatElement *
lookup_in (const PwFormatElement *element,
           PwFormatName           name,
           guint                  depth)
{
  if (element->name == name && element->n_children > 0)
    return element;
  for (guint i = 0; i < element->n_children && depth < 8; i++)
    {
      const PwFormatElement *found = lookup_in (element->children[i].element, name, depth + 1);

      if (found == NULL && element->children[i].alternative != NULL)
        found = lookup_in (element->children[i].alternative, name, depth + 1);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * pw_format_lookup:
 * @name: the name of an element that holds elements (chapter, project …)
 *
 * Returns: (transfer none) (nullable): its description
 */
const PwFormatElement *
pw_format_lookup (PwFormatName name)
{
  return lookup_in (&e_plan, name, 0);
}

/**
 * pw_format_get_words:
 * @enum_type: an enumeration of the model
 * @absent: the value never written, or -1
 *
 * Returns: (transfer full): the words of an attribute or an element of
 *   @enum_type, in the enumeration's order: its nicks but @absent's
 */
char **
pw_format_get_words (GType enum_type,
                     int   absent)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **words;

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != absent)
      g_strv_builder_add (builder, klass->values[i].value_nick);

  words = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  g_type_class_unref (klass);
  return words;
}

/* Values, written as the schema's patterns allow, read without a regular
 * expression: the reader reads two million of them. */

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
gboolean
pw_format_parse_year (const char *s,
                      int        *year)
{
  return s[0] != '0' && parse_digits (s, 4, 4, year);
}

/* 0|[1-9][0-9]{0,8} */
gboolean
pw_format_parse_count (const char *s,
                       int        *value)
{
  return (s[0] != '0' || s[1] == '\0') && parse_digits (s, 1, 9, value);
}

/* -?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)? */
gboolean
pw_format_is_decimal (const char *s)
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
gboolean
pw_format_is_id (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s; s++)
    if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
      return FALSE;
  return TRUE;
}
