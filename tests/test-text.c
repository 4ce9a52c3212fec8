/* test-text.c: normalisation, readings, sort and search keys
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-country.h"
#include "tomoni-text.h"

static void
test_normalize (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "  山田\u3000太郎  ", "山田 太郎" },
    { "ＮＧＵＹＥＮ　ＶＡＮ", "NGUYEN VAN" },
    { "０９０－１２３４", "090-1234" },
    { "ｸﾞｴﾝ", "グエン" },
    { "a \t\n b", "a b" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = tomoni_text_normalize (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
    }

  g_assert_null (tomoni_text_normalize ("\xff\xfe"));
}

static void
test_katakana (void)
{
  static const struct { const char *in; const char *out; gboolean is_reading; } cases[] = {
    { "やまだ たろう", "ヤマダ タロウ", TRUE },
    { "ヤマダ　タロウ", "ヤマダ タロウ", TRUE },
    { "ぐえん・ゔぁん", "グエン・ヴァン", TRUE },
    { "ｷﾑ ﾐﾝｼﾞｭﾝ", "キム ミンジュン", TRUE },
    { "らーめん", "ラーメン", TRUE },
    { "山田", "山田", FALSE },
    { "Yamada", "Yamada", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = tomoni_text_to_katakana (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_cmpint (tomoni_text_is_katakana (out), ==, cases[i].is_reading);
    }
  g_assert_false (tomoni_text_is_katakana (""));
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  g_autofree char *ka = tomoni_text_sort_key (*(const char **)a);
  g_autofree char *kb = tomoni_text_sort_key (*(const char **)b);

  return strcmp (ka, kb);
}

static void
test_sort_order (void)
{
  /* 五十音 order, whichever way the reading was typed. */
  const char *readings[] = { "わたなべ", "アオキ", "さとう", "カトウ", "いのうえ", "ナカムラ", "はやし", "ヤマダ" };
  const char *expected[] = { "アオキ", "いのうえ", "カトウ", "さとう", "ナカムラ", "はやし", "ヤマダ", "わたなべ" };

  qsort (readings, G_N_ELEMENTS (readings), sizeof (char *), compare_keys);
  for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
    g_assert_cmpstr (readings[i], ==, expected[i]);
}

static void
test_search_key (void)
{
  g_autofree char *a = tomoni_text_search_key ("やまだ たろう");
  g_autofree char *b = tomoni_text_search_key ("ヤマダ　タロウ");
  g_autofree char *c = tomoni_text_search_key ("Nguyen Van An");
  g_autofree char *like = tomoni_text_escape_like ("50%_a\\b");

  g_assert_cmpstr (a, ==, "ヤマダタロウ");
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (c, ==, "nguyenvanan");
  g_assert_cmpstr (like, ==, "50\\%\\_a\\\\b");
  g_assert_true (tomoni_text_is_blank (" \u3000 "));
  g_assert_false (tomoni_text_is_blank ("a"));
}

/* Nationalities are shown by name: every code the sample data and the
 * tests use has one; unknown codes show as they are. */
static void
test_country_names (void)
{
  static const char *used[] = { "VN", "CN", "PH", "NP", "KR", "ID", "MM", "US", "LK", "TH",
                                "TW", "BR", "MN", "JP" };

  for (guint i = 0; i < G_N_ELEMENTS (used); i++)
    {
      g_assert_nonnull (tomoni_country_get_msgid (used[i]));
      g_assert_cmpstr (tomoni_country_get_name (used[i]), !=, used[i]);
    }
  g_assert_cmpstr (tomoni_country_get_name ("VN"), ==, "Viet Nam");
  g_assert_cmpstr (tomoni_country_get_name ("cn"), ==, "China");
  g_assert_cmpstr (tomoni_country_get_name ("AE"), ==, "United Arab Emirates");
  g_assert_cmpstr (tomoni_country_get_name ("ZW"), ==, "Zimbabwe");
  g_assert_null (tomoni_country_get_msgid ("XX"));
  g_assert_cmpstr (tomoni_country_get_name ("XX"), ==, "XX");
  g_assert_cmpstr (tomoni_country_get_name (""), ==, "");
  g_assert_cmpstr (tomoni_country_get_name (NULL), ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/normalize", test_normalize);
  g_test_add_func ("/text/katakana", test_katakana);
  g_test_add_func ("/text/sort-order", test_sort_order);
  g_test_add_func ("/text/search-key", test_search_key);
  g_test_add_func ("/text/country-names", test_country_names);

  return g_test_run ();
}
