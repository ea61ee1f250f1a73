/* pw-importer.c: the text importer, from a plan document as text to the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Staff receive plans as text pasted or converted out of Word documents.
 * The importer turns such text into a plan, and lists in a report every
 * guess, doubt and inconsistency with its line in the original file, so that
 * what it could not be sure of is checked rather than trusted. It never
 * drops text it did not understand: that stays in the prose of its section,
 * its chapter or the preface. doc/importer.md describes the layouts handled.
 *
 * This file runs the steps in order on one stream of lines and puts the
 * pieces into the plan; each step is a file of its own, sharing the
 * importer's state through pw-importer-private.h:
 *
 * 1. Bytes to lines (pw-import-decode.c, pw-import-lines.c): the encoding,
 *    line ends, noise, a normalised key for each line; HTML, Word and
 *    OpenDocument readers make the same stream (pw-import-html.c,
 *    pw-import-word.c, pw-import-odt.c).
 * 2. The notice and metadata (pw-import-notice.c): the title line, the
 *    notice above it, the document number, issuer, dates, region, period.
 * 3. The headings and structure (pw-import-outline.c, pw-import-structure.c):
 *    the outline's levels, parts, chapters, sections, and the walk of the
 *    body that hands each line to the step that reads it.
 * 4. Tables (pw-import-table*.c, pw-import-annex.c), 专栏 boxes
 *    (pw-import-box.c) and prose (pw-import-prose.c).
 * 5. Checks and guesses (pw-import-checks.c): indicators from the tables or
 *    from the text, their chapters, the text's figures against the tables,
 *    missing sections, the outline chosen.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-importer.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-import-private.h"
#include "pw-importer-private.h"
#include "pw-plan-edit.h"

/* Auxiliary methods */

void
pw_importer_note (Importer     *self,
                  PwFindingKind  kind,
                  int           line,
                  gpointer      subject,
                  const char   *format,
                  ...)
{
  Finding finding;
  va_list args;

  finding.seq = self->findings->len;
  finding.line = line;
  finding.kind = kind;
  finding.subject = subject != NULL ? g_strdup (pw_object_get_id (subject)) : NULL;
  va_start (args, format);
  finding.message = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (self->findings, finding);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const Finding *fa = a;
  const Finding *fb = b;

  if (fa->line != fb->line)
    return fa->line < fb->line ? -1 : 1;
  return fa->seq < fb->seq ? -1 : fa->seq > fb->seq;
}

static void
finding_clear (gpointer data)
{
  Finding *finding = data;

  g_free (finding->subject);
  g_free (finding->message);
}

void
pw_importer_section_free (Section *section)
{
  g_clear_object (&section->section);
  g_clear_object (&section->works_column);
  if (section->text != NULL)
    g_string_free (section->text, TRUE);
  g_free (section->title_key);
  g_free (section);
}

void
pw_importer_column_free (Column *column)
{
  g_clear_object (&column->column);
  g_free (column->title_key);
  g_free (column);
}

static void
chapter_free (Chapter *chapter)
{
  g_clear_object (&chapter->chapter);
  if (chapter->text != NULL)
    g_string_free (chapter->text, TRUE);
  g_free (chapter->title);
  g_free (chapter->title_key);
  g_ptr_array_unref (chapter->sections);
  g_ptr_array_unref (chapter->columns);
  g_ptr_array_unref (chapter->services);
  g_free (chapter);
}

static void
part_free (Part *part)
{
  g_clear_object (&part->part);
  if (part->text != NULL)
    g_string_free (part->text, TRUE);
  g_free (part);
}

void
pw_importer_table_free (Table *table)
{
  pw_import_table_clear (&table->table);
  g_free (table);
}

static void
importer_clear (Importer *self)
{
  g_clear_object (&self->plan);
  g_clear_pointer (&self->findings, g_array_unref);
  if (self->preface != NULL)
    g_string_free (self->preface, TRUE);
  g_clear_pointer (&self->chapters, g_ptr_array_unref);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_pointer (&self->toc, g_array_unref);
  g_clear_pointer (&self->pieces, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->paragraphs, g_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_ptr_array_unref);
  g_clear_pointer (&self->mentions_by_tail, g_hash_table_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_pointer (&self->kind, g_free);
}

static char *
make_id (Importer   *self,
         const char *prefix)
{
  return pw_plan_make_id (self->plan, prefix);
}

void
pw_importer_give_id (Importer   *self,
                     gpointer    object,
                     const char *prefix)
{
  g_autofree char *id = make_id (self, prefix);

  pw_object_set_id (object, id);
}

const char *
pw_importer_skip_word (const char *s,
                       const char *word)
{
  gsize len = strlen (word);

  return strncmp (s, word, len) == 0 ? s + len : NULL;
}

gboolean
pw_importer_contains_any (const char  *s,
                          const char **words,
                          gsize        n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (strstr (s, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The text of @line from its @n_chars-th character on, trimmed. */
char *
pw_importer_text_from (const PwImportLine *line,
                       glong               n_chars)
{
  return pw_import_trim (pw_import_skip_chars (line->text, n_chars), -1);
}

void
pw_importer_append_paragraph (GString    *text,
                              const char *paragraph)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, paragraph);
}

/**
 * pw_importer_flush_text:
 * @holder: a part, a chapter or a section
 * @text: (inout) (transfer full): the prose gathered for it, or %NULL once
 *   given
 *
 * Gives @holder the prose of @text and frees it, as soon as no paragraph
 * can be added to it any more (a chapter, a section once the next one
 * starts), so that the prose of the whole document is not held twice.
 */
void
pw_importer_flush_text (gpointer  holder,
                        GString **text)
{
  if (*text == NULL)
    return;
  /* the setter itself: g_object_set() copied the whole text into a GValue
   * first */
  pw_heading_set_text (PW_HEADING (holder), (*text)->len > 0 ? (*text)->str : NULL);
  g_string_free (g_steal_pointer (text), TRUE);
}

/* Puts the pieces into the plan. */
static void
assemble (Importer *self)
{
  g_autoptr(GPtrArray) objects = NULL;

  pw_plan_set_heading_style (self->plan, self->style);
  pw_plan_set_preface (self->plan, self->preface->len > 0 ? self->preface->str : NULL);

  for (guint p = 0; p < self->parts->len; p++)
    {
      Part *part = g_ptr_array_index (self->parts, p);

      pw_importer_flush_text (part->part, &part->text);
      pw_plan_insert_part (self->plan, p, part->part);
    }

  /* Each list at once, with one items-changed (as the .plan reader fills
   * the indicators): a plan nobody watches yet. The chapters go in first,
   * with their texts and without their lists, then each chapter's lists:
   * a section or a box is attached to the plan's history once, and not
   * first to none inside a chapter that is in no plan. */
  objects = g_ptr_array_new ();
  for (guint c = 0; c < self->chapters->len; c++)
    {
      Chapter *chapter = g_ptr_array_index (self->chapters, c);

      pw_importer_flush_text (chapter->chapter, &chapter->text);
      for (guint s = 0; s < chapter->sections->len; s++)
        {
          Section *section = g_ptr_array_index (chapter->sections, s);

          pw_importer_flush_text (section->section, &section->text);
        }
      g_ptr_array_add (objects, chapter->chapter);
    }
  pw_plan_insert_chapters (self->plan, 0, (PwChapter **) objects->pdata, objects->len);
  for (guint c = 0; c < self->chapters->len; c++)
    {
      Chapter *chapter = g_ptr_array_index (self->chapters, c);

      g_ptr_array_set_size (objects, 0);
      for (guint s = 0; s < chapter->sections->len; s++)
        g_ptr_array_add (objects, ((Section *) g_ptr_array_index (chapter->sections, s))->section);
      pw_chapter_insert_sections (chapter->chapter, 0, (PwSection **) objects->pdata, objects->len);
      g_ptr_array_set_size (objects, 0);
      for (guint k = 0; k < chapter->columns->len; k++)
        g_ptr_array_add (objects, ((Column *) g_ptr_array_index (chapter->columns, k))->column);
      pw_chapter_insert_boxes (chapter->chapter, 0, (PwBox **) objects->pdata, objects->len);
      pw_chapter_insert_service_items (chapter->chapter, 0,
                                       (PwServiceItem **) chapter->services->pdata,
                                       chapter->services->len);
    }
  for (guint c = 0; c < self->chapters->len; c++)
    {
      Chapter *chapter = g_ptr_array_index (self->chapters, c);

      if (chapter->part != NONE)
        pw_chapter_set_part (chapter->chapter,
                             ((Part *) g_ptr_array_index (self->parts, chapter->part))->part);
    }

  /* at once, with one items-changed, as the .plan reader does */
  pw_plan_insert_indicators (self->plan, 0, (PwIndicator **) self->indicators->pdata,
                             self->indicators->len);

  /* No pw_plan_assign_ids (): every object got its id from
   * pw_importer_give_id() when it was made, each from pw_plan_make_id(),
   * which the plan's last id is past already; the walk of the whole plan
   * to find that out was 4% of an import. */

  /* A document whose own numbers skip or repeat keeps them when edited. */
  if (!pw_plan_numbering_is_regular (self->plan))
    pw_plan_set_numbering (self->plan, PW_NUMBERING_AS_PRINTED);
}

static void
note_encoding (Importer           *self,
               const PwImportText *text)
{
  if (text == NULL)
    return;
  if (g_strcmp0 (text->encoding, "UTF-8") != 0)
    pw_importer_note (self, PW_FINDING_GUESS, 0, NULL,
                      _ ("The file is not UTF-8; it was read as %s"), text->encoding);
  if (text->truncated)
    pw_importer_note (self, PW_FINDING_DOUBT, self->lines.n_lines, NULL,
                      _("The file ends in the middle of a character, which was left out; the file may be "
                        "cut short"));
  if (text->repaired)
    pw_importer_note (self, PW_FINDING_DOUBT, 0, NULL,
                      _("Some bytes are not UTF-8 and were replaced by “\xef\xbf\xbd”"));
}

static void
note_traditional (Importer *self)
{
  if (self->lines.n_traditional > 0)
    pw_importer_note (self, PW_FINDING_GUESS, 0, NULL,
                      _("The text has traditional characters (%u); headings, natures and values were read in "
                        "simplified form, the text keeps them as printed"),
                      self->lines.n_traditional);
}

static gboolean
is_empty (const PwImportLines *lines)
{
  for (guint i = 0; i < lines->n_lines; i++)
    if (!lines->lines[i].blank)
      return FALSE;
  return TRUE;
}

/* The steps after decoding, on any stream of lines. */
static PwPlan *
import_lines (PwImportLines      *lines,
              const PwImportText *text,
              PwFindings         *report,
              GError            **error)
{
  Importer self = { 0 };
  PwHistory *history;
  PwPlan *plan;
  guint n_joined;

  pw_import_lines_finish (lines);
  if (is_empty (lines))
    {
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_EMPTY,
                           _("The document is empty"));
      return NULL;
    }

  self.findings = g_array_new (FALSE, FALSE, sizeof (Finding));
  g_array_set_clear_func (self.findings, finding_clear);
  self.preface = g_string_new (NULL);
  self.chapters = g_ptr_array_new_with_free_func ((GDestroyNotify) chapter_free);
  self.parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  self.pieces = g_ptr_array_new_with_free_func (g_free);
  self.paragraphs = g_array_new (FALSE, TRUE, sizeof (Paragraph));
  self.tables = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_importer_table_free);
  self.mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_import_mention_free);
  self.mentions_by_tail = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_ptr_array_unref);
  self.indicators = g_ptr_array_new_with_free_func (g_object_unref);
  self.matches = g_ptr_array_new_with_free_func (g_free);
  self.plan = pw_plan_new ();
  history = pw_plan_get_history (self.plan);
  pw_history_block (history);
  /* as a reader of a file: the objects made and not yet in the plan notify
   * nobody (7 setters an indicator) */
  pw_object_begin_reading ();

  n_joined = pw_import_lines_unwrap (lines);
  self.lines = *lines;

  note_encoding (&self, text);
  if (n_joined > 0)
    pw_importer_note (&self, PW_FINDING_GUESS, 0, NULL,
                      _("The text is hard-wrapped (as extracted from PDF): %u lines that end in mid-sentence "
                        "were joined to the next, and running heads beside page footers were left out"),
                      n_joined);
  note_traditional (&self);
  pw_importer_find_outline (&self);
  pw_importer_find_title (&self);
  pw_importer_read_metadata (&self, self.title_index != NONE ? self.title_index : 0);
  pw_importer_find_second_document (&self);
  pw_importer_read_body (&self);
  pw_importer_find_period (&self);
  pw_importer_read_mentions (&self);
  pw_importer_add_table_indicators (&self);
  if (self.indicators->len > 0)
    pw_importer_compare_with_tables (&self);
  else
    pw_importer_add_prose_indicators (&self);
  pw_importer_check_missing_sections (&self);
  pw_importer_check_outline (&self);

  if (self.chapters->len == 0)
    pw_importer_note (&self, PW_FINDING_DOUBT, 0, NULL,
                      _("No chapter headings (第一章 …, 一、…) were found; the whole text is kept as the "
                        "preface"));

  assemble (&self);
  pw_object_end_reading ();
  pw_history_unblock (history);

  if (report != NULL)
    {
      g_array_sort (self.findings, compare_findings);
      for (guint i = 0; i < self.findings->len; i++)
        {
          Finding *finding = &g_array_index (self.findings, Finding, i);

          pw_findings_add (report, finding->kind, finding->line, 0, finding->subject, "%s",
                         finding->message);
        }
    }

  plan = g_steal_pointer (&self.plan);
  importer_clear (&self);
  return plan;
}

/* Public API */

G_DEFINE_QUARK (pw-import-error-quark, pw_import_error)

/**
 * pw_import_text:
 * @data: the bytes of a plan document as text, in any encoding the importer
 *   detects (see pw-import-decode.c)
 * @length: their number
 * @report: (nullable): receives every guess, doubt and inconsistency, with
 *   lines of the original file
 * @error: a #PwImportError
 *
 * Turns the text of a plan document into a plan: decodes it, cuts it into
 * lines and runs pw_import_lines() on them. Every object of the plan has an
 * id, and the plan's history is empty and unmodified.
 *
 * Returns: (transfer full): the plan, or %NULL when @data is not text
 */
PwPlan *
pw_import_text (const char  *data,
                gsize        length,
                PwFindings    *report,
                GError     **error)
{
  g_auto(PwImportText) text = { 0 };
  g_auto(PwImportLines) lines = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!pw_import_decode (data != NULL ? data : "", length, &text, error))
    return NULL;

  pw_import_lines_init (&lines, g_steal_pointer (&text.data), text.length);

  return import_lines (&lines, &text, report, error);
}

/**
 * pw_import_lines:
 * @lines: a document as a stream of lines, as a reader of any format makes
 *   it (pw_import_lines_init_empty(), pw_import_lines_add(),
 *   pw_import_lines_add_row(); see pw-import-private.h)
 * @report: (nullable): receives every guess, doubt and inconsistency, with
 *   the line numbers that @lines carry
 * @error: %PW_IMPORT_ERROR_EMPTY when @lines hold no text
 *
 * Runs every step after decoding on @lines: the notice and metadata, the
 * structure, the indicator tables (flattened text or real rows), the 专栏
 * boxes, the prose and the checks. The caller keeps @lines (finished, so no
 * line can be added any more) and clears them.
 *
 * Returns: (transfer full): the plan, or %NULL on error
 */
PwPlan *
pw_import_lines (PwImportLines *lines,
                 PwFindings    *report,
                 GError       **error)
{
  g_return_val_if_fail (lines != NULL, NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_lines (lines, NULL, report, error);
}

/**
 * pw_import_text_file:
 * @file: a plan document as text
 * @report: (nullable): receives the findings of the import
 * @error: a #PwImportError or an error of reading @file
 *
 * Reads @file and imports it with pw_import_text().
 *
 * Returns: (transfer full): the plan, or %NULL on error
 */
PwPlan *
pw_import_text_file (GFile     *file,
                     PwFindings  *report,
                     GError   **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info != NULL && !pw_import_check_size ((guint64) g_file_info_get_size (info), error))
    return NULL;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return pw_import_text (contents, length, report, error);
}
