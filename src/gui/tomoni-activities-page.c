/* tomoni-activities-page.c: the Activities page (an empty state until its feature lands)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-activities-page"

#include "tomoni-activities-page.h"

struct _TomoniActivitiesPage
{
  TomoniPage parent_instance;
};

G_DEFINE_FINAL_TYPE (TomoniActivitiesPage, tomoni_activities_page, TOMONI_TYPE_PAGE)

static void
tomoni_activities_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TOMONI_TYPE_ACTIVITIES_PAGE);
  G_OBJECT_CLASS (tomoni_activities_page_parent_class)->dispose (object);
}

static void
tomoni_activities_page_class_init (TomoniActivitiesPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tomoni_activities_page_dispose;
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/io/github/tomoni/Tomoni/ui/tomoni-activities-page.ui");
}

static void
tomoni_activities_page_init (TomoniActivitiesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
