/* tomoni-store-bookings.h: room and teacher conflicts
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes follow the rules of tomoni-store-classes.h: one transaction per
 * call, the "changed" signal, TOMONI_STORE_ERROR for what a user causes.
 */
#pragma once

#include "tomoni-store.h"

G_BEGIN_DECLS

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

G_END_DECLS
