/* tomoni-store.c: opening, migrating, backing up and checking the database
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <stdlib.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tomoni-store-people.h"
#include "tomoni-store-private.h"

/* The migrations, in order (schema/migrations.def). */
static const char * const migrations[] = {
#define TOMONI_MIGRATION(file) file,
#include "schema/migrations.def"
#undef TOMONI_MIGRATION
};

struct _TomoniStore
{
  GObject       parent_instance;

  TomoniDb     *db;
  char         *path;
  char         *migration_backup;
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


static void
tomoni_store_finalize (GObject *object)
{
  TomoniStore *self = (TomoniStore *)object;

  g_clear_pointer (&self->meta, g_hash_table_unref);
  g_clear_pointer (&self->db, tomoni_db_close);
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
tomoni_store_init (TomoniStore *self)
{
  self->meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->owner_context = g_main_context_ref_thread_default ();
  self->owner_thread = g_thread_self ();
}

/* --- helpers shared by the store's files ------------------------------- */

TomoniDb *
tomoni_store_get_db (TomoniStore *self)
{
  return self->db;
}

void
tomoni_store_set_error (TomoniStore  *self,
                        int           rc,
                        GError      **error)
{
  tomoni_db_set_error (self != NULL ? self->db : NULL, rc, error);
}

TomoniDbStmt *
tomoni_store_prepare (TomoniStore  *self,
                      const char   *sql,
                      GError      **error)
{
  g_assert (TOMONI_IS_STORE (self));
  g_assert (g_thread_self () == self->owner_thread);

  return tomoni_db_prepare (self->db, sql, error);
}

TomoniDbStmt *
tomoni_store_prepare_columns (TomoniStore         *self,
                              const char          *sql,
                              const char * const  *columns,
                              guint                n_columns,
                              GError             **error)
{
  g_assert (TOMONI_IS_STORE (self));
  g_assert (g_thread_self () == self->owner_thread);

  return tomoni_db_prepare_columns (self->db, sql, columns, n_columns, error);
}

gboolean
tomoni_store_exec (TomoniStore  *self,
                   const char   *sql,
                   GError      **error)
{
  return tomoni_db_exec (self->db, sql, error);
}

gboolean
tomoni_store_step_done (TomoniStore   *self,
                        TomoniDbStmt  *stmt,
                        GError       **error)
{
  int rc = tomoni_db_step (stmt);

  if (rc != TOMONI_DB_DONE && rc != TOMONI_DB_ROW)
    {
      tomoni_store_set_error (self, rc, error);
      tomoni_db_reset (stmt);
      return FALSE;
    }
  tomoni_db_reset (stmt);
  return TRUE;
}

gint64
tomoni_store_query_int64 (TomoniStore *self,
                          const char  *sql,
                          gint64       fallback)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self, sql, NULL);
  gint64 value = fallback;

  if (stmt != NULL && tomoni_db_step (stmt) == TOMONI_DB_ROW)
    value = tomoni_db_column_int64 (stmt, 0);
  if (stmt != NULL)
    tomoni_db_reset (stmt);
  return value;
}

void
tomoni_bind_text (TomoniDbStmt *stmt,
                  int           index,
                  const char   *text)
{
  tomoni_db_bind_text (stmt, index, text != NULL ? text : "");
}

void
tomoni_bind_text_or_null (TomoniDbStmt *stmt,
                          int           index,
                          const char   *text)
{
  if (text == NULL || *text == '\0')
    tomoni_db_bind_null (stmt, index);
  else
    tomoni_db_bind_text (stmt, index, text);
}

char *
tomoni_column_dup_text (TomoniDbStmt *stmt,
                        int           column)
{
  return g_strdup (tomoni_db_column_text (stmt, column));
}

gboolean
tomoni_store_begin (TomoniStore  *self,
                    GError      **error)
{
  if (self->depth == 0)
    {
      if (!tomoni_db_begin (self->db, error))
        return FALSE;
    }
  else
    {
      if (!tomoni_db_savepoint (self->db, self->depth, error))
        return FALSE;
    }
  self->depth++;
  return TRUE;
}

gboolean
tomoni_store_commit (TomoniStore  *self,
                     GError      **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    {
      if (!tomoni_db_commit (self->db, error))
        return FALSE;
    }
  else
    {
      if (!tomoni_db_release (self->db, self->depth - 1, error))
        return FALSE;
    }
  self->depth--;
  return TRUE;
}

void
tomoni_store_rollback (TomoniStore *self)
{
  g_return_if_fail (self->depth > 0);

  self->depth--;
  /* A failed statement may already have ended the transaction. */
  if (self->depth > 0)
    tomoni_db_rollback_to (self->db, self->depth, NULL);
  else if (tomoni_db_in_transaction (self->db))
    tomoni_db_rollback (self->db, NULL);
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

/* --- opening ------------------------------------------------------------ */

char *
tomoni_store_default_path (void)
{
  const char *env = g_getenv ("TOMONI_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "tomoni", "tomoni.db", NULL);
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

  if (!tomoni_db_set_schema_version (self->db, target, error))
    return FALSE;

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
  TomoniDbInfo info;
  int version;

  g_return_val_if_fail (path != NULL, NULL);

  if (!tomoni_db_peek (path, &info, error))
    return NULL;
  if (info.foreign)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CORRUPT,
                   _("“%s” is not a Tomoni database. It was left untouched."), path);
      return NULL;
    }
  version = info.version;

  if (version > tomoni_store_get_supported_version ())
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_TOO_NEW,
                   /* Translators: %s is a file name; the numbers are schema versions */
                   _("“%s” was made by a newer version of Tomoni (database version %d; this version "
                     "understands up to %d). Update Tomoni to open it. The file was left untouched."),
                   path, version, tomoni_store_get_supported_version ());
      return NULL;
    }

  self = g_object_new (TOMONI_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->db = tomoni_db_open (path, error);
  if (self->db == NULL)
    return NULL;

  self->schema_version = version;
  if (run_migrations && version < tomoni_store_get_supported_version ())
    {
      if (info.has_tables && !backup_before_migration (self, version, error))
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
  g_autoptr(GError) local_error = NULL;

  if (self != NULL &&
      !tomoni_store_purge_deleted_people (self, TOMONI_STORE_PURGE_DELETED_AFTER, &local_error))
    g_warning ("Could not remove deleted people: %s", local_error->message);
  return self;
}

/**
 * tomoni_store_open_keeping_deleted:
 *
 * Opens the database as tomoni_store_open() does but removes nobody: for
 * commands that only read (`tomoni-cli check`).
 */
TomoniStore *
tomoni_store_open_keeping_deleted (const char  *path,
                                   GError     **error)
{
  return open_connection (path, TRUE, error);
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

/**
 * tomoni_store_get_backend_name:
 * @self: (nullable): a store, or %NULL for the backend that opens files
 *
 * Returns: the database engine behind @self, as an identifier: "sqlite"
 */
const char *
tomoni_store_get_backend_name (TomoniStore *self)
{
  g_return_val_if_fail (self == NULL || TOMONI_IS_STORE (self), NULL);
  return tomoni_db_get_backend_name (self != NULL ? self->db : NULL);
}

/**
 * tomoni_store_get_backend_version:
 * @self: (nullable): a store, or %NULL for the backend that opens files
 *
 * Returns: the version of the database engine behind @self ("3.40.1")
 */
const char *
tomoni_store_get_backend_version (TomoniStore *self)
{
  g_return_val_if_fail (self == NULL || TOMONI_IS_STORE (self), NULL);
  return tomoni_db_get_backend_version (self != NULL ? self->db : NULL);
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

/* The file a path names, resolving symbolic links and relative folders; a
 * missing file is named through its (resolved) folder. */
static char *
canonical_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *real_dir = realpath (dir, NULL);
  g_autofree char *real = realpath (path, NULL);

  if (real != NULL)
    return g_steal_pointer (&real);
  if (real_dir != NULL)
    return g_build_filename (real_dir, base, NULL);
  return g_canonicalize_filename (path, NULL);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autofree char *real_a = canonical_path (a);
  g_autofree char *real_b = canonical_path (b);
  GStatBuf st_a, st_b;

  if (g_strcmp0 (real_a, real_b) == 0)
    return TRUE;
  /* Hard links, bind mounts: the same inode under another name. */
  return g_stat (a, &st_a) == 0 && g_stat (b, &st_b) == 0 &&
         st_a.st_dev == st_b.st_dev && st_a.st_ino == st_b.st_ino;
}

/* Whether writing @destination would replace the database at @database or
 * one of the files SQLite keeps beside it. */
static gboolean
is_database_file (const char *database,
                  const char *destination)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (database, suffixes[i], NULL);

      if (same_file (file, destination))
        return TRUE;
    }
  return FALSE;
}

/**
 * tomoni_store_backup:
 * @destination: the copy to write; replaced atomically when complete
 *
 * Copies the database with the backend's online backup (SQLite's backup
 * API): safe while the app and other connections keep writing.
 */
gboolean
tomoni_store_backup (TomoniStore  *self,
                     const char   *destination,
                     GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  if (is_database_file (self->path, destination))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   /* Translators: %s is the file name given for the backup copy */
                   _("Cannot write the backup onto “%s”: it is the database itself or one of its "
                     "journal files. Choose another file."), destination);
      return FALSE;
    }

  return tomoni_db_backup (self->db, destination, error);
}

/**
 * tomoni_store_check:
 * @out_report: (out) (optional): what the checks found, one line each
 *
 * Runs the backend's integrity and foreign key checks. Returns %FALSE with
 * %TOMONI_STORE_ERROR_CORRUPT when they find a problem.
 */
gboolean
tomoni_store_check (TomoniStore  *self,
                    char        **out_report,
                    GError      **error)
{
  g_autoptr(GString) report = g_string_new (NULL);
  guint problems = 0;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_db_check (self->db, report, &problems, error))
    return FALSE;

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
  TomoniDbStmt *stmt;
  const char *cached;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  cached = g_hash_table_lookup (self->meta, key);
  if (cached != NULL)
    return cached;

  stmt = tomoni_store_prepare (self, "SELECT value FROM meta WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, key);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      char *value = tomoni_column_dup_text (stmt, 0);
      g_hash_table_insert (self->meta, g_strdup (key), value);
      cached = value;
    }
  tomoni_db_reset (stmt);
  return cached;
}

gboolean
tomoni_store_set_meta (TomoniStore  *self,
                       const char   *key,
                       const char   *value,
                       GError      **error)
{
  TomoniDbStmt *stmt;

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

gint64
tomoni_store_get_cache_kib (TomoniStore *self)
{
  gint64 pages = tomoni_store_query_int64 (self, "PRAGMA cache_size", -32768);

  /* negative: KiB; positive: pages of the default 4 KiB */
  return pages < 0 ? -pages : pages * 4;
}

void
tomoni_store_set_cache_kib (TomoniStore *self,
                            gint64       kib)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = -%" G_GINT64_FORMAT, kib);

  g_return_if_fail (kib > 0);
  tomoni_store_exec (self, sql, NULL);
}
