/* tomoni-activities-page-private.h: what the page's files share
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-activities-page.h"
#include "tomoni-activity.h"
#include "tomoni-activity-detail.h"
#include "tomoni-lazy-list-model.h"
#include "tomoni-page.h"

G_BEGIN_DECLS

typedef enum {
  RANGE_ALL,
  RANGE_UPCOMING,
  RANGE_FISCAL_YEAR,
} Range;

struct _TomoniActivitiesPage
{
  TomoniPage          parent_instance;

  TomoniLazyListModel    *model;
  GtkSingleSelection *selection;
  TomoniActivity     *activity;       /* shown on the right, or NULL */
  char               *undo_token;
  guint               rebuild_id;
  gboolean            rebuilding;

  GtkDropDown        *range_dropdown;
  GtkListView        *list_view;
  GtkStack           *list_stack;
  GtkStack           *detail_stack;
  TomoniActivityDetail *detail;
};

static inline TomoniStore *
get_store (TomoniActivitiesPage *self)
{
  return tomoni_page_get_store (TOMONI_PAGE (self));
}

static inline GtkWindow *
get_window (TomoniActivitiesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static inline void
toast (TomoniActivitiesPage *self,
       const char           *message)
{
  tomoni_page_toast (TOMONI_PAGE (self), adw_toast_new (message));
}

void _tomoni_activities_page_reload_list        (TomoniActivitiesPage *self);
void _tomoni_activities_page_rebuild_detail     (TomoniActivitiesPage *self);
void _tomoni_activities_page_class_actions_init (GtkWidgetClass       *widget_class);

G_END_DECLS
