/* pw-sheet-merge.c: filled sheets merged back into a plan, with a report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheets come back from departments: the collection templates written
 * by pw-sheet.c, filled in, or the export, or a sheet retyped by hand with
 * the same headers. Each worksheet is known by its headers (指标名称 for
 * indicators, 项目名称 for projects); each row is matched by the hidden id
 * column (编号) or, where a sheet was retyped without ids, by name and unit
 * (an indicator's 单位, a project's 牵头单位), when that names exactly one.
 *
 * What is merged: each year's actual value of an indicator (or the state of
 * a qualitative one) and its note; a project's status and percent complete.
 * The other columns identify a row and are not read. Every value goes
 * through the model's value parser, and one that means what the plan
 * already has (92.50 for 92.5) changes nothing. An empty cell clears
 * nothing. Nothing is overwritten silently: every value filled or changed
 * (old → new) is in the report, and a value that cannot be read, or that
 * two sheets (or two rows) give differently, is not merged and is reported.
 * All changes are one step of the plan's history.
 */

#define G_LOG_DOMAIN "pw-sheet"

#include "config.h"

#include "pw-sheet-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pw-box.h"
#include "pw-chapter.h"
#include "pw-import-sheet.h"
#include "pw-indicator.h"
#include "pw-locate.h"
#include "pw-project.h"

struct _PwMergeReport
{
  GPtrArray *entries; /* of PwMergeEntry */
  guint n_rows;       /* rows matched */
};

typedef enum
{
  FIELD_ACTUAL,   /* of a year */
  FIELD_NOTE,
  FIELD_STATUS,   /* a project's */
  FIELD_PROGRESS, /* a project's */
} Field;

/* One value a sheet proposes for one field of one object. */
typedef struct
{
  PwObject *object;  /* borrowed from the plan */
  Field field;
  int year;
  char *text;        /* as the sheet has it, for the report */
  char *key;         /* what it means, to compare proposals */
  PwValue *value;    /* FIELD_ACTUAL: the value, or NULL for a state */
  int number;        /* a state, a status, a percentage */
  const char *file;  /* borrowed from the caller */
  int line;
  gboolean conflict;
} Proposal;

/* Auxiliary methods */

static void
entry_free (gpointer data)
{
  PwMergeEntry *entry = data;

  g_free (entry->file);
  g_free (entry->object);
  g_free (entry->field);
  g_free (entry->old_text);
  g_free (entry->new_text);
  g_free (entry->message);
  g_free (entry);
}

static void
proposal_free (gpointer data)
{
  Proposal *proposal = data;

  g_free (proposal->text);
  g_free (proposal->key);
  g_clear_pointer (&proposal->value, pw_value_unref);
  g_free (proposal);
}

static void
report_add (PwMergeReport *report,
            PwMergeKind    kind,
            const char    *file,
            int            line,
            const char    *object,
            const char    *field,
            const char    *old_text,
            const char    *new_text,
            const char    *message)
{
  PwMergeEntry *entry = g_new0 (PwMergeEntry, 1);

  entry->kind = kind;
  entry->file = g_strdup (file);
  entry->line = line;
  entry->object = g_strdup (object);
  entry->field = g_strdup (field);
  entry->old_text = g_strdup (old_text);
  entry->new_text = g_strdup (new_text);
  entry->message = g_strdup (message);
  g_ptr_array_add (report->entries, entry);
}

static const char *
cell (PwImportSheetRow *row,
      int               column)
{
  if (column < 0)
    return "";
  for (int i = 0; i <= column; i++)
    if (row->cells[i] == NULL)
      return "";
  return row->cells[column];
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static char *
stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* The columns of a worksheet, found by their headers. */
typedef struct
{
  gboolean projects;
  int id;
  int name;
  int unit;       /* an indicator's unit, a project's lead */
  int note;
  int status;
  int progress;
  GArray *years;  /* of YearColumn */
} Columns;

typedef struct
{
  int column;
  int year;
} YearColumn;

static gboolean
find_columns (PwImportSheetRow *header,
              Columns          *columns)
{
  static GRegex *year_header;

  if (g_once_init_enter (&year_header))
    g_once_init_leave (&year_header, g_regex_new ("^([0-9]{4})年", G_REGEX_OPTIMIZE, 0, NULL));

  memset (columns, 0, sizeof *columns);
  columns->id = columns->name = columns->unit = columns->note = -1;
  columns->status = columns->progress = -1;
  columns->years = g_array_new (FALSE, FALSE, sizeof (YearColumn));

  for (int i = 0; header->cells[i] != NULL; i++)
    {
      g_autofree char *text = stripped (header->cells[i]);
      g_autoptr(GMatchInfo) match = NULL;

      if (strcmp (text, PW_HEADER_ID) == 0 || g_ascii_strcasecmp (text, "id") == 0)
        columns->id = i;
      else if (strcmp (text, PW_HEADER_NAME) == 0)
        columns->name = i;
      else if (strcmp (text, PW_HEADER_PROJECT) == 0)
        {
          columns->name = i;
          columns->projects = TRUE;
        }
      else if (strcmp (text, PW_HEADER_UNIT) == 0 || strcmp (text, PW_HEADER_LEAD) == 0)
        columns->unit = i;
      else if (strcmp (text, PW_HEADER_NOTE) == 0)
        columns->note = i;
      else if (strcmp (text, PW_HEADER_PROJECT_STATUS) == 0)
        columns->status = i;
      else if (strcmp (text, PW_HEADER_PROGRESS) == 0)
        columns->progress = i;
      else if (g_regex_match (year_header, text, 0, &match))
        {
          g_autofree char *digits = g_match_info_fetch (match, 1);
          YearColumn year = { i, atoi (digits) };

          g_array_append_val (columns->years, year);
        }
    }

  return columns->name >= 0 || columns->id >= 0;
}

/* Every project of the plan, for matching by name. */
static void
collect_projects (PwPlan    *plan,
                  GPtrArray *projects)
{
  GListModel *chapters = pw_plan_get_chapters (plan);

  for (guint c = 0; c < g_list_model_get_n_items (chapters); c++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, c);
      GListModel *boxes = pw_chapter_get_boxes (chapter);

      for (guint b = 0; b < g_list_model_get_n_items (boxes); b++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, b);
          GListModel *list = pw_box_get_projects (box);

          for (guint p = 0; p < g_list_model_get_n_items (list); p++)
            g_ptr_array_add (projects, g_list_model_get_item (list, p));
        }
    }
}

static const char *
object_name (PwObject *object)
{
  const char *name = PW_IS_INDICATOR (object) ? pw_indicator_get_name (PW_INDICATOR (object))
                                              : pw_project_get_name (PW_PROJECT (object));

  return name != NULL ? name : "";
}

static const char *
object_unit (PwObject *object)
{
  const char *unit = PW_IS_INDICATOR (object) ? pw_indicator_get_unit (PW_INDICATOR (object))
                                              : pw_project_get_lead (PW_PROJECT (object));

  return unit != NULL ? unit : "";
}

/* The row's object: by id, else by name and unit when they name one. */
static PwObject *
match_row (PwPlan           *plan,
           GPtrArray        *projects,
           Columns          *columns,
           PwImportSheetRow *row,
           const char      **why)
{
  g_autofree char *id = stripped (cell (row, columns->id));
  g_autofree char *name = stripped (cell (row, columns->name));
  g_autofree char *unit = stripped (cell (row, columns->unit));
  PwObject *found = NULL;
  guint n_found = 0;

  *why = NULL;
  if (*id != '\0')
    {
      PwObject *object = pw_plan_find_object (plan, id);

      if (object != NULL && (columns->projects ? PW_IS_PROJECT (object) : PW_IS_INDICATOR (object)))
        return object;
    }

  if (*name == '\0')
    {
      *why = *id != '\0' ? _("no object of the plan has this id") : _("the row has no name");
      return NULL;
    }

  if (columns->projects)
    {
      for (guint i = 0; i < projects->len; i++)
        if (strcmp (object_name (projects->pdata[i]), name) == 0 &&
            (columns->unit < 0 || strcmp (object_unit (projects->pdata[i]), unit) == 0))
          {
            found = projects->pdata[i];
            n_found++;
          }
    }
  else
    {
      GListModel *indicators = pw_plan_get_indicators (plan);

      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(PwObject) indicator = g_list_model_get_item (indicators, i);

          if (strcmp (object_name (indicator), name) == 0 &&
              (columns->unit < 0 || strcmp (object_unit (indicator), unit) == 0))
            {
              found = indicator;
              n_found++;
            }
        }
    }

  if (n_found == 1)
    return found;
  *why = n_found == 0 ? _("no indicator or project of the plan has this name and unit")
                      : _("more than one indicator or project has this name and unit");
  return NULL;
}

static char *
field_label (Field field,
             int   year)
{
  switch (field)
    {
    case FIELD_ACTUAL:
      return g_strdup_printf (PW_HEADER_YEAR, year);
    case FIELD_NOTE:
      return g_strdup (PW_HEADER_NOTE);
    case FIELD_STATUS:
      return g_strdup (PW_HEADER_PROJECT_STATUS);
    case FIELD_PROGRESS:
    default:
      return g_strdup (PW_HEADER_PROGRESS);
    }
}

/* What the plan has now, as the sheets print it. */
static char *
current_text (Proposal *p)
{
  if (p->field == FIELD_ACTUAL)
    {
      PwIndicator *indicator = PW_INDICATOR (p->object);
      PwValue *actual = pw_indicator_get_actual (indicator, p->year);
      PwQualState state = pw_indicator_get_state (indicator, p->year);

      if (actual != NULL)
        return g_strdup (pw_value_get_text (actual));
      if (state != PW_QUAL_STATE_NONE)
        return g_strdup (pw_qual_state_to_word (state));
      return NULL;
    }
  if (p->field == FIELD_NOTE)
    return g_strdup (pw_indicator_get_note (PW_INDICATOR (p->object)));
  if (p->field == FIELD_STATUS)
    return g_strdup (pw_project_status_to_word (pw_project_get_status (PW_PROJECT (p->object))));
  return g_strdup_printf ("%d", pw_project_get_progress (PW_PROJECT (p->object)));
}

/* Whether the proposal means what the plan has already. */
static gboolean
is_unchanged (Proposal *p)
{
  if (p->field == FIELD_ACTUAL)
    {
      PwIndicator *indicator = PW_INDICATOR (p->object);
      PwValue *actual = pw_indicator_get_actual (indicator, p->year);

      if (p->value == NULL)
        return actual == NULL && (int) pw_indicator_get_state (indicator, p->year) == p->number;
      if (actual == NULL)
        return FALSE;
      if (pw_value_equal (actual, p->value))
        return TRUE;
      /* 92.50 and 92.5: a spreadsheet shows a number its own way */
      return pw_value_get_kind (actual) == PW_VALUE_NUMBER &&
             pw_value_get_kind (p->value) == PW_VALUE_NUMBER &&
             pw_value_get_comparator (actual) == pw_value_get_comparator (p->value) &&
             pw_value_get_unit_kind (actual) == pw_value_get_unit_kind (p->value) &&
             g_strcmp0 (pw_value_get_suffix (actual), pw_value_get_suffix (p->value)) == 0 &&
             pw_value_get_number (actual) == pw_value_get_number (p->value);
    }
  if (p->field == FIELD_NOTE)
    return g_strcmp0 (pw_indicator_get_note (PW_INDICATOR (p->object)), p->text) == 0;
  if (p->field == FIELD_STATUS)
    return (int) pw_project_get_status (PW_PROJECT (p->object)) == p->number;
  return pw_project_get_progress (PW_PROJECT (p->object)) == p->number;
}

static void
apply (Proposal *p)
{
  switch (p->field)
    {
    case FIELD_ACTUAL:
      /* a state replaces a value, as typing one in the grid does */
      if (p->value == NULL)
        {
          pw_indicator_set_actual (PW_INDICATOR (p->object), p->year, NULL);
          pw_indicator_set_state (PW_INDICATOR (p->object), p->year, p->number);
        }
      else
        pw_indicator_set_actual (PW_INDICATOR (p->object), p->year, p->value);
      break;
    case FIELD_NOTE:
      pw_indicator_set_note (PW_INDICATOR (p->object), p->text);
      break;
    case FIELD_STATUS:
      pw_project_set_status (PW_PROJECT (p->object), p->number);
      break;
    case FIELD_PROGRESS:
      pw_project_set_progress (PW_PROJECT (p->object), p->number);
      break;
    }
}

/* A percentage typed: 40, 40%, 40.0; a spreadsheet's 0.4 for 40% is read as
 * such only when it is below 1 and written with a fraction. */
static gboolean
parse_percentage (const char *text,
                  int        *number)
{
  g_autofree char *s = stripped (text);
  char *end;
  double value;
  gsize n = strlen (s);

  if (n > 0 && (s[n - 1] == '%' || g_str_has_suffix (s, "％")))
    s[g_str_has_suffix (s, "％") ? n - strlen ("％") : n - 1] = '\0';
  g_strstrip (s);
  if (*s == '\0')
    return FALSE;
  value = g_ascii_strtod (s, &end);
  if (*end != '\0' || isnan (value) || value < 0 || value > 100 || value != floor (value))
    return FALSE;
  *number = (int) value;
  return TRUE;
}

typedef struct
{
  PwPlan *plan;
  PwMergeReport *report;
  GHashTable *proposals; /* key → Proposal */
  GPtrArray *order;      /* the proposals in the order read */
  GPtrArray *projects;
  GPtrArray *places;     /* the names of the sheets read, which proposals borrow */
} Merge;

static void
propose (Merge        *m,
         PwObject     *object,
         Field         field,
         int           year,
         const char   *text,
         const char   *file,
         int           line)
{
  g_autofree char *label = field_label (field, year);
  Proposal *p = g_new0 (Proposal, 1);
  g_autofree char *key = NULL;
  Proposal *earlier;

  p->object = object;
  p->field = field;
  p->year = year;
  p->text = g_strdup (text);
  p->file = file;
  p->line = line;

  switch (field)
    {
    case FIELD_ACTUAL:
      {
        PwQualState state;

        if (pw_indicator_is_qualitative (PW_INDICATOR (object)) && pw_qual_state_from_text (text, &state))
          {
            p->number = state;
            p->key = g_strdup_printf ("state:%d", state);
          }
        else
          {
            g_autofree char *value_text = stripped (text);

            p->value = pw_value_new (value_text);
            if (pw_value_get_kind (p->value) == PW_VALUE_INVALID)
              {
                g_autofree char *why = g_strdup_printf (_("cannot be read: %s"), pw_value_get_problem (p->value));

                report_add (m->report, PW_MERGE_UNREADABLE, file, line, object_name (object), label,
                            NULL, text, why);
                proposal_free (p);
                return;
              }
            g_free (p->text);
            p->text = g_steal_pointer (&value_text);
            p->key = pw_value_get_kind (p->value) == PW_VALUE_NUMBER
                       ? g_strdup_printf ("%d:%d:%.17g:%s", pw_value_get_comparator (p->value),
                                          pw_value_get_unit_kind (p->value), pw_value_get_number (p->value),
                                          pw_value_get_suffix (p->value) ? pw_value_get_suffix (p->value) : "")
                       : g_strdup (p->text);
          }
        break;
      }
    case FIELD_NOTE:
      p->key = g_strdup (text);
      break;
    case FIELD_STATUS:
      {
        PwProjectStatus status;

        if (!pw_project_status_from_text (text, &status))
          {
            report_add (m->report, PW_MERGE_UNREADABLE, file, line, object_name (object), label, NULL, text,
                        _("is not a status: 未开工, 在建, 已完工 or 暂缓"));
            proposal_free (p);
            return;
          }
        p->number = status;
        p->key = g_strdup_printf ("%d", status);
        break;
      }
    case FIELD_PROGRESS:
      if (!parse_percentage (text, &p->number))
        {
          report_add (m->report, PW_MERGE_UNREADABLE, file, line, object_name (object), label, NULL, text,
                      _("is not a whole percentage from 0 to 100"));
          proposal_free (p);
          return;
        }
      p->key = g_strdup_printf ("%d", p->number);
      break;
    }

  key = g_strdup_printf ("%p:%d:%d", (void *) object, field, year);
  earlier = g_hash_table_lookup (m->proposals, key);
  if (earlier == NULL)
    {
      g_hash_table_insert (m->proposals, g_steal_pointer (&key), p);
      g_ptr_array_add (m->order, p);
      return;
    }

  if (strcmp (earlier->key, p->key) != 0)
    {
      g_autofree char *where = g_strdup_printf (_("%s:%d says “%s”"), earlier->file, earlier->line, earlier->text);

      if (!earlier->conflict)
        {
          g_autofree char *other = g_strdup_printf (_("%s:%d says “%s”"), file, line, p->text);

          report_add (m->report, PW_MERGE_CONFLICT, earlier->file, earlier->line, object_name (object), label,
                      NULL, earlier->text, other);
        }
      report_add (m->report, PW_MERGE_CONFLICT, file, line, object_name (object), label, NULL, p->text, where);
      earlier->conflict = TRUE;
    }
  proposal_free (p);
}

static void
read_sheet (Merge         *m,
            PwImportSheet *sheet,
            const char    *file)
{
  Columns columns;
  g_autofree char *place = NULL;

  if (sheet->rows->len == 0)
    return;

  if (!find_columns (sheet->rows->pdata[0], &columns))
    {
      g_array_unref (columns.years);
      return;
    }

  place = sheet->name != NULL ? g_strdup_printf ("%s[%s]", file, sheet->name) : g_strdup (file);

  for (guint r = 1; r < sheet->rows->len; r++)
    {
      PwImportSheetRow *row = sheet->rows->pdata[r];
      const char *why;
      PwObject *object = match_row (m->plan, m->projects, &columns, row, &why);

      if (object == NULL)
        {
          g_autofree char *name = stripped (cell (row, columns.name));

          report_add (m->report, PW_MERGE_UNMATCHED, place, row->line, *name != '\0' ? name : NULL, NULL,
                      NULL, NULL, why);
          continue;
        }
      m->report->n_rows++;

      if (!columns.projects)
        {
          for (guint y = 0; y < columns.years->len; y++)
            {
              YearColumn *year = &g_array_index (columns.years, YearColumn, y);
              const char *text = cell (row, year->column);

              if (is_blank (text))
                continue;
              if (year->year < pw_plan_get_start_year (m->plan) || year->year > pw_plan_get_end_year (m->plan))
                {
                  g_autofree char *label = field_label (FIELD_ACTUAL, year->year);
                  g_autofree char *outside = g_strdup_printf (_("the year %d is outside the plan’s period"),
                                                              year->year);

                  report_add (m->report, PW_MERGE_UNREADABLE, place, row->line, object_name (object), label,
                              NULL, text, outside);
                  continue;
                }
              propose (m, object, FIELD_ACTUAL, year->year, text, place, row->line);
            }
          if (!is_blank (cell (row, columns.note)))
            propose (m, object, FIELD_NOTE, 0, cell (row, columns.note), place, row->line);
        }
      else
        {
          if (!is_blank (cell (row, columns.status)))
            propose (m, object, FIELD_STATUS, 0, cell (row, columns.status), place, row->line);
          if (!is_blank (cell (row, columns.progress)))
            propose (m, object, FIELD_PROGRESS, 0, cell (row, columns.progress), place, row->line);
        }
    }

  g_ptr_array_add (m->places, g_steal_pointer (&place));
  g_array_unref (columns.years);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const PwMergeEntry *x = *(PwMergeEntry * const *) a;
  const PwMergeEntry *y = *(PwMergeEntry * const *) b;

  if (x->kind != y->kind)
    return (int) x->kind - (int) y->kind;
  return 0;
}

/* Public API */

/**
 * pw_sheet_merge:
 * @plan: the plan to merge into
 * @files: (array zero-terminated=1): .xlsx or .csv files
 * @error: where to say why a file cannot be read
 *
 * Merges filled sheets into @plan, as one step of its history: see the top
 * of this file. When a file cannot be read, nothing is merged.
 *
 * Returns: (transfer full) (nullable): what was merged and what was not
 */
PwMergeReport *
pw_sheet_merge (PwPlan             *plan,
                const char * const *files,
                GError            **error)
{
  g_autoptr(GPtrArray) workbooks = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_import_workbook_free);
  g_autoptr(GHashTable) proposals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, proposal_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) projects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (g_free);
  PwMergeReport *report;
  PwHistory *history;
  Merge m;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (files != NULL, NULL);

  for (guint i = 0; files[i] != NULL; i++)
    {
      /* a file of the current folder first: sheet:2024.csv is no URI */
      g_autoptr(GFile) file = g_file_test (files[i], G_FILE_TEST_EXISTS)
                              ? g_file_new_for_path (files[i]) : g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GError) local_error = NULL;
      PwImportWorkbook *workbook = pw_import_workbook_read (file, &local_error);

      if (workbook == NULL)
        {
          g_set_error (error, PW_SHEET_ERROR, PW_SHEET_ERROR_READ, "%s: %s", files[i], local_error->message);
          return NULL;
        }
      g_ptr_array_add (workbooks, workbook);
    }

  report = g_new0 (PwMergeReport, 1);
  report->entries = g_ptr_array_new_with_free_func (entry_free);
  collect_projects (plan, projects);

  m.plan = plan;
  m.report = report;
  m.proposals = proposals;
  m.order = order;
  m.projects = projects;
  m.places = places;

  for (guint i = 0; i < workbooks->len; i++)
    {
      PwImportWorkbook *workbook = workbooks->pdata[i];

      for (guint s = 0; s < workbook->sheets->len; s++)
        read_sheet (&m, workbook->sheets->pdata[s], files[i]);
    }

  history = pw_plan_get_history (plan);
  pw_history_begin (history, _("Merge Sheet"));
  for (guint i = 0; i < order->len; i++)
    {
      Proposal *p = order->pdata[i];
      g_autofree char *label = NULL;
      g_autofree char *old_text = NULL;

      if (p->conflict || is_unchanged (p))
        continue;

      label = field_label (p->field, p->year);
      old_text = current_text (p);
      report_add (report, old_text == NULL || *old_text == '\0' ? PW_MERGE_FILLED : PW_MERGE_CHANGED,
                  p->file, p->line, object_name (p->object), label, old_text, p->text, NULL);
      apply (p);
    }
  pw_history_end (history);

  g_ptr_array_sort (report->entries, compare_entries);
  return report;
}

guint
pw_merge_report_get_n_entries (PwMergeReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entries->len;
}

/**
 * pw_merge_report_get_entry:
 * @self: a report
 * @n: less than pw_merge_report_get_n_entries()
 *
 * Returns: (transfer none): the @n-th entry; entries come by kind (filled,
 *   changed, unmatched, unreadable, conflicts), each kind in the order read
 */
const PwMergeEntry *
pw_merge_report_get_entry (PwMergeReport *self,
                           guint          n)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n < self->entries->len, NULL);

  return self->entries->pdata[n];
}

guint
pw_merge_report_count (PwMergeReport *self,
                       PwMergeKind    kind)
{
  guint count = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->entries->len; i++)
    count += ((PwMergeEntry *) self->entries->pdata[i])->kind == kind;
  return count;
}

/**
 * pw_merge_report_get_n_rows:
 * @self: a report
 *
 * Returns: how many rows were matched to an indicator or a project
 */
guint
pw_merge_report_get_n_rows (PwMergeReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rows;
}

/**
 * pw_merge_report_get_summary:
 * @self: a report
 *
 * Returns: (transfer full): how many rows were matched, and how many
 *   entries of each kind there are, in one sentence
 */
char *
pw_merge_report_get_summary (PwMergeReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup_printf (_("%'u rows matched: %'u values filled, %'u changed; %'u rows not matched, "
                            "%'u values unreadable, %'u in conflict"),
                          self->n_rows, pw_merge_report_count (self, PW_MERGE_FILLED),
                          pw_merge_report_count (self, PW_MERGE_CHANGED),
                          pw_merge_report_count (self, PW_MERGE_UNMATCHED),
                          pw_merge_report_count (self, PW_MERGE_UNREADABLE),
                          pw_merge_report_count (self, PW_MERGE_CONFLICT));
}

/**
 * pw_merge_report_to_string:
 * @self: a report
 *
 * Returns: (transfer full): a summary line, then one line per entry:
 *   "FILE:LINE: kind: object, column: old → new (why)"
 */
char *
pw_merge_report_to_string (PwMergeReport *self)
{
  GString *out = g_string_new (NULL);
  g_autofree char *summary = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  summary = pw_merge_report_get_summary (self);
  g_string_append (out, summary);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < self->entries->len; i++)
    {
      PwMergeEntry *e = self->entries->pdata[i];
      const char *kind;

      switch (e->kind)
        {
        case PW_MERGE_FILLED:
          kind = _("filled");
          break;
        case PW_MERGE_CHANGED:
          kind = _("changed");
          break;
        case PW_MERGE_UNMATCHED:
          kind = _("not matched");
          break;
        case PW_MERGE_UNREADABLE:
          kind = _("unreadable");
          break;
        case PW_MERGE_CONFLICT:
        default:
          kind = _("conflict");
          break;
        }

      g_string_append_printf (out, "%s:%d: %s: %s", e->file, e->line, kind, e->object ? e->object : "");
      if (e->field != NULL)
        g_string_append_printf (out, ", %s", e->field);
      if (e->kind == PW_MERGE_CHANGED)
        g_string_append_printf (out, ": %s → %s", e->old_text, e->new_text);
      else if (e->new_text != NULL)
        g_string_append_printf (out, ": %s", e->new_text);
      if (e->message != NULL)
        g_string_append_printf (out, " (%s)", e->message);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

void
pw_merge_report_free (PwMergeReport *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->entries);
  g_free (self);
}
