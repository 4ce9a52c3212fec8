/* tomoni-store-enrolment.c: enrolment, the waiting list, learners
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-store-classes-private.h"
#include "tomoni-store-private.h"

/* ---- Row writers --------------------------------------------------------- */

enum {
  LEARNER_BIND_UUID = 1, LEARNER_BIND_PERSON_ID, LEARNER_BIND_ATTRIBUTE, LEARNER_BIND_RESIDENCE_STATUS,
  LEARNER_BIND_ARRIVAL_DATE, LEARNER_BIND_LEVEL, LEARNER_BIND_JLPT, LEARNER_BIND_PURPOSE,
  LEARNER_BIND_AVAILABILITY, LEARNER_BIND_CREATED_AT, LEARNER_BIND_UPDATED_AT, LEARNER_BIND_ID
};

static void
bind_learner_row (TomoniDbStmt           *stmt,
                  const TomoniLearnerRow *row)
{
  tomoni_bind_text_or_null (stmt, LEARNER_BIND_UUID, row->uuid);
  tomoni_db_bind_int64 (stmt, LEARNER_BIND_PERSON_ID, row->person_id);
  tomoni_bind_text (stmt, LEARNER_BIND_ATTRIBUTE, row->attribute);
  tomoni_bind_text (stmt, LEARNER_BIND_RESIDENCE_STATUS, row->residence_status);
  tomoni_bind_text_or_null (stmt, LEARNER_BIND_ARRIVAL_DATE, row->arrival_date);
  tomoni_bind_text (stmt, LEARNER_BIND_LEVEL, row->level);
  tomoni_bind_text_or_null (stmt, LEARNER_BIND_JLPT, row->jlpt);
  tomoni_bind_text (stmt, LEARNER_BIND_PURPOSE, row->purpose);
  tomoni_bind_text (stmt, LEARNER_BIND_AVAILABILITY, row->availability);
  tomoni_bind_text_or_null (stmt, LEARNER_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, LEARNER_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_learner_row_insert (TomoniStore             *store,
                           const TomoniLearnerRow  *row,
                           gint64                  *out_id,
                           GError                 **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO learner (uuid, person_id, attribute, residence_status, arrival_date,"
                                             " level, jlpt, purpose, availability, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                                             " COALESCE (?10, tomoni_now ()), COALESCE (?11, tomoni_now ()))",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_learner_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

/* No caller in the API yet; for the XML merge and the sample data. */
gboolean
tomoni_learner_row_update (TomoniStore             *store,
                           const TomoniLearnerRow  *row,
                           GError                 **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE learner SET uuid = COALESCE (?1, uuid), person_id = ?2, attribute = ?3,"
                                             " residence_status = ?4, arrival_date = ?5, level = ?6, jlpt = ?7, purpose = ?8,"
                                             " availability = ?9, created_at = COALESCE (?10, created_at),"
                                             " updated_at = COALESCE (?11, tomoni_now ()) WHERE id = ?12",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_learner_row (stmt, row);
  tomoni_db_bind_int64 (stmt, LEARNER_BIND_ID, row->id);
  /* Translators: a learner is a person who takes classes */
  return tomoni_classes_step_update (store, stmt, _("Learner: no such learner"), error);
}

enum {
  ENROLMENT_BIND_UUID = 1, ENROLMENT_BIND_CLASS_ID, ENROLMENT_BIND_TERM_ID, ENROLMENT_BIND_PERSON_ID,
  ENROLMENT_BIND_STATUS, ENROLMENT_BIND_POSITION, ENROLMENT_BIND_ENROLLED_ON, ENROLMENT_BIND_WITHDRAWN_ON,
  ENROLMENT_BIND_PROMOTED_ON, ENROLMENT_BIND_CREATED_AT, ENROLMENT_BIND_UPDATED_AT, ENROLMENT_BIND_ID
};

static void
bind_enrolment_row (TomoniDbStmt             *stmt,
                    const TomoniEnrolmentRow *row)
{
  tomoni_bind_text_or_null (stmt, ENROLMENT_BIND_UUID, row->uuid);
  tomoni_db_bind_int64 (stmt, ENROLMENT_BIND_CLASS_ID, row->class_id);
  tomoni_db_bind_int64 (stmt, ENROLMENT_BIND_TERM_ID, row->term_id);
  tomoni_db_bind_int64 (stmt, ENROLMENT_BIND_PERSON_ID, row->person_id);
  tomoni_bind_text (stmt, ENROLMENT_BIND_STATUS, row->status);
  tomoni_classes_bind_id_or_null (stmt, ENROLMENT_BIND_POSITION, row->position);
  tomoni_bind_text (stmt, ENROLMENT_BIND_ENROLLED_ON, row->enrolled_on);
  tomoni_bind_text_or_null (stmt, ENROLMENT_BIND_WITHDRAWN_ON, row->withdrawn_on);
  tomoni_bind_text_or_null (stmt, ENROLMENT_BIND_PROMOTED_ON, row->promoted_on);
  tomoni_bind_text_or_null (stmt, ENROLMENT_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, ENROLMENT_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_enrolment_row_insert (TomoniStore               *store,
                             const TomoniEnrolmentRow  *row,
                             gint64                    *out_id,
                             GError                   **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO enrolment (uuid, class_id, term_id, person_id, status, position,"
                                             " enrolled_on, withdrawn_on, promoted_on, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                                             " COALESCE (?10, tomoni_now ()), COALESCE (?11, tomoni_now ()))",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_enrolment_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_enrolment_row_update (TomoniStore               *store,
                             const TomoniEnrolmentRow  *row,
                             GError                   **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE enrolment SET uuid = COALESCE (?1, uuid), class_id = ?2, term_id = ?3,"
                                             " person_id = ?4, status = ?5, position = ?6, enrolled_on = ?7, withdrawn_on = ?8,"
                                             " promoted_on = ?9, created_at = COALESCE (?10, created_at),"
                                             " updated_at = COALESCE (?11, tomoni_now ()) WHERE id = ?12",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_enrolment_row (stmt, row);
  tomoni_db_bind_int64 (stmt, ENROLMENT_BIND_ID, row->id);
  return tomoni_classes_step_update (store, stmt, _("Learner: this person is not enrolled in the term"), error);
}

void
tomoni_enrolment_row_from_record (TomoniEnrolmentRow *row,
                                  TomoniEnrolment    *enrolment)
{
  *row = (TomoniEnrolmentRow) { 0 };
  row->id = tomoni_enrolment_get_id (enrolment);
  row->class_id = tomoni_enrolment_get_class_id (enrolment);
  row->term_id = tomoni_enrolment_get_term_id (enrolment);
  row->person_id = tomoni_enrolment_get_person_id (enrolment);
  row->status = tomoni_enrolment_get_status (enrolment);
  row->position = tomoni_enrolment_get_position (enrolment);
  row->enrolled_on = tomoni_enrolment_get_enrolled_on (enrolment);
  row->withdrawn_on = tomoni_enrolment_get_withdrawn_on (enrolment);
  row->promoted_on = tomoni_enrolment_get_promoted_on (enrolment);
}

/* ---- Enrolment ---------------------------------------------------------- */

#define ENROLMENT_COLUMNS \
  "e.id, e.uuid, e.class_id, e.term_id, e.person_id, e.status, COALESCE (e.position, 0), e.enrolled_on," \
  " e.withdrawn_on, e.promoted_on, " PERSON_NAME ("p") ", p.reading"

/* The columns of the SELECTs that build the record, in order. */
enum {
  ENROLMENT_COL_ID = 0, ENROLMENT_COL_UUID, ENROLMENT_COL_CLASS_ID, ENROLMENT_COL_TERM_ID,
  ENROLMENT_COL_PERSON_ID, ENROLMENT_COL_STATUS, ENROLMENT_COL_POSITION, ENROLMENT_COL_ENROLLED_ON,
  ENROLMENT_COL_WITHDRAWN_ON, ENROLMENT_COL_PROMOTED_ON, ENROLMENT_COL_PERSON_NAME,
  ENROLMENT_COL_PERSON_READING, ENROLMENT_COL_N
};

static gpointer
enrolment_from_row (TomoniDbStmt *stmt)
{
  TomoniEnrolment *enrolment = tomoni_enrolment_new ();

  tomoni_enrolment_set_id (enrolment, tomoni_db_column_int64 (stmt, ENROLMENT_COL_ID));
  tomoni_enrolment_set_uuid (enrolment, tomoni_classes_column_text (stmt, ENROLMENT_COL_UUID));
  tomoni_enrolment_set_class_id (enrolment, tomoni_db_column_int64 (stmt, ENROLMENT_COL_CLASS_ID));
  tomoni_enrolment_set_term_id (enrolment, tomoni_db_column_int64 (stmt, ENROLMENT_COL_TERM_ID));
  tomoni_enrolment_set_person_id (enrolment, tomoni_db_column_int64 (stmt, ENROLMENT_COL_PERSON_ID));
  tomoni_enrolment_set_status (enrolment, tomoni_classes_column_text (stmt, ENROLMENT_COL_STATUS));
  tomoni_enrolment_set_position (enrolment, tomoni_db_column_int (stmt, ENROLMENT_COL_POSITION));
  tomoni_enrolment_set_enrolled_on (enrolment, tomoni_classes_column_text (stmt, ENROLMENT_COL_ENROLLED_ON));
  tomoni_enrolment_set_withdrawn_on (enrolment, tomoni_classes_column_text (stmt, ENROLMENT_COL_WITHDRAWN_ON));
  tomoni_enrolment_set_promoted_on (enrolment, tomoni_classes_column_text (stmt, ENROLMENT_COL_PROMOTED_ON));
  tomoni_enrolment_set_person_name (enrolment, tomoni_classes_column_text (stmt, ENROLMENT_COL_PERSON_NAME));
  tomoni_enrolment_set_person_reading (enrolment, tomoni_classes_column_text (stmt, ENROLMENT_COL_PERSON_READING));
  return enrolment;
}

TomoniEnrolment *
tomoni_classes_get_enrolment (TomoniStore  *self,
                              gint64        term_id,
                              gint64        person_id,
                              GError      **error)
{
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (self,
                               "SELECT " ENROLMENT_COLUMNS " FROM enrolment e JOIN person p ON p.id = e.person_id"
                               " WHERE e.term_id = ?1 AND e.person_id = ?2",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  tomoni_db_bind_int64 (stmt, 2, person_id);
  return tomoni_classes_collect_one (self, stmt, enrolment_from_row, _("Learner: this person is not enrolled in the term"), error);
}

/* The waiting list behind @position moves up by one. */
static gboolean
close_up_waiting_list (TomoniStore  *self,
                       gint64        term_id,
                       gint64        position,
                       GError      **error)
{
  g_autoptr(GPtrArray) behind = NULL;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (self,
                               "SELECT " ENROLMENT_COLUMNS " FROM enrolment e JOIN person p ON p.id = e.person_id"
                               " WHERE e.term_id = ?1 AND e.status = 'waiting' AND e.position > ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  tomoni_db_bind_int64 (stmt, 2, position);
  behind = tomoni_classes_collect (self, stmt, enrolment_from_row, error);
  if (behind == NULL)
    return FALSE;
  for (guint i = 0; i < behind->len; i++)
    {
      TomoniEnrolmentRow row;

      tomoni_enrolment_row_from_record (&row, behind->pdata[i]);
      row.position--;
      if (!tomoni_enrolment_row_update (self, &row, error))
        return FALSE;
    }
  return TRUE;
}

/* Pairs (term id, enrolled count) for every term of a class; *n pairs. */
gint64 *
tomoni_classes_enrolled_counts_by_term (TomoniStore  *self,
                                        gint64        class_id,
                                        guint        *n,
                                        GError      **error)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (gint64));
  TomoniDbStmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT t.id, (SELECT count(*) FROM enrolment e WHERE e.term_id = t.id AND e.status = 'enrolled')"
                               " FROM term t WHERE t.class_id = ?",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, class_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 pair[2] = { tomoni_db_column_int64 (stmt, 0), tomoni_db_column_int64 (stmt, 1) };
      g_array_append_vals (counts, pair, 2);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  *n = counts->len / 2;
  /* never NULL on success, even with no term */
  g_array_set_size (counts, counts->len + 2);
  return (gint64 *)(gpointer)g_array_free (g_steal_pointer (&counts), FALSE);
}

static gint64
count_enrolled (TomoniStore *self,
                gint64       term_id)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self,
                                             "SELECT count(*) FROM enrolment WHERE term_id = ? AND status = 'enrolled'",
                                             NULL);
  gint64 n = 0;

  if (stmt == NULL)
    return 0;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    n = tomoni_db_column_int64 (stmt, 0);
  tomoni_db_reset (stmt);
  return n;
}

/* Moves waiting learners up while there is room; *out_first is the first promoted. */
gboolean
tomoni_classes_promote_waiting (TomoniStore      *self,
                                gint64            term_id,
                                int               capacity,
                                TomoniEnrolment **out_first,
                                GError          **error)
{
  g_autofree char *today = tomoni_date_today_iso ();

  while (count_enrolled (self, term_id) < capacity)
    {
      g_autoptr(GPtrArray) waiting = NULL;
      TomoniEnrolment *first;
      TomoniEnrolmentRow row;
      TomoniDbStmt *stmt;

      stmt = tomoni_store_prepare (self,
                                   "SELECT " ENROLMENT_COLUMNS " FROM enrolment e JOIN person p ON p.id = e.person_id"
                                   " WHERE e.term_id = ? AND e.status = 'waiting' ORDER BY e.position, e.id LIMIT 1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, term_id);
      waiting = tomoni_classes_collect (self, stmt, enrolment_from_row, error);
      if (waiting == NULL)
        return FALSE;
      if (waiting->len == 0)
        break;
      first = waiting->pdata[0];

      tomoni_enrolment_row_from_record (&row, first);
      row.status = "enrolled";
      row.position = 0;
      row.promoted_on = today;
      if (!tomoni_enrolment_row_update (self, &row, error) ||
          !close_up_waiting_list (self, term_id, 0, error))
        return FALSE;

      if (out_first != NULL && *out_first == NULL)
        {
          *out_first = tomoni_classes_get_enrolment (self, term_id, tomoni_enrolment_get_person_id (first), error);
          if (*out_first == NULL)
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
tomoni_store_enrol (TomoniStore       *self,
                    gint64             term_id,
                    gint64             person_id,
                    TomoniEnrolment  **out_enrolment,
                    GError           **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniEnrolment) existing = NULL;
  g_autoptr(TomoniTerm) term = NULL;
  g_autoptr(TomoniClass) klass = NULL;
  g_autofree char *today = tomoni_date_today_iso ();
  TomoniEnrolmentRow row = { 0 };
  TomoniDbStmt *stmt;
  gboolean is_learner;
  gboolean full;
  gint64 position = 0;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_enrolment == NULL || *out_enrolment == NULL, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  term = tomoni_store_get_term (self, term_id, error);
  if (term == NULL)
    return FALSE;
  klass = tomoni_store_get_class (self, tomoni_term_get_class_id (term), error);
  if (klass == NULL || !tomoni_classes_check_person (self, person_id, error))
    return FALSE;

  existing = tomoni_classes_get_enrolment (self, term_id, person_id, NULL);
  if (existing != NULL && !g_str_equal (tomoni_enrolment_get_status (existing), "withdrawn"))
    {
      if (g_str_equal (tomoni_enrolment_get_status (existing), "waiting"))
        return tomoni_classes_invalid (error, _("Learner: %s is already on the waiting list (position %d)"),
                                       tomoni_enrolment_get_person_name (existing), tomoni_enrolment_get_position (existing));
      return tomoni_classes_invalid (error, _("Learner: %s is already enrolled in this term"),
                                     tomoni_enrolment_get_person_name (existing));
    }

  /* The person becomes a learner if they were not one. */
  if (!tomoni_classes_row_exists (self, "SELECT 1 FROM learner WHERE person_id = ?", person_id, &is_learner, error))
    return FALSE;
  if (!is_learner)
    {
      TomoniLearnerRow learner = { .person_id = person_id };

      if (!tomoni_learner_row_insert (self, &learner, NULL, error))
        return FALSE;
    }

  full = count_enrolled (self, term_id) >= tomoni_class_get_capacity (klass);
  if (full)
    {
      stmt = tomoni_store_prepare (self,
                                   "SELECT COALESCE (max (position), 0) + 1 FROM enrolment WHERE term_id = ? AND status = 'waiting'",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, term_id);
      if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
        position = tomoni_db_column_int64 (stmt, 0);
      tomoni_db_reset (stmt);
    }

  /* Someone who withdrew enrols again in their old row. */
  if (existing != NULL)
    tomoni_enrolment_row_from_record (&row, existing);
  row.class_id = existing != NULL ? row.class_id : tomoni_term_get_class_id (term);
  row.term_id = term_id;
  row.person_id = person_id;
  row.status = full ? "waiting" : "enrolled";
  row.position = full ? position : 0;
  row.enrolled_on = today;
  row.withdrawn_on = NULL;
  row.promoted_on = NULL;
  if (existing != NULL ? !tomoni_enrolment_row_update (self, &row, error)
                       : !tomoni_enrolment_row_insert (self, &row, NULL, error))
    return FALSE;

  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  if (out_enrolment != NULL)
    *out_enrolment = tomoni_classes_get_enrolment (self, term_id, person_id, NULL);
  return TRUE;
}

gboolean
tomoni_store_withdraw (TomoniStore       *self,
                       gint64             term_id,
                       gint64             person_id,
                       TomoniEnrolment  **out_promoted,
                       GError           **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniEnrolment) enrolment = NULL;
  g_autoptr(TomoniEnrolment) promoted = NULL;
  g_autoptr(TomoniClass) klass = NULL;
  g_autofree char *today = tomoni_date_today_iso ();
  TomoniEnrolmentRow row;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_promoted == NULL || *out_promoted == NULL, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  enrolment = tomoni_classes_get_enrolment (self, term_id, person_id, error);
  if (enrolment == NULL)
    return FALSE;
  if (g_str_equal (tomoni_enrolment_get_status (enrolment), "withdrawn"))
    return tomoni_classes_invalid (error, _("Learner: %s has already withdrawn"), tomoni_enrolment_get_person_name (enrolment));
  klass = tomoni_store_get_class (self, tomoni_enrolment_get_class_id (enrolment), error);
  if (klass == NULL)
    return FALSE;

  tomoni_enrolment_row_from_record (&row, enrolment);
  row.status = "withdrawn";
  row.position = 0;
  row.withdrawn_on = today;
  if (!tomoni_enrolment_row_update (self, &row, error))
    return FALSE;

  if (g_str_equal (tomoni_enrolment_get_status (enrolment), "waiting"))
    {
      /* Close up the list behind them. */
      if (!close_up_waiting_list (self, term_id, tomoni_enrolment_get_position (enrolment), error))
        return FALSE;
    }
  else if (!tomoni_classes_promote_waiting (self, term_id, tomoni_class_get_capacity (klass), &promoted, error))
    return FALSE;

  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  if (out_promoted != NULL)
    *out_promoted = g_steal_pointer (&promoted);
  return TRUE;
}

GPtrArray *
tomoni_store_list_enrolments (TomoniStore  *self,
                              gint64        term_id,
                              GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " ENROLMENT_COLUMNS " FROM enrolment e JOIN person p ON p.id = e.person_id"
                               " WHERE e.term_id = ?"
                               " ORDER BY CASE e.status WHEN 'enrolled' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END,"
                               " e.position, p.sort_key, p.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, term_id);
  return tomoni_classes_collect (self, stmt, enrolment_from_row, error);
}

/* ---- Attendance --------------------------------------------------------- */
