/* tomoni-shift.h: one shift of an activity: a date, a time and role slots
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-slot.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_SHIFT (tomoni_shift_get_type ())
G_DECLARE_FINAL_TYPE (TomoniShift, tomoni_shift, TOMONI, SHIFT, GObject)

/**
 * TomoniShift:
 *
 * Properties: "id", "uuid", "activity-id", "date" ('YYYY-MM-DD', local),
 * "start-minute", "end-minute" (minutes after midnight, end > start,
 * 0 … 1440), "time-text" (read-only, "18:00–21:00"), "activity-title"
 * (read-only, filled by the store when listing shifts of several
 * activities), "n-needed", "n-assigned" (read-only, sums over the slots).
 * The slots are a GListStore of #TomoniSlot (tomoni_shift_get_slots()).
 */
TomoniShift  *tomoni_shift_new                 (void);

gint64        tomoni_shift_get_id              (TomoniShift    *self);
void          tomoni_shift_set_id              (TomoniShift    *self,
                                                gint64          id);
const char   *tomoni_shift_get_uuid            (TomoniShift    *self);
void          tomoni_shift_set_uuid            (TomoniShift    *self,
                                                const char     *uuid);
gint64        tomoni_shift_get_activity_id     (TomoniShift    *self);
void          tomoni_shift_set_activity_id     (TomoniShift    *self,
                                                gint64          activity_id);
const char   *tomoni_shift_get_activity_title  (TomoniShift    *self);
void          tomoni_shift_set_activity_title  (TomoniShift    *self,
                                                const char     *title);
const char   *tomoni_shift_get_date            (TomoniShift    *self);
void          tomoni_shift_set_date            (TomoniShift    *self,
                                                const char     *date);
int           tomoni_shift_get_start_minute    (TomoniShift    *self);
int           tomoni_shift_get_end_minute      (TomoniShift    *self);
void          tomoni_shift_set_times           (TomoniShift    *self,
                                                int             start_minute,
                                                int             end_minute);
/* The slots (transfer none): a GListStore of TomoniSlot. */
GListStore   *tomoni_shift_get_slots           (TomoniShift    *self);
void          tomoni_shift_add_slot            (TomoniShift    *self,
                                                TomoniSlot     *slot);
guint         tomoni_shift_get_n_needed        (TomoniShift    *self);
guint         tomoni_shift_get_n_assigned      (TomoniShift    *self);

/* Half-open intervals [start, end) on one date overlap; touching ones
 * (one ends when the other starts) do not. */
gboolean      tomoni_times_overlap             (const char     *date_a,
                                                int             start_a,
                                                int             end_a,
                                                const char     *date_b,
                                                int             start_b,
                                                int             end_b);

G_END_DECLS
