/* tomoni-store-activities.c: activities, shifts, slots, assignments,
 * auto-fill and check-in in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-date.h"
#include "tomoni-store-activities.h"
#include "tomoni-store-private.h"
#include "tomoni-text.h"

#define MAX_WEEKLY_SHIFTS 200

static gboolean
set_error (GError     **error,
           int          code,
           const char  *format,
           ...) G_GNUC_PRINTF (3, 4);

static gboolean
set_error (GError     **error,
           int          code,
           const char  *format,
           ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, TOMONI_STORE_ERROR, code, message);
  return FALSE;
}

#define INVALID TOMONI_STORE_ERROR_INVALID
#define CONFLICT TOMONI_STORE_ERROR_CONFLICT
#define NOT_FOUND TOMONI_STORE_ERROR_NOT_FOUND

static char *
today_iso (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Accepts any date Tomoni parses; returns 'YYYY-MM-DD' or NULL. */
static char *
normalize_date (const char *text)
{
  GDate d;

  if (text == NULL)
    return NULL;
  g_date_clear (&d, 1);
  if (!tomoni_date_parse (text, &d, NULL))
    return NULL;
  return tomoni_date_format_iso (&d);
}

static char *
add_days (const char *date,
          int         days)
{
  GDate d;

  g_date_clear (&d, 1);
  if (!tomoni_date_parse (date, &d, NULL))
    return NULL;
  if (days >= 0)
    g_date_add_days (&d, days);
  else
    g_date_subtract_days (&d, -days);
  return tomoni_date_format_iso (&d);
}

static gint64
query_id (TomoniStore  *self,
          sqlite3_stmt *stmt)
{
  gint64 value = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static gint64
count_with_id (TomoniStore  *self,
               sqlite3_stmt *stmt,
               gint64        id)
{
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  return query_id (self, stmt);
}

static gboolean
exec_with_id (TomoniStore   *self,
              sqlite3_stmt  *stmt,
              gint64         id,
              GError       **error)
{
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return tomoni_store_step_done (self, stmt, error);
}

static gboolean
step_error (TomoniStore  *self,
            sqlite3_stmt *stmt,
            int           rc,
            GError      **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Activities ------------------------------------------------------------ */

static gboolean
validate_activity (TomoniStore     *self,
                   TomoniActivity  *activity,
                   GError         **error)
{
  static const char * const requester_kinds[] = { "school", "hospital", "city-office", "other" };
  const char *rkind = tomoni_activity_get_requester_kind (activity);
  gboolean known = FALSE;

  if (tomoni_text_is_blank (tomoni_activity_get_title (activity)))
    return set_error (error, INVALID, _("Title: this field is required"));
  if (tomoni_activity_get_kind (activity) >= TOMONI_ACTIVITY_N_KINDS)
    return set_error (error, INVALID, _("Kind: not a kind of activity"));
  for (guint i = 0; i < G_N_ELEMENTS (requester_kinds); i++)
    known |= g_strcmp0 (rkind, requester_kinds[i]) == 0;
  if (!known)
    return set_error (error, INVALID, _("Requester kind: “%s” is not school, hospital, city-office or other"), rkind);
  if (tomoni_activity_get_venue_id (activity) != 0
      && count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM venue WHERE id = ?1", NULL),
                        tomoni_activity_get_venue_id (activity)) == 0)
    return set_error (error, INVALID, _("Venue: no such venue"));
  return TRUE;
}

/* Finds or creates the requester named in @activity; 0 when none. */
static gboolean
write_requester (TomoniStore     *self,
                 TomoniActivity  *activity,
                 const char      *now,
                 gint64          *out_id,
                 GError         **error)
{
  g_autofree char *name = tomoni_text_normalize (tomoni_activity_get_requester_name (activity));
  sqlite3_stmt *stmt;
  gint64 id;

  *out_id = 0;
  if (name == NULL || *name == '\0')
    return TRUE;
  stmt = tomoni_store_prepare (self, "SELECT id FROM requester WHERE name = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, name);
  id = query_id (self, stmt);
  if (id != 0)
    {
      stmt = tomoni_store_prepare (self,
                                   "UPDATE requester SET kind = ?2, contact = ?3, notes = ?4, updated_at = ?5 WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
    }
  else
    {
      g_autofree char *uuid = tomoni_uuid_new ();

      stmt = tomoni_store_prepare (self,
                                   "INSERT INTO requester (name, kind, contact, notes, created_at, updated_at, uuid)"
                                   " VALUES (?6, ?2, ?3, ?4, ?5, ?5, ?1)", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, uuid);
      tomoni_bind_text (stmt, 6, name);
    }
  tomoni_bind_text (stmt, 2, tomoni_activity_get_requester_kind (activity));
  tomoni_bind_text (stmt, 3, tomoni_activity_get_requester_contact (activity));
  tomoni_bind_text (stmt, 4, tomoni_activity_get_requester_notes (activity));
  tomoni_bind_text (stmt, 5, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  *out_id = id != 0 ? id : sqlite3_last_insert_rowid (tomoni_store_get_db (self));
  return TRUE;
}

static void
bind_venue (sqlite3_stmt *stmt,
            int           index,
            gint64        id)
{
  if (id != 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

gboolean
tomoni_store_add_activity (TomoniStore     *self,
                           TomoniActivity  *activity,
                           GError         **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *uuid = tomoni_uuid_new ();
  g_autofree char *title = NULL;
  sqlite3_stmt *stmt;
  gint64 requester_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (activity), FALSE);

  if (!validate_activity (self, activity, error))
    return FALSE;
  title = tomoni_text_normalize (tomoni_activity_get_title (activity));
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!write_requester (self, activity, now, &requester_id, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "INSERT INTO activity (uuid, title, title_en, kind, venue_id, requester_id,"
                               " confidential, notes, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  tomoni_bind_text (stmt, 2, title);
  tomoni_bind_text (stmt, 3, tomoni_activity_get_title_en (activity));
  tomoni_bind_text (stmt, 4, tomoni_activity_kind_to_string (tomoni_activity_get_kind (activity)));
  bind_venue (stmt, 5, tomoni_activity_get_venue_id (activity));
  bind_venue (stmt, 6, requester_id);
  sqlite3_bind_int (stmt, 7, tomoni_activity_get_confidential (activity) ? 1 : 0);
  tomoni_bind_text (stmt, 8, tomoni_activity_get_notes (activity));
  tomoni_bind_text (stmt, 9, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  tomoni_activity_set_id (activity, sqlite3_last_insert_rowid (tomoni_store_get_db (self)));
  if (!tomoni_store_transaction_commit (&tx, error))
    {
      tomoni_activity_set_id (activity, 0);
      return FALSE;
    }
  tomoni_activity_set_uuid (activity, uuid);
  tomoni_activity_set_title (activity, title);
  tomoni_activity_set_requester_id (activity, requester_id);
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_update_activity (TomoniStore     *self,
                              TomoniActivity  *activity,
                              GError         **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *title = NULL;
  sqlite3_stmt *stmt;
  gint64 requester_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (tomoni_activity_get_id (activity) > 0, FALSE);

  if (!validate_activity (self, activity, error))
    return FALSE;
  title = tomoni_text_normalize (tomoni_activity_get_title (activity));
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!write_requester (self, activity, now, &requester_id, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "UPDATE activity SET title = ?2, title_en = ?3, kind = ?4, venue_id = ?5,"
                               " requester_id = ?6, confidential = ?7, notes = ?8, updated_at = ?9 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tomoni_activity_get_id (activity));
  tomoni_bind_text (stmt, 2, title);
  tomoni_bind_text (stmt, 3, tomoni_activity_get_title_en (activity));
  tomoni_bind_text (stmt, 4, tomoni_activity_kind_to_string (tomoni_activity_get_kind (activity)));
  bind_venue (stmt, 5, tomoni_activity_get_venue_id (activity));
  bind_venue (stmt, 6, requester_id);
  sqlite3_bind_int (stmt, 7, tomoni_activity_get_confidential (activity) ? 1 : 0);
  tomoni_bind_text (stmt, 8, tomoni_activity_get_notes (activity));
  tomoni_bind_text (stmt, 9, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (tomoni_store_get_db (self)) == 0)
    return set_error (error, NOT_FOUND, _("No such activity"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_activity_set_requester_id (activity, requester_id);
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_delete_activity (TomoniStore  *self,
                              gint64        activity_id,
                              GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  gint64 n;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  n = count_with_id (self, tomoni_store_prepare (self,
                                                 "SELECT count(*) FROM assignment a JOIN slot sl ON sl.id = a.slot_id"
                                                 " JOIN shift s ON s.id = sl.shift_id"
                                                 " WHERE s.activity_id = ?1 AND a.checkin IS NOT NULL", error),
                     activity_id);
  if (n > 0)
    return set_error (error, CONFLICT,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "%u volunteer was already checked in: the activity is kept for the records",
                                   "%u volunteers were already checked in: the activity is kept for the records", n),
                      (guint) n);
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM activity WHERE id = ?1", error), activity_id, error))
    return FALSE;
  if (sqlite3_changes (tomoni_store_get_db (self)) == 0)
    return set_error (error, NOT_FOUND, _("No such activity"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

#define ACTIVITY_SELECT \
  "SELECT a.id, a.uuid, a.title, a.title_en, a.kind, coalesce (a.venue_id, 0), coalesce (a.requester_id, 0)," \
  " coalesce (r.name, ''), coalesce (r.kind, 'other'), coalesce (r.contact, ''), coalesce (r.notes, '')," \
  " a.confidential, a.notes," \
  " (SELECT min (date) FROM shift WHERE activity_id = a.id), (SELECT max (date) FROM shift WHERE activity_id = a.id)," \
  " (SELECT count(*) FROM shift WHERE activity_id = a.id)," \
  " (SELECT coalesce (sum (sl.needed), 0) FROM slot sl JOIN shift s ON s.id = sl.shift_id WHERE s.activity_id = a.id)," \
  " (SELECT count(*) FROM assignment x JOIN slot sl ON sl.id = x.slot_id JOIN shift s ON s.id = sl.shift_id" \
  "   WHERE s.activity_id = a.id AND x.status <> 'cancelled')" \
  " FROM activity a LEFT JOIN requester r ON r.id = a.requester_id"

static TomoniActivity *
activity_from_stmt (TomoniStore   *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  TomoniActivity *activity;
  TomoniActivityKind kind = TOMONI_ACTIVITY_OTHER;
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        set_error (error, NOT_FOUND, _("No such activity"));
      else
        tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  activity = tomoni_activity_new ();
  tomoni_activity_set_id (activity, sqlite3_column_int64 (stmt, 0));
  tomoni_activity_set_uuid (activity, (const char *)sqlite3_column_text (stmt, 1));
  tomoni_activity_set_title (activity, (const char *)sqlite3_column_text (stmt, 2));
  tomoni_activity_set_title_en (activity, (const char *)sqlite3_column_text (stmt, 3));
  tomoni_activity_kind_from_string ((const char *)sqlite3_column_text (stmt, 4), &kind);
  tomoni_activity_set_kind (activity, kind);
  tomoni_activity_set_venue_id (activity, sqlite3_column_int64 (stmt, 5));
  tomoni_activity_set_requester_id (activity, sqlite3_column_int64 (stmt, 6));
  tomoni_activity_set_requester_name (activity, (const char *)sqlite3_column_text (stmt, 7));
  tomoni_activity_set_requester_kind (activity, (const char *)sqlite3_column_text (stmt, 8));
  tomoni_activity_set_requester_contact (activity, (const char *)sqlite3_column_text (stmt, 9));
  tomoni_activity_set_requester_notes (activity, (const char *)sqlite3_column_text (stmt, 10));
  tomoni_activity_set_confidential (activity, sqlite3_column_int (stmt, 11));
  tomoni_activity_set_notes (activity, (const char *)sqlite3_column_text (stmt, 12));
  tomoni_activity_set_summary (activity, (const char *)sqlite3_column_text (stmt, 13),
                               (const char *)sqlite3_column_text (stmt, 14),
                               sqlite3_column_int (stmt, 15), sqlite3_column_int (stmt, 16),
                               sqlite3_column_int (stmt, 17));
  sqlite3_reset (stmt);
  return activity;
}

TomoniActivity *
tomoni_store_get_activity (TomoniStore  *self,
                           gint64        activity_id,
                           GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ACTIVITY_SELECT " WHERE a.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  return activity_from_stmt (self, stmt, error);
}

TomoniActivity *
tomoni_store_get_activity_by_uuid (TomoniStore  *self,
                                   const char   *uuid,
                                   GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  stmt = tomoni_store_prepare (self, ACTIVITY_SELECT " WHERE a.uuid = ?1", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, uuid);
  return activity_from_stmt (self, stmt, error);
}

GArray *
tomoni_store_query_activity_ids (TomoniStore  *self,
                                 const char   *from,
                                 const char   *to,
                                 GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self,
                               "SELECT a.id FROM activity a LEFT JOIN shift s ON s.activity_id = a.id"
                               " GROUP BY a.id"
                               " HAVING (?1 = '' AND ?2 = '')"
                               "  OR (count (s.id) > 0 AND EXISTS (SELECT 1 FROM shift x WHERE x.activity_id = a.id"
                               "      AND (?1 = '' OR x.date >= ?1) AND (?2 = '' OR x.date <= ?2)))"
                               " ORDER BY coalesce (max (s.date), '9999') DESC, a.id DESC", error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, from != NULL ? from : "");
  tomoni_bind_text (stmt, 2, to != NULL ? to : "");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

/* Shifts and slots ------------------------------------------------------ */

static gint64
catalog_id (TomoniStore *self,
            gboolean     skill,
            const char  *key)
{
  sqlite3_stmt *stmt = skill ? tomoni_store_prepare (self, "SELECT id FROM skill WHERE key = ?1", NULL)
                             : tomoni_store_prepare (self, "SELECT id FROM training WHERE key = ?1", NULL);
  if (stmt == NULL)
    return 0;
  tomoni_bind_text (stmt, 1, key);
  return query_id (self, stmt);
}

static gboolean
validate_slot (TomoniStore  *self,
               TomoniSlot   *slot,
               GError      **error)
{
  GArray *languages = tomoni_slot_get_languages (slot);
  const char *skill = tomoni_slot_get_required_skill (slot);
  const char *training = tomoni_slot_get_required_training (slot);

  if (tomoni_text_is_blank (tomoni_slot_get_role (slot)))
    return set_error (error, INVALID, _("Role: this field is required"));
  if (tomoni_slot_get_needed (slot) < 1 || tomoni_slot_get_needed (slot) > 1000)
    return set_error (error, INVALID, _("Needed: %u is not between 1 and 1000"), tomoni_slot_get_needed (slot));
  for (guint i = 0; i < languages->len; i++)
    {
      TomoniLanguage *language = &g_array_index (languages, TomoniLanguage, i);
      if (!tomoni_language_code_is_known (language->code))
        return set_error (error, INVALID, _("Required languages: “%s” is not an ISO 639-1 language code"), language->code);
      if (language->level < TOMONI_LEVEL_BASIC || language->level > TOMONI_LEVEL_NATIVE)
        return set_error (error, INVALID, _("Required languages: %s has no minimum level"), language->code);
      for (guint j = 0; j < i; j++)
        if (g_str_equal (g_array_index (languages, TomoniLanguage, j).code, language->code))
          return set_error (error, INVALID, _("Required languages: “%s” is given twice"), language->code);
    }
  if (*skill != '\0' && catalog_id (self, TRUE, skill) == 0)
    return set_error (error, INVALID, _("Required skill: “%s” is not in the list of skills"), skill);
  if (*training != '\0' && catalog_id (self, FALSE, training) == 0)
    return set_error (error, INVALID, _("Required training: “%s” is not in the list of trainings"), training);
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

  if (!exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM slot_language WHERE slot_id = ?1", error),
                     slot_id, error))
    return FALSE;
  for (guint i = 0; i < languages->len; i++)
    {
      TomoniLanguage *language = &g_array_index (languages, TomoniLanguage, i);
      g_autofree char *uuid = tomoni_uuid_new ();
      sqlite3_stmt *stmt = tomoni_store_prepare (self,
                                                 "INSERT INTO slot_language (uuid, slot_id, code, min_level, created_at, updated_at)"
                                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?5)", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, uuid);
      sqlite3_bind_int64 (stmt, 2, slot_id);
      tomoni_bind_text (stmt, 3, language->code);
      tomoni_bind_text (stmt, 4, tomoni_language_level_to_string (language->level));
      tomoni_bind_text (stmt, 5, now);
      if (!tomoni_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_catalog (TomoniStore  *self,
              sqlite3_stmt *stmt,
              int           index,
              gboolean      skill,
              const char   *key)
{
  gint64 id = key != NULL && *key != '\0' ? catalog_id (self, skill, key) : 0;

  if (id != 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
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
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = tomoni_store_prepare (self,
                               "INSERT INTO slot (uuid, shift_id, role, needed, required_skill_id, required_training_id,"
                               " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, shift_id);
  tomoni_bind_text (stmt, 3, role);
  sqlite3_bind_int (stmt, 4, tomoni_slot_get_needed (slot));
  bind_catalog (self, stmt, 5, TRUE, tomoni_slot_get_required_skill (slot));
  bind_catalog (self, stmt, 6, FALSE, tomoni_slot_get_required_training (slot));
  tomoni_bind_text (stmt, 7, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (tomoni_store_get_db (self));
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
  g_autofree char *iso = normalize_date (date);
  int start = tomoni_shift_get_start_minute (shift);
  int end = tomoni_shift_get_end_minute (shift);
  GListModel *slots = G_LIST_MODEL (tomoni_shift_get_slots (shift));

  if (iso == NULL)
    return set_error (error, INVALID, _("Date: “%s” is not a date"), date ? date : "");
  tomoni_shift_set_date (shift, iso);
  if (start < 0 || start > 1439)
    return set_error (error, INVALID, _("Start: %d is not a time of day"), start);
  if (end < 1 || end > 1440)
    return set_error (error, INVALID, _("End: %d is not a time of day"), end);
  if (end <= start)
    return set_error (error, INVALID, _("End: the shift ends at %02d:%02d, before it starts at %02d:%02d"),
                      end / 60, end % 60, start / 60, start % 60);
  if (count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM activity WHERE id = ?1", NULL),
                     tomoni_shift_get_activity_id (shift)) == 0)
    return set_error (error, INVALID, _("Activity: no such activity"));
  if (with_slots)
    for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
      {
        g_autoptr(TomoniSlot) slot = g_list_model_get_item (slots, i);
        g_autoptr(GError) local = NULL;

        if (!validate_slot (self, slot, &local))
          return set_error (error, INVALID, _("Slot %u: %s"), i + 1, local->message);
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
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = tomoni_store_prepare (self,
                               "INSERT INTO shift (uuid, activity_id, date, start_minute, end_minute, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, tomoni_shift_get_activity_id (shift));
  tomoni_bind_text (stmt, 3, tomoni_shift_get_date (shift));
  sqlite3_bind_int (stmt, 4, tomoni_shift_get_start_minute (shift));
  sqlite3_bind_int (stmt, 5, tomoni_shift_get_end_minute (shift));
  tomoni_bind_text (stmt, 6, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (tomoni_store_get_db (self));
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
  last = normalize_date (until);
  if (last == NULL)
    return set_error (error, INVALID, _("Until: “%s” is not a date"), until ? until : "");
  if (strcmp (last, tomoni_shift_get_date (template_shift)) < 0)
    return set_error (error, INVALID, _("Until: %s is before the first date %s"), last,
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
        return set_error (error, INVALID, _("Until: more than %d weekly shifts; choose an earlier date"),
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
      next = add_days (date, 7);
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

static gboolean check_assigned_after_move (TomoniStore  *self,
                                           gint64        shift_id,
                                           GError      **error);

gboolean
tomoni_store_update_shift (TomoniStore  *self,
                           TomoniShift  *shift,
                           GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_SHIFT (shift), FALSE);

  if (!validate_shift (self, shift, FALSE, error))
    return FALSE;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self,
                               "UPDATE shift SET date = ?2, start_minute = ?3, end_minute = ?4, updated_at = ?5 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tomoni_shift_get_id (shift));
  tomoni_bind_text (stmt, 2, tomoni_shift_get_date (shift));
  sqlite3_bind_int (stmt, 3, tomoni_shift_get_start_minute (shift));
  sqlite3_bind_int (stmt, 4, tomoni_shift_get_end_minute (shift));
  tomoni_bind_text (stmt, 5, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (tomoni_store_get_db (self)) == 0)
    return set_error (error, NOT_FOUND, _("No such shift"));
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
  n = count_with_id (self, tomoni_store_prepare (self,
                                                 "SELECT count(*) FROM assignment a JOIN slot sl ON sl.id = a.slot_id"
                                                 " WHERE sl.shift_id = ?1 AND a.checkin IS NOT NULL", error),
                     shift_id);
  if (n > 0)
    return set_error (error, CONFLICT, _("Volunteers were already checked in for this shift: it is kept for the records"));
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM shift WHERE id = ?1", error), shift_id, error))
    return FALSE;
  if (sqlite3_changes (tomoni_store_get_db (self)) == 0)
    return set_error (error, NOT_FOUND, _("No such shift"));
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

static gboolean
load_slot_languages (TomoniStore  *self,
                     gint64        slot_id,
                     GArray       *out,
                     GError      **error)
{
  sqlite3_stmt *stmt = tomoni_store_prepare (self, "SELECT code, min_level FROM slot_language WHERE slot_id = ?1 ORDER BY id",
                                             error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, slot_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TomoniLanguage language = { { 0 }, TOMONI_LEVEL_NONE, 0 };

      g_strlcpy (language.code, (const char *)sqlite3_column_text (stmt, 0), sizeof language.code);
      tomoni_language_level_from_string ((const char *)sqlite3_column_text (stmt, 1), &language.level);
      g_array_append_val (out, language);
    }
  return step_error (self, stmt, rc, error);
}

static TomoniSlot *
slot_from_row (sqlite3_stmt *stmt)
{
  TomoniSlot *slot = tomoni_slot_new ();

  tomoni_slot_set_id (slot, sqlite3_column_int64 (stmt, 0));
  tomoni_slot_set_uuid (slot, (const char *)sqlite3_column_text (stmt, 1));
  tomoni_slot_set_shift_id (slot, sqlite3_column_int64 (stmt, 2));
  tomoni_slot_set_role (slot, (const char *)sqlite3_column_text (stmt, 3));
  tomoni_slot_set_needed (slot, sqlite3_column_int (stmt, 4));
  tomoni_slot_set_required_skill (slot, (const char *)sqlite3_column_text (stmt, 5));
  tomoni_slot_set_required_training (slot, (const char *)sqlite3_column_text (stmt, 6));
  tomoni_slot_set_n_assigned (slot, sqlite3_column_int (stmt, 7));
  return slot;
}

static gboolean
fill_slot_languages (TomoniStore  *self,
                     TomoniSlot   *slot,
                     GError      **error)
{
  g_autoptr(GArray) languages = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));

  if (!load_slot_languages (self, tomoni_slot_get_id (slot), languages, error))
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
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, SLOT_SELECT " WHERE sl.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, slot_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    slot = slot_from_row (stmt);
  sqlite3_reset (stmt);
  if (slot == NULL)
    {
      if (rc == SQLITE_DONE)
        set_error (error, NOT_FOUND, _("No such slot"));
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
  sqlite3_stmt *stmt = tomoni_store_prepare (self, SLOT_SELECT " WHERE sl.shift_id = ?1 ORDER BY sl.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tomoni_shift_get_id (shift));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (slots, slot_from_row (stmt));
  if (!step_error (self, stmt, rc, error))
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
shift_from_row (sqlite3_stmt *stmt)
{
  TomoniShift *shift = tomoni_shift_new ();

  tomoni_shift_set_id (shift, sqlite3_column_int64 (stmt, 0));
  tomoni_shift_set_uuid (shift, (const char *)sqlite3_column_text (stmt, 1));
  tomoni_shift_set_activity_id (shift, sqlite3_column_int64 (stmt, 2));
  tomoni_shift_set_date (shift, (const char *)sqlite3_column_text (stmt, 3));
  tomoni_shift_set_times (shift, sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5));
  tomoni_shift_set_activity_title (shift, (const char *)sqlite3_column_text (stmt, 6));
  return shift;
}

static GPtrArray *
shifts_from_stmt (TomoniStore   *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(GPtrArray) shifts = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (shifts, shift_from_row (stmt));
  if (!step_error (self, stmt, rc, error))
    return NULL;
  for (guint i = 0; i < shifts->len; i++)
    if (!load_shift_slots (self, g_ptr_array_index (shifts, i), error))
      return NULL;
  return g_steal_pointer (&shifts);
}

/* The one shift a bound lookup statement finds, or NOT_FOUND. */
static TomoniShift *
single_shift (TomoniStore   *self,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  g_autoptr(GPtrArray) shifts = shifts_from_stmt (self, stmt, error);

  if (shifts == NULL)
    return NULL;
  if (shifts->len == 0)
    {
      set_error (error, NOT_FOUND, _("No such shift"));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (shifts, 0));
}

TomoniShift *
tomoni_store_get_shift (TomoniStore  *self,
                        gint64        shift_id,
                        GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, SHIFT_SELECT " WHERE s.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, shift_id);
  return single_shift (self, stmt, error);
}

TomoniShift *
tomoni_store_get_shift_by_uuid (TomoniStore  *self,
                                const char   *uuid,
                                GError      **error)
{
  sqlite3_stmt *stmt;

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
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, SHIFT_SELECT " WHERE s.activity_id = ?1 ORDER BY s.date, s.start_minute, s.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  return shifts_from_stmt (self, stmt, error);
}

GPtrArray *
tomoni_store_list_shifts_between (TomoniStore  *self,
                                  const char   *from,
                                  const char   *to,
                                  GError      **error)
{
  sqlite3_stmt *stmt;

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
  return count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM assignment WHERE slot_id = ?1"
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
  if (count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM shift WHERE id = ?1", NULL),
                     tomoni_slot_get_shift_id (slot)) == 0)
    return set_error (error, INVALID, _("Shift: no such shift"));
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
  sqlite3_stmt *stmt;
  gint64 assigned;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_SLOT (slot), FALSE);

  if (!validate_slot (self, slot, error))
    return FALSE;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  assigned = count_assigned (self, tomoni_slot_get_id (slot));
  if (assigned > tomoni_slot_get_needed (slot))
    return set_error (error, INVALID,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "Needed: %u person is already assigned; unassign before needing fewer than %u",
                                   "Needed: %u people are already assigned; unassign before needing fewer than %u",
                                   assigned),
                      (guint) assigned, (guint) assigned);
  role = tomoni_text_normalize (tomoni_slot_get_role (slot));
  stmt = tomoni_store_prepare (self,
                               "UPDATE slot SET role = ?2, needed = ?3, required_skill_id = ?4, required_training_id = ?5,"
                               " updated_at = ?6 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tomoni_slot_get_id (slot));
  tomoni_bind_text (stmt, 2, role);
  sqlite3_bind_int (stmt, 3, tomoni_slot_get_needed (slot));
  bind_catalog (self, stmt, 4, TRUE, tomoni_slot_get_required_skill (slot));
  bind_catalog (self, stmt, 5, FALSE, tomoni_slot_get_required_training (slot));
  tomoni_bind_text (stmt, 6, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (tomoni_store_get_db (self)) == 0)
    return set_error (error, NOT_FOUND, _("No such slot"));
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
    return set_error (error, CONFLICT,
                      g_dngettext (GETTEXT_PACKAGE, "%u person is assigned to this slot: unassign first",
                                   "%u people are assigned to this slot: unassign them first", assigned),
                      (guint) assigned);
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM slot WHERE id = ?1", error), slot_id, error))
    return FALSE;
  if (sqlite3_changes (tomoni_store_get_db (self)) == 0)
    return set_error (error, NOT_FOUND, _("No such slot"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

/* Matching data --------------------------------------------------------- */

static char *
name_from_columns (sqlite3_stmt *stmt,
                   int           first)
{
  const char *family = (const char *)sqlite3_column_text (stmt, first);
  const char *given = (const char *)sqlite3_column_text (stmt, first + 1);
  const char *latin = (const char *)sqlite3_column_text (stmt, first + 2);

  if (family != NULL && *family != '\0' && given != NULL && *given != '\0')
    return g_strconcat (family, " ", given, NULL);
  if (family != NULL && *family != '\0')
    return g_strdup (family);
  if (given != NULL && *given != '\0')
    return g_strdup (given);
  return g_strdup (latin != NULL ? latin : "");
}

/* Loads the slots (all of an activity, of one slot, or of a date range),
 * the volunteers (all, or one person) and their bookings. */
static TomoniMatchData *
load_match_data (TomoniStore  *self,
                 gint64        activity_id,
                 gint64        slot_id,
                 const char   *from,
                 const char   *to,
                 const char   *today,
                 gint64        person_id,
                 GError      **error)
{
  g_autofree char *real_today = today_iso ();
  g_autoptr(TomoniMatchData) data = tomoni_match_data_new (today != NULL ? today : real_today);
  g_autoptr(GHashTable) people = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *first_month = NULL;
  g_autofree char *last_month = NULL;
  g_autofree char *recent = add_days (data->today, -90);
  sqlite3_stmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT sl.id, s.id, s.activity_id, s.uuid, a.title, sl.role, s.date, s.start_minute,"
                               " s.end_minute, sl.needed,"
                               " (SELECT count(*) FROM assignment x WHERE x.slot_id = sl.id AND x.status <> 'cancelled'),"
                               " sk.key, tr.key"
                               " FROM slot sl JOIN shift s ON s.id = sl.shift_id JOIN activity a ON a.id = s.activity_id"
                               " LEFT JOIN skill sk ON sk.id = sl.required_skill_id"
                               " LEFT JOIN training tr ON tr.id = sl.required_training_id"
                               " WHERE CASE WHEN ?4 <> 0 THEN sl.id = ?4 WHEN ?1 <> 0 THEN s.activity_id = ?1"
                               "  ELSE s.date BETWEEN ?2 AND ?3 END"
                               " ORDER BY s.date, s.start_minute, s.id, sl.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  tomoni_bind_text (stmt, 2, from);
  tomoni_bind_text (stmt, 3, to);
  sqlite3_bind_int64 (stmt, 4, slot_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TomoniMatchSlot *slot = tomoni_match_slot_new ();

      slot->slot_id = sqlite3_column_int64 (stmt, 0);
      slot->shift_id = sqlite3_column_int64 (stmt, 1);
      slot->activity_id = sqlite3_column_int64 (stmt, 2);
      g_free (slot->shift_uuid);
      slot->shift_uuid = tomoni_column_dup_text (stmt, 3);
      g_free (slot->activity_title);
      slot->activity_title = tomoni_column_dup_text (stmt, 4);
      g_free (slot->role);
      slot->role = tomoni_column_dup_text (stmt, 5);
      g_strlcpy (slot->date, (const char *)sqlite3_column_text (stmt, 6), sizeof slot->date);
      slot->start_minute = sqlite3_column_int (stmt, 7);
      slot->end_minute = sqlite3_column_int (stmt, 8);
      slot->needed = sqlite3_column_int (stmt, 9);
      slot->n_assigned = sqlite3_column_int (stmt, 10);
      slot->required_skill = sqlite3_column_type (stmt, 11) == SQLITE_NULL ? NULL : tomoni_column_dup_text (stmt, 11);
      slot->required_training = sqlite3_column_type (stmt, 12) == SQLITE_NULL ? NULL : tomoni_column_dup_text (stmt, 12);
      g_ptr_array_add (data->slots, slot);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;
  for (guint i = 0; i < data->slots->len; i++)
    {
      TomoniMatchSlot *slot = g_ptr_array_index (data->slots, i);

      if (!load_slot_languages (self, slot->slot_id, slot->languages, error))
        return NULL;
      if (first_month == NULL || strcmp (slot->date, first_month) < 0)
        {
          g_free (first_month);
          first_month = g_strdup (slot->date);
        }
      if (last_month == NULL || strcmp (slot->date, last_month) > 0)
        {
          g_free (last_month);
          last_month = g_strdup (slot->date);
        }
    }
  if (first_month != NULL)
    {
      memcpy (first_month + 8, "01", 2);
      memcpy (last_month + 8, "31", 2);   /* string compare: any day of the month is <= "31" */
    }

  /* The volunteers */
  stmt = tomoni_store_prepare (self,
                               "SELECT v.person_id, p.uuid, p.family_name, p.given_name, p.latin_name, v.status,"
                               " v.registered_on, v.expires_on, v.monthly_cap"
                               " FROM volunteer v JOIN person p ON p.id = v.person_id"
                               " WHERE p.deleted_at IS NULL AND p.erased_at IS NULL AND (?1 = 0 OR v.person_id = ?1)"
                               " ORDER BY p.sort_key, p.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TomoniMatchPerson *person = tomoni_match_person_new ();

      person->person_id = sqlite3_column_int64 (stmt, 0);
      g_free (person->uuid);
      person->uuid = tomoni_column_dup_text (stmt, 1);
      g_free (person->name);
      person->name = name_from_columns (stmt, 2);
      tomoni_volunteer_status_from_string ((const char *)sqlite3_column_text (stmt, 5), &person->status);
      g_free (person->registered_on);
      person->registered_on = tomoni_column_dup_text (stmt, 6);
      g_free (person->expires_on);
      person->expires_on = tomoni_column_dup_text (stmt, 7);
      person->monthly_cap = sqlite3_column_int (stmt, 8);
      g_ptr_array_add (data->people, person);
      g_hash_table_insert (people, &person->person_id, person);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  /* Their lists: one query each over all volunteers. */
  stmt = tomoni_store_prepare (self,
                               "SELECT pl.person_id, pl.code, pl.level, pl.jlpt FROM person_language pl"
                               " JOIN volunteer v ON v.person_id = pl.person_id WHERE (?1 = 0 OR pl.person_id = ?1)"
                               " ORDER BY pl.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
      TomoniLanguage language = { { 0 }, TOMONI_LEVEL_NONE, 0 };

      if (person == NULL)
        continue;
      g_strlcpy (language.code, (const char *)sqlite3_column_text (stmt, 1), sizeof language.code);
      tomoni_language_level_from_string ((const char *)sqlite3_column_text (stmt, 2), &language.level);
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        tomoni_jlpt_from_string ((const char *)sqlite3_column_text (stmt, 3), &language.jlpt);
      g_array_append_val (person->languages, language);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  stmt = tomoni_store_prepare (self,
                               "SELECT v.person_id, s.key FROM volunteer_skill vs JOIN volunteer v ON v.id = vs.volunteer_id"
                               " JOIN skill s ON s.id = vs.skill_id WHERE (?1 = 0 OR v.person_id = ?1)", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
      if (person != NULL)
        g_ptr_array_add (person->skills, tomoni_column_dup_text (stmt, 1));
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  stmt = tomoni_store_prepare (self,
                               "SELECT v.person_id, t.key, vt.completed_on FROM volunteer_training vt"
                               " JOIN volunteer v ON v.id = vt.volunteer_id JOIN training t ON t.id = vt.training_id"
                               " WHERE (?1 = 0 OR v.person_id = ?1)", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
      TomoniTrainingRecord *record;

      if (person == NULL)
        continue;
      record = g_new0 (TomoniTrainingRecord, 1);
      record->key = tomoni_column_dup_text (stmt, 1);
      record->completed_on = tomoni_column_dup_text (stmt, 2);
      g_ptr_array_add (person->trainings, record);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  stmt = tomoni_store_prepare (self,
                               "SELECT v.person_id, a.weekday, a.start_minute, a.end_minute FROM availability a"
                               " JOIN volunteer v ON v.id = a.volunteer_id WHERE (?1 = 0 OR v.person_id = ?1)", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
      TomoniAvailability range = { sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2),
                                   sqlite3_column_int (stmt, 3) };
      if (person != NULL)
        g_array_append_val (person->availability, range);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  if (first_month != NULL)
    {
      stmt = tomoni_store_prepare (self,
                                   "SELECT v.person_id, u.date FROM unavailable_date u JOIN volunteer v ON v.id = u.volunteer_id"
                                   " WHERE (?1 = 0 OR v.person_id = ?1) AND u.date BETWEEN ?2 AND ?3", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, person_id);
      tomoni_bind_text (stmt, 2, first_month);
      tomoni_bind_text (stmt, 3, last_month);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
          if (person != NULL)
            g_ptr_array_add (person->unavailable, tomoni_column_dup_text (stmt, 1));
        }
      if (!step_error (self, stmt, rc, error))
        return NULL;

      /* Bookings in the months of the slots: for the caps and overlaps. */
      stmt = tomoni_store_prepare (self,
                                   "SELECT x.person_id, x.slot_id, s.date, s.start_minute, s.end_minute FROM assignment x"
                                   " JOIN slot sl ON sl.id = x.slot_id JOIN shift s ON s.id = sl.shift_id"
                                   " WHERE x.status <> 'cancelled' AND (?1 = 0 OR x.person_id = ?1)"
                                   " AND s.date BETWEEN ?2 AND ?3", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, person_id);
      tomoni_bind_text (stmt, 2, first_month);
      tomoni_bind_text (stmt, 3, last_month);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
          TomoniMatchBooking booking = { 0 };

          if (person == NULL)
            continue;
          booking.slot_id = sqlite3_column_int64 (stmt, 1);
          g_strlcpy (booking.date, (const char *)sqlite3_column_text (stmt, 2), sizeof booking.date);
          booking.start_minute = sqlite3_column_int (stmt, 3);
          booking.end_minute = sqlite3_column_int (stmt, 4);
          g_array_append_val (person->bookings, booking);
        }
      if (!step_error (self, stmt, rc, error))
        return NULL;
    }

  /* Experience and fairness */
  stmt = tomoni_store_prepare (self,
                               "SELECT x.person_id,"
                               " sum (x.checkin = 'present' AND s.date < ?2),"
                               " sum (x.status <> 'cancelled' AND s.date >= ?3 AND s.date < ?2)"
                               " FROM assignment x JOIN slot sl ON sl.id = x.slot_id JOIN shift s ON s.id = sl.shift_id"
                               " WHERE (?1 = 0 OR x.person_id = ?1) GROUP BY x.person_id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  tomoni_bind_text (stmt, 2, data->today);
  tomoni_bind_text (stmt, 3, recent);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &id);
      if (person == NULL)
        continue;
      person->n_past_shifts = sqlite3_column_int (stmt, 1);
      person->n_recent_shifts = sqlite3_column_int (stmt, 2);
    }
  if (!step_error (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&data);
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
  sqlite3_stmt *stmt;
  int rc;

  stmt = tomoni_store_prepare (self,
                               "SELECT x.slot_id, x.person_id FROM assignment x JOIN slot sl ON sl.id = x.slot_id"
                               " WHERE sl.shift_id = ?1 AND x.status <> 'cancelled' AND x.override_reason = ''", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, shift_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
      g_array_append_vals (pairs, pair, 2);
    }
  if (!step_error (self, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < pairs->len; i += 2)
    {
      g_autoptr(TomoniMatchData) data = load_match_data (self, 0, g_array_index (pairs, gint64, i), "", "", NULL,
                                                         g_array_index (pairs, gint64, i + 1), error);
      g_autofree char *why = NULL;
      TomoniMatchPerson *person;

      if (data == NULL)
        return FALSE;
      if (data->people->len == 0 || data->slots->len == 0)
        continue;   /* no longer a volunteer: nothing to check */
      person = g_ptr_array_index (data->people, 0);
      if ((tomoni_match_check (data, person, g_ptr_array_index (data->slots, 0), &why) & time_rules) != 0)
        return set_error (error, CONFLICT,
                          _("%s is assigned to this shift and could not work at the new time (%s): "
                            "unassign them first, or keep the time"), person->name, why);
    }
  return TRUE;
}

TomoniMatchData *
tomoni_store_load_match_data (TomoniStore  *self,
                              gint64        activity_id,
                              const char   *from,
                              const char   *to,
                              const char   *today,
                              GError      **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  if (activity_id == 0)
    {
      first = normalize_date (from);
      last = normalize_date (to);
      if (first == NULL)
        {
          set_error (error, INVALID, _("From: “%s” is not a date"), from ? from : "");
          return NULL;
        }
      if (last == NULL)
        {
          set_error (error, INVALID, _("To: “%s” is not a date"), to ? to : "");
          return NULL;
        }
      if (strcmp (last, first) < 0)
        {
          set_error (error, INVALID, _("To: %s is before %s"), last, first);
          return NULL;
        }
    }
  else if (count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM activity WHERE id = ?1", NULL),
                          activity_id) == 0)
    {
      set_error (error, NOT_FOUND, _("No such activity"));
      return NULL;
    }
  return load_match_data (self, activity_id, 0, first ? first : "", last ? last : "", today, 0, error);
}

GPtrArray *
tomoni_store_rank_candidates (TomoniStore  *self,
                              gint64        slot_id,
                              GError      **error)
{
  g_autoptr(TomoniMatchData) data = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  data = load_match_data (self, 0, slot_id, "", "", NULL, 0, error);
  if (data == NULL)
    return NULL;
  if (data->slots->len == 0)
    {
      set_error (error, NOT_FOUND, _("No such slot"));
      return NULL;
    }
  return tomoni_match_rank (data, g_ptr_array_index (data->slots, 0));
}

TomoniMatchPlan *
tomoni_store_plan_auto_fill (TomoniStore   *self,
                             gint64         activity_id,
                             const char    *from,
                             const char    *to,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(TomoniMatchData) data = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  data = tomoni_store_load_match_data (self, activity_id, from, to, NULL, error);
  if (data == NULL)
    return NULL;
  return tomoni_match_solve (data, cancellable, error);
}

TomoniMatchPlan *
tomoni_store_plan_auto_fill_with_limit (TomoniStore   *self,
                                        gint64         activity_id,
                                        const char    *from,
                                        const char    *to,
                                        double         time_limit,
                                        GCancellable  *cancellable,
                                        GError       **error)
{
  g_autoptr(TomoniMatchData) data = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  g_return_val_if_fail (time_limit >= 0, NULL);
  data = tomoni_store_load_match_data (self, activity_id, from, to, NULL, error);
  if (data == NULL)
    return NULL;
  return tomoni_match_solve_with_limit (data, time_limit, cancellable, error);
}

typedef struct {
  gint64  activity_id;
  char   *from;
  char   *to;
} PlanTask;

static void
plan_task_free (gpointer data)
{
  PlanTask *task = data;

  g_free (task->from);
  g_free (task->to);
  g_free (task);
}

static void
plan_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PlanTask *args = task_data;
  g_autoptr(TomoniStore) connection = NULL;
  GError *error = NULL;
  TomoniMatchPlan *plan;

  connection = tomoni_store_open_connection (TOMONI_STORE (source_object), &error);
  if (connection == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  plan = tomoni_store_plan_auto_fill (connection, args->activity_id, args->from, args->to, cancellable, &error);
  if (plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, plan, (GDestroyNotify)tomoni_match_plan_free);
}

void
tomoni_store_plan_auto_fill_async (TomoniStore         *self,
                                   gint64               activity_id,
                                   const char          *from,
                                   const char          *to,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PlanTask *args;

  g_return_if_fail (TOMONI_IS_STORE (self));
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tomoni_store_plan_auto_fill_async);
  args = g_new0 (PlanTask, 1);
  args->activity_id = activity_id;
  args->from = g_strdup (from);
  args->to = g_strdup (to);
  g_task_set_task_data (task, args, plan_task_free);
  g_task_run_in_thread (task, plan_thread);
}

TomoniMatchPlan *
tomoni_store_plan_auto_fill_finish (TomoniStore   *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Assignments ------------------------------------------------------------ */

static gint64
insert_assignment (TomoniStore  *self,
                   gint64        slot_id,
                   gint64        person_id,
                   const char   *source,
                   gint64        score,
                   const char   *override_reason,
                   gint64        auto_fill_id,
                   const char   *now,
                   GError      **error)
{
  g_autofree char *uuid = tomoni_uuid_new ();
  sqlite3_stmt *stmt;

  stmt = tomoni_store_prepare (self,
                               "INSERT INTO assignment (uuid, slot_id, person_id, status, source, score, override_reason,"
                               " auto_fill_id, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, 'assigned', ?4, ?5, ?6, ?7, ?8, ?8)", error);
  if (stmt == NULL)
    return 0;
  tomoni_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, slot_id);
  sqlite3_bind_int64 (stmt, 3, person_id);
  tomoni_bind_text (stmt, 4, source);
  if (score >= 0)
    sqlite3_bind_int64 (stmt, 5, score);
  else
    sqlite3_bind_null (stmt, 5);
  tomoni_bind_text (stmt, 6, override_reason);
  if (auto_fill_id > 0)
    sqlite3_bind_int64 (stmt, 7, auto_fill_id);
  else
    sqlite3_bind_null (stmt, 7);
  tomoni_bind_text (stmt, 8, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tomoni_store_get_db (self));
}

/* The first broken rule's key, for messages. */
static const char *
first_rule (guint rules)
{
  for (guint bit = 1; bit <= TOMONI_RULE_MONTHLY_CAP; bit <<= 1)
    if (rules & bit)
      return tomoni_rule_to_string (bit);
  return "";
}

gboolean
tomoni_store_apply_plan (TomoniStore      *self,
                         TomoniMatchPlan  *plan,
                         char            **out_token,
                         GError          **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *token = tomoni_uuid_new ();
  g_autoptr(TomoniMatchData) data = NULL;
  g_autoptr(GHashTable) slots = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) people = g_hash_table_new (g_int64_hash, g_int64_equal);
  const char *first = NULL, *last = NULL;
  sqlite3_stmt *stmt;
  gint64 run_id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "INSERT INTO auto_fill (uuid, n_created, created_at, updated_at)"
                                     " VALUES (?1, ?2, ?3, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, token);
  sqlite3_bind_int (stmt, 2, plan->proposals->len);
  tomoni_bind_text (stmt, 3, now);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  run_id = sqlite3_last_insert_rowid (tomoni_store_get_db (self));

  /* Check again against the database as it is now (the plan may be old):
   * one load for the dates of the plan, then each proposal written counts
   * as a booking for the next ones. */
  for (guint i = 0; i < plan->proposals->len; i++)
    {
      TomoniProposal *proposal = g_ptr_array_index (plan->proposals, i);
      if (first == NULL || strcmp (proposal->date, first) < 0)
        first = proposal->date;
      if (last == NULL || strcmp (proposal->date, last) > 0)
        last = proposal->date;
    }
  if (first != NULL)
    {
      data = load_match_data (self, 0, 0, first, last, NULL, 0, error);
      if (data == NULL)
        return FALSE;
      for (guint i = 0; i < data->slots->len; i++)
        {
          TomoniMatchSlot *slot = g_ptr_array_index (data->slots, i);
          g_hash_table_insert (slots, &slot->slot_id, slot);
        }
      for (guint i = 0; i < data->people->len; i++)
        {
          TomoniMatchPerson *person = g_ptr_array_index (data->people, i);
          g_hash_table_insert (people, &person->person_id, person);
        }
    }

  for (guint i = 0; i < plan->proposals->len; i++)
    {
      TomoniProposal *proposal = g_ptr_array_index (plan->proposals, i);
      TomoniMatchSlot *slot = g_hash_table_lookup (slots, &proposal->slot_id);
      TomoniMatchPerson *person = g_hash_table_lookup (people, &proposal->person_id);
      TomoniMatchBooking booking = { 0 };
      guint rules;

      if (slot == NULL || person == NULL)
        return set_error (error, CONFLICT, _("The slot %s of %s or %s is gone since the preview; plan again"),
                          proposal->role, proposal->date, proposal->person_name);
      if (slot->n_assigned >= slot->needed)
        return set_error (error, CONFLICT, _("The slot %s on %s was filled since the preview; plan again"),
                          proposal->role, proposal->date);
      rules = tomoni_match_check (data, person, slot, NULL);
      if (rules != 0)
        return set_error (error, CONFLICT, _("%s can no longer take %s on %s (%s); plan again"),
                          proposal->person_name, proposal->role, proposal->date, first_rule (rules));
      if (insert_assignment (self, proposal->slot_id, proposal->person_id, "auto", proposal->score, "",
                             run_id, now, error) == 0)
        return FALSE;
      slot->n_assigned++;
      booking.slot_id = slot->slot_id;
      g_strlcpy (booking.date, slot->date, sizeof booking.date);
      booking.start_minute = slot->start_minute;
      booking.end_minute = slot->end_minute;
      g_array_append_val (person->bookings, booking);
    }
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  if (out_token != NULL)
    *out_token = g_steal_pointer (&token);
  return TRUE;
}

gboolean
tomoni_store_undo_plan (TomoniStore  *self,
                        const char   *token,
                        guint        *out_n_removed,
                        GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  sqlite3_stmt *stmt;
  gint64 run_id = 0;
  gboolean undone = FALSE;
  gint64 n;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (token != NULL, FALSE);

  stmt = tomoni_store_prepare (self, "SELECT id, undone_at IS NOT NULL FROM auto_fill WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, token);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      run_id = sqlite3_column_int64 (stmt, 0);
      undone = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (run_id == 0)
    return set_error (error, NOT_FOUND, _("No auto-fill with this token"));
  if (undone)
    return set_error (error, CONFLICT, _("This auto-fill was already undone"));
  n = count_with_id (self, tomoni_store_prepare (self, "SELECT count(*) FROM assignment WHERE auto_fill_id = ?1"
                                                       " AND checkin IS NOT NULL", error), run_id);
  if (n > 0)
    return set_error (error, CONFLICT,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "%u of these volunteers was already checked in: undo is no longer possible",
                                   "%u of these volunteers were already checked in: undo is no longer possible", n),
                      (guint) n);
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM assignment WHERE auto_fill_id = ?1", error),
                     run_id, error))
    return FALSE;
  n = sqlite3_changes (tomoni_store_get_db (self));
  stmt = tomoni_store_prepare (self, "UPDATE auto_fill SET undone_at = ?2, updated_at = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, run_id);
  tomoni_bind_text (stmt, 2, now);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  if (out_n_removed != NULL)
    *out_n_removed = n;
  return TRUE;
}

gint64
tomoni_store_assign (TomoniStore  *self,
                     gint64        slot_id,
                     gint64        person_id,
                     const char   *override_reason,
                     GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *reason = NULL;
  g_autofree char *why = NULL;
  g_autoptr(TomoniMatchData) data = NULL;
  TomoniMatchSlot *slot;
  TomoniMatchPerson *person;
  TomoniMatchScore score = { 0 };
  gboolean overriding;
  guint rules;
  gint64 id;

  g_return_val_if_fail (TOMONI_IS_STORE (self), 0);

  reason = tomoni_text_normalize (override_reason);
  overriding = reason != NULL && *reason != '\0';
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return 0;
  data = load_match_data (self, 0, slot_id, "", "", NULL, person_id, error);
  if (data == NULL)
    return 0;
  if (data->slots->len == 0)
    {
      set_error (error, NOT_FOUND, _("No such slot"));
      return 0;
    }
  if (data->people->len == 0)
    {
      set_error (error, NOT_FOUND, _("This person is not a registered volunteer"));
      return 0;
    }
  slot = g_ptr_array_index (data->slots, 0);
  person = g_ptr_array_index (data->people, 0);
  rules = tomoni_match_check (data, person, slot, &why);
  if (rules & TOMONI_RULE_ALREADY_ASSIGNED)
    {
      set_error (error, CONFLICT, _("%s is already assigned to this slot"), person->name);
      return 0;
    }
  if (slot->n_assigned >= slot->needed && !overriding)
    {
      set_error (error, INVALID, _("Needed: the slot “%s” already has its %u people (rule: slot-full); "
                                   "give an override reason to add one more"), slot->role, slot->needed);
      return 0;
    }
  if (rules != 0 && !overriding)
    {
      set_error (error, INVALID, _("%s cannot take this slot: %s (rule: %s); give an override reason to assign anyway"),
                 person->name, why, first_rule (rules));
      return 0;
    }
  if (rules == 0)
    tomoni_match_score (data, person, slot, &score);
  id = insert_assignment (self, slot_id, person_id, "manual", rules == 0 ? score.total : -1,
                          overriding ? reason : "", 0, now, error);
  if (id == 0 || !tomoni_store_transaction_commit (&tx, error))
    return 0;
  tomoni_store_notify_changed (self, "activities");
  return id;
}

#define ASSIGNMENT_SELECT \
  "SELECT x.id, x.uuid, x.slot_id, s.id, s.uuid, a.id, a.title, x.person_id, p.uuid," \
  " p.family_name, p.given_name, p.latin_name, sl.role, s.date, s.start_minute, s.end_minute," \
  " x.status, x.source, coalesce (x.score, -1), x.override_reason, x.cancel_reason, coalesce (x.checkin, '')," \
  " coalesce (x.minutes, -1), p.erased_at IS NOT NULL" \
  " FROM assignment x JOIN slot sl ON sl.id = x.slot_id JOIN shift s ON s.id = sl.shift_id" \
  " JOIN activity a ON a.id = s.activity_id JOIN person p ON p.id = x.person_id"

static TomoniAssignment *
assignment_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *name = sqlite3_column_int (stmt, 23) ? g_strdup (_("(personal data erased)"))
                                                         : name_from_columns (stmt, 9);
  TomoniAssignmentFields f = { 0 };
  const char *status = (const char *)sqlite3_column_text (stmt, 16);

  f.id = sqlite3_column_int64 (stmt, 0);
  f.uuid = (const char *)sqlite3_column_text (stmt, 1);
  f.slot_id = sqlite3_column_int64 (stmt, 2);
  f.shift_id = sqlite3_column_int64 (stmt, 3);
  f.shift_uuid = (const char *)sqlite3_column_text (stmt, 4);
  f.activity_id = sqlite3_column_int64 (stmt, 5);
  f.activity_title = (const char *)sqlite3_column_text (stmt, 6);
  f.person_id = sqlite3_column_int64 (stmt, 7);
  f.person_uuid = (const char *)sqlite3_column_text (stmt, 8);
  f.person_name = name;
  f.role = (const char *)sqlite3_column_text (stmt, 12);
  f.date = (const char *)sqlite3_column_text (stmt, 13);
  f.start_minute = sqlite3_column_int (stmt, 14);
  f.end_minute = sqlite3_column_int (stmt, 15);
  f.status = g_str_equal (status, "confirmed") ? TOMONI_ASSIGNMENT_CONFIRMED
           : g_str_equal (status, "cancelled") ? TOMONI_ASSIGNMENT_CANCELLED : TOMONI_ASSIGNMENT_ASSIGNED;
  f.source = (const char *)sqlite3_column_text (stmt, 17);
  f.score = sqlite3_column_int64 (stmt, 18);
  f.override_reason = (const char *)sqlite3_column_text (stmt, 19);
  f.cancel_reason = (const char *)sqlite3_column_text (stmt, 20);
  tomoni_checkin_from_string ((const char *)sqlite3_column_text (stmt, 21), &f.checkin);
  f.minutes = sqlite3_column_int (stmt, 22);
  return tomoni_assignment_new_from_fields (&f);
}

static GPtrArray *
assignments_from_stmt (TomoniStore   *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, assignment_from_row (stmt));
  if (!step_error (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&out);
}

static TomoniAssignment *
single_assignment (TomoniStore   *self,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  g_autoptr(GPtrArray) list = NULL;

  if (stmt == NULL)
    return NULL;
  list = assignments_from_stmt (self, stmt, error);
  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      set_error (error, NOT_FOUND, _("No such assignment"));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (list, 0));
}

TomoniAssignment *
tomoni_store_get_assignment (TomoniStore  *self,
                             gint64        assignment_id,
                             GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ASSIGNMENT_SELECT " WHERE x.id = ?1", error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, assignment_id);
  return single_assignment (self, stmt, error);
}

TomoniAssignment *
tomoni_store_get_assignment_by_uuid (TomoniStore  *self,
                                     const char   *uuid,
                                     GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ASSIGNMENT_SELECT " WHERE x.uuid = ?1", error);
  if (stmt != NULL)
    tomoni_bind_text (stmt, 1, uuid);
  return single_assignment (self, stmt, error);
}

GPtrArray *
tomoni_store_list_roster (TomoniStore  *self,
                          gint64        activity_id,
                          gboolean      with_cancelled,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ASSIGNMENT_SELECT " WHERE a.id = ?1 AND (?2 OR x.status <> 'cancelled')"
                                     " ORDER BY s.date, s.start_minute, s.id, sl.id, p.sort_key, x.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  sqlite3_bind_int (stmt, 2, with_cancelled ? 1 : 0);
  return assignments_from_stmt (self, stmt, error);
}

GPtrArray *
tomoni_store_list_schedule (TomoniStore  *self,
                            gint64        person_id,
                            const char   *from,
                            const char   *to,
                            GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ASSIGNMENT_SELECT " WHERE x.person_id = ?1 AND x.status <> 'cancelled'"
                                     " AND (?2 = '' OR s.date >= ?2) AND (?3 = '' OR s.date <= ?3)"
                                     " ORDER BY s.date, s.start_minute, x.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  tomoni_bind_text (stmt, 2, from != NULL ? from : "");
  tomoni_bind_text (stmt, 3, to != NULL ? to : "");
  return assignments_from_stmt (self, stmt, error);
}

/* Loads the assignment to change; refuses what @refuse_* say. */
static TomoniAssignment *
assignment_to_change (TomoniStore  *self,
                      gint64        assignment_id,
                      gboolean      refuse_cancelled,
                      gboolean      refuse_checked_in,
                      GError      **error)
{
  g_autoptr(TomoniAssignment) assignment = tomoni_store_get_assignment (self, assignment_id, error);

  if (assignment == NULL)
    return NULL;
  if (refuse_cancelled && tomoni_assignment_get_status (assignment) == TOMONI_ASSIGNMENT_CANCELLED)
    {
      set_error (error, INVALID, _("This assignment was cancelled"));
      return NULL;
    }
  if (refuse_checked_in && tomoni_assignment_get_checkin (assignment) != TOMONI_CHECKIN_NONE)
    {
      set_error (error, CONFLICT, _("%s was already checked in for this shift"),
                 tomoni_assignment_get_person_name (assignment));
      return NULL;
    }
  return g_steal_pointer (&assignment);
}

gboolean
tomoni_store_unassign (TomoniStore  *self,
                       gint64        assignment_id,
                       GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniAssignment) assignment = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  assignment = assignment_to_change (self, assignment_id, FALSE, TRUE, error);
  if (assignment == NULL || !tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!exec_with_id (self, tomoni_store_prepare (self, "DELETE FROM assignment WHERE id = ?1", error), assignment_id, error)
      || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_confirm_assignment (TomoniStore  *self,
                                 gint64        assignment_id,
                                 GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniAssignment) assignment = NULL;
  g_autofree char *now = tomoni_timestamp_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  assignment = assignment_to_change (self, assignment_id, TRUE, FALSE, error);
  if (assignment == NULL || !tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "UPDATE assignment SET status = 'confirmed', updated_at = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assignment_id);
  tomoni_bind_text (stmt, 2, now);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_cancel_assignment (TomoniStore  *self,
                                gint64        assignment_id,
                                const char   *reason,
                                GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniAssignment) assignment = NULL;
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *text = tomoni_text_normalize (reason);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  if (text == NULL || *text == '\0')
    return set_error (error, INVALID, _("Reason: say why the assignment is cancelled"));
  assignment = assignment_to_change (self, assignment_id, TRUE, TRUE, error);
  if (assignment == NULL || !tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "UPDATE assignment SET status = 'cancelled', cancel_reason = ?2, updated_at = ?3"
                                     " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assignment_id);
  tomoni_bind_text (stmt, 2, text);
  tomoni_bind_text (stmt, 3, now);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_check_in (TomoniStore    *self,
                       gint64          assignment_id,
                       TomoniCheckin   checkin,
                       GError        **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniAssignment) assignment = NULL;
  g_autofree char *now = tomoni_timestamp_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (checkin <= TOMONI_CHECKIN_NO_SHOW, FALSE);
  assignment = assignment_to_change (self, assignment_id, TRUE, FALSE, error);
  if (assignment == NULL || !tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "UPDATE assignment SET checkin = ?2, checked_in_at = ?3, updated_at = ?4"
                                     " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assignment_id);
  tomoni_bind_text_or_null (stmt, 2, tomoni_checkin_to_string (checkin));
  tomoni_bind_text_or_null (stmt, 3, checkin == TOMONI_CHECKIN_NONE ? NULL : now);
  tomoni_bind_text (stmt, 4, now);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

gboolean
tomoni_store_set_assignment_minutes (TomoniStore  *self,
                                     gint64        assignment_id,
                                     int           minutes,
                                     GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autoptr(TomoniAssignment) assignment = NULL;
  g_autofree char *now = tomoni_timestamp_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  if (minutes < -1 || minutes > 1440)
    return set_error (error, INVALID, _("Minutes: %d is not between 0 and 1440"), minutes);
  assignment = assignment_to_change (self, assignment_id, TRUE, FALSE, error);
  if (assignment == NULL || !tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "UPDATE assignment SET minutes = ?2, updated_at = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assignment_id);
  if (minutes >= 0)
    sqlite3_bind_int (stmt, 2, minutes);
  else
    sqlite3_bind_null (stmt, 2);
  tomoni_bind_text (stmt, 3, now);
  if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "activities");
  return TRUE;
}

void
tomoni_volunteer_history_free (TomoniVolunteerHistory *history)
{
  if (history == NULL)
    return;
  g_ptr_array_unref (history->assignments);
  g_free (history->last_date);
  g_free (history);
}

TomoniVolunteerHistory *
tomoni_store_get_volunteer_history (TomoniStore  *self,
                                    gint64        person_id,
                                    GError      **error)
{
  g_autoptr(GHashTable) activities = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) activity_ids = NULL;
  TomoniVolunteerHistory *history;
  GPtrArray *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  stmt = tomoni_store_prepare (self, ASSIGNMENT_SELECT " WHERE x.person_id = ?1 AND x.checkin = 'present'"
                                     " ORDER BY s.date DESC, s.start_minute DESC, x.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, person_id);
  list = assignments_from_stmt (self, stmt, error);
  if (list == NULL)
    return NULL;
  activity_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), list->len);
  history = g_new0 (TomoniVolunteerHistory, 1);
  history->assignments = list;
  history->last_date = g_strdup (list->len > 0 ? tomoni_assignment_get_date (g_ptr_array_index (list, 0)) : "");
  for (guint i = 0; i < list->len; i++)
    {
      TomoniAssignment *assignment = g_ptr_array_index (list, i);
      gint64 id = tomoni_assignment_get_activity_id (assignment);

      history->total_minutes += tomoni_assignment_get_minutes (assignment);
      g_array_append_val (activity_ids, id);
    }
  for (guint i = 0; i < activity_ids->len; i++)
    g_hash_table_add (activities, &g_array_index (activity_ids, gint64, i));
  history->n_activities = g_hash_table_size (activities);
  return history;
}
