/* tomoni-projection.h: where a target stands and where the pace leads
 *
 * Pure arithmetic on counts and dates: no database, no GTK.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  TOMONI_TARGET_STATUS_BEHIND,
  TOMONI_TARGET_STATUS_ON_TRACK,
  TOMONI_TARGET_STATUS_AHEAD,
} TomoniTargetStatus;

/* A current fiscal year counts in the recent pace once this many days of it
 * have passed (a quarter), or when no complete year is available. */
#define TOMONI_PROJECTION_MIN_DAYS 91
/* Tolerance of the status, in per mille of the planned increase. */
#define TOMONI_PROJECTION_TOLERANCE_PERMILLE 50

typedef struct {
  gint64        baseline_value;
  GDate         baseline_date;
  gint64        target_value;
  GDate         target_date;
  GDate         as_of;
  /* Counted after the baseline date up to as_of, by fiscal year:
   * by_fy[i] is fiscal year first_fy + i. */
  int           first_fy;
  guint         n_fy;
  const gint64 *by_fy;
} TomoniProjectionInput;

typedef struct {
  gint64              counted;          /* sum of by_fy */
  gint64              cumulative;       /* baseline + counted */
  gint64              remainder;        /* target − cumulative, at least 0 */
  double              percentage;       /* cumulative / target × 100 */
  int                 remaining_years;  /* fiscal years left, the current one included */
  gint64              days_left;        /* days from as_of to the target date, at least 0 */
  gint64              pace_needed;      /* a year, over days_left, rounded up */
  double              recent_pace;      /* participations a year */
  gint64              recent_pace_per_year; /* recent_pace in whole participations, rounded down */
  int                 pace_complete_years; /* complete years in the mean (0–2) */
  gboolean            pace_current_year;   /* the pro-rated current year is in the mean */
  gint64              projected;        /* at the target date */
  gint64              expected_now;     /* the straight trajectory at as_of */
  gint64              tolerance;
  TomoniTargetStatus  status;
} TomoniProjection;

/* Pace, projection and status are decided together, so that they never
 * contradict one another: status is not behind ⇔ projected ≥ target ⇔
 * (while days are left) recent_pace_per_year ≥ pace_needed. */

void         tomoni_projection_compute          (const TomoniProjectionInput *input,
                                                 TomoniProjection            *out);
gint64       tomoni_projection_trajectory_at    (const TomoniProjectionInput *input,
                                                 const GDate                 *date);

const char  *tomoni_target_status_get_name      (TomoniTargetStatus status);
const char  *tomoni_target_status_get_label     (TomoniTargetStatus status);
const char  *tomoni_target_status_get_icon_name (TomoniTargetStatus status);
char        *tomoni_projection_describe_method  (const TomoniProjection *projection);

G_END_DECLS
