/* test-csv.c: CSV reading, encoding detection, and the volunteer registry
 * import with its preview, in UTF-8, UTF-8 with BOM and CP932, and broken files
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tomoni-csv.h"
#include "tomoni-store-people.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-test-util.h"

static void
test_parse (void)
{
  const char *text = "a,b,c\r\n"
                     "1,\"two, with comma\",3\r\n"
                     "\r\n"
                     "x,\"multi\nline\",\"say \"\"hi\"\"\"\n"
                     "last,,\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = tomoni_csv_parse (text, &error);
  TomoniCsvRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 4);
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (row->number, ==, 2);
  g_assert_cmpstr (row->fields[1], ==, "two, with comma");
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpuint (row->number, ==, 4);          /* the empty row 3 is skipped but counted */
  g_assert_cmpstr (row->fields[1], ==, "multi\nline");
  g_assert_cmpstr (row->fields[2], ==, "say \"hi\"");
  row = g_ptr_array_index (rows, 3);
  g_assert_cmpuint (row->number, ==, 6);          /* row 4 spans two lines */
  g_assert_cmpuint (row->n_fields, ==, 3);
  g_assert_cmpstr (row->fields[2], ==, "");
}

static void
test_parse_errors (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "a,b\n1,\"open\n", "Row 2, field 2: a quoted field is never closed" },
    { "a,b\n1,2\n3,\"x\"y\n", "Row 3, field 2: text after the closing quote" },
    { "a,b\n1,ab\"c\"\n", "Row 2, field 2: a quote in the middle" },
    { "", "empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = tomoni_csv_parse (cases[i].text, &error);

      g_assert_null (rows);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("“%s” lacks “%s”", error->message, cases[i].message);
    }
}

static void
test_decode (void)
{
  const char *utf8 = "姓,名\n山田,太郎\n";
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", utf8, NULL);
  gsize cp932_len = 0;
  g_autofree char *cp932 = g_convert (utf8, -1, "CP932", "UTF-8", NULL, &cp932_len, NULL);
  TomoniCsvEncoding encoding;
  g_autoptr(GError) error = NULL;
  char *text;

  text = tomoni_csv_decode (utf8, strlen (utf8), &encoding, &error);
  g_assert_cmpstr (text, ==, utf8);
  g_assert_cmpint (encoding, ==, TOMONI_CSV_ENCODING_UTF8);
  g_free (text);

  text = tomoni_csv_decode (with_bom, strlen (with_bom), &encoding, &error);
  g_assert_cmpstr (text, ==, utf8);
  g_assert_cmpint (encoding, ==, TOMONI_CSV_ENCODING_UTF8_BOM);
  g_free (text);

  g_assert_nonnull (cp932);
  g_assert_false (g_utf8_validate (cp932, cp932_len, NULL));
  text = tomoni_csv_decode (cp932, cp932_len, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, utf8);
  g_assert_cmpint (encoding, ==, TOMONI_CSV_ENCODING_CP932);
  g_free (text);

  /* 0x80 0xA0 0xFD are not CP932 lead bytes */
  text = tomoni_csv_decode ("a\x80\xa0\xfd", 4, &encoding, &error);
  g_assert_null (text);
  g_assert_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_ENCODING);
}

/* Issue 14, row 1: a NUL byte is refused, naming where it is; nothing is cut */
static void
test_decode_nul (void)
{
  static const char utf8[] = "a,b\nc,d\nef,g\0h\ni,j\n";
  static const char utf16[] = "a\0,\0b\0\n\0";
  TomoniCsvEncoding encoding;
  g_autoptr(GError) error = NULL;
  char *text;

  text = tomoni_csv_decode (utf8, sizeof utf8 - 1, &encoding, &error);
  g_assert_null (text);
  g_assert_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "Line 3, column 5:"));
  g_clear_error (&error);

  /* Excel's “Unicode text” */
  text = tomoni_csv_decode (utf16, sizeof utf16 - 1, &encoding, &error);
  g_assert_null (text);
  g_assert_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "Line 1, column 2:"));
  g_assert_nonnull (strstr (error->message, "UTF-16"));
}

/* Issue 14, rows 5 and 11: the size limit, checked before reading, and the
 * field limit */
static void
test_limits (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "big.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("notes\n\"");
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  FILE *f;

  /* exactly at the limit: read; one byte more: refused */
  f = fopen (path, "w");
  g_assert_nonnull (f);
  fputs ("a\n", f);
  g_assert_cmpint (ftruncate (fileno (f), TOMONI_MAX_CSV_FILE_SIZE), ==, 0);
  fclose (f);
  data = tomoni_csv_load_file (file, &length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, TOMONI_MAX_CSV_FILE_SIZE);
  g_clear_pointer (&data, g_free);
  g_assert_cmpint (truncate (path, TOMONI_MAX_CSV_FILE_SIZE + 1), ==, 0);
  data = tomoni_csv_load_file (file, &length, NULL, &error);
  g_assert_null (data);
  g_assert_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64.0\xc2\xa0MiB"));
  g_clear_error (&error);

  /* a field of TOMONI_MAX_CSV_FIELD_LENGTH characters is fine, one more is not */
  for (guint i = 0; i < TOMONI_MAX_CSV_FIELD_LENGTH; i++)
    g_string_append (text, "あ");
  g_string_append (text, "\"\n");
  rows = tomoni_csv_parse (text->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_utf8_strlen (((TomoniCsvRow *) rows->pdata[1])->fields[0], -1), ==,
                    TOMONI_MAX_CSV_FIELD_LENGTH);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_string_insert (text, 8, "い");
  rows = tomoni_csv_parse (text->str, &error);
  g_assert_null (rows);
  g_assert_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "Row 2, field 1"));
  g_clear_error (&error);

  /* a 350,000-character name: refused at once, whatever the encoding */
  g_string_assign (text, "family_name\n");
  for (guint i = 0; i < 350000; i++)
    g_string_append_c (text, 'x');
  rows = tomoni_csv_parse (text->str, &error);
  g_assert_null (rows);
  g_assert_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_TOO_LARGE);
}

/* Issue 14, row 12: cells a spreadsheet would run as formulas */
static void
test_spreadsheet_cell (void)
{
  static const struct { const char *value; const char *cell; } cases[] = {
    { "=HYPERLINK(\"http://evil.example/\",\"x\")", "'=HYPERLINK(\"http://evil.example/\",\"x\")" },
    { "=cmd|' /c calc'!A1", "'=cmd|' /c calc'!A1" },
    { "+81 96 123 4567", "'+81 96 123 4567" },
    { "-2+3", "'-2+3" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\t=1", "'\t=1" },
    { "\r=1", "'\r=1" },
    { "山田 太郎", "山田 太郎" },
    { "a=b", "a=b" },
    { "'quoted", "'quoted" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cell = tomoni_csv_spreadsheet_cell (cases[i].value);
      g_assert_cmpstr (cell, ==, cases[i].cell);
    }
  {
    g_autofree char *cell = tomoni_csv_spreadsheet_cell (NULL);
    g_assert_cmpstr (cell, ==, "");
  }
}

/* Import through the store */

typedef struct {
  TomoniTestDir *dir;
  TomoniStore   *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = tomoni_test_dir_new ();
  path = tomoni_test_dir_file (f->dir, "import.db");
  f->store = tomoni_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  tomoni_test_dir_free (f->dir);
}

static const char registry_en[] =
  "family_name,given_name,reading,latin_name,nationality,birth_date,email,languages,skills,trainings,availability,monthly_cap,status,registered_on,expires_on\n"
  "Nguyen,An,グエン アン,NGUYEN AN,VN,1995-03-02,an@example.org,vi:native;ja:business:N2,interpretation;translation,orientation:2025-05-10,\"tue 18:00-21:00;sat 09:00-17:00\",3,active,2025-05-10,2027-03-31\n"
  "Santos,Maria,,SANTOS MARIA,PH,,maria@example.org,tl:native;en:fluent,event-support,,sun 10:00-15:00,,paused,2025-04-01,\n";

/* The same registry as a Japanese office keeps it: Japanese headers. */
static const char registry_ja[] =
  "姓,名,フリガナ,国籍,生年月日,メールアドレス,言語,スキル,研修,活動可能時間,月上限,状態,登録日\n"
  "王,芳,ワン ファン,CN,1990-07-07,wang@example.org,zh:native;ja:fluent:N1,interpretation,orientation:2025-06-01,\"土 10:00-16:00\",2,活動中,2025-06-01\n"
  "김,민준,キム ミンジュン,KR,,kim@example.org,ko:native,\"event-support;childcare\",,水 18:00-21:00,,休止中,2025-06-01\n";

static TomoniVolunteerImport *
preview (Fixture    *f,
         const char *data,
         gsize       length)
{
  g_autoptr(GError) error = NULL;
  TomoniVolunteerImport *import = tomoni_store_preview_volunteer_import (f->store, data, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static void
dump_problems (TomoniVolunteerImport *import)
{
  GPtrArray *file = tomoni_volunteer_import_get_file_problems (import);

  for (guint i = 0; i < file->len; i++)
    g_test_message ("file: %s", (char *)file->pdata[i]);
  for (guint r = 0; r < tomoni_volunteer_import_get_n_rows (import); r++)
    {
      const TomoniVolunteerImportRow *row = tomoni_volunteer_import_get_row (import, r);
      for (guint i = 0; i < row->problems->len; i++)
        g_test_message ("row %u: %s", row->row, (char *)row->problems->pdata[i]);
    }
}

static void
import_ok (Fixture           *f,
           const char        *data,
           gsize              length,
           TomoniCsvEncoding  expected)
{
  g_autoptr(TomoniVolunteerImport) import = preview (f, data, length);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  dump_problems (import);
  g_assert_cmpuint (tomoni_volunteer_import_get_n_problems (import), ==, 0);
  g_assert_cmpint (tomoni_volunteer_import_get_encoding (import), ==, expected);
  g_assert_cmpuint (tomoni_volunteer_import_get_n_rows (import), ==, 2);
  g_assert_true (tomoni_store_run_volunteer_import (f->store, import, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
}

static void
test_import_utf8 (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(TomoniVolunteer) an = NULL;
  g_autoptr(TomoniVolunteer) maria = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  import_ok (f, registry_en, strlen (registry_en), TOMONI_CSV_ENCODING_UTF8);
  ids = tomoni_store_query_volunteer_ids (f->store, NULL, -1, &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);
  ids = tomoni_store_query_volunteer_ids (f->store, "nguyen", -1, &error);
  an = tomoni_store_get_volunteer (f->store, g_array_index (ids, gint64, 0), &error);
  g_clear_pointer (&ids, g_array_unref);
  ids = tomoni_store_query_volunteer_ids (f->store, "santos", -1, &error);
  maria = tomoni_store_get_volunteer (f->store, g_array_index (ids, gint64, 0), &error);
  g_assert_cmpstr (tomoni_volunteer_get_display_name (an), ==, "Nguyen An");
  text = tomoni_volunteer_format_availability (an);
  g_assert_cmpstr (text, ==, "tue 18:00-21:00;sat 09:00-17:00");
  g_assert_cmpuint (tomoni_volunteer_get_monthly_cap (an), ==, 3);
  g_assert_cmpint (tomoni_volunteer_get_status (maria), ==, TOMONI_VOLUNTEER_PAUSED);
  g_assert_cmpstr (tomoni_volunteer_get_expires_on (maria), ==, "2026-03-31");
  g_assert_cmpuint (tomoni_volunteer_get_monthly_cap (maria), ==, 4);
}

static void
test_import_bom (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", registry_en, NULL);

  import_ok (f, with_bom, strlen (with_bom), TOMONI_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpint (tomoni_store_count_volunteers (f->store), ==, 2);
}

static void
test_import_cp932 (Fixture       *f,
                   gconstpointer  data)
{
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  g_autofree char *cp932 = NULL;
  g_autofree char *crlf = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(TomoniVolunteer) wang = NULL;
  g_auto(GStrv) lines = g_strsplit (registry_ja, "\n", -1);

  /* Korean hangul is not in CP932: keep the Korean row in katakana only */
  g_free (lines[2]);
  lines[2] = g_strdup ("キム,ミンジュン,キム ミンジュン,KR,,kim@example.org,ko:native,\"event-support;childcare\",,水 18:00-21:00,,休止中,2025-06-01");
  crlf = g_strjoinv ("\r\n", lines);
  cp932 = g_convert (crlf, -1, "CP932", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);

  import_ok (f, cp932, length, TOMONI_CSV_ENCODING_CP932);
  ids = tomoni_store_query_volunteer_ids (f->store, "ワン", -1, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  wang = tomoni_store_get_volunteer (f->store, g_array_index (ids, gint64, 0), &error);
  g_assert_cmpstr (tomoni_volunteer_get_display_name (wang), ==, "王 芳");
  g_assert_cmpint (tomoni_volunteer_get_language_level (wang, "zh"), ==, TOMONI_LEVEL_NATIVE);
  g_assert_cmpstr (tomoni_volunteer_get_expires_on (wang), ==, "2026-03-31");
}

static void
test_import_utf8_japanese_headers (Fixture       *f,
                                   gconstpointer  data)
{
  import_ok (f, registry_ja, strlen (registry_ja), TOMONI_CSV_ENCODING_UTF8);
  g_assert_cmpint (tomoni_store_count_volunteers (f->store), ==, 2);
}

static const struct {
  const char *name;
  const char *csv;
  guint       row;          /* 0: a problem of the file */
  const char *problem;
} broken[] = {
  { "missing-columns",
    "nationality,languages\nVN,vi:native\n", 0, "Missing column: family_name" },
  { "unknown-column",
    "family_name,favourite_food\nNguyen,pho\n", 0, "column 2: “favourite_food” is not a known column" },
  { "unknown-language",
    "family_name,given_name,languages\nNguyen,An,vi:native\nTran,Binh,xx:fluent\n", 3, "Languages: “xx” is not an ISO 639-1" },
  { "unknown-level",
    "family_name,languages\nNguyen,vi:perfect\n", 2, "“perfect” is not a level" },
  { "impossible-time",
    "family_name,availability\nNguyen,tue 18:00-21:00\nTran,sat 25:00-27:00\n", 3, "Availability: “25:00” is an impossible time" },
  { "ends-before-start",
    "family_name,availability\nNguyen,sat 17:00-09:00\n", 2, "ends before it starts" },
  { "bad-date",
    "family_name,registered_on\nNguyen,2025-02-30\n", 2, "Registered on: “2025-02-30” is not a date" },
  { "bad-expiry",
    "family_name,registered_on,expires_on\nNguyen,2025-05-01,2026-04-30\n", 2, "Expires on" },
  { "unknown-skill",
    "family_name,skills\nNguyen,juggling\n", 2, "Skills: “juggling” is not in the list" },
  { "bad-cap",
    "family_name,monthly_cap\nNguyen,lots\n", 2, "Monthly cap: “lots”" },
  { "bad-status",
    "family_name,status\nNguyen,sleeping\n", 2, "Status: “sleeping”" },
  { "duplicate-in-file",
    "family_name,given_name,birth_date\nNguyen,An,1995-03-02\nTran,Binh,\nNguyen,An,1995-03-02\n", 4,
    "Duplicate: the same person (name and birth date) as row 2" },
  { "duplicate-email-in-file",
    "family_name,email\nNguyen,an@example.org\nTran,AN@example.org\n", 3, "Duplicate: the same email as row 2" },
  { "too-many-fields",
    "family_name,given_name\nNguyen,An,extra\n", 2, "has 3 fields but the header has 2" },
};

static void
test_import_broken (Fixture       *f,
                    gconstpointer  data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(TomoniVolunteerImport) import = preview (f, broken[i].csv, strlen (broken[i].csv));
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  if (broken[i].row == 0)
    {
      GPtrArray *problems = tomoni_volunteer_import_get_file_problems (import);
      for (guint k = 0; k < problems->len; k++)
        found |= strstr (problems->pdata[k], broken[i].problem) != NULL;
    }
  else
    for (guint r = 0; r < tomoni_volunteer_import_get_n_rows (import); r++)
      {
        const TomoniVolunteerImportRow *row = tomoni_volunteer_import_get_row (import, r);
        for (guint k = 0; k < row->problems->len; k++)
          if (strstr (row->problems->pdata[k], broken[i].problem) != NULL)
            {
              g_assert_cmpuint (row->row, ==, broken[i].row);
              found = TRUE;
            }
      }
  if (!found)
    dump_problems (import);
  g_assert_true (found);

  /* all or nothing: the good rows are not written either */
  g_assert_false (tomoni_store_run_volunteer_import (f->store, import, NULL, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
  if (broken[i].row != 0)
    {
      g_autofree char *prefix = g_strdup_printf ("Row %u: ", broken[i].row);
      if (!g_str_has_prefix (error->message, prefix))
        g_error ("“%s” does not start with “%s”", error->message, prefix);
    }
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 0);
  g_assert_cmpint (tomoni_store_count_volunteers (f->store), ==, 0);
}

static void
test_import_bad_quoting (Fixture       *f,
                         gconstpointer  data)
{
  const char *csv = "family_name,languages\nNguyen,\"vi:native\nTran,en:fluent\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniVolunteerImport) import =
    tomoni_store_preview_volunteer_import (f->store, csv, strlen (csv), &error);

  g_assert_null (import);
  g_assert_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "Row 2, field 2"));
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 0);
}

static void
test_import_duplicate_in_database (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(TomoniVolunteerImport) again = NULL;
  const TomoniVolunteerImportRow *row;

  import_ok (f, registry_en, strlen (registry_en), TOMONI_CSV_ENCODING_UTF8);
  again = preview (f, registry_en, strlen (registry_en));
  g_assert_cmpuint (tomoni_volunteer_import_get_n_problems (again), ==, 2);
  row = tomoni_volunteer_import_get_row (again, 0);
  g_assert_nonnull (strstr (row->problems->pdata[0], "Nguyen An is already in the database"));
  row = tomoni_volunteer_import_get_row (again, 1);
  g_assert_nonnull (strstr (row->problems->pdata[0], "already in the database"));
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/parse", test_parse);
  g_test_add_func ("/csv/parse-errors", test_parse_errors);
  g_test_add_func ("/csv/decode", test_decode);
  g_test_add_func ("/csv/decode-nul", test_decode_nul);
  g_test_add_func ("/csv/limits", test_limits);
  g_test_add_func ("/csv/spreadsheet-cell", test_spreadsheet_cell);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/csv/import/utf8", test_import_utf8);
  ADD ("/csv/import/utf8-bom", test_import_bom);
  ADD ("/csv/import/cp932", test_import_cp932);
  ADD ("/csv/import/japanese-headers", test_import_utf8_japanese_headers);
  ADD ("/csv/import/bad-quoting", test_import_bad_quoting);
  ADD ("/csv/import/duplicate-in-database", test_import_duplicate_in_database);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/import/broken/%s", broken[i].name);
      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_import_broken, fixture_tear_down);
    }
  return g_test_run ();
}
