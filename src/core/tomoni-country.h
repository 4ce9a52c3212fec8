/* tomoni-country.h: ISO 3166-1 alpha-2 codes and their names
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char  *tomoni_country_get_msgid (const char *code);
const char  *tomoni_country_get_name  (const char *code);
char        *tomoni_country_describe  (const char *code);

G_END_DECLS
