/* pw-value-cache.c: the values of a document, parsed once and shared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan prints the same values thousands of times ("100%", "——", "≥95%");
 * PwValue being immutable, a reader parses each text once and shares the
 * value. Speed: a lookup is most of what reading a value costs, and what it
 * costs is memory, so the table is of sets of two slots, one cache line a
 * set, and each slot holds the text's hash, its length and its first bytes:
 * a hit reads one line and compares the bytes there, without following the
 * pointer to the value (which the slot's value is only read for texts
 * longer than INLINE_TEXT). The table has a fixed size (1 MiB), which bounds
 * its memory: when a third text falls in a full set, the one used less
 * recently goes. Longer texts than MAX_CACHED_TEXT are rare and not cached.
 *
 * A lookup that misses the processor's caches waits for the slot, then for
 * the value it points at. A reader that has texts queued before it looks
 * them up (the SAX parser gives a few kilobytes at a time) can ask for both
 * lines early with pw_value_cache_prefetch(), so that the waits overlap.
 */

#define G_LOG_DOMAIN "pw-value"

#include "config.h"

#include "pw-value-cache.h"

#include "pw-value-private.h"

#include <string.h>

#define N_SETS 16384
#define MAX_CACHED_TEXT 32
#define INLINE_TEXT 19

typedef struct
{
  PwValue *value;
  guint32 hash;
  guint8 length;
  char text[INLINE_TEXT];  /* the first bytes of the text */
} Slot;

G_STATIC_ASSERT (sizeof (Slot) == 32);

struct _PwValueCache
{
  Slot *slots;  /* N_SETS sets of two, each set on one 64-byte line */
  PwValueFiller filler;  /* where the values made are carved */
};

/* Auxiliary methods */

static inline gboolean
slot_holds (const Slot *slot,
            guint32     hash,
            const char *text,
            gsize       length)
{
  if (slot->hash != hash || slot->length != length || slot->value == NULL)
    return FALSE;
  if (length <= INLINE_TEXT)
    return memcmp (slot->text, text, length) == 0;
  return memcmp (slot->text, text, INLINE_TEXT) == 0 &&
         memcmp (pw_value_get_text (slot->value) + INLINE_TEXT, text + INLINE_TEXT,
                 length - INLINE_TEXT) == 0;
}

static inline Slot *
set_of (PwValueCache *self,
        guint32       hash)
{
  return &self->slots[2 * (hash % N_SETS)];
}

/* Public API */

/**
 * pw_value_cache_new:
 *
 * Returns: (transfer full): an empty cache, for one document
 */
PwValueCache *
pw_value_cache_new (void)
{
  PwValueCache *self = g_new0 (PwValueCache, 1);

  self->slots = g_aligned_alloc0 (2 * N_SETS, sizeof (Slot), 64);
  return self;
}

void
pw_value_cache_free (PwValueCache *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < 2 * N_SETS; i++)
    g_clear_pointer (&self->slots[i].value, pw_value_unref);
  g_aligned_free (self->slots);
  pw_value_filler_clear (&self->filler);
  g_free (self);
}

/**
 * pw_value_cache_hash:
 * @text: a text
 * @length: its length
 *
 * The hash of @text that a lookup computes (FNV-1a: values are short, and
 * most differ in their last characters), for a reader that asks for the
 * same text's memory early and looks it up later, with
 * pw_value_cache_prefetch_hashed() and pw_value_cache_lookup_hashed().
 *
 * Returns: the hash
 */
guint32
pw_value_cache_hash (const char *text,
                     gsize       length)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < length; i++)
    hash = (hash ^ (guchar) text[i]) * 16777619u;
  return hash;
}

/**
 * pw_value_cache_lookup:
 * @self: a cache
 * @text: a value as printed, valid UTF-8
 * @length: the length of @text, which ends with a NUL there
 *
 * The value printed as @text: the one an earlier lookup of the same text
 * gave, while the cache still holds it, else a new one.
 *
 * Returns: (transfer full): the value
 */
PwValue *
pw_value_cache_lookup (PwValueCache *self,
                       const char   *text,
                       gsize         length)
{
  return pw_value_cache_lookup_hashed (self, text, length, pw_value_cache_hash (text, length));
}

/**
 * pw_value_cache_lookup_hashed:
 * @self: a cache
 * @text: a value as printed, valid UTF-8
 * @length: the length of @text, which ends with a NUL there
 * @hash: pw_value_cache_hash() of @text
 *
 * As pw_value_cache_lookup(), with the hash of @text already computed.
 *
 * Returns: (transfer full): the value
 */
PwValue *
pw_value_cache_lookup_hashed (PwValueCache *self,
                              const char   *text,
                              gsize         length,
                              guint32       hash)
{
  Slot *set;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL && text[length] == '\0', NULL);

  if (length > MAX_CACHED_TEXT)
    return pw_value_new_filled (text, &self->filler);

  set = set_of (self, hash);

  if (slot_holds (&set[0], hash, text, length))
    return pw_value_ref (set[0].value);

  if (slot_holds (&set[1], hash, text, length))
    {
      Slot hit = set[1];

      set[1] = set[0];
      set[0] = hit;
      return pw_value_ref (hit.value);
    }

  g_clear_pointer (&set[1].value, pw_value_unref);
  set[1] = set[0];
  set[0].value = pw_value_new_filled (text, &self->filler);
  set[0].hash = hash;
  set[0].length = length;
  memcpy (set[0].text, text, MIN (length, INLINE_TEXT));
  return pw_value_ref (set[0].value);
}

/**
 * pw_value_cache_prefetch:
 * @self: a cache
 * @text: a text that may soon be looked up
 * @length: its length
 * @step: 0 to ask for the slot of @text, 1 (some time after 0) for the
 *   values that slot points at
 *
 * Asks the processor to bring into its caches what a lookup of @text will
 * read; changes nothing.
 */
void
pw_value_cache_prefetch (PwValueCache *self,
                         const char   *text,
                         gsize         length,
                         guint         step)
{
  pw_value_cache_prefetch_hashed (self, length, pw_value_cache_hash (text, length), step);
}

/**
 * pw_value_cache_prefetch_hashed:
 * @self: a cache
 * @length: the length of a text that may soon be looked up
 * @hash: its pw_value_cache_hash()
 * @step: as for pw_value_cache_prefetch()
 *
 * As pw_value_cache_prefetch(), with the hash of the text already computed.
 */
void
pw_value_cache_prefetch_hashed (PwValueCache *self,
                                gsize         length,
                                guint32       hash,
                                guint         step)
{
#if defined(__GNUC__)
  Slot *set;

  if (length > MAX_CACHED_TEXT)
    return;

  set = set_of (self, hash);
  if (step == 0)
    __builtin_prefetch (set, 1);
  else
    {
      if (set[0].value != NULL)
        __builtin_prefetch (set[0].value, 1);
      if (set[1].value != NULL)
        __builtin_prefetch (set[1].value, 1);
    }
#endif
}
