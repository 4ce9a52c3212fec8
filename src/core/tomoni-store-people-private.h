/* tomoni-store-people-private.h: what the store's other files (the sample
 * data generator, importers) share with tomoni-store-people.c, so that every
 * writer of a person fills sort_key and search_text the same way.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-person.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

/* The person.sort_key column: normalised reading (or name), then the name. */
char *tomoni_store_person_sort_key    (TomoniPerson *person);
/* The person.search_text column: normalised names and readings. */
char *tomoni_store_person_search_text (TomoniPerson *person);

/* Row writer: the one INSERT and the one UPDATE of the person table, for the
 * API (which validates first), the XML merge and the sample data. A row
 * carries every column; strings are borrowed.
 *  - insert: @id is ignored. @uuid NULL: a new one; @pseudonym NULL: a new
 *    one; @created_at NULL: now; @updated_at NULL: @created_at. When a row
 *    with @uuid exists already nothing is written and *out_id is 0
 *    (INSERT … ON CONFLICT (uuid) DO NOTHING): the XML merge relies on it;
 *    callers with a fresh UUID always get the new id.
 *  - update: by @id, every column but id, uuid and created_at; @updated_at
 *    NULL: now. No such row is TOMONI_STORE_ERROR_NOT_FOUND.
 * @sort_key and @search_text NULL: computed from the names as the API does
 * (tomoni_store_person_sort_key(), …), or '' when @erased_at is set.
 * @family_name and @birth_date NULL or "" are written as NULL; other text
 * NULL as ''. @consent_date, @deleted_at and @erased_at NULL are NULL.
 * The writers neither validate nor begin a transaction nor emit "changed". */
typedef struct {
  gint64      id;
  const char *uuid;
  const char *family_name;
  const char *given_name;
  const char *reading;
  const char *latin_name;
  const char *alias;
  const char *nationality;
  const char *birth_date;
  const char *age_band;
  const char *gender;
  const char *ward;
  const char *email;
  const char *phone;
  const char *contact_language;
  const char *notes;
  gboolean    consent;
  const char *consent_date;
  const char *sort_key;
  const char *search_text;
  const char *pseudonym;
  const char *deleted_at;
  const char *erased_at;
  const char *created_at;
  const char *updated_at;
} TomoniPersonRow;

gboolean tomoni_person_row_insert (TomoniStore            *store,
                                   const TomoniPersonRow  *row,
                                   gint64                 *out_id,
                                   GError                **error);
gboolean tomoni_person_row_update (TomoniStore            *store,
                                   const TomoniPersonRow  *row,
                                   GError                **error);
/* Loads the row of @id, every column as stored (updated_at too: set it to
 * NULL before writing back to stamp now); the strings are owned by @row,
 * free them with tomoni_person_row_clear(). No such row: NOT_FOUND. */
gboolean tomoni_person_row_load   (TomoniStore            *store,
                                   gint64                  id,
                                   TomoniPersonRow        *row,
                                   GError                **error);
void     tomoni_person_row_clear  (TomoniPersonRow        *row);
/* Points the name and contact columns of @row at @person's fields
 * (borrowed), and its sort_key and search_text at NULL. */
void     tomoni_person_row_set_fields (TomoniPersonRow    *row,
                                       TomoniPerson       *person);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TomoniPersonRow, tomoni_person_row_clear)

G_END_DECLS
