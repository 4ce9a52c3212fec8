/* bench-targets.c: every target and breakdown on a 2,000,000-attendance
 * database, next to the sqlite3 shell's SELECT count(*) over attendance.
 *
 * The database: TOMONI_BENCH_DB=path if that file exists; otherwise the
 * large sample, `tomoni-cli demo --scale large` ($TOMONI_CLI) written to
 * TOMONI_BENCH_DB (kept) or to a temporary folder. TOMONI_BENCH_SYNTHETIC=1
 * makes a synthetic one instead: 400 classes at 20 venues with 100 sessions
 * each from April 2023, 40,000 learners, 50 of a class's 60 learners at
 * every session (2,000,000 attendance rows) and 175,000 volunteer check-ins.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "tomoni-date.h"
#include "tomoni-store-targets.h"
#include "tomoni-test-util.h"

#define RUNS 15

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static const char fill_sql[] =
  "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; BEGIN;"
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)"
  " INSERT INTO venue (id, uuid, name, name_en, created_at, updated_at)"
  " SELECT i, 'venue-' || i, '会場' || i, 'Venue ' || i, 'x', 'x' FROM n;"
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000)"
  " INSERT INTO person (id, uuid, given_name, nationality, pseudonym, created_at, updated_at)"
  " SELECT i, 'person-' || i, 'P' || i,"
  "  substr ('VNCNPHNPBRIDKRUSTHMMLKJP', 1 + 2 * (i % 12), 2), 'ps-' || i, 'x', 'x' FROM n;"
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)"
  " INSERT INTO class (id, uuid, title_ja, title_en, venue_id, created_at, updated_at)"
  " SELECT i, 'class-' || i, '日本語教室' || i, 'Class ' || i, 1 + i % 20, 'x', 'x' FROM n;"
  "INSERT INTO term (id, uuid, class_id, start_date, end_date, created_at, updated_at)"
  " SELECT id, 'term-' || id, id, '2023-04-01', '2027-03-31', 'x', 'x' FROM class;"
  /* 100 sessions a class, one every 12 days from 2023-04-04 (to about Nov 2026). */
  "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99)"
  " INSERT INTO session (uuid, class_id, term_id, date, start_minute, end_minute, created_at, updated_at)"
  " SELECT 'session-' || c.id || '-' || n.i, c.id, c.id, date ('2023-04-04', '+' || (n.i * 12 + c.id % 7) || ' days'),"
  "  600, 720, 'x', 'x' FROM class c, n;"
  /* 50 of the class's 60 learners of that fiscal year at every session. */
  "WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 49)"
  " INSERT INTO attendance (uuid, session_id, person_id, status, created_at, updated_at)"
  " SELECT s.id || '-' || k.j, s.id,"
  "  1 + (s.class_id * 97 + (CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04')) * 60 * 13"
  "       + (k.j + s.id) % 60) % 40000,"
  "  CASE WHEN (s.id + k.j) % 10 = 0 THEN 'absent' WHEN (s.id + k.j) % 10 = 1 THEN 'late' ELSE 'present' END,"
  "  'x', 'x' FROM session s, k;"
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)"
  " INSERT INTO activity (id, uuid, title, title_en, kind, venue_id, created_at, updated_at)"
  " SELECT i, 'activity-' || i, '交流イベント' || i, 'Event ' || i, 'exchange-event', 1 + i % 20, 'x', 'x' FROM n;"
  "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 24)"
  " INSERT INTO shift (uuid, activity_id, date, start_minute, end_minute, created_at, updated_at)"
  " SELECT 'shift-' || a.id || '-' || n.i, a.id, date ('2023-04-09', '+' || (n.i * 45 + a.id % 30) || ' days'),"
  "  600, 720, 'x', 'x' FROM activity a, n;"
  "INSERT INTO slot (id, uuid, shift_id, role, needed, created_at, updated_at)"
  " SELECT id, 'slot-' || id, id, 'helper', 40, 'x', 'x' FROM shift;"
  "WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 39)"
  " INSERT INTO assignment (uuid, slot_id, person_id, checkin, created_at, updated_at)"
  " SELECT 'as-' || sl.id || '-' || k.j, sl.id, 1 + (sl.id * 31 + k.j * 7) % 40000,"
  "  CASE WHEN k.j % 8 = 0 THEN 'no-show' ELSE 'present' END, 'x', 'x' FROM slot sl, k;"
  "COMMIT; PRAGMA foreign_keys = ON;";

/* Processor time of this process, in ms: the machine is shared, so the wall
 * time is printed next to it. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 +
         usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3;
}

static double
median (double *values,
        guint   n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && values[j - 1] > values[j]; j--)
      {
        double t = values[j];
        values[j] = values[j - 1];
        values[j - 1] = t;
      }
  return values[n / 2];
}

static double
time_shell_count (const char *db,
                  gint64     *out_count)
{
  const char *argv[] = { "sqlite3", db, "SELECT count(*) FROM attendance", NULL };
  double times[5];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status = 0;
      gint64 start = g_get_monotonic_time ();

      if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                         &out, NULL, &status, &error))
        g_error ("sqlite3: %s", error->message);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      *out_count = g_ascii_strtoll (out, NULL, 10);
    }
  return median (times, G_N_ELEMENTS (times));
}

static void
set_rules (TomoniStore *store,
           const char  *rule)
{
  g_autoptr(GPtrArray) targets = tomoni_store_list_targets (store, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < targets->len; i++)
    {
      tomoni_target_set_field_text (targets->pdata[i], TOMONI_TARGET_COUNTING_RULE, rule, NULL);
      if (!tomoni_store_update_target (store, targets->pdata[i], &error))
        g_error ("%s", error->message);
    }
}

int
main (int    argc,
      char **argv)
{
  static const char * const rules[] = { "per-programme", "every-attendance", "per-fiscal-year" };
  g_autoptr(TomoniTestDir) dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TomoniStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *given = g_getenv ("TOMONI_BENCH_DB");
  gint64 rows = 0, aggregate_rows;
  double shell_ms;
  GDate today;
  int fy;

  if (given != NULL && *given != '\0' && g_file_test (given, G_FILE_TEST_EXISTS))
    path = g_strdup (given);
  else
    {
      sqlite3 *db = NULL;
      gint64 start;

      /* A TOMONI_BENCH_DB that does not exist yet is generated and kept. */
      if (given != NULL && *given != '\0')
        path = g_strdup (given);
      else
        {
          dir = tomoni_test_dir_new ();
          path = tomoni_test_dir_file (dir, "bench.db");
        }

      if (g_getenv ("TOMONI_BENCH_SYNTHETIC") == NULL)
        {
          const char *cli = g_getenv ("TOMONI_CLI");
          const char *demo_argv[] = { cli, "--db", path, "demo", "--scale", "large", "--today", "2026-11-30", NULL };
          int status = 0;

          g_assert_nonnull (cli);
          start = g_get_monotonic_time ();
          if (!g_spawn_sync (NULL, (char **)demo_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error))
            g_error ("tomoni-cli demo: %s", error->message);
          g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
          g_print ("generated the large sample database in %.1f s (tomoni-cli demo --scale large, triggers included)\n",
                   (g_get_monotonic_time () - start) / 1e6);
          goto generated;
        }
      store = tomoni_store_open (path, &error);
      g_assert_no_error (error);
      g_clear_object (&store);

      start = g_get_monotonic_time ();
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      exec (db, fill_sql);
      exec (db, "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
      sqlite3_close (db);
      g_print ("generated the synthetic database in %.1f s (triggers included)\n",
               (g_get_monotonic_time () - start) / 1e6);
    generated:
      ;
    }

  store = tomoni_store_open (path, &error);
  g_assert_no_error (error);
  aggregate_rows = 0;
  {
    g_autoptr(GPtrArray) targets = tomoni_store_list_targets (store, &error);
    g_assert_no_error (error);
    g_print ("database: %s, %u targets\n", path, targets->len);
  }

  shell_ms = time_shell_count (path, &rows);
  g_print ("attendance rows: %" G_GINT64_FORMAT "\n", rows);
  (void)aggregate_rows;

  tomoni_date_today (&today);
  fy = 0;
  {
    GDate first;
    g_date_clear (&first, 1);
    first = today;
    fy = g_date_get_month (&first) >= 4 ? g_date_get_year (&first) : g_date_get_year (&first) - 1;
  }

  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    {
      double dashboard[RUNS], report[RUNS], cpu[RUNS];
      gint64 counted = 0;

      set_rules (store, rules[r]);
      for (guint i = 0; i < RUNS; i++)
        {
          g_autoptr(GPtrArray) all = NULL;
          g_autoptr(GPtrArray) year = NULL;
          gint64 start = g_get_monotonic_time ();
          double cpu_start = cpu_ms ();

          /* The dashboard: every target, breakdowns since the baseline. */
          all = tomoni_store_compute_all_figures (store, NULL, 0, &error);
          g_assert_no_error (error);
          dashboard[i] = (g_get_monotonic_time () - start) / 1000.0;
          cpu[i] = cpu_ms () - cpu_start;

          /* The report: every target, breakdowns of one fiscal year. */
          start = g_get_monotonic_time ();
          year = tomoni_store_compute_all_figures (store, NULL, fy - 1, &error);
          g_assert_no_error (error);
          report[i] = (g_get_monotonic_time () - start) / 1000.0;
          counted = ((TomoniTargetFigures *)all->pdata[0])->counted;
        }
      {
        double d = median (dashboard, RUNS);
        double y = median (report, RUNS);
        double c = median (cpu, RUNS);

        g_print ("%-17s every target and breakdown: %7.1f ms wall, %.1f ms CPU (report for FY%d: %.1f ms); "
                 "japanese-support counted %" G_GINT64_FORMAT "\n",
                 rules[r], d, c, fy - 1, y, counted);
        g_print ("%-17s ratio to sqlite3 shell count(*): %.2f\n", rules[r], d / shell_ms);
      }
    }
  g_print ("sqlite3 shell SELECT count(*) FROM attendance: %.1f ms (median of 5, process start included)\n",
           shell_ms);
  set_rules (store, "per-programme");
  return 0;
}
