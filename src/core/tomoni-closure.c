/* tomoni-closure.c: days a venue, or the whole Center, is closed
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes"

#include "tomoni-closure.h"

struct _TomoniClosure
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 venue_id;
  char *start_date;
  char *end_date;
  char *reason;
  char *venue_name;
};

G_DEFINE_FINAL_TYPE (TomoniClosure, tomoni_closure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_VENUE_ID,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_REASON,
  PROP_VENUE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_closure_finalize (GObject *object)
{
  TomoniClosure *self = (TomoniClosure *)object;

  g_free (self->uuid);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->reason);
  g_free (self->venue_name);

  G_OBJECT_CLASS (tomoni_closure_parent_class)->finalize (object);
}

static void
tomoni_closure_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TomoniClosure *self = TOMONI_CLOSURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tomoni_closure_get_id (self));
      break;
    case PROP_UUID:
      g_value_set_string (value, tomoni_closure_get_uuid (self));
      break;
    case PROP_VENUE_ID:
      g_value_set_int64 (value, tomoni_closure_get_venue_id (self));
      break;
    case PROP_START_DATE:
      g_value_set_string (value, tomoni_closure_get_start_date (self));
      break;
    case PROP_END_DATE:
      g_value_set_string (value, tomoni_closure_get_end_date (self));
      break;
    case PROP_REASON:
      g_value_set_string (value, tomoni_closure_get_reason (self));
      break;
    case PROP_VENUE_NAME:
      g_value_set_string (value, tomoni_closure_get_venue_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_closure_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TomoniClosure *self = TOMONI_CLOSURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      tomoni_closure_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      tomoni_closure_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_VENUE_ID:
      tomoni_closure_set_venue_id (self, g_value_get_int64 (value));
      break;
    case PROP_START_DATE:
      tomoni_closure_set_start_date (self, g_value_get_string (value));
      break;
    case PROP_END_DATE:
      tomoni_closure_set_end_date (self, g_value_get_string (value));
      break;
    case PROP_REASON:
      tomoni_closure_set_reason (self, g_value_get_string (value));
      break;
    case PROP_VENUE_NAME:
      tomoni_closure_set_venue_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_closure_class_init (TomoniClosureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_closure_finalize;
  object_class->get_property = tomoni_closure_get_property;
  object_class->set_property = tomoni_closure_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_VENUE_ID] =
    g_param_spec_int64 ("venue-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, "", flags);
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL, "", flags);
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, "", flags);
  properties[PROP_VENUE_NAME] =
    g_param_spec_string ("venue-name", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_closure_init (TomoniClosure *self)
{
}

TomoniClosure *
tomoni_closure_new (void)
{
  return g_object_new (TOMONI_TYPE_CLOSURE, NULL);
}

/**
 * tomoni_closure_copy:
 *
 * Returns: (transfer full): a new record with the same fields
 */
TomoniClosure *
tomoni_closure_copy (TomoniClosure *self)
{
  TomoniClosure *copy;

  g_return_val_if_fail (TOMONI_IS_CLOSURE (self), NULL);

  copy = tomoni_closure_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->venue_id = self->venue_id;
  copy->start_date = g_strdup (self->start_date);
  copy->end_date = g_strdup (self->end_date);
  copy->reason = g_strdup (self->reason);
  copy->venue_name = g_strdup (self->venue_name);
  return copy;
}

gint64
tomoni_closure_get_id (TomoniClosure *self)
{
  g_return_val_if_fail (TOMONI_IS_CLOSURE (self), 0);
  return self->id;
}

void
tomoni_closure_set_id (TomoniClosure *self,
                       gint64         id)
{
  g_return_if_fail (TOMONI_IS_CLOSURE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_closure_get_uuid (TomoniClosure *self)
{
  g_return_val_if_fail (TOMONI_IS_CLOSURE (self), NULL);
  return self->uuid != NULL ? self->uuid : "";
}

void
tomoni_closure_set_uuid (TomoniClosure *self,
                         const char    *uuid)
{
  g_return_if_fail (TOMONI_IS_CLOSURE (self));

  if (g_strcmp0 (self->uuid != NULL ? self->uuid : "", uuid != NULL ? uuid : "") == 0)
    return;
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gint64
tomoni_closure_get_venue_id (TomoniClosure *self)
{
  g_return_val_if_fail (TOMONI_IS_CLOSURE (self), 0);
  return self->venue_id;
}

void
tomoni_closure_set_venue_id (TomoniClosure *self,
                             gint64         venue_id)
{
  g_return_if_fail (TOMONI_IS_CLOSURE (self));

  if (self->venue_id == venue_id)
    return;
  self->venue_id = venue_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_ID]);
}

const char *
tomoni_closure_get_start_date (TomoniClosure *self)
{
  g_return_val_if_fail (TOMONI_IS_CLOSURE (self), NULL);
  return self->start_date != NULL ? self->start_date : "";
}

void
tomoni_closure_set_start_date (TomoniClosure *self,
                               const char    *start_date)
{
  g_return_if_fail (TOMONI_IS_CLOSURE (self));

  if (g_strcmp0 (self->start_date != NULL ? self->start_date : "", start_date != NULL ? start_date : "") == 0)
    return;
  g_free (self->start_date);
  self->start_date = g_strdup (start_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

const char *
tomoni_closure_get_end_date (TomoniClosure *self)
{
  g_return_val_if_fail (TOMONI_IS_CLOSURE (self), NULL);
  return self->end_date != NULL ? self->end_date : "";
}

void
tomoni_closure_set_end_date (TomoniClosure *self,
                             const char    *end_date)
{
  g_return_if_fail (TOMONI_IS_CLOSURE (self));

  if (g_strcmp0 (self->end_date != NULL ? self->end_date : "", end_date != NULL ? end_date : "") == 0)
    return;
  g_free (self->end_date);
  self->end_date = g_strdup (end_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

const char *
tomoni_closure_get_reason (TomoniClosure *self)
{
  g_return_val_if_fail (TOMONI_IS_CLOSURE (self), NULL);
  return self->reason != NULL ? self->reason : "";
}

void
tomoni_closure_set_reason (TomoniClosure *self,
                           const char    *reason)
{
  g_return_if_fail (TOMONI_IS_CLOSURE (self));

  if (g_strcmp0 (self->reason != NULL ? self->reason : "", reason != NULL ? reason : "") == 0)
    return;
  g_free (self->reason);
  self->reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
tomoni_closure_get_venue_name (TomoniClosure *self)
{
  g_return_val_if_fail (TOMONI_IS_CLOSURE (self), NULL);
  return self->venue_name != NULL ? self->venue_name : "";
}

void
tomoni_closure_set_venue_name (TomoniClosure *self,
                               const char    *venue_name)
{
  g_return_if_fail (TOMONI_IS_CLOSURE (self));

  if (g_strcmp0 (self->venue_name != NULL ? self->venue_name : "", venue_name != NULL ? venue_name : "") == 0)
    return;
  g_free (self->venue_name);
  self->venue_name = g_strdup (venue_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_NAME]);
}

