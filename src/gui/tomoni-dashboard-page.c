/* tomoni-dashboard-page.c: where each target stands
 *
 * One card per target: cumulative / target with a level bar and the
 * percentage, the remainder, the pace needed a year over the days left, the
 * projection and how it was made, the status (icon and words), the counting
 * rule, a chart, and breakdowns by fiscal year, programme, venue and
 * nationality. The figures are counted in a worker thread whenever the store
 * reports a change.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-dashboard-page"

#include <glib/gi18n-lib.h>

#include "tomoni-dashboard-page.h"
#include "tomoni-date.h"
#include "tomoni-store-targets.h"
#include "tomoni-target-chart.h"

/* Rows shown per breakdown; the rest are summed up in one line. */
#define BREAKDOWN_ROWS 10
/* Changes often come in bursts (a whole register); count once after them. */
#define RECOUNT_DELAY_MS 200

struct _TomoniDashboardPage
{
  TomoniPage     parent_instance;

  GtkStack      *stack;          /* the bin's child */
  AdwStatusPage *error_page;
  GtkLabel      *as_of_label;
  GtkBox        *cards;

  GCancellable  *cancellable;
  GPtrArray     *figures;        /* TomoniTargetFigures, as shown */
  GHashTable    *summary_labels; /* key → GtkLabel (owned by the cards) */
  guint          recount_source;
  guint          generation;
};

G_DEFINE_FINAL_TYPE (TomoniDashboardPage, tomoni_dashboard_page, TOMONI_TYPE_PAGE)

static char *
format_count (gint64 value)
{
  /* Digits grouped the way the locale groups them (2,512). */
  return g_strdup_printf ("%'" G_GINT64_FORMAT, value);
}

static char *
format_date (const char *iso)
{
  GDate date;

  if (!tomoni_date_parse (iso, &date, NULL))
    return g_strdup (iso);
  return tomoni_date_format_long_for (&date, tomoni_prefers_japanese ());
}

static GtkWidget *
label_new (const char *text,
           const char *css_class,
           float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A fact: a caption over a value, and optional fine print. */
static GtkWidget *
fact_new (const char *caption,
          const char *value,
          const char *detail)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *value_label = label_new (value, "title-4", 0);

  gtk_box_append (GTK_BOX (box), label_new (caption, "caption-heading", 0));
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  g_object_set_data (G_OBJECT (box), "value-label", value_label);
  if (detail != NULL)
    {
      GtkWidget *detail_label = label_new (detail, "dim-label", 0);

      g_object_set_data (G_OBJECT (box), "detail-label", detail_label);
      gtk_box_append (GTK_BOX (box), detail_label);
    }
  gtk_widget_set_hexpand (box, TRUE);
  return box;
}

static GtkWidget *
breakdown_new (const char *title,
               GPtrArray  *rows,
               GArray     *years)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  gboolean japanese = tomoni_prefers_japanese ();
  guint n = 0;
  gint64 rest = 0;
  guint rest_rows = 0;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_box_append (GTK_BOX (box), label_new (title, "heading", 0));
  gtk_box_append (GTK_BOX (box), grid);

  if (years != NULL)
    {
      for (guint i = 0; i < years->len; i++, n++)
        {
          TomoniFiscalYearCount *year = &g_array_index (years, TomoniFiscalYearCount, i);
          g_autofree char *label = tomoni_fiscal_year_label (year->fy, japanese);
          g_autofree char *count = format_count (year->count);
          g_autofree char *cumulative = format_count (year->cumulative);
          /* Translators: the running total after a fiscal year, e.g. “(total 2,914)” */
          g_autofree char *running = g_strdup_printf (_("(total %s)"), cumulative);
          GtkWidget *name = label_new (label, NULL, 0);

          gtk_widget_set_hexpand (name, TRUE);
          gtk_grid_attach (GTK_GRID (grid), name, 0, n, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), label_new (count, "numeric", 1), 1, n, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), label_new (running, "dim-label", 1), 2, n, 1, 1);
        }
    }
  else
    {
      for (guint i = 0; i < rows->len; i++)
        {
          TomoniBreakdownRow *row = rows->pdata[i];
          g_autofree char *count = NULL;
          GtkWidget *name;

          if (i >= BREAKDOWN_ROWS)
            {
              rest += row->count;
              rest_rows++;
              continue;
            }
          count = format_count (row->count);
          name = label_new (tomoni_breakdown_row_get_label (row), NULL, 0);
          gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
          gtk_label_set_wrap (GTK_LABEL (name), FALSE);
          gtk_widget_set_tooltip_text (name, tomoni_breakdown_row_get_label (row));
          gtk_widget_set_hexpand (name, TRUE);
          gtk_grid_attach (GTK_GRID (grid), name, 0, n, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), label_new (count, "numeric", 1), 1, n, 1, 1);
          n++;
        }
      if (rest_rows > 0)
        {
          g_autofree char *count = format_count (rest);
          g_autofree char *others = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more", "%u more", rest_rows),
                                                     rest_rows);

          gtk_grid_attach (GTK_GRID (grid), label_new (others, "dim-label", 0), 0, n, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), label_new (count, "dim-label", 1), 1, n, 1, 1);
          n++;
        }
      if (n == 0)
        gtk_grid_attach (GTK_GRID (grid), label_new (_("Nothing counted yet"), "dim-label", 0), 0, 0, 1, 1);
    }
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  return box;
}

static const char *
status_css_class (TomoniTargetStatus status)
{
  switch (status)
    {
    case TOMONI_TARGET_STATUS_AHEAD: return "success";
    case TOMONI_TARGET_STATUS_ON_TRACK: return "accent";
    case TOMONI_TARGET_STATUS_BEHIND:
    default: return "warning";
    }
}

static GtkWidget *
card_new (TomoniDashboardPage *self,
          TomoniTargetFigures *figures)
{
  TomoniTarget *target = figures->target;
  const TomoniProjection *p = &figures->projection;
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *row, *label, *bar, *icon, *grid, *chart, *flow;
  g_autofree char *cumulative = format_count (p->cumulative);
  g_autofree char *goal = format_count (tomoni_target_get_target_value (target));
  g_autofree char *baseline = format_count (tomoni_target_get_baseline_value (target));
  g_autofree char *baseline_date = format_date (tomoni_target_get_baseline_date (target));
  g_autofree char *target_date = format_date (tomoni_target_get_target_date (target));
  g_autofree char *summary = NULL;
  g_autofree char *percentage = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *remainder = format_count (p->remainder);
  g_autofree char *pace = NULL;
  g_autofree char *pace_detail = NULL;
  g_autofree char *projected = format_count (p->projected);
  g_autofree char *projected_caption = NULL;
  g_autofree char *method = tomoni_projection_describe_method (p);
  g_autofree char *counted = format_count (figures->counted);
  g_autofree char *counted_detail = NULL;
  g_autofree char *status_text = NULL;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_start (card, 0);

  {
    GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

    gtk_widget_set_margin_top (inner, 18);
    gtk_widget_set_margin_bottom (inner, 18);
    gtk_widget_set_margin_start (inner, 18);
    gtk_widget_set_margin_end (inner, 18);
    gtk_box_append (GTK_BOX (card), inner);
    card = inner;
  }

  gtk_box_append (GTK_BOX (card), label_new (tomoni_target_get_title (target), "title-3", 0));

  /* Translators: the counting rule in force, e.g. “Counting rule: each person once per programme” */
  rule = g_strdup_printf (_("Counting rule: %s"),
                          tomoni_counting_rule_get_label (tomoni_target_get_counting_rule (target)));
  label = label_new (rule, "dim-label", 0);
  gtk_widget_set_tooltip_text (label, tomoni_counting_rule_get_description (tomoni_target_get_counting_rule (target)));
  gtk_box_append (GTK_BOX (card), label);

  /* Cumulative / target, the percentage, the bar: the state is in words
   * and numbers, not in colour alone. */
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* Translators: cumulative value / target value, e.g. “2,914 / 5,000” */
  summary = g_strdup_printf (_("%s / %s"), cumulative, goal);
  label = label_new (summary, "title-1", 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "numeric");
  g_hash_table_insert (self->summary_labels, g_strdup (tomoni_target_get_key (target)), label);
  gtk_box_append (GTK_BOX (row), label);
  /* Translators: a percentage of the target reached, e.g. “58.3 %” */
  percentage = g_strdup_printf (_("%.1f %%"), p->percentage);
  label = label_new (percentage, "title-3", 0);
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (row), label);

  icon = gtk_image_new_from_icon_name (tomoni_target_status_get_icon_name (p->status));
  status_text = g_strdup (tomoni_target_status_get_label (p->status));
  label = label_new (status_text, "heading", 1);
  g_hash_table_insert (self->summary_labels, g_strconcat (tomoni_target_get_key (target), "#status", NULL), label);
  {
    GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    gtk_box_append (GTK_BOX (status), icon);
    gtk_box_append (GTK_BOX (status), label);
    gtk_widget_add_css_class (status, status_css_class (p->status));
    gtk_widget_set_hexpand (status, TRUE);
    gtk_widget_set_halign (status, GTK_ALIGN_END);
    gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
    gtk_widget_set_tooltip_text (status, _("Behind means the projection misses the target; ahead means "
                                           "it passes the target by more than 5 per cent of the planned "
                                           "increase."));
    gtk_box_append (GTK_BOX (row), status);
  }
  gtk_box_append (GTK_BOX (card), row);

  bar = gtk_level_bar_new_for_interval (0, 1);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (p->percentage / 100.0, 0.0, 1.0));
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, percentage, -1);
  gtk_box_append (GTK_BOX (card), bar);

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);

  /* Translators: %s is a number and a date: “2,512 on 31 March 2023” */
  if (figures->external > 0)
    {
      g_autofree char *external = format_count (figures->external);
      /* Translators: the baseline value, its date, and the number from external entries */
      counted_detail = g_strdup_printf (_("Baseline %s on %s; %s of the counted from external entries"),
                                        baseline, baseline_date, external);
    }
  else
    /* Translators: the baseline value and its date, e.g. “Baseline 2,512 on 2023年3月31日(金)” */
    counted_detail = g_strdup_printf (_("Baseline %s on %s"), baseline, baseline_date);
  gtk_grid_attach (GTK_GRID (grid), fact_new (_("Counted since the baseline"), counted, counted_detail), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), fact_new (_("Still to go"), remainder, NULL), 1, 0, 1, 1);

  if (p->days_left > 0)
    {
      g_autofree char *needed = format_count (p->pace_needed);
      g_autofree char *recent = format_count (p->recent_pace_per_year);
      g_autofree char *days = format_count (p->days_left);

      /* Translators: a pace, e.g. “348 a year” */
      pace = g_strdup_printf (_("%s a year"), needed);
      /* Translators: the time left to the target date and the recent pace,
       * e.g. “over the 1,578 days left to 2031年3月31日(月); recent pace 319 a year” */
      pace_detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "over the %s day left to %s; recent pace %s a year",
                                                  "over the %s days left to %s; recent pace %s a year",
                                                  (gulong)MIN (p->days_left, G_MAXLONG)),
                                     days, target_date, recent);
    }
  else
    {
      pace = g_strdup (remainder);
      pace_detail = g_strdup (_("The target date has passed"));
    }
  {
    GtkWidget *fact = fact_new (_("Pace needed"), pace, pace_detail);

    /* Read back by the tests: the badge, the paces and the projection shown. */
    g_hash_table_insert (self->summary_labels, g_strconcat (tomoni_target_get_key (target), "#pace", NULL),
                         g_object_get_data (G_OBJECT (fact), "value-label"));
    g_hash_table_insert (self->summary_labels, g_strconcat (tomoni_target_get_key (target), "#pace-detail", NULL),
                         g_object_get_data (G_OBJECT (fact), "detail-label"));
    gtk_grid_attach (GTK_GRID (grid), fact, 0, 1, 1, 1);
    /* Translators: %s is a date */
    projected_caption = g_strdup_printf (_("Projected on %s"), target_date);
    fact = fact_new (projected_caption, projected, method);
    g_hash_table_insert (self->summary_labels, g_strconcat (tomoni_target_get_key (target), "#projected", NULL),
                         g_object_get_data (G_OBJECT (fact), "value-label"));
    gtk_grid_attach (GTK_GRID (grid), fact, 1, 1, 1, 1);
  }
  gtk_box_append (GTK_BOX (card), grid);

  chart = tomoni_target_chart_new ();
  tomoni_target_chart_set_figures (TOMONI_TARGET_CHART (chart), figures);
  gtk_widget_set_margin_top (chart, 6);
  gtk_box_append (GTK_BOX (card), chart);

  /* Two columns of equal width; long names are ellipsized, with a tooltip. */
  flow = gtk_grid_new ();
  gtk_grid_set_column_homogeneous (GTK_GRID (flow), TRUE);
  gtk_grid_set_column_spacing (GTK_GRID (flow), 24);
  gtk_grid_set_row_spacing (GTK_GRID (flow), 18);
  gtk_grid_attach (GTK_GRID (flow), breakdown_new (_("By fiscal year"), NULL, figures->by_fiscal_year), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (flow), breakdown_new (_("By programme"), figures->by_programme, NULL), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (flow), breakdown_new (_("By venue"), figures->by_venue, NULL), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (flow), breakdown_new (_("By nationality"), figures->by_nationality, NULL), 1, 1, 1, 1);
  gtk_box_append (GTK_BOX (card), flow);

  return gtk_widget_get_parent (card);
}

static void
show_figures (TomoniDashboardPage *self,
              GPtrArray           *figures)
{
  GtkWidget *child;

  g_clear_pointer (&self->figures, g_ptr_array_unref);
  self->figures = g_ptr_array_ref (figures);
  g_hash_table_remove_all (self->summary_labels);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards))) != NULL)
    gtk_box_remove (self->cards, child);

  if (figures->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  {
    TomoniTargetFigures *first = figures->pdata[0];
    g_autofree char *as_of = tomoni_date_format_long_for (&first->as_of, tomoni_prefers_japanese ());
    /* Translators: %s is today's date */
    g_autofree char *text = g_strdup_printf (_("Participation recorded up to %s, with the baseline each target "
                                               "starts from. Numbers follow what is recorded anywhere in Tomoni."),
                                             as_of);
    gtk_label_set_text (self->as_of_label, text);
  }
  for (guint i = 0; i < figures->len; i++)
    gtk_box_append (self->cards, card_new (self, figures->pdata[i]));
  gtk_stack_set_visible_child_name (self->stack, "figures");
}

static void
counted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(TomoniDashboardPage) self = user_data;
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GError) error = NULL;

  figures = tomoni_store_compute_all_figures_finish (TOMONI_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (figures == NULL)
    {
      g_warning ("Counting the targets failed: %s", error->message);
      adw_status_page_set_description (self->error_page, error->message);
      if (self->figures == NULL)
        gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  self->generation++;
  show_figures (self, figures);
}

static void
recount_now (TomoniDashboardPage *self)
{
  TomoniStore *store = tomoni_page_get_store (TOMONI_PAGE (self));

  if (store == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  if (self->figures == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  tomoni_store_compute_all_figures_async (store, NULL, 0, self->cancellable, counted_cb, g_object_ref (self));
}

static gboolean
recount_timeout_cb (gpointer user_data)
{
  TomoniDashboardPage *self = user_data;

  self->recount_source = 0;
  recount_now (self);
  return G_SOURCE_REMOVE;
}

static void
tomoni_dashboard_page_store_set (TomoniPage  *page,
                                 TomoniStore *store)
{
  recount_now (TOMONI_DASHBOARD_PAGE (page));
}

static void
tomoni_dashboard_page_store_changed (TomoniPage *page,
                                     const char *area)
{
  TomoniDashboardPage *self = TOMONI_DASHBOARD_PAGE (page);

  /* Every area can move a figure: attendance and check-ins count, classes,
   * activities and venues name the breakdowns, people give nationalities,
   * targets set the rules. */
  if (self->recount_source == 0)
    self->recount_source = g_timeout_add (RECOUNT_DELAY_MS, recount_timeout_cb, self);
}

GPtrArray *
tomoni_dashboard_page_get_figures (TomoniDashboardPage *self)
{
  g_return_val_if_fail (TOMONI_IS_DASHBOARD_PAGE (self), NULL);
  return self->figures;
}

guint
tomoni_dashboard_page_get_generation (TomoniDashboardPage *self)
{
  g_return_val_if_fail (TOMONI_IS_DASHBOARD_PAGE (self), 0);
  return self->generation;
}

const char *
tomoni_dashboard_page_get_summary_text (TomoniDashboardPage *self,
                                        const char          *key)
{
  GtkLabel *label;

  g_return_val_if_fail (TOMONI_IS_DASHBOARD_PAGE (self), NULL);

  label = g_hash_table_lookup (self->summary_labels, key);
  return label != NULL ? gtk_label_get_text (label) : NULL;
}

static void
tomoni_dashboard_page_dispose (GObject *object)
{
  TomoniDashboardPage *self = TOMONI_DASHBOARD_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->recount_source, g_source_remove);
  if (self->summary_labels != NULL)
    g_hash_table_remove_all (self->summary_labels);
  gtk_widget_dispose_template (GTK_WIDGET (object), TOMONI_TYPE_DASHBOARD_PAGE);
  self->stack = NULL;
  G_OBJECT_CLASS (tomoni_dashboard_page_parent_class)->dispose (object);
}

static void
tomoni_dashboard_page_finalize (GObject *object)
{
  TomoniDashboardPage *self = TOMONI_DASHBOARD_PAGE (object);

  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_pointer (&self->summary_labels, g_hash_table_unref);
  G_OBJECT_CLASS (tomoni_dashboard_page_parent_class)->finalize (object);
}

static void
tomoni_dashboard_page_class_init (TomoniDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TomoniPageClass *page_class = TOMONI_PAGE_CLASS (klass);

  object_class->dispose = tomoni_dashboard_page_dispose;
  object_class->finalize = tomoni_dashboard_page_finalize;
  page_class->store_set = tomoni_dashboard_page_store_set;
  page_class->store_changed = tomoni_dashboard_page_store_changed;

  g_type_ensure (TOMONI_TYPE_TARGET_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/tomoni/Tomoni/ui/tomoni-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniDashboardPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, TomoniDashboardPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniDashboardPage, cards);
}

static void
tomoni_dashboard_page_init (TomoniDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bin's own child is not bound: gtk_widget_dispose_template() would
   * unparent it before AdwBin does. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->summary_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
