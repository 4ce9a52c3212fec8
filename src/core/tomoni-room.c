/* tomoni-room.c: a room of a venue
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes"

#include "tomoni-room.h"

struct _TomoniRoom
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 venue_id;
  char *name;
  int capacity;
  char *venue_name;
};

G_DEFINE_FINAL_TYPE (TomoniRoom, tomoni_room, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_VENUE_ID,
  PROP_NAME,
  PROP_CAPACITY,
  PROP_VENUE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_room_finalize (GObject *object)
{
  TomoniRoom *self = (TomoniRoom *)object;

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->venue_name);

  G_OBJECT_CLASS (tomoni_room_parent_class)->finalize (object);
}

static void
tomoni_room_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TomoniRoom *self = TOMONI_ROOM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tomoni_room_get_id (self));
      break;
    case PROP_UUID:
      g_value_set_string (value, tomoni_room_get_uuid (self));
      break;
    case PROP_VENUE_ID:
      g_value_set_int64 (value, tomoni_room_get_venue_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, tomoni_room_get_name (self));
      break;
    case PROP_CAPACITY:
      g_value_set_int (value, tomoni_room_get_capacity (self));
      break;
    case PROP_VENUE_NAME:
      g_value_set_string (value, tomoni_room_get_venue_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_room_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TomoniRoom *self = TOMONI_ROOM (object);

  switch (prop_id)
    {
    case PROP_ID:
      tomoni_room_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      tomoni_room_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_VENUE_ID:
      tomoni_room_set_venue_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      tomoni_room_set_name (self, g_value_get_string (value));
      break;
    case PROP_CAPACITY:
      tomoni_room_set_capacity (self, g_value_get_int (value));
      break;
    case PROP_VENUE_NAME:
      tomoni_room_set_venue_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_room_class_init (TomoniRoomClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_room_finalize;
  object_class->get_property = tomoni_room_get_property;
  object_class->set_property = tomoni_room_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_VENUE_ID] =
    g_param_spec_int64 ("venue-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_CAPACITY] =
    g_param_spec_int ("capacity", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_VENUE_NAME] =
    g_param_spec_string ("venue-name", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_room_init (TomoniRoom *self)
{
}

TomoniRoom *
tomoni_room_new (void)
{
  return g_object_new (TOMONI_TYPE_ROOM, NULL);
}

/**
 * tomoni_room_copy:
 *
 * Returns: (transfer full): a new record with the same fields
 */
TomoniRoom *
tomoni_room_copy (TomoniRoom *self)
{
  TomoniRoom *copy;

  g_return_val_if_fail (TOMONI_IS_ROOM (self), NULL);

  copy = tomoni_room_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->venue_id = self->venue_id;
  copy->name = g_strdup (self->name);
  copy->capacity = self->capacity;
  copy->venue_name = g_strdup (self->venue_name);
  return copy;
}

gint64
tomoni_room_get_id (TomoniRoom *self)
{
  g_return_val_if_fail (TOMONI_IS_ROOM (self), 0);
  return self->id;
}

void
tomoni_room_set_id (TomoniRoom *self,
                    gint64      id)
{
  g_return_if_fail (TOMONI_IS_ROOM (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_room_get_uuid (TomoniRoom *self)
{
  g_return_val_if_fail (TOMONI_IS_ROOM (self), NULL);
  return self->uuid != NULL ? self->uuid : "";
}

void
tomoni_room_set_uuid (TomoniRoom *self,
                      const char *uuid)
{
  g_return_if_fail (TOMONI_IS_ROOM (self));

  if (g_strcmp0 (self->uuid != NULL ? self->uuid : "", uuid != NULL ? uuid : "") == 0)
    return;
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gint64
tomoni_room_get_venue_id (TomoniRoom *self)
{
  g_return_val_if_fail (TOMONI_IS_ROOM (self), 0);
  return self->venue_id;
}

void
tomoni_room_set_venue_id (TomoniRoom *self,
                          gint64      venue_id)
{
  g_return_if_fail (TOMONI_IS_ROOM (self));

  if (self->venue_id == venue_id)
    return;
  self->venue_id = venue_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_ID]);
}

const char *
tomoni_room_get_name (TomoniRoom *self)
{
  g_return_val_if_fail (TOMONI_IS_ROOM (self), NULL);
  return self->name != NULL ? self->name : "";
}

void
tomoni_room_set_name (TomoniRoom *self,
                      const char *name)
{
  g_return_if_fail (TOMONI_IS_ROOM (self));

  if (g_strcmp0 (self->name != NULL ? self->name : "", name != NULL ? name : "") == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
tomoni_room_get_capacity (TomoniRoom *self)
{
  g_return_val_if_fail (TOMONI_IS_ROOM (self), 0);
  return self->capacity;
}

void
tomoni_room_set_capacity (TomoniRoom *self,
                          int         capacity)
{
  g_return_if_fail (TOMONI_IS_ROOM (self));

  if (self->capacity == capacity)
    return;
  self->capacity = capacity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPACITY]);
}

const char *
tomoni_room_get_venue_name (TomoniRoom *self)
{
  g_return_val_if_fail (TOMONI_IS_ROOM (self), NULL);
  return self->venue_name != NULL ? self->venue_name : "";
}

void
tomoni_room_set_venue_name (TomoniRoom *self,
                            const char *venue_name)
{
  g_return_if_fail (TOMONI_IS_ROOM (self));

  if (g_strcmp0 (self->venue_name != NULL ? self->venue_name : "", venue_name != NULL ? venue_name : "") == 0)
    return;
  g_free (self->venue_name);
  self->venue_name = g_strdup (venue_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_NAME]);
}

