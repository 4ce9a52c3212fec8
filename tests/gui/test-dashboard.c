/* test-dashboard.c: the Dashboard on a real window follows attendance
 * recorded through the store, without a restart
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>

#include "tomoni-dashboard-page.h"
#include "tomoni-date.h"
#include "tomoni-gui-test.h"
#include "tomoni-preferences-window.h"
#include "tomoni-targets-preferences.h"
#include "tomoni-store-targets.h"
#include "tomoni-target-chart.h"

#if __has_include ("tomoni-store-classes.h")
#include "tomoni-store-classes.h"
#define HAVE_CLASSES_STORE 1
#endif

static TomoniDashboardPage *
show_dashboard (TomoniGuiFixture *f)
{
  GtkWidget *page;

  tomoni_window_show_page (f->window, "dashboard");
  tomoni_gui_test_spin (50);
  page = tomoni_gui_test_find (GTK_WIDGET (f->window), TOMONI_TYPE_DASHBOARD_PAGE);
  g_assert_nonnull (page);
  return TOMONI_DASHBOARD_PAGE (page);
}

typedef struct {
  TomoniDashboardPage *page;
  guint                after;
} Wait;

static gboolean
counted_after (gpointer data)
{
  Wait *wait = data;

  return tomoni_dashboard_page_get_generation (wait->page) > wait->after;
}

static void
wait_for_count (TomoniDashboardPage *page,
                guint                after)
{
  Wait wait = { page, after };

  g_assert_true (tomoni_gui_test_wait (counted_after, &wait, 10000));
}

static void
sql (const char *path,
     const char *text)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, text, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", text, message);
  sqlite3_close (db);
}

/* Records that person 1 was present at session 1, the way the Classes page
 * does it when the classes store is there. */
static void
record_attendance (TomoniGuiFixture *f)
{
#ifdef HAVE_CLASSES_STORE
  g_autoptr(GError) error = NULL;

  g_assert_true (tomoni_store_set_attendance (f->store, 1, 1, TOMONI_ATTENDANCE_PRESENT,
                                              TOMONI_ATTENDANCE_KIND_WALK_IN, &error));
  g_assert_no_error (error);
#else
  sql (f->path, "INSERT INTO attendance (uuid, session_id, person_id, status, kind, created_at, updated_at)"
                " VALUES ('a1', 1, 1, 'present', 'walk-in', 'x', 'x')");
  tomoni_store_notify_changed (f->store, "attendance");
#endif
}

/* The last number in @text (“1,578”, “319”), commas dropped; -1 if none. */
static gint64
last_number (const char *text)
{
  gint64 value = -1;

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) && (p == text || !g_ascii_isdigit (p[-1])) && (p == text || p[-1] != ','))
      {
        value = 0;
        for (; g_ascii_isdigit (*p) || (*p == ',' && g_ascii_isdigit (p[1])); p++)
          if (*p != ',')
            value = value * 10 + (*p - '0');
        p--;
      }
  return value;
}

/* What the card shows agrees with itself: the badge says behind exactly
 * when the projection shown is below the target, exactly when the recent
 * pace shown is below the pace needed shown; and the pace needed is spread
 * over the days left, not over whole fiscal years. */
static void
assert_card_agrees (TomoniDashboardPage *page,
                    TomoniTargetFigures *figures)
{
  const char *key = tomoni_target_get_key (figures->target);
  g_autofree char *status_key = g_strconcat (key, "#status", NULL);
  g_autofree char *pace_key = g_strconcat (key, "#pace", NULL);
  g_autofree char *detail_key = g_strconcat (key, "#pace-detail", NULL);
  g_autofree char *projected_key = g_strconcat (key, "#projected", NULL);
  const char *status = tomoni_dashboard_page_get_summary_text (page, status_key);
  gint64 needed = last_number (tomoni_dashboard_page_get_summary_text (page, pace_key));
  gint64 recent = last_number (tomoni_dashboard_page_get_summary_text (page, detail_key));
  gint64 projected = last_number (tomoni_dashboard_page_get_summary_text (page, projected_key));
  gint64 goal = tomoni_target_get_target_value (figures->target);
  gboolean behind = g_strcmp0 (status, tomoni_target_status_get_label (TOMONI_TARGET_STATUS_BEHIND)) == 0;

  g_assert_nonnull (status);
  g_assert_cmpint (projected, ==, figures->projection.projected);
  g_assert_cmpint (behind, ==, projected < goal);
  g_assert_cmpint (figures->projection.days_left, >, 0);
  g_assert_cmpint (needed, ==, figures->projection.pace_needed);
  g_assert_cmpint (recent, ==, figures->projection.recent_pace_per_year);
  g_assert_cmpint (behind, ==, recent < needed);
  /* Over the days left: at least what whole fiscal years would ask. */
  g_assert_cmpint (needed * figures->projection.days_left, >=,
                   (gint64)(figures->projection.remainder * 365.2425) - figures->projection.days_left);
}

static void
test_follows_attendance (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniDashboardPage *page;
  g_autofree char *before = NULL;
  g_autofree char *today = NULL;
  g_autofree char *data = NULL;
  GPtrArray *figures;
  GtkWidget *chart;
  guint generation;

  {
    GDate date;

    tomoni_date_today (&date);
    today = tomoni_date_format_iso (&date);
  }
  tomoni_gui_fixture_set_up (&f, TRUE);
  page = show_dashboard (&f);
  wait_for_count (page, 0);

  /* The seeded targets, nothing recorded yet: the baselines. */
  figures = tomoni_dashboard_page_get_figures (page);
  g_assert_nonnull (figures);
  g_assert_cmpuint (figures->len, ==, 2);
  before = g_strdup (tomoni_dashboard_page_get_summary_text (page, "japanese-support-participants"));
  g_assert_nonnull (before);
  g_assert_nonnull (strstr (before, "2512") != NULL ? before : strstr (before, "2,512"));
  chart = tomoni_gui_test_find (GTK_WIDGET (page), TOMONI_TYPE_TARGET_CHART);
  g_assert_nonnull (chart);
  g_assert_nonnull (tomoni_target_chart_get_figures (TOMONI_TARGET_CHART (chart)));

  /* A class with a session today and a learner. */
  data = g_strdup_printf ("PRAGMA foreign_keys = ON;"
                          "INSERT INTO venue (uuid, name, created_at, updated_at) VALUES ('v', '国際交流会館', 'x', 'x');"
                          "INSERT INTO class (uuid, title_ja, title_en, venue_id, created_at, updated_at)"
                          " VALUES ('c', '水曜日本語教室', 'Wednesday class', 1, 'x', 'x');"
                          "INSERT INTO term (uuid, class_id, start_date, end_date, created_at, updated_at)"
                          " VALUES ('t', 1, '2020-04-01', '2040-03-31', 'x', 'x');"
                          "INSERT INTO session (uuid, class_id, term_id, date, start_minute, end_minute, created_at,"
                          " updated_at) VALUES ('s', 1, 1, '%s', 600, 720, 'x', 'x');"
                          "INSERT INTO person (uuid, given_name, nationality, pseudonym, created_at, updated_at)"
                          " VALUES ('p', 'Mai', 'VN', 'x1', 'x', 'x');", today);
  sql (f.path, data);

  generation = tomoni_dashboard_page_get_generation (page);
  record_attendance (&f);
  wait_for_count (page, generation);

  /* The number on the card moved by one, and the breakdowns name the class. */
  g_assert_cmpstr (tomoni_dashboard_page_get_summary_text (page, "japanese-support-participants"), !=, before);
  figures = tomoni_dashboard_page_get_figures (page);
  {
    TomoniTargetFigures *japanese = figures->pdata[0];
    TomoniTargetFigures *volunteers = figures->pdata[1];
    TomoniBreakdownRow *row;

    g_assert_cmpint (japanese->counted, ==, 1);
    g_assert_cmpint (japanese->projection.cumulative, ==, 2513);
    g_assert_cmpint (volunteers->counted, ==, 0);
    g_assert_cmpuint (japanese->by_programme->len, ==, 1);
    row = japanese->by_programme->pdata[0];
    g_assert_cmpstr (row->label_en, ==, "Wednesday class");
    row = japanese->by_nationality->pdata[0];
    g_assert_cmpstr (row->key, ==, "VN");
  }
  g_assert_nonnull (strstr (tomoni_dashboard_page_get_summary_text (page, "japanese-support-participants"), "513"));
  for (guint i = 0; i < figures->len; i++)
    assert_card_agrees (page, figures->pdata[i]);

  /* Changing the target in Preferences (the store) shows at once too. */
  {
    g_autoptr(TomoniTarget) target = tomoni_store_get_target (f.store, "japanese-support-participants", NULL);
    g_autoptr(GError) error = NULL;

    tomoni_target_set_target_value (target, 5500);
    generation = tomoni_dashboard_page_get_generation (page);
    g_assert_true (tomoni_store_update_target (f.store, target, &error));
    g_assert_no_error (error);
    wait_for_count (page, generation);
    g_assert_nonnull (strstr (tomoni_dashboard_page_get_summary_text (page, "japanese-support-participants"), "500"));
  }

  if (g_getenv ("TOMONI_SCREENSHOT_DIR") != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (f.window), 1100, 900);
      tomoni_gui_test_spin (500);
    }
  tomoni_gui_fixture_tear_down (&f);
}

static void
test_empty (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniDashboardPage *page;
  GtkWidget *stack;
  g_autoptr(GPtrArray) targets = NULL;

  guint generation;

  tomoni_gui_fixture_set_up (&f, TRUE);
  page = show_dashboard (&f);
  wait_for_count (page, 0);
  generation = tomoni_dashboard_page_get_generation (page);

  /* Without targets the page says so. */
  targets = tomoni_store_list_targets (f.store, NULL);
  for (guint i = 0; i < targets->len; i++)
    g_assert_true (tomoni_store_delete_target (f.store, tomoni_target_get_id (targets->pdata[i]), NULL));
  wait_for_count (page, generation);
  g_assert_cmpuint (tomoni_dashboard_page_get_figures (page)->len, ==, 0);
  stack = tomoni_gui_test_find (GTK_WIDGET (page), GTK_TYPE_STACK);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  tomoni_gui_fixture_tear_down (&f);
}

static GtkWidget *
find_suggested_button (GtkWidget *widget)
{
  /* (AdwEntryRow has a hidden, unlabelled apply button of the same style.) */
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action") &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_suggested_button (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Preferences → Targets: change the first target's rule and save; the store
 * records it in the history, and the dashboard says which rule is in force. */
static void
test_preferences (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniPreferencesWindow *prefs;
  TomoniDashboardPage *page;
  GtkWidget *targets_page, *combo, *save;
  g_autoptr(TomoniTarget) target = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  guint generation;

  tomoni_gui_fixture_set_up (&f, TRUE);
  page = show_dashboard (&f);
  wait_for_count (page, 0);
  generation = tomoni_dashboard_page_get_generation (page);

  prefs = tomoni_preferences_window_new (GTK_WINDOW (f.window), f.store);
  gtk_window_present (GTK_WINDOW (prefs));
  tomoni_gui_test_spin (100);
  targets_page = tomoni_gui_test_find (GTK_WIDGET (prefs), TOMONI_TYPE_TARGETS_PREFERENCES);
  if (targets_page == NULL)
    g_error ("Preferences has no Targets page");
  combo = tomoni_gui_test_find (targets_page, ADW_TYPE_COMBO_ROW);
  g_assert_nonnull (combo);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), TOMONI_COUNTING_EVERY_ATTENDANCE);
  save = find_suggested_button (targets_page);
  g_assert_nonnull (save);
  g_test_message ("pressing %s", gtk_button_get_label (GTK_BUTTON (save)));
  g_signal_emit_by_name (save, "clicked");
  tomoni_gui_test_spin (100);

  target = tomoni_store_get_target (f.store, "japanese-support-participants", NULL);
  g_assert_cmpint (tomoni_target_get_counting_rule (target), ==, TOMONI_COUNTING_EVERY_ATTENDANCE);
  changes = tomoni_store_list_target_changes (f.store, tomoni_target_get_id (target), NULL);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((TomoniTargetChange *)changes->pdata[0])->field, ==, "counting-rule");

  wait_for_count (page, generation);
  g_assert_cmpint (tomoni_target_get_counting_rule (((TomoniTargetFigures *)
                                                     tomoni_dashboard_page_get_figures (page)->pdata[0])->target),
                   ==, TOMONI_COUNTING_EVERY_ATTENDANCE);

  if (g_getenv ("TOMONI_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *png = g_build_filename (g_getenv ("TOMONI_SCREENSHOT_DIR"), "preferences-targets.png", NULL);

      adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs), ADW_PREFERENCES_PAGE (targets_page));
      gtk_window_set_default_size (GTK_WINDOW (prefs), 700, 1400);
      tomoni_gui_test_spin (800);
      tomoni_gui_test_save_png (GTK_WIDGET (prefs), png);
    }
  gtk_window_destroy (GTK_WINDOW (prefs));
  tomoni_gui_fixture_tear_down (&f);
}

/* With TOMONI_SCREENSHOT_DIR and TOMONI_DASHBOARD_DB (a database with data
 * in it, left untouched: a copy is used), saves dashboard.png there. */
static void
test_screenshot (void)
{
  const char *dir = g_getenv ("TOMONI_SCREENSHOT_DIR");
  const char *db = g_getenv ("TOMONI_DASHBOARD_DB");
  g_autoptr(TomoniTestDir) tmp = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *png = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) source = NULL;
  g_autoptr(TomoniStore) store = NULL;
  TomoniWindow *window;
  TomoniDashboardPage *page;
  GtkWidget *found;

  if (dir == NULL || db == NULL)
    {
      g_test_skip ("set TOMONI_SCREENSHOT_DIR and TOMONI_DASHBOARD_DB");
      return;
    }
  tmp = tomoni_test_dir_new ();
  copy = tomoni_test_dir_file (tmp, "shot.db");
  source = tomoni_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (tomoni_store_backup (source, copy, &error));
  store = tomoni_store_open (copy, &error);
  g_assert_no_error (error);
  tomoni_store_set_meta (store, "welcome-done", "1", NULL);
  window = tomoni_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 1500);
  gtk_window_present (GTK_WINDOW (window));
  tomoni_window_show_page (window, "dashboard");
  found = tomoni_gui_test_find (GTK_WIDGET (window), TOMONI_TYPE_DASHBOARD_PAGE);
  g_assert_nonnull (found);
  page = TOMONI_DASHBOARD_PAGE (found);
  wait_for_count (page, 0);
  tomoni_gui_test_spin (1500);
  g_test_message ("generation %u, showing %s", tomoni_dashboard_page_get_generation (page),
                  gtk_stack_get_visible_child_name (GTK_STACK (tomoni_gui_test_find (found, GTK_TYPE_STACK))));
  png = g_build_filename (dir, "dashboard.png", NULL);
  tomoni_gui_test_save_png (GTK_WIDGET (window), png);
  g_test_message ("saved %s", png);
  gtk_window_destroy (GTK_WINDOW (window));
  tomoni_gui_test_spin (50);
}

int
main (int    argc,
      char **argv)
{
  tomoni_gui_test_init (&argc, &argv);

  g_test_add_func ("/dashboard/follows-attendance", test_follows_attendance);
  g_test_add_func ("/dashboard/empty", test_empty);
  g_test_add_func ("/dashboard/preferences", test_preferences);
  g_test_add_func ("/dashboard/screenshot", test_screenshot);
  return g_test_run ();
}
