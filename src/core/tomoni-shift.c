/* tomoni-shift.c: one shift of an activity
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-shift"

#include <glib/gi18n-lib.h>

#include "tomoni-shift.h"

struct _TomoniShift
{
  GObject     parent_instance;

  gint64      id;
  char       *uuid;
  gint64      activity_id;
  char       *activity_title;
  char       *date;
  int         start_minute;
  int         end_minute;
  GListStore *slots;
};

G_DEFINE_FINAL_TYPE (TomoniShift, tomoni_shift, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_ACTIVITY_ID,
  PROP_ACTIVITY_TITLE,
  PROP_DATE,
  PROP_START_MINUTE,
  PROP_END_MINUTE,
  PROP_TIME_TEXT,
  PROP_N_NEEDED,
  PROP_N_ASSIGNED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_shift_finalize (GObject *object)
{
  TomoniShift *self = (TomoniShift *)object;

  g_free (self->uuid);
  g_free (self->activity_title);
  g_free (self->date);
  g_object_unref (self->slots);
  G_OBJECT_CLASS (tomoni_shift_parent_class)->finalize (object);
}

static void
tomoni_shift_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TomoniShift *self = TOMONI_SHIFT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_UUID: g_value_set_string (value, self->uuid); break;
    case PROP_ACTIVITY_ID: g_value_set_int64 (value, self->activity_id); break;
    case PROP_ACTIVITY_TITLE: g_value_set_string (value, self->activity_title); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_START_MINUTE: g_value_set_int (value, self->start_minute); break;
    case PROP_END_MINUTE: g_value_set_int (value, self->end_minute); break;
    case PROP_TIME_TEXT:
      g_value_take_string (value, g_strdup_printf ("%02d:%02d–%02d:%02d",
                                                   self->start_minute / 60, self->start_minute % 60,
                                                   self->end_minute / 60, self->end_minute % 60));
      break;
    case PROP_N_NEEDED: g_value_set_uint (value, tomoni_shift_get_n_needed (self)); break;
    case PROP_N_ASSIGNED: g_value_set_uint (value, tomoni_shift_get_n_assigned (self)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_shift_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TomoniShift *self = TOMONI_SHIFT (object);

  switch (prop_id)
    {
    case PROP_ID: tomoni_shift_set_id (self, g_value_get_int64 (value)); break;
    case PROP_UUID: tomoni_shift_set_uuid (self, g_value_get_string (value)); break;
    case PROP_ACTIVITY_ID: tomoni_shift_set_activity_id (self, g_value_get_int64 (value)); break;
    case PROP_DATE: tomoni_shift_set_date (self, g_value_get_string (value)); break;
    case PROP_START_MINUTE: tomoni_shift_set_times (self, g_value_get_int (value), self->end_minute); break;
    case PROP_END_MINUTE: tomoni_shift_set_times (self, self->start_minute, g_value_get_int (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_shift_class_init (TomoniShiftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_shift_finalize;
  object_class->get_property = tomoni_shift_get_property;
  object_class->set_property = tomoni_shift_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, rw);
  properties[PROP_ACTIVITY_ID] = g_param_spec_int64 ("activity-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ACTIVITY_TITLE] = g_param_spec_string ("activity-title", NULL, NULL, "", ro);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, rw);
  properties[PROP_START_MINUTE] = g_param_spec_int ("start-minute", NULL, NULL, -1, 1440, 0, rw);
  properties[PROP_END_MINUTE] = g_param_spec_int ("end-minute", NULL, NULL, -1, 1440, 0, rw);
  properties[PROP_TIME_TEXT] = g_param_spec_string ("time-text", NULL, NULL, "", ro);
  properties[PROP_N_NEEDED] = g_param_spec_uint ("n-needed", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_ASSIGNED] = g_param_spec_uint ("n-assigned", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_shift_init (TomoniShift *self)
{
  self->activity_title = g_strdup ("");
  self->slots = g_list_store_new (TOMONI_TYPE_SLOT);
}

TomoniShift *
tomoni_shift_new (void)
{
  return g_object_new (TOMONI_TYPE_SHIFT, NULL);
}

static void
set_string (TomoniShift  *self,
            char        **field,
            const char   *value,
            guint         prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

gint64
tomoni_shift_get_id (TomoniShift *self)
{
  g_return_val_if_fail (TOMONI_IS_SHIFT (self), 0);
  return self->id;
}

void
tomoni_shift_set_id (TomoniShift *self,
                     gint64       id)
{
  g_return_if_fail (TOMONI_IS_SHIFT (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_shift_get_uuid (TomoniShift *self)
{
  g_return_val_if_fail (TOMONI_IS_SHIFT (self), NULL);
  return self->uuid;
}

void
tomoni_shift_set_uuid (TomoniShift *self,
                       const char  *uuid)
{
  g_return_if_fail (TOMONI_IS_SHIFT (self));
  set_string (self, &self->uuid, uuid, PROP_UUID);
}

gint64
tomoni_shift_get_activity_id (TomoniShift *self)
{
  g_return_val_if_fail (TOMONI_IS_SHIFT (self), 0);
  return self->activity_id;
}

void
tomoni_shift_set_activity_id (TomoniShift *self,
                              gint64       activity_id)
{
  g_return_if_fail (TOMONI_IS_SHIFT (self));
  if (self->activity_id == activity_id)
    return;
  self->activity_id = activity_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY_ID]);
}

const char *
tomoni_shift_get_activity_title (TomoniShift *self)
{
  g_return_val_if_fail (TOMONI_IS_SHIFT (self), NULL);
  return self->activity_title;
}

void
tomoni_shift_set_activity_title (TomoniShift *self,
                                 const char  *title)
{
  g_return_if_fail (TOMONI_IS_SHIFT (self));
  set_string (self, &self->activity_title, title != NULL ? title : "", PROP_ACTIVITY_TITLE);
}

const char *
tomoni_shift_get_date (TomoniShift *self)
{
  g_return_val_if_fail (TOMONI_IS_SHIFT (self), NULL);
  return self->date;
}

void
tomoni_shift_set_date (TomoniShift *self,
                       const char  *date)
{
  g_return_if_fail (TOMONI_IS_SHIFT (self));
  set_string (self, &self->date, date, PROP_DATE);
}

int
tomoni_shift_get_start_minute (TomoniShift *self)
{
  g_return_val_if_fail (TOMONI_IS_SHIFT (self), 0);
  return self->start_minute;
}

int
tomoni_shift_get_end_minute (TomoniShift *self)
{
  g_return_val_if_fail (TOMONI_IS_SHIFT (self), 0);
  return self->end_minute;
}

void
tomoni_shift_set_times (TomoniShift *self,
                        int          start_minute,
                        int          end_minute)
{
  g_return_if_fail (TOMONI_IS_SHIFT (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->start_minute != start_minute)
    {
      self->start_minute = start_minute;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_MINUTE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_TEXT]);
    }
  if (self->end_minute != end_minute)
    {
      self->end_minute = end_minute;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_MINUTE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_TEXT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

GListStore *
tomoni_shift_get_slots (TomoniShift *self)
{
  g_return_val_if_fail (TOMONI_IS_SHIFT (self), NULL);
  return self->slots;
}

void
tomoni_shift_add_slot (TomoniShift *self,
                       TomoniSlot  *slot)
{
  g_return_if_fail (TOMONI_IS_SHIFT (self));
  g_return_if_fail (TOMONI_IS_SLOT (slot));
  g_list_store_append (self->slots, slot);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_NEEDED]);
}

guint
tomoni_shift_get_n_needed (TomoniShift *self)
{
  guint n = 0;

  g_return_val_if_fail (TOMONI_IS_SHIFT (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->slots)); i++)
    {
      g_autoptr(TomoniSlot) slot = g_list_model_get_item (G_LIST_MODEL (self->slots), i);
      n += tomoni_slot_get_needed (slot);
    }
  return n;
}

guint
tomoni_shift_get_n_assigned (TomoniShift *self)
{
  guint n = 0;

  g_return_val_if_fail (TOMONI_IS_SHIFT (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->slots)); i++)
    {
      g_autoptr(TomoniSlot) slot = g_list_model_get_item (G_LIST_MODEL (self->slots), i);
      n += tomoni_slot_get_n_assigned (slot);
    }
  return n;
}

gboolean
tomoni_times_overlap (const char *date_a,
                      int         start_a,
                      int         end_a,
                      const char *date_b,
                      int         start_b,
                      int         end_b)
{
  g_return_val_if_fail (date_a != NULL && date_b != NULL, FALSE);
  return g_str_equal (date_a, date_b) && start_a < end_b && start_b < end_a;
}
