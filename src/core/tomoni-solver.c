/* tomoni-solver.c: the exact volunteer-roster optimiser: the public API, the
 * instance, and how a solve goes (the parts: tomoni-solver-private.h)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tomoni-solver"

#include <glib/gi18n-lib.h>

#include "tomoni-solver-private.h"

/*
 * How it works
 * ============
 *
 * The roster problem is solved as a min-cost max-flow inside a
 * branch-and-bound.
 *
 * The flow network (the "relaxation") is
 *
 *   source → [person-month, capacity cap] → [group, capacity 1] → slot → sink
 *                                                          (capacity k)
 *
 * with one unit of flow per filled place.  A person-slot arc has capacity 1
 * (a person takes a slot at most once) and cost (S − score), where S is the
 * largest score of the instance.  Every unit of flow crosses exactly one
 * person-slot arc, so a flow of value F costs F·S − (total score): a min-cost
 * *maximum* flow fills the most places and, among those, has the largest
 * total score — the lexicographic objective, without a big-M constant.
 *
 * The groups: a person's eligible slots of one month, sorted by start, are cut
 * greedily into runs in which every interval contains one common instant (the
 * smallest end of the run); this is the minimum clique cover of the interval
 * graph.  A capacity-1 group node then says "at most one of these", which is
 * exactly the overlap constraint when the person's slots of that month form
 * one clique (the common case: one time block, or the roles of one shift).
 * The person-month node is left out when the cap cannot bind (no cap, or a cap
 * at least the number of groups), and a group of one slot is an arc.
 *
 * Every feasible roster is a flow of this network (each assigned slot routed
 * through its own month node and its own group), so the optimum flow is an
 * upper bound on the optimum roster.  What the network cannot say is that two
 * slots of *different* groups may still overlap (A overlaps B, B overlaps C,
 * A and C do not: the cover is {A, B}, {C}, and B with C is an overlap).  When
 * the optimum flow gives one person two overlapping slots e1, e2 we branch:
 * child 1 forbids (person, e1), child 2 forbids (person, e2).  Every feasible
 * roster of the parent lacks e1 or e2, so it stays feasible in a child; no
 * optimum is lost.  A node whose flow optimum is no better than the best
 * roster found so far is pruned (its bound cannot beat it), and a node whose
 * flow optimum has no overlap is a feasible roster that is optimal for that
 * node.  Each child forbids one more arc, so the search ends; when it does,
 * the best roster found is the optimum.  Month caps and slot capacities are
 * exact in every relaxation, so overlaps are the only thing to branch on.
 *
 * The flow search stops after FLOW_RELAXATIONS relaxations if it has not
 * closed by then.  On long chains of overlaps with many equal scores the
 * flow bounds stay loose and the search could run for minutes, so the
 * instance goes to an integer program instead (tomoni-solver-ilp.c, GLPK): a
 * column per edge, a row per slot, per binding month cap and per maximal
 * clique of each person's intervals.  Its LP bound is far tighter than the
 * flow's (for one person alone the clique rows are exact), and GLPK's
 * branch-and-cut, started from the flow search's best roster and fed a
 * rounding of each node's LP, usually proves the optimum in well under a
 * second.  If it has not when three quarters of the time left are used,
 * the flow search resumes with the tighter bound until the limit: on
 * rosters whose scores all tie it often finds a roster meeting the bound.
 * At the limit the best roster found is returned with the lowest proven
 * bound (the best open flow node's, or GLPK's best open node's).
 *
 * The flow algorithm is the primal-dual form of successive shortest paths:
 * Dijkstra on reduced costs (integer costs, potentials kept non-negative
 * reduced costs, stopped when the sink is settled), then a Dinic maximum flow
 * on the arcs of reduced cost 0, repeated until the sink is unreachable.
 * Many shortest augmenting paths share a length, so one Dijkstra serves many
 * augmentations.  Everything is deterministic: arcs are built in the order of
 * people, months, start times and slot indexes, and ties are never broken by
 * anything else.
 */

/* relaxations the flow search may take before the integer program takes
 * over: most months close in one, easy overlaps in a few dozen */
#define FLOW_RELAXATIONS 8

G_DEFINE_QUARK (tomoni-solver-error-quark, tomoni_solver_error)

/* g_int64_hash() folds the two halves with xor, which collides badly on
 * (person << 32 | slot) keys; mix the bits first (a 64-bit finaliser). */
static guint
pair_hash (gconstpointer key)
{
  guint64 v = *(const guint64 *) key;

  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  v ^= v >> 33;

  return (guint) v;
}

/* ---------------------------------------------------------------------- */
/* The instance: month caps, edge order, validation, repeated pairs. */

gboolean
solver_lookup_cap (TomoniSolver *self,
            guint         person,
            int           month,
            guint        *cap)
{
  gint64 key = pair_key (person, (guint32) month);
  gpointer value;

  if (!g_hash_table_lookup_extended (self->caps, &key, NULL, &value))
    return FALSE;
  *cap = GPOINTER_TO_UINT (value);
  return TRUE;
}

typedef struct
{
  int month;
  guint slot;
  gint64 start;
  gint64 end;
  guint edge;
} OrderKey;

static int
compare_order_key (gconstpointer a,
                   gconstpointer b)
{
  const OrderKey *x = a;
  const OrderKey *y = b;

  if (x->month != y->month)
    return x->month < y->month ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->slot != y->slot)
    return x->slot < y->slot ? -1 : 1;
  return 0;
}

/* The edges grouped by person (or by slot), in index order within a group
 * (a counting sort): group g's edges are the returned array's
 * [(*first)[g], (*first)[g + 1]). */
guint *
solver_bucket_edges (TomoniSolver  *self,
                     gboolean       by_slot,
                     guint        **first)
{
  guint n_edges = self->edges->len;
  guint n_groups = by_slot ? self->slots->len : self->people->len;
  guint *start = g_new0 (guint, n_groups + 1);
  guint *order = g_new (guint, n_edges + 1);
  g_autofree guint *pos = NULL;

#define GROUP(i) (by_slot ? edge_at (self, (i))->slot : edge_at (self, (i))->person)
  for (guint i = 0; i < n_edges; i++)
    start[GROUP (i) + 1]++;
  for (guint g = 0; g < n_groups; g++)
    start[g + 1] += start[g];
  pos = g_memdup2 (start, sizeof (guint) * (n_groups + 1));
  for (guint i = 0; i < n_edges; i++)
    order[pos[GROUP (i)]++] = i;
#undef GROUP

  *first = start;
  return order;
}

/* Edges by person (filling @person_first), then month, start, end and slot.
 * (person, slot) pairs are unique, so the order is total and does not depend
 * on the sorting algorithm. */
static guint *
sort_edges (TomoniSolver  *self,
            guint        **person_first_out)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (OrderKey));
  guint *person_first;
  guint *order = solver_bucket_edges (self, FALSE, &person_first);

  for (guint p = 0; p < self->people->len; p++)
    {
      guint n = person_first[p + 1] - person_first[p];
      guint *run = order + person_first[p];
      gboolean sorted = TRUE;

      g_array_set_size (keys, n);
      for (guint k = 0; k < n; k++)
        {
          const TomoniSolverAssignment *e = edge_at (self, run[k]);
          const Slot *s = slot_at (self, e->slot);
          OrderKey *key = &g_array_index (keys, OrderKey, k);

          key->month = s->month;
          key->slot = e->slot;
          key->start = s->start;
          key->end = s->end;
          key->edge = run[k];
          /* edges are often added in order already */
          if (k > 0 && sorted)
            sorted = compare_order_key (key - 1, key) < 0;
        }
      if (sorted)
        continue;
      g_array_sort (keys, compare_order_key);
      for (guint k = 0; k < n; k++)
        run[k] = g_array_index (keys, OrderKey, k).edge;
    }

  *person_first_out = person_first;
  return order;
}

static int
compare_assignment (gconstpointer a,
                    gconstpointer b)
{
  const TomoniSolverAssignment *x = a;
  const TomoniSolverAssignment *y = b;

  if (x->slot != y->slot)
    return x->slot < y->slot ? -1 : 1;
  if (x->person != y->person)
    return x->person < y->person ? -1 : 1;
  return 0;
}

static void
clear_result (TomoniSolver *self)
{
  self->value.filled = 0;
  self->value.score = 0;
  self->bound.filled = 0;
  self->bound.score = 0;
  self->optimal = FALSE;
  g_array_set_size (self->assignments, 0);
  self->n_relaxations = 0;
}

static void
input_changed (TomoniSolver *self)
{
  g_clear_pointer (&self->order, g_free);
  g_clear_pointer (&self->person_first, g_free);
}

static gboolean
validate (TomoniSolver  *self,
          gint64        *max_score,
          GError       **error)
{
  guint64 limit;

  for (guint s = 0; s < self->slots->len; s++)
    {
      const Slot *slot = slot_at (self, s);

      if (slot->end <= slot->start)
        {
          /* Translators: shown when the roster cannot be computed because
           * a volunteer shift's end time is not after its start time */
          g_set_error_literal (error, TOMONI_SOLVER_ERROR,
                               TOMONI_SOLVER_ERROR_INVALID_INTERVAL,
                               _("A shift must end after it starts"));
          return FALSE;
        }
    }

  *max_score = 0;
  for (guint i = 0; i < self->edges->len; i++)
    *max_score = MAX (*max_score, edge_at (self, i)->score);

  /* Potentials and distances stay below (nodes + arcs) · max score, total
   * scores below edges · max score; keep a wide margin from overflow. */
  limit = (guint64) G_MAXINT64
    / (4 * ((guint64) self->edges->len * 3 + self->people->len + self->slots->len + 4));
  if ((guint64) *max_score > limit)
    {
      /* Translators: the scores say how well a volunteer suits a shift;
       * the roster maximises their sum */
      g_set_error_literal (error, TOMONI_SOLVER_ERROR,
                           TOMONI_SOLVER_ERROR_SCORE_TOO_LARGE,
                           _("The suitability scores are too large to be added up"));
      return FALSE;
    }

  return TRUE;
}

/* Edges added again for a pair already present: the first keeps its place
 * and takes the last score, the others go.  By person (a counting sort),
 * with a mark per slot: linear. */
static void
merge_repeated_edges (TomoniSolver *self)
{
  guint n_edges = self->edges->len;
  guint n_people = self->people->len;
  g_autofree guint *first = NULL;
  g_autofree guint *by_person = solver_bucket_edges (self, FALSE, &first);
  g_autofree guint *mark = g_new0 (guint, self->slots->len + 1);
  g_autofree guint *mark_edge = g_new (guint, self->slots->len + 1);
  g_autofree guint8 *drop = NULL;
  guint k = 0;

  for (guint p = 0; p < n_people; p++)
    for (guint j = first[p]; j < first[p + 1]; j++)
      {
        guint i = by_person[j];
        TomoniSolverAssignment *e = &g_array_index (self->edges, TomoniSolverAssignment, i);

        if (mark[e->slot] != p + 1)
          {
            mark[e->slot] = p + 1;
            mark_edge[e->slot] = i;
            continue;
          }
        /* in index order, so this one is later: its score wins */
        g_array_index (self->edges, TomoniSolverAssignment, mark_edge[e->slot]).score = e->score;
        if (drop == NULL)
          drop = g_new0 (guint8, n_edges);
        drop[i] = 1;
      }

  if (drop != NULL)
    {
      for (guint i = 0; i < n_edges; i++)
        if (!drop[i])
          g_array_index (self->edges, TomoniSolverAssignment, k++) =
            g_array_index (self->edges, TomoniSolverAssignment, i);
      g_array_set_size (self->edges, k);
    }
  self->edges_checked = TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API */

TomoniSolver *
tomoni_solver_new (void)
{
  TomoniSolver *self = g_new0 (TomoniSolver, 1);

  self->people = g_ptr_array_new ();
  self->slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  self->edges = g_array_new (FALSE, FALSE, sizeof (TomoniSolverAssignment));
  self->caps = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL);
  self->assignments = g_array_new (FALSE, FALSE, sizeof (TomoniSolverAssignment));
  solver_flow_init (self);

  return self;
}

void
tomoni_solver_free (TomoniSolver *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->people);
  g_array_unref (self->slots);
  g_array_unref (self->edges);
  g_hash_table_unref (self->caps);
  g_array_unref (self->assignments);
  solver_flow_clear (self);
  g_free (self->order);
  g_free (self->person_first);
  g_free (self);
}

guint
tomoni_solver_add_person (TomoniSolver *self,
                          gpointer      user_data)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->people->len < G_MAXUINT32 - 1, 0);

  g_ptr_array_add (self->people, user_data);
  input_changed (self);

  return self->people->len - 1;
}

void
tomoni_solver_set_person_cap (TomoniSolver *self,
                              guint         person,
                              int           month_key,
                              guint         cap)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (person < self->people->len);

  g_hash_table_insert (self->caps,
                       g_memdup2 (&(gint64) { pair_key (person, (guint32) month_key) },
                                  sizeof (gint64)),
                       GUINT_TO_POINTER (MIN (cap, G_MAXUINT32)));
}

guint
tomoni_solver_add_slot (TomoniSolver *self,
                        guint         capacity,
                        gint64        start,
                        gint64        end,
                        int           month_key,
                        gpointer      user_data)
{
  Slot slot = { capacity, start, end, month_key, user_data };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (capacity >= 1, 0);
  g_return_val_if_fail (self->slots->len < G_MAXUINT32 - 3, 0);

  g_array_append_val (self->slots, slot);
  input_changed (self);

  return self->slots->len - 1;
}

void
tomoni_solver_add_edge (TomoniSolver *self,
                        guint         person,
                        guint         slot,
                        gint64        score)
{
  TomoniSolverAssignment edge = { person, slot, score };

  g_return_if_fail (self != NULL);
  g_return_if_fail (person < self->people->len);
  g_return_if_fail (slot < self->slots->len);
  g_return_if_fail (score >= 0);

  /* a repeated pair is merged when solving (merge_repeated_edges()): no
   * lookup for each of the many edges an instance has */
  g_array_append_val (self->edges, edge);
  self->edges_checked = FALSE;
  input_changed (self);
}

guint
tomoni_solver_get_n_people (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->people->len;
}

guint
tomoni_solver_get_n_slots (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->slots->len;
}

gpointer
tomoni_solver_get_person_data (TomoniSolver *self,
                               guint         person)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (person < self->people->len, NULL);

  return g_ptr_array_index (self->people, person);
}

gpointer
tomoni_solver_get_slot_data (TomoniSolver *self,
                             guint         slot)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (slot < self->slots->len, NULL);

  return slot_at (self, slot)->user_data;
}

gboolean
tomoni_solver_solve (TomoniSolver  *self,
                     GCancellable  *cancellable,
                     GError       **error)
{
  Context ctx = { self, };
  Search search = { 0, };
  g_autofree guint8 *banned = NULL;
  Value bound = { G_MAXUINT, G_MAXINT64 };
  gint64 deadline = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clear_result (self);
  if (!self->edges_checked)
    {
      merge_repeated_edges (self);
      input_changed (self);
    }
  if (self->time_limit > 0)
    deadline = g_get_monotonic_time () + (gint64) (self->time_limit * G_USEC_PER_SEC);
  if (!validate (self, &ctx.max_score, error))
    return FALSE;

  if (self->order == NULL)
    {
      gint64 t0 = g_get_monotonic_time ();

      self->order = sort_edges (self, &self->person_first);
      if (self->edges->len > 10000)
        g_debug ("%u edges sorted in %.3f s", self->edges->len,
                 (g_get_monotonic_time () - t0) / 1e6);
    }
  banned = g_new0 (guint8, self->edges->len + 1);
  ctx.order = self->order;
  ctx.banned = banned;
  ctx.person_first = self->person_first;

  solver_search_init (&search, &bound);

  /* The flows first: most months close at the root or after a few
   * branches.  If not, the integer program (much tighter bounds on chains of
   * overlaps) gets three quarters of the time left, or all of it without a limit; if it
   * does not close either, the flow search resumes with the bound and the
   * roster it found (on rosters whose scores all tie it often finds a roster
   * that meets the bound where GLPK's heuristics do not) until the limit. */
  ok = solver_flow_search (&ctx, &search, &bound, FLOW_RELAXATIONS, deadline, cancellable, error);
  if (ok && !solver_search_finished (&search, &bound)
      && (deadline == 0 || g_get_monotonic_time () < deadline))
    {
      gint64 ilp_deadline = deadline;
      gboolean ilp_finished;

      if (deadline != 0)
        ilp_deadline = deadline - (deadline - g_get_monotonic_time ()) / 4;
      ok = solver_ilp_solve (&ctx, ilp_deadline, search.best, &search.best_value, &bound,
                      &ilp_finished, cancellable, error);
      if (ok && !ilp_finished)
        ok = solver_flow_search (&ctx, &search, &bound, G_MAXUINT, deadline, cancellable, error);
    }

  if (ok)
    {
      self->optimal = solver_search_finished (&search, &bound);
      self->bound = self->optimal ? search.best_value : solver_search_bound (&search, &bound);
      self->value = search.best_value;
      for (guint i = 0; i < search.best->len; i++)
        {
          const TomoniSolverAssignment *e = edge_at (self, g_array_index (search.best, guint, i));

          g_array_append_vals (self->assignments, e, 1);
        }
      g_array_sort (self->assignments, compare_assignment);
      if (self->n_relaxations > FLOW_RELAXATIONS)
        g_debug ("%s after %u relaxations: %u filled, score %" G_GINT64_FORMAT
                 "; bound %u filled, score %" G_GINT64_FORMAT,
                 self->optimal ? "optimal" : "time limit", self->n_relaxations,
                 self->value.filled, self->value.score, self->bound.filled, self->bound.score);
    }
  else
    clear_result (self);

  g_clear_pointer (&ctx.by_score, g_free);
  solver_search_clear (&search);

  return ok;
}

guint
tomoni_solver_get_n_filled (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->value.filled;
}

gint64
tomoni_solver_get_total_score (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->value.score;
}

GArray *
tomoni_solver_get_assignments (TomoniSolver *self)
{
  GArray *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_array_sized_new (FALSE, FALSE, sizeof (TomoniSolverAssignment),
                            self->assignments->len);
  g_array_append_vals (copy, self->assignments->data, self->assignments->len);

  return copy;
}

guint
tomoni_solver_get_n_relaxations (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_relaxations;
}

/**
 * tomoni_solver_set_time_limit:
 * @seconds: the limit, or 0 for none
 *
 * Bounds how long tomoni_solver_solve() searches.  When the limit is reached
 * the solve still succeeds with the best roster found, and
 * tomoni_solver_get_optimal() is %FALSE; the bound then says how much better
 * a roster could be at most.
 */
void
tomoni_solver_set_time_limit (TomoniSolver *self,
                              double        seconds)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (seconds >= 0);

  self->time_limit = seconds;
}

double
tomoni_solver_get_time_limit (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->time_limit;
}

gboolean
tomoni_solver_get_optimal (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->optimal;
}

guint
tomoni_solver_get_filled_bound (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->bound.filled;
}

gint64
tomoni_solver_get_score_bound (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->bound.score;
}
