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
#include "tomoni-text.h"

#define MAX_MONTHLY_CAP 31

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID, message);
  return FALSE;
}

static char *
today_iso (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);

  return g_date_time_format (now, "%Y-%m-%d");
}

/* 31 March that ends the fiscal year of @date, plus @extra fiscal years. */
static char *
fiscal_year_end (const char *date,
                 int         extra)
{
  GDate d, last;

  g_date_clear (&d, 1);
  if (!tomoni_date_parse (date, &d, NULL))
    return NULL;
  tomoni_fiscal_year_bounds (tomoni_fiscal_year_of (&d) + extra, NULL, &last);
  return tomoni_date_format_iso (&last);
}

static gboolean
is_iso_date (const char *text)
{
  GDate d;
  g_autofree char *iso = NULL;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  g_date_clear (&d, 1);
  if (!tomoni_date_parse (text, &d, NULL))
    return FALSE;
  iso = tomoni_date_format_iso (&d);
  return g_str_equal (iso, text);
}

/* Binds @id to ?1 of a statement that returns no row, and steps it. */
static gboolean
exec_with_id (TomoniStore   *self,
              TomoniDbStmt  *stmt,
              gint64         id,
              GError       **error)
{
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  return tomoni_store_step_done (self, stmt, error);
}

/* Catalogs: skills and trainings */

void
tomoni_catalog_entry_free (TomoniCatalogEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->key);
  g_free (entry->name_ja);
  g_free (entry->name_en);
  g_free (entry);
}

const char *
tomoni_catalog_entry_get_name (TomoniCatalogEntry *entry)
{
  const char *lang = g_getenv ("LANGUAGE");

  g_return_val_if_fail (entry != NULL, NULL);
  /* Translators: write "ja" here in the Japanese translation so that the
   * Japanese names of skills and trainings are shown. */
  if (g_str_equal (C_("catalog-language", "en"), "ja")
      || (lang != NULL && g_str_has_prefix (lang, "ja")))
    return entry->name_ja;
  return entry->name_en;
}

static GPtrArray *
list_catalog (TomoniStore  *self,
              gboolean      skills,
              GError      **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify)tomoni_catalog_entry_free);
  TomoniDbStmt *stmt;
  int rc;

  stmt = skills
    ? tomoni_store_prepare (self,
                            "SELECT id, key, name_ja, name_en,"
                            " (SELECT count(*) FROM volunteer_skill WHERE skill_id = skill.id)"
                            " + (SELECT count(*) FROM slot WHERE required_skill_id = skill.id)"
                            " FROM skill ORDER BY key", error)
    : tomoni_store_prepare (self,
                            "SELECT id, key, name_ja, name_en,"
                            " (SELECT count(*) FROM volunteer_training WHERE training_id = training.id)"
                            " + (SELECT count(*) FROM slot WHERE required_training_id = training.id)"
                            " FROM training ORDER BY key", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      TomoniCatalogEntry *entry = g_new0 (TomoniCatalogEntry, 1);

      entry->id = tomoni_db_column_int64 (stmt, 0);
      entry->key = tomoni_column_dup_text (stmt, 1);
      entry->name_ja = tomoni_column_dup_text (stmt, 2);
      entry->name_en = tomoni_column_dup_text (stmt, 3);
      entry->n_used = tomoni_db_column_int (stmt, 4);
      g_ptr_array_add (out, entry);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

GPtrArray *
tomoni_store_list_skills (TomoniStore  *self,
                          GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  return list_catalog (self, TRUE, error);
}

GPtrArray *
tomoni_store_list_trainings (TomoniStore  *self,
                             GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  return list_catalog (self, FALSE, error);
}

static gboolean
valid_key (const char *key)
{
  if (key == NULL || *key == '\0' || strlen (key) > 64)
    return FALSE;
  for (const char *p = key; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
check_catalog_entry (const char  *key,
                     const char  *name_ja,
                     const char  *name_en,
                     GError     **error)
{
  if (!valid_key (key))
    return invalid (error, _("Key: “%s” is not a key (lower-case letters, digits and '-')"), key ? key : "");
  if (name_ja == NULL || tomoni_text_is_blank (name_ja))
    return invalid (error, _("Japanese name: this field is required"));
  if (name_en == NULL || tomoni_text_is_blank (name_en))
    return invalid (error, _("English name: this field is required"));
  return TRUE;
}

static gboolean
write_catalog (TomoniStore  *self,
               gboolean      skills,
               gboolean      add,
               const char   *key,
               const char   *name_ja,
               const char   *name_en,
               GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniDbStmt *stmt;
  gint64 exists;

  if (!check_catalog_entry (key, name_ja, name_en, error))
    return FALSE;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;

  stmt = skills ? tomoni_store_prepare (self, "SELECT count(*) FROM skill WHERE key = ?1", error)
                : tomoni_store_prepare (self, "SELECT count(*) FROM training WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, key);
  exists = tomoni_db_step (stmt) == TOMONI_DB_ROW ? tomoni_db_column_int64 (stmt, 0) : 0;
  tomoni_db_reset (stmt);
  if (add && exists)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Key: “%s” already exists"), key);
      return FALSE;
    }
  if (!add && !exists)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                   _("There is no “%s”"), key);
      return FALSE;
    }

  if (add)
    stmt = skills
      ? tomoni_store_prepare (self, "INSERT INTO skill (uuid, key, name_ja, name_en, created_at, updated_at)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?5)", error)
      : tomoni_store_prepare (self, "INSERT INTO training (uuid, key, name_ja, name_en, created_at, updated_at)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?5)", error);
  else
    stmt = skills
      ? tomoni_store_prepare (self, "UPDATE skill SET name_ja = ?3, name_en = ?4, updated_at = ?5"
                                    " WHERE key = ?2 AND ?1 IS NOT NULL", error)
      : tomoni_store_prepare (self, "UPDATE training SET name_ja = ?3, name_en = ?4, updated_at = ?5"
                                    " WHERE key = ?2 AND ?1 IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  tomoni_bind_text (stmt, 2, key);
  tomoni_bind_text (stmt, 3, name_ja);
  tomoni_bind_text (stmt, 4, name_en);
  tomoni_bind_text (stmt, 5, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "volunteers");
  return TRUE;
}

gboolean
tomoni_store_add_skill (TomoniStore *self, const char *key, const char *name_ja,
                        const char *name_en, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return write_catalog (self, TRUE, TRUE, key, name_ja, name_en, error);
}

gboolean
tomoni_store_rename_skill (TomoniStore *self, const char *key, const char *name_ja,
                           const char *name_en, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return write_catalog (self, TRUE, FALSE, key, name_ja, name_en, error);
}

gboolean
tomoni_store_add_training (TomoniStore *self, const char *key, const char *name_ja,
                           const char *name_en, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return write_catalog (self, FALSE, TRUE, key, name_ja, name_en, error);
}

gboolean
tomoni_store_rename_training (TomoniStore *self, const char *key, const char *name_ja,
                              const char *name_en, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return write_catalog (self, FALSE, FALSE, key, name_ja, name_en, error);
}

static gboolean
delete_catalog (TomoniStore  *self,
                gboolean      skills,
                const char   *key,
                GError      **error)
{
  g_autoptr(GPtrArray) entries = list_catalog (self, skills, error);
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      TomoniCatalogEntry *entry = g_ptr_array_index (entries, i);

      if (!g_str_equal (entry->key, key))
        continue;
      if (entry->n_used > 0)
        {
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                       g_dngettext (GETTEXT_PACKAGE, "“%s” is used by %u volunteer or slot",
                                    "“%s” is used by %u volunteers or slots", entry->n_used),
                       key, entry->n_used);
          return FALSE;
        }
      if (!tomoni_store_transaction_begin (&tx, self, error))
        return FALSE;
      stmt = skills ? tomoni_store_prepare (self, "DELETE FROM skill WHERE key = ?1", error)
                    : tomoni_store_prepare (self, "DELETE FROM training WHERE key = ?1", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, key);
      if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
        return FALSE;
      tomoni_store_notify_changed (self, "volunteers");
      return TRUE;
    }
  g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("There is no “%s”"), key);
  return FALSE;
}

gboolean
tomoni_store_delete_skill (TomoniStore *self, const char *key, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return delete_catalog (self, TRUE, key, error);
}

gboolean
tomoni_store_delete_training (TomoniStore *self, const char *key, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return delete_catalog (self, FALSE, key, error);
}

static gint64
catalog_id (TomoniStore *self,
            gboolean     skills,
            const char  *key)
{
  TomoniDbStmt *stmt = skills
    ? tomoni_store_prepare (self, "SELECT id FROM skill WHERE key = ?1", NULL)
    : tomoni_store_prepare (self, "SELECT id FROM training WHERE key = ?1", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  tomoni_bind_text (stmt, 1, key);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    id = tomoni_db_column_int64 (stmt, 0);
  tomoni_db_reset (stmt);
  return id;
}

/* Validation */

static gboolean
validate_volunteer (TomoniStore     *self,
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
      g_autofree char *today = today_iso ();
      tomoni_volunteer_set_registered_on (volunteer, today);
      registered_on = tomoni_volunteer_get_registered_on (volunteer);
    }
  if (!is_iso_date (registered_on))
    return invalid (error, _("Registered on: “%s” is not a date (YYYY-MM-DD)"), registered_on);
  if (expires_on == NULL || *expires_on == '\0')
    {
      g_autofree char *end = fiscal_year_end (registered_on, 0);
      tomoni_volunteer_set_expires_on (volunteer, end);
      expires_on = tomoni_volunteer_get_expires_on (volunteer);
    }
  if (!is_iso_date (expires_on))
    return invalid (error, _("Expires on: “%s” is not a date (YYYY-MM-DD)"), expires_on);
  if (!g_str_has_suffix (expires_on, "-03-31"))
    return invalid (error, _("Expires on: a registration ends on 31 March, the end of a fiscal year, not on %s"),
                    expires_on);
  if (strcmp (expires_on, registered_on) < 0)
    return invalid (error, _("Expires on: %s is before the registration date %s"), expires_on, registered_on);
  if (tomoni_volunteer_get_monthly_cap (volunteer) > MAX_MONTHLY_CAP)
    return invalid (error, _("Monthly cap: %u shifts a month is more than %d"),
                    tomoni_volunteer_get_monthly_cap (volunteer), MAX_MONTHLY_CAP);

  for (guint i = 0; i < languages->len; i++)
    {
      TomoniLanguage *language = &g_array_index (languages, TomoniLanguage, i);

      if (!tomoni_language_code_is_known (language->code))
        return invalid (error, _("Languages: “%s” is not an ISO 639-1 language code"), language->code);
      if (language->level < TOMONI_LEVEL_BASIC || language->level > TOMONI_LEVEL_NATIVE)
        return invalid (error, _("Languages: %s has no level"), language->code);
      if (language->jlpt != 0 && (!g_str_equal (language->code, "ja") || language->jlpt < 1 || language->jlpt > 5))
        return invalid (error, _("Languages: a JLPT level is only for Japanese (ja)"));
      for (guint j = 0; j < i; j++)
        if (g_str_equal (g_array_index (languages, TomoniLanguage, j).code, language->code))
          return invalid (error, _("Languages: “%s” is given twice"), language->code);
    }
  for (guint i = 0; skills[i] != NULL; i++)
    if (catalog_id (self, TRUE, skills[i]) == 0)
      return invalid (error, _("Skills: “%s” is not in the list of skills"), skills[i]);
  for (guint i = 0; i < trainings->len; i++)
    {
      TomoniTrainingRecord *record = g_ptr_array_index (trainings, i);

      if (catalog_id (self, FALSE, record->key) == 0)
        return invalid (error, _("Trainings: “%s” is not in the list of trainings"), record->key);
      if (!is_iso_date (record->completed_on))
        return invalid (error, _("Trainings: “%s” is not a date (YYYY-MM-DD)"), record->completed_on);
    }
  for (guint i = 0; i < availability->len; i++)
    {
      TomoniAvailability *range = &g_array_index (availability, TomoniAvailability, i);

      if (range->weekday < 1 || range->weekday > 7)
        return invalid (error, _("Availability: %d is not a weekday (1 = Monday … 7 = Sunday)"), range->weekday);
      if (range->start_minute < 0 || range->end_minute > 1440 || range->end_minute <= range->start_minute)
        return invalid (error, _("Availability: a time range must end after it starts, within the day"));
    }
  for (guint i = 0; unavailable[i] != NULL; i++)
    if (!is_iso_date (unavailable[i]))
      return invalid (error, _("Unavailable dates: “%s” is not a date (YYYY-MM-DD)"), unavailable[i]);
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
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (self, "DELETE FROM person_language WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < languages->len; i++)
    {
      TomoniLanguage *language = &g_array_index (languages, TomoniLanguage, i);
      g_autofree char *uuid = tomoni_uuid_new ();
      g_autofree char *jlpt = language->jlpt > 0 ? g_strdup_printf ("N%d", language->jlpt) : NULL;

      stmt = tomoni_store_prepare (self,
                                   "INSERT INTO person_language (uuid, person_id, code, level, jlpt,"
                                   " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, uuid);
      tomoni_db_bind_int64 (stmt, 2, person_id);
      tomoni_bind_text (stmt, 3, language->code);
      tomoni_bind_text (stmt, 4, tomoni_language_level_to_string (language->level));
      tomoni_bind_text_or_null (stmt, 5, jlpt);
      tomoni_bind_text (stmt, 6, now);
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
    }

  if (!exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM volunteer_skill WHERE volunteer_id = ?1", error), volunteer_id, error))
    return FALSE;
  for (guint i = 0; skills[i] != NULL; i++)
    {
      g_autofree char *uuid = tomoni_uuid_new ();

      stmt = tomoni_store_prepare (self,
                                   "INSERT OR IGNORE INTO volunteer_skill (uuid, volunteer_id, skill_id, created_at, updated_at)"
                                   " VALUES (?1, ?2, ?3, ?4, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, uuid);
      tomoni_db_bind_int64 (stmt, 2, volunteer_id);
      tomoni_db_bind_int64 (stmt, 3, catalog_id (self, TRUE, skills[i]));
      tomoni_bind_text (stmt, 4, now);
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
    }

  if (!exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM volunteer_training WHERE volunteer_id = ?1", error), volunteer_id, error))
    return FALSE;
  for (guint i = 0; i < trainings->len; i++)
    {
      TomoniTrainingRecord *record = g_ptr_array_index (trainings, i);
      g_autofree char *uuid = tomoni_uuid_new ();

      stmt = tomoni_store_prepare (self,
                                   "INSERT INTO volunteer_training (uuid, volunteer_id, training_id, completed_on,"
                                   " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, uuid);
      tomoni_db_bind_int64 (stmt, 2, volunteer_id);
      tomoni_db_bind_int64 (stmt, 3, catalog_id (self, FALSE, record->key));
      tomoni_bind_text (stmt, 4, record->completed_on);
      tomoni_bind_text (stmt, 5, now);
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
    }

  if (!exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM availability WHERE volunteer_id = ?1", error), volunteer_id, error))
    return FALSE;
  for (guint i = 0; i < availability->len; i++)
    {
      TomoniAvailability *range = &g_array_index (availability, TomoniAvailability, i);
      g_autofree char *uuid = tomoni_uuid_new ();

      stmt = tomoni_store_prepare (self,
                                   "INSERT INTO availability (uuid, volunteer_id, weekday, start_minute, end_minute,"
                                   " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, uuid);
      tomoni_db_bind_int64 (stmt, 2, volunteer_id);
      tomoni_db_bind_int (stmt, 3, range->weekday);
      tomoni_db_bind_int (stmt, 4, range->start_minute);
      tomoni_db_bind_int (stmt, 5, range->end_minute);
      tomoni_bind_text (stmt, 6, now);
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
    }

  if (!exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM unavailable_date WHERE volunteer_id = ?1", error), volunteer_id, error))
    return FALSE;
  for (guint i = 0; unavailable[i] != NULL; i++)
    {
      g_autofree char *uuid = tomoni_uuid_new ();

      stmt = tomoni_store_prepare (self,
                                   "INSERT OR IGNORE INTO unavailable_date (uuid, volunteer_id, date, created_at, updated_at)"
                                   " VALUES (?1, ?2, ?3, ?4, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, uuid);
      tomoni_db_bind_int64 (stmt, 2, volunteer_id);
      tomoni_bind_text (stmt, 3, unavailable[i]);
      tomoni_bind_text (stmt, 4, now);
      if (!tomoni_store_step_done (self, stmt, error))
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
  TomoniDbStmt *stmt;
  gint64 volunteer_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (person == NULL || TOMONI_IS_PERSON (person), FALSE);
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (volunteer), FALSE);

  if (!validate_volunteer (self, volunteer, error))
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

  stmt = tomoni_store_prepare (self,
                               "INSERT INTO volunteer (uuid, person_id, status, registered_on, expires_on,"
                               " monthly_cap, notes, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  tomoni_db_bind_int64 (stmt, 2, tomoni_volunteer_get_person_id (volunteer));
  tomoni_bind_text (stmt, 3, tomoni_volunteer_status_to_string (tomoni_volunteer_get_status (volunteer)));
  tomoni_bind_text (stmt, 4, tomoni_volunteer_get_registered_on (volunteer));
  tomoni_bind_text (stmt, 5, tomoni_volunteer_get_expires_on (volunteer));
  tomoni_db_bind_int (stmt, 6, tomoni_volunteer_get_monthly_cap (volunteer));
  tomoni_bind_text (stmt, 7, tomoni_volunteer_get_notes (volunteer));
  tomoni_bind_text (stmt, 8, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  volunteer_id = tomoni_db_last_insert_id (tomoni_store_get_db (self));
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
  TomoniDbStmt *stmt;
  gint64 volunteer_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (volunteer), FALSE);

  if (!validate_volunteer (self, volunteer, error))
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
  stmt = tomoni_store_prepare (self,
                               "UPDATE volunteer SET status = ?2, registered_on = ?3, expires_on = ?4,"
                               " monthly_cap = ?5, notes = ?6, updated_at = ?7 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, volunteer_id);
  tomoni_bind_text (stmt, 2, tomoni_volunteer_status_to_string (tomoni_volunteer_get_status (volunteer)));
  tomoni_bind_text (stmt, 3, tomoni_volunteer_get_registered_on (volunteer));
  tomoni_bind_text (stmt, 4, tomoni_volunteer_get_expires_on (volunteer));
  tomoni_db_bind_int (stmt, 5, tomoni_volunteer_get_monthly_cap (volunteer));
  tomoni_bind_text (stmt, 6, tomoni_volunteer_get_notes (volunteer));
  tomoni_bind_text (stmt, 7, now);
  if (!tomoni_store_step_done (self, stmt, error))
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

static char *
name_from_columns (TomoniDbStmt *stmt,
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
  name = tomoni_db_column_int (stmt, 13) ? g_strdup (_("(personal data erased)")) : name_from_columns (stmt, 9);
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

gboolean
tomoni_store_set_volunteer_status (TomoniStore            *self,
                                   gint64                  person_id,
                                   TomoniVolunteerStatus   status,
                                   GError                **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (status <= TOMONI_VOLUNTEER_RETIRED, FALSE);
  if (volunteer_row_id (self, person_id) == 0)
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such volunteer"));
      return FALSE;
    }
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "UPDATE volunteer SET status = ?2, updated_at = ?3 WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  tomoni_bind_text (stmt, 2, tomoni_volunteer_status_to_string (status));
  tomoni_bind_text (stmt, 3, now);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
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
  g_autofree char *today = today_iso ();
  g_autofree char *expires = NULL;
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  const char *from;
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  if (n_fiscal_years < 1 || n_fiscal_years > 10)
    return invalid (error, _("Renewal: %u fiscal years is not between 1 and 10"), n_fiscal_years);
  volunteer = tomoni_store_get_volunteer (self, person_id, error);
  if (volunteer == NULL)
    return FALSE;
  /* An expired registration is renewed from the current fiscal year. */
  from = tomoni_volunteer_get_expires_on (volunteer);
  if (strcmp (from, today) < 0)
    expires = fiscal_year_end (today, n_fiscal_years - 1);
  else
    expires = fiscal_year_end (from, n_fiscal_years);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "UPDATE volunteer SET expires_on = ?2, updated_at = ?3 WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  tomoni_bind_text (stmt, 2, expires);
  tomoni_bind_text (stmt, 3, now);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
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
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pattern = NULL;
  TomoniDbStmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  if (search != NULL && !tomoni_text_is_blank (search))
    {
      g_autofree char *key = tomoni_text_search_key (search);
      g_autofree char *escaped = tomoni_text_escape_like (key);
      pattern = g_strconcat ("%", escaped, "%", NULL);
    }
  stmt = tomoni_store_prepare (self,
                               "SELECT p.id FROM volunteer v JOIN person p ON p.id = v.person_id"
                               " WHERE p.deleted_at IS NULL AND (?1 = '' OR p.search_text LIKE ?1 ESCAPE '\\')"
                               " AND (?2 = '' OR v.status = ?2) ORDER BY p.sort_key, p.id", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, pattern != NULL ? pattern : "");
  tomoni_bind_text (stmt, 2, status >= 0 ? tomoni_volunteer_status_to_string (status) : "");
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 id = tomoni_db_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

gint64
tomoni_store_count_volunteers (TomoniStore *self)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), 0);
  return tomoni_store_query_int64 (self, "SELECT count(*) FROM volunteer v JOIN person p ON p.id = v.person_id"
                                         " WHERE p.deleted_at IS NULL", 0);
}

/* CSV import */

typedef enum {
  COL_FAMILY_NAME, COL_GIVEN_NAME, COL_READING, COL_LATIN_NAME, COL_NATIONALITY, COL_BIRTH_DATE,
  COL_EMAIL, COL_PHONE, COL_LANGUAGES, COL_SKILLS, COL_TRAININGS, COL_AVAILABILITY,
  COL_UNAVAILABLE, COL_MONTHLY_CAP, COL_STATUS, COL_REGISTERED_ON, COL_EXPIRES_ON, COL_NOTES,
  N_COLUMNS
} Column;

static const struct {
  const char *name;
  const char *aliases;      /* '|'-separated, already in the normalised form */
} columns[N_COLUMNS] = {
  [COL_FAMILY_NAME] = { "family_name", "familyname|姓|氏|苗字|familyname" },
  [COL_GIVEN_NAME] = { "given_name", "givenname|名|名前" },
  [COL_READING] = { "reading", "reading|フリガナ|ふりがな|よみがな|ヨミガナ|カナ" },
  [COL_LATIN_NAME] = { "latin_name", "latinname|ローマ字|氏名(ローマ字)|ローマ字氏名|英字氏名" },
  [COL_NATIONALITY] = { "nationality", "nationality|国籍" },
  [COL_BIRTH_DATE] = { "birth_date", "birthdate|生年月日" },
  [COL_EMAIL] = { "email", "email|mail|メール|メールアドレス|eメール" },
  [COL_PHONE] = { "phone", "phone|tel|電話|電話番号" },
  [COL_LANGUAGES] = { "languages", "languages|language|言語|対応言語" },
  [COL_SKILLS] = { "skills", "skills|skill|技能|スキル|活動分野" },
  [COL_TRAININGS] = { "trainings", "trainings|training|研修|受講研修" },
  [COL_AVAILABILITY] = { "availability", "availability|活動可能時間|活動可能日時" },
  [COL_UNAVAILABLE] = { "unavailable_dates", "unavailabledates|unavailable|不可日|活動不可日" },
  [COL_MONTHLY_CAP] = { "monthly_cap", "monthlycap|月上限|月の上限" },
  [COL_STATUS] = { "status", "status|状態|状況" },
  [COL_REGISTERED_ON] = { "registered_on", "registeredon|登録日" },
  [COL_EXPIRES_ON] = { "expires_on", "expireson|有効期限|登録期限" },
  [COL_NOTES] = { "notes", "notes|note|備考|メモ" },
};

static const char columns_help[] =
  N_("Columns (the first row names them; English names or the Japanese in parentheses; "
     "order free, case and '_' ignored):\n"
     "  family_name (姓), given_name (名), latin_name (ローマ字)   at least one of them\n"
     "  reading (フリガナ)          katakana or hiragana\n"
     "  nationality (国籍)          ISO 3166-1 alpha-2, e.g. VN\n"
     "  birth_date (生年月日)       YYYY-MM-DD\n"
     "  email (メール), phone (電話)\n"
     "  languages (言語)            code:level[:JLPT];…  e.g. vi:native;ja:business:N2\n"
     "                              levels: native, fluent, business, conversational, basic\n"
     "  skills (技能)               keys separated by ';', e.g. interpretation;translation\n"
     "  trainings (研修)            key:date;…  e.g. orientation:2025-05-10\n"
     "  availability (活動可能時間) day HH:MM-HH:MM;…  e.g. tue 18:00-21:00;sat 09:00-17:00\n"
     "  unavailable_dates (活動不可日) dates separated by ';'\n"
     "  monthly_cap (月上限)        shifts a month, default 4\n"
     "  status (状態)               active, paused or retired (活動中, 休止中, 退会)\n"
     "  registered_on (登録日)      default today\n"
     "  expires_on (有効期限)       31 March; default the end of the registration's fiscal year\n"
     "  notes (備考)\n"
     "Files may be UTF-8 (with or without BOM) or Shift_JIS (CP932) as Excel saves them.\n"
     "People already in the database (same name and birth date, or same email) and repeated\n"
     "rows are refused. The import writes all rows or none.");

const char *
tomoni_volunteer_import_get_columns_help (void)
{
  return _(columns_help);
}

struct _TomoniVolunteerImport
{
  TomoniCsvEncoding  encoding;
  GPtrArray         *file_problems;
  GArray            *rows;      /* TomoniVolunteerImportRow */
};

void
tomoni_volunteer_import_free (TomoniVolunteerImport *import)
{
  if (import == NULL)
    return;
  for (guint i = 0; i < import->rows->len; i++)
    {
      TomoniVolunteerImportRow *row = &g_array_index (import->rows, TomoniVolunteerImportRow, i);
      g_clear_object (&row->person);
      g_clear_object (&row->volunteer);
      g_ptr_array_unref (row->problems);
    }
  g_array_unref (import->rows);
  g_ptr_array_unref (import->file_problems);
  g_free (import);
}

TomoniCsvEncoding
tomoni_volunteer_import_get_encoding (TomoniVolunteerImport *import)
{
  g_return_val_if_fail (import != NULL, TOMONI_CSV_ENCODING_UTF8);
  return import->encoding;
}

GPtrArray *
tomoni_volunteer_import_get_file_problems (TomoniVolunteerImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->file_problems;
}

guint
tomoni_volunteer_import_get_n_rows (TomoniVolunteerImport *import)
{
  g_return_val_if_fail (import != NULL, 0);
  return import->rows->len;
}

const TomoniVolunteerImportRow *
tomoni_volunteer_import_get_row (TomoniVolunteerImport *import,
                                 guint                  index)
{
  g_return_val_if_fail (import != NULL && index < import->rows->len, NULL);
  return &g_array_index (import->rows, TomoniVolunteerImportRow, index);
}

guint
tomoni_volunteer_import_get_n_problems (TomoniVolunteerImport *import)
{
  guint n;

  g_return_val_if_fail (import != NULL, 0);
  n = import->file_problems->len;
  for (guint i = 0; i < import->rows->len; i++)
    n += g_array_index (import->rows, TomoniVolunteerImportRow, i).problems->len;
  return n;
}

/* NFKC, lower case, without spaces, '_' and '-'. */
static char *
header_key (const char *text)
{
  g_autofree char *norm = tomoni_text_normalize (text);
  GString *out = g_string_new (NULL);

  if (norm == NULL)
    return g_string_free (out, FALSE);
  for (const char *p = norm; *p != '\0'; p++)
    if (*p != ' ' && *p != '_' && *p != '-')
      g_string_append_c (out, g_ascii_tolower (*p));
  return g_string_free (out, FALSE);
}

static int
column_of_header (const char *header)
{
  g_autofree char *key = header_key (header);

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_auto(GStrv) aliases = g_strsplit (columns[c].aliases, "|", -1);
      for (guint a = 0; aliases[a] != NULL; a++)
        if (g_str_equal (key, aliases[a]))
          return c;
    }
  return -1;
}

static void
add_problem (GPtrArray  *problems,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
add_problem (GPtrArray  *problems,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (problems, g_strdup_vprintf (format, args));
  va_end (args);
}

static char *
identity_key (TomoniPerson *person)
{
  g_autofree char *name = tomoni_person_dup_display_name (person);
  g_autofree char *key = tomoni_text_search_key (name);
  g_autofree char *latin = tomoni_text_search_key (tomoni_person_get_latin_name (person));

  return g_strdup_printf ("%s|%s|%s", key, latin,
                          tomoni_person_get_field (person, TOMONI_PERSON_BIRTH_DATE));
}

static char *
find_person_in_db (TomoniStore  *self,
                   TomoniPerson *person,
                   gboolean     *out_by_email)
{
  const char *email = tomoni_person_get_field (person, TOMONI_PERSON_EMAIL);
  TomoniDbStmt *stmt;
  char *found = NULL;

  stmt = tomoni_store_prepare (self,
                               "SELECT family_name, given_name, latin_name FROM person WHERE deleted_at IS NULL"
                               " AND coalesce (family_name, '') = ?1 AND given_name = ?2 AND latin_name = ?3"
                               " AND coalesce (birth_date, '') = ?4", NULL);
  if (stmt != NULL)
    {
      tomoni_bind_text (stmt, 1, tomoni_person_get_family_name (person));
      tomoni_bind_text (stmt, 2, tomoni_person_get_given_name (person));
      tomoni_bind_text (stmt, 3, tomoni_person_get_latin_name (person));
      tomoni_bind_text (stmt, 4, tomoni_person_get_field (person, TOMONI_PERSON_BIRTH_DATE));
      if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
        {
          found = name_from_columns (stmt, 0);
          *out_by_email = FALSE;
        }
      tomoni_db_reset (stmt);
    }
  if (found == NULL && email != NULL && *email != '\0')
    {
      stmt = tomoni_store_prepare (self,
                                   "SELECT family_name, given_name, latin_name FROM person WHERE deleted_at IS NULL"
                                   " AND email <> '' AND lower (email) = lower (?1)", NULL);
      if (stmt != NULL)
        {
          tomoni_bind_text (stmt, 1, email);
          if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
            {
              found = name_from_columns (stmt, 0);
              *out_by_email = TRUE;
            }
          tomoni_db_reset (stmt);
        }
    }
  return found;
}

static void
check_row (TomoniStore              *self,
           TomoniVolunteerImportRow *row,
           const char * const       *values,   /* indexed by Column, NULL if absent */
           GHashTable               *identities,
           GHashTable               *emails)
{
  static const struct { Column column; TomoniPersonField field; } person_columns[] = {
    { COL_FAMILY_NAME, TOMONI_PERSON_FAMILY_NAME }, { COL_GIVEN_NAME, TOMONI_PERSON_GIVEN_NAME },
    { COL_READING, TOMONI_PERSON_READING }, { COL_LATIN_NAME, TOMONI_PERSON_LATIN_NAME },
    { COL_NATIONALITY, TOMONI_PERSON_NATIONALITY }, { COL_BIRTH_DATE, TOMONI_PERSON_BIRTH_DATE },
    { COL_EMAIL, TOMONI_PERSON_EMAIL }, { COL_PHONE, TOMONI_PERSON_PHONE },
  };
  TomoniPerson *person = row->person;
  TomoniVolunteer *volunteer = row->volunteer;
  g_autoptr(GError) error = NULL;
  gboolean person_ok;

  for (guint i = 0; i < G_N_ELEMENTS (person_columns); i++)
    if (values[person_columns[i].column] != NULL)
      tomoni_person_set_field (person, person_columns[i].field, values[person_columns[i].column]);
  person_ok = tomoni_person_normalize (person, NULL, &error);
  if (!person_ok)
    add_problem (row->problems, "%s", error->message);
  g_clear_error (&error);

#define PARSE_LIST(col, parser)                                            \
  if (values[col] != NULL && !parser (volunteer, values[col], &error))     \
    {                                                                      \
      add_problem (row->problems, "%s", error->message);                   \
      g_clear_error (&error);                                              \
    }
  PARSE_LIST (COL_LANGUAGES, tomoni_volunteer_parse_languages)
  PARSE_LIST (COL_SKILLS, tomoni_volunteer_parse_skills)
  PARSE_LIST (COL_TRAININGS, tomoni_volunteer_parse_trainings)
  PARSE_LIST (COL_AVAILABILITY, tomoni_volunteer_parse_availability)
  PARSE_LIST (COL_UNAVAILABLE, tomoni_volunteer_parse_unavailable_dates)
#undef PARSE_LIST

  if (values[COL_MONTHLY_CAP] != NULL && *values[COL_MONTHLY_CAP] != '\0')
    {
      g_autofree char *norm = tomoni_text_normalize (values[COL_MONTHLY_CAP]);
      char *end = NULL;
      guint64 cap = norm != NULL ? g_ascii_strtoull (norm, &end, 10) : 0;

      if (norm == NULL || end == norm || *end != '\0' || cap > MAX_MONTHLY_CAP)
        add_problem (row->problems, _("Monthly cap: “%s” is not a number of shifts (0 … %d)"),
                     values[COL_MONTHLY_CAP], MAX_MONTHLY_CAP);
      else
        tomoni_volunteer_set_monthly_cap (volunteer, cap);
    }
  if (values[COL_STATUS] != NULL && *values[COL_STATUS] != '\0')
    {
      g_autofree char *norm = tomoni_text_normalize (values[COL_STATUS]);
      TomoniVolunteerStatus status;

      if (norm == NULL || !tomoni_volunteer_status_from_string (norm, &status))
        add_problem (row->problems, _("Status: “%s” is not active, paused or retired"), values[COL_STATUS]);
      else
        tomoni_volunteer_set_status (volunteer, status);
    }
  if (values[COL_REGISTERED_ON] != NULL && *values[COL_REGISTERED_ON] != '\0')
    {
      GDate d;
      g_date_clear (&d, 1);
      if (!tomoni_date_parse (values[COL_REGISTERED_ON], &d, NULL))
        add_problem (row->problems, _("Registered on: “%s” is not a date"), values[COL_REGISTERED_ON]);
      else
        {
          g_autofree char *iso = tomoni_date_format_iso (&d);
          tomoni_volunteer_set_registered_on (volunteer, iso);
        }
    }
  if (values[COL_EXPIRES_ON] != NULL && *values[COL_EXPIRES_ON] != '\0')
    {
      GDate d;
      g_date_clear (&d, 1);
      if (!tomoni_date_parse (values[COL_EXPIRES_ON], &d, NULL))
        add_problem (row->problems, _("Expires on: “%s” is not a date"), values[COL_EXPIRES_ON]);
      else
        {
          g_autofree char *iso = tomoni_date_format_iso (&d);
          tomoni_volunteer_set_expires_on (volunteer, iso);
        }
    }
  if (values[COL_NOTES] != NULL)
    tomoni_volunteer_set_notes (volunteer, values[COL_NOTES]);

  /* What only the store knows: skill and training keys, dates and expiry. */
  if (row->problems->len == 0 && !validate_volunteer (self, volunteer, &error))
    {
      add_problem (row->problems, "%s", error->message);
      g_clear_error (&error);
    }

  if (person_ok)
    {
      char *key = identity_key (person);
      const char *email = tomoni_person_get_field (person, TOMONI_PERSON_EMAIL);
      g_autofree char *lower_email = g_ascii_strdown (email, -1);
      gpointer other;
      gboolean by_email = FALSE;
      g_autofree char *in_db = NULL;

      if ((other = g_hash_table_lookup (identities, key)) != NULL)
        add_problem (row->problems, _("Duplicate: the same person (name and birth date) as row %u"),
                     GPOINTER_TO_UINT (other));
      else if (*lower_email != '\0' && (other = g_hash_table_lookup (emails, lower_email)) != NULL)
        add_problem (row->problems, _("Duplicate: the same email as row %u"), GPOINTER_TO_UINT (other));
      g_hash_table_insert (identities, key, GUINT_TO_POINTER (row->row));
      if (*lower_email != '\0' && !g_hash_table_contains (emails, lower_email))
        g_hash_table_insert (emails, g_strdup (lower_email), GUINT_TO_POINTER (row->row));

      in_db = find_person_in_db (self, person, &by_email);
      if (in_db != NULL)
        add_problem (row->problems,
                     by_email ? _("Duplicate: %s is already in the database with this email")
                              : _("Duplicate: %s is already in the database (same name and birth date)"),
                     in_db);
    }
}

TomoniVolunteerImport *
tomoni_store_preview_volunteer_import (TomoniStore  *self,
                                       const char   *data,
                                       gsize         length,
                                       GError      **error)
{
  g_autoptr(TomoniVolunteerImport) import = g_new0 (TomoniVolunteerImport, 1);
  g_autoptr(GHashTable) identities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  TomoniCsvRow *header;
  int column_of[256];
  guint n_header;
  gboolean has_name = FALSE;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  import->file_problems = g_ptr_array_new_with_free_func (g_free);
  import->rows = g_array_new (FALSE, TRUE, sizeof (TomoniVolunteerImportRow));

  text = tomoni_csv_decode (data, length, &import->encoding, error);
  if (text == NULL)
    return NULL;
  rows = tomoni_csv_parse (text, error);
  if (rows == NULL)
    return NULL;

  header = g_ptr_array_index (rows, 0);
  n_header = MIN (header->n_fields, G_N_ELEMENTS (column_of));
  for (guint i = 0; i < n_header; i++)
    {
      column_of[i] = column_of_header (header->fields[i]);
      if (column_of[i] < 0 && !tomoni_text_is_blank (header->fields[i]))
        add_problem (import->file_problems, _("Row %u, column %u: “%s” is not a known column"),
                     header->number, i + 1, header->fields[i]);
      for (guint j = 0; j < i && column_of[i] >= 0; j++)
        if (column_of[j] == column_of[i])
          add_problem (import->file_problems, _("Row %u, column %u: the column “%s” appears twice"),
                       header->number, i + 1, columns[column_of[i]].name);
      if (column_of[i] == COL_FAMILY_NAME || column_of[i] == COL_GIVEN_NAME || column_of[i] == COL_LATIN_NAME)
        has_name = TRUE;
    }
  if (!has_name)
    add_problem (import->file_problems,
                 _("Missing column: family_name (姓), given_name (名) or latin_name (ローマ字); "
                   "the first row must name the columns"));

  for (guint r = 1; r < rows->len; r++)
    {
      TomoniCsvRow *csv = g_ptr_array_index (rows, r);
      TomoniVolunteerImportRow row = { csv->number, tomoni_person_new (), tomoni_volunteer_new (),
                                       g_ptr_array_new_with_free_func (g_free) };
      const char *values[N_COLUMNS] = { NULL };

      if (csv->n_fields > header->n_fields)
        add_problem (row.problems, _("Row %u has %u fields but the header has %u: is a comma missing its quotes?"),
                     csv->number, csv->n_fields, header->n_fields);
      for (guint i = 0; i < MIN (csv->n_fields, n_header); i++)
        if (column_of[i] >= 0)
          values[column_of[i]] = csv->fields[i];
      if (has_name)
        check_row (self, &row, values, identities, emails);
      g_array_append_val (import->rows, row);
    }
  return g_steal_pointer (&import);
}

gboolean
tomoni_store_run_volunteer_import (TomoniStore            *self,
                                   TomoniVolunteerImport  *import,
                                   guint                  *out_n_created,
                                   GError                **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (import != NULL, FALSE);

  if (import->file_problems->len > 0)
    return invalid (error, "%s", (const char *)g_ptr_array_index (import->file_problems, 0));
  for (guint i = 0; i < import->rows->len; i++)
    {
      TomoniVolunteerImportRow *row = &g_array_index (import->rows, TomoniVolunteerImportRow, i);
      if (row->problems->len > 0)
        return invalid (error, _("Row %u: %s"), row->row, (const char *)g_ptr_array_index (row->problems, 0));
    }
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  for (guint i = 0; i < import->rows->len; i++)
    {
      TomoniVolunteerImportRow *row = &g_array_index (import->rows, TomoniVolunteerImportRow, i);
      g_autoptr(GError) local = NULL;

      if (tomoni_person_get_id (row->person) != 0)
        continue;   /* already imported by an earlier, failed run */
      if (!tomoni_store_add_volunteer (self, row->person, row->volunteer, &local))
        {
          g_set_error (error, local->domain, local->code, _("Row %u: %s"), row->row, local->message);
          tomoni_store_transaction_clear (&tx);
          for (guint j = 0; j < import->rows->len; j++)
            tomoni_person_set_id (g_array_index (import->rows, TomoniVolunteerImportRow, j).person, 0);
          return FALSE;
        }
    }
  if (!tomoni_store_transaction_commit (&tx, error))
    {
      for (guint j = 0; j < import->rows->len; j++)
        tomoni_person_set_id (g_array_index (import->rows, TomoniVolunteerImportRow, j).person, 0);
      return FALSE;
    }
  if (out_n_created != NULL)
    *out_n_created = import->rows->len;
  tomoni_store_notify_changed (self, "volunteers");
  return TRUE;
}
