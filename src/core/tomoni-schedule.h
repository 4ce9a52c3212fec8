/* tomoni-schedule.h: the dates of a term, and why some are skipped
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure computation, no database: given a term, its weekly schedules, whether
 * the class meets on national holidays, and the closures that apply, list
 * every date the schedules fall on, each either to be held or skipped with
 * its reason. The store turns the result into session rows.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TOMONI_SCHEDULE_ERROR (tomoni_schedule_error_quark ())

typedef enum {
  TOMONI_SCHEDULE_ERROR_INVALID,     /* the message names the field */
} TomoniScheduleError;

/* The reason written on sessions skipped by the year-end closure. Japanese,
 * as staff write it: it is data in the database, not a user-interface label. */
#define TOMONI_SCHEDULE_YEAR_END_REASON "年末年始休館"

/* One weekly meeting: weekday 1 = Monday … 7 = Sunday (ISO, as GDateWeekday),
 * times in minutes after midnight, Asia/Tokyo, 0 <= start < end <= 1440. */
typedef struct {
  int weekday;
  int start_minute;
  int end_minute;
} TomoniWeeklySlot;

/* Closed days, inclusive. @reason is borrowed (not copied). */
typedef struct {
  GDate       start;
  GDate       end;
  const char *reason;
} TomoniClosureSpan;

typedef struct {
  GDate                    start;               /* first day of the term */
  GDate                    end;                 /* last day of the term, >= start */
  const TomoniWeeklySlot  *slots;
  guint                    n_slots;
  gboolean                 meets_on_holidays;   /* hold sessions on national holidays */
  gboolean                 no_year_end_closure; /* FALSE: skip 29 Dec – 3 Jan (the default) */
  const TomoniClosureSpan *closures;            /* venue and Center-wide closures */
  guint                    n_closures;
} TomoniScheduleRequest;

/* One date a schedule falls on. */
typedef struct {
  GDate     date;
  int       start_minute;
  int       end_minute;
  gboolean  skipped;
  char     *reason;     /* skipped: 「年末年始休館」, the closure's reason, or the
                         * holiday's Japanese name (「振替休日」, 「国民の休日」, 「元日」 …);
                         * NULL when held */
} TomoniPlannedSession;

GQuark    tomoni_schedule_error_quark    (void);

/* Checks the request: end before start, a weekday outside 1–7, a start not
 * before its end, times outside the day, two slots overlapping on a weekday.
 * The error (TOMONI_SCHEDULE_ERROR_INVALID) names the field. */
gboolean  tomoni_schedule_validate       (const TomoniScheduleRequest *request,
                                          GError                     **error);

/**
 * tomoni_schedule_generate:
 *
 * Every date between start and end (inclusive) on a slot's weekday, in date
 * then start-time order. Reasons, first that applies: the year-end closure,
 * a closure (the first listed that covers the date), a national holiday
 * (unless meets_on_holidays).
 *
 * Returns: (transfer full): a GArray of TomoniPlannedSession (its clear
 *   function frees the reasons), or NULL with @error set when the request is
 *   invalid (see tomoni_schedule_validate()). It may hold no held session:
 *   use tomoni_schedule_count_held().
 */
GArray   *tomoni_schedule_generate       (const TomoniScheduleRequest *request,
                                          GError                     **error);
guint     tomoni_schedule_count_held     (GArray                      *planned);

/* Is @date in the year-end closure (29 Dec – 3 Jan)? */
gboolean  tomoni_schedule_is_year_end    (const GDate                 *date);

/* The reason @date is skipped for the request, or NULL when a session may be
 * held then (used for sessions added or moved by hand). Static or borrowed. */
const char *tomoni_schedule_skip_reason  (const TomoniScheduleRequest *request,
                                          const GDate                 *date);

G_END_DECLS
