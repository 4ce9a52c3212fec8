/* test-holidays.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-holidays"

#include <locale.h>
#include <string.h>

#include "tomoni-holidays.h"

/* Every holiday of 1973–2027 as the Cabinet Office publishes them in
 * syukujitsu.csv (「国民の祝日」について, www8.cao.go.jp/chosei/shukujitsu/).
 * MMDD, with "s" for a substitute holiday and "c" for a citizens' holiday
 * (the CSV calls both 休日).
 */
static const struct
{
  int         year;
  const char *days;
} published[] = {
  { 1973, "0101 0115 0211 0321 0429 0430s 0503 0505 0915 0923 0924s 1010 1103 1123" },
  { 1974, "0101 0115 0211 0321 0429 0503 0505 0506s 0915 0916s 0923 1010 1103 1104s 1123" },
  { 1975, "0101 0115 0211 0321 0429 0503 0505 0915 0924 1010 1103 1123 1124s" },
  { 1976, "0101 0115 0211 0320 0429 0503 0505 0915 0923 1010 1011s 1103 1123" },
  { 1977, "0101 0115 0211 0321 0429 0503 0505 0915 0923 1010 1103 1123" },
  { 1978, "0101 0102s 0115 0116s 0211 0321 0429 0503 0505 0915 0923 1010 1103 1123" },
  { 1979, "0101 0115 0211 0212s 0321 0429 0430s 0503 0505 0915 0924 1010 1103 1123" },
  { 1980, "0101 0115 0211 0320 0429 0503 0505 0915 0923 1010 1103 1123 1124s" },
  { 1981, "0101 0115 0211 0321 0429 0503 0504s 0505 0915 0923 1010 1103 1123" },
  { 1982, "0101 0115 0211 0321 0322s 0429 0503 0505 0915 0923 1010 1011s 1103 1123" },
  { 1983, "0101 0115 0211 0321 0429 0503 0505 0915 0923 1010 1103 1123" },
  { 1984, "0101 0102s 0115 0116s 0211 0320 0429 0430s 0503 0505 0915 0923 0924s 1010 1103 1123" },
  { 1985, "0101 0115 0211 0321 0429 0503 0505 0506s 0915 0916s 0923 1010 1103 1104s 1123" },
  { 1986, "0101 0115 0211 0321 0429 0503 0505 0915 0923 1010 1103 1123 1124s" },
  { 1987, "0101 0115 0211 0321 0429 0503 0504s 0505 0915 0923 1010 1103 1123" },
  { 1988, "0101 0115 0211 0320 0321s 0429 0503 0504c 0505 0915 0923 1010 1103 1123" },
  { 1989, "0101 0102s 0115 0116s 0211 0224 0321 0429 0503 0504c 0505 0915 0923 1010 1103 1123 1223" },
  { 1990, "0101 0115 0211 0212s 0321 0429 0430s 0503 0504c 0505 0915 0923 0924s 1010 1103 1112 1123 1223 1224s" },
  { 1991, "0101 0115 0211 0321 0429 0503 0504c 0505 0506s 0915 0916s 0923 1010 1103 1104s 1123 1223" },
  { 1992, "0101 0115 0211 0320 0429 0503 0504s 0505 0915 0923 1010 1103 1123 1223" },
  { 1993, "0101 0115 0211 0320 0429 0503 0504c 0505 0609 0915 0923 1010 1011s 1103 1123 1223" },
  { 1994, "0101 0115 0211 0321 0429 0503 0504c 0505 0915 0923 1010 1103 1123 1223" },
  { 1995, "0101 0102s 0115 0116s 0211 0321 0429 0503 0504c 0505 0915 0923 1010 1103 1123 1223" },
  { 1996, "0101 0115 0211 0212s 0320 0429 0503 0504c 0505 0506s 0720 0915 0916s 0923 1010 1103 1104s 1123 1223" },
  { 1997, "0101 0115 0211 0320 0429 0503 0505 0720 0721s 0915 0923 1010 1103 1123 1124s 1223" },
  { 1998, "0101 0115 0211 0321 0429 0503 0504s 0505 0720 0915 0923 1010 1103 1123 1223" },
  { 1999, "0101 0115 0211 0321 0322s 0429 0503 0504c 0505 0720 0915 0923 1010 1011s 1103 1123 1223" },
  { 2000, "0101 0110 0211 0320 0429 0503 0504c 0505 0720 0915 0923 1009 1103 1123 1223" },
  { 2001, "0101 0108 0211 0212s 0320 0429 0430s 0503 0504c 0505 0720 0915 0923 0924s 1008 1103 1123 1223 1224s" },
  { 2002, "0101 0114 0211 0321 0429 0503 0504c 0505 0506s 0720 0915 0916s 0923 1014 1103 1104s 1123 1223" },
  { 2003, "0101 0113 0211 0321 0429 0503 0505 0721 0915 0923 1013 1103 1123 1124s 1223" },
  { 2004, "0101 0112 0211 0320 0429 0503 0504c 0505 0719 0920 0923 1011 1103 1123 1223" },
  { 2005, "0101 0110 0211 0320 0321s 0429 0503 0504c 0505 0718 0919 0923 1010 1103 1123 1223" },
  { 2006, "0101 0102s 0109 0211 0321 0429 0503 0504c 0505 0717 0918 0923 1009 1103 1123 1223" },
  { 2007, "0101 0108 0211 0212s 0321 0429 0430s 0503 0504 0505 0716 0917 0923 0924s 1008 1103 1123 1223 1224s" },
  { 2008, "0101 0114 0211 0320 0429 0503 0504 0505 0506s 0721 0915 0923 1013 1103 1123 1124s 1223" },
  { 2009, "0101 0112 0211 0320 0429 0503 0504 0505 0506s 0720 0921 0922c 0923 1012 1103 1123 1223" },
  { 2010, "0101 0111 0211 0321 0322s 0429 0503 0504 0505 0719 0920 0923 1011 1103 1123 1223" },
  { 2011, "0101 0110 0211 0321 0429 0503 0504 0505 0718 0919 0923 1010 1103 1123 1223" },
  { 2012, "0101 0102s 0109 0211 0320 0429 0430s 0503 0504 0505 0716 0917 0922 1008 1103 1123 1223 1224s" },
  { 2013, "0101 0114 0211 0320 0429 0503 0504 0505 0506s 0715 0916 0923 1014 1103 1104s 1123 1223" },
  { 2014, "0101 0113 0211 0321 0429 0503 0504 0505 0506s 0721 0915 0923 1013 1103 1123 1124s 1223" },
  { 2015, "0101 0112 0211 0321 0429 0503 0504 0505 0506s 0720 0921 0922c 0923 1012 1103 1123 1223" },
  { 2016, "0101 0111 0211 0320 0321s 0429 0503 0504 0505 0718 0811 0919 0922 1010 1103 1123 1223" },
  { 2017, "0101 0102s 0109 0211 0320 0429 0503 0504 0505 0717 0811 0918 0923 1009 1103 1123 1223" },
  { 2018, "0101 0108 0211 0212s 0321 0429 0430s 0503 0504 0505 0716 0811 0917 0923 0924s 1008 1103 1123 1223 1224s" },
  { 2019, "0101 0114 0211 0321 0429 0430c 0501 0502c 0503 0504 0505 0506s 0715 0811 0812s 0916 0923 1014 1022 1103 1104s 1123" },
  { 2020, "0101 0113 0211 0223 0224s 0320 0429 0503 0504 0505 0506s 0723 0724 0810 0921 0922 1103 1123" },
  { 2021, "0101 0111 0211 0223 0320 0429 0503 0504 0505 0722 0723 0808 0809s 0920 0923 1103 1123" },
  { 2022, "0101 0110 0211 0223 0321 0429 0503 0504 0505 0718 0811 0919 0923 1010 1103 1123" },
  { 2023, "0101 0102s 0109 0211 0223 0321 0429 0503 0504 0505 0717 0811 0918 0923 1009 1103 1123" },
  { 2024, "0101 0108 0211 0212s 0223 0320 0429 0503 0504 0505 0506s 0715 0811 0812s 0916 0922 0923s 1014 1103 1104s 1123" },
  { 2025, "0101 0113 0211 0223 0224s 0320 0429 0503 0504 0505 0506s 0721 0811 0915 0923 1013 1103 1123 1124s" },
  { 2026, "0101 0112 0211 0223 0320 0429 0503 0504 0505 0506s 0720 0811 0921 0922c 0923 1012 1103 1123" },
  { 2027, "0101 0111 0211 0223 0321 0322s 0429 0503 0504 0505 0719 0811 0920 0923 1011 1103 1123" },
};

static char *
describe_year (int year)
{
  g_autoptr(GArray) holidays = tomoni_holidays_for_year (year);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < holidays->len; i++)
    {
      const TomoniHoliday *h = &g_array_index (holidays, TomoniHoliday, i);

      g_assert_cmpint (h->year, ==, year);
      g_string_append_printf (s, "%s%02u%02u%s", i > 0 ? " " : "", h->month, h->day,
                              h->kind == TOMONI_HOLIDAY_SUBSTITUTE ? "s"
                              : h->kind == TOMONI_HOLIDAY_CITIZENS ? "c" : "");
    }

  return g_string_free (s, FALSE);
}

static void
test_published_years (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    {
      g_autofree char *got = describe_year (published[i].year);

      g_test_message ("%d: %s", published[i].year, got);
      g_assert_cmpstr (got, ==, published[i].days);
    }
}

static void
test_names (void)
{
  static const struct
  {
    int         year, month, day;
    const char *name_ja;
    const char *name_en;
  } cases[] = {
    { 1988,  4, 29, "天皇誕生日", "The Emperor's Birthday" },
    { 1988,  5,  4, "国民の休日", "Citizens' Holiday" },
    { 1989,  2, 24, "昭和天皇の大喪の礼", "The Funeral Ceremony of Emperor Showa" },
    { 1989,  4, 29, "みどりの日", "Greenery Day" },
    { 1989, 12, 23, "天皇誕生日", "The Emperor's Birthday" },
    { 1990, 11, 12, "即位礼正殿の儀", "The Ceremony of the Enthronement" },
    { 1993,  6,  9, "皇太子徳仁親王の結婚の儀", "The Wedding Ceremony of Crown Prince Naruhito" },
    { 1996,  7, 20, "海の日", "Marine Day" },
    { 1999, 10, 10, "体育の日", "Health and Sports Day" },
    { 2006,  4, 29, "みどりの日", "Greenery Day" },
    { 2007,  4, 29, "昭和の日", "Showa Day" },
    { 2007,  5,  4, "みどりの日", "Greenery Day" },
    { 2016,  8, 11, "山の日", "Mountain Day" },
    { 2019,  5,  1, "天皇の即位の日", "The Day of the Emperor's Enthronement" },
    { 2019, 10, 14, "体育の日", "Health and Sports Day" },
    { 2019, 10, 22, "即位礼正殿の儀の行われる日", "The Day of the Ceremony of the Enthronement" },
    { 2020,  2, 23, "天皇誕生日", "The Emperor's Birthday" },
    { 2020,  7, 24, "スポーツの日", "Sports Day" },
    { 2021,  8,  9, "振替休日", "Substitute Holiday" },
    { 2026,  1,  1, "元日", "New Year's Day" },
    { 2026,  1, 12, "成人の日", "Coming of Age Day" },
    { 2026,  2, 11, "建国記念の日", "National Foundation Day" },
    { 2026,  3, 20, "春分の日", "Vernal Equinox Day" },
    { 2026,  5,  3, "憲法記念日", "Constitution Memorial Day" },
    { 2026,  5,  5, "こどもの日", "Children's Day" },
    { 2026,  7, 20, "海の日", "Marine Day" },
    { 2026,  9, 21, "敬老の日", "Respect for the Aged Day" },
    { 2026,  9, 22, "国民の休日", "Citizens' Holiday" },
    { 2026,  9, 23, "秋分の日", "Autumnal Equinox Day" },
    { 2026, 10, 12, "スポーツの日", "Sports Day" },
    { 2026, 11,  3, "文化の日", "Culture Day" },
    { 2026, 11, 23, "勤労感謝の日", "Labor Thanksgiving Day" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TomoniHoliday h;
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_dmy (&d, cases[i].day, cases[i].month, cases[i].year);
      g_assert_true (tomoni_holiday_lookup (&d, &h));
      g_assert_cmpstr (h.name_ja, ==, cases[i].name_ja);
      g_assert_cmpstr (h.name_en, ==, cases[i].name_en);
      g_assert_cmpstr (tomoni_holiday_get_name (&h, TRUE), ==, cases[i].name_ja);
      g_assert_cmpstr (tomoni_holiday_get_name (&h, FALSE), ==, cases[i].name_en);
      /* No catalogue is bound in the test, so the display name is English */
      g_assert_cmpstr (tomoni_holiday_get_display_name (&h), ==, cases[i].name_en);
    }
}

/* The cases the rules exist for, looked up one day at a time. */
static void
test_rule_cases (void)
{
  static const struct
  {
    int               year, month, day;
    gboolean          holiday;
    TomoniHolidayKind kind;
  } cases[] = {
    /* 振替休日 began on 1973-04-12: 11 Feb 1973 was a Sunday without one */
    { 1973,  2, 12, FALSE, 0 },
    { 1973,  4, 30, TRUE,  TOMONI_HOLIDAY_SUBSTITUTE },
    /* 国民の休日 from 1985-12-27: first on 4 May 1988; 1986 was a Sunday,
     * 1987 a substitute holiday, 1997 and 2003 Sundays */
    { 1986,  5,  4, FALSE, 0 },
    { 1987,  5,  4, TRUE,  TOMONI_HOLIDAY_SUBSTITUTE },
    { 1988,  5,  4, TRUE,  TOMONI_HOLIDAY_CITIZENS },
    { 1997,  5,  4, FALSE, 0 },
    { 2003,  5,  4, FALSE, 0 },
    /* From 2007, the next non-holiday: 3 May 2009 Sunday → Wednesday 6 May */
    { 2008,  5,  6, TRUE,  TOMONI_HOLIDAY_SUBSTITUTE },
    { 2009,  5,  6, TRUE,  TOMONI_HOLIDAY_SUBSTITUTE },
    { 2009,  9, 22, TRUE,  TOMONI_HOLIDAY_CITIZENS },
    { 2015,  9, 22, TRUE,  TOMONI_HOLIDAY_CITIZENS },
    { 2019,  4, 30, TRUE,  TOMONI_HOLIDAY_CITIZENS },
    { 2019,  5,  1, TRUE,  TOMONI_HOLIDAY_NATIONAL },
    { 2019,  5,  2, TRUE,  TOMONI_HOLIDAY_CITIZENS },
    { 2019, 12, 23, FALSE, 0 },  /* no Emperor's Birthday in 2019 */
    /* Olympic moves */
    { 2020,  7, 20, FALSE, 0 },
    { 2020,  7, 23, TRUE,  TOMONI_HOLIDAY_NATIONAL },
    { 2020,  7, 24, TRUE,  TOMONI_HOLIDAY_NATIONAL },
    { 2020,  8, 10, TRUE,  TOMONI_HOLIDAY_NATIONAL },
    { 2020,  8, 11, FALSE, 0 },
    { 2020, 10, 12, FALSE, 0 },
    { 2021,  7, 19, FALSE, 0 },
    { 2021,  7, 22, TRUE,  TOMONI_HOLIDAY_NATIONAL },
    { 2021,  7, 23, TRUE,  TOMONI_HOLIDAY_NATIONAL },
    { 2021,  8,  8, TRUE,  TOMONI_HOLIDAY_NATIONAL },
    { 2021,  8,  9, TRUE,  TOMONI_HOLIDAY_SUBSTITUTE },
    { 2021,  8, 11, FALSE, 0 },
    { 2021, 10, 11, FALSE, 0 },
    { 2025,  2, 24, TRUE,  TOMONI_HOLIDAY_SUBSTITUTE },
    { 2026,  9, 22, TRUE,  TOMONI_HOLIDAY_CITIZENS },
    { 2026,  5,  6, TRUE,  TOMONI_HOLIDAY_SUBSTITUTE },
    { 2026, 12, 23, FALSE, 0 },
    { 2031,  2, 24, TRUE,  TOMONI_HOLIDAY_SUBSTITUTE },
    { 2032,  9, 21, TRUE,  TOMONI_HOLIDAY_CITIZENS },
    { 1972,  1,  1, FALSE, 0 },  /* out of range */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TomoniHoliday h = { 0 };
      GDate d;
      gboolean found;

      g_date_clear (&d, 1);
      g_date_set_dmy (&d, cases[i].day, cases[i].month, cases[i].year);
      found = tomoni_holiday_lookup (&d, &h);
      g_test_message ("%d-%02d-%02d", cases[i].year, cases[i].month, cases[i].day);
      g_assert_cmpint (found, ==, cases[i].holiday);
      g_assert_true (tomoni_holiday_lookup (&d, NULL) == found);
      if (found)
        {
          g_assert_cmpint (h.kind, ==, cases[i].kind);
          g_assert_cmpint (h.year, ==, cases[i].year);
          g_assert_cmpint (h.month, ==, cases[i].month);
          g_assert_cmpint (h.day, ==, cases[i].day);
        }
    }
}

/* Holidays per year outside the published range, as the rules give them
 * (equinoxes by the formula); a change in count means a rule changed.
 */
static void
test_counts (void)
{
  static const struct
  {
    int  year;
    guint count;
  } cases[] = {
    { 1972,  0 },
    { 2028, 16 },
    { 2029, 19 },
    { 2030, 19 },
    { 2031, 19 },
    { 2032, 17 },  /* 9/21 citizens' */
    { 2033, 17 },
    { 2034, 17 },
    { 2035, 19 },
    { 2037, 18 },  /* 9/22 citizens' */
    { 2040, 18 },
    { 2043, 18 },  /* 9/22 citizens' */
    { 2049, 17 },  /* 9/21 citizens' */
    { 2050, 17 },
    { 2150, 18 },
    { 2151,  0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    {
      g_autoptr(GArray) holidays = tomoni_holidays_for_year (published[i].year);
      g_auto(GStrv) days = g_strsplit (published[i].days, " ", -1);

      g_assert_cmpuint (holidays->len, ==, g_strv_length (days));
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) holidays = tomoni_holidays_for_year (cases[i].year);

      g_test_message ("%d", cases[i].year);
      g_assert_cmpuint (holidays->len, ==, cases[i].count);
    }
}

/* No two holidays on one date, dates strictly increasing, substitutes only
 * after a Sunday 祝日 run, citizens' days only between two 祝日, every
 * 祝日 on a Sunday followed by a holiday from 1974.
 */
static void
test_invariants (void)
{
  for (int year = 1973; year <= 2150; year++)
    {
      g_autoptr(GArray) holidays = tomoni_holidays_for_year (year);
      GDate prev;
      guint n_national = 0;

      g_date_clear (&prev, 1);
      g_assert_cmpuint (holidays->len, >=, 12);
      g_assert_cmpuint (holidays->len, <=, 22);

      for (guint i = 0; i < holidays->len; i++)
        {
          const TomoniHoliday *h = &g_array_index (holidays, TomoniHoliday, i);
          TomoniHoliday found;
          GDate d, before, after;

          tomoni_holiday_get_date (h, &d);
          if (g_date_valid (&prev))
            g_assert_cmpint (g_date_compare (&prev, &d), <, 0);
          prev = d;

          g_assert_true (tomoni_holiday_lookup (&d, &found));
          g_assert_cmpint (found.kind, ==, h->kind);
          g_assert_cmpstr (found.name_ja, ==, h->name_ja);
          g_assert_nonnull (h->name_en);

          before = d;
          g_date_subtract_days (&before, 1);
          after = d;
          g_date_add_days (&after, 1);

          switch (h->kind)
            {
            case TOMONI_HOLIDAY_NATIONAL:
              n_national++;
              if (g_date_get_weekday (&d) == G_DATE_SUNDAY && year >= 1974)
                g_assert_true (tomoni_holiday_lookup (&after, NULL));
              break;

            case TOMONI_HOLIDAY_SUBSTITUTE:
              {
                TomoniHoliday p;
                GDate walk = before;

                g_assert_cmpint (g_date_get_weekday (&d), !=, G_DATE_SUNDAY);
                /* walk back over 祝日 to a Sunday 祝日 */
                while (tomoni_holiday_lookup (&walk, &p) && p.kind == TOMONI_HOLIDAY_NATIONAL
                       && g_date_get_weekday (&walk) != G_DATE_SUNDAY)
                  g_date_subtract_days (&walk, 1);
                g_assert_true (tomoni_holiday_lookup (&walk, &p));
                g_assert_cmpint (p.kind, ==, TOMONI_HOLIDAY_NATIONAL);
                g_assert_cmpint (g_date_get_weekday (&walk), ==, G_DATE_SUNDAY);
                if (year < 2007)
                  g_assert_cmpint (g_date_days_between (&walk, &d), ==, 1);
              }
              break;

            case TOMONI_HOLIDAY_CITIZENS:
              {
                TomoniHoliday b, a;

                g_assert_true (tomoni_holiday_lookup (&before, &b));
                g_assert_true (tomoni_holiday_lookup (&after, &a));
                g_assert_cmpint (b.kind, ==, TOMONI_HOLIDAY_NATIONAL);
                g_assert_cmpint (a.kind, ==, TOMONI_HOLIDAY_NATIONAL);
                g_assert_cmpint (g_date_get_weekday (&d), !=, G_DATE_SUNDAY);
              }
              break;

            default:
              g_assert_not_reached ();
            }
        }

      /* 元日, 成人, 建国, 春分, 4/29, 5/3, 5/5, 敬老, 秋分, 体育, 文化, 勤労 */
      g_assert_cmpuint (n_national, >=, 12);
    }
}

static void
test_between (void)
{
  static const struct
  {
    int from_y, from_m, from_d;
    int to_y, to_m, to_d;
    guint count;
    const char *first;
  } cases[] = {
    { 2025, 12, 28, 2026,  1, 12,   2, "2026-01-01" },
    { 2026,  4, 29, 2026,  5,  6,   5, "2026-04-29" },
    { 2026,  4, 30, 2026,  5,  2,   0, NULL },
    { 2026,  5,  6, 2026,  5,  6,   1, "2026-05-06" },
    { 2026,  5,  7, 2026,  5,  6,   0, NULL },   /* reversed */
    { 1970,  1,  1, 1973, 12, 31,  14, "1973-01-01" },
    { 2019,  1,  1, 2021, 12, 31,  22 + 18 + 17, "2019-01-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) holidays = NULL;
      GDate from, to;

      g_date_clear (&from, 1);
      g_date_clear (&to, 1);
      g_date_set_dmy (&from, cases[i].from_d, cases[i].from_m, cases[i].from_y);
      g_date_set_dmy (&to, cases[i].to_d, cases[i].to_m, cases[i].to_y);
      holidays = tomoni_holidays_between (&from, &to);
      g_assert_cmpuint (holidays->len, ==, cases[i].count);
      if (cases[i].first != NULL)
        {
          const TomoniHoliday *h = &g_array_index (holidays, TomoniHoliday, 0);
          g_autofree char *first = g_strdup_printf ("%04u-%02u-%02u", h->year, h->month, h->day);

          g_assert_cmpstr (first, ==, cases[i].first);
        }
    }
}

static void
test_out_of_range (void)
{
  g_autoptr(GArray) before = tomoni_holidays_for_year (1972);
  g_autoptr(GArray) after = tomoni_holidays_for_year (TOMONI_HOLIDAYS_LAST_YEAR + 1);
  GDate d;

  g_assert_cmpuint (before->len, ==, 0);
  g_assert_cmpuint (after->len, ==, 0);
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, 1, 1972);
  g_assert_false (tomoni_holiday_lookup (&d, NULL));
  g_date_set_dmy (&d, 1, 1, 1973);
  g_assert_true (tomoni_holiday_lookup (&d, NULL));
}

static gpointer
lookup_thread (gpointer data)
{
  guint hits = 0;

  for (int year = 1973; year <= 2150; year++)
    {
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_dmy (&d, 3, 11, year);
      hits += tomoni_holiday_lookup (&d, NULL);
    }

  return GUINT_TO_POINTER (hits);
}

/* The per-year cache is shared between threads. */
static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("lookup", lookup_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 2150 - 1973 + 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  /* first, so that the threads fill the cache */
  g_test_add_func ("/holidays/threads", test_threads);
  g_test_add_func ("/holidays/published-years", test_published_years);
  g_test_add_func ("/holidays/names", test_names);
  g_test_add_func ("/holidays/rule-cases", test_rule_cases);
  g_test_add_func ("/holidays/counts", test_counts);
  g_test_add_func ("/holidays/invariants", test_invariants);
  g_test_add_func ("/holidays/between", test_between);
  g_test_add_func ("/holidays/out-of-range", test_out_of_range);

  return g_test_run ();
}
