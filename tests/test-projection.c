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
   * pace 310; 2,191 days left = 5.9988 years → +1,860. */
  { "one-complete-year-and-current", "2025-03-31", 2023, { 300, 320 }, 2,
    3132, 1868, 7, 267, 310.0, 1, TRUE, 4992, TOMONI_TARGET_STATUS_ON_TRACK },
  /* The day after the baseline, nothing yet: no growth assumed. */
  { "first-day", "2023-04-01", 2023, { 0 }, 1,
    2512, 2488, 8, 311, 0.0, 0, TRUE, 2512, TOMONI_TARGET_STATUS_BEHIND },
  /* 31 days into FY2025 (< 91): the current year stays out of the mean. */
  { "early-in-year", "2025-05-01", 2023, { 300, 320, 100 }, 3,
    3232, 1768, 6, 295, 310.0, 2, FALSE, 5065, TOMONI_TARGET_STATUS_ON_TRACK },
  /* Two complete years and a full current year: mean of 600, 700, 800. */
  { "ahead", "2026-03-31", 2023, { 600, 700, 800 }, 3,
    4612, 388, 6, 65, 700.0, 2, TRUE, 8112, TOMONI_TARGET_STATUS_AHEAD },
  /* FY2023 has 366 days (29 Feb 2024): 150 in 183 days → 300 a year. */
  { "leap-year-pro-rating", "2023-09-30", 2023, { 150 }, 1,
    2662, 2338, 8, 293, 300.0, 0, TRUE, 4912, TOMONI_TARGET_STATUS_ON_TRACK },
  /* After the target date: nothing left to project, the remainder is due. */
  { "after-target-date", "2031-04-01", 2023, { 300, 300, 300, 300, 300, 300, 300, 300, 0 }, 9,
    4912, 88, 0, 88, 300.0, 2, FALSE, 4912, TOMONI_TARGET_STATUS_ON_TRACK },
  /* Reached: remainder 0, pace needed 0. */
  { "reached", "2029-03-31", 2023, { 1000, 1000, 1000, 1000, 1000, 1000 }, 6,
    8512, 0, 3, 0, 1000.0, 2, TRUE, 10511, TOMONI_TARGET_STATUS_AHEAD },
  /* Far behind. */
  { "behind", "2027-03-31", 2023, { 50, 60, 70, 80 }, 4,
    2772, 2228, 5, 446, 70.0, 2, TRUE, 3052, TOMONI_TARGET_STATUS_BEHIND },
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
  /* projected exactly target − tolerance is on track; one less is behind. */
  static const struct {
    gint64             baseline;
    gint64             target;
    TomoniTargetStatus status;
  } rows[] = {
    { 4876, 5000, TOMONI_TARGET_STATUS_ON_TRACK },
    { 4875, 5000, TOMONI_TARGET_STATUS_BEHIND },
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
  return g_test_run ();
}
