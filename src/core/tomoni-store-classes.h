/* tomoni-store-classes.h: classes and their staff; includes the rest of the
 * classes area (venues, terms, bookings, sessions, enrolment, attendance)
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
#include "tomoni-store.h"

/* The other aggregates of the classes area, so that one include serves. */
#include "tomoni-store-attendance.h"
#include "tomoni-store-bookings.h"
#include "tomoni-store-enrolment.h"
#include "tomoni-store-sessions.h"
#include "tomoni-store-terms.h"
#include "tomoni-store-venues.h"

G_BEGIN_DECLS

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

G_END_DECLS
