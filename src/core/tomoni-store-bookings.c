/* tomoni-store-bookings.c: room and teacher conflicts of a booking
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>

#include "tomoni-store-classes-private.h"
#include "tomoni-store-private.h"
#include "tomoni-text.h"

static char *
format_time_range (int start_minute,
                   int end_minute)
{
  return g_strdup_printf ("%02d:%02d–%02d:%02d", start_minute / 60, start_minute % 60,
                          end_minute / 60, end_minute % 60);
}

static gboolean
conflict_error (GError             **error,
                TomoniConflictKind  *out_kind,
                TomoniClash          clash,
                const char          *who,
                const char          *title,
                const char          *date,
                int                  start_minute,
                int                  end_minute)
{
  g_autofree char *times = format_time_range (start_minute, end_minute);

  if (out_kind != NULL)
    *out_kind = clash == TOMONI_CLASH_ROOM ? TOMONI_CONFLICT_ROOM : TOMONI_CONFLICT_TEACHER;
  switch (clash)
    {
    case TOMONI_CLASH_TEACHER_SESSION:
      /* Translators: teacher, class title, date, times */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Teacher: %s already teaches “%s” on %s, %s"), who, title, date, times);
      break;
    case TOMONI_CLASH_TEACHER_SHIFT:
      /* Translators: teacher, activity title, date, times */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Teacher: %s is on a volunteer shift for “%s” on %s, %s"), who, title, date, times);
      break;
    case TOMONI_CLASH_ROOM:
    default:
      /* Translators: room, the other booking's title (class or activity), date, times */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Room: %s is booked for “%s” on %s, %s"), who, title, date, times);
      break;
    }
  return FALSE;
}

gboolean
tomoni_classes_step_conflict (TomoniStore         *self,
                              TomoniDbStmt        *stmt,
                              TomoniClash          clash,
                              TomoniConflictKind  *out_kind,
                              GError             **error)
{
  g_autofree char *who = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  int start_minute, end_minute;
  int rc = tomoni_db_step (stmt);

  if (rc != TOMONI_DB_ROW)
    {
      tomoni_db_reset (stmt);
      if (rc == TOMONI_DB_DONE)
        return TRUE;
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }
  who = g_strdup (tomoni_classes_column_text (stmt, TOMONI_CLASH_COL_WHO));
  title = g_strdup (tomoni_classes_column_text (stmt, TOMONI_CLASH_COL_TITLE));
  date = g_strdup (tomoni_classes_column_text (stmt, TOMONI_CLASH_COL_DATE));
  start_minute = tomoni_db_column_int (stmt, TOMONI_CLASH_COL_START_MINUTE);
  end_minute = tomoni_db_column_int (stmt, TOMONI_CLASH_COL_END_MINUTE);
  if (clash != TOMONI_CLASH_ROOM && tomoni_db_column_count (stmt) > TOMONI_CLASH_COL_IS_SHIFT &&
      tomoni_db_column_int (stmt, TOMONI_CLASH_COL_IS_SHIFT))
    clash = TOMONI_CLASH_TEACHER_SHIFT;
  tomoni_db_reset (stmt);
  return conflict_error (error, out_kind, clash, who, title, date, start_minute, end_minute);
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
      if (!tomoni_classes_step_conflict (self, stmt, TOMONI_CLASH_TEACHER_SESSION, out_kind, error))
        return FALSE;
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
      if (!tomoni_classes_step_conflict (self, stmt, TOMONI_CLASH_ROOM, out_kind, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
tomoni_classes_check_booking_for_write (TomoniStore  *self,
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

