/* tomoni-store-sessions.h: the sessions of the terms
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes follow the rules of tomoni-store-classes.h: one transaction per
 * call, the "changed" signal, TOMONI_STORE_ERROR for what a user causes.
 */
#pragma once

#include "tomoni-session.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

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

G_END_DECLS
