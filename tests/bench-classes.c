/* bench-classes.c: generating a term's sessions and opening the attendance
 * grid of a 40-learner, 30-session class on a large database
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The database: 60,000 people, 50 venues with 4 rooms each, 300 classes with
 * 3 terms of 30 sessions and 40 enrolled learners each, and an attendance
 * mark for every learner at every session (1,080,000 rows), written in bulk
 * with SQL. Then one more class is planned through the store's API and its
 * 40 learners' attendance filled in, and these are timed:
 *
 *  1. tomoni_store_add_term: a term of 30 sessions on Tuesdays and Thursdays
 *     (holidays looked up, every session checked for room and teacher
 *     conflicts, one transaction);
 *  2. tomoni_store_regenerate_sessions of that term;
 *  3. tomoni_store_get_attendance_grid of the class: the first call (cold
 *     statements) and the best of 20;
 *  4. tomoni_store_list_sessions_between for one week across all venues.
 *
 * The issue names no reference, so the figures are printed as they are.
 */

#define G_LOG_DOMAIN "tomoni-bench-classes"

#include <sqlite3.h>
#include <stdio.h>

#include "tomoni-store-classes.h"
#include "tomoni-store-people.h"
#include "tomoni-test-util.h"

#define N_PEOPLE   60000
#define N_CLASSES  300
#define N_LEARNERS 40

static const char bulk_sql[] =
  "BEGIN;"
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)"
  " INSERT INTO person (uuid, family_name, given_name, reading, latin_name, nationality, sort_key,"
  "  search_text, pseudonym, created_at, updated_at)"
  " SELECT printf ('00000000-0000-4000-8000-%012d', i), '姓' || (i % 997), '名' || i,"
  "  printf ('カナ%06d', (i * 7919) % 60000), printf ('NAME %d', i), 'VN',"
  "  printf ('カナ%06d', (i * 7919) % 60000), '', printf ('P-%012d', i),"
  "  '2024-04-01T00:00:00Z', '2024-04-01T00:00:00Z' FROM n;"
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)"
  " INSERT INTO venue (uuid, name, created_at, updated_at)"
  " SELECT printf ('10000000-0000-4000-8000-%012d', i), '会場' || i, 'x', 'x' FROM n;"
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)"
  " INSERT INTO room (uuid, venue_id, name, created_at, updated_at)"
  " SELECT printf ('20000000-0000-4000-8000-%012d', i), (i - 1) / 4 + 1, '部屋' || i, 'x', 'x' FROM n;"
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)"
  " INSERT INTO class (uuid, title_ja, level, venue_id, room_id, capacity, created_at, updated_at)"
  " SELECT printf ('30000000-0000-4000-8000-%012d', i), '教室' || i, 'A1', (i - 1) % 200 / 4 + 1,"
  "  (i - 1) % 200 + 1, 40, 'x', 'x' FROM n;"
  /* terms: 2024, 2025, 2026 spring, starting on a weekday spread by class */
  "INSERT INTO term (uuid, class_id, name, start_date, end_date, created_at, updated_at)"
  " SELECT printf ('40000000-0000-4000-8000-%06d%06d', c.id, y.y), c.id, y.y || '年度',"
  "  date (y.y || '-04-01', '+' || (c.id % 7) || ' days'), date (y.y || '-04-01', '+' || (c.id % 7 + 7 * 29) || ' days'),"
  "  'x', 'x' FROM class c, (SELECT 2024 AS y UNION ALL SELECT 2025 UNION ALL SELECT 2026) y;"
  "WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < 29)"
  " INSERT INTO session (uuid, class_id, term_id, date, start_minute, end_minute, room_id, status,"
  "  created_at, updated_at)"
  " SELECT printf ('50000000-0000-4000-%04d-%012d', k.i, t.id), t.class_id, t.id,"
  "  date (t.start_date, '+' || (7 * k.i) || ' days'), 600 + 120 * (t.class_id / 200), 720 + 120 * (t.class_id / 200),"
  "  c.room_id, 'scheduled', 'x', 'x' FROM term t JOIN class c ON c.id = t.class_id, k;"
  "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 40)"
  " INSERT INTO enrolment (uuid, class_id, term_id, person_id, status, enrolled_on, created_at, updated_at)"
  " SELECT printf ('60000000-0000-4000-%04d-%012d', k.i, t.id), t.class_id, t.id,"
  "  ((t.id * 40 + k.i) * 13) % 60000 + 1, 'enrolled', t.start_date, 'x', 'x' FROM term t, k;"
  "INSERT INTO attendance (uuid, session_id, person_id, status, created_at, updated_at)"
  " SELECT 'A-' || s.id || '-' || e.id, s.id, e.person_id,"
  "  CASE (s.id + e.id) % 10 WHEN 0 THEN 'absent' WHEN 1 THEN 'late' WHEN 2 THEN 'excused' ELSE 'present' END,"
  "  'x', 'x' FROM session s JOIN enrolment e ON e.term_id = s.term_id;"
  "INSERT OR IGNORE INTO learner (uuid, person_id, created_at, updated_at)"
  " SELECT 'L' || person_id, person_id, 'x', 'x' FROM enrolment GROUP BY person_id;"
  "COMMIT;"
  "ANALYZE;";

static double
seconds_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1e6;
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
  g_assert (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

int
main (int    argc,
      char **argv)
{
  static const TomoniWeeklySlot slots[] = { { 2, 18 * 60, 20 * 60 }, { 4, 18 * 60, 20 * 60 } };
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "large.db");
  g_autoptr(TomoniStore) store = NULL;
  g_autoptr(TomoniClass) klass = tomoni_class_new ();
  g_autoptr(TomoniTerm) term = tomoni_term_new ();
  g_autoptr(TomoniAttendanceGrid) grid = NULL;
  g_autoptr(GPtrArray) week = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *attendance_sql = NULL;
  double t_build, t_generate, t_regenerate, t_grid_first, t_grid_best = G_MAXDOUBLE, t_week;
  char *message = NULL;
  sqlite3 *db = NULL;
  gint64 t0;
  guint n_held = 0;

  store = tomoni_store_open (path, &error);
  g_assert_no_error (error);

  /* 1. The large database, in bulk. */
  t0 = g_get_monotonic_time ();
  g_assert (sqlite3_open (path, &db) == SQLITE_OK);
  sqlite3_busy_timeout (db, 10000);
  if (sqlite3_exec (db, bulk_sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("bulk data: %s", message);
  sqlite3_close (db);
  t_build = seconds_since (t0);
  printf ("database: %" G_GINT64_FORMAT " people, %" G_GINT64_FORMAT " classes, %" G_GINT64_FORMAT
          " sessions, %" G_GINT64_FORMAT " attendance rows (built in %.1f s)\n",
          query_int (path, "SELECT count(*) FROM person"), query_int (path, "SELECT count(*) FROM class"),
          query_int (path, "SELECT count(*) FROM session"), query_int (path, "SELECT count(*) FROM attendance"),
          t_build);

  /* 2. One more class, in a room the bulk classes use on other days, with a teacher. */
  tomoni_class_set_title_ja (klass, "ベンチ教室");
  tomoni_class_set_capacity (klass, N_LEARNERS);
  tomoni_class_set_room_id (klass, 1);
  {
    gint64 teacher = 59999;

    t0 = g_get_monotonic_time ();
    tomoni_term_set_start_date (term, "2026-04-07");
    tomoni_term_set_end_date (term, "2026-07-21");
    if (!tomoni_store_create_class (store, klass, &teacher, 1, term, slots, G_N_ELEMENTS (slots), NULL, &error))
      g_error ("create class: %s", error->message);
    t_generate = seconds_since (t0);
  }

  t0 = g_get_monotonic_time ();
  if (!tomoni_store_regenerate_sessions (store, tomoni_term_get_id (term), NULL, &n_held, &error))
    g_error ("regenerate: %s", error->message);
  t_regenerate = seconds_since (t0);

  for (int i = 0; i < N_LEARNERS; i++)
    if (!tomoni_store_enrol (store, tomoni_term_get_id (term), 1000 + i * 37, NULL, &error))
      g_error ("enrol: %s", error->message);
  attendance_sql = g_strdup_printf ("INSERT INTO attendance (uuid, session_id, person_id, status, created_at, updated_at)"
                                    " SELECT 'B-' || s.id || '-' || e.person_id, s.id, e.person_id,"
                                    " CASE (s.id + e.person_id) %% 7 WHEN 0 THEN 'absent' WHEN 1 THEN 'late' ELSE 'present' END,"
                                    " 'x', 'x' FROM session s JOIN enrolment e ON e.term_id = s.term_id"
                                    " WHERE s.term_id = %" G_GINT64_FORMAT " AND s.status = 'scheduled'",
                                    tomoni_term_get_id (term));
  g_assert (sqlite3_open (path, &db) == SQLITE_OK);
  sqlite3_busy_timeout (db, 10000);
  if (sqlite3_exec (db, attendance_sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("attendance: %s", message);
  sqlite3_close (db);

  /* 3. The grid. */
  t0 = g_get_monotonic_time ();
  grid = tomoni_store_get_attendance_grid (store, tomoni_term_get_id (term), &error);
  t_grid_first = seconds_since (t0);
  g_assert_no_error (error);
  g_assert (grid->n_rows == N_LEARNERS);
  for (int i = 0; i < 20; i++)
    {
      g_autoptr(TomoniAttendanceGrid) again = NULL;

      t0 = g_get_monotonic_time ();
      again = tomoni_store_get_attendance_grid (store, tomoni_term_get_id (term), &error);
      t_grid_best = MIN (t_grid_best, seconds_since (t0));
      g_assert (again != NULL && again->n_sessions == grid->n_sessions);
    }

  /* 4. A week across venues. */
  t0 = g_get_monotonic_time ();
  week = tomoni_store_list_sessions_between (store, "2026-04-13", "2026-04-19", &error);
  t_week = seconds_since (t0);
  g_assert_no_error (error);

  printf ("generate a term (%d sessions, conflicts checked): %.1f ms\n", tomoni_term_get_n_sessions (term),
          t_generate * 1000);
  printf ("regenerate the term (%u held): %.1f ms\n", n_held, t_regenerate * 1000);
  printf ("attendance grid %u learners × %u sessions: first %.2f ms, best of 20 %.2f ms\n",
          grid->n_rows, grid->n_sessions, t_grid_first * 1000, t_grid_best * 1000);
  printf ("week view (%u sessions across venues): %.2f ms\n", week->len, t_week * 1000);
  return 0;
}
