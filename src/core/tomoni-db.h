/* tomoni-db.h: the driver seam: every SQL statement of the store runs here
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the store (src/core/tomoni-store*.c) and its drivers
 * (src/core/tomoni-db-*.c). One driver exists today, SQLite
 * (tomoni-db-sqlite.c, the only file that includes SQLite's header); the next is
 * PostgreSQL over libpq. Rules for SQL written against this seam:
 *
 * - Parameters are numbered: `?1`, `?2` … or plain `?` (each plain `?` takes
 *   the number after the largest one before it, as in SQLite). Do not mix
 *   the two forms in one statement: the PostgreSQL driver rewrites them to
 *   `$1`, `$2` … by that rule.
 * - New inserts read their id with `RETURNING id` (SQLite ≥ 3.35 and
 *   PostgreSQL both have it) rather than tomoni_db_last_insert_id(), which
 *   PostgreSQL has no equivalent of.
 * - Statements are prepared once per connection and cached by the text of
 *   their SQL literal: tomoni_db_prepare() returns the cached one, reset.
 * - A step that fails returns an error status; the message behind it stays
 *   on the connection until the next statement, for tomoni_db_set_error().
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TomoniDb       TomoniDb;
typedef struct _TomoniDbStmt   TomoniDbStmt;
typedef struct _TomoniDbDriver TomoniDbDriver;

/**
 * TomoniDbStatus:
 * @TOMONI_DB_OK: done, nothing to report
 * @TOMONI_DB_ROW: tomoni_db_step() has a row to read
 * @TOMONI_DB_DONE: tomoni_db_step() finished the statement
 * @TOMONI_DB_ERROR: any other failure (I/O, a full disk, bad SQL)
 * @TOMONI_DB_CONSTRAINT: a CHECK, NOT NULL, foreign key or trigger refused the row
 * @TOMONI_DB_CONSTRAINT_UNIQUE: a UNIQUE or PRIMARY KEY constraint refused it
 * @TOMONI_DB_BUSY: another connection holds a lock (SQLite BUSY/LOCKED)
 * @TOMONI_DB_CORRUPT: not a database, or a damaged one
 * @TOMONI_DB_SERIALIZATION: the server gave up the transaction to keep it
 *   serialisable (PostgreSQL 40001 and 40P01): run the whole action again
 *
 * The statuses from @TOMONI_DB_ERROR on are errors (tomoni_db_status_is_error()).
 */
typedef enum {
  TOMONI_DB_OK = 0,
  TOMONI_DB_ROW,
  TOMONI_DB_DONE,
  TOMONI_DB_ERROR,
  TOMONI_DB_CONSTRAINT,
  TOMONI_DB_CONSTRAINT_UNIQUE,
  TOMONI_DB_BUSY,
  TOMONI_DB_CORRUPT,
  TOMONI_DB_SERIALIZATION,
} TomoniDbStatus;

/* What tomoni_db_peek() finds in a database before it is opened for writing. */
typedef struct {
  gboolean exists;      /* FALSE: opening will create it */
  int      version;     /* the schema version written by tomoni_db_set_schema_version() */
  gboolean has_tables;  /* anything in it at all */
  gboolean foreign;     /* it has tables but was not made by Tomoni */
} TomoniDbInfo;

/* --- what a driver implements ---------------------------------------------- */

struct _TomoniDbDriver
{
  const char     *name;             /* "sqlite", "postgresql" */
  const char     *begin_sql;        /* the outermost BEGIN: "BEGIN IMMEDIATE" */

  const char   *(*version)          (void);
  gboolean      (*peek)             (const char *location, TomoniDbInfo *info, GError **error);
  TomoniDb     *(*open)             (const char *location, GError **error);
  void          (*close)            (TomoniDb *db);

  TomoniDbStmt *(*prepare)          (TomoniDb *db, const char *sql);
  void          (*finalize)         (TomoniDbStmt *stmt);
  void          (*reset)            (TomoniDbStmt *stmt);
  void          (*clear_bindings)   (TomoniDbStmt *stmt);
  void          (*bind_null)        (TomoniDbStmt *stmt, int index);
  void          (*bind_int64)       (TomoniDbStmt *stmt, int index, gint64 value);
  void          (*bind_double)      (TomoniDbStmt *stmt, int index, double value);
  void          (*bind_text)        (TomoniDbStmt *stmt, int index, const char *text, gboolean copy);
  int           (*step)             (TomoniDbStmt *stmt);
  int           (*column_count)     (TomoniDbStmt *stmt);
  const char   *(*column_name)      (TomoniDbStmt *stmt, int column);
  gboolean      (*column_is_null)   (TomoniDbStmt *stmt, int column);
  gint64        (*column_int64)     (TomoniDbStmt *stmt, int column);
  double        (*column_double)    (TomoniDbStmt *stmt, int column);
  const char   *(*column_text)      (TomoniDbStmt *stmt, int column);

  gboolean      (*exec)             (TomoniDb *db, const char *sql, GError **error);
  int           (*error_code)       (TomoniDb *db);
  const char   *(*error_message)    (TomoniDb *db);
  gint64        (*last_insert_id)   (TomoniDb *db);
  gint64        (*changes)          (TomoniDb *db);
  gboolean      (*in_transaction)   (TomoniDb *db);
  gboolean      (*set_schema_version) (TomoniDb *db, int version, GError **error);
  gboolean      (*backup)           (TomoniDb *db, const char *destination, GError **error);
  gboolean      (*check)            (TomoniDb *db, GString *report, guint *problems, GError **error);
};

/* A driver embeds these at the start of its own connection and statement. */
struct _TomoniDb
{
  const TomoniDbDriver *driver;
  char                 *location;
  GHashTable           *statements;   /* const char *sql → TomoniDbStmt * */
};

struct _TomoniDbStmt
{
  const TomoniDbDriver *driver;
  TomoniDb             *db;
  const char           *sql;
  GHashTable           *columns;      /* name → index + 1, made on first use */
};

extern const TomoniDbDriver tomoni_db_sqlite_driver;

/* --- connections ------------------------------------------------------------ */

const TomoniDbDriver *tomoni_db_driver_for        (const char    *location);
gboolean      tomoni_db_peek                      (const char    *location,
                                                   TomoniDbInfo  *info,
                                                   GError       **error);
TomoniDb     *tomoni_db_open                      (const char    *location,
                                                   GError       **error);
void          tomoni_db_close                     (TomoniDb      *db);
const char   *tomoni_db_get_backend_name          (TomoniDb      *db);
const char   *tomoni_db_get_backend_version       (TomoniDb      *db);

/* Runs SQL without parameters, several statements allowed (migrations). */
gboolean      tomoni_db_exec                      (TomoniDb      *db,
                                                   const char    *sql,
                                                   GError       **error);
gboolean      tomoni_db_set_schema_version        (TomoniDb      *db,
                                                   int            version,
                                                   GError       **error);
gboolean      tomoni_db_backup                    (TomoniDb      *db,
                                                   const char    *destination,
                                                   GError       **error);
/* Appends one line per finding to @report; counts the problems. */
gboolean      tomoni_db_check                     (TomoniDb      *db,
                                                   GString       *report,
                                                   guint         *problems,
                                                   GError       **error);

/* --- transactions: the nesting lives in tomoni-store.c ----------------------- */

gboolean      tomoni_db_begin                     (TomoniDb      *db,
                                                   GError       **error);
gboolean      tomoni_db_commit                    (TomoniDb      *db,
                                                   GError       **error);
gboolean      tomoni_db_rollback                  (TomoniDb      *db,
                                                   GError       **error);
gboolean      tomoni_db_savepoint                 (TomoniDb      *db,
                                                   guint          level,
                                                   GError       **error);
gboolean      tomoni_db_release                   (TomoniDb      *db,
                                                   guint          level,
                                                   GError       **error);
gboolean      tomoni_db_rollback_to               (TomoniDb      *db,
                                                   guint          level,
                                                   GError       **error);

/* --- errors ------------------------------------------------------------------ */

static inline gboolean
tomoni_db_status_is_error (int status)
{
  return status >= TOMONI_DB_ERROR;
}

static inline gboolean
tomoni_db_status_is_constraint (int status)
{
  return status == TOMONI_DB_CONSTRAINT || status == TOMONI_DB_CONSTRAINT_UNIQUE;
}

/* The status and message of the connection's last failure. */
int           tomoni_db_get_error_code            (TomoniDb      *db);
const char   *tomoni_db_get_error_message         (TomoniDb      *db);

/* Sets @error from @status (a unique or primary key → CONFLICT, another
 * constraint → INVALID, busy → BUSY, corrupt → CORRUPT, serialisation →
 * SERIALIZATION, anything else → FAILED), with the connection's message. */
void          tomoni_db_set_error                 (TomoniDb      *db,
                                                   int            status,
                                                   GError       **error);

/* --- statements -------------------------------------------------------------- */

/* The cached statement for @sql (a string literal), reset, bindings cleared. */
TomoniDbStmt *tomoni_db_prepare                   (TomoniDb      *db,
                                                   const char    *sql,
                                                   GError       **error);
/* The same, checking the first time that the statement's result columns are
 * @names, in that order, for reads by an enum: a mismatch is a critical
 * warning (fatal in tests) and an error. */
TomoniDbStmt *tomoni_db_prepare_columns           (TomoniDb      *db,
                                                   const char    *sql,
                                                   const char * const *names,
                                                   guint          n_names,
                                                   GError       **error);
/* Whether the result columns of @stmt are @names, in that order. */
gboolean      tomoni_db_check_columns             (TomoniDbStmt  *stmt,
                                                   const char * const *names,
                                                   guint          n_names,
                                                   GError       **error);
/* The index of the result column called @name (cached); -1 and a critical
 * warning when there is none. */
int           tomoni_db_column_index              (TomoniDbStmt  *stmt,
                                                   const char    *name);

/* The hot calls: inline dispatch to the driver. */

static inline int
tomoni_db_step (TomoniDbStmt *stmt)
{
  return stmt->driver->step (stmt);
}

static inline void
tomoni_db_reset (TomoniDbStmt *stmt)
{
  stmt->driver->reset (stmt);
}

static inline void
tomoni_db_clear_bindings (TomoniDbStmt *stmt)
{
  stmt->driver->clear_bindings (stmt);
}

static inline void
tomoni_db_bind_null (TomoniDbStmt *stmt,
                     int           index)
{
  stmt->driver->bind_null (stmt, index);
}

static inline void
tomoni_db_bind_int64 (TomoniDbStmt *stmt,
                      int           index,
                      gint64        value)
{
  stmt->driver->bind_int64 (stmt, index, value);
}

static inline void
tomoni_db_bind_int (TomoniDbStmt *stmt,
                    int           index,
                    int           value)
{
  stmt->driver->bind_int64 (stmt, index, value);
}

static inline void
tomoni_db_bind_double (TomoniDbStmt *stmt,
                       int           index,
                       double        value)
{
  stmt->driver->bind_double (stmt, index, value);
}

/* Binds a copy of @text; %NULL binds NULL. */
static inline void
tomoni_db_bind_text (TomoniDbStmt *stmt,
                     int           index,
                     const char   *text)
{
  stmt->driver->bind_text (stmt, index, text, TRUE);
}

/* Binds @text without copying it: it must stay unchanged until the
 * statement is reset. %NULL binds NULL. */
static inline void
tomoni_db_bind_static_text (TomoniDbStmt *stmt,
                            int           index,
                            const char   *text)
{
  stmt->driver->bind_text (stmt, index, text, FALSE);
}

static inline int
tomoni_db_column_count (TomoniDbStmt *stmt)
{
  return stmt->driver->column_count (stmt);
}

static inline const char *
tomoni_db_column_name (TomoniDbStmt *stmt,
                       int           column)
{
  return stmt->driver->column_name (stmt, column);
}

static inline gboolean
tomoni_db_column_is_null (TomoniDbStmt *stmt,
                          int           column)
{
  return stmt->driver->column_is_null (stmt, column);
}

static inline gint64
tomoni_db_column_int64 (TomoniDbStmt *stmt,
                        int           column)
{
  return stmt->driver->column_int64 (stmt, column);
}

static inline int
tomoni_db_column_int (TomoniDbStmt *stmt,
                      int           column)
{
  return (int) stmt->driver->column_int64 (stmt, column);
}

static inline double
tomoni_db_column_double (TomoniDbStmt *stmt,
                         int           column)
{
  return stmt->driver->column_double (stmt, column);
}

/* Valid until the next step or reset; %NULL for NULL. */
static inline const char *
tomoni_db_column_text (TomoniDbStmt *stmt,
                       int           column)
{
  return stmt->driver->column_text (stmt, column);
}

/* By name: for reads that are not hot. */
static inline gint64
tomoni_db_column_int64_by_name (TomoniDbStmt *stmt,
                                const char   *name)
{
  return tomoni_db_column_int64 (stmt, tomoni_db_column_index (stmt, name));
}

static inline const char *
tomoni_db_column_text_by_name (TomoniDbStmt *stmt,
                               const char   *name)
{
  return tomoni_db_column_text (stmt, tomoni_db_column_index (stmt, name));
}

/* The rowid of the last INSERT on this connection. Prefer `RETURNING id` in
 * new SQL: PostgreSQL has no connection-wide last id. */
static inline gint64
tomoni_db_last_insert_id (TomoniDb *db)
{
  return db->driver->last_insert_id (db);
}

/* Rows changed by the last INSERT, UPDATE or DELETE on this connection. */
static inline gint64
tomoni_db_changes (TomoniDb *db)
{
  return db->driver->changes (db);
}

static inline gboolean
tomoni_db_in_transaction (TomoniDb *db)
{
  return db->driver->in_transaction (db);
}

G_END_DECLS
