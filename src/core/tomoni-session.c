/* tomoni-session.c: one meeting of a class, or a date skipped with its reason
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes"

#include <glib/gi18n-lib.h>

#include "tomoni-session.h"

struct _TomoniSession
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 class_id;
  gint64 term_id;
  char *date;
  int start_minute;
  int end_minute;
  gint64 room_id;
  char *status;
  char *reason;
  gboolean extra;
  gint64 moved_to_id;
  char *room_override;
  char *class_title;
  char *class_title_en;
  char *venue_name;
  char *room_name;
  int n_attended;
};

G_DEFINE_FINAL_TYPE (TomoniSession, tomoni_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CLASS_ID,
  PROP_TERM_ID,
  PROP_DATE,
  PROP_START_MINUTE,
  PROP_END_MINUTE,
  PROP_ROOM_ID,
  PROP_STATUS,
  PROP_REASON,
  PROP_EXTRA,
  PROP_MOVED_TO_ID,
  PROP_ROOM_OVERRIDE,
  PROP_CLASS_TITLE,
  PROP_CLASS_TITLE_EN,
  PROP_VENUE_NAME,
  PROP_ROOM_NAME,
  PROP_N_ATTENDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_session_finalize (GObject *object)
{
  TomoniSession *self = (TomoniSession *)object;

  g_free (self->uuid);
  g_free (self->date);
  g_free (self->status);
  g_free (self->reason);
  g_free (self->room_override);
  g_free (self->class_title);
  g_free (self->class_title_en);
  g_free (self->venue_name);
  g_free (self->room_name);

  G_OBJECT_CLASS (tomoni_session_parent_class)->finalize (object);
}

static void
tomoni_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TomoniSession *self = TOMONI_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tomoni_session_get_id (self));
      break;
    case PROP_UUID:
      g_value_set_string (value, tomoni_session_get_uuid (self));
      break;
    case PROP_CLASS_ID:
      g_value_set_int64 (value, tomoni_session_get_class_id (self));
      break;
    case PROP_TERM_ID:
      g_value_set_int64 (value, tomoni_session_get_term_id (self));
      break;
    case PROP_DATE:
      g_value_set_string (value, tomoni_session_get_date (self));
      break;
    case PROP_START_MINUTE:
      g_value_set_int (value, tomoni_session_get_start_minute (self));
      break;
    case PROP_END_MINUTE:
      g_value_set_int (value, tomoni_session_get_end_minute (self));
      break;
    case PROP_ROOM_ID:
      g_value_set_int64 (value, tomoni_session_get_room_id (self));
      break;
    case PROP_STATUS:
      g_value_set_string (value, tomoni_session_get_status (self));
      break;
    case PROP_REASON:
      g_value_set_string (value, tomoni_session_get_reason (self));
      break;
    case PROP_EXTRA:
      g_value_set_boolean (value, tomoni_session_get_extra (self));
      break;
    case PROP_MOVED_TO_ID:
      g_value_set_int64 (value, tomoni_session_get_moved_to_id (self));
      break;
    case PROP_ROOM_OVERRIDE:
      g_value_set_string (value, tomoni_session_get_room_override (self));
      break;
    case PROP_CLASS_TITLE:
      g_value_set_string (value, tomoni_session_get_class_title (self));
      break;
    case PROP_CLASS_TITLE_EN:
      g_value_set_string (value, tomoni_session_get_class_title_en (self));
      break;
    case PROP_VENUE_NAME:
      g_value_set_string (value, tomoni_session_get_venue_name (self));
      break;
    case PROP_ROOM_NAME:
      g_value_set_string (value, tomoni_session_get_room_name (self));
      break;
    case PROP_N_ATTENDED:
      g_value_set_int (value, tomoni_session_get_n_attended (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TomoniSession *self = TOMONI_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      tomoni_session_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      tomoni_session_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_CLASS_ID:
      tomoni_session_set_class_id (self, g_value_get_int64 (value));
      break;
    case PROP_TERM_ID:
      tomoni_session_set_term_id (self, g_value_get_int64 (value));
      break;
    case PROP_DATE:
      tomoni_session_set_date (self, g_value_get_string (value));
      break;
    case PROP_START_MINUTE:
      tomoni_session_set_start_minute (self, g_value_get_int (value));
      break;
    case PROP_END_MINUTE:
      tomoni_session_set_end_minute (self, g_value_get_int (value));
      break;
    case PROP_ROOM_ID:
      tomoni_session_set_room_id (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      tomoni_session_set_status (self, g_value_get_string (value));
      break;
    case PROP_REASON:
      tomoni_session_set_reason (self, g_value_get_string (value));
      break;
    case PROP_EXTRA:
      tomoni_session_set_extra (self, g_value_get_boolean (value));
      break;
    case PROP_MOVED_TO_ID:
      tomoni_session_set_moved_to_id (self, g_value_get_int64 (value));
      break;
    case PROP_ROOM_OVERRIDE:
      tomoni_session_set_room_override (self, g_value_get_string (value));
      break;
    case PROP_CLASS_TITLE:
      tomoni_session_set_class_title (self, g_value_get_string (value));
      break;
    case PROP_CLASS_TITLE_EN:
      tomoni_session_set_class_title_en (self, g_value_get_string (value));
      break;
    case PROP_VENUE_NAME:
      tomoni_session_set_venue_name (self, g_value_get_string (value));
      break;
    case PROP_ROOM_NAME:
      tomoni_session_set_room_name (self, g_value_get_string (value));
      break;
    case PROP_N_ATTENDED:
      tomoni_session_set_n_attended (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_session_class_init (TomoniSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_session_finalize;
  object_class->get_property = tomoni_session_get_property;
  object_class->set_property = tomoni_session_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_CLASS_ID] =
    g_param_spec_int64 ("class-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TERM_ID] =
    g_param_spec_int64 ("term-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_START_MINUTE] =
    g_param_spec_int ("start-minute", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_END_MINUTE] =
    g_param_spec_int ("end-minute", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_ROOM_ID] =
    g_param_spec_int64 ("room-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "", flags);
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, "", flags);
  properties[PROP_EXTRA] =
    g_param_spec_boolean ("extra", NULL, NULL, FALSE, flags);
  properties[PROP_MOVED_TO_ID] =
    g_param_spec_int64 ("moved-to-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROOM_OVERRIDE] =
    g_param_spec_string ("room-override", NULL, NULL, "", flags);
  properties[PROP_CLASS_TITLE] =
    g_param_spec_string ("class-title", NULL, NULL, "", flags);
  properties[PROP_CLASS_TITLE_EN] =
    g_param_spec_string ("class-title-en", NULL, NULL, "", flags);
  properties[PROP_VENUE_NAME] =
    g_param_spec_string ("venue-name", NULL, NULL, "", flags);
  properties[PROP_ROOM_NAME] =
    g_param_spec_string ("room-name", NULL, NULL, "", flags);
  properties[PROP_N_ATTENDED] =
    g_param_spec_int ("n-attended", NULL, NULL, G_MININT, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_session_init (TomoniSession *self)
{
}

TomoniSession *
tomoni_session_new (void)
{
  return g_object_new (TOMONI_TYPE_SESSION, NULL);
}

/**
 * tomoni_session_copy:
 *
 * Returns: (transfer full): a new record with the same fields
 */
TomoniSession *
tomoni_session_copy (TomoniSession *self)
{
  TomoniSession *copy;

  g_return_val_if_fail (TOMONI_IS_SESSION (self), NULL);

  copy = tomoni_session_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->class_id = self->class_id;
  copy->term_id = self->term_id;
  copy->date = g_strdup (self->date);
  copy->start_minute = self->start_minute;
  copy->end_minute = self->end_minute;
  copy->room_id = self->room_id;
  copy->status = g_strdup (self->status);
  copy->reason = g_strdup (self->reason);
  copy->extra = self->extra;
  copy->moved_to_id = self->moved_to_id;
  copy->room_override = g_strdup (self->room_override);
  copy->class_title = g_strdup (self->class_title);
  copy->class_title_en = g_strdup (self->class_title_en);
  copy->venue_name = g_strdup (self->venue_name);
  copy->room_name = g_strdup (self->room_name);
  copy->n_attended = self->n_attended;
  return copy;
}

gint64
tomoni_session_get_id (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), 0);
  return self->id;
}

void
tomoni_session_set_id (TomoniSession *self,
                       gint64         id)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_session_get_uuid (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), NULL);
  return self->uuid != NULL ? self->uuid : "";
}

void
tomoni_session_set_uuid (TomoniSession *self,
                         const char    *uuid)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (g_strcmp0 (self->uuid != NULL ? self->uuid : "", uuid != NULL ? uuid : "") == 0)
    return;
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gint64
tomoni_session_get_class_id (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), 0);
  return self->class_id;
}

void
tomoni_session_set_class_id (TomoniSession *self,
                             gint64         class_id)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (self->class_id == class_id)
    return;
  self->class_id = class_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_ID]);
}

gint64
tomoni_session_get_term_id (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), 0);
  return self->term_id;
}

void
tomoni_session_set_term_id (TomoniSession *self,
                            gint64         term_id)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (self->term_id == term_id)
    return;
  self->term_id = term_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM_ID]);
}

const char *
tomoni_session_get_date (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), NULL);
  return self->date != NULL ? self->date : "";
}

void
tomoni_session_set_date (TomoniSession *self,
                         const char    *date)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (g_strcmp0 (self->date != NULL ? self->date : "", date != NULL ? date : "") == 0)
    return;
  g_free (self->date);
  self->date = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

int
tomoni_session_get_start_minute (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), 0);
  return self->start_minute;
}

void
tomoni_session_set_start_minute (TomoniSession *self,
                                 int            start_minute)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (self->start_minute == start_minute)
    return;
  self->start_minute = start_minute;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_MINUTE]);
}

int
tomoni_session_get_end_minute (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), 0);
  return self->end_minute;
}

void
tomoni_session_set_end_minute (TomoniSession *self,
                               int            end_minute)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (self->end_minute == end_minute)
    return;
  self->end_minute = end_minute;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_MINUTE]);
}

gint64
tomoni_session_get_room_id (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), 0);
  return self->room_id;
}

void
tomoni_session_set_room_id (TomoniSession *self,
                            gint64         room_id)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (self->room_id == room_id)
    return;
  self->room_id = room_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM_ID]);
}

const char *
tomoni_session_get_status (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), NULL);
  return self->status != NULL ? self->status : "";
}

void
tomoni_session_set_status (TomoniSession *self,
                           const char    *status)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (g_strcmp0 (self->status != NULL ? self->status : "", status != NULL ? status : "") == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (status);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
tomoni_session_get_reason (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), NULL);
  return self->reason != NULL ? self->reason : "";
}

void
tomoni_session_set_reason (TomoniSession *self,
                           const char    *reason)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (g_strcmp0 (self->reason != NULL ? self->reason : "", reason != NULL ? reason : "") == 0)
    return;
  g_free (self->reason);
  self->reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

gboolean
tomoni_session_get_extra (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), FALSE);
  return self->extra;
}

void
tomoni_session_set_extra (TomoniSession *self,
                          gboolean       extra)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  extra = !!extra;
  if (self->extra == extra)
    return;
  self->extra = extra;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTRA]);
}

gint64
tomoni_session_get_moved_to_id (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), 0);
  return self->moved_to_id;
}

void
tomoni_session_set_moved_to_id (TomoniSession *self,
                                gint64         moved_to_id)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (self->moved_to_id == moved_to_id)
    return;
  self->moved_to_id = moved_to_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOVED_TO_ID]);
}

const char *
tomoni_session_get_room_override (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), NULL);
  return self->room_override != NULL ? self->room_override : "";
}

void
tomoni_session_set_room_override (TomoniSession *self,
                                  const char    *room_override)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (g_strcmp0 (self->room_override != NULL ? self->room_override : "", room_override != NULL ? room_override : "") == 0)
    return;
  g_free (self->room_override);
  self->room_override = g_strdup (room_override);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM_OVERRIDE]);
}

const char *
tomoni_session_get_class_title (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), NULL);
  return self->class_title != NULL ? self->class_title : "";
}

void
tomoni_session_set_class_title (TomoniSession *self,
                                const char    *class_title)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (g_strcmp0 (self->class_title != NULL ? self->class_title : "", class_title != NULL ? class_title : "") == 0)
    return;
  g_free (self->class_title);
  self->class_title = g_strdup (class_title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_TITLE]);
}

const char *
tomoni_session_get_class_title_en (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), NULL);
  return self->class_title_en != NULL ? self->class_title_en : "";
}

void
tomoni_session_set_class_title_en (TomoniSession *self,
                                   const char    *class_title_en)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (g_strcmp0 (self->class_title_en != NULL ? self->class_title_en : "", class_title_en != NULL ? class_title_en : "") == 0)
    return;
  g_free (self->class_title_en);
  self->class_title_en = g_strdup (class_title_en);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_TITLE_EN]);
}

const char *
tomoni_session_get_venue_name (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), NULL);
  return self->venue_name != NULL ? self->venue_name : "";
}

void
tomoni_session_set_venue_name (TomoniSession *self,
                               const char    *venue_name)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (g_strcmp0 (self->venue_name != NULL ? self->venue_name : "", venue_name != NULL ? venue_name : "") == 0)
    return;
  g_free (self->venue_name);
  self->venue_name = g_strdup (venue_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_NAME]);
}

const char *
tomoni_session_get_room_name (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), NULL);
  return self->room_name != NULL ? self->room_name : "";
}

void
tomoni_session_set_room_name (TomoniSession *self,
                              const char    *room_name)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (g_strcmp0 (self->room_name != NULL ? self->room_name : "", room_name != NULL ? room_name : "") == 0)
    return;
  g_free (self->room_name);
  self->room_name = g_strdup (room_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM_NAME]);
}

int
tomoni_session_get_n_attended (TomoniSession *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION (self), 0);
  return self->n_attended;
}

void
tomoni_session_set_n_attended (TomoniSession *self,
                               int            n_attended)
{
  g_return_if_fail (TOMONI_IS_SESSION (self));

  if (self->n_attended == n_attended)
    return;
  self->n_attended = n_attended;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ATTENDED]);
}


const char *
tomoni_session_status_label (const char *status)
{
  if (g_strcmp0 (status, "scheduled") == 0)
    return _("Scheduled");
  if (g_strcmp0 (status, "cancelled") == 0)
    return _("Cancelled");
  if (g_strcmp0 (status, "skipped") == 0)
    /* Translators: a date without a session (holiday, closure) */
    return _("No class");
  if (g_strcmp0 (status, "moved") == 0)
    return _("Moved");
  return status != NULL ? status : "";
}
