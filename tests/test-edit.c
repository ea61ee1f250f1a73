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
  ADD ("/pw/edit/save-load", test_save_load);
#undef ADD

  return g_test_run ();
}
