/* tomoni-demo-util.c: the sample data's random draws, dates, UUIDs and stamps
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-demo"

#include <string.h>

#include "tomoni-demo-private.h"
#include "tomoni-store-targets.h"

/* --- small helpers ----------------------------------------------------------- */

guint
demo_rnd (Demo *d,
          guint n)
{
  g_assert (n > 0);
  return (guint) g_rand_int_range (d->rand, 0, (gint32) n);
}

int
demo_between (Demo *d,
              int   lo,
              int   hi)
{
  return g_rand_int_range (d->rand, lo, hi + 1);
}

gboolean
demo_chance (Demo   *d,
             double  p)
{
  return g_rand_double (d->rand) < p;
}

const Name *
demo_pick_name (Demo       *d,
                const Name *names,
                guint       n)
{
  return &names[demo_rnd (d, n)];
}

guint32
demo_julian (int y,
             int m,
             int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, m, y);
  return g_date_get_julian (&date);
}

void
demo_split_julian (guint32  j,
                   int     *y,
                   int     *m,
                   int     *day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, j);
  *y = g_date_get_year (&date);
  *m = g_date_get_month (&date);
  *day = g_date_get_day (&date);
}

/* 1 = Monday … 7 = Sunday; julian day 1 (1 January of year 1) is a Monday. */
guint
demo_weekday_of (guint32 j)
{
  return (j - 1) % 7 + 1;
}

const char *
demo_ds (Demo    *d,
         guint32  j)
{
  g_assert (j >= d->base && j - d->base < d->n_days);
  return d->day_str[j - d->base];
}

/* Nothing is written before it happened: record dates are clamped to the
 * sample's today. */
guint32
demo_clamp_today (Demo    *d,
                  guint32  j)
{
  return MIN (j, d->today);
}

void
demo_format_date (guint32  j,
                  char     out[11])
{
  int y, m, day;

  demo_split_julian (j, &y, &m, &day);
  g_snprintf (out, 11, "%04d-%02d-%02d", y, m, day);
}

/* created_at/updated_at: a local date and time (Asia/Tokyo) in UTC. */
void
demo_make_stamp (Demo    *d,
                 guint32  j,
                 int      local_minute,
                 char     out[21])
{
  int utc = local_minute - 9 * 60;

  if (utc < 0)
    {
      j--;
      utc += 24 * 60;
    }
  g_snprintf (out, 21, "%sT%02d:%02d:00Z", demo_ds (d, j), utc / 60, utc % 60);
}

/* A version-4 UUID from the seeded generator. */
void
demo_make_uuid (Demo *d,
                char  out[37])
{
  static const char hex[] = "0123456789abcdef";
  guint8 b[16];
  char *p = out;

  for (guint i = 0; i < 4; i++)
    {
      guint32 r = g_rand_int (d->rand);
      b[4 * i] = r >> 24;
      b[4 * i + 1] = r >> 16;
      b[4 * i + 2] = r >> 8;
      b[4 * i + 3] = r;
    }
  b[6] = 0x40 | (b[6] & 0x0f);
  b[8] = 0x80 | (b[8] & 0x3f);
  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        *p++ = '-';
      *p++ = hex[b[i] >> 4];
      *p++ = hex[b[i] & 0xf];
    }
  *p = '\0';
}

/* A new row's UUID and stamp (the stamp of @j at @minute), in d->uuid and
 * d->stamp, for a row writer's uuid, created_at and updated_at. */
void
demo_row_stamp (Demo    *d,
                guint32  j,
                int      minute)
{
  demo_make_uuid (d, d->uuid);
  demo_make_stamp (d, j, minute, d->stamp);
}

gboolean
demo_report (Demo       *d,
             double      fraction,
             const char *what)
{
  d->done = fraction;
  if (d->progress != NULL)
    d->progress (MIN (fraction, 1.0), what, d->progress_data);
  return !g_cancellable_set_error_if_cancelled (d->cancellable, &d->error);
}

/* The id of the target with @key, 0 when there is none. */
gint64
demo_target_id_of (Demo       *d,
                   const char *key)
{
  g_autoptr(TomoniTarget) target = tomoni_store_get_target (d->store, key, NULL);

  return target != NULL ? tomoni_target_get_id (target) : 0;
}

const char *
demo_pick_ward (Demo       *d,
                const char *near)
{
  static const char *const wards[] = {
    "chuo", "chuo", "chuo", "higashi", "higashi", "kita", "kita", "nishi", "minami", "minami", "outside",
  };

  if (near != NULL && demo_chance (d, 0.6))
    return near;
  return wards[demo_rnd (d, G_N_ELEMENTS (wards))];
}

guint
demo_lang_index (const char *code)
{
  for (guint i = 0; i < N_LANGS; i++)
    if (strcmp (demo_lang_codes[i], code) == 0)
      return i;
  g_assert_not_reached ();
}

const char *
demo_age_band_of (int age)
{
  if (age < 15)
    return "0-14";
  if (age < 20)
    return "15-19";
  if (age >= 70)
    return "70+";
  {
    static const char *const bands[] = { "20-29", "30-39", "40-49", "50-59", "60-69" };
    return bands[age / 10 - 2];
  }
}

/* The @n-th @weekday (1 = Monday) of month @m. */
guint32
demo_nth_weekday (int   y,
                  int   m,
                  guint weekday,
                  guint n)
{
  guint32 j = demo_julian (y, m, 1);

  while (demo_weekday_of (j) != weekday)
    j++;
  return j + 7 * (n - 1);
}
