/* tomoni-store-targets.h: targets, their history, external entries and figures
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-projection.h"
#include "tomoni-store.h"
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

/* One line of a breakdown. */
typedef struct {
  char   *key;        /* stable: "class:12", "activity:3", "external:…", "venue:2", "JP", … */
  char   *label_ja;
  char   *label_en;
  gint64  count;
} TomoniBreakdownRow;

typedef struct {
  int    fy;
  gint64 count;       /* counted in that fiscal year (external entries included) */
  gint64 cumulative;  /* baseline + everything counted up to the end of that year (or as_of) */
} TomoniFiscalYearCount;

/* Everything the dashboard and the CLI show for one target. */
typedef struct {
  TomoniTarget      *target;
  GDate              as_of;
  int                fiscal_year;     /* breakdowns restricted to this year; 0 = since the baseline */
  gint64             counted;         /* after the baseline date, up to as_of */
  gint64             external;        /* the part of counted that came from external entries */
  TomoniProjection   projection;
  GArray            *by_fiscal_year;  /* TomoniFiscalYearCount, every year from the baseline's to as_of's */
  GPtrArray         *by_programme;    /* TomoniBreakdownRow, largest first */
  GPtrArray         *by_venue;
  GPtrArray         *by_nationality;
  GArray            *milestones;      /* TomoniTargetMilestone, by date */
} TomoniTargetFigures;

#define TOMONI_TYPE_TARGET_FIGURES (tomoni_target_figures_get_type ())
GType                 tomoni_target_figures_get_type     (void) G_GNUC_CONST;
TomoniTargetFigures  *tomoni_target_figures_ref          (TomoniTargetFigures *figures);
void                  tomoni_target_figures_unref        (TomoniTargetFigures *figures);
const char           *tomoni_breakdown_row_get_label     (const TomoniBreakdownRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniTargetFigures, tomoni_target_figures_unref)

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

/* Figures. @as_of NULL: today in Japan. @fiscal_year 0: breakdowns since the baseline. */
TomoniTargetFigures  *tomoni_store_compute_target_figures (TomoniStore         *self,
                                                          TomoniTarget         *target,
                                                          const GDate          *as_of,
                                                          int                   fiscal_year,
                                                          GError              **error);
GPtrArray            *tomoni_store_compute_all_figures   (TomoniStore          *self,
                                                          const GDate          *as_of,
                                                          int                   fiscal_year,
                                                          GError              **error);
void                  tomoni_store_compute_all_figures_async  (TomoniStore         *self,
                                                               const GDate         *as_of,
                                                               int                  fiscal_year,
                                                               GCancellable        *cancellable,
                                                               GAsyncReadyCallback  callback,
                                                               gpointer             user_data);
GPtrArray            *tomoni_store_compute_all_figures_finish (TomoniStore         *self,
                                                               GAsyncResult        *result,
                                                               GError             **error);

/* The maintained aggregate behind the figures (schema 005-targets.sql). */
gboolean              tomoni_store_check_target_aggregates   (TomoniStore        *self,
                                                              char              **out_report,
                                                              GError            **error);
gboolean              tomoni_store_rebuild_target_aggregates (TomoniStore        *self,
                                                              GError            **error);

void                  tomoni_today_in_japan                  (GDate              *out);

/* For tests: compute everything the detailed way, bypassing the summaries. */
void                  tomoni_store_targets_set_use_summaries (gboolean            use);

G_END_DECLS
