/* tomoni-store-attendance.h: attendance marks and the attendance grid of a term
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes follow the rules of tomoni-store-classes.h: one transaction per
 * call, the "changed" signal, TOMONI_STORE_ERROR for what a user causes.
 */
#pragma once

#include "tomoni-attendance.h"
#include "tomoni-session.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

/**
 * tomoni_store_set_attendance:
 * @status: NONE removes the mark
 * @kind: ENROLLED for a learner enrolled in the session's term (someone who
 *   withdrew keeps the marks of sessions before); TRIAL or WALK_IN for
 *   someone who is not enrolled (refused for an enrolled learner)
 *
 * Only for a scheduled session (not skipped, cancelled or moved).
 */
gboolean       tomoni_store_set_attendance       (TomoniStore             *self,
                                                  gint64                   session_id,
                                                  gint64                   person_id,
                                                  TomoniAttendanceStatus   status,
                                                  TomoniAttendanceKind     kind,
                                                  GError                 **error);
TomoniAttendanceStatus
               tomoni_store_get_attendance       (TomoniStore             *self,
                                                  gint64                   session_id,
                                                  gint64                   person_id,
                                                  GError                 **error);

/* One row of the grid: an enrolled learner, or a trial / walk-in visitor. */
typedef struct {
  gint64                person_id;
  char                 *uuid;
  char                 *name;            /* display name */
  char                 *reading;         /* katakana */
  char                 *enrolment;       /* "enrolled", "withdrawn" or "" (trial / walk-in) */
  TomoniAttendanceKind  kind;            /* of the first mark for visitors */
  int                   n_attended;      /* present + late */
  int                   n_marked;        /* any status */
} TomoniGridRow;

/**
 * TomoniAttendanceGrid:
 *
 * Learners × sessions of one term, built by three indexed queries (sessions,
 * people, marks) whatever the database's size. Columns are the
 * term's scheduled sessions (not skipped, cancelled or moved) in date order;
 * rows the enrolled and withdrawn learners sorted by reading, then
 * the trial and walk-in visitors by reading. cells[row * n_sessions + col].
 */
typedef struct {
  gint64                   term_id;
  guint                    n_rows;
  guint                    n_sessions;
  GPtrArray               *sessions;          /* TomoniSession, n_sessions */
  TomoniGridRow           *rows;              /* n_rows */
  TomoniAttendanceStatus  *cells;             /* n_rows × n_sessions */
  int                     *session_attended;  /* per column: present + late */
  int                     *session_marked;    /* per column: any status */
} TomoniAttendanceGrid;

TomoniAttendanceGrid *tomoni_store_get_attendance_grid (TomoniStore          *self,
                                                        gint64                term_id,
                                                        GError              **error);
void                  tomoni_attendance_grid_free      (TomoniAttendanceGrid *grid);
TomoniAttendanceStatus
                      tomoni_attendance_grid_get       (TomoniAttendanceGrid *grid,
                                                        guint                 row,
                                                        guint                 col);
/* the column of @session_id, or -1 */
int                   tomoni_attendance_grid_find_session (TomoniAttendanceGrid *grid,
                                                           gint64                session_id);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniAttendanceGrid, tomoni_attendance_grid_free)

G_END_DECLS
