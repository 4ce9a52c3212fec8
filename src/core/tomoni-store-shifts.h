/* tomoni-store-shifts.h: the shifts of activities and their slots in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-shift.h"
#include "tomoni-slot.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

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

G_END_DECLS
