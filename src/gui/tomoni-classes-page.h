/* tomoni-classes-page.h: Japanese classes: terms and sessions, learners and
 * the waiting list, the attendance grid, the week view, printing
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-attendance-grid.h"
#include "tomoni-page.h"
#include "tomoni-store-classes.h"
#include "tomoni-week-view.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_CLASSES_PAGE (tomoni_classes_page_get_type ())
G_DECLARE_FINAL_TYPE (TomoniClassesPage, tomoni_classes_page, TOMONI, CLASSES_PAGE, TomoniPage)

/* The class and term shown (borrowed), or NULL. */
TomoniClass              *tomoni_classes_page_get_class     (TomoniClassesPage *self);
TomoniTerm               *tomoni_classes_page_get_term      (TomoniClassesPage *self);
/* @term_id 0: the class's latest term */
void                      tomoni_classes_page_select_class  (TomoniClassesPage *self,
                                                             gint64             class_id,
                                                             gint64             term_id);
void                      tomoni_classes_page_new_class     (TomoniClassesPage *self);
/* Opens the attendance window of a session. */
void                      tomoni_classes_page_open_session  (TomoniClassesPage *self,
                                                             gint64             session_id);
/* Withdraws from the term shown; the toast names who was promoted. */
gboolean                  tomoni_classes_page_withdraw      (TomoniClassesPage *self,
                                                             gint64             person_id);
GListModel               *tomoni_classes_page_get_sessions  (TomoniClassesPage *self);
TomoniWeekView           *tomoni_classes_page_get_week_view (TomoniClassesPage *self);
TomoniAttendanceGridView *tomoni_classes_page_get_grid_view (TomoniClassesPage *self);

G_END_DECLS
