/* tomoni-venue.h: a place where classes and activities are held
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TOMONI_TYPE_VENUE (tomoni_venue_get_type ())
G_DECLARE_FINAL_TYPE (TomoniVenue, tomoni_venue, TOMONI, VENUE, GObject)

/* A plain record with one GObject property per field ("id", …);
 * strings are never NULL ("" when unset). Built by the store, edited by forms. */
TomoniVenue *tomoni_venue_new         (void);
TomoniVenue *tomoni_venue_copy        (TomoniVenue  *self);
/* database id, 0 until stored */
gint64       tomoni_venue_get_id      (TomoniVenue  *self);
void         tomoni_venue_set_id      (TomoniVenue  *self,
                                       gint64        id);
/* stable identifier, set by the store */
const char  *tomoni_venue_get_uuid    (TomoniVenue  *self);
void         tomoni_venue_set_uuid    (TomoniVenue  *self,
                                       const char   *uuid);
/* name as staff write it (Japanese), required */
const char  *tomoni_venue_get_name    (TomoniVenue  *self);
void         tomoni_venue_set_name    (TomoniVenue  *self,
                                       const char   *name);
/* English name */
const char  *tomoni_venue_get_name_en (TomoniVenue  *self);
void         tomoni_venue_set_name_en (TomoniVenue  *self,
                                       const char   *name_en);
/* chuo, higashi, nishi, minami, kita or outside */
const char  *tomoni_venue_get_ward    (TomoniVenue  *self);
void         tomoni_venue_set_ward    (TomoniVenue  *self,
                                       const char   *ward);
/* postal address */
const char  *tomoni_venue_get_address (TomoniVenue  *self);
void         tomoni_venue_set_address (TomoniVenue  *self,
                                       const char   *address);
/* free text */
const char  *tomoni_venue_get_notes   (TomoniVenue  *self);
void         tomoni_venue_set_notes   (TomoniVenue  *self,
                                       const char   *notes);


G_END_DECLS
