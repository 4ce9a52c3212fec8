/* tomoni-projection.c: where a target stands and where the pace leads
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-projection"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "tomoni-date.h"
#include "tomoni-projection.h"

/* 365.2425 days a year, as a fraction, so that pace and projection are
 * computed in exact integer arithmetic. */
#define YEAR_NUM 3652425
#define YEAR_DEN 10000

static gint64
count_of (const TomoniProjectionInput *input,
          int                          fy)
{
  if (fy < input->first_fy || fy >= input->first_fy + (int)input->n_fy)
    return 0;
  return input->by_fy[fy - input->first_fy];
}

static gint64
days_between (const GDate *from,
              const GDate *to)
{
  return (gint64)g_date_get_julian (to) - (gint64)g_date_get_julian (from);
}

/**
 * tomoni_projection_trajectory_at:
 *
 * The straight line from (baseline date, baseline value) to (target date,
 * target value) at @date, rounded to the nearest whole number; before the
 * baseline it is the baseline value, after the target date the target value.
 */
gint64
tomoni_projection_trajectory_at (const TomoniProjectionInput *input,
                                 const GDate                 *date)
{
  gint64 span = days_between (&input->baseline_date, &input->target_date);
  gint64 done = days_between (&input->baseline_date, date);
  double fraction;

  g_return_val_if_fail (span > 0, input->target_value);

  fraction = CLAMP ((double)done / (double)span, 0.0, 1.0);
  return input->baseline_value +
         (gint64)llround ((double)(input->target_value - input->baseline_value) * fraction);
}

/**
 * tomoni_projection_compute:
 *
 * The figures of a target on @input->as_of:
 *
 * - cumulative = baseline value + counted; remainder = target − cumulative
 *   (never below 0); percentage = cumulative / target × 100.
 * - remaining_years: the fiscal years from the one containing as_of to the
 *   one containing the target date, both included (0 once as_of reaches the
 *   target date); shown for information only.
 * - days_left: the days from as_of to the target date (at least 0);
 *   pace_needed = remainder × 365.2425 / days_left, rounded up: a rate a
 *   year over the time actually left, not over whole fiscal years (the whole
 *   remainder when no day is left).
 * - recent_pace: the mean of the last two complete fiscal years (those that
 *   began after the baseline date) and the current fiscal year pro-rated
 *   (its count × its length / the days passed, counting from the later of
 *   1 April and the day after the baseline). The current year is in the mean
 *   once TOMONI_PROJECTION_MIN_DAYS days have passed, or when no complete year
 *   is available; 0 when nothing is available. recent_pace_per_year is that
 *   rounded down to a whole number (never below 0): the pace the dashboard
 *   shows and the one the projection continues.
 * - projected = cumulative + recent_pace_per_year × days_left / 365.2425,
 *   rounded down.
 * - status: behind when projected < target; otherwise ahead when projected ≥
 *   target + tolerance (5 % of |target − baseline|, at least 1), on track
 *   else. Since pace_needed is the least whole pace with
 *   pace × days_left / 365.2425 ≥ remainder, projected ≥ target exactly when
 *   recent_pace_per_year ≥ pace_needed: the three figures cannot disagree.
 */
void
tomoni_projection_compute (const TomoniProjectionInput *input,
                           TomoniProjection            *out)
{
  GDate year_first, year_last, start;
  int fy, last_fy;
  double sum = 0;
  int n_values = 0;
  gint64 gap;

  g_return_if_fail (input != NULL && out != NULL);
  g_return_if_fail (g_date_valid (&input->as_of));
  g_return_if_fail (g_date_valid (&input->baseline_date));
  g_return_if_fail (g_date_valid (&input->target_date));

  memset (out, 0, sizeof *out);

  for (guint i = 0; i < input->n_fy; i++)
    out->counted += input->by_fy[i];
  out->cumulative = input->baseline_value + out->counted;
  out->remainder = MAX (0, input->target_value - out->cumulative);
  out->percentage = input->target_value > 0
                    ? 100.0 * (double)out->cumulative / (double)input->target_value
                    : 100.0;

  fy = tomoni_fiscal_year_of (&input->as_of);
  last_fy = tomoni_fiscal_year_of (&input->target_date);
  if (g_date_compare (&input->as_of, &input->target_date) >= 0)
    out->remaining_years = 0;
  else
    out->remaining_years = last_fy - fy + 1;
  out->days_left = MAX (0, days_between (&input->as_of, &input->target_date));
  if (out->days_left > 0)
    out->pace_needed = (gint64)(((guint64)out->remainder * YEAR_NUM + (guint64)out->days_left * YEAR_DEN - 1) /
                                ((guint64)out->days_left * YEAR_DEN));
  else
    out->pace_needed = out->remainder;

  /* The last two complete fiscal years that lie wholly after the baseline. */
  for (int y = fy - 2; y < fy; y++)
    {
      tomoni_fiscal_year_bounds (y, &year_first, &year_last);
      if (g_date_compare (&year_first, &input->baseline_date) <= 0)
        continue;
      sum += (double)count_of (input, y);
      n_values++;
    }
  out->pace_complete_years = n_values;

  /* The current fiscal year, pro-rated. */
  tomoni_fiscal_year_bounds (fy, &year_first, &year_last);
  start = year_first;
  if (g_date_compare (&start, &input->baseline_date) <= 0)
    {
      start = input->baseline_date;
      g_date_add_days (&start, 1);
    }
  {
    gint64 passed = days_between (&start, &input->as_of) + 1;
    gint64 length = days_between (&start, &year_last) + 1;

    if (passed > 0 && length > 0 &&
        (passed >= TOMONI_PROJECTION_MIN_DAYS || n_values == 0))
      {
        passed = MIN (passed, length);
        sum += (double)count_of (input, fy) * (double)length / (double)passed;
        n_values++;
        out->pace_current_year = TRUE;
      }
  }
  out->recent_pace = n_values > 0 ? sum / n_values : 0.0;
  /* The small epsilon keeps an exact 310 computed as 309.99999 at 310. */
  out->recent_pace_per_year = MAX (0, (gint64)floor (out->recent_pace + 1e-9));

  out->projected = out->cumulative +
                   (gint64)(((guint64)out->recent_pace_per_year * (guint64)out->days_left * YEAR_DEN) / YEAR_NUM);
  out->expected_now = tomoni_projection_trajectory_at (input, &input->as_of);

  gap = ABS (input->target_value - input->baseline_value);
  out->tolerance = MAX (1, (gap * TOMONI_PROJECTION_TOLERANCE_PERMILLE + 500) / 1000);
  if (out->projected < input->target_value)
    out->status = TOMONI_TARGET_STATUS_BEHIND;
  else if (out->projected >= input->target_value + out->tolerance)
    out->status = TOMONI_TARGET_STATUS_AHEAD;
  else
    out->status = TOMONI_TARGET_STATUS_ON_TRACK;
}

const char *
tomoni_target_status_get_name (TomoniTargetStatus status)
{
  switch (status)
    {
    case TOMONI_TARGET_STATUS_BEHIND: return "behind";
    case TOMONI_TARGET_STATUS_ON_TRACK: return "on-track";
    case TOMONI_TARGET_STATUS_AHEAD: return "ahead";
    default: g_return_val_if_reached (NULL);
    }
}

const char *
tomoni_target_status_get_label (TomoniTargetStatus status)
{
  switch (status)
    {
    /* Translators: status of a target: the projection falls short */
    case TOMONI_TARGET_STATUS_BEHIND: return _("Behind");
    /* Translators: status of a target: the projection reaches it, within 5 per cent */
    case TOMONI_TARGET_STATUS_ON_TRACK: return _("On track");
    /* Translators: status of a target: the projection goes beyond it */
    case TOMONI_TARGET_STATUS_AHEAD: return _("Ahead");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
tomoni_target_status_get_icon_name (TomoniTargetStatus status)
{
  switch (status)
    {
    case TOMONI_TARGET_STATUS_BEHIND: return "dialog-warning-symbolic";
    case TOMONI_TARGET_STATUS_ON_TRACK: return "object-select-symbolic";
    case TOMONI_TARGET_STATUS_AHEAD: return "starred-symbolic";
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * tomoni_projection_describe_method:
 *
 * Says in words how the projected value was reached, for the dashboard.
 */
char *
tomoni_projection_describe_method (const TomoniProjection *projection)
{
  g_return_val_if_fail (projection != NULL, NULL);

  if (projection->pace_complete_years == 0 && !projection->pace_current_year)
    return g_strdup (_("No participation recorded after the baseline yet: the projection "
                       "assumes no further growth."));
  if (projection->pace_complete_years == 0)
    return g_strdup (_("Projected from this fiscal year so far, pro-rated to a full year, "
                       "continued to the target date."));
  if (!projection->pace_current_year)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Projected from the last complete fiscal year, "
                                         "continued to the target date.",
                                         "Projected from the mean of the last %d complete fiscal "
                                         "years, continued to the target date.",
                                         projection->pace_complete_years),
                            projection->pace_complete_years);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Projected from the mean of the last complete fiscal year "
                                       "and this fiscal year pro-rated, continued to the target date.",
                                       "Projected from the mean of the last %d complete fiscal years "
                                       "and this fiscal year pro-rated, continued to the target date.",
                                       projection->pace_complete_years),
                          projection->pace_complete_years);
}
