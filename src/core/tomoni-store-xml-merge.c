/* tomoni-store-xml-merge.c: the merge side of XML import: each record
 * read from a file goes into the store by UUID through the row writers
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

/* --- import: merge by UUID ------------------------------------------------ */

static const char * const record_labels[TOMONI_XML_N_RECORDS] = {
  /* Translators: kinds of records in an import report and its errors */
  N_("venue"), N_("class"), N_("term"), N_("activity"), N_("person"), N_("session"),
  N_("attendance"), N_("shift"), N_("slot"), N_("check-in"),
};

const char *
tomoni_xml_record_get_label (TomoniXmlRecord record)
{
  g_return_val_if_fail (record < TOMONI_XML_N_RECORDS, NULL);
  return _(record_labels[record]);
}

struct _TomoniXmlMerge
{
  TomoniStore            *store;
  TomoniStoreTransaction  tx;
  gboolean                pseudonymised;
  char                   *now;
  GHashTable             *people;      /* the file's person id → person.id */
  gint64                  session_id;
  char                   *session_uuid;
  gint64                  shift_id;
  gint64                  slot_id;
  char                   *slot_uuid;
  guint                   added[TOMONI_XML_N_RECORDS];
  guint                   unchanged[TOMONI_XML_N_RECORDS];
};

/**
 * tomoni_xml_merge_new:
 * @pseudonymised: people are identified by their pseudonym, not their UUID
 *
 * Starts an import: one transaction on @store until commit or free.
 */
TomoniXmlMerge *
tomoni_xml_merge_new (TomoniStore  *store,
                      gboolean      pseudonymised,
                      GError      **error)
{
  g_autoptr(TomoniXmlMerge) self = g_new0 (TomoniXmlMerge, 1);

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->pseudonymised = pseudonymised;
  self->now = tomoni_timestamp_now ();
  self->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!tomoni_store_transaction_begin (&self->tx, store, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
tomoni_xml_merge_free (TomoniXmlMerge *self)
{
  if (self == NULL)
    return;
  if (self->tx.open)
    tomoni_store_transaction_clear (&self->tx);
  g_clear_object (&self->store);
  g_clear_pointer (&self->people, g_hash_table_unref);
  g_free (self->now);
  g_free (self->session_uuid);
  g_free (self->slot_uuid);
  g_free (self);
}

/**
 * tomoni_xml_merge_commit:
 *
 * Writes everything merged so far. For a dry run, free the merge instead.
 */
gboolean
tomoni_xml_merge_commit (TomoniXmlMerge  *self,
                         GError         **error)
{
  guint total = 0;

  g_return_val_if_fail (self != NULL && self->tx.open, FALSE);

  if (!tomoni_store_transaction_commit (&self->tx, error))
    return FALSE;
  for (guint i = 0; i < TOMONI_XML_N_RECORDS; i++)
    total += self->added[i];
  if (total > 0)
    tomoni_store_notify_changed (self->store, "all");
  return TRUE;
}

guint
tomoni_xml_merge_get_added (TomoniXmlMerge  *self,
                            TomoniXmlRecord  record)
{
  g_return_val_if_fail (self != NULL && record < TOMONI_XML_N_RECORDS, 0);
  return self->added[record];
}

guint
tomoni_xml_merge_get_unchanged (TomoniXmlMerge  *self,
                                TomoniXmlRecord  record)
{
  g_return_val_if_fail (self != NULL && record < TOMONI_XML_N_RECORDS, 0);
  return self->unchanged[record];
}

static void
prefix_record (GError          **error,
               TomoniXmlRecord   record,
               const char       *id)
{
  /* Translators: “attendance 0f3e…: <what went wrong>” */
  g_prefix_error (error, _("%s %s: "), tomoni_xml_record_get_label (record), id);
}

static gint64
lookup_id (TomoniXmlMerge  *self,
           const char      *sql,
           const char      *uuid)
{
  TomoniDbStmt *stmt = tomoni_store_prepare (self->store, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  tomoni_bind_text (stmt, 1, uuid);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    id = tomoni_db_column_int64 (stmt, 0);
  tomoni_db_reset (stmt);
  return id;
}

static gboolean
unknown_reference (GError          **error,
                   TomoniXmlRecord   record,
                   const char       *id,
                   TomoniXmlRecord   target,
                   const char       *target_id)
{
  g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
               /* Translators: “attendance 0f3e…: refers to person 12ab…, which is not in the file” */
               _("%s %s: refers to %s %s, which is neither in the file nor in the database"),
               tomoni_xml_record_get_label (record), id,
               tomoni_xml_record_get_label (target), target_id ? target_id : "");
  return FALSE;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

/* After a row writer's INSERT … ON CONFLICT (uuid) DO NOTHING of a record
 * (@written: what it returned, with @write_error; @inserted_id: the new
 * row, 0 when the UUID exists): counts a new record, or compares what is
 * stored. @select_sql binds ?1 uuid and returns id then one column per
 * @labels, compared with @compare (the file's values). */
static gboolean
merge_written (TomoniXmlMerge      *self,
               TomoniXmlRecord      record,
               const char          *uuid,
               gboolean             written,
               GError              *write_error,
               gint64               inserted_id,
               const char          *select_sql,
               const char * const  *labels,
               const char * const  *compare,
               guint                n_compare,
               gint64              *out_id,
               GError             **error)
{
  TomoniDb *db = tomoni_store_get_db (self->store);
  TomoniDbStmt *stmt;

  if (!written)
    {
      g_assert (write_error != NULL);
      if (g_error_matches (write_error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT) ||
          g_error_matches (write_error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID))
        g_prefix_error (&write_error, "%s", _("it clashes with another record in the database: "));
      prefix_record (&write_error, record, uuid);
      g_propagate_error (error, write_error);
      return FALSE;
    }
  if (inserted_id != 0)
    {
      if (out_id != NULL)
        *out_id = inserted_id;
      self->added[record]++;
      return TRUE;
    }

  stmt = tomoni_store_prepare (self->store, select_sql, error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, uuid);
  if (tomoni_db_step (stmt) != TOMONI_DB_ROW)
    {
      tomoni_db_reset (stmt);
      tomoni_store_set_error (self->store, tomoni_db_get_error_code (db), error);
      prefix_record (error, record, uuid);
      return FALSE;
    }
  for (guint i = 0; i < n_compare; i++)
    {
      const char *stored = tomoni_db_column_text (stmt, 1 + i);

      if (!same_text (stored, compare[i]))
        {
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                       /* Translators: “attendance 0f3e…: conflict: the database already holds
                        * this record with a different status (file: “present”, database: “absent”).” */
                       _("%s %s: conflict: the database already holds this record with a different "
                         "%s (file: “%s”, database: “%s”). Nothing was imported."),
                       tomoni_xml_record_get_label (record), uuid, labels[i],
                       compare[i] ? compare[i] : "", stored ? stored : "");
          tomoni_db_reset (stmt);
          return FALSE;
        }
    }
  if (out_id != NULL)
    *out_id = tomoni_db_column_int64 (stmt, 0);
  tomoni_db_reset (stmt);
  self->unchanged[record]++;
  return TRUE;
}

gboolean
tomoni_xml_merge_venue (TomoniXmlMerge  *self,
                        const char      *uuid,
                        const char      *name,
                        const char      *name_en,
                        const char      *address,
                        const char      *ward,
                        GError         **error)
{
  static const char * const labels[] = { "name", "name-en", "address", "ward" };
  const char *values[] = { name, name_en ? name_en : "", address ? address : "", ward ? ward : "" };
  TomoniVenueRow row = {
    .uuid = uuid, .name = values[0], .name_en = values[1], .address = values[2], .ward = values[3],
    .notes = "", .created_at = self->now, .updated_at = self->now,
  };
  GError *write_error = NULL;
  gint64 id = 0;
  gboolean written;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);

  written = tomoni_venue_row_insert (self->store, &row, &id, &write_error);
  return merge_written (self, TOMONI_XML_RECORD_VENUE, uuid, written, write_error, id,
                        "SELECT id, name, name_en, address, ward FROM venue WHERE uuid = ?1",
                        labels, values, G_N_ELEMENTS (values), NULL, error);
}

static gboolean
resolve_venue (TomoniXmlMerge   *self,
               TomoniXmlRecord   record,
               const char       *uuid,
               const char       *venue,
               gint64           *out_id,
               GError          **error)
{
  *out_id = 0;
  if (venue == NULL)
    return TRUE;
  *out_id = lookup_id (self, "SELECT id FROM venue WHERE uuid = ?1", venue);
  if (*out_id == 0)
    return unknown_reference (error, record, uuid, TOMONI_XML_RECORD_VENUE, venue);
  return TRUE;
}

gboolean
tomoni_xml_merge_class (TomoniXmlMerge  *self,
                        const char      *uuid,
                        const char      *venue,
                        const char      *title,
                        const char      *title_en,
                        const char      *level,
                        const char      *format,
                        const char      *target_group,
                        const char      *capacity,
                        GError         **error)
{
  static const char * const labels[] = {
    "venue", "title", "title-en", "level", "format", "target-group", "capacity"
  };
  const char *compare[] = {
    venue, title, title_en ? title_en : "", level ? level : "", format, target_group, capacity
  };
  TomoniClassRow row = {
    .uuid = uuid, .title_ja = title, .title_en = compare[2], .level = compare[3],
    .target_group = target_group, .format = format, .notes = "",
    .created_at = self->now, .updated_at = self->now,
  };
  GError *write_error = NULL;
  gint64 id = 0;
  gboolean written;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);

  if (!resolve_venue (self, TOMONI_XML_RECORD_CLASS, uuid, venue, &row.venue_id, error))
    return FALSE;
  row.capacity = capacity != NULL ? (int) g_ascii_strtoll (capacity, NULL, 10) : 0;
  written = tomoni_class_row_insert (self->store, &row, &id, &write_error);
  return merge_written (self, TOMONI_XML_RECORD_CLASS, uuid, written, write_error, id,
                        "SELECT c.id, v.uuid, c.title_ja, c.title_en, c.level, c.format, c.target_group,"
                        " c.capacity FROM class c LEFT JOIN venue v ON v.id = c.venue_id WHERE c.uuid = ?1",
                        labels, compare, G_N_ELEMENTS (compare), NULL, error);
}

gboolean
tomoni_xml_merge_term (TomoniXmlMerge  *self,
                       const char      *uuid,
                       const char      *class_uuid,
                       const char      *name,
                       const char      *start_date,
                       const char      *end_date,
                       GError         **error)
{
  static const char * const labels[] = { "class", "name", "start", "end" };
  const char *compare[] = { class_uuid, name ? name : "", start_date, end_date };
  TomoniTermRow row = {
    .uuid = uuid, .name = compare[1], .start_date = start_date, .end_date = end_date,
    .created_at = self->now, .updated_at = self->now,
  };
  GError *write_error = NULL;
  gint64 id = 0;
  gboolean written;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);

  row.class_id = lookup_id (self, "SELECT id FROM class WHERE uuid = ?1", class_uuid);
  if (row.class_id == 0)
    return unknown_reference (error, TOMONI_XML_RECORD_TERM, uuid, TOMONI_XML_RECORD_CLASS, class_uuid);
  if (g_strcmp0 (end_date, start_date) < 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("end: the term ends (%s) before it starts (%s)"), end_date, start_date);
      prefix_record (error, TOMONI_XML_RECORD_TERM, uuid);
      return FALSE;
    }
  written = tomoni_term_row_insert (self->store, &row, &id, &write_error);
  return merge_written (self, TOMONI_XML_RECORD_TERM, uuid, written, write_error, id,
                        "SELECT t.id, c.uuid, t.name, t.start_date, t.end_date"
                        " FROM term t JOIN class c ON c.id = t.class_id WHERE t.uuid = ?1",
                        labels, compare, G_N_ELEMENTS (compare), NULL, error);
}

gboolean
tomoni_xml_merge_activity (TomoniXmlMerge  *self,
                           const char      *uuid,
                           const char      *venue,
                           const char      *title,
                           const char      *title_en,
                           const char      *kind,
                           gboolean         confidential,
                           GError         **error)
{
  static const char * const labels[] = { "venue", "title", "title-en", "kind", "confidential" };
  const char *compare[] = { venue, title, title_en ? title_en : "", kind, confidential ? "1" : "0" };
  TomoniActivityRow row = {
    .uuid = uuid, .title = title, .title_en = compare[2], .kind = kind,
    .confidential = confidential, .created_at = self->now, .updated_at = self->now,
  };
  GError *write_error = NULL;
  gint64 id = 0;
  gboolean written;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);

  if (!resolve_venue (self, TOMONI_XML_RECORD_ACTIVITY, uuid, venue, &row.venue_id, error))
    return FALSE;
  written = tomoni_activity_row_insert (self->store, &row, &id, &write_error);
  return merge_written (self, TOMONI_XML_RECORD_ACTIVITY, uuid, written, write_error, id,
                        "SELECT a.id, v.uuid, a.title, a.title_en, a.kind, a.confidential"
                        " FROM activity a LEFT JOIN venue v ON v.id = a.venue_id WHERE a.uuid = ?1",
                        labels, compare, G_N_ELEMENTS (compare), NULL, error);
}

/* People in a pseudonymised file are matched by pseudonym. One not in the
 * database becomes a person without personal data (marked erased), so the
 * counts are kept and nobody's name is invented. */
static gboolean
merge_pseudonymous_person (TomoniXmlMerge  *self,
                           const char      *pseudonym,
                           const char      *nationality,
                           gint64          *out_id,
                           GError         **error)
{
  static const char * const labels[] = { "nationality" };
  const char *compare[] = { nationality ? nationality : "" };
  TomoniPersonRow row = { 0 };
  TomoniDbStmt *stmt;
  gint64 id;

  id = lookup_id (self, "SELECT id FROM person WHERE pseudonym = ?1", pseudonym);
  if (id != 0)
    {
      stmt = tomoni_store_prepare (self->store, "SELECT nationality FROM person WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_db_bind_int64 (stmt, 1, id);
      if (tomoni_db_step (stmt) == TOMONI_DB_ROW &&
          !same_text (tomoni_db_column_text (stmt, 0), compare[0]))
        {
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                       _("%s %s: conflict: the database already holds this record with a different "
                         "%s (file: “%s”, database: “%s”). Nothing was imported."),
                       tomoni_xml_record_get_label (TOMONI_XML_RECORD_PERSON), pseudonym, labels[0],
                       compare[0], tomoni_db_column_text (stmt, 0));
          tomoni_db_reset (stmt);
          return FALSE;
        }
      tomoni_db_reset (stmt);
      self->unchanged[TOMONI_XML_RECORD_PERSON]++;
      *out_id = id;
      return TRUE;
    }

  row.pseudonym = pseudonym;
  row.nationality = nationality;
  row.erased_at = self->now;
  row.created_at = self->now;
  row.updated_at = self->now;
  if (!tomoni_person_row_insert (self->store, &row, out_id, error))
    return FALSE;
  g_assert (*out_id != 0);  /* a new UUID */
  self->added[TOMONI_XML_RECORD_PERSON]++;
  return TRUE;
}

gboolean
tomoni_xml_merge_person (TomoniXmlMerge  *self,
                         const char      *id,
                         const char      *pseudonym,
                         const char      *family_name,
                         const char      *given_name,
                         const char      *reading,
                         const char      *latin_name,
                         const char      *nationality,
                         GError         **error)
{
  static const char * const labels[] = {
    "pseudonym", "family-name", "given-name", "reading", "latin-name", "nationality"
  };
  static const TomoniPersonField fields[] = {
    TOMONI_PERSON_FAMILY_NAME, TOMONI_PERSON_GIVEN_NAME, TOMONI_PERSON_READING,
    TOMONI_PERSON_LATIN_NAME, TOMONI_PERSON_NATIONALITY,
  };
  const char *given[] = { family_name, given_name, reading, latin_name, nationality };
  g_autoptr(TomoniPerson) person = tomoni_person_new ();
  const char *compare[G_N_ELEMENTS (labels)];
  gboolean named = family_name || given_name || latin_name || reading;
  TomoniPersonRow row = { 0 };
  TomoniDbStmt *stmt;
  gint64 row_id = 0;

  g_return_val_if_fail (self != NULL && id != NULL, FALSE);

  if (g_hash_table_contains (self->people, id))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("the file lists this person twice"));
      prefix_record (error, TOMONI_XML_RECORD_PERSON, id);
      return FALSE;
    }

  if (self->pseudonymised)
    {
      if (named)
        {
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                       _("the file says it is pseudonymised but holds a name"));
          prefix_record (error, TOMONI_XML_RECORD_PERSON, id);
          return FALSE;
        }
      if (!merge_pseudonymous_person (self, id, nationality, &row_id, error))
        return FALSE;
      g_hash_table_insert (self->people, g_strdup (id), GSIZE_TO_POINTER ((gsize) row_id));
      return TRUE;
    }

  if (pseudonym == NULL || !g_uuid_string_is_valid (id))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("a person in a file that is not pseudonymised needs a UUID and a pseudonym"));
      prefix_record (error, TOMONI_XML_RECORD_PERSON, id);
      return FALSE;
    }

  /* Compare and store what the app itself would store. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    tomoni_person_set_field (person, fields[i], given[i]);
  if (named && !tomoni_person_normalize (person, NULL, error))
    {
      prefix_record (error, TOMONI_XML_RECORD_PERSON, id);
      return FALSE;
    }
  compare[0] = pseudonym;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    compare[1 + i] = tomoni_person_get_field (person, fields[i]);

  stmt = tomoni_store_prepare (self->store,
                               "SELECT id, pseudonym, family_name, given_name, reading, latin_name,"
                               " nationality FROM person WHERE uuid = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, id);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        {
          const char *stored = tomoni_db_column_text (stmt, 1 + i);
          if (!same_text (stored, compare[i]))
            {
              g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                           _("%s %s: conflict: the database already holds this record with a different "
                             "%s (file: “%s”, database: “%s”). Nothing was imported."),
                           tomoni_xml_record_get_label (TOMONI_XML_RECORD_PERSON), id, labels[i],
                           compare[i] ? compare[i] : "", stored ? stored : "");
              tomoni_db_reset (stmt);
              return FALSE;
            }
        }
      row_id = tomoni_db_column_int64 (stmt, 0);
      tomoni_db_reset (stmt);
      self->unchanged[TOMONI_XML_RECORD_PERSON]++;
    }
  else
    {
      tomoni_db_reset (stmt);
      if (lookup_id (self, "SELECT id FROM person WHERE pseudonym = ?1", pseudonym) != 0)
        {
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                       /* Translators: %s is a pseudonym such as P-1a2b-3c4d-5e6f */
                       _("conflict: the pseudonym %s belongs to another person in the database "
                         "(one imported from a pseudonymised file, or a different record). Nothing "
                         "was imported."), pseudonym);
          prefix_record (error, TOMONI_XML_RECORD_PERSON, id);
          return FALSE;
        }
      /* What the app stores: the normalised names, with the file's UUID
       * and pseudonym; a person without names keeps only the counts. */
      row.uuid = id;
      row.pseudonym = pseudonym;
      row.created_at = self->now;
      row.updated_at = self->now;
      if (named)
        tomoni_person_row_set_fields (&row, person);
      else
        {
          row.nationality = nationality;
          row.erased_at = self->now;
        }
      if (!tomoni_person_row_insert (self->store, &row, &row_id, error))
        {
          prefix_record (error, TOMONI_XML_RECORD_PERSON, id);
          return FALSE;
        }
      g_assert (row_id != 0);  /* the UUID was looked up above */
      self->added[TOMONI_XML_RECORD_PERSON]++;
    }

  g_hash_table_insert (self->people, g_strdup (id), GSIZE_TO_POINTER ((gsize) row_id));
  return TRUE;
}

static gboolean
check_times (TomoniXmlRecord   record,
             const char       *uuid,
             int               start_minute,
             int               end_minute,
             GError          **error)
{
  if (start_minute < 0 || end_minute > 1440 || end_minute <= start_minute)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("end: it must be after the start, on the same day"));
      prefix_record (error, record, uuid);
      return FALSE;
    }
  return TRUE;
}

gboolean
tomoni_xml_merge_session (TomoniXmlMerge  *self,
                          const char      *uuid,
                          const char      *class_uuid,
                          const char      *term_uuid,
                          const char      *date,
                          int              start_minute,
                          int              end_minute,
                          const char      *status,
                          GError         **error)
{
  static const char * const labels[] = { "class", "term", "date", "start", "end", "status" };
  char start[8], end[8];
  const char *compare[] = { class_uuid, term_uuid, date, start, end, status };
  TomoniSessionRow row = {
    .uuid = uuid, .date = date, .start_minute = start_minute, .end_minute = end_minute,
    .status = status, .reason = "", .room_override = "",
    .created_at = self->now, .updated_at = self->now,
  };
  GError *write_error = NULL;
  gint64 id = 0;
  gboolean written;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);

  self->session_id = 0;
  row.class_id = lookup_id (self, "SELECT id FROM class WHERE uuid = ?1", class_uuid);
  if (row.class_id == 0)
    return unknown_reference (error, TOMONI_XML_RECORD_SESSION, uuid, TOMONI_XML_RECORD_CLASS, class_uuid);
  row.term_id = lookup_id (self, "SELECT id FROM term WHERE uuid = ?1", term_uuid);
  if (row.term_id == 0)
    return unknown_reference (error, TOMONI_XML_RECORD_SESSION, uuid, TOMONI_XML_RECORD_TERM, term_uuid);
  if (lookup_id (self, "SELECT class_id FROM term WHERE uuid = ?1", term_uuid) != row.class_id)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("term: %s is a term of another class"), term_uuid);
      prefix_record (error, TOMONI_XML_RECORD_SESSION, uuid);
      return FALSE;
    }
  if (!check_times (TOMONI_XML_RECORD_SESSION, uuid, start_minute, end_minute, error))
    return FALSE;
  g_snprintf (start, sizeof start, "%d", start_minute);
  g_snprintf (end, sizeof end, "%d", end_minute);

  written = tomoni_session_row_insert (self->store, &row, &id, &write_error);
  if (!merge_written (self, TOMONI_XML_RECORD_SESSION, uuid, written, write_error, id,
                      "SELECT s.id, c.uuid, t.uuid, s.date, s.start_minute, s.end_minute, s.status"
                      " FROM session s JOIN class c ON c.id = s.class_id JOIN term t ON t.id = s.term_id"
                      " WHERE s.uuid = ?1",
                      labels, compare, G_N_ELEMENTS (compare), &self->session_id, error))
    return FALSE;
  g_free (self->session_uuid);
  self->session_uuid = g_strdup (uuid);
  return TRUE;
}

static gint64
person_id (TomoniXmlMerge *self,
           const char     *id)
{
  return (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (self->people, id));
}

gboolean
tomoni_xml_merge_attendance (TomoniXmlMerge  *self,
                             const char      *uuid,
                             const char      *person,
                             const char      *status,
                             const char      *kind,
                             const char      *minutes,
                             GError         **error)
{
  static const char * const labels[] = { "session", "person", "status", "kind", "minutes" };
  const char *compare[] = { self->session_uuid, person, status, kind, minutes };
  TomoniAttendanceRow row = {
    .uuid = uuid, .status = status, .kind = kind,
    .minutes = minutes != NULL ? (int) g_ascii_strtoll (minutes, NULL, 10) : -1,
    .created_at = self->now, .updated_at = self->now,
  };
  GError *write_error = NULL;
  gint64 id = 0;
  gboolean written;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);
  g_return_val_if_fail (self->session_id != 0, FALSE);

  row.session_id = self->session_id;
  row.person_id = person_id (self, person);
  if (row.person_id == 0)
    return unknown_reference (error, TOMONI_XML_RECORD_ATTENDANCE, uuid, TOMONI_XML_RECORD_PERSON, person);

  written = tomoni_attendance_row_insert (self->store, &row, &id, &write_error);
  return merge_written (self, TOMONI_XML_RECORD_ATTENDANCE, uuid, written, write_error, id,
                        self->pseudonymised
                        ? "SELECT a.id, s.uuid, p.pseudonym, a.status, a.kind, a.minutes FROM attendance a"
                          " JOIN session s ON s.id = a.session_id JOIN person p ON p.id = a.person_id"
                          " WHERE a.uuid = ?1"
                        : "SELECT a.id, s.uuid, p.uuid, a.status, a.kind, a.minutes FROM attendance a"
                          " JOIN session s ON s.id = a.session_id JOIN person p ON p.id = a.person_id"
                          " WHERE a.uuid = ?1",
                        labels, compare, G_N_ELEMENTS (compare), NULL, error);
}

gboolean
tomoni_xml_merge_shift (TomoniXmlMerge  *self,
                        const char      *uuid,
                        const char      *activity_uuid,
                        const char      *date,
                        int              start_minute,
                        int              end_minute,
                        GError         **error)
{
  static const char * const labels[] = { "activity", "date", "start", "end" };
  char start[8], end[8];
  const char *compare[] = { activity_uuid, date, start, end };
  TomoniShiftRow row = {
    .uuid = uuid, .date = date, .start_minute = start_minute, .end_minute = end_minute,
    .created_at = self->now, .updated_at = self->now,
  };
  GError *write_error = NULL;
  gint64 id = 0;
  gboolean written;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);

  self->shift_id = 0;
  self->slot_id = 0;
  row.activity_id = lookup_id (self, "SELECT id FROM activity WHERE uuid = ?1", activity_uuid);
  if (row.activity_id == 0)
    return unknown_reference (error, TOMONI_XML_RECORD_SHIFT, uuid, TOMONI_XML_RECORD_ACTIVITY, activity_uuid);
  if (!check_times (TOMONI_XML_RECORD_SHIFT, uuid, start_minute, end_minute, error))
    return FALSE;
  g_snprintf (start, sizeof start, "%d", start_minute);
  g_snprintf (end, sizeof end, "%d", end_minute);
  written = tomoni_shift_row_insert (self->store, &row, &id, &write_error);
  return merge_written (self, TOMONI_XML_RECORD_SHIFT, uuid, written, write_error, id,
                        "SELECT sh.id, a.uuid, sh.date, sh.start_minute, sh.end_minute"
                        " FROM shift sh JOIN activity a ON a.id = sh.activity_id WHERE sh.uuid = ?1",
                        labels, compare, G_N_ELEMENTS (compare), &self->shift_id, error);
}

gboolean
tomoni_xml_merge_slot (TomoniXmlMerge  *self,
                       const char      *uuid,
                       const char      *role,
                       const char      *needed,
                       GError         **error)
{
  static const char * const labels[] = { "shift", "role", "needed" };
  g_autofree char *shift_uuid = NULL;
  const char *compare[3];
  TomoniSlotRow row = {
    .uuid = uuid, .role = role, .needed = needed != NULL ? (int) g_ascii_strtoll (needed, NULL, 10) : 0,
    .created_at = self->now, .updated_at = self->now,
  };
  GError *write_error = NULL;
  gint64 id = 0;
  gboolean written;
  TomoniDbStmt *stmt;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);
  g_return_val_if_fail (self->shift_id != 0, FALSE);

  self->slot_id = 0;
  row.shift_id = self->shift_id;
  stmt = tomoni_store_prepare (self->store, "SELECT uuid FROM shift WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_db_bind_int64 (stmt, 1, self->shift_id);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    shift_uuid = tomoni_column_dup_text (stmt, 0);
  tomoni_db_reset (stmt);
  compare[0] = shift_uuid;
  compare[1] = role;
  compare[2] = needed;
  written = tomoni_slot_row_insert (self->store, &row, &id, &write_error);
  if (!merge_written (self, TOMONI_XML_RECORD_SLOT, uuid, written, write_error, id,
                      "SELECT sl.id, sh.uuid, sl.role, sl.needed FROM slot sl"
                      " JOIN shift sh ON sh.id = sl.shift_id WHERE sl.uuid = ?1",
                      labels, compare, G_N_ELEMENTS (compare), &self->slot_id, error))
    return FALSE;
  g_free (self->slot_uuid);
  self->slot_uuid = g_strdup (uuid);
  return TRUE;
}

gboolean
tomoni_xml_merge_checkin (TomoniXmlMerge  *self,
                          const char      *uuid,
                          const char      *person,
                          const char      *status,
                          const char      *minutes,
                          GError         **error)
{
  static const char * const labels[] = { "slot", "person", "status", "minutes" };
  const char *compare[] = { self->slot_uuid, person, status, minutes };
  TomoniAssignmentRow row = {
    .uuid = uuid, .status = "confirmed", .source = "import", .score = -1, .checkin = status,
    .minutes = minutes != NULL ? (int) g_ascii_strtoll (minutes, NULL, 10) : -1,
    .created_at = self->now, .updated_at = self->now,
  };
  GError *write_error = NULL;
  gint64 id = 0;
  gboolean written;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);
  g_return_val_if_fail (self->slot_id != 0, FALSE);

  row.slot_id = self->slot_id;
  row.person_id = person_id (self, person);
  if (row.person_id == 0)
    return unknown_reference (error, TOMONI_XML_RECORD_CHECKIN, uuid, TOMONI_XML_RECORD_PERSON, person);

  written = tomoni_assignment_row_insert (self->store, &row, &id, &write_error);
  return merge_written (self, TOMONI_XML_RECORD_CHECKIN, uuid, written, write_error, id,
                        self->pseudonymised
                        ? "SELECT g.id, sl.uuid, p.pseudonym, g.checkin, g.minutes FROM assignment g"
                          " JOIN slot sl ON sl.id = g.slot_id JOIN person p ON p.id = g.person_id"
                          " WHERE g.uuid = ?1"
                        : "SELECT g.id, sl.uuid, p.uuid, g.checkin, g.minutes FROM assignment g"
                          " JOIN slot sl ON sl.id = g.slot_id JOIN person p ON p.id = g.person_id"
                          " WHERE g.uuid = ?1",
                        labels, compare, G_N_ELEMENTS (compare), NULL, error);
}
