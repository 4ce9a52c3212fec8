/* tomoni-store-volunteer-import.h: the CSV import of a volunteer registry
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

G_END_DECLS
