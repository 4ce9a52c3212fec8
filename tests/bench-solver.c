/* bench-solver.c: speed of the roster optimiser, and SciPy as the reference
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-solver [LSA-REFERENCE]
 * ($TOMONI_BENCH_BLOCK_ONLY set: only the first part, for profiling)
 *
 * 1. One time block: 2,000 volunteers × 1,000 slots of capacity 1, all
 *    overlapping, about 10 % of pairs eligible with scores 0–100.  Solved by
 *    Tomoni (best of 3) and by SciPy's linear_sum_assignment through the
 *    argument, or $TOMONI_LSA_REFERENCE, or
 *    $TOMONI_SOURCE_ROOT/../shared/bench/lsa-reference (the source root
 *    defaults to the current folder).  Exits 1 if the two optima differ or
 *    the reference cannot run; speed never fails.
 * 2. A month: 300 shifts at varied times with 2–4 roles each, 2,000
 *    volunteers with monthly caps, about 10 % of (volunteer, slot) pairs
 *    eligible.  Prints the time.
 * 3. Lean months (tests/roster-gen.h, the cases of test-solver): overlap
 *    chains, scarce volunteers, equal scores, each with the default 10 s
 *    auto-fill limit.  Prints optimal or the bound, and the time.
 */

#define G_LOG_DOMAIN "tomoni-bench-solver"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <glib/gstdio.h>

#include "roster-gen.h"
#include "tomoni-solver.h"

#ifndef TOMONI_SOURCE_ROOT
#define TOMONI_SOURCE_ROOT "."
#endif

#define SEED 20261126

/* Best of @repeats solves; @first gets the first one, which alone pays for
 * sorting the edges (the solver keeps that order until the input changes). */
static double
time_solve (TomoniSolver *solver,
            guint         repeats,
            double       *first)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < repeats; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();

      if (!tomoni_solver_solve (solver, NULL, &error))
        g_error ("solve failed: %s", error->message);
      best = MIN (best, (g_get_monotonic_time () - t0) / 1e6);
      if (i == 0 && first != NULL)
        *first = best;
    }

  return best;
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
  if (root == NULL || *root == '\0')
    root = TOMONI_SOURCE_ROOT;
  return g_build_filename (root, "..", "shared", "bench", "lsa-reference", NULL);
}

/* Runs the SciPy reference on @matrix; its "key value" lines into @out. */
static gboolean
run_reference (const char  *script,
               const char  *matrix,
               GHashTable  *out,
               GError     **error)
{
  const char *argv[] = { script, matrix, NULL };
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &stdout_text, &stderr_text, &status, error))
    return FALSE;
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s: %s: ", script, stderr_text);
      return FALSE;
    }

  lines = g_strsplit (stdout_text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (lines[i], " ", 2);

      if (g_strv_length (kv) == 2)
        g_hash_table_insert (out, g_strdup (kv[0]), g_strdup (kv[1]));
    }

  return TRUE;
}

static gboolean
bench_block (const char *script)
{
  const guint n_people = 2000, n_slots = 1000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(TomoniSolver) solver = tomoni_solver_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) ref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *dir = NULL;
  g_autofree char *matrix = NULL;
  guint n_edges = 0;
  double ours, ours_first, theirs, theirs_filled, theirs_score;

  for (guint s = 0; s < n_slots; s++)
    tomoni_solver_add_slot (solver, 1, 9 * 60, 12 * 60, 0, NULL);

  g_string_append_printf (text, "%u %u\n", n_people, n_slots);
  for (guint p = 0; p < n_people; p++)
    {
      tomoni_solver_add_person (solver, NULL);
      for (guint s = 0; s < n_slots; s++)
        {
          if (s > 0)
            g_string_append_c (text, ' ');
          if (g_rand_int_range (rand, 0, 10) == 0)
            {
              gint64 score = g_rand_int_range (rand, 0, 101);

              tomoni_solver_add_edge (solver, p, s, score);
              g_string_append_printf (text, "%" G_GINT64_FORMAT, score);
              n_edges++;
            }
          else
            g_string_append_c (text, '-');
        }
      g_string_append_c (text, '\n');
    }

  dir = g_dir_make_tmp ("tomoni-bench-XXXXXX", &error);
  g_assert_no_error (error);
  matrix = g_build_filename (dir, "block.txt", NULL);
  if (!g_file_set_contents (matrix, text->str, text->len, &error))
    g_error ("%s", error->message);

  ours = time_solve (solver, 3, &ours_first);
  printf ("block: %u volunteers × %u slots, %u eligible pairs\n", n_people, n_slots, n_edges);
  printf ("  tomoni: filled %u, total score %" G_GINT64_FORMAT ", %.4f s best of 3, "
          "%.4f s first solve (%u relaxation)\n",
          tomoni_solver_get_n_filled (solver), tomoni_solver_get_total_score (solver), ours,
          ours_first, tomoni_solver_get_n_relaxations (solver));

  if (!run_reference (script, matrix, ref, &error))
    {
      printf ("  scipy: could not run %s: %s\n", script, error->message);
      g_unlink (matrix);
      g_rmdir (dir);
      return FALSE;
    }
  g_unlink (matrix);
  g_rmdir (dir);

  theirs_filled = g_ascii_strtod (g_hash_table_lookup (ref, "filled") ?: "-1", NULL);
  theirs_score = g_ascii_strtod (g_hash_table_lookup (ref, "total_score") ?: "-1", NULL);
  theirs = g_ascii_strtod (g_hash_table_lookup (ref, "solve_seconds") ?: "0", NULL);
  printf ("  scipy:  filled %.0f, total score %.0f, %.4f s (linear_sum_assignment call)\n",
          theirs_filled, theirs_score, theirs);
  printf ("  ratio tomoni/scipy: %.2f best of 3, %.2f first solve\n",
          theirs > 0 ? ours / theirs : 0.0, theirs > 0 ? ours_first / theirs : 0.0);

  if ((double) tomoni_solver_get_n_filled (solver) != theirs_filled
      || (double) tomoni_solver_get_total_score (solver) != theirs_score)
    {
      printf ("  MISMATCH: the optima differ\n");
      return FALSE;
    }

  return TRUE;
}

static void
bench_month (void)
{
  const guint n_people = 2000, n_shifts = 300, n_days = 30;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 1);
  g_autoptr(TomoniSolver) solver = tomoni_solver_new ();
  guint n_slots = 0, n_places = 0, n_edges = 0, n_capped = 0;
  double t;

  for (guint sh = 0; sh < n_shifts; sh++)
    {
      /* 10 shifts a day, starting 8:00–19:00 on the half hour, 1–4 hours */
      gint64 day = sh / (n_shifts / n_days);
      gint64 start = day * 24 * 60 + 8 * 60 + 30 * g_rand_int_range (rand, 0, 23);
      gint64 end = start + 60 * g_rand_int_range (rand, 1, 5);
      guint n_roles = g_rand_int_range (rand, 2, 5);

      for (guint r = 0; r < n_roles; r++)
        {
          guint capacity = g_rand_int_range (rand, 1, 4);

          tomoni_solver_add_slot (solver, capacity, start, end, 202604, NULL);
          n_slots++;
          n_places += capacity;
        }
    }

  for (guint p = 0; p < n_people; p++)
    {
      tomoni_solver_add_person (solver, NULL);
      if (g_rand_int_range (rand, 0, 10) < 7)
        {
          tomoni_solver_set_person_cap (solver, p, 202604, g_rand_int_range (rand, 1, 9));
          n_capped++;
        }
      for (guint s = 0; s < n_slots; s++)
        if (g_rand_int_range (rand, 0, 10) == 0)
          {
            tomoni_solver_add_edge (solver, p, s, g_rand_int_range (rand, 0, 101));
            n_edges++;
          }
    }

  t = time_solve (solver, 1, NULL);
  printf ("month: %u shifts, %u slots, %u places, %u volunteers (%u capped), %u eligible pairs\n",
          n_shifts, n_slots, n_places, n_people, n_capped, n_edges);
  printf ("  tomoni: filled %u, total score %" G_GINT64_FORMAT ", %.4f s, %u relaxations\n",
          tomoni_solver_get_n_filled (solver), tomoni_solver_get_total_score (solver), t,
          tomoni_solver_get_n_relaxations (solver));
}

static void
bench_lean (void)
{
  static const RosterParams cases[] = {
    { 100, 300, 10, ROSTER_CHAINS_DAY, ROSTER_SCORES_VARIED, 4, 8, 10, 60, 1 },
    { 150, 300, 10, ROSTER_CHAINS_DAY, ROSTER_SCORES_NEAR, 4, 8, 10, 60, 2 },
    { 200, 300, 10, ROSTER_CHAINS_DAY, ROSTER_SCORES_EQUAL, 4, 8, 10, 60, 3 },
    { 150, 300, 10, ROSTER_CHAINS_MONTH, ROSTER_SCORES_NEAR, 4, 8, 10, 60, 4 },
    { 200, 300, 10, ROSTER_CHAINS_MONTH, ROSTER_SCORES_NEAR, 6, 10, 8, 60, 7 },
    { 150, 300, 10, ROSTER_CHAINS_DENSE, ROSTER_SCORES_NEAR, 4, 8, 10, 60, 5 },
    { 200, 300, 10, ROSTER_CHAINS_DENSE, ROSTER_SCORES_EQUAL, 3, 6, 20, 40, 6 },
  };
  static const char * const chains[] = { "day chains", "month chain", "dense" };
  static const char * const scores[] = { "varied", "near-equal", "equal" };

  printf ("lean months (time limit 10 s; wall and CPU seconds):\n");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RosterInstance) in = roster_generate (&cases[i]);
      g_autoptr(TomoniSolver) solver = roster_load (in);
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();
      double c0 = (double) clock () / CLOCKS_PER_SEC;

      tomoni_solver_set_time_limit (solver, 10);
      if (!tomoni_solver_solve (solver, NULL, &error))
        g_error ("solve failed: %s", error->message);
      printf ("  %u volunteers, %s, %s scores (%u places, %u pairs): filled %u, score %" G_GINT64_FORMAT
              ", %s %u / %" G_GINT64_FORMAT ", %.2f s, CPU %.2f s\n",
              cases[i].n_people, chains[cases[i].chains], scores[cases[i].scores], in->n_places,
              in->edges->len, tomoni_solver_get_n_filled (solver), tomoni_solver_get_total_score (solver),
              tomoni_solver_get_optimal (solver) ? "optimal, bound" : "TIME LIMIT, bound",
              tomoni_solver_get_filled_bound (solver), tomoni_solver_get_score_bound (solver),
              (g_get_monotonic_time () - t0) / 1e6, (double) clock () / CLOCKS_PER_SEC - c0);
      fflush (stdout);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *script = reference_path (argc, argv);
  gboolean ok;

  ok = bench_block (script);
  if (g_getenv ("TOMONI_BENCH_BLOCK_ONLY") == NULL)
    {
      bench_month ();
      bench_lean ();
    }

  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
