/* test-demo.c: the sample data generator
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/wait.h>
#include <string.h>

#include "tomoni-holidays.h"
#include "tomoni-person.h"
#include "tomoni-store.h"
#include "tomoni-demo.h"
#include "tomoni-store-people.h"
#include "tomoni-store-people-private.h"
#include "tomoni-test-util.h"
#include "tomoni-text.h"

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

/* One small database (seed 1) for the read-only checks. */
static TomoniTestDir *shared_dir;
static char *shared_path;

static void
generate_into (const char *path,
               guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (tomoni_demo_generate (store, seed, TOMONI_DEMO_SMALL, sample_today (), NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (tomoni_store_is_empty (store));
}

static sqlite3 *
open_readonly (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Every table of the schema, with the range the small scale should give. */
static const struct {
  const char *table;
  gint64      min;
  gint64      max;
} expected_counts[] = {
  { "person", 300, 1200 },
  { "person_language", 60, 400 },
  { "learner", 250, 1100 },
  { "venue", 6, 6 },
  { "room", 20, 40 },
  { "closure", 10, 60 },
  { "class", 8, 20 },
  { "class_staff", 10, 60 },
  { "term", 60, 200 },
  { "schedule", 60, 300 },
  { "session", 1000, 4000 },
  { "enrolment", 600, 3000 },
  { "attendance", 8000, 60000 },
  { "volunteer", 40, 100 },
  { "skill", 8, 8 },
  { "training", 4, 4 },
  { "volunteer_skill", 40, 400 },
  { "volunteer_training", 40, 400 },
  { "availability", 40, 300 },
  { "unavailable_date", 5, 300 },
  { "requester", 5, 20 },
  { "activity", 30, 200 },
  { "shift", 40, 400 },
  { "slot", 40, 600 },
  { "slot_language", 20, 300 },
  { "assignment", 50, 1500 },
  { "target", 2, 2 },
  { "target_milestone", 2, 20 },
  { "target_change", 1, 5 },
  { "external_count", 3, 40 },
};

static void
test_counts (void)
{
  sqlite3 *db = open_readonly (shared_path);

  for (guint i = 0; i < G_N_ELEMENTS (expected_counts); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", expected_counts[i].table);
      gint64 n = query_int (db, sql);

      if (n < expected_counts[i].min || n > expected_counts[i].max)
        g_error ("%s has %" G_GINT64_FORMAT " rows, expected %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT,
                 expected_counts[i].table, n, expected_counts[i].min, expected_counts[i].max);

      /* nothing recorded after the sample's today (the seeded lists carry the real time) */
      if (strcmp (expected_counts[i].table, "skill") != 0 && strcmp (expected_counts[i].table, "training") != 0 &&
          strcmp (expected_counts[i].table, "target") != 0)
        {
          g_autofree char *future = g_strdup_printf ("SELECT count(*) FROM %s WHERE created_at > '%sT15:00:00Z'"
                                                     " OR updated_at > '%sT15:00:00Z' OR updated_at < created_at",
                                                     expected_counts[i].table, TOMONI_DEMO_TODAY, TOMONI_DEMO_TODAY);
          g_assert_cmpint (query_int (db, future), ==, 0);
        }
    }

  /* the mix the issue asks for */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM session WHERE status = 'skipped'"), >, 20);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM session WHERE status = 'cancelled' AND reason <> ''"), >, 3);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM enrolment WHERE status = 'waiting'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM enrolment WHERE status = 'withdrawn'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM enrolment WHERE promoted_on IS NOT NULL"), >, 0);
  for (guint i = 0; i < 4; i++)
    {
      static const char *const sql[] = {
        "SELECT count(*) FROM attendance WHERE status = 'present'",
        "SELECT count(*) FROM attendance WHERE status = 'late'",
        "SELECT count(*) FROM attendance WHERE status = 'excused'",
        "SELECT count(*) FROM attendance WHERE status = 'absent'",
      };
      g_assert_cmpint (query_int (db, sql[i]), >, 0);
    }
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attendance WHERE kind = 'trial'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attendance WHERE kind = 'walk-in'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT kind) FROM activity"), ==, 7);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM assignment WHERE status = 'cancelled' AND cancel_reason <> ''"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM assignment WHERE checkin = 'no-show'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT substr(date, 1, 4)) FROM shift"), >=, 3);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person WHERE family_name IS NULL AND nationality = 'MM'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person WHERE family_name IS NOT NULL AND nationality = 'MM'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT nationality) FROM person"), >=, 12);
  /* Vietnam first among the foreign residents */
  g_assert_cmpint (query_int (db, "SELECT nationality = 'VN' FROM person WHERE nationality <> 'JP'"
                                  " GROUP BY nationality ORDER BY count(*) DESC LIMIT 1"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM venue WHERE name = '熊本市国際交流会館'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM volunteer WHERE substr(expires_on, 6) <> '03-31'"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person_language WHERE code = 'ja' AND jlpt IS NOT NULL"), >, 0);
  sqlite3_close (db);
}

static void
test_check (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (shared_path, &error);
  g_autofree char *report = NULL;

  g_assert_no_error (error);
  g_assert_true (tomoni_store_check (store, &report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report, "foreign keys: ok"));
}

/* Names and readings as a person record and the store compute them. */
static void
test_people (void)
{
  sqlite3 *db = open_readonly (shared_path);
  sqlite3_stmt *stmt = NULL;
  guint n = 0, uuids = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT reading, uuid, latin_name, nationality FROM person", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *reading = (const char *) sqlite3_column_text (stmt, 0);
      const char *uuid = (const char *) sqlite3_column_text (stmt, 1);
      const char *latin = (const char *) sqlite3_column_text (stmt, 2);
      const char *nationality = (const char *) sqlite3_column_text (stmt, 3);

      if (*reading != '\0')
        {
          if (!tomoni_text_is_katakana (reading))
            g_error ("reading “%s” is not katakana", reading);
          n++;
        }
      g_assert_true (g_uuid_string_is_valid (uuid));
      g_assert_cmpint (uuid[14], ==, '4');
      g_assert_nonnull (strchr ("89ab", uuid[19]));
      uuids++;
      if (strcmp (nationality, "JP") != 0)
        {
          g_autofree char *upper = g_utf8_strup (latin, -1);
          g_assert_cmpstr (latin, ==, upper);
          g_assert_cmpstr (latin, !=, "");
        }
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, uuids);
  g_assert_cmpuint (n, >, 300);

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person WHERE reading LIKE 'グエン・%'"), >, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person WHERE sort_key = '' OR search_text = ''"), ==, 0);

  /* sort_key and search_text exactly as the people store computes them */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TomoniStore) store = tomoni_store_open (shared_path, &error);
    sqlite3_stmt *keys = NULL;
    guint compared = 0;

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id, sort_key, search_text FROM person WHERE id % 7 = 0",
                                         -1, &keys, NULL), ==, SQLITE_OK);
    while (sqlite3_step (keys) == SQLITE_ROW)
      {
        g_autoptr(TomoniPerson) person = tomoni_store_get_person (store, sqlite3_column_int64 (keys, 0), &error);
        g_autofree char *sort_key = NULL;
        g_autofree char *search_text = NULL;

        g_assert_no_error (error);
        sort_key = tomoni_store_person_sort_key (person);
        search_text = tomoni_store_person_search_text (person);
        g_assert_cmpstr (sort_key, ==, (const char *) sqlite3_column_text (keys, 1));
        g_assert_cmpstr (search_text, ==, (const char *) sqlite3_column_text (keys, 2));
        compared++;
      }
    sqlite3_finalize (keys);
    g_assert_cmpuint (compared, >, 40);
  }
  sqlite3_close (db);
}

static void
test_holidays (void)
{
  sqlite3 *db = open_readonly (shared_path);
  sqlite3_stmt *stmt = NULL;
  guint checked = 0, holiday_sessions = 0, skipped_holidays = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT s.date, s.status, s.reason, c.meets_on_holidays"
                                       " FROM session s JOIN class c ON c.id = s.class_id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);
      const char *status = (const char *) sqlite3_column_text (stmt, 1);
      const char *reason = (const char *) sqlite3_column_text (stmt, 2);
      gboolean meets = sqlite3_column_int (stmt, 3);
      GDate date;
      int y, m, day;

      g_assert_cmpint (sscanf (text, "%d-%d-%d", &y, &m, &day), ==, 3);
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, day, m, y);
      checked++;
      if (strcmp (status, "skipped") == 0)
        {
          TomoniHoliday holiday;

          g_assert_cmpstr (reason, !=, "");
          /* the reason is the holiday's name, as the classes store writes it */
          if (tomoni_holiday_lookup (&date, &holiday) && strcmp (reason, holiday.name_ja) == 0)
            {
              g_assert_false (meets);
              skipped_holidays++;
            }
          continue;
        }
      /* the year-end closure holds for every class */
      g_assert_false ((m == 12 && day >= 29) || (m == 1 && day <= 3));
      if (tomoni_holiday_lookup (&date, NULL))
        {
          if (!meets)
            g_error ("a session on the holiday %s in a class that does not meet on holidays", text);
          holiday_sessions++;
        }
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (checked, >, 1000);
  g_assert_cmpuint (skipped_holidays, >, 10);
  g_assert_cmpuint (holiday_sessions, >, 0);   /* the Sunday classes meet on holidays */

  /* every skipped year-end date says so */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM session WHERE status = 'skipped'"
                                  " AND reason LIKE '年末年始%'"), >, 0);
  /* and closure days are skipped with their reason */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM session s JOIN closure z"
                                  " ON s.date BETWEEN z.start_date AND z.end_date"
                                  " AND (z.venue_id IS NULL OR z.venue_id = (SELECT venue_id FROM class WHERE id = s.class_id))"
                                  " WHERE s.status <> 'skipped'"), ==, 0);
  sqlite3_close (db);
}

static void
test_enrolment (void)
{
  sqlite3 *db = open_readonly (shared_path);

  /* enrolled never above capacity */
  g_assert_cmpint (query_int (db,
                              "SELECT count(*) FROM (SELECT t.id FROM term t JOIN class c ON c.id = t.class_id"
                              " JOIN enrolment e ON e.term_id = t.id AND e.status = 'enrolled'"
                              " GROUP BY t.id HAVING count(*) > max(c.capacity))"), ==, 0);
  /* waiting lists numbered 1, 2, 3 … in each term */
  g_assert_cmpint (query_int (db,
                              "SELECT count(*) FROM (SELECT term_id FROM enrolment WHERE status = 'waiting'"
                              " GROUP BY term_id HAVING min(position) <> 1 OR max(position) <> count(*)"
                              " OR count(DISTINCT position) <> count(*))"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM enrolment WHERE (status = 'waiting') <> (position IS NOT NULL)"), ==, 0);
  /* a waiting list exists only where the class is full */
  g_assert_cmpint (query_int (db,
                              "SELECT count(*) FROM (SELECT t.id FROM term t JOIN class c ON c.id = t.class_id"
                              " WHERE EXISTS (SELECT 1 FROM enrolment w WHERE w.term_id = t.id AND w.status = 'waiting')"
                              " AND (SELECT count(*) FROM enrolment e WHERE e.term_id = t.id AND e.status = 'enrolled')"
                              " < c.capacity)"), ==, 0);
  /* attendance only for sessions that took place, up to the sample's today */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id"
                                  " WHERE s.status <> 'scheduled' OR s.date > '" TOMONI_DEMO_TODAY "'"), ==, 0);
  /* enrolled learners only attend their own class's sessions */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id"
                                  " WHERE a.kind = 'enrolled' AND NOT EXISTS (SELECT 1 FROM enrolment e"
                                  " WHERE e.term_id = s.term_id AND e.person_id = a.person_id)"), ==, 0);
  /* no one holds two overlapping shifts */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM assignment a JOIN slot l ON l.id = a.slot_id"
                                  " JOIN shift s ON s.id = l.shift_id"
                                  " JOIN assignment b ON b.person_id = a.person_id AND b.id > a.id"
                                  " JOIN slot m ON m.id = b.slot_id JOIN shift t ON t.id = m.shift_id"
                                  " WHERE t.date = s.date AND t.start_minute < s.end_minute"
                                  " AND s.start_minute < t.end_minute"), ==, 0);
  sqlite3_close (db);
}

static char *
dump (const char *path)
{
  static const char *const tables[] = {
    "person", "class", "term", "session", "enrolment", "attendance", "volunteer", "activity", "assignment",
  };
  sqlite3 *db = open_readonly (path);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", tables[i]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);
              g_string_append (out, text != NULL ? text : "\\N");
              g_string_append_c (out, '\t');
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static void
test_determinism (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *same = tomoni_test_dir_file (dir, "same.db");
  g_autofree char *other = tomoni_test_dir_file (dir, "other.db");
  g_autofree char *dump_shared = NULL, *dump_same = NULL, *dump_other = NULL;

  /* seed 1 again in another file, and seed 2 */
  generate_into (same, 1);
  generate_into (other, 2);
  dump_shared = dump (shared_path);
  dump_same = dump (same);
  dump_other = dump (other);

  g_assert_cmpuint (strlen (dump_shared), >, 100000);
  g_assert_true (strcmp (dump_shared, dump_same) == 0);
  g_assert_false (strcmp (dump_shared, dump_other) == 0);
}

static void
test_refuses_non_empty (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "full.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);
  g_autoptr(TomoniPerson) person = tomoni_person_new ();
  sqlite3 *db;

  g_assert_no_error (error);
  tomoni_person_set_field (person, TOMONI_PERSON_FAMILY_NAME, "山田");
  tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, "花子");
  g_assert_true (tomoni_store_add_person (store, person, &error));
  g_assert_no_error (error);

  g_assert_false (tomoni_demo_generate (store, 1, TOMONI_DEMO_SMALL, sample_today (), NULL, NULL, NULL, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "empty"));

  db = open_readonly (path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM venue"), ==, 0);
  sqlite3_close (db);
}

typedef struct {
  GCancellable *cancellable;
  double        last;
  guint         calls;
  gboolean      on_main_thread;
  GThread      *main_thread;
} Progress;

static void
cancel_midway (double      fraction,
               const char *what,
               gpointer    user_data)
{
  Progress *p = user_data;

  g_assert_cmpfloat (fraction, >=, p->last);
  p->last = fraction;
  p->calls++;
  if (fraction > 0.5)
    g_cancellable_cancel (p->cancellable);
}

static void
test_cancel (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "cancel.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress p = { cancellable, 0.0, 0, FALSE, NULL };
  sqlite3 *db;

  g_assert_no_error (error);
  g_assert_false (tomoni_demo_generate (store, 1, TOMONI_DEMO_SMALL, sample_today (), cancel_midway, &p, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (p.calls, >, 3);
  g_assert_true (tomoni_store_is_empty (store));

  db = open_readonly (path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM session"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM closure"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM skill"), ==, 8);
  sqlite3_close (db);
}

typedef struct {
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
  Progress   progress;
  guint      changed;
} AsyncResult;

static void
async_progress (double      fraction,
                const char *what,
                gpointer    user_data)
{
  AsyncResult *r = user_data;

  if (g_thread_self () != r->progress.main_thread)
    r->progress.on_main_thread = FALSE;
  r->progress.calls++;
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->ok = tomoni_demo_generate_finish (TOMONI_STORE (source), result, &r->error);
  g_main_loop_quit (r->loop);
}

static void
changed_cb (TomoniStore *store,
            const char  *area,
            gpointer     user_data)
{
  AsyncResult *r = user_data;

  if (g_strcmp0 (area, "all") == 0)
    r->changed++;
}

static void
test_async (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "async.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);
  AsyncResult r = { 0 };

  g_assert_no_error (error);
  r.loop = g_main_loop_new (NULL, FALSE);
  r.progress.on_main_thread = TRUE;
  r.progress.main_thread = g_thread_self ();
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &r);

  tomoni_demo_generate_async (store, 3, TOMONI_DEMO_SMALL, sample_today (), async_progress, &r, NULL, async_done, &r);
  g_main_loop_run (r.loop);
  /* let the notification queued by the worker arrive */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_true (r.progress.on_main_thread);
  g_assert_cmpuint (r.progress.calls, >, 3);
  g_assert_cmpuint (r.changed, ==, 1);
  g_assert_false (tomoni_store_is_empty (store));

  /* a second run is refused, from the worker too */
  r.ok = TRUE;
  tomoni_demo_generate_async (store, 3, TOMONI_DEMO_SMALL, sample_today (), NULL, NULL, NULL, async_done, &r);
  g_main_loop_run (r.loop);
  g_assert_false (r.ok);
  g_assert_error (r.error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
  g_clear_error (&r.error);
  g_main_loop_unref (r.loop);
}

/* tomoni-cli demo: exit statuses and messages */
static int
run_cli (const char  *db,
         char       **out,
         char       **err,
         ...)
{
  const char *cli = g_getenv ("TOMONI_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (char *) cli);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) db);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

/* `sqlite3 FILE .dump`, with the command-line tool */
static char *
sqlite3_dump (const char *path)
{
  g_autofree char *sqlite3_tool = g_find_program_in_path ("sqlite3");
  const char *argv[] = { sqlite3_tool, path, ".dump", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_assert_nonnull (sqlite3_tool);  /* build-aux/tomoni-dev installs it */
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  return out;
}

/* demo --today: the same seed and today give the same file, byte for byte
 * (the schema's seeded lists included); another today gives other data. */
static void
test_today_cli (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  const char *todays[] = { "2027-05-10", "2027-05-10", "2031-01-15" };
  char *dumps[G_N_ELEMENTS (todays)];

  for (guint i = 0; i < G_N_ELEMENTS (todays); i++)
    {
      g_autofree char *name = g_strdup_printf ("today-%u.db", i);
      g_autofree char *path = tomoni_test_dir_file (dir, name);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (path, &out, &err, "demo", "--seed", "9137", "--today", todays[i], NULL), ==, 0);
      dumps[i] = sqlite3_dump (path);
      g_assert_nonnull (strstr (dumps[i], "INSERT INTO session"));
    }
  g_assert_cmpstr (dumps[0], ==, dumps[1]);
  g_assert_cmpstr (dumps[0], !=, dumps[2]);
  /* the later today moved the data along: its classes run in fiscal 2030 */
  g_assert_null (strstr (dumps[0], "'2030-10-"));
  g_assert_nonnull (strstr (dumps[2], "'2030-10-"));
  for (guint i = 0; i < G_N_ELEMENTS (todays); i++)
    g_free (dumps[i]);
}

/* A sample loaded today (and on days around the summer break and the
 * year-end closure) has shifts with places to fill in the next four weeks,
 * scheduled sessions in the next six, and nothing recorded after its today. */
static void
test_today_upcoming (void)
{
  const char *fixed[] = { NULL, "2027-08-01", "2027-12-27" };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
      g_autofree char *path = tomoni_test_dir_file (dir, "upcoming.db");
      g_autoptr(GError) error = NULL;
      g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);
      g_autofree char *today_iso = NULL;
      g_autofree char *open_shifts = NULL;
      g_autofree char *sessions = NULL;
      g_autofree char *future = NULL;
      GDate today;
      sqlite3 *db;

      g_assert_no_error (error);
      if (fixed[i] == NULL)
        tomoni_demo_today (&today);
      else
        {
          int y, m, d;

          g_assert_cmpint (sscanf (fixed[i], "%d-%d-%d", &y, &m, &d), ==, 3);
          g_date_clear (&today, 1);
          g_date_set_dmy (&today, d, m, y);
        }
      g_assert_true (tomoni_demo_generate (store, 1, TOMONI_DEMO_SMALL, fixed[i] == NULL ? NULL : &today,
                                                 NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_clear_object (&store);

      today_iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&today), g_date_get_month (&today),
                                   g_date_get_day (&today));
      g_test_message ("today %s", today_iso);
      open_shifts = g_strdup_printf ("SELECT count(DISTINCT sh.id) FROM shift sh JOIN slot sl ON sl.shift_id = sh.id"
                                     " WHERE sh.date > '%s' AND sh.date <= date ('%s', '+28 days')"
                                     " AND sl.needed > (SELECT count(*) FROM assignment a"
                                     " WHERE a.slot_id = sl.id AND a.status <> 'cancelled')",
                                     today_iso, today_iso);
      sessions = g_strdup_printf ("SELECT count(*) FROM session WHERE status = 'scheduled'"
                                  " AND date > '%s' AND date <= date ('%s', '+42 days')", today_iso, today_iso);
      future = g_strdup_printf ("SELECT (SELECT count(*) FROM activity WHERE created_at > '%sT15:00:00Z')"
                                " + (SELECT count(*) FROM shift WHERE created_at > '%sT15:00:00Z')"
                                " + (SELECT count(*) FROM assignment WHERE created_at > '%sT15:00:00Z')"
                                " + (SELECT count(*) FROM term WHERE created_at > '%sT15:00:00Z')"
                                " + (SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id"
                                " WHERE s.date > '%s')",
                                today_iso, today_iso, today_iso, today_iso, today_iso);
      db = open_readonly (path);
      g_assert_cmpint (query_int (db, open_shifts), >=, 2);
      g_assert_cmpint (query_int (db, sessions), >, 0);
      g_assert_cmpint (query_int (db, future), ==, 0);
      sqlite3_close (db);
    }
}

static void
test_cli (void)
{
  static const struct {
    const char *args[3];
    int         status;
    const char *in_stderr;
  } usage_cases[] = {
    { { "--scale", "huge", NULL }, 2, "huge" },
    { { "--seed", "-3", NULL }, 2, "-3" },
    { { "--seed", "4294967296", NULL }, 2, "4294967296" },
    { { "--seed", "seven", NULL }, 2, "seven" },
    { { "extra", NULL, NULL }, 2, "extra" },
    { { "--today", "2026-02-30", NULL }, 2, "2026-02-30" },
    { { "--today", "1999-12-31", NULL }, 2, "1999-12-31" },
    { { "--today", "tomorrow", NULL }, 2, "tomorrow" },
  };
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "cli.db");
  g_autofree char *out = NULL, *err = NULL;
  sqlite3 *db;

  if (g_getenv ("TOMONI_CLI") == NULL)
    {
      g_test_skip ("TOMONI_CLI is not set (run through meson test)");
      return;
    }

  g_assert_cmpint (run_cli (path, &out, &err, "demo", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "--seed"));
  g_assert_nonnull (strstr (out, "--scale"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      int status = run_cli (path, &out, &err, "demo", usage_cases[i].args[0], usage_cases[i].args[1],
                            usage_cases[i].args[2], NULL);
      g_assert_cmpint (status, ==, usage_cases[i].status);
      g_assert_nonnull (strstr (err, usage_cases[i].in_stderr));
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
    }

  g_assert_cmpint (run_cli (path, &out, &err, "demo", "--seed", "5", "--scale", "small", NULL), ==, 0);
  g_assert_nonnull (strstr (out, path));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* a second time: refused with one line, nothing changed */
  db = open_readonly (path);
  {
    gint64 people = query_int (db, "SELECT count(*) FROM person");

    g_assert_cmpint (run_cli (path, &out, &err, "demo", NULL), ==, 1);
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "empty"));
    g_assert_nonnull (strchr (err, '\n'));
    g_assert_cmpstr (strchr (err, '\n') + 1, ==, "");
    g_assert_cmpint (query_int (db, "SELECT count(*) FROM person"), ==, people);
  }
  sqlite3_close (db);
}

static void
test_scale_names (void)
{
  static const struct {
    const char     *text;
    gboolean        ok;
    TomoniDemoScale scale;
  } cases[] = {
    { "small", TRUE, TOMONI_DEMO_SMALL },
    { "large", TRUE, TOMONI_DEMO_LARGE },
    { "Large", FALSE, TOMONI_DEMO_SMALL },
    { "", FALSE, TOMONI_DEMO_SMALL },
    { NULL, FALSE, TOMONI_DEMO_SMALL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TomoniDemoScale scale = TOMONI_DEMO_SMALL;
      g_assert_cmpint (tomoni_demo_scale_from_string (cases[i].text, &scale), ==, cases[i].ok);
      g_assert_cmpint (scale, ==, cases[i].scale);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  shared_dir = tomoni_test_dir_new ();
  shared_path = tomoni_test_dir_file (shared_dir, "demo.db");
  generate_into (shared_path, 1);

  g_test_add_func ("/demo/counts", test_counts);
  g_test_add_func ("/demo/check", test_check);
  g_test_add_func ("/demo/people", test_people);
  g_test_add_func ("/demo/holidays", test_holidays);
  g_test_add_func ("/demo/enrolment", test_enrolment);
  g_test_add_func ("/demo/determinism", test_determinism);
  g_test_add_func ("/demo/refuses-non-empty", test_refuses_non_empty);
  g_test_add_func ("/demo/cancel", test_cancel);
  g_test_add_func ("/demo/async", test_async);
  g_test_add_func ("/demo/scale-names", test_scale_names);
  g_test_add_func ("/demo/cli", test_cli);
  g_test_add_func ("/demo/today-cli", test_today_cli);
  g_test_add_func ("/demo/today-upcoming", test_today_upcoming);
  status = g_test_run ();

  tomoni_test_dir_free (shared_dir);
  g_free (shared_path);
  return status;
}
