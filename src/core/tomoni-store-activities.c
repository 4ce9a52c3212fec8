/* tomoni-store-activities.c: activities and their requesters in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-store-activities.h"
#include "tomoni-store-activities-private.h"
#include "tomoni-store-private.h"
#include "tomoni-text.h"

#define INVALID TOMONI_STORE_ERROR_INVALID
#define CONFLICT TOMONI_STORE_ERROR_CONFLICT
#define NOT_FOUND TOMONI_STORE_ERROR_NOT_FOUND

/* Activities ------------------------------------------------------------ */

static gboolean
validate_activity (TomoniStore     *self,
                   TomoniActivity  *activity,
                   GError         **error)
{
  static const char * const requester_kinds[] = { "school", "hospital", "city-office", "other" };
  const char *rkind = tomoni_activity_get_requester_kind (activity);
  gboolean known = FALSE;

  if (tomoni_text_is_blank (tomoni_activity_get_title (activity)))
    return tomoni_store_fail (error, INVALID, _("Title: this field is required"));
  if (tomoni_activity_get_kind (activity) >= TOMONI_ACTIVITY_N_KINDS)
    return tomoni_store_fail (error, INVALID, _("Kind: not a kind of activity"));
  for (guint i = 0; i < G_N_ELEMENTS (requester_kinds); i++)
    known |= g_strcmp0 (rkind, requester_kinds[i]) == 0;
  if (!known)
    return tomoni_store_fail (error, INVALID, _("Requester kind: “%s” is not school, hospital, city-office or other"), rkind);
  if (tomoni_activity_get_venue_id (activity) != 0
      && tomoni_store_count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM venue WHERE id = ?1", NULL),
                                     tomoni_activity_get_venue_id (activity)) == 0)
    return tomoni_store_fail (error, INVALID, _("Venue: no such venue"));
  return TRUE;
}

/* Finds or creates the requester named in @activity; 0 when none. */
static gboolean
write_requester (TomoniStore     *self,
                 TomoniActivity  *activity,
                 const char      *now,
                 gint64          *out_id,
                 GError         **error)
{
  g_autofree char *name = tomoni_text_normalize (tomoni_activity_get_requester_name (activity));
  TomoniRequesterRow row = { 0 };
  TomoniDbStmt *stmt;

  *out_id = 0;
  if (name == NULL || *name == '\0')
    return TRUE;
  stmt = tomoni_store_prepare (self, "SELECT id FROM requester WHERE name = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, name);
  row.id = tomoni_store_query_id (self, stmt);
  row.name = name;
  row.kind = tomoni_activity_get_requester_kind (activity);
  row.contact = tomoni_activity_get_requester_contact (activity);
  row.notes = tomoni_activity_get_requester_notes (activity);
  row.created_at = now;
  row.updated_at = now;
  if (row.id != 0 && !tomoni_requester_row_update (self, &row, error))
    return FALSE;
  if (row.id == 0 && !tomoni_requester_row_insert (self, &row, &row.id, error))
    return FALSE;
  *out_id = row.id;
  return TRUE;
}

/* The activity's row, as the API writes it. */
static void
fill_activity_row (TomoniActivityRow *row,
                   TomoniActivity    *activity,
                   const char        *title,
                   gint64             requester_id,
                   const char        *now)
{
  row->id = tomoni_activity_get_id (activity);
  row->title = title;
  row->title_en = tomoni_activity_get_title_en (activity);
  row->kind = tomoni_activity_kind_to_string (tomoni_activity_get_kind (activity));
  row->venue_id = tomoni_activity_get_venue_id (activity);
  row->requester_id = requester_id;
  row->confidential = tomoni_activity_get_confidential (activity);
  row->notes = tomoni_activity_get_notes (activity);
  row->created_at = now;
  row->updated_at = now;
}

gboolean
tomoni_store_add_activity (TomoniStore     *self,
                           TomoniActivity  *activity,
                           GError         **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *uuid = tomoni_uuid_new ();
  g_autofree char *title = NULL;
  TomoniActivityRow row = { 0 };
  gint64 requester_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (activity), FALSE);

  if (!validate_activity (self, activity, error))
    return FALSE;
  title = tomoni_text_normalize (tomoni_activity_get_title (activity));
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!write_requester (self, activity, now, &requester_id, error))
    return FALSE;
  fill_activity_row (&row, activity, title, requester_id, now);
  row.uuid = uuid;
  if (!tomoni_activity_row_insert (self, &row, &row.id, error))
    return FALSE;
  tomoni_activity_set_id (activity, row.id);
  if (!tomoni_store_transaction_commit (&tx, error))
    {
      tomoni_activity_set_id (activity, 0);
      return FALSE;
    }
  tomoni_activity_set_uuid (activity, uuid);
  tomoni_activity_set_title (activity, title);
  tomoni_activity_set_requester_id (activity, requester_id);
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_update_activity (TomoniStore     *self,
                              TomoniActivity  *activity,
                              GError         **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *title = NULL;
  TomoniActivityRow row = { 0 };
  gint64 requester_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (tomoni_activity_get_id (activity) > 0, FALSE);

  if (!validate_activity (self, activity, error))
    return FALSE;
  title = tomoni_text_normalize (tomoni_activity_get_title (activity));
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!write_requester (self, activity, now, &requester_id, error))
    return FALSE;
  fill_activity_row (&row, activity, title, requester_id, now);
  if (!tomoni_activity_row_update (self, &row, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return tomoni_store_fail (error, NOT_FOUND, _("No such activity"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_activity_set_requester_id (activity, requester_id);
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_delete_activity (TomoniStore  *self,
                              gint64        activity_id,
                              GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  gint64 n;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  n = tomoni_store_count_with_id (self, tomoni_store_prepare (self,
                                                 "SELECT count(*) FROM assignment a JOIN slot sl ON sl.id = a.slot_id"
                                                 " JOIN shift s ON s.id = sl.shift_id"
                                                 " WHERE s.activity_id = ?1 AND a.checkin IS NOT NULL", error),
                     activity_id);
  if (n > 0)
    return tomoni_store_fail (error, CONFLICT,
                              g_dngettext (GETTEXT_PACKAGE,
                                   "%u volunteer was already checked in: the activity is kept for the records",
                                   "%u volunteers were already checked in: the activity is kept for the records", n),
                      (guint) n);
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM activity WHERE id = ?1", error), activity_id, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return tomoni_store_fail (error, NOT_FOUND, _("No such activity"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

#define ACTIVITY_SELECT \
  "SELECT a.id, a.uuid, a.title, a.title_en, a.kind, coalesce (a.venue_id, 0), coalesce (a.requester_id, 0)," \
  " coalesce (r.name, ''), coalesce (r.kind, 'other'), coalesce (r.contact, ''), coalesce (r.notes, '')," \
  " a.confidential, a.notes," \
  " (SELECT min (date) FROM shift WHERE activity_id = a.id), (SELECT max (date) FROM shift WHERE activity_id = a.id)," \
  " (SELECT count(*) FROM shift WHERE activity_id = a.id)," \
  " (SELECT coalesce (sum (sl.needed), 0) FROM slot sl JOIN shift s ON s.id = sl.shift_id WHERE s.activity_id = a.id)," \
  " (SELECT count(*) FROM assignment x JOIN slot sl ON sl.id = x.slot_id JOIN shift s ON s.id = sl.shift_id" \
  "   WHERE s.activity_id = a.id AND x.status <> 'cancelled')" \
  " FROM activity a LEFT JOIN requester r ON r.id = a.requester_id"

static TomoniActivity *
activity_from_stmt (TomoniStore   *self,
                    TomoniDbStmt  *stmt,
                    GError       **error)
{
  TomoniActivity *activity;
  TomoniActivityKind kind = TOMONI_ACTIVITY_OTHER;
  int rc = tomoni_db_step (stmt);

  if (rc != TOMONI_DB_ROW)
    {
      tomoni_db_reset (stmt);
      if (rc == TOMONI_DB_DONE)
        tomoni_store_fail (error, NOT_FOUND, _("No such activity"));
      else
        tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  activity = tomoni_activity_new ();
  tomoni_activity_set_id (activity, tomoni_db_column_int64 (stmt, 0));
  tomoni_activity_set_uuid (activity, tomoni_db_column_text (stmt, 1));
  tomoni_activity_set_title (activity, tomoni_db_column_text (stmt, 2));
  tomoni_activity_set_title_en (activity, tomoni_db_column_text (stmt, 3));
  tomoni_activity_kind_from_string (tomoni_db_column_text (stmt, 4), &kind);
  tomoni_activity_set_kind (activity, kind);
  tomoni_activity_set_venue_id (activity, tomoni_db_column_int64 (stmt, 5));
  tomoni_activity_set_requester_id (activity, tomoni_db_column_int64 (stmt, 6));
  tomoni_activity_set_requester_name (activity, tomoni_db_column_text (stmt, 7));
  tomoni_activity_set_requester_kind (activity, tomoni_db_column_text (stmt, 8));
  tomoni_activity_set_requester_contact (activity, tomoni_db_column_text (stmt, 9));
  tomoni_activity_set_requester_notes (activity, tomoni_db_column_text (stmt, 10));
  tomoni_activity_set_confidential (activity, tomoni_db_column_int (stmt, 11));
  tomoni_activity_set_notes (activity, tomoni_db_column_text (stmt, 12));
  tomoni_activity_set_summary (activity, tomoni_db_column_text (stmt, 13),
                               tomoni_db_column_text (stmt, 14),
                               tomoni_db_column_int (stmt, 15), tomoni_db_column_int (stmt, 16),
                               tomoni_db_column_int (stmt, 17));
  tomoni_db_reset (stmt);
  return activity;
}

TomoniActivity *
tomoni_store_get_activity (TomoniStore  *self,
                           gint64        activity_id,
                           GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ACTIVITY_SELECT " WHERE a.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, activity_id);
  return activity_from_stmt (self, stmt, error);
}

TomoniActivity *
tomoni_store_get_activity_by_uuid (TomoniStore  *self,
                                   const char   *uuid,
                                   GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  stmt = tomoni_store_prepare (self, ACTIVITY_SELECT " WHERE a.uuid = ?1", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, uuid);
  return activity_from_stmt (self, stmt, error);
}

GArray *
tomoni_store_query_activity_ids (TomoniStore  *self,
                                 const char   *from,
                                 const char   *to,
                                 GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  TomoniDbStmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self,
                               "SELECT a.id FROM activity a LEFT JOIN shift s ON s.activity_id = a.id"
                               " GROUP BY a.id"
                               " HAVING (?1 = '' AND ?2 = '')"
                               "  OR (count (s.id) > 0 AND EXISTS (SELECT 1 FROM shift x WHERE x.activity_id = a.id"
                               "      AND (?1 = '' OR x.date >= ?1) AND (?2 = '' OR x.date <= ?2)))"
                               " ORDER BY coalesce (max (s.date), '9999') DESC, a.id DESC", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, from != NULL ? from : "");
  tomoni_bind_text (stmt, 2, to != NULL ? to : "");
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 id = tomoni_db_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}
