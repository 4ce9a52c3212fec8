/* tomoni-holidays.c: Japanese national holidays, 1973 to 2150
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The holidays of a year are computed from the Act on National Holidays
 * (国民の祝日に関する法律, Act No. 178 of 1948) as it stood in that year:
 *
 *  - the 祝日 themselves, each with the years in which it applied
 *    (see `rules` below), including the Happy Monday moves of 2000 and 2003;
 *  - the vernal and autumnal equinox days by the usual approximation
 *    formula, see equinox_day();
 *  - substitute holidays (振替休日), from 1973-04-12 (Act No. 10 of 1973):
 *    until 2006 the day after a 祝日 that falls on a Sunday, if that day is
 *    not itself a 祝日; from 2007 (Act No. 43 of 2005) the first day after
 *    the Sunday that is not a 祝日;
 *  - citizens' holidays (国民の休日), from 1985-12-27 (Act No. 103 of 1985):
 *    a day whose previous and next days are both 祝日 and which is not
 *    itself a 祝日; until 2006 Sundays and substitute holidays were
 *    excluded, from 2007 only 祝日 are;
 *  - the days special laws made holidays (1989-02-24, 1990-11-12,
 *    1993-06-09, 2019-05-01, 2019-10-22) and the Olympic moves of 2020 and
 *    2021, as data.  The 2019 special law deems 1 May and 22 October to be
 *    祝日 for the citizens' holiday rule, which is how 30 April and 2 May
 *    2019 became holidays; the other special days never had a 祝日 on both
 *    sides, so treating them all as 祝日 here gives the published calendar.
 *
 * The result matches the Cabinet Office's syukujitsu.csv for every year
 * from 1973 to 2027 (tests/test-holidays.c holds the full lists).  Equinox
 * days after the next year are predictions: the National Astronomical
 * Observatory fixes each one on the first working day of the February
 * before, and the law may change.
 */

#define G_LOG_DOMAIN "tomoni-holidays"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "tomoni-holidays.h"

typedef enum
{
  RULE_FIXED,       /* on month/day */
  RULE_NTH_MONDAY,  /* the arg-th Monday of month */
  RULE_VERNAL,      /* 春分日 */
  RULE_AUTUMNAL,    /* 秋分日 */
} RuleKind;

typedef enum
{
  DAY_OTHER,
  DAY_MARINE,
  DAY_MOUNTAIN,
  DAY_SPORTS,
} MovableDay;

typedef struct
{
  gint16      first_year;
  gint16      last_year;
  RuleKind    kind;
  guint8      month;
  guint8      arg;        /* day of month, or which Monday */
  MovableDay  movable;
  const char *name_ja;
  const char *name_en;
} Rule;

/* Translators: the names of Japanese national holidays as the Cabinet
 * Office writes them in English; translate them with the official
 * Japanese names (元日, 成人の日, …).
 */
#define NAME_NEW_YEAR      "元日", N_("New Year's Day")
#define NAME_COMING_OF_AGE "成人の日", N_("Coming of Age Day")
#define NAME_FOUNDATION    "建国記念の日", N_("National Foundation Day")
#define NAME_EMPEROR       "天皇誕生日", N_("The Emperor's Birthday")
#define NAME_VERNAL        "春分の日", N_("Vernal Equinox Day")
#define NAME_SHOWA         "昭和の日", N_("Showa Day")
#define NAME_CONSTITUTION  "憲法記念日", N_("Constitution Memorial Day")
#define NAME_GREENERY      "みどりの日", N_("Greenery Day")
#define NAME_CHILDREN      "こどもの日", N_("Children's Day")
#define NAME_MARINE        "海の日", N_("Marine Day")
#define NAME_MOUNTAIN      "山の日", N_("Mountain Day")
#define NAME_AGED          "敬老の日", N_("Respect for the Aged Day")
#define NAME_AUTUMNAL      "秋分の日", N_("Autumnal Equinox Day")
#define NAME_HEALTH_SPORTS "体育の日", N_("Health and Sports Day")
#define NAME_SPORTS        "スポーツの日", N_("Sports Day")
#define NAME_CULTURE       "文化の日", N_("Culture Day")
#define NAME_LABOR         "勤労感謝の日", N_("Labor Thanksgiving Day")
#define NAME_SUBSTITUTE    "振替休日", N_("Substitute Holiday")
#define NAME_CITIZENS      "国民の休日", N_("Citizens' Holiday")

#define FOREVER G_MAXINT16

static const Rule rules[] = {
  { 1949, FOREVER, RULE_FIXED,       1,  1, DAY_OTHER,    NAME_NEW_YEAR },
  { 1949, 1999,    RULE_FIXED,       1, 15, DAY_OTHER,    NAME_COMING_OF_AGE },
  { 2000, FOREVER, RULE_NTH_MONDAY,  1,  2, DAY_OTHER,    NAME_COMING_OF_AGE },
  { 1967, FOREVER, RULE_FIXED,       2, 11, DAY_OTHER,    NAME_FOUNDATION },
  { 2020, FOREVER, RULE_FIXED,       2, 23, DAY_OTHER,    NAME_EMPEROR },
  { 1949, FOREVER, RULE_VERNAL,      3,  0, DAY_OTHER,    NAME_VERNAL },
  { 1949, 1988,    RULE_FIXED,       4, 29, DAY_OTHER,    NAME_EMPEROR },
  { 1989, 2006,    RULE_FIXED,       4, 29, DAY_OTHER,    NAME_GREENERY },
  { 2007, FOREVER, RULE_FIXED,       4, 29, DAY_OTHER,    NAME_SHOWA },
  { 1949, FOREVER, RULE_FIXED,       5,  3, DAY_OTHER,    NAME_CONSTITUTION },
  { 2007, FOREVER, RULE_FIXED,       5,  4, DAY_OTHER,    NAME_GREENERY },
  { 1949, FOREVER, RULE_FIXED,       5,  5, DAY_OTHER,    NAME_CHILDREN },
  { 1996, 2002,    RULE_FIXED,       7, 20, DAY_OTHER,    NAME_MARINE },
  { 2003, FOREVER, RULE_NTH_MONDAY,  7,  3, DAY_MARINE,   NAME_MARINE },
  { 2016, FOREVER, RULE_FIXED,       8, 11, DAY_MOUNTAIN, NAME_MOUNTAIN },
  { 1966, 2002,    RULE_FIXED,       9, 15, DAY_OTHER,    NAME_AGED },
  { 2003, FOREVER, RULE_NTH_MONDAY,  9,  3, DAY_OTHER,    NAME_AGED },
  { 1949, FOREVER, RULE_AUTUMNAL,    9,  0, DAY_OTHER,    NAME_AUTUMNAL },
  { 1966, 1999,    RULE_FIXED,      10, 10, DAY_OTHER,    NAME_HEALTH_SPORTS },
  { 2000, 2019,    RULE_NTH_MONDAY, 10,  2, DAY_OTHER,    NAME_HEALTH_SPORTS },
  { 2020, FOREVER, RULE_NTH_MONDAY, 10,  2, DAY_SPORTS,   NAME_SPORTS },
  { 1948, FOREVER, RULE_FIXED,      11,  3, DAY_OTHER,    NAME_CULTURE },
  { 1948, FOREVER, RULE_FIXED,      11, 23, DAY_OTHER,    NAME_LABOR },
  { 1989, 2018,    RULE_FIXED,      12, 23, DAY_OTHER,    NAME_EMPEROR },
};

/* The Olympic special measures law (Act No. 68 of 2018 and its 2020
 * amendment) moved three days in 2020 and 2021.
 */
static const struct
{
  gint16     year;
  MovableDay day;
  guint8     month;
  guint8     mday;
} moves[] = {
  { 2020, DAY_MARINE,   7, 23 },
  { 2020, DAY_SPORTS,   7, 24 },
  { 2020, DAY_MOUNTAIN, 8, 10 },
  { 2021, DAY_MARINE,   7, 22 },
  { 2021, DAY_SPORTS,   7, 23 },
  { 2021, DAY_MOUNTAIN, 8,  8 },
};

/* Days made holidays by special laws. */
static const struct
{
  gint16      year;
  guint8      month;
  guint8      day;
  const char *name_ja;
  const char *name_en;
} special_days[] = {
  /* Translators: 1989-02-24, a one-off holiday */
  { 1989,  2, 24, "昭和天皇の大喪の礼", N_("The Funeral Ceremony of Emperor Showa") },
  /* Translators: 1990-11-12, a one-off holiday */
  { 1990, 11, 12, "即位礼正殿の儀", N_("The Ceremony of the Enthronement") },
  /* Translators: 1993-06-09, a one-off holiday */
  { 1993,  6,  9, "皇太子徳仁親王の結婚の儀", N_("The Wedding Ceremony of Crown Prince Naruhito") },
  /* Translators: 2019-05-01, a one-off holiday */
  { 2019,  5,  1, "天皇の即位の日", N_("The Day of the Emperor's Enthronement") },
  /* Translators: 2019-10-22, a one-off holiday */
  { 2019, 10, 22, "即位礼正殿の儀の行われる日", N_("The Day of the Ceremony of the Enthronement") },
};

/* The day of March (vernal) or September (autumnal) of the equinox in
 * Japan Standard Time, by the approximation formula that is usually
 * quoted with the observatory's figures:
 *
 *   day = floor (C + 0.242194 × (Y − 1980) − trunc ((Y − Y0) / 4))
 *
 * with C = 20.8357 / 23.2588 and Y0 = 1983 for 1900–1979,
 *      C = 20.8431 / 23.2488 and Y0 = 1980 for 1980–2099,
 *      C = 21.8510 / 24.2488 and Y0 = 1980 for 2100–2150.
 * The division is truncated towards zero (for Y < 1983 it is negative;
 * flooring it gives 22 March 1973, which is wrong).  It agrees with every
 * announced date from 1973 to 2027.
 */
static int
equinox_day (int      year,
             gboolean vernal)
{
  double c;
  int y0;

  g_assert (year >= 1900 && year <= 2150);

  if (year < 1980)
    {
      c = vernal ? 20.8357 : 23.2588;
      y0 = 1983;
    }
  else if (year < 2100)
    {
      c = vernal ? 20.8431 : 23.2488;
      y0 = 1980;
    }
  else
    {
      c = vernal ? 21.8510 : 24.2488;
      y0 = 1980;
    }

  return (int) floor (c + 0.242194 * (year - 1980) - (year - y0) / 4);
}

static int
nth_monday (int year,
            int month,
            int n)
{
  GDate first;
  int wday;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  wday = g_date_get_weekday (&first);  /* G_DATE_MONDAY = 1 … G_DATE_SUNDAY = 7 */

  return 1 + (8 - wday) % 7 + 7 * (n - 1);
}

/* A year's holidays in day-of-year order, as a bitmap of flags per day. */
typedef struct
{
  const char *name_ja[367];
  const char *name_en[367];
  guint8      kind[367];    /* 0 = none, else TomoniHolidayKind + 1 */
} YearMap;

static int
day_of_year (int year,
             int month,
             int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return g_date_get_day_of_year (&d);
}

static void
mark (YearMap           *map,
      int                yday,
      TomoniHolidayKind  kind,
      const char        *name_ja,
      const char        *name_en)
{
  g_assert (yday >= 1 && yday <= 366);
  g_assert (map->kind[yday] == 0);

  map->kind[yday] = kind + 1;
  map->name_ja[yday] = name_ja;
  map->name_en[yday] = name_en;
}

static gboolean
is_shukujitsu (const YearMap *map,
               int            yday)
{
  return map->kind[yday] == TOMONI_HOLIDAY_NATIONAL + 1;
}

static GArray *
compute_year (int year)
{
  g_autofree YearMap *map = g_new0 (YearMap, 1);
  GArray *result;
  GDate jan1;
  int n_days;
  int jan1_wday;

  g_assert (year >= TOMONI_HOLIDAYS_FIRST_YEAR && year <= TOMONI_HOLIDAYS_LAST_YEAR);

  n_days = g_date_is_leap_year (year) ? 366 : 365;
  g_date_clear (&jan1, 1);
  g_date_set_dmy (&jan1, 1, 1, year);
  jan1_wday = g_date_get_weekday (&jan1);

  /* 祝日 by rule */
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      const Rule *r = &rules[i];
      int month = r->month;
      int day = 0;

      if (year < r->first_year || year > r->last_year)
        continue;

      switch (r->kind)
        {
        case RULE_FIXED:
          day = r->arg;
          break;
        case RULE_NTH_MONDAY:
          day = nth_monday (year, month, r->arg);
          break;
        case RULE_VERNAL:
          day = equinox_day (year, TRUE);
          break;
        case RULE_AUTUMNAL:
          day = equinox_day (year, FALSE);
          break;
        default:
          g_assert_not_reached ();
        }

      if (r->movable != DAY_OTHER)
        {
          for (guint j = 0; j < G_N_ELEMENTS (moves); j++)
            if (moves[j].year == year && moves[j].day == r->movable)
              {
                month = moves[j].month;
                day = moves[j].mday;
              }
        }

      mark (map, day_of_year (year, month, day), TOMONI_HOLIDAY_NATIONAL,
            r->name_ja, r->name_en);
    }

  /* Days made holidays by special laws */
  for (guint i = 0; i < G_N_ELEMENTS (special_days); i++)
    if (special_days[i].year == year)
      mark (map, day_of_year (year, special_days[i].month, special_days[i].day),
            TOMONI_HOLIDAY_NATIONAL, special_days[i].name_ja, special_days[i].name_en);

  /* 振替休日.  Act No. 10 of 1973 came into force on 12 April 1973. */
  {
    int first_yday = year == 1973 ? day_of_year (1973, 4, 12) : 1;

    for (int yday = first_yday; yday <= n_days; yday++)
      {
        gboolean sunday = (jan1_wday - 1 + yday - 1) % 7 == 6;
        int next = yday + 1;

        if (!sunday || !is_shukujitsu (map, yday))
          continue;

        if (year >= 2007)
          while (next <= n_days && is_shukujitsu (map, next))
            next++;

        /* 31 December is never a holiday, so this stays inside the year */
        g_assert (next <= n_days);

        if (map->kind[next] == 0)
          mark (map, next, TOMONI_HOLIDAY_SUBSTITUTE, NAME_SUBSTITUTE);
      }
  }

  /* 国民の休日.  Act No. 103 of 1985 came into force on 27 December 1985,
   * so in effect from 1986.
   */
  if (year >= 1986)
    {
      for (int yday = 2; yday < n_days; yday++)
        {
          gboolean sunday = (jan1_wday - 1 + yday - 1) % 7 == 6;

          if (!is_shukujitsu (map, yday - 1) || !is_shukujitsu (map, yday + 1))
            continue;
          if (map->kind[yday] != 0)
            continue;  /* a 祝日, or (before 2007) a substitute holiday */
          if (year < 2007 && sunday)
            continue;

          mark (map, yday, TOMONI_HOLIDAY_CITIZENS, NAME_CITIZENS);
        }
    }

  result = g_array_sized_new (FALSE, FALSE, sizeof (TomoniHoliday), 24);
  for (int yday = 1; yday <= n_days; yday++)
    {
      TomoniHoliday h;
      GDate d;

      if (map->kind[yday] == 0)
        continue;

      g_date_clear (&d, 1);
      g_date_set_julian (&d, g_date_get_julian (&jan1) + yday - 1);
      h.year = year;
      h.month = g_date_get_month (&d);
      h.day = g_date_get_day (&d);
      h.kind = map->kind[yday] - 1;
      h.name_ja = map->name_ja[yday];
      h.name_en = map->name_en[yday];
      g_array_append_val (result, h);
    }

  return result;
}

/* Computed years, never freed: year → GArray of TomoniHoliday.  At most
 * TOMONI_HOLIDAYS_LAST_YEAR − TOMONI_HOLIDAYS_FIRST_YEAR + 1 entries.
 */
static GMutex cache_lock;
static GArray *cache[TOMONI_HOLIDAYS_LAST_YEAR - TOMONI_HOLIDAYS_FIRST_YEAR + 1];

static const GArray *
cached_year (int year)
{
  GArray *array;

  g_assert (year >= TOMONI_HOLIDAYS_FIRST_YEAR && year <= TOMONI_HOLIDAYS_LAST_YEAR);

  g_mutex_lock (&cache_lock);
  array = cache[year - TOMONI_HOLIDAYS_FIRST_YEAR];
  if (array == NULL)
    array = cache[year - TOMONI_HOLIDAYS_FIRST_YEAR] = compute_year (year);
  g_mutex_unlock (&cache_lock);

  return array;
}

static gboolean
year_in_range (int year)
{
  return year >= TOMONI_HOLIDAYS_FIRST_YEAR && year <= TOMONI_HOLIDAYS_LAST_YEAR;
}

/**
 * tomoni_holidays_for_year:
 * @year: a Gregorian year
 *
 * Returns: (transfer full): a new array of #TomoniHoliday in date order:
 *   the 祝日, substitute and citizens' holidays of @year.  Empty for years
 *   outside TOMONI_HOLIDAYS_FIRST_YEAR … TOMONI_HOLIDAYS_LAST_YEAR.
 */
GArray *
tomoni_holidays_for_year (int year)
{
  const GArray *cached;
  GArray *copy;

  if (!year_in_range (year))
    return g_array_new (FALSE, FALSE, sizeof (TomoniHoliday));

  cached = cached_year (year);
  copy = g_array_sized_new (FALSE, FALSE, sizeof (TomoniHoliday), cached->len);
  g_array_append_vals (copy, cached->data, cached->len);
  return copy;
}

/**
 * tomoni_holidays_between:
 * @from: the first day, valid
 * @to: the last day, valid
 *
 * Returns: (transfer full): a new array of the holidays from @from to @to,
 *   both included, in date order; empty if @to is before @from.
 */
GArray *
tomoni_holidays_between (const GDate *from,
                         const GDate *to)
{
  GArray *result;
  int first_year;
  int last_year;

  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);

  result = g_array_new (FALSE, FALSE, sizeof (TomoniHoliday));
  if (g_date_compare (from, to) > 0)
    return result;

  first_year = MAX (g_date_get_year (from), TOMONI_HOLIDAYS_FIRST_YEAR);
  last_year = MIN (g_date_get_year (to), TOMONI_HOLIDAYS_LAST_YEAR);

  for (int year = first_year; year <= last_year; year++)
    {
      const GArray *holidays = cached_year (year);

      for (guint i = 0; i < holidays->len; i++)
        {
          const TomoniHoliday *h = &g_array_index (holidays, TomoniHoliday, i);
          GDate d;

          tomoni_holiday_get_date (h, &d);
          if (g_date_compare (&d, from) >= 0 && g_date_compare (&d, to) <= 0)
            g_array_append_vals (result, h, 1);
        }
    }

  return result;
}

/**
 * tomoni_holiday_lookup:
 * @date: a valid date
 * @out_holiday: (out) (optional): where to store the holiday
 *
 * Years are computed once and cached; safe to call from any thread.
 *
 * Returns: %TRUE if @date is a holiday
 */
gboolean
tomoni_holiday_lookup (const GDate   *date,
                       TomoniHoliday *out_holiday)
{
  const GArray *holidays;
  guint lo = 0;
  guint hi;
  int key;
  int year;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  year = g_date_get_year (date);
  if (!year_in_range (year))
    return FALSE;

  holidays = cached_year (year);
  key = g_date_get_month (date) * 32 + g_date_get_day (date);
  hi = holidays->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const TomoniHoliday *h = &g_array_index (holidays, TomoniHoliday, mid);
      int k = h->month * 32 + h->day;

      if (k == key)
        {
          if (out_holiday != NULL)
            *out_holiday = *h;
          return TRUE;
        }
      if (k < key)
        lo = mid + 1;
      else
        hi = mid;
    }

  return FALSE;
}

/**
 * tomoni_holiday_get_name:
 * @holiday: a holiday
 * @japanese: whether to return the Japanese name
 *
 * Returns: the official Japanese name, or the Cabinet Office's English
 *   name, untranslated (for exports and the CLI's two columns)
 */
const char *
tomoni_holiday_get_name (const TomoniHoliday *holiday,
                         gboolean             japanese)
{
  g_return_val_if_fail (holiday != NULL, NULL);

  return japanese ? holiday->name_ja : holiday->name_en;
}

/**
 * tomoni_holiday_get_display_name:
 * @holiday: a holiday
 *
 * Returns: the holiday's name in the user's language: the English name run
 *   through gettext, whose Japanese translation is the official name
 */
const char *
tomoni_holiday_get_display_name (const TomoniHoliday *holiday)
{
  g_return_val_if_fail (holiday != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, holiday->name_en);
}

/**
 * tomoni_holiday_get_date:
 * @holiday: a holiday
 * @out_date: (out caller-allocates): the date of @holiday
 */
void
tomoni_holiday_get_date (const TomoniHoliday *holiday,
                         GDate               *out_date)
{
  g_return_if_fail (holiday != NULL);
  g_return_if_fail (out_date != NULL);

  g_date_clear (out_date, 1);
  g_date_set_dmy (out_date, holiday->day, holiday->month, holiday->year);
}
