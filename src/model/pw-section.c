/* pw-section.c: a section of a chapter (第X节 / (一))
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text holds the section's paragraphs, one per line.
 */

#define G_LOG_DOMAIN "pw-section"

#include "config.h"

#include "pw-section.h"


struct _PwSection
{
  PwHeading parent_instance;
};

G_DEFINE_FINAL_TYPE (PwSection, pw_section, PW_TYPE_HEADING)

/* GObject overrides */

static void
pw_section_class_init (PwSectionClass *klass)
{
}

static void
pw_section_init (PwSection *self)
{
}

/* Public API */

PwSection *
pw_section_new (void)
{
  return g_object_new (PW_TYPE_SECTION, NULL);
}

/* pw_section_get_number(), _set_number(), _get_title(), _set_title(),
 * _get_text() (the paragraphs, one per line) and _set_text() */
PW_DEFINE_HEADING_ACCESSORS (pw_section, PwSection)
