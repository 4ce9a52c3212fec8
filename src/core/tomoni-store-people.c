/* tomoni-store-people.c: people in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-store-people.h"
#include "tomoni-store-people-private.h"
#include "tomoni-store-private.h"
#include "tomoni-store-volunteers-private.h"
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

/* person row writer ------------------------------------------------------ */

static char *
row_key (const TomoniPersonRow *row,
         char                 *(*key) (TomoniPerson *person))
{
  g_autoptr(TomoniPerson) person = NULL;

  if (row->erased_at != NULL)
    return g_strdup ("");
  person = tomoni_person_new ();
  tomoni_person_set_field (person, TOMONI_PERSON_FAMILY_NAME, row->family_name);
  tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, row->given_name);
  tomoni_person_set_field (person, TOMONI_PERSON_READING, row->reading);
  tomoni_person_set_field (person, TOMONI_PERSON_LATIN_NAME, row->latin_name);
  tomoni_person_set_field (person, TOMONI_PERSON_ALIAS, row->alias);
  return key (person);
}

static void
bind_person_row (TomoniDbStmt          *stmt,
                 const TomoniPersonRow *row,
                 const char            *uuid,
                 const char            *pseudonym,
                 const char            *created_at,
                 const char            *updated_at)
{
  g_autofree char *sort_key = row->sort_key == NULL ? row_key (row, tomoni_store_person_sort_key) : NULL;
  g_autofree char *search_text = row->search_text == NULL ? row_key (row, tomoni_store_person_search_text) : NULL;

  tomoni_db_bind_int64 (stmt, 1, row->id);
  tomoni_bind_text (stmt, 2, uuid);
  tomoni_bind_text_or_null (stmt, 3, row->family_name);
  tomoni_bind_text (stmt, 4, row->given_name);
  tomoni_bind_text (stmt, 5, row->reading);
  tomoni_bind_text (stmt, 6, row->latin_name);
  tomoni_bind_text (stmt, 7, row->alias);
  tomoni_bind_text (stmt, 8, row->nationality);
  tomoni_bind_text_or_null (stmt, 9, row->birth_date);
  tomoni_bind_text (stmt, 10, row->age_band);
  tomoni_bind_text (stmt, 11, row->gender);
  tomoni_bind_text (stmt, 12, row->ward);
  tomoni_bind_text (stmt, 13, row->email);
  tomoni_bind_text (stmt, 14, row->phone);
  tomoni_bind_text (stmt, 15, row->contact_language);
  tomoni_bind_text (stmt, 16, row->notes);
  tomoni_db_bind_int (stmt, 17, row->consent ? 1 : 0);
  tomoni_bind_text_or_null (stmt, 18, row->consent_date);
  tomoni_bind_text (stmt, 19, sort_key != NULL ? sort_key : row->sort_key);
  tomoni_bind_text (stmt, 20, search_text != NULL ? search_text : row->search_text);
  tomoni_bind_text (stmt, 21, pseudonym);
  tomoni_bind_text_or_null (stmt, 22, row->deleted_at);
  tomoni_bind_text_or_null (stmt, 23, row->erased_at);
  tomoni_bind_text (stmt, 24, created_at);
  tomoni_bind_text (stmt, 25, updated_at);
}

gboolean
tomoni_person_row_insert (TomoniStore            *store,
                          const TomoniPersonRow  *row,
                          gint64                 *out_id,
                          GError                **error)
{
  g_autofree char *uuid = row->uuid != NULL ? g_strdup (row->uuid) : tomoni_uuid_new ();
  g_autofree char *pseudonym = row->pseudonym != NULL ? g_strdup (row->pseudonym) : new_pseudonym ();
  g_autofree char *now = row->created_at == NULL ? tomoni_timestamp_now () : NULL;
  const char *created_at = row->created_at != NULL ? row->created_at : now;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "INSERT INTO person (uuid, family_name, given_name, reading, latin_name,"
                               " alias, nationality, birth_date, age_band, gender, ward, email, phone,"
                               " contact_language, notes, consent, consent_date, sort_key, search_text,"
                               " pseudonym, deleted_at, erased_at, created_at, updated_at)"
                               " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                               " ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)"
                               " ON CONFLICT (uuid) DO NOTHING RETURNING id",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_person_row (stmt, row, uuid, pseudonym, created_at,
                   row->updated_at != NULL ? row->updated_at : created_at);
  return tomoni_store_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_person_row_update (TomoniStore            *store,
                          const TomoniPersonRow  *row,
                          GError                **error)
{
  g_autofree char *now = row->updated_at == NULL ? tomoni_timestamp_now () : NULL;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (store,
                               "UPDATE person SET family_name = ?3, given_name = ?4, reading = ?5,"
                               " latin_name = ?6, alias = ?7, nationality = ?8, birth_date = ?9,"
                               " age_band = ?10, gender = ?11, ward = ?12, email = ?13, phone = ?14,"
                               " contact_language = ?15, notes = ?16, consent = ?17, consent_date = ?18,"
                               " sort_key = ?19, search_text = ?20, pseudonym = ?21, deleted_at = ?22,"
                               " erased_at = ?23, updated_at = ?25"
                               " WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_person_row (stmt, row, NULL, row->pseudonym, NULL, row->updated_at != NULL ? row->updated_at : now);
  if (!tomoni_store_step_done (store, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (store)) == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such person."));
      return FALSE;
    }
  return TRUE;
}

/* Columns of the SELECT that loads a person row. */
enum {
  ROW_ID, ROW_UUID, ROW_FAMILY_NAME, ROW_GIVEN_NAME, ROW_READING, ROW_LATIN_NAME, ROW_ALIAS,
  ROW_NATIONALITY, ROW_BIRTH_DATE, ROW_AGE_BAND, ROW_GENDER, ROW_WARD, ROW_EMAIL, ROW_PHONE,
  ROW_CONTACT_LANGUAGE, ROW_NOTES, ROW_CONSENT, ROW_CONSENT_DATE, ROW_SORT_KEY, ROW_SEARCH_TEXT,
  ROW_PSEUDONYM, ROW_DELETED_AT, ROW_ERASED_AT, ROW_CREATED_AT, ROW_UPDATED_AT,
};

gboolean
tomoni_person_row_load (TomoniStore      *store,
                        gint64            id,
                        TomoniPersonRow  *row,
                        GError          **error)
{
  TomoniDbStmt *stmt;
  int rc;

  memset (row, 0, sizeof *row);
  stmt = tomoni_store_prepare (store,
                               "SELECT id, uuid, family_name, given_name, reading, latin_name, alias,"
                               " nationality, birth_date, age_band, gender, ward, email, phone,"
                               " contact_language, notes, consent, consent_date, sort_key, search_text,"
                               " pseudonym, deleted_at, erased_at, created_at, updated_at"
                               " FROM person WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  rc = tomoni_db_step (stmt);
  if (rc == TOMONI_DB_ROW)
    {
      row->id = tomoni_db_column_int64 (stmt, ROW_ID);
      row->uuid = tomoni_column_dup_text (stmt, ROW_UUID);
      row->family_name = tomoni_column_dup_text (stmt, ROW_FAMILY_NAME);
      row->given_name = tomoni_column_dup_text (stmt, ROW_GIVEN_NAME);
      row->reading = tomoni_column_dup_text (stmt, ROW_READING);
      row->latin_name = tomoni_column_dup_text (stmt, ROW_LATIN_NAME);
      row->alias = tomoni_column_dup_text (stmt, ROW_ALIAS);
      row->nationality = tomoni_column_dup_text (stmt, ROW_NATIONALITY);
      row->birth_date = tomoni_column_dup_text (stmt, ROW_BIRTH_DATE);
      row->age_band = tomoni_column_dup_text (stmt, ROW_AGE_BAND);
      row->gender = tomoni_column_dup_text (stmt, ROW_GENDER);
      row->ward = tomoni_column_dup_text (stmt, ROW_WARD);
      row->email = tomoni_column_dup_text (stmt, ROW_EMAIL);
      row->phone = tomoni_column_dup_text (stmt, ROW_PHONE);
      row->contact_language = tomoni_column_dup_text (stmt, ROW_CONTACT_LANGUAGE);
      row->notes = tomoni_column_dup_text (stmt, ROW_NOTES);
      row->consent = tomoni_db_column_int (stmt, ROW_CONSENT) != 0;
      row->consent_date = tomoni_column_dup_text (stmt, ROW_CONSENT_DATE);
      row->sort_key = tomoni_column_dup_text (stmt, ROW_SORT_KEY);
      row->search_text = tomoni_column_dup_text (stmt, ROW_SEARCH_TEXT);
      row->pseudonym = tomoni_column_dup_text (stmt, ROW_PSEUDONYM);
      row->deleted_at = tomoni_column_dup_text (stmt, ROW_DELETED_AT);
      row->erased_at = tomoni_column_dup_text (stmt, ROW_ERASED_AT);
      row->created_at = tomoni_column_dup_text (stmt, ROW_CREATED_AT);
      row->updated_at = tomoni_column_dup_text (stmt, ROW_UPDATED_AT);
    }
  tomoni_db_reset (stmt);
  if (rc == TOMONI_DB_ROW)
    return TRUE;
  if (rc == TOMONI_DB_DONE)
    g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such person."));
  else
    tomoni_store_set_error (store, rc, error);
  return FALSE;
}

void
tomoni_person_row_clear (TomoniPersonRow *row)
{
  const char **owned[] = {
    &row->uuid, &row->family_name, &row->given_name, &row->reading, &row->latin_name, &row->alias,
    &row->nationality, &row->birth_date, &row->age_band, &row->gender, &row->ward, &row->email,
    &row->phone, &row->contact_language, &row->notes, &row->consent_date, &row->sort_key,
    &row->search_text, &row->pseudonym, &row->deleted_at, &row->erased_at, &row->created_at,
    &row->updated_at,
  };

  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    g_free ((char *) *owned[i]);
  memset (row, 0, sizeof *row);
}

void
tomoni_person_row_set_fields (TomoniPersonRow *row,
                              TomoniPerson    *person)
{
  row->family_name = tomoni_person_get_field (person, TOMONI_PERSON_FAMILY_NAME);
  row->given_name = tomoni_person_get_field (person, TOMONI_PERSON_GIVEN_NAME);
  row->reading = tomoni_person_get_field (person, TOMONI_PERSON_READING);
  row->latin_name = tomoni_person_get_field (person, TOMONI_PERSON_LATIN_NAME);
  row->alias = tomoni_person_get_field (person, TOMONI_PERSON_ALIAS);
  row->nationality = tomoni_person_get_field (person, TOMONI_PERSON_NATIONALITY);
  row->birth_date = tomoni_person_get_field (person, TOMONI_PERSON_BIRTH_DATE);
  row->age_band = tomoni_person_get_field (person, TOMONI_PERSON_AGE_BAND);
  row->gender = tomoni_person_get_field (person, TOMONI_PERSON_GENDER);
  row->ward = tomoni_person_get_field (person, TOMONI_PERSON_WARD);
  row->email = tomoni_person_get_field (person, TOMONI_PERSON_EMAIL);
  row->phone = tomoni_person_get_field (person, TOMONI_PERSON_PHONE);
  row->contact_language = tomoni_person_get_field (person, TOMONI_PERSON_CONTACT_LANGUAGE);
  row->notes = tomoni_person_get_field (person, TOMONI_PERSON_NOTES);
  row->consent = tomoni_person_get_consent (person);
  row->sort_key = NULL;
  row->search_text = NULL;
}

/* The people API --------------------------------------------------------- */

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
  TomoniPersonRow row = { 0 };
  gint64 id = 0;

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

  tomoni_person_row_set_fields (&row, person);
  row.uuid = uuid;
  row.pseudonym = pseudonym;
  row.created_at = now;
  row.updated_at = now;
  if (!tomoni_person_row_insert (self, &row, &id, error))
    return FALSE;
  if (id == 0)
    {
      /* The writer merges by UUID: a UUID given by the caller that
       * another person has wrote nothing. */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("UUID: another person already has the UUID %s"), uuid);
      return FALSE;
    }

  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_person_set_id (person, id);
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
  g_auto(TomoniPersonRow) row = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_PERSON (person), FALSE);
  g_return_val_if_fail (tomoni_person_get_id (person) > 0, FALSE);

  if (!tomoni_person_normalize (person, NULL, error))
    return FALSE;

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;

  if (!tomoni_person_row_load (self, tomoni_person_get_id (person), &row, &local_error) &&
      !g_error_matches (local_error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (local_error != NULL || row.deleted_at != NULL || row.erased_at != NULL)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                   _("This person no longer exists or their data was erased."));
      return FALSE;
    }

  {
    /* The row's loaded strings stay owned by it; the person's are borrowed. */
    TomoniPersonRow write = row;

    tomoni_person_row_set_fields (&write, person);
    write.updated_at = now;
    if (!tomoni_person_row_update (self, &write, error))
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
  g_auto(TomoniPersonRow) row = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniPersonRow write;

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;

  if (!tomoni_person_row_load (self, id, &row, error))
    return FALSE;
  if ((row.deleted_at != NULL) == deleted)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such person."));
      return FALSE;
    }
  /* Deleting marks the row only: updated_at stays as it was. */
  write = row;
  write.deleted_at = deleted ? now : NULL;
  if (!tomoni_person_row_update (self, &write, error))
    return FALSE;
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

/* Empties the personal data of @row (names, reading, birth date, contact,
 * notes, consent), marking it erased at @now; nationality, ward and age band
 * remain for the breakdowns. Writes it back. */
static gboolean
erase_row (TomoniStore      *self,
           TomoniPersonRow  *row,
           const char       *now,
           GError          **error)
{
  TomoniPersonRow write = *row;

  write.family_name = NULL;
  write.given_name = "";
  write.reading = "";
  write.latin_name = "";
  write.alias = "";
  write.birth_date = NULL;
  write.gender = "";
  write.email = "";
  write.phone = "";
  write.notes = "";
  write.consent = FALSE;
  write.consent_date = NULL;
  write.sort_key = "";
  write.search_text = "";
  write.erased_at = now;
  write.updated_at = now;
  return tomoni_person_row_update (self, &write, error);
}

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
  g_auto(TomoniPersonRow) row = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autoptr(GError) local_error = NULL;
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!tomoni_person_row_load (self, id, &row, &local_error) &&
      !g_error_matches (local_error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (local_error != NULL || row.erased_at != NULL)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                   _("No such person, or their data was already erased."));
      return FALSE;
    }
  if (!erase_row (self, &row, now, error))
    return FALSE;
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

/* Erases the people marked deleted before @before that something refers to
 * (the others are deleted outright), row by row through the one writer. */
static gboolean
erase_deleted_people (TomoniStore  *self,
                      const char   *before,
                      GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *now = tomoni_timestamp_now ();
  TomoniDbStmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT id FROM person WHERE deleted_at IS NOT NULL AND deleted_at <= ?"
                               " AND erased_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_text (stmt, 1, before);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 id = tomoni_db_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      g_auto(TomoniPersonRow) row = { 0 };

      if (!tomoni_person_row_load (self, g_array_index (ids, gint64, i), &row, error) ||
          !erase_row (self, &row, now, error))
        return FALSE;
    }
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
  if (!tomoni_store_step_done (self, stmt, error) ||
      !erase_deleted_people (self, before, error))
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
