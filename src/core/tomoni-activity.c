/* tomoni-activity.c: a volunteer activity and who asked for it
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-activity"

#include <glib/gi18n-lib.h>

#include "tomoni-activity.h"

static const char * const kind_names[] = {
  "class-assistance", "interpretation", "exchange-event", "conference",
  "youth-exchange", "disaster-support", "other",
};

static const char * const kind_labels[] = {
  /* Translators: kinds of volunteer activity */
  N_("Class assistance"), N_("Interpretation dispatch"), N_("Exchange event"),
  N_("Conference support"), N_("Youth exchange"), N_("Disaster support"), N_("Other"),
};

const char *
tomoni_activity_kind_to_string (TomoniActivityKind kind)
{
  g_return_val_if_fail (kind < TOMONI_ACTIVITY_N_KINDS, "other");
  return kind_names[kind];
}

const char *
tomoni_activity_kind_get_label (TomoniActivityKind kind)
{
  g_return_val_if_fail (kind < TOMONI_ACTIVITY_N_KINDS, "");
  return _(kind_labels[kind]);
}

gboolean
tomoni_activity_kind_from_string (const char         *text,
                                  TomoniActivityKind *out_kind)
{
  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < TOMONI_ACTIVITY_N_KINDS; i++)
    if (g_str_equal (text, kind_names[i]))
      {
        *out_kind = i;
        return TRUE;
      }
  return FALSE;
}

/* String properties are kept in one array indexed by property id. */
enum {
  PROP_0,
  PROP_UUID,
  PROP_TITLE,
  PROP_TITLE_EN,
  PROP_REQUESTER_NAME,
  PROP_REQUESTER_KIND,
  PROP_REQUESTER_CONTACT,
  PROP_REQUESTER_NOTES,
  PROP_NOTES,
  PROP_FIRST_DATE,
  PROP_LAST_DATE,
  N_STRING_PROPS,
  PROP_ID = N_STRING_PROPS,
  PROP_KIND,
  PROP_VENUE_ID,
  PROP_REQUESTER_ID,
  PROP_CONFIDENTIAL,
  PROP_N_SHIFTS,
  PROP_N_NEEDED,
  PROP_N_ASSIGNED,
  N_PROPS
};

struct _TomoniActivity
{
  GObject             parent_instance;

  char               *strings[N_STRING_PROPS];
  gint64              id;
  TomoniActivityKind  kind;
  gint64              venue_id;
  gint64              requester_id;
  gboolean            confidential;
  guint               n_shifts;
  guint               n_needed;
  guint               n_assigned;
};

G_DEFINE_FINAL_TYPE (TomoniActivity, tomoni_activity, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
tomoni_activity_finalize (GObject *object)
{
  TomoniActivity *self = (TomoniActivity *)object;

  for (guint i = 0; i < N_STRING_PROPS; i++)
    g_free (self->strings[i]);
  G_OBJECT_CLASS (tomoni_activity_parent_class)->finalize (object);
}

static void
set_string (TomoniActivity *self,
            guint           prop,
            const char     *value)
{
  if (value == NULL && prop != PROP_UUID)
    value = "";
  if (g_strcmp0 (self->strings[prop], value) == 0)
    return;
  g_free (self->strings[prop]);
  self->strings[prop] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
tomoni_activity_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TomoniActivity *self = TOMONI_ACTIVITY (object);

  if (prop_id > PROP_0 && prop_id < N_STRING_PROPS)
    {
      g_value_set_string (value, self->strings[prop_id]);
      return;
    }
  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_KIND: g_value_set_string (value, kind_names[self->kind]); break;
    case PROP_VENUE_ID: g_value_set_int64 (value, self->venue_id); break;
    case PROP_REQUESTER_ID: g_value_set_int64 (value, self->requester_id); break;
    case PROP_CONFIDENTIAL: g_value_set_boolean (value, self->confidential); break;
    case PROP_N_SHIFTS: g_value_set_uint (value, self->n_shifts); break;
    case PROP_N_NEEDED: g_value_set_uint (value, self->n_needed); break;
    case PROP_N_ASSIGNED: g_value_set_uint (value, self->n_assigned); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_activity_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TomoniActivity *self = TOMONI_ACTIVITY (object);
  TomoniActivityKind kind;

  if (prop_id > PROP_0 && prop_id < PROP_FIRST_DATE)
    {
      set_string (self, prop_id, g_value_get_string (value));
      return;
    }
  switch (prop_id)
    {
    case PROP_ID: tomoni_activity_set_id (self, g_value_get_int64 (value)); break;
    case PROP_KIND:
      if (tomoni_activity_kind_from_string (g_value_get_string (value), &kind))
        tomoni_activity_set_kind (self, kind);
      break;
    case PROP_VENUE_ID: tomoni_activity_set_venue_id (self, g_value_get_int64 (value)); break;
    case PROP_REQUESTER_ID: tomoni_activity_set_requester_id (self, g_value_get_int64 (value)); break;
    case PROP_CONFIDENTIAL: tomoni_activity_set_confidential (self, g_value_get_boolean (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_activity_class_init (TomoniActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const char * const names[N_STRING_PROPS] = {
    NULL, "uuid", "title", "title-en", "requester-name", "requester-kind", "requester-contact",
    "requester-notes", "notes", "first-date", "last-date",
  };

  object_class->finalize = tomoni_activity_finalize;
  object_class->get_property = tomoni_activity_get_property;
  object_class->set_property = tomoni_activity_set_property;

  for (guint i = 1; i < N_STRING_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, i < PROP_FIRST_DATE ? rw : ro);
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "other", rw);
  properties[PROP_VENUE_ID] = g_param_spec_int64 ("venue-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_REQUESTER_ID] = g_param_spec_int64 ("requester-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CONFIDENTIAL] = g_param_spec_boolean ("confidential", NULL, NULL, FALSE, rw);
  properties[PROP_N_SHIFTS] = g_param_spec_uint ("n-shifts", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_NEEDED] = g_param_spec_uint ("n-needed", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_ASSIGNED] = g_param_spec_uint ("n-assigned", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_activity_init (TomoniActivity *self)
{
  for (guint i = PROP_TITLE; i < N_STRING_PROPS; i++)
    self->strings[i] = g_strdup ("");
  g_free (self->strings[PROP_REQUESTER_KIND]);
  self->strings[PROP_REQUESTER_KIND] = g_strdup ("other");
  self->kind = TOMONI_ACTIVITY_OTHER;
}

TomoniActivity *
tomoni_activity_new (void)
{
  return g_object_new (TOMONI_TYPE_ACTIVITY, NULL);
}

#define STRING_ACCESSORS(name, prop)                                  \
const char *                                                          \
tomoni_activity_get_##name (TomoniActivity *self)                    \
{                                                                     \
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (self), NULL);             \
  return self->strings[prop];                                         \
}                                                                     \
void                                                                  \
tomoni_activity_set_##name (TomoniActivity *self,                    \
                            const char     *value)                    \
{                                                                     \
  g_return_if_fail (TOMONI_IS_ACTIVITY (self));                       \
  set_string (self, prop, value);                                     \
}

STRING_ACCESSORS (uuid, PROP_UUID)
STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (title_en, PROP_TITLE_EN)
STRING_ACCESSORS (requester_name, PROP_REQUESTER_NAME)
STRING_ACCESSORS (requester_kind, PROP_REQUESTER_KIND)
STRING_ACCESSORS (requester_contact, PROP_REQUESTER_CONTACT)
STRING_ACCESSORS (requester_notes, PROP_REQUESTER_NOTES)
STRING_ACCESSORS (notes, PROP_NOTES)

const char *
tomoni_activity_get_first_date (TomoniActivity *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (self), NULL);
  return self->strings[PROP_FIRST_DATE];
}

const char *
tomoni_activity_get_last_date (TomoniActivity *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (self), NULL);
  return self->strings[PROP_LAST_DATE];
}

#define INT_ACCESSORS(type, name, field, prop)                        \
type                                                                  \
tomoni_activity_get_##name (TomoniActivity *self)                    \
{                                                                     \
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (self), 0);                \
  return self->field;                                                 \
}                                                                     \
void                                                                  \
tomoni_activity_set_##name (TomoniActivity *self,                    \
                            type            value)                    \
{                                                                     \
  g_return_if_fail (TOMONI_IS_ACTIVITY (self));                       \
  if (self->field == value)                                           \
    return;                                                           \
  self->field = value;                                                \
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);       \
}

INT_ACCESSORS (gint64, id, id, PROP_ID)
INT_ACCESSORS (TomoniActivityKind, kind, kind, PROP_KIND)
INT_ACCESSORS (gint64, venue_id, venue_id, PROP_VENUE_ID)
INT_ACCESSORS (gint64, requester_id, requester_id, PROP_REQUESTER_ID)
INT_ACCESSORS (gboolean, confidential, confidential, PROP_CONFIDENTIAL)

guint
tomoni_activity_get_n_shifts (TomoniActivity *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (self), 0);
  return self->n_shifts;
}

guint
tomoni_activity_get_n_needed (TomoniActivity *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (self), 0);
  return self->n_needed;
}

guint
tomoni_activity_get_n_assigned (TomoniActivity *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (self), 0);
  return self->n_assigned;
}

void
tomoni_activity_set_summary (TomoniActivity *self,
                             const char     *first_date,
                             const char     *last_date,
                             guint           n_shifts,
                             guint           n_needed,
                             guint           n_assigned)
{
  g_return_if_fail (TOMONI_IS_ACTIVITY (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_string (self, PROP_FIRST_DATE, first_date);
  set_string (self, PROP_LAST_DATE, last_date);
#define SET_COUNT(field, prop) \
  if (self->field != field) { self->field = field; g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); }
  SET_COUNT (n_shifts, PROP_N_SHIFTS)
  SET_COUNT (n_needed, PROP_N_NEEDED)
  SET_COUNT (n_assigned, PROP_N_ASSIGNED)
#undef SET_COUNT
  g_object_thaw_notify (G_OBJECT (self));
}
