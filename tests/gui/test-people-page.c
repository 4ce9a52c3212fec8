/* test-people-page.c: the People page on a real window: add through the
 * dialog, find the row in the store and the list, refuse bad input, delete
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-gui-test.h"
#include "tomoni-people-page.h"
#include "tomoni-person-dialog.h"
#include "tomoni-store-people.h"

static TomoniPeoplePage *
show_people (TomoniGuiFixture *f)
{
  GtkWidget *page;

  tomoni_window_show_page (f->window, "people");
  tomoni_gui_test_spin (50);
  g_assert_cmpstr (tomoni_window_get_page (f->window), ==, "people");
  page = tomoni_gui_test_find (GTK_WIDGET (f->window), TOMONI_TYPE_PEOPLE_PAGE);
  g_assert_nonnull (page);
  return TOMONI_PEOPLE_PAGE (page);
}

static TomoniPersonDialog *
open_add_dialog (TomoniGuiFixture *f)
{
  GtkWindow *dialog;

  /* Ctrl+N on the window goes to the visible page's "page.new". */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL));
  tomoni_gui_test_spin (50);
  dialog = tomoni_gui_test_find_window (TOMONI_TYPE_PERSON_DIALOG, GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  return TOMONI_PERSON_DIALOG (dialog);
}

static void
test_welcome (void)
{
  TomoniGuiFixture f = { 0 };

  tomoni_gui_fixture_set_up (&f, FALSE);
  g_assert_true (tomoni_window_is_welcoming (f.window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.start-empty", NULL));
  tomoni_gui_test_spin (50);
  g_assert_false (tomoni_window_is_welcoming (f.window));
  g_assert_cmpstr (tomoni_store_get_meta (f.store, "welcome-done"), ==, "1");
  tomoni_gui_fixture_tear_down (&f);
}

static void
test_add_person (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniPeoplePage *page;
  TomoniPersonDialog *dialog;
  GListModel *model;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(TomoniPerson) stored = NULL;
  g_autoptr(TomoniPerson) row = NULL;

  tomoni_gui_fixture_set_up (&f, TRUE);
  page = show_people (&f);
  model = tomoni_people_page_get_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  dialog = open_add_dialog (&f);
  tomoni_person_dialog_set_field (dialog, TOMONI_PERSON_FAMILY_NAME, "グエン");
  tomoni_person_dialog_set_field (dialog, TOMONI_PERSON_GIVEN_NAME, "ティ マイ");
  tomoni_person_dialog_set_field (dialog, TOMONI_PERSON_READING, "ぐえん てぃ まい");
  tomoni_person_dialog_set_field (dialog, TOMONI_PERSON_LATIN_NAME, "NGUYEN THI MAI");
  tomoni_person_dialog_set_field (dialog, TOMONI_PERSON_NATIONALITY, "vn");
  tomoni_person_dialog_set_field (dialog, TOMONI_PERSON_WARD, "higashi");
  g_assert_true (tomoni_person_dialog_save (dialog));
  tomoni_gui_test_spin (50);

  /* In the store … */
  ids = tomoni_store_query_person_ids (f.store, "ぐえん", TOMONI_PEOPLE_SORT_READING, FALSE, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  stored = tomoni_store_get_person (f.store, g_array_index (ids, gint64, 0), NULL);
  g_assert_cmpstr (tomoni_person_get_reading (stored), ==, "グエン ティ マイ");
  g_assert_cmpstr (tomoni_person_get_nationality (stored), ==, "VN");
  g_assert_cmpstr (tomoni_person_get_field (stored, TOMONI_PERSON_WARD), ==, "higashi");

  /* … and in the list, without a reload by hand. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  row = g_list_model_get_item (model, 0);
  g_assert_cmpint (tomoni_person_get_id (row), ==, tomoni_person_get_id (stored));

  tomoni_gui_fixture_tear_down (&f);
}

static void
test_bad_input (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniPersonDialog *dialog;

  tomoni_gui_fixture_set_up (&f, TRUE);
  show_people (&f);
  dialog = open_add_dialog (&f);

  /* No name at all, then a reading in Latin letters: refused in place. */
  g_assert_false (tomoni_person_dialog_save (dialog));
  tomoni_person_dialog_set_field (dialog, TOMONI_PERSON_GIVEN_NAME, "Maria");
  tomoni_person_dialog_set_field (dialog, TOMONI_PERSON_READING, "Maria");
  g_assert_false (tomoni_person_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpint (tomoni_store_count_people (f.store), ==, 0);

  tomoni_person_dialog_set_field (dialog, TOMONI_PERSON_READING, "まりあ");
  g_assert_true (tomoni_person_dialog_save (dialog));
  g_assert_cmpint (tomoni_store_count_people (f.store), ==, 1);

  tomoni_gui_fixture_tear_down (&f);
}

static void
test_delete_and_undo (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniPeoplePage *page;
  GListModel *model;
  g_autoptr(TomoniPerson) person = tomoni_person_new ();

  tomoni_gui_fixture_set_up (&f, TRUE);
  tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, "Ana");
  g_assert_true (tomoni_store_add_person (f.store, person, NULL));
  page = show_people (&f);
  model = tomoni_people_page_get_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  g_assert_true (tomoni_people_page_delete_person (page, person));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpint (tomoni_store_count_people (f.store), ==, 0);

  /* What the toast's Undo button does. */
  g_assert_true (tomoni_store_undelete_person (f.store, tomoni_person_get_id (person), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  tomoni_gui_fixture_tear_down (&f);
}

int
main (int    argc,
      char **argv)
{
  tomoni_gui_test_init (&argc, &argv);

  g_test_add_func ("/people-page/welcome", test_welcome);
  g_test_add_func ("/people-page/add-person", test_add_person);
  g_test_add_func ("/people-page/bad-input", test_bad_input);
  g_test_add_func ("/people-page/delete-and-undo", test_delete_and_undo);

  return g_test_run ();
}
