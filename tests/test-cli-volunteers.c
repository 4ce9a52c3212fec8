/* test-cli-volunteers.c: the volunteer commands of tomoni-cli, run as a real
 * process: exit statuses, output formats, nothing written on failure
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tomoni-cli-test.h"
#include "tomoni-test-util.h"

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” does not contain “%s”", text, part);
}

static const char registry[] =
  "family_name,given_name,languages,skills,trainings,availability,registered_on,expires_on,email\n"
  "Nguyen,An,vi:native;ja:business:N2,interpretation,orientation:2025-05-10,sat 09:00-17:00,2025-04-01,2035-03-31,an@example.org\n"
  "Tran,Binh,vi:fluent,interpretation,orientation:2025-05-10,sat 09:00-17:00,2025-04-01,2035-03-31,binh@example.org\n"
  "Santos,Maria,tl:native;en:fluent,event-support,,sat 09:00-13:00,2025-04-01,2035-03-31,maria@example.org\n";

static char *
write_file (TomoniTestDir *dir,
            const char    *name,
            const char    *contents,
            gssize         length)
{
  char *path = tomoni_test_dir_file (dir, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_import (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_autofree char *good = write_file (dir, "good.csv", registry, -1);
  g_autofree char *bad = write_file (dir, "bad.csv",
                                     "family_name,languages,availability\n"
                                     "Nguyen,vi:native,sat 09:00-12:00\n"
                                     "Tran,xx:fluent,sat 25:00-26:00\n", -1);
  g_autofree char *quoting = write_file (dir, "quoting.csv", "family_name,notes\nNguyen,\"open\n", -1);
  g_autofree char *sjis = NULL;
  g_autofree char *cp932 = NULL;
  gsize cp932_len = 0;
  g_auto(TomoniCliRun) run = { 0 };

  /* broken file: every row printed, exit 1, nothing written */
  tomoni_cli_run (&run, db, "volunteers", "import", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.out, "2\tok\t\n");
  assert_contains (run.out, "3\tproblem\tLanguages: “xx” is not an ISO 639-1");
  assert_contains (run.out, "Availability: “25:00” is an impossible time");
  assert_contains (run.err, "2 problems; nothing was imported");
  tomoni_cli_run (&run, db, "volunteers", "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 1);

  tomoni_cli_run (&run, db, "volunteers", "import", quoting, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "Row 2, field 2");

  /* dry run: preview only */
  tomoni_cli_run (&run, db, "volunteers", "import", "--dry-run", good, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 3);
  assert_contains (run.err, "Encoding: UTF-8");
  tomoni_cli_run (&run, db, "volunteers", "list", NULL);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 1);

  tomoni_cli_run (&run, db, "volunteers", "import", good, NULL);
  g_assert_cmpint (run.status, ==, 0);
  tomoni_cli_run (&run, db, "volunteers", "list", NULL);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 4);
  g_assert_true (g_str_has_prefix (run.out, "person-uuid\tname\treading\tstatus\tlanguages\t"));
  assert_contains (run.out, "\tNguyen An\t\tactive\tvi:native;ja:business:N2\tinterpretation\t");

  /* the same people again: duplicates against the database */
  tomoni_cli_run (&run, db, "volunteers", "import", good, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.out, "already in the database");

  /* Shift_JIS as Excel writes it */
  sjis = g_strdup ("姓,名,言語,登録日,有効期限\r\n山田,花子,ja:native,2025-04-01,2035-03-31\r\n");
  cp932 = g_convert (sjis, -1, "CP932", "UTF-8", NULL, &cp932_len, NULL);
  g_free (sjis);
  sjis = write_file (dir, "sjis.csv", cp932, cp932_len);
  tomoni_cli_run (&run, db, "volunteers", "import", sjis, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.err, "Shift_JIS (CP932)");
  tomoni_cli_run (&run, db, "volunteers", "list", "--search", "山田", NULL);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 2);
  assert_contains (run.out, "\t山田 花子\t");
}

/* Issue 14, rows 1, 5, 11 and 12: a NUL byte, a huge file, an overlong name,
 * formulas in names. */
static void
test_import_hostile (void)
{
  static const char with_nul[] =
    "family_name,given_name\nYamada,Taro\nSuzuki,Ji\0ro\nSato,Hanako\nTanaka,Ken\n";
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_autofree char *nul = write_file (dir, "nul.csv", with_nul, sizeof with_nul - 1);
  g_autofree char *sjis_nul = NULL;
  g_autofree char *huge = tomoni_test_dir_file (dir, "huge.csv");
  g_autofree char *long_name = NULL;
  g_autofree char *formula = write_file (dir, "formula.csv",
                                         "family_name,given_name,email\n"
                                         "\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\",Taro,a@example.org\n"
                                         "\"=cmd|' /c calc'!A1\",Jiro,b@example.org\n"
                                         "@SUM(1),Saburo,c@example.org\n", -1);
  g_autoptr(GString) csv = g_string_new ("family_name,given_name\n");
  g_auto(TomoniCliRun) run = { 0 };
  gsize cp932_len = 0;
  g_autofree char *cp932 = g_convert ("姓,名\n山田,太郎\n鈴木,次", -1, "CP932", "UTF-8", NULL, &cp932_len, NULL);
  FILE *f;

  /* Row 1: refused whole, naming line and column, nothing imported */
  tomoni_cli_run (&run, db, "volunteers", "import", nul, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "Line 3, column 10: the file has a NUL (zero) byte");
  tomoni_cli_run (&run, db, "volunteers", "list", NULL);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 1);

  /* … also in CP932, where the file used to be re-read and cut at the NUL */
  g_assert_nonnull (cp932);
  {
    g_autoptr(GString) bytes = g_string_new_len (cp932, cp932_len);
    gsize rest_len = 0;
    g_autofree char *rest = g_convert ("郎\n佐藤,花子\n", -1, "CP932", "UTF-8", NULL, &rest_len, NULL);

    g_string_append_c (bytes, '\0');
    g_string_append_len (bytes, rest, rest_len);
    sjis_nul = write_file (dir, "sjis-nul.csv", bytes->str, bytes->len);
  }
  tomoni_cli_run (&run, db, "volunteers", "import", sjis_nul, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "Line 3, column 5: the file has a NUL (zero) byte");

  /* Row 5: a 1 GiB file (sparse: no disk used) is refused before it is read */
  f = fopen (huge, "w");
  g_assert_nonnull (f);
  fputs ("family_name\nYamada\n", f);
  g_assert_cmpint (ftruncate (fileno (f), G_GINT64_CONSTANT (1) << 30), ==, 0);
  fclose (f);
  tomoni_cli_run (&run, db, "volunteers", "import", huge, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "The file is too large (1.0\xc2\xa0GiB): a registry CSV may be up to 64.0\xc2\xa0MiB");

  /* Row 11: a name longer than the schema's t:Text cannot come in */
  for (guint i = 0; i < 1001; i++)
    g_string_append (csv, "山");
  g_string_append (csv, ",Taro\n");
  long_name = write_file (dir, "long.csv", csv->str, csv->len);
  tomoni_cli_run (&run, db, "volunteers", "import", long_name, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.out, "2\tproblem\tFamily name: at most 1000 characters, this has 1001");
  tomoni_cli_run (&run, db, "volunteers", "list", NULL);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 1);

  /* Row 12: stored as typed; neutralised only in output for spreadsheets */
  tomoni_cli_run (&run, db, "volunteers", "import", formula, NULL);
  g_assert_cmpint (run.status, ==, 0);
  tomoni_cli_run (&run, db, "volunteers", "list", NULL);
  assert_contains (run.out, "\t=HYPERLINK(\"http://evil.example/\",\"x\") Taro\t");
  tomoni_cli_run (&run, db, "--spreadsheet", "volunteers", "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "\t'=HYPERLINK(\"http://evil.example/\",\"x\") Taro\t");
  assert_contains (run.out, "\t'=cmd|' /c calc'!A1 Jiro\t");
  assert_contains (run.out, "\t'@SUM(1) Saburo\t");
  g_assert_null (strstr (run.out, "\t=cmd"));
  g_assert_true (g_str_has_prefix (run.out, "person-uuid\tname\t"));
}

static gboolean
is_uuid_line (const char *line)
{
  return strlen (line) == 36 && g_uuid_string_is_valid (line);
}

static void
test_roster_flow (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_autofree char *good = write_file (dir, "good.csv", registry, -1);
  g_autofree char *activity = NULL;
  g_autofree char *shift = NULL;
  g_autofree char *maria = NULL;
  g_autofree char *token = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(TomoniCliRun) run = { 0 };
  guint n;

  tomoni_cli_run (&run, db, "volunteers", "import", good, NULL);
  g_assert_cmpint (run.status, ==, 0);

  tomoni_cli_run (&run, db, "activity", "add", "--kind", "exchange-event", NULL);
  g_assert_cmpint (run.status, ==, 2);                 /* --title missing */
  tomoni_cli_run (&run, db, "activity", "add", "--title", "交流会", "--kind", "party", NULL);
  g_assert_cmpint (run.status, ==, 2);
  tomoni_cli_run (&run, db, "activity", "add", "--title", "国際交流フェスタ", "--kind", "exchange-event",
           "--requester", "熊本市国際課", "--requester-kind", "city-office", NULL);
  g_assert_cmpint (run.status, ==, 0);
  activity = g_strstrip (g_strdup (run.out));
  g_assert_true (is_uuid_line (activity));

  /* bad input: one line naming the field, exit 1, nothing written */
  tomoni_cli_run (&run, db, "shift", "add", "--activity", activity, "--date", "2030-06-01",
           "--start", "12:00", "--end", "10:00", "--slot", "helper:1", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (tomoni_count_lines (run.err), ==, 1);
  assert_contains (run.err, "End: the shift ends at 10:00, before it starts at 12:00");
  tomoni_cli_run (&run, db, "shift", "add", "--activity", activity, "--date", "2030-06-01",
           "--start", "10:00", "--end", "12:00", "--slot", "helper:many", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "“many” is not a number");
  tomoni_cli_run (&run, db, "shift", "add", "--activity", activity, "--date", "2030-06-01", NULL);
  g_assert_cmpint (run.status, ==, 2);

  tomoni_cli_run (&run, db, "shift", "add", "--activity", activity, "--date", "2030-06-01",
           "--start", "10:00", "--end", "12:00",
           "--slot", "interpreter:2:lang=vi:fluent:training=orientation", "--slot", "reception:1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  shift = g_strstrip (g_strdup (run.out));
  g_assert_true (is_uuid_line (shift));

  /* weekly: 1 June to 29 June 2030 is 5 Saturdays */
  tomoni_cli_run (&run, db, "shift", "add", "--activity", activity, "--date", "2030-06-08",
           "--start", "13:00", "--end", "15:00", "--slot", "helper:1", "--every-week-until", "2030-07-06", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 5);

  tomoni_cli_run (&run, db, "match", "--activity", activity, "--from", "2030-06-01", NULL);
  g_assert_cmpint (run.status, ==, 2);
  tomoni_cli_run (&run, db, "match", "--from", "2030-06-01", NULL);
  g_assert_cmpint (run.status, ==, 2);
  tomoni_cli_run (&run, db, "match", "--activity", activity, "--time-limit", "-1", NULL);
  g_assert_cmpint (run.status, ==, 2);

  /* a time limit that leaves room: proven, so no bound line */
  tomoni_cli_run (&run, db, "match", "--activity", activity, "--time-limit", "60", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "filled 8 of 8 slots\n");
  g_assert_null (strstr (run.out, "no roster fills more than"));

  /* the preview: one line per proposal, then the count */
  tomoni_cli_run (&run, db, "match", "--activity", activity, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpstr (lines[n - 1], ==, "");
  g_assert_cmpstr (lines[n - 2], ==, "filled 8 of 8 slots");
  g_assert_cmpuint (n - 2, ==, 8);
  for (guint i = 0; i + 2 < n; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      char *end = NULL;

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      g_assert_true (g_uuid_string_is_valid (fields[0]));
      g_assert_true (g_str_equal (fields[1], "interpreter") || g_str_equal (fields[1], "reception")
                     || g_str_equal (fields[1], "helper"));
      g_assert_true (g_uuid_string_is_valid (fields[2]));
      g_ascii_strtoll (fields[3], &end, 10);
      g_assert_true (end != fields[3] && *end == '\0');
    }
  tomoni_cli_run (&run, db, "activity", "roster", activity, NULL);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 1);     /* a preview writes nothing */

  /* by date range: only the first Saturday */
  tomoni_cli_run (&run, db, "match", "--from", "2030-06-01", "--to", "2030-06-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "filled 3 of 3 slots\n");

  tomoni_cli_run (&run, db, "match", "--activity", activity, "--apply", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "filled 8 of 8 slots\n");
  token = g_strdup (strstr (run.err, "--undo ") + strlen ("--undo "));
  g_strstrip (token);
  tomoni_cli_run (&run, db, "activity", "roster", activity, NULL);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 9);
  assert_contains (run.out, "\tauto\t");
  tomoni_cli_run (&run, db, "match", "--activity", activity, NULL);
  g_assert_cmpstr (run.out, ==, "filled 8 of 8 slots\n");

  tomoni_cli_run (&run, db, "match", "--undo", token, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "removed 8 assignments");
  tomoni_cli_run (&run, db, "activity", "roster", activity, NULL);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 1);
  tomoni_cli_run (&run, db, "match", "--undo", token, NULL);
  g_assert_cmpint (run.status, ==, 1);

  /* by hand: Maria lacks Vietnamese and the training */
  tomoni_cli_run (&run, db, "volunteers", "list", "--search", "santos", NULL);
  maria = g_strndup (strchr (run.out, '\n') + 1, 36);
  tomoni_cli_run (&run, db, "assign", "--shift", shift, "--role", "interpreter", "--person", maria, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "rule: language");
  tomoni_cli_run (&run, db, "assign", "--shift", shift, "--role", "nobody", "--person", maria, NULL);
  g_assert_cmpint (run.status, ==, 1);
  tomoni_cli_run (&run, db, "assign", "--shift", shift, "--role", "interpreter", "--person", maria,
           "--override", "No one else is free", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_strstrip (run.out);
  g_assert_true (is_uuid_line (run.out));

  /* check-in with corrected hours */
  tomoni_cli_run (&run, db, "checkin", "--shift", shift, NULL);
  g_assert_cmpint (run.status, ==, 2);
  tomoni_cli_run (&run, db, "checkin", "--shift", shift, "--person", maria, "--minutes", "5000", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "Minutes");
  tomoni_cli_run (&run, db, "activity", "roster", activity, NULL);
  g_assert_null (strstr (run.out, "present"));        /* nothing written */
  tomoni_cli_run (&run, db, "checkin", "--shift", shift, "--person", maria, "--minutes", "90", NULL);
  g_assert_cmpint (run.status, ==, 0);
  tomoni_cli_run (&run, db, "activity", "roster", activity, NULL);
  assert_contains (run.out, "\tmanual\tpresent\t90\tNo one else is free\t");
  tomoni_cli_run (&run, db, "volunteers", "list", "--search", "santos", NULL);
  assert_contains (run.out, "\t1\t2030-06-01\n");
  tomoni_cli_run (&run, db, "volunteers", "show", "--history", maria, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "activities 1\nhours 1:30\nlast 2030-06-01\ndate\t"));
  assert_contains (run.out, "2030-06-01\t10:00\t12:00\t国際交流フェスタ\tinterpreter\tassigned\tpresent\t90\t");
  tomoni_cli_run (&run, db, "volunteers", "show", maria, "--from", "2030-06-02", NULL);
  g_assert_cmpuint (tomoni_count_lines (run.out), ==, 1);
}

static void
test_help (void)
{
  static const char * const commands[][2] = {
    { "volunteers", "import" }, { "volunteers", "list" }, { "activity", "add" },
    { "shift", "add" }, { "match", NULL }, { "assign", NULL }, { "checkin", NULL },
  };
  static const char * const documented[] = {
    "availability (活動可能時間)", "last-activity", "requester", "lang=CODE:LEVEL",
    "shift-uuid<TAB>role<TAB>person-uuid<TAB>score", "--override", "--no-show",
  };
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(TomoniCliRun) run = { 0 };

      if (commands[i][1] != NULL)
        tomoni_cli_run (&run, db, commands[i][0], commands[i][1], "--help", NULL);
      else
        tomoni_cli_run (&run, db, commands[i][0], "--help", NULL);
      g_assert_cmpint (run.status, ==, 0);
      assert_contains (run.out, documented[i]);
    }
  {
    g_auto(TomoniCliRun) run = { 0 };
    tomoni_cli_run (&run, db, "volunteers", NULL);
    g_assert_cmpint (run.status, ==, 2);
    tomoni_cli_run (&run, db, "volunteers", "import", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-volunteers/import", test_import);
  g_test_add_func ("/cli-volunteers/import-hostile", test_import_hostile);
  g_test_add_func ("/cli-volunteers/roster-flow", test_roster_flow);
  g_test_add_func ("/cli-volunteers/help", test_help);
  return g_test_run ();
}
