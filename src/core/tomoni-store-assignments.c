/* tomoni-store-assignments.c: assignments, check-in and cancellation in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-store-activities-private.h"
#include "tomoni-store-assignments.h"
#include "tomoni-store-private.h"
#include "tomoni-text.h"

#define INVALID TOMONI_STORE_ERROR_INVALID
#define CONFLICT TOMONI_STORE_ERROR_CONFLICT
#define NOT_FOUND TOMONI_STORE_ERROR_NOT_FOUND

/* Assignments ------------------------------------------------------------ */

gint64
tomoni_store_assign (TomoniStore  *self,
                     gint64        slot_id,
                     gint64        person_id,
                     const char   *override_reason,
                     GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *reason = NULL;
  g_autofree char *why = NULL;
  g_autoptr(TomoniMatchData) data = NULL;
  TomoniMatchSlot *slot;
  TomoniMatchPerson *person;
  TomoniMatchScore score = { 0 };
  TomoniAssignmentRow row = { 0 };
  gboolean overriding;
  guint rules;
  gint64 id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), 0);

  reason = tomoni_text_normalize (override_reason);
  overriding = reason != NULL && *reason != '\0';
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return 0;
  data = tomoni_store_match_data_load (self, 0, slot_id, "", "", NULL, person_id, error);
  if (data == NULL)
    return 0;
  if (data->slots->len == 0)
    {
      tomoni_store_fail (error, NOT_FOUND, _("No such slot"));
      return 0;
    }
  if (data->people->len == 0)
    {
      tomoni_store_fail (error, NOT_FOUND, _("This person is not a registered volunteer"));
      return 0;
    }
  slot = g_ptr_array_index (data->slots, 0);
  person = g_ptr_array_index (data->people, 0);
  rules = tomoni_match_check (data, person, slot, &why);
  if (rules & TOMONI_RULE_ALREADY_ASSIGNED)
    {
      tomoni_store_fail (error, CONFLICT, _("%s is already assigned to this slot"), person->name);
      return 0;
    }
  if (slot->n_assigned >= slot->needed && !overriding)
    {
      tomoni_store_fail (error, INVALID, _("Needed: the slot “%s” already has its %u people (rule: slot-full); "
                                   "give an override reason to add one more"), slot->role, slot->needed);
      return 0;
    }
  if (rules != 0 && !overriding)
    {
      tomoni_store_fail (error, INVALID, _("%s cannot take this slot: %s (rule: %s); give an override reason to assign anyway"),
                         person->name, why, tomoni_store_first_rule (rules));
      return 0;
    }
  if (rules == 0)
    tomoni_match_score (data, person, slot, &score);
  row.slot_id = slot_id;
  row.person_id = person_id;
  row.source = "manual";
  row.score = rules == 0 ? score.total : -1;
  row.override_reason = overriding ? reason : "";
  row.minutes = -1;
  row.created_at = now;
  if (!tomoni_assignment_row_insert (self, &row, &id, error) || !tomoni_store_transaction_commit (&tx, error))
    return 0;
  tomoni_store_notify_changed (self, "activities");
  return id;
}

#define ASSIGNMENT_SELECT \
  "SELECT x.id, x.uuid, x.slot_id, s.id, s.uuid, a.id, a.title, x.person_id, p.uuid," \
  " p.family_name, p.given_name, p.latin_name, sl.role, s.date, s.start_minute, s.end_minute," \
  " x.status, x.source, coalesce (x.score, -1), x.override_reason, x.cancel_reason, coalesce (x.checkin, '')," \
  " coalesce (x.minutes, -1), p.erased_at IS NOT NULL" \
  " FROM assignment x JOIN slot sl ON sl.id = x.slot_id JOIN shift s ON s.id = sl.shift_id" \
  " JOIN activity a ON a.id = s.activity_id JOIN person p ON p.id = x.person_id"

static TomoniAssignment *
assignment_from_row (TomoniDbStmt *stmt)
{
  g_autofree char *name = tomoni_db_column_int (stmt, 23) ? g_strdup (_("(personal data erased)"))
                                                         : tomoni_store_name_from_columns (stmt, 9);
  TomoniAssignmentFields f = { 0 };
  const char *status = tomoni_db_column_text (stmt, 16);

  f.id = tomoni_db_column_int64 (stmt, 0);
  f.uuid = tomoni_db_column_text (stmt, 1);
  f.slot_id = tomoni_db_column_int64 (stmt, 2);
  f.shift_id = tomoni_db_column_int64 (stmt, 3);
  f.shift_uuid = tomoni_db_column_text (stmt, 4);
  f.activity_id = tomoni_db_column_int64 (stmt, 5);
  f.activity_title = tomoni_db_column_text (stmt, 6);
  f.person_id = tomoni_db_column_int64 (stmt, 7);
  f.person_uuid = tomoni_db_column_text (stmt, 8);
  f.person_name = name;
  f.role = tomoni_db_column_text (stmt, 12);
  f.date = tomoni_db_column_text (stmt, 13);
  f.start_minute = tomoni_db_column_int (stmt, 14);
  f.end_minute = tomoni_db_column_int (stmt, 15);
  f.status = g_str_equal (status, "confirmed") ? TOMONI_ASSIGNMENT_CONFIRMED
           : g_str_equal (status, "cancelled") ? TOMONI_ASSIGNMENT_CANCELLED : TOMONI_ASSIGNMENT_ASSIGNED;
  f.source = tomoni_db_column_text (stmt, 17);
  f.score = tomoni_db_column_int64 (stmt, 18);
  f.override_reason = tomoni_db_column_text (stmt, 19);
  f.cancel_reason = tomoni_db_column_text (stmt, 20);
  tomoni_checkin_from_string (tomoni_db_column_text (stmt, 21), &f.checkin);
  f.minutes = tomoni_db_column_int (stmt, 22);
  return tomoni_assignment_new_from_fields (&f);
}

static GPtrArray *
assignments_from_stmt (TomoniStore   *self,
                       TomoniDbStmt  *stmt,
                       GError       **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    g_ptr_array_add (out, assignment_from_row (stmt));
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&out);
}

static TomoniAssignment *
single_assignment (TomoniStore   *self,
                   TomoniDbStmt  *stmt,
                   GError       **error)
{
  g_autoptr(GPtrArray) list = NULL;

  if (stmt == NULL)
    return NULL;
  list = assignments_from_stmt (self, stmt, error);
  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      tomoni_store_fail (error, NOT_FOUND, _("No such assignment"));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (list, 0));
}

TomoniAssignment *
tomoni_store_get_assignment (TomoniStore  *self,
                             gint64        assignment_id,
                             GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ASSIGNMENT_SELECT " WHERE x.id = ?1", error);
  if (stmt != NULL)
    tomoni_db_bind_int64 (stmt, 1, assignment_id);
  return single_assignment (self, stmt, error);
}

TomoniAssignment *
tomoni_store_get_assignment_by_uuid (TomoniStore  *self,
                                     const char   *uuid,
                                     GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ASSIGNMENT_SELECT " WHERE x.uuid = ?1", error);
  if (stmt != NULL)
    tomoni_bind_text (stmt, 1, uuid);
  return single_assignment (self, stmt, error);
}

GPtrArray *
tomoni_store_list_roster (TomoniStore  *self,
                          gint64        activity_id,
                          gboolean      with_cancelled,
                          GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ASSIGNMENT_SELECT " WHERE a.id = ?1 AND (?2 OR x.status <> 'cancelled')"
                                     " ORDER BY s.date, s.start_minute, s.id, sl.id, p.sort_key, x.id", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, activity_id);
  tomoni_db_bind_int (stmt, 2, with_cancelled ? 1 : 0);
  return assignments_from_stmt (self, stmt, error);
}

GPtrArray *
tomoni_store_list_schedule (TomoniStore  *self,
                            gint64        person_id,
                            const char   *from,
                            const char   *to,
                            GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ASSIGNMENT_SELECT " WHERE x.person_id = ?1 AND x.status <> 'cancelled'"
                                     " AND (?2 = '' OR s.date >= ?2) AND (?3 = '' OR s.date <= ?3)"
                                     " ORDER BY s.date, s.start_minute, x.id", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  tomoni_bind_text (stmt, 2, from != NULL ? from : "");
  tomoni_bind_text (stmt, 3, to != NULL ? to : "");
  return assignments_from_stmt (self, stmt, error);
}

/* Loads the assignment to change; refuses what @refuse_* say. */
static TomoniAssignment *
assignment_to_change (TomoniStore  *self,
                      gint64        assignment_id,
                      gboolean      refuse_cancelled,
                      gboolean      refuse_checked_in,
                      GError      **error)
{
  g_autoptr(TomoniAssignment) assignment = tomoni_store_get_assignment (self, assignment_id, error);

  if (assignment == NULL)
    return NULL;
  if (refuse_cancelled && tomoni_assignment_get_status (assignment) == TOMONI_ASSIGNMENT_CANCELLED)
    {
      tomoni_store_fail (error, INVALID, _("This assignment was cancelled"));
      return NULL;
    }
  if (refuse_checked_in && tomoni_assignment_get_checkin (assignment) != TOMONI_CHECKIN_NONE)
    {
      tomoni_store_fail (error, CONFLICT, _("%s was already checked in for this shift"),
                         tomoni_assignment_get_person_name (assignment));
      return NULL;
    }
  return g_steal_pointer (&assignment);
}

gboolean
tomoni_store_unassign (TomoniStore  *self,
                       gint64        assignment_id,
                       GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniAssignment) assignment = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  assignment = assignment_to_change (self, assignment_id, FALSE, TRUE, error);
  if (assignment == NULL || !tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM assignment WHERE id = ?1", error), assignment_id, error)
      || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

/* Writes the row of an assignment that assignment_to_change() accepted,
 * changed by @change, in its own transaction. */
typedef void (*RowChange) (TomoniAssignmentRow *row,
                           gconstpointer        data,
                           const char          *now);

static gboolean
change_assignment (TomoniStore  *self,
                   gint64        assignment_id,
                   RowChange     change,
                   gconstpointer data,
                   GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniAssignmentRow row;
  gboolean ok;

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!tomoni_assignment_row_load (self, assignment_id, &row, error))
    return FALSE;
  change (&row, data, now);
  ok = tomoni_assignment_row_update (self, &row, error);
  tomoni_assignment_row_clear (&row);
  if (!ok || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

static void
set_confirmed (TomoniAssignmentRow *row,
               gconstpointer        data,
               const char          *now)
{
  g_free ((char *)row->status);
  row->status = g_strdup ("confirmed");
}

gboolean
tomoni_store_confirm_assignment (TomoniStore  *self,
                                 gint64        assignment_id,
                                 GError      **error)
{
  g_autoptr(TomoniAssignment) assignment = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  assignment = assignment_to_change (self, assignment_id, TRUE, FALSE, error);
  return assignment != NULL && change_assignment (self, assignment_id, set_confirmed, NULL, error);
}

static void
set_cancelled (TomoniAssignmentRow *row,
               gconstpointer        data,
               const char          *now)
{
  g_free ((char *)row->status);
  row->status = g_strdup ("cancelled");
  g_free ((char *)row->cancel_reason);
  row->cancel_reason = g_strdup (data);
}

gboolean
tomoni_store_cancel_assignment (TomoniStore  *self,
                                gint64        assignment_id,
                                const char   *reason,
                                GError      **error)
{
  g_autoptr(TomoniAssignment) assignment = NULL;
  g_autofree char *text = tomoni_text_normalize (reason);

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  if (text == NULL || *text == '\0')
    return tomoni_store_fail (error, INVALID, _("Reason: say why the assignment is cancelled"));
  assignment = assignment_to_change (self, assignment_id, TRUE, TRUE, error);
  return assignment != NULL && change_assignment (self, assignment_id, set_cancelled, text, error);
}

static void
set_checkin (TomoniAssignmentRow *row,
             gconstpointer        data,
             const char          *now)
{
  const TomoniCheckin *checkin = data;

  g_free ((char *)row->checkin);
  row->checkin = g_strdup (tomoni_checkin_to_string (*checkin));
  g_free ((char *)row->checked_in_at);
  row->checked_in_at = *checkin == TOMONI_CHECKIN_NONE ? NULL : g_strdup (now);
}

gboolean
tomoni_store_check_in (TomoniStore    *self,
                       gint64          assignment_id,
                       TomoniCheckin   checkin,
                       GError        **error)
{
  g_autoptr(TomoniAssignment) assignment = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (checkin <= TOMONI_CHECKIN_NO_SHOW, FALSE);
  assignment = assignment_to_change (self, assignment_id, TRUE, FALSE, error);
  return assignment != NULL && change_assignment (self, assignment_id, set_checkin, &checkin, error);
}

static void
set_minutes (TomoniAssignmentRow *row,
             gconstpointer        data,
             const char          *now)
{
  row->minutes = *(const int *)data;
}

gboolean
tomoni_store_set_assignment_minutes (TomoniStore  *self,
                                     gint64        assignment_id,
                                     int           minutes,
                                     GError      **error)
{
  g_autoptr(TomoniAssignment) assignment = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  if (minutes < -1 || minutes > 1440)
    return tomoni_store_fail (error, INVALID, _("Minutes: %d is not between 0 and 1440"), minutes);
  assignment = assignment_to_change (self, assignment_id, TRUE, FALSE, error);
  return assignment != NULL && change_assignment (self, assignment_id, set_minutes, &minutes, error);
}

void
tomoni_volunteer_history_free (TomoniVolunteerHistory *history)
{
  if (history == NULL)
    return;
  g_ptr_array_unref (history->assignments);
  g_free (history->last_date);
  g_free (history);
}

TomoniVolunteerHistory *
tomoni_store_get_volunteer_history (TomoniStore  *self,
                                    gint64        person_id,
                                    GError      **error)
{
  g_autoptr(GHashTable) activities = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) activity_ids = NULL;
  TomoniVolunteerHistory *history;
  GPtrArray *list;
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ASSIGNMENT_SELECT " WHERE x.person_id = ?1 AND x.checkin = 'present'"
                                     " ORDER BY s.date DESC, s.start_minute DESC, x.id DESC", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  list = assignments_from_stmt (self, stmt, error);
  if (list == NULL)
    return NULL;
  activity_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), list->len);
  history = g_new0 (TomoniVolunteerHistory, 1);
  history->assignments = list;
  history->last_date = g_strdup (list->len > 0 ? tomoni_assignment_get_date (g_ptr_array_index (list, 0)) : "");
  for (guint i = 0; i < list->len; i++)
    {
      TomoniAssignment *assignment = g_ptr_array_index (list, i);
      gint64 id = tomoni_assignment_get_activity_id (assignment);

      history->total_minutes += tomoni_assignment_get_minutes (assignment);
      g_array_append_val (activity_ids, id);
    }
  for (guint i = 0; i < activity_ids->len; i++)
    g_hash_table_add (activities, &g_array_index (activity_ids, gint64, i));
  history->n_activities = g_hash_table_size (activities);
  return history;
}
