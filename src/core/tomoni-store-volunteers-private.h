/* tomoni-store-volunteers-private.h: what the store's files share about
 * volunteers and activities. Nothing outside src/core/tomoni-store*.c includes this.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-store-private.h"
#include "tomoni-volunteer.h"

G_BEGIN_DECLS

#define TOMONI_MAX_MONTHLY_CAP 31

/* A display name from family, given and Latin name at @first … @first + 2. */
char         *tomoni_store_name_from_columns  (TomoniDbStmt  *stmt,
                                               int            first);

/* Skills and trainings (tomoni-store-skills.c) --------------------------- */

/* The id of a skill (@skill TRUE) or training by key; 0 if unknown. */
gint64        tomoni_store_catalog_id         (TomoniStore   *self,
                                               gboolean       skill,
                                               const char    *key);

/* Volunteers (tomoni-store-volunteers.c) -------------------------------- */

/* Fills in the default dates, then checks everything the API checks. */
gboolean      tomoni_store_validate_volunteer (TomoniStore      *self,
                                               TomoniVolunteer  *volunteer,
                                               GError          **error);

/* Row writers (tomoni-store-volunteer-rows.c) ---------------------------
 *
 * The one INSERT and the one UPDATE of each volunteer table, for the API
 * (which validates first), the XML merge and the sample data. A row carries
 * every column. On insert, uuid NULL: a new one; created_at NULL: now;
 * updated_at NULL: created_at; out_id (optional): the new row's id. An
 * update writes every column but id (the row to write), uuid and
 * created_at; updated_at NULL: now. A loaded row has updated_at NULL, so
 * that writing it back stamps now; free it with the _clear function.
 * The lists of a volunteer are replaced, never updated: they have no
 * UPDATE. volunteer_skill and unavailable_date ignore a duplicate (INSERT
 * OR IGNORE), as the API always has. */

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      person_id;
  const char *status;           /* NULL: active */
  const char *registered_on;
  const char *expires_on;
  int         monthly_cap;
  const char *notes;            /* NULL: '' */
  const char *created_at;
  const char *updated_at;
} TomoniVolunteerRow;

gboolean tomoni_volunteer_row_insert          (TomoniStore                      *store,
                                               const TomoniVolunteerRow         *row,
                                               gint64                           *out_id,
                                               GError                          **error);
gboolean tomoni_volunteer_row_update          (TomoniStore                      *store,
                                               const TomoniVolunteerRow         *row,
                                               GError                          **error);
/* By the person's id: NOT_FOUND if the person is not a volunteer. */
gboolean tomoni_volunteer_row_load            (TomoniStore                      *store,
                                               gint64                            person_id,
                                               TomoniVolunteerRow               *row,
                                               GError                          **error);
void     tomoni_volunteer_row_clear           (TomoniVolunteerRow               *row);

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      person_id;
  const char *code;
  const char *level;            /* native, fluent, business, conversational, basic */
  const char *jlpt;             /* NULL or N1 … N5 */
  const char *proof;            /* NULL: '' */
  const char *created_at;
  const char *updated_at;
} TomoniPersonLanguageRow;

gboolean tomoni_person_language_row_insert    (TomoniStore                      *store,
                                               const TomoniPersonLanguageRow    *row,
                                               gint64                           *out_id,
                                               GError                          **error);

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      volunteer_id;
  gint64      skill_id;
  const char *created_at;
  const char *updated_at;
} TomoniVolunteerSkillRow;

gboolean tomoni_volunteer_skill_row_insert    (TomoniStore                      *store,
                                               const TomoniVolunteerSkillRow    *row,
                                               gint64                           *out_id,
                                               GError                          **error);

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      volunteer_id;
  gint64      training_id;
  const char *completed_on;
  const char *created_at;
  const char *updated_at;
} TomoniVolunteerTrainingRow;

gboolean tomoni_volunteer_training_row_insert (TomoniStore                      *store,
                                               const TomoniVolunteerTrainingRow *row,
                                               gint64                           *out_id,
                                               GError                          **error);

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      volunteer_id;
  int         weekday;          /* 1 = Monday … 7 = Sunday */
  int         start_minute;
  int         end_minute;
  const char *created_at;
  const char *updated_at;
} TomoniAvailabilityRow;

gboolean tomoni_availability_row_insert       (TomoniStore                      *store,
                                               const TomoniAvailabilityRow      *row,
                                               gint64                           *out_id,
                                               GError                          **error);

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      volunteer_id;
  const char *date;
  const char *created_at;
  const char *updated_at;
} TomoniUnavailableDateRow;

gboolean tomoni_unavailable_date_row_insert   (TomoniStore                      *store,
                                               const TomoniUnavailableDateRow   *row,
                                               gint64                           *out_id,
                                               GError                          **error);

/* A row of skill or training (the same columns). Their update also writes
 * uuid and created_at when given (NULL or "": kept): the sample data gives
 * the seeded rows its own. */
typedef struct {
  gint64      id;
  const char *uuid;
  const char *key;
  const char *name_ja;
  const char *name_en;
  const char *created_at;
  const char *updated_at;
} TomoniCatalogRow;

gboolean tomoni_skill_row_insert              (TomoniStore                      *store,
                                               const TomoniCatalogRow           *row,
                                               gint64                           *out_id,
                                               GError                          **error);
gboolean tomoni_skill_row_update              (TomoniStore                      *store,
                                               const TomoniCatalogRow           *row,
                                               GError                          **error);
gboolean tomoni_training_row_insert           (TomoniStore                      *store,
                                               const TomoniCatalogRow           *row,
                                               gint64                           *out_id,
                                               GError                          **error);
gboolean tomoni_training_row_update           (TomoniStore                      *store,
                                               const TomoniCatalogRow           *row,
                                               GError                          **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TomoniVolunteerRow, tomoni_volunteer_row_clear)

G_END_DECLS
