/* test-classes-page.c: the Classes page on a real window: plan a term
 * through the dialog (skipped dates with reasons), a room conflict shown in
 * place and booked anyway, enrolment past capacity, attendance taken with
 * the keyboard's own bindings, withdrawal promoting the first waiting
 * learner, the grid and the week view
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-attendance-grid.h"
#include "tomoni-class-dialog.h"
#include "tomoni-classes-page.h"
#include "tomoni-enrol-dialog.h"
#include "tomoni-gui-test.h"
#include "tomoni-session-view.h"
#include "tomoni-store-classes.h"
#include "tomoni-store-people.h"
#include "tomoni-week-view.h"

typedef struct {
  TomoniGuiFixture  gui;
  gint64            venue_id;
  gint64            room_id;
  gint64            people[4];
} Fixture;

static const struct {
  const char *family;
  const char *given;
  const char *reading;
} learners[] = {
  { "山田", "花子", "やまだ はなこ" },
  { "グエン", "ティ マイ", "ぐえん てぃ まい" },
  { "Silva", "Ana", "しるば あな" },
  { "李", "明", "り めい" },
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TomoniVenue) venue = tomoni_venue_new ();
  g_autoptr(TomoniRoom) room = tomoni_room_new ();
  g_autoptr(GError) error = NULL;

  tomoni_gui_fixture_set_up (&f->gui, TRUE);

  tomoni_venue_set_name (venue, "熊本市国際交流会館");
  tomoni_venue_set_name_en (venue, "Kumamoto City International Center");
  g_assert_true (tomoni_store_add_venue (f->gui.store, venue, &error));
  g_assert_no_error (error);
  f->venue_id = tomoni_venue_get_id (venue);
  tomoni_room_set_venue_id (room, f->venue_id);
  tomoni_room_set_name (room, "第1研修室");
  g_assert_true (tomoni_store_add_room (f->gui.store, room, &error));
  g_assert_no_error (error);
  f->room_id = tomoni_room_get_id (room);

  for (guint i = 0; i < G_N_ELEMENTS (learners); i++)
    {
      g_autoptr(TomoniPerson) person = tomoni_person_new ();
      tomoni_person_set_field (person, TOMONI_PERSON_FAMILY_NAME, learners[i].family);
      tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, learners[i].given);
      tomoni_person_set_field (person, TOMONI_PERSON_READING, learners[i].reading);
      g_assert_true (tomoni_store_add_person (f->gui.store, person, &error));
      g_assert_no_error (error);
      f->people[i] = tomoni_person_get_id (person);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *other;

  /* Dialogs left open by a test. */
  while ((other = tomoni_gui_test_find_window (GTK_TYPE_WINDOW, GTK_WINDOW (f->gui.window))) != NULL)
    gtk_window_destroy (other);
  tomoni_gui_fixture_tear_down (&f->gui);
}

static TomoniClassesPage *
show_classes (Fixture *f)
{
  GtkWidget *page;

  tomoni_window_show_page (f->gui.window, "classes");
  tomoni_gui_test_spin (50);
  g_assert_cmpstr (tomoni_window_get_page (f->gui.window), ==, "classes");
  page = tomoni_gui_test_find (GTK_WIDGET (f->gui.window), TOMONI_TYPE_CLASSES_PAGE);
  g_assert_nonnull (page);
  return TOMONI_CLASSES_PAGE (page);
}

/* A class with a Wednesday term (April–July 2026) and @n_enrol learners. */
static gint64
seed_class (Fixture    *f,
            const char *title,
            int         capacity,
            guint       n_enrol,
            gint64     *out_term_id)
{
  g_autoptr(TomoniClass) klass = tomoni_class_new ();
  g_autoptr(TomoniTerm) term = tomoni_term_new ();
  g_autoptr(GError) error = NULL;
  TomoniWeeklySlot slot = { 3, 18 * 60 + 30, 20 * 60 };

  tomoni_class_set_title_ja (klass, title);
  tomoni_class_set_title_en (klass, "Japanese A1");
  tomoni_class_set_level (klass, "A1");
  tomoni_class_set_target_group (klass, "adults");
  tomoni_class_set_format (klass, "in-person");
  tomoni_class_set_venue_id (klass, f->venue_id);
  tomoni_class_set_room_id (klass, f->room_id);
  tomoni_class_set_capacity (klass, capacity);
  g_assert_true (tomoni_store_add_class (f->gui.store, klass, &error));
  g_assert_no_error (error);

  tomoni_term_set_class_id (term, tomoni_class_get_id (klass));
  tomoni_term_set_name (term, "2026年度前期");
  tomoni_term_set_start_date (term, "2026-04-01");
  tomoni_term_set_end_date (term, "2026-07-31");
  g_assert_true (tomoni_store_add_term (f->gui.store, term, &slot, 1, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n_enrol; i++)
    {
      g_assert_true (tomoni_store_enrol (f->gui.store, tomoni_term_get_id (term), f->people[i], NULL, &error));
      g_assert_no_error (error);
    }
  *out_term_id = tomoni_term_get_id (term);
  return tomoni_class_get_id (klass);
}

static gint64
first_held_session (Fixture *f,
                    gint64   term_id)
{
  g_autoptr(GPtrArray) sessions = tomoni_store_list_sessions (f->gui.store, term_id, NULL);

  for (guint i = 0; i < sessions->len; i++)
    if (g_str_equal (tomoni_session_get_status (g_ptr_array_index (sessions, i)), "scheduled"))
      return tomoni_session_get_id (g_ptr_array_index (sessions, i));
  g_assert_not_reached ();
}

/* Activates what @widget's own key binding for @accel does ("p", "Delete",
 * "<Control>p"): the binding as installed, found by its trigger. */
static gboolean
press_key (GtkWidget  *widget,
           const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);

  g_assert_nonnull (wanted);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  TomoniClassesPage *page = show_classes (f);

  g_assert_null (tomoni_classes_page_get_class (page));
  g_assert_null (tomoni_classes_page_get_term (page));
  /* Empty states, not an empty list. */
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (tomoni_classes_page_get_grid_view (page))));
}

static void
test_plan_term (Fixture       *f,
                gconstpointer  data)
{
  TomoniClassesPage *page = show_classes (f);
  TomoniClassDialog *dialog;
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  GListModel *sessions;
  gboolean seen_showa = FALSE, seen_substitute = FALSE;
  guint held = 0;

  /* Ctrl+N on the window goes to the page's "page.new". */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->gui.window), "win.new", NULL));
  tomoni_gui_test_spin (50);
  dialog = TOMONI_CLASS_DIALOG (tomoni_gui_test_find_window (TOMONI_TYPE_CLASS_DIALOG, GTK_WINDOW (f->gui.window)));
  g_assert_nonnull (dialog);

  /* Bad input first: no title; then a term ending before it starts. */
  g_assert_false (tomoni_class_dialog_save (dialog));
  g_assert_nonnull (strstr (tomoni_class_dialog_get_error (dialog), "title"));
  tomoni_class_dialog_set_text (dialog, "title-ja", "にほんご水曜クラス");
  tomoni_class_dialog_set_text (dialog, "title-en", "Wednesday Japanese");
  tomoni_class_dialog_set_text (dialog, "capacity", "12");
  tomoni_class_dialog_set_room (dialog, f->venue_id, f->room_id);
  tomoni_class_dialog_set_text (dialog, "term-name", "2026年度前期");
  tomoni_class_dialog_set_text (dialog, "start-date", "2026-07-31");
  tomoni_class_dialog_set_text (dialog, "end-date", "2026-04-01");
  tomoni_class_dialog_set_slot (dialog, 3, TRUE, "18:30", "20:00");
  g_assert_false (tomoni_class_dialog_save (dialog));
  g_assert_nonnull (strstr (tomoni_class_dialog_get_error (dialog), "End date"));
  classes = tomoni_store_list_classes (f->gui.store, NULL);
  g_assert_cmpuint (classes->len, ==, 0);
  g_clear_pointer (&classes, g_ptr_array_unref);

  tomoni_class_dialog_set_text (dialog, "start-date", "2026-04-01");
  tomoni_class_dialog_set_text (dialog, "end-date", "2026-07-31");
  g_assert_true (tomoni_class_dialog_save (dialog));
  tomoni_gui_test_spin (50);

  classes = tomoni_store_list_classes (f->gui.store, NULL);
  g_assert_cmpuint (classes->len, ==, 1);
  g_assert_cmpint (tomoni_class_get_capacity (g_ptr_array_index (classes, 0)), ==, 12);
  terms = tomoni_store_list_terms (f->gui.store, tomoni_class_get_id (g_ptr_array_index (classes, 0)), NULL);
  g_assert_cmpuint (terms->len, ==, 1);

  /* The page shows the new class, its term, sessions and skipped dates. */
  g_assert_nonnull (tomoni_classes_page_get_class (page));
  g_assert_cmpint (tomoni_class_get_id (tomoni_classes_page_get_class (page)), ==,
                   tomoni_class_get_id (g_ptr_array_index (classes, 0)));
  g_assert_nonnull (tomoni_classes_page_get_term (page));
  sessions = tomoni_classes_page_get_sessions (page);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(TomoniSession) session = g_list_model_get_item (sessions, i);
      const char *date = tomoni_session_get_date (session);

      if (g_str_equal (date, "2026-04-29"))
        {
          seen_showa = TRUE;
          g_assert_cmpstr (tomoni_session_get_status (session), ==, "skipped");
          g_assert_cmpstr (tomoni_session_get_reason (session), ==, "昭和の日");
        }
      if (g_str_equal (date, "2026-05-06"))
        {
          seen_substitute = TRUE;
          g_assert_cmpstr (tomoni_session_get_status (session), ==, "skipped");
          g_assert_cmpstr (tomoni_session_get_reason (session), ==, "振替休日");
        }
      held += g_str_equal (tomoni_session_get_status (session), "scheduled");
    }
  g_assert_true (seen_showa);
  g_assert_true (seen_substitute);
  /* 18 Wednesdays from 1 April to 29 July, two of them holidays. */
  g_assert_cmpuint (held, ==, 16);
}

static void
test_new_term_from_previous (Fixture       *f,
                             gconstpointer  data)
{
  TomoniClassesPage *page = show_classes (f);
  TomoniClassDialog *dialog;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GArray) schedule = NULL;
  gint64 term_id;
  gint64 class_id = seed_class (f, "水曜日本語A1", 10, 0, &term_id);

  tomoni_classes_page_select_class (page, class_id, term_id);
  /* Ctrl+T: a new term, copying the previous one by default. */
  g_assert_true (press_key (GTK_WIDGET (page), "<Control>t"));
  tomoni_gui_test_spin (50);
  dialog = TOMONI_CLASS_DIALOG (tomoni_gui_test_find_window (TOMONI_TYPE_CLASS_DIALOG, GTK_WINDOW (f->gui.window)));
  g_assert_nonnull (dialog);
  tomoni_class_dialog_set_text (dialog, "term-name", "2026年度後期");
  tomoni_class_dialog_set_text (dialog, "start-date", "2026-10-01");
  g_assert_true (tomoni_class_dialog_save (dialog));
  tomoni_gui_test_spin (50);

  terms = tomoni_store_list_terms (f->gui.store, class_id, NULL);
  g_assert_cmpuint (terms->len, ==, 2);
  g_assert_cmpstr (tomoni_term_get_name (g_ptr_array_index (terms, 1)), ==, "2026年度後期");
  g_assert_cmpstr (tomoni_term_get_start_date (g_ptr_array_index (terms, 1)), ==, "2026-10-01");
  schedule = tomoni_store_get_term_schedule (f->gui.store, tomoni_term_get_id (g_ptr_array_index (terms, 1)), NULL);
  g_assert_cmpuint (schedule->len, ==, 1);
  g_assert_cmpint (g_array_index (schedule, TomoniWeeklySlot, 0).weekday, ==, 3);
  g_assert_cmpint (g_array_index (schedule, TomoniWeeklySlot, 0).start_minute, ==, 18 * 60 + 30);
  /* The page shows the new term. */
  g_assert_cmpint (tomoni_term_get_id (tomoni_classes_page_get_term (page)), ==,
                   tomoni_term_get_id (g_ptr_array_index (terms, 1)));
}

static void
test_room_conflict (Fixture       *f,
                    gconstpointer  data)
{
  TomoniClassesPage *page = show_classes (f);
  TomoniClassDialog *dialog;
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  guint n_overridden;
  gint64 term_id;

  seed_class (f, "水曜日本語A1", 10, 0, &term_id);
  tomoni_classes_page_new_class (page);
  tomoni_gui_test_spin (50);
  dialog = TOMONI_CLASS_DIALOG (tomoni_gui_test_find_window (TOMONI_TYPE_CLASS_DIALOG, GTK_WINDOW (f->gui.window)));
  g_assert_nonnull (dialog);
  tomoni_class_dialog_set_text (dialog, "title-ja", "親子にほんご");
  tomoni_class_dialog_set_room (dialog, f->venue_id, f->room_id);
  tomoni_class_dialog_set_text (dialog, "start-date", "2026-05-01");
  tomoni_class_dialog_set_text (dialog, "end-date", "2026-05-31");
  tomoni_class_dialog_set_slot (dialog, 3, TRUE, "19:00", "20:30");

  /* Refused in place, naming the other booking; nothing written. */
  g_assert_false (tomoni_class_dialog_save (dialog));
  g_assert_nonnull (strstr (tomoni_class_dialog_get_error (dialog), "水曜日本語A1"));
  g_assert_true (tomoni_class_dialog_get_offers_override (dialog));
  classes = tomoni_store_list_classes (f->gui.store, NULL);
  g_assert_cmpuint (classes->len, ==, 1);
  g_clear_pointer (&classes, g_ptr_array_unref);

  /* Book Anyway wants a reason, then records it. */
  g_assert_false (tomoni_class_dialog_book_anyway (dialog, "  "));
  g_assert_true (tomoni_class_dialog_book_anyway (dialog, "部屋を仕切って使う"));
  classes = tomoni_store_list_classes (f->gui.store, NULL);
  g_assert_cmpuint (classes->len, ==, 2);
  for (guint i = 0; i < classes->len; i++)
    if (g_str_equal (tomoni_class_get_title_ja (g_ptr_array_index (classes, i)), "親子にほんご"))
      terms = tomoni_store_list_terms (f->gui.store, tomoni_class_get_id (g_ptr_array_index (classes, i)), NULL);
  g_assert_nonnull (terms);
  sessions = tomoni_store_list_sessions (f->gui.store, tomoni_term_get_id (g_ptr_array_index (terms, 0)), NULL);
  n_overridden = 0;
  for (guint i = 0; i < sessions->len; i++)
    {
      TomoniSession *session = g_ptr_array_index (sessions, i);
      if (g_str_equal (tomoni_session_get_status (session), "scheduled"))
        {
          /* Every Wednesday of May clashes with the other class. */
          g_assert_cmpstr (tomoni_session_get_room_override (session), ==, "部屋を仕切って使う");
          n_overridden++;
        }
    }
  g_assert_cmpuint (n_overridden, ==, 3);   /* 13, 20, 27 May; the 6th is a holiday */
}

static void
test_enrol_past_capacity (Fixture       *f,
                          gconstpointer  data)
{
  TomoniClassesPage *page = show_classes (f);
  TomoniEnrolDialog *dialog;
  g_autoptr(GPtrArray) enrolments = NULL;
  gint64 term_id;
  gint64 class_id = seed_class (f, "水曜日本語A1", 2, 2, &term_id);

  tomoni_classes_page_select_class (page, class_id, term_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "class.enrol", NULL));
  tomoni_gui_test_spin (50);
  dialog = TOMONI_ENROL_DIALOG (tomoni_gui_test_find_window (TOMONI_TYPE_ENROL_DIALOG, GTK_WINDOW (f->gui.window)));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (tomoni_enrol_dialog_get_notice (dialog), "waiting list at position 1"));

  /* Nobody picked: refused in place. */
  g_assert_false (tomoni_enrol_dialog_save (dialog));
  g_assert_nonnull (tomoni_enrol_dialog_get_error (dialog));

  /* A new person inline, who joins the waiting list. */
  tomoni_enrol_dialog_set_new_person (dialog, "Kim", "Minji", "きむ みんじ");
  g_assert_true (tomoni_enrol_dialog_save (dialog));
  enrolments = tomoni_store_list_enrolments (f->gui.store, term_id, NULL);
  g_assert_cmpuint (enrolments->len, ==, 3);
  g_assert_cmpstr (tomoni_enrolment_get_status (g_ptr_array_index (enrolments, 2)), ==, "waiting");
  g_assert_cmpint (tomoni_enrolment_get_position (g_ptr_array_index (enrolments, 2)), ==, 1);
  g_assert_cmpstr (tomoni_enrolment_get_person_reading (g_ptr_array_index (enrolments, 2)), ==, "キム ミンジ");

  /* Someone searched for in the people list. */
  dialog = tomoni_enrol_dialog_new (GTK_WINDOW (f->gui.window), f->gui.store, term_id);
  tomoni_enrol_dialog_set_search (dialog, "しるば");
  g_assert_cmpuint (g_list_model_get_n_items (tomoni_enrol_dialog_get_people (dialog)), ==, 1);
  tomoni_enrol_dialog_select (dialog, 0);
  g_assert_true (tomoni_enrol_dialog_save (dialog));
  g_clear_pointer (&enrolments, g_ptr_array_unref);
  enrolments = tomoni_store_list_enrolments (f->gui.store, term_id, NULL);
  g_assert_cmpuint (enrolments->len, ==, 4);
  g_assert_cmpint (tomoni_enrolment_get_position (g_ptr_array_index (enrolments, 3)), ==, 2);

  /* Withdrawing an enrolled learner promotes the first waiting one. */
  g_assert_true (tomoni_classes_page_withdraw (page, f->people[0]));
  g_clear_pointer (&enrolments, g_ptr_array_unref);
  enrolments = tomoni_store_list_enrolments (f->gui.store, term_id, NULL);
  for (guint i = 0; i < enrolments->len; i++)
    {
      TomoniEnrolment *e = g_ptr_array_index (enrolments, i);
      if (g_str_equal (tomoni_enrolment_get_person_reading (e), "キム ミンジ"))
        g_assert_cmpstr (tomoni_enrolment_get_status (e), ==, "enrolled");
      if (tomoni_enrolment_get_person_id (e) == f->people[2])
        {
          g_assert_cmpstr (tomoni_enrolment_get_status (e), ==, "waiting");
          g_assert_cmpint (tomoni_enrolment_get_position (e), ==, 1);
        }
    }
}

static void
test_attendance_keyboard (Fixture       *f,
                          gconstpointer  data)
{
  TomoniClassesPage *page = show_classes (f);
  TomoniSessionView *view;
  TomoniEnrolDialog *visitor;
  TomoniAttendanceGridView *grid;
  gint64 term_id;
  gint64 class_id = seed_class (f, "水曜日本語A1", 3, 4, &term_id);
  gint64 session_id = first_held_session (f, term_id);
  gint64 order[3];
  g_autofree char *cell = NULL;
  g_autofree char *total = NULL;

  tomoni_classes_page_select_class (page, class_id, term_id);
  tomoni_classes_page_open_session (page, session_id);
  tomoni_gui_test_spin (50);
  view = TOMONI_SESSION_VIEW (tomoni_gui_test_find_window (TOMONI_TYPE_SESSION_VIEW, GTK_WINDOW (f->gui.window)));
  g_assert_nonnull (view);
  g_assert_cmpint (tomoni_session_view_get_session_id (view), ==, session_id);

  /* The three enrolled, not the one waiting. */
  g_assert_cmpuint (tomoni_session_view_get_n_learners (view), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      order[i] = tomoni_session_view_get_learner (view, i);
      g_assert_true (order[i] != f->people[3]);
    }
  tomoni_session_view_focus_learner (view, 0);
  tomoni_gui_test_spin (20);
  g_assert_cmpint (tomoni_session_view_get_focused (view), ==, 0);

  /* P marks present and moves on; 2 marks late; A absent. */
  g_assert_true (press_key (GTK_WIDGET (view), "p"));
  g_assert_cmpint (tomoni_session_view_get_focused (view), ==, 1);
  g_assert_true (press_key (GTK_WIDGET (view), "2"));
  g_assert_cmpint (tomoni_session_view_get_focused (view), ==, 2);
  g_assert_true (press_key (GTK_WIDGET (view), "a"));
  g_assert_cmpint (tomoni_store_get_attendance (f->gui.store, session_id, order[0], NULL), ==, TOMONI_ATTENDANCE_PRESENT);
  g_assert_cmpint (tomoni_store_get_attendance (f->gui.store, session_id, order[1], NULL), ==, TOMONI_ATTENDANCE_LATE);
  g_assert_cmpint (tomoni_store_get_attendance (f->gui.store, session_id, order[2], NULL), ==, TOMONI_ATTENDANCE_ABSENT);

  /* Back up and correct: E for excused, then Delete clears. */
  tomoni_session_view_focus_learner (view, 2);
  g_assert_true (press_key (GTK_WIDGET (view), "e"));
  g_assert_cmpint (tomoni_store_get_attendance (f->gui.store, session_id, order[2], NULL), ==, TOMONI_ATTENDANCE_EXCUSED);
  tomoni_session_view_focus_learner (view, 1);
  g_assert_true (press_key (GTK_WIDGET (view), "Delete"));
  g_assert_cmpint (tomoni_store_get_attendance (f->gui.store, session_id, order[1], NULL), ==, TOMONI_ATTENDANCE_NONE);
  g_assert_cmpint (tomoni_session_view_get_focused (view), ==, 2);
  tomoni_session_view_focus_learner (view, 1);
  g_assert_true (press_key (GTK_WIDGET (view), "1"));
  g_assert_cmpint (tomoni_store_get_attendance (f->gui.store, session_id, order[1], NULL), ==, TOMONI_ATTENDANCE_PRESENT);

  /* A walk-in (Ctrl+N): the waiting learner may not; a new visitor may. */
  g_assert_true (press_key (GTK_WIDGET (view), "<Control>n"));
  tomoni_gui_test_spin (50);
  visitor = TOMONI_ENROL_DIALOG (tomoni_gui_test_find_window (TOMONI_TYPE_ENROL_DIALOG, GTK_WINDOW (f->gui.window)));
  g_assert_nonnull (visitor);
  tomoni_enrol_dialog_set_new_person (visitor, "Tran", "Van An", "ちゃん ばん あん");
  g_assert_true (tomoni_enrol_dialog_save (visitor));
  tomoni_gui_test_spin (50);
  g_assert_cmpuint (tomoni_session_view_get_n_learners (view), ==, 4);

  gtk_window_destroy (GTK_WINDOW (view));
  tomoni_gui_test_spin (50);

  /* The grid: symbols and letters, with totals. */
  grid = tomoni_classes_page_get_grid_view (page);
  g_assert_cmpuint (tomoni_attendance_grid_view_get_n_columns (grid), ==, 16);
  /* the three enrolled and the walk-in; the waiting learner has no row */
  g_assert_cmpuint (tomoni_attendance_grid_view_get_n_rows (grid), ==, 4);
  total = tomoni_attendance_grid_view_dup_cell_text (grid, tomoni_attendance_grid_view_get_n_rows (grid), 0);
  g_assert_cmpstr (total, ==, "3/4");
  for (guint r = 0; r < tomoni_attendance_grid_view_get_n_rows (grid); r++)
    {
      g_autofree char *text = tomoni_attendance_grid_view_dup_cell_text (grid, r, 0);
      if (strstr (text, "E") != NULL)
        cell = g_steal_pointer (&text);
    }
  g_assert_cmpstr (cell, ==, "◇ E");
}

static void
test_week_view (Fixture       *f,
                gconstpointer  data)
{
  TomoniClassesPage *page = show_classes (f);
  TomoniWeekView *week = tomoni_classes_page_get_week_view (page);
  gint64 term_id;

  seed_class (f, "水曜日本語A1", 10, 0, &term_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.week", NULL));
  tomoni_week_view_show_week (week, "2026-04-10");
  g_assert_cmpstr (tomoni_week_view_get_monday (week), ==, "2026-04-06");
  g_assert_cmpuint (tomoni_week_view_get_n_sessions (week), ==, 1);
  /* Page Down: the next week; the week of 29 April has no session held,
   * and the skipped date is not shown. */
  g_assert_true (press_key (GTK_WIDGET (week), "Page_Down"));
  g_assert_cmpstr (tomoni_week_view_get_monday (week), ==, "2026-04-13");
  tomoni_week_view_show_week (week, "2026-04-29");
  g_assert_cmpuint (tomoni_week_view_get_n_sessions (week), ==, 0);
  g_assert_true (press_key (GTK_WIDGET (week), "Page_Up"));
  g_assert_cmpstr (tomoni_week_view_get_monday (week), ==, "2026-04-20");
  g_assert_cmpuint (tomoni_week_view_get_n_sessions (week), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  tomoni_gui_test_init (&argc, &argv);

  g_test_add ("/classes-page/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/classes-page/plan-term", Fixture, NULL, fixture_set_up, test_plan_term, fixture_tear_down);
  g_test_add ("/classes-page/new-term-from-previous", Fixture, NULL, fixture_set_up, test_new_term_from_previous, fixture_tear_down);
  g_test_add ("/classes-page/room-conflict", Fixture, NULL, fixture_set_up, test_room_conflict, fixture_tear_down);
  g_test_add ("/classes-page/enrol-past-capacity", Fixture, NULL, fixture_set_up, test_enrol_past_capacity, fixture_tear_down);
  g_test_add ("/classes-page/attendance-keyboard", Fixture, NULL, fixture_set_up, test_attendance_keyboard, fixture_tear_down);
  g_test_add ("/classes-page/week-view", Fixture, NULL, fixture_set_up, test_week_view, fixture_tear_down);

  return g_test_run ();
}
