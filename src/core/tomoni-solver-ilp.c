/* tomoni-solver-ilp.c: the integer program (GLPK) of the roster optimiser,
 * for instances the flow search (tomoni-solver-search.c) does not close
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tomoni-solver"

#include <math.h>
#include <string.h>

#include <glpk.h>

#include "tomoni-solver-private.h"

/* ---------------------------------------------------------------------- */
/* The integer program, for instances the flow search does not close.
 *
 * One binary column per edge; rows: each slot at most its capacity, each
 * person-month at most its cap (when it can bind), and for each person every
 * maximal clique of their intervals at most one.  The cliques are exactly the
 * overlap constraint (two intervals overlap iff some maximal clique holds
 * both), and they make this relaxation much tighter than the flow's, whose
 * clique cover lets a chain A–B–C give one person both B and C.  The
 * objective weighs each edge M + score with M larger than any total score, so
 * the optimum fills the most places and then has the best score, and any
 * bound B on it says no roster fills more than ⌊B / M⌋.  GLPK's
 * branch-and-cut solves it, starting from the flow search's best roster, up
 * to the time left; its best open node's bound is the proven bound. */

typedef struct
{
  Context *ctx;
  GCancellable *cancellable;
  double *start;                /* 1-based, the incumbent to offer */
  gboolean offered;
  double bound;                 /* the smallest proven bound seen */
  GArray *fractional;           /* IlpValue */
  GArray *chosen;               /* guint */
  GArray *rounded;              /* guint */
  Value rounded_best;
  guint n_rounded;
} IlpInfo;

typedef struct
{
  double x;
  guint edge;
} IlpValue;

static int
compare_ilp_value (gconstpointer a,
                   gconstpointer b)
{
  const IlpValue *x = a;
  const IlpValue *y = b;

  if (x->x != y->x)
    return x->x > y->x ? -1 : 1;
  return (x->edge > y->edge) - (x->edge < y->edge);
}

/* A roster from the node's LP solution: its edges by value, kept while
 * feasible, then the free places greedily (solver_repair_roster()).  Offered to
 * GLPK when better than any before; GLPK keeps the best as its incumbent. */
static void
ilp_round (glp_tree *tree,
           IlpInfo  *info)
{
  TomoniSolver *self = info->ctx->self;
  glp_prob *lp = glp_ios_get_prob (tree);
  guint n_edges = self->edges->len;
  Value value;

  g_array_set_size (info->fractional, 0);
  for (guint i = 0; i < n_edges; i++)
    {
      IlpValue v = { glp_get_col_prim (lp, i + 1), i };

      if (v.x > 1e-6)
        g_array_append_val (info->fractional, v);
    }
  g_array_sort (info->fractional, compare_ilp_value);
  g_array_set_size (info->chosen, 0);
  for (guint i = 0; i < info->fractional->len; i++)
    g_array_append_val (info->chosen, g_array_index (info->fractional, IlpValue, i).edge);

  solver_repair_roster (info->ctx, info->chosen, info->rounded, &value);
  info->n_rounded++;
  if (solver_value_compare (&value, &info->rounded_best) <= 0)
    return;
  info->rounded_best = value;
  memset (info->start, 0, sizeof (double) * (n_edges + 1));
  for (guint i = 0; i < info->rounded->len; i++)
    info->start[g_array_index (info->rounded, guint, i) + 1] = 1.0;
  glp_ios_heur_sol (tree, info->start);
}

static void
ilp_callback (glp_tree *tree,
              void     *data)
{
  IlpInfo *info = data;
  int best;

  if (glp_ios_reason (tree) == GLP_IHEUR)
    {
      if (!info->offered)
        {
          glp_ios_heur_sol (tree, info->start);
          info->offered = TRUE;
        }
      ilp_round (tree, info);
    }
  best = glp_ios_best_node (tree);
  if (best != 0)
    info->bound = MIN (info->bound, glp_ios_node_bound (tree, best));
  if (g_cancellable_is_cancelled (info->cancellable))
    glp_ios_terminate (tree);
}

typedef struct
{
  GArray *ia;                   /* 1-based, as glp_load_matrix wants */
  GArray *ja;
  GArray *ar;
  GArray *row_ub;               /* double, 0-based */
} IlpRows;

static void
ilp_rows_add (IlpRows     *rows,
              const guint *edges,
              guint        n,
              double       ub)
{
  int row = rows->row_ub->len + 1;

  for (guint i = 0; i < n; i++)
    {
      int col = edges[i] + 1;
      double one = 1.0;

      g_array_append_val (rows->ia, row);
      g_array_append_val (rows->ja, col);
      g_array_append_val (rows->ar, one);
    }
  g_array_append_val (rows->row_ub, ub);
}

/* Improves @best / @best_value and lowers @bound with GLPK, within
 * @deadline (monotonic µs, 0: none).  TRUE when the search finished (then
 * @bound equals @best_value); FALSE with @error set on cancellation. */
gboolean
solver_ilp_solve (Context       *ctx,
           gint64         deadline,
           GArray        *best,
           Value         *best_value,
           Value         *bound,
           gboolean      *finished,
           GCancellable  *cancellable,
           GError       **error)
{
  TomoniSolver *self = ctx->self;
  guint n_edges = self->edges->len;
  guint64 total_capacity = 0;
  double weight;
  IlpRows rows;
  g_autoptr(GArray) run = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) active = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *slot_first = NULL;
  g_autofree guint *slot_edges = NULL;
  g_autofree double *start = NULL;
  IlpInfo info = { ctx, cancellable, NULL, FALSE, G_MAXDOUBLE, };
  glp_prob *lp;
  glp_smcp simplex_parm;
  glp_iocp parm;
  int ret, status;
  gint64 ms;

  *finished = FALSE;
  if (n_edges == 0)
    return TRUE;                /* GLPK refuses a problem without columns */
  for (guint s = 0; s < self->slots->len; s++)
    total_capacity += slot_at (self, s)->capacity;
  total_capacity = MIN (total_capacity, n_edges);
  /* M > any total score; every objective value must stay exact in a double */
  weight = (double) ctx->max_score * (double) total_capacity + 1.0;
  if (weight * (double) (total_capacity + 1) > 1e15)
    return TRUE;

  rows.ia = g_array_new (FALSE, FALSE, sizeof (int));
  rows.ja = g_array_new (FALSE, FALSE, sizeof (int));
  rows.ar = g_array_new (FALSE, FALSE, sizeof (double));
  rows.row_ub = g_array_new (FALSE, FALSE, sizeof (double));
  g_array_set_size (rows.ia, 1);
  g_array_set_size (rows.ja, 1);
  g_array_set_size (rows.ar, 1);

  /* slots: their edges */
  slot_edges = solver_bucket_edges (self, TRUE, &slot_first);
  for (guint s = 0; s < self->slots->len; s++)
    if (slot_first[s + 1] - slot_first[s] > slot_at (self, s)->capacity)
      ilp_rows_add (&rows, slot_edges + slot_first[s], slot_first[s + 1] - slot_first[s],
                    slot_at (self, s)->capacity);

  for (guint p = 0; p < self->people->len; p++)
    {
      guint lo = ctx->person_first[p], hi = ctx->person_first[p + 1];

      /* month caps (the order groups a person's edges by month) */
      for (guint i = lo; i < hi;)
        {
          int month = slot_at (self, edge_at (self, ctx->order[i])->slot)->month;
          guint j = i, cap;

          while (j < hi && slot_at (self, edge_at (self, ctx->order[j])->slot)->month == month)
            j++;
          if (solver_lookup_cap (self, p, month, &cap) && cap < j - i)
            ilp_rows_add (&rows, ctx->order + i, j - i, cap);
          i = j;
        }

      /* maximal cliques: the slots holding a start t, when none of them
       * ends after the next start (else they all hold that one too) */
      g_array_set_size (run, 0);
      g_array_append_vals (run, ctx->order + lo, hi - lo);
      g_array_sort_with_data (run, solver_compare_by_person_time, self);
      for (guint i = 0; i < run->len;)
        {
          gint64 t = slot_at (self, edge_at (self, g_array_index (run, guint, i))->slot)->start;
          gint64 min_end = G_MAXINT64;
          guint next = i;

          while (next < run->len
                 && slot_at (self, edge_at (self, g_array_index (run, guint, next))->slot)->start == t)
            next++;
          g_array_set_size (active, 0);
          for (guint k = 0; k < next; k++)
            {
              guint edge = g_array_index (run, guint, k);
              const Slot *s = slot_at (self, edge_at (self, edge)->slot);

              if (s->end > t)
                {
                  g_array_append_val (active, edge);
                  min_end = MIN (min_end, s->end);
                }
            }
          if (active->len >= 2
              && (next == run->len
                  || min_end <= slot_at (self, edge_at (self, g_array_index (run, guint, next))->slot)->start))
            ilp_rows_add (&rows, (const guint *) active->data, active->len, 1);
          i = next;
        }
    }

  lp = glp_create_prob ();
  glp_set_obj_dir (lp, GLP_MAX);
  glp_add_cols (lp, n_edges);
  for (guint i = 0; i < n_edges; i++)
    {
      glp_set_col_kind (lp, i + 1, GLP_BV);
      glp_set_obj_coef (lp, i + 1, weight + (double) edge_at (self, i)->score);
    }
  if (rows.row_ub->len > 0)
    {
      glp_add_rows (lp, rows.row_ub->len);
      for (guint r = 0; r < rows.row_ub->len; r++)
        glp_set_row_bnds (lp, r + 1, GLP_UP, 0.0, g_array_index (rows.row_ub, double, r));
      glp_load_matrix (lp, rows.ia->len - 1, (const int *) rows.ia->data,
                       (const int *) rows.ja->data, (const double *) rows.ar->data);
    }
  g_array_unref (rows.ia);
  g_array_unref (rows.ja);
  g_array_unref (rows.ar);
  g_array_unref (rows.row_ub);

  start = g_new0 (double, n_edges + 1);
  for (guint i = 0; i < best->len; i++)
    start[g_array_index (best, guint, i) + 1] = 1.0;
  info.start = start;
  info.rounded_best = *best_value;
  info.fractional = g_array_new (FALSE, FALSE, sizeof (IlpValue));
  info.chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  info.rounded = g_array_new (FALSE, FALSE, sizeof (guint));
  glp_term_out (GLP_OFF);

  ms = deadline == 0 ? G_MAXINT : (deadline - g_get_monotonic_time ()) / 1000;
  glp_init_smcp (&simplex_parm);
  simplex_parm.msg_lev = GLP_MSG_OFF;
  simplex_parm.tm_lim = (int) CLAMP (ms, 1, G_MAXINT);
  ret = glp_simplex (lp, &simplex_parm);
  status = glp_get_status (lp);
  if (ret == 0 && status == GLP_OPT)
    {
      info.bound = glp_get_obj_val (lp);
      ms = deadline == 0 ? G_MAXINT : (deadline - g_get_monotonic_time ()) / 1000;
      glp_init_iocp (&parm);
      parm.msg_lev = GLP_MSG_OFF;
      parm.tm_lim = (int) CLAMP (ms, 1, G_MAXINT);
      parm.cb_func = ilp_callback;
      parm.cb_info = &info;
      ret = glp_intopt (lp, &parm);
      status = glp_mip_status (lp);

      if (status == GLP_OPT || status == GLP_FEAS)
        {
          g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (guint));
          Value value = { 0, 0 };

          for (guint i = 0; i < n_edges; i++)
            if (glp_mip_col_val (lp, i + 1) > 0.5)
              {
                g_array_append_val (chosen, i);
                value.filled++;
                value.score += edge_at (self, i)->score;
              }
          if (solver_value_compare (&value, best_value) > 0 && solver_roster_is_feasible (ctx, chosen))
            {
              *best_value = value;
              g_array_set_size (best, 0);
              g_array_append_vals (best, chosen->data, chosen->len);
            }
        }
      if (ret == 0 && status == GLP_OPT)
        info.bound = MIN (info.bound, glp_mip_obj_val (lp));
      else if (ret == 0 && status == GLP_NOFEAS)
        info.bound = 0;                 /* cannot happen: the empty roster */
    }

  if (info.bound < G_MAXDOUBLE)
    {
      /* objective values are integers */
      double b = floor (info.bound + 1e-6);
      Value lp_bound;

      lp_bound.filled = (guint) floor (b / weight);
      lp_bound.score = (gint64) (b - (double) lp_bound.filled * weight);
      if (solver_value_compare (&lp_bound, bound) < 0)
        *bound = lp_bound;
    }
  if (solver_value_compare (best_value, bound) >= 0)
    {
      *bound = *best_value;
      *finished = TRUE;
    }

  g_debug ("integer program: %u columns, %d rows, %u roundings, %.2f s left",
           n_edges, glp_get_num_rows (lp), info.n_rounded,
           deadline == 0 ? 0.0 : (deadline - g_get_monotonic_time ()) / 1e6);
  g_array_unref (info.fractional);
  g_array_unref (info.chosen);
  g_array_unref (info.rounded);
  glp_delete_prob (lp);
  /* GLPK keeps its environment per thread; give it back (nothing else here
   * uses GLPK) so that worker threads do not leak it */
  glp_free_env ();

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}
