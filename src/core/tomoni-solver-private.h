/* tomoni-solver-private.h: what the flow search (tomoni-solver.c) and the
 * integer program (tomoni-solver-ilp.c) share
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

struct _TomoniSolver
{
  GPtrArray *people;            /* user_data, may hold NULL */
  GArray *slots;                /* Slot */
  GArray *edges;                /* TomoniSolverAssignment */
  gboolean edges_checked;       /* no repeated (person, slot) pair left */
  GHashTable *caps;             /* (person, month) key → cap */

  /* working memory, kept between relaxations and solves */
  struct _Network *net;
  struct _FlowWork *work;
  GArray *raw;                  /* RawArc */
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

G_GNUC_INTERNAL
gboolean lookup_cap         (TomoniSolver  *self,
                             guint          person,
                             int            month,
                             guint         *cap);
G_GNUC_INTERNAL
int      value_compare      (const Value   *a,
                             const Value   *b);
G_GNUC_INTERNAL
void     repair_roster      (Context       *ctx,
                             const GArray  *chosen,
                             GArray        *out,
                             Value         *value);
G_GNUC_INTERNAL
gboolean roster_is_feasible (Context       *ctx,
                             GArray        *chosen);
G_GNUC_INTERNAL
gboolean ilp_solve          (Context       *ctx,
                             gint64         deadline,
                             GArray        *best,
                             Value         *best_value,
                             Value         *bound,
                             gboolean      *finished,
                             GCancellable  *cancellable,
                             GError       **error);

G_END_DECLS
