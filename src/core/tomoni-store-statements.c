/* tomoni-store-statements.c: the small statement and date helpers that
 * every repository of the store shares (declared in tomoni-store-private.h)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "tomoni-date.h"
#include "tomoni-store-private.h"

gboolean
tomoni_store_fail (GError     **error,
                   int          code,
                   const char  *format,
                   ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, TOMONI_STORE_ERROR, code, message);
  return FALSE;
}

char *
tomoni_store_normalize_date (const char *text)
{
  GDate d;

  if (text == NULL)
    return NULL;
  g_date_clear (&d, 1);
  if (!tomoni_date_parse (text, &d, NULL))
    return NULL;
  return tomoni_date_format_iso (&d);
}

gboolean
tomoni_store_is_iso_date (const char *text)
{
  g_autofree char *iso = NULL;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  iso = tomoni_store_normalize_date (text);
  return iso != NULL && g_str_equal (iso, text);
}

char *
tomoni_store_add_days (const char *date,
                       int         days)
{
  GDate d;

  g_date_clear (&d, 1);
  if (!tomoni_date_parse (date, &d, NULL))
    return NULL;
  if (days >= 0)
    g_date_add_days (&d, days);
  else
    g_date_subtract_days (&d, -days);
  return tomoni_date_format_iso (&d);
}

char *
tomoni_store_fiscal_year_end (const char *date,
                              int         extra)
{
  GDate d, last;

  g_date_clear (&d, 1);
  if (!tomoni_date_parse (date, &d, NULL))
    return NULL;
  tomoni_fiscal_year_bounds (tomoni_fiscal_year_of (&d) + extra, NULL, &last);
  return tomoni_date_format_iso (&last);
}

gint64
tomoni_store_query_id (TomoniStore  *self,
                       TomoniDbStmt *stmt)
{
  gint64 value = 0;

  if (stmt == NULL)
    return 0;
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    value = tomoni_db_column_int64 (stmt, 0);
  tomoni_db_reset (stmt);
  return value;
}

gint64
tomoni_store_count_with_id (TomoniStore  *self,
                            TomoniDbStmt *stmt,
                            gint64        id)
{
  if (stmt == NULL)
    return 0;
  tomoni_db_bind_int64 (stmt, 1, id);
  return tomoni_store_query_id (self, stmt);
}

gboolean
tomoni_store_exec_with_id (TomoniStore   *self,
                           TomoniDbStmt  *stmt,
                           gint64         id,
                           GError       **error)
{
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  return tomoni_store_step_done (self, stmt, error);
}

gboolean
tomoni_store_step_error (TomoniStore   *self,
                         TomoniDbStmt  *stmt,
                         int            rc,
                         GError       **error)
{
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

void
tomoni_store_bind_id_or_null (TomoniDbStmt *stmt,
                              int           index,
                              gint64        id)
{
  if (id != 0)
    tomoni_db_bind_int64 (stmt, index, id);
  else
    tomoni_db_bind_null (stmt, index);
}

gboolean
tomoni_store_step_insert (TomoniStore   *self,
                          TomoniDbStmt  *stmt,
                          gint64        *out_id,
                          GError       **error)
{
  TomoniDb *db = tomoni_store_get_db (self);
  int rc = tomoni_db_step (stmt);
  gint64 id = 0;

  /* INSERT … RETURNING id gives the id as a row; an INSERT … ON CONFLICT
   * DO NOTHING that met its conflict gives no row and changes nothing. */
  if (rc == TOMONI_DB_ROW)
    id = tomoni_db_column_int64 (stmt, 0);
  else if (rc == TOMONI_DB_DONE)
    id = tomoni_db_changes (db) > 0 ? tomoni_db_last_insert_id (db) : 0;
  else
    {
      tomoni_store_set_error (self, rc, error);
      tomoni_db_reset (stmt);
      return FALSE;
    }
  tomoni_db_reset (stmt);
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

gboolean
tomoni_store_row_found (TomoniStore   *self,
                        TomoniDbStmt  *stmt,
                        int            rc,
                        const char    *not_found,
                        GError       **error)
{
  tomoni_db_reset (stmt);
  if (rc == TOMONI_DB_ROW)
    return TRUE;
  if (rc == TOMONI_DB_DONE)
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_NOT_FOUND, "%s", not_found);
  tomoni_store_set_error (self, rc, error);
  return FALSE;
}

/* The one shape of "delete this row by id": one transaction, NOT_FOUND with
 * @not_found when there was no such row, @area's changed signal after. */
gboolean
tomoni_store_delete_by_id (TomoniStore  *self,
                           const char   *delete_sql,
                           gint64        id,
                           const char   *not_found,
                           const char   *area,
                           GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };

  if (!tomoni_store_transaction_begin (&tx, self, error) ||
      !tomoni_store_exec_with_id (self, tomoni_store_prepare (self, delete_sql, error), id, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_NOT_FOUND, "%s", not_found);
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, area);
  return TRUE;
}
