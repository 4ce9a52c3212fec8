/* tomoni-lazy-list-model.h: a list model that holds ids and reads records on
 * demand
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

/* Reads the record @id from @store: a new object, or NULL with @error set
 * (the model then shows an empty item of its type). */
typedef GObject *(*TomoniLazyListLoadFunc)    (TomoniStore  *store,
                                               gint64        id,
                                               GError      **error);
/* Copies the values of @fresh into @cached, so rows bound to its
 * properties update in place. */
typedef void     (*TomoniLazyListRefreshFunc) (GObject      *cached,
                                               GObject      *fresh);

#define TOMONI_TYPE_LAZY_LIST_MODEL (tomoni_lazy_list_model_get_type ())
G_DECLARE_DERIVABLE_TYPE (TomoniLazyListModel, tomoni_lazy_list_model, TOMONI, LAZY_LIST_MODEL, GObject)

struct _TomoniLazyListModelClass
{
  GObjectClass parent_class;

  gpointer     padding[4];
};

TomoniLazyListModel *tomoni_lazy_list_model_new          (TomoniStore               *store,
                                                          GType                      item_type,
                                                          TomoniLazyListLoadFunc     load,
                                                          TomoniLazyListRefreshFunc  refresh);
/* For subclasses, once, before the first ids. */
void                 tomoni_lazy_list_model_setup        (TomoniLazyListModel       *self,
                                                          TomoniStore               *store,
                                                          GType                      item_type,
                                                          TomoniLazyListLoadFunc     load,
                                                          TomoniLazyListRefreshFunc  refresh);
TomoniStore         *tomoni_lazy_list_model_get_store    (TomoniLazyListModel       *self);
/* Replaces the ids (takes a reference); views hear only of the range that
 * changed. With a refresh function the cached items are read again and
 * updated in place; without one they are dropped and every row is
 * announced as changed. */
void                 tomoni_lazy_list_model_set_ids      (TomoniLazyListModel       *self,
                                                          GArray                    *ids);
gint64               tomoni_lazy_list_model_get_id       (TomoniLazyListModel       *self,
                                                          guint                      position);
/* Position of @id, or G_MAXUINT. */
guint                tomoni_lazy_list_model_find         (TomoniLazyListModel       *self,
                                                          gint64                     id);
/* Forgets the cached items (after an edit); emits items-changed for all. */
void                 tomoni_lazy_list_model_invalidate   (TomoniLazyListModel       *self);
guint                tomoni_lazy_list_model_get_n_loaded (TomoniLazyListModel       *self);

G_END_DECLS
