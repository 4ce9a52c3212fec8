/* tomoni-volunteer.h: a person's volunteer registration: languages, skills,
 * trainings, weekly availability, unavailable dates, monthly cap, status
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Language levels, ordered: a higher value satisfies a lower requirement.
 * Stored as 'basic', 'conversational', 'business', 'fluent', 'native'. */
typedef enum {
  TOMONI_LEVEL_NONE = 0,
  TOMONI_LEVEL_BASIC,
  TOMONI_LEVEL_CONVERSATIONAL,
  TOMONI_LEVEL_BUSINESS,
  TOMONI_LEVEL_FLUENT,
  TOMONI_LEVEL_NATIVE,
} TomoniLanguageLevel;

typedef enum {
  TOMONI_VOLUNTEER_ACTIVE,
  TOMONI_VOLUNTEER_PAUSED,
  TOMONI_VOLUNTEER_RETIRED,
} TomoniVolunteerStatus;

/* One language of a volunteer, or one language a slot requires (then @level
 * is the minimum level and @jlpt, if not 0, the weakest JLPT level accepted).
 * @jlpt: 0 none, 1 … 5 for N1 … N5 (only for "ja"). */
typedef struct {
  char                code[4];     /* ISO 639-1, lower case, e.g. "vi" */
  TomoniLanguageLevel level;
  int                 jlpt;
} TomoniLanguage;

/* A weekly time range: @weekday 1 = Monday … 7 = Sunday; minutes after
 * midnight, [start, end), end > start, end <= 1440. */
typedef struct {
  int weekday;
  int start_minute;
  int end_minute;
} TomoniAvailability;

/* A completed training: @key is a training key (table `training`),
 * @completed_on 'YYYY-MM-DD'. */
typedef struct {
  char *key;
  char *completed_on;
} TomoniTrainingRecord;

/* Names and labels of the enumerations (names are the stored keys). */
const char *tomoni_language_level_to_string   (TomoniLanguageLevel     level);
const char *tomoni_language_level_get_label   (TomoniLanguageLevel     level);   /* translated */
gboolean    tomoni_language_level_from_string (const char             *text,
                                               TomoniLanguageLevel    *out_level);
const char *tomoni_volunteer_status_to_string (TomoniVolunteerStatus   status);
const char *tomoni_volunteer_status_get_label (TomoniVolunteerStatus   status);  /* translated */
gboolean    tomoni_volunteer_status_from_string (const char           *text,
                                                 TomoniVolunteerStatus *out_status);
/* ISO 639-1 codes Tomoni knows ("vi", "ja", "en", "zh", "ko", "tl", "ne", …). */
gboolean    tomoni_language_code_is_known     (const char             *code);
/* The language's English name ("Vietnamese"), translated; NULL if unknown. */
const char *tomoni_language_code_get_name     (const char             *code);
/* Parses "N2" (also "n2", "Ｎ２"): 1 … 5, or 0 and FALSE. */
gboolean    tomoni_jlpt_from_string           (const char             *text,
                                               int                    *out_jlpt);

#define TOMONI_TYPE_VOLUNTEER (tomoni_volunteer_get_type ())
G_DECLARE_FINAL_TYPE (TomoniVolunteer, tomoni_volunteer, TOMONI, VOLUNTEER, GObject)

/**
 * TomoniVolunteer:
 *
 * The volunteer role of a person (table `volunteer` and its lists). The
 * registry identifies a volunteer by the person's id ("person-id").
 * Properties: "person-id", "uuid" (the volunteer row's), "person-uuid",
 * "display-name" (read from the person, "family given" or the Latin name),
 * "reading", "status" (string key), "registered-on", "expires-on"
 * ('YYYY-MM-DD'), "monthly-cap" (uint), "notes", "languages-text",
 * "skills-text", "trainings-text", "availability-text" (the text forms
 * below, read-only), "n-shifts" (past check-ins 'present', read-only, filled
 * by the store), "last-activity-date" (read-only, "" if none).
 */
TomoniVolunteer *tomoni_volunteer_new                 (void);

gint64        tomoni_volunteer_get_person_id          (TomoniVolunteer *self);
void          tomoni_volunteer_set_person_id          (TomoniVolunteer *self,
                                                       gint64           person_id);
const char   *tomoni_volunteer_get_uuid               (TomoniVolunteer *self);
void          tomoni_volunteer_set_uuid               (TomoniVolunteer *self,
                                                       const char      *uuid);
const char   *tomoni_volunteer_get_person_uuid        (TomoniVolunteer *self);
void          tomoni_volunteer_set_person_uuid        (TomoniVolunteer *self,
                                                       const char      *uuid);
const char   *tomoni_volunteer_get_display_name       (TomoniVolunteer *self);
void          tomoni_volunteer_set_display_name       (TomoniVolunteer *self,
                                                       const char      *name);
const char   *tomoni_volunteer_get_reading            (TomoniVolunteer *self);
void          tomoni_volunteer_set_reading            (TomoniVolunteer *self,
                                                       const char      *reading);
TomoniVolunteerStatus tomoni_volunteer_get_status     (TomoniVolunteer *self);
void          tomoni_volunteer_set_status             (TomoniVolunteer *self,
                                                       TomoniVolunteerStatus status);
const char   *tomoni_volunteer_get_registered_on      (TomoniVolunteer *self);
void          tomoni_volunteer_set_registered_on      (TomoniVolunteer *self,
                                                       const char      *date);
/* NULL or "" on add: the end of the registration's fiscal year (31 March). */
const char   *tomoni_volunteer_get_expires_on         (TomoniVolunteer *self);
void          tomoni_volunteer_set_expires_on         (TomoniVolunteer *self,
                                                       const char      *date);
guint         tomoni_volunteer_get_monthly_cap        (TomoniVolunteer *self);
void          tomoni_volunteer_set_monthly_cap        (TomoniVolunteer *self,
                                                       guint            cap);
const char   *tomoni_volunteer_get_notes              (TomoniVolunteer *self);
void          tomoni_volunteer_set_notes              (TomoniVolunteer *self,
                                                       const char      *notes);
guint         tomoni_volunteer_get_n_shifts           (TomoniVolunteer *self);
void          tomoni_volunteer_set_n_shifts           (TomoniVolunteer *self,
                                                       guint            n);
const char   *tomoni_volunteer_get_last_activity_date (TomoniVolunteer *self);
void          tomoni_volunteer_set_last_activity_date (TomoniVolunteer *self,
                                                       const char      *date);

/* The lists. Getters return the volunteer's own arrays (transfer none);
 * setters copy. Each setter notifies its "*-text" property. */
GArray       *tomoni_volunteer_get_languages          (TomoniVolunteer *self);   /* TomoniLanguage */
void          tomoni_volunteer_set_languages          (TomoniVolunteer *self,
                                                       const TomoniLanguage *languages,
                                                       guint            n);
/* Level of @code for this volunteer, TOMONI_LEVEL_NONE if not spoken. */
TomoniLanguageLevel tomoni_volunteer_get_language_level (TomoniVolunteer *self,
                                                         const char      *code);
const char * const *tomoni_volunteer_get_skills       (TomoniVolunteer *self);   /* skill keys */
void          tomoni_volunteer_set_skills             (TomoniVolunteer *self,
                                                       const char * const *keys);
GPtrArray    *tomoni_volunteer_get_trainings          (TomoniVolunteer *self);   /* TomoniTrainingRecord* */
void          tomoni_volunteer_add_training           (TomoniVolunteer *self,
                                                       const char      *key,
                                                       const char      *completed_on);
void          tomoni_volunteer_clear_trainings        (TomoniVolunteer *self);
GArray       *tomoni_volunteer_get_availability       (TomoniVolunteer *self);   /* TomoniAvailability */
void          tomoni_volunteer_set_availability       (TomoniVolunteer *self,
                                                       const TomoniAvailability *ranges,
                                                       guint            n);
const char * const *tomoni_volunteer_get_unavailable_dates (TomoniVolunteer *self); /* 'YYYY-MM-DD', sorted */
void          tomoni_volunteer_set_unavailable_dates  (TomoniVolunteer *self,
                                                       const char * const *dates);

/* Text forms, as in the CSV import, the CLI and one-line entries in the GUI.
 * Parsers set TOMONI_STORE_ERROR_INVALID with a message naming the part that
 * is wrong, and leave the volunteer unchanged on error.
 *   languages:    "vi:native;ja:business:N2;en:fluent"  (code:level[:JLPT])
 *   skills:       "interpretation;translation"           (skill keys; the store checks them)
 *   trainings:    "orientation:2025-05-10;privacy:2025-06-01"
 *   availability: "tue 18:00-21:00;sat 09:00-17:00"     (mon … sun, also 月 … 日)
 *   unavailable:  "2026-01-10;2026-02-14"
 * Separators: ';' (also '；' and '、'); spaces around parts are ignored. */
gboolean      tomoni_volunteer_check_limits           (TomoniVolunteer *self,
                                                       GError         **error);
gboolean      tomoni_volunteer_parse_languages        (TomoniVolunteer *self,
                                                       const char      *text,
                                                       GError         **error);
gboolean      tomoni_volunteer_parse_skills           (TomoniVolunteer *self,
                                                       const char      *text,
                                                       GError         **error);
gboolean      tomoni_volunteer_parse_trainings        (TomoniVolunteer *self,
                                                       const char      *text,
                                                       GError         **error);
gboolean      tomoni_volunteer_parse_availability     (TomoniVolunteer *self,
                                                       const char      *text,
                                                       GError         **error);
gboolean      tomoni_volunteer_parse_unavailable_dates (TomoniVolunteer *self,
                                                        const char      *text,
                                                        GError         **error);
char         *tomoni_volunteer_format_languages       (TomoniVolunteer *self);
char         *tomoni_volunteer_format_skills          (TomoniVolunteer *self);
char         *tomoni_volunteer_format_trainings       (TomoniVolunteer *self);
char         *tomoni_volunteer_format_availability    (TomoniVolunteer *self);
char         *tomoni_volunteer_format_unavailable_dates (TomoniVolunteer *self);

/* One language requirement or language "vi:fluent" / "ja:business:N2". */
gboolean      tomoni_language_parse                   (const char      *text,
                                                       TomoniLanguage  *out,
                                                       GError         **error);
char         *tomoni_language_format                  (const TomoniLanguage *language);

/* TRUE if @date ('YYYY-MM-DD') lies in the registration [registered_on,
 * expires_on]. */
gboolean      tomoni_volunteer_is_registered_on       (TomoniVolunteer *self,
                                                       const char      *date);

G_END_DECLS
