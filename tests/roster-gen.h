/* roster-gen.h: lean-month roster instances for the solver's tests and
 * benchmarks, deterministic by seed
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A month of shifts (10 a day by default) whose times chain: each shift
 * overlaps the next one of its day but not the one after, so a volunteer's
 * eligible shifts form long overlap chains that no single time block covers.
 * Volunteers are scarce (a few shifts a month each, far fewer than the
 * places) and many scores are equal or nearly so.  These are the instances on
 * which an exact search by flows alone did not finish in 90 s.
 */
#pragma once

#include <glib.h>

#include "tomoni-solver.h"

typedef enum
{
  ROSTER_CHAINS_DAY,            /* staggered starts within each day */
  ROSTER_CHAINS_MONTH,          /* one chain across the whole month */
  ROSTER_CHAINS_DENSE,          /* half-hour starts, 1–4 h: deep cliques and chains */
} RosterChains;

typedef enum
{
  ROSTER_SCORES_VARIED,         /* 0–100, as the matching scores spread */
  ROSTER_SCORES_NEAR,           /* 40–42: many near-equal scores */
  ROSTER_SCORES_EQUAL,          /* all 40: every roster of a size ties */
} RosterScores;

typedef struct
{
  guint n_people;
  guint n_shifts;
  guint shifts_a_day;
  RosterChains chains;
  RosterScores scores;
  guint cap_min;                /* monthly cap, uniform in [cap_min, cap_max] */
  guint cap_max;
  guint day_percent;            /* chance a volunteer is free on a day */
  guint eligible_percent;       /* chance a free volunteer suits a slot */
  guint32 seed;
} RosterParams;

typedef struct
{
  guint capacity;
  gint64 start;
  gint64 end;
  int month;
} RosterSlot;

typedef struct
{
  guint person;
  guint slot;
  gint64 score;
} RosterEdge;

typedef struct
{
  guint n_people;
  GArray *slots;                /* RosterSlot */
  GArray *edges;                /* RosterEdge */
  guint *caps;                  /* per person, month key 0 */
  guint n_places;
} RosterInstance;

static inline void
roster_instance_free (RosterInstance *in)
{
  g_array_unref (in->slots);
  g_array_unref (in->edges);
  g_free (in->caps);
  g_free (in);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RosterInstance, roster_instance_free)

static inline RosterInstance *
roster_generate (const RosterParams *params)
{
  RosterInstance *in = g_new0 (RosterInstance, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (params->seed);
  guint n_days = (params->n_shifts + params->shifts_a_day - 1) / params->shifts_a_day;
  g_autofree guint8 *free_day = g_new0 (guint8, (gsize) params->n_people * n_days);
  g_autofree guint *shift_first_slot = g_new0 (guint, params->n_shifts + 1);

  in->n_people = params->n_people;
  in->slots = g_array_new (FALSE, FALSE, sizeof (RosterSlot));
  in->edges = g_array_new (FALSE, FALSE, sizeof (RosterEdge));
  in->caps = g_new0 (guint, params->n_people);

  for (guint s = 0; s < params->n_shifts; s++)
    {
      guint day = s / params->shifts_a_day;
      guint k = s % params->shifts_a_day;
      gint64 start, end;
      guint n_roles = g_rand_int_range (rand, 2, 5);

      switch (params->chains)
        {
        case ROSTER_CHAINS_MONTH:
          /* every shift overlaps the next by 30 minutes, day after day */
          start = (gint64) s * 90;
          end = start + 120;
          break;
        case ROSTER_CHAINS_DENSE:
          start = day * 1440 + 8 * 60 + 30 * g_rand_int_range (rand, 0, 23);
          end = start + 60 * g_rand_int_range (rand, 1, 5);
          break;
        case ROSTER_CHAINS_DAY:
        default:
          /* 8:00, 9:00, … each 90–120 minutes: A overlaps B overlaps C */
          start = day * 1440 + 8 * 60 + k * 60 + 15 * g_rand_int_range (rand, 0, 2);
          end = start + 90 + 30 * g_rand_int_range (rand, 0, 2);
          break;
        }

      shift_first_slot[s] = in->slots->len;
      for (guint r = 0; r < n_roles; r++)
        {
          RosterSlot slot = { g_rand_int_range (rand, 1, 3), start, end, 0 };

          in->n_places += slot.capacity;
          g_array_append_val (in->slots, slot);
        }
    }
  shift_first_slot[params->n_shifts] = in->slots->len;

  for (guint p = 0; p < params->n_people; p++)
    {
      in->caps[p] = g_rand_int_range (rand, params->cap_min, params->cap_max + 1);
      for (guint d = 0; d < n_days; d++)
        free_day[p * n_days + d] = g_rand_int_range (rand, 0, 100) < (gint32) params->day_percent;
    }

  /* edges in person order, as the matching adds them */
  for (guint p = 0; p < params->n_people; p++)
    {
      /* a volunteer's base score: experience and fairness */
      gint64 base = g_rand_int_range (rand, 0, 60);

      for (guint s = 0; s < params->n_shifts; s++)
        {
          guint day = s / params->shifts_a_day;

          if (!free_day[p * n_days + day])
            continue;
          for (guint slot = shift_first_slot[s]; slot < shift_first_slot[s + 1]; slot++)
            {
              RosterEdge edge = { p, slot, 40 };

              if (g_rand_int_range (rand, 0, 100) >= (gint32) params->eligible_percent)
                continue;
              if (params->scores == ROSTER_SCORES_VARIED)
                edge.score = MIN (100, base + 10 * g_rand_int_range (rand, 0, 5));
              else if (params->scores == ROSTER_SCORES_NEAR)
                edge.score = 40 + g_rand_int_range (rand, 0, 3);
              g_array_append_val (in->edges, edge);
            }
        }
    }

  return in;
}

static inline TomoniSolver *
roster_load (const RosterInstance *in)
{
  TomoniSolver *solver = tomoni_solver_new ();

  for (guint p = 0; p < in->n_people; p++)
    {
      tomoni_solver_add_person (solver, NULL);
      tomoni_solver_set_person_cap (solver, p, 0, in->caps[p]);
    }
  for (guint s = 0; s < in->slots->len; s++)
    {
      const RosterSlot *slot = &g_array_index (in->slots, RosterSlot, s);

      tomoni_solver_add_slot (solver, slot->capacity, slot->start, slot->end, slot->month, NULL);
    }
  for (guint e = 0; e < in->edges->len; e++)
    {
      const RosterEdge *edge = &g_array_index (in->edges, RosterEdge, e);

      tomoni_solver_add_edge (solver, edge->person, edge->slot, edge->score);
    }

  return solver;
}
