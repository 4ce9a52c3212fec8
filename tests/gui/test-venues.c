/* test-venues.c: Preferences → Venues adds venues with rooms and closure
 * days, refuses bad input with the field named, and writes all or nothing
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-gui-test.h"
#include "tomoni-preferences-window.h"
#include "tomoni-store-classes.h"
#include "tomoni-venues-page.h"

static void
test_venues (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniPreferencesWindow *prefs;
  TomoniVenuesPage *page;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) venues = NULL;
  g_autoptr(GPtrArray) rooms = NULL;
  g_autoptr(GPtrArray) closures = NULL;
  gint64 venue_id;

  tomoni_gui_fixture_set_up (&f, TRUE);
  prefs = tomoni_preferences_window_new (GTK_WINDOW (f.window), f.store);
  gtk_window_present (GTK_WINDOW (prefs));
  tomoni_gui_test_spin (100);
  page = TOMONI_VENUES_PAGE (tomoni_gui_test_find (GTK_WIDGET (prefs), TOMONI_TYPE_VENUES_PAGE));
  g_assert_nonnull (page);
  g_assert_cmpuint (tomoni_venues_page_get_n_venues (page), ==, 0);

  g_assert_true (tomoni_venues_page_add_venue (page, "西部公民館", "Seibu Community Center",
                                               "講座室1、 講座室2, 和室", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tomoni_venues_page_get_n_venues (page), ==, 1);
  venues = tomoni_store_list_venues (f.store, NULL);
  g_assert_cmpuint (venues->len, ==, 1);
  venue_id = tomoni_venue_get_id (g_ptr_array_index (venues, 0));
  rooms = tomoni_store_list_rooms (f.store, venue_id, NULL);
  g_assert_cmpuint (rooms->len, ==, 3);

  /* A venue whose rooms repeat is refused whole: no venue is left behind. */
  g_assert_false (tomoni_venues_page_add_venue (page, "東部公民館", NULL, "ホール, ホール", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_pointer (&venues, g_ptr_array_unref);
  venues = tomoni_store_list_venues (f.store, NULL);
  g_assert_cmpuint (venues->len, ==, 1);

  /* Closures: a bad date names the field and writes nothing. */
  g_assert_false (tomoni_venues_page_add_closure (page, "設備点検", "2026-02-30", NULL, venue_id, &error));
  g_assert_nonnull (strstr (error->message, "First day"));
  g_clear_error (&error);
  g_assert_false (tomoni_venues_page_add_closure (page, "設備点検", "2026-08-18", "2026-08-17", venue_id, &error));
  g_clear_error (&error);
  closures = tomoni_store_list_closures (f.store, 0, NULL);
  g_assert_cmpuint (closures->len, ==, 0);

  g_assert_true (tomoni_venues_page_add_closure (page, "設備点検", "２０２６年８月１７日", "2026-08-18", venue_id, &error));
  g_assert_true (tomoni_venues_page_add_closure (page, "創立記念日", "2026-10-01", "", 0, &error));
  g_assert_no_error (error);
  g_clear_pointer (&closures, g_ptr_array_unref);
  closures = tomoni_store_list_closures (f.store, 0, NULL);
  g_assert_cmpuint (closures->len, ==, 2);
  g_assert_cmpstr (tomoni_closure_get_start_date (g_ptr_array_index (closures, 0)), ==, "2026-08-17");
  g_assert_cmpstr (tomoni_closure_get_end_date (g_ptr_array_index (closures, 1)), ==, "2026-10-01");

  gtk_window_destroy (GTK_WINDOW (prefs));
  tomoni_gui_fixture_tear_down (&f);
}

int
main (int    argc,
      char **argv)
{
  tomoni_gui_test_init (&argc, &argv);
  g_test_add_func ("/venues/add", test_venues);
  return g_test_run ();
}
