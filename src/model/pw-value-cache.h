/* pw-value-cache.h: the values of a document, parsed once and shared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-value.h"

G_BEGIN_DECLS

typedef struct _PwValueCache PwValueCache;

PwValueCache *pw_value_cache_new    (void);
void          pw_value_cache_free   (PwValueCache *self);
PwValue      *pw_value_cache_lookup (PwValueCache *self,
                                     const char   *text,
                                     gsize         length);
void          pw_value_cache_prefetch (PwValueCache *self,
                                       const char   *text,
                                       gsize         length,
                                       guint         step);
guint32       pw_value_cache_hash   (const char   *text,
                                     gsize         length);
PwValue      *pw_value_cache_lookup_hashed (PwValueCache *self,
                                            const char   *text,
                                            gsize         length,
                                            guint32       hash);
void          pw_value_cache_prefetch_hashed (PwValueCache *self,
                                              gsize         length,
                                              guint32       hash,
                                              guint         step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwValueCache, pw_value_cache_free)

G_END_DECLS
