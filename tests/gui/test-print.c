/* test-print.c: sign-in sheets and rosters rendered to PDF, directly on a
 * cairo PDF surface and through GtkPrintOperation ("Print to File"); the
 * pages, the paper size and the text (Japanese names and readings, in
 * reading order) are read back with poppler's pdftotext and pdfinfo
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <math.h>

#include "tomoni-gui-test.h"
#include "tomoni-print.h"
#include "tomoni-store-classes.h"
#include "tomoni-store-people.h"

typedef struct {
  TomoniTestDir *dir;
  char          *path;
  TomoniStore   *store;
  gint64         term_id;
  gint64         session_id;
} Fixture;

/* Names in no particular order; the sheet lists them by reading. */
static const struct {
  const char *family;
  const char *given;
  const char *reading;
  const char *reading_katakana;
} people[] = {
  { "山田", "花子", "やまだ はなこ", "ヤマダ ハナコ" },
  { "グエン", "ティ マイ", "ぐえん てぃ まい", "グエン ティ マイ" },
  { "青木", "健", "あおき けん", "アオキ ケン" },
  { "Silva", "Ana", "しるば あな", "シルバ アナ" },
  { "李", "明", "り めい", "リ メイ" },
};

static gint64
add_person (Fixture    *f,
            const char *family,
            const char *given,
            const char *reading)
{
  g_autoptr(TomoniPerson) person = tomoni_person_new ();
  g_autoptr(GError) error = NULL;

  tomoni_person_set_field (person, TOMONI_PERSON_FAMILY_NAME, family);
  tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, given);
  tomoni_person_set_field (person, TOMONI_PERSON_READING, reading);
  g_assert_true (tomoni_store_add_person (f->store, person, &error));
  g_assert_no_error (error);
  return tomoni_person_get_id (person);
}

/* A class with a Wednesday term; @n_extra more learners besides people[];
 * @capacity below the total puts the rest on the waiting list. */
static void
fixture_set_up (Fixture *f,
                guint    n_extra,
                int      capacity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniVenue) venue = tomoni_venue_new ();
  g_autoptr(TomoniRoom) room = tomoni_room_new ();
  g_autoptr(TomoniClass) klass = tomoni_class_new ();
  g_autoptr(TomoniTerm) term = tomoni_term_new ();
  g_autoptr(GPtrArray) sessions = NULL;
  TomoniWeeklySlot slot = { 3, 18 * 60 + 30, 20 * 60 };

  f->dir = tomoni_test_dir_new ();
  f->path = tomoni_test_dir_file (f->dir, "print.db");
  f->store = tomoni_store_open (f->path, &error);
  g_assert_no_error (error);

  tomoni_venue_set_name (venue, "熊本市国際交流会館");
  g_assert_true (tomoni_store_add_venue (f->store, venue, &error));
  tomoni_room_set_venue_id (room, tomoni_venue_get_id (venue));
  tomoni_room_set_name (room, "第1研修室");
  g_assert_true (tomoni_store_add_room (f->store, room, &error));

  tomoni_class_set_title_ja (klass, "にほんご教室（水曜）");
  tomoni_class_set_title_en (klass, "Wednesday Japanese Class");
  tomoni_class_set_level (klass, "A1");
  tomoni_class_set_target_group (klass, "adults");
  tomoni_class_set_format (klass, "in-person");
  tomoni_class_set_venue_id (klass, tomoni_venue_get_id (venue));
  tomoni_class_set_room_id (klass, tomoni_room_get_id (room));
  tomoni_class_set_capacity (klass, capacity);
  g_assert_true (tomoni_store_add_class (f->store, klass, &error));
  g_assert_no_error (error);

  tomoni_term_set_class_id (term, tomoni_class_get_id (klass));
  tomoni_term_set_name (term, "2026年度前期");
  tomoni_term_set_start_date (term, "2026-04-01");
  tomoni_term_set_end_date (term, "2026-07-31");
  g_assert_true (tomoni_store_add_term (f->store, term, &slot, 1, NULL, &error));
  g_assert_no_error (error);
  f->term_id = tomoni_term_get_id (term);

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      gint64 id = add_person (f, people[i].family, people[i].given, people[i].reading);
      g_assert_true (tomoni_store_enrol (f->store, f->term_id, id, NULL, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < n_extra; i++)
    {
      g_autofree char *given = g_strdup_printf ("学習者%02u", i + 1);
      g_autofree char *reading = g_strdup_printf ("わたなべ %s", (const char *[]){ "あ", "い", "う", "え", "お", "か", "き", "く", "け", "こ" }[i % 10]);
      gint64 id = add_person (f, "渡辺", given, reading);
      g_assert_true (tomoni_store_enrol (f->store, f->term_id, id, NULL, &error));
      g_assert_no_error (error);
    }

  sessions = tomoni_store_list_sessions (f->store, f->term_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tomoni_session_get_date (g_ptr_array_index (sessions, 0)), ==, "2026-04-01");
  f->session_id = tomoni_session_get_id (g_ptr_array_index (sessions, 0));
}

static void
fixture_tear_down (Fixture *f)
{
  g_clear_object (&f->store);
  g_free (f->path);
  tomoni_test_dir_free (f->dir);
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
pdf_text (const char *pdf,
          int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page > 0 ? page : 1);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  const char *one[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", first, pdf, "-", NULL };

  return run_tool (page > 0 ? one : all);
}

/* Checks the pages are A4 portrait; returns the number of pages. */
static guint
check_a4 (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  guint pages = 0;
  gboolean seen_size = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      double w, h;

      if (g_str_has_prefix (lines[i], "Pages:"))
        pages = (guint)g_ascii_strtoull (lines[i] + 6, NULL, 10);
      if (sscanf (lines[i], "Page size: %lf x %lf pts", &w, &h) == 2)
        {
          seen_size = TRUE;
          /* A4: 210 × 297 mm = 595.28 × 841.89 pt, portrait */
          g_assert_cmpfloat (fabs (w - 595.28), <, 1.0);
          g_assert_cmpfloat (fabs (h - 841.89), <, 1.0);
        }
    }
  g_assert_true (seen_size);
  return pages;
}

/* Where @needle is in @text, after checking it is there. */
static gsize
offset_of (const char *text,
           const char *needle)
{
  const char *p = strstr (text, needle);

  if (p == NULL)
    g_error ("“%s” is not in the PDF text:\n%s", needle, text);
  return (gsize)(p - text);
}

static void
test_sign_in_sheet (void)
{
  Fixture f = { 0 };
  g_autoptr(TomoniPrintDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  fixture_set_up (&f, 0, 20);
  document = tomoni_print_document_new_sign_in_sheet (f.store, f.session_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tomoni_print_document_get_n_rows (document), ==, G_N_ELEMENTS (people));

  pdf = tomoni_test_dir_file (f.dir, "sheet.pdf");
  g_assert_true (tomoni_print_document_write_pdf (document, pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_cmpuint (check_a4 (pdf), ==, 1);

  text = pdf_text (pdf, 0);
  offset_of (text, "Sign-in Sheet");
  offset_of (text, "にほんご教室(水曜)");   /* NFKC, as stored */
  offset_of (text, "2026年4月1日(水)");
  offset_of (text, "18:30–20:00");
  offset_of (text, "熊本市国際交流会館");
  offset_of (text, "Signature");
  /* Names and readings, in 五十音 order of the reading. */
  g_assert_cmpuint (offset_of (text, "アオキ ケン"), <, offset_of (text, "グエン ティ マイ"));
  g_assert_cmpuint (offset_of (text, "グエン ティ マイ"), <, offset_of (text, "シルバ アナ"));
  g_assert_cmpuint (offset_of (text, "シルバ アナ"), <, offset_of (text, "ヤマダ ハナコ"));
  g_assert_cmpuint (offset_of (text, "ヤマダ ハナコ"), <, offset_of (text, "リ メイ"));
  offset_of (text, "山田");
  offset_of (text, "花子");
  offset_of (text, "青木");
  offset_of (text, "Page 1 of 1");

  fixture_tear_down (&f);
}

static void
test_many_pages (void)
{
  Fixture f = { 0 };
  g_autoptr(TomoniPrintDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *last = NULL;
  g_autofree char *first = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *all = NULL;
  guint n_watanabe = 0;
  guint n_pages = 0;

  fixture_set_up (&f, 55, 100);
  document = tomoni_print_document_new_sign_in_sheet (f.store, f.session_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tomoni_print_document_get_n_rows (document), ==, 60);

  pdf = tomoni_test_dir_file (f.dir, "long.pdf");
  g_assert_true (tomoni_print_document_write_pdf (document, pdf, &n_pages, &error));
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (check_a4 (pdf), ==, n_pages);

  /* アオキ first on page 1, the ワタナベ rows last: every one of them is
   * printed once, and each page has its heading and its number. */
  first = pdf_text (pdf, 1);
  offset_of (first, "アオキ ケン");
  offset_of (first, "リ メイ");
  last = pdf_text (pdf, (int)n_pages);
  g_assert_null (strstr (last, "アオキ ケン"));
  offset_of (last, "ワタナベ");
  offset_of (last, "Sign-in Sheet");
  all = pdf_text (pdf, 0);
  for (const char *p = all; (p = strstr (p, "ワタナベ")) != NULL; p++)
    n_watanabe++;
  g_assert_cmpuint (n_watanabe, ==, 55);
  footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  offset_of (last, footer);

  fixture_tear_down (&f);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 data)
{
  *(gboolean *)data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

static void
test_print_to_file (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  GtkPrintOperationResult result;
  gboolean done = FALSE;
  TomoniPrintDocument *document;

  fixture_set_up (&f, 0, 20);
  document = tomoni_print_document_new_sign_in_sheet (f.store, f.session_id, &error);
  g_assert_no_error (error);
  operation = tomoni_print_operation_new (document);
  pdf = tomoni_test_dir_file (f.dir, "print-to-file.pdf");
  gtk_print_operation_set_export_filename (operation, pdf);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), &done);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  tomoni_gui_test_wait (is_true, &done, 5000);

  g_assert_cmpuint (check_a4 (pdf), ==, 1);
  text = pdf_text (pdf, 0);
  offset_of (text, "Sign-in Sheet");
  offset_of (text, "グエン ティ マイ");
  offset_of (text, "山田");
  offset_of (text, "2026年4月1日(水)");

  fixture_tear_down (&f);
}

static void
test_roster (void)
{
  Fixture f = { 0 };
  g_autoptr(TomoniPrintDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  /* Five people, three places: two wait, in the order they came. */
  fixture_set_up (&f, 0, 3);
  document = tomoni_print_document_new_roster (f.store, f.term_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tomoni_print_document_get_n_rows (document), ==, 5);

  pdf = tomoni_test_dir_file (f.dir, "roster.pdf");
  g_assert_true (tomoni_print_document_write_pdf (document, pdf, &n_pages, &error));
  g_assert_cmpuint (check_a4 (pdf), ==, 1);
  text = pdf_text (pdf, 0);
  offset_of (text, "Class Roster");
  offset_of (text, "2026年度前期");
  offset_of (text, "水 18:30–20:00");
  offset_of (text, "Waiting (1)");
  offset_of (text, "Waiting (2)");
  /* people[3] and people[4] came last: they wait, after the enrolled. */
  g_assert_cmpuint (offset_of (text, "シルバ アナ"), <, offset_of (text, "リ メイ"));
  g_assert_cmpuint (offset_of (text, "ヤマダ ハナコ"), <, offset_of (text, "シルバ アナ"));

  fixture_tear_down (&f);
}

static void
test_write_error (void)
{
  g_autoptr(TomoniPrintDocument) document = tomoni_print_document_new (TOMONI_PRINT_ROSTER, "x");
  g_autoptr(GError) error = NULL;

  g_assert_false (tomoni_print_document_write_pdf (document, "/nonexistent/folder/x.pdf", NULL, &error));
  g_assert_error (error, TOMONI_PRINT_ERROR, TOMONI_PRINT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "x.pdf"));
}

int
main (int    argc,
      char **argv)
{
  tomoni_gui_test_init (&argc, &argv);

  g_test_add_func ("/print/sign-in-sheet", test_sign_in_sheet);
  g_test_add_func ("/print/many-pages", test_many_pages);
  g_test_add_func ("/print/print-to-file", test_print_to_file);
  g_test_add_func ("/print/roster", test_roster);
  g_test_add_func ("/print/write-error", test_write_error);

  return g_test_run ();
}
