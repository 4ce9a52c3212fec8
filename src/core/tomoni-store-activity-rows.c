/* tomoni-store-activity-rows.c: the one INSERT and the one UPDATE of each
 * table of activities (requester, activity, shift, slot, slot_language,
 * assignment, auto_fill), for the API, the XML merge and the sample data
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-store-activities-private.h"
#include "tomoni-store-private.h"

#define NOT_FOUND TOMONI_STORE_ERROR_NOT_FOUND

/* requester */

static void
bind_requester_row (TomoniDbStmt             *stmt,
                    const TomoniRequesterRow *row,
                    const char               *uuid,
                    const char               *created_at,
                    const char               *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_bind_text (stmt, 3, row->name);
  tomoni_bind_text (stmt, 4, row->kind != NULL ? row->kind : "other");
  tomoni_bind_text (stmt, 5, row->contact != NULL ? row->contact : "");
  tomoni_bind_text (stmt, 6, row->notes != NULL ? row->notes : "");
  tomoni_bind_text (stmt, 7, created_at);
  tomoni_bind_text (stmt, 8, updated_at);
}

gboolean
tomoni_requester_row_insert (TomoniStore               *store,
                             const TomoniRequesterRow  *row,
                             gint64                    *out_id,
                             GError                   **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = row->created_at == NULL ? tomoni_timestamp_now () : NULL;
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO requester (uuid, name, kind, contact, notes, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  bind_requester_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_requester_row_update (TomoniStore               *store,
                             const TomoniRequesterRow  *row,
                             GError                   **error)
{
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "UPDATE requester SET name = ?3, kind = ?4, contact = ?5, notes = ?6, updated_at = ?8"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_requester_row (stmt, row, NULL, NULL, row->updated_at != NULL ? row->updated_at : now);
  return tomoni_store_step_done (store, stmt, error);
}

/* activity */

static void
bind_activity_row (TomoniDbStmt            *stmt,
                   const TomoniActivityRow *row,
                   const char              *uuid,
                   const char              *created_at,
                   const char              *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_bind_text (stmt, 3, row->title);
  tomoni_bind_text (stmt, 4, row->title_en != NULL ? row->title_en : "");
  tomoni_bind_text (stmt, 5, row->kind);
  tomoni_store_bind_id_or_null (stmt, 6, row->venue_id);
  tomoni_store_bind_id_or_null (stmt, 7, row->requester_id);
  tomoni_db_bind_int (stmt, 8, row->confidential ? 1 : 0);
  tomoni_bind_text (stmt, 9, row->notes != NULL ? row->notes : "");
  tomoni_bind_text (stmt, 10, created_at);
  tomoni_bind_text (stmt, 11, updated_at);
}

gboolean
tomoni_activity_row_insert (TomoniStore              *store,
                            const TomoniActivityRow  *row,
                            gint64                   *out_id,
                            GError                  **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = row->created_at == NULL ? tomoni_timestamp_now () : NULL;
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO activity (uuid, title, title_en, kind, venue_id, requester_id, confidential, notes, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                               " ON CONFLICT (uuid) DO NOTHING RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  bind_activity_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_activity_row_update (TomoniStore              *store,
                            const TomoniActivityRow  *row,
                            GError                  **error)
{
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "UPDATE activity SET title = ?3, title_en = ?4, kind = ?5, venue_id = ?6, requester_id = ?7, confidential = ?8, notes = ?9, updated_at = ?11"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_activity_row (stmt, row, NULL, NULL, row->updated_at != NULL ? row->updated_at : now);
  return tomoni_store_step_done (store, stmt, error);
}

/* shift */

static void
bind_shift_row (TomoniDbStmt         *stmt,
                const TomoniShiftRow *row,
                const char           *uuid,
                const char           *created_at,
                const char           *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int64 (stmt, 3, row->activity_id);
  tomoni_bind_text (stmt, 4, row->date);
  tomoni_db_bind_int (stmt, 5, row->start_minute);
  tomoni_db_bind_int (stmt, 6, row->end_minute);
  tomoni_store_bind_id_or_null (stmt, 7, row->room_id);
  tomoni_bind_text (stmt, 8, created_at);
  tomoni_bind_text (stmt, 9, updated_at);
}

gboolean
tomoni_shift_row_insert (TomoniStore           *store,
                         const TomoniShiftRow  *row,
                         gint64                *out_id,
                         GError               **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = row->created_at == NULL ? tomoni_timestamp_now () : NULL;
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO shift (uuid, activity_id, date, start_minute, end_minute, room_id, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                               " ON CONFLICT (uuid) DO NOTHING RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  bind_shift_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_shift_row_update (TomoniStore           *store,
                         const TomoniShiftRow  *row,
                         GError               **error)
{
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "UPDATE shift SET activity_id = ?3, date = ?4, start_minute = ?5, end_minute = ?6, room_id = ?7, updated_at = ?9"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_shift_row (stmt, row, NULL, NULL, row->updated_at != NULL ? row->updated_at : now);
  return tomoni_store_step_done (store, stmt, error);
}

/* Columns of the SELECT that loads a shift row. */
enum {
  SHIFT_ROW_ID, SHIFT_ROW_UUID, SHIFT_ROW_ACTIVITY_ID, SHIFT_ROW_DATE, SHIFT_ROW_START_MINUTE,
  SHIFT_ROW_END_MINUTE, SHIFT_ROW_ROOM_ID, SHIFT_ROW_CREATED_AT,
};

gboolean
tomoni_shift_row_load (TomoniStore     *store,
                       gint64           id,
                       TomoniShiftRow  *row,
                       GError         **error)
{
  TomoniDbStmt *stmt;
  int rc;

  memset (row, 0, sizeof *row);
  stmt = tomoni_store_prepare (store,
                               "SELECT id, uuid, activity_id, date, start_minute, end_minute, coalesce (room_id, 0), created_at FROM shift WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  rc = tomoni_db_step (stmt);
  if (rc == TOMONI_DB_ROW)
    {
      row->id = tomoni_db_column_int64 (stmt, SHIFT_ROW_ID);
      row->uuid = tomoni_column_dup_text (stmt, SHIFT_ROW_UUID);
      row->activity_id = tomoni_db_column_int64 (stmt, SHIFT_ROW_ACTIVITY_ID);
      row->date = tomoni_column_dup_text (stmt, SHIFT_ROW_DATE);
      row->start_minute = tomoni_db_column_int (stmt, SHIFT_ROW_START_MINUTE);
      row->end_minute = tomoni_db_column_int (stmt, SHIFT_ROW_END_MINUTE);
      row->room_id = tomoni_db_column_int64 (stmt, SHIFT_ROW_ROOM_ID);
      row->created_at = tomoni_column_dup_text (stmt, SHIFT_ROW_CREATED_AT);
    }
  return tomoni_store_row_found (store, stmt, rc, _("No such shift"), error);
}

void
tomoni_shift_row_clear (TomoniShiftRow *row)
{
  g_free ((char *)row->uuid);
  g_free ((char *)row->date);
  g_free ((char *)row->created_at);
  g_free ((char *)row->updated_at);
  memset (row, 0, sizeof *row);
}

/* slot */

static void
bind_slot_row (TomoniDbStmt        *stmt,
               const TomoniSlotRow *row,
               const char          *uuid,
               const char          *created_at,
               const char          *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int64 (stmt, 3, row->shift_id);
  tomoni_bind_text (stmt, 4, row->role);
  tomoni_db_bind_int (stmt, 5, row->needed);
  tomoni_store_bind_id_or_null (stmt, 6, row->required_skill_id);
  tomoni_store_bind_id_or_null (stmt, 7, row->required_training_id);
  tomoni_bind_text (stmt, 8, created_at);
  tomoni_bind_text (stmt, 9, updated_at);
}

gboolean
tomoni_slot_row_insert (TomoniStore          *store,
                        const TomoniSlotRow  *row,
                        gint64               *out_id,
                        GError              **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = row->created_at == NULL ? tomoni_timestamp_now () : NULL;
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO slot (uuid, shift_id, role, needed, required_skill_id, required_training_id, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                               " ON CONFLICT (uuid) DO NOTHING RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  bind_slot_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_slot_row_update (TomoniStore          *store,
                        const TomoniSlotRow  *row,
                        GError              **error)
{
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "UPDATE slot SET shift_id = ?3, role = ?4, needed = ?5, required_skill_id = ?6, required_training_id = ?7, updated_at = ?9"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_slot_row (stmt, row, NULL, NULL, row->updated_at != NULL ? row->updated_at : now);
  return tomoni_store_step_done (store, stmt, error);
}

/* Columns of the SELECT that loads a slot row. */
enum {
  SLOT_ROW_ID, SLOT_ROW_UUID, SLOT_ROW_SHIFT_ID, SLOT_ROW_ROLE, SLOT_ROW_NEEDED, SLOT_ROW_REQUIRED_SKILL_ID,
  SLOT_ROW_REQUIRED_TRAINING_ID, SLOT_ROW_CREATED_AT,
};

gboolean
tomoni_slot_row_load (TomoniStore    *store,
                      gint64          id,
                      TomoniSlotRow  *row,
                      GError        **error)
{
  TomoniDbStmt *stmt;
  int rc;

  memset (row, 0, sizeof *row);
  stmt = tomoni_store_prepare (store,
                               "SELECT id, uuid, shift_id, role, needed, coalesce (required_skill_id, 0), coalesce (required_training_id, 0), created_at FROM slot WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  rc = tomoni_db_step (stmt);
  if (rc == TOMONI_DB_ROW)
    {
      row->id = tomoni_db_column_int64 (stmt, SLOT_ROW_ID);
      row->uuid = tomoni_column_dup_text (stmt, SLOT_ROW_UUID);
      row->shift_id = tomoni_db_column_int64 (stmt, SLOT_ROW_SHIFT_ID);
      row->role = tomoni_column_dup_text (stmt, SLOT_ROW_ROLE);
      row->needed = tomoni_db_column_int (stmt, SLOT_ROW_NEEDED);
      row->required_skill_id = tomoni_db_column_int64 (stmt, SLOT_ROW_REQUIRED_SKILL_ID);
      row->required_training_id = tomoni_db_column_int64 (stmt, SLOT_ROW_REQUIRED_TRAINING_ID);
      row->created_at = tomoni_column_dup_text (stmt, SLOT_ROW_CREATED_AT);
    }
  return tomoni_store_row_found (store, stmt, rc, _("No such slot"), error);
}

void
tomoni_slot_row_clear (TomoniSlotRow *row)
{
  g_free ((char *)row->uuid);
  g_free ((char *)row->role);
  g_free ((char *)row->created_at);
  g_free ((char *)row->updated_at);
  memset (row, 0, sizeof *row);
}

/* slot_language */

static void
bind_slot_language_row (TomoniDbStmt                *stmt,
                        const TomoniSlotLanguageRow *row,
                        const char                  *uuid,
                        const char                  *created_at,
                        const char                  *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int64 (stmt, 3, row->slot_id);
  tomoni_bind_text (stmt, 4, row->code);
  tomoni_bind_text (stmt, 5, row->min_level);
  tomoni_bind_text (stmt, 6, created_at);
  tomoni_bind_text (stmt, 7, updated_at);
}

gboolean
tomoni_slot_language_row_insert (TomoniStore                  *store,
                                 const TomoniSlotLanguageRow  *row,
                                 gint64                       *out_id,
                                 GError                      **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = row->created_at == NULL ? tomoni_timestamp_now () : NULL;
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO slot_language (uuid, slot_id, code, min_level, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  bind_slot_language_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

/* auto_fill */

static void
bind_auto_fill_row (TomoniDbStmt            *stmt,
                    const TomoniAutoFillRow *row,
                    const char              *uuid,
                    const char              *created_at,
                    const char              *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int (stmt, 3, row->n_created);
  tomoni_bind_text_or_null (stmt, 4, row->undone_at);
  tomoni_bind_text (stmt, 5, created_at);
  tomoni_bind_text (stmt, 6, updated_at);
}

gboolean
tomoni_auto_fill_row_insert (TomoniStore              *store,
                             const TomoniAutoFillRow  *row,
                             gint64                   *out_id,
                             GError                  **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = row->created_at == NULL ? tomoni_timestamp_now () : NULL;
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO auto_fill (uuid, n_created, undone_at, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  bind_auto_fill_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_auto_fill_row_update (TomoniStore              *store,
                             const TomoniAutoFillRow  *row,
                             GError                  **error)
{
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "UPDATE auto_fill SET n_created = ?3, undone_at = ?4, updated_at = ?6"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_auto_fill_row (stmt, row, NULL, NULL, row->updated_at != NULL ? row->updated_at : now);
  return tomoni_store_step_done (store, stmt, error);
}

/* Columns of the SELECT that loads a auto_fill row. */
enum {
  AUTO_FILL_ROW_ID, AUTO_FILL_ROW_UUID, AUTO_FILL_ROW_N_CREATED, AUTO_FILL_ROW_UNDONE_AT,
  AUTO_FILL_ROW_CREATED_AT,
};

gboolean
tomoni_auto_fill_row_load (TomoniStore        *store,
                           gint64              id,
                           TomoniAutoFillRow  *row,
                           GError            **error)
{
  TomoniDbStmt *stmt;
  int rc;

  memset (row, 0, sizeof *row);
  stmt = tomoni_store_prepare (store,
                               "SELECT id, uuid, n_created, undone_at, created_at FROM auto_fill WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  rc = tomoni_db_step (stmt);
  if (rc == TOMONI_DB_ROW)
    {
      row->id = tomoni_db_column_int64 (stmt, AUTO_FILL_ROW_ID);
      row->uuid = tomoni_column_dup_text (stmt, AUTO_FILL_ROW_UUID);
      row->n_created = tomoni_db_column_int (stmt, AUTO_FILL_ROW_N_CREATED);
      row->undone_at = tomoni_column_dup_text (stmt, AUTO_FILL_ROW_UNDONE_AT);
      row->created_at = tomoni_column_dup_text (stmt, AUTO_FILL_ROW_CREATED_AT);
    }
  return tomoni_store_row_found (store, stmt, rc, _("No auto-fill with this token"), error);
}

void
tomoni_auto_fill_row_clear (TomoniAutoFillRow *row)
{
  g_free ((char *)row->uuid);
  g_free ((char *)row->undone_at);
  g_free ((char *)row->created_at);
  g_free ((char *)row->updated_at);
  memset (row, 0, sizeof *row);
}

/* assignment */

/* Parameters shared by the INSERT and the UPDATE. */
static void
bind_assignment_row (TomoniDbStmt               *stmt,
                     const TomoniAssignmentRow  *row,
                     const char                 *uuid,
                     const char                 *created_at,
                     const char                 *updated_at)
{
  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_db_bind_int64 (stmt, 3, row->slot_id);
  tomoni_db_bind_int64 (stmt, 4, row->person_id);
  tomoni_bind_text (stmt, 5, row->status != NULL ? row->status : "assigned");
  tomoni_bind_text (stmt, 6, row->source != NULL ? row->source : "manual");
  if (row->score >= 0)
    tomoni_db_bind_int64 (stmt, 7, row->score);
  else
    tomoni_db_bind_null (stmt, 7);
  tomoni_bind_text (stmt, 8, row->override_reason != NULL ? row->override_reason : "");
  tomoni_bind_text (stmt, 9, row->cancel_reason != NULL ? row->cancel_reason : "");
  tomoni_bind_text_or_null (stmt, 10, row->checkin);
  if (row->minutes >= 0)
    tomoni_db_bind_int (stmt, 11, row->minutes);
  else
    tomoni_db_bind_null (stmt, 11);
  tomoni_bind_text_or_null (stmt, 12, row->checked_in_at);
  tomoni_store_bind_id_or_null (stmt, 13, row->auto_fill_id);
  tomoni_bind_text (stmt, 14, created_at);
  tomoni_bind_text (stmt, 15, updated_at);
}

gboolean
tomoni_assignment_row_insert (TomoniStore                *store,
                              const TomoniAssignmentRow  *row,
                              gint64                     *out_id,
                              GError                    **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *now = row->created_at == NULL ? tomoni_timestamp_now () : NULL;
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO assignment (uuid, slot_id, person_id, status, source, score, override_reason,"
                               " cancel_reason, checkin, minutes, checked_in_at, auto_fill_id, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
                               " ON CONFLICT (uuid) DO NOTHING RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  bind_assignment_row (stmt, row, uuid, created_at, row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_assignment_row_update (TomoniStore                *store,
                              const TomoniAssignmentRow  *row,
                              GError                    **error)
{
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "UPDATE assignment SET slot_id = ?3, person_id = ?4, status = ?5, source = ?6, score = ?7,"
                               " override_reason = ?8, cancel_reason = ?9, checkin = ?10, minutes = ?11,"
                               " checked_in_at = ?12, auto_fill_id = ?13, updated_at = ?15"
                               " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  bind_assignment_row (stmt, row, NULL, NULL, row->updated_at != NULL ? row->updated_at : now);
  if (!tomoni_store_step_done (store, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (store)) == 0)
    return tomoni_store_fail (error, NOT_FOUND, _("No such assignment"));
  return TRUE;
}

/* Columns of the SELECT that loads an assignment row. */
enum {
  ASSIGNMENT_ROW_ID, ASSIGNMENT_ROW_UUID, ASSIGNMENT_ROW_SLOT_ID, ASSIGNMENT_ROW_PERSON_ID,
  ASSIGNMENT_ROW_STATUS, ASSIGNMENT_ROW_SOURCE, ASSIGNMENT_ROW_SCORE, ASSIGNMENT_ROW_OVERRIDE_REASON,
  ASSIGNMENT_ROW_CANCEL_REASON, ASSIGNMENT_ROW_CHECKIN, ASSIGNMENT_ROW_MINUTES, ASSIGNMENT_ROW_CHECKED_IN_AT,
  ASSIGNMENT_ROW_AUTO_FILL_ID, ASSIGNMENT_ROW_CREATED_AT,
};

gboolean
tomoni_assignment_row_load (TomoniStore          *store,
                            gint64                id,
                            TomoniAssignmentRow  *row,
                            GError              **error)
{
  TomoniDbStmt *stmt;
  int rc;

  memset (row, 0, sizeof *row);
  stmt = tomoni_store_prepare (store,
                               "SELECT id, uuid, slot_id, person_id, status, source, coalesce (score, -1),"
                               " override_reason, cancel_reason, checkin, coalesce (minutes, -1), checked_in_at,"
                               " coalesce (auto_fill_id, 0), created_at FROM assignment WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  rc = tomoni_db_step (stmt);
  if (rc == TOMONI_DB_ROW)
    {
      row->id = tomoni_db_column_int64 (stmt, ASSIGNMENT_ROW_ID);
      row->uuid = tomoni_column_dup_text (stmt, ASSIGNMENT_ROW_UUID);
      row->slot_id = tomoni_db_column_int64 (stmt, ASSIGNMENT_ROW_SLOT_ID);
      row->person_id = tomoni_db_column_int64 (stmt, ASSIGNMENT_ROW_PERSON_ID);
      row->status = tomoni_column_dup_text (stmt, ASSIGNMENT_ROW_STATUS);
      row->source = tomoni_column_dup_text (stmt, ASSIGNMENT_ROW_SOURCE);
      row->score = tomoni_db_column_int64 (stmt, ASSIGNMENT_ROW_SCORE);
      row->override_reason = tomoni_column_dup_text (stmt, ASSIGNMENT_ROW_OVERRIDE_REASON);
      row->cancel_reason = tomoni_column_dup_text (stmt, ASSIGNMENT_ROW_CANCEL_REASON);
      row->checkin = tomoni_column_dup_text (stmt, ASSIGNMENT_ROW_CHECKIN);
      row->minutes = tomoni_db_column_int (stmt, ASSIGNMENT_ROW_MINUTES);
      row->checked_in_at = tomoni_column_dup_text (stmt, ASSIGNMENT_ROW_CHECKED_IN_AT);
      row->auto_fill_id = tomoni_db_column_int64 (stmt, ASSIGNMENT_ROW_AUTO_FILL_ID);
      row->created_at = tomoni_column_dup_text (stmt, ASSIGNMENT_ROW_CREATED_AT);
    }
  return tomoni_store_row_found (store, stmt, rc, _("No such assignment"), error);
}

void
tomoni_assignment_row_clear (TomoniAssignmentRow *row)
{
  g_free ((char *)row->uuid);
  g_free ((char *)row->status);
  g_free ((char *)row->source);
  g_free ((char *)row->override_reason);
  g_free ((char *)row->cancel_reason);
  g_free ((char *)row->checkin);
  g_free ((char *)row->checked_in_at);
  g_free ((char *)row->created_at);
  g_free ((char *)row->updated_at);
  memset (row, 0, sizeof *row);
}
