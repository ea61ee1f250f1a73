/* pw-comment.c: a reviewer's comment (审阅意见) on any object of a plan, or a reply to one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pw-comment"

#include "config.h"

#include "pw-comment.h"


struct _PwComment
{
  PwObject parent_instance;

  char *target;
  char *author;
  char *created;
  char *text;
  char *reply_to;
  int year;
  int paragraph;
  gboolean resolved;
};

enum {
  PROP_0,
  PROP_TARGET,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_TEXT,
  PROP_RESOLVED,
  PROP_REPLY_TO,
  PROP_YEAR,
  PROP_PARAGRAPH,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwComment, pw_comment, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_comment_finalize (GObject *object)
{
  PwComment *self = (PwComment *) object;

  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->reply_to, g_free);

  G_OBJECT_CLASS (pw_comment_parent_class)->finalize (object);
}

static void
pw_comment_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PwComment *self = PW_COMMENT (object);

  switch (prop_id)
    {
    case PROP_TARGET:
      g_value_set_string (value, self->target);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_RESOLVED:
      g_value_set_boolean (value, self->resolved);
      break;
    case PROP_REPLY_TO:
      g_value_set_string (value, self->reply_to);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_PARAGRAPH:
      g_value_set_int (value, self->paragraph);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_comment_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PwComment *self = PW_COMMENT (object);

  switch (prop_id)
    {
    case PROP_TARGET:
      pw_comment_set_target (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      pw_comment_set_author (self, g_value_get_string (value));
      break;
    case PROP_CREATED:
      pw_comment_set_created (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      pw_comment_set_text (self, g_value_get_string (value));
      break;
    case PROP_RESOLVED:
      pw_comment_set_resolved (self, g_value_get_boolean (value));
      break;
    case PROP_REPLY_TO:
      pw_comment_set_reply_to (self, g_value_get_string (value));
      break;
    case PROP_YEAR:
      pw_comment_set_year (self, g_value_get_int (value));
      break;
    case PROP_PARAGRAPH:
      pw_comment_set_paragraph (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_comment_class_init (PwCommentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_comment_finalize;
  object_class->get_property = pw_comment_get_property;
  object_class->set_property = pw_comment_set_property;

  properties[PROP_TARGET] =
    g_param_spec_string ("target", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);
  properties[PROP_RESOLVED] =
    g_param_spec_boolean ("resolved", NULL, NULL, FALSE,
                          PW_PARAM_FLAGS);
  /* The comment this one answers; a reply has the target of its thread. */
  properties[PROP_REPLY_TO] =
    g_param_spec_string ("reply-to", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);
  /* On an indicator: the year of the actual value it is about, or 0. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0,
                      PW_PARAM_FLAGS);
  /* On a chapter, a section or the plan's preface: the paragraph it is
   * about, counted from 1, or 0 for the whole. */
  properties[PROP_PARAGRAPH] =
    g_param_spec_int ("paragraph", NULL, NULL, 0, G_MAXINT, 0,
                      PW_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_comment_init (PwComment *self)
{
}

/* Public API */

PwComment *
pw_comment_new (void)
{
  return g_object_new (PW_TYPE_COMMENT, NULL);
}

/**
 * pw_comment_get_target:
 * @self: a comment
 *
 * Returns: (nullable): the id of the object the comment is on, or %NULL for the whole plan
 */
const char *
pw_comment_get_target (PwComment *self)
{
  g_return_val_if_fail (PW_IS_COMMENT (self), NULL);

  return self->target;
}

void
pw_comment_set_target (PwComment  *self,
                       const char *target)
{
  g_return_if_fail (PW_IS_COMMENT (self));

  pw_object_set_string (PW_OBJECT (self), &self->target, target,
                        properties[PROP_TARGET]);
}

/**
 * pw_comment_get_author:
 * @self: a comment
 *
 * Returns: (nullable): the author
 */
const char *
pw_comment_get_author (PwComment *self)
{
  g_return_val_if_fail (PW_IS_COMMENT (self), NULL);

  return self->author;
}

void
pw_comment_set_author (PwComment  *self,
                       const char *author)
{
  g_return_if_fail (PW_IS_COMMENT (self));

  pw_object_set_string (PW_OBJECT (self), &self->author, author,
                        properties[PROP_AUTHOR]);
}

/**
 * pw_comment_get_created:
 * @self: a comment
 *
 * Returns: (nullable): when the comment was made, as ISO 8601 (2026-03-01T09:30:00+08:00)
 */
const char *
pw_comment_get_created (PwComment *self)
{
  g_return_val_if_fail (PW_IS_COMMENT (self), NULL);

  return self->created;
}

void
pw_comment_set_created (PwComment  *self,
                        const char *created)
{
  g_return_if_fail (PW_IS_COMMENT (self));

  pw_object_set_string (PW_OBJECT (self), &self->created, created,
                        properties[PROP_CREATED]);
}

/**
 * pw_comment_get_text:
 * @self: a comment
 *
 * Returns: (nullable): the text
 */
const char *
pw_comment_get_text (PwComment *self)
{
  g_return_val_if_fail (PW_IS_COMMENT (self), NULL);

  return self->text;
}

void
pw_comment_set_text (PwComment  *self,
                     const char *text)
{
  g_return_if_fail (PW_IS_COMMENT (self));

  pw_object_set_string (PW_OBJECT (self), &self->text, text,
                        properties[PROP_TEXT]);
}

gboolean
pw_comment_get_resolved (PwComment *self)
{
  g_return_val_if_fail (PW_IS_COMMENT (self), FALSE);

  return self->resolved;
}

void
pw_comment_set_resolved (PwComment *self,
                         gboolean   resolved)
{
  g_return_if_fail (PW_IS_COMMENT (self));

  pw_object_set_boolean (PW_OBJECT (self), &self->resolved, resolved,
                         properties[PROP_RESOLVED]);
}

/**
 * pw_comment_get_reply_to:
 * @self: a comment
 *
 * Returns: (nullable): the id of the comment this one answers
 */
const char *
pw_comment_get_reply_to (PwComment *self)
{
  g_return_val_if_fail (PW_IS_COMMENT (self), NULL);

  return self->reply_to;
}

void
pw_comment_set_reply_to (PwComment  *self,
                         const char *reply_to)
{
  g_return_if_fail (PW_IS_COMMENT (self));

  pw_object_set_string (PW_OBJECT (self), &self->reply_to, reply_to,
                        properties[PROP_REPLY_TO]);
}

int
pw_comment_get_year (PwComment *self)
{
  g_return_val_if_fail (PW_IS_COMMENT (self), 0);

  return self->year;
}

void
pw_comment_set_year (PwComment *self,
                     int        year)
{
  g_return_if_fail (PW_IS_COMMENT (self));

  pw_object_set_int (PW_OBJECT (self), &self->year, year, properties[PROP_YEAR]);
}

int
pw_comment_get_paragraph (PwComment *self)
{
  g_return_val_if_fail (PW_IS_COMMENT (self), 0);

  return self->paragraph;
}

void
pw_comment_set_paragraph (PwComment *self,
                          int        paragraph)
{
  g_return_if_fail (PW_IS_COMMENT (self));

  pw_object_set_int (PW_OBJECT (self), &self->paragraph, paragraph,
                     properties[PROP_PARAGRAPH]);
}

/**
 * pw_comment_stamp:
 * @self: a comment
 *
 * Sets the comment's time to now, in local time with its offset, to the
 * second (2026-03-01T09:30:00+08:00).
 */
void
pw_comment_stamp (PwComment *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  g_return_if_fail (PW_IS_COMMENT (self));

  pw_comment_set_created (self, text);
}
