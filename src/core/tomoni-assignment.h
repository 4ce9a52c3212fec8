/* tomoni-assignment.h: a volunteer in a slot, with its check-in
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  TOMONI_ASSIGNMENT_ASSIGNED,
  TOMONI_ASSIGNMENT_CONFIRMED,
  TOMONI_ASSIGNMENT_CANCELLED,
} TomoniAssignmentStatus;

typedef enum {
  TOMONI_CHECKIN_NONE,        /* not yet checked in */
  TOMONI_CHECKIN_PRESENT,
  TOMONI_CHECKIN_NO_SHOW,
} TomoniCheckin;

const char *tomoni_assignment_status_to_string (TomoniAssignmentStatus status);
const char *tomoni_assignment_status_get_label (TomoniAssignmentStatus status);  /* translated */
const char *tomoni_checkin_to_string           (TomoniCheckin          checkin); /* "" none */
const char *tomoni_checkin_get_label           (TomoniCheckin          checkin); /* translated */
gboolean    tomoni_checkin_from_string         (const char            *text,
                                                TomoniCheckin         *out_checkin);

#define TOMONI_TYPE_ASSIGNMENT (tomoni_assignment_get_type ())
G_DECLARE_FINAL_TYPE (TomoniAssignment, tomoni_assignment, TOMONI, ASSIGNMENT, GObject)

/**
 * TomoniAssignment:
 *
 * A row of a roster or of a volunteer's schedule, as the store reads it
 * (all properties read-only for the GUI): "id", "uuid", "slot-id",
 * "shift-id", "shift-uuid", "activity-id", "activity-title", "person-id",
 * "person-uuid", "person-name", "role", "date", "start-minute",
 * "end-minute", "status" (key), "source" ('manual', 'auto', 'import'),
 * "score" (-1 none), "override-reason", "cancel-reason", "checkin" (key, ""
 * none), "minutes" (the hours worked in minutes: the correction if one was
 * entered, else the shift's length), "minutes-corrected" (bool).
 */
TomoniAssignment *tomoni_assignment_new                (void);

gint64        tomoni_assignment_get_id               (TomoniAssignment *self);
const char   *tomoni_assignment_get_uuid             (TomoniAssignment *self);
gint64        tomoni_assignment_get_slot_id          (TomoniAssignment *self);
gint64        tomoni_assignment_get_shift_id         (TomoniAssignment *self);
const char   *tomoni_assignment_get_shift_uuid       (TomoniAssignment *self);
gint64        tomoni_assignment_get_activity_id      (TomoniAssignment *self);
const char   *tomoni_assignment_get_activity_title   (TomoniAssignment *self);
gint64        tomoni_assignment_get_person_id        (TomoniAssignment *self);
const char   *tomoni_assignment_get_person_uuid      (TomoniAssignment *self);
const char   *tomoni_assignment_get_person_name      (TomoniAssignment *self);
const char   *tomoni_assignment_get_role             (TomoniAssignment *self);
const char   *tomoni_assignment_get_date             (TomoniAssignment *self);
int           tomoni_assignment_get_start_minute     (TomoniAssignment *self);
int           tomoni_assignment_get_end_minute       (TomoniAssignment *self);
TomoniAssignmentStatus tomoni_assignment_get_status  (TomoniAssignment *self);
const char   *tomoni_assignment_get_source           (TomoniAssignment *self);
gint64        tomoni_assignment_get_score            (TomoniAssignment *self);
const char   *tomoni_assignment_get_override_reason  (TomoniAssignment *self);
const char   *tomoni_assignment_get_cancel_reason    (TomoniAssignment *self);
TomoniCheckin tomoni_assignment_get_checkin          (TomoniAssignment *self);
int           tomoni_assignment_get_minutes          (TomoniAssignment *self);
gboolean      tomoni_assignment_get_minutes_corrected (TomoniAssignment *self);

/* For the store: fills every field at once (notifies nothing). */
typedef struct {
  gint64 id, slot_id, shift_id, activity_id, person_id;
  const char *uuid, *shift_uuid, *activity_title, *person_uuid, *person_name, *role, *date;
  int start_minute, end_minute;
  TomoniAssignmentStatus status;
  const char *source;
  gint64 score;                  /* -1 none */
  const char *override_reason, *cancel_reason;
  TomoniCheckin checkin;
  int minutes;                   /* -1: from the shift */
} TomoniAssignmentFields;

TomoniAssignment *tomoni_assignment_new_from_fields  (const TomoniAssignmentFields *fields);

G_END_DECLS
