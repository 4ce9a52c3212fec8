/* tomoni-store-target-figures.h: the figures of a target, its breakdowns and
 * the inputs of its projection
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

/* One line of a breakdown. */
typedef struct {
  char   *key;        /* stable: "class:12", "activity:3", "external:…", "venue:2", "JP", … */
  char   *label_ja;
  char   *label_en;
  gint64  count;
  /* Programmes that share a title (the same Saturday class support every
   * year): the fiscal years of the counted participations, which
   * tomoni_breakdown_row_get_label() adds to the title; 0 otherwise. */
  int     first_fy;
  int     last_fy;
  char   *label;      /* that label, made on first use (on one thread) */
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

/* For tests: compute everything the detailed way, bypassing the summaries. */
void                  tomoni_store_targets_set_use_summaries (gboolean            use);

G_END_DECLS
