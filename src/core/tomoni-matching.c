/* tomoni-matching.c: eligibility with reasons, suitability scores, ranking,
 * and the exact auto-fill through TomoniSolver
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-matching"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "tomoni-matching.h"

static const struct { TomoniRule rule; const char *key; const char *label; } rules[] = {
  /* Translators: the hard constraints of volunteer matching, shown as filter names */
  { TOMONI_RULE_STATUS, "status", N_("Paused or retired") },
  { TOMONI_RULE_REGISTRATION, "registration", N_("Registration not valid") },
  { TOMONI_RULE_ALREADY_ASSIGNED, "already-assigned", N_("Already in this slot") },
  { TOMONI_RULE_UNAVAILABLE_DATE, "unavailable-date", N_("Unavailable that day") },
  { TOMONI_RULE_AVAILABILITY, "availability", N_("Not available at that time") },
  { TOMONI_RULE_OVERLAP, "overlap", N_("Booked at an overlapping time") },
  { TOMONI_RULE_LANGUAGE, "language", N_("Language") },
  { TOMONI_RULE_SKILL, "skill", N_("Skill") },
  { TOMONI_RULE_TRAINING, "training", N_("Training") },
  { TOMONI_RULE_MONTHLY_CAP, "monthly-cap", N_("Over the monthly cap") },
};

const char *
tomoni_rule_to_string (TomoniRule rule)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (rules[i].rule == rule)
      return rules[i].key;
  g_return_val_if_reached ("");
}

const char *
tomoni_rule_get_label (TomoniRule rule)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (rules[i].rule == rule)
      return _(rules[i].label);
  g_return_val_if_reached ("");
}

/* Data */

TomoniMatchData *
tomoni_match_data_new (const char *today)
{
  TomoniMatchData *data = g_new0 (TomoniMatchData, 1);

  g_return_val_if_fail (today != NULL && strlen (today) == 10, data);
  g_strlcpy (data->today, today, sizeof data->today);
  data->people = g_ptr_array_new_with_free_func ((GDestroyNotify)tomoni_match_person_free);
  data->slots = g_ptr_array_new_with_free_func ((GDestroyNotify)tomoni_match_slot_free);
  return data;
}

void
tomoni_match_data_free (TomoniMatchData *data)
{
  if (data == NULL)
    return;
  g_ptr_array_unref (data->people);
  g_ptr_array_unref (data->slots);
  g_free (data);
}

static void
training_record_free (gpointer data)
{
  TomoniTrainingRecord *record = data;

  g_free (record->key);
  g_free (record->completed_on);
  g_free (record);
}

TomoniMatchPerson *
tomoni_match_person_new (void)
{
  TomoniMatchPerson *person = g_new0 (TomoniMatchPerson, 1);

  person->uuid = g_strdup ("");
  person->name = g_strdup ("");
  person->registered_on = g_strdup ("0000-00-00");
  person->expires_on = g_strdup ("9999-12-31");
  person->monthly_cap = 4;
  person->languages = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));
  person->skills = g_ptr_array_new_with_free_func (g_free);
  person->trainings = g_ptr_array_new_with_free_func (training_record_free);
  person->availability = g_array_new (FALSE, TRUE, sizeof (TomoniAvailability));
  person->unavailable = g_ptr_array_new_with_free_func (g_free);
  person->bookings = g_array_new (FALSE, TRUE, sizeof (TomoniMatchBooking));
  return person;
}

void
tomoni_match_person_free (TomoniMatchPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->uuid);
  g_free (person->name);
  g_free (person->registered_on);
  g_free (person->expires_on);
  g_array_unref (person->languages);
  g_ptr_array_unref (person->skills);
  g_ptr_array_unref (person->trainings);
  g_array_unref (person->availability);
  g_ptr_array_unref (person->unavailable);
  g_array_unref (person->bookings);
  g_free (person);
}

TomoniMatchSlot *
tomoni_match_slot_new (void)
{
  TomoniMatchSlot *slot = g_new0 (TomoniMatchSlot, 1);

  slot->shift_uuid = g_strdup ("");
  slot->activity_title = g_strdup ("");
  slot->role = g_strdup ("");
  slot->needed = 1;
  slot->languages = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));
  return slot;
}

void
tomoni_match_slot_free (TomoniMatchSlot *slot)
{
  if (slot == NULL)
    return;
  g_free (slot->shift_uuid);
  g_free (slot->activity_title);
  g_free (slot->role);
  g_array_unref (slot->languages);
  g_free (slot->required_skill);
  g_free (slot->required_training);
  g_free (slot);
}

/* Dates 'YYYY-MM-DD' without GDate: the day number (days since 0000-03-01
 * in the proleptic Gregorian calendar) and the ISO weekday. */
static gint64
day_number (const char *date)
{
  int y = atoi (date), m = atoi (date + 5), d = atoi (date + 8);

  if (m <= 2)
    {
      y--;
      m += 12;
    }
  return 365 * (gint64)y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d - 1;
}

static int
iso_weekday (const char *date)
{
  /* day_number 0 (0000-03-01) was a Wednesday (3) */
  return (int)((day_number (date) + 2) % 7) + 1;
}

static int
month_key (const char *date)
{
  return atoi (date) * 12 + atoi (date + 5) - 1;
}

/* The rules */

static gboolean
has_string (GPtrArray  *array,
            const char *value)
{
  for (guint i = 0; i < array->len; i++)
    if (g_str_equal (g_ptr_array_index (array, i), value))
      return TRUE;
  return FALSE;
}

static const TomoniLanguage *
find_language (const TomoniMatchPerson *person,
               const char              *code)
{
  for (guint i = 0; i < person->languages->len; i++)
    {
      const TomoniLanguage *language = &g_array_index (person->languages, TomoniLanguage, i);
      if (g_str_equal (language->code, code))
        return language;
    }
  return NULL;
}

static gboolean
language_ok (const TomoniMatchPerson *person,
             const TomoniLanguage    *need)
{
  const TomoniLanguage *has = find_language (person, need->code);

  return has != NULL && has->level >= need->level
         && (need->jlpt == 0 || (has->jlpt != 0 && has->jlpt <= need->jlpt));
}

static gboolean
languages_ok (const TomoniMatchPerson *person,
              const TomoniMatchSlot   *slot)
{
  for (guint i = 0; i < slot->languages->len; i++)
    if (!language_ok (person, &g_array_index (slot->languages, TomoniLanguage, i)))
      return FALSE;
  return TRUE;
}

static guint
bookings_in_month (const TomoniMatchPerson *person,
                   int                      month,
                   gint64                   except_slot)
{
  guint n = 0;

  for (guint i = 0; i < person->bookings->len; i++)
    {
      const TomoniMatchBooking *booking = &g_array_index (person->bookings, TomoniMatchBooking, i);
      if (booking->slot_id != except_slot && month_key (booking->date) == month)
        n++;
    }
  return n;
}

static void
add_reason (GString    *reasons,
            const char *format,
            ...) G_GNUC_PRINTF (2, 3);

static void
add_reason (GString    *reasons,
            const char *format,
            ...)
{
  va_list args;

  if (reasons == NULL)
    return;
  if (reasons->len > 0)
    g_string_append (reasons, "; ");
  va_start (args, format);
  g_string_append_vprintf (reasons, format, args);
  va_end (args);
}

static const char *
language_name (const char *code)
{
  const char *name = tomoni_language_code_get_name (code);
  return name != NULL ? name : code;
}

guint
tomoni_match_check (const TomoniMatchData   *data,
                    const TomoniMatchPerson *person,
                    const TomoniMatchSlot   *slot,
                    char                   **out_reason)
{
  g_autoptr(GString) reasons = out_reason != NULL ? g_string_new (NULL) : NULL;
  guint broken = 0;
  gboolean stop_early = out_reason == NULL;

  g_return_val_if_fail (person != NULL && slot != NULL, TOMONI_RULE_ALL);

  /* Without reasons, the most selective rule first. */
  if (stop_early && !languages_ok (person, slot))
    return TOMONI_RULE_LANGUAGE;

/* Reasons are only built when asked for: the solver checks millions of pairs. */
#define REASON(...) G_STMT_START { if (reasons != NULL) add_reason (reasons, __VA_ARGS__); } G_STMT_END
#define BREAK(rule) G_STMT_START { broken |= (rule); if (stop_early) return broken; } G_STMT_END

  if (person->status != TOMONI_VOLUNTEER_ACTIVE)
    {
      REASON (person->status == TOMONI_VOLUNTEER_PAUSED ? _("Paused") : _("Retired"));
      BREAK (TOMONI_RULE_STATUS);
    }
  if (strcmp (slot->date, person->expires_on) > 0)
    {
      REASON (_("Registration expired on %s"), person->expires_on);
      BREAK (TOMONI_RULE_REGISTRATION);
    }
  else if (strcmp (slot->date, person->registered_on) < 0)
    {
      REASON (_("Registered only from %s"), person->registered_on);
      BREAK (TOMONI_RULE_REGISTRATION);
    }

  for (guint i = 0; i < person->bookings->len; i++)
    if (g_array_index (person->bookings, TomoniMatchBooking, i).slot_id == slot->slot_id)
      {
        REASON (_("Already assigned to this slot"));
        BREAK (TOMONI_RULE_ALREADY_ASSIGNED);
        break;
      }

  if (has_string (person->unavailable, slot->date))
    {
      REASON (_("Unavailable on %s"), slot->date);
      BREAK (TOMONI_RULE_UNAVAILABLE_DATE);
    }

  if (person->availability->len > 0)
    {
      int weekday = iso_weekday (slot->date);
      gboolean covered = FALSE;

      for (guint i = 0; i < person->availability->len && !covered; i++)
        {
          const TomoniAvailability *range = &g_array_index (person->availability, TomoniAvailability, i);
          covered = range->weekday == weekday && range->start_minute <= slot->start_minute
                    && range->end_minute >= slot->end_minute;
        }
      if (!covered)
        {
          REASON (_("Not available at that time"));
          BREAK (TOMONI_RULE_AVAILABILITY);
        }
    }

  for (guint i = 0; i < person->bookings->len; i++)
    {
      const TomoniMatchBooking *booking = &g_array_index (person->bookings, TomoniMatchBooking, i);

      if (booking->slot_id != slot->slot_id && g_str_equal (booking->date, slot->date)
          && booking->start_minute < slot->end_minute && slot->start_minute < booking->end_minute)
        {
          REASON (_("Booked at an overlapping time (%02d:%02d–%02d:%02d)"),
                      booking->start_minute / 60, booking->start_minute % 60,
                      booking->end_minute / 60, booking->end_minute % 60);
          BREAK (TOMONI_RULE_OVERLAP);
          break;
        }
    }

  for (guint i = 0; i < slot->languages->len; i++)
    {
      const TomoniLanguage *need = &g_array_index (slot->languages, TomoniLanguage, i);
      if (!language_ok (person, need))
        {
          if (need->jlpt > 0)
            REASON (_("Lacks %s at %s level (JLPT N%d)"), language_name (need->code),
                        tomoni_language_level_get_label (need->level), need->jlpt);
          else
            REASON (_("Lacks %s at %s level"), language_name (need->code),
                        tomoni_language_level_get_label (need->level));
          BREAK (TOMONI_RULE_LANGUAGE);
        }
    }

  if (slot->required_skill != NULL && *slot->required_skill != '\0'
      && !has_string (person->skills, slot->required_skill))
    {
      REASON (_("Lacks the skill “%s”"), slot->required_skill);
      BREAK (TOMONI_RULE_SKILL);
    }

  if (slot->required_training != NULL && *slot->required_training != '\0')
    {
      gboolean done = FALSE;

      for (guint i = 0; i < person->trainings->len && !done; i++)
        {
          const TomoniTrainingRecord *record = g_ptr_array_index (person->trainings, i);
          done = g_str_equal (record->key, slot->required_training)
                 && strcmp (record->completed_on, slot->date) <= 0;
        }
      if (!done)
        {
          REASON (_("Training “%s” missing"), slot->required_training);
          BREAK (TOMONI_RULE_TRAINING);
        }
    }

  if (bookings_in_month (person, month_key (slot->date), slot->slot_id) >= person->monthly_cap)
    {
      REASON (_("Over the monthly cap (%u shifts)"), person->monthly_cap);
      BREAK (TOMONI_RULE_MONTHLY_CAP);
    }
#undef BREAK
#undef REASON

  if (out_reason != NULL)
    *out_reason = g_string_free (g_steal_pointer (&reasons), FALSE);
  return broken;
}

/* Scores */

void
tomoni_match_score (const TomoniMatchData   *data,
                    const TomoniMatchPerson *person,
                    const TomoniMatchSlot   *slot,
                    TomoniMatchScore        *out_score)
{
  TomoniMatchScore score = { 0, 0, 0, 0, 0 };

  g_return_if_fail (person != NULL && slot != NULL && out_score != NULL);

  if (slot->languages->len > 0)
    {
      for (guint i = 0; i < slot->languages->len; i++)
        {
          const TomoniLanguage *need = &g_array_index (slot->languages, TomoniLanguage, i);
          const TomoniLanguage *has = find_language (person, need->code);

          if (has != NULL && has->level > need->level)
            score.language += 10 * (has->level - need->level);
        }
    }
  else
    {
      for (guint i = 0; i < person->languages->len; i++)
        if (g_array_index (person->languages, TomoniLanguage, i).level >= TOMONI_LEVEL_BUSINESS)
          score.language += 5;
      score.language = MIN (score.language, 10);
    }
  score.experience = MIN (3 * (gint64)person->n_past_shifts, 30);
  score.fairness = MAX (40 - 8 * (gint64)person->n_recent_shifts, 0);
  score.newcomer = person->n_past_shifts == 0 ? 15 : 0;
  score.total = score.language + score.experience + score.fairness + score.newcomer;
  *out_score = score;
}

char *
tomoni_match_score_describe (const TomoniMatchScore *score)
{
  g_return_val_if_fail (score != NULL, NULL);
  /* Translators: the parts of a volunteer's suitability score */
  return g_strdup_printf (_("language +%d, experience +%d, fairness +%d, newcomer +%d"),
                          (int) score->language, (int) score->experience, (int) score->fairness,
                          (int) score->newcomer);
}

/* Ranking */

void
tomoni_candidate_free (TomoniCandidate *candidate)
{
  if (candidate == NULL)
    return;
  g_free (candidate->person_uuid);
  g_free (candidate->name);
  g_free (candidate->reason);
  g_free (candidate);
}

typedef struct {
  TomoniCandidate         *candidate;
  const TomoniMatchPerson *person;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;
  gboolean ex = x->candidate->rules == 0, ey = y->candidate->rules == 0;
  int c;

  if (ex != ey)
    return ex ? -1 : 1;
  if (ex)
    {
      if (x->candidate->score.total != y->candidate->score.total)
        return x->candidate->score.total > y->candidate->score.total ? -1 : 1;
      if (x->person->n_recent_shifts != y->person->n_recent_shifts)
        return x->person->n_recent_shifts < y->person->n_recent_shifts ? -1 : 1;
      if (x->person->n_past_shifts != y->person->n_past_shifts)
        return x->person->n_past_shifts < y->person->n_past_shifts ? -1 : 1;
    }
  c = g_strcmp0 (x->candidate->name, y->candidate->name);
  if (c != 0)
    return c;
  return x->candidate->person_id < y->candidate->person_id ? -1 : x->candidate->person_id > y->candidate->person_id;
}

GPtrArray *
tomoni_match_rank (const TomoniMatchData *data,
                   const TomoniMatchSlot *slot)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  GPtrArray *out;

  g_return_val_if_fail (data != NULL && slot != NULL, NULL);

  for (guint i = 0; i < data->people->len; i++)
    {
      const TomoniMatchPerson *person = g_ptr_array_index (data->people, i);
      TomoniCandidate *candidate = g_new0 (TomoniCandidate, 1);
      Ranked r = { candidate, person };
      char *reason = NULL;

      candidate->person_id = person->person_id;
      candidate->person_uuid = g_strdup (person->uuid);
      candidate->name = g_strdup (person->name);
      candidate->rules = tomoni_match_check (data, person, slot, &reason);
      if (candidate->rules == 0)
        {
          g_free (reason);
          tomoni_match_score (data, person, slot, &candidate->score);
          candidate->reason = tomoni_match_score_describe (&candidate->score);
        }
      else
        candidate->reason = reason;
      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);

  out = g_ptr_array_new_full (ranked->len, (GDestroyNotify)tomoni_candidate_free);
  for (guint i = 0; i < ranked->len; i++)
    g_ptr_array_add (out, g_array_index (ranked, Ranked, i).candidate);
  return out;
}

/* The solver instance */

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

TomoniSolver *
tomoni_match_build_instance (const TomoniMatchData *data)
{
  g_autoptr(TomoniSolver) solver = tomoni_solver_new ();
  g_autoptr(GArray) slot_index = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) months = g_array_new (FALSE, FALSE, sizeof (int));
  /* Slots by their first required language, and slots without one: a person
   * is only checked against slots they might speak for (the language rule
   * would refuse the others anyway). */
  g_autoptr(GHashTable) by_language = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                             (GDestroyNotify)g_array_unref);
  g_autoptr(GArray) any_language = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (data != NULL, NULL);

  for (guint j = 0; j < data->slots->len; j++)
    {
      TomoniMatchSlot *slot = g_ptr_array_index (data->slots, j);
      guint open = slot->needed > slot->n_assigned ? slot->needed - slot->n_assigned : 0;
      gint64 base = day_number (slot->date) * 1440;
      int month = month_key (slot->date);
      guint index = G_MAXUINT;
      gboolean seen = FALSE;

      if (open > 0)
        {
          index = tomoni_solver_add_slot (solver, open, base + slot->start_minute,
                                          base + slot->end_minute, month, slot);
          if (slot->languages->len == 0)
            g_array_append_val (any_language, j);
          else
            {
              const char *code = g_array_index (slot->languages, TomoniLanguage, 0).code;
              GArray *list = g_hash_table_lookup (by_language, code);

              if (list == NULL)
                {
                  list = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_hash_table_insert (by_language, (gpointer)code, list);
                }
              g_array_append_val (list, j);
            }
        }
      g_array_append_val (slot_index, index);
      for (guint k = 0; k < months->len && !seen; k++)
        seen = g_array_index (months, int, k) == month;
      if (!seen && open > 0)
        g_array_append_val (months, month);
    }

  for (guint i = 0; i < data->people->len; i++)
    {
      TomoniMatchPerson *person = g_ptr_array_index (data->people, i);
      guint p = tomoni_solver_add_person (solver, person);

      if (person->status != TOMONI_VOLUNTEER_ACTIVE)
        continue;
      for (guint k = 0; k < months->len; k++)
        {
          int month = g_array_index (months, int, k);
          guint used = bookings_in_month (person, month, 0);

          tomoni_solver_set_person_cap (solver, p, month,
                                        person->monthly_cap > used ? person->monthly_cap - used : 0);
        }

      /* the candidate slots, in slot order so that the instance is the same
       * whatever the order of a person's languages */
      g_array_set_size (candidates, 0);
      g_array_append_vals (candidates, any_language->data, any_language->len);
      for (guint l = 0; l < person->languages->len; l++)
        {
          GArray *list = g_hash_table_lookup (by_language, g_array_index (person->languages, TomoniLanguage, l).code);
          if (list != NULL)
            g_array_append_vals (candidates, list->data, list->len);
        }
      g_array_sort (candidates, compare_uint);

      for (guint c = 0; c < candidates->len; c++)
        {
          guint j = g_array_index (candidates, guint, c);
          TomoniMatchSlot *slot = g_ptr_array_index (data->slots, j);
          guint s = g_array_index (slot_index, guint, j);
          TomoniMatchScore score;

          if (tomoni_match_check (data, person, slot, NULL) != 0)
            continue;
          tomoni_match_score (data, person, slot, &score);
          tomoni_solver_add_edge (solver, p, s, score.total);
        }
    }
  return g_steal_pointer (&solver);
}

/* Plans */

static void
proposal_free (gpointer data)
{
  TomoniProposal *proposal = data;

  g_free (proposal->shift_uuid);
  g_free (proposal->role);
  g_free (proposal->person_uuid);
  g_free (proposal->person_name);
  g_free (proposal->date);
  g_free (proposal);
}

void
tomoni_match_plan_free (TomoniMatchPlan *plan)
{
  if (plan == NULL)
    return;
  g_ptr_array_unref (plan->proposals);
  g_free (plan);
}

static int
compare_proposals (gconstpointer a,
                   gconstpointer b)
{
  const TomoniProposal *x = *(TomoniProposal * const *)a;
  const TomoniProposal *y = *(TomoniProposal * const *)b;
  int c;

  if ((c = strcmp (x->date, y->date)) != 0)
    return c;
  if (x->start_minute != y->start_minute)
    return x->start_minute - y->start_minute;
  if ((c = strcmp (x->shift_uuid, y->shift_uuid)) != 0)
    return c;
  if ((c = strcmp (x->role, y->role)) != 0)
    return c;
  if (x->slot_id != y->slot_id)
    return x->slot_id < y->slot_id ? -1 : 1;
  return strcmp (x->person_uuid, y->person_uuid);
}

TomoniMatchPlan *
tomoni_match_solve (const TomoniMatchData  *data,
                    GCancellable           *cancellable,
                    GError                **error)
{
  return tomoni_match_solve_with_limit (data, TOMONI_MATCH_DEFAULT_TIME_LIMIT,
                                        cancellable, error);
}

TomoniMatchPlan *
tomoni_match_solve_with_limit (const TomoniMatchData  *data,
                               double                  time_limit,
                               GCancellable           *cancellable,
                               GError                **error)
{
  g_autoptr(TomoniSolver) solver = NULL;
  g_autoptr(GArray) assignments = NULL;
  TomoniMatchPlan *plan;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (time_limit >= 0, NULL);

  solver = tomoni_match_build_instance (data);
  tomoni_solver_set_time_limit (solver, time_limit);
  if (!tomoni_solver_solve (solver, cancellable, error))
    return NULL;

  plan = g_new0 (TomoniMatchPlan, 1);
  plan->optimal = tomoni_solver_get_optimal (solver);
  plan->n_filled_bound = tomoni_solver_get_filled_bound (solver);
  plan->score_bound = tomoni_solver_get_score_bound (solver);
  plan->proposals = g_ptr_array_new_with_free_func (proposal_free);
  for (guint j = 0; j < data->slots->len; j++)
    {
      TomoniMatchSlot *slot = g_ptr_array_index (data->slots, j);
      plan->n_places += slot->needed;
      plan->n_assigned += MIN (slot->needed, slot->n_assigned);
    }
  assignments = tomoni_solver_get_assignments (solver);
  for (guint i = 0; i < assignments->len; i++)
    {
      TomoniSolverAssignment *a = &g_array_index (assignments, TomoniSolverAssignment, i);
      TomoniMatchPerson *person = tomoni_solver_get_person_data (solver, a->person);
      TomoniMatchSlot *slot = tomoni_solver_get_slot_data (solver, a->slot);
      TomoniProposal *proposal = g_new0 (TomoniProposal, 1);

      proposal->slot_id = slot->slot_id;
      proposal->person_id = person->person_id;
      proposal->shift_uuid = g_strdup (slot->shift_uuid);
      proposal->role = g_strdup (slot->role);
      proposal->person_uuid = g_strdup (person->uuid);
      proposal->person_name = g_strdup (person->name);
      proposal->date = g_strdup (slot->date);
      proposal->start_minute = slot->start_minute;
      proposal->end_minute = slot->end_minute;
      proposal->score = a->score;
      plan->total_score += a->score;
      g_ptr_array_add (plan->proposals, proposal);
    }
  plan->n_filled = plan->proposals->len;
  g_ptr_array_sort (plan->proposals, compare_proposals);
  return plan;
}

char *
tomoni_match_plan_describe_bound (const TomoniMatchPlan *plan)
{
  guint filled, most;
  g_autofree char *score = NULL;
  g_autofree char *gap = NULL;

  g_return_val_if_fail (plan != NULL, NULL);

  if (plan->optimal)
    return NULL;
  filled = plan->n_assigned + plan->n_filled;
  most = MIN (plan->n_assigned + plan->n_filled_bound, plan->n_places);
  if (most > filled)
    /* Translators: an auto-fill stopped at its time limit before it could
     * prove its plan the best; "places" are the volunteer places of the
     * shifts.  E.g. "Filled 212 of 240 places; no plan fills more than 215
     * (the search stopped at its time limit)" */
    return g_strdup_printf (_("Filled %u of %u places; no plan fills more than %u "
                              "(the search stopped at its time limit)"),
                            filled, plan->n_places, most);
  score = g_strdup_printf ("%" G_GINT64_FORMAT, plan->total_score);
  gap = g_strdup_printf ("%" G_GINT64_FORMAT, MAX (plan->score_bound - plan->total_score, 0));
  /* Translators: as above, when the plan already fills the most places
   * possible but its total suitability score may not be the best; the
   * second %s is how much higher the best total score could be */
  return g_strdup_printf (_("Filled %u of %u places, the most possible; the total score %s "
                            "may be up to %s short of the best (the search stopped at its "
                            "time limit)"),
                          filled, plan->n_places, score, gap);
}
