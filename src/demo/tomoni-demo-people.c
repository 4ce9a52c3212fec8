/* tomoni-demo-people.c: people, teachers and volunteers of the sample data
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-demo"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-demo-private.h"
#include "tomoni-store-activities-private.h"
#include "tomoni-store-classes-private.h"
#include "tomoni-store-people-private.h"
#include "tomoni-store-volunteers-private.h"

/* --- people -------------------------------------------------------------------- */

gint64
demo_add_person (Demo             *d,
                 const PersonSpec *spec)
{
  const Nationality *nat = spec->nat;
  g_autoptr(TomoniPerson) person = tomoni_person_new ();
  g_autoptr(GString) given = g_string_new (NULL);
  g_autoptr(GString) given_latin = g_string_new (NULL);
  g_autoptr(GString) given_kana = g_string_new (NULL);
  g_autofree char *reading = NULL;
  g_autofree char *latin = NULL;
  g_autofree char *sort_key = NULL;
  g_autofree char *search_text = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  const Name *family = NULL;
  gboolean japanese = nat == &demo_japan;
  gboolean female = demo_chance (d, 0.52);
  const char *gender = demo_chance (d, 0.04) ? "" : female ? "female" : "male";
  int age = demo_between (d, spec->age_lo, spec->age_hi);
  char birth[11] = "";
  char consent_date[11] = "";
  char pseudonym[20];
  const char *contact = nat->language;
  TomoniPersonRow row = { 0 };
  gint64 id = 0;
  int cy, cm, cd;

  if (nat->syllables)
    {
      const Name *pool = female ? nat->female : nat->male;
      guint n = female ? nat->n_female : nat->n_male;
      guint count = demo_chance (d, 0.6) ? 2 : 3;

      for (guint i = 0; i < count; i++)
        {
          const Name *s = demo_pick_name (d, pool, n);
          g_string_append (given, s->native);
          g_string_append_printf (given_latin, "%s%s", i > 0 ? " " : "", s->latin);
          g_string_append_printf (given_kana, "%s%s", i > 0 ? "・" : "", s->kana);
        }
    }
  else
    {
      const Name *mid = NULL;
      const Name *name;

      if (female && nat->n_mid_f > 0)
        mid = demo_pick_name (d, nat->mid_f, nat->n_mid_f);
      else if (!female && nat->n_mid_m > 0)
        mid = demo_pick_name (d, nat->mid_m, nat->n_mid_m);
      name = female ? demo_pick_name (d, nat->female, nat->n_female) : demo_pick_name (d, nat->male, nat->n_male);
      if (mid != NULL)
        {
          g_string_append_printf (given, "%s ", mid->native);
          g_string_append_printf (given_latin, "%s ", mid->latin);
          g_string_append_printf (given_kana, "%s・", mid->kana);
        }
      g_string_append (given, name->native);
      g_string_append (given_latin, name->latin);
      g_string_append (given_kana, name->kana);
    }
  if (nat->n_family > 0 && demo_rnd (d, 100) < nat->split_percent)
    family = demo_pick_name (d, nat->family, nat->n_family);

  if (family != NULL && japanese)
    reading = g_strconcat (family->kana, " ", given_kana->str, NULL);
  else if (family != NULL)
    reading = g_strconcat (family->kana, "・", given_kana->str, NULL);
  else
    reading = g_strdup (given_kana->str);
  if (japanese)
    latin = g_strdup ("");
  else if (family != NULL)
    latin = g_strconcat (family->latin, " ", given_latin->str, NULL);
  else
    latin = g_strdup (given_latin->str);

  demo_split_julian (spec->created, &cy, &cm, &cd);
  if (spec->need_birth || demo_chance (d, 0.6))
    {
      /* born age years before created, on a random day of that year */
      guint32 j = demo_julian (cy - age - 1, cm, MIN (cd, 28)) + demo_rnd (d, 365);
      demo_format_date (j, birth);
    }

  if (!japanese)
    {
      if (demo_chance (d, 0.12))
        contact = "ja";
      else if (demo_chance (d, 0.05) && strcmp (nat->code, "US") != 0)
        contact = "en";
    }
  d->n_people++;
  if (demo_chance (d, 0.6))
    {
      g_autofree char *base = g_ascii_strdown (japanese ? "user" : given_latin->str, -1);
      for (char *p = base; *p != '\0'; p++)
        if (!g_ascii_isalnum (*p))
          {
            *p = '\0';
            break;
          }
      email = g_strdup_printf ("%s%u@example.jp", base, d->n_people);
    }
  if (demo_chance (d, 0.5))
    phone = g_strdup_printf ("070-0000-%04u", demo_rnd (d, 10000));

  tomoni_person_set_field (person, TOMONI_PERSON_FAMILY_NAME, family != NULL ? family->native : "");
  tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, given->str);
  tomoni_person_set_field (person, TOMONI_PERSON_READING, reading);
  tomoni_person_set_field (person, TOMONI_PERSON_LATIN_NAME, latin);
  tomoni_person_set_field (person, TOMONI_PERSON_NATIONALITY, nat->code);
  tomoni_person_set_field (person, TOMONI_PERSON_BIRTH_DATE, birth);
  tomoni_person_set_field (person, TOMONI_PERSON_AGE_BAND, *birth == '\0' ? demo_age_band_of (age) : "");
  tomoni_person_set_field (person, TOMONI_PERSON_GENDER, gender);
  tomoni_person_set_field (person, TOMONI_PERSON_WARD, spec->ward);
  tomoni_person_set_field (person, TOMONI_PERSON_EMAIL, email);
  tomoni_person_set_field (person, TOMONI_PERSON_PHONE, phone);
  tomoni_person_set_field (person, TOMONI_PERSON_CONTACT_LANGUAGE, contact);
  if (!japanese && demo_chance (d, 0.03))
    tomoni_person_set_field (person, TOMONI_PERSON_NOTES, "連絡はやさしい日本語で");
  tomoni_person_set_consent (person, demo_chance (d, 0.93));
  if (tomoni_person_get_consent (person))
    g_strlcpy (consent_date, demo_ds (d, spec->created), sizeof consent_date);

  if (!tomoni_person_normalize (person, NULL, &d->error))
    return 0;
  sort_key = tomoni_store_person_sort_key (person);
  search_text = tomoni_store_person_search_text (person);
  g_snprintf (pseudonym, sizeof pseudonym, "P-%04x-%04x-%04x",
              demo_rnd (d, 0x10000), demo_rnd (d, 0x10000), demo_rnd (d, 0x10000));

  demo_row_stamp (d, spec->created, 600 + demo_rnd (d, 480));
  tomoni_person_row_set_fields (&row, person);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.consent = tomoni_person_get_consent (person);
  row.consent_date = *consent_date != '\0' ? consent_date : NULL;
  row.sort_key = sort_key;
  row.search_text = search_text;
  row.pseudonym = pseudonym;
  if (!tomoni_person_row_insert (d->store, &row, &id, &d->error))
    return 0;
  return id;
}

static gboolean
add_language (Demo       *d,
              gint64      person_id,
              guint32     created,
              const char *code,
              guint       level,
              const char *jlpt,
              const char *proof)
{
  TomoniPersonLanguageRow row = { 0 };

  demo_row_stamp (d, created, 660);
  row.uuid = d->uuid;
  row.created_at = row.updated_at = d->stamp;
  row.person_id = person_id;
  row.code = code;
  row.level = demo_levels[level];
  row.jlpt = jlpt;
  row.proof = proof != NULL ? proof : "";
  return tomoni_person_language_row_insert (d->store, &row, NULL, &d->error);
}

/* --- teachers and volunteers -------------------------------------------------------- */

gboolean
demo_add_teachers (Demo *d)
{
  guint n = d->scale == TOMONI_DEMO_SMALL ? 10 : 180;

  for (guint i = 0; i < n; i++)
    {
      PersonSpec spec = { &demo_japan, 28, 68, FALSE, demo_julian (d->first_fy - 1, 3, 1) + demo_rnd (d, 25), demo_pick_ward (d, NULL) };
      gint64 id = demo_add_person (d, &spec);

      if (id == 0)
        return FALSE;
      g_array_append_val (d->teachers, id);
    }
  return TRUE;
}

static const char *const en_proofs[] = { "TOEIC 850", "TOEIC 730", "英検準1級", "英検1級", "英検2級", "TOEFL iBT 95" };
static const char *const zh_proofs[] = { "HSK 5級", "中国語検定2級" };
static const char *const ko_proofs[] = { "TOPIK 5級", "ハングル能力検定2級" };

static guint
pick_level (Demo *d)
{
  static const guint weights[] = { 0, 15, 30, 40, 15 };
  guint r = demo_rnd (d, 100);

  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return BASIC;
}

static gboolean
vol_add_lang (Demo       *d,
              VolInfo    *v,
              guint32     created,
              const char *code,
              guint       level,
              const char *jlpt,
              const char *proof)
{
  if (v->n_langs >= G_N_ELEMENTS (v->langs))
    return TRUE;
  for (guint i = 0; i < v->n_langs; i++)
    if (strcmp (demo_lang_codes[v->langs[i]], code) == 0)
      return TRUE;
  v->langs[v->n_langs] = demo_lang_index (code);
  v->levels[v->n_langs] = level;
  v->n_langs++;
  return add_language (d, v->person_id, created, code, level, jlpt, proof);
}

static gboolean
add_volunteer (Demo *d,
               guint index)
{
  gboolean foreign = demo_chance (d, 0.28);
  const Nationality *nat = foreign ? demo_pick_nationality (d) : &demo_japan;
  guint32 start_range = demo_julian (d->first_fy - 3, 4, 1);
  guint32 first = start_range + demo_rnd (d, d->today - 30 - start_range);
  guint32 expires, registered = first;
  int y, m, day;
  VolInfo v = { 0 };
  PersonSpec spec = { nat, 18, 72, FALSE, first, demo_pick_ward (d, NULL) };
  static const guint caps[] = { 2, 4, 4, 4, 6, 8 };
  static const guint slots[][3] = {
    { SAT, 540, 1020 }, { SUN, 540, 1020 }, { TUE, 1080, 1260 }, { MON, 540, 720 }, { WED, 540, 1020 },
    { THU, 1080, 1260 }, { FRI, 540, 1020 }, { SAT, 540, 720 }, { TUE, 540, 1020 }, { THU, 540, 1020 },
  };
  TomoniVolunteerRow vrow = { 0 };
  gint64 volunteer_id = 0;
  guint n_avail;
  guint first_slot;

  v.person_id = demo_add_person (d, &spec);
  if (v.person_id == 0)
    return FALSE;
  v.first = first;

  /* a registration lasts three fiscal years; about half renew */
  demo_split_julian (first, &y, &m, &day);
  expires = demo_julian ((m >= 4 ? y : y - 1) + 3, 3, 31);
  while (expires < d->today && demo_chance (d, 0.55))
    {
      registered = expires + 1;
      demo_split_julian (expires, &y, &m, &day);
      expires = demo_julian (y + 3, 3, 31);
    }
  v.expires = expires;
  if (expires < d->today)
    v.status = demo_chance (d, 0.6) ? 2 : 0;
  else
    v.status = demo_chance (d, 0.1) ? 1 : 0;
  v.cap = caps[demo_rnd (d, G_N_ELEMENTS (caps))];

  demo_row_stamp (d, registered, 630);
  vrow.uuid = d->uuid;
  vrow.created_at = vrow.updated_at = d->stamp;
  vrow.person_id = v.person_id;
  vrow.status = v.status == 0 ? "active" : v.status == 1 ? "paused" : "retired";
  vrow.registered_on = demo_ds (d, registered);
  vrow.expires_on = demo_ds (d, expires);
  vrow.monthly_cap = v.cap;
  vrow.notes = v.status == 1 ? "本人の希望により一時休止中" : "";
  if (!tomoni_volunteer_row_insert (d->store, &vrow, &volunteer_id, &d->error))
    return FALSE;
  {

    /* languages */
    if (!foreign)
      {
        if (!vol_add_lang (d, &v, first, "ja", NATIVE, NULL, NULL))
          return FALSE;
        if (demo_chance (d, 0.65))
          {
            guint level = pick_level (d);
            const char *proof = level <= BUSINESS && demo_chance (d, 0.6) ? en_proofs[demo_rnd (d, G_N_ELEMENTS (en_proofs))] : NULL;
            if (!vol_add_lang (d, &v, first, "en", level, NULL, proof))
              return FALSE;
          }
        if (demo_chance (d, 0.22))
          {
            static const char *const second[] = { "zh", "ko", "vi", "es", "fr", "pt", "tl", "de", "zh", "ko" };
            const char *code = second[demo_rnd (d, G_N_ELEMENTS (second))];
            guint level = pick_level (d);
            const char *proof = NULL;

            if (strcmp (code, "zh") == 0 && level <= BUSINESS)
              proof = zh_proofs[demo_rnd (d, G_N_ELEMENTS (zh_proofs))];
            else if (strcmp (code, "ko") == 0 && level <= BUSINESS)
              proof = ko_proofs[demo_rnd (d, G_N_ELEMENTS (ko_proofs))];
            if (!vol_add_lang (d, &v, first, code, level, NULL, proof))
              return FALSE;
          }
      }
    else
      {
        static const char *const jlpt[] = { "N1", "N2", "N2", "N3", "N3", "N4" };
        const char *j = jlpt[demo_rnd (d, G_N_ELEMENTS (jlpt))];
        guint level = j[1] == '1' ? FLUENT : j[1] == '2' ? BUSINESS : j[1] == '3' ? CONVERSATIONAL : BASIC;

        if (!vol_add_lang (d, &v, first, nat->language, NATIVE, NULL, NULL))
          return FALSE;
        if (!vol_add_lang (d, &v, first, "ja", level, j, NULL))
          return FALSE;
        if (strcmp (nat->language, "en") != 0 && demo_chance (d, 0.45))
          if (!vol_add_lang (d, &v, first, "en", demo_chance (d, 0.5) ? BUSINESS : CONVERSATIONAL, NULL, NULL))
            return FALSE;
      }

    /* skills */
    {
      gboolean linguist = foreign;
      for (guint i = 0; i < v.n_langs; i++)
        if (v.langs[i] != 0 && v.levels[i] <= BUSINESS)
          linguist = TRUE;
      if (linguist && demo_chance (d, 0.65))
        v.skills |= 1 << SK_INTERPRETATION;
      if (linguist && demo_chance (d, 0.4))
        v.skills |= 1 << SK_TRANSLATION;
      if (demo_chance (d, 0.35))
        v.skills |= 1 << SK_CLASS;
      if (demo_chance (d, 0.5))
        v.skills |= 1 << SK_EVENT;
      if (demo_chance (d, 0.1))
        v.skills |= 1 << SK_CHILDCARE;
      if (demo_chance (d, 0.08))
        v.skills |= 1 << SK_IT;
      if (demo_chance (d, 0.22))
        v.skills |= 1 << SK_DISASTER;
      if (!foreign && demo_chance (d, 0.12))
        v.skills |= 1 << SK_HOMESTAY;
      if (v.skills == 0)
        v.skills = 1 << SK_EVENT;
    }
    for (guint s = 0; s < N_SKILLS; s++)
      if ((v.skills & (1 << s)) != 0 && d->skill_ids[s] != 0)
        {
          TomoniVolunteerSkillRow row = { 0 };

          demo_row_stamp (d, first, 640);
          row.uuid = d->uuid;
          row.created_at = row.updated_at = d->stamp;
          row.volunteer_id = volunteer_id;
          row.skill_id = d->skill_ids[s];
          if (!tomoni_volunteer_skill_row_insert (d->store, &row, NULL, &d->error))
            return FALSE;
          g_array_append_val (d->by_skill[s], index);
        }

    /* trainings */
    v.trainings = 1 << TR_ORIENTATION;
    if ((v.skills & (1 << SK_DISASTER)) != 0 ? demo_chance (d, 0.8) : demo_chance (d, 0.1))
      v.trainings |= 1 << TR_DISASTER;
    if ((v.skills & (1 << SK_INTERPRETATION)) != 0 && demo_chance (d, 0.6))
      v.trainings |= 1 << TR_INTERPRETER;
    if (demo_chance (d, 0.5))
      v.trainings |= 1 << TR_PRIVACY;
    for (guint t = 0; t < N_TRAININGS; t++)
      if ((v.trainings & (1 << t)) != 0 && d->training_ids[t] != 0)
        {
          guint32 done = MIN (first + (t == 0 ? demo_rnd (d, 20) : 30 + demo_rnd (d, 400)), d->today);
          TomoniVolunteerTrainingRow row = { 0 };

          demo_row_stamp (d, done, 900);
          row.uuid = d->uuid;
          row.created_at = row.updated_at = d->stamp;
          row.volunteer_id = volunteer_id;
          row.training_id = d->training_ids[t];
          row.completed_on = demo_ds (d, done);
          if (!tomoni_volunteer_training_row_insert (d->store, &row, NULL, &d->error))
            return FALSE;
        }

    /* weekly availability: one to three distinct time ranges */
    n_avail = 1 + demo_rnd (d, 3);
    first_slot = demo_rnd (d, G_N_ELEMENTS (slots));
    for (guint i = 0; i < n_avail; i++)
      {
        const guint *s = slots[(first_slot + i * 3) % G_N_ELEMENTS (slots)];
        TomoniAvailabilityRow row = { 0 };

        demo_row_stamp (d, first, 650);
        row.uuid = d->uuid;
        row.created_at = row.updated_at = d->stamp;
        row.volunteer_id = volunteer_id;
        row.weekday = s[0];
        row.start_minute = s[1];
        row.end_minute = s[2];
        if (!tomoni_availability_row_insert (d->store, &row, NULL, &d->error))
          return FALSE;
      }

    /* unavailable dates around today, for those still registered */
    if (v.status == 0 && expires >= d->today)
      {
        guint n = demo_rnd (d, 4);
        guint32 j = d->today - 30 + demo_rnd (d, 20);
        for (guint i = 0; i < n; i++)
          {
            TomoniUnavailableDateRow row = { 0 };

            j += 1 + demo_rnd (d, 40);
            demo_row_stamp (d, MIN (j - 7, d->today), 700);
            row.uuid = d->uuid;
            row.created_at = row.updated_at = d->stamp;
            row.volunteer_id = volunteer_id;
            row.date = demo_ds (d, j);
            if (!tomoni_unavailable_date_row_insert (d->store, &row, NULL, &d->error))
              return FALSE;
          }
      }
  }

  for (guint i = 0; i < v.n_langs; i++)
    if (v.levels[i] <= CONVERSATIONAL)
      g_array_append_val (d->by_lang[v.langs[i]], index);
  g_array_append_val (d->volunteers, v);
  return TRUE;
}

gboolean
demo_add_volunteers (Demo *d)
{
  guint n = d->scale == TOMONI_DEMO_SMALL ? 60 : 8200;

  for (guint i = 0; i < n; i++)
    {
      if (!add_volunteer (d, i))
        return FALSE;
      if (i % 500 == 499 && !demo_report (d, 0.04 + 0.10 * i / n, _("Creating volunteers…")))
        return FALSE;
    }
  return TRUE;
}

