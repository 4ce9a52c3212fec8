/* test-cli-targets.c: tomoni-cli targets, report and external, as a real process
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <sys/wait.h>

#include "tomoni-date.h"
#include "tomoni-store-targets.h"
#include "tomoni-test-util.h"

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run        *run,
         const char *db,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("TOMONI_CLI");
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *)cli);
  g_ptr_array_add (argv, (char *)"--db");
  g_ptr_array_add (argv, (char *)db);
  va_start (args, db);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

static void
sql (const char *db,
     const char *text)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  sqlite3_busy_timeout (handle, 5000);
  if (sqlite3_exec (handle, text, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", text, message);
  sqlite3_close (handle);
}

/* Two learners in one class over two fiscal years, one volunteer check-in. */
static const char data_sql[] =
  "PRAGMA foreign_keys = ON;"
  "INSERT INTO venue (uuid, name, name_en, created_at, updated_at) VALUES ('v', '国際交流会館', 'International Center', 'x', 'x');"
  "INSERT INTO class (uuid, title_ja, title_en, venue_id, created_at, updated_at) VALUES ('c', '火曜日本語教室', 'Tuesday class', 1, 'x', 'x');"
  "INSERT INTO term (uuid, class_id, start_date, end_date, created_at, updated_at) VALUES ('t', 1, '2023-04-01', '2025-03-31', 'x', 'x');"
  "INSERT INTO person (uuid, given_name, nationality, pseudonym, created_at, updated_at) VALUES"
  " ('p1', 'A', 'VN', 'x1', 'x', 'x'), ('p2', 'B', 'NP', 'x2', 'x', 'x');"
  "INSERT INTO session (uuid, class_id, term_id, date, start_minute, end_minute, created_at, updated_at) VALUES"
  " ('s1', 1, 1, '2023-04-11', 600, 720, 'x', 'x'), ('s2', 1, 1, '2023-04-18', 600, 720, 'x', 'x'),"
  " ('s3', 1, 1, '2024-04-09', 600, 720, 'x', 'x');"
  "INSERT INTO attendance (uuid, session_id, person_id, status, created_at, updated_at) VALUES"
  " ('a1', 1, 1, 'present', 'x', 'x'), ('a2', 2, 1, 'late', 'x', 'x'), ('a3', 3, 2, 'present', 'x', 'x'),"
  " ('a4', 3, 1, 'absent', 'x', 'x');"
  "INSERT INTO activity (uuid, title, kind, venue_id, created_at, updated_at) VALUES ('ac', '交流会', 'exchange-event', 1, 'x', 'x');"
  "INSERT INTO shift (uuid, activity_id, date, start_minute, end_minute, created_at, updated_at) VALUES ('sh', 1, '2024-07-07', 600, 720, 'x', 'x');"
  "INSERT INTO slot (uuid, shift_id, role, created_at, updated_at) VALUES ('sl', 1, 'helper', 'x', 'x');"
  "INSERT INTO assignment (uuid, slot_id, person_id, checkin, created_at, updated_at) VALUES ('as', 1, 2, 'present', 'x', 'x');";

static void
test_table (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_auto(Run) empty = { 0 };
  g_auto(Run) counted = { 0 };
  g_auto(Run) early = { 0 };
  g_auto(Run) bad_date = { 0 };
  g_auto(Run) bad_option = { 0 };

  run_cli (&empty, db, "targets", NULL);
  g_assert_cmpint (empty.status, ==, 0);
  g_assert_cmpstr (empty.out, ==,
                   "key\tbaseline\tcounted\tcumulative\ttarget\tprojected\tstatus\n"
                   "japanese-support-participants\t2512\t0\t2512\t5000\t2512\tbehind\n"
                   "volunteer-activity-participants\t3459\t0\t3459\t7000\t3459\tbehind\n");

  sql (db, data_sql);
  run_cli (&counted, db, "targets", "--as-of", "2025-03-31", NULL);
  g_assert_cmpint (counted.status, ==, 0);
  g_assert_cmpint (count_lines (counted.out), ==, 3);
  /* Per programme: A and B once each in the Tuesday class. FY2023 1, FY2024 1
   * → pace 1 a year, 2,191 days left = 5.9988 years → +5 (the projection
   * is rounded down, so that it never reaches the target while the pace
   * falls short of the pace needed). */
  g_assert_nonnull (strstr (counted.out, "\njapanese-support-participants\t2512\t2\t2514\t5000\t2519\tbehind\n"));
  g_assert_nonnull (strstr (counted.out, "\nvolunteer-activity-participants\t3459\t1\t3460\t7000\t"));

  /* As of a day in between: only A's first attendance. */
  run_cli (&early, db, "targets", "--as-of", "2023-04-11", NULL);
  g_assert_nonnull (strstr (early.out, "\njapanese-support-participants\t2512\t1\t2513\t"));
  g_assert_nonnull (strstr (early.out, "\nvolunteer-activity-participants\t3459\t0\t3459\t"));

  run_cli (&bad_date, db, "targets", "--as-of", "2025-02-30", NULL);
  g_assert_cmpint (bad_date.status, ==, 1);
  g_assert_cmpint (count_lines (bad_date.err), ==, 1);
  g_assert_nonnull (strstr (bad_date.err, "--as-of"));

  run_cli (&bad_option, db, "targets", "--frobnicate", NULL);
  g_assert_cmpint (bad_option.status, ==, 2);
}

static void
test_agrees_with_store (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_autoptr(TomoniStore) store = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  GDate as_of;

  store = tomoni_store_open (db, &error);
  g_assert_no_error (error);
  sql (db, data_sql);
  g_assert_true (tomoni_date_parse ("2024-12-31", &as_of, NULL));
  all = tomoni_store_compute_all_figures (store, &as_of, 0, &error);
  g_assert_no_error (error);

  run_cli (&run, db, "targets", "--as-of", "2024-12-31", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < all->len; i++)
    {
      TomoniTargetFigures *figures = all->pdata[i];
      g_autofree char *line = g_strdup_printf ("\n%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT
                                               "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\n",
                                               tomoni_target_get_key (figures->target),
                                               tomoni_target_get_baseline_value (figures->target),
                                               figures->counted, figures->projection.cumulative,
                                               tomoni_target_get_target_value (figures->target),
                                               figures->projection.projected,
                                               tomoni_target_status_get_name (figures->projection.status));
      g_assert_nonnull (strstr (run.out, line));
    }
}

static void
test_set_and_history (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_auto(Run) set = { 0 };
  g_auto(Run) after = { 0 };
  g_auto(Run) history = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) nothing = { 0 };
  g_auto(Run) history2 = { 0 };
  g_auto(Run) add = { 0 };
  g_auto(Run) milestone = { 0 };

  run_cli (&set, db, "targets", "set", "japanese-support-participants", "--rule", "every-attendance",
           "--target", "5200", NULL);
  g_assert_cmpint (set.status, ==, 0);
  sql (db, data_sql);
  run_cli (&after, db, "targets", "--as-of", "2025-03-31", NULL);
  /* Every attendance: 3 (present, late, present; the absence does not count). */
  g_assert_nonnull (strstr (after.out, "\njapanese-support-participants\t2512\t3\t2515\t5200\t"));

  run_cli (&history, db, "targets", "history", "japanese-support-participants", NULL);
  g_assert_cmpint (history.status, ==, 0);
  g_assert_cmpint (count_lines (history.out), ==, 3);
  g_assert_nonnull (strstr (history.out, "\ttarget-value\t5000\t5200\n"));
  g_assert_nonnull (strstr (history.out, "\tcounting-rule\tper-programme\tevery-attendance\n"));
  g_assert_nonnull (strstr (history.out, g_get_user_name ()));

  /* Bad input: exit 1, one line naming what is wrong, nothing written. */
  run_cli (&bad, db, "targets", "set", "japanese-support-participants", "--target", "5300",
           "--target-date", "2020-01-01", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_cmpint (count_lines (bad.err), ==, 1);
  g_assert_nonnull (strstr (bad.err, "Target date"));
  run_cli (&missing, db, "targets", "set", "no-such-target", "--rule", "every-attendance", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "no-such-target"));
  run_cli (&nothing, db, "targets", "set", "japanese-support-participants", NULL);
  g_assert_cmpint (nothing.status, ==, 2);
  run_cli (&history2, db, "targets", "history", "japanese-support-participants", NULL);
  g_assert_cmpstr (history2.out, ==, history.out);

  run_cli (&add, db, "targets", "add", "consultations", "--title-ja", "相談件数", "--baseline", "752",
           "--baseline-date", "2023-03-31", "--target", "1500", "--target-date", "2031-03-31", NULL);
  g_assert_cmpint (add.status, ==, 0);
  g_assert_true (g_uuid_string_is_valid (g_strstrip (add.out)));
  run_cli (&milestone, db, "targets", "milestone", "consultations", "2027-03-31", "1100", NULL);
  g_assert_cmpint (milestone.status, ==, 0);
}

static void
test_external_and_report (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_auto(Run) add = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) table = { 0 };
  g_auto(Run) report = { 0 };
  g_auto(Run) no_year = { 0 };
  g_auto(Run) del = { 0 };

  run_cli (&add, db, "external", "add", "--target", "japanese-support-participants", "--date", "2024-06-01",
           "--programme", "Partner class", "--count", "35", "--source", "NPO report", NULL);
  g_assert_cmpint (add.status, ==, 0);
  g_strstrip (add.out);
  g_assert_true (g_uuid_string_is_valid (add.out));

  run_cli (&bad, db, "external", "add", "--target", "japanese-support-participants", "--date", "2024-06-01",
           "--programme", "Partner class", "--count", "0", "--source", "NPO report", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "Count"));

  /* Issue 14, row 10: huge, wrapping or not decimal counts are refused. */
  {
    static const char * const counts[] = {
      "9223372036854775807", "9223372036854775808", "99999999999999999999999", "1000001",
      "-5", "0x10", "12abc", "",
    };

    for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
      {
        g_auto(Run) huge = { 0 };

        run_cli (&huge, db, "external", "add", "--target", "japanese-support-participants",
                 "--date", "2024-06-01", "--programme", "Partner class", "--count", counts[i],
                 "--source", "NPO report", NULL);
        g_assert_cmpint (huge.status, ==, 1);
        g_assert_nonnull (strstr (huge.err, "Count"));
      }
  }

  run_cli (&list, db, "external", "list", NULL);
  g_assert_cmpint (count_lines (list.out), ==, 2);
  g_assert_nonnull (strstr (list.out, "\tjapanese-support-participants\t2024-06-01\tPartner class\t\t35\tNPO report\n"));

  sql (db, data_sql);
  run_cli (&table, db, "targets", "--as-of", "2025-03-31", NULL);
  g_assert_nonnull (strstr (table.out, "\njapanese-support-participants\t2512\t37\t2549\t5000\t"));

  run_cli (&report, db, "report", "--fiscal-year", "2024", NULL);
  g_assert_cmpint (report.status, ==, 0);
  g_assert_nonnull (strstr (report.out, "# japanese-support-participants: summary\n"));
  g_assert_nonnull (strstr (report.out, "\tFY2024\t2025-03-31\tper-programme\t36\t2549\t5000\n"));
  g_assert_nonnull (strstr (report.out, "# japanese-support-participants: by-fiscal-year\n"
                                        "fiscal-year\tlabel\tcounted\tcumulative\n"
                                        "2023\tFY2023\t1\t2513\n"
                                        "2024\tFY2024\t36\t2549\n"));
  /* FY2024 only: B's first attendance and the 35 reported. */
  g_assert_nonnull (strstr (report.out, "# japanese-support-participants: by-programme\n"
                                        "programme\tlabel\tcount\n"
                                        "external:Partner class\tPartner class\t35\n"
                                        "class:1\tTuesday class\t1\n"));
  g_assert_nonnull (strstr (report.out, "# japanese-support-participants: by-venue\n"));
  g_assert_nonnull (strstr (report.out, "# japanese-support-participants: by-nationality\n"
                                        "nationality\tlabel\tcount\n"
                                        "external\tExternal entries (no nationality)\t35\n"
                                        "NP\tNepal\t1\n"));
  g_assert_nonnull (strstr (report.out, "# volunteer-activity-participants: by-programme\n"));

  {
    g_auto(Run) check = { 0 };
    g_auto(Run) rebuild = { 0 };

    run_cli (&check, db, "targets", "check", NULL);
    g_assert_cmpint (check.status, ==, 0);
    g_assert_true (g_str_has_prefix (check.out, "target aggregates: 0 missing or different, 0 extra"));
    run_cli (&rebuild, db, "targets", "check", "--rebuild", NULL);
    g_assert_cmpint (rebuild.status, ==, 0);
  }

  run_cli (&no_year, db, "report", NULL);
  g_assert_cmpint (no_year.status, ==, 2);

  run_cli (&del, db, "external", "delete", add.out, NULL);
  g_assert_cmpint (del.status, ==, 0);
}

static void
test_help (void)
{
  static const char * const commands[][3] = {
    { "targets", NULL, NULL },
    { "targets", "set", NULL },
    { "targets", "add", NULL },
    { "targets", "show", NULL },
    { "targets", "history", NULL },
    { "targets", "milestone", NULL },
    { "targets", "check", NULL },
    { "report", NULL, NULL },
    { "external", "add", NULL },
    { "external", "list", NULL },
    { "external", "delete", NULL },
  };
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };

      if (commands[i][1] == NULL)
        run_cli (&run, db, commands[i][0], "--help", NULL);
      else
        run_cli (&run, db, commands[i][0], commands[i][1], "--help", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_str_has_prefix (run.out, "Usage:"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-targets/table", test_table);
  g_test_add_func ("/cli-targets/agrees-with-store", test_agrees_with_store);
  g_test_add_func ("/cli-targets/set-and-history", test_set_and_history);
  g_test_add_func ("/cli-targets/external-and-report", test_external_and_report);
  g_test_add_func ("/cli-targets/help", test_help);
  return g_test_run ();
}
