/* tomoni-store-terms.h: terms, their weekly schedules, and generating their sessions
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes follow the rules of tomoni-store-classes.h: one transaction per
 * call, the "changed" signal, TOMONI_STORE_ERROR for what a user causes.
 */
#pragma once

#include "tomoni-schedule.h"
#include "tomoni-store.h"
#include "tomoni-term.h"

G_BEGIN_DECLS

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

G_END_DECLS
