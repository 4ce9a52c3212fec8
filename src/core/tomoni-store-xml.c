/* tomoni-store-xml.c: the queries behind the attendance XML export (the
 * merge-by-UUID writes behind its import are in tomoni-store-xml-merge.c)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-person.h"
#include "tomoni-store-people.h"
#include "tomoni-store-activities-private.h"
#include "tomoni-store-classes-private.h"
#include "tomoni-store-people-private.h"
#include "tomoni-store-private.h"
#include "tomoni-store-xml.h"

/* --- the filter ----------------------------------------------------------- */

void
tomoni_xml_filter_clear (TomoniXmlFilter *filter)
{
  g_clear_pointer (&filter->from, g_free);
  g_clear_pointer (&filter->to, g_free);
  g_clear_pointer (&filter->programme, g_free);
  g_clear_pointer (&filter->venue, g_free);
}

/**
 * tomoni_xml_filter_check:
 *
 * Checks that the period is two valid dates in order and that the UUIDs are
 * UUIDs. The message names the field.
 */
gboolean
tomoni_xml_filter_check (const TomoniXmlFilter  *filter,
                         GError                **error)
{
  g_return_val_if_fail (filter != NULL, FALSE);

  if (!tomoni_date_is_iso (filter->from))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("From: “%s” is not a date (YYYY-MM-DD)"), filter->from ? filter->from : "");
      return FALSE;
    }
  if (!tomoni_date_is_iso (filter->to))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("To: “%s” is not a date (YYYY-MM-DD)"), filter->to ? filter->to : "");
      return FALSE;
    }
  if (strcmp (filter->from, filter->to) > 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("To: the period ends (%s) before it starts (%s)"), filter->to, filter->from);
      return FALSE;
    }
  if (filter->programme != NULL && !g_uuid_string_is_valid (filter->programme))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Programme: “%s” is not a UUID"), filter->programme);
      return FALSE;
    }
  if (filter->venue != NULL && !g_uuid_string_is_valid (filter->venue))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Venue: “%s” is not a UUID"), filter->venue);
      return FALSE;
    }
  return TRUE;
}

/* --- export queries --------------------------------------------------------
 * Parameters: ?1 from, ?2 to, ?3 classes included, ?4 activities included,
 * ?5 programme UUID or NULL, ?6 venue UUID or NULL. Sessions and shifts are
 * read in the order of their (date, start_minute) index; only rows with the
 * same start are sorted, so no query sorts the whole period. Every order is
 * by content (dates, UUIDs), so that a copy of the data exports the same. */

#define CLASS_WHERE \
  " ?3 AND (?5 IS NULL OR c.uuid = ?5)" \
  " AND (?6 IS NULL OR c.venue_id = (SELECT id FROM venue WHERE uuid = ?6))"
#define ACTIVITY_WHERE \
  " ?4 AND (?5 IS NULL OR a.uuid = ?5)" \
  " AND (?6 IS NULL OR a.venue_id = (SELECT id FROM venue WHERE uuid = ?6))"
#define CLASS_IN_PERIOD \
  " EXISTS (SELECT 1 FROM session s WHERE s.class_id = c.id AND s.date BETWEEN ?1 AND ?2)"
#define ACTIVITY_IN_PERIOD \
  " EXISTS (SELECT 1 FROM shift sh WHERE sh.activity_id = a.id AND sh.date BETWEEN ?1 AND ?2)"
/* A person's id in the file: the UUID, or the pseudonym. */
/* The participations of the period (the participation view, see
 * schema/006-participation.sql), restricted to the exported programmes. */
#define PARTICIPATION_CTE \
  "WITH part (kind, person_id, programme_id, fy) AS (" \
  " SELECT p.kind, p.person_id, p.programme_id, p.fy FROM participation p JOIN class c ON c.id = p.programme_id" \
  " WHERE p.kind = 1 AND p.day BETWEEN ?1 AND ?2 AND" CLASS_WHERE \
  " UNION ALL" \
  " SELECT p.kind, p.person_id, p.programme_id, p.fy FROM participation p JOIN activity a ON a.id = p.programme_id" \
  " WHERE p.kind = 2 AND p.day BETWEEN ?1 AND ?2 AND" ACTIVITY_WHERE ")"
#define COUNTED " WHERE (kind = 1 AND t.counts_classes) OR (kind = 2 AND t.counts_activities)"

static const char * const section_sql[TOMONI_XML_N_SECTIONS] = {
  [TOMONI_XML_SECTION_VENUES] =
    "SELECT v.uuid AS uuid, v.name AS name, v.name_en AS name_en, v.address AS address, v.ward AS ward FROM venue v"
    " WHERE v.id IN (SELECT c.venue_id FROM class c WHERE" CLASS_WHERE " AND" CLASS_IN_PERIOD ")"
    " OR v.id IN (SELECT a.venue_id FROM activity a WHERE" ACTIVITY_WHERE " AND" ACTIVITY_IN_PERIOD ")"
    " ORDER BY v.uuid",
  [TOMONI_XML_SECTION_CLASSES] =
    "SELECT c.uuid AS uuid, v.uuid AS venue, c.title_ja AS title_ja, c.title_en AS title_en, c.level AS level,"
    " c.format AS format, c.target_group AS target_group, c.capacity AS capacity,"
    " t.uuid AS term_uuid, t.name AS term_name, t.start_date AS term_start, t.end_date AS term_end"
    " FROM class c LEFT JOIN venue v ON v.id = c.venue_id JOIN term t ON t.class_id = c.id"
    " WHERE" CLASS_WHERE
    " AND EXISTS (SELECT 1 FROM session s WHERE s.class_id = c.id AND s.term_id = t.id"
    "             AND s.date BETWEEN ?1 AND ?2)"
    " ORDER BY c.uuid, t.start_date, t.uuid",
  [TOMONI_XML_SECTION_ACTIVITIES] =
    "SELECT a.uuid AS uuid, v.uuid AS venue, a.title AS title, a.title_en AS title_en, a.kind AS kind,"
    " a.confidential AS confidential"
    " FROM activity a LEFT JOIN venue v ON v.id = a.venue_id"
    " WHERE" ACTIVITY_WHERE " AND" ACTIVITY_IN_PERIOD
    " ORDER BY a.uuid",
  [TOMONI_XML_SECTION_PEOPLE] =
    "SELECT p.uuid AS uuid, p.pseudonym AS pseudonym, p.family_name AS family_name, p.given_name AS given_name,"
    " p.reading AS reading, p.latin_name AS latin_name, p.nationality AS nationality"
    " FROM person p WHERE p.id IN ("
    "  SELECT at.person_id FROM session s JOIN class c ON c.id = s.class_id"
    "  JOIN attendance at ON at.session_id = s.id"
    "  WHERE s.date BETWEEN ?1 AND ?2 AND" CLASS_WHERE
    "  UNION"
    "  SELECT g.person_id FROM shift sh JOIN activity a ON a.id = sh.activity_id"
    "  JOIN slot sl ON sl.shift_id = sh.id JOIN assignment g ON g.slot_id = sl.id"
    "  WHERE sh.date BETWEEN ?1 AND ?2 AND" ACTIVITY_WHERE
    "  AND g.checkin IS NOT NULL AND g.status <> 'cancelled')"
    " ORDER BY p.pseudonym",
  [TOMONI_XML_SECTION_SESSIONS] =
    "SELECT s.uuid AS uuid, c.uuid AS class, t.uuid AS term, s.date AS date, s.start_minute AS start_minute,"
    " s.end_minute AS end_minute, s.status AS status, at.uuid AS attendance_uuid, p.uuid AS person_uuid,"
    " p.pseudonym AS person_pseudonym, at.status AS attendance_status, at.kind AS attendance_kind,"
    " at.minutes AS attendance_minutes"
    " FROM session s JOIN class c ON c.id = s.class_id JOIN term t ON t.id = s.term_id"
    " LEFT JOIN attendance at ON at.session_id = s.id LEFT JOIN person p ON p.id = at.person_id"
    " WHERE s.date BETWEEN ?1 AND ?2 AND" CLASS_WHERE
    " ORDER BY s.date, s.start_minute, s.uuid, at.uuid",
  [TOMONI_XML_SECTION_SHIFTS] =
    "SELECT sh.uuid AS uuid, a.uuid AS activity, sh.date AS date, sh.start_minute AS start_minute,"
    " sh.end_minute AS end_minute, sl.uuid AS slot_uuid, sl.role AS slot_role, sl.needed AS slot_needed,"
    " g.uuid AS assignment_uuid, p.uuid AS person_uuid, p.pseudonym AS person_pseudonym, g.checkin AS checkin,"
    " g.minutes AS minutes"
    " FROM shift sh JOIN activity a ON a.id = sh.activity_id"
    " LEFT JOIN slot sl ON sl.shift_id = sh.id"
    " LEFT JOIN assignment g ON g.slot_id = sl.id AND g.checkin IS NOT NULL AND g.status <> 'cancelled'"
    " LEFT JOIN person p ON p.id = g.person_id"
    " WHERE sh.date BETWEEN ?1 AND ?2 AND" ACTIVITY_WHERE
    " ORDER BY sh.date, sh.start_minute, sh.uuid, sl.uuid, g.uuid",
  [TOMONI_XML_SECTION_SUMMARY] =
    PARTICIPATION_CTE
    " SELECT t.key AS target, t.counting_rule AS rule, t.counts_classes AS classes,"
    "  t.counts_activities AS activities,"
    "  CASE t.counting_rule"
    "  WHEN 'every-attendance' THEN (SELECT count (*) FROM part" COUNTED ")"
    "  WHEN 'per-programme' THEN (SELECT count (DISTINCT kind || ':' || person_id || ':' || programme_id)"
    "                             FROM part" COUNTED ")"
    "  ELSE (SELECT count (DISTINCT person_id || ':' || fy) FROM part" COUNTED ")"
    "  END AS value"
    " FROM target t ORDER BY t.position, t.key",
};

/* The column names of each section, by the column enums of tomoni-store-xml.h. */
static const char * const venue_columns[] = {
  [TOMONI_XML_VENUE_UUID] = "uuid",
  [TOMONI_XML_VENUE_NAME] = "name",
  [TOMONI_XML_VENUE_NAME_EN] = "name_en",
  [TOMONI_XML_VENUE_ADDRESS] = "address",
  [TOMONI_XML_VENUE_WARD] = "ward",
};
G_STATIC_ASSERT (G_N_ELEMENTS (venue_columns) == TOMONI_XML_VENUE_N_COLUMNS);
static const char * const class_columns[] = {
  [TOMONI_XML_CLASS_UUID] = "uuid",
  [TOMONI_XML_CLASS_VENUE] = "venue",
  [TOMONI_XML_CLASS_TITLE_JA] = "title_ja",
  [TOMONI_XML_CLASS_TITLE_EN] = "title_en",
  [TOMONI_XML_CLASS_LEVEL] = "level",
  [TOMONI_XML_CLASS_FORMAT] = "format",
  [TOMONI_XML_CLASS_TARGET_GROUP] = "target_group",
  [TOMONI_XML_CLASS_CAPACITY] = "capacity",
  [TOMONI_XML_CLASS_TERM_UUID] = "term_uuid",
  [TOMONI_XML_CLASS_TERM_NAME] = "term_name",
  [TOMONI_XML_CLASS_TERM_START] = "term_start",
  [TOMONI_XML_CLASS_TERM_END] = "term_end",
};
G_STATIC_ASSERT (G_N_ELEMENTS (class_columns) == TOMONI_XML_CLASS_N_COLUMNS);
static const char * const activity_columns[] = {
  [TOMONI_XML_ACTIVITY_UUID] = "uuid",
  [TOMONI_XML_ACTIVITY_VENUE] = "venue",
  [TOMONI_XML_ACTIVITY_TITLE] = "title",
  [TOMONI_XML_ACTIVITY_TITLE_EN] = "title_en",
  [TOMONI_XML_ACTIVITY_KIND] = "kind",
  [TOMONI_XML_ACTIVITY_CONFIDENTIAL] = "confidential",
};
G_STATIC_ASSERT (G_N_ELEMENTS (activity_columns) == TOMONI_XML_ACTIVITY_N_COLUMNS);
static const char * const person_columns[] = {
  [TOMONI_XML_PERSON_UUID] = "uuid",
  [TOMONI_XML_PERSON_PSEUDONYM] = "pseudonym",
  [TOMONI_XML_PERSON_FAMILY_NAME] = "family_name",
  [TOMONI_XML_PERSON_GIVEN_NAME] = "given_name",
  [TOMONI_XML_PERSON_READING] = "reading",
  [TOMONI_XML_PERSON_LATIN_NAME] = "latin_name",
  [TOMONI_XML_PERSON_NATIONALITY] = "nationality",
};
G_STATIC_ASSERT (G_N_ELEMENTS (person_columns) == TOMONI_XML_PERSON_N_COLUMNS);
static const char * const session_columns[] = {
  [TOMONI_XML_SESSION_UUID] = "uuid",
  [TOMONI_XML_SESSION_CLASS] = "class",
  [TOMONI_XML_SESSION_TERM] = "term",
  [TOMONI_XML_SESSION_DATE] = "date",
  [TOMONI_XML_SESSION_START_MINUTE] = "start_minute",
  [TOMONI_XML_SESSION_END_MINUTE] = "end_minute",
  [TOMONI_XML_SESSION_STATUS] = "status",
  [TOMONI_XML_SESSION_ATTENDANCE_UUID] = "attendance_uuid",
  [TOMONI_XML_SESSION_PERSON_UUID] = "person_uuid",
  [TOMONI_XML_SESSION_PERSON_PSEUDONYM] = "person_pseudonym",
  [TOMONI_XML_SESSION_ATTENDANCE_STATUS] = "attendance_status",
  [TOMONI_XML_SESSION_ATTENDANCE_KIND] = "attendance_kind",
  [TOMONI_XML_SESSION_ATTENDANCE_MINUTES] = "attendance_minutes",
};
G_STATIC_ASSERT (G_N_ELEMENTS (session_columns) == TOMONI_XML_SESSION_N_COLUMNS);
static const char * const shift_columns[] = {
  [TOMONI_XML_SHIFT_UUID] = "uuid",
  [TOMONI_XML_SHIFT_ACTIVITY] = "activity",
  [TOMONI_XML_SHIFT_DATE] = "date",
  [TOMONI_XML_SHIFT_START_MINUTE] = "start_minute",
  [TOMONI_XML_SHIFT_END_MINUTE] = "end_minute",
  [TOMONI_XML_SHIFT_SLOT_UUID] = "slot_uuid",
  [TOMONI_XML_SHIFT_SLOT_ROLE] = "slot_role",
  [TOMONI_XML_SHIFT_SLOT_NEEDED] = "slot_needed",
  [TOMONI_XML_SHIFT_ASSIGNMENT_UUID] = "assignment_uuid",
  [TOMONI_XML_SHIFT_PERSON_UUID] = "person_uuid",
  [TOMONI_XML_SHIFT_PERSON_PSEUDONYM] = "person_pseudonym",
  [TOMONI_XML_SHIFT_CHECKIN] = "checkin",
  [TOMONI_XML_SHIFT_MINUTES] = "minutes",
};
G_STATIC_ASSERT (G_N_ELEMENTS (shift_columns) == TOMONI_XML_SHIFT_N_COLUMNS);
static const char * const count_columns[] = {
  [TOMONI_XML_COUNT_TARGET] = "target",
  [TOMONI_XML_COUNT_RULE] = "rule",
  [TOMONI_XML_COUNT_CLASSES] = "classes",
  [TOMONI_XML_COUNT_ACTIVITIES] = "activities",
  [TOMONI_XML_COUNT_VALUE] = "value",
};
G_STATIC_ASSERT (G_N_ELEMENTS (count_columns) == TOMONI_XML_COUNT_N_COLUMNS);

static const struct {
  const char * const *names;
  guint               n_names;
} section_columns[TOMONI_XML_N_SECTIONS] = {
  [TOMONI_XML_SECTION_VENUES] = { venue_columns, G_N_ELEMENTS (venue_columns) },
  [TOMONI_XML_SECTION_CLASSES] = { class_columns, G_N_ELEMENTS (class_columns) },
  [TOMONI_XML_SECTION_ACTIVITIES] = { activity_columns, G_N_ELEMENTS (activity_columns) },
  [TOMONI_XML_SECTION_PEOPLE] = { person_columns, G_N_ELEMENTS (person_columns) },
  [TOMONI_XML_SECTION_SESSIONS] = { session_columns, G_N_ELEMENTS (session_columns) },
  [TOMONI_XML_SECTION_SHIFTS] = { shift_columns, G_N_ELEMENTS (shift_columns) },
  [TOMONI_XML_SECTION_SUMMARY] = { count_columns, G_N_ELEMENTS (count_columns) },
};

/* A SELECT whose columns moved would hand the export the wrong values. */
static void
assert_columns (TomoniXmlSection  section,
                TomoniDbStmt     *stmt)
{
  g_assert_cmpint (tomoni_db_column_count (stmt), ==, section_columns[section].n_names);
  for (guint i = 0; i < section_columns[section].n_names; i++)
    g_assert_cmpstr (tomoni_db_column_name (stmt, i), ==, section_columns[section].names[i]);
}

/**
 * tomoni_store_xml_query:
 * @func: called for each row; its columns are valid during the call only
 *
 * Runs the query of one section of an export, streaming its rows.
 */
gboolean
tomoni_store_xml_query (TomoniStore            *self,
                        TomoniXmlSection        section,
                        const TomoniXmlFilter  *filter,
                        TomoniXmlRowFunc        func,
                        gpointer                user_data,
                        GError                **error)
{
  const char *columns[16];
  TomoniDbStmt *stmt;
  int n_columns;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (section < TOMONI_XML_N_SECTIONS, FALSE);
  g_return_val_if_fail (filter != NULL && func != NULL, FALSE);

  if (!tomoni_xml_filter_check (filter, error))
    return FALSE;

  stmt = tomoni_store_prepare (self, section_sql[section], error);
  if (stmt == NULL)
    return FALSE;

  tomoni_bind_text (stmt, 1, filter->from);
  tomoni_bind_text (stmt, 2, filter->to);
  tomoni_db_bind_int (stmt, 3, filter->kind != TOMONI_XML_KIND_ACTIVITY);
  tomoni_db_bind_int (stmt, 4, filter->kind != TOMONI_XML_KIND_CLASS);
  tomoni_bind_text_or_null (stmt, 5, filter->programme);
  tomoni_bind_text_or_null (stmt, 6, filter->venue);

  assert_columns (section, stmt);
  n_columns = tomoni_db_column_count (stmt);
  g_assert (n_columns <= (int) G_N_ELEMENTS (columns));

  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      for (int i = 0; i < n_columns; i++)
        columns[i] = tomoni_db_column_text (stmt, i);
      if (!func (columns, n_columns, user_data, error))
        {
          tomoni_db_reset (stmt);
          return FALSE;
        }
    }
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, tomoni_db_get_error_code (tomoni_store_get_db (self)), error);
      tomoni_db_reset (stmt);
      return FALSE;
    }
  tomoni_db_reset (stmt);
  return TRUE;
}

/**
 * tomoni_store_xml_list:
 * @out_uuids: (out) (transfer full): the UUIDs
 * @out_titles: (out) (transfer full): the titles, in the same order
 *
 * Lists the classes, activities or venues an export can be limited to.
 */
gboolean
tomoni_store_xml_list (TomoniStore    *self,
                       TomoniXmlList   what,
                       char         ***out_uuids,
                       char         ***out_titles,
                       GError        **error)
{
  static const char * const sql[] = {
    [TOMONI_XML_LIST_CLASSES] = "SELECT uuid, title_ja FROM class ORDER BY title_ja, uuid",
    [TOMONI_XML_LIST_ACTIVITIES] = "SELECT uuid, title FROM activity ORDER BY title, uuid",
    [TOMONI_XML_LIST_VENUES] = "SELECT uuid, name FROM venue ORDER BY name, uuid",
  };
  g_autoptr(GStrvBuilder) uuids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  TomoniDbStmt *stmt;
  int rc;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  g_return_val_if_fail (what <= TOMONI_XML_LIST_VENUES, FALSE);
  g_return_val_if_fail (out_uuids != NULL && out_titles != NULL, FALSE);

  stmt = tomoni_store_prepare (self, sql[what], error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      g_strv_builder_add (uuids, tomoni_db_column_text (stmt, 0));
      g_strv_builder_add (titles, tomoni_db_column_text (stmt, 1));
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return FALSE;
    }
  *out_uuids = g_strv_builder_end (uuids);
  *out_titles = g_strv_builder_end (titles);
  return TRUE;
}
