/* test-volunteers-page.c: the Volunteers page on a real window: a CSV
 * import refused while a row has a problem, then imported from Shift_JIS;
 * filters by language, level and skill; adding a volunteer through the
 * dialog, refusing bad input, editing; the detail with schedule and history
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "tomoni-csv-import-dialog.h"
#include "tomoni-gui-test.h"
#include "tomoni-store-people.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-volunteer-dialog.h"
#include "tomoni-volunteers-page.h"

static const char registry[] =
  "姓,名,フリガナ,国籍,メールアドレス,言語,スキル,研修,活動可能時間,月上限,状態,登録日,有効期限\n"
  "グエン,アン,グエン アン,VN,an@example.org,vi:native;ja:business:N2,interpretation;translation,orientation:2025-05-10,\"火 18:00-21:00;土 9:00-17:00\",3,活動中,2025-05-10,2099-03-31\n"
  "サントス,マリア,サントス マリア,PH,maria@example.org,tl:native;en:fluent,event-support,,日 10:00-15:00,,活動中,2025-04-01,2099-03-31\n"
  "王,芳,ワン ファン,CN,wang@example.org,zh:native;ja:fluent:N1,interpretation,,土 10:00-16:00,2,休止中,2025-06-01,2099-03-31\n";

/* The same with a language code nobody knows on row 3. */
static const char broken[] =
  "姓,名,言語\n"
  "グエン,アン,vi:native\n"
  "サントス,マリア,xx:native\n";

typedef struct {
  GListModel *model;
  guint       n;
} CountWait;

static gboolean
has_count (gpointer data)
{
  CountWait *w = data;
  return g_list_model_get_n_items (w->model) == w->n;
}

/* The page reloads after the store's change signal, from an idle. */
static void
wait_for_count (GListModel *model,
                guint       n)
{
  CountWait w = { model, n };

  tomoni_gui_test_wait (has_count, &w, 10000);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
}

static TomoniVolunteersPage *
show_volunteers (TomoniGuiFixture *f)
{
  GtkWidget *page;

  tomoni_window_show_page (f->window, "volunteers");
  tomoni_gui_test_spin (50);
  g_assert_cmpstr (tomoni_window_get_page (f->window), ==, "volunteers");
  page = tomoni_gui_test_find (GTK_WIDGET (f->window), TOMONI_TYPE_VOLUNTEERS_PAGE);
  g_assert_nonnull (page);
  return TOMONI_VOLUNTEERS_PAGE (page);
}

static void
import_registry (TomoniGuiFixture     *f,
                 TomoniVolunteersPage *page)
{
  GtkWindow *window;
  TomoniCsvImportDialog *dialog;
  g_autoptr(GError) error = NULL;
  g_autofree char *cp932 = NULL;
  gsize cp932_len = 0;

  /* Ctrl+I opens the import. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.import", NULL));
  tomoni_gui_test_spin (50);
  window = tomoni_gui_test_find_window (TOMONI_TYPE_CSV_IMPORT_DIALOG, GTK_WINDOW (f->window));
  g_assert_nonnull (window);
  dialog = TOMONI_CSV_IMPORT_DIALOG (window);
  g_assert_false (tomoni_csv_import_dialog_can_import (dialog));

  /* A problem on one row: previewed, not importable, nothing written. */
  g_assert_true (tomoni_csv_import_dialog_load_data (dialog, "broken.csv", broken, strlen (broken)));
  g_assert_cmpuint (tomoni_csv_import_dialog_get_n_rows (dialog), ==, 2);
  g_assert_cmpuint (tomoni_csv_import_dialog_get_n_problems (dialog), >=, 1);
  g_assert_false (tomoni_csv_import_dialog_can_import (dialog));
  g_assert_false (tomoni_csv_import_dialog_import (dialog, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (tomoni_store_count_volunteers (f->store), ==, 0);

  /* Not a text file at all. */
  g_assert_false (tomoni_csv_import_dialog_load_data (dialog, "photo.jpg", "\xff\xd8\xff\xe0\x80\x80", 6));
  g_assert_false (tomoni_csv_import_dialog_can_import (dialog));

  /* The registry as Japanese Excel saves it. */
  cp932 = g_convert (registry, -1, "CP932", "UTF-8", NULL, &cp932_len, &error);
  g_assert_no_error (error);
  g_assert_true (tomoni_csv_import_dialog_load_data (dialog, "registry.csv", cp932, cp932_len));
  g_assert_cmpuint (tomoni_csv_import_dialog_get_n_rows (dialog), ==, 3);
  g_assert_cmpuint (tomoni_csv_import_dialog_get_n_problems (dialog), ==, 0);
  g_assert_true (tomoni_csv_import_dialog_can_import (dialog));
  g_assert_true (tomoni_csv_import_dialog_import (dialog, &error));
  g_assert_no_error (error);
  tomoni_gui_test_spin (100);
  g_assert_null (tomoni_gui_test_find_window (TOMONI_TYPE_CSV_IMPORT_DIALOG, GTK_WINDOW (f->window)));
  g_assert_cmpint (tomoni_store_count_volunteers (f->store), ==, 3);
}

static void
test_import_and_filter (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniVolunteersPage *page;
  GListModel *model;
  g_autoptr(TomoniVolunteer) first = NULL;
  const struct {
    const char *search;
    int status;
    const char *language;
    TomoniLanguageLevel level;
    const char *skill;
    guint expected;
  } cases[] = {
    { NULL, -1, NULL, 0, NULL, 3 },
    { NULL, TOMONI_VOLUNTEER_ACTIVE, NULL, 0, NULL, 2 },
    { NULL, TOMONI_VOLUNTEER_PAUSED, NULL, 0, NULL, 1 },
    { NULL, -1, "ja", TOMONI_LEVEL_NONE, NULL, 2 },
    { NULL, -1, "ja", TOMONI_LEVEL_FLUENT, NULL, 1 },
    { NULL, -1, "vi", TOMONI_LEVEL_NATIVE, NULL, 1 },
    { NULL, -1, "ko", TOMONI_LEVEL_NONE, NULL, 0 },
    { NULL, -1, NULL, 0, "interpretation", 2 },
    { NULL, -1, "ja", TOMONI_LEVEL_BUSINESS, "interpretation", 2 },
    { NULL, TOMONI_VOLUNTEER_ACTIVE, "ja", TOMONI_LEVEL_BUSINESS, "interpretation", 1 },
    { NULL, -1, NULL, 0, "event-support", 1 },
    { "まりあ", -1, NULL, 0, NULL, 1 },
    { "nobody", -1, NULL, 0, NULL, 0 },
  };

  tomoni_gui_fixture_set_up (&f, TRUE);
  page = show_volunteers (&f);
  model = tomoni_volunteers_page_get_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  import_registry (&f, page);
  /* The list follows the store without a reload by hand. */
  wait_for_count (model, 3);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      tomoni_volunteers_page_set_filter (page, cases[i].search, cases[i].status, cases[i].language,
                                         cases[i].level, cases[i].skill);
      if (g_list_model_get_n_items (model) != cases[i].expected)
        g_error ("case %u: %u volunteers listed, expected %u", i, g_list_model_get_n_items (model), cases[i].expected);
    }

  /* Selecting one shows the detail. */
  tomoni_volunteers_page_set_filter (page, NULL, -1, NULL, 0, NULL);
  first = g_list_model_get_item (model, 0);
  g_assert_true (tomoni_volunteers_page_select (page, tomoni_volunteer_get_person_id (first)));
  g_assert_cmpint (tomoni_volunteers_page_get_selected (page), ==, tomoni_volunteer_get_person_id (first));

  tomoni_gui_fixture_tear_down (&f);
}

static void
test_add_edit (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniVolunteersPage *page;
  TomoniVolunteerDialog *dialog;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(TomoniVolunteer) stored = NULL;
  g_autoptr(TomoniVolunteer) edited = NULL;
  g_autofree char *text = NULL;
  GtkWindow *window;
  gint64 id;

  tomoni_gui_fixture_set_up (&f, TRUE);
  page = show_volunteers (&f);

  /* Ctrl+N on the window goes to the page's "page.new". */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.new", NULL));
  tomoni_gui_test_spin (50);
  window = tomoni_gui_test_find_window (TOMONI_TYPE_VOLUNTEER_DIALOG, GTK_WINDOW (f.window));
  g_assert_nonnull (window);
  dialog = TOMONI_VOLUNTEER_DIALOG (window);

  /* No name: refused. */
  g_assert_false (tomoni_volunteer_dialog_save (dialog));
  g_assert_cmpint (tomoni_store_count_volunteers (f.store), ==, 0);

  tomoni_volunteer_dialog_set_text (dialog, "family-name", "チャン");
  tomoni_volunteer_dialog_set_text (dialog, "given-name", "ミン");
  tomoni_volunteer_dialog_set_text (dialog, "reading", "ちゃん みん");
  tomoni_volunteer_dialog_set_text (dialog, "registered-on", "2025年5月10日");
  tomoni_volunteer_dialog_set_text (dialog, "cap", "2");
  tomoni_volunteer_dialog_add_language (dialog, "vi", TOMONI_LEVEL_NATIVE, 0);
  tomoni_volunteer_dialog_set_skill (dialog, "interpretation", TRUE);
  tomoni_volunteer_dialog_set_training (dialog, "orientation", "2025-05-10");

  /* Impossible times and dates: refused, nothing written. */
  tomoni_volunteer_dialog_set_text (dialog, "tue", "18:00-25:00");
  g_assert_false (tomoni_volunteer_dialog_save (dialog));
  tomoni_volunteer_dialog_set_text (dialog, "tue", "18:00-21:00, 9:00-12:00");
  tomoni_volunteer_dialog_set_text (dialog, "unavailable", "2026-02-30");
  g_assert_false (tomoni_volunteer_dialog_save (dialog));
  g_assert_cmpint (tomoni_store_count_volunteers (f.store), ==, 0);

  tomoni_volunteer_dialog_set_text (dialog, "unavailable", "2026-02-14");
  tomoni_volunteer_dialog_set_text (dialog, "sat", "9時-17時");
  g_assert_true (tomoni_volunteer_dialog_save (dialog));
  tomoni_gui_test_spin (100);

  ids = tomoni_store_query_volunteer_ids (f.store, "ちゃん", -1, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  id = g_array_index (ids, gint64, 0);
  stored = tomoni_store_get_volunteer (f.store, id, NULL);
  g_assert_cmpstr (tomoni_volunteer_get_registered_on (stored), ==, "2025-05-10");
  g_assert_cmpstr (tomoni_volunteer_get_expires_on (stored), ==, "2026-03-31");
  g_assert_cmpuint (tomoni_volunteer_get_monthly_cap (stored), ==, 2);
  text = tomoni_volunteer_format_languages (stored);
  g_assert_cmpstr (text, ==, "vi:native");
  g_clear_pointer (&text, g_free);
  text = tomoni_volunteer_format_availability (stored);
  g_assert_cmpstr (text, ==, "tue 09:00-12:00;tue 18:00-21:00;sat 09:00-17:00");
  g_clear_pointer (&text, g_free);
  text = tomoni_volunteer_format_trainings (stored);
  g_assert_cmpstr (text, ==, "orientation:2025-05-10");
  g_clear_pointer (&text, g_free);
  text = tomoni_volunteer_format_unavailable_dates (stored);
  g_assert_cmpstr (text, ==, "2026-02-14");
  g_clear_pointer (&text, g_free);
  g_assert_true (g_strv_contains (tomoni_volunteer_get_skills (stored), "interpretation"));

  /* The page selected the new volunteer. */
  g_assert_cmpint (tomoni_volunteers_page_get_selected (page), ==, id);
  wait_for_count (tomoni_volunteers_page_get_model (page), 1);

  /* Edit: the dialog shows what is stored; change the cap and status. */
  window = tomoni_volunteers_page_edit_volunteer (page, stored);
  dialog = TOMONI_VOLUNTEER_DIALOG (window);
  tomoni_volunteer_dialog_set_text (dialog, "cap", "5");
  tomoni_volunteer_dialog_set_status (dialog, TOMONI_VOLUNTEER_PAUSED);
  tomoni_volunteer_dialog_set_skill (dialog, "interpretation", FALSE);
  tomoni_volunteer_dialog_set_skill (dialog, "childcare", TRUE);
  g_assert_true (tomoni_volunteer_dialog_save (dialog));
  tomoni_gui_test_spin (100);
  edited = tomoni_store_get_volunteer (f.store, id, NULL);
  g_assert_cmpuint (tomoni_volunteer_get_monthly_cap (edited), ==, 5);
  g_assert_cmpint (tomoni_volunteer_get_status (edited), ==, TOMONI_VOLUNTEER_PAUSED);
  text = tomoni_volunteer_format_languages (edited);
  g_assert_cmpstr (text, ==, "vi:native");
  g_clear_pointer (&text, g_free);
  text = tomoni_volunteer_format_skills (edited);
  g_assert_cmpstr (text, ==, "childcare");
  g_clear_pointer (&text, g_free);
  text = tomoni_volunteer_format_availability (edited);
  g_assert_cmpstr (text, ==, "tue 09:00-12:00;tue 18:00-21:00;sat 09:00-17:00");

  /* Status from the page's menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.set-status", "s", "active"));
  tomoni_gui_test_spin (50);
  g_clear_object (&edited);
  edited = tomoni_store_get_volunteer (f.store, id, NULL);
  g_assert_cmpint (tomoni_volunteer_get_status (edited), ==, TOMONI_VOLUNTEER_ACTIVE);

  tomoni_gui_fixture_tear_down (&f);
}

static void
test_existing_person (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniVolunteersPage *page;
  TomoniVolunteerDialog *dialog;
  g_autoptr(TomoniPerson) learner = tomoni_person_new ();
  g_autoptr(TomoniVolunteer) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 people_before;

  tomoni_gui_fixture_set_up (&f, TRUE);
  tomoni_person_set_field (learner, TOMONI_PERSON_FAMILY_NAME, "レ");
  tomoni_person_set_field (learner, TOMONI_PERSON_GIVEN_NAME, "ホア");
  tomoni_person_set_field (learner, TOMONI_PERSON_LATIN_NAME, "LE HOA");
  g_assert_true (tomoni_store_add_person (f.store, learner, &error));
  people_before = tomoni_store_count_people (f.store);
  page = show_volunteers (&f);

  /* A learner becomes a volunteer: no second person is created. */
  dialog = TOMONI_VOLUNTEER_DIALOG (tomoni_volunteers_page_edit_volunteer (page, NULL));
  tomoni_volunteer_dialog_set_existing_person (dialog, tomoni_person_get_id (learner));
  tomoni_volunteer_dialog_add_language (dialog, "vi", TOMONI_LEVEL_NATIVE, 0);
  g_assert_true (tomoni_volunteer_dialog_save (dialog));
  tomoni_gui_test_spin (50);
  g_assert_cmpint (tomoni_store_count_people (f.store), ==, people_before);
  stored = tomoni_store_get_volunteer (f.store, tomoni_person_get_id (learner), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tomoni_volunteer_get_language_level (stored, "vi"), ==, TOMONI_LEVEL_NATIVE);
  wait_for_count (tomoni_volunteers_page_get_model (page), 1);

  /* Twice is refused, nothing written. */
  dialog = TOMONI_VOLUNTEER_DIALOG (tomoni_volunteers_page_edit_volunteer (page, NULL));
  tomoni_volunteer_dialog_set_existing_person (dialog, tomoni_person_get_id (learner));
  g_assert_false (tomoni_volunteer_dialog_save (dialog));
  g_assert_cmpint (tomoni_store_count_volunteers (f.store), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));

  tomoni_gui_fixture_tear_down (&f);
}

int
main (int    argc,
      char **argv)
{
  tomoni_gui_test_init (&argc, &argv);

  g_test_add_func ("/volunteers-page/import-and-filter", test_import_and_filter);
  g_test_add_func ("/volunteers-page/add-edit", test_add_edit);
  g_test_add_func ("/volunteers-page/existing-person", test_existing_person);

  return g_test_run ();
}
