/* tomoni-store-autofill.c: auto-fill in the store: plan, apply and undo
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-store-activities-private.h"
#include "tomoni-store-autofill.h"
#include "tomoni-store-matching.h"
#include "tomoni-store-private.h"

#define CONFLICT TOMONI_STORE_ERROR_CONFLICT
#define NOT_FOUND TOMONI_STORE_ERROR_NOT_FOUND

TomoniMatchPlan *
tomoni_store_plan_auto_fill (TomoniStore   *self,
                             gint64         activity_id,
                             const char    *from,
                             const char    *to,
                             GCancellable  *cancellable,
                             GError       **error)
{
  return tomoni_store_plan_auto_fill_with_limit (self, activity_id, from, to,
                                                 TOMONI_MATCH_DEFAULT_TIME_LIMIT,
                                                 cancellable, error);
}

TomoniMatchPlan *
tomoni_store_plan_auto_fill_with_limit (TomoniStore   *self,
                                        gint64         activity_id,
                                        const char    *from,
                                        const char    *to,
                                        double         time_limit,
                                        GCancellable  *cancellable,
                                        GError       **error)
{
  g_autoptr(TomoniMatchData) data = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  g_return_val_if_fail (time_limit >= 0, NULL);
  data = tomoni_store_load_match_data (self, activity_id, from, to, NULL, error);
  if (data == NULL)
    return NULL;
  return tomoni_match_solve_with_limit (data, time_limit, cancellable, error);
}

typedef struct {
  gint64  activity_id;
  char   *from;
  char   *to;
} PlanTask;

static void
plan_task_free (gpointer data)
{
  PlanTask *task = data;

  g_free (task->from);
  g_free (task->to);
  g_free (task);
}

static void
plan_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PlanTask *args = task_data;
  g_autoptr(TomoniStore) connection = NULL;
  GError *error = NULL;
  TomoniMatchPlan *plan;

  connection = tomoni_store_open_connection (TOMONI_STORE (source_object), &error);
  if (connection == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  plan = tomoni_store_plan_auto_fill (connection, args->activity_id, args->from, args->to, cancellable, &error);
  if (plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, plan, (GDestroyNotify)tomoni_match_plan_free);
}

void
tomoni_store_plan_auto_fill_async (TomoniStore         *self,
                                   gint64               activity_id,
                                   const char          *from,
                                   const char          *to,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PlanTask *args;

  g_return_if_fail (TOMONI_IS_STORE (self));
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tomoni_store_plan_auto_fill_async);
  args = g_new0 (PlanTask, 1);
  args->activity_id = activity_id;
  args->from = g_strdup (from);
  args->to = g_strdup (to);
  g_task_set_task_data (task, args, plan_task_free);
  g_task_run_in_thread (task, plan_thread);
}

TomoniMatchPlan *
tomoni_store_plan_auto_fill_finish (TomoniStore   *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The first broken rule's key, for messages. */
const char *
tomoni_store_first_rule (guint rules)
{
  for (guint bit = 1; bit <= TOMONI_RULE_MONTHLY_CAP; bit <<= 1)
    if (rules & bit)
      return tomoni_rule_to_string (bit);
  return "";
}
gboolean
tomoni_store_apply_plan (TomoniStore      *self,
                         TomoniMatchPlan  *plan,
                         char            **out_token,
                         GError          **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *token = tomoni_uuid_new ();
  g_autoptr(TomoniMatchData) data = NULL;
  g_autoptr(GHashTable) slots = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) people = g_hash_table_new (g_int64_hash, g_int64_equal);
  const char *first = NULL, *last = NULL;
  TomoniAutoFillRow run = { 0 };
  gint64 run_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  run.uuid = token;
  run.n_created = plan->proposals->len;
  run.created_at = now;
  if (!tomoni_auto_fill_row_insert (self, &run, &run_id, error))
    return FALSE;

  /* Check again against the database as it is now (the plan may be old):
   * one load for the dates of the plan, then each proposal written counts
   * as a booking for the next ones. */
  for (guint i = 0; i < plan->proposals->len; i++)
    {
      TomoniProposal *proposal = g_ptr_array_index (plan->proposals, i);
      if (first == NULL || strcmp (proposal->date, first) < 0)
        first = proposal->date;
      if (last == NULL || strcmp (proposal->date, last) > 0)
        last = proposal->date;
    }
  if (first != NULL)
    {
      data = tomoni_store_match_data_load (self, 0, 0, first, last, NULL, 0, error);
      if (data == NULL)
        return FALSE;
      for (guint i = 0; i < data->slots->len; i++)
        {
          TomoniMatchSlot *slot = g_ptr_array_index (data->slots, i);
          g_hash_table_insert (slots, &slot->slot_id, slot);
        }
      for (guint i = 0; i < data->people->len; i++)
        {
          TomoniMatchPerson *person = g_ptr_array_index (data->people, i);
          g_hash_table_insert (people, &person->person_id, person);
        }
    }

  for (guint i = 0; i < plan->proposals->len; i++)
    {
      TomoniProposal *proposal = g_ptr_array_index (plan->proposals, i);
      TomoniMatchSlot *slot = g_hash_table_lookup (slots, &proposal->slot_id);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &proposal->person_id);
      TomoniMatchBooking booking = { 0 };
      TomoniAssignmentRow row = { 0 };
      guint rules;

      if (slot == NULL || person == NULL)
        return tomoni_store_fail (error, CONFLICT, _("The slot %s of %s or %s is gone since the preview; plan again"),
                                  proposal->role, proposal->date, proposal->person_name);
      if (slot->n_assigned >= slot->needed)
        return tomoni_store_fail (error, CONFLICT, _("The slot %s on %s was filled since the preview; plan again"),
                                  proposal->role, proposal->date);
      rules = tomoni_match_check (data, person, slot, NULL);
      if (rules != 0)
        return tomoni_store_fail (error, CONFLICT, _("%s can no longer take %s on %s (%s); plan again"),
                                  proposal->person_name, proposal->role, proposal->date, tomoni_store_first_rule (rules));
      row.slot_id = proposal->slot_id;
      row.person_id = proposal->person_id;
      row.source = "auto";
      row.score = proposal->score;
      row.minutes = -1;
      row.auto_fill_id = run_id;
      row.created_at = now;
      if (!tomoni_assignment_row_insert (self, &row, NULL, error))
        return FALSE;
      slot->n_assigned++;
      booking.slot_id = slot->slot_id;
      g_strlcpy (booking.date, slot->date, sizeof booking.date);
      booking.start_minute = slot->start_minute;
      booking.end_minute = slot->end_minute;
      g_array_append_val (person->bookings, booking);
    }
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  if (out_token != NULL)
    *out_token = g_steal_pointer (&token);
  return TRUE;
}

gboolean
tomoni_store_undo_plan (TomoniStore  *self,
                        const char   *token,
                        guint        *out_n_removed,
                        GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_auto(TomoniAutoFillRow) run = { 0 };
  TomoniDbStmt *stmt;
  gint64 run_id = 0;
  gboolean undone = FALSE;
  gint64 n;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (token != NULL, FALSE);

  stmt = tomoni_store_prepare (self, "SELECT id, undone_at IS NOT NULL FROM auto_fill WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, token);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      run_id = tomoni_db_column_int64 (stmt, 0);
      undone = tomoni_db_column_int (stmt, 1);
    }
  tomoni_db_reset (stmt);
  if (run_id == 0)
    return tomoni_store_fail (error, NOT_FOUND, _("No auto-fill with this token"));
  if (undone)
    return tomoni_store_fail (error, CONFLICT, _("This auto-fill was already undone"));
  n = tomoni_store_count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM assignment WHERE auto_fill_id = ?1"
                                                       " AND checkin IS NOT NULL", error), run_id);
  if (n > 0)
    return tomoni_store_fail (error, CONFLICT,
                              g_dngettext (GETTEXT_PACKAGE,
                                   "%u of these volunteers was already checked in: undo is no longer possible",
                                   "%u of these volunteers were already checked in: undo is no longer possible", n),
                      (guint) n);
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM assignment WHERE auto_fill_id = ?1", error),
                                  run_id, error))
    return FALSE;
  n = tomoni_db_changes (tomoni_store_get_db (self));
  if (!tomoni_auto_fill_row_load (self, run_id, &run, error))
    return FALSE;
  g_free ((char *)run.undone_at);
  run.undone_at = g_strdup (now);
  run.updated_at = g_strdup (now);
  if (!tomoni_auto_fill_row_update (self, &run, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  if (out_n_removed != NULL)
    *out_n_removed = n;
  return TRUE;
}
