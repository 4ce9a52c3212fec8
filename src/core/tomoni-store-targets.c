/* tomoni-store-targets.c: targets, their history and milestones (external
 * entries are in tomoni-store-external.c)
 *
 * The counts live in target_participation and the summary tables, kept by
 * triggers that read the participation view (schema/006-participation.sql)
 * and checked in tomoni-store-target-aggregates.c; the figures computed from
 * them are in tomoni-store-target-figures.c.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store-targets"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-store-private.h"
#include "tomoni-store-targets.h"
#include "tomoni-store-targets-private.h"


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

/* ---- Row writers (tomoni-store-targets-private.h) ------------------------ */

static gboolean
step_insert (TomoniStore   *self,
             TomoniDbStmt  *stmt,
             gint64        *out_id,
             GError       **error)
{
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = tomoni_db_last_insert_id (tomoni_store_get_db (self));
  return TRUE;
}

static void
bind_text_keeping_null (TomoniDbStmt *stmt,
                        int           index,
                        const char   *text)
{
  if (text != NULL)
    tomoni_db_bind_text (stmt, index, text);
  else
    tomoni_db_bind_null (stmt, index);
}

gboolean
tomoni_target_milestone_row_insert (TomoniStore                     *store,
                                    const TomoniTargetMilestoneRow  *row,
                                    gint64                          *out_id,
                                    GError                         **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO target_milestone (uuid, target_id, date, value, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4,"
                                             " COALESCE (?5, tomoni_now ()), COALESCE (?6, tomoni_now ()))",
                                             error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text_or_null (stmt, 1, row->uuid);
  tomoni_db_bind_int64 (stmt, 2, row->target_id);
  tomoni_bind_text (stmt, 3, row->date);
  tomoni_db_bind_int64 (stmt, 4, row->value);
  tomoni_bind_text_or_null (stmt, 5, row->created_at);
  tomoni_bind_text_or_null (stmt, 6, row->updated_at);
  return step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_target_change_row_insert (TomoniStore                  *store,
                                 const TomoniTargetChangeRow  *row,
                                 gint64                       *out_id,
                                 GError                      **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO target_change (uuid, target_id, changed_by, field,"
                                             " old_value, new_value, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5, ?6,"
                                             " COALESCE (?7, tomoni_now ()), COALESCE (?8, tomoni_now ()))",
                                             error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text_or_null (stmt, 1, row->uuid);
  tomoni_db_bind_int64 (stmt, 2, row->target_id);
  tomoni_bind_text (stmt, 3, row->changed_by);
  tomoni_bind_text (stmt, 4, row->field);
  bind_text_keeping_null (stmt, 5, row->old_value);
  bind_text_keeping_null (stmt, 6, row->new_value);
  tomoni_bind_text_or_null (stmt, 7, row->created_at);
  tomoni_bind_text_or_null (stmt, 8, row->updated_at);
  return step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_external_count_row_insert (TomoniStore                   *store,
                                  const TomoniExternalCountRow  *row,
                                  gint64                        *out_id,
                                  GError                       **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO external_count (uuid, target_id, date, programme, venue_id, count,"
                                             " source, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5, ?6, ?7,"
                                             " COALESCE (?8, tomoni_now ()), COALESCE (?9, tomoni_now ()))",
                                             error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text_or_null (stmt, 1, row->uuid);
  tomoni_db_bind_int64 (stmt, 2, row->target_id);
  tomoni_bind_text (stmt, 3, row->date);
  tomoni_bind_text (stmt, 4, row->programme);
  if (row->venue_id != 0)
    tomoni_db_bind_int64 (stmt, 5, row->venue_id);
  else
    tomoni_db_bind_null (stmt, 5);
  tomoni_db_bind_int64 (stmt, 6, row->count);
  tomoni_bind_text (stmt, 7, row->source);
  tomoni_bind_text_or_null (stmt, 8, row->created_at);
  tomoni_bind_text_or_null (stmt, 9, row->updated_at);
  return step_insert (store, stmt, out_id, error);
}

static void bind_target (TomoniDbStmt *stmt,
                         TomoniTarget *target);

gboolean
tomoni_target_row_update (TomoniStore   *store,
                          TomoniTarget  *target,
                          int            position,
                          const char    *uuid,
                          const char    *created_at,
                          const char    *updated_at,
                          GError       **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE target SET key = ?1, title_ja = ?2, title_en = ?3, baseline_value = ?4,"
                                             " baseline_date = ?5, target_value = ?6, target_date = ?7, counts_classes = ?8,"
                                             " counts_activities = ?9, counting_rule = ?10, position = ?11,"
                                             " uuid = COALESCE (?13, uuid), created_at = COALESCE (?14, created_at),"
                                             " updated_at = COALESCE (?15, tomoni_now ()) WHERE id = ?12",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_target (stmt, target);
  tomoni_db_bind_int (stmt, 11, position);
  tomoni_db_bind_int64 (stmt, 12, tomoni_target_get_id (target));
  tomoni_bind_text_or_null (stmt, 13, uuid);
  tomoni_bind_text_or_null (stmt, 14, created_at);
  tomoni_bind_text_or_null (stmt, 15, updated_at);
  return tomoni_store_step_done (store, stmt, error);
}

/* ---- Targets ---------------------------------------------------------------- */

static gboolean
record_change (TomoniStore  *self,
               gint64        target_id,
               const char   *field,
               const char   *old_value,
               const char   *new_value,
               GError      **error)
{
  TomoniTargetChangeRow row = { 0 };

  row.target_id = target_id;
  row.changed_by = g_get_user_name ();
  row.field = field;
  row.old_value = old_value;
  row.new_value = new_value;
  return tomoni_target_change_row_insert (self, &row, NULL, error);
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

  if (!tomoni_target_row_update (self, target, tomoni_target_get_position (target), NULL, NULL, NULL, error))
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
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  return tomoni_store_delete_by_id (self, "DELETE FROM target WHERE id = ?1", id, _("No such target."), "targets", error);
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
      TomoniTargetMilestoneRow row = { 0 };

      row.target_id = target_id;
      row.date = iso;
      row.value = value;
      if (!tomoni_target_milestone_row_insert (self, &row, NULL, error))
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
