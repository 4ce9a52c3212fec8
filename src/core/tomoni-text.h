/* tomoni-text.h: normalising names and readings typed through an IME
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *tomoni_text_normalize    (const char *text);
char     *tomoni_text_to_katakana  (const char *text);
gboolean  tomoni_text_is_katakana  (const char *text);
char     *tomoni_text_sort_key     (const char *text);
char     *tomoni_text_search_key   (const char *text);
char     *tomoni_text_escape_like  (const char *text);
gboolean  tomoni_text_is_blank     (const char *text);

G_END_DECLS
