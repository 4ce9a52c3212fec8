/* tomoni-class.c: a Japanese class
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes"

#include <glib/gi18n-lib.h>

#include "tomoni-class.h"

struct _TomoniClass
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  char *title_ja;
  char *title_en;
  char *level;
  char *target_group;
  char *format;
  gint64 venue_id;
  gint64 room_id;
  int capacity;
  gboolean meets_on_holidays;
  char *notes;
  char *venue_name;
  char *room_name;
  int n_enrolled;
  int n_waiting;
};

G_DEFINE_FINAL_TYPE (TomoniClass, tomoni_class, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_TITLE_JA,
  PROP_TITLE_EN,
  PROP_LEVEL,
  PROP_TARGET_GROUP,
  PROP_FORMAT,
  PROP_VENUE_ID,
  PROP_ROOM_ID,
  PROP_CAPACITY,
  PROP_MEETS_ON_HOLIDAYS,
  PROP_NOTES,
  PROP_VENUE_NAME,
  PROP_ROOM_NAME,
  PROP_N_ENROLLED,
  PROP_N_WAITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_class_finalize (GObject *object)
{
  TomoniClass *self = (TomoniClass *)object;

  g_free (self->uuid);
  g_free (self->title_ja);
  g_free (self->title_en);
  g_free (self->level);
  g_free (self->target_group);
  g_free (self->format);
  g_free (self->notes);
  g_free (self->venue_name);
  g_free (self->room_name);

  G_OBJECT_CLASS (tomoni_class_parent_class)->finalize (object);
}

static void
tomoni_class_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TomoniClass *self = TOMONI_CLASS (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tomoni_class_get_id (self));
      break;
    case PROP_UUID:
      g_value_set_string (value, tomoni_class_get_uuid (self));
      break;
    case PROP_TITLE_JA:
      g_value_set_string (value, tomoni_class_get_title_ja (self));
      break;
    case PROP_TITLE_EN:
      g_value_set_string (value, tomoni_class_get_title_en (self));
      break;
    case PROP_LEVEL:
      g_value_set_string (value, tomoni_class_get_level (self));
      break;
    case PROP_TARGET_GROUP:
      g_value_set_string (value, tomoni_class_get_target_group (self));
      break;
    case PROP_FORMAT:
      g_value_set_string (value, tomoni_class_get_format (self));
      break;
    case PROP_VENUE_ID:
      g_value_set_int64 (value, tomoni_class_get_venue_id (self));
      break;
    case PROP_ROOM_ID:
      g_value_set_int64 (value, tomoni_class_get_room_id (self));
      break;
    case PROP_CAPACITY:
      g_value_set_int (value, tomoni_class_get_capacity (self));
      break;
    case PROP_MEETS_ON_HOLIDAYS:
      g_value_set_boolean (value, tomoni_class_get_meets_on_holidays (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, tomoni_class_get_notes (self));
      break;
    case PROP_VENUE_NAME:
      g_value_set_string (value, tomoni_class_get_venue_name (self));
      break;
    case PROP_ROOM_NAME:
      g_value_set_string (value, tomoni_class_get_room_name (self));
      break;
    case PROP_N_ENROLLED:
      g_value_set_int (value, tomoni_class_get_n_enrolled (self));
      break;
    case PROP_N_WAITING:
      g_value_set_int (value, tomoni_class_get_n_waiting (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_class_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TomoniClass *self = TOMONI_CLASS (object);

  switch (prop_id)
    {
    case PROP_ID:
      tomoni_class_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      tomoni_class_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_TITLE_JA:
      tomoni_class_set_title_ja (self, g_value_get_string (value));
      break;
    case PROP_TITLE_EN:
      tomoni_class_set_title_en (self, g_value_get_string (value));
      break;
    case PROP_LEVEL:
      tomoni_class_set_level (self, g_value_get_string (value));
      break;
    case PROP_TARGET_GROUP:
      tomoni_class_set_target_group (self, g_value_get_string (value));
      break;
    case PROP_FORMAT:
      tomoni_class_set_format (self, g_value_get_string (value));
      break;
    case PROP_VENUE_ID:
      tomoni_class_set_venue_id (self, g_value_get_int64 (value));
      break;
    case PROP_ROOM_ID:
      tomoni_class_set_room_id (self, g_value_get_int64 (value));
      break;
    case PROP_CAPACITY:
      tomoni_class_set_capacity (self, g_value_get_int (value));
      break;
    case PROP_MEETS_ON_HOLIDAYS:
      tomoni_class_set_meets_on_holidays (self, g_value_get_boolean (value));
      break;
    case PROP_NOTES:
      tomoni_class_set_notes (self, g_value_get_string (value));
      break;
    case PROP_VENUE_NAME:
      tomoni_class_set_venue_name (self, g_value_get_string (value));
      break;
    case PROP_ROOM_NAME:
      tomoni_class_set_room_name (self, g_value_get_string (value));
      break;
    case PROP_N_ENROLLED:
      tomoni_class_set_n_enrolled (self, g_value_get_int (value));
      break;
    case PROP_N_WAITING:
      tomoni_class_set_n_waiting (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_class_class_init (TomoniClassClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_class_finalize;
  object_class->get_property = tomoni_class_get_property;
  object_class->set_property = tomoni_class_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_TITLE_JA] =
    g_param_spec_string ("title-ja", NULL, NULL, "", flags);
  properties[PROP_TITLE_EN] =
    g_param_spec_string ("title-en", NULL, NULL, "", flags);
  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL, "", flags);
  properties[PROP_TARGET_GROUP] =
    g_param_spec_string ("target-group", NULL, NULL, "", flags);
  properties[PROP_FORMAT] =
    g_param_spec_string ("format", NULL, NULL, "", flags);
  properties[PROP_VENUE_ID] =
    g_param_spec_int64 ("venue-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROOM_ID] =
    g_param_spec_int64 ("room-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CAPACITY] =
    g_param_spec_int ("capacity", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_MEETS_ON_HOLIDAYS] =
    g_param_spec_boolean ("meets-on-holidays", NULL, NULL, FALSE, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_VENUE_NAME] =
    g_param_spec_string ("venue-name", NULL, NULL, "", flags);
  properties[PROP_ROOM_NAME] =
    g_param_spec_string ("room-name", NULL, NULL, "", flags);
  properties[PROP_N_ENROLLED] =
    g_param_spec_int ("n-enrolled", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_N_WAITING] =
    g_param_spec_int ("n-waiting", NULL, NULL, G_MININT, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_class_init (TomoniClass *self)
{
}

TomoniClass *
tomoni_class_new (void)
{
  return g_object_new (TOMONI_TYPE_CLASS, NULL);
}

/**
 * tomoni_class_copy:
 *
 * Returns: (transfer full): a new record with the same fields
 */
TomoniClass *
tomoni_class_copy (TomoniClass *self)
{
  TomoniClass *copy;

  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);

  copy = tomoni_class_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->title_ja = g_strdup (self->title_ja);
  copy->title_en = g_strdup (self->title_en);
  copy->level = g_strdup (self->level);
  copy->target_group = g_strdup (self->target_group);
  copy->format = g_strdup (self->format);
  copy->venue_id = self->venue_id;
  copy->room_id = self->room_id;
  copy->capacity = self->capacity;
  copy->meets_on_holidays = self->meets_on_holidays;
  copy->notes = g_strdup (self->notes);
  copy->venue_name = g_strdup (self->venue_name);
  copy->room_name = g_strdup (self->room_name);
  copy->n_enrolled = self->n_enrolled;
  copy->n_waiting = self->n_waiting;
  return copy;
}

gint64
tomoni_class_get_id (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), 0);
  return self->id;
}

void
tomoni_class_set_id (TomoniClass *self,
                     gint64       id)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_class_get_uuid (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);
  return self->uuid != NULL ? self->uuid : "";
}

void
tomoni_class_set_uuid (TomoniClass *self,
                       const char  *uuid)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (g_strcmp0 (self->uuid != NULL ? self->uuid : "", uuid != NULL ? uuid : "") == 0)
    return;
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
tomoni_class_get_title_ja (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);
  return self->title_ja != NULL ? self->title_ja : "";
}

void
tomoni_class_set_title_ja (TomoniClass *self,
                           const char  *title_ja)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (g_strcmp0 (self->title_ja != NULL ? self->title_ja : "", title_ja != NULL ? title_ja : "") == 0)
    return;
  g_free (self->title_ja);
  self->title_ja = g_strdup (title_ja);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_JA]);
}

const char *
tomoni_class_get_title_en (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);
  return self->title_en != NULL ? self->title_en : "";
}

void
tomoni_class_set_title_en (TomoniClass *self,
                           const char  *title_en)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (g_strcmp0 (self->title_en != NULL ? self->title_en : "", title_en != NULL ? title_en : "") == 0)
    return;
  g_free (self->title_en);
  self->title_en = g_strdup (title_en);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_EN]);
}

const char *
tomoni_class_get_level (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);
  return self->level != NULL ? self->level : "";
}

void
tomoni_class_set_level (TomoniClass *self,
                        const char  *level)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (g_strcmp0 (self->level != NULL ? self->level : "", level != NULL ? level : "") == 0)
    return;
  g_free (self->level);
  self->level = g_strdup (level);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

const char *
tomoni_class_get_target_group (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);
  return self->target_group != NULL ? self->target_group : "";
}

void
tomoni_class_set_target_group (TomoniClass *self,
                               const char  *target_group)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (g_strcmp0 (self->target_group != NULL ? self->target_group : "", target_group != NULL ? target_group : "") == 0)
    return;
  g_free (self->target_group);
  self->target_group = g_strdup (target_group);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_GROUP]);
}

const char *
tomoni_class_get_format (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);
  return self->format != NULL ? self->format : "";
}

void
tomoni_class_set_format (TomoniClass *self,
                         const char  *format)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (g_strcmp0 (self->format != NULL ? self->format : "", format != NULL ? format : "") == 0)
    return;
  g_free (self->format);
  self->format = g_strdup (format);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

gint64
tomoni_class_get_venue_id (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), 0);
  return self->venue_id;
}

void
tomoni_class_set_venue_id (TomoniClass *self,
                           gint64       venue_id)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (self->venue_id == venue_id)
    return;
  self->venue_id = venue_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_ID]);
}

gint64
tomoni_class_get_room_id (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), 0);
  return self->room_id;
}

void
tomoni_class_set_room_id (TomoniClass *self,
                          gint64       room_id)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (self->room_id == room_id)
    return;
  self->room_id = room_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM_ID]);
}

int
tomoni_class_get_capacity (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), 0);
  return self->capacity;
}

void
tomoni_class_set_capacity (TomoniClass *self,
                           int          capacity)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (self->capacity == capacity)
    return;
  self->capacity = capacity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPACITY]);
}

gboolean
tomoni_class_get_meets_on_holidays (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), FALSE);
  return self->meets_on_holidays;
}

void
tomoni_class_set_meets_on_holidays (TomoniClass *self,
                                    gboolean     meets_on_holidays)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  meets_on_holidays = !!meets_on_holidays;
  if (self->meets_on_holidays == meets_on_holidays)
    return;
  self->meets_on_holidays = meets_on_holidays;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETS_ON_HOLIDAYS]);
}

const char *
tomoni_class_get_notes (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);
  return self->notes != NULL ? self->notes : "";
}

void
tomoni_class_set_notes (TomoniClass *self,
                        const char  *notes)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (g_strcmp0 (self->notes != NULL ? self->notes : "", notes != NULL ? notes : "") == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
tomoni_class_get_venue_name (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);
  return self->venue_name != NULL ? self->venue_name : "";
}

void
tomoni_class_set_venue_name (TomoniClass *self,
                             const char  *venue_name)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (g_strcmp0 (self->venue_name != NULL ? self->venue_name : "", venue_name != NULL ? venue_name : "") == 0)
    return;
  g_free (self->venue_name);
  self->venue_name = g_strdup (venue_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_NAME]);
}

const char *
tomoni_class_get_room_name (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);
  return self->room_name != NULL ? self->room_name : "";
}

void
tomoni_class_set_room_name (TomoniClass *self,
                            const char  *room_name)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (g_strcmp0 (self->room_name != NULL ? self->room_name : "", room_name != NULL ? room_name : "") == 0)
    return;
  g_free (self->room_name);
  self->room_name = g_strdup (room_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM_NAME]);
}

int
tomoni_class_get_n_enrolled (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), 0);
  return self->n_enrolled;
}

void
tomoni_class_set_n_enrolled (TomoniClass *self,
                             int          n_enrolled)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (self->n_enrolled == n_enrolled)
    return;
  self->n_enrolled = n_enrolled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ENROLLED]);
}

int
tomoni_class_get_n_waiting (TomoniClass *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), 0);
  return self->n_waiting;
}

void
tomoni_class_set_n_waiting (TomoniClass *self,
                            int          n_waiting)
{
  g_return_if_fail (TOMONI_IS_CLASS (self));

  if (self->n_waiting == n_waiting)
    return;
  self->n_waiting = n_waiting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WAITING]);
}


static const char * const levels[] = { "pre-A1", "A1", "A2", "B1", "B2", "C1", "C2", NULL };
static const char * const target_groups[] = {
  "adults", "children", "parents-and-children", "workers", "students", "other", NULL
};
static const char * const formats[] = { "in-person", "online", "hybrid", NULL };

/* The Japanese Language Education Reference Framework (日本語教育の参照枠) levels. */
const char * const *
tomoni_class_levels (void)
{
  return levels;
}

const char * const *
tomoni_class_target_groups (void)
{
  return target_groups;
}

const char * const *
tomoni_class_formats (void)
{
  return formats;
}

const char *
tomoni_class_level_label (const char *level)
{
  if (level == NULL || *level == '\0')
    /* Translators: a class with no level set */
    return _("Any level");
  if (g_str_equal (level, "pre-A1"))
    /* Translators: the level below A1 of the Japanese Language Education Reference Framework */
    return _("Pre-A1");
  return level;
}

const char *
tomoni_class_target_group_label (const char *group)
{
  static const struct { const char *key; const char *label; } labels[] = {
    { "adults", N_("Adults") },
    /* Translators: a class for children of foreign descent (外国にルーツを持つ子ども) */
    { "children", N_("Children of foreign descent") },
    { "parents-and-children", N_("Parents and children") },
    /* Translators: workplace classes, e.g. for technical interns */
    { "workers", N_("Workers") },
    { "students", N_("Students") },
    { "other", N_("Other") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (group, labels[i].key) == 0)
      return _(labels[i].label);
  return group != NULL ? group : "";
}

const char *
tomoni_class_format_label (const char *format)
{
  if (g_strcmp0 (format, "in-person") == 0)
    return _("In person");
  if (g_strcmp0 (format, "online") == 0)
    return _("Online");
  if (g_strcmp0 (format, "hybrid") == 0)
    /* Translators: a class held in a room and online at the same time */
    return _("Hybrid");
  return format != NULL ? format : "";
}

const char *
tomoni_class_get_title (TomoniClass *self,
                        gboolean     japanese)
{
  g_return_val_if_fail (TOMONI_IS_CLASS (self), NULL);

  if (!japanese && self->title_en != NULL && *self->title_en != '\0')
    return self->title_en;
  return tomoni_class_get_title_ja (self);
}
