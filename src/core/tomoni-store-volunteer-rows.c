/* tomoni-store-volunteer-rows.c: the one INSERT and the one UPDATE of each
 * volunteer table (volunteer, its lists, skill, training), and the helpers
 * the volunteer and activity files share
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-date.h"
#include "tomoni-store-private.h"
#include "tomoni-store-volunteers-private.h"

/* Row writers ------------------------------------------------------------ */

/* volunteer */

static void
bind_volunteer_row (TomoniDbStmt             *stmt,
                    const TomoniVolunteerRow *row,
                    const char               *uuid,
                    const char               *created_at,
                    const char               *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int64 (stmt, 3, row->person_id);
  tomoni_bind_text (stmt, 4, row->status != NULL ? row->status : "active");
  tomoni_bind_text (stmt, 5, row->registered_on);
  tomoni_bind_text (stmt, 6, row->expires_on);
  tomoni_db_bind_int (stmt, 7, row->monthly_cap);
  tomoni_bind_text (stmt, 8, row->notes != NULL ? row->notes : "");
  tomoni_bind_text (stmt, 9, created_at);
  tomoni_bind_text (stmt, 10, updated_at);
}

gboolean
tomoni_volunteer_row_insert (TomoniStore               *store,
                             const TomoniVolunteerRow  *row,
                             gint64                    *out_id,
                             GError                   **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = tomoni_timestamp_now ();
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO volunteer (uuid, person_id, status, registered_on, expires_on, monthly_cap, notes, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return FALSE;
  bind_volunteer_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_volunteer_row_update (TomoniStore               *store,
                             const TomoniVolunteerRow  *row,
                             GError                   **error)
{
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "UPDATE volunteer SET person_id = ?3, status = ?4, registered_on = ?5, expires_on = ?6, monthly_cap = ?7, notes = ?8, updated_at = ?10"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_volunteer_row (stmt, row, NULL, NULL, row->updated_at != NULL ? row->updated_at : now);
  return tomoni_store_step_done (store, stmt, error);
}

/* Columns of the SELECT that loads a volunteer row. */
enum {
  VOLUNTEER_ROW_ID, VOLUNTEER_ROW_UUID, VOLUNTEER_ROW_PERSON_ID, VOLUNTEER_ROW_STATUS,
  VOLUNTEER_ROW_REGISTERED_ON, VOLUNTEER_ROW_EXPIRES_ON, VOLUNTEER_ROW_MONTHLY_CAP, VOLUNTEER_ROW_NOTES,
  VOLUNTEER_ROW_CREATED_AT,
};

gboolean
tomoni_volunteer_row_load (TomoniStore         *store,
                           gint64               person_id,
                           TomoniVolunteerRow  *row,
                           GError             **error)
{
  TomoniDbStmt *stmt;
  int rc;

  memset (row, 0, sizeof *row);
  stmt = tomoni_store_prepare (store,
                               "SELECT id, uuid, person_id, status, registered_on, expires_on, monthly_cap, notes,"
                               " created_at FROM volunteer WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  rc = tomoni_db_step (stmt);
  if (rc == TOMONI_DB_ROW)
    {
      row->id = tomoni_db_column_int64 (stmt, VOLUNTEER_ROW_ID);
      row->uuid = tomoni_column_dup_text (stmt, VOLUNTEER_ROW_UUID);
      row->person_id = tomoni_db_column_int64 (stmt, VOLUNTEER_ROW_PERSON_ID);
      row->status = tomoni_column_dup_text (stmt, VOLUNTEER_ROW_STATUS);
      row->registered_on = tomoni_column_dup_text (stmt, VOLUNTEER_ROW_REGISTERED_ON);
      row->expires_on = tomoni_column_dup_text (stmt, VOLUNTEER_ROW_EXPIRES_ON);
      row->monthly_cap = tomoni_db_column_int (stmt, VOLUNTEER_ROW_MONTHLY_CAP);
      row->notes = tomoni_column_dup_text (stmt, VOLUNTEER_ROW_NOTES);
      row->created_at = tomoni_column_dup_text (stmt, VOLUNTEER_ROW_CREATED_AT);
    }
  return tomoni_store_row_found (store, stmt, rc, _("No such volunteer"), error);
}

void
tomoni_volunteer_row_clear (TomoniVolunteerRow *row)
{
  g_free ((char *)row->uuid);
  g_free ((char *)row->status);
  g_free ((char *)row->registered_on);
  g_free ((char *)row->expires_on);
  g_free ((char *)row->notes);
  g_free ((char *)row->created_at);
  g_free ((char *)row->updated_at);
  memset (row, 0, sizeof *row);
}

/* The lists of a volunteer: inserted, never updated (they are replaced) */

static void
bind_person_language_row (TomoniDbStmt                  *stmt,
                          const TomoniPersonLanguageRow *row,
                          const char                    *uuid,
                          const char                    *created_at,
                          const char                    *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int64 (stmt, 3, row->person_id);
  tomoni_bind_text (stmt, 4, row->code);
  tomoni_bind_text (stmt, 5, row->level);
  tomoni_bind_text_or_null (stmt, 6, row->jlpt);
  tomoni_bind_text (stmt, 7, row->proof != NULL ? row->proof : "");
  tomoni_bind_text (stmt, 8, created_at);
  tomoni_bind_text (stmt, 9, updated_at);
}

gboolean
tomoni_person_language_row_insert (TomoniStore                    *store,
                                   const TomoniPersonLanguageRow  *row,
                                   gint64                         *out_id,
                                   GError                        **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = tomoni_timestamp_now ();
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO person_language (uuid, person_id, code, level, jlpt, proof, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  if (stmt == NULL)
    return FALSE;
  bind_person_language_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

static void
bind_volunteer_skill_row (TomoniDbStmt                  *stmt,
                          const TomoniVolunteerSkillRow *row,
                          const char                    *uuid,
                          const char                    *created_at,
                          const char                    *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int64 (stmt, 3, row->volunteer_id);
  tomoni_db_bind_int64 (stmt, 4, row->skill_id);
  tomoni_bind_text (stmt, 5, created_at);
  tomoni_bind_text (stmt, 6, updated_at);
}

gboolean
tomoni_volunteer_skill_row_insert (TomoniStore                    *store,
                                   const TomoniVolunteerSkillRow  *row,
                                   gint64                         *out_id,
                                   GError                        **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = tomoni_timestamp_now ();
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT OR IGNORE INTO volunteer_skill (uuid, volunteer_id, skill_id, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  bind_volunteer_skill_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

static void
bind_volunteer_training_row (TomoniDbStmt                     *stmt,
                             const TomoniVolunteerTrainingRow *row,
                             const char                       *uuid,
                             const char                       *created_at,
                             const char                       *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int64 (stmt, 3, row->volunteer_id);
  tomoni_db_bind_int64 (stmt, 4, row->training_id);
  tomoni_bind_text (stmt, 5, row->completed_on);
  tomoni_bind_text (stmt, 6, created_at);
  tomoni_bind_text (stmt, 7, updated_at);
}

gboolean
tomoni_volunteer_training_row_insert (TomoniStore                       *store,
                                      const TomoniVolunteerTrainingRow  *row,
                                      gint64                            *out_id,
                                      GError                           **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = tomoni_timestamp_now ();
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO volunteer_training (uuid, volunteer_id, training_id, completed_on, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  bind_volunteer_training_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

static void
bind_availability_row (TomoniDbStmt                *stmt,
                       const TomoniAvailabilityRow *row,
                       const char                  *uuid,
                       const char                  *created_at,
                       const char                  *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int64 (stmt, 3, row->volunteer_id);
  tomoni_db_bind_int (stmt, 4, row->weekday);
  tomoni_db_bind_int (stmt, 5, row->start_minute);
  tomoni_db_bind_int (stmt, 6, row->end_minute);
  tomoni_bind_text (stmt, 7, created_at);
  tomoni_bind_text (stmt, 8, updated_at);
}

gboolean
tomoni_availability_row_insert (TomoniStore                  *store,
                                const TomoniAvailabilityRow  *row,
                                gint64                       *out_id,
                                GError                      **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = tomoni_timestamp_now ();
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO availability (uuid, volunteer_id, weekday, start_minute, end_minute, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  bind_availability_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

static void
bind_unavailable_date_row (TomoniDbStmt                   *stmt,
                           const TomoniUnavailableDateRow *row,
                           const char                     *uuid,
                           const char                     *created_at,
                           const char                     *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int64 (stmt, 3, row->volunteer_id);
  tomoni_bind_text (stmt, 4, row->date);
  tomoni_bind_text (stmt, 5, created_at);
  tomoni_bind_text (stmt, 6, updated_at);
}

gboolean
tomoni_unavailable_date_row_insert (TomoniStore                     *store,
                                    const TomoniUnavailableDateRow  *row,
                                    gint64                          *out_id,
                                    GError                         **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = tomoni_timestamp_now ();
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT OR IGNORE INTO unavailable_date (uuid, volunteer_id, date, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  bind_unavailable_date_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

/* skill and training */

static void
bind_skill_row (TomoniDbStmt           *stmt,
                const TomoniCatalogRow *row,
                const char             *uuid,
                const char             *created_at,
                const char             *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_bind_text (stmt, 3, row->key);
  tomoni_bind_text (stmt, 4, row->name_ja);
  tomoni_bind_text (stmt, 5, row->name_en);
  tomoni_bind_text (stmt, 6, created_at);
  tomoni_bind_text (stmt, 7, updated_at);
}

gboolean
tomoni_skill_row_insert (TomoniStore             *store,
                         const TomoniCatalogRow  *row,
                         gint64                  *out_id,
                         GError                 **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = tomoni_timestamp_now ();
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO skill (uuid, key, name_ja, name_en, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  bind_skill_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_skill_row_update (TomoniStore             *store,
                         const TomoniCatalogRow  *row,
                         GError                 **error)
{
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "UPDATE skill SET uuid = COALESCE (NULLIF (?2, ''), uuid), key = ?3, name_ja = ?4,"
                               " name_en = ?5, created_at = COALESCE (NULLIF (?6, ''), created_at), updated_at = ?7"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_skill_row (stmt, row, row->uuid, row->created_at, row->updated_at != NULL ? row->updated_at : now);
  return tomoni_store_step_done (store, stmt, error);
}

static void
bind_training_row (TomoniDbStmt           *stmt,
                   const TomoniCatalogRow *row,
                   const char             *uuid,
                   const char             *created_at,
                   const char             *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_bind_text (stmt, 3, row->key);
  tomoni_bind_text (stmt, 4, row->name_ja);
  tomoni_bind_text (stmt, 5, row->name_en);
  tomoni_bind_text (stmt, 6, created_at);
  tomoni_bind_text (stmt, 7, updated_at);
}

gboolean
tomoni_training_row_insert (TomoniStore             *store,
                            const TomoniCatalogRow  *row,
                            gint64                  *out_id,
                            GError                 **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = tomoni_timestamp_now ();
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO training (uuid, key, name_ja, name_en, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  bind_training_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_training_row_update (TomoniStore             *store,
                            const TomoniCatalogRow  *row,
                            GError                 **error)
{
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "UPDATE training SET uuid = COALESCE (NULLIF (?2, ''), uuid), key = ?3, name_ja = ?4,"
                               " name_en = ?5, created_at = COALESCE (NULLIF (?6, ''), created_at), updated_at = ?7"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_training_row (stmt, row, row->uuid, row->created_at, row->updated_at != NULL ? row->updated_at : now);
  return tomoni_store_step_done (store, stmt, error);
}
