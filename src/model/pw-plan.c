/* pw-plan.c: a plan (规划): its metadata, parts, chapters, indicators and comments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan owns the undo history that every object in it records into, and
 * clears it when disposed, which breaks the cycle between the two.
 *
 * Parts (篇) are optional. The list of chapters stays flat, in document
 * order, so that whatever walks the chapters needs no change; each chapter
 * names its part, and the plan derives every part's list of chapters from
 * the flat list whenever that list or a chapter's part changes.
 */

#define G_LOG_DOMAIN "pw-plan"

#include "config.h"

#include "pw-plan.h"

#include <glib/gi18n-lib.h>

#include "pw-enums.h"
#include "pw-field.h"
#include "pw-part-private.h"
#include "pw-plan-edit-private.h"

#include <string.h>

struct _PwPlan
{
  PwObject parent_instance;

  char *title;
  char *region;
  char *issuer;
  char *doc_number;
  char *issued;
  int start_year;
  int end_year;
  int baseline_year;
  PwHeadingStyle heading_style;
  PwNumbering numbering;
  char *preface;
  gboolean sample;
  PwFindings *findings;

  PwHistory *history;
  PwThresholds *thresholds;
  GListStore *parts;
  GListStore *chapters;
  GListStore *indicators;
  GListStore *comments;
  guint64 last_id;

  /* The parts whose lists of chapters this plan has filled */
  GPtrArray *synced_parts;
  gboolean disposed;

  /* The edit in progress (pw-plan-edit-numbering.c) */
  PwEditState edit_state;

  /* Owned: id → indicator (borrowed), built when first asked for and
   * dropped whenever the list changes or a lookup finds it stale. */
  GHashTable *indicator_index;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_REGION,
  PROP_ISSUER,
  PROP_DOC_NUMBER,
  PROP_ISSUED,
  PROP_START_YEAR,
  PROP_END_YEAR,
  PROP_BASELINE_YEAR,
  PROP_HEADING_STYLE,
  PROP_NUMBERING,
  PROP_PREFACE,
  PROP_SAMPLE,
  PROP_FINDINGS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwPlan, pw_plan, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static void
assign_id (PwPlan     *self,
           gpointer    object,
           const char *prefix)
{
  const char *given = pw_object_get_id (object);

  if (given == NULL || *given == '\0')
    {
      g_autofree char *id = pw_plan_make_id (self, prefix);
      pw_object_set_id (object, id);
    }
}

/* With @prefix, gives an id to every object of @list that has none; without,
 * reserves the ids the objects have. Returns whether an object of @list has
 * no id. */
static gboolean
assign_list_ids (PwPlan     *self,
                 GListModel *list,
                 const char *prefix)
{
  guint n_items = g_list_model_get_n_items (list);
  gboolean missing = FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwObject) object = g_list_model_get_item (list, i);
      const char *id = pw_object_get_id (object);

      if (prefix != NULL)
        assign_id (self, object, prefix);
      else if (id != NULL && *id != '\0')
        pw_plan_reserve_id (self, id);
      else
        missing = TRUE;
    }
  return missing;
}

/* Calls assign_list_ids() on every list of the plan: with the prefixes, or
 * with none to reserve the ids already given. Returns whether an object has
 * no id. */
static gboolean
assign_all_ids (PwPlan   *self,
                gboolean  reserve)
{
  GListModel *chapters = G_LIST_MODEL (self->chapters);
  guint n_chapters = g_list_model_get_n_items (chapters);
  gboolean missing = FALSE;

  missing |= assign_list_ids (self, G_LIST_MODEL (self->parts), reserve ? NULL : "part");
  missing |= assign_list_ids (self, chapters, reserve ? NULL : "ch");
  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);
      guint n_boxes = g_list_model_get_n_items (boxes);

      missing |= assign_list_ids (self, pw_chapter_get_sections (chapter), reserve ? NULL : "sec");
      missing |= assign_list_ids (self, boxes, reserve ? NULL : "col");
      missing |= assign_list_ids (self, pw_chapter_get_service_items (chapter), reserve ? NULL : "svc");
      for (guint j = 0; j < n_boxes; j++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);
          missing |= assign_list_ids (self, pw_box_get_projects (box), reserve ? NULL : "prj");
        }
    }
  missing |= assign_list_ids (self, G_LIST_MODEL (self->indicators), reserve ? NULL : "ind");
  missing |= assign_list_ids (self, G_LIST_MODEL (self->comments), reserve ? NULL : "cmt");
  return missing;
}

/* The item at @position of @list, which holds a reference to it. */
static gpointer
peek_item (GListModel *list,
           guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, position);

  return item;
}

/* Makes the chapters of @part those of @want, with one splice of what
 * differs between the common beginning and end, so that a view of the part
 * sees exactly what changed. */
static void
sync_part (PwPart    *part,
           GPtrArray *want)
{
  GListStore *store = pw_part_get_chapter_store (part);
  GListModel *have = G_LIST_MODEL (store);
  guint n_have = g_list_model_get_n_items (have);
  guint n_want = want != NULL ? want->len : 0;
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n_have && prefix < n_want &&
         peek_item (have, prefix) == g_ptr_array_index (want, prefix))
    prefix++;
  while (suffix < n_have - prefix && suffix < n_want - prefix &&
         peek_item (have, n_have - 1 - suffix) == g_ptr_array_index (want, n_want - 1 - suffix))
    suffix++;

  if (prefix + suffix == n_have && prefix + suffix == n_want)
    return;

  g_list_store_splice (store, prefix, n_have - prefix - suffix,
                       n_want > 0 ? &g_ptr_array_index (want, prefix) : NULL,
                       n_want - prefix - suffix);
}

/* Brings the list of chapters of every part up to date with the flat list,
 * and empties those of the parts that have left the plan. */
static void
sync_parts (PwPlan *self)
{
  GListModel *parts = G_LIST_MODEL (self->parts);
  GListModel *chapters = G_LIST_MODEL (self->chapters);
  guint n_parts = g_list_model_get_n_items (parts);
  guint n_chapters;
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GPtrArray) synced = NULL;

  if (self->disposed || (n_parts == 0 && self->synced_parts->len == 0))
    return;

  wanted = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  synced = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_parts; i++)
    {
      PwPart *part = peek_item (parts, i);

      g_hash_table_insert (wanted, part, g_ptr_array_new ());
      g_ptr_array_add (synced, g_object_ref (part));
    }

  n_chapters = g_list_model_get_n_items (chapters);
  for (guint i = 0; i < n_chapters; i++)
    {
      PwChapter *chapter = peek_item (chapters, i);
      PwPart *part = pw_chapter_get_part (chapter);
      GPtrArray *want = part != NULL ? g_hash_table_lookup (wanted, part) : NULL;

      if (want != NULL)
        g_ptr_array_add (want, chapter);
    }

  for (guint i = 0; i < self->synced_parts->len; i++)
    {
      PwPart *part = g_ptr_array_index (self->synced_parts, i);

      if (!g_hash_table_contains (wanted, part))
        sync_part (part, NULL);
    }
  for (guint i = 0; i < n_parts; i++)
    {
      PwPart *part = peek_item (parts, i);

      sync_part (part, g_hash_table_lookup (wanted, part));
    }

  g_ptr_array_unref (self->synced_parts);
  self->synced_parts = g_steal_pointer (&synced);
}

/* The number that ends an id (ind-9001), digits only and at most
 * G_MAXUINT64 / 2, as g_ascii_string_to_unsigned() reads it without its
 * 300 instructions a call (a reader reserves every id of a file). */
static gboolean
parse_id_number (const char *text,
                 guint64    *number)
{
  guint64 n = 0;

  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    {
      guint digit = (guchar) *text - '0';

      if (digit > 9 || n > (G_MAXUINT64 / 2 - digit) / 10)
        return FALSE;
      n = 10 * n + digit;
    }
  *number = n;
  return TRUE;
}

/* Callbacks */

static void
on_chapter_part_changed (PwPlan *self)
{
  sync_parts (self);
}

static void
on_chapters_changed (PwPlan     *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *chapters)
{
  /* A chapter removed keeps its handler: it calls a harmless sync if the
   * chapter changes part while out of the plan (in the undo history). */
  for (guint i = position; i < position + added; i++)
    {
      PwChapter *chapter = peek_item (chapters, i);

      if (g_signal_handler_find (chapter, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA,
                                 0, 0, NULL, on_chapter_part_changed, self) == 0)
        g_signal_connect_object (chapter, "notify::part",
                                 G_CALLBACK (on_chapter_part_changed), self,
                                 G_CONNECT_SWAPPED);
    }

  sync_parts (self);
}

static void
on_parts_changed (PwPlan *self)
{
  sync_parts (self);
}

static void
forget_indicator_index (PwPlan *self)
{
  g_clear_pointer (&self->indicator_index, g_hash_table_unref);
}

static void
build_indicator_index (PwPlan *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));

  /* The keys are copies: an id that changes frees the object's own string. */
  self->indicator_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (self->indicators), i);
      const char *id = pw_object_get_id (PW_OBJECT (indicator));

      /* The first of two with one id wins, as a walk of the list finds it. */
      if (id != NULL && !g_hash_table_contains (self->indicator_index, id))
        g_hash_table_insert (self->indicator_index, g_strdup (id), indicator);
    }
}

/* GObject overrides */

static void
pw_plan_dispose (GObject *object)
{
  PwPlan *self = (PwPlan *) object;

  /* Changes hold references to the plan's objects, which hold the history:
   * forget them. An object that outlives the plan (a window still showing
   * it) must not record into a history nobody can undo, where the change
   * would hold it in a cycle again: detach the objects and stop recording. */
  if (self->history != NULL)
    {
      pw_history_clear (self->history);
      if (pw_object_get_history (PW_OBJECT (self)) != NULL)
        {
          pw_history_block (self->history);
          pw_object_attach_list (G_LIST_MODEL (self->parts), NULL);
          pw_object_attach_list (G_LIST_MODEL (self->chapters), NULL);
          pw_object_attach_list (G_LIST_MODEL (self->indicators), NULL);
          pw_object_attach_list (G_LIST_MODEL (self->comments), NULL);
          pw_object_attach (PW_OBJECT (self->thresholds), NULL);
          pw_object_attach (PW_OBJECT (self), NULL);
        }
    }

  /* A part's chapters name the part: empty its list, which would hold them
   * in a cycle. */
  if (!self->disposed)
    {
      self->disposed = TRUE;
      g_signal_handlers_disconnect_by_data (self->parts, self);
      g_signal_handlers_disconnect_by_data (self->chapters, self);
      for (guint i = 0; i < self->synced_parts->len; i++)
        sync_part (g_ptr_array_index (self->synced_parts, i), NULL);
      g_ptr_array_set_size (self->synced_parts, 0);
    }

  G_OBJECT_CLASS (pw_plan_parent_class)->dispose (object);
}


static void
pw_plan_finalize (GObject *object)
{
  PwPlan *self = (PwPlan *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->issuer, g_free);
  g_clear_pointer (&self->doc_number, g_free);
  g_clear_pointer (&self->issued, g_free);
  g_clear_pointer (&self->preface, g_free);
  g_clear_object (&self->thresholds);
  g_clear_object (&self->findings);
  g_clear_object (&self->parts);
  g_clear_object (&self->chapters);
  g_clear_pointer (&self->synced_parts, g_ptr_array_unref);
  g_clear_object (&self->indicators);
  g_clear_object (&self->comments);
  g_clear_object (&self->history);
  g_clear_pointer (&self->indicator_index, g_hash_table_unref);


  G_OBJECT_CLASS (pw_plan_parent_class)->finalize (object);
}

static void
pw_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PwPlan *self = PW_PLAN (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_ISSUER:
      g_value_set_string (value, self->issuer);
      break;
    case PROP_DOC_NUMBER:
      g_value_set_string (value, self->doc_number);
      break;
    case PROP_ISSUED:
      g_value_set_string (value, self->issued);
      break;
    case PROP_START_YEAR:
      g_value_set_int (value, self->start_year);
      break;
    case PROP_END_YEAR:
      g_value_set_int (value, self->end_year);
      break;
    case PROP_BASELINE_YEAR:
      g_value_set_int (value, self->baseline_year);
      break;
    case PROP_HEADING_STYLE:
      g_value_set_enum (value, self->heading_style);
      break;
    case PROP_NUMBERING:
      g_value_set_enum (value, self->numbering);
      break;
    case PROP_PREFACE:
      g_value_set_string (value, self->preface);
      break;
    case PROP_SAMPLE:
      g_value_set_boolean (value, self->sample);
      break;
    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PwPlan *self = PW_PLAN (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pw_plan_set_title (self, g_value_get_string (value));
      break;
    case PROP_REGION:
      pw_plan_set_region (self, g_value_get_string (value));
      break;
    case PROP_ISSUER:
      pw_plan_set_issuer (self, g_value_get_string (value));
      break;
    case PROP_DOC_NUMBER:
      pw_plan_set_doc_number (self, g_value_get_string (value));
      break;
    case PROP_ISSUED:
      pw_plan_set_issued (self, g_value_get_string (value));
      break;
    case PROP_START_YEAR:
      pw_plan_set_start_year (self, g_value_get_int (value));
      break;
    case PROP_END_YEAR:
      pw_plan_set_end_year (self, g_value_get_int (value));
      break;
    case PROP_BASELINE_YEAR:
      pw_plan_set_baseline_year (self, g_value_get_int (value));
      break;
    case PROP_HEADING_STYLE:
      pw_plan_set_heading_style (self, g_value_get_enum (value));
      break;
    case PROP_NUMBERING:
      pw_plan_set_numbering (self, g_value_get_enum (value));
      break;
    case PROP_PREFACE:
      pw_plan_set_preface (self, g_value_get_string (value));
      break;
    case PROP_SAMPLE:
      pw_plan_set_sample (self, g_value_get_boolean (value));
      break;
    case PROP_FINDINGS:
      pw_plan_set_findings (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_plan_class_init (PwPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pw_plan_dispose;
  object_class->finalize = pw_plan_finalize;
  object_class->get_property = pw_plan_get_property;
  object_class->set_property = pw_plan_set_property;

  properties[PROP_TITLE] = pw_param_title ();
  properties[PROP_REGION] =
    pw_field_mark (g_param_spec_string ("region", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("region"));
  properties[PROP_ISSUER] =
    pw_field_mark (g_param_spec_string ("issuer", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("issuer"));
  properties[PROP_DOC_NUMBER] =
    pw_field_mark (g_param_spec_string ("doc-number", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("document number"));
  properties[PROP_ISSUED] =
    pw_field_mark (g_param_spec_string ("issued", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("issue date"));
  properties[PROP_START_YEAR] =
    pw_field_mark (g_param_spec_int ("start-year", NULL, NULL, 0, G_MAXINT, 2021,
                                     PW_PARAM_FLAGS),
                   N_("start year"));
  properties[PROP_END_YEAR] =
    pw_field_mark (g_param_spec_int ("end-year", NULL, NULL, 0, G_MAXINT, 2025,
                                     PW_PARAM_FLAGS),
                   N_("end year"));
  properties[PROP_BASELINE_YEAR] =
    pw_field_mark (g_param_spec_int ("baseline-year", NULL, NULL, 0, G_MAXINT, 2020,
                                     PW_PARAM_FLAGS),
                   N_("baseline year"));
  properties[PROP_HEADING_STYLE] =
    g_param_spec_enum ("heading-style", NULL, NULL, PW_TYPE_HEADING_STYLE, PW_HEADING_CHAPTER,
                       PW_PARAM_FLAGS);
  properties[PROP_NUMBERING] =
    g_param_spec_enum ("numbering", NULL, NULL, PW_TYPE_NUMBERING, PW_NUMBERING_RENUMBER,
                       PW_PARAM_FLAGS);
  properties[PROP_PREFACE] =
    g_param_spec_string ("preface", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);
  properties[PROP_SAMPLE] =
    g_param_spec_boolean ("sample", NULL, NULL, FALSE,
                          PW_PARAM_FLAGS);
  properties[PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, NULL, PW_TYPE_FINDINGS,
                         PW_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_plan_init (PwPlan *self)
{
  self->start_year = 2021;
  self->end_year = 2025;
  self->baseline_year = 2020;

  self->history = pw_history_new (G_OBJECT (self));
  pw_object_attach (PW_OBJECT (self), self->history);
  self->thresholds = pw_thresholds_new ();
  pw_object_attach (PW_OBJECT (self->thresholds), self->history);
  self->parts = g_list_store_new (PW_TYPE_PART);
  self->chapters = g_list_store_new (PW_TYPE_CHAPTER);
  self->indicators = g_list_store_new (PW_TYPE_INDICATOR);
  g_signal_connect_object (self->indicators, "items-changed",
                           G_CALLBACK (forget_indicator_index), self, G_CONNECT_SWAPPED);
  self->comments = g_list_store_new (PW_TYPE_COMMENT);
  self->synced_parts = g_ptr_array_new_with_free_func (g_object_unref);

  /* After the views' own handlers: a view of the plan (the outline's tree
   * over the parts, their chapters and the chapters in no part) has taken
   * the change in before the parts' lists change in turn. Synced first,
   * a part's chapters were taken out while the tree still counted the part
   * that had left: it bound rows to items no longer there (Alt+Up on a
   * part) */
  g_signal_connect_object (self->parts, "items-changed",
                           G_CALLBACK (on_parts_changed), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->chapters, "items-changed",
                           G_CALLBACK (on_chapters_changed), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

}

/* Public API */

PwPlan *
pw_plan_new (void)
{
  return g_object_new (PW_TYPE_PLAN, NULL);
}

/**
 * pw_plan_get_title:
 * @self: a plan
 *
 * Returns: (nullable): the title
 */
PW_DEFINE_STRING_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, title, PROP_TITLE)

/**
 * pw_plan_get_region:
 * @self: a plan
 *
 * Returns: (nullable): the city or province, e.g. 驻马店市
 */
PW_DEFINE_STRING_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, region, PROP_REGION)

/**
 * pw_plan_get_issuer:
 * @self: a plan
 *
 * Returns: (nullable): who issued the plan, e.g. 驻马店市人民政府
 */
PW_DEFINE_STRING_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, issuer, PROP_ISSUER)

/**
 * pw_plan_get_doc_number:
 * @self: a plan
 *
 * Returns: (nullable): the document number (文号), e.g. 驻政〔2022〕39号
 */
PW_DEFINE_STRING_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, doc_number, PROP_DOC_NUMBER)

/**
 * pw_plan_get_issued:
 * @self: a plan
 *
 * Returns: (nullable): the date of issue (成文日期) as YYYY-MM-DD
 */
PW_DEFINE_STRING_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, issued, PROP_ISSUED)

/**
 * pw_plan_get_start_year:
 * @self: a plan
 *
 * Returns: the first year of the period
 */
PW_DEFINE_INT_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, start_year, PROP_START_YEAR)

/**
 * pw_plan_get_end_year:
 * @self: a plan
 *
 * Returns: the last year of the period, the year of the targets
 */
PW_DEFINE_INT_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, end_year, PROP_END_YEAR)

/**
 * pw_plan_get_baseline_year:
 * @self: a plan
 *
 * Returns: the year of the baseline values
 */
PW_DEFINE_INT_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, baseline_year, PROP_BASELINE_YEAR)

PW_DEFINE_ENUM_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, PwHeadingStyle, heading_style, PROP_HEADING_STYLE, 0)

/**
 * pw_plan_get_numbering:
 * @self: a plan
 *
 * Returns: whether an edit of the outline numbers it again, or keeps the
 *   numbers as printed
 */
PW_DEFINE_ENUM_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, PwNumbering, numbering, PROP_NUMBERING, PW_NUMBERING_RENUMBER)

/**
 * pw_plan_get_preface:
 * @self: a plan
 *
 * Returns: (nullable): the preface (前言), one paragraph per line
 */
PW_DEFINE_STRING_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, preface, PROP_PREFACE)

/**
 * pw_plan_get_sample:
 * @self: a plan
 *
 * Returns: whether the plan holds illustrative sample data
 */
PW_DEFINE_BOOLEAN_PROPERTY (pw_plan, PwPlan, PW_IS_PLAN, sample, PROP_SAMPLE)

/**
 * pw_plan_get_findings:
 * @self: a plan
 *
 * The findings of the import the plan came from (every guess and doubt,
 * with its line in the document), kept with the plan and saved in its file
 * until the user clears them.
 *
 * Returns: (transfer none) (nullable): the findings, or %NULL
 */
PwFindings *
pw_plan_get_findings (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  return self->findings;
}

/**
 * pw_plan_set_findings:
 * @self: a plan
 * @findings: (nullable): the findings of its import, or %NULL to clear them
 *
 * An edit like any other: clearing the findings can be undone. The
 * findings themselves are not edited once given.
 */
void
pw_plan_set_findings (PwPlan     *self,
                      PwFindings *findings)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (findings == NULL || PW_IS_FINDINGS (findings));

  pw_object_set_object (PW_OBJECT (self), (gpointer *) &self->findings, findings,
                        properties[PROP_FINDINGS]);
}

/**
 * pw_plan_get_history:
 * @self: a plan
 *
 * Returns: (transfer none): the undo history of every change to the plan
 */
PwHistory *
pw_plan_get_history (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  return self->history;
}

/**
 * pw_plan_get_thresholds:
 * @self: a plan
 *
 * Returns: (transfer none): the settings of the progress method
 */
PwThresholds *
pw_plan_get_thresholds (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  return self->thresholds;
}

/**
 * pw_plan_make_id:
 * @self: a plan
 * @prefix: what the id is for, e.g. "ind"
 *
 * Returns: (transfer full): an id not used in @self, e.g. "ind-12"
 */
char *
pw_plan_make_id (PwPlan     *self,
                 const char *prefix)
{
  char digits[24];
  guint n_digits = 0;
  guint64 number;
  gsize length;
  char *id;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  /* "%s-%" G_GUINT64_FORMAT, written out: an importer asks for one id an
   * object, and printf() was most of the cost of giving it */
  number = ++self->last_id;
  do
    digits[n_digits++] = '0' + number % 10;
  while ((number /= 10) > 0);
  length = strlen (prefix);
  id = g_malloc (length + 1 + n_digits + 1);
  memcpy (id, prefix, length);
  id[length++] = '-';
  while (n_digits > 0)
    id[length++] = digits[--n_digits];
  id[length] = '\0';
  return id;
}

/**
 * pw_plan_reserve_id:
 * @self: a plan
 * @id: an id that an object of @self has, e.g. read from a file
 *
 * Makes sure that pw_plan_make_id() never returns @id.
 */
void
pw_plan_reserve_id (PwPlan     *self,
                    const char *id)
{
  const char *dash;
  guint64 number;

  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (id != NULL);

  dash = strrchr (id, '-');
  if (dash != NULL && parse_id_number (dash + 1, &number))
    self->last_id = MAX (self->last_id, number);
}

/**
 * pw_plan_assign_ids:
 * @self: a plan
 *
 * Gives an id to every object of the plan that has none, different from
 * every id the plan's objects already have; ids already given are kept.
 */
void
pw_plan_assign_ids (PwPlan *self)
{
  g_return_if_fail (PW_IS_PLAN (self));

  pw_history_block (self->history);

  /* The ids already given (by hand, or by an importer that did not reserve
   * them) first, so that no new id repeats one; a plan read from a file
   * (saved again) has an id on every object, and a second pass for none. */
  if (assign_all_ids (self, TRUE))
    assign_all_ids (self, FALSE);

  pw_history_unblock (self->history);
}

/**
 * pw_plan_find_chapter:
 * @self: a plan
 * @id: (nullable): the id of a chapter
 *
 * Returns: (transfer none) (nullable): the chapter with @id
 */
PwChapter *
pw_plan_find_chapter (PwPlan     *self,
                      const char *id)
{
  guint n_items;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  if (id == NULL)
    return NULL;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->chapters));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (G_LIST_MODEL (self->chapters), i);

      if (g_strcmp0 (pw_object_get_id (PW_OBJECT (chapter)), id) == 0)
        return chapter;
    }

  return NULL;
}

/**
 * pw_plan_find_indicator:
 * @self: a plan
 * @id: (nullable): the id of an indicator
 *
 * Finds an indicator by its id in constant time: the plan keeps an index
 * that it builds on the first call and drops when the list changes.
 *
 * Returns: (transfer none) (nullable): the indicator with @id
 */
PwIndicator *
pw_plan_find_indicator (PwPlan     *self,
                        const char *id)
{
  PwIndicator *indicator;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  if (id == NULL)
    return NULL;

  if (self->indicator_index == NULL)
    build_indicator_index (self);
  indicator = g_hash_table_lookup (self->indicator_index, id);

  /* An id given since the index was built leaves it stale: build it again. */
  if (indicator == NULL || g_strcmp0 (pw_object_get_id (PW_OBJECT (indicator)), id) != 0)
    {
      forget_indicator_index (self);
      build_indicator_index (self);
      indicator = g_hash_table_lookup (self->indicator_index, id);
    }
  return indicator;
}

/**
 * pw_plan_find_chapter_of:
 * @self: a plan
 * @part: a section, 专栏 or service item of one of the plan's chapters
 *
 * Returns: (transfer none) (nullable): the chapter that holds @part
 */
PwChapter *
pw_plan_find_chapter_of (PwPlan   *self,
                         gpointer  part)
{
  GListModel *chapters;
  guint n_items;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (part), NULL);

  chapters = G_LIST_MODEL (self->chapters);
  n_items = g_list_model_get_n_items (chapters);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);

      if (pw_list_find (pw_chapter_get_sections (chapter), part, NULL) ||
          pw_list_find (pw_chapter_get_boxes (chapter), part, NULL) ||
          pw_list_find (pw_chapter_get_service_items (chapter), part, NULL))
        return chapter;
    }

  return NULL;
}

/**
 * pw_plan_get_data_year:
 * @self: a plan
 *
 * Returns: the latest year of the period for which any indicator has an
 *   actual value or a state, or the baseline year when none has
 */
int
pw_plan_get_data_year (PwPlan *self)
{
  guint n_items;
  int latest;

  g_return_val_if_fail (PW_IS_PLAN (self), 0);

  latest = self->baseline_year;
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (self->indicators), i);
      guint n_years = pw_indicator_get_n_years (indicator);

      for (guint j = n_years; j > 0; j--)
        {
          int year = pw_indicator_get_nth_year (indicator, j - 1);

          /* a placeholder (——) entered for a year is not data */
          if (year <= self->end_year &&
              (!pw_value_is_blank (pw_indicator_get_actual (indicator, year)) ||
               pw_indicator_get_state (indicator, year) != PW_QUAL_STATE_NONE))
            {
              latest = MAX (latest, year);
              break;
            }
        }
    }

  return latest;
}

/**
 * pw_plan_get_chapters:
 * @self: a plan
 *
 * Returns: (transfer none): the chapters, a #GListModel of #PwChapter
 */
GListModel *
pw_plan_get_chapters (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->chapters);
}

/* pw_plan_insert_chapter(), _remove_chapter() and _move_chapter() */
PW_DEFINE_CHILD_LIST (pw_plan, PwPlan, PW_IS_PLAN, chapter, PwChapter, PW_IS_CHAPTER, chapters)
/* pw_plan_insert_chapters() */
PW_DEFINE_CHILD_SPLICE (pw_plan, PwPlan, PW_IS_PLAN, PwChapter, PW_IS_CHAPTER, chapters)

/**
 * pw_plan_find_part:
 * @self: a plan
 * @id: (nullable): the id of a part
 *
 * Returns: (transfer none) (nullable): the part with @id
 */
PwPart *
pw_plan_find_part (PwPlan     *self,
                   const char *id)
{
  guint n_items;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  if (id == NULL)
    return NULL;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->parts));
  for (guint i = 0; i < n_items; i++)
    {
      PwPart *part = peek_item (G_LIST_MODEL (self->parts), i);

      if (g_strcmp0 (pw_object_get_id (PW_OBJECT (part)), id) == 0)
        return part;
    }

  return NULL;
}

/**
 * pw_plan_get_parts:
 * @self: a plan
 *
 * Returns: (transfer none): the parts (篇), a #GListModel of #PwPart, empty
 *   when the plan has none
 */
GListModel *
pw_plan_get_parts (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->parts);
}

/**
 * pw_plan_insert_part:
 * @self: a plan
 * @position: where to insert
 * @part: a part that is not yet in @self
 *
 * Chapters join @part with pw_chapter_set_part().
 */
void
pw_plan_insert_part (PwPlan *self,
                     guint   position,
                     PwPart *part)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (PW_IS_PART (part));
  g_return_if_fail (!pw_list_find (G_LIST_MODEL (self->parts), part, NULL));

  pw_object_list_insert (PW_OBJECT (self), self->parts, position, part);
}

/**
 * pw_plan_remove_part:
 * @self: a plan
 * @position: the part to remove
 *
 * Removes a part; its chapters stay in the plan, in no part. One step to
 * undo.
 */
void
pw_plan_remove_part (PwPlan *self,
                     guint   position)
{
  PwPart *part;
  guint n_chapters;

  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->parts)));

  part = peek_item (G_LIST_MODEL (self->parts), position);
  pw_history_begin (self->history, NULL);
  n_chapters = g_list_model_get_n_items (G_LIST_MODEL (self->chapters));
  for (guint i = 0; i < n_chapters; i++)
    {
      PwChapter *chapter = peek_item (G_LIST_MODEL (self->chapters), i);

      if (pw_chapter_get_part (chapter) == part)
        pw_chapter_set_part (chapter, NULL);
    }
  pw_object_list_remove (PW_OBJECT (self), self->parts, position);
  pw_history_end (self->history);
}

void
pw_plan_move_part (PwPlan *self,
                   guint   from,
                   guint   to)
{
  g_return_if_fail (PW_IS_PLAN (self));

  pw_object_list_move (PW_OBJECT (self), self->parts, from, to);
}

/**
 * pw_plan_get_indicators:
 * @self: a plan
 *
 * Returns: (transfer none): the indicators, a #GListModel of #PwIndicator
 */
GListModel *
pw_plan_get_indicators (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->indicators);
}

/* pw_plan_insert_indicator(), _remove_indicator() and _move_indicator() */
PW_DEFINE_CHILD_LIST (pw_plan, PwPlan, PW_IS_PLAN, indicator, PwIndicator, PW_IS_INDICATOR, indicators)

/* pw_plan_insert_indicators(): many with one items-changed, as a file is read */
PW_DEFINE_CHILD_SPLICE (pw_plan, PwPlan, PW_IS_PLAN, PwIndicator, PW_IS_INDICATOR, indicators)

/**
 * pw_plan_get_comments:
 * @self: a plan
 *
 * Returns: (transfer none): the comments, a #GListModel of #PwComment
 */
GListModel *
pw_plan_get_comments (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->comments);
}

/* pw_plan_insert_comment(), _remove_comment() and _move_comment() */
PW_DEFINE_CHILD_LIST (pw_plan, PwPlan, PW_IS_PLAN, comment, PwComment, PW_IS_COMMENT, comments)


/* Private API (pw-plan-edit-private.h) */

/* What the edit in progress remembers of the plan before it. */
PwEditState *
pw_plan_get_edit_state (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);

  return &self->edit_state;
}
