/* tomoni-store-attendance.c: attendance marks and the attendance grid of a term
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>

#include "tomoni-store-classes-private.h"
#include "tomoni-store-private.h"

/* ---- Row writer ---------------------------------------------------------- */

enum {
  ATTENDANCE_BIND_UUID = 1, ATTENDANCE_BIND_SESSION_ID, ATTENDANCE_BIND_PERSON_ID, ATTENDANCE_BIND_STATUS,
  ATTENDANCE_BIND_KIND, ATTENDANCE_BIND_MINUTES, ATTENDANCE_BIND_CREATED_AT, ATTENDANCE_BIND_UPDATED_AT,
  ATTENDANCE_BIND_ID
};

static void
bind_attendance_row (TomoniDbStmt              *stmt,
                     const TomoniAttendanceRow *row)
{
  tomoni_bind_text_or_null (stmt, ATTENDANCE_BIND_UUID, row->uuid);
  tomoni_db_bind_int64 (stmt, ATTENDANCE_BIND_SESSION_ID, row->session_id);
  tomoni_db_bind_int64 (stmt, ATTENDANCE_BIND_PERSON_ID, row->person_id);
  tomoni_bind_text (stmt, ATTENDANCE_BIND_STATUS, row->status);
  tomoni_bind_text (stmt, ATTENDANCE_BIND_KIND, row->kind);
  if (row->minutes >= 0)
    tomoni_db_bind_int (stmt, ATTENDANCE_BIND_MINUTES, row->minutes);
  else
    tomoni_db_bind_null (stmt, ATTENDANCE_BIND_MINUTES);
  tomoni_bind_text_or_null (stmt, ATTENDANCE_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, ATTENDANCE_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_attendance_row_insert (TomoniStore                *store,
                              const TomoniAttendanceRow  *row,
                              gint64                     *out_id,
                              GError                    **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO attendance (uuid, session_id, person_id, status, kind, minutes,"
                                             " created_at, updated_at) VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5, ?6,"
                                             " COALESCE (?7, tomoni_now ()), COALESCE (?8, tomoni_now ()))"
                                             " ON CONFLICT (uuid) DO NOTHING RETURNING id",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_attendance_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_attendance_row_update (TomoniStore                *store,
                              const TomoniAttendanceRow  *row,
                              GError                    **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE attendance SET uuid = COALESCE (?1, uuid), session_id = ?2, person_id = ?3,"
                                             " status = ?4, kind = ?5, minutes = ?6, created_at = COALESCE (?7, created_at),"
                                             " updated_at = COALESCE (?8, tomoni_now ()) WHERE id = ?9",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_attendance_row (stmt, row);
  tomoni_db_bind_int64 (stmt, ATTENDANCE_BIND_ID, row->id);
  /* Translators: an attendance mark of one person at one session */
  return tomoni_classes_step_update (store, stmt, _("Attendance: no such mark"), error);
}

/* The mark of a person at a session: its id and minutes (-1: none), or id 0. */
static gboolean
find_mark (TomoniStore  *self,
           gint64        session_id,
           gint64        person_id,
           gint64       *out_id,
           int          *out_minutes,
           GError      **error)
{
  enum { MARK_COL_ID, MARK_COL_MINUTES };
  TomoniDbStmt *stmt;
  int rc;

  *out_id = 0;
  *out_minutes = -1;
  stmt = tomoni_store_prepare (self, "SELECT id, minutes FROM attendance WHERE session_id = ?1 AND person_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, session_id);
  tomoni_db_bind_int64 (stmt, 2, person_id);
  rc = tomoni_db_step (stmt);
  if (rc == TOMONI_DB_ROW)
    {
      *out_id = tomoni_db_column_int64 (stmt, MARK_COL_ID);
      if (!tomoni_db_column_is_null (stmt, MARK_COL_MINUTES))
        *out_minutes = tomoni_db_column_int (stmt, MARK_COL_MINUTES);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_ROW && rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* ---- Attendance --------------------------------------------------------- */

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
    return tomoni_classes_invalid (error, _("Session: no attendance can be taken on %s (%s: %s)"),
                                   tomoni_session_get_date (session),
                                   tomoni_session_status_label (tomoni_session_get_status (session)),
                                   tomoni_session_get_reason (session));
  if (!tomoni_classes_check_person (self, person_id, error))
    return FALSE;

  enrolment = tomoni_classes_get_enrolment (self, tomoni_session_get_term_id (session), person_id, NULL);
  enrolled = enrolment != NULL &&
             (g_str_equal (tomoni_enrolment_get_status (enrolment), "enrolled") ||
              (g_str_equal (tomoni_enrolment_get_status (enrolment), "withdrawn") &&
               g_strcmp0 (tomoni_session_get_date (session), tomoni_enrolment_get_withdrawn_on (enrolment)) <= 0));

  if (kind == TOMONI_ATTENDANCE_KIND_ENROLLED && !enrolled)
    return tomoni_classes_invalid (error, "%s",
                                   _("Person: not enrolled in this class; record them as a trial or a walk-in"));
  if (kind != TOMONI_ATTENDANCE_KIND_ENROLLED && enrolment != NULL &&
      g_str_equal (tomoni_enrolment_get_status (enrolment), "enrolled"))
    return tomoni_classes_invalid (error, _("Person: %s is enrolled in this class; mark them as a learner, not a trial or walk-in"),
                                   tomoni_enrolment_get_person_name (enrolment));

  if (status == TOMONI_ATTENDANCE_NONE)
    {
      stmt = tomoni_store_prepare (self, "DELETE FROM attendance WHERE session_id = ?1 AND person_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, session_id);
      tomoni_db_bind_int64 (stmt, 2, person_id);
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
    }
  else
    {
      /* A mark already taken keeps its row and its minutes. */
      TomoniAttendanceRow row = {
        .session_id = session_id, .person_id = person_id,
        .status = tomoni_attendance_status_to_key (status), .kind = tomoni_attendance_kind_to_key (kind),
      };

      if (!find_mark (self, session_id, person_id, &row.id, &row.minutes, error))
        return FALSE;
      if (row.id != 0 ? !tomoni_attendance_row_update (self, &row, error)
                      : !tomoni_attendance_row_insert (self, &row, NULL, error))
        return FALSE;
    }
  if (!tomoni_store_transaction_commit (&tx, error))
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
    tomoni_attendance_status_from_key (tomoni_classes_column_text (stmt, 0), &status);
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
  enum { GRID_COL_PERSON_ID, GRID_COL_UUID, GRID_COL_NAME, GRID_COL_READING, GRID_COL_ENROLMENT, GRID_COL_KIND };
  enum { MARK_COL_PERSON_ID, MARK_COL_SESSION_ID, MARK_COL_STATUS };
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

  grid->sessions = tomoni_classes_list_scheduled_sessions (self, term_id, error);
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

      row.person_id = tomoni_db_column_int64 (stmt, GRID_COL_PERSON_ID);
      row.uuid = g_strdup (tomoni_classes_column_text (stmt, GRID_COL_UUID));
      row.name = g_strdup (tomoni_classes_column_text (stmt, GRID_COL_NAME));
      row.reading = g_strdup (tomoni_classes_column_text (stmt, GRID_COL_READING));
      row.enrolment = g_strdup (tomoni_classes_column_text (stmt, GRID_COL_ENROLMENT));
      tomoni_attendance_kind_from_key (tomoni_classes_column_text (stmt, GRID_COL_KIND), &row.kind);
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
      gint64 person_id = tomoni_db_column_int64 (stmt, MARK_COL_PERSON_ID);
      gint64 session_id = tomoni_db_column_int64 (stmt, MARK_COL_SESSION_ID);
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (row_of, &person_id));
      guint col = GPOINTER_TO_UINT (g_hash_table_lookup (col_of, &session_id));
      TomoniAttendanceStatus status = TOMONI_ATTENDANCE_NONE;

      if (row == 0 || col == 0 || !tomoni_attendance_status_from_key (tomoni_classes_column_text (stmt, MARK_COL_STATUS), &status))
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
