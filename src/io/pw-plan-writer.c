/* pw-plan-writer.c: writing .plan files
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
 * This file is the walk: one function per element. The bytes (escaping,
 * numbers, indentation, the batching of text elements, attributes) are
 * pw-plan-writer-output.c's; pw-plan-writer-private.h says what each holds.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-writer-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pw-enums.h"

/* Auxiliary methods */

static void
write_meta (Writer *w)
{
  PwPlan *plan = w->plan;
  const char *issued = pw_plan_get_issued (plan);
  int start = pw_plan_get_start_year (plan);
  int end = pw_plan_get_end_year (plan);
  int baseline = pw_plan_get_baseline_year (plan);
  guint at = 0;

  pw_writer_open_element (w, "meta");
  pw_write_fields (w, PW_NAME_META, plan, &at, PW_NAME_ISSUED);
  if (issued != NULL)
    {
      if (!pw_format_matches (PW_FORMAT_DATE, issued))
        pw_writer_fail (w, plan, _("the date of issue “%s” is not written YYYY, YYYY-MM or YYYY-MM-DD"),
                        issued);
      else
        pw_write_raw_element (w, "issued", issued);
    }

  if (!pw_writer_is_year (start) || !pw_writer_is_year (end) || !pw_writer_is_year (baseline))
    pw_writer_fail (w, plan, _("the years of the period (%d–%d, baseline %d) are not all between 1000 and 9999"),
                    start, end, baseline);
  else if (start > end)
    pw_writer_fail (w, plan, _("the period starts in %d, after it ends in %d"), start, end);
  else if (baseline >= start)
    pw_writer_fail (w, plan, _("the baseline year %d is not before the first year of the period, %d"),
                    baseline, start);

  pw_write_fields (w, PW_NAME_META, plan, &at, PW_NAME_PERIOD);
  pw_writer_open_element (w, "period");
  pw_write_int_attribute (w, "start", start);
  pw_write_int_attribute (w, "end", end);
  pw_write_int_attribute (w, "baseline", baseline);
  pw_writer_close_element (w);

  pw_write_fields (w, PW_NAME_META, plan, &at, PW_NAME_HEADINGS);
  if (pw_plan_get_heading_style (plan) != PW_HEADING_CHAPTER ||
      pw_plan_get_numbering (plan) != PW_NUMBERING_RENUMBER)
    {
      pw_writer_open_element (w, "headings");
      pw_write_raw_attribute (w, "style", pw_enum_to_nick (PW_TYPE_HEADING_STYLE, pw_plan_get_heading_style (plan)));
      if (pw_plan_get_numbering (plan) != PW_NUMBERING_RENUMBER)
        pw_write_raw_attribute (w, "numbering", pw_enum_to_nick (PW_TYPE_NUMBERING, pw_plan_get_numbering (plan)));
      pw_writer_close_element (w);
    }
  pw_write_fields (w, PW_NAME_META, plan, &at, PW_NAME_SAMPLE);
  if (pw_plan_get_sample (plan))
    {
      pw_writer_open_element (w, "sample");
      pw_writer_close_element (w);
    }
  pw_write_fields (w, PW_NAME_META, plan, &at, PW_N_NAMES);
  pw_writer_close_element (w);
}

static void
write_threshold (Writer     *w,
                 const char *name,
                 double      value,
                 double      maximum)
{
  if (!isfinite (value) || value < 0 || value > maximum)
    {
      pw_writer_fail (w, w->plan, _("the setting %s of the progress method, %g, is not between 0 and %g"),
                      name, value, maximum);
      return;
    }
  pw_write_raw_attribute (w, name, pw_writer_format_decimal (w, value));
}

static void
write_thresholds (Writer *w)
{
  PwThresholds *thresholds = pw_plan_get_thresholds (w->plan);

  pw_writer_open_element (w, "progress-method");
  write_threshold (w, "ahead", pw_thresholds_get_ahead (thresholds), 100);
  write_threshold (w, "on-track", pw_thresholds_get_on_track (thresholds), 100);
  write_threshold (w, "binding-on-track", pw_thresholds_get_binding_on_track (thresholds), 100);
  write_threshold (w, "lagging", pw_thresholds_get_lagging (thresholds), 100);
  write_threshold (w, "tolerance", pw_thresholds_get_tolerance (thresholds), 1);
  pw_writer_close_element (w);
}

static void
write_section (Writer    *w,
               PwSection *section)
{
  guint at = 0;

  pw_writer_open_element (w, "section");
  pw_write_id (w, section);
  pw_write_number (w, section, pw_section_get_number (section));
  pw_write_fields (w, PW_NAME_SECTION, section, &at, PW_NAME_P);
  pw_write_paragraphs (w, pw_section_get_text (section), section);
  pw_write_fields (w, PW_NAME_SECTION, section, &at, PW_N_NAMES);
  pw_writer_close_element (w);
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

  pw_writer_open_element (w, "project");
  pw_write_id (w, project);
  pw_write_number (w, project, pw_project_get_number (project));
  pw_write_fields (w, PW_NAME_PROJECT, project, &at, PW_NAME_START);

  if ((start != 0 && !pw_writer_is_year (start)) || (end != 0 && !pw_writer_is_year (end)))
    pw_writer_fail (w, project, _("its years %d–%d are not between 1000 and 9999"), start, end);
  else if (start != 0 && end != 0 && start > end)
    pw_writer_fail (w, project, _("it starts in %d, after it ends in %d"), start, end);
  if (start != 0)
    pw_write_raw_element (w, "start", pw_writer_format_int (buffer, start));
  pw_write_fields (w, PW_NAME_PROJECT, project, &at, PW_NAME_END);
  if (end != 0)
    pw_write_raw_element (w, "end", pw_writer_format_int (buffer, end));

  pw_write_fields (w, PW_NAME_PROJECT, project, &at, PW_NAME_INVESTMENT);
  if (!isnan (investment))
    {
      if (!isfinite (investment))
        pw_writer_fail (w, project, _("its investment is not a finite number"));
      else
        pw_write_raw_element (w, "investment", pw_writer_format_decimal (w, investment));
    }
  pw_write_fields (w, PW_NAME_PROJECT, project, &at, PW_NAME_STATUS);
  if (status != PW_PROJECT_PLANNED)
    pw_write_raw_element (w, "status", pw_enum_to_nick (PW_TYPE_PROJECT_STATUS, status));
  pw_write_fields (w, PW_NAME_PROJECT, project, &at, PW_NAME_PROGRESS);

  if (progress < 0 || progress > 100)
    pw_writer_fail (w, project, _("its progress %d%% is not between 0 and 100"), progress);
  else
    pw_write_raw_element (w, "progress", pw_writer_format_int (buffer, progress));
  pw_write_fields (w, PW_NAME_PROJECT, project, &at, PW_N_NAMES);
  pw_writer_close_element (w);
}

static void
write_box (Writer *w,
           PwBox  *box)
{
  GListModel *projects = pw_box_get_projects (box);
  guint n_projects = g_list_model_get_n_items (projects);
  guint at = 0;

  pw_writer_open_element (w, "column");
  pw_write_id (w, box);
  pw_write_number (w, box, pw_box_get_number (box));
  pw_write_fields (w, PW_NAME_COLUMN, box, &at, PW_NAME_PROJECT);
  for (guint i = 0; i < n_projects && !pw_writer_stopped (w); i++)
    {
      g_autoptr(PwProject) project = g_list_model_get_item (projects, i);
      write_project (w, project);
    }
  pw_write_fields (w, PW_NAME_COLUMN, box, &at, PW_N_NAMES);
  pw_writer_close_element (w);
}

static void
write_service_item (Writer        *w,
                    PwServiceItem *item)
{
  guint at = 0;

  pw_writer_open_element (w, "service-item");
  pw_write_id (w, item);
  pw_write_number (w, item, pw_service_item_get_number (item));
  pw_write_fields (w, PW_NAME_SERVICE_ITEM, item, &at, PW_N_NAMES);
  pw_writer_close_element (w);
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

  pw_writer_open_element (w, "chapter");
  pw_write_id (w, chapter);
  if (pw_object_get_id (PW_OBJECT (chapter)) != NULL)
    g_hash_table_add (w->chapter_ids, (gpointer) g_intern_string (pw_object_get_id (PW_OBJECT (chapter))));
  pw_write_number (w, chapter, pw_chapter_get_number (chapter));
  pw_write_fields (w, PW_NAME_CHAPTER, chapter, &at, PW_NAME_P);
  pw_write_paragraphs (w, pw_chapter_get_text (chapter), chapter);
  pw_write_fields (w, PW_NAME_CHAPTER, chapter, &at, PW_NAME_SECTION);

  for (guint i = 0; i < n_sections && !pw_writer_stopped (w); i++)
    {
      g_autoptr(PwSection) section = g_list_model_get_item (sections, i);
      write_section (w, section);
    }
  pw_write_fields (w, PW_NAME_CHAPTER, chapter, &at, PW_NAME_COLUMN);
  for (guint i = 0; i < n_boxes && !pw_writer_stopped (w); i++)
    {
      g_autoptr(PwBox) box = g_list_model_get_item (boxes, i);
      write_box (w, box);
    }
  pw_write_fields (w, PW_NAME_CHAPTER, chapter, &at, PW_NAME_SERVICE_ITEM);
  for (guint i = 0; i < n_items && !pw_writer_stopped (w); i++)
    {
      g_autoptr(PwServiceItem) item = g_list_model_get_item (items, i);
      write_service_item (w, item);
    }
  pw_write_fields (w, PW_NAME_CHAPTER, chapter, &at, PW_N_NAMES);
  pw_writer_close_element (w);
}

static void
write_part (Writer *w,
            PwPart *part)
{
  guint at = 0;

  pw_writer_open_element (w, "part");
  pw_write_id (w, part);
  pw_write_number (w, part, pw_part_get_number (part));
  pw_write_fields (w, PW_NAME_PART, part, &at, PW_NAME_P);
  pw_write_paragraphs (w, pw_part_get_text (part), part);
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

  for (guint i = 0; i < n_chapters && !pw_writer_stopped (w); i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      PwPart *part = pw_chapter_get_part (chapter);
      guint position;

      if (part != open_part)
        {
          if (open_part != NULL)
            pw_writer_close_element (w);
          open_part = NULL;

          if (part != NULL && !pw_list_find (parts, part, &position))
            pw_writer_fail (w, chapter, _("it is in a part that is not in the plan"));
          else if (part != NULL && position < next_part)
            pw_writer_fail (w, part, _("its chapters are not together, or not in the order of the parts"));
          else if (part != NULL)
            {
              for (; next_part < position && !pw_writer_stopped (w); next_part++)
                {
                  g_autoptr(PwPart) empty = g_list_model_get_item (parts, next_part);

                  write_part (w, empty);
                  pw_writer_close_element (w);
                }
              write_part (w, part);
              open_part = part;
              next_part = position + 1;
            }
        }
      write_chapter (w, chapter);
    }
  if (open_part != NULL)
    pw_writer_close_element (w);

  for (; next_part < n_parts && !pw_writer_stopped (w); next_part++)
    {
      g_autoptr(PwPart) empty = g_list_model_get_item (parts, next_part);

      write_part (w, empty);
      pw_writer_close_element (w);
    }
}

static void
write_value (Writer      *w,
             const char  *name,
             PwValue     *value,
             PwIndicator *indicator)
{
  if (value != NULL)
    pw_write_text_element (w, name, pw_value_get_text (value), indicator);
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

  gsize start = pw_writer_begin_text_element (w, "actual");

  pw_plan_file_put (w->pending, " year=\"", 7);
  pw_writer_put_string (w->pending, pw_writer_format_int (buffer, year));
  pw_plan_file_put (w->pending, "\"", 1);
  if (state != PW_QUAL_STATE_NONE)
    {
      pw_plan_file_put (w->pending, " state=\"", 8);
      pw_writer_put_string (w->pending, pw_enum_to_nick (PW_TYPE_QUAL_STATE, state));
      pw_plan_file_put (w->pending, "\"", 1);
    }
  pw_writer_end_text_element (w, start, "actual", actual != NULL ? pw_value_get_text (actual) : "", TRUE,
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

  pw_writer_open_element (w, "indicator");
  pw_write_id (w, indicator);
  if (nature != PW_NATURE_UNKNOWN)
    pw_write_raw_attribute (w, "nature", pw_enum_to_nick (PW_TYPE_NATURE, nature));
  if (pw_indicator_get_kind (indicator) != PW_KIND_AUTO)
    pw_write_raw_attribute (w, "kind", pw_enum_to_nick (PW_TYPE_INDICATOR_KIND, pw_indicator_get_kind (indicator)));
  if (chapter != NULL)
    {
      /* the model keeps it interned (pw_indicator_set_chapter()) */
      if (!g_hash_table_contains (w->chapter_ids, chapter))
        pw_writer_fail (w, indicator, _("it belongs to the chapter “%s”, which is not in the plan"), chapter);
      else
        pw_write_attribute (w, "chapter", chapter, indicator);
    }
  if (origin != PW_ORIGIN_MANUAL)
    pw_write_raw_attribute (w, "origin", pw_enum_to_nick (PW_TYPE_ORIGIN, origin));
  if (source_line < 0 || source_line > 999999999)
    pw_writer_fail (w, indicator, _("its source line %d is not between 1 and 999999999"), source_line);
  else if (source_line > 0)
    pw_write_int_attribute (w, "line", source_line);

  pw_write_fields (w, PW_NAME_INDICATOR, indicator, &at, PW_NAME_BASELINE);
  write_value (w, "baseline", pw_indicator_get_baseline (indicator), indicator);
  pw_write_fields (w, PW_NAME_INDICATOR, indicator, &at, PW_NAME_TARGET);
  write_value (w, "target", pw_indicator_get_target (indicator), indicator);
  pw_write_fields (w, PW_NAME_INDICATOR, indicator, &at, PW_NAME_RESPONSIBLE);
  for (const char * const *unit = pw_indicator_get_responsible (indicator); *unit != NULL; unit++)
    pw_write_text_element (w, "responsible", *unit, indicator);

  pw_write_fields (w, PW_NAME_INDICATOR, indicator, &at, PW_NAME_ACTUAL);
  for (guint i = 0; i < n_years && !pw_writer_stopped (w); i++)
    {
      int year = pw_indicator_get_nth_year (indicator, i);

      if (year < start || year > end)
        pw_writer_fail (w, indicator, _("it has an actual value for %d, outside the period %d–%d"),
                        year, start, end);
      else
        write_actual (w, indicator, year);
    }

  pw_write_fields (w, PW_NAME_INDICATOR, indicator, &at, PW_N_NAMES);
  pw_writer_close_element (w);
}

static void
write_comment (Writer    *w,
               PwComment *comment)
{
  const char *target = pw_comment_get_target (comment);
  const char *created = pw_comment_get_created (comment);
  const char *text = pw_comment_get_text (comment);
  const char *reply_to = pw_comment_get_reply_to (comment);

  pw_writer_open_element (w, "comment");
  pw_write_id (w, comment);
  if (target != NULL)
    {
      if (!g_hash_table_contains (w->ids, target))
        pw_writer_fail (w, comment, _("it is on “%s”, which is not in the plan"), target);
      else
        pw_write_attribute (w, "target", target, comment);
    }
  pw_write_attribute (w, "author", pw_comment_get_author (comment), comment);
  if (created != NULL)
    {
      if (!pw_format_matches (PW_FORMAT_DATE_TIME, created))
        pw_writer_fail (w, comment, _("its date “%s” is not an ISO 8601 date and time"), created);
      else
        pw_write_raw_attribute (w, "date", created);
    }
  if (pw_comment_get_resolved (comment))
    pw_write_raw_attribute (w, "resolved", "true");
  if (reply_to != NULL)
    {
      if (!g_hash_table_contains (w->ids, reply_to))
        pw_writer_fail (w, comment, _("it answers “%s”, which is not in the plan"), reply_to);
      else
        pw_write_attribute (w, "reply-to", reply_to, comment);
    }
  if (pw_comment_get_year (comment) != 0 && !pw_writer_is_year (pw_comment_get_year (comment)))
    pw_writer_fail (w, comment, _("its year %d is not between 1000 and 9999"), pw_comment_get_year (comment));
  else if (pw_comment_get_year (comment) != 0)
    pw_write_int_attribute (w, "year", pw_comment_get_year (comment));
  if (pw_comment_get_paragraph (comment) != 0)
    pw_write_int_attribute (w, "paragraph", pw_comment_get_paragraph (comment));
  /* The text is the content: the end tag follows it on the same line. */
  pw_writer_close_element_with_text (w, text, comment, _("text"));
}

static void
write_finding (Writer    *w,
               PwFinding *finding)
{
  int line = pw_finding_get_line (finding);
  int column = pw_finding_get_column (finding);
  const char *subject = pw_finding_get_subject (finding);
  const char *message = pw_finding_get_message (finding);

  pw_writer_open_element (w, "finding");
  pw_write_raw_attribute (w, "kind", pw_enum_to_nick (PW_TYPE_FINDING_KIND, pw_finding_get_kind (finding)));
  if (line > 0 && line <= 999999999)
    pw_write_int_attribute (w, "line", line);
  if (column > 0 && column <= 999999999)
    pw_write_int_attribute (w, "column", column);
  if (subject != NULL)
    {
      if (!pw_format_is_id (subject))
        pw_writer_fail (w, w->plan, _("a finding of the import is about “%s”, which is not an id"), subject);
      else
        pw_write_attribute (w, "subject", subject, w->plan);
    }
  /* The text is the content: the end tag follows it on the same line. */
  pw_writer_close_element_with_text (w, message, w->plan, _("findings"));
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
  pw_writer_open_element (w, "findings");
  pw_write_attribute (w, "file", pw_findings_get_file_name (findings), w->plan);
  for (guint i = 0; i < n_items && !pw_writer_stopped (w); i++)
    {
      g_autoptr(PwFinding) finding = g_list_model_get_item (list, i);
      write_finding (w, finding);
    }
  pw_writer_close_element (w);
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

  pw_writer_open_element (w, name);
  next = g_list_model_get_item (list, 0);
  for (guint i = 0; i < n_items && !pw_writer_stopped (w); i++)
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
  pw_writer_close_element (w);
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

  /* The output buffer has no encoder: the bytes go out as they are, UTF-8. */
  pw_writer_put_string (w->pending, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");

  /* The namespace declaration first, as people write it. */
  pw_writer_open_element (w, "plan");
  pw_write_raw_attribute (w, "xmlns", PW_PLAN_FILE_NAMESPACE);
  pw_write_raw_attribute (w, "version", version_2 ? "2" : "1");

  write_meta (w);
  write_thresholds (w);

  if (preface != NULL)
    {
      pw_writer_open_element (w, "preface");
      pw_write_paragraphs (w, preface, plan);
      pw_writer_close_element (w);
    }

  write_chapters (w);

  write_list (w, "indicators", pw_plan_get_indicators (plan),
              (void (*) (Writer *, gpointer)) write_indicator,
              (void (*) (Writer *, gpointer)) prefetch_indicator);
  write_list (w, "comments", pw_plan_get_comments (plan),
              (void (*) (Writer *, gpointer)) write_comment, NULL);
  write_findings (w);

  pw_writer_close_element (w);
  pw_plan_file_put (w->pending, "\n", 1);
  pw_writer_flush_pending (w);
  pw_writer_check (w, xmlOutputBufferFlush (w->out));
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
  w.out = output;
  w.ids = g_hash_table_new (g_str_hash, g_str_equal);
  w.chapter_ids = g_hash_table_new (NULL, NULL);
  w.pending = g_string_sized_new (80 * 1024);
  for (guint i = 0; i < PW_N_NAMES; i++)
    w.formats[i] = pw_format_lookup (i);

  write_plan (&w);

  xmlOutputBufferClose (output);
  g_hash_table_unref (w.ids);
  g_hash_table_unref (w.chapter_ids);
  g_string_free (w.pending, TRUE);

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
