/* test-matching.c: eligibility rules one by one, overlap, scores and
 * ranking, and the auto-fill against brute force on random instances
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "tomoni-matching.h"
#include "tomoni-shift.h"

static void
add_language (GArray     *languages,
              const char *code,
              TomoniLanguageLevel level,
              int         jlpt)
{
  TomoniLanguage language = { { 0 }, level, jlpt };

  g_strlcpy (language.code, code, sizeof language.code);
  g_array_append_val (languages, language);
}

static void
add_booking (TomoniMatchPerson *person,
             gint64             slot_id,
             const char        *date,
             int                start,
             int                end)
{
  TomoniMatchBooking booking = { slot_id, { 0 }, start, end };

  g_strlcpy (booking.date, date, sizeof booking.date);
  g_array_append_val (person->bookings, booking);
}

static void
add_training (TomoniMatchPerson *person,
              const char        *key,
              const char        *date)
{
  TomoniTrainingRecord *record = g_new0 (TomoniTrainingRecord, 1);

  record->key = g_strdup (key);
  record->completed_on = g_strdup (date);
  g_ptr_array_add (person->trainings, record);
}

/* Someone who may take base_slot (): active, registered, Vietnamese native,
 * Japanese business N2, interpretation, orientation, free on Saturdays. */
static TomoniMatchPerson *
base_person (void)
{
  TomoniMatchPerson *person = tomoni_match_person_new ();
  TomoniAvailability saturday = { 6, 9 * 60, 17 * 60 };

  person->person_id = 1;
  g_free (person->name);
  person->name = g_strdup ("Nguyen An");
  g_free (person->registered_on);
  person->registered_on = g_strdup ("2025-04-01");
  g_free (person->expires_on);
  person->expires_on = g_strdup ("2027-03-31");
  person->monthly_cap = 4;
  add_language (person->languages, "vi", TOMONI_LEVEL_NATIVE, 0);
  add_language (person->languages, "ja", TOMONI_LEVEL_BUSINESS, 2);
  g_ptr_array_add (person->skills, g_strdup ("interpretation"));
  add_training (person, "orientation", "2025-05-01");
  g_array_append_val (person->availability, saturday);
  return person;
}

/* Saturday 2026-06-06, 10:00–12:00, Vietnamese fluent, interpretation, orientation. */
static TomoniMatchSlot *
base_slot (void)
{
  TomoniMatchSlot *slot = tomoni_match_slot_new ();

  slot->slot_id = 100;
  g_strlcpy (slot->date, "2026-06-06", sizeof slot->date);
  slot->start_minute = 10 * 60;
  slot->end_minute = 12 * 60;
  add_language (slot->languages, "vi", TOMONI_LEVEL_FLUENT, 0);
  slot->required_skill = g_strdup ("interpretation");
  slot->required_training = g_strdup ("orientation");
  return slot;
}

typedef void (*Change) (TomoniMatchPerson *person, TomoniMatchSlot *slot);

static void c_none (TomoniMatchPerson *p, TomoniMatchSlot *s) { }
static void c_paused (TomoniMatchPerson *p, TomoniMatchSlot *s) { p->status = TOMONI_VOLUNTEER_PAUSED; }
static void c_retired (TomoniMatchPerson *p, TomoniMatchSlot *s) { p->status = TOMONI_VOLUNTEER_RETIRED; }
static void c_expired (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_free (p->expires_on); p->expires_on = g_strdup ("2026-03-31"); }
static void c_not_yet (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_free (p->registered_on); p->registered_on = g_strdup ("2026-07-01"); }
static void c_same_slot (TomoniMatchPerson *p, TomoniMatchSlot *s) { add_booking (p, 100, "2026-06-06", 600, 720); }
static void c_unavailable (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_ptr_array_add (p->unavailable, g_strdup ("2026-06-06")); }
static void c_afternoon (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_array_index (p->availability, TomoniAvailability, 0).start_minute = 13 * 60; }
static void c_sunday (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_array_index (p->availability, TomoniAvailability, 0).weekday = 7; }
static void c_no_availability (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_array_set_size (p->availability, 0); }
static void c_overlap (TomoniMatchPerson *p, TomoniMatchSlot *s) { add_booking (p, 7, "2026-06-06", 11 * 60, 13 * 60); }
static void c_touching (TomoniMatchPerson *p, TomoniMatchSlot *s) { add_booking (p, 7, "2026-06-06", 12 * 60, 13 * 60); add_booking (p, 8, "2026-06-06", 9 * 60, 10 * 60); }
static void c_other_day (TomoniMatchPerson *p, TomoniMatchSlot *s) { add_booking (p, 7, "2026-06-13", 10 * 60, 12 * 60); }
static void c_weak_vi (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_array_index (p->languages, TomoniLanguage, 0).level = TOMONI_LEVEL_CONVERSATIONAL; }
static void c_no_vi (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_array_remove_index (p->languages, 0); }
static void c_jlpt (TomoniMatchPerson *p, TomoniMatchSlot *s) { add_language (s->languages, "ja", TOMONI_LEVEL_BUSINESS, 1); }
static void c_jlpt_ok (TomoniMatchPerson *p, TomoniMatchSlot *s) { add_language (s->languages, "ja", TOMONI_LEVEL_CONVERSATIONAL, 3); }
static void c_no_skill (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_ptr_array_set_size (p->skills, 0); }
static void c_late_training (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_free (((TomoniTrainingRecord *)p->trainings->pdata[0])->completed_on); ((TomoniTrainingRecord *)p->trainings->pdata[0])->completed_on = g_strdup ("2026-06-07"); }
static void c_no_training (TomoniMatchPerson *p, TomoniMatchSlot *s) { g_ptr_array_set_size (p->trainings, 0); }
static void c_cap (TomoniMatchPerson *p, TomoniMatchSlot *s) { p->monthly_cap = 1; add_booking (p, 7, "2026-06-20", 600, 720); }
static void c_cap_zero (TomoniMatchPerson *p, TomoniMatchSlot *s) { p->monthly_cap = 0; }
static void c_cap_other_month (TomoniMatchPerson *p, TomoniMatchSlot *s) { p->monthly_cap = 1; add_booking (p, 7, "2026-07-04", 600, 720); }

static const struct {
  const char *name;
  Change      change;
  guint       rules;
  const char *reason;      /* a part of the reason, or NULL */
} rule_cases[] = {
  { "eligible", c_none, 0, NULL },
  { "paused", c_paused, TOMONI_RULE_STATUS, "Paused" },
  { "retired", c_retired, TOMONI_RULE_STATUS, "Retired" },
  { "expired", c_expired, TOMONI_RULE_REGISTRATION, "expired on 2026-03-31" },
  { "not-yet-registered", c_not_yet, TOMONI_RULE_REGISTRATION, "2026-07-01" },
  { "already-assigned", c_same_slot, TOMONI_RULE_ALREADY_ASSIGNED, "Already" },
  { "unavailable-date", c_unavailable, TOMONI_RULE_UNAVAILABLE_DATE, "Unavailable on 2026-06-06" },
  { "availability-hours", c_afternoon, TOMONI_RULE_AVAILABILITY, "Not available" },
  { "availability-weekday", c_sunday, TOMONI_RULE_AVAILABILITY, "Not available" },
  { "no-availability-given", c_no_availability, 0, NULL },
  { "overlap", c_overlap, TOMONI_RULE_OVERLAP, "11:00–13:00" },
  { "touching", c_touching, 0, NULL },
  { "booked-other-day", c_other_day, 0, NULL },
  { "language-level", c_weak_vi, TOMONI_RULE_LANGUAGE, "Lacks Vietnamese at Fluent level" },
  { "language-missing", c_no_vi, TOMONI_RULE_LANGUAGE, "Vietnamese" },
  { "jlpt", c_jlpt, TOMONI_RULE_LANGUAGE, "JLPT N1" },
  { "jlpt-enough", c_jlpt_ok, 0, NULL },
  { "skill", c_no_skill, TOMONI_RULE_SKILL, "interpretation" },
  { "training-after-date", c_late_training, TOMONI_RULE_TRAINING, "orientation" },
  { "training-missing", c_no_training, TOMONI_RULE_TRAINING, "orientation" },
  { "monthly-cap", c_cap, TOMONI_RULE_MONTHLY_CAP, "monthly cap" },
  { "monthly-cap-zero", c_cap_zero, TOMONI_RULE_MONTHLY_CAP, "monthly cap" },
  { "cap-other-month", c_cap_other_month, 0, NULL },
};

static void
test_rule (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(TomoniMatchData) match = tomoni_match_data_new ("2026-06-01");
  TomoniMatchPerson *person = base_person ();
  TomoniMatchSlot *slot = base_slot ();
  g_autofree char *reason = NULL;
  guint rules;

  g_ptr_array_add (match->people, person);
  g_ptr_array_add (match->slots, slot);
  rule_cases[i].change (person, slot);

  rules = tomoni_match_check (match, person, slot, &reason);
  g_assert_cmphex (rules, ==, rule_cases[i].rules);
  g_assert_cmphex (tomoni_match_check (match, person, slot, NULL) != 0, ==, rules != 0);
  if (rule_cases[i].reason != NULL)
    {
      if (strstr (reason, rule_cases[i].reason) == NULL)
        g_error ("reason “%s” lacks “%s”", reason, rule_cases[i].reason);
    }
  else
    g_assert_cmpstr (reason, ==, "");

  /* An ineligible pair is never an edge of the solver instance. */
  {
    g_autoptr(TomoniMatchPlan) plan = tomoni_match_solve (match, NULL, NULL);
    g_assert_nonnull (plan);
    g_assert_cmpuint (plan->n_filled, ==, rules == 0 ? 1 : 0);
  }
}

static void
test_several_rules (void)
{
  g_autoptr(TomoniMatchData) match = tomoni_match_data_new ("2026-06-01");
  TomoniMatchPerson *person = base_person ();
  TomoniMatchSlot *slot = base_slot ();
  g_autofree char *reason = NULL;

  g_ptr_array_add (match->people, person);
  g_ptr_array_add (match->slots, slot);
  c_paused (person, slot);
  c_no_skill (person, slot);
  c_overlap (person, slot);
  g_assert_cmphex (tomoni_match_check (match, person, slot, &reason), ==,
                   TOMONI_RULE_STATUS | TOMONI_RULE_SKILL | TOMONI_RULE_OVERLAP);
  g_assert_nonnull (strstr (reason, "Paused; "));
  g_assert_cmpstr (tomoni_rule_to_string (TOMONI_RULE_MONTHLY_CAP), ==, "monthly-cap");
}

static void
test_overlap (void)
{
  static const struct { const char *a; int sa, ea; const char *b; int sb, eb; gboolean overlap; } cases[] = {
    { "2026-06-06", 600, 720, "2026-06-06", 720, 780, FALSE },   /* touching after */
    { "2026-06-06", 600, 720, "2026-06-06", 540, 600, FALSE },   /* touching before */
    { "2026-06-06", 600, 720, "2026-06-06", 719, 780, TRUE },
    { "2026-06-06", 600, 720, "2026-06-06", 630, 660, TRUE },    /* inside */
    { "2026-06-06", 600, 720, "2026-06-06", 500, 800, TRUE },    /* around */
    { "2026-06-06", 600, 720, "2026-06-06", 600, 720, TRUE },    /* same */
    { "2026-06-06", 600, 720, "2026-06-07", 600, 720, FALSE },   /* other day */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (tomoni_times_overlap (cases[i].a, cases[i].sa, cases[i].ea,
                                             cases[i].b, cases[i].sb, cases[i].eb), ==, cases[i].overlap);
      g_assert_cmpint (tomoni_times_overlap (cases[i].b, cases[i].sb, cases[i].eb,
                                             cases[i].a, cases[i].sa, cases[i].ea), ==, cases[i].overlap);
    }
}

/* Two slots that touch can go to one person; two that overlap cannot. */
static void
test_solver_overlap (void)
{
  for (int touching = 0; touching < 2; touching++)
    {
      g_autoptr(TomoniMatchData) match = tomoni_match_data_new ("2026-06-01");
      TomoniMatchPerson *person = base_person ();
      TomoniMatchSlot *a = base_slot ();
      TomoniMatchSlot *b = base_slot ();
      g_autoptr(TomoniMatchPlan) plan = NULL;

      b->slot_id = 101;
      b->start_minute = touching ? 12 * 60 : 11 * 60;
      b->end_minute = 13 * 60;
      g_ptr_array_add (match->people, person);
      g_ptr_array_add (match->slots, a);
      g_ptr_array_add (match->slots, b);
      plan = tomoni_match_solve (match, NULL, NULL);
      g_assert_cmpuint (plan->n_filled, ==, touching ? 2 : 1);
      g_assert_cmpuint (plan->n_places, ==, 2);
    }
}

static void
test_score_parts (void)
{
  g_autoptr(TomoniMatchData) match = tomoni_match_data_new ("2026-06-01");
  TomoniMatchPerson *person = base_person ();
  TomoniMatchSlot *slot = base_slot ();
  TomoniMatchScore score;
  g_autofree char *text = NULL;

  g_ptr_array_add (match->people, person);
  g_ptr_array_add (match->slots, slot);

  /* native for fluent: one level above */
  tomoni_match_score (match, person, slot, &score);
  g_assert_cmpint (score.language, ==, 10);
  g_assert_cmpint (score.experience, ==, 0);
  g_assert_cmpint (score.fairness, ==, 40);
  g_assert_cmpint (score.newcomer, ==, 15);
  g_assert_cmpint (score.total, ==, 65);

  person->n_past_shifts = 20;
  person->n_recent_shifts = 2;
  tomoni_match_score (match, person, slot, &score);
  g_assert_cmpint (score.experience, ==, 30);
  g_assert_cmpint (score.fairness, ==, 24);
  g_assert_cmpint (score.newcomer, ==, 0);
  person->n_recent_shifts = 9;
  tomoni_match_score (match, person, slot, &score);
  g_assert_cmpint (score.fairness, ==, 0);
  text = tomoni_match_score_describe (&score);
  g_assert_nonnull (strstr (text, "experience +30"));
}

/* Ranking: score first; equal scores go to fewer recent shifts, then fewer
 * past shifts, then the name; ineligible people last, with their reason. */
static void
test_fairness_ties (void)
{
  g_autoptr(TomoniMatchData) match = tomoni_match_data_new ("2026-06-01");
  TomoniMatchSlot *slot = base_slot ();
  TomoniMatchPerson *a = base_person ();   /* recent 1, past 10: 10 + 30 + 32 = 72 */
  TomoniMatchPerson *b = base_person ();   /* recent 0, past 4, fluent: 0 + 12 + 40 = 52 … */
  TomoniMatchPerson *c = base_person ();   /* paused */
  TomoniMatchPerson *d = base_person ();   /* same as a, name later */
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(TomoniMatchPlan) plan = NULL;

  a->person_id = 1; a->n_recent_shifts = 1; a->n_past_shifts = 10;
  g_free (a->name); a->name = g_strdup ("B person");
  b->person_id = 2; b->n_recent_shifts = 0; b->n_past_shifts = 4;
  g_free (b->name); b->name = g_strdup ("Z person");
  /* … plus 20 for a second required language two levels above: 72 */
  add_language (slot->languages, "ja", TOMONI_LEVEL_CONVERSATIONAL, 0);
  g_array_index (a->languages, TomoniLanguage, 1).level = TOMONI_LEVEL_CONVERSATIONAL;
  g_array_index (b->languages, TomoniLanguage, 1).level = TOMONI_LEVEL_FLUENT;
  g_array_index (b->languages, TomoniLanguage, 0).level = TOMONI_LEVEL_FLUENT;
  c->person_id = 3; c->status = TOMONI_VOLUNTEER_PAUSED;
  g_free (c->name); c->name = g_strdup ("A person");
  d->person_id = 4; d->n_recent_shifts = 1; d->n_past_shifts = 10;
  g_free (d->name); d->name = g_strdup ("C person");
  g_array_index (d->languages, TomoniLanguage, 1).level = TOMONI_LEVEL_CONVERSATIONAL;

  g_ptr_array_add (match->people, d);
  g_ptr_array_add (match->people, c);
  g_ptr_array_add (match->people, a);
  g_ptr_array_add (match->people, b);
  g_ptr_array_add (match->slots, slot);

  ranked = tomoni_match_rank (match, slot);
  g_assert_cmpuint (ranked->len, ==, 4);
#define CAND(i) ((TomoniCandidate *)g_ptr_array_index (ranked, i))
  g_assert_cmpint (CAND (0)->score.total, ==, 72);
  g_assert_cmpint (CAND (1)->score.total, ==, 72);
  g_assert_cmpint (CAND (2)->score.total, ==, 72);
  g_assert_cmpint (CAND (0)->person_id, ==, 2);     /* fewest recent shifts */
  g_assert_cmpint (CAND (1)->person_id, ==, 1);     /* then by name: B before C */
  g_assert_cmpint (CAND (2)->person_id, ==, 4);
  g_assert_cmpint (CAND (3)->person_id, ==, 3);     /* paused: last */
  g_assert_cmphex (CAND (3)->rules, ==, TOMONI_RULE_STATUS);
  g_assert_cmpstr (CAND (3)->reason, ==, "Paused");
  g_assert_nonnull (strstr (CAND (0)->reason, "fairness +40"));
#undef CAND

  /* The auto-fill of one place picks someone with the best score. */
  plan = tomoni_match_solve (match, NULL, NULL);
  g_assert_cmpuint (plan->n_filled, ==, 1);
  g_assert_cmpint (plan->total_score, ==, 72);
}

/* Auto-fill prefers the person with fewer recent shifts when all else is equal. */
static void
test_fairness_auto_fill (void)
{
  g_autoptr(TomoniMatchData) match = tomoni_match_data_new ("2026-06-01");
  TomoniMatchPerson *busy = base_person ();
  TomoniMatchPerson *rested = base_person ();
  g_autoptr(TomoniMatchPlan) plan = NULL;
  TomoniProposal *proposal;

  busy->person_id = 1; busy->n_past_shifts = 5; busy->n_recent_shifts = 3;
  g_free (busy->uuid); busy->uuid = g_strdup ("busy");
  rested->person_id = 2; rested->n_past_shifts = 5; rested->n_recent_shifts = 0;
  g_free (rested->uuid); rested->uuid = g_strdup ("rested");
  g_ptr_array_add (match->people, busy);
  g_ptr_array_add (match->people, rested);
  g_ptr_array_add (match->slots, base_slot ());
  plan = tomoni_match_solve (match, NULL, NULL);
  g_assert_cmpuint (plan->proposals->len, ==, 1);
  proposal = g_ptr_array_index (plan->proposals, 0);
  g_assert_cmpstr (proposal->person_uuid, ==, "rested");
}

/* Brute force ------------------------------------------------------------ */

typedef struct {
  guint person, slot;
  gint64 score;
} Pair;

static int
month_of (const char *date)
{
  return atoi (date) * 12 + atoi (date + 5);
}

static gboolean
feasible (TomoniMatchData *match,
          GArray          *pairs,
          guint            mask)
{
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *p = &g_array_index (pairs, Pair, i);
      TomoniMatchSlot *slot;
      TomoniMatchPerson *person;
      guint in_slot = 0, in_month = 0;

      if (!(mask & (1u << i)))
        continue;
      slot = g_ptr_array_index (match->slots, p->slot);
      person = g_ptr_array_index (match->people, p->person);
      for (guint j = 0; j < pairs->len; j++)
        {
          Pair *q = &g_array_index (pairs, Pair, j);
          TomoniMatchSlot *other;

          if (!(mask & (1u << j)))
            continue;
          other = g_ptr_array_index (match->slots, q->slot);
          if (q->slot == p->slot)
            in_slot++;
          if (q->person == p->person && j != i
              && tomoni_times_overlap (slot->date, slot->start_minute, slot->end_minute,
                                       other->date, other->start_minute, other->end_minute))
            return FALSE;
          if (q->person == p->person && month_of (other->date) == month_of (slot->date))
            in_month++;
        }
      if (in_slot > slot->needed - slot->n_assigned)
        return FALSE;
      for (guint b = 0; b < person->bookings->len; b++)
        if (month_of (g_array_index (person->bookings, TomoniMatchBooking, b).date) == month_of (slot->date))
          in_month++;
      if (in_month > person->monthly_cap)
        return FALSE;
    }
  return TRUE;
}

static void
random_instance (TomoniMatchData *match,
                 GRand           *rand)
{
  static const char * const dates[] = { "2026-06-06", "2026-06-13", "2026-07-04" };
  static const char * const codes[] = { "vi", "en", "zh" };
  guint n_people = g_rand_int_range (rand, 1, 5);
  guint n_slots = g_rand_int_range (rand, 1, 5);

  for (guint j = 0; j < n_slots; j++)
    {
      TomoniMatchSlot *slot = tomoni_match_slot_new ();

      slot->slot_id = 100 + j;
      g_strlcpy (slot->date, dates[g_rand_int_range (rand, 0, 3)], sizeof slot->date);
      slot->start_minute = g_rand_int_range (rand, 9, 12) * 60;
      slot->end_minute = slot->start_minute + g_rand_int_range (rand, 1, 3) * 60;
      slot->needed = g_rand_int_range (rand, 1, 3);
      if (g_rand_boolean (rand))
        add_language (slot->languages, codes[g_rand_int_range (rand, 0, 3)],
                      g_rand_int_range (rand, TOMONI_LEVEL_BASIC, TOMONI_LEVEL_NATIVE + 1), 0);
      g_ptr_array_add (match->slots, slot);
    }
  for (guint i = 0; i < n_people; i++)
    {
      TomoniMatchPerson *person = tomoni_match_person_new ();

      person->person_id = i + 1;
      g_free (person->uuid);
      person->uuid = g_strdup_printf ("p%u", i);
      person->monthly_cap = g_rand_int_range (rand, 0, 4);
      person->n_past_shifts = g_rand_int_range (rand, 0, 6);
      person->n_recent_shifts = g_rand_int_range (rand, 0, 4);
      for (guint k = 0; k < 3; k++)
        if (g_rand_int_range (rand, 0, 3) > 0)
          add_language (person->languages, codes[k],
                        g_rand_int_range (rand, TOMONI_LEVEL_BASIC, TOMONI_LEVEL_NATIVE + 1), 0);
      if (g_rand_int_range (rand, 0, 4) == 0)
        add_booking (person, 900 + i, dates[g_rand_int_range (rand, 0, 3)],
                     g_rand_int_range (rand, 8, 13) * 60, g_rand_int_range (rand, 13, 15) * 60);
      if (g_rand_int_range (rand, 0, 6) == 0)
        person->status = TOMONI_VOLUNTEER_PAUSED;
      g_ptr_array_add (match->people, person);
    }
}

static void
test_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260606);
  guint n_checked = 0, n_nontrivial = 0;

  for (guint round = 0; round < 400; round++)
    {
      g_autoptr(TomoniMatchData) match = tomoni_match_data_new ("2026-06-01");
      g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
      g_autoptr(TomoniMatchPlan) plan = NULL;
      g_autoptr(TomoniSolver) solver = NULL;
      g_autoptr(GError) error = NULL;
      guint best_filled = 0;
      gint64 best_score = 0;

      random_instance (match, rand);
      for (guint i = 0; i < match->people->len; i++)
        for (guint j = 0; j < match->slots->len; j++)
          if (tomoni_match_check (match, match->people->pdata[i], match->slots->pdata[j], NULL) == 0)
            {
              TomoniMatchScore score;
              Pair pair = { i, j, 0 };

              tomoni_match_score (match, match->people->pdata[i], match->slots->pdata[j], &score);
              pair.score = score.total;
              g_array_append_val (pairs, pair);
            }
      if (pairs->len > 14)
        continue;

      for (guint mask = 0; mask < (1u << pairs->len); mask++)
        {
          guint filled = 0;
          gint64 total = 0;

          if (!feasible (match, pairs, mask))
            continue;
          for (guint k = 0; k < pairs->len; k++)
            if (mask & (1u << k))
              {
                filled++;
                total += g_array_index (pairs, Pair, k).score;
              }
          if (filled > best_filled || (filled == best_filled && total > best_score))
            {
              best_filled = filled;
              best_score = total;
            }
        }

      /* The instance as built: one edge per eligible pair. */
      solver = tomoni_match_build_instance (match);
      g_assert_cmpuint (tomoni_solver_get_n_people (solver), ==, match->people->len);

      plan = tomoni_match_solve (match, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (plan->n_filled, ==, best_filled);
      g_assert_cmpint (plan->total_score, ==, best_score);
      /* proven: the bound is the plan, and nothing to say about it */
      g_assert_true (plan->optimal);
      g_assert_cmpuint (plan->n_filled_bound, ==, best_filled);
      g_assert_cmpint (plan->score_bound, ==, best_score);
      g_assert_null (tomoni_match_plan_describe_bound (plan));

      /* and the roster itself respects every rule */
      {
        guint mask = 0;
        for (guint p = 0; p < plan->proposals->len; p++)
          {
            TomoniProposal *proposal = g_ptr_array_index (plan->proposals, p);
            guint k;
            for (k = 0; k < pairs->len; k++)
              {
                Pair *pair = &g_array_index (pairs, Pair, k);
                TomoniMatchPerson *person = match->people->pdata[pair->person];
                TomoniMatchSlot *slot = match->slots->pdata[pair->slot];
                if (person->person_id == proposal->person_id && slot->slot_id == proposal->slot_id)
                  break;
              }
            g_assert_cmpuint (k, <, pairs->len);
            g_assert_false (mask & (1u << k));
            mask |= 1u << k;
          }
        g_assert_true (feasible (match, pairs, mask));
      }
      n_checked++;
      if (best_filled > 1)
        n_nontrivial++;
    }
  g_assert_cmpuint (n_checked, >=, 300);
  g_assert_cmpuint (n_nontrivial, >=, 100);
}

/* Places already filled are not offered again, and bookings count for caps. */
static void
test_existing_assignments (void)
{
  g_autoptr(TomoniMatchData) match = tomoni_match_data_new ("2026-06-01");
  TomoniMatchPerson *person = base_person ();
  TomoniMatchPerson *other = base_person ();
  TomoniMatchSlot *slot = base_slot ();
  TomoniMatchSlot *later = base_slot ();
  g_autoptr(TomoniMatchPlan) plan = NULL;

  slot->needed = 2;
  slot->n_assigned = 1;              /* other is in it */
  add_booking (other, 100, "2026-06-06", 600, 720);
  other->person_id = 2;
  later->slot_id = 101;
  g_strlcpy (later->date, "2026-06-13", sizeof later->date);
  person->monthly_cap = 1;
  g_ptr_array_add (match->people, person);
  g_ptr_array_add (match->people, other);
  g_ptr_array_add (match->slots, slot);
  g_ptr_array_add (match->slots, later);

  plan = tomoni_match_solve (match, NULL, NULL);
  g_assert_cmpuint (plan->n_places, ==, 3);
  g_assert_cmpuint (plan->n_assigned, ==, 1);
  /* person takes one (cap 1); other takes the later one */
  g_assert_cmpuint (plan->n_filled, ==, 2);
}


/* A plan cut short by its time limit says how far from the best it may be,
 * counting the places filled before. */
static void
test_describe_bound (void)
{
  TomoniMatchPlan plan = { NULL, 240, 12, 200, 9000, FALSE, 203, 9100 };
  g_autofree char *places = NULL;
  g_autofree char *score = NULL;

  places = tomoni_match_plan_describe_bound (&plan);
  g_assert_cmpstr (places, ==, "Filled 212 of 240 places; no plan fills more than 215 "
                   "(the search stopped at its time limit)");

  /* the most places already, the score short of its bound */
  plan.n_filled_bound = 200;
  score = tomoni_match_plan_describe_bound (&plan);
  g_assert_cmpstr (score, ==, "Filled 212 of 240 places, the most possible; the total score 9000 "
                   "may be up to 100 short of the best (the search stopped at its time limit)");

  plan.optimal = TRUE;
  g_assert_null (tomoni_match_plan_describe_bound (&plan));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/matching/rule/%s", rule_cases[i].name);
      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_rule);
    }
  g_test_add_func ("/matching/several-rules", test_several_rules);
  g_test_add_func ("/matching/overlap", test_overlap);
  g_test_add_func ("/matching/solver-overlap", test_solver_overlap);
  g_test_add_func ("/matching/score-parts", test_score_parts);
  g_test_add_func ("/matching/fairness-ties", test_fairness_ties);
  g_test_add_func ("/matching/fairness-auto-fill", test_fairness_auto_fill);
  g_test_add_func ("/matching/existing-assignments", test_existing_assignments);
  g_test_add_func ("/matching/brute-force", test_brute_force);
  g_test_add_func ("/matching/describe-bound", test_describe_bound);
  return g_test_run ();
}
