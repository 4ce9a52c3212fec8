/* tomoni-store-classes.c: classes and their staff
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>

#include "tomoni-store-classes-private.h"
#include "tomoni-store-private.h"
#include "tomoni-text.h"

/* ---- Row writers --------------------------------------------------------- */

enum {
  CLASS_BIND_UUID = 1, CLASS_BIND_TITLE_JA, CLASS_BIND_TITLE_EN, CLASS_BIND_LEVEL, CLASS_BIND_TARGET_GROUP,
  CLASS_BIND_FORMAT, CLASS_BIND_VENUE_ID, CLASS_BIND_ROOM_ID, CLASS_BIND_CAPACITY, CLASS_BIND_MEETS_ON_HOLIDAYS,
  CLASS_BIND_NOTES, CLASS_BIND_CREATED_AT, CLASS_BIND_UPDATED_AT, CLASS_BIND_ID
};

static void
bind_class_row (TomoniDbStmt         *stmt,
                const TomoniClassRow *row)
{
  tomoni_bind_text_or_null (stmt, CLASS_BIND_UUID, row->uuid);
  tomoni_bind_text (stmt, CLASS_BIND_TITLE_JA, row->title_ja);
  tomoni_bind_text (stmt, CLASS_BIND_TITLE_EN, row->title_en);
  tomoni_bind_text (stmt, CLASS_BIND_LEVEL, row->level);
  tomoni_bind_text (stmt, CLASS_BIND_TARGET_GROUP, row->target_group);
  tomoni_bind_text (stmt, CLASS_BIND_FORMAT, row->format);
  tomoni_classes_bind_id_or_null (stmt, CLASS_BIND_VENUE_ID, row->venue_id);
  tomoni_classes_bind_id_or_null (stmt, CLASS_BIND_ROOM_ID, row->room_id);
  tomoni_db_bind_int (stmt, CLASS_BIND_CAPACITY, row->capacity);
  tomoni_db_bind_int (stmt, CLASS_BIND_MEETS_ON_HOLIDAYS, row->meets_on_holidays ? 1 : 0);
  tomoni_bind_text (stmt, CLASS_BIND_NOTES, row->notes);
  tomoni_bind_text_or_null (stmt, CLASS_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, CLASS_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_class_row_insert (TomoniStore           *store,
                         const TomoniClassRow  *row,
                         gint64                *out_id,
                         GError               **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO class (uuid, title_ja, title_en, level, target_group, format, venue_id,"
                                             " room_id, capacity, meets_on_holidays, notes, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                                             " COALESCE (?12, tomoni_now ()), COALESCE (?13, tomoni_now ()))"
                                             " ON CONFLICT (uuid) DO NOTHING RETURNING id",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_class_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_class_row_update (TomoniStore           *store,
                         const TomoniClassRow  *row,
                         GError               **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE class SET uuid = COALESCE (?1, uuid), title_ja = ?2, title_en = ?3, level = ?4,"
                                             " target_group = ?5, format = ?6, venue_id = ?7, room_id = ?8, capacity = ?9,"
                                             " meets_on_holidays = ?10, notes = ?11, created_at = COALESCE (?12, created_at),"
                                             " updated_at = COALESCE (?13, tomoni_now ()) WHERE id = ?14",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_class_row (stmt, row);
  tomoni_db_bind_int64 (stmt, CLASS_BIND_ID, row->id);
  return tomoni_classes_step_update (store, stmt, _("Class: no such class"), error);
}

enum {
  STAFF_BIND_UUID = 1, STAFF_BIND_CLASS_ID, STAFF_BIND_PERSON_ID, STAFF_BIND_ROLE, STAFF_BIND_EMPLOYMENT,
  STAFF_BIND_CREATED_AT, STAFF_BIND_UPDATED_AT, STAFF_BIND_ID
};

static void
bind_class_staff_row (TomoniDbStmt              *stmt,
                      const TomoniClassStaffRow *row)
{
  tomoni_bind_text_or_null (stmt, STAFF_BIND_UUID, row->uuid);
  tomoni_db_bind_int64 (stmt, STAFF_BIND_CLASS_ID, row->class_id);
  tomoni_db_bind_int64 (stmt, STAFF_BIND_PERSON_ID, row->person_id);
  tomoni_bind_text (stmt, STAFF_BIND_ROLE, row->role);
  tomoni_bind_text (stmt, STAFF_BIND_EMPLOYMENT, row->employment);
  tomoni_bind_text_or_null (stmt, STAFF_BIND_CREATED_AT, row->created_at);
  tomoni_bind_text_or_null (stmt, STAFF_BIND_UPDATED_AT, row->updated_at);
}

gboolean
tomoni_class_staff_row_insert (TomoniStore                *store,
                               const TomoniClassStaffRow  *row,
                               gint64                     *out_id,
                               GError                    **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "INSERT INTO class_staff (uuid, class_id, person_id, role, employment, created_at, updated_at)"
                                             " VALUES (COALESCE (?1, tomoni_uuid ()), ?2, ?3, ?4, ?5,"
                                             " COALESCE (?6, tomoni_now ()), COALESCE (?7, tomoni_now ()))",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_class_staff_row (stmt, row);
  return tomoni_classes_step_insert (store, stmt, out_id, error);
}

gboolean
tomoni_class_staff_row_update (TomoniStore                *store,
                               const TomoniClassStaffRow  *row,
                               GError                    **error)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (store,
                                             "UPDATE class_staff SET uuid = COALESCE (?1, uuid), class_id = ?2, person_id = ?3,"
                                             " role = ?4, employment = ?5, created_at = COALESCE (?6, created_at),"
                                             " updated_at = COALESCE (?7, tomoni_now ()) WHERE id = ?8",
                                             error);
  if (stmt == NULL)
    return FALSE;
  bind_class_staff_row (stmt, row);
  tomoni_db_bind_int64 (stmt, STAFF_BIND_ID, row->id);
  return tomoni_classes_step_update (store, stmt, _("Staff: this person is not on the class’s staff"), error);
}

/* ---- Classes ------------------------------------------------------------ */

#define CLASS_COLUMNS \
  "c.id, c.uuid, c.title_ja, c.title_en, c.level, c.target_group, c.format, c.venue_id, c.room_id," \
  " c.capacity, c.meets_on_holidays, c.notes, v.name, r.name," \
  " (SELECT count(*) FROM enrolment e WHERE e.term_id = lt.id AND e.status = 'enrolled')," \
  " (SELECT count(*) FROM enrolment e WHERE e.term_id = lt.id AND e.status = 'waiting')"

#define CLASS_FROM \
  " FROM class c LEFT JOIN venue v ON v.id = c.venue_id LEFT JOIN room r ON r.id = c.room_id" \
  " LEFT JOIN term lt ON lt.id = (SELECT t.id FROM term t WHERE t.class_id = c.id ORDER BY t.start_date DESC, t.id DESC LIMIT 1)"

/* The columns of the SELECTs that build the record, in order. */
enum {
  CLASS_COL_ID = 0, CLASS_COL_UUID, CLASS_COL_TITLE_JA, CLASS_COL_TITLE_EN, CLASS_COL_LEVEL,
  CLASS_COL_TARGET_GROUP, CLASS_COL_FORMAT, CLASS_COL_VENUE_ID, CLASS_COL_ROOM_ID, CLASS_COL_CAPACITY,
  CLASS_COL_MEETS_ON_HOLIDAYS, CLASS_COL_NOTES, CLASS_COL_VENUE_NAME, CLASS_COL_ROOM_NAME,
  CLASS_COL_N_ENROLLED, CLASS_COL_N_WAITING, CLASS_COL_N
};

static gpointer
class_from_row (TomoniDbStmt *stmt)
{
  TomoniClass *klass = tomoni_class_new ();

  tomoni_class_set_id (klass, tomoni_db_column_int64 (stmt, CLASS_COL_ID));
  tomoni_class_set_uuid (klass, tomoni_classes_column_text (stmt, CLASS_COL_UUID));
  tomoni_class_set_title_ja (klass, tomoni_classes_column_text (stmt, CLASS_COL_TITLE_JA));
  tomoni_class_set_title_en (klass, tomoni_classes_column_text (stmt, CLASS_COL_TITLE_EN));
  tomoni_class_set_level (klass, tomoni_classes_column_text (stmt, CLASS_COL_LEVEL));
  tomoni_class_set_target_group (klass, tomoni_classes_column_text (stmt, CLASS_COL_TARGET_GROUP));
  tomoni_class_set_format (klass, tomoni_classes_column_text (stmt, CLASS_COL_FORMAT));
  tomoni_class_set_venue_id (klass, tomoni_db_column_int64 (stmt, CLASS_COL_VENUE_ID));
  tomoni_class_set_room_id (klass, tomoni_db_column_int64 (stmt, CLASS_COL_ROOM_ID));
  tomoni_class_set_capacity (klass, tomoni_db_column_int (stmt, CLASS_COL_CAPACITY));
  tomoni_class_set_meets_on_holidays (klass, tomoni_db_column_int (stmt, CLASS_COL_MEETS_ON_HOLIDAYS));
  tomoni_class_set_notes (klass, tomoni_classes_column_text (stmt, CLASS_COL_NOTES));
  tomoni_class_set_venue_name (klass, tomoni_classes_column_text (stmt, CLASS_COL_VENUE_NAME));
  tomoni_class_set_room_name (klass, tomoni_classes_column_text (stmt, CLASS_COL_ROOM_NAME));
  tomoni_class_set_n_enrolled (klass, tomoni_db_column_int (stmt, CLASS_COL_N_ENROLLED));
  tomoni_class_set_n_waiting (klass, tomoni_db_column_int (stmt, CLASS_COL_N_WAITING));
  return klass;
}

static gboolean
check_class (TomoniStore  *self,
             TomoniClass  *klass,
             GError      **error)
{
  g_autofree char *title_ja = tomoni_classes_normalized (tomoni_class_get_title_ja (klass));
  g_autofree char *title_en = tomoni_classes_normalized (tomoni_class_get_title_en (klass));

  if (*title_ja == '\0')
    return tomoni_classes_invalid (error, "%s", _("Title (Japanese): give the class a title"));
  tomoni_class_set_title_ja (klass, title_ja);
  tomoni_class_set_title_en (klass, title_en);

  if (*tomoni_class_get_level (klass) != '\0' && !tomoni_classes_in_list (tomoni_class_get_level (klass), tomoni_class_levels ()))
    return tomoni_classes_invalid (error, _("Level: “%s” is not a level (pre-A1, A1, A2, B1, B2, C1 or C2)"),
                                   tomoni_class_get_level (klass));
  if (*tomoni_class_get_target_group (klass) == '\0')
    tomoni_class_set_target_group (klass, "adults");
  if (!tomoni_classes_in_list (tomoni_class_get_target_group (klass), tomoni_class_target_groups ()))
    return tomoni_classes_invalid (error, _("Target group: “%s” is not a target group"), tomoni_class_get_target_group (klass));
  if (*tomoni_class_get_format (klass) == '\0')
    tomoni_class_set_format (klass, "in-person");
  if (!tomoni_classes_in_list (tomoni_class_get_format (klass), tomoni_class_formats ()))
    return tomoni_classes_invalid (error, _("Format: “%s” is not in-person, online or hybrid"), tomoni_class_get_format (klass));
  if (tomoni_class_get_capacity (klass) < 1)
    return tomoni_classes_invalid (error, "%s", _("Capacity: a class takes at least one learner"));

  if (tomoni_class_get_room_id (klass) != 0)
    {
      g_autoptr(TomoniRoom) room = tomoni_store_get_room (self, tomoni_class_get_room_id (klass), NULL);

      if (room == NULL)
        return tomoni_classes_not_found (error, _("Room: no such room"));
      if (tomoni_class_get_venue_id (klass) == 0)
        tomoni_class_set_venue_id (klass, tomoni_room_get_venue_id (room));
      else if (tomoni_class_get_venue_id (klass) != tomoni_room_get_venue_id (room))
        return tomoni_classes_invalid (error, _("Room: “%s” is not a room of the class’s venue"), tomoni_room_get_name (room));
    }
  if (tomoni_class_get_venue_id (klass) != 0)
    {
      gboolean exists;

      if (!tomoni_classes_row_exists (self, "SELECT 1 FROM venue WHERE id = ?", tomoni_class_get_venue_id (klass), &exists, error))
        return FALSE;
      if (!exists)
        return tomoni_classes_not_found (error, _("Venue: no such venue"));
    }
  return TRUE;
}

/* uuid and timestamps left NULL: generated, or kept by an update */
static void
class_row_from_record (TomoniClassRow *row,
                       TomoniClass    *klass)
{
  row->id = tomoni_class_get_id (klass);
  row->title_ja = tomoni_class_get_title_ja (klass);
  row->title_en = tomoni_class_get_title_en (klass);
  row->level = tomoni_class_get_level (klass);
  row->target_group = tomoni_class_get_target_group (klass);
  row->format = tomoni_class_get_format (klass);
  row->venue_id = tomoni_class_get_venue_id (klass);
  row->room_id = tomoni_class_get_room_id (klass);
  row->capacity = tomoni_class_get_capacity (klass);
  row->meets_on_holidays = tomoni_class_get_meets_on_holidays (klass);
  row->notes = tomoni_class_get_notes (klass);
}

/* Checks the class, then writes its row: a new one when @out_id is given. */
static gboolean
write_class (TomoniStore  *self,
             gpointer      record,
             const char   *uuid,
             gint64       *out_id,
             GError      **error)
{
  TomoniClass *klass = record;
  TomoniClassRow row = { 0 };

  if (!check_class (self, klass, error))
    return FALSE;
  class_row_from_record (&row, klass);
  row.uuid = uuid;
  return out_id != NULL ? tomoni_class_row_insert (self, &row, out_id, error)
                        : tomoni_class_row_update (self, &row, error);
}

gboolean
tomoni_store_add_class (TomoniStore  *self,
                        TomoniClass  *klass,
                        GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_CLASS (klass), FALSE);

  return tomoni_classes_save_record (self, klass, TRUE, write_class, error);
}

gboolean
tomoni_store_update_class (TomoniStore  *self,
                           TomoniClass  *klass,
                           GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree gint64 *counts = NULL;
  guint n_terms = 0;
  TomoniClassRow row = { 0 };

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_CLASS (klass), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) || !check_class (self, klass, error))
    return FALSE;

  counts = tomoni_classes_enrolled_counts_by_term (self, tomoni_class_get_id (klass), &n_terms, error);
  if (counts == NULL)
    return FALSE;
  for (guint i = 0; i < n_terms; i++)
    if (counts[2 * i + 1] > tomoni_class_get_capacity (klass))
      return tomoni_classes_invalid (error,
                                     g_dngettext (GETTEXT_PACKAGE,
                                                  "Capacity: %d learner is enrolled; the capacity cannot be lower",
                                                  "Capacity: %d learners are enrolled; the capacity cannot be lower",
                                                  counts[2 * i + 1]),
                                     (int)counts[2 * i + 1]);

  if (!tomoni_classes_move_future_sessions (self, klass, error))
    return FALSE;

  class_row_from_record (&row, klass);
  if (!tomoni_class_row_update (self, &row, error))
    return FALSE;

  /* A higher capacity makes room for the waiting lists. */
  for (guint i = 0; i < n_terms; i++)
    if (!tomoni_classes_promote_waiting (self, counts[2 * i], tomoni_class_get_capacity (klass), NULL, error))
      return FALSE;

  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

TomoniClass *
tomoni_store_get_class (TomoniStore  *self,
                        gint64        id,
                        GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " CLASS_COLUMNS CLASS_FROM " WHERE c.id = ?", error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, id);
  return tomoni_classes_collect_one (self, stmt, class_from_row, _("Class: no such class"), error);
}

TomoniClass *
tomoni_store_find_class (TomoniStore  *self,
                         const char   *uuid_or_title,
                         GError      **error)
{
  g_autofree char *key = tomoni_classes_normalized (uuid_or_title);
  g_autoptr(GPtrArray) found = NULL;
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT " CLASS_COLUMNS CLASS_FROM
                               " WHERE c.uuid = ?1 OR c.title_ja = ?1 OR (c.title_en <> '' AND c.title_en = ?1 COLLATE NOCASE)"
                               " ORDER BY c.uuid = ?1 DESC, c.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_bind_text (stmt, 1, key);
  found = tomoni_classes_collect (self, stmt, class_from_row, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                   _("Class: no class “%s”"), key);
      return NULL;
    }
  if (found->len > 1 && !g_str_equal (tomoni_class_get_uuid (found->pdata[0]), key))
    {
      g_autoptr(GString) uuids = g_string_new (NULL);

      for (guint i = 0; i < found->len; i++)
        g_string_append_printf (uuids, "%s%s", i > 0 ? ", " : "", tomoni_class_get_uuid (found->pdata[i]));
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Class: %u classes are called “%s”; give the UUID of one (%s)"),
                   found->len, key, uuids->str);
      return NULL;
    }
  return g_object_ref (found->pdata[0]);
}

gboolean
tomoni_store_create_class (TomoniStore             *self,
                           TomoniClass             *klass,
                           const gint64            *teacher_ids,
                           guint                    n_teachers,
                           TomoniTerm              *term,
                           const TomoniWeeklySlot  *slots,
                           guint                    n_slots,
                           const char              *room_override,
                           GError                 **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  gboolean ok;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOMONI_IS_CLASS (klass), FALSE);
  g_return_val_if_fail (term == NULL || TOMONI_IS_TERM (term), FALSE);
  g_return_val_if_fail (teacher_ids != NULL || n_teachers == 0, FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  ok = tomoni_store_add_class (self, klass, error);
  for (guint i = 0; ok && i < n_teachers; i++)
    ok = tomoni_store_set_class_staff (self, tomoni_class_get_id (klass), teacher_ids[i], "teacher", NULL, error);
  if (ok && term != NULL)
    {
      tomoni_term_set_class_id (term, tomoni_class_get_id (klass));
      ok = tomoni_store_add_term (self, term, slots, n_slots, room_override, error);
    }
  if (ok)
    ok = tomoni_store_transaction_commit (&tx, error);
  if (!ok)
    {
      /* rolled back: the records were not stored after all */
      tomoni_class_set_id (klass, 0);
      tomoni_class_set_uuid (klass, NULL);
      if (term != NULL)
        {
          tomoni_term_set_id (term, 0);
          tomoni_term_set_uuid (term, NULL);
          tomoni_term_set_class_id (term, 0);
        }
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
tomoni_store_list_classes (TomoniStore  *self,
                           GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self, "SELECT " CLASS_COLUMNS CLASS_FROM " ORDER BY c.title_ja, c.id", error);
  if (stmt == NULL)
    return NULL;
  return tomoni_classes_collect (self, stmt, class_from_row, error);
}

/* ---- Staff -------------------------------------------------------------- */

gboolean
tomoni_store_set_class_staff (TomoniStore  *self,
                              gint64        class_id,
                              gint64        person_id,
                              const char   *role,
                              const char   *employment,
                              GError      **error)
{
  static const char * const roles[] = { "teacher", "assistant", NULL };
  static const char * const employments[] = { "full-time", "part-time", "volunteer", NULL };
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniClassStaffRow row = { 0 };
  TomoniDbStmt *stmt;
  gboolean exists;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (employment == NULL || *employment == '\0')
    employment = "volunteer";
  if (!tomoni_classes_in_list (role, roles))
    return tomoni_classes_invalid (error, _("Role: “%s” is not teacher or assistant"), role != NULL ? role : "");
  if (!tomoni_classes_in_list (employment, employments))
    return tomoni_classes_invalid (error, _("Employment: “%s” is not full-time, part-time or volunteer"), employment);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  if (!tomoni_classes_row_exists (self, "SELECT 1 FROM class WHERE id = ?", class_id, &exists, error))
    return FALSE;
  if (!exists)
    return tomoni_classes_not_found (error, _("Class: no such class"));
  if (!tomoni_classes_check_person (self, person_id, error))
    return FALSE;

  if (g_str_equal (role, "teacher"))
    {
      /* This class's scheduled sessions against the person's other teaching. */
      stmt = tomoni_store_prepare (self,
                                   "SELECT " PERSON_NAME ("p") ", c2.title_ja, s2.date, s2.start_minute, s2.end_minute"
                                   " FROM session s1 JOIN class_staff cs ON cs.person_id = ?2 AND cs.role = 'teacher'"
                                   " AND cs.class_id <> ?1"
                                   " JOIN session s2 ON s2.class_id = cs.class_id AND s2.date = s1.date"
                                   " AND s2.start_minute < s1.end_minute AND s2.end_minute > s1.start_minute"
                                   " AND s2.status = 'scheduled'"
                                   " JOIN class c2 ON c2.id = s2.class_id JOIN person p ON p.id = ?2"
                                   " WHERE s1.class_id = ?1 AND s1.status = 'scheduled' LIMIT 1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, class_id);
      tomoni_db_bind_int64 (stmt, 2, person_id);
      if (!tomoni_classes_step_conflict (self, stmt, TOMONI_CLASH_TEACHER_SESSION, NULL, error))
        return FALSE;
    }

  /* Someone already on the staff keeps their row: role and employment change. */
  stmt = tomoni_store_prepare (self, "SELECT id FROM class_staff WHERE class_id = ?1 AND person_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, class_id);
  tomoni_db_bind_int64 (stmt, 2, person_id);
  rc = tomoni_db_step (stmt);
  if (rc == TOMONI_DB_ROW)
    row.id = tomoni_db_column_int64 (stmt, 0);
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_ROW && rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }
  row.class_id = class_id;
  row.person_id = person_id;
  row.role = role;
  row.employment = employment;
  if (row.id != 0 ? !tomoni_class_staff_row_update (self, &row, error)
                  : !tomoni_class_staff_row_insert (self, &row, NULL, error))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

gboolean
tomoni_store_remove_class_staff (TomoniStore  *self,
                                 gint64        class_id,
                                 gint64        person_id,
                                 GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;
  stmt = tomoni_store_prepare (self, "DELETE FROM class_staff WHERE class_id = ?1 AND person_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, class_id);
  tomoni_db_bind_int64 (stmt, 2, person_id);
  if (!tomoni_store_step_done (self, stmt, error))
    return FALSE;
  if (tomoni_db_changes (tomoni_store_get_db (self)) == 0)
    return tomoni_classes_not_found (error, _("Staff: this person is not on the class’s staff"));
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "classes");
  return TRUE;
}

/* The columns of the SELECTs that build the record, in order. */
enum {
  STAFF_COL_ID = 0, STAFF_COL_UUID, STAFF_COL_CLASS_ID, STAFF_COL_PERSON_ID, STAFF_COL_ROLE,
  STAFF_COL_EMPLOYMENT, STAFF_COL_PERSON_NAME, STAFF_COL_PERSON_READING, STAFF_COL_N
};

static gpointer
staff_from_row (TomoniDbStmt *stmt)
{
  TomoniClassStaff *staff = tomoni_class_staff_new ();

  tomoni_class_staff_set_id (staff, tomoni_db_column_int64 (stmt, STAFF_COL_ID));
  tomoni_class_staff_set_uuid (staff, tomoni_classes_column_text (stmt, STAFF_COL_UUID));
  tomoni_class_staff_set_class_id (staff, tomoni_db_column_int64 (stmt, STAFF_COL_CLASS_ID));
  tomoni_class_staff_set_person_id (staff, tomoni_db_column_int64 (stmt, STAFF_COL_PERSON_ID));
  tomoni_class_staff_set_role (staff, tomoni_classes_column_text (stmt, STAFF_COL_ROLE));
  tomoni_class_staff_set_employment (staff, tomoni_classes_column_text (stmt, STAFF_COL_EMPLOYMENT));
  tomoni_class_staff_set_person_name (staff, tomoni_classes_column_text (stmt, STAFF_COL_PERSON_NAME));
  tomoni_class_staff_set_person_reading (staff, tomoni_classes_column_text (stmt, STAFF_COL_PERSON_READING));
  return staff;
}

GPtrArray *
tomoni_store_list_class_staff (TomoniStore  *self,
                               gint64        class_id,
                               GError      **error)
{
  TomoniDbStmt *stmt;

  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);

  stmt = tomoni_store_prepare (self,
                               "SELECT cs.id, cs.uuid, cs.class_id, cs.person_id, cs.role, cs.employment,"
                               " " PERSON_NAME ("p") ", p.reading"
                               " FROM class_staff cs JOIN person p ON p.id = cs.person_id WHERE cs.class_id = ?"
                               " ORDER BY cs.role = 'assistant', p.sort_key, p.id",
                               error);
  if (stmt == NULL)
    return NULL;
  tomoni_db_bind_int64 (stmt, 1, class_id);
  return tomoni_classes_collect (self, stmt, staff_from_row, error);
}
