/* tomoni-store-people-private.h: what the store's other files (the sample
 * data generator, importers) share with tomoni-store-people.c, so that every
 * writer of a person fills sort_key and search_text the same way.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-person.h"

G_BEGIN_DECLS

/* The person.sort_key column: normalised reading (or name), then the name. */
char *tomoni_store_person_sort_key    (TomoniPerson *person);
/* The person.search_text column: normalised names and readings. */
char *tomoni_store_person_search_text (TomoniPerson *person);

G_END_DECLS
