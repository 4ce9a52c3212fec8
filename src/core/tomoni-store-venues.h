/* tomoni-store-venues.h: venues, rooms and closures
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes follow the rules of tomoni-store-classes.h: one transaction per
 * call, the "changed" signal, TOMONI_STORE_ERROR for what a user causes.
 */
#pragma once

#include "tomoni-closure.h"
#include "tomoni-room.h"
#include "tomoni-store.h"
#include "tomoni-venue.h"

G_BEGIN_DECLS


/* add: on success the record's id and uuid are set. update: by id. */
gboolean       tomoni_store_add_venue            (TomoniStore    *self,
                                                  TomoniVenue    *venue,
                                                  GError        **error);
gboolean       tomoni_store_update_venue         (TomoniStore    *self,
                                                  TomoniVenue    *venue,
                                                  GError        **error);
TomoniVenue   *tomoni_store_get_venue            (TomoniStore    *self,
                                                  gint64          id,
                                                  GError        **error);
/* by uuid or exact name (Japanese or English) */
TomoniVenue   *tomoni_store_find_venue           (TomoniStore    *self,
                                                  const char     *uuid_or_name,
                                                  GError        **error);
/* (element-type TomoniVenue), by name */
GPtrArray     *tomoni_store_list_venues          (TomoniStore    *self,
                                                  GError        **error);

gboolean       tomoni_store_add_room             (TomoniStore    *self,
                                                  TomoniRoom     *room,
                                                  GError        **error);
gboolean       tomoni_store_update_room          (TomoniStore    *self,
                                                  TomoniRoom     *room,
                                                  GError        **error);
TomoniRoom    *tomoni_store_get_room             (TomoniStore    *self,
                                                  gint64          id,
                                                  GError        **error);
/* a room of @venue_id by uuid or exact name */
TomoniRoom    *tomoni_store_find_room            (TomoniStore    *self,
                                                  gint64          venue_id,
                                                  const char     *uuid_or_name,
                                                  GError        **error);
/* (element-type TomoniRoom); @venue_id 0: every room, by venue then name */
GPtrArray     *tomoni_store_list_rooms           (TomoniStore    *self,
                                                  gint64          venue_id,
                                                  GError        **error);

/* A closure does not change sessions already generated: regenerate the
 * terms concerned (tomoni_store_regenerate_sessions) to apply it. */
gboolean       tomoni_store_add_closure          (TomoniStore    *self,
                                                  TomoniClosure  *closure,
                                                  GError        **error);
gboolean       tomoni_store_update_closure       (TomoniStore    *self,
                                                  TomoniClosure  *closure,
                                                  GError        **error);
gboolean       tomoni_store_delete_closure       (TomoniStore    *self,
                                                  gint64          id,
                                                  GError        **error);
/* (element-type TomoniClosure), by start date; @venue_id 0: all closures,
 * else that venue's and the Center-wide ones */
GPtrArray     *tomoni_store_list_closures        (TomoniStore    *self,
                                                  gint64          venue_id,
                                                  GError        **error);

G_END_DECLS
