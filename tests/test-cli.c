/* test-cli.c: tomoni-cli behaviour and exit statuses, run as a real process
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
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
  if (db != NULL)
    {
      g_ptr_array_add (argv, (char *)"--db");
      g_ptr_array_add (argv, (char *)db);
    }
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
test_version_and_usage (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_auto(Run) version = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) help = { 0 };
  g_auto(Run) bad_option = { 0 };

  run_cli (&version, db, "version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "tomoni "));
  g_assert_nonnull (strstr (version.out, "\nschema "));

  run_cli (&none, db, NULL);
  g_assert_cmpint (none.status, ==, 2);

  run_cli (&unknown, db, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  run_cli (&help, db, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "people"));
  g_assert_nonnull (strstr (help.out, "backup"));

  run_cli (&bad_option, db, "people", "list", "--no-such-option", NULL);
  g_assert_cmpint (bad_option.status, ==, 2);

  /* Nothing above needed the database. */
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

static void
test_every_command_has_help (void)
{
  static const char * const commands[][2] = {
    { "init", NULL }, { "version", NULL }, { "backup", NULL }, { "check", NULL },
    { "people", "list" }, { "people", "add" }, { "people", "show" },
    { "people", "delete" }, { "people", "erase" },
  };
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };

      if (commands[i][1] != NULL)
        run_cli (&run, db, commands[i][0], commands[i][1], "--help", NULL);
      else
        run_cli (&run, db, commands[i][0], "--help", NULL);
      if (run.status != 0 || strstr (run.out, "Usage:") == NULL)
        g_error ("%s %s --help: status %d, output %s", commands[i][0],
                 commands[i][1] ? commands[i][1] : "", run.status, run.out);
    }
}

static void
test_people (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_autofree char *backup = tomoni_test_dir_file (dir, "backup.db");
  g_auto(Run) init = { 0 };
  g_auto(Run) add = { 0 };
  g_auto(Run) add2 = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) search = { 0 };
  g_auto(Run) show = { 0 };
  g_auto(Run) copy = { 0 };
  g_auto(Run) check = { 0 };
  g_auto(Run) list_copy = { 0 };
  g_auto(Run) erase = { 0 };
  g_auto(Run) not_uuid = { 0 };
  g_autofree char *uuid = NULL;
  g_auto(GStrv) lines = NULL;

  run_cli (&init, db, "init", NULL);
  g_assert_cmpint (init.status, ==, 0);
  g_assert_true (g_file_test (db, G_FILE_TEST_EXISTS));

  run_cli (&add, db, "people", "add", "--family-name", "山田", "--given-name", "太郎",
           "--reading", "やまだ たろう", "--nationality", "jp", "--birth-date", "1990-04-01", NULL);
  g_assert_cmpint (add.status, ==, 0);
  uuid = g_strstrip (g_strdup (add.out));
  g_assert_true (g_uuid_string_is_valid (uuid));

  run_cli (&add2, db, "people", "add", "--latin-name", "NGUYEN VAN AN", "--nationality", "VN", NULL);
  g_assert_cmpint (add2.status, ==, 0);

  /* Bad input: status 1, one line naming the field, nothing written. */
  run_cli (&bad, db, "people", "add", "--given-name", "花子", "--reading", "Hanako", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_cmpuint (count_lines (bad.err), ==, 1);
  g_assert_nonnull (strstr (bad.err, "Reading"));

  run_cli (&list, db, "people", "list", NULL);
  g_assert_cmpint (list.status, ==, 0);
  lines = g_strsplit (list.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);  /* header, 2 people, "" */
  g_assert_true (g_str_has_prefix (lines[0], "uuid\tfamily-name\tgiven-name\treading\t"));
  g_assert_nonnull (strstr (list.out, "ヤマダ タロウ"));
  g_assert_null (strstr (list.out, "花子"));

  run_cli (&search, db, "people", "list", "--search", "やまだ", NULL);
  g_assert_cmpint (search.status, ==, 0);
  g_assert_cmpuint (count_lines (search.out), ==, 2);

  run_cli (&show, db, "people", "show", uuid, NULL);
  g_assert_cmpint (show.status, ==, 0);
  g_assert_nonnull (strstr (show.out, "birth-date\t1990-04-01\n"));

  run_cli (&copy, db, "backup", backup, NULL);
  g_assert_cmpint (copy.status, ==, 0);
  run_cli (&list_copy, backup, "people", "list", NULL);
  g_assert_cmpuint (count_lines (list_copy.out), ==, 3);

  run_cli (&check, db, "check", NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "integrity: ok"));

  run_cli (&erase, db, "people", "erase", uuid, NULL);
  g_assert_cmpint (erase.status, ==, 0);

  run_cli (&not_uuid, db, "people", "show", "12345", NULL);
  g_assert_cmpint (not_uuid.status, ==, 1);
}

static void
test_refuses_newer (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_set_contents (db, "not a database but text long enough to be read as one", -1, NULL));
  run_cli (&run, db, "people", "list", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_cmpstr (run.out, ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version-and-usage", test_version_and_usage);
  g_test_add_func ("/cli/help", test_every_command_has_help);
  g_test_add_func ("/cli/people", test_people);
  g_test_add_func ("/cli/refuses-bad-file", test_refuses_newer);

  return g_test_run ();
}
