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

/* Row writers ------------------------------------------------------------
 *
 * The one INSERT and the one UPDATE of each table, for the API (which
 * validates first), the XML merge and the sample data. A row carries every
 * column. On insert, uuid NULL: a new one; created_at NULL: now; updated_at
 * NULL: created_at. An update writes every column but id (the row), uuid
 * and created_at; updated_at NULL: now. Nullable integer references are
 * NULL when 0. A loaded row has updated_at NULL, so that writing it back
 * stamps now; free its strings with the _clear function. */

/* assignment (tomoni-store-assignments.c) */
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

G_END_DECLS
