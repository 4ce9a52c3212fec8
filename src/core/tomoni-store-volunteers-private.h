/* tomoni-store-volunteers-private.h: what the store's files share about
 * volunteers, and the statement and date helpers of the volunteer and
 * activity files. Nothing outside src/core/tomoni-store*.c includes this.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-store-private.h"
#include "tomoni-volunteer.h"

G_BEGIN_DECLS

#define TOMONI_MAX_MONTHLY_CAP 31

/* Helpers (tomoni-store-volunteers.c) ----------------------------------- */

/* Sets a TOMONI_STORE_ERROR @code; returns FALSE. */
gboolean      tomoni_store_fail               (GError       **error,
                                               int            code,
                                               const char    *format,
                                               ...) G_GNUC_PRINTF (3, 4);
/* Today in Japan, 'YYYY-MM-DD'. */
char         *tomoni_store_today_iso          (void);
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
                                               sqlite3_stmt  *stmt);
/* The same after binding @id to ?1. */
gint64        tomoni_store_count_with_id      (TomoniStore   *self,
                                               sqlite3_stmt  *stmt,
                                               gint64         id);
/* Binds @id to ?1 of a statement that returns no row, and steps it. */
gboolean      tomoni_store_exec_with_id       (TomoniStore   *self,
                                               sqlite3_stmt  *stmt,
                                               gint64         id,
                                               GError       **error);
/* Resets @stmt after its last step returned @rc: FALSE unless SQLITE_DONE. */
gboolean      tomoni_store_step_error         (TomoniStore   *self,
                                               sqlite3_stmt  *stmt,
                                               int            rc,
                                               GError       **error);
/* Binds @id, or NULL when it is 0. */
void          tomoni_store_bind_id_or_null    (sqlite3_stmt  *stmt,
                                               int            index,
                                               gint64         id);
/* A display name from family, given and Latin name at @first … @first + 2. */
char         *tomoni_store_name_from_columns  (sqlite3_stmt  *stmt,
                                               int            first);

/* Skills and trainings (tomoni-store-skills.c) --------------------------- */

/* The id of a skill (@skill TRUE) or training by key; 0 if unknown. */
gint64        tomoni_store_catalog_id         (TomoniStore   *self,
                                               gboolean       skill,
                                               const char    *key);

/* Volunteers (tomoni-store-volunteers.c) -------------------------------- */

/* Fills in the default dates, then checks everything the API checks. */
gboolean      tomoni_store_validate_volunteer (TomoniStore      *self,
                                               TomoniVolunteer  *volunteer,
                                               GError          **error);

G_END_DECLS
