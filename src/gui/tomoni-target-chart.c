/* tomoni-target-chart.c: cumulative value by fiscal year against the
 * straight trajectory from baseline to target, drawn with cairo
 *
 * The x axis runs by fiscal year from the baseline to the target date; the
 * y axis from a little under the baseline to a little over the highest
 * value. Lines differ by pattern as well as colour: the trajectory is
 * dashed, the recorded cumulative value solid with round markers, the
 * projection dotted, milestones are diamonds. A legend names each.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-target-chart"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "tomoni-date.h"
#include "tomoni-target-chart.h"

struct _TomoniTargetChart
{
  GtkWidget            parent_instance;

  TomoniTargetFigures *figures;
};

G_DEFINE_FINAL_TYPE (TomoniTargetChart, tomoni_target_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FIGURES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MARGIN_LEFT   64.0
#define MARGIN_RIGHT  16.0
#define MARGIN_TOP    34.0
#define MARGIN_BOTTOM 30.0

typedef struct {
  double x0, y0, width, height;  /* plot area */
  double t0, t1;                 /* julian days at the left and right edges */
  double v0, v1;                 /* values at the bottom and top */
} Frame;

static double
frame_x (const Frame *frame,
         double       julian)
{
  return frame->x0 + (julian - frame->t0) / (frame->t1 - frame->t0) * frame->width;
}

static double
frame_y (const Frame *frame,
         double       value)
{
  return frame->y0 + frame->height - (value - frame->v0) / (frame->v1 - frame->v0) * frame->height;
}

static double
julian_of (const char *iso)
{
  GDate date;

  if (!tomoni_date_parse (iso, &date, NULL))
    return 0;
  return g_date_get_julian (&date);
}

/* The end of a fiscal year, or @as_of when that comes first. */
static double
year_end (int          fy,
          const GDate *as_of)
{
  GDate first, last;

  tomoni_fiscal_year_bounds (fy, &first, &last);
  if (g_date_compare (&last, as_of) > 0)
    last = *as_of;
  return g_date_get_julian (&last);
}

/* A round step for about @n ticks over @span. */
static double
nice_step (double span,
           int    n)
{
  double raw = span / n;
  double magnitude = pow (10, floor (log10 (raw)));
  double fraction = raw / magnitude;

  if (fraction <= 1)
    return magnitude;
  if (fraction <= 2)
    return 2 * magnitude;
  if (fraction <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

static void
draw_text (TomoniTargetChart *self,
           cairo_t           *cr,
           const char        *text,
           double             x,
           double             y,
           double             align_x,   /* 0 left, 0.5 centre, 1 right */
           double             align_y)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - align_x * width, y - align_y * height);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
set_colour (cairo_t       *cr,
            const GdkRGBA *rgba,
            double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static void
legend_item (TomoniTargetChart *self,
             cairo_t           *cr,
             double            *x,
             double             y,
             const GdkRGBA     *rgba,
             const double      *dashes,
             int                n_dashes,
             gboolean           marker,
             const char        *label)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), label);
  int width, height;

  set_colour (cr, rgba, 1);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dashes, n_dashes, 0);
  cairo_move_to (cr, *x, y);
  cairo_line_to (cr, *x + 24, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  if (marker)
    {
      cairo_arc (cr, *x + 12, y, 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, *x + 30, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
  *x += 30 + width + 18;
  g_object_unref (layout);
}

static void
draw_chart (TomoniTargetChart *self,
            cairo_t           *cr,
            int                width,
            int                height)
{
  TomoniTargetFigures *figures = self->figures;
  TomoniTarget *target = figures->target;
  GdkRGBA fg, accent = { 0.21, 0.52, 0.89, 1 }, trajectory = { 0.45, 0.45, 0.45, 1 };
  GdkRGBA projection = { 0.90, 0.38, 0.0, 1 }, milestone = { 0.57, 0.25, 0.68, 1 };
  static const double dashed[] = { 6, 4 };
  static const double dotted[] = { 2, 3 };
  gint64 baseline = tomoni_target_get_baseline_value (target);
  gint64 goal = tomoni_target_get_target_value (target);
  double t_base = julian_of (tomoni_target_get_baseline_date (target));
  double t_goal = julian_of (tomoni_target_get_target_date (target));
  double t_now = g_date_get_julian (&figures->as_of);
  double high, low, step, legend_x;
  int first_fy, last_fy;
  Frame frame;
  GDate date;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);

  high = MAX (goal, MAX (figures->projection.projected, figures->projection.cumulative));
  for (guint i = 0; i < figures->milestones->len; i++)
    high = MAX (high, g_array_index (figures->milestones, TomoniTargetMilestone, i).value);
  low = MIN (baseline, goal);
  step = nice_step (MAX (1.0, high - low), 5);
  low = floor (low / step) * step;
  if (low > 0 && low - step >= 0)
    low -= step;
  high = ceil (high / step) * step;
  if (high <= low)
    high = low + step;

  g_date_set_julian (&date, (guint32)t_base + 1);
  first_fy = tomoni_fiscal_year_of (&date);
  g_date_set_julian (&date, (guint32)t_goal);
  last_fy = tomoni_fiscal_year_of (&date);

  frame.x0 = MARGIN_LEFT;
  frame.y0 = MARGIN_TOP;
  frame.width = MAX (10, width - MARGIN_LEFT - MARGIN_RIGHT);
  frame.height = MAX (10, height - MARGIN_TOP - MARGIN_BOTTOM);
  frame.t0 = t_base;
  frame.t1 = MAX (t_goal, t_now);
  frame.v0 = low;
  frame.v1 = high;

  /* Grid and value axis. */
  cairo_set_line_width (cr, 1);
  for (double v = low; v <= high + step / 2; v += step)
    {
      g_autofree char *label = g_strdup_printf ("%'.0f", v);
      double y = round (frame_y (&frame, v)) + 0.5;

      set_colour (cr, &fg, 0.12);
      cairo_move_to (cr, frame.x0, y);
      cairo_line_to (cr, frame.x0 + frame.width, y);
      cairo_stroke (cr);
      set_colour (cr, &fg, 0.75);
      draw_text (self, cr, label, frame.x0 - 6, y, 1, 0.5);
    }

  /* The value axis starts near the baseline rather than at 0, so that the
   * gap between the projection and the trajectory stays readable; when it
   * does not start at 0, the axis is drawn broken (a gap crossed by two
   * slanted strokes near the bottom), the usual sign of a cut scale. */
  {
    double bottom = frame.y0 + frame.height;
    double x = round (frame.x0) + 0.5;

    set_colour (cr, &fg, 0.6);
    cairo_set_line_width (cr, 1);
    if (low > 0)
      {
        cairo_move_to (cr, x, frame.y0);
        cairo_line_to (cr, x, bottom - 14);
        cairo_move_to (cr, x, bottom - 8);
        cairo_line_to (cr, x, bottom);
        cairo_stroke (cr);
        cairo_set_line_width (cr, 1.5);
        cairo_move_to (cr, x - 6, bottom - 11);
        cairo_line_to (cr, x + 6, bottom - 17);
        cairo_move_to (cr, x - 6, bottom - 5);
        cairo_line_to (cr, x + 6, bottom - 11);
        cairo_stroke (cr);
        cairo_set_line_width (cr, 1);
      }
    else
      {
        cairo_move_to (cr, x, frame.y0);
        cairo_line_to (cr, x, bottom);
        cairo_stroke (cr);
      }
  }

  /* Fiscal-year axis: a tick at each year's end, the label in the middle. */
  set_colour (cr, &fg, 0.6);
  cairo_move_to (cr, frame.x0, frame.y0 + frame.height + 0.5);
  cairo_line_to (cr, frame.x0 + frame.width, frame.y0 + frame.height + 0.5);
  cairo_stroke (cr);
  {
    gboolean japanese = tomoni_prefers_japanese ();
    int every = (last_fy - first_fy + 1) > 8 && frame.width < 500 ? 2 : 1;

    for (int fy = first_fy; fy <= last_fy; fy++)
      {
        GDate first, last;
        double x_first, x_last;

        tomoni_fiscal_year_bounds (fy, &first, &last);
        x_first = frame_x (&frame, MAX (g_date_get_julian (&first) - 1, frame.t0));
        x_last = frame_x (&frame, MIN (g_date_get_julian (&last), frame.t1));
        set_colour (cr, &fg, 0.6);
        cairo_move_to (cr, round (x_last) + 0.5, frame.y0 + frame.height);
        cairo_line_to (cr, round (x_last) + 0.5, frame.y0 + frame.height + 4);
        cairo_stroke (cr);
        if ((fy - first_fy) % every == 0)
          {
            g_autofree char *label = tomoni_fiscal_year_label (fy, japanese);

            set_colour (cr, &fg, 0.75);
            draw_text (self, cr, label, (x_first + x_last) / 2, frame.y0 + frame.height + 6, 0.5, 0);
          }
      }
  }

  /* The trajectory, dashed. */
  set_colour (cr, &trajectory, 1);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dashed, G_N_ELEMENTS (dashed), 0);
  cairo_move_to (cr, frame_x (&frame, t_base), frame_y (&frame, baseline));
  cairo_line_to (cr, frame_x (&frame, t_goal), frame_y (&frame, goal));
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* The projection, dotted, from today to the target date. */
  if (t_now < t_goal)
    {
      set_colour (cr, &projection, 1);
      cairo_set_dash (cr, dotted, G_N_ELEMENTS (dotted), 0);
      cairo_move_to (cr, frame_x (&frame, t_now), frame_y (&frame, figures->projection.cumulative));
      cairo_line_to (cr, frame_x (&frame, t_goal), frame_y (&frame, figures->projection.projected));
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* The cumulative value at each year's end (or today), solid with markers. */
  set_colour (cr, &accent, 1);
  cairo_set_line_width (cr, 2.5);
  cairo_move_to (cr, frame_x (&frame, t_base), frame_y (&frame, baseline));
  for (guint i = 0; i < figures->by_fiscal_year->len; i++)
    {
      TomoniFiscalYearCount *year = &g_array_index (figures->by_fiscal_year, TomoniFiscalYearCount, i);
      cairo_line_to (cr, frame_x (&frame, year_end (year->fy, &figures->as_of)), frame_y (&frame, year->cumulative));
    }
  cairo_stroke (cr);
  cairo_arc (cr, frame_x (&frame, t_base), frame_y (&frame, baseline), 3.5, 0, 2 * G_PI);
  cairo_fill (cr);
  for (guint i = 0; i < figures->by_fiscal_year->len; i++)
    {
      TomoniFiscalYearCount *year = &g_array_index (figures->by_fiscal_year, TomoniFiscalYearCount, i);
      cairo_arc (cr, frame_x (&frame, year_end (year->fy, &figures->as_of)), frame_y (&frame, year->cumulative),
                 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  /* Milestones, diamonds. */
  set_colour (cr, &milestone, 1);
  for (guint i = 0; i < figures->milestones->len; i++)
    {
      TomoniTargetMilestone *m = &g_array_index (figures->milestones, TomoniTargetMilestone, i);
      double x = frame_x (&frame, julian_of (m->date)), y = frame_y (&frame, m->value);

      cairo_move_to (cr, x, y - 5);
      cairo_line_to (cr, x + 5, y);
      cairo_line_to (cr, x, y + 5);
      cairo_line_to (cr, x - 5, y);
      cairo_close_path (cr);
      cairo_fill (cr);
    }

  /* Legend across the top. */
  legend_x = frame.x0;
  legend_item (self, cr, &legend_x, 12, &accent, NULL, 0, TRUE, _("Cumulative"));
  legend_item (self, cr, &legend_x, 12, &trajectory, dashed, G_N_ELEMENTS (dashed), FALSE,
               _("Straight path to the target"));
  legend_item (self, cr, &legend_x, 12, &projection, dotted, G_N_ELEMENTS (dotted), FALSE, _("Projection"));
  if (figures->milestones->len > 0)
    {
      set_colour (cr, &fg, 1);
      legend_item (self, cr, &legend_x, 12, &milestone, NULL, 0, TRUE, _("Milestones"));
    }
}

static void
tomoni_target_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  TomoniTargetChart *self = TOMONI_TARGET_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->figures == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_chart (self, cr, width, height);
  cairo_destroy (cr);
}

static void
tomoni_target_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 560;
    }
  else
    {
      *minimum = 200;
      *natural = 260;
    }
}

/* Says what the chart shows, for screen readers. */
static void
update_description (TomoniTargetChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean japanese = tomoni_prefers_japanese ();

  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (self->figures == NULL)
    return;
  from = g_strdup_printf ("%'" G_GINT64_FORMAT, tomoni_target_get_baseline_value (self->figures->target));
  to = g_strdup_printf ("%'" G_GINT64_FORMAT, tomoni_target_get_target_value (self->figures->target));
  /* Translators: a description of the chart for screen readers; %s are numbers */
  g_string_append_printf (text, _("Chart of the cumulative value by fiscal year against the straight path "
                                  "from %s to %s."), from, to);
  for (guint i = 0; i < self->figures->by_fiscal_year->len; i++)
    {
      TomoniFiscalYearCount *year = &g_array_index (self->figures->by_fiscal_year, TomoniFiscalYearCount, i);
      g_autofree char *label = tomoni_fiscal_year_label (year->fy, japanese);

      g_string_append_printf (text, " %s: %'" G_GINT64_FORMAT ".", label, year->cumulative);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
}

void
tomoni_target_chart_set_figures (TomoniTargetChart   *self,
                                 TomoniTargetFigures *figures)
{
  g_return_if_fail (TOMONI_IS_TARGET_CHART (self));

  if (self->figures == figures)
    return;
  g_clear_pointer (&self->figures, tomoni_target_figures_unref);
  if (figures != NULL)
    self->figures = tomoni_target_figures_ref (figures);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIGURES]);
}

TomoniTargetFigures *
tomoni_target_chart_get_figures (TomoniTargetChart *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET_CHART (self), NULL);
  return self->figures;
}

static void
tomoni_target_chart_finalize (GObject *object)
{
  TomoniTargetChart *self = TOMONI_TARGET_CHART (object);

  g_clear_pointer (&self->figures, tomoni_target_figures_unref);
  G_OBJECT_CLASS (tomoni_target_chart_parent_class)->finalize (object);
}

static void
tomoni_target_chart_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TomoniTargetChart *self = TOMONI_TARGET_CHART (object);

  switch (prop_id)
    {
    case PROP_FIGURES:
      g_value_set_boxed (value, self->figures);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_target_chart_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TomoniTargetChart *self = TOMONI_TARGET_CHART (object);

  switch (prop_id)
    {
    case PROP_FIGURES:
      tomoni_target_chart_set_figures (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_target_chart_class_init (TomoniTargetChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tomoni_target_chart_finalize;
  object_class->get_property = tomoni_target_chart_get_property;
  object_class->set_property = tomoni_target_chart_set_property;
  widget_class->snapshot = tomoni_target_chart_snapshot;
  widget_class->measure = tomoni_target_chart_measure;

  properties[PROP_FIGURES] =
    g_param_spec_boxed ("figures", NULL, NULL, TOMONI_TYPE_TARGET_FIGURES,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "targetchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tomoni_target_chart_init (TomoniTargetChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Progress chart"), -1);
}

GtkWidget *
tomoni_target_chart_new (void)
{
  return g_object_new (TOMONI_TYPE_TARGET_CHART, NULL);
}
