/* tomoni-person.c: a person: learner, volunteer, teacher or contact
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-person"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-limits.h"
#include "tomoni-person.h"
#include "tomoni-store.h"
#include "tomoni-text.h"

struct _TomoniPerson
{
  GObject   parent_instance;

  gint64    id;
  char     *uuid;
  char     *fields[TOMONI_PERSON_N_FIELDS];
  char     *pseudonym;
  char     *created_at;
  char     *updated_at;
  guint     consent : 1;
  guint     erased : 1;
};

G_DEFINE_FINAL_TYPE (TomoniPerson, tomoni_person, G_TYPE_OBJECT)

/* Property ids: the fields first, so that PROP_FIELD0 + field is a field's property. */
enum {
  PROP_0,
  PROP_FIELD0,
  PROP_ID = PROP_FIELD0 + TOMONI_PERSON_N_FIELDS,
  PROP_UUID,
  PROP_CONSENT,
  PROP_ERASED,
  PROP_DISPLAY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *name;      /* property name, CLI option and TSV column */
  const char *label;     /* shown in forms and errors */
} field_info[TOMONI_PERSON_N_FIELDS] = {
  [TOMONI_PERSON_FAMILY_NAME] = { "family-name", N_("Family name") },
  [TOMONI_PERSON_GIVEN_NAME] = { "given-name", N_("Given name") },
  [TOMONI_PERSON_READING] = { "reading", N_("Reading (katakana)") },
  [TOMONI_PERSON_LATIN_NAME] = { "latin-name", N_("Name in Latin letters") },
  [TOMONI_PERSON_ALIAS] = { "alias", N_("Alias") },
  [TOMONI_PERSON_NATIONALITY] = { "nationality", N_("Nationality") },
  [TOMONI_PERSON_BIRTH_DATE] = { "birth-date", N_("Date of birth") },
  [TOMONI_PERSON_AGE_BAND] = { "age-band", N_("Age band") },
  [TOMONI_PERSON_GENDER] = { "gender", N_("Gender") },
  [TOMONI_PERSON_WARD] = { "ward", N_("Ward") },
  [TOMONI_PERSON_EMAIL] = { "email", N_("Email") },
  [TOMONI_PERSON_PHONE] = { "phone", N_("Phone") },
  [TOMONI_PERSON_CONTACT_LANGUAGE] = { "contact-language", N_("Contact language") },
  [TOMONI_PERSON_NOTES] = { "notes", N_("Notes") },
};

static void
tomoni_person_finalize (GObject *object)
{
  TomoniPerson *self = (TomoniPerson *)object;

  for (guint i = 0; i < TOMONI_PERSON_N_FIELDS; i++)
    g_free (self->fields[i]);
  g_free (self->uuid);
  g_free (self->pseudonym);
  g_free (self->created_at);
  g_free (self->updated_at);

  G_OBJECT_CLASS (tomoni_person_parent_class)->finalize (object);
}

static void
tomoni_person_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TomoniPerson *self = TOMONI_PERSON (object);

  if (prop_id >= PROP_FIELD0 && prop_id < PROP_FIELD0 + TOMONI_PERSON_N_FIELDS)
    {
      g_value_set_string (value, tomoni_person_get_field (self, prop_id - PROP_FIELD0));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_CONSENT:
      g_value_set_boolean (value, self->consent);
      break;
    case PROP_ERASED:
      g_value_set_boolean (value, self->erased);
      break;
    case PROP_DISPLAY_NAME:
      g_value_take_string (value, tomoni_person_dup_display_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_person_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TomoniPerson *self = TOMONI_PERSON (object);

  if (prop_id >= PROP_FIELD0 && prop_id < PROP_FIELD0 + TOMONI_PERSON_N_FIELDS)
    {
      tomoni_person_set_field (self, prop_id - PROP_FIELD0, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      tomoni_person_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      tomoni_person_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_CONSENT:
      tomoni_person_set_consent (self, g_value_get_boolean (value));
      break;
    case PROP_ERASED:
      tomoni_person_set_erased (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_person_class_init (TomoniPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_person_finalize;
  object_class->get_property = tomoni_person_get_property;
  object_class->set_property = tomoni_person_set_property;

  for (guint i = 0; i < TOMONI_PERSON_N_FIELDS; i++)
    properties[PROP_FIELD0 + i] = g_param_spec_string (field_info[i].name, NULL, NULL, "", flags);

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_CONSENT] = g_param_spec_boolean ("consent", NULL, NULL, FALSE, flags);
  properties[PROP_ERASED] = g_param_spec_boolean ("erased", NULL, NULL, FALSE, flags);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_person_init (TomoniPerson *self)
{
}

TomoniPerson *
tomoni_person_new (void)
{
  return g_object_new (TOMONI_TYPE_PERSON, NULL);
}

TomoniPerson *
tomoni_person_copy (TomoniPerson *self)
{
  TomoniPerson *copy;

  g_return_val_if_fail (TOMONI_IS_PERSON (self), NULL);

  copy = tomoni_person_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  for (guint i = 0; i < TOMONI_PERSON_N_FIELDS; i++)
    copy->fields[i] = g_strdup (self->fields[i]);
  copy->pseudonym = g_strdup (self->pseudonym);
  copy->created_at = g_strdup (self->created_at);
  copy->updated_at = g_strdup (self->updated_at);
  copy->consent = self->consent;
  copy->erased = self->erased;
  return copy;
}

gint64
tomoni_person_get_id (TomoniPerson *self)
{
  g_return_val_if_fail (TOMONI_IS_PERSON (self), 0);
  return self->id;
}

void
tomoni_person_set_id (TomoniPerson *self,
                      gint64        id)
{
  g_return_if_fail (TOMONI_IS_PERSON (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_person_get_uuid (TomoniPerson *self)
{
  g_return_val_if_fail (TOMONI_IS_PERSON (self), NULL);
  return self->uuid;
}

void
tomoni_person_set_uuid (TomoniPerson *self,
                        const char   *uuid)
{
  g_return_if_fail (TOMONI_IS_PERSON (self));

  if (g_strcmp0 (self->uuid, uuid) == 0)
    return;
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

/**
 * tomoni_person_get_field:
 *
 * Returns: (not nullable): the field's text, "" when unset
 */
const char *
tomoni_person_get_field (TomoniPerson      *self,
                         TomoniPersonField  field)
{
  g_return_val_if_fail (TOMONI_IS_PERSON (self), NULL);
  g_return_val_if_fail (field < TOMONI_PERSON_N_FIELDS, NULL);

  return self->fields[field] != NULL ? self->fields[field] : "";
}

void
tomoni_person_set_field (TomoniPerson      *self,
                         TomoniPersonField  field,
                         const char        *value)
{
  g_return_if_fail (TOMONI_IS_PERSON (self));
  g_return_if_fail (field < TOMONI_PERSON_N_FIELDS);

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (self->fields[field], value) == 0)
    return;

  g_free (self->fields[field]);
  self->fields[field] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD0 + field]);
  if (field == TOMONI_PERSON_FAMILY_NAME || field == TOMONI_PERSON_GIVEN_NAME ||
      field == TOMONI_PERSON_LATIN_NAME)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

const char *
tomoni_person_field_get_name (TomoniPersonField field)
{
  g_return_val_if_fail (field < TOMONI_PERSON_N_FIELDS, NULL);
  return field_info[field].name;
}

const char *
tomoni_person_field_get_label (TomoniPersonField field)
{
  g_return_val_if_fail (field < TOMONI_PERSON_N_FIELDS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, field_info[field].label);
}

gboolean
tomoni_person_field_from_name (const char        *name,
                               TomoniPersonField *out_field)
{
  for (guint i = 0; i < TOMONI_PERSON_N_FIELDS; i++)
    if (g_strcmp0 (name, field_info[i].name) == 0)
      {
        *out_field = i;
        return TRUE;
      }
  return FALSE;
}

guint
tomoni_person_field_get_max_length (TomoniPersonField field)
{
  g_return_val_if_fail (field < TOMONI_PERSON_N_FIELDS, 0);

  switch (field)
    {
    case TOMONI_PERSON_FAMILY_NAME:
    case TOMONI_PERSON_GIVEN_NAME:
    case TOMONI_PERSON_READING:
    case TOMONI_PERSON_LATIN_NAME:
    case TOMONI_PERSON_ALIAS:
      return TOMONI_MAX_TEXT_LENGTH;
    case TOMONI_PERSON_EMAIL:
      return TOMONI_MAX_EMAIL_LENGTH;
    case TOMONI_PERSON_PHONE:
      return TOMONI_MAX_PHONE_LENGTH;
    case TOMONI_PERSON_NOTES:
      return TOMONI_MAX_NOTES_LENGTH;
    case TOMONI_PERSON_NATIONALITY:
    case TOMONI_PERSON_BIRTH_DATE:
    case TOMONI_PERSON_AGE_BAND:
    case TOMONI_PERSON_GENDER:
    case TOMONI_PERSON_WARD:
    case TOMONI_PERSON_CONTACT_LANGUAGE:
    case TOMONI_PERSON_N_FIELDS:
    default:
      return TOMONI_MAX_CODE_LENGTH;
    }
}

gboolean
tomoni_person_get_consent (TomoniPerson *self)
{
  g_return_val_if_fail (TOMONI_IS_PERSON (self), FALSE);
  return self->consent;
}

void
tomoni_person_set_consent (TomoniPerson *self,
                           gboolean      consent)
{
  g_return_if_fail (TOMONI_IS_PERSON (self));

  consent = !!consent;
  if (self->consent == (guint)consent)
    return;
  self->consent = consent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT]);
}

gboolean
tomoni_person_get_erased (TomoniPerson *self)
{
  g_return_val_if_fail (TOMONI_IS_PERSON (self), FALSE);
  return self->erased;
}

void
tomoni_person_set_erased (TomoniPerson *self,
                          gboolean      erased)
{
  g_return_if_fail (TOMONI_IS_PERSON (self));

  erased = !!erased;
  if (self->erased == (guint)erased)
    return;
  self->erased = erased;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERASED]);
}

const char *
tomoni_person_get_pseudonym (TomoniPerson *self)
{
  g_return_val_if_fail (TOMONI_IS_PERSON (self), NULL);
  return self->pseudonym;
}

void
tomoni_person_set_pseudonym (TomoniPerson *self,
                             const char   *pseudonym)
{
  g_return_if_fail (TOMONI_IS_PERSON (self));
  g_free (self->pseudonym);
  self->pseudonym = g_strdup (pseudonym);
}

const char *
tomoni_person_get_created_at (TomoniPerson *self)
{
  g_return_val_if_fail (TOMONI_IS_PERSON (self), NULL);
  return self->created_at;
}

const char *
tomoni_person_get_updated_at (TomoniPerson *self)
{
  g_return_val_if_fail (TOMONI_IS_PERSON (self), NULL);
  return self->updated_at;
}

void
tomoni_person_set_timestamps (TomoniPerson *self,
                              const char   *created_at,
                              const char   *updated_at)
{
  g_return_if_fail (TOMONI_IS_PERSON (self));

  char *created = g_strdup (created_at);
  char *updated = g_strdup (updated_at);

  /* Either may be this object's own string: copy before freeing. */
  g_free (self->created_at);
  self->created_at = created;
  g_free (self->updated_at);
  self->updated_at = updated;
}

/**
 * tomoni_person_dup_display_name:
 *
 * The name as staff write it: family name first ("山田 太郎"), the single name
 * when there is no split, the Latin-letter name when nothing else is known.
 */
char *
tomoni_person_dup_display_name (TomoniPerson *self)
{
  const char *family;
  const char *given;

  g_return_val_if_fail (TOMONI_IS_PERSON (self), NULL);

  if (self->erased)
    return g_strdup (_("(personal data erased)"));

  family = tomoni_person_get_field (self, TOMONI_PERSON_FAMILY_NAME);
  given = tomoni_person_get_field (self, TOMONI_PERSON_GIVEN_NAME);

  if (*family != '\0' && *given != '\0')
    return g_strconcat (family, " ", given, NULL);
  if (*family != '\0')
    return g_strdup (family);
  if (*given != '\0')
    return g_strdup (given);
  return g_strdup (tomoni_person_get_field (self, TOMONI_PERSON_LATIN_NAME));
}

static const char * const ward_keys[] = { "", "chuo", "higashi", "nishi", "minami", "kita", "outside", NULL };
static const char * const ward_labels[] = {
  N_("Not recorded"), N_("Chūō Ward"), N_("Higashi Ward"), N_("Nishi Ward"), N_("Minami Ward"),
  N_("Kita Ward"), N_("Outside the city"),
};

/**
 * tomoni_wards:
 *
 * Returns: the ward keys, "" first, %NULL-terminated
 */
const char * const *
tomoni_wards (void)
{
  return ward_keys;
}

const char *
tomoni_ward_get_label (const char *ward)
{
  for (guint i = 0; ward_keys[i] != NULL; i++)
    if (g_strcmp0 (ward, ward_keys[i]) == 0 || (ward == NULL && i == 0))
      return g_dgettext (GETTEXT_PACKAGE, ward_labels[i]);
  return ward;
}

static void
clear_fields (char **fields)
{
  for (guint j = 0; j < TOMONI_PERSON_N_FIELDS; j++)
    g_clear_pointer (&fields[j], g_free);
}

static gboolean
fail (TomoniPersonField  field,
      TomoniPersonField *out_bad_field,
      GError           **error,
      const char        *problem)
{
  if (out_bad_field != NULL)
    *out_bad_field = field;
  /* Translators: "<field>: <problem>", e.g. "Reading (katakana): use katakana or hiragana only" */
  g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID, _("%s: %s"),
               tomoni_person_field_get_label (field), problem);
  return FALSE;
}

/**
 * tomoni_person_normalize:
 * @out_bad_field: (out) (optional): the field that is wrong
 *
 * Checks the person before it is written, and normalises what staff type:
 * NFKC and trimmed white space everywhere, readings in katakana, dates as
 * YYYY-MM-DD, nationality in upper case. On failure nothing is changed and
 * the error names the field.
 */
gboolean
tomoni_person_normalize (TomoniPerson       *self,
                         TomoniPersonField  *out_bad_field,
                         GError            **error)
{
  char *normalized[TOMONI_PERSON_N_FIELDS] = { 0 };
  const char *family, *given, *latin;

  g_return_val_if_fail (TOMONI_IS_PERSON (self), FALSE);

  for (guint i = 0; i < TOMONI_PERSON_N_FIELDS; i++)
    {
      const char *value = tomoni_person_get_field (self, i);

      if (i == TOMONI_PERSON_NOTES)
        normalized[i] = g_utf8_validate (value, -1, NULL) ? g_strstrip (g_strdup (value)) : NULL;
      else if (i == TOMONI_PERSON_READING)
        normalized[i] = tomoni_text_to_katakana (value);
      else
        normalized[i] = tomoni_text_normalize (value);

      if (normalized[i] == NULL)
        {
          clear_fields (normalized);
          return fail (i, out_bad_field, error, _("the text is not valid UTF-8"));
        }
      if (g_utf8_strlen (normalized[i], -1) > (glong) tomoni_person_field_get_max_length (i))
        {
          g_autofree char *problem =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "at most %u character, this has %ld",
                                          "at most %u characters, this has %ld",
                                          tomoni_person_field_get_max_length (i)),
                             tomoni_person_field_get_max_length (i), g_utf8_strlen (normalized[i], -1));
          clear_fields (normalized);
          return fail (i, out_bad_field, error, problem);
        }
    }

  family = normalized[TOMONI_PERSON_FAMILY_NAME];
  given = normalized[TOMONI_PERSON_GIVEN_NAME];
  latin = normalized[TOMONI_PERSON_LATIN_NAME];

  if (!self->erased && *family == '\0' && *given == '\0' && *latin == '\0')
    goto bad_required;

  if (*normalized[TOMONI_PERSON_READING] != '\0' &&
      !tomoni_text_is_katakana (normalized[TOMONI_PERSON_READING]))
    {
      TomoniPersonField f = TOMONI_PERSON_READING;
      clear_fields (normalized);
      return fail (f, out_bad_field, error, _("use katakana or hiragana only"));
    }

  if (*normalized[TOMONI_PERSON_BIRTH_DATE] != '\0')
    {
      GDate date;
      g_autoptr(GError) date_error = NULL;

      if (!tomoni_date_parse (normalized[TOMONI_PERSON_BIRTH_DATE], &date, &date_error))
        {
          clear_fields (normalized);
          return fail (TOMONI_PERSON_BIRTH_DATE, out_bad_field, error, date_error->message);
        }
      {
        g_autoptr(GDateTime) now = g_date_time_new_now_local ();
        GDate today;

        g_date_clear (&today, 1);
        g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                        g_date_time_get_month (now), g_date_time_get_year (now));
        if (g_date_compare (&date, &today) > 0 || g_date_get_year (&date) < 1900)
          {
            clear_fields (normalized);
            return fail (TOMONI_PERSON_BIRTH_DATE, out_bad_field, error,
                         _("the date must be between 1900 and today"));
          }
      }
      g_free (normalized[TOMONI_PERSON_BIRTH_DATE]);
      normalized[TOMONI_PERSON_BIRTH_DATE] = tomoni_date_format_iso (&date);
    }

  if (*normalized[TOMONI_PERSON_NATIONALITY] != '\0')
    {
      char *up = g_ascii_strup (normalized[TOMONI_PERSON_NATIONALITY], -1);
      gboolean ok = strlen (up) == 2 && g_ascii_isalpha (up[0]) && g_ascii_isalpha (up[1]);

      g_free (normalized[TOMONI_PERSON_NATIONALITY]);
      normalized[TOMONI_PERSON_NATIONALITY] = up;
      if (!ok)
        {
          clear_fields (normalized);
          return fail (TOMONI_PERSON_NATIONALITY, out_bad_field, error,
                       _("use the two-letter country code, for example VN or PH"));
        }
    }

  if (!g_strv_contains (ward_keys, normalized[TOMONI_PERSON_WARD]))
    {
      clear_fields (normalized);
      return fail (TOMONI_PERSON_WARD, out_bad_field, error,
                   _("use chuo, higashi, nishi, minami, kita or outside"));
    }

  if (*normalized[TOMONI_PERSON_EMAIL] != '\0' && strchr (normalized[TOMONI_PERSON_EMAIL], '@') == NULL)
    {
      clear_fields (normalized);
      return fail (TOMONI_PERSON_EMAIL, out_bad_field, error, _("an email address needs an @"));
    }

  for (guint i = 0; i < TOMONI_PERSON_N_FIELDS; i++)
    {
      tomoni_person_set_field (self, i, normalized[i]);
      g_clear_pointer (&normalized[i], g_free);
    }
  return TRUE;

bad_required:
  clear_fields (normalized);
  return fail (TOMONI_PERSON_GIVEN_NAME, out_bad_field, error,
               _("enter a name (a given name alone is fine when there is no family name)"));
}
