/* tomoni-text.c: normalising names and readings typed through an IME
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-text"

#include "tomoni-text.h"

/**
 * tomoni_text_normalize:
 * @text: (nullable): text as typed
 *
 * NFKC (full-width digits and Latin letters become ASCII, half-width kana
 * become full-width), white space of any width folded to one ASCII space,
 * and trimmed. Invalid UTF-8 gives %NULL.
 */
char *
tomoni_text_normalize (const char *text)
{
  g_autofree char *nfkc = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  out = g_string_sized_new (strlen (nfkc));

  for (const char *p = nfkc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x3000)
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * tomoni_text_to_katakana:
 *
 * Normalises @text and turns hiragana into katakana: readings are stored in
 * katakana whichever way they were typed.
 */
char *
tomoni_text_to_katakana (const char *text)
{
  g_autofree char *norm = tomoni_text_normalize (text);
  GString *out;

  if (norm == NULL)
    return NULL;

  out = g_string_sized_new (strlen (norm));
  for (const char *p = norm; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E)
        c += 0x60;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * tomoni_text_is_katakana:
 *
 * Whether @text (already normalised) is a reading: katakana, the long vowel
 * mark, the middle dot and spaces only. The empty string is not.
 */
gboolean
tomoni_text_is_katakana (const char *text)
{
  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || c == 0x30FB ||
          c == 0x30FD || c == 0x30FE)
        continue;
      return FALSE;
    }
  return TRUE;
}

/**
 * tomoni_text_sort_key:
 *
 * A key whose byte order is the order staff expect: readings in katakana
 * (so 五十音 order), Latin letters folded to lower case.
 */
char *
tomoni_text_sort_key (const char *text)
{
  g_autofree char *kana = tomoni_text_to_katakana (text);

  if (kana == NULL)
    return g_strdup ("");
  return g_utf8_casefold (kana, -1);
}

/**
 * tomoni_text_search_key:
 *
 * Like tomoni_text_sort_key() without any white space, so that "やまだたろう"
 * finds "ヤマダ タロウ" and "山田太郎" finds "山田 太郎".
 */
char *
tomoni_text_search_key (const char *text)
{
  g_autofree char *key = tomoni_text_sort_key (text);
  GString *out = g_string_sized_new (strlen (key));

  for (const char *p = key; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/**
 * tomoni_text_escape_like:
 *
 * Escapes %, _ and \ for a LIKE pattern written with ESCAPE '\'.
 */
char *
tomoni_text_escape_like (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

gboolean
tomoni_text_is_blank (const char *text)
{
  g_autofree char *norm = tomoni_text_normalize (text);

  return norm == NULL || *norm == '\0';
}
