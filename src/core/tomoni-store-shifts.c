/* tomoni-store-shifts.c: shifts and their slots in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-store-activities-private.h"
#include "tomoni-store-private.h"
#include "tomoni-store-shifts.h"
#include "tomoni-text.h"

#define INVALID TOMONI_STORE_ERROR_INVALID
#define CONFLICT TOMONI_STORE_ERROR_CONFLICT
#define NOT_FOUND TOMONI_STORE_ERROR_NOT_FOUND

#define MAX_WEEKLY_SHIFTS 200

/* Shifts and slots ------------------------------------------------------ */

static gboolean
validate_slot (TomoniStore  *self,
               TomoniSlot   *slot,
               GError      **error)
{
  GArray *languages = tomoni_slot_get_languages (slot);
  const char *skill = tomoni_slot_get_required_skill (slot);
  const char *training = tomoni_slot_get_required_training (slot);

  if (tomoni_text_is_blank (tomoni_slot_get_role (slot)))
    return tomoni_store_fail (error, INVALID, _("Role: this field is required"));
  if (tomoni_slot_get_needed (slot) < 1 || tomoni_slot_get_needed (slot) > 1000)
    return tomoni_store_fail (error, INVALID, _("Needed: %u is not between 1 and 1000"), tomoni_slot_get_needed (slot));
  for (guint i = 0; i < languages->len; i++)
    {
      TomoniLanguage *language = &g_array_index (languages, TomoniLanguage, i);
      if (!tomoni_language_code_is_known (language->code))
        return tomoni_store_fail (error, INVALID, _("Required languages: “%s” is not an ISO 639-1 language code"), language->code);
      if (language->level < TOMONI_LEVEL_BASIC || language->level > TOMONI_LEVEL_NATIVE)
        return tomoni_store_fail (error, INVALID, _("Required languages: %s has no minimum level"), language->code);
      for (guint j = 0; j < i; j++)
        if (g_str_equal (g_array_index (languages, TomoniLanguage, j).code, language->code))
          return tomoni_store_fail (error, INVALID, _("Required languages: “%s” is given twice"), language->code);
    }
  if (*skill != '\0' && tomoni_store_catalog_id (self, TRUE, skill) == 0)
    return tomoni_store_fail (error, INVALID, _("Required skill: “%s” is not in the list of skills"), skill);
  if (*training != '\0' && tomoni_store_catalog_id (self, FALSE, training) == 0)
    return tomoni_store_fail (error, INVALID, _("Required training: “%s” is not in the list of trainings"), training);
  return TRUE;
}

static gboolean
write_slot_languages (TomoniStore  *self,
                      gint64        slot_id,
                      TomoniSlot   *slot,
                      const char   *now,
                      GError      **error)
{
  GArray *languages = tomoni_slot_get_languages (slot);

  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM slot_language WHERE slot_id = ?1", error),
                                  slot_id, error))
    return FALSE;
  for (guint i = 0; i < languages->len; i++)
    {
      TomoniLanguage *language = &g_array_index (languages, TomoniLanguage, i);
      TomoniSlotLanguageRow row = { .slot_id = slot_id, .code = language->code,
                                    .min_level = tomoni_language_level_to_string (language->level),
                                    .created_at = now };

      if (!tomoni_slot_language_row_insert (self, &row, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* The id of a required skill or training; 0 (NULL) when none. */
static gint64
catalog_reference (TomoniStore *self,
                   gboolean     skill,
                   const char  *key)
{
  return key != NULL && *key != '\0' ? tomoni_store_catalog_id (self, skill, key) : 0;
}

/* Inserts @slot (validated) into @shift_id; sets id and uuid. */
static gboolean
insert_slot (TomoniStore  *self,
             gint64        shift_id,
             TomoniSlot   *slot,
             const char   *now,
             GError      **error)
{
  g_autofree char *uuid = tomoni_uuid_new ();
  g_autofree char *role = tomoni_text_normalize (tomoni_slot_get_role (slot));
  TomoniSlotRow row = { 0 };
  gint64 id;

  row.uuid = uuid;
  row.shift_id = shift_id;
  row.role = role;
  row.needed = tomoni_slot_get_needed (slot);
  row.required_skill_id = catalog_reference (self, TRUE, tomoni_slot_get_required_skill (slot));
  row.required_training_id = catalog_reference (self, FALSE, tomoni_slot_get_required_training (slot));
  row.created_at = now;
  if (!tomoni_slot_row_insert (self, &row, &id, error))
    return FALSE;
  if (!write_slot_languages (self, id, slot, now, error))
    return FALSE;
  tomoni_slot_set_id (slot, id);
  tomoni_slot_set_uuid (slot, uuid);
  tomoni_slot_set_shift_id (slot, shift_id);
  tomoni_slot_set_role (slot, role);
  return TRUE;
}

static gboolean
validate_shift (TomoniStore  *self,
                TomoniShift  *shift,
                gboolean      with_slots,
                GError      **error)
{
  const char *date = tomoni_shift_get_date (shift);
  g_autofree char *iso = tomoni_store_normalize_date (date);
  int start = tomoni_shift_get_start_minute (shift);
  int end = tomoni_shift_get_end_minute (shift);
  GListModel *slots = G_LIST_MODEL (tomoni_shift_get_slots (shift));

  if (iso == NULL)
    return tomoni_store_fail (error, INVALID, _("Date: “%s” is not a date"), date ? date : "");
  tomoni_shift_set_date (shift, iso);
  if (start < 0 || start > 1439)
    return tomoni_store_fail (error, INVALID, _("Start: %d is not a time of day"), start);
  if (end < 1 || end > 1440)
    return tomoni_store_fail (error, INVALID, _("End: %d is not a time of day"), end);
  if (end <= start)
    return tomoni_store_fail (error, INVALID, _("End: the shift ends at %02d:%02d, before it starts at %02d:%02d"),
                              end / 60, end % 60, start / 60, start % 60);
  if (tomoni_store_count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM activity WHERE id = ?1", NULL),
                                  tomoni_shift_get_activity_id (shift)) == 0)
    return tomoni_store_fail (error, INVALID, _("Activity: no such activity"));
  if (with_slots)
    for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
      {
        g_autoptr(TomoniSlot) slot = g_list_model_get_item (slots, i);
        g_autoptr(GError) local = NULL;

        if (!validate_slot (self, slot, &local))
          return tomoni_store_fail (error, INVALID, _("Slot %u: %s"), i + 1, local->message);
      }
  return TRUE;
}

static gboolean
insert_shift (TomoniStore  *self,
              TomoniShift  *shift,
              const char   *now,
              GError      **error)
{
  g_autofree char *uuid = tomoni_uuid_new ();
  GListModel *slots = G_LIST_MODEL (tomoni_shift_get_slots (shift));
  TomoniShiftRow row = { 0 };
  gint64 id;

  row.uuid = uuid;
  row.activity_id = tomoni_shift_get_activity_id (shift);
  row.date = tomoni_shift_get_date (shift);
  row.start_minute = tomoni_shift_get_start_minute (shift);
  row.end_minute = tomoni_shift_get_end_minute (shift);
  row.created_at = now;
  if (!tomoni_shift_row_insert (self, &row, &id, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(TomoniSlot) slot = g_list_model_get_item (slots, i);
      if (!insert_slot (self, id, slot, now, error))
        return FALSE;
    }
  tomoni_shift_set_id (shift, id);
  tomoni_shift_set_uuid (shift, uuid);
  return TRUE;
}

gboolean
tomoni_store_add_shift (TomoniStore  *self,
                        TomoniShift  *shift,
                        GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_SHIFT (shift), FALSE);

  if (!validate_shift (self, shift, TRUE, error))
    return FALSE;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!insert_shift (self, shift, now, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_add_weekly_shifts (TomoniStore  *self,
                                TomoniShift  *template_shift,
                                const char   *until,
                                GPtrArray   **out_shifts,
                                GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *last = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GPtrArray) shifts = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *slots;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_SHIFT (template_shift), FALSE);

  if (!validate_shift (self, template_shift, TRUE, error))
    return FALSE;
  last = tomoni_store_normalize_date (until);
  if (last == NULL)
    return tomoni_store_fail (error, INVALID, _("Until: “%s” is not a date"), until ? until : "");
  if (strcmp (last, tomoni_shift_get_date (template_shift)) < 0)
    return tomoni_store_fail (error, INVALID, _("Until: %s is before the first date %s"), last,
                              tomoni_shift_get_date (template_shift));

  slots = G_LIST_MODEL (tomoni_shift_get_slots (template_shift));
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  date = g_strdup (tomoni_shift_get_date (template_shift));
  while (strcmp (date, last) <= 0)
    {
      g_autoptr(TomoniShift) shift = tomoni_shift_new ();
      char *next;

      if (shifts->len == MAX_WEEKLY_SHIFTS)
        return tomoni_store_fail (error, INVALID, _("Until: more than %d weekly shifts; choose an earlier date"),
                                  MAX_WEEKLY_SHIFTS);
      tomoni_shift_set_activity_id (shift, tomoni_shift_get_activity_id (template_shift));
      tomoni_shift_set_date (shift, date);
      tomoni_shift_set_times (shift, tomoni_shift_get_start_minute (template_shift),
                              tomoni_shift_get_end_minute (template_shift));
      for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
        {
          g_autoptr(TomoniSlot) slot = g_list_model_get_item (slots, i);
          g_autoptr(TomoniSlot) copy = tomoni_slot_copy (slot);
          tomoni_shift_add_slot (shift, copy);
        }
      if (!insert_shift (self, shift, now, error))
        return FALSE;
      g_ptr_array_add (shifts, g_steal_pointer (&shift));
      next = tomoni_store_add_days (date, 7);
      g_free (date);
      date = next;
    }
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  if (out_shifts != NULL)
    *out_shifts = g_steal_pointer (&shifts);
  return TRUE;
}

/* After a shift moved (inside the transaction that moves it): everyone
 * assigned to it, unless assigned with an override, must still be free and
 * registered at the new time, and within their monthly cap. */
static gboolean
check_assigned_after_move (TomoniStore  *self,
                           gint64        shift_id,
                           GError      **error)
{
  const guint time_rules = TOMONI_RULE_REGISTRATION | TOMONI_RULE_UNAVAILABLE_DATE | TOMONI_RULE_AVAILABILITY
                           | TOMONI_RULE_OVERLAP | TOMONI_RULE_MONTHLY_CAP;
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (gint64));
  TomoniDbStmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT x.slot_id, x.person_id FROM assignment x JOIN slot sl ON sl.id = x.slot_id"
                               " WHERE sl.shift_id = ?1 AND x.status <> 'cancelled' AND x.override_reason = ''", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, shift_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      gint64 pair[2] = { tomoni_db_column_int64 (stmt, 0), tomoni_db_column_int64 (stmt, 1) };
      g_array_append_vals (pairs, pair, 2);
    }
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < pairs->len; i += 2)
    {
      g_autoptr(TomoniMatchData) data = tomoni_store_match_data_load (self, 0, g_array_index (pairs, gint64, i), "", "", NULL,
                                                         g_array_index (pairs, gint64, i + 1), error);
      g_autofree char *why = NULL;
      TomoniMatchPerson *person;

      if (data == NULL)
        return FALSE;
      if (data->people->len == 0 || data->slots->len == 0)
        continue;   /* no longer a volunteer: nothing to check */
      person = g_ptr_array_index (data->people, 0);
      if ((tomoni_match_check (data, person, g_ptr_array_index (data->slots, 0), &why) & time_rules) != 0)
        return tomoni_store_fail (error, CONFLICT,
                                  _("%s is assigned to this shift and could not work at the new time (%s): "
                            "unassign them first, or keep the time"), person->name, why);
    }
  return TRUE;
}
gboolean
tomoni_store_update_shift (TomoniStore  *self,
                           TomoniShift  *shift,
                           GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_auto(TomoniShiftRow) row = { 0 };

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_SHIFT (shift), FALSE);

  if (!validate_shift (self, shift, FALSE, error))
    return FALSE;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!tomoni_shift_row_load (self, tomoni_shift_get_id (shift), &row, error))
    return FALSE;
  g_free ((char *)row.date);
  row.date = g_strdup (tomoni_shift_get_date (shift));
  row.start_minute = tomoni_shift_get_start_minute (shift);
  row.end_minute = tomoni_shift_get_end_minute (shift);
  row.updated_at = g_strdup (now);
  if (!tomoni_shift_row_update (self, &row, error))
    return FALSE;
  if (!check_assigned_after_move (self, tomoni_shift_get_id (shift), error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_delete_shift (TomoniStore  *self,
                           gint64        shift_id,
                           GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  gint64 n;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  n = tomoni_store_count_with_id (self, tomoni_store_prepare (self,
                                                 "SELECT count(*) FROM assignment a JOIN slot sl ON sl.id = a.slot_id"
                                                 " WHERE sl.shift_id = ?1 AND a.checkin IS NOT NULL", error),
                     shift_id);
  if (n > 0)
    return tomoni_store_fail (error, CONFLICT, _("Volunteers were already checked in for this shift: it is kept for the records"));
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM shift WHERE id = ?1", error), shift_id, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return tomoni_store_fail (error, NOT_FOUND, _("No such shift"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

#define SLOT_SELECT \
  "SELECT sl.id, sl.uuid, sl.shift_id, sl.role, sl.needed, coalesce (sk.key, ''), coalesce (tr.key, '')," \
  " (SELECT count(*) FROM assignment a WHERE a.slot_id = sl.id AND a.status <> 'cancelled')" \
  " FROM slot sl LEFT JOIN skill sk ON sk.id = sl.required_skill_id" \
  " LEFT JOIN training tr ON tr.id = sl.required_training_id"

gboolean
tomoni_store_load_slot_languages (TomoniStore  *self,
                                  gint64        slot_id,
                                  GArray       *out,
                                  GError      **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self, "SELECT code, min_level FROM slot_language WHERE slot_id = ?1 ORDER BY id",
                                             error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, slot_id);
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      TomoniLanguage language = { { 0 }, TOMONI_LEVEL_NONE, 0 };

      g_strlcpy (language.code, tomoni_db_column_text (stmt, 0), sizeof language.code);
      tomoni_language_level_from_string (tomoni_db_column_text (stmt, 1), &language.level);
      g_array_append_val (out, language);
    }
  return tomoni_store_step_error (self, stmt, rc, error);
}

static TomoniSlot *
slot_from_row (TomoniDbStmt *stmt)
{
  TomoniSlot *slot = tomoni_slot_new ();

  tomoni_slot_set_id (slot, tomoni_db_column_int64 (stmt, 0));
  tomoni_slot_set_uuid (slot, tomoni_db_column_text (stmt, 1));
  tomoni_slot_set_shift_id (slot, tomoni_db_column_int64 (stmt, 2));
  tomoni_slot_set_role (slot, tomoni_db_column_text (stmt, 3));
  tomoni_slot_set_needed (slot, tomoni_db_column_int (stmt, 4));
  tomoni_slot_set_required_skill (slot, tomoni_db_column_text (stmt, 5));
  tomoni_slot_set_required_training (slot, tomoni_db_column_text (stmt, 6));
  tomoni_slot_set_n_assigned (slot, tomoni_db_column_int (stmt, 7));
  return slot;
}

static gboolean
fill_slot_languages (TomoniStore  *self,
                     TomoniSlot   *slot,
                     GError      **error)
{
  g_autoptr(GArray) languages = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));

  if (!tomoni_store_load_slot_languages (self, tomoni_slot_get_id (slot), languages, error))
    return FALSE;
  tomoni_slot_set_languages (slot, (TomoniLanguage *)(void *)languages->data, languages->len);
  return TRUE;
}

TomoniSlot *
tomoni_store_get_slot (TomoniStore  *self,
                       gint64        slot_id,
                       GError      **error)
{
  g_autoptr(TomoniSlot) slot = NULL;
  TomoniDbStmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, SLOT_SELECT " WHERE sl.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, slot_id);
  rc = tomoni_db_step (stmt);
  if (rc == TOMONI_DB_ROW)
    slot = slot_from_row (stmt);
  tomoni_db_reset (stmt);
  if (slot == NULL)
    {
      if (rc == TOMONI_DB_DONE)
        tomoni_store_fail (error, NOT_FOUND, _("No such slot"));
      else
        tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  if (!fill_slot_languages (self, slot, error))
    return NULL;
  return g_steal_pointer (&slot);
}

static gboolean
load_shift_slots (TomoniStore  *self,
                  TomoniShift  *shift,
                  GError      **error)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (g_object_unref);
  TomoniDbStmt *stmt = tomoni_store_prepare (self, SLOT_SELECT " WHERE sl.shift_id = ?1 ORDER BY sl.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, tomoni_shift_get_id (shift));
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    g_ptr_array_add (slots, slot_from_row (stmt));
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return FALSE;
  for (guint i = 0; i < slots->len; i++)
    {
      if (!fill_slot_languages (self, g_ptr_array_index (slots, i), error))
        return FALSE;
      tomoni_shift_add_slot (shift, g_ptr_array_index (slots, i));
    }
  return TRUE;
}

#define SHIFT_SELECT \
  "SELECT s.id, s.uuid, s.activity_id, s.date, s.start_minute, s.end_minute, a.title" \
  " FROM shift s JOIN activity a ON a.id = s.activity_id"

static TomoniShift *
shift_from_row (TomoniDbStmt *stmt)
{
  TomoniShift *shift = tomoni_shift_new ();

  tomoni_shift_set_id (shift, tomoni_db_column_int64 (stmt, 0));
  tomoni_shift_set_uuid (shift, tomoni_db_column_text (stmt, 1));
  tomoni_shift_set_activity_id (shift, tomoni_db_column_int64 (stmt, 2));
  tomoni_shift_set_date (shift, tomoni_db_column_text (stmt, 3));
  tomoni_shift_set_times (shift, tomoni_db_column_int (stmt, 4), tomoni_db_column_int (stmt, 5));
  tomoni_shift_set_activity_title (shift, tomoni_db_column_text (stmt, 6));
  return shift;
}

static GPtrArray *
shifts_from_stmt (TomoniStore   *self,
                  TomoniDbStmt  *stmt,
                  GError       **error)
{
  g_autoptr(GPtrArray) shifts = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    g_ptr_array_add (shifts, shift_from_row (stmt));
  if (!tomoni_store_step_error (self, stmt, rc, error))
    return NULL;
  for (guint i = 0; i < shifts->len; i++)
    if (!load_shift_slots (self, g_ptr_array_index (shifts, i), error))
      return NULL;
  return g_steal_pointer (&shifts);
}

/* The one shift a bound lookup statement finds, or NOT_FOUND. */
static TomoniShift *
single_shift (TomoniStore   *self,
              TomoniDbStmt  *stmt,
              GError       **error)
{
  g_autoptr(GPtrArray) shifts = shifts_from_stmt (self, stmt, error);

  if (shifts == NULL)
    return NULL;
  if (shifts->len == 0)
    {
      tomoni_store_fail (error, NOT_FOUND, _("No such shift"));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (shifts, 0));
}

TomoniShift *
tomoni_store_get_shift (TomoniStore  *self,
                        gint64        shift_id,
                        GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, SHIFT_SELECT " WHERE s.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, shift_id);
  return single_shift (self, stmt, error);
}

TomoniShift *
tomoni_store_get_shift_by_uuid (TomoniStore  *self,
                                const char   *uuid,
                                GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, SHIFT_SELECT " WHERE s.uuid = ?1", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, uuid);
  return single_shift (self, stmt, error);
}

GPtrArray *
tomoni_store_list_shifts (TomoniStore  *self,
                          gint64        activity_id,
                          GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, SHIFT_SELECT " WHERE s.activity_id = ?1 ORDER BY s.date, s.start_minute, s.id", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, activity_id);
  return shifts_from_stmt (self, stmt, error);
}

GPtrArray *
tomoni_store_list_shifts_between (TomoniStore  *self,
                                  const char   *from,
                                  const char   *to,
                                  GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, SHIFT_SELECT " WHERE (?1 = '' OR s.date >= ?1) AND (?2 = '' OR s.date <= ?2)"
                                     " ORDER BY s.date, s.start_minute, s.id", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, from != NULL ? from : "");
  tomoni_bind_text (stmt, 2, to != NULL ? to : "");
  return shifts_from_stmt (self, stmt, error);
}

static gint64
count_assigned (TomoniStore *self,
                gint64       slot_id)
{
  return tomoni_store_count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM assignment WHERE slot_id = ?1"
                                                          " AND status <> 'cancelled'", NULL), slot_id);
}

gboolean
tomoni_store_add_slot (TomoniStore  *self,
                       TomoniSlot   *slot,
                       GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_SLOT (slot), FALSE);

  if (!validate_slot (self, slot, error))
    return FALSE;
  if (tomoni_store_count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM shift WHERE id = ?1", NULL),
                                  tomoni_slot_get_shift_id (slot)) == 0)
    return tomoni_store_fail (error, INVALID, _("Shift: no such shift"));
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!insert_slot (self, tomoni_slot_get_shift_id (slot), slot, now, error)
      || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_update_slot (TomoniStore  *self,
                          TomoniSlot   *slot,
                          GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *role = NULL;
  g_auto(TomoniSlotRow) row = { 0 };
  gint64 assigned;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_SLOT (slot), FALSE);

  if (!validate_slot (self, slot, error))
    return FALSE;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  assigned = count_assigned (self, tomoni_slot_get_id (slot));
  if (assigned > tomoni_slot_get_needed (slot))
    return tomoni_store_fail (error, INVALID,
                              g_dngettext (GETTEXT_PACKAGE,
                                   "Needed: %u person is already assigned; unassign before needing fewer than %u",
                                   "Needed: %u people are already assigned; unassign before needing fewer than %u",
                                   assigned),
                      (guint) assigned, (guint) assigned);
  role = tomoni_text_normalize (tomoni_slot_get_role (slot));
  if (!tomoni_slot_row_load (self, tomoni_slot_get_id (slot), &row, error))
    return FALSE;
  g_free ((char *)row.role);
  row.role = g_strdup (role);
  row.needed = tomoni_slot_get_needed (slot);
  row.required_skill_id = catalog_reference (self, TRUE, tomoni_slot_get_required_skill (slot));
  row.required_training_id = catalog_reference (self, FALSE, tomoni_slot_get_required_training (slot));
  row.updated_at = g_strdup (now);
  if (!tomoni_slot_row_update (self, &row, error))
    return FALSE;
  if (!write_slot_languages (self, tomoni_slot_get_id (slot), slot, now, error)
      || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_slot_set_n_assigned (slot, assigned);
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_delete_slot (TomoniStore  *self,
                          gint64        slot_id,
                          GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  gint64 assigned;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  assigned = count_assigned (self, slot_id);
  if (assigned > 0)
    return tomoni_store_fail (error, CONFLICT,
                              g_dngettext (GETTEXT_PACKAGE, "%u person is assigned to this slot: unassign first",
                                   "%u people are assigned to this slot: unassign them first", assigned),
                      (guint) assigned);
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!tomoni_store_exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM slot WHERE id = ?1", error), slot_id, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return tomoni_store_fail (error, NOT_FOUND, _("No such slot"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}
