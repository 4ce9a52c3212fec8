/* tomoni-slot.h: a role slot of a shift: role, places, requirements
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tomoni-volunteer.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_SLOT (tomoni_slot_get_type ())
G_DECLARE_FINAL_TYPE (TomoniSlot, tomoni_slot, TOMONI, SLOT, GObject)

/**
 * TomoniSlot:
 *
 * Properties: "id", "uuid", "shift-id", "role" (free text, e.g.
 * "interpreter"), "needed" (>= 1), "required-skill" (skill key or ""),
 * "required-training" (training key or ""), "languages-text" (read-only,
 * "vi:fluent;ja:business"), "n-assigned" (read-only: assignments not
 * cancelled, filled by the store).
 *
 * The text form used by `tomoni-cli shift add --slot`:
 *   ROLE:N[:lang=CODE:LEVEL[:JLPT]]…[:skill=KEY][:training=KEY]
 * e.g. "interpreter:2:lang=vi:fluent:skill=interpretation:training=orientation".
 */
TomoniSlot   *tomoni_slot_new                  (void);
TomoniSlot   *tomoni_slot_copy                 (TomoniSlot     *self);   /* without id, uuid */

gint64        tomoni_slot_get_id               (TomoniSlot     *self);
void          tomoni_slot_set_id               (TomoniSlot     *self,
                                                gint64          id);
const char   *tomoni_slot_get_uuid             (TomoniSlot     *self);
void          tomoni_slot_set_uuid             (TomoniSlot     *self,
                                                const char     *uuid);
gint64        tomoni_slot_get_shift_id         (TomoniSlot     *self);
void          tomoni_slot_set_shift_id         (TomoniSlot     *self,
                                                gint64          shift_id);
const char   *tomoni_slot_get_role             (TomoniSlot     *self);
void          tomoni_slot_set_role             (TomoniSlot     *self,
                                                const char     *role);
guint         tomoni_slot_get_needed           (TomoniSlot     *self);
void          tomoni_slot_set_needed           (TomoniSlot     *self,
                                                guint           needed);
const char   *tomoni_slot_get_required_skill   (TomoniSlot     *self);
void          tomoni_slot_set_required_skill   (TomoniSlot     *self,
                                                const char     *key);
const char   *tomoni_slot_get_required_training (TomoniSlot    *self);
void          tomoni_slot_set_required_training (TomoniSlot    *self,
                                                 const char    *key);
/* Required languages (each with its minimum level), transfer none. */
GArray       *tomoni_slot_get_languages        (TomoniSlot     *self);   /* TomoniLanguage */
void          tomoni_slot_set_languages        (TomoniSlot     *self,
                                                const TomoniLanguage *languages,
                                                guint           n);
guint         tomoni_slot_get_n_assigned       (TomoniSlot     *self);
void          tomoni_slot_set_n_assigned       (TomoniSlot     *self,
                                                guint           n);

/* Parses the text form above; TOMONI_STORE_ERROR_INVALID naming the part. */
TomoniSlot   *tomoni_slot_parse                (const char     *text,
                                                GError        **error);
char         *tomoni_slot_format               (TomoniSlot     *self);

G_END_DECLS
