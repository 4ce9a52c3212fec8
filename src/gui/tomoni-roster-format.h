/* tomoni-roster-format.h: how the volunteer pages write dates, times and hours
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "tomoni-date.h"

G_BEGIN_DECLS

/* "Tue 7 April 2026" / "2026年4月7日(火)" from 'YYYY-MM-DD'; the text itself
 * if it is not a date. */
static inline char *
tomoni_roster_format_date (const char *iso)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    return g_strdup ("");
  g_date_clear (&date, 1);
  if (!tomoni_date_parse (iso, &date, NULL))
    return g_strdup (iso);
  return tomoni_date_format_long (&date);
}

/* "18:00–21:00" */
static inline char *
tomoni_roster_format_times (int start_minute,
                            int end_minute)
{
  g_autofree char *start = tomoni_time_format (start_minute);
  g_autofree char *end = tomoni_time_format (end_minute);

  return g_strdup_printf ("%s–%s", start, end);
}

/* "Tue 7 April 2026 18:00–21:00" */
static inline char *
tomoni_roster_format_when (const char *iso,
                           int         start_minute,
                           int         end_minute)
{
  g_autofree char *date = tomoni_roster_format_date (iso);
  g_autofree char *times = tomoni_roster_format_times (start_minute, end_minute);

  return g_strdup_printf ("%s %s", date, times);
}

/* Hours as a number people read: "3", "3.5", "2.25" (minutes / 60). */
static inline char *
tomoni_roster_format_hours (gint64 minutes)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;
  gsize len;

  if (minutes % 60 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, minutes / 60);
  text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", (double)minutes / 60.0));
  len = strlen (text);
  while (len > 0 && text[len - 1] == '0')
    text[--len] = '\0';
  return text;
}

/* Today as 'YYYY-MM-DD' in Asia/Tokyo. */
static inline char *
tomoni_roster_today (void)
{
  /* Asia/Tokyo: +09:00 all year. */
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);

  return g_date_time_format (now, "%Y-%m-%d");
}

/* @iso moved by @days. */
static inline char *
tomoni_roster_add_days (const char *iso,
                        int         days)
{
  GDate date;
  char buffer[16];

  g_date_clear (&date, 1);
  if (!tomoni_date_parse (iso, &date, NULL))
    return g_strdup (iso);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  g_snprintf (buffer, sizeof buffer, "%04d-%02d-%02d",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
  return g_strdup (buffer);
}

G_END_DECLS
