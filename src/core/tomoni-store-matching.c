/* tomoni-store-matching.c: what the matching rules read from the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-date.h"
#include "tomoni-store-activities-private.h"
#include "tomoni-store-matching.h"
#include "tomoni-store-private.h"

#define INVALID TOMONI_STORE_ERROR_INVALID
#define NOT_FOUND TOMONI_STORE_ERROR_NOT_FOUND

/* Matching data --------------------------------------------------------- */


/* Loads the slots (all of an activity, of one slot, or of a date range),
 * the volunteers (all, or one person) and their bookings. */
TomoniMatchData *
tomoni_store_match_data_load (TomoniStore  *self,
                              gint64        activity_id,
                              gint64        slot_id,
                              const char   *from,
                              const char   *to,
                              const char   *today,
                              gint64        person_id,
                              GError      **error)
{
  g_autofree char *real_today = tomoni_date_today_iso ();
  g_autoptr(TomoniMatchData) data = tomoni_match_data_new (today != NULL ? today : real_today);
  g_autoptr(GHashTable) people = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *first_month = NULL;
  g_autofree char *last_month = NULL;
  g_autofree char *recent = tomoni_store_add_days (data->today, -90);
  TomoniDbStmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT sl.id, s.id, s.activity_id, s.uuid, a.title, sl.role, s.date, s.start_minute,"
                               " s.end_minute, sl.needed,"
                               " (SELECT count(*) FROM assignment x WHERE x.slot_id = sl.id AND x.status <> 'cancelled'),"
                               " sk.key, tr.key"
                               " FROM slot sl JOIN shift s ON s.id = sl.shift_id JOIN activity a ON a.id = s.activity_id"
                               " LEFT JOIN skill sk ON sk.id = sl.required_skill_id"
                               " LEFT JOIN training tr ON tr.id = sl.required_training_id"
                               " WHERE CASE WHEN ?4 <> 0 THEN sl.id = ?4 WHEN ?1 <> 0 THEN s.activity_id = ?1"
                               "  ELSE s.date BETWEEN ?2 AND ?3 END"
                               " ORDER BY s.date, s.start_minute, s.id, sl.id", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, activity_id);
  tomoni_bind_text (stmt, 2, from);
  tomoni_bind_text (stmt, 3, to);
  tomoni_db_bind_int64 (stmt, 4, slot_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      TomoniMatchSlot *slot = tomoni_match_slot_new ();

      slot->slot_id = tomoni_db_column_int64 (stmt, 0);
      slot->shift_id = tomoni_db_column_int64 (stmt, 1);
      slot->activity_id = tomoni_db_column_int64 (stmt, 2);
      g_free (slot->shift_uuid);
      slot->shift_uuid = tomoni_column_dup_text (stmt, 3);
      g_free (slot->activity_title);
      slot->activity_title = tomoni_column_dup_text (stmt, 4);
      g_free (slot->role);
      slot->role = tomoni_column_dup_text (stmt, 5);
      g_strlcpy (slot->date, tomoni_db_column_text (stmt, 6), sizeof slot->date);
      slot->start_minute = tomoni_db_column_int (stmt, 7);
      slot->end_minute = tomoni_db_column_int (stmt, 8);
      slot->needed = tomoni_db_column_int (stmt, 9);
      slot->n_assigned = tomoni_db_column_int (stmt, 10);
      slot->required_skill = tomoni_db_column_is_null (stmt, 11) ? NULL : tomoni_column_dup_text (stmt, 11);
      slot->required_training = tomoni_db_column_is_null (stmt, 12) ? NULL : tomoni_column_dup_text (stmt, 12);
      g_ptr_array_add (data->slots, slot);
    }
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;
  for (guint i = 0; i < data->slots->len; i++)
    {
      TomoniMatchSlot *slot = g_ptr_array_index (data->slots, i);

      if (!tomoni_store_load_slot_languages (self, slot->slot_id, slot->languages, error))
        return NULL;
      if (first_month == NULL || strcmp (slot->date, first_month) < 0)
        {
          g_free (first_month);
          first_month = g_strdup (slot->date);
        }
      if (last_month == NULL || strcmp (slot->date, last_month) > 0)
        {
          g_free (last_month);
          last_month = g_strdup (slot->date);
        }
    }
  if (first_month != NULL)
    {
      memcpy (first_month + 8, "01", 2);
      memcpy (last_month + 8, "31", 2);   /* string compare: any day of the month is <= "31" */
    }

  /* The volunteers */
  stmt = tomoni_store_prepare (self,
                               "SELECT v.person_id, p.uuid, p.family_name, p.given_name, p.latin_name, v.status,"
                               " v.registered_on, v.expires_on, v.monthly_cap"
                               " FROM volunteer v JOIN person p ON p.id = v.person_id"
                               " WHERE p.deleted_at IS NULL AND p.erased_at IS NULL AND (?1 = 0 OR v.person_id = ?1)"
                               " ORDER BY p.sort_key, p.id", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      TomoniMatchPerson *person = tomoni_match_person_new ();

      person->person_id = tomoni_db_column_int64 (stmt, 0);
      g_free (person->uuid);
      person->uuid = tomoni_column_dup_text (stmt, 1);
      g_free (person->name);
      person->name = tomoni_store_name_from_columns (stmt, 2);
      tomoni_volunteer_status_from_string (tomoni_db_column_text (stmt, 5), &person->status);
      g_free (person->registered_on);
      person->registered_on = tomoni_column_dup_text (stmt, 6);
      g_free (person->expires_on);
      person->expires_on = tomoni_column_dup_text (stmt, 7);
      person->monthly_cap = tomoni_db_column_int (stmt, 8);
      g_ptr_array_add (data->people, person);
      g_hash_table_insert (people, &person->person_id, person);
    }
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;

  /* Their lists: one query each over all volunteers. */
  stmt = tomoni_store_prepare (self,
                               "SELECT pl.person_id, pl.code, pl.level, pl.jlpt FROM person_language pl"
                               " JOIN volunteer v ON v.person_id = pl.person_id WHERE (?1 = 0 OR pl.person_id = ?1)"
                               " ORDER BY pl.id", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 id = tomoni_db_column_int64 (stmt, 0);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
      TomoniLanguage language = { { 0 }, TOMONI_LEVEL_NONE, 0 };

      if (person == NULL)
        continue;
      g_strlcpy (language.code, tomoni_db_column_text (stmt, 1), sizeof language.code);
      tomoni_language_level_from_string (tomoni_db_column_text (stmt, 2), &language.level);
      if (!tomoni_db_column_is_null (stmt, 3))
        tomoni_jlpt_from_string (tomoni_db_column_text (stmt, 3), &language.jlpt);
      g_array_append_val (person->languages, language);
    }
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;

  stmt = tomoni_store_prepare (self,
                               "SELECT v.person_id, s.key FROM volunteer_skill vs JOIN volunteer v ON v.id = vs.volunteer_id"
                               " JOIN skill s ON s.id = vs.skill_id WHERE (?1 = 0 OR v.person_id = ?1)", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 id = tomoni_db_column_int64 (stmt, 0);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
      if (person != NULL)
        g_ptr_array_add (person->skills, tomoni_column_dup_text (stmt, 1));
    }
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;

  stmt = tomoni_store_prepare (self,
                               "SELECT v.person_id, t.key, vt.completed_on FROM volunteer_training vt"
                               " JOIN volunteer v ON v.id = vt.volunteer_id JOIN training t ON t.id = vt.training_id"
                               " WHERE (?1 = 0 OR v.person_id = ?1)", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 id = tomoni_db_column_int64 (stmt, 0);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
      TomoniTrainingRecord *record;

      if (person == NULL)
        continue;
      record = g_new0 (TomoniTrainingRecord, 1);
      record->key = tomoni_column_dup_text (stmt, 1);
      record->completed_on = tomoni_column_dup_text (stmt, 2);
      g_ptr_array_add (person->trainings, record);
    }
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;

  stmt = tomoni_store_prepare (self,
                               "SELECT v.person_id, a.weekday, a.start_minute, a.end_minute FROM availability a"
                               " JOIN volunteer v ON v.id = a.volunteer_id WHERE (?1 = 0 OR v.person_id = ?1)", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 id = tomoni_db_column_int64 (stmt, 0);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
      TomoniAvailability range = { tomoni_db_column_int (stmt, 1), tomoni_db_column_int (stmt, 2),
                                   tomoni_db_column_int (stmt, 3) };
      if (person != NULL)
        g_array_append_val (person->availability, range);
    }
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;

  if (first_month != NULL)
    {
      stmt = tomoni_store_prepare (self,
                                   "SELECT v.person_id, u.date FROM unavailable_date u JOIN volunteer v ON v.id = u.volunteer_id"
                                   " WHERE (?1 = 0 OR v.person_id = ?1) AND u.date BETWEEN ?2 AND ?3", error);
      if (stmt == NULL)
        return NULL;
      tomoni_db_bind_int64 (stmt, 1, person_id);
      tomoni_bind_text (stmt, 2, first_month);
      tomoni_bind_text (stmt, 3, last_month);
      while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
        {
          gint64 id = tomoni_db_column_int64 (stmt, 0);
          TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
          if (person != NULL)
            g_ptr_array_add (person->unavailable, tomoni_column_dup_text (stmt, 1));
        }
      if (!tomoni_store_step_error (self, stmt, rc, error))
        return NULL;

      /* Bookings in the months of the slots: for the caps and overlaps. */
      stmt = tomoni_store_prepare (self,
                                   "SELECT x.person_id, x.slot_id, s.date, s.start_minute, s.end_minute FROM assignment x"
                                   " JOIN slot sl ON sl.id = x.slot_id JOIN shift s ON s.id = sl.shift_id"
                                   " WHERE x.status <> 'cancelled' AND (?1 = 0 OR x.person_id = ?1)"
                                   " AND s.date BETWEEN ?2 AND ?3", error);
      if (stmt == NULL)
        return NULL;
      tomoni_db_bind_int64 (stmt, 1, person_id);
      tomoni_bind_text (stmt, 2, first_month);
      tomoni_bind_text (stmt, 3, last_month);
      while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
        {
          gint64 id = tomoni_db_column_int64 (stmt, 0);
          TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
          TomoniMatchBooking booking = { 0 };

          if (person == NULL)
            continue;
          booking.slot_id = tomoni_db_column_int64 (stmt, 1);
          g_strlcpy (booking.date, tomoni_db_column_text (stmt, 2), sizeof booking.date);
          booking.start_minute = tomoni_db_column_int (stmt, 3);
          booking.end_minute = tomoni_db_column_int (stmt, 4);
          g_array_append_val (person->bookings, booking);
        }
      if (!tomoni_store_step_error (self, stmt, rc, error))
        return NULL;
    }

  /* Experience and fairness */
  stmt = tomoni_store_prepare (self,
                               "SELECT x.person_id,"
                               " sum (x.checkin = 'present' AND s.date < ?2),"
                               " sum (x.status <> 'cancelled' AND s.date >= ?3 AND s.date < ?2)"
                               " FROM assignment x JOIN slot sl ON sl.id = x.slot_id JOIN shift s ON s.id = sl.shift_id"
                               " WHERE (?1 = 0 OR x.person_id = ?1) GROUP BY x.person_id", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  tomoni_bind_text (stmt, 2, data->today);
  tomoni_bind_text (stmt, 3, recent);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 id = tomoni_db_column_int64 (stmt, 0);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
      if (person == NULL)
        continue;
      person->n_past_shifts = tomoni_db_column_int (stmt, 1);
      person->n_recent_shifts = tomoni_db_column_int (stmt, 2);
    }
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&data);
}
TomoniMatchData *
tomoni_store_load_match_data (TomoniStore  *self,
                              gint64        activity_id,
                              const char   *from,
                              const char   *to,
                              const char   *today,
                              GError      **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  if (activity_id == 0)
    {
      first = tomoni_store_normalize_date (from);
      last = tomoni_store_normalize_date (to);
      if (first == NULL)
        {
          tomoni_store_fail (error, INVALID, _("From: “%s” is not a date"), from ? from : "");
          return NULL;
        }
      if (last == NULL)
        {
          tomoni_store_fail (error, INVALID, _("To: “%s” is not a date"), to ? to : "");
          return NULL;
        }
      if (strcmp (last, first) < 0)
        {
          tomoni_store_fail (error, INVALID, _("To: %s is before %s"), last, first);
          return NULL;
        }
    }
  else if (tomoni_store_count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM activity WHERE id = ?1", NULL),
                                       activity_id) == 0)
    {
      tomoni_store_fail (error, NOT_FOUND, _("No such activity"));
      return NULL;
    }
  return tomoni_store_match_data_load (self, activity_id, 0, first ? first : "", last ? last : "", today, 0, error);
}

GPtrArray *
tomoni_store_rank_candidates (TomoniStore  *self,
                              gint64        slot_id,
                              GError      **error)
{
  g_autoptr(TomoniMatchData) data = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  data = tomoni_store_match_data_load (self, 0, slot_id, "", "", NULL, 0, error);
  if (data == NULL)
    return NULL;
  if (data->slots->len == 0)
    {
      tomoni_store_fail (error, NOT_FOUND, _("No such slot"));
      return NULL;
    }
  return tomoni_match_rank (data, g_ptr_array_index (data->slots, 0));
}
