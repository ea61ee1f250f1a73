/* pw-comments.c: the comments of a plan: adding, answering, merging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A comment is on an object (by its id; none for the whole plan), and maybe
 * on one yearly value of an indicator or one paragraph of a text. A reply
 * names the comment it answers and is on the same object; a thread is a
 * comment and its replies, which follow it in the plan's list. Each change
 * is one step of the plan's undo history.
 */

#define G_LOG_DOMAIN "pw-comments"

#include "config.h"

#include "pw-comments.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-locate.h"

/* Auxiliary methods */

static gboolean
is_in_thread (PwPlan    *plan,
              PwComment *comment,
              PwComment *root)
{
  return pw_plan_get_thread_root (plan, comment) == root;
}

/* A comment of @plan that is @their, brought in by an earlier merge under
 * another id: same author, same time, and its text (or its text after the
 * note of an object gone). */
static PwComment *
find_merged (PwPlan     *plan,
             PwComment  *their,
             GHashTable *added)
{
  GListModel *comments = pw_plan_get_comments (plan);
  guint n_items = g_list_model_get_n_items (comments);
  const char *text = pw_comment_get_text (their) != NULL ? pw_comment_get_text (their) : "";

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwComment) ours = g_list_model_get_item (comments, i);
      const char *our_text = pw_comment_get_text (ours) != NULL ? pw_comment_get_text (ours) : "";

      if (!g_hash_table_contains (added, ours) &&
          g_strcmp0 (pw_comment_get_author (ours), pw_comment_get_author (their)) == 0 &&
          g_strcmp0 (pw_comment_get_created (ours), pw_comment_get_created (their)) == 0 &&
          (strcmp (our_text, text) == 0 ||
           (pw_comment_get_target (ours) == NULL && pw_comment_get_target (their) != NULL &&
            *text != '\0' && g_str_has_suffix (our_text, text))))
        return ours;
    }
  return NULL;
}

/* Public API */

/**
 * pw_plan_add_comment:
 * @plan: a plan
 * @target: (nullable): the id of the object the comment is on, or %NULL for
 *   the whole plan
 * @year: the year of an indicator's actual value, or 0
 * @paragraph: the paragraph of a text, from 1, or 0
 * @author: who writes it
 * @text: what it says
 *
 * Adds a comment made now at the end of the plan's comments.
 *
 * Returns: (transfer none): the comment
 */
PwComment *
pw_plan_add_comment (PwPlan     *plan,
                     const char *target,
                     int         year,
                     int         paragraph,
                     const char *author,
                     const char *text)
{
  g_autoptr(PwComment) comment = pw_comment_new ();
  g_autofree char *id = NULL;
  GListModel *comments;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);

  id = pw_plan_make_id (plan, "cmt");
  pw_object_set_id (PW_OBJECT (comment), id);
  pw_comment_set_target (comment, target);
  pw_comment_set_year (comment, year);
  pw_comment_set_paragraph (comment, paragraph);
  pw_comment_set_author (comment, author);
  pw_comment_set_text (comment, text);
  pw_comment_stamp (comment);

  comments = pw_plan_get_comments (plan);
  pw_plan_insert_comment (plan, g_list_model_get_n_items (comments), comment);
  return comment;
}

/**
 * pw_plan_reply_to_comment:
 * @plan: a plan
 * @comment: a comment of @plan
 * @author: who answers
 * @text: the answer
 *
 * Adds a reply after the last comment of @comment's thread.
 *
 * Returns: (transfer none): the reply
 */
PwComment *
pw_plan_reply_to_comment (PwPlan     *plan,
                          PwComment  *comment,
                          const char *author,
                          const char *text)
{
  g_autoptr(PwComment) reply = pw_comment_new ();
  g_autofree char *id = NULL;
  GListModel *comments;
  PwComment *root;
  guint n_items;
  guint position;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_COMMENT (comment), NULL);

  comments = pw_plan_get_comments (plan);
  n_items = g_list_model_get_n_items (comments);
  g_return_val_if_fail (pw_list_find (comments, comment, NULL), NULL);

  root = pw_plan_get_thread_root (plan, comment);
  if (!pw_list_find (comments, root, &position))
    g_return_val_if_reached (NULL);
  while (position + 1 < n_items)
    {
      g_autoptr(PwComment) next = g_list_model_get_item (comments, position + 1);

      if (!is_in_thread (plan, next, root))
        break;
      position++;
    }

  id = pw_plan_make_id (plan, "cmt");
  pw_object_set_id (PW_OBJECT (reply), id);
  pw_comment_set_target (reply, pw_comment_get_target (root));
  pw_comment_set_year (reply, pw_comment_get_year (root));
  pw_comment_set_paragraph (reply, pw_comment_get_paragraph (root));
  pw_comment_set_reply_to (reply, pw_object_get_id (PW_OBJECT (comment)));
  pw_comment_set_author (reply, author);
  pw_comment_set_text (reply, text);
  pw_comment_stamp (reply);

  pw_plan_insert_comment (plan, position + 1, reply);
  return reply;
}

/**
 * pw_plan_delete_comment:
 * @plan: a plan
 * @comment: a comment of @plan
 *
 * Removes @comment and every reply to it, as one step of the history.
 */
void
pw_plan_delete_comment (PwPlan    *plan,
                        PwComment *comment)
{
  g_autoptr(PwComment) keep = NULL;
  g_autoptr(GHashTable) doomed = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *comments;
  gboolean grew = TRUE;

  g_return_if_fail (PW_IS_PLAN (plan));
  g_return_if_fail (PW_IS_COMMENT (comment));

  keep = g_object_ref (comment);
  comments = pw_plan_get_comments (plan);
  if (pw_object_get_id (PW_OBJECT (comment)) != NULL)
    g_hash_table_add (doomed, (gpointer) pw_object_get_id (PW_OBJECT (comment)));

  /* Replies to replies, until none is left. */
  while (grew)
    {
      guint n_items = g_list_model_get_n_items (comments);

      grew = FALSE;
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(PwComment) other = g_list_model_get_item (comments, i);
          const char *reply_to = pw_comment_get_reply_to (other);
          const char *id = pw_object_get_id (PW_OBJECT (other));

          if (reply_to != NULL && id != NULL && g_hash_table_contains (doomed, reply_to) &&
              !g_hash_table_contains (doomed, id))
            {
              g_hash_table_add (doomed, (gpointer) id);
              grew = TRUE;
            }
        }
    }

  pw_history_begin (pw_plan_get_history (plan), _("Delete Comment"));
  for (guint i = g_list_model_get_n_items (comments); i > 0; i--)
    {
      g_autoptr(PwComment) other = g_list_model_get_item (comments, i - 1);
      const char *id = pw_object_get_id (PW_OBJECT (other));

      if (other == comment || (id != NULL && g_hash_table_contains (doomed, id)))
        pw_plan_remove_comment (plan, i - 1);
    }
  pw_history_end (pw_plan_get_history (plan));
}

/**
 * pw_plan_find_comment:
 * @plan: a plan
 * @id: (nullable): the id of a comment
 *
 * Returns: (transfer none) (nullable): the comment of @plan with @id
 */
PwComment *
pw_plan_find_comment (PwPlan     *plan,
                      const char *id)
{
  GListModel *comments;
  guint n_items;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);

  if (id == NULL)
    return NULL;

  comments = pw_plan_get_comments (plan);
  n_items = g_list_model_get_n_items (comments);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (comments, i);

      if (g_strcmp0 (pw_object_get_id (PW_OBJECT (comment)), id) == 0)
        return comment;
    }
  return NULL;
}

/**
 * pw_plan_get_thread_root:
 * @plan: a plan
 * @comment: a comment of @plan
 *
 * Returns: (transfer none): the comment that @comment answers, and so on
 *   up to the one that answers none (or whose answered comment is gone)
 */
PwComment *
pw_plan_get_thread_root (PwPlan    *plan,
                         PwComment *comment)
{
  guint n_items;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_COMMENT (comment), NULL);

  /* A file may answer in a circle: stop after as many steps as comments. */
  n_items = g_list_model_get_n_items (pw_plan_get_comments (plan));
  for (guint i = 0; i < n_items; i++)
    {
      PwComment *parent = pw_plan_find_comment (plan, pw_comment_get_reply_to (comment));

      if (parent == NULL || parent == comment)
        break;
      comment = parent;
    }
  return comment;
}

/**
 * pw_plan_count_open_comments:
 * @plan: a plan
 *
 * Returns: the number of threads not resolved
 */
guint
pw_plan_count_open_comments (PwPlan *plan)
{
  GListModel *comments;
  guint n_items;
  guint n_open = 0;

  g_return_val_if_fail (PW_IS_PLAN (plan), 0);

  comments = pw_plan_get_comments (plan);
  n_items = g_list_model_get_n_items (comments);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (comments, i);

      if (pw_plan_get_thread_root (plan, comment) == comment && !pw_comment_get_resolved (comment))
        n_open++;
    }
  return n_open;
}

/**
 * pw_plan_count_comments_on:
 * @plan: a plan
 * @target: (nullable): the id of an object, or %NULL for the plan itself
 * @open_only: count only threads not resolved
 *
 * Returns: the number of threads on @target (on any of its yearly values
 *   or paragraphs too)
 */
guint
pw_plan_count_comments_on (PwPlan     *plan,
                           const char *target,
                           gboolean    open_only)
{
  GListModel *comments;
  guint n_items;
  guint n = 0;

  g_return_val_if_fail (PW_IS_PLAN (plan), 0);

  comments = pw_plan_get_comments (plan);
  n_items = g_list_model_get_n_items (comments);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwComment) comment = g_list_model_get_item (comments, i);

      if (g_strcmp0 (pw_comment_get_target (comment), target) == 0 &&
          pw_plan_get_thread_root (plan, comment) == comment &&
          (!open_only || !pw_comment_get_resolved (comment)))
        n++;
    }
  return n;
}

/**
 * pw_plan_describe_comment_target:
 * @plan: a plan
 * @comment: a comment of @plan
 *
 * Returns: (transfer full): what the comment is on, as a reader names it:
 *   the object, and its year or its paragraph ("指标“…” 2023年", "第七章 … 第2段")
 */
char *
pw_plan_describe_comment_target (PwPlan    *plan,
                                 PwComment *comment)
{
  g_autofree char *object = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_COMMENT (comment), NULL);

  object = pw_plan_describe_id (plan, pw_comment_get_target (comment));
  if (pw_comment_get_year (comment) != 0)
    /* Translators: an indicator and one of its years */
    return g_strdup_printf (_("%s, %d"), object, pw_comment_get_year (comment));
  if (pw_comment_get_paragraph (comment) != 0)
    /* Translators: a chapter or a section and one of its paragraphs */
    return g_strdup_printf (_("%s, paragraph %d"), object, pw_comment_get_paragraph (comment));
  return g_steal_pointer (&object);
}

/**
 * pw_plan_merge_comments:
 * @plan: the plan to bring comments into
 * @from: another version of the plan, e.g. a reviewer's copy
 * @n_orphaned: (out) (optional): how many of the comments brought in were on
 *   an object that @plan no longer has
 *
 * Brings every comment of @from into @plan, matched by the stable ids: a
 * comment that @plan has already (same id, author and time) takes the text
 * and the state of @from's; a new one is added with its replies after it,
 * under a new id when its id is taken. A comment on an object @plan no
 * longer has is kept on the whole plan, with a note that says what it was
 * on. The whole merge is one step of the history.
 *
 * Returns: the number of comments added or changed
 */
guint
pw_plan_merge_comments (PwPlan *plan,
                        PwPlan *from,
                        guint  *n_orphaned)
{
  g_autoptr(GHashTable) renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) added = g_hash_table_new (NULL, NULL);
  GListModel *theirs;
  guint n_items;
  guint n_changed = 0;
  guint orphaned = 0;

  g_return_val_if_fail (PW_IS_PLAN (plan), 0);
  g_return_val_if_fail (PW_IS_PLAN (from), 0);

  theirs = pw_plan_get_comments (from);
  n_items = g_list_model_get_n_items (theirs);

  pw_history_begin (pw_plan_get_history (plan), _("Merge Comments"));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwComment) their = g_list_model_get_item (theirs, i);
      const char *id = pw_object_get_id (PW_OBJECT (their));
      PwComment *ours = pw_plan_find_comment (plan, id);
      g_autoptr(PwComment) copy = NULL;
      g_autofree char *new_id = NULL;
      const char *target = pw_comment_get_target (their);
      const char *reply_to = pw_comment_get_reply_to (their);
      PwComment *parent = NULL;
      GListModel *comments = pw_plan_get_comments (plan);
      guint position;

      /* the same comment: same id, author, time and object, and not one this
       * merge has just brought in under an id of its own */
      if (ours != NULL && (g_hash_table_contains (added, ours) ||
                           g_strcmp0 (pw_comment_get_author (ours), pw_comment_get_author (their)) != 0 ||
                           g_strcmp0 (pw_comment_get_created (ours), pw_comment_get_created (their)) != 0 ||
                           g_strcmp0 (pw_comment_get_target (ours), pw_comment_get_target (their)) != 0))
        {
          PwComment *merged = find_merged (plan, their, added);

          if (merged != NULL)
            {
              if (pw_comment_get_resolved (merged) != pw_comment_get_resolved (their))
                {
                  pw_comment_set_resolved (merged, pw_comment_get_resolved (their));
                  n_changed++;
                }
              if (id != NULL)
                g_hash_table_insert (renamed, g_strdup (id),
                                     g_strdup (pw_object_get_id (PW_OBJECT (merged))));
              continue;
            }
        }
      else if (ours == NULL && (ours = find_merged (plan, their, added)) != NULL)
        {
          if (pw_comment_get_resolved (ours) != pw_comment_get_resolved (their))
            {
              pw_comment_set_resolved (ours, pw_comment_get_resolved (their));
              n_changed++;
            }
          if (id != NULL)
            g_hash_table_insert (renamed, g_strdup (id), g_strdup (pw_object_get_id (PW_OBJECT (ours))));
          continue;
        }
      else if (ours != NULL)
        {
          gboolean changed = g_strcmp0 (pw_comment_get_text (ours), pw_comment_get_text (their)) != 0 ||
                             pw_comment_get_resolved (ours) != pw_comment_get_resolved (their);

          pw_comment_set_text (ours, pw_comment_get_text (their));
          pw_comment_set_resolved (ours, pw_comment_get_resolved (their));
          n_changed += changed;
          continue;
        }

      copy = pw_comment_new ();
      if (ours != NULL || id == NULL || pw_plan_find_object (plan, id) != NULL)
        {
          new_id = pw_plan_make_id (plan, "cmt");
          if (id != NULL)
            g_hash_table_insert (renamed, g_strdup (id), g_strdup (new_id));
        }
      else
        pw_plan_reserve_id (plan, id);
      pw_object_set_id (PW_OBJECT (copy), new_id != NULL ? new_id : id);

      if (reply_to != NULL && g_hash_table_contains (renamed, reply_to))
        reply_to = g_hash_table_lookup (renamed, reply_to);
      parent = pw_plan_find_comment (plan, reply_to);

      pw_comment_set_author (copy, pw_comment_get_author (their));
      pw_comment_set_created (copy, pw_comment_get_created (their));
      pw_comment_set_resolved (copy, pw_comment_get_resolved (their));
      pw_comment_set_reply_to (copy, parent != NULL ? reply_to : NULL);

      if (target != NULL && pw_plan_find_object (plan, target) == NULL)
        {
          g_autofree char *was = pw_plan_describe_id (from, target);
          g_autofree char *text = NULL;

          /* Translators: the note on a merged comment whose object is gone */
          text = g_strdup_printf (_("[On %s, which this version no longer has] %s"), was,
                                  pw_comment_get_text (their) != NULL ? pw_comment_get_text (their) : "");
          pw_comment_set_text (copy, text);
          orphaned++;
        }
      else
        {
          pw_comment_set_target (copy, target);
          pw_comment_set_year (copy, pw_comment_get_year (their));
          pw_comment_set_paragraph (copy, pw_comment_get_paragraph (their));
          pw_comment_set_text (copy, pw_comment_get_text (their));
        }

      /* A reply goes after its thread, a new thread at the end. */
      position = g_list_model_get_n_items (comments);
      if (parent != NULL)
        {
          PwComment *root = pw_plan_get_thread_root (plan, parent);

          if (pw_list_find (comments, root, &position))
            position++;
          while (position < g_list_model_get_n_items (comments))
            {
              g_autoptr(PwComment) next = g_list_model_get_item (comments, position);

              if (!is_in_thread (plan, next, root))
                break;
              position++;
            }
        }
      pw_plan_insert_comment (plan, position, copy);
      g_hash_table_add (added, copy);
      n_changed++;
    }
  pw_history_end (pw_plan_get_history (plan));

  if (n_orphaned != NULL)
    *n_orphaned = orphaned;
  return n_changed;
}
