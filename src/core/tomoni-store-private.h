/* tomoni-store-private.h: what the store's own files share. Nothing outside
 * src/core/tomoni-store*.c includes this header: SQLite stays behind the store.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

sqlite3      *tomoni_store_get_db          (TomoniStore   *self);

/* Returns a cached prepared statement, reset and with its bindings cleared.
 * @sql must be a string literal (the cache is keyed by its text). */
sqlite3_stmt *tomoni_store_prepare         (TomoniStore   *self,
                                            const char    *sql,
                                            GError       **error);
gboolean      tomoni_store_exec            (TomoniStore   *self,
                                            const char    *sql,
                                            GError       **error);
/* Steps a statement that returns no row, then resets it. */
gboolean      tomoni_store_step_done       (TomoniStore   *self,
                                            sqlite3_stmt  *stmt,
                                            GError       **error);
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
void          tomoni_bind_text             (sqlite3_stmt  *stmt,
                                            int            index,
                                            const char    *text);
void          tomoni_bind_text_or_null     (sqlite3_stmt  *stmt,
                                            int            index,
                                            const char    *text);
char         *tomoni_column_dup_text       (sqlite3_stmt  *stmt,
                                            int            column);

gint64        tomoni_store_query_int64     (TomoniStore   *self,
                                            const char    *sql,
                                            gint64         fallback);

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

G_END_DECLS
