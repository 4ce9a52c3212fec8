/* tomoni-class-staff.h: a teacher or volunteer assistant of a class
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TOMONI_TYPE_CLASS_STAFF (tomoni_class_staff_get_type ())
G_DECLARE_FINAL_TYPE (TomoniClassStaff, tomoni_class_staff, TOMONI, CLASS_STAFF, GObject)

/* A plain record with one GObject property per field ("id", …);
 * strings are never NULL ("" when unset). Built by the store, edited by forms. */
TomoniClassStaff *tomoni_class_staff_new                (void);
TomoniClassStaff *tomoni_class_staff_copy               (TomoniClassStaff  *self);
/* database id, 0 until stored */
gint64            tomoni_class_staff_get_id             (TomoniClassStaff  *self);
void              tomoni_class_staff_set_id             (TomoniClassStaff  *self,
                                                         gint64             id);
/* stable identifier, set by the store */
const char       *tomoni_class_staff_get_uuid           (TomoniClassStaff  *self);
void              tomoni_class_staff_set_uuid           (TomoniClassStaff  *self,
                                                         const char        *uuid);
/* the class */
gint64            tomoni_class_staff_get_class_id       (TomoniClassStaff  *self);
void              tomoni_class_staff_set_class_id       (TomoniClassStaff  *self,
                                                         gint64             class_id);
/* the person */
gint64            tomoni_class_staff_get_person_id      (TomoniClassStaff  *self);
void              tomoni_class_staff_set_person_id      (TomoniClassStaff  *self,
                                                         gint64             person_id);
/* teacher or assistant */
const char       *tomoni_class_staff_get_role           (TomoniClassStaff  *self);
void              tomoni_class_staff_set_role           (TomoniClassStaff  *self,
                                                         const char        *role);
/* full-time, part-time or volunteer */
const char       *tomoni_class_staff_get_employment     (TomoniClassStaff  *self);
void              tomoni_class_staff_set_employment     (TomoniClassStaff  *self,
                                                         const char        *employment);
/* read only: display name, filled by the store */
const char       *tomoni_class_staff_get_person_name    (TomoniClassStaff  *self);
void              tomoni_class_staff_set_person_name    (TomoniClassStaff  *self,
                                                         const char        *person_name);
/* read only: reading, filled by the store */
const char       *tomoni_class_staff_get_person_reading (TomoniClassStaff  *self);
void              tomoni_class_staff_set_person_reading (TomoniClassStaff  *self,
                                                         const char        *person_reading);


G_END_DECLS
