/* test-edit.c: the rules of editing a plan's outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expectation is worked out by hand from the small plan that fixture()
 * builds: three chapters, five sections, one 专栏 of two projects, one
 * indicator and one comment.
 */

#include "config.h"

#include "pw-comments.h"
#include "pw-heading-number.h"
#include "pw-plan-edit.h"
#include "pw-plan-file.h"
#include "pw-test-schema.h"
#include "pw-test-util.h"

typedef struct
{
  PwPlan *plan;
  PwChapter *c1, *c2, *c3;
  PwSection *s1a, *s1b, *s2a, *s3a, *s3b, *s3c;
  PwBox *b1;
  PwProject *p1, *p2;
  PwIndicator *i1;
  PwComment *comment;
} Fixture;

static PwChapter *
add_chapter (PwPlan     *plan,
             const char *title,
             const char *text)
{
  g_autoptr(PwChapter) chapter = g_object_new (PW_TYPE_CHAPTER, "title", title, "text", text, "number", 1, NULL);

  pw_plan_insert_chapter (plan, g_list_model_get_n_items (pw_plan_get_chapters (plan)), chapter);
  return chapter;
}

static PwSection *
add_section (PwChapter  *chapter,
             const char *title,
             const char *text)
{
  g_autoptr(PwSection) section = g_object_new (PW_TYPE_SECTION, "title", title, "text", text, "number", 1, NULL);

  pw_chapter_insert_section (chapter, g_list_model_get_n_items (pw_chapter_get_sections (chapter)), section);
  return section;
}

static PwProject *
add_project (PwBox      *box,
             const char *name)
{
  g_autoptr(PwProject) project = pw_project_new ();

  pw_project_set_name (project, name);
  pw_project_set_number (project, 1);
  pw_box_insert_project (box, g_list_model_get_n_items (pw_box_get_projects (box)), project);
  return project;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PwBox) box = pw_box_new ();
  g_autoptr(PwIndicator) indicator = pw_indicator_new ();

  f->plan = pw_plan_new ();
  pw_plan_set_start_year (f->plan, 2021);
  pw_plan_set_end_year (f->plan, 2025);
  pw_plan_set_baseline_year (f->plan, 2020);
  f->c1 = add_chapter (f->plan, "发展基础", NULL);
  f->s1a = add_section (f->c1, "发展成就", "p1\np2");
  f->s1b = add_section (f->c1, "面临形势", "p3");
  f->c2 = add_chapter (f->plan, "总体要求", "q1\nq2\nq3");
  f->s2a = add_section (f->c2, "指导思想", "r1");
  f->c3 = add_chapter (f->plan, "主要任务", NULL);
  f->s3a = add_section (f->c3, "甲", "a1");
  f->s3b = add_section (f->c3, "乙", "b1\nb2");
  f->s3c = add_section (f->c3, "丙", "c1");
  pw_box_set_title (box, "重点工程");
  pw_box_set_number (box, 1);
  pw_chapter_insert_box (f->c3, 0, box);
  f->b1 = box;
  f->p1 = add_project (box, "一号工程");
  f->p2 = add_project (box, "二号工程");
  pw_plan_assign_ids (f->plan);
  pw_plan_renumber (f->plan);

  pw_indicator_set_name (indicator, "托位数");
  pw_indicator_set_chapter (indicator, pw_object_get_id (PW_OBJECT (f->c3)));
  pw_plan_insert_indicator (f->plan, 0, indicator);
  f->i1 = indicator;
  pw_plan_assign_ids (f->plan);
  f->comment = pw_plan_add_comment (f->plan, pw_object_get_id (PW_OBJECT (f->s1b)), 0, 0, "李明", "补充数据");
  pw_history_clear (pw_plan_get_history (f->plan));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->plan);
}

static gpointer
nth (GListModel *list,
     guint       i)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, i);

  return item;
}

static guint
n_of (GListModel *list)
{
  return g_list_model_get_n_items (list);
}

/* The titles of a list, with their numbers: "1甲 2乙". */
static char *
outline_of (GListModel *list)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_of (list); i++)
    {
      GObject *item = nth (list, i);
      g_autofree char *title = NULL;
      int number = 0;

      g_object_get (item, "title", &title, "number", &number, NULL);
      g_string_append_printf (out, "%s%d%s", i > 0 ? " " : "", number, title ? title : "");
    }
  return g_string_free (out, FALSE);
}

#define assert_outline(list, expected) \
  G_STMT_START { g_autofree char *got_ = outline_of (list); g_assert_cmpstr (got_, ==, expected); } G_STMT_END

typedef struct
{
  guint position, removed, added, count;
} Changes;

static void
count_changes (GListModel *list,
               guint       position,
               guint       removed,
               guint       added,
               Changes    *changes)
{
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  changes->count++;
}

static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  GListModel *chapters = pw_plan_get_chapters (f->plan);
  PwHistory *history = pw_plan_get_history (f->plan);
  Changes changes = { 0 };
  PwChapter *added;
  PwSection *section;
  PwBox *box;
  gulong handler;

  handler = g_signal_connect (chapters, "items-changed", G_CALLBACK (count_changes), &changes);
  added = PW_CHAPTER (pw_plan_add (f->plan, PW_TYPE_CHAPTER, G_OBJECT (f->c1), TRUE, "新章"));
  g_signal_handler_disconnect (chapters, handler);
  /* one insertion at 1, and nothing else of the list */
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);
  assert_outline (chapters, "1发展基础 2新章 3总体要求 4主要任务");
  g_assert_nonnull (pw_object_get_id (PW_OBJECT (added)));
  g_assert_null (pw_plan_find_indicator (f->plan, pw_object_get_id (PW_OBJECT (added))));
  g_assert_true (pw_plan_find_chapter (f->plan, pw_object_get_id (PW_OBJECT (added))) == added);
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Add Chapter");

  g_assert_true (pw_history_undo (history));
  assert_outline (chapters, "1发展基础 2总体要求 3主要任务");
  g_assert_true (pw_history_redo (history));
  assert_outline (chapters, "1发展基础 2新章 3总体要求 4主要任务");

  /* before the first section of a chapter; into a chapter */
  section = PW_SECTION (pw_plan_add (f->plan, PW_TYPE_SECTION, G_OBJECT (f->s1a), FALSE, "前节"));
  assert_outline (pw_chapter_get_sections (f->c1), "1前节 2发展成就 3面临形势");
  g_assert_null (pw_section_get_text (section));
  section = PW_SECTION (pw_plan_add (f->plan, PW_TYPE_SECTION, G_OBJECT (added), TRUE, NULL));
  assert_outline (pw_chapter_get_sections (added), "1");

  /* 专栏 are numbered through the plan: one in the first chapter comes first */
  box = PW_BOX (pw_plan_add (f->plan, PW_TYPE_BOX, G_OBJECT (f->s1b), TRUE, "新专栏"));
  assert_outline (pw_chapter_get_boxes (f->c1), "1新专栏");
  assert_outline (pw_chapter_get_boxes (f->c3), "2重点工程");
  pw_plan_add_project (f->plan, box, 0, "新工程");
  g_assert_cmpstr (pw_project_get_name (nth (pw_box_get_projects (box), 0)), ==, "新工程");
  g_assert_cmpint (pw_project_get_number (nth (pw_box_get_projects (box), 0)), ==, 1);

  /* a section cannot be added beside a part or nothing */
  g_assert_null (pw_plan_add (f->plan, PW_TYPE_SECTION, NULL, TRUE, "x"));

  while (pw_history_undo (history))
    ;
  assert_outline (chapters, "1发展基础 2总体要求 3主要任务");
  assert_outline (pw_chapter_get_sections (f->c1), "1发展成就 2面临形势");
  assert_outline (pw_chapter_get_boxes (f->c3), "1重点工程");
  g_assert_cmpuint (n_of (pw_chapter_get_boxes (f->c1)), ==, 0);
}

static void
test_rename (Fixture       *f,
             gconstpointer  data)
{
  PwHistory *history = pw_plan_get_history (f->plan);

  g_assert_true (pw_plan_rename (f->plan, G_OBJECT (f->s2a), "指导原则"));
  g_assert_false (pw_plan_rename (f->plan, G_OBJECT (f->s2a), "指导原则"));
  g_assert_cmpstr (pw_section_get_title (f->s2a), ==, "指导原则");
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Rename");
  pw_history_undo (history);
  g_assert_cmpstr (pw_section_get_title (f->s2a), ==, "指导思想");

  /* and the edits after a rename still renumber */
  pw_plan_move (f->plan, G_OBJECT (f->c1), 1);
  assert_outline (pw_plan_get_chapters (f->plan), "1总体要求 2发展基础 3主要任务");
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  GListModel *chapters = pw_plan_get_chapters (f->plan);
  PwHistory *history = pw_plan_get_history (f->plan);
  guint n_indicators = 9, n_projects = 9;

  pw_plan_count_content (f->plan, G_OBJECT (f->c3), &n_indicators, &n_projects);
  g_assert_cmpuint (n_indicators, ==, 1);
  g_assert_cmpuint (n_projects, ==, 2);
  pw_plan_count_content (f->plan, G_OBJECT (f->c1), &n_indicators, &n_projects);
  g_assert_cmpuint (n_indicators, ==, 0);
  g_assert_cmpuint (n_projects, ==, 0);

  g_assert_true (pw_plan_delete (f->plan, G_OBJECT (f->c3)));
  assert_outline (chapters, "1发展基础 2总体要求");
  g_assert_cmpuint (n_of (pw_plan_get_indicators (f->plan)), ==, 0);
  g_assert_true (pw_history_undo (history));
  assert_outline (chapters, "1发展基础 2总体要求 3主要任务");
  g_assert_true (nth (pw_plan_get_indicators (f->plan), 0) == f->i1);

  /* the comment on a section goes with it, and comes back */
  g_assert_true (pw_plan_delete (f->plan, G_OBJECT (f->s1b)));
  g_assert_cmpuint (n_of (pw_plan_get_comments (f->plan)), ==, 0);
  g_assert_true (pw_history_undo (history));
  g_assert_cmpuint (n_of (pw_plan_get_comments (f->plan)), ==, 1);

  /* deleting the first chapter renumbers the others */
  g_assert_true (pw_plan_delete (f->plan, G_OBJECT (f->c1)));
  assert_outline (chapters, "1总体要求 2主要任务");
  g_assert_true (pw_plan_delete (f->plan, G_OBJECT (f->b1)));
  g_assert_cmpuint (n_of (pw_chapter_get_boxes (f->c3)), ==, 0);
  g_assert_false (pw_plan_delete (f->plan, G_OBJECT (f->b1)));
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  GListModel *chapters = pw_plan_get_chapters (f->plan);
  PwHistory *history = pw_plan_get_history (f->plan);

  g_assert_false (pw_plan_can_move (f->plan, G_OBJECT (f->c1), -1));
  g_assert_false (pw_plan_can_move (f->plan, G_OBJECT (f->s1a), -1));
  g_assert_true (pw_plan_move (f->plan, G_OBJECT (f->s1b), -1));
  assert_outline (pw_chapter_get_sections (f->c1), "1面临形势 2发展成就");

  /* the first section of a chapter goes to the end of the one before */
  g_assert_true (pw_plan_move (f->plan, G_OBJECT (f->s2a), -1));
  assert_outline (pw_chapter_get_sections (f->c1), "1面临形势 2发展成就 3指导思想");
  g_assert_cmpuint (n_of (pw_chapter_get_sections (f->c2)), ==, 0);
  /* and back down: the first of the next chapter */
  g_assert_true (pw_plan_move (f->plan, G_OBJECT (f->s2a), 1));
  assert_outline (pw_chapter_get_sections (f->c2), "1指导思想");
  g_assert_true (pw_plan_move (f->plan, G_OBJECT (f->s1a), 1));
  assert_outline (pw_chapter_get_sections (f->c2), "1发展成就 2指导思想");

  g_assert_true (pw_plan_move (f->plan, G_OBJECT (f->c3), -1));
  assert_outline (chapters, "1发展基础 2主要任务 3总体要求");
  g_assert_false (pw_plan_can_move (f->plan, G_OBJECT (f->c2), 1));

  /* drag and drop: a section into another chapter, before a section */
  g_assert_true (pw_plan_move_to (f->plan, G_OBJECT (f->s3c), G_OBJECT (f->s1b), PW_DROP_BEFORE));
  assert_outline (pw_chapter_get_sections (f->c1), "1丙 2面临形势");
  g_assert_false (pw_plan_can_move_to (f->plan, G_OBJECT (f->s3c), G_OBJECT (f->b1), PW_DROP_BEFORE));
  g_assert_false (pw_plan_can_move_to (f->plan, G_OBJECT (f->c1), G_OBJECT (f->s3a), PW_DROP_INTO));
  g_assert_true (pw_plan_move_to (f->plan, G_OBJECT (f->b1), G_OBJECT (f->c1), PW_DROP_INTO));
  assert_outline (pw_chapter_get_boxes (f->c1), "1重点工程");

  while (pw_history_undo (history))
    ;
  assert_outline (chapters, "1发展基础 2总体要求 3主要任务");
  assert_outline (pw_chapter_get_sections (f->c1), "1发展成就 2面临形势");
  assert_outline (pw_chapter_get_sections (f->c2), "1指导思想");
  assert_outline (pw_chapter_get_sections (f->c3), "1甲 2乙 3丙");
  assert_outline (pw_chapter_get_boxes (f->c3), "1重点工程");
}

static void
test_parts (Fixture       *f,
            gconstpointer  data)
{
  GListModel *chapters = pw_plan_get_chapters (f->plan);
  GListModel *parts = pw_plan_get_parts (f->plan);
  PwPart *p1, *p2;
  PwChapter *added;

  p1 = PW_PART (pw_plan_add (f->plan, PW_TYPE_PART, NULL, TRUE, "第一篇"));
  g_assert_true (pw_plan_move_to (f->plan, G_OBJECT (f->c1), G_OBJECT (p1), PW_DROP_INTO));
  g_assert_true (pw_plan_move_to (f->plan, G_OBJECT (f->c2), G_OBJECT (p1), PW_DROP_INTO));
  p2 = PW_PART (pw_plan_add (f->plan, PW_TYPE_PART, G_OBJECT (p1), TRUE, "第二篇"));
  assert_outline (pw_plan_get_chapters (f->plan), "1发展基础 2总体要求 3主要任务");
  g_assert_true (pw_plan_move_to (f->plan, G_OBJECT (f->c3), G_OBJECT (p2), PW_DROP_INTO));
  assert_outline (parts, "1第一篇 2第二篇");
  assert_outline (pw_part_get_chapters (p1), "1发展基础 2总体要求");
  assert_outline (pw_part_get_chapters (p2), "3主要任务");

  /* a chapter added into a part comes last in it; numbers run on */
  added = PW_CHAPTER (pw_plan_add (f->plan, PW_TYPE_CHAPTER, G_OBJECT (p1), TRUE, "新章"));
  assert_outline (pw_part_get_chapters (p1), "1发展基础 2总体要求 3新章");
  assert_outline (pw_part_get_chapters (p2), "4主要任务");
  g_assert_true (pw_chapter_get_part (added) == p1);

  /* down past the end of its part: the first of the next */
  g_assert_true (pw_plan_move (f->plan, G_OBJECT (added), 1));
  assert_outline (pw_part_get_chapters (p1), "1发展基础 2总体要求");
  assert_outline (pw_part_get_chapters (p2), "3新章 4主要任务");
  assert_outline (chapters, "1发展基础 2总体要求 3新章 4主要任务");
  g_assert_true (pw_plan_move (f->plan, G_OBJECT (added), -1));
  assert_outline (pw_part_get_chapters (p1), "1发展基础 2总体要求 3新章");

  /* a part moves with its chapters */
  g_assert_true (pw_plan_move (f->plan, G_OBJECT (p2), -1));
  assert_outline (parts, "1第二篇 2第一篇");
  assert_outline (chapters, "1主要任务 2发展基础 3总体要求 4新章");

  /* deleting a part deletes its chapters, and the indicator of one */
  g_assert_true (pw_plan_delete (f->plan, G_OBJECT (p2)));
  assert_outline (parts, "1第一篇");
  assert_outline (chapters, "1发展基础 2总体要求 3新章");
  g_assert_cmpuint (n_of (pw_plan_get_indicators (f->plan)), ==, 0);
  pw_history_undo (pw_plan_get_history (f->plan));
  assert_outline (chapters, "1主要任务 2发展基础 3总体要求 4新章");
  g_assert_cmpuint (n_of (pw_plan_get_indicators (f->plan)), ==, 1);
}

static void
test_per_part_numbering (Fixture       *f,
                         gconstpointer  data)
{
  PwPart *p1 = PW_PART (pw_plan_add (f->plan, PW_TYPE_PART, NULL, TRUE, "甲"));
  PwPart *p2 = PW_PART (pw_plan_add (f->plan, PW_TYPE_PART, NULL, TRUE, "乙"));
  PwChapter *added;

  /* 第一部分 一、二、 第二部分 一、: numbered again in each part */
  pw_chapter_set_part (f->c1, p1);
  pw_chapter_set_part (f->c2, p1);
  pw_chapter_set_part (f->c3, p2);
  pw_chapter_set_number (f->c3, 1);
  g_assert_true (pw_plan_numbering_is_regular (f->plan));
  added = PW_CHAPTER (pw_plan_add (f->plan, PW_TYPE_CHAPTER, G_OBJECT (f->c2), TRUE, "新章"));
  assert_outline (pw_part_get_chapters (p1), "1发展基础 2总体要求 3新章");
  assert_outline (pw_part_get_chapters (p2), "1主要任务");
  g_assert_true (pw_plan_move (f->plan, G_OBJECT (added), 1));
  assert_outline (pw_part_get_chapters (p2), "1新章 2主要任务");
}

static void
test_as_printed (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *chapters = pw_plan_get_chapters (f->plan);

  pw_chapter_set_number (f->c1, 3);
  pw_chapter_set_number (f->c2, 5);
  pw_chapter_set_number (f->c3, 9);
  g_assert_false (pw_plan_numbering_is_regular (f->plan));
  pw_plan_set_numbering (f->plan, PW_NUMBERING_AS_PRINTED);
  pw_plan_add (f->plan, PW_TYPE_CHAPTER, G_OBJECT (f->c1), TRUE, "新章");
  assert_outline (chapters, "3发展基础 4新章 5总体要求 9主要任务");
  pw_plan_move (f->plan, G_OBJECT (f->c3), -1);
  assert_outline (chapters, "3发展基础 4新章 9主要任务 5总体要求");

  /* renumbering again, when asked for */
  pw_plan_set_numbering (f->plan, PW_NUMBERING_RENUMBER);
  pw_plan_renumber (f->plan);
  assert_outline (chapters, "1发展基础 2新章 3主要任务 4总体要求");
  g_assert_true (pw_plan_numbering_is_regular (f->plan));
}

static void
test_promote_demote (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *chapters = pw_plan_get_chapters (f->plan);
  PwHistory *history = pw_plan_get_history (f->plan);
  g_autofree char *id = g_strdup (pw_object_get_id (PW_OBJECT (f->s3b)));
  PwChapter *chapter;
  PwSection *section;

  chapter = pw_plan_promote_section (f->plan, f->s3b);
  g_assert_nonnull (chapter);
  assert_outline (chapters, "1发展基础 2总体要求 3主要任务 4乙");
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (chapter)), ==, id);
  g_assert_cmpstr (pw_chapter_get_text (chapter), ==, "b1\nb2");
  assert_outline (pw_chapter_get_sections (f->c3), "1甲");
  assert_outline (pw_chapter_get_sections (chapter), "1丙");
  g_assert_cmpuint (n_of (pw_chapter_get_boxes (f->c3)), ==, 1);

  g_assert_null (pw_plan_demote_chapter (f->plan, f->c1));
  section = pw_plan_demote_chapter (f->plan, chapter);
  assert_outline (chapters, "1发展基础 2总体要求 3主要任务");
  assert_outline (pw_chapter_get_sections (f->c3), "1甲 2乙 3丙");
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (section)), ==, id);
  g_assert_cmpstr (pw_section_get_text (section), ==, "b1\nb2");

  /* demoting the chapter with the indicator and the 专栏 hands them on */
  section = pw_plan_demote_chapter (f->plan, f->c3);
  assert_outline (chapters, "1发展基础 2总体要求");
  assert_outline (pw_chapter_get_sections (f->c2), "1指导思想 2主要任务 3甲 4乙 5丙");
  assert_outline (pw_chapter_get_boxes (f->c2), "1重点工程");
  g_assert_cmpstr (pw_indicator_get_chapter (f->i1), ==, pw_object_get_id (PW_OBJECT (f->c2)));

  while (pw_history_undo (history))
    ;
  assert_outline (chapters, "1发展基础 2总体要求 3主要任务");
  assert_outline (pw_chapter_get_sections (f->c3), "1甲 2乙 3丙");
  g_assert_true (nth (pw_chapter_get_sections (f->c3), 1) == f->s3b);
  g_assert_cmpstr (pw_indicator_get_chapter (f->i1), ==, pw_object_get_id (PW_OBJECT (f->c3)));
}

static void
test_split_merge (Fixture       *f,
                  gconstpointer  data)
{
  PwSection *added;

  added = pw_plan_split_section (f->plan, f->s1a, 1, "后半");
  assert_outline (pw_chapter_get_sections (f->c1), "1发展成就 2后半 3面临形势");
  g_assert_cmpstr (pw_section_get_text (f->s1a), ==, "p1");
  g_assert_cmpstr (pw_section_get_text (added), ==, "p2");
  g_assert_null (pw_plan_split_section (f->plan, f->s1a, 2, NULL));

  /* the comment on the merged section is on the section it joins, one paragraph on */
  pw_comment_set_paragraph (f->comment, 1);
  g_assert_false (pw_plan_merge_section (f->plan, f->s1a));
  g_assert_true (pw_plan_merge_section (f->plan, f->s1b));
  assert_outline (pw_chapter_get_sections (f->c1), "1发展成就 2后半");
  g_assert_cmpstr (pw_section_get_text (added), ==, "p2\np3");
  g_assert_cmpstr (pw_comment_get_target (f->comment), ==, pw_object_get_id (PW_OBJECT (added)));
  g_assert_cmpint (pw_comment_get_paragraph (f->comment), ==, 2);
  g_assert_true (pw_plan_merge_section (f->plan, added));
  g_assert_cmpstr (pw_section_get_text (f->s1a), ==, "p1\np2\np3");
}

static void
test_paragraphs (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *chapters = pw_plan_get_chapters (f->plan);
  PwHistory *history = pw_plan_get_history (f->plan);
  GObject *made;

  g_assert_cmpuint (pw_paragraphs_count ("q1\nq2\nq3"), ==, 3);
  g_assert_cmpuint (pw_paragraphs_count (NULL), ==, 0);

  /* the second paragraph of a chapter's prose becomes its first section */
  made = pw_plan_paragraph_to_heading (f->plan, G_OBJECT (f->c2), 1, PW_LEVEL_SECTION, NULL);
  g_assert_true (PW_IS_SECTION (made));
  g_assert_cmpstr (pw_chapter_get_text (f->c2), ==, "q1");
  assert_outline (pw_chapter_get_sections (f->c2), "1q2 2指导思想");
  g_assert_cmpstr (pw_section_get_text (PW_SECTION (made)), ==, "q3");
  /* and back */
  g_assert_true (pw_plan_heading_to_paragraph (f->plan, made));
  g_assert_cmpstr (pw_chapter_get_text (f->c2), ==, "q1\nq2\nq3");
  assert_outline (pw_chapter_get_sections (f->c2), "1指导思想");

  /* a paragraph of a section becomes a chapter that takes the sections after */
  made = pw_plan_paragraph_to_heading (f->plan, G_OBJECT (f->s1a), 1, PW_LEVEL_CHAPTER, "新章");
  g_assert_true (PW_IS_CHAPTER (made));
  assert_outline (chapters, "1发展基础 2新章 3总体要求 4主要任务");
  assert_outline (pw_chapter_get_sections (f->c1), "1发展成就");
  assert_outline (pw_chapter_get_sections (PW_CHAPTER (made)), "1面临形势");
  g_assert_null (pw_chapter_get_text (PW_CHAPTER (made)));
  g_assert_cmpstr (pw_section_get_text (f->s1a), ==, "p1");
  /* a chapter back into a paragraph: its sections go to the chapter before */
  g_assert_true (pw_plan_heading_to_paragraph (f->plan, made));
  assert_outline (chapters, "1发展基础 2总体要求 3主要任务");
  assert_outline (pw_chapter_get_sections (f->c1), "1发展成就 2面临形势");
  g_assert_cmpstr (pw_section_get_text (f->s1a), ==, "p1\n新章");
  g_assert_false (pw_plan_heading_to_paragraph (f->plan, G_OBJECT (f->c1)));

  /* a part starts only after the last section of a chapter */
  g_assert_null (pw_plan_paragraph_to_heading (f->plan, G_OBJECT (f->s1a), 0, PW_LEVEL_PART, NULL));
  made = pw_plan_paragraph_to_heading (f->plan, G_OBJECT (f->s1b), 0, PW_LEVEL_PART, NULL);
  g_assert_true (PW_IS_PART (made));
  assert_outline (pw_plan_get_parts (f->plan), "1p3");
  assert_outline (pw_part_get_chapters (PW_PART (made)), "2总体要求 3主要任务");
  g_assert_null (pw_section_get_text (f->s1b));

  /* moving paragraphs */
  g_assert_true (pw_plan_move_paragraph (f->plan, G_OBJECT (f->c2), 0, G_OBJECT (f->s2a), 1));
  g_assert_cmpstr (pw_chapter_get_text (f->c2), ==, "q2\nq3");
  g_assert_cmpstr (pw_section_get_text (f->s2a), ==, "r1\nq1");
  g_assert_true (pw_plan_move_paragraph (f->plan, G_OBJECT (f->c2), 1, G_OBJECT (f->c2), 0));
  g_assert_cmpstr (pw_chapter_get_text (f->c2), ==, "q3\nq2");

  while (pw_history_undo (history))
    ;
  assert_outline (chapters, "1发展基础 2总体要求 3主要任务");
  g_assert_cmpuint (n_of (pw_plan_get_parts (f->plan)), ==, 0);
  g_assert_cmpstr (pw_chapter_get_text (f->c2), ==, "q1\nq2\nq3");
  g_assert_cmpstr (pw_section_get_text (f->s1a), ==, "p1\np2");
  g_assert_cmpstr (pw_section_get_text (f->s1b), ==, "p3");
}

static void
test_box (Fixture       *f,
          gconstpointer  data)
{
  const char *names[] = { "甲工程", "乙工程", NULL };
  PwBox *box;

  box = pw_plan_paragraphs_to_box (f->plan, G_OBJECT (f->c2), 1, 2, 0, "新专栏", names);
  g_assert_nonnull (box);
  g_assert_cmpstr (pw_chapter_get_text (f->c2), ==, "q1");
  /* numbered through the plan: before the 专栏 of chapter 3 */
  assert_outline (pw_chapter_get_boxes (f->c2), "1新专栏");
  assert_outline (pw_chapter_get_boxes (f->c3), "2重点工程");
  g_assert_cmpuint (n_of (pw_box_get_projects (box)), ==, 2);
  g_assert_cmpstr (pw_project_get_name (nth (pw_box_get_projects (box), 1)), ==, "乙工程");
  g_assert_cmpint (pw_project_get_number (nth (pw_box_get_projects (box), 1)), ==, 2);

  /* a project into another 专栏: both are numbered again */
  g_assert_true (pw_plan_find_box_of (f->plan, f->p1) == f->b1);
  g_assert_true (pw_plan_move_project (f->plan, f->p1, box, 0));
  g_assert_true (pw_plan_find_box_of (f->plan, f->p1) == box);
  g_assert_cmpint (pw_project_get_number (f->p1), ==, 1);
  g_assert_cmpint (pw_project_get_number (nth (pw_box_get_projects (box), 2)), ==, 3);
  g_assert_cmpint (pw_project_get_number (f->p2), ==, 1);

  pw_history_undo (pw_plan_get_history (f->plan));
  pw_history_undo (pw_plan_get_history (f->plan));
  g_assert_cmpstr (pw_chapter_get_text (f->c2), ==, "q1\nq2\nq3");
  g_assert_cmpuint (n_of (pw_chapter_get_boxes (f->c2)), ==, 0);
  g_assert_cmpint (pw_project_get_number (f->p2), ==, 2);
}

/* With the numbers kept as printed, a project moved into another 专栏 takes
 * the number after the one before it there; moved within its own it keeps
 * its number; one undo step each. */
static void
test_move_project_as_printed (Fixture       *f,
                              gconstpointer  data)
{
  const char *names[] = { "甲工程", "乙工程", NULL };
  PwHistory *history = pw_plan_get_history (f->plan);
  PwBox *box;

  pw_plan_set_numbering (f->plan, PW_NUMBERING_AS_PRINTED);
  box = pw_plan_paragraphs_to_box (f->plan, G_OBJECT (f->c2), 1, 2, 5, "新专栏", names);
  g_assert_nonnull (box);
  /* printed 5、6 (a document's own numbering) */
  pw_project_set_number (nth (pw_box_get_projects (box), 0), 5);
  pw_project_set_number (nth (pw_box_get_projects (box), 1), 6);
  pw_project_set_number (f->p2, 2);

  /* to the end of the other 专栏: after its 6 */
  g_assert_true (pw_plan_move_project (f->plan, f->p1, box, 2));
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Move Project to Another Box");
  g_assert_true (pw_plan_find_box_of (f->plan, f->p1) == box);
  g_assert_cmpint (pw_project_get_number (f->p1), ==, 7);
  /* the others keep theirs */
  g_assert_cmpint (pw_project_get_number (nth (pw_box_get_projects (box), 0)), ==, 5);
  g_assert_cmpint (pw_project_get_number (f->p2), ==, 2);

  /* first in its new 专栏: nothing before it, so 1 */
  g_assert_true (pw_plan_move_project (f->plan, f->p2, box, 0));
  g_assert_cmpint (pw_project_get_number (f->p2), ==, 1);

  /* within the 专栏: the number stays */
  g_assert_true (pw_plan_move_project (f->plan, f->p1, box, 0));
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Move Project");
  g_assert_cmpint (pw_project_get_number (f->p1), ==, 7);
  g_assert_true (nth (pw_box_get_projects (box), 0) == f->p1);

  pw_history_undo (history);
  pw_history_undo (history);
  pw_history_undo (history);
  g_assert_true (pw_plan_find_box_of (f->plan, f->p1) == f->b1);
  g_assert_true (pw_plan_find_box_of (f->plan, f->p2) == f->b1);
  g_assert_cmpint (pw_project_get_number (f->p1), ==, 1);
  g_assert_cmpint (pw_project_get_number (f->p2), ==, 2);
  g_assert_true (nth (pw_box_get_projects (f->b1), 0) == f->p1);
}

/* The project commands of a chapter page: copies below their rows with
 * every field but a new id, rows removed, each one step; numbered 1, 2, 3 …
 * again when the plan renumbers, else as printed (a copy takes the number
 * after the one before it, the others keep theirs). */
static void
test_projects_duplicate_remove (Fixture       *f,
                                gconstpointer  data)
{
  PwHistory *history = pw_plan_get_history (f->plan);
  GListModel *projects = pw_box_get_projects (f->b1);
  PwProject *copy;

  pw_project_set_lead (f->p1, "市发展改革委");
  pw_history_clear (history);
  g_assert_true (pw_plan_duplicate_projects (f->plan, f->b1, 0, 2));
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Duplicate Projects");
  g_assert_cmpuint (n_of (projects), ==, 4);
  copy = nth (projects, 2);
  g_assert_cmpstr (pw_project_get_name (copy), ==, "一号工程");
  g_assert_cmpstr (pw_project_get_lead (copy), ==, "市发展改革委");
  g_assert_nonnull (pw_object_get_id (PW_OBJECT (copy)));
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (copy)), !=, pw_object_get_id (PW_OBJECT (f->p1)));
  g_assert_cmpstr (pw_project_get_name (nth (projects, 3)), ==, "二号工程");
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (pw_project_get_number (nth (projects, i)), ==, (int) i + 1);

  g_assert_true (pw_plan_remove_projects (f->plan, f->b1, 1, 2));
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Remove Projects");
  g_assert_cmpuint (n_of (projects), ==, 2);
  g_assert_true (nth (projects, 0) == f->p1);
  g_assert_cmpstr (pw_project_get_name (nth (projects, 1)), ==, "二号工程");
  g_assert_cmpint (pw_project_get_number (nth (projects, 1)), ==, 2);
  g_assert_false (pw_plan_remove_projects (f->plan, f->b1, 1, 2));
  g_assert_true (pw_history_undo (history));
  g_assert_cmpuint (n_of (projects), ==, 4);
  g_assert_true (pw_history_undo (history));
  g_assert_cmpuint (n_of (projects), ==, 2);
  g_assert_true (nth (projects, 1) == f->p2);

  /* as printed: 1 and 5 */
  pw_plan_set_numbering (f->plan, PW_NUMBERING_AS_PRINTED);
  pw_project_set_number (f->p2, 5);
  g_assert_true (pw_plan_duplicate_projects (f->plan, f->b1, 1, 1));
  g_assert_cmpint (pw_project_get_number (f->p1), ==, 1);
  g_assert_cmpint (pw_project_get_number (f->p2), ==, 5);
  g_assert_cmpint (pw_project_get_number (nth (projects, 2)), ==, 6);
  g_assert_true (pw_plan_remove_projects (f->plan, f->b1, 0, 1));
  g_assert_cmpstr (pw_history_get_undo_label (history), ==, "Remove Project");
  g_assert_true (nth (projects, 0) == f->p2);
  g_assert_cmpint (pw_project_get_number (f->p2), ==, 5);
  g_assert_cmpint (pw_project_get_number (nth (projects, 1)), ==, 6);
}

/* Each edit, undone, leaves the plan as it was, and redone, as the edit
 * left it: the saved file, byte for byte (ids, numbers, texts, links). */
typedef gboolean (*EditFunc) (Fixture *f);

static gboolean edit_add (Fixture *f) { return pw_plan_add (f->plan, PW_TYPE_SECTION, G_OBJECT (f->s1a), TRUE, "新节") != NULL; }
static gboolean edit_add_part (Fixture *f) { return pw_plan_add (f->plan, PW_TYPE_PART, G_OBJECT (f->c2), TRUE, "第二篇") != NULL; }
static gboolean edit_rename (Fixture *f) { return pw_plan_rename (f->plan, G_OBJECT (f->c2), "总体思路"); }
static gboolean edit_delete (Fixture *f) { return pw_plan_delete (f->plan, G_OBJECT (f->c3)); }
static gboolean edit_move (Fixture *f) { return pw_plan_move (f->plan, G_OBJECT (f->s1b), 1); }
static gboolean edit_move_to (Fixture *f) { return pw_plan_move_to (f->plan, G_OBJECT (f->s3b), G_OBJECT (f->c1), PW_DROP_INTO); }
static gboolean edit_promote (Fixture *f) { return pw_plan_promote_section (f->plan, f->s3b) != NULL; }
static gboolean edit_demote (Fixture *f) { return pw_plan_demote_chapter (f->plan, f->c2) != NULL; }
static gboolean edit_split (Fixture *f) { return pw_plan_split_section (f->plan, f->s3b, 1, "分节") != NULL; }
static gboolean edit_merge (Fixture *f) { return pw_plan_merge_section (f->plan, f->s1b); }
static gboolean edit_to_heading (Fixture *f) { return pw_plan_paragraph_to_heading (f->plan, G_OBJECT (f->c2), 1, PW_LEVEL_SECTION, NULL) != NULL; }
static gboolean edit_to_paragraph (Fixture *f) { return pw_plan_heading_to_paragraph (f->plan, G_OBJECT (f->s3b)); }
static gboolean edit_move_paragraph (Fixture *f) { return pw_plan_move_paragraph (f->plan, G_OBJECT (f->c2), 0, G_OBJECT (f->s3a), 1); }
static gboolean
edit_to_box (Fixture *f)
{
  const char *names[] = { "甲工程", NULL };

  return pw_plan_paragraphs_to_box (f->plan, G_OBJECT (f->c2), 1, 2, 0, "新专栏", names) != NULL;
}
static gboolean edit_add_project (Fixture *f) { return pw_plan_add_project (f->plan, f->b1, 1, "三号工程") != NULL; }
static gboolean edit_move_project (Fixture *f) { return pw_plan_move_project (f->plan, f->p2, f->b1, 0); }
static gboolean edit_remove_projects (Fixture *f) { return pw_plan_remove_projects (f->plan, f->b1, 0, 2); }
static gboolean edit_duplicate_projects (Fixture *f) { return pw_plan_duplicate_projects (f->plan, f->b1, 1, 1); }
static gboolean edit_take_target (Fixture *f) { return pw_plan_take_target (f->plan, G_OBJECT (f->s1a), "失业率", "5.5%以内", "%") != NULL; }

static char *
saved (PwPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pw_plan_to_bytes (plan, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  static const struct { const char *name; EditFunc func; } edits[] = {
    { "add", edit_add }, { "add part", edit_add_part }, { "rename", edit_rename }, { "delete", edit_delete },
    { "move", edit_move }, { "move to", edit_move_to }, { "promote", edit_promote }, { "demote", edit_demote },
    { "split", edit_split }, { "merge", edit_merge }, { "to heading", edit_to_heading },
    { "to paragraph", edit_to_paragraph }, { "move paragraph", edit_move_paragraph }, { "to box", edit_to_box },
    { "add project", edit_add_project }, { "move project", edit_move_project }, { "take target", edit_take_target },
    { "remove projects", edit_remove_projects }, { "duplicate projects", edit_duplicate_projects },
  };
  PwHistory *history = pw_plan_get_history (f->plan);

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *before = saved (f->plan);
      g_autofree char *after = NULL;
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;

      g_test_message ("%s", edits[i].name);
      g_assert_true (edits[i].func (f));
      after = saved (f->plan);
      g_assert_cmpstr (after, !=, before);
      /* one step */
      g_assert_true (pw_history_undo (history));
      g_assert_false (pw_history_get_can_undo (history));
      undone = saved (f->plan);
      g_assert_cmpstr (undone, ==, before);
      g_assert_true (pw_history_redo (history));
      redone = saved (f->plan);
      g_assert_cmpstr (redone, ==, after);
      g_assert_true (pw_history_undo (history));
      pw_history_clear (history);
    }
}

/* Ids and numbers after edits, saved and loaded again. */
static void
test_save_load (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *invalid = NULL;
  PwPart *part;
  PwChapter *promoted;
  PwChapter *again;
  g_autofree char *id = NULL;

  part = PW_PART (pw_plan_add (f->plan, PW_TYPE_PART, NULL, TRUE, "第一篇"));
  pw_plan_move_to (f->plan, G_OBJECT (f->c1), G_OBJECT (part), PW_DROP_INTO);
  promoted = pw_plan_promote_section (f->plan, f->s3b);
  id = g_strdup (pw_object_get_id (PW_OBJECT (promoted)));
  pw_plan_paragraph_to_heading (f->plan, G_OBJECT (f->c2), 0, PW_LEVEL_SECTION, NULL);
  pw_plan_set_numbering (f->plan, PW_NUMBERING_AS_PRINTED);

  bytes = pw_plan_to_bytes (f->plan, &error);
  g_assert_no_error (error);
  invalid = pw_test_validate_plan (bytes);
  g_assert_null (invalid);
  loaded = pw_plan_load_bytes (bytes, &error);
  g_assert_no_error (error);

  g_assert_cmpint (pw_plan_get_numbering (loaded), ==, PW_NUMBERING_AS_PRINTED);
  assert_outline (pw_plan_get_chapters (loaded), "1发展基础 2总体要求 3主要任务 4乙");
  assert_outline (pw_plan_get_parts (loaded), "1第一篇");
  again = pw_plan_find_chapter (loaded, id);
  g_assert_nonnull (again);
  g_assert_cmpstr (pw_chapter_get_title (again), ==, "乙");
  assert_outline (pw_chapter_get_sections (again), "1丙");
  g_assert_cmpstr (pw_object_get_id (nth (pw_chapter_get_sections (again), 0)), ==,
                   pw_object_get_id (PW_OBJECT (f->s3c)));
  assert_outline (pw_chapter_get_sections (nth (pw_plan_get_chapters (loaded), 1)), "1q1 2指导思想");
  g_assert_cmpstr (pw_indicator_get_chapter (nth (pw_plan_get_indicators (loaded), 0)), ==,
                   pw_object_get_id (PW_OBJECT (f->c3)));
}

/* Targets read from paragraphs: each name, value and unit worked out by
 * reading the sentence. */
static void
test_target_read (void)
{
  static const struct
  {
    const char *text;
    int at;
    const char *name, *target, *unit;
  } cases[] = {
    { "到2030年，城镇调查失业率控制在5.5%以内", -1, "城镇调查失业率", "5.5%以内", "%" },
    { "新增就业岗位10万个", -1, "新增就业岗位", "10万个", "万个" },
    { "常住人口城镇化率提高到70%", -1, "常住人口城镇化率", "70%", "%" },
    { "人均预期寿命提高1岁", -1, "人均预期寿命", "提高1岁", "岁" },
    { "城乡居民人均可支配收入年均增长6%左右", -1, "城乡居民人均可支配收入", "年均增长6%左右", "%" },
    { "基本养老保险参保率不低于95%。", -1, "基本养老保险参保率", "不低于95%", "%" },
    /* a number in the name is not the value */
    { "每千人口拥有3岁以下婴幼儿托位数达到4.5个", -1, "每千人口拥有3岁以下婴幼儿托位数", "4.5个", "个" },
    /* a share of the baseline: the unit is not in the text */
    { "单位地区生产总值能耗下降13.5%", -1, "单位地区生产总值能耗", "下降13.5%", NULL },
    { "2025年城镇登记失业率控制在4.5%以内", -1, "城镇登记失业率", "4.5%以内", "%" },
    /* several: the first, or the one at the cursor (character 20, counted
     * from 0, is in the second clause) */
    { "到2025年，城镇新增就业50万人，城镇调查失业率控制在5.5%以内。", -1, "城镇新增就业", "50万人", "万人" },
    { "到2025年，城镇新增就业50万人，城镇调查失业率控制在5.5%以内。", 20, "城镇调查失业率", "5.5%以内", "%" },
    /* the cursor in a clause without a target: the first after all */
    { "到2025年，城镇新增就业50万人，城镇调查失业率控制在5.5%以内。", 2, "城镇新增就业", "50万人", "万人" },
    { "居民人均可支配收入达到5,988元", -1, "居民人均可支配收入", "5,988元", "元" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *target = NULL;
      g_autofree char *unit = NULL;

      g_test_message ("%s", cases[i].text);
      g_assert_true (pw_target_read (cases[i].text, cases[i].at, &name, &target, &unit));
      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_cmpstr (target, ==, cases[i].target);
      g_assert_cmpstr (unit, ==, cases[i].unit);
    }

  /* no target: a year is when, not how much; words are not figures */
  {
    static const char *none[] = {
      "坚持以人民为中心的发展思想。",
      "到2035年，基本实现社会主义现代化",
      "",
      "2.5",
    };

    for (guint i = 0; i < G_N_ELEMENTS (none); i++)
      {
        g_autofree char *name = NULL;
        g_autofree char *target = NULL;
        g_autofree char *unit = NULL;

        g_test_message ("%s", none[i]);
        g_assert_false (pw_target_read (none[i], -1, &name, &target, &unit));
        g_assert_null (name);
      }
  }
}

/* An indicator made of a target: linked to the chapter of the section,
 * after that chapter's indicator, with its category; one step to undo. */
static void
test_take_target (Fixture       *f,
                  gconstpointer  data)
{
  PwHistory *history = pw_plan_get_history (f->plan);
  GListModel *indicators = pw_plan_get_indicators (f->plan);
  g_autoptr(PwIndicator) other = pw_indicator_new ();
  PwIndicator *made;

  pw_indicator_set_category (f->i1, "民生福祉");
  pw_indicator_set_name (other, "其他");
  pw_plan_insert_indicator (f->plan, 1, other);
  pw_plan_assign_ids (f->plan);
  pw_history_clear (history);

  made = pw_plan_take_target (f->plan, G_OBJECT (f->s3b), "城镇调查失业率", "5.5%以内", "%");
  g_assert_nonnull (made);
  g_assert_cmpuint (n_of (indicators), ==, 3);
  g_assert_true (nth (indicators, 1) == made);
  g_assert_cmpstr (pw_indicator_get_chapter (made), ==, pw_object_get_id (PW_OBJECT (f->c3)));
  g_assert_cmpstr (pw_indicator_get_category (made), ==, "民生福祉");
  g_assert_cmpstr (pw_indicator_get_name (made), ==, "城镇调查失业率");
  g_assert_cmpstr (pw_indicator_get_unit (made), ==, "%");
  g_assert_cmpstr (pw_value_get_text (pw_indicator_get_target (made)), ==, "5.5%以内");
  g_assert_cmpfloat (pw_value_get_number (pw_indicator_get_target (made)), ==, 5.5);
  g_assert_cmpint (pw_value_get_comparator (pw_indicator_get_target (made)), ==, PW_COMPARATOR_AT_MOST);
  g_assert_cmpint (pw_indicator_get_origin (made), ==, PW_ORIGIN_PROSE);
  g_assert_nonnull (pw_object_get_id (PW_OBJECT (made)));
  g_assert_cmpstr (pw_object_get_id (PW_OBJECT (made)), !=, pw_object_get_id (PW_OBJECT (f->i1)));

  pw_history_undo (history);
  g_assert_cmpuint (n_of (indicators), ==, 2);
  g_assert_false (pw_history_get_can_undo (history));
  pw_history_redo (history);
  g_assert_cmpuint (n_of (indicators), ==, 3);
  g_assert_cmpstr (pw_indicator_get_name (nth (indicators, 1)), ==, "城镇调查失业率");

  /* a chapter with no indicator yet: at the end, no category, no unit */
  made = pw_plan_take_target (f->plan, G_OBJECT (f->c2), "人均预期寿命", "提高1岁", "");
  g_assert_true (nth (indicators, 3) == made);
  g_assert_cmpstr (pw_indicator_get_chapter (made), ==, pw_object_get_id (PW_OBJECT (f->c2)));
  g_assert_null (pw_indicator_get_category (made));
  g_assert_null (pw_indicator_get_unit (made));
  g_assert_cmpint (pw_value_get_kind (pw_indicator_get_target (made)), ==, PW_VALUE_RELATIVE);
}

/* The number a heading is printed with, read by hand from each. */
static void
test_heading_parse (void)
{
  static const struct
  {
    const char *text;
    int number;
    const char *title;
  } cases[] = {
    { "第二节 稳定和扩大就业", 2, "稳定和扩大就业" },
    { "一、指导思想", 1, "指导思想" },
    { "（三）加强基层医疗", 3, "加强基层医疗" },
    { "(十二)完善制度", 12, "完善制度" },
    { "第十五章　保障措施", 15, "保障措施" },
    { "第二十三章 实施", 23, "实施" },
    { "一百零五、末项", 105, "末项" },
    { "第一部分 总论", 1, "总论" },
    { "第三篇 强化创新", 3, "强化创新" },
    { "第12章 数字", 12, "数字" },
  };
  static const char *none[] = { "二〇三五年远景目标", "1、项目", "第一批试点", "（注）说明", "发展基础" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *title = NULL;
      int number = 0;

      g_test_message ("%s", cases[i].text);
      g_assert_true (pw_heading_parse (cases[i].text, &number, &title));
      g_assert_cmpint (number, ==, cases[i].number);
      g_assert_cmpstr (title, ==, cases[i].title);
    }
  for (guint i = 0; i < G_N_ELEMENTS (none); i++)
    {
      const char *title = NULL;
      int number = -1;

      g_test_message ("%s", none[i]);
      g_assert_false (pw_heading_parse (none[i], &number, &title));
      g_assert_cmpint (number, ==, 0);
    }
}

/* A paragraph printed with its number becomes a heading without it in the
 * title: renumbered by its place, or keeping the printed number. */
static void
test_heading_number (Fixture       *f,
                     gconstpointer  data)
{
  GObject *made;

  pw_chapter_set_text (f->c2, "q1\n第五节 主要目标\nq3");
  made = pw_plan_paragraph_to_heading (f->plan, G_OBJECT (f->c2), 1, PW_LEVEL_SECTION, NULL);
  g_assert_true (PW_IS_SECTION (made));
  /* before 指导思想, which becomes the second */
  assert_outline (pw_chapter_get_sections (f->c2), "1主要目标 2指导思想");
  g_assert_cmpstr (pw_section_get_text (PW_SECTION (made)), ==, "q3");
  g_assert_cmpstr (pw_chapter_get_text (f->c2), ==, "q1");

  pw_history_undo (pw_plan_get_history (f->plan));
  assert_outline (pw_chapter_get_sections (f->c2), "1指导思想");
  g_assert_cmpstr (pw_chapter_get_text (f->c2), ==, "q1\n第五节 主要目标\nq3");

  pw_plan_set_numbering (f->plan, PW_NUMBERING_AS_PRINTED);
  made = pw_plan_paragraph_to_heading (f->plan, G_OBJECT (f->c2), 1, PW_LEVEL_SECTION, NULL);
  assert_outline (pw_chapter_get_sections (f->c2), "5主要目标 1指导思想");

  /* a chapter: 三、 in the prose of the first chapter's last section */
  pw_section_set_text (f->s1b, "p3\n三、新的总体要求\np4");
  made = pw_plan_paragraph_to_heading (f->plan, G_OBJECT (f->s1b), 1, PW_LEVEL_CHAPTER, NULL);
  g_assert_true (PW_IS_CHAPTER (made));
  assert_outline (pw_plan_get_chapters (f->plan), "1发展基础 3新的总体要求 2总体要求 3主要任务");
}

/* A run of paragraphs read as a 专栏: heading, then one project an item. */
static void
test_box_read (void)
{
  g_auto(GStrv) projects = NULL;
  g_auto(GStrv) plain = NULL;
  g_autofree char *title = NULL;
  g_autofree char *plain_title = NULL;
  int number = -1;

  pw_box_read ("专栏3 公共就业创业服务工程\n01 公共实训基地：建设30个公共实训基地。\n"
               "（2）零工市场。建设一批零工市场\n\n（一）就业服务平台。覆盖全市\n●职业技能培训", &number, &title, &projects);
  g_assert_cmpint (number, ==, 3);
  g_assert_cmpstr (title, ==, "公共就业创业服务工程");
  g_assert_cmpuint (g_strv_length (projects), ==, 4);
  g_assert_cmpstr (projects[0], ==, "公共实训基地");
  g_assert_cmpstr (projects[1], ==, "零工市场");
  g_assert_cmpstr (projects[2], ==, "就业服务平台");
  g_assert_cmpstr (projects[3], ==, "职业技能培训");

  pw_box_read ("重点工程\n1.甲工程\n2、乙工程", &number, &plain_title, &plain);
  g_assert_cmpint (number, ==, 0);
  g_assert_cmpstr (plain_title, ==, "重点工程");
  g_assert_cmpuint (g_strv_length (plain), ==, 2);
  g_assert_cmpstr (plain[0], ==, "甲工程");
  g_assert_cmpstr (plain[1], ==, "乙工程");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/pw/edit/add", test_add);
  ADD ("/pw/edit/rename", test_rename);
  ADD ("/pw/edit/delete", test_delete);
  ADD ("/pw/edit/move", test_move);
  ADD ("/pw/edit/parts", test_parts);
  ADD ("/pw/edit/per-part-numbering", test_per_part_numbering);
  ADD ("/pw/edit/as-printed", test_as_printed);
  ADD ("/pw/edit/promote-demote", test_promote_demote);
  ADD ("/pw/edit/split-merge", test_split_merge);
  ADD ("/pw/edit/paragraphs", test_paragraphs);
  ADD ("/pw/edit/box", test_box);
  ADD ("/pw/edit/move-project-as-printed", test_move_project_as_printed);
  ADD ("/pw/edit/projects-duplicate-remove", test_projects_duplicate_remove);
  ADD ("/pw/edit/save-load", test_save_load);
  ADD ("/pw/edit/undo-redo", test_undo_redo);
  ADD ("/pw/edit/take-target", test_take_target);
  ADD ("/pw/edit/heading-number", test_heading_number);
#undef ADD
  g_test_add_func ("/pw/edit/target-read", test_target_read);
  g_test_add_func ("/pw/edit/heading-parse", test_heading_parse);
  g_test_add_func ("/pw/edit/box-read", test_box_read);

  return g_test_run ();
}
