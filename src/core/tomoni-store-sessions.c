/* tomoni-store-sessions.c: the sessions of a term: listing, cancelling, moving, extra sessions
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-store-classes-private.h"
#include "tomoni-store-private.h"

#define SESSION_COLUMNS \
  "s.id, s.uuid, s.class_id, s.term_id, s.date, s.start_minute, s.end_minute, s.room_id, s.status," \
  " s.reason, s.extra, s.moved_to_id, s.room_override, c.title_ja, c.title_en, v.name, r.name"

#define SESSION_FROM \
  " FROM session s JOIN class c ON c.id = s.class_id LEFT JOIN room r ON r.id = s.room_id" \
  " LEFT JOIN venue v ON v.id = COALESCE (r.venue_id, c.venue_id)"

/* The columns of the SELECTs that build the record, in order; N_ATTENDED
 * only where the SELECT adds it after SESSION_COLUMNS. */
enum {
  SESSION_COL_ID = 0, SESSION_COL_UUID, SESSION_COL_CLASS_ID, SESSION_COL_TERM_ID, SESSION_COL_DATE,
  SESSION_COL_START_MINUTE, SESSION_COL_END_MINUTE, SESSION_COL_ROOM_ID, SESSION_COL_STATUS,
  SESSION_COL_REASON, SESSION_COL_EXTRA, SESSION_COL_MOVED_TO_ID, SESSION_COL_ROOM_OVERRIDE,
  SESSION_COL_CLASS_TITLE, SESSION_COL_CLASS_TITLE_EN, SESSION_COL_VENUE_NAME, SESSION_COL_ROOM_NAME,
  SESSION_COL_N_ATTENDED, SESSION_COL_N
};

static gpointer
session_from_row (TomoniDbStmt *stmt)
{
  TomoniSession *session = tomoni_session_new ();

  tomoni_session_set_id (session, tomoni_db_column_int64 (stmt, SESSION_COL_ID));
  tomoni_session_set_uuid (session, tomoni_classes_column_text (stmt, SESSION_COL_UUID));
  tomoni_session_set_class_id (session, tomoni_db_column_int64 (stmt, SESSION_COL_CLASS_ID));
  tomoni_session_set_term_id (session, tomoni_db_column_int64 (stmt, SESSION_COL_TERM_ID));
  tomoni_session_set_date (session, tomoni_classes_column_text (stmt, SESSION_COL_DATE));
  tomoni_session_set_start_minute (session, tomoni_db_column_int (stmt, SESSION_COL_START_MINUTE));
  tomoni_session_set_end_minute (session, tomoni_db_column_int (stmt, SESSION_COL_END_MINUTE));
  tomoni_session_set_room_id (session, tomoni_db_column_int64 (stmt, SESSION_COL_ROOM_ID));
  tomoni_session_set_status (session, tomoni_classes_column_text (stmt, SESSION_COL_STATUS));
  tomoni_session_set_reason (session, tomoni_classes_column_text (stmt, SESSION_COL_REASON));
  tomoni_session_set_extra (session, tomoni_db_column_int (stmt, SESSION_COL_EXTRA));
  tomoni_session_set_moved_to_id (session, tomoni_db_column_int64 (stmt, SESSION_COL_MOVED_TO_ID));
  tomoni_session_set_room_override (session, tomoni_classes_column_text (stmt, SESSION_COL_ROOM_OVERRIDE));
  tomoni_session_set_class_title (session, tomoni_classes_column_text (stmt, SESSION_COL_CLASS_TITLE));
  tomoni_session_set_class_title_en (session, tomoni_classes_column_text (stmt, SESSION_COL_CLASS_TITLE_EN));
  tomoni_session_set_venue_name (session, tomoni_classes_column_text (stmt, SESSION_COL_VENUE_NAME));
  tomoni_session_set_room_name (session, tomoni_classes_column_text (stmt, SESSION_COL_ROOM_NAME));
  if (tomoni_db_column_count (stmt) > SESSION_COL_N_ATTENDED)
    tomoni_session_set_n_attended (session, tomoni_db_column_int (stmt, SESSION_COL_N_ATTENDED));
  return session;
}

enum {
  SESSION_BIND_UUID = 1, SESSION_BIND_CLASS_ID, SESSION_BIND_TERM_ID, SESSION_BIND_DATE, SESSION_BIND_START_MINUTE,
  SESSION_BIND_END_MINUTE, SESSION_BIND_ROOM_ID, SESSION_BIND_STATUS, SESSION_BIND_REASON, SESSION_BIND_EXTRA,
  SESSION_BIND_MOVED_TO_ID, SESSION_BIND_ROOM_OVERRIDE, SESSION_BIND_CREATED_AT, SESSION_BIND_UPDATED_AT,
  SESSION_BIND_ID
};

static void
bind_session_row (TomoniDbStmt           *stmt,
                  const TomoniSessionRow *row)
{
  tomoni_bind_text_or_null (stmt, SESSION_BIND_UUID, row->uuid);
  tomoni_db_bind_int64 (stmt, SESSION_BIND_CLASS_ID, row->class_id);
  tomoni_db_bind_int64 (stmt, SESSION_BIND_TERM_ID, row->term_id);
  tomoni_bind_text (stmt, SESSION_BIND_DATE, row->date);
  tomoni_db_bind_int (stmt, SESSION_BIND_START_MINUTE, row->start_minute);
  tomoni_db_bind_int (stmt, SESSION_BIND_END_MINUTE, row->end_minute);
  tomoni_classes_bind_id_or_null (stmt, SESSION_BIND_ROOM_ID, row->room_id);
  tomoni_bind_text (stmt, SESSION_BIND_STATUS, row->status);
  tomoni_bind_text (stmt, SESSION_BIND_REASON, row->reason);
  tomoni_db_bind_int (stmt, SESSION_BIND_EXTRA, row->extra ? 1 : 0);
  tomoni_classes_bind_id_or_null (stmt, SESSION_BIND_MOVED_TO_ID, row->moved_to_id);
  tomoni_bind_text (stmt, SESSION_BIND_ROOM_OVERRIDE, row->room_override);
  tomoni_bind_text_or_null (stmt, SESSION_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, SESSION_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_session_row_insert (TomoniStore             *store,
                           const TomoniSessionRow  *row,
                           gint64                  *out_id,
                           GError                 **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO session (uuid, class_id, term_id, date, start_minute, end_minute, room_id,"
                                             " status, reason, extra, moved_to_id, room_override, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                             " COALESCE (?13, tomoni_now ()), COALESCE (?14, tomoni_now ()))"
                                             " ON CONFLICT (uuid) DO NOTHING RETURNING id",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_session_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_session_row_update (TomoniStore             *store,
                           const TomoniSessionRow  *row,
                           GError                 **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE session SET uuid = COALESCE (?1, uuid), class_id = ?2, term_id = ?3, date = ?4,"
                                             " start_minute = ?5, end_minute = ?6, room_id = ?7, status = ?8, reason = ?9,"
                                             " extra = ?10, moved_to_id = ?11, room_override = ?12,"
                                             " created_at = COALESCE (?13, created_at), updated_at = COALESCE (?14, tomoni_now ())"
                                             " WHERE id = ?15",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_session_row (stmt, row);
  tomoni_db_bind_int64 (stmt, SESSION_BIND_ID, row->id);
  return tomoni_classes_step_update (store, stmt, _("Session: no such session"), error);
}

void
tomoni_session_row_from_record (TomoniSessionRow *row,
                                TomoniSession    *session)
{
  *row = (TomoniSessionRow) { 0 };
  row->id = tomoni_session_get_id (session);
  row->class_id = tomoni_session_get_class_id (session);
  row->term_id = tomoni_session_get_term_id (session);
  row->date = tomoni_session_get_date (session);
  row->start_minute = tomoni_session_get_start_minute (session);
  row->end_minute = tomoni_session_get_end_minute (session);
  row->room_id = tomoni_session_get_room_id (session);
  row->status = tomoni_session_get_status (session);
  row->reason = tomoni_session_get_reason (session);
  row->extra = tomoni_session_get_extra (session);
  row->moved_to_id = tomoni_session_get_moved_to_id (session);
  row->room_override = tomoni_session_get_room_override (session);
}

/* A new session placed by hand (moved or extra). */
static gboolean
insert_extra_session (TomoniStore  *self,
                      gint64        class_id,
                      gint64        term_id,
                      const char   *date,
                      int           start_minute,
                      int           end_minute,
                      gint64        room_id,
                      const char   *room_override,
                      gint64       *out_id,
                      GError      **error)
{
  TomoniSessionRow row = {
    .class_id = class_id, .term_id = term_id, .date = date, .start_minute = start_minute,
    .end_minute = end_minute, .room_id = room_id, .status = "scheduled", .reason = "", .extra = TRUE,
    .room_override = room_override,
  };

  return tomoni_session_row_insert (self, &row, out_id, error);
}


/* A class that changes room takes its sessions from today on with it,
 * unless one was put in another room by hand. */
gboolean
tomoni_classes_move_future_sessions (TomoniStore  *self,
                                     TomoniClass  *klass,
                                     GError      **error)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *today = tomoni_date_today_iso ();
  gint64 old_room = 0;
  gint64 new_room = tomoni_class_get_room_id (klass);
  TomoniDbStmt *stmt;

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
                               "SELECT " SESSION_COLUMNS SESSION_FROM
                               " WHERE s.class_id = ?1 AND s.date >= ?2 AND s.status = 'scheduled'"
                               " AND COALESCE (s.room_id, 0) = ?3 ORDER BY s.date, s.start_minute",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, tomoni_class_get_id (klass));
  tomoni_bind_text (stmt, 2, today);
  tomoni_db_bind_int64 (stmt, 3, old_room);
  sessions = tomoni_classes_collect (self, stmt, session_from_row, error);
  if (sessions == NULL)
    return FALSE;

  for (guint i = 0; new_room != 0 && i < sessions->len; i++)
    {
      TomoniSession *session = sessions->pdata[i];

      if (!tomoni_store_check_booking (self, 0, tomoni_session_get_date (session),
                                       tomoni_session_get_start_minute (session),
                                       tomoni_session_get_end_minute (session), new_room,
                                       tomoni_session_get_id (session), NULL, error))
        return FALSE;
    }
  for (guint i = 0; i < sessions->len; i++)
    {
      TomoniSessionRow row;

      tomoni_session_row_from_record (&row, sessions->pdata[i]);
      row.room_id = new_room;
      row.room_override = "";
      if (!tomoni_session_row_update (self, &row, error))
        return FALSE;
    }
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
  return tomoni_classes_collect (self, stmt, session_from_row, error);
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
  return tomoni_classes_collect_one (self, stmt, session_from_row, _("Session: no such session"), error);
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
  return tomoni_classes_collect_one (self, stmt, session_from_row, _("Session: no such session"), error);
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

  if (!tomoni_classes_check_date (from, _("From"), &a, error) || !tomoni_classes_check_date (to, _("To"), &b, error))
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
  return tomoni_classes_collect (self, stmt, session_from_row, error);
}

GPtrArray *
tomoni_classes_list_scheduled_sessions (TomoniStore  *self,
                                        gint64        term_id,
                                        GError      **error)
{
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (self,
                               "SELECT " SESSION_COLUMNS SESSION_FROM
                               " WHERE s.term_id = ? AND s.status = 'scheduled' ORDER BY s.date, s.start_minute, s.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  return tomoni_classes_collect (self, stmt, session_from_row, error);
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
  if (!tomoni_classes_row_exists (self, "SELECT 1 FROM attendance WHERE session_id = ?", session_id, &has_attendance, error))
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
  g_autofree char *why = tomoni_classes_normalized (reason);
  TomoniSessionRow row;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (*why == '\0')
    return tomoni_classes_invalid (error, "%s", _("Reason: say why the session is cancelled"));
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  session = get_changeable_session (self, session_id, FALSE, error);
  if (session == NULL)
    return FALSE;
  tomoni_session_row_from_record (&row, session);
  row.status = "cancelled";
  row.reason = why;
  if (!tomoni_session_row_update (self, &row, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

/* A date for a session placed by hand: inside the term, not closed. */
static gboolean
check_manual_date (TomoniStore  *self,
                   gint64        term_id,
                   const char   *date,
                   TomoniTermPlan    **out_plan,
                   GError      **error)
{
  g_autoptr(TomoniTermPlan) plan = tomoni_classes_load_term_plan (self, term_id, error);
  const char *reason;
  GDate day;

  if (plan == NULL)
    return FALSE;
  if (!tomoni_classes_check_date (date, _("Date"), &day, error))
    return FALSE;
  if (g_strcmp0 (date, plan->start_date) < 0 || g_strcmp0 (date, plan->end_date) > 0)
    return tomoni_classes_invalid (error, _("Date: %s is outside the term (%s – %s)"), date, plan->start_date, plan->end_date);
  reason = tomoni_schedule_skip_reason (&plan->request, &day);
  if (reason != NULL)
    return tomoni_classes_invalid (error, _("Date: no session can be held on %s (%s)"), date, reason);
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
  g_autoptr(TomoniTermPlan) plan = NULL;
  g_autofree char *why = tomoni_classes_normalized (reason);
  TomoniSessionRow row;
  gboolean overridden;
  gint64 new_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  if (!tomoni_classes_check_times (start_minute, end_minute, error))
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
  if (!tomoni_classes_check_booking_for_write (self, tomoni_session_get_class_id (old), date, start_minute, end_minute,
                                               room_id, session_id, room_override, &overridden, error))
    return NULL;
  if (!insert_extra_session (self, tomoni_session_get_class_id (old), tomoni_session_get_term_id (old), date,
                             start_minute, end_minute, room_id, overridden ? room_override : "", &new_id, error))
    return NULL;

  tomoni_session_row_from_record (&row, old);
  row.status = "moved";
  row.moved_to_id = new_id;
  row.reason = why;
  if (!tomoni_session_row_update (self, &row, error) || !tomoni_store_transaction_commit (&tx, error))
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
  g_autoptr(TomoniTermPlan) plan = NULL;
  gboolean overridden;
  gint64 new_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  if (!tomoni_classes_check_times (start_minute, end_minute, error))
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
  if (!tomoni_classes_check_booking_for_write (self, plan->class_id, date, start_minute, end_minute, room_id, 0,
                                               room_override, &overridden, error))
    return NULL;
  if (!insert_extra_session (self, plan->class_id, term_id, date, start_minute, end_minute, room_id,
                             overridden ? room_override : "", &new_id, error))
    return NULL;
  if (!tomoni_store_transaction_commit (&tx, error))
    return NULL;
  tomoni_store_notify_changed (self, "classes");
  return tomoni_store_get_session (self, new_id, error);
}

/* ---- Staff -------------------------------------------------------------- */

