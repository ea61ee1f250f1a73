/* pw-object.h: the base of every object in a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-history.h"
#include "pw-value.h"

G_BEGIN_DECLS

#define PW_TYPE_OBJECT (pw_object_get_type ())

G_DECLARE_DERIVABLE_TYPE (PwObject, pw_object, PW, OBJECT, GObject)

struct _PwObjectClass
{
  GObjectClass parent_class;

  /* Hands the history on to the objects this one contains. */
  void (*attach) (PwObject  *self,
                  PwHistory *history);
};

const char *pw_object_get_id          (PwObject    *self);
void        pw_object_set_id          (PwObject    *self,
                                       const char  *id);
PwHistory  *pw_object_get_history     (PwObject    *self);
void        pw_object_attach          (PwObject    *self,
                                       PwHistory   *history);
void        pw_object_begin_reading   (void);
void        pw_object_end_reading     (void);

/* For the setters of subclasses: each compares, records the old value in the
 * history, assigns and notifies, and returns whether anything changed. An int
 * or double outside the range of @pspec is clamped to it, so that what the
 * setter stores is what g_object_set() (and a widget bound to the property)
 * accepts; an int that is not a value of an enum @pspec is refused. */
gboolean    pw_object_set_string      (PwObject    *self,
                                       char       **field,
                                       const char  *value,
                                       GParamSpec  *pspec);
const char *pw_intern                 (const char  *text);
gboolean    pw_object_set_interned    (PwObject    *self,
                                       const char **field,
                                       const char  *value,
                                       GParamSpec  *pspec);
gboolean    pw_object_set_int         (PwObject    *self,
                                       int         *field,
                                       int          value,
                                       GParamSpec  *pspec);
gboolean    pw_object_set_double      (PwObject    *self,
                                       double      *field,
                                       double       value,
                                       GParamSpec  *pspec);
gboolean    pw_object_set_boolean     (PwObject    *self,
                                       gboolean    *field,
                                       gboolean     value,
                                       GParamSpec  *pspec);
gboolean    pw_object_set_value       (PwObject    *self,
                                       PwValue    **field,
                                       PwValue     *value,
                                       GParamSpec  *pspec);
gboolean    pw_object_set_object      (PwObject    *self,
                                       gpointer    *field,
                                       gpointer     value,
                                       GParamSpec  *pspec);
gboolean    pw_object_set_strv        (PwObject    *self,
                                       char      ***field,
                                       const char * const *value,
                                       GParamSpec  *pspec);

/* For the lists that objects hold: each records the change and hands the
 * history to an inserted item. */
void        pw_object_list_insert     (PwObject    *owner,
                                       GListStore  *store,
                                       guint        position,
                                       gpointer     item);
void        pw_object_list_splice_in  (PwObject    *owner,
                                       GListStore  *store,
                                       guint        position,
                                       gpointer    *items,
                                       guint        n_items);
void        pw_object_list_remove     (PwObject    *owner,
                                       GListStore  *store,
                                       guint        position);
void        pw_object_list_move       (PwObject    *owner,
                                       GListStore  *store,
                                       guint        from,
                                       guint        to);
void        pw_object_attach_list     (GListModel  *list,
                                       PwHistory   *history);
void        pw_object_copy_fields     (PwObject    *source,
                                       PwObject    *copy);
gboolean    pw_list_find              (GListModel  *list,
                                       gpointer     item,
                                       guint       *position);

/* The typed insert, remove and move of a list of children that an object
 * holds in its field FIELD (a GListStore), each through pw_object_list_*:
 *
 *   PW_DEFINE_CHILD_LIST (pw_box, PwBox, PW_IS_BOX, project, PwProject, PW_IS_PROJECT, projects)
 *
 * defines pw_box_insert_project(), pw_box_remove_project() and
 * pw_box_move_project(), declared in the owner's header as usual. */
#define PW_DEFINE_CHILD_LIST(prefix, Type, IS_TYPE, child, ChildType, IS_CHILD, field) \
  void                                                                  \
  prefix##_insert_##child (Type      *self,                             \
                           guint      position,                         \
                           ChildType *item)                             \
  {                                                                     \
    g_return_if_fail (IS_TYPE (self));                                  \
    g_return_if_fail (IS_CHILD (item));                                 \
    pw_object_list_insert ((PwObject *) self, self->field, position, item); \
  }                                                                     \
                                                                        \
  void                                                                  \
  prefix##_remove_##child (Type  *self,                                 \
                           guint  position)                             \
  {                                                                     \
    g_return_if_fail (IS_TYPE (self));                                  \
    pw_object_list_remove ((PwObject *) self, self->field, position);   \
  }                                                                     \
                                                                        \
  void                                                                  \
  prefix##_move_##child (Type  *self,                                   \
                         guint  from,                                   \
                         guint  to)                                     \
  {                                                                     \
    g_return_if_fail (IS_TYPE (self));                                  \
    pw_object_list_move ((PwObject *) self, self->field, from, to);     \
  }

/* The insert of many children at once into the list FIELD, through
 * pw_object_list_splice_in() (one items-changed, as a reader of a large
 * document wants):
 *
 *   PW_DEFINE_CHILD_SPLICE (pw_chapter, PwChapter, PW_IS_CHAPTER, PwSection, PW_IS_SECTION, sections)
 *
 * defines pw_chapter_insert_sections (self, position, sections, n_sections). */
#define PW_DEFINE_CHILD_SPLICE(prefix, Type, IS_TYPE, ChildType, IS_CHILD, field) \
  void                                                                  \
  prefix##_insert_##field (Type       *self,                            \
                           guint       position,                        \
                           ChildType **items,                           \
                           guint       n_items)                         \
  {                                                                     \
    g_return_if_fail (IS_TYPE (self));                                  \
    for (guint i = 0; i < n_items; i++)                                 \
      g_return_if_fail (IS_CHILD (items[i]));                           \
    pw_object_list_splice_in ((PwObject *) self, self->field, position, \
                              (gpointer *) items, n_items);             \
  }

/* The getter and setter of a property held in the field FIELD of the
 * instance and described by properties[PROP], the setter through
 * pw_object_set_KIND():
 *
 *   PW_DEFINE_STRING_PROPERTY (pw_part, PwPart, PW_IS_PART, title, PROP_TITLE)
 *
 * defines pw_part_get_title() and pw_part_set_title(), declared in the
 * owner's header as usual. A property that needs more than that (a check, a
 * side effect) has its accessors written out.
 *
 * These macros cast @self to PwObject with a plain C cast once IS_TYPE has
 * checked it, as GTK does inside its own code: a checked cast of the default
 * build is one more call of GObject's and a walk up the ancestry, for each
 * field of each object a reader fills. */
#define PW_DEFINE_PROPERTY(prefix, Type, IS_TYPE, GetType, SetType, field, kind, FieldCast, ValueCast, PROP, fallback) \
  GetType                                                               \
  prefix##_get_##field (Type *self)                                     \
  {                                                                     \
    g_return_val_if_fail (IS_TYPE (self), fallback);                    \
    return self->field;                                                 \
  }                                                                     \
                                                                        \
  void                                                                  \
  prefix##_set_##field (Type    *self,                                  \
                        SetType  value)                                 \
  {                                                                     \
    g_return_if_fail (IS_TYPE (self));                                  \
    pw_object_set_##kind ((PwObject *) self, FieldCast &self->field,    \
                          ValueCast value, properties[PROP]);           \
  }

#define PW_DEFINE_STRING_PROPERTY(prefix, Type, IS_TYPE, field, PROP) \
  PW_DEFINE_PROPERTY (prefix, Type, IS_TYPE, const char *, const char *, field, string, , , PROP, NULL)
#define PW_DEFINE_INTERNED_PROPERTY(prefix, Type, IS_TYPE, field, PROP) \
  PW_DEFINE_PROPERTY (prefix, Type, IS_TYPE, const char *, const char *, field, interned, , , PROP, NULL)
#define PW_DEFINE_INT_PROPERTY(prefix, Type, IS_TYPE, field, PROP) \
  PW_DEFINE_PROPERTY (prefix, Type, IS_TYPE, int, int, field, int, , , PROP, 0)
#define PW_DEFINE_DOUBLE_PROPERTY(prefix, Type, IS_TYPE, field, PROP, fallback) \
  PW_DEFINE_PROPERTY (prefix, Type, IS_TYPE, double, double, field, double, , , PROP, fallback)
#define PW_DEFINE_BOOLEAN_PROPERTY(prefix, Type, IS_TYPE, field, PROP) \
  PW_DEFINE_PROPERTY (prefix, Type, IS_TYPE, gboolean, gboolean, field, boolean, , , PROP, FALSE)
#define PW_DEFINE_VALUE_PROPERTY(prefix, Type, IS_TYPE, field, PROP) \
  PW_DEFINE_PROPERTY (prefix, Type, IS_TYPE, PwValue *, PwValue *, field, value, , , PROP, NULL)
#define PW_DEFINE_ENUM_PROPERTY(prefix, Type, IS_TYPE, EnumType, field, PROP, fallback) \
  PW_DEFINE_PROPERTY (prefix, Type, IS_TYPE, EnumType, EnumType, field, int, (int *), (int), PROP, fallback)

/* The flags of every property of the plan's objects. */
#define PW_PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

GParamSpec *pw_param_number (void);
GParamSpec *pw_param_title  (void);

G_END_DECLS
