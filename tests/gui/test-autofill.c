/* test-autofill.c: the Activities page on a real window: create an activity
 * with weekly shifts through its dialogs, assign one person by hand (and
 * one with an override), auto-fill the rest off the main thread, apply,
 * check the store, undo, and check that exactly the auto-fill went away;
 * then check someone in from the roster
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-activities-page.h"
#include "tomoni-activity-dialog.h"
#include "tomoni-autofill-dialog.h"
#include "tomoni-candidates-dialog.h"
#include "tomoni-gui-test.h"
#include "tomoni-roster-format.h"
#include "tomoni-roster-print.h"
#include "tomoni-shift-dialog.h"
#include "tomoni-store-activities.h"
#include "tomoni-store-volunteers.h"

/* A Saturday at least a week ahead, so every rule about dates holds. */
static char *
next_saturday (void)
{
  g_autofree char *today = tomoni_roster_today ();
  GDate date;
  char buffer[16];

  g_date_clear (&date, 1);
  g_assert_true (tomoni_date_parse (today, &date, NULL));
  g_date_add_days (&date, 7);
  while (g_date_get_weekday (&date) != G_DATE_SATURDAY)
    g_date_add_days (&date, 1);
  g_snprintf (buffer, sizeof buffer, "%04d-%02d-%02d",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
  return g_strdup (buffer);
}

static gint64
add_volunteer (TomoniStore *store,
               const char  *family,
               const char  *languages,
               const char  *availability)
{
  g_autoptr(TomoniPerson) person = tomoni_person_new ();
  g_autoptr(TomoniVolunteer) v = tomoni_volunteer_new ();
  g_autoptr(GError) error = NULL;

  tomoni_person_set_field (person, TOMONI_PERSON_FAMILY_NAME, family);
  tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, "Test");
  g_assert_true (tomoni_volunteer_parse_languages (v, languages, &error));
  g_assert_true (tomoni_volunteer_parse_availability (v, availability, &error));
  g_assert_true (tomoni_volunteer_parse_trainings (v, "orientation:2025-05-10", &error));
  tomoni_volunteer_set_registered_on (v, "2025-04-01");
  tomoni_volunteer_set_expires_on (v, "2099-03-31");
  tomoni_volunteer_set_monthly_cap (v, 8);
  g_assert_true (tomoni_store_add_volunteer (store, person, v, &error));
  g_assert_no_error (error);
  return tomoni_person_get_id (person);
}

static TomoniActivitiesPage *
show_activities (TomoniGuiFixture *f)
{
  GtkWidget *page;

  tomoni_window_show_page (f->window, "activities");
  tomoni_gui_test_spin (50);
  page = tomoni_gui_test_find (GTK_WIDGET (f->window), TOMONI_TYPE_ACTIVITIES_PAGE);
  g_assert_nonnull (page);
  return TOMONI_ACTIVITIES_PAGE (page);
}

static gboolean
not_busy (gpointer data)
{
  return !tomoni_autofill_dialog_is_busy (data);
}

typedef struct {
  GListModel *model;
  guint       n_assigned;
} AssignedWait;

static gboolean
has_assigned (gpointer data)
{
  AssignedWait *w = data;
  g_autoptr(TomoniActivity) row = g_list_model_get_item (w->model, 0);

  return row != NULL && tomoni_activity_get_n_assigned (row) == w->n_assigned;
}

/* The page reloads after the store's change signal, from an idle. */
static TomoniActivity *
wait_for_assigned (TomoniActivitiesPage *page,
                   guint                 n_assigned)
{
  AssignedWait w = { tomoni_activities_page_get_model (page), n_assigned };

  tomoni_gui_test_wait (has_assigned, &w, 10000);
  return g_list_model_get_item (w.model, 0);
}

static guint
count_roster (TomoniStore *store,
              gint64       activity_id,
              const char  *source)
{
  g_autoptr(GPtrArray) roster = tomoni_store_list_roster (store, activity_id, FALSE, NULL);
  guint n = 0;

  g_assert_nonnull (roster);
  for (guint i = 0; i < roster->len; i++)
    if (source == NULL || g_strcmp0 (tomoni_assignment_get_source (g_ptr_array_index (roster, i)), source) == 0)
      n++;
  return n;
}

/* The first toggle button labelled @label in @widget. */
static GtkToggleButton *
find_toggle (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return GTK_TOGGLE_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkToggleButton *found = find_toggle (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_autofill_apply_undo (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniActivitiesPage *page;
  GtkWindow *window;
  TomoniAutofillDialog *autofill;
  TomoniMatchPlan *plan;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shifts = NULL;
  g_autoptr(GPtrArray) roster = NULL;
  g_autoptr(TomoniActivity) row = NULL;
  g_autofree char *saturday = next_saturday ();
  g_autofree char *until = tomoni_roster_add_days (saturday, 14);
  g_autofree char *pdf = NULL;
  gint64 activity_id, first_slot, english_id;
  GListModel *slots;
  guint n_pages = 0;

  tomoni_gui_fixture_set_up (&f, TRUE);
  add_volunteer (f.store, "Nguyen", "vi:native;ja:business", "sat 08:00-18:00");
  add_volunteer (f.store, "Tran", "vi:fluent", "sat 09:00-13:00");
  add_volunteer (f.store, "Pham", "vi:native", "sat 00:00-24:00");
  /* Speaks only English: left out, and assigned later with an override. */
  english_id = add_volunteer (f.store, "Smith", "en:native", "sat 00:00-24:00");

  page = show_activities (&f);
  g_assert_cmpuint (g_list_model_get_n_items (tomoni_activities_page_get_model (page)), ==, 0);

  /* Ctrl+N: the activity dialog; saving it opens the shift dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.new", NULL));
  tomoni_gui_test_spin (50);
  window = tomoni_gui_test_find_window (TOMONI_TYPE_ACTIVITY_DIALOG, GTK_WINDOW (f.window));
  g_assert_nonnull (window);
  g_assert_false (tomoni_activity_dialog_save (TOMONI_ACTIVITY_DIALOG (window)));   /* no title */
  tomoni_activity_dialog_set_text (TOMONI_ACTIVITY_DIALOG (window), "title", "ベトナム語通訳 保護者会");
  tomoni_activity_dialog_set_text (TOMONI_ACTIVITY_DIALOG (window), "requester", "熊本市立白川小学校");
  tomoni_activity_dialog_set_kind (TOMONI_ACTIVITY_DIALOG (window), TOMONI_ACTIVITY_INTERPRETATION);
  g_assert_true (tomoni_activity_dialog_save (TOMONI_ACTIVITY_DIALOG (window)));
  tomoni_gui_test_spin (50);
  activity_id = tomoni_activities_page_get_activity_id (page);
  g_assert_cmpint (activity_id, >, 0);

  window = tomoni_gui_test_find_window (TOMONI_TYPE_SHIFT_DIALOG, GTK_WINDOW (f.window));
  g_assert_nonnull (window);
  tomoni_shift_dialog_set_text (TOMONI_SHIFT_DIALOG (window), "date", saturday);
  tomoni_shift_dialog_set_text (TOMONI_SHIFT_DIALOG (window), "start", "13:00");
  tomoni_shift_dialog_set_text (TOMONI_SHIFT_DIALOG (window), "end", "12:00");
  tomoni_shift_dialog_set_text (TOMONI_SHIFT_DIALOG (window), "role", "通訳");
  tomoni_shift_dialog_set_text (TOMONI_SHIFT_DIALOG (window), "needed", "2");
  tomoni_shift_dialog_set_text (TOMONI_SHIFT_DIALOG (window), "languages", "vi:fluent");
  tomoni_shift_dialog_set_text (TOMONI_SHIFT_DIALOG (window), "until", until);
  /* Ends before it starts: refused, nothing written. */
  g_assert_false (tomoni_shift_dialog_save (TOMONI_SHIFT_DIALOG (window)));
  shifts = tomoni_store_list_shifts (f.store, activity_id, NULL);
  g_assert_cmpuint (shifts->len, ==, 0);
  g_clear_pointer (&shifts, g_ptr_array_unref);
  tomoni_shift_dialog_set_text (TOMONI_SHIFT_DIALOG (window), "start", "10:00");
  g_assert_true (tomoni_shift_dialog_save (TOMONI_SHIFT_DIALOG (window)));
  tomoni_gui_test_spin (100);

  /* Three Saturdays, two places each. */
  shifts = tomoni_store_list_shifts (f.store, activity_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shifts->len, ==, 3);
  slots = G_LIST_MODEL (tomoni_shift_get_slots (g_ptr_array_index (shifts, 0)));
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 1);
  {
    g_autoptr(TomoniSlot) slot = g_list_model_get_item (slots, 0);
    first_slot = tomoni_slot_get_id (slot);
  }

  /* By hand, through the candidates dialog: one eligible person, and the
   * English speaker only with a reason. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.candidates", "x", first_slot));
  tomoni_gui_test_spin (50);
  window = tomoni_gui_test_find_window (TOMONI_TYPE_CANDIDATES_DIALOG, GTK_WINDOW (f.window));
  g_assert_nonnull (window);
  {
    GPtrArray *candidates = tomoni_candidates_dialog_get_candidates (TOMONI_CANDIDATES_DIALOG (window));
    TomoniCandidate *best = g_ptr_array_index (candidates, 0);
    TomoniCandidate *last = g_ptr_array_index (candidates, candidates->len - 1);

    g_assert_cmpuint (candidates->len, ==, 4);
    g_assert_cmpuint (best->rules, ==, 0);
    g_assert_cmpint (last->person_id, ==, english_id);
    g_assert_cmpuint (last->rules & TOMONI_RULE_LANGUAGE, !=, 0);
    g_assert_nonnull (last->reason);

    g_assert_false (tomoni_candidates_dialog_assign (TOMONI_CANDIDATES_DIALOG (window), english_id, NULL, &error));
    g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_true (tomoni_candidates_dialog_assign (TOMONI_CANDIDATES_DIALOG (window), best->person_id, NULL, &error));
    g_assert_no_error (error);
  }
  gtk_window_destroy (window);
  tomoni_gui_test_spin (50);
  g_assert_cmpuint (count_roster (f.store, activity_id, "manual"), ==, 1);

  /* Auto-fill: planned on a worker thread, previewed, applied. */
  autofill = tomoni_activities_page_autofill (page);
  g_assert_nonnull (autofill);
  g_assert_true (tomoni_gui_test_wait (not_busy, autofill, 30000));
  plan = tomoni_autofill_dialog_get_plan (autofill);
  g_assert_nonnull (plan);
  g_assert_cmpuint (plan->n_places, ==, 6);
  g_assert_cmpuint (plan->n_assigned, ==, 1);
  g_assert_cmpuint (plan->n_filled, ==, 5);
  g_assert_cmpuint (plan->proposals->len, ==, 5);
  for (guint i = 0; i < plan->proposals->len; i++)
    g_assert_cmpint (((TomoniProposal *)g_ptr_array_index (plan->proposals, i))->person_id, !=, english_id);
  g_assert_cmpuint (count_roster (f.store, activity_id, NULL), ==, 1);   /* a preview writes nothing */

  g_assert_true (tomoni_autofill_dialog_apply (autofill, &error));
  g_assert_no_error (error);
  tomoni_gui_test_spin (100);
  g_assert_null (tomoni_gui_test_find_window (TOMONI_TYPE_AUTOFILL_DIALOG, GTK_WINDOW (f.window)));
  g_assert_cmpuint (count_roster (f.store, activity_id, NULL), ==, 6);
  g_assert_cmpuint (count_roster (f.store, activity_id, "auto"), ==, 5);
  g_assert_nonnull (tomoni_activities_page_get_undo_token (page));

  /* The list follows the store. */
  row = wait_for_assigned (page, 6);
  g_assert_cmpuint (tomoni_activity_get_n_assigned (row), ==, 6);
  g_assert_cmpuint (tomoni_activity_get_n_needed (row), ==, 6);
  g_clear_object (&row);

  /* A second auto-fill has nothing to add. */
  autofill = tomoni_activities_page_autofill (page);
  g_assert_true (tomoni_gui_test_wait (not_busy, autofill, 30000));
  g_assert_cmpuint (tomoni_autofill_dialog_get_plan (autofill)->n_filled, ==, 0);
  g_assert_false (tomoni_autofill_dialog_apply (autofill, &error));
  g_clear_error (&error);
  gtk_window_destroy (GTK_WINDOW (autofill));
  tomoni_gui_test_spin (50);

  /* Undo (what the toast's button does): exactly the auto-fill goes. */
  g_assert_true (tomoni_activities_page_undo_autofill (page, &error));
  g_assert_no_error (error);
  tomoni_gui_test_spin (100);
  g_assert_cmpuint (count_roster (f.store, activity_id, NULL), ==, 1);
  g_assert_cmpuint (count_roster (f.store, activity_id, "manual"), ==, 1);
  g_assert_null (tomoni_activities_page_get_undo_token (page));
  g_assert_false (tomoni_activities_page_undo_autofill (page, &error));
  g_clear_error (&error);
  row = wait_for_assigned (page, 1);
  g_assert_cmpuint (tomoni_activity_get_n_assigned (row), ==, 1);

  /* Check-in on the day from the roster: the Present toggle. */
  {
    GtkToggleButton *present = find_toggle (GTK_WIDGET (page), "Present");

    g_assert_nonnull (present);
    gtk_toggle_button_set_active (present, TRUE);
    tomoni_gui_test_spin (100);
    roster = tomoni_store_list_roster (f.store, activity_id, FALSE, NULL);
    g_assert_cmpuint (roster->len, ==, 1);
    g_assert_cmpint (tomoni_assignment_get_checkin (g_ptr_array_index (roster, 0)), ==, TOMONI_CHECKIN_PRESENT);
    g_assert_cmpint (tomoni_assignment_get_minutes (g_ptr_array_index (roster, 0)), ==, 120);
  }

  /* Enter on the activity in the list moves the keyboard into its roster. */
  {
    /* The list in the paned's start, not the one in the range drop-down. */
    GtkWidget *paned = tomoni_gui_test_find (GTK_WIDGET (page), GTK_TYPE_PANED);
    GtkWidget *list = tomoni_gui_test_find (gtk_paned_get_start_child (GTK_PANED (paned)), GTK_TYPE_LIST_VIEW);
    GtkWidget *focus;

    g_assert_nonnull (list);
    g_signal_emit_by_name (list, "activate", 0);
    tomoni_gui_test_spin (50);
    focus = gtk_root_get_focus (GTK_ROOT (f.window));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (page)));
    g_assert_false (focus == list || gtk_widget_is_ancestor (focus, list));
  }

  /* The roster prints (to PDF here). */
  pdf = tomoni_test_dir_file (f.dir, "roster.pdf");
  g_assert_true (tomoni_roster_print_to_pdf (f.store, activity_id, pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  tomoni_gui_fixture_tear_down (&f);
}

static void
test_autofill_range (void)
{
  TomoniGuiFixture f = { 0 };
  TomoniActivitiesPage *page;
  TomoniAutofillDialog *autofill;
  g_autoptr(TomoniActivity) activity = tomoni_activity_new ();
  g_autoptr(TomoniShift) shift = tomoni_shift_new ();
  g_autoptr(TomoniSlot) slot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saturday = next_saturday ();
  g_autofree char *before = tomoni_roster_add_days (saturday, -1);
  GtkWidget *entry;

  tomoni_gui_fixture_set_up (&f, TRUE);
  add_volunteer (f.store, "Nguyen", "vi:native", "sat 08:00-18:00");
  tomoni_activity_set_title (activity, "国際交流フェスタ");
  g_assert_true (tomoni_store_add_activity (f.store, activity, &error));
  slot = tomoni_slot_parse ("受付:1", &error);
  g_assert_no_error (error);
  tomoni_shift_set_activity_id (shift, tomoni_activity_get_id (activity));
  tomoni_shift_set_date (shift, saturday);
  tomoni_shift_set_times (shift, 9 * 60, 12 * 60);
  tomoni_shift_add_slot (shift, slot);
  g_assert_true (tomoni_store_add_shift (f.store, shift, &error));
  g_assert_no_error (error);

  page = show_activities (&f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.autofill-range", NULL));
  tomoni_gui_test_spin (50);
  autofill = TOMONI_AUTOFILL_DIALOG (tomoni_gui_test_find_window (TOMONI_TYPE_AUTOFILL_DIALOG, GTK_WINDOW (f.window)));
  g_assert_nonnull (autofill);
  g_assert_false (tomoni_autofill_dialog_is_busy (autofill));

  /* A range that ends before it starts is refused before any work. */
  entry = tomoni_gui_test_find (GTK_WIDGET (autofill), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (entry), saturday);
  entry = gtk_widget_get_next_sibling (entry);
  g_assert_true (ADW_IS_ENTRY_ROW (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), before);
  tomoni_autofill_dialog_start (autofill);
  g_assert_false (tomoni_autofill_dialog_is_busy (autofill));
  g_assert_null (tomoni_autofill_dialog_get_plan (autofill));

  gtk_editable_set_text (GTK_EDITABLE (entry), saturday);

  /* Stopped at once: whether the worker saw the cancellation or had
   * already finished, the dialog is usable again and nothing is written. */
  tomoni_autofill_dialog_start (autofill);
  g_assert_true (tomoni_autofill_dialog_is_busy (autofill));
  tomoni_autofill_dialog_cancel (autofill);
  g_assert_true (tomoni_gui_test_wait (not_busy, autofill, 30000));
  g_assert_cmpuint (count_roster (f.store, tomoni_activity_get_id (activity), NULL), ==, 0);

  tomoni_autofill_dialog_start (autofill);
  g_assert_true (tomoni_gui_test_wait (not_busy, autofill, 30000));
  g_assert_nonnull (tomoni_autofill_dialog_get_plan (autofill));
  g_assert_cmpuint (tomoni_autofill_dialog_get_plan (autofill)->n_filled, ==, 1);
  g_assert_true (tomoni_autofill_dialog_apply (autofill, &error));
  g_assert_no_error (error);
  tomoni_gui_test_spin (50);
  g_assert_cmpuint (count_roster (f.store, tomoni_activity_get_id (activity), "auto"), ==, 1);
  g_assert_true (tomoni_activities_page_undo_autofill (page, &error));
  g_assert_cmpuint (count_roster (f.store, tomoni_activity_get_id (activity), NULL), ==, 0);

  tomoni_gui_fixture_tear_down (&f);
}

int
main (int    argc,
      char **argv)
{
  tomoni_gui_test_init (&argc, &argv);

  g_test_add_func ("/autofill/apply-undo", test_autofill_apply_undo);
  g_test_add_func ("/autofill/range", test_autofill_range);

  return g_test_run ();
}
