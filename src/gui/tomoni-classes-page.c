/* tomoni-classes-page.c: the Classes page (an empty state until its feature lands)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes-page"

#include "tomoni-classes-page.h"

struct _TomoniClassesPage
{
  TomoniPage parent_instance;
};

G_DEFINE_FINAL_TYPE (TomoniClassesPage, tomoni_classes_page, TOMONI_TYPE_PAGE)

static void
tomoni_classes_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TOMONI_TYPE_CLASSES_PAGE);
  G_OBJECT_CLASS (tomoni_classes_page_parent_class)->dispose (object);
}

static void
tomoni_classes_page_class_init (TomoniClassesPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tomoni_classes_page_dispose;
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/io/github/tomoni/Tomoni/ui/tomoni-classes-page.ui");
}

static void
tomoni_classes_page_init (TomoniClassesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
