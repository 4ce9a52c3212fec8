/* bench-attendance-grid.c: how long opening the attendance grid of a
 * 40-learner, 30-session class takes: the store's grid query, filling the
 * grid widget, and the Classes page showing it on a real window
 *
 * bench-attendance-grid [DB]: with DB (or $TOMONI_BENCH_LARGE_DB: the large
 * sample database), a copy is made and a 40 × 30 class added to the copy;
 * without, a temporary database holds only that class. Prints medians of
 * five runs, next to a bare libadwaita window's first frame measured in the
 * same run (as ../shared/bench/baseline-window.c does), and the ratio.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-classes-page.h"
#include "tomoni-gui-test.h"
#include "tomoni-store-classes.h"
#include "tomoni-store-people.h"

#define N_LEARNERS 40
#define N_SESSIONS 30
#define N_RUNS 5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static void
set_true (gboolean *flag)
{
  *flag = TRUE;
}

/* A bare window with a header bar and a label, to its first painted frame. */
static double
baseline_first_frame (void)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gboolean painted = FALSE;
  gint64 t0;
  double ms;

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("hello"));
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  t0 = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_frame_clock (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect_swapped (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (set_true), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  ms = (double)(g_get_monotonic_time () - t0) / 1000.0;
  gtk_window_destroy (GTK_WINDOW (window));
  tomoni_gui_test_spin (50);
  return ms;
}

static double
median (double *values)
{
  qsort (values, N_RUNS, sizeof (double), compare_doubles);
  return values[N_RUNS / 2];
}

/* A Monday class of N_SESSIONS sessions with N_LEARNERS learners marked. */
static void
make_class (TomoniStore *store,
            gint64      *out_other_id,
            gint64      *out_class_id,
            gint64      *out_term_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniClass) klass = tomoni_class_new ();
  g_autoptr(TomoniTerm) term = tomoni_term_new ();
  g_autoptr(GPtrArray) sessions = NULL;
  TomoniWeeklySlot slot = { 1, 9 * 60, 10 * 60 };
  gint64 people[N_LEARNERS];
  guint held = 0;

  tomoni_class_set_title_ja (klass, "ベンチマーク月曜朝クラス");
  tomoni_class_set_target_group (klass, "adults");
  tomoni_class_set_format (klass, "online");
  tomoni_class_set_capacity (klass, N_LEARNERS);
  tomoni_class_set_meets_on_holidays (klass, TRUE);
  g_assert_true (tomoni_store_add_class (store, klass, &error));
  g_assert_no_error (error);
  /* 30 Mondays from 2 March 2099, none in the year-end closure. */
  tomoni_term_set_class_id (term, tomoni_class_get_id (klass));
  tomoni_term_set_start_date (term, "2099-03-02");
  tomoni_term_set_end_date (term, "2099-09-21");
  g_assert_true (tomoni_store_add_term (store, term, &slot, 1, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < N_LEARNERS; i++)
    {
      g_autoptr(TomoniPerson) person = tomoni_person_new ();
      g_autofree char *given = g_strdup_printf ("学習者%02u", i);
      const char *readings[] = { "あ", "い", "う", "え", "お", "か", "き", "く" };
      g_autofree char *reading = g_strdup_printf ("べんち %s%s", readings[i % 8], readings[i / 8 % 8]);

      tomoni_person_set_field (person, TOMONI_PERSON_FAMILY_NAME, "ベンチ");
      tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, given);
      tomoni_person_set_field (person, TOMONI_PERSON_READING, reading);
      g_assert_true (tomoni_store_add_person (store, person, &error));
      people[i] = tomoni_person_get_id (person);
      g_assert_true (tomoni_store_enrol (store, tomoni_term_get_id (term), people[i], NULL, &error));
      g_assert_no_error (error);
    }

  sessions = tomoni_store_list_sessions (store, tomoni_term_get_id (term), &error);
  for (guint s = 0; s < sessions->len; s++)
    {
      TomoniSession *session = g_ptr_array_index (sessions, s);

      if (!g_str_equal (tomoni_session_get_status (session), "scheduled"))
        continue;
      held++;
      for (guint i = 0; i < N_LEARNERS; i++)
        g_assert_true (tomoni_store_set_attendance (store, tomoni_session_get_id (session), people[i],
                                                    (i + s) % 7 == 0 ? TOMONI_ATTENDANCE_ABSENT : TOMONI_ATTENDANCE_PRESENT,
                                                    TOMONI_ATTENDANCE_KIND_ENROLLED, NULL));
    }
  g_assert_cmpuint (held, ==, N_SESSIONS);
  /* Another class to switch from. */
  {
    g_autoptr(TomoniClass) other = tomoni_class_new ();
    tomoni_class_set_title_ja (other, "ベンチマーク別クラス");
    tomoni_class_set_target_group (other, "adults");
    tomoni_class_set_format (other, "online");
    tomoni_class_set_capacity (other, 10);
    g_assert_true (tomoni_store_add_class (store, other, &error));
    *out_other_id = tomoni_class_get_id (other);
  }
  *out_class_id = tomoni_class_get_id (klass);
  *out_term_id = tomoni_term_get_id (term);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniTestDir) dir = NULL;
  g_autofree char *path = NULL;
  TomoniStore *store;
  TomoniWindow *window;
  TomoniClassesPage *page;
  GtkWidget *stack;
  gint64 other_id, class_id, term_id;
  double query[N_RUNS], fill[N_RUNS], page_open[N_RUNS], baseline[N_RUNS];
  const char *source = argc > 1 ? argv[1] : g_getenv ("TOMONI_BENCH_LARGE_DB");

  tomoni_gui_test_init (&argc, &argv);

  dir = tomoni_test_dir_new ();
  path = tomoni_test_dir_file (dir, "bench.db");
  if (source != NULL && *source != '\0')
    {
      g_autoptr(GFile) from = g_file_new_for_path (source);
      g_autoptr(GFile) to = g_file_new_for_path (path);

      /* The class is added to a copy: the sample database stays as it was. */
      g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  store = tomoni_store_open (path, &error);
  g_assert_no_error (error);
  tomoni_store_set_meta (store, "welcome-done", "1", NULL);
  g_print ("people in the database: %" G_GINT64_FORMAT "\n", tomoni_store_count_people (store));
  make_class (store, &other_id, &class_id, &term_id);

  window = tomoni_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  tomoni_window_show_page (window, "classes");
  tomoni_gui_test_spin (300);
  page = TOMONI_CLASSES_PAGE (tomoni_gui_test_find (GTK_WIDGET (window), TOMONI_TYPE_CLASSES_PAGE));
  stack = tomoni_gui_test_find (GTK_WIDGET (page), ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "grid");

  for (guint run = 0; run < N_RUNS; run++)
    baseline[run] = baseline_first_frame ();

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(TomoniAttendanceGrid) grid = NULL;
      GtkWidget *view = tomoni_attendance_grid_view_new ();
      gboolean painted;
      gulong handler;
      gint64 t0, t1;

      g_object_ref_sink (view);
      t0 = g_get_monotonic_time ();
      grid = tomoni_store_get_attendance_grid (store, term_id, &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      g_assert_cmpuint (grid->n_rows, ==, N_LEARNERS);
      g_assert_cmpuint (grid->n_sessions, ==, N_SESSIONS);
      query[run] = (double)(t1 - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      g_assert_true (tomoni_attendance_grid_view_load (TOMONI_ATTENDANCE_GRID_VIEW (view), store, term_id, &error));
      t1 = g_get_monotonic_time ();
      fill[run] = (double)(t1 - t0) / 1000.0;
      g_object_unref (view);

      /* The page: select another class, then this one; measured until the
       * grid has been laid out and drawn once. */
      tomoni_classes_page_select_class (page, other_id, 0);
      tomoni_gui_test_spin (100);
      t0 = g_get_monotonic_time ();
      tomoni_classes_page_select_class (page, class_id, term_id);
      painted = FALSE;
      handler = g_signal_connect_swapped (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                                          G_CALLBACK (set_true), &painted);
      gtk_widget_queue_draw (GTK_WIDGET (window));
      /* Until a frame has been painted with the grid in it. */
      while (!painted || !gtk_widget_get_mapped (GTK_WIDGET (tomoni_classes_page_get_grid_view (page))))
        {
          if (painted)
            painted = FALSE;
          g_main_context_iteration (NULL, TRUE);
        }
      t1 = g_get_monotonic_time ();
      g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), handler);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (tomoni_classes_page_get_grid_view (page))));
      g_assert_cmpuint (tomoni_attendance_grid_view_get_n_rows (tomoni_classes_page_get_grid_view (page)), ==, N_LEARNERS);
      page_open[run] = (double)(t1 - t0) / 1000.0;
    }

  g_print ("attendance grid, %d learners × %d sessions, median of %d runs:\n", N_LEARNERS, N_SESSIONS, N_RUNS);
  g_print ("  bare libadwaita window, first frame (baseline): %7.2f ms\n", median (baseline));
  g_print ("  store query (tomoni_store_get_attendance_grid): %7.2f ms  (%.2f × baseline)\n",
           median (query), median (query) / median (baseline));
  g_print ("  grid widget filled:                             %7.2f ms  (%.2f × baseline)\n",
           median (fill), median (fill) / median (baseline));
  g_print ("  Classes page shows the class with its grid:     %7.2f ms  (%.2f × baseline)\n",
           median (page_open), median (page_open) / median (baseline));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (store);
  return 0;
}
