/* tomoni-term.h: a term of a class: a date range with weekly schedules
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TOMONI_TYPE_TERM (tomoni_term_get_type ())
G_DECLARE_FINAL_TYPE (TomoniTerm, tomoni_term, TOMONI, TERM, GObject)

/* A plain record with one GObject property per field ("id", …);
 * strings are never NULL ("" when unset). Built by the store, edited by forms. */
TomoniTerm *tomoni_term_new            (void);
TomoniTerm *tomoni_term_copy           (TomoniTerm  *self);
/* database id, 0 until stored */
gint64      tomoni_term_get_id         (TomoniTerm  *self);
void        tomoni_term_set_id         (TomoniTerm  *self,
                                        gint64       id);
/* stable identifier, set by the store */
const char *tomoni_term_get_uuid       (TomoniTerm  *self);
void        tomoni_term_set_uuid       (TomoniTerm  *self,
                                        const char  *uuid);
/* the class, required */
gint64      tomoni_term_get_class_id   (TomoniTerm  *self);
void        tomoni_term_set_class_id   (TomoniTerm  *self,
                                        gint64       class_id);
/* e.g. 「2026年度前期」; may be "" */
const char *tomoni_term_get_name       (TomoniTerm  *self);
void        tomoni_term_set_name       (TomoniTerm  *self,
                                        const char  *name);
/* first day, YYYY-MM-DD */
const char *tomoni_term_get_start_date (TomoniTerm  *self);
void        tomoni_term_set_start_date (TomoniTerm  *self,
                                        const char  *start_date);
/* last day, YYYY-MM-DD */
const char *tomoni_term_get_end_date   (TomoniTerm  *self);
void        tomoni_term_set_end_date   (TomoniTerm  *self,
                                        const char  *end_date);
/* read only: scheduled (held or to be held) sessions, filled by the store */
int         tomoni_term_get_n_sessions (TomoniTerm  *self);
void        tomoni_term_set_n_sessions (TomoniTerm  *self,
                                        int          n_sessions);


G_END_DECLS
