/* tomoni-enrolment.c: a person enrolled in, or waiting for, a term of a class
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes"

#include "tomoni-enrolment.h"

struct _TomoniEnrolment
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 class_id;
  gint64 term_id;
  gint64 person_id;
  char *status;
  int position;
  char *enrolled_on;
  char *withdrawn_on;
  char *promoted_on;
  char *person_name;
  char *person_reading;
};

G_DEFINE_FINAL_TYPE (TomoniEnrolment, tomoni_enrolment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CLASS_ID,
  PROP_TERM_ID,
  PROP_PERSON_ID,
  PROP_STATUS,
  PROP_POSITION,
  PROP_ENROLLED_ON,
  PROP_WITHDRAWN_ON,
  PROP_PROMOTED_ON,
  PROP_PERSON_NAME,
  PROP_PERSON_READING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_enrolment_finalize (GObject *object)
{
  TomoniEnrolment *self = (TomoniEnrolment *)object;

  g_free (self->uuid);
  g_free (self->status);
  g_free (self->enrolled_on);
  g_free (self->withdrawn_on);
  g_free (self->promoted_on);
  g_free (self->person_name);
  g_free (self->person_reading);

  G_OBJECT_CLASS (tomoni_enrolment_parent_class)->finalize (object);
}

static void
tomoni_enrolment_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TomoniEnrolment *self = TOMONI_ENROLMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tomoni_enrolment_get_id (self));
      break;
    case PROP_UUID:
      g_value_set_string (value, tomoni_enrolment_get_uuid (self));
      break;
    case PROP_CLASS_ID:
      g_value_set_int64 (value, tomoni_enrolment_get_class_id (self));
      break;
    case PROP_TERM_ID:
      g_value_set_int64 (value, tomoni_enrolment_get_term_id (self));
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, tomoni_enrolment_get_person_id (self));
      break;
    case PROP_STATUS:
      g_value_set_string (value, tomoni_enrolment_get_status (self));
      break;
    case PROP_POSITION:
      g_value_set_int (value, tomoni_enrolment_get_position (self));
      break;
    case PROP_ENROLLED_ON:
      g_value_set_string (value, tomoni_enrolment_get_enrolled_on (self));
      break;
    case PROP_WITHDRAWN_ON:
      g_value_set_string (value, tomoni_enrolment_get_withdrawn_on (self));
      break;
    case PROP_PROMOTED_ON:
      g_value_set_string (value, tomoni_enrolment_get_promoted_on (self));
      break;
    case PROP_PERSON_NAME:
      g_value_set_string (value, tomoni_enrolment_get_person_name (self));
      break;
    case PROP_PERSON_READING:
      g_value_set_string (value, tomoni_enrolment_get_person_reading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_enrolment_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TomoniEnrolment *self = TOMONI_ENROLMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      tomoni_enrolment_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      tomoni_enrolment_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_CLASS_ID:
      tomoni_enrolment_set_class_id (self, g_value_get_int64 (value));
      break;
    case PROP_TERM_ID:
      tomoni_enrolment_set_term_id (self, g_value_get_int64 (value));
      break;
    case PROP_PERSON_ID:
      tomoni_enrolment_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      tomoni_enrolment_set_status (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      tomoni_enrolment_set_position (self, g_value_get_int (value));
      break;
    case PROP_ENROLLED_ON:
      tomoni_enrolment_set_enrolled_on (self, g_value_get_string (value));
      break;
    case PROP_WITHDRAWN_ON:
      tomoni_enrolment_set_withdrawn_on (self, g_value_get_string (value));
      break;
    case PROP_PROMOTED_ON:
      tomoni_enrolment_set_promoted_on (self, g_value_get_string (value));
      break;
    case PROP_PERSON_NAME:
      tomoni_enrolment_set_person_name (self, g_value_get_string (value));
      break;
    case PROP_PERSON_READING:
      tomoni_enrolment_set_person_reading (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_enrolment_class_init (TomoniEnrolmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_enrolment_finalize;
  object_class->get_property = tomoni_enrolment_get_property;
  object_class->set_property = tomoni_enrolment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_CLASS_ID] =
    g_param_spec_int64 ("class-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TERM_ID] =
    g_param_spec_int64 ("term-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "", flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_ENROLLED_ON] =
    g_param_spec_string ("enrolled-on", NULL, NULL, "", flags);
  properties[PROP_WITHDRAWN_ON] =
    g_param_spec_string ("withdrawn-on", NULL, NULL, "", flags);
  properties[PROP_PROMOTED_ON] =
    g_param_spec_string ("promoted-on", NULL, NULL, "", flags);
  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL, "", flags);
  properties[PROP_PERSON_READING] =
    g_param_spec_string ("person-reading", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_enrolment_init (TomoniEnrolment *self)
{
}

TomoniEnrolment *
tomoni_enrolment_new (void)
{
  return g_object_new (TOMONI_TYPE_ENROLMENT, NULL);
}

/**
 * tomoni_enrolment_copy:
 *
 * Returns: (transfer full): a new record with the same fields
 */
TomoniEnrolment *
tomoni_enrolment_copy (TomoniEnrolment *self)
{
  TomoniEnrolment *copy;

  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), NULL);

  copy = tomoni_enrolment_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->class_id = self->class_id;
  copy->term_id = self->term_id;
  copy->person_id = self->person_id;
  copy->status = g_strdup (self->status);
  copy->position = self->position;
  copy->enrolled_on = g_strdup (self->enrolled_on);
  copy->withdrawn_on = g_strdup (self->withdrawn_on);
  copy->promoted_on = g_strdup (self->promoted_on);
  copy->person_name = g_strdup (self->person_name);
  copy->person_reading = g_strdup (self->person_reading);
  return copy;
}

gint64
tomoni_enrolment_get_id (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), 0);
  return self->id;
}

void
tomoni_enrolment_set_id (TomoniEnrolment *self,
                         gint64           id)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_enrolment_get_uuid (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), NULL);
  return self->uuid != NULL ? self->uuid : "";
}

void
tomoni_enrolment_set_uuid (TomoniEnrolment *self,
                           const char      *uuid)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (g_strcmp0 (self->uuid != NULL ? self->uuid : "", uuid != NULL ? uuid : "") == 0)
    return;
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gint64
tomoni_enrolment_get_class_id (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), 0);
  return self->class_id;
}

void
tomoni_enrolment_set_class_id (TomoniEnrolment *self,
                               gint64           class_id)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (self->class_id == class_id)
    return;
  self->class_id = class_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_ID]);
}

gint64
tomoni_enrolment_get_term_id (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), 0);
  return self->term_id;
}

void
tomoni_enrolment_set_term_id (TomoniEnrolment *self,
                              gint64           term_id)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (self->term_id == term_id)
    return;
  self->term_id = term_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM_ID]);
}

gint64
tomoni_enrolment_get_person_id (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), 0);
  return self->person_id;
}

void
tomoni_enrolment_set_person_id (TomoniEnrolment *self,
                                gint64           person_id)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (self->person_id == person_id)
    return;
  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
tomoni_enrolment_get_status (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), NULL);
  return self->status != NULL ? self->status : "";
}

void
tomoni_enrolment_set_status (TomoniEnrolment *self,
                             const char      *status)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (g_strcmp0 (self->status != NULL ? self->status : "", status != NULL ? status : "") == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (status);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
tomoni_enrolment_get_position (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), 0);
  return self->position;
}

void
tomoni_enrolment_set_position (TomoniEnrolment *self,
                               int              position)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
tomoni_enrolment_get_enrolled_on (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), NULL);
  return self->enrolled_on != NULL ? self->enrolled_on : "";
}

void
tomoni_enrolment_set_enrolled_on (TomoniEnrolment *self,
                                  const char      *enrolled_on)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (g_strcmp0 (self->enrolled_on != NULL ? self->enrolled_on : "", enrolled_on != NULL ? enrolled_on : "") == 0)
    return;
  g_free (self->enrolled_on);
  self->enrolled_on = g_strdup (enrolled_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENROLLED_ON]);
}

const char *
tomoni_enrolment_get_withdrawn_on (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), NULL);
  return self->withdrawn_on != NULL ? self->withdrawn_on : "";
}

void
tomoni_enrolment_set_withdrawn_on (TomoniEnrolment *self,
                                   const char      *withdrawn_on)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (g_strcmp0 (self->withdrawn_on != NULL ? self->withdrawn_on : "", withdrawn_on != NULL ? withdrawn_on : "") == 0)
    return;
  g_free (self->withdrawn_on);
  self->withdrawn_on = g_strdup (withdrawn_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WITHDRAWN_ON]);
}

const char *
tomoni_enrolment_get_promoted_on (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), NULL);
  return self->promoted_on != NULL ? self->promoted_on : "";
}

void
tomoni_enrolment_set_promoted_on (TomoniEnrolment *self,
                                  const char      *promoted_on)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (g_strcmp0 (self->promoted_on != NULL ? self->promoted_on : "", promoted_on != NULL ? promoted_on : "") == 0)
    return;
  g_free (self->promoted_on);
  self->promoted_on = g_strdup (promoted_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROMOTED_ON]);
}

const char *
tomoni_enrolment_get_person_name (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), NULL);
  return self->person_name != NULL ? self->person_name : "";
}

void
tomoni_enrolment_set_person_name (TomoniEnrolment *self,
                                  const char      *person_name)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (g_strcmp0 (self->person_name != NULL ? self->person_name : "", person_name != NULL ? person_name : "") == 0)
    return;
  g_free (self->person_name);
  self->person_name = g_strdup (person_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

const char *
tomoni_enrolment_get_person_reading (TomoniEnrolment *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROLMENT (self), NULL);
  return self->person_reading != NULL ? self->person_reading : "";
}

void
tomoni_enrolment_set_person_reading (TomoniEnrolment *self,
                                     const char      *person_reading)
{
  g_return_if_fail (TOMONI_IS_ENROLMENT (self));

  if (g_strcmp0 (self->person_reading != NULL ? self->person_reading : "", person_reading != NULL ? person_reading : "") == 0)
    return;
  g_free (self->person_reading);
  self->person_reading = g_strdup (person_reading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_READING]);
}

