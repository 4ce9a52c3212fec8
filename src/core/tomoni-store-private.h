/* tomoni-store-private.h: what the store's own files share. Nothing outside
 * src/core/tomoni-store*.c includes this header: SQL stays behind the store,
 * and runs through the driver seam (tomoni-db.h).
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-db.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

TomoniDb     *tomoni_store_get_db          (TomoniStore   *self);

/* Returns a cached prepared statement, reset and with its bindings cleared.
 * @sql must be a string literal (the cache is keyed by its text); parameters
 * are ?1, ?2 … or plain ? (see tomoni-db.h). */
TomoniDbStmt *tomoni_store_prepare         (TomoniStore   *self,
                                            const char    *sql,
                                            GError       **error);
gboolean      tomoni_store_exec            (TomoniStore   *self,
                                            const char    *sql,
                                            GError       **error);
/* Steps a statement that returns no row, then resets it. */
gboolean      tomoni_store_step_done       (TomoniStore   *self,
                                            TomoniDbStmt  *stmt,
                                            GError       **error);
/* Prepares and, the first time, checks that the result columns are
 * @columns in that order (for reads by a column enum). */
TomoniDbStmt *tomoni_store_prepare_columns (TomoniStore   *self,
                                            const char    *sql,
                                            const char * const *columns,
                                            guint          n_columns,
                                            GError       **error);
#define TOMONI_STORE_PREPARE_COLUMNS(self, sql, columns, error) \
  tomoni_store_prepare_columns ((self), (sql), (columns), G_N_ELEMENTS (columns), (error))
/* @rc is a #TomoniDbStatus (what tomoni_db_step() returned). */
void          tomoni_store_set_error       (TomoniStore   *self,
                                            int            rc,
                                            GError       **error);

/* Transactions nest: the outermost is BEGIN IMMEDIATE … COMMIT, inner ones are
 * savepoints. On failure call rollback exactly once for each begin. */
gboolean      tomoni_store_begin           (TomoniStore   *self,
                                            GError       **error);
gboolean      tomoni_store_commit          (TomoniStore   *self,
                                            GError       **error);
void          tomoni_store_rollback        (TomoniStore   *self);
gboolean      tomoni_store_in_transaction  (TomoniStore   *self);

/* Binding helpers: NULL or "" binds NULL where the column allows it. */
void          tomoni_bind_text             (TomoniDbStmt  *stmt,
                                            int            index,
                                            const char    *text);
void          tomoni_bind_text_or_null     (TomoniDbStmt  *stmt,
                                            int            index,
                                            const char    *text);
char         *tomoni_column_dup_text       (TomoniDbStmt  *stmt,
                                            int            column);

gint64        tomoni_store_query_int64     (TomoniStore   *self,
                                            const char    *sql,
                                            gint64         fallback);

/* The connection's page cache in KiB, and setting it: a bulk load (the
 * sample data) runs with a bigger one and gives the old size back after. */
gint64        tomoni_store_get_cache_kib   (TomoniStore   *self);
void          tomoni_store_set_cache_kib   (TomoniStore   *self,
                                            gint64         kib);

/* A savepoint that rolls back on scope exit unless committed. */
typedef struct {
  TomoniStore *store;
  gboolean     open;
} TomoniStoreTransaction;

gboolean      tomoni_store_transaction_begin  (TomoniStoreTransaction *tx,
                                               TomoniStore            *store,
                                               GError                **error);
gboolean      tomoni_store_transaction_commit (TomoniStoreTransaction *tx,
                                               GError                **error);
void          tomoni_store_transaction_clear  (TomoniStoreTransaction *tx);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TomoniStoreTransaction, tomoni_store_transaction_clear)

/* Statement and date helpers (tomoni-store-statements.c) ----------------- */

/* Sets a TOMONI_STORE_ERROR @code; returns FALSE. */
gboolean      tomoni_store_fail               (GError       **error,
                                               int            code,
                                               const char    *format,
                                               ...) G_GNUC_PRINTF (3, 4);
/* Any date Tomoni parses as 'YYYY-MM-DD', or NULL. */
char         *tomoni_store_normalize_date     (const char    *text);
/* Whether @text is a date written 'YYYY-MM-DD'. */
gboolean      tomoni_store_is_iso_date        (const char    *text);
char         *tomoni_store_add_days           (const char    *date,
                                               int            days);
/* 31 March that ends the fiscal year of @date, plus @extra fiscal years. */
char         *tomoni_store_fiscal_year_end    (const char    *date,
                                               int            extra);

/* Steps a statement and returns its first column as an integer (0 when
 * there is no row, or @stmt is NULL), then resets it. */
gint64        tomoni_store_query_id           (TomoniStore   *self,
                                               TomoniDbStmt  *stmt);
/* The same after binding @id to ?1. */
gint64        tomoni_store_count_with_id      (TomoniStore   *self,
                                               TomoniDbStmt  *stmt,
                                               gint64         id);
/* Binds @id to ?1 of a statement that returns no row, and steps it. */
gboolean      tomoni_store_exec_with_id       (TomoniStore   *self,
                                               TomoniDbStmt  *stmt,
                                               gint64         id,
                                               GError       **error);
/* Resets @stmt after its last step returned @rc: FALSE unless TOMONI_DB_DONE. */
gboolean      tomoni_store_step_error         (TomoniStore   *self,
                                               TomoniDbStmt  *stmt,
                                               int            rc,
                                               GError       **error);
/* Steps an INSERT (optionally … RETURNING id); @out_id (optional): the new
 * row's id, 0 when an ON CONFLICT … DO NOTHING clause inserted nothing. */
gboolean      tomoni_store_step_insert        (TomoniStore   *self,
                                               TomoniDbStmt  *stmt,
                                               gint64        *out_id,
                                               GError       **error);
/* Resets a statement that looked up one row, whose step returned @rc:
 * TRUE for a row, NOT_FOUND with @not_found when there was none. */
gboolean      tomoni_store_row_found          (TomoniStore   *self,
                                               TomoniDbStmt  *stmt,
                                               int            rc,
                                               const char    *not_found,
                                               GError       **error);
/* Binds @id, or NULL when it is 0. */
void          tomoni_store_bind_id_or_null    (TomoniDbStmt  *stmt,
                                               int            index,
                                               gint64         id);
/* DELETE … WHERE id = ?1 in its own transaction: NOT_FOUND with
 * @not_found when no row went, then the changed signal of @area. */
gboolean      tomoni_store_delete_by_id       (TomoniStore   *self,
                                               const char    *delete_sql,
                                               gint64         id,
                                               const char    *not_found,
                                               const char    *area,
                                               GError       **error);

G_END_DECLS
