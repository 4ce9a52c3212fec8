/* tomoni-store-classes.c: venues, classes, terms, sessions, enrolment and attendance
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "tomoni-date.h"
#include "tomoni-store-classes.h"
#include "tomoni-store-private.h"
#include "tomoni-text.h"

/* The display name of person p, as tomoni_person_dup_display_name() builds it. */
#define PERSON_NAME(p) \
  "CASE WHEN " p ".erased_at IS NOT NULL THEN '' " \
  "WHEN " p ".family_name IS NOT NULL AND " p ".given_name <> '' THEN " p ".family_name || ' ' || " p ".given_name " \
  "WHEN " p ".family_name IS NOT NULL THEN " p ".family_name " \
  "WHEN " p ".given_name <> '' THEN " p ".given_name " \
  "ELSE " p ".latin_name END"

/* ---- Small helpers ------------------------------------------------------ */

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;
  g_assert (*error == NULL);
  va_start (args, format);
  *error = g_error_new_valist (TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

static gboolean
not_found (GError     **error,
           const char  *what)
{
  g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, what);
  return FALSE;
}

/* Parses a strict "YYYY-MM-DD". */
static gboolean
parse_iso_date (const char *text,
                GDate      *out)
{
  int y, m, d;
  char tail;

  g_date_clear (out, 1);
  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

static char *
format_iso_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static gboolean
check_date (const char  *text,
            const char  *field,
            GDate       *out,
            GError     **error)
{
  if (!parse_iso_date (text, out))
    {
      /* Translators: %s is a field name, e.g. "Start date"; then the text given */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("%s: “%s” is not a date (YYYY-MM-DD)"), field, text != NULL ? text : "");
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_times (int      start_minute,
             int      end_minute,
             GError **error)
{
  if (start_minute < 0 || start_minute >= 24 * 60 || end_minute <= 0 || end_minute > 24 * 60)
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                           _("Time: times must be within the day (00:00–24:00)"));
      return FALSE;
    }
  if (end_minute <= start_minute)
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                           _("End time: the session ends before it starts"));
      return FALSE;
    }
  return TRUE;
}

/* Today in Asia/Tokyo (+09:00, no daylight saving). */
static char *
today_local (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
format_time_range (int start_minute,
                   int end_minute)
{
  return g_strdup_printf ("%02d:%02d–%02d:%02d", start_minute / 60, start_minute % 60,
                          end_minute / 60, end_minute % 60);
}

static gboolean
in_list (const char         *value,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_strcmp0 (value, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Runs a statement that returns rows into a GPtrArray through @build. */
typedef gpointer (*RowFunc) (TomoniDbStmt *stmt);

static GPtrArray *
collect (TomoniStore   *self,
         TomoniDbStmt  *stmt,
         RowFunc        build,
         GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    g_ptr_array_add (items, build (stmt));
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&items);
}

/* The first row of @stmt through @build, or NULL with NOT_FOUND @what. */
static gpointer
collect_one (TomoniStore   *self,
             TomoniDbStmt  *stmt,
             RowFunc        build,
             const char    *what,
             GError       **error)
{
  gpointer item = NULL;
  int rc = tomoni_db_step (stmt);

  if (rc == TOMONI_DB_ROW)
    item = build (stmt);
  else if (rc == TOMONI_DB_DONE)
    not_found (error, what);
  else
    tomoni_store_set_error (self, rc, error);
  tomoni_db_reset (stmt);
  return item;
}

static const char *
column_text (TomoniDbStmt *stmt,
             int           column)
{
  const char *text = tomoni_db_column_text (stmt, column);

  return text != NULL ? text : "";
}

static gboolean
row_exists (TomoniStore   *self,
            const char    *sql,
            gint64         id,
            gboolean      *out_exists,
            GError       **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  rc = tomoni_db_step (stmt);
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_ROW && rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }
  *out_exists = rc == TOMONI_DB_ROW;
  return TRUE;
}

static char *
normalized (const char *text)
{
  g_autofree char *nfkc = NULL;

  if (text == NULL)
    return g_strdup ("");
  nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  return g_strstrip (g_steal_pointer (&nfkc));
}

/* ---- Venues ------------------------------------------------------------- */

#define VENUE_COLUMNS "id, uuid, name, name_en, ward, address, notes"

static gpointer
venue_from_row (TomoniDbStmt *stmt)
{
  TomoniVenue *venue = tomoni_venue_new ();

  tomoni_venue_set_id (venue, tomoni_db_column_int64 (stmt, 0));
  tomoni_venue_set_uuid (venue, column_text (stmt, 1));
  tomoni_venue_set_name (venue, column_text (stmt, 2));
  tomoni_venue_set_name_en (venue, column_text (stmt, 3));
  tomoni_venue_set_ward (venue, column_text (stmt, 4));
  tomoni_venue_set_address (venue, column_text (stmt, 5));
  tomoni_venue_set_notes (venue, column_text (stmt, 6));
  return venue;
}

static gboolean
check_venue (TomoniStore  *self,
             TomoniVenue  *venue,
             GError      **error)
{
  g_autofree char *name = normalized (tomoni_venue_get_name (venue));
  TomoniDbStmt *stmt;
  gboolean taken;
  int rc;

  if (*name == '\0')
    return invalid (error, "%s", _("Name: give the venue’s name"));
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

gboolean
tomoni_store_add_venue (TomoniStore  *self,
                        TomoniVenue  *venue,
                        GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_VENUE (venue), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) || !check_venue (self, venue, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "INSERT INTO venue (uuid, name, name_en, ward, address, notes, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, tomoni_now (), tomoni_now ())",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  tomoni_bind_text (stmt, 2, tomoni_venue_get_name (venue));
  tomoni_bind_text (stmt, 3, tomoni_venue_get_name_en (venue));
  tomoni_bind_text (stmt, 4, tomoni_venue_get_ward (venue));
  tomoni_bind_text (stmt, 5, tomoni_venue_get_address (venue));
  tomoni_bind_text (stmt, 6, tomoni_venue_get_notes (venue));
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_venue_set_id (venue, tomoni_db_last_insert_id (tomoni_store_get_db (self)));
  tomoni_venue_set_uuid (venue, uuid);
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

gboolean
tomoni_store_update_venue (TomoniStore  *self,
                           TomoniVenue  *venue,
                           GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_VENUE (venue), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) || !check_venue (self, venue, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "UPDATE venue SET name = ?1, name_en = ?2, ward = ?3, address = ?4, notes = ?5,"
                               " updated_at = tomoni_now () WHERE id = ?6",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, tomoni_venue_get_name (venue));
  tomoni_bind_text (stmt, 2, tomoni_venue_get_name_en (venue));
  tomoni_bind_text (stmt, 3, tomoni_venue_get_ward (venue));
  tomoni_bind_text (stmt, 4, tomoni_venue_get_address (venue));
  tomoni_bind_text (stmt, 5, tomoni_venue_get_notes (venue));
  tomoni_db_bind_int64 (stmt, 6, tomoni_venue_get_id (venue));
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return not_found (error, _("Venue: no such venue"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
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
  return collect_one (self, stmt, venue_from_row, _("Venue: no such venue"), error);
}

TomoniVenue *
tomoni_store_find_venue (TomoniStore  *self,
                         const char   *uuid_or_name,
                         GError      **error)
{
  g_autofree char *name = normalized (uuid_or_name);
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
  venue = collect_one (self, stmt, venue_from_row, NULL, NULL);
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
  return collect (self, stmt, venue_from_row, error);
}

/* ---- Rooms -------------------------------------------------------------- */

#define ROOM_COLUMNS "r.id, r.uuid, r.venue_id, r.name, r.capacity, v.name"

static gpointer
room_from_row (TomoniDbStmt *stmt)
{
  TomoniRoom *room = tomoni_room_new ();

  tomoni_room_set_id (room, tomoni_db_column_int64 (stmt, 0));
  tomoni_room_set_uuid (room, column_text (stmt, 1));
  tomoni_room_set_venue_id (room, tomoni_db_column_int64 (stmt, 2));
  tomoni_room_set_name (room, column_text (stmt, 3));
  tomoni_room_set_capacity (room, tomoni_db_column_int (stmt, 4));
  tomoni_room_set_venue_name (room, column_text (stmt, 5));
  return room;
}

static gboolean
check_room (TomoniStore  *self,
            TomoniRoom   *room,
            GError      **error)
{
  g_autofree char *name = normalized (tomoni_room_get_name (room));
  TomoniDbStmt *stmt;
  gboolean exists;
  int rc;

  if (*name == '\0')
    return invalid (error, "%s", _("Room: give the room’s name"));
  tomoni_room_set_name (room, name);
  if (tomoni_room_get_capacity (room) < 0)
    return invalid (error, "%s", _("Seats: the number of seats cannot be negative"));
  if (!row_exists (self, "SELECT 1 FROM venue WHERE id = ?", tomoni_room_get_venue_id (room), &exists, error))
    return FALSE;
  if (!exists)
    return not_found (error, _("Venue: no such venue"));

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

gboolean
tomoni_store_add_room (TomoniStore  *self,
                       TomoniRoom   *room,
                       GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_ROOM (room), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) || !check_room (self, room, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "INSERT INTO room (uuid, venue_id, name, capacity, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, tomoni_now (), tomoni_now ())",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  tomoni_db_bind_int64 (stmt, 2, tomoni_room_get_venue_id (room));
  tomoni_bind_text (stmt, 3, tomoni_room_get_name (room));
  tomoni_db_bind_int (stmt, 4, tomoni_room_get_capacity (room));
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_room_set_id (room, tomoni_db_last_insert_id (tomoni_store_get_db (self)));
  tomoni_room_set_uuid (room, uuid);
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

gboolean
tomoni_store_update_room (TomoniStore  *self,
                          TomoniRoom   *room,
                          GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_ROOM (room), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) || !check_room (self, room, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "UPDATE room SET venue_id = ?1, name = ?2, capacity = ?3, updated_at = tomoni_now ()"
                               " WHERE id = ?4",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, tomoni_room_get_venue_id (room));
  tomoni_bind_text (stmt, 2, tomoni_room_get_name (room));
  tomoni_db_bind_int (stmt, 3, tomoni_room_get_capacity (room));
  tomoni_db_bind_int64 (stmt, 4, tomoni_room_get_id (room));
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return not_found (error, _("Room: no such room"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
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
  return collect_one (self, stmt, room_from_row, _("Room: no such room"), error);
}

TomoniRoom *
tomoni_store_find_room (TomoniStore  *self,
                        gint64        venue_id,
                        const char   *uuid_or_name,
                        GError      **error)
{
  g_autofree char *name = normalized (uuid_or_name);
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
  room = collect_one (self, stmt, room_from_row, NULL, NULL);
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
  return collect (self, stmt, room_from_row, error);
}

/* ---- Closures ----------------------------------------------------------- */

#define CLOSURE_COLUMNS "c.id, c.uuid, c.venue_id, c.start_date, c.end_date, c.reason, v.name"

static gpointer
closure_from_row (TomoniDbStmt *stmt)
{
  TomoniClosure *closure = tomoni_closure_new ();

  tomoni_closure_set_id (closure, tomoni_db_column_int64 (stmt, 0));
  tomoni_closure_set_uuid (closure, column_text (stmt, 1));
  tomoni_closure_set_venue_id (closure, tomoni_db_column_int64 (stmt, 2));
  tomoni_closure_set_start_date (closure, column_text (stmt, 3));
  tomoni_closure_set_end_date (closure, column_text (stmt, 4));
  tomoni_closure_set_reason (closure, column_text (stmt, 5));
  tomoni_closure_set_venue_name (closure, column_text (stmt, 6));
  return closure;
}

static gboolean
check_closure (TomoniStore    *self,
               TomoniClosure  *closure,
               GError        **error)
{
  g_autofree char *reason = normalized (tomoni_closure_get_reason (closure));
  GDate start, end;

  if (!check_date (tomoni_closure_get_start_date (closure), _("Start date"), &start, error) ||
      !check_date (tomoni_closure_get_end_date (closure), _("End date"), &end, error))
    return FALSE;
  if (g_date_compare (&end, &start) < 0)
    return invalid (error, "%s", _("End date: the closure ends before it starts"));
  if (*reason == '\0')
    return invalid (error, "%s", _("Reason: say why the venue is closed"));
  tomoni_closure_set_reason (closure, reason);
  if (tomoni_closure_get_venue_id (closure) != 0)
    {
      gboolean exists;

      if (!row_exists (self, "SELECT 1 FROM venue WHERE id = ?", tomoni_closure_get_venue_id (closure),
                       &exists, error))
        return FALSE;
      if (!exists)
        return not_found (error, _("Venue: no such venue"));
    }
  return TRUE;
}

static void
bind_closure (TomoniDbStmt  *stmt,
              TomoniClosure *closure)
{
  if (tomoni_closure_get_venue_id (closure) != 0)
    tomoni_db_bind_int64 (stmt, 1, tomoni_closure_get_venue_id (closure));
  else
    tomoni_db_bind_null (stmt, 1);
  tomoni_bind_text (stmt, 2, tomoni_closure_get_start_date (closure));
  tomoni_bind_text (stmt, 3, tomoni_closure_get_end_date (closure));
  tomoni_bind_text (stmt, 4, tomoni_closure_get_reason (closure));
}

gboolean
tomoni_store_add_closure (TomoniStore    *self,
                          TomoniClosure  *closure,
                          GError        **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_CLOSURE (closure), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) || !check_closure (self, closure, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "INSERT INTO closure (venue_id, start_date, end_date, reason, uuid, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, tomoni_now (), tomoni_now ())",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_closure (stmt, closure);
  tomoni_bind_text (stmt, 5, uuid);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_closure_set_id (closure, tomoni_db_last_insert_id (tomoni_store_get_db (self)));
  tomoni_closure_set_uuid (closure, uuid);
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

gboolean
tomoni_store_update_closure (TomoniStore    *self,
                             TomoniClosure  *closure,
                             GError        **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_CLOSURE (closure), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) || !check_closure (self, closure, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "UPDATE closure SET venue_id = ?1, start_date = ?2, end_date = ?3, reason = ?4,"
                               " updated_at = tomoni_now () WHERE id = ?5",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_closure (stmt, closure);
  tomoni_db_bind_int64 (stmt, 5, tomoni_closure_get_id (closure));
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return not_found (error, _("Closure: no such closure"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

gboolean
tomoni_store_delete_closure (TomoniStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "DELETE FROM closure WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return not_found (error, _("Closure: no such closure"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
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
  return collect (self, stmt, closure_from_row, error);
}

/* ---- Classes ------------------------------------------------------------ */

#define CLASS_COLUMNS \
  "c.id, c.uuid, c.title_ja, c.title_en, c.level, c.target_group, c.format, c.venue_id, c.room_id," \
  " c.capacity, c.meets_on_holidays, c.notes, v.name, r.name," \
  " (SELECT count(*) FROM enrolment e WHERE e.term_id = lt.id AND e.status = 'enrolled')," \
  " (SELECT count(*) FROM enrolment e WHERE e.term_id = lt.id AND e.status = 'waiting')"

#define CLASS_FROM \
  " FROM class c LEFT JOIN venue v ON v.id = c.venue_id LEFT JOIN room r ON r.id = c.room_id" \
  " LEFT JOIN term lt ON lt.id = (SELECT t.id FROM term t WHERE t.class_id = c.id ORDER BY t.start_date DESC, t.id DESC LIMIT 1)"

static gpointer
class_from_row (TomoniDbStmt *stmt)
{
  TomoniClass *klass = tomoni_class_new ();

  tomoni_class_set_id (klass, tomoni_db_column_int64 (stmt, 0));
  tomoni_class_set_uuid (klass, column_text (stmt, 1));
  tomoni_class_set_title_ja (klass, column_text (stmt, 2));
  tomoni_class_set_title_en (klass, column_text (stmt, 3));
  tomoni_class_set_level (klass, column_text (stmt, 4));
  tomoni_class_set_target_group (klass, column_text (stmt, 5));
  tomoni_class_set_format (klass, column_text (stmt, 6));
  tomoni_class_set_venue_id (klass, tomoni_db_column_int64 (stmt, 7));
  tomoni_class_set_room_id (klass, tomoni_db_column_int64 (stmt, 8));
  tomoni_class_set_capacity (klass, tomoni_db_column_int (stmt, 9));
  tomoni_class_set_meets_on_holidays (klass, tomoni_db_column_int (stmt, 10));
  tomoni_class_set_notes (klass, column_text (stmt, 11));
  tomoni_class_set_venue_name (klass, column_text (stmt, 12));
  tomoni_class_set_room_name (klass, column_text (stmt, 13));
  tomoni_class_set_n_enrolled (klass, tomoni_db_column_int (stmt, 14));
  tomoni_class_set_n_waiting (klass, tomoni_db_column_int (stmt, 15));
  return klass;
}

static gboolean
check_class (TomoniStore  *self,
             TomoniClass  *klass,
             GError      **error)
{
  g_autofree char *title_ja = normalized (tomoni_class_get_title_ja (klass));
  g_autofree char *title_en = normalized (tomoni_class_get_title_en (klass));

  if (*title_ja == '\0')
    return invalid (error, "%s", _("Title (Japanese): give the class a title"));
  tomoni_class_set_title_ja (klass, title_ja);
  tomoni_class_set_title_en (klass, title_en);

  if (*tomoni_class_get_level (klass) != '\0' && !in_list (tomoni_class_get_level (klass), tomoni_class_levels ()))
    return invalid (error, _("Level: “%s” is not a level (pre-A1, A1, A2, B1, B2, C1 or C2)"),
                    tomoni_class_get_level (klass));
  if (*tomoni_class_get_target_group (klass) == '\0')
    tomoni_class_set_target_group (klass, "adults");
  if (!in_list (tomoni_class_get_target_group (klass), tomoni_class_target_groups ()))
    return invalid (error, _("Target group: “%s” is not a target group"), tomoni_class_get_target_group (klass));
  if (*tomoni_class_get_format (klass) == '\0')
    tomoni_class_set_format (klass, "in-person");
  if (!in_list (tomoni_class_get_format (klass), tomoni_class_formats ()))
    return invalid (error, _("Format: “%s” is not in-person, online or hybrid"), tomoni_class_get_format (klass));
  if (tomoni_class_get_capacity (klass) < 1)
    return invalid (error, "%s", _("Capacity: a class takes at least one learner"));

  if (tomoni_class_get_room_id (klass) != 0)
    {
      g_autoptr(TomoniRoom) room = tomoni_store_get_room (self, tomoni_class_get_room_id (klass), NULL);

      if (room == NULL)
        return not_found (error, _("Room: no such room"));
      if (tomoni_class_get_venue_id (klass) == 0)
        tomoni_class_set_venue_id (klass, tomoni_room_get_venue_id (room));
      else if (tomoni_class_get_venue_id (klass) != tomoni_room_get_venue_id (room))
        return invalid (error, _("Room: “%s” is not a room of the class’s venue"), tomoni_room_get_name (room));
    }
  if (tomoni_class_get_venue_id (klass) != 0)
    {
      gboolean exists;

      if (!row_exists (self, "SELECT 1 FROM venue WHERE id = ?", tomoni_class_get_venue_id (klass), &exists, error))
        return FALSE;
      if (!exists)
        return not_found (error, _("Venue: no such venue"));
    }
  return TRUE;
}

static void
bind_class (TomoniDbStmt *stmt,
            TomoniClass  *klass)
{
  tomoni_bind_text (stmt, 1, tomoni_class_get_title_ja (klass));
  tomoni_bind_text (stmt, 2, tomoni_class_get_title_en (klass));
  tomoni_bind_text (stmt, 3, tomoni_class_get_level (klass));
  tomoni_bind_text (stmt, 4, tomoni_class_get_target_group (klass));
  tomoni_bind_text (stmt, 5, tomoni_class_get_format (klass));
  if (tomoni_class_get_venue_id (klass) != 0)
    tomoni_db_bind_int64 (stmt, 6, tomoni_class_get_venue_id (klass));
  else
    tomoni_db_bind_null (stmt, 6);
  if (tomoni_class_get_room_id (klass) != 0)
    tomoni_db_bind_int64 (stmt, 7, tomoni_class_get_room_id (klass));
  else
    tomoni_db_bind_null (stmt, 7);
  tomoni_db_bind_int (stmt, 8, tomoni_class_get_capacity (klass));
  tomoni_db_bind_int (stmt, 9, tomoni_class_get_meets_on_holidays (klass));
  tomoni_bind_text (stmt, 10, tomoni_class_get_notes (klass));
}

gboolean
tomoni_store_add_class (TomoniStore  *self,
                        TomoniClass  *klass,
                        GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_CLASS (klass), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) || !check_class (self, klass, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "INSERT INTO class (title_ja, title_en, level, target_group, format, venue_id,"
                               " room_id, capacity, meets_on_holidays, notes, uuid, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, tomoni_now (), tomoni_now ())",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_class (stmt, klass);
  tomoni_bind_text (stmt, 11, uuid);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_class_set_id (klass, tomoni_db_last_insert_id (tomoni_store_get_db (self)));
  tomoni_class_set_uuid (klass, uuid);
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

static gint64 *enrolled_counts_by_term (TomoniStore *self, gint64 class_id, guint *n, GError **error);
static gboolean promote_waiting (TomoniStore *self, gint64 term_id, int capacity,
                                 TomoniEnrolment **out_first, GError **error);

static char *today_local (void);

/* A class that changes room takes its sessions from today on with it,
 * unless one was put in another room by hand. */
static gboolean
move_future_sessions (TomoniStore  *self,
                      TomoniClass  *klass,
                      GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *today = today_local ();
  gint64 old_room = 0;
  gint64 new_room = tomoni_class_get_room_id (klass);
  TomoniDbStmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self, "SELECT COALESCE (room_id, 0) FROM class WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, tomoni_class_get_id (klass));
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    old_room = tomoni_db_column_int64 (stmt, 0);
  tomoni_db_reset (stmt);
  if (old_room == new_room)
    return TRUE;

  stmt = tomoni_store_prepare (self,
                               "SELECT id, date, start_minute, end_minute FROM session"
                               " WHERE class_id = ?1 AND date >= ?2 AND status = 'scheduled' AND COALESCE (room_id, 0) = ?3"
                               " ORDER BY date, start_minute",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, tomoni_class_get_id (klass));
  tomoni_bind_text (stmt, 2, today);
  tomoni_db_bind_int64 (stmt, 3, old_room);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 id = tomoni_db_column_int64 (stmt, 0);
      g_autofree char *date = g_strdup (column_text (stmt, 1));
      int start = tomoni_db_column_int (stmt, 2), end = tomoni_db_column_int (stmt, 3);

      g_array_append_val (ids, id);
      /* The statement is not reused by the check below (another literal). */
      if (new_room != 0 &&
          !tomoni_store_check_booking (self, 0, date, start, end, new_room, id, NULL, error))
        {
          tomoni_db_reset (stmt);
          return FALSE;
        }
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      stmt = tomoni_store_prepare (self,
                                   "UPDATE session SET room_id = ?1, room_override = '', updated_at = tomoni_now () WHERE id = ?2",
                                   error);
      if (stmt == NULL)
        return FALSE;
      if (new_room != 0)
        tomoni_db_bind_int64 (stmt, 1, new_room);
      else
        tomoni_db_bind_null (stmt, 1);
      tomoni_db_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
tomoni_store_update_class (TomoniStore  *self,
                           TomoniClass  *klass,
                           GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree gint64 *counts = NULL;
  guint n_terms = 0;
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_CLASS (klass), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) || !check_class (self, klass, error))
    return FALSE;

  counts = enrolled_counts_by_term (self, tomoni_class_get_id (klass), &n_terms, error);
  if (counts == NULL)
    return FALSE;
  for (guint i = 0; i < n_terms; i++)
    if (counts[2 * i + 1] > tomoni_class_get_capacity (klass))
      return invalid (error,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "Capacity: %d learner is enrolled; the capacity cannot be lower",
                                   "Capacity: %d learners are enrolled; the capacity cannot be lower",
                                   counts[2 * i + 1]),
                      (int)counts[2 * i + 1]);

  if (!move_future_sessions (self, klass, error))
    return FALSE;

  stmt = tomoni_store_prepare (self,
                               "UPDATE class SET title_ja = ?1, title_en = ?2, level = ?3, target_group = ?4,"
                               " format = ?5, venue_id = ?6, room_id = ?7, capacity = ?8, meets_on_holidays = ?9,"
                               " notes = ?10, updated_at = tomoni_now () WHERE id = ?11",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_class (stmt, klass);
  tomoni_db_bind_int64 (stmt, 11, tomoni_class_get_id (klass));
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return not_found (error, _("Class: no such class"));

  /* A higher capacity makes room for the waiting lists. */
  for (guint i = 0; i < n_terms; i++)
    if (!promote_waiting (self, counts[2 * i], tomoni_class_get_capacity (klass), NULL, error))
      return FALSE;

  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

TomoniClass *
tomoni_store_get_class (TomoniStore  *self,
                        gint64        id,
                        GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " CLASS_COLUMNS CLASS_FROM " WHERE c.id = ?", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, id);
  return collect_one (self, stmt, class_from_row, _("Class: no such class"), error);
}

TomoniClass *
tomoni_store_find_class (TomoniStore  *self,
                         const char   *uuid_or_title,
                         GError      **error)
{
  g_autofree char *key = normalized (uuid_or_title);
  g_autoptr(GPtrArray) found = NULL;
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " CLASS_COLUMNS CLASS_FROM
                               " WHERE c.uuid = ?1 OR c.title_ja = ?1 OR (c.title_en <> '' AND c.title_en = ?1 COLLATE NOCASE)"
                               " ORDER BY c.uuid = ?1 DESC, c.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, key);
  found = collect (self, stmt, class_from_row, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                   _("Class: no class “%s”"), key);
      return NULL;
    }
  if (found->len > 1 && !g_str_equal (tomoni_class_get_uuid (found->pdata[0]), key))
    {
      g_autoptr(GString) uuids = g_string_new (NULL);

      for (guint i = 0; i < found->len; i++)
        g_string_append_printf (uuids, "%s%s", i > 0 ? ", " : "", tomoni_class_get_uuid (found->pdata[i]));
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Class: %u classes are called “%s”; give the UUID of one (%s)"),
                   found->len, key, uuids->str);
      return NULL;
    }
  return g_object_ref (found->pdata[0]);
}

gboolean
tomoni_store_create_class (TomoniStore             *self,
                           TomoniClass             *klass,
                           const gint64            *teacher_ids,
                           guint                    n_teachers,
                           TomoniTerm              *term,
                           const TomoniWeeklySlot  *slots,
                           guint                    n_slots,
                           const char              *room_override,
                           GError                 **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  gboolean ok;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_CLASS (klass), FALSE);
  g_return_val_if_fail (term == NULL || TOMONI_IS_TERM (term), FALSE);
  g_return_val_if_fail (teacher_ids != NULL || n_teachers == 0, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  ok = tomoni_store_add_class (self, klass, error);
  for (guint i = 0; ok && i < n_teachers; i++)
    ok = tomoni_store_set_class_staff (self, tomoni_class_get_id (klass), teacher_ids[i], "teacher", NULL, error);
  if (ok && term != NULL)
    {
      tomoni_term_set_class_id (term, tomoni_class_get_id (klass));
      ok = tomoni_store_add_term (self, term, slots, n_slots, room_override, error);
    }
  if (ok)
    ok = tomoni_store_transaction_commit (&tx, error);
  if (!ok)
    {
      /* rolled back: the records were not stored after all */
      tomoni_class_set_id (klass, 0);
      tomoni_class_set_uuid (klass, NULL);
      if (term != NULL)
        {
          tomoni_term_set_id (term, 0);
          tomoni_term_set_uuid (term, NULL);
          tomoni_term_set_class_id (term, 0);
        }
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
tomoni_store_list_classes (TomoniStore  *self,
                           GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " CLASS_COLUMNS CLASS_FROM " ORDER BY c.title_ja, c.id", error);
  if (stmt == NULL)
    return NULL;
  return collect (self, stmt, class_from_row, error);
}

/* ---- Conflicts ---------------------------------------------------------- */

typedef enum {
  CLASH_TEACHER_SESSION,
  CLASH_TEACHER_SHIFT,
  CLASH_ROOM,
} Clash;

static gboolean
conflict_error (GError             **error,
                TomoniConflictKind  *out_kind,
                Clash                clash,
                const char          *who,
                const char          *title,
                const char          *date,
                int                  start_minute,
                int                  end_minute)
{
  g_autofree char *times = format_time_range (start_minute, end_minute);

  if (out_kind != NULL)
    *out_kind = clash == CLASH_ROOM ? TOMONI_CONFLICT_ROOM : TOMONI_CONFLICT_TEACHER;
  switch (clash)
    {
    case CLASH_TEACHER_SESSION:
      /* Translators: teacher, class title, date, times */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Teacher: %s already teaches “%s” on %s, %s"), who, title, date, times);
      break;
    case CLASH_TEACHER_SHIFT:
      /* Translators: teacher, activity title, date, times */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Teacher: %s is on a volunteer shift for “%s” on %s, %s"), who, title, date, times);
      break;
    case CLASH_ROOM:
    default:
      /* Translators: room, the other booking's title (class or activity), date, times */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Room: %s is booked for “%s” on %s, %s"), who, title, date, times);
      break;
    }
  return FALSE;
}

gboolean
tomoni_store_check_booking (TomoniStore         *self,
                            gint64               class_id,
                            const char          *date,
                            int                  start_minute,
                            int                  end_minute,
                            gint64               room_id,
                            gint64               exclude_session_id,
                            TomoniConflictKind  *out_kind,
                            GError             **error)
{
  TomoniDbStmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (out_kind != NULL)
    *out_kind = TOMONI_CONFLICT_NONE;

  if (class_id != 0)
    {
      /* A teacher of this class teaching another session, or on a volunteer shift. */
      stmt = tomoni_store_prepare (self,
                                   "SELECT " PERSON_NAME ("p") ", c.title_ja, s.date, s.start_minute, s.end_minute, 0"
                                   " FROM class_staff me JOIN person p ON p.id = me.person_id"
                                   " JOIN class_staff other ON other.person_id = me.person_id AND other.role = 'teacher'"
                                   " JOIN session s ON s.class_id = other.class_id JOIN class c ON c.id = s.class_id"
                                   " WHERE me.class_id = ?1 AND me.role = 'teacher' AND s.date = ?2"
                                   " AND s.start_minute < ?4 AND s.end_minute > ?3 AND s.status = 'scheduled' AND s.id <> ?5"
                                   " UNION ALL"
                                   " SELECT " PERSON_NAME ("p") ", a.title, sh.date, sh.start_minute, sh.end_minute, 1"
                                   " FROM class_staff me JOIN person p ON p.id = me.person_id"
                                   " JOIN assignment asg ON asg.person_id = me.person_id AND asg.status <> 'cancelled'"
                                   " JOIN slot sl ON sl.id = asg.slot_id JOIN shift sh ON sh.id = sl.shift_id"
                                   " JOIN activity a ON a.id = sh.activity_id"
                                   " WHERE me.class_id = ?1 AND me.role = 'teacher' AND sh.date = ?2"
                                   " AND sh.start_minute < ?4 AND sh.end_minute > ?3"
                                   " LIMIT 1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, class_id);
      tomoni_bind_text (stmt, 2, date);
      tomoni_db_bind_int (stmt, 3, start_minute);
      tomoni_db_bind_int (stmt, 4, end_minute);
      tomoni_db_bind_int64 (stmt, 5, exclude_session_id);
      rc = tomoni_db_step (stmt);
      if (rc == TOMONI_DB_ROW)
        {
          g_autofree char *who = g_strdup (column_text (stmt, 0));
          g_autofree char *title = g_strdup (column_text (stmt, 1));
          g_autofree char *when = g_strdup (column_text (stmt, 2));
          int other_start = tomoni_db_column_int (stmt, 3);
          int other_end = tomoni_db_column_int (stmt, 4);
          gboolean shift = tomoni_db_column_int (stmt, 5);

          tomoni_db_reset (stmt);
          return conflict_error (error, out_kind, shift ? CLASH_TEACHER_SHIFT : CLASH_TEACHER_SESSION,
                                 who, title, when, other_start, other_end);
        }
      tomoni_db_reset (stmt);
      if (rc != TOMONI_DB_DONE)
        {
          tomoni_store_set_error (self, rc, error);
          return FALSE;
        }
    }

  if (room_id != 0)
    {
      stmt = tomoni_store_prepare (self,
                                   "SELECT r.name, c.title_ja, s.date, s.start_minute, s.end_minute"
                                   " FROM session s JOIN class c ON c.id = s.class_id JOIN room r ON r.id = s.room_id"
                                   " WHERE s.room_id = ?1 AND s.date = ?2 AND s.start_minute < ?4 AND s.end_minute > ?3"
                                   " AND s.status = 'scheduled' AND s.id <> ?5"
                                   " UNION ALL"
                                   " SELECT r.name, a.title, sh.date, sh.start_minute, sh.end_minute"
                                   " FROM shift sh JOIN activity a ON a.id = sh.activity_id JOIN room r ON r.id = sh.room_id"
                                   " WHERE sh.room_id = ?1 AND sh.date = ?2 AND sh.start_minute < ?4 AND sh.end_minute > ?3"
                                   " LIMIT 1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, room_id);
      tomoni_bind_text (stmt, 2, date);
      tomoni_db_bind_int (stmt, 3, start_minute);
      tomoni_db_bind_int (stmt, 4, end_minute);
      tomoni_db_bind_int64 (stmt, 5, exclude_session_id);
      rc = tomoni_db_step (stmt);
      if (rc == TOMONI_DB_ROW)
        {
          g_autofree char *room = g_strdup (column_text (stmt, 0));
          g_autofree char *title = g_strdup (column_text (stmt, 1));
          g_autofree char *when = g_strdup (column_text (stmt, 2));
          int other_start = tomoni_db_column_int (stmt, 3);
          int other_end = tomoni_db_column_int (stmt, 4);

          tomoni_db_reset (stmt);
          return conflict_error (error, out_kind, CLASH_ROOM, room, title, when, other_start, other_end);
        }
      tomoni_db_reset (stmt);
      if (rc != TOMONI_DB_DONE)
        {
          tomoni_store_set_error (self, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}

/* Checks a booking that is about to be written; a room conflict passes when
 * @room_override gives a reason, and *out_overridden says it was used. */
static gboolean
check_booking_for_write (TomoniStore  *self,
                         gint64        class_id,
                         const char   *date,
                         int           start_minute,
                         int           end_minute,
                         gint64        room_id,
                         gint64        exclude_session_id,
                         const char   *room_override,
                         gboolean     *out_overridden,
                         GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  TomoniConflictKind kind;

  *out_overridden = FALSE;
  if (tomoni_store_check_booking (self, class_id, date, start_minute, end_minute, room_id,
                                  exclude_session_id, &kind, &local_error))
    return TRUE;
  if (kind == TOMONI_CONFLICT_ROOM && room_override != NULL && !tomoni_text_is_blank (room_override))
    {
      /* The teacher check came first and passed; now only the room clashed. */
      *out_overridden = TRUE;
      return TRUE;
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* ---- Sessions ----------------------------------------------------------- */

#define SESSION_COLUMNS \
  "s.id, s.uuid, s.class_id, s.term_id, s.date, s.start_minute, s.end_minute, s.room_id, s.status," \
  " s.reason, s.extra, s.moved_to_id, s.room_override, c.title_ja, c.title_en, v.name, r.name"

#define SESSION_FROM \
  " FROM session s JOIN class c ON c.id = s.class_id LEFT JOIN room r ON r.id = s.room_id" \
  " LEFT JOIN venue v ON v.id = COALESCE (r.venue_id, c.venue_id)"

static gpointer
session_from_row (TomoniDbStmt *stmt)
{
  TomoniSession *session = tomoni_session_new ();

  tomoni_session_set_id (session, tomoni_db_column_int64 (stmt, 0));
  tomoni_session_set_uuid (session, column_text (stmt, 1));
  tomoni_session_set_class_id (session, tomoni_db_column_int64 (stmt, 2));
  tomoni_session_set_term_id (session, tomoni_db_column_int64 (stmt, 3));
  tomoni_session_set_date (session, column_text (stmt, 4));
  tomoni_session_set_start_minute (session, tomoni_db_column_int (stmt, 5));
  tomoni_session_set_end_minute (session, tomoni_db_column_int (stmt, 6));
  tomoni_session_set_room_id (session, tomoni_db_column_int64 (stmt, 7));
  tomoni_session_set_status (session, column_text (stmt, 8));
  tomoni_session_set_reason (session, column_text (stmt, 9));
  tomoni_session_set_extra (session, tomoni_db_column_int (stmt, 10));
  tomoni_session_set_moved_to_id (session, tomoni_db_column_int64 (stmt, 11));
  tomoni_session_set_room_override (session, column_text (stmt, 12));
  tomoni_session_set_class_title (session, column_text (stmt, 13));
  tomoni_session_set_class_title_en (session, column_text (stmt, 14));
  tomoni_session_set_venue_name (session, column_text (stmt, 15));
  tomoni_session_set_room_name (session, column_text (stmt, 16));
  if (tomoni_db_column_count (stmt) > 17)
    tomoni_session_set_n_attended (session, tomoni_db_column_int (stmt, 17));
  return session;
}

static gboolean
insert_session (TomoniStore  *self,
                gint64        class_id,
                gint64        term_id,
                const char   *date,
                int           start_minute,
                int           end_minute,
                gint64        room_id,
                const char   *status,
                const char   *reason,
                gboolean      extra,
                const char   *room_override,
                gint64       *out_id,
                GError      **error)
{
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (self,
                               "INSERT INTO session (uuid, class_id, term_id, date, start_minute, end_minute, room_id,"
                               " status, reason, extra, room_override, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, tomoni_now (), tomoni_now ())",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  tomoni_db_bind_int64 (stmt, 2, class_id);
  tomoni_db_bind_int64 (stmt, 3, term_id);
  tomoni_bind_text (stmt, 4, date);
  tomoni_db_bind_int (stmt, 5, start_minute);
  tomoni_db_bind_int (stmt, 6, end_minute);
  if (room_id != 0)
    tomoni_db_bind_int64 (stmt, 7, room_id);
  else
    tomoni_db_bind_null (stmt, 7);
  tomoni_bind_text (stmt, 8, status);
  tomoni_bind_text (stmt, 9, reason);
  tomoni_db_bind_int (stmt, 10, extra);
  tomoni_bind_text (stmt, 11, room_override);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = tomoni_db_last_insert_id (tomoni_store_get_db (self));
  return TRUE;
}

/* What generating a term's sessions needs to know about it. */
typedef struct {
  gint64     term_id;
  gint64     class_id;
  gint64     venue_id;
  gint64     room_id;
  gboolean   meets_on_holidays;
  char      *title;
  char      *start_date;
  char      *end_date;
  GArray    *slots;       /* TomoniWeeklySlot */
  GPtrArray *reasons;     /* owns the closure reasons */
  GArray    *closures;    /* TomoniClosureSpan */
  TomoniScheduleRequest request;
} TermPlan;

static void
term_plan_free (TermPlan *plan)
{
  g_free (plan->title);
  g_free (plan->start_date);
  g_free (plan->end_date);
  g_clear_pointer (&plan->slots, g_array_unref);
  g_clear_pointer (&plan->reasons, g_ptr_array_unref);
  g_clear_pointer (&plan->closures, g_array_unref);
  g_free (plan);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TermPlan, term_plan_free)

static GArray *
load_schedule (TomoniStore  *self,
               gint64        term_id,
               GError      **error)
{
  g_autoptr(GArray) slots = g_array_new (FALSE, TRUE, sizeof (TomoniWeeklySlot));
  TomoniDbStmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT weekday, start_minute, end_minute FROM schedule WHERE term_id = ?"
                               " ORDER BY weekday, start_minute",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      TomoniWeeklySlot slot = {
        tomoni_db_column_int (stmt, 0), tomoni_db_column_int (stmt, 1), tomoni_db_column_int (stmt, 2)
      };
      g_array_append_val (slots, slot);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&slots);
}

/* Loads the term, its class, its schedule and the closures that apply. */
static TermPlan *
load_term_plan (TomoniStore  *self,
                gint64        term_id,
                GError      **error)
{
  g_autoptr(TermPlan) plan = g_new0 (TermPlan, 1);
  TomoniDbStmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT t.class_id, COALESCE (c.venue_id, 0), COALESCE (c.room_id, 0),"
                               " c.meets_on_holidays, c.title_ja, t.start_date, t.end_date"
                               " FROM term t JOIN class c ON c.id = t.class_id WHERE t.id = ?",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  rc = tomoni_db_step (stmt);
  if (rc != TOMONI_DB_ROW)
    {
      tomoni_db_reset (stmt);
      if (rc == TOMONI_DB_DONE)
        not_found (error, _("Term: no such term"));
      else
        tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  plan->term_id = term_id;
  plan->class_id = tomoni_db_column_int64 (stmt, 0);
  plan->venue_id = tomoni_db_column_int64 (stmt, 1);
  plan->room_id = tomoni_db_column_int64 (stmt, 2);
  plan->meets_on_holidays = tomoni_db_column_int (stmt, 3);
  plan->title = g_strdup (column_text (stmt, 4));
  plan->start_date = g_strdup (column_text (stmt, 5));
  plan->end_date = g_strdup (column_text (stmt, 6));
  tomoni_db_reset (stmt);

  plan->slots = load_schedule (self, term_id, error);
  if (plan->slots == NULL)
    return NULL;

  plan->reasons = g_ptr_array_new_with_free_func (g_free);
  plan->closures = g_array_new (FALSE, TRUE, sizeof (TomoniClosureSpan));
  stmt = tomoni_store_prepare (self,
                               "SELECT start_date, end_date, reason FROM closure"
                               " WHERE (venue_id IS NULL OR venue_id = ?1) AND end_date >= ?2 AND start_date <= ?3"
                               " ORDER BY venue_id IS NULL, start_date",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, plan->venue_id);
  tomoni_bind_text (stmt, 2, plan->start_date);
  tomoni_bind_text (stmt, 3, plan->end_date);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      TomoniClosureSpan span = { 0 };
      char *reason = g_strdup (column_text (stmt, 2));

      parse_iso_date (column_text (stmt, 0), &span.start);
      parse_iso_date (column_text (stmt, 1), &span.end);
      if (!g_date_valid (&span.start) || !g_date_valid (&span.end))
        {
          g_free (reason);
          continue;
        }
      g_ptr_array_add (plan->reasons, reason);
      span.reason = reason;
      g_array_append_val (plan->closures, span);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }

  parse_iso_date (plan->start_date, &plan->request.start);
  parse_iso_date (plan->end_date, &plan->request.end);
  plan->request.slots = (const TomoniWeeklySlot *)(gpointer)plan->slots->data;
  plan->request.n_slots = plan->slots->len;
  plan->request.meets_on_holidays = plan->meets_on_holidays;
  plan->request.closures = (const TomoniClosureSpan *)(gpointer)plan->closures->data;
  plan->request.n_closures = plan->closures->len;
  return g_steal_pointer (&plan);
}

static gboolean
schedule_error_to_store (GError **error)
{
  if (error != NULL && *error != NULL && (*error)->domain == TOMONI_SCHEDULE_ERROR)
    {
      (*error)->domain = TOMONI_STORE_ERROR;
      (*error)->code = TOMONI_STORE_ERROR_INVALID;
    }
  return FALSE;
}

/* Replaces the generated sessions of a term; inside a transaction. */
static gboolean
regenerate (TomoniStore  *self,
            gint64        term_id,
            const char   *room_override,
            guint        *out_n_held,
            GError      **error)
{
  g_autoptr(TermPlan) plan = load_term_plan (self, term_id, error);
  g_autoptr(GArray) planned = NULL;
  g_autoptr(GHashTable) kept = NULL;
  g_autofree char *bad_date = NULL;
  TomoniDbStmt *stmt;
  gint64 n_held;
  int rc;

  g_assert (tomoni_store_in_transaction (self));

  if (plan == NULL)
    return FALSE;
  planned = tomoni_schedule_generate (&plan->request, error);
  if (planned == NULL)
    return schedule_error_to_store (error);

  /* Sessions that must not go: attendance taken, added by hand, cancelled,
   * moved (or the target of a move). They must stay inside the term. */
  stmt = tomoni_store_prepare (self,
                               "SELECT min (date) FROM session s WHERE term_id = ?1 AND (date < ?2 OR date > ?3)"
                               " AND (extra = 1 OR status IN ('cancelled', 'moved')"
                               " OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id))",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  tomoni_bind_text (stmt, 2, plan->start_date);
  tomoni_bind_text (stmt, 3, plan->end_date);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW && !tomoni_db_column_is_null (stmt, 0))
    bad_date = g_strdup (column_text (stmt, 0));
  tomoni_db_reset (stmt);
  if (bad_date != NULL)
    return invalid (error, _("Dates: the session of %s has attendance or was changed by hand and would be "
                             "outside the term"), bad_date);

  stmt = tomoni_store_prepare (self,
                               "DELETE FROM session WHERE term_id = ?1 AND extra = 0"
                               " AND status IN ('scheduled', 'skipped')"
                               " AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = session.id)"
                               " AND NOT EXISTS (SELECT 1 FROM session m WHERE m.moved_to_id = session.id)",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;

  /* What is left, by date and start time. */
  kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  stmt = tomoni_store_prepare (self, "SELECT date, start_minute FROM session WHERE term_id = ? AND extra = 0", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    g_hash_table_add (kept, g_strdup_printf ("%s/%d", column_text (stmt, 0), tomoni_db_column_int (stmt, 1)));
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < planned->len; i++)
    {
      TomoniPlannedSession *p = &g_array_index (planned, TomoniPlannedSession, i);
      g_autofree char *date = format_iso_date (&p->date);
      g_autofree char *key = g_strdup_printf ("%s/%d", date, p->start_minute);
      gboolean overridden = FALSE;

      if (g_hash_table_contains (kept, key))
        continue;
      if (!p->skipped &&
          !check_booking_for_write (self, plan->class_id, date, p->start_minute, p->end_minute,
                                    plan->room_id, 0, room_override, &overridden, error))
        return FALSE;
      if (!insert_session (self, plan->class_id, term_id, date, p->start_minute, p->end_minute,
                           plan->room_id, p->skipped ? "skipped" : "scheduled", p->reason, FALSE,
                           overridden ? room_override : "", NULL, error))
        return FALSE;
    }

  stmt = tomoni_store_prepare (self, "SELECT count(*) FROM session WHERE term_id = ? AND status = 'scheduled'", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  n_held = tomoni_db_step (stmt) == TOMONI_DB_ROW ? tomoni_db_column_int64 (stmt, 0) : 0;
  tomoni_db_reset (stmt);
  if (n_held == 0)
    return invalid (error, _("Dates: no session can be held between %s and %s on these weekdays "
                             "(holidays and closures are skipped)"),
                    plan->start_date, plan->end_date);
  if (out_n_held != NULL)
    *out_n_held = n_held;
  return TRUE;
}

static gboolean
write_schedule (TomoniStore             *self,
                gint64                   term_id,
                const TomoniWeeklySlot  *slots,
                guint                    n_slots,
                GError                 **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self, "DELETE FROM schedule WHERE term_id = ?", error);

  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < n_slots; i++)
    {
      g_autofree char *uuid = tomoni_uuid_new ();

      stmt = tomoni_store_prepare (self,
                                   "INSERT INTO schedule (uuid, term_id, weekday, start_minute, end_minute,"
                                   " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, tomoni_now (), tomoni_now ())",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, uuid);
      tomoni_db_bind_int64 (stmt, 2, term_id);
      tomoni_db_bind_int (stmt, 3, slots[i].weekday);
      tomoni_db_bind_int (stmt, 4, slots[i].start_minute);
      tomoni_db_bind_int (stmt, 5, slots[i].end_minute);
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Validates the term's fields and the slots before anything is written. */
static gboolean
check_term (TomoniStore             *self,
            TomoniTerm              *term,
            const TomoniWeeklySlot  *slots,
            guint                    n_slots,
            gboolean                 check_slots,
            GError                 **error)
{
  g_autofree char *name = normalized (tomoni_term_get_name (term));
  TomoniScheduleRequest request = { 0 };
  gboolean exists;

  if (!row_exists (self, "SELECT 1 FROM class WHERE id = ?", tomoni_term_get_class_id (term), &exists, error))
    return FALSE;
  if (!exists)
    return not_found (error, _("Class: no such class"));
  tomoni_term_set_name (term, name);
  if (!check_date (tomoni_term_get_start_date (term), _("Start date"), &request.start, error) ||
      !check_date (tomoni_term_get_end_date (term), _("End date"), &request.end, error))
    return FALSE;
  if (!check_slots)
    {
      /* Only the dates change: the slots were checked when written. */
      if (g_date_compare (&request.end, &request.start) < 0)
        return invalid (error, "%s", _("End date: the term ends before it starts"));
      return TRUE;
    }
  request.slots = slots;
  request.n_slots = n_slots;
  if (!tomoni_schedule_validate (&request, error))
    return schedule_error_to_store (error);
  return TRUE;
}

static gboolean
update_term_counts (TomoniStore  *self,
                    TomoniTerm   *term)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self,
                                             "SELECT count(*) FROM session WHERE term_id = ? AND status = 'scheduled'",
                                             NULL);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, tomoni_term_get_id (term));
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    tomoni_term_set_n_sessions (term, tomoni_db_column_int (stmt, 0));
  tomoni_db_reset (stmt);
  return TRUE;
}

gboolean
tomoni_store_add_term (TomoniStore             *self,
                       TomoniTerm              *term,
                       const TomoniWeeklySlot  *slots,
                       guint                    n_slots,
                       const char              *room_override,
                       GError                 **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniDbStmt *stmt;
  gint64 term_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_TERM (term), FALSE);
  g_return_val_if_fail (slots != NULL || n_slots == 0, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!check_term (self, term, slots, n_slots, TRUE, error))
    return FALSE;

  stmt = tomoni_store_prepare (self,
                               "INSERT INTO term (uuid, class_id, name, start_date, end_date, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, tomoni_now (), tomoni_now ())",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  tomoni_db_bind_int64 (stmt, 2, tomoni_term_get_class_id (term));
  tomoni_bind_text (stmt, 3, tomoni_term_get_name (term));
  tomoni_bind_text (stmt, 4, tomoni_term_get_start_date (term));
  tomoni_bind_text (stmt, 5, tomoni_term_get_end_date (term));
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  term_id = tomoni_db_last_insert_id (tomoni_store_get_db (self));

  if (!write_schedule (self, term_id, slots, n_slots, error) ||
      !regenerate (self, term_id, room_override, NULL, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_term_set_id (term, term_id);
  tomoni_term_set_uuid (term, uuid);
  update_term_counts (self, term);
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

gboolean
tomoni_store_update_term (TomoniStore             *self,
                          TomoniTerm              *term,
                          const TomoniWeeklySlot  *slots,
                          guint                    n_slots,
                          const char              *room_override,
                          GError                 **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_TERM (term), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) ||
      !check_term (self, term, slots, n_slots, slots != NULL, error))
    return FALSE;

  stmt = tomoni_store_prepare (self,
                               "UPDATE term SET name = ?1, start_date = ?2, end_date = ?3, updated_at = tomoni_now ()"
                               " WHERE id = ?4 AND class_id = ?5",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, tomoni_term_get_name (term));
  tomoni_bind_text (stmt, 2, tomoni_term_get_start_date (term));
  tomoni_bind_text (stmt, 3, tomoni_term_get_end_date (term));
  tomoni_db_bind_int64 (stmt, 4, tomoni_term_get_id (term));
  tomoni_db_bind_int64 (stmt, 5, tomoni_term_get_class_id (term));
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return not_found (error, _("Term: no such term"));

  if (slots != NULL && !write_schedule (self, tomoni_term_get_id (term), slots, n_slots, error))
    return FALSE;
  if (!regenerate (self, tomoni_term_get_id (term), room_override, NULL, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  update_term_counts (self, term);
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

#define TERM_COLUMNS \
  "t.id, t.uuid, t.class_id, t.name, t.start_date, t.end_date," \
  " (SELECT count(*) FROM session s WHERE s.term_id = t.id AND s.status = 'scheduled')"

static gpointer
term_from_row (TomoniDbStmt *stmt)
{
  TomoniTerm *term = tomoni_term_new ();

  tomoni_term_set_id (term, tomoni_db_column_int64 (stmt, 0));
  tomoni_term_set_uuid (term, column_text (stmt, 1));
  tomoni_term_set_class_id (term, tomoni_db_column_int64 (stmt, 2));
  tomoni_term_set_name (term, column_text (stmt, 3));
  tomoni_term_set_start_date (term, column_text (stmt, 4));
  tomoni_term_set_end_date (term, column_text (stmt, 5));
  tomoni_term_set_n_sessions (term, tomoni_db_column_int (stmt, 6));
  return term;
}

TomoniTerm *
tomoni_store_get_term (TomoniStore  *self,
                       gint64        id,
                       GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " TERM_COLUMNS " FROM term t WHERE t.id = ?", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, id);
  return collect_one (self, stmt, term_from_row, _("Term: no such term"), error);
}

GPtrArray *
tomoni_store_list_terms (TomoniStore  *self,
                         gint64        class_id,
                         GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " TERM_COLUMNS " FROM term t WHERE t.class_id = ? ORDER BY t.start_date, t.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, class_id);
  return collect (self, stmt, term_from_row, error);
}

GArray *
tomoni_store_get_term_schedule (TomoniStore  *self,
                                gint64        term_id,
                                GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  return load_schedule (self, term_id, error);
}

TomoniTerm *
tomoni_store_copy_term (TomoniStore  *self,
                        gint64        term_id,
                        const char   *start_date,
                        const char   *name,
                        const char   *room_override,
                        GError      **error)
{
  g_autoptr(TomoniTerm) previous = NULL;
  g_autoptr(TomoniTerm) term = NULL;
  g_autoptr(GArray) slots = NULL;
  g_autofree char *end_date = NULL;
  GDate old_start, old_end, new_start, new_end;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  previous = tomoni_store_get_term (self, term_id, error);
  if (previous == NULL)
    return NULL;
  if (!check_date (start_date, _("Start date"), &new_start, error))
    return NULL;
  slots = load_schedule (self, term_id, error);
  if (slots == NULL)
    return NULL;

  parse_iso_date (tomoni_term_get_start_date (previous), &old_start);
  parse_iso_date (tomoni_term_get_end_date (previous), &old_end);
  new_end = new_start;
  g_date_add_days (&new_end, g_date_days_between (&old_start, &old_end));
  end_date = format_iso_date (&new_end);

  term = tomoni_term_new ();
  tomoni_term_set_class_id (term, tomoni_term_get_class_id (previous));
  tomoni_term_set_name (term, name);
  tomoni_term_set_start_date (term, start_date);
  tomoni_term_set_end_date (term, end_date);
  if (!tomoni_store_add_term (self, term, (const TomoniWeeklySlot *)(gpointer)slots->data, slots->len,
                              room_override, error))
    return NULL;
  return g_steal_pointer (&term);
}

gboolean
tomoni_store_regenerate_sessions (TomoniStore  *self,
                                  gint64        term_id,
                                  const char   *room_override,
                                  guint        *out_n_held,
                                  GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) ||
      !regenerate (self, term_id, room_override, out_n_held, error) ||
      !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

GPtrArray *
tomoni_store_list_sessions (TomoniStore  *self,
                            gint64        term_id,
                            GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " SESSION_COLUMNS ","
                               " (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status IN ('present', 'late'))"
                               SESSION_FROM " WHERE s.term_id = ? ORDER BY s.date, s.start_minute, s.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  return collect (self, stmt, session_from_row, error);
}

TomoniSession *
tomoni_store_get_session (TomoniStore  *self,
                          gint64        id,
                          GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " SESSION_COLUMNS ","
                               " (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status IN ('present', 'late'))"
                               SESSION_FROM " WHERE s.id = ?",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, id);
  return collect_one (self, stmt, session_from_row, _("Session: no such session"), error);
}

TomoniSession *
tomoni_store_get_session_by_uuid (TomoniStore  *self,
                                  const char   *uuid,
                                  GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " SESSION_COLUMNS ","
                               " (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status IN ('present', 'late'))"
                               SESSION_FROM " WHERE s.uuid = ?",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, uuid);
  return collect_one (self, stmt, session_from_row, _("Session: no such session"), error);
}

GPtrArray *
tomoni_store_list_sessions_between (TomoniStore  *self,
                                    const char   *from,
                                    const char   *to,
                                    GError      **error)
{
  TomoniDbStmt *stmt;
  GDate a, b;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  if (!check_date (from, _("From"), &a, error) || !check_date (to, _("To"), &b, error))
    return NULL;
  stmt = tomoni_store_prepare (self,
                               "SELECT " SESSION_COLUMNS SESSION_FROM
                               " WHERE s.date BETWEEN ?1 AND ?2 AND s.status <> 'skipped'"
                               " ORDER BY s.date, s.start_minute, v.name, r.name, c.title_ja, s.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, from);
  tomoni_bind_text (stmt, 2, to);
  return collect (self, stmt, session_from_row, error);
}

/* A session in a state that can be changed by hand. */
static TomoniSession *
get_changeable_session (TomoniStore  *self,
                        gint64        session_id,
                        gboolean      moving,
                        GError      **error)
{
  g_autoptr(TomoniSession) session = tomoni_store_get_session (self, session_id, error);
  gboolean has_attendance;

  if (session == NULL)
    return NULL;
  if (!g_str_equal (tomoni_session_get_status (session), "scheduled"))
    {
      /* Translators: the second %s is a session status, e.g. "Cancelled" */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Session: the session of %s is not scheduled (%s)"),
                   tomoni_session_get_date (session),
                   tomoni_session_status_label (tomoni_session_get_status (session)));
      return NULL;
    }
  if (!row_exists (self, "SELECT 1 FROM attendance WHERE session_id = ?", session_id, &has_attendance, error))
    return NULL;
  if (has_attendance)
    {
      if (moving)
        g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                     _("Session: attendance was taken on %s; clear it before moving the session"),
                     tomoni_session_get_date (session));
      else
        g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                     _("Session: attendance was taken on %s; clear it before cancelling the session"),
                     tomoni_session_get_date (session));
      return NULL;
    }
  return g_steal_pointer (&session);
}

gboolean
tomoni_store_cancel_session (TomoniStore  *self,
                             gint64        session_id,
                             const char   *reason,
                             GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniSession) session = NULL;
  g_autofree char *why = normalized (reason);
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (*why == '\0')
    return invalid (error, "%s", _("Reason: say why the session is cancelled"));
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  session = get_changeable_session (self, session_id, FALSE, error);
  if (session == NULL)
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "UPDATE session SET status = 'cancelled', reason = ?1, updated_at = tomoni_now ()"
                               " WHERE id = ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, why);
  tomoni_db_bind_int64 (stmt, 2, session_id);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

/* A date for a session placed by hand: inside the term, not closed. */
static gboolean
check_manual_date (TomoniStore  *self,
                   gint64        term_id,
                   const char   *date,
                   TermPlan    **out_plan,
                   GError      **error)
{
  g_autoptr(TermPlan) plan = load_term_plan (self, term_id, error);
  const char *reason;
  GDate day;

  if (plan == NULL)
    return FALSE;
  if (!check_date (date, _("Date"), &day, error))
    return FALSE;
  if (g_strcmp0 (date, plan->start_date) < 0 || g_strcmp0 (date, plan->end_date) > 0)
    return invalid (error, _("Date: %s is outside the term (%s – %s)"), date, plan->start_date, plan->end_date);
  reason = tomoni_schedule_skip_reason (&plan->request, &day);
  if (reason != NULL)
    return invalid (error, _("Date: no session can be held on %s (%s)"), date, reason);
  *out_plan = g_steal_pointer (&plan);
  return TRUE;
}

TomoniSession *
tomoni_store_move_session (TomoniStore  *self,
                           gint64        session_id,
                           const char   *date,
                           int           start_minute,
                           int           end_minute,
                           gint64        room_id,
                           const char   *reason,
                           const char   *room_override,
                           GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniSession) old = NULL;
  g_autoptr(TermPlan) plan = NULL;
  g_autofree char *why = normalized (reason);
  TomoniDbStmt *stmt;
  gboolean overridden;
  gint64 new_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  if (!check_times (start_minute, end_minute, error))
    return NULL;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return NULL;
  old = get_changeable_session (self, session_id, TRUE, error);
  if (old == NULL)
    return NULL;
  if (!check_manual_date (self, tomoni_session_get_term_id (old), date, &plan, error))
    return NULL;
  if (room_id == 0)
    room_id = tomoni_session_get_room_id (old);
  else
    {
      g_autoptr(TomoniRoom) room = tomoni_store_get_room (self, room_id, error);
      if (room == NULL)
        return NULL;
    }
  if (!check_booking_for_write (self, tomoni_session_get_class_id (old), date, start_minute, end_minute,
                                room_id, session_id, room_override, &overridden, error))
    return NULL;
  if (!insert_session (self, tomoni_session_get_class_id (old), tomoni_session_get_term_id (old), date,
                       start_minute, end_minute, room_id, "scheduled", "", TRUE,
                       overridden ? room_override : "", &new_id, error))
    return NULL;

  stmt = tomoni_store_prepare (self,
                               "UPDATE session SET status = 'moved', moved_to_id = ?1, reason = ?2,"
                               " updated_at = tomoni_now () WHERE id = ?3",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, new_id);
  tomoni_bind_text (stmt, 2, why);
  tomoni_db_bind_int64 (stmt, 3, session_id);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
    return NULL;
  tomoni_store_notify_changed (self, "classes");
  return tomoni_store_get_session (self, new_id, error);
}

TomoniSession *
tomoni_store_add_extra_session (TomoniStore  *self,
                                gint64        term_id,
                                const char   *date,
                                int           start_minute,
                                int           end_minute,
                                gint64        room_id,
                                const char   *room_override,
                                GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TermPlan) plan = NULL;
  gboolean overridden;
  gint64 new_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  if (!check_times (start_minute, end_minute, error))
    return NULL;
  if (!tomoni_store_transaction_begin (&tx, self, error) ||
      !check_manual_date (self, term_id, date, &plan, error))
    return NULL;
  if (room_id == 0)
    room_id = plan->room_id;
  else
    {
      g_autoptr(TomoniRoom) room = tomoni_store_get_room (self, room_id, error);
      if (room == NULL)
        return NULL;
    }
  if (!check_booking_for_write (self, plan->class_id, date, start_minute, end_minute, room_id, 0,
                                room_override, &overridden, error))
    return NULL;
  if (!insert_session (self, plan->class_id, term_id, date, start_minute, end_minute, room_id,
                       "scheduled", "", TRUE, overridden ? room_override : "", &new_id, error))
    return NULL;
  if (!tomoni_store_transaction_commit (&tx, error))
    return NULL;
  tomoni_store_notify_changed (self, "classes");
  return tomoni_store_get_session (self, new_id, error);
}

/* ---- Staff -------------------------------------------------------------- */

static gboolean
check_person (TomoniStore  *self,
              gint64        person_id,
              GError      **error)
{
  gboolean exists;

  if (!row_exists (self, "SELECT 1 FROM person WHERE id = ? AND deleted_at IS NULL AND erased_at IS NULL",
                   person_id, &exists, error))
    return FALSE;
  if (!exists)
    return not_found (error, _("Person: no such person"));
  return TRUE;
}

gboolean
tomoni_store_set_class_staff (TomoniStore  *self,
                              gint64        class_id,
                              gint64        person_id,
                              const char   *role,
                              const char   *employment,
                              GError      **error)
{
  static const char * const roles[] = { "teacher", "assistant", NULL };
  static const char * const employments[] = { "full-time", "part-time", "volunteer", NULL };
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniDbStmt *stmt;
  gboolean exists;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (employment == NULL || *employment == '\0')
    employment = "volunteer";
  if (!in_list (role, roles))
    return invalid (error, _("Role: “%s” is not teacher or assistant"), role != NULL ? role : "");
  if (!in_list (employment, employments))
    return invalid (error, _("Employment: “%s” is not full-time, part-time or volunteer"), employment);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!row_exists (self, "SELECT 1 FROM class WHERE id = ?", class_id, &exists, error))
    return FALSE;
  if (!exists)
    return not_found (error, _("Class: no such class"));
  if (!check_person (self, person_id, error))
    return FALSE;

  if (g_str_equal (role, "teacher"))
    {
      /* This class's scheduled sessions against the person's other teaching. */
      stmt = tomoni_store_prepare (self,
                                   "SELECT " PERSON_NAME ("p") ", c2.title_ja, s2.date, s2.start_minute, s2.end_minute"
                                   " FROM session s1 JOIN class_staff cs ON cs.person_id = ?2 AND cs.role = 'teacher'"
                                   " AND cs.class_id <> ?1"
                                   " JOIN session s2 ON s2.class_id = cs.class_id AND s2.date = s1.date"
                                   " AND s2.start_minute < s1.end_minute AND s2.end_minute > s1.start_minute"
                                   " AND s2.status = 'scheduled'"
                                   " JOIN class c2 ON c2.id = s2.class_id JOIN person p ON p.id = ?2"
                                   " WHERE s1.class_id = ?1 AND s1.status = 'scheduled' LIMIT 1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, class_id);
      tomoni_db_bind_int64 (stmt, 2, person_id);
      rc = tomoni_db_step (stmt);
      if (rc == TOMONI_DB_ROW)
        {
          g_autofree char *who = g_strdup (column_text (stmt, 0));
          g_autofree char *title = g_strdup (column_text (stmt, 1));
          g_autofree char *when = g_strdup (column_text (stmt, 2));
          int s = tomoni_db_column_int (stmt, 3), e = tomoni_db_column_int (stmt, 4);

          tomoni_db_reset (stmt);
          return conflict_error (error, NULL, CLASH_TEACHER_SESSION, who, title, when, s, e);
        }
      tomoni_db_reset (stmt);
      if (rc != TOMONI_DB_DONE)
        {
          tomoni_store_set_error (self, rc, error);
          return FALSE;
        }
    }

  stmt = tomoni_store_prepare (self,
                               "INSERT INTO class_staff (uuid, class_id, person_id, role, employment, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, tomoni_now (), tomoni_now ())"
                               " ON CONFLICT (class_id, person_id) DO UPDATE SET role = excluded.role,"
                               " employment = excluded.employment, updated_at = excluded.updated_at",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  tomoni_db_bind_int64 (stmt, 2, class_id);
  tomoni_db_bind_int64 (stmt, 3, person_id);
  tomoni_bind_text (stmt, 4, role);
  tomoni_bind_text (stmt, 5, employment);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

gboolean
tomoni_store_remove_class_staff (TomoniStore  *self,
                                 gint64        class_id,
                                 gint64        person_id,
                                 GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "DELETE FROM class_staff WHERE class_id = ?1 AND person_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, class_id);
  tomoni_db_bind_int64 (stmt, 2, person_id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return not_found (error, _("Staff: this person is not on the class’s staff"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

static gpointer
staff_from_row (TomoniDbStmt *stmt)
{
  TomoniClassStaff *staff = tomoni_class_staff_new ();

  tomoni_class_staff_set_id (staff, tomoni_db_column_int64 (stmt, 0));
  tomoni_class_staff_set_uuid (staff, column_text (stmt, 1));
  tomoni_class_staff_set_class_id (staff, tomoni_db_column_int64 (stmt, 2));
  tomoni_class_staff_set_person_id (staff, tomoni_db_column_int64 (stmt, 3));
  tomoni_class_staff_set_role (staff, column_text (stmt, 4));
  tomoni_class_staff_set_employment (staff, column_text (stmt, 5));
  tomoni_class_staff_set_person_name (staff, column_text (stmt, 6));
  tomoni_class_staff_set_person_reading (staff, column_text (stmt, 7));
  return staff;
}

GPtrArray *
tomoni_store_list_class_staff (TomoniStore  *self,
                               gint64        class_id,
                               GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT cs.id, cs.uuid, cs.class_id, cs.person_id, cs.role, cs.employment,"
                               " " PERSON_NAME ("p") ", p.reading"
                               " FROM class_staff cs JOIN person p ON p.id = cs.person_id WHERE cs.class_id = ?"
                               " ORDER BY cs.role = 'assistant', p.sort_key, p.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, class_id);
  return collect (self, stmt, staff_from_row, error);
}

/* ---- Enrolment ---------------------------------------------------------- */

#define ENROLMENT_COLUMNS \
  "e.id, e.uuid, e.class_id, e.term_id, e.person_id, e.status, COALESCE (e.position, 0), e.enrolled_on," \
  " e.withdrawn_on, e.promoted_on, " PERSON_NAME ("p") ", p.reading"

static gpointer
enrolment_from_row (TomoniDbStmt *stmt)
{
  TomoniEnrolment *enrolment = tomoni_enrolment_new ();

  tomoni_enrolment_set_id (enrolment, tomoni_db_column_int64 (stmt, 0));
  tomoni_enrolment_set_uuid (enrolment, column_text (stmt, 1));
  tomoni_enrolment_set_class_id (enrolment, tomoni_db_column_int64 (stmt, 2));
  tomoni_enrolment_set_term_id (enrolment, tomoni_db_column_int64 (stmt, 3));
  tomoni_enrolment_set_person_id (enrolment, tomoni_db_column_int64 (stmt, 4));
  tomoni_enrolment_set_status (enrolment, column_text (stmt, 5));
  tomoni_enrolment_set_position (enrolment, tomoni_db_column_int (stmt, 6));
  tomoni_enrolment_set_enrolled_on (enrolment, column_text (stmt, 7));
  tomoni_enrolment_set_withdrawn_on (enrolment, column_text (stmt, 8));
  tomoni_enrolment_set_promoted_on (enrolment, column_text (stmt, 9));
  tomoni_enrolment_set_person_name (enrolment, column_text (stmt, 10));
  tomoni_enrolment_set_person_reading (enrolment, column_text (stmt, 11));
  return enrolment;
}

static TomoniEnrolment *
get_enrolment (TomoniStore  *self,
               gint64        term_id,
               gint64        person_id,
               GError      **error)
{
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (self,
                               "SELECT " ENROLMENT_COLUMNS " FROM enrolment e JOIN person p ON p.id = e.person_id"
                               " WHERE e.term_id = ?1 AND e.person_id = ?2",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  tomoni_db_bind_int64 (stmt, 2, person_id);
  return collect_one (self, stmt, enrolment_from_row, _("Learner: this person is not enrolled in the term"), error);
}

/* Pairs (term id, enrolled count) for every term of a class; *n pairs. */
static gint64 *
enrolled_counts_by_term (TomoniStore  *self,
                         gint64        class_id,
                         guint        *n,
                         GError      **error)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (gint64));
  TomoniDbStmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT t.id, (SELECT count(*) FROM enrolment e WHERE e.term_id = t.id AND e.status = 'enrolled')"
                               " FROM term t WHERE t.class_id = ?",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, class_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 pair[2] = { tomoni_db_column_int64 (stmt, 0), tomoni_db_column_int64 (stmt, 1) };
      g_array_append_vals (counts, pair, 2);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  *n = counts->len / 2;
  /* never NULL on success, even with no term */
  g_array_set_size (counts, counts->len + 2);
  return (gint64 *)(gpointer)g_array_free (g_steal_pointer (&counts), FALSE);
}

static gint64
count_enrolled (TomoniStore *self,
                gint64       term_id)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self,
                                             "SELECT count(*) FROM enrolment WHERE term_id = ? AND status = 'enrolled'",
                                             NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return 0;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    n = tomoni_db_column_int64 (stmt, 0);
  tomoni_db_reset (stmt);
  return n;
}

/* Moves waiting learners up while there is room; *out_first is the first promoted. */
static gboolean
promote_waiting (TomoniStore      *self,
                 gint64            term_id,
                 int               capacity,
                 TomoniEnrolment **out_first,
                 GError          **error)
{
  g_autofree char *today = today_local ();

  while (count_enrolled (self, term_id) < capacity)
    {
      TomoniDbStmt *stmt;
      gint64 person_id = 0;
      int rc;

      stmt = tomoni_store_prepare (self,
                                   "SELECT person_id FROM enrolment WHERE term_id = ? AND status = 'waiting'"
                                   " ORDER BY position, id LIMIT 1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, term_id);
      rc = tomoni_db_step (stmt);
      if (rc == TOMONI_DB_ROW)
        person_id = tomoni_db_column_int64 (stmt, 0);
      tomoni_db_reset (stmt);
      if (rc == TOMONI_DB_DONE)
        break;
      if (rc != TOMONI_DB_ROW)
        {
          tomoni_store_set_error (self, rc, error);
          return FALSE;
        }

      stmt = tomoni_store_prepare (self,
                                   "UPDATE enrolment SET status = 'enrolled', position = NULL, promoted_on = ?3,"
                                   " updated_at = tomoni_now () WHERE term_id = ?1 AND person_id = ?2",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, term_id);
      tomoni_db_bind_int64 (stmt, 2, person_id);
      tomoni_bind_text (stmt, 3, today);
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
      stmt = tomoni_store_prepare (self,
                                   "UPDATE enrolment SET position = position - 1, updated_at = tomoni_now ()"
                                   " WHERE term_id = ? AND status = 'waiting'",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, term_id);
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;

      if (out_first != NULL && *out_first == NULL)
        {
          *out_first = get_enrolment (self, term_id, person_id, error);
          if (*out_first == NULL)
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
tomoni_store_enrol (TomoniStore       *self,
                    gint64             term_id,
                    gint64             person_id,
                    TomoniEnrolment  **out_enrolment,
                    GError           **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniEnrolment) existing = NULL;
  g_autoptr(TomoniTerm) term = NULL;
  g_autoptr(TomoniClass) klass = NULL;
  g_autofree char *uuid = tomoni_uuid_new ();
  g_autofree char *today = today_local ();
  TomoniDbStmt *stmt;
  gboolean full;
  gint64 position = 0;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_enrolment == NULL || *out_enrolment == NULL, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  term = tomoni_store_get_term (self, term_id, error);
  if (term == NULL)
    return FALSE;
  klass = tomoni_store_get_class (self, tomoni_term_get_class_id (term), error);
  if (klass == NULL || !check_person (self, person_id, error))
    return FALSE;

  existing = get_enrolment (self, term_id, person_id, NULL);
  if (existing != NULL && !g_str_equal (tomoni_enrolment_get_status (existing), "withdrawn"))
    {
      if (g_str_equal (tomoni_enrolment_get_status (existing), "waiting"))
        return invalid (error, _("Learner: %s is already on the waiting list (position %d)"),
                        tomoni_enrolment_get_person_name (existing), tomoni_enrolment_get_position (existing));
      return invalid (error, _("Learner: %s is already enrolled in this term"),
                      tomoni_enrolment_get_person_name (existing));
    }

  /* The person becomes a learner if they were not one. */
  stmt = tomoni_store_prepare (self,
                               "INSERT INTO learner (uuid, person_id, created_at, updated_at)"
                               " VALUES (tomoni_uuid (), ?, tomoni_now (), tomoni_now ())"
                               " ON CONFLICT (person_id) DO NOTHING",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;

  full = count_enrolled (self, term_id) >= tomoni_class_get_capacity (klass);
  if (full)
    {
      stmt = tomoni_store_prepare (self,
                                   "SELECT COALESCE (max (position), 0) + 1 FROM enrolment WHERE term_id = ? AND status = 'waiting'",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, term_id);
      if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
        position = tomoni_db_column_int64 (stmt, 0);
      tomoni_db_reset (stmt);
    }

  stmt = tomoni_store_prepare (self,
                               "INSERT INTO enrolment (uuid, class_id, term_id, person_id, status, position, enrolled_on,"
                               " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, tomoni_now (), tomoni_now ())"
                               " ON CONFLICT (term_id, person_id) DO UPDATE SET status = excluded.status,"
                               " position = excluded.position, enrolled_on = excluded.enrolled_on, withdrawn_on = NULL,"
                               " promoted_on = NULL, updated_at = excluded.updated_at",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  tomoni_db_bind_int64 (stmt, 2, tomoni_term_get_class_id (term));
  tomoni_db_bind_int64 (stmt, 3, term_id);
  tomoni_db_bind_int64 (stmt, 4, person_id);
  tomoni_bind_text (stmt, 5, full ? "waiting" : "enrolled");
  if (full)
    tomoni_db_bind_int64 (stmt, 6, position);
  else
    tomoni_db_bind_null (stmt, 6);
  tomoni_bind_text (stmt, 7, today);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;

  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  if (out_enrolment != NULL)
    *out_enrolment = get_enrolment (self, term_id, person_id, NULL);
  return TRUE;
}

gboolean
tomoni_store_withdraw (TomoniStore       *self,
                       gint64             term_id,
                       gint64             person_id,
                       TomoniEnrolment  **out_promoted,
                       GError           **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniEnrolment) enrolment = NULL;
  g_autoptr(TomoniEnrolment) promoted = NULL;
  g_autoptr(TomoniClass) klass = NULL;
  g_autofree char *today = today_local ();
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_promoted == NULL || *out_promoted == NULL, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  enrolment = get_enrolment (self, term_id, person_id, error);
  if (enrolment == NULL)
    return FALSE;
  if (g_str_equal (tomoni_enrolment_get_status (enrolment), "withdrawn"))
    return invalid (error, _("Learner: %s has already withdrawn"), tomoni_enrolment_get_person_name (enrolment));
  klass = tomoni_store_get_class (self, tomoni_enrolment_get_class_id (enrolment), error);
  if (klass == NULL)
    return FALSE;

  stmt = tomoni_store_prepare (self,
                               "UPDATE enrolment SET status = 'withdrawn', position = NULL, withdrawn_on = ?3,"
                               " updated_at = tomoni_now () WHERE term_id = ?1 AND person_id = ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  tomoni_db_bind_int64 (stmt, 2, person_id);
  tomoni_bind_text (stmt, 3, today);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;

  if (g_str_equal (tomoni_enrolment_get_status (enrolment), "waiting"))
    {
      /* Close up the list behind them. */
      stmt = tomoni_store_prepare (self,
                                   "UPDATE enrolment SET position = position - 1, updated_at = tomoni_now ()"
                                   " WHERE term_id = ?1 AND status = 'waiting' AND position > ?2",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, term_id);
      tomoni_db_bind_int (stmt, 2, tomoni_enrolment_get_position (enrolment));
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
    }
  else if (!promote_waiting (self, term_id, tomoni_class_get_capacity (klass), &promoted, error))
    return FALSE;

  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  if (out_promoted != NULL)
    *out_promoted = g_steal_pointer (&promoted);
  return TRUE;
}

GPtrArray *
tomoni_store_list_enrolments (TomoniStore  *self,
                              gint64        term_id,
                              GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " ENROLMENT_COLUMNS " FROM enrolment e JOIN person p ON p.id = e.person_id"
                               " WHERE e.term_id = ?"
                               " ORDER BY CASE e.status WHEN 'enrolled' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END,"
                               " e.position, p.sort_key, p.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  return collect (self, stmt, enrolment_from_row, error);
}

/* ---- Attendance --------------------------------------------------------- */

static const char * const status_keys[] = { "", "present", "late", "excused", "absent" };
static const char * const kind_keys[] = { "enrolled", "trial", "walk-in" };

const char *
tomoni_attendance_status_to_key (TomoniAttendanceStatus status)
{
  g_return_val_if_fail (status <= TOMONI_ATTENDANCE_ABSENT, "");
  return status_keys[status];
}

gboolean
tomoni_attendance_status_from_key (const char             *key,
                                   TomoniAttendanceStatus *out_status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_keys); i++)
    if (g_strcmp0 (key, status_keys[i]) == 0)
      {
        *out_status = i;
        return TRUE;
      }
  if (g_strcmp0 (key, "none") == 0)
    {
      *out_status = TOMONI_ATTENDANCE_NONE;
      return TRUE;
    }
  return FALSE;
}

const char *
tomoni_attendance_status_label (TomoniAttendanceStatus status)
{
  switch (status)
    {
    case TOMONI_ATTENDANCE_PRESENT:
      return _("Present");
    case TOMONI_ATTENDANCE_LATE:
      return _("Late");
    case TOMONI_ATTENDANCE_EXCUSED:
      /* Translators: absent with notice (欠席連絡あり) */
      return _("Excused");
    case TOMONI_ATTENDANCE_ABSENT:
      return _("Absent");
    case TOMONI_ATTENDANCE_NONE:
    default:
      /* Translators: attendance not taken yet */
      return _("Not taken");
    }
}

const char *
tomoni_attendance_kind_to_key (TomoniAttendanceKind kind)
{
  g_return_val_if_fail (kind <= TOMONI_ATTENDANCE_KIND_WALK_IN, "enrolled");
  return kind_keys[kind];
}

gboolean
tomoni_attendance_kind_from_key (const char           *key,
                                 TomoniAttendanceKind *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_keys); i++)
    if (g_strcmp0 (key, kind_keys[i]) == 0)
      {
        *out_kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
tomoni_attendance_kind_label (TomoniAttendanceKind kind)
{
  switch (kind)
    {
    case TOMONI_ATTENDANCE_KIND_TRIAL:
      /* Translators: trial attendance (体験) */
      return _("Trial");
    case TOMONI_ATTENDANCE_KIND_WALK_IN:
      return _("Walk-in");
    case TOMONI_ATTENDANCE_KIND_ENROLLED:
    default:
      return _("Enrolled");
    }
}

gboolean
tomoni_store_set_attendance (TomoniStore             *self,
                             gint64                   session_id,
                             gint64                   person_id,
                             TomoniAttendanceStatus   status,
                             TomoniAttendanceKind     kind,
                             GError                 **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniSession) session = NULL;
  g_autoptr(TomoniEnrolment) enrolment = NULL;
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniDbStmt *stmt;
  gboolean enrolled;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (status <= TOMONI_ATTENDANCE_ABSENT, FALSE);
  g_return_val_if_fail (kind <= TOMONI_ATTENDANCE_KIND_WALK_IN, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  session = tomoni_store_get_session (self, session_id, error);
  if (session == NULL)
    return FALSE;
  if (!g_str_equal (tomoni_session_get_status (session), "scheduled"))
    /* Translators: date, then a session status ("No class", "Cancelled", "Moved") and its reason */
    return invalid (error, _("Session: no attendance can be taken on %s (%s: %s)"),
                    tomoni_session_get_date (session),
                    tomoni_session_status_label (tomoni_session_get_status (session)),
                    tomoni_session_get_reason (session));
  if (!check_person (self, person_id, error))
    return FALSE;

  enrolment = get_enrolment (self, tomoni_session_get_term_id (session), person_id, NULL);
  enrolled = enrolment != NULL &&
             (g_str_equal (tomoni_enrolment_get_status (enrolment), "enrolled") ||
              (g_str_equal (tomoni_enrolment_get_status (enrolment), "withdrawn") &&
               g_strcmp0 (tomoni_session_get_date (session), tomoni_enrolment_get_withdrawn_on (enrolment)) <= 0));

  if (kind == TOMONI_ATTENDANCE_KIND_ENROLLED && !enrolled)
    return invalid (error, "%s",
                    _("Person: not enrolled in this class; record them as a trial or a walk-in"));
  if (kind != TOMONI_ATTENDANCE_KIND_ENROLLED && enrolment != NULL &&
      g_str_equal (tomoni_enrolment_get_status (enrolment), "enrolled"))
    return invalid (error, _("Person: %s is enrolled in this class; mark them as a learner, not a trial or walk-in"),
                    tomoni_enrolment_get_person_name (enrolment));

  if (status == TOMONI_ATTENDANCE_NONE)
    {
      stmt = tomoni_store_prepare (self, "DELETE FROM attendance WHERE session_id = ?1 AND person_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, session_id);
      tomoni_db_bind_int64 (stmt, 2, person_id);
    }
  else
    {
      stmt = tomoni_store_prepare (self,
                                   "INSERT INTO attendance (uuid, session_id, person_id, status, kind, created_at, updated_at)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, tomoni_now (), tomoni_now ())"
                                   " ON CONFLICT (session_id, person_id) DO UPDATE SET status = excluded.status,"
                                   " kind = excluded.kind, updated_at = excluded.updated_at",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, uuid);
      tomoni_db_bind_int64 (stmt, 2, session_id);
      tomoni_db_bind_int64 (stmt, 3, person_id);
      tomoni_bind_text (stmt, 4, status_keys[status]);
      tomoni_bind_text (stmt, 5, kind_keys[kind]);
    }
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "attendance");
  return TRUE;
}

TomoniAttendanceStatus
tomoni_store_get_attendance (TomoniStore  *self,
                             gint64        session_id,
                             gint64        person_id,
                             GError      **error)
{
  TomoniAttendanceStatus status = TOMONI_ATTENDANCE_NONE;
  TomoniDbStmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), TOMONI_ATTENDANCE_NONE);

  stmt = tomoni_store_prepare (self, "SELECT status FROM attendance WHERE session_id = ?1 AND person_id = ?2", error);
  if (stmt == NULL)
    return TOMONI_ATTENDANCE_NONE;
  tomoni_db_bind_int64 (stmt, 1, session_id);
  tomoni_db_bind_int64 (stmt, 2, person_id);
  rc = tomoni_db_step (stmt);
  if (rc == TOMONI_DB_ROW)
    tomoni_attendance_status_from_key (column_text (stmt, 0), &status);
  else if (rc != TOMONI_DB_DONE)
    tomoni_store_set_error (self, rc, error);
  tomoni_db_reset (stmt);
  return status;
}

/* ---- The attendance grid ------------------------------------------------ */

void
tomoni_attendance_grid_free (TomoniAttendanceGrid *grid)
{
  if (grid == NULL)
    return;
  for (guint i = 0; i < grid->n_rows; i++)
    {
      g_free (grid->rows[i].uuid);
      g_free (grid->rows[i].name);
      g_free (grid->rows[i].reading);
      g_free (grid->rows[i].enrolment);
    }
  g_clear_pointer (&grid->sessions, g_ptr_array_unref);
  g_free (grid->rows);
  g_free (grid->cells);
  g_free (grid->session_attended);
  g_free (grid->session_marked);
  g_free (grid);
}

TomoniAttendanceStatus
tomoni_attendance_grid_get (TomoniAttendanceGrid *grid,
                            guint                 row,
                            guint                 col)
{
  g_return_val_if_fail (grid != NULL, TOMONI_ATTENDANCE_NONE);
  g_return_val_if_fail (row < grid->n_rows && col < grid->n_sessions, TOMONI_ATTENDANCE_NONE);
  return grid->cells[row * grid->n_sessions + col];
}

int
tomoni_attendance_grid_find_session (TomoniAttendanceGrid *grid,
                                     gint64                session_id)
{
  g_return_val_if_fail (grid != NULL, -1);

  for (guint i = 0; i < grid->n_sessions; i++)
    if (tomoni_session_get_id (grid->sessions->pdata[i]) == session_id)
      return i;
  return -1;
}

/**
 * tomoni_store_get_attendance_grid:
 *
 * Three indexed queries whatever the size: the sessions, the people (with
 * enrolment), and the marks; the totals are counted in C.
 */
TomoniAttendanceGrid *
tomoni_store_get_attendance_grid (TomoniStore  *self,
                                  gint64        term_id,
                                  GError      **error)
{
  g_autoptr(TomoniAttendanceGrid) grid = g_new0 (TomoniAttendanceGrid, 1);
  g_autoptr(GHashTable) row_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) col_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (TomoniGridRow));
  g_autoptr(TomoniTerm) term = NULL;
  TomoniDbStmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  term = tomoni_store_get_term (self, term_id, error);
  if (term == NULL)
    return NULL;
  grid->term_id = term_id;

  stmt = tomoni_store_prepare (self,
                               "SELECT " SESSION_COLUMNS SESSION_FROM
                               " WHERE s.term_id = ? AND s.status = 'scheduled' ORDER BY s.date, s.start_minute, s.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  grid->sessions = collect (self, stmt, session_from_row, error);
  if (grid->sessions == NULL)
    return NULL;
  grid->n_sessions = grid->sessions->len;
  for (guint i = 0; i < grid->n_sessions; i++)
    {
      TomoniSession *session = grid->sessions->pdata[i];
      g_hash_table_insert (col_of, g_memdup2 (&(gint64){ tomoni_session_get_id (session) }, sizeof (gint64)),
                           GUINT_TO_POINTER (i + 1));
    }

  /* Enrolled learners and those who withdrew after attending, then visitors. */
  stmt = tomoni_store_prepare (self,
                               "WITH marks AS (SELECT a.person_id, min (a.kind) AS kind FROM attendance a"
                               "   JOIN session s ON s.id = a.session_id WHERE s.term_id = ?1 GROUP BY a.person_id),"
                               " members AS (SELECT e.person_id, e.status AS enrolment, 'enrolled' AS kind FROM enrolment e"
                               "   WHERE e.term_id = ?1 AND (e.status = 'enrolled' OR (e.status = 'withdrawn'"
                               "   AND e.person_id IN (SELECT person_id FROM marks)))"
                               "   UNION ALL SELECT m.person_id, '', m.kind FROM marks m WHERE m.person_id NOT IN"
                               "   (SELECT person_id FROM enrolment WHERE term_id = ?1 AND status IN ('enrolled', 'withdrawn')))"
                               " SELECT p.id, p.uuid, " PERSON_NAME ("p") ", p.reading, m.enrolment, m.kind"
                               " FROM members m JOIN person p ON p.id = m.person_id"
                               " ORDER BY m.enrolment = '', p.sort_key, p.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      TomoniGridRow row = { 0 };

      row.person_id = tomoni_db_column_int64 (stmt, 0);
      row.uuid = g_strdup (column_text (stmt, 1));
      row.name = g_strdup (column_text (stmt, 2));
      row.reading = g_strdup (column_text (stmt, 3));
      row.enrolment = g_strdup (column_text (stmt, 4));
      tomoni_attendance_kind_from_key (column_text (stmt, 5), &row.kind);
      g_array_append_val (rows, row);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      for (guint i = 0; i < rows->len; i++)
        {
          TomoniGridRow *row = &g_array_index (rows, TomoniGridRow, i);
          g_free (row->uuid); g_free (row->name); g_free (row->reading); g_free (row->enrolment);
        }
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  grid->n_rows = rows->len;
  grid->rows = (TomoniGridRow *)(gpointer)g_array_free (g_steal_pointer (&rows), FALSE);
  for (guint i = 0; i < grid->n_rows; i++)
    g_hash_table_insert (row_of, &grid->rows[i].person_id, GUINT_TO_POINTER (i + 1));

  grid->cells = g_new0 (TomoniAttendanceStatus, (gsize)grid->n_rows * grid->n_sessions + 1);
  grid->session_attended = g_new0 (int, grid->n_sessions + 1);
  grid->session_marked = g_new0 (int, grid->n_sessions + 1);

  stmt = tomoni_store_prepare (self,
                               "SELECT a.person_id, a.session_id, a.status FROM attendance a"
                               " JOIN session s ON s.id = a.session_id WHERE s.term_id = ? AND s.status = 'scheduled'",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 person_id = tomoni_db_column_int64 (stmt, 0);
      gint64 session_id = tomoni_db_column_int64 (stmt, 1);
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (row_of, &person_id));
      guint col = GPOINTER_TO_UINT (g_hash_table_lookup (col_of, &session_id));
      TomoniAttendanceStatus status = TOMONI_ATTENDANCE_NONE;

      if (row == 0 || col == 0 || !tomoni_attendance_status_from_key (column_text (stmt, 2), &status))
        continue;
      row--, col--;
      grid->cells[row * grid->n_sessions + col] = status;
      grid->rows[row].n_marked++;
      grid->session_marked[col]++;
      if (status == TOMONI_ATTENDANCE_PRESENT || status == TOMONI_ATTENDANCE_LATE)
        {
          grid->rows[row].n_attended++;
          grid->session_attended[col]++;
        }
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  for (guint i = 0; i < grid->n_sessions; i++)
    tomoni_session_set_n_attended (grid->sessions->pdata[i], grid->session_attended[i]);

  return g_steal_pointer (&grid);
}
