/* tomoni-volunteer.c: a person's volunteer registration
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-volunteer"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-date.h"
#include "tomoni-limits.h"
#include "tomoni-store.h"
#include "tomoni-text.h"
#include "tomoni-volunteer.h"

/* Enumerations */

static const char * const level_names[] = {
  [TOMONI_LEVEL_NONE] = "",
  [TOMONI_LEVEL_BASIC] = "basic",
  [TOMONI_LEVEL_CONVERSATIONAL] = "conversational",
  [TOMONI_LEVEL_BUSINESS] = "business",
  [TOMONI_LEVEL_FLUENT] = "fluent",
  [TOMONI_LEVEL_NATIVE] = "native",
};

static const char * const level_labels[] = {
  [TOMONI_LEVEL_NONE] = N_("None"),
  /* Translators: language levels of a volunteer */
  [TOMONI_LEVEL_BASIC] = N_("Basic"),
  [TOMONI_LEVEL_CONVERSATIONAL] = N_("Conversational"),
  [TOMONI_LEVEL_BUSINESS] = N_("Business"),
  [TOMONI_LEVEL_FLUENT] = N_("Fluent"),
  [TOMONI_LEVEL_NATIVE] = N_("Native"),
};

const char *
tomoni_language_level_to_string (TomoniLanguageLevel level)
{
  g_return_val_if_fail (level <= TOMONI_LEVEL_NATIVE, "");
  return level_names[level];
}

const char *
tomoni_language_level_get_label (TomoniLanguageLevel level)
{
  g_return_val_if_fail (level <= TOMONI_LEVEL_NATIVE, "");
  return _(level_labels[level]);
}

gboolean
tomoni_language_level_from_string (const char          *text,
                                   TomoniLanguageLevel *out_level)
{
  static const struct { const char *alias; TomoniLanguageLevel level; } aliases[] = {
    { "母語", TOMONI_LEVEL_NATIVE }, { "ネイティブ", TOMONI_LEVEL_NATIVE },
    { "流暢", TOMONI_LEVEL_FLUENT }, { "ビジネス", TOMONI_LEVEL_BUSINESS },
    { "日常会話", TOMONI_LEVEL_CONVERSATIONAL }, { "会話", TOMONI_LEVEL_CONVERSATIONAL },
    { "初級", TOMONI_LEVEL_BASIC }, { "基礎", TOMONI_LEVEL_BASIC },
  };

  if (text == NULL)
    return FALSE;
  for (guint i = TOMONI_LEVEL_BASIC; i <= TOMONI_LEVEL_NATIVE; i++)
    if (g_ascii_strcasecmp (text, level_names[i]) == 0)
      {
        *out_level = i;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (text, aliases[i].alias))
      {
        *out_level = aliases[i].level;
        return TRUE;
      }
  return FALSE;
}

static const char * const status_names[] = { "active", "paused", "retired" };
static const char * const status_labels[] = {
  /* Translators: status of a volunteer */
  N_("Active"), N_("Paused"), N_("Retired")
};

const char *
tomoni_volunteer_status_to_string (TomoniVolunteerStatus status)
{
  g_return_val_if_fail (status <= TOMONI_VOLUNTEER_RETIRED, "");
  return status_names[status];
}

const char *
tomoni_volunteer_status_get_label (TomoniVolunteerStatus status)
{
  g_return_val_if_fail (status <= TOMONI_VOLUNTEER_RETIRED, "");
  return _(status_labels[status]);
}

gboolean
tomoni_volunteer_status_from_string (const char            *text,
                                     TomoniVolunteerStatus *out_status)
{
  static const char * const ja[] = { "活動中", "休止中", "退会" };

  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_ascii_strcasecmp (text, status_names[i]) == 0 || g_str_equal (text, ja[i]))
      {
        *out_status = i;
        return TRUE;
      }
  return FALSE;
}

/* ISO 639-1, all 183 codes. */
static const char iso639_1[] =
  "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy "
  "da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht "
  "hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky "
  "la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny "
  "oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss "
  "st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo "
  "za zh zu ";

static const struct { const char *code; const char *name; } language_names[] = {
  { "ja", N_("Japanese") }, { "en", N_("English") }, { "zh", N_("Chinese") },
  { "ko", N_("Korean") }, { "vi", N_("Vietnamese") }, { "tl", N_("Tagalog") },
  { "ne", N_("Nepali") }, { "id", N_("Indonesian") }, { "th", N_("Thai") },
  { "my", N_("Burmese") }, { "pt", N_("Portuguese") }, { "es", N_("Spanish") },
  { "fr", N_("French") }, { "de", N_("German") }, { "ru", N_("Russian") },
  { "uk", N_("Ukrainian") }, { "mn", N_("Mongolian") }, { "si", N_("Sinhala") },
  { "bn", N_("Bengali") }, { "hi", N_("Hindi") }, { "ur", N_("Urdu") },
  { "km", N_("Khmer") }, { "lo", N_("Lao") }, { "ms", N_("Malay") },
  { "ar", N_("Arabic") }, { "fa", N_("Persian") }, { "tr", N_("Turkish") },
  { "it", N_("Italian") }, { "uz", N_("Uzbek") },
};

gboolean
tomoni_language_code_is_known (const char *code)
{
  char key[4];

  if (code == NULL || strlen (code) != 2 || !g_ascii_islower (code[0]) || !g_ascii_islower (code[1]))
    return FALSE;
  key[0] = code[0];
  key[1] = code[1];
  key[2] = ' ';
  key[3] = '\0';
  return strstr (iso639_1, key) != NULL && (strstr (iso639_1, key) - iso639_1) % 3 == 0;
}

const char *
tomoni_language_code_get_name (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_names); i++)
    if (g_strcmp0 (code, language_names[i].code) == 0)
      return _(language_names[i].name);
  return NULL;
}

gboolean
tomoni_jlpt_from_string (const char *text,
                         int        *out_jlpt)
{
  g_autofree char *norm = tomoni_text_normalize (text);

  *out_jlpt = 0;
  if (norm == NULL || strlen (norm) != 2 || (norm[0] != 'N' && norm[0] != 'n')
      || norm[1] < '1' || norm[1] > '5')
    return FALSE;
  *out_jlpt = norm[1] - '0';
  return TRUE;
}

/* The object */

struct _TomoniVolunteer
{
  GObject                parent_instance;

  gint64                 person_id;
  char                  *uuid;
  char                  *person_uuid;
  char                  *display_name;
  char                  *reading;
  TomoniVolunteerStatus  status;
  char                  *registered_on;
  char                  *expires_on;
  guint                  monthly_cap;
  char                  *notes;
  guint                  n_shifts;
  char                  *last_activity_date;

  GArray                *languages;
  GStrv                  skills;
  GPtrArray             *trainings;
  GArray                *availability;
  GStrv                  unavailable;
};

G_DEFINE_FINAL_TYPE (TomoniVolunteer, tomoni_volunteer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_UUID,
  PROP_PERSON_UUID,
  PROP_DISPLAY_NAME,
  PROP_READING,
  PROP_STATUS,
  PROP_REGISTERED_ON,
  PROP_EXPIRES_ON,
  PROP_MONTHLY_CAP,
  PROP_NOTES,
  PROP_N_SHIFTS,
  PROP_LAST_ACTIVITY_DATE,
  PROP_LANGUAGES_TEXT,
  PROP_SKILLS_TEXT,
  PROP_TRAININGS_TEXT,
  PROP_AVAILABILITY_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
training_record_free (gpointer data)
{
  TomoniTrainingRecord *record = data;

  g_free (record->key);
  g_free (record->completed_on);
  g_free (record);
}

static void
tomoni_volunteer_finalize (GObject *object)
{
  TomoniVolunteer *self = (TomoniVolunteer *)object;

  g_free (self->uuid);
  g_free (self->person_uuid);
  g_free (self->display_name);
  g_free (self->reading);
  g_free (self->registered_on);
  g_free (self->expires_on);
  g_free (self->notes);
  g_free (self->last_activity_date);
  g_array_unref (self->languages);
  g_strfreev (self->skills);
  g_ptr_array_unref (self->trainings);
  g_array_unref (self->availability);
  g_strfreev (self->unavailable);

  G_OBJECT_CLASS (tomoni_volunteer_parent_class)->finalize (object);
}

static void
tomoni_volunteer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TomoniVolunteer *self = TOMONI_VOLUNTEER (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID: g_value_set_int64 (value, self->person_id); break;
    case PROP_UUID: g_value_set_string (value, self->uuid); break;
    case PROP_PERSON_UUID: g_value_set_string (value, self->person_uuid); break;
    case PROP_DISPLAY_NAME: g_value_set_string (value, self->display_name); break;
    case PROP_READING: g_value_set_string (value, self->reading); break;
    case PROP_STATUS: g_value_set_string (value, status_names[self->status]); break;
    case PROP_REGISTERED_ON: g_value_set_string (value, self->registered_on); break;
    case PROP_EXPIRES_ON: g_value_set_string (value, self->expires_on); break;
    case PROP_MONTHLY_CAP: g_value_set_uint (value, self->monthly_cap); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_N_SHIFTS: g_value_set_uint (value, self->n_shifts); break;
    case PROP_LAST_ACTIVITY_DATE: g_value_set_string (value, self->last_activity_date); break;
    case PROP_LANGUAGES_TEXT: g_value_take_string (value, tomoni_volunteer_format_languages (self)); break;
    case PROP_SKILLS_TEXT: g_value_take_string (value, tomoni_volunteer_format_skills (self)); break;
    case PROP_TRAININGS_TEXT: g_value_take_string (value, tomoni_volunteer_format_trainings (self)); break;
    case PROP_AVAILABILITY_TEXT: g_value_take_string (value, tomoni_volunteer_format_availability (self)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_volunteer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TomoniVolunteer *self = TOMONI_VOLUNTEER (object);
  TomoniVolunteerStatus status;

  switch (prop_id)
    {
    case PROP_PERSON_ID: tomoni_volunteer_set_person_id (self, g_value_get_int64 (value)); break;
    case PROP_UUID: tomoni_volunteer_set_uuid (self, g_value_get_string (value)); break;
    case PROP_PERSON_UUID: tomoni_volunteer_set_person_uuid (self, g_value_get_string (value)); break;
    case PROP_DISPLAY_NAME: tomoni_volunteer_set_display_name (self, g_value_get_string (value)); break;
    case PROP_READING: tomoni_volunteer_set_reading (self, g_value_get_string (value)); break;
    case PROP_STATUS:
      if (tomoni_volunteer_status_from_string (g_value_get_string (value), &status))
        tomoni_volunteer_set_status (self, status);
      break;
    case PROP_REGISTERED_ON: tomoni_volunteer_set_registered_on (self, g_value_get_string (value)); break;
    case PROP_EXPIRES_ON: tomoni_volunteer_set_expires_on (self, g_value_get_string (value)); break;
    case PROP_MONTHLY_CAP: tomoni_volunteer_set_monthly_cap (self, g_value_get_uint (value)); break;
    case PROP_NOTES: tomoni_volunteer_set_notes (self, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_volunteer_class_init (TomoniVolunteerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_volunteer_finalize;
  object_class->get_property = tomoni_volunteer_get_property;
  object_class->set_property = tomoni_volunteer_set_property;

  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, rw);
  properties[PROP_PERSON_UUID] = g_param_spec_string ("person-uuid", NULL, NULL, NULL, rw);
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, "", rw);
  properties[PROP_READING] = g_param_spec_string ("reading", NULL, NULL, "", rw);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "active", rw);
  properties[PROP_REGISTERED_ON] = g_param_spec_string ("registered-on", NULL, NULL, NULL, rw);
  properties[PROP_EXPIRES_ON] = g_param_spec_string ("expires-on", NULL, NULL, NULL, rw);
  properties[PROP_MONTHLY_CAP] = g_param_spec_uint ("monthly-cap", NULL, NULL, 0, 1000, 4, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_N_SHIFTS] = g_param_spec_uint ("n-shifts", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_LAST_ACTIVITY_DATE] = g_param_spec_string ("last-activity-date", NULL, NULL, "", ro);
  properties[PROP_LANGUAGES_TEXT] = g_param_spec_string ("languages-text", NULL, NULL, "", ro);
  properties[PROP_SKILLS_TEXT] = g_param_spec_string ("skills-text", NULL, NULL, "", ro);
  properties[PROP_TRAININGS_TEXT] = g_param_spec_string ("trainings-text", NULL, NULL, "", ro);
  properties[PROP_AVAILABILITY_TEXT] = g_param_spec_string ("availability-text", NULL, NULL, "", ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_volunteer_init (TomoniVolunteer *self)
{
  self->display_name = g_strdup ("");
  self->reading = g_strdup ("");
  self->notes = g_strdup ("");
  self->last_activity_date = g_strdup ("");
  self->monthly_cap = 4;
  self->languages = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));
  self->skills = g_new0 (char *, 1);
  self->trainings = g_ptr_array_new_with_free_func (training_record_free);
  self->availability = g_array_new (FALSE, TRUE, sizeof (TomoniAvailability));
  self->unavailable = g_new0 (char *, 1);
}

TomoniVolunteer *
tomoni_volunteer_new (void)
{
  return g_object_new (TOMONI_TYPE_VOLUNTEER, NULL);
}

static void
set_string (TomoniVolunteer  *self,
            char            **field,
            const char       *value,
            guint             prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

gint64
tomoni_volunteer_get_person_id (TomoniVolunteer *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), 0);
  return self->person_id;
}

void
tomoni_volunteer_set_person_id (TomoniVolunteer *self,
                                gint64           person_id)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));
  if (self->person_id == person_id)
    return;
  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

#define STRING_ACCESSORS(name, field, prop, fallback)                         \
const char *                                                                  \
tomoni_volunteer_get_##name (TomoniVolunteer *self)                          \
{                                                                             \
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), NULL);                    \
  return self->field;                                                         \
}                                                                             \
void                                                                          \
tomoni_volunteer_set_##name (TomoniVolunteer *self,                          \
                             const char      *value)                          \
{                                                                             \
  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));                              \
  set_string (self, &self->field, value != NULL ? value : (fallback), prop);  \
}

STRING_ACCESSORS (uuid, uuid, PROP_UUID, NULL)
STRING_ACCESSORS (person_uuid, person_uuid, PROP_PERSON_UUID, NULL)
STRING_ACCESSORS (display_name, display_name, PROP_DISPLAY_NAME, "")
STRING_ACCESSORS (reading, reading, PROP_READING, "")
STRING_ACCESSORS (registered_on, registered_on, PROP_REGISTERED_ON, NULL)
STRING_ACCESSORS (expires_on, expires_on, PROP_EXPIRES_ON, NULL)
STRING_ACCESSORS (notes, notes, PROP_NOTES, "")
STRING_ACCESSORS (last_activity_date, last_activity_date, PROP_LAST_ACTIVITY_DATE, "")

TomoniVolunteerStatus
tomoni_volunteer_get_status (TomoniVolunteer *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), TOMONI_VOLUNTEER_ACTIVE);
  return self->status;
}

void
tomoni_volunteer_set_status (TomoniVolunteer       *self,
                             TomoniVolunteerStatus  status)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));
  g_return_if_fail (status <= TOMONI_VOLUNTEER_RETIRED);
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

guint
tomoni_volunteer_get_monthly_cap (TomoniVolunteer *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), 0);
  return self->monthly_cap;
}

void
tomoni_volunteer_set_monthly_cap (TomoniVolunteer *self,
                                  guint            cap)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));
  if (self->monthly_cap == cap)
    return;
  self->monthly_cap = cap;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTHLY_CAP]);
}

guint
tomoni_volunteer_get_n_shifts (TomoniVolunteer *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), 0);
  return self->n_shifts;
}

void
tomoni_volunteer_set_n_shifts (TomoniVolunteer *self,
                               guint            n)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));
  if (self->n_shifts == n)
    return;
  self->n_shifts = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHIFTS]);
}

GArray *
tomoni_volunteer_get_languages (TomoniVolunteer *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), NULL);
  return self->languages;
}

void
tomoni_volunteer_set_languages (TomoniVolunteer      *self,
                                const TomoniLanguage *languages,
                                guint                 n)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));
  g_array_set_size (self->languages, 0);
  if (n > 0)
    g_array_append_vals (self->languages, languages, n);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES_TEXT]);
}

TomoniLanguageLevel
tomoni_volunteer_get_language_level (TomoniVolunteer *self,
                                     const char      *code)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), TOMONI_LEVEL_NONE);
  for (guint i = 0; i < self->languages->len; i++)
    if (g_str_equal (g_array_index (self->languages, TomoniLanguage, i).code, code))
      return g_array_index (self->languages, TomoniLanguage, i).level;
  return TOMONI_LEVEL_NONE;
}

const char * const *
tomoni_volunteer_get_skills (TomoniVolunteer *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), NULL);
  return (const char * const *)self->skills;
}

void
tomoni_volunteer_set_skills (TomoniVolunteer    *self,
                             const char * const *keys)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));
  g_strfreev (self->skills);
  self->skills = keys != NULL ? g_strdupv ((char **)keys) : g_new0 (char *, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKILLS_TEXT]);
}

GPtrArray *
tomoni_volunteer_get_trainings (TomoniVolunteer *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), NULL);
  return self->trainings;
}

void
tomoni_volunteer_add_training (TomoniVolunteer *self,
                               const char      *key,
                               const char      *completed_on)
{
  TomoniTrainingRecord *record;

  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));
  g_return_if_fail (key != NULL && completed_on != NULL);

  for (guint i = 0; i < self->trainings->len; i++)
    {
      record = g_ptr_array_index (self->trainings, i);
      if (g_str_equal (record->key, key))
        {
          g_free (record->completed_on);
          record->completed_on = g_strdup (completed_on);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAININGS_TEXT]);
          return;
        }
    }
  record = g_new0 (TomoniTrainingRecord, 1);
  record->key = g_strdup (key);
  record->completed_on = g_strdup (completed_on);
  g_ptr_array_add (self->trainings, record);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAININGS_TEXT]);
}

void
tomoni_volunteer_clear_trainings (TomoniVolunteer *self)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));
  if (self->trainings->len == 0)
    return;
  g_ptr_array_set_size (self->trainings, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAININGS_TEXT]);
}

GArray *
tomoni_volunteer_get_availability (TomoniVolunteer *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), NULL);
  return self->availability;
}

void
tomoni_volunteer_set_availability (TomoniVolunteer          *self,
                                   const TomoniAvailability *ranges,
                                   guint                     n)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));
  g_array_set_size (self->availability, 0);
  if (n > 0)
    g_array_append_vals (self->availability, ranges, n);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABILITY_TEXT]);
}

const char * const *
tomoni_volunteer_get_unavailable_dates (TomoniVolunteer *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), NULL);
  return (const char * const *)self->unavailable;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

void
tomoni_volunteer_set_unavailable_dates (TomoniVolunteer    *self,
                                        const char * const *dates)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER (self));
  g_strfreev (self->unavailable);
  self->unavailable = dates != NULL ? g_strdupv ((char **)dates) : g_new0 (char *, 1);
  qsort (self->unavailable, g_strv_length (self->unavailable), sizeof (char *), compare_strings);
}

gboolean
tomoni_volunteer_is_registered_on (TomoniVolunteer *self,
                                   const char      *date)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  return self->registered_on != NULL && self->expires_on != NULL
         && strcmp (date, self->registered_on) >= 0 && strcmp (date, self->expires_on) <= 0;
}

/**
 * tomoni_volunteer_check_limits:
 *
 * Whether the volunteer's free text fits the limits of tomoni-limits.h
 * (the notes: %TOMONI_MAX_NOTES_LENGTH characters); the keys are checked
 * where they are parsed. TOMONI_STORE_ERROR_INVALID names the field.
 */
gboolean
tomoni_volunteer_check_limits (TomoniVolunteer  *self,
                               GError          **error)
{
  glong length;

  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), FALSE);

  length = g_utf8_strlen (self->notes, -1);
  if (length > TOMONI_MAX_NOTES_LENGTH)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "Notes: at most %d character, these have %ld",
                                "Notes: at most %d characters, these have %ld", TOMONI_MAX_NOTES_LENGTH),
                   TOMONI_MAX_NOTES_LENGTH, length);
      return FALSE;
    }
  return TRUE;
}

/* Text forms */

static gboolean
fail (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError     **error,
      const char  *format,
      ...)
{
  va_list args;
  char *message;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID, message);
  g_free (message);
  return FALSE;
}

/* Splits a list on ';' (after NFKC, which turns '；' into ';') and '、',
 * trimming parts and dropping empty ones. NULL on invalid UTF-8. */
static GPtrArray *
split_list (const char *text)
{
  g_autofree char *norm = tomoni_text_normalize (text);
  g_auto(GStrv) parts = NULL;
  GPtrArray *out;

  if (norm == NULL)
    return NULL;
  out = g_ptr_array_new_with_free_func (g_free);
  parts = g_strsplit_set (norm, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) sub = g_strsplit (parts[i], "、", -1);
      for (guint j = 0; sub[j] != NULL; j++)
        {
          char *part = g_strstrip (g_strdup (sub[j]));
          if (*part == '\0')
            g_free (part);
          else
            g_ptr_array_add (out, part);
        }
    }
  return out;
}

gboolean
tomoni_language_parse (const char      *text,
                       TomoniLanguage  *out,
                       GError         **error)
{
  g_autofree char *norm = tomoni_text_normalize (text);
  g_auto(GStrv) parts = NULL;
  TomoniLanguage language = { { 0 }, TOMONI_LEVEL_NONE, 0 };
  g_autofree char *code = NULL;
  guint n;

  if (norm == NULL || *norm == '\0')
    return fail (error, _("Languages: a language is empty"));
  parts = g_strsplit (norm, ":", -1);
  n = g_strv_length (parts);
  code = g_ascii_strdown (g_strstrip (parts[0]), -1);
  if (!tomoni_language_code_is_known (code))
    return fail (error, _("Languages: “%s” is not an ISO 639-1 language code (like vi, en, zh)"), parts[0]);
  if (n < 2)
    return fail (error, _("Languages: “%s” has no level (native, fluent, business, conversational or basic)"), norm);
  if (n > 3)
    return fail (error, _("Languages: “%s” has too many parts (code:level or ja:level:JLPT)"), norm);
  if (!tomoni_language_level_from_string (g_strstrip (parts[1]), &language.level))
    return fail (error, _("Languages: “%s” is not a level (native, fluent, business, conversational or basic)"), parts[1]);
  if (n == 3)
    {
      if (!g_str_equal (code, "ja"))
        return fail (error, _("Languages: a JLPT level is only for Japanese (ja), not “%s”"), code);
      if (!tomoni_jlpt_from_string (g_strstrip (parts[2]), &language.jlpt))
        return fail (error, _("Languages: “%s” is not a JLPT level (N1 … N5)"), parts[2]);
    }
  memcpy (language.code, code, 3);
  *out = language;
  return TRUE;
}

char *
tomoni_language_format (const TomoniLanguage *language)
{
  if (language->jlpt > 0)
    return g_strdup_printf ("%s:%s:N%d", language->code,
                            level_names[language->level], language->jlpt);
  return g_strdup_printf ("%s:%s", language->code, level_names[language->level]);
}

gboolean
tomoni_volunteer_parse_languages (TomoniVolunteer  *self,
                                  const char       *text,
                                  GError          **error)
{
  g_autoptr(GPtrArray) parts = split_list (text);
  g_autoptr(GArray) languages = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));

  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), FALSE);
  if (parts == NULL)
    return fail (error, _("Languages: the text is not valid UTF-8"));
  for (guint i = 0; i < parts->len; i++)
    {
      TomoniLanguage language;

      if (!tomoni_language_parse (g_ptr_array_index (parts, i), &language, error))
        return FALSE;
      for (guint j = 0; j < languages->len; j++)
        if (g_str_equal (g_array_index (languages, TomoniLanguage, j).code, language.code))
          return fail (error, _("Languages: “%s” is given twice"), language.code);
      g_array_append_val (languages, language);
    }
  tomoni_volunteer_set_languages (self, (TomoniLanguage *)(void *)languages->data, languages->len);
  return TRUE;
}

static gboolean
is_key (const char *text)
{
  if (text == NULL || *text == '\0' || strlen (text) > TOMONI_MAX_CODE_LENGTH)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

gboolean
tomoni_volunteer_parse_skills (TomoniVolunteer  *self,
                               const char       *text,
                               GError          **error)
{
  g_autoptr(GPtrArray) parts = split_list (text);

  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), FALSE);
  if (parts == NULL)
    return fail (error, _("Skills: the text is not valid UTF-8"));
  for (guint i = 0; i < parts->len; i++)
    {
      char *key = g_ptr_array_index (parts, i);

      for (char *p = key; *p != '\0'; p++)
        *p = (*p == '_') ? '-' : g_ascii_tolower (*p);
      if (strlen (key) > TOMONI_MAX_CODE_LENGTH)
        return fail (error, _("Skills: a skill key has at most %d characters"), TOMONI_MAX_CODE_LENGTH);
      if (!is_key (key))
        return fail (error, _("Skills: “%s” is not a skill key (lower-case letters, digits and '-')"), key);
    }
  g_ptr_array_add (parts, NULL);
  tomoni_volunteer_set_skills (self, (const char * const *)parts->pdata);
  return TRUE;
}

/* Any date Tomoni accepts, as 'YYYY-MM-DD'. */
static char *
parse_date (const char  *text,
            const char  *field,
            GError     **error)
{
  g_autoptr(GError) local = NULL;
  GDate date;

  if (!tomoni_date_parse (text, &date, &local))
    {
      fail (error, _("%s: “%s” is not a date (%s)"), field, text, local->message);
      return NULL;
    }
  return tomoni_date_format_iso (&date);
}

gboolean
tomoni_volunteer_parse_trainings (TomoniVolunteer  *self,
                                  const char       *text,
                                  GError          **error)
{
  g_autoptr(GPtrArray) parts = split_list (text);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), FALSE);
  if (parts == NULL)
    return fail (error, _("Trainings: the text is not valid UTF-8"));
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);
      const char *colon = strchr (part, ':');
      g_autofree char *key = NULL;
      char *date;

      if (colon == NULL)
        return fail (error, _("Trainings: “%s” has no completion date (key:YYYY-MM-DD)"), part);
      key = g_strstrip (g_ascii_strdown (part, colon - part));
      if (strlen (key) > TOMONI_MAX_CODE_LENGTH)
        return fail (error, _("Trainings: a training key has at most %d characters"), TOMONI_MAX_CODE_LENGTH);
      if (!is_key (key))
        return fail (error, _("Trainings: “%s” is not a training key"), key);
      date = parse_date (colon + 1, _("Trainings"), error);
      if (date == NULL)
        return FALSE;
      g_ptr_array_add (keys, g_steal_pointer (&key));
      g_ptr_array_add (dates, date);
    }
  tomoni_volunteer_clear_trainings (self);
  for (guint i = 0; i < keys->len; i++)
    tomoni_volunteer_add_training (self, g_ptr_array_index (keys, i), g_ptr_array_index (dates, i));
  return TRUE;
}

static const struct { const char *name; int weekday; } weekday_names[] = {
  { "mon", 1 }, { "tue", 2 }, { "wed", 3 }, { "thu", 4 }, { "fri", 5 }, { "sat", 6 }, { "sun", 7 },
  { "monday", 1 }, { "tuesday", 2 }, { "wednesday", 3 }, { "thursday", 4 }, { "friday", 5 },
  { "saturday", 6 }, { "sunday", 7 }, { "tues", 2 }, { "thur", 4 }, { "thurs", 4 },
  { "月", 1 }, { "火", 2 }, { "水", 3 }, { "木", 4 }, { "金", 5 }, { "土", 6 }, { "日", 7 },
  { "月曜", 1 }, { "火曜", 2 }, { "水曜", 3 }, { "木曜", 4 }, { "金曜", 5 }, { "土曜", 6 }, { "日曜", 7 },
  { "月曜日", 1 }, { "火曜日", 2 }, { "水曜日", 3 }, { "木曜日", 4 }, { "金曜日", 5 }, { "土曜日", 6 }, { "日曜日", 7 },
};

static const char * const weekday_short[] = { "", "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

/* "18:00-21:00" → minutes; end must be after start. */
static gboolean
parse_time_range (const char  *text,
                  const char  *field,
                  int         *out_start,
                  int         *out_end,
                  GError     **error)
{
  g_autofree char *norm = tomoni_text_normalize (text);
  g_autoptr(GError) local = NULL;
  char *dash;

  if (norm == NULL)
    return fail (error, _("%s: the text is not valid UTF-8"), field);
  dash = strchr (norm, '-');
  if (dash == NULL)
    dash = strstr (norm, "〜");
  if (dash == NULL)
    dash = strchr (norm, '~');
  if (dash == NULL)
    return fail (error, _("%s: “%s” is not a time range like 18:00-21:00"), field, norm);
  {
    g_autofree char *first = g_strndup (norm, dash - norm);
    const char *second = dash + (g_str_has_prefix (dash, "〜") ? strlen ("〜") : 1);

    if (!tomoni_time_parse (g_strstrip (first), out_start, &local))
      return fail (error, _("%s: “%s” is an impossible time"), field, first);
    if (!tomoni_time_parse (second, out_end, &local))
      return fail (error, _("%s: “%s” is an impossible time"), field, second);
  }
  if (*out_end <= *out_start)
    return fail (error, _("%s: “%s” ends before it starts"), field, norm);
  return TRUE;
}

gboolean
tomoni_volunteer_parse_availability (TomoniVolunteer  *self,
                                     const char       *text,
                                     GError          **error)
{
  g_autoptr(GPtrArray) parts = split_list (text);
  g_autoptr(GArray) ranges = g_array_new (FALSE, TRUE, sizeof (TomoniAvailability));

  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), FALSE);
  if (parts == NULL)
    return fail (error, _("Availability: the text is not valid UTF-8"));
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);
      const char *space = strchr (part, ' ');
      g_autofree char *day = NULL;
      TomoniAvailability range = { 0, 0, 0 };

      if (space == NULL)
        {
          /* "土9:00-17:00": a Japanese weekday glued to the time */
          const char *p = part;
          while (*p != '\0' && !g_ascii_isdigit (*p))
            p = g_utf8_next_char (p);
          space = p;
        }
      day = g_ascii_strdown (part, space - part);
      g_strstrip (day);
      if (g_str_has_prefix (day, "(") || g_str_has_suffix (day, ")"))
        {
          g_autofree char *inner = g_strdup (day + (day[0] == '(' ? 1 : 0));
          if (g_str_has_suffix (inner, ")"))
            inner[strlen (inner) - 1] = '\0';
          g_free (day);
          day = g_steal_pointer (&inner);
        }
      for (guint j = 0; j < G_N_ELEMENTS (weekday_names); j++)
        if (g_str_equal (day, weekday_names[j].name))
          range.weekday = weekday_names[j].weekday;
      if (range.weekday == 0)
        return fail (error, _("Availability: “%s” is not a weekday (mon … sun)"), day);
      if (!parse_time_range (space, _("Availability"), &range.start_minute, &range.end_minute, error))
        return FALSE;
      g_array_append_val (ranges, range);
    }
  tomoni_volunteer_set_availability (self, (TomoniAvailability *)(void *)ranges->data, ranges->len);
  return TRUE;
}

gboolean
tomoni_volunteer_parse_unavailable_dates (TomoniVolunteer  *self,
                                          const char       *text,
                                          GError          **error)
{
  g_autoptr(GPtrArray) parts = split_list (text);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (TOMONI_IS_VOLUNTEER (self), FALSE);
  if (parts == NULL)
    return fail (error, _("Unavailable dates: the text is not valid UTF-8"));
  for (guint i = 0; i < parts->len; i++)
    {
      char *date = parse_date (g_ptr_array_index (parts, i), _("Unavailable dates"), error);
      if (date == NULL)
        return FALSE;
      g_ptr_array_add (dates, date);
    }
  g_ptr_array_add (dates, NULL);
  tomoni_volunteer_set_unavailable_dates (self, (const char * const *)dates->pdata);
  return TRUE;
}

char *
tomoni_volunteer_format_languages (TomoniVolunteer *self)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < self->languages->len; i++)
    {
      g_autofree char *one = tomoni_language_format (&g_array_index (self->languages, TomoniLanguage, i));
      if (i > 0)
        g_string_append_c (out, ';');
      g_string_append (out, one);
    }
  return g_string_free (out, FALSE);
}

char *
tomoni_volunteer_format_skills (TomoniVolunteer *self)
{
  return g_strjoinv (";", self->skills);
}

char *
tomoni_volunteer_format_trainings (TomoniVolunteer *self)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < self->trainings->len; i++)
    {
      TomoniTrainingRecord *record = g_ptr_array_index (self->trainings, i);
      g_string_append_printf (out, "%s%s:%s", i > 0 ? ";" : "", record->key, record->completed_on);
    }
  return g_string_free (out, FALSE);
}

char *
tomoni_volunteer_format_availability (TomoniVolunteer *self)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < self->availability->len; i++)
    {
      TomoniAvailability *range = &g_array_index (self->availability, TomoniAvailability, i);
      g_string_append_printf (out, "%s%s %02d:%02d-%02d:%02d", i > 0 ? ";" : "",
                              weekday_short[range->weekday],
                              range->start_minute / 60, range->start_minute % 60,
                              range->end_minute / 60, range->end_minute % 60);
    }
  return g_string_free (out, FALSE);
}

char *
tomoni_volunteer_format_unavailable_dates (TomoniVolunteer *self)
{
  return g_strjoinv (";", self->unavailable);
}
