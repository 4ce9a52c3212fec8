/* tomoni-store-targets.h: targets, their history, milestones, external
 * entries and the maintained participation counts (figures:
 * tomoni-store-target-figures.h)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-projection.h"
#include "tomoni-store.h"
#include "tomoni-store-target-figures.h"
#include "tomoni-target.h"

G_BEGIN_DECLS

/* One change of a target, as the history shows it. */
typedef struct {
  char *changed_by;   /* the login name of whoever changed it */
  char *changed_at;   /* UTC, YYYY-MM-DDTHH:MM:SSZ */
  char *field;        /* a TomoniTargetField name, "created" or "milestone YYYY-MM-DD" */
  char *old_value;    /* (nullable) */
  char *new_value;    /* (nullable) */
} TomoniTargetChange;

typedef struct {
  char   date[11];    /* YYYY-MM-DD */
  gint64 value;
} TomoniTargetMilestone;

/* Participation not recorded person by person. */
typedef struct {
  gint64  id;
  char   *uuid;
  gint64  target_id;
  char   *date;       /* YYYY-MM-DD */
  char   *programme;
  gint64  venue_id;   /* 0: none */
  gint64  count;
  char   *source;
} TomoniExternalCount;

/* The most participants one external entry may report: far above any real
 * event, low enough that no sum of entries can overflow. */
#define TOMONI_EXTERNAL_COUNT_MAX 1000000

void                  tomoni_target_change_free          (TomoniTargetChange  *change);
void                  tomoni_external_count_free         (TomoniExternalCount *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniExternalCount, tomoni_external_count_free)

/* Targets */
GPtrArray            *tomoni_store_list_targets          (TomoniStore          *self,
                                                          GError              **error);
TomoniTarget         *tomoni_store_get_target            (TomoniStore          *self,
                                                          const char           *key,
                                                          GError              **error);
gboolean              tomoni_store_add_target            (TomoniStore          *self,
                                                          TomoniTarget         *target,
                                                          GError              **error);
gboolean              tomoni_store_update_target         (TomoniStore          *self,
                                                          TomoniTarget         *target,
                                                          GError              **error);
gboolean              tomoni_store_delete_target         (TomoniStore          *self,
                                                          gint64                id,
                                                          GError              **error);
GPtrArray            *tomoni_store_list_target_changes   (TomoniStore          *self,
                                                          gint64                target_id,
                                                          GError              **error);

/* Milestones: one value per date; setting a date again replaces its value. */
GArray               *tomoni_store_list_target_milestones (TomoniStore         *self,
                                                          gint64                target_id,
                                                          GError              **error);
gboolean              tomoni_store_set_target_milestone  (TomoniStore          *self,
                                                          gint64                target_id,
                                                          const char           *date,
                                                          gint64                value,
                                                          GError              **error);
gboolean              tomoni_store_remove_target_milestone (TomoniStore        *self,
                                                          gint64                target_id,
                                                          const char           *date,
                                                          GError              **error);

/* External entries */
gboolean              tomoni_store_add_external_count    (TomoniStore          *self,
                                                          TomoniExternalCount  *entry,
                                                          GError              **error);
gboolean              tomoni_store_update_external_count (TomoniStore          *self,
                                                          const TomoniExternalCount *entry,
                                                          GError              **error);
gboolean              tomoni_store_delete_external_count (TomoniStore          *self,
                                                          gint64                id,
                                                          GError              **error);
GPtrArray            *tomoni_store_list_external_counts  (TomoniStore          *self,
                                                          gint64                target_id,
                                                          GError              **error);

/* The maintained aggregate behind the figures (schema 005-targets.sql, 006-participation.sql). */
gboolean              tomoni_store_check_target_aggregates   (TomoniStore        *self,
                                                              char              **out_report,
                                                              GError            **error);
gboolean              tomoni_store_rebuild_target_aggregates (TomoniStore        *self,
                                                              GError            **error);

G_END_DECLS
