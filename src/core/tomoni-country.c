/* tomoni-country.c: ISO 3166-1 alpha-2 codes and their names
 *
 * Nationalities are stored as codes (VN, CN); every place that shows one to
 * a person shows the country or region's name in the user's language, from
 * this one table.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-country"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "tomoni-country.h"

typedef struct {
  char        code[3];
  const char *name;
} Country;

/* Sorted by code, for bsearch. Names as the Japanese government and the
 * United Nations usually write them; regions (HK, MO, TW) are named as such,
 * without any statement on status. */
static const Country countries[] = {
  { "AE", N_("United Arab Emirates") },
  { "AF", N_("Afghanistan") },
  { "AR", N_("Argentina") },
  { "AT", N_("Austria") },
  { "AU", N_("Australia") },
  { "BD", N_("Bangladesh") },
  { "BE", N_("Belgium") },
  { "BG", N_("Bulgaria") },
  { "BO", N_("Bolivia") },
  { "BR", N_("Brazil") },
  { "BT", N_("Bhutan") },
  { "BY", N_("Belarus") },
  { "CA", N_("Canada") },
  { "CH", N_("Switzerland") },
  { "CL", N_("Chile") },
  { "CM", N_("Cameroon") },
  { "CN", N_("China") },
  { "CO", N_("Colombia") },
  { "CU", N_("Cuba") },
  { "CZ", N_("Czechia") },
  { "DE", N_("Germany") },
  { "DK", N_("Denmark") },
  { "DO", N_("Dominican Republic") },
  { "DZ", N_("Algeria") },
  { "EC", N_("Ecuador") },
  { "EG", N_("Egypt") },
  { "ES", N_("Spain") },
  { "ET", N_("Ethiopia") },
  { "FI", N_("Finland") },
  { "FJ", N_("Fiji") },
  { "FR", N_("France") },
  { "GB", N_("United Kingdom") },
  { "GH", N_("Ghana") },
  { "GR", N_("Greece") },
  { "HK", N_("Hong Kong") },
  { "HU", N_("Hungary") },
  { "ID", N_("Indonesia") },
  { "IE", N_("Ireland") },
  { "IL", N_("Israel") },
  { "IN", N_("India") },
  { "IQ", N_("Iraq") },
  { "IR", N_("Iran") },
  { "IT", N_("Italy") },
  { "JM", N_("Jamaica") },
  { "JO", N_("Jordan") },
  { "JP", N_("Japan") },
  { "KE", N_("Kenya") },
  { "KG", N_("Kyrgyzstan") },
  { "KH", N_("Cambodia") },
  { "KP", N_("North Korea") },
  { "KR", N_("Korea, Republic of") },
  { "KZ", N_("Kazakhstan") },
  { "LA", N_("Laos") },
  { "LB", N_("Lebanon") },
  { "LK", N_("Sri Lanka") },
  { "MA", N_("Morocco") },
  { "MG", N_("Madagascar") },
  { "MM", N_("Myanmar") },
  { "MN", N_("Mongolia") },
  { "MO", N_("Macao") },
  { "MX", N_("Mexico") },
  { "MY", N_("Malaysia") },
  { "NG", N_("Nigeria") },
  { "NL", N_("Netherlands") },
  { "NO", N_("Norway") },
  { "NP", N_("Nepal") },
  { "NZ", N_("New Zealand") },
  { "PE", N_("Peru") },
  { "PG", N_("Papua New Guinea") },
  { "PH", N_("Philippines") },
  { "PK", N_("Pakistan") },
  { "PL", N_("Poland") },
  { "PT", N_("Portugal") },
  { "PY", N_("Paraguay") },
  { "RO", N_("Romania") },
  { "RU", N_("Russia") },
  { "SA", N_("Saudi Arabia") },
  { "SD", N_("Sudan") },
  { "SE", N_("Sweden") },
  { "SG", N_("Singapore") },
  { "SN", N_("Senegal") },
  { "SY", N_("Syria") },
  { "TH", N_("Thailand") },
  { "TJ", N_("Tajikistan") },
  { "TL", N_("Timor-Leste") },
  { "TM", N_("Turkmenistan") },
  { "TN", N_("Tunisia") },
  { "TO", N_("Tonga") },
  { "TR", N_("Türkiye") },
  { "TW", N_("Taiwan") },
  { "TZ", N_("Tanzania") },
  { "UA", N_("Ukraine") },
  { "UG", N_("Uganda") },
  { "US", N_("United States") },
  { "UY", N_("Uruguay") },
  { "UZ", N_("Uzbekistan") },
  { "VE", N_("Venezuela") },
  { "VN", N_("Viet Nam") },
  { "WS", N_("Samoa") },
  { "YE", N_("Yemen") },
  { "ZA", N_("South Africa") },
  { "ZM", N_("Zambia") },
  { "ZW", N_("Zimbabwe") },
};

static int
compare_code (const void *key,
              const void *element)
{
  return strcmp (key, ((const Country *)element)->code);
}

/**
 * tomoni_country_get_msgid:
 * @code: an ISO 3166-1 alpha-2 code, in capitals
 *
 * Returns: (nullable): the English name of @code, untranslated (a string
 * marked with N_(), to be passed to _() later), or %NULL when @code is not in
 * the table.
 */
const char *
tomoni_country_get_msgid (const char *code)
{
  const Country *found;
  char key[3];

  if (code == NULL || strlen (code) != 2)
    return NULL;
  key[0] = g_ascii_toupper (code[0]);
  key[1] = g_ascii_toupper (code[1]);
  key[2] = '\0';
  found = bsearch (key, countries, G_N_ELEMENTS (countries), sizeof countries[0], compare_code);
  return found != NULL ? found->name : NULL;
}

/**
 * tomoni_country_get_name:
 * @code: an ISO 3166-1 alpha-2 code
 *
 * Returns: the name of @code in the user's language (ベトナム, Viet Nam), or
 * @code itself when it is not in the table (and "" for %NULL).
 */
const char *
tomoni_country_get_name (const char *code)
{
  const char *msgid = tomoni_country_get_msgid (code);

  if (msgid != NULL)
    return _(msgid);
  return code != NULL ? code : "";
}

/**
 * tomoni_country_describe:
 *
 * Returns: a newly allocated copy of tomoni_country_get_name().
 */
char *
tomoni_country_describe (const char *code)
{
  return g_strdup (tomoni_country_get_name (code));
}
