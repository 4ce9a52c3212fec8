/* tomoni-slot.c: a role slot of a shift
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-slot"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-slot.h"
#include "tomoni-store.h"
#include "tomoni-text.h"

struct _TomoniSlot
{
  GObject   parent_instance;

  gint64    id;
  char     *uuid;
  gint64    shift_id;
  char     *role;
  guint     needed;
  char     *required_skill;
  char     *required_training;
  GArray   *languages;
  guint     n_assigned;
};

G_DEFINE_FINAL_TYPE (TomoniSlot, tomoni_slot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_SHIFT_ID,
  PROP_ROLE,
  PROP_NEEDED,
  PROP_REQUIRED_SKILL,
  PROP_REQUIRED_TRAINING,
  PROP_LANGUAGES_TEXT,
  PROP_N_ASSIGNED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tomoni_slot_finalize (GObject *object)
{
  TomoniSlot *self = (TomoniSlot *)object;

  g_free (self->uuid);
  g_free (self->role);
  g_free (self->required_skill);
  g_free (self->required_training);
  g_array_unref (self->languages);
  G_OBJECT_CLASS (tomoni_slot_parent_class)->finalize (object);
}

static char *
format_languages (TomoniSlot *self)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < self->languages->len; i++)
    {
      g_autofree char *one = tomoni_language_format (&g_array_index (self->languages, TomoniLanguage, i));
      g_string_append_printf (out, "%s%s", i > 0 ? ";" : "", one);
    }
  return g_string_free (out, FALSE);
}

static void
tomoni_slot_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TomoniSlot *self = TOMONI_SLOT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_UUID: g_value_set_string (value, self->uuid); break;
    case PROP_SHIFT_ID: g_value_set_int64 (value, self->shift_id); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    case PROP_NEEDED: g_value_set_uint (value, self->needed); break;
    case PROP_REQUIRED_SKILL: g_value_set_string (value, self->required_skill); break;
    case PROP_REQUIRED_TRAINING: g_value_set_string (value, self->required_training); break;
    case PROP_LANGUAGES_TEXT: g_value_take_string (value, format_languages (self)); break;
    case PROP_N_ASSIGNED: g_value_set_uint (value, self->n_assigned); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_slot_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TomoniSlot *self = TOMONI_SLOT (object);

  switch (prop_id)
    {
    case PROP_ID: tomoni_slot_set_id (self, g_value_get_int64 (value)); break;
    case PROP_UUID: tomoni_slot_set_uuid (self, g_value_get_string (value)); break;
    case PROP_SHIFT_ID: tomoni_slot_set_shift_id (self, g_value_get_int64 (value)); break;
    case PROP_ROLE: tomoni_slot_set_role (self, g_value_get_string (value)); break;
    case PROP_NEEDED: tomoni_slot_set_needed (self, g_value_get_uint (value)); break;
    case PROP_REQUIRED_SKILL: tomoni_slot_set_required_skill (self, g_value_get_string (value)); break;
    case PROP_REQUIRED_TRAINING: tomoni_slot_set_required_training (self, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_slot_class_init (TomoniSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_slot_finalize;
  object_class->get_property = tomoni_slot_get_property;
  object_class->set_property = tomoni_slot_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, rw);
  properties[PROP_SHIFT_ID] = g_param_spec_int64 ("shift-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "", rw);
  properties[PROP_NEEDED] = g_param_spec_uint ("needed", NULL, NULL, 0, 10000, 1, rw);
  properties[PROP_REQUIRED_SKILL] = g_param_spec_string ("required-skill", NULL, NULL, "", rw);
  properties[PROP_REQUIRED_TRAINING] = g_param_spec_string ("required-training", NULL, NULL, "", rw);
  properties[PROP_LANGUAGES_TEXT] = g_param_spec_string ("languages-text", NULL, NULL, "", ro);
  properties[PROP_N_ASSIGNED] = g_param_spec_uint ("n-assigned", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_slot_init (TomoniSlot *self)
{
  self->role = g_strdup ("");
  self->needed = 1;
  self->required_skill = g_strdup ("");
  self->required_training = g_strdup ("");
  self->languages = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));
}

TomoniSlot *
tomoni_slot_new (void)
{
  return g_object_new (TOMONI_TYPE_SLOT, NULL);
}

TomoniSlot *
tomoni_slot_copy (TomoniSlot *self)
{
  TomoniSlot *copy;

  g_return_val_if_fail (TOMONI_IS_SLOT (self), NULL);
  copy = tomoni_slot_new ();
  tomoni_slot_set_role (copy, self->role);
  tomoni_slot_set_needed (copy, self->needed);
  tomoni_slot_set_required_skill (copy, self->required_skill);
  tomoni_slot_set_required_training (copy, self->required_training);
  tomoni_slot_set_languages (copy, (TomoniLanguage *)(void *)self->languages->data, self->languages->len);
  return copy;
}

static void
set_string (TomoniSlot  *self,
            char       **field,
            const char  *value,
            guint        prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

#define STRING_ACCESSORS(name, prop, fallback)                     \
const char *                                                       \
tomoni_slot_get_##name (TomoniSlot *self)                          \
{                                                                  \
  g_return_val_if_fail (TOMONI_IS_SLOT (self), NULL);              \
  return self->name;                                               \
}                                                                  \
void                                                               \
tomoni_slot_set_##name (TomoniSlot *self,                          \
                        const char *value)                         \
{                                                                  \
  g_return_if_fail (TOMONI_IS_SLOT (self));                        \
  set_string (self, &self->name, value != NULL ? value : fallback, prop); \
}

STRING_ACCESSORS (uuid, PROP_UUID, NULL)
STRING_ACCESSORS (role, PROP_ROLE, "")
STRING_ACCESSORS (required_skill, PROP_REQUIRED_SKILL, "")
STRING_ACCESSORS (required_training, PROP_REQUIRED_TRAINING, "")

#define INT_ACCESSORS(type, name, prop)                            \
type                                                               \
tomoni_slot_get_##name (TomoniSlot *self)                          \
{                                                                  \
  g_return_val_if_fail (TOMONI_IS_SLOT (self), 0);                 \
  return self->name;                                               \
}                                                                  \
void                                                               \
tomoni_slot_set_##name (TomoniSlot *self,                          \
                        type        value)                         \
{                                                                  \
  g_return_if_fail (TOMONI_IS_SLOT (self));                        \
  if (self->name == value)                                         \
    return;                                                        \
  self->name = value;                                              \
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);    \
}

INT_ACCESSORS (gint64, id, PROP_ID)
INT_ACCESSORS (gint64, shift_id, PROP_SHIFT_ID)
INT_ACCESSORS (guint, needed, PROP_NEEDED)
INT_ACCESSORS (guint, n_assigned, PROP_N_ASSIGNED)

GArray *
tomoni_slot_get_languages (TomoniSlot *self)
{
  g_return_val_if_fail (TOMONI_IS_SLOT (self), NULL);
  return self->languages;
}

void
tomoni_slot_set_languages (TomoniSlot           *self,
                           const TomoniLanguage *languages,
                           guint                 n)
{
  g_return_if_fail (TOMONI_IS_SLOT (self));
  g_array_set_size (self->languages, 0);
  if (n > 0)
    g_array_append_vals (self->languages, languages, n);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES_TEXT]);
}

static gboolean
fail (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError     **error,
      const char  *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* ROLE:N[:lang=CODE:LEVEL[:JLPT]]…[:skill=KEY][:training=KEY] */
TomoniSlot *
tomoni_slot_parse (const char  *text,
                   GError     **error)
{
  g_autofree char *norm = tomoni_text_normalize (text);
  g_auto(GStrv) parts = NULL;
  g_autoptr(TomoniSlot) slot = tomoni_slot_new ();
  g_autoptr(GArray) languages = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));
  guint n;
  guint i;
  char *end;
  guint64 needed;

  if (norm == NULL || *norm == '\0')
    {
      fail (error, _("Slot: empty; write ROLE:N, e.g. interpreter:2"));
      return NULL;
    }
  parts = g_strsplit (norm, ":", -1);
  n = g_strv_length (parts);
  /* "skill=first-aid :training=…" names the skill "first-aid", as the
   * formatted slot does when read back. */
  for (i = 0; i < n; i++)
    g_strstrip (parts[i]);
  if (*parts[0] == '\0')
    {
      fail (error, _("Slot “%s”: the role is empty"), norm);
      return NULL;
    }
  tomoni_slot_set_role (slot, parts[0]);
  if (n < 2 || *parts[1] == '\0')
    {
      fail (error, _("Slot “%s”: how many people are needed? Write ROLE:N"), norm);
      return NULL;
    }
  needed = g_ascii_strtoull (parts[1], &end, 10);
  if (*end != '\0' || needed < 1 || needed > 1000)
    {
      fail (error, _("Slot “%s”: “%s” is not a number of people (1 … 1000)"), norm, parts[1]);
      return NULL;
    }
  tomoni_slot_set_needed (slot, needed);

  for (i = 2; i < n; i++)
    {
      if (g_str_has_prefix (parts[i], "lang="))
        {
          GString *one = g_string_new (parts[i] + 5);
          TomoniLanguage language;
          gboolean ok;

          /* The level, and the JLPT level, are the next parts. */
          if (i + 1 < n)
            g_string_append_printf (one, ":%s", parts[++i]);
          if (i + 1 < n && !strchr (parts[i + 1], '=') && g_ascii_toupper (parts[i + 1][0]) == 'N')
            g_string_append_printf (one, ":%s", parts[++i]);
          ok = tomoni_language_parse (one->str, &language, error);
          g_string_free (one, TRUE);
          if (!ok)
            return NULL;
          g_array_append_val (languages, language);
        }
      else if (g_str_has_prefix (parts[i], "skill="))
        tomoni_slot_set_required_skill (slot, parts[i] + 6);
      else if (g_str_has_prefix (parts[i], "training="))
        tomoni_slot_set_required_training (slot, parts[i] + 9);
      else
        {
          fail (error, _("Slot “%s”: “%s” is not lang=…, skill=… or training=…"), norm, parts[i]);
          return NULL;
        }
    }
  tomoni_slot_set_languages (slot, (TomoniLanguage *)(void *)languages->data, languages->len);
  return g_steal_pointer (&slot);
}

char *
tomoni_slot_format (TomoniSlot *self)
{
  GString *out;

  g_return_val_if_fail (TOMONI_IS_SLOT (self), NULL);
  out = g_string_new (NULL);
  g_string_append_printf (out, "%s:%u", self->role, self->needed);
  for (guint i = 0; i < self->languages->len; i++)
    {
      g_autofree char *one = tomoni_language_format (&g_array_index (self->languages, TomoniLanguage, i));
      g_string_append_printf (out, ":lang=%s", one);
    }
  if (*self->required_skill != '\0')
    g_string_append_printf (out, ":skill=%s", self->required_skill);
  if (*self->required_training != '\0')
    g_string_append_printf (out, ":training=%s", self->required_training);
  return g_string_free (out, FALSE);
}
