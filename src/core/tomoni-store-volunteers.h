/* tomoni-store-volunteers.h: the volunteer registry in the store. It also
 * includes the headers of the skill lists and of the CSV import, which were part of it
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-person.h"
#include "tomoni-store.h"
#include "tomoni-store-skills.h"
#include "tomoni-store-volunteer-import.h"
#include "tomoni-volunteer.h"

G_BEGIN_DECLS

/**
 * tomoni_store_add_volunteer:
 * @person: (nullable): a new person (id 0) to create in the same
 *   transaction, or NULL when @volunteer's person-id names an existing person
 * @volunteer: on success its uuid, person-id and expiry are set
 *
 * Validates (status, dates, cap, known language codes and levels, JLPT only
 * for Japanese, known skill and training keys, availability ranges, expiry
 * on a 31 March not before the registration) and writes the registration
 * and all its lists in one transaction. INVALID names the field; CONFLICT
 * if the person is already a volunteer.
 */
gboolean      tomoni_store_add_volunteer           (TomoniStore     *self,
                                                    TomoniPerson    *person,
                                                    TomoniVolunteer *volunteer,
                                                    GError         **error);
/* Replaces the registration and all its lists. */
gboolean      tomoni_store_update_volunteer        (TomoniStore     *self,
                                                    TomoniVolunteer *volunteer,
                                                    GError         **error);
/* By the person's id or uuid; NOT_FOUND if the person is not a volunteer. */
TomoniVolunteer *tomoni_store_get_volunteer        (TomoniStore     *self,
                                                    gint64           person_id,
                                                    GError         **error);
TomoniVolunteer *tomoni_store_get_volunteer_by_uuid (TomoniStore    *self,
                                                     const char     *person_uuid,
                                                     GError        **error);
/* Removes the volunteer role (not the person); refused (CONFLICT) while
 * the volunteer has assignments: retire them instead. */
gboolean      tomoni_store_remove_volunteer        (TomoniStore     *self,
                                                    gint64           person_id,
                                                    GError         **error);
gboolean      tomoni_store_set_volunteer_status    (TomoniStore     *self,
                                                    gint64           person_id,
                                                    TomoniVolunteerStatus status,
                                                    GError         **error);
/* Extends the expiry by @n_fiscal_years (>= 1) fiscal years: to 31 March of
 * (expiry's fiscal year + n), counted from today's fiscal year if the
 * registration has already expired. Returns the new expiry in @out_expires_on. */
gboolean      tomoni_store_renew_volunteer         (TomoniStore     *self,
                                                    gint64           person_id,
                                                    guint            n_fiscal_years,
                                                    char           **out_expires_on,
                                                    GError         **error);
/* Person ids of volunteers (not deleted people) whose name, reading or
 * Latin name contains @search (NULL: all), in 五十音 order of the reading;
 * @status < 0: any status. Feed these to a lazy list model. */
GArray       *tomoni_store_query_volunteer_ids     (TomoniStore     *self,
                                                    const char      *search,
                                                    int              status,
                                                    GError         **error);
gint64        tomoni_store_count_volunteers        (TomoniStore     *self);

/* For the Volunteers page's filters */
/* The ids of tomoni_store_query_volunteer_ids() (@search, @status, same
 * order), keeping only those who speak @language (an ISO 639-1 code; NULL:
 * any) at @min_level or better (TOMONI_LEVEL_NONE: any level) and have the
 * skill @skill (a key; NULL: any). One query, whatever the filters. */
GArray       *tomoni_store_filter_volunteer_ids    (TomoniStore         *self,
                                                    const char          *search,
                                                    int                  status,
                                                    const char          *language,
                                                    TomoniLanguageLevel  min_level,
                                                    const char          *skill,
                                                    GError             **error);

G_END_DECLS
