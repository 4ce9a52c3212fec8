/* tomoni-demo-activities.c: requesters, activities, shifts, slots and
 * assignments of the sample data
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-demo"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "tomoni-demo-private.h"
#include "tomoni-store-activities-private.h"
#include "tomoni-store-classes-private.h"
#include "tomoni-store-people-private.h"
#include "tomoni-store-volunteers-private.h"

typedef struct {
  const char *code;
  const char *name_ja;
  const char *name_en;
  guint       weight;   /* share of interpreting requests */
} RequestLanguage;

static const RequestLanguage request_languages[] = {
  { "vi", "ベトナム語", "Vietnamese", 35 }, { "zh", "中国語", "Chinese", 15 },
  { "tl", "タガログ語", "Tagalog", 10 }, { "ne", "ネパール語", "Nepali", 10 },
  { "en", "英語", "English", 10 }, { "ko", "韓国語", "Korean", 5 },
  { "id", "インドネシア語", "Indonesian", 5 }, { "my", "ミャンマー語", "Burmese", 5 },
  { "pt", "ポルトガル語", "Portuguese", 3 }, { "th", "タイ語", "Thai", 2 },
};

/* --- requesters, activities, shifts, assignments ---------------------------------------- */

typedef struct {
  const char *name;
  const char *kind;
  const char *contact;
} RequesterDef;

/* The small scale takes the first eight. */
static const RequesterDef requester_defs[] = {
  { "熊本市立碩台小学校", "school", "教頭" },
  { "熊本市民病院", "hospital", "地域医療連携室" },
  { "熊本市 中央区役所 区民課", "city-office", "窓口担当" },
  { "熊本市 東区役所 保健子ども課", "city-office", "母子保健係" },
  { "熊本市立帯山中学校", "school", "教頭" },
  { "熊本赤十字病院", "hospital", "医療社会事業課" },
  { "熊本市 教育委員会 指導課", "city-office", "日本語指導担当" },
  { "熊本県国際協会", "other", "事務局" },
  { "熊本市立白川小学校", "school", "教頭" },
  { "熊本市立託麻南小学校", "school", "教務主任" },
  { "熊本市立城西小学校", "school", "教頭" },
  { "熊本市立西原中学校", "school", "教頭" },
  { "熊本大学病院", "hospital", "患者支援センター" },
  { "済生会熊本病院", "hospital", "医療福祉相談室" },
  { "熊本市 北区役所 保健子ども課", "city-office", "母子保健係" },
  { "熊本市 南区役所 区民課", "city-office", "窓口担当" },
  { "熊本市 西区役所 福祉課", "city-office", "相談係" },
  { "熊本市 国際課", "city-office", "多文化共生担当" },
  { "熊本大学 国際教育課", "other", "留学生支援担当" },
  { "熊本市社会福祉協議会", "other", "ボランティアセンター" },
};

typedef struct {
  const char *ja;
  const char *en;
} Title;

static const Title school_requests[] = {
  { "保護者面談の通訳", "Interpreting at a parent-teacher meeting" },
  { "就学時健康診断の通訳", "Interpreting at the pre-school health check" },
  { "入学説明会の通訳", "Interpreting at a school admission briefing" },
};
static const Title hospital_requests[] = {
  { "両親学級の通訳", "Interpreting at a parenting class" },
  { "入院手続き案内の通訳", "Interpreting for admission procedures" },
};
static const Title office_requests[] = {
  { "転入手続きの通訳", "Interpreting for moving-in procedures" },
  { "乳幼児健診の通訳", "Interpreting at an infant health check" },
  { "税の申告相談の通訳", "Interpreting at a tax return consultation" },
};
static const Title other_requests[] = {
  { "外国人生活相談会の通訳", "Interpreting at a consultation day for foreign residents" },
};
static const Title events[] = {
  { "国際交流フェスタ", "International Exchange Festa" },
  { "多文化共生まつり", "Multicultural Festival" },
  { "やさしい日本語で話そう会", "Let's Talk in Easy Japanese" },
  { "世界の料理教室", "World Cooking Class" },
};
static const Title delegations[] = {
  { "ハイデルベルク市代表団の受入れ", "Welcoming the Heidelberg delegation" },
  { "桂林市友好訪問団の受入れ", "Welcoming the Guilin friendship delegation" },
  { "蔚山広域市訪問団の受入れ", "Welcoming the Ulsan delegation" },
  { "サンアントニオ市代表団の受入れ", "Welcoming the San Antonio delegation" },
};
static const char *const delegation_langs[] = { "de", "zh", "ko", "en" };

typedef struct {
  const char *role;
  guint       needed;
  int         skill;      /* SK_*, -1 none */
  int         training;   /* TR_*, -1 none */
  const char *lang;       /* NULL none */
  guint       min_level;
} SlotDef;

static gboolean
volunteer_fits (Demo          *d,
                guint          index,
                const SlotDef *sd,
                guint32        j)
{
  const VolInfo *v = &g_array_index (d->volunteers, VolInfo, index);
  guint month = (j - d->base) / 31;   /* close enough to tell months apart within a cap */
  gboolean has_lang = sd->lang == NULL;

  if (j < v->first || j > v->expires)
    return FALSE;
  if (v->status == 1 && j + 60 > d->today)
    return FALSE;
  if (sd->skill >= 0 && (v->skills & (1 << sd->skill)) == 0)
    return FALSE;
  if (sd->training >= 0 && (v->trainings & (1 << sd->training)) == 0)
    return FALSE;
  for (guint i = 0; i < v->n_langs && !has_lang; i++)
    has_lang = strcmp (demo_lang_codes[v->langs[i]], sd->lang) == 0 && v->levels[i] <= sd->min_level;
  if (!has_lang)
    return FALSE;
  if (g_hash_table_contains (d->busy, GUINT_TO_POINTER (index << 16 | (j - d->base))))
    return FALSE;
  if (GPOINTER_TO_UINT (g_hash_table_lookup (d->monthly, GUINT_TO_POINTER (index << 16 | month))) >= v->cap)
    return FALSE;
  return TRUE;
}

static gboolean
add_slot (Demo          *d,
          gint64         shift_id,
          const SlotDef *sd,
          guint32        j,
          int            start,
          int            end,
          guint32        created)
{
  GArray *pool = sd->lang != NULL ? d->by_lang[demo_lang_index (sd->lang)] : sd->skill >= 0 ? d->by_skill[sd->skill] : NULL;
  guint n_pool = pool != NULL ? pool->len : d->volunteers->len;
  guint fill = d->leave_open ? demo_rnd (d, sd->needed) : demo_chance (d, 0.8) ? sd->needed : demo_rnd (d, sd->needed + 1);
  gboolean past = j <= d->today;
  char updated[21], checked[21];
  TomoniSlotRow slot = { 0 };
  gint64 slot_id;
  const char *date = demo_ds (d, j);
  int fy = atoi (date) - (strncmp (date + 5, "04", 2) < 0 ? 1 : 0);

  demo_row_stamp (d, created, 610);
  slot.uuid = d->uuid;
  slot.created_at = slot.updated_at = d->stamp;
  slot.shift_id = shift_id;
  slot.role = sd->role;
  slot.needed = sd->needed;
  slot.required_skill_id = sd->skill >= 0 ? d->skill_ids[sd->skill] : 0;
  slot.required_training_id = sd->training >= 0 ? d->training_ids[sd->training] : 0;
  if (!tomoni_slot_row_insert (d->store, &slot, &slot_id, &d->error))
    return FALSE;

  if (sd->lang != NULL)
    {
      TomoniSlotLanguageRow row = { 0 };

      demo_row_stamp (d, created, 611);
      row.uuid = d->uuid;
      row.created_at = row.updated_at = d->stamp;
      row.slot_id = slot_id;
      row.code = sd->lang;
      row.min_level = demo_levels[sd->min_level];
      if (!tomoni_slot_language_row_insert (d->store, &row, NULL, &d->error))
        return FALSE;
    }

  for (guint k = 0; k < fill && n_pool > 0; k++)
    {
      guint index = G_MAXUINT;
      const char *status, *checkin = NULL, *source = "manual", *cancel = "";
      guint month = (j - d->base) / 31;
      gpointer count_key;
      TomoniAssignmentRow row = { 0 };

      for (guint attempt = 0; attempt < 40 && index == G_MAXUINT; attempt++)
        {
          guint candidate = pool != NULL ? g_array_index (pool, guint, demo_rnd (d, n_pool)) : demo_rnd (d, n_pool);
          if (volunteer_fits (d, candidate, sd, j))
            index = candidate;
        }
      if (index == G_MAXUINT)
        break;
      g_hash_table_add (d->busy, GUINT_TO_POINTER (index << 16 | (j - d->base)));
      count_key = GUINT_TO_POINTER (index << 16 | month);
      g_hash_table_insert (d->monthly, count_key,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (d->monthly, count_key)) + 1));

      if (past)
        {
          if (demo_chance (d, 0.07))
            {
              static const char *const reasons[] = { "体調不良のため", "仕事の都合がつかないため", "家族の事情のため", "本人から辞退の連絡" };
              status = "cancelled";
              cancel = reasons[demo_rnd (d, G_N_ELEMENTS (reasons))];
            }
          else
            {
              status = demo_chance (d, 0.9) ? "confirmed" : "assigned";
              checkin = demo_chance (d, 0.94) ? "present" : "no-show";
            }
        }
      else
        status = demo_chance (d, 0.6) ? "assigned" : "confirmed";
      if (fy >= d->last_fy - 1 && demo_chance (d, 0.35))
        source = "auto";

      demo_row_stamp (d, demo_clamp_today (d, MAX (created, j - 5 - demo_rnd (d, 20))), 900);
      if (checkin != NULL)
        {
          demo_make_stamp (d, j, start, checked);
          memcpy (updated, checked, sizeof updated);
        }
      else if (*cancel != '\0')
        demo_make_stamp (d, j - 1 - demo_rnd (d, 3), 1000, updated);
      else
        memcpy (updated, d->stamp, sizeof updated);
      row.uuid = d->uuid;
      row.created_at = d->stamp;
      row.updated_at = updated;
      row.slot_id = slot_id;
      row.person_id = g_array_index (d->volunteers, VolInfo, index).person_id;
      row.status = status;
      row.source = source;
      row.score = strcmp (source, "auto") == 0 ? 40 + (gint64) demo_rnd (d, 61) : -1;
      row.cancel_reason = cancel;
      row.minutes = -1;
      if (checkin != NULL)
        {
          row.checkin = checkin;
          if (strcmp (checkin, "present") == 0 && demo_chance (d, 0.05))
            row.minutes = MAX (30, end - start - 30);
          row.checked_in_at = checked;
        }
      if (!tomoni_assignment_row_insert (d->store, &row, NULL, &d->error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_activity (Demo       *d,
              const char *title,
              const char *title_en,
              const char *kind,
              gint64      venue_id,
              gint64      requester_id,
              gboolean    confidential,
              const char *notes,
              guint32     created,
              gint64     *out_id)
{
  TomoniActivityRow row = { 0 };

  demo_row_stamp (d, created, 570);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.title = title;
  row.title_en = title_en;
  row.kind = kind;
  row.venue_id = venue_id;
  row.requester_id = requester_id;
  row.confidential = confidential;
  row.notes = notes;
  return tomoni_activity_row_insert (d->store, &row, out_id, &d->error);
}

static gboolean
add_shift (Demo    *d,
           gint64   activity_id,
           guint32  j,
           int      start,
           int      end,
           gint64   room_id,
           guint32  created,
           gint64  *out_id)
{
  TomoniShiftRow row = { 0 };

  demo_row_stamp (d, created, 580);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.activity_id = activity_id;
  row.date = demo_ds (d, j);
  row.start_minute = start;
  row.end_minute = end;
  row.room_id = room_id;
  return tomoni_shift_row_insert (d->store, &row, out_id, &d->error);
}

static gboolean
open_day (Demo    *d,
          guint32  j)
{
  const char *date = demo_ds (d, j);
  int month = (date[5] - '0') * 10 + (date[6] - '0');
  int day = (date[8] - '0') * 10 + (date[9] - '0');

  return !((month == 12 && day >= 29) || (month == 1 && day <= 3));
}

static guint32
random_day (Demo     *d,
            int       fy,
            gboolean  weekend)
{
  guint32 first = demo_julian (fy, 4, 1), last = demo_julian (fy + 1, 3, 31);

  for (;;)
    {
      guint32 j = first + demo_rnd (d, last - first + 1);
      gboolean is_weekend = demo_weekday_of (j) >= SAT || d->holiday[j - d->base] != NULL;

      if (is_weekend == weekend && open_day (d, j))
        return j;
    }
}

static const RequestLanguage *
pick_request_language (Demo *d)
{
  guint total = 0, r;

  for (guint i = 0; i < G_N_ELEMENTS (request_languages); i++)
    total += request_languages[i].weight;
  r = demo_rnd (d, total);
  for (guint i = 0; i < G_N_ELEMENTS (request_languages); i++)
    {
      if (r < request_languages[i].weight)
        return &request_languages[i];
      r -= request_languages[i].weight;
    }
  g_assert_not_reached ();
}

gboolean
demo_add_activities (Demo *d)
{
  gboolean small = d->scale == TOMONI_DEMO_SMALL;
  guint n_requesters = small ? 8 : G_N_ELEMENTS (requester_defs);
  const VenueInfo *center = &g_array_index (d->venues, VenueInfo, 0);
  g_autofree gint64 *requesters = g_new0 (gint64, n_requesters);
  guint n_years = d->last_fy - d->first_fy + 1;

  for (guint i = 0; i < n_requesters; i++)
    {
      TomoniRequesterRow row = { 0 };

      demo_row_stamp (d, demo_julian (d->first_fy - 1, 4, 1) + demo_rnd (d, 300), 600);
      row.uuid = d->uuid;
      row.created_at = row.updated_at = d->stamp;
      row.name = requester_defs[i].name;
      row.kind = requester_defs[i].kind;
      row.contact = requester_defs[i].contact;
      row.notes = strcmp (requester_defs[i].kind, "hospital") == 0 ? "医療通訳は対象外（案内・手続きのみ）" : "";
      if (!tomoni_requester_row_insert (d->store, &row, &requesters[i], &d->error))
        return FALSE;
    }

  for (int fy = d->first_fy; fy <= d->last_fy; fy++)
    {
      guint n_interpret = small ? 14 : 1300;
      guint n_events = small ? 3 : 40;
      guint n_conferences = small ? 1 : 8;
      guint n_youth = small ? 1 : 6;
      guint n_disaster = small ? 1 : 3;
      guint n_translation = small ? 2 : 30;
      guint n_class_support = small ? 1 : 10;
      gint64 activity_id, shift_id;

      /* interpreting requests from schools, hospitals and city offices */
      for (guint i = 0; i < n_interpret; i++)
        {
          guint r = demo_rnd (d, n_requesters);
          const char *kind = requester_defs[r].kind;
          const RequestLanguage *lang = pick_request_language (d);
          const Title *t = strcmp (kind, "school") == 0 ? &school_requests[demo_rnd (d, G_N_ELEMENTS (school_requests))]
                         : strcmp (kind, "hospital") == 0 ? &hospital_requests[demo_rnd (d, G_N_ELEMENTS (hospital_requests))]
                         : strcmp (kind, "city-office") == 0 ? &office_requests[demo_rnd (d, G_N_ELEMENTS (office_requests))]
                         : &other_requests[0];
          g_autofree char *title = g_strconcat (t->ja, "（", lang->name_ja, "）", NULL);
          g_autofree char *title_en = g_strconcat (t->en, " (", lang->name_en, ")", NULL);
          guint32 j = random_day (d, fy, FALSE);
          guint32 created = j - 7 - demo_rnd (d, 30);
          int start = 540 + 30 * demo_rnd (d, 14);
          int end = start + 60 + 30 * demo_rnd (d, 3);
          SlotDef sd = { "通訳", 1, SK_INTERPRETATION, demo_chance (d, 0.5) ? TR_INTERPRETER : -1, lang->code,
                         demo_chance (d, 0.7) ? BUSINESS : CONVERSATIONAL };

          if (created > d->today)
            continue;   /* not requested yet */

          if (!add_activity (d, title, title_en, "interpretation", 0, requesters[r], TRUE,
                             "場所: 依頼元の施設", created, &activity_id) ||
              !add_shift (d, activity_id, j, start, end, 0, created, &shift_id) ||
              !add_slot (d, shift_id, &sd, j, start, end, created))
            return FALSE;
        }

      /* exchange events: set-up in the morning, the event in the afternoon */
      for (guint i = 0; i < n_events; i++)
        {
          const Title *t = &events[i % G_N_ELEMENTS (events)];
          g_autofree char *title = g_strdup_printf ("%s%d", t->ja, fy);
          g_autofree char *title_en = g_strdup_printf ("%s %d", t->en, fy);
          guint32 j = random_day (d, fy, TRUE);
          guint32 created = j - 40 - demo_rnd (d, 30);
          static const SlotDef setup = { "会場設営", 4, SK_EVENT, -1, NULL, BASIC };
          static const SlotDef reception = { "受付", 3, -1, -1, NULL, BASIC };
          static const SlotDef interpret = { "通訳・案内", 2, -1, -1, "en", CONVERSATIONAL };
          static const SlotDef interpret_vi = { "通訳・案内", 1, -1, -1, "vi", CONVERSATIONAL };
          static const SlotDef childcare = { "託児", 1, SK_CHILDCARE, -1, NULL, BASIC };

          if (created > d->today)
            continue;

          if (!add_activity (d, title, title_en, "exchange-event", center->id, 0, FALSE, "", created, &activity_id) ||
              !add_shift (d, activity_id, j, 540, 720, center->room_ids[6], created, &shift_id) ||
              !add_slot (d, shift_id, &setup, j, 540, 720, created) ||
              !add_shift (d, activity_id, j, 780, 1020, center->room_ids[6], created, &shift_id) ||
              !add_slot (d, shift_id, &reception, j, 780, 1020, created) ||
              !add_slot (d, shift_id, &interpret, j, 780, 1020, created) ||
              !add_slot (d, shift_id, &interpret_vi, j, 780, 1020, created) ||
              (i % 2 == 0 && !add_slot (d, shift_id, &childcare, j, 780, 1020, created)))
            return FALSE;
        }

      /* delegations and conferences: two days */
      for (guint i = 0; i < n_conferences; i++)
        {
          guint which = demo_rnd (d, G_N_ELEMENTS (delegations));
          guint32 j = random_day (d, fy, FALSE);
          guint32 created = j - 60 - demo_rnd (d, 30);
          SlotDef guide = { "案内係", 3, -1, -1, "en", BUSINESS };
          SlotDef interpret = { "通訳", 1, SK_INTERPRETATION, -1, delegation_langs[which], BUSINESS };

          if (created > d->today)
            continue;

          if (!add_activity (d, delegations[which].ja, delegations[which].en, "conference", center->id, 0,
                             FALSE, "", created, &activity_id))
            return FALSE;
          for (guint day = 0; day < 2; day++)
            if (!open_day (d, j + day) ||
                !add_shift (d, activity_id, j + day, 540, 1020, center->room_ids[3], created, &shift_id) ||
                !add_slot (d, shift_id, &guide, j + day, 540, 1020, created) ||
                !add_slot (d, shift_id, &interpret, j + day, 540, 1020, created))
              {
                if (d->error != NULL)
                  return FALSE;
              }
        }

      for (guint i = 0; i < n_youth; i++)
        {
          guint32 j = random_day (d, fy, TRUE);
          guint32 created = j - 60;
          static const SlotDef host = { "ホストファミリー", 4, SK_HOMESTAY, -1, NULL, BASIC };
          static const SlotDef helper = { "引率補助", 2, -1, -1, "en", CONVERSATIONAL };

          if (created > d->today)
            continue;

          if (!add_activity (d, "青少年国際交流 ホームステイ受入れ", "Youth exchange: homestay hosting",
                             "youth-exchange", center->id, 0, FALSE, "", created, &activity_id) ||
              !add_shift (d, activity_id, j, 600, 1080, 0, created, &shift_id) ||
              !add_slot (d, shift_id, &host, j, 600, 1080, created) ||
              !add_slot (d, shift_id, &helper, j, 600, 1080, created))
            return FALSE;
        }

      for (guint i = 0; i < n_disaster; i++)
        {
          static const char *const drill_langs[] = { "en", "zh", "vi", "ko", "ne" };
          guint32 j = random_day (d, fy, TRUE);
          guint32 created = j - 45;

          if (created > d->today)
            continue;

          if (!add_activity (d, i % 2 == 0 ? "多言語支援センター設置訓練" : "外国人のための防災訓練",
                             i % 2 == 0 ? "Multilingual support center drill" : "Disaster drill for foreign residents",
                             "disaster-support", center->id, 0, FALSE, "熊本地震の経験をふまえた訓練", created,
                             &activity_id) ||
              !add_shift (d, activity_id, j, 570, 750, center->room_ids[6], created, &shift_id))
            return FALSE;
          for (guint l = 0; l < G_N_ELEMENTS (drill_langs); l++)
            {
              SlotDef sd = { "多言語情報発信", 1, SK_DISASTER, TR_DISASTER, drill_langs[l], CONVERSATIONAL };
              if (!add_slot (d, shift_id, &sd, j, 570, 750, created))
                return FALSE;
            }
        }

      for (guint i = 0; i < n_translation; i++)
        {
          const RequestLanguage *lang = pick_request_language (d);
          g_autofree char *title = g_strconcat ("多言語生活ガイドの翻訳（", lang->name_ja, "）", NULL);
          g_autofree char *title_en = g_strconcat ("Translating the living guide (", lang->name_en, ")", NULL);
          guint32 j = random_day (d, fy, FALSE);
          guint32 created = j - 20;
          SlotDef sd = { "翻訳", 2, SK_TRANSLATION, -1, lang->code, BUSINESS };

          if (created > d->today)
            continue;

          if (!add_activity (d, title, title_en, "other", center->id, 0, FALSE, "", created, &activity_id) ||
              !add_shift (d, activity_id, j, 780, 960, center->room_ids[4], created, &shift_id) ||
              !add_slot (d, shift_id, &sd, j, 780, 960, created))
            return FALSE;
        }

      /* class supporters: every Saturday of the first term */
      for (guint i = 0; i < n_class_support; i++)
        {
          guint32 created = demo_clamp_today (d, demo_julian (fy, 3, 10));
          static const SlotDef assistant = { "教室アシスタント", 2, SK_CLASS, -1, NULL, BASIC };

          if (!add_activity (d, "日本語教室サポーター（土曜）", "Japanese class supporters (Saturday)",
                             "class-assistance", center->id, 0, FALSE, "", created, &activity_id))
            return FALSE;
          for (guint32 j = demo_nth_weekday (fy, 4, SAT, 2); j <= demo_julian (fy, 7, 31); j += 7)
            if (d->holiday[j - d->base] == NULL &&
                (!add_shift (d, activity_id, j, 600, 720, center->room_ids[5], created, &shift_id) ||
                 !add_slot (d, shift_id, &assistant, j, 600, 720, created)))
              return FALSE;
        }

      if (!demo_report (d, 0.85 + 0.12 * (fy - d->first_fy + 1) / n_years, _("Creating activities and shifts…")))
        return FALSE;
    }

  /* Requests that came in these last days for the weeks to come: whatever
   * the sample's today, there are shifts with places still to fill. */
  d->leave_open = TRUE;
  for (guint i = 0; i < 4; i++)
    {
      guint r = demo_rnd (d, n_requesters);
      const char *kind = requester_defs[r].kind;
      const RequestLanguage *lang = pick_request_language (d);
      const Title *t = strcmp (kind, "school") == 0 ? &school_requests[demo_rnd (d, G_N_ELEMENTS (school_requests))]
                     : strcmp (kind, "hospital") == 0 ? &hospital_requests[demo_rnd (d, G_N_ELEMENTS (hospital_requests))]
                     : strcmp (kind, "city-office") == 0 ? &office_requests[demo_rnd (d, G_N_ELEMENTS (office_requests))]
                     : &other_requests[0];
      g_autofree char *title = g_strconcat (t->ja, "（", lang->name_ja, "）", NULL);
      g_autofree char *title_en = g_strconcat (t->en, " (", lang->name_en, ")", NULL);
      guint32 j = d->today + 3 + 6 * i;
      guint32 created = d->today - demo_rnd (d, 4);
      int start = 540 + 30 * demo_rnd (d, 14);
      int end = start + 60 + 30 * demo_rnd (d, 3);
      SlotDef sd = { "通訳", 1, SK_INTERPRETATION, -1, lang->code, CONVERSATIONAL };
      gint64 activity_id, shift_id;

      while (demo_weekday_of (j) >= SAT || d->holiday[j - d->base] != NULL || !open_day (d, j))
        j++;
      if (!add_activity (d, title, title_en, "interpretation", 0, requesters[r], TRUE,
                         "場所: 依頼元の施設", created, &activity_id) ||
          !add_shift (d, activity_id, j, start, end, 0, created, &shift_id) ||
          !add_slot (d, shift_id, &sd, j, start, end, created))
        return FALSE;
    }
  d->leave_open = FALSE;
  return TRUE;
}

