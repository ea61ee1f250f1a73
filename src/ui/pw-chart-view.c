/* pw-chart-view.c: a chart in a scrolled window, drawn as far as it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart layer lays a chart out once for the width of the view, on one
 * page as tall as the chart needs (pw_chart_layout_new_natural()); the view
 * keeps that layout and, being GtkScrollable, is only ever as large as the
 * window shows. Each frame is then one Cairo node the size of the view,
 * translated to the scroll position, on which the layout draws only the
 * rows the clip leaves visible. A chart of 100,000 indicators (millions of
 * pixels tall, far beyond the largest surface Cairo or a GL texture can
 * hold) thus costs per frame what a screenful of rows costs, and the layout
 * is worked out again only when the width, the plan or the choice changes.
 *
 * Narrower than the chart's least width, the view scrolls sideways too.
 */

#define G_LOG_DOMAIN "pw-chart-view"

#include "config.h"

#include "pw-chart-view.h"

#include <math.h>

/* The least width a chart is drawn at; narrower, the view scrolls. */
#define MIN_CHART_WIDTH 640
#define NATURAL_HEIGHT 400

/* Half the height of the band around the pointer in which a tooltip stays
 * put; leaving it shows the tooltip again at the pointer. */
#define TIP_BAND 10

struct _PwChartView
{
  GtkWidget parent_instance;

  /* Owned */
  PwPlan *plan;
  PwChartOptions options;  /* its strings owned */
  PwChartLayout *layout;   /* at layout_width; NULL when stale */
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;

  PwChartKind kind;
  int layout_width;
  guint hscroll_policy : 1;
  guint vscroll_policy : 1;
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE_WITH_CODE (PwChartView, pw_chart_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* Auxiliary methods */

static void
clear_options (PwChartOptions *options)
{
  g_free ((char *) options->domain);
  g_free ((char *) options->chapter_id);
  g_free ((char *) options->indicator_id);
  *options = (PwChartOptions){ 0 };
}

static int
chart_width (PwChartView *self)
{
  return MAX (gtk_widget_get_width (GTK_WIDGET (self)), MIN_CHART_WIDTH);
}

/* The layout at a width, made when missing; the last one is kept, as the
 * scrolled window measures the view at the width it then allocates. */
static PwChartLayout *
layout_for_width (PwChartView *self,
                  int          width)
{
  width = MAX (width, MIN_CHART_WIDTH);
  if (self->plan == NULL)
    return NULL;
  if (self->layout != NULL && self->layout_width == width)
    return self->layout;

  g_clear_pointer (&self->layout, pw_chart_layout_free);
  self->layout = pw_chart_layout_new_natural (self->kind, self->plan, &self->options, width);
  self->layout_width = width;
  return self->layout;
}

/* The layout at the width the chart is drawn at now. */
static PwChartLayout *
ensure_layout (PwChartView *self)
{
  return layout_for_width (self, chart_width (self));
}

static void
configure_adjustments (PwChartView *self)
{
  PwChartLayout *layout = ensure_layout (self);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double chart_w = layout != NULL ? pw_chart_layout_get_width (layout) : width;
  double chart_h = layout != NULL ? pw_chart_layout_get_height (layout) : height;

  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              CLAMP (gtk_adjustment_get_value (self->hadjustment), 0,
                                     MAX (chart_w - width, 0)),
                              0, MAX (chart_w, width), width * 0.1, width * 0.9, width);
  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (gtk_adjustment_get_value (self->vadjustment), 0,
                                     MAX (chart_h - height, 0)),
                              0, MAX (chart_h, height), height * 0.1, height * 0.9, height);
}

static double
adjustment_value (GtkAdjustment *adjustment)
{
  return adjustment != NULL ? round (gtk_adjustment_get_value (adjustment)) : 0;
}

static void
set_adjustment (PwChartView    *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot == adjustment && adjustment != NULL)
    return;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, gtk_widget_queue_draw, self);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  g_set_object (slot, g_object_ref_sink (adjustment));
  g_object_unref (adjustment);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self,
                           G_CONNECT_SWAPPED);
  configure_adjustments (self);
}

/* Callbacks */

static gboolean
query_tooltip_cb (PwChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard_mode,
                  GtkTooltip  *tooltip)
{
  double dx = adjustment_value (self->hadjustment), dy = adjustment_value (self->vadjustment);
  g_autofree char *text = NULL;

  if (keyboard_mode)
    return FALSE;

  text = pw_chart_view_get_tooltip_text (self, x + dx, y + dy);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  /* a band along the row under the pointer: moving along a bar keeps the
   * tooltip, moving to another row shows it again under the pointer */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle){ 0, y - TIP_BAND,
                                                      gtk_widget_get_width (GTK_WIDGET (self)),
                                                      2 * TIP_BAND });
  return TRUE;
}

/* GtkWidget overrides */

static void
pw_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  PwChartView *self = PW_CHART_VIEW (widget);
  PwChartLayout *layout;

  /* The scrolled window gives the view what it has, and the chart scrolls;
   * the natural height is the chart's, from which the scrolled window
   * decides on its scroll bar before it allocates the view. */
  *minimum = 1;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MIN_CHART_WIDTH;
  else if (for_size > 0 && (layout = layout_for_width (self, for_size)) != NULL)
    *natural = (int) ceil (pw_chart_layout_get_height (layout));
  else
    *natural = NATURAL_HEIGHT;
}

static GtkSizeRequestMode
pw_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pw_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  configure_adjustments (PW_CHART_VIEW (widget));
}

static void
pw_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PwChartView *self = PW_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PwChartLayout *layout;
  cairo_t *cr;

  if (width <= 0 || height <= 0 || (layout = ensure_layout (self)) == NULL)
    return;

  /* one node the size of the view: the layout draws what the clip shows */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_translate (cr, -adjustment_value (self->hadjustment), -adjustment_value (self->vadjustment));
  pw_chart_layout_draw (layout, cr, 0);
  cairo_destroy (cr);
}

/* GObject overrides */

static void
pw_chart_view_dispose (GObject *object)
{
  PwChartView *self = (PwChartView *) object;

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, gtk_widget_queue_draw, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, gtk_widget_queue_draw, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->layout, pw_chart_layout_free);
  g_clear_object (&self->plan);
  clear_options (&self->options);

  G_OBJECT_CLASS (pw_chart_view_parent_class)->dispose (object);
}

static void
pw_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PwChartView *self = PW_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PwChartView *self = PW_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_chart_view_class_init (PwChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_chart_view_dispose;
  object_class->get_property = pw_chart_view_get_property;
  object_class->set_property = pw_chart_view_set_property;

  widget_class->get_request_mode = pw_chart_view_get_request_mode;
  widget_class->measure = pw_chart_view_measure;
  widget_class->size_allocate = pw_chart_view_size_allocate;
  widget_class->snapshot = pw_chart_view_snapshot;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "pwchartview");
}

static void
pw_chart_view_init (PwChartView *self)
{
  self->kind = PW_CHART_PROGRESS;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

/* Public API */

GtkWidget *
pw_chart_view_new (void)
{
  return g_object_new (PW_TYPE_CHART_VIEW, NULL);
}

/**
 * pw_chart_view_set_chart:
 * @self: a chart view
 * @kind: the chart to show
 * @plan: (nullable): its plan
 * @options: (nullable): what it covers; copied
 *
 * Shows a chart, or shows it again after its plan changed: the layout is
 * worked out anew when next drawn.
 */
void
pw_chart_view_set_chart (PwChartView          *self,
                         PwChartKind           kind,
                         PwPlan               *plan,
                         const PwChartOptions *options)
{
  g_return_if_fail (PW_IS_CHART_VIEW (self));
  g_return_if_fail ((guint) kind < PW_CHART_N_KINDS);
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  self->kind = kind;
  g_set_object (&self->plan, plan);
  clear_options (&self->options);
  if (options != NULL)
    {
      self->options = *options;
      self->options.domain = g_strdup (options->domain);
      self->options.chapter_id = g_strdup (options->chapter_id);
      self->options.indicator_id = g_strdup (options->indicator_id);
    }
  g_clear_pointer (&self->layout, pw_chart_layout_free);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * pw_chart_view_get_layout:
 * @self: a chart view
 *
 * Returns: (transfer none) (nullable): the layout the view draws, at its
 *   width now; valid until the chart or the width changes
 */
PwChartLayout *
pw_chart_view_get_layout (PwChartView *self)
{
  g_return_val_if_fail (PW_IS_CHART_VIEW (self), NULL);

  return ensure_layout (self);
}

/**
 * pw_chart_view_get_chart_width:
 * @self: a chart view
 *
 * Returns: the width the chart is drawn at: the view's, or the least a
 *   chart is drawn at
 */
double
pw_chart_view_get_chart_width (PwChartView *self)
{
  g_return_val_if_fail (PW_IS_CHART_VIEW (self), 0);

  return chart_width (self);
}

/**
 * pw_chart_view_get_chart_height:
 * @self: a chart view
 *
 * Returns: the height of the whole chart, which the view scrolls over
 */
double
pw_chart_view_get_chart_height (PwChartView *self)
{
  PwChartLayout *layout;

  g_return_val_if_fail (PW_IS_CHART_VIEW (self), 0);

  layout = ensure_layout (self);
  return layout != NULL ? pw_chart_layout_get_height (layout) : 0;
}

/**
 * pw_chart_view_get_visible:
 * @self: a chart view
 * @top: (out): the first line of the chart shown, in its units
 * @bottom: (out): the line below the last one shown
 */
void
pw_chart_view_get_visible (PwChartView *self,
                           double      *top,
                           double      *bottom)
{
  g_return_if_fail (PW_IS_CHART_VIEW (self));

  *top = adjustment_value (self->vadjustment);
  *bottom = *top + gtk_widget_get_height (GTK_WIDGET (self));
}

/**
 * pw_chart_view_get_tooltip_text:
 * @self: a chart view
 * @x: a point of the chart, in its own units (not the view's)
 * @y: a point
 *
 * Returns: (transfer full) (nullable): what the chart layer finds there
 */
char *
pw_chart_view_get_tooltip_text (PwChartView *self,
                                double       x,
                                double       y)
{
  PwChartLayout *layout;

  g_return_val_if_fail (PW_IS_CHART_VIEW (self), NULL);

  layout = ensure_layout (self);
  return layout != NULL ? pw_chart_layout_hit_test (layout, 0, x, y) : NULL;
}
