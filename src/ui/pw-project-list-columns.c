/* pw-project-list-columns.c: the columns of a 专栏's project list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One PwGridColumnInfo a column (pw-grid-sheet.h): how a project's field
 * reads in its cell and how a text typed or pasted is stored in it, a
 * number or a year read as a spreadsheet user types them (full-width
 * digits, 年, %, 万元, a thousands separator); and why a column refuses a
 * text, for the line under the list.
 */

#define G_LOG_DOMAIN "pw-project-list"

#include "config.h"

#include "pw-project-list-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

/* An investment as the cell shows it: 3800, 12.5 (万元), no trailing zeros. */
char *
pw_project_list_format_investment (double investment)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4f", investment));
  char *end = text + strlen (text);

  while (end > text && end[-1] == '0')
    *--end = '\0';
  if (end > text && end[-1] == '.')
    end[-1] = '\0';
  return text;
}

/* What was typed, as ASCII where it can be: full-width digits (２０２２)
 * as an input method types them, without the spaces around. */
static char *
normalize (const char *text)
{
  char *normal = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL_COMPOSE);

  return g_strstrip (normal != NULL ? normal : g_strdup (""));
}

/* A whole number typed (spaces around it, a trailing % or 年 allowed), or
 * 0 for nothing. */
static gboolean
parse_int (const char *text,
           const char *suffix,
           int         min,
           int         max,
           int        *out)
{
  g_autofree char *copy = normalize (text);
  char *end;
  gint64 n;

  if (*copy == '\0')
    {
      *out = 0;
      return TRUE;
    }
  if (suffix != NULL && g_str_has_suffix (copy, suffix))
    copy[strlen (copy) - strlen (suffix)] = '\0';
  n = g_ascii_strtoll (copy, &end, 10);
  if (end == copy || *g_strstrip (end) != '\0' || n < min || n > max)
    return FALSE;
  *out = (int) n;
  return TRUE;
}

static char *
number_text (gpointer list,
             gpointer project,
             int      year)
{
  return g_strdup_printf ("%d", pw_project_get_number (project));
}

static gboolean
number_set (gpointer    project,
            int         year,
            const char *text)
{
  int number;

  if (!parse_int (text, NULL, 1, 9999, &number) || number == 0)
    return FALSE;
  pw_project_set_number (project, number);
  return TRUE;
}

/* A column of text; @empty_is_null: an empty text leaves the field unset */
#define TEXT_FIELD(field, empty_is_null)                                              \
  static char *                                                                       \
  field##_text (gpointer list, gpointer project, int year)                            \
  {                                                                                   \
    return g_strdup (pw_project_get_##field (project));                               \
  }                                                                                   \
  static gboolean                                                                     \
  field##_set (gpointer project, int year, const char *text)                          \
  {                                                                                   \
    pw_project_set_##field (project, (empty_is_null) && (text == NULL || *text == '\0') ? NULL : text); \
    return TRUE;                                                                      \
  }

TEXT_FIELD (name, FALSE)
TEXT_FIELD (description, TRUE)
TEXT_FIELD (lead, TRUE)

static char *
year_text (int year)
{
  return year != 0 ? g_strdup_printf ("%d", year) : NULL;
}

static char *
start_text (gpointer list,
            gpointer project,
            int      year)
{
  return year_text (pw_project_get_start_year (project));
}

/* Years that a .plan file can hold, and a project that does not end before
 * it starts. */
static gboolean
start_set (gpointer    project,
           int         year,
           const char *text)
{
  int start, end = pw_project_get_end_year (project);

  if (!parse_int (text, "年", 1000, 9999, &start) || (start != 0 && end != 0 && start > end))
    return FALSE;
  pw_project_set_start_year (project, start);
  return TRUE;
}

static char *
end_text (gpointer list,
          gpointer project,
          int      year)
{
  return year_text (pw_project_get_end_year (project));
}

static gboolean
end_set (gpointer    project,
         int         year,
         const char *text)
{
  int end, start = pw_project_get_start_year (project);

  if (!parse_int (text, "年", 1000, 9999, &end) || (start != 0 && end != 0 && end < start))
    return FALSE;
  pw_project_set_end_year (project, end);
  return TRUE;
}

static char *
investment_text (gpointer list,
                 gpointer project,
                 int      year)
{
  double investment = pw_project_get_investment (project);

  return isnan (investment) ? NULL : pw_project_list_format_investment (investment);
}

static gboolean
investment_set (gpointer    project,
                int         year,
                const char *text)
{
  g_autofree char *copy = normalize (text);
  char *end;
  double investment;

  if (*copy == '\0')
    {
      pw_project_set_investment (project, NAN);
      return TRUE;
    }
  if (g_str_has_suffix (copy, "万元"))
    copy[strlen (copy) - strlen ("万元")] = '\0';
  /* as a spreadsheet shows a large sum: 12,500 */
  for (char *p = copy, *q = copy;; p++)
    if (*p != ',' && (*q++ = *p) == '\0')
      break;
  investment = g_ascii_strtod (copy, &end);
  if (end == copy || *g_strstrip (end) != '\0' || isnan (investment) || investment < 0)
    return FALSE;
  pw_project_set_investment (project, investment);
  return TRUE;
}

static char *
status_text (gpointer list,
             gpointer project,
             int      year)
{
  return g_strdup (pw_project_status_to_label (pw_project_get_status (project)));
}

static gboolean
status_set (gpointer    project,
            int         year,
            const char *text)
{
  PwProjectStatus status;

  if (text == NULL || *text == '\0')
    status = PW_PROJECT_PLANNED;
  else if (!pw_project_status_from_text (text, &status))
    return FALSE;
  pw_project_set_status (project, status);
  return TRUE;
}

static const char * const *
status_choices (gpointer project,
                int      year)
{
  static const char *choices[PW_PROJECT_SUSPENDED + 2];

  if (choices[0] == NULL)
    for (PwProjectStatus s = PW_PROJECT_PLANNED; s <= PW_PROJECT_SUSPENDED; s++)
      choices[s] = pw_project_status_to_label (s);
  return choices;
}

static char *
progress_text (gpointer list,
               gpointer project,
               int      year)
{
  return g_strdup_printf ("%d", pw_project_get_progress (project));
}

static gboolean
progress_set (gpointer    project,
              int         year,
              const char *text)
{
  int progress;

  if (!parse_int (text, "%", 0, 100, &progress))
    return FALSE;
  pw_project_set_progress (project, progress);
  return TRUE;
}

const PwGridColumnInfo pw_project_list_columns[PW_PROJECT_LIST_N_COLUMNS] = {
  { "number", N_("No."), 44, 0, number_text, NULL, number_set, NULL, NULL, NULL, NULL },
  { "name", N_("Project"), 190, PW_GRID_COLUMN_EXPAND, name_text, NULL, name_set, NULL, NULL, NULL, NULL },
  { "description", N_("Description"), 170, 0, description_text, NULL, description_set, NULL, NULL, NULL, NULL },
  { "lead", N_("Lead Unit"), 120, 0, lead_text, NULL, lead_set, NULL, NULL, NULL, NULL },
  { "start", N_("Start"), 58, 0, start_text, NULL, start_set, NULL, NULL, NULL, NULL },
  { "end", N_("End"), 58, 0, end_text, NULL, end_set, NULL, NULL, NULL, NULL },
  { "investment", N_("Investment"), 92, 0, investment_text, NULL, investment_set, NULL, NULL, NULL, NULL },
  { "status", N_("Status"), 96, 0, status_text, NULL, status_set, NULL, status_choices, NULL, NULL },
  { "progress", N_("Done (%)"), 76, 0, progress_text, NULL, progress_set, NULL, NULL, NULL, NULL },
};

/* Why a column refused what was typed or pasted into it. */
const char *
pw_project_list_refusal (guint column)
{
  const char *key = pw_project_list_columns[column].key;

  if (g_str_equal (key, "number"))
    return _("Type the number the plan prints, such as 3");
  if (g_str_equal (key, "start") || g_str_equal (key, "end"))
    return _("Type a year such as 2023, no earlier than the start and no later than the end, or nothing if it is not known");
  if (g_str_equal (key, "investment"))
    return _("Type the investment in 10,000 yuan (万元), such as 3800, or nothing");
  if (g_str_equal (key, "status"))
    return _("Choose 未开工, 在建, 已完工 or 暂缓 (Alt+Down)");
  if (g_str_equal (key, "progress"))
    return _("Type the percent complete, from 0 to 100");
  return NULL;
}
