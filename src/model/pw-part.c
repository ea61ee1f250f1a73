/* pw-part.c: a part of a plan (第X篇), the level above its chapters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 纲要 groups its chapters into parts. The plan keeps one flat list of all
 * its chapters in document order, and each chapter says which part it is in
 * (pw_chapter_get_part()); a part's list of chapters is derived from those,
 * kept up to date by the plan the part is in, and empty while it is in none.
 */

#define G_LOG_DOMAIN "pw-part"

#include "config.h"

#include "pw-part-private.h"


#include "pw-chapter.h"

struct _PwPart
{
  PwObject parent_instance;

  int number;
  char *title;
  char *text;

  /* Owned; filled by the plan */
  GListStore *chapters;
};

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_TEXT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwPart, pw_part, PW_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_part_finalize (GObject *object)
{
  PwPart *self = (PwPart *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->chapters);

  G_OBJECT_CLASS (pw_part_parent_class)->finalize (object);
}

static void
pw_part_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PwPart *self = PW_PART (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_part_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PwPart *self = PW_PART (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      pw_part_set_number (self, g_value_get_int (value));
      break;
    case PROP_TITLE:
      pw_part_set_title (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      pw_part_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_part_class_init (PwPartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_part_finalize;
  object_class->get_property = pw_part_get_property;
  object_class->set_property = pw_part_set_property;

  properties[PROP_NUMBER] = pw_param_number ();
  properties[PROP_TITLE] = pw_param_title ();
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_part_init (PwPart *self)
{
  self->chapters = g_list_store_new (PW_TYPE_CHAPTER);
}

/* Private API */

GListStore *
pw_part_get_chapter_store (PwPart *self)
{
  g_return_val_if_fail (PW_IS_PART (self), NULL);

  return self->chapters;
}

/* Public API */

PwPart *
pw_part_new (void)
{
  return g_object_new (PW_TYPE_PART, NULL);
}

PW_DEFINE_INT_PROPERTY (pw_part, PwPart, PW_IS_PART, number, PROP_NUMBER)

/**
 * pw_part_get_title:
 * @self: a part
 *
 * Returns: (nullable): the title, on one line even where the document
 *   wraps it over two
 */
PW_DEFINE_STRING_PROPERTY (pw_part, PwPart, PW_IS_PART, title, PROP_TITLE)

/**
 * pw_part_get_text:
 * @self: a part
 *
 * Returns: (nullable): the prose before the part's first chapter, one
 *   paragraph per line
 */
PW_DEFINE_STRING_PROPERTY (pw_part, PwPart, PW_IS_PART, text, PROP_TEXT)

/**
 * pw_part_get_chapters:
 * @self: a part
 *
 * The chapters of the plan whose part is @self, in the plan's order. The
 * list follows every change to the plan's chapters, with exact
 * items-changed; it is empty while @self is not in a plan.
 *
 * Returns: (transfer none): a #GListModel of #PwChapter
 */
GListModel *
pw_part_get_chapters (PwPart *self)
{
  g_return_val_if_fail (PW_IS_PART (self), NULL);

  return G_LIST_MODEL (self->chapters);
}
