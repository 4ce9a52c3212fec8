/* tomoni-store-volunteers.c: the volunteer registry in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-date.h"
#include "tomoni-store-people.h"
#include "tomoni-store-private.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-store-volunteers-private.h"
#include "tomoni-text.h"

/* Volunteers ------------------------------------------------------------- */

/* Validation */

gboolean
tomoni_store_validate_volunteer (TomoniStore     *self,
                                 TomoniVolunteer *volunteer,
                                 GError         **error)
{
  const char *registered_on = tomoni_volunteer_get_registered_on (volunteer);
  const char *expires_on = tomoni_volunteer_get_expires_on (volunteer);
  GArray *languages = tomoni_volunteer_get_languages (volunteer);
  GArray *availability = tomoni_volunteer_get_availability (volunteer);
  GPtrArray *trainings = tomoni_volunteer_get_trainings (volunteer);
  const char * const *skills = tomoni_volunteer_get_skills (volunteer);
  const char * const *unavailable = tomoni_volunteer_get_unavailable_dates (volunteer);

  if (registered_on == NULL || *registered_on == '\0')
    {
      g_autofree char *today = tomoni_date_today_iso ();
      tomoni_volunteer_set_registered_on (volunteer, today);
      registered_on = tomoni_volunteer_get_registered_on (volunteer);
    }
  if (!tomoni_store_is_iso_date (registered_on))
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Registered on: “%s” is not a date (YYYY-MM-DD)"), registered_on);
  if (expires_on == NULL || *expires_on == '\0')
    {
      g_autofree char *end = tomoni_store_fiscal_year_end (registered_on, 0);
      tomoni_volunteer_set_expires_on (volunteer, end);
      expires_on = tomoni_volunteer_get_expires_on (volunteer);
    }
  if (!tomoni_store_is_iso_date (expires_on))
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Expires on: “%s” is not a date (YYYY-MM-DD)"), expires_on);
  if (!g_str_has_suffix (expires_on, "-03-31"))
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Expires on: a registration ends on 31 March, the end of a fiscal year, not on %s"),
                              expires_on);
  if (strcmp (expires_on, registered_on) < 0)
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Expires on: %s is before the registration date %s"), expires_on, registered_on);
  if (tomoni_volunteer_get_monthly_cap (volunteer) > TOMONI_MAX_MONTHLY_CAP)
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Monthly cap: %u shifts a month is more than %d"),
                              tomoni_volunteer_get_monthly_cap (volunteer), TOMONI_MAX_MONTHLY_CAP);

  for (guint i = 0; i < languages->len; i++)
    {
      TomoniLanguage *language = &g_array_index (languages, TomoniLanguage, i);

      if (!tomoni_language_code_is_known (language->code))
        return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Languages: “%s” is not an ISO 639-1 language code"), language->code);
      if (language->level < TOMONI_LEVEL_BASIC || language->level > TOMONI_LEVEL_NATIVE)
        return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Languages: %s has no level"), language->code);
      if (language->jlpt != 0 && (!g_str_equal (language->code, "ja") || language->jlpt < 1 || language->jlpt > 5))
        return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Languages: a JLPT level is only for Japanese (ja)"));
      for (guint j = 0; j < i; j++)
        if (g_str_equal (g_array_index (languages, TomoniLanguage, j).code, language->code))
          return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Languages: “%s” is given twice"), language->code);
    }
  for (guint i = 0; skills[i] != NULL; i++)
    if (tomoni_store_catalog_id (self, TRUE, skills[i]) == 0)
      return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Skills: “%s” is not in the list of skills"), skills[i]);
  for (guint i = 0; i < trainings->len; i++)
    {
      TomoniTrainingRecord *record = g_ptr_array_index (trainings, i);

      if (tomoni_store_catalog_id (self, FALSE, record->key) == 0)
        return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Trainings: “%s” is not in the list of trainings"), record->key);
      if (!tomoni_store_is_iso_date (record->completed_on))
        return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Trainings: “%s” is not a date (YYYY-MM-DD)"), record->completed_on);
    }
  for (guint i = 0; i < availability->len; i++)
    {
      TomoniAvailability *range = &g_array_index (availability, TomoniAvailability, i);

      if (range->weekday < 1 || range->weekday > 7)
        return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Availability: %d is not a weekday (1 = Monday … 7 = Sunday)"), range->weekday);
      if (range->start_minute < 0 || range->end_minute > 1440 || range->end_minute <= range->start_minute)
        return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Availability: a time range must end after it starts, within the day"));
    }
  for (guint i = 0; unavailable[i] != NULL; i++)
    if (!tomoni_store_is_iso_date (unavailable[i]))
      return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Unavailable dates: “%s” is not a date (YYYY-MM-DD)"), unavailable[i]);
  return TRUE;
}

/* Writes the lists of a volunteer row, replacing what was there. */
static gboolean
write_lists (TomoniStore     *self,
             gint64           volunteer_id,
             TomoniVolunteer *volunteer,
             const char      *now,
             GError         **error)
{
  gint64 person_id = tomoni_volunteer_get_person_id (volunteer);
  GArray *languages = tomoni_volunteer_get_languages (volunteer);
  GArray *availability = tomoni_volunteer_get_availability (volunteer);
  GPtrArray *trainings = tomoni_volunteer_get_trainings (volunteer);
  const char * const *skills = tomoni_volunteer_get_skills (volunteer);
  const char * const *unavailable = tomoni_volunteer_get_unavailable_dates (volunteer);

  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM person_language WHERE person_id = ?1", error),
                                  person_id, error))
    return FALSE;
  for (guint i = 0; i < languages->len; i++)
    {
      TomoniLanguage *language = &g_array_index (languages, TomoniLanguage, i);
      g_autofree char *jlpt = language->jlpt > 0 ? g_strdup_printf ("N%d", language->jlpt) : NULL;
      TomoniPersonLanguageRow row = { .person_id = person_id, .code = language->code,
                                      .level = tomoni_language_level_to_string (language->level),
                                      .jlpt = jlpt, .created_at = now };

      if (!tomoni_person_language_row_insert (self, &row, NULL, error))
        return FALSE;
    }

  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM volunteer_skill WHERE volunteer_id = ?1", error), volunteer_id, error))
    return FALSE;
  for (guint i = 0; skills[i] != NULL; i++)
    {
      TomoniVolunteerSkillRow row = { .volunteer_id = volunteer_id,
                                      .skill_id = tomoni_store_catalog_id (self, TRUE, skills[i]), .created_at = now };

      if (!tomoni_volunteer_skill_row_insert (self, &row, NULL, error))
        return FALSE;
    }

  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM volunteer_training WHERE volunteer_id = ?1", error), volunteer_id, error))
    return FALSE;
  for (guint i = 0; i < trainings->len; i++)
    {
      TomoniTrainingRecord *record = g_ptr_array_index (trainings, i);
      TomoniVolunteerTrainingRow row = { .volunteer_id = volunteer_id,
                                         .training_id = tomoni_store_catalog_id (self, FALSE, record->key),
                                         .completed_on = record->completed_on, .created_at = now };

      if (!tomoni_volunteer_training_row_insert (self, &row, NULL, error))
        return FALSE;
    }

  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM availability WHERE volunteer_id = ?1", error), volunteer_id, error))
    return FALSE;
  for (guint i = 0; i < availability->len; i++)
    {
      TomoniAvailability *range = &g_array_index (availability, TomoniAvailability, i);
      TomoniAvailabilityRow row = { .volunteer_id = volunteer_id, .weekday = range->weekday,
                                    .start_minute = range->start_minute, .end_minute = range->end_minute,
                                    .created_at = now };

      if (!tomoni_availability_row_insert (self, &row, NULL, error))
        return FALSE;
    }

  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM unavailable_date WHERE volunteer_id = ?1", error), volunteer_id, error))
    return FALSE;
  for (guint i = 0; unavailable[i] != NULL; i++)
    {
      TomoniUnavailableDateRow row = { .volunteer_id = volunteer_id, .date = unavailable[i], .created_at = now };

      if (!tomoni_unavailable_date_row_insert (self, &row, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
volunteer_row_id (TomoniStore *self,
                  gint64       person_id)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self, "SELECT id FROM volunteer WHERE person_id = ?1", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    id = tomoni_db_column_int64 (stmt, 0);
  tomoni_db_reset (stmt);
  return id;
}

gboolean
tomoni_store_add_volunteer (TomoniStore      *self,
                            TomoniPerson     *person,
                            TomoniVolunteer  *volunteer,
                            GError          **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *uuid = tomoni_uuid_new ();
  g_autoptr(TomoniPerson) existing = NULL;
  TomoniVolunteerRow row = { 0 };
  gint64 volunteer_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (person == NULL || TOMONI_IS_PERSON (person), FALSE);
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (volunteer), FALSE);

  if (!tomoni_store_validate_volunteer (self, volunteer, error))
    return FALSE;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;

  if (person != NULL && tomoni_person_get_id (person) == 0)
    {
      if (!tomoni_store_add_person (self, person, error))
        return FALSE;
      tomoni_volunteer_set_person_id (volunteer, tomoni_person_get_id (person));
    }
  else if (person != NULL)
    tomoni_volunteer_set_person_id (volunteer, tomoni_person_get_id (person));

  existing = tomoni_store_get_person (self, tomoni_volunteer_get_person_id (volunteer), error);
  if (existing == NULL)
    return FALSE;
  if (volunteer_row_id (self, tomoni_volunteer_get_person_id (volunteer)) != 0)
    {
      g_autofree char *name = tomoni_person_dup_display_name (existing);
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("%s is already registered as a volunteer"), name);
      return FALSE;
    }

  row.uuid = uuid;
  row.person_id = tomoni_volunteer_get_person_id (volunteer);
  row.status = tomoni_volunteer_status_to_string (tomoni_volunteer_get_status (volunteer));
  row.registered_on = tomoni_volunteer_get_registered_on (volunteer);
  row.expires_on = tomoni_volunteer_get_expires_on (volunteer);
  row.monthly_cap = tomoni_volunteer_get_monthly_cap (volunteer);
  row.notes = tomoni_volunteer_get_notes (volunteer);
  row.created_at = now;
  if (!tomoni_volunteer_row_insert (self, &row, &volunteer_id, error))
    return FALSE;
  if (!write_lists (self, volunteer_id, volunteer, now, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  {
    g_autofree char *name = tomoni_person_dup_display_name (existing);
    tomoni_volunteer_set_uuid (volunteer, uuid);
    tomoni_volunteer_set_person_uuid (volunteer, tomoni_person_get_uuid (existing));
    tomoni_volunteer_set_display_name (volunteer, name);
    tomoni_volunteer_set_reading (volunteer, tomoni_person_get_reading (existing));
  }
  tomoni_store_notify_changed (self, "volunteers");
  return TRUE;
}

gboolean
tomoni_store_update_volunteer (TomoniStore      *self,
                               TomoniVolunteer  *volunteer,
                               GError          **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniVolunteerRow row = { 0 };
  gint64 volunteer_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (volunteer), FALSE);

  if (!tomoni_store_validate_volunteer (self, volunteer, error))
    return FALSE;
  volunteer_id = volunteer_row_id (self, tomoni_volunteer_get_person_id (volunteer));
  if (volunteer_id == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                   _("This person is not registered as a volunteer"));
      return FALSE;
    }
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  row.id = volunteer_id;
  row.person_id = tomoni_volunteer_get_person_id (volunteer);
  row.status = tomoni_volunteer_status_to_string (tomoni_volunteer_get_status (volunteer));
  row.registered_on = tomoni_volunteer_get_registered_on (volunteer);
  row.expires_on = tomoni_volunteer_get_expires_on (volunteer);
  row.monthly_cap = tomoni_volunteer_get_monthly_cap (volunteer);
  row.notes = tomoni_volunteer_get_notes (volunteer);
  row.updated_at = now;
  if (!tomoni_volunteer_row_update (self, &row, error))
    return FALSE;
  if (!write_lists (self, volunteer_id, volunteer, now, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "volunteers");
  return TRUE;
}

/* Reading */

#define VOLUNTEER_SELECT \
  "SELECT v.id, v.uuid, v.person_id, p.uuid, v.status, v.registered_on, v.expires_on, v.monthly_cap," \
  " v.notes, p.family_name, p.given_name, p.latin_name, p.reading, p.erased_at IS NOT NULL," \
  " (SELECT count(*) FROM assignment a WHERE a.person_id = v.person_id AND a.checkin = 'present')," \
  " (SELECT max(s.date) FROM assignment a JOIN slot sl ON sl.id = a.slot_id JOIN shift s ON s.id = sl.shift_id" \
  "   WHERE a.person_id = v.person_id AND a.checkin = 'present')" \
  " FROM volunteer v JOIN person p ON p.id = v.person_id"

char *
tomoni_store_name_from_columns (TomoniDbStmt *stmt,
                                int           first)
{
  const char *family = tomoni_db_column_text (stmt, first);
  const char *given = tomoni_db_column_text (stmt, first + 1);
  const char *latin = tomoni_db_column_text (stmt, first + 2);

  if (family != NULL && *family != '\0' && given != NULL && *given != '\0')
    return g_strconcat (family, " ", given, NULL);
  if (family != NULL && *family != '\0')
    return g_strdup (family);
  if (given != NULL && *given != '\0')
    return g_strdup (given);
  return g_strdup (latin != NULL ? latin : "");
}

static gboolean
load_lists (TomoniStore      *self,
            gint64            volunteer_id,
            TomoniVolunteer  *volunteer,
            GError          **error)
{
  g_autoptr(GArray) languages = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));
  g_autoptr(GArray) ranges = g_array_new (FALSE, TRUE, sizeof (TomoniAvailability));
  g_autoptr(GPtrArray) skills = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (self, "SELECT code, level, jlpt FROM person_language WHERE person_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, tomoni_volunteer_get_person_id (volunteer));
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      TomoniLanguage language = { { 0 }, TOMONI_LEVEL_NONE, 0 };
      const char *jlpt = tomoni_db_column_text (stmt, 2);

      g_strlcpy (language.code, tomoni_db_column_text (stmt, 0), sizeof language.code);
      tomoni_language_level_from_string (tomoni_db_column_text (stmt, 1), &language.level);
      if (jlpt != NULL)
        tomoni_jlpt_from_string (jlpt, &language.jlpt);
      g_array_append_val (languages, language);
    }
  tomoni_db_reset (stmt);
  tomoni_volunteer_set_languages (volunteer, (TomoniLanguage *)(void *)languages->data, languages->len);

  stmt = tomoni_store_prepare (self, "SELECT s.key FROM volunteer_skill vs JOIN skill s ON s.id = vs.skill_id"
                                     " WHERE vs.volunteer_id = ?1 ORDER BY vs.id", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, volunteer_id);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    g_ptr_array_add (skills, tomoni_column_dup_text (stmt, 0));
  tomoni_db_reset (stmt);
  g_ptr_array_add (skills, NULL);
  tomoni_volunteer_set_skills (volunteer, (const char * const *)skills->pdata);

  tomoni_volunteer_clear_trainings (volunteer);
  stmt = tomoni_store_prepare (self, "SELECT t.key, vt.completed_on FROM volunteer_training vt"
                                     " JOIN training t ON t.id = vt.training_id WHERE vt.volunteer_id = ?1 ORDER BY vt.id", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, volunteer_id);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    tomoni_volunteer_add_training (volunteer, tomoni_db_column_text (stmt, 0),
                                   tomoni_db_column_text (stmt, 1));
  tomoni_db_reset (stmt);

  stmt = tomoni_store_prepare (self, "SELECT weekday, start_minute, end_minute FROM availability"
                                     " WHERE volunteer_id = ?1 ORDER BY weekday, start_minute", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, volunteer_id);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      TomoniAvailability range = { tomoni_db_column_int (stmt, 0), tomoni_db_column_int (stmt, 1),
                                   tomoni_db_column_int (stmt, 2) };
      g_array_append_val (ranges, range);
    }
  tomoni_db_reset (stmt);
  tomoni_volunteer_set_availability (volunteer, (TomoniAvailability *)(void *)ranges->data, ranges->len);

  stmt = tomoni_store_prepare (self, "SELECT date FROM unavailable_date WHERE volunteer_id = ?1 ORDER BY date", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, volunteer_id);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    g_ptr_array_add (dates, tomoni_column_dup_text (stmt, 0));
  tomoni_db_reset (stmt);
  g_ptr_array_add (dates, NULL);
  tomoni_volunteer_set_unavailable_dates (volunteer, (const char * const *)dates->pdata);
  return TRUE;
}

static TomoniVolunteer *
volunteer_from_stmt (TomoniStore   *self,
                     TomoniDbStmt  *stmt,
                     GError       **error)
{
  g_autoptr(TomoniVolunteer) volunteer = NULL;
  TomoniVolunteerStatus status = TOMONI_VOLUNTEER_ACTIVE;
  g_autofree char *name = NULL;
  g_autofree char *last = NULL;
  gint64 volunteer_id;
  int rc;

  rc = tomoni_db_step (stmt);
  if (rc != TOMONI_DB_ROW)
    {
      tomoni_db_reset (stmt);
      if (rc == TOMONI_DB_DONE)
        g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                             _("No such volunteer"));
      else
        tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  volunteer = tomoni_volunteer_new ();
  volunteer_id = tomoni_db_column_int64 (stmt, 0);
  tomoni_volunteer_set_uuid (volunteer, tomoni_db_column_text (stmt, 1));
  tomoni_volunteer_set_person_id (volunteer, tomoni_db_column_int64 (stmt, 2));
  tomoni_volunteer_set_person_uuid (volunteer, tomoni_db_column_text (stmt, 3));
  tomoni_volunteer_status_from_string (tomoni_db_column_text (stmt, 4), &status);
  tomoni_volunteer_set_status (volunteer, status);
  tomoni_volunteer_set_registered_on (volunteer, tomoni_db_column_text (stmt, 5));
  tomoni_volunteer_set_expires_on (volunteer, tomoni_db_column_text (stmt, 6));
  tomoni_volunteer_set_monthly_cap (volunteer, tomoni_db_column_int (stmt, 7));
  tomoni_volunteer_set_notes (volunteer, tomoni_db_column_text (stmt, 8));
  name = tomoni_db_column_int (stmt, 13) ? g_strdup (_("(personal data erased)")) : tomoni_store_name_from_columns (stmt, 9);
  tomoni_volunteer_set_display_name (volunteer, name);
  tomoni_volunteer_set_reading (volunteer, tomoni_db_column_text (stmt, 12));
  tomoni_volunteer_set_n_shifts (volunteer, tomoni_db_column_int (stmt, 14));
  last = tomoni_column_dup_text (stmt, 15);
  tomoni_volunteer_set_last_activity_date (volunteer, last);
  tomoni_db_reset (stmt);

  if (!load_lists (self, volunteer_id, volunteer, error))
    return NULL;
  return g_steal_pointer (&volunteer);
}

TomoniVolunteer *
tomoni_store_get_volunteer (TomoniStore  *self,
                            gint64        person_id,
                            GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, VOLUNTEER_SELECT " WHERE v.person_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  return volunteer_from_stmt (self, stmt, error);
}

TomoniVolunteer *
tomoni_store_get_volunteer_by_uuid (TomoniStore  *self,
                                    const char   *person_uuid,
                                    GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  g_return_val_if_fail (person_uuid != NULL, NULL);
  stmt = tomoni_store_prepare (self, VOLUNTEER_SELECT " WHERE p.uuid = ?1", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, person_uuid);
  return volunteer_from_stmt (self, stmt, error);
}

gboolean
tomoni_store_remove_volunteer (TomoniStore  *self,
                               gint64        person_id,
                               GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;
  gint64 n;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  if (volunteer_row_id (self, person_id) == 0)
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such volunteer"));
      return FALSE;
    }
  stmt = tomoni_store_prepare (self, "SELECT count(*) FROM assignment WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  n = tomoni_db_step (stmt) == TOMONI_DB_ROW ? tomoni_db_column_int64 (stmt, 0) : 0;
  tomoni_db_reset (stmt);
  if (n > 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "This volunteer has %u assignment: set the status to retired instead",
                                "This volunteer has %u assignments: set the status to retired instead", n),
                   (guint) n);
      return FALSE;
    }
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "DELETE FROM volunteer WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "DELETE FROM person_language WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "volunteers");
  return TRUE;
}

/* Changes the status or the expiry (NULL: kept) of a volunteer's row. */
static gboolean
write_volunteer_field (TomoniStore  *self,
                       gint64        person_id,
                       const char   *status,
                       const char   *expires_on,
                       GError      **error)
{
  TomoniVolunteerRow row;
  gboolean ok;

  if (!tomoni_volunteer_row_load (self, person_id, &row, error))
    return FALSE;
  if (status != NULL)
    {
      g_free ((char *)row.status);
      row.status = g_strdup (status);
    }
  if (expires_on != NULL)
    {
      g_free ((char *)row.expires_on);
      row.expires_on = g_strdup (expires_on);
    }
  ok = tomoni_volunteer_row_update (self, &row, error);
  tomoni_volunteer_row_clear (&row);
  return ok;
}

gboolean
tomoni_store_set_volunteer_status (TomoniStore            *self,
                                   gint64                  person_id,
                                   TomoniVolunteerStatus   status,
                                   GError                **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (status <= TOMONI_VOLUNTEER_RETIRED, FALSE);
  if (volunteer_row_id (self, person_id) == 0)
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such volunteer"));
      return FALSE;
    }
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!write_volunteer_field (self, person_id, tomoni_volunteer_status_to_string (status), NULL, error)
      || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "volunteers");
  return TRUE;
}

gboolean
tomoni_store_renew_volunteer (TomoniStore  *self,
                              gint64        person_id,
                              guint         n_fiscal_years,
                              char        **out_expires_on,
                              GError      **error)
{
  g_autoptr(TomoniVolunteer) volunteer = NULL;
  g_autofree char *today = tomoni_date_today_iso ();
  g_autofree char *expires = NULL;
  g_auto(TomoniStoreTransaction) tx = { 0 };
  const char *from;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  if (n_fiscal_years < 1 || n_fiscal_years > 10)
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Renewal: %u fiscal years is not between 1 and 10"), n_fiscal_years);
  volunteer = tomoni_store_get_volunteer (self, person_id, error);
  if (volunteer == NULL)
    return FALSE;
  /* An expired registration is renewed from the current fiscal year. */
  from = tomoni_volunteer_get_expires_on (volunteer);
  if (strcmp (from, today) < 0)
    expires = tomoni_store_fiscal_year_end (today, n_fiscal_years - 1);
  else
    expires = tomoni_store_fiscal_year_end (from, n_fiscal_years);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!write_volunteer_field (self, person_id, NULL, expires, error)
      || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "volunteers");
  if (out_expires_on != NULL)
    *out_expires_on = g_steal_pointer (&expires);
  return TRUE;
}

GArray *
tomoni_store_query_volunteer_ids (TomoniStore  *self,
                                  const char   *search,
                                  int           status,
                                  GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  return tomoni_store_filter_volunteer_ids (self, search, status, NULL, TOMONI_LEVEL_NONE, NULL, error);
}

GArray *
tomoni_store_filter_volunteer_ids (TomoniStore          *self,
                                   const char           *search,
                                   int                   status,
                                   const char           *language,
                                   TomoniLanguageLevel   min_level,
                                   const char           *skill,
                                   GError              **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pattern = NULL;
  TomoniDbStmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  g_return_val_if_fail (min_level <= TOMONI_LEVEL_NATIVE, NULL);

  if (search != NULL && !tomoni_text_is_blank (search))
    {
      g_autofree char *key = tomoni_text_search_key (search);
      g_autofree char *escaped = tomoni_text_escape_like (key);
      pattern = g_strconcat ("%", escaped, "%", NULL);
    }
  /* The levels rank as TomoniLanguageLevel does: basic 1 … native 5. */
  stmt = tomoni_store_prepare (self,
                               "SELECT p.id FROM volunteer v JOIN person p ON p.id = v.person_id"
                               " WHERE p.deleted_at IS NULL AND (?1 = '' OR p.search_text LIKE ?1 ESCAPE '\\')"
                               " AND (?2 = '' OR v.status = ?2)"
                               " AND (?3 = '' OR EXISTS (SELECT 1 FROM person_language pl"
                               "  WHERE pl.person_id = p.id AND pl.code = ?3"
                               "  AND CASE pl.level WHEN 'basic' THEN 1 WHEN 'conversational' THEN 2"
                               "   WHEN 'business' THEN 3 WHEN 'fluent' THEN 4 WHEN 'native' THEN 5 ELSE 0 END >= ?4))"
                               " AND (?5 = '' OR EXISTS (SELECT 1 FROM volunteer_skill vs JOIN skill s ON s.id = vs.skill_id"
                               "  WHERE vs.volunteer_id = v.id AND s.key = ?5))"
                               " ORDER BY p.sort_key, p.id", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, pattern != NULL ? pattern : "");
  tomoni_bind_text (stmt, 2, status >= 0 ? tomoni_volunteer_status_to_string (status) : "");
  tomoni_bind_text (stmt, 3, language != NULL ? language : "");
  tomoni_db_bind_int (stmt, 4, MAX (min_level, TOMONI_LEVEL_BASIC));
  tomoni_bind_text (stmt, 5, skill != NULL ? skill : "");
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 id = tomoni_db_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

gint64
tomoni_store_count_volunteers (TomoniStore *self)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), 0);
  return tomoni_store_query_int64 (self, "SELECT count(*) FROM volunteer v JOIN person p ON p.id = v.person_id"
                                         " WHERE p.deleted_at IS NULL", 0);
}
