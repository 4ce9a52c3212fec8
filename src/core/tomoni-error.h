/* tomoni-error.h: the error domain of the rules users can break
 *
 * Records, the store, the GUI and the CLI report what a user caused (a field
 * that breaks a rule, a record that clashes or is gone) in this one domain.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TOMONI_ERROR (tomoni_error_quark ())

/**
 * TomoniError:
 * @TOMONI_ERROR_FAILED: the database itself failed (disk, I/O)
 * @TOMONI_ERROR_INVALID: input that breaks a rule; the message names the field
 * @TOMONI_ERROR_NOT_FOUND: no such record
 * @TOMONI_ERROR_CONFLICT: a record clashes with another (a booking, a UUID)
 * @TOMONI_ERROR_TOO_NEW: the file was made by a newer Tomoni
 * @TOMONI_ERROR_CORRUPT: the file is not a Tomoni database, or is damaged
 * @TOMONI_ERROR_BUSY: another program holds the database
 * @TOMONI_ERROR_SERIALIZATION: a database server gave up the action because
 *   another desk changed the same records at the same time; running the whole
 *   action again may succeed (PostgreSQL; never from SQLite)
 */
typedef enum {
  TOMONI_ERROR_FAILED,
  TOMONI_ERROR_INVALID,
  TOMONI_ERROR_NOT_FOUND,
  TOMONI_ERROR_CONFLICT,
  TOMONI_ERROR_TOO_NEW,
  TOMONI_ERROR_CORRUPT,
  TOMONI_ERROR_BUSY,
  TOMONI_ERROR_SERIALIZATION,
} TomoniError;

GQuark tomoni_error_quark (void);

/* The names the domain had when only the store used it; they stay until
 * every file says TOMONI_ERROR. */
#define TOMONI_STORE_ERROR            TOMONI_ERROR
#define TOMONI_STORE_ERROR_FAILED     TOMONI_ERROR_FAILED
#define TOMONI_STORE_ERROR_INVALID    TOMONI_ERROR_INVALID
#define TOMONI_STORE_ERROR_NOT_FOUND  TOMONI_ERROR_NOT_FOUND
#define TOMONI_STORE_ERROR_CONFLICT   TOMONI_ERROR_CONFLICT
#define TOMONI_STORE_ERROR_TOO_NEW    TOMONI_ERROR_TOO_NEW
#define TOMONI_STORE_ERROR_CORRUPT    TOMONI_ERROR_CORRUPT
#define TOMONI_STORE_ERROR_BUSY       TOMONI_ERROR_BUSY
#define TOMONI_STORE_ERROR_SERIALIZATION TOMONI_ERROR_SERIALIZATION
typedef TomoniError TomoniStoreError;

G_END_DECLS
