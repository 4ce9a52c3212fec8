/* tomoni-solver-roster.c: rosters of the optimiser: the feasibility check, the overlap
 * finder, and the greedy repair that turns a relaxation into an incumbent
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tomoni-solver"

#include "tomoni-solver-private.h"

static int
compare_score (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  TomoniSolver *self = user_data;
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;
  gint64 sx = edge_at (self, x)->score;
  gint64 sy = edge_at (self, y)->score;

  if (sx != sy)
    return sx > sy ? -1 : 1;
  return x < y ? -1 : (x > y);
}

int
solver_compare_by_person_time (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  TomoniSolver *self = user_data;
  const TomoniSolverAssignment *ea = edge_at (self, *(const guint *) a);
  const TomoniSolverAssignment *eb = edge_at (self, *(const guint *) b);
  const Slot *sa = slot_at (self, ea->slot);
  const Slot *sb = slot_at (self, eb->slot);

  if (ea->person != eb->person)
    return ea->person < eb->person ? -1 : 1;
  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end < sb->end ? -1 : 1;
  if (ea->slot != eb->slot)
    return ea->slot < eb->slot ? -1 : 1;
  return 0;
}

/* The first overlap of one person in @chosen (edge indexes), in person and
 * time order.  Sorts @chosen. */
gboolean
solver_find_overlap (TomoniSolver *self,
              GArray       *chosen,
              guint        *edge1,
              guint        *edge2)
{
  guint person = G_MAXUINT;
  gint64 max_end = 0;
  guint max_edge = 0;

  g_array_sort_with_data (chosen, solver_compare_by_person_time, self);
  for (guint i = 0; i < chosen->len; i++)
    {
      guint edge = g_array_index (chosen, guint, i);
      const TomoniSolverAssignment *e = edge_at (self, edge);
      const Slot *s = slot_at (self, e->slot);

      if (e->person != person)
        {
          person = e->person;
          max_end = s->end;
          max_edge = edge;
          continue;
        }
      if (s->start < max_end)
        {
          *edge1 = max_edge;
          *edge2 = edge;
          return TRUE;
        }
      if (s->end > max_end)
        {
          max_end = s->end;
          max_edge = edge;
        }
    }

  return FALSE;
}

/* A feasible roster near the relaxation's, for a good incumbent early: keep
 * the relaxation's slots in person and time order while they do not overlap,
 * then fill free places greedily by score.  Only ever an incumbent; the
 * bounds alone decide optimality. */
void
solver_repair_roster (Context      *ctx,
               const GArray *chosen,
               GArray       *out,
               Value        *value)
{
  TomoniSolver *self = ctx->self;
  guint n_edges = self->edges->len;
  g_autofree guint *slot_used = g_new0 (guint, self->slots->len + 1);
  g_autofree guint *head = g_new (guint, self->people->len + 1);
  g_autofree guint *next = g_new (guint, n_edges + 1);
  g_autofree guint8 *kept = g_new0 (guint8, n_edges + 1);

  if (ctx->by_score == NULL)
    {
      ctx->by_score = g_new (guint, n_edges + 1);
      for (guint i = 0; i < n_edges; i++)
        ctx->by_score[i] = i;
      g_qsort_with_data (ctx->by_score, n_edges, sizeof (guint), compare_score, self);
    }

  for (guint p = 0; p < self->people->len; p++)
    head[p] = G_MAXUINT;
  g_array_set_size (out, 0);
  value->filled = 0;
  value->score = 0;

  for (guint pass = 0; pass < 2; pass++)
    {
      guint n = pass == 0 ? chosen->len : n_edges;

      for (guint i = 0; i < n; i++)
        {
          guint edge = pass == 0 ? g_array_index (chosen, guint, i) : ctx->by_score[i];
          const TomoniSolverAssignment *e = edge_at (self, edge);
          const Slot *s = slot_at (self, e->slot);
          guint cap, in_month = 0;
          gboolean ok = TRUE;

          if (kept[edge] || slot_used[e->slot] >= s->capacity)
            continue;
          for (guint f = head[e->person]; f != G_MAXUINT && ok; f = next[f])
            {
              const Slot *o = slot_at (self, edge_at (self, f)->slot);

              if (o->start < s->end && s->start < o->end)
                ok = FALSE;
              if (o->month == s->month)
                in_month++;
            }
          if (!ok || (solver_lookup_cap (self, e->person, s->month, &cap) && in_month >= cap))
            continue;

          kept[edge] = 1;
          next[edge] = head[e->person];
          head[e->person] = edge;
          slot_used[e->slot]++;
          g_array_append_val (out, edge);
          value->filled++;
          value->score += e->score;
        }
    }
}

/* Whether @chosen (edge indexes) keeps every hard constraint.  Sorts
 * @chosen. */
gboolean
solver_roster_is_feasible (Context *ctx,
                    GArray  *chosen)
{
  TomoniSolver *self = ctx->self;
  g_autofree guint *slot_used = g_new0 (guint, self->slots->len + 1);
  guint e1, e2;

  if (solver_find_overlap (self, chosen, &e1, &e2))
    return FALSE;
  for (guint i = 0; i < chosen->len; i++)
    {
      const TomoniSolverAssignment *e = edge_at (self, g_array_index (chosen, guint, i));
      int month = slot_at (self, e->slot)->month;
      guint in_month = 0, cap;

      if (++slot_used[e->slot] > slot_at (self, e->slot)->capacity)
        return FALSE;
      /* chosen is in person order: count this person's slots of the month */
      for (guint k = i; k > 0; k--)
        {
          const TomoniSolverAssignment *o = edge_at (self, g_array_index (chosen, guint, k - 1));

          if (o->person != e->person)
            break;
          if (slot_at (self, o->slot)->month == month)
            in_month++;
        }
      if (solver_lookup_cap (self, e->person, month, &cap) && in_month + 1 > cap)
        return FALSE;
    }

  return TRUE;
}
