/* tomoni-store-target-tally.c: the names of programmes and the tallies of a
 * target's breakdowns (by programme, venue and nationality)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store-target-figures"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "tomoni-country.h"
#include "tomoni-date.h"
#include "tomoni-store-private.h"
#include "tomoni-store-target-tally.h"
static void
breakdown_row_free (gpointer data)
{
  TomoniBreakdownRow *row = data;

  g_free (row->key);
  g_free (row->label_ja);
  g_free (row->label_en);
  g_free (row->label);
  g_free (row);
}

static char *
years_label (int      first_fy,
             int      last_fy,
             gboolean japanese)
{
  g_autofree char *first = tomoni_fiscal_year_label (first_fy, japanese);
  g_autofree char *last = NULL;

  if (last_fy <= first_fy)
    return g_steal_pointer (&first);
  last = tomoni_fiscal_year_label (last_fy, japanese);
  return g_strconcat (first, "–", last, NULL);
}

/**
 * tomoni_breakdown_row_get_label:
 *
 * The row's label in the user's language; for programmes that share a title,
 * with their fiscal years: “日本語教室サポーター（土曜）（令和6年度）”,
 * “Saturday class support (FY2024)”. Made when first asked for, so that the
 * thousands of rows no one shows cost nothing.
 */
const char *
tomoni_breakdown_row_get_label (const TomoniBreakdownRow *row)
{
  gboolean japanese;
  const char *title;

  g_return_val_if_fail (row != NULL, NULL);

  if (row->label_ja == NULL)
    return _(row->label_en);  /* a label of our own, marked with N_() */
  japanese = tomoni_prefers_japanese () || row->label_en == NULL || *row->label_en == '\0';
  title = japanese ? row->label_ja : row->label_en;
  if (row->first_fy <= 0)
    return title;
  if (row->label == NULL)
    {
      g_autofree char *years = years_label (row->first_fy, row->last_fy, tomoni_prefers_japanese ());

      ((TomoniBreakdownRow *)row)->label = japanese
                                           ? g_strconcat (title, "（", years, "）", NULL)
                                           : g_strconcat (title, " (", years, ")", NULL);
    }
  return row->label;
}

static void
programme_free (gpointer data)
{
  Programme *programme = data;

  g_free (programme->label_ja);
  g_free (programme->label_en);
  g_free (programme);
}


void
tomoni_target_names_clear (Names *names)
{
  g_clear_pointer (&names->classes, g_hash_table_unref);
  g_clear_pointer (&names->activities, g_hash_table_unref);
  g_clear_pointer (&names->venues, g_hash_table_unref);
}

static GHashTable *
load_names (TomoniStore  *self,
            TomoniDbStmt *stmt)
{
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, programme_free);

  while (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      Programme *programme = g_new0 (Programme, 1);

      programme->label_ja = tomoni_column_dup_text (stmt, 1);
      programme->label_en = tomoni_column_dup_text (stmt, 2);
      programme->venue_id = tomoni_db_column_int64 (stmt, 3);
      programme->first_fy = 0;
      programme->last_fy = 0;
      g_hash_table_insert (table, g_memdup2 (&(gint64) { tomoni_db_column_int64 (stmt, 0) }, sizeof (gint64)),
                           programme);
    }
  tomoni_db_reset (stmt);
  return table;
}

gboolean
tomoni_target_names_load (TomoniStore  *self,
                          Names        *names,
                          GError      **error)
{
  TomoniDbStmt *stmt;

  stmt = tomoni_store_prepare (self, "SELECT id, title_ja, title_en, coalesce (venue_id, 0) FROM class", error);
  if (stmt == NULL)
    return FALSE;
  names->classes = load_names (self, stmt);
  stmt = tomoni_store_prepare (self, "SELECT id, title, title_en, coalesce (venue_id, 0) FROM activity", error);
  if (stmt == NULL)
    return FALSE;
  names->activities = load_names (self, stmt);
  stmt = tomoni_store_prepare (self, "SELECT id, name, name_en, 0 FROM venue", error);
  if (stmt == NULL)
    return FALSE;
  names->venues = load_names (self, stmt);
  return TRUE;
}

/* Programme years are those of one computation's counted rows. */
void
tomoni_target_names_forget_years (const Names *names)
{
  GHashTable *tables[] = { names->classes, names->activities };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, tables[i]);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        ((Programme *)value)->first_fy = ((Programme *)value)->last_fy = 0;
    }
}

void
tomoni_tally_init (Tally *tally)
{
  tally->programmes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  tally->external = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  tally->venues = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  tally->n_nationalities = N_ALPHA2 + 16;
  tally->nationalities = g_new0 (gint64, tally->n_nationalities);
  tally->other_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tally->other_names = g_ptr_array_new_with_free_func (g_free);
  tally->cur_programme = -1;
}

void
tomoni_tally_clear (Tally *tally)
{
  g_clear_pointer (&tally->programmes, g_hash_table_unref);
  g_clear_pointer (&tally->external, g_hash_table_unref);
  g_clear_pointer (&tally->venues, g_hash_table_unref);
  g_clear_pointer (&tally->nationalities, g_free);
  g_clear_pointer (&tally->other_codes, g_hash_table_unref);
  g_clear_pointer (&tally->other_names, g_ptr_array_unref);
}

void
tomoni_tally_add_int (GHashTable *table,
                      gint64      key,
                      gint64      count)
{
  gint64 *value = g_hash_table_lookup (table, &key);

  if (value == NULL)
    {
      value = g_new0 (gint64, 1);
      g_hash_table_insert (table, g_memdup2 (&key, sizeof key), value);
    }
  *value += count;
}

void
tomoni_tally_add_str (GHashTable *table,
                      const char *key,
                      gint64      count)
{
  gint64 *value = g_hash_table_lookup (table, key);

  if (value == NULL)
    {
      value = g_new0 (gint64, 1);
      g_hash_table_insert (table, g_strdup (key), value);
    }
  *value += count;
}

int
tomoni_tally_nationality_index (Tally      *tally,
                                const char *code)
{
  gpointer found;
  int index;

  if (code == NULL || code[0] == '\0')
    return 0;
  if (g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) && code[2] == '\0')
    return 1 + (code[0] - 'A') * 26 + (code[1] - 'A');
  if (g_hash_table_lookup_extended (tally->other_codes, code, NULL, &found))
    return GPOINTER_TO_INT (found);

  index = N_ALPHA2 + tally->other_names->len;
  g_hash_table_insert (tally->other_codes, g_strdup (code), GINT_TO_POINTER (index));
  g_ptr_array_add (tally->other_names, g_strdup (code));
  if ((guint)index >= tally->n_nationalities)
    {
      tally->nationalities = g_renew (gint64, tally->nationalities, index + 16);
      memset (tally->nationalities + tally->n_nationalities, 0,
              (index + 16 - tally->n_nationalities) * sizeof (gint64));
      tally->n_nationalities = index + 16;
    }
  return index;
}

static gint64
programme_venue (const Names *names,
                 int          kind,
                 gint64       programme_id)
{
  Programme *programme = g_hash_table_lookup (kind == KIND_CLASS ? names->classes : names->activities,
                                              &programme_id);
  return programme != NULL ? programme->venue_id : 0;
}

/* The fiscal years a programme's counted participations fall in: what
 * tells apart programmes that share a title (the same Saturday class
 * support every year), known from the rows already read. */
static void
programme_note_years (const Names *names,
                      int          kind,
                      gint64       programme_id,
                      int          first_fy,
                      int          last_fy)
{
  Programme *programme = g_hash_table_lookup (kind == KIND_CLASS ? names->classes : names->activities,
                                              &programme_id);

  if (programme == NULL || first_fy <= 0)
    return;
  if (programme->first_fy <= 0 || first_fy < programme->first_fy)
    programme->first_fy = first_fy;
  if (last_fy > programme->last_fy)
    programme->last_fy = last_fy;
}

static void
tally_flush (Tally       *tally,
             const Names *names)
{
  if (tally->cur_programme >= 0 && tally->cur_count != 0)
    {
      tomoni_tally_add_int (tally->programmes, ((gint64)tally->cur_kind << 40) | tally->cur_programme, tally->cur_count);
      tomoni_tally_add_int (tally->venues, programme_venue (names, tally->cur_kind, tally->cur_programme), tally->cur_count);
      programme_note_years (names, tally->cur_kind, tally->cur_programme, tally->cur_first_fy, tally->cur_last_fy);
    }
  tally->cur_programme = -1;
  tally->cur_count = 0;
  tally->cur_first_fy = 0;
  tally->cur_last_fy = 0;
}

void
tomoni_tally_programme (Tally       *tally,
                        const Names *names,
                        int          kind,
                        gint64       programme_id,
                        int          fy,
                        gint64       count)
{
  if (kind != tally->cur_kind || programme_id != tally->cur_programme)
    {
      tally_flush (tally, names);
      tally->cur_kind = kind;
      tally->cur_programme = programme_id;
    }
  tally->cur_count += count;
  if (count > 0)
    {
      if (tally->cur_first_fy == 0 || fy < tally->cur_first_fy)
        tally->cur_first_fy = fy;
      if (fy > tally->cur_last_fy)
        tally->cur_last_fy = fy;
    }
}

static TomoniBreakdownRow *
row_new (const char *key,
         const char *label_ja,
         const char *label_en,
         gint64      count)
{
  TomoniBreakdownRow *row = g_new0 (TomoniBreakdownRow, 1);

  row->key = g_strdup (key);
  row->label_ja = g_strdup (label_ja);
  row->label_en = g_strdup (label_en);
  row->count = count;
  return row;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const TomoniBreakdownRow *ra = *(TomoniBreakdownRow * const *)a;
  const TomoniBreakdownRow *rb = *(TomoniBreakdownRow * const *)b;

  if (ra->count != rb->count)
    return ra->count > rb->count ? -1 : 1;
  return g_strcmp0 (ra->key, rb->key);
}

/* Programmes that share a title (the same Saturday class support every
 * year) carry their fiscal years, which their label shows, so that each row
 * of the breakdown can be told apart. */
static void
distinguish_programmes (GPtrArray   *rows,
                        const Names *names)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      TomoniBreakdownRow *row = rows->pdata[i];
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, row->label_ja));

      g_hash_table_insert (seen, g_strdup (row->label_ja), GUINT_TO_POINTER (n + 1));
    }
  for (guint i = 0; i < rows->len; i++)
    {
      TomoniBreakdownRow *row = rows->pdata[i];
      gint64 id;
      gboolean is_class = g_str_has_prefix (row->key, "class:");
      const Programme *programme;

      if (GPOINTER_TO_UINT (g_hash_table_lookup (seen, row->label_ja)) < 2)
        continue;
      id = g_ascii_strtoll (strchr (row->key, ':') + 1, NULL, 10);
      programme = g_hash_table_lookup (is_class ? names->classes : names->activities, &id);
      if (programme == NULL || programme->first_fy <= 0)
        continue;
      row->first_fy = programme->first_fy;
      row->last_fy = programme->last_fy;
    }
}

void
tomoni_tally_finish (Tally               *tally,
                     const Names         *names,
                     TomoniTargetFigures *figures)
{
  GHashTableIter iter;
  gpointer key, value;

  tally_flush (tally, names);
  figures->by_programme = g_ptr_array_new_with_free_func (breakdown_row_free);
  figures->by_venue = g_ptr_array_new_with_free_func (breakdown_row_free);
  figures->by_nationality = g_ptr_array_new_with_free_func (breakdown_row_free);

  g_hash_table_iter_init (&iter, tally->programmes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 packed = *(gint64 *)key;
      int kind = (int)(packed >> 40);
      gint64 id = packed & (((gint64)1 << 40) - 1);
      Programme *programme = g_hash_table_lookup (kind == KIND_CLASS ? names->classes : names->activities, &id);
      char row_key[48];

      g_snprintf (row_key, sizeof row_key, "%s:%" G_GINT64_FORMAT, kind == KIND_CLASS ? "class" : "activity", id);

      if (programme != NULL)
        g_ptr_array_add (figures->by_programme,
                         row_new (row_key, programme->label_ja, programme->label_en, *(gint64 *)value));
      else
        g_ptr_array_add (figures->by_programme, row_new (row_key, row_key, row_key, *(gint64 *)value));
    }
  distinguish_programmes (figures->by_programme, names);
  g_hash_table_iter_init (&iter, tally->external);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *row_key = g_strconcat ("external:", (const char *)key, NULL);

      g_ptr_array_add (figures->by_programme, row_new (row_key, key, key, *(gint64 *)value));
    }

  g_hash_table_iter_init (&iter, tally->venues);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 id = *(gint64 *)key;
      Programme *venue = id != 0 ? g_hash_table_lookup (names->venues, &id) : NULL;
      g_autofree char *row_key = g_strdup_printf ("venue:%" G_GINT64_FORMAT, id);

      if (venue != NULL)
        g_ptr_array_add (figures->by_venue, row_new (row_key, venue->label_ja, venue->label_en, *(gint64 *)value));
      else
        /* Translators: a breakdown line for participation with no venue recorded */
        g_ptr_array_add (figures->by_venue, row_new ("venue:0", NULL, N_("No venue recorded"), *(gint64 *)value));
    }

  for (guint i = 0; i < tally->n_nationalities; i++)
    {
      gint64 n = tally->nationalities[i];
      const char *msgid;
      char code[3];

      if (n == 0)
        continue;
      if (i == 0)
        /* Translators: a nationality breakdown line */
        g_ptr_array_add (figures->by_nationality, row_new ("", NULL, N_("Not recorded"), n));
      else if (i < N_ALPHA2)
        {
          code[0] = 'A' + (i - 1) / 26;
          code[1] = 'A' + (i - 1) % 26;
          code[2] = '\0';
          msgid = tomoni_country_get_msgid (code);
          /* A known code shows the country's name (translated when shown);
           * the key keeps the code for scripts. */
          if (msgid != NULL)
            g_ptr_array_add (figures->by_nationality, row_new (code, NULL, msgid, n));
          else
            g_ptr_array_add (figures->by_nationality, row_new (code, code, code, n));
        }
      else
        {
          const char *other = tally->other_names->pdata[i - N_ALPHA2];
          g_ptr_array_add (figures->by_nationality, row_new (other, other, other, n));
        }
    }
  if (tally->external_nationality != 0)
    /* Translators: a nationality breakdown line for numbers reported by partners */
    g_ptr_array_add (figures->by_nationality,
                     row_new ("external", NULL, N_("External entries (no nationality)"),
                              tally->external_nationality));

  g_ptr_array_sort (figures->by_programme, compare_rows);
  g_ptr_array_sort (figures->by_venue, compare_rows);
  g_ptr_array_sort (figures->by_nationality, compare_rows);
}
