/* tomoni-store-people.c: people in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>

#include "tomoni-store-people.h"
#include "tomoni-store-people-private.h"
#include "tomoni-store-private.h"
#include "tomoni-text.h"


/* Column order shared by every SELECT that builds a person. */
#define PERSON_COLUMNS \
  "id, uuid, family_name, given_name, reading, latin_name, alias, nationality, birth_date," \
  " age_band, gender, ward, email, phone, contact_language, notes, consent, pseudonym," \
  " created_at, updated_at, erased_at IS NOT NULL"

static const TomoniPersonField column_fields[] = {
  TOMONI_PERSON_FAMILY_NAME, TOMONI_PERSON_GIVEN_NAME, TOMONI_PERSON_READING,
  TOMONI_PERSON_LATIN_NAME, TOMONI_PERSON_ALIAS, TOMONI_PERSON_NATIONALITY,
  TOMONI_PERSON_BIRTH_DATE, TOMONI_PERSON_AGE_BAND, TOMONI_PERSON_GENDER, TOMONI_PERSON_WARD,
  TOMONI_PERSON_EMAIL, TOMONI_PERSON_PHONE, TOMONI_PERSON_CONTACT_LANGUAGE, TOMONI_PERSON_NOTES,
};

static TomoniPerson *
person_from_row (TomoniDbStmt *stmt)
{
  TomoniPerson *person = tomoni_person_new ();

  tomoni_person_set_id (person, tomoni_db_column_int64 (stmt, 0));
  tomoni_person_set_uuid (person, tomoni_db_column_text (stmt, 1));
  for (guint i = 0; i < G_N_ELEMENTS (column_fields); i++)
    tomoni_person_set_field (person, column_fields[i], tomoni_db_column_text (stmt, 2 + i));
  tomoni_person_set_consent (person, tomoni_db_column_int (stmt, 16));
  tomoni_person_set_pseudonym (person, tomoni_db_column_text (stmt, 17));
  tomoni_person_set_timestamps (person,
                                tomoni_db_column_text (stmt, 18),
                                tomoni_db_column_text (stmt, 19));
  tomoni_person_set_erased (person, tomoni_db_column_int (stmt, 20));
  return person;
}

char *
tomoni_store_person_sort_key (TomoniPerson *person)
{
  g_autofree char *name = tomoni_person_dup_display_name (person);
  const char *reading = tomoni_person_get_reading (person);
  g_autofree char *key = tomoni_text_sort_key (*reading != '\0' ? reading : name);

  /* The name after the reading keeps people with the same reading stable. */
  return g_strconcat (key, "\x1f", name, NULL);
}

char *
tomoni_store_person_search_text (TomoniPerson *person)
{
  static const TomoniPersonField searched[] = {
    TOMONI_PERSON_FAMILY_NAME, TOMONI_PERSON_GIVEN_NAME, TOMONI_PERSON_READING,
    TOMONI_PERSON_LATIN_NAME, TOMONI_PERSON_ALIAS,
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *full = g_strconcat (tomoni_person_get_family_name (person),
                                       tomoni_person_get_given_name (person), NULL);
  g_autofree char *full_key = tomoni_text_search_key (full);

  for (guint i = 0; i < G_N_ELEMENTS (searched); i++)
    {
      g_autofree char *key = tomoni_text_search_key (tomoni_person_get_field (person, searched[i]));
      g_string_append (text, key);
      g_string_append_c (text, '|');
    }
  g_string_append (text, full_key);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
new_pseudonym (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  /* 48 random bits, shown as P-xxxx-xxxx-xxxx */
  return g_strdup_printf ("P-%.4s-%.4s-%.4s", uuid, uuid + 9, uuid + 14);
}

static void
bind_person (TomoniDbStmt *stmt,
             TomoniPerson *person,
             int           first)
{
  g_autofree char *sort_key = tomoni_store_person_sort_key (person);
  g_autofree char *search_text = tomoni_store_person_search_text (person);

  for (guint i = 0; i < G_N_ELEMENTS (column_fields); i++)
    {
      const char *value = tomoni_person_get_field (person, column_fields[i]);

      if (column_fields[i] == TOMONI_PERSON_FAMILY_NAME || column_fields[i] == TOMONI_PERSON_BIRTH_DATE)
        tomoni_bind_text_or_null (stmt, first + i, value);
      else
        tomoni_bind_text (stmt, first + i, value);
    }
  tomoni_db_bind_int (stmt, first + 14, tomoni_person_get_consent (person));
  tomoni_bind_text (stmt, first + 15, sort_key);
  tomoni_bind_text (stmt, first + 16, search_text);
}

/**
 * tomoni_store_add_person:
 * @person: the new person; on success its id, UUID, pseudonym and timestamps are set
 *
 * Normalises and checks @person, then writes it in one transaction. On a
 * %TOMONI_STORE_ERROR_INVALID error the message names the field.
 */
gboolean
tomoni_store_add_person (TomoniStore   *self,
                         TomoniPerson  *person,
                         GError       **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = NULL;
  g_autofree char *pseudonym = new_pseudonym ();
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_PERSON (person), FALSE);

  if (!tomoni_person_normalize (person, NULL, error))
    return FALSE;

  uuid = g_strdup (tomoni_person_get_uuid (person));
  if (uuid == NULL)
    uuid = tomoni_uuid_new ();
  else if (!g_uuid_string_is_valid (uuid))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("UUID: “%s” is not a valid UUID"), uuid);
      return FALSE;
    }

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;

  stmt = tomoni_store_prepare (self,
                               "INSERT INTO person (family_name, given_name, reading, latin_name, alias,"
                               " nationality, birth_date, age_band, gender, ward, email, phone,"
                               " contact_language, notes, consent, sort_key, search_text,"
                               " uuid, pseudonym, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                               " ?15, ?16, ?17, ?18, ?19, ?20, ?20)",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, person, 1);
  tomoni_bind_text (stmt, 18, uuid);
  tomoni_bind_text (stmt, 19, pseudonym);
  tomoni_bind_text (stmt, 20, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;

  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_person_set_id (person, tomoni_db_last_insert_id (tomoni_store_get_db (self)));
  tomoni_person_set_uuid (person, uuid);
  tomoni_person_set_pseudonym (person, pseudonym);
  tomoni_person_set_timestamps (person, now, now);
  tomoni_store_notify_changed (self, "people");
  return TRUE;
}

gboolean
tomoni_store_update_person (TomoniStore   *self,
                            TomoniPerson  *person,
                            GError       **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_PERSON (person), FALSE);
  g_return_val_if_fail (tomoni_person_get_id (person) > 0, FALSE);

  if (!tomoni_person_normalize (person, NULL, error))
    return FALSE;

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;

  stmt = tomoni_store_prepare (self,
                               "UPDATE person SET family_name = ?1, given_name = ?2, reading = ?3,"
                               " latin_name = ?4, alias = ?5, nationality = ?6, birth_date = ?7,"
                               " age_band = ?8, gender = ?9, ward = ?10, email = ?11, phone = ?12,"
                               " contact_language = ?13, notes = ?14, consent = ?15, sort_key = ?16,"
                               " search_text = ?17, updated_at = ?18"
                               " WHERE id = ?19 AND deleted_at IS NULL AND erased_at IS NULL",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_person (stmt, person, 1);
  tomoni_bind_text (stmt, 18, now);
  tomoni_db_bind_int64 (stmt, 19, tomoni_person_get_id (person));
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;

  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                   _("This person no longer exists or their data was erased."));
      return FALSE;
    }

  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_person_set_timestamps (person, tomoni_person_get_created_at (person), now);
  tomoni_store_notify_changed (self, "people");
  return TRUE;
}

static TomoniPerson *
get_person (TomoniStore   *self,
            TomoniDbStmt  *stmt,
            GError       **error)
{
  TomoniPerson *person = NULL;
  int rc = tomoni_db_step (stmt);

  if (rc == TOMONI_DB_ROW)
    person = person_from_row (stmt);
  else if (rc == TOMONI_DB_DONE)
    g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such person."));
  else
    tomoni_store_set_error (self, rc, error);
  tomoni_db_reset (stmt);
  return person;
}

TomoniPerson *
tomoni_store_get_person (TomoniStore  *self,
                         gint64        id,
                         GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " PERSON_COLUMNS " FROM person WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, id);
  return get_person (self, stmt, error);
}

TomoniPerson *
tomoni_store_get_person_by_uuid (TomoniStore  *self,
                                 const char   *uuid,
                                 GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " PERSON_COLUMNS " FROM person WHERE uuid = ?", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, uuid);
  return get_person (self, stmt, error);
}

static gboolean
set_deleted (TomoniStore  *self,
             gint64        id,
             gboolean      deleted,
             GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;

  stmt = tomoni_store_prepare (self,
                               deleted
                               ? "UPDATE person SET deleted_at = tomoni_now () WHERE id = ? AND deleted_at IS NULL"
                               : "UPDATE person SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such person."));
      return FALSE;
    }
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_store_notify_changed (self, "people");
  return TRUE;
}

/**
 * tomoni_store_delete_person:
 *
 * Takes a person out of every list. Until the store is next opened the
 * deletion can be undone with tomoni_store_undelete_person(); then people
 * nothing refers to are removed, and the others are erased so that the
 * counts they took part in stay.
 */
gboolean
tomoni_store_delete_person (TomoniStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return set_deleted (self, id, TRUE, error);
}

gboolean
tomoni_store_undelete_person (TomoniStore  *self,
                              gint64        id,
                              GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return set_deleted (self, id, FALSE, error);
}

#define ERASE_SQL \
  "UPDATE person SET family_name = NULL, given_name = '', reading = '', latin_name = '', alias = ''," \
  " birth_date = NULL, gender = '', email = '', phone = '', notes = '', consent = 0," \
  " consent_date = NULL, sort_key = '', search_text = '', erased_at = tomoni_now ()," \
  " updated_at = tomoni_now ()"

/**
 * tomoni_store_erase_person:
 *
 * Removes a person's personal data (names, reading, birth date, contact,
 * notes) while keeping the record, so every count they took part in stays.
 * Nationality, ward and age band remain for the breakdowns.
 */
gboolean
tomoni_store_erase_person (TomoniStore  *self,
                           gint64        id,
                           GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, ERASE_SQL " WHERE id = ? AND erased_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                   _("No such person, or their data was already erased."));
      return FALSE;
    }
  stmt = tomoni_store_prepare (self, "DELETE FROM person_language WHERE person_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_store_notify_changed (self, "people");
  return TRUE;
}

gboolean
tomoni_store_purge_deleted_people (TomoniStore  *self,
                                   GTimeSpan     age,
                                   GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) cutoff = g_date_time_add (now, -age);
  g_autofree char *before = g_date_time_format (cutoff, "%Y-%m-%dT%H:%M:%SZ");
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (age >= 0, FALSE);

  if (tomoni_store_query_int64 (self, "SELECT EXISTS (SELECT 1 FROM person WHERE deleted_at IS NOT NULL)", 0) == 0)
    return TRUE;

  /* Timestamps are ISO 8601 in UTC: they compare as text. */
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "DELETE FROM person WHERE deleted_at IS NOT NULL AND deleted_at <= ?"
                               " AND NOT EXISTS (SELECT 1 FROM attendance WHERE person_id = person.id)"
                               " AND NOT EXISTS (SELECT 1 FROM enrolment WHERE person_id = person.id)"
                               " AND NOT EXISTS (SELECT 1 FROM assignment WHERE person_id = person.id)"
                               " AND NOT EXISTS (SELECT 1 FROM class_staff WHERE person_id = person.id)",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_text (stmt, 1, before);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, ERASE_SQL " WHERE deleted_at IS NOT NULL AND deleted_at <= ? AND erased_at IS NULL",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_text (stmt, 1, before);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  return tomoni_store_transaction_commit (&tx, error);
}

/**
 * tomoni_store_query_person_ids:
 * @search: (nullable): text in any script; readings may be typed in hiragana
 *
 * The ids of the people to list, in order. Only ids: a list model creates
 * the people it shows on demand.
 *
 * Returns: (transfer full): an array of gint64
 */
GArray *
tomoni_store_query_person_ids (TomoniStore       *self,
                               const char        *search,
                               TomoniPeopleSort   sort,
                               gboolean           descending,
                               GError           **error)
{
  /* One literal per order: statements are cached by their text and no SQL is
   * ever built from what the user typed. */
  static const char * const queries[][2] = {
    [TOMONI_PEOPLE_SORT_READING] = {
      "SELECT id FROM person WHERE deleted_at IS NULL AND (?1 = '' OR search_text LIKE ?1 ESCAPE '\\') ORDER BY sort_key, id",
      "SELECT id FROM person WHERE deleted_at IS NULL AND (?1 = '' OR search_text LIKE ?1 ESCAPE '\\') ORDER BY sort_key DESC, id DESC" },
    [TOMONI_PEOPLE_SORT_LATIN_NAME] = {
      "SELECT id FROM person WHERE deleted_at IS NULL AND (?1 = '' OR search_text LIKE ?1 ESCAPE '\\') ORDER BY latin_name COLLATE NOCASE, sort_key, id",
      "SELECT id FROM person WHERE deleted_at IS NULL AND (?1 = '' OR search_text LIKE ?1 ESCAPE '\\') ORDER BY latin_name COLLATE NOCASE DESC, sort_key DESC, id DESC" },
    [TOMONI_PEOPLE_SORT_NATIONALITY] = {
      "SELECT id FROM person WHERE deleted_at IS NULL AND (?1 = '' OR search_text LIKE ?1 ESCAPE '\\') ORDER BY nationality, sort_key, id",
      "SELECT id FROM person WHERE deleted_at IS NULL AND (?1 = '' OR search_text LIKE ?1 ESCAPE '\\') ORDER BY nationality DESC, sort_key DESC, id DESC" },
    [TOMONI_PEOPLE_SORT_WARD] = {
      "SELECT id FROM person WHERE deleted_at IS NULL AND (?1 = '' OR search_text LIKE ?1 ESCAPE '\\') ORDER BY ward, sort_key, id",
      "SELECT id FROM person WHERE deleted_at IS NULL AND (?1 = '' OR search_text LIKE ?1 ESCAPE '\\') ORDER BY ward DESC, sort_key DESC, id DESC" },
    [TOMONI_PEOPLE_SORT_CREATED] = {
      "SELECT id FROM person WHERE deleted_at IS NULL AND (?1 = '' OR search_text LIKE ?1 ESCAPE '\\') ORDER BY created_at, id",
      "SELECT id FROM person WHERE deleted_at IS NULL AND (?1 = '' OR search_text LIKE ?1 ESCAPE '\\') ORDER BY created_at DESC, id DESC" },
  };
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pattern = NULL;
  TomoniDbStmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  g_return_val_if_fail (sort <= TOMONI_PEOPLE_SORT_CREATED, NULL);

  if (search != NULL && !tomoni_text_is_blank (search))
    {
      g_autofree char *key = tomoni_text_search_key (search);
      g_autofree char *escaped = tomoni_text_escape_like (key);
      pattern = g_strconcat ("%", escaped, "%", NULL);
    }

  stmt = tomoni_store_prepare (self, queries[sort][descending ? 1 : 0], error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, pattern != NULL ? pattern : "");

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
tomoni_store_count_people (TomoniStore *self)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), 0);
  return tomoni_store_query_int64 (self, "SELECT count(*) FROM person WHERE deleted_at IS NULL", 0);
}
