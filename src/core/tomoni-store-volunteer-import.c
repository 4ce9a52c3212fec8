/* tomoni-store-volunteer-import.c: the CSV import of a volunteer registry
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-date.h"
#include "tomoni-store-private.h"
#include "tomoni-store-volunteer-import.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-store-volunteers-private.h"
#include "tomoni-text.h"

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
          found = tomoni_store_name_from_columns (stmt, 0);
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
              found = tomoni_store_name_from_columns (stmt, 0);
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

      if (norm == NULL || end == norm || *end != '\0' || cap > TOMONI_MAX_MONTHLY_CAP)
        add_problem (row->problems, _("Monthly cap: “%s” is not a number of shifts (0 … %d)"),
                     values[COL_MONTHLY_CAP], TOMONI_MAX_MONTHLY_CAP);
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
  if (row->problems->len == 0 && !tomoni_store_validate_volunteer (self, volunteer, &error))
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
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, "%s", (const char *)g_ptr_array_index (import->file_problems, 0));
  for (guint i = 0; i < import->rows->len; i++)
    {
      TomoniVolunteerImportRow *row = &g_array_index (import->rows, TomoniVolunteerImportRow, i);
      if (row->problems->len > 0)
        return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Row %u: %s"), row->row, (const char *)g_ptr_array_index (row->problems, 0));
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
