/* tomoni-volunteer-dialog.h: register a volunteer or edit a registration
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-form-dialog.h"

#include "tomoni-store.h"
#include "tomoni-volunteer.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_VOLUNTEER_DIALOG (tomoni_volunteer_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniVolunteerDialog, tomoni_volunteer_dialog, TOMONI, VOLUNTEER_DIALOG, TomoniFormDialog)

/* @volunteer NULL: a new person registered as a volunteer. On "saved",
 * get_person_id() gives the person's id. */
TomoniVolunteerDialog *tomoni_volunteer_dialog_new          (GtkWindow             *parent,
                                                             TomoniStore           *store,
                                                             TomoniVolunteer       *volunteer);
/* For tests, as typed: "family-name", "given-name", "reading",
 * "latin-name", "email", "phone", "registered-on", "expires-on", "cap",
 * "notes", "unavailable", and "mon" … "sun" (time ranges, "18:00-21:00"). */
void                   tomoni_volunteer_dialog_set_text     (TomoniVolunteerDialog *self,
                                                             const char            *field,
                                                             const char            *text);
/* Registers a person already in Tomoni instead of a new one (0: new). */
void                   tomoni_volunteer_dialog_set_existing_person (TomoniVolunteerDialog *self,
                                                                    gint64                 person_id);
void                   tomoni_volunteer_dialog_set_status   (TomoniVolunteerDialog *self,
                                                             TomoniVolunteerStatus  status);
/* Adds a language row (@jlpt 0 none). */
void                   tomoni_volunteer_dialog_add_language (TomoniVolunteerDialog *self,
                                                             const char            *code,
                                                             TomoniLanguageLevel    level,
                                                             int                    jlpt);
void                   tomoni_volunteer_dialog_set_skill    (TomoniVolunteerDialog *self,
                                                             const char            *key,
                                                             gboolean               has);
/* @completed_on NULL: not completed. */
void                   tomoni_volunteer_dialog_set_training (TomoniVolunteerDialog *self,
                                                             const char            *key,
                                                             const char            *completed_on);
gboolean               tomoni_volunteer_dialog_save         (TomoniVolunteerDialog *self);
gint64                 tomoni_volunteer_dialog_get_person_id (TomoniVolunteerDialog *self);

G_END_DECLS
