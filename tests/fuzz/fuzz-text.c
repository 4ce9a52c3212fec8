/* fuzz-text.c: name normalisation (tomoni-text.c)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "tomoni-fuzz.h"
#include "tomoni-text.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  tomoni_fuzz_init_common ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = tomoni_fuzz_strndup (data, size);
  g_autofree char *norm = tomoni_text_normalize (text);
  g_autofree char *kana = tomoni_text_to_katakana (text);
  g_autofree char *sort = tomoni_text_sort_key (text);
  g_autofree char *search = tomoni_text_search_key (text);
  g_autofree char *like = tomoni_text_escape_like (text);
  gboolean valid = g_utf8_validate (text, -1, NULL);

  g_assert (valid == (norm != NULL));
  g_assert (valid == (kana != NULL));
  g_assert (sort != NULL && search != NULL && like != NULL);
  (void) tomoni_text_is_katakana (text);
  (void) tomoni_text_is_blank (text);

  if (norm != NULL)
    {
      g_autofree char *again = tomoni_text_normalize (norm);

      /* Stored names are normalised once; a second pass must not change
       * them, or duplicate checks and searches would disagree. */
      g_assert_cmpstr (again, ==, norm);
      g_assert (g_utf8_validate (norm, -1, NULL));
      g_assert (norm[0] != ' ' && (norm[0] == '\0' || norm[strlen (norm) - 1] != ' '));
      g_assert (strstr (norm, "  ") == NULL);
    }
  if (kana != NULL)
    g_assert (g_utf8_validate (kana, -1, NULL));
  g_assert (strchr (search, ' ') == NULL);
  return 0;
}
