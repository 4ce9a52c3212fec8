/* tomoni-db.c: the parts of the driver seam every driver shares: choosing a
 * driver, the statement cache, column names, transactions and errors
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-db"

#include <glib/gi18n-lib.h>

#include "tomoni-db.h"
#include "tomoni-store.h"

/* --- connections ------------------------------------------------------------ */

/**
 * tomoni_db_driver_for:
 * @location: (nullable): a file path (later also a server URI); %NULL for
 *   the embedded default
 *
 * The driver that opens @location. Only SQLite exists today; a PostgreSQL
 * driver will take `postgresql://` and `postgres://` URIs and `service=NAME`.
 */
const TomoniDbDriver *
tomoni_db_driver_for (const char *location)
{
  return &tomoni_db_sqlite_driver;
}

gboolean
tomoni_db_peek (const char    *location,
                TomoniDbInfo  *info,
                GError       **error)
{
  g_return_val_if_fail (location != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  *info = (TomoniDbInfo) { 0 };
  return tomoni_db_driver_for (location)->peek (location, info, error);
}

static void
stmt_free (gpointer data)
{
  TomoniDbStmt *stmt = data;

  g_clear_pointer (&stmt->columns, g_hash_table_unref);
  stmt->driver->finalize (stmt);
}

/**
 * tomoni_db_open:
 * @location: what tomoni_db_driver_for() takes
 *
 * Opens (creating when missing) and configures a connection.
 */
TomoniDb *
tomoni_db_open (const char  *location,
                GError     **error)
{
  const TomoniDbDriver *driver;
  TomoniDb *db;

  g_return_val_if_fail (location != NULL, NULL);

  driver = tomoni_db_driver_for (location);
  db = driver->open (location, error);
  if (db == NULL)
    return NULL;
  g_assert (db->driver == driver);
  db->location = g_strdup (location);
  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, stmt_free);
  return db;
}

void
tomoni_db_close (TomoniDb *db)
{
  if (db == NULL)
    return;
  g_clear_pointer (&db->statements, g_hash_table_unref);
  g_clear_pointer (&db->location, g_free);
  db->driver->close (db);
}

/**
 * tomoni_db_get_backend_name:
 * @db: (nullable): a connection, or %NULL for the driver of files
 *
 * Returns: the driver's name: "sqlite"
 */
const char *
tomoni_db_get_backend_name (TomoniDb *db)
{
  return (db != NULL ? db->driver : tomoni_db_driver_for (NULL))->name;
}

/**
 * tomoni_db_get_backend_version:
 * @db: (nullable): a connection, or %NULL for the driver of files
 *
 * Returns: the version of the database engine ("3.40.1"), for reports
 */
const char *
tomoni_db_get_backend_version (TomoniDb *db)
{
  return (db != NULL ? db->driver : tomoni_db_driver_for (NULL))->version ();
}

gboolean
tomoni_db_exec (TomoniDb    *db,
                const char  *sql,
                GError     **error)
{
  return db->driver->exec (db, sql, error);
}

gboolean
tomoni_db_set_schema_version (TomoniDb  *db,
                              int        version,
                              GError   **error)
{
  return db->driver->set_schema_version (db, version, error);
}

gboolean
tomoni_db_backup (TomoniDb    *db,
                  const char  *destination,
                  GError     **error)
{
  return db->driver->backup (db, destination, error);
}

gboolean
tomoni_db_check (TomoniDb  *db,
                 GString   *report,
                 guint     *problems,
                 GError   **error)
{
  return db->driver->check (db, report, problems, error);
}

/* --- transactions -------------------------------------------------------------- */

gboolean
tomoni_db_begin (TomoniDb  *db,
                 GError   **error)
{
  return tomoni_db_exec (db, db->driver->begin_sql, error);
}

gboolean
tomoni_db_commit (TomoniDb  *db,
                  GError   **error)
{
  return tomoni_db_exec (db, "COMMIT", error);
}

gboolean
tomoni_db_rollback (TomoniDb  *db,
                    GError   **error)
{
  return tomoni_db_exec (db, "ROLLBACK", error);
}

gboolean
tomoni_db_savepoint (TomoniDb  *db,
                     guint      level,
                     GError   **error)
{
  g_autofree char *sql = g_strdup_printf ("SAVEPOINT tomoni_%u", level);

  return tomoni_db_exec (db, sql, error);
}

gboolean
tomoni_db_release (TomoniDb  *db,
                   guint      level,
                   GError   **error)
{
  g_autofree char *sql = g_strdup_printf ("RELEASE tomoni_%u", level);

  return tomoni_db_exec (db, sql, error);
}

/* Undoes everything since the savepoint and ends it. */
gboolean
tomoni_db_rollback_to (TomoniDb  *db,
                       guint      level,
                       GError   **error)
{
  g_autofree char *sql = g_strdup_printf ("ROLLBACK TO tomoni_%u; RELEASE tomoni_%u", level, level);

  return tomoni_db_exec (db, sql, error);
}

/* --- errors -------------------------------------------------------------------- */

int
tomoni_db_get_error_code (TomoniDb *db)
{
  return db->driver->error_code (db);
}

const char *
tomoni_db_get_error_message (TomoniDb *db)
{
  return db->driver->error_message (db);
}

void
tomoni_db_set_error (TomoniDb  *db,
                     int        status,
                     GError   **error)
{
  const char *detail = db != NULL ? tomoni_db_get_error_message (db) : NULL;
  int code;

  switch (status)
    {
    case TOMONI_DB_CONSTRAINT_UNIQUE:
      code = TOMONI_STORE_ERROR_CONFLICT;
      break;
    case TOMONI_DB_CONSTRAINT:
      code = TOMONI_STORE_ERROR_INVALID;
      break;
    case TOMONI_DB_BUSY:
      code = TOMONI_STORE_ERROR_BUSY;
      detail = _("another program is writing to the database; try again in a moment");
      break;
    case TOMONI_DB_CORRUPT:
      code = TOMONI_STORE_ERROR_CORRUPT;
      break;
    case TOMONI_DB_SERIALIZATION:
      code = TOMONI_STORE_ERROR_SERIALIZATION;
      break;
    default:
      code = TOMONI_STORE_ERROR_FAILED;
      break;
    }
  if (detail == NULL)
    detail = "unknown error";

  /* Translators: %s is the database's own explanation, in English */
  g_set_error (error, TOMONI_STORE_ERROR, code, _("Database error: %s"), detail);
}

/* --- statements ------------------------------------------------------------------ */

/* Whether @sql mixes plain `?` with `?N`, which the PostgreSQL driver could
 * not number the way SQLite does. Quoted text and comments are skipped. */
static gboolean
mixes_placeholders (const char *sql)
{
  gboolean plain = FALSE, numbered = FALSE;

  for (const char *p = sql; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '"')
        {
          char quote = *p;
          for (p++; *p != '\0' && *p != quote; p++)
            ;
          if (*p == '\0')
            break;
        }
      else if (p[0] == '-' && p[1] == '-')
        {
          for (; *p != '\0' && *p != '\n'; p++)
            ;
          if (*p == '\0')
            break;
        }
      else if (*p == '?')
        {
          if (g_ascii_isdigit (p[1]))
            numbered = TRUE;
          else
            plain = TRUE;
        }
    }
  return plain && numbered;
}

TomoniDbStmt *
tomoni_db_prepare (TomoniDb    *db,
                   const char  *sql,
                   GError     **error)
{
  TomoniDbStmt *stmt;

  stmt = g_hash_table_lookup (db->statements, sql);
  if (G_LIKELY (stmt != NULL))
    {
      db->driver->reset (stmt);
      db->driver->clear_bindings (stmt);
      return stmt;
    }

  if (mixes_placeholders (sql))
    g_critical ("Statement mixes ? with ?N parameters: %s", sql);

  stmt = db->driver->prepare (db, sql);
  if (stmt == NULL)
    {
      g_critical ("Cannot prepare %s: %s", sql, tomoni_db_get_error_message (db));
      tomoni_db_set_error (db, tomoni_db_get_error_code (db), error);
      return NULL;
    }
  g_assert (stmt->driver == db->driver && stmt->db == db);
  stmt->sql = sql;
  g_hash_table_insert (db->statements, (gpointer) sql, stmt);
  return stmt;
}

TomoniDbStmt *
tomoni_db_prepare_columns (TomoniDb            *db,
                           const char          *sql,
                           const char * const  *names,
                           guint                n_names,
                           GError             **error)
{
  gboolean cached = g_hash_table_contains (db->statements, sql);
  TomoniDbStmt *stmt = tomoni_db_prepare (db, sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || cached)
    return stmt;

  if (!tomoni_db_check_columns (stmt, names, n_names, &local_error))
    {
      g_critical ("%s", local_error->message);
      g_hash_table_remove (db->statements, sql);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return stmt;
}

gboolean
tomoni_db_check_columns (TomoniDbStmt        *stmt,
                         const char * const  *names,
                         guint                n_names,
                         GError             **error)
{
  int n = tomoni_db_column_count (stmt);

  for (guint i = 0; i < n_names || (int) i < n; i++)
    {
      const char *have = (int) i < n ? tomoni_db_column_name (stmt, i) : NULL;
      const char *want = i < n_names ? names[i] : NULL;

      if (g_strcmp0 (have, want) != 0)
        {
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_FAILED,
                       "Column %u of “%s” is “%s” where the code reads “%s”",
                       i, stmt->sql != NULL ? stmt->sql : "?",
                       have != NULL ? have : "(none)", want != NULL ? want : "(none)");
          return FALSE;
        }
    }
  return TRUE;
}

int
tomoni_db_column_index (TomoniDbStmt *stmt,
                        const char   *name)
{
  gpointer index;

  if (G_UNLIKELY (stmt->columns == NULL))
    {
      int n = tomoni_db_column_count (stmt);

      stmt->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      /* Backwards, so that the first of two equal names wins. */
      for (int i = n - 1; i >= 0; i--)
        g_hash_table_insert (stmt->columns, g_strdup (tomoni_db_column_name (stmt, i)),
                             GINT_TO_POINTER (i + 1));
    }

  index = g_hash_table_lookup (stmt->columns, name);
  if (G_UNLIKELY (index == NULL))
    {
      g_critical ("No column “%s” in %s", name, stmt->sql != NULL ? stmt->sql : "?");
      return -1;
    }
  return GPOINTER_TO_INT (index) - 1;
}
