/* pw-style.c: the application's look, and the status colours in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The style sheet of the resources, and one CSS class a status of
 * progress, coloured from the charts' palette so that the grid, the
 * overview, the charts and the printed report agree.
 */

#define G_LOG_DOMAIN "pw-style"

#include "config.h"

#include "pw-style.h"

#include "pw-chart.h"
#include "pw-enums.h"

/* Public API */

/**
 * pw_status_css_class:
 * @status: a status of progress
 *
 * Returns: (transfer none): its CSS class, e.g. pw-status-off-track, which
 *   the style sheet colours as the charts draw it
 */
const char *
pw_status_css_class (PwStatus status)
{
  static const char *classes[PW_N_STATUSES];

  g_return_val_if_fail ((guint) status < PW_N_STATUSES, NULL);

  if (classes[status] == NULL)
    {
      g_autofree char *name = g_strconcat ("pw-status-", pw_enum_to_nick (PW_TYPE_STATUS, status), NULL);

      classes[status] = g_intern_string (name);
    }
  return classes[status];
}

/**
 * pw_style_load:
 *
 * Loads the application's style sheet, once for the display: the first
 * window does, so that the look is the same with or without the
 * application around (tests, tools).
 */
void
pw_style_load (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) css = NULL;
  g_autoptr(GtkCssProvider) palette = NULL;
  GString *rules;

  if (loaded)
    return;
  loaded = TRUE;

  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/planworkbench/PlanWorkbench/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  /* The colours of the statuses come from the charts' palette, so that the
   * grid, the overview and the charts agree. */
  rules = g_string_new (NULL);
  for (PwStatus status = 0; status < PW_N_STATUSES; status++)
    {
      double ink[3];

      pw_chart_status_ink (status, ink);
      g_string_append_printf (rules, ".%s { color: rgb(%d,%d,%d); }\n",
                              pw_status_css_class (status),
                              (int) (ink[0] * 255 + 0.5), (int) (ink[1] * 255 + 0.5), (int) (ink[2] * 255 + 0.5));
    }
  palette = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (palette, rules->str, rules->len);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (palette),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_string_free (rules, TRUE);
}

/**
 * pw_tooltip_label_new:
 * @text: the text of a tooltip
 *
 * A label for a tooltip that asks for its text on one line, and wraps only
 * beyond sixty characters. GTK 4.8's own label of a tooltip asks for the
 * width of its wrapped text, and Chinese may break after any character: a
 * heading of sixteen characters came on two lines of eight.
 *
 * Returns: (transfer floating): the label
 */
GtkWidget *
pw_tooltip_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/**
 * pw_tooltip_show_text:
 * @tooltip: the tooltip of a "query-tooltip" handler
 * @text: (nullable): its text
 *
 * Sets @text as the tooltip's when there is any, as a "query-tooltip"
 * handler of a cell or row too narrow for its text does, in a label of
 * pw_tooltip_label_new().
 *
 * Returns: what the handler returns: whether the tooltip shows
 */
gboolean
pw_tooltip_show_text (GtkTooltip *tooltip,
                      const char *text)
{
  g_return_val_if_fail (GTK_IS_TOOLTIP (tooltip), FALSE);

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_custom (tooltip, pw_tooltip_label_new (text));
  return TRUE;
}
