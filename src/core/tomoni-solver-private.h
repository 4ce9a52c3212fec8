/* tomoni-solver-private.h: what the parts of the roster optimiser share
 *
 * tomoni-solver.c         the public API, the instance (caps, edge order,
 *                         validation, repeated pairs) and the plan of a solve
 * tomoni-solver-flow.c    the flow relaxation of a branch-and-bound node and
 *                         its min-cost maximum flow
 * tomoni-solver-search.c  the branch-and-bound over flow relaxations
 * tomoni-solver-roster.c  rosters: the overlap finder, the feasibility check
 *                         and the greedy repair into an incumbent
 * tomoni-solver-ilp.c     the integer program (GLPK) for what the flows do
 *                         not close
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tomoni-solver.h"

G_BEGIN_DECLS

typedef struct
{
  guint capacity;
  gint64 start;
  gint64 end;
  int month;
  gpointer user_data;
} Slot;

typedef struct
{
  guint filled;
  gint64 score;
} Value;

typedef struct _Network Network;
typedef struct _FlowWork FlowWork;

struct _TomoniSolver
{
  GPtrArray *people;            /* user_data, may hold NULL */
  GArray *slots;                /* Slot */
  GArray *edges;                /* TomoniSolverAssignment */
  gboolean edges_checked;       /* no repeated (person, slot) pair left */
  GHashTable *caps;             /* (person, month) key → cap */

  /* working memory, kept between relaxations and solves */
  Network *net;
  FlowWork *work;
  guint *order;                 /* see sort_edges(); NULL when the input changed */
  guint *person_first;

  double time_limit;            /* seconds, 0: none */

  /* results */
  Value value;
  Value bound;                  /* no roster is better (lexicographically) */
  gboolean optimal;             /* value == bound */
  GArray *assignments;          /* TomoniSolverAssignment */
  guint n_relaxations;
};

typedef struct
{
  TomoniSolver *self;
  guint *order;                 /* edges by person, month, start, end, slot */
  guint8 *banned;               /* per edge */
  guint *person_first;          /* person p's edges are order[person_first[p] .. person_first[p + 1]) */
  guint *by_score;              /* edges by score, highest first, then index;
                                 * made when first needed */
  gint64 max_score;
} Context;

/* The branch-and-bound over flow relaxations (tomoni-solver-search.c). */
typedef struct
{
  GPtrArray *stack;             /* open nodes, best bound first */
  GArray *best;                 /* edges of the best roster found */
  Value best_value;
  guint64 seq;
  GArray *chosen;               /* scratch */
  GArray *repaired;
  GArray *left;
  GArray *right;
} Search;

static inline gint64
pair_key (guint person,
          guint other)
{
  return (gint64) (((guint64) person << 32) | (guint64) other);
}

static inline const Slot *
slot_at (TomoniSolver *self,
         guint         slot)
{
  return &g_array_index (self->slots, Slot, slot);
}

static inline const TomoniSolverAssignment *
edge_at (TomoniSolver *self,
         guint         edge)
{
  return &g_array_index (self->edges, TomoniSolverAssignment, edge);
}

/* Lexicographic: filled places first, then total score. */
static inline int
solver_value_compare (const Value *a,
                      const Value *b)
{
  if (a->filled != b->filled)
    return a->filled < b->filled ? -1 : 1;
  if (a->score != b->score)
    return a->score < b->score ? -1 : 1;
  return 0;
}

/* tomoni-solver.c */
G_GNUC_INTERNAL
gboolean solver_lookup_cap             (TomoniSolver  *self,
                                        guint          person,
                                        int            month,
                                        guint         *cap);
G_GNUC_INTERNAL
guint   *solver_bucket_edges           (TomoniSolver  *self,
                                        gboolean       by_slot,
                                        guint        **first);

/* tomoni-solver-flow.c */
G_GNUC_INTERNAL
void     solver_flow_init              (TomoniSolver  *self);
G_GNUC_INTERNAL
void     solver_flow_clear             (TomoniSolver  *self);
G_GNUC_INTERNAL
gboolean solver_solve_relaxation       (Context       *ctx,
                                        Value         *value,
                                        GArray        *chosen,
                                        GCancellable  *cancellable,
                                        GError       **error);

/* tomoni-solver-search.c */
G_GNUC_INTERNAL
void     solver_search_init            (Search        *search,
                                        const Value   *root_bound);
G_GNUC_INTERNAL
void     solver_search_clear           (Search        *search);
G_GNUC_INTERNAL
Value    solver_search_bound           (const Search  *search,
                                        const Value   *bound);
G_GNUC_INTERNAL
gboolean solver_search_finished        (const Search  *search,
                                        const Value   *bound);
G_GNUC_INTERNAL
gboolean solver_flow_search            (Context       *ctx,
                                        Search        *search,
                                        const Value   *bound,
                                        guint          max_relaxations,
                                        gint64         deadline,
                                        GCancellable  *cancellable,
                                        GError       **error);

/* tomoni-solver-roster.c */
G_GNUC_INTERNAL
int      solver_compare_by_person_time (gconstpointer  a,
                                        gconstpointer  b,
                                        gpointer       user_data);
G_GNUC_INTERNAL
gboolean solver_find_overlap           (TomoniSolver  *self,
                                        GArray        *chosen,
                                        guint         *edge1,
                                        guint         *edge2);
G_GNUC_INTERNAL
void     solver_repair_roster          (Context       *ctx,
                                        const GArray  *chosen,
                                        GArray        *out,
                                        Value         *value);
G_GNUC_INTERNAL
gboolean solver_roster_is_feasible     (Context       *ctx,
                                        GArray        *chosen);

/* tomoni-solver-ilp.c */
G_GNUC_INTERNAL
gboolean solver_ilp_solve              (Context       *ctx,
                                        gint64         deadline,
                                        GArray        *best,
                                        Value         *best_value,
                                        Value         *bound,
                                        gboolean      *finished,
                                        GCancellable  *cancellable,
                                        GError       **error);

G_END_DECLS
