/* tomoni-schedule.c: the dates of a term, and why some are skipped
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-schedule"

#include <glib/gi18n-lib.h>

#include "tomoni-holidays.h"
#include "tomoni-schedule.h"

G_DEFINE_QUARK (tomoni-schedule-error-quark, tomoni_schedule_error)

/* A term longer than this is a typing mistake (and would make thousands of rows). */
#define MAX_TERM_DAYS (3 * 366)

static void
planned_session_clear (gpointer data)
{
  TomoniPlannedSession *planned = data;

  g_clear_pointer (&planned->reason, g_free);
}

gboolean
tomoni_schedule_is_year_end (const GDate *date)
{
  GDateMonth month;
  GDateDay day;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  month = g_date_get_month (date);
  day = g_date_get_day (date);
  return (month == G_DATE_DECEMBER && day >= 29) || (month == G_DATE_JANUARY && day <= 3);
}

gboolean
tomoni_schedule_validate (const TomoniScheduleRequest  *request,
                          GError                      **error)
{
  g_return_val_if_fail (request != NULL, FALSE);

  if (!g_date_valid (&request->start))
    {
      g_set_error (error, TOMONI_SCHEDULE_ERROR, TOMONI_SCHEDULE_ERROR_INVALID,
                   "%s", _("Start date: not a valid date"));
      return FALSE;
    }
  if (!g_date_valid (&request->end))
    {
      g_set_error (error, TOMONI_SCHEDULE_ERROR, TOMONI_SCHEDULE_ERROR_INVALID,
                   "%s", _("End date: not a valid date"));
      return FALSE;
    }
  if (g_date_compare (&request->end, &request->start) < 0)
    {
      g_set_error (error, TOMONI_SCHEDULE_ERROR, TOMONI_SCHEDULE_ERROR_INVALID,
                   "%s", _("End date: the term ends before it starts"));
      return FALSE;
    }
  if (g_date_days_between (&request->start, &request->end) > MAX_TERM_DAYS)
    {
      g_set_error (error, TOMONI_SCHEDULE_ERROR, TOMONI_SCHEDULE_ERROR_INVALID,
                   "%s", _("End date: a term cannot be longer than three years"));
      return FALSE;
    }
  if (request->n_slots == 0)
    {
      g_set_error (error, TOMONI_SCHEDULE_ERROR, TOMONI_SCHEDULE_ERROR_INVALID,
                   "%s", _("Schedule: give at least one weekday with its times"));
      return FALSE;
    }

  for (guint i = 0; i < request->n_slots; i++)
    {
      const TomoniWeeklySlot *slot = &request->slots[i];

      if (slot->weekday < 1 || slot->weekday > 7)
        {
          g_set_error (error, TOMONI_SCHEDULE_ERROR, TOMONI_SCHEDULE_ERROR_INVALID,
                       _("Weekday: %d is not a weekday (1 = Monday … 7 = Sunday)"), slot->weekday);
          return FALSE;
        }
      if (slot->start_minute < 0 || slot->start_minute >= 24 * 60 ||
          slot->end_minute <= 0 || slot->end_minute > 24 * 60)
        {
          g_set_error (error, TOMONI_SCHEDULE_ERROR, TOMONI_SCHEDULE_ERROR_INVALID,
                       "%s", _("Time: times must be within the day (00:00–24:00)"));
          return FALSE;
        }
      if (slot->end_minute <= slot->start_minute)
        {
          g_set_error (error, TOMONI_SCHEDULE_ERROR, TOMONI_SCHEDULE_ERROR_INVALID,
                       "%s", _("End time: the session ends before it starts"));
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        {
          const TomoniWeeklySlot *other = &request->slots[j];

          if (other->weekday == slot->weekday &&
              other->start_minute < slot->end_minute && slot->start_minute < other->end_minute)
            {
              g_set_error (error, TOMONI_SCHEDULE_ERROR, TOMONI_SCHEDULE_ERROR_INVALID,
                           "%s", _("Schedule: two sessions overlap on the same weekday"));
              return FALSE;
            }
        }
    }

  for (guint i = 0; i < request->n_closures; i++)
    g_return_val_if_fail (g_date_valid (&request->closures[i].start) &&
                          g_date_valid (&request->closures[i].end), FALSE);
  return TRUE;
}

const char *
tomoni_schedule_skip_reason (const TomoniScheduleRequest *request,
                             const GDate                 *date)
{
  TomoniHoliday holiday;

  g_return_val_if_fail (request != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  if (!request->no_year_end_closure && tomoni_schedule_is_year_end (date))
    return TOMONI_SCHEDULE_YEAR_END_REASON;

  for (guint i = 0; i < request->n_closures; i++)
    {
      const TomoniClosureSpan *closure = &request->closures[i];

      if (g_date_compare (date, &closure->start) >= 0 && g_date_compare (date, &closure->end) <= 0)
        {
          /* Translators: the reason of a skipped session when a closure has no reason */
          return closure->reason != NULL && *closure->reason != '\0' ? closure->reason : _("Closed");
        }
    }

  /* Holiday names are static strings. */
  if (!request->meets_on_holidays && tomoni_holiday_lookup (date, &holiday))
    return holiday.name_ja;

  return NULL;
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const TomoniWeeklySlot *x = a;
  const TomoniWeeklySlot *y = b;

  return x->start_minute - y->start_minute;
}

GArray *
tomoni_schedule_generate (const TomoniScheduleRequest  *request,
                          GError                      **error)
{
  g_autoptr(GArray) planned = NULL;
  g_autofree TomoniWeeklySlot *slots = NULL;
  GDate day;

  g_return_val_if_fail (request != NULL, NULL);

  if (!tomoni_schedule_validate (request, error))
    return NULL;

  /* Slots sorted by start time, so that sessions come in date then time order. */
  slots = g_memdup2 (request->slots, sizeof (TomoniWeeklySlot) * request->n_slots);
  qsort (slots, request->n_slots, sizeof (TomoniWeeklySlot), compare_slots);

  planned = g_array_new (FALSE, TRUE, sizeof (TomoniPlannedSession));
  g_array_set_clear_func (planned, planned_session_clear);

  day = request->start;
  while (g_date_compare (&day, &request->end) <= 0)
    {
      int weekday = g_date_get_weekday (&day);
      const char *reason = NULL;
      gboolean reason_known = FALSE;

      for (guint i = 0; i < request->n_slots; i++)
        {
          TomoniPlannedSession session = { 0 };

          if (slots[i].weekday != weekday)
            continue;
          if (!reason_known)
            {
              reason = tomoni_schedule_skip_reason (request, &day);
              reason_known = TRUE;
            }

          session.date = day;
          session.start_minute = slots[i].start_minute;
          session.end_minute = slots[i].end_minute;
          session.skipped = reason != NULL;
          session.reason = g_strdup (reason);
          g_array_append_val (planned, session);
        }
      g_date_add_days (&day, 1);
    }

  return g_steal_pointer (&planned);
}

guint
tomoni_schedule_count_held (GArray *planned)
{
  guint n = 0;

  g_return_val_if_fail (planned != NULL, 0);

  for (guint i = 0; i < planned->len; i++)
    if (!g_array_index (planned, TomoniPlannedSession, i).skipped)
      n++;
  return n;
}
