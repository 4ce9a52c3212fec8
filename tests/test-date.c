/* test-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-date"

#include <locale.h>
#include <string.h>

#include "tomoni-date.h"
#include "tomoni-error.h"

static void
set_date (GDate *d,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (d, 1);
  g_date_set_dmy (d, day, month, year);
}

static void
test_fiscal_year (void)
{
  static const struct
  {
    int y, m, d;
    int fy;
  } cases[] = {
    { 2026,  3, 31, 2025 },
    { 2026,  4,  1, 2026 },
    { 2026,  1,  1, 2025 },
    { 2025, 12, 31, 2025 },
    { 2019,  4, 30, 2019 },
    { 2019,  5,  1, 2019 },
    { 1989,  1,  7, 1988 },
    { 2000,  2, 29, 1999 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate d, first, last;

      set_date (&d, cases[i].y, cases[i].m, cases[i].d);
      g_assert_cmpint (tomoni_fiscal_year_of (&d), ==, cases[i].fy);

      tomoni_fiscal_year_bounds (cases[i].fy, &first, &last);
      g_assert_cmpint (g_date_compare (&first, &d), <=, 0);
      g_assert_cmpint (g_date_compare (&d, &last), <=, 0);
      g_assert_cmpint (g_date_get_month (&first), ==, 4);
      g_assert_cmpint (g_date_get_day (&first), ==, 1);
      g_assert_cmpint (g_date_get_year (&first), ==, cases[i].fy);
      g_assert_cmpint (g_date_get_month (&last), ==, 3);
      g_assert_cmpint (g_date_get_day (&last), ==, 31);
      g_assert_cmpint (g_date_get_year (&last), ==, cases[i].fy + 1);
    }

  /* optional outputs */
  {
    GDate last;

    tomoni_fiscal_year_bounds (2025, NULL, &last);
    g_assert_cmpint (g_date_get_year (&last), ==, 2026);
  }
}

static void
test_fiscal_year_label (void)
{
  static const struct
  {
    int         fy;
    const char *ja;
    const char *en;
  } cases[] = {
    { 2025, "令和7年度", "FY2025" },
    { 2026, "令和8年度", "FY2026" },
    { 2020, "令和2年度", "FY2020" },
    { 2019, "令和元年度", "FY2019" },
    { 2018, "平成30年度", "FY2018" },
    { 1989, "平成元年度", "FY1989" },
    { 1988, "昭和63年度", "FY1988" },
    { 1927, "昭和2年度", "FY1927" },
    { 1926, "昭和元年度", "FY1926" },
    { 1925, "大正14年度", "FY1925" },
    { 1873, "明治6年度", "FY1873" },
    { 1850, "1850年度", "FY1850" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ja = tomoni_fiscal_year_label (cases[i].fy, TRUE);
      g_autofree char *en = tomoni_fiscal_year_label (cases[i].fy, FALSE);

      g_assert_cmpstr (ja, ==, cases[i].ja);
      g_assert_cmpstr (en, ==, cases[i].en);
    }
}

static void
test_era_year_label (void)
{
  static const struct
  {
    int         y, m, d;
    const char *label;
  } cases[] = {
    { 2026,  4,  7, "令和8年" },
    { 2019,  5,  1, "令和元年" },
    { 2019,  4, 30, "平成31年" },
    { 2020,  1,  1, "令和2年" },
    { 1989,  1,  8, "平成元年" },
    { 1989,  1,  7, "昭和64年" },
    { 1990,  1,  1, "平成2年" },
    { 1926, 12, 25, "昭和元年" },
    { 1926, 12, 24, "大正15年" },
    { 1912,  7, 30, "大正元年" },
    { 1912,  7, 29, "明治45年" },
    { 1873,  1,  1, "明治6年" },
    { 1872, 12, 31, "1872年" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = NULL;
      GDate d;

      set_date (&d, cases[i].y, cases[i].m, cases[i].d);
      label = tomoni_era_year_label (&d);
      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

static void
test_format (void)
{
  static const struct
  {
    int         y, m, d;
    const char *iso;
    const char *en;
    const char *ja;
  } cases[] = {
    { 2026,  4,  7, "2026-04-07", "Tue 7 April 2026",     "2026年4月7日(火)" },
    { 2026,  1,  1, "2026-01-01", "Thu 1 January 2026",   "2026年1月1日(木)" },
    { 2025, 12, 28, "2025-12-28", "Sun 28 December 2025", "2025年12月28日(日)" },
    { 2024,  2, 29, "2024-02-29", "Thu 29 February 2024", "2024年2月29日(木)" },
    { 2019,  5,  1, "2019-05-01", "Wed 1 May 2019",       "2019年5月1日(水)" },
    { 2026, 10, 10, "2026-10-10", "Sat 10 October 2026",  "2026年10月10日(土)" },
    { 2026,  9, 14, "2026-09-14", "Mon 14 September 2026", "2026年9月14日(月)" },
    { 2026, 11, 13, "2026-11-13", "Fri 13 November 2026", "2026年11月13日(金)" },
    {  999,  1,  5, "0999-01-05", "Sat 5 January 999",    "999年1月5日(土)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = NULL;
      g_autofree char *en = NULL;
      g_autofree char *ja = NULL;
      g_autofree char *localised = NULL;
      GDate d, back;

      set_date (&d, cases[i].y, cases[i].m, cases[i].d);
      iso = tomoni_date_format_iso (&d);
      en = tomoni_date_format_long_for (&d, FALSE);
      ja = tomoni_date_format_long_for (&d, TRUE);
      /* No catalogue is bound in the test: the msgids are English */
      localised = tomoni_date_format_long (&d);

      g_assert_cmpstr (iso, ==, cases[i].iso);
      g_assert_cmpstr (en, ==, cases[i].en);
      g_assert_cmpstr (ja, ==, cases[i].ja);
      g_assert_cmpstr (localised, ==, cases[i].en);

      /* the Japanese long form and ISO parse back */
      if (cases[i].y >= 1000)
        {
          g_assert_true (tomoni_date_parse (ja, &back, NULL));
          g_assert_cmpint (g_date_compare (&back, &d), ==, 0);
          g_assert_true (tomoni_date_parse (iso, &back, NULL));
          g_assert_cmpint (g_date_compare (&back, &d), ==, 0);
        }
    }
}

static void
test_parse_good (void)
{
  static const struct
  {
    const char *text;
    int         y, m, d;
  } cases[] = {
    { "2026-04-07", 2026, 4, 7 },
    { "2026-4-7", 2026, 4, 7 },
    { "2026/4/7", 2026, 4, 7 },
    { "2026/04/07", 2026, 4, 7 },
    { "2026.4.7", 2026, 4, 7 },
    { "  2026-04-07\t", 2026, 4, 7 },
    { "2026年4月7日", 2026, 4, 7 },
    { "2026 年 4 月 7 日", 2026, 4, 7 },
    { "2026年4月7日(火)", 2026, 4, 7 },
    { "2026年4月7日（火曜日）", 2026, 4, 7 },
    { "2026/4/7 (Tue)", 2026, 4, 7 },
    { "令和8年4月7日", 2026, 4, 7 },
    { "令和 8 年 4 月 7 日", 2026, 4, 7 },
    { "令和元年5月1日", 2019, 5, 1 },
    { "令和1年5月1日", 2019, 5, 1 },
    { "平成31年4月30日", 2019, 4, 30 },
    { "平成元年1月8日", 1989, 1, 8 },
    { "昭和64年1月7日", 1989, 1, 7 },
    { "昭和63年4月1日", 1988, 4, 1 },
    { "大正15年12月24日", 1926, 12, 24 },
    { "２０２６－０４－０７", 2026, 4, 7 },           /* full-width */
    { "２０２６／４／７", 2026, 4, 7 },
    { "２０２６年４月７日", 2026, 4, 7 },
    { "令和８年４月７日", 2026, 4, 7 },
    { "\u3000令和８年\u3000４月７日\u3000", 2026, 4, 7 },  /* ideographic spaces */
    { "\u32ff8年4月7日", 2026, 4, 7 },                /* ㋿, one character */
    { "\u337b31年4月30日", 2019, 4, 30 },             /* ㍻ */
    { "2024-02-29", 2024, 2, 29 },
    { "2000/2/29", 2000, 2, 29 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate d;

      g_test_message ("%s", cases[i].text);
      g_assert_true (tomoni_date_parse (cases[i].text, &d, &error));
      g_assert_no_error (error);
      g_assert_true (g_date_valid (&d));
      g_assert_cmpint (g_date_get_year (&d), ==, cases[i].y);
      g_assert_cmpint (g_date_get_month (&d), ==, cases[i].m);
      g_assert_cmpint (g_date_get_day (&d), ==, cases[i].d);
    }
}

static void
test_parse_bad (void)
{
  static const struct
  {
    const char *text;
    const char *message;  /* a part of the (untranslated) message */
  } cases[] = {
    { "", "No date was given" },
    { "   ", "No date was given" },
    { "\u3000", "No date was given" },
    { "\xff\xfe", "not valid text" },
    { "yesterday", "is not a date. Write it like" },
    { "26-04-07", "is not a date. Write it like" },
    { "20260407", "is not a date. Write it like" },
    { "2026-04/07", "is not a date. Write it like" },
    { "2026-04-07-", "is not a date. Write it like" },
    { "2026-04-007", "is not a date. Write it like" },
    { "2026年4月7", "is not a date. Write it like" },
    { "2026年4月7日 10:00", "is not a date. Write it like" },
    { "令和年4月7日", "is not a date. Write it like" },
    { "令和八年4月7日", "is not a date. Write it like" },
    { "2026/4/7 (火", "is not a date. Write it like" },
    { "2026/4/7 (X)", "is not a date. Write it like" },
    { "0000-01-01", "is not a date. Write it like" },
    { "0001-02-03", "is not a date. Write it like" },      /* fiscal year 0: found by fuzzing */
    { "0999-12-31", "is not a date. Write it like" },
    { "2026-13-01", "there is no month 13" },
    { "2026-00-10", "there is no month 0" },
    { "2026-02-29", "2026-02 has only 28 days" },
    { "2026-04-31", "2026-04 has only 30 days" },
    { "2026-04-00", "there is no day 0" },
    { "1900/2/29", "1900-02 has only 28 days" },
    { "令和0年5月1日", "era years start at 1" },
    { "令和元年4月30日", "before the 令和 era began on 2019-05-01" },
    { "平成31年5月1日", "after the 平成 era ended on 2019-04-30" },
    { "平成元年1月7日", "before the 平成 era began on 1989-01-08" },
    { "昭和64年1月8日", "after the 昭和 era ended on 1989-01-07" },
    { "明治5年1月1日", "before the 明治 era began on 1873-01-01" },
    { "2026年4月7日(水)", "wrong day of the week: that date is a Tuesday" },
    { "2026-04-07 (Mon)", "that date is a Tuesday" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate d;

      g_test_message ("%s", cases[i].text);
      g_assert_false (tomoni_date_parse (cases[i].text, &d, &error));
      g_assert_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID);
      g_test_message ("→ %s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }

  {
    g_autoptr(GError) error = NULL;
    GDate d;

    g_assert_false (tomoni_date_parse (NULL, &d, &error));
    g_assert_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID);
  }
}

static void
test_time (void)
{
  static const struct
  {
    const char *text;
    int         minutes;    /* -1: invalid */
    const char *formatted;  /* or a part of the error message */
  } cases[] = {
    { "9:30", 570, "09:30" },
    { "09:30", 570, "09:30" },
    { "９：３０", 570, "09:30" },
    { " 21:00 ", 1260, "21:00" },
    { "0:00", 0, "00:00" },
    { "00:00", 0, "00:00" },
    { "23:59", 1439, "23:59" },
    { "24:00", 1440, "24:00" },
    { "9時", 540, "09:00" },
    { "9時30分", 570, "09:30" },
    { "９時半", 570, "09:30" },
    { "18 時 05 分", 1085, "18:05" },
    { "", -1, "No time was given" },
    { "9", -1, "is not a time. Write it like" },
    { "930", -1, "is not a time. Write it like" },
    { "9:3", -1, "is not a time. Write it like" },
    { "9:300", -1, "is not a time. Write it like" },
    { "9.30", -1, "is not a time. Write it like" },
    { "9:30pm", -1, "is not a time. Write it like" },
    { "-1:00", -1, "is not a time. Write it like" },
    { "9時30", -1, "is not a time. Write it like" },
    { "25:00", -1, "hours run from 0 to 24" },
    { "9:60", -1, "minutes run from 0 to 59" },
    { "24:01", -1, "is later than 24:00" },
    { "\xc3\x28", -1, "not valid text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = -2;
      gboolean ok;

      g_test_message ("%s", cases[i].text);
      ok = tomoni_time_parse (cases[i].text, &minutes, &error);
      if (cases[i].minutes >= 0)
        {
          g_autofree char *formatted = NULL;

          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (minutes, ==, cases[i].minutes);
          formatted = tomoni_time_format (minutes);
          g_assert_cmpstr (formatted, ==, cases[i].formatted);
        }
      else
        {
          g_assert_false (ok);
          g_assert_cmpint (minutes, ==, -2);
          g_assert_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, cases[i].formatted));
        }
    }

  /* every minute round-trips */
  for (int m = 0; m <= 1440; m++)
    {
      g_autofree char *text = tomoni_time_format (m);
      int back = -1;

      g_assert_true (tomoni_time_parse (text, &back, NULL));
      g_assert_cmpint (back, ==, m);
    }
}

static void
test_school (void)
{
  static const struct
  {
    int by, bm, bd;   /* birth */
    int cohort;
    int oy, om, od;   /* on */
    int grade;
  } cases[] = {
    { 2019,  4,  1, 2018, 2025,  4,  1, 1 },   /* 1 April: the earlier cohort */
    { 2019,  4,  2, 2019, 2025,  4,  1, 0 },   /* 2 April: the later one */
    { 2019,  5,  1, 2019, 2026,  4,  1, 1 },
    { 2019,  5,  1, 2019, 2026,  3, 31, 0 },
    { 2020,  1, 15, 2019, 2026,  9,  1, 1 },
    { 2020,  4,  1, 2019, 2027,  3, 31, 1 },
    { 2020,  4,  2, 2020, 2027,  3, 31, 0 },
    { 2012, 12, 31, 2012, 2026,  4,  7, 8 },   /* 中2 */
    { 2008,  4,  2, 2008, 2026,  4,  7, 12 },  /* 高3 */
    { 2008,  4,  1, 2007, 2026,  3, 31, 12 },  /* finished 高3 */
    { 2024,  2, 29, 2023, 2026,  4,  7, -3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate birth, on;

      set_date (&birth, cases[i].by, cases[i].bm, cases[i].bd);
      set_date (&on, cases[i].oy, cases[i].om, cases[i].od);
      g_assert_cmpint (tomoni_school_grade_year (&birth), ==, cases[i].cohort);
      g_assert_cmpint (tomoni_school_grade_on (&birth, &on), ==, cases[i].grade);
    }
}

/* Today is the date in Japan (+09:00), whatever the machine's zone. */
static void
test_today (void)
{
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) before = g_date_time_new_now (tokyo);
  g_autofree char *iso = tomoni_date_today_iso ();
  g_autoptr(GDateTime) after = g_date_time_new_now (tokyo);
  g_autofree char *a = g_date_time_format (before, "%Y-%m-%d");
  g_autofree char *b = g_date_time_format (after, "%Y-%m-%d");
  g_autoptr(GDateTime) now = tomoni_date_time_now ();
  GDate today;
  g_autofree char *formatted = NULL;

  g_assert_true (g_strcmp0 (iso, a) == 0 || g_strcmp0 (iso, b) == 0);
  tomoni_date_today (&today);
  g_assert_true (g_date_valid (&today));
  formatted = tomoni_date_format_iso (&today);
  g_assert_true (g_strcmp0 (formatted, a) == 0 || g_strcmp0 (formatted, b) == 0);
  g_assert_cmpint (g_date_time_get_utc_offset (now), ==, 9 * G_TIME_SPAN_HOUR);
}

static void
test_normalize (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = tomoni_date_normalize ("2026/4/7", "From", &error);
  g_autofree char *bad = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (iso, ==, "2026-04-07");
  bad = tomoni_date_normalize ("2026-02-30", "From", &error);
  g_assert_null (bad);
  g_assert_error (error, TOMONI_ERROR, TOMONI_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "From: "));

  g_assert_true (tomoni_date_is_iso ("2024-02-29"));
  g_assert_false (tomoni_date_is_iso ("2023-02-29"));
  g_assert_false (tomoni_date_is_iso ("2024/02/29"));
  g_assert_false (tomoni_date_is_iso ("2024-2-29"));
  g_assert_false (tomoni_date_is_iso (NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/fiscal-year", test_fiscal_year);
  g_test_add_func ("/date/today", test_today);
  g_test_add_func ("/date/normalize", test_normalize);
  g_test_add_func ("/date/fiscal-year-label", test_fiscal_year_label);
  g_test_add_func ("/date/era-year-label", test_era_year_label);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/parse-good", test_parse_good);
  g_test_add_func ("/date/parse-bad", test_parse_bad);
  g_test_add_func ("/date/time", test_time);
  g_test_add_func ("/date/school", test_school);

  return g_test_run ();
}
