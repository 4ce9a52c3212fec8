/* test-xml.c: attendance XML export and import
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every export is validated against the shipped XSD with libxml2's own
 * schema validator (not Tomoni's reader). The "database unchanged" checks
 * compare a dump of every table, read with SQLite directly: the test looks
 * at the file the way any other program would.
 */
#include <fcntl.h>
#include <malloc.h>
#include <libxml/xmlschemas.h>
#include <sqlite3.h>
#include <unistd.h>

#include "tomoni-demo.h"
#include "tomoni-limits.h"
#include "tomoni-store-people.h"
#include "tomoni-xml-export.h"
#include "tomoni-xml-import.h"
#include "tomoni-test-util.h"

/* The fixed today the expectations below were written for. */
static const GDate *
sample_today (void)
{
  static GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, 11, 2026);
  g_assert_cmpstr (TOMONI_DEMO_TODAY, ==, "2026-11-30");
  return &today;
}

/* --- helpers ----------------------------------------------------------------- */

static char *
source_file (const char *first,
             ...)
{
  const char *root = g_getenv ("TOMONI_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *part;
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (char *) root);
  g_ptr_array_add (parts, (char *) first);
  va_start (args, first);
  while ((part = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (parts, (char *) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static void
assert_valid (const char *path)
{
  g_autofree char *xsd = source_file ("data", "tomoni-attendance.xsd", NULL);
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt (xsd);
  xmlSchemaPtr schema = xmlSchemaParse (parser);
  xmlSchemaValidCtxtPtr valid;

  g_assert_nonnull (schema);
  valid = xmlSchemaNewValidCtxt (schema);
  g_assert_cmpint (xmlSchemaValidateFile (valid, path, XML_PARSE_NONET), ==, 0);
  xmlSchemaFreeValidCtxt (valid);
  xmlSchemaFree (schema);
  xmlSchemaFreeParserCtxt (parser);
}

/* Every row of every table, in a stable order. */
static char *
dump_database (const char *path)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " ORDER BY name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1", (char *) tables->pdata[t]);

      g_string_append_printf (out, "== %s\n", (char *) tables->pdata[t]);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            {
              const char *v = (const char *) sqlite3_column_text (stmt, i);
              g_string_append_printf (out, "%s|", v ? v : "∅");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static void
write_text (const char *path,
            const char *text,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
}

/* The document without its <created> line; takes @text. */
static char *
without_created (char *text)
{
  g_autofree char *owned = text;
  g_auto(GStrv) lines = g_strsplit (owned, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "<created>") == NULL)
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static TomoniStore *
open_store (TomoniTestDir *dir,
            const char    *name)
{
  g_autofree char *path = tomoni_test_dir_file (dir, name);
  g_autoptr(GError) error = NULL;
  TomoniStore *store = tomoni_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
import_ok (TomoniStore            *store,
           const char             *path,
           TomoniXmlImportReport  *report)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tomoni_xml_import (store, path, FALSE, report, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static TomoniStore *
sample_store (TomoniTestDir *dir,
              const char    *name)
{
  g_autofree char *sample = source_file ("tests", "xml", "sample.xml", NULL);
  TomoniStore *store = open_store (dir, name);

  import_ok (store, sample, NULL);
  return store;
}

static void
fiscal_year (TomoniXmlFilter *filter,
             int              year)
{
  filter->from = g_strdup_printf ("%d-04-01", year);
  filter->to = g_strdup_printf ("%d-03-31", year + 1);
}

static char *
export_ok (TomoniStore            *store,
           TomoniTestDir          *dir,
           const char             *name,
           const TomoniXmlFilter  *filter)
{
  g_autoptr(GError) error = NULL;
  char *path = tomoni_test_dir_file (dir, name);

  g_assert_true (tomoni_xml_export (store, filter, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_valid (path);
  return path;
}

static guint
count_of (const char *text,
          const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The UUID of the person with @pseudonym in a file that is not pseudonymised. */
static char *
person_uuid (const char *text,
             const char *pseudonym)
{
  g_autofree char *needle = g_strdup_printf ("pseudonym=\"%s\"", pseudonym);
  const char *p = strstr (text, needle);
  const char *start;

  g_assert_nonnull (p);
  start = g_strrstr_len (text, p - text, "<person id=\"");
  g_assert_nonnull (start);
  return g_strndup (start + strlen ("<person id=\""), 36);
}

/* --- tests -------------------------------------------------------------------- */

typedef struct {
  guint n_columns;
  guint rows;
} SectionRows;

static gboolean
count_row (const char * const  *columns,
           guint                n_columns,
           gpointer             user_data,
           GError             **error)
{
  SectionRows *rows = user_data;

  g_assert_cmpuint (n_columns, ==, rows->n_columns);
  rows->rows++;
  return TRUE;
}

/* Every section's SELECT names its columns as the column enums order them
 * (tomoni_store_xml_query () asserts it on each query): run them all. */
static void
test_section_columns (void)
{
  static const guint n_columns[TOMONI_XML_N_SECTIONS] = {
    [TOMONI_XML_SECTION_VENUES] = TOMONI_XML_VENUE_N_COLUMNS,
    [TOMONI_XML_SECTION_CLASSES] = TOMONI_XML_CLASS_N_COLUMNS,
    [TOMONI_XML_SECTION_ACTIVITIES] = TOMONI_XML_ACTIVITY_N_COLUMNS,
    [TOMONI_XML_SECTION_PEOPLE] = TOMONI_XML_PERSON_N_COLUMNS,
    [TOMONI_XML_SECTION_SESSIONS] = TOMONI_XML_SESSION_N_COLUMNS,
    [TOMONI_XML_SECTION_SHIFTS] = TOMONI_XML_SHIFT_N_COLUMNS,
    [TOMONI_XML_SECTION_SUMMARY] = TOMONI_XML_COUNT_N_COLUMNS,
  };
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) store = sample_store (dir, "columns.db");
  g_auto(TomoniXmlFilter) filter = { 0 };

  filter.from = g_strdup ("2000-01-01");
  filter.to = g_strdup ("2099-12-31");
  for (guint s = 0; s < TOMONI_XML_N_SECTIONS; s++)
    {
      g_autoptr(GError) error = NULL;
      SectionRows rows = { n_columns[s], 0 };

      g_assert_true (tomoni_store_xml_query (store, s, &filter, count_row, &rows, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (rows.rows, >, 0);
    }
}

static void
test_import_counts (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) store = open_store (dir, "t.db");
  g_autofree char *sample = source_file ("tests", "xml", "sample.xml", NULL);
  g_autofree char *db_path = tomoni_test_dir_file (dir, "t.db");
  g_autofree char *before = dump_database (db_path);
  g_autofree char *after = NULL;
  g_autofree char *described = NULL;
  TomoniXmlImportReport report = { 0 };
  g_autoptr(GError) error = NULL;

  /* A dry run counts and writes nothing. */
  g_assert_true (tomoni_xml_import (store, sample, TRUE, &report, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  after = dump_database (db_path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (report.added[TOMONI_XML_RECORD_ATTENDANCE], ==, 7);
  g_assert_cmpuint (report.added[TOMONI_XML_RECORD_CHECKIN], ==, 3);
  g_assert_cmpuint (report.added[TOMONI_XML_RECORD_PERSON], ==, 5);
  g_assert_cmpuint (report.added[TOMONI_XML_RECORD_TERM], ==, 3);
  described = tomoni_xml_import_report_describe (&report);
  g_assert_nonnull (strstr (described, "7 attendance records"));
  g_assert_nonnull (strstr (described, "1 activity"));

  memset (&report, 0, sizeof report);
  import_ok (store, sample, &report);
  g_assert_cmpuint (report.added[TOMONI_XML_RECORD_SESSION], ==, 4);
  g_assert_cmpuint (report.added[TOMONI_XML_RECORD_SLOT], ==, 2);
  g_assert_cmpuint (report.unchanged[TOMONI_XML_RECORD_SESSION], ==, 0);

  /* People came with their names, and the erased one without. */
  {
    g_autoptr(TomoniPerson) hanako = NULL;
    g_autoptr(TomoniPerson) erased = NULL;
    g_autofree char *text = read_text (sample);
    g_autofree char *hanako_uuid = person_uuid (text, "P-0011-2233-4455");
    g_autofree char *erased_uuid = person_uuid (text, "P-9999-8888-7777");

    hanako = tomoni_store_get_person_by_uuid (store, hanako_uuid, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (tomoni_person_get_family_name (hanako), ==, "山田");
    g_assert_cmpstr (tomoni_person_get_reading (hanako), ==, "ヤマダ ハナコ");
    g_assert_cmpstr (tomoni_person_get_pseudonym (hanako), ==, "P-0011-2233-4455");
    erased = tomoni_store_get_person_by_uuid (store, erased_uuid, &error);
    g_assert_no_error (error);
    g_assert_true (tomoni_person_get_erased (erased));
    g_assert_cmpstr (tomoni_person_get_nationality (erased), ==, "CN");
  }
}

static void
test_export_filters (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) store = sample_store (dir, "t.db");
  const struct {
    TomoniXmlKind kind;
    const char   *from;
    const char   *to;
    gboolean      pseudonymise;
    guint         sessions;
    guint         attendance;
    guint         shifts;
    guint         checkins;
    const char   *summary;     /* a count expected in the summary */
  } cases[] = {
    { TOMONI_XML_KIND_ALL, "2025-04-01", "2026-03-31", FALSE, 4, 7, 1, 3,
      "classes=\"true\" activities=\"false\">4</count>" },
    { TOMONI_XML_KIND_CLASS, "2025-04-01", "2026-03-31", FALSE, 4, 7, 0, 0,
      "classes=\"false\" activities=\"true\">0</count>" },
    { TOMONI_XML_KIND_ACTIVITY, "2025-04-01", "2026-03-31", TRUE, 0, 0, 1, 3,
      "classes=\"false\" activities=\"true\">2</count>" },
    { TOMONI_XML_KIND_ALL, "2025-04-10", "2025-04-30", FALSE, 1, 2, 0, 0,
      "classes=\"true\" activities=\"false\">1</count>" },
    { TOMONI_XML_KIND_ALL, "2027-04-01", "2028-03-31", FALSE, 0, 0, 0, 0,
      "classes=\"true\" activities=\"false\">0</count>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(TomoniXmlFilter) filter = { 0 };
      g_autofree char *name = g_strdup_printf ("export-%u.xml", i);
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;

      filter.from = g_strdup (cases[i].from);
      filter.to = g_strdup (cases[i].to);
      filter.kind = cases[i].kind;
      filter.pseudonymise = cases[i].pseudonymise;
      path = export_ok (store, dir, name, &filter);
      text = read_text (path);
      g_assert_cmpuint (count_of (text, "<session "), ==, cases[i].sessions);
      g_assert_cmpuint (count_of (text, "<attendance "), ==, cases[i].attendance);
      g_assert_cmpuint (count_of (text, "<shift "), ==, cases[i].shifts);
      g_assert_cmpuint (count_of (text, "<check-in "), ==, cases[i].checkins);
      g_assert_nonnull (strstr (text, cases[i].summary));
    }
}

static void
test_export_programme_and_venue (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) store = sample_store (dir, "t.db");
  g_auto(TomoniXmlFilter) all = { 0 };
  g_autofree char *all_path = NULL;
  g_autofree char *text = NULL;
  const char *p;

  fiscal_year (&all, 2025);
  all_path = export_ok (store, dir, "all.xml", &all);
  text = read_text (all_path);

  /* The children's class, by its own UUID and by its venue's. */
  p = strstr (text, "<class id=\"");
  g_assert_nonnull (p);
  p = strstr (p + 1, "<class id=\"");
  g_assert_nonnull (p);
  {
    g_auto(TomoniXmlFilter) by_programme = { 0 };
    g_auto(TomoniXmlFilter) by_venue = { 0 };
    g_autofree char *a = NULL;
    g_autofree char *b = NULL;
    g_autofree char *a_text = NULL;
    g_autofree char *b_text = NULL;
    const char *venue = strstr (p, "venue=\"") + strlen ("venue=\"");

    fiscal_year (&by_programme, 2025);
    by_programme.programme = g_strndup (p + strlen ("<class id=\""), 36);
    fiscal_year (&by_venue, 2025);
    by_venue.venue = g_strndup (venue, 36);
    a = export_ok (store, dir, "programme.xml", &by_programme);
    b = export_ok (store, dir, "venue.xml", &by_venue);
    a_text = without_created (read_text (a));
    b_text = without_created (read_text (b));
    g_assert_cmpuint (count_of (a_text, "<session "), ==, 1);
    g_assert_cmpuint (count_of (a_text, "<attendance "), ==, 2);
    g_assert_cmpuint (count_of (a_text, "<venue "), ==, 1);
    g_assert_nonnull (strstr (a_text, by_programme.programme));
    /* The venue filter picks the same programme, but says so in the header. */
    g_assert_cmpuint (count_of (b_text, "<session "), ==, 1);
    g_assert_nonnull (strstr (b_text, "<filter venue="));
  }
}

static void
test_round_trip (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) a = sample_store (dir, "a.db");
  g_autoptr(TomoniStore) b = open_store (dir, "b.db");
  g_autoptr(TomoniStore) c = open_store (dir, "c.db");

  for (int pseudonymise = 0; pseudonymise <= 1; pseudonymise++)
    {
      g_auto(TomoniXmlFilter) filter = { 0 };
      g_autofree char *a_path = NULL;
      g_autofree char *b_path = NULL;
      g_autofree char *a_text = NULL;
      g_autofree char *b_text = NULL;
      TomoniStore *target = pseudonymise ? c : b;

      fiscal_year (&filter, 2025);
      filter.pseudonymise = pseudonymise;
      a_path = export_ok (a, dir, pseudonymise ? "a-p.xml" : "a.xml", &filter);
      import_ok (target, a_path, NULL);
      b_path = export_ok (target, dir, pseudonymise ? "b-p.xml" : "b.xml", &filter);
      a_text = without_created (read_text (a_path));
      b_text = without_created (read_text (b_path));
      g_assert_cmpstr (a_text, ==, b_text);
      g_assert_cmpuint (strlen (a_text), >, 4000);
    }
}

/* The round trip on the sample data every demonstration uses. */
static void
test_round_trip_demo (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) a = open_store (dir, "a.db");
  g_autoptr(GError) error = NULL;

  g_assert_true (tomoni_demo_generate (a, 7, TOMONI_DEMO_SMALL, sample_today (), NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  for (int pseudonymise = 0; pseudonymise <= 1; pseudonymise++)
    {
      g_auto(TomoniXmlFilter) filter = { 0 };
      g_autoptr(TomoniStore) b = open_store (dir, pseudonymise ? "c.db" : "b.db");
      g_autofree char *a_path = NULL;
      g_autofree char *b_path = NULL;
      g_autofree char *a_text = NULL;
      g_autofree char *b_text = NULL;
      TomoniXmlImportReport report = { 0 };

      filter.from = g_strdup ("2000-01-01");
      filter.to = g_strdup ("2099-12-31");
      filter.pseudonymise = pseudonymise;
      a_path = export_ok (a, dir, pseudonymise ? "demo-a-p.xml" : "demo-a.xml", &filter);
      import_ok (b, a_path, &report);
      g_assert_cmpuint (report.added[TOMONI_XML_RECORD_ATTENDANCE], >, 1000);
      g_assert_cmpuint (report.added[TOMONI_XML_RECORD_CHECKIN], >, 100);
      b_path = export_ok (b, dir, pseudonymise ? "demo-b-p.xml" : "demo-b.xml", &filter);
      a_text = without_created (read_text (a_path));
      b_text = without_created (read_text (b_path));
      g_assert_cmpstr (a_text, ==, b_text);

      /* And the source database takes its own export back unchanged. */
      memset (&report, 0, sizeof report);
      import_ok (a, a_path, &report);
      for (guint i = 0; i < TOMONI_XML_N_RECORDS; i++)
        g_assert_cmpuint (report.added[i], ==, 0);
    }
}

static void
test_idempotent (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) a = sample_store (dir, "a.db");
  g_autoptr(TomoniStore) b = open_store (dir, "b.db");
  g_auto(TomoniXmlFilter) filter = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *b_db = tomoni_test_dir_file (dir, "b.db");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  TomoniXmlImportReport report = { 0 };
  guint unchanged = 0;

  fiscal_year (&filter, 2025);
  path = export_ok (a, dir, "a.xml", &filter);
  import_ok (b, path, NULL);
  first = dump_database (b_db);
  import_ok (b, path, &report);
  second = dump_database (b_db);
  g_assert_cmpstr (first, ==, second);
  for (guint i = 0; i < TOMONI_XML_N_RECORDS; i++)
    {
      g_assert_cmpuint (report.added[i], ==, 0);
      unchanged += report.unchanged[i];
    }
  g_assert_cmpuint (unchanged, ==, 30);

  /* The source database itself also takes its own export unchanged. */
  import_ok (a, path, &report);
  g_assert_cmpuint (report.added[TOMONI_XML_RECORD_ATTENDANCE], ==, 0);
}

/* @text with the first @old replaced by @replacement. */
static char *
replace_once (const char *text,
              const char *old,
              const char *replacement)
{
  const char *p = strstr (text, old);

  g_assert_nonnull (p);
  return g_strdup_printf ("%.*s%s%s", (int) (p - text), text, replacement, p + strlen (old));
}

static void
test_conflict (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) a = sample_store (dir, "a.db");
  g_auto(TomoniXmlFilter) filter = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *with_venue = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *changed_path = tomoni_test_dir_file (dir, "changed.xml");
  g_autofree char *db = tomoni_test_dir_file (dir, "a.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  fiscal_year (&filter, 2025);
  path = export_ok (a, dir, "a.xml", &filter);
  text = read_text (path);

  /* A new venue first (it would be added), then a changed attendance. */
  with_venue = replace_once (text, "<venues>",
                             "<venues>\n    <venue id=\"00000000-0000-4000-8000-000000000001\">"
                             "<name>New venue</name></venue>");
  changed = replace_once (with_venue, "status=\"late\"", "status=\"absent\"");
  write_text (changed_path, changed, -1);
  assert_valid (changed_path);

  before = dump_database (db);
  g_assert_false (tomoni_xml_import (a, changed_path, FALSE, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "attendance"));
  g_assert_nonnull (strstr (error->message, "status"));
  g_assert_nonnull (strstr (error->message, "absent"));
  g_assert_nonnull (strstr (error->message, "Line "));
  after = dump_database (db);
  g_assert_cmpstr (before, ==, after);

  /* The dry run finds the same conflict. */
  g_clear_error (&error);
  g_assert_false (tomoni_xml_import (a, changed_path, TRUE, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT);
}

static void
test_pseudonymised (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) a = sample_store (dir, "a.db");
  g_autoptr(TomoniStore) b = open_store (dir, "b.db");
  g_auto(TomoniXmlFilter) filter = { 0 };
  g_auto(TomoniXmlFilter) named = { 0 };
  g_autofree char *named_path = NULL;
  g_autofree char *named_text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autoptr(GPtrArray) secrets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_people = 0;

  /* Give everyone in the file an alias, contact details and a note. */
  fiscal_year (&named, 2025);
  named_path = export_ok (a, dir, "named.xml", &named);
  named_text = read_text (named_path);
  for (const char *p = strstr (named_text, "<person id=\""); p != NULL;
       p = strstr (p + 1, "<person id=\""))
    {
      g_autofree char *uuid = g_strndup (p + strlen ("<person id=\""), 36);
      g_autoptr(TomoniPerson) person = tomoni_store_get_person_by_uuid (a, uuid, &error);
      g_autofree char *email = g_strdup_printf ("learner%u@example.jp", n_people);
      g_autofree char *phone = g_strdup_printf ("090-1234-56%02u", n_people);
      g_autofree char *note = g_strdup_printf ("Needs a ramp, note %u", n_people);
      g_autofree char *alias = g_strdup_printf ("通称%u", n_people);

      g_assert_no_error (error);
      if (tomoni_person_get_erased (person))
        continue;
      tomoni_person_set_field (person, TOMONI_PERSON_EMAIL, email);
      tomoni_person_set_field (person, TOMONI_PERSON_PHONE, phone);
      tomoni_person_set_field (person, TOMONI_PERSON_NOTES, note);
      tomoni_person_set_field (person, TOMONI_PERSON_ALIAS, alias);
      g_assert_true (tomoni_store_update_person (a, person, &error));
      g_assert_no_error (error);
      g_clear_object (&person);
      person = tomoni_store_get_person_by_uuid (a, uuid, &error);
      g_assert_no_error (error);
      for (guint f = 0; f < TOMONI_PERSON_N_FIELDS; f++)
        {
          const char *value = tomoni_person_get_field (person, f);

          if (f == TOMONI_PERSON_NATIONALITY || f == TOMONI_PERSON_WARD || value == NULL ||
              strlen (value) < 2)
            continue;
          g_ptr_array_add (secrets, g_strdup (value));
        }
      /* The reading and names also appear split and joined. */
      g_ptr_array_add (secrets, g_strdup (uuid));
      n_people++;
    }
  g_assert_cmpuint (n_people, ==, 4);
  g_assert_cmpuint (secrets->len, >=, 4 * 5);

  fiscal_year (&filter, 2025);
  filter.pseudonymise = TRUE;
  first = export_ok (a, dir, "p1.xml", &filter);
  second = export_ok (a, dir, "p2.xml", &filter);
  first_text = read_text (first);
  second_text = read_text (second);
  for (guint i = 0; i < secrets->len; i++)
    {
      if (strstr (first_text, secrets->pdata[i]) != NULL)
        g_error ("“%s” appears in a pseudonymised export", (char *) secrets->pdata[i]);
    }
  g_assert_nonnull (strstr (first_text, "<pseudonymised>true</pseudonymised>"));
  g_assert_nonnull (strstr (first_text, "<person id=\"P-0011-2233-4455\" nationality=\"JP\"/>"));
  g_assert_null (strstr (first_text, "<given-name>"));
  g_assert_null (strstr (first_text, "<reading>"));
  /* Stable: the same pseudonyms every time. */
  {
    g_autofree char *x = without_created (g_strdup (first_text));
    g_autofree char *y = without_created (g_strdup (second_text));
    g_assert_cmpstr (x, ==, y);
  }

  /* Imported elsewhere: people without personal data, matched by pseudonym. */
  {
    TomoniXmlImportReport report = { 0 };

    import_ok (b, first, &report);
    g_assert_true (report.pseudonymised);
    g_assert_cmpuint (report.added[TOMONI_XML_RECORD_PERSON], ==, 5);
    g_assert_cmpint (tomoni_store_count_people (b), ==, 5);
    /* Back home, the same people are recognised by pseudonym. */
    memset (&report, 0, sizeof report);
    import_ok (a, first, &report);
    g_assert_cmpuint (report.added[TOMONI_XML_RECORD_PERSON], ==, 0);
    g_assert_cmpuint (report.unchanged[TOMONI_XML_RECORD_PERSON], ==, 5);
  }

  /* A named file after the pseudonymised one: the same pseudonyms now stand
   * for people without data, under other UUIDs. Refused, naming the person. */
  {
    g_autofree char *b_db = tomoni_test_dir_file (dir, "b.db");
    g_autofree char *before = dump_database (b_db);
    g_autofree char *after = NULL;

    g_assert_false (tomoni_xml_import (b, named_path, FALSE, NULL, NULL, NULL, NULL, &error));
    g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT);
    g_assert_nonnull (strstr (error->message, "pseudonym P-"));
    g_clear_error (&error);
    after = dump_database (b_db);
    g_assert_cmpstr (before, ==, after);
  }
}

typedef enum {
  HOSTILE_FIXTURE,       /* a file in tests/xml */
  HOSTILE_DEEP,
  HOSTILE_BAD_UTF8,
  HOSTILE_TRUNCATED,
  HOSTILE_UNKNOWN_PERSON,
  HOSTILE_UNKNOWN_VENUE,
  HOSTILE_TOO_LARGE,
  HOSTILE_EMPTY,
} HostileKind;

static char *
hostile_file (TomoniTestDir *dir,
              HostileKind    kind,
              const char    *fixture,
              const char    *good_text)
{
  char *path = tomoni_test_dir_file (dir, "hostile.xml");

  switch (kind)
    {
    case HOSTILE_FIXTURE:
      g_free (path);
      return source_file ("tests", "xml", fixture, NULL);
    case HOSTILE_DEEP:
      {
        g_autoptr(GString) s = g_string_new ("<?xml version=\"1.0\"?>\n"
                                             "<attendance-export xmlns=\"urn:tomoni:attendance:1\" version=\"1\">");
        for (int i = 0; i < 10000; i++)
          g_string_append (s, "<header>");
        for (int i = 0; i < 10000; i++)
          g_string_append (s, "</header>");
        g_string_append (s, "</attendance-export>\n");
        write_text (path, s->str, -1);
      }
      break;
    case HOSTILE_BAD_UTF8:
      {
        g_autofree char *bad = replace_once (good_text, "<title>", "<title>\xff\xfe\xc3(");
        write_text (path, bad, -1);
      }
      break;
    case HOSTILE_TRUNCATED:
      write_text (path, good_text, strlen (good_text) * 2 / 3);
      break;
    case HOSTILE_UNKNOWN_PERSON:
      {
        /* The last attendance refers to someone not in the file. */
        const char *p = g_strrstr (good_text, "<attendance id=");
        g_autofree char *head = NULL;
        g_autofree char *tail = NULL;
        g_autofree char *bad = NULL;

        g_assert_nonnull (p);
        head = g_strndup (good_text, p - good_text);
        tail = replace_once (p, "person=\"", "person=\"00000000-0000-4000-8000-00000000000f\" x=\"");
        /* drop the old value: person="NEW" x="OLD" is not allowed by the
         * schema, so rename the old attribute away instead */
        g_free (tail);
        {
          const char *q = strstr (p, "person=\"") + strlen ("person=\"");
          tail = g_strdup_printf ("%.*s00000000-0000-4000-8000-00000000000f%s",
                                  (int) (q - p), p, q + 36);
        }
        bad = g_strconcat (head, tail, NULL);
        write_text (path, bad, -1);
      }
      break;
    case HOSTILE_UNKNOWN_VENUE:
      {
        const char *p = strstr (good_text, "<class id=");
        const char *q = strstr (p, "venue=\"") + strlen ("venue=\"");
        g_autofree char *bad = g_strdup_printf ("%.*s00000000-0000-4000-8000-0000000000aa%s",
                                                (int) (q - good_text), good_text, q + 36);
        write_text (path, bad, -1);
      }
      break;
    case HOSTILE_TOO_LARGE:
      {
        int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

        g_assert_cmpint (fd, >=, 0);
        g_assert_cmpint (write (fd, good_text, strlen (good_text)), ==, (gssize) strlen (good_text));
        g_assert_cmpint (ftruncate (fd, TOMONI_XML_MAX_FILE_SIZE + 1), ==, 0);   /* sparse */
        close (fd);
      }
      break;
    case HOSTILE_EMPTY:
      write_text (path, "", 0);
      break;
    default:
      g_assert_not_reached ();
    }
  return path;
}

static void
test_hostile (void)
{
  const struct {
    const char  *name;
    HostileKind  kind;
    const char  *fixture;
    GQuark       domain;
    int          code;
    const char  *words;      /* in the message */
  } cases[] = {
    { "external entity", HOSTILE_FIXTURE, "external-entity.xml", 0, TOMONI_XML_ERROR_UNSAFE, "refused for safety" },
    { "billion laughs", HOSTILE_FIXTURE, "billion-laughs.xml", 0, TOMONI_XML_ERROR_UNSAFE, "refused for safety" },
    { "late DOCTYPE", HOSTILE_FIXTURE, "late-doctype.xml", 0, TOMONI_XML_ERROR_UNSAFE, "refused for safety" },
    { "wrong namespace", HOSTILE_FIXTURE, "wrong-namespace.xml", 0, TOMONI_XML_ERROR_NAMESPACE, "urn:example:attendance" },
    { "deep nesting", HOSTILE_DEEP, NULL, 0, TOMONI_XML_ERROR_TOO_LARGE, "levels deep" },
    { "invalid UTF-8", HOSTILE_BAD_UTF8, NULL, 0, TOMONI_XML_ERROR_ENCODING, "UTF-8" },
    { "truncated", HOSTILE_TRUNCATED, NULL, 0, TOMONI_XML_ERROR_TRUNCATED, "truncated" },
    { "empty", HOSTILE_EMPTY, NULL, 0, TOMONI_XML_ERROR_TRUNCATED, "empty" },
    { "too large", HOSTILE_TOO_LARGE, NULL, 0, TOMONI_XML_ERROR_TOO_LARGE, "too large" },
    { "unknown person", HOSTILE_UNKNOWN_PERSON, NULL, 1, TOMONI_STORE_ERROR_NOT_FOUND,
      "00000000-0000-4000-8000-00000000000f" },
    { "unknown venue", HOSTILE_UNKNOWN_VENUE, NULL, 1, TOMONI_STORE_ERROR_NOT_FOUND,
      "00000000-0000-4000-8000-0000000000aa" },
  };
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) a = sample_store (dir, "a.db");
  g_autoptr(TomoniStore) b = open_store (dir, "b.db");
  g_autofree char *a_db = tomoni_test_dir_file (dir, "a.db");
  g_autofree char *b_db = tomoni_test_dir_file (dir, "b.db");
  g_auto(TomoniXmlFilter) filter = { 0 };
  g_autofree char *good = NULL;
  g_autofree char *good_text = NULL;

  fiscal_year (&filter, 2025);
  good = export_ok (a, dir, "good.xml", &filter);
  good_text = read_text (good);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = hostile_file (dir, cases[i].kind, cases[i].fixture, good_text);
      GQuark domain = cases[i].domain == 0 ? TOMONI_XML_ERROR : TOMONI_STORE_ERROR;

      /* Into an empty database and into one holding the same data. */
      for (int target = 0; target < 2; target++)
        {
          TomoniStore *store = target == 0 ? b : a;
          g_autofree char *before = dump_database (target == 0 ? b_db : a_db);
          g_autofree char *after = NULL;
          g_autoptr(GError) error = NULL;

          g_test_message ("%s → %s", cases[i].name, target == 0 ? "empty" : "full");
          g_assert_false (tomoni_xml_import (store, path, FALSE, NULL, NULL, NULL, NULL, &error));
          g_assert_nonnull (error);
          g_test_message ("  %s", error->message);
          g_assert_error (error, domain, cases[i].code);
          g_assert_nonnull (strstr (error->message, cases[i].words));
          after = dump_database (target == 0 ? b_db : a_db);
          g_assert_cmpstr (before, ==, after);
        }
    }

  /* The file named by the external entity was never read into anything. */
  g_assert_cmpint (tomoni_store_count_people (b), ==, 0);
}

static void
test_export_cancel_and_errors (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) a = sample_store (dir, "a.db");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_auto(TomoniXmlFilter) filter = { 0 };
  g_autofree char *path = tomoni_test_dir_file (dir, "out.xml");
  g_autofree char *missing = tomoni_test_dir_file (dir, "no-such-folder/out.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *text = NULL;
  const char *name;
  guint n_files = 0;

  fiscal_year (&filter, 2025);
  write_text (path, "previous contents", -1);

  g_cancellable_cancel (cancellable);
  g_assert_false (tomoni_xml_export (a, &filter, path, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* The old file is untouched and no temporary file is left. */
  text = read_text (path);
  g_assert_cmpstr (text, ==, "previous contents");
  listing = g_dir_open (dir->path, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_assert_false (g_str_has_prefix (name, ".tomoni-export"));
      n_files++;
    }
  g_assert_cmpuint (n_files, >=, 2);

  g_assert_false (tomoni_xml_export (a, &filter, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);
}

static void
test_filter_check (void)
{
  const struct {
    const char *from;
    const char *to;
    const char *programme;
    const char *field;
  } cases[] = {
    { "2025-04-01", "2026-03-31", NULL, NULL },
    { "2025-4-1", "2026-03-31", NULL, "From" },
    { "2025-04-01", "2026-02-30", NULL, "To" },
    { "2026-04-01", "2025-04-01", NULL, "To" },
    { "2025-04-01", "2026-03-31", "not-a-uuid", "Programme" },
    { NULL, "2026-03-31", NULL, "From" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TomoniXmlFilter filter = {
        (char *) cases[i].from, (char *) cases[i].to, TOMONI_XML_KIND_ALL, (char *) cases[i].programme, NULL, FALSE
      };
      g_autoptr(GError) error = NULL;
      gboolean ok = tomoni_xml_filter_check (&filter, &error);

      if (cases[i].field == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
          g_assert_true (g_str_has_prefix (error->message, cases[i].field));
        }
    }
}

/* Issue 14, rows 2 and 3: numbers are read exactly, with the schema's bounds;
 * nothing is cut or coerced. */
static void
test_numbers (void)
{
  g_autofree char *zeros_1440 = g_strdup_printf ("minutes=\"%s1440\"", "000000000000000000000000000000000000000000000000000000000000");
  g_autofree char *zeros_12 = g_strdup_printf ("needed=\"%s12\"", "00000000000000000000000000000000000000000000000000000000000000");
  const struct {
    const char *old;
    const char *replacement;
    const char *attribute;
  } cases[] = {
    { "minutes=\"90\"", zeros_1440, "'minutes'" },              /* 64 characters */
    { "needed=\"2\"", zeros_12, "'needed'" },                   /* 64 characters */
    { "needed=\"2\"", "needed=\"99999999999999999999999\"", "'needed'" },
    { "needed=\"2\"", "needed=\"1001\"", "'needed'" },
    { "minutes=\"90\"", "minutes=\"1441\"", "'minutes'" },
    { "minutes=\"90\"", "minutes=\"+90\"", "'minutes'" },
    { "minutes=\"90\"", "minutes=\"090\"", "'minutes'" },
    { "capacity=\"20\"", "capacity=\"020\"", "'capacity'" },
    { "capacity=\"20\"", "capacity=\"2147483648\"", "'capacity'" },
  };
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) b = open_store (dir, "b.db");
  g_autofree char *b_db = tomoni_test_dir_file (dir, "b.db");
  g_autofree char *sample = source_file ("tests", "xml", "sample.xml", NULL);
  g_autofree char *text = read_text (sample);
  g_autofree char *before = dump_database (b_db);

  g_assert_cmpuint (strlen (zeros_1440), ==, strlen ("minutes=\"\"") + 64);
  g_assert_cmpuint (strlen (zeros_12), ==, strlen ("needed=\"\"") + 64);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *changed = replace_once (text, cases[i].old, cases[i].replacement);
      g_autofree char *path = tomoni_test_dir_file (dir, "numbers.xml");
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;

      write_text (path, changed, -1);
      g_test_message ("%s", cases[i].replacement);
      g_assert_false (tomoni_xml_import (b, path, FALSE, NULL, NULL, NULL, NULL, &error));
      g_assert_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_INVALID);
      g_test_message ("  %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "Line "));
      g_assert_nonnull (strstr (error->message, cases[i].attribute));
      after = dump_database (b_db);
      g_assert_cmpstr (before, ==, after);
    }

  /* A role of 64 characters (the schema's t:Code) in Japanese is 192 bytes:
   * read whole, not refused as a long attribute. */
  {
    g_autoptr(GString) value = g_string_new (NULL);
    g_autofree char *role = NULL;
    g_autofree char *changed = NULL;
    g_autofree char *path = tomoni_test_dir_file (dir, "role.xml");
    g_autofree char *dump = NULL;
    g_autoptr(TomoniStore) c = open_store (dir, "c.db");
    g_autofree char *c_db = tomoni_test_dir_file (dir, "c.db");

    for (guint i = 0; i < TOMONI_MAX_CODE_LENGTH; i++)
      g_string_append (value, "通");
    role = g_strdup_printf ("role=\"%s\"", value->str);
    changed = replace_once (text, "role=\"interpreter\"", role);
    write_text (path, changed, -1);
    import_ok (c, path, NULL);
    dump = dump_database (c_db);
    g_assert_nonnull (strstr (dump, value->str));
  }

  /* White space around a number is XML's, not a trick: still read exactly. */
  {
    g_autofree char *changed = replace_once (text, "minutes=\"90\"", "minutes=\" 90\n\"");
    g_autofree char *path = tomoni_test_dir_file (dir, "spaces.xml");
    g_autofree char *dump = NULL;

    write_text (path, changed, -1);
    import_ok (b, path, NULL);
    dump = dump_database (b_db);
    g_assert_nonnull (strstr (dump, "|late|enrolled|90|"));
  }
}

static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

static void
peak_cb (double      fraction,
         const char *what,
         gpointer    user_data)
{
  gsize *peak = user_data;

  *peak = MAX (*peak, heap_in_use ());
}

/* Issue 14, row 4: white space between elements is not kept, so memory
 * follows the structure of the file, not its size. */
static void
test_whitespace_memory (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) b = open_store (dir, "b.db");
  g_autofree char *sample = source_file ("tests", "xml", "sample.xml", NULL);
  g_autofree char *text = read_text (sample);
  g_autofree char *path = tomoni_test_dir_file (dir, "padded.xml");
  g_autofree char *padded = NULL;
  g_autoptr(GString) sessions = g_string_new ("<sessions>");
  g_autofree char *blank = g_strnfill (8000, ' ');
  TomoniXmlImportReport report = { 0 };
  g_autoptr(GError) error = NULL;
  gsize baseline;
  gsize peak;

  /* 2,160 sessions with 8 KB of white space before each: 17 MB, and more
   * than 4,096 nodes, so that the progress callback samples the heap. */
  for (guint day = 0; day < 180; day++)
    for (guint hour = 0; hour < 12; hour++)
      {
        g_autofree char *uuid = g_uuid_string_random ();
        g_autoptr(GDateTime) date = g_date_time_new_utc (2025, 4, 1, 0, 0, 0);
        g_autoptr(GDateTime) when = g_date_time_add_days (date, day);
        g_autofree char *ymd = g_date_time_format (when, "%Y-%m-%d");

        g_string_append_printf (sessions, "\n%s<session id=\"%s\" class=\"5c2dffd3-847f-493f-bbfc-e04085ccacc4\" "
                                "term=\"fe736351-38cb-4891-9e2b-3ca7f593198a\" start=\"%sT%02u:00:00+09:00\" "
                                "end=\"%sT%02u:00:00+09:00\" status=\"scheduled\"/>",
                                blank, uuid, ymd, hour, ymd, hour + 1);
      }
  padded = replace_once (text, "<sessions>", sessions->str);
  write_text (path, padded, -1);
  g_clear_pointer (&padded, g_free);
  g_string_free (g_steal_pointer (&sessions), TRUE);

  baseline = peak = heap_in_use ();
  g_assert_true (tomoni_xml_import (b, path, TRUE, &report, peak_cb, &peak, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.added[TOMONI_XML_RECORD_SESSION], ==, 4 + 180 * 12);
  g_test_message ("heap grew by %" G_GSIZE_FORMAT " bytes", peak - baseline);
  g_assert_cmpuint (peak - baseline, <, 8 * 1024 * 1024);

  /* libxml2 holds what lies between two elements until the next one: more
   * than one text node's worth (10 MB) of white space and comments is
   * refused. */
  {
    g_autoptr(GString) filler = g_string_new ("<venues>");

    for (guint i = 0; i < 2600; i++)
      {
        g_string_append_c (filler, '\n');
        g_string_append_len (filler, blank, 4000);
        g_string_append (filler, "<!---->");
      }
    padded = replace_once (text, "<venues>", filler->str);
    write_text (path, padded, -1);
    g_clear_pointer (&padded, g_free);
    g_assert_false (tomoni_xml_import (b, path, TRUE, NULL, NULL, NULL, NULL, &error));
    g_assert_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_TOO_LARGE);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "between two elements"));
    g_clear_error (&error);
  }

  /* Text inside a text element stays bounded too: the schema's 1000
   * characters, and white space padding a date is no way around it. */
  {
    g_autofree char *pad = g_strnfill (2 * 4 * TOMONI_MAX_TEXT_LENGTH, ' ');
    g_autofree char *created = g_strdup_printf ("<created>%s2026-04-02T10:00:00+09:00</created>", pad);
    g_autofree char *changed = replace_once (text, "<created>2026-04-02T10:00:00+09:00</created>", created);

    write_text (path, changed, -1);
    g_assert_false (tomoni_xml_import (b, path, TRUE, NULL, NULL, NULL, NULL, &error));
    g_assert_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_INVALID);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "<created>"));
  }
}

/* The limits of tomoni-limits.h are the schema's facets. */
static const char *
facet_of (const char *xsd,
          const char *type,
          const char *facet,
          char        value[32])
{
  g_autofree char *start = g_strdup_printf ("<xs:simpleType name=\"%s\">", type);
  g_autofree char *tag = g_strdup_printf ("<xs:%s value=\"", facet);
  const char *p = strstr (xsd, start);
  const char *end;
  const char *found;

  g_assert_nonnull (p);
  end = strstr (p, "</xs:simpleType>");
  found = strstr (p, tag);
  g_assert_true (found != NULL && found < end);
  found += strlen (tag);
  g_strlcpy (value, found, MIN ((gsize) (strchr (found, '"') - found) + 1, 32));
  return value;
}

static void
test_schema_limits (void)
{
  g_autofree char *xsd_path = source_file ("data", "tomoni-attendance.xsd", NULL);
  g_autofree char *xsd = read_text (xsd_path);
  const struct { const char *type; const char *facet; gint64 value; } cases[] = {
    { "Text", "maxLength", TOMONI_MAX_TEXT_LENGTH },
    { "Code", "maxLength", TOMONI_MAX_CODE_LENGTH },
    { "Minutes", "maxInclusive", TOMONI_MAX_MINUTES },
    { "Needed", "maxInclusive", TOMONI_MAX_SLOT_NEEDED },
    { "Capacity", "maxInclusive", TOMONI_MAX_CAPACITY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char value[32];
      g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, cases[i].value);

      g_assert_cmpstr (facet_of (xsd, cases[i].type, cases[i].facet, value), ==, expected);
    }
}

static void
progress_cb (double      fraction,
             const char *what,
             gpointer    user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  *last = fraction;
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GError **error = user_data;

  tomoni_xml_export_finish (TOMONI_STORE (source), result, error);
  if (*error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static void
test_export_async (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autoptr(TomoniStore) a = sample_store (dir, "a.db");
  g_auto(TomoniXmlFilter) filter = { 0 };
  g_autofree char *path = tomoni_test_dir_file (dir, "async.xml");
  GError *error = NULL;
  double last = 0;

  fiscal_year (&filter, 2025);
  tomoni_xml_export_async (a, &filter, path, progress_cb, &last, NULL, done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* "done" is the marker set by done_cb on success */
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpfloat (last, ==, 1.0);
  assert_valid (path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xml/import-counts", test_import_counts);
  g_test_add_func ("/xml/section-columns", test_section_columns);
  g_test_add_func ("/xml/export-filters", test_export_filters);
  g_test_add_func ("/xml/export-programme-venue", test_export_programme_and_venue);
  g_test_add_func ("/xml/round-trip", test_round_trip);
  g_test_add_func ("/xml/round-trip-demo", test_round_trip_demo);
  g_test_add_func ("/xml/idempotent", test_idempotent);
  g_test_add_func ("/xml/conflict", test_conflict);
  g_test_add_func ("/xml/pseudonymised", test_pseudonymised);
  g_test_add_func ("/xml/hostile", test_hostile);
  g_test_add_func ("/xml/numbers", test_numbers);
  g_test_add_func ("/xml/whitespace-memory", test_whitespace_memory);
  g_test_add_func ("/xml/schema-limits", test_schema_limits);
  g_test_add_func ("/xml/export-cancel-and-errors", test_export_cancel_and_errors);
  g_test_add_func ("/xml/filter-check", test_filter_check);
  g_test_add_func ("/xml/export-async", test_export_async);

  return g_test_run ();
}
