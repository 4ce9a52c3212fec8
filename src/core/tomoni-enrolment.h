/* tomoni-enrolment.h: a person enrolled in, or waiting for, a term of a class
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TOMONI_TYPE_ENROLMENT (tomoni_enrolment_get_type ())
G_DECLARE_FINAL_TYPE (TomoniEnrolment, tomoni_enrolment, TOMONI, ENROLMENT, GObject)

/* A plain record with one GObject property per field ("id", …);
 * strings are never NULL ("" when unset). Built by the store, edited by forms. */
TomoniEnrolment *tomoni_enrolment_new                (void);
TomoniEnrolment *tomoni_enrolment_copy               (TomoniEnrolment  *self);
/* database id, 0 until stored */
gint64           tomoni_enrolment_get_id             (TomoniEnrolment  *self);
void             tomoni_enrolment_set_id             (TomoniEnrolment  *self,
                                                      gint64            id);
/* stable identifier, set by the store */
const char      *tomoni_enrolment_get_uuid           (TomoniEnrolment  *self);
void             tomoni_enrolment_set_uuid           (TomoniEnrolment  *self,
                                                      const char       *uuid);
/* the class */
gint64           tomoni_enrolment_get_class_id       (TomoniEnrolment  *self);
void             tomoni_enrolment_set_class_id       (TomoniEnrolment  *self,
                                                      gint64            class_id);
/* the term */
gint64           tomoni_enrolment_get_term_id        (TomoniEnrolment  *self);
void             tomoni_enrolment_set_term_id        (TomoniEnrolment  *self,
                                                      gint64            term_id);
/* the person (a learner) */
gint64           tomoni_enrolment_get_person_id      (TomoniEnrolment  *self);
void             tomoni_enrolment_set_person_id      (TomoniEnrolment  *self,
                                                      gint64            person_id);
/* enrolled, waiting or withdrawn */
const char      *tomoni_enrolment_get_status         (TomoniEnrolment  *self);
void             tomoni_enrolment_set_status         (TomoniEnrolment  *self,
                                                      const char       *status);
/* waiting: 1 for the first on the list; otherwise 0 */
int              tomoni_enrolment_get_position       (TomoniEnrolment  *self);
void             tomoni_enrolment_set_position       (TomoniEnrolment  *self,
                                                      int               position);
/* YYYY-MM-DD the person joined (the list, for waiting) */
const char      *tomoni_enrolment_get_enrolled_on    (TomoniEnrolment  *self);
void             tomoni_enrolment_set_enrolled_on    (TomoniEnrolment  *self,
                                                      const char       *enrolled_on);
/* YYYY-MM-DD or "" */
const char      *tomoni_enrolment_get_withdrawn_on   (TomoniEnrolment  *self);
void             tomoni_enrolment_set_withdrawn_on   (TomoniEnrolment  *self,
                                                      const char       *withdrawn_on);
/* YYYY-MM-DD the person moved from the waiting list, or "" */
const char      *tomoni_enrolment_get_promoted_on    (TomoniEnrolment  *self);
void             tomoni_enrolment_set_promoted_on    (TomoniEnrolment  *self,
                                                      const char       *promoted_on);
/* read only: display name, filled by the store */
const char      *tomoni_enrolment_get_person_name    (TomoniEnrolment  *self);
void             tomoni_enrolment_set_person_name    (TomoniEnrolment  *self,
                                                      const char       *person_name);
/* read only: reading (katakana), filled by the store */
const char      *tomoni_enrolment_get_person_reading (TomoniEnrolment  *self);
void             tomoni_enrolment_set_person_reading (TomoniEnrolment  *self,
                                                      const char       *person_reading);


G_END_DECLS
