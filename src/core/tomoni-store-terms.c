/* tomoni-store-terms.c: terms, their weekly schedules, and the sessions generated from them
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>

#include "tomoni-store-classes-private.h"
#include "tomoni-store-private.h"

/* ---- Row writers --------------------------------------------------------- */

enum {
  TERM_BIND_UUID = 1, TERM_BIND_CLASS_ID, TERM_BIND_NAME, TERM_BIND_START_DATE, TERM_BIND_END_DATE,
  TERM_BIND_CREATED_AT, TERM_BIND_UPDATED_AT, TERM_BIND_ID
};

static void
bind_term_row (TomoniDbStmt        *stmt,
               const TomoniTermRow *row)
{
  tomoni_bind_text_or_null (stmt, TERM_BIND_UUID, row->uuid);
  tomoni_db_bind_int64 (stmt, TERM_BIND_CLASS_ID, row->class_id);
  tomoni_bind_text (stmt, TERM_BIND_NAME, row->name);
  tomoni_bind_text (stmt, TERM_BIND_START_DATE, row->start_date);
  tomoni_bind_text (stmt, TERM_BIND_END_DATE, row->end_date);
  tomoni_bind_text_or_null (stmt, TERM_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, TERM_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_term_row_insert (TomoniStore          *store,
                        const TomoniTermRow  *row,
                        gint64               *out_id,
                        GError              **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO term (uuid, class_id, name, start_date, end_date, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5,"
                                             " COALESCE (?6, tomoni_now ()), COALESCE (?7, tomoni_now ()))"
                                             " ON CONFLICT (uuid) DO NOTHING RETURNING id",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_term_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_term_row_update (TomoniStore          *store,
                        const TomoniTermRow  *row,
                        GError              **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE term SET uuid = COALESCE (?1, uuid), class_id = ?2, name = ?3, start_date = ?4,"
                                             " end_date = ?5, created_at = COALESCE (?6, created_at),"
                                             " updated_at = COALESCE (?7, tomoni_now ()) WHERE id = ?8",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_term_row (stmt, row);
  tomoni_db_bind_int64 (stmt, TERM_BIND_ID, row->id);
  return tomoni_classes_step_update (store, stmt, _("Term: no such term"), error);
}

enum {
  SCHEDULE_BIND_UUID = 1, SCHEDULE_BIND_TERM_ID, SCHEDULE_BIND_WEEKDAY, SCHEDULE_BIND_START_MINUTE,
  SCHEDULE_BIND_END_MINUTE, SCHEDULE_BIND_CREATED_AT, SCHEDULE_BIND_UPDATED_AT, SCHEDULE_BIND_ID
};

static void
bind_schedule_row (TomoniDbStmt            *stmt,
                   const TomoniScheduleRow *row)
{
  tomoni_bind_text_or_null (stmt, SCHEDULE_BIND_UUID, row->uuid);
  tomoni_db_bind_int64 (stmt, SCHEDULE_BIND_TERM_ID, row->term_id);
  tomoni_db_bind_int (stmt, SCHEDULE_BIND_WEEKDAY, row->weekday);
  tomoni_db_bind_int (stmt, SCHEDULE_BIND_START_MINUTE, row->start_minute);
  tomoni_db_bind_int (stmt, SCHEDULE_BIND_END_MINUTE, row->end_minute);
  tomoni_bind_text_or_null (stmt, SCHEDULE_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, SCHEDULE_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_schedule_row_insert (TomoniStore              *store,
                            const TomoniScheduleRow  *row,
                            gint64                   *out_id,
                            GError                  **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO schedule (uuid, term_id, weekday, start_minute, end_minute, created_at,"
                                             " updated_at) VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5,"
                                             " COALESCE (?6, tomoni_now ()), COALESCE (?7, tomoni_now ()))",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_schedule_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

/* No caller in the API (a new schedule replaces the old rows); for the XML
 * merge and the sample data. */
gboolean
tomoni_schedule_row_update (TomoniStore              *store,
                            const TomoniScheduleRow  *row,
                            GError                  **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE schedule SET uuid = COALESCE (?1, uuid), term_id = ?2, weekday = ?3,"
                                             " start_minute = ?4, end_minute = ?5, created_at = COALESCE (?6, created_at),"
                                             " updated_at = COALESCE (?7, tomoni_now ()) WHERE id = ?8",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_schedule_row (stmt, row);
  tomoni_db_bind_int64 (stmt, SCHEDULE_BIND_ID, row->id);
  /* Translators: a term's weekly schedule */
  return tomoni_classes_step_update (store, stmt, _("Schedule: no such schedule"), error);
}

/* ---- Generating sessions ------------------------------------------------- */

void
tomoni_term_plan_free (TomoniTermPlan *plan)
{
  g_free (plan->title);
  g_free (plan->start_date);
  g_free (plan->end_date);
  g_clear_pointer (&plan->slots, g_array_unref);
  g_clear_pointer (&plan->reasons, g_ptr_array_unref);
  g_clear_pointer (&plan->closures, g_array_unref);
  g_free (plan);
}

static GArray *
load_schedule (TomoniStore  *self,
               gint64        term_id,
               GError      **error)
{
  enum { SLOT_COL_WEEKDAY, SLOT_COL_START_MINUTE, SLOT_COL_END_MINUTE };
  g_autoptr(GArray) slots = g_array_new (FALSE, TRUE, sizeof (TomoniWeeklySlot));
  TomoniDbStmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT weekday, start_minute, end_minute FROM schedule WHERE term_id = ?"
                               " ORDER BY weekday, start_minute",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      TomoniWeeklySlot slot = {
        tomoni_db_column_int (stmt, SLOT_COL_WEEKDAY), tomoni_db_column_int (stmt, SLOT_COL_START_MINUTE),
        tomoni_db_column_int (stmt, SLOT_COL_END_MINUTE)
      };
      g_array_append_val (slots, slot);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&slots);
}

/* Loads the term, its class, its schedule and the closures that apply. */
TomoniTermPlan *
tomoni_classes_load_term_plan (TomoniStore  *self,
                               gint64        term_id,
                               GError      **error)
{
  enum {
    PLAN_COL_CLASS_ID, PLAN_COL_VENUE_ID, PLAN_COL_ROOM_ID, PLAN_COL_MEETS_ON_HOLIDAYS, PLAN_COL_TITLE,
    PLAN_COL_START_DATE, PLAN_COL_END_DATE
  };
  enum { CLOSURE_COL_START_DATE, CLOSURE_COL_END_DATE, CLOSURE_COL_REASON };
  g_autoptr(TomoniTermPlan) plan = g_new0 (TomoniTermPlan, 1);
  TomoniDbStmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT t.class_id, COALESCE (c.venue_id, 0), COALESCE (c.room_id, 0),"
                               " c.meets_on_holidays, c.title_ja, t.start_date, t.end_date"
                               " FROM term t JOIN class c ON c.id = t.class_id WHERE t.id = ?",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  rc = tomoni_db_step (stmt);
  if (rc != TOMONI_DB_ROW)
    {
      tomoni_db_reset (stmt);
      if (rc == TOMONI_DB_DONE)
        tomoni_classes_not_found (error, _("Term: no such term"));
      else
        tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  plan->term_id = term_id;
  plan->class_id = tomoni_db_column_int64 (stmt, PLAN_COL_CLASS_ID);
  plan->venue_id = tomoni_db_column_int64 (stmt, PLAN_COL_VENUE_ID);
  plan->room_id = tomoni_db_column_int64 (stmt, PLAN_COL_ROOM_ID);
  plan->meets_on_holidays = tomoni_db_column_int (stmt, PLAN_COL_MEETS_ON_HOLIDAYS);
  plan->title = g_strdup (tomoni_classes_column_text (stmt, PLAN_COL_TITLE));
  plan->start_date = g_strdup (tomoni_classes_column_text (stmt, PLAN_COL_START_DATE));
  plan->end_date = g_strdup (tomoni_classes_column_text (stmt, PLAN_COL_END_DATE));
  tomoni_db_reset (stmt);

  plan->slots = load_schedule (self, term_id, error);
  if (plan->slots == NULL)
    return NULL;

  plan->reasons = g_ptr_array_new_with_free_func (g_free);
  plan->closures = g_array_new (FALSE, TRUE, sizeof (TomoniClosureSpan));
  stmt = tomoni_store_prepare (self,
                               "SELECT start_date, end_date, reason FROM closure"
                               " WHERE (venue_id IS NULL OR venue_id = ?1) AND end_date >= ?2 AND start_date <= ?3"
                               " ORDER BY venue_id IS NULL, start_date",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, plan->venue_id);
  tomoni_bind_text (stmt, 2, plan->start_date);
  tomoni_bind_text (stmt, 3, plan->end_date);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      TomoniClosureSpan span = { 0 };
      char *reason = g_strdup (tomoni_classes_column_text (stmt, CLOSURE_COL_REASON));

      tomoni_classes_parse_date (tomoni_classes_column_text (stmt, CLOSURE_COL_START_DATE), &span.start);
      tomoni_classes_parse_date (tomoni_classes_column_text (stmt, CLOSURE_COL_END_DATE), &span.end);
      if (!g_date_valid (&span.start) || !g_date_valid (&span.end))
        {
          g_free (reason);
          continue;
        }
      g_ptr_array_add (plan->reasons, reason);
      span.reason = reason;
      g_array_append_val (plan->closures, span);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }

  tomoni_classes_parse_date (plan->start_date, &plan->request.start);
  tomoni_classes_parse_date (plan->end_date, &plan->request.end);
  plan->request.slots = (const TomoniWeeklySlot *)(gpointer)plan->slots->data;
  plan->request.n_slots = plan->slots->len;
  plan->request.meets_on_holidays = plan->meets_on_holidays;
  plan->request.closures = (const TomoniClosureSpan *)(gpointer)plan->closures->data;
  plan->request.n_closures = plan->closures->len;
  return g_steal_pointer (&plan);
}

static gboolean
schedule_error_to_store (GError **error)
{
  if (error != NULL && *error != NULL && (*error)->domain == TOMONI_SCHEDULE_ERROR)
    {
      (*error)->domain = TOMONI_STORE_ERROR;
      (*error)->code = TOMONI_STORE_ERROR_INVALID;
    }
  return FALSE;
}

/* Replaces the generated sessions of a term; inside a transaction. */
static gboolean
regenerate (TomoniStore  *self,
            gint64        term_id,
            const char   *room_override,
            guint        *out_n_held,
            GError      **error)
{
  g_autoptr(TomoniTermPlan) plan = tomoni_classes_load_term_plan (self, term_id, error);
  g_autoptr(GArray) planned = NULL;
  g_autoptr(GHashTable) kept = NULL;
  g_autofree char *bad_date = NULL;
  TomoniDbStmt *stmt;
  gint64 n_held;
  int rc;

  g_assert (tomoni_store_in_transaction (self));

  if (plan == NULL)
    return FALSE;
  planned = tomoni_schedule_generate (&plan->request, error);
  if (planned == NULL)
    return schedule_error_to_store (error);

  /* Sessions that must not go: attendance taken, added by hand, cancelled,
   * moved (or the target of a move). They must stay inside the term. */
  stmt = tomoni_store_prepare (self,
                               "SELECT min (date) FROM session s WHERE term_id = ?1 AND (date < ?2 OR date > ?3)"
                               " AND (extra = 1 OR status IN ('cancelled', 'moved')"
                               " OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id))",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  tomoni_bind_text (stmt, 2, plan->start_date);
  tomoni_bind_text (stmt, 3, plan->end_date);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW && !tomoni_db_column_is_null (stmt, 0))
    bad_date = g_strdup (tomoni_classes_column_text (stmt, 0));
  tomoni_db_reset (stmt);
  if (bad_date != NULL)
    return tomoni_classes_invalid (error, _("Dates: the session of %s has attendance or was changed by hand and would be "
                                            "outside the term"), bad_date);

  stmt = tomoni_store_prepare (self,
                               "DELETE FROM session WHERE term_id = ?1 AND extra = 0"
                               " AND status IN ('scheduled', 'skipped')"
                               " AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = session.id)"
                               " AND NOT EXISTS (SELECT 1 FROM session m WHERE m.moved_to_id = session.id)",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;

  /* What is left, by date and start time. */
  kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  stmt = tomoni_store_prepare (self, "SELECT date, start_minute FROM session WHERE term_id = ? AND extra = 0", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    g_hash_table_add (kept, g_strdup_printf ("%s/%d", tomoni_classes_column_text (stmt, 0), tomoni_db_column_int (stmt, 1)));
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < planned->len; i++)
    {
      TomoniPlannedSession *p = &g_array_index (planned, TomoniPlannedSession, i);
      g_autofree char *date = tomoni_classes_format_date (&p->date);
      g_autofree char *key = g_strdup_printf ("%s/%d", date, p->start_minute);
      TomoniSessionRow row = { 0 };
      gboolean overridden = FALSE;

      if (g_hash_table_contains (kept, key))
        continue;
      if (!p->skipped &&
          !tomoni_classes_check_booking_for_write (self, plan->class_id, date, p->start_minute, p->end_minute,
                                                   plan->room_id, 0, room_override, &overridden, error))
        return FALSE;
      row.class_id = plan->class_id;
      row.term_id = term_id;
      row.date = date;
      row.start_minute = p->start_minute;
      row.end_minute = p->end_minute;
      row.room_id = plan->room_id;
      row.status = p->skipped ? "skipped" : "scheduled";
      row.reason = p->reason;
      row.room_override = overridden ? room_override : "";
      if (!tomoni_session_row_insert (self, &row, NULL, error))
        return FALSE;
    }

  stmt = tomoni_store_prepare (self, "SELECT count(*) FROM session WHERE term_id = ? AND status = 'scheduled'", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  n_held = tomoni_db_step (stmt) == TOMONI_DB_ROW ? tomoni_db_column_int64 (stmt, 0) : 0;
  tomoni_db_reset (stmt);
  if (n_held == 0)
    return tomoni_classes_invalid (error, _("Dates: no session can be held between %s and %s on these weekdays "
                                            "(holidays and closures are skipped)"),
                                   plan->start_date, plan->end_date);
  if (out_n_held != NULL)
    *out_n_held = n_held;
  return TRUE;
}

static gboolean
write_schedule (TomoniStore             *self,
                gint64                   term_id,
                const TomoniWeeklySlot  *slots,
                guint                    n_slots,
                GError                 **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self, "DELETE FROM schedule WHERE term_id = ?", error);

  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < n_slots; i++)
    {
      TomoniScheduleRow row = { 0 };

      row.term_id = term_id;
      row.weekday = slots[i].weekday;
      row.start_minute = slots[i].start_minute;
      row.end_minute = slots[i].end_minute;
      if (!tomoni_schedule_row_insert (self, &row, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* Validates the term's fields and the slots before anything is written. */
static gboolean
check_term (TomoniStore             *self,
            TomoniTerm              *term,
            const TomoniWeeklySlot  *slots,
            guint                    n_slots,
            gboolean                 check_slots,
            GError                 **error)
{
  g_autofree char *name = tomoni_classes_normalized (tomoni_term_get_name (term));
  TomoniScheduleRequest request = { 0 };
  gboolean exists;

  if (!tomoni_classes_row_exists (self, "SELECT 1 FROM class WHERE id = ?", tomoni_term_get_class_id (term), &exists, error))
    return FALSE;
  if (!exists)
    return tomoni_classes_not_found (error, _("Class: no such class"));
  tomoni_term_set_name (term, name);
  if (!tomoni_classes_check_date (tomoni_term_get_start_date (term), _("Start date"), &request.start, error) ||
      !tomoni_classes_check_date (tomoni_term_get_end_date (term), _("End date"), &request.end, error))
    return FALSE;
  if (!check_slots)
    {
      /* Only the dates change: the slots were checked when written. */
      if (g_date_compare (&request.end, &request.start) < 0)
        return tomoni_classes_invalid (error, "%s", _("End date: the term ends before it starts"));
      return TRUE;
    }
  request.slots = slots;
  request.n_slots = n_slots;
  if (!tomoni_schedule_validate (&request, error))
    return schedule_error_to_store (error);
  return TRUE;
}

static gboolean
update_term_counts (TomoniStore  *self,
                    TomoniTerm   *term)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self,
                                             "SELECT count(*) FROM session WHERE term_id = ? AND status = 'scheduled'",
                                             NULL);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, tomoni_term_get_id (term));
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    tomoni_term_set_n_sessions (term, tomoni_db_column_int (stmt, 0));
  tomoni_db_reset (stmt);
  return TRUE;
}

gboolean
tomoni_store_add_term (TomoniStore             *self,
                       TomoniTerm              *term,
                       const TomoniWeeklySlot  *slots,
                       guint                    n_slots,
                       const char              *room_override,
                       GError                 **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniTermRow row = { 0 };
  gint64 term_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_TERM (term), FALSE);
  g_return_val_if_fail (slots != NULL || n_slots == 0, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!check_term (self, term, slots, n_slots, TRUE, error))
    return FALSE;

  row.uuid = uuid;
  row.class_id = tomoni_term_get_class_id (term);
  row.name = tomoni_term_get_name (term);
  row.start_date = tomoni_term_get_start_date (term);
  row.end_date = tomoni_term_get_end_date (term);
  if (!tomoni_term_row_insert (self, &row, &term_id, error))
    return FALSE;

  if (!write_schedule (self, term_id, slots, n_slots, error) ||
      !regenerate (self, term_id, room_override, NULL, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_term_set_id (term, term_id);
  tomoni_term_set_uuid (term, uuid);
  update_term_counts (self, term);
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

gboolean
tomoni_store_update_term (TomoniStore             *self,
                          TomoniTerm              *term,
                          const TomoniWeeklySlot  *slots,
                          guint                    n_slots,
                          const char              *room_override,
                          GError                 **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniTerm) stored = NULL;
  TomoniTermRow row = { 0 };

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_TERM (term), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) ||
      !check_term (self, term, slots, n_slots, slots != NULL, error))
    return FALSE;

  /* A term stays with its class: another class's term is no such term. */
  stored = tomoni_store_get_term (self, tomoni_term_get_id (term), NULL);
  if (stored == NULL || tomoni_term_get_class_id (stored) != tomoni_term_get_class_id (term))
    return tomoni_classes_not_found (error, _("Term: no such term"));
  row.id = tomoni_term_get_id (term);
  row.class_id = tomoni_term_get_class_id (term);
  row.name = tomoni_term_get_name (term);
  row.start_date = tomoni_term_get_start_date (term);
  row.end_date = tomoni_term_get_end_date (term);
  if (!tomoni_term_row_update (self, &row, error))
    return FALSE;

  if (slots != NULL && !write_schedule (self, tomoni_term_get_id (term), slots, n_slots, error))
    return FALSE;
  if (!regenerate (self, tomoni_term_get_id (term), room_override, NULL, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  update_term_counts (self, term);
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

#define TERM_COLUMNS \
  "t.id, t.uuid, t.class_id, t.name, t.start_date, t.end_date," \
  " (SELECT count(*) FROM session s WHERE s.term_id = t.id AND s.status = 'scheduled')"

/* The columns of the SELECTs that build the record, in order. */
enum {
  TERM_COL_ID = 0, TERM_COL_UUID, TERM_COL_CLASS_ID, TERM_COL_NAME, TERM_COL_START_DATE, TERM_COL_END_DATE,
  TERM_COL_N_SESSIONS, TERM_COL_N
};

static gpointer
term_from_row (TomoniDbStmt *stmt)
{
  TomoniTerm *term = tomoni_term_new ();

  tomoni_term_set_id (term, tomoni_db_column_int64 (stmt, TERM_COL_ID));
  tomoni_term_set_uuid (term, tomoni_classes_column_text (stmt, TERM_COL_UUID));
  tomoni_term_set_class_id (term, tomoni_db_column_int64 (stmt, TERM_COL_CLASS_ID));
  tomoni_term_set_name (term, tomoni_classes_column_text (stmt, TERM_COL_NAME));
  tomoni_term_set_start_date (term, tomoni_classes_column_text (stmt, TERM_COL_START_DATE));
  tomoni_term_set_end_date (term, tomoni_classes_column_text (stmt, TERM_COL_END_DATE));
  tomoni_term_set_n_sessions (term, tomoni_db_column_int (stmt, TERM_COL_N_SESSIONS));
  return term;
}

TomoniTerm *
tomoni_store_get_term (TomoniStore  *self,
                       gint64        id,
                       GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " TERM_COLUMNS " FROM term t WHERE t.id = ?", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, id);
  return tomoni_classes_collect_one (self, stmt, term_from_row, _("Term: no such term"), error);
}

GPtrArray *
tomoni_store_list_terms (TomoniStore  *self,
                         gint64        class_id,
                         GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " TERM_COLUMNS " FROM term t WHERE t.class_id = ? ORDER BY t.start_date, t.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, class_id);
  return tomoni_classes_collect (self, stmt, term_from_row, error);
}

GArray *
tomoni_store_get_term_schedule (TomoniStore  *self,
                                gint64        term_id,
                                GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  return load_schedule (self, term_id, error);
}

TomoniTerm *
tomoni_store_copy_term (TomoniStore  *self,
                        gint64        term_id,
                        const char   *start_date,
                        const char   *name,
                        const char   *room_override,
                        GError      **error)
{
  g_autoptr(TomoniTerm) previous = NULL;
  g_autoptr(TomoniTerm) term = NULL;
  g_autoptr(GArray) slots = NULL;
  g_autofree char *end_date = NULL;
  GDate old_start, old_end, new_start, new_end;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  previous = tomoni_store_get_term (self, term_id, error);
  if (previous == NULL)
    return NULL;
  if (!tomoni_classes_check_date (start_date, _("Start date"), &new_start, error))
    return NULL;
  slots = load_schedule (self, term_id, error);
  if (slots == NULL)
    return NULL;

  tomoni_classes_parse_date (tomoni_term_get_start_date (previous), &old_start);
  tomoni_classes_parse_date (tomoni_term_get_end_date (previous), &old_end);
  new_end = new_start;
  g_date_add_days (&new_end, g_date_days_between (&old_start, &old_end));
  end_date = tomoni_classes_format_date (&new_end);

  term = tomoni_term_new ();
  tomoni_term_set_class_id (term, tomoni_term_get_class_id (previous));
  tomoni_term_set_name (term, name);
  tomoni_term_set_start_date (term, start_date);
  tomoni_term_set_end_date (term, end_date);
  if (!tomoni_store_add_term (self, term, (const TomoniWeeklySlot *)(gpointer)slots->data, slots->len,
                              room_override, error))
    return NULL;
  return g_steal_pointer (&term);
}

gboolean
tomoni_store_regenerate_sessions (TomoniStore  *self,
                                  gint64        term_id,
                                  const char   *room_override,
                                  guint        *out_n_held,
                                  GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) ||
      !regenerate (self, term_id, room_override, out_n_held, error) ||
      !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

