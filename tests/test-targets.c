/* test-targets.c: counting rules, boundaries, external entries, erasure,
 * the maintained aggregate against a count from scratch, target history
 *
 * Hand-made data goes in through a second SQLite connection to the same
 * file: classes and activities have their own store files on other branches,
 * and these tests must not depend on them.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>

#include "tomoni-date.h"
#include "tomoni-store-people.h"
#include "tomoni-store-targets.h"
#include "tomoni-test-util.h"

typedef struct {
  TomoniTestDir *dir;
  char          *path;
  TomoniStore   *store;
  sqlite3       *db;
  gint64         term;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = tomoni_test_dir_new ();
  f->path = tomoni_test_dir_file (f->dir, "targets.db");
  f->store = tomoni_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &f->db), ==, SQLITE_OK);
  sqlite3_busy_timeout (f->db, 5000);
  g_assert_cmpint (sqlite3_exec (f->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3_close (f->db);
  g_assert_finalize_object (f->store);
  g_free (f->path);
  tomoni_test_dir_free (f->dir);
}

static void
exec (Fixture    *f,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (f->db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

G_GNUC_PRINTF (2, 3)
static gint64
insert (Fixture    *f,
        const char *format,
        ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  exec (f, sql);
  return sqlite3_last_insert_rowid (f->db);
}

#define STAMP "'2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z'"

static gint64
add_person (Fixture    *f,
            const char *name,
            const char *nationality)
{
  return insert (f, "INSERT INTO person (uuid, given_name, nationality, pseudonym, created_at, updated_at)"
                    " VALUES (tomoni_uuid_t (), '%s', '%s', tomoni_uuid_t (), " STAMP ")", name, nationality);
}

static gint64
add_venue (Fixture    *f,
           const char *name)
{
  return insert (f, "INSERT INTO venue (uuid, name, name_en, created_at, updated_at)"
                    " VALUES (tomoni_uuid_t (), '%s', '%s EN', " STAMP ")", name, name);
}

static gint64
add_class (Fixture    *f,
           const char *title,
           gint64      venue)
{
  gint64 id = insert (f, "INSERT INTO class (uuid, title_ja, title_en, venue_id, created_at, updated_at)"
                         " VALUES (tomoni_uuid_t (), '%s', '%s EN', %" G_GINT64_FORMAT ", " STAMP ")",
                      title, title, venue);

  f->term = insert (f, "INSERT INTO term (uuid, class_id, start_date, end_date, created_at, updated_at)"
                       " VALUES (tomoni_uuid_t (), %" G_GINT64_FORMAT ", '2020-04-01', '2035-03-31', " STAMP ")", id);
  return id;
}

static gint64
add_session (Fixture    *f,
             gint64      class_id,
             const char *date)
{
  return insert (f, "INSERT INTO session (uuid, class_id, term_id, date, start_minute, end_minute, created_at,"
                    " updated_at) VALUES (tomoni_uuid_t (), %" G_GINT64_FORMAT ", (SELECT id FROM term WHERE"
                    " class_id = %" G_GINT64_FORMAT "), '%s', 600, 720, " STAMP ")", class_id, class_id, date);
}

static gint64
attend (Fixture    *f,
        gint64      session,
        gint64      person,
        const char *status)
{
  return insert (f, "INSERT INTO attendance (uuid, session_id, person_id, status, created_at, updated_at)"
                    " VALUES (tomoni_uuid_t (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", '%s', " STAMP ")",
                 session, person, status);
}

/* One class session on @date attended by @person; returns the session. */
static gint64
attend_on (Fixture    *f,
           gint64      class_id,
           const char *date,
           gint64      person,
           const char *status)
{
  gint64 session = add_session (f, class_id, date);

  attend (f, session, person, status);
  return session;
}

static gint64
add_activity (Fixture    *f,
              const char *title,
              gint64      venue)
{
  return insert (f, "INSERT INTO activity (uuid, title, title_en, kind, venue_id, created_at, updated_at)"
                    " VALUES (tomoni_uuid_t (), '%s', '%s EN', 'exchange-event', %" G_GINT64_FORMAT ", " STAMP ")",
                 title, title, venue);
}

/* A shift of @activity on @date with one slot; returns the slot. */
static gint64
add_slot (Fixture    *f,
          gint64      activity,
          const char *date)
{
  gint64 shift = insert (f, "INSERT INTO shift (uuid, activity_id, date, start_minute, end_minute, created_at,"
                            " updated_at) VALUES (tomoni_uuid_t (), %" G_GINT64_FORMAT ", '%s', 600, 720, " STAMP ")",
                         activity, date);

  return insert (f, "INSERT INTO slot (uuid, shift_id, role, needed, created_at, updated_at)"
                    " VALUES (tomoni_uuid_t (), %" G_GINT64_FORMAT ", 'helper', 3, " STAMP ")", shift);
}

static gint64
assign (Fixture    *f,
        gint64      slot,
        gint64      person,
        const char *checkin)
{
  if (checkin == NULL)
    return insert (f, "INSERT INTO assignment (uuid, slot_id, person_id, created_at, updated_at)"
                      " VALUES (tomoni_uuid_t (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", " STAMP ")",
                   slot, person);
  return insert (f, "INSERT INTO assignment (uuid, slot_id, person_id, checkin, created_at, updated_at)"
                    " VALUES (tomoni_uuid_t (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", '%s', " STAMP ")",
                 slot, person, checkin);
}

static void
uuid_function (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  sqlite3_result_text (context, g_uuid_string_random (), -1, g_free);
}

static void
register_functions (Fixture *f)
{
  sqlite3_create_function (f->db, "tomoni_uuid_t", 0, SQLITE_UTF8, NULL, uuid_function, NULL, NULL);
}

static TomoniTargetFigures *
figures_for (Fixture    *f,
             const char *key,
             const char *as_of,
             int         fiscal_year)
{
  g_autoptr(TomoniTarget) target = NULL;
  g_autoptr(GError) error = NULL;
  TomoniTargetFigures *figures;
  GDate date;

  target = tomoni_store_get_target (f->store, key, &error);
  g_assert_no_error (error);
  g_assert_true (tomoni_date_parse (as_of, &date, NULL));
  figures = tomoni_store_compute_target_figures (f->store, target, &date, fiscal_year, &error);
  g_assert_no_error (error);
  g_assert_nonnull (figures);
  return figures;
}

static void
set_rule (Fixture    *f,
          const char *key,
          const char *rule)
{
  g_autoptr(TomoniTarget) target = tomoni_store_get_target (f->store, key, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (target);
  g_assert_true (tomoni_target_set_field_text (target, TOMONI_TARGET_COUNTING_RULE, rule, &error));
  g_assert_true (tomoni_store_update_target (f->store, target, &error));
  g_assert_no_error (error);
}

static gint64
year_count (TomoniTargetFigures *figures,
            int                  fy)
{
  for (guint i = 0; i < figures->by_fiscal_year->len; i++)
    {
      TomoniFiscalYearCount *year = &g_array_index (figures->by_fiscal_year, TomoniFiscalYearCount, i);
      if (year->fy == fy)
        return year->count;
    }
  return -1;
}

static gint64
row_count (GPtrArray  *rows,
           const char *label_en)
{
  for (guint i = 0; i < rows->len; i++)
    {
      TomoniBreakdownRow *row = rows->pdata[i];
      /* Nationality rows are found by their code (the key); their label
       * is the country's name. */
      if (g_strcmp0 (row->label_en, label_en) == 0 || g_strcmp0 (row->key, label_en) == 0)
        return row->count;
    }
  return 0;
}

static void
assert_aggregates (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;

  if (!tomoni_store_check_target_aggregates (f->store, &report, &error))
    {
      sqlite3_stmt *stmt;

      sqlite3_prepare_v2 (f->db, "SELECT kind, programme_id, person_id, fy, first_date, last_date, n,"
                          " nationality FROM target_participation", -1, &stmt, NULL);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_printerr ("%d %d %d %d %s %s %d %s\n", sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1),
                    sqlite3_column_int (stmt, 2), sqlite3_column_int (stmt, 3), sqlite3_column_text (stmt, 4),
                    sqlite3_column_text (stmt, 5), sqlite3_column_int (stmt, 6), sqlite3_column_text (stmt, 7));
      sqlite3_finalize (stmt);
      g_error ("%s (%s)", error->message, report);
    }
}

/* The hand-made data of the rule tests, all in 2023–2024:
 *   A (VN): X 2023-04-10 present, 2023-05-10 late, 2023-06-01 absent, 2024-04-10 present
 *   B (CN): X 2023-04-10 present; Y 2023-04-11 present
 *   C (VN): Y 2023-03-31 present (the baseline day: not counted), 2024-03-31 present (FY2023)
 *   D (--): X 2024-04-01 present (FY2024)
 *   E (PH): activity V check-ins 2023-04-02 and 2023-04-03, a no-show 2023-04-04
 *   F (PH): assigned to V on 2023-04-02, no check-in
 * X is held at venue 1, Y at venue 2, V at venue 1. */
typedef struct {
  gint64 a, b, c, d, e, f_;
  gint64 x, y, v;
  gint64 venue1, venue2;
} Data;

static void
make_data (Fixture *f,
           Data    *d)
{
  register_functions (f);
  d->venue1 = add_venue (f, "Center");
  d->venue2 = add_venue (f, "Kita");
  d->x = add_class (f, "X", d->venue1);
  d->y = add_class (f, "Y", d->venue2);
  d->v = add_activity (f, "V", d->venue1);
  d->a = add_person (f, "A", "VN");
  d->b = add_person (f, "B", "CN");
  d->c = add_person (f, "C", "VN");
  d->d = add_person (f, "D", "");
  d->e = add_person (f, "E", "PH");
  d->f_ = add_person (f, "F", "PH");

  attend_on (f, d->x, "2023-04-10", d->a, "present");
  attend_on (f, d->x, "2023-05-10", d->a, "late");
  attend_on (f, d->x, "2023-06-01", d->a, "absent");
  attend_on (f, d->x, "2024-04-10", d->a, "present");
  exec (f, "INSERT INTO attendance (uuid, session_id, person_id, status, created_at, updated_at)"
           " SELECT tomoni_uuid_t (), id, 2, 'present', created_at, updated_at FROM session"
           " WHERE date = '2023-04-10'");
  attend_on (f, d->y, "2023-04-11", d->b, "present");
  attend_on (f, d->y, "2023-03-31", d->c, "present");
  attend_on (f, d->y, "2024-03-31", d->c, "present");
  attend_on (f, d->x, "2024-04-01", d->d, "present");

  assign (f, add_slot (f, d->v, "2023-04-02"), d->e, "present");
  assign (f, add_slot (f, d->v, "2023-04-03"), d->e, "present");
  assign (f, add_slot (f, d->v, "2023-04-04"), d->e, "no-show");
  assign (f, add_slot (f, d->v, "2023-04-02"), d->f_, NULL);
  g_assert_cmpint (d->b, ==, 2);
}

typedef struct {
  const char *rule;
  const char *as_of;
  int         fiscal_year;
  gint64      counted;
  gint64      fy2023;
  gint64      fy2024;
  gint64      vietnam;
  gint64      class_x;
  gint64      center;   /* venue 1 */
  gint64      volunteers;
} RuleCase;

static const RuleCase rule_cases[] = {
  /* (A,X) (B,X) (B,Y) (C,Y) in FY2023, (D,X) in FY2024 */
  { "per-programme", "2025-03-31", 0, 5, 4, 1, 2, 3, 3, 1 },
  /* A 2+1, B 2, C 1, D 1 */
  { "every-attendance", "2025-03-31", 0, 7, 5, 2, 4, 5, 5, 2 },
  /* A in 2023 and 2024, B, C in 2023, D in 2024; B counts under X (its first day) */
  { "per-fiscal-year", "2025-03-31", 0, 5, 3, 2, 3, 4, 4, 1 },
  /* as of a day inside rows: A's 2023-05-10 and C's 2024-03-31 are later */
  { "per-programme", "2023-05-01", 0, 3, 3, -1, 1, 2, 2, 1 },
  { "every-attendance", "2023-05-01", 0, 3, 3, -1, 1, 2, 2, 2 },
  { "per-fiscal-year", "2023-05-01", 0, 2, 2, -1, 1, 2, 2, 1 },
  /* 31 March 2024 is the last day of FY2023; 1 April 2024 starts FY2024 */
  { "every-attendance", "2024-03-31", 0, 5, 5, -1, 3, 3, 3, 2 },
  { "every-attendance", "2024-04-01", 0, 6, 5, 1, 3, 4, 4, 2 },
  /* breakdowns restricted to FY2024: only D's pair and A's FY2024 visit count */
  { "per-programme", "2025-03-31", 2024, 5, 4, 1, 0, 1, 1, 0 },
  { "per-fiscal-year", "2025-03-31", 2024, 5, 3, 2, 1, 2, 2, 0 },
};

static void
test_rules (Fixture       *f,
            gconstpointer  unused)
{
  Data d;

  make_data (f, &d);
  assert_aggregates (f);

  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      const RuleCase *c = &rule_cases[i];
      g_autoptr(TomoniTargetFigures) japanese = NULL;
      g_autoptr(TomoniTargetFigures) volunteers = NULL;

      g_test_message ("case %u: %s as of %s", i, c->rule, c->as_of);
      set_rule (f, "japanese-support-participants", c->rule);
      set_rule (f, "volunteer-activity-participants", c->rule);
      japanese = figures_for (f, "japanese-support-participants", c->as_of, c->fiscal_year);
      volunteers = figures_for (f, "volunteer-activity-participants", c->as_of, c->fiscal_year);

      g_assert_cmpint (japanese->counted, ==, c->counted);
      g_assert_cmpint (japanese->projection.cumulative, ==, 2512 + c->counted);
      g_assert_cmpint (year_count (japanese, 2023), ==, c->fy2023);
      g_assert_cmpint (year_count (japanese, 2024), ==, c->fy2024);
      g_assert_cmpint (year_count (japanese, 2022), ==, -1);  /* the baseline's year is not listed */
      g_assert_cmpint (row_count (japanese->by_nationality, "VN"), ==, c->vietnam);
      if (c->vietnam > 0)
        g_assert_cmpint (row_count (japanese->by_nationality, "Viet Nam"), ==, c->vietnam);
      g_assert_cmpint (row_count (japanese->by_programme, "X EN"), ==, c->class_x);
      g_assert_cmpint (row_count (japanese->by_venue, "Center EN"), ==, c->center);
      if (c->fiscal_year == 0)
        g_assert_cmpint (volunteers->counted, ==, c->volunteers);
      else
        g_assert_cmpint (row_count (volunteers->by_programme, "V EN"), ==, c->volunteers);
    }
}

static void
test_baseline_date (Fixture       *f,
                    gconstpointer  unused)
{
  g_autoptr(TomoniTarget) target = NULL;
  g_autoptr(TomoniTargetFigures) before = NULL;
  g_autoptr(TomoniTargetFigures) after = NULL;
  g_autoptr(GError) error = NULL;
  Data d;

  make_data (f, &d);
  set_rule (f, "japanese-support-participants", "every-attendance");
  before = figures_for (f, "japanese-support-participants", "2025-03-31", 0);

  /* Moving the baseline back a day takes in C's attendance on 31 March 2023. */
  target = tomoni_store_get_target (f->store, "japanese-support-participants", &error);
  tomoni_target_set_baseline_date (target, "2023-03-30");
  g_assert_true (tomoni_store_update_target (f->store, target, &error));
  g_assert_no_error (error);
  after = figures_for (f, "japanese-support-participants", "2025-03-31", 0);
  g_assert_cmpint (after->counted, ==, before->counted + 1);
  g_assert_cmpint (year_count (after, 2022), ==, 1);

  /* A baseline inside a fiscal year (15 April 2023): A's first visit and
   * B's visits come before it; rows straddle the baseline. */
  {
    static const struct {
      const char *rule;
      gint64      counted;
      gint64      fy2023;
    } cases[] = {
      { "per-programme", 3, 2 },     /* (A,X) from 10 May, (C,Y), and (D,X) in FY2024 */
      { "every-attendance", 4, 2 },  /* A 10 May and 10 April 2024, C, D */
      { "per-fiscal-year", 4, 2 },   /* A in 2023 and 2024, C, D */
    };

    tomoni_target_set_baseline_date (target, "2023-04-15");
    g_assert_true (tomoni_store_update_target (f->store, target, &error));
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(TomoniTargetFigures) figures = NULL;

        set_rule (f, "japanese-support-participants", cases[i].rule);
        figures = figures_for (f, "japanese-support-participants", "2025-03-31", 0);
        g_assert_cmpint (figures->counted, ==, cases[i].counted);
        g_assert_cmpint (year_count (figures, 2023), ==, cases[i].fy2023);
      }
  }

  /* As of the baseline day itself nothing is counted. */
  {
    g_autoptr(TomoniTargetFigures) none = figures_for (f, "japanese-support-participants", "2023-04-15", 0);
    g_assert_cmpint (none->counted, ==, 0);
    g_assert_cmpint (none->projection.cumulative, ==, 2512);
  }
}

static void
test_external (Fixture       *f,
               gconstpointer  unused)
{
  static const char * const rules[] = { "per-programme", "every-attendance", "per-fiscal-year" };
  g_autoptr(TomoniTarget) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  TomoniExternalCount entry = { 0 };
  TomoniExternalCount bad = { 0 };
  Data d;

  make_data (f, &d);
  target = tomoni_store_get_target (f->store, "japanese-support-participants", &error);
  entry.target_id = tomoni_target_get_id (target);
  entry.date = g_strdup ("2024-06-01");
  entry.programme = g_strdup ("Partner class");
  entry.venue_id = d.venue2;
  entry.count = 35;
  entry.source = g_strdup ("Kumamoto partner NPO");
  g_assert_true (tomoni_store_add_external_count (f->store, &entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (entry.id, >, 0);
  g_assert_nonnull (entry.uuid);

  /* On the baseline day: not counted. */
  bad = entry;
  bad.date = g_strdup ("2023-03-31");
  bad.programme = g_strdup ("Partner class");
  bad.source = g_strdup ("Kumamoto partner NPO");
  bad.uuid = NULL;
  g_assert_true (tomoni_store_add_external_count (f->store, &bad, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(TomoniTargetFigures) figures = NULL;

      set_rule (f, "japanese-support-participants", rules[i]);
      figures = figures_for (f, "japanese-support-participants", "2025-03-31", 0);
      g_assert_cmpint (figures->external, ==, 35);
      g_assert_cmpint (figures->counted, ==, rule_cases[i].counted + 35);
      g_assert_cmpint (year_count (figures, 2024), ==, rule_cases[i].fy2024 + 35);
      g_assert_cmpint (row_count (figures->by_programme, "Partner class"), ==, 35);
      g_assert_cmpint (row_count (figures->by_venue, "Kita EN"), ==,
                       35 + (i == 2 ? 1 : 2));  /* per fiscal year, B counts under X */
    }

  /* Validation names the field; nothing is written. */
  {
    TomoniExternalCount invalid = { .target_id = entry.target_id, .count = 0 };
    invalid.date = g_strdup ("2024-06-01");
    invalid.programme = g_strdup ("x");
    invalid.source = g_strdup ("y");
    g_assert_false (tomoni_store_add_external_count (f->store, &invalid, &error));
    g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, "Count"));
    g_clear_error (&error);
    /* Issue 14, row 10: a count so large that the totals overflowed. */
    invalid.count = G_MAXINT64;
    g_assert_false (tomoni_store_add_external_count (f->store, &invalid, &error));
    g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, "Count"));
    g_clear_error (&error);
    invalid.count = TOMONI_EXTERNAL_COUNT_MAX + 1;
    g_assert_false (tomoni_store_add_external_count (f->store, &invalid, &error));
    g_assert_true (g_str_has_prefix (error->message, "Count"));
    g_clear_error (&error);
    g_free (invalid.date);
    invalid.date = g_strdup ("2024-02-30");
    invalid.count = 3;
    g_assert_false (tomoni_store_add_external_count (f->store, &invalid, &error));
    g_assert_true (g_str_has_prefix (error->message, "Date"));
    g_clear_error (&error);
    g_free (invalid.date);
    g_free (invalid.programme);
    g_free (invalid.source);
  }

  /* Update and delete. */
  g_free (entry.date);
  entry.date = g_strdup ("2023-12-01");
  entry.count = 40;
  g_assert_true (tomoni_store_update_external_count (f->store, &entry, &error));
  g_assert_no_error (error);
  {
    g_autoptr(TomoniTargetFigures) figures = figures_for (f, "japanese-support-participants", "2025-03-31", 0);
    g_assert_cmpint (figures->external, ==, 40);
    g_assert_cmpint (year_count (figures, 2023), ==, rule_cases[2].fy2023 + 40);
  }
  listed = tomoni_store_list_external_counts (f->store, entry.target_id, &error);
  g_assert_cmpint (listed->len, ==, 2);
  g_assert_true (tomoni_store_delete_external_count (f->store, entry.id, &error));
  g_assert_false (tomoni_store_delete_external_count (f->store, entry.id, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND);

  g_free (entry.uuid);
  g_free (entry.date);
  g_free (entry.programme);
  g_free (entry.source);
  g_free (bad.uuid);
  g_free (bad.date);
  g_free (bad.programme);
  g_free (bad.source);
}

static void
test_indicator_from_external_only (Fixture       *f,
                                   gconstpointer  unused)
{
  g_autoptr(TomoniTarget) target = tomoni_target_new ();
  g_autoptr(TomoniTargetFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  TomoniExternalCount entry = { 0 };
  Data d;

  make_data (f, &d);
  tomoni_target_set_key (target, "consultations");
  tomoni_target_set_title_ja (target, "外国人相談件数");
  tomoni_target_set_baseline_value (target, 752);
  tomoni_target_set_baseline_date (target, "2023-03-31");
  tomoni_target_set_target_value (target, 1500);
  tomoni_target_set_target_date (target, "2031-03-31");
  g_assert_true (tomoni_store_add_target (f->store, target, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tomoni_target_get_position (target), ==, 3);

  entry.target_id = tomoni_target_get_id (target);
  entry.date = g_strdup ("2023-10-01");
  entry.programme = g_strdup ("Support Plaza");
  entry.count = 120;
  entry.source = g_strdup ("Plaza log");
  g_assert_true (tomoni_store_add_external_count (f->store, &entry, &error));

  figures = figures_for (f, "consultations", "2025-03-31", 0);
  g_assert_cmpint (figures->counted, ==, 120);   /* the attendance of make_data does not count */
  g_assert_cmpint (figures->projection.cumulative, ==, 872);

  g_free (entry.uuid);
  g_free (entry.date);
  g_free (entry.programme);
  g_free (entry.source);
}

static void
test_erasure_keeps_counts (Fixture       *f,
                           gconstpointer  unused)
{
  static const char * const rules[] = { "per-programme", "every-attendance", "per-fiscal-year" };
  g_autoptr(GError) error = NULL;
  gint64 before[3], vietnam[3];
  Data d;

  make_data (f, &d);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TomoniTargetFigures) figures = NULL;

      set_rule (f, "japanese-support-participants", rules[i]);
      figures = figures_for (f, "japanese-support-participants", "2025-03-31", 0);
      before[i] = figures->counted;
      vietnam[i] = row_count (figures->by_nationality, "VN");
    }

  g_assert_true (tomoni_store_erase_person (f->store, d.a, &error));
  g_assert_no_error (error);
  g_assert_true (tomoni_store_delete_person (f->store, d.c, &error));
  g_assert_no_error (error);
  assert_aggregates (f);

  /* Reopening purges deleted people: C took part, so C is erased, not removed. */
  sqlite3_close (f->db);
  g_assert_finalize_object (f->store);
  f->store = tomoni_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &f->db), ==, SQLITE_OK);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TomoniTargetFigures) figures = NULL;

      set_rule (f, "japanese-support-participants", rules[i]);
      figures = figures_for (f, "japanese-support-participants", "2025-03-31", 0);
      g_assert_cmpint (figures->counted, ==, before[i]);
      g_assert_cmpint (row_count (figures->by_nationality, "VN"), ==, vietnam[i]);
    }
  assert_aggregates (f);
}

/* Every kind of change the triggers must follow, each checked against a count
 * from scratch. */
static void
test_aggregates_follow_changes (Fixture       *f,
                                gconstpointer  unused)
{
  static const char * const steps[] = {
    /* status changes */
    "UPDATE attendance SET status = 'absent' WHERE person_id = 1 AND status = 'late'",
    "UPDATE attendance SET status = 'late' WHERE status = 'absent'",
    "UPDATE attendance SET status = 'excused' WHERE person_id = 2",
    "UPDATE attendance SET status = 'present' WHERE person_id = 2",
    /* a session moves across the fiscal-year boundary, to another class */
    "UPDATE session SET date = '2024-04-01' WHERE date = '2024-03-31'",
    "UPDATE session SET date = '2024-03-31' WHERE date = '2024-04-01' AND class_id = 2",
    "UPDATE session SET class_id = 2 WHERE date = '2023-05-10'",
    /* attendance moves to another session or person */
    "UPDATE attendance SET session_id = (SELECT id FROM session WHERE date = '2024-04-10') WHERE id ="
    " (SELECT a.id FROM attendance a JOIN session s ON s.id = a.session_id WHERE s.date = '2023-04-11')",
    "UPDATE attendance SET person_id = 4 WHERE person_id = 3",
    /* deletes, one and by cascade */
    "DELETE FROM attendance WHERE id = (SELECT min (id) FROM attendance)",
    "DELETE FROM session WHERE date = '2023-04-10'",
    "DELETE FROM class WHERE id = 2",
    /* nationality changes follow */
    "UPDATE person SET nationality = 'BR' WHERE id = 4",
    /* volunteers */
    "UPDATE assignment SET checkin = 'present' WHERE checkin IS NULL",
    "UPDATE assignment SET checkin = 'no-show' WHERE id = 1",
    "UPDATE assignment SET checkin = 'present' WHERE checkin = 'no-show'",
    "UPDATE shift SET date = '2024-04-02' WHERE date = '2023-04-03'",
    "UPDATE slot SET shift_id = (SELECT id FROM shift WHERE date = '2024-04-02') WHERE id = 1",
    "DELETE FROM slot WHERE id = 2",
    "DELETE FROM shift WHERE date = '2023-04-04'",
    "DELETE FROM assignment WHERE id = (SELECT max (id) FROM assignment)",
    "DELETE FROM activity",
    "DELETE FROM attendance",
  };
  Data d;

  make_data (f, &d);
  assert_aggregates (f);
  g_assert_cmpint (sqlite3_total_changes (f->db), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_test_message ("step %u: %s", i, steps[i]);
      exec (f, steps[i]);
      assert_aggregates (f);
    }
  {
    sqlite3_stmt *stmt;
    sqlite3_prepare_v2 (f->db, "SELECT count (*) FROM target_participation", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_finalize (stmt);
  }
}

/* Many random inserts, status changes, moves and deletes, of attendance and
 * of check-ins, with cancellations of checked-in assignments. */
static void
test_aggregates_random (Fixture       *f,
                        gconstpointer  unused)
{
  static const char * const statuses[] = { "present", "late", "excused", "absent" };
  static const char * const checkins[] = { "NULL", "'present'", "'present'", "'no-show'" };
  static const char * const assignment_statuses[] = { "assigned", "confirmed", "cancelled" };
  gint64 classes[3], people[8], activities[2];
  GRand *rand = g_rand_new_with_seed (20260401);
  Data d;

  make_data (f, &d);
  classes[0] = d.x;
  classes[1] = d.y;
  classes[2] = add_class (f, "Z", d.venue2);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    people[i] = add_person (f, "P", i % 2 ? "NP" : "BR");
  activities[0] = d.v;
  activities[1] = add_activity (f, "W", d.venue2);

  exec (f, "BEGIN");
  for (guint i = 0; i < 900; i++)
    {
      int op = g_rand_int_range (rand, 0, 17);
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 2022, 2026),
                                               g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      gint64 cls = classes[g_rand_int_range (rand, 0, 3)];
      gint64 person = people[g_rand_int_range (rand, 0, 8)];
      const char *status = statuses[g_rand_int_range (rand, 0, 4)];

      if (op < 5)
        insert (f, "INSERT OR IGNORE INTO attendance (uuid, session_id, person_id, status, created_at, updated_at)"
                   " SELECT tomoni_uuid_t (), id, %" G_GINT64_FORMAT ", '%s', " STAMP " FROM session"
                   " WHERE class_id = %" G_GINT64_FORMAT " ORDER BY random () LIMIT 1",
                person, status, cls);
      else if (op < 6)
        add_session (f, cls, date);
      else if (op < 8)
        insert (f, "UPDATE attendance SET status = '%s' WHERE id = (SELECT id FROM attendance ORDER BY random () LIMIT 1)",
                status);
      else if (op < 9)
        insert (f, "UPDATE session SET date = '%s' WHERE id = (SELECT id FROM session ORDER BY random () LIMIT 1)",
                date);
      else if (op < 10)
        insert (f, "DELETE FROM attendance WHERE id = (SELECT id FROM attendance ORDER BY random () LIMIT 1)");
      else if (op < 12)
        insert (f, "INSERT OR IGNORE INTO assignment (uuid, slot_id, person_id, status, checkin, created_at, updated_at)"
                   " SELECT tomoni_uuid_t (), sl.id, %" G_GINT64_FORMAT ", '%s', %s, " STAMP
                   " FROM slot sl JOIN shift sh ON sh.id = sl.shift_id WHERE sh.activity_id = %" G_GINT64_FORMAT
                   " ORDER BY random () LIMIT 1",
                person, assignment_statuses[g_rand_int_range (rand, 0, 3)], checkins[g_rand_int_range (rand, 0, 4)],
                activities[g_rand_int_range (rand, 0, 2)]);
      else if (op < 13)
        add_slot (f, activities[g_rand_int_range (rand, 0, 2)], date);
      else if (op < 14)
        /* a checked-in assignment is cancelled */
        insert (f, "UPDATE assignment SET status = 'cancelled' WHERE id = (SELECT id FROM assignment"
                   " WHERE checkin = 'present' AND status <> 'cancelled' ORDER BY random () LIMIT 1)");
      else if (op < 15)
        insert (f, "UPDATE OR IGNORE assignment SET status = '%s', checkin = %s"
                   " WHERE id = (SELECT id FROM assignment ORDER BY random () LIMIT 1)",
                assignment_statuses[g_rand_int_range (rand, 0, 3)], checkins[g_rand_int_range (rand, 0, 4)]);
      else if (op < 16)
        insert (f, "UPDATE shift SET date = '%s' WHERE id = (SELECT id FROM shift ORDER BY random () LIMIT 1)",
                date);
      else
        insert (f, "DELETE FROM assignment WHERE id = (SELECT id FROM assignment ORDER BY random () LIMIT 1)");
      if (i % 100 == 99)
        {
          exec (f, "COMMIT");
          assert_aggregates (f);
          exec (f, "BEGIN");
        }
    }
  exec (f, "COMMIT");
  assert_aggregates (f);

  /* The summaries give what the detailed pass gives, for every rule, as-of
   * day and fiscal-year filter. */
  {
    static const char * const rules[] = { "per-programme", "every-attendance", "per-fiscal-year" };
    static const char * const days[] = { "2023-03-31", "2023-06-30", "2024-03-31", "2025-03-31", "2026-12-31" };
    static const int years[] = { 0, 2023, 2024 };

    for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
      for (guint i = 0; i < G_N_ELEMENTS (days); i++)
        for (guint y = 0; y < G_N_ELEMENTS (years); y++)
          {
            g_autoptr(TomoniTargetFigures) fast = NULL;
            g_autoptr(TomoniTargetFigures) slow = NULL;

            set_rule (f, "japanese-support-participants", rules[r]);
            fast = figures_for (f, "japanese-support-participants", days[i], years[y]);
            tomoni_store_targets_set_use_summaries (FALSE);
            slow = figures_for (f, "japanese-support-participants", days[i], years[y]);
            tomoni_store_targets_set_use_summaries (TRUE);

            g_assert_cmpint (fast->counted, ==, slow->counted);
            g_assert_cmpint (fast->by_fiscal_year->len, ==, slow->by_fiscal_year->len);
            for (guint k = 0; k < fast->by_fiscal_year->len; k++)
              g_assert_cmpint (g_array_index (fast->by_fiscal_year, TomoniFiscalYearCount, k).count, ==,
                               g_array_index (slow->by_fiscal_year, TomoniFiscalYearCount, k).count);
            g_assert_cmpint (fast->by_programme->len, ==, slow->by_programme->len);
            for (guint k = 0; k < fast->by_programme->len; k++)
              {
                TomoniBreakdownRow *a = fast->by_programme->pdata[k], *b = slow->by_programme->pdata[k];
                g_assert_cmpstr (a->key, ==, b->key);
                g_assert_cmpint (a->count, ==, b->count);
              }
            g_assert_cmpint (fast->by_nationality->len, ==, slow->by_nationality->len);
            for (guint k = 0; k < fast->by_nationality->len; k++)
              {
                TomoniBreakdownRow *a = fast->by_nationality->pdata[k], *b = slow->by_nationality->pdata[k];
                g_assert_cmpstr (a->key, ==, b->key);
                g_assert_cmpint (a->count, ==, b->count);
              }
            g_assert_cmpint (fast->by_venue->len, ==, slow->by_venue->len);
          }
  }

  /* A rebuild gives the same table. */
  {
    g_autoptr(GError) error = NULL;
    g_assert_true (tomoni_store_rebuild_target_aggregates (f->store, &error));
    g_assert_no_error (error);
    assert_aggregates (f);
  }
  g_rand_free (rand);
}

static gint64
volunteer_participations (Fixture *f)
{
  sqlite3_stmt *stmt;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (f->db, "SELECT coalesce (sum (n), 0) FROM target_participation WHERE kind = 2",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* A checked-in assignment that is cancelled later no longer counts (the
 * participation view), and counts again when the cancellation is undone. */
static void
test_cancelled_checkin (Fixture       *f,
                        gconstpointer  unused)
{
  Data d;

  make_data (f, &d);
  g_assert_cmpint (volunteer_participations (f), ==, 2);
  exec (f, "UPDATE assignment SET status = 'cancelled' WHERE checkin = 'present'"
           " AND id = (SELECT min (id) FROM assignment WHERE checkin = 'present')");
  assert_aggregates (f);
  g_assert_cmpint (volunteer_participations (f), ==, 1);
  exec (f, "INSERT INTO assignment (uuid, slot_id, person_id, status, checkin, created_at, updated_at)"
           " SELECT tomoni_uuid_t (), slot_id, person_id, 'cancelled', 'present', " STAMP
           " FROM assignment WHERE checkin = 'present' AND status = 'cancelled'");
  assert_aggregates (f);
  g_assert_cmpint (volunteer_participations (f), ==, 1);
  exec (f, "UPDATE assignment SET status = 'confirmed' WHERE id = (SELECT min (id) FROM assignment"
           " WHERE checkin = 'present' AND status = 'cancelled')");
  assert_aggregates (f);
  g_assert_cmpint (volunteer_participations (f), ==, 2);
}

static void
test_check_detects_drift (Fixture       *f,
                          gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  Data d;

  make_data (f, &d);
  exec (f, "UPDATE target_participation SET n = n + 1 WHERE person_id = 1 AND fy = 2024");
  g_assert_false (tomoni_store_check_target_aggregates (f->store, NULL, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_true (tomoni_store_rebuild_target_aggregates (f->store, &error));
  assert_aggregates (f);
}

static void
test_editing_and_history (Fixture       *f,
                          gconstpointer  unused)
{
  g_autoptr(TomoniTarget) target = NULL;
  g_autoptr(TomoniTarget) other = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GArray) milestones = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GError) error = NULL;
  TomoniTargetChange *change;
  gint64 id;

  targets = tomoni_store_list_targets (f->store, &error);
  g_assert_cmpint (targets->len, ==, 2);
  g_assert_cmpstr (tomoni_target_get_key (targets->pdata[0]), ==, "japanese-support-participants");
  g_assert_cmpint (tomoni_target_get_baseline_value (targets->pdata[1]), ==, 3459);
  g_assert_cmpint (tomoni_target_get_target_value (targets->pdata[1]), ==, 7000);
  g_assert_true (tomoni_target_get_counts_activities (targets->pdata[1]));

  target = tomoni_store_get_target (f->store, "japanese-support-participants", &error);
  id = tomoni_target_get_id (target);
  tomoni_target_set_target_value (target, 5200);
  tomoni_target_set_counting_rule (target, TOMONI_COUNTING_PER_FISCAL_YEAR);
  g_assert_true (tomoni_store_update_target (f->store, target, &error));
  g_assert_no_error (error);
  /* Saving again without a change records nothing. */
  g_assert_true (tomoni_store_update_target (f->store, target, &error));

  changes = tomoni_store_list_target_changes (f->store, id, &error);
  g_assert_cmpint (changes->len, ==, 2);
  change = changes->pdata[0];
  g_assert_cmpstr (change->field, ==, "target-value");
  g_assert_cmpstr (change->old_value, ==, "5000");
  g_assert_cmpstr (change->new_value, ==, "5200");
  g_assert_cmpstr (change->changed_by, ==, g_get_user_name ());
  g_assert_true (g_str_has_suffix (change->changed_at, "Z"));
  change = changes->pdata[1];
  g_assert_cmpstr (change->field, ==, "counting-rule");
  g_assert_cmpstr (change->new_value, ==, "per-fiscal-year");

  /* Invalid edits name the field and change nothing. */
  tomoni_target_set_target_date (target, "2022-01-01");
  g_assert_false (tomoni_store_update_target (f->store, target, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Target date"));
  g_clear_error (&error);
  tomoni_target_set_target_date (target, "2031-03-31");
  tomoni_target_set_key (target, "volunteer-activity-participants");
  g_assert_false (tomoni_store_update_target (f->store, target, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  tomoni_target_set_key (target, "Bad Key");
  g_assert_false (tomoni_store_update_target (f->store, target, &error));
  g_assert_true (g_str_has_prefix (error->message, "Key"));
  g_clear_error (&error);
  g_assert_false (tomoni_target_set_field_text (target, TOMONI_TARGET_BASELINE_VALUE, "-3", &error));
  g_assert_true (g_str_has_prefix (error->message, "Baseline value"));
  g_clear_error (&error);
  other = tomoni_store_get_target (f->store, "japanese-support-participants", &error);
  g_assert_cmpint (tomoni_target_get_target_value (other), ==, 5200);

  /* Milestones: set, replace, remove; each in the history. */
  g_assert_true (tomoni_store_set_target_milestone (f->store, id, "2027-03-31", 3800, &error));
  g_assert_true (tomoni_store_set_target_milestone (f->store, id, "2027-03-31", 3900, &error));
  g_assert_true (tomoni_store_set_target_milestone (f->store, id, "2029-03-31", 4400, &error));
  g_assert_no_error (error);
  g_assert_false (tomoni_store_set_target_milestone (f->store, id, "2035-03-31", 4400, &error));
  g_assert_true (g_str_has_prefix (error->message, "Milestone date"));
  g_clear_error (&error);
  milestones = tomoni_store_list_target_milestones (f->store, id, &error);
  g_assert_cmpint (milestones->len, ==, 2);
  g_assert_cmpint (g_array_index (milestones, TomoniTargetMilestone, 0).value, ==, 3900);
  g_assert_true (tomoni_store_remove_target_milestone (f->store, id, "2029-03-31", &error));
  g_assert_false (tomoni_store_remove_target_milestone (f->store, id, "2029-03-31", &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = tomoni_store_list_target_changes (f->store, id, NULL);
  g_assert_cmpint (changes->len, ==, 6);
  change = changes->pdata[3];
  g_assert_cmpstr (change->field, ==, "milestone 2027-03-31");
  g_assert_cmpstr (change->old_value, ==, "3800");
  g_assert_cmpstr (change->new_value, ==, "3900");
  change = changes->pdata[5];
  g_assert_null (change->new_value);
}

static void
got_figures (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = tomoni_store_compute_all_figures_finish (TOMONI_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (Fixture       *f,
            gconstpointer  unused)
{
  g_autoptr(GPtrArray) sync = NULL;
  g_autoptr(GPtrArray) async = NULL;
  GDate as_of;
  Data d;

  make_data (f, &d);
  g_assert_true (tomoni_date_parse ("2025-03-31", &as_of, NULL));
  sync = tomoni_store_compute_all_figures (f->store, &as_of, 0, NULL);
  tomoni_store_compute_all_figures_async (f->store, &as_of, 0, NULL, got_figures, &async);
  while (async == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* The worker thread drops its reference to the task, and so to the store,
   * a moment after the callback. */
  for (guint i = 0; i < 500 && G_OBJECT (f->store)->ref_count > 1; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_cmpint (async->len, ==, sync->len);
  for (guint i = 0; i < sync->len; i++)
    {
      TomoniTargetFigures *a = async->pdata[i], *s = sync->pdata[i];
      g_assert_cmpint (a->counted, ==, s->counted);
      g_assert_cmpint (a->projection.projected, ==, s->projection.projected);
      g_assert_cmpint (a->by_programme->len, ==, s->by_programme->len);
    }
  g_assert_cmpint (((TomoniTargetFigures *)sync->pdata[0])->counted, ==, 5);
}

/* Programmes that share a title are told apart by the fiscal years of their
 * counted participations; the others keep their bare title. */
static const char *
row_label (GPtrArray  *rows,
           const char *key)
{
  for (guint i = 0; i < rows->len; i++)
    {
      TomoniBreakdownRow *row = rows->pdata[i];

      if (g_strcmp0 (row->key, key) == 0)
        return tomoni_breakdown_row_get_label (row);
    }
  return NULL;
}

static void
test_shared_titles (Fixture       *f,
                    gconstpointer  unused)
{
  g_autoptr(TomoniTargetFigures) figures = NULL;
  g_autofree char *x_key = NULL;
  g_autofree char *x2_key = NULL;
  g_autofree char *y_key = NULL;
  gint64 x2;
  Data d;

  make_data (f, &d);
  /* A second "X", its learner only in FY2025. */
  x2 = add_class (f, "X", d.venue2);
  attend_on (f, x2, "2025-05-12", d.b, "present");
  set_rule (f, "japanese-support-participants", "every-attendance");
  figures = figures_for (f, "japanese-support-participants", "2026-03-31", 0);

  x_key = g_strdup_printf ("class:%" G_GINT64_FORMAT, d.x);
  x2_key = g_strdup_printf ("class:%" G_GINT64_FORMAT, x2);
  y_key = g_strdup_printf ("class:%" G_GINT64_FORMAT, d.y);
  /* X: A in FY2023 and FY2024, D in FY2024. */
  g_assert_cmpstr (row_label (figures->by_programme, x_key), ==, "X EN (FY2023–FY2024)");
  g_assert_cmpstr (row_label (figures->by_programme, x2_key), ==, "X EN (FY2025)");
  g_assert_cmpstr (row_label (figures->by_programme, y_key), ==, "Y EN");
  /* Asked again: the same (made once). */
  g_assert_cmpstr (row_label (figures->by_programme, x2_key), ==, "X EN (FY2025)");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/targets/rules", test_rules);
  ADD ("/targets/shared-titles", test_shared_titles);
  ADD ("/targets/baseline-date", test_baseline_date);
  ADD ("/targets/external", test_external);
  ADD ("/targets/indicator-from-external-only", test_indicator_from_external_only);
  ADD ("/targets/erasure-keeps-counts", test_erasure_keeps_counts);
  ADD ("/targets/aggregates/follow-changes", test_aggregates_follow_changes);
  ADD ("/targets/aggregates/random", test_aggregates_random);
  ADD ("/targets/aggregates/cancelled-check-in", test_cancelled_checkin);
  ADD ("/targets/aggregates/check-detects-drift", test_check_detects_drift);
  ADD ("/targets/editing-and-history", test_editing_and_history);
  ADD ("/targets/async", test_async);
#undef ADD
  return g_test_run ();
}
