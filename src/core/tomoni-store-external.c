/* tomoni-store-external.c: external entries, the participant counts of
 * events run elsewhere that count towards a target (their row writer is
 * with the other target row writers in tomoni-store-targets.c)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tomoni-store-targets"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-store-private.h"
#include "tomoni-store-targets.h"
#include "tomoni-store-targets-private.h"

/* --- external entries ------------------------------------------------------ */

static gboolean
validate_external (TomoniStore          *self,
                   TomoniExternalCount  *entry,
                   GError              **error)
{
  GDate date;
  g_autoptr(GError) local = NULL;
  TomoniDbStmt *stmt;
  gboolean found;

  if (entry->date == NULL || !tomoni_date_parse (entry->date, &date, &local))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID, _("Date: %s"),
                   local != NULL ? local->message : _("give a date as YYYY-MM-DD"));
      return FALSE;
    }
  g_free (entry->date);
  entry->date = tomoni_date_format_iso (&date);

  if (entry->programme == NULL || *g_strstrip (entry->programme) == '\0')
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Programme: say which programme the participants took part in"));
      return FALSE;
    }
  if (entry->source == NULL || *g_strstrip (entry->source) == '\0')
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Source: say who reported the number (for example the partner organisation)"));
      return FALSE;
    }
  if (entry->count <= 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Count: give a number of participants of 1 or more"));
      return FALSE;
    }
  if (entry->count > TOMONI_EXTERNAL_COUNT_MAX)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   /* Translators: %d is the largest number allowed (1000000) */
                   _("Count: give a number of participants of at most %d"), TOMONI_EXTERNAL_COUNT_MAX);
      return FALSE;
    }

  stmt = tomoni_store_prepare (self, "SELECT 1 FROM target WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, entry->target_id);
  found = tomoni_db_step (stmt) == TOMONI_DB_ROW;
  tomoni_db_reset (stmt);
  if (!found)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("Target: no such target"));
      return FALSE;
    }

  if (entry->venue_id != 0)
    {
      stmt = tomoni_store_prepare (self, "SELECT 1 FROM venue WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, entry->venue_id);
      found = tomoni_db_step (stmt) == TOMONI_DB_ROW;
      tomoni_db_reset (stmt);
      if (!found)
        {
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("Venue: no such venue"));
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * tomoni_store_add_external_count:
 *
 * Adds participation reported as a number (date, programme, count, source;
 * venue optional) and sets @entry's id and uuid. It counts as given under
 * every counting rule.
 */
gboolean
tomoni_store_add_external_count (TomoniStore          *self,
                                 TomoniExternalCount  *entry,
                                 GError              **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = tomoni_uuid_new ();

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!validate_external (self, entry, error))
    return FALSE;
  {
    TomoniExternalCountRow row = { 0 };

    row.uuid = uuid;
    row.target_id = entry->target_id;
    row.date = entry->date;
    row.programme = entry->programme;
    row.venue_id = entry->venue_id;
    row.count = entry->count;
    row.source = entry->source;
    if (!tomoni_external_count_row_insert (self, &row, &entry->id, error))
      return FALSE;
  }
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  g_free (entry->uuid);
  entry->uuid = g_steal_pointer (&uuid);
  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}

gboolean
tomoni_store_update_external_count (TomoniStore                *self,
                                    const TomoniExternalCount  *entry,
                                    GError                    **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniExternalCount copy = *entry;
  g_autofree char *date = NULL;
  g_autofree char *programme = NULL;
  g_autofree char *source = NULL;
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  copy.date = date = g_strdup (entry->date);
  copy.programme = programme = g_strdup (entry->programme);
  copy.source = source = g_strdup (entry->source);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!validate_external (self, &copy, error))
    return FALSE;
  date = copy.date;
  stmt = tomoni_store_prepare (self,
                               "UPDATE external_count SET target_id = ?, date = ?, programme = ?, venue_id = ?,"
                               " count = ?, source = ?, updated_at = tomoni_now () WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, copy.target_id);
  tomoni_bind_text (stmt, 2, copy.date);
  tomoni_bind_text (stmt, 3, copy.programme);
  if (copy.venue_id != 0)
    tomoni_db_bind_int64 (stmt, 4, copy.venue_id);
  tomoni_db_bind_int64 (stmt, 5, copy.count);
  tomoni_bind_text (stmt, 6, copy.source);
  tomoni_db_bind_int64 (stmt, 7, copy.id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such external entry."));
      return FALSE;
    }
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}

gboolean
tomoni_store_delete_external_count (TomoniStore  *self,
                                    gint64        id,
                                    GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  return tomoni_store_delete_by_id (self, "DELETE FROM external_count WHERE id = ?1", id, _("No such external entry."), "targets", error);
}

/**
 * tomoni_store_list_external_counts:
 * @target_id: a target, or 0 for every target
 *
 * Returns: (transfer container) (element-type TomoniExternalCount): by date
 */
GPtrArray *
tomoni_store_list_external_counts (TomoniStore  *self,
                                   gint64        target_id,
                                   GError      **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify)tomoni_external_count_free);
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT id, uuid, target_id, date, programme, coalesce (venue_id, 0), count, source"
                               " FROM external_count WHERE ?1 = 0 OR target_id = ?1 ORDER BY date, id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, target_id);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      TomoniExternalCount *entry = g_new0 (TomoniExternalCount, 1);

      entry->id = tomoni_db_column_int64 (stmt, 0);
      entry->uuid = tomoni_column_dup_text (stmt, 1);
      entry->target_id = tomoni_db_column_int64 (stmt, 2);
      entry->date = tomoni_column_dup_text (stmt, 3);
      entry->programme = tomoni_column_dup_text (stmt, 4);
      entry->venue_id = tomoni_db_column_int64 (stmt, 5);
      entry->count = tomoni_db_column_int64 (stmt, 6);
      entry->source = tomoni_column_dup_text (stmt, 7);
      g_ptr_array_add (entries, entry);
    }
  tomoni_db_reset (stmt);
  return g_steal_pointer (&entries);
}
