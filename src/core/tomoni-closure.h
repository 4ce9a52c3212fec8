/* tomoni-closure.h: days a venue, or the whole Center, is closed
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TOMONI_TYPE_CLOSURE (tomoni_closure_get_type ())
G_DECLARE_FINAL_TYPE (TomoniClosure, tomoni_closure, TOMONI, CLOSURE, GObject)

/* A plain record with one GObject property per field ("id", …);
 * strings are never NULL ("" when unset). Built by the store, edited by forms. */
TomoniClosure *tomoni_closure_new            (void);
TomoniClosure *tomoni_closure_copy           (TomoniClosure  *self);
/* database id, 0 until stored */
gint64         tomoni_closure_get_id         (TomoniClosure  *self);
void           tomoni_closure_set_id         (TomoniClosure  *self,
                                              gint64          id);
/* stable identifier, set by the store */
const char    *tomoni_closure_get_uuid       (TomoniClosure  *self);
void           tomoni_closure_set_uuid       (TomoniClosure  *self,
                                              const char     *uuid);
/* 0: the whole Center */
gint64         tomoni_closure_get_venue_id   (TomoniClosure  *self);
void           tomoni_closure_set_venue_id   (TomoniClosure  *self,
                                              gint64          venue_id);
/* first closed day, YYYY-MM-DD */
const char    *tomoni_closure_get_start_date (TomoniClosure  *self);
void           tomoni_closure_set_start_date (TomoniClosure  *self,
                                              const char     *start_date);
/* last closed day, YYYY-MM-DD (same as start for one day) */
const char    *tomoni_closure_get_end_date   (TomoniClosure  *self);
void           tomoni_closure_set_end_date   (TomoniClosure  *self,
                                              const char     *end_date);
/* shown as the reason of every skipped session, e.g. 「施設点検」 */
const char    *tomoni_closure_get_reason     (TomoniClosure  *self);
void           tomoni_closure_set_reason     (TomoniClosure  *self,
                                              const char     *reason);
/* read only: the venue's name, "" for the whole Center */
const char    *tomoni_closure_get_venue_name (TomoniClosure  *self);
void           tomoni_closure_set_venue_name (TomoniClosure  *self,
                                              const char     *venue_name);


G_END_DECLS
