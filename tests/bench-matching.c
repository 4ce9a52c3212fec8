/* bench-matching.c: auto-fill through the real store, and SciPy as the
 * reference for one time block
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-matching [LSA-REFERENCE]
 *
 * 1. One time block: 2,000 volunteers (imported from CSV into a temporary
 *    database) against one shift with 1,000 one-person slots, each asking
 *    for one of ten languages at a minimum level, so that about one pair in
 *    ten is eligible.  Times: loading from SQLite, building the instance,
 *    solving, applying (one transaction) and undoing.  The block's score
 *    matrix goes to SciPy's linear_sum_assignment (../shared/bench/
 *    lsa-reference); exits 1 if the filled count or the total score differ.
 * 2. A month: 300 shifts at varied times (10 a day, 2–4 roles each) against
 *    the same 2,000 volunteers with monthly caps of 4.  Prints the times.
 */
#define G_LOG_DOMAIN "tomoni-bench-matching"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tomoni-store-activities.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-test-util.h"

#define SEED 4242
#define N_PEOPLE 2000
#define N_BLOCK_SLOTS 1000

static const char * const codes[] = { "vi", "en", "zh", "ko", "tl", "ne", "id", "th", "pt", "es" };

/* Wall-clock seconds: what a coordinator waits, and what SciPy reports.
 * The machine may be shared; cpu () tells how much of it was ours. */
static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
cpu (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *
reference_path (int    argc,
                char **argv)
{
  const char *env = g_getenv ("TOMONI_LSA_REFERENCE");
  const char *root = g_getenv ("TOMONI_SOURCE_ROOT");

  if (argc > 1)
    return g_strdup (argv[1]);
  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (root != NULL ? root : ".", "..", "shared", "bench", "lsa-reference", NULL);
}

/* "key value" lines of the reference's output. */
static GHashTable *
run_reference (const char  *script,
               const char  *matrix,
               GError     **error)
{
  const char *argv[] = { script, matrix, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *values;
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, error))
    return NULL;
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s: %s", script, err);
      return NULL;
    }
  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *space = strchr (lines[i], ' ');
      if (space != NULL)
        g_hash_table_insert (values, g_strndup (lines[i], space - lines[i]), g_strdup (space + 1));
    }
  return values;
}

static void
import_volunteers (TomoniStore *store,
                   GRand       *rand)
{
  g_autoptr(GString) csv = g_string_new ("family_name,given_name,languages,registered_on,expires_on,monthly_cap\n");
  g_autoptr(TomoniVolunteerImport) import = NULL;
  g_autoptr(GError) error = NULL;
  double t0, t1, t2;
  guint n = 0;

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      guint a = g_rand_int_range (rand, 0, G_N_ELEMENTS (codes));
      guint b = (a + g_rand_int_range (rand, 1, G_N_ELEMENTS (codes))) % G_N_ELEMENTS (codes);

      /* a native or strong language, sometimes a second weaker one */
      g_string_append_printf (csv, "Volunteer%04u,Test,%s:%s", i, codes[a],
                              tomoni_language_level_to_string (g_rand_int_range (rand, TOMONI_LEVEL_CONVERSATIONAL,
                                                                                 TOMONI_LEVEL_NATIVE + 1)));
      if (g_rand_int_range (rand, 0, 4) == 0)
        g_string_append_printf (csv, ";%s:%s", codes[b],
                                tomoni_language_level_to_string (g_rand_int_range (rand, TOMONI_LEVEL_BASIC,
                                                                                   TOMONI_LEVEL_BUSINESS + 1)));
      g_string_append (csv, ",2025-04-01,2035-03-31,4\n");
    }
  t0 = now ();
  import = tomoni_store_preview_volunteer_import (store, csv->str, csv->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tomoni_volunteer_import_get_n_problems (import), ==, 0);
  t1 = now ();
  if (!tomoni_store_run_volunteer_import (store, import, &n, &error))
    g_error ("%s", error->message);
  t2 = now ();
  printf ("import: %u volunteers from CSV, preview %.3f s, write %.3f s\n", n, t1 - t0, t2 - t1);
}

static TomoniSlot *
random_slot (GRand      *rand,
             const char *role,
             guint       needed)
{
  TomoniSlot *slot = tomoni_slot_new ();
  TomoniLanguage language = { { 0 }, g_rand_int_range (rand, TOMONI_LEVEL_BASIC, TOMONI_LEVEL_FLUENT + 1), 0 };

  g_strlcpy (language.code, codes[g_rand_int_range (rand, 0, G_N_ELEMENTS (codes))], sizeof language.code);
  tomoni_slot_set_role (slot, role);
  tomoni_slot_set_needed (slot, needed);
  tomoni_slot_set_languages (slot, &language, 1);
  return slot;
}

static gint64
add_activity (TomoniStore *store,
              const char  *title)
{
  g_autoptr(TomoniActivity) activity = tomoni_activity_new ();
  g_autoptr(GError) error = NULL;

  tomoni_activity_set_title (activity, title);
  tomoni_activity_set_kind (activity, TOMONI_ACTIVITY_CONFERENCE);
  if (!tomoni_store_add_activity (store, activity, &error))
    g_error ("%s", error->message);
  return tomoni_activity_get_id (activity);
}

static gboolean
bench_block (TomoniStore *store,
             const char  *script,
             GRand       *rand)
{
  gint64 activity_id = add_activity (store, "Block");
  g_autoptr(TomoniShift) shift = tomoni_shift_new ();
  g_autoptr(TomoniMatchData) data = NULL;
  g_autoptr(TomoniSolver) solver = NULL;
  g_autoptr(TomoniMatchPlan) plan = NULL;
  g_autoptr(GHashTable) ref = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *matrix = tomoni_test_dir_file (dir, "block.txt");
  g_autofree char *token = NULL;
  double c_load, c_build, c_solve;
  double t0, c0, c_plan, t_load, t_build, t_solve, t_plan, t_apply, t_undo, theirs, theirs_filled, theirs_score;
  guint n_edges = 0, removed = 0;

  tomoni_shift_set_activity_id (shift, activity_id);
  tomoni_shift_set_date (shift, "2030-06-01");
  tomoni_shift_set_times (shift, 9 * 60, 12 * 60);
  for (guint j = 0; j < N_BLOCK_SLOTS; j++)
    {
      g_autofree char *role = g_strdup_printf ("role%04u", j);
      g_autoptr(TomoniSlot) slot = random_slot (rand, role, 1);
      tomoni_shift_add_slot (shift, slot);
    }
  t0 = now ();
  if (!tomoni_store_add_shift (store, shift, &error))
    g_error ("%s", error->message);
  printf ("block: one shift with %u slots written in %.3f s\n", N_BLOCK_SLOTS, now () - t0);

  /* The pipeline in its parts … */
  t0 = now ();
  c0 = cpu ();
  data = tomoni_store_load_match_data (store, activity_id, NULL, NULL, "2030-05-01", &error);
  g_assert_no_error (error);
  t_load = now () - t0;
  c_load = cpu () - c0;
  t0 = now ();
  c0 = cpu ();
  solver = tomoni_match_build_instance (data);
  t_build = now () - t0;
  c_build = cpu () - c0;
  t0 = now ();
  c0 = cpu ();
  if (!tomoni_solver_solve (solver, NULL, &error))
    g_error ("%s", error->message);
  t_solve = now () - t0;
  c_solve = cpu () - c0;

  /* … and whole, as the GUI and CLI run it; the best of three, as the
   * machine may be shared (the reference too) */
  t_plan = c_plan = G_MAXDOUBLE;
  for (guint k = 0; k < 3; k++)
    {
      g_clear_pointer (&plan, tomoni_match_plan_free);
      t0 = now ();
      c0 = cpu ();
      plan = tomoni_store_plan_auto_fill (store, activity_id, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      t_plan = MIN (t_plan, now () - t0);
      c_plan = MIN (c_plan, cpu () - c0);
    }

  /* The block's matrix: volunteers × slots, score or "-" */
  text = g_string_new (NULL);
  g_string_append_printf (text, "%u %u\n", data->people->len, data->slots->len);
  for (guint i = 0; i < data->people->len; i++)
    {
      for (guint j = 0; j < data->slots->len; j++)
        {
          TomoniMatchPerson *person = g_ptr_array_index (data->people, i);
          TomoniMatchSlot *slot = g_ptr_array_index (data->slots, j);

          if (j > 0)
            g_string_append_c (text, ' ');
          if (tomoni_match_check (data, person, slot, NULL) == 0)
            {
              TomoniMatchScore score;
              tomoni_match_score (data, person, slot, &score);
              g_string_append_printf (text, "%" G_GINT64_FORMAT, score.total);
              n_edges++;
            }
          else
            g_string_append_c (text, '-');
        }
      g_string_append_c (text, '\n');
    }
  if (!g_file_set_contents (matrix, text->str, text->len, &error))
    g_error ("%s", error->message);

  printf ("block: %u volunteers × %u slots, %u eligible pairs (%.1f %%)\n", data->people->len,
          data->slots->len, n_edges, 100.0 * n_edges / ((double)data->people->len * data->slots->len));
  printf ("  tomoni: filled %u of %u, total score %" G_GINT64_FORMAT "\n",
          tomoni_solver_get_n_filled (solver), plan->n_places, tomoni_solver_get_total_score (solver));
  printf ("  tomoni: load %.3f s, build %.3f s, solve %.3f s (%u relaxation); plan through the store %.3f s (best of 3)\n",
          t_load, t_build, t_solve, tomoni_solver_get_n_relaxations (solver), t_plan);
  printf ("  tomoni CPU time: load %.3f s, build %.3f s, solve %.3f s, plan %.3f s (wall above; the machine may be shared)\n",
          c_load, c_build, c_solve, c_plan);

  t0 = now ();
  if (!tomoni_store_apply_plan (store, plan, &token, &error))
    g_error ("%s", error->message);
  t_apply = now () - t0;
  t0 = now ();
  if (!tomoni_store_undo_plan (store, token, &removed, &error))
    g_error ("%s", error->message);
  t_undo = now () - t0;
  printf ("  tomoni: apply %u assignments %.3f s, undo %.3f s\n", removed, t_apply, t_undo);

  theirs = G_MAXDOUBLE;
  for (guint k = 0; k < 3; k++)
    {
      g_clear_pointer (&ref, g_hash_table_unref);
      ref = run_reference (script, matrix, &error);
      if (ref == NULL)
        {
          printf ("  scipy: could not run %s: %s\n", script, error->message);
          return FALSE;
        }
      theirs = MIN (theirs, g_ascii_strtod (g_hash_table_lookup (ref, "solve_seconds") ?: "0", NULL));
    }
  theirs_filled = g_ascii_strtod (g_hash_table_lookup (ref, "filled") ?: "-1", NULL);
  theirs_score = g_ascii_strtod (g_hash_table_lookup (ref, "total_score") ?: "-1", NULL);
  printf ("  scipy:  filled %.0f, total score %.0f, linear_sum_assignment %.3f s (best of 3)\n",
          theirs_filled, theirs_score, theirs);
  if (theirs > 0)
    printf ("  ratio tomoni/scipy: solve %.2f, build+solve %.2f, whole plan through the store %.2f"
            " (best of 3; its CPU time %.2f)\n",
            t_solve / theirs, (t_build + t_solve) / theirs, t_plan / theirs, c_plan / theirs);

  if ((double)plan->n_filled != theirs_filled || (double)plan->total_score != theirs_score
      || plan->n_filled != tomoni_solver_get_n_filled (solver)
      || plan->total_score != tomoni_solver_get_total_score (solver))
    {
      printf ("  MISMATCH: the optima differ\n");
      return FALSE;
    }
  return TRUE;
}

static void
bench_month (TomoniStore *store,
             GRand       *rand)
{
  gint64 activity_id = add_activity (store, "Month");
  g_autoptr(TomoniMatchData) data = NULL;
  g_autoptr(TomoniSolver) solver = NULL;
  g_autoptr(TomoniMatchPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  guint n_slots = 0, n_places = 0;
  double t0, t_write, t_load, t_build, t_solve, t_plan;

  t0 = now ();
  for (guint s = 0; s < 300; s++)
    {
      g_autoptr(TomoniShift) shift = tomoni_shift_new ();
      g_autofree char *date = g_strdup_printf ("2030-07-%02u", s / 10 + 1);
      int start = 8 * 60 + 30 * g_rand_int_range (rand, 0, 23);
      int end = MIN (start + 60 * g_rand_int_range (rand, 1, 5), 1440);
      guint n_roles = g_rand_int_range (rand, 2, 5);

      tomoni_shift_set_activity_id (shift, activity_id);
      tomoni_shift_set_date (shift, date);
      tomoni_shift_set_times (shift, start, end);
      for (guint r = 0; r < n_roles; r++)
        {
          g_autofree char *role = g_strdup_printf ("role%u", r);
          g_autoptr(TomoniSlot) slot = random_slot (rand, role, g_rand_int_range (rand, 1, 3));
          n_places += tomoni_slot_get_needed (slot);
          tomoni_shift_add_slot (shift, slot);
          n_slots++;
        }
      if (!tomoni_store_add_shift (store, shift, &error))
        g_error ("%s", error->message);
    }
  t_write = now () - t0;

  t0 = now ();
  data = tomoni_store_load_match_data (store, 0, "2030-07-01", "2030-07-31", "2030-06-15", &error);
  g_assert_no_error (error);
  t_load = now () - t0;
  t0 = now ();
  solver = tomoni_match_build_instance (data);
  t_build = now () - t0;
  t0 = now ();
  if (!tomoni_solver_solve (solver, NULL, &error))
    g_error ("%s", error->message);
  t_solve = now () - t0;
  t0 = now ();
  plan = tomoni_store_plan_auto_fill (store, 0, "2030-07-01", "2030-07-31", NULL, &error);
  g_assert_no_error (error);
  t_plan = now () - t0;

  printf ("month: 300 shifts, %u slots, %u places, %u volunteers (cap 4 a month); written in %.3f s\n",
          n_slots, n_places, data->people->len, t_write);
  printf ("  tomoni: filled %u of %u, total score %" G_GINT64_FORMAT ", %u relaxations\n",
          tomoni_solver_get_n_filled (solver), n_places, tomoni_solver_get_total_score (solver),
          tomoni_solver_get_n_relaxations (solver));
  printf ("  tomoni: load %.3f s, build %.3f s, solve %.3f s; plan through the store %.3f s\n",
          t_load, t_build, t_solve, t_plan);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *path = tomoni_test_dir_file (dir, "bench.db");
  g_autofree char *script = reference_path (argc, argv);
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open (path, &error);
  gboolean ok;

  g_assert_no_error (error);
  import_volunteers (store, rand);
  ok = bench_block (store, script, rand);
  bench_month (store, rand);
  return ok ? 0 : 1;
}
