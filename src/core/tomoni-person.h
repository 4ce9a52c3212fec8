/* tomoni-person.h: a person: learner, volunteer, teacher or contact
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TOMONI_TYPE_PERSON (tomoni_person_get_type ())
G_DECLARE_FINAL_TYPE (TomoniPerson, tomoni_person, TOMONI, PERSON, GObject)

/* The fields a form edits, in the order a form shows them. */
typedef enum {
  TOMONI_PERSON_FAMILY_NAME,
  TOMONI_PERSON_GIVEN_NAME,
  TOMONI_PERSON_READING,
  TOMONI_PERSON_LATIN_NAME,
  TOMONI_PERSON_ALIAS,
  TOMONI_PERSON_NATIONALITY,
  TOMONI_PERSON_BIRTH_DATE,
  TOMONI_PERSON_AGE_BAND,
  TOMONI_PERSON_GENDER,
  TOMONI_PERSON_WARD,
  TOMONI_PERSON_EMAIL,
  TOMONI_PERSON_PHONE,
  TOMONI_PERSON_CONTACT_LANGUAGE,
  TOMONI_PERSON_NOTES,
  TOMONI_PERSON_N_FIELDS
} TomoniPersonField;

TomoniPerson *tomoni_person_new                 (void);
TomoniPerson *tomoni_person_copy                (TomoniPerson      *self);

gint64        tomoni_person_get_id              (TomoniPerson      *self);
void          tomoni_person_set_id              (TomoniPerson      *self,
                                                 gint64             id);
const char   *tomoni_person_get_uuid            (TomoniPerson      *self);
void          tomoni_person_set_uuid            (TomoniPerson      *self,
                                                 const char        *uuid);
const char   *tomoni_person_get_field           (TomoniPerson      *self,
                                                 TomoniPersonField  field);
void          tomoni_person_set_field           (TomoniPerson      *self,
                                                 TomoniPersonField  field,
                                                 const char        *value);
const char   *tomoni_person_field_get_name      (TomoniPersonField  field);
const char   *tomoni_person_field_get_label     (TomoniPersonField  field);
gboolean      tomoni_person_field_from_name     (const char        *name,
                                                 TomoniPersonField *out_field);
/* The most characters the field may hold (tomoni-limits.h): what forms,
 * the CSV import and the store allow, and the XML schema for what is
 * exported. */
guint         tomoni_person_field_get_max_length (TomoniPersonField field);

#define tomoni_person_get_family_name(p) tomoni_person_get_field ((p), TOMONI_PERSON_FAMILY_NAME)
#define tomoni_person_get_given_name(p)  tomoni_person_get_field ((p), TOMONI_PERSON_GIVEN_NAME)
#define tomoni_person_get_reading(p)     tomoni_person_get_field ((p), TOMONI_PERSON_READING)
#define tomoni_person_get_latin_name(p)  tomoni_person_get_field ((p), TOMONI_PERSON_LATIN_NAME)
#define tomoni_person_get_nationality(p) tomoni_person_get_field ((p), TOMONI_PERSON_NATIONALITY)

gboolean      tomoni_person_get_consent         (TomoniPerson      *self);
void          tomoni_person_set_consent         (TomoniPerson      *self,
                                                 gboolean           consent);
const char   *tomoni_person_get_pseudonym       (TomoniPerson      *self);
void          tomoni_person_set_pseudonym       (TomoniPerson      *self,
                                                 const char        *pseudonym);
const char   *tomoni_person_get_created_at      (TomoniPerson      *self);
const char   *tomoni_person_get_updated_at      (TomoniPerson      *self);
void          tomoni_person_set_timestamps      (TomoniPerson      *self,
                                                 const char        *created_at,
                                                 const char        *updated_at);
gboolean      tomoni_person_get_erased          (TomoniPerson      *self);
void          tomoni_person_set_erased          (TomoniPerson      *self,
                                                 gboolean           erased);
char         *tomoni_person_dup_display_name    (TomoniPerson      *self);

/* Wards of Kumamoto City, as stored in the ward field ("" = not recorded). */
const char * const *tomoni_wards                (void);
const char   *tomoni_ward_get_label             (const char        *ward);

gboolean      tomoni_person_normalize           (TomoniPerson      *self,
                                                 TomoniPersonField *out_bad_field,
                                                 GError           **error);

G_END_DECLS
