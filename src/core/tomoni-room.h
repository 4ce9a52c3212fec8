/* tomoni-room.h: a room of a venue
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TOMONI_TYPE_ROOM (tomoni_room_get_type ())
G_DECLARE_FINAL_TYPE (TomoniRoom, tomoni_room, TOMONI, ROOM, GObject)

/* A plain record with one GObject property per field ("id", …);
 * strings are never NULL ("" when unset). Built by the store, edited by forms. */
TomoniRoom *tomoni_room_new            (void);
TomoniRoom *tomoni_room_copy           (TomoniRoom  *self);
/* database id, 0 until stored */
gint64      tomoni_room_get_id         (TomoniRoom  *self);
void        tomoni_room_set_id         (TomoniRoom  *self,
                                        gint64       id);
/* stable identifier, set by the store */
const char *tomoni_room_get_uuid       (TomoniRoom  *self);
void        tomoni_room_set_uuid       (TomoniRoom  *self,
                                        const char  *uuid);
/* the venue it belongs to, required */
gint64      tomoni_room_get_venue_id   (TomoniRoom  *self);
void        tomoni_room_set_venue_id   (TomoniRoom  *self,
                                        gint64       venue_id);
/* unique within its venue, required */
const char *tomoni_room_get_name       (TomoniRoom  *self);
void        tomoni_room_set_name       (TomoniRoom  *self,
                                        const char  *name);
/* seats, 0 when unknown */
int         tomoni_room_get_capacity   (TomoniRoom  *self);
void        tomoni_room_set_capacity   (TomoniRoom  *self,
                                        int          capacity);
/* read only: the venue's name, filled by the store */
const char *tomoni_room_get_venue_name (TomoniRoom  *self);
void        tomoni_room_set_venue_name (TomoniRoom  *self,
                                        const char  *venue_name);


G_END_DECLS
