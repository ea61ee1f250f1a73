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
  PwHeading parent_instance;

  /* Owned; filled by the plan */
  GListStore *chapters;
};

G_DEFINE_FINAL_TYPE (PwPart, pw_part, PW_TYPE_HEADING)

/* GObject overrides */

static void
pw_part_finalize (GObject *object)
{
  PwPart *self = (PwPart *) object;

  g_clear_object (&self->chapters);

  G_OBJECT_CLASS (pw_part_parent_class)->finalize (object);
}

static void
pw_part_class_init (PwPartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_part_finalize;
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

/* pw_part_get_number(), _set_number(), _get_title(), _set_title(),
 * _get_text() (the prose before the part's first chapter) and _set_text() */
PW_DEFINE_HEADING_ACCESSORS (pw_part, PwPart)

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
