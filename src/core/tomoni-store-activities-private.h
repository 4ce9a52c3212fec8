/* tomoni-store-activities-private.h: what the store's files share about
 * activities, shifts, slots, assignments and auto-fill. Nothing outside
 * src/core/tomoni-store*.c includes this.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-matching.h"
#include "tomoni-store-volunteers-private.h"

G_BEGIN_DECLS

/* Slots (tomoni-store-shifts.c): appends the slot's languages to @out
 * (TomoniLanguage, with the minimum level). */
gboolean         tomoni_store_load_slot_languages (TomoniStore  *self,
                                                   gint64        slot_id,
                                                   GArray       *out,
                                                   GError      **error);

/* Matching (tomoni-store-matching.c): loads the slots (of @slot_id when
 * not 0, else of @activity_id when not 0, else of the shifts between @from
 * and @to), the volunteers (all, or @person_id) and their bookings in the
 * months of those slots. @today NULL: the real day. */
TomoniMatchData *tomoni_store_match_data_load     (TomoniStore  *self,
                                                   gint64        activity_id,
                                                   gint64        slot_id,
                                                   const char   *from,
                                                   const char   *to,
                                                   const char   *today,
                                                   gint64        person_id,
                                                   GError      **error);

/* Auto-fill (tomoni-store-autofill.c): the first broken rule's key, for messages. */
const char      *tomoni_store_first_rule          (guint         rules);

/* Row writers (tomoni-store-activity-rows.c) ----------------------------
 *
 * The one INSERT and the one UPDATE of each table, for the API (which
 * validates first), the XML merge and the sample data. A row carries every
 * column. On insert, uuid NULL: a new one; created_at NULL: now; updated_at
 * NULL: created_at. An update writes every column but id (the row), uuid
 * and created_at; updated_at NULL: now. Nullable integer references are
 * NULL when 0. A loaded row has updated_at NULL, so that writing it back
 * stamps now; free its strings with the _clear function.
 * The activity, shift, slot and assignment inserts are INSERT … ON CONFLICT
 * (uuid) DO NOTHING RETURNING id: when a row with @uuid exists nothing is
 * written and *out_id is 0 (the XML merge by UUID relies on it; a fresh UUID
 * always inserts). */

/* requester */
typedef struct {
  gint64      id;
  const char *uuid;
  const char *name;
  const char *kind;                 /* NULL: 'other' */
  const char *contact;              /* NULL: '' */
  const char *notes;                /* NULL: '' */
  const char *created_at;
  const char *updated_at;
} TomoniRequesterRow;

gboolean tomoni_requester_row_insert   (TomoniStore              *store,
                                        const TomoniRequesterRow *row,
                                        gint64                   *out_id,
                                        GError                  **error);
gboolean tomoni_requester_row_update   (TomoniStore              *store,
                                        const TomoniRequesterRow *row,
                                        GError                  **error);

/* activity */
typedef struct {
  gint64      id;
  const char *uuid;
  const char *title;
  const char *title_en;             /* NULL: '' */
  const char *kind;
  gint64      venue_id;             /* 0: NULL */
  gint64      requester_id;         /* 0: NULL */
  gboolean    confidential;
  const char *notes;                /* NULL: '' */
  const char *created_at;
  const char *updated_at;
} TomoniActivityRow;

gboolean tomoni_activity_row_insert    (TomoniStore              *store,
                                        const TomoniActivityRow  *row,
                                        gint64                   *out_id,
                                        GError                  **error);
gboolean tomoni_activity_row_update    (TomoniStore              *store,
                                        const TomoniActivityRow  *row,
                                        GError                  **error);

/* shift */
typedef struct {
  gint64      id;
  const char *uuid;
  gint64      activity_id;
  const char *date;
  int         start_minute;
  int         end_minute;
  gint64      room_id;              /* 0: NULL */
  const char *created_at;
  const char *updated_at;
} TomoniShiftRow;

gboolean tomoni_shift_row_insert       (TomoniStore              *store,
                                        const TomoniShiftRow     *row,
                                        gint64                   *out_id,
                                        GError                  **error);
gboolean tomoni_shift_row_update       (TomoniStore              *store,
                                        const TomoniShiftRow     *row,
                                        GError                  **error);
gboolean tomoni_shift_row_load         (TomoniStore              *store,
                                        gint64                    id,
                                        TomoniShiftRow           *row,
                                        GError                  **error);
void     tomoni_shift_row_clear        (TomoniShiftRow           *row);

/* slot */
typedef struct {
  gint64      id;
  const char *uuid;
  gint64      shift_id;
  const char *role;
  int         needed;
  gint64      required_skill_id;    /* 0: NULL */
  gint64      required_training_id; /* 0: NULL */
  const char *created_at;
  const char *updated_at;
} TomoniSlotRow;

gboolean tomoni_slot_row_insert        (TomoniStore              *store,
                                        const TomoniSlotRow      *row,
                                        gint64                   *out_id,
                                        GError                  **error);
gboolean tomoni_slot_row_update        (TomoniStore              *store,
                                        const TomoniSlotRow      *row,
                                        GError                  **error);
gboolean tomoni_slot_row_load          (TomoniStore              *store,
                                        gint64                    id,
                                        TomoniSlotRow            *row,
                                        GError                  **error);
void     tomoni_slot_row_clear         (TomoniSlotRow            *row);

/* slot_language: replaced with its slot, never updated */
typedef struct {
  gint64      id;
  const char *uuid;
  gint64      slot_id;
  const char *code;
  const char *min_level;
  const char *created_at;
  const char *updated_at;
} TomoniSlotLanguageRow;

gboolean tomoni_slot_language_row_insert(TomoniStore              *store,
                                        const TomoniSlotLanguageRow *row,
                                        gint64                   *out_id,
                                        GError                  **error);

/* auto_fill */
typedef struct {
  gint64      id;
  const char *uuid;
  int         n_created;
  const char *undone_at;            /* NULL: none */
  const char *created_at;
  const char *updated_at;
} TomoniAutoFillRow;

gboolean tomoni_auto_fill_row_insert   (TomoniStore              *store,
                                        const TomoniAutoFillRow  *row,
                                        gint64                   *out_id,
                                        GError                  **error);
gboolean tomoni_auto_fill_row_update   (TomoniStore              *store,
                                        const TomoniAutoFillRow  *row,
                                        GError                  **error);
gboolean tomoni_auto_fill_row_load     (TomoniStore              *store,
                                        gint64                    id,
                                        TomoniAutoFillRow        *row,
                                        GError                  **error);
void     tomoni_auto_fill_row_clear    (TomoniAutoFillRow        *row);
/* assignment */
typedef struct {
  gint64      id;
  const char *uuid;
  gint64      slot_id;
  gint64      person_id;
  const char *status;            /* assigned (NULL), confirmed, cancelled */
  const char *source;            /* manual (NULL), auto, import */
  gint64      score;             /* -1: NULL */
  const char *override_reason;   /* NULL: '' */
  const char *cancel_reason;     /* NULL: '' */
  const char *checkin;           /* NULL, present, no-show */
  int         minutes;           /* -1: NULL (the shift's length) */
  const char *checked_in_at;
  gint64      auto_fill_id;
  const char *created_at;
  const char *updated_at;
} TomoniAssignmentRow;

gboolean tomoni_assignment_row_insert (TomoniStore                *store,
                                       const TomoniAssignmentRow  *row,
                                       gint64                     *out_id,
                                       GError                    **error);
gboolean tomoni_assignment_row_update (TomoniStore                *store,
                                       const TomoniAssignmentRow  *row,
                                       GError                    **error);
gboolean tomoni_assignment_row_load   (TomoniStore                *store,
                                       gint64                      id,
                                       TomoniAssignmentRow        *row,
                                       GError                    **error);
void     tomoni_assignment_row_clear  (TomoniAssignmentRow        *row);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TomoniShiftRow, tomoni_shift_row_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TomoniSlotRow, tomoni_slot_row_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TomoniAutoFillRow, tomoni_auto_fill_row_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TomoniAssignmentRow, tomoni_assignment_row_clear)

G_END_DECLS
