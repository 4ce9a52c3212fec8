/* test-db.c: the driver seam (tomoni-db.h) on its SQLite driver
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-store-private.h"
#include "tomoni-test-util.h"

typedef struct {
  TomoniTestDir *dir;
  char          *path;
  TomoniStore   *store;
  TomoniDb      *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = tomoni_test_dir_new ();
  f->path = tomoni_test_dir_file (f->dir, "seam.db");
  f->store = tomoni_store_open (f->path, &error);
  g_assert_no_error (error);
  f->db = tomoni_store_get_db (f->store);
  tomoni_store_exec (f->store,
                     "CREATE TABLE seam_thing (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                     " n INTEGER CHECK (n >= 0), weight REAL, note TEXT)", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->path);
  tomoni_test_dir_free (f->dir);
}

static int
insert (Fixture    *f,
        const char *name,
        gint64      n)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (f->store,
                                             "INSERT INTO seam_thing (name, n) VALUES (?1, ?2)", NULL);
  int rc;

  g_assert_nonnull (stmt);
  tomoni_db_bind_text (stmt, 1, name);
  tomoni_db_bind_int64 (stmt, 2, n);
  rc = tomoni_db_step (stmt);
  tomoni_db_reset (stmt);
  return rc;
}

static void
test_bind_step_columns (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copied = g_strdup ("copied");
  static const char stat[] = "static";
  TomoniDbStmt *stmt;
  gint64 id;

  stmt = tomoni_store_prepare (f->store,
                               "INSERT INTO seam_thing (name, n, weight, note) VALUES (?, ?, ?, ?)", &error);
  g_assert_no_error (error);
  tomoni_db_bind_text (stmt, 1, copied);
  tomoni_db_bind_int (stmt, 2, 7);
  tomoni_db_bind_double (stmt, 3, 2.5);
  tomoni_db_bind_null (stmt, 4);
  /* A copied text survives its source. */
  copied[0] = 'X';
  g_assert_cmpint (tomoni_db_step (stmt), ==, TOMONI_DB_DONE);
  tomoni_db_reset (stmt);
  id = tomoni_db_last_insert_id (f->db);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (tomoni_db_changes (f->db), ==, 1);

  /* The same literal gives the cached statement, bindings cleared. */
  g_assert_true (tomoni_store_prepare (f->store,
                                       "INSERT INTO seam_thing (name, n, weight, note) VALUES (?, ?, ?, ?)",
                                       NULL) == stmt);
  tomoni_db_bind_static_text (stmt, 1, stat);
  g_assert_cmpint (tomoni_db_step (stmt), ==, TOMONI_DB_DONE);
  tomoni_db_reset (stmt);

  /* RETURNING, what new code uses instead of the last insert id. */
  stmt = tomoni_store_prepare (f->store, "INSERT INTO seam_thing (name) VALUES (?1) RETURNING id", &error);
  g_assert_no_error (error);
  tomoni_db_bind_text (stmt, 1, "returned");
  g_assert_cmpint (tomoni_db_step (stmt), ==, TOMONI_DB_ROW);
  g_assert_cmpint (tomoni_db_column_int64 (stmt, 0), ==, id + 2);
  g_assert_cmpint (tomoni_db_step (stmt), ==, TOMONI_DB_DONE);
  tomoni_db_reset (stmt);

  stmt = tomoni_store_prepare (f->store,
                               "SELECT id, name, n AS count, weight, note FROM seam_thing ORDER BY id", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tomoni_db_column_count (stmt), ==, 5);
  g_assert_cmpstr (tomoni_db_column_name (stmt, 2), ==, "count");
  g_assert_cmpint (tomoni_db_column_index (stmt, "note"), ==, 4);
  g_assert_cmpint (tomoni_db_column_index (stmt, "count"), ==, 2);

  g_assert_cmpint (tomoni_db_step (stmt), ==, TOMONI_DB_ROW);
  g_assert_cmpint (tomoni_db_column_int64 (stmt, 0), ==, id);
  g_assert_cmpstr (tomoni_db_column_text (stmt, 1), ==, "copied");
  g_assert_cmpstr (tomoni_db_column_text_by_name (stmt, "name"), ==, "copied");
  g_assert_cmpint (tomoni_db_column_int (stmt, 2), ==, 7);
  g_assert_cmpint (tomoni_db_column_int64_by_name (stmt, "count"), ==, 7);
  g_assert_cmpfloat (tomoni_db_column_double (stmt, 3), ==, 2.5);
  g_assert_true (tomoni_db_column_is_null (stmt, 4));
  g_assert_null (tomoni_db_column_text (stmt, 4));
  g_assert_false (tomoni_db_column_is_null (stmt, 3));

  g_assert_cmpint (tomoni_db_step (stmt), ==, TOMONI_DB_ROW);
  g_assert_cmpstr (tomoni_db_column_text (stmt, 1), ==, "static");
  g_assert_true (tomoni_db_column_is_null (stmt, 2));
  g_assert_cmpint (tomoni_db_step (stmt), ==, TOMONI_DB_ROW);
  g_assert_cmpint (tomoni_db_step (stmt), ==, TOMONI_DB_DONE);
  tomoni_db_reset (stmt);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int rc;

  g_assert_cmpint (insert (f, "one", 1), ==, TOMONI_DB_DONE);

  /* A unique constraint is a conflict … */
  rc = insert (f, "one", 2);
  g_assert_cmpint (rc, ==, TOMONI_DB_CONSTRAINT_UNIQUE);
  g_assert_true (tomoni_db_status_is_error (rc));
  g_assert_true (tomoni_db_status_is_constraint (rc));
  g_assert_cmpint (tomoni_db_get_error_code (f->db), ==, TOMONI_DB_CONSTRAINT_UNIQUE);
  g_assert_nonnull (strstr (tomoni_db_get_error_message (f->db), "UNIQUE"));
  tomoni_store_set_error (f->store, rc, &error);
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "seam_thing.name"));
  g_clear_error (&error);

  /* … another constraint is invalid input. */
  rc = insert (f, "two", -1);
  g_assert_cmpint (rc, ==, TOMONI_DB_CONSTRAINT);
  g_assert_true (tomoni_db_status_is_constraint (rc));
  tomoni_store_set_error (f->store, rc, &error);
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* tomoni_store_step_done() maps the same way. */
  {
    TomoniDbStmt *stmt = tomoni_store_prepare (f->store, "UPDATE seam_thing SET n = ?1 WHERE name = ?2", NULL);

    tomoni_db_bind_int64 (stmt, 1, -5);
    tomoni_db_bind_text (stmt, 2, "one");
    g_assert_false (tomoni_store_step_done (f->store, stmt, &error));
    g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* The other statuses. */
  tomoni_db_set_error (f->db, TOMONI_DB_CORRUPT, &error);
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  tomoni_db_set_error (f->db, TOMONI_DB_SERIALIZATION, &error);
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_SERIALIZATION);
  g_clear_error (&error);
  tomoni_db_set_error (f->db, TOMONI_DB_ERROR, &error);
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* exec reports errors through the same mapping. */
  g_assert_false (tomoni_store_exec (f->store, "INSERT INTO seam_thing (name) VALUES ('one')", &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT);
}

/* Another connection holding the write lock: BUSY, with the message for users. */
static void
test_busy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) other = tomoni_store_open_connection (f->store, &error);

  g_assert_no_error (error);
  g_assert_true (tomoni_store_begin (other, &error));
  g_assert_no_error (error);

  g_assert_false (tomoni_store_begin (f->store, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_false (tomoni_store_in_transaction (f->store));

  tomoni_store_rollback (other);
}

static gint64
count_things (Fixture *f)
{
  return tomoni_store_query_int64 (f->store, "SELECT count(*) FROM seam_thing", -1);
}

static void
test_transactions (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tomoni_db_in_transaction (f->db));
  {
    g_auto(TomoniStoreTransaction) outer = { 0 };

    g_assert_true (tomoni_store_transaction_begin (&outer, f->store, &error));
    g_assert_true (tomoni_db_in_transaction (f->db));
    g_assert_cmpint (insert (f, "kept", 1), ==, TOMONI_DB_DONE);
    {
      g_auto(TomoniStoreTransaction) inner = { 0 };

      g_assert_true (tomoni_store_transaction_begin (&inner, f->store, &error));
      g_assert_cmpint (insert (f, "undone", 1), ==, TOMONI_DB_DONE);
      g_assert_cmpint (count_things (f), ==, 2);
      /* Leaves the scope without committing: rolled back to its savepoint. */
    }
    g_assert_cmpint (count_things (f), ==, 1);
    {
      g_auto(TomoniStoreTransaction) inner = { 0 };

      g_assert_true (tomoni_store_transaction_begin (&inner, f->store, &error));
      g_assert_cmpint (insert (f, "released", 1), ==, TOMONI_DB_DONE);
      g_assert_true (tomoni_store_transaction_commit (&inner, &error));
    }
    g_assert_true (tomoni_store_transaction_commit (&outer, &error));
    g_assert_no_error (error);
  }
  g_assert_false (tomoni_db_in_transaction (f->db));
  g_assert_cmpint (count_things (f), ==, 2);

  {
    g_auto(TomoniStoreTransaction) tx = { 0 };

    g_assert_true (tomoni_store_transaction_begin (&tx, f->store, &error));
    g_assert_cmpint (insert (f, "dropped", 1), ==, TOMONI_DB_DONE);
  }
  g_assert_false (tomoni_db_in_transaction (f->db));
  g_assert_cmpint (count_things (f), ==, 2);
}

enum {
  THING_COL_ID,
  THING_COL_NAME,
  THING_COL_N,
};

static const char * const thing_columns[] = {
  [THING_COL_ID] = "id",
  [THING_COL_NAME] = "name",
  [THING_COL_N] = "n",
};

/* Reads by a column enum check the SELECT's columns when first prepared. */
static void
test_checked_columns (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TomoniDbStmt *stmt;

  g_assert_cmpint (insert (f, "one", 5), ==, TOMONI_DB_DONE);

  stmt = TOMONI_STORE_PREPARE_COLUMNS (f->store, "SELECT id, name, n FROM seam_thing", thing_columns, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tomoni_db_step (stmt), ==, TOMONI_DB_ROW);
  g_assert_cmpstr (tomoni_db_column_text (stmt, THING_COL_NAME), ==, "one");
  g_assert_cmpint (tomoni_db_column_int64 (stmt, THING_COL_N), ==, 5);
  tomoni_db_reset (stmt);
  g_assert_true (tomoni_db_check_columns (stmt, thing_columns, G_N_ELEMENTS (thing_columns), NULL));

  /* A SELECT whose columns moved fails loudly instead of reading the wrong ones. */
  g_test_expect_message ("tomoni-db", G_LOG_LEVEL_CRITICAL, "*Column 1 of*is “n” where the code reads “name”*");
  stmt = TOMONI_STORE_PREPARE_COLUMNS (f->store, "SELECT id, n, name FROM seam_thing", thing_columns, &error);
  g_test_assert_expected_messages ();
  g_assert_null (stmt);
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* So does one with a column too many. */
  stmt = tomoni_store_prepare (f->store, "SELECT id, name, n, weight FROM seam_thing", &error);
  g_assert_false (tomoni_db_check_columns (stmt, thing_columns, G_N_ELEMENTS (thing_columns), &error));
  g_assert_nonnull (strstr (error->message, "weight"));
}

/* `?` and `?N` in one statement cannot be numbered for PostgreSQL. */
static void
test_placeholders (Fixture       *f,
                   gconstpointer  data)
{
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (f->store, "SELECT id FROM seam_thing WHERE name = '?' AND n = ?1", NULL);
  g_assert_nonnull (stmt);

  g_test_expect_message ("tomoni-db", G_LOG_LEVEL_CRITICAL, "*mixes ? with ?N*");
  stmt = tomoni_store_prepare (f->store, "SELECT id FROM seam_thing WHERE name = ? AND n = ?1", NULL);
  g_test_assert_expected_messages ();
  g_assert_nonnull (stmt);
}

static void
test_backend (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = tomoni_test_dir_file (f->dir, "copy.db");

  g_assert_cmpstr (tomoni_store_get_backend_name (f->store), ==, "sqlite");
  g_assert_cmpstr (tomoni_store_get_backend_name (NULL), ==, "sqlite");
  g_assert_true (g_str_has_prefix (tomoni_store_get_backend_version (f->store), "3."));
  g_assert_cmpstr (tomoni_store_get_backend_version (NULL), ==, tomoni_store_get_backend_version (f->store));

  g_assert_cmpint (insert (f, "backed up", 1), ==, TOMONI_DB_DONE);
  g_assert_true (tomoni_store_backup (f->store, copy, &error));
  g_assert_no_error (error);
  g_assert_true (tomoni_store_check (f->store, &report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report, "integrity: ok"));

  {
    g_autoptr(TomoniStore) copied = tomoni_store_open (copy, &error);

    g_assert_no_error (error);
    g_assert_cmpint (tomoni_store_get_schema_version (copied), ==, tomoni_store_get_supported_version ());
    g_assert_cmpint (tomoni_store_query_int64 (copied, "SELECT count(*) FROM seam_thing", -1), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/db/bind-step-columns", test_bind_step_columns);
  ADD ("/db/errors", test_errors);
  ADD ("/db/busy", test_busy);
  ADD ("/db/transactions", test_transactions);
  ADD ("/db/checked-columns", test_checked_columns);
  ADD ("/db/placeholders", test_placeholders);
  ADD ("/db/backend", test_backend);
#undef ADD

  return g_test_run ();
}
