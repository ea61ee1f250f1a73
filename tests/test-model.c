/* test-model.c: the objects of a plan, their signals, lists and ids
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <time.h>

#include "pw-compare.h"
#include "pw-enums.h"
#include "pw-heading-number.h"
#include "pw-plan.h"
#include "pw-project.h"
#include "pw-test-util.h"

/* Auxiliary methods */

typedef struct
{
  GPtrArray *names; /* of the properties notified, in order */
} Notifications;

static void
on_notify (GObject       *object,
           GParamSpec    *pspec,
           Notifications *notifications)
{
  g_ptr_array_add (notifications->names, (gpointer) pspec->name);
}

/* A value of @pspec's type that differs from @current. */
static void
other_value (GParamSpec   *pspec,
             const GValue *current,
             GValue       *other)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (other, type);

  if (type == G_TYPE_STRING)
    {
      const char *now = g_value_get_string (current);

      g_value_set_string (other, g_strcmp0 (now, "规划工作台") == 0 ? "规划" : "规划工作台");
    }
  else if (type == G_TYPE_INT)
    {
      GParamSpecInt *ispec = G_PARAM_SPEC_INT (pspec);
      int now = g_value_get_int (current);

      g_value_set_int (other, now < ispec->maximum ? now + 1 : now - 1);
    }
  else if (type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *dspec = G_PARAM_SPEC_DOUBLE (pspec);
      double now = g_value_get_double (current);

      if (isnan (now))
        g_value_set_double (other, 1.5);
      else
        g_value_set_double (other, now + 0.25 <= dspec->maximum ? now + 0.25 : now - 0.25);
    }
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (other, !g_value_get_boolean (current));
  else if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;

      for (guint i = 0; i < klass->n_values; i++)
        if (klass->values[i].value != g_value_get_enum (current))
          {
            g_value_set_enum (other, klass->values[i].value);
            break;
          }
    }
  else if (type == PW_TYPE_PART)
    {
      /* a part of its own: the test only reads it back */
      g_autoptr(PwPart) part = pw_part_new ();

      g_value_set_object (other, g_value_get_object (current) == NULL ? part : NULL);
    }
  else if (type == PW_TYPE_FINDINGS)
    {
      g_autoptr(PwFindings) findings = pw_findings_new ("规划.txt");

      g_value_set_object (other, g_value_get_object (current) == NULL ? findings : NULL);
    }
  else if (type == PW_TYPE_VALUE)
    {
      const PwValue *now = g_value_get_boxed (current);

      g_value_take_boxed (other, pw_value_new (now != NULL && g_str_equal (pw_value_get_text (now), "≥90%")
                                                 ? "≤10" : "≥90%"));
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *now = g_value_get_boxed (current);
      static const char * const one[] = { "市教育局", NULL };
      static const char * const two[] = { "市教育局", "市卫健委", NULL };

      g_value_set_boxed (other, now != NULL && g_strv_length ((char **) now) == 1 ? two : one);
    }
  else
    g_assert_not_reached ();
}

/* Sets every writable property of @object to another value, then again to
 * an equal one: one notify of that property, then none. */
static void
check_notify_once (GObject *object)
{
  Notifications notifications = { g_ptr_array_new () };
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_signal_connect (object, "notify", G_CALLBACK (on_notify), &notifications);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GValue current = G_VALUE_INIT;
      GValue other = G_VALUE_INIT;
      GValue same = G_VALUE_INIT;
      GValue read = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_WRITABLE) == 0)
        continue;

      g_test_message ("%s:%s", G_OBJECT_TYPE_NAME (object), pspecs[i]->name);
      g_value_init (&current, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &current);
      other_value (pspecs[i], &current, &other);

      g_ptr_array_set_size (notifications.names, 0);
      g_object_set_property (object, pspecs[i]->name, &other);
      g_assert_cmpuint (notifications.names->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (notifications.names, 0), ==, pspecs[i]->name);

      g_value_init (&read, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &read);
      if (pspecs[i]->value_type == G_TYPE_STRV)
        g_assert_true (g_strv_equal (g_value_get_boxed (&read), g_value_get_boxed (&other)));
      else
        g_assert_cmpint (g_param_values_cmp (pspecs[i], &read, &other), ==, 0);

      /* an equal value (for a PwValue, another one printed the same) */
      g_value_init (&same, pspecs[i]->value_type);
      if (pspecs[i]->value_type == PW_TYPE_VALUE)
        g_value_take_boxed (&same, pw_value_new (pw_value_get_text (g_value_get_boxed (&other))));
      else
        g_value_copy (&other, &same);
      g_ptr_array_set_size (notifications.names, 0);
      g_object_set_property (object, pspecs[i]->name, &same);
      g_assert_cmpuint (notifications.names->len, ==, 0);

      g_value_unset (&current);
      g_value_unset (&other);
      g_value_unset (&same);
      g_value_unset (&read);
    }

  g_signal_handlers_disconnect_by_data (object, &notifications);
  g_ptr_array_unref (notifications.names);
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *log)
{
  ItemsChanged change = { position, removed, added };

  /* the list already has its new length when it tells */
  g_assert_cmpuint (position + added, <=, g_list_model_get_n_items (list));
  g_array_append_val (log, change);
}

static GArray *
watch (GListModel *list)
{
  GArray *log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), log);
  return log;
}

/* Checks the items-changed emitted since the last call, then forgets them. */
static void
assert_changes (GArray            *log,
                const ItemsChanged *expected,
                guint               n_expected)
{
  g_assert_cmpuint (log->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      ItemsChanged *change = &g_array_index (log, ItemsChanged, i);

      g_assert_cmpuint (change->position, ==, expected[i].position);
      g_assert_cmpuint (change->removed, ==, expected[i].removed);
      g_assert_cmpuint (change->added, ==, expected[i].added);
    }
  g_array_set_size (log, 0);
}

#define assert_changed(log, ...) \
  G_STMT_START { \
    const ItemsChanged expected_[] = { __VA_ARGS__ }; \
    assert_changes (log, expected_, G_N_ELEMENTS (expected_)); \
  } G_STMT_END

#define assert_unchanged(log) assert_changes (log, NULL, 0)

/* Notify */

static void
test_notify_every_class (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(PwBox) column = pw_box_new ();
  g_autoptr(PwSection) section = pw_section_new ();
  g_autoptr(PwServiceItem) item = pw_service_item_new ();
  g_autoptr(PwProject) project = pw_project_new ();
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwComment) comment = pw_comment_new ();
  g_autoptr(PwPart) part = pw_part_new ();

  /* attached to a history, as in a real plan */
  pw_plan_insert_part (plan, 0, part);
  pw_plan_insert_chapter (plan, 0, chapter);
  pw_chapter_insert_box (chapter, 0, column);
  pw_chapter_insert_section (chapter, 0, section);
  pw_chapter_insert_service_item (chapter, 0, item);
  pw_box_insert_project (column, 0, project);
  pw_plan_insert_indicator (plan, 0, indicator);
  pw_plan_insert_comment (plan, 0, comment);

  check_notify_once (G_OBJECT (plan));
  check_notify_once (G_OBJECT (pw_plan_get_thresholds (plan)));
  check_notify_once (G_OBJECT (part));
  check_notify_once (G_OBJECT (chapter));
  check_notify_once (G_OBJECT (column));
  check_notify_once (G_OBJECT (section));
  check_notify_once (G_OBJECT (item));
  check_notify_once (G_OBJECT (project));
  check_notify_once (G_OBJECT (indicator));
  check_notify_once (G_OBJECT (comment));

  /* and outside any plan */
  {
    g_autoptr(PwIndicator) loose = pw_indicator_new ();

    check_notify_once (G_OBJECT (loose));
  }
}

static void
test_notify_setters (void)
{
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwProject) project = pw_project_new ();
  g_autoptr(PwValue) a = pw_value_new ("96.5%");
  g_autoptr(PwValue) b = pw_value_new ("96.5%");
  Notifications notifications = { g_ptr_array_new () };

  g_signal_connect (indicator, "notify", G_CALLBACK (on_notify), &notifications);
  g_signal_connect (project, "notify", G_CALLBACK (on_notify), &notifications);

  pw_indicator_set_baseline (indicator, a);
  pw_indicator_set_baseline (indicator, b);
  pw_indicator_set_unit (indicator, "%");
  pw_indicator_set_unit (indicator, "%");
  pw_indicator_set_baseline (indicator, NULL);
  pw_indicator_set_baseline (indicator, NULL);
  pw_project_set_investment (project, NAN);
  pw_project_set_investment (project, 100);
  pw_project_set_investment (project, 100);
  pw_project_set_investment (project, NAN);
  pw_project_set_progress (project, 40);
  pw_project_set_progress (project, 40);

  g_assert_cmpuint (notifications.names->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (notifications.names, 0), ==, "baseline");
  g_assert_cmpstr (g_ptr_array_index (notifications.names, 1), ==, "unit");
  g_assert_cmpstr (g_ptr_array_index (notifications.names, 2), ==, "baseline");
  g_assert_cmpstr (g_ptr_array_index (notifications.names, 3), ==, "investment");
  g_assert_cmpstr (g_ptr_array_index (notifications.names, 4), ==, "investment");
  g_assert_cmpstr (g_ptr_array_index (notifications.names, 5), ==, "progress");

  /* a share past 100 % is kept in the property's range */
  pw_project_set_progress (project, 150);
  g_assert_cmpint (pw_project_get_progress (project), ==, 100);

  g_signal_handlers_disconnect_by_data (indicator, &notifications);
  g_signal_handlers_disconnect_by_data (project, &notifications);
  g_ptr_array_unref (notifications.names);
}

/* Interned words */

/* pw_intern() gives g_intern_string()'s copy of any word, whatever its
 * cache holds: words of every length around the eight bytes its hash takes
 * at a time, words that differ in one byte at their start, middle or end,
 * and more words than the cache has slots. */
static void
test_intern (void)
{
  static const char * const words[] = {
    "", "张", "ch-1", "ch-12", "1234567", "12345678", "123456789", "x2345678", "1234567x",
    "1234567812345678", "12345678x2345678", "123456781234567x", "基本公共服务", "基本公共服务A",
    "A基本公共服务", "普惠性非基本公共服务", "普惠性非基本公共服务和社会保障", "普惠性非基本公共服务和社会保险",
  };

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        g_autofree char *copy = g_strdup (words[i]);
        const char *interned = pw_intern (copy);

        g_assert_true (interned == g_intern_string (words[i]));
        g_assert_true (pw_intern (interned) == interned);
      }
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *word = g_strdup_printf ("领域%u", i % 5000);

      g_assert_true (pw_intern (word) == g_intern_string (word));
    }
  g_assert_null (pw_intern (NULL));
}

/* Years */

/* While a file is read, an object the reader has not put in a plan yet
 * fills without notifications, which nobody can hear; an object of a plan
 * notifies as always, and so does every object once reading ends. */
static void
test_notify_while_reading (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwIndicator) filled = pw_indicator_new ();
  g_autoptr(PwIndicator) in_plan = pw_indicator_new ();
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  Notifications notifications = { g_ptr_array_new () };

  pw_plan_insert_indicator (plan, 0, in_plan);
  g_signal_connect (filled, "notify", G_CALLBACK (on_notify), &notifications);
  g_signal_connect (in_plan, "notify", G_CALLBACK (on_notify), &notifications);
  g_signal_connect (chapter, "notify", G_CALLBACK (on_notify), &notifications);

  pw_object_begin_reading ();
  pw_object_begin_reading ();
  pw_indicator_set_name (filled, "门诊量");
  pw_indicator_set_unit (filled, "万人次");
  pw_object_set_id (PW_OBJECT (filled), "ind-1");
  pw_indicator_set_name (in_plan, "床位数");
  pw_object_end_reading ();
  /* nested: still reading */
  pw_chapter_set_title (chapter, "第一章");
  pw_plan_insert_chapter (plan, 0, chapter);
  pw_chapter_set_title (chapter, "第一章 总则");
  pw_object_end_reading ();
  pw_indicator_set_note (filled, "口径");

  g_assert_cmpstr (pw_indicator_get_name (filled), ==, "门诊量");
  g_assert_cmpstr (pw_indicator_get_unit (filled), ==, "万人次");
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (filled)), ==, "ind-1");
  g_assert_cmpstr (pw_chapter_get_title (chapter), ==, "第一章 总则");
  g_assert_cmpuint (notifications.names->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (notifications.names, 0), ==, "name");
  g_assert_cmpstr (g_ptr_array_index (notifications.names, 1), ==, "title");
  g_assert_cmpstr (g_ptr_array_index (notifications.names, 2), ==, "note");

  g_signal_handlers_disconnect_by_data (filled, &notifications);
  g_signal_handlers_disconnect_by_data (in_plan, &notifications);
  g_signal_handlers_disconnect_by_data (chapter, &notifications);
  g_ptr_array_unref (notifications.names);
}

typedef struct
{
  GArray *years;
} YearLog;

static void
on_year_changed (PwIndicator *indicator,
                 int          year,
                 YearLog     *log)
{
  g_array_append_val (log->years, year);
}

static void
test_year_changed (void)
{
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwValue) a = pw_value_new ("1.8");
  g_autoptr(PwValue) same = pw_value_new ("1.8");
  g_autoptr(PwValue) empty = pw_value_new ("");
  g_autoptr(PwValue) spaces = pw_value_new ("\u3000 ");
  YearLog log = { g_array_new (FALSE, FALSE, sizeof (int)) };

  g_signal_connect (indicator, "year-changed", G_CALLBACK (on_year_changed), &log);

  pw_indicator_set_actual (indicator, 2022, a);
  pw_indicator_set_actual (indicator, 2022, same);          /* no change */
  pw_indicator_set_state (indicator, 2023, PW_QUAL_STATE_IN_PROGRESS);
  pw_indicator_set_state (indicator, 2023, PW_QUAL_STATE_IN_PROGRESS); /* no change */
  pw_indicator_set_actual (indicator, 2024, NULL);          /* nothing to clear */
  pw_indicator_set_actual (indicator, 2022, empty);         /* clears */
  pw_indicator_set_state (indicator, 2021, PW_QUAL_STATE_NONE); /* nothing to clear */
  pw_indicator_set_actual (indicator, 2025, spaces);        /* nothing printed */

  g_assert_cmpuint (log.years->len, ==, 3);
  g_assert_cmpint (g_array_index (log.years, int, 0), ==, 2022);
  g_assert_cmpint (g_array_index (log.years, int, 1), ==, 2023);
  g_assert_cmpint (g_array_index (log.years, int, 2), ==, 2022);

  g_assert_null (pw_indicator_get_actual (indicator, 2022));
  g_assert_cmpuint (pw_indicator_get_n_years (indicator), ==, 1);
  g_assert_cmpint (pw_indicator_get_nth_year (indicator, 0), ==, 2023);

  g_signal_handlers_disconnect_by_data (indicator, &log);
  g_array_unref (log.years);
}

static void
test_years_sorted (void)
{
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  const int years[] = { 2024, 2021, 2023, 2025, 2022 };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", years[i] - 2000);
      g_autoptr(PwValue) actual = pw_value_new (text);

      pw_indicator_set_actual (indicator, years[i], actual);
    }

  g_assert_cmpuint (pw_indicator_get_n_years (indicator), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      int year = pw_indicator_get_nth_year (indicator, i);

      g_assert_cmpint (year, ==, 2021 + (int) i);
      g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_actual (indicator, year)), ==, year - 2000);
    }
}

/* A reader's years: out of order, more than the five an indicator holds
 * inside itself, one repeated (the second replaces it), an empty value and a
 * state alone; no signal, no undo step. */
static void
test_years_load (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  const int years[] = { 2030, 2021, 2027, 2024, 2022, 2029, 2023, 2026, 2025, 2028 };
  YearLog log = { g_array_new (FALSE, FALSE, sizeof (int)) };

  g_signal_connect (indicator, "year-changed", G_CALLBACK (on_year_changed), &log);

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *text = g_strdup_printf ("%d.5", years[i] - 2000);

      pw_indicator_load_year (indicator, years[i], pw_value_new (text), PW_QUAL_STATE_NONE);
    }
  pw_indicator_load_year (indicator, 2024, pw_value_new ("7"), PW_QUAL_STATE_NONE);
  pw_indicator_load_year (indicator, 2031, pw_value_new (" "), PW_QUAL_STATE_NONE);
  pw_indicator_load_year (indicator, 2032, NULL, PW_QUAL_STATE_DONE);
  pw_indicator_load_year (indicator, 2033, NULL, PW_QUAL_STATE_NONE);

  g_assert_cmpuint (log.years->len, ==, 1);   /* the year given twice only */
  g_assert_cmpuint (pw_indicator_get_n_years (indicator), ==, 11);
  for (guint i = 0; i < 10; i++)
    {
      int year = pw_indicator_get_nth_year (indicator, i);

      g_assert_cmpint (year, ==, 2021 + (int) i);
      g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_actual (indicator, year)), ==,
                         year == 2024 ? 7 : year - 2000 + 0.5);
    }
  g_assert_cmpint (pw_indicator_get_nth_year (indicator, 10), ==, 2032);
  g_assert_null (pw_indicator_get_actual (indicator, 2032));
  g_assert_cmpint (pw_indicator_get_state (indicator, 2032), ==, PW_QUAL_STATE_DONE);
  g_assert_null (pw_indicator_get_actual (indicator, 2031));

  /* inserted into a plan, it is an indicator like any other */
  pw_plan_insert_indicator (plan, 0, indicator);
  pw_indicator_set_actual (indicator, 2021, NULL);
  g_assert_cmpuint (pw_indicator_get_n_years (indicator), ==, 10);
  g_assert_true (pw_history_undo (pw_plan_get_history (plan)));
  g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_actual (indicator, 2021)), ==, 21.5);

  g_signal_handlers_disconnect_by_data (indicator, &log);
  g_array_unref (log.years);
}

static void
test_latest_actual (void)
{
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwValue) a2021 = pw_value_new ("0.9");
  g_autoptr(PwValue) a2022 = pw_value_new ("——");
  g_autoptr(PwValue) a2024 = pw_value_new ("2.6");
  int year = -1;

  g_assert_null (pw_indicator_get_latest_actual (indicator, 2025, &year));
  g_assert_cmpint (year, ==, 0);

  pw_indicator_set_actual (indicator, 2021, a2021);
  pw_indicator_set_actual (indicator, 2022, a2022);
  pw_indicator_set_state (indicator, 2023, PW_QUAL_STATE_DONE);
  pw_indicator_set_actual (indicator, 2024, a2024);

  g_assert_true (pw_indicator_get_latest_actual (indicator, 2030, &year) == a2024);
  g_assert_cmpint (year, ==, 2024);
  /* the placeholder of 2022 and the state of 2023 are not values */
  g_assert_true (pw_indicator_get_latest_actual (indicator, 2023, &year) == a2021);
  g_assert_cmpint (year, ==, 2021);
  g_assert_true (pw_indicator_get_latest_actual (indicator, 2021, NULL) == a2021);
  g_assert_null (pw_indicator_get_latest_actual (indicator, 2020, &year));
  g_assert_cmpint (year, ==, 0);
}

static void
test_is_qualitative (void)
{
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwValue) goal = pw_value_new ("应保尽保");
  g_autoptr(PwValue) number = pw_value_new ("≥99%");

  g_assert_false (pw_indicator_is_qualitative (indicator));
  pw_indicator_set_target (indicator, goal);
  g_assert_true (pw_indicator_is_qualitative (indicator));
  pw_indicator_set_target (indicator, number);
  g_assert_false (pw_indicator_is_qualitative (indicator));
}

/* Lists */

static void
test_plan_items_changed (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(GArray) chapters = watch (pw_plan_get_chapters (plan));
  g_autoptr(GArray) indicators = watch (pw_plan_get_indicators (plan));
  g_autoptr(GArray) comments = watch (pw_plan_get_comments (plan));

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(PwChapter) chapter = pw_chapter_new ();
      g_autoptr(PwIndicator) indicator = pw_indicator_new ();
      g_autoptr(PwComment) comment = pw_comment_new ();

      pw_plan_insert_chapter (plan, i, chapter);
      pw_plan_insert_indicator (plan, 0, indicator);
      pw_plan_insert_comment (plan, i / 2, comment);
    }
  assert_changed (chapters, { 0, 0, 1 }, { 1, 0, 1 }, { 2, 0, 1 }, { 3, 0, 1 });
  assert_changed (indicators, { 0, 0, 1 }, { 0, 0, 1 }, { 0, 0, 1 }, { 0, 0, 1 });
  assert_changed (comments, { 0, 0, 1 }, { 0, 0, 1 }, { 1, 0, 1 }, { 1, 0, 1 });

  pw_plan_remove_chapter (plan, 2);
  assert_changed (chapters, { 2, 1, 0 });
  pw_plan_move_chapter (plan, 0, 2);
  assert_changed (chapters, { 0, 1, 0 }, { 2, 0, 1 });
  pw_plan_move_chapter (plan, 2, 1);
  assert_changed (chapters, { 2, 1, 0 }, { 1, 0, 1 });
  pw_plan_move_chapter (plan, 1, 1);
  assert_unchanged (chapters);

  pw_plan_remove_indicator (plan, 3);
  assert_changed (indicators, { 3, 1, 0 });
  pw_plan_move_indicator (plan, 2, 0);
  assert_changed (indicators, { 2, 1, 0 }, { 0, 0, 1 });
  pw_plan_remove_comment (plan, 0);
  assert_changed (comments, { 0, 1, 0 });
  pw_plan_move_comment (plan, 0, 2);
  assert_changed (comments, { 0, 1, 0 }, { 2, 0, 1 });

  /* undo emits the inverse, exactly */
  pw_history_undo (history);
  assert_changed (comments, { 2, 1, 0 }, { 0, 0, 1 });
  pw_history_undo (history);
  assert_changed (comments, { 0, 0, 1 });
  pw_history_undo (history);
  assert_changed (indicators, { 0, 1, 0 }, { 2, 0, 1 });
  pw_history_undo (history);
  assert_changed (indicators, { 3, 0, 1 });
  pw_history_undo (history);
  assert_changed (chapters, { 1, 1, 0 }, { 2, 0, 1 });
  pw_history_redo (history);
  assert_changed (chapters, { 2, 1, 0 }, { 1, 0, 1 });
  assert_unchanged (indicators);
  assert_unchanged (comments);
}

static void
test_nested_items_changed (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(PwBox) column = pw_box_new ();
  g_autoptr(GArray) sections = watch (pw_chapter_get_sections (chapter));
  g_autoptr(GArray) columns = watch (pw_chapter_get_boxes (chapter));
  g_autoptr(GArray) items = watch (pw_chapter_get_service_items (chapter));
  g_autoptr(GArray) projects = watch (pw_box_get_projects (column));

  pw_plan_insert_chapter (plan, 0, chapter);
  pw_chapter_insert_box (chapter, 0, column);
  assert_changed (columns, { 0, 0, 1 });

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PwSection) section = pw_section_new ();
      g_autoptr(PwServiceItem) item = pw_service_item_new ();
      g_autoptr(PwProject) project = pw_project_new ();

      pw_chapter_insert_section (chapter, i, section);
      pw_chapter_insert_service_item (chapter, 0, item);
      pw_box_insert_project (column, i, project);
    }
  assert_changed (sections, { 0, 0, 1 }, { 1, 0, 1 }, { 2, 0, 1 });
  assert_changed (items, { 0, 0, 1 }, { 0, 0, 1 }, { 0, 0, 1 });
  assert_changed (projects, { 0, 0, 1 }, { 1, 0, 1 }, { 2, 0, 1 });

  pw_chapter_move_section (chapter, 2, 0);
  assert_changed (sections, { 2, 1, 0 }, { 0, 0, 1 });
  pw_chapter_remove_service_item (chapter, 1);
  assert_changed (items, { 1, 1, 0 });
  pw_chapter_move_service_item (chapter, 0, 1);
  assert_changed (items, { 0, 1, 0 }, { 1, 0, 1 });
  pw_box_remove_project (column, 0);
  assert_changed (projects, { 0, 1, 0 });
  pw_box_move_project (column, 1, 0);
  assert_changed (projects, { 1, 1, 0 }, { 0, 0, 1 });
  pw_chapter_remove_box (chapter, 0);
  assert_changed (columns, { 0, 1, 0 });

  pw_history_undo (pw_plan_get_history (plan));
  assert_changed (columns, { 0, 0, 1 });
  pw_history_undo (pw_plan_get_history (plan));
  assert_changed (projects, { 0, 1, 0 }, { 1, 0, 1 });
  assert_unchanged (sections);
  assert_unchanged (items);
}

/* Parts */

static PwChapter *
chapter_at (PwPlan *plan,
            guint   position)
{
  g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (plan), position);

  return chapter;
}

/* The titles of the chapters of @list, e.g. "1 2 3" */
static char *
titles_of (GListModel *list)
{
  GString *titles = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (list, i);

      g_string_append_printf (titles, "%s%s", i > 0 ? " " : "", pw_chapter_get_title (chapter));
    }
  return g_string_free (titles, FALSE);
}

#define assert_titles(list, expected) \
  G_STMT_START { \
    g_autofree char *titles_ = titles_of (list); \
    g_assert_cmpstr (titles_, ==, expected); \
  } G_STMT_END

/* A 纲要 of two parts: chapters 1–3 in the first, 4–5 in the second. */
static PwPlan *
make_plan_with_parts (PwPart **first,
                      PwPart **second)
{
  PwPlan *plan = pw_plan_new ();

  *first = pw_part_new ();
  *second = pw_part_new ();
  pw_part_set_number (*first, 1);
  pw_part_set_number (*second, 2);
  pw_plan_insert_part (plan, 0, *first);
  pw_plan_insert_part (plan, 1, *second);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(PwChapter) chapter = pw_chapter_new ();
      g_autofree char *title = g_strdup_printf ("%u", i + 1);

      pw_chapter_set_number (chapter, i + 1);
      pw_chapter_set_title (chapter, title);
      pw_chapter_set_part (chapter, i < 3 ? *first : *second);
      pw_plan_insert_chapter (plan, i, chapter);
    }
  return plan;
}

static void
test_parts_chapters (void)
{
  g_autoptr(PwPart) first = NULL;
  g_autoptr(PwPart) second = NULL;
  g_autoptr(PwPlan) plan = make_plan_with_parts (&first, &second);
  PwHistory *history = pw_plan_get_history (plan);
  GListModel *first_chapters = pw_part_get_chapters (first);
  GListModel *second_chapters = pw_part_get_chapters (second);
  g_autoptr(GArray) first_log = watch (first_chapters);
  g_autoptr(GArray) second_log = watch (second_chapters);

  assert_titles (first_chapters, "1 2 3");
  assert_titles (second_chapters, "4 5");
  /* the flat list is all of them, in order */
  assert_titles (pw_plan_get_chapters (plan), "1 2 3 4 5");
  g_assert_true (pw_chapter_get_part (chapter_at (plan, 3)) == second);

  /* chapter 3 moves to the second part: it leaves the end of one list and
   * comes first in the other */
  pw_chapter_set_part (chapter_at (plan, 2), second);
  assert_titles (first_chapters, "1 2");
  assert_titles (second_chapters, "3 4 5");
  assert_changed (first_log, { 2, 1, 0 });
  assert_changed (second_log, { 0, 0, 1 });

  /* a new chapter at the end of the plan, in the second part */
  {
    g_autoptr(PwChapter) chapter = pw_chapter_new ();

    pw_chapter_set_title (chapter, "6");
    pw_chapter_set_part (chapter, second);
    pw_plan_insert_chapter (plan, 5, chapter);
  }
  assert_titles (second_chapters, "3 4 5 6");
  assert_changed (second_log, { 3, 0, 1 });
  assert_unchanged (first_log);

  /* removing chapter 4 from the plan takes it out of its part */
  pw_plan_remove_chapter (plan, 3);
  assert_titles (second_chapters, "3 5 6");
  assert_changed (second_log, { 1, 1, 0 });

  /* moving within the plan reorders the part's list */
  pw_plan_move_chapter (plan, 4, 2);
  assert_titles (pw_plan_get_chapters (plan), "1 2 6 3 5");
  assert_titles (second_chapters, "6 3 5");
  assert_unchanged (first_log);

  /* every step undoes, and the parts follow */
  pw_history_undo (history);
  assert_titles (second_chapters, "3 5 6");
  pw_history_undo (history);
  assert_titles (second_chapters, "3 4 5 6");
  pw_history_undo (history);
  assert_titles (second_chapters, "3 4 5");
  g_array_set_size (first_log, 0);
  pw_history_undo (history);
  assert_titles (first_chapters, "1 2 3");
  assert_titles (second_chapters, "4 5");
  assert_changed (first_log, { 2, 0, 1 });
  pw_history_redo (history);
  assert_titles (first_chapters, "1 2");
  assert_titles (second_chapters, "3 4 5");

  g_signal_handlers_disconnect_by_data (first_chapters, first_log);
  g_signal_handlers_disconnect_by_data (second_chapters, second_log);
}

static void
test_parts_list (void)
{
  g_autoptr(PwPart) first = NULL;
  g_autoptr(PwPart) second = NULL;
  g_autoptr(PwPlan) plan = make_plan_with_parts (&first, &second);
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(GArray) parts = watch (pw_plan_get_parts (plan));
  g_autoptr(PwPart) third = pw_part_new ();

  pw_plan_insert_part (plan, 2, third);
  assert_changed (parts, { 2, 0, 1 });
  g_assert_cmpuint (g_list_model_get_n_items (pw_part_get_chapters (third)), ==, 0);
  pw_plan_move_part (plan, 2, 0);
  assert_changed (parts, { 2, 1, 0 }, { 0, 0, 1 });
  pw_plan_move_part (plan, 0, 2);
  assert_changed (parts, { 0, 1, 0 }, { 2, 0, 1 });

  /* removing the first part leaves its chapters in the plan, in no part,
   * and is one step to undo */
  pw_plan_remove_part (plan, 0);
  assert_changed (parts, { 0, 1, 0 });
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 5);
  g_assert_null (pw_chapter_get_part (chapter_at (plan, 0)));
  g_assert_null (pw_chapter_get_part (chapter_at (plan, 2)));
  g_assert_true (pw_chapter_get_part (chapter_at (plan, 3)) == second);
  g_assert_cmpuint (g_list_model_get_n_items (pw_part_get_chapters (first)), ==, 0);
  assert_titles (pw_part_get_chapters (second), "4 5");

  pw_history_undo (history);
  assert_changed (parts, { 0, 0, 1 });
  g_assert_true (pw_chapter_get_part (chapter_at (plan, 0)) == first);
  g_assert_true (pw_chapter_get_part (chapter_at (plan, 2)) == first);
  assert_titles (pw_part_get_chapters (first), "1 2 3");
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, NULL);
}

static void
test_parts_ids (void)
{
  g_autoptr(PwPart) first = NULL;
  g_autoptr(PwPart) second = NULL;
  g_autoptr(PwPlan) plan = make_plan_with_parts (&first, &second);

  pw_object_set_id (PW_OBJECT (second), "part-7");
  pw_plan_assign_ids (plan);
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (first)), "part-"));
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (first)), !=, "part-7");
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (second)), ==, "part-7");
  g_assert_true (pw_plan_find_part (plan, "part-7") == second);
  g_assert_true (pw_plan_find_part (plan, pw_object_get_id (PW_OBJECT (first))) == first);
  g_assert_null (pw_plan_find_part (plan, "ch-1"));
  g_assert_null (pw_plan_find_part (plan, NULL));
}

/* A part's chapters name the part and the part lists them: neither keeps
 * the other, nor the plan, alive once the plan is gone. */
static void
test_parts_finalize (void)
{
  PwPart *first = NULL;
  PwPart *second = NULL;
  PwPlan *plan = make_plan_with_parts (&first, &second);
  g_autoptr(PwChapter) kept = g_object_ref (chapter_at (plan, 0));
  gpointer plan_pointer = plan;
  gpointer first_pointer = first;
  gpointer second_pointer = second;

  g_object_add_weak_pointer (G_OBJECT (plan), &plan_pointer);
  g_object_add_weak_pointer (G_OBJECT (first), &first_pointer);
  g_object_add_weak_pointer (G_OBJECT (second), &second_pointer);

  /* with something to undo that holds a part */
  pw_plan_remove_part (plan, 1);
  g_object_unref (first);
  g_object_unref (second);
  g_object_unref (plan);

  g_assert_null (plan_pointer);
  g_assert_null (second_pointer);
  /* a chapter still shown somewhere keeps its own part, which lists nothing */
  g_assert_nonnull (first_pointer);
  g_assert_true (pw_chapter_get_part (kept) == first_pointer);
  g_assert_cmpuint (g_list_model_get_n_items (pw_part_get_chapters (first_pointer)), ==, 0);
}

/* Ids */

static void
test_make_id (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GHashTable) made = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *reserved[] = { "ind-3", "ch-12", "prj-0007", "cmt-x", "svc-", "sec-40" };

  for (guint i = 0; i < G_N_ELEMENTS (reserved); i++)
    pw_plan_reserve_id (plan, reserved[i]);

  for (guint i = 0; i < 200; i++)
    {
      char *id = pw_plan_make_id (plan, i % 2 ? "ind" : "ch");

      for (guint j = 0; j < G_N_ELEMENTS (reserved); j++)
        g_assert_cmpstr (id, !=, reserved[j]);
      /* nor one made before */
      g_assert_true (g_hash_table_add (made, id));
    }

  /* reserving an id after some were made still keeps it out */
  pw_plan_reserve_id (plan, "ind-500");
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *id = pw_plan_make_id (plan, "ind");

      g_assert_cmpstr (id, !=, "ind-500");
      g_assert_false (g_hash_table_contains (made, id));
    }
}

/* An id reserves the number after its last dash when that is digits only
 * and at most 2^63 - 1: the next id made comes after it; any other id
 * reserves nothing. */
static void
test_reserve_id_number (void)
{
  static const struct
  {
    const char *reserved;
    const char *next;
  } cases[] = {
    { "ind-0041", "ind-42" },
    { "col-sec-7", "ind-8" },
    { "ind-9223372036854775806", "ind-9223372036854775807" },
    { "ind-9223372036854775808", "ind-1" },
    { "ind-18446744073709551616", "ind-1" },
    { "ind-12a", "ind-1" },
    { "ind-+12", "ind-1" },
    { "ind- 12", "ind-1" },
    { "ind-", "ind-1" },
    { "ind12", "ind-1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PwPlan) plan = pw_plan_new ();
      g_autofree char *id = NULL;

      pw_plan_reserve_id (plan, cases[i].reserved);
      id = pw_plan_make_id (plan, "ind");
      g_assert_cmpstr (id, ==, cases[i].next);
    }
}

static void
test_assign_ids (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(PwBox) column = pw_box_new ();
  g_autoptr(PwProject) project = pw_project_new ();
  g_autoptr(PwSection) section = pw_section_new ();
  g_autoptr(PwServiceItem) item = pw_service_item_new ();
  g_autoptr(PwIndicator) named = pw_indicator_new ();
  g_autoptr(PwIndicator) unnamed = pw_indicator_new ();
  g_autoptr(PwIndicator) empty = pw_indicator_new ();
  g_autoptr(PwComment) comment = pw_comment_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  PwObject *objects[] = {
    PW_OBJECT (chapter), PW_OBJECT (column), PW_OBJECT (project), PW_OBJECT (section),
    PW_OBJECT (item), PW_OBJECT (named), PW_OBJECT (unnamed), PW_OBJECT (empty),
    PW_OBJECT (comment),
  };

  pw_plan_insert_chapter (plan, 0, chapter);
  pw_chapter_insert_box (chapter, 0, column);
  pw_box_insert_project (column, 0, project);
  pw_chapter_insert_section (chapter, 0, section);
  pw_chapter_insert_service_item (chapter, 0, item);
  pw_plan_insert_indicator (plan, 0, named);
  pw_plan_insert_indicator (plan, 1, unnamed);
  pw_plan_insert_indicator (plan, 2, empty);
  pw_plan_insert_comment (plan, 0, comment);

  /* given by hand, without reserving: "ind-1" is what make_id would give first */
  pw_object_set_id (PW_OBJECT (named), "ind-1");
  pw_object_set_id (PW_OBJECT (empty), "");
  pw_history_set_unmodified (history);

  pw_plan_assign_ids (plan);

  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (named)), ==, "ind-1");
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (chapter)), "ch-"));
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (column)), "col-"));
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (project)), "prj-"));
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (section)), "sec-"));
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (item)), "svc-"));
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (unnamed)), "ind-"));
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (empty)), "ind-"));
  g_assert_true (g_str_has_prefix (pw_object_get_id (PW_OBJECT (comment)), "cmt-"));
  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    g_assert_true (g_hash_table_add (ids, (gpointer) pw_object_get_id (objects[i])));

  /* ids are bookkeeping, not an edit to undo */
  g_assert_false (pw_history_get_modified (history));

  /* a second pass changes nothing */
  {
    g_autofree char *before = g_strdup (pw_object_get_id (PW_OBJECT (unnamed)));

    pw_plan_assign_ids (plan);
    g_assert_cmpstr (pw_object_get_id (PW_OBJECT (unnamed)), ==, before);
  }
}

/* Every object but the last has an id given by hand, none reserved: the
 * last gets the number after the highest given (ind-7: cmt-8); and when
 * every object has one, none changes. */
static void
test_assign_ids_all_given (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwComment) comment = pw_comment_new ();
  g_autoptr(PwComment) second = pw_comment_new ();

  pw_plan_insert_chapter (plan, 0, chapter);
  pw_plan_insert_indicator (plan, 0, indicator);
  pw_plan_insert_comment (plan, 0, comment);
  pw_object_set_id (PW_OBJECT (chapter), "ch-3");
  pw_object_set_id (PW_OBJECT (indicator), "ind-7");

  pw_plan_assign_ids (plan);
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (chapter)), ==, "ch-3");
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (indicator)), ==, "ind-7");
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (comment)), ==, "cmt-8");

  pw_plan_assign_ids (plan);
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (comment)), ==, "cmt-8");

  /* a comment added later still gets a number of its own */
  pw_plan_insert_comment (plan, 1, second);
  pw_plan_assign_ids (plan);
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (second)), ==, "cmt-9");
}

static void
test_find_chapter (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwChapter) chapter = pw_chapter_new ();

  pw_object_set_id (PW_OBJECT (chapter), "ch-3");
  pw_plan_insert_chapter (plan, 0, chapter);
  g_assert_true (pw_plan_find_chapter (plan, "ch-3") == chapter);
  g_assert_null (pw_plan_find_chapter (plan, "ch-4"));
  g_assert_null (pw_plan_find_chapter (plan, NULL));
}

static void
test_find_indicator (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwIndicator) a = pw_indicator_new ();
  g_autoptr(PwIndicator) b = pw_indicator_new ();

  pw_object_set_id (PW_OBJECT (a), "ind-1");
  pw_plan_insert_indicator (plan, 0, a);
  g_assert_true (pw_plan_find_indicator (plan, "ind-1") == a);
  g_assert_null (pw_plan_find_indicator (plan, "ind-2"));
  g_assert_null (pw_plan_find_indicator (plan, NULL));

  /* found after the list changes, and after an id changes */
  pw_object_set_id (PW_OBJECT (b), "ind-2");
  pw_plan_insert_indicator (plan, 1, b);
  g_assert_true (pw_plan_find_indicator (plan, "ind-2") == b);
  pw_object_set_id (PW_OBJECT (b), "ind-7");
  g_assert_null (pw_plan_find_indicator (plan, "ind-2"));
  g_assert_true (pw_plan_find_indicator (plan, "ind-7") == b);
  pw_plan_remove_indicator (plan, 0);
  g_assert_null (pw_plan_find_indicator (plan, "ind-1"));
  g_assert_true (pw_plan_find_indicator (plan, "ind-7") == b);
}

/* The year of the data */

static void
test_data_year (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwIndicator) a = pw_indicator_new ();
  g_autoptr(PwIndicator) b = pw_indicator_new ();
  g_autoptr(PwValue) value = pw_value_new ("1.8");
  g_autoptr(PwValue) placeholder = pw_value_new ("——");

  pw_plan_insert_indicator (plan, 0, a);
  pw_plan_insert_indicator (plan, 1, b);

  /* nothing entered: the baseline year */
  g_assert_cmpint (pw_plan_get_data_year (plan), ==, 2020);

  pw_indicator_set_actual (a, 2022, value);
  g_assert_cmpint (pw_plan_get_data_year (plan), ==, 2022);

  /* a state counts */
  pw_indicator_set_state (b, 2023, PW_QUAL_STATE_IN_PROGRESS);
  g_assert_cmpint (pw_plan_get_data_year (plan), ==, 2023);

  /* a placeholder does not */
  pw_indicator_set_actual (a, 2024, placeholder);
  g_assert_cmpint (pw_plan_get_data_year (plan), ==, 2023);

  /* nor a year past the period */
  pw_indicator_set_actual (b, 2027, value);
  g_assert_cmpint (pw_plan_get_data_year (plan), ==, 2023);
  pw_plan_set_end_year (plan, 2030);
  g_assert_cmpint (pw_plan_get_data_year (plan), ==, 2027);
}

/* Enumerations */

static void
check_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    {
      int value = klass->values[i].value;
      const char *nick = pw_enum_to_nick (enum_type, value);
      int back = -1;

      g_assert_nonnull (nick);
      g_assert_true (pw_enum_from_nick (enum_type, nick, &back));
      g_assert_cmpint (back, ==, value);
    }

  {
    int value = 12345;

    g_assert_null (pw_enum_to_nick (enum_type, 999));
    g_assert_false (pw_enum_from_nick (enum_type, "no-such-word", &value));
    g_assert_false (pw_enum_from_nick (enum_type, NULL, &value));
    g_assert_cmpint (value, ==, 12345);
  }
}

static void
test_enum_nicks (void)
{
  int value = -1;

  check_nicks (PW_TYPE_NATURE);
  check_nicks (PW_TYPE_QUAL_STATE);
  check_nicks (PW_TYPE_PROJECT_STATUS);
  check_nicks (PW_TYPE_ORIGIN);

  /* the words of the .plan format */
  g_assert_cmpstr (pw_enum_to_nick (PW_TYPE_NATURE, PW_NATURE_BINDING), ==, "binding");
  g_assert_cmpstr (pw_enum_to_nick (PW_TYPE_NATURE, PW_NATURE_EXPECTED), ==, "expected");
  g_assert_cmpstr (pw_enum_to_nick (PW_TYPE_QUAL_STATE, PW_QUAL_STATE_NOT_STARTED), ==, "not-started");
  g_assert_cmpstr (pw_enum_to_nick (PW_TYPE_QUAL_STATE, PW_QUAL_STATE_LARGELY_DONE), ==, "largely-done");
  g_assert_cmpstr (pw_enum_to_nick (PW_TYPE_PROJECT_STATUS, PW_PROJECT_IN_PROGRESS), ==, "in-progress");
  g_assert_cmpstr (pw_enum_to_nick (PW_TYPE_ORIGIN, PW_ORIGIN_PROSE), ==, "prose");
  g_assert_true (pw_enum_from_nick (PW_TYPE_QUAL_STATE, "done", &value));
  g_assert_cmpint (value, ==, PW_QUAL_STATE_DONE);
  g_assert_true (pw_enum_from_nick (PW_TYPE_PROJECT_STATUS, "suspended", &value));
  g_assert_cmpint (value, ==, PW_PROJECT_SUSPENDED);
}

/* The words of a nature: a table's cell counts only as one of the words
 * plans print; what a person types counts by its first word. */
static void
test_nature_words (void)
{
  static const struct
  {
    const char *text;
    gboolean word;  /* a word of a plan's table */
    gboolean typed; /* what a person may type */
    PwNature nature;
  } cases[] = {
    { "约束性", TRUE, TRUE, PW_NATURE_BINDING },
    { "约束", TRUE, TRUE, PW_NATURE_BINDING },
    { "约束性指标", TRUE, TRUE, PW_NATURE_BINDING },
    { "約束性", TRUE, TRUE, PW_NATURE_BINDING },
    { "预期性", TRUE, TRUE, PW_NATURE_EXPECTED },
    { "预期", TRUE, TRUE, PW_NATURE_EXPECTED },
    { "预期性指标", TRUE, TRUE, PW_NATURE_EXPECTED },
    { "預期性指標", TRUE, TRUE, PW_NATURE_EXPECTED },
    { "约束性任务", FALSE, TRUE, PW_NATURE_BINDING },
    { "Binding", FALSE, TRUE, PW_NATURE_BINDING },
    { "expected", FALSE, TRUE, PW_NATURE_EXPECTED },
    { "指标属性", FALSE, FALSE, PW_NATURE_UNKNOWN },
    { "预计", FALSE, FALSE, PW_NATURE_UNKNOWN },
    { "性", FALSE, FALSE, PW_NATURE_UNKNOWN },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PwNature nature = PW_NATURE_UNKNOWN;

      g_test_message ("%s", cases[i].text);
      g_assert_true (pw_nature_from_word (cases[i].text, &nature) == cases[i].word);
      if (cases[i].word)
        g_assert_cmpint (nature, ==, cases[i].nature);
      nature = PW_NATURE_UNKNOWN;
      g_assert_true (pw_nature_from_text (cases[i].text, &nature) == cases[i].typed);
      if (cases[i].typed)
        g_assert_cmpint (nature, ==, cases[i].nature);
    }
  {
    PwNature nature = PW_NATURE_BINDING;

    g_assert_false (pw_nature_from_word ("", &nature));
    g_assert_true (pw_nature_from_text ("  ", &nature));
    g_assert_cmpint (nature, ==, PW_NATURE_UNKNOWN);
  }
}

static void
test_labels (void)
{
  for (int status = PW_STATUS_ACHIEVED; status < PW_N_STATUSES; status++)
    g_assert_nonnull (pw_status_to_label (status));
  for (int state = PW_QUAL_STATE_NONE; state <= PW_QUAL_STATE_DONE; state++)
    g_assert_nonnull (pw_qual_state_to_label (state));
  for (int nature = PW_NATURE_UNKNOWN; nature <= PW_NATURE_EXPECTED; nature++)
    g_assert_nonnull (pw_nature_to_label (nature));
  for (int status = PW_PROJECT_PLANNED; status <= PW_PROJECT_SUSPENDED; status++)
    g_assert_nonnull (pw_project_status_to_label (status));
}

/* Many indicators at once, as a file is read: one items-changed, each
 * attached to the history, and undone one by one. */
static void
test_insert_many (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  GListModel *indicators = pw_plan_get_indicators (plan);
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(GArray) log = watch (indicators);
  g_autoptr(PwIndicator) first = pw_indicator_new ();
  PwIndicator *batch[3];

  pw_plan_insert_indicator (plan, 0, first);
  g_array_set_size (log, 0);

  for (guint i = 0; i < G_N_ELEMENTS (batch); i++)
    batch[i] = pw_indicator_new ();

  pw_history_begin (history, "Paste");
  pw_plan_insert_indicators (plan, 0, batch, G_N_ELEMENTS (batch));
  pw_history_end (history);
  assert_changed (log, { 0, 0, 3 });
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (batch); i++)
    {
      g_autoptr(PwIndicator) item = g_list_model_get_item (indicators, i);

      g_assert_true (item == batch[i]);
      g_assert_true (pw_object_get_history (PW_OBJECT (item)) == history);
    }

  /* an edit of a batch member is recorded in the plan's history */
  pw_indicator_set_name (batch[1], "义务教育巩固率");
  g_assert_true (pw_history_undo (history));
  g_assert_null (pw_indicator_get_name (batch[1]));

  g_assert_true (pw_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 1);
  g_assert_true (pw_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (batch); i++)
    g_object_unref (batch[i]);
}

/* Headings keep the plan's Chinese numbering. */
static void
test_headings (void)
{
  static const struct {
    int number;
    const char *numeral;
  } numerals[] = {
    { 0, "零" }, { 1, "一" }, { 3, "三" }, { 10, "十" }, { 11, "十一" }, { 13, "十三" },
    { 20, "二十" }, { 21, "二十一" }, { 100, "一百" }, { 105, "一百零五" }, { 110, "一百一十" },
    { 2025, "二千零二十五" }, { 10000, "10000" }, { -1, "-1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    {
      g_autofree char *numeral = pw_chinese_numeral (numerals[i].number);
      g_assert_cmpstr (numeral, ==, numerals[i].numeral);
    }

  {
    g_autofree char *chapter = pw_heading_text (PW_HEADING_CHAPTER, FALSE, 3, "提供安全普惠的婴幼儿照护服务");
    g_autofree char *section = pw_heading_text (PW_HEADING_CHAPTER, TRUE, 1, "发展基础");
    g_autofree char *item = pw_heading_text (PW_HEADING_ENUMERATION, FALSE, 4, "基本劳动就业创业");
    g_autofree char *part = pw_heading_text (PW_HEADING_ENUMERATION, TRUE, 2, "保障工程");
    g_autofree char *bare = pw_heading_text (PW_HEADING_CHAPTER, FALSE, 0, "前言");

    g_assert_cmpstr (chapter, ==, "第三章 提供安全普惠的婴幼儿照护服务");
    g_assert_cmpstr (section, ==, "第一节 发展基础");
    g_assert_cmpstr (item, ==, "四、基本劳动就业创业");
    g_assert_cmpstr (part, ==, "(二)保障工程");
    g_assert_cmpstr (bare, ==, "前言");
  }
}

/* Comparing two versions (issue 11) */

/* A plan of one chapter with an indicator, a 专栏 with a project and a
 * service item, every field filled; the same ids each time. */
static PwPlan *
make_versioned_plan (void)
{
  PwPlan *plan = pw_plan_new ();
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(PwBox) box = pw_box_new ();
  g_autoptr(PwProject) project = pw_project_new ();
  g_autoptr(PwServiceItem) service = pw_service_item_new ();
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();
  g_autoptr(PwValue) target = pw_value_new ("60");
  g_autoptr(PwValue) actual = pw_value_new ("52");
  const char *units[] = { "市教育局", NULL };

  pw_object_set_id (PW_OBJECT (chapter), "ch-1");
  pw_chapter_set_number (chapter, 1);
  pw_chapter_set_title (chapter, "教育");
  pw_object_set_id (PW_OBJECT (box), "col-1");
  pw_box_set_title (box, "教育工程");
  pw_object_set_id (PW_OBJECT (project), "prj-1");
  pw_project_set_name (project, "新建学校");
  pw_project_set_status (project, PW_PROJECT_PLANNED);
  pw_project_set_progress (project, 0);
  pw_box_insert_project (box, 0, project);
  pw_chapter_insert_box (chapter, 0, box);
  pw_object_set_id (PW_OBJECT (service), "svc-1");
  pw_service_item_set_domain (service, "幼有所育");
  pw_service_item_set_name (service, "孕产妇健康服务");
  pw_chapter_insert_service_item (chapter, 0, service);
  pw_plan_insert_chapter (plan, 0, chapter);

  pw_object_set_id (PW_OBJECT (indicator), "ind-1");
  pw_indicator_set_name (indicator, "学前教育毛入园率");
  pw_indicator_set_unit (indicator, "%");
  pw_indicator_set_target (indicator, target);
  pw_indicator_set_responsible (indicator, units);
  pw_indicator_set_chapter (indicator, "ch-1");
  pw_indicator_set_actual (indicator, 2022, actual);
  pw_plan_insert_indicator (plan, 0, indicator);
  return plan;
}

/* A plan of @n_chapters chapters and as many indicators in each, in its
 * chapters by id, built anew each time. */
static PwPlan *
make_large_plan (guint n_chapters,
                 guint per_chapter)
{
  PwPlan *plan = pw_plan_new ();

  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(PwChapter) chapter = pw_chapter_new ();
      g_autofree char *id = g_strdup_printf ("ch-%u", i + 1);
      g_autofree char *title = g_strdup_printf ("第%u章", i + 1);

      pw_object_set_id (PW_OBJECT (chapter), id);
      pw_chapter_set_number (chapter, (int) i + 1);
      pw_chapter_set_title (chapter, title);
      pw_plan_insert_chapter (plan, i, chapter);
      for (guint j = 0; j < per_chapter; j++)
        {
          g_autoptr(PwIndicator) indicator = pw_indicator_new ();
          g_autofree char *ind_id = g_strdup_printf ("ind-%u", i * per_chapter + j + 1);
          g_autofree char *name = g_strdup_printf ("第%u项指标", i * per_chapter + j + 1);

          pw_object_set_id (PW_OBJECT (indicator), ind_id);
          pw_indicator_set_name (indicator, name);
          pw_indicator_set_chapter (indicator, id);
          pw_plan_insert_indicator (plan, i * per_chapter + j, indicator);
        }
    }
  return plan;
}

static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* Comparing two large plans (the recovery banner compares a draft with
 * its file as the window opens; Compare With) costs about what making
 * them does: every indicator's chapter was searched for in the list of
 * chapters, and two plans of 100,000 indicators took 20 s of processor
 * time to compare against less than 1 s to load. The figure is against
 * the making of the same plans, in the same run. */
static void
test_compare_large (void)
{
  double start = cpu_seconds (), made, compared;
  g_autoptr(PwPlan) old_plan = make_large_plan (300, 100);
  g_autoptr(PwPlan) new_plan = make_large_plan (300, 100);
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(PwIndicator) last = g_list_model_get_item (pw_plan_get_indicators (new_plan), 29999);

  made = cpu_seconds () - start;
  pw_indicator_set_chapter (last, "ch-1");
  start = cpu_seconds ();
  changes = pw_plan_compare (old_plan, new_plan);
  compared = cpu_seconds () - start;
  g_test_message ("made two plans of 30,000 indicators in %.3f s, compared them in %.3f s", made, compared);

  /* the one change: the last indicator moved to the first chapter */
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
  g_assert_cmpfloat (compared, <, 2 * made + 0.05);
}

static void
test_compare_every_field (void)
{
  g_autoptr(PwPlan) old_plan = make_versioned_plan ();
  g_autoptr(PwPlan) new_plan = make_versioned_plan ();
  g_autoptr(PwIndicator) indicator = g_list_model_get_item (pw_plan_get_indicators (new_plan), 0);
  g_autoptr(PwChapter) chapter = g_list_model_get_item (pw_plan_get_chapters (new_plan), 0);
  g_autoptr(PwBox) box = g_list_model_get_item (pw_chapter_get_boxes (chapter), 0);
  g_autoptr(PwProject) project = g_list_model_get_item (pw_box_get_projects (box), 0);
  g_autoptr(PwServiceItem) service = g_list_model_get_item (pw_chapter_get_service_items (chapter), 0);
  g_autoptr(PwPlan) twin = make_versioned_plan ();
  g_autoptr(GListModel) same = pw_plan_compare (old_plan, twin);
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  const char *units[] = { "市教育局", "市财政局", NULL };

  /* the same plan made twice says the same */
  g_assert_cmpuint (g_list_model_get_n_items (same), ==, 0);

  /* fields that readers see but that no comparison used to name */
  pw_indicator_set_kind (indicator, PW_KIND_CUMULATIVE);
  pw_indicator_set_responsible (indicator, units);
  pw_indicator_set_state (indicator, 2023, PW_QUAL_STATE_IN_PROGRESS);
  pw_project_set_status (project, PW_PROJECT_IN_PROGRESS);
  pw_project_set_progress (project, 40);
  pw_service_item_set_domain (service, "幼有所育（托育）");
  /* and bookkeeping, which is not a change of the plan */
  pw_indicator_set_origin (indicator, PW_ORIGIN_TABLE);
  pw_indicator_set_source_line (indicator, 12);

  changes = pw_plan_compare (old_plan, new_plan);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(PwChange) change = g_list_model_get_item (changes, i);
      g_autofree char *line = pw_change_to_string (change);

      g_string_append_printf (lines, "%s\n", line);
    }
  g_assert_cmpstr (lines->str, ==,
                   "project “新建学校”: status changed: Not started → Under way\n"
                   "project “新建学校”: percent complete changed: 0% → 40%\n"
                   "service item “孕产妇健康服务”: domain changed: 幼有所育 → 幼有所育（托育）\n"
                   "indicator “学前教育毛入园率”: responsible units changed: 市教育局 → 市教育局、市财政局\n"
                   "indicator “学前教育毛入园率”: kind changed: From the target → Cumulative\n"
                   "indicator “学前教育毛入园率”: state 2023 changed: (none) → In progress\n");
}

/* Parts, chapters and sections share one heading's number, title and text:
 * each edit is one step of the plan's history, whichever class is edited
 * and however (the typed setter, g_object_set() as a bound widget does). */
static void
test_heading_fields (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwPart) part = pw_part_new ();
  g_autoptr(PwChapter) chapter = pw_chapter_new ();
  g_autoptr(PwSection) section = pw_section_new ();
  PwHistory *history = pw_plan_get_history (plan);
  PwHeading *headings[3];

  pw_plan_insert_part (plan, 0, part);
  pw_plan_insert_chapter (plan, 0, chapter);
  pw_chapter_insert_section (chapter, 0, section);
  headings[0] = PW_HEADING (part);
  headings[1] = PW_HEADING (chapter);
  headings[2] = PW_HEADING (section);

  /* one property, not three alike */
  for (guint i = 1; i < G_N_ELEMENTS (headings); i++)
    for (const char * const *name = (const char * const[]) { "number", "title", "text", NULL }; *name; name++)
      g_assert_true (g_object_class_find_property (G_OBJECT_GET_CLASS (headings[i]), *name)
                     == g_object_class_find_property (G_OBJECT_GET_CLASS (headings[0]), *name));

  pw_part_set_title (part, "坚持创新驱动发展");
  pw_chapter_set_number (chapter, 3);
  g_object_set (section, "title", "加快发展现代产业体系", "text", "一段。\n二段。", NULL);
  g_assert_cmpstr (pw_heading_get_title (headings[0]), ==, "坚持创新驱动发展");
  g_assert_cmpint (pw_heading_get_number (headings[1]), ==, 3);
  g_assert_cmpstr (pw_section_get_title (section), ==, "加快发展现代产业体系");
  g_assert_cmpstr (pw_section_get_text (section), ==, "一段。\n二段。");

  /* the same value again is no step */
  pw_heading_set_number (headings[1], 3);
  g_assert_true (pw_history_undo (history)); /* the section's text */
  g_assert_null (pw_section_get_text (section));
  g_assert_cmpstr (pw_section_get_title (section), ==, "加快发展现代产业体系");
  g_assert_true (pw_history_undo (history));
  g_assert_null (pw_section_get_title (section));
  g_assert_true (pw_history_undo (history));
  g_assert_cmpint (pw_chapter_get_number (chapter), ==, 0);
  g_assert_true (pw_history_undo (history));
  g_assert_null (pw_part_get_title (part));
  g_assert_true (pw_history_redo (history));
  g_assert_cmpstr (pw_part_get_title (part), ==, "坚持创新驱动发展");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/model/notify/every-class", test_notify_every_class);
  g_test_add_func ("/pw/model/notify/setters", test_notify_setters);
  g_test_add_func ("/pw/model/notify/while-reading", test_notify_while_reading);
  g_test_add_func ("/pw/model/intern", test_intern);
  g_test_add_func ("/pw/model/years/year-changed", test_year_changed);
  g_test_add_func ("/pw/model/years/sorted", test_years_sorted);
  g_test_add_func ("/pw/model/years/load", test_years_load);
  g_test_add_func ("/pw/model/years/latest-actual", test_latest_actual);
  g_test_add_func ("/pw/model/years/data-year", test_data_year);
  g_test_add_func ("/pw/model/indicator/is-qualitative", test_is_qualitative);
  g_test_add_func ("/pw/model/list/plan", test_plan_items_changed);
  g_test_add_func ("/pw/model/list/nested", test_nested_items_changed);
  g_test_add_func ("/pw/model/parts/chapters", test_parts_chapters);
  g_test_add_func ("/pw/model/parts/list", test_parts_list);
  g_test_add_func ("/pw/model/parts/ids", test_parts_ids);
  g_test_add_func ("/pw/model/parts/finalize", test_parts_finalize);
  g_test_add_func ("/pw/model/id/make", test_make_id);
  g_test_add_func ("/pw/model/id/reserve-number", test_reserve_id_number);
  g_test_add_func ("/pw/model/id/assign", test_assign_ids);
  g_test_add_func ("/pw/model/id/assign-all-given", test_assign_ids_all_given);
  g_test_add_func ("/pw/model/id/find-chapter", test_find_chapter);
  g_test_add_func ("/pw/model/id/find-indicator", test_find_indicator);
  g_test_add_func ("/pw/model/enum/nicks", test_enum_nicks);
  g_test_add_func ("/pw/model/enum/nature-words", test_nature_words);
  g_test_add_func ("/pw/model/enum/labels", test_labels);

  g_test_add_func ("/pw/model/headings", test_headings);
  g_test_add_func ("/pw/model/heading/fields", test_heading_fields);
  g_test_add_func ("/pw/model/insert-many", test_insert_many);
  g_test_add_func ("/pw/model/compare/every-field", test_compare_every_field);
  g_test_add_func ("/pw/model/compare/large", test_compare_large);

  return g_test_run ();
}
