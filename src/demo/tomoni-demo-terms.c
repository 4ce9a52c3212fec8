/* tomoni-demo-terms.c: the terms of the sample data's classes: schedules,
 * enrolments, sessions and attendance
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-demo"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-date.h"
#include "tomoni-demo-private.h"
#include "tomoni-store-activities-private.h"
#include "tomoni-store-classes-private.h"
#include "tomoni-store-people-private.h"
#include "tomoni-store-volunteers-private.h"

static int
compare_seats (gconstpointer a,
               gconstpointer b)
{
  const Seat *x = a, *y = b;

  if (x->enrolled_on != y->enrolled_on)
    return x->enrolled_on < y->enrolled_on ? -1 : 1;
  return x->person_id < y->person_id ? -1 : x->person_id > y->person_id;
}

static const char *
cancel_reason (Demo    *d,
               guint32  j)
{
  const char *date = demo_ds (d, j);
  int month = (date[5] - '0') * 10 + (date[6] - '0');

  if (month >= 6 && month <= 9 && demo_chance (d, 0.6))
    return demo_chance (d, 0.5) ? "台風接近のため休講" : "大雨警報発令のため休講";
  if (month == 2 && demo_weekday_of (j) == SUN && demo_chance (d, 0.5))
    return "熊本城マラソンの交通規制のため休講";
  switch (demo_rnd (d, 4))
    {
    case 0:
      return "講師の体調不良のため休講";
    case 1:
      return "会場の設備故障のため休講";
    case 2:
      return "インフルエンザ流行のため休講";
    default:
      return "講師の急用のため休講";
    }
}

static gboolean
add_attendance (Demo       *d,
                gint64      session_id,
                gint64      person_id,
                guint32     j,
                int         start,
                int         end,
                const char *status,
                const char *kind)
{
  TomoniAttendanceRow row = { 0 };

  demo_row_stamp (d, j, end);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.session_id = session_id;
  row.person_id = person_id;
  row.status = status;
  row.kind = kind;
  row.minutes = -1;
  if (strcmp (status, "present") == 0)
    row.minutes = end - start;
  else if (strcmp (status, "late") == 0)
    row.minutes = end - start - 10 * (1 + (int) demo_rnd (d, 4));
  return tomoni_attendance_row_insert (d->store, &row, NULL, &d->error);
}

static gboolean
add_term (Demo      *d,
          ClassInfo *c,
          int        fy,
          guint      t)
{
  static const char *const months[] = { "4月〜7月", "9月〜12月", "1月〜3月" };
  const ClassDef *def = c->def;
  gboolean small = d->scale == TOMONI_DEMO_SMALL;
  guint32 start = t == 0 ? demo_julian (fy, 4, 1) : t == 1 ? demo_julian (fy, 9, 1) : demo_julian (fy + 1, 1, 1);
  guint32 end = t == 0 ? demo_julian (fy, 7, 31) : t == 1 ? demo_julian (fy, 12, 31) : demo_julian (fy + 1, 3, 31);
  guint32 created = demo_clamp_today (d, start - 30 - demo_rnd (d, 15));
  g_autofree char *fy_label = tomoni_fiscal_year_label (fy, TRUE);
  g_autofree char *name = g_strdup_printf ("%s 第%u期（%s）", fy_label, t + 1, months[t]);
  g_autoptr(GArray) seats = g_array_new (FALSE, FALSE, sizeof (Seat));
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint cap = def->capacity;
  guint demand = (guint) (cap * (small ? 0.7 + 0.5 * g_rand_double (d->rand) : 0.76 + 0.4 * g_rand_double (d->rand)) + 0.5);
  gboolean community = c->venue > 0;
  char updated[21];
  gint64 term_id;
  TomoniTermRow term = { 0 };
  guint n_enrolled = 0;

  demo_row_stamp (d, created, 600);
  term.uuid = d->uuid;
  term.created_at = term.updated_at = d->stamp;
  term.class_id = c->id;
  term.name = name;
  term.start_date = demo_ds (d, start);
  term.end_date = demo_ds (d, end);
  if (!tomoni_term_row_insert (d->store, &term, &term_id, &d->error))
    return FALSE;

  for (guint w = MON; w <= SUN; w++)
    if ((def->weekdays & WD (w)) != 0)
      {
        TomoniScheduleRow row = { 0 };

        demo_row_stamp (d, created, 610);
        row.uuid = d->uuid;
        row.created_at = row.updated_at = d->stamp;
        row.term_id = term_id;
        row.weekday = w;
        row.start_minute = def->start;
        row.end_minute = def->end;
        if (!tomoni_schedule_row_insert (d->store, &row, NULL, &d->error))
          return FALSE;
      }

  /* who applies: those who continue from the last term, then newcomers */
  for (guint i = 0; i < c->continuing->len && seats->len < demand; i++)
    {
      Seat s = { 0 };
      s.person_id = g_array_index (c->continuing, gint64, i);
      s.enrolled_on = demo_clamp_today (d, start - 10 - demo_rnd (d, 30));
      g_array_append_val (seats, s);
    }
  while (seats->len < demand)
    {
      Seat s = { 0 };
      s.enrolled_on = demo_clamp_today (d, start - demo_rnd (d, 25) + (demo_chance (d, 0.15) ? 5 + demo_rnd (d, 20) : 0));
      s.person_id = demo_add_learner (d, c, s.enrolled_on);
      if (s.person_id == 0)
        return FALSE;
      g_array_append_val (seats, s);
    }
  g_array_sort (seats, compare_seats);

  /* first come, first served; the rest wait in order */
  for (guint i = 0; i < seats->len; i++)
    {
      Seat *s = &g_array_index (seats, Seat, i);
      s->reliability = 0.55 + 0.43 * g_rand_double (d->rand);
      s->from = MAX (start, s->enrolled_on);
      s->until = end;
      if (i < cap)
        s->status = 0;
      else
        {
          s->status = 1;
          s->from = end + 1;
        }
    }
  /* withdrawals, each promoting the first learner still waiting */
  {
    guint span = end - start;
    guint next_waiting = cap;

    for (guint32 j = start + 14; j < start + span * 3 / 4 && j <= d->today; j += 7)
      for (guint i = 0; i < MIN (cap, seats->len); i++)
        {
          Seat *s = &g_array_index (seats, Seat, i);
          if (s->status != 0 || s->from > j || !demo_chance (d, 0.012))
            continue;
          s->status = 2;
          s->withdrawn_on = j;
          s->until = j - 1;
          if (next_waiting < seats->len)
            {
              Seat *w = &g_array_index (seats, Seat, next_waiting++);
              w->status = 0;
              w->promoted_on = j;
              w->from = j + 1;
            }
        }
    for (guint i = next_waiting, position = 1; i < seats->len; i++)
      g_array_index (seats, Seat, i).position = position++;
  }

  for (guint i = 0; i < seats->len; i++)
    {
      Seat *s = &g_array_index (seats, Seat, i);
      guint32 last = MAX (s->enrolled_on, MAX (s->withdrawn_on, s->promoted_on));
      TomoniEnrolmentRow row = { 0 };

      demo_row_stamp (d, s->enrolled_on, 630);
      demo_make_stamp (d, last, 640, updated);
      row.uuid = d->uuid;
      row.created_at = d->stamp;
      row.updated_at = updated;
      row.class_id = c->id;
      row.term_id = term_id;
      row.person_id = s->person_id;
      row.status = s->status == 0 ? "enrolled" : s->status == 1 ? "waiting" : "withdrawn";
      row.position = s->status == 1 ? s->position : 0;
      row.enrolled_on = demo_ds (d, s->enrolled_on);
      row.withdrawn_on = s->withdrawn_on != 0 ? demo_ds (d, s->withdrawn_on) : NULL;
      row.promoted_on = s->promoted_on != 0 ? demo_ds (d, s->promoted_on) : NULL;
      if (!tomoni_enrolment_row_insert (d->store, &row, NULL, &d->error))
        return FALSE;
      if (s->status == 0)
        n_enrolled++;
    }
  g_assert (n_enrolled <= cap);

  /* sessions, week after week, with attendance up to today */
  for (guint32 j = start; j <= end; j++)
    {
      const char *date = demo_ds (d, j);
      int month = (date[5] - '0') * 10 + (date[6] - '0');
      int day = (date[8] - '0') * 10 + (date[9] - '0');
      const char *reason = NULL;
      const char *status = "scheduled";
      gint64 session_id;
      gint64 trial = 0;
      TomoniSessionRow row = { 0 };

      if ((def->weekdays & WD (demo_weekday_of (j))) == 0)
        continue;
      if ((month == 12 && day >= 29) || (month == 1 && day <= 3))
        reason = "年末年始休館";   /* as the classes store writes it */
      else if ((reason = g_hash_table_lookup (d->closed, GUINT_TO_POINTER ((c->venue + 1) << 24 | (j - d->base))))
               != NULL ||
               (reason = g_hash_table_lookup (d->closed, GUINT_TO_POINTER (j - d->base))) != NULL)
        ;
      else if (d->holiday[j - d->base] != NULL && !def->holidays)
        reason = d->holiday[j - d->base];
      if (reason != NULL)
        status = "skipped";
      else if (j <= d->today + 14 && demo_chance (d, 0.012))
        {
          status = "cancelled";
          reason = cancel_reason (d, j);
        }

      demo_row_stamp (d, created, 620);
      if (*status == 'c')
        demo_make_stamp (d, demo_clamp_today (d, j - 1 - demo_rnd (d, 2)), 900, updated);
      else
        memcpy (updated, d->stamp, sizeof updated);
      row.uuid = d->uuid;
      row.created_at = d->stamp;
      row.updated_at = updated;
      row.class_id = c->id;
      row.term_id = term_id;
      row.date = date;
      row.start_minute = def->start;
      row.end_minute = def->end;
      row.room_id = c->room_id;
      row.status = status;
      row.reason = reason != NULL ? reason : "";
      if (!tomoni_session_row_insert (d->store, &row, &session_id, &d->error))
        return FALSE;

      if (strcmp (status, "scheduled") != 0 || j > d->today)
        continue;

      for (guint i = 0; i < seats->len; i++)
        {
          const Seat *s = &g_array_index (seats, Seat, i);
          const char *mark;

          if (s->from > j || s->until < j)
            continue;
          if (g_rand_double (d->rand) < s->reliability)
            mark = demo_chance (d, 0.9) ? "present" : "late";
          else
            mark = demo_chance (d, 0.45) ? "excused" : "absent";
          if (!add_attendance (d, session_id, s->person_id, j, def->start, def->end, mark, "enrolled"))
            return FALSE;
        }

      /* a newcomer tries the class (体験); some enrol next term */
      if (demo_chance (d, small ? 0.04 : 0.03))
        {
          trial = demo_add_learner (d, c, j);
          if (trial == 0)
            return FALSE;
          if (!add_attendance (d, session_id, trial, j, def->start, def->end, "present", "trial"))
            return FALSE;
          if (demo_chance (d, 0.5))
            g_array_append_val (next, trial);
        }
      /* someone from another class drops in */
      if (d->recent->len > 0 && demo_chance (d, community ? 0.08 : 0.03))
        {
          gint64 walk_in = g_array_index (d->recent, gint64, demo_rnd (d, d->recent->len));
          gboolean taken = walk_in == trial;

          for (guint i = 0; i < seats->len && !taken; i++)
            taken = g_array_index (seats, Seat, i).person_id == walk_in;
          for (guint i = 0; i < next->len && !taken; i++)
            taken = g_array_index (next, gint64, i) == walk_in;
          if (!taken && !add_attendance (d, session_id, walk_in, j, def->start, def->end, "present", "walk-in"))
            return FALSE;
        }
    }

  /* who carries on into the next term */
  {
    g_autoptr(GArray) carry = g_array_new (FALSE, FALSE, sizeof (gint64));
    double p = small ? 0.82 : 0.52;

    for (guint i = 0; i < seats->len; i++)
      {
        const Seat *s = &g_array_index (seats, Seat, i);
        if ((s->status == 0 && demo_chance (d, p)) || (s->status == 1 && demo_chance (d, 0.6)))
          g_array_append_val (carry, s->person_id);
      }
    g_array_append_vals (carry, next->data, next->len);
    g_array_set_size (c->continuing, 0);
    g_array_append_vals (c->continuing, carry->data, carry->len);
  }
  return TRUE;
}

gboolean
demo_add_terms (Demo *d)
{
  guint total = (d->last_fy - d->first_fy + 1) * 3, n = 0;

  for (int fy = d->first_fy; fy <= d->last_fy; fy++)
    for (guint t = 0; t < 3; t++)
      {
        for (guint i = 0; i < d->classes->len; i++)
          if (!add_term (d, &g_array_index (d->classes, ClassInfo, i), fy, t))
            return FALSE;
        if (!demo_report (d, 0.15 + 0.70 * ++n / total, _("Creating classes, sessions and attendance…")))
          return FALSE;
      }
  return TRUE;
}

