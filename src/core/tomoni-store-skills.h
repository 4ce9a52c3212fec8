/* tomoni-store-skills.h: the editable lists of skills and trainings in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-store.h"

G_BEGIN_DECLS

/* An entry of the editable skill or training list. */
typedef struct {
  gint64  id;
  char   *key;
  char   *name_ja;
  char   *name_en;
  guint   n_used;              /* volunteers (and slots) that refer to it */
} TomoniCatalogEntry;

void          tomoni_catalog_entry_free            (TomoniCatalogEntry *entry);
/* The entry's name in the current language (name_ja under a Japanese locale). */
const char   *tomoni_catalog_entry_get_name        (TomoniCatalogEntry *entry);

/* Skills and trainings, sorted by key. Keys are lower-case ASCII
 * ([a-z0-9-]+). Delete refuses an entry in use (CONFLICT). */
GPtrArray    *tomoni_store_list_skills             (TomoniStore *self, GError **error);
gboolean      tomoni_store_add_skill               (TomoniStore *self,
                                                    const char  *key,
                                                    const char  *name_ja,
                                                    const char  *name_en,
                                                    GError     **error);
gboolean      tomoni_store_rename_skill            (TomoniStore *self,
                                                    const char  *key,
                                                    const char  *name_ja,
                                                    const char  *name_en,
                                                    GError     **error);
gboolean      tomoni_store_delete_skill            (TomoniStore *self,
                                                    const char  *key,
                                                    GError     **error);
GPtrArray    *tomoni_store_list_trainings          (TomoniStore *self, GError **error);
gboolean      tomoni_store_add_training            (TomoniStore *self,
                                                    const char  *key,
                                                    const char  *name_ja,
                                                    const char  *name_en,
                                                    GError     **error);
gboolean      tomoni_store_rename_training         (TomoniStore *self,
                                                    const char  *key,
                                                    const char  *name_ja,
                                                    const char  *name_en,
                                                    GError     **error);
gboolean      tomoni_store_delete_training         (TomoniStore *self,
                                                    const char  *key,
                                                    GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniCatalogEntry, tomoni_catalog_entry_free)

G_END_DECLS
