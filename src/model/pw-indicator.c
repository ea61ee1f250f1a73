/* pw-indicator.c: an indicator (指标) with its baseline, target and yearly actual values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An indicator holds one actual value per monitored year and, for a
 * qualitative target, one state per year set by hand. Years are kept in a
 * small sorted array, inside the object for a five-year plan's five years (a
 * large plan has 100,000 indicators: one allocation and one cold line of
 * memory fewer each), in a block of its own beyond.
 */

#define G_LOG_DOMAIN "pw-indicator"

#include "config.h"

#include "pw-indicator.h"

#include <glib/gi18n-lib.h>

#include "pw-enums.h"
#include "pw-field.h"

#include <string.h>

typedef struct
{
  int year;
  PwQualState state;
  PwValue *actual;
} YearEntry;

/* The years held inside the object: a five-year plan's. */
#define INLINE_YEARS 5

struct _PwIndicator
{
  PwObject parent_instance;

  const char *category;
  const char *domain;
  char *name;
  const char *unit;
  PwValue *baseline;
  PwValue *target;
  PwNature nature;
  char **responsible;
  PwIndicatorKind kind;
  const char *chapter;
  char *note;
  PwOrigin origin;
  int source_line;

  YearEntry *years; /* sorted by year: inline_years, or a block when more */
  guint16 n_years;
  guint16 n_allocated;
  YearEntry inline_years[INLINE_YEARS];
};

enum {
  PROP_0,
  PROP_CATEGORY,
  PROP_DOMAIN,
  PROP_NAME,
  PROP_UNIT,
  PROP_BASELINE,
  PROP_TARGET,
  PROP_NATURE,
  PROP_RESPONSIBLE,
  PROP_KIND,
  PROP_CHAPTER,
  PROP_NOTE,
  PROP_ORIGIN,
  PROP_SOURCE_LINE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwIndicator, pw_indicator, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

enum {
  YEAR_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

/* Room for one more year in self->years. */
static void
grow_years (PwIndicator *self)
{
  guint n_allocated = MIN (2 * self->n_allocated, G_MAXUINT16);

  if (self->years == self->inline_years)
    {
      /* the years held only: the inline array has INLINE_YEARS */
      self->years = g_new (YearEntry, n_allocated);
      memcpy (self->years, self->inline_years, self->n_years * sizeof (YearEntry));
    }
  else
    self->years = g_renew (YearEntry, self->years, n_allocated);
  self->n_allocated = n_allocated;
}

/* A new entry for @year, which has none, in its place. */
static YearEntry *
insert_year (PwIndicator *self,
             int          year)
{
  YearEntry *entry;
  guint i;

  if (self->n_years == self->n_allocated)
    grow_years (self);
  for (i = self->n_years; i > 0 && self->years[i - 1].year > year; i--)
    self->years[i] = self->years[i - 1];
  entry = &self->years[i];
  entry->year = year;
  entry->actual = NULL;
  entry->state = PW_QUAL_STATE_NONE;
  self->n_years++;
  return entry;
}

static YearEntry *
find_year (PwIndicator *self,
           int          year)
{
  for (guint i = 0; i < self->n_years; i++)
    if (self->years[i].year == year)
      return &self->years[i];
  return NULL;
}

/* The one place where the values of a year change: keeps the entries sorted
 * by year, drops an entry that holds nothing, records and signals. */
static void set_year (PwIndicator *self,
                      int          year,
                      PwValue     *actual,
                      PwQualState  state);

typedef struct
{
  PwIndicator *indicator;
  int year;
  PwQualState state;
  PwValue *actual;
} YearChange;

static void
year_change_apply (gpointer data)
{
  YearChange *change = data;
  YearEntry *entry = find_year (change->indicator, change->year);
  PwValue *actual = entry && entry->actual ? pw_value_ref (entry->actual) : NULL;
  PwQualState state = entry ? entry->state : PW_QUAL_STATE_NONE;

  set_year (change->indicator, change->year, change->actual, change->state);
  g_clear_pointer (&change->actual, pw_value_unref);
  change->actual = actual;
  change->state = state;
}

static void
year_change_free (gpointer data)
{
  YearChange *change = data;

  g_object_unref (change->indicator);
  g_clear_pointer (&change->actual, pw_value_unref);
  g_free (change);
}

static void
set_year (PwIndicator *self,
          int          year,
          PwValue     *actual,
          PwQualState  state)
{
  YearEntry *entry = find_year (self, year);
  PwHistory *history = pw_object_get_history (PW_OBJECT (self));

  /* nothing printed (empty or only spaces) clears the year; a placeholder
   * such as —— is kept as entered */
  if (actual != NULL && pw_value_get_kind (actual) == PW_VALUE_EMPTY)
    actual = NULL;

  if (entry == NULL && actual == NULL && state == PW_QUAL_STATE_NONE)
    return;
  if (entry != NULL && pw_value_equal (entry->actual, actual) && entry->state == state)
    return;

  if (pw_history_is_recording (history))
    {
      YearChange *change = g_new0 (YearChange, 1);

      change->indicator = g_object_ref (self);
      change->year = year;
      if (entry != NULL)
        {
          change->actual = entry->actual ? pw_value_ref (entry->actual) : NULL;
          change->state = entry->state;
        }
      pw_history_record (history, year_change_apply, change, year_change_free);
    }

  if (entry == NULL)
    {
      g_return_if_fail (self->n_years < G_MAXUINT16);
      entry = insert_year (self, year);
    }

  if (actual != NULL)
    pw_value_ref (actual);
  g_clear_pointer (&entry->actual, pw_value_unref);
  entry->actual = actual;
  entry->state = state;

  if (entry->actual == NULL && entry->state == PW_QUAL_STATE_NONE)
    {
      guint i = entry - self->years;

      memmove (&self->years[i], &self->years[i + 1], (self->n_years - i - 1) * sizeof (YearEntry));
      self->n_years--;
    }

  g_signal_emit (self, signals[YEAR_CHANGED], 0, year);
}


/* GObject overrides */

static void
pw_indicator_finalize (GObject *object)
{
  PwIndicator *self = (PwIndicator *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->baseline, pw_value_unref);
  g_clear_pointer (&self->target, pw_value_unref);
  g_clear_pointer (&self->responsible, g_strfreev);
  g_clear_pointer (&self->note, g_free);
  for (guint i = 0; i < self->n_years; i++)
    g_clear_pointer (&self->years[i].actual, pw_value_unref);
  if (self->years != self->inline_years)
    g_free (self->years);


  G_OBJECT_CLASS (pw_indicator_parent_class)->finalize (object);
}

static void
pw_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PwIndicator *self = PW_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_DOMAIN:
      g_value_set_string (value, self->domain);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_BASELINE:
      g_value_set_boxed (value, self->baseline);
      break;
    case PROP_TARGET:
      g_value_set_boxed (value, self->target);
      break;
    case PROP_NATURE:
      g_value_set_enum (value, self->nature);
      break;
    case PROP_RESPONSIBLE:
      g_value_set_boxed (value, self->responsible);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_CHAPTER:
      g_value_set_string (value, self->chapter);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;
    case PROP_SOURCE_LINE:
      g_value_set_int (value, self->source_line);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_indicator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PwIndicator *self = PW_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      pw_indicator_set_category (self, g_value_get_string (value));
      break;
    case PROP_DOMAIN:
      pw_indicator_set_domain (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      pw_indicator_set_name (self, g_value_get_string (value));
      break;
    case PROP_UNIT:
      pw_indicator_set_unit (self, g_value_get_string (value));
      break;
    case PROP_BASELINE:
      pw_indicator_set_baseline (self, g_value_get_boxed (value));
      break;
    case PROP_TARGET:
      pw_indicator_set_target (self, g_value_get_boxed (value));
      break;
    case PROP_NATURE:
      pw_indicator_set_nature (self, g_value_get_enum (value));
      break;
    case PROP_RESPONSIBLE:
      pw_indicator_set_responsible (self, g_value_get_boxed (value));
      break;
    case PROP_KIND:
      pw_indicator_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_CHAPTER:
      pw_indicator_set_chapter (self, g_value_get_string (value));
      break;
    case PROP_NOTE:
      pw_indicator_set_note (self, g_value_get_string (value));
      break;
    case PROP_ORIGIN:
      pw_indicator_set_origin (self, g_value_get_enum (value));
      break;
    case PROP_SOURCE_LINE:
      pw_indicator_set_source_line (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_indicator_class_init (PwIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_indicator_finalize;
  object_class->get_property = pw_indicator_get_property;
  object_class->set_property = pw_indicator_set_property;

  properties[PROP_CATEGORY] =
    pw_field_mark (g_param_spec_string ("category", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("category"));
  properties[PROP_DOMAIN] =
    pw_field_mark (g_param_spec_string ("domain", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("domain"));
  properties[PROP_NAME] =
    pw_field_mark (g_param_spec_string ("name", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("name"));
  properties[PROP_UNIT] =
    pw_field_mark (g_param_spec_string ("unit", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("unit"));
  properties[PROP_BASELINE] =
    pw_field_mark (g_param_spec_boxed ("baseline", NULL, NULL, PW_TYPE_VALUE,
                                       PW_PARAM_FLAGS),
                   N_("baseline"));
  properties[PROP_TARGET] =
    pw_field_mark (g_param_spec_boxed ("target", NULL, NULL, PW_TYPE_VALUE,
                                       PW_PARAM_FLAGS),
                   N_("target"));
  properties[PROP_NATURE] =
    pw_field_mark (g_param_spec_enum ("nature", NULL, NULL, PW_TYPE_NATURE, PW_NATURE_UNKNOWN,
                                      PW_PARAM_FLAGS),
                   N_("nature"));
  properties[PROP_RESPONSIBLE] =
    pw_field_mark (g_param_spec_boxed ("responsible", NULL, NULL, G_TYPE_STRV,
                                       PW_PARAM_FLAGS),
                   N_("responsible units"));
  /**
   * PwIndicator:kind:
   *
   * How the target is read and judged; %PW_KIND_AUTO (the default) takes
   * the kind that the printed target states.
   */
  properties[PROP_KIND] =
    pw_field_mark (g_param_spec_enum ("kind", NULL, NULL, PW_TYPE_INDICATOR_KIND, PW_KIND_AUTO,
                                      PW_PARAM_FLAGS),
                   N_("kind"));
  properties[PROP_CHAPTER] =
    g_param_spec_string ("chapter", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);
  properties[PROP_NOTE] =
    pw_field_mark (g_param_spec_string ("note", NULL, NULL, NULL,
                                        PW_PARAM_FLAGS),
                   N_("note"));
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL, PW_TYPE_ORIGIN, PW_ORIGIN_MANUAL,
                       PW_PARAM_FLAGS);
  properties[PROP_SOURCE_LINE] =
    g_param_spec_int ("source-line", NULL, NULL, 0, G_MAXINT, 0,
                      PW_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PwIndicator::year-changed:
   * @self: the indicator
   * @year: the year whose actual value or state changed
   */
  signals[YEAR_CHANGED] =
    g_signal_new ("year-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL,
                  g_cclosure_marshal_VOID__INT,
                  G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
pw_indicator_init (PwIndicator *self)
{
  self->years = self->inline_years;
  self->n_allocated = INLINE_YEARS;
}

/* Public API */

PwIndicator *
pw_indicator_new (void)
{
  return g_object_new (PW_TYPE_INDICATOR, NULL);
}

/**
 * pw_indicator_get_category:
 * @self: a indicator
 *
 * Returns: (nullable): the category, e.g. 基本公共服务
 */
PW_DEFINE_INTERNED_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, category, PROP_CATEGORY)

/**
 * pw_indicator_get_domain:
 * @self: a indicator
 *
 * Returns: (nullable): the domain, e.g. 幼儿照护
 */
PW_DEFINE_INTERNED_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, domain, PROP_DOMAIN)

/**
 * pw_indicator_get_name:
 * @self: a indicator
 *
 * Returns: (nullable): the name, without its unit
 */
PW_DEFINE_STRING_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, name, PROP_NAME)

/**
 * pw_indicator_get_unit:
 * @self: a indicator
 *
 * Returns: (nullable): the unit as printed, e.g. 万人, %, 1/10万
 */
PW_DEFINE_INTERNED_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, unit, PROP_UNIT)

/**
 * pw_indicator_get_baseline:
 * @self: a indicator
 *
 * Returns: (transfer none) (nullable): the value in the baseline year
 */
PW_DEFINE_VALUE_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, baseline, PROP_BASELINE)

/**
 * pw_indicator_get_target:
 * @self: a indicator
 *
 * Returns: (transfer none) (nullable): the target for the final year
 */
PW_DEFINE_VALUE_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, target, PROP_TARGET)

PW_DEFINE_ENUM_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, PwNature, nature, PROP_NATURE, 0)

/**
 * pw_indicator_get_responsible:
 * @self: an indicator
 *
 * Returns: (transfer none) (array zero-terminated=1): the responsible units
 *   (责任单位), in order; an empty list when none is given
 */
const char * const *
pw_indicator_get_responsible (PwIndicator *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PW_IS_INDICATOR (self), none);

  return self->responsible != NULL ? (const char * const *) self->responsible : none;
}

/**
 * pw_indicator_set_responsible:
 * @self: an indicator
 * @units: (nullable) (array zero-terminated=1): the responsible units
 *
 * Sets the units responsible for the indicator (责任单位), kept as given.
 */
void
pw_indicator_set_responsible (PwIndicator        *self,
                              const char * const *units)
{
  g_return_if_fail (PW_IS_INDICATOR (self));

  pw_object_set_strv (PW_OBJECT (self), &self->responsible, units,
                      properties[PROP_RESPONSIBLE]);
}

/**
 * pw_indicator_dup_responsible_text:
 * @self: an indicator
 *
 * Returns: (transfer full): the responsible units as a plan prints them,
 *   joined by 、; empty when there are none
 */
char *
pw_indicator_dup_responsible_text (PwIndicator *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR (self), NULL);

  return g_strjoinv ("、", (char **) pw_indicator_get_responsible (self));
}

/**
 * pw_units_split:
 * @text: (nullable): units as a table cell prints them
 *
 * Splits a list of units (责任单位, 牵头单位) at 、，,；; / and line breaks
 * (市教育局、市卫健委); each unit is stripped of surrounding spaces, and
 * empty ones and repeats are dropped.
 *
 * Returns: (transfer full): the units, in order
 */
GStrv
pw_units_split (const char *text)
{
  static GRegex *separators;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) units = g_ptr_array_new ();

  if (g_once_init_enter (&separators))
    g_once_init_leave (&separators, g_regex_new ("[、，,；;/／\\n\\r]+", G_REGEX_OPTIMIZE, 0, NULL));

  parts = g_regex_split (separators, text != NULL ? text : "", 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *unit = g_strstrip (parts[i]);
      gboolean seen = FALSE;

      for (guint j = 0; j < units->len && !seen; j++)
        seen = strcmp (units->pdata[j], unit) == 0;
      if (*unit != '\0' && !seen)
        g_ptr_array_add (units, g_strdup (unit));
    }
  g_ptr_array_add (units, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&units), FALSE);
}

/**
 * pw_indicator_set_responsible_text:
 * @self: an indicator
 * @text: (nullable): units as a table cell prints them
 *
 * Sets the responsible units from one text, split by pw_units_split().
 */
void
pw_indicator_set_responsible_text (PwIndicator *self,
                                   const char  *text)
{
  g_auto(GStrv) units = NULL;

  g_return_if_fail (PW_IS_INDICATOR (self));

  units = pw_units_split (text);
  pw_indicator_set_responsible (self, (const char * const *) units);
}

/**
 * pw_indicator_get_kind:
 * @self: an indicator
 *
 * Returns: the kind chosen for the indicator, %PW_KIND_AUTO when none was
 */
PW_DEFINE_ENUM_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, PwIndicatorKind, kind, PROP_KIND, PW_KIND_AUTO)

/**
 * pw_indicator_get_judged_kind:
 * @self: an indicator
 *
 * The kind the indicator is judged as: the one chosen, or when none was,
 * the one its printed target states (pw_value_get_form()), so that a file
 * written before kinds existed is judged as it was. A goal in words is
 * always %PW_KIND_QUALITATIVE: it has no number to judge otherwise.
 *
 * Returns: the kind, never %PW_KIND_AUTO
 */
PwIndicatorKind
pw_indicator_get_judged_kind (PwIndicator *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR (self), PW_KIND_LEVEL);

  if (self->target != NULL && pw_value_get_kind (self->target) == PW_VALUE_QUALITATIVE)
    return PW_KIND_QUALITATIVE;
  if (self->kind != PW_KIND_AUTO)
    return self->kind;
  if (self->target == NULL)
    return PW_KIND_LEVEL;
  return pw_value_get_form (self->target);
}

/**
 * pw_indicator_get_chapter:
 * @self: a indicator
 *
 * Returns: (nullable): the id of the chapter the indicator belongs to,
 *   interned (g_intern_string()): a plan's chapters are few, its indicators
 *   many
 */
PW_DEFINE_INTERNED_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, chapter, PROP_CHAPTER)

/**
 * pw_indicator_get_note:
 * @self: a indicator
 *
 * Returns: (nullable): the note
 */
PW_DEFINE_STRING_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, note, PROP_NOTE)

PW_DEFINE_ENUM_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, PwOrigin, origin, PROP_ORIGIN, 0)

/**
 * pw_indicator_get_source_line:
 * @self: a indicator
 *
 * Returns: the line of the imported text it came from, or 0
 */
PW_DEFINE_INT_PROPERTY (pw_indicator, PwIndicator, PW_IS_INDICATOR, source_line, PROP_SOURCE_LINE)

/**
 * pw_indicator_get_actual:
 * @self: an indicator
 * @year: a year
 *
 * Returns: (transfer none) (nullable): the actual value of @year as entered
 */
PwValue *
pw_indicator_get_actual (PwIndicator *self,
                         int          year)
{
  YearEntry *entry;

  g_return_val_if_fail (PW_IS_INDICATOR (self), NULL);

  entry = find_year (self, year);
  return entry ? entry->actual : NULL;
}

/**
 * pw_indicator_set_actual:
 * @self: an indicator
 * @year: a year
 * @actual: (nullable): the actual value; %NULL or empty text (or only
 *   spaces) clears it
 */
void
pw_indicator_set_actual (PwIndicator *self,
                         int          year,
                         PwValue     *actual)
{
  YearEntry *entry;

  g_return_if_fail (PW_IS_INDICATOR (self));

  entry = find_year (self, year);
  set_year (self, year, actual, entry ? entry->state : PW_QUAL_STATE_NONE);
}

/**
 * pw_indicator_load_year:
 * @self: an indicator that is in no plan yet, as a reader makes it
 * @year: a year
 * @actual: (transfer full) (nullable): its actual value
 * @state: its state
 *
 * Gives @year its actual value and state while a file is read: as
 * pw_indicator_set_actual() and pw_indicator_set_state(), but without an
 * undo step or a signal, which nobody can want for an object nobody has
 * seen yet, and taking @actual.
 */
void
pw_indicator_load_year (PwIndicator *self,
                        int          year,
                        PwValue     *actual,
                        PwQualState  state)
{
  YearEntry *entry;

  g_return_if_fail (PW_IS_INDICATOR (self));

  if (actual != NULL && pw_value_get_kind (actual) == PW_VALUE_EMPTY)
    g_clear_pointer (&actual, pw_value_unref);
  if (actual == NULL && state == PW_QUAL_STATE_NONE)
    return;

  entry = find_year (self, year);
  if (G_UNLIKELY (entry != NULL || self->n_years == G_MAXUINT16))
    {
      /* a year given twice: the general way, which replaces it */
      set_year (self, year, actual, state);
      g_clear_pointer (&actual, pw_value_unref);
      return;
    }

  entry = insert_year (self, year);
  entry->actual = actual;
  entry->state = state;
}

/**
 * pw_indicator_load_attributes:
 * @self: an indicator that is in no plan yet, as a reader makes it
 * @nature: its nature
 * @kind: its kind
 * @origin: its origin
 * @source_line: its line in the imported text, or 0
 *
 * Gives @self the attributes a reader of a file has read and looked up
 * (pw_enum_from_nick()): as the four setters, but without an undo step or a
 * notify, which nobody can want for an object nobody has seen yet, and with
 * a range check of each value instead of a second look-up in its
 * enumeration's class.
 */
void
pw_indicator_load_attributes (PwIndicator     *self,
                              PwNature         nature,
                              PwIndicatorKind  kind,
                              PwOrigin         origin,
                              int              source_line)
{
  g_return_if_fail (PW_IS_INDICATOR (self));
  g_return_if_fail ((guint) nature <= PW_NATURE_EXPECTED);
  g_return_if_fail ((guint) kind < PW_N_KINDS);
  g_return_if_fail ((guint) origin <= PW_ORIGIN_PROSE);
  g_return_if_fail (source_line >= 0);

  self->nature = nature;
  self->kind = kind;
  self->origin = origin;
  self->source_line = source_line;
}

/**
 * pw_indicator_load_values:
 * @self: an indicator that is in no plan yet, as a reader makes it
 * @baseline: (transfer full) (nullable): its baseline, or %NULL for none
 * @target: (transfer full) (nullable): its target, or %NULL for none
 *
 * Gives @self the baseline and target a reader has read: as
 * pw_indicator_set_baseline() and pw_indicator_set_target(), but without
 * an undo step or a notify, and taking the values, where the setters take
 * references of their own (two more atomic operations a value, on values
 * that a large plan's indicators share from all over the memory).
 */
void
pw_indicator_load_values (PwIndicator *self,
                          PwValue     *baseline,
                          PwValue     *target)
{
  if (!PW_IS_INDICATOR (self))
    {
      g_clear_pointer (&baseline, pw_value_unref);
      g_clear_pointer (&target, pw_value_unref);
      g_return_if_reached ();
    }

  if (baseline != NULL)
    {
      g_clear_pointer (&self->baseline, pw_value_unref);
      self->baseline = baseline;
    }
  if (target != NULL)
    {
      g_clear_pointer (&self->target, pw_value_unref);
      self->target = target;
    }
}

/**
 * pw_indicator_get_state:
 * @self: an indicator
 * @year: a year
 *
 * Returns: the state of a qualitative target in @year, set by hand
 */
PwQualState
pw_indicator_get_state (PwIndicator *self,
                        int          year)
{
  YearEntry *entry;

  g_return_val_if_fail (PW_IS_INDICATOR (self), PW_QUAL_STATE_NONE);

  entry = find_year (self, year);
  return entry ? entry->state : PW_QUAL_STATE_NONE;
}

void
pw_indicator_set_state (PwIndicator *self,
                        int          year,
                        PwQualState  state)
{
  YearEntry *entry;

  g_return_if_fail (PW_IS_INDICATOR (self));

  entry = find_year (self, year);
  set_year (self, year, entry ? entry->actual : NULL, state);
}

/**
 * pw_indicator_get_n_years:
 * @self: an indicator
 *
 * Returns: how many years have an actual value or a state
 */
guint
pw_indicator_get_n_years (PwIndicator *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR (self), 0);

  return self->n_years;
}

/**
 * pw_indicator_get_nth_year:
 * @self: an indicator
 * @n: less than pw_indicator_get_n_years()
 *
 * Returns: the @n-th year that has an actual value or a state, in order
 */
int
pw_indicator_get_nth_year (PwIndicator *self,
                           guint        n)
{
  g_return_val_if_fail (PW_IS_INDICATOR (self), 0);
  g_return_val_if_fail (n < self->n_years, 0);

  return self->years[n].year;
}

/**
 * pw_indicator_get_latest_actual:
 * @self: an indicator
 * @year: the last year to consider
 * @actual_year: (out) (optional): the year of the value returned
 *
 * Returns: (transfer none) (nullable): the most recent actual value that says
 *   something (not blank), up to @year
 */
PwValue *
pw_indicator_get_latest_actual (PwIndicator *self,
                                int          year,
                                int         *actual_year)
{
  g_return_val_if_fail (PW_IS_INDICATOR (self), NULL);

  for (guint i = self->n_years; i > 0; i--)
    {
      YearEntry *entry = &self->years[i - 1];

      if (entry->year <= year && !pw_value_is_blank (entry->actual))
        {
          if (actual_year != NULL)
            *actual_year = entry->year;
          return entry->actual;
        }
    }

  if (actual_year != NULL)
    *actual_year = 0;
  return NULL;
}

/**
 * pw_indicator_is_qualitative:
 * @self: an indicator
 *
 * Returns: whether the target is a goal in words, assessed by hand
 */
gboolean
pw_indicator_is_qualitative (PwIndicator *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR (self), FALSE);

  return pw_indicator_get_judged_kind (self) == PW_KIND_QUALITATIVE;
}
