/* pw-plan-reader-review.c: reading what a review and an import add to a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The elements that are not the plan's text but what was said about it:
 * the reviewers' <comments>, each on an object of the file or answering
 * another comment (checked once every id of the file is known), and the
 * import's <findings> (doc/plan-format.md). Both came with version 2 of
 * the format, as did parts: pw_reader_check_version_2() is here too.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-plan-reader-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-enums.h"

/* What a comment points to, checked once every id of the file is known. */
typedef struct
{
  Element element;
  char *target;
  char *subject;
  gboolean reply;   /* @target is the comment answered, not the object */
} Target;

/* Auxiliary methods */

static void
target_clear (gpointer data)
{
  Target *target = data;

  g_free (target->target);
  g_free (target->subject);
}

static void
read_comment (Reader  *r,
              Element *element,
              GArray  *targets)
{
  g_autoptr(PwComment) comment = pw_comment_new ();
  const char *id = NULL;
  const char *target = NULL;
  const char *author = NULL;
  const char *date = NULL;
  const char *resolved = NULL;
  const char *reply_to = NULL;
  const char *year = NULL;
  const char *paragraph = NULL;
  const char *text;

  pw_plan_insert_comment (r->plan, r->n_comments++, comment);

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns != NULL)
      pw_reader_unknown_attribute (r, element, a);
    else if (a->name == N (r, ID))
      id = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, TARGET))
      target = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, AUTHOR))
      author = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, DATE))
      date = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, RESOLVED))
      resolved = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, REPLY_TO))
      reply_to = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, YEAR))
      year = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, PARAGRAPH))
      paragraph = pw_reader_attribute_value (r, a);
    else
      pw_reader_unknown_attribute (r, element, a);

  if (id == NULL)
    pw_reader_missing_attribute (r, element, PW_NAME_ID);
  else
    pw_reader_take_id (r, element, (PwObject *) comment, id);

  if (reply_to != NULL)
    {
      if (!pw_format_is_id (reply_to))
        structure_problem (r, element, PW_NAME_REPLY_TO, _("The id “%s” is empty or contains a space"),
                           reply_to);
      else
        {
          Target pending = { *element, g_strdup (reply_to), g_strdup (id), TRUE };
          g_array_append_val (targets, pending);
        }
      pw_comment_set_reply_to (comment, reply_to);
    }

  if (year != NULL)
    {
      int value;

      if (!pw_format_parse_year (year, &value))
        structure_problem (r, element, PW_NAME_YEAR, _("The year “%s” is not a year from 1000 to 9999"),
                           year);
      else
        pw_comment_set_year (comment, value);
    }

  if (paragraph != NULL)
    {
      int value;

      if (!pw_format_parse_count (paragraph, &value) || value == 0)
        structure_problem (r, element, PW_NAME_PARAGRAPH,
                           _("The paragraph “%s” is not a number from 1"), paragraph);
      else
        pw_comment_set_paragraph (comment, value);
    }

  if (target != NULL)
    {
      if (!pw_format_is_id (target))
        structure_problem (r, element, PW_NAME_TARGET, _("The id “%s” is empty or contains a space"),
                           target);
      else
        {
          Target pending = { *element, g_strdup (target), g_strdup (id), FALSE };
          g_array_append_val (targets, pending);
        }
      pw_comment_set_target (comment, target);
    }

  pw_comment_set_author (comment, author);

  if (date != NULL)
    {
      if (!pw_format_matches (PW_FORMAT_DATE_TIME, date))
        structure_problem (r, element, PW_NAME_DATE,
                           _("The date “%s” is not an ISO 8601 date and time"), date);
      pw_comment_set_created (comment, date);
    }

  if (resolved != NULL)
    {
      if (strcmp (resolved, "true") != 0 && strcmp (resolved, "false") != 0)
        structure_problem (r, element, PW_NAME_RESOLVED,
                           _("The attribute resolved=“%s” is neither “true” nor “false”"),
                           resolved);
      pw_comment_set_resolved (comment, strcmp (resolved, "true") == 0);
    }

  text = pw_reader_read_text (r, element);
  if (text != NULL && *text != '\0')
    pw_comment_set_text (comment, text);
}

void
pw_reader_read_comments (Reader                *r,
                         Element               *element,
                         const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (Target));
  g_autoptr(GHashTable) comment_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *comments;
  guint n_comments;
  Element child;

  g_array_set_clear_func (targets, target_clear);
  pw_reader_check_no_attributes (r, element);

  while (pw_reader_next_child (r, element, &child))
    if (pw_reader_sequence_accept (r, &seq, element, &child) == PW_NAME_COMMENT)
      read_comment (r, &child, targets);
    else
      pw_reader_skip_element (r, &child);

  /* Every id of the file is known now, those of later comments too. */
  comments = pw_plan_get_comments (r->plan);
  n_comments = g_list_model_get_n_items (comments);
  for (guint i = 0; i < n_comments; i++)
    {
      g_autoptr(PwObject) comment = g_list_model_get_item (comments, i);

      if (pw_object_get_id (comment) != NULL)
        g_hash_table_add (comment_ids, g_strdup (pw_object_get_id (comment)));
    }
  for (guint i = 0; i < targets->len; i++)
    {
      Target *target = &g_array_index (targets, Target, i);

      if (target->reply && !g_hash_table_contains (comment_ids, target->target))
        rule_problem (r, &target->element, PW_NAME_REPLY_TO, target->subject,
                      _("The comment answers “%s”, which is not a comment in the file"),
                      target->target);
      else if (!target->reply && !pw_reader_has_id (r, target->target))
        rule_problem (r, &target->element, PW_NAME_TARGET, target->subject,
                      _("The comment is on “%s”, which is not an id in the file"), target->target);
    }
}

/* Private API (pw-plan-reader-private.h) */

/* An element that version 1 of the format does not have. */
void
pw_reader_check_version_2 (Reader  *r,
                           Element *element)
{
  if (r->version < 2)
    structure_problem (r, element, PW_N_NAMES,
                       _("The element <%s> needs version 2 of the .plan format, but the file "
                         "says version %d"),
                       (const char *) element->name, r->version);
}

static void
read_finding (Reader     *r,
              Element    *element,
              PwFindings *findings)
{
  const char *kind_text = NULL;
  const char *line_text = NULL;
  const char *column_text = NULL;
  const char *subject = NULL;
  const char *text;
  int kind = PW_FINDING_DOUBT;
  int line = 0;
  int column = 0;

  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns != NULL)
      pw_reader_unknown_attribute (r, element, a);
    else if (a->name == N (r, KIND))
      kind_text = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, LINE))
      line_text = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, COLUMN))
      column_text = pw_reader_attribute_value (r, a);
    else if (a->name == N (r, SUBJECT))
      subject = pw_reader_attribute_value (r, a);
    else
      pw_reader_unknown_attribute (r, element, a);

  if (kind_text == NULL)
    pw_reader_missing_attribute (r, element, PW_NAME_KIND);
  else if (!pw_enum_from_nick (PW_TYPE_FINDING_KIND, kind_text, &kind))
    structure_problem (r, element, PW_NAME_KIND,
                       _("The kind “%s” is not error, inconsistency, doubt or guess"), kind_text);
  if (line_text != NULL && (!pw_format_parse_count (line_text, &line) || line == 0))
    structure_problem (r, element, PW_NAME_LINE,
                       _("The line “%s” is not a whole number from 1 to 999999999"), line_text);
  if (column_text != NULL && (!pw_format_parse_count (column_text, &column) || column == 0))
    structure_problem (r, element, PW_NAME_COLUMN,
                       _("The column “%s” is not a whole number from 1 to 999999999"), column_text);
  /* The subject may since have been deleted: a finding about it still says
   * what the import found, so it is no error. */
  if (subject != NULL && !pw_format_is_id (subject))
    structure_problem (r, element, PW_NAME_SUBJECT, _("The id “%s” is empty or contains a space"),
                       subject);

  /* copied: pw_reader_read_text() reuses what pw_reader_attribute_value() may point into */
  {
    g_autofree char *subject_copy = g_strdup (subject);

    text = pw_reader_read_text (r, element);
    pw_findings_add (findings, kind, line, column, subject_copy, "%s", text != NULL ? text : "");
  }
}

void
pw_reader_read_findings (Reader                *r,
                         Element               *element,
                         const PwFormatElement *format)
{
  Sequence seq = SEQUENCE (format);
  g_autoptr(PwFindings) findings = NULL;
  const char *file = NULL;
  Element child;

  pw_reader_check_version_2 (r, element);
  for (xmlAttrPtr a = element->node->properties; a != NULL; a = a->next)
    if (a->ns == NULL && a->name == N (r, FILE))
      file = pw_reader_attribute_value (r, a);
    else
      pw_reader_unknown_attribute (r, element, a);

  findings = pw_findings_new (file);
  while (pw_reader_next_child (r, element, &child))
    if (pw_reader_sequence_accept (r, &seq, element, &child) == PW_NAME_FINDING)
      read_finding (r, &child, findings);
    else
      pw_reader_skip_element (r, &child);

  pw_plan_set_findings (r->plan, findings);
}
