/* tomoni-store-target-tally.h: names and breakdown tallies for the target
 * figures (private to tomoni-store-target-*.c)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-store-targets.h"

G_BEGIN_DECLS

/* target_participation.kind */
#define KIND_CLASS    1
#define KIND_ACTIVITY 2

typedef struct {
  char   *label_ja;
  char   *label_en;
  gint64  venue_id;
  int     first_fy;  /* of its first counted participation, 0 when none yet */
  int     last_fy;   /* of its last counted participation, 0 when none yet */
} Programme;

/* Names of programmes and venues, loaded once per computation (small tables). */
typedef struct {
  GHashTable *classes;     /* id → Programme */
  GHashTable *activities;  /* id → Programme */
  GHashTable *venues;      /* id → Programme (venue_id unused) */
} Names;

/* Nationalities as small indices: 0 is "not recorded", 1–676 the two-letter
 * codes AA–ZZ, then other codes as met. EXTERNAL_NATIONALITY marks external
 * entries. */
#define N_ALPHA2 (1 + 26 * 26)
#define EXTERNAL_NATIONALITY (-1)

typedef struct {
  GHashTable *programmes;     /* (kind << 40 | id) as gint64 → gint64 count */
  GHashTable *external;       /* programme text → count */
  GHashTable *venues;         /* venue id → count */
  gint64     *nationalities;  /* by index, n_nationalities */
  guint       n_nationalities;
  GHashTable *other_codes;    /* code → index ≥ N_ALPHA2 */
  GPtrArray  *other_names;    /* index − N_ALPHA2 → code */
  gint64      external_nationality;
  /* Rows come by programme: counts of the current one, flushed on change. */
  int         cur_kind;
  gint64      cur_programme;
  gint64      cur_count;
  int         cur_first_fy;   /* fiscal years of the current one's counted rows */
  int         cur_last_fy;
} Tally;

void        tomoni_target_names_clear      (Names               *names);
gboolean    tomoni_target_names_load       (TomoniStore         *self,
                                            Names               *names,
                                            GError             **error);
void        tomoni_target_names_forget_years (const Names   *names);
void        tomoni_tally_init              (Tally               *tally);
void        tomoni_tally_clear             (Tally               *tally);
void        tomoni_tally_add_int           (GHashTable          *table,
                                            gint64               key,
                                            gint64               count);
void        tomoni_tally_add_str           (GHashTable          *table,
                                            const char          *key,
                                            gint64               count);
int         tomoni_tally_nationality_index (Tally               *tally,
                                            const char          *code);
void        tomoni_tally_programme         (Tally               *tally,
                                            const Names         *names,
                                            int                  kind,
                                            gint64               programme_id,
                                            int                  fy,
                                            gint64               count);
void        tomoni_tally_finish            (Tally               *tally,
                                            const Names         *names,
                                            TomoniTargetFigures *figures);

G_END_DECLS
