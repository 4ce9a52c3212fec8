/* test-cli-classes.c: the classes commands of tomoni-cli, run as a real process
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sys/wait.h>

#include "tomoni-test-util.h"

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs tomoni-cli --db DB ARGV…; NULL ends the arguments. */
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

  run_clear (run);
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

static void
assert_ok (Run *run)
{
  if (run->status != 0)
    g_error ("exit %d: %s", run->status, run->err);
}

/* The output's lines, without the final newline. */
static GStrv
lines_of (const char *out)
{
  g_autofree char *text = g_strdup (out);

  g_strchomp (text);
  return g_strsplit (text, "\n", -1);
}

static char *
one_line (const char *out)
{
  return g_strchomp (g_strdup (out));
}

static void
test_help (void)
{
  static const char * const commands[][2] = {
    { "holidays", NULL }, { "venue", "list" }, { "venue", "add" }, { "venue", "room" },
    { "closure", "list" }, { "closure", "add" }, { "class", "list" }, { "class", "add" },
    { "class", "sessions" }, { "enrol", NULL }, { "withdraw", NULL }, { "attend", NULL },
  };
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_auto(Run) run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (commands[i][1] != NULL)
        run_cli (&run, db, commands[i][0], commands[i][1], "--help", NULL);
      else
        run_cli (&run, db, commands[i][0], "--help", NULL);
      if (run.status != 0 || strstr (run.out, "Usage:") == NULL)
        g_error ("%s %s --help: status %d, output %s", commands[i][0],
                 commands[i][1] ? commands[i][1] : "", run.status, run.out);
    }
  run_cli (&run, db, "--help", NULL);
  g_assert_nonnull (strstr (run.out, "holidays"));
  g_assert_nonnull (strstr (run.out, "attend"));
}

typedef struct {
  const char *args[3];
  int         status;
  const char *line;   /* a line the output holds, or NULL */
  int         n_lines;
} HolidayCase;

static const HolidayCase holiday_cases[] = {
  { { "2026" }, 0, "2026-09-22\t国民の休日\tCitizens' Holiday", 18 },
  { { "2025" }, 0, "2025-02-24\t振替休日\tSubstitute Holiday", 19 },
  { { "2031", "2031" }, 0, "2031-02-24\t振替休日\tSubstitute Holiday", -1 },
  { { "2019" }, 0, "2019-05-01\t天皇の即位の日\tThe Day of the Emperor's Enthronement", -1 },
  { { "2019" }, 0, "2019-05-02\t国民の休日\tCitizens' Holiday", -1 },
  { { "2020", "2021" }, 0, "2021-07-23\tスポーツの日\tSports Day", -1 },
  { { "1973", "2050" }, 0, "2050-01-01\t元日\tNew Year's Day", -1 },
  { { "2026", "2025" }, 1, NULL, 0 },
  { { "1972" }, 1, NULL, 0 },
  { { "2151" }, 1, NULL, 0 },
  { { "twenty" }, 2, NULL, 0 },
  { { NULL }, 2, NULL, 0 },
  { { "2026", "2027", "2028" }, 2, NULL, 0 },
};

static void
test_holidays (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");

  for (guint i = 0; i < G_N_ELEMENTS (holiday_cases); i++)
    {
      const HolidayCase *c = &holiday_cases[i];
      g_auto(Run) run = { 0 };
      g_auto(GStrv) lines = NULL;

      run_cli (&run, db, "holidays", c->args[0], c->args[1], c->args[2], NULL);
      g_assert_cmpint (run.status, ==, c->status);
      if (c->status != 0)
        {
          g_assert_cmpstr (run.out, ==, "");
          g_assert_true (g_str_has_prefix (run.err, "tomoni-cli: "));
          continue;
        }
      lines = lines_of (run.out);
      g_assert_cmpstr (lines[0], ==, "date\tname-ja\tname-en");
      if (c->n_lines >= 0)
        g_assert_cmpuint (g_strv_length (lines), ==, c->n_lines + 1);
      if (!g_strv_contains ((const char * const *)lines, c->line))
        g_error ("holidays %s: no line “%s”", c->args[0], c->line);
      for (guint j = 1; lines[j] != NULL; j++)
        {
          g_auto(GStrv) fields = g_strsplit (lines[j], "\t", -1);
          g_assert_cmpuint (g_strv_length (fields), ==, 3);
          g_assert_cmpuint (strlen (fields[0]), ==, 10);
        }
    }
  /* no database is needed, none is made */
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

static void
test_classes (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  g_autofree char *teacher = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *klass = NULL;
  g_autofree char *session = NULL;
  g_autofree char *before = NULL;

  run_cli (&run, db, "venue", "add", "国際交流会館", "--name-en", "International Center",
           "--room", "第1会議室", "--room", "第2会議室", NULL);
  assert_ok (&run);
  g_assert_true (g_uuid_string_is_valid (g_strchomp (run.out)));
  run_cli (&run, db, "venue", "list", NULL);
  lines = lines_of (run.out);
  g_assert_cmpstr (lines[0], ==, "uuid\tname\tname-en\tward\taddress\trooms");
  g_assert_nonnull (strstr (lines[1], "\t国際交流会館\tInternational Center\t\t\t第1会議室, 第2会議室"));
  g_clear_pointer (&lines, g_strfreev);

  run_cli (&run, db, "closure", "add", "施設点検", "--venue", "International Center", "--from", "2026/12/8", NULL);
  assert_ok (&run);
  run_cli (&run, db, "closure", "list", NULL);
  lines = lines_of (run.out);
  g_assert_cmpstr (lines[0], ==, "uuid\tvenue\tfrom\tto\treason");
  g_assert_nonnull (strstr (lines[1], "\t国際交流会館\t2026-12-08\t2026-12-08\t施設点検"));
  g_clear_pointer (&lines, g_strfreev);
  run_cli (&run, db, "closure", "add", "点検", "--from", "2026-12-10", "--to", "2026-12-09", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "End date:"));

  run_cli (&run, db, "people", "add", "--family-name", "田中", "--given-name", "花子", NULL);
  teacher = one_line (run.out);
  run_cli (&run, db, "people", "add", "--family-name", "安藤", "--given-name", "一", "--reading", "あんどう", NULL);
  a = one_line (run.out);
  run_cli (&run, db, "people", "add", "--family-name", "馬場", "--given-name", "二", "--reading", "ばば", NULL);
  b = one_line (run.out);
  run_cli (&run, db, "people", "add", "--latin-name", "Maria LOPEZ", NULL);
  c = one_line (run.out);

  run_cli (&run, db, "class", "add", "火曜日本語教室", "--title-en", "Tuesday Japanese", "--level", "A1",
           "--venue", "国際交流会館", "--room", "第1会議室", "--capacity", "1", "--teacher", teacher,
           "--from", "2026-12-01", "--to", "2027-01-31", "--weekly", "火 18:00〜20:00", NULL);
  assert_ok (&run);
  klass = one_line (run.out);
  g_assert_true (g_uuid_string_is_valid (klass));

  run_cli (&run, db, "class", "list", NULL);
  lines = lines_of (run.out);
  g_assert_cmpstr (lines[0], ==, "uuid\ttitle-ja\ttitle-en\tlevel\ttarget-group\tformat\tvenue\troom\tcapacity\tenrolled\twaiting");
  fields = g_strsplit (lines[1], "\t", -1);
  g_assert_cmpstr (fields[0], ==, klass);
  g_assert_cmpstr (fields[1], ==, "火曜日本語教室");
  g_assert_cmpstr (fields[7], ==, "第1会議室");
  g_assert_cmpstr (fields[8], ==, "1");
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&fields, g_strfreev);

  run_cli (&run, db, "class", "sessions", "Tuesday Japanese", NULL);
  assert_ok (&run);
  lines = lines_of (run.out);
  g_assert_cmpstr (lines[0], ==, "date\tstart\tend\tstatus\treason\tuuid");
  g_assert_cmpuint (g_strv_length (lines), ==, 10);
  g_assert_true (g_str_has_prefix (lines[1], "2026-12-01\t18:00\t20:00\tscheduled\t\t"));
  g_assert_true (g_str_has_prefix (lines[2], "2026-12-08\t18:00\t20:00\tskipped\t施設点検\t"));
  g_assert_true (g_str_has_prefix (lines[5], "2026-12-29\t18:00\t20:00\tskipped\t年末年始休館\t"));
  fields = g_strsplit (lines[1], "\t", -1);
  session = g_strdup (fields[5]);
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&fields, g_strfreev);

  /* A room conflict: refused, naming the other class; nothing written. */
  run_cli (&run, db, "class", "list", NULL);
  before = g_steal_pointer (&run.out);
  run_cli (&run, db, "class", "add", "重なる教室", "--venue", "国際交流会館", "--room", "第1会議室",
           "--from", "2026-12-01", "--to", "2026-12-31", "--weekly", "tue 19:00-21:00", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "火曜日本語教室"));
  g_assert_nonnull (strstr (run.err, "18:00–20:00"));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);  /* one line */
  run_cli (&run, db, "class", "list", NULL);
  g_assert_cmpstr (run.out, ==, before);
  /* …and the same teacher at that time, even with a room override */
  run_cli (&run, db, "class", "add", "別室の教室", "--venue", "国際交流会館", "--room", "第2会議室",
           "--teacher", teacher, "--room-override", "x",
           "--from", "2026-12-01", "--to", "2026-12-31", "--weekly", "tue 19:00-21:00", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "tomoni-cli: Teacher:"));
  /* bad input: no possible session, end before start, unknown level */
  run_cli (&run, db, "class", "add", "年末教室", "--from", "2026-12-29", "--to", "2027-01-03", "--weekly", "tue 10:00-11:00", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "tomoni-cli: Dates:"));
  run_cli (&run, db, "class", "add", "逆教室", "--from", "2027-01-03", "--to", "2026-12-29", "--weekly", "tue 10:00-11:00", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "tomoni-cli: End date:"));
  run_cli (&run, db, "class", "add", "逆時間", "--from", "2026-12-01", "--to", "2026-12-31", "--weekly", "tue 11:00-10:00", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "tomoni-cli: End time:"));
  run_cli (&run, db, "class", "add", "教室", "--level", "N5", NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_cli (&run, db, "class", "add", "教室", "--from", "2026-12-01", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, db, "class", "list", NULL);
  g_assert_cmpstr (run.out, ==, before);
  run_cli (&run, db, "class", "sessions", "ない教室", NULL);
  g_assert_cmpint (run.status, ==, 1);

  /* Enrolment past capacity, then promotion. */
  run_cli (&run, db, "enrol", klass, a, NULL);
  assert_ok (&run);
  g_assert_cmpstr (run.out, ==, "status\tposition\nenrolled\t\n");
  run_cli (&run, db, "enrol", "火曜日本語教室", b, NULL);
  g_assert_cmpstr (run.out, ==, "status\tposition\nwaiting\t1\n");
  run_cli (&run, db, "enrol", "火曜日本語教室", b, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "tomoni-cli: Learner:"));

  run_cli (&run, db, "attend", "火曜日本語教室", "2026-12-01", a, "present", NULL);
  assert_ok (&run);
  /* not enrolled: refused unless a trial or walk-in */
  run_cli (&run, db, "attend", "火曜日本語教室", "2026-12-01", c, "present", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "tomoni-cli: Person:"));
  run_cli (&run, db, "attend", session, c, "present", "--walk-in", NULL);
  assert_ok (&run);
  run_cli (&run, db, "attend", "火曜日本語教室", "2026-12-29", a, "present", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "年末年始休館"));
  run_cli (&run, db, "attend", "火曜日本語教室", "2026-12-02", a, "present", NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_cli (&run, db, "attend", "火曜日本語教室", "2026-12-01", a, "sleeping", NULL);
  g_assert_cmpint (run.status, ==, 2);

  run_cli (&run, db, "withdraw", "火曜日本語教室", a, NULL);
  assert_ok (&run);
  lines = lines_of (run.out);
  g_assert_cmpstr (lines[0], ==, "promoted-uuid\tpromoted-name");
  g_assert_true (g_str_has_prefix (lines[1], b));
  g_assert_true (g_str_has_suffix (lines[1], "\t馬場 二"));
  g_clear_pointer (&lines, g_strfreev);
  run_cli (&run, db, "withdraw", "火曜日本語教室", b, NULL);
  assert_ok (&run);
  g_assert_cmpstr (run.out, ==, "");
  run_cli (&run, db, "withdraw", "火曜日本語教室", b, NULL);
  g_assert_cmpint (run.status, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-classes/help", test_help);
  g_test_add_func ("/cli-classes/holidays", test_holidays);
  g_test_add_func ("/cli-classes/classes", test_classes);
  return g_test_run ();
}
