/* tomoni-store-people.h: people in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-person.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

typedef enum {
  TOMONI_PEOPLE_SORT_READING,      /* 五十音 order of the reading, then the name */
  TOMONI_PEOPLE_SORT_LATIN_NAME,
  TOMONI_PEOPLE_SORT_NATIONALITY,
  TOMONI_PEOPLE_SORT_WARD,
  TOMONI_PEOPLE_SORT_CREATED,
} TomoniPeopleSort;

gboolean      tomoni_store_add_person          (TomoniStore      *self,
                                                TomoniPerson     *person,
                                                GError          **error);
gboolean      tomoni_store_update_person       (TomoniStore      *self,
                                                TomoniPerson     *person,
                                                GError          **error);
TomoniPerson *tomoni_store_get_person          (TomoniStore      *self,
                                                gint64            id,
                                                GError          **error);
TomoniPerson *tomoni_store_get_person_by_uuid  (TomoniStore      *self,
                                                const char       *uuid,
                                                GError          **error);
gboolean      tomoni_store_delete_person       (TomoniStore      *self,
                                                gint64            id,
                                                GError          **error);
gboolean      tomoni_store_undelete_person     (TomoniStore      *self,
                                                gint64            id,
                                                GError          **error);

/* People deleted longer ago than this are removed for good when the database
 * is opened. The app undoes a delete from a toast that lasts seconds, but a
 * window may stay open for a whole working day, and another program (the CLI,
 * a second window) opening the database must not take that undo away: a day
 * is far beyond any undo and still short enough to keep little. */
#define TOMONI_STORE_PURGE_DELETED_AFTER (G_TIME_SPAN_DAY)

gboolean      tomoni_store_purge_deleted_people (TomoniStore      *self,
                                                 GTimeSpan         age,
                                                 GError          **error);
gboolean      tomoni_store_erase_person        (TomoniStore      *self,
                                                gint64            id,
                                                GError          **error);
GArray       *tomoni_store_query_person_ids    (TomoniStore      *self,
                                                const char       *search,
                                                TomoniPeopleSort  sort,
                                                gboolean          descending,
                                                GError          **error);
gint64        tomoni_store_count_people        (TomoniStore      *self);

G_END_DECLS
