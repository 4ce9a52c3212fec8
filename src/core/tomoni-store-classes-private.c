/* tomoni-store-classes-private.c: helpers shared by the store files of the
 * classes area (declared in tomoni-store-classes-private.h)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "tomoni-store-classes-private.h"
#include "tomoni-store-private.h"
#include "tomoni-store-volunteers-private.h"

gboolean
tomoni_classes_invalid (GError     **error,
                        const char  *format,
                        ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;
  g_assert (*error == NULL);
  va_start (args, format);
  *error = g_error_new_valist (TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

gboolean
tomoni_classes_not_found (GError     **error,
                          const char  *what)
{
  g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, what);
  return FALSE;
}

/* Parses a strict "YYYY-MM-DD". */
gboolean
tomoni_classes_parse_date (const char *text,
                           GDate      *out)
{
  int y, m, d;
  char tail;

  g_date_clear (out, 1);
  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

char *
tomoni_classes_format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

gboolean
tomoni_classes_check_date (const char  *text,
                           const char  *field,
                           GDate       *out,
                           GError     **error)
{
  if (!tomoni_classes_parse_date (text, out))
    {
      /* Translators: %s is a field name, e.g. "Start date"; then the text given */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("%s: “%s” is not a date (YYYY-MM-DD)"), field, text != NULL ? text : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
tomoni_classes_check_times (int      start_minute,
                            int      end_minute,
                            GError **error)
{
  if (start_minute < 0 || start_minute >= 24 * 60 || end_minute <= 0 || end_minute > 24 * 60)
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                           _("Time: times must be within the day (00:00–24:00)"));
      return FALSE;
    }
  if (end_minute <= start_minute)
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                           _("End time: the session ends before it starts"));
      return FALSE;
    }
  return TRUE;
}

/* Today in Asia/Tokyo (+09:00, no daylight saving). */
gboolean
tomoni_classes_in_list (const char         *value,
                        const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_strcmp0 (value, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Runs a statement that returns rows into a GPtrArray through @build. */

GPtrArray *
tomoni_classes_collect (TomoniStore   *self,
                        TomoniDbStmt  *stmt,
                        TomoniRowFunc        build,
                        GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    g_ptr_array_add (items, build (stmt));
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&items);
}

/* The first row of @stmt through @build, or NULL with NOT_FOUND @what. */
gpointer
tomoni_classes_collect_one (TomoniStore   *self,
                            TomoniDbStmt  *stmt,
                            TomoniRowFunc        build,
                            const char    *what,
                            GError       **error)
{
  gpointer item = NULL;
  int rc = tomoni_db_step (stmt);

  if (rc == TOMONI_DB_ROW)
    item = build (stmt);
  else if (rc == TOMONI_DB_DONE)
    tomoni_classes_not_found (error, what);
  else
    tomoni_store_set_error (self, rc, error);
  tomoni_db_reset (stmt);
  return item;
}

const char *
tomoni_classes_column_text (TomoniDbStmt *stmt,
                            int           column)
{
  const char *text = tomoni_db_column_text (stmt, column);

  return text != NULL ? text : "";
}

gboolean
tomoni_classes_row_exists (TomoniStore   *self,
                           const char    *sql,
                           gint64         id,
                           gboolean      *out_exists,
                           GError       **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  rc = tomoni_db_step (stmt);
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_ROW && rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }
  *out_exists = rc == TOMONI_DB_ROW;
  return TRUE;
}

char *
tomoni_classes_normalized (const char *text)
{
  g_autofree char *nfkc = NULL;

  if (text == NULL)
    return g_strdup ("");
  nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  return g_strstrip (g_steal_pointer (&nfkc));
}

/* ---- Venues ------------------------------------------------------------- */

gboolean
tomoni_classes_check_person (TomoniStore  *self,
                             gint64        person_id,
                             GError      **error)
{
  gboolean exists;

  if (!tomoni_classes_row_exists (self, "SELECT 1 FROM person WHERE id = ? AND deleted_at IS NULL AND erased_at IS NULL",
                                  person_id, &exists, error))
    return FALSE;
  if (!exists)
    return tomoni_classes_not_found (error, _("Person: no such person"));
  return TRUE;
}

void
tomoni_classes_bind_id_or_null (TomoniDbStmt *stmt,
                                int           index,
                                gint64        id)
{
  tomoni_store_bind_id_or_null (stmt, index, id);
}

gboolean
tomoni_classes_step_insert (TomoniStore   *self,
                            TomoniDbStmt  *stmt,
                            gint64        *out_id,
                            GError       **error)
{
  return tomoni_store_step_insert (self, stmt, out_id, error);
}

gboolean
tomoni_classes_step_update (TomoniStore   *self,
                            TomoniDbStmt  *stmt,
                            const char    *what,
                            GError       **error)
{
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return tomoni_classes_not_found (error, what);
  return TRUE;
}

gboolean
tomoni_classes_save_record (TomoniStore        *self,
                            gpointer            record,
                            gboolean            add,
                            TomoniRecordWrite   write,
                            GError            **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = add ? tomoni_uuid_new () : NULL;
  gint64 id = 0;

  if (!tomoni_store_transaction_begin (&tx, self, error) ||
      !write (self, record, uuid, add ? &id : NULL, error) ||
      !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  if (add)
    g_object_set (record, "id", id, "uuid", uuid, NULL);
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}
