/* bench-xml.c: attendance XML export and import on a large database
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-xml                 the large sample database (tomoni_demo_generate,
 *                                  TOMONI_DEMO_LARGE, seed 1): one fiscal year (FY2024,
 *                                  about a tenth) and everything
 *        bench-xml --synthetic [ATTENDANCE]   a synthetic database instead (default
 *                                  2,000,000): a tenth of it and all of it
 *        bench-xml --generate ATTENDANCE DB   (only build a synthetic database, for profiling)
 *
 * The synthetic database has 15 learners a session, 1 % as many people as
 * attendance records, plus volunteer shifts with check-ins. For each part
 * measured, each step runs in its own child process:
 *   - tomoni_xml_export() of everything,
 *   - `sqlite3 -csv DB 'SELECT … FROM attendance …'` dumping the same rows,
 *   - `xmllint --stream --noout --schema XSD FILE` validating the export,
 *   - tomoni_xml_import() of the file into an empty database,
 * and prints times, peak memory (ru_maxrss of the child) and the ratios the
 * issue aims at: export ≤ 2× the dump, import ≤ 3× the validation, and the
 * same peak memory for a tenth of the data as for all of it.
 * Timings never fail the benchmark; a failed step does.
 */
#define G_LOG_DOMAIN "tomoni-bench-xml"

#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tomoni-demo.h"
#include "tomoni-xml-export.h"
#include "tomoni-xml-import.h"
#include "tomoni-test-util.h"

/* The fixed today the expectations below were written for. */
static const GDate *
sample_today (void)
{
  static GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, 11, 2026);
  g_assert_cmpstr (TOMONI_DEMO_TODAY, ==, "2026-11-30");
  return &today;
}

typedef struct {
  double seconds;       /* wall clock */
  double cpu;           /* user + system */
  long   max_rss_kib;
} Measure;

/* Runs @func in a child process; its wall time and peak memory. */
static Measure
in_child (gboolean (*func) (gpointer),
          gpointer  data,
          const char *what)
{
  Measure m = { 0 };
  struct rusage usage;
  gint64 t0 = g_get_monotonic_time ();
  int status = 0;
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  g_assert (pid >= 0);
  if (pid == 0)
    _exit (func (data) ? 0 : 1);
  g_assert (wait4 (pid, &status, 0, &usage) == pid);
  m.seconds = (g_get_monotonic_time () - t0) / 1e6;
  m.max_rss_kib = usage.ru_maxrss;
  m.cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
          usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s failed", what);
  return m;
}

static gboolean
run_command (gpointer data)
{
  char **argv = data;
  int null = open ("/dev/null", O_WRONLY);

  dup2 (null, STDOUT_FILENO);
  execvp (argv[0], argv);
  perror (argv[0]);
  return FALSE;
}

/* --- a synthetic database ------------------------------------------------------ */

static void
sql_uuid (sqlite3_context  *context,
          int               argc,
          sqlite3_value   **argv)
{
  char *uuid = g_uuid_string_random ();
  sqlite3_result_text (context, uuid, -1, g_free);
}

typedef struct {
  const char *path;
  guint       attendance;
} Generate;

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gboolean
generate (gpointer user_data)
{
  Generate *g = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (g->path, &error);
  guint sessions = g->attendance / 15;
  guint people = MAX (2000, g->attendance / 100);
  guint shifts = MAX (50, g->attendance / 400);
  g_autofree char *sql = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert (sqlite3_open (g->path, &db) == SQLITE_OK);
  sqlite3_create_function (db, "bench_uuid", 0, SQLITE_UTF8, NULL, sql_uuid, NULL, NULL);
  exec_sql (db, "PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; BEGIN;");
  exec_sql (db,
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5)"
            " INSERT INTO venue (uuid, name, name_en, ward, created_at, updated_at)"
            " SELECT bench_uuid (), '会場' || i, 'Venue ' || i, 'chuo', '2026-01-01T00:00:00Z',"
            " '2026-01-01T00:00:00Z' FROM n;"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)"
            " INSERT INTO class (uuid, title_ja, title_en, level, venue_id, capacity, created_at, updated_at)"
            " SELECT bench_uuid (), '日本語教室' || i, 'Japanese class ' || i, 'A1', 1 + i % 5, 20,"
            " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n;"
            "INSERT INTO term (uuid, class_id, name, start_date, end_date, created_at, updated_at)"
            " SELECT bench_uuid (), id, '通年', '2000-04-01', '2099-03-31', created_at, updated_at FROM class;"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)"
            " INSERT INTO activity (uuid, title, kind, venue_id, created_at, updated_at)"
            " SELECT bench_uuid (), '交流イベント' || i, 'exchange-event', 1 + i % 5,"
            " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n;");
  sql = g_strdup_printf (
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
            " INSERT INTO person (uuid, given_name, reading, latin_name, nationality, pseudonym,"
            " sort_key, search_text, created_at, updated_at)"
            " SELECT bench_uuid (), 'Name' || i, 'ナマエ', 'LATIN NAME ' || i, 'VN',"
            " 'P-' || substr (h, 1, 4) || '-' || substr (h, 5, 4) || '-' || substr (h, 9, 4),"
            " 'ナマエ', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'"
            " FROM (SELECT i, lower (hex (randomblob (6))) AS h FROM n);"
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %u - 1)"
            " INSERT INTO session (uuid, class_id, term_id, date, start_minute, end_minute, created_at, updated_at)"
            " SELECT bench_uuid (), 1 + i %% 100, 1 + i %% 100, date ('2005-04-01', '+' || (i / 100) || ' days'),"
            " 1110, 1230, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n;"
            "WITH RECURSIVE j(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM j WHERE j < 14)"
            " INSERT INTO attendance (uuid, session_id, person_id, status, kind, minutes, created_at, updated_at)"
            " SELECT bench_uuid (), s.id, 1 + (s.id * 7 + j.j * 131) %% %u,"
            " CASE (s.id + j.j) %% 10 WHEN 0 THEN 'absent' WHEN 1 THEN 'late' WHEN 2 THEN 'excused'"
            " ELSE 'present' END, CASE j.j WHEN 14 THEN 'trial' ELSE 'enrolled' END,"
            " CASE (s.id + j.j) %% 10 WHEN 1 THEN 90 END, s.created_at, s.created_at"
            " FROM session s, j;"
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %u - 1)"
            " INSERT INTO shift (uuid, activity_id, date, start_minute, end_minute, created_at, updated_at)"
            " SELECT bench_uuid (), 1 + i %% 20, date ('2005-04-01', '+' || (i / 4) || ' days'), 600, 960,"
            " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n;"
            "INSERT INTO slot (uuid, shift_id, role, needed, created_at, updated_at)"
            " SELECT bench_uuid (), id, 'interpreter', 3, created_at, created_at FROM shift"
            " UNION ALL SELECT bench_uuid (), id, 'reception', 2, created_at, created_at FROM shift;"
            "WITH RECURSIVE j(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM j WHERE j < 2)"
            " INSERT INTO assignment (uuid, slot_id, person_id, status, checkin, created_at, updated_at)"
            " SELECT bench_uuid (), sl.id, 1 + (sl.id * 11 + j.j * 97) %% %u, 'confirmed',"
            " CASE (sl.id + j.j) %% 7 WHEN 0 THEN 'no-show' ELSE 'present' END, sl.created_at, sl.created_at"
            " FROM slot sl, j;",
            people, sessions, people, shifts, people);
  exec_sql (db, sql);
  exec_sql (db, "COMMIT; PRAGMA wal_checkpoint (TRUNCATE);");
  sqlite3_close (db);
  return TRUE;
}

/* --- the measured steps ---------------------------------------------------------- */

typedef struct {
  const char *db;
  const char *xml;
  const char *from;
  const char *to;
} Step;

static gboolean
do_export (gpointer user_data)
{
  Step *step = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (step->db, &error);
  TomoniXmlFilter filter = { (char *) step->from, (char *) step->to, TOMONI_XML_KIND_ALL, NULL, NULL, FALSE };

  if (store == NULL || !tomoni_xml_export (store, &filter, step->xml, NULL, NULL, NULL, &error))
    {
      g_printerr ("export: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
do_import (gpointer user_data)
{
  Step *step = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (step->db, &error);
  TomoniXmlImportReport report = { 0 };

  if (store == NULL || !tomoni_xml_import (store, step->xml, FALSE, &report, NULL, NULL, NULL, &error))
    {
      g_printerr ("import: %s\n", error->message);
      return FALSE;
    }
  g_print ("    imported %u attendance records, %u check-ins, %u people\n",
           report.added[TOMONI_XML_RECORD_ATTENDANCE], report.added[TOMONI_XML_RECORD_CHECKIN],
           report.added[TOMONI_XML_RECORD_PERSON]);
  return TRUE;
}

typedef struct {
  guint   attendance;
  Measure generate, export, dump, validate, import;
  gint64  xml_bytes;
} Result;

static gboolean
generate_demo (gpointer user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (user_data, &error);

  if (store == NULL || !tomoni_demo_generate (store, 1, TOMONI_DEMO_LARGE, sample_today (), NULL, NULL, NULL, &error))
    {
      g_printerr ("demo: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

/* Export, dump, validate and import the attendance of [from, to] of @db. */
static void
run_steps (TomoniTestDir *dir,
           const char    *db,
           const char    *label,
           const char    *from,
           const char    *to,
           Result        *r)
{
  g_autofree char *empty_name = g_strdup_printf ("copy-%s.db", label);
  g_autofree char *empty = tomoni_test_dir_file (dir, empty_name);
  g_autofree char *xml_name = g_strdup_printf ("export-%s.xml", label);
  g_autofree char *xml = tomoni_test_dir_file (dir, xml_name);
  g_autofree char *xsd = g_build_filename (g_getenv ("TOMONI_SOURCE_ROOT") ? g_getenv ("TOMONI_SOURCE_ROOT") : ".",
                                           "data", "tomoni-attendance.xsd", NULL);
  g_autofree char *dump_sql =
    g_strdup_printf ("SELECT a.uuid, s.uuid, p.uuid, a.status, a.kind, a.minutes FROM attendance a"
                     " JOIN session s ON s.id = a.session_id JOIN person p ON p.id = a.person_id"
                     " WHERE s.date BETWEEN '%s' AND '%s'", from, to);
  Step export_step = { db, xml, from, to };
  Step import_step = { empty, xml, from, to };
  const char *dump_argv[] = { "sqlite3", "-csv", db, dump_sql, NULL };
  const char *validate_argv[] = { "xmllint", "--stream", "--noout", "--schema", xsd, xml, NULL };
  GStatBuf st;

  g_print ("  %s (%s – %s)\n", label, from, to);
  r->export = in_child (do_export, &export_step, "export");
  g_assert (g_stat (xml, &st) == 0);
  r->xml_bytes = st.st_size;
  r->dump = in_child (run_command, dump_argv, "sqlite3 -csv");
  r->validate = in_child (run_command, validate_argv, "xmllint --stream --schema");
  r->import = in_child (do_import, &import_step, "import");
  g_print ("    export   %7.2f s wall %7.2f s CPU %8ld KiB peak  (%.0f MiB file)\n", r->export.seconds,
           r->export.cpu, r->export.max_rss_kib, r->xml_bytes / 1048576.0);
  g_print ("    sqlite3  %7.2f s wall %7.2f s CPU %8ld KiB peak\n", r->dump.seconds, r->dump.cpu,
           r->dump.max_rss_kib);
  g_print ("    xmllint  %7.2f s wall %7.2f s CPU %8ld KiB peak\n", r->validate.seconds, r->validate.cpu,
           r->validate.max_rss_kib);
  g_print ("    import   %7.2f s wall %7.2f s CPU %8ld KiB peak\n", r->import.seconds, r->import.cpu,
           r->import.max_rss_kib);
  g_unlink (xml);
}

static void
run_scale (TomoniTestDir *dir,
           guint          attendance,
           Result        *r)
{
  g_autofree char *name = g_strdup_printf ("source-%u.db", attendance);
  g_autofree char *db = tomoni_test_dir_file (dir, name);
  g_autofree char *label = g_strdup_printf ("%u", attendance);
  Generate gen = { db, attendance };

  r->attendance = attendance;
  g_print ("%u attendance records\n", attendance);
  r->generate = in_child (generate, &gen, "generating");
  g_print ("    generated in %.1f s\n", r->generate.seconds);
  run_steps (dir, db, label, "2000-01-01", "2099-12-31", r);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  Result tenth = { 0 }, all = { 0 };
  const char *what;

  if (argc == 4 && g_str_equal (argv[1], "--generate"))
    {
      Generate gen = { argv[3], atoi (argv[2]) };
      return generate (&gen) ? 0 : 1;
    }

  g_print ("bench-xml in %s\n", dir->path);
  if (argc > 1 && g_str_equal (argv[1], "--synthetic"))
    {
      guint n = argc > 2 ? atoi (argv[2]) : 2000000;

      run_scale (dir, n / 10, &tenth);
      run_scale (dir, n, &all);
      what = "synthetic";
    }
  else
    {
      g_autofree char *db = tomoni_test_dir_file (dir, "large.db");
      Measure m = in_child (generate_demo, db, "the large sample data");

      g_print ("large sample data (seed 1) generated in %.1f s\n", m.seconds);
      run_steps (dir, db, "FY2024", "2024-04-01", "2025-03-31", &tenth);
      run_steps (dir, db, "all", "2000-01-01", "2099-12-31", &all);
      what = "large sample data";
    }

  g_print ("\nRESULT (%s)\n", what);
  /* Wall clock includes the fsync()s that make Tomoni's files durable;
   * sqlite3 writing to /dev/null and xmllint have none. */
  g_print ("export / sqlite3 -csv dump:         %.2f wall, %.2f CPU  (aim ≤ 2)\n",
           all.export.seconds / all.dump.seconds, all.export.cpu / all.dump.cpu);
  g_print ("import / xmllint --stream --schema: %.2f wall, %.2f CPU  (aim ≤ 3)\n",
           all.import.seconds / all.validate.seconds, all.import.cpu / all.validate.cpu);
  g_print ("export peak memory, all / tenth:    %.2f  (%ld / %ld KiB; aim ≈ 1)\n",
           (double) all.export.max_rss_kib / tenth.export.max_rss_kib,
           all.export.max_rss_kib, tenth.export.max_rss_kib);
  g_print ("import peak memory, all / tenth:    %.2f  (%ld / %ld KiB; aim ≈ 1)\n",
           (double) all.import.max_rss_kib / tenth.import.max_rss_kib,
           all.import.max_rss_kib, tenth.import.max_rss_kib);
  g_print ("xmllint peak memory, all / tenth:   %.2f  (%ld / %ld KiB)\n",
           (double) all.validate.max_rss_kib / tenth.validate.max_rss_kib,
           all.validate.max_rss_kib, tenth.validate.max_rss_kib);
  return 0;
}
