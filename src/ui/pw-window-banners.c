/* pw-window-banners.c: the banners over a window's pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One says what the window is for (review, a file that cannot be written, the
 * sample); the other what an import found, until it is closed.
 */

#define G_LOG_DOMAIN "pw-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-window-private.h"


/* Auxiliary methods */

void
pw_window_update_banner (PwWindow *self)
{
  const char *text = NULL;

  if (self->plan == NULL)
    text = NULL;
  else if (self->read_only && self->not_writable)
    text = _("Review: the plan cannot be changed here, but you can comment on it. The file cannot be written: comments are saved into a copy.");
  else if (self->read_only)
    text = _("Review: the plan cannot be changed here, but you can comment on it; saving keeps only your comments.");
  else if (self->not_writable)
    text = _("You cannot change this file: it is read-only. You can comment on it and save your comments into a copy, or edit a copy.");
  else if (pw_plan_get_sample (self->plan))
    text = _("This is a sample plan: its actual values and project details are illustrative, not real data.");

  gtk_label_set_label (self->banner_label, text);
  gtk_revealer_set_reveal_child (self->banner_revealer, text != NULL);
  gtk_widget_set_visible (self->edit_copy_button, self->plan != NULL && pw_window_get_read_only (self));
}

/* Appends a count and frees it. */
static void
append_count (GString *out,
              char    *count)
{
  if (out->len > 0)
    g_string_append (out, " · ");
  g_string_append (out, count);
  g_free (count);
}

/* After an import: what was found, e.g. 13 章 · 37 节 · 31 项指标 · 6 个专栏
 * · 21 个项目 · 7 处需核对. */
void
pw_window_show_import_banner (PwWindow *self)
{
  GListModel *chapters = pw_plan_get_chapters (self->plan);
  guint n_parts = g_list_model_get_n_items (pw_plan_get_parts (self->plan));
  guint n_chapters = g_list_model_get_n_items (chapters);
  guint n_sections = 0, n_boxes = 0, n_projects = 0;
  guint n_indicators = g_list_model_get_n_items (pw_plan_get_indicators (self->plan));
  guint n_findings = self->findings != NULL ? g_list_model_get_n_items (pw_findings_get_list (self->findings)) : 0;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);
      GListModel *boxes = pw_chapter_get_boxes (chapter);

      n_sections += g_list_model_get_n_items (pw_chapter_get_sections (chapter));
      n_boxes += g_list_model_get_n_items (boxes);
      for (guint j = 0; j < g_list_model_get_n_items (boxes); j++)
        {
          g_autoptr(PwBox) box = g_list_model_get_item (boxes, j);
          n_projects += g_list_model_get_n_items (pw_box_get_projects (box));
        }
    }

  if (n_parts > 0)
    append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u part", "%'u parts", n_parts), n_parts));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u chapter", "%'u chapters", n_chapters), n_chapters));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u section", "%'u sections", n_sections), n_sections));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u indicator", "%'u indicators", n_indicators), n_indicators));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u box", "%'u boxes", n_boxes), n_boxes));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u project", "%'u projects", n_projects), n_projects));
  append_count (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u finding to check",
                                                   "%'u findings to check", n_findings), n_findings));

  gtk_label_set_label (self->import_label, text->str);
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);
}

void
pw_window_import_banner_closed_cb (PwWindow *self)
{
  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
}
