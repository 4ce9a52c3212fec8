/* tomoni-store-targets.c: targets, their history, external entries and figures
 *
 * The figures come from target_participation, an aggregate that triggers keep
 * (schema/005-targets.sql): one row per (kind, programme, person, fiscal year)
 * with the first and last day and the number of participations. Only rows that
 * straddle the baseline date or the as-of date are looked up in attendance or
 * assignment; everything else is one pass over the aggregate.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store-targets"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-store-private.h"
#include "tomoni-store-targets.h"

#define KIND_CLASS    1
#define KIND_ACTIVITY 2

/* --- boxed records -------------------------------------------------------- */

void
tomoni_target_change_free (TomoniTargetChange *change)
{
  if (change == NULL)
    return;
  g_free (change->changed_by);
  g_free (change->changed_at);
  g_free (change->field);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

void
tomoni_external_count_free (TomoniExternalCount *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->uuid);
  g_free (entry->date);
  g_free (entry->programme);
  g_free (entry->source);
  g_free (entry);
}

static void
breakdown_row_free (gpointer data)
{
  TomoniBreakdownRow *row = data;

  g_free (row->key);
  g_free (row->label_ja);
  g_free (row->label_en);
  g_free (row);
}

/**
 * tomoni_breakdown_row_get_label:
 *
 * The row's label in the user's language.
 */
const char *
tomoni_breakdown_row_get_label (const TomoniBreakdownRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (row->label_ja == NULL)
    return _(row->label_en);  /* a label of our own, marked with N_() */
  if (tomoni_prefers_japanese () || row->label_en == NULL || *row->label_en == '\0')
    return row->label_ja;
  return row->label_en;
}

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

void
tomoni_today_in_japan (GDate *out)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* --- targets ---------------------------------------------------------------- */

#define TARGET_COLUMNS \
  "id, uuid, key, title_ja, title_en, baseline_value, baseline_date, target_value, target_date," \
  " counts_classes, counts_activities, counting_rule, position"

static TomoniTarget *
target_from_row (TomoniDbStmt *stmt)
{
  TomoniTarget *target = tomoni_target_new ();
  TomoniCountingRule rule = TOMONI_COUNTING_PER_PROGRAMME;

  tomoni_target_set_id (target, tomoni_db_column_int64 (stmt, 0));
  tomoni_target_set_uuid (target, tomoni_db_column_text (stmt, 1));
  tomoni_target_set_key (target, tomoni_db_column_text (stmt, 2));
  tomoni_target_set_title_ja (target, tomoni_db_column_text (stmt, 3));
  tomoni_target_set_title_en (target, tomoni_db_column_text (stmt, 4));
  tomoni_target_set_baseline_value (target, tomoni_db_column_int64 (stmt, 5));
  tomoni_target_set_baseline_date (target, tomoni_db_column_text (stmt, 6));
  tomoni_target_set_target_value (target, tomoni_db_column_int64 (stmt, 7));
  tomoni_target_set_target_date (target, tomoni_db_column_text (stmt, 8));
  tomoni_target_set_counts_classes (target, tomoni_db_column_int (stmt, 9));
  tomoni_target_set_counts_activities (target, tomoni_db_column_int (stmt, 10));
  tomoni_counting_rule_from_name (tomoni_db_column_text (stmt, 11), &rule);
  tomoni_target_set_counting_rule (target, rule);
  tomoni_target_set_position (target, tomoni_db_column_int (stmt, 12));
  return target;
}

/**
 * tomoni_store_list_targets:
 *
 * Returns: (transfer container) (element-type TomoniTarget): every target in
 *   the order the dashboard shows them
 */
GPtrArray *
tomoni_store_list_targets (TomoniStore  *self,
                           GError      **error)
{
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);
  TomoniDbStmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " TARGET_COLUMNS " FROM target ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    g_ptr_array_add (targets, target_from_row (stmt));
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&targets);
}

static TomoniTarget *
get_target_by_id (TomoniStore  *self,
                  gint64        id,
                  GError      **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self, "SELECT " TARGET_COLUMNS " FROM target WHERE id = ?", error);
  TomoniTarget *target = NULL;

  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, id);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    target = target_from_row (stmt);
  tomoni_db_reset (stmt);
  if (target == NULL)
    g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such target."));
  return target;
}

TomoniTarget *
tomoni_store_get_target (TomoniStore  *self,
                         const char   *key,
                         GError      **error)
{
  TomoniDbStmt *stmt;
  TomoniTarget *target = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = tomoni_store_prepare (self, "SELECT " TARGET_COLUMNS " FROM target WHERE key = ?", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, key);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    target = target_from_row (stmt);
  tomoni_db_reset (stmt);
  if (target == NULL)
    g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                 _("There is no target with the key “%s”."), key);
  return target;
}

static gboolean
record_change (TomoniStore  *self,
               gint64        target_id,
               const char   *field,
               const char   *old_value,
               const char   *new_value,
               GError      **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self,
                                             "INSERT INTO target_change (uuid, target_id, changed_by, field,"
                                             " old_value, new_value, created_at, updated_at)"
                                             " VALUES (tomoni_uuid (), ?, ?, ?, ?, ?, tomoni_now (), tomoni_now ())",
                                             error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, target_id);
  tomoni_bind_text (stmt, 2, g_get_user_name ());
  tomoni_bind_text (stmt, 3, field);
  if (old_value != NULL)
    tomoni_bind_text (stmt, 4, old_value);
  if (new_value != NULL)
    tomoni_bind_text (stmt, 5, new_value);
  return tomoni_store_step_done (self, stmt, error);
}

static gboolean
check_key_free (TomoniStore   *self,
                TomoniTarget  *target,
                GError       **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self, "SELECT id FROM target WHERE key = ? AND id <> ?", error);
  gboolean taken;

  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, tomoni_target_get_key (target));
  tomoni_db_bind_int64 (stmt, 2, tomoni_target_get_id (target));
  taken = tomoni_db_step (stmt) == TOMONI_DB_ROW;
  tomoni_db_reset (stmt);
  if (taken)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Key: another target already uses “%s”"), tomoni_target_get_key (target));
      return FALSE;
    }
  return TRUE;
}

static void
bind_target (TomoniDbStmt *stmt,
             TomoniTarget *target)
{
  tomoni_bind_text (stmt, 1, tomoni_target_get_key (target));
  tomoni_bind_text (stmt, 2, tomoni_target_get_title_ja (target));
  tomoni_bind_text (stmt, 3, tomoni_target_get_title_en (target));
  tomoni_db_bind_int64 (stmt, 4, tomoni_target_get_baseline_value (target));
  tomoni_bind_text (stmt, 5, tomoni_target_get_baseline_date (target));
  tomoni_db_bind_int64 (stmt, 6, tomoni_target_get_target_value (target));
  tomoni_bind_text (stmt, 7, tomoni_target_get_target_date (target));
  tomoni_db_bind_int (stmt, 8, tomoni_target_get_counts_classes (target));
  tomoni_db_bind_int (stmt, 9, tomoni_target_get_counts_activities (target));
  tomoni_bind_text (stmt, 10, tomoni_counting_rule_get_name (tomoni_target_get_counting_rule (target)));
}

/**
 * tomoni_store_add_target:
 *
 * Adds an indicator (e.g. consultations, counted from external entries only)
 * and sets @target's id and uuid. It goes after the existing targets unless
 * its position is set.
 */
gboolean
tomoni_store_add_target (TomoniStore   *self,
                         TomoniTarget  *target,
                         GError       **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = NULL;
  TomoniDbStmt *stmt;
  gint64 id;
  int position;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_TARGET (target), FALSE);

  if (!tomoni_target_validate (target, error))
    return FALSE;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  tomoni_target_set_id (target, 0);
  if (!check_key_free (self, target, error))
    return FALSE;

  position = tomoni_target_get_position (target);
  if (position == 0)
    position = (int)tomoni_store_query_int64 (self, "SELECT coalesce (max (position), 0) + 1 FROM target", 1);

  uuid = tomoni_target_get_uuid (target) != NULL ? g_strdup (tomoni_target_get_uuid (target)) : tomoni_uuid_new ();
  stmt = tomoni_store_prepare (self,
                               "INSERT INTO target (key, title_ja, title_en, baseline_value, baseline_date,"
                               " target_value, target_date, counts_classes, counts_activities, counting_rule,"
                               " position, uuid, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, tomoni_now (), tomoni_now ())",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_target (stmt, target);
  tomoni_db_bind_int (stmt, 11, position);
  tomoni_bind_text (stmt, 12, uuid);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  id = tomoni_db_last_insert_id (tomoni_store_get_db (self));
  if (!record_change (self, id, "created", NULL, tomoni_target_get_key (target), error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_target_set_id (target, id);
  tomoni_target_set_uuid (target, uuid);
  tomoni_target_set_position (target, position);
  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}

/**
 * tomoni_store_update_target:
 *
 * Writes @target over the stored one with the same id, and records each
 * changed field in the history (who: the login name; when; old and new value).
 */
gboolean
tomoni_store_update_target (TomoniStore   *self,
                            TomoniTarget  *target,
                            GError       **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniTarget) stored = NULL;
  TomoniDbStmt *stmt;
  guint changes = 0;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_TARGET (target), FALSE);

  if (!tomoni_target_validate (target, error))
    return FALSE;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stored = get_target_by_id (self, tomoni_target_get_id (target), error);
  if (stored == NULL)
    return FALSE;
  if (!check_key_free (self, target, error))
    return FALSE;

  for (guint i = 0; i < TOMONI_TARGET_N_FIELDS; i++)
    {
      g_autofree char *old_value = tomoni_target_dup_field_text (stored, i);
      g_autofree char *new_value = tomoni_target_dup_field_text (target, i);

      if (g_strcmp0 (old_value, new_value) == 0)
        continue;
      if (!record_change (self, tomoni_target_get_id (target), tomoni_target_field_get_name (i),
                          old_value, new_value, error))
        return FALSE;
      changes++;
    }
  if (changes == 0 && tomoni_target_get_position (stored) == tomoni_target_get_position (target))
    return tomoni_store_transaction_commit (&tx, error);

  stmt = tomoni_store_prepare (self,
                               "UPDATE target SET key = ?1, title_ja = ?2, title_en = ?3, baseline_value = ?4,"
                               " baseline_date = ?5, target_value = ?6, target_date = ?7, counts_classes = ?8,"
                               " counts_activities = ?9, counting_rule = ?10, position = ?11,"
                               " updated_at = tomoni_now () WHERE id = ?12",
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_target (stmt, target);
  tomoni_db_bind_int (stmt, 11, tomoni_target_get_position (target));
  tomoni_db_bind_int64 (stmt, 12, tomoni_target_get_id (target));
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}

gboolean
tomoni_store_delete_target (TomoniStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "DELETE FROM target WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such target."));
      return FALSE;
    }
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}

/**
 * tomoni_store_list_target_changes:
 *
 * Returns: (transfer container) (element-type TomoniTargetChange): the
 *   history of a target, oldest first
 */
GPtrArray *
tomoni_store_list_target_changes (TomoniStore  *self,
                                  gint64        target_id,
                                  GError      **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify)tomoni_target_change_free);
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT changed_by, created_at, field, old_value, new_value FROM target_change"
                               " WHERE target_id = ? ORDER BY id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, target_id);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      TomoniTargetChange *change = g_new0 (TomoniTargetChange, 1);

      change->changed_by = tomoni_column_dup_text (stmt, 0);
      change->changed_at = tomoni_column_dup_text (stmt, 1);
      change->field = tomoni_column_dup_text (stmt, 2);
      change->old_value = tomoni_column_dup_text (stmt, 3);
      change->new_value = tomoni_column_dup_text (stmt, 4);
      g_ptr_array_add (changes, change);
    }
  tomoni_db_reset (stmt);
  return g_steal_pointer (&changes);
}

/* --- milestones ------------------------------------------------------------ */

/**
 * tomoni_store_list_target_milestones:
 *
 * Returns: (transfer full) (element-type TomoniTargetMilestone): by date
 */
GArray *
tomoni_store_list_target_milestones (TomoniStore  *self,
                                     gint64        target_id,
                                     GError      **error)
{
  g_autoptr(GArray) milestones = g_array_new (FALSE, TRUE, sizeof (TomoniTargetMilestone));
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT date, value FROM target_milestone WHERE target_id = ? ORDER BY date",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, target_id);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      TomoniTargetMilestone milestone = { { 0 }, 0 };

      g_strlcpy (milestone.date, tomoni_db_column_text (stmt, 0), sizeof milestone.date);
      milestone.value = tomoni_db_column_int64 (stmt, 1);
      g_array_append_val (milestones, milestone);
    }
  tomoni_db_reset (stmt);
  return g_steal_pointer (&milestones);
}

static gboolean
milestone_change (TomoniStore  *self,
                  gint64        target_id,
                  const char   *date,
                  gboolean      remove,
                  gint64        value,
                  GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniTarget) target = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;
  g_autofree char *field = NULL;
  TomoniDbStmt *stmt;
  GDate parsed;
  g_autoptr(GError) local = NULL;

  if (!tomoni_date_parse (date, &parsed, &local))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Milestone date: %s"), local->message);
      return FALSE;
    }
  iso = tomoni_date_format_iso (&parsed);
  if (!remove && value < 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Milestone value: it cannot be negative"));
      return FALSE;
    }

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  target = get_target_by_id (self, target_id, error);
  if (target == NULL)
    return FALSE;
  if (!remove && (g_strcmp0 (iso, tomoni_target_get_baseline_date (target)) <= 0 ||
                  g_strcmp0 (iso, tomoni_target_get_target_date (target)) > 0))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Milestone date: it must fall after the baseline date (%s) and not after the "
                     "target date (%s)"),
                   tomoni_target_get_baseline_date (target), tomoni_target_get_target_date (target));
      return FALSE;
    }

  stmt = tomoni_store_prepare (self, "SELECT value FROM target_milestone WHERE target_id = ? AND date = ?", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, target_id);
  tomoni_bind_text (stmt, 2, iso);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    old_value = tomoni_column_dup_text (stmt, 0);
  tomoni_db_reset (stmt);

  if (remove && old_value == NULL)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                   _("Milestone date: this target has no milestone on %s"), iso);
      return FALSE;
    }

  stmt = tomoni_store_prepare (self, "DELETE FROM target_milestone WHERE target_id = ? AND date = ?", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, target_id);
  tomoni_bind_text (stmt, 2, iso);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;

  if (!remove)
    {
      stmt = tomoni_store_prepare (self,
                                   "INSERT INTO target_milestone (uuid, target_id, date, value, created_at, updated_at)"
                                   " VALUES (tomoni_uuid (), ?, ?, ?, tomoni_now (), tomoni_now ())",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, target_id);
      tomoni_bind_text (stmt, 2, iso);
      tomoni_db_bind_int64 (stmt, 3, value);
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
      new_value = g_strdup_printf ("%" G_GINT64_FORMAT, value);
    }

  field = g_strconcat ("milestone ", iso, NULL);
  if (g_strcmp0 (old_value, new_value) != 0 &&
      !record_change (self, target_id, field, old_value, new_value, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}

gboolean
tomoni_store_set_target_milestone (TomoniStore  *self,
                                   gint64        target_id,
                                   const char   *date,
                                   gint64        value,
                                   GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  return milestone_change (self, target_id, date, FALSE, value, error);
}

gboolean
tomoni_store_remove_target_milestone (TomoniStore  *self,
                                      gint64        target_id,
                                      const char   *date,
                                      GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  return milestone_change (self, target_id, date, TRUE, 0, error);
}

/* --- external entries ------------------------------------------------------ */

static gboolean
validate_external (TomoniStore          *self,
                   TomoniExternalCount  *entry,
                   GError              **error)
{
  GDate date;
  g_autoptr(GError) local = NULL;
  TomoniDbStmt *stmt;
  gboolean found;

  if (entry->date == NULL || !tomoni_date_parse (entry->date, &date, &local))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID, _("Date: %s"),
                   local != NULL ? local->message : _("give a date as YYYY-MM-DD"));
      return FALSE;
    }
  g_free (entry->date);
  entry->date = tomoni_date_format_iso (&date);

  if (entry->programme == NULL || *g_strstrip (entry->programme) == '\0')
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Programme: say which programme the participants took part in"));
      return FALSE;
    }
  if (entry->source == NULL || *g_strstrip (entry->source) == '\0')
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Source: say who reported the number (for example the partner organisation)"));
      return FALSE;
    }
  if (entry->count <= 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Count: give a number of participants of 1 or more"));
      return FALSE;
    }

  stmt = tomoni_store_prepare (self, "SELECT 1 FROM target WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, entry->target_id);
  found = tomoni_db_step (stmt) == TOMONI_DB_ROW;
  tomoni_db_reset (stmt);
  if (!found)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("Target: no such target"));
      return FALSE;
    }

  if (entry->venue_id != 0)
    {
      stmt = tomoni_store_prepare (self, "SELECT 1 FROM venue WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, entry->venue_id);
      found = tomoni_db_step (stmt) == TOMONI_DB_ROW;
      tomoni_db_reset (stmt);
      if (!found)
        {
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("Venue: no such venue"));
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * tomoni_store_add_external_count:
 *
 * Adds participation reported as a number (date, programme, count, source;
 * venue optional) and sets @entry's id and uuid. It counts as given under
 * every counting rule.
 */
gboolean
tomoni_store_add_external_count (TomoniStore          *self,
                                 TomoniExternalCount  *entry,
                                 GError              **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!validate_external (self, entry, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "INSERT INTO external_count (uuid, target_id, date, programme, venue_id, count,"
                               " source, created_at, updated_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, tomoni_now (), tomoni_now ())",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  tomoni_db_bind_int64 (stmt, 2, entry->target_id);
  tomoni_bind_text (stmt, 3, entry->date);
  tomoni_bind_text (stmt, 4, entry->programme);
  if (entry->venue_id != 0)
    tomoni_db_bind_int64 (stmt, 5, entry->venue_id);
  tomoni_db_bind_int64 (stmt, 6, entry->count);
  tomoni_bind_text (stmt, 7, entry->source);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  entry->id = tomoni_db_last_insert_id (tomoni_store_get_db (self));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;

  g_free (entry->uuid);
  entry->uuid = g_steal_pointer (&uuid);
  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}

gboolean
tomoni_store_update_external_count (TomoniStore                *self,
                                    const TomoniExternalCount  *entry,
                                    GError                    **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniExternalCount copy = *entry;
  g_autofree char *date = NULL;
  g_autofree char *programme = NULL;
  g_autofree char *source = NULL;
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  copy.date = date = g_strdup (entry->date);
  copy.programme = programme = g_strdup (entry->programme);
  copy.source = source = g_strdup (entry->source);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!validate_external (self, &copy, error))
    return FALSE;
  date = copy.date;
  stmt = tomoni_store_prepare (self,
                               "UPDATE external_count SET target_id = ?, date = ?, programme = ?, venue_id = ?,"
                               " count = ?, source = ?, updated_at = tomoni_now () WHERE id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, copy.target_id);
  tomoni_bind_text (stmt, 2, copy.date);
  tomoni_bind_text (stmt, 3, copy.programme);
  if (copy.venue_id != 0)
    tomoni_db_bind_int64 (stmt, 4, copy.venue_id);
  tomoni_db_bind_int64 (stmt, 5, copy.count);
  tomoni_bind_text (stmt, 6, copy.source);
  tomoni_db_bind_int64 (stmt, 7, copy.id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such external entry."));
      return FALSE;
    }
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}

gboolean
tomoni_store_delete_external_count (TomoniStore  *self,
                                    gint64        id,
                                    GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "DELETE FROM external_count WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("No such external entry."));
      return FALSE;
    }
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}

/**
 * tomoni_store_list_external_counts:
 * @target_id: a target, or 0 for every target
 *
 * Returns: (transfer container) (element-type TomoniExternalCount): by date
 */
GPtrArray *
tomoni_store_list_external_counts (TomoniStore  *self,
                                   gint64        target_id,
                                   GError      **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify)tomoni_external_count_free);
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT id, uuid, target_id, date, programme, coalesce (venue_id, 0), count, source"
                               " FROM external_count WHERE ?1 = 0 OR target_id = ?1 ORDER BY date, id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, target_id);
  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      TomoniExternalCount *entry = g_new0 (TomoniExternalCount, 1);

      entry->id = tomoni_db_column_int64 (stmt, 0);
      entry->uuid = tomoni_column_dup_text (stmt, 1);
      entry->target_id = tomoni_db_column_int64 (stmt, 2);
      entry->date = tomoni_column_dup_text (stmt, 3);
      entry->programme = tomoni_column_dup_text (stmt, 4);
      entry->venue_id = tomoni_db_column_int64 (stmt, 5);
      entry->count = tomoni_db_column_int64 (stmt, 6);
      entry->source = tomoni_column_dup_text (stmt, 7);
      g_ptr_array_add (entries, entry);
    }
  tomoni_db_reset (stmt);
  return g_steal_pointer (&entries);
}

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

typedef struct {
  char   *label_ja;
  char   *label_en;
  gint64  venue_id;
} Programme;

static void
programme_free (gpointer data)
{
  Programme *programme = data;

  g_free (programme->label_ja);
  g_free (programme->label_en);
  g_free (programme);
}

/* Names of programmes and venues, loaded once per computation (small tables). */
typedef struct {
  GHashTable *classes;     /* id → Programme */
  GHashTable *activities;  /* id → Programme */
  GHashTable *venues;      /* id → Programme (venue_id unused) */
} Names;

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->classes, g_hash_table_unref);
  g_clear_pointer (&names->activities, g_hash_table_unref);
  g_clear_pointer (&names->venues, g_hash_table_unref);
}

static GHashTable *
load_names (TomoniStore  *self,
            TomoniDbStmt *stmt)
{
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, programme_free);

  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      Programme *programme = g_new0 (Programme, 1);

      programme->label_ja = tomoni_column_dup_text (stmt, 1);
      programme->label_en = tomoni_column_dup_text (stmt, 2);
      programme->venue_id = tomoni_db_column_int64 (stmt, 3);
      g_hash_table_insert (table, g_memdup2 (&(gint64) { tomoni_db_column_int64 (stmt, 0) }, sizeof (gint64)),
                           programme);
    }
  tomoni_db_reset (stmt);
  return table;
}

static gboolean
names_load (TomoniStore  *self,
            Names        *names,
            GError      **error)
{
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (self, "SELECT id, title_ja, title_en, coalesce (venue_id, 0) FROM class", error);
  if (stmt == NULL)
    return FALSE;
  names->classes = load_names (self, stmt);
  stmt = tomoni_store_prepare (self, "SELECT id, title, title_en, coalesce (venue_id, 0) FROM activity", error);
  if (stmt == NULL)
    return FALSE;
  names->activities = load_names (self, stmt);
  stmt = tomoni_store_prepare (self, "SELECT id, name, name_en, 0 FROM venue", error);
  if (stmt == NULL)
    return FALSE;
  names->venues = load_names (self, stmt);
  return TRUE;
}

/* Nationalities as small indices: 0 is "not recorded", 1–676 the two-letter
 * codes AA–ZZ, then other codes as met. EXTERNAL_NATIONALITY marks external
 * entries. */
#define N_ALPHA2 (1 + 26 * 26)
#define EXTERNAL_NATIONALITY (-1)

typedef struct {
  GHashTable *programmes;     /* (kind << 40 | id) as gint64 → gint64 count */
  GHashTable *external;       /* programme text → count */
  GHashTable *venues;         /* venue id → count */
  gint64     *nationalities;  /* by index, n_nationalities */
  guint       n_nationalities;
  GHashTable *other_codes;    /* code → index ≥ N_ALPHA2 */
  GPtrArray  *other_names;    /* index − N_ALPHA2 → code */
  gint64      external_nationality;
  /* Rows come by programme: counts of the current one, flushed on change. */
  int         cur_kind;
  gint64      cur_programme;
  gint64      cur_count;
} Tally;

static void
tally_init (Tally *tally)
{
  tally->programmes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  tally->external = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  tally->venues = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  tally->n_nationalities = N_ALPHA2 + 16;
  tally->nationalities = g_new0 (gint64, tally->n_nationalities);
  tally->other_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tally->other_names = g_ptr_array_new_with_free_func (g_free);
  tally->cur_programme = -1;
}

static void
tally_clear (Tally *tally)
{
  g_clear_pointer (&tally->programmes, g_hash_table_unref);
  g_clear_pointer (&tally->external, g_hash_table_unref);
  g_clear_pointer (&tally->venues, g_hash_table_unref);
  g_clear_pointer (&tally->nationalities, g_free);
  g_clear_pointer (&tally->other_codes, g_hash_table_unref);
  g_clear_pointer (&tally->other_names, g_ptr_array_unref);
}

static void
add_int (GHashTable *table,
         gint64      key,
         gint64      count)
{
  gint64 *value = g_hash_table_lookup (table, &key);

  if (value == NULL)
    {
      value = g_new0 (gint64, 1);
      g_hash_table_insert (table, g_memdup2 (&key, sizeof key), value);
    }
  *value += count;
}

static void
add_str (GHashTable *table,
         const char *key,
         gint64      count)
{
  gint64 *value = g_hash_table_lookup (table, key);

  if (value == NULL)
    {
      value = g_new0 (gint64, 1);
      g_hash_table_insert (table, g_strdup (key), value);
    }
  *value += count;
}

static int
nationality_index (Tally      *tally,
                   const char *code)
{
  gpointer found;
  int index;

  if (code == NULL || code[0] == '\0')
    return 0;
  if (g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) && code[2] == '\0')
    return 1 + (code[0] - 'A') * 26 + (code[1] - 'A');
  if (g_hash_table_lookup_extended (tally->other_codes, code, NULL, &found))
    return GPOINTER_TO_INT (found);

  index = N_ALPHA2 + tally->other_names->len;
  g_hash_table_insert (tally->other_codes, g_strdup (code), GINT_TO_POINTER (index));
  g_ptr_array_add (tally->other_names, g_strdup (code));
  if ((guint)index >= tally->n_nationalities)
    {
      tally->nationalities = g_renew (gint64, tally->nationalities, index + 16);
      memset (tally->nationalities + tally->n_nationalities, 0,
              (index + 16 - tally->n_nationalities) * sizeof (gint64));
      tally->n_nationalities = index + 16;
    }
  return index;
}

static gint64
programme_venue (const Names *names,
                 int          kind,
                 gint64       programme_id)
{
  Programme *programme = g_hash_table_lookup (kind == KIND_CLASS ? names->classes : names->activities,
                                              &programme_id);
  return programme != NULL ? programme->venue_id : 0;
}

static void
tally_flush (Tally       *tally,
             const Names *names)
{
  if (tally->cur_programme >= 0 && tally->cur_count != 0)
    {
      add_int (tally->programmes, ((gint64)tally->cur_kind << 40) | tally->cur_programme, tally->cur_count);
      add_int (tally->venues, programme_venue (names, tally->cur_kind, tally->cur_programme), tally->cur_count);
    }
  tally->cur_programme = -1;
  tally->cur_count = 0;
}

static void
tally_programme (Tally       *tally,
                 const Names *names,
                 int          kind,
                 gint64       programme_id,
                 gint64       count)
{
  if (kind != tally->cur_kind || programme_id != tally->cur_programme)
    {
      tally_flush (tally, names);
      tally->cur_kind = kind;
      tally->cur_programme = programme_id;
    }
  tally->cur_count += count;
}

static TomoniBreakdownRow *
row_new (const char *key,
         const char *label_ja,
         const char *label_en,
         gint64      count)
{
  TomoniBreakdownRow *row = g_new0 (TomoniBreakdownRow, 1);

  row->key = g_strdup (key);
  row->label_ja = g_strdup (label_ja);
  row->label_en = g_strdup (label_en);
  row->count = count;
  return row;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const TomoniBreakdownRow *ra = *(TomoniBreakdownRow * const *)a;
  const TomoniBreakdownRow *rb = *(TomoniBreakdownRow * const *)b;

  if (ra->count != rb->count)
    return ra->count > rb->count ? -1 : 1;
  return g_strcmp0 (ra->key, rb->key);
}

static void
tally_finish (Tally               *tally,
              const Names         *names,
              TomoniTargetFigures *figures)
{
  GHashTableIter iter;
  gpointer key, value;

  tally_flush (tally, names);
  figures->by_programme = g_ptr_array_new_with_free_func (breakdown_row_free);
  figures->by_venue = g_ptr_array_new_with_free_func (breakdown_row_free);
  figures->by_nationality = g_ptr_array_new_with_free_func (breakdown_row_free);

  g_hash_table_iter_init (&iter, tally->programmes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 packed = *(gint64 *)key;
      int kind = (int)(packed >> 40);
      gint64 id = packed & (((gint64)1 << 40) - 1);
      Programme *programme = g_hash_table_lookup (kind == KIND_CLASS ? names->classes : names->activities, &id);
      g_autofree char *row_key = g_strdup_printf ("%s:%" G_GINT64_FORMAT,
                                                  kind == KIND_CLASS ? "class" : "activity", id);

      if (programme != NULL)
        g_ptr_array_add (figures->by_programme,
                         row_new (row_key, programme->label_ja, programme->label_en, *(gint64 *)value));
      else
        g_ptr_array_add (figures->by_programme, row_new (row_key, row_key, row_key, *(gint64 *)value));
    }
  g_hash_table_iter_init (&iter, tally->external);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *row_key = g_strconcat ("external:", (const char *)key, NULL);

      g_ptr_array_add (figures->by_programme, row_new (row_key, key, key, *(gint64 *)value));
    }

  g_hash_table_iter_init (&iter, tally->venues);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 id = *(gint64 *)key;
      Programme *venue = id != 0 ? g_hash_table_lookup (names->venues, &id) : NULL;
      g_autofree char *row_key = g_strdup_printf ("venue:%" G_GINT64_FORMAT, id);

      if (venue != NULL)
        g_ptr_array_add (figures->by_venue, row_new (row_key, venue->label_ja, venue->label_en, *(gint64 *)value));
      else
        /* Translators: a breakdown line for participation with no venue recorded */
        g_ptr_array_add (figures->by_venue, row_new ("venue:0", NULL, N_("No venue recorded"), *(gint64 *)value));
    }

  for (guint i = 0; i < tally->n_nationalities; i++)
    {
      gint64 n = tally->nationalities[i];
      char code[3];

      if (n == 0)
        continue;
      if (i == 0)
        /* Translators: a nationality breakdown line */
        g_ptr_array_add (figures->by_nationality, row_new ("", NULL, N_("Not recorded"), n));
      else if (i < N_ALPHA2)
        {
          code[0] = 'A' + (i - 1) / 26;
          code[1] = 'A' + (i - 1) % 26;
          code[2] = '\0';
          g_ptr_array_add (figures->by_nationality, row_new (code, code, code, n));
        }
      else
        {
          const char *other = tally->other_names->pdata[i - N_ALPHA2];
          g_ptr_array_add (figures->by_nationality, row_new (other, other, other, n));
        }
    }
  if (tally->external_nationality != 0)
    /* Translators: a nationality breakdown line for numbers reported by partners */
    g_ptr_array_add (figures->by_nationality,
                     row_new ("external", NULL, N_("External entries (no nationality)"),
                              tally->external_nationality));

  g_ptr_array_sort (figures->by_programme, compare_rows);
  g_ptr_array_sort (figures->by_venue, compare_rows);
  g_ptr_array_sort (figures->by_nationality, compare_rows);
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
      tally_programme (&count->tally, count->names, kind, programme_id, n);
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
        tally_programme (&count->tally, count->names, kind, programme_id, n);
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
      int nationality = nationality_index (&count->tally, tomoni_db_column_text (stmt, 0));

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
 * counted from the source table. */
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

  if (kind == KIND_CLASS)
    stmt = tomoni_store_prepare (count->store,
                                 "SELECT count (*), min (s.date) FROM attendance a JOIN session s ON s.id = a.session_id"
                                 " WHERE a.person_id = ?1 AND s.class_id = ?2 AND a.status IN ('present', 'late')"
                                 " AND s.date > ?3 AND s.date <= ?4 AND s.date >= ?5 AND s.date < ?6",
                                 error);
  else
    stmt = tomoni_store_prepare (count->store,
                                 "SELECT count (*), min (sh.date) FROM assignment a JOIN slot sl ON sl.id = a.slot_id"
                                 " JOIN shift sh ON sh.id = sl.shift_id"
                                 " WHERE a.person_id = ?1 AND sh.activity_id = ?2 AND a.checkin = 'present'"
                                 " AND sh.date > ?3 AND sh.date <= ?4 AND sh.date >= ?5 AND sh.date < ?6",
                                 error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, person_id);
  tomoni_db_bind_int64 (stmt, 2, programme_id);
  tomoni_bind_text (stmt, 3, count->after);
  tomoni_bind_text (stmt, 4, count->until);
  tomoni_bind_text (stmt, 5, from);
  tomoni_bind_text (stmt, 6, to);
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
 * recorded ahead of the as-of day. CROSS JOIN keeps SQLite starting from
 * the days (session_date, shift_date) rather than scanning attendance. */
static GHashTable *
count_after_as_of (Count   *count,
                   int      kind,
                   GError **error)
{
  GHashTable *after = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autofree char *to = g_strdup_printf ("%04d-04-01", count->as_of_fy + 1);
  TomoniDbStmt *stmt;

  if (kind == KIND_CLASS)
    stmt = tomoni_store_prepare (count->store,
                                 "SELECT s.class_id, a.person_id, count (*) FROM session s"
                                 " CROSS JOIN attendance a ON a.session_id = s.id"
                                 " WHERE s.date > ?1 AND s.date < ?2 AND a.status IN ('present', 'late')"
                                 " GROUP BY 1, 2",
                                 error);
  else
    stmt = tomoni_store_prepare (count->store,
                                 "SELECT sh.activity_id, a.person_id, count (*) FROM shift sh"
                                 " CROSS JOIN slot sl ON sl.shift_id = sh.id"
                                 " CROSS JOIN assignment a ON a.slot_id = sl.id AND a.checkin = 'present'"
                                 " WHERE sh.date > ?1 AND sh.date < ?2 GROUP BY 1, 2",
                                 error);
  if (stmt == NULL)
    {
      g_hash_table_unref (after);
      return NULL;
    }
  tomoni_bind_text (stmt, 1, count->until);
  tomoni_bind_text (stmt, 2, to);
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
      int nationality = nationality_index (&count->tally, tomoni_db_column_text (stmt, 4));
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
      add_str (count->tally.external, tomoni_db_column_text (stmt, 1), n);
      add_int (count->tally.venues, tomoni_db_column_int64 (stmt, 2), n);
      count->tally.external_nationality += n;
    }
  tomoni_db_reset (stmt);
  return TRUE;
}

static void
count_clear (Count *count)
{
  tally_clear (&count->tally);
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
  tally_init (&count.tally);

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
      tally_finish (&count.tally, names, figures);

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
      tomoni_today_in_japan (&today);
      as_of = &today;
    }
  /* One read transaction: every number comes from the same state. */
  if (!read_begin (self, &own, error))
    return NULL;
  if (names_load (self, &names, error))
    figures = compute_figures (self, target, &names, as_of, fiscal_year, error);
  names_clear (&names);
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
      tomoni_today_in_japan (&today);
      as_of = &today;
    }
  if (!read_begin (self, &own, error))
    return NULL;
  targets = tomoni_store_list_targets (self, error);
  ok = targets != NULL && names_load (self, &names, error);
  for (guint i = 0; ok && i < targets->len; i++)
    {
      TomoniTargetFigures *figures = compute_figures (self, targets->pdata[i], &names, as_of, fiscal_year, error);

      if (figures == NULL)
        ok = FALSE;
      else
        g_ptr_array_add (all, figures);
    }
  names_clear (&names);
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

/* --- the aggregate --------------------------------------------------------- */

#define SCRATCH_SQL \
  "SELECT 1, s.class_id, a.person_id," \
  "   CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04')," \
  "   min (s.date), max (s.date), count (*), (SELECT nationality FROM person WHERE id = a.person_id)" \
  " FROM attendance a JOIN session s ON s.id = a.session_id" \
  " WHERE a.status IN ('present', 'late') GROUP BY 1, 2, 3, 4" \
  " UNION ALL " \
  "SELECT 2, sh.activity_id, a.person_id," \
  "   CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04')," \
  "   min (sh.date), max (sh.date), count (*), (SELECT nationality FROM person WHERE id = a.person_id)" \
  " FROM assignment a JOIN slot sl ON sl.id = a.slot_id JOIN shift sh ON sh.id = sl.shift_id" \
  " WHERE a.checkin = 'present' GROUP BY 1, 2, 3, 4"

#define SUMMARY_PROGRAMME_SCRATCH \
  "SELECT kind, programme_id, fy, prev_fy, count (*), sum (n) FROM" \
  " (SELECT kind, programme_id, fy, n, coalesce (lag (fy) OVER (PARTITION BY kind, programme_id, person_id" \
  "  ORDER BY fy), 0) AS prev_fy FROM target_participation) GROUP BY 1, 2, 3, 4"
#define SUMMARY_NATIONALITY_SCRATCH \
  "SELECT kind, nationality, fy, prev_fy, count (*), sum (n) FROM" \
  " (SELECT kind, nationality, fy, n, coalesce (lag (fy) OVER (PARTITION BY kind, programme_id, person_id" \
  "  ORDER BY fy), 0) AS prev_fy FROM target_participation) GROUP BY 1, 2, 3, 4"

/**
 * tomoni_store_check_target_aggregates:
 * @out_report: (out) (optional): how many rows differ
 *
 * Compares the maintained aggregate with a count from scratch. Returns %FALSE
 * with %TOMONI_STORE_ERROR_CORRUPT when they differ.
 */
gboolean
tomoni_store_check_target_aggregates (TomoniStore  *self,
                                      char        **out_report,
                                      GError      **error)
{
  TomoniDbStmt *stmt;
  gint64 missing = 0, extra = 0, summary_missing = 0, summary_extra = 0;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  stmt = tomoni_store_prepare (self,
                               "SELECT (SELECT count (*) FROM (" SCRATCH_SQL " EXCEPT"
                               "  SELECT kind, programme_id, person_id, fy, first_date, last_date, n, nationality"
                               "  FROM target_participation)),"
                               " (SELECT count (*) FROM ("
                               "  SELECT kind, programme_id, person_id, fy, first_date, last_date, n, nationality"
                               "  FROM target_participation EXCEPT SELECT * FROM (" SCRATCH_SQL ")))",
                               error);
  if (stmt == NULL)
    return FALSE;
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      missing = tomoni_db_column_int64 (stmt, 0);
      extra = tomoni_db_column_int64 (stmt, 1);
    }
  tomoni_db_reset (stmt);

  stmt = tomoni_store_prepare (self,
                               "SELECT (SELECT count (*) FROM (" SUMMARY_PROGRAMME_SCRATCH " EXCEPT"
                               "  SELECT kind, programme_id, fy, prev_fy, rows, n FROM target_summary_programme WHERE rows <> 0)),"
                               " (SELECT count (*) FROM (SELECT kind, programme_id, fy, prev_fy, rows, n"
                               "  FROM target_summary_programme WHERE rows <> 0 EXCEPT SELECT * FROM (" SUMMARY_PROGRAMME_SCRATCH "))),"
                               " (SELECT count (*) FROM (" SUMMARY_NATIONALITY_SCRATCH " EXCEPT"
                               "  SELECT kind, nationality, fy, prev_fy, rows, n FROM target_summary_nationality WHERE rows <> 0)),"
                               " (SELECT count (*) FROM (SELECT kind, nationality, fy, prev_fy, rows, n"
                               "  FROM target_summary_nationality WHERE rows <> 0 EXCEPT SELECT * FROM (" SUMMARY_NATIONALITY_SCRATCH ")))",
                               error);
  if (stmt == NULL)
    return FALSE;
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      summary_missing = tomoni_db_column_int64 (stmt, 0) + tomoni_db_column_int64 (stmt, 2);
      summary_extra = tomoni_db_column_int64 (stmt, 1) + tomoni_db_column_int64 (stmt, 3);
    }
  tomoni_db_reset (stmt);
  missing += summary_missing;
  extra += summary_extra;

  if (out_report != NULL)
    *out_report = g_strdup_printf ("target aggregates: %" G_GINT64_FORMAT " missing or different, %"
                                   G_GINT64_FORMAT " extra (summaries: %" G_GINT64_FORMAT ", %"
                                   G_GINT64_FORMAT ")\n", missing, extra, summary_missing, summary_extra);
  if (missing != 0 || extra != 0)
    {
      g_autofree char *rows = g_strdup_printf ("%" G_GINT64_FORMAT, missing + extra);

      /* Translators: %s is a number of rows */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CORRUPT,
                   _("The participation counts behind the targets differ from the records "
                     "(%s rows); rebuild them"), rows);
      return FALSE;
    }
  return TRUE;
}

gboolean
tomoni_store_rebuild_target_aggregates (TomoniStore  *self,
                                        GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) ||
      !tomoni_store_exec (self, "DELETE FROM target_participation;"
                                "DELETE FROM target_summary_programme;"
                                "DELETE FROM target_summary_nationality", error) ||
      !tomoni_store_exec (self,
                          "INSERT INTO target_participation (kind, programme_id, person_id, fy,"
                          " first_date, last_date, n, nationality) " SCRATCH_SQL,
                          error) ||
      !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}
