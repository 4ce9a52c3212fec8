/* tomoni-volunteers-page.c: the Volunteers page (an empty state until its feature lands)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-volunteers-page"

#include "tomoni-volunteers-page.h"

struct _TomoniVolunteersPage
{
  TomoniPage parent_instance;
};

G_DEFINE_FINAL_TYPE (TomoniVolunteersPage, tomoni_volunteers_page, TOMONI_TYPE_PAGE)

static void
tomoni_volunteers_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TOMONI_TYPE_VOLUNTEERS_PAGE);
  G_OBJECT_CLASS (tomoni_volunteers_page_parent_class)->dispose (object);
}

static void
tomoni_volunteers_page_class_init (TomoniVolunteersPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tomoni_volunteers_page_dispose;
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/io/github/tomoni/Tomoni/ui/tomoni-volunteers-page.ui");
}

static void
tomoni_volunteers_page_init (TomoniVolunteersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
