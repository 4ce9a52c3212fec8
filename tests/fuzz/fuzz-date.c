/* fuzz-date.c: date and time parsing (tomoni-date.c)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-date.h"
#include "tomoni-fuzz.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  tomoni_fuzz_init_common ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = tomoni_fuzz_strndup (data, size);
  g_autoptr(GError) error = NULL;
  GDate date;
  int minutes = -1;

  g_date_clear (&date, 1);
  if (tomoni_date_parse (text, &date, &error))
    {
      g_autofree char *iso = NULL;
      g_autofree char *long_ja = NULL;
      g_autofree char *long_en = NULL;
      g_autofree char *era = NULL;
      g_autofree char *fy_label = NULL;
      GDate again;
      GDate first, last;
      int fy;

      g_assert_no_error (error);
      g_assert (g_date_valid (&date));
      iso = tomoni_date_format_iso (&date);
      g_date_clear (&again, 1);
      /* What Tomoni writes it reads back as the same day. */
      g_assert (tomoni_date_parse (iso, &again, NULL));
      g_assert_cmpint (g_date_compare (&date, &again), ==, 0);
      long_ja = tomoni_date_format_long_for (&date, TRUE);
      long_en = tomoni_date_format_long_for (&date, FALSE);
      era = tomoni_era_year_label (&date);
      fy = tomoni_fiscal_year_of (&date);
      fy_label = tomoni_fiscal_year_label (fy, TRUE);
      g_date_clear (&first, 1);
      g_date_clear (&last, 1);
      tomoni_fiscal_year_bounds (fy, &first, &last);
      (void) tomoni_school_grade_year (&date);
      (void) tomoni_school_grade_on (&date, &date);
    }
  else
    g_assert (error != NULL);
  g_clear_error (&error);

  if (tomoni_time_parse (text, &minutes, &error))
    {
      g_autofree char *formatted = NULL;
      int again = -1;

      g_assert_cmpint (minutes, >=, 0);
      g_assert_cmpint (minutes, <=, 1440);
      formatted = tomoni_time_format (minutes);
      g_assert (tomoni_time_parse (formatted, &again, NULL));
      g_assert_cmpint (again, ==, minutes);
    }
  else
    g_assert (error != NULL);
  return 0;
}
