/* bench-demo.c: the large sample database, timed
 *
 * The reference: at least 60,000 people, 8,000 volunteers, 150,000
 * sessions and 2,000,000 attendance records in under two minutes on a
 * 2-core machine. Prints the time, its ratio to those two minutes, the row
 * counts and the peak resident memory.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <sqlite3.h>
#include <stdio.h>
#include <sys/resource.h>

#include "tomoni-store.h"
#include "tomoni-demo.h"
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

static void
progress (double      fraction,
          const char *what,
          gpointer    user_data)
{
  GTimer *timer = user_data;

  if (what != NULL)
    g_printerr ("%6.1f s  %3.0f %%  %s\n", g_timer_elapsed (timer, NULL), fraction * 100.0, what);
}

static double
seconds (const struct timeval *tv)
{
  return tv->tv_sec + tv->tv_usec / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *table;
    gint64      minimum;
  } tables[] = {
    { "person", 60000 }, { "learner", 0 }, { "volunteer", 8000 }, { "person_language", 0 },
    { "venue", 0 }, { "room", 0 }, { "closure", 0 }, { "class", 0 }, { "class_staff", 0 }, { "term", 0 },
    { "schedule", 0 }, { "session", 150000 }, { "enrolment", 0 }, { "attendance", 2000000 },
    { "volunteer_skill", 0 }, { "volunteer_training", 0 }, { "availability", 0 }, { "unavailable_date", 0 },
    { "requester", 0 }, { "activity", 0 }, { "shift", 0 }, { "slot", 0 }, { "slot_language", 0 },
    { "assignment", 0 }, { "target_milestone", 0 }, { "external_count", 0 },
  };
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "large.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);
  g_autoptr(GTimer) timer = g_timer_new ();
  struct rusage usage;
  double elapsed, load[3] = { 0 };
  gboolean enough = TRUE;
  sqlite3 *db = NULL;
  GStatBuf st;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);
  getloadavg (load, 3);
  g_print ("load average before: %.2f %.2f %.2f\n", load[0], load[1], load[2]);

  g_timer_start (timer);
  if (!tomoni_demo_generate (store, 1, TOMONI_DEMO_LARGE, sample_today (), progress, timer, NULL, &error))
    g_error ("%s", error->message);
  elapsed = g_timer_elapsed (timer, NULL);
  getrusage (RUSAGE_SELF, &usage);
  getloadavg (load, 3);

  g_print ("generate large (seed 1): %.1f s wall, %.1f s user, %.1f s system\n",
           elapsed, seconds (&usage.ru_utime), seconds (&usage.ru_stime));
  g_print ("ratio to the issue's 120 s: %.2f\n", elapsed / 120.0);
  g_print ("peak RSS: %.0f MiB\n", usage.ru_maxrss / 1024.0);
  g_print ("load average after: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
  if (g_stat (path, &st) == 0)
    g_print ("database file: %.0f MiB\n", st.st_size / 1048576.0);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i].table);
      sqlite3_stmt *stmt = NULL;
      gint64 n = -1;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
        n = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      g_print ("%-20s %10" G_GINT64_FORMAT "%s\n", tables[i].table, n,
               n < tables[i].minimum ? "  (below the issue's minimum)" : "");
      if (n < tables[i].minimum)
        enough = FALSE;
    }
  sqlite3_close (db);
  return enough ? 0 : 1;
}
