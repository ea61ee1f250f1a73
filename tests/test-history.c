/* test-history.c: undo and redo of every change made through the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pw-enums.h"
#include "pw-plan.h"
#include "pw-project.h"
#include "pw-test-util.h"

/* Auxiliary methods */

/* The string property @name of every item of @list, joined with commas. */
static char *
list_names (GListModel *list,
            const char *name)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *value = NULL;

      g_object_get (item, name, &value, NULL);
      if (i > 0)
        g_string_append_c (names, ',');
      g_string_append (names, value);
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

#define assert_names(list, property, expected) \
  G_STMT_START { \
    g_autofree char *names_ = list_names (G_LIST_MODEL (list), property); \
    g_assert_cmpstr (names_, ==, expected); \
  } G_STMT_END

/* New objects of the model with their title or name. */
#define new_chapter(title) ((PwChapter *) g_object_new (PW_TYPE_CHAPTER, "title", (title), NULL))
#define new_indicator(name) ((PwIndicator *) g_object_new (PW_TYPE_INDICATOR, "name", (name), NULL))
#define new_comment(text) ((PwComment *) g_object_new (PW_TYPE_COMMENT, "text", (text), NULL))
#define new_section(title) ((PwSection *) g_object_new (PW_TYPE_SECTION, "title", (title), NULL))
#define new_project(name) ((PwProject *) g_object_new (PW_TYPE_PROJECT, "name", (name), NULL))

static PwValue *
value (const char *text)
{
  return pw_value_new (text);
}

typedef struct
{
  guint can_undo;
  guint can_redo;
  guint modified;
  guint undo_label;
  guint redo_label;
} Notified;

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           Notified   *notified)
{
  if (g_str_equal (pspec->name, "can-undo"))
    notified->can_undo++;
  else if (g_str_equal (pspec->name, "can-redo"))
    notified->can_redo++;
  else if (g_str_equal (pspec->name, "modified"))
    notified->modified++;
  else if (g_str_equal (pspec->name, "undo-label"))
    notified->undo_label++;
  else if (g_str_equal (pspec->name, "redo-label"))
    notified->redo_label++;
}

#define assert_notified(n, undo, redo, mod) \
  G_STMT_START { \
    g_assert_cmpuint ((n)->can_undo, ==, undo); \
    g_assert_cmpuint ((n)->can_redo, ==, redo); \
    g_assert_cmpuint ((n)->modified, ==, mod); \
    memset ((n), 0, sizeof *(n)); \
  } G_STMT_END

/* Property changes */

static void
test_strings (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);

  g_assert_false (pw_history_get_can_undo (history));
  pw_plan_set_title (plan, "驻马店市“十四五”公共服务和社会保障规划");
  pw_plan_set_title (plan, "新乡市“十四五”公共服务和社会保障规划");
  pw_plan_set_title (plan, NULL);

  g_assert_true (pw_history_undo (history));
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "新乡市“十四五”公共服务和社会保障规划");
  g_assert_true (pw_history_undo (history));
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "驻马店市“十四五”公共服务和社会保障规划");
  g_assert_true (pw_history_undo (history));
  g_assert_null (pw_plan_get_title (plan));
  g_assert_false (pw_history_undo (history));

  g_assert_true (pw_history_redo (history));
  g_assert_true (pw_history_redo (history));
  g_assert_true (pw_history_redo (history));
  g_assert_null (pw_plan_get_title (plan));
  g_assert_false (pw_history_redo (history));
  g_assert_true (pw_history_undo (history));
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "新乡市“十四五”公共服务和社会保障规划");
}

static void
test_setting_same_value_records_nothing (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwIndicator) indicator = new_indicator ("人均预期寿命");
  g_autoptr(PwValue) a = value ("78.34");
  g_autoptr(PwValue) b = value ("78.34");

  pw_plan_insert_indicator (plan, 0, indicator);
  pw_indicator_set_baseline (indicator, a);
  pw_history_set_unmodified (history);
  g_assert_false (pw_history_get_can_redo (history));

  pw_indicator_set_name (indicator, "人均预期寿命");
  pw_indicator_set_baseline (indicator, b);
  pw_plan_set_end_year (plan, 2025);
  pw_indicator_set_actual (indicator, 2023, NULL);
  g_assert_false (pw_history_get_modified (history));

  /* the last change is still the baseline */
  g_assert_true (pw_history_undo (history));
  g_assert_null (pw_indicator_get_baseline (indicator));
}

static void
count_mark (gpointer data)
{
  (*(guint *) data)++;
}

/* A group holding only a mark (where a grid's cursor was) and a setting of
 * the same value changed nothing: not recorded, the plan not modified; with
 * a change beside it, the mark is undone with it. */
static void
test_mark_alone_records_nothing (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  guint marks = 0;

  pw_plan_set_title (plan, "规划");
  pw_history_set_unmodified (history);

  pw_history_begin (history, "Edit Title");
  pw_history_record_mark (history, count_mark, &marks, NULL);
  pw_plan_set_title (plan, "规划");
  pw_history_end (history);
  g_assert_false (pw_history_get_modified (history));
  g_assert_null (pw_history_get_undo_label (history));
  pw_history_record_mark (history, count_mark, &marks, NULL);
  g_assert_false (pw_history_get_modified (history));

  pw_history_begin (history, "Edit Title");
  pw_history_record_mark (history, count_mark, &marks, NULL);
  pw_plan_set_title (plan, "新规划");
  pw_history_end (history);
  g_assert_true (pw_history_get_modified (history));
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Edit Title");
  g_assert_true (pw_history_undo (history));
  g_assert_cmpuint (marks, ==, 1);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "规划");
  g_assert_false (pw_history_get_modified (history));
}

static void
test_ints_and_enums (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwIndicator) indicator = new_indicator ("九年义务教育巩固率");
  g_autoptr(PwChapter) chapter = new_chapter ("提供安全普惠的婴幼儿照护服务");

  pw_plan_insert_indicator (plan, 0, indicator);
  pw_plan_insert_chapter (plan, 0, chapter);

  pw_plan_set_end_year (plan, 2030);
  pw_chapter_set_number (chapter, 3);
  pw_indicator_set_nature (indicator, PW_NATURE_BINDING);
  pw_indicator_set_origin (indicator, PW_ORIGIN_TABLE);
  pw_plan_set_heading_style (plan, PW_HEADING_ENUMERATION);

  pw_history_undo (history);
  g_assert_cmpint (pw_plan_get_heading_style (plan), ==, PW_HEADING_CHAPTER);
  pw_history_undo (history);
  g_assert_cmpint (pw_indicator_get_origin (indicator), ==, PW_ORIGIN_MANUAL);
  pw_history_undo (history);
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_UNKNOWN);
  pw_history_undo (history);
  g_assert_cmpint (pw_chapter_get_number (chapter), ==, 0);
  pw_history_undo (history);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2025);

  pw_history_redo (history);
  pw_history_redo (history);
  pw_history_redo (history);
  g_assert_cmpint (pw_plan_get_end_year (plan), ==, 2030);
  g_assert_cmpint (pw_chapter_get_number (chapter), ==, 3);
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_BINDING);
  g_assert_cmpint (pw_indicator_get_origin (indicator), ==, PW_ORIGIN_MANUAL);
}

static void
test_doubles (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwChapter) chapter = new_chapter ("全面提升基本公共服务供给和保障能力");
  g_autoptr(PwBox) column = pw_box_new ();
  g_autoptr(PwProject) project = new_project ("学前教育普惠扩容工程");
  PwThresholds *thresholds = pw_plan_get_thresholds (plan);

  pw_plan_insert_chapter (plan, 0, chapter);
  pw_chapter_insert_box (chapter, 0, column);
  pw_box_insert_project (column, 0, project);

  /* not given (NAN) → 12,500 万元 → not given again */
  g_assert_true (isnan (pw_project_get_investment (project)));
  pw_project_set_investment (project, 12500);
  pw_project_set_investment (project, NAN);
  pw_thresholds_set_on_track (thresholds, 0.95);

  pw_history_undo (history);
  g_assert_cmpfloat (pw_thresholds_get_on_track (thresholds), ==, 0.90);
  pw_history_undo (history);
  g_assert_cmpfloat (pw_project_get_investment (project), ==, 12500);
  pw_history_undo (history);
  g_assert_true (isnan (pw_project_get_investment (project)));

  pw_history_redo (history);
  g_assert_cmpfloat (pw_project_get_investment (project), ==, 12500);
  pw_history_redo (history);
  g_assert_true (isnan (pw_project_get_investment (project)));
  pw_history_redo (history);
  g_assert_cmpfloat (pw_thresholds_get_on_track (thresholds), ==, 0.95);

  /* NAN over NAN is no change: undo reverts the step before */
  pw_project_set_investment (project, NAN);
  pw_history_undo (history);
  g_assert_cmpfloat (pw_thresholds_get_on_track (thresholds), ==, 0.90);
}

static void
test_booleans (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwComment) comment = new_comment ("基期值请核实");

  pw_plan_insert_comment (plan, 0, comment);
  pw_comment_set_resolved (comment, TRUE);
  pw_plan_set_sample (plan, TRUE);

  pw_history_undo (history);
  g_assert_false (pw_plan_get_sample (plan));
  pw_history_undo (history);
  g_assert_false (pw_comment_get_resolved (comment));
  pw_history_redo (history);
  g_assert_true (pw_comment_get_resolved (comment));
}

static void
test_values (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwIndicator) indicator = new_indicator ("孕妇死亡率");
  g_autoptr(PwValue) first = value ("≤10");
  g_autoptr(PwValue) second = value ("≤9");

  pw_plan_insert_indicator (plan, 0, indicator);
  pw_indicator_set_target (indicator, first);
  pw_indicator_set_target (indicator, second);
  pw_indicator_set_target (indicator, NULL);

  pw_history_undo (history);
  g_assert_true (pw_indicator_get_target (indicator) == second);
  pw_history_undo (history);
  g_assert_true (pw_indicator_get_target (indicator) == first);
  g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_target (indicator)), ==, 10);
  pw_history_undo (history);
  g_assert_null (pw_indicator_get_target (indicator));
  pw_history_redo (history);
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (indicator)), ==, "≤10");
}

static void
test_ids (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwIndicator) indicator = new_indicator ("高等教育毛入学率");

  pw_plan_insert_indicator (plan, 0, indicator);
  pw_object_set_id (PW_OBJECT (indicator), "ind-7");
  pw_history_undo (history);
  g_assert_null (pw_object_get_id (PW_OBJECT (indicator)));
  pw_history_redo (history);
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (indicator)), ==, "ind-7");
}

/* Actual values and states per year */

typedef struct
{
  int last_year;
  guint count;
} YearChanged;

static void
on_year_changed (PwIndicator *indicator,
                 int          year,
                 YearChanged *changed)
{
  changed->last_year = year;
  changed->count++;
}

static void
test_actuals_and_states (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwIndicator) indicator = new_indicator ("每千人口拥有3岁以下婴幼儿托位数");
  g_autoptr(PwValue) a2022 = value ("1.8");
  g_autoptr(PwValue) a2022_fixed = value ("1.9");
  g_autoptr(PwValue) a2021 = value ("0.9");
  YearChanged changed = { 0, 0 };

  pw_plan_insert_indicator (plan, 0, indicator);
  g_signal_connect (indicator, "year-changed", G_CALLBACK (on_year_changed), &changed);

  pw_indicator_set_actual (indicator, 2022, a2022);
  pw_indicator_set_actual (indicator, 2021, a2021);
  pw_indicator_set_actual (indicator, 2022, a2022_fixed);
  pw_indicator_set_state (indicator, 2022, PW_QUAL_STATE_IN_PROGRESS);
  g_assert_cmpuint (changed.count, ==, 4);
  g_assert_cmpuint (pw_indicator_get_n_years (indicator), ==, 2);

  /* the state goes, the value stays */
  pw_history_undo (history);
  g_assert_cmpint (pw_indicator_get_state (indicator, 2022), ==, PW_QUAL_STATE_NONE);
  g_assert_true (pw_indicator_get_actual (indicator, 2022) == a2022_fixed);
  g_assert_cmpint (changed.last_year, ==, 2022);

  pw_history_undo (history);
  g_assert_true (pw_indicator_get_actual (indicator, 2022) == a2022);

  pw_history_undo (history);
  g_assert_null (pw_indicator_get_actual (indicator, 2021));
  g_assert_cmpint (changed.last_year, ==, 2021);
  g_assert_cmpuint (pw_indicator_get_n_years (indicator), ==, 1);

  pw_history_undo (history);
  g_assert_null (pw_indicator_get_actual (indicator, 2022));
  g_assert_cmpuint (pw_indicator_get_n_years (indicator), ==, 0);
  g_assert_cmpuint (changed.count, ==, 8);

  pw_history_redo (history);
  pw_history_redo (history);
  pw_history_redo (history);
  pw_history_redo (history);
  g_assert_true (pw_indicator_get_actual (indicator, 2021) == a2021);
  g_assert_true (pw_indicator_get_actual (indicator, 2022) == a2022_fixed);
  g_assert_cmpint (pw_indicator_get_state (indicator, 2022), ==, PW_QUAL_STATE_IN_PROGRESS);
  g_assert_cmpint (pw_indicator_get_nth_year (indicator, 0), ==, 2021);
  g_assert_cmpint (pw_indicator_get_nth_year (indicator, 1), ==, 2022);

  /* clearing a value is a change too */
  pw_indicator_set_actual (indicator, 2021, NULL);
  g_assert_null (pw_indicator_get_actual (indicator, 2021));
  pw_history_undo (history);
  g_assert_true (pw_indicator_get_actual (indicator, 2021) == a2021);
}

/* Lists */

static void
test_plan_lists (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  GListModel *chapters = pw_plan_get_chapters (plan);
  GListModel *indicators = pw_plan_get_indicators (plan);
  GListModel *comments = pw_plan_get_comments (plan);
  g_autoptr(PwChapter) one = new_chapter ("总体要求");
  g_autoptr(PwChapter) two = new_chapter ("幼有所育");
  g_autoptr(PwChapter) three = new_chapter ("学有所教");
  g_autoptr(PwIndicator) a = new_indicator ("托位数");
  g_autoptr(PwIndicator) b = new_indicator ("巩固率");
  g_autoptr(PwComment) c = new_comment ("请核实");

  pw_plan_insert_chapter (plan, 0, one);
  pw_plan_insert_chapter (plan, 1, three);
  pw_plan_insert_chapter (plan, 1, two);
  pw_plan_insert_indicator (plan, 0, a);
  pw_plan_insert_indicator (plan, 1, b);
  pw_plan_insert_comment (plan, 0, c);
  assert_names (chapters, "title", "总体要求,幼有所育,学有所教");

  pw_plan_move_chapter (plan, 0, 2);
  assert_names (chapters, "title", "幼有所育,学有所教,总体要求");
  pw_plan_move_indicator (plan, 1, 0);
  assert_names (indicators, "name", "巩固率,托位数");
  pw_plan_remove_chapter (plan, 1);
  assert_names (chapters, "title", "幼有所育,总体要求");
  pw_plan_remove_comment (plan, 0);
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 0);

  pw_history_undo (history);
  assert_names (comments, "text", "请核实");
  pw_history_undo (history);
  assert_names (chapters, "title", "幼有所育,学有所教,总体要求");
  pw_history_undo (history);
  assert_names (indicators, "name", "托位数,巩固率");
  pw_history_undo (history);
  assert_names (chapters, "title", "总体要求,幼有所育,学有所教");
  pw_history_undo (history);
  pw_history_undo (history);
  pw_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 0);
  assert_names (chapters, "title", "总体要求,幼有所育,学有所教");
  pw_history_undo (history);
  assert_names (chapters, "title", "总体要求,学有所教");

  /* the same objects come back */
  while (pw_history_redo (history))
    ;
  assert_names (chapters, "title", "幼有所育,总体要求");
  assert_names (indicators, "name", "巩固率,托位数");
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 0);
  {
    g_autoptr(PwChapter) first = g_list_model_get_item (chapters, 0);
    g_assert_true (first == two);
  }
}

static void
test_nested_lists (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwChapter) chapter = new_chapter ("幼有所育");
  g_autoptr(PwBox) column = pw_box_new ();
  g_autoptr(PwSection) s1 = new_section ("提升优生优育服务水平");
  g_autoptr(PwSection) s2 = new_section ("加强婴幼儿健康管理");
  g_autoptr(PwProject) p1 = new_project ("托育服务机构建设");
  g_autoptr(PwProject) p2 = new_project ("妇幼保健能力提升");
  g_autoptr(PwProject) p3 = new_project ("儿童友好城市建设");
  GListModel *sections = pw_chapter_get_sections (chapter);
  GListModel *projects = pw_box_get_projects (column);

  /* built before it is in the plan: nothing to record yet */
  pw_chapter_insert_section (chapter, 0, s1);
  pw_chapter_insert_box (chapter, 0, column);
  pw_box_insert_project (column, 0, p1);
  g_assert_null (pw_object_get_history (PW_OBJECT (p1)));

  /* inserting the chapter hands the history down to all it holds */
  pw_plan_insert_chapter (plan, 0, chapter);
  g_assert_true (pw_object_get_history (PW_OBJECT (chapter)) == history);
  g_assert_true (pw_object_get_history (PW_OBJECT (s1)) == history);
  g_assert_true (pw_object_get_history (PW_OBJECT (column)) == history);
  g_assert_true (pw_object_get_history (PW_OBJECT (p1)) == history);

  pw_chapter_insert_section (chapter, 1, s2);
  pw_box_insert_project (column, 1, p2);
  pw_box_insert_project (column, 2, p3);
  pw_box_move_project (column, 2, 0);
  pw_section_set_text (s1, "建立生育支持政策体系");
  pw_project_set_status (p1, PW_PROJECT_IN_PROGRESS);
  pw_chapter_remove_section (chapter, 0);
  assert_names (sections, "title", "加强婴幼儿健康管理");
  assert_names (projects, "name", "儿童友好城市建设,托育服务机构建设,妇幼保健能力提升");

  pw_history_undo (history);
  assert_names (sections, "title", "提升优生优育服务水平,加强婴幼儿健康管理");
  pw_history_undo (history);
  g_assert_cmpint (pw_project_get_status (p1), ==, PW_PROJECT_PLANNED);
  pw_history_undo (history);
  g_assert_null (pw_section_get_text (s1));
  pw_history_undo (history);
  assert_names (projects, "name", "托育服务机构建设,妇幼保健能力提升,儿童友好城市建设");
  pw_history_undo (history);
  pw_history_undo (history);
  assert_names (projects, "name", "托育服务机构建设");
  pw_history_undo (history);
  assert_names (sections, "title", "提升优生优育服务水平");

  /* then the chapter itself */
  pw_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_chapters (plan)), ==, 0);
  g_assert_false (pw_history_get_can_undo (history));

  while (pw_history_redo (history))
    ;
  assert_names (sections, "title", "加强婴幼儿健康管理");
  assert_names (projects, "name", "儿童友好城市建设,托育服务机构建设,妇幼保健能力提升");
  g_assert_cmpstr (pw_section_get_text (s1), ==, "建立生育支持政策体系");
  g_assert_cmpint (pw_project_get_status (p1), ==, PW_PROJECT_IN_PROGRESS);
}

/* A step joined by what completes it (the name typed for a row just
 * added): undone and redone with it, under its label; not once something
 * else was done, undone or saved since. */
static void
test_groups_joined (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwIndicator) indicator = new_indicator (NULL);
  guint64 state;

  pw_history_begin (history, "Add Indicator");
  pw_plan_insert_indicator (plan, 0, indicator);
  pw_history_end (history);
  state = pw_history_get_state (history);

  pw_history_begin_joined (history, "Edit Name", state);
  pw_indicator_set_name (indicator, "人均预期寿命");
  pw_history_end (history);
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Add Indicator");
  g_assert_true (pw_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, 0);
  g_assert_null (pw_indicator_get_name (indicator));
  g_assert_false (pw_history_get_can_undo (history));
  g_assert_true (pw_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, 1);
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "人均预期寿命");

  /* the state has moved on (the redo): a step of its own */
  pw_history_begin_joined (history, "Edit Name", state);
  pw_indicator_set_name (indicator, "劳动年龄人口平均受教育年限");
  pw_history_end (history);
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Edit Name");

  /* saved since: a step of its own, so that undo comes back to the file */
  state = pw_history_get_state (history);
  pw_history_set_unmodified (history);
  pw_history_begin_joined (history, "Edit Unit", state);
  pw_indicator_set_unit (indicator, "年");
  pw_history_end (history);
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Edit Unit");
  g_assert_true (pw_history_undo (history));
  g_assert_false (pw_history_get_modified (history));
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "劳动年龄人口平均受教育年限");
}

/* Groups */

static void
test_groups (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwIndicator) indicator = new_indicator ("人均预期寿命");
  g_autoptr(PwValue) baseline = value ("78.34");
  g_autoptr(PwValue) target = value ("提高1岁");

  pw_history_begin (history, "添加指标");
  pw_plan_insert_indicator (plan, 0, indicator);
  pw_history_begin (history, "填写基期和目标");
  pw_indicator_set_baseline (indicator, baseline);
  pw_indicator_set_target (indicator, target);
  pw_history_end (history);
  /* not undoable while the outer group is open */
  g_assert_false (pw_history_get_can_undo (history));
  pw_indicator_set_nature (indicator, PW_NATURE_EXPECTED);
  pw_history_end (history);

  /* one step, labelled by the outermost group */
  g_assert_true (pw_history_get_can_undo (history));
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "添加指标");
  pw_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, 0);
  g_assert_null (pw_indicator_get_baseline (indicator));
  g_assert_null (pw_indicator_get_target (indicator));
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_UNKNOWN);
  g_assert_false (pw_history_get_can_undo (history));
  g_assert_cmpstr (pw_history_get_redo_label (history), ==, "添加指标");

  pw_history_redo (history);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_indicators (plan)), ==, 1);
  g_assert_true (pw_indicator_get_target (indicator) == target);
  g_assert_cmpint (pw_indicator_get_nature (indicator), ==, PW_NATURE_EXPECTED);

  /* an empty group leaves no step */
  pw_history_begin (history, "什么也不做");
  pw_history_end (history);
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "添加指标");

  /* a change outside a group is a step of its own, without label */
  pw_indicator_set_name (indicator, "人均预期寿命(岁)");
  g_assert_null (pw_history_get_undo_label (history));
  pw_history_undo (history);
  g_assert_cmpstr (pw_indicator_get_name (indicator), ==, "人均预期寿命");
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "添加指标");
}

static void
test_redo_cleared (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);

  pw_plan_set_region (plan, "驻马店市");
  pw_plan_set_region (plan, "新乡市");
  pw_history_undo (history);
  g_assert_true (pw_history_get_can_redo (history));

  pw_plan_set_region (plan, "平顶山市");
  g_assert_false (pw_history_get_can_redo (history));
  g_assert_false (pw_history_redo (history));
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "平顶山市");
  pw_history_undo (history);
  g_assert_cmpstr (pw_plan_get_region (plan), ==, "驻马店市");
}

/* The modified flag */

static void
test_modified (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);

  g_assert_false (pw_history_get_modified (history));
  pw_plan_set_title (plan, "A");
  g_assert_true (pw_history_get_modified (history));
  pw_plan_set_title (plan, "B");

  /* saved with B */
  pw_history_set_unmodified (history);
  g_assert_false (pw_history_get_modified (history));

  /* undo past the save: modified; redo back to it: unmodified */
  pw_history_undo (history);
  g_assert_true (pw_history_get_modified (history));
  pw_history_redo (history);
  g_assert_false (pw_history_get_modified (history));

  /* a change after undoing past the save makes the saved state unreachable */
  pw_history_undo (history);
  pw_plan_set_title (plan, "C");
  g_assert_true (pw_history_get_modified (history));
  pw_history_undo (history);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "A");
  g_assert_true (pw_history_get_modified (history));
  pw_history_undo (history);
  g_assert_true (pw_history_get_modified (history));
  pw_history_redo (history);
  pw_history_redo (history);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "C");
  g_assert_true (pw_history_get_modified (history));

  /* saving again makes it unmodified */
  pw_history_set_unmodified (history);
  g_assert_false (pw_history_get_modified (history));
}

static void
test_modified_at_start (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);

  /* a new plan is saved at the empty state: undoing everything returns to it */
  pw_plan_set_title (plan, "A");
  pw_plan_set_title (plan, "B");
  pw_history_undo (history);
  pw_history_undo (history);
  g_assert_false (pw_history_get_modified (history));
}

static void
test_clear (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);

  pw_plan_set_title (plan, "A");
  pw_history_undo (history);
  pw_plan_set_title (plan, "B");

  /* forgetting the changes is not saving them */
  pw_history_clear (history);
  g_assert_false (pw_history_get_can_undo (history));
  g_assert_false (pw_history_get_can_redo (history));
  g_assert_true (pw_history_get_modified (history));

  pw_history_set_unmodified (history);
  pw_history_clear (history);
  g_assert_false (pw_history_get_modified (history));
  pw_plan_set_title (plan, "C");
  pw_history_undo (history);
  g_assert_false (pw_history_get_modified (history));
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "B");
}

static void
test_oldest_forgotten (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  guint undone = 0;

  /* saved at 0; the history keeps the last thousand steps only */
  for (int i = 1; i <= 1001; i++)
    pw_plan_set_start_year (plan, 2000 + i);

  while (pw_history_undo (history))
    undone++;
  g_assert_cmpuint (undone, ==, 1000);
  g_assert_cmpint (pw_plan_get_start_year (plan), ==, 2001);
  /* the saved state (2021) was the one forgotten: not reachable */
  g_assert_true (pw_history_get_modified (history));
}

/* Blocking */

static void
test_block (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  g_autoptr(PwIndicator) indicator = new_indicator ("托位数");
  g_autoptr(PwValue) actual = value ("1.8");

  g_assert_true (pw_history_is_recording (history));
  pw_history_block (history);
  pw_history_block (history);
  g_assert_false (pw_history_is_recording (history));
  pw_plan_set_title (plan, "载入中");
  pw_plan_insert_indicator (plan, 0, indicator);
  pw_indicator_set_actual (indicator, 2022, actual);
  pw_history_unblock (history);
  pw_plan_set_region (plan, "still blocked");
  pw_history_unblock (history);
  g_assert_true (pw_history_is_recording (history));

  g_assert_false (pw_history_get_can_undo (history));
  g_assert_false (pw_history_get_modified (history));

  pw_plan_set_title (plan, "载入完成");
  pw_history_undo (history);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "载入中");
  g_assert_false (pw_history_get_can_undo (history));
  g_assert_false (pw_history_is_recording (NULL));
}

/* Notifications */

static void
test_notify (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  Notified n = { 0, };

  g_signal_connect (history, "notify", G_CALLBACK (on_notify), &n);

  /* first change: can undo and modified change; can redo does not */
  pw_plan_set_title (plan, "A");
  assert_notified (&n, 1, 0, 1);
  /* second change: none of the three changes */
  pw_plan_set_title (plan, "B");
  assert_notified (&n, 0, 0, 0);
  /* same value: nothing at all */
  pw_plan_set_title (plan, "B");
  assert_notified (&n, 0, 0, 0);
  g_assert_cmpuint (n.undo_label, ==, 0);

  pw_history_undo (history);
  assert_notified (&n, 0, 1, 0);
  pw_history_undo (history);
  assert_notified (&n, 1, 0, 1);
  pw_history_redo (history);
  assert_notified (&n, 1, 0, 1);
  pw_history_redo (history);
  assert_notified (&n, 0, 1, 0);

  pw_history_set_unmodified (history);
  assert_notified (&n, 0, 0, 1);
  pw_history_set_unmodified (history);
  assert_notified (&n, 0, 0, 0);

  /* nothing changes during an open group, once at its end */
  pw_history_begin (history, "改标题");
  pw_plan_set_title (plan, "C");
  pw_plan_set_title (plan, "D");
  assert_notified (&n, 0, 0, 0);
  g_assert_cmpuint (n.undo_label, ==, 0);
  pw_history_end (history);
  g_assert_cmpuint (n.undo_label, ==, 1);
  g_assert_cmpuint (n.redo_label, ==, 0);
  assert_notified (&n, 0, 0, 1);

  /* the labels are notified when they change: "改标题" → none (B's step) */
  pw_history_undo (history);
  g_assert_cmpuint (n.undo_label, ==, 1);
  g_assert_cmpuint (n.redo_label, ==, 1);
  assert_notified (&n, 0, 1, 1);

  /* redo with nothing to do notifies nothing */
  pw_history_redo (history);
  g_assert_cmpuint (n.undo_label, ==, 1);
  g_assert_cmpuint (n.redo_label, ==, 1);
  assert_notified (&n, 0, 1, 1);
  g_assert_false (pw_history_redo (history));
  assert_notified (&n, 0, 0, 0);

  {
    gboolean can_undo = FALSE;
    gboolean modified = TRUE;
    g_autofree char *label = NULL;

    g_object_get (history, "can-undo", &can_undo, "modified", &modified,
                  "undo-label", &label, NULL);
    g_assert_true (can_undo);
    g_assert_true (modified);
    g_assert_cmpstr (label, ==, "改标题");
  }
}

/* Memory */

static void
test_no_leak (void)
{
  PwPlan *plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  PwIndicator *indicator = new_indicator ("托位数");
  PwChapter *removed = new_chapter ("删去的章");
  PwChapter *kept = new_chapter ("保留的章");
  PwSection *section = new_section ("第一节");
  g_autoptr(PwValue) actual = value ("1.8");
  gpointer weak_indicator = indicator;
  gpointer weak_removed = removed;
  gpointer weak_kept = kept;
  gpointer weak_section = section;
  gpointer weak_history = history;
  gpointer weak_plan = plan;

  g_object_add_weak_pointer (G_OBJECT (indicator), &weak_indicator);
  g_object_add_weak_pointer (G_OBJECT (removed), &weak_removed);
  g_object_add_weak_pointer (G_OBJECT (kept), &weak_kept);
  g_object_add_weak_pointer (G_OBJECT (section), &weak_section);
  g_object_add_weak_pointer (G_OBJECT (history), &weak_history);
  g_object_add_weak_pointer (G_OBJECT (plan), &weak_plan);

  pw_plan_insert_indicator (plan, 0, indicator);
  pw_plan_insert_chapter (plan, 0, kept);
  pw_plan_insert_chapter (plan, 1, removed);
  pw_chapter_insert_section (kept, 0, section);
  g_object_unref (indicator);
  g_object_unref (removed);
  g_object_unref (kept);
  g_object_unref (section);

  /* changes that hold the objects: properties, years, a removal, an undo */
  pw_indicator_set_actual (indicator, 2022, actual);
  pw_indicator_set_state (indicator, 2023, PW_QUAL_STATE_DONE);
  pw_section_set_text (section, "正文");
  pw_plan_set_title (plan, "规划");
  pw_plan_remove_chapter (plan, 1);
  pw_plan_move_chapter (plan, 0, 0);
  pw_history_undo (history);
  pw_history_redo (history);
  g_assert_nonnull (weak_removed);

  g_object_unref (plan);
  g_assert_null (weak_plan);
  g_assert_null (weak_indicator);
  g_assert_null (weak_removed);
  g_assert_null (weak_kept);
  g_assert_null (weak_section);
  g_assert_null (weak_history);
}

static void
test_object_outlives_plan (void)
{
  PwPlan *plan = pw_plan_new ();
  PwIndicator *indicator = new_indicator ("托位数");
  gpointer weak_indicator = indicator;
  gpointer weak_history = pw_plan_get_history (plan);

  g_object_add_weak_pointer (G_OBJECT (indicator), &weak_indicator);
  g_object_add_weak_pointer (weak_history, &weak_history);

  /* a window still shows the indicator when the plan goes */
  pw_plan_insert_indicator (plan, 0, indicator);
  pw_indicator_set_note (indicator, "一");
  g_object_unref (plan);
  g_assert_nonnull (weak_indicator);
  g_assert_null (pw_object_get_history (PW_OBJECT (indicator)));
  g_assert_null (weak_history);

  /* and edits it: nothing records it, nothing holds it */
  pw_indicator_set_note (indicator, "二");
  g_object_unref (indicator);
  g_assert_null (weak_indicator);
}

static void
test_history_outlives_plan (void)
{
  PwPlan *plan = pw_plan_new ();
  g_autoptr(PwHistory) history = g_object_ref (pw_plan_get_history (plan));
  PwIndicator *indicator = new_indicator ("托位数");
  gpointer weak_indicator = indicator;

  g_object_add_weak_pointer (G_OBJECT (indicator), &weak_indicator);
  pw_plan_insert_indicator (plan, 0, indicator);
  g_object_unref (indicator);
  pw_indicator_set_note (indicator, "一");

  /* an Undo button that still holds the history */
  g_object_unref (plan);
  g_assert_null (weak_indicator);
  g_assert_false (pw_history_get_can_undo (history));
  g_assert_false (pw_history_is_recording (history));
}

static void
count_emission (guint *count)
{
  (*count)++;
}

/* "changed" comes once per group recorded, undone or redone; saving is not a
 * change of the plan. */
static void
test_changed_signal (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwHistory *history = pw_plan_get_history (plan);
  guint count = 0;

  g_signal_connect_swapped (history, "changed", G_CALLBACK (count_emission), &count);

  pw_history_begin (history, "Edit");
  pw_plan_set_title (plan, "一");
  pw_plan_set_region (plan, "二");
  pw_history_end (history);
  g_assert_cmpuint (count, ==, 1);

  pw_plan_set_issuer (plan, "三");
  g_assert_cmpuint (count, ==, 2);

  pw_history_set_unmodified (history);
  g_assert_cmpuint (count, ==, 2);

  g_assert_true (pw_history_undo (history));
  g_assert_cmpuint (count, ==, 3);
  g_assert_true (pw_history_redo (history));
  g_assert_cmpuint (count, ==, 4);

  /* nothing to undo past the first group twice over */
  g_assert_true (pw_history_undo (history));
  g_assert_true (pw_history_undo (history));
  g_assert_false (pw_history_undo (history));
  g_assert_cmpuint (count, ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pw/history/property/strings", test_strings);
  g_test_add_func ("/pw/history/property/same-value", test_setting_same_value_records_nothing);
  g_test_add_func ("/pw/history/mark-alone", test_mark_alone_records_nothing);
  g_test_add_func ("/pw/history/property/ints-and-enums", test_ints_and_enums);
  g_test_add_func ("/pw/history/property/doubles", test_doubles);
  g_test_add_func ("/pw/history/property/booleans", test_booleans);
  g_test_add_func ("/pw/history/property/values", test_values);
  g_test_add_func ("/pw/history/property/ids", test_ids);
  g_test_add_func ("/pw/history/years", test_actuals_and_states);
  g_test_add_func ("/pw/history/list/plan", test_plan_lists);
  g_test_add_func ("/pw/history/list/nested", test_nested_lists);
  g_test_add_func ("/pw/history/groups", test_groups);
  g_test_add_func ("/pw/history/groups-joined", test_groups_joined);
  g_test_add_func ("/pw/history/redo-cleared", test_redo_cleared);
  g_test_add_func ("/pw/history/modified/save", test_modified);
  g_test_add_func ("/pw/history/modified/start", test_modified_at_start);
  g_test_add_func ("/pw/history/modified/clear", test_clear);
  g_test_add_func ("/pw/history/modified/oldest-forgotten", test_oldest_forgotten);
  g_test_add_func ("/pw/history/block", test_block);
  g_test_add_func ("/pw/history/notify", test_notify);
  g_test_add_func ("/pw/history/memory/no-leak", test_no_leak);
  g_test_add_func ("/pw/history/memory/object-outlives-plan", test_object_outlives_plan);
  g_test_add_func ("/pw/history/memory/history-outlives-plan", test_history_outlives_plan);

  g_test_add_func ("/pw/history/changed-signal", test_changed_signal);

  return g_test_run ();
}
