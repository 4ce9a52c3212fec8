/* tomoni-store-volunteers.h: the volunteer registry in the store, the
 * editable skill and training lists, and the CSV import of a registry
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-csv.h"
#include "tomoni-person.h"
#include "tomoni-store.h"
#include "tomoni-volunteer.h"

G_BEGIN_DECLS

/* An entry of the editable skill or training list. */
typedef struct {
  gint64  id;
  char   *key;
  char   *name_ja;
  char   *name_en;
  guint   n_used;              /* volunteers (and slots) that refer to it */
} TomoniCatalogEntry;

void          tomoni_catalog_entry_free            (TomoniCatalogEntry *entry);
/* The entry's name in the current language (name_ja under a Japanese locale). */
const char   *tomoni_catalog_entry_get_name        (TomoniCatalogEntry *entry);

/* Skills and trainings, sorted by key. Keys are lower-case ASCII
 * ([a-z0-9-]+). Delete refuses an entry in use (CONFLICT). */
GPtrArray    *tomoni_store_list_skills             (TomoniStore *self, GError **error);
gboolean      tomoni_store_add_skill               (TomoniStore *self,
                                                    const char  *key,
                                                    const char  *name_ja,
                                                    const char  *name_en,
                                                    GError     **error);
gboolean      tomoni_store_rename_skill            (TomoniStore *self,
                                                    const char  *key,
                                                    const char  *name_ja,
                                                    const char  *name_en,
                                                    GError     **error);
gboolean      tomoni_store_delete_skill            (TomoniStore *self,
                                                    const char  *key,
                                                    GError     **error);
GPtrArray    *tomoni_store_list_trainings          (TomoniStore *self, GError **error);
gboolean      tomoni_store_add_training            (TomoniStore *self,
                                                    const char  *key,
                                                    const char  *name_ja,
                                                    const char  *name_en,
                                                    GError     **error);
gboolean      tomoni_store_rename_training         (TomoniStore *self,
                                                    const char  *key,
                                                    const char  *name_ja,
                                                    const char  *name_en,
                                                    GError     **error);
gboolean      tomoni_store_delete_training         (TomoniStore *self,
                                                    const char  *key,
                                                    GError     **error);

/**
 * tomoni_store_add_volunteer:
 * @person: (nullable): a new person (id 0) to create in the same
 *   transaction, or NULL when @volunteer's person-id names an existing person
 * @volunteer: on success its uuid, person-id and expiry are set
 *
 * Validates (status, dates, cap, known language codes and levels, JLPT only
 * for Japanese, known skill and training keys, availability ranges, expiry
 * on a 31 March not before the registration) and writes the registration
 * and all its lists in one transaction. INVALID names the field; CONFLICT
 * if the person is already a volunteer.
 */
gboolean      tomoni_store_add_volunteer           (TomoniStore     *self,
                                                    TomoniPerson    *person,
                                                    TomoniVolunteer *volunteer,
                                                    GError         **error);
/* Replaces the registration and all its lists. */
gboolean      tomoni_store_update_volunteer        (TomoniStore     *self,
                                                    TomoniVolunteer *volunteer,
                                                    GError         **error);
/* By the person's id or uuid; NOT_FOUND if the person is not a volunteer. */
TomoniVolunteer *tomoni_store_get_volunteer        (TomoniStore     *self,
                                                    gint64           person_id,
                                                    GError         **error);
TomoniVolunteer *tomoni_store_get_volunteer_by_uuid (TomoniStore    *self,
                                                     const char     *person_uuid,
                                                     GError        **error);
/* Removes the volunteer role (not the person); refused (CONFLICT) while
 * the volunteer has assignments: retire them instead. */
gboolean      tomoni_store_remove_volunteer        (TomoniStore     *self,
                                                    gint64           person_id,
                                                    GError         **error);
gboolean      tomoni_store_set_volunteer_status    (TomoniStore     *self,
                                                    gint64           person_id,
                                                    TomoniVolunteerStatus status,
                                                    GError         **error);
/* Extends the expiry by @n_fiscal_years (>= 1) fiscal years: to 31 March of
 * (expiry's fiscal year + n), counted from today's fiscal year if the
 * registration has already expired. Returns the new expiry in @out_expires_on. */
gboolean      tomoni_store_renew_volunteer         (TomoniStore     *self,
                                                    gint64           person_id,
                                                    guint            n_fiscal_years,
                                                    char           **out_expires_on,
                                                    GError         **error);
/* Person ids of volunteers (not deleted people) whose name, reading or
 * Latin name contains @search (NULL: all), in 五十音 order of the reading;
 * @status < 0: any status. Feed these to a lazy list model. */
GArray       *tomoni_store_query_volunteer_ids     (TomoniStore     *self,
                                                    const char      *search,
                                                    int              status,
                                                    GError         **error);
gint64        tomoni_store_count_volunteers        (TomoniStore     *self);

/**
 * TomoniVolunteerImport:
 *
 * The preview of a CSV import: every data row with what it would create and
 * its problems. Nothing is written until tomoni_store_run_volunteer_import().
 *
 * Columns (header names are matched without case, spaces or '_'/'-'; the
 * Japanese aliases are in parentheses). Required: family_name (姓) or
 * given_name (名) or latin_name (ローマ字/氏名（ローマ字）). Optional:
 * reading (フリガナ/ふりがな), nationality (国籍, ISO 3166-1 alpha-2),
 * birth_date (生年月日), email (メール/メールアドレス), phone (電話/電話番号),
 * languages (言語: "vi:native;ja:business:N2"), skills (技能/スキル:
 * "interpretation;translation"), trainings (研修: "orientation:2025-05-10"),
 * availability (活動可能時間: "tue 18:00-21:00;sat 09:00-17:00"),
 * monthly_cap (月上限, default 4), status (状態: active/paused/retired or
 * 活動中/休止中/退会), registered_on (登録日, default today), expires_on
 * (有効期限, default 31 March of the registration's fiscal year), notes (備考).
 * Unknown columns are reported as problems of the file.
 *
 * Problems: missing required columns, an empty name, unknown language codes
 * or levels, unknown skill or training keys, impossible times or dates,
 * duplicates within the file and against the database (same name and birth
 * date, or same email).
 */
typedef struct _TomoniVolunteerImport TomoniVolunteerImport;

typedef struct {
  guint            row;        /* spreadsheet row number (header = 1) */
  TomoniPerson    *person;     /* what would be created */
  TomoniVolunteer *volunteer;
  GPtrArray       *problems;   /* char*, translated, each naming the field */
} TomoniVolunteerImportRow;

TomoniVolunteerImport *tomoni_store_preview_volunteer_import (TomoniStore  *self,
                                                              const char   *data,
                                                              gsize         length,
                                                              GError      **error);
void          tomoni_volunteer_import_free         (TomoniVolunteerImport *import);
TomoniCsvEncoding tomoni_volunteer_import_get_encoding (TomoniVolunteerImport *import);
/* Problems of the file as a whole (missing or unknown columns). */
GPtrArray    *tomoni_volunteer_import_get_file_problems (TomoniVolunteerImport *import);
guint         tomoni_volunteer_import_get_n_rows   (TomoniVolunteerImport *import);
const TomoniVolunteerImportRow *tomoni_volunteer_import_get_row (TomoniVolunteerImport *import,
                                                                 guint                  index);
/* File problems + row problems. */
guint         tomoni_volunteer_import_get_n_problems (TomoniVolunteerImport *import);
/* Writes every row in one transaction; refused (INVALID, "Row N: …") if the
 * preview has any problem. Returns the number of volunteers created. */
gboolean      tomoni_store_run_volunteer_import    (TomoniStore           *self,
                                                    TomoniVolunteerImport *import,
                                                    guint                 *out_n_created,
                                                    GError               **error);
/* The column documentation above as text for --help and the README. */
const char   *tomoni_volunteer_import_get_columns_help (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniVolunteerImport, tomoni_volunteer_import_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniCatalogEntry, tomoni_catalog_entry_free)

G_END_DECLS
