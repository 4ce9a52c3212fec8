/* tomoni-store-assignments.h: volunteers in slots: assignments by hand,
 * confirmation, cancellation, check-in and a volunteer's history
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-assignment.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

/* Assignments by hand. A broken hard constraint (tomoni_match_check) is
 * refused with INVALID naming the rule unless @override_reason is given,
 * which is stored. Returns the new assignment's id, 0 on error. */
gint64          tomoni_store_assign                (TomoniStore     *self,
                                                    gint64           slot_id,
                                                    gint64           person_id,
                                                    const char      *override_reason,
                                                    GError         **error);
/* Deletes the assignment (a mistake); refused once checked in. */
gboolean        tomoni_store_unassign              (TomoniStore     *self,
                                                    gint64           assignment_id,
                                                    GError         **error);
gboolean        tomoni_store_confirm_assignment    (TomoniStore     *self,
                                                    gint64           assignment_id,
                                                    GError         **error);
/* Cancels with a reason (required, INVALID "Reason: …"); the row stays. */
gboolean        tomoni_store_cancel_assignment     (TomoniStore     *self,
                                                    gint64           assignment_id,
                                                    const char      *reason,
                                                    GError         **error);
TomoniAssignment *tomoni_store_get_assignment      (TomoniStore     *self,
                                                    gint64           assignment_id,
                                                    GError         **error);
TomoniAssignment *tomoni_store_get_assignment_by_uuid (TomoniStore  *self,
                                                       const char   *uuid,
                                                       GError      **error);
/* An activity's roster: assignments by date, time, role, name (cancelled
 * ones included when @with_cancelled). */
GPtrArray      *tomoni_store_list_roster           (TomoniStore     *self,
                                                    gint64           activity_id,
                                                    gboolean         with_cancelled,
                                                    GError         **error);
/* A volunteer's schedule in [@from, @to] (NULL: open), not cancelled. */
GPtrArray      *tomoni_store_list_schedule         (TomoniStore     *self,
                                                    gint64           person_id,
                                                    const char      *from,
                                                    const char      *to,
                                                    GError         **error);

/* Check-in: present or no-show (TOMONI_CHECKIN_NONE clears it); refused
 * for a cancelled assignment. */
gboolean        tomoni_store_check_in              (TomoniStore     *self,
                                                    gint64           assignment_id,
                                                    TomoniCheckin    checkin,
                                                    GError         **error);
/* Corrects the hours in minutes (0 … 1440); -1 goes back to the shift's length. */
gboolean        tomoni_store_set_assignment_minutes (TomoniStore    *self,
                                                     gint64          assignment_id,
                                                     int             minutes,
                                                     GError        **error);

/**
 * TomoniVolunteerHistory:
 * A volunteer's past: every assignment checked in 'present', latest first,
 * the number of distinct activities, the minutes and the last date ("" none).
 */
typedef struct {
  GPtrArray *assignments;     /* TomoniAssignment* */
  guint      n_activities;
  gint64     total_minutes;
  char      *last_date;
} TomoniVolunteerHistory;

TomoniVolunteerHistory *tomoni_store_get_volunteer_history (TomoniStore  *self,
                                                            gint64        person_id,
                                                            GError      **error);
void            tomoni_volunteer_history_free      (TomoniVolunteerHistory *history);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniVolunteerHistory, tomoni_volunteer_history_free)

G_END_DECLS
