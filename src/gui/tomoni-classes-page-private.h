/* tomoni-classes-page-private.h: what the page's files share
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-classes-page.h"
#include "tomoni-page.h"
#include "tomoni-attendance-grid.h"
#include "tomoni-class-dialog.h"
#include "tomoni-date.h"
#include "tomoni-enrol-dialog.h"
#include "tomoni-print.h"
#include "tomoni-session-view.h"
#include "tomoni-store-classes.h"
#include "tomoni-store-people.h"
#include "tomoni-text.h"
#include "tomoni-week-view.h"

G_BEGIN_DECLS

struct _TomoniClassesPage
{
  TomoniPage          parent_instance;

  GListStore         *classes;
  GtkFilterListModel *filtered;
  GtkSingleSelection *class_selection;
  GPtrArray          *terms;          /* TomoniTerm of the class shown */
  GListStore         *sessions;
  GtkSingleSelection *session_selection;
  GListStore         *enrolments;
  GtkSingleSelection *enrolment_selection;
  char               *search_key;
  gboolean            loading;

  GtkSearchEntry     *search_entry;
  GtkToggleButton    *week_button;
  GtkStack           *main_stack;
  TomoniWeekView     *week_view;
  GtkListView        *class_list;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkLabel           *info_label;
  GtkDropDown        *term_dropdown;
  GtkStack           *term_stack;
  AdwViewStack       *detail_stack;
  GtkColumnView      *sessions_view;
  GtkColumnView      *learners_view;
  GtkStack           *learners_stack;
  TomoniAttendanceGridView *grid_view;
};

static inline TomoniStore *
get_store (TomoniClassesPage *self)
{
  return tomoni_page_get_store (TOMONI_PAGE (self));
}

static inline GtkWindow *
get_window (TomoniClassesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static inline void
toast (TomoniClassesPage *self,
       const char        *message)
{
  tomoni_page_toast (TOMONI_PAGE (self), adw_toast_new (message));
}

static inline gint64
current_term_id (TomoniClassesPage *self)
{
  TomoniTerm *term = tomoni_classes_page_get_term (self);

  return term != NULL ? tomoni_term_get_id (term) : 0;
}

void _tomoni_classes_page_reload_classes (TomoniClassesPage *self);
void _tomoni_classes_page_reload_detail  (TomoniClassesPage *self);
void _tomoni_classes_page_reload_term    (TomoniClassesPage *self);void _tomoni_classes_page_class_actions_init (GtkWidgetClass *widget_class);

G_END_DECLS
