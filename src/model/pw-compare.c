/* pw-compare.c: what changed between two versions of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Objects are matched by their stable ids. Two files imported separately
 * have ids that mean nothing to each other, so for each kind of object the
 * ids are trusted only when most objects that share an id also share a
 * name; otherwise, and for the objects the ids leave unmatched, objects are
 * matched by what a reader would match them by (an indicator by name and
 * unit, then by name; a chapter, a section or a 专栏 by title, then by
 * number within the same chapter; a project by name, then by number within
 * the same 专栏), and such a match is marked as guessed.
 *
 * Prose is compared paragraph by paragraph (a paragraph is a line of the
 * text); a changed paragraph is compared character by character, because
 * Chinese has no spaces between words to diff by (pw-diff.c). The changes
 * found are PwChange objects (pw-change.c).
 */

#define G_LOG_DOMAIN "pw-compare"

#include "config.h"

#include "pw-compare-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-box.h"
#include "pw-field.h"
#include "pw-locate.h"
#include "pw-project.h"
#include "pw-section.h"

typedef struct
{
  PwObject *object;   /* borrowed */
  PwObject *parent;   /* the chapter of a section or a 专栏, the 专栏 of a project */
  const char *name;
  const char *unit;
  int number;
  guint index;
  PwObject *match;
  gboolean guessed;
} Item;

typedef struct
{
  PwPlan *old_plan;
  PwPlan *new_plan;
  GListStore *changes;
  GHashTable *old_to_new;  /* PwObject → PwObject */
  GHashTable *chapter_ids[2]; /* of the old and the new plan: id → PwChapter */
  gboolean guessed_parent; /* of the items being compared */
} Comparison;

/* Auxiliary methods */

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

static PwChange *
change_new (Comparison   *c,
            PwChangeKind  kind,
            PwObject     *old_object,
            PwObject     *new_object,
            gboolean      guessed)
{
  PwChange *change = g_object_new (PW_TYPE_CHANGE, NULL);
  PwObject *either = new_object != NULL ? new_object : old_object;

  change->kind = kind;
  change->object_type = G_OBJECT_TYPE (either);
  change->guessed = guessed;
  if (old_object != NULL)
    change->old_id = g_strdup (pw_object_get_id (old_object));
  if (new_object != NULL)
    change->new_id = g_strdup (pw_object_get_id (new_object));
  change->label = pw_plan_describe_object (new_object != NULL ? c->new_plan : c->old_plan, either);
  g_list_store_append (c->changes, change);
  g_object_unref (change);
  return change;
}

/* Returns: (transfer none) (nullable): the change, %NULL when the texts are the same */
static PwChange *
field_change (Comparison   *c,
              PwChangeKind  kind,
              Item         *item,
              const char   *field,
              const char   *old_text,
              const char   *new_text)
{
  PwChange *change;

  if (g_strcmp0 (old_text != NULL ? old_text : "", new_text != NULL ? new_text : "") == 0)
    return NULL;
  change = change_new (c, kind, item->object, item->match, item->guessed);
  change->field = g_strdup (field);
  change->old_text = dup_or_empty (old_text);
  change->new_text = dup_or_empty (new_text);
  return change;
}

static const char *
value_text (PwValue *value)
{
  return value != NULL ? pw_value_get_text (value) : NULL;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* Matching */

static gboolean
parents_match (Comparison *c,
               Item       *old_item,
               Item       *new_item)
{
  if (old_item->parent == NULL || new_item->parent == NULL)
    return old_item->parent == new_item->parent;
  return g_hash_table_lookup (c->old_to_new, old_item->parent) == new_item->parent;
}

static void
pair (Comparison *c,
      Item       *old_item,
      Item       *new_item,
      gboolean    guessed)
{
  old_item->match = new_item->object;
  new_item->match = old_item->object;
  old_item->guessed = new_item->guessed = guessed;
  g_hash_table_insert (c->old_to_new, old_item->object, new_item->object);
}

/* Whether to believe the ids of one kind of object: when most of the
 * objects that have the same id in both have the same name too. */
static gboolean
ids_agree (GArray *olds,
           GArray *news)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint shared = 0, agree = 0;

  for (guint i = 0; i < news->len; i++)
    {
      Item *item = &g_array_index (news, Item, i);
      const char *id = pw_object_get_id (item->object);

      if (id != NULL)
        g_hash_table_insert (by_id, (gpointer) id, item);
    }
  for (guint i = 0; i < olds->len; i++)
    {
      Item *item = &g_array_index (olds, Item, i);
      const char *id = pw_object_get_id (item->object);
      Item *other = id != NULL ? g_hash_table_lookup (by_id, id) : NULL;

      if (other == NULL)
        continue;
      shared++;
      agree += g_strcmp0 (item->name, other->name) == 0;
    }

  return shared > 0 && agree * 2 >= shared;
}

typedef enum
{
  BY_NAME_AND_UNIT,
  BY_NAME,
  BY_NUMBER,
} Guess;

static gboolean
guess_matches (Comparison *c,
               Guess       guess,
               Item       *old_item,
               Item       *new_item)
{
  switch (guess)
    {
    case BY_NAME_AND_UNIT:
      return old_item->name != NULL && *old_item->name != '\0' &&
             g_strcmp0 (old_item->name, new_item->name) == 0 &&
             g_strcmp0 (old_item->unit, new_item->unit) == 0 && parents_match (c, old_item, new_item);
    case BY_NAME:
      return old_item->name != NULL && *old_item->name != '\0' &&
             g_strcmp0 (old_item->name, new_item->name) == 0;
    case BY_NUMBER:
      return old_item->number > 0 && old_item->number == new_item->number &&
             parents_match (c, old_item, new_item);
    default:
      g_assert_not_reached ();
    }
}

static void
match_by_id (Comparison *c,
             GArray     *olds,
             GArray     *news,
             gboolean    same_name)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < news->len; i++)
    {
      Item *item = &g_array_index (news, Item, i);
      const char *id = pw_object_get_id (item->object);

      if (id != NULL && item->match == NULL)
        g_hash_table_insert (by_id, (gpointer) id, item);
    }
  for (guint i = 0; i < olds->len; i++)
    {
      Item *item = &g_array_index (olds, Item, i);
      const char *id = pw_object_get_id (item->object);
      Item *other = id != NULL ? g_hash_table_lookup (by_id, id) : NULL;

      if (item->match == NULL && other != NULL && other->match == NULL &&
          (!same_name || g_strcmp0 (item->name, other->name) == 0))
        pair (c, item, other, FALSE);
    }
}

static void
match_by_guess (Comparison *c,
                GArray     *olds,
                GArray     *news,
                Guess       guess)
{
  for (guint i = 0; i < olds->len; i++)
    {
      Item *old_item = &g_array_index (olds, Item, i);

      if (old_item->match != NULL)
        continue;
      for (guint j = 0; j < news->len; j++)
        {
          Item *new_item = &g_array_index (news, Item, j);

          if (new_item->match == NULL && guess_matches (c, guess, old_item, new_item))
            {
              pair (c, old_item, new_item, TRUE);
              break;
            }
        }
    }
}

/* An id names the same object in both only when the files share their
 * history; separate imports number their objects alike by chance. So an id
 * is believed at once where the names agree too; then the names match what
 * is left; an id whose names differ (a renamed object) is believed only when
 * neither name found a partner, and only when most shared ids agree. */
static void
match_items (Comparison *c,
             GArray     *olds,
             GArray     *news,
             gboolean    by_number)
{
  gboolean trusted = ids_agree (olds, news);

  if (trusted)
    match_by_id (c, olds, news, TRUE);
  match_by_guess (c, olds, news, BY_NAME_AND_UNIT);
  match_by_guess (c, olds, news, BY_NAME);
  if (trusted)
    match_by_id (c, olds, news, FALSE);
  if (by_number)
    match_by_guess (c, olds, news, BY_NUMBER);
}

/* The matched items whose order changed: those outside the longest run of
 * matched items that keeps its order (a longest increasing subsequence of
 * the old positions, in new order). Items moved to another parent are
 * reported as such, not here. */
static GHashTable *
find_reordered (Comparison *c,
                GArray     *olds,
                GArray     *news)
{
  g_autoptr(GHashTable) old_index = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) seq = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) objects = g_array_new (FALSE, FALSE, sizeof (PwObject *));
  GHashTable *moved = g_hash_table_new (NULL, NULL);
  g_autofree guint *length = NULL;
  g_autofree int *prev = NULL;
  guint best = 0;
  int best_end = -1;

  for (guint i = 0; i < olds->len; i++)
    {
      Item *item = &g_array_index (olds, Item, i);
      g_hash_table_insert (old_index, item->object, GUINT_TO_POINTER (i + 1));
    }
  for (guint j = 0; j < news->len; j++)
    {
      Item *item = &g_array_index (news, Item, j);
      Item *old_item;
      guint i;

      if (item->match == NULL)
        continue;
      i = GPOINTER_TO_UINT (g_hash_table_lookup (old_index, item->match));
      old_item = &g_array_index (olds, Item, i - 1);
      if (!parents_match (c, old_item, item))
        continue;
      g_array_append_val (seq, i);
      g_array_append_val (objects, item->object);
    }

  length = g_new0 (guint, seq->len + 1);
  prev = g_new0 (int, seq->len + 1);
  for (guint k = 0; k < seq->len; k++)
    {
      length[k] = 1;
      prev[k] = -1;
      for (guint l = 0; l < k; l++)
        if (g_array_index (seq, guint, l) < g_array_index (seq, guint, k) && length[l] + 1 > length[k])
          {
            length[k] = length[l] + 1;
            prev[k] = (int) l;
          }
      if (length[k] > best)
        {
          best = length[k];
          best_end = (int) k;
        }
    }

  for (guint k = 0; k < seq->len; k++)
    g_hash_table_add (moved, g_array_index (objects, PwObject *, k));
  for (int k = best_end; k >= 0; k = prev[k])
    g_hash_table_remove (moved, g_array_index (objects, PwObject *, k));
  return moved;
}

static void
prose_change (Comparison *c,
              Item       *item,
              int         paragraph,
              const char *old_text,
              const char *new_text)
{
  PwChange *change = change_new (c, PW_CHANGE_PROSE, item->object, item->match, item->guessed);

  change->year = paragraph;
  change->old_text = dup_or_empty (old_text);
  change->new_text = dup_or_empty (new_text);
  change->pieces = pw_diff_text (change->old_text, change->new_text);
}

/* Pairs the paragraphs of two texts by the longest common subsequence of
 * equal paragraphs; between two equal ones, the paragraphs left over are
 * changed in order, and the surplus is added or removed. */
static void
compare_prose (Comparison *c,
               Item       *item,
               const char *old_text,
               const char *new_text)
{
  g_auto(GStrv) a = NULL;
  g_auto(GStrv) b = NULL;
  g_autofree guint32 *lcs = NULL;
  guint m, n, i = 0, j = 0;

  if (g_strcmp0 (old_text != NULL ? old_text : "", new_text != NULL ? new_text : "") == 0)
    return;

  a = old_text != NULL && *old_text != '\0' ? g_strsplit (old_text, "\n", -1) : g_new0 (char *, 1);
  b = new_text != NULL && *new_text != '\0' ? g_strsplit (new_text, "\n", -1) : g_new0 (char *, 1);
  m = g_strv_length (a);
  n = g_strv_length (b);
  lcs = g_new0 (guint32, (gsize) (m + 1) * (n + 1));

#define LCS(i, j) lcs[(gsize) (i) * (n + 1) + (j)]
  for (guint p = m; p-- > 0;)
    for (guint q = n; q-- > 0;)
      LCS (p, q) = strcmp (a[p], b[q]) == 0 ? LCS (p + 1, q + 1) + 1
                                            : MAX (LCS (p + 1, q), LCS (p, q + 1));

  while (i < m || j < n)
    {
      guint i_end = i, j_end = j;

      if (i < m && j < n && strcmp (a[i], b[j]) == 0)
        {
          i++, j++;
          continue;
        }
      /* the run of paragraphs up to the next pair of equal ones */
      while (i_end < m || j_end < n)
        {
          if (i_end < m && j_end < n && strcmp (a[i_end], b[j_end]) == 0 &&
              LCS (i_end, j_end) == LCS (i_end + 1, j_end + 1) + 1)
            break;
          if (j_end >= n || (i_end < m && LCS (i_end + 1, j_end) >= LCS (i_end, j_end + 1)))
            i_end++;
          else
            j_end++;
        }
      for (guint k = 0; i + k < i_end || j + k < j_end; k++)
        prose_change (c, item, (int) (j + k < j_end ? j + k : j_end) + 1,
                      i + k < i_end ? a[i + k] : NULL, j + k < j_end ? b[j + k] : NULL);
      i = i_end;
      j = j_end;
    }
#undef LCS
}

/* The kinds of object */

static void
report_presence (Comparison *c,
                 GArray     *olds,
                 GArray     *news)
{
  for (guint j = 0; j < news->len; j++)
    {
      Item *item = &g_array_index (news, Item, j);

      if (item->match == NULL)
        change_new (c, PW_CHANGE_ADDED, NULL, item->object, FALSE);
    }
  for (guint i = 0; i < olds->len; i++)
    {
      Item *item = &g_array_index (olds, Item, i);

      if (item->match == NULL)
        change_new (c, PW_CHANGE_REMOVED, item->object, NULL, FALSE);
    }
}

static void
report_moves (Comparison *c,
              PwPlan     *old_plan,
              GArray     *olds,
              GArray     *news)
{
  g_autoptr(GHashTable) reordered = find_reordered (c, olds, news);

  for (guint i = 0; i < olds->len; i++)
    {
      Item *item = &g_array_index (olds, Item, i);
      Item *new_item = NULL;

      if (item->match == NULL)
        continue;
      for (guint j = 0; j < news->len && new_item == NULL; j++)
        if (g_array_index (news, Item, j).object == item->match)
          new_item = &g_array_index (news, Item, j);

      if (!parents_match (c, item, new_item))
        {
          g_autofree char *from = item->parent != NULL ? pw_plan_describe_object (old_plan, item->parent) : NULL;
          g_autofree char *to = new_item->parent != NULL ? pw_plan_describe_object (c->new_plan, new_item->parent) : NULL;

          field_change (c, PW_CHANGE_MOVED, item, _("place"), from, to);
        }
      else if (g_hash_table_contains (reordered, item->match))
        {
          g_autofree char *from = g_strdup_printf (_("position %u"), item->index + 1);
          g_autofree char *to = g_strdup_printf (_("position %u"), new_item->index + 1);

          field_change (c, PW_CHANGE_MOVED, item, _("place"), from, to);
        }
    }
}

static void
collect_chapters (PwPlan *plan,
                  GArray *chapters,
                  GArray *sections,
                  GArray *boxes,
                  GArray *projects,
                  GArray *services)
{
  GListModel *list = pw_plan_get_chapters (plan);
  guint n_chapters = g_list_model_get_n_items (list);

  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (list, i);
      GListModel *section_list = pw_chapter_get_sections (chapter);
      GListModel *box_list = pw_chapter_get_boxes (chapter);
      GListModel *service_list = pw_chapter_get_service_items (chapter);
      Item item = { PW_OBJECT (chapter), (PwObject *) pw_chapter_get_part (chapter),
                    pw_chapter_get_title (chapter), NULL, pw_chapter_get_number (chapter), i };

      g_array_append_val (chapters, item);
      for (guint j = 0; j < g_list_model_get_n_items (section_list); j++)
        {
          g_autoptr(PwSection) section = g_list_model_get_item (section_list, j);
          Item s = { PW_OBJECT (section), PW_OBJECT (chapter), pw_section_get_title (section), NULL,
                     pw_section_get_number (section), j };

          g_array_append_val (sections, s);
        }
      for (guint j = 0; j < g_list_model_get_n_items (service_list); j++)
        {
          g_autoptr(PwServiceItem) service = g_list_model_get_item (service_list, j);
          Item s = { PW_OBJECT (service), PW_OBJECT (chapter), pw_service_item_get_name (service), NULL,
                     pw_service_item_get_number (service), j };

          g_array_append_val (services, s);
        }
      for (guint j = 0; j < g_list_model_get_n_items (box_list); j++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (box_list, j);
          GListModel *project_list = pw_box_get_projects (box);
          Item b = { PW_OBJECT (box), PW_OBJECT (chapter), pw_box_get_title (box), NULL,
                     pw_box_get_number (box), j };

          g_array_append_val (boxes, b);
          for (guint k = 0; k < g_list_model_get_n_items (project_list); k++)
            {
              g_autoptr(PwProject) project = g_list_model_get_item (project_list, k);
              Item p = { PW_OBJECT (project), PW_OBJECT (box), pw_project_get_name (project), NULL,
                         pw_project_get_number (project), k };

              g_array_append_val (projects, p);
            }
        }
    }
}

static void
collect_parts (PwPlan *plan,
               GArray *parts)
{
  GListModel *list = pw_plan_get_parts (plan);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PwPart) part = g_list_model_get_item (list, i);
      Item item = { PW_OBJECT (part), NULL, pw_part_get_title (part), NULL, pw_part_get_number (part), i };

      g_array_append_val (parts, item);
    }
}

static void
collect_indicators (PwPlan *plan,
                    GArray *indicators)
{
  GListModel *list = pw_plan_get_indicators (plan);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (list, i);
      Item item = { PW_OBJECT (indicator), NULL, pw_indicator_get_name (indicator),
                    pw_indicator_get_unit (indicator), 0, i };

      g_array_append_val (indicators, item);
    }
}

/* Every field of the object that readers see, as the model lists them
 * (pw_fields_list()): a field added to the model is compared too. */
static void
compare_fields (Comparison *c,
                Item       *item)
{
  guint n_fields = 0;
  g_autofree GParamSpec **fields = pw_fields_list (G_OBJECT_TYPE (item->object), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *old_text = pw_field_dup_text (G_OBJECT (item->object), fields[i]);
      g_autofree char *new_text = pw_field_dup_text (G_OBJECT (item->match), fields[i]);
      gboolean naming = !PW_IS_PLAN (item->object) &&
                        (g_str_equal (fields[i]->name, "name") || g_str_equal (fields[i]->name, "title"));

      PwChange *change = field_change (c, naming ? PW_CHANGE_RENAMED : PW_CHANGE_CHANGED, item,
                                       pw_field_get_label (fields[i]), old_text, new_text);

      if (change != NULL)
        change->property = g_intern_string (fields[i]->name);
    }
}

static void
compare_meta (Comparison *c)
{
  Item item = { PW_OBJECT (c->old_plan), NULL, NULL, NULL, 0, 0, PW_OBJECT (c->new_plan), FALSE };

  compare_fields (c, &item);
  compare_prose (c, &item, pw_plan_get_preface (c->old_plan), pw_plan_get_preface (c->new_plan));
}

static void
compare_headed (Comparison *c,
                GArray     *olds,
                const char *(*get_text) (gpointer))
{
  for (guint i = 0; i < olds->len; i++)
    {
      Item *item = &g_array_index (olds, Item, i);

      if (item->match == NULL)
        continue;
      compare_fields (c, item);
      if (get_text != NULL)
        compare_prose (c, item, get_text (item->object), get_text (item->match));
    }
}

static void
compare_matched (Comparison *c,
                 GArray     *olds)
{
  for (guint i = 0; i < olds->len; i++)
    {
      Item *item = &g_array_index (olds, Item, i);

      if (item->match != NULL)
        compare_fields (c, item);
    }
}

/* A field of one year of an indicator: the change knows the year. */
static void
year_change (Comparison *c,
             Item       *item,
             int         year,
             const char *property,
             const char *field,
             const char *old_text,
             const char *new_text)
{
  PwChange *change = field_change (c, PW_CHANGE_CHANGED, item, field, old_text, new_text);

  if (change != NULL)
    {
      change->year = year;
      change->property = property;
    }
}

static const char *
state_text (PwIndicator *indicator,
            int          year)
{
  PwQualState state = pw_indicator_get_state (indicator, year);

  return state != PW_QUAL_STATE_NONE ? pw_qual_state_to_label (state) : NULL;
}

/* The chapters of a plan by their ids, the first of each id as
 * pw_plan_find_chapter() finds: an indicator's chapter is looked up for each
 * of them, and a search of the list for each made the comparison of two
 * plans of 100,000 indicators take 20 s. */
static GHashTable *
index_chapters (GArray *chapters)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < chapters->len; i++)
    {
      PwObject *chapter = g_array_index (chapters, Item, i).object;
      const char *id = pw_object_get_id (chapter);

      if (id != NULL && !g_hash_table_contains (ids, id))
        g_hash_table_insert (ids, (gpointer) id, chapter);
    }
  return ids;
}

static PwChapter *
find_chapter (GHashTable *ids,
              const char *id)
{
  return id != NULL ? g_hash_table_lookup (ids, id) : NULL;
}

static void
compare_indicators (Comparison *c,
                    GArray     *olds)
{
  for (guint i = 0; i < olds->len; i++)
    {
      Item *item = &g_array_index (olds, Item, i);
      g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
      PwIndicator *a, *b;

      if (item->match == NULL)
        continue;
      a = PW_INDICATOR (item->object);
      b = PW_INDICATOR (item->match);
      compare_fields (c, item);

      /* every year that either has, in order */
      for (guint k = 0; k < pw_indicator_get_n_years (a); k++)
        {
          int year = pw_indicator_get_nth_year (a, k);
          g_array_append_val (years, year);
        }
      for (guint k = 0; k < pw_indicator_get_n_years (b); k++)
        {
          int year = pw_indicator_get_nth_year (b, k);
          gboolean seen = FALSE;

          for (guint l = 0; l < years->len && !seen; l++)
            seen = g_array_index (years, int, l) == year;
          if (!seen)
            g_array_append_val (years, year);
        }
      g_array_sort (years, compare_ints);
      for (guint k = 0; k < years->len; k++)
        {
          int year = g_array_index (years, int, k);
          g_autofree char *actual = g_strdup_printf (_("actual value %d"), year);
          g_autofree char *state = g_strdup_printf (_("state %d"), year);

          year_change (c, item, year, "actual", actual, value_text (pw_indicator_get_actual (a, year)),
                       value_text (pw_indicator_get_actual (b, year)));
          year_change (c, item, year, "state", state, state_text (a, year), state_text (b, year));
        }
      {
        PwChapter *x = find_chapter (c->chapter_ids[0], pw_indicator_get_chapter (a));
        PwChapter *y = find_chapter (c->chapter_ids[1], pw_indicator_get_chapter (b));
        g_autofree char *from = x != NULL ? pw_plan_describe_object (c->old_plan, PW_OBJECT (x)) : NULL;
        g_autofree char *to = y != NULL ? pw_plan_describe_object (c->new_plan, PW_OBJECT (y)) : NULL;

        /* a chapter renamed is not a move */
        if (x == NULL || y == NULL || g_hash_table_lookup (c->old_to_new, x) != (gpointer) y)
          field_change (c, PW_CHANGE_MOVED, item, _("chapter"), from, to);
      }
    }
}

static const char *
part_text (gpointer object)
{
  return pw_part_get_text (object);
}

static const char *
chapter_text (gpointer object)
{
  return pw_chapter_get_text (object);
}

static const char *
section_text (gpointer object)
{
  return pw_section_get_text (object);
}

/* Public API */

/**
 * pw_plan_compare:
 * @old_plan: a version of a plan
 * @new_plan: a later version
 *
 * Works out what changed from @old_plan to @new_plan: the plan's details and
 * preface; parts (篇), chapters, sections and 专栏 added, removed, renamed or moved, and
 * their prose by paragraph; projects and service items added, removed, moved
 * or changed field by field; indicators added, removed or changed field by
 * field, actual values and states year by year. The fields are those the
 * model marks as seen by readers (pw_fields_list()).
 *
 * Returns: (transfer full): a list of #PwChange, in that order, empty when
 *   the plans say the same
 */
GListModel *
pw_plan_compare (PwPlan *old_plan,
                 PwPlan *new_plan)
{
  GArray *lists[7][2];
  GArray **chapters = lists[0], **sections = lists[1], **boxes = lists[2];
  GArray **projects = lists[3], **indicators = lists[4], **parts = lists[5];
  GArray **services = lists[6];
  g_autoptr(GHashTable) old_to_new = g_hash_table_new (NULL, NULL);
  Comparison c = { old_plan, new_plan, g_list_store_new (PW_TYPE_CHANGE), old_to_new };

  g_return_val_if_fail (PW_IS_PLAN (old_plan), NULL);
  g_return_val_if_fail (PW_IS_PLAN (new_plan), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint j = 0; j < 2; j++)
      lists[i][j] = g_array_new (FALSE, TRUE, sizeof (Item));

  collect_chapters (old_plan, chapters[0], sections[0], boxes[0], projects[0], services[0]);
  collect_chapters (new_plan, chapters[1], sections[1], boxes[1], projects[1], services[1]);
  collect_parts (old_plan, parts[0]);
  collect_parts (new_plan, parts[1]);
  collect_indicators (old_plan, indicators[0]);
  collect_indicators (new_plan, indicators[1]);
  c.chapter_ids[0] = index_chapters (chapters[0]);
  c.chapter_ids[1] = index_chapters (chapters[1]);

  /* parents before their children, whose guesses look at the parents */
  match_items (&c, parts[0], parts[1], TRUE);
  match_items (&c, chapters[0], chapters[1], TRUE);
  match_items (&c, sections[0], sections[1], TRUE);
  match_items (&c, boxes[0], boxes[1], TRUE);
  match_items (&c, projects[0], projects[1], TRUE);
  match_items (&c, services[0], services[1], TRUE);
  match_items (&c, indicators[0], indicators[1], FALSE);

  compare_meta (&c);

  report_presence (&c, parts[0], parts[1]);
  compare_headed (&c, parts[0], part_text);
  report_moves (&c, old_plan, parts[0], parts[1]);

  report_presence (&c, chapters[0], chapters[1]);
  compare_headed (&c, chapters[0], chapter_text);
  report_moves (&c, old_plan, chapters[0], chapters[1]);

  report_presence (&c, sections[0], sections[1]);
  compare_headed (&c, sections[0], section_text);
  report_moves (&c, old_plan, sections[0], sections[1]);

  report_presence (&c, boxes[0], boxes[1]);
  compare_headed (&c, boxes[0], NULL);
  report_moves (&c, old_plan, boxes[0], boxes[1]);

  report_presence (&c, projects[0], projects[1]);
  compare_matched (&c, projects[0]);
  report_moves (&c, old_plan, projects[0], projects[1]);

  report_presence (&c, services[0], services[1]);
  compare_matched (&c, services[0]);
  report_moves (&c, old_plan, services[0], services[1]);

  report_presence (&c, indicators[0], indicators[1]);
  compare_indicators (&c, indicators[0]);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint j = 0; j < 2; j++)
      g_array_unref (lists[i][j]);
  g_hash_table_unref (c.chapter_ids[0]);
  g_hash_table_unref (c.chapter_ids[1]);

  return G_LIST_MODEL (c.changes);
}

/**
 * pw_plan_count_comment_changes:
 * @old_plan: a version of a plan
 * @new_plan: a later version, e.g. a reviewer's copy
 *
 * Comments are not a change of the plan (pw_plan_compare() leaves them
 * out); this says whether a later version differs by its comments alone.
 *
 * Returns: how many comments were added, removed, or changed (their text,
 *   object or state), matched by their ids
 */
guint
pw_plan_count_comment_changes (PwPlan *old_plan,
                               PwPlan *new_plan)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *olds, *news;
  guint n_changed = 0, n_matched = 0, n_old;

  g_return_val_if_fail (PW_IS_PLAN (old_plan), 0);
  g_return_val_if_fail (PW_IS_PLAN (new_plan), 0);

  olds = pw_plan_get_comments (old_plan);
  news = pw_plan_get_comments (new_plan);
  n_old = g_list_model_get_n_items (olds);
  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (olds, i);
      const char *id = pw_object_get_id (PW_OBJECT (comment));

      /* the plan keeps its comments: borrowed */
      if (id != NULL)
        g_hash_table_insert (by_id, (gpointer) id, comment);
    }
  for (guint i = 0; i < g_list_model_get_n_items (news); i++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (news, i);
      const char *id = pw_object_get_id (PW_OBJECT (comment));
      PwComment *old = id != NULL ? g_hash_table_lookup (by_id, id) : NULL;

      if (old == NULL)
        {
          n_changed++;
          continue;
        }
      n_matched++;
      if (g_strcmp0 (pw_comment_get_text (old), pw_comment_get_text (comment)) != 0 ||
          g_strcmp0 (pw_comment_get_target (old), pw_comment_get_target (comment)) != 0 ||
          pw_comment_get_year (old) != pw_comment_get_year (comment) ||
          pw_comment_get_paragraph (old) != pw_comment_get_paragraph (comment) ||
          !pw_comment_get_resolved (old) != !pw_comment_get_resolved (comment))
        n_changed++;
    }
  return n_changed + (n_old - n_matched);
}
