/* test-cli.c: tomoni-cli behaviour and exit statuses, run as a real process
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-cli-test.h"
#include "tomoni-store-people.h"
#include "tomoni-test-util.h"

#include <string.h>
#include <unistd.h>

static void
test_version_and_usage (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_auto(TomoniCliRun) version = { 0 };
  g_auto(TomoniCliRun) none = { 0 };
  g_auto(TomoniCliRun) unknown = { 0 };
  g_auto(TomoniCliRun) help = { 0 };
  g_auto(TomoniCliRun) bad_option = { 0 };

  tomoni_cli_run (&version, db, "version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "tomoni "));
  g_assert_nonnull (strstr (version.out, "\nschema "));

  tomoni_cli_run (&none, db, NULL);
  g_assert_cmpint (none.status, ==, 2);

  tomoni_cli_run (&unknown, db, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  tomoni_cli_run (&help, db, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "people"));
  g_assert_nonnull (strstr (help.out, "backup"));

  tomoni_cli_run (&bad_option, db, "people", "list", "--no-such-option", NULL);
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
      g_auto(TomoniCliRun) run = { 0 };

      if (commands[i][1] != NULL)
        tomoni_cli_run (&run, db, commands[i][0], commands[i][1], "--help", NULL);
      else
        tomoni_cli_run (&run, db, commands[i][0], "--help", NULL);
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
  g_auto(TomoniCliRun) init = { 0 };
  g_auto(TomoniCliRun) add = { 0 };
  g_auto(TomoniCliRun) add2 = { 0 };
  g_auto(TomoniCliRun) bad = { 0 };
  g_auto(TomoniCliRun) list = { 0 };
  g_auto(TomoniCliRun) search = { 0 };
  g_auto(TomoniCliRun) show = { 0 };
  g_auto(TomoniCliRun) copy = { 0 };
  g_auto(TomoniCliRun) check = { 0 };
  g_auto(TomoniCliRun) list_copy = { 0 };
  g_auto(TomoniCliRun) erase = { 0 };
  g_auto(TomoniCliRun) not_uuid = { 0 };
  g_autofree char *uuid = NULL;
  g_auto(GStrv) lines = NULL;

  tomoni_cli_run (&init, db, "init", NULL);
  g_assert_cmpint (init.status, ==, 0);
  g_assert_true (g_file_test (db, G_FILE_TEST_EXISTS));

  tomoni_cli_run (&add, db, "people", "add", "--family-name", "山田", "--given-name", "太郎",
           "--reading", "やまだ たろう", "--nationality", "jp", "--birth-date", "1990-04-01", NULL);
  g_assert_cmpint (add.status, ==, 0);
  uuid = g_strstrip (g_strdup (add.out));
  g_assert_true (g_uuid_string_is_valid (uuid));

  tomoni_cli_run (&add2, db, "people", "add", "--latin-name", "NGUYEN VAN AN", "--nationality", "VN", NULL);
  g_assert_cmpint (add2.status, ==, 0);

  /* Bad input: status 1, one line naming the field, nothing written. */
  tomoni_cli_run (&bad, db, "people", "add", "--given-name", "花子", "--reading", "Hanako", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_cmpuint (tomoni_count_lines (bad.err), ==, 1);
  g_assert_nonnull (strstr (bad.err, "Reading"));

  tomoni_cli_run (&list, db, "people", "list", NULL);
  g_assert_cmpint (list.status, ==, 0);
  lines = g_strsplit (list.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);  /* header, 2 people, "" */
  g_assert_true (g_str_has_prefix (lines[0], "uuid\tfamily-name\tgiven-name\treading\t"));
  g_assert_nonnull (strstr (list.out, "ヤマダ タロウ"));
  g_assert_null (strstr (list.out, "花子"));

  tomoni_cli_run (&search, db, "people", "list", "--search", "やまだ", NULL);
  g_assert_cmpint (search.status, ==, 0);
  g_assert_cmpuint (tomoni_count_lines (search.out), ==, 2);

  tomoni_cli_run (&show, db, "people", "show", uuid, NULL);
  g_assert_cmpint (show.status, ==, 0);
  g_assert_nonnull (strstr (show.out, "birth-date\t1990-04-01\n"));

  tomoni_cli_run (&copy, db, "backup", backup, NULL);
  g_assert_cmpint (copy.status, ==, 0);
  tomoni_cli_run (&list_copy, backup, "people", "list", NULL);
  g_assert_cmpuint (tomoni_count_lines (list_copy.out), ==, 3);

  tomoni_cli_run (&check, db, "check", NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "integrity: ok"));

  tomoni_cli_run (&erase, db, "people", "erase", uuid, NULL);
  g_assert_cmpint (erase.status, ==, 0);

  tomoni_cli_run (&not_uuid, db, "people", "show", "12345", NULL);
  g_assert_cmpint (not_uuid.status, ==, 1);
}

static void
test_refuses_newer (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_auto(TomoniCliRun) run = { 0 };

  g_assert_true (g_file_set_contents (db, "not a database but text long enough to be read as one", -1, NULL));
  tomoni_cli_run (&run, db, "people", "list", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (tomoni_count_lines (run.err), ==, 1);
  g_assert_cmpstr (run.out, ==, "");
}

/* Issue 14, row 9: a delete the app can still undo survives the CLI. */
static void
test_delete_survives_cli (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (db, &error);
  g_autoptr(TomoniPerson) person = tomoni_person_new ();
  g_auto(TomoniCliRun) check = { 0 };
  g_auto(TomoniCliRun) list = { 0 };

  g_assert_no_error (error);
  tomoni_person_set_field (person, TOMONI_PERSON_LATIN_NAME, "NGUYEN VAN AN");
  g_assert_true (tomoni_store_add_person (store, person, &error));
  g_assert_true (tomoni_store_delete_person (store, tomoni_person_get_id (person), &error));

  tomoni_cli_run (&check, db, "check", NULL);
  g_assert_cmpint (check.status, ==, 0);
  tomoni_cli_run (&list, db, "people", "list", NULL);
  g_assert_cmpint (list.status, ==, 0);

  g_assert_true (tomoni_store_undelete_person (store, tomoni_person_get_id (person), &error));
  g_assert_no_error (error);
  g_assert_cmpint (tomoni_store_count_people (store), ==, 1);
}

/* Issue 14, row 13: a backup onto the database itself would replace it. */
static void
test_backup_onto_itself (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *dotted = tomoni_test_dir_file (dir, "./t.db");
  g_autofree char *symbolic = tomoni_test_dir_file (dir, "link.db");
  g_autofree char *hard = tomoni_test_dir_file (dir, "hard.db");
  const char *targets[] = { db, wal, dotted, symbolic, hard };
  g_auto(TomoniCliRun) init = { 0 };
  g_auto(TomoniCliRun) add = { 0 };
  g_auto(TomoniCliRun) list = { 0 };

  tomoni_cli_run (&init, db, "init", NULL);
  g_assert_cmpint (init.status, ==, 0);
  tomoni_cli_run (&add, db, "people", "add", "--latin-name", "NGUYEN VAN AN", NULL);
  g_assert_cmpint (add.status, ==, 0);
  g_assert_cmpint (symlink (db, symbolic), ==, 0);
  g_assert_cmpint (link (db, hard), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_auto(TomoniCliRun) backup = { 0 };

      tomoni_cli_run (&backup, db, "backup", targets[i], NULL);
      g_assert_cmpint (backup.status, ==, 1);
      g_assert_nonnull (strstr (backup.err, "database itself"));
    }

  tomoni_cli_run (&list, db, "people", "list", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpuint (tomoni_count_lines (list.out), ==, 2);
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
  g_test_add_func ("/cli/delete-survives-cli", test_delete_survives_cli);
  g_test_add_func ("/cli/backup-onto-itself", test_backup_onto_itself);

  return g_test_run ();
}
