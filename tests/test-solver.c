/* test-solver.c: the roster optimiser against hand cases and brute force
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tomoni-test-solver"

#include <gio/gio.h>

#include "roster-gen.h"
#include "tomoni-solver.h"

#define MAX_PEOPLE 8
#define MAX_SLOTS 8
#define MAX_EDGES (MAX_PEOPLE * MAX_SLOTS)
#define NO_CAP (-1)

/* One instance, small enough for exhaustive search. */
typedef struct
{
  guint n_people;
  guint n_slots;
  guint n_edges;
  struct { guint capacity; gint64 start, end; int month; } slots[MAX_SLOTS];
  struct { guint person, slot; gint64 score; } edges[MAX_EDGES];
  int caps[MAX_PEOPLE][2];      /* per month key 0 and 1; NO_CAP = none */
} Instance;

static TomoniSolver *
instance_load (const Instance *in)
{
  TomoniSolver *solver = tomoni_solver_new ();

  for (guint p = 0; p < in->n_people; p++)
    {
      g_assert_cmpuint (tomoni_solver_add_person (solver, GUINT_TO_POINTER (p + 100)), ==, p);
      for (int m = 0; m < 2; m++)
        if (in->caps[p][m] != NO_CAP)
          tomoni_solver_set_person_cap (solver, p, m, in->caps[p][m]);
    }
  for (guint s = 0; s < in->n_slots; s++)
    g_assert_cmpuint (tomoni_solver_add_slot (solver, in->slots[s].capacity,
                                              in->slots[s].start, in->slots[s].end,
                                              in->slots[s].month,
                                              GUINT_TO_POINTER (s + 200)), ==, s);
  for (guint e = 0; e < in->n_edges; e++)
    tomoni_solver_add_edge (solver, in->edges[e].person, in->edges[e].slot,
                            in->edges[e].score);

  return solver;
}

static gboolean
overlaps (const Instance *in,
          guint           a,
          guint           b)
{
  return in->slots[a].start < in->slots[b].end && in->slots[b].start < in->slots[a].end;
}

static int
edge_of (const Instance *in,
         guint           person,
         guint           slot)
{
  for (guint e = 0; e < in->n_edges; e++)
    if (in->edges[e].person == person && in->edges[e].slot == slot)
      return e;
  return -1;
}

/* Checks every hard constraint on the solver's roster, and that the reported
 * figures add up. */
static void
assert_roster_feasible (const Instance *in,
                        TomoniSolver   *solver)
{
  g_autoptr(GArray) roster = tomoni_solver_get_assignments (solver);
  guint slot_count[MAX_SLOTS] = { 0, };
  guint month_count[MAX_PEOPLE][2] = { { 0, }, };
  gint64 total = 0;

  g_assert_cmpuint (roster->len, ==, tomoni_solver_get_n_filled (solver));
  for (guint i = 0; i < roster->len; i++)
    {
      const TomoniSolverAssignment *a = &g_array_index (roster, TomoniSolverAssignment, i);
      int e = edge_of (in, a->person, a->slot);

      g_assert_cmpint (e, >=, 0);
      g_assert_cmpint (a->score, ==, in->edges[e].score);
      total += a->score;
      slot_count[a->slot]++;
      month_count[a->person][in->slots[a->slot].month]++;

      if (i > 0)
        {
          const TomoniSolverAssignment *b = &g_array_index (roster, TomoniSolverAssignment, i - 1);

          /* sorted by slot then person, so a repeated pair would be adjacent */
          g_assert_true (b->slot < a->slot || (b->slot == a->slot && b->person < a->person));
        }
      for (guint j = 0; j < i; j++)
        {
          const TomoniSolverAssignment *b = &g_array_index (roster, TomoniSolverAssignment, j);

          if (b->person == a->person)
            g_assert_false (overlaps (in, a->slot, b->slot));
        }
    }
  g_assert_cmpint (total, ==, tomoni_solver_get_total_score (solver));
  for (guint s = 0; s < in->n_slots; s++)
    g_assert_cmpuint (slot_count[s], <=, in->slots[s].capacity);
  for (guint p = 0; p < in->n_people; p++)
    for (int m = 0; m < 2; m++)
      if (in->caps[p][m] != NO_CAP)
        g_assert_cmpuint (month_count[p][m], <=, (guint) in->caps[p][m]);
}

/* Exhaustive search over all feasible rosters: each edge in or out. */
typedef struct
{
  const Instance *in;
  gboolean taken[MAX_EDGES];
  guint slot_count[MAX_SLOTS];
  guint month_count[MAX_PEOPLE][2];
  guint filled;
  gint64 score;
  guint best_filled;
  gint64 best_score;
} Brute;

static gboolean
brute_can_take (Brute *b,
                guint  e)
{
  const Instance *in = b->in;
  guint p = in->edges[e].person;
  guint s = in->edges[e].slot;
  int m = in->slots[s].month;

  if (b->slot_count[s] >= in->slots[s].capacity)
    return FALSE;
  if (in->caps[p][m] != NO_CAP && b->month_count[p][m] >= (guint) in->caps[p][m])
    return FALSE;
  for (guint f = 0; f < e; f++)
    if (b->taken[f] && in->edges[f].person == p && overlaps (in, in->edges[f].slot, s))
      return FALSE;
  return TRUE;
}

static void
brute_search (Brute *b,
              guint  e)
{
  const Instance *in = b->in;

  if (e == in->n_edges)
    {
      if (b->filled > b->best_filled
          || (b->filled == b->best_filled && b->score > b->best_score))
        {
          b->best_filled = b->filled;
          b->best_score = b->score;
        }
      return;
    }

  if (brute_can_take (b, e))
    {
      guint p = in->edges[e].person;
      guint s = in->edges[e].slot;
      int m = in->slots[s].month;

      b->taken[e] = TRUE;
      b->slot_count[s]++;
      b->month_count[p][m]++;
      b->filled++;
      b->score += in->edges[e].score;
      brute_search (b, e + 1);
      b->taken[e] = FALSE;
      b->slot_count[s]--;
      b->month_count[p][m]--;
      b->filled--;
      b->score -= in->edges[e].score;
    }
  brute_search (b, e + 1);
}

static void
brute_force (const Instance *in,
             guint          *filled,
             gint64         *score)
{
  Brute b = { .in = in, };

  brute_search (&b, 0);
  *filled = b.best_filled;
  *score = b.best_score;
}

static void
assert_same_roster (TomoniSolver *a,
                    TomoniSolver *b)
{
  g_autoptr(GArray) ra = tomoni_solver_get_assignments (a);
  g_autoptr(GArray) rb = tomoni_solver_get_assignments (b);

  g_assert_cmpmem (ra->data, ra->len * sizeof (TomoniSolverAssignment),
                   rb->data, rb->len * sizeof (TomoniSolverAssignment));
}

/* ---------------------------------------------------------------------- */
/* Random instances */

typedef struct
{
  const char *name;
  guint32 seed;
  guint n_instances;
  guint max_people;
  guint max_slots;
  double eligible;              /* probability of an edge */
  gint64 max_score;             /* small values make many ties */
  double cap_rate;              /* probability of a cap per person and month */
  guint hours;                  /* start times range over [0, hours) hours */
} RandomCase;

static const RandomCase random_cases[] = {
  { "ties", 1, 300, 6, 6, 0.5, 3, 0.3, 6 },
  { "scores", 2, 300, 6, 6, 0.4, 100, 0.3, 8 },
  { "dense", 3, 200, 5, 6, 0.8, 10, 0.5, 5 },
  { "chains", 4, 300, 4, 7, 0.7, 20, 0.2, 10 },
  { "sparse", 5, 200, 6, 6, 0.2, 50, 0.1, 12 },
  { "capped", 6, 200, 6, 6, 0.6, 5, 0.9, 8 },
};

static void
random_instance (GRand          *rand,
                 const RandomCase *rc,
                 Instance       *in)
{
  memset (in, 0, sizeof *in);
  in->n_people = g_rand_int_range (rand, 1, rc->max_people + 1);
  in->n_slots = g_rand_int_range (rand, 1, rc->max_slots + 1);

  for (guint s = 0; s < in->n_slots; s++)
    {
      in->slots[s].capacity = g_rand_int_range (rand, 1, 3);
      if (s > 0 && g_rand_double (rand) < 0.25)
        {
          /* another role of the previous shift */
          in->slots[s].start = in->slots[s - 1].start;
          in->slots[s].end = in->slots[s - 1].end;
          in->slots[s].month = in->slots[s - 1].month;
        }
      else
        {
          /* half-hour grid: touching and partial overlaps are frequent */
          in->slots[s].start = 30 * g_rand_int_range (rand, 0, 2 * rc->hours);
          in->slots[s].end = in->slots[s].start + 30 * g_rand_int_range (rand, 1, 7);
          in->slots[s].month = g_rand_int_range (rand, 0, 2);
        }
    }

  for (guint p = 0; p < in->n_people; p++)
    for (int m = 0; m < 2; m++)
      in->caps[p][m] = g_rand_double (rand) < rc->cap_rate
        ? g_rand_int_range (rand, 0, 3) : NO_CAP;

  for (guint p = 0; p < in->n_people; p++)
    for (guint s = 0; s < in->n_slots; s++)
      if (g_rand_double (rand) < rc->eligible)
        {
          guint e = in->n_edges++;

          in->edges[e].person = p;
          in->edges[e].slot = s;
          in->edges[e].score = g_rand_int_range (rand, 0, rc->max_score + 1);
        }

  /* shuffle the edges so that insertion order is not person order */
  for (guint e = in->n_edges; e > 1; e--)
    {
      guint f = g_rand_int_range (rand, 0, e);
      typeof (in->edges[0]) tmp = in->edges[e - 1];

      in->edges[e - 1] = in->edges[f];
      in->edges[f] = tmp;
    }
}

static void
test_random (gconstpointer data)
{
  const RandomCase *rc = data;
  g_autoptr(GRand) rand = g_rand_new_with_seed (rc->seed);
  guint branched = 0;

  for (guint i = 0; i < rc->n_instances; i++)
    {
      Instance in;
      g_autoptr(TomoniSolver) solver = NULL;
      g_autoptr(TomoniSolver) again = NULL;
      g_autoptr(GError) error = NULL;
      guint filled;
      gint64 score;

      random_instance (rand, rc, &in);
      brute_force (&in, &filled, &score);

      solver = instance_load (&in);
      g_assert_true (tomoni_solver_solve (solver, NULL, &error));
      g_assert_no_error (error);

      if (tomoni_solver_get_n_filled (solver) != filled
          || tomoni_solver_get_total_score (solver) != score)
        g_test_message ("%s: instance %u differs from brute force", rc->name, i);
      g_assert_cmpuint (tomoni_solver_get_n_filled (solver), ==, filled);
      g_assert_cmpint (tomoni_solver_get_total_score (solver), ==, score);
      assert_roster_feasible (&in, solver);
      /* no time limit: always proven, the bound is the optimum */
      g_assert_true (tomoni_solver_get_optimal (solver));
      g_assert_cmpuint (tomoni_solver_get_filled_bound (solver), ==, filled);
      g_assert_cmpint (tomoni_solver_get_score_bound (solver), ==, score);
      if (tomoni_solver_get_n_relaxations (solver) > 1)
        branched++;

      /* deterministic: a second solver and a second solve agree */
      again = instance_load (&in);
      g_assert_true (tomoni_solver_solve (again, NULL, NULL));
      assert_same_roster (solver, again);
      g_assert_true (tomoni_solver_solve (again, NULL, NULL));
      assert_same_roster (solver, again);
    }

  g_test_message ("%s: %u of %u instances needed branching", rc->name, branched,
                  rc->n_instances);
  /* the "chains" family exists to exercise the branch-and-bound */
  if (g_str_equal (rc->name, "chains"))
    g_assert_cmpuint (branched, >, 0);
}

/* ---------------------------------------------------------------------- */
/* Hand cases */

typedef struct
{
  const char *name;
  Instance in;
  guint filled;
  gint64 score;
  /* expected roster as "person:slot" pairs, sorted by slot; NULL = not checked */
  const char *roster;
  gboolean branches;            /* needs more than one relaxation */
} HandCase;

#define H(h) ((gint64) (h) * 60)
#define NO_CAPS_2 { { NO_CAP, NO_CAP }, { NO_CAP, NO_CAP } }
#define NO_CAPS_3 { { NO_CAP, NO_CAP }, { NO_CAP, NO_CAP }, { NO_CAP, NO_CAP } }

static const HandCase hand_cases[] = {
  {
    "empty",
    { 0, 0, 0, { { 0 } }, { { 0 } }, { { 0 } } },
    0, 0, "", FALSE,
  },
  {
    "people-without-slots",
    { 3, 0, 0, { { 0 } }, { { 0 } }, NO_CAPS_3 },
    0, 0, "", FALSE,
  },
  {
    "touching-shifts-both",
    { 1, 2, 2,
      { { 1, H (9), H (12), 0 }, { 1, H (12), H (15), 0 } },
      { { 0, 0, 3 }, { 0, 1, 4 } },
      { { NO_CAP, NO_CAP } } },
    2, 7, "0:0 0:1", FALSE,
  },
  {
    "two-roles-of-one-shift",
    { 1, 2, 2,
      { { 1, H (9), H (12), 0 }, { 1, H (9), H (12), 0 } },
      { { 0, 0, 3 }, { 0, 1, 8 } },
      { { NO_CAP, NO_CAP } } },
    1, 8, "0:1", FALSE,
  },
  {
    "two-roles-two-people",
    { 2, 2, 4,
      { { 1, H (9), H (12), 0 }, { 1, H (9), H (12), 0 } },
      { { 0, 0, 3 }, { 0, 1, 8 }, { 1, 0, 1 }, { 1, 1, 9 } },
      NO_CAPS_2 },
    /* filling both beats the best score for one: 8 + 1 = 9 < 3 + 9 = 12 */
    2, 12, "0:0 1:1", FALSE,
  },
  {
    /* A [9, 11), B [10, 13), C [12, 14): B overlaps A and C, A and C don't;
     * the flow prefers B + C (9 + 6), the optimum is A + C (5 + 6). */
    "chain-a-b-c",
    { 1, 3, 3,
      { { 1, H (9), H (11), 0 }, { 1, H (10), H (13), 0 }, { 1, H (12), H (14), 0 } },
      { { 0, 0, 5 }, { 0, 1, 9 }, { 0, 2, 6 } },
      { { NO_CAP, NO_CAP } } },
    2, 11, "0:0 0:2", TRUE,
  },
  {
    /* same chain, and B is worth more than A + C: still two places first */
    "chain-count-first",
    { 1, 3, 3,
      { { 1, H (9), H (11), 0 }, { 1, H (10), H (13), 0 }, { 1, H (12), H (14), 0 } },
      { { 0, 0, 1 }, { 0, 1, 50 }, { 0, 2, 1 } },
      { { NO_CAP, NO_CAP } } },
    2, 2, "0:0 0:2", TRUE,
  },
  {
    /* chain, and a second person takes B */
    "chain-shared",
    { 2, 3, 4,
      { { 1, H (9), H (11), 0 }, { 1, H (10), H (13), 0 }, { 1, H (12), H (14), 0 } },
      { { 0, 0, 5 }, { 0, 1, 9 }, { 0, 2, 6 }, { 1, 1, 2 } },
      NO_CAPS_2 },
    3, 13, "0:0 1:1 0:2", FALSE,
  },
  {
    "monthly-cap",
    { 1, 4, 4,
      { { 1, H (1), H (2), 0 }, { 1, H (3), H (4), 0 }, { 1, H (5), H (6), 0 },
        { 1, H (7), H (8), 1 } },
      { { 0, 0, 1 }, { 0, 1, 7 }, { 0, 2, 5 }, { 0, 3, 2 } },
      { { 2, NO_CAP } } },
    3, 14, "0:1 0:2 0:3", FALSE,
  },
  {
    "monthly-cap-zero",
    { 2, 2, 3,
      { { 1, H (1), H (2), 0 }, { 1, H (3), H (4), 1 } },
      { { 0, 0, 9 }, { 0, 1, 9 }, { 1, 0, 1 } },
      { { 0, NO_CAP }, { NO_CAP, NO_CAP } } },
    2, 10, "1:0 0:1", FALSE,
  },
  {
    "slot-nobody-can-take",
    { 2, 3, 2,
      { { 1, H (1), H (2), 0 }, { 2, H (1), H (2), 0 }, { 1, H (3), H (4), 0 } },
      { { 0, 0, 4 }, { 1, 2, 4 } },
      NO_CAPS_2 },
    2, 8, "0:0 1:2", FALSE,
  },
  {
    "capacity-two",
    { 3, 1, 3,
      { { 2, H (1), H (2), 0 } },
      { { 0, 0, 4 }, { 1, 0, 6 }, { 2, 0, 5 } },
      NO_CAPS_3 },
    2, 11, "1:0 2:0", FALSE,
  },
  {
    /* zero scores still count as filled places */
    "zero-scores",
    { 2, 2, 2,
      { { 1, H (1), H (2), 0 }, { 1, H (1), H (2), 0 } },
      { { 0, 0, 0 }, { 1, 1, 0 } },
      NO_CAPS_2 },
    2, 0, "0:0 1:1", FALSE,
  },
};

static void
test_hand (gconstpointer data)
{
  const HandCase *hc = data;
  g_autoptr(TomoniSolver) solver = instance_load (&hc->in);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) roster = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint filled;
  gint64 score;

  g_assert_true (tomoni_solver_solve (solver, NULL, &error));
  g_assert_no_error (error);

  brute_force (&hc->in, &filled, &score);
  g_assert_cmpuint (filled, ==, hc->filled);
  g_assert_cmpint (score, ==, hc->score);

  g_assert_cmpuint (tomoni_solver_get_n_filled (solver), ==, hc->filled);
  g_assert_cmpint (tomoni_solver_get_total_score (solver), ==, hc->score);
  assert_roster_feasible (&hc->in, solver);

  roster = tomoni_solver_get_assignments (solver);
  for (guint i = 0; i < roster->len; i++)
    {
      const TomoniSolverAssignment *a = &g_array_index (roster, TomoniSolverAssignment, i);

      g_string_append_printf (text, "%s%u:%u", i > 0 ? " " : "", a->person, a->slot);
    }
  g_assert_cmpstr (text->str, ==, hc->roster);

  if (hc->branches)
    g_assert_cmpuint (tomoni_solver_get_n_relaxations (solver), >, 1);
  else
    g_assert_cmpuint (tomoni_solver_get_n_relaxations (solver), ==, 1);
}

/* ---------------------------------------------------------------------- */
/* API behaviour */

static void
test_user_data (void)
{
  g_autoptr(TomoniSolver) solver = tomoni_solver_new ();
  int a, b;

  g_assert_cmpuint (tomoni_solver_add_person (solver, &a), ==, 0);
  g_assert_cmpuint (tomoni_solver_add_person (solver, NULL), ==, 1);
  g_assert_cmpuint (tomoni_solver_add_slot (solver, 1, 0, 60, 4, &b), ==, 0);
  g_assert_cmpuint (tomoni_solver_get_n_people (solver), ==, 2);
  g_assert_cmpuint (tomoni_solver_get_n_slots (solver), ==, 1);
  g_assert_true (tomoni_solver_get_person_data (solver, 0) == &a);
  g_assert_null (tomoni_solver_get_person_data (solver, 1));
  g_assert_true (tomoni_solver_get_slot_data (solver, 0) == &b);
}

static void
test_replace_edge_and_cap (void)
{
  g_autoptr(TomoniSolver) solver = tomoni_solver_new ();
  g_autoptr(GArray) roster = NULL;

  tomoni_solver_add_person (solver, NULL);
  tomoni_solver_add_person (solver, NULL);
  tomoni_solver_add_slot (solver, 1, 0, 60, 0, NULL);
  tomoni_solver_add_slot (solver, 1, 60, 120, 0, NULL);
  tomoni_solver_add_edge (solver, 0, 0, 10);
  tomoni_solver_add_edge (solver, 1, 0, 5);
  tomoni_solver_add_edge (solver, 0, 0, 1);     /* replaces 10 */
  tomoni_solver_set_person_cap (solver, 1, 0, 0);
  tomoni_solver_set_person_cap (solver, 1, 0, 1);       /* replaces 0 */

  g_assert_true (tomoni_solver_solve (solver, NULL, NULL));
  g_assert_cmpuint (tomoni_solver_get_n_filled (solver), ==, 1);
  g_assert_cmpint (tomoni_solver_get_total_score (solver), ==, 5);
  roster = tomoni_solver_get_assignments (solver);
  g_assert_cmpuint (roster->len, ==, 1);
  g_assert_cmpuint (g_array_index (roster, TomoniSolverAssignment, 0).person, ==, 1);

  /* a new edge after a solve counts in the next one */
  tomoni_solver_add_edge (solver, 0, 1, 3);
  g_assert_true (tomoni_solver_solve (solver, NULL, NULL));
  g_assert_cmpuint (tomoni_solver_get_n_filled (solver), ==, 2);
  g_assert_cmpint (tomoni_solver_get_total_score (solver), ==, 8);
}

static void
test_errors (void)
{
  g_autoptr(TomoniSolver) solver = tomoni_solver_new ();
  g_autoptr(TomoniSolver) big = tomoni_solver_new ();
  g_autoptr(TomoniSolver) cancelled = tomoni_solver_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) roster = NULL;

  /* an empty interval, and a result cleared by the failure */
  tomoni_solver_add_person (solver, NULL);
  tomoni_solver_add_slot (solver, 1, 0, 60, 0, NULL);
  tomoni_solver_add_edge (solver, 0, 0, 2);
  g_assert_true (tomoni_solver_solve (solver, NULL, NULL));
  g_assert_cmpuint (tomoni_solver_get_n_filled (solver), ==, 1);
  tomoni_solver_add_slot (solver, 1, 120, 120, 0, NULL);
  g_assert_false (tomoni_solver_solve (solver, NULL, &error));
  g_assert_error (error, TOMONI_SOLVER_ERROR, TOMONI_SOLVER_ERROR_INVALID_INTERVAL);
  g_assert_cmpuint (tomoni_solver_get_n_filled (solver), ==, 0);
  g_assert_cmpint (tomoni_solver_get_total_score (solver), ==, 0);
  roster = tomoni_solver_get_assignments (solver);
  g_assert_cmpuint (roster->len, ==, 0);
  g_clear_error (&error);

  /* scores that would overflow the sums */
  tomoni_solver_add_person (big, NULL);
  tomoni_solver_add_slot (big, 1, 0, 60, 0, NULL);
  tomoni_solver_add_edge (big, 0, 0, G_MAXINT64);
  g_assert_false (tomoni_solver_solve (big, NULL, &error));
  g_assert_error (error, TOMONI_SOLVER_ERROR, TOMONI_SOLVER_ERROR_SCORE_TOO_LARGE);
  g_clear_error (&error);

  /* cancelled before it starts */
  tomoni_solver_add_person (cancelled, NULL);
  tomoni_solver_add_slot (cancelled, 1, 0, 60, 0, NULL);
  tomoni_solver_add_edge (cancelled, 0, 0, 1);
  g_cancellable_cancel (cancellable);
  g_assert_false (tomoni_solver_solve (cancelled, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (tomoni_solver_get_n_filled (cancelled), ==, 0);
}

/* A bigger instance with many chains, checked for feasibility only (too big
 * for brute force), and that large scores near the limit work. */
static void
test_medium_feasible (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(TomoniSolver) solver = tomoni_solver_new ();
  g_autoptr(GArray) roster = NULL;
  const guint n_people = 24, n_slots = 36;
  gint64 starts[36], ends[36];
  int months[36];
  guint caps[24];
  guint slot_count[36] = { 0, };
  gint64 total = 0;

  for (guint p = 0; p < n_people; p++)
    {
      tomoni_solver_add_person (solver, NULL);
      caps[p] = g_rand_int_range (rand, 1, 5);
      tomoni_solver_set_person_cap (solver, p, 0, caps[p]);
    }
  for (guint s = 0; s < n_slots; s++)
    {
      starts[s] = 30 * g_rand_int_range (rand, 0, 48);
      ends[s] = starts[s] + 30 * g_rand_int_range (rand, 2, 8);
      months[s] = g_rand_int_range (rand, 0, 2);
      tomoni_solver_add_slot (solver, g_rand_int_range (rand, 1, 4), starts[s], ends[s],
                              months[s], NULL);
    }
  for (guint p = 0; p < n_people; p++)
    for (guint s = 0; s < n_slots; s++)
      if (g_rand_double (rand) < 0.2)
        tomoni_solver_add_edge (solver, p, s, 1000000000 + g_rand_int_range (rand, 0, 100));

  g_assert_true (tomoni_solver_solve (solver, NULL, NULL));
  roster = tomoni_solver_get_assignments (solver);
  g_assert_cmpuint (roster->len, ==, tomoni_solver_get_n_filled (solver));
  g_assert_cmpuint (roster->len, >, 0);
  for (guint i = 0; i < roster->len; i++)
    {
      const TomoniSolverAssignment *a = &g_array_index (roster, TomoniSolverAssignment, i);
      guint month0 = 0;

      slot_count[a->slot]++;
      total += a->score;
      for (guint j = 0; j < roster->len; j++)
        {
          const TomoniSolverAssignment *b = &g_array_index (roster, TomoniSolverAssignment, j);

          if (b->person != a->person)
            continue;
          if (months[b->slot] == 0)
            month0++;
          if (j != i)
            g_assert_false (starts[a->slot] < ends[b->slot] && starts[b->slot] < ends[a->slot]);
        }
      g_assert_cmpuint (month0, <=, caps[a->person]);
    }
  g_assert_cmpint (total, ==, tomoni_solver_get_total_score (solver));
  g_test_message ("medium: %u filled, %u relaxations", roster->len,
                  tomoni_solver_get_n_relaxations (solver));
}


/* Lean months (roster-gen.h): the shapes on which the search by flows alone
 * ran for minutes.  Whatever the machine's speed, the solve answers within
 * its time limit plus the root relaxation, with a feasible roster that is
 * either proven optimal or comes with a bound no roster can beat.  No time
 * is asserted; the test log says which it was and how long it took. */

#define LEAN_TIME_LIMIT 5.0

static const RosterParams lean_cases[] = {
  /* the reported month: 300 shifts in day chains, 100–200 volunteers */
  { 100, 300, 10, ROSTER_CHAINS_DAY, ROSTER_SCORES_VARIED, 4, 8, 10, 60, 1 },
  { 150, 300, 10, ROSTER_CHAINS_DAY, ROSTER_SCORES_NEAR, 4, 8, 10, 60, 2 },
  { 200, 300, 10, ROSTER_CHAINS_DAY, ROSTER_SCORES_EQUAL, 4, 8, 10, 60, 3 },
  /* adversarial: one overlap chain across the month; deep half-hour
   * cliques; many equal scores */
  { 150, 300, 10, ROSTER_CHAINS_MONTH, ROSTER_SCORES_NEAR, 4, 8, 10, 60, 4 },
  { 200, 300, 10, ROSTER_CHAINS_MONTH, ROSTER_SCORES_NEAR, 6, 10, 8, 60, 7 },
  { 150, 300, 10, ROSTER_CHAINS_DENSE, ROSTER_SCORES_NEAR, 4, 8, 10, 60, 5 },
  { 200, 300, 10, ROSTER_CHAINS_DENSE, ROSTER_SCORES_EQUAL, 3, 6, 20, 40, 6 },
};

static void
assert_lean_roster (const RosterInstance *in,
                    TomoniSolver         *solver)
{
  g_autoptr(GArray) roster = tomoni_solver_get_assignments (solver);
  g_autoptr(GHashTable) scores = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *keys = g_new (gint64, in->edges->len + 1);
  g_autofree guint *slot_count = g_new0 (guint, in->slots->len + 1);
  g_autofree guint *person_count = g_new0 (guint, in->n_people + 1);
  g_autofree guint *by_person = NULL;
  g_autofree guint *person_first = g_new0 (guint, in->n_people + 1);
  g_autofree guint *pos = NULL;
  gint64 total = 0;

  for (guint e = 0; e < in->edges->len; e++)
    {
      const RosterEdge *edge = &g_array_index (in->edges, RosterEdge, e);

      keys[e] = ((gint64) edge->person << 32) | edge->slot;
      g_hash_table_insert (scores, &keys[e], GSIZE_TO_POINTER (edge->score + 1));
    }

  g_assert_cmpuint (roster->len, ==, tomoni_solver_get_n_filled (solver));
  for (guint i = 0; i < roster->len; i++)
    {
      const TomoniSolverAssignment *a = &g_array_index (roster, TomoniSolverAssignment, i);
      gint64 key = ((gint64) a->person << 32) | a->slot;
      gpointer found = g_hash_table_lookup (scores, &key);

      /* an edge of the instance, with its score */
      g_assert_nonnull (found);
      g_assert_cmpint (a->score, ==, (gint64) GPOINTER_TO_SIZE (found) - 1);
      total += a->score;
      slot_count[a->slot]++;
      person_count[a->person]++;
      person_first[a->person + 1]++;
    }
  g_assert_cmpint (total, ==, tomoni_solver_get_total_score (solver));
  for (guint s = 0; s < in->slots->len; s++)
    g_assert_cmpuint (slot_count[s], <=, g_array_index (in->slots, RosterSlot, s).capacity);
  for (guint p = 0; p < in->n_people; p++)
    {
      g_assert_cmpuint (person_count[p], <=, in->caps[p]);
      person_first[p + 1] += person_first[p];
    }

  /* no person in two overlapping slots */
  by_person = g_new (guint, roster->len + 1);
  pos = g_memdup2 (person_first, sizeof (guint) * (in->n_people + 1));
  for (guint i = 0; i < roster->len; i++)
    by_person[pos[g_array_index (roster, TomoniSolverAssignment, i).person]++] =
      g_array_index (roster, TomoniSolverAssignment, i).slot;
  for (guint p = 0; p < in->n_people; p++)
    for (guint i = person_first[p]; i < person_first[p + 1]; i++)
      for (guint j = person_first[p]; j < i; j++)
        {
          const RosterSlot *a = &g_array_index (in->slots, RosterSlot, by_person[i]);
          const RosterSlot *b = &g_array_index (in->slots, RosterSlot, by_person[j]);

          g_assert_false (a->start < b->end && b->start < a->end);
        }

  /* the bound: never below the roster; equal to it when optimal */
  g_assert_cmpuint (tomoni_solver_get_filled_bound (solver), >=, roster->len);
  g_assert_cmpuint (tomoni_solver_get_filled_bound (solver), <=, in->n_places);
  if (tomoni_solver_get_filled_bound (solver) == roster->len)
    g_assert_cmpint (tomoni_solver_get_score_bound (solver), >=, total);
  if (tomoni_solver_get_optimal (solver))
    {
      g_assert_cmpuint (tomoni_solver_get_filled_bound (solver), ==, roster->len);
      g_assert_cmpint (tomoni_solver_get_score_bound (solver), ==, total);
    }
}

static void
test_lean_month (gconstpointer data)
{
  const RosterParams *params = data;
  g_autoptr(RosterInstance) in = roster_generate (params);
  g_autoptr(TomoniSolver) solver = roster_load (in);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  gint64 t0;

  tomoni_solver_set_time_limit (solver, LEAN_TIME_LIMIT);
  g_assert_cmpfloat (tomoni_solver_get_time_limit (solver), ==, LEAN_TIME_LIMIT);
  t0 = g_get_monotonic_time ();
  g_assert_true (tomoni_solver_solve (solver, cancellable, &error));
  g_assert_no_error (error);
  assert_lean_roster (in, solver);
  g_test_message ("%u volunteers, %u slots, %u places, %u edges: %s, filled %u, score %"
                  G_GINT64_FORMAT ", bound %u / %" G_GINT64_FORMAT ", %u relaxations, %.2f s",
                  in->n_people, in->slots->len, in->n_places, in->edges->len,
                  tomoni_solver_get_optimal (solver) ? "optimal" : "time limit",
                  tomoni_solver_get_n_filled (solver), tomoni_solver_get_total_score (solver),
                  tomoni_solver_get_filled_bound (solver), tomoni_solver_get_score_bound (solver),
                  tomoni_solver_get_n_relaxations (solver),
                  (g_get_monotonic_time () - t0) / 1e6);
}

/* The bound of a search cut short holds: the optimum (proven without a
 * limit) lies between the roster and the bound found within a very short
 * limit. */
static void
test_lean_bound_holds (void)
{
  RosterParams params = lean_cases[0];
  g_autoptr(RosterInstance) in = NULL;
  g_autoptr(TomoniSolver) quick = NULL;
  g_autoptr(TomoniSolver) exact = NULL;
  guint best;
  gint64 best_score;

  params.n_shifts = 100;
  params.n_people = 60;
  in = roster_generate (&params);
  quick = roster_load (in);
  exact = roster_load (in);

  tomoni_solver_set_time_limit (quick, 0.001);
  g_assert_true (tomoni_solver_solve (quick, NULL, NULL));
  assert_lean_roster (in, quick);
  g_assert_true (tomoni_solver_solve (exact, NULL, NULL));
  assert_lean_roster (in, exact);
  g_assert_true (tomoni_solver_get_optimal (exact));

  best = tomoni_solver_get_n_filled (exact);
  best_score = tomoni_solver_get_total_score (exact);
  g_assert_cmpuint (tomoni_solver_get_n_filled (quick), <=, best);
  g_assert_cmpuint (tomoni_solver_get_filled_bound (quick), >=, best);
  if (tomoni_solver_get_n_filled (quick) == best)
    g_assert_cmpint (tomoni_solver_get_total_score (quick), <=, best_score);
  if (tomoni_solver_get_filled_bound (quick) == best)
    g_assert_cmpint (tomoni_solver_get_score_bound (quick), >=, best_score);
}

/* Even a limit that has passed before the search starts gives a roster
 * and a real bound (the root relaxation always runs). */
static void
test_lean_no_time (void)
{
  g_autoptr(RosterInstance) in = roster_generate (&lean_cases[3]);
  g_autoptr(TomoniSolver) solver = roster_load (in);

  tomoni_solver_set_time_limit (solver, 1e-9);
  g_assert_true (tomoni_solver_solve (solver, NULL, NULL));
  assert_lean_roster (in, solver);
  g_assert_cmpuint (tomoni_solver_get_n_relaxations (solver), >=, 1);
}

/* Cancelling stops a search that would run long, with the cancelled error. */
static void
test_lean_cancel (void)
{
  g_autoptr(RosterInstance) in = roster_generate (&lean_cases[2]);
  g_autoptr(TomoniSolver) solver = roster_load (in);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (tomoni_solver_solve (solver, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (tomoni_solver_get_n_filled (solver), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hand_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/solver/hand/%s", hand_cases[i].name);

      g_test_add_data_func (path, &hand_cases[i], test_hand);
    }
  for (guint i = 0; i < G_N_ELEMENTS (random_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/solver/random/%s", random_cases[i].name);

      g_test_add_data_func (path, &random_cases[i], test_random);
    }
  g_test_add_func ("/solver/user-data", test_user_data);
  g_test_add_func ("/solver/replace-edge-and-cap", test_replace_edge_and_cap);
  g_test_add_func ("/solver/errors", test_errors);
  g_test_add_func ("/solver/medium-feasible", test_medium_feasible);
  for (guint i = 0; i < G_N_ELEMENTS (lean_cases); i++)
    {
      static const char * const chains[] = { "day-chains", "month-chain", "dense" };
      static const char * const scores[] = { "varied", "near-equal", "equal" };
      g_autofree char *path = g_strdup_printf ("/solver/lean-month/%u-%s-%s-seed%u",
                                               lean_cases[i].n_people, chains[lean_cases[i].chains],
                                               scores[lean_cases[i].scores], lean_cases[i].seed);

      g_test_add_data_func (path, &lean_cases[i], test_lean_month);
    }
  g_test_add_func ("/solver/lean-month/bound-holds", test_lean_bound_holds);
  g_test_add_func ("/solver/lean-month/no-time", test_lean_no_time);
  g_test_add_func ("/solver/lean-month/cancel", test_lean_cancel);

  return g_test_run ();
}
