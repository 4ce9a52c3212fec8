/* tomoni-lazy-model.h: a list model that holds ids and reads rows on demand
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

/* Reads the record @id from @store; returns a new object or NULL. */
typedef GObject *(*TomoniLazyLoadFunc) (TomoniStore  *store,
                                        gint64        id,
                                        GError      **error);

#define TOMONI_TYPE_LAZY_MODEL (tomoni_lazy_model_get_type ())
G_DECLARE_FINAL_TYPE (TomoniLazyModel, tomoni_lazy_model, TOMONI, LAZY_MODEL, GObject)

TomoniLazyModel *tomoni_lazy_model_new          (TomoniStore        *store,
                                                 GType               item_type,
                                                 TomoniLazyLoadFunc  load);
/* Replaces the ids (takes a reference); views hear only of the range that changed. */
void             tomoni_lazy_model_set_ids      (TomoniLazyModel    *self,
                                                 GArray             *ids);
gint64           tomoni_lazy_model_get_id       (TomoniLazyModel    *self,
                                                 guint               position);
/* Position of @id, or G_MAXUINT. */
guint            tomoni_lazy_model_find         (TomoniLazyModel    *self,
                                                 gint64              id);
/* Forgets the cached rows (after an edit); emits items-changed for them. */
void             tomoni_lazy_model_invalidate   (TomoniLazyModel    *self);
guint            tomoni_lazy_model_get_n_loaded (TomoniLazyModel    *self);

G_END_DECLS
