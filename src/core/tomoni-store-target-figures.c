/* tomoni-store-target-figures.c: the figures of a target, its breakdowns and
 * the inputs of its projection
 *
 * The figures come from target_participation, an aggregate that triggers keep
 * (schema/005-targets.sql, 006-participation.sql): one row per (kind,
 * programme, person, fiscal year) with the first and last day and the number
 * of participations. Only rows that straddle the baseline date or the as-of
 * date are looked up in the participation view; everything else is one pass
 * over the aggregate.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store-target-figures"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-store-private.h"
#include "tomoni-store-target-figures.h"
#include "tomoni-store-target-tally.h"
#include "tomoni-store-targets.h"

/* --- boxed records -------------------------------------------------------- */


static void
figures_clear (gpointer data)
{
  TomoniTargetFigures *figures = data;

  g_clear_object (&figures->target);
  g_clear_pointer (&figures->by_fiscal_year, g_array_unref);
  g_clear_pointer (&figures->by_programme, g_ptr_array_unref);
  g_clear_pointer (&figures->by_venue, g_ptr_array_unref);
  g_clear_pointer (&figures->by_nationality, g_ptr_array_unref);
  g_clear_pointer (&figures->milestones, g_array_unref);
}

TomoniTargetFigures *
tomoni_target_figures_ref (TomoniTargetFigures *figures)
{
  g_return_val_if_fail (figures != NULL, NULL);
  return g_atomic_rc_box_acquire (figures);
}

void
tomoni_target_figures_unref (TomoniTargetFigures *figures)
{
  g_return_if_fail (figures != NULL);
  g_atomic_rc_box_release_full (figures, figures_clear);
}

G_DEFINE_BOXED_TYPE (TomoniTargetFigures, tomoni_target_figures,
                     tomoni_target_figures_ref, tomoni_target_figures_unref)


/* --- figures ----------------------------------------------------------------- */

/* A read transaction (deferred: it takes no write lock), unless one is open. */
static gboolean
read_begin (TomoniStore  *self,
            gboolean     *out_own,
            GError      **error)
{
  *out_own = !tomoni_store_in_transaction (self);
  return !*out_own || tomoni_store_exec (self, "BEGIN DEFERRED", error);
}

static void
read_end (TomoniStore *self,
          gboolean     own)
{
  if (own)
    tomoni_store_exec (self, "COMMIT", NULL);
}

/* The first counted participation of a person in a fiscal year (rule
 * per-fiscal-year): the earliest day, then the lower kind and programme.
 * Kept in a flat array by person id for each fiscal year. */
typedef struct {
  gint64  programme_id;
  gint32  first;        /* YYYYMMDD; 0: none */
  gint16  kind;
  gint16  nationality;
} YearFirst;

typedef struct {
  TomoniStore         *store;
  TomoniTarget        *target;
  const Names         *names;
  TomoniCountingRule   rule;
  const char          *after;       /* baseline date: count days > after */
  const char          *until;       /* as-of date: count days <= until */
  int                  first_fy;
  int                  last_fy;
  int                  filter_fy;   /* 0: every year */
  int                  as_of_fy;
  gint64              *by_fy;       /* first_fy … last_fy */
  Tally                tally;
  YearFirst          **year_firsts; /* [fy − first_fy][person_id], per-fiscal-year only */
  gint64               n_people;    /* size of each year_firsts array */
} Count;

static void
count_add (Count  *count,
           int     kind,
           gint64  programme_id,
           int     fy,
           int     nationality,
           gint64  n)
{
  g_assert (fy >= count->first_fy && fy <= count->last_fy);

  count->by_fy[fy - count->first_fy] += n;
  if (count->filter_fy == 0 || count->filter_fy == fy)
    {
      tomoni_tally_programme (&count->tally, count->names, kind, programme_id, fy, n);
      count->tally.nationalities[nationality] += n;
    }
}

static gboolean use_summaries = TRUE;

/**
 * tomoni_store_targets_set_use_summaries:
 *
 * For tests: with %FALSE every count takes the detailed path, which the
 * summaries must agree with.
 */
void
tomoni_store_targets_set_use_summaries (gboolean use)
{
  use_summaries = use;
}

/* The summaries answer when the rule is per-programme or every-attendance,
 * the baseline is the last day of a fiscal year, and no row of the as-of
 * day's fiscal year runs past that day. */
static gboolean
summaries_apply (Count       *count,
                 const GDate *baseline,
                 int          kind)
{
  GDate last;
  TomoniDbStmt *stmt;
  gboolean later;

  if (!use_summaries || count->rule == TOMONI_COUNTING_PER_FISCAL_YEAR)
    return FALSE;
  last = *baseline;
  g_date_add_days (&last, 1);
  if (g_date_get_day (&last) != 1 || g_date_get_month (&last) != G_DATE_APRIL)
    return FALSE;

  stmt = tomoni_store_prepare (count->store,
                               "SELECT EXISTS (SELECT 1 FROM target_participation"
                               " WHERE kind = ?1 AND fy = ?2 AND last_date > ?3)",
                               NULL);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int (stmt, 1, kind);
  tomoni_db_bind_int (stmt, 2, count->as_of_fy);
  tomoni_bind_text (stmt, 3, count->until);
  later = tomoni_db_step (stmt) != TOMONI_DB_ROW || tomoni_db_column_int (stmt, 0) != 0;
  tomoni_db_reset (stmt);
  return !later;
}

static gboolean
count_summaries (Count   *count,
                 int      kind,
                 GError **error)
{
  gboolean every = count->rule == TOMONI_COUNTING_EVERY_ATTENDANCE;
  int baseline_fy = count->first_fy - 1;
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (count->store,
                               "SELECT programme_id, fy, sum (rows), sum (n) FROM target_summary_programme"
                               " WHERE kind = ?1 AND fy > ?2 AND fy <= ?3 AND (?4 OR prev_fy <= ?2)"
                               " GROUP BY programme_id, fy ORDER BY programme_id, fy",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int (stmt, 1, kind);
  tomoni_db_bind_int (stmt, 2, baseline_fy);
  tomoni_db_bind_int (stmt, 3, count->as_of_fy);
  tomoni_db_bind_int (stmt, 4, every);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      gint64 programme_id = tomoni_db_column_int64 (stmt, 0);
      int fy = tomoni_db_column_int (stmt, 1);
      gint64 n = tomoni_db_column_int64 (stmt, every ? 3 : 2);

      count->by_fy[fy - count->first_fy] += n;
      if (count->filter_fy == 0 || count->filter_fy == fy)
        tomoni_tally_programme (&count->tally, count->names, kind, programme_id, fy, n);
    }
  tomoni_db_reset (stmt);

  stmt = tomoni_store_prepare (count->store,
                               "SELECT nationality, sum (rows), sum (n) FROM target_summary_nationality"
                               " WHERE kind = ?1 AND fy > ?2 AND fy <= ?3 AND (?4 OR prev_fy <= ?2)"
                               " AND (?5 = 0 OR fy = ?5) GROUP BY nationality",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int (stmt, 1, kind);
  tomoni_db_bind_int (stmt, 2, baseline_fy);
  tomoni_db_bind_int (stmt, 3, count->as_of_fy);
  tomoni_db_bind_int (stmt, 4, every);
  tomoni_db_bind_int (stmt, 5, count->filter_fy);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      int nationality = tomoni_tally_nationality_index (&count->tally, tomoni_db_column_text (stmt, 0));

      count->tally.nationalities[nationality] += tomoni_db_column_int64 (stmt, every ? 2 : 1);
    }
  tomoni_db_reset (stmt);
  return TRUE;
}

static gint32
date_number (const char *date)
{
  /* YYYY-MM-DD → YYYYMMDD; the schema stores dates this way. */
  if (date == NULL || strlen (date) < 10)
    return 0;
  return ((((date[0] - '0') * 10 + (date[1] - '0')) * 10 + (date[2] - '0')) * 10 + (date[3] - '0')) * 10000 +
         ((date[5] - '0') * 10 + (date[6] - '0')) * 100 + (date[8] - '0') * 10 + (date[9] - '0');
}

/* Participations of a row that straddles the baseline or the as-of date,
 * counted from the participation view. */
static gboolean
count_partial (Count       *count,
               int          kind,
               gint64       programme_id,
               gint64       person_id,
               int          fy,
               gint64      *out_n,
               gint32      *out_first,
               GError     **error)
{
  TomoniDbStmt *stmt;
  g_autofree char *from = g_strdup_printf ("%04d-04-01", fy);
  g_autofree char *to = g_strdup_printf ("%04d-04-01", fy + 1);

  stmt = tomoni_store_prepare (count->store,
                               "SELECT count (*), min (day) FROM participation"
                               " WHERE kind = ?7 AND person_id = ?1 AND programme_id = ?2"
                               " AND day > ?3 AND day <= ?4 AND day >= ?5 AND day < ?6",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  tomoni_db_bind_int64 (stmt, 2, programme_id);
  tomoni_bind_text (stmt, 3, count->after);
  tomoni_bind_text (stmt, 4, count->until);
  tomoni_bind_text (stmt, 5, from);
  tomoni_bind_text (stmt, 6, to);
  tomoni_db_bind_int (stmt, 7, kind);
  *out_n = 0;
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      *out_n = tomoni_db_column_int64 (stmt, 0);
      if (*out_n > 0)
        *out_first = date_number (tomoni_db_column_text (stmt, 1));
    }
  tomoni_db_reset (stmt);
  return TRUE;
}

/* Every attendance, rows that run past the as-of day: the participations
 * after it in its fiscal year, by (programme, person). Few: only what is
 * recorded ahead of the as-of day. SQLite reads the learners' branch of the
 * view from session_date; for volunteers, without statistics, it prefers a
 * pass over the checked-in assignments (target_assignment_slot). */
static GHashTable *
count_after_as_of (Count   *count,
                   int      kind,
                   GError **error)
{
  GHashTable *after = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autofree char *to = g_strdup_printf ("%04d-04-01", count->as_of_fy + 1);
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (count->store,
                               "SELECT programme_id, person_id, count (*) FROM participation"
                               " WHERE kind = ?3 AND day > ?1 AND day < ?2 GROUP BY 1, 2",
                               error);
  if (stmt == NULL)
    {
      g_hash_table_unref (after);
      return NULL;
    }
  tomoni_bind_text (stmt, 1, count->until);
  tomoni_bind_text (stmt, 2, to);
  tomoni_db_bind_int (stmt, 3, kind);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      /* Keyed like the programme tally: programme << 32 | person. */
      gint64 key = (tomoni_db_column_int64 (stmt, 0) << 32) ^ tomoni_db_column_int64 (stmt, 1);

      g_hash_table_insert (after, g_memdup2 (&key, sizeof key),
                           g_memdup2 (&(gint64) { tomoni_db_column_int64 (stmt, 2) }, sizeof (gint64)));
    }
  tomoni_db_reset (stmt);
  return after;
}

static gboolean
count_kind (Count   *count,
            int      kind,
            GError **error)
{
  g_autoptr(GHashTable) after = NULL;
  TomoniDbStmt *stmt;
  gint64 last_programme = -1, last_person = -1;
  int rc;

  /* Rows that lie wholly outside (baseline, as-of] are left out by SQLite;
   * "whole" says a row lies wholly inside. The unary + keep SQLite on the
   * primary key, in (programme, person, fy) order, rather than on the
   * (kind, fy, last_date) index and a sort. */
  stmt = tomoni_store_prepare (count->store,
                               "SELECT programme_id, person_id, fy, n, nationality,"
                               " first_date > ?4 AND last_date <= ?5, first_date, first_date > ?4, last_date <= ?5"
                               " FROM target_participation"
                               " WHERE kind = ?1 AND +fy BETWEEN ?2 AND ?3 AND +last_date > ?4 AND first_date <= ?5"
                               " ORDER BY programme_id, person_id, fy",
                               error);
  if (stmt == NULL)
    return FALSE;
  if (count->rule == TOMONI_COUNTING_EVERY_ATTENDANCE)
    {
      after = count_after_as_of (count, kind, error);
      if (after == NULL)
        return FALSE;
    }
  tomoni_db_bind_int (stmt, 1, kind);
  tomoni_db_bind_int (stmt, 2, count->first_fy);
  tomoni_db_bind_int (stmt, 3, count->last_fy);
  tomoni_bind_text (stmt, 4, count->after);
  tomoni_bind_text (stmt, 5, count->until);

  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 programme_id = tomoni_db_column_int64 (stmt, 0);
      gint64 person_id = tomoni_db_column_int64 (stmt, 1);
      int fy = tomoni_db_column_int (stmt, 2);
      gint64 n = tomoni_db_column_int64 (stmt, 3);
      int nationality = tomoni_tally_nationality_index (&count->tally, tomoni_db_column_text (stmt, 4));
      gboolean whole = tomoni_db_column_int (stmt, 5);
      gboolean after_baseline = tomoni_db_column_int (stmt, 7);
      gboolean by_as_of = tomoni_db_column_int (stmt, 8);
      gint32 first = 0;

      /* A row that straddles only one of the two days still has a counted
       * participation (its first day after the baseline, or its last day
       * up to as-of), so per programme it counts without a look at the
       * records; per fiscal year too when its first day is after the
       * baseline. The number of participations needs the records. */
      if (!whole && count->rule != TOMONI_COUNTING_EVERY_ATTENDANCE && (after_baseline || by_as_of) &&
          (count->rule == TOMONI_COUNTING_PER_PROGRAMME || after_baseline))
        {
          whole = TRUE;
        }
      else if (!whole && after != NULL && after_baseline && fy == count->as_of_fy)
        {
          /* Every attendance, a row that runs past the as-of day only. */
          gint64 key = (programme_id << 32) ^ person_id;
          gint64 *later = g_hash_table_lookup (after, &key);

          n -= later != NULL ? *later : 0;
          if (n <= 0)
            continue;
          whole = TRUE;
        }
      else if (!whole)
        {
          /* Rare: only rows that straddle the baseline or as-of date. The
           * cached statement is a different one, so this one keeps stepping. */
          if (!count_partial (count, kind, programme_id, person_id, fy, &n, &first, error))
            {
              tomoni_db_reset (stmt);
              return FALSE;
            }
          if (n == 0)
            continue;
        }

      switch (count->rule)
        {
        case TOMONI_COUNTING_EVERY_ATTENDANCE:
          count_add (count, kind, programme_id, fy, nationality, n);
          break;

        case TOMONI_COUNTING_PER_PROGRAMME:
          /* Rows come by (programme, person, fy): the first counted row of a
           * (programme, person) is their first fiscal year. */
          if (programme_id == last_programme && person_id == last_person)
            break;
          last_programme = programme_id;
          last_person = person_id;
          count_add (count, kind, programme_id, fy, nationality, 1);
          break;

        case TOMONI_COUNTING_PER_FISCAL_YEAR:
          {
            YearFirst *year_first;

            g_assert (person_id >= 0 && person_id < count->n_people);
            year_first = &count->year_firsts[fy - count->first_fy][person_id];
            if (whole)
              first = date_number (tomoni_db_column_text (stmt, 6));
            if (year_first->first != 0 &&
                (year_first->first < first ||
                 (year_first->first == first && year_first->kind <= kind)))
              break;
            year_first->first = first;
            year_first->kind = kind;
            year_first->programme_id = programme_id;
            year_first->nationality = nationality;
          }
          break;

        case TOMONI_COUNTING_N_RULES:
        default:
          g_assert_not_reached ();
        }
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (count->store, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
count_external (Count   *count,
                gint64  *out_total,
                GError **error)
{
  TomoniDbStmt *stmt;
  GDate date;

  stmt = tomoni_store_prepare (count->store,
                               "SELECT date, programme, coalesce (venue_id, 0), count FROM external_count"
                               " WHERE target_id = ? AND date > ? AND date <= ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, tomoni_target_get_id (count->target));
  tomoni_bind_text (stmt, 2, count->after);
  tomoni_bind_text (stmt, 3, count->until);
  *out_total = 0;
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      gint64 n = tomoni_db_column_int64 (stmt, 3);
      int fy;

      if (!tomoni_date_parse (tomoni_db_column_text (stmt, 0), &date, NULL))
        continue;
      fy = tomoni_fiscal_year_of (&date);
      count->by_fy[fy - count->first_fy] += n;
      *out_total += n;
      if (count->filter_fy != 0 && count->filter_fy != fy)
        continue;
      tomoni_tally_add_str (count->tally.external, tomoni_db_column_text (stmt, 1), n);
      tomoni_tally_add_int (count->tally.venues, tomoni_db_column_int64 (stmt, 2), n);
      count->tally.external_nationality += n;
    }
  tomoni_db_reset (stmt);
  return TRUE;
}

static void
count_clear (Count *count)
{
  tomoni_tally_clear (&count->tally);
  if (count->year_firsts != NULL)
    {
      for (int fy = count->first_fy; fy <= count->last_fy; fy++)
        g_free (count->year_firsts[fy - count->first_fy]);
      g_clear_pointer (&count->year_firsts, g_free);
    }
}

static TomoniTargetFigures *
compute_figures (TomoniStore   *self,
                 TomoniTarget  *target,
                 const Names   *names,
                 const GDate   *as_of,
                 int            fiscal_year,
                 GError       **error)
{
  g_autoptr(TomoniTargetFigures) figures = g_atomic_rc_box_new0 (TomoniTargetFigures);
  g_autofree char *until = tomoni_date_format_iso (as_of);
  g_autofree gint64 *by_fy = NULL;
  TomoniProjectionInput input = { 0 };
  Count count = { 0 };
  GDate baseline;
  gint64 running;
  gboolean ok = TRUE;

  if (!tomoni_date_parse (tomoni_target_get_baseline_date (target), &input.baseline_date, error) ||
      !tomoni_date_parse (tomoni_target_get_target_date (target), &input.target_date, error))
    return NULL;

  figures->target = g_object_ref (target);
  figures->as_of = *as_of;
  figures->fiscal_year = fiscal_year;

  count.store = self;
  count.target = target;
  count.names = names;
  count.rule = tomoni_target_get_counting_rule (target);
  count.after = tomoni_target_get_baseline_date (target);
  count.until = until;
  /* The first fiscal year with a day after the baseline. */
  baseline = input.baseline_date;
  g_date_add_days (&baseline, 1);
  count.first_fy = tomoni_fiscal_year_of (&baseline);
  count.last_fy = MAX (count.first_fy, tomoni_fiscal_year_of (as_of));
  count.filter_fy = fiscal_year;
  count.as_of_fy = tomoni_fiscal_year_of (as_of);
  by_fy = g_new0 (gint64, count.last_fy - count.first_fy + 1);
  count.by_fy = by_fy;
  tomoni_target_names_forget_years (names);
  tomoni_tally_init (&count.tally);

  if (g_date_compare (as_of, &input.baseline_date) > 0)
    {
      if (count.rule == TOMONI_COUNTING_PER_FISCAL_YEAR)
        {
          count.n_people = tomoni_store_query_int64 (self, "SELECT coalesce (max (person_id), 0) + 1"
                                                           " FROM target_participation", 1);
          count.year_firsts = g_new0 (YearFirst *, count.last_fy - count.first_fy + 1);
          for (int fy = count.first_fy; fy <= count.last_fy; fy++)
            count.year_firsts[fy - count.first_fy] = g_new0 (YearFirst, count.n_people);
        }
      for (int kind = KIND_CLASS; ok && kind <= KIND_ACTIVITY; kind++)
        {
          if (!(kind == KIND_CLASS ? tomoni_target_get_counts_classes (target)
                                   : tomoni_target_get_counts_activities (target)))
            continue;
          if (summaries_apply (&count, &input.baseline_date, kind))
            ok = count_summaries (&count, kind, error);
          else
            ok = count_kind (&count, kind, error);
        }
      if (ok && count.rule == TOMONI_COUNTING_PER_FISCAL_YEAR)
        {
          for (int fy = count.first_fy; fy <= count.last_fy; fy++)
            for (gint64 person = 0; person < count.n_people; person++)
              {
                YearFirst *year_first = &count.year_firsts[fy - count.first_fy][person];

                if (year_first->first != 0)
                  count_add (&count, year_first->kind, year_first->programme_id, fy,
                             year_first->nationality, 1);
              }
        }
      if (ok)
        ok = count_external (&count, &figures->external, error);
    }

  if (ok)
    {
      figures->by_fiscal_year = g_array_new (FALSE, TRUE, sizeof (TomoniFiscalYearCount));
      running = tomoni_target_get_baseline_value (target);
      for (int fy = count.first_fy; fy <= count.last_fy; fy++)
        {
          TomoniFiscalYearCount year = { fy, by_fy[fy - count.first_fy], 0 };

          running += year.count;
          year.cumulative = running;
          figures->counted += year.count;
          g_array_append_val (figures->by_fiscal_year, year);
        }
      tomoni_tally_finish (&count.tally, names, figures);

      input.baseline_value = tomoni_target_get_baseline_value (target);
      input.target_value = tomoni_target_get_target_value (target);
      input.as_of = *as_of;
      input.first_fy = count.first_fy;
      input.n_fy = count.last_fy - count.first_fy + 1;
      input.by_fy = by_fy;
      tomoni_projection_compute (&input, &figures->projection);

      figures->milestones = tomoni_store_list_target_milestones (self, tomoni_target_get_id (target), error);
      ok = figures->milestones != NULL;
    }

  count_clear (&count);
  return ok ? g_steal_pointer (&figures) : NULL;
}

/**
 * tomoni_store_compute_target_figures:
 * @as_of: (nullable): the day to count up to, included; %NULL: today in Japan
 * @fiscal_year: restrict the breakdowns by programme, venue and nationality
 *   to this fiscal year; 0 for everything since the baseline
 *
 * Counts participations after the target's baseline date up to @as_of under
 * its counting rule, adds external entries, and projects to the target date.
 */
TomoniTargetFigures *
tomoni_store_compute_target_figures (TomoniStore   *self,
                                     TomoniTarget  *target,
                                     const GDate   *as_of,
                                     int            fiscal_year,
                                     GError       **error)
{
  Names names = { 0 };
  GDate today;
  TomoniTargetFigures *figures = NULL;
  gboolean own;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  g_return_val_if_fail (TOMONI_IS_TARGET (target), NULL);

  if (as_of == NULL)
    {
      tomoni_date_today (&today);
      as_of = &today;
    }
  /* One read transaction: every number comes from the same state. */
  if (!read_begin (self, &own, error))
    return NULL;
  if (tomoni_target_names_load (self, &names, error))
    figures = compute_figures (self, target, &names, as_of, fiscal_year, error);
  tomoni_target_names_clear (&names);
  read_end (self, own);
  return figures;
}

/**
 * tomoni_store_compute_all_figures:
 *
 * Returns: (transfer container) (element-type TomoniTargetFigures): the
 *   figures of every target, in dashboard order
 */
GPtrArray *
tomoni_store_compute_all_figures (TomoniStore  *self,
                                  const GDate  *as_of,
                                  int           fiscal_year,
                                  GError      **error)
{
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify)tomoni_target_figures_unref);
  Names names = { 0 };
  GDate today;
  gboolean ok, own;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  if (as_of == NULL)
    {
      tomoni_date_today (&today);
      as_of = &today;
    }
  if (!read_begin (self, &own, error))
    return NULL;
  targets = tomoni_store_list_targets (self, error);
  ok = targets != NULL && tomoni_target_names_load (self, &names, error);
  for (guint i = 0; ok && i < targets->len; i++)
    {
      TomoniTargetFigures *figures = compute_figures (self, targets->pdata[i], &names, as_of, fiscal_year, error);

      if (figures == NULL)
        ok = FALSE;
      else
        g_ptr_array_add (all, figures);
    }
  tomoni_target_names_clear (&names);
  read_end (self, own);
  if (!ok)
    return NULL;
  return g_steal_pointer (&all);
}

typedef struct {
  GDate as_of;
  int   fiscal_year;
} ComputeData;

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *data = task_data;
  g_autoptr(TomoniStore) connection = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *all;

  connection = tomoni_store_open_connection (source_object, &error);
  if (connection == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  all = tomoni_store_compute_all_figures (connection, g_date_valid (&data->as_of) ? &data->as_of : NULL,
                                          data->fiscal_year, &error);
  if (all == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, all, (GDestroyNotify)g_ptr_array_unref);
}

/**
 * tomoni_store_compute_all_figures_async:
 * @as_of: (nullable): %NULL for today in Japan (when the work runs)
 *
 * Computes the figures of every target in a worker thread on its own
 * connection.
 */
void
tomoni_store_compute_all_figures_async (TomoniStore         *self,
                                        const GDate         *as_of,
                                        int                  fiscal_year,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ComputeData *data = g_new0 (ComputeData, 1);

  g_return_if_fail (TOMONI_IS_STORE (self));

  g_date_clear (&data->as_of, 1);
  if (as_of != NULL)
    data->as_of = *as_of;
  data->fiscal_year = fiscal_year;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tomoni_store_compute_all_figures_async);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, compute_thread);
}

GPtrArray *
tomoni_store_compute_all_figures_finish (TomoniStore   *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
