/* tomoni-demo-classes.c: venues, rooms, closures, classes and learners of
 * the sample data
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-demo"

#include <string.h>

#include "tomoni-demo-private.h"
#include "tomoni-store-activities-private.h"
#include "tomoni-store-classes-private.h"
#include "tomoni-store-people-private.h"
#include "tomoni-store-volunteers-private.h"

/* --- venues and classes ---------------------------------------------------- */

static const VenueDef center_def =
  { "熊本市国際交流会館", "Kumamoto City International Center", "chuo", "熊本市中央区花畑町4-18" };

/* The first five are the ward community centers the small scale uses. */
static const VenueDef community_defs[] = {
  { "中央公民館", "Chuo Community Center", "chuo", "熊本市中央区" },
  { "東部公民館", "Tobu Community Center", "higashi", "熊本市東区" },
  { "西部公民館", "Seibu Community Center", "nishi", "熊本市西区" },
  { "南部公民館", "Nanbu Community Center", "minami", "熊本市南区" },
  { "北部公民館", "Hokubu Community Center", "kita", "熊本市北区" },
  { "大江まちづくりセンター", "Oe Community Development Center", "chuo", "熊本市中央区" },
  { "託麻まちづくりセンター", "Takuma Community Development Center", "higashi", "熊本市東区" },
  { "河内まちづくりセンター", "Kawachi Community Development Center", "nishi", "熊本市西区" },
  { "城南公民館", "Jonan Community Center", "minami", "熊本市南区" },
  { "植木公民館", "Ueki Community Center", "kita", "熊本市北区" },
  { "五福まちづくりセンター", "Gofuku Community Development Center", "chuo", "熊本市中央区" },
  { "健軍まちづくりセンター", "Kengun Community Development Center", "higashi", "熊本市東区" },
  { "花園まちづくりセンター", "Hanazono Community Development Center", "nishi", "熊本市西区" },
  { "富合公民館", "Tomiai Community Center", "minami", "熊本市南区" },
  { "清水まちづくりセンター", "Shimizu Community Development Center", "kita", "熊本市北区" },
  { "京町まちづくりセンター", "Kyomachi Community Development Center", "chuo", "熊本市中央区" },
  { "長嶺まちづくりセンター", "Nagamine Community Development Center", "higashi", "熊本市東区" },
  { "城山まちづくりセンター", "Joyama Community Development Center", "nishi", "熊本市西区" },
  { "天明まちづくりセンター", "Tenmei Community Development Center", "minami", "熊本市南区" },
  { "龍田まちづくりセンター", "Tatsuda Community Development Center", "kita", "熊本市北区" },
  { "水前寺まちづくりセンター", "Suizenji Community Development Center", "chuo", "熊本市中央区" },
  { "秋津まちづくりセンター", "Akitsu Community Development Center", "higashi", "熊本市東区" },
  { "島崎まちづくりセンター", "Shimasaki Community Development Center", "nishi", "熊本市西区" },
  { "川尻まちづくりセンター", "Kawashiri Community Development Center", "minami", "熊本市南区" },
  { "楠まちづくりセンター", "Kusunoki Community Development Center", "kita", "熊本市北区" },
  { "幸田まちづくりセンター", "Koda Community Development Center", "minami", "熊本市南区" },
};

static const RoomDef center_rooms[] = {
  { "第1研修室", 24 }, { "第2研修室", 24 }, { "第3研修室", 18 }, { "第1会議室", 30 },
  { "第2会議室", 16 }, { "和室", 20 }, { "ホール", 120 },
};
static const RoomDef community_rooms[] = {
  { "第1講座室", 30 }, { "第2講座室", 24 }, { "和室", 20 }, { "研修室", 36 },
};

/* The International Center's own classes; the small scale takes the first eight. */
static const ClassDef center_classes[] = {
  { "日本語教室 初級A（火曜）", "Japanese Class Beginner A (Tuesday)", "A1", "adults", "in-person", WD (TUE), 600, 720, 20, FALSE, 0 },
  { "日本語教室 中級（水曜）", "Japanese Class Intermediate (Wednesday)", "B1", "adults", "in-person", WD (WED), 600, 720, 18, FALSE, 1 },
  { "日曜日本語教室 初級", "Sunday Japanese Class Beginner", "A1", "adults", "in-person", WD (SUN), 600, 720, 24, TRUE, 3 },
  { "日本語 入門集中コース（月・水・金）", "Intensive Introductory Course (Mon, Wed, Fri)", "pre-A1", "adults", "in-person",
    WD (MON) | WD (WED) | WD (FRI), 780, 900, 12, FALSE, 2 },
  { "子ども日本語教室（木曜）", "Japanese for Children of Foreign Descent (Thursday)", "A1", "children", "in-person", WD (THU), 960, 1050, 15, FALSE, 4 },
  { "日本語教室 初級B（火曜夜）", "Japanese Class Beginner B (Tuesday evening)", "A2", "adults", "in-person", WD (TUE), 1110, 1230, 20, FALSE, 0 },
  { "日曜日本語教室 中上級", "Sunday Japanese Class Upper Intermediate", "B2", "adults", "in-person", WD (SUN), 810, 930, 16, TRUE, 3 },
  { "オンライン日本語教室（木曜夜）", "Online Japanese Class (Thursday evening)", "A2", "adults", "online", WD (THU), 1140, 1230, 20, FALSE, -1 },
  { "日本語教室 入門（水曜夜）", "Japanese Class Introductory (Wednesday evening)", "pre-A1", "adults", "in-person", WD (WED), 1110, 1230, 16, FALSE, 1 },
  { "親子で日本語（土曜）", "Parent-and-Child Japanese (Saturday)", "pre-A1", "parents-and-children", "in-person", WD (SAT), 600, 690, 12, FALSE, 5 },
  { "技能実習生のための日本語（日曜）", "Japanese for Technical Interns (Sunday)", "A2", "workers", "in-person", WD (SUN), 810, 930, 20, TRUE, 0 },
  { "ハイブリッド日本語教室 中級（金曜夜）", "Hybrid Japanese Class Intermediate (Friday evening)", "B1", "adults", "hybrid", WD (FRI), 1110, 1230, 20, FALSE, 0 },
};
#define SMALL_CENTER_CLASSES 6

/* Regional classes in each community venue; the small scale takes one of them. */
static const ClassDef community_classes[] = {
  { "地域日本語教室", "Community Japanese Class", "A1", "adults", "in-person", WD (SAT), 600, 720, 16, FALSE, 0 },
  { "地域日本語教室 夜間", "Community Japanese Class, evenings", "pre-A1", "adults", "in-person", WD (MON) | WD (TUE) | WD (THU), 1140, 1260, 16, FALSE, 0 },
  { "地域日本語教室", "Community Japanese Class", "A2", "adults", "in-person", WD (MON) | WD (WED), 1140, 1260, 18, FALSE, 1 },
  { "働く人の日本語", "Japanese for Workers", "A1", "workers", "in-person", WD (SUN), 600, 720, 20, TRUE, 1 },
  { "子ども日本語教室", "Japanese for Children", "A1", "children", "in-person", WD (TUE) | WD (THU) | WD (FRI), 960, 1050, 15, FALSE, 2 },
  { "親子日本語教室", "Parent-and-Child Japanese", "pre-A1", "parents-and-children", "in-person", WD (SAT), 600, 690, 12, FALSE, 2 },
  { "地域日本語教室 昼間", "Community Japanese Class, daytime", "B1", "adults", "in-person", WD (WED) | WD (FRI), 600, 720, 18, FALSE, 3 },
};

static const char *const weekday_ja[] = { "", "月", "火", "水", "木", "金", "土", "日" };
static const char *const weekday_en[] = { "", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

static const char *
level_name_ja (const char *level)
{
  static const char *const names[][2] = {
    { "pre-A1", "入門" }, { "A1", "初級1" }, { "A2", "初級2" }, { "B1", "中級1" }, { "B2", "中級2" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i][0], level) == 0)
      return names[i][1];
  return level;
}

static const char *
level_name_en (const char *level)
{
  static const char *const names[][2] = {
    { "pre-A1", "Introductory" }, { "A1", "Beginner 1" }, { "A2", "Beginner 2" },
    { "B1", "Intermediate 1" }, { "B2", "Intermediate 2" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i][0], level) == 0)
      return names[i][1];
  return level;
}

/* --- venues, rooms, closures ----------------------------------------------------- */

static gboolean
add_closure (Demo       *d,
             int         venue,      /* index, -1 the whole Center */
             guint32     start,
             guint32     end,
             const char *reason)
{
  TomoniClosureRow row = { 0 };

  demo_row_stamp (d, demo_clamp_today (d, start - 60), 600);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  if (venue >= 0)
    row.venue_id = g_array_index (d->venues, VenueInfo, venue).id;
  row.start_date = demo_ds (d, start);
  row.end_date = demo_ds (d, end);
  row.reason = reason;
  if (!tomoni_closure_row_insert (d->store, &row, NULL, &d->error))
    return FALSE;
  for (guint32 j = start; j <= end; j++)
    g_hash_table_insert (d->closed, GUINT_TO_POINTER ((guint) (venue + 1) << 24 | (j - d->base)), (gpointer) reason);
  return TRUE;
}

static gboolean
add_venue (Demo           *d,
           const VenueDef *def,
           const RoomDef  *rooms,
           guint           n_rooms)
{
  guint32 created = demo_julian (d->first_fy - 1, 3, 1);
  VenueInfo info = { 0 };
  TomoniVenueRow row = { 0 };

  demo_row_stamp (d, created, 600);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.name = def->name;
  row.name_en = def->name_en;
  row.ward = def->ward;
  row.address = def->address;
  if (!tomoni_venue_row_insert (d->store, &row, &info.id, &d->error))
    return FALSE;
  info.ward = def->ward;
  info.n_rooms = n_rooms;
  for (guint i = 0; i < n_rooms; i++)
    {
      TomoniRoomRow room = { 0 };

      demo_row_stamp (d, created, 610);
      room.uuid = d->uuid;
      room.created_at = room.updated_at = d->stamp;
      room.venue_id = info.id;
      room.name = rooms[i].name;
      room.capacity = rooms[i].capacity;
      if (!tomoni_room_row_insert (d->store, &room, &info.room_ids[i], &d->error))
        return FALSE;
      info.room_caps[i] = rooms[i].capacity;
    }
  g_array_append_val (d->venues, info);
  return TRUE;
}

gboolean
demo_add_venues (Demo *d)
{
  guint n_community = d->scale == TOMONI_DEMO_SMALL ? 5 : G_N_ELEMENTS (community_defs);

  if (!add_venue (d, &center_def, center_rooms, G_N_ELEMENTS (center_rooms)))
    return FALSE;
  for (guint i = 0; i < n_community; i++)
    if (!add_venue (d, &community_defs[i], community_rooms, G_N_ELEMENTS (community_rooms)))
      return FALSE;

  for (int fy = d->first_fy; fy <= d->last_fy; fy++)
    {
      /* the whole Center: one inspection day a year, a Wednesday in February */
      guint32 j = demo_nth_weekday (fy + 1, 2, WED, 1 + demo_rnd (d, 3));
      if (!add_closure (d, -1, j, j, "全館設備点検のため休館"))
        return FALSE;

      /* the International Center: a cleaning day, and some years work on the hall */
      j = demo_nth_weekday (fy, 6 + demo_rnd (d, 6), 1 + demo_rnd (d, 7), 1 + demo_rnd (d, 3));
      if (!add_closure (d, 0, j, j, "館内清掃のため休館"))
        return FALSE;
      if (fy % 4 == 1)
        {
          j = demo_nth_weekday (fy, 11, MON, 2);
          if (!add_closure (d, 0, j, j + 2, "空調設備改修工事のため休館"))
            return FALSE;
        }

      for (guint v = 1; v < d->venues->len; v++)
        {
          j = demo_nth_weekday (fy, 5 + demo_rnd (d, 7), 1 + demo_rnd (d, 6), 1 + demo_rnd (d, 4));
          if (!add_closure (d, v, j, j, "定期点検のため休館"))
            return FALSE;
          /* elections: the community centers are polling stations */
          if (fy % 2 == 0 && demo_chance (d, 0.7))
            {
              j = demo_nth_weekday (fy, 7, SUN, 2);
              if (!add_closure (d, v, j - 1, j, "選挙の投票所設営のため休館"))
                return FALSE;
            }
        }
    }
  return TRUE;
}

/* --- classes ---------------------------------------------------------------------- */

static void
ring_add (Demo   *d,
          gint64  person_id)
{
  const guint size = 3000;

  if (d->recent->len < size)
    g_array_append_val (d->recent, person_id);
  else
    g_array_index (d->recent, gint64, d->recent_next++ % size) = person_id;
}

gint64
demo_add_learner (Demo            *d,
                  const ClassInfo *c,
                  guint32          when)
{
  static const char *const adult_attrs[] = {
    "worker", "worker", "technical-intern", "technical-intern", "specified-skilled-worker", "student",
    "student", "spouse", "spouse", "spouse", "dependent", "dependent", "other",
  };
  static const char *const purposes[] = {
    "日常生活で困らないように", "仕事で使う日本語", "子どもの学校とのやりとり", "日本語能力試験の合格",
    "進学", "友だちをつくりたい", "病院や役所で話せるように",
  };
  const ClassDef *def = c->def;
  const char *ward = g_array_index (d->venues, VenueInfo, c->venue).ward;
  gboolean child = strcmp (def->group, "children") == 0;
  gboolean workers = strcmp (def->group, "workers") == 0;
  gboolean parents = strcmp (def->group, "parents-and-children") == 0;
  PersonSpec spec = {
    demo_pick_nationality (d),
    child ? 6 : workers ? 19 : parents ? 24 : 18,
    child ? 14 : workers ? 38 : parents ? 44 : 62,
    child, when - demo_rnd (d, 10), demo_pick_ward (d, ward),
  };
  const char *attribute, *status = "", *jlpt = NULL, *availability;
  char arrival[11];
  gint64 person_id = demo_add_person (d, &spec);
  TomoniLearnerRow row = { 0 };

  if (person_id == 0)
    return 0;

  if (child)
    attribute = "child";
  else if (workers)
    attribute = demo_chance (d, 0.6) ? "technical-intern" : "specified-skilled-worker";
  else if (parents)
    attribute = demo_chance (d, 0.6) ? "spouse" : "dependent";
  else
    attribute = adult_attrs[demo_rnd (d, G_N_ELEMENTS (adult_attrs))];

  if (demo_chance (d, 0.75))
    {
      if (strcmp (attribute, "worker") == 0)
        status = "技術・人文知識・国際業務";
      else if (strcmp (attribute, "technical-intern") == 0)
        status = "技能実習";
      else if (strcmp (attribute, "specified-skilled-worker") == 0)
        status = "特定技能";
      else if (strcmp (attribute, "student") == 0)
        status = "留学";
      else if (strcmp (attribute, "spouse") == 0)
        status = demo_chance (d, 0.7) ? "日本人の配偶者等" : "永住者";
      else if (strcmp (attribute, "dependent") == 0 || strcmp (attribute, "child") == 0)
        status = demo_chance (d, 0.8) ? "家族滞在" : "定住者";
    }

  if (strcmp (def->level, "pre-A1") != 0 && demo_chance (d, 0.2))
    {
      if (strcmp (def->level, "A1") == 0)
        jlpt = "N5";
      else if (strcmp (def->level, "A2") == 0)
        jlpt = "N4";
      else if (strcmp (def->level, "B1") == 0)
        jlpt = "N3";
      else
        jlpt = "N2";
    }

  if (child)
    availability = "放課後";
  else if (def->start >= 1080)
    availability = "平日夜";
  else if ((def->weekdays & (WD (SAT) | WD (SUN))) != 0)
    availability = "土日";
  else
    availability = "平日昼";

  demo_format_date (spec.created - 20 - demo_rnd (d, child ? 1200 : 2400), arrival);

  demo_row_stamp (d, spec.created, 720);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.person_id = person_id;
  row.attribute = attribute;
  row.residence_status = status;
  row.arrival_date = arrival;
  row.level = def->level;
  row.jlpt = jlpt;
  row.purpose = child ? "学校の勉強についていけるように" : purposes[demo_rnd (d, G_N_ELEMENTS (purposes))];
  row.availability = availability;
  if (!tomoni_learner_row_insert (d->store, &row, NULL, &d->error))
    return 0;
  ring_add (d, person_id);
  return person_id;
}

static gboolean
add_class_staff (Demo       *d,
                 gint64      class_id,
                 gint64      person_id,
                 guint32     created,
                 const char *role,
                 const char *employment)
{
  TomoniClassStaffRow row = { 0 };

  demo_row_stamp (d, created, 630);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.class_id = class_id;
  row.person_id = person_id;
  row.role = role;
  row.employment = employment;
  return tomoni_class_staff_row_insert (d->store, &row, NULL, &d->error);
}

static gboolean
add_class (Demo           *d,
           const ClassDef *def,
           guint           venue,
           gboolean        community)
{
  const VenueInfo *vi = &g_array_index (d->venues, VenueInfo, venue);
  guint32 created = demo_julian (d->first_fy, 3, 1) + demo_rnd (d, 14);
  g_autofree char *title_ja = NULL;
  g_autofree char *title_en = NULL;
  ClassInfo info = { 0 };
  TomoniClassRow row = { 0 };
  guint n_days = 0;

  if (community)
    {
      g_autoptr(GString) days_ja = g_string_new (NULL);
      g_autoptr(GString) days_en = g_string_new (NULL);
      const VenueDef *vd = &community_defs[venue - 1];

      for (guint w = MON; w <= SUN; w++)
        if ((def->weekdays & WD (w)) != 0)
          {
            g_string_append (days_ja, weekday_ja[w]);
            g_string_append_printf (days_en, "%s%s", days_en->len > 0 ? "/" : "", weekday_en[w]);
          }
      title_ja = g_strdup_printf ("%s %s（%s・%s）", def->title_ja, level_name_ja (def->level), vd->name, days_ja->str);
      title_en = g_strdup_printf ("%s, %s (%s, %s)", def->title_en, level_name_en (def->level), vd->name_en, days_en->str);
    }
  else
    {
      title_ja = g_strdup (def->title_ja);
      title_en = g_strdup (def->title_en);
    }

  info.def = def;
  info.venue = venue;
  info.room_id = def->room >= 0 ? vi->room_ids[def->room] : 0;
  info.continuing = g_array_new (FALSE, FALSE, sizeof (gint64));

  demo_row_stamp (d, created, 600);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.title_ja = title_ja;
  row.title_en = title_en;
  row.level = def->level;
  row.target_group = def->group;
  row.format = def->format;
  row.venue_id = vi->id;
  row.room_id = info.room_id;
  row.capacity = def->capacity;
  row.meets_on_holidays = def->holidays;
  row.notes = def->holidays ? "祝日も開講" : strcmp (def->format, "online") == 0 ? "Zoomで実施" : "";
  if (!tomoni_class_row_insert (d->store, &row, &info.id, &d->error))
    {
      g_array_unref (info.continuing);
      return FALSE;
    }
  g_array_append_val (d->classes, info);

  /* teachers: one, two for classes that meet on several days */
  for (guint w = MON; w <= SUN; w++)
    if ((def->weekdays & WD (w)) != 0)
      n_days++;
  for (guint i = 0; i < (n_days > 1 ? 2u : 1u); i++)
    {
      gint64 teacher = g_array_index (d->teachers, gint64, d->next_teacher++ % d->teachers->len);
      const char *employment = community ? "volunteer" : d->classes->len <= 2 && i == 0 ? "full-time" : "part-time";

      if (!add_class_staff (d, info.id, teacher, created, "teacher", employment))
        return FALSE;
    }

  /* volunteer assistants */
  {
    GArray *pool = d->by_skill[SK_CLASS];
    guint n = pool->len > 0 ? demo_rnd (d, 3) : 0;
    gint64 chosen[2] = { 0, 0 };

    for (guint i = 0; i < n; i++)
      {
        const VolInfo *v = &g_array_index (d->volunteers, VolInfo, g_array_index (pool, guint, demo_rnd (d, pool->len)));
        if (v->person_id == chosen[0])
          continue;
        chosen[i] = v->person_id;
        if (!add_class_staff (d, info.id, v->person_id, created, "assistant", "volunteer"))
          return FALSE;
      }
  }
  return TRUE;
}

gboolean
demo_add_classes (Demo *d)
{
  gboolean small = d->scale == TOMONI_DEMO_SMALL;
  guint n_center = small ? SMALL_CENTER_CLASSES : G_N_ELEMENTS (center_classes);
  guint n_community = small ? 1 : G_N_ELEMENTS (community_classes);

  for (guint i = 0; i < n_center; i++)
    if (!add_class (d, &center_classes[i], 0, FALSE))
      return FALSE;
  /* small: one weekly class in each ward's community center, each a different kind */
  static const guint small_kinds[] = { 0, 2, 3, 5, 6 };

  for (guint v = 1; v < d->venues->len; v++)
    for (guint i = 0; i < n_community; i++)
      {
        const ClassDef *def = small ? &community_classes[small_kinds[(v - 1) % G_N_ELEMENTS (small_kinds)]]
                                    : &community_classes[i];
        if (!add_class (d, def, v, TRUE))
          return FALSE;
      }
  return TRUE;
}
