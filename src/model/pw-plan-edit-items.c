/* pw-plan-edit-items.c: the rules of editing a plan's projects and indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project added to a 专栏 or moved to another, what deleting an object
 * would take with it, and an indicator made of a target stated in a
 * paragraph.
 */

#define G_LOG_DOMAIN "pw-plan-edit"

#include "config.h"

#include "pw-plan-edit-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Auxiliary methods */

/* A target stated in a paragraph: "城镇调查失业率控制在5.5%以内".
 *
 * The paragraph is cut into clauses (，。；：); in a clause the value is the
 * longest tail that the value parser reads as a number, a change or a range
 * (a start in the middle of a number does not count, nor does a year such
 * as 2030年), shortened to the latest start that the parser reads the same
 * way (控制在5.5%以内 is 5.5%以内, but 不低于95% keeps its 不低于). The name is
 * what comes before, without the verb that introduces the value (提高到,
 * 稳定在 …) and without a period before it (到2030年). */

/* Verbs between a name and its value that the value parser does not read,
 * longest first where one ends another. */
static const char *introducing_verbs[] = {
  "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "扩大到", "扩大至",
  "降低到", "降低至", "下降到", "下降至", "减少到", "减少至", "缩小到", "缩小至", "缩短到", "缩短至",
  "稳定在", "保持在", "控制在", "维持在", "分别达到", "均达到", "达到", "突破", "分别为", "均为", "达", "为",
};

/* Words before a name that say when or how firmly, not what. */
static const char *leading_words[] = {
  "到", "至", "力争", "确保", "争取", "预计", "年底前", "年前", "年底", "年末", "底", "末", "前", "，",
};

static gboolean
is_clause_end (gunichar c)
{
  return c == 0xFF0C /* ， */ || c == 0x3002 /* 。 */ || c == 0xFF1B /* ； */ || c == 0xFF1A /* ： */ ||
         c == ';' || c == '\n';
}

static gboolean
is_number_char (char c)
{
  return g_ascii_isdigit (c) || c == '.';
}

/* Whether @value, parsed from a tail of a clause, can be a target. */
static gboolean
is_target (const PwValue *value)
{
  PwValueKind kind = pw_value_get_kind (value);
  const char *suffix = pw_value_get_suffix (value);
  double number = pw_value_get_number (value);

  if (pw_value_get_problem (value) != NULL ||
      (kind != PW_VALUE_NUMBER && kind != PW_VALUE_RELATIVE && kind != PW_VALUE_RANGE))
    return FALSE;
  /* 2030年 is when, not how much */
  if (kind == PW_VALUE_NUMBER && suffix != NULL && g_str_has_prefix (suffix, "年") && number >= 1900 &&
      number <= 2100 && number == (int) number)
    return FALSE;
  return TRUE;
}

static gboolean
read_the_same (const PwValue *a,
               const PwValue *b)
{
  return pw_value_get_kind (a) == pw_value_get_kind (b) && pw_value_get_number (a) == pw_value_get_number (b) &&
         (pw_value_get_kind (a) != PW_VALUE_RANGE || pw_value_get_high (a) == pw_value_get_high (b)) &&
         pw_value_get_comparator (a) == pw_value_get_comparator (b) &&
         pw_value_get_unit_kind (a) == pw_value_get_unit_kind (b) &&
         pw_value_get_relative_mode (a) == pw_value_get_relative_mode (b) &&
         pw_value_get_form (a) == pw_value_get_form (b) &&
         g_strcmp0 (pw_value_get_suffix (a), pw_value_get_suffix (b)) == 0;
}

/* The name before a value: without a period before it or a verb after. */
static char *
clean_name (const char *start,
            const char *end)
{
  g_autofree char *name = g_strstrip (g_strndup (start, end - start));
  gboolean again = TRUE;
  char *p = name;

  while (again)
    {
      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (leading_words); i++)
        if (g_str_has_prefix (p, leading_words[i]))
          {
            p += strlen (leading_words[i]);
            again = TRUE;
          }
      /* a year: 2030年 */
      if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
          g_str_has_prefix (p + 4, "年"))
        {
          p += 4 + strlen ("年");
          again = TRUE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (introducing_verbs); i++)
    if (g_str_has_suffix (p, introducing_verbs[i]) && strlen (p) > strlen (introducing_verbs[i]))
      {
        p[strlen (p) - strlen (introducing_verbs[i])] = '\0';
        break;
      }
  g_strstrip (p);
  return *p != '\0' ? g_strdup (p) : NULL;
}

/* The unit an indicator of @value is counted in, as far as the value says. */
static char *
unit_of (const PwValue *value)
{
  const char *suffix = pw_value_get_suffix (value);

  switch (pw_value_get_unit_kind (value))
    {
    case PW_UNIT_PERCENT:
      /* 增长30%: a share of the baseline, whose unit the text does not give */
      return pw_value_get_relative_mode (value) == PW_RELATIVE_PERCENT ? NULL : g_strdup ("%");
    case PW_UNIT_PERMILLE:
      return g_strdup ("‰");
    case PW_UNIT_PER_10K:
      return g_strdup ("1/万");
    case PW_UNIT_PER_100K:
      return g_strdup ("1/10万");
    case PW_UNIT_PLAIN:
    default:
      if (suffix == NULL || *suffix == '\0')
        return NULL;
      /* 提高2个百分点: a rate, counted in per cent */
      if (g_str_has_suffix (suffix, "百分点"))
        return g_strdup ("%");
      return g_strdup (suffix);
    }
}

/* The target of the clause [@start, @end), if it states one. */
static gboolean
read_clause (const char  *start,
             const char  *end,
             char       **name,
             char       **target,
             char       **unit)
{
  g_autofree char *clause = g_strndup (start, end - start);
  g_autoptr(PwValue) first = NULL;
  const char *value_at = NULL;
  const char *name_end = NULL;

  for (const char *p = clause; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autoptr(PwValue) value = NULL;

      if (p > clause && is_number_char (p[-1]))
        continue;
      value = pw_value_new (p);
      if (first == NULL)
        {
          if (!is_target (value))
            continue;
          first = g_steal_pointer (&value);
          name_end = value_at = p;
        }
      else if (read_the_same (first, value))
        value_at = p;
    }
  if (first == NULL)
    return FALSE;

  *name = clean_name (clause, name_end);
  if (*name == NULL)
    return FALSE;
  *target = g_strstrip (g_strdup (value_at));
  *unit = unit_of (first);
  return TRUE;
}

/* Public API */

/**
 * pw_plan_add_project:
 * @self: a plan
 * @box: a 专栏 of @self
 * @position: where, at most the number of its projects
 * @name: (nullable): the project's name
 *
 * Returns: (transfer none): the new project
 */
PwProject *
pw_plan_add_project (PwPlan     *self,
                     PwBox      *box,
                     guint       position,
                     const char *name)
{
  g_autoptr(PwProject) project = NULL;
  GListModel *projects;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (PW_IS_BOX (box), NULL);

  projects = pw_box_get_projects (box);
  position = MIN (position, pw_edit_n (projects));
  project = pw_project_new ();
  pw_edit_give_id (self, project, "prj");
  pw_project_set_name (project, name);
  pw_project_set_number (project, pw_edit_next_number (projects, position));

  pw_edit_begin (self, _("Add Project"));
  pw_box_insert_project (box, position, project);
  pw_edit_end (self);
  return project;
}

/**
 * pw_plan_remove_projects:
 * @self: a plan
 * @box: a 专栏 of @self
 * @first: the first project removed
 * @n_projects: how many, one at least
 *
 * Removes the projects @first … @first + @n_projects − 1 of @box in one step
 * of the history; the plan numbers the rest again as its numbering says.
 *
 * Returns: whether they were removed (they were all in @box)
 */
gboolean
pw_plan_remove_projects (PwPlan *self,
                         PwBox  *box,
                         guint   first,
                         guint   n_projects)
{
  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PW_IS_BOX (box), FALSE);

  if (n_projects == 0 || first + n_projects > pw_edit_n (pw_box_get_projects (box)))
    return FALSE;

  pw_edit_begin (self, n_projects == 1 ? _("Remove Project") : _("Remove Projects"));
  for (guint i = first + n_projects; i-- > first;)
    pw_box_remove_project (box, i);
  pw_edit_end (self);
  return TRUE;
}

/**
 * pw_plan_duplicate_projects:
 * @self: a plan
 * @box: a 专栏 of @self
 * @first: the first project copied
 * @n_projects: how many, one at least
 *
 * Puts copies of the projects @first … @first + @n_projects − 1 of @box
 * below them, in one step of the history: every field but the id, which is
 * new; numbered as projects added there would be.
 *
 * Returns: whether they were copied (they were all in @box)
 */
gboolean
pw_plan_duplicate_projects (PwPlan *self,
                            PwBox  *box,
                            guint   first,
                            guint   n_projects)
{
  GListModel *projects;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PW_IS_BOX (box), FALSE);

  projects = pw_box_get_projects (box);
  if (n_projects == 0 || first + n_projects > pw_edit_n (projects))
    return FALSE;

  pw_edit_begin (self, n_projects == 1 ? _("Duplicate Project") : _("Duplicate Projects"));
  for (guint i = 0; i < n_projects; i++)
    {
      g_autoptr(PwProject) copy = pw_project_new ();
      guint position = first + n_projects + i;

      pw_object_copy_fields (pw_edit_nth (projects, first + i), PW_OBJECT (copy));
      pw_edit_give_id (self, copy, "prj");
      if (pw_project_get_number (copy) > 0)
        pw_project_set_number (copy, pw_edit_next_number (projects, position));
      pw_box_insert_project (box, position, copy);
    }
  pw_edit_end (self);
  return TRUE;
}


/**
 * pw_plan_count_content:
 * @self: a plan
 * @object: a part, chapter, section or 专栏
 * @n_indicators: (out) (optional): the indicators linked to its chapters
 * @n_projects: (out) (optional): the projects of its 专栏
 *
 * What pw_plan_delete() would delete besides the outline, so that a window
 * can ask first.
 */
void
pw_plan_count_content (PwPlan   *self,
                       GObject  *object,
                       guint    *n_indicators,
                       guint    *n_projects)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *indicators;
  guint indicators_found = 0;
  guint projects_found = 0;

  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (pw_edit_is_outline (object));

  pw_edit_collect_ids (self, object, ids);
  indicators = pw_plan_get_indicators (self);
  for (guint i = 0; i < pw_edit_n (indicators); i++)
    {
      const char *id = pw_object_get_id (pw_edit_nth (indicators, i));

      if (id != NULL && g_hash_table_contains (ids, id))
        indicators_found++;
    }

  /* Projects: count them where they are. */
  {
    g_autoptr(GPtrArray) boxes = g_ptr_array_new ();

    if (PW_IS_BOX (object))
      g_ptr_array_add (boxes, object);
    else
      {
        GListModel *chapters = pw_plan_get_chapters (self);

        for (guint i = 0; i < pw_edit_n (chapters); i++)
          {
            PwChapter *chapter = pw_edit_nth (chapters, i);
            GListModel *list = pw_chapter_get_boxes (chapter);

            if (G_OBJECT (chapter) != object && G_OBJECT (pw_chapter_get_part (chapter)) != object)
              continue;
            for (guint j = 0; j < pw_edit_n (list); j++)
              g_ptr_array_add (boxes, pw_edit_nth (list, j));
          }
      }
    for (guint i = 0; i < boxes->len; i++)
      projects_found += pw_edit_n (pw_box_get_projects (g_ptr_array_index (boxes, i)));
  }

  if (n_indicators != NULL)
    *n_indicators = indicators_found;
  if (n_projects != NULL)
    *n_projects = projects_found;
}


/**
 * pw_plan_find_box_of:
 * @self: a plan
 * @project: a project
 *
 * Returns: (transfer none) (nullable): the 专栏 that holds @project
 */
PwBox *
pw_plan_find_box_of (PwPlan    *self,
                     PwProject *project)
{
  GListModel *chapters;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (PW_IS_PROJECT (project), NULL);

  chapters = pw_plan_get_chapters (self);
  for (guint i = 0; i < pw_edit_n (chapters); i++)
    {
      GListModel *boxes = pw_chapter_get_boxes (pw_edit_nth (chapters, i));

      for (guint j = 0; j < pw_edit_n (boxes); j++)
        if (pw_edit_find (pw_box_get_projects (pw_edit_nth (boxes, j)), project, NULL))
          return pw_edit_nth (boxes, j);
    }
  return NULL;
}

/**
 * pw_plan_move_project:
 * @self: a plan
 * @project: a project of @self
 * @box: a 专栏 of @self (may be its own)
 * @position: where among the projects of @box, counted before the move
 *
 * Moves @project within its 专栏 or into another, of any chapter, in one
 * step of the history. With the numbers kept as printed, a project moved
 * into another 专栏 takes the number after the one before it there, as a
 * new one would; otherwise the projects are numbered again.
 *
 * Returns: whether the project moved
 */
gboolean
pw_plan_move_project (PwPlan    *self,
                      PwProject *project,
                      PwBox     *box,
                      guint      position)
{
  g_autoptr(PwProject) keep = NULL;
  PwBox *from;
  guint at = 0;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PW_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (PW_IS_BOX (box), FALSE);

  from = pw_plan_find_box_of (self, project);
  if (from == NULL || position > pw_edit_n (pw_box_get_projects (box)))
    return FALSE;
  pw_edit_find (pw_box_get_projects (from), project, &at);
  if (from == box)
    {
      if (at < position)
        position--;
      if (at == position || position >= pw_edit_n (pw_box_get_projects (box)))
        return FALSE;
    }

  keep = g_object_ref (project);
  pw_edit_begin (self, from == box ? _("Move Project") : _("Move Project to Another Box"));
  if (from == box)
    pw_box_move_project (box, at, position);
  else
    {
      pw_box_remove_project (from, at);
      if (pw_project_get_number (project) > 0)
        pw_project_set_number (project, pw_edit_next_number (pw_box_get_projects (box), position));
      pw_box_insert_project (box, position, project);
    }
  pw_edit_end (self);
  return TRUE;
}

/**
 * pw_target_read:
 * @text: a paragraph
 * @at: where in it (a character offset) the target wanted is, or -1
 * @name: (out) (transfer full): what is measured
 * @target: (out) (transfer full): the target as printed, for pw_value_new()
 * @unit: (out) (transfer full) (nullable): its unit, or %NULL where the text
 *   does not give it
 *
 * Reads a target stated in a paragraph: "城镇调查失业率控制在5.5%以内" is
 * 城镇调查失业率, 5.5%以内 and %; "新增就业岗位10万个" is 新增就业岗位, 10万个
 * and 万个. Of several, the one of the clause at @at, else the first.
 *
 * Returns: whether the paragraph states a target
 */
gboolean
pw_target_read (const char  *text,
                int          at,
                char       **name,
                char       **target,
                char       **unit)
{
  const char *start;
  int start_offset = 0;
  int offset = 0;

  g_return_val_if_fail (name != NULL && target != NULL && unit != NULL, FALSE);

  *name = *target = *unit = NULL;
  if (text == NULL)
    return FALSE;
  start = text;
  for (const char *p = text;; p = g_utf8_next_char (p), offset++)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean comma = c == ',' && !(p > text && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]));
      g_autofree char *n = NULL;
      g_autofree char *t = NULL;
      g_autofree char *u = NULL;

      if (c != '\0' && !is_clause_end (c) && !comma)
        continue;
      /* the first target, unless the clause at @at states one */
      if ((*name == NULL || (at >= start_offset && at <= offset)) && read_clause (start, p, &n, &t, &u))
        {
          g_free (*name);
          g_free (*target);
          g_free (*unit);
          *name = g_steal_pointer (&n);
          *target = g_steal_pointer (&t);
          *unit = g_steal_pointer (&u);
        }
      if (c == '\0' || (*name != NULL && (at < 0 || at <= offset)))
        break;
      start = g_utf8_next_char (p);
      start_offset = offset + 1;
    }
  return *name != NULL;
}

/**
 * pw_plan_take_target:
 * @self: a plan
 * @holder: the part, chapter or section whose paragraph states the target
 * @name: what is measured
 * @target: the target as printed
 * @unit: (nullable): its unit
 *
 * Makes an indicator of a target stated in the text (what pw_target_read()
 * read, as the user corrected it), linked to the chapter of @holder: after
 * the last indicator of that chapter, with its category and domain, or at
 * the end. One step to undo.
 *
 * Returns: (transfer none): the new indicator
 */
PwIndicator *
pw_plan_take_target (PwPlan     *self,
                     GObject    *holder,
                     const char *name,
                     const char *target,
                     const char *unit)
{
  g_autoptr(PwIndicator) indicator = NULL;
  g_autoptr(PwValue) value = NULL;
  GListModel *indicators;
  PwChapter *chapter;
  const char *chapter_id;
  guint position;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (PW_IS_PART (holder) || PW_IS_CHAPTER (holder) || PW_IS_SECTION (holder), NULL);
  g_return_val_if_fail (name != NULL && target != NULL, NULL);

  chapter = pw_edit_chapter_of_holder (self, holder);
  chapter_id = chapter != NULL ? pw_object_get_id (PW_OBJECT (chapter)) : NULL;
  indicators = pw_plan_get_indicators (self);
  position = pw_edit_n (indicators);

  indicator = pw_indicator_new ();
  pw_edit_give_id (self, indicator, "ind");
  for (guint i = pw_edit_n (indicators); chapter_id != NULL && i > 0; i--)
    {
      PwIndicator *other = pw_edit_nth (indicators, i - 1);

      if (g_strcmp0 (pw_indicator_get_chapter (other), chapter_id) == 0)
        {
          pw_indicator_set_category (indicator, pw_indicator_get_category (other));
          pw_indicator_set_domain (indicator, pw_indicator_get_domain (other));
          position = i;
          break;
        }
    }
  value = pw_value_new (target);
  pw_indicator_set_name (indicator, name);
  pw_indicator_set_unit (indicator, unit != NULL && *unit != '\0' ? unit : NULL);
  pw_indicator_set_target (indicator, value);
  pw_indicator_set_nature (indicator, PW_NATURE_UNKNOWN);
  pw_indicator_set_origin (indicator, PW_ORIGIN_PROSE);
  pw_indicator_set_chapter (indicator, chapter_id);

  pw_edit_begin (self, _("Take Target into Indicators"));
  pw_plan_insert_indicator (self, position, indicator);
  pw_edit_end (self);
  return indicator;
}
