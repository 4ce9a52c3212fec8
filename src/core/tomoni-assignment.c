/* tomoni-assignment.c: a volunteer in a slot, with its check-in
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-assignment"

#include <glib/gi18n-lib.h>

#include "tomoni-assignment.h"

static const char * const status_names[] = { "assigned", "confirmed", "cancelled" };
static const char * const status_labels[] = {
  /* Translators: status of a volunteer's assignment to a shift */
  N_("Assigned"), N_("Confirmed"), N_("Cancelled")
};
static const char * const checkin_names[] = { "", "present", "no-show" };
static const char * const checkin_labels[] = {
  /* Translators: check-in of a volunteer on the day */
  N_("Not checked in"), N_("Present"), N_("No-show")
};

const char *
tomoni_assignment_status_to_string (TomoniAssignmentStatus status)
{
  g_return_val_if_fail (status <= TOMONI_ASSIGNMENT_CANCELLED, "");
  return status_names[status];
}

const char *
tomoni_assignment_status_get_label (TomoniAssignmentStatus status)
{
  g_return_val_if_fail (status <= TOMONI_ASSIGNMENT_CANCELLED, "");
  return _(status_labels[status]);
}

const char *
tomoni_checkin_to_string (TomoniCheckin checkin)
{
  g_return_val_if_fail (checkin <= TOMONI_CHECKIN_NO_SHOW, "");
  return checkin_names[checkin];
}

const char *
tomoni_checkin_get_label (TomoniCheckin checkin)
{
  g_return_val_if_fail (checkin <= TOMONI_CHECKIN_NO_SHOW, "");
  return _(checkin_labels[checkin]);
}

gboolean
tomoni_checkin_from_string (const char    *text,
                            TomoniCheckin *out_checkin)
{
  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (checkin_names); i++)
    if (g_str_equal (text, checkin_names[i]))
      {
        *out_checkin = i;
        return TRUE;
      }
  if (g_str_equal (text, "none"))
    {
      *out_checkin = TOMONI_CHECKIN_NONE;
      return TRUE;
    }
  return FALSE;
}

struct _TomoniAssignment
{
  GObject                parent_instance;

  gint64                 id, slot_id, shift_id, activity_id, person_id;
  char                  *uuid, *shift_uuid, *activity_title, *person_uuid, *person_name, *role, *date;
  int                    start_minute, end_minute;
  TomoniAssignmentStatus status;
  char                  *source;
  gint64                 score;
  char                  *override_reason, *cancel_reason;
  TomoniCheckin          checkin;
  int                    minutes;
};

G_DEFINE_FINAL_TYPE (TomoniAssignment, tomoni_assignment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID, PROP_UUID, PROP_SLOT_ID, PROP_SHIFT_ID, PROP_SHIFT_UUID, PROP_ACTIVITY_ID,
  PROP_ACTIVITY_TITLE, PROP_PERSON_ID, PROP_PERSON_UUID, PROP_PERSON_NAME, PROP_ROLE,
  PROP_DATE, PROP_START_MINUTE, PROP_END_MINUTE, PROP_STATUS, PROP_SOURCE, PROP_SCORE,
  PROP_OVERRIDE_REASON, PROP_CANCEL_REASON, PROP_CHECKIN, PROP_MINUTES, PROP_MINUTES_CORRECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_assignment_finalize (GObject *object)
{
  TomoniAssignment *self = (TomoniAssignment *)object;

  g_free (self->uuid);
  g_free (self->shift_uuid);
  g_free (self->activity_title);
  g_free (self->person_uuid);
  g_free (self->person_name);
  g_free (self->role);
  g_free (self->date);
  g_free (self->source);
  g_free (self->override_reason);
  g_free (self->cancel_reason);
  G_OBJECT_CLASS (tomoni_assignment_parent_class)->finalize (object);
}

static void
tomoni_assignment_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TomoniAssignment *self = TOMONI_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_UUID: g_value_set_string (value, self->uuid); break;
    case PROP_SLOT_ID: g_value_set_int64 (value, self->slot_id); break;
    case PROP_SHIFT_ID: g_value_set_int64 (value, self->shift_id); break;
    case PROP_SHIFT_UUID: g_value_set_string (value, self->shift_uuid); break;
    case PROP_ACTIVITY_ID: g_value_set_int64 (value, self->activity_id); break;
    case PROP_ACTIVITY_TITLE: g_value_set_string (value, self->activity_title); break;
    case PROP_PERSON_ID: g_value_set_int64 (value, self->person_id); break;
    case PROP_PERSON_UUID: g_value_set_string (value, self->person_uuid); break;
    case PROP_PERSON_NAME: g_value_set_string (value, self->person_name); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_START_MINUTE: g_value_set_int (value, self->start_minute); break;
    case PROP_END_MINUTE: g_value_set_int (value, self->end_minute); break;
    case PROP_STATUS: g_value_set_string (value, status_names[self->status]); break;
    case PROP_SOURCE: g_value_set_string (value, self->source); break;
    case PROP_SCORE: g_value_set_int64 (value, self->score); break;
    case PROP_OVERRIDE_REASON: g_value_set_string (value, self->override_reason); break;
    case PROP_CANCEL_REASON: g_value_set_string (value, self->cancel_reason); break;
    case PROP_CHECKIN: g_value_set_string (value, checkin_names[self->checkin]); break;
    case PROP_MINUTES: g_value_set_int (value, tomoni_assignment_get_minutes (self)); break;
    case PROP_MINUTES_CORRECTED: g_value_set_boolean (value, self->minutes >= 0); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_assignment_class_init (TomoniAssignmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_assignment_finalize;
  object_class->get_property = tomoni_assignment_get_property;

#define INT64(prop, name) properties[prop] = g_param_spec_int64 (name, NULL, NULL, -1, G_MAXINT64, 0, ro)
#define STRING(prop, name) properties[prop] = g_param_spec_string (name, NULL, NULL, NULL, ro)
  INT64 (PROP_ID, "id");
  STRING (PROP_UUID, "uuid");
  INT64 (PROP_SLOT_ID, "slot-id");
  INT64 (PROP_SHIFT_ID, "shift-id");
  STRING (PROP_SHIFT_UUID, "shift-uuid");
  INT64 (PROP_ACTIVITY_ID, "activity-id");
  STRING (PROP_ACTIVITY_TITLE, "activity-title");
  INT64 (PROP_PERSON_ID, "person-id");
  STRING (PROP_PERSON_UUID, "person-uuid");
  STRING (PROP_PERSON_NAME, "person-name");
  STRING (PROP_ROLE, "role");
  STRING (PROP_DATE, "date");
  properties[PROP_START_MINUTE] = g_param_spec_int ("start-minute", NULL, NULL, 0, 1440, 0, ro);
  properties[PROP_END_MINUTE] = g_param_spec_int ("end-minute", NULL, NULL, 0, 1440, 0, ro);
  STRING (PROP_STATUS, "status");
  STRING (PROP_SOURCE, "source");
  INT64 (PROP_SCORE, "score");
  STRING (PROP_OVERRIDE_REASON, "override-reason");
  STRING (PROP_CANCEL_REASON, "cancel-reason");
  STRING (PROP_CHECKIN, "checkin");
  properties[PROP_MINUTES] = g_param_spec_int ("minutes", NULL, NULL, 0, 1440, 0, ro);
  properties[PROP_MINUTES_CORRECTED] = g_param_spec_boolean ("minutes-corrected", NULL, NULL, FALSE, ro);
#undef INT64
#undef STRING
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_assignment_init (TomoniAssignment *self)
{
  self->score = -1;
  self->minutes = -1;
}

TomoniAssignment *
tomoni_assignment_new (void)
{
  return g_object_new (TOMONI_TYPE_ASSIGNMENT, NULL);
}

TomoniAssignment *
tomoni_assignment_new_from_fields (const TomoniAssignmentFields *fields)
{
  TomoniAssignment *self = tomoni_assignment_new ();

  self->id = fields->id;
  self->slot_id = fields->slot_id;
  self->shift_id = fields->shift_id;
  self->activity_id = fields->activity_id;
  self->person_id = fields->person_id;
  self->uuid = g_strdup (fields->uuid);
  self->shift_uuid = g_strdup (fields->shift_uuid);
  self->activity_title = g_strdup (fields->activity_title ? fields->activity_title : "");
  self->person_uuid = g_strdup (fields->person_uuid);
  self->person_name = g_strdup (fields->person_name ? fields->person_name : "");
  self->role = g_strdup (fields->role ? fields->role : "");
  self->date = g_strdup (fields->date);
  self->start_minute = fields->start_minute;
  self->end_minute = fields->end_minute;
  self->status = fields->status;
  self->source = g_strdup (fields->source ? fields->source : "manual");
  self->score = fields->score;
  self->override_reason = g_strdup (fields->override_reason ? fields->override_reason : "");
  self->cancel_reason = g_strdup (fields->cancel_reason ? fields->cancel_reason : "");
  self->checkin = fields->checkin;
  self->minutes = fields->minutes;
  return self;
}

#define GETTER(type, name, fallback)                                 \
type                                                                 \
tomoni_assignment_get_##name (TomoniAssignment *self)               \
{                                                                    \
  g_return_val_if_fail (TOMONI_IS_ASSIGNMENT (self), fallback);      \
  return self->name;                                                 \
}

GETTER (gint64, id, 0)
GETTER (const char *, uuid, NULL)
GETTER (gint64, slot_id, 0)
GETTER (gint64, shift_id, 0)
GETTER (const char *, shift_uuid, NULL)
GETTER (gint64, activity_id, 0)
GETTER (const char *, activity_title, NULL)
GETTER (gint64, person_id, 0)
GETTER (const char *, person_uuid, NULL)
GETTER (const char *, person_name, NULL)
GETTER (const char *, role, NULL)
GETTER (const char *, date, NULL)
GETTER (int, start_minute, 0)
GETTER (int, end_minute, 0)
GETTER (TomoniAssignmentStatus, status, TOMONI_ASSIGNMENT_ASSIGNED)
GETTER (const char *, source, NULL)
GETTER (gint64, score, -1)
GETTER (const char *, override_reason, NULL)
GETTER (const char *, cancel_reason, NULL)
GETTER (TomoniCheckin, checkin, TOMONI_CHECKIN_NONE)

int
tomoni_assignment_get_minutes (TomoniAssignment *self)
{
  g_return_val_if_fail (TOMONI_IS_ASSIGNMENT (self), 0);
  return self->minutes >= 0 ? self->minutes : self->end_minute - self->start_minute;
}

gboolean
tomoni_assignment_get_minutes_corrected (TomoniAssignment *self)
{
  g_return_val_if_fail (TOMONI_IS_ASSIGNMENT (self), FALSE);
  return self->minutes >= 0;
}
