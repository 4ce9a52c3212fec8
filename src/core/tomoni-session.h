/* tomoni-session.h: one meeting of a class, or a date skipped with its reason
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TOMONI_TYPE_SESSION (tomoni_session_get_type ())
G_DECLARE_FINAL_TYPE (TomoniSession, tomoni_session, TOMONI, SESSION, GObject)

/* A plain record with one GObject property per field ("id", …);
 * strings are never NULL ("" when unset). Built by the store, edited by forms. */
TomoniSession *tomoni_session_new                (void);
TomoniSession *tomoni_session_copy               (TomoniSession  *self);
/* database id, 0 until stored */
gint64         tomoni_session_get_id             (TomoniSession  *self);
void           tomoni_session_set_id             (TomoniSession  *self,
                                                  gint64          id);
/* stable identifier, set by the store */
const char    *tomoni_session_get_uuid           (TomoniSession  *self);
void           tomoni_session_set_uuid           (TomoniSession  *self,
                                                  const char     *uuid);
/* the class */
gint64         tomoni_session_get_class_id       (TomoniSession  *self);
void           tomoni_session_set_class_id       (TomoniSession  *self,
                                                  gint64          class_id);
/* the term */
gint64         tomoni_session_get_term_id        (TomoniSession  *self);
void           tomoni_session_set_term_id        (TomoniSession  *self,
                                                  gint64          term_id);
/* YYYY-MM-DD, local */
const char    *tomoni_session_get_date           (TomoniSession  *self);
void           tomoni_session_set_date           (TomoniSession  *self,
                                                  const char     *date);
/* minutes after midnight, Asia/Tokyo */
int            tomoni_session_get_start_minute   (TomoniSession  *self);
void           tomoni_session_set_start_minute   (TomoniSession  *self,
                                                  int             start_minute);
/* minutes after midnight, > start_minute */
int            tomoni_session_get_end_minute     (TomoniSession  *self);
void           tomoni_session_set_end_minute     (TomoniSession  *self,
                                                  int             end_minute);
/* 0: none */
gint64         tomoni_session_get_room_id        (TomoniSession  *self);
void           tomoni_session_set_room_id        (TomoniSession  *self,
                                                  gint64          room_id);
/* scheduled, cancelled, skipped or moved */
const char    *tomoni_session_get_status         (TomoniSession  *self);
void           tomoni_session_set_status         (TomoniSession  *self,
                                                  const char     *status);
/* why skipped, cancelled or moved; e.g. 「振替休日」, 「年末年始休館」 */
const char    *tomoni_session_get_reason         (TomoniSession  *self);
void           tomoni_session_set_reason         (TomoniSession  *self,
                                                  const char     *reason);
/* added by hand (or the new session of a move) */
gboolean       tomoni_session_get_extra          (TomoniSession  *self);
void           tomoni_session_set_extra          (TomoniSession  *self,
                                                  gboolean        extra);
/* status moved: the session that replaces it */
gint64         tomoni_session_get_moved_to_id    (TomoniSession  *self);
void           tomoni_session_set_moved_to_id    (TomoniSession  *self,
                                                  gint64          moved_to_id);
/* why a known room conflict was accepted, "" when none */
const char    *tomoni_session_get_room_override  (TomoniSession  *self);
void           tomoni_session_set_room_override  (TomoniSession  *self,
                                                  const char     *room_override);
/* read only: title_ja of the class, filled by the store */
const char    *tomoni_session_get_class_title    (TomoniSession  *self);
void           tomoni_session_set_class_title    (TomoniSession  *self,
                                                  const char     *class_title);
/* read only: title_en of the class, filled by the store */
const char    *tomoni_session_get_class_title_en (TomoniSession  *self);
void           tomoni_session_set_class_title_en (TomoniSession  *self,
                                                  const char     *class_title_en);
/* read only: the venue of the class, filled by the store */
const char    *tomoni_session_get_venue_name     (TomoniSession  *self);
void           tomoni_session_set_venue_name     (TomoniSession  *self,
                                                  const char     *venue_name);
/* read only: filled by the store */
const char    *tomoni_session_get_room_name      (TomoniSession  *self);
void           tomoni_session_set_room_name      (TomoniSession  *self,
                                                  const char     *room_name);
/* read only: present or late, filled by the store */
int            tomoni_session_get_n_attended     (TomoniSession  *self);
void           tomoni_session_set_n_attended     (TomoniSession  *self,
                                                  int             n_attended);

/* The label of a status key, translated ("Scheduled", "Cancelled", …). */
const char *tomoni_session_status_label (const char *status);


G_END_DECLS
