/* tomoni-matching.h: who may take a slot and why not, how well they suit
 * it, and the exact auto-fill (pure C over data the store loads)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-solver.h"
#include "tomoni-volunteer.h"

G_BEGIN_DECLS

/**
 * TomoniRule:
 *
 * The hard constraints, as bits: tomoni_match_check() returns the set a
 * person breaks for a slot (0: eligible). The order is the order reasons are
 * reported in.
 */
typedef enum {
  TOMONI_RULE_NONE               = 0,
  TOMONI_RULE_STATUS             = 1 << 0,  /* paused or retired */
  TOMONI_RULE_REGISTRATION       = 1 << 1,  /* not registered on the date (expired, or not yet) */
  TOMONI_RULE_ALREADY_ASSIGNED   = 1 << 2,  /* already in this slot */
  TOMONI_RULE_UNAVAILABLE_DATE   = 1 << 3,  /* marked unavailable that day */
  TOMONI_RULE_AVAILABILITY       = 1 << 4,  /* weekly availability does not cover the shift
                                               (none recorded: available at any time) */
  TOMONI_RULE_OVERLAP            = 1 << 5,  /* booked at an overlapping time */
  TOMONI_RULE_LANGUAGE           = 1 << 6,  /* lacks a required language at the required level */
  TOMONI_RULE_SKILL              = 1 << 7,
  TOMONI_RULE_TRAINING           = 1 << 8,  /* training not completed by the shift's date */
  TOMONI_RULE_MONTHLY_CAP        = 1 << 9,  /* already at the monthly cap in the shift's month */
} TomoniRule;

#define TOMONI_RULE_ALL 0x3ff

/* Key of a rule ("status", "registration", "already-assigned",
 * "unavailable-date", "availability", "overlap", "language", "skill",
 * "training", "monthly-cap") and its translated label. */
const char *tomoni_rule_to_string (TomoniRule rule);
const char *tomoni_rule_get_label (TomoniRule rule);

/* An existing booking of a person (an assignment not cancelled). */
typedef struct {
  gint64 slot_id;
  char   date[11];
  int    start_minute;
  int    end_minute;
} TomoniMatchBooking;

/**
 * TomoniMatchPerson:
 *
 * A volunteer as matching sees them. @bookings cover at least the months of
 * the slots being matched (for the caps) and every overlapping time.
 * @n_past_shifts: check-ins 'present' before @today (experience);
 * @n_recent_shifts: assignments (not cancelled) in the 90 days before
 * @today (fairness).
 */
typedef struct {
  gint64                 person_id;
  char                  *uuid;            /* the person's */
  char                  *name;
  TomoniVolunteerStatus  status;
  char                  *registered_on;
  char                  *expires_on;
  guint                  monthly_cap;
  GArray                *languages;       /* TomoniLanguage */
  GPtrArray             *skills;          /* char* keys */
  GPtrArray             *trainings;       /* TomoniTrainingRecord* */
  GArray                *availability;    /* TomoniAvailability */
  GPtrArray             *unavailable;     /* char* dates */
  GArray                *bookings;        /* TomoniMatchBooking */
  guint                  n_past_shifts;
  guint                  n_recent_shifts;
} TomoniMatchPerson;

/**
 * TomoniMatchSlot:
 *
 * A slot with its shift's time. @n_assigned: assignments not cancelled;
 * the open places are @needed − @n_assigned (0 if negative).
 */
typedef struct {
  gint64      slot_id;
  gint64      shift_id;
  gint64      activity_id;
  char       *shift_uuid;
  char       *activity_title;
  char       *role;
  char        date[11];
  int         start_minute;
  int         end_minute;
  guint       needed;
  guint       n_assigned;
  GArray     *languages;                  /* TomoniLanguage, minimum levels */
  char       *required_skill;             /* NULL or key */
  char       *required_training;          /* NULL or key */
} TomoniMatchSlot;

/* The people and slots of one matching question, and the day it is asked. */
typedef struct {
  char       today[11];
  GPtrArray *people;                      /* TomoniMatchPerson*, owned */
  GPtrArray *slots;                       /* TomoniMatchSlot*, owned */
} TomoniMatchData;

TomoniMatchData   *tomoni_match_data_new          (const char        *today);
void               tomoni_match_data_free         (TomoniMatchData   *data);
TomoniMatchPerson *tomoni_match_person_new        (void);
void               tomoni_match_person_free       (TomoniMatchPerson *person);
TomoniMatchSlot   *tomoni_match_slot_new          (void);
void               tomoni_match_slot_free         (TomoniMatchSlot   *slot);

/* The rules @person breaks for @slot (bits of TomoniRule; 0 = eligible).
 * @out_reason (nullable): a translated sentence for each broken rule, e.g.
 * "Lacks Vietnamese at fluent level", joined with "; ". Without
 * @out_reason the check stops at the first broken rule and returns only
 * that one (it runs for every pair of an auto-fill). */
guint              tomoni_match_check             (const TomoniMatchData   *data,
                                                   const TomoniMatchPerson *person,
                                                   const TomoniMatchSlot   *slot,
                                                   char                   **out_reason);

/**
 * TomoniMatchScore:
 *
 * Suitability of an eligible person for a slot; @total = sum of the parts,
 * always >= 0:
 * @language: for each required language, 10 per level above the minimum
 *   (none when the slot requires no language: then 5 per language the
 *   person speaks at business level or better, up to 10);
 * @experience: 3 per past shift, up to 30;
 * @fairness: 40 − 8 × recent shifts, at least 0 (fewer recent shifts first);
 * @newcomer: 15 if the person has never done a shift.
 */
typedef struct {
  gint64 language;
  gint64 experience;
  gint64 fairness;
  gint64 newcomer;
  gint64 total;
} TomoniMatchScore;

void               tomoni_match_score             (const TomoniMatchData   *data,
                                                   const TomoniMatchPerson *person,
                                                   const TomoniMatchSlot   *slot,
                                                   TomoniMatchScore        *out_score);
/* "language +20, experience +9, fairness +32, newcomer +0", translated. */
char              *tomoni_match_score_describe    (const TomoniMatchScore  *score);

/**
 * TomoniCandidate:
 *
 * One person in the ranked list for a slot. Eligible ones first by score
 * (higher first), ties by fewer recent shifts, then fewer past shifts, then
 * name, then person id; the others after, by name, with @rules and
 * @reason saying why they are left out.
 */
typedef struct {
  gint64            person_id;
  char             *person_uuid;
  char             *name;
  guint             rules;                /* 0 eligible */
  TomoniMatchScore  score;                /* zero when not eligible */
  char             *reason;               /* why ranked here, or why left out */
} TomoniCandidate;

void               tomoni_candidate_free          (TomoniCandidate         *candidate);
/* A new array of TomoniCandidate* (with free func), ranked as above. */
GPtrArray         *tomoni_match_rank              (const TomoniMatchData   *data,
                                                   const TomoniMatchSlot   *slot);

/**
 * tomoni_match_build_instance:
 *
 * Builds the solver instance: one solver person per @data person, one
 * solver slot per slot with open places (capacity = open places, interval
 * = date × minutes on one time line, month key = year × 12 + month), an
 * edge (score = tomoni_match_score total) for every eligible pair
 * (tomoni_match_check () == 0 — existing bookings already excluded
 * overlaps), and per-month caps = monthly cap − bookings in that month.
 * Person user_data is the TomoniMatchPerson*, slot user_data the
 * TomoniMatchSlot*.
 */
TomoniSolver      *tomoni_match_build_instance    (const TomoniMatchData   *data);

/* One proposed assignment. */
typedef struct {
  gint64  slot_id;
  gint64  person_id;
  char   *shift_uuid;
  char   *role;
  char   *person_uuid;
  char   *person_name;
  char   *date;
  int     start_minute;
  int     end_minute;
  gint64  score;
} TomoniProposal;

/**
 * TomoniMatchPlan:
 *
 * The preview of an auto-fill: @proposals sorted by date, start, shift,
 * role, person; @n_places all places of the slots considered, @n_assigned
 * those already filled before, @n_filled the proposals (so after applying
 * @n_assigned + @n_filled of @n_places are filled); @total_score the sum of
 * the proposals' scores.
 *
 * @optimal: the plan is proven the best; FALSE when the time limit stopped
 * the search first, and then @n_filled_bound and @score_bound say how far
 * from the best it may be: no plan proposes more than @n_filled_bound, and
 * none proposing exactly that many scores more than @score_bound (both equal
 * @n_filled and @total_score when @optimal).
 */
typedef struct {
  GPtrArray *proposals;                   /* TomoniProposal*, owned */
  guint      n_places;
  guint      n_assigned;
  guint      n_filled;
  gint64     total_score;
  gboolean   optimal;
  guint      n_filled_bound;
  gint64     score_bound;
} TomoniMatchPlan;

/* Seconds an auto-fill searches by default before it settles for the best
 * plan found with its bound. */
#define TOMONI_MATCH_DEFAULT_TIME_LIMIT 10.0

void               tomoni_match_plan_free         (TomoniMatchPlan         *plan);
/* Builds the instance, solves it exactly and returns the plan, within
 * TOMONI_MATCH_DEFAULT_TIME_LIMIT seconds. */
TomoniMatchPlan   *tomoni_match_solve             (const TomoniMatchData   *data,
                                                   GCancellable            *cancellable,
                                                   GError                 **error);
/* The same within @time_limit seconds (0: no limit): at the limit the best
 * plan found, with @optimal FALSE and its bound. */
TomoniMatchPlan   *tomoni_match_solve_with_limit  (const TomoniMatchData   *data,
                                                   double                   time_limit,
                                                   GCancellable            *cancellable,
                                                   GError                 **error);
/* NULL when @plan is optimal; else a translated line on how far from the
 * best it may be, counting places already filled: "Filled 212 of 240 places;
 * no plan fills more than 215 (the search stopped at its time limit)". */
char              *tomoni_match_plan_describe_bound (const TomoniMatchPlan *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniMatchData, tomoni_match_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniMatchPerson, tomoni_match_person_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniMatchSlot, tomoni_match_slot_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniMatchPlan, tomoni_match_plan_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniCandidate, tomoni_candidate_free)

G_END_DECLS
