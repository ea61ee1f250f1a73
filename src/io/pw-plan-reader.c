/* pw-plan-reader.c: reading .plan files, one function per element
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader is a recursive descent over the nodes of the file, one at a
 * time, one function per element of doc/plan-format.md, with the order of
 * children and the simple text fields taken from the table of the format
 * (pw-plan-format.c). It builds the model as it goes and keeps nothing of
 * the XML, so a large file costs the memory of its model plus libxml2's few
 * kilobytes of window. Objects are made with pw_*_new() and filled with
 * their setters while the plan's history is blocked. An object made here is
 * cast to PwObject with a plain C cast, as GTK casts inside its own code:
 * its type is known, and a checked cast is a call of GObject's for each
 * object in the default build.
 *
 * The other files of the reader (see pw-plan-reader-private.h) give the
 * nodes (-input.c), walk them (-walk.c), read the comments and findings
 * (-review.c) and record and place the problems (-problems.c).
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-reader-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pw-enums.h"
#include "pw-heap.h"

/* Elements */

static void
read_period (Reader  *r,
             Element *element)
{
  const char *texts[3] = { NULL, NULL, NULL };
  static const PwFormatName names[3] = { PW_NAME_START, PW_NAME_END, PW_NAME_BASELINE };
  int years[3] = { 0, 0, 0 };
  gboolean valid = TRUE;

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    {
      guint i;

      for (i = 0; i < 3; i++)
        if (a->ns == NULL && a->name == r->names[names[i]])
          break;
      if (i < 3)
        texts[i] = pw_reader_attribute_value (r, a);
      else
        pw_reader_unknown_attribute (r, element, a);
    }

  for (guint i = 0; i < 3; i++)
    if (texts[i] == NULL)
      {
        pw_reader_missing_attribute (r, element, names[i]);
        valid = FALSE;
      }
    else if (!pw_format_parse_year (texts[i], &years[i]))
      {
        structure_problem (r, element, names[i], _("The year “%s” is not a year from 1000 to 9999"),
                           texts[i]);
        valid = FALSE;
      }

  pw_reader_read_empty (r, element);

  if (!valid)
    return;

  if (years[0] > years[1])
    rule_problem (r, element, PW_NAME_END, NULL,
                  _("The period ends in %d, before it starts in %d"), years[1], years[0]);
  else if (years[2] >= years[0])
    rule_problem (r, element, PW_NAME_BASELINE, NULL,
                  _("The baseline year %d is not before the first year of the period, %d"),
                  years[2], years[0]);
  else
    {
      r->period_known = TRUE;
      r->start_year = years[0];
      r->end_year = years[1];
    }

  pw_plan_set_start_year (r->plan, years[0]);
  pw_plan_set_end_year (r->plan, years[1]);
  pw_plan_set_baseline_year (r->plan, years[2]);
}

static void
read_meta (Reader  *r,
           Element *meta,
           const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  Element child;
  const char *text;

  pw_reader_check_no_attributes (r, meta);

  while (pw_reader_next_child (r, meta, &child))
    switch (pw_reader_sequence_accept (r, &seq, meta, &child))
      {
      case PW_NAME_ISSUED:
        if ((text = pw_reader_read_plain_text (r, &child)))
          {
            if (!pw_format_matches (PW_FORMAT_DATE, text))
              structure_problem (r, &child, PW_N_NAMES,
                                 _("The date of issue “%s” is not written YYYY, YYYY-MM or YYYY-MM-DD"),
                                 text);
            pw_plan_set_issued (r->plan, text);
          }
        break;
      case PW_NAME_PERIOD:
        read_period (r, &child);
        break;
      case PW_NAME_HEADINGS:
        {
          const char *style = NULL;
          const char *numbering = NULL;
          int value;

          for (xmlAttrPtr a = child.node->properties; a != NULL; a = a->next)
            if (a->ns == NULL && a->name == N (r, STYLE))
              style = pw_reader_attribute_value (r, a);
            else if (a->ns == NULL && a->name == N (r, NUMBERING))
              numbering = pw_reader_attribute_value (r, a);
            else
              pw_reader_unknown_attribute (r, &child, a);

          if (numbering != NULL && !pw_enum_from_nick (PW_TYPE_NUMBERING, numbering, &value))
            structure_problem (r, &child, PW_NAME_NUMBERING,
                               _("The numbering “%s” is neither “renumber” nor “as-printed”"), numbering);
          else if (numbering != NULL)
            pw_plan_set_numbering (r->plan, value);

          if (style == NULL)
            pw_reader_missing_attribute (r, &child, PW_NAME_STYLE);
          else if (!pw_enum_from_nick (PW_TYPE_HEADING_STYLE, style, &value))
            structure_problem (r, &child, PW_NAME_STYLE,
                               _("The heading style “%s” is neither “chapter” nor “enumeration”"), style);
          else
            pw_plan_set_heading_style (r->plan, value);
          pw_reader_read_empty (r, &child);
        }
        break;
      case PW_NAME_SAMPLE:
        pw_reader_check_no_attributes (r, &child);
        pw_reader_read_empty (r, &child);
        pw_plan_set_sample (r->plan, TRUE);
        break;
      default:
        pw_reader_read_field (r, &child, seq.accepted, r->plan);
      }

  pw_reader_sequence_end (r, &seq, meta);
}

static void
read_thresholds (Reader  *r,
                 Element *element)
{
  static const PwFormatName names[5] = { PW_NAME_AHEAD, PW_NAME_ON_TRACK, PW_NAME_BINDING_ON_TRACK, PW_NAME_LAGGING, PW_NAME_TOLERANCE };
  static const double maxima[5] = { 100, 100, 100, 100, 1 };
  PwThresholds *thresholds = pw_plan_get_thresholds (r->plan);
  const char *texts[5] = { NULL };
  double values[5];

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    {
      guint i;

      for (i = 0; i < 5; i++)
        if (a->ns == NULL && a->name == r->names[names[i]])
          break;
      if (i < 5)
        texts[i] = pw_reader_attribute_value (r, a);
      else
        pw_reader_unknown_attribute (r, element, a);
    }

  for (guint i = 0; i < 5; i++)
    {
      if (texts[i] == NULL)
        {
          pw_reader_missing_attribute (r, element, names[i]);
          continue;
        }
      if (!pw_format_is_decimal (texts[i]))
        {
          structure_problem (r, element, names[i], _("The setting %s=“%s” is not a decimal number"),
                             pw_format_names[names[i]], texts[i]);
          continue;
        }
      values[i] = g_ascii_strtod (texts[i], NULL);
      if (!(values[i] >= 0 && values[i] <= maxima[i]))
        {
          rule_problem (r, element, names[i], NULL,
                        _("The setting %s=“%s” is not between 0 and %g"),
                        pw_format_names[names[i]], texts[i], maxima[i]);
          continue;
        }

      switch (i)
        {
        case 0:
          pw_thresholds_set_ahead (thresholds, values[i]);
          break;
        case 1:
          pw_thresholds_set_on_track (thresholds, values[i]);
          break;
        case 2:
          pw_thresholds_set_binding_on_track (thresholds, values[i]);
          break;
        case 3:
          pw_thresholds_set_lagging (thresholds, values[i]);
          break;
        default:
          pw_thresholds_set_tolerance (thresholds, values[i]);
        }
    }

  pw_reader_read_empty (r, element);
}

/* The paragraphs of a <preface>. */
static void
read_preface (Reader  *r,
              Element *preface,
              const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  Element child;
  guint n_paragraphs = 0;

  pw_reader_check_no_attributes (r, preface);
  g_string_truncate (r->paragraphs, 0);

  while (pw_reader_next_child (r, preface, &child))
    if (pw_reader_sequence_accept (r, &seq, preface, &child) == PW_NAME_P)
      pw_reader_read_paragraph (r, &child, &n_paragraphs);
    else
      pw_reader_skip_element (r, &child);

  if (n_paragraphs > 0)
    pw_plan_set_preface (r->plan, r->paragraphs->str);
}

static void
read_section (Reader    *r,
              Element   *element,
              PwChapter *chapter,
              guint      position,
              const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwSection) section = pw_section_new ();
  Element child;
  guint n_paragraphs = 0;
  int number = 0;

  pw_chapter_insert_section (chapter, position, section);
  pw_reader_read_id_and_number (r, element, (PwObject *) section, &number);
  pw_section_set_number (section, number);
  g_string_truncate (r->paragraphs, 0);

  while (pw_reader_next_child (r, element, &child))
    switch (pw_reader_sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_P:
        pw_reader_read_paragraph (r, &child, &n_paragraphs);
        break;
      default:
        pw_reader_read_field (r, &child, seq.accepted, section);
      }

  if (n_paragraphs > 0)
    pw_section_set_text (section, r->paragraphs->str);
}

static void
read_project (Reader   *r,
              Element  *element,
              PwBox    *box,
              guint     position,
              const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwProject) project = pw_project_new ();
  Element child;
  Element start_element = { 0 };
  const char *text;
  int number = 0;
  int value;

  pw_box_insert_project (box, position, project);
  pw_reader_read_id_and_number (r, element, (PwObject *) project, &number);
  pw_project_set_number (project, number);

  while (pw_reader_next_child (r, element, &child))
    switch (pw_reader_sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_START:
      case PW_NAME_END:
        if ((text = pw_reader_read_plain_text (r, &child)))
          {
            if (!pw_format_parse_year (text, &value))
              structure_problem (r, &child, PW_N_NAMES, _("The year “%s” is not a year from 1000 to 9999"),
                                 text);
            else if (child.name == N (r, START))
              {
                pw_project_set_start_year (project, value);
                start_element = child;
              }
            else
              {
                int start = pw_project_get_start_year (project);

                pw_project_set_end_year (project, value);
                if (start != 0 && start > value)
                  rule_problem (r, &start_element, PW_N_NAMES, pw_object_get_id ((PwObject *) project),
                                _("The project starts in %d, after it ends in %d"), start, value);
              }
          }
        break;
      case PW_NAME_INVESTMENT:
        if ((text = pw_reader_read_plain_text (r, &child)))
          {
            double investment;

            if (!pw_format_is_decimal (text))
              structure_problem (r, &child, PW_N_NAMES,
                                 _("The investment “%s” is not a decimal number"), text);
            else if (!isfinite (investment = g_ascii_strtod (text, NULL)))
              rule_problem (r, &child, PW_N_NAMES, pw_object_get_id ((PwObject *) project),
                            _("The investment “%s” is too large"), text);
            else
              pw_project_set_investment (project, investment);
          }
        break;
      case PW_NAME_STATUS:
        if ((text = pw_reader_read_plain_text (r, &child)))
          {
            if (!pw_enum_from_nick (PW_TYPE_PROJECT_STATUS, text, &value))
              structure_problem (r, &child, PW_N_NAMES,
                                 _("The status “%s” is not planned, in-progress, completed or suspended"),
                                 text);
            else
              pw_project_set_status (project, value);
          }
        break;
      case PW_NAME_PROGRESS:
        if ((text = pw_reader_read_plain_text (r, &child)))
          {
            if (!pw_format_parse_count (text, &value) || value > 100)
              structure_problem (r, &child, PW_N_NAMES,
                                 _("The progress “%s” is not a whole number from 0 to 100"), text);
            else
              pw_project_set_progress (project, value);
          }
        break;
      default:
        pw_reader_read_field (r, &child, seq.accepted, project);
      }
}

static void
read_box (Reader    *r,
          Element   *element,
          PwChapter *chapter,
          guint      position,
          const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwBox) box = pw_box_new ();
  Element child;
  guint n_projects = 0;
  int number = 0;

  pw_chapter_insert_box (chapter, position, box);
  pw_reader_read_id_and_number (r, element, (PwObject *) box, &number);
  pw_box_set_number (box, number);

  while (pw_reader_next_child (r, element, &child))
    switch (pw_reader_sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_PROJECT:
        read_project (r, &child, box, n_projects++, seq.accepted);
        break;
      default:
        pw_reader_read_field (r, &child, seq.accepted, box);
      }
}

static void
read_service_item (Reader    *r,
                   Element   *element,
                   PwChapter *chapter,
                   guint      position,
                   const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwServiceItem) item = pw_service_item_new ();
  Element child;
  int number = 0;

  pw_chapter_insert_service_item (chapter, position, item);
  pw_reader_read_id_and_number (r, element, (PwObject *) item, &number);
  pw_service_item_set_number (item, number);

  while (pw_reader_next_child (r, element, &child))
    switch (pw_reader_sequence_accept (r, &seq, element, &child))
      {
      default:
        pw_reader_read_field (r, &child, seq.accepted, item);
      }
}

static void
read_chapter (Reader  *r,
              Element *element,
              const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(GString) prose = NULL;
  Element child;
  const char *text;
  guint n_sections = 0, n_boxes = 0, n_items = 0;
  int number = 0;

  if (r->part != NULL)
    pw_chapter_set_part (chapter, r->part);
  pw_plan_insert_chapter (r->plan, r->n_chapters++, chapter);
  pw_reader_read_id_and_number (r, element, (PwObject *) chapter, &number);
  pw_chapter_set_number (chapter, number);
  if (pw_object_get_id ((PwObject *) chapter) != NULL)
    g_hash_table_add (r->chapter_ids, (gpointer) pw_intern (pw_object_get_id ((PwObject *) chapter)));

  while (pw_reader_next_child (r, element, &child))
    switch (pw_reader_sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_P:
        if ((text = pw_reader_read_plain_text (r, &child)))
          {
            if (prose == NULL)
              prose = g_string_new (NULL);
            else
              g_string_append_c (prose, '\n');
            g_string_append_len (prose, text, r->text->len);
          }
        break;
      case PW_NAME_SECTION:
        read_section (r, &child, chapter, n_sections++, seq.accepted);
        break;
      case PW_NAME_COLUMN:
        read_box (r, &child, chapter, n_boxes++, seq.accepted);
        break;
      case PW_NAME_SERVICE_ITEM:
        read_service_item (r, &child, chapter, n_items++, seq.accepted);
        break;
      default:
        pw_reader_read_field (r, &child, seq.accepted, chapter);
      }

  if (prose != NULL)
    pw_chapter_set_text (chapter, prose->str);
}

static void
read_actual (Reader      *r,
             Element     *element,
             PwIndicator *indicator,
             int         *seen,
             guint       *n_seen)
{
  const char *year_text = NULL;
  const char *state_text = NULL;
  const char *text;
  int year = 0;
  int state = PW_QUAL_STATE_NONE;
  gboolean valid = TRUE;

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns == NULL && a->name == N (r, YEAR))
      year_text = pw_reader_attribute_value (r, a);
    else if (a->ns == NULL && a->name == N (r, STATE))
      state_text = pw_reader_attribute_value (r, a);
    else
      pw_reader_unknown_attribute (r, element, a);

  if (year_text == NULL)
    {
      pw_reader_missing_attribute (r, element, PW_NAME_YEAR);
      valid = FALSE;
    }
  else if (!pw_format_parse_year (year_text, &year))
    {
      structure_problem (r, element, PW_NAME_YEAR, _("The year “%s” is not a year from 1000 to 9999"),
                         year_text);
      valid = FALSE;
    }
  else if (r->period_known && (year < r->start_year || year > r->end_year))
    {
      rule_problem (r, element, PW_NAME_YEAR, pw_object_get_id ((PwObject *) indicator),
                    _("The actual value is for %d, outside the period %d–%d"),
                    year, r->start_year, r->end_year);
      valid = FALSE;
    }
  else
    {
      gboolean repeated = FALSE;

      for (guint i = 0; i < *n_seen && !repeated; i++)
        repeated = seen[i] == year;
      if (*n_seen == MAX_SEEN_YEARS)
        repeated = pw_indicator_get_actual (indicator, year) != NULL ||
                   pw_indicator_get_state (indicator, year) != PW_QUAL_STATE_NONE;

      if (repeated)
        {
          rule_problem (r, element, PW_NAME_YEAR, pw_object_get_id ((PwObject *) indicator),
                        _("The indicator has a second actual value for %d"), year);
          valid = FALSE;
        }
      else if (*n_seen < MAX_SEEN_YEARS)
        seen[(*n_seen)++] = year;
    }

  if (state_text != NULL && !pw_enum_from_nick (PW_TYPE_QUAL_STATE, state_text, &state))
    {
      structure_problem (r, element, PW_NAME_STATE,
                         _("The state “%s” is not not-started, in-progress, largely-done or done"),
                         state_text);
      valid = FALSE;
    }

  text = pw_reader_read_text (r, element);
  if (text == NULL || !valid)
    return;

  pw_indicator_load_year (indicator, year, *text != '\0' ? pw_reader_value_for (r, text) : NULL, state);
}

static void
read_indicator (Reader    *r,
                Element   *element,
                GPtrArray *read,
                const PwFormatElement *format)
{
  g_autoptr(GPtrArray) responsible = NULL;
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwValue) baseline = NULL;
  g_autoptr(PwValue) target = NULL;
  const char *id = NULL;
  const char *nature = NULL;
  const char *kind = NULL;
  const char *chapter = NULL;
  const char *origin = NULL;
  const char *line = NULL;
  Element child;
  const char *text;
  int seen[MAX_SEEN_YEARS];
  guint n_seen = 0;
  int value;
  int nature_value = PW_NATURE_UNKNOWN;
  int kind_value = PW_KIND_AUTO;
  int origin_value = PW_ORIGIN_MANUAL;
  int source_line = 0;

  g_ptr_array_add (read, g_object_ref (indicator));
  r->n_indicators++;

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns != NULL)
      pw_reader_unknown_attribute (r, element, a);
    else if (a->name == N (r, ID))
      id = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, NATURE))
      nature = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, KIND))
      kind = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, CHAPTER))
      chapter = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, ORIGIN))
      origin = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, LINE))
      line = pw_reader_attribute_value (r, a);
    else
      pw_reader_unknown_attribute (r, element, a);

  if (id == NULL)
    pw_reader_missing_attribute (r, element, PW_NAME_ID);
  else
    pw_reader_take_id (r, element, (PwObject *) indicator, id);

  if (nature != NULL)
    {
      if (!pw_enum_from_nick (PW_TYPE_NATURE, nature, &value) || value == PW_NATURE_UNKNOWN)
        structure_problem (r, element, PW_NAME_NATURE,
                           _("The nature “%s” is neither “binding” nor “expected”"), nature);
      else
        nature_value = value;
    }

  /* no kind: the one its printed target states, as before kinds existed */
  if (kind != NULL)
    {
      if (!pw_enum_from_nick (PW_TYPE_INDICATOR_KIND, kind, &value) || value == PW_KIND_AUTO)
        structure_problem (r, element, PW_NAME_KIND, _("The kind “%s” is not a kind of indicator"), kind);
      else
        kind_value = value;
    }

  if (chapter != NULL)
    {
      const char *interned = pw_intern (chapter);

      if (!pw_format_is_id (chapter))
        structure_problem (r, element, PW_NAME_CHAPTER, _("The id “%s” is empty or contains a space"),
                           chapter);
      else if (!g_hash_table_contains (r->chapter_ids, interned))
        rule_problem (r, element, PW_NAME_CHAPTER, id,
                      _("The indicator belongs to the chapter “%s”, which is not in the file"),
                      chapter);
      /* the word interned last: pw_intern() gives it back at once */
      pw_indicator_set_chapter (indicator, interned);
    }

  if (origin != NULL)
    {
      if (!pw_enum_from_nick (PW_TYPE_ORIGIN, origin, &value) || value == PW_ORIGIN_MANUAL)
        structure_problem (r, element, PW_NAME_ORIGIN,
                           _("The origin “%s” is neither “table” nor “prose”"), origin);
      else
        origin_value = value;
    }

  if (line != NULL)
    {
      if (!pw_format_parse_count (line, &value) || value == 0)
        structure_problem (r, element, PW_NAME_LINE,
                           _("The line “%s” is not a whole number from 1 to 999999999"), line);
      else
        source_line = value;
    }

  /* the values the look-ups above gave, set without looking them up again */
  pw_indicator_load_attributes (indicator, nature_value, kind_value, origin_value, source_line);

  while (pw_reader_next_child (r, element, &child))
    switch (pw_reader_sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_BASELINE:
        /* once at most (the sequence refuses a second) */
        if ((text = pw_reader_read_plain_text (r, &child)))
          baseline = pw_reader_value_for (r, text);
        break;
      case PW_NAME_TARGET:
        if ((text = pw_reader_read_plain_text (r, &child)))
          target = pw_reader_value_for (r, text);
        break;
      case PW_NAME_RESPONSIBLE:
        if ((text = pw_reader_read_plain_text (r, &child)))
          {
            if (responsible == NULL)
              responsible = g_ptr_array_new_with_free_func (g_free);
            g_ptr_array_add (responsible, g_strdup (text));
          }
        break;
      case PW_NAME_ACTUAL:
        read_actual (r, &child, indicator, seen, &n_seen);
        break;
      default:
        pw_reader_read_field (r, &child, seq.accepted, indicator);
      }

  pw_indicator_load_values (indicator, g_steal_pointer (&baseline), g_steal_pointer (&target));
  if (responsible != NULL)
    {
      g_ptr_array_add (responsible, NULL);
      pw_indicator_set_responsible (indicator, (const char * const *) responsible->pdata);
    }
}

/* Indicators go into the plan a batch at a time, while what inserting
 * reads and writes of each (its class, its history, its references) is
 * still in the processor's caches: one items-changed for 100,000
 * indicators made the plan's list take them in passes over 25 MB of
 * objects, one cache miss an object each. A few hundred items-changed for
 * a plan that nobody shows yet cost nothing. */
#define INDICATOR_BATCH 256

static void
read_indicators (Reader  *r,
                 Element *element,
                 const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);
  guint position = g_list_model_get_n_items (pw_plan_get_indicators (r->plan));
  Element child;

  pw_reader_check_no_attributes (r, element);

  while (pw_reader_next_child (r, element, &child))
    if (pw_reader_sequence_accept (r, &seq, element, &child) == PW_NAME_INDICATOR)
      {
        read_indicator (r, &child, read, seq.accepted);
        if (read->len == INDICATOR_BATCH)
          {
            pw_plan_insert_indicators (r->plan, position, (PwIndicator **) read->pdata, read->len);
            position += read->len;
            g_ptr_array_set_size (read, 0);
          }
      }
    else
      pw_reader_skip_element (r, &child);

  pw_plan_insert_indicators (r->plan, position, (PwIndicator **) read->pdata, read->len);
}

static void
read_part (Reader  *r,
           Element *element,
           const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwPart) part = pw_part_new ();
  Element child;
  guint n_paragraphs = 0;
  int number = 0;

  pw_reader_check_version_2 (r, element);
  pw_plan_insert_part (r->plan, r->n_parts++, part);
  pw_reader_read_id_and_number (r, element, (PwObject *) part, &number);
  pw_part_set_number (part, number);
  g_string_truncate (r->paragraphs, 0);

  r->part = part;
  while (pw_reader_next_child (r, element, &child))
    switch (pw_reader_sequence_accept (r, &seq, element, &child))
      {
      case PW_NAME_P:
        pw_reader_read_paragraph (r, &child, &n_paragraphs);
        /* before the first chapter, which reuses r->paragraphs */
        break;
      case PW_NAME_CHAPTER:
        if (n_paragraphs > 0 && pw_part_get_text (part) == NULL)
          pw_part_set_text (part, r->paragraphs->str);
        read_chapter (r, &child, seq.accepted);
        break;
      default:
        pw_reader_read_field (r, &child, seq.accepted, part);
      }
  r->part = NULL;

  if (n_paragraphs > 0 && pw_part_get_text (part) == NULL)
    pw_part_set_text (part, r->paragraphs->str);
}

static void
read_plan (Reader  *r,
           Element *plan,
           const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  Element child;

  while (pw_reader_next_child (r, plan, &child))
    switch (pw_reader_sequence_accept (r, &seq, plan, &child))
      {
      case PW_NAME_META:
        read_meta (r, &child, seq.accepted);
        break;
      case PW_NAME_PROGRESS_METHOD:
        read_thresholds (r, &child);
        break;
      case PW_NAME_PREFACE:
        read_preface (r, &child, seq.accepted);
        break;
      case PW_NAME_CHAPTER:
        read_chapter (r, &child, seq.accepted);
        break;
      case PW_NAME_PART:
        read_part (r, &child, seq.accepted);
        break;
      case PW_NAME_INDICATORS:
        read_indicators (r, &child, seq.accepted);
        break;
      case PW_NAME_COMMENTS:
        pw_reader_read_comments (r, &child, seq.accepted);
        break;
      case PW_NAME_FINDINGS:
        pw_reader_read_findings (r, &child, seq.accepted);
        break;
      default:
        pw_reader_skip_element (r, &child);
      }

  pw_reader_sequence_end (r, &seq, plan);
}

static void
read_document (Reader *r)
{
  Element root;
  const char *href;
  const char *version = NULL;

  while (pw_reader_read_node (r) && r->type != XML_READER_TYPE_ELEMENT)
    ;
  if (r->stop || r->eof)
    {
      if (r->problems->len == 0 && r->io_error == NULL)
        pw_reader_add_placed_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID, 0, 0, NULL,
                                      _("The file holds no XML element"));
      return;
    }

  element_init (r, &root);
  href = root.node->ns != NULL ? (const char *) root.node->ns->href : NULL;

  if (root.name != N (r, PLAN) || g_strcmp0 (href, PW_PLAN_FILE_NAMESPACE) != 0)
    {
      if (root.name == N (r, PLAN) && href != NULL && g_str_has_prefix (href, "urn:plan-workbench:plan:"))
        pw_reader_add_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_VERSION, &root, PW_N_NAMES, 0, NULL,
                               _("The file is in the .plan format of namespace %s, which this version of "
                                 "Plan Workbench cannot read (it reads %s)"),
                               href, PW_PLAN_FILE_NAMESPACE);
      else if (href != NULL)
        pw_reader_add_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_NOT_PLAN, &root, PW_N_NAMES, 0, NULL,
                               _("This is not a .plan file: its root element is <%s> in the namespace %s, "
                                 "not <plan> in the namespace %s"),
                               (const char *) root.name, href, PW_PLAN_FILE_NAMESPACE);
      else
        pw_reader_add_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_NOT_PLAN, &root, PW_N_NAMES, 0, NULL,
                               _("This is not a .plan file: its root element is <%s> without a namespace, "
                                 "not <plan> in the namespace %s"),
                               (const char *) root.name, PW_PLAN_FILE_NAMESPACE);
      return;
    }
  r->root_ns = root.node->ns;

  for (xmlAttrPtr a = root.node->properties; a != NULL; a = a->next)
    if (a->ns == NULL && a->name == N (r, VERSION))
      version = pw_reader_attribute_value (r, a);
    else
      pw_reader_unknown_attribute (r, &root, a);

  if (version == NULL)
    {
      pw_reader_add_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_INVALID, &root, PW_N_NAMES, 0, NULL,
                             _("The element <plan> has no attribute version"));
      return;
    }
  if (strcmp (version, "1") == 0)
    r->version = 1;
  else if (strcmp (version, "2") == 0)
    r->version = 2;
  else
    {
      pw_reader_add_problem (r, PROBLEM_FATAL, PW_PLAN_FILE_ERROR_VERSION, &root, PW_NAME_VERSION, 0, NULL,
                             _("The file is in version “%s” of the .plan format, which this version of "
                               "Plan Workbench cannot read (it reads versions 1 and 2)"),
                             version);
      return;
    }

  read_plan (r, &root, pw_format_get_root ());

  /* What may follow the root: comments and processing instructions, which
   * libxml2 checks. */
  while (pw_reader_read_node (r))
    ;
}


/* The size of what @stream (or @bytes, its contents) will give, 0 when
 * unknown. */
static gsize
input_size (GInputStream *stream,
            GBytes       *bytes)
{
  g_autoptr(GFileInfo) info = NULL;

  if (bytes != NULL)
    return g_bytes_get_size (bytes);
  if (G_IS_FILE_INPUT_STREAM (stream))
    info = g_file_input_stream_query_info (G_FILE_INPUT_STREAM (stream),
                                           G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    return 0;
  return g_file_info_get_size (info);
}

/* Public API (private to the library) */

PwPlan *
pw_plan_read (GInputStream   *stream,
              GFile          *file,
              GBytes         *bytes,
              PwFindings     *report,
              xmlRelaxNGPtr   schema,
              GError        **error)
{
  g_autoptr(PwPlan) plan = NULL;
  Reader r = { 0 };
  PwHeapReservation heap;
  gboolean failed;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);

  pw_plan_file_init_libxml ();

  plan = pw_plan_new ();
  r.plan = plan;
  r.stream = stream;
  r.report = report;
  r.problems = g_array_new (FALSE, TRUE, sizeof (Problem));
  g_array_set_clear_func (r.problems, pw_reader_problem_clear);
  r.ids = g_hash_table_new (g_str_hash, g_str_equal);
  r.chapter_ids = g_hash_table_new (NULL, NULL);
  r.values = pw_value_cache_new ();
  r.text = g_string_sized_new (256);
  r.paragraphs = g_string_sized_new (256);
  r.scratch = g_ptr_array_new_with_free_func (g_free);
  r.prolog.line = 1;
  r.prolog.pi = g_string_new (NULL);

  /* the model takes about as many bytes as the file */
  pw_heap_reserve (input_size (stream, bytes) / 4 * 5, &heap);
  pw_history_block (pw_plan_get_history (plan));
  pw_object_begin_reading ();
  if (pw_reader_input_begin (&r, schema))
    read_document (&r);
  pw_reader_input_end (&r);
  pw_object_end_reading ();
  pw_history_unblock (pw_plan_get_history (plan));
  pw_heap_release (&heap);

  failed = pw_reader_report (&r, file, bytes, error);

  g_clear_error (&r.io_error);
  g_array_unref (r.problems);
  pw_reader_ids_free (&r);
  g_hash_table_unref (r.chapter_ids);
  pw_value_cache_free (r.values);
  g_string_free (r.text, TRUE);
  g_string_free (r.paragraphs, TRUE);
  g_ptr_array_unref (r.scratch);
  g_string_free (r.prolog.pi, TRUE);

  if (failed && report == NULL)
    return NULL;

  return g_steal_pointer (&plan);
}
