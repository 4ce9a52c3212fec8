/* tomoni-target.c: a target the Center measures itself by
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-target"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-store.h"
#include "tomoni-target.h"

struct _TomoniTarget
{
  GObject             parent_instance;

  gint64              id;
  char               *uuid;
  char               *key;
  char               *title_ja;
  char               *title_en;
  gint64              baseline_value;
  char               *baseline_date;
  gint64              target_value;
  char               *target_date;
  TomoniCountingRule  rule;
  int                 position;
  guint               counts_classes : 1;
  guint               counts_activities : 1;
};

G_DEFINE_FINAL_TYPE (TomoniTarget, tomoni_target, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_KEY,
  PROP_TITLE_JA,
  PROP_TITLE_EN,
  PROP_TITLE,
  PROP_BASELINE_VALUE,
  PROP_BASELINE_DATE,
  PROP_TARGET_VALUE,
  PROP_TARGET_DATE,
  PROP_COUNTS_CLASSES,
  PROP_COUNTS_ACTIVITIES,
  PROP_COUNTING_RULE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *name;
  const char *label;
} field_info[TOMONI_TARGET_N_FIELDS] = {
  [TOMONI_TARGET_KEY] = { "key", N_("Key") },
  [TOMONI_TARGET_TITLE_JA] = { "title-ja", N_("Title in Japanese") },
  [TOMONI_TARGET_TITLE_EN] = { "title-en", N_("Title in English") },
  [TOMONI_TARGET_BASELINE_VALUE] = { "baseline-value", N_("Baseline value") },
  [TOMONI_TARGET_BASELINE_DATE] = { "baseline-date", N_("Baseline date") },
  [TOMONI_TARGET_TARGET_VALUE] = { "target-value", N_("Target value") },
  [TOMONI_TARGET_TARGET_DATE] = { "target-date", N_("Target date") },
  [TOMONI_TARGET_COUNTS_CLASSES] = { "counts-classes", N_("Counts Japanese classes") },
  [TOMONI_TARGET_COUNTS_ACTIVITIES] = { "counts-activities", N_("Counts volunteer activities") },
  [TOMONI_TARGET_COUNTING_RULE] = { "counting-rule", N_("Counting rule") },
};

static const struct {
  const char *name;
  const char *label;
  const char *description;
} rule_info[TOMONI_COUNTING_N_RULES] = {
  [TOMONI_COUNTING_PER_PROGRAMME] = {
    "per-programme", N_("Each person once per programme"),
    N_("A person counts once for each programme they took part in; a learner who attends "
       "a 30-session class counts 1.") },
  [TOMONI_COUNTING_EVERY_ATTENDANCE] = {
    "every-attendance", N_("Every attendance"),
    N_("Every attendance or check-in counts (total attendances).") },
  [TOMONI_COUNTING_PER_FISCAL_YEAR] = {
    "per-fiscal-year", N_("Each person once per fiscal year"),
    N_("A person counts once in each fiscal year they took part, whatever the number of "
       "programmes.") },
};

static void
tomoni_target_finalize (GObject *object)
{
  TomoniTarget *self = (TomoniTarget *)object;

  g_free (self->uuid);
  g_free (self->key);
  g_free (self->title_ja);
  g_free (self->title_en);
  g_free (self->baseline_date);
  g_free (self->target_date);

  G_OBJECT_CLASS (tomoni_target_parent_class)->finalize (object);
}

static void
tomoni_target_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TomoniTarget *self = TOMONI_TARGET (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_UUID: g_value_set_string (value, self->uuid); break;
    case PROP_KEY: g_value_set_string (value, self->key); break;
    case PROP_TITLE_JA: g_value_set_string (value, self->title_ja); break;
    case PROP_TITLE_EN: g_value_set_string (value, self->title_en); break;
    case PROP_TITLE: g_value_set_string (value, tomoni_target_get_title (self)); break;
    case PROP_BASELINE_VALUE: g_value_set_int64 (value, self->baseline_value); break;
    case PROP_BASELINE_DATE: g_value_set_string (value, self->baseline_date); break;
    case PROP_TARGET_VALUE: g_value_set_int64 (value, self->target_value); break;
    case PROP_TARGET_DATE: g_value_set_string (value, self->target_date); break;
    case PROP_COUNTS_CLASSES: g_value_set_boolean (value, self->counts_classes); break;
    case PROP_COUNTS_ACTIVITIES: g_value_set_boolean (value, self->counts_activities); break;
    case PROP_COUNTING_RULE: g_value_set_int (value, self->rule); break;
    case PROP_POSITION: g_value_set_int (value, self->position); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_target_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TomoniTarget *self = TOMONI_TARGET (object);

  switch (prop_id)
    {
    case PROP_ID: tomoni_target_set_id (self, g_value_get_int64 (value)); break;
    case PROP_UUID: tomoni_target_set_uuid (self, g_value_get_string (value)); break;
    case PROP_KEY: tomoni_target_set_key (self, g_value_get_string (value)); break;
    case PROP_TITLE_JA: tomoni_target_set_title_ja (self, g_value_get_string (value)); break;
    case PROP_TITLE_EN: tomoni_target_set_title_en (self, g_value_get_string (value)); break;
    case PROP_BASELINE_VALUE: tomoni_target_set_baseline_value (self, g_value_get_int64 (value)); break;
    case PROP_BASELINE_DATE: tomoni_target_set_baseline_date (self, g_value_get_string (value)); break;
    case PROP_TARGET_VALUE: tomoni_target_set_target_value (self, g_value_get_int64 (value)); break;
    case PROP_TARGET_DATE: tomoni_target_set_target_date (self, g_value_get_string (value)); break;
    case PROP_COUNTS_CLASSES: tomoni_target_set_counts_classes (self, g_value_get_boolean (value)); break;
    case PROP_COUNTS_ACTIVITIES: tomoni_target_set_counts_activities (self, g_value_get_boolean (value)); break;
    case PROP_COUNTING_RULE: tomoni_target_set_counting_rule (self, g_value_get_int (value)); break;
    case PROP_POSITION: tomoni_target_set_position (self, g_value_get_int (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_target_class_init (TomoniTargetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tomoni_target_finalize;
  object_class->get_property = tomoni_target_get_property;
  object_class->set_property = tomoni_target_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_TITLE_JA] = g_param_spec_string ("title-ja", NULL, NULL, NULL, flags);
  properties[PROP_TITLE_EN] = g_param_spec_string ("title-en", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASELINE_VALUE] = g_param_spec_int64 ("baseline-value", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_BASELINE_DATE] = g_param_spec_string ("baseline-date", NULL, NULL, NULL, flags);
  properties[PROP_TARGET_VALUE] = g_param_spec_int64 ("target-value", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TARGET_DATE] = g_param_spec_string ("target-date", NULL, NULL, NULL, flags);
  properties[PROP_COUNTS_CLASSES] = g_param_spec_boolean ("counts-classes", NULL, NULL, FALSE, flags);
  properties[PROP_COUNTS_ACTIVITIES] = g_param_spec_boolean ("counts-activities", NULL, NULL, FALSE, flags);
  properties[PROP_COUNTING_RULE] = g_param_spec_int ("counting-rule", NULL, NULL, 0,
                                                     TOMONI_COUNTING_N_RULES - 1, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_target_init (TomoniTarget *self)
{
  self->key = g_strdup ("");
  self->title_ja = g_strdup ("");
  self->title_en = g_strdup ("");
  self->baseline_date = g_strdup ("");
  self->target_date = g_strdup ("");
  self->rule = TOMONI_COUNTING_PER_PROGRAMME;
}

TomoniTarget *
tomoni_target_new (void)
{
  return g_object_new (TOMONI_TYPE_TARGET, NULL);
}

TomoniTarget *
tomoni_target_copy (TomoniTarget *self)
{
  TomoniTarget *copy;

  g_return_val_if_fail (TOMONI_IS_TARGET (self), NULL);

  copy = tomoni_target_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  g_free (copy->key);
  copy->key = g_strdup (self->key);
  g_free (copy->title_ja);
  copy->title_ja = g_strdup (self->title_ja);
  g_free (copy->title_en);
  copy->title_en = g_strdup (self->title_en);
  copy->baseline_value = self->baseline_value;
  g_free (copy->baseline_date);
  copy->baseline_date = g_strdup (self->baseline_date);
  copy->target_value = self->target_value;
  g_free (copy->target_date);
  copy->target_date = g_strdup (self->target_date);
  copy->counts_classes = self->counts_classes;
  copy->counts_activities = self->counts_activities;
  copy->rule = self->rule;
  copy->position = self->position;
  return copy;
}

static gboolean
set_string (TomoniTarget  *self,
            char         **field,
            const char    *value,
            guint          prop)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  return TRUE;
}

gint64
tomoni_target_get_id (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), 0);
  return self->id;
}

void
tomoni_target_set_id (TomoniTarget *self,
                      gint64        id)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
tomoni_target_get_uuid (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), NULL);
  return self->uuid;
}

void
tomoni_target_set_uuid (TomoniTarget *self,
                        const char   *uuid)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  if (g_strcmp0 (self->uuid, uuid) == 0)
    return;
  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
tomoni_target_get_key (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), NULL);
  return self->key;
}

void
tomoni_target_set_key (TomoniTarget *self,
                       const char   *key)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  set_string (self, &self->key, key, PROP_KEY);
}

const char *
tomoni_target_get_title_ja (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), NULL);
  return self->title_ja;
}

void
tomoni_target_set_title_ja (TomoniTarget *self,
                            const char   *title)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  if (set_string (self, &self->title_ja, title, PROP_TITLE_JA))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
tomoni_target_get_title_en (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), NULL);
  return self->title_en;
}

void
tomoni_target_set_title_en (TomoniTarget *self,
                            const char   *title)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  if (set_string (self, &self->title_en, title, PROP_TITLE_EN))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * tomoni_target_get_title:
 *
 * The title in the user's language: Japanese when the first UI language is
 * Japanese (or there is no English title), English otherwise.
 */
const char *
tomoni_target_get_title (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), NULL);

  if (tomoni_prefers_japanese () || *self->title_en == '\0')
    return *self->title_ja != '\0' ? self->title_ja : self->key;
  return self->title_en;
}

gint64
tomoni_target_get_baseline_value (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), 0);
  return self->baseline_value;
}

void
tomoni_target_set_baseline_value (TomoniTarget *self,
                                  gint64        value)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  if (self->baseline_value == value)
    return;
  self->baseline_value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE_VALUE]);
}

const char *
tomoni_target_get_baseline_date (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), NULL);
  return self->baseline_date;
}

void
tomoni_target_set_baseline_date (TomoniTarget *self,
                                 const char   *date)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  set_string (self, &self->baseline_date, date, PROP_BASELINE_DATE);
}

gint64
tomoni_target_get_target_value (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), 0);
  return self->target_value;
}

void
tomoni_target_set_target_value (TomoniTarget *self,
                                gint64        value)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  if (self->target_value == value)
    return;
  self->target_value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_VALUE]);
}

const char *
tomoni_target_get_target_date (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), NULL);
  return self->target_date;
}

void
tomoni_target_set_target_date (TomoniTarget *self,
                               const char   *date)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  set_string (self, &self->target_date, date, PROP_TARGET_DATE);
}

gboolean
tomoni_target_get_counts_classes (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), FALSE);
  return self->counts_classes;
}

void
tomoni_target_set_counts_classes (TomoniTarget *self,
                                  gboolean      counts)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  counts = !!counts;
  if (self->counts_classes == (guint)counts)
    return;
  self->counts_classes = counts;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTS_CLASSES]);
}

gboolean
tomoni_target_get_counts_activities (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), FALSE);
  return self->counts_activities;
}

void
tomoni_target_set_counts_activities (TomoniTarget *self,
                                     gboolean      counts)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  counts = !!counts;
  if (self->counts_activities == (guint)counts)
    return;
  self->counts_activities = counts;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTS_ACTIVITIES]);
}

TomoniCountingRule
tomoni_target_get_counting_rule (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), TOMONI_COUNTING_PER_PROGRAMME);
  return self->rule;
}

void
tomoni_target_set_counting_rule (TomoniTarget       *self,
                                 TomoniCountingRule  rule)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  g_return_if_fail ((guint)rule < TOMONI_COUNTING_N_RULES);
  if (self->rule == rule)
    return;
  self->rule = rule;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTING_RULE]);
}

int
tomoni_target_get_position (TomoniTarget *self)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), 0);
  return self->position;
}

void
tomoni_target_set_position (TomoniTarget *self,
                            int           position)
{
  g_return_if_fail (TOMONI_IS_TARGET (self));
  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

char *
tomoni_target_dup_field_text (TomoniTarget      *self,
                              TomoniTargetField  field)
{
  g_return_val_if_fail (TOMONI_IS_TARGET (self), NULL);

  switch (field)
    {
    case TOMONI_TARGET_KEY: return g_strdup (self->key);
    case TOMONI_TARGET_TITLE_JA: return g_strdup (self->title_ja);
    case TOMONI_TARGET_TITLE_EN: return g_strdup (self->title_en);
    case TOMONI_TARGET_BASELINE_VALUE: return g_strdup_printf ("%" G_GINT64_FORMAT, self->baseline_value);
    case TOMONI_TARGET_BASELINE_DATE: return g_strdup (self->baseline_date);
    case TOMONI_TARGET_TARGET_VALUE: return g_strdup_printf ("%" G_GINT64_FORMAT, self->target_value);
    case TOMONI_TARGET_TARGET_DATE: return g_strdup (self->target_date);
    case TOMONI_TARGET_COUNTS_CLASSES: return g_strdup (self->counts_classes ? "yes" : "no");
    case TOMONI_TARGET_COUNTS_ACTIVITIES: return g_strdup (self->counts_activities ? "yes" : "no");
    case TOMONI_TARGET_COUNTING_RULE: return g_strdup (tomoni_counting_rule_get_name (self->rule));
    case TOMONI_TARGET_N_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
parse_count (const char         *text,
             TomoniTargetField   field,
             gint64             *out,
             GError            **error)
{
  guint64 value = 0;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (!g_ascii_string_to_unsigned (stripped, 10, 0, G_MAXINT64, &value, NULL))
    {
      /* Translators: first %s is a field name such as “Target value” */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("%s: “%s” is not a whole number of zero or more"),
                   _(field_info[field].label), text);
      return FALSE;
    }
  *out = (gint64)value;
  return TRUE;
}

static gboolean
parse_date (const char         *text,
            TomoniTargetField   field,
            char              **out,
            GError            **error)
{
  *out = tomoni_date_normalize (text, _(field_info[field].label), error);
  return *out != NULL;
}

static gboolean
parse_bool (const char         *text,
            TomoniTargetField   field,
            gboolean           *out,
            GError            **error)
{
  static const char * const yes[] = { "yes", "true", "1", "on" };
  static const char * const no[] = { "no", "false", "0", "off" };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      if (g_ascii_strcasecmp (text, yes[i]) == 0)
        return (*out = TRUE);
      if (g_ascii_strcasecmp (text, no[i]) == 0)
        {
          *out = FALSE;
          return TRUE;
        }
    }
  g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
               _("%s: write yes or no, not “%s”"), _(field_info[field].label), text);
  return FALSE;
}

/**
 * tomoni_target_set_field_text:
 *
 * Sets a field from text as typed (numbers, YYYY-MM-DD dates, yes/no, a rule
 * name); an error names the field.
 */
gboolean
tomoni_target_set_field_text (TomoniTarget       *self,
                              TomoniTargetField   field,
                              const char         *text,
                              GError            **error)
{
  gint64 number;
  gboolean flag;
  g_autofree char *date = NULL;
  TomoniCountingRule rule;

  g_return_val_if_fail (TOMONI_IS_TARGET (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  switch (field)
    {
    case TOMONI_TARGET_KEY:
      tomoni_target_set_key (self, text);
      return TRUE;
    case TOMONI_TARGET_TITLE_JA:
      tomoni_target_set_title_ja (self, text);
      return TRUE;
    case TOMONI_TARGET_TITLE_EN:
      tomoni_target_set_title_en (self, text);
      return TRUE;
    case TOMONI_TARGET_BASELINE_VALUE:
    case TOMONI_TARGET_TARGET_VALUE:
      if (!parse_count (text, field, &number, error))
        return FALSE;
      if (field == TOMONI_TARGET_BASELINE_VALUE)
        tomoni_target_set_baseline_value (self, number);
      else
        tomoni_target_set_target_value (self, number);
      return TRUE;
    case TOMONI_TARGET_BASELINE_DATE:
    case TOMONI_TARGET_TARGET_DATE:
      if (!parse_date (text, field, &date, error))
        return FALSE;
      if (field == TOMONI_TARGET_BASELINE_DATE)
        tomoni_target_set_baseline_date (self, date);
      else
        tomoni_target_set_target_date (self, date);
      return TRUE;
    case TOMONI_TARGET_COUNTS_CLASSES:
    case TOMONI_TARGET_COUNTS_ACTIVITIES:
      if (!parse_bool (text, field, &flag, error))
        return FALSE;
      if (field == TOMONI_TARGET_COUNTS_CLASSES)
        tomoni_target_set_counts_classes (self, flag);
      else
        tomoni_target_set_counts_activities (self, flag);
      return TRUE;
    case TOMONI_TARGET_COUNTING_RULE:
      if (!tomoni_counting_rule_from_name (text, &rule))
        {
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                       _("Counting rule: “%s” is not one of per-programme, every-attendance, "
                         "per-fiscal-year"), text);
          return FALSE;
        }
      tomoni_target_set_counting_rule (self, rule);
      return TRUE;
    case TOMONI_TARGET_N_FIELDS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

const char *
tomoni_target_field_get_name (TomoniTargetField field)
{
  g_return_val_if_fail ((guint)field < TOMONI_TARGET_N_FIELDS, NULL);
  return field_info[field].name;
}

const char *
tomoni_target_field_get_label (TomoniTargetField field)
{
  g_return_val_if_fail ((guint)field < TOMONI_TARGET_N_FIELDS, NULL);
  return _(field_info[field].label);
}

gboolean
tomoni_target_field_from_name (const char        *name,
                               TomoniTargetField *out_field)
{
  for (guint i = 0; i < TOMONI_TARGET_N_FIELDS; i++)
    if (g_strcmp0 (name, field_info[i].name) == 0)
      {
        *out_field = i;
        return TRUE;
      }
  return FALSE;
}

const char *
tomoni_counting_rule_get_name (TomoniCountingRule rule)
{
  g_return_val_if_fail ((guint)rule < TOMONI_COUNTING_N_RULES, NULL);
  return rule_info[rule].name;
}

const char *
tomoni_counting_rule_get_label (TomoniCountingRule rule)
{
  g_return_val_if_fail ((guint)rule < TOMONI_COUNTING_N_RULES, NULL);
  return _(rule_info[rule].label);
}

const char *
tomoni_counting_rule_get_description (TomoniCountingRule rule)
{
  g_return_val_if_fail ((guint)rule < TOMONI_COUNTING_N_RULES, NULL);
  return _(rule_info[rule].description);
}

gboolean
tomoni_counting_rule_from_name (const char         *name,
                                TomoniCountingRule *out_rule)
{
  for (guint i = 0; i < TOMONI_COUNTING_N_RULES; i++)
    if (g_strcmp0 (name, rule_info[i].name) == 0)
      {
        *out_rule = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
key_is_valid (const char *key)
{
  if (*key == '\0' || strlen (key) > 64 || !g_ascii_islower (*key))
    return FALSE;
  for (const char *p = key; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/**
 * tomoni_target_validate:
 *
 * Checks what the store checks before writing; the message names the field.
 */
gboolean
tomoni_target_validate (TomoniTarget  *self,
                        GError       **error)
{
  GDate baseline, target;

  g_return_val_if_fail (TOMONI_IS_TARGET (self), FALSE);

  if (!key_is_valid (self->key))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Key: use lower-case letters, digits and hyphens, starting with a letter "
                     "(for example consultations)"));
      return FALSE;
    }
  if (is_blank (self->title_ja) && is_blank (self->title_en))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Title: give a title in Japanese or in English"));
      return FALSE;
    }
  if (!tomoni_date_parse (self->baseline_date, &baseline, NULL))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Baseline date: give a date as YYYY-MM-DD"));
      return FALSE;
    }
  if (!tomoni_date_parse (self->target_date, &target, NULL))
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Target date: give a date as YYYY-MM-DD"));
      return FALSE;
    }
  if (g_date_compare (&target, &baseline) <= 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Target date: it must come after the baseline date (%s)"), self->baseline_date);
      return FALSE;
    }
  if (self->baseline_value < 0 || self->target_value < 0)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                   _("Target value: values cannot be negative"));
      return FALSE;
    }
  return TRUE;
}

gboolean
tomoni_prefers_japanese (void)
{
  const char * const *languages = g_get_language_names ();

  return languages[0] != NULL && g_str_has_prefix (languages[0], "ja");
}
