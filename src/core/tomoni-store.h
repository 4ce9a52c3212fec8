/* tomoni-store.h: the one database behind Tomoni (an SQLite file today)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-error.h"

G_BEGIN_DECLS

/* The store's errors are the app's: TOMONI_ERROR (tomoni-error.h), also
 * reachable by the old names TOMONI_STORE_ERROR and TOMONI_STORE_ERROR_*. */
GQuark tomoni_store_error_quark (void);

/**
 * TomoniProgressFunc:
 * @fraction: 0.0 to 1.0
 * @what: (nullable): what is being done, translated, for a progress label
 *
 * Progress of slow work. Called on the worker thread: a GUI forwards it to
 * the main loop (an idle source, not g_main_context_invoke (), which may
 * run the callback on the calling thread) before touching widgets.
 */
typedef void (*TomoniProgressFunc) (double      fraction,
                                    const char *what,
                                    gpointer    user_data);

#define TOMONI_TYPE_STORE (tomoni_store_get_type ())
G_DECLARE_FINAL_TYPE (TomoniStore, tomoni_store, TOMONI, STORE, GObject)


char        *tomoni_store_default_path          (void);
TomoniStore *tomoni_store_open                  (const char   *path,
                                                 GError      **error);
TomoniStore *tomoni_store_open_connection       (TomoniStore  *self,
                                                 GError      **error);
TomoniStore *tomoni_store_open_keeping_deleted  (const char   *path,
                                                 GError      **error);
const char  *tomoni_store_get_path              (TomoniStore  *self);
int          tomoni_store_get_schema_version    (TomoniStore  *self);
int          tomoni_store_get_supported_version (void);
const char  *tomoni_store_get_migration_backup  (TomoniStore  *self);
const char  *tomoni_store_get_backend_name      (TomoniStore  *self);
const char  *tomoni_store_get_backend_version   (TomoniStore  *self);
gboolean     tomoni_store_is_empty              (TomoniStore  *self);
gboolean     tomoni_store_backup                (TomoniStore  *self,
                                                 const char   *destination,
                                                 GError      **error);
gboolean     tomoni_store_check                 (TomoniStore  *self,
                                                 char        **out_report,
                                                 GError      **error);
const char  *tomoni_store_get_meta              (TomoniStore  *self,
                                                 const char   *key);
gboolean     tomoni_store_set_meta              (TomoniStore  *self,
                                                 const char   *key,
                                                 const char   *value,
                                                 GError      **error);
void         tomoni_store_notify_changed        (TomoniStore  *self,
                                                 const char   *area);

/* One user action made of several store calls (a new person enrolled at
 * once): everything between begin and commit is written, or nothing. */
gboolean     tomoni_store_begin_action          (TomoniStore  *self,
                                                 GError      **error);
gboolean     tomoni_store_commit_action         (TomoniStore  *self,
                                                 GError      **error);
void         tomoni_store_abort_action          (TomoniStore  *self);

char        *tomoni_uuid_new                    (void);
char        *tomoni_timestamp_now               (void);

G_END_DECLS
