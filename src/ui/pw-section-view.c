/* pw-section-view.c: one section of a chapter: its heading and its prose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heading is the section's number as the plan prints it (第一节 or (一))
 * and its title, editable; below it the section's paragraphs. Both follow
 * the model.
 */

#define G_LOG_DOMAIN "pw-section-view"

#include "config.h"

#include "pw-section-view.h"

#include <glib/gi18n.h>

#include "pw-heading-number.h"
#include "pw-outline.h"
#include "pw-property-entry.h"
#include "pw-prose-view.h"

struct _PwSectionView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *layout;
  GtkLabel *number_label;
  PwPropertyEntry *title_entry;
  PwProseView *text_view;

  /* Owned */
  PwSection *section;

  PwHeadingStyle style;
  gboolean editable;
};

G_DEFINE_FINAL_TYPE (PwSectionView, pw_section_view, GTK_TYPE_WIDGET)

/* Auxiliary methods */

static void
update_number (PwSectionView *self)
{
  g_autofree char *number = NULL;
  g_autofree char *title_label = NULL;
  g_autofree char *text_label = NULL;

  if (self->section == NULL)
    return;

  number = pw_heading_number (self->style, TRUE, pw_section_get_number (self->section));
  gtk_label_set_label (self->number_label, number);

  /* Translators: the accessible name of a section's title, e.g. "Title of section 第一节" */
  title_label = g_strdup_printf (_("Title of section %s"), number);
  /* Translators: the accessible name of a section's prose, e.g. "Text of section 第一节" */
  text_label = g_strdup_printf (_("Text of section %s"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL, text_label, -1);
}

static void
update_editable (PwSectionView *self)
{
  pw_property_entry_set_locked (self->title_entry, !self->editable);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->text_view), self->editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->text_view), self->editable);
  pw_prose_view_set_placeholder (self->text_view,
                                 self->editable ? _("Type the text of the section, one paragraph per line.")
                                                : _("The section has no text."));
}

/* GObject overrides */

static void
pw_section_view_dispose (GObject *object)
{
  PwSectionView *self = (PwSectionView *) object;

  pw_section_view_commit (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_SECTION_VIEW);
  g_clear_object (&self->section);

  G_OBJECT_CLASS (pw_section_view_parent_class)->dispose (object);
}

static void
pw_section_view_class_init (PwSectionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_section_view_dispose;

  g_type_ensure (PW_TYPE_PROPERTY_ENTRY);
  g_type_ensure (PW_TYPE_PROSE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-section-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PwSectionView, layout);
  gtk_widget_class_bind_template_child (widget_class, PwSectionView, number_label);
  gtk_widget_class_bind_template_child (widget_class, PwSectionView, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PwSectionView, text_view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwsectionview");
}

static void
pw_section_view_init (PwSectionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->editable = TRUE;
  update_editable (self);
}

/* Public API */

GtkWidget *
pw_section_view_new (void)
{
  return g_object_new (PW_TYPE_SECTION_VIEW, NULL);
}

/**
 * pw_section_view_get_section:
 * @self: a section view
 *
 * Returns: (transfer none) (nullable): the section shown
 */
PwSection *
pw_section_view_get_section (PwSectionView *self)
{
  g_return_val_if_fail (PW_IS_SECTION_VIEW (self), NULL);

  return self->section;
}

void
pw_section_view_set_section (PwSectionView *self,
                             PwSection     *section)
{
  g_return_if_fail (PW_IS_SECTION_VIEW (self));
  g_return_if_fail (section == NULL || PW_IS_SECTION (section));

  if (self->section == section)
    return;

  if (self->section != NULL)
    g_signal_handlers_disconnect_by_func (self->section, update_number, self);
  g_set_object (&self->section, section);
  if (section != NULL)
    g_signal_connect_object (section, "notify::number", G_CALLBACK (update_number), self, G_CONNECT_SWAPPED);

  pw_property_entry_bind (self->title_entry, G_OBJECT (section), "title", _("Edit Section Title"));
  /* the heading's context menu edits the outline, as the sidebar's does */
  {
    const char *id = section != NULL ? pw_object_get_id (PW_OBJECT (section)) : NULL;
    g_autoptr(GMenuModel) menu = id != NULL ? pw_outline_menu_for (id) : NULL;

    gtk_entry_set_extra_menu (GTK_ENTRY (self->title_entry), menu);
  }
  pw_prose_view_bind (self->text_view, G_OBJECT (section), "text", _("Edit Section Text"));
  update_number (self);
}

void
pw_section_view_set_heading_style (PwSectionView  *self,
                                   PwHeadingStyle  style)
{
  g_return_if_fail (PW_IS_SECTION_VIEW (self));

  if (self->style == style)
    return;

  self->style = style;
  update_number (self);
}

void
pw_section_view_set_editable (PwSectionView *self,
                              gboolean       editable)
{
  g_return_if_fail (PW_IS_SECTION_VIEW (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  if (!editable)
    pw_section_view_commit (self);
  self->editable = editable;
  update_editable (self);
}

/**
 * pw_section_view_commit:
 * @self: a section view
 *
 * Stores whatever was typed and not yet stored.
 *
 * Returns: %FALSE if a text was refused (its entry shows why)
 */
gboolean
pw_section_view_commit (PwSectionView *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (PW_IS_SECTION_VIEW (self), TRUE);

  if (self->title_entry != NULL)
    ok = pw_property_entry_commit (self->title_entry);
  if (self->text_view != NULL)
    pw_prose_view_commit (self->text_view);
  return ok;
}
