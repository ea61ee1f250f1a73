/* pw-chapter.c: a chapter of a plan (第X章 / 一、)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pw-chapter"

#include "config.h"

#include "pw-chapter.h"



struct _PwChapter
{
  PwHeading parent_instance;

  PwPart *part;
  GListStore *sections;
  GListStore *boxes;
  GListStore *service_items;

};

enum {
  PROP_0,
  PROP_PART,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (PwChapter, pw_chapter, PW_TYPE_HEADING)

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
pw_chapter_attach (PwObject  *object,
                   PwHistory *history)
{
  PwChapter *self = PW_CHAPTER (object);

  PW_OBJECT_CLASS (pw_chapter_parent_class)->attach (object, history);
  pw_object_attach_list (G_LIST_MODEL (self->sections), history);
  pw_object_attach_list (G_LIST_MODEL (self->boxes), history);
  pw_object_attach_list (G_LIST_MODEL (self->service_items), history);
}

static void
pw_chapter_finalize (GObject *object)
{
  PwChapter *self = (PwChapter *) object;

  g_clear_object (&self->part);
  g_clear_object (&self->sections);
  g_clear_object (&self->boxes);
  g_clear_object (&self->service_items);


  G_OBJECT_CLASS (pw_chapter_parent_class)->finalize (object);
}

static void
pw_chapter_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PwChapter *self = PW_CHAPTER (object);

  switch (prop_id)
    {
    case PROP_PART:
      g_value_set_object (value, self->part);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_chapter_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PwChapter *self = PW_CHAPTER (object);

  switch (prop_id)
    {
    case PROP_PART:
      pw_chapter_set_part (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_chapter_class_init (PwChapterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PwObjectClass *pw_object_class = PW_OBJECT_CLASS (klass);

  object_class->finalize = pw_chapter_finalize;
  object_class->get_property = pw_chapter_get_property;
  object_class->set_property = pw_chapter_set_property;

  pw_object_class->attach = pw_chapter_attach;

  properties[PROP_PART] =
    g_param_spec_object ("part", NULL, NULL, PW_TYPE_PART,
                         PW_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_chapter_init (PwChapter *self)
{
  self->sections = g_list_store_new (PW_TYPE_SECTION);
  self->boxes = g_list_store_new (PW_TYPE_BOX);
  self->service_items = g_list_store_new (PW_TYPE_SERVICE_ITEM);

}

/* Public API */

PwChapter *
pw_chapter_new (void)
{
  return g_object_new (PW_TYPE_CHAPTER, NULL);
}

/* pw_chapter_get_number(), _set_number(), _get_title(), _set_title(),
 * _get_text() (the prose before the first section, one paragraph per line)
 * and _set_text() */
PW_DEFINE_HEADING_ACCESSORS (pw_chapter, PwChapter)

/**
 * pw_chapter_get_part:
 * @self: a chapter
 *
 * Returns: (transfer none) (nullable): the part (篇) the chapter is in, or
 *   %NULL when its plan has no parts
 */
PwPart *
pw_chapter_get_part (PwChapter *self)
{
  g_return_val_if_fail (PW_IS_CHAPTER (self), NULL);

  return self->part;
}

/**
 * pw_chapter_set_part:
 * @self: a chapter
 * @part: (nullable): one of the parts of the chapter's plan
 *
 * Puts @self in @part; the part's list of chapters follows. A part's
 * chapters are meant to be contiguous in the plan's list of chapters.
 */
void
pw_chapter_set_part (PwChapter *self,
                     PwPart    *part)
{
  g_return_if_fail (PW_IS_CHAPTER (self));
  g_return_if_fail (part == NULL || PW_IS_PART (part));

  pw_object_set_object (PW_OBJECT (self), (gpointer *) &self->part, part,
                        properties[PROP_PART]);
}

/**
 * pw_chapter_get_sections:
 * @self: a chapter
 *
 * Returns: (transfer none): the sections, a #GListModel of #PwSection
 */
GListModel *
pw_chapter_get_sections (PwChapter *self)
{
  g_return_val_if_fail (PW_IS_CHAPTER (self), NULL);

  return G_LIST_MODEL (self->sections);
}

/* pw_chapter_insert_section(), _remove_section() and _move_section() */
PW_DEFINE_CHILD_LIST (pw_chapter, PwChapter, PW_IS_CHAPTER, section, PwSection, PW_IS_SECTION, sections)
/* pw_chapter_insert_sections() */
PW_DEFINE_CHILD_SPLICE (pw_chapter, PwChapter, PW_IS_CHAPTER, PwSection, PW_IS_SECTION, sections)

/**
 * pw_chapter_get_boxes:
 * @self: a chapter
 *
 * Returns: (transfer none): the 专栏 boxes, a #GListModel of #PwBox
 */
GListModel *
pw_chapter_get_boxes (PwChapter *self)
{
  g_return_val_if_fail (PW_IS_CHAPTER (self), NULL);

  return G_LIST_MODEL (self->boxes);
}

/* pw_chapter_insert_box(), _remove_box() and _move_box() */
PW_DEFINE_CHILD_LIST (pw_chapter, PwChapter, PW_IS_CHAPTER, box, PwBox, PW_IS_BOX, boxes)
/* pw_chapter_insert_boxes() */
PW_DEFINE_CHILD_SPLICE (pw_chapter, PwChapter, PW_IS_CHAPTER, PwBox, PW_IS_BOX, boxes)

/**
 * pw_chapter_get_service_items:
 * @self: a chapter
 *
 * Returns: (transfer none): the service items, a #GListModel of #PwServiceItem
 */
GListModel *
pw_chapter_get_service_items (PwChapter *self)
{
  g_return_val_if_fail (PW_IS_CHAPTER (self), NULL);

  return G_LIST_MODEL (self->service_items);
}

/* pw_chapter_insert_service_item(), _remove_service_item() and _move_service_item() */
PW_DEFINE_CHILD_LIST (pw_chapter, PwChapter, PW_IS_CHAPTER, service_item, PwServiceItem, PW_IS_SERVICE_ITEM, service_items)
/* pw_chapter_insert_service_items() */
PW_DEFINE_CHILD_SPLICE (pw_chapter, PwChapter, PW_IS_CHAPTER, PwServiceItem, PW_IS_SERVICE_ITEM, service_items)

