/* pw-grid-columns.c: the columns of the indicator grid, as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each column is a row of `columns` below: how it shows, stores, compares
 * and offers its cells. The grid walks the table; it knows no column by
 * name (but for the keys that tests and the clipboard use).
 */

#define G_LOG_DOMAIN "pw-grid-columns"

#include "config.h"

#include "pw-grid-columns.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pw-chart.h"
#include "pw-enums.h"
#include "pw-indicator-grid-private.h"
#include "pw-style.h"

/* Auxiliary methods */

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static int
compare_strings (const char *a,
                 const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return g_utf8_collate (a, b);
}

static int
compare_values (PwValue *a,
                PwValue *b,
                PwValue *baseline_a,
                PwValue *baseline_b)
{
  double x, y;
  gboolean has_x = pw_value_resolve (a, baseline_a, &x);
  gboolean has_y = pw_value_resolve (b, baseline_b, &y);

  /* numbers first, in order; then the rest by their text; blanks last */
  if (has_x && has_y)
    return x < y ? -1 : x > y;
  if (has_x != has_y)
    return has_x ? -1 : 1;
  if (pw_value_is_blank (a) != pw_value_is_blank (b))
    return pw_value_is_blank (a) ? 1 : -1;
  if (a == NULL || b == NULL)
    return 0;
  return g_utf8_collate (pw_value_get_text (a), pw_value_get_text (b));
}

static char *
value_text (PwValue *value)
{
  return value != NULL ? g_strdup (pw_value_get_text (value)) : NULL;
}

/* A value typed: through the model's parser, kept as typed when it cannot
 * be read (the value then says why). */
static PwValue *
parse_value (const char *text)
{
  return is_empty (text) ? NULL : pw_value_new (text);
}

/* The charts' symbol of each status, as a character: the grid, the charts
 * and the printed report show a status the same way. */
static const char *
status_symbol (PwStatus status)
{
  switch (pw_chart_status_symbol (status))
    {
    case PW_CHART_SYMBOL_STAR:
      return "★";
    case PW_CHART_SYMBOL_TRIANGLE_UP:
      return "▲";
    case PW_CHART_SYMBOL_CIRCLE:
      return "●";
    case PW_CHART_SYMBOL_TRIANGLE_DOWN:
      return "▼";
    case PW_CHART_SYMBOL_CROSS:
      return "✕";
    case PW_CHART_SYMBOL_RING:
      return "◎";
    case PW_CHART_SYMBOL_DASH:
    default:
      return "▬";
    }
}

/* Text columns */

#define TEXT_COLUMN(field, nullable)                                                     \
  static char *                                                                          \
  field##_text (gpointer grid, gpointer indicator, int year)                 \
  {                                                                                      \
    return g_strdup (pw_indicator_get_##field (indicator));                              \
  }                                                                                      \
  static gboolean                                                                        \
  field##_set (gpointer indicator, int year, const char *text)                       \
  {                                                                                      \
    pw_indicator_set_##field (indicator, (nullable) && is_empty (text) ? NULL : text);    \
    return TRUE;                                                                         \
  }                                                                                      \
  static int                                                                             \
  field##_compare (gpointer grid, gpointer a, gpointer b, int year)      \
  {                                                                                      \
    return compare_strings (pw_indicator_get_##field (a), pw_indicator_get_##field (b)); \
  }

TEXT_COLUMN (category, TRUE)
TEXT_COLUMN (domain, TRUE)
TEXT_COLUMN (name, FALSE)
TEXT_COLUMN (unit, TRUE)

/* Responsible units (责任单位): typed as a plan prints them, 市教育局、市卫健委 */

static char *
responsible_text (gpointer         grid,
                  gpointer         indicator,
                  int              year)
{
  return pw_indicator_dup_responsible_text (indicator);
}

static gboolean
responsible_set (gpointer indicator,
                 int          year,
                 const char  *text)
{
  pw_indicator_set_responsible_text (indicator, text);
  return TRUE;
}

static int
responsible_compare (gpointer         grid,
                     gpointer         a,
                     gpointer         b,
                     int              year)
{
  g_autofree char *x = pw_indicator_dup_responsible_text (a);
  g_autofree char *y = pw_indicator_dup_responsible_text (b);

  /* rows without a unit last */
  if ((*x == '\0') != (*y == '\0'))
    return *x == '\0' ? 1 : -1;
  return compare_strings (x, y);
}

/* Baseline and target */

#define VALUE_COLUMN(field)                                                              \
  static PwValue *                                                                       \
  field##_value (gpointer indicator, int year)                                       \
  {                                                                                      \
    return pw_indicator_get_##field (indicator);                                         \
  }                                                                                      \
  static char *                                                                          \
  field##_text (gpointer grid, gpointer indicator, int year)                 \
  {                                                                                      \
    return value_text (pw_indicator_get_##field (indicator));                            \
  }

VALUE_COLUMN (baseline)
VALUE_COLUMN (target)

static gboolean
baseline_set (gpointer    indicator,
              int         year,
              const char *text)
{
  g_autoptr(PwValue) value = parse_value (text);

  pw_indicator_set_baseline (indicator, value);
  return TRUE;
}

/* A target retyped as its bare figure (“十五五”年均增长5.0左右 as 5.0,
 * 〔20〕 as 20, 每年新增1.2 as 1.2) keeps the kind its words stated, which
 * the indicator was judged by: read from a bare number it became a level, and 5.2 in a year
 * “achieved” an average growth of 5.0 at once. Another figure is another
 * target, judged by what it states; the Kind column chooses otherwise. */
static gboolean
target_set (gpointer    indicator,
            int         year,
            const char *text)
{
  g_autoptr(PwValue) value = parse_value (text);
  PwValue *old = pw_indicator_get_target (indicator);
  PwIndicatorKind stated = old != NULL ? pw_value_get_form (old) : PW_KIND_LEVEL;

  pw_indicator_set_target (indicator, value);
  if (pw_indicator_get_kind (indicator) == PW_KIND_AUTO &&
      (stated == PW_KIND_GROWTH || stated == PW_KIND_CUMULATIVE || stated == PW_KIND_ANNUAL) &&
      value != NULL && pw_value_get_form (value) == PW_KIND_LEVEL &&
      pw_value_has_number (old) && pw_value_has_number (value) &&
      fabs (fabs (pw_value_get_number (old)) - fabs (pw_value_get_number (value))) < 1e-9)
    pw_indicator_set_kind (indicator, stated);
  return TRUE;
}

static int
baseline_compare (gpointer         grid,
                  gpointer         a,
                  gpointer         b,
                  int              year)
{
  return compare_values (pw_indicator_get_baseline (a), pw_indicator_get_baseline (b), NULL, NULL);
}

static int
target_compare (gpointer         grid,
                gpointer         a,
                gpointer         b,
                int              year)
{
  /* a relative target (提高1岁) compares by what it comes to */
  return compare_values (pw_indicator_get_target (a), pw_indicator_get_target (b),
                         pw_indicator_get_baseline (a), pw_indicator_get_baseline (b));
}

/* Nature */

static char *
nature_text (gpointer         grid,
             gpointer         indicator,
             int              year)
{
  if (pw_indicator_get_nature (indicator) == PW_NATURE_UNKNOWN)
    return NULL;
  return g_strdup (pw_nature_to_label (pw_indicator_get_nature (indicator)));
}

static gboolean
nature_set (gpointer indicator,
            int          year,
            const char  *text)
{
  PwNature nature;

  if (!pw_nature_from_text (text, &nature))
    return FALSE;
  pw_indicator_set_nature (indicator, nature);
  return TRUE;
}

static int
nature_compare (gpointer         grid,
                gpointer         a,
                gpointer         b,
                int              year)
{
  return (int) pw_indicator_get_nature (a) - (int) pw_indicator_get_nature (b);
}

static const char * const *
nature_choices (gpointer indicator,
                int          year)
{
  static const char *choices[3];

  if (choices[0] == NULL)
    {
      choices[0] = pw_nature_to_label (PW_NATURE_BINDING);
      choices[1] = pw_nature_to_label (PW_NATURE_EXPECTED);
    }
  return choices;
}

/* Kind: how the target is read and judged */

static char *
kind_text (gpointer         grid,
           gpointer         indicator,
           int              year)
{
  PwIndicatorKind kind = pw_indicator_get_kind (indicator);

  if (kind != PW_KIND_AUTO)
    return g_strdup (pw_kind_to_label (kind));
  /* Translators: the kind read from how the target is printed, e.g. 累计（按目标） */
  return g_strdup_printf (C_("kind", "%s (from the target)"),
                          pw_kind_to_label (pw_indicator_get_judged_kind (indicator)));
}

static gboolean
kind_set (gpointer indicator,
          int          year,
          const char  *text)
{
  for (int kind = 0; kind < PW_N_KINDS; kind++)
    if (g_strcmp0 (text, pw_kind_to_label (kind)) == 0 ||
        g_strcmp0 (text, pw_enum_to_nick (PW_TYPE_INDICATOR_KIND, kind)) == 0)
      {
        pw_indicator_set_kind (indicator, kind);
        return TRUE;
      }
  if (text == NULL || *text == '\0')
    {
      pw_indicator_set_kind (indicator, PW_KIND_AUTO);
      return TRUE;
    }
  return FALSE;
}

static int
kind_compare (gpointer         grid,
              gpointer         a,
              gpointer         b,
              int              year)
{
  return (int) pw_indicator_get_judged_kind (a) - (int) pw_indicator_get_judged_kind (b);
}

static const char * const *
kind_choices (gpointer indicator,
              int          year)
{
  static const char *choices[PW_N_KINDS + 1];

  if (choices[0] == NULL)
    for (int kind = 0; kind < PW_N_KINDS; kind++)
      choices[kind] = pw_kind_to_label (kind);
  return choices;
}

static char *
kind_tooltip (gpointer         grid,
              gpointer         indicator,
              int              year)
{
  PwIndicatorKind kind = pw_indicator_get_judged_kind (indicator);

  return g_strdup_printf ("%s: %s", pw_kind_to_label (kind), pw_kind_to_description (kind));
}

/* A year's actual value, or the state of a qualitative target */

static PwValue *
year_value (gpointer indicator,
            int          year)
{
  return pw_indicator_get_actual (indicator, year);
}

static char *
year_text (gpointer         grid,
           gpointer         indicator,
           int              year)
{
  PwValue *value = pw_indicator_get_actual (indicator, year);

  if (value != NULL)
    return g_strdup (pw_value_get_text (value));
  if (pw_indicator_get_state (indicator, year) != PW_QUAL_STATE_NONE)
    return g_strdup (pw_qual_state_to_label (pw_indicator_get_state (indicator, year)));
  return NULL;
}

static gboolean
year_set (gpointer indicator,
          int          year,
          const char  *text)
{
  g_autoptr(PwValue) value = NULL;
  PwQualState state;

  if (!is_empty (text) && pw_indicator_is_qualitative (indicator) && pw_qual_state_from_text (text, &state))
    {
      pw_indicator_set_actual (indicator, year, NULL);
      pw_indicator_set_state (indicator, year, state);
      return TRUE;
    }

  /* a value replaces the state a qualitative target had that year: the
   * cell shows what was typed or pasted, marked when it cannot be read */
  value = parse_value (text);
  pw_indicator_set_actual (indicator, year, value);
  pw_indicator_set_state (indicator, year, PW_QUAL_STATE_NONE);
  return TRUE;
}

static int
year_compare (gpointer         grid,
              gpointer         a,
              gpointer         b,
              int              year)
{
  return compare_values (pw_indicator_get_actual (a, year), pw_indicator_get_actual (b, year), NULL, NULL);
}

static const char * const *
year_choices (gpointer indicator,
              int          year)
{
  static const char *choices[PW_QUAL_STATE_DONE - PW_QUAL_STATE_NOT_STARTED + 2];

  if (!pw_indicator_is_qualitative (indicator))
    return NULL;
  if (choices[0] == NULL)
    for (PwQualState s = PW_QUAL_STATE_NOT_STARTED; s <= PW_QUAL_STATE_DONE; s++)
      choices[s - PW_QUAL_STATE_NOT_STARTED] = pw_qual_state_to_label (s);
  return choices;
}

/* Progress and status: computed, never typed */

static char *
progress_text (gpointer         grid,
               gpointer         indicator,
               int              year)
{
  PwProgress progress;

  pw_indicator_grid_compute_progress (grid, indicator, &progress);
  if (!isnan (progress.completion))
    return g_strdup_printf ("%.0f%%", progress.completion * 100.0);
  return NULL;
}

static int
progress_compare (gpointer         grid,
                  gpointer         a,
                  gpointer         b,
                  int              year)
{
  PwProgress px, py;

  pw_indicator_grid_compute_progress (grid, a, &px);
  pw_indicator_grid_compute_progress (grid, b, &py);
  if (isnan (px.completion) || isnan (py.completion))
    return isnan (px.completion) - isnan (py.completion);
  return px.completion < py.completion ? -1 : px.completion > py.completion;
}

static char *
progress_tooltip (gpointer         grid,
                  gpointer         indicator,
                  int              year)
{
  PwProgress progress;

  pw_indicator_grid_compute_progress (grid, indicator, &progress);
  if (progress.year > 0)
    /* Translators: the basis of a status, and the year of the actual value it used */
    return g_strdup_printf (_("%s (as of %d)"), pw_progress_basis_to_label (progress.basis), progress.year);
  return g_strdup (pw_progress_basis_to_label (progress.basis));
}

static char *
status_text (gpointer         grid,
             gpointer         indicator,
             int              year)
{
  PwProgress progress;

  pw_indicator_grid_compute_progress (grid, indicator, &progress);
  if (progress.alert)
    /* Translators: a status followed by the alert (预警) of a binding indicator */
    return g_strdup_printf (_("%s %s · Alert"), status_symbol (progress.status),
                            pw_status_to_label (progress.status));
  return g_strdup_printf ("%s %s", status_symbol (progress.status), pw_status_to_label (progress.status));
}

static int
status_compare (gpointer         grid,
                gpointer         a,
                gpointer         b,
                int              year)
{
  PwProgress px, py;

  pw_indicator_grid_compute_progress (grid, a, &px);
  pw_indicator_grid_compute_progress (grid, b, &py);
  if (px.alert != py.alert)
    return px.alert ? -1 : 1;
  return (int) py.status - (int) px.status; /* the worst first when ascending */
}

static const char *
status_css_class (gpointer         grid,
                  gpointer         indicator,
                  int              year)
{
  PwProgress progress;

  pw_indicator_grid_compute_progress (grid, indicator, &progress);
  return pw_status_css_class (progress.status);
}

/* The table */

static const PwGridColumnInfo columns[] = {
  { "category", N_("Category"), 96, PW_GRID_COLUMN_FROZEN,
    category_text, NULL, category_set, category_compare, NULL, NULL, NULL },
  { "domain", N_("Domain"), 76, PW_GRID_COLUMN_FROZEN,
    domain_text, NULL, domain_set, domain_compare, NULL, NULL, NULL },
  { "name", N_("Indicator"), 240, PW_GRID_COLUMN_FROZEN,
    name_text, NULL, name_set, name_compare, NULL, NULL, NULL },
  { "unit", N_("Unit"), 64, 0,
    unit_text, NULL, unit_set, unit_compare, NULL, NULL, NULL },
  { "baseline", N_("Baseline"), 76, 0,
    baseline_text, baseline_value, baseline_set, baseline_compare, NULL, NULL, NULL },
  { "target", N_("Target"), 84, 0,
    target_text, target_value, target_set, target_compare, NULL, NULL, NULL },
  { "nature", N_("Nature"), 76, 0,
    nature_text, NULL, nature_set, nature_compare, nature_choices, NULL, NULL },
  /* as wide as 相对变化（按目标）, the longest kind read from a target */
  { "kind", N_("Kind"), 150, 0,
    kind_text, NULL, kind_set, kind_compare, kind_choices, kind_tooltip, NULL },
  { "year", NULL, 76, PW_GRID_COLUMN_PER_YEAR,
    year_text, year_value, year_set, year_compare, year_choices, NULL, NULL },
  { "progress", N_("Progress"), 84, 0,
    progress_text, NULL, NULL, progress_compare, NULL, progress_tooltip, NULL },
  { "status", N_("Status"), 140, PW_GRID_COLUMN_EXPAND,
    status_text, NULL, NULL, status_compare, NULL, progress_tooltip, status_css_class },
  { "responsible", N_("Responsible"), 120, 0,
    responsible_text, NULL, responsible_set, responsible_compare, NULL, NULL, NULL },
};

/* Public API */

/**
 * pw_grid_columns_get:
 * @n_columns: (out): the number of rows of the table
 *
 * Returns: (transfer none) (array length=n_columns): the columns of the
 *   indicator grid, in the order shown
 */
const PwGridColumnInfo *
pw_grid_columns_get (guint *n_columns)
{
  *n_columns = G_N_ELEMENTS (columns);
  return columns;
}
