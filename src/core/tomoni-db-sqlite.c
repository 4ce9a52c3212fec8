/* tomoni-db-sqlite.c: the SQLite driver, the only file that includes sqlite3.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-db"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "tomoni-db.h"
#include "tomoni-store.h"

/* 'Tomo' in ASCII: lets us tell our files from other SQLite databases. */
#define TOMONI_APPLICATION_ID 0x546f6d6f

typedef struct {
  TomoniDb  parent;
  sqlite3  *handle;
} SqliteDb;

typedef struct {
  TomoniDbStmt  parent;
  sqlite3_stmt *handle;
} SqliteStmt;

#define DB(db)     (((SqliteDb *) (db))->handle)
#define STMT(stmt) (((SqliteStmt *) (stmt))->handle)

static int
map_status (int rc)
{
  switch (rc)
    {
    case SQLITE_OK:
      return TOMONI_DB_OK;
    case SQLITE_ROW:
      return TOMONI_DB_ROW;
    case SQLITE_DONE:
      return TOMONI_DB_DONE;
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return TOMONI_DB_CONSTRAINT_UNIQUE;
    default:
      break;
    }

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return TOMONI_DB_CONSTRAINT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return TOMONI_DB_BUSY;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return TOMONI_DB_CORRUPT;
    default:
      return TOMONI_DB_ERROR;
    }
}

/* --- SQL functions the schema uses ------------------------------------------ */

static void
sql_uuid (sqlite3_context  *context,
          int               argc,
          sqlite3_value   **argv)
{
  char *uuid = tomoni_uuid_new ();

  sqlite3_result_text (context, uuid, -1, g_free);
}

static void
sql_now (sqlite3_context  *context,
         int               argc,
         sqlite3_value   **argv)
{
  char *now = tomoni_timestamp_now ();

  sqlite3_result_text (context, now, -1, g_free);
}

/* --- opening ------------------------------------------------------------------ */

static const char *
sqlite_version (void)
{
  return sqlite3_libversion ();
}

/* How long a connection waits for another writer before giving up with
 * "database is locked": long enough for any single user action. */
#define TOMONI_DB_BUSY_TIMEOUT_MS 10000

/* Reads the version of an existing file without writing anything to it. */
static gboolean
sqlite_peek (const char    *path,
             TomoniDbInfo  *info,
             GError       **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int app_id = 0;
  int rc;

  info->exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (!info->exists)
    return TRUE;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  /* Another process may be writing: wait for it as every connection does. */
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout (db, TOMONI_DB_BUSY_TIMEOUT_MS);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version),"
                                 " (SELECT application_id FROM pragma_application_id),"
                                 " (SELECT count(*) FROM sqlite_schema)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          info->version = sqlite3_column_int (stmt, 0);
          app_id = sqlite3_column_int (stmt, 1);
          info->has_tables = sqlite3_column_int (stmt, 2) > 0;
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      int code = (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
                 ? TOMONI_STORE_ERROR_CORRUPT : TOMONI_STORE_ERROR_FAILED;

      g_set_error (error, TOMONI_STORE_ERROR, code,
                   /* Translators: %s is a file name, then SQLite's explanation */
                   _("Cannot open “%s”: %s"), path,
                   db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_close (db);

  info->foreign = info->has_tables && app_id != TOMONI_APPLICATION_ID;
  return TRUE;
}

static gboolean
prepare_location (const char  *path,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  /* Personal data: the file is readable by its owner only. */
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED,
                   _("Cannot open “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (fchmod (fd, 0600) != 0)
    g_debug ("Cannot restrict %s: %s", path, g_strerror (errno));
  g_close (fd, NULL);
  return TRUE;
}

static gboolean sqlite_exec (TomoniDb *db, const char *sql, GError **error);

static gboolean
configure_connection (SqliteDb    *self,
                      const char  *path,
                      GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  sqlite3_busy_timeout (self->handle, TOMONI_DB_BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->handle, TRUE);
  sqlite3_create_function (self->handle, "tomoni_uuid", 0, SQLITE_UTF8, NULL, sql_uuid, NULL, NULL);
  sqlite3_create_function (self->handle, "tomoni_now", 0, SQLITE_UTF8, NULL, sql_now, NULL, NULL);

  if (!sqlite_exec (&self->parent,
                    "PRAGMA foreign_keys = ON;"
                    "PRAGMA synchronous = FULL;"
                    "PRAGMA temp_store = MEMORY;"
                    "PRAGMA cache_size = -32768;",
                    error))
    return FALSE;

  if (sqlite3_prepare_v2 (self->handle, "PRAGMA journal_mode = WAL", -1, &stmt, NULL) != SQLITE_OK)
    {
      tomoni_db_set_error (&self->parent, map_status (sqlite3_extended_errcode (self->handle)), error);
      return FALSE;
    }
  if (sqlite3_step (stmt) != SQLITE_ROW ||
      g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    g_debug ("%s does not use WAL (a network file system?)", path);
  sqlite3_finalize (stmt);
  return TRUE;
}

static void sqlite_close (TomoniDb *db);

static TomoniDb *
sqlite_open (const char  *path,
             GError     **error)
{
  SqliteDb *self;
  int rc;

  if (!prepare_location (path, error))
    return NULL;

  self = g_new0 (SqliteDb, 1);
  self->parent.driver = &tomoni_db_sqlite_driver;
  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED,
                   _("Cannot open “%s”: %s"), path, sqlite3_errstr (rc));
      sqlite_close (&self->parent);
      return NULL;
    }

  if (!configure_connection (self, path, error))
    {
      sqlite_close (&self->parent);
      return NULL;
    }
  return &self->parent;
}

static void
sqlite_close (TomoniDb *db)
{
  SqliteDb *self = (SqliteDb *) db;

  if (self->handle != NULL)
    {
      int rc = sqlite3_close (self->handle);

      if (rc != SQLITE_OK)
        g_warning ("Closing %s: %s", db->location != NULL ? db->location : "a database",
                   sqlite3_errstr (rc));
    }
  g_free (self);
}

/* --- statements ------------------------------------------------------------------ */

static TomoniDbStmt *
sqlite_prepare (TomoniDb   *db,
                const char *sql)
{
  sqlite3_stmt *handle = NULL;
  SqliteStmt *stmt;

  if (sqlite3_prepare_v3 (DB (db), sql, -1, SQLITE_PREPARE_PERSISTENT, &handle, NULL) != SQLITE_OK)
    return NULL;

  stmt = g_new0 (SqliteStmt, 1);
  stmt->parent.driver = db->driver;
  stmt->parent.db = db;
  stmt->handle = handle;
  return &stmt->parent;
}

static void
sqlite_finalize (TomoniDbStmt *stmt)
{
  sqlite3_finalize (STMT (stmt));
  g_free (stmt);
}

static void
sqlite_reset (TomoniDbStmt *stmt)
{
  sqlite3_reset (STMT (stmt));
}

static void
sqlite_clear_bindings (TomoniDbStmt *stmt)
{
  sqlite3_clear_bindings (STMT (stmt));
}

static void
sqlite_bind_null (TomoniDbStmt *stmt,
                  int           index)
{
  sqlite3_bind_null (STMT (stmt), index);
}

static void
sqlite_bind_int64 (TomoniDbStmt *stmt,
                   int           index,
                   gint64        value)
{
  sqlite3_bind_int64 (STMT (stmt), index, value);
}

static void
sqlite_bind_double (TomoniDbStmt *stmt,
                    int           index,
                    double        value)
{
  sqlite3_bind_double (STMT (stmt), index, value);
}

static void
sqlite_bind_text (TomoniDbStmt *stmt,
                  int           index,
                  const char   *text,
                  gboolean      copy)
{
  sqlite3_bind_text (STMT (stmt), index, text, -1, copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

static int
sqlite_step (TomoniDbStmt *stmt)
{
  int rc = sqlite3_step (STMT (stmt));

  if (G_LIKELY (rc == SQLITE_ROW))
    return TOMONI_DB_ROW;
  if (rc == SQLITE_DONE)
    return TOMONI_DB_DONE;
  return map_status (rc);
}

static int
sqlite_column_count (TomoniDbStmt *stmt)
{
  return sqlite3_column_count (STMT (stmt));
}

static const char *
sqlite_column_name (TomoniDbStmt *stmt,
                    int           column)
{
  return sqlite3_column_name (STMT (stmt), column);
}

static gboolean
sqlite_column_is_null (TomoniDbStmt *stmt,
                       int           column)
{
  return sqlite3_column_type (STMT (stmt), column) == SQLITE_NULL;
}

static gint64
sqlite_column_int64 (TomoniDbStmt *stmt,
                     int           column)
{
  return sqlite3_column_int64 (STMT (stmt), column);
}

static double
sqlite_column_double (TomoniDbStmt *stmt,
                      int           column)
{
  return sqlite3_column_double (STMT (stmt), column);
}

static const char *
sqlite_column_text (TomoniDbStmt *stmt,
                    int           column)
{
  return (const char *) sqlite3_column_text (STMT (stmt), column);
}

/* --- the connection ------------------------------------------------------------ */

static gboolean
sqlite_exec (TomoniDb    *db,
             const char  *sql,
             GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (DB (db), sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      g_debug ("exec failed: %s", message);
      tomoni_db_set_error (db, map_status (sqlite3_extended_errcode (DB (db))), error);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static int
sqlite_error_code (TomoniDb *db)
{
  return map_status (sqlite3_extended_errcode (DB (db)));
}

static const char *
sqlite_error_message (TomoniDb *db)
{
  return sqlite3_errmsg (DB (db));
}

static gint64
sqlite_last_insert_id (TomoniDb *db)
{
  return sqlite3_last_insert_rowid (DB (db));
}

static gint64
sqlite_changes (TomoniDb *db)
{
  return sqlite3_changes64 (DB (db));
}

static gboolean
sqlite_in_transaction (TomoniDb *db)
{
  return !sqlite3_get_autocommit (DB (db));
}

static gboolean
sqlite_set_schema_version (TomoniDb  *db,
                           int        version,
                           GError   **error)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                                             TOMONI_APPLICATION_ID, version);

  return sqlite_exec (db, pragma, error);
}

/* Copies the database with SQLite's online backup API: safe while the app
 * and other connections keep writing. */
static gboolean
sqlite_backup (TomoniDb    *db,
               const char  *destination,
               GError     **error)
{
  g_autofree char *tmp = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  tmp = g_strconcat (destination, ".part", NULL);
  g_unlink (tmp);
  fd = g_open (tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED,
                   _("Cannot write the backup “%s”: %s"), destination, g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", DB (db), "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          do
            {
              rc = sqlite3_backup_step (backup, 1024);
              if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep (20);
            }
          while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
    }

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED,
                   _("Cannot write the backup “%s”: %s"), destination,
                   dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close (dest);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close (dest);

  if (g_rename (tmp, destination) != 0)
    {
      int saved = errno;
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED,
                   _("Cannot write the backup “%s”: %s"), destination, g_strerror (saved));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}

/* SQLite's integrity and foreign key checks. */
static gboolean
sqlite_check (TomoniDb  *db,
              GString   *report,
              guint     *problems,
              GError   **error)
{
  TomoniDbStmt *stmt;
  guint before;

  stmt = tomoni_db_prepare (db, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (STMT (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (STMT (stmt), 0);
      if (g_strcmp0 (line, "ok") != 0)
        (*problems)++;
      g_string_append_printf (report, "integrity: %s\n", line);
    }
  sqlite3_reset (STMT (stmt));

  stmt = tomoni_db_prepare (db, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  before = *problems;
  while (sqlite3_step (STMT (stmt)) == SQLITE_ROW)
    {
      (*problems)++;
      g_string_append_printf (report, "foreign key: %s row %lld refers to a missing %s\n",
                              sqlite3_column_text (STMT (stmt), 0),
                              (long long) sqlite3_column_int64 (STMT (stmt), 1),
                              sqlite3_column_text (STMT (stmt), 2));
    }
  sqlite3_reset (STMT (stmt));
  if (*problems == before)
    g_string_append (report, "foreign keys: ok\n");
  return TRUE;
}

const TomoniDbDriver tomoni_db_sqlite_driver = {
  .name = "sqlite",
  .begin_sql = "BEGIN IMMEDIATE",

  .version = sqlite_version,
  .peek = sqlite_peek,
  .open = sqlite_open,
  .close = sqlite_close,

  .prepare = sqlite_prepare,
  .finalize = sqlite_finalize,
  .reset = sqlite_reset,
  .clear_bindings = sqlite_clear_bindings,
  .bind_null = sqlite_bind_null,
  .bind_int64 = sqlite_bind_int64,
  .bind_double = sqlite_bind_double,
  .bind_text = sqlite_bind_text,
  .step = sqlite_step,
  .column_count = sqlite_column_count,
  .column_name = sqlite_column_name,
  .column_is_null = sqlite_column_is_null,
  .column_int64 = sqlite_column_int64,
  .column_double = sqlite_column_double,
  .column_text = sqlite_column_text,

  .exec = sqlite_exec,
  .error_code = sqlite_error_code,
  .error_message = sqlite_error_message,
  .last_insert_id = sqlite_last_insert_id,
  .changes = sqlite_changes,
  .in_transaction = sqlite_in_transaction,
  .set_schema_version = sqlite_set_schema_version,
  .backup = sqlite_backup,
  .check = sqlite_check,
};
