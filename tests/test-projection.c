/* test-projection.c: the arithmetic of target figures, table-driven
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "tomoni-date.h"
#include "tomoni-projection.h"

typedef struct {
  const char         *name;
  const char         *as_of;
  int                 first_fy;
  gint64              by_fy[9];
  guint               n_fy;
  /* expected */
  gint64              cumulative;
  gint64              remainder;
  int                 remaining_years;
  gint64              pace_needed;
  double              recent_pace;
  int                 complete_years;
  gboolean            current_year;
  gint64              projected;
  TomoniTargetStatus  status;
} Case;

/* Baseline 2,512 on 2023-03-31, target 5,000 on 2031-03-31 (the strategy's
 * Japanese-support target); tolerance 5 % of 2,488 = 124. */
static const Case cases[] = {
  /* FY2023 complete (300), FY2024 ends on as_of (320, pro-rated ×365/365):
   * pace 310; 2,191 days left = 5.9988 years → +1,859 (rounded down).
   * Needed: 1,868 over 5.9988 years = 311.4 → 312 a year; 310 < 312, so
   * behind, and the projection 4,991 falls short too (it used to read
   * on track at 4,992 within the 5 % tolerance). */
  { "one-complete-year-and-current", "2025-03-31", 2023, { 300, 320 }, 2,
    3132, 1868, 7, 312, 310.0, 1, TRUE, 4991, TOMONI_TARGET_STATUS_BEHIND },
  /* The day after the baseline, nothing yet: no growth assumed. */
  { "first-day", "2023-04-01", 2023, { 0 }, 1,
    2512, 2488, 8, 312, 0.0, 0, TRUE, 2512, TOMONI_TARGET_STATUS_BEHIND },
  /* 31 days into FY2025 (< 91): the current year stays out of the mean. */
  { "early-in-year", "2025-05-01", 2023, { 300, 320, 100 }, 3,
    3232, 1768, 6, 299, 310.0, 2, FALSE, 5065, TOMONI_TARGET_STATUS_ON_TRACK },
  /* Two complete years and a full current year: mean of 600, 700, 800. */
  { "ahead", "2026-03-31", 2023, { 600, 700, 800 }, 3,
    4612, 388, 6, 78, 700.0, 2, TRUE, 8111, TOMONI_TARGET_STATUS_AHEAD },
  /* FY2023 has 366 days (29 Feb 2024): 150 in 183 days → 300 a year. */
  { "leap-year-pro-rating", "2023-09-30", 2023, { 150 }, 1,
    2662, 2338, 8, 312, 300.0, 0, TRUE, 4911, TOMONI_TARGET_STATUS_BEHIND },
  /* After the target date: nothing left to project, the remainder is due;
   * 88 short is behind. */
  { "after-target-date", "2031-04-01", 2023, { 300, 300, 300, 300, 300, 300, 300, 300, 0 }, 9,
    4912, 88, 0, 88, 300.0, 2, FALSE, 4912, TOMONI_TARGET_STATUS_BEHIND },
  /* Reached: remainder 0, pace needed 0. */
  { "reached", "2029-03-31", 2023, { 1000, 1000, 1000, 1000, 1000, 1000 }, 6,
    8512, 0, 3, 0, 1000.0, 2, TRUE, 10510, TOMONI_TARGET_STATUS_AHEAD },
  /* Far behind. */
  { "behind", "2027-03-31", 2023, { 50, 60, 70, 80 }, 4,
    2772, 2228, 5, 557, 70.0, 2, TRUE, 3052, TOMONI_TARGET_STATUS_BEHIND },
};

static void
parse (const char *text,
       GDate      *out)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tomoni_date_parse (text, out, &error));
  g_assert_no_error (error);
}

static void
fill_input (TomoniProjectionInput *input,
            const Case            *c)
{
  input->baseline_value = 2512;
  parse ("2023-03-31", &input->baseline_date);
  input->target_value = 5000;
  parse ("2031-03-31", &input->target_date);
  parse (c->as_of, &input->as_of);
  input->first_fy = c->first_fy;
  input->n_fy = c->n_fy;
  input->by_fy = c->by_fy;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  TomoniProjectionInput input = { 0 };
  TomoniProjection out;

  fill_input (&input, c);
  tomoni_projection_compute (&input, &out);

  g_assert_cmpint (out.cumulative, ==, c->cumulative);
  g_assert_cmpint (out.counted, ==, c->cumulative - 2512);
  g_assert_cmpint (out.remainder, ==, c->remainder);
  g_assert_cmpint (out.remaining_years, ==, c->remaining_years);
  g_assert_cmpint (out.pace_needed, ==, c->pace_needed);
  g_assert_cmpfloat_with_epsilon (out.recent_pace, c->recent_pace, 1e-9);
  g_assert_cmpint (out.pace_complete_years, ==, c->complete_years);
  g_assert_cmpint (out.pace_current_year, ==, c->current_year);
  g_assert_cmpint (out.projected, ==, c->projected);
  g_assert_cmpint (out.tolerance, ==, 124);
  g_assert_cmpint (out.status, ==, c->status);
  g_assert_cmpfloat_with_epsilon (out.percentage, 100.0 * c->cumulative / 5000.0, 1e-9);
}

static void
test_trajectory (void)
{
  static const struct {
    const char *date;
    gint64      expected;
  } points[] = {
    { "2020-01-01", 2512 },  /* before the baseline */
    { "2023-03-31", 2512 },
    { "2027-03-31", 3756 },  /* 1,461 of 2,922 days: exactly half of 2,488 */
    { "2031-03-31", 5000 },
    { "2032-01-01", 5000 },  /* after the target date */
  };
  TomoniProjectionInput input = { 0 };
  Case c = { .as_of = "2025-01-01", .first_fy = 2023 };

  fill_input (&input, &c);
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      GDate date;

      parse (points[i].date, &date);
      g_assert_cmpint (tomoni_projection_trajectory_at (&input, &date), ==, points[i].expected);
    }
}

static void
test_tolerance_edges (void)
{
  /* Below the target is behind, however close (the badge never says on
   * track under a projection short of the target); target + tolerance is
   * ahead, one less on track. */
  static const struct {
    gint64             baseline;
    gint64             target;
    TomoniTargetStatus status;
  } rows[] = {
    { 5000, 5000, TOMONI_TARGET_STATUS_ON_TRACK },
    { 4999, 5000, TOMONI_TARGET_STATUS_BEHIND },
    { 4876, 5000, TOMONI_TARGET_STATUS_BEHIND },
    { 5124, 5000, TOMONI_TARGET_STATUS_AHEAD },
    { 5123, 5000, TOMONI_TARGET_STATUS_ON_TRACK },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      /* Nothing counted, as_of after the target date: projected = baseline.
       * Tolerance from |target − baseline| would vary, so use baseline 2512
       * in the span and put the value in by_fy instead. */
      gint64 by_fy[1] = { rows[i].baseline - 2512 };
      TomoniProjectionInput input = { 0 };
      TomoniProjection out;
      Case c = { .as_of = "2031-03-31", .first_fy = 2030 };

      fill_input (&input, &c);
      input.n_fy = 1;
      input.by_fy = by_fy;
      tomoni_projection_compute (&input, &out);
      g_assert_cmpint (out.projected, ==, rows[i].baseline);
      g_assert_cmpint (out.status, ==, rows[i].status);
    }
}

/* Pace, badge and projection agree by construction: over many dates,
 * counts, baselines and targets, the badge is not “behind” exactly when the
 * projection reaches the target, exactly when the recent pace reaches the
 * pace needed (while days are left). */
static void
test_agreement (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261204);
  static const char *as_ofs[] = {
    "2023-04-01", "2023-06-30", "2023-12-04", "2024-03-31", "2024-11-30",
    "2025-04-01", "2025-07-15", "2025-12-04", "2026-03-31", "2027-02-28",
    "2028-02-29", "2029-10-01", "2030-12-04", "2031-03-30", "2031-03-31",
    "2031-06-01",
  };
  guint checked = 0, behind = 0, not_behind = 0;

  for (guint a = 0; a < G_N_ELEMENTS (as_ofs); a++)
    for (guint round = 0; round < 200; round++)
      {
        gint64 by_fy[9] = { 0 };
        TomoniProjectionInput input = { 0 };
        TomoniProjection out;
        Case c = { .as_of = as_ofs[a], .first_fy = 2023 };
        gint64 base = g_rand_int_range (rand, 0, 600);

        fill_input (&input, &c);
        input.baseline_value = g_rand_int_range (rand, 0, 4000);
        input.target_value = input.baseline_value + g_rand_int_range (rand, 1, 5000);
        input.n_fy = (guint)(tomoni_fiscal_year_of (&input.as_of) - 2023 + 1);
        input.n_fy = MIN (input.n_fy, G_N_ELEMENTS (by_fy));
        for (guint i = 0; i < input.n_fy; i++)
          by_fy[i] = MAX (0, base + g_rand_int_range (rand, -100, 100));
        input.by_fy = by_fy;
        tomoni_projection_compute (&input, &out);

        g_assert_cmpint (out.status != TOMONI_TARGET_STATUS_BEHIND, ==,
                         out.projected >= input.target_value);
        if (out.days_left > 0)
          {
            g_assert_cmpint (out.recent_pace_per_year >= out.pace_needed, ==,
                             out.projected >= input.target_value);
            /* pace_needed is the least such pace: one less falls short. */
            if (out.pace_needed > 0)
              g_assert_cmpint ((out.pace_needed - 1) * out.days_left * 10000 / 3652425, <, out.remainder);
          }
        else
          g_assert_cmpint (out.projected, ==, out.cumulative);
        if (out.status == TOMONI_TARGET_STATUS_BEHIND)
          behind++;
        else
          not_behind++;
        checked++;
      }
  g_assert_cmpuint (checked, ==, G_N_ELEMENTS (as_ofs) * 200);
  /* The table exercises both sides. */
  g_assert_cmpuint (behind, >, 100);
  g_assert_cmpuint (not_behind, >, 100);
}

/* The day the issue was filed: eight months of FY2026 gone, a needed pace
 * spread over whole fiscal years (5) read 317 while the time left is 4.3
 * years. Now the needed pace is over the days left, and a recent pace below
 * it is behind with a projection below the target. */
static void
test_needed_over_days_left (void)
{
  gint64 by_fy[4] = { 300, 320, 330, 220 };
  TomoniProjectionInput input = { 0 };
  TomoniProjection out;
  Case c = { .as_of = "2026-12-04", .first_fy = 2023 };

  fill_input (&input, &c);
  input.n_fy = 4;
  input.by_fy = by_fy;
  tomoni_projection_compute (&input, &out);
  g_assert_cmpint (out.remaining_years, ==, 5);
  g_assert_cmpint (out.days_left, ==, 1578);
  /* 5,000 − (2,512 + 1,170) = 1,318 over 1,578 days = 305.07 a year. */
  g_assert_cmpint (out.remainder, ==, 1318);
  g_assert_cmpint (out.pace_needed, ==, 306);
  g_assert_cmpint (out.pace_needed, >, (out.remainder + 4) / 5);
}

static void
test_method_text (void)
{
  TomoniProjection p = { 0 };
  g_autofree char *none = NULL;
  g_autofree char *current = NULL;
  g_autofree char *both = NULL;

  none = tomoni_projection_describe_method (&p);
  g_assert_nonnull (strstr (none, "no further growth"));
  p.pace_current_year = TRUE;
  current = tomoni_projection_describe_method (&p);
  g_assert_nonnull (strstr (current, "pro-rated"));
  p.pace_complete_years = 2;
  both = tomoni_projection_describe_method (&p);
  g_assert_nonnull (strstr (both, "last 2 complete fiscal years"));
  g_assert_cmpstr (tomoni_target_status_get_name (TOMONI_TARGET_STATUS_ON_TRACK), ==, "on-track");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/projection/case/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/projection/trajectory", test_trajectory);
  g_test_add_func ("/projection/tolerance-edges", test_tolerance_edges);
  g_test_add_func ("/projection/method-text", test_method_text);
  g_test_add_func ("/projection/agreement", test_agreement);
  g_test_add_func ("/projection/needed-over-days-left", test_needed_over_days_left);
  return g_test_run ();
}
