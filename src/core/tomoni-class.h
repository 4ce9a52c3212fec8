/* tomoni-class.h: a Japanese class
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TOMONI_TYPE_CLASS (tomoni_class_get_type ())
G_DECLARE_FINAL_TYPE (TomoniClass, tomoni_class, TOMONI, CLASS, GObject)

/* A plain record with one GObject property per field ("id", …);
 * strings are never NULL ("" when unset). Built by the store, edited by forms. */
TomoniClass *tomoni_class_new                   (void);
TomoniClass *tomoni_class_copy                  (TomoniClass  *self);
/* database id, 0 until stored */
gint64       tomoni_class_get_id                (TomoniClass  *self);
void         tomoni_class_set_id                (TomoniClass  *self,
                                                 gint64        id);
/* stable identifier, set by the store */
const char  *tomoni_class_get_uuid              (TomoniClass  *self);
void         tomoni_class_set_uuid              (TomoniClass  *self,
                                                 const char   *uuid);
/* Japanese title, required */
const char  *tomoni_class_get_title_ja          (TomoniClass  *self);
void         tomoni_class_set_title_ja          (TomoniClass  *self,
                                                 const char   *title_ja);
/* English title */
const char  *tomoni_class_get_title_en          (TomoniClass  *self);
void         tomoni_class_set_title_en          (TomoniClass  *self,
                                                 const char   *title_en);
/* "" or pre-A1, A1, A2, B1, B2, C1, C2 (tomoni_class_levels()) */
const char  *tomoni_class_get_level             (TomoniClass  *self);
void         tomoni_class_set_level             (TomoniClass  *self,
                                                 const char   *level);
/* adults, children, parents-and-children, workers, students, other */
const char  *tomoni_class_get_target_group      (TomoniClass  *self);
void         tomoni_class_set_target_group      (TomoniClass  *self,
                                                 const char   *target_group);
/* in-person, online or hybrid */
const char  *tomoni_class_get_format            (TomoniClass  *self);
void         tomoni_class_set_format            (TomoniClass  *self,
                                                 const char   *format);
/* 0: none (online) */
gint64       tomoni_class_get_venue_id          (TomoniClass  *self);
void         tomoni_class_set_venue_id          (TomoniClass  *self,
                                                 gint64        venue_id);
/* 0: none; must belong to venue_id */
gint64       tomoni_class_get_room_id           (TomoniClass  *self);
void         tomoni_class_set_room_id           (TomoniClass  *self,
                                                 gint64        room_id);
/* learners who can enrol, >= 1 */
int          tomoni_class_get_capacity          (TomoniClass  *self);
void         tomoni_class_set_capacity          (TomoniClass  *self,
                                                 int           capacity);
/* TRUE: sessions are held on national holidays */
gboolean     tomoni_class_get_meets_on_holidays (TomoniClass  *self);
void         tomoni_class_set_meets_on_holidays (TomoniClass  *self,
                                                 gboolean      meets_on_holidays);
/* free text */
const char  *tomoni_class_get_notes             (TomoniClass  *self);
void         tomoni_class_set_notes             (TomoniClass  *self,
                                                 const char   *notes);
/* read only: filled by the store */
const char  *tomoni_class_get_venue_name        (TomoniClass  *self);
void         tomoni_class_set_venue_name        (TomoniClass  *self,
                                                 const char   *venue_name);
/* read only: filled by the store */
const char  *tomoni_class_get_room_name         (TomoniClass  *self);
void         tomoni_class_set_room_name         (TomoniClass  *self,
                                                 const char   *room_name);
/* read only: enrolled learners in the latest term, filled by list/get */
int          tomoni_class_get_n_enrolled        (TomoniClass  *self);
void         tomoni_class_set_n_enrolled        (TomoniClass  *self,
                                                 int           n_enrolled);
/* read only: waiting learners in the latest term, filled by list/get */
int          tomoni_class_get_n_waiting         (TomoniClass  *self);
void         tomoni_class_set_n_waiting         (TomoniClass  *self,
                                                 int           n_waiting);

/* The keys the schema accepts, NULL-terminated, and their labels (translated). */
const char * const *tomoni_class_levels        (void);
const char * const *tomoni_class_target_groups (void);
const char * const *tomoni_class_formats       (void);
const char         *tomoni_class_level_label        (const char *level);
const char         *tomoni_class_target_group_label (const char *group);
const char         *tomoni_class_format_label       (const char *format);
/* title_ja, or title_en when japanese is FALSE and an English title exists */
const char         *tomoni_class_get_title          (TomoniClass *self,
                                                     gboolean     japanese);


G_END_DECLS
