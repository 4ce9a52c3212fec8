/* tomoni-dashboard-page.c: the Dashboard page (an empty state until its feature lands)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-dashboard-page"

#include "tomoni-dashboard-page.h"

struct _TomoniDashboardPage
{
  TomoniPage parent_instance;
};

G_DEFINE_FINAL_TYPE (TomoniDashboardPage, tomoni_dashboard_page, TOMONI_TYPE_PAGE)

static void
tomoni_dashboard_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TOMONI_TYPE_DASHBOARD_PAGE);
  G_OBJECT_CLASS (tomoni_dashboard_page_parent_class)->dispose (object);
}

static void
tomoni_dashboard_page_class_init (TomoniDashboardPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tomoni_dashboard_page_dispose;
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/io/github/tomoni/Tomoni/ui/tomoni-dashboard-page.ui");
}

static void
tomoni_dashboard_page_init (TomoniDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
