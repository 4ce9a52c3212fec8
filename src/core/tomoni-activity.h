/* tomoni-activity.h: a volunteer activity (an event, an interpretation
 * request, class assistance …) and who asked for it
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Stored as 'class-assistance', 'interpretation', 'exchange-event',
 * 'conference', 'youth-exchange', 'disaster-support', 'other'. */
typedef enum {
  TOMONI_ACTIVITY_CLASS_ASSISTANCE,
  TOMONI_ACTIVITY_INTERPRETATION,
  TOMONI_ACTIVITY_EXCHANGE_EVENT,
  TOMONI_ACTIVITY_CONFERENCE,
  TOMONI_ACTIVITY_YOUTH_EXCHANGE,
  TOMONI_ACTIVITY_DISASTER_SUPPORT,
  TOMONI_ACTIVITY_OTHER,
  TOMONI_ACTIVITY_N_KINDS
} TomoniActivityKind;

const char *tomoni_activity_kind_to_string   (TomoniActivityKind  kind);
const char *tomoni_activity_kind_get_label   (TomoniActivityKind  kind);   /* translated */
gboolean    tomoni_activity_kind_from_string (const char         *text,
                                              TomoniActivityKind *out_kind);

#define TOMONI_TYPE_ACTIVITY (tomoni_activity_get_type ())
G_DECLARE_FINAL_TYPE (TomoniActivity, tomoni_activity, TOMONI, ACTIVITY, GObject)

/**
 * TomoniActivity:
 *
 * Properties: "id", "uuid", "title" (required), "title-en", "kind" (string
 * key), "venue-id" (0 none), "requester-id" (0 none; set by the store),
 * "requester-name", "requester-kind" ('school', 'hospital', 'city-office',
 * 'other'), "requester-contact", "requester-notes", "confidential" (bool),
 * "notes", and read-only figures the store fills when it lists activities:
 * "first-date", "last-date" ("" without shifts), "n-shifts", "n-needed"
 * (places in all slots), "n-assigned" (assignments not cancelled).
 *
 * The requester is stored in its own row: adding an activity with a
 * requester name reuses the requester of that name, or creates one.
 */
TomoniActivity *tomoni_activity_new                   (void);

gint64        tomoni_activity_get_id                  (TomoniActivity *self);
void          tomoni_activity_set_id                  (TomoniActivity *self,
                                                       gint64          id);
const char   *tomoni_activity_get_uuid                (TomoniActivity *self);
void          tomoni_activity_set_uuid                (TomoniActivity *self,
                                                       const char     *uuid);
const char   *tomoni_activity_get_title               (TomoniActivity *self);
void          tomoni_activity_set_title               (TomoniActivity *self,
                                                       const char     *title);
const char   *tomoni_activity_get_title_en            (TomoniActivity *self);
void          tomoni_activity_set_title_en            (TomoniActivity *self,
                                                       const char     *title);
TomoniActivityKind tomoni_activity_get_kind           (TomoniActivity *self);
void          tomoni_activity_set_kind                (TomoniActivity *self,
                                                       TomoniActivityKind kind);
gint64        tomoni_activity_get_venue_id            (TomoniActivity *self);
void          tomoni_activity_set_venue_id            (TomoniActivity *self,
                                                       gint64          venue_id);
gint64        tomoni_activity_get_requester_id        (TomoniActivity *self);
void          tomoni_activity_set_requester_id        (TomoniActivity *self,
                                                       gint64          requester_id);
const char   *tomoni_activity_get_requester_name      (TomoniActivity *self);
void          tomoni_activity_set_requester_name      (TomoniActivity *self,
                                                       const char     *name);
const char   *tomoni_activity_get_requester_kind      (TomoniActivity *self);
void          tomoni_activity_set_requester_kind      (TomoniActivity *self,
                                                       const char     *kind);
const char   *tomoni_activity_get_requester_contact   (TomoniActivity *self);
void          tomoni_activity_set_requester_contact   (TomoniActivity *self,
                                                       const char     *contact);
const char   *tomoni_activity_get_requester_notes     (TomoniActivity *self);
void          tomoni_activity_set_requester_notes     (TomoniActivity *self,
                                                       const char     *notes);
gboolean      tomoni_activity_get_confidential        (TomoniActivity *self);
void          tomoni_activity_set_confidential        (TomoniActivity *self,
                                                       gboolean        confidential);
const char   *tomoni_activity_get_notes               (TomoniActivity *self);
void          tomoni_activity_set_notes               (TomoniActivity *self,
                                                       const char     *notes);

const char   *tomoni_activity_get_first_date          (TomoniActivity *self);
const char   *tomoni_activity_get_last_date           (TomoniActivity *self);
guint         tomoni_activity_get_n_shifts            (TomoniActivity *self);
guint         tomoni_activity_get_n_needed            (TomoniActivity *self);
guint         tomoni_activity_get_n_assigned          (TomoniActivity *self);
/* For the store. */
void          tomoni_activity_set_summary             (TomoniActivity *self,
                                                       const char     *first_date,
                                                       const char     *last_date,
                                                       guint           n_shifts,
                                                       guint           n_needed,
                                                       guint           n_assigned);

G_END_DECLS
