/* tomoni-demo.c: deterministic sample data for demonstrations and tests
 *
 * Everything comes from one seeded GRand, consumed in a fixed order: the same
 * seed gives the same rows, UUIDs, pseudonyms and timestamps (derived from
 * the data's own dates, never from the clock).
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-demo"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-holidays.h"
#include "tomoni-demo-private.h"
#include "tomoni-store-activities-private.h"
#include "tomoni-store-classes-private.h"
#include "tomoni-store-people-private.h"
#include "tomoni-store-volunteers-private.h"
#include "tomoni-store-skills.h"
#include "tomoni-store-targets.h"
#include "tomoni-store-targets-private.h"

/* --- external counts -------------------------------------------------------------------- */

typedef struct {
  const char *target;
  const char *programme;
  const char *source;
  int         month;      /* reported in this month of the fiscal year */
  guint       lo, hi;
} ExternalDef;

static const ExternalDef external_defs[] = {
  { "japanese-support-participants", "地域日本語教室（託麻）", "託麻日本語ボランティアの会 年度報告", 3, 30, 60 },
  { "japanese-support-participants", "外国人児童生徒の日本語指導", "熊本市教育委員会 報告", 3, 40, 90 },
  { "japanese-support-participants", "企業内日本語研修", "熊本県国際協会 報告", 12, 15, 35 },
  { "volunteer-activity-participants", "熊本城マラソン 多言語案内ボランティア", "熊本城マラソン実行委員会 報告", 2, 40, 80 },
  { "volunteer-activity-participants", "国際交流ボランティア研修会", "熊本県国際協会 報告", 11, 20, 45 },
};

/* Interim milestones on the way to the strategy's targets, and the one
 * recorded change of the counting rule. */
static gboolean
add_milestones (Demo *d)
{
  static const char *const keys[] = { "japanese-support-participants", "volunteer-activity-participants" };
  static const int from[] = { 2512, 3459 }, to[] = { 5000, 7000 };

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      gint64 target = demo_target_id_of (d, keys[k]);
      TomoniTargetChangeRow change = { 0 };

      if (target == 0)
        continue;
      for (int year = 2025; year <= 2029; year += 2)
        {
          TomoniTargetMilestoneRow row = { 0 };

          demo_row_stamp (d, demo_clamp_today (d, demo_julian (2024, 4, 15)), 600);
          row.uuid = d->uuid;
          row.created_at = row.updated_at = d->stamp;
          row.target_id = target;
          row.date = demo_ds (d, demo_julian (year, 3, 31));
          /* a straight line from the reference value (March 2023) to March 2031 */
          row.value = from[k] + (to[k] - from[k]) * (year - 2023) / 8;
          if (!tomoni_target_milestone_row_insert (d->store, &row, NULL, &d->error))
            return FALSE;
        }
      demo_row_stamp (d, demo_clamp_today (d, demo_julian (2024, 4, 15)), 630);
      change.uuid = d->uuid;
      change.created_at = change.updated_at = d->stamp;
      change.target_id = target;
      change.changed_by = "国際課 田中";
      change.field = "counting_rule";
      change.old_value = "every-attendance";
      change.new_value = "per-programme";
      if (!tomoni_target_change_row_insert (d->store, &change, NULL, &d->error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_external_counts (Demo *d)
{
  for (int fy = MAX (d->first_fy, 2023); fy <= d->last_fy; fy++)
    for (guint i = 0; i < G_N_ELEMENTS (external_defs); i++)
      {
        const ExternalDef *e = &external_defs[i];
        gint64 target = demo_target_id_of (d, e->target);
        guint32 j = e->month >= 4 ? demo_julian (fy, e->month, 28) : demo_julian (fy + 1, e->month, 28);
        TomoniExternalCountRow row = { 0 };

        if (target == 0 || j > d->today)
          continue;
        demo_row_stamp (d, j, 960);
        row.uuid = d->uuid;
        row.created_at = row.updated_at = d->stamp;
        row.target_id = target;
        row.date = demo_ds (d, j);
        row.programme = e->programme;
        if (i == 0 && d->venues->len > 1)
          row.venue_id = g_array_index (d->venues, VenueInfo, 1).id;
        row.count = demo_between (d, e->lo, e->hi);
        row.source = e->source;
        if (!tomoni_external_count_row_insert (d->store, &row, NULL, &d->error))
          return FALSE;
      }
  return TRUE;
}

/* --- the lists the schema seeds ------------------------------------------------------- */

/* The migrations seed skills, trainings and targets with random UUIDs and the
 * clock's time; give them the generator's own, so that the same seed and
 * today give the same file byte for byte. Last, so the rest of the data does
 * not move. */
/* Gives a skill (@skills) or training its uuid and stamps, keeping its names. */
static gboolean
settle_catalog (Demo     *d,
                gboolean  skills,
                gint64    id,
                guint32   created)
{
  g_autoptr(GPtrArray) entries = NULL;
  TomoniCatalogRow row = { 0 };

  if (id == 0)
    return TRUE;
  entries = skills ? tomoni_store_list_skills (d->store, &d->error) : tomoni_store_list_trainings (d->store, &d->error);
  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      TomoniCatalogEntry *entry = g_ptr_array_index (entries, i);

      if (entry->id != id)
        continue;
      demo_row_stamp (d, created, 480);
      row.id = id;
      row.uuid = d->uuid;
      row.key = entry->key;
      row.name_ja = entry->name_ja;
      row.name_en = entry->name_en;
      row.created_at = row.updated_at = d->stamp;
      return skills ? tomoni_skill_row_update (d->store, &row, &d->error)
                    : tomoni_training_row_update (d->store, &row, &d->error);
    }
  return TRUE;
}

static gboolean
settle_seeded_lists (Demo *d)
{
  static const char *const target_keys[] = { "japanese-support-participants", "volunteer-activity-participants" };
  guint32 created = demo_clamp_today (d, demo_julian (d->first_fy - 1, 3, 1));

  for (guint i = 0; i < N_SKILLS; i++)
    if (!settle_catalog (d, TRUE, d->skill_ids[i], created))
      return FALSE;
  for (guint i = 0; i < N_TRAININGS; i++)
    if (!settle_catalog (d, FALSE, d->training_ids[i], created))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (target_keys); i++)
    {
      g_autoptr(TomoniTarget) target = tomoni_store_get_target (d->store, target_keys[i], NULL);

      if (target == NULL)
        continue;
      demo_row_stamp (d, created, 480);
      if (!tomoni_target_row_update (d->store, target, tomoni_target_get_position (target), d->uuid, d->stamp,
                                     d->stamp, &d->error))
        return FALSE;
    }
  return TRUE;
}

/* --- driver --------------------------------------------------------------------------- */

/* The sample's last fiscal year is the one four months after today, so there
 * are always classes and shifts to come (2026 for 2026-11-30, 2027 from
 * early December on). */
void
demo_init (Demo            *d,
           TomoniStore     *store,
           guint32          seed,
           TomoniDemoScale  scale,
           const GDate     *today)
{
  guint32 last;
  GDate ahead = *today;

  d->store = store;
  d->rand = g_rand_new_with_seed (seed);
  d->scale = scale;
  g_date_add_days (&ahead, 120);
  d->last_fy = tomoni_fiscal_year_of (&ahead);
  d->first_fy = d->last_fy - (scale == TOMONI_DEMO_SMALL ? 2 : 9);
  d->today = g_date_get_julian (today);
  /* the targets' fixed dates (2024 to 2031) are in range too */
  d->base = demo_julian (MIN (d->first_fy - 4, 2020), 1, 1);
  last = demo_julian (MAX (d->last_fy + 5, 2031), 12, 31);
  d->n_days = last - d->base + 1;
  d->day_str = g_malloc (d->n_days * sizeof *d->day_str);
  d->holiday = g_new0 (const char *, d->n_days);
  for (guint i = 0; i < d->n_days; i++)
    {
      GDate date;
      TomoniHoliday holiday;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, d->base + i);
      g_snprintf (d->day_str[i], 11, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                  g_date_get_day (&date));
      if (tomoni_holiday_lookup (&date, &holiday))
        d->holiday[i] = holiday.name_ja;
    }
  g_assert (demo_weekday_of (demo_julian (2026, 11, 30)) == MON);

  d->venues = g_array_new (FALSE, FALSE, sizeof (VenueInfo));
  d->closed = g_hash_table_new (NULL, NULL);
  d->teachers = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->volunteers = g_array_new (FALSE, FALSE, sizeof (VolInfo));
  for (guint i = 0; i < N_LANGS; i++)
    d->by_lang[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < N_SKILLS; i++)
    d->by_skill[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  d->classes = g_array_new (FALSE, FALSE, sizeof (ClassInfo));
  d->recent = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->busy = g_hash_table_new (NULL, NULL);
  d->monthly = g_hash_table_new (NULL, NULL);
}

void
demo_clear (Demo *d)
{
  g_rand_free (d->rand);
  g_free (d->day_str);
  g_free (d->holiday);
  g_array_unref (d->venues);
  g_hash_table_unref (d->closed);
  g_array_unref (d->teachers);
  g_array_unref (d->volunteers);
  for (guint i = 0; i < N_LANGS; i++)
    g_array_unref (d->by_lang[i]);
  for (guint i = 0; i < N_SKILLS; i++)
    g_array_unref (d->by_skill[i]);
  for (guint i = 0; i < d->classes->len; i++)
    g_array_unref (g_array_index (d->classes, ClassInfo, i).continuing);
  g_array_unref (d->classes);
  g_array_unref (d->recent);
  g_hash_table_unref (d->busy);
  g_hash_table_unref (d->monthly);
  g_clear_error (&d->error);
}

static gboolean
generate (TomoniStore         *store,
          guint32              seed,
          TomoniDemoScale      scale,
          const GDate         *today,
          TomoniProgressFunc   progress,
          gpointer             progress_data,
          GCancellable        *cancellable,
          GError             **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  Demo d = { 0 };
  gint64 cache_kib = tomoni_store_get_cache_kib (store);
  gboolean ok;

  if (!tomoni_store_transaction_begin (&tx, store, error))
    return FALSE;
  /* checked inside the write transaction, so nothing can slip in between */
  if (!tomoni_store_is_empty (store))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("The database already holds data: sample data can only be loaded into an empty database."));
      return FALSE;
    }

  demo_init (&d, store, seed, scale, today);
  d.progress = progress;
  d.progress_data = progress_data;
  d.cancellable = cancellable;
  for (guint i = 0; i < N_SKILLS; i++)
    d.skill_ids[i] = tomoni_store_catalog_id (store, TRUE, demo_skill_keys[i]);
  for (guint i = 0; i < N_TRAININGS; i++)
    d.training_ids[i] = tomoni_store_catalog_id (store, FALSE, demo_training_keys[i]);

  /* A bigger page cache while millions of rows go in; memory only, restored below. */
  if (scale == TOMONI_DEMO_LARGE)
    tomoni_store_set_cache_kib (store, 262144);

  ok = demo_report (&d, 0.0, _("Creating venues and people…")) &&
       demo_add_venues (&d) &&
       demo_add_teachers (&d) &&
       demo_add_volunteers (&d) &&
       demo_add_classes (&d) &&
       demo_add_terms (&d) &&
       demo_add_activities (&d) &&
       add_milestones (&d) &&
       add_external_counts (&d) &&
       settle_seeded_lists (&d) &&
       demo_report (&d, 0.98, _("Saving…")) &&
       tomoni_store_transaction_commit (&tx, &d.error);

  if (scale == TOMONI_DEMO_LARGE)
    tomoni_store_set_cache_kib (store, cache_kib);
  if (ok && progress != NULL)
    progress (1.0, NULL, progress_data);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&d.error));
  demo_clear (&d);
  return ok;
}

/**
 * tomoni_demo_scale_from_string:
 * @text: "small" or "large"
 *
 * Returns: whether @text names a scale
 */
gboolean
tomoni_demo_scale_from_string (const char      *text,
                               TomoniDemoScale *out_scale)
{
  g_return_val_if_fail (out_scale != NULL, FALSE);

  if (g_strcmp0 (text, "small") == 0)
    *out_scale = TOMONI_DEMO_SMALL;
  else if (g_strcmp0 (text, "large") == 0)
    *out_scale = TOMONI_DEMO_LARGE;
  else
    return FALSE;
  return TRUE;
}

/**
 * tomoni_demo_today:
 * @out: (out): today's date in Japan (UTC+9 all year: no summer time)
 *
 * The sample data's default "today", whatever the machine's time zone.
 */
void
tomoni_demo_today (GDate *out)
{
  g_autoptr(GTimeZone) jst = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new_now (jst);

  g_return_if_fail (out != NULL);

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* @today, or today in Japan when it is NULL. */
static void
resolve_today (const GDate *today,
               GDate       *out)
{
  if (today != NULL)
    *out = *today;
  else
    tomoni_demo_today (out);
}

/**
 * tomoni_demo_today_is_valid:
 * @today: a date
 *
 * Returns: whether @today can be the sample's today: a valid date from
 *   %TOMONI_DEMO_YEAR_MIN to %TOMONI_DEMO_YEAR_MAX
 */
gboolean
tomoni_demo_today_is_valid (const GDate *today)
{
  g_return_val_if_fail (today != NULL, FALSE);

  return g_date_valid (today) && g_date_get_year (today) >= TOMONI_DEMO_YEAR_MIN &&
         g_date_get_year (today) <= TOMONI_DEMO_YEAR_MAX;
}

/**
 * tomoni_demo_generate:
 * @seed: the same seed gives the same data, UUIDs included
 * @scale: how much data
 * @today: (nullable): the sample's "today", %TOMONI_DEMO_YEAR_MIN to
 *   %TOMONI_DEMO_YEAR_MAX; %NULL for today in Japan (tomoni_demo_today())
 * @progress: (nullable): called now and then, on this thread
 * @cancellable: (nullable): cancelling rolls everything back
 *
 * Fills an empty database with believable sample data for the Kumamoto City
 * International Center: venues, people, classes with terms, sessions,
 * enrolments and attendance, volunteers, activities with shifts and
 * assignments, over several fiscal years: attendance and check-ins are
 * recorded up to @today, and the sessions and shifts of the following
 * months are still to come. The same @seed and @today give the same data,
 * byte for byte. Everything is written in one transaction. A database that
 * already holds data is refused with %TOMONI_STORE_ERROR_INVALID.
 */
gboolean
tomoni_demo_generate (TomoniStore         *store,
                      guint32              seed,
                      TomoniDemoScale      scale,
                      const GDate         *today,
                      TomoniProgressFunc   progress,
                      gpointer             progress_data,
                      GCancellable        *cancellable,
                      GError             **error)
{
  GDate day;

  g_return_val_if_fail (TOMONI_IS_STORE (store), FALSE);
  g_return_val_if_fail (scale == TOMONI_DEMO_SMALL || scale == TOMONI_DEMO_LARGE, FALSE);
  g_return_val_if_fail (today == NULL || tomoni_demo_today_is_valid (today), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  resolve_today (today, &day);
  if (!generate (store, seed, scale, &day, progress, progress_data, cancellable, error))
    return FALSE;
  tomoni_store_notify_changed (store, "all");
  return TRUE;
}

/* --- in a worker thread ------------------------------------------------------------------ */

typedef struct {
  guint32             seed;
  TomoniDemoScale     scale;
  GDate               today;
  TomoniProgressFunc  progress;
  gpointer            progress_data;
  GMainContext       *context;
} AsyncData;

static void
async_data_free (gpointer data)
{
  AsyncData *a = data;

  g_main_context_unref (a->context);
  g_free (a);
}

typedef struct {
  TomoniProgressFunc  func;
  gpointer            data;
  double              fraction;
  char               *what;
} ProgressMessage;

static gboolean
deliver_progress (gpointer data)
{
  ProgressMessage *m = data;

  m->func (m->fraction, m->what, m->data);
  return G_SOURCE_REMOVE;
}

static void
progress_message_free (gpointer data)
{
  ProgressMessage *m = data;

  g_free (m->what);
  g_free (m);
}

static void
forward_progress (double      fraction,
                  const char *what,
                  gpointer    user_data)
{
  AsyncData *a = user_data;
  ProgressMessage *m = g_new0 (ProgressMessage, 1);

  m->func = a->progress;
  m->data = a->progress_data;
  m->fraction = fraction;
  m->what = g_strdup (what);
  /* An idle on the caller's context: g_main_context_invoke () would run
   * deliver_progress on this worker thread whenever that context is free. */
  {
    g_autoptr(GSource) source = g_idle_source_new ();

    g_source_set_callback (source, deliver_progress, m, progress_message_free);
    g_source_attach (source, a->context);
  }
}

static void
generate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  TomoniStore *store = source_object;
  AsyncData *a = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) connection = tomoni_store_open_connection (store, &error);

  if (connection == NULL ||
      !generate (connection, a->seed, a->scale, &a->today, a->progress != NULL ? forward_progress : NULL, a,
                 cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  tomoni_store_notify_changed (store, "all");
  g_task_return_boolean (task, TRUE);
}

/**
 * tomoni_demo_generate_async:
 *
 * Like tomoni_demo_generate() (@today is read before this returns), in a worker thread with its own
 * connection. @progress is called on the caller's thread-default main
 * context. On success the store emits #TomoniStore::changed with "all".
 */
void
tomoni_demo_generate_async (TomoniStore         *store,
                            guint32              seed,
                            TomoniDemoScale      scale,
                            const GDate         *today,
                            TomoniProgressFunc   progress,
                            gpointer             progress_data,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AsyncData *a;

  g_return_if_fail (TOMONI_IS_STORE (store));
  g_return_if_fail (scale == TOMONI_DEMO_SMALL || scale == TOMONI_DEMO_LARGE);
  g_return_if_fail (today == NULL || tomoni_demo_today_is_valid (today));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  a = g_new0 (AsyncData, 1);
  a->seed = seed;
  a->scale = scale;
  resolve_today (today, &a->today);
  a->progress = progress;
  a->progress_data = progress_data;
  a->context = g_main_context_ref_thread_default ();

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, tomoni_demo_generate_async);
  g_task_set_task_data (task, a, async_data_free);
  g_task_run_in_thread (task, generate_thread);
}

gboolean
tomoni_demo_generate_finish (TomoniStore   *store,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

