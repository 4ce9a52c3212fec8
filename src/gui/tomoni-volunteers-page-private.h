/* tomoni-volunteers-page-private.h: what the page's files share
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-volunteers-page.h"
#include "tomoni-page.h"
#include "tomoni-csv-import-dialog.h"
#include "tomoni-lazy-list-model.h"
#include "tomoni-roster-format.h"
#include "tomoni-store-activities.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-volunteer-detail.h"
#include "tomoni-volunteer-dialog.h"
#include "tomoni-window.h"

G_BEGIN_DECLS

struct _TomoniVolunteersPage
{
  TomoniPage          parent_instance;

  TomoniLazyListModel    *model;
  GtkSingleSelection *selection;
  GPtrArray          *skills;          /* TomoniCatalogEntry* */
  GPtrArray          *trainings;
  GPtrArray          *language_codes;  /* char*, [i] is dropdown item i + 1 */
  gint64              shown_id;
  guint               reload_id;
  gboolean            updating_filters;

  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *language_dropdown;
  GtkDropDown        *level_dropdown;
  GtkDropDown        *skill_dropdown;
  GtkColumnView      *column_view;
  GtkStack           *list_stack;
  GtkStack           *detail_stack;
  TomoniVolunteerDetail *detail;
  GtkLabel           *count_label;
};

static inline TomoniStore *
get_store (TomoniVolunteersPage *self)
{
  return tomoni_page_get_store (TOMONI_PAGE (self));
}

static inline GtkWindow *
get_window (TomoniVolunteersPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static inline void
toast (TomoniVolunteersPage *self,
       const char           *message)
{
  tomoni_page_toast (TOMONI_PAGE (self), adw_toast_new (message));
}

void _tomoni_volunteers_page_show_detail (TomoniVolunteersPage *self);
void _tomoni_volunteers_page_reload      (TomoniVolunteersPage *self);
void _tomoni_volunteers_page_class_actions_init (GtkWidgetClass *widget_class);

G_END_DECLS
