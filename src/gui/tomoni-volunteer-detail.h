/* tomoni-volunteer-detail.h: one volunteer's registration, schedule,
 * history, languages, skills and availability
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-store.h"
#include "tomoni-volunteer.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_VOLUNTEER_DETAIL (tomoni_volunteer_detail_get_type ())
G_DECLARE_FINAL_TYPE (TomoniVolunteerDetail, tomoni_volunteer_detail, TOMONI, VOLUNTEER_DETAIL, AdwBin)

GtkWidget *tomoni_volunteer_detail_new        (void);
/* Shows @volunteer, with its coming shifts and history read from @store;
 * @skills and @trainings (TomoniCatalogEntry*) name the keys. Its buttons
 * activate "page.edit", "page.renew" and "page.set-status". */
void       tomoni_volunteer_detail_show       (TomoniVolunteerDetail *self,
                                               TomoniStore           *store,
                                               TomoniVolunteer       *volunteer,
                                               GPtrArray             *skills,
                                               GPtrArray             *trainings);

/* The texts the detail and the list share. */
char      *tomoni_volunteer_detail_dup_status (TomoniVolunteer       *volunteer);
char      *tomoni_volunteer_detail_dup_skills (TomoniVolunteer       *volunteer,
                                               GPtrArray             *skills);

G_END_DECLS
