/* pw-import-checks.c: indicators, and the checks and guesses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 5 of the importer (see pw-importer.c). A row with one value gets it
 * as target unless the text gives it as a past figure, and says so; figures
 * stated in the text (pw-import-prose.c) are compared with the table (a
 * different target, a contradicting unit); an indicator printed twice; a
 * declared count of service items that differs from the list; 专栏 boxes
 * that name parts of a chapter for which the text has no section heading;
 * the outline's levels and what was kept as paragraphs. A plan without a
 * table gets the quantified targets of its 主要目标 section as indicators
 * taken from the text (nature unknown, line recorded).
 *
 * Table indicators belong to the chapter about their domain when one can be
 * told (its title, or its sections' and boxes' titles, name the domain's
 * subject and category), else to the chapter holding the table; targets
 * from the text belong to the chapter of their 主要目标 section.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pw-import-kind.h"
#include "pw-import-private.h"
#include "pw-importer-private.h"

/* Indicators */

/* Words that tell the subject of a domain or a chapter. */
static const char *topics[][8] = {
  { "幼儿", "婴幼儿", "托育", "幼有", "育儿", "照护", "儿童", NULL },
  { "教育", "学有", "学校", "入学", NULL },
  { "就业", "创业", "劳有", "劳动", NULL },
  { "卫生", "健康", "医疗", "病有", NULL },
  { "养老", "老有", "老年", NULL },
  { "住房", "住有", "宜居", "居住", NULL },
  { "兜底", "救助", "弱有", "残疾", "社会服务", "社会福利", NULL },
  { "拥军", "优抚", "退役军人", "优军", "双拥", NULL },
  { "文化", "体育", "文体", "娱有", NULL },
  { "安全", "应急", "安有", NULL },
  { "社会保险", "社保", "参保", NULL },
};

static gboolean
title_has_topic (const char *title,
                 guint       topic)
{
  for (guint w = 0; topics[topic][w] != NULL; w++)
    if (strstr (title, topics[topic][w]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether a chapter title speaks of @category (基本公共服务 is not found in
 * 普惠性非基本公共服务). */
static gboolean
title_has_category (const char *title,
                    const char *category)
{
  gsize n_non = strlen ("非");

  if (category == NULL || strcmp (category, "总体") == 0)
    return FALSE;
  for (const char *at = strstr (title, category); at != NULL; at = strstr (at + 1, category))
    if ((gsize) (at - title) < n_non || strncmp (at - n_non, "非", n_non) != 0)
      return TRUE;
  return FALSE;
}

/* The chapter about a domain: the one whose title (4) or sections' titles
 * (2) hold the domain's name, whose title (3) or sections' and boxes'
 * titles (1) name its subject, and whose title names its category (2); the
 * best unique score wins, else the chapter holding the table. */
static guint
chapter_of_domain (Importer   *self,
                   const char *category,
                   const char *domain,
                   guint       holding)
{
  g_autofree char *domain_key = domain != NULL ? pw_import_make_key (domain, -1, NULL) : NULL;
  gboolean wanted[G_N_ELEMENTS (topics)] = { FALSE };
  gboolean any_topic = FALSE;
  int best = 0;
  guint best_chapter = holding;
  gboolean tie = FALSE;

  if (domain_key != NULL)
    for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
      any_topic |= (wanted[t] = title_has_topic (domain_key, t));

  for (guint c = 0; c < self->chapters->len; c++)
    {
      Chapter *chapter = g_ptr_array_index (self->chapters, c);
      int score = 0;

      /* the domain's own name: 兜底保障服务 in 完善兜底保障服务 */
      if (domain_key != NULL && g_utf8_strlen (domain_key, -1) >= 2)
        {
          gboolean in_parts = FALSE;

          if (strstr (chapter->title_key, domain_key) != NULL)
            score += 4;
          for (guint s = 0; s < chapter->sections->len && !in_parts; s++)
            {
              Section *section = g_ptr_array_index (chapter->sections, s);

              in_parts = strstr (section->title_key, domain_key) != NULL;
            }
          if (in_parts)
            score += 2;
        }

      for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
        {
          gboolean in_parts = FALSE;

          if (!wanted[t])
            continue;
          if (title_has_topic (chapter->title_key, t))
            {
              score += 3;
              continue;
            }
          for (guint s = 0; s < chapter->sections->len && !in_parts; s++)
            {
              Section *section = g_ptr_array_index (chapter->sections, s);

              in_parts = title_has_topic (section->title_key, t);
            }
          for (guint s = 0; s < chapter->columns->len && !in_parts; s++)
            {
              Column *column = g_ptr_array_index (chapter->columns, s);

              in_parts = title_has_topic (column->title_key, t);
            }
          if (in_parts)
            score += 1;
        }
      if ((any_topic && score == 0) || (!any_topic && domain_key != NULL && *domain_key != '\0'))
        continue;
      if (title_has_category (chapter->title_key, category))
        score += 2;

      if (score > best)
        {
          best = score;
          best_chapter = c;
          tie = FALSE;
        }
      else if (score == best && score > 0)
        tie = TRUE;
    }

  return best > 0 && !tie ? best_chapter : holding;
}

static const char *
chapter_id (Importer *self,
            guint     index)
{
  Chapter *chapter;

  if (index == NONE || index >= self->chapters->len)
    return NULL;
  chapter = g_ptr_array_index (self->chapters, index);
  return pw_object_get_id (PW_OBJECT (chapter->chapter));
}

static PwValue *
value_or_null (const char *text)
{
  return text != NULL ? pw_value_new (text) : NULL;
}

static gboolean
same_number (double a,
             double b)
{
  return fabs (a - b) <= 1e-9 * MAX (1.0, fabs (a));
}

/* Names match only when the shorter, of five characters or more, ends the
 * longer (or they are equal), so matching names end in the same five
 * characters: an index on them finds the candidates. */
static const char *
name_tail (const char *match)
{
  glong n = g_utf8_strlen (match, -1);

  return n > 5 ? pw_import_skip_chars (match, n - 5) : match;
}

/* The mention of @value for the name whose match key is @match. */
static const PwImportMention *
mention_of_value (Importer   *self,
                  const char *match,
                  PwValue    *value,
                  gboolean    target)
{
  GPtrArray *candidates;

  if (!pw_value_has_number (value) ||
      (candidates = g_hash_table_lookup (self->mentions_by_tail, name_tail (match))) == NULL)
    return NULL;

  for (guint i = 0; i < candidates->len; i++)
    {
      const PwImportMention *mention = g_ptr_array_index (candidates, i);

      if (mention->target == target && pw_value_has_number (mention->parsed) &&
          same_number (pw_value_get_number (mention->parsed), pw_value_get_number (value)) &&
          pw_import_names_match (mention->match, match))
        return mention;
    }
  return NULL;
}

/* A row with one value: the target, unless the text gives the figure as a
 * past one. */
static void
place_single_value (Importer    *self,
                    PwImportRow *row,
                    const char  *match)
{
  g_autoptr(PwValue) value = pw_value_new (row->target);
  const PwImportMention *confirmed = mention_of_value (self, match, value, TRUE);
  const PwImportMention *past = NULL;

  if (confirmed == NULL)
    past = mention_of_value (self, match, value, FALSE);

  if (past != NULL)
    {
      row->baseline = g_steal_pointer (&row->target);
      pw_importer_note (self, PW_FINDING_GUESS, row->value_line, NULL,
                        _("“%s” prints one value (%s) for two columns; it is taken as the %d baseline, as line "
                          "%d gives it as a past figure"),
                        row->name, row->baseline, self->baseline_year, past->line);
    }
  else if (confirmed != NULL)
    pw_importer_note (self, PW_FINDING_GUESS, row->value_line, NULL,
                      _("“%s” prints one value (%s) for two columns; it is taken as the %d target, as line %d "
                        "states it for that year"),
                      row->name, row->target, self->end_year, confirmed->line);
  else if (pw_value_get_kind (value) == PW_VALUE_QUALITATIVE)
    pw_importer_note (self, PW_FINDING_GUESS, row->value_line, NULL,
                      _("“%s” prints one value (%s) for two columns; a goal in words is taken as the %d "
                        "target"),
                      row->name, row->target, self->end_year);
  else
    pw_importer_note (self, PW_FINDING_GUESS, row->value_line, NULL,
                      _("“%s” prints one value (%s) for two columns; it is taken as the %d target"), row->name,
                      row->target, self->end_year);
}

void
pw_importer_read_mentions (Importer *self)
{
  g_autofree char *end_year_word = g_strdup_printf ("%d年", self->end_year);

  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      const Paragraph *paragraph = &g_array_index (self->paragraphs, Paragraph, i);
      PwImportProseContext context = { self->end_year, self->baseline_year, paragraph->goals,
                                       end_year_word };

      guint first = self->mentions->len;

      if (self->second_document != NONE &&
          (guint) (paragraph->line - self->lines.lines) >= self->second_document)
        break;
      pw_import_mentions_scan (paragraph->line, &context, self->mentions);
      for (guint m = first; m < self->mentions->len; m++)
        ((PwImportMention *) g_ptr_array_index (self->mentions, m))->goals = paragraph->goals;
    }

  for (guint m = 0; m < self->mentions->len; m++)
    {
      PwImportMention *mention = g_ptr_array_index (self->mentions, m);
      const char *tail = name_tail (mention->match);
      GPtrArray *list = g_hash_table_lookup (self->mentions_by_tail, tail);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (self->mentions_by_tail, g_strdup (tail), list);
        }
      g_ptr_array_add (list, mention);
    }
}

/* The kind, when the target does not state it, and the guess in the report.
 * A part of the row above (其中：公园绿地 under 新建绿地) that says nothing
 * of its kind is of the kind chosen for the whole: a total over the period
 * of which it is a part is one too. */
static void
note_kind (Importer    *self,
           PwIndicator *indicator,
           PwIndicator *above,
           int          line,
           const char  *unit,
           PwValue     *target)
{
  const char *name = pw_indicator_get_name (indicator);
  g_autofree char *guess = NULL;
  PwIndicatorKind kind = pw_import_choose_kind (name, unit, target, &guess);

  if (kind == PW_KIND_AUTO && above != NULL && pw_indicator_get_kind (above) != PW_KIND_AUTO &&
      pw_import_has_prefix (name, "其中") && target != NULL && pw_value_get_form (target) == PW_KIND_LEVEL)
    {
      kind = pw_indicator_get_kind (above);
      /* Translators: “其中：公园绿地” is judged as 累计 (a total over the
       * period …), as “新建绿地” of which it is a part */
      guess = g_strdup_printf (_("“%s” is judged as %s (%s), as “%s” of which it is a part; "
                                 "choose another kind if that is wrong"),
                               name, pw_kind_to_label (kind), pw_kind_to_description (kind),
                               pw_indicator_get_name (above));
    }
  pw_indicator_set_kind (indicator, kind);
  if (guess != NULL)
    pw_importer_note (self, PW_FINDING_GUESS, line, indicator, "%s", guess);
}

void
pw_importer_add_table_indicators (Importer *self)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) domain_chapters = NULL;

  /* by the match keys, which self->matches holds */
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  domain_chapters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint t = 0; t < self->tables->len; t++)
    {
      Table *table = g_ptr_array_index (self->tables, t);

      for (guint r = 0; r < table->table.rows->len; r++)
        {
          PwImportRow *row = g_ptr_array_index (table->table.rows, r);
          PwIndicator *indicator = pw_indicator_new ();
          char *match = pw_import_match_key (row->name);
          g_autofree char *group = g_strconcat (row->category ? row->category : "", "\x1f",
                                                row->domain ? row->domain : "", NULL);
          gpointer chapter;
          PwIndicator *first;
          g_autoptr(PwValue) baseline = NULL;
          g_autoptr(PwValue) target = NULL;

          if (row->single_value)
            place_single_value (self, row, match);

          pw_importer_give_id (self, indicator, "ind");
          baseline = value_or_null (row->baseline);
          target = value_or_null (row->target);
          pw_indicator_set_category (indicator, row->category);
          pw_indicator_set_domain (indicator, row->domain);
          pw_indicator_set_name (indicator, row->name);
          pw_indicator_set_unit (indicator, row->unit);
          pw_indicator_set_baseline (indicator, baseline);
          pw_indicator_set_target (indicator, target);
          note_kind (self, indicator, r > 0 ? g_ptr_array_index (self->indicators, self->indicators->len - 1) : NULL,
                     row->line, row->unit, target);
          pw_indicator_set_nature (indicator, row->nature);
          pw_indicator_set_note (indicator, row->note);
          if (row->responsible != NULL)
            pw_indicator_set_responsible_text (indicator, row->responsible);
          pw_indicator_set_origin (indicator, PW_ORIGIN_TABLE);
          pw_indicator_set_source_line (indicator, row->line);

          if (!g_hash_table_lookup_extended (domain_chapters, group, NULL, &chapter))
            {
              chapter = GUINT_TO_POINTER (chapter_of_domain (self, row->category, row->domain, NONE));
              g_hash_table_insert (domain_chapters, g_strdup (group), chapter);
            }
          pw_indicator_set_chapter (indicator,
                                    chapter_id (self, GPOINTER_TO_UINT (chapter) != NONE
                                                        ? GPOINTER_TO_UINT (chapter)
                                                        : table->chapter));

          if (row->no_values)
            pw_importer_note (self, PW_FINDING_DOUBT, row->line, indicator,
                              _("“%s” has no values in the table"), row->name);
          if (row->no_nature)
            pw_importer_note (self, PW_FINDING_DOUBT, row->line, indicator,
                              _("“%s” has no nature (约束性/预期性) in the table"), row->name);
          if (baseline != NULL && pw_value_get_kind (baseline) == PW_VALUE_INVALID)
            pw_importer_note (self, PW_FINDING_DOUBT, row->line, indicator,
                              _("The baseline of “%s”, “%s”, is not understood: %s"), row->name,
                              row->baseline, pw_value_get_problem (baseline));
          if (target != NULL && pw_value_get_kind (target) == PW_VALUE_INVALID)
            pw_importer_note (self, PW_FINDING_DOUBT, row->line, indicator,
                              _("The target of “%s”, “%s”, is not understood: %s"), row->name, row->target,
                              pw_value_get_problem (target));

          if ((first = g_hash_table_lookup (seen, match)) != NULL)
            pw_importer_note (self, PW_FINDING_INCONSISTENCY, row->line, indicator,
                              _("“%s” is in the table twice (lines %d and %d)"), row->name,
                              pw_indicator_get_source_line (first), row->line);
          else
            g_hash_table_insert (seen, match, indicator);

          g_ptr_array_add (self->indicators, indicator);
          g_ptr_array_add (self->matches, match);
        }
    }
}

/* The unit kind an indicator is measured in: from its unit, else from how
 * its values are printed. */
static PwUnitKind
indicator_unit_kind (PwIndicator *indicator,
                     gboolean    *known)
{
  const char *unit = pw_indicator_get_unit (indicator);
  PwValue *values[2];

  values[0] = pw_indicator_get_target (indicator);
  values[1] = pw_indicator_get_baseline (indicator);

  *known = TRUE;
  if (unit != NULL && *unit != '\0')
    return pw_unit_kind_from_text (unit);
  for (guint i = 0; i < 2; i++)
    if (pw_value_has_number (values[i]) && (pw_value_get_unit_kind (values[i]) != PW_UNIT_PLAIN ||
                                            pw_value_get_suffix (values[i]) != NULL))
      return pw_value_get_unit_kind (values[i]);
  *known = FALSE;
  return PW_UNIT_PLAIN;
}

static const char *
unit_kind_label (PwUnitKind kind)
{
  switch (kind)
    {
    case PW_UNIT_PERCENT:
      return "%";
    case PW_UNIT_PERMILLE:
      return "‰";
    case PW_UNIT_PER_10K:
      return "1/万";
    case PW_UNIT_PER_100K:
      return "1/10万";
    case PW_UNIT_PLAIN:
    default:
      return "";
    }
}

/* Figures of the text against the table: a unit that contradicts, a
 * target that differs. */
void
pw_importer_compare_with_tables (Importer *self)
{
  g_autoptr(GHashTable) by_tail = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* indicators by the last characters of their names (see name_tail()),
   * as their places in self->indicators and self->matches */
  for (guint i = 0; i < self->indicators->len; i++)
    {
      const char *tail = name_tail (g_ptr_array_index (self->matches, i));
      GPtrArray *list = g_hash_table_lookup (by_tail, tail);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_tail, g_strdup (tail), list);
        }
      g_ptr_array_add (list, GUINT_TO_POINTER (i));
    }

  for (guint m = 0; m < self->mentions->len; m++)
    {
      const PwImportMention *mention = g_ptr_array_index (self->mentions, m);
      const char *tail = name_tail (mention->match);
      GPtrArray *list;

      if (!mention->metric || !pw_value_has_number (mention->parsed) ||
          (list = g_hash_table_lookup (by_tail, tail)) == NULL)
        continue;

      for (guint i = 0; i < list->len; i++)
        {
          guint index = GPOINTER_TO_UINT (g_ptr_array_index (list, i));
          PwIndicator *indicator = g_ptr_array_index (self->indicators, index);
          const char *match = g_ptr_array_index (self->matches, index);
          PwValue *target = pw_indicator_get_target (indicator);
          PwValue *baseline = pw_indicator_get_baseline (indicator);
          double number = pw_value_get_number (mention->parsed);
          PwUnitKind mention_kind = pw_value_get_unit_kind (mention->parsed);
          const char *mention_suffix = pw_value_get_suffix (mention->parsed);
          gboolean known;
          PwUnitKind kind = indicator_unit_kind (indicator, &known);
          const char *unit = pw_indicator_get_unit (indicator);
          gboolean equal_figure =
            (pw_value_has_number (target) && same_number (pw_value_get_number (target), number)) ||
            (pw_value_has_number (baseline) && same_number (pw_value_get_number (baseline), number));
          gboolean unit_conflict = FALSE;
          g_autofree char *key = NULL;

          if (!pw_import_names_match (mention->match, match))
            continue;

          /* a figure printed without a unit contradicts nothing */
          if (mention_kind == PW_UNIT_PLAIN && mention_suffix == NULL)
            unit_conflict = FALSE;
          else if (known && (mention_kind != PW_UNIT_PLAIN || kind != PW_UNIT_PLAIN))
            unit_conflict = mention_kind != kind;
          else if (mention_suffix != NULL && unit != NULL && *unit != '\0' &&
                   mention_kind == PW_UNIT_PLAIN && kind == PW_UNIT_PLAIN &&
                   strcmp (mention_suffix, unit) != 0)
            unit_conflict = TRUE;

          /* once per name and line, even for an indicator printed twice */
          key = g_strdup_printf ("%s\x1f%d", match, mention->line);
          if (g_hash_table_contains (reported, key))
            continue;

          if (equal_figure && unit_conflict)
            {
              pw_importer_note (self, PW_FINDING_INCONSISTENCY, mention->line, indicator,
                                _("The unit of “%s” contradicts the text: the table (line %d) has %s, the "
                                  "text has %s"),
                                pw_indicator_get_name (indicator), pw_indicator_get_source_line (indicator),
                                unit != NULL && *unit ? unit : unit_kind_label (kind), mention->value);
              g_hash_table_add (reported, g_steal_pointer (&key));
            }
          else if (mention->target && pw_value_has_number (target) && !unit_conflict &&
                   !same_number (pw_value_get_number (target), number))
            {
              pw_importer_note (self, PW_FINDING_INCONSISTENCY, mention->line, indicator,
                                _("The text gives “%s” the target %s, the table (line %d) %s"), mention->name,
                                mention->value, pw_indicator_get_source_line (indicator),
                                pw_value_get_text (target));
              g_hash_table_add (reported, g_steal_pointer (&key));
            }
        }
    }
}

/* A plan without a table: the quantified targets of its 主要目标 section. */
void
pw_importer_add_prose_indicators (Importer *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  guint goals_chapter = NONE;

  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      const Paragraph *paragraph = &g_array_index (self->paragraphs, Paragraph, i);

      if (paragraph->goals)
        {
          goals_chapter = paragraph->chapter;
          break;
        }
    }

  for (guint m = 0; m < self->mentions->len; m++)
    {
      const PwImportMention *mention = g_ptr_array_index (self->mentions, m);
      PwIndicator *indicator;
      PwIndicator *first;
      g_autoptr(PwValue) target = NULL;
      const char *suffix;

      if (!mention->goals || !mention->target || !mention->metric ||
          (pw_value_get_kind (mention->parsed) != PW_VALUE_NUMBER &&
           pw_value_get_kind (mention->parsed) != PW_VALUE_RELATIVE))
        continue;

      if ((first = g_hash_table_lookup (seen, mention->match)) != NULL)
        {
          if (strcmp (pw_value_get_text (pw_indicator_get_target (first)), mention->value) != 0)
            pw_importer_note (self, PW_FINDING_INCONSISTENCY, mention->line, first,
                              _("The text gives “%s” two targets: %s (line %d) and %s"), mention->name,
                              pw_value_get_text (pw_indicator_get_target (first)),
                              pw_indicator_get_source_line (first), mention->value);
          continue;
        }

      indicator = pw_indicator_new ();
      pw_importer_give_id (self, indicator, "ind");
      target = pw_value_new (mention->value);
      suffix = pw_value_get_suffix (target);
      pw_indicator_set_name (indicator, mention->name);
      if (suffix != NULL && pw_value_get_unit_kind (target) == PW_UNIT_PLAIN)
        pw_indicator_set_unit (indicator, suffix);
      pw_indicator_set_target (indicator, target);
      note_kind (self, indicator, NULL, mention->line, pw_indicator_get_unit (indicator), target);
      pw_indicator_set_nature (indicator, PW_NATURE_UNKNOWN);
      pw_indicator_set_origin (indicator, PW_ORIGIN_PROSE);
      pw_indicator_set_source_line (indicator, mention->line);
      pw_indicator_set_chapter (indicator, chapter_id (self, goals_chapter));
      g_hash_table_insert (seen, mention->match, indicator);
      g_ptr_array_add (self->indicators, indicator);

      pw_importer_note (self, PW_FINDING_GUESS, mention->line, indicator,
                        _("Target taken from the text: “%s” %s in %d (the plan has no indicator table; nature "
                          "not stated)"),
                        mention->name, mention->value, self->end_year);
    }
}

/* Sections whose headings are missing: a section holding 专栏 boxes that
 * name other parts of the chapter (“劳有所得”, “病有所医” … after 学有所教):
 * two or more in quotes, or three or more at all. */
void
pw_importer_check_missing_sections (Importer *self)
{
  static const char *tails[] = {
    "重点工程", "保障工程", "建设工程", "重点项目", "建设项目", "保障项目", "服务项目", "工程",
    "项目",
  };

  for (guint c = 0; c < self->chapters->len; c++)
    {
      Chapter *chapter = g_ptr_array_index (self->chapters, c);

      for (guint s = 0; s < chapter->sections->len; s++)
        {
          Section *section = g_ptr_array_index (chapter->sections, s);
          g_autoptr(GString) parts = g_string_new (NULL);
          g_autoptr(GHashTable) distinct = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                  g_free, NULL);
          guint n_columns = 0;
          guint n_quoted = 0;
          int first_line = 0;

          for (guint k = 0; k < chapter->columns->len; k++)
            {
              Column *column = g_ptr_array_index (chapter->columns, k);
              const char *open;
              const char *close;
              g_autofree char *part = NULL;
              gboolean quoted = FALSE;

              if (column->section != s || pw_box_get_number (column->column) == 0)
                continue;
              n_columns++;
              if ((open = strstr (column->title_key, "“")) != NULL &&
                  (close = strstr (open, "”")) != NULL)
                {
                  part = g_strndup (open + strlen ("“"), close - open - strlen ("“"));
                  quoted = TRUE;
                }
              else
                {
                  gsize len = strlen (column->title_key);

                  for (gsize t = 0; t < G_N_ELEMENTS (tails); t++)
                    if (g_str_has_suffix (column->title_key, tails[t]) && len > strlen (tails[t]))
                      {
                        len -= strlen (tails[t]);
                        break;
                      }
                  part = g_strndup (column->title_key, len);
                }
              if (*part == '\0' || strstr (section->title_key, part) != NULL ||
                  g_hash_table_contains (distinct, part))
                continue;
              if (parts->len > 0)
                g_string_append (parts, _(", "));
              /* Translators: a part of a chapter named by a 专栏, and the line of that 专栏 */
              g_string_append_printf (parts, _("%s (line %d)"), part, column->line);
              n_quoted += quoted;
              if (first_line == 0)
                first_line = column->line;
              g_hash_table_add (distinct, g_steal_pointer (&part));
            }

          /* parts named in quotes (“劳有所得”) are the strong sign; two
           * boxes of plain titles in one section are common */
          if (n_columns >= 2 && (n_quoted >= 2 || g_hash_table_size (distinct) >= 3))
            pw_importer_note (self, PW_FINDING_DOUBT, first_line, chapter->chapter,
                              _("Chapter %d seems to lack section headings: its section “%s” holds %u 专栏 "
                                "boxes that name other parts: %s. No sections were made up; the text "
                                "after the heading stays in that section"),
                              chapter->number, pw_section_get_title (section->section), n_columns, parts->str);
        }
    }
}

static const char *
pattern_example (PwImportPattern pattern)
{
  switch (pattern)
    {
    case PW_PATTERN_PART:
      return "第一篇";
    case PW_PATTERN_PORTION:
      return "第一部分";
    case PW_PATTERN_CHAPTER:
      return "第一章";
    case PW_PATTERN_SECTION:
      return "第一节";
    case PW_PATTERN_ENUM:
      return "一、";
    case PW_PATTERN_ENUM_PAREN:
      return "（一）";
    case PW_PATTERN_DIGIT:
      return "1.";
    case PW_PATTERN_DIGIT_PAREN:
      return "（1）";
    case PW_PATTERN_NONE:
    case PW_N_PATTERNS:
    default:
      return "";
    }
}

/* The levels chosen, deeper headings kept as paragraphs, and the contents
 * against the headings found. */
void
pw_importer_check_outline (Importer *self)
{
  g_autoptr(GString) levels = g_string_new (NULL);
  PwImportPattern held[] = { self->part_pattern, self->chapter_pattern, self->section_pattern };
  guint counts[3] = { self->parts->len, self->chapters->len, 0 };

  for (guint c = 0; c < self->chapters->len; c++)
    counts[2] += ((Chapter *) g_ptr_array_index (self->chapters, c))->sections->len;

  for (guint k = 0; k < self->n_levels; k++)
    g_string_append_printf (levels, "%s%s", k > 0 ? " › " : "", pattern_example (self->levels[k]));
  if (self->n_levels > 0)
    {
      g_autoptr(GString) model = g_string_new (NULL);

      for (guint k = 0; k < G_N_ELEMENTS (held); k++)
        if (held[k] != PW_PATTERN_NONE)
          g_string_append_printf (model, "%s%s", model->len > 0 ? " › " : "",
                                  pattern_example (held[k]));
      pw_importer_note (self, PW_FINDING_GUESS, 0, NULL,
                        _("The headings run %s; %s are read as the parts (when there are), chapters and "
                          "sections, deeper levels as paragraphs"),
                        levels->str, model->str);
    }
  if (self->n_deeper > 0)
    pw_importer_note (self, PW_FINDING_GUESS, self->first_deeper, NULL,
                      _("%u numbered headings below the sections are kept as paragraphs of their section"),
                      self->n_deeper);

  for (guint k = 0; k < G_N_ELEMENTS (held); k++)
    {
      guint in_toc = 0;

      if (held[k] == PW_PATTERN_NONE)
        continue;
      for (guint i = 0; i < self->toc->len; i++)
        in_toc += g_array_index (self->toc, PwImportTocEntry, i).pattern == held[k];
      if (in_toc > 0 && in_toc != counts[k])
        pw_importer_note (self, PW_FINDING_DOUBT, 0, NULL,
                          _("The table of contents lists %u headings like %s, the text has %u"), in_toc,
                          pattern_example (held[k]), counts[k]);
    }
}
