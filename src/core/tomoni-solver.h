/* tomoni-solver.h: the exact volunteer-roster optimiser
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * TomoniSolver:
 *
 * Assigns people to the role slots of shifts, exactly.
 *
 * Hard constraints: a slot takes at most its capacity of people; a person
 * takes a slot at most once; a person takes at most `cap` slots whose month
 * key is a given month (if a cap was set for it); a person never takes two
 * slots whose intervals `[start, end)` overlap.  Intervals that only touch
 * (`end == start`) do not overlap; two role slots of one shift share their
 * interval and so always overlap.
 *
 * Objective, in this order: the most filled slot places, then the largest
 * total score.  The result is the exact optimum (min-cost flow inside a
 * branch-and-bound, then GLPK's branch-and-cut on an integer program with
 * clique rows when the flows do not close; see tomoni-solver.c and the files
 * named in tomoni-solver-private.h), or, when a time limit stops the search,
 * the best roster found with a proven bound.
 * Without a time limit the same input always gives the same roster.
 *
 * People and slots are numbered from 0 in the order they are added.  A
 * solver is not thread-safe, but it may be filled in one thread and solved in
 * another.
 */
typedef struct _TomoniSolver TomoniSolver;

/**
 * TomoniSolverAssignment:
 * @person: index returned by tomoni_solver_add_person()
 * @slot: index returned by tomoni_solver_add_slot()
 * @score: score of the edge that was used
 *
 * One place of the roster: @person fills one place of @slot.
 */
typedef struct
{
  guint person;
  guint slot;
  gint64 score;
} TomoniSolverAssignment;

#define TOMONI_SOLVER_ERROR (tomoni_solver_error_quark ())

/**
 * TomoniSolverError:
 * @TOMONI_SOLVER_ERROR_INVALID_INTERVAL: a slot does not end after it starts
 * @TOMONI_SOLVER_ERROR_SCORE_TOO_LARGE: scores too large to be added up
 *   without overflow
 *
 * Errors from tomoni_solver_solve().  Cancellation is reported as
 * %G_IO_ERROR_CANCELLED.
 */
typedef enum
{
  TOMONI_SOLVER_ERROR_INVALID_INTERVAL,
  TOMONI_SOLVER_ERROR_SCORE_TOO_LARGE,
} TomoniSolverError;

GQuark        tomoni_solver_error_quark      (void);

TomoniSolver *tomoni_solver_new              (void);
void          tomoni_solver_free             (TomoniSolver  *self);

/* Returns the new person's index (0, 1, 2, …).  @user_data is not owned. */
guint         tomoni_solver_add_person       (TomoniSolver  *self,
                                              gpointer       user_data);
/* At most @cap slots with month key @month_key for @person.  Without a call a
 * person is unlimited in that month; a second call for the same month
 * replaces the first. */
void          tomoni_solver_set_person_cap   (TomoniSolver  *self,
                                              guint          person,
                                              int            month_key,
                                              guint          cap);
/* Returns the new slot's index.  @capacity >= 1 people; the interval is
 * [@start, @end) in minutes (any epoch, the same for all slots) and must not
 * be empty, or tomoni_solver_solve() fails; @month_key is the caller's key
 * for the month the shift starts in. */
guint         tomoni_solver_add_slot         (TomoniSolver  *self,
                                              guint          capacity,
                                              gint64         start,
                                              gint64         end,
                                              int            month_key,
                                              gpointer       user_data);
/* @person may take @slot, with @score >= 0 (higher is better).  Adding the
 * same pair again replaces its score.  Pairs never added are not allowed. */
void          tomoni_solver_add_edge         (TomoniSolver  *self,
                                              guint          person,
                                              guint          slot,
                                              gint64         score);

guint         tomoni_solver_get_n_people     (TomoniSolver  *self);
guint         tomoni_solver_get_n_slots      (TomoniSolver  *self);
gpointer      tomoni_solver_get_person_data  (TomoniSolver  *self,
                                              guint          person);
gpointer      tomoni_solver_get_slot_data    (TomoniSolver  *self,
                                              guint          slot);

/* Computes the optimum roster, or the best within the time limit.  Without a
 * limit it can take long on big instances whose people have chains of partly
 * overlapping shifts; @cancellable is checked often.  On failure the previous
 * result (if any) is cleared. */
gboolean      tomoni_solver_solve            (TomoniSolver  *self,
                                              GCancellable  *cancellable,
                                              GError       **error);

/* Seconds tomoni_solver_solve() may search (0: no limit, the default).  At
 * the limit it returns the best roster found, not optimal, with a bound. */
void          tomoni_solver_set_time_limit   (TomoniSolver  *self,
                                              double         seconds);
double        tomoni_solver_get_time_limit   (TomoniSolver  *self);

/* Results of the last successful tomoni_solver_solve(); 0 / empty before. */
guint         tomoni_solver_get_n_filled     (TomoniSolver  *self);
gint64        tomoni_solver_get_total_score  (TomoniSolver  *self);
/* A new array (transfer full) of #TomoniSolverAssignment, sorted by slot then
 * person. */
GArray       *tomoni_solver_get_assignments  (TomoniSolver  *self);
/* Whether the roster is proven optimal (FALSE when the time limit stopped
 * the search).  The bound: no roster fills more than
 * tomoni_solver_get_filled_bound() places, and none filling exactly that
 * many has a total score above tomoni_solver_get_score_bound().  Equal to
 * the roster's figures when optimal. */
gboolean      tomoni_solver_get_optimal      (TomoniSolver  *self);
guint         tomoni_solver_get_filled_bound (TomoniSolver  *self);
gint64        tomoni_solver_get_score_bound  (TomoniSolver  *self);
/* How many flow relaxations the last solve needed (1 unless partly
 * overlapping shifts forced branching); for benchmarks and tests. */
guint         tomoni_solver_get_n_relaxations (TomoniSolver *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniSolver, tomoni_solver_free)

G_END_DECLS
