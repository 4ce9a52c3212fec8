/* tomoni-volunteers-page.h: the volunteer registry: search, filters,
 * a volunteer's registration, schedule and history
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-page.h"
#include "tomoni-volunteer.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_VOLUNTEERS_PAGE (tomoni_volunteers_page_get_type ())
G_DECLARE_FINAL_TYPE (TomoniVolunteersPage, tomoni_volunteers_page, TOMONI, VOLUNTEERS_PAGE, TomoniPage)

GListModel *tomoni_volunteers_page_get_model      (TomoniVolunteersPage *self);
/* Sets the search and filters as the controls would: @status < 0 any,
 * @language NULL any (then @min_level is ignored), @skill NULL any. */
void        tomoni_volunteers_page_set_filter     (TomoniVolunteersPage *self,
                                                   const char           *search,
                                                   int                   status,
                                                   const char           *language,
                                                   TomoniLanguageLevel   min_level,
                                                   const char           *skill);
gboolean    tomoni_volunteers_page_select         (TomoniVolunteersPage *self,
                                                   gint64                person_id);
gint64      tomoni_volunteers_page_get_selected   (TomoniVolunteersPage *self);
/* Opens the volunteer dialog (@volunteer NULL: a new one); returns it. */
GtkWindow  *tomoni_volunteers_page_edit_volunteer (TomoniVolunteersPage *self,
                                                   TomoniVolunteer      *volunteer);
/* Opens the CSV import dialog; returns it. */
GtkWindow  *tomoni_volunteers_page_import         (TomoniVolunteersPage *self);

G_END_DECLS
