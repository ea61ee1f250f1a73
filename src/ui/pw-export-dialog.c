/* pw-export-dialog.c: the choices of a chart's export, then the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports one chart, as the Charts page shows it (the window passes the
 * kind and the options): the format, the size of the page (presets for A4
 * either way and for a screen, or any size), the scale of a PNG and, for a
 * PNG or an SVG of a chart that takes several pages at that size, the page.
 * A PDF holds every page; a PNG or an SVG can instead hold the whole chart
 * at the width chosen, as tall as it needs. "Export…" then asks for the file, with the
 * format's extension, and writes it with pw_chart_export(): the command
 * line's code. An error is shown in a dialog over the window.
 *
 * Sizes are in points (1/72 inch) for SVG and PDF, and in pixels at 1× for
 * PNG, as pw_chart_export() takes them.
 */

#define G_LOG_DOMAIN "pw-export-dialog"

#include "config.h"

#include "pw-export-dialog.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pw-heading-number.h"
#include "pw-printout.h"

#define MM_PER_POINT (25.4 / 72.0)

static const struct
{
  double width;
  double height;
} presets[] = {
  { PW_PRINTOUT_A4_HEIGHT, PW_PRINTOUT_A4_WIDTH }, /* A4 landscape */
  { PW_PRINTOUT_A4_WIDTH, PW_PRINTOUT_A4_HEIGHT }, /* A4 portrait */
  { 1600, 1000 },                                  /* a screen */
};

#define PRESET_CUSTOM G_N_ELEMENTS (presets)

static const struct
{
  const char *extension;
  const char *mime_type;
} formats[] = {
  [PW_CHART_FORMAT_PNG] = { "png", "image/png" },
  [PW_CHART_FORMAT_SVG] = { "svg", "image/svg+xml" },
  [PW_CHART_FORMAT_PDF] = { "pdf", "application/pdf" },
};

struct _PwExportDialog
{
  PwExportBase parent_instance;

  /* Template widgets */
  GtkLabel *chart_label;
  GtkLabel *hint_label;
  GtkDropDown *format_dropdown;
  GtkDropDown *size_dropdown;
  GtkSpinButton *width_spin;
  GtkSpinButton *height_spin;
  GtkLabel *unit_label;
  GtkWidget *scale_label;
  GtkDropDown *scale_dropdown;
  GtkCheckButton *whole_check;
  GtkWidget *page_label;
  GtkWidget *page_box;
  GtkSpinButton *page_spin;
  GtkLabel *page_count_label;
  GtkLabel *summary_label;

  /* Owned */
  char *domain;
  char *chapter_id;
  char *indicator_id;
  char *chart_text;     /* the chart and what it covers */
  char *scope_text;     /* what it covers, for the file's name; NULL for the whole plan */

  /* Borrowed */
  PwPlan *plan;         /* pw_export_base_get_plan() */

  PwChartKind kind;
  double width;         /* exact, where the spin buttons round */
  double height;
  guint n_pages;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (PwExportDialog, pw_export_dialog, PW_TYPE_EXPORT_BASE)

/* Auxiliary methods */

static void
get_options (PwExportDialog *self,
             PwChartOptions *options)
{
  *options = (PwChartOptions){
    .domain = self->domain,
    .chapter_id = self->chapter_id,
    .indicator_id = self->indicator_id,
    .page = pw_export_dialog_get_page (self),
  };
}

/* One image of the whole chart: a PNG or an SVG as tall as the chart. */
static gboolean
whole_chart (PwExportDialog *self)
{
  return gtk_check_button_get_active (self->whole_check) &&
         pw_export_dialog_get_format (self) != PW_CHART_FORMAT_PDF;
}

/* The height of the file's page: the size chosen, or the chart's height at
 * its width for the whole chart. */
static double
export_height (PwExportDialog *self)
{
  PwChartOptions options;

  if (!whole_chart (self))
    return self->height;
  get_options (self, &options);
  return ceil (pw_chart_get_natural_height (self->kind, self->plan, &options, self->width));
}

/* The chart and what it covers, in words, as the chart's title has them. */
static void
describe_chart (PwExportDialog *self)
{
  const char *label = pw_chart_kind_to_label (self->kind);

  g_clear_pointer (&self->scope_text, g_free);
  if (self->kind == PW_CHART_TREND)
    {
      PwChartOptions options;
      PwIndicator *indicator;

      get_options (self, &options);
      indicator = pw_chart_trend_find_indicator (self->plan, &options);
      if (indicator != NULL)
        self->scope_text = g_strdup (pw_indicator_get_name (indicator));
    }
  else if (self->domain != NULL)
    self->scope_text = g_strdup (self->domain);
  else if (self->chapter_id != NULL)
    {
      PwChapter *chapter = pw_plan_find_chapter (self->plan, self->chapter_id);

      if (chapter != NULL)
        self->scope_text = pw_heading_text (pw_plan_get_heading_style (self->plan), FALSE,
                                            pw_chapter_get_number (chapter),
                                            pw_chapter_get_title (chapter));
    }

  g_free (self->chart_text);
  if (self->scope_text != NULL)
    /* Translators: a chart's name and what it covers, e.g. "指标进度：幼儿照护" */
    self->chart_text = g_strdup_printf (C_("chart title", "%s: %s"), label, self->scope_text);
  else if (self->kind == PW_CHART_TREND)
    self->chart_text = g_strdup (label);
  else
    /* Translators: the chart exported covers the whole plan, e.g. "指标进度：整个规划" */
    self->chart_text = g_strdup_printf (C_("chart title", "%s: %s"), label, _("whole plan"));
  gtk_label_set_label (self->chart_label, self->chart_text);
}

static void
set_spin (GtkSpinButton *spin,
          double         value)
{
  if (round (gtk_spin_button_get_value (spin)) != round (value))
    gtk_spin_button_set_value (spin, round (value));
}

static guint
matching_preset (double width,
                 double height)
{
  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (fabs (presets[i].width - width) < 0.5 && fabs (presets[i].height - height) < 0.5)
      return i;
  return PRESET_CUSTOM;
}

/* Everything that follows from the format and the size: which rows show,
 * the unit, the pages, and a line on what the file will be. */
static void
update (PwExportDialog *self)
{
  PwChartFormat format = pw_export_dialog_get_format (self);
  PwChartOptions options;
  g_autofree char *summary = NULL;
  g_autofree char *of = NULL;
  gboolean whole = whole_chart (self);
  gboolean pages;
  double height;
  guint preset;
  guint page;

  self->updating = TRUE;
  set_spin (self->width_spin, self->width);
  set_spin (self->height_spin, self->height);
  preset = matching_preset (self->width, self->height);
  if (gtk_drop_down_get_selected (self->size_dropdown) != preset)
    gtk_drop_down_set_selected (self->size_dropdown, preset);

  get_options (self, &options);
  self->n_pages =
    MAX (1, pw_chart_get_n_pages (self->kind, self->plan, &options, self->width, self->height));
  gtk_spin_button_set_range (self->page_spin, 1, self->n_pages);
  page = pw_export_dialog_get_page (self);
  self->updating = FALSE;
  height = export_height (self);
  /* a PNG or an SVG of one page of several */
  pages = format != PW_CHART_FORMAT_PDF && self->n_pages > 1 && !whole;

  gtk_widget_set_visible (self->scale_label, format == PW_CHART_FORMAT_PNG);
  gtk_widget_set_visible (GTK_WIDGET (self->scale_dropdown), format == PW_CHART_FORMAT_PNG);
  gtk_widget_set_visible (GTK_WIDGET (self->whole_check),
                          format != PW_CHART_FORMAT_PDF && (self->n_pages > 1 || whole));
  gtk_widget_set_sensitive (GTK_WIDGET (self->height_spin), !whole);
  gtk_widget_set_visible (self->page_label, pages);
  gtk_widget_set_visible (self->page_box, pages);
  /* Translators: after the page number of an exported chart, e.g. "of 3" */
  of = g_strdup_printf (_("of %u"), self->n_pages);
  gtk_label_set_label (self->page_count_label, of);
  gtk_label_set_label (self->unit_label,
                       format == PW_CHART_FORMAT_PNG ? _("pixels at 1×") : _("points (1/72 inch)"));

  switch (format)
    {
    case PW_CHART_FORMAT_PNG:
      {
        double scale = pw_export_dialog_get_scale (self);

        summary = g_strdup_printf (_("An image of %.0f × %.0f pixels."), ceil (self->width * scale),
                                   ceil (height * scale));
      }
      break;
    case PW_CHART_FORMAT_SVG:
      summary = g_strdup_printf (_("A drawing of %.0f × %.0f mm."), self->width * MM_PER_POINT,
                                 height * MM_PER_POINT);
      break;
    case PW_CHART_FORMAT_PDF:
    default:
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "A document of %u page of %.0f × %.0f mm.",
                                              "A document of %u pages of %.0f × %.0f mm.",
                                              self->n_pages),
                                 self->n_pages, self->width * MM_PER_POINT,
                                 self->height * MM_PER_POINT);
      break;
    }

  if (pages)
    {
      g_autofree char *taken = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE,
                       "At this size the chart takes %u page; this file holds page %u. "
                       "A PDF holds them all.",
                       "At this size the chart takes %u pages; this file holds page %u. "
                       "A PDF holds them all.",
                       self->n_pages),
          self->n_pages, page + 1);
      /* Translators: two sentences one after the other: no space between them in Chinese */
      g_autofree char *both = g_strdup_printf (C_("sentences", "%s %s"), summary, taken);

      g_free (summary);
      summary = g_steal_pointer (&both);
    }
  gtk_label_set_label (self->summary_label, summary);
}

/* Callbacks */

static void
format_selected_cb (PwExportDialog *self)
{
  if (!self->updating)
    update (self);
}

static void
size_selected_cb (PwExportDialog *self)
{
  guint preset = gtk_drop_down_get_selected (self->size_dropdown);

  if (self->updating || preset >= PRESET_CUSTOM)
    return;
  self->width = presets[preset].width;
  self->height = presets[preset].height;
  update (self);
}

static void
size_changed_cb (PwExportDialog *self)
{
  if (self->updating)
    return;
  self->width = gtk_spin_button_get_value (self->width_spin);
  self->height = gtk_spin_button_get_value (self->height_spin);
  update (self);
}

static void
scale_selected_cb (PwExportDialog *self)
{
  if (!self->updating)
    update (self);
}

static void
whole_toggled_cb (PwExportDialog *self)
{
  if (!self->updating)
    update (self);
}

static void
page_changed_cb (PwExportDialog *self)
{
  if (!self->updating)
    update (self);
}

/* PwExportBase overrides */

static void
choose_file (PwExportBase *base)
{
  PwExportDialog *self = PW_EXPORT_DIALOG (base);
  PwChartFormat format = pw_export_dialog_get_format (self);
  g_autofree char *name = pw_export_dialog_get_file_name (self);
  g_autofree char *pattern = g_strconcat ("*.", formats[format].extension, NULL);
  const char *filter_names[] = {
    [PW_CHART_FORMAT_PNG] = _("PNG images"),
    [PW_CHART_FORMAT_SVG] = _("SVG drawings"),
    [PW_CHART_FORMAT_PDF] = _("PDF documents"),
  };

  pw_export_base_choose_file (base, _("Export Chart"), GTK_FILE_CHOOSER_ACTION_SAVE,
                              filter_names[format], pattern, formats[format].mime_type, name);
}

static gboolean
export (PwExportBase  *base,
        GFile         *file,
        GError       **error)
{
  return pw_export_dialog_export (PW_EXPORT_DIALOG (base), file, error);
}

static char *
failure_message (PwExportBase *base,
                 const char   *name)
{
  return g_strdup_printf (_("Could not export the chart to “%s”"), name);
}

/* GObject overrides */

static void
pw_export_dialog_dispose (GObject *object)
{
  PwExportDialog *self = (PwExportDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_EXPORT_DIALOG);

  g_clear_pointer (&self->domain, g_free);
  g_clear_pointer (&self->chapter_id, g_free);
  g_clear_pointer (&self->indicator_id, g_free);
  g_clear_pointer (&self->chart_text, g_free);
  g_clear_pointer (&self->scope_text, g_free);

  G_OBJECT_CLASS (pw_export_dialog_parent_class)->dispose (object);
}

static void
pw_export_dialog_class_init (PwExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PwExportBaseClass *export_class = PW_EXPORT_BASE_CLASS (klass);

  object_class->dispose = pw_export_dialog_dispose;
  export_class->choose_file = choose_file;
  export_class->export = export;
  export_class->failure_message = failure_message;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, chart_label);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, size_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, unit_label);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, scale_label);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, scale_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, whole_check);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, page_label);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, page_box);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, page_spin);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, page_count_label);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, format_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, size_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, size_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scale_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, whole_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
}

static void
pw_export_dialog_init (PwExportDialog *self)
{
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;

  self->width = presets[0].width;
  self->height = presets[0].height;
  self->n_pages = 1;
}

/* Public API */

/**
 * pw_export_dialog_new:
 * @parent: the window the chart is exported from
 * @plan: the plan
 * @kind: the chart
 * @options: (nullable): what it covers; its page is not used
 *
 * Returns: (transfer none): a dialog, owned by GTK until it is destroyed
 */
PwExportDialog *
pw_export_dialog_new (GtkWindow            *parent,
                      PwPlan               *plan,
                      PwChartKind           kind,
                      const PwChartOptions *options)
{
  PwExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail ((guint) kind < PW_CHART_N_KINDS, NULL);

  self = g_object_new (PW_TYPE_EXPORT_DIALOG, "use-header-bar", TRUE, "transient-for", parent,
                       "destroy-with-parent", TRUE, "plan", plan, NULL);
  self->plan = plan;
  self->kind = kind;
  if (options != NULL)
    {
      self->domain = g_strdup (options->domain);
      self->chapter_id = g_strdup (options->chapter_id);
      self->indicator_id = g_strdup (options->indicator_id);
    }

  describe_chart (self);
  update (self);
  return self;
}

PwChartFormat
pw_export_dialog_get_format (PwExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), PW_CHART_FORMAT_PNG);

  selected = gtk_drop_down_get_selected (self->format_dropdown);
  return selected <= PW_CHART_FORMAT_PDF ? (PwChartFormat) selected : PW_CHART_FORMAT_PNG;
}

void
pw_export_dialog_set_format (PwExportDialog *self,
                             PwChartFormat   format)
{
  g_return_if_fail (PW_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format <= PW_CHART_FORMAT_PDF);

  gtk_drop_down_set_selected (self->format_dropdown, format);
}

/**
 * pw_export_dialog_get_size:
 * @self: an export dialog
 * @width: (out) (optional): in points, or pixels at 1× for a PNG
 * @height: (out) (optional): likewise
 */
void
pw_export_dialog_get_size (PwExportDialog *self,
                           double         *width,
                           double         *height)
{
  g_return_if_fail (PW_IS_EXPORT_DIALOG (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

void
pw_export_dialog_set_size (PwExportDialog *self,
                           double          width,
                           double          height)
{
  g_return_if_fail (PW_IS_EXPORT_DIALOG (self));
  g_return_if_fail (width >= 1 && height >= 1);

  self->width = width;
  self->height = height;
  update (self);
}

/**
 * pw_export_dialog_get_scale:
 * @self: an export dialog
 *
 * Returns: the pixels per unit of a PNG: 1 or 2
 */
double
pw_export_dialog_get_scale (PwExportDialog *self)
{
  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), 1);

  return gtk_drop_down_get_selected (self->scale_dropdown) == 1 ? 2 : 1;
}

void
pw_export_dialog_set_scale (PwExportDialog *self,
                            double          scale)
{
  g_return_if_fail (PW_IS_EXPORT_DIALOG (self));
  g_return_if_fail (scale == 1 || scale == 2);

  gtk_drop_down_set_selected (self->scale_dropdown, scale == 2 ? 1 : 0);
}

/**
 * pw_export_dialog_get_whole_chart:
 * @self: an export dialog
 *
 * Returns: whether a PNG or an SVG holds the whole chart at the width
 *   chosen, as tall as it needs, rather than one page of it
 */
gboolean
pw_export_dialog_get_whole_chart (PwExportDialog *self)
{
  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), FALSE);

  return gtk_check_button_get_active (self->whole_check);
}

void
pw_export_dialog_set_whole_chart (PwExportDialog *self,
                                  gboolean        whole_chart)
{
  g_return_if_fail (PW_IS_EXPORT_DIALOG (self));

  gtk_check_button_set_active (self->whole_check, whole_chart);
}

/**
 * pw_export_dialog_get_n_pages:
 * @self: an export dialog
 *
 * Returns: how many pages the chart takes at the size chosen; a PDF holds
 *   them all
 */
guint
pw_export_dialog_get_n_pages (PwExportDialog *self)
{
  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), 1);

  return self->n_pages;
}

/**
 * pw_export_dialog_get_page:
 * @self: an export dialog
 *
 * Returns: the page a PNG or an SVG holds, from 0
 */
guint
pw_export_dialog_get_page (PwExportDialog *self)
{
  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), 0);

  return (guint) MAX (gtk_spin_button_get_value_as_int (self->page_spin) - 1, 0);
}

void
pw_export_dialog_set_page (PwExportDialog *self,
                           guint           page)
{
  g_return_if_fail (PW_IS_EXPORT_DIALOG (self));
  g_return_if_fail (page < self->n_pages);

  gtk_spin_button_set_value (self->page_spin, page + 1);
}

/**
 * pw_export_dialog_get_chart_label:
 * @self: an export dialog
 *
 * Returns: the chart exported and what it covers, as the dialog shows it
 */
const char *
pw_export_dialog_get_chart_label (PwExportDialog *self)
{
  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), NULL);

  return self->chart_text;
}

/**
 * pw_export_dialog_get_file_name:
 * @self: an export dialog
 *
 * Returns: (transfer full): the name the file chooser suggests: the plan,
 *   the chart and what it covers, with the format's extension
 */
char *
pw_export_dialog_get_file_name (PwExportDialog *self)
{
  g_autoptr(GString) name = g_string_new (NULL);
  const char *title;

  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), NULL);

  title = pw_plan_get_title (self->plan);
  if (title != NULL && *title != '\0')
    g_string_append_printf (name, "%s-", title);
  g_string_append (name, pw_chart_kind_to_label (self->kind));
  if (self->scope_text != NULL)
    g_string_append_printf (name, "-%s", self->scope_text);
  g_strdelimit (name->str, "/\\:", '-');
  g_string_append_printf (name, ".%s", formats[pw_export_dialog_get_format (self)].extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * pw_export_dialog_export:
 * @self: an export dialog
 * @file: the file to write
 * @error: return location for an error
 *
 * Writes the chart with the choices of the dialog, without asking for a
 * file: what "Export…" does once the file is chosen.
 *
 * Returns: whether the file was written
 */
gboolean
pw_export_dialog_export (PwExportDialog  *self,
                         GFile           *file,
                         GError         **error)
{
  PwChartOptions options;

  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  get_options (self, &options);
  if (whole_chart (self))
    options.page = 0;
  return pw_chart_export (self->kind, self->plan, &options, pw_export_dialog_get_format (self),
                          self->width, export_height (self), pw_export_dialog_get_scale (self),
                          file, error);
}
