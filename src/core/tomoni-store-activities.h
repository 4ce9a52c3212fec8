/* tomoni-store-activities.h: activities, shifts, slots, assignments,
 * auto-fill and check-in in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-activity.h"
#include "tomoni-assignment.h"
#include "tomoni-matching.h"
#include "tomoni-shift.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

/* Activities. add sets id and uuid (and requester-id). The store emits
 * "changed" with detail "activities". */
gboolean        tomoni_store_add_activity          (TomoniStore     *self,
                                                    TomoniActivity  *activity,
                                                    GError         **error);
gboolean        tomoni_store_update_activity       (TomoniStore     *self,
                                                    TomoniActivity  *activity,
                                                    GError         **error);
/* Deletes the activity with its shifts, slots and assignments; refused
 * (CONFLICT) if anyone was checked in. */
gboolean        tomoni_store_delete_activity       (TomoniStore     *self,
                                                    gint64           activity_id,
                                                    GError         **error);
TomoniActivity *tomoni_store_get_activity          (TomoniStore     *self,
                                                    gint64           activity_id,
                                                    GError         **error);
TomoniActivity *tomoni_store_get_activity_by_uuid  (TomoniStore     *self,
                                                    const char      *uuid,
                                                    GError         **error);
/* Ids of activities with a shift in [@from, @to] (either NULL: open), and
 * activities without shifts when both are NULL; latest first. */
GArray         *tomoni_store_query_activity_ids    (TomoniStore     *self,
                                                    const char      *from,
                                                    const char      *to,
                                                    GError         **error);

/* Shifts. add writes the shift and its slots (set id/uuid on both); INVALID
 * names the field ("End: the shift ends before it starts"). */
gboolean        tomoni_store_add_shift             (TomoniStore     *self,
                                                    TomoniShift     *shift,
                                                    GError         **error);
/**
 * tomoni_store_add_weekly_shifts:
 * @template: date = the first date; its times and slots are copied
 * @until: last date (inclusive), 'YYYY-MM-DD'
 * @out_shifts: (out) (optional): the new TomoniShift*s
 *
 * Creates a shift every 7 days from the template's date to @until, each with
 * copies of its slots, all in one transaction (at most 200 shifts).
 */
gboolean        tomoni_store_add_weekly_shifts     (TomoniStore     *self,
                                                    TomoniShift     *template_shift,
                                                    const char      *until,
                                                    GPtrArray      **out_shifts,
                                                    GError         **error);
/* Changes date and times (not slots). Refused (CONFLICT naming the person)
 * if someone assigned without an override could then not work the shift:
 * booked at an overlapping time, not available, unavailable that day, not
 * registered, or over the monthly cap. */
gboolean        tomoni_store_update_shift          (TomoniStore     *self,
                                                    TomoniShift     *shift,
                                                    GError         **error);
gboolean        tomoni_store_delete_shift          (TomoniStore     *self,
                                                    gint64           shift_id,
                                                    GError         **error);
TomoniShift    *tomoni_store_get_shift             (TomoniStore     *self,
                                                    gint64           shift_id,
                                                    GError         **error);
TomoniShift    *tomoni_store_get_shift_by_uuid     (TomoniStore     *self,
                                                    const char      *uuid,
                                                    GError         **error);
/* Shifts (with slots and counts) of one activity by date and time. */
GPtrArray      *tomoni_store_list_shifts           (TomoniStore     *self,
                                                    gint64           activity_id,
                                                    GError         **error);
/* Shifts of all activities in [@from, @to], with "activity-title". */
GPtrArray      *tomoni_store_list_shifts_between   (TomoniStore     *self,
                                                    const char      *from,
                                                    const char      *to,
                                                    GError         **error);

/* Slots. add: slot's shift-id must be set. update refuses a "needed" below
 * the number already assigned (INVALID, "Needed: 3 people are assigned …"). */
gboolean        tomoni_store_add_slot              (TomoniStore     *self,
                                                    TomoniSlot      *slot,
                                                    GError         **error);
gboolean        tomoni_store_update_slot           (TomoniStore     *self,
                                                    TomoniSlot      *slot,
                                                    GError         **error);
gboolean        tomoni_store_delete_slot           (TomoniStore     *self,
                                                    gint64           slot_id,
                                                    GError         **error);
TomoniSlot     *tomoni_store_get_slot              (TomoniStore     *self,
                                                    gint64           slot_id,
                                                    GError         **error);

/* Matching. Loads every volunteer (not deleted) and the slots of
 * @activity_id (> 0), or of all shifts in [@from, @to] when @activity_id
 * is 0, with bookings in the months concerned. @today NULL: the real day. */
TomoniMatchData *tomoni_store_load_match_data      (TomoniStore     *self,
                                                    gint64           activity_id,
                                                    const char      *from,
                                                    const char      *to,
                                                    const char      *today,
                                                    GError         **error);
/* Ranked candidates for one slot (see tomoni_match_rank()). */
GPtrArray      *tomoni_store_rank_candidates       (TomoniStore     *self,
                                                    gint64           slot_id,
                                                    GError         **error);
/* Loads and solves: the preview of an auto-fill. */
TomoniMatchPlan *tomoni_store_plan_auto_fill       (TomoniStore     *self,
                                                    gint64           activity_id,
                                                    const char      *from,
                                                    const char      *to,
                                                    GCancellable    *cancellable,
                                                    GError         **error);
/* The same within @time_limit seconds (0: none; the above uses
 * TOMONI_MATCH_DEFAULT_TIME_LIMIT): at the limit, the best plan found with
 * its bound (see TomoniMatchPlan). */
TomoniMatchPlan *tomoni_store_plan_auto_fill_with_limit (TomoniStore   *self,
                                                         gint64         activity_id,
                                                         const char    *from,
                                                         const char    *to,
                                                         double         time_limit,
                                                         GCancellable  *cancellable,
                                                         GError       **error);
/* The same on a worker thread with its own connection. */
void            tomoni_store_plan_auto_fill_async  (TomoniStore         *self,
                                                    gint64               activity_id,
                                                    const char          *from,
                                                    const char          *to,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
TomoniMatchPlan *tomoni_store_plan_auto_fill_finish (TomoniStore        *self,
                                                     GAsyncResult       *result,
                                                     GError            **error);
/**
 * tomoni_store_apply_plan:
 * @out_token: (out): a token naming this application, for undo
 *
 * Writes every proposal as an assignment (source 'auto', its score) in one
 * transaction, after checking again that each is still allowed (CONFLICT
 * naming the slot and person otherwise, nothing written).
 */
gboolean        tomoni_store_apply_plan            (TomoniStore      *self,
                                                    TomoniMatchPlan  *plan,
                                                    char            **out_token,
                                                    GError          **error);
/* Removes exactly the assignments that apply created with @token, in one
 * transaction; refused (CONFLICT) if one of them was checked in since.
 * @out_n_removed (optional). */
gboolean        tomoni_store_undo_plan             (TomoniStore      *self,
                                                    const char       *token,
                                                    guint            *out_n_removed,
                                                    GError          **error);

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
