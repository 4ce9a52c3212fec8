/* tomoni-venue.c: a place where classes and activities are held
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes"

#include "tomoni-venue.h"

struct _TomoniVenue
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  char *name;
  char *name_en;
  char *ward;
  char *address;
  char *notes;
};

G_DEFINE_FINAL_TYPE (TomoniVenue, tomoni_venue, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_NAME_EN,
  PROP_WARD,
  PROP_ADDRESS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_venue_finalize (GObject *object)
{
  TomoniVenue *self = (TomoniVenue *)object;

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->name_en);
  g_free (self->ward);
  g_free (self->address);
  g_free (self->notes);

  G_OBJECT_CLASS (tomoni_venue_parent_class)->finalize (object);
}

static void
tomoni_venue_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TomoniVenue *self = TOMONI_VENUE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tomoni_venue_get_id (self));
      break;
    case PROP_UUID:
      g_value_set_string (value, tomoni_venue_get_uuid (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, tomoni_venue_get_name (self));
      break;
    case PROP_NAME_EN:
      g_value_set_string (value, tomoni_venue_get_name_en (self));
      break;
    case PROP_WARD:
      g_value_set_string (value, tomoni_venue_get_ward (self));
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, tomoni_venue_get_address (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, tomoni_venue_get_notes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_venue_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TomoniVenue *self = TOMONI_VENUE (object);

  switch (prop_id)
    {
    case PROP_ID:
      tomoni_venue_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      tomoni_venue_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      tomoni_venue_set_name (self, g_value_get_string (value));
      break;
    case PROP_NAME_EN:
      tomoni_venue_set_name_en (self, g_value_get_string (value));
      break;
    case PROP_WARD:
      tomoni_venue_set_ward (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      tomoni_venue_set_address (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      tomoni_venue_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_venue_class_init (TomoniVenueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_venue_finalize;
  object_class->get_property = tomoni_venue_get_property;
  object_class->set_property = tomoni_venue_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_NAME_EN] =
    g_param_spec_string ("name-en", NULL, NULL, "", flags);
  properties[PROP_WARD] =
    g_param_spec_string ("ward", NULL, NULL, "", flags);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, "", flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_venue_init (TomoniVenue *self)
{
}

TomoniVenue *
tomoni_venue_new (void)
{
  return g_object_new (TOMONI_TYPE_VENUE, NULL);
}

/**
 * tomoni_venue_copy:
 *
 * Returns: (transfer full): a new record with the same fields
 */
TomoniVenue *
tomoni_venue_copy (TomoniVenue *self)
{
  TomoniVenue *copy;

  g_return_val_if_fail (TOMONI_IS_VENUE (self), NULL);

  copy = tomoni_venue_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->name = g_strdup (self->name);
  copy->name_en = g_strdup (self->name_en);
  copy->ward = g_strdup (self->ward);
  copy->address = g_strdup (self->address);
  copy->notes = g_strdup (self->notes);
  return copy;
}

gint64
tomoni_venue_get_id (TomoniVenue *self)
{
  g_return_val_if_fail (TOMONI_IS_VENUE (self), 0);
  return self->id;
}

void
tomoni_venue_set_id (TomoniVenue *self,
                     gint64       id)
{
  g_return_if_fail (TOMONI_IS_VENUE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_venue_get_uuid (TomoniVenue *self)
{
  g_return_val_if_fail (TOMONI_IS_VENUE (self), NULL);
  return self->uuid != NULL ? self->uuid : "";
}

void
tomoni_venue_set_uuid (TomoniVenue *self,
                       const char  *uuid)
{
  g_return_if_fail (TOMONI_IS_VENUE (self));

  if (g_strcmp0 (self->uuid != NULL ? self->uuid : "", uuid != NULL ? uuid : "") == 0)
    return;
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
tomoni_venue_get_name (TomoniVenue *self)
{
  g_return_val_if_fail (TOMONI_IS_VENUE (self), NULL);
  return self->name != NULL ? self->name : "";
}

void
tomoni_venue_set_name (TomoniVenue *self,
                       const char  *name)
{
  g_return_if_fail (TOMONI_IS_VENUE (self));

  if (g_strcmp0 (self->name != NULL ? self->name : "", name != NULL ? name : "") == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
tomoni_venue_get_name_en (TomoniVenue *self)
{
  g_return_val_if_fail (TOMONI_IS_VENUE (self), NULL);
  return self->name_en != NULL ? self->name_en : "";
}

void
tomoni_venue_set_name_en (TomoniVenue *self,
                          const char  *name_en)
{
  g_return_if_fail (TOMONI_IS_VENUE (self));

  if (g_strcmp0 (self->name_en != NULL ? self->name_en : "", name_en != NULL ? name_en : "") == 0)
    return;
  g_free (self->name_en);
  self->name_en = g_strdup (name_en);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME_EN]);
}

const char *
tomoni_venue_get_ward (TomoniVenue *self)
{
  g_return_val_if_fail (TOMONI_IS_VENUE (self), NULL);
  return self->ward != NULL ? self->ward : "";
}

void
tomoni_venue_set_ward (TomoniVenue *self,
                       const char  *ward)
{
  g_return_if_fail (TOMONI_IS_VENUE (self));

  if (g_strcmp0 (self->ward != NULL ? self->ward : "", ward != NULL ? ward : "") == 0)
    return;
  g_free (self->ward);
  self->ward = g_strdup (ward);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARD]);
}

const char *
tomoni_venue_get_address (TomoniVenue *self)
{
  g_return_val_if_fail (TOMONI_IS_VENUE (self), NULL);
  return self->address != NULL ? self->address : "";
}

void
tomoni_venue_set_address (TomoniVenue *self,
                          const char  *address)
{
  g_return_if_fail (TOMONI_IS_VENUE (self));

  if (g_strcmp0 (self->address != NULL ? self->address : "", address != NULL ? address : "") == 0)
    return;
  g_free (self->address);
  self->address = g_strdup (address);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
tomoni_venue_get_notes (TomoniVenue *self)
{
  g_return_val_if_fail (TOMONI_IS_VENUE (self), NULL);
  return self->notes != NULL ? self->notes : "";
}

void
tomoni_venue_set_notes (TomoniVenue *self,
                        const char  *notes)
{
  g_return_if_fail (TOMONI_IS_VENUE (self));

  if (g_strcmp0 (self->notes != NULL ? self->notes : "", notes != NULL ? notes : "") == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

