/* tomoni-store-classes-private.h: what the store files of the classes area
 * (venues, classes, terms, bookings, sessions, enrolment, attendance) share,
 * and the one writer of each of their tables.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only src/core/tomoni-store*.c include this header.
 *
 * Row writers: every INSERT and UPDATE of the tables venue, room, closure,
 * class, class_staff, term, schedule, session, learner, enrolment and
 * attendance goes through tomoni_<table>_row_insert / _row_update, whoever
 * writes (the public API after validating, the XML merge, the sample data).
 * A row carries every column. Strings are borrowed from the caller.
 *  - insert: @id is ignored; @uuid, @created_at, @updated_at NULL or "":
 *    generated (tomoni_uuid (), tomoni_now ()); *out_id (optional) is the
 *    new row's id. The venue, class, term, session and attendance inserts
 *    are INSERT … ON CONFLICT (uuid) DO NOTHING RETURNING id: when a row
 *    with @uuid exists nothing is written and *out_id is 0 (the XML merge
 *    by UUID relies on it; a fresh UUID always inserts).
 *  - update: by @id, every column written; @uuid and @created_at NULL or
 *    "": kept as they are; @updated_at NULL or "": now. No row with @id is
 *    TOMONI_STORE_ERROR_NOT_FOUND ("Venue: no such venue", …).
 * Ids 0 and the documented sentinels are written as NULL where the column
 * allows it; nullable text columns take NULL or "" as NULL.
 * The writers neither validate nor begin a transaction nor emit "changed".
 */
#pragma once

#include "tomoni-db.h"
#include "tomoni-store-classes.h"

G_BEGIN_DECLS

/* The display name of person p, as tomoni_person_dup_display_name() builds it. */
#define PERSON_NAME(p) \
  "CASE WHEN " p ".erased_at IS NOT NULL THEN '' " \
  "WHEN " p ".family_name IS NOT NULL AND " p ".given_name <> '' THEN " p ".family_name || ' ' || " p ".given_name " \
  "WHEN " p ".family_name IS NOT NULL THEN " p ".family_name " \
  "WHEN " p ".given_name <> '' THEN " p ".given_name " \
  "ELSE " p ".latin_name END"

/* ---- Row writers ---------------------------------------------------------- */

typedef struct {
  gint64      id;
  const char *uuid;
  const char *name;
  const char *name_en;
  const char *ward;
  const char *address;
  const char *notes;
  const char *created_at;
  const char *updated_at;
} TomoniVenueRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      venue_id;
  const char *name;
  int         capacity;
  const char *created_at;
  const char *updated_at;
} TomoniRoomRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      venue_id;     /* 0: the whole Center (NULL) */
  const char *start_date;
  const char *end_date;
  const char *reason;
  const char *created_at;
  const char *updated_at;
} TomoniClosureRow;

typedef struct {
  gint64      id;
  const char *uuid;
  const char *title_ja;
  const char *title_en;
  const char *level;
  const char *target_group;
  const char *format;
  gint64      venue_id;     /* 0: NULL */
  gint64      room_id;      /* 0: NULL */
  int         capacity;
  gboolean    meets_on_holidays;
  const char *notes;
  const char *created_at;
  const char *updated_at;
} TomoniClassRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      class_id;
  gint64      person_id;
  const char *role;
  const char *employment;
  const char *created_at;
  const char *updated_at;
} TomoniClassStaffRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      class_id;
  const char *name;
  const char *start_date;
  const char *end_date;
  const char *created_at;
  const char *updated_at;
} TomoniTermRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      term_id;
  int         weekday;
  int         start_minute;
  int         end_minute;
  const char *created_at;
  const char *updated_at;
} TomoniScheduleRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      class_id;
  gint64      term_id;
  const char *date;
  int         start_minute;
  int         end_minute;
  gint64      room_id;      /* 0: NULL */
  const char *status;
  const char *reason;
  gboolean    extra;
  gint64      moved_to_id;  /* 0: NULL */
  const char *room_override;
  const char *created_at;
  const char *updated_at;
} TomoniSessionRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      person_id;
  const char *attribute;
  const char *residence_status;
  const char *arrival_date; /* nullable */
  const char *level;
  const char *jlpt;         /* nullable */
  const char *purpose;
  const char *availability;
  const char *created_at;
  const char *updated_at;
} TomoniLearnerRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      class_id;
  gint64      term_id;
  gint64      person_id;
  const char *status;
  gint64      position;     /* 0: NULL (not waiting) */
  const char *enrolled_on;
  const char *withdrawn_on; /* nullable */
  const char *promoted_on;  /* nullable */
  const char *created_at;
  const char *updated_at;
} TomoniEnrolmentRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      session_id;
  gint64      person_id;
  const char *status;
  const char *kind;
  int         minutes;      /* < 0: NULL */
  const char *created_at;
  const char *updated_at;
} TomoniAttendanceRow;

gboolean tomoni_venue_row_insert (TomoniStore  *store,
                                  const TomoniVenueRow *row,
                                  gint64       *out_id,
                                  GError      **error);
gboolean tomoni_venue_row_update (TomoniStore  *store,
                                  const TomoniVenueRow *row,
                                  GError      **error);
gboolean tomoni_room_row_insert (TomoniStore  *store,
                                 const TomoniRoomRow *row,
                                 gint64       *out_id,
                                 GError      **error);
gboolean tomoni_room_row_update (TomoniStore  *store,
                                 const TomoniRoomRow *row,
                                 GError      **error);
gboolean tomoni_closure_row_insert (TomoniStore  *store,
                                    const TomoniClosureRow *row,
                                    gint64       *out_id,
                                    GError      **error);
gboolean tomoni_closure_row_update (TomoniStore  *store,
                                    const TomoniClosureRow *row,
                                    GError      **error);
gboolean tomoni_class_row_insert (TomoniStore  *store,
                                  const TomoniClassRow *row,
                                  gint64       *out_id,
                                  GError      **error);
gboolean tomoni_class_row_update (TomoniStore  *store,
                                  const TomoniClassRow *row,
                                  GError      **error);
gboolean tomoni_class_staff_row_insert (TomoniStore  *store,
                                        const TomoniClassStaffRow *row,
                                        gint64       *out_id,
                                        GError      **error);
gboolean tomoni_class_staff_row_update (TomoniStore  *store,
                                        const TomoniClassStaffRow *row,
                                        GError      **error);
gboolean tomoni_term_row_insert (TomoniStore  *store,
                                 const TomoniTermRow *row,
                                 gint64       *out_id,
                                 GError      **error);
gboolean tomoni_term_row_update (TomoniStore  *store,
                                 const TomoniTermRow *row,
                                 GError      **error);
gboolean tomoni_schedule_row_insert (TomoniStore  *store,
                                     const TomoniScheduleRow *row,
                                     gint64       *out_id,
                                     GError      **error);
gboolean tomoni_schedule_row_update (TomoniStore  *store,
                                     const TomoniScheduleRow *row,
                                     GError      **error);
gboolean tomoni_session_row_insert (TomoniStore  *store,
                                    const TomoniSessionRow *row,
                                    gint64       *out_id,
                                    GError      **error);
gboolean tomoni_session_row_update (TomoniStore  *store,
                                    const TomoniSessionRow *row,
                                    GError      **error);
gboolean tomoni_learner_row_insert (TomoniStore  *store,
                                    const TomoniLearnerRow *row,
                                    gint64       *out_id,
                                    GError      **error);
gboolean tomoni_learner_row_update (TomoniStore  *store,
                                    const TomoniLearnerRow *row,
                                    GError      **error);
gboolean tomoni_enrolment_row_insert (TomoniStore  *store,
                                      const TomoniEnrolmentRow *row,
                                      gint64       *out_id,
                                      GError      **error);
gboolean tomoni_enrolment_row_update (TomoniStore  *store,
                                      const TomoniEnrolmentRow *row,
                                      GError      **error);
gboolean tomoni_attendance_row_insert (TomoniStore  *store,
                                       const TomoniAttendanceRow *row,
                                       gint64       *out_id,
                                       GError      **error);
gboolean tomoni_attendance_row_update (TomoniStore  *store,
                                       const TomoniAttendanceRow *row,
                                       GError      **error);

/* A row to write from a record read by the store (strings borrowed from
 * it); uuid and created_at are left NULL, so an update keeps them. */
void      tomoni_session_row_from_record   (TomoniSessionRow   *row,
                                            TomoniSession      *session);
void      tomoni_enrolment_row_from_record (TomoniEnrolmentRow *row,
                                            TomoniEnrolment    *enrolment);

/* ---- Helpers shared by the classes-area store files (…-private.c) -------- */

gboolean  tomoni_classes_invalid          (GError          **error,
                                           const char       *format,
                                           ...) G_GNUC_PRINTF (2, 3);
gboolean  tomoni_classes_not_found        (GError          **error,
                                           const char       *what);

/* A strict "YYYY-MM-DD"; check_date names @field in the INVALID error. */
gboolean  tomoni_classes_parse_date       (const char       *text,
                                           GDate            *out);
char     *tomoni_classes_format_date      (const GDate      *date);
gboolean  tomoni_classes_check_date       (const char       *text,
                                           const char       *field,
                                           GDate            *out,
                                           GError          **error);
gboolean  tomoni_classes_check_times      (int               start_minute,
                                           int               end_minute,
                                           GError          **error);
gboolean  tomoni_classes_in_list          (const char         *value,
                                           const char * const *list);
/* NFKC, stripped; "" for NULL */
char     *tomoni_classes_normalized       (const char       *text);

/* Builds one record from the current row of a statement. */
typedef gpointer (*TomoniRowFunc) (TomoniDbStmt *stmt);

/* Every row of @stmt through @build, into a GPtrArray of GObjects. */
GPtrArray *tomoni_classes_collect         (TomoniStore      *self,
                                           TomoniDbStmt     *stmt,
                                           TomoniRowFunc     build,
                                           GError          **error);
/* The first row through @build, or NULL with NOT_FOUND @what. */
gpointer  tomoni_classes_collect_one      (TomoniStore      *self,
                                           TomoniDbStmt     *stmt,
                                           TomoniRowFunc     build,
                                           const char       *what,
                                           GError          **error);
/* The text of a column, "" for NULL. */
const char *tomoni_classes_column_text    (TomoniDbStmt     *stmt,
                                           int               column);
/* Whether @sql (one parameter, @id) returns a row. */
gboolean  tomoni_classes_row_exists       (TomoniStore      *self,
                                           const char       *sql,
                                           gint64            id,
                                           gboolean         *out_exists,
                                           GError          **error);
/* A person that exists and is neither deleted nor erased, else NOT_FOUND. */
gboolean  tomoni_classes_check_person     (TomoniStore      *self,
                                           gint64            person_id,
                                           GError          **error);

/* For the row writers: binds @id, or NULL for 0. */
void      tomoni_classes_bind_id_or_null  (TomoniDbStmt     *stmt,
                                           int               index,
                                           gint64            id);
/* Steps an INSERT; *out_id (optional): the new row's id, 0 when an
 * ON CONFLICT (uuid) DO NOTHING clause inserted nothing. */
gboolean  tomoni_classes_step_insert      (TomoniStore      *self,
                                           TomoniDbStmt     *stmt,
                                           gint64           *out_id,
                                           GError          **error);
/* Steps an UPDATE of one row; no row changed is NOT_FOUND @what. */
gboolean  tomoni_classes_step_update      (TomoniStore      *self,
                                           TomoniDbStmt     *stmt,
                                           const char       *what,
                                           GError          **error);

/* Checks a record and writes its row: a new row when @out_id is given (with
 * @uuid), else the row of the record's id. */
typedef gboolean (*TomoniRecordWrite) (TomoniStore  *self,
                                       gpointer      record,
                                       const char   *uuid,
                                       gint64       *out_id,
                                       GError      **error);
/* Adds (@add) or updates a record as one action through @write: one
 * transaction, then "changed" ("classes"); an added record gets its id and
 * uuid. */
gboolean  tomoni_classes_save_record      (TomoniStore      *self,
                                           gpointer          record,
                                           gboolean          add,
                                           TomoniRecordWrite write,
                                           GError          **error);

/* ---- Between the aggregates --------------------------------------------- */

/* tomoni-store-bookings.c: the CONFLICT error naming the other booking. */
typedef enum {
  TOMONI_CLASH_TEACHER_SESSION,
  TOMONI_CLASH_TEACHER_SHIFT,
  TOMONI_CLASH_ROOM,
} TomoniClash;

/* The columns of a SELECT that finds the other booking: who (the teacher's
 * name or the room), its title, date, start and end; for teachers optionally
 * whether it is a volunteer shift. */
enum {
  TOMONI_CLASH_COL_WHO, TOMONI_CLASH_COL_TITLE, TOMONI_CLASH_COL_DATE, TOMONI_CLASH_COL_START_MINUTE,
  TOMONI_CLASH_COL_END_MINUTE, TOMONI_CLASH_COL_IS_SHIFT
};

/* Steps @stmt: TRUE when it finds no booking, else FALSE with the CONFLICT
 * error naming the first one (and *out_kind, optional, set). */
gboolean  tomoni_classes_step_conflict    (TomoniStore         *self,
                                           TomoniDbStmt        *stmt,
                                           TomoniClash          clash,
                                           TomoniConflictKind  *out_kind,
                                           GError             **error);
/* A booking about to be written; a room conflict passes when @room_override
 * gives a reason, and *out_overridden says it was used. */
gboolean  tomoni_classes_check_booking_for_write (TomoniStore  *self,
                                                  gint64        class_id,
                                                  const char   *date,
                                                  int           start_minute,
                                                  int           end_minute,
                                                  gint64        room_id,
                                                  gint64        exclude_session_id,
                                                  const char   *room_override,
                                                  gboolean     *out_overridden,
                                                  GError      **error);

/* tomoni-store-terms.c: what placing a session of a term needs to know. */
typedef struct {
  gint64     term_id;
  gint64     class_id;
  gint64     venue_id;
  gint64     room_id;
  gboolean   meets_on_holidays;
  char      *title;
  char      *start_date;
  char      *end_date;
  GArray    *slots;       /* TomoniWeeklySlot */
  GPtrArray *reasons;     /* owns the closure reasons */
  GArray    *closures;    /* TomoniClosureSpan */
  TomoniScheduleRequest request;
} TomoniTermPlan;

TomoniTermPlan *tomoni_classes_load_term_plan (TomoniStore     *self,
                                               gint64           term_id,
                                               GError         **error);
void            tomoni_term_plan_free         (TomoniTermPlan  *plan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniTermPlan, tomoni_term_plan_free)

/* tomoni-store-sessions.c: a class that changes room takes its scheduled
 * sessions from today on with it (those still in the old room). */
gboolean  tomoni_classes_move_future_sessions (TomoniStore  *self,
                                               TomoniClass  *klass,
                                               GError      **error);
/* The term's scheduled sessions by date and time, without n_attended. */
GPtrArray *tomoni_classes_list_scheduled_sessions (TomoniStore  *self,
                                                   gint64        term_id,
                                                   GError      **error);

/* tomoni-store-enrolment.c */
/* Pairs (term id, enrolled count) for every term of a class; *n pairs. */
gint64   *tomoni_classes_enrolled_counts_by_term (TomoniStore       *self,
                                                  gint64             class_id,
                                                  guint             *n,
                                                  GError           **error);
/* Moves waiting learners up while there is room; *out_first is the first promoted. */
gboolean  tomoni_classes_promote_waiting  (TomoniStore       *self,
                                           gint64             term_id,
                                           int                capacity,
                                           TomoniEnrolment  **out_first,
                                           GError           **error);
/* The enrolment of a person in a term, or NULL with NOT_FOUND. */
TomoniEnrolment *tomoni_classes_get_enrolment (TomoniStore  *self,
                                               gint64        term_id,
                                               gint64        person_id,
                                               GError      **error);

G_END_DECLS
