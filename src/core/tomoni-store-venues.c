/* tomoni-store-venues.c: venues, their rooms, and the days they are closed
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>

#include "tomoni-store-classes-private.h"
#include "tomoni-store-private.h"

/* ---- Row writers --------------------------------------------------------- */

enum {
  VENUE_BIND_UUID = 1, VENUE_BIND_NAME, VENUE_BIND_NAME_EN, VENUE_BIND_WARD, VENUE_BIND_ADDRESS,
  VENUE_BIND_NOTES, VENUE_BIND_CREATED_AT, VENUE_BIND_UPDATED_AT, VENUE_BIND_ID
};

static void
bind_venue_row (TomoniDbStmt         *stmt,
                const TomoniVenueRow *row)
{
  tomoni_bind_text_or_null (stmt, VENUE_BIND_UUID, row->uuid);
  tomoni_bind_text (stmt, VENUE_BIND_NAME, row->name);
  tomoni_bind_text (stmt, VENUE_BIND_NAME_EN, row->name_en);
  tomoni_bind_text (stmt, VENUE_BIND_WARD, row->ward);
  tomoni_bind_text (stmt, VENUE_BIND_ADDRESS, row->address);
  tomoni_bind_text (stmt, VENUE_BIND_NOTES, row->notes);
  tomoni_bind_text_or_null (stmt, VENUE_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, VENUE_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_venue_row_insert (TomoniStore           *store,
                         const TomoniVenueRow  *row,
                         gint64                *out_id,
                         GError               **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO venue (uuid, name, name_en, ward, address, notes, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5, ?6,"
                                             " COALESCE (?7, tomoni_now ()), COALESCE (?8, tomoni_now ()))"
                                             " ON CONFLICT (uuid) DO NOTHING RETURNING id",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_venue_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_venue_row_update (TomoniStore           *store,
                         const TomoniVenueRow  *row,
                         GError               **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE venue SET uuid = COALESCE (?1, uuid), name = ?2, name_en = ?3, ward = ?4,"
                                             " address = ?5, notes = ?6, created_at = COALESCE (?7, created_at),"
                                             " updated_at = COALESCE (?8, tomoni_now ()) WHERE id = ?9",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_venue_row (stmt, row);
  tomoni_db_bind_int64 (stmt, VENUE_BIND_ID, row->id);
  return tomoni_classes_step_update (store, stmt, _("Venue: no such venue"), error);
}

enum {
  ROOM_BIND_UUID = 1, ROOM_BIND_VENUE_ID, ROOM_BIND_NAME, ROOM_BIND_CAPACITY, ROOM_BIND_CREATED_AT,
  ROOM_BIND_UPDATED_AT, ROOM_BIND_ID
};

static void
bind_room_row (TomoniDbStmt        *stmt,
               const TomoniRoomRow *row)
{
  tomoni_bind_text_or_null (stmt, ROOM_BIND_UUID, row->uuid);
  tomoni_db_bind_int64 (stmt, ROOM_BIND_VENUE_ID, row->venue_id);
  tomoni_bind_text (stmt, ROOM_BIND_NAME, row->name);
  tomoni_db_bind_int (stmt, ROOM_BIND_CAPACITY, row->capacity);
  tomoni_bind_text_or_null (stmt, ROOM_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, ROOM_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_room_row_insert (TomoniStore          *store,
                        const TomoniRoomRow  *row,
                        gint64               *out_id,
                        GError              **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO room (uuid, venue_id, name, capacity, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4,"
                                             " COALESCE (?5, tomoni_now ()), COALESCE (?6, tomoni_now ()))",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_room_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_room_row_update (TomoniStore          *store,
                        const TomoniRoomRow  *row,
                        GError              **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE room SET uuid = COALESCE (?1, uuid), venue_id = ?2, name = ?3, capacity = ?4,"
                                             " created_at = COALESCE (?5, created_at), updated_at = COALESCE (?6, tomoni_now ())"
                                             " WHERE id = ?7",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_room_row (stmt, row);
  tomoni_db_bind_int64 (stmt, ROOM_BIND_ID, row->id);
  return tomoni_classes_step_update (store, stmt, _("Room: no such room"), error);
}

enum {
  CLOSURE_BIND_UUID = 1, CLOSURE_BIND_VENUE_ID, CLOSURE_BIND_START_DATE, CLOSURE_BIND_END_DATE,
  CLOSURE_BIND_REASON, CLOSURE_BIND_CREATED_AT, CLOSURE_BIND_UPDATED_AT, CLOSURE_BIND_ID
};

static void
bind_closure_row (TomoniDbStmt           *stmt,
                  const TomoniClosureRow *row)
{
  tomoni_bind_text_or_null (stmt, CLOSURE_BIND_UUID, row->uuid);
  tomoni_classes_bind_id_or_null (stmt, CLOSURE_BIND_VENUE_ID, row->venue_id);
  tomoni_bind_text (stmt, CLOSURE_BIND_START_DATE, row->start_date);
  tomoni_bind_text (stmt, CLOSURE_BIND_END_DATE, row->end_date);
  tomoni_bind_text (stmt, CLOSURE_BIND_REASON, row->reason);
  tomoni_bind_text_or_null (stmt, CLOSURE_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, CLOSURE_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_closure_row_insert (TomoniStore             *store,
                           const TomoniClosureRow  *row,
                           gint64                  *out_id,
                           GError                 **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO closure (uuid, venue_id, start_date, end_date, reason, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5,"
                                             " COALESCE (?6, tomoni_now ()), COALESCE (?7, tomoni_now ()))",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_closure_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_closure_row_update (TomoniStore             *store,
                           const TomoniClosureRow  *row,
                           GError                 **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE closure SET uuid = COALESCE (?1, uuid), venue_id = ?2, start_date = ?3,"
                                             " end_date = ?4, reason = ?5, created_at = COALESCE (?6, created_at),"
                                             " updated_at = COALESCE (?7, tomoni_now ()) WHERE id = ?8",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_closure_row (stmt, row);
  tomoni_db_bind_int64 (stmt, CLOSURE_BIND_ID, row->id);
  return tomoni_classes_step_update (store, stmt, _("Closure: no such closure"), error);
}

/* ---- Venues ------------------------------------------------------------- */

#define VENUE_COLUMNS "id, uuid, name, name_en, ward, address, notes"

/* The columns of the SELECTs that build the record, in order. */
enum {
  VENUE_COL_ID = 0, VENUE_COL_UUID, VENUE_COL_NAME, VENUE_COL_NAME_EN, VENUE_COL_WARD, VENUE_COL_ADDRESS,
  VENUE_COL_NOTES, VENUE_COL_N
};

static gpointer
venue_from_row (TomoniDbStmt *stmt)
{
  TomoniVenue *venue = tomoni_venue_new ();

  tomoni_venue_set_id (venue, tomoni_db_column_int64 (stmt, VENUE_COL_ID));
  tomoni_venue_set_uuid (venue, tomoni_classes_column_text (stmt, VENUE_COL_UUID));
  tomoni_venue_set_name (venue, tomoni_classes_column_text (stmt, VENUE_COL_NAME));
  tomoni_venue_set_name_en (venue, tomoni_classes_column_text (stmt, VENUE_COL_NAME_EN));
  tomoni_venue_set_ward (venue, tomoni_classes_column_text (stmt, VENUE_COL_WARD));
  tomoni_venue_set_address (venue, tomoni_classes_column_text (stmt, VENUE_COL_ADDRESS));
  tomoni_venue_set_notes (venue, tomoni_classes_column_text (stmt, VENUE_COL_NOTES));
  return venue;
}

static gboolean
check_venue (TomoniStore  *self,
             TomoniVenue  *venue,
             GError      **error)
{
  g_autofree char *name = tomoni_classes_normalized (tomoni_venue_get_name (venue));
  TomoniDbStmt *stmt;
  gboolean taken;
  int rc;

  if (*name == '\0')
    return tomoni_classes_invalid (error, "%s", _("Name: give the venue’s name"));
  tomoni_venue_set_name (venue, name);

  stmt = tomoni_store_prepare (self, "SELECT 1 FROM venue WHERE name = ?1 AND id <> ?2", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, name);
  tomoni_db_bind_int64 (stmt, 2, tomoni_venue_get_id (venue));
  rc = tomoni_db_step (stmt);
  tomoni_db_reset (stmt);
  taken = rc == TOMONI_DB_ROW;
  if (taken)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Name: a venue called “%s” already exists"), name);
      return FALSE;
    }
  return TRUE;
}

/* Checks the venue, then writes its row: a new one when @out_id is given. */
static gboolean
write_venue (TomoniStore  *self,
            gpointer      record,
            const char   *uuid,
            gint64       *out_id,
            GError      **error)
{
  TomoniVenue *venue = record;
  TomoniVenueRow row = { 0 };

  if (!check_venue (self, venue, error))
    return FALSE;
  row.id = tomoni_venue_get_id (venue);
  row.uuid = uuid;
  row.name = tomoni_venue_get_name (venue);
  row.name_en = tomoni_venue_get_name_en (venue);
  row.ward = tomoni_venue_get_ward (venue);
  row.address = tomoni_venue_get_address (venue);
  row.notes = tomoni_venue_get_notes (venue);
  return out_id != NULL ? tomoni_venue_row_insert (self, &row, out_id, error)
                        : tomoni_venue_row_update (self, &row, error);
}

gboolean
tomoni_store_add_venue (TomoniStore  *self,
                        TomoniVenue  *venue,
                        GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_VENUE (venue), FALSE);

  return tomoni_classes_save_record (self, venue, TRUE, write_venue, error);
}

gboolean
tomoni_store_update_venue (TomoniStore  *self,
                           TomoniVenue  *venue,
                           GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_VENUE (venue), FALSE);

  return tomoni_classes_save_record (self, venue, FALSE, write_venue, error);
}

TomoniVenue *
tomoni_store_get_venue (TomoniStore  *self,
                        gint64        id,
                        GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " VENUE_COLUMNS " FROM venue WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, id);
  return tomoni_classes_collect_one (self, stmt, venue_from_row, _("Venue: no such venue"), error);
}

TomoniVenue *
tomoni_store_find_venue (TomoniStore  *self,
                         const char   *uuid_or_name,
                         GError      **error)
{
  g_autofree char *name = tomoni_classes_normalized (uuid_or_name);
  TomoniDbStmt *stmt;
  TomoniVenue *venue;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " VENUE_COLUMNS " FROM venue"
                               " WHERE uuid = ?1 OR name = ?1 OR (name_en <> '' AND name_en = ?1 COLLATE NOCASE)"
                               " ORDER BY uuid = ?1 DESC, id LIMIT 1",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, name);
  venue = tomoni_classes_collect_one (self, stmt, venue_from_row, NULL, NULL);
  if (venue == NULL)
    g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                 _("Venue: no venue “%s”"), name);
  return venue;
}

GPtrArray *
tomoni_store_list_venues (TomoniStore  *self,
                          GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " VENUE_COLUMNS " FROM venue ORDER BY name, id", error);
  if (stmt == NULL)
    return NULL;
  return tomoni_classes_collect (self, stmt, venue_from_row, error);
}

/* ---- Rooms -------------------------------------------------------------- */

#define ROOM_COLUMNS "r.id, r.uuid, r.venue_id, r.name, r.capacity, v.name"

/* The columns of the SELECTs that build the record, in order. */
enum {
  ROOM_COL_ID = 0, ROOM_COL_UUID, ROOM_COL_VENUE_ID, ROOM_COL_NAME, ROOM_COL_CAPACITY, ROOM_COL_VENUE_NAME, ROOM_COL_N
};

static gpointer
room_from_row (TomoniDbStmt *stmt)
{
  TomoniRoom *room = tomoni_room_new ();

  tomoni_room_set_id (room, tomoni_db_column_int64 (stmt, ROOM_COL_ID));
  tomoni_room_set_uuid (room, tomoni_classes_column_text (stmt, ROOM_COL_UUID));
  tomoni_room_set_venue_id (room, tomoni_db_column_int64 (stmt, ROOM_COL_VENUE_ID));
  tomoni_room_set_name (room, tomoni_classes_column_text (stmt, ROOM_COL_NAME));
  tomoni_room_set_capacity (room, tomoni_db_column_int (stmt, ROOM_COL_CAPACITY));
  tomoni_room_set_venue_name (room, tomoni_classes_column_text (stmt, ROOM_COL_VENUE_NAME));
  return room;
}

static gboolean
check_room (TomoniStore  *self,
            TomoniRoom   *room,
            GError      **error)
{
  g_autofree char *name = tomoni_classes_normalized (tomoni_room_get_name (room));
  TomoniDbStmt *stmt;
  gboolean exists;
  int rc;

  if (*name == '\0')
    return tomoni_classes_invalid (error, "%s", _("Room: give the room’s name"));
  tomoni_room_set_name (room, name);
  if (tomoni_room_get_capacity (room) < 0)
    return tomoni_classes_invalid (error, "%s", _("Seats: the number of seats cannot be negative"));
  if (!tomoni_classes_row_exists (self, "SELECT 1 FROM venue WHERE id = ?", tomoni_room_get_venue_id (room), &exists, error))
    return FALSE;
  if (!exists)
    return tomoni_classes_not_found (error, _("Venue: no such venue"));

  stmt = tomoni_store_prepare (self, "SELECT 1 FROM room WHERE venue_id = ?1 AND name = ?2 AND id <> ?3", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, tomoni_room_get_venue_id (room));
  tomoni_bind_text (stmt, 2, name);
  tomoni_db_bind_int64 (stmt, 3, tomoni_room_get_id (room));
  rc = tomoni_db_step (stmt);
  tomoni_db_reset (stmt);
  if (rc == TOMONI_DB_ROW)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Room: this venue already has a room called “%s”"), name);
      return FALSE;
    }
  return TRUE;
}

/* Checks the room, then writes its row: a new one when @out_id is given. */
static gboolean
write_room (TomoniStore  *self,
           gpointer      record,
           const char   *uuid,
           gint64       *out_id,
           GError      **error)
{
  TomoniRoom *room = record;
  TomoniRoomRow row = { 0 };

  if (!check_room (self, room, error))
    return FALSE;
  row.id = tomoni_room_get_id (room);
  row.uuid = uuid;
  row.venue_id = tomoni_room_get_venue_id (room);
  row.name = tomoni_room_get_name (room);
  row.capacity = tomoni_room_get_capacity (room);
  return out_id != NULL ? tomoni_room_row_insert (self, &row, out_id, error)
                        : tomoni_room_row_update (self, &row, error);
}

gboolean
tomoni_store_add_room (TomoniStore  *self,
                       TomoniRoom   *room,
                       GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_ROOM (room), FALSE);

  return tomoni_classes_save_record (self, room, TRUE, write_room, error);
}

gboolean
tomoni_store_update_room (TomoniStore  *self,
                          TomoniRoom   *room,
                          GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_ROOM (room), FALSE);

  return tomoni_classes_save_record (self, room, FALSE, write_room, error);
}

TomoniRoom *
tomoni_store_get_room (TomoniStore  *self,
                       gint64        id,
                       GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " ROOM_COLUMNS " FROM room r JOIN venue v ON v.id = r.venue_id"
                               " WHERE r.id = ?",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, id);
  return tomoni_classes_collect_one (self, stmt, room_from_row, _("Room: no such room"), error);
}

TomoniRoom *
tomoni_store_find_room (TomoniStore  *self,
                        gint64        venue_id,
                        const char   *uuid_or_name,
                        GError      **error)
{
  g_autofree char *name = tomoni_classes_normalized (uuid_or_name);
  TomoniDbStmt *stmt;
  TomoniRoom *room;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " ROOM_COLUMNS " FROM room r JOIN venue v ON v.id = r.venue_id"
                               " WHERE r.venue_id = ?1 AND (r.uuid = ?2 OR r.name = ?2)",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, venue_id);
  tomoni_bind_text (stmt, 2, name);
  room = tomoni_classes_collect_one (self, stmt, room_from_row, NULL, NULL);
  if (room == NULL)
    g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                 _("Room: the venue has no room “%s”"), name);
  return room;
}

GPtrArray *
tomoni_store_list_rooms (TomoniStore  *self,
                         gint64        venue_id,
                         GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " ROOM_COLUMNS " FROM room r JOIN venue v ON v.id = r.venue_id"
                               " WHERE ?1 = 0 OR r.venue_id = ?1 ORDER BY v.name, r.name, r.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, venue_id);
  return tomoni_classes_collect (self, stmt, room_from_row, error);
}

/* ---- Closures ----------------------------------------------------------- */

#define CLOSURE_COLUMNS "c.id, c.uuid, c.venue_id, c.start_date, c.end_date, c.reason, v.name"

/* The columns of the SELECTs that build the record, in order. */
enum {
  CLOSURE_COL_ID = 0, CLOSURE_COL_UUID, CLOSURE_COL_VENUE_ID, CLOSURE_COL_START_DATE, CLOSURE_COL_END_DATE,
  CLOSURE_COL_REASON, CLOSURE_COL_VENUE_NAME, CLOSURE_COL_N
};

static gpointer
closure_from_row (TomoniDbStmt *stmt)
{
  TomoniClosure *closure = tomoni_closure_new ();

  tomoni_closure_set_id (closure, tomoni_db_column_int64 (stmt, CLOSURE_COL_ID));
  tomoni_closure_set_uuid (closure, tomoni_classes_column_text (stmt, CLOSURE_COL_UUID));
  tomoni_closure_set_venue_id (closure, tomoni_db_column_int64 (stmt, CLOSURE_COL_VENUE_ID));
  tomoni_closure_set_start_date (closure, tomoni_classes_column_text (stmt, CLOSURE_COL_START_DATE));
  tomoni_closure_set_end_date (closure, tomoni_classes_column_text (stmt, CLOSURE_COL_END_DATE));
  tomoni_closure_set_reason (closure, tomoni_classes_column_text (stmt, CLOSURE_COL_REASON));
  tomoni_closure_set_venue_name (closure, tomoni_classes_column_text (stmt, CLOSURE_COL_VENUE_NAME));
  return closure;
}

static gboolean
check_closure (TomoniStore    *self,
               TomoniClosure  *closure,
               GError        **error)
{
  g_autofree char *reason = tomoni_classes_normalized (tomoni_closure_get_reason (closure));
  GDate start, end;

  if (!tomoni_classes_check_date (tomoni_closure_get_start_date (closure), _("Start date"), &start, error) ||
      !tomoni_classes_check_date (tomoni_closure_get_end_date (closure), _("End date"), &end, error))
    return FALSE;
  if (g_date_compare (&end, &start) < 0)
    return tomoni_classes_invalid (error, "%s", _("End date: the closure ends before it starts"));
  if (*reason == '\0')
    return tomoni_classes_invalid (error, "%s", _("Reason: say why the venue is closed"));
  tomoni_closure_set_reason (closure, reason);
  if (tomoni_closure_get_venue_id (closure) != 0)
    {
      gboolean exists;

      if (!tomoni_classes_row_exists (self, "SELECT 1 FROM venue WHERE id = ?", tomoni_closure_get_venue_id (closure),
                                      &exists, error))
        return FALSE;
      if (!exists)
        return tomoni_classes_not_found (error, _("Venue: no such venue"));
    }
  return TRUE;
}

/* Checks the closure, then writes its row: a new one when @out_id is given. */
static gboolean
write_closure (TomoniStore  *self,
              gpointer      record,
              const char   *uuid,
              gint64       *out_id,
              GError      **error)
{
  TomoniClosure *closure = record;
  TomoniClosureRow row = { 0 };

  if (!check_closure (self, closure, error))
    return FALSE;
  row.id = tomoni_closure_get_id (closure);
  row.uuid = uuid;
  row.venue_id = tomoni_closure_get_venue_id (closure);
  row.start_date = tomoni_closure_get_start_date (closure);
  row.end_date = tomoni_closure_get_end_date (closure);
  row.reason = tomoni_closure_get_reason (closure);
  return out_id != NULL ? tomoni_closure_row_insert (self, &row, out_id, error)
                        : tomoni_closure_row_update (self, &row, error);
}

gboolean
tomoni_store_add_closure (TomoniStore    *self,
                          TomoniClosure  *closure,
                          GError        **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_CLOSURE (closure), FALSE);

  return tomoni_classes_save_record (self, closure, TRUE, write_closure, error);
}

gboolean
tomoni_store_update_closure (TomoniStore    *self,
                             TomoniClosure  *closure,
                             GError        **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_CLOSURE (closure), FALSE);

  return tomoni_classes_save_record (self, closure, FALSE, write_closure, error);
}

gboolean
tomoni_store_delete_closure (TomoniStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  return tomoni_store_delete_by_id (self, "DELETE FROM closure WHERE id = ?1", id, _("Closure: no such closure"), "classes", error);
}

GPtrArray *
tomoni_store_list_closures (TomoniStore  *self,
                            gint64        venue_id,
                            GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " CLOSURE_COLUMNS " FROM closure c LEFT JOIN venue v ON v.id = c.venue_id"
                               " WHERE ?1 = 0 OR c.venue_id IS NULL OR c.venue_id = ?1"
                               " ORDER BY c.start_date, c.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, venue_id);
  return tomoni_classes_collect (self, stmt, closure_from_row, error);
}

/* ---- Classes ------------------------------------------------------------ */
