/* tomoni-store-xml.h: the database side of the attendance XML exchange
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export: each section of the document is one streaming query; its rows are
 * handed to a callback as strings (NULL for "none"), indexed by the column
 * enums below, so memory does not grow with the number of rows.
 *
 * Import: a TomoniXmlMerge is one transaction. Each record is merged by its
 * UUID: added when new, left alone when identical, a conflict naming the
 * record and the field when it differs. Nothing is written until
 * tomoni_xml_merge_commit(); freeing a merge without committing rolls it back.
 */
#pragma once

#include "tomoni-store.h"

G_BEGIN_DECLS

typedef enum {
  TOMONI_XML_KIND_ALL,
  TOMONI_XML_KIND_CLASS,
  TOMONI_XML_KIND_ACTIVITY,
} TomoniXmlKind;

/* What an export covers. Dates are local 'YYYY-MM-DD', both included. */
typedef struct {
  char          *from;
  char          *to;
  TomoniXmlKind  kind;
  char          *programme;     /* UUID of a class or activity, or NULL */
  char          *venue;         /* UUID of a venue, or NULL */
  gboolean       pseudonymise;
} TomoniXmlFilter;

typedef enum {
  TOMONI_XML_SECTION_VENUES,      /* uuid, name, name_en, address, ward */
  TOMONI_XML_SECTION_CLASSES,     /* uuid, venue uuid, title_ja, title_en, level, format,
                                   * target_group, capacity, term uuid, term name,
                                   * term start, term end — one row per term */
  TOMONI_XML_SECTION_ACTIVITIES,  /* uuid, venue uuid, title, title_en, kind, confidential */
  TOMONI_XML_SECTION_PEOPLE,      /* uuid, pseudonym, family_name, given_name, reading,
                                   * latin_name, nationality */
  TOMONI_XML_SECTION_SESSIONS,    /* uuid, class uuid, term uuid, date, start_minute,
                                   * end_minute, status, attendance uuid, person uuid,
                                   * person pseudonym, status, kind, minutes — one row per
                                   * attendance, or one with NULL attendance columns */
  TOMONI_XML_SECTION_SHIFTS,      /* uuid, activity uuid, date, start_minute, end_minute,
                                   * slot uuid, role, needed, assignment uuid, person uuid,
                                   * person pseudonym, checkin, minutes */
  TOMONI_XML_SECTION_SUMMARY,     /* target key, counting_rule, counts_classes,
                                   * counts_activities, count */
  TOMONI_XML_N_SECTIONS
} TomoniXmlSection;

/* The columns of each section's rows, in order; the SELECTs name their
 * columns alike (tomoni_store_xml_query () asserts both agree), so read a
 * row as columns[TOMONI_XML_SESSION_DATE], never by a bare number. */
typedef enum {
  TOMONI_XML_VENUE_UUID,
  TOMONI_XML_VENUE_NAME,
  TOMONI_XML_VENUE_NAME_EN,
  TOMONI_XML_VENUE_ADDRESS,
  TOMONI_XML_VENUE_WARD,
  TOMONI_XML_VENUE_N_COLUMNS
} TomoniXmlVenueColumn;

typedef enum {
  TOMONI_XML_CLASS_UUID,
  TOMONI_XML_CLASS_VENUE,
  TOMONI_XML_CLASS_TITLE_JA,
  TOMONI_XML_CLASS_TITLE_EN,
  TOMONI_XML_CLASS_LEVEL,
  TOMONI_XML_CLASS_FORMAT,
  TOMONI_XML_CLASS_TARGET_GROUP,
  TOMONI_XML_CLASS_CAPACITY,
  TOMONI_XML_CLASS_TERM_UUID,
  TOMONI_XML_CLASS_TERM_NAME,
  TOMONI_XML_CLASS_TERM_START,
  TOMONI_XML_CLASS_TERM_END,
  TOMONI_XML_CLASS_N_COLUMNS
} TomoniXmlClassColumn;

typedef enum {
  TOMONI_XML_ACTIVITY_UUID,
  TOMONI_XML_ACTIVITY_VENUE,
  TOMONI_XML_ACTIVITY_TITLE,
  TOMONI_XML_ACTIVITY_TITLE_EN,
  TOMONI_XML_ACTIVITY_KIND,
  TOMONI_XML_ACTIVITY_CONFIDENTIAL,
  TOMONI_XML_ACTIVITY_N_COLUMNS
} TomoniXmlActivityColumn;

typedef enum {
  TOMONI_XML_PERSON_UUID,
  TOMONI_XML_PERSON_PSEUDONYM,
  TOMONI_XML_PERSON_FAMILY_NAME,
  TOMONI_XML_PERSON_GIVEN_NAME,
  TOMONI_XML_PERSON_READING,
  TOMONI_XML_PERSON_LATIN_NAME,
  TOMONI_XML_PERSON_NATIONALITY,
  TOMONI_XML_PERSON_N_COLUMNS
} TomoniXmlPersonColumn;

typedef enum {
  TOMONI_XML_SESSION_UUID,
  TOMONI_XML_SESSION_CLASS,
  TOMONI_XML_SESSION_TERM,
  TOMONI_XML_SESSION_DATE,
  TOMONI_XML_SESSION_START_MINUTE,
  TOMONI_XML_SESSION_END_MINUTE,
  TOMONI_XML_SESSION_STATUS,
  TOMONI_XML_SESSION_ATTENDANCE_UUID,
  TOMONI_XML_SESSION_PERSON_UUID,
  TOMONI_XML_SESSION_PERSON_PSEUDONYM,
  TOMONI_XML_SESSION_ATTENDANCE_STATUS,
  TOMONI_XML_SESSION_ATTENDANCE_KIND,
  TOMONI_XML_SESSION_ATTENDANCE_MINUTES,
  TOMONI_XML_SESSION_N_COLUMNS
} TomoniXmlSessionColumn;

typedef enum {
  TOMONI_XML_SHIFT_UUID,
  TOMONI_XML_SHIFT_ACTIVITY,
  TOMONI_XML_SHIFT_DATE,
  TOMONI_XML_SHIFT_START_MINUTE,
  TOMONI_XML_SHIFT_END_MINUTE,
  TOMONI_XML_SHIFT_SLOT_UUID,
  TOMONI_XML_SHIFT_SLOT_ROLE,
  TOMONI_XML_SHIFT_SLOT_NEEDED,
  TOMONI_XML_SHIFT_ASSIGNMENT_UUID,
  TOMONI_XML_SHIFT_PERSON_UUID,
  TOMONI_XML_SHIFT_PERSON_PSEUDONYM,
  TOMONI_XML_SHIFT_CHECKIN,
  TOMONI_XML_SHIFT_MINUTES,
  TOMONI_XML_SHIFT_N_COLUMNS
} TomoniXmlShiftColumn;

typedef enum {
  TOMONI_XML_COUNT_TARGET,
  TOMONI_XML_COUNT_RULE,
  TOMONI_XML_COUNT_CLASSES,
  TOMONI_XML_COUNT_ACTIVITIES,
  TOMONI_XML_COUNT_VALUE,
  TOMONI_XML_COUNT_N_COLUMNS
} TomoniXmlCountColumn;

/* Return FALSE with @error set to stop the query. */
typedef gboolean (*TomoniXmlRowFunc) (const char * const  *columns,
                                      guint                n_columns,
                                      gpointer             user_data,
                                      GError             **error);

void      tomoni_xml_filter_clear     (TomoniXmlFilter   *filter);
gboolean  tomoni_xml_filter_check     (const TomoniXmlFilter *filter,
                                       GError           **error);

gboolean  tomoni_store_xml_query      (TomoniStore            *self,
                                       TomoniXmlSection        section,
                                       const TomoniXmlFilter  *filter,
                                       TomoniXmlRowFunc        func,
                                       gpointer                user_data,
                                       GError                **error);

/* Choices for an export dialog: UUIDs and titles, ordered by title. */
typedef enum {
  TOMONI_XML_LIST_CLASSES,
  TOMONI_XML_LIST_ACTIVITIES,
  TOMONI_XML_LIST_VENUES,
} TomoniXmlList;

gboolean  tomoni_store_xml_list       (TomoniStore            *self,
                                       TomoniXmlList           what,
                                       char                 ***out_uuids,
                                       char                 ***out_titles,
                                       GError                **error);

/* What an import adds, per kind of record. */
typedef enum {
  TOMONI_XML_RECORD_VENUE,
  TOMONI_XML_RECORD_CLASS,
  TOMONI_XML_RECORD_TERM,
  TOMONI_XML_RECORD_ACTIVITY,
  TOMONI_XML_RECORD_PERSON,
  TOMONI_XML_RECORD_SESSION,
  TOMONI_XML_RECORD_ATTENDANCE,
  TOMONI_XML_RECORD_SHIFT,
  TOMONI_XML_RECORD_SLOT,
  TOMONI_XML_RECORD_CHECKIN,
  TOMONI_XML_N_RECORDS
} TomoniXmlRecord;

const char *tomoni_xml_record_get_label (TomoniXmlRecord record);

typedef struct _TomoniXmlMerge TomoniXmlMerge;

TomoniXmlMerge *tomoni_xml_merge_new        (TomoniStore     *store,
                                             gboolean         pseudonymised,
                                             GError         **error);
void            tomoni_xml_merge_free       (TomoniXmlMerge  *merge);
gboolean        tomoni_xml_merge_commit     (TomoniXmlMerge  *merge,
                                             GError         **error);
guint           tomoni_xml_merge_get_added  (TomoniXmlMerge  *merge,
                                             TomoniXmlRecord  record);
guint           tomoni_xml_merge_get_unchanged (TomoniXmlMerge *merge,
                                                TomoniXmlRecord record);

/* Each takes the values as they appear in the file; NULL for an absent
 * optional value. References are UUIDs (people: the file's person id). */
gboolean  tomoni_xml_merge_venue      (TomoniXmlMerge  *merge,
                                       const char      *uuid,
                                       const char      *name,
                                       const char      *name_en,
                                       const char      *address,
                                       const char      *ward,
                                       GError         **error);
gboolean  tomoni_xml_merge_class      (TomoniXmlMerge  *merge,
                                       const char      *uuid,
                                       const char      *venue,
                                       const char      *title,
                                       const char      *title_en,
                                       const char      *level,
                                       const char      *format,
                                       const char      *target_group,
                                       const char      *capacity,
                                       GError         **error);
gboolean  tomoni_xml_merge_term       (TomoniXmlMerge  *merge,
                                       const char      *uuid,
                                       const char      *class_uuid,
                                       const char      *name,
                                       const char      *start_date,
                                       const char      *end_date,
                                       GError         **error);
gboolean  tomoni_xml_merge_activity   (TomoniXmlMerge  *merge,
                                       const char      *uuid,
                                       const char      *venue,
                                       const char      *title,
                                       const char      *title_en,
                                       const char      *kind,
                                       gboolean         confidential,
                                       GError         **error);
gboolean  tomoni_xml_merge_person     (TomoniXmlMerge  *merge,
                                       const char      *id,
                                       const char      *pseudonym,
                                       const char      *family_name,
                                       const char      *given_name,
                                       const char      *reading,
                                       const char      *latin_name,
                                       const char      *nationality,
                                       GError         **error);
/* Sessions and shifts hold the records that follow them. */
gboolean  tomoni_xml_merge_session    (TomoniXmlMerge  *merge,
                                       const char      *uuid,
                                       const char      *class_uuid,
                                       const char      *term_uuid,
                                       const char      *date,
                                       int              start_minute,
                                       int              end_minute,
                                       const char      *status,
                                       GError         **error);
gboolean  tomoni_xml_merge_attendance (TomoniXmlMerge  *merge,
                                       const char      *uuid,
                                       const char      *person,
                                       const char      *status,
                                       const char      *kind,
                                       const char      *minutes,
                                       GError         **error);
gboolean  tomoni_xml_merge_shift      (TomoniXmlMerge  *merge,
                                       const char      *uuid,
                                       const char      *activity_uuid,
                                       const char      *date,
                                       int              start_minute,
                                       int              end_minute,
                                       GError         **error);
gboolean  tomoni_xml_merge_slot       (TomoniXmlMerge  *merge,
                                       const char      *uuid,
                                       const char      *role,
                                       const char      *needed,
                                       GError         **error);
gboolean  tomoni_xml_merge_checkin    (TomoniXmlMerge  *merge,
                                       const char      *uuid,
                                       const char      *person,
                                       const char      *status,
                                       const char      *minutes,
                                       GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniXmlMerge, tomoni_xml_merge_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TomoniXmlFilter, tomoni_xml_filter_clear)

G_END_DECLS
