/* tomoni-store-targets-private.h: the one writer of each targets table, for
 * the targets API and the sample data.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the store's files and the sample-data library include this header.
 *
 * Every INSERT into target_milestone, target_change and external_count, and
 * every UPDATE of target, goes through these. A row carries every column;
 * strings are borrowed. On insert, @uuid, @created_at and @updated_at NULL
 * or "": generated (tomoni_uuid (), tomoni_now ()); *out_id (optional) is
 * the new row's id. Ids 0 are written as NULL where the column allows it.
 * The writers neither validate nor begin a transaction nor emit "changed".
 */
#pragma once

#include "tomoni-store.h"
#include "tomoni-target.h"

G_BEGIN_DECLS

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      target_id;
  const char *date;
  gint64      value;
  const char *created_at;
  const char *updated_at;
} TomoniTargetMilestoneRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      target_id;
  const char *changed_by;
  const char *field;
  const char *old_value;    /* NULL: NULL */
  const char *new_value;    /* NULL: NULL */
  const char *created_at;
  const char *updated_at;
} TomoniTargetChangeRow;

typedef struct {
  gint64      id;
  const char *uuid;
  gint64      target_id;
  const char *date;
  const char *programme;
  gint64      venue_id;     /* 0: NULL */
  gint64      count;
  const char *source;
  const char *created_at;
  const char *updated_at;
} TomoniExternalCountRow;

gboolean tomoni_target_milestone_row_insert (TomoniStore                     *store,
                                             const TomoniTargetMilestoneRow  *row,
                                             gint64                          *out_id,
                                             GError                         **error);
gboolean tomoni_target_change_row_insert    (TomoniStore                     *store,
                                             const TomoniTargetChangeRow     *row,
                                             gint64                          *out_id,
                                             GError                         **error);
gboolean tomoni_external_count_row_insert   (TomoniStore                     *store,
                                             const TomoniExternalCountRow    *row,
                                             gint64                          *out_id,
                                             GError                         **error);
/* Writes every column of @target (by its id) with @position; @uuid and
 * @created_at NULL or "": kept; @updated_at NULL or "": now. */
gboolean tomoni_target_row_update           (TomoniStore                     *store,
                                             TomoniTarget                    *target,
                                             int                              position,
                                             const char                      *uuid,
                                             const char                      *created_at,
                                             const char                      *updated_at,
                                             GError                         **error);

G_END_DECLS
