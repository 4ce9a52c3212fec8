/* tomoni-activities-page.h: activities, their shifts and slots, the roster,
 * auto-fill and check-in
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-autofill-dialog.h"
#include "tomoni-page.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_ACTIVITIES_PAGE (tomoni_activities_page_get_type ())
G_DECLARE_FINAL_TYPE (TomoniActivitiesPage, tomoni_activities_page, TOMONI, ACTIVITIES_PAGE, TomoniPage)

GListModel           *tomoni_activities_page_get_model         (TomoniActivitiesPage *self);
/* Selects the activity in the list (showing all activities if needed). */
gboolean              tomoni_activities_page_select_activity   (TomoniActivitiesPage *self,
                                                                gint64                activity_id);
gint64                tomoni_activities_page_get_activity_id   (TomoniActivitiesPage *self);
/* Opens the auto-fill dialog for the selected activity (as Auto-Fill does). */
TomoniAutofillDialog *tomoni_activities_page_autofill          (TomoniActivitiesPage *self);
/* The last auto-fill applied from this page, until it is undone. */
const char           *tomoni_activities_page_get_undo_token    (TomoniActivitiesPage *self);
/* What the toast's Undo does: removes exactly what the last auto-fill added. */
gboolean              tomoni_activities_page_undo_autofill     (TomoniActivitiesPage *self,
                                                                GError              **error);

G_END_DECLS
