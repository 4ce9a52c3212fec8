/* tomoni-store.c: opening, migrating, backing up and checking the database
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "tomoni-store-private.h"

/* 'Tomo' in ASCII: lets us tell our files from other SQLite databases. */
#define TOMONI_APPLICATION_ID 0x546f6d6f

/* The migrations, in order (schema/migrations.def). */
static const char * const migrations[] = {
#define TOMONI_MIGRATION(file) file,
#include "schema/migrations.def"
#undef TOMONI_MIGRATION
};

struct _TomoniStore
{
  GObject       parent_instance;

  sqlite3      *db;
  char         *path;
  char         *migration_backup;
  GHashTable   *statements;      /* const char *sql → sqlite3_stmt * */
  GHashTable   *meta;            /* cache of the meta table */
  GMainContext *owner_context;
  GThread      *owner_thread;
  guint         depth;           /* transaction nesting */
  int           schema_version;
};

G_DEFINE_FINAL_TYPE (TomoniStore, tomoni_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (tomoni-store-error-quark, tomoni_store_error)

void tomoni_store_purge_deleted_people (TomoniStore *self);

static void
tomoni_store_finalize (GObject *object)
{
  TomoniStore *self = (TomoniStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->meta, g_hash_table_unref);
  if (self->db != NULL)
    {
      int rc = sqlite3_close (self->db);

      if (rc != SQLITE_OK)
        g_warning ("Closing %s: %s", self->path, sqlite3_errstr (rc));
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->migration_backup, g_free);
  g_clear_pointer (&self->owner_context, g_main_context_unref);

  G_OBJECT_CLASS (tomoni_store_parent_class)->finalize (object);
}

static void
tomoni_store_class_init (TomoniStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tomoni_store_finalize;

  /**
   * TomoniStore::changed:
   * @area: what changed: "people", "classes", "attendance", "volunteers",
   *   "activities", "targets", or "all"
   *
   * Emitted on the thread that opened the store after a write commits, so that
   * views follow changes made elsewhere in the app.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
stmt_finalize (gpointer data)
{
  sqlite3_finalize (data);
}

static void
tomoni_store_init (TomoniStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, stmt_finalize);
  self->meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->owner_context = g_main_context_ref_thread_default ();
  self->owner_thread = g_thread_self ();
}

/* --- helpers shared by the store's files ------------------------------- */

sqlite3 *
tomoni_store_get_db (TomoniStore *self)
{
  return self->db;
}

void
tomoni_store_set_error (TomoniStore  *self,
                        int           rc,
                        GError      **error)
{
  int code;
  const char *detail = self != NULL && self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      code = (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
             ? TOMONI_STORE_ERROR_CONFLICT : TOMONI_STORE_ERROR_INVALID;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = TOMONI_STORE_ERROR_BUSY;
      detail = _("another program is writing to the database; try again in a moment");
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = TOMONI_STORE_ERROR_CORRUPT;
      break;
    default:
      code = TOMONI_STORE_ERROR_FAILED;
      break;
    }

  /* Translators: %s is SQLite's own explanation, in English */
  g_set_error (error, TOMONI_STORE_ERROR, code, _("Database error: %s"), detail);
}

sqlite3_stmt *
tomoni_store_prepare (TomoniStore  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;

  g_assert (TOMONI_IS_STORE (self));
  g_assert (g_thread_self () == self->owner_thread);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_critical ("Cannot prepare %s: %s", sql, sqlite3_errmsg (self->db));
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer)sql, stmt);
  return stmt;
}

gboolean
tomoni_store_exec (TomoniStore  *self,
                   const char   *sql,
                   GError      **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      g_debug ("exec failed: %s", message);
      tomoni_store_set_error (self, rc, error);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

gboolean
tomoni_store_step_done (TomoniStore   *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      tomoni_store_set_error (self, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gint64
tomoni_store_query_int64 (TomoniStore *self,
                          const char  *sql,
                          gint64       fallback)
{
  sqlite3_stmt *stmt = tomoni_store_prepare (self, sql, NULL);
  gint64 value = fallback;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return value;
}

void
tomoni_bind_text (sqlite3_stmt *stmt,
                  int           index,
                  const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

void
tomoni_bind_text_or_null (sqlite3_stmt *stmt,
                          int           index,
                          const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

char *
tomoni_column_dup_text (sqlite3_stmt *stmt,
                        int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *)text) : NULL;
}

gboolean
tomoni_store_begin (TomoniStore  *self,
                    GError      **error)
{
  g_autofree char *sql = NULL;

  if (self->depth == 0)
    {
      if (!tomoni_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
    }
  else
    {
      sql = g_strdup_printf ("SAVEPOINT tomoni_%u", self->depth);
      if (!tomoni_store_exec (self, sql, error))
        return FALSE;
    }
  self->depth++;
  return TRUE;
}

gboolean
tomoni_store_commit (TomoniStore  *self,
                     GError      **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    {
      if (!tomoni_store_exec (self, "COMMIT", error))
        return FALSE;
    }
  else
    {
      sql = g_strdup_printf ("RELEASE tomoni_%u", self->depth - 1);
      if (!tomoni_store_exec (self, sql, error))
        return FALSE;
    }
  self->depth--;
  return TRUE;
}

void
tomoni_store_rollback (TomoniStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (self->depth > 0);

  self->depth--;
  if (self->depth == 0)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO tomoni_%u; RELEASE tomoni_%u", self->depth, self->depth);

  /* A failed statement may already have ended the transaction. */
  if (self->depth > 0 || !sqlite3_get_autocommit (self->db))
    tomoni_store_exec (self, sql, NULL);
  if (self->depth == 0)
    g_hash_table_remove_all (self->meta);
}

gboolean
tomoni_store_in_transaction (TomoniStore *self)
{
  return self->depth > 0;
}

gboolean
tomoni_store_transaction_begin (TomoniStoreTransaction  *tx,
                                TomoniStore             *store,
                                GError                 **error)
{
  tx->store = store;
  tx->open = tomoni_store_begin (store, error);
  return tx->open;
}

gboolean
tomoni_store_transaction_commit (TomoniStoreTransaction  *tx,
                                 GError                 **error)
{
  g_return_val_if_fail (tx->open, FALSE);

  if (!tomoni_store_commit (tx->store, error))
    return FALSE;
  tx->open = FALSE;
  return TRUE;
}

void
tomoni_store_transaction_clear (TomoniStoreTransaction *tx)
{
  if (tx->open)
    tomoni_store_rollback (tx->store);
  tx->open = FALSE;
}

/* --- identifiers and time ------------------------------------------------ */

char *
tomoni_uuid_new (void)
{
  return g_uuid_string_random ();
}

char *
tomoni_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static void
sql_uuid (sqlite3_context  *context,
          int               argc,
          sqlite3_value   **argv)
{
  char *uuid = g_uuid_string_random ();

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

/* --- opening ------------------------------------------------------------ */

char *
tomoni_store_default_path (void)
{
  const char *env = g_getenv ("TOMONI_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "tomoni", "tomoni.db", NULL);
}

/* Reads the version of an existing file without writing anything to it. */
static gboolean
peek_file (const char  *path,
           int         *out_version,
           gboolean    *out_has_tables,
           GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *uri = NULL;
  int app_id = 0;
  int rc;

  *out_version = 0;
  *out_has_tables = FALSE;

  uri = g_filename_to_uri (path, NULL, NULL);
  if (uri == NULL)
    uri = g_strdup (path);

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version),"
                                 " (SELECT application_id FROM pragma_application_id),"
                                 " (SELECT count(*) FROM sqlite_schema)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out_version = sqlite3_column_int (stmt, 0);
          app_id = sqlite3_column_int (stmt, 1);
          *out_has_tables = sqlite3_column_int (stmt, 2) > 0;
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

  if (*out_has_tables && app_id != TOMONI_APPLICATION_ID)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CORRUPT,
                   _("“%s” is not a Tomoni database. It was left untouched."), path);
      return FALSE;
    }

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

static gboolean
configure_connection (TomoniStore  *self,
                      GError      **error)
{
  sqlite3_stmt *stmt;

  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_create_function (self->db, "tomoni_uuid", 0, SQLITE_UTF8, NULL, sql_uuid, NULL, NULL);
  sqlite3_create_function (self->db, "tomoni_now", 0, SQLITE_UTF8, NULL, sql_now, NULL, NULL);

  if (!tomoni_store_exec (self,
                          "PRAGMA foreign_keys = ON;"
                          "PRAGMA synchronous = FULL;"
                          "PRAGMA temp_store = MEMORY;"
                          "PRAGMA cache_size = -32768;",
                          error))
    return FALSE;

  stmt = tomoni_store_prepare (self, "PRAGMA journal_mode = WAL", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW ||
      g_ascii_strcasecmp ((const char *)sqlite3_column_text (stmt, 0), "wal") != 0)
    g_debug ("%s does not use WAL (a network file system?)", self->path);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
backup_before_migration (TomoniStore  *self,
                         int           from_version,
                         GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *dest = g_strdup_printf ("%s.v%d-%s.bak", self->path, from_version, stamp);

  if (!tomoni_store_backup (self, dest, error))
    return FALSE;
  g_free (self->migration_backup);
  self->migration_backup = g_steal_pointer (&dest);
  g_message ("Backed up %s to %s before updating it", self->path, self->migration_backup);
  return TRUE;
}

static gboolean
migrate (TomoniStore  *self,
         int           from_version,
         GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  int target = G_N_ELEMENTS (migrations);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;

  for (int v = from_version; v < target; v++)
    {
      g_autofree char *resource = g_strconcat ("/io/github/tomoni/Tomoni/schema/", migrations[v], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, error);
      g_autofree char *sql = NULL;

      if (bytes == NULL)
        return FALSE;
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      if (!tomoni_store_exec (self, sql, error))
        {
          g_prefix_error (error, _("Updating the database to version %d failed: "), v + 1);
          return FALSE;
        }
    }

  {
    g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                                               TOMONI_APPLICATION_ID, target);
    if (!tomoni_store_exec (self, pragma, error))
      return FALSE;
  }

  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  self->schema_version = target;
  return TRUE;
}

static TomoniStore *
open_connection (const char  *path,
                 gboolean     run_migrations,
                 GError     **error)
{
  g_autoptr(TomoniStore) self = NULL;
  int version = 0;
  gboolean has_tables = FALSE;
  gboolean exists;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (exists && !peek_file (path, &version, &has_tables, error))
    return NULL;

  if (version > tomoni_store_get_supported_version ())
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_TOO_NEW,
                   /* Translators: %s is a file name; the numbers are schema versions */
                   _("“%s” was made by a newer version of Tomoni (database version %d; this version "
                     "understands up to %d). Update Tomoni to open it. The file was left untouched."),
                   path, version, tomoni_store_get_supported_version ());
      return NULL;
    }

  if (!prepare_location (path, error))
    return NULL;

  self = g_object_new (TOMONI_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED,
                   _("Cannot open “%s”: %s"), path, sqlite3_errstr (rc));
      return NULL;
    }

  if (!configure_connection (self, error))
    return NULL;

  self->schema_version = version;
  if (run_migrations && version < tomoni_store_get_supported_version ())
    {
      if (has_tables && !backup_before_migration (self, version, error))
        return NULL;
      if (!migrate (self, version, error))
        return NULL;
    }
  else if (version < tomoni_store_get_supported_version ())
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED,
                   _("The database “%s” has not been set up yet."), path);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * tomoni_store_open:
 * @path: the database file; created (0600, folder 0700) when missing
 *
 * Opens the database, updating its schema after a backup copy when it was
 * made by an older Tomoni. A file made by a newer Tomoni is refused with
 * %TOMONI_STORE_ERROR_TOO_NEW and left untouched.
 */
TomoniStore *
tomoni_store_open (const char  *path,
                   GError     **error)
{
  TomoniStore *self = open_connection (path, TRUE, error);

  if (self != NULL)
    tomoni_store_purge_deleted_people (self);
  return self;
}

/**
 * tomoni_store_open_connection:
 *
 * Opens a second connection to the same database, for work in another
 * thread (a #TomoniStore is used by one thread at a time).
 */
TomoniStore *
tomoni_store_open_connection (TomoniStore  *self,
                              GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  return open_connection (self->path, FALSE, error);
}

const char *
tomoni_store_get_path (TomoniStore *self)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  return self->path;
}

int
tomoni_store_get_schema_version (TomoniStore *self)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), 0);
  return self->schema_version;
}

int
tomoni_store_get_supported_version (void)
{
  return G_N_ELEMENTS (migrations);
}

const char *
tomoni_store_get_migration_backup (TomoniStore *self)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  return self->migration_backup;
}

gboolean
tomoni_store_is_empty (TomoniStore *self)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), TRUE);

  return tomoni_store_query_int64 (self,
                                   "SELECT NOT EXISTS (SELECT 1 FROM person)"
                                   " AND NOT EXISTS (SELECT 1 FROM class)"
                                   " AND NOT EXISTS (SELECT 1 FROM activity)"
                                   " AND NOT EXISTS (SELECT 1 FROM venue)", 1) != 0;
}

/**
 * tomoni_store_backup:
 * @destination: the copy to write; replaced atomically when complete
 *
 * Copies the database with SQLite's online backup API: safe while the app
 * and other connections keep writing.
 */
gboolean
tomoni_store_backup (TomoniStore  *self,
                     const char   *destination,
                     GError      **error)
{
  g_autofree char *tmp = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

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
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
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

/**
 * tomoni_store_check:
 * @out_report: (out) (optional): what the checks found, one line each
 *
 * Runs SQLite's integrity and foreign key checks. Returns %FALSE with
 * %TOMONI_STORE_ERROR_CORRUPT when they find a problem.
 */
gboolean
tomoni_store_check (TomoniStore  *self,
                    char        **out_report,
                    GError      **error)
{
  g_autoptr(GString) report = g_string_new (NULL);
  sqlite3_stmt *stmt;
  guint problems = 0;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  stmt = tomoni_store_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *line = (const char *)sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        problems++;
      g_string_append_printf (report, "integrity: %s\n", line);
    }
  sqlite3_reset (stmt);

  stmt = tomoni_store_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      problems++;
      g_string_append_printf (report, "foreign key: %s row %lld refers to a missing %s\n",
                              sqlite3_column_text (stmt, 0),
                              (long long)sqlite3_column_int64 (stmt, 1),
                              sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (problems == 0)
    g_string_append (report, "foreign keys: ok\n");
  g_string_append_printf (report, "schema version: %d\n", self->schema_version);

  if (out_report != NULL)
    *out_report = g_strdup (report->str);

  if (problems > 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CORRUPT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The database check found %u problem",
                                "The database check found %u problems", problems),
                   problems);
      return FALSE;
    }
  return TRUE;
}

const char *
tomoni_store_get_meta (TomoniStore *self,
                       const char  *key)
{
  sqlite3_stmt *stmt;
  const char *cached;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  cached = g_hash_table_lookup (self->meta, key);
  if (cached != NULL)
    return cached;

  stmt = tomoni_store_prepare (self, "SELECT value FROM meta WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *value = tomoni_column_dup_text (stmt, 0);
      g_hash_table_insert (self->meta, g_strdup (key), value);
      cached = value;
    }
  sqlite3_reset (stmt);
  return cached;
}

gboolean
tomoni_store_set_meta (TomoniStore  *self,
                       const char   *key,
                       const char   *value,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  stmt = tomoni_store_prepare (self,
                               "INSERT INTO meta (key, value) VALUES (?, ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, key);
  tomoni_bind_text (stmt, 2, value);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  g_hash_table_insert (self->meta, g_strdup (key), g_strdup (value));
  return TRUE;
}

typedef struct {
  TomoniStore *store;
  char *area;
} ChangedData;

static gboolean
emit_changed_cb (gpointer user_data)
{
  ChangedData *data = user_data;

  g_signal_emit (data->store, signals[CHANGED], g_quark_from_string (data->area), data->area);
  g_object_unref (data->store);
  g_free (data->area);
  g_free (data);
  return G_SOURCE_REMOVE;
}

/**
 * tomoni_store_notify_changed:
 * @area: what changed (see #TomoniStore::changed)
 *
 * Called by the store's writers after a commit. Safe from any thread: the
 * signal is emitted on the thread that opened the store.
 */
void
tomoni_store_notify_changed (TomoniStore *self,
                             const char  *area)
{
  ChangedData *data;

  g_return_if_fail (TOMONI_IS_STORE (self));

  if (g_thread_self () == self->owner_thread)
    {
      g_signal_emit (self, signals[CHANGED], g_quark_from_string (area), area);
      return;
    }

  /* Not g_main_context_invoke (): it runs the callback right here, on this
   * thread, whenever the owner's context happens to be free. */
  data = g_new0 (ChangedData, 1);
  data->store = g_object_ref (self);
  data->area = g_strdup (area);
  {
    g_autoptr(GSource) source = g_idle_source_new ();

    g_source_set_priority (source, G_PRIORITY_DEFAULT);
    g_source_set_callback (source, emit_changed_cb, data, NULL);
    g_source_set_static_name (source, "[tomoni] store changed");
    g_source_attach (source, self->owner_context);
  }
}

/**
 * tomoni_store_begin_action:
 *
 * Starts one user action that takes several store calls; each call's own
 * transaction becomes part of it. End it with tomoni_store_commit_action()
 * or tomoni_store_abort_action().
 */
gboolean
tomoni_store_begin_action (TomoniStore  *self,
                           GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return tomoni_store_begin (self, error);
}

gboolean
tomoni_store_commit_action (TomoniStore  *self,
                            GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return tomoni_store_commit (self, error);
}

/**
 * tomoni_store_abort_action:
 *
 * Undoes everything since tomoni_store_begin_action(). Views that followed
 * the calls inside it are told to read again.
 */
void
tomoni_store_abort_action (TomoniStore *self)
{
  g_return_if_fail (TOMONI_IS_STORE (self));
  tomoni_store_rollback (self);
  tomoni_store_notify_changed (self, "all");
}
