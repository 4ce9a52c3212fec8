/* tomoni-class-staff.c: a teacher or volunteer assistant of a class
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes"

#include "tomoni-class-staff.h"

struct _TomoniClassStaff
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 class_id;
  gint64 person_id;
  char *role;
  char *employment;
  char *person_name;
  char *person_reading;
};

G_DEFINE_FINAL_TYPE (TomoniClassStaff, tomoni_class_staff, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CLASS_ID,
  PROP_PERSON_ID,
  PROP_ROLE,
  PROP_EMPLOYMENT,
  PROP_PERSON_NAME,
  PROP_PERSON_READING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_class_staff_finalize (GObject *object)
{
  TomoniClassStaff *self = (TomoniClassStaff *)object;

  g_free (self->uuid);
  g_free (self->role);
  g_free (self->employment);
  g_free (self->person_name);
  g_free (self->person_reading);

  G_OBJECT_CLASS (tomoni_class_staff_parent_class)->finalize (object);
}

static void
tomoni_class_staff_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TomoniClassStaff *self = TOMONI_CLASS_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tomoni_class_staff_get_id (self));
      break;
    case PROP_UUID:
      g_value_set_string (value, tomoni_class_staff_get_uuid (self));
      break;
    case PROP_CLASS_ID:
      g_value_set_int64 (value, tomoni_class_staff_get_class_id (self));
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, tomoni_class_staff_get_person_id (self));
      break;
    case PROP_ROLE:
      g_value_set_string (value, tomoni_class_staff_get_role (self));
      break;
    case PROP_EMPLOYMENT:
      g_value_set_string (value, tomoni_class_staff_get_employment (self));
      break;
    case PROP_PERSON_NAME:
      g_value_set_string (value, tomoni_class_staff_get_person_name (self));
      break;
    case PROP_PERSON_READING:
      g_value_set_string (value, tomoni_class_staff_get_person_reading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_class_staff_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TomoniClassStaff *self = TOMONI_CLASS_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      tomoni_class_staff_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      tomoni_class_staff_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_CLASS_ID:
      tomoni_class_staff_set_class_id (self, g_value_get_int64 (value));
      break;
    case PROP_PERSON_ID:
      tomoni_class_staff_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_ROLE:
      tomoni_class_staff_set_role (self, g_value_get_string (value));
      break;
    case PROP_EMPLOYMENT:
      tomoni_class_staff_set_employment (self, g_value_get_string (value));
      break;
    case PROP_PERSON_NAME:
      tomoni_class_staff_set_person_name (self, g_value_get_string (value));
      break;
    case PROP_PERSON_READING:
      tomoni_class_staff_set_person_reading (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_class_staff_class_init (TomoniClassStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_class_staff_finalize;
  object_class->get_property = tomoni_class_staff_get_property;
  object_class->set_property = tomoni_class_staff_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_CLASS_ID] =
    g_param_spec_int64 ("class-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "", flags);
  properties[PROP_EMPLOYMENT] =
    g_param_spec_string ("employment", NULL, NULL, "", flags);
  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL, "", flags);
  properties[PROP_PERSON_READING] =
    g_param_spec_string ("person-reading", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_class_staff_init (TomoniClassStaff *self)
{
}

TomoniClassStaff *
tomoni_class_staff_new (void)
{
  return g_object_new (TOMONI_TYPE_CLASS_STAFF, NULL);
}

/**
 * tomoni_class_staff_copy:
 *
 * Returns: (transfer full): a new record with the same fields
 */
TomoniClassStaff *
tomoni_class_staff_copy (TomoniClassStaff *self)
{
  TomoniClassStaff *copy;

  g_return_val_if_fail (TOMONI_IS_CLASS_STAFF (self), NULL);

  copy = tomoni_class_staff_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->class_id = self->class_id;
  copy->person_id = self->person_id;
  copy->role = g_strdup (self->role);
  copy->employment = g_strdup (self->employment);
  copy->person_name = g_strdup (self->person_name);
  copy->person_reading = g_strdup (self->person_reading);
  return copy;
}

gint64
tomoni_class_staff_get_id (TomoniClassStaff *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_STAFF (self), 0);
  return self->id;
}

void
tomoni_class_staff_set_id (TomoniClassStaff *self,
                           gint64            id)
{
  g_return_if_fail (TOMONI_IS_CLASS_STAFF (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_class_staff_get_uuid (TomoniClassStaff *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_STAFF (self), NULL);
  return self->uuid != NULL ? self->uuid : "";
}

void
tomoni_class_staff_set_uuid (TomoniClassStaff *self,
                             const char       *uuid)
{
  g_return_if_fail (TOMONI_IS_CLASS_STAFF (self));

  if (g_strcmp0 (self->uuid != NULL ? self->uuid : "", uuid != NULL ? uuid : "") == 0)
    return;
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gint64
tomoni_class_staff_get_class_id (TomoniClassStaff *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_STAFF (self), 0);
  return self->class_id;
}

void
tomoni_class_staff_set_class_id (TomoniClassStaff *self,
                                 gint64            class_id)
{
  g_return_if_fail (TOMONI_IS_CLASS_STAFF (self));

  if (self->class_id == class_id)
    return;
  self->class_id = class_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_ID]);
}

gint64
tomoni_class_staff_get_person_id (TomoniClassStaff *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_STAFF (self), 0);
  return self->person_id;
}

void
tomoni_class_staff_set_person_id (TomoniClassStaff *self,
                                  gint64            person_id)
{
  g_return_if_fail (TOMONI_IS_CLASS_STAFF (self));

  if (self->person_id == person_id)
    return;
  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
tomoni_class_staff_get_role (TomoniClassStaff *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_STAFF (self), NULL);
  return self->role != NULL ? self->role : "";
}

void
tomoni_class_staff_set_role (TomoniClassStaff *self,
                             const char       *role)
{
  g_return_if_fail (TOMONI_IS_CLASS_STAFF (self));

  if (g_strcmp0 (self->role != NULL ? self->role : "", role != NULL ? role : "") == 0)
    return;
  g_free (self->role);
  self->role = g_strdup (role);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
tomoni_class_staff_get_employment (TomoniClassStaff *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_STAFF (self), NULL);
  return self->employment != NULL ? self->employment : "";
}

void
tomoni_class_staff_set_employment (TomoniClassStaff *self,
                                   const char       *employment)
{
  g_return_if_fail (TOMONI_IS_CLASS_STAFF (self));

  if (g_strcmp0 (self->employment != NULL ? self->employment : "", employment != NULL ? employment : "") == 0)
    return;
  g_free (self->employment);
  self->employment = g_strdup (employment);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYMENT]);
}

const char *
tomoni_class_staff_get_person_name (TomoniClassStaff *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_STAFF (self), NULL);
  return self->person_name != NULL ? self->person_name : "";
}

void
tomoni_class_staff_set_person_name (TomoniClassStaff *self,
                                    const char       *person_name)
{
  g_return_if_fail (TOMONI_IS_CLASS_STAFF (self));

  if (g_strcmp0 (self->person_name != NULL ? self->person_name : "", person_name != NULL ? person_name : "") == 0)
    return;
  g_free (self->person_name);
  self->person_name = g_strdup (person_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

const char *
tomoni_class_staff_get_person_reading (TomoniClassStaff *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_STAFF (self), NULL);
  return self->person_reading != NULL ? self->person_reading : "";
}

void
tomoni_class_staff_set_person_reading (TomoniClassStaff *self,
                                       const char       *person_reading)
{
  g_return_if_fail (TOMONI_IS_CLASS_STAFF (self));

  if (g_strcmp0 (self->person_reading != NULL ? self->person_reading : "", person_reading != NULL ? person_reading : "") == 0)
    return;
  g_free (self->person_reading);
  self->person_reading = g_strdup (person_reading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_READING]);
}

