/* test-schedule.c: the dates of a term, holidays, closures and reasons
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <stdio.h>

#include "tomoni-schedule.h"

#define MAX_SLOTS 3
#define MAX_CLOSURES 2
#define MAX_DATES 12

typedef struct {
  const char *date;      /* YYYY-MM-DD */
  int         start;     /* minute */
  const char *reason;    /* NULL: held */
} Expected;

typedef struct {
  const char       *name;
  const char       *start;
  const char       *end;
  TomoniWeeklySlot  slots[MAX_SLOTS];
  gboolean          meets_on_holidays;
  gboolean          no_year_end_closure;
  struct { const char *start, *end, *reason; } closures[MAX_CLOSURES];
  Expected          expected[MAX_DATES];
} Case;

static const Case cases[] = {
  { "across-the-year-end", "2026-12-01", "2027-01-31", { { 2, 18 * 60, 20 * 60 } }, FALSE, FALSE, { { NULL } },
    { { "2026-12-01", 1080, NULL }, { "2026-12-08", 1080, NULL }, { "2026-12-15", 1080, NULL },
      { "2026-12-22", 1080, NULL }, { "2026-12-29", 1080, "年末年始休館" }, { "2027-01-05", 1080, NULL },
      { "2027-01-12", 1080, NULL }, { "2027-01-19", 1080, NULL }, { "2027-01-26", 1080, NULL } } },
  { "new-year-monday", "2026-12-28", "2027-01-18", { { 1, 600, 720 } }, FALSE, FALSE, { { NULL } },
    { { "2026-12-28", 600, NULL }, { "2027-01-04", 600, NULL },
      { "2027-01-11", 600, "成人の日" }, { "2027-01-18", 600, NULL } } },
  { "citizens-holiday-2026", "2026-09-01", "2026-09-30", { { 2, 600, 720 } }, FALSE, FALSE, { { NULL } },
    { { "2026-09-01", 600, NULL }, { "2026-09-08", 600, NULL }, { "2026-09-15", 600, NULL },
      { "2026-09-22", 600, "国民の休日" }, { "2026-09-29", 600, NULL } } },
  { "silver-week-2026", "2026-09-20", "2026-09-24", { { 1, 600, 660 }, { 3, 600, 660 } }, FALSE, FALSE, { { NULL } },
    { { "2026-09-21", 600, "敬老の日" }, { "2026-09-23", 600, "秋分の日" } } },
  { "substitute-2025", "2025-02-01", "2025-02-28", { { 1, 1140, 1260 } }, FALSE, FALSE, { { NULL } },
    { { "2025-02-03", 1140, NULL }, { "2025-02-10", 1140, NULL }, { "2025-02-17", 1140, NULL },
      { "2025-02-24", 1140, "振替休日" } } },
  { "substitute-2031", "2031-02-17", "2031-03-03", { { 1, 1140, 1260 } }, FALSE, FALSE, { { NULL } },
    { { "2031-02-17", 1140, NULL }, { "2031-02-24", 1140, "振替休日" }, { "2031-03-03", 1140, NULL } } },
  { "meets-on-holidays", "2025-02-17", "2025-03-03", { { 1, 1140, 1260 } }, TRUE, FALSE, { { NULL } },
    { { "2025-02-17", 1140, NULL }, { "2025-02-24", 1140, NULL }, { "2025-03-03", 1140, NULL } } },
  { "sunday-class-year-end", "2026-12-20", "2027-01-10", { { 7, 600, 720 } }, TRUE, FALSE, { { NULL } },
    { { "2026-12-20", 600, NULL }, { "2026-12-27", 600, NULL }, { "2027-01-03", 600, "年末年始休館" },
      { "2027-01-10", 600, NULL } } },
  { "no-year-end-closure", "2026-12-27", "2027-01-03", { { 7, 600, 720 } }, FALSE, TRUE, { { NULL } },
    { { "2026-12-27", 600, NULL }, { "2027-01-03", 600, NULL } } },
  { "golden-week-2026", "2026-04-29", "2026-05-13", { { 3, 840, 960 } }, FALSE, FALSE, { { NULL } },
    { { "2026-04-29", 840, "昭和の日" }, { "2026-05-06", 840, "振替休日" }, { "2026-05-13", 840, NULL } } },
  { "closures", "2026-06-01", "2026-06-30", { { 3, 600, 720 } }, FALSE, FALSE,
    { { "2026-06-10", "2026-06-17", "施設点検" }, { "2026-06-24", "2026-06-24", "" } },
    { { "2026-06-03", 600, NULL }, { "2026-06-10", 600, "施設点検" }, { "2026-06-17", 600, "施設点検" },
      { "2026-06-24", 600, "Closed" } } },
  { "closure-before-holiday", "2026-09-14", "2026-09-21", { { 1, 600, 720 } }, FALSE, FALSE,
    { { "2026-09-21", "2026-09-21", "館内整理日" } },
    { { "2026-09-14", 600, NULL }, { "2026-09-21", 600, "館内整理日" } } },
  { "two-slots-a-day", "2026-10-05", "2026-10-08", { { 4, 1140, 1260 }, { 4, 600, 720 }, { 1, 600, 720 } },
    FALSE, FALSE, { { NULL } },
    { { "2026-10-05", 600, NULL }, { "2026-10-08", 600, NULL }, { "2026-10-08", 1140, NULL } } },
  { "one-day-term", "2026-10-13", "2026-10-13", { { 2, 600, 720 } }, FALSE, FALSE, { { NULL } },
    { { "2026-10-13", 600, NULL } } },
};

static void
set_date (GDate      *date,
          const char *text)
{
  int y, m, d;

  g_assert_cmpint (sscanf (text, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  TomoniScheduleRequest request = { 0 };
  TomoniClosureSpan closures[MAX_CLOSURES];
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) planned = NULL;
  guint n_expected = 0, n_held = 0;

  set_date (&request.start, c->start);
  set_date (&request.end, c->end);
  request.slots = c->slots;
  while (request.n_slots < MAX_SLOTS && c->slots[request.n_slots].weekday != 0)
    request.n_slots++;
  for (guint i = 0; i < MAX_CLOSURES && c->closures[i].start != NULL; i++)
    {
      set_date (&closures[i].start, c->closures[i].start);
      set_date (&closures[i].end, c->closures[i].end);
      closures[i].reason = c->closures[i].reason;
      request.n_closures++;
    }
  request.closures = closures;
  request.meets_on_holidays = c->meets_on_holidays;
  request.no_year_end_closure = c->no_year_end_closure;

  planned = tomoni_schedule_generate (&request, &error);
  g_assert_no_error (error);
  g_assert_nonnull (planned);

  while (n_expected < MAX_DATES && c->expected[n_expected].date != NULL)
    n_expected++;
  g_assert_cmpuint (planned->len, ==, n_expected);

  for (guint i = 0; i < planned->len; i++)
    {
      const TomoniPlannedSession *p = &g_array_index (planned, TomoniPlannedSession, i);
      const Expected *e = &c->expected[i];
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&p->date),
                                               g_date_get_month (&p->date), g_date_get_day (&p->date));

      g_assert_cmpstr (date, ==, e->date);
      g_assert_cmpint (p->start_minute, ==, e->start);
      g_assert_cmpint (p->skipped, ==, e->reason != NULL);
      g_assert_cmpstr (p->reason, ==, e->reason);
      if (e->reason == NULL)
        n_held++;
    }
  g_assert_cmpuint (tomoni_schedule_count_held (planned), ==, n_held);
}

typedef struct {
  const char       *name;
  const char       *start;
  const char       *end;
  TomoniWeeklySlot  slots[2];
  guint             n_slots;
  const char       *field;     /* the message starts with it */
} BadCase;

static const BadCase bad_cases[] = {
  { "end-before-start", "2026-05-01", "2026-04-30", { { 1, 600, 720 } }, 1, "End date" },
  { "no-slot", "2026-04-01", "2026-04-30", { { 0 } }, 0, "Schedule" },
  { "weekday-0", "2026-04-01", "2026-04-30", { { 0, 600, 720 } }, 1, "Weekday" },
  { "weekday-8", "2026-04-01", "2026-04-30", { { 8, 600, 720 } }, 1, "Weekday" },
  { "end-time-before-start", "2026-04-01", "2026-04-30", { { 1, 720, 600 } }, 1, "End time" },
  { "zero-length", "2026-04-01", "2026-04-30", { { 1, 600, 600 } }, 1, "End time" },
  { "after-midnight", "2026-04-01", "2026-04-30", { { 1, 1380, 1500 } }, 1, "Time" },
  { "overlapping-slots", "2026-04-01", "2026-04-30", { { 2, 600, 720 }, { 2, 700, 800 } }, 2, "Schedule" },
  { "too-long", "2026-04-01", "2030-04-30", { { 2, 600, 720 } }, 1, "End date" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *c = data;
  TomoniScheduleRequest request = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) planned = NULL;

  set_date (&request.start, c->start);
  set_date (&request.end, c->end);
  request.slots = c->slots;
  request.n_slots = c->n_slots;

  planned = tomoni_schedule_generate (&request, &error);
  g_assert_null (planned);
  g_assert_error (error, TOMONI_SCHEDULE_ERROR, TOMONI_SCHEDULE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, c->field));
}

static void
test_back_to_back_slots (void)
{
  /* 10:00–12:00 and 12:00–13:00 on one weekday do not overlap. */
  static const TomoniWeeklySlot slots[] = { { 6, 600, 720 }, { 6, 720, 780 } };
  TomoniScheduleRequest request = { .slots = slots, .n_slots = 2 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) planned = NULL;

  set_date (&request.start, "2026-10-03");
  set_date (&request.end, "2026-10-03");
  planned = tomoni_schedule_generate (&request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (planned->len, ==, 2);
}

static void
test_nothing_held (void)
{
  /* A term inside the year-end closure has dates but no session. */
  static const TomoniWeeklySlot slots[] = { { 4, 600, 720 } };
  TomoniScheduleRequest request = { .slots = slots, .n_slots = 1 };
  g_autoptr(GArray) planned = NULL;

  set_date (&request.start, "2026-12-29");
  set_date (&request.end, "2027-01-03");
  planned = tomoni_schedule_generate (&request, NULL);
  g_assert_cmpuint (planned->len, ==, 1);
  g_assert_cmpuint (tomoni_schedule_count_held (planned), ==, 0);
}

static void
test_skip_reason (void)
{
  TomoniScheduleRequest request = { 0 };
  GDate date;

  set_date (&date, "2026-11-03");
  g_assert_cmpstr (tomoni_schedule_skip_reason (&request, &date), ==, "文化の日");
  request.meets_on_holidays = TRUE;
  g_assert_null (tomoni_schedule_skip_reason (&request, &date));
  set_date (&date, "2027-01-01");
  g_assert_cmpstr (tomoni_schedule_skip_reason (&request, &date), ==, "年末年始休館");
  g_assert_true (tomoni_schedule_is_year_end (&date));
  set_date (&date, "2027-01-04");
  g_assert_false (tomoni_schedule_is_year_end (&date));
  set_date (&date, "2026-12-28");
  g_assert_false (tomoni_schedule_is_year_end (&date));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/schedule/generate/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/schedule/bad/%s", bad_cases[i].name);
      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }
  g_test_add_func ("/schedule/back-to-back-slots", test_back_to_back_slots);
  g_test_add_func ("/schedule/nothing-held", test_nothing_held);
  g_test_add_func ("/schedule/skip-reason", test_skip_reason);
  return g_test_run ();
}
