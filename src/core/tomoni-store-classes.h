/* tomoni-store-classes.h: venues, classes, terms, sessions, enrolment and attendance
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every function that writes is one user action: one transaction, nothing
 * written when it fails, then the store's "changed" signal with detail
 * "classes" (or "attendance" for attendance only). Errors a user can cause:
 *  - TOMONI_STORE_ERROR_INVALID: the message names the field
 *    ("Capacity: 12 learners are enrolled; the capacity cannot be lower");
 *  - TOMONI_STORE_ERROR_NOT_FOUND: an unknown id;
 *  - TOMONI_STORE_ERROR_CONFLICT: a room or teacher booking overlaps another;
 *    the message names the other booking (class or activity title, date,
 *    time). Room conflicts can be accepted knowingly by passing a
 *    @room_override reason (stored in session.room_override); teacher
 *    conflicts never. Back-to-back bookings (end == start) are no conflict.
 *
 * Dates are "YYYY-MM-DD" (local), times minutes after midnight (Asia/Tokyo).
 * Lists return GPtrArrays that own their records (free function set).
 */
#pragma once

#include "tomoni-class-staff.h"
#include "tomoni-class.h"
#include "tomoni-closure.h"
#include "tomoni-enrolment.h"
#include "tomoni-room.h"
#include "tomoni-schedule.h"
#include "tomoni-session.h"
#include "tomoni-store.h"
#include "tomoni-term.h"
#include "tomoni-venue.h"

G_BEGIN_DECLS

/* ---- Venues, rooms, closures ------------------------------------------ */

/* add: on success the record's id and uuid are set. update: by id. */
gboolean       tomoni_store_add_venue            (TomoniStore    *self,
                                                  TomoniVenue    *venue,
                                                  GError        **error);
gboolean       tomoni_store_update_venue         (TomoniStore    *self,
                                                  TomoniVenue    *venue,
                                                  GError        **error);
TomoniVenue   *tomoni_store_get_venue            (TomoniStore    *self,
                                                  gint64          id,
                                                  GError        **error);
/* by uuid or exact name (Japanese or English) */
TomoniVenue   *tomoni_store_find_venue           (TomoniStore    *self,
                                                  const char     *uuid_or_name,
                                                  GError        **error);
/* (element-type TomoniVenue), by name */
GPtrArray     *tomoni_store_list_venues          (TomoniStore    *self,
                                                  GError        **error);

gboolean       tomoni_store_add_room             (TomoniStore    *self,
                                                  TomoniRoom     *room,
                                                  GError        **error);
gboolean       tomoni_store_update_room          (TomoniStore    *self,
                                                  TomoniRoom     *room,
                                                  GError        **error);
TomoniRoom    *tomoni_store_get_room             (TomoniStore    *self,
                                                  gint64          id,
                                                  GError        **error);
/* a room of @venue_id by uuid or exact name */
TomoniRoom    *tomoni_store_find_room            (TomoniStore    *self,
                                                  gint64          venue_id,
                                                  const char     *uuid_or_name,
                                                  GError        **error);
/* (element-type TomoniRoom); @venue_id 0: every room, by venue then name */
GPtrArray     *tomoni_store_list_rooms           (TomoniStore    *self,
                                                  gint64          venue_id,
                                                  GError        **error);

/* A closure does not change sessions already generated: regenerate the
 * terms concerned (tomoni_store_regenerate_sessions) to apply it. */
gboolean       tomoni_store_add_closure          (TomoniStore    *self,
                                                  TomoniClosure  *closure,
                                                  GError        **error);
gboolean       tomoni_store_update_closure       (TomoniStore    *self,
                                                  TomoniClosure  *closure,
                                                  GError        **error);
gboolean       tomoni_store_delete_closure       (TomoniStore    *self,
                                                  gint64          id,
                                                  GError        **error);
/* (element-type TomoniClosure), by start date; @venue_id 0: all closures,
 * else that venue's and the Center-wide ones */
GPtrArray     *tomoni_store_list_closures        (TomoniStore    *self,
                                                  gint64          venue_id,
                                                  GError        **error);

/* ---- Classes and their staff ------------------------------------------ */

/* update: a capacity below the learners enrolled in any term is refused;
 * a higher capacity promotes waiting learners in order. A new room applies
 * to the class's scheduled sessions from today on that were in the old room
 * (refused with CONFLICT, naming the booking, when the new room is taken). */
gboolean       tomoni_store_add_class            (TomoniStore    *self,
                                                  TomoniClass    *klass,
                                                  GError        **error);
gboolean       tomoni_store_update_class         (TomoniStore    *self,
                                                  TomoniClass    *klass,
                                                  GError        **error);
TomoniClass   *tomoni_store_get_class            (TomoniStore    *self,
                                                  gint64          id,
                                                  GError        **error);
/* by uuid, or by a title (ja or en) that names exactly one class; an
 * ambiguous title is TOMONI_STORE_ERROR_INVALID listing the candidates */
TomoniClass   *tomoni_store_find_class           (TomoniStore    *self,
                                                  const char     *uuid_or_title,
                                                  GError        **error);
/**
 * tomoni_store_create_class:
 * @teacher_ids: (array length=n_teachers) (nullable): people who teach it
 * @term: (nullable): its first term (class_id is set here), or NULL
 * @slots: (array length=n_slots): the term's weekly schedule
 *
 * "New class" as one action: the class, its teachers, its first term and
 * sessions, all written or none (a conflict or a term without any possible
 * session leaves nothing behind).
 */
gboolean       tomoni_store_create_class         (TomoniStore             *self,
                                                  TomoniClass             *klass,
                                                  const gint64            *teacher_ids,
                                                  guint                    n_teachers,
                                                  TomoniTerm              *term,
                                                  const TomoniWeeklySlot  *slots,
                                                  guint                    n_slots,
                                                  const char              *room_override,
                                                  GError                 **error);
/* (element-type TomoniClass), by Japanese title; n_enrolled/n_waiting filled */
GPtrArray     *tomoni_store_list_classes         (TomoniStore    *self,
                                                  GError        **error);

/* Adds or updates (same class and person) a teacher or assistant. A teacher
 * already teaching at an overlapping time in a generated session is refused
 * (CONFLICT). */
gboolean       tomoni_store_set_class_staff      (TomoniStore    *self,
                                                  gint64          class_id,
                                                  gint64          person_id,
                                                  const char     *role,
                                                  const char     *employment,
                                                  GError        **error);
gboolean       tomoni_store_remove_class_staff   (TomoniStore    *self,
                                                  gint64          class_id,
                                                  gint64          person_id,
                                                  GError        **error);
/* (element-type TomoniClassStaff): teachers first, then by reading */
GPtrArray     *tomoni_store_list_class_staff     (TomoniStore    *self,
                                                  gint64          class_id,
                                                  GError        **error);

/* ---- Terms, schedules, sessions --------------------------------------- */

/**
 * tomoni_store_add_term:
 * @term: class_id, name, start and end date; on success id/uuid/n_sessions set
 * @slots: (array length=n_slots): the weekly schedule, at least one
 * @room_override: (nullable): a reason to accept room conflicts, or NULL
 *
 * Writes the term, its schedules and its sessions (skipped dates included,
 * each with its reason). Refused when no session can be held in the term.
 */
gboolean       tomoni_store_add_term             (TomoniStore             *self,
                                                  TomoniTerm              *term,
                                                  const TomoniWeeklySlot  *slots,
                                                  guint                    n_slots,
                                                  const char              *room_override,
                                                  GError                 **error);
/* Changes name and dates and/or (@slots non-NULL) the schedule, then
 * regenerates the sessions (see tomoni_store_regenerate_sessions). */
gboolean       tomoni_store_update_term          (TomoniStore             *self,
                                                  TomoniTerm              *term,
                                                  const TomoniWeeklySlot  *slots,
                                                  guint                    n_slots,
                                                  const char              *room_override,
                                                  GError                 **error);
/**
 * tomoni_store_copy_term:
 * @start_date: first day of the new term
 * @name: (nullable): its name; NULL: "" 
 *
 * "New term from the previous one": copies the schedules of @term_id into a
 * new term of the same class that starts on @start_date and lasts as long,
 * and generates its sessions. Enrolments are not copied.
 *
 * Returns: (transfer full): the new term, or NULL with @error
 */
TomoniTerm    *tomoni_store_copy_term            (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  const char              *start_date,
                                                  const char              *name,
                                                  const char              *room_override,
                                                  GError                 **error);
TomoniTerm    *tomoni_store_get_term             (TomoniStore             *self,
                                                  gint64                   id,
                                                  GError                 **error);
/* (element-type TomoniTerm) of a class, by start date */
GPtrArray     *tomoni_store_list_terms           (TomoniStore             *self,
                                                  gint64                   class_id,
                                                  GError                 **error);
/* The weekly schedule of a term: a GArray of TomoniWeeklySlot, by weekday */
GArray        *tomoni_store_get_term_schedule    (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  GError                 **error);
/**
 * tomoni_store_regenerate_sessions:
 *
 * Generates the term's sessions again from its schedule, the holidays and
 * the closures as they are now. Kept as they are: sessions with attendance,
 * sessions added by hand, cancelled and moved sessions. Others are replaced.
 * @out_n_held (nullable): the scheduled sessions afterwards.
 */
gboolean       tomoni_store_regenerate_sessions  (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  const char              *room_override,
                                                  guint                   *out_n_held,
                                                  GError                 **error);
/* (element-type TomoniSession) of a term, all statuses, by date and time;
 * class title, venue, room and n_attended filled */
GPtrArray     *tomoni_store_list_sessions        (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  GError                 **error);
TomoniSession *tomoni_store_get_session          (TomoniStore             *self,
                                                  gint64                   id,
                                                  GError                 **error);
TomoniSession *tomoni_store_get_session_by_uuid  (TomoniStore             *self,
                                                  const char              *uuid,
                                                  GError                 **error);
/**
 * tomoni_store_list_sessions_between:
 * @from: first day, @to: last day (inclusive)
 *
 * The week view: every scheduled, cancelled or moved session of every class
 * in the range (skipped dates left out), by date, start time, venue and room.
 * Returns: (element-type TomoniSession)
 */
GPtrArray     *tomoni_store_list_sessions_between (TomoniStore            *self,
                                                   const char             *from,
                                                   const char             *to,
                                                   GError                **error);
/* Sets status "cancelled" and keeps @reason (required). */
gboolean       tomoni_store_cancel_session       (TomoniStore             *self,
                                                  gint64                   session_id,
                                                  const char              *reason,
                                                  GError                 **error);
/**
 * tomoni_store_move_session:
 * @room_id: the room of the new session; 0: the same room as before
 *
 * Creates the new session (within the term, not on a skipped or closed
 * date unless the class meets on holidays for a holiday) and marks the old
 * one "moved" with moved_to_id and @reason. Attendance stays with the old
 * session (a session with attendance cannot be moved).
 * Returns: (transfer full): the new session
 */
TomoniSession *tomoni_store_move_session         (TomoniStore             *self,
                                                  gint64                   session_id,
                                                  const char              *date,
                                                  int                      start_minute,
                                                  int                      end_minute,
                                                  gint64                   room_id,
                                                  const char              *reason,
                                                  const char              *room_override,
                                                  GError                 **error);
/* An extra session by hand (extra = TRUE), within the term. @room_id 0: the
 * class's room. Returns: (transfer full) */
TomoniSession *tomoni_store_add_extra_session    (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  const char              *date,
                                                  int                      start_minute,
                                                  int                      end_minute,
                                                  gint64                   room_id,
                                                  const char              *room_override,
                                                  GError                 **error);

typedef enum {
  TOMONI_CONFLICT_NONE,
  TOMONI_CONFLICT_ROOM,       /* may be overridden with a reason */
  TOMONI_CONFLICT_TEACHER,    /* never */
} TomoniConflictKind;

/**
 * tomoni_store_check_booking:
 * @class_id: whose teachers are checked (0: none)
 * @room_id: 0: no room check
 * @exclude_session_id: a session to ignore (the one being moved), or 0
 * @out_kind: (out) (optional): what clashed
 *
 * Checks a booking without writing: FALSE with a CONFLICT error naming the
 * other booking (a teacher conflict is reported before a room conflict),
 * so a dialog can ask for an override reason when *out_kind is ROOM.
 */
gboolean       tomoni_store_check_booking        (TomoniStore             *self,
                                                  gint64                   class_id,
                                                  const char              *date,
                                                  int                      start_minute,
                                                  int                      end_minute,
                                                  gint64                   room_id,
                                                  gint64                   exclude_session_id,
                                                  TomoniConflictKind      *out_kind,
                                                  GError                 **error);

/* ---- Enrolment -------------------------------------------------------- */

/**
 * tomoni_store_enrol:
 * @out_enrolment: (out) (optional) (transfer full): the enrolment: status
 *   "enrolled", or "waiting" with its position when the class is full
 *
 * Enrols a person in a term (creating their learner record if missing). A
 * withdrawn person enrols again; someone enrolled or waiting is refused.
 */
gboolean       tomoni_store_enrol                (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  gint64                   person_id,
                                                  TomoniEnrolment        **out_enrolment,
                                                  GError                 **error);
/**
 * tomoni_store_withdraw:
 * @out_promoted: (out) (optional) (transfer full) (nullable): the first
 *   waiting learner, promoted to enrolled because a place became free, or NULL
 *
 * Withdraws an enrolled or waiting person; the waiting list closes up.
 */
gboolean       tomoni_store_withdraw             (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  gint64                   person_id,
                                                  TomoniEnrolment        **out_promoted,
                                                  GError                 **error);
/* (element-type TomoniEnrolment): enrolled by reading, then waiting by
 * position, then withdrawn by reading */
GPtrArray     *tomoni_store_list_enrolments      (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  GError                 **error);

/* ---- Attendance ------------------------------------------------------- */

typedef enum {
  TOMONI_ATTENDANCE_NONE,      /* not taken (no row) */
  TOMONI_ATTENDANCE_PRESENT,
  TOMONI_ATTENDANCE_LATE,
  TOMONI_ATTENDANCE_EXCUSED,
  TOMONI_ATTENDANCE_ABSENT,
} TomoniAttendanceStatus;

typedef enum {
  TOMONI_ATTENDANCE_KIND_ENROLLED,
  TOMONI_ATTENDANCE_KIND_TRIAL,     /* 体験 */
  TOMONI_ATTENDANCE_KIND_WALK_IN,
} TomoniAttendanceKind;

/* "present", "late", "excused", "absent" ("" for NONE) and back */
const char    *tomoni_attendance_status_to_key   (TomoniAttendanceStatus   status);
gboolean       tomoni_attendance_status_from_key (const char              *key,
                                                  TomoniAttendanceStatus  *out_status);
const char    *tomoni_attendance_status_label    (TomoniAttendanceStatus   status);
/* "enrolled", "trial", "walk-in" and back */
const char    *tomoni_attendance_kind_to_key     (TomoniAttendanceKind     kind);
gboolean       tomoni_attendance_kind_from_key   (const char              *key,
                                                  TomoniAttendanceKind    *out_kind);
const char    *tomoni_attendance_kind_label      (TomoniAttendanceKind     kind);

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
