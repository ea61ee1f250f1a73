/* pw-outline-entry.c: a fixed entry at the top of the outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The overview, the indicators and the charts: an item of the outline's
 * tree (pw-outline.c) that is a page of the window, not an object of the
 * plan, with the icon its row shows.
 */

#define G_LOG_DOMAIN "pw-outline"

#include "config.h"

#include "pw-outline-entry.h"

struct _PwOutlineEntry
{
  GObject parent_instance;

  PwPage page;
  const char *icon_name;  /* static */
};

G_DEFINE_FINAL_TYPE (PwOutlineEntry, pw_outline_entry, G_TYPE_OBJECT)

/* GObject overrides */

static void
pw_outline_entry_class_init (PwOutlineEntryClass *klass)
{
}

static void
pw_outline_entry_init (PwOutlineEntry *self)
{
}

/* Public API */

/**
 * pw_outline_entry_new:
 * @page: the page of the window it shows
 * @icon_name: (not nullable): a static string, the name of its icon
 *
 * Returns: (transfer full): a new entry
 */
PwOutlineEntry *
pw_outline_entry_new (PwPage      page,
                      const char *icon_name)
{
  PwOutlineEntry *self = g_object_new (PW_TYPE_OUTLINE_ENTRY, NULL);

  self->page = page;
  self->icon_name = icon_name;
  return self;
}

PwPage
pw_outline_entry_get_page (PwOutlineEntry *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_ENTRY (self), PW_PAGE_OVERVIEW);

  return self->page;
}

const char *
pw_outline_entry_get_icon_name (PwOutlineEntry *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_ENTRY (self), NULL);

  return self->icon_name;
}
