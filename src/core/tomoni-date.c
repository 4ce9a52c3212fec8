/* tomoni-date.c: fiscal years, Japanese eras, date and time text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is locale-independent except the two functions that say
 * so (tomoni_date_format_long () and the error messages, through gettext),
 * so that it can be tested in any environment.
 */

#define G_LOG_DOMAIN "tomoni-date"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-error.h"

G_DEFINE_QUARK (tomoni-date-error-quark, tomoni_date_error)

/* Eras since the Gregorian calendar was adopted on 1873-01-01 (明治6年). */
typedef struct
{
  const char *name;
  int         base;              /* the Western year of 元年 */
  int         year, month, day;  /* the first day we use */
} Era;

static const Era eras[] = {
  { "明治", 1868, 1873,  1,  1 },  /* from the Gregorian calendar on */
  { "大正", 1912, 1912,  7, 30 },
  { "昭和", 1926, 1926, 12, 25 },
  { "平成", 1989, 1989,  1,  8 },
  { "令和", 2019, 2019,  5,  1 },
};

#define FIRST_ERA_DATE_YEAR 1873

static void
era_first_day (const Era *era,
               GDate     *out)
{
  g_date_clear (out, 1);
  g_date_set_dmy (out, era->day, era->month, era->year);
}

/* The era in force on @date, or NULL before 1873. */
static const Era *
era_of_date (const GDate *date)
{
  if (g_date_get_year (date) < FIRST_ERA_DATE_YEAR)
    return NULL;

  for (guint i = G_N_ELEMENTS (eras); i > 0; i--)
    {
      GDate first;

      era_first_day (&eras[i - 1], &first);
      if (g_date_compare (date, &first) >= 0)
        return &eras[i - 1];
    }

  return NULL;  /* not reached: the first era starts on 1873-01-01 */
}

static void
append_era_year (GString    *s,
                 const Era  *era,
                 int         year)
{
  int n = year - era->base + 1;

  g_assert (n >= 1);
  if (n == 1)
    g_string_append_printf (s, "%s元", era->name);
  else
    g_string_append_printf (s, "%s%d", era->name, n);
}

/**
 * tomoni_fiscal_year_of:
 * @date: a valid date
 *
 * Returns: the fiscal year @date is in, named by the calendar year in which
 *   it begins: 2026-03-31 is in FY2025, 2026-04-01 in FY2026
 */
int
tomoni_fiscal_year_of (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  if (g_date_get_month (date) >= G_DATE_APRIL)
    return g_date_get_year (date);
  return g_date_get_year (date) - 1;
}

/**
 * tomoni_fiscal_year_bounds:
 * @fy: a fiscal year, 1 … 65534
 * @first: (out caller-allocates) (optional): 1 April of @fy
 * @last: (out caller-allocates) (optional): 31 March of @fy + 1
 */
void
tomoni_fiscal_year_bounds (int    fy,
                           GDate *first,
                           GDate *last)
{
  g_return_if_fail (fy >= 1 && fy < G_MAXUINT16);

  if (first != NULL)
    {
      g_date_clear (first, 1);
      g_date_set_dmy (first, 1, G_DATE_APRIL, fy);
    }
  if (last != NULL)
    {
      g_date_clear (last, 1);
      g_date_set_dmy (last, 31, G_DATE_MARCH, fy + 1);
    }
}

/**
 * tomoni_fiscal_year_label:
 * @fy: a fiscal year
 * @japanese: whether to write it the Japanese way
 *
 * The Japanese label uses the era that began in the calendar year @fy or
 * before, as offices do: FY2019 is 令和元年度 although April 2019 was still
 * in 平成; FY1989 is 平成元年度; FY1988 is 昭和63年度.  Before 1873 it falls
 * back to the Western year (“1850年度”).
 *
 * Returns: (transfer full): “令和7年度” or “FY2025”
 */
char *
tomoni_fiscal_year_label (int      fy,
                          gboolean japanese)
{
  GString *s;

  if (!japanese)
    return g_strdup_printf ("FY%d", fy);

  s = g_string_new (NULL);
  if (fy < FIRST_ERA_DATE_YEAR)
    g_string_append_printf (s, "%d", fy);
  else
    for (guint i = G_N_ELEMENTS (eras); i > 0; i--)
      if (eras[i - 1].base <= fy)
        {
          append_era_year (s, &eras[i - 1], fy);
          break;
        }
  g_string_append (s, "年度");

  return g_string_free (s, FALSE);
}

/**
 * tomoni_era_year_label:
 * @date: a valid date
 *
 * Uses the era in force on @date (昭和 from 1926-12-25, 平成 from
 * 1989-01-08, 令和 from 2019-05-01; also 大正 and 明治); the first year of
 * an era is written 元年.  Before 1873 it falls back to the Western year.
 *
 * Returns: (transfer full): “令和8年”, “平成元年”
 */
char *
tomoni_era_year_label (const GDate *date)
{
  const Era *era;
  GString *s;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  s = g_string_new (NULL);
  era = era_of_date (date);
  if (era == NULL)
    g_string_append_printf (s, "%d", g_date_get_year (date));
  else
    append_era_year (s, era, g_date_get_year (date));
  g_string_append (s, "年");

  return g_string_free (s, FALSE);
}

/* Names for the long format.  The English tables are the msgids; the
 * Japanese ones are the translations in po/ja.po, used directly by
 * tomoni_date_format_long_for () so that it needs no catalogue.
 */
typedef struct
{
  const char *format;
  const char *weekday_abbr[8];   /* index: GDateWeekday, 1 = Monday */
  const char *weekday[8];
  const char *month_abbr[13];    /* index: GDateMonth, 1 = January */
  const char *month[13];
} Names;

/* the same strings are written out in the NC_ () calls below for xgettext */
#define CTX_WEEKDAY_ABBR "abbreviated weekday"
#define CTX_WEEKDAY      "weekday"
#define CTX_MONTH_ABBR   "abbreviated month"
#define CTX_MONTH        "month"

static const Names names_en = {
  /* Translators: the long date format.  %a abbreviated weekday, %A weekday,
   * %-d day without padding, %d day as two digits, %-m month number,
   * %m month as two digits, %b abbreviated month, %B month name, %Y year,
   * %EY era and year (令和8), %% a percent sign.  “Tue 7 April 2026”;
   * in Japanese use “%Y年%-m月%-d日(%a)”.
   */
  N_("%a %-d %B %Y"),
  { NULL,
    NC_("abbreviated weekday", "Mon"), NC_("abbreviated weekday", "Tue"), NC_("abbreviated weekday", "Wed"),
    NC_("abbreviated weekday", "Thu"), NC_("abbreviated weekday", "Fri"), NC_("abbreviated weekday", "Sat"),
    NC_("abbreviated weekday", "Sun") },
  { NULL,
    NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
    NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
    NC_("weekday", "Sunday") },
  { NULL,
    NC_("abbreviated month", "Jan"), NC_("abbreviated month", "Feb"), NC_("abbreviated month", "Mar"),
    NC_("abbreviated month", "Apr"), NC_("abbreviated month", "May"), NC_("abbreviated month", "Jun"),
    NC_("abbreviated month", "Jul"), NC_("abbreviated month", "Aug"), NC_("abbreviated month", "Sep"),
    NC_("abbreviated month", "Oct"), NC_("abbreviated month", "Nov"), NC_("abbreviated month", "Dec") },
  { NULL,
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December") },
};

static const Names names_ja = {
  "%Y年%-m月%-d日(%a)",
  { NULL, "月", "火", "水", "木", "金", "土", "日" },
  { NULL, "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日" },
  { NULL, "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月" },
  { NULL, "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月" },
};

static const char *
name (const char *context,
      const char *msgid,
      gboolean    translate)
{
  return translate ? g_dpgettext2 (GETTEXT_PACKAGE, context, msgid) : msgid;
}

/* Expands the strftime-like directives listed in the translator comment of
 * names_en.format; anything else is copied as it is.
 */
static char *
format_date (const GDate *date,
             const char  *format,
             const Names *names,
             gboolean     translate)
{
  GString *s = g_string_new (NULL);
  GDateWeekday wday = g_date_get_weekday (date);
  GDateMonth month = g_date_get_month (date);
  int day = g_date_get_day (date);
  int year = g_date_get_year (date);

  for (const char *p = format; *p != '\0'; p++)
    {
      gboolean unpadded = FALSE;

      if (*p != '%')
        {
          g_string_append_c (s, *p);
          continue;
        }

      p++;
      if (*p == '-')
        {
          unpadded = TRUE;
          p++;
        }

      switch (*p)
        {
        case 'a':
          g_string_append (s, name (CTX_WEEKDAY_ABBR, names->weekday_abbr[wday], translate));
          break;
        case 'A':
          g_string_append (s, name (CTX_WEEKDAY, names->weekday[wday], translate));
          break;
        case 'b':
          g_string_append (s, name (CTX_MONTH_ABBR, names->month_abbr[month], translate));
          break;
        case 'B':
          g_string_append (s, name (CTX_MONTH, names->month[month], translate));
          break;
        case 'd':
          g_string_append_printf (s, unpadded ? "%d" : "%02d", day);
          break;
        case 'm':
          g_string_append_printf (s, unpadded ? "%d" : "%02d", (int) month);
          break;
        case 'Y':
          g_string_append_printf (s, "%d", year);
          break;
        case 'E':
          if (p[1] == 'Y')
            {
              const Era *era = era_of_date (date);

              p++;
              if (era != NULL)
                append_era_year (s, era, year);
              else
                g_string_append_printf (s, "%d", year);
            }
          else
            g_string_append (s, "%E");
          break;
        case '%':
          g_string_append_c (s, '%');
          break;
        case '\0':
          g_string_append_c (s, '%');
          p--;  /* let the loop see the end */
          break;
        default:
          g_string_append_c (s, '%');
          if (unpadded)
            g_string_append_c (s, '-');
          g_string_append_c (s, *p);
          break;
        }
    }

  return g_string_free (s, FALSE);
}

static GTimeZone *
japan (void)
{
  return g_time_zone_new_offset (9 * 3600);
}

/**
 * tomoni_date_time_now:
 *
 * Returns: (transfer full): the time now in Japan (+09:00)
 */
GDateTime *
tomoni_date_time_now (void)
{
  g_autoptr(GTimeZone) tz = japan ();

  return g_date_time_new_now (tz);
}

/**
 * tomoni_date_today:
 * @out: (out caller-allocates): the date today in Japan
 */
void
tomoni_date_today (GDate *out)
{
  g_autoptr(GDateTime) now = tomoni_date_time_now ();

  g_return_if_fail (out != NULL);

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/**
 * tomoni_date_today_iso:
 *
 * Returns: (transfer full): today in Japan as 'YYYY-MM-DD'
 */
char *
tomoni_date_today_iso (void)
{
  g_autoptr(GDateTime) now = tomoni_date_time_now ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * tomoni_date_format_long:
 * @date: a valid date
 *
 * Formats @date in the user's language through gettext: “Tue 7 April 2026”
 * untranslated, “2026年4月7日(火)” with the Japanese catalogue.
 *
 * Returns: (transfer full): the formatted date
 */
char *
tomoni_date_format_long (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return format_date (date, _(names_en.format), &names_en, TRUE);
}

/**
 * tomoni_date_format_long_for:
 * @date: a valid date
 * @japanese: whether to use the Japanese form
 *
 * Like tomoni_date_format_long () but independent of the locale.
 *
 * Returns: (transfer full): “2026年4月7日(火)” or “Tue 7 April 2026”
 */
char *
tomoni_date_format_long_for (const GDate *date,
                             gboolean     japanese)
{
  const Names *names = japanese ? &names_ja : &names_en;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return format_date (date, names->format, names, FALSE);
}

/**
 * tomoni_date_format_iso:
 * @date: a valid date
 *
 * Returns: (transfer full): “2026-04-07”
 */
char *
tomoni_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* Parsing.  The text is NFKC-normalised first, which turns full-width
 * digits, letters, spaces and punctuation (２０２６／４／７, ９：３０,
 * （火）) into ASCII; 年月日 and era names are left as they are.
 */

static char *
normalize_input (const char *text)
{
  g_autofree char *nfkc = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  if (nfkc == NULL)
    return NULL;

  return g_strdup (g_strstrip (nfkc));
}

static void
skip_spaces (const char **p)
{
  while (**p == ' ' || **p == '\t')
    (*p)++;
}

static gboolean
eat (const char **p,
     const char  *literal)
{
  size_t len = strlen (literal);

  skip_spaces (p);
  if (strncmp (*p, literal, len) != 0)
    return FALSE;
  *p += len;
  return TRUE;
}

/* 1 to max_digits ASCII digits, or -1. */
static int
read_number (const char **p,
             int          max_digits,
             int         *out_n_digits)
{
  int value = 0;
  int n = 0;

  skip_spaces (p);
  while (g_ascii_isdigit (**p) && n < max_digits)
    {
      value = value * 10 + (**p - '0');
      (*p)++;
      n++;
    }

  if (out_n_digits != NULL)
    *out_n_digits = n;
  if (n == 0 || g_ascii_isdigit (**p))
    return -1;
  return value;
}

static const char * const weekday_chars[] = { NULL, "月", "火", "水", "木", "金", "土", "日" };

/* An optional “(火)”, “(火曜日)” or “(Tue)”: 0 if absent, -1 if malformed,
 * else the GDateWeekday.
 */
static int
read_weekday (const char **p)
{
  int found = -1;

  if (!eat (p, "("))
    return 0;

  skip_spaces (p);
  for (int i = 1; i <= 7; i++)
    {
      if (eat (p, weekday_chars[i]))
        {
          found = i;
          if (!eat (p, "曜日"))
            eat (p, "曜");
          break;
        }
      if (g_ascii_strncasecmp (*p, names_en.weekday_abbr[i], 3) == 0)
        {
          found = i;
          *p += 3;
          break;
        }
    }

  if (found < 0 || !eat (p, ")"))
    return -1;
  return found;
}

static gboolean
set_invalid (GError    **error,
             const char *text)
{
  g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
               /* Translators: %s is what the user typed */
               _("“%s” is not a date. Write it like 2026-04-07, 2026/4/7, 2026年4月7日 or 令和8年4月7日."),
               text);
  return FALSE;
}

/**
 * tomoni_date_parse:
 * @text: what the user typed
 * @out: (out caller-allocates): the date
 * @error: return location for a #TOMONI_DATE_ERROR_INVALID error
 *
 * Accepts, after NFKC normalisation and with spaces between the parts:
 * “2026-04-07”, “2026/4/7”, “2026.4.7”, “2026年4月7日”, “令和8年4月7日”,
 * “令和元年5月1日” (明治, 大正, 昭和, 平成 and 令和; the date must lie inside
 * the era), each optionally followed by a weekday “(火)”, “(火曜日)” or
 * “(Tue)” that must be right.  The year is four digits.
 *
 * Returns: %TRUE and @out set, or %FALSE with @error set
 */
gboolean
tomoni_date_parse (const char  *text,
                   GDate       *out,
                   GError     **error)
{
  g_autofree char *norm = NULL;
  const char *p;
  const Era *era = NULL;
  int year, month, day;
  int n_digits;
  int weekday;

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  norm = normalize_input (text);
  if (norm == NULL)
    {
      g_set_error_literal (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                           _("The date is not valid text."));
      return FALSE;
    }
  if (*norm == '\0')
    {
      g_set_error_literal (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                           _("No date was given."));
      return FALSE;
    }

  p = norm;
  for (guint i = 0; i < G_N_ELEMENTS (eras); i++)
    if (eat (&p, eras[i].name))
      {
        era = &eras[i];
        break;
      }

  if (era != NULL)
    {
      int era_year;

      if (eat (&p, "元"))
        era_year = 1;
      else
        era_year = read_number (&p, 2, NULL);
      if (era_year < 0 || !eat (&p, "年"))
        return set_invalid (error, norm);
      if (era_year == 0)
        {
          g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                       _("“%s” is not a date: era years start at 1 (元年)."), norm);
          return FALSE;
        }
      year = era->base + era_year - 1;
      month = read_number (&p, 2, NULL);
      if (month < 0 || !eat (&p, "月"))
        return set_invalid (error, norm);
      day = read_number (&p, 2, NULL);
      if (day < 0 || !eat (&p, "日"))
        return set_invalid (error, norm);
    }
  else
    {
      year = read_number (&p, 4, &n_digits);
      if (year < 0 || n_digits != 4)
        return set_invalid (error, norm);

      if (eat (&p, "年"))
        {
          month = read_number (&p, 2, NULL);
          if (month < 0 || !eat (&p, "月"))
            return set_invalid (error, norm);
          day = read_number (&p, 2, NULL);
          if (day < 0 || !eat (&p, "日"))
            return set_invalid (error, norm);
        }
      else
        {
          char sep;

          skip_spaces (&p);
          sep = *p;
          if (sep != '-' && sep != '/' && sep != '.')
            return set_invalid (error, norm);
          p++;
          month = read_number (&p, 2, NULL);
          skip_spaces (&p);
          if (month < 0 || *p != sep)
            return set_invalid (error, norm);
          p++;
          day = read_number (&p, 2, NULL);
          if (day < 0)
            return set_invalid (error, norm);
        }
    }

  weekday = read_weekday (&p);
  skip_spaces (&p);
  if (weekday < 0 || *p != '\0')
    return set_invalid (error, norm);

  /* Years before 1000 are typing mistakes ("0025-04-01"), and the first
   * months of year 1 have no fiscal year (found by fuzzing). */
  if (year < 1000)
    return set_invalid (error, norm);
  if (month < 1 || month > 12)
    {
      g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                   /* Translators: %s is what the user typed, %d the month they gave */
                   _("“%s” is not a date: there is no month %d."), norm, month);
      return FALSE;
    }
  if (day < 1)
    {
      g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                   /* Translators: %s is what the user typed */
                   _("“%s” is not a date: there is no day 0."), norm);
      return FALSE;
    }
  if (day > g_date_get_days_in_month (month, year))
    {
      g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                   /* Translators: %s is what the user typed, then year, month
                    * and the number of days in that month */
                   _("“%s” is not a date: %d-%02d has only %d days."),
                   norm, year, month, (int) g_date_get_days_in_month (month, year));
      return FALSE;
    }

  g_date_clear (out, 1);
  g_date_set_dmy (out, day, month, year);

  if (era != NULL)
    {
      GDate first;
      guint index = era - eras;

      era_first_day (era, &first);
      if (g_date_compare (out, &first) < 0)
        {
          g_autofree char *iso = tomoni_date_format_iso (&first);

          g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                       /* Translators: %s is what the user typed, then the
                        * era name (平成) and the era's first day (1989-01-08) */
                       _("“%s” is before the %s era began on %s."),
                       norm, era->name, iso);
          g_date_clear (out, 1);
          return FALSE;
        }
      if (index + 1 < G_N_ELEMENTS (eras))
        {
          GDate next;

          era_first_day (&eras[index + 1], &next);
          if (g_date_compare (out, &next) >= 0)
            {
              g_autofree char *iso = NULL;

              g_date_subtract_days (&next, 1);
              iso = tomoni_date_format_iso (&next);
              g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                           /* Translators: %s is what the user typed, then the
                            * era name (平成) and the era's last day (2019-04-30) */
                           _("“%s” is after the %s era ended on %s."),
                           norm, era->name, iso);
              g_date_clear (out, 1);
              return FALSE;
            }
        }
    }

  if (weekday > 0 && weekday != (int) g_date_get_weekday (out))
    {
      g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                   /* Translators: %s is what the user typed, then the
                    * weekday of the date (Tuesday) */
                   _("“%s” has the wrong day of the week: that date is a %s."),
                   norm, g_dpgettext2 (GETTEXT_PACKAGE, CTX_WEEKDAY,
                                       names_en.weekday[g_date_get_weekday (out)]));
      g_date_clear (out, 1);
      return FALSE;
    }

  return TRUE;
}

/**
 * tomoni_date_normalize:
 * @text: a date as users write it (2026-04-07, 2026/4/7, 令和8年4月7日 …)
 * @field: (nullable): the translated name of the field, for the message
 *
 * Returns: (transfer full) (nullable): the date as 'YYYY-MM-DD', or %NULL with
 *   %TOMONI_ERROR_INVALID "@field: why"
 */
char *
tomoni_date_normalize (const char  *text,
                       const char  *field,
                       GError     **error)
{
  g_autoptr(GError) local = NULL;
  GDate date;

  if (!tomoni_date_parse (text, &date, &local))
    {
      if (field != NULL)
        g_set_error (error, TOMONI_ERROR, TOMONI_ERROR_INVALID, "%s: %s", field, local->message);
      else
        g_set_error_literal (error, TOMONI_ERROR, TOMONI_ERROR_INVALID, local->message);
      return NULL;
    }
  return tomoni_date_format_iso (&date);
}

/**
 * tomoni_date_is_iso:
 *
 * Returns: whether @text is exactly a valid 'YYYY-MM-DD' date, as stored
 */
gboolean
tomoni_date_is_iso (const char *text)
{
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  return g_date_valid_dmy (atoi (text + 8), atoi (text + 5), atoi (text));
}

/**
 * tomoni_time_parse:
 * @text: what the user typed
 * @out_minutes: (out): minutes since midnight, 0 … 1440
 * @error: return location for a #TOMONI_DATE_ERROR_INVALID error
 *
 * Accepts “9:30”, “09:30”, “９：３０”, “21:00”, “24:00”, and “9時”,
 * “9時30分”, “9時半”.  Minutes after a colon are two digits.
 *
 * Returns: %TRUE and @out_minutes set, or %FALSE with @error set
 */
gboolean
tomoni_time_parse (const char  *text,
                   int         *out_minutes,
                   GError     **error)
{
  g_autofree char *norm = NULL;
  const char *p;
  int hours;
  int minutes = 0;
  int n_digits;

  g_return_val_if_fail (out_minutes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  norm = normalize_input (text);
  if (norm == NULL)
    {
      g_set_error_literal (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                           _("The time is not valid text."));
      return FALSE;
    }
  if (*norm == '\0')
    {
      g_set_error_literal (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                           _("No time was given."));
      return FALSE;
    }

  p = norm;
  hours = read_number (&p, 2, NULL);
  if (hours < 0)
    goto bad_format;

  if (eat (&p, ":"))
    {
      minutes = read_number (&p, 2, &n_digits);
      if (minutes < 0 || n_digits != 2)
        goto bad_format;
    }
  else if (eat (&p, "時"))
    {
      if (eat (&p, "半"))
        minutes = 30;
      else
        {
          const char *save = p;

          minutes = read_number (&p, 2, NULL);
          if (minutes < 0)
            {
              p = save;
              minutes = 0;
            }
          else if (!eat (&p, "分"))
            goto bad_format;
        }
    }
  else
    goto bad_format;

  skip_spaces (&p);
  if (*p != '\0')
    goto bad_format;

  if (hours > 24)
    {
      g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                   _("“%s” is not a time: hours run from 0 to 24."), norm);
      return FALSE;
    }
  if (minutes > 59)
    {
      g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                   _("“%s” is not a time: minutes run from 0 to 59."), norm);
      return FALSE;
    }
  if (hours * 60 + minutes > 24 * 60)
    {
      g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
                   _("“%s” is later than 24:00."), norm);
      return FALSE;
    }

  *out_minutes = hours * 60 + minutes;
  return TRUE;

bad_format:
  g_set_error (error, TOMONI_DATE_ERROR, TOMONI_DATE_ERROR_INVALID,
               /* Translators: %s is what the user typed */
               _("“%s” is not a time. Write it like 9:30 or 21:00."), norm);
  return FALSE;
}

/**
 * tomoni_time_format:
 * @minutes: minutes since midnight, 0 … 1440
 *
 * Returns: (transfer full): “09:30”; 1440 is “24:00”
 */
char *
tomoni_time_format (int minutes)
{
  g_return_val_if_fail (minutes >= 0 && minutes <= 24 * 60, NULL);

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/**
 * tomoni_school_grade_year:
 * @birth: a valid birth date
 *
 * Children born from 2 April of a year Y to 1 April of Y + 1 are in the
 * same school year (a child turns one year older at the end of the day
 * before the birthday, so one born on 1 April is six on 31 March).
 *
 * Returns: that Y: the year of the 2 April that begins the child's cohort.
 *   The child starts elementary school (小学1年) in April of Y + 7, and
 *   tomoni_school_grade_on () gives the grade on a date.  2019-04-02 …
 *   2020-04-01 → 2019.
 */
int
tomoni_school_grade_year (const GDate *birth)
{
  int month;

  g_return_val_if_fail (birth != NULL && g_date_valid (birth), 0);

  month = g_date_get_month (birth);
  if (month > G_DATE_APRIL || (month == G_DATE_APRIL && g_date_get_day (birth) >= 2))
    return g_date_get_year (birth);
  return g_date_get_year (birth) - 1;
}

/**
 * tomoni_school_grade_on:
 * @birth: a valid birth date
 * @date: a valid date
 *
 * Returns: the school year the child is in on @date, counted from the first
 *   year of elementary school: 1–6 elementary (小学校), 7–9 junior high
 *   (中学校, 中1 = 7), 10–12 high school; 0 is the last year of
 *   kindergarten (年長) and less is younger.  Born 2019-05-01: 1 from
 *   2026-04-01 to 2027-03-31.
 */
int
tomoni_school_grade_on (const GDate *birth,
                        const GDate *date)
{
  g_return_val_if_fail (birth != NULL && g_date_valid (birth), 0);
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  return tomoni_fiscal_year_of (date) - tomoni_school_grade_year (birth) - 6;
}
