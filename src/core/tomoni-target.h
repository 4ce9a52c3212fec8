/* tomoni-target.h: a target the Center measures itself by
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * TomoniCountingRule:
 * @TOMONI_COUNTING_PER_PROGRAMME: each person once per programme they took
 *   part in (a learner of a 30-session class counts 1); the default
 * @TOMONI_COUNTING_EVERY_ATTENDANCE: every participation counts (延べ人数)
 * @TOMONI_COUNTING_PER_FISCAL_YEAR: each person once per fiscal year
 *
 * How participations become a count. A count lands in the fiscal year of the
 * first participation that the rule counts. External entries count as given
 * under every rule.
 */
typedef enum {
  TOMONI_COUNTING_PER_PROGRAMME,
  TOMONI_COUNTING_EVERY_ATTENDANCE,
  TOMONI_COUNTING_PER_FISCAL_YEAR,
  TOMONI_COUNTING_N_RULES
} TomoniCountingRule;

/* The fields a form edits and the history records, in form order. */
typedef enum {
  TOMONI_TARGET_KEY,
  TOMONI_TARGET_TITLE_JA,
  TOMONI_TARGET_TITLE_EN,
  TOMONI_TARGET_BASELINE_VALUE,
  TOMONI_TARGET_BASELINE_DATE,
  TOMONI_TARGET_TARGET_VALUE,
  TOMONI_TARGET_TARGET_DATE,
  TOMONI_TARGET_COUNTS_CLASSES,
  TOMONI_TARGET_COUNTS_ACTIVITIES,
  TOMONI_TARGET_COUNTING_RULE,
  TOMONI_TARGET_N_FIELDS
} TomoniTargetField;

#define TOMONI_TYPE_TARGET (tomoni_target_get_type ())
G_DECLARE_FINAL_TYPE (TomoniTarget, tomoni_target, TOMONI, TARGET, GObject)

TomoniTarget       *tomoni_target_new                   (void);
TomoniTarget       *tomoni_target_copy                  (TomoniTarget       *self);

gint64              tomoni_target_get_id                (TomoniTarget       *self);
void                tomoni_target_set_id                (TomoniTarget       *self,
                                                         gint64              id);
const char         *tomoni_target_get_uuid              (TomoniTarget       *self);
void                tomoni_target_set_uuid              (TomoniTarget       *self,
                                                         const char         *uuid);
const char         *tomoni_target_get_key               (TomoniTarget       *self);
void                tomoni_target_set_key               (TomoniTarget       *self,
                                                         const char         *key);
const char         *tomoni_target_get_title_ja          (TomoniTarget       *self);
void                tomoni_target_set_title_ja          (TomoniTarget       *self,
                                                         const char         *title);
const char         *tomoni_target_get_title_en          (TomoniTarget       *self);
void                tomoni_target_set_title_en          (TomoniTarget       *self,
                                                         const char         *title);
const char         *tomoni_target_get_title             (TomoniTarget       *self);
gint64              tomoni_target_get_baseline_value    (TomoniTarget       *self);
void                tomoni_target_set_baseline_value    (TomoniTarget       *self,
                                                         gint64              value);
const char         *tomoni_target_get_baseline_date     (TomoniTarget       *self);
void                tomoni_target_set_baseline_date     (TomoniTarget       *self,
                                                         const char         *date);
gint64              tomoni_target_get_target_value      (TomoniTarget       *self);
void                tomoni_target_set_target_value      (TomoniTarget       *self,
                                                         gint64              value);
const char         *tomoni_target_get_target_date       (TomoniTarget       *self);
void                tomoni_target_set_target_date       (TomoniTarget       *self,
                                                         const char         *date);
gboolean            tomoni_target_get_counts_classes    (TomoniTarget       *self);
void                tomoni_target_set_counts_classes    (TomoniTarget       *self,
                                                         gboolean            counts);
gboolean            tomoni_target_get_counts_activities (TomoniTarget       *self);
void                tomoni_target_set_counts_activities (TomoniTarget       *self,
                                                         gboolean            counts);
TomoniCountingRule  tomoni_target_get_counting_rule     (TomoniTarget       *self);
void                tomoni_target_set_counting_rule     (TomoniTarget       *self,
                                                         TomoniCountingRule  rule);
int                 tomoni_target_get_position          (TomoniTarget       *self);
void                tomoni_target_set_position          (TomoniTarget       *self,
                                                         int                 position);

/* Field values as text: what the history (target_change) and the CLI show. */
char               *tomoni_target_dup_field_text        (TomoniTarget       *self,
                                                         TomoniTargetField   field);
gboolean            tomoni_target_set_field_text        (TomoniTarget       *self,
                                                         TomoniTargetField   field,
                                                         const char         *text,
                                                         GError            **error);
const char         *tomoni_target_field_get_name        (TomoniTargetField   field);
const char         *tomoni_target_field_get_label       (TomoniTargetField   field);
gboolean            tomoni_target_field_from_name       (const char         *name,
                                                         TomoniTargetField  *out_field);

const char         *tomoni_counting_rule_get_name       (TomoniCountingRule  rule);
const char         *tomoni_counting_rule_get_label      (TomoniCountingRule  rule);
const char         *tomoni_counting_rule_get_description (TomoniCountingRule rule);
gboolean            tomoni_counting_rule_from_name      (const char         *name,
                                                         TomoniCountingRule *out_rule);

gboolean            tomoni_target_validate              (TomoniTarget       *self,
                                                         GError            **error);

/* Whether labels should be Japanese: the first UI language is ja. */
gboolean            tomoni_prefers_japanese             (void);

G_END_DECLS
