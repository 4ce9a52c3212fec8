/* tomoni-term.c: a term of a class: a date range with weekly schedules
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes"

#include "tomoni-term.h"

struct _TomoniTerm
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 class_id;
  char *name;
  char *start_date;
  char *end_date;
  int n_sessions;
};

G_DEFINE_FINAL_TYPE (TomoniTerm, tomoni_term, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CLASS_ID,
  PROP_NAME,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_N_SESSIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_term_finalize (GObject *object)
{
  TomoniTerm *self = (TomoniTerm *)object;

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->start_date);
  g_free (self->end_date);

  G_OBJECT_CLASS (tomoni_term_parent_class)->finalize (object);
}

static void
tomoni_term_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TomoniTerm *self = TOMONI_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tomoni_term_get_id (self));
      break;
    case PROP_UUID:
      g_value_set_string (value, tomoni_term_get_uuid (self));
      break;
    case PROP_CLASS_ID:
      g_value_set_int64 (value, tomoni_term_get_class_id (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, tomoni_term_get_name (self));
      break;
    case PROP_START_DATE:
      g_value_set_string (value, tomoni_term_get_start_date (self));
      break;
    case PROP_END_DATE:
      g_value_set_string (value, tomoni_term_get_end_date (self));
      break;
    case PROP_N_SESSIONS:
      g_value_set_int (value, tomoni_term_get_n_sessions (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_term_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TomoniTerm *self = TOMONI_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      tomoni_term_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      tomoni_term_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_CLASS_ID:
      tomoni_term_set_class_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      tomoni_term_set_name (self, g_value_get_string (value));
      break;
    case PROP_START_DATE:
      tomoni_term_set_start_date (self, g_value_get_string (value));
      break;
    case PROP_END_DATE:
      tomoni_term_set_end_date (self, g_value_get_string (value));
      break;
    case PROP_N_SESSIONS:
      tomoni_term_set_n_sessions (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_term_class_init (TomoniTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_term_finalize;
  object_class->get_property = tomoni_term_get_property;
  object_class->set_property = tomoni_term_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_CLASS_ID] =
    g_param_spec_int64 ("class-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, "", flags);
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL, "", flags);
  properties[PROP_N_SESSIONS] =
    g_param_spec_int ("n-sessions", NULL, NULL, G_MININT, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_term_init (TomoniTerm *self)
{
}

TomoniTerm *
tomoni_term_new (void)
{
  return g_object_new (TOMONI_TYPE_TERM, NULL);
}

/**
 * tomoni_term_copy:
 *
 * Returns: (transfer full): a new record with the same fields
 */
TomoniTerm *
tomoni_term_copy (TomoniTerm *self)
{
  TomoniTerm *copy;

  g_return_val_if_fail (TOMONI_IS_TERM (self), NULL);

  copy = tomoni_term_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->class_id = self->class_id;
  copy->name = g_strdup (self->name);
  copy->start_date = g_strdup (self->start_date);
  copy->end_date = g_strdup (self->end_date);
  copy->n_sessions = self->n_sessions;
  return copy;
}

gint64
tomoni_term_get_id (TomoniTerm *self)
{
  g_return_val_if_fail (TOMONI_IS_TERM (self), 0);
  return self->id;
}

void
tomoni_term_set_id (TomoniTerm *self,
                    gint64      id)
{
  g_return_if_fail (TOMONI_IS_TERM (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_term_get_uuid (TomoniTerm *self)
{
  g_return_val_if_fail (TOMONI_IS_TERM (self), NULL);
  return self->uuid != NULL ? self->uuid : "";
}

void
tomoni_term_set_uuid (TomoniTerm *self,
                      const char *uuid)
{
  g_return_if_fail (TOMONI_IS_TERM (self));

  if (g_strcmp0 (self->uuid != NULL ? self->uuid : "", uuid != NULL ? uuid : "") == 0)
    return;
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gint64
tomoni_term_get_class_id (TomoniTerm *self)
{
  g_return_val_if_fail (TOMONI_IS_TERM (self), 0);
  return self->class_id;
}

void
tomoni_term_set_class_id (TomoniTerm *self,
                          gint64      class_id)
{
  g_return_if_fail (TOMONI_IS_TERM (self));

  if (self->class_id == class_id)
    return;
  self->class_id = class_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_ID]);
}

const char *
tomoni_term_get_name (TomoniTerm *self)
{
  g_return_val_if_fail (TOMONI_IS_TERM (self), NULL);
  return self->name != NULL ? self->name : "";
}

void
tomoni_term_set_name (TomoniTerm *self,
                      const char *name)
{
  g_return_if_fail (TOMONI_IS_TERM (self));

  if (g_strcmp0 (self->name != NULL ? self->name : "", name != NULL ? name : "") == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
tomoni_term_get_start_date (TomoniTerm *self)
{
  g_return_val_if_fail (TOMONI_IS_TERM (self), NULL);
  return self->start_date != NULL ? self->start_date : "";
}

void
tomoni_term_set_start_date (TomoniTerm *self,
                            const char *start_date)
{
  g_return_if_fail (TOMONI_IS_TERM (self));

  if (g_strcmp0 (self->start_date != NULL ? self->start_date : "", start_date != NULL ? start_date : "") == 0)
    return;
  g_free (self->start_date);
  self->start_date = g_strdup (start_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

const char *
tomoni_term_get_end_date (TomoniTerm *self)
{
  g_return_val_if_fail (TOMONI_IS_TERM (self), NULL);
  return self->end_date != NULL ? self->end_date : "";
}

void
tomoni_term_set_end_date (TomoniTerm *self,
                          const char *end_date)
{
  g_return_if_fail (TOMONI_IS_TERM (self));

  if (g_strcmp0 (self->end_date != NULL ? self->end_date : "", end_date != NULL ? end_date : "") == 0)
    return;
  g_free (self->end_date);
  self->end_date = g_strdup (end_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

int
tomoni_term_get_n_sessions (TomoniTerm *self)
{
  g_return_val_if_fail (TOMONI_IS_TERM (self), 0);
  return self->n_sessions;
}

void
tomoni_term_set_n_sessions (TomoniTerm *self,
                            int         n_sessions)
{
  g_return_if_fail (TOMONI_IS_TERM (self));

  if (self->n_sessions == n_sessions)
    return;
  self->n_sessions = n_sessions;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SESSIONS]);
}

