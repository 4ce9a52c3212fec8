/* tomoni-demo-private.h: what the files of the sample-data library share
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-demo.h"
#include "tomoni-store-private.h"

G_BEGIN_DECLS

typedef struct {
  const char *native;
  const char *latin;   /* as on a residence card, upper case */
  const char *kana;
} Name;

typedef struct {
  const char *code;          /* ISO 3166-1 alpha-2 */
  const char *language;      /* ISO 639-1 */
  guint       weight;        /* share of learners, relative */
  guint       split_percent; /* names with a family/given split */
  gboolean    syllables;     /* given names of 2–3 syllables (Myanmar) */
  const Name *family;  guint n_family;
  const Name *mid_m;   guint n_mid_m;
  const Name *mid_f;   guint n_mid_f;
  const Name *male;    guint n_male;
  const Name *female;  guint n_female;
} Nationality;

typedef struct {
  const char *name;
  const char *name_en;
  const char *ward;
  const char *address;
} VenueDef;

typedef struct {
  const char *name;
  guint       capacity;
} RoomDef;

typedef struct {
  const char *title_ja;    /* community classes: level and venue are added */
  const char *title_en;
  const char *level;
  const char *group;
  const char *format;
  guint       weekdays;
  guint       start;
  guint       end;
  guint       capacity;
  gboolean    holidays;
  int         room;        /* index into the venue's rooms, -1 none */
} ClassDef;

#define WD(d) (1u << (d))   /* 1 = Monday … 7 = Sunday */
enum { MON = 1, TUE, WED, THU, FRI, SAT, SUN };

enum { NATIVE, FLUENT, BUSINESS, CONVERSATIONAL, BASIC };
enum { SK_INTERPRETATION, SK_TRANSLATION, SK_CLASS, SK_EVENT, SK_CHILDCARE, SK_IT, SK_DISASTER, SK_HOMESTAY, N_SKILLS };
enum { TR_ORIENTATION, TR_DISASTER, TR_INTERPRETER, TR_PRIVACY, N_TRAININGS };
#define N_LANGS 16

/* --- the generator's state -------------------------------------------------- */

typedef struct {
  gint64      id;
  const char *ward;
  gint64      room_ids[8];
  guint       room_caps[8];
  guint       n_rooms;
} VenueInfo;

typedef struct {
  gint64   person_id;
  guint32  first;        /* first registration (julian) */
  guint32  expires;
  guint8   status;       /* 0 active, 1 paused, 2 retired */
  guint8   cap;
  guint8   skills;       /* bit per SK_* */
  guint8   trainings;    /* bit per TR_* */
  guint8   n_langs;
  guint8   langs[4];
  guint8   levels[4];
} VolInfo;

typedef struct {
  gint64   person_id;
  guint32  from;         /* attends sessions from … */
  guint32  until;        /* … until (inclusive) */
  guint32  enrolled_on;
  guint32  withdrawn_on; /* 0 none */
  guint32  promoted_on;  /* 0 none */
  int      status;       /* 0 enrolled, 1 waiting, 2 withdrawn */
  int      position;
  double   reliability;
} Seat;

typedef struct {
  gint64          id;
  const ClassDef *def;
  guint           venue;       /* index into venues */
  gint64          room_id;     /* 0 none */
  GArray         *continuing;  /* gint64 person ids for the next term */
} ClassInfo;

typedef struct {
  TomoniStore        *store;
  GRand              *rand;
  TomoniDemoScale     scale;
  TomoniProgressFunc  progress;
  gpointer            progress_data;
  GCancellable       *cancellable;
  GError             *error;

  int                 first_fy;
  int                 last_fy;
  guint32             today;

  /* dates from base on: "YYYY-MM-DD", holiday name or NULL */
  guint32             base;
  guint               n_days;
  char              (*day_str)[11];
  const char        **holiday;

  char                uuid[37];
  char                stamp[21];

  gint64              skill_ids[N_SKILLS];
  gint64              training_ids[N_TRAININGS];

  GArray             *venues;      /* VenueInfo */
  GHashTable         *closed;      /* (venue index + 1) << 24 | day → reason; 0 << 24 the whole Center */
  GArray             *teachers;    /* gint64 person ids */
  GArray             *volunteers;  /* VolInfo */
  GArray             *by_lang[N_LANGS];   /* guint volunteer indices */
  GArray             *by_skill[N_SKILLS]; /* guint volunteer indices */
  GArray             *classes;     /* ClassInfo */
  GArray             *recent;      /* gint64 learner ids, a ring for walk-ins */
  guint               recent_next;
  GHashTable         *busy;        /* volunteer index << 24 | day */
  GHashTable         *monthly;     /* volunteer index << 16 | month number → count */

  guint               n_people;
  guint               next_teacher;
  gboolean            leave_open;  /* add_slot leaves places to fill */
  double              done;        /* progress */
} Demo;

typedef struct {
  const Nationality *nat;
  int                age_lo;      /* age on @created */
  int                age_hi;
  gboolean           need_birth;  /* children: a birth date, always */
  guint32            created;
  const char        *ward;
} PersonSpec;

/* --- shared tables (tomoni-demo-names.c) --- */

extern const Nationality demo_japan;
extern const char *const demo_lang_codes[N_LANGS];
extern const char *const demo_levels[5];
extern const char *const demo_skill_keys[N_SKILLS];
extern const char *const demo_training_keys[N_TRAININGS];

/* tomoni-demo-names.c */
const Nationality *demo_pick_nationality (Demo *d);

/* tomoni-demo-util.c */
guint demo_rnd (Demo *d, guint n);
int demo_between (Demo *d, int lo, int hi);
gboolean demo_chance (Demo *d, double p);
const Name *demo_pick_name (Demo *d, const Name *names, guint n);
guint32 demo_julian (int y, int m, int day);
void demo_split_julian (guint32 j, int *y, int *m, int *day);
guint demo_weekday_of (guint32 j);
const char *demo_ds (Demo *d, guint32 j);
guint32 demo_clamp_today (Demo *d, guint32 j);
void demo_format_date (guint32 j, char out[11]);
void demo_make_stamp (Demo *d, guint32 j, int local_minute, char out[21]);
void demo_make_uuid (Demo *d, char out[37]);
void demo_row_stamp (Demo *d, guint32 j, int minute);
gboolean demo_report (Demo *d, double fraction, const char *what);
gint64 demo_target_id_of (Demo *d, const char *key);
const char *demo_pick_ward (Demo *d, const char *near);
guint demo_lang_index (const char *code);
const char *demo_age_band_of (int age);
guint32 demo_nth_weekday (int y, int m, guint weekday, guint n);

/* tomoni-demo-people.c */
gint64 demo_add_person (Demo *d, const PersonSpec *spec);
gboolean demo_add_teachers (Demo *d);
gboolean demo_add_volunteers (Demo *d);

/* tomoni-demo-classes.c */
gboolean demo_add_venues (Demo *d);
gint64 demo_add_learner (Demo *d, const ClassInfo *c, guint32 when);
gboolean demo_add_classes (Demo *d);

/* tomoni-demo-terms.c */
gboolean demo_add_terms (Demo *d);

/* tomoni-demo-activities.c */
gboolean demo_add_activities (Demo *d);

/* tomoni-demo.c */
void demo_init (Demo *d, TomoniStore *store, guint32 seed, TomoniDemoScale scale, const GDate *today);
void demo_clear (Demo *d);

G_END_DECLS
