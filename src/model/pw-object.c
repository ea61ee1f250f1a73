/* pw-object.c: the base of every object in a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PwObject has a stable id that survives save and load, and a reference to
 * the history of the plan it belongs to, handed down when it is inserted into
 * the plan. Setters go through pw_object_set_*(), so that every change is
 * recorded for undo and notified exactly once.
 */

#define G_LOG_DOMAIN "pw-object"

#include "config.h"

#include "pw-object.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pw-field.h"

typedef struct
{
  char *id;
  PwHistory *history;
} PwObjectPrivate;

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PwObject, pw_object, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* Words kept by pw_intern()'s cache, in each thread. */
#define INTERN_CACHE_SIZE 4096

/* Auxiliary methods */

static inline PwHistory *
history_of (PwObject *self)
{
  PwObjectPrivate *priv = pw_object_get_instance_private (self);

  return priv->history;
}

/* The setters keep every value inside the range that its property
 * advertises, which is what g_object_set() and the widgets bound to the
 * property accept. (Once G_IS_PARAM_SPEC_*() has said what @pspec is, a
 * plain cast: a checked one is a call of GObject's in the default build.) */
static int
valid_int (GParamSpec *pspec,
           int         value)
{
  if (G_IS_PARAM_SPEC_INT (pspec))
    {
      GParamSpecInt *ispec = (GParamSpecInt *) pspec;

      return CLAMP (value, ispec->minimum, ispec->maximum);
    }

  return value;
}

static double
valid_double (GParamSpec *pspec,
              double      value)
{
  if (G_IS_PARAM_SPEC_DOUBLE (pspec) && !isnan (value))
    {
      GParamSpecDouble *dspec = (GParamSpecDouble *) pspec;

      return CLAMP (value, dspec->minimum, dspec->maximum);
    }

  return value;
}

static gboolean
is_valid_enum (GParamSpec *pspec,
               int         value)
{
  if (G_IS_PARAM_SPEC_ENUM (pspec))
    return g_enum_get_value (((GParamSpecEnum *) pspec)->enum_class, value) != NULL;

  return TRUE;
}

/* The one path of every setter: compare, record the old value, assign,
 * notify. Each kind of field says what "the same" is and how a value is
 * stored; @value points at the value to store. */
typedef struct
{
  gboolean (*equal)  (gconstpointer field,
                      gconstpointer value);
  void     (*assign) (gpointer      field,
                      gconstpointer value);
} FieldKind;

/* Files being read in this thread (pw_object_begin_reading()). */
static _Thread_local guint n_reading;

static inline gboolean
set_field (PwObject        *self,
           const FieldKind *kind,
           gpointer         field,
           gconstpointer    value,
           GParamSpec      *pspec)
{
  PwHistory *history;

  if (kind->equal (field, value))
    return FALSE;

  /* (GObject *): a PwObject is one, no check needed */
  history = history_of (self);
  if (history != NULL)
    pw_history_record_property (history, (GObject *) self, pspec);
  kind->assign (field, value);
  /* an object that a reader is filling and has not put in a plan yet has
   * been seen by nobody: nobody can be waiting for its notifications */
  if (G_LIKELY (history != NULL || n_reading == 0))
    g_object_notify_by_pspec ((GObject *) self, pspec);
  return TRUE;
}

static gboolean
string_equal (gconstpointer field,
              gconstpointer value)
{
  return g_strcmp0 (*(char * const *) field, *(const char * const *) value) == 0;
}

static void
string_assign (gpointer      field,
               gconstpointer value)
{
  g_free (*(char **) field);
  *(char **) field = g_strdup (*(const char * const *) value);
}

static void
interned_assign (gpointer      field,
                 gconstpointer value)
{
  *(const char **) field = pw_intern (*(const char * const *) value);
}

static gboolean
int_equal (gconstpointer field,
           gconstpointer value)
{
  return *(const int *) field == *(const int *) value;
}

static void
int_assign (gpointer      field,
            gconstpointer value)
{
  *(int *) field = *(const int *) value;
}

/* NAN stands for "not given"; two NANs are the same. */
static gboolean
double_equal (gconstpointer field,
              gconstpointer value)
{
  double a = *(const double *) field, b = *(const double *) value;

  return a == b || (isnan (a) && isnan (b));
}

static void
double_assign (gpointer      field,
               gconstpointer value)
{
  *(double *) field = *(const double *) value;
}

static gboolean
value_equal (gconstpointer field,
             gconstpointer value)
{
  return pw_value_equal (*(PwValue * const *) field, *(PwValue * const *) value);
}

static void
value_assign (gpointer      field,
              gconstpointer value)
{
  PwValue *v = *(PwValue * const *) value;

  g_clear_pointer ((PwValue **) field, pw_value_unref);
  *(PwValue **) field = v != NULL ? pw_value_ref (v) : NULL;
}

/* A reference to another object of the plan (a chapter's part), held
 * strongly; two references are the same when they point at one object. */
static gboolean
pointer_equal (gconstpointer field,
               gconstpointer value)
{
  return *(const gpointer *) field == *(const gpointer *) value;
}

static void
object_assign (gpointer      field,
               gconstpointer value)
{
  g_set_object ((GObject **) field, *(const gpointer *) value);
}

/* A list of words; %NULL and an empty list are the same, stored as %NULL. */
static const char * const no_words[] = { NULL };

static gboolean
strv_equal (gconstpointer field,
            gconstpointer value)
{
  char **old = *(char ** const *) field;
  const char * const *new = *(const char * const * const *) value;

  return g_strv_equal (old != NULL ? (const char * const *) old : no_words,
                       new != NULL ? new : no_words);
}

static void
strv_assign (gpointer      field,
             gconstpointer value)
{
  const char * const *new = *(const char * const * const *) value;

  g_strfreev (*(char ***) field);
  *(char ***) field = new != NULL && new[0] != NULL ? g_strdupv ((char **) new) : NULL;
}

static const FieldKind string_kind = { string_equal, string_assign };
static const FieldKind interned_kind = { string_equal, interned_assign };
static const FieldKind int_kind = { int_equal, int_assign };
static const FieldKind double_kind = { double_equal, double_assign };
static const FieldKind value_kind = { value_equal, value_assign };
static const FieldKind object_kind = { pointer_equal, object_assign };
static const FieldKind strv_kind = { strv_equal, strv_assign };

/* GObject overrides */

static void
pw_object_real_attach (PwObject  *self,
                       PwHistory *history)
{
  PwObjectPrivate *priv = pw_object_get_instance_private (self);

  g_set_object (&priv->history, history);
}

static void
pw_object_finalize (GObject *object)
{
  PwObject *self = (PwObject *) object;
  PwObjectPrivate *priv = pw_object_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_object (&priv->history);

  G_OBJECT_CLASS (pw_object_parent_class)->finalize (object);
}

static void
pw_object_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PwObject *self = PW_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, pw_object_get_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_object_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PwObject *self = PW_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      pw_object_set_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_object_class_init (PwObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_object_finalize;
  object_class->get_property = pw_object_get_property;
  object_class->set_property = pw_object_set_property;

  klass->attach = pw_object_real_attach;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         PW_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_object_init (PwObject *self)
{
}

/* Public API */

/**
 * pw_object_get_id:
 * @self: an object
 *
 * Returns: (nullable): the stable id, unique within its plan
 */
const char *
pw_object_get_id (PwObject *self)
{
  PwObjectPrivate *priv;

  g_return_val_if_fail (PW_IS_OBJECT (self), NULL);

  priv = pw_object_get_instance_private (self);
  return priv->id;
}

void
pw_object_set_id (PwObject   *self,
                  const char *id)
{
  PwObjectPrivate *priv;

  g_return_if_fail (PW_IS_OBJECT (self));

  priv = pw_object_get_instance_private (self);
  pw_object_set_string (self, &priv->id, id, properties[PROP_ID]);
}

/**
 * pw_object_begin_reading:
 *
 * Says that a reader of a file starts filling objects in this thread: until
 * pw_object_end_reading(), the setters of an object in no plan (one with
 * no history: the reader made it and has not inserted it yet) emit no
 * notify, which nobody can be connected to; a plan's own objects notify as
 * always. Reading 100,000 indicators emitted 640,000 notifications that
 * no handler could hear. Calls nest.
 */
void
pw_object_begin_reading (void)
{
  n_reading++;
}

void
pw_object_end_reading (void)
{
  g_return_if_fail (n_reading > 0);

  n_reading--;
}

/**
 * pw_object_get_history:
 * @self: an object
 *
 * Returns: (transfer none) (nullable): the history of the plan @self is in
 */
PwHistory *
pw_object_get_history (PwObject *self)
{
  g_return_val_if_fail (PW_IS_OBJECT (self), NULL);

  return history_of (self);
}

/**
 * pw_object_attach:
 * @self: an object
 * @history: (nullable): the history of the plan @self now belongs to
 *
 * Records the changes of @self and of everything it contains in @history.
 */
void
pw_object_attach (PwObject  *self,
                  PwHistory *history)
{
  g_return_if_fail (PW_IS_OBJECT (self));
  g_return_if_fail (history == NULL || PW_IS_HISTORY (history));

  PW_OBJECT_GET_CLASS (self)->attach (self, history);
}

gboolean
pw_object_set_string (PwObject    *self,
                      char       **field,
                      const char  *value,
                      GParamSpec  *pspec)
{
  return set_field (self, &string_kind, field, &value, pspec);
}

/* The hash of a word for pw_intern()'s cache, eight bytes at a time: a
 * category or a domain is 15 to 30 bytes of UTF-8, and a hash of a byte at
 * a time (FNV-1a) waited for a multiplication a byte, four words an
 * indicator. */
static inline guint
intern_hash (const char *text)
{
  gsize length = strlen (text);
  guint64 hash = length;
  guint64 word;

  if (length < 8)
    {
      for (gsize i = 0; i < length; i++)
        hash = (hash << 8) | (guchar) text[i];
      return (guint) ((hash * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32);
    }
  for (gsize i = 0; i + 8 < length; i += 8)
    {
      memcpy (&word, text + i, 8);
      hash = (hash ^ word) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
    }
  /* the last eight bytes, which may overlap the words before */
  memcpy (&word, text + length - 8, 8);
  hash = (hash ^ word) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint) (hash >> 32);
}

/**
 * pw_intern:
 * @text: (nullable): a word
 *
 * g_intern_string() with a cache, in each thread, of the words it gave last:
 * a reader of a large plan interns four or five words an indicator (its
 * category, domain, unit and chapter), few of them different, and
 * g_intern_string() takes a lock shared by every thread and a lookup in one
 * table of the whole process each time (9% of a load). A hit here is a hash
 * of the word and one comparison; the word given last, given again (a
 * reader that interns a word to look it up, then sets it), is returned at
 * once.
 *
 * Returns: (nullable): the copy of @text kept for the life of the process
 */
const char *
pw_intern (const char *text)
{
  static _Thread_local const char *cache[INTERN_CACHE_SIZE];
  static _Thread_local const char *last;
  const char **slot;

  if (text == NULL || text == last)
    return text;

  slot = &cache[intern_hash (text) % INTERN_CACHE_SIZE];
  if (*slot == NULL || (*slot != text && strcmp (*slot, text) != 0))
    *slot = g_intern_string (text);
  return last = *slot;
}

/* For words from a small vocabulary (category, domain, unit, the id of an
 * indicator's chapter) that a large plan repeats on every row: one copy each, kept for the life of the process. */
gboolean
pw_object_set_interned (PwObject    *self,
                        const char **field,
                        const char  *value,
                        GParamSpec  *pspec)
{
  return set_field (self, &interned_kind, field, &value, pspec);
}

/* Also for enumerations: a value that is not one of the enumeration's is
 * refused. A number outside the property's range is clamped to it. */
gboolean
pw_object_set_int (PwObject   *self,
                   int        *field,
                   int         value,
                   GParamSpec *pspec)
{
  g_return_val_if_fail (is_valid_enum (pspec, value), FALSE);

  value = valid_int (pspec, value);
  return set_field (self, &int_kind, field, &value, pspec);
}

/* A number outside the property's range is clamped to it. */
gboolean
pw_object_set_double (PwObject   *self,
                      double     *field,
                      double      value,
                      GParamSpec *pspec)
{
  value = valid_double (pspec, value);
  return set_field (self, &double_kind, field, &value, pspec);
}

gboolean
pw_object_set_boolean (PwObject   *self,
                       gboolean   *field,
                       gboolean    value,
                       GParamSpec *pspec)
{
  value = !!value;
  return set_field (self, &int_kind, field, &value, pspec);
}

gboolean
pw_object_set_value (PwObject    *self,
                     PwValue    **field,
                     PwValue     *value,
                     GParamSpec  *pspec)
{
  return set_field (self, &value_kind, field, &value, pspec);
}

gboolean
pw_object_set_object (PwObject    *self,
                      gpointer    *field,
                      gpointer     value,
                      GParamSpec  *pspec)
{
  return set_field (self, &object_kind, field, &value, pspec);
}

gboolean
pw_object_set_strv (PwObject            *self,
                    char              ***field,
                    const char * const  *value,
                    GParamSpec          *pspec)
{
  return set_field (self, &strv_kind, field, &value, pspec);
}

/**
 * pw_object_list_insert:
 * @owner: the object that holds @store
 * @store: one of @owner's lists
 * @position: where to insert, at most the length of @store
 * @item: (type PwObject): the object to insert
 *
 * Inserts @item, records the insertion and hands @owner's history to @item.
 */
void
pw_object_list_insert (PwObject   *owner,
                       GListStore *store,
                       guint       position,
                       gpointer    item)
{
  g_return_if_fail (PW_IS_OBJECT (owner));
  g_return_if_fail (PW_IS_OBJECT (item));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (store)));

  pw_object_attach (item, history_of (owner));
  g_list_store_insert (store, position, item);
  pw_history_record_insert (history_of (owner), store, position);
}

/**
 * pw_object_list_splice_in:
 * @owner: the object that holds @store
 * @store: one of @owner's lists
 * @position: where to insert, at most the length of @store
 * @items: (array length=n_items): the objects to insert
 * @n_items: how many
 *
 * Inserts many objects at once, with one items-changed: what a reader of a
 * large file wants. Recorded as that many insertions.
 */
void
pw_object_list_splice_in (PwObject   *owner,
                          GListStore *store,
                          guint       position,
                          gpointer   *items,
                          guint       n_items)
{
  PwHistory *history;

  g_return_if_fail (PW_IS_OBJECT (owner));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (store)));
  g_return_if_fail (items != NULL || n_items == 0);

  /* nothing inserted, nothing to tell */
  if (n_items == 0)
    return;

  history = history_of (owner);
  for (guint i = 0; i < n_items; i++)
    pw_object_attach (items[i], history);
  g_list_store_splice (store, position, 0, items, n_items);
  for (guint i = 0; i < n_items; i++)
    pw_history_record_insert (history, store, position + i);
}

void
pw_object_list_remove (PwObject   *owner,
                       GListStore *store,
                       guint       position)
{
  g_return_if_fail (PW_IS_OBJECT (owner));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (store)));

  pw_history_record_remove (history_of (owner), store, position);
  g_list_store_remove (store, position);
}

void
pw_object_list_move (PwObject   *owner,
                     GListStore *store,
                     guint       from,
                     guint       to)
{
  g_autoptr(GObject) item = NULL;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_return_if_fail (PW_IS_OBJECT (owner));
  g_return_if_fail (from < n_items);
  g_return_if_fail (to < n_items);

  if (from == to)
    return;

  item = g_list_model_get_item (G_LIST_MODEL (store), from);
  g_list_store_remove (store, from);
  g_list_store_insert (store, to, item);
  pw_history_record_move (history_of (owner), store, from, to);
}

/**
 * pw_object_attach_list:
 * @list: a list of #PwObject
 * @history: (nullable): a history
 *
 * Attaches every object of @list to @history; for the attach vfunc of
 * objects that hold lists.
 */
void
pw_object_attach_list (GListModel *list,
                       PwHistory  *history)
{
  guint n_items = g_list_model_get_n_items (list);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PwObject) item = g_list_model_get_item (list, i);
      pw_object_attach (item, history);
    }
}

/**
 * pw_list_find:
 * @list: a list of objects
 * @item: an object
 * @position: (out) (optional): where @list holds @item
 *
 * Returns: whether @list holds @item
 */
gboolean
pw_list_find (GListModel *list,
              gpointer    item,
              guint      *position)
{
  guint n_items;

  g_return_val_if_fail (G_IS_LIST_MODEL (list), FALSE);

  n_items = g_list_model_get_n_items (list);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) candidate = g_list_model_get_item (list, i);

      if (candidate == item)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * pw_object_copy_fields:
 * @source: an object of a plan
 * @copy: a new object of the same type
 *
 * Copies every writable property of @source but its id to @copy, through
 * the model's setters: what duplicating a row or a project copies.
 */
void
pw_object_copy_fields (PwObject *source,
                       PwObject *copy)
{
  GParamSpec **pspecs;
  guint n_pspecs;

  g_return_if_fail (PW_IS_OBJECT (source));
  g_return_if_fail (G_OBJECT_TYPE (copy) == G_OBJECT_TYPE (source));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (source), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GValue value = G_VALUE_INIT;

      if (g_strcmp0 (pspecs[i]->name, "id") == 0 || !(pspecs[i]->flags & G_PARAM_WRITABLE) ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (source), pspecs[i]->name, &value);
      /* straight to the class's setter, as the history does: GLib would
       * refuse NAN ("not given") for a double property */
      G_OBJECT_CLASS (g_type_class_peek (pspecs[i]->owner_type))
        ->set_property (G_OBJECT (copy), pspecs[i]->param_id, &value, pspecs[i]);
      g_value_unset (&value);
    }
  g_free (pspecs);
}

/**
 * pw_param_number:
 *
 * The property "number" of the objects a plan numbers (parts, chapters,
 * sections, 专栏 boxes, projects, service items): the number printed, 0
 * when none.
 *
 * Returns: (transfer floating): its pspec
 */
GParamSpec *
pw_param_number (void)
{
  return g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0, PW_PARAM_FLAGS);
}

/**
 * pw_param_title:
 *
 * The property "title" of a plan and of its headings, a field that
 * comparing two plans compares (pw_field_mark()).
 *
 * Returns: (transfer floating): its pspec
 */
GParamSpec *
pw_param_title (void)
{
  return pw_field_mark (g_param_spec_string ("title", NULL, NULL, NULL, PW_PARAM_FLAGS), N_("title"));
}
