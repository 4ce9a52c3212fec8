/* test-store.c: opening, permissions, migrations, refusing newer files, backup, check
 *
 * The test reads and crafts database files with SQLite directly: it checks
 * the file format itself, which the application only reaches through the store.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <sys/stat.h>

#include "tomoni-progress.h"
#include "tomoni-store.h"
#include "tomoni-store-people.h"
#include "tomoni-test-util.h"

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
}

static void
test_open_new (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *folder = tomoni_test_dir_file (dir, "data/tomoni");
  g_autofree char *path = g_build_filename (folder, "tomoni.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);
  struct stat st;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (tomoni_store_get_schema_version (store), ==, tomoni_store_get_supported_version ());
  g_assert_null (tomoni_store_get_migration_backup (store));
  g_assert_true (tomoni_store_is_empty (store));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_clear_object (&store);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, tomoni_store_get_supported_version ());
  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, 0x546f6d6f);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM target"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM target WHERE key = 'japanese-support-participants'"
                                    " AND baseline_value = 2512 AND target_value = 5000"
                                    " AND baseline_date = '2023-03-31' AND target_date = '2031-03-31'"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM target WHERE key = 'volunteer-activity-participants'"
                                    " AND baseline_value = 3459 AND target_value = 7000"), ==, 1);

  /* Opening again changes nothing and makes no backup. */
  store = tomoni_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_null (tomoni_store_get_migration_backup (store));
}

static void
test_wal_and_foreign_keys (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "t.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_migrate_with_backup (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "old.db");
  g_autoptr(GBytes) v1 = g_resources_lookup_data ("/io/github/tomoni/Tomoni/schema/001-initial.sql", 0, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = NULL;
  const char *backup;

  g_assert_nonnull (v1);
  sql = g_strndup (g_bytes_get_data (v1, NULL), g_bytes_get_size (v1));
  exec_sql (path, sql);
  exec_sql (path, "PRAGMA application_id = 1416588655; PRAGMA user_version = 1;"
                  "INSERT INTO person (uuid, given_name, pseudonym, created_at, updated_at)"
                  " VALUES ('0b0e7a3c-1111-4a2b-8c3d-000000000001', 'An', 'P-1', 'x', 'x')");

  store = tomoni_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tomoni_store_get_schema_version (store), ==, tomoni_store_get_supported_version ());

  backup = tomoni_store_get_migration_backup (store);
  g_assert_nonnull (backup);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM target"), ==, 0);
  g_clear_object (&store);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM target"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM person"), ==, 1);
}

static void
test_refuse_newer (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "new.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = NULL;

  exec_sql (path, "CREATE TABLE person (id INTEGER PRIMARY KEY); PRAGMA application_id = 1416588655;"
                  " PRAGMA user_version = 99");
  before = file_checksum (path);

  store = tomoni_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer"));

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_foreign (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *other = tomoni_test_dir_file (dir, "other.db");
  g_autofree char *junk = tomoni_test_dir_file (dir, "junk.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = NULL;

  exec_sql (other, "CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
  before = file_checksum (other);
  store = tomoni_store_open (other, &error);
  g_assert_null (store);
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CORRUPT);
  after = file_checksum (other);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (junk, "this is not a database, just some text that is long enough",
                                      -1, NULL));
  store = tomoni_store_open (junk, &error);
  g_assert_null (store);
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CORRUPT);
}

static void
test_backup_and_check (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "t.db");
  g_autofree char *copy = tomoni_test_dir_file (dir, "copy.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);
  g_autoptr(TomoniStore) restored = NULL;
  g_autoptr(TomoniPerson) person = tomoni_person_new ();
  g_autofree char *report = NULL;
  struct stat st;

  g_assert_no_error (error);
  tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, "An");
  g_assert_true (tomoni_store_add_person (store, person, &error));

  g_assert_true (tomoni_store_backup (store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  restored = tomoni_store_open (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tomoni_store_count_people (restored), ==, 1);

  g_assert_true (tomoni_store_check (store, &report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report, "integrity: ok"));

  /* A backup into a folder that does not exist fails cleanly. */
  g_assert_false (tomoni_store_backup (store, "/nonexistent/folder/x.db", &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED);
}

static void
on_changed (TomoniStore *store,
            const char  *area,
            gpointer     user_data)
{
  GPtrArray *seen = user_data;
  g_ptr_array_add (seen, g_strdup (area));
}

static void
test_meta_and_signal (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "t.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  g_assert_null (tomoni_store_get_meta (store, "site"));
  g_assert_true (tomoni_store_set_meta (store, "site", "本館", &error));
  g_assert_cmpstr (tomoni_store_get_meta (store, "site"), ==, "本館");

  g_signal_connect (store, "changed::people", G_CALLBACK (on_changed), seen);
  tomoni_store_notify_changed (store, "classes");
  tomoni_store_notify_changed (store, "people");
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "people");
}

typedef struct {
  GThread *main_thread;
  guint    calls;
  double   last;
} ProgressSeen;

static void
on_progress (double      fraction,
             const char *what,
             gpointer    user_data)
{
  ProgressSeen *seen = user_data;

  g_assert_true (g_thread_self () == seen->main_thread);
  g_assert_cmpfloat (fraction, >, seen->last);
  g_assert_cmpstr (what, ==, "working");
  seen->last = fraction;
  seen->calls++;
}

static gpointer
report_progress (gpointer forward)
{
  for (int i = 1; i <= 3; i++)
    tomoni_progress_forward (i / 3.0, "working", forward);
  return NULL;
}

/* Reports from a worker thread arrive on the main context, in order. */
static void
test_progress_forward (void)
{
  ProgressSeen seen = { g_thread_self (), 0, 0.0 };
  g_autoptr(TomoniProgressForward) forward = tomoni_progress_forward_new (on_progress, &seen);
  GThread *thread = g_thread_new ("progress", report_progress, forward);

  g_thread_join (thread);
  g_assert_cmpuint (seen.calls, ==, 0);
  while (seen.calls < 3)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (seen.last, ==, 1.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/open-new", test_open_new);
  g_test_add_func ("/store/progress-forward", test_progress_forward);
  g_test_add_func ("/store/wal", test_wal_and_foreign_keys);
  g_test_add_func ("/store/migrate-with-backup", test_migrate_with_backup);
  g_test_add_func ("/store/refuse-newer", test_refuse_newer);
  g_test_add_func ("/store/refuse-foreign", test_refuse_foreign);
  g_test_add_func ("/store/backup-and-check", test_backup_and_check);
  g_test_add_func ("/store/meta-and-signal", test_meta_and_signal);

  return g_test_run ();
}
